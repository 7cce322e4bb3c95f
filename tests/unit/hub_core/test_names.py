"""hub_core.names: two different tags, categories or authors that would share one page."""

import pytest

from hub_core.items import read_item
from hub_core.names import name_collisions, same_name


def post(*lines):
    return "---\ntitle: Billet\ndate: 2026-09-01\n" + "".join(line + "\n" for line in lines) + "---\nTexte.\n"


def found(site, files):
    items = [read_item(path, text, site) for path, text in files.items()]
    return [(p.path, p.line, p.field, p.code, p.params.get("other")) for p in name_collisions(items)]


CASES = [
    pytest.param({"blog/a.md": post("tags: [C++]"), "blog/b.md": post("slug: b", "tags: [C#]")},
                 [("content/blog/b.md", 5, "tags[1]", "name_collision", "content/blog/a.md")], id="tags-c-plus-plus-and-c-sharp"),
    pytest.param({"blog/a.md": post("tags: [C++, C#]")}, [("content/blog/a.md", 4, "tags[2]", "name_collision", "content/blog/a.md")], id="both-in-one-file"),
    pytest.param({"blog/a.md": post("category: Santé!"), "blog/b.md": post("slug: b", "category: Santé?")},
                 [("content/blog/b.md", 5, "category", "name_collision", "content/blog/a.md")], id="categories"),
    pytest.param({"blog/a.md": post("authors: [Anne O'Neil]"), "blog/b.md": post("slug: b", "authors: [Anne Oneil]")},
                 [("content/blog/b.md", 5, "authors[1]", "name_collision", "content/blog/a.md")], id="authors"),
    pytest.param({"blog/a.md": post("tags: ['?!']")}, [("content/blog/a.md", 4, "tags[1]", "name_without_address", None)], id="no-letter-nor-digit"),
    pytest.param({"blog/a.md": post("tags: [日本]")}, [], id="transliterated-by-pelican"),
    pytest.param({"blog/a.md": post("tags: [" + "日本" * 50 + "]")}, [("content/blog/a.md", 4, "tags[1]", "name_address_too_long", None)], id="transliterated-too-long"),
    # The same name, written differently: one page, no problem.
    pytest.param({"blog/a.md": post("tags: [Santé, santé, SANTE]")}, [], id="case-and-accents"),
    pytest.param({"blog/a.md": post("authors: [Marie-Ève Tremblay]"), "blog/b.md": post("slug: b", "authors: [marie eve tremblay]")}, [], id="hyphen-and-space"),
    pytest.param({"blog/a.md": post("tags: [IA]"), "blog/b.md": post("slug: b", "category: IA")}, [], id="a-tag-and-a-category-have-their-own-pages"),
]


@pytest.mark.parametrize("files, expected", CASES)
def test_name_collisions(site, files, expected):
    assert found(site, files) == expected


def test_same_name():
    assert same_name("Marie-Ève  Tremblay") == same_name("marie eve tremblay")
    assert same_name("C++") != same_name("C#")
