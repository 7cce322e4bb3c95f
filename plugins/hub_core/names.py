"""Names that become addresses: two different names must not share one.

Tags, categories and authors get a page whose address is their slug
(`/etiquettes/<slug>/`). Pelican merges two names with the same slug (`C++` and
`C#` are both `c`), and one of them silently disappears: that is an error
naming both files. Names written the same up to case, accents and hyphens
(`Marie-Ève`, `marie eve`) are the same name and share their page.
"""

import re
import unicodedata

from .problems import Problem, label

# field -> (Pelican's URL wrapper class, address pattern of pelicanconf.py)
ADDRESSES = {
    "tags": ("Tag", "etiquettes/{slug}/"),
    "category": ("Category", "categories/{slug}/"),
    "authors": ("Author", "auteurs/{slug}/"),
}


def same_name(name: str) -> str:
    """A name up to case, accents, spaces and hyphens."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–—_]+", " ", text).strip()


def pelican_slug(kind: str, name: str) -> str:
    """The slug Pelican gives a tag, category or author of this name."""
    from pelican import urlwrappers  # noqa: PLC0415 (only when a tree is checked)
    from pelican.settings import DEFAULT_CONFIG  # noqa: PLC0415

    return getattr(urlwrappers, kind)(name, DEFAULT_CONFIG).slug


def collisions(named, address) -> list:
    """Problems of names sharing an address.

    `named`: (item, keypath, name) in a stable order; `address(name)`: its
    address, or "" when it has none.
    """
    problems, first = [], {}
    for item, keypath, name in named:
        url = address(name)
        line, field = item.line_of(keypath), label(keypath)
        if not url:
            problems.append(Problem(item.path, line, field, "name_without_address", {"value": name}))
            continue
        seen = first.setdefault(url, (same_name(name), name, item))
        if seen[0] != same_name(name):
            params = {"value": name, "other_value": seen[1], "other": seen[2].path, "url": url}
            problems.append(Problem(item.path, line, field, "name_collision", params))
    return problems


def name_collisions(items) -> list:
    """Tags, categories and authors of every item whose slugs collide."""
    problems = []
    for field, (kind, pattern) in ADDRESSES.items():
        named = []
        for item in sorted(items, key=lambda i: i.path):
            value = item.values.get(field)
            names = value if isinstance(value, list) else [value] if value else []
            keypath_of = (lambda index: (field, index)) if isinstance(value, list) else (lambda index: (field,))
            named += [(item, keypath_of(index), name) for index, name in enumerate(names) if isinstance(name, str)]
        slugs = {}

        def address(name, kind=kind, pattern=pattern, slugs=slugs):
            if name not in slugs:
                slugs[name] = pelican_slug(kind, name)
            return pattern.format(slug=slugs[name]) if slugs[name] else ""

        problems += collisions(named, address)
    return problems
