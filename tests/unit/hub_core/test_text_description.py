"""hub_core.text.description: a page's description is the plain text of its summary, cut at a
word boundary, exactly as the theme's former `summary|striptags|truncate(300)` wrote it."""

import jinja2
import pytest

from hub_core.text import description

WORD = "réseautage "  # 11 characters
LONG = "<p>" + WORD * 40 + "</p>"  # 440 characters of text


def jinja_description(summary):
    """What the templates wrote before: Jinja's own filters, with its default leeway."""
    env = jinja2.Environment(autoescape=False)
    return env.from_string("{{ summary|striptags|truncate(300) }}").render(summary=summary)


@pytest.mark.parametrize(
    "summary, expected",
    [
        (None, None),
        ("", None),
        ("<p>Apportez vos aiguilles.</p>", "Apportez vos aiguilles."),
        ("<p>Café &amp; <em>tricot</em>\n  au   sous-sol</p>", "Café & tricot au sous-sol"),
        ("<p>Un&nbsp;atelier « libre »</p>", "Un\xa0atelier « libre »"),
        ("<img src='x.png' alt='seulement une image'>", ""),  # a summary without text: empty, not None
        ("<p>" + "x" * 305 + "</p>", "x" * 305),  # within the leeway: whole
        ("<p>" + "x" * 306 + "</p>", "x" * 297 + "..."),  # one long word: cut inside it
        (LONG, (WORD * 27).rstrip() + "..."),
    ],
)
def test_description(summary, expected):
    assert description(summary) == expected


@pytest.mark.parametrize(
    "summary",
    [
        "<p>Apportez vos aiguilles.</p>",
        LONG,
        "<p>" + "mot " * 74 + "fin</p>",
        "<p>" + "mot " * 75 + "dernier</p>",
        "<p>" + "a" * 297 + " b c d e f g h</p>",
        "<p>" + "mot " * 75 + "fin</p>",  # 303 characters: within Jinja's leeway
        "<p>Première<br>ligne</p><ul><li>un</li><li>deux &lt;trois&gt;</li></ul>" * 12,
    ],
)
def test_description_writes_what_jinja_wrote(summary):
    assert description(summary) == jinja_description(summary)
