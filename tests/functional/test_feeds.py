"""Every RSS and Atom feed the site writes, read with feedparser and lxml.

Three sites: the shared fixture site (tests/fixtures/site), the library's fixture
(tests/fixtures/resources: the feed of new resources) and the feeds fixture
(tests/fixtures/feeds/content): a series with an announced part and a draft part, an
event with an image and an English translation, drafts, a hidden post, posts dated
after "now" (SOURCE_DATE_EPOCH 1795435200 = 2026-11-23 12:00 UTC = 7 h in Toronto).
"""

import datetime as dt
import email.utils
import re
import shutil
import time
from collections import defaultdict

import feedparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from sitebuild import FIXTURES, ROOT, build, build_once

PUBLIC = "https://maillage.quebec"
ATOM_NS = "http://www.w3.org/2005/Atom"
A = "{%s}" % ATOM_NS
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC_822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
TAG_URI = re.compile(r"^tag:maillage\.quebec,\d{4}:[a-z0-9:-]+$")
FEEDS = FIXTURES / "feeds"
ID = "tag:maillage.quebec,2026:"


@pytest.fixture(scope="module")
def feeds_site(tmp_path_factory):
    return build_once(tmp_path_factory, FEEDS / "content", "feeds-site")


@pytest.fixture(scope="module")
def resources_site(tmp_path_factory):
    """The library's fixture (tests/fixtures/resources): its feed of new resources (hub_resources)."""
    return build_once(tmp_path_factory, FIXTURES / "resources" / "content", "resources-feed-site")


@pytest.fixture(params=["fixture_site", "feeds_site", "resources_site"])
def site(request):
    return request.getfixturevalue(request.param)


# --- helpers -----------------------------------------------------------------------------------


def feed_files(site, name=None):
    names = (name,) if name else ("rss.xml", "atom.xml")
    return sorted(p for n in names for p in site.output.rglob(n))


def address(site, path):
    return path.relative_to(site.output).as_posix()


def xml(path):
    return etree.fromstring(path.read_bytes())


def parsed(path):
    return feedparser.parse(path.read_bytes())


def entries_by_id(path):
    return {e.id: e for e in parsed(path).entries}


def text_of(fragment):
    return BeautifulSoup(fragment, "html.parser").get_text(" ", strip=True)


def content_of(entry):
    """The full HTML content feedparser reads (Atom content, RSS content:encoded)."""
    return entry.content[0].value


def page_of(site, link):
    """The parsed page of a public URL of the site."""
    assert link.startswith(PUBLIC + "/"), link
    return site.page(link.removeprefix(PUBLIC + "/"))


def declared_feeds(soup):
    """{(type, href): title} of the feeds a page declares in <head>."""
    return {
        (link["type"], link["href"]): link.get("title")
        for link in soup.head.find_all("link", rel="alternate")
        if link.get("type") in ("application/rss+xml", "application/atom+xml")
    }


def html_pages(site):
    """The site's pages; not the weekly digest's email files (hub_digest), which are sent by
    email, where <head> links mean nothing."""
    return sorted(p for p in site.output.rglob("*.html") if p.name not in ("courriel.html", "email.html"))


# --- every feed parses, with the elements RSS 2.0 and Atom 1.0 require --------------------------


def test_the_declared_feed_families_are_written(fixture_site, feeds_site):
    fixture = {address(fixture_site, p) for p in feed_files(fixture_site, "rss.xml")}
    assert {
        "rss.xml",
        "en/rss.xml",
        "evenements/rss.xml",
        "blogue/rss.xml",
        "chroniques/rss.xml",
        "missions/rss.xml",
        "regions/bas-saint-laurent/rss.xml",
        "chroniques/chronique-numerique/rss.xml",
        "missions/mission-test-2017/rss.xml",
        "repertoire/groupe-rimouski/rss.xml",
        "categories/vie-associative/rss.xml",
        "etiquettes/reseautage/rss.xml",
    } <= fixture
    feeds = {address(feeds_site, p) for p in feed_files(feeds_site, "rss.xml")}
    assert {"series/les-regions-branchees/rss.xml", "series/carnets-d-hiver/rss.xml"} <= feeds


def test_every_rss_file_has_its_atom_file_with_the_same_items_in_the_same_order(site):
    for rss in feed_files(site, "rss.xml"):
        atom = rss.with_name("atom.xml")
        assert atom.exists(), rss
        rss_ids = [e.id for e in parsed(rss).entries]
        assert rss_ids and rss_ids == [e.id for e in parsed(atom).entries], rss


def test_every_feed_parses_with_feedparser_without_bozo(site):
    files = feed_files(site)
    assert files
    for path in files:
        result = parsed(path)
        assert result.bozo == 0, (address(site, path), result.get("bozo_exception"))
        assert result.version == ("rss20" if path.name == "rss.xml" else "atom10"), path
        assert result.entries, path


def test_rss_channels_have_the_required_elements(site):
    for path in feed_files(site, "rss.xml"):
        where = address(site, path)
        root = xml(path)
        assert (root.tag, root.get("version")) == ("rss", "2.0"), where
        channel = root.find("channel")
        assert channel.findtext("title", "").startswith("maillage"), where
        assert channel.findtext("link", "").startswith(PUBLIC + "/"), where
        assert not channel.findtext("link").endswith(".xml"), where  # the page, not the feed
        assert channel.findtext("description", "").strip(), where
        language = channel.findtext("language")
        assert language == ("en-CA" if where.startswith("en/") else "fr-CA"), where
        self_links = [(l.get("rel"), l.get("type"), l.get("href")) for l in channel.findall(f"{A}link")]
        assert self_links == [("self", "application/rss+xml", f"{PUBLIC}/{where}")], where
        assert RFC_822.match(channel.findtext("lastBuildDate", "")), where


def test_rss_items_have_a_title_link_non_permalink_guid_and_rfc_822_pub_date(site):
    for path in feed_files(site, "rss.xml"):
        where = address(site, path)
        guids = []
        for item in xml(path).find("channel").findall("item"):
            assert item.findtext("title", "").strip(), where
            assert item.findtext("link", "").startswith(PUBLIC + "/"), where
            guid = item.find("guid")
            assert guid.get("isPermaLink") == "false", where
            assert TAG_URI.match(guid.text), (where, guid.text)
            guids.append(guid.text)
            assert RFC_822.match(item.findtext("pubDate", "")), (where, item.findtext("pubDate"))
        assert len(guids) == len(set(guids)), where


def test_atom_feeds_have_the_required_elements(site):
    for path in feed_files(site, "atom.xml"):
        where = address(site, path)
        root = xml(path)
        assert root.tag == f"{A}feed", where
        assert TAG_URI.match(root.findtext(f"{A}id", "")), where
        assert root.findtext(f"{A}title", "").startswith("maillage"), where
        assert dt.datetime.fromisoformat(root.findtext(f"{A}updated")).tzinfo is not None, where
        assert root.get(XML_LANG) == ("en-CA" if where.startswith("en/") else "fr-CA"), where
        links = [(l.get("rel"), l.get("type"), l.get("href")) for l in root.findall(f"{A}link")]
        assert [l for l in links if l[0] == "self"] == [("self", "application/atom+xml", f"{PUBLIC}/{where}")], where
        alternate = [l for l in links if l[0] == "alternate"]
        assert len(alternate) == 1 and alternate[0][1] == "text/html" and alternate[0][2].startswith(PUBLIC + "/"), where


def test_atom_entries_have_an_id_title_updated_and_an_alternate_html_link(site):
    for path in feed_files(site, "atom.xml"):
        where = address(site, path)
        ids = []
        for entry in xml(path).findall(f"{A}entry"):
            ids.append(entry.findtext(f"{A}id"))
            assert TAG_URI.match(ids[-1]), where
            assert entry.findtext(f"{A}title", "").strip(), where
            assert dt.datetime.fromisoformat(entry.findtext(f"{A}updated")).tzinfo is not None, where
            alternate = [l for l in entry.findall(f"{A}link") if l.get("rel") == "alternate"]
            assert [(l.get("type"), l.get("href", "")[: len(PUBLIC) + 1]) for l in alternate] == [("text/html", PUBLIC + "/")], where
            assert entry.find(f"{A}content").get("type") == "html", where
        assert len(ids) == len(set(ids)), where


def test_every_atom_entry_has_an_author_of_its_own_or_of_its_feed(site):
    missing = []
    for path in feed_files(site, "atom.xml"):
        root = xml(path)
        if root.find(f"{A}author") is None:
            missing += [(address(site, path), e.findtext(f"{A}id")) for e in root.findall(f"{A}entry") if e.find(f"{A}author") is None]
    assert missing == []


def test_feed_updated_is_the_newest_item_never_the_build_clock(site):
    for atom in feed_files(site, "atom.xml"):
        root = xml(atom)
        newest = max(dt.datetime.fromisoformat(e.findtext(f"{A}updated")) for e in root.findall(f"{A}entry"))
        assert dt.datetime.fromisoformat(root.findtext(f"{A}updated")) == newest, atom
        rss = xml(atom.with_name("rss.xml")).find("channel")
        assert email.utils.parsedate_to_datetime(rss.findtext("lastBuildDate")) == newest, atom


def test_entries_are_newest_first(site):
    for path in feed_files(site, "atom.xml"):
        published = [dt.datetime.fromisoformat(e.findtext(f"{A}published")) for e in xml(path).findall(f"{A}entry")]
        assert published == sorted(published, reverse=True), path


def test_an_item_is_written_the_same_in_every_feed_it_belongs_to(site):
    seen = defaultdict(set)
    for path in feed_files(site, "atom.xml"):
        for entry in xml(path).findall(f"{A}entry"):
            seen[entry.findtext(f"{A}id")].add(etree.tostring(entry, method="c14n"))
    assert seen
    assert {identifier: len(forms) for identifier, forms in seen.items() if len(forms) > 1} == {}


def test_the_stylesheet_instruction_comes_first_in_every_feed(site):
    for path in feed_files(site):
        declaration, second, _rest = path.read_bytes().split(b"\n", 2)
        assert re.fullmatch(rb"<\?xml version=['\"]1\.0['\"] encoding=['\"]UTF-8['\"]\?>", declaration), path
        assert second.startswith(b"<?xml-stylesheet "), path
        instruction = xml(path).getprevious()
        assert instruction.target == "xml-stylesheet" and instruction.getprevious() is None, path
        assert (instruction.get("type"), instruction.get("href")) == ("text/xsl", "/theme/feed.xsl"), path


def test_the_stylesheet_the_feeds_name_shows_each_feed_as_a_page(site):
    """A browser that opens a feed applies the XSL it names: it must exist and transform every feed."""
    href = xml(site.output / "rss.xml").getprevious().get("href")
    transform = etree.XSLT(etree.parse(str(site.output / href.lstrip("/"))))
    for path in feed_files(site):
        page = BeautifulSoup(str(transform(etree.parse(str(path)))), "html.parser")
        assert page.h1.get_text(strip=True) == parsed(path).feed.title, path


FAMILY_PAGES = [
    pytest.param(("",), id="site"),
    pytest.param(("evenements/", "blogue/"), id="type"),
    pytest.param(("categories/",), id="category"),
    pytest.param(("etiquettes/",), id="tag"),
    pytest.param(("repertoire/",), id="organizer"),
    pytest.param(("missions/",), id="mission"),
    pytest.param(("regions/",), id="region"),
    pytest.param(("chroniques/",), id="column"),
    pytest.param(("series/",), id="series"),
    pytest.param(("en/",), id="english"),
]


@pytest.mark.parametrize("folder", FAMILY_PAGES)
def test_the_page_a_feed_links_to_is_written(fixture_site, feeds_site, folder):
    checked = 0
    for site_ in (fixture_site, feeds_site):
        for path in feed_files(site_, "rss.xml"):
            where = address(site_, path)
            if (where == "rss.xml") if folder == ("",) else where.startswith(folder):
                link = xml(path).find("channel").findtext("link")
                assert (site_.output / link.removeprefix(PUBLIC + "/") / "index.html").is_file(), link
                checked += 1
    assert checked


# --- what a feed holds ------------------------------------------------------------------------------


REGIONS = {
    "bas-saint-laurent": {"event:diner-a-venir-rimouski", "event:annule-rimouski", "event:annule-rimouski:change:72660", "post:billet-avec-resume", "directory:groupe-rimouski"},
    "capitale-nationale": {"event:hybride-titre-piege", "event:semaine-tout-le-jour"},
    "montreal": {"event:montreal-recurrent-avec-exception"},
    "estrie": {"directory:incubateur-sherbrooke"},
}


def test_region_feeds_hold_exactly_the_items_of_their_region(fixture_site):
    written = {p.parent.name: p for p in (fixture_site.output / "regions").glob("*/rss.xml")}
    assert set(written) == set(REGIONS)
    for slug, path in written.items():
        assert {i.removeprefix(ID) for i in entries_by_id(path)} == REGIONS[slug], slug


def region_on_page(soup):
    """The region an event page ("Région : X") or a directory page ("Ville, Région") shows."""
    shown = soup.find(string=re.compile(r"^Région\s:\s"))
    if shown:
        return re.sub(r"^Région\s:\s", "", shown.parent.get_text()).strip()  # the name is a link
    lead = soup.select_one("p.lead")
    return lead.get_text().split(", ")[-1].strip() if lead and ", " in lead.get_text() else None


def test_region_feeds_agree_with_the_region_the_items_pages_show(fixture_site):
    site_feed = parsed(fixture_site.output / "rss.xml").entries
    shown = {}
    for entry in site_feed:
        if entry.id.startswith((ID + "event:", ID + "directory:")):
            shown[entry.id] = region_on_page(page_of(fixture_site, entry.link))
    assert {r for r in shown.values() if r} == {"Bas-Saint-Laurent", "Capitale-Nationale", "Montréal", "Estrie"}
    for path in (fixture_site.output / "regions").glob("*/rss.xml"):
        region = parsed(path).feed.title.removeprefix("maillage — ")
        in_feed = {i for i in entries_by_id(path) if i in shown}
        assert in_feed == {i for i, r in shown.items() if r == region}, region


FEEDS_FIXTURE_ITEMS = [
    # (id after the tag: prefix, title, in the feeds?)
    ("post:billet-publie-une-heure-avant-la-construction", "Billet publié une heure avant la construction", True),
    ("post:serie-regions-partie-1", "Les régions branchées, partie 1 : le constat", True),
    ("post:billet-avec-traduction-brouillon", "Billet avec une traduction en brouillon", True),
    ("event:atelier-rimouski-avec-affiche:en", "Mapping workshop in Rimouski", True),
    ("post:brouillon-secret", "Brouillon secret", False),
    ("post:billet-avec-traduction-brouillon:en", "Post whose translation is a draft", False),
    ("post:billet-cache", "Billet caché", False),
    ("post:billet-publie-dans-le-futur", "Billet publié dans le futur", False),
    ("post:billet-publie-une-heure-apres-la-construction", "Billet publié une heure après la construction", False),
]


@pytest.mark.parametrize("identifier, title, listed", FEEDS_FIXTURE_ITEMS, ids=[i for i, _t, _l in FEEDS_FIXTURE_ITEMS])
def test_drafts_hidden_and_future_dated_content_never_appear_in_any_feed(feeds_site, identifier, title, listed):
    found = {
        address(feeds_site, path)
        for path in feed_files(feeds_site)
        for entry in parsed(path).entries
        if entry.id == ID + identifier or entry.title == title
    }
    if listed:
        assert {"rss.xml", "atom.xml"} <= found or {"en/rss.xml", "en/atom.xml"} <= found
    else:
        assert found == set()


def with_extra_content(tmp_path, *extra):
    content = tmp_path / "content"
    shutil.copytree(FEEDS / "content", content)
    for folder in extra:
        shutil.copytree(FEEDS / folder, content, dirs_exist_ok=True)
    return build(content, tmp_path / "output", tmp_path / "cache")


def test_a_draft_or_future_dated_event_builds_and_is_in_no_feed(tmp_path):
    result = with_extra_content(tmp_path, "draft_and_future_events")
    assert result.returncode == 0, result.stderr[-2000:]
    ids = {e.id for path in feed_files(result) for e in parsed(path).entries}
    assert not {ID + "event:brouillon-evenement-rimouski", ID + "event:evenement-publie-dans-le-futur"} & ids


def test_a_draft_or_future_dated_post_without_category_builds_and_is_in_no_feed(tmp_path):
    result = with_extra_content(tmp_path, "draft_and_future_posts_without_category")
    assert result.returncode == 0, result.stderr[-2000:]
    ids = {e.id for path in feed_files(result) for e in parsed(path).entries}
    assert not {ID + "post:brouillon-sans-categorie", ID + "post:billet-futur-sans-categorie"} & ids


@pytest.mark.parametrize("address_", ["blogue/brouillon-secret/", "en/blog/billet-avec-traduction-brouillon/",
                                      "blogue/billet-publie-dans-le-futur/", "blogue/billet-publie-une-heure-apres-la-construction/"])
def test_drafts_and_future_dated_posts_have_no_page_yet(feeds_site, address_):
    assert not (feeds_site.output / address_ / "index.html").exists()


def test_renaming_a_title_keeps_every_id_and_changes_the_title(tmp_path, fixture_site):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", content)
    renamed = {
        "events/diner-a-venir-rimouski.md": ("Dîner « réseautage » à Rimouski", "Dîner réseautage au port de Rimouski"),
        "events/diner-a-venir-rimouski-en.md": ("Networking lunch in Rimouski", "Networking lunch at the Rimouski harbour"),
        "blog/billet-avec-resume.md": ("Billet avec résumé <script>", "Billet avec un résumé"),
    }
    for name, (before, after) in renamed.items():
        path = content / name
        text = path.read_text(encoding="utf-8")
        assert before in text
        path.write_text(text.replace(before, after, 1), encoding="utf-8")
    again = build(content, tmp_path / "output", tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    new_titles = {after for _before, after in renamed.values()}
    changed = set()
    files = [address(fixture_site, p) for p in feed_files(fixture_site)]
    assert files == [address(again, p) for p in feed_files(again)]
    for name in files:
        old, new = parsed(fixture_site.output / name).entries, parsed(again.output / name).entries
        assert [e.id for e in old] == [e.id for e in new], name
        for before, after in zip(old, new):
            if after.title in new_titles:
                assert before.title != after.title
                changed.add(after.id)
            else:
                assert before.title == after.title, name
    assert changed == {ID + "event:diner-a-venir-rimouski", ID + "event:diner-a-venir-rimouski:en", ID + "post:billet-avec-resume"}


CANCELLED_IN = ["rss.xml", "evenements/rss.xml", "regions/bas-saint-laurent/rss.xml", "repertoire/groupe-rimouski/rss.xml"]


@pytest.mark.parametrize("name", [n for rss in CANCELLED_IN for n in (rss, rss.replace("rss.xml", "atom.xml"))])
def test_a_cancelled_event_says_annule_in_its_title_and_content(fixture_site, name):
    entry = entries_by_id(fixture_site.output / name)[ID + "event:annule-rimouski"]
    assert entry.title == "ANNULÉ — Atelier annulé à Rimouski"
    assert text_of(content_of(entry)).startswith("ANNULÉ — cet événement n’aura pas lieu.")


def test_a_cancelled_events_atom_entry_is_updated_when_it_was_modified(fixture_site):
    entry = entries_by_id(fixture_site.output / "evenements" / "atom.xml")[ID + "event:annule-rimouski"]
    assert dt.datetime.fromisoformat(entry.updated) == dt.datetime.fromisoformat("2026-11-20T10:00:00-05:00")
    assert dt.datetime.fromisoformat(entry.published) == dt.datetime.fromisoformat("2026-10-01T00:00:00-04:00")


EVENTS = [
    # (feed, slug, date range, place)
    ("evenements/atom.xml", "diner-a-venir-rimouski", "vendredi 4 décembre 2026, 12 h à 13 h 30", "Café du Port, Rimouski"),
    ("evenements/atom.xml", "semaine-tout-le-jour", "du 12 au 16 avril 2027", "Centre des congrès, Québec et en ligne"),
    ("evenements/atom.xml", "conference-virtuelle-passee", "du mercredi 14 avril 2021, 9 h au jeudi 15 avril 2021, 17 h", "En ligne"),
    ("evenements/atom.xml", "web2day-nantes-heure-de-paris", "mercredi 7 juin 2017, 9 h à 18 h, heure de Paris (3 h à 12 h à Montréal)", "Stereolux, Nantes"),
    ("en/atom.xml", "diner-a-venir-rimouski", "Friday, December 4, 2026, 12:00 p.m. to 1:30 p.m.", "Café du Port, Rimouski"),
]


@pytest.mark.parametrize("feed, slug, when, place", EVENTS, ids=[f"{f.split('/')[0]}-{s}" for f, s, _w, _p in EVENTS])
def test_an_event_item_says_when_where_and_links_to_its_ics(fixture_site, feed, slug, when, place):
    suffix = ":en" if feed.startswith("en/") else ""
    entry = entries_by_id(fixture_site.output / feed)[f"{ID}event:{slug}{suffix}"]
    soup = BeautifulSoup(content_of(entry), "html.parser")
    first = soup.find("p")
    assert first.find("strong").get_text() == when
    assert first.get_text("\n").splitlines()[-1].strip() == place
    ics = [a["href"] for a in soup.find_all("a") if a["href"].endswith(".ics")]
    own = f"en/events/{slug}.ics" if feed.startswith("en/") else f"evenements/{slug}.ics"  # the feed's language
    assert ics == [f"{PUBLIC}/{own}"]
    assert (fixture_site.output / own).is_file()


def test_a_recurring_event_item_says_it_recurs(fixture_site):
    entry = entries_by_id(fixture_site.output / "evenements" / "atom.xml")[ID + "event:montreal-recurrent-avec-exception"]
    assert "récurrent" in text_of(content_of(entry)).lower()


SERIES_PARTS = [
    ("series/les-regions-branchees/atom.xml", "serie-regions-partie-1", "Partie 1 de 3 — Les régions branchées"),
    ("series/les-regions-branchees/atom.xml", "serie-regions-partie-2", "Partie 2 de 3 — Les régions branchées"),
    ("series/carnets-d-hiver/atom.xml", "autre-serie-partie-1", "Partie 1 de 1 — Carnets d’hiver"),
    ("atom.xml", "serie-regions-partie-2", "Partie 2 de 3 — Les régions branchées"),
    ("blogue/rss.xml", "serie-regions-partie-1", "Partie 1 de 3 — Les régions branchées"),
]


@pytest.mark.parametrize("feed, slug, label", SERIES_PARTS, ids=[f"{f}-{s}" for f, s, _l in SERIES_PARTS])
def test_a_series_part_says_partie_n_de_m(feeds_site, feed, slug, label):
    entry = entries_by_id(feeds_site.output / feed)[f"{ID}post:{slug}"]
    assert BeautifulSoup(content_of(entry), "html.parser").find("p").get_text() == label


def test_a_series_feed_holds_its_published_parts_only(feeds_site):
    ids = list(entries_by_id(feeds_site.output / "series" / "les-regions-branchees" / "rss.xml"))
    assert ids == [ID + "post:serie-regions-partie-2", ID + "post:serie-regions-partie-1"]


def test_a_trip_report_names_its_mission_and_its_stop(fixture_site):
    for feed in ("missions/atom.xml", "missions/mission-test-2017/atom.xml", "atom.xml"):
        entry = entries_by_id(fixture_site.output / feed)[ID + "report:mission-test-2017:rapport-nantes"]
        soup = BeautifulSoup(content_of(entry), "html.parser")
        intro = soup.find("p")
        assert intro.get_text() == "Carnet de route de la mission Mission numérique Nantes 2017, étape\u00a0: Nantes"
        assert intro.find("a")["href"] == f"{PUBLIC}/missions/mission-test-2017/"
    mission_feed = parsed(fixture_site.output / "missions" / "mission-test-2017" / "rss.xml")
    assert mission_feed.feed.title == "maillage — Mission numérique Nantes 2017"


def test_an_items_image_is_its_enclosure_with_the_size_of_the_written_file(feeds_site):
    image = feeds_site.output / "images" / "affiche-atelier.svg"
    expected = (f"{PUBLIC}/images/affiche-atelier.svg", str(image.stat().st_size), "image/svg+xml")
    for feed, identifier in (("evenements/rss.xml", "event:atelier-rimouski-avec-affiche"), ("en/rss.xml", "event:atelier-rimouski-avec-affiche:en")):
        for name in (feed, feed.replace("rss.xml", "atom.xml")):
            entry = entries_by_id(feeds_site.output / name)[ID + identifier]
            assert [(e["href"], e["length"], e["type"]) for e in entry.enclosures] == [expected], name
    atom = xml(feeds_site.output / "evenements" / "atom.xml")
    links = [dict(l.attrib) for l in atom.iter(f"{A}link") if l.get("rel") == "enclosure"]
    assert links == [{"rel": "enclosure", "type": expected[2], "length": expected[1], "href": expected[0]}]
    rss_enclosure = xml(feeds_site.output / "evenements" / "rss.xml").find("channel/item/enclosure")
    assert (rss_enclosure.get("url"), rss_enclosure.get("length"), rss_enclosure.get("type")) == expected


def test_links_and_images_in_feed_content_are_absolute(site):
    for path in feed_files(site, "atom.xml"):
        for entry in xml(path).findall(f"{A}entry"):
            soup = BeautifulSoup(entry.findtext(f"{A}content"), "html.parser")
            for element, attribute in [(a, "href") for a in soup.find_all("a", href=True)] + [(i, "src") for i in soup.find_all("img", src=True)]:
                value = element[attribute]
                assert not value.startswith("/") or value.startswith("//"), (path, value)


def test_links_editors_write_to_other_content_become_absolute(feeds_site):
    entry = entries_by_id(feeds_site.output / "evenements" / "atom.xml")[ID + "event:atelier-rimouski-avec-affiche"]
    soup = BeautifulSoup(content_of(entry), "html.parser")
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert f"{PUBLIC}/repertoire/groupe-rimouski/" in hrefs
    assert f"{PUBLIC}/blogue/serie-regions-partie-1/" in hrefs
    assert "https://www.openstreetmap.org/" in hrefs and "//cdn.example.org/guide.pdf" in hrefs
    assert [img["src"] for img in soup.find_all("img")] == [f"{PUBLIC}/images/affiche-atelier.svg"]


def test_an_editor_summary_with_markup_is_shown_as_text(fixture_site):
    for name in ("blogue/rss.xml", "blogue/atom.xml"):
        entry = entries_by_id(fixture_site.output / name)[ID + "post:billet-avec-resume"]
        soup = BeautifulSoup(entry.summary, "html.parser")
        assert soup.get_text() == "Un résumé <b>écrit</b> par l’équipe"  # typeset, and still text
        assert soup.find("b") is None
        assert text_of(content_of(entry)) == "Premier paragraphe du billet. Deuxième paragraphe."  # the full text, not the summary


def test_rss_items_name_their_authors(feeds_site):
    entry = entries_by_id(feeds_site.output / "blogue" / "rss.xml")[ID + "post:serie-regions-partie-1"]
    assert "Marie Tremblay" in entry.get("author", "")


def test_atom_entries_name_their_authors(feeds_site):
    entry = entries_by_id(feeds_site.output / "blogue" / "atom.xml")[ID + "post:serie-regions-partie-1"]
    assert [a["name"] for a in entry.authors] == ["Marie Tremblay"]


def build_with_feed_settings(tmp_path, hub_feeds):
    """The fixture site built with pelicanconf.py and another HUB_FEEDS."""
    settings = tmp_path / "feedsconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"THEME = {str(ROOT / 'theme')!r}\nHUB_FEEDS = {hub_feeds!r}\n",
        encoding="utf-8",
    )
    return build(FIXTURES / "site" / "content", tmp_path / "output", tmp_path / "cache", settings=str(settings))


def test_max_items_keeps_the_newest_items_and_the_older_ones_keep_their_pages(tmp_path, fixture_site):
    small = build_with_feed_settings(tmp_path, {"max_items": 3, "tag_year": 2026})
    assert small.returncode == 0, small.stderr
    files = [address(fixture_site, p) for p in feed_files(fixture_site)]
    assert files == [address(small, p) for p in feed_files(small)]
    # The weekly digest's feeds keep HUB_DIGEST's feed_items (tests/functional/test_digest.py).
    files = [name for name in files if not name.startswith(("infolettre/", "en/newsletter/"))]
    for name in files:
        full = parsed(fixture_site.output / name).entries
        kept = parsed(small.output / name).entries
        assert [e.id for e in kept] == [e.id for e in full[:3]], name
        for dropped in full[3:]:
            assert (small.output / dropped.link.removeprefix(PUBLIC + "/") / "index.html").is_file(), dropped.link
    assert len(parsed(fixture_site.output / "rss.xml").entries) > 3  # the site feed did lose items


def test_a_misspelled_feeds_setting_stops_the_build_and_names_the_key(tmp_path):
    result = build_with_feed_settings(tmp_path, {"max_item": 3})
    assert result.returncode != 0
    assert "hub_feeds : clé « max_item » inconnue dans HUB_FEEDS" in " ".join((result.stdout + result.stderr).split())


# --- stable output ------------------------------------------------------------------------------------


def test_two_builds_give_byte_identical_feeds(tmp_path, feeds_site):
    time.sleep(1.1)  # a clock that leaked into a feed would now read differently
    again = build(FEEDS / "content", tmp_path / "output", tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    first = {address(feeds_site, p): p.read_bytes() for p in feed_files(feeds_site)}
    second = {address(again, p): p.read_bytes() for p in feed_files(again)}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


# --- feeds declared in <head> ---------------------------------------------------------------------------


def test_every_page_declares_the_site_feed_of_its_language(site):
    pages = html_pages(site)
    assert pages
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        english = soup.html.get("lang", "").startswith("en")
        base = "/en/" if english else "/"
        declared = declared_feeds(soup)
        assert ("application/rss+xml", f"{base}rss.xml") in declared, path
        assert ("application/atom+xml", f"{base}atom.xml") in declared, path


def test_every_feed_a_page_declares_exists(site):
    for path in html_pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for _type, href in declared_feeds(soup):
            assert (site.output / href.lstrip("/")).is_file(), (path, href)


def test_an_event_page_declares_its_region_and_organizer_feeds_and_they_hold_it(fixture_site):
    page = fixture_site.page("evenements/diner-a-venir-rimouski/")
    declared = declared_feeds(page)
    expected = {
        "regions/bas-saint-laurent/": "maillage — Bas-Saint-Laurent",
        "repertoire/groupe-rimouski/": "maillage — Groupe de réseautage de Rimouski",
    }
    for base, title in expected.items():
        assert declared[("application/rss+xml", f"/{base}rss.xml")] == f"{title} (RSS)"
        assert declared[("application/atom+xml", f"/{base}atom.xml")] == f"{title} (Atom)"
        for name in ("rss.xml", "atom.xml"):
            links = [e.link for e in parsed(fixture_site.output / base / name).entries]
            assert f"{PUBLIC}/evenements/diner-a-venir-rimouski/" in links


def test_every_feed_an_item_page_declares_holds_that_item(site):
    """An item's page offers the feeds that will tell about it, not others."""
    for entry in parsed(site.output / "rss.xml").entries:
        page = page_of(site, entry.link)
        own = f"/repertoire/{entry.id.rsplit(':', 1)[1]}/rss.xml" if entry.id.startswith(ID + "directory:") else None
        for _type, href in declared_feeds(page):
            if href.endswith("rss.xml") and href != own:  # a directory entry's own feed: the events it organizes
                assert entry.id in entries_by_id(site.output / href.lstrip("/")), (entry.link, href)


CONTEXT_FEEDS = [
    # (site, page, the feed it declares besides the site feed)
    ("fixture_site", "evenements/", "evenements/"),
    ("fixture_site", "blogue/", "blogue/"),
    ("fixture_site", "chroniques/", "chroniques/"),
    ("fixture_site", "missions/", "missions/"),
    ("fixture_site", "evenements/region/bas-saint-laurent/", "regions/bas-saint-laurent/"),
    ("fixture_site", "regions/bas-saint-laurent/", "regions/bas-saint-laurent/"),
    ("fixture_site", "chroniques/chronique-numerique/", "chroniques/chronique-numerique/"),
    ("fixture_site", "chroniques/chronique-numerique/chronique-numerique-un/", "chroniques/chronique-numerique/"),
    ("fixture_site", "missions/mission-test-2017/", "missions/mission-test-2017/"),
    ("fixture_site", "missions/mission-test-2017/rapport-nantes/", "missions/mission-test-2017/"),
    ("fixture_site", "repertoire/groupe-rimouski/", "repertoire/groupe-rimouski/"),
    ("fixture_site", "categories/reseautage/", "categories/reseautage/"),
    ("fixture_site", "etiquettes/reseautage/", "etiquettes/reseautage/"),
    ("feeds_site", "blogue/serie-regions-partie-2/", "series/les-regions-branchees/"),
    ("feeds_site", "series/les-regions-branchees/", "series/les-regions-branchees/"),
    ("feeds_site", "categories/ateliers/", "categories/ateliers/"),
]


@pytest.mark.parametrize("site_name, page, base", CONTEXT_FEEDS, ids=[f"{s.split('_')[0]}:{p}" for s, p, _b in CONTEXT_FEEDS])
def test_a_page_declares_the_feed_of_its_context(request, site_name, page, base):
    built = request.getfixturevalue(site_name)
    declared = declared_feeds(built.page(page))
    title = parsed(built.output / base / "rss.xml").feed.title
    assert declared.get(("application/rss+xml", f"/{base}rss.xml")) == f"{title} (RSS)"
    assert declared.get(("application/atom+xml", f"/{base}atom.xml")) == f"{title} (Atom)"
