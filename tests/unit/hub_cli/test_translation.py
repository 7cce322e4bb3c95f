"""hub_cli.translation: the text of a translation draft, beside its original."""

from pathlib import Path

import pytest

from hub_cli.translation import NOTE, translation_path, translation_text

COMMENT = "# " + NOTE  # the note to the translator, in French (hub's messages' language by default)


@pytest.mark.parametrize(
    "original, expected",
    [
        ("content/events/diner-rimouski.md", "content/events/diner-rimouski-en.md"),
        ("content/missions/mission-lyon-2027/mission.md", "content/missions/mission-lyon-2027/mission-en.md"),
        ("content/pages/contact.markdown", "content/pages/contact-en.markdown"),
    ],
)
def test_the_draft_sits_beside_its_original(original, expected):
    assert translation_path(original) == Path(expected)


def head(text):
    """The front-matter lines of a file's text."""
    lines = text.splitlines()
    return lines[1 : lines.index("---", 1)]


@pytest.mark.parametrize(
    "original, kind, expected_head",
    [
        pytest.param(
            "---\ntitle: Dîner à Rimouski\nstart: 2027-03-12 11:45\n---\nCorps.\n", "event",
            [COMMENT, "lang: en", "slug: diner-a-rimouski", "status: draft", "title: Dîner à Rimouski", "start: 2027-03-12 11:45"],
            id="slug-written-out",
        ),
        pytest.param(
            "---\ntitle: Dîner\nslug: diner-a-rimouski\nlang: fr\nstatus: published\n---\nCorps.\n", "event",
            [COMMENT, "lang: en", "slug: diner-a-rimouski", "status: draft", "title: Dîner"],
            id="lang-slug-status-replaced-once",
        ),
        pytest.param(
            "---\ntitle: Mission Lyon 2027\nstart: 2027-05-03\n---\n", "mission",
            [COMMENT, "lang: en", "status: draft", "title: Mission Lyon 2027", "start: 2027-05-03"],
            id="mission-slug-is-its-folder",
        ),
        pytest.param(
            "---\ntitle: Dîner\n# le lieu reste à confirmer\nvenue:\n  name: Salle\n  status: à confirmer\n---\nCorps.\n", "event",
            [COMMENT, "lang: en", "slug: diner-a-rimouski", "status: draft", "title: Dîner", "# le lieu reste à confirmer", "venue:", "  name: Salle", "  status: à confirmer"],
            id="comments-and-nested-keys-kept",
        ),
        pytest.param(
            "---\ntitle: Dîner\ntags: [dîner, réseautage]\nstart: 2027-03-12 11:45\n---\nCorps.\n", "event",
            [COMMENT, "lang: en", "slug: diner-a-rimouski", "status: draft", "title: Dîner", "start: 2027-03-12 11:45"],
            id="tags-shared-with-the-original",
        ),
        pytest.param(
            "---\ntitle: Dîner\ntags:\n  - dîner\n  - réseautage\nvenue:\n  name: Salle\n---\nCorps.\n", "event",
            [COMMENT, "lang: en", "slug: diner-a-rimouski", "status: draft", "title: Dîner", "venue:", "  name: Salle"],
            id="tags-as-a-block-list",
        ),
        pytest.param(
            "---\ntitle: Dîner\ntags:\n- dîner\n- réseautage\nstart: 2027-03-12 11:45\n---\nCorps.\n", "event",
            [COMMENT, "lang: en", "slug: diner-a-rimouski", "status: draft", "title: Dîner", "start: 2027-03-12 11:45"],
            id="tags-as-an-unindented-block-list",
        ),
    ],
)
def test_the_draft_is_the_original_marked_english(original, kind, expected_head):
    text = translation_text(original, "diner-a-rimouski", kind)
    assert head(text) == expected_head
    assert text.split("---\n")[-1] == original.split("---\n")[-1]  # the body, to translate in place


@pytest.mark.parametrize(
    "lang, note",
    [
        ("fr", "# À traduire en anglais : title, summary, image_alt, les textes et le corps ; retirez ensuite « status: draft » pour publier."),
        ("en", "# To translate into English: title, summary, image_alt, the texts and the body; then remove 'status: draft' to publish."),
    ],
)
def test_the_note_to_the_translator_is_in_the_messages_language(lang, note):
    text = translation_text("---\ntitle: Dîner\n---\nCorps.\n", "diner", "event", lang)
    assert head(text)[0] == note


@pytest.mark.parametrize(
    "broken, code",
    [("title: Sans en-tête\n", "no_front_matter"), ("---\ntitle: Pas fermé\n", "unclosed_front_matter")],
)
def test_a_file_without_front_matter_is_refused(broken, code):
    with pytest.raises(ValueError, match=code):
        translation_text(broken, "x", "post")
