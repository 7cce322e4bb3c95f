"""Columns and their chronicles for the templates (first version)."""

from hub_core.items import slugify
from hub_core.references import valid


def add_lists(generators):
    """all_generators_finalized: `columns`, each {name, slug, chronicles newest first}."""
    context = generators[0].context
    chronicles = sorted(
        (a for a in valid(context.get("articles", [])) if a.hub_type == "chronicle"),
        key=lambda a: (a.date, a.slug),
        reverse=True,
    )
    columns = {}
    for chronicle in chronicles:
        columns.setdefault(chronicle.column, []).append(chronicle)
    context["columns"] = sorted(
        ({"name": name, "slug": slugify(name), "chronicles": items} for name, items in columns.items()),
        key=lambda c: c["slug"],
    )
