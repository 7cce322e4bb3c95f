"""Chronicle checks, registered with hub_core by being here (hub_core.registry).

A column's address is the slug of its name (`/chroniques/<slug>/`): two
different names with one slug (`C++`, `C#`) would be merged into one column.
"""

from hub_core.items import slugify
from hub_core.names import collisions
from hub_core.urls import key_url


def cross_problems(items: list) -> list:
    """Columns whose different names give one address, naming both files."""
    named = [
        (item, ("column",), item.values["column"])
        for item in sorted(items, key=lambda i: i.path)
        if item.content_type == "chronicle" and isinstance(item.values.get("column"), str)
    ]
    return collisions(named, slugify, key_url("chronicles", "{slug}"))
