"""SeriesGenerator: each part's place in its series, then the series pages.

The context step runs after Pelican's own generators (the articles are known)
and before any page is written, so post pages find `series_part` on their
article. It reads only Pelican's lists and `HUB_NOW` (set for every generator
before any context step).
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TypedDict

from pelican.generators import Generator

from hub_core import series as series_model
from hub_core.listing_pages import write_listing
from hub_core.shapes import Content, Writer

ORIGINAL_LANGUAGE = "fr"


class PartInfo(TypedDict):
    """What a part's page shows (`series_part`): its number, the count, its neighbours, the series."""

    series: series_model.Series
    index: int
    total: int
    previous: Content | None
    next: Content | None


def published_parts(articles: Iterable[Content]) -> list[Content]:
    """French blog posts: the parts series are made of (drafts and future posts are not listed)."""
    return [a for a in articles if a.hub_type == "post" and a.lang == ORIGINAL_LANGUAGE]


def series_list(found: Mapping[str, series_model.Series]) -> list[series_model.Series]:
    """The series, the one with the latest new part first."""
    return sorted(found.values(), key=lambda s: (s.latest.date, s.slug), reverse=True)


def mark_announced(series: series_model.Series, today: dt.date) -> None:
    """`expected_passed` on each announced part: a date already past is not shown."""
    for part in series.upcoming:
        expected = part.get("expected")
        part["expected_passed"] = expected is not None and expected < today


def part_info(series: series_model.Series, post: Content) -> PartInfo:
    """What a part's page shows: its number, the count, its neighbours, the whole series."""
    return {
        "series": series,
        "index": series.index_of(post),
        "total": series.total,
        "previous": series.previous_of(post),
        "next": series.next_of(post),
    }


class SeriesGenerator(Generator):
    def generate_context(self) -> None:
        today = self.context["HUB_NOW"].date()
        found = series_model.collect(published_parts(self.context.get("articles", [])))
        self.series = series_list(found)
        for series in self.series:
            mark_announced(series, today)
            for post in series.parts:
                post.series_part = part_info(series, post)
                for translation in getattr(post, "translations", []):
                    translation.series_part = post.series_part
        self.context["series_list"] = self.series
        self.context["series_index_url"] = series_model.SERIES_INDEX_URL

    def generate_output(self, writer: Writer) -> None:
        template = self.get_template("series/series")
        for series in self.series:
            write_listing(writer, series.url, template, self.context, series=series)
        write_listing(writer, series_model.SERIES_INDEX_URL, self.get_template("series"), self.context)
