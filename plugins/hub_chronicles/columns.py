"""Columns: their chronicles newest first, their columnists, each chronicle's neighbours."""

from collections import Counter
from dataclasses import dataclass, field

from hub_core.items import slugify
from hub_core.urls import key_url

COLUMN_URL = key_url("chronicles", "{slug}")  # chroniques/{slug}/


@dataclass
class Column:
    name: str
    slug: str
    chronicles: list = field(default_factory=list)  # newest first
    columnists: list = field(default_factory=list)  # [{"author", "count"}], most chronicles first

    @property
    def url(self):
        return COLUMN_URL.format(slug=self.slug)

    @property
    def save_as(self):
        return self.url + "index.html"

    @property
    def latest(self):
        return self.chronicles[0]

    def older_than(self, chronicle):
        """The chronicle published just before this one (its "previous"), else None."""
        position = self._position(chronicle)
        return self.chronicles[position + 1] if position + 1 < len(self.chronicles) else None

    def newer_than(self, chronicle):
        """The chronicle published just after this one (its "next"), else None."""
        position = self._position(chronicle)
        return self.chronicles[position - 1] if position > 0 else None

    def _position(self, chronicle):
        for position, item in enumerate(self.chronicles):
            if item is chronicle:
                return position
        raise ValueError(f"{getattr(chronicle, 'slug', chronicle)!r} is not in the column {self.name!r}")


def newest_first(items):
    return sorted(items, key=lambda a: (a.date, a.slug), reverse=True)


def columnists(chronicles):
    """The authors of a column's chronicles, most chronicles first, then by name."""
    counts, authors = Counter(), {}
    for chronicle in chronicles:
        for author in getattr(chronicle, "authors", None) or []:
            counts[author.slug] += 1
            authors.setdefault(author.slug, author)
    order = sorted(counts, key=lambda slug: (-counts[slug], slug))
    return [{"author": authors[slug], "count": counts[slug]} for slug in order]


def usual_name(chronicles):
    """The column's name as most of its chronicles write it (ties: the newest one's)."""
    names = [c.column for c in chronicles]
    counts = Counter(names)
    return max(names, key=lambda n: (counts[n], -names.index(n)))


def collect(chronicles):
    """[Column] sorted by slug, from chronicles (any order)."""
    grouped = {}
    for chronicle in chronicles:
        name = getattr(chronicle, "column", None)
        if name and slugify(name):
            grouped.setdefault(slugify(name), []).append(chronicle)
    found = []
    for slug in sorted(grouped):
        items = newest_first(grouped[slug])
        found.append(Column(usual_name(items), slug, items, columnists(items)))
    return found


def neighbours(column, chronicle):
    """What a chronicle's page shows of its column: the column, the previous and next chronicle."""
    return {"column": column, "previous": column.older_than(chronicle), "next": column.newer_than(chronicle)}
