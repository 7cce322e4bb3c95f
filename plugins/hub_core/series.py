"""Blog series: the parts of each series, published and announced."""

from dataclasses import dataclass, field

from .items import slugify


@dataclass
class Series:
    title: str
    slug: str
    parts: list = field(default_factory=list)  # published posts, in part order
    upcoming: list = field(default_factory=list)  # announced parts: {"index", "title", "expected"}

    @property
    def total(self):
        """The count readers see in "Partie 2 de 3": published and announced parts."""
        return len(self.parts) + len(self.upcoming)

    def index_of(self, post):
        return self.parts.index(post) + 1


def collect(posts):
    """{series slug: Series} from the posts that name a series.

    Parts are ordered by `series_index`, else by date. An announced part
    (`series_upcoming` on a part) takes the numbers after that part; it is
    dropped once a part with its number is published.
    """
    found = {}
    for post in posts:
        title = getattr(post, "series", None)
        if title:
            found.setdefault(slugify(title), Series(title, slugify(title))).parts.append(post)
    for series in found.values():
        series.parts.sort(key=lambda p: (getattr(p, "series_index", None) or 10_000, p.date, p.slug))
        announced = {}
        for number, post in enumerate(series.parts, start=1):
            index = getattr(post, "series_index", None) or number
            for offset, part in enumerate(getattr(post, "series_upcoming", None) or [], start=1):
                announced[index + offset] = {"index": index + offset, "title": part["title"], "expected": part.get("expected")}
        published = {getattr(p, "series_index", None) or n for n, p in enumerate(series.parts, start=1)}
        series.upcoming = [announced[i] for i in sorted(announced) if i not in published]
    return found
