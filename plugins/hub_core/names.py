"""Names that become addresses: two different names must not share one.

Tags, categories and authors get a page whose address is their slug
(`/etiquettes/<slug>/`). Pelican merges two names with the same slug (`C++` and
`C#` are both `c`), and one of them silently disappears: that is an error
naming both files. Names written the same up to case, accents and hyphens
(`Marie-Ève`, `marie eve`) are the same name and share their page.
"""

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from . import limits
from .items import Item
from .problems import Problem, label
from .shapes import KeyPath, Params
from .urls import TERM_PAGES, key_url

# field -> (Pelican's URL wrapper class, address pattern: hub_core.urls.pelican_settings' TAG_URL…)
ADDRESSES = {
    "tags": ("Tag", key_url(TERM_PAGES["TAG"], "{slug}")),
    "category": ("Category", key_url(TERM_PAGES["CATEGORY"], "{slug}")),
    "authors": ("Author", key_url(TERM_PAGES["AUTHOR"], "{slug}")),
}


def same_name(name: str) -> str:
    """A name up to case, accents, spaces and hyphens."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–—_]+", " ", text).strip()


def pelican_slug(wrapper: str, name: str) -> str:
    """The slug Pelican gives a tag, category or author of this name."""
    from pelican import urlwrappers  # noqa: PLC0415 (only when a tree is checked)
    from pelican.settings import DEFAULT_CONFIG  # noqa: PLC0415

    return str(getattr(urlwrappers, wrapper)(name, DEFAULT_CONFIG).slug)


def collisions(named: Iterable[tuple[Item, KeyPath, str]], slug_of: Callable[[str], str], pattern: str) -> list[Problem]:
    """Problems of names sharing an address, or with no address or one too long.

    `named`: (item, keypath, name) in a stable order; `slug_of(name)`: its slug;
    `pattern`: its address, `etiquettes/{slug}/`.
    """
    problems: list[Problem] = []
    first: dict[str, tuple[str, str, Item]] = {}  # address -> (same_name, name as written, item)
    slugs: dict[str, str] = {}
    same: dict[str, str] = {}  # name -> same_name(name): each name worked out once

    def problem(item: Item, keypath: KeyPath, code: str, params: Params) -> None:
        problems.append(Problem(item.path, item.line_of(keypath), label(keypath), code, params))

    for item, keypath, name in named:
        slug = slugs[name] if name in slugs else slugs.setdefault(name, slug_of(name))
        url = pattern.format(slug=slug)
        if not slug:
            problem(item, keypath, "name_without_address", {"value": name})
            continue
        if len(slug) > limits.MAX_SLUG_LENGTH:
            problem(item, keypath, "name_address_too_long", {"value": name, "length": len(slug), "limit": limits.MAX_SLUG_LENGTH})
            continue
        written = same[name] if name in same else same.setdefault(name, same_name(name))
        seen = first.setdefault(url, (written, name, item))
        if seen[0] != written:
            problem(item, keypath, "name_collision", {"value": name, "other_value": seen[1], "other": seen[2].path, "url": url})
    return problems


def name_collisions(items: Iterable[Item]) -> list[Problem]:
    """Tags, categories and authors of every item whose slugs collide."""
    problems = []
    ordered = sorted(items, key=lambda i: i.path)
    for field, (wrapper, pattern) in ADDRESSES.items():
        named: list[tuple[Item, KeyPath, str]] = []
        for item in ordered:
            value = item.values.get(field)
            names = value if isinstance(value, list) else [value] if value else []
            keypath_of: Callable[[int], KeyPath] = (lambda index: (field, index)) if isinstance(value, list) else (lambda index: (field,))
            named += [(item, keypath_of(index), name) for index, name in enumerate(names) if isinstance(name, str)]
        problems += collisions(named, functools.partial(pelican_slug, wrapper), pattern)
    return problems
