"""ChroniclesGenerator: columns and each chronicle's neighbours, then the column pages.

The context step runs after Pelican's own generators and before any page is
written: chronicle pages, `/chroniques/` and author pages (written by Pelican)
find `columns` and `column_nav`. It reads only Pelican's article list.
"""

from collections.abc import Iterable

from pelican.generators import Generator

from hub_core.listing_pages import write_listing
from hub_core.shapes import Content, Writer

from .columns import collect, neighbours

ORIGINAL_LANGUAGE = "fr"


def column_chronicles(articles: Iterable[Content]) -> list[Content]:
    """French chronicles (drafts and chronicles dated in the future are not listed)."""
    return [a for a in articles if a.hub_type == "chronicle" and a.lang == ORIGINAL_LANGUAGE]


class ChroniclesGenerator(Generator):
    def generate_context(self) -> None:
        self.columns = collect(column_chronicles(self.context.get("articles", [])))
        for column in self.columns:
            for chronicle in column.chronicles:
                chronicle.column_nav = neighbours(column, chronicle)
                for translation in getattr(chronicle, "translations", []):
                    translation.column_nav = chronicle.column_nav
        self.context["columns"] = self.columns

    def generate_output(self, writer: Writer) -> None:
        template = self.get_template("chronicles/column")
        for column in self.columns:
            write_listing(writer, column.url, template, self.context, column=column)
