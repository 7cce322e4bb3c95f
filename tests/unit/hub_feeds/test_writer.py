"""hub_feeds.writer: one feed as RSS 2.0 and Atom 1.0 bytes, read back with lxml.

Entries are built by hub_feeds.entries from stand-in items, as the generator does."""

import datetime as dt
import email.utils
import re
import time
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from feedgen.feed import FeedGenerator
from lxml import etree

from hub_core.i18n import Catalogs, load_catalogs
from hub_feeds import entries
from hub_feeds.families import Feed
from hub_feeds.writer import feed_generator, fix_atom_links

TORONTO = ZoneInfo("America/Toronto")
YEAR = 2026
# The theme's catalog: the status words of titles come from it (hub_core.i18n.STATUS_TITLES).
WORDS = Catalogs(load_catalogs(Path(__file__).resolve().parents[3] / "theme" / "translations"))
ATOM_NS = "http://www.w3.org/2005/Atom"
A = "{%s}" % ATOM_NS
STYLESHEET = "/theme/feed.xsl"
RFC_822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")

REGION = Feed("region", "bas-saint-laurent", "regions/bas-saint-laurent/", "regions/bas-saint-laurent/", "maillage — Bas-Saint-Laurent", "fr", [])
SITE = Feed("site", "", "", "", "maillage", "fr", [])
ENGLISH = Feed("english", "", "en/", "en/", "maillage (English)", "en", [])


def settings(path="content"):
    return {
        "PUBLIC_SITEURL": "https://maillage.quebec",
        "SITE_DOMAIN": "maillage.quebec",
        "PATH": str(path),
        "SITESUBTITLE": "Le carrefour des événements numériques",
    }


def entry(slug, date, modified=None, image=None, path="content", lang="fr", title=None):
    item = SimpleNamespace(
        hub_type="event", hub_key=f"event:{slug}", hub_source=f"events/{slug}.md", hub_parent="", slug=slug,
        title=title or slug.replace("-", " ").capitalize(), url=f"evenements/{slug}/", lang=lang, date=date, modified=modified,
        summary=f"<p>Résumé de {slug}.</p>", content=f"<p>Texte de {slug}.</p>", status="published",
        event_status="scheduled", authors=[SimpleNamespace(name="Marie Tremblay")], category=None, tags=[], image=image,
    )
    return entries.build(item, item.content, settings(path), TORONTO, YEAR, WORDS)


def three():
    """Newest date first; the oldest was modified last."""
    return [
        entry("diner-rimouski", dt.datetime(2026, 11, 1, 12, 0, tzinfo=TORONTO)),
        entry("atelier-matane", dt.datetime(2026, 10, 15, 8, 30, tzinfo=TORONTO)),
        entry("annule-rimouski", dt.datetime(2026, 10, 1, tzinfo=TORONTO), modified=dt.datetime(2026, 11, 20, 10, 0, tzinfo=TORONTO)),
    ]


def write(feed, made, stylesheet=STYLESHEET):
    return feed_generator(feed, made, settings(), stylesheet, YEAR)


def parsed(feed=REGION, made=None):
    rss, atom = write(feed, made if made is not None else three())
    return etree.fromstring(rss), etree.fromstring(atom)


# --- RSS 2.0 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("feed", "english_subtitle", "description"),
    [
        pytest.param(ENGLISH, "Quebec's digital events hub", "Quebec’s digital events hub", id="english-feed"),
        pytest.param(ENGLISH, None, "Le carrefour des événements numériques", id="english-feed-without-english-subtitle"),
        pytest.param(SITE, "Quebec's digital events hub", "Le carrefour des événements numériques", id="french-feed"),
    ],
)
def test_the_description_is_the_subtitle_in_the_feeds_language(feed, english_subtitle, description):
    options = dict(settings(), SITESUBTITLE_EN=english_subtitle)
    rss, atom = feed_generator(feed, three(), options, STYLESHEET, YEAR)
    assert etree.fromstring(rss).find("channel").findtext("description") == description
    assert etree.fromstring(atom).findtext(A + "subtitle") == description



def test_rss_channel_title_link_description_and_language():
    rss, _atom = parsed()
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "maillage — Bas-Saint-Laurent"
    assert channel.findtext("link") == "https://maillage.quebec/regions/bas-saint-laurent/"  # the page, not the feed
    assert channel.findtext("description") == "Le carrefour des événements numériques"
    assert channel.findtext("language") == "fr-CA"


def test_the_english_feed_says_english():
    rss, atom = parsed(ENGLISH, [entry("lunch", dt.datetime(2026, 11, 1, tzinfo=TORONTO), lang="en")])
    assert rss.find("channel").findtext("language").split("-")[0] == "en"
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang").split("-")[0] == "en"


def test_rss_self_link_is_the_rss_file():
    rss, _atom = parsed()
    links = rss.find("channel").findall(f"{A}link")
    assert [(l.get("rel"), l.get("type"), l.get("href")) for l in links] == [
        ("self", "application/rss+xml", "https://maillage.quebec/regions/bas-saint-laurent/rss.xml")
    ]


def test_rss_last_build_date_is_the_newest_items_update():
    rss, _atom = parsed()
    text = rss.find("channel").findtext("lastBuildDate")
    assert RFC_822.match(text), text
    assert email.utils.parsedate_to_datetime(text) == dt.datetime(2026, 11, 20, 10, 0, tzinfo=TORONTO)


def test_rss_items_have_a_guid_that_is_not_a_permalink_and_an_rfc_822_pub_date():
    rss, _atom = parsed()
    items = rss.find("channel").findall("item")
    assert [i.find("guid").text for i in items] == [
        "tag:maillage.quebec,2026:event:diner-rimouski",
        "tag:maillage.quebec,2026:event:atelier-matane",
        "tag:maillage.quebec,2026:event:annule-rimouski",
    ]
    assert {i.find("guid").get("isPermaLink") for i in items} == {"false"}
    dates = [i.findtext("pubDate") for i in items]
    assert all(RFC_822.match(d) for d in dates), dates
    assert [email.utils.parsedate_to_datetime(d) for d in dates] == [
        dt.datetime(2026, 11, 1, 12, 0, tzinfo=TORONTO),
        dt.datetime(2026, 10, 15, 8, 30, tzinfo=TORONTO),
        dt.datetime(2026, 10, 1, tzinfo=TORONTO),
    ]
    assert [i.findtext("link") for i in items][0] == "https://maillage.quebec/evenements/diner-rimouski/"


# --- Atom 1.0 ------------------------------------------------------------------------------------


def test_atom_feed_id_title_updated_and_links():
    _rss, atom = parsed()
    assert atom.tag == f"{A}feed"
    assert atom.findtext(f"{A}id") == "tag:maillage.quebec,2026:feed:region:bas-saint-laurent"
    assert atom.findtext(f"{A}title") == "maillage — Bas-Saint-Laurent"
    assert dt.datetime.fromisoformat(atom.findtext(f"{A}updated")) == dt.datetime(2026, 11, 20, 10, 0, tzinfo=TORONTO)
    links = {(l.get("rel"), l.get("type"), l.get("href")) for l in atom.findall(f"{A}link")}
    assert links == {
        ("self", "application/atom+xml", "https://maillage.quebec/regions/bas-saint-laurent/atom.xml"),
        ("alternate", "text/html", "https://maillage.quebec/regions/bas-saint-laurent/"),
    }


def test_feed_ids_differ_between_feeds_and_stay_the_same_between_writes():
    ids = {etree.fromstring(write(feed, three())[1]).findtext(f"{A}id") for feed in (REGION, SITE, ENGLISH)}
    assert len(ids) == 3
    assert parsed()[1].findtext(f"{A}id") == parsed()[1].findtext(f"{A}id")


def test_atom_entries_link_to_their_page_as_alternate_html():
    _rss, atom = parsed()
    for element in atom.findall(f"{A}entry"):
        links = [(l.get("rel"), l.get("type"), l.get("href")) for l in element.findall(f"{A}link")]
        slug = element.findtext(f"{A}id").rsplit(":", 1)[1]
        assert links == [("alternate", "text/html", f"https://maillage.quebec/evenements/{slug}/")]


def test_atom_enclosure_links_keep_their_type_and_length(tmp_path):
    """feedgen 1.0.0 drops rel, type and length from entry links (python-feedgen #135)."""
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "affiche.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    made = entry("diner-rimouski", dt.datetime(2026, 11, 1, tzinfo=TORONTO), image="affiche.png", path=tmp_path)
    _rss, atom = parsed(REGION, [made])
    links = [dict(l.attrib) for l in atom.find(f"{A}entry").findall(f"{A}link")]
    assert links == [
        {"rel": "alternate", "type": "text/html", "href": "https://maillage.quebec/evenements/diner-rimouski/"},
        {"rel": "enclosure", "type": "image/png", "length": "508", "href": "https://maillage.quebec/images/affiche.png"},
    ]


def test_fix_atom_links_restores_what_feedgen_drops(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "carte.svg").write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    made = [entry("a", dt.datetime(2026, 1, 1, tzinfo=TORONTO), image="carte.svg", path=tmp_path), entry("b", dt.datetime(2026, 1, 2, tzinfo=TORONTO))]
    generator = FeedGenerator()
    generator.id("tag:maillage.quebec,2026:feed:test")
    generator.title("test")
    generator.link(href="https://maillage.quebec/", rel="alternate")
    for one in made:
        generator.add_entry(one.feed_entry, order="append")
    raw = generator.atom_str()
    dropped = {l.get("rel") for l in etree.fromstring(raw).iter(f"{A}link") if l.getparent().tag == f"{A}entry"}
    fixed = etree.fromstring(fix_atom_links(raw, {m.id: m for m in made}))
    by_entry = {e.findtext(f"{A}id"): [(l.get("rel"), l.get("type"), l.get("length")) for l in e.findall(f"{A}link")] for e in fixed.iter(f"{A}entry")}
    assert dropped == {None}  # what feedgen 1.0.0 writes: no rel at all
    assert by_entry == {
        made[0].id: [("alternate", "text/html", None), ("enclosure", "image/svg+xml", "41")],
        made[1].id: [("alternate", "text/html", None)],
    }


def test_entries_keep_the_order_they_are_given_in_both_formats():
    made = three()
    order = [made[1], made[2], made[0]]
    rss, atom = parsed(REGION, order)
    expected = [m.id for m in order]
    assert [i.findtext("guid") for i in rss.find("channel").findall("item")] == expected
    assert [e.findtext(f"{A}id") for e in atom.findall(f"{A}entry")] == expected


# --- both formats ------------------------------------------------------------------------------------


@pytest.mark.parametrize("index", [0, 1], ids=["rss", "atom"])
def test_the_stylesheet_instruction_comes_right_after_the_xml_declaration(index):
    data = write(REGION, three(), stylesheet="/theme/feed.xsl")[index]
    declaration, instruction, rest = data.split(b"\n", 2)
    assert re.fullmatch(rb"<\?xml version=['\"]1\.0['\"] encoding=['\"]UTF-8['\"]\?>", declaration)
    root = etree.fromstring(data)
    node = root.getprevious()
    assert node.target == "xml-stylesheet"
    assert (node.get("type"), node.get("href")) == ("text/xsl", "/theme/feed.xsl")
    assert node.getprevious() is None
    assert instruction == etree.tostring(node)
    assert rest.lstrip().startswith(b"<rss" if index == 0 else b"<feed")


def test_writing_twice_a_second_apart_gives_the_same_bytes():
    first = write(REGION, three())
    time.sleep(1.1)
    second = write(REGION, three())
    assert first == second


def test_the_same_entries_written_into_two_feeds_give_identical_entry_xml():
    made = three()
    region_rss, region_atom = write(REGION, made)
    site_rss, site_atom = write(SITE, [made[0], made[2]])
    again_rss, again_atom = write(REGION, made)
    assert (again_rss, again_atom) == (region_rss, region_atom)  # writing the site feed changed nothing

    def by_id(data, tag, key):
        return {e.findtext(key): etree.tostring(e, method="c14n") for e in etree.fromstring(data).iter(tag)}

    for data_a, data_b, tag, key in ((region_rss, site_rss, "item", "guid"), (region_atom, site_atom, f"{A}entry", f"{A}id")):
        in_region, in_site = by_id(data_a, tag, key), by_id(data_b, tag, key)
        assert set(in_site) == {made[0].id, made[2].id}
        for identifier in in_site:
            assert in_site[identifier] == in_region[identifier]
