"""hub_feeds.entries: one feed entry per item — stable id, absolute links, status in the
title, enclosure from the real image file, summary as text, full content.

Serialized checks go through hub_feeds.writer (the real path to the files) and are read
back with feedparser and lxml."""

import datetime as dt
import html
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import feedparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from hub_core.i18n import Catalogs, load_catalogs
from hub_feeds import entries
from hub_feeds.families import Feed
from hub_feeds.writer import feed_generator

TORONTO = ZoneInfo("America/Toronto")
PUBLIC = "https://maillage.quebec"
DOMAIN = "maillage.quebec"
YEAR = 2026
# The theme's catalog: the status words of titles come from it (hub_core.i18n.STATUS_TITLES).
WORDS = Catalogs(load_catalogs(Path(__file__).resolve().parents[3] / "theme" / "translations"))
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
BODY = '<p>Un dîner pour les membres.</p>\n<p>Voir <a href="/evenements/autre/">un autre</a>.</p>'


def item(hub_type="event", slug="diner-rimouski", lang="fr", **overrides):
    values = dict(
        hub_type=hub_type,
        hub_key=f"{hub_type}:{slug}",
        hub_source=f"events/{slug}.md",
        hub_parent="",
        slug=slug,
        title="Dîner « réseautage » à Rimouski",
        url=f"evenements/{slug}/",
        lang=lang,
        date=dt.datetime(2026, 11, 1, 9, 0, tzinfo=TORONTO),
        modified=None,
        summary="<p>Un dîner pour les membres.</p>",
        content=BODY,
        status="published",
        event_status="scheduled",
        authors=[],
        category=None,
        tags=[],
        image=None,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def settings(path="content"):
    return {"PUBLIC_SITEURL": PUBLIC + "/", "SITE_DOMAIN": DOMAIN, "PATH": str(path), "SITESUBTITLE": "Le carrefour"}


def built(target, content=BODY, path="content"):
    return entries.build(target, content, settings(path), TORONTO, YEAR, WORDS)


def written(*made):
    """(rss root, atom root, rss bytes, atom bytes) of a feed holding `made`."""
    feed = Feed("site", "", "", "", "maillage", "fr", [])
    rss, atom = feed_generator(feed, list(made), settings(), "/theme/feed.xsl", YEAR)
    return etree.fromstring(rss), etree.fromstring(atom), rss, atom


# --- id --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hub_type, hub_key, lang, expected",
    [
        ("event", "event:diner-rimouski", "fr", "tag:maillage.quebec,2026:event:diner-rimouski"),
        ("event", "event:diner-rimouski", "en", "tag:maillage.quebec,2026:event:diner-rimouski:en"),
        ("post", "post:diner-rimouski", "fr", "tag:maillage.quebec,2026:post:diner-rimouski"),
        ("report", "report:mission-nantes:rapport", "fr", "tag:maillage.quebec,2026:report:mission-nantes:rapport"),
    ],
)
def test_the_id_is_a_tag_uri_from_type_and_slug_and_the_language_of_a_translation(hub_type, hub_key, lang, expected):
    assert entries.entry_id(item(hub_type, lang=lang, hub_key=hub_key), DOMAIN, YEAR) == expected


def test_the_id_does_not_change_when_the_title_or_the_text_is_fixed():
    before = item(title="Dîner réseautage à Rimousky", summary="<p>Un dinner.</p>")
    after = item(title="Dîner « réseautage » à Rimouski", summary="<p>Un dîner.</p>", modified=dt.datetime(2026, 11, 2, tzinfo=TORONTO))
    assert built(before).id == built(after).id
    assert built(before).feed_entry.guid() == built(after).feed_entry.guid()
    assert built(before).feed_entry.title() != built(after).feed_entry.title()


def test_two_items_and_a_translation_have_three_ids():
    ids = {built(i).id for i in (item(), item(slug="autre", hub_key="event:autre"), item(lang="en"))}
    assert len(ids) == 3


def test_the_rss_guid_is_the_id_and_not_a_permalink():
    made = built(item())
    assert made.feed_entry.guid() == {"guid": made.id, "permalink": False}


# --- absolute links ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, expected",
    [
        ('<a href="/evenements/x/">x</a>', '<a href="https://maillage.quebec/evenements/x/">x</a>'),
        ('<img src="/images/photo.jpg" alt="">', '<img src="https://maillage.quebec/images/photo.jpg" alt="">'),
        ('<a href="/">accueil</a>', '<a href="https://maillage.quebec/">accueil</a>'),
        ('<p><a href="/a/">a</a> <img src="/b.png"></p>', '<p><a href="https://maillage.quebec/a/">a</a> <img src="https://maillage.quebec/b.png"></p>'),
        ('<script src="//cdn.example.org/x.js"></script>', '<script src="//cdn.example.org/x.js"></script>'),
        ('<a href="https://example.org/a/">a</a>', '<a href="https://example.org/a/">a</a>'),
        ('<a href="#programme">programme</a>', '<a href="#programme">programme</a>'),
        ('<a href="mailto:info@example.org">écrire</a>', '<a href="mailto:info@example.org">écrire</a>'),
        ("<p>Le chemin /evenements/ en texte</p>", "<p>Le chemin /evenements/ en texte</p>"),
        ("", ""),
        (None, ""),
    ],
)
def test_root_relative_links_and_images_become_absolute(given, expected):
    assert entries.absolute(given, PUBLIC) == expected


# --- title ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "event_status, expected",
    [
        ("scheduled", "Atelier"),
        ("cancelled", "ANNULÉ — Atelier"),
        ("postponed", "REPORTÉ — Atelier"),
        ("rescheduled", "Atelier"),
        ("moved-online", "Atelier"),
    ],
)
def test_the_title_says_when_an_event_is_cancelled_or_postponed(event_status, expected):
    made = built(item(title="Atelier", event_status=event_status))
    assert made.feed_entry.title() == expected


def test_a_post_has_its_title_as_is():
    post = SimpleNamespace(**{k: v for k, v in vars(item("post", title="Billet")).items() if k != "event_status"})
    assert built(post).feed_entry.title() == "Billet"


@pytest.mark.parametrize("event_status, expected", [("cancelled", "CANCELLED — Lunch"), ("postponed", "POSTPONED — Lunch")])
def test_an_english_translations_title_says_the_status_in_english(event_status, expected):
    made = built(item(lang="en", title="Lunch", event_status=event_status))
    assert made.feed_entry.title() == expected


# --- dates -----------------------------------------------------------------------------------


def test_published_is_the_date_and_updated_the_modified_date():
    made = built(item(date=dt.datetime(2026, 10, 1, 8, 0, tzinfo=TORONTO), modified=dt.datetime(2026, 11, 20, 10, 0, tzinfo=TORONTO)))
    assert made.feed_entry.published() == dt.datetime(2026, 10, 1, 8, 0, tzinfo=TORONTO)
    assert made.feed_entry.updated() == dt.datetime(2026, 11, 20, 10, 0, tzinfo=TORONTO)


def test_updated_is_the_date_when_never_modified_and_never_the_clock():
    made = built(item(date=dt.datetime(2017, 6, 12, tzinfo=TORONTO), modified=None))
    assert made.feed_entry.updated() == dt.datetime(2017, 6, 12, tzinfo=TORONTO)


def test_a_date_without_a_time_is_midnight_in_the_sites_zone():
    made = built(item(date=dt.date(2026, 9, 1), modified=dt.date(2026, 9, 2)))
    assert made.feed_entry.published() == dt.datetime(2026, 9, 1, 0, 0, tzinfo=TORONTO)
    assert made.feed_entry.updated() == dt.datetime(2026, 9, 2, 0, 0, tzinfo=TORONTO)


# --- link, authors, terms ----------------------------------------------------------------------


def test_the_link_is_the_items_public_page():
    made = built(item())
    assert made.link == "https://maillage.quebec/evenements/diner-rimouski/"
    _rss, atom, _r, _a = written(made)
    assert [l.get("href") for l in atom.iter(f"{ATOM}link") if l.get("rel") == "alternate" and l.getparent().tag == f"{ATOM}entry"] == [made.link]


def test_authors_category_and_tags_are_written():
    authors = [SimpleNamespace(name="Marie Tremblay"), SimpleNamespace(name="Jean Gagnon")]
    category = SimpleNamespace(name="Vie associative", slug="vie-associative")
    tags = [SimpleNamespace(name="réseautage", slug="reseautage"), SimpleNamespace(name="numérique", slug="numerique")]
    _rss, _atom, _r, atom_bytes = written(built(item(authors=authors, category=category, tags=tags)))
    entry = feedparser.parse(atom_bytes).entries[0]
    assert [a["name"] for a in entry.authors] == ["Marie Tremblay", "Jean Gagnon"]
    assert [t["term"] for t in entry.tags] == ["Vie associative", "réseautage", "numérique"]


# --- enclosure -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("affiche.png", b"\x89PNG\r\n\x1a\n" + bytes(120), "image/png"),
        ("photo.jpg", b"\xff\xd8\xff" + bytes(2047), "image/jpeg"),
        ("carte.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n', "image/svg+xml"),
    ],
)
def test_the_enclosure_is_the_image_with_its_size_in_bytes_and_type(tmp_path, name, data, kind):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / name).write_bytes(data)
    made = built(item(image=name), path=tmp_path)
    assert made.enclosure == (f"https://maillage.quebec/images/{name}", str(len(data)), kind)
    rss, _atom, _r, atom_bytes = written(made)
    enclosure = rss.find("channel/item/enclosure")
    assert (enclosure.get("url"), enclosure.get("length"), enclosure.get("type")) == made.enclosure
    links = feedparser.parse(atom_bytes).entries[0].enclosures
    assert [(l["href"], l["length"], l["type"]) for l in links] == [made.enclosure]


def test_no_image_no_enclosure():
    made = built(item(image=None))
    rss, atom, _r, _a = written(made)
    assert made.enclosure is None
    assert rss.find("channel/item/enclosure") is None
    assert [l for l in atom.iter(f"{ATOM}link") if l.get("rel") == "enclosure"] == []


# --- summary and content ------------------------------------------------------------------------------


def shown_text(fragment):
    """What a feed reader shows of an HTML fragment."""
    soup = BeautifulSoup(fragment, "html.parser")
    return soup.get_text(), soup.find_all(True)


def test_an_editor_summary_with_b_stays_text_in_rss_and_atom():
    # hub_frontmatter escapes an editor's summary: it is plain text, not HTML.
    editor = html.escape("Un résumé <b>écrit</b> par l'équipe")
    rss, atom, rss_bytes, atom_bytes = written(built(item("post", summary=editor)))
    for parsed in (feedparser.parse(rss_bytes).entries[0], feedparser.parse(atom_bytes).entries[0]):
        text, elements = shown_text(parsed.summary)
        assert text == "Un résumé <b>écrit</b> par l'équipe"
        assert elements == []
    assert atom.find(f"{ATOM}entry/{ATOM}summary").get("type") == "html"


def test_a_generated_summary_is_the_text_of_its_first_paragraph():
    _rss, atom, _r, _a = written(built(item(summary="<p>Un dîner pour <em>les</em> membres &amp; amis.</p>")))
    summary = atom.find(f"{ATOM}entry/{ATOM}summary").text
    assert shown_text(summary) == ("Un dîner pour les membres & amis.", [])


def test_an_item_without_summary_is_summarized_by_its_title():
    _rss, atom, _r, _a = written(built(item(summary="", title="Atelier")))
    assert atom.find(f"{ATOM}entry/{ATOM}summary").text == "Atelier"


def test_the_content_is_the_full_html_and_never_the_summary():
    """The feedgen trap: description() after content() puts the summary in the Atom content."""
    full = "<p>Premier paragraphe.</p>\n<p>Deuxième paragraphe, <strong>important</strong>.</p>"
    rss, atom, _r, _a = written(built(item("post", summary="<p>Premier paragraphe.</p>"), content=full))
    content = atom.find(f"{ATOM}entry/{ATOM}content")
    assert content.get("type") == "html"
    assert content.text == full
    assert rss.find(f"channel/item/{CONTENT_ENCODED}").text == full
    assert rss.find("channel/item/description").text == "Premier paragraphe."


def test_the_content_is_escaped_html_never_cdata():
    full = "<p>Texte avec ]]&gt; et <code>&lt;/script&gt;</code></p>"
    _rss, _atom, rss_bytes, atom_bytes = written(built(item(), content=full))
    assert b"CDATA" not in rss_bytes and b"CDATA" not in atom_bytes
    assert feedparser.parse(atom_bytes).entries[0].content[0].type == "text/html"
