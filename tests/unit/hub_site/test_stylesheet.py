"""hub_site.stylesheet: the feeds' XSLT is the template feed.xsl, its links to the subscription
page from hub_core.urls, written at urls.FEED_STYLESHEET through the build's writer."""

import xml.etree.ElementTree as ET
from pathlib import Path

import jinja2
import pytest

from hub_core import urls
from hub_core.writer import OUTPUT_FILES, FileWriter
from hub_site.filters import GLOBALS
from hub_site.stylesheet import StylesheetGenerator, render_stylesheet

ROOT = Path(__file__).resolve().parents[3]
XSL = "{http://www.w3.org/1999/XSL/Transform}"


def environment():
    """An environment as Pelican's for the theme: pelicanconf's options, hub_site's globals."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.i18n"])
    env.globals.update(GLOBALS)
    return env


def links(data: bytes) -> list:
    return [a.get("href") for a in ET.fromstring(data).iter("a") if a.get("href", "").startswith("/")]


@pytest.mark.parametrize(
    ("subscribe", "expected"),
    [
        (None, ["/", "/abonnements/", "/abonnements/"]),
        (("abos/", "subs/"), ["/", "/abos/", "/abos/"]),  # the address follows urls.PAGES
    ],
)
def test_the_stylesheet_links_the_subscription_page_of_urls(monkeypatch, subscribe, expected):
    if subscribe:
        monkeypatch.setitem(urls.PAGES, "subscribe", subscribe)
    data = render_stylesheet(environment())
    assert ET.fromstring(data).tag == XSL + "stylesheet"
    assert links(data) == expected


def test_the_stylesheet_keeps_its_last_newline():
    data = render_stylesheet(environment())
    assert data.endswith(b"</xsl:stylesheet>\n") and not data.endswith(b"\n\n")


def test_written_once_at_the_address_every_feed_names(tmp_path):
    generator = StylesheetGenerator.__new__(StylesheetGenerator)  # what generate_output reads
    generator.env, generator.context, generator.output_path = environment(), {}, str(tmp_path)
    generator.generate_output(writer=None)
    assert urls.FEED_STYLESHEET == "theme/feed.xsl"
    assert (tmp_path / "theme" / "feed.xsl").read_bytes() == render_stylesheet(environment())
    files = generator.context[OUTPUT_FILES]
    assert isinstance(files, FileWriter) and files.written == {"theme/feed.xsl": "hub_site"}
