"""Series checks, registered with hub_core by being here (hub_core.registry).

A series' address is the slug of its title (`/series/<slug>/`): a title with no
letter or digit has none, and two different titles with one slug would be one
series (checks_series reports titles written differently as a variant).
"""

from hub_core.items import slugify
from hub_core.names import collisions


def cross_problems(items: list) -> list:
    """Series titles that give no address, or one too long for a file name."""
    named = [
        (item, ("series",), item.values["series"])
        for item in sorted(items, key=lambda i: i.path)
        if item.kind == "post" and isinstance(item.values.get("series"), str)
    ]
    return [p for p in collisions(named, slugify, "series/{slug}/") if p.code != "name_collision"]
