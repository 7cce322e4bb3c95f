"""Descriptions: plain text stays text, HTML is cleaned; both render as the source meant."""

import markdown
import pytest
from bs4 import BeautifulSoup

from hub_import.describe import body_of, clean_html, escape_markdown, web_address

from .conftest import vevent


def rendered(body):
    return BeautifulSoup(markdown.markdown(body, extensions=["markdown.extensions.extra"]), "html.parser")


@pytest.mark.parametrize("text", [
    "Un *5 à 7* pour parler de [numérique](x) et de _réseautage_",
    "# Pas un titre",
    "- pas une liste",
    "1. pas une liste numérotée",
    "a < b & c > d",
    "<b>pas du gras</b>",
    "C:\\dossier\\fichier `code`",
    "!important {accolades}",
])
def test_plain_text_renders_as_written(text):
    html = rendered(escape_markdown(text))
    assert " ".join(html.get_text().split()) == text
    assert html.find(["em", "strong", "a", "h1", "ul", "ol", "li", "b", "code"]) is None


def test_paragraphs_of_plain_text_stay_paragraphs():
    html = rendered(escape_markdown("Premier.\r\n\r\n\r\n\r\nSecond.  "))
    assert [p.get_text() for p in html.find_all("p")] == ["Premier.", "Second."]


@pytest.mark.parametrize(("html", "kept", "gone"), [
    ("<p>Le <strong>SWAFF</strong> revient.</p><ul><li>Un</li></ul>", ["p", "strong", "ul", "li"], []),
    ("<p>x</p><script>alert(1)</script>", ["p"], ["script"]),
    ("<style>p{color:red}</style><p>x</p>", ["p"], ["style"]),
    ('<p onclick="x()">x <img src=x onerror=alert(1)></p>', ["p"], ["img"]),
    ('<a href="javascript:alert(1)">lien</a>', [], []),
    ('<iframe src="https://evil.example"></iframe><p>x</p>', ["p"], ["iframe"]),
])
def test_html_is_cleaned(html, kept, gone):
    body = clean_html(html)
    tree = rendered(body)
    for name in kept:
        assert tree.find(name) is not None, name
    for name in gone:
        assert tree.find(name) is None, name
    for tag in tree.find_all(True):
        assert not any(attribute.startswith("on") for attribute in tag.attrs)
        assert not str(tag.get("href", "")).startswith("javascript")
    assert "alert" not in tree.get_text()


def test_markdown_signs_in_html_stay_characters():
    tree = rendered(clean_html("Deux <i>jours</i> de *formation* et de _ateliers_<br>Programme"))
    assert tree.find("i").get_text() == "jours"
    assert "*formation*" in tree.get_text() and tree.find("em") is None


@pytest.mark.parametrize(("lines", "expected"), [
    (["DESCRIPTION:Texte *simple*"], "Texte \\*simple\\*"),
    (["DESCRIPTION:<p>HTML</p>"], "<div>\n<p>HTML</p>\n</div>"),
    (["DESCRIPTION:Texte", "X-ALT-DESC;FMTTYPE=text/html:<p><b>Riche</b></p>"], "<div>\n<p><b>Riche</b></p>\n</div>"),
    ([], ""),
])
def test_which_description(lines, expected):
    assert body_of(vevent(*lines)) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("https://example.org/rencontre", "https://example.org/rencontre"),
    ("  http://example.org/  ", "http://example.org/"),
    ("example.org", None),
    ("https://example.org/a b", None),
    ("mailto:info@example.org", None),
    ("https://[example.org/", None),  # an unclosed IPv6 bracket: urlsplit raises
    (None, None),
])
def test_web_address(value, expected):
    assert web_address(value) == expected
