"""Blog series: the parts of each series, published and announced.

Numbering rule, shared by the build (`collect`: hub_series' pages, hub_feeds' "Partie N
de M") and the content checks (`hub_series.checks`), hence here in the shared core: a
part with `series_index` keeps its number; parts without one take the lowest free
numbers, in date order. An announced part (`series_upcoming` on a part) takes the
numbers after that part; it is dropped once a part with its number is published.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NotRequired, TypedDict

from .items import slugify
from .shapes import Content
from .typography import typeset
from .urls import key_url, page_url

SERIES_URL = key_url("series", "{slug}")
SERIES_INDEX_URL = page_url("series")


class AnnouncedPart(TypedDict):
    """A part announced on a published one (`series_upcoming`), not yet published."""

    index: int
    title: str
    expected: dt.date | None
    expected_passed: NotRequired[bool]  # set by hub_series for the pages: `expected` is past


def assign_numbers(indexes: Sequence[int | None]) -> list[int]:
    """Part numbers for parts given in date order, with their `series_index` or None.

    >>> assign_numbers([None, 2, None])
    [1, 2, 3]
    """
    taken = {i for i in indexes if i}
    free = (n for n in range(1, len(indexes) + len(taken) + 2) if n not in taken)
    return [index if index else next(free) for index in indexes]


def missing_numbers(indexes: Sequence[int | None]) -> list[int]:
    """Numbers no part takes below the highest one: the gaps of a series.

    >>> missing_numbers([1, 4, None])
    [3]
    """
    numbers = set(assign_numbers(indexes))
    return [n for n in range(1, max(numbers, default=0)) if n not in numbers]


def usual_spelling(titles: list[str]) -> str:
    """The title most parts use; on a tie, the first given (parts in reading order)."""
    counts = Counter(titles)
    return max(titles, key=lambda t: (counts[t], -titles.index(t)))


@dataclass
class Series:
    title: str
    slug: str
    parts: list[Content] = field(default_factory=list)  # published posts, in part order
    upcoming: list[AnnouncedPart] = field(default_factory=list)  # announced parts
    numbers: list[int] = field(default_factory=list)  # the part number of each of `parts`

    @property
    def url(self) -> str:
        return SERIES_URL.format(slug=self.slug)

    @property
    def save_as(self) -> str:
        return self.url + "index.html"

    @property
    def total(self) -> int:
        """The count readers see in "Partie 2 de 3": published and announced parts."""
        return max([*self.numbers, *(u["index"] for u in self.upcoming)], default=0)

    @property
    def numbered(self) -> list[tuple[int, Content]]:
        """[(number, post)] in reading order."""
        return list(zip(self.numbers, self.parts))

    @property
    def latest(self) -> Content:
        """The part published last (orders the series index)."""
        return max(self.parts, key=lambda p: (p.date, p.slug))

    def position(self, post: Content) -> int:
        for position, part in enumerate(self.parts):
            if part is post:
                return position
        raise ValueError(f"{getattr(post, 'slug', post)!r} is not a part of the series {self.title!r}")

    def index_of(self, post: Content) -> int:
        """The part number of a published post."""
        return self.numbers[self.position(post)]

    def previous_of(self, post: Content) -> Content | None:
        position = self.position(post)
        return self.parts[position - 1] if position > 0 else None

    def next_of(self, post: Content) -> Content | None:
        position = self.position(post)
        return self.parts[position + 1] if position + 1 < len(self.parts) else None


def collect(posts: Iterable[Content]) -> dict[str, Series]:
    """{series slug: Series} from the posts that name a series, in a stable order."""
    grouped: dict[str, list[Content]] = {}
    for post in posts:
        title = getattr(post, "series", None)
        if title:
            grouped.setdefault(slugify(title), []).append(post)
    found = {}
    for slug in sorted(grouped):
        by_date = sorted(grouped[slug], key=lambda p: (p.date, p.slug))
        numbers = assign_numbers([getattr(p, "series_index", None) for p in by_date])
        ordered = sorted(zip(numbers, by_date), key=lambda pair: (pair[0], pair[1].date, pair[1].slug))
        parts = [post for _number, post in ordered]
        # shown like any title (hub_core.typography); the slug comes from the title as written
        title = typeset(usual_spelling([p.series for p in parts]), getattr(parts[0], "lang", "fr") or "fr")
        series = Series(title, slug, parts, [], [n for n, _post in ordered])
        series.upcoming = announced(series)
        found[slug] = series
    return found


def announced(series: Series) -> list[AnnouncedPart]:
    """The announced parts not yet published, in number order; a later announcement wins."""
    found: dict[int, AnnouncedPart] = {}
    for number, post in series.numbered:
        for offset, part in enumerate(getattr(post, "series_upcoming", None) or [], start=1):
            found[number + offset] = {"index": number + offset, "title": part["title"], "expected": part.get("expected")}
    published = set(series.numbers)
    return [found[n] for n in sorted(found) if n not in published]
