"""A translation shares its original's tags (tag pages are French only): tags
written in a non-French file are a warning on their line."""

import pytest

from hub_core.items import read_item


@pytest.mark.parametrize(
    "lines, expected",
    [
        (("lang: en", "tags: [networking]"), [(4, "tags", "translation_tags", "warning")]),
        (("lang: en", "tags:", "  - networking"), [(4, "tags", "translation_tags", "warning")]),
        (("lang: en",), []),
        (("lang: fr", "tags: [réseautage]"), []),
        (("tags: [réseautage]",), []),
        (("lang: en", "tags: []"), []),  # empty: nothing written
    ],
    ids=["english-tags", "english-block-list", "english-without", "french", "default-french", "english-empty"],
)
def test_tags_in_a_translation_are_a_warning(site, lines, expected):
    text = "---\ntitle: Bilan\n" + "".join(f"{line}\n" for line in lines) + "date: 2026-09-01\n---\nTexte.\n"
    item = read_item("blog/bilan-en.md", text, site)
    assert [(p.line, p.field, p.code, p.severity) for p in item.problems] == expected
