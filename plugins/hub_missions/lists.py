"""Missions for the templates (first version)."""

from hub_core.references import valid


def add_lists(generators):
    """all_generators_finalized: `missions`, newest first."""
    context = generators[0].context
    context["missions"] = sorted(
        (a for a in valid(context.get("hidden_articles", [])) if a.hub_type == "mission" and a.in_default_lang),
        key=lambda m: (m.start, m.slug),
        reverse=True,
    )
