"""hub_feeds.families: which feeds an item lands in, in what order, under which file names.

Stand-in items are `types.SimpleNamespace` objects with the attributes an item has after
hub_frontmatter and hub_core.references (`organizer_link`, `mission_item`)."""

import datetime as dt
import itertools
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from babel.messages.catalog import Catalog

from hub_core.i18n import TRANSLATIONS, Catalogs, load_catalogs
from hub_feeds import families
from hub_feeds.families import plan

TORONTO = ZoneInfo("America/Toronto")
SITE = "maillage"
WORDS = Catalogs(load_catalogs(TRANSLATIONS))  # the site's catalog: the feeds' titles
FOLDERS = {"event": "events", "post": "blog", "chronicle": "chronicles", "report": "missions", "mission": "missions"}

BAS_SAINT_LAURENT = SimpleNamespace(slug="bas-saint-laurent", name_fr="Bas-Saint-Laurent")
VIE_ASSOCIATIVE = SimpleNamespace(name="Vie associative", slug="vie-associative")
RESEAUTAGE = SimpleNamespace(name="réseautage", slug="reseautage")
NUMERIQUE = SimpleNamespace(name="numérique", slug="numerique")
GROUPE_RIMOUSKI = {"name": "Groupe de réseautage de Rimouski", "url": "repertoire/groupe-rimouski/", "internal": True}
MISSION = SimpleNamespace(slug="mission-nantes-2017", title="Mission numérique Nantes 2017", url="missions/mission-nantes-2017/")


def item(hub_type="event", slug="atelier-rimouski", lang="fr", date=dt.datetime(2026, 11, 1, 9, 0, tzinfo=TORONTO), **overrides):
    values = dict(
        hub_type=hub_type,
        hub_key=f"{hub_type}:{slug}",
        hub_source=f"{FOLDERS[hub_type]}/{slug}{'' if lang == 'fr' else '-' + lang}.md",
        hub_parent="",
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        url=f"x/{slug}/",
        lang=lang,
        date=date,
        modified=None,
        status="published",
        region=None,
        category=None,
        tags=[],
        series=None,
        column=None,
        organizer=None,
        organizer_link=None,
        mission_item=None,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def event_in_rimouski(**overrides):
    values = dict(
        region=BAS_SAINT_LAURENT,
        organizer="groupe-rimouski",
        organizer_link=GROUPE_RIMOUSKI,
        category=VIE_ASSOCIATIVE,
        tags=[RESEAUTAGE, NUMERIQUE],
    )
    values.update(overrides)
    return item("event", **values)


def trip_report():
    return item("report", slug="rapport-nantes", hub_parent=MISSION.slug, hub_key=f"report:{MISSION.slug}:rapport-nantes", mission_item=MISSION)


def feeds_of(found, target):
    """{(family, slug)} of the feeds that hold `target`."""
    return {(f.family, f.slug) for f in found if any(i is target for i in f.items)}


def bases(found):
    return {(f.family, f.slug): f.base for f in found}


def test_an_event_in_rimouski_lands_in_the_site_type_region_organizer_category_and_tag_feeds():
    event = event_in_rimouski()
    found = plan([event], SITE, WORDS)
    assert feeds_of(found, event) == {
        ("site", ""),
        ("type", "evenements"),
        ("region", "bas-saint-laurent"),
        ("organizer", "groupe-rimouski"),
        ("category", "vie-associative"),
        ("tag", "reseautage"),
        ("tag", "numerique"),
    }
    assert bases(found) == {
        ("site", ""): "",
        ("type", "evenements"): "evenements/",
        ("region", "bas-saint-laurent"): "regions/bas-saint-laurent/",
        ("organizer", "groupe-rimouski"): "repertoire/groupe-rimouski/",
        ("category", "vie-associative"): "categories/vie-associative/",
        ("tag", "reseautage"): "etiquettes/reseautage/",
        ("tag", "numerique"): "etiquettes/numerique/",
    }


def test_feed_titles_name_the_site_and_what_the_feed_follows():
    found = plan([event_in_rimouski()], SITE, WORDS)
    titles = {(f.family, f.slug): f.title for f in found}
    assert titles[("site", "")] == "maillage"
    assert titles[("type", "evenements")] == "maillage — Événements"
    assert titles[("region", "bas-saint-laurent")] == "maillage — Bas-Saint-Laurent"
    assert titles[("organizer", "groupe-rimouski")] == "maillage — Groupe de réseautage de Rimouski"
    assert titles[("category", "vie-associative")] == "maillage — Catégorie : Vie associative"
    assert titles[("tag", "reseautage")] == "maillage — Étiquette : réseautage"


def test_an_organizer_outside_the_directory_gets_no_feed():
    event = event_in_rimouski(organizer={"name": "Ville de Rimouski", "url": "https://rimouski.ca"},
                              organizer_link={"name": "Ville de Rimouski", "url": "https://rimouski.ca", "internal": False})
    assert "organizer" not in {family for family, _slug in feeds_of(plan([event], SITE, WORDS), event)}


def test_a_directory_slug_that_names_no_entry_gets_no_feed():
    event = event_in_rimouski(organizer="groupe-disparu", organizer_link=None)
    assert "organizer" not in {family for family, _slug in feeds_of(plan([event], SITE, WORDS), event)}


def test_a_trip_report_lands_in_its_missions_feed_and_in_missions():
    report = trip_report()
    found = plan([report], SITE, WORDS)
    assert feeds_of(found, report) == {("site", ""), ("type", "missions"), ("mission", "mission-nantes-2017")}
    mission_feed = next(f for f in found if f.family == "mission")
    assert mission_feed.base == "missions/mission-nantes-2017/"
    assert mission_feed.title == "maillage — Mission numérique Nantes 2017"  # the mission's title, not the report's


def test_a_mission_and_its_reports_share_one_mission_feed():
    mission = item("mission", slug=MISSION.slug, title=MISSION.title, hub_parent=MISSION.slug, mission_item=None)
    report = trip_report()
    found = plan([report, mission], SITE, WORDS)
    mission_feeds = [f for f in found if f.family == "mission"]
    assert [(f.slug, f.title) for f in mission_feeds] == [("mission-nantes-2017", "maillage — Mission numérique Nantes 2017")]
    assert {i.slug for i in mission_feeds[0].items} == {"rapport-nantes", MISSION.slug}


def test_an_event_of_a_mission_is_in_the_missions_feed_but_not_in_missions():
    event = item("event", slug="web2day-nantes", mission_item=MISSION)
    assert feeds_of(plan([event], SITE, WORDS), event) == {("site", ""), ("type", "evenements"), ("mission", "mission-nantes-2017")}


def test_a_chronicle_lands_in_its_columns_feed():
    chronicle = item("chronicle", slug="la-fibre", column="Chronique numérique", hub_parent="chronique-numerique")
    found = plan([chronicle], SITE, WORDS)
    assert feeds_of(found, chronicle) == {("site", ""), ("type", "chroniques"), ("column", "chronique-numerique")}
    assert bases(found)[("column", "chronique-numerique")] == "chroniques/chronique-numerique/"


def test_a_column_field_on_a_blog_post_makes_no_column_feed():
    post = item("post", slug="billet", column="Chronique numérique")
    assert feeds_of(plan([post], SITE, WORDS), post) == {("site", ""), ("type", "blogue")}


def test_a_series_part_lands_in_its_series_feed():
    post = item("post", slug="partie-1", series="Les régions branchées")
    found = plan([post], SITE, WORDS)
    assert feeds_of(found, post) == {("site", ""), ("type", "blogue"), ("series", "les-regions-branchees")}
    series_feed = next(f for f in found if f.family == "series")
    assert (series_feed.base, series_feed.title) == ("series/les-regions-branchees/", "maillage — Série : Les régions branchées")


def test_an_english_translation_is_only_in_the_english_feed():
    english = event_in_rimouski(lang="en", hub_key="event:atelier-rimouski", series="A series", mission_item=MISSION)
    found = plan([english], SITE, WORDS)
    assert feeds_of(found, english) == {("english", "")}
    english_feed = found[0]
    assert (english_feed.base, english_feed.lang, english_feed.title) == ("en/", "en", "maillage (English)")


def test_the_english_feed_title_is_the_catalogs():
    """The title is the catalog's English for the family's message, not words kept in the code."""
    english = Catalog(locale="en")
    english.add("%(site)s (en anglais)", "%(site)s in English")
    found = plan([event_in_rimouski(lang="en")], SITE, Catalogs({"en": english}))
    assert [(f.family, f.title) for f in found] == [("english", "maillage in English")]
    found = plan([event_in_rimouski(lang="en")], SITE, Catalogs({}))  # no English words: the French source
    assert [(f.family, f.title) for f in found] == [("english", "maillage (en anglais)")]


def test_french_items_are_never_in_the_english_feed_and_every_french_feed_says_fr():
    french, english = event_in_rimouski(), event_in_rimouski(lang="en")
    found = plan([french, english], SITE, WORDS)
    english_feed = next(f for f in found if f.family == "english")
    assert english_feed.items == [english]
    assert {f.lang for f in found if f.family != "english"} == {"fr"}


@pytest.mark.parametrize(
    "base, rss, atom",
    [
        ("", "rss.xml", "atom.xml"),
        ("evenements/", "evenements/rss.xml", "evenements/atom.xml"),
        ("regions/bas-saint-laurent/", "regions/bas-saint-laurent/rss.xml", "regions/bas-saint-laurent/atom.xml"),
        ("etiquettes/numerique/", "etiquettes/numerique/rss.xml", "etiquettes/numerique/atom.xml"),
    ],
)
def test_file_names_are_rss_and_atom_under_the_base(base, rss, atom):
    feed = next(f for f in plan([event_in_rimouski()], SITE, WORDS) if f.base == base)
    assert (feed.rss, feed.atom) == (rss, atom)


def test_every_feed_has_its_own_files():
    items = [event_in_rimouski(), event_in_rimouski(lang="en"), trip_report(),
             item("chronicle", slug="la-fibre", column="Chronique numérique"), item("post", slug="p", series="Une série")]
    files = [name for f in plan(items, SITE, WORDS) for name in (f.rss, f.atom)]
    assert len(files) == len(set(files))


def test_items_are_newest_first():
    old = event_in_rimouski(slug="ancien", date=dt.datetime(2025, 3, 1, tzinfo=TORONTO))
    new = event_in_rimouski(slug="nouveau", date=dt.datetime(2026, 11, 1, tzinfo=TORONTO))
    middle = item("post", slug="billet", region=BAS_SAINT_LAURENT, date=dt.datetime(2026, 1, 15, 8, 30, tzinfo=TORONTO))
    for feed in plan([old, new, middle], SITE, WORDS):
        dates = [i.date for i in feed.items]
        assert dates == sorted(dates, reverse=True), feed.base
    site = next(f for f in plan([old, new, middle], SITE, WORDS) if f.family == "site")
    assert [i.slug for i in site.items] == ["nouveau", "billet", "ancien"]


def test_items_of_the_same_date_come_in_the_same_order_whatever_order_they_are_given_in():
    same = dt.datetime(2026, 10, 1, tzinfo=TORONTO)
    items = [event_in_rimouski(slug=s, date=same) for s in ("annule", "hybride", "semaine")]
    items.append(item("post", slug="billet", date=same, region=BAS_SAINT_LAURENT))
    orders = set()
    for permutation in itertools.permutations(items):
        found = plan(list(permutation), SITE, WORDS)
        orders.add(tuple((f.base, tuple(i.hub_source for i in f.items)) for f in found))
    assert len(orders) == 1


def test_feeds_come_in_a_stable_order():
    items = [event_in_rimouski(), trip_report(), item("post", slug="p", series="Une série")]
    first = [f.base for f in plan(items, SITE, WORDS)]
    assert first == [f.base for f in plan(list(reversed(items)), SITE, WORDS)]
    assert first == sorted(first)


def test_an_item_is_in_a_feed_once_even_when_it_names_a_tag_twice():
    event = event_in_rimouski(tags=[RESEAUTAGE, RESEAUTAGE])
    tag_feed = next(f for f in plan([event], SITE, WORDS) if (f.family, f.slug) == ("tag", "reseautage"))
    assert tag_feed.items == [event]


def test_a_directory_entry_is_in_the_site_and_region_feeds_but_in_no_type_or_tag_feed():
    entry = item("event", slug="groupe-rimouski", region=BAS_SAINT_LAURENT, tags=[RESEAUTAGE])
    entry.hub_type, entry.hub_key = "directory", "directory:groupe-rimouski"
    assert feeds_of(plan([entry], SITE, WORDS), entry) == {("site", ""), ("region", "bas-saint-laurent")}


def test_a_missions_tags_make_no_tag_feed():
    mission = item("mission", slug=MISSION.slug, hub_parent=MISSION.slug, tags=[RESEAUTAGE])
    assert "tag" not in {family for family, _slug in feeds_of(plan([mission], SITE, WORDS), mission)}


def test_an_item_with_no_context_is_only_in_the_site_and_type_feeds():
    post = item("post", slug="billet-simple")
    assert feeds_of(plan([post], SITE, WORDS), post) == {("site", ""), ("type", "blogue")}



# --- rows by name, never by position ---------------------------------------------------------------


def test_an_item_s_own_feeds_are_named_rows_in_the_order_of_item_feeds(monkeypatch):
    from hub_feeds import families  # noqa: PLC0415

    expected = ["region", "series", "column", "mission", "organizer", "category"]
    assert [f.name for f in families.named(families.ITEM_FEEDS)] == expected
    # A row moved (or added) anywhere in the table changes nothing.
    monkeypatch.setattr(families, "FAMILIES", tuple(reversed(families.FAMILIES)))
    assert [f.name for f in families.named(families.ITEM_FEEDS)] == expected


@pytest.mark.parametrize(
    "name, base",
    [
        ("site", ""),
        ("english", "en/"),
        ("type", "{slug}/"),
        ("region", "regions/{slug}/"),
        ("series", "series/{slug}/"),
        ("column", "chroniques/{slug}/"),
        ("mission", "missions/{slug}/"),
        ("organizer", "repertoire/{slug}/"),
        ("category", "categories/{slug}/"),
        ("tag", "etiquettes/{slug}/"),
    ],
)
def test_each_family_writes_where_hub_core_urls_says(name, base):
    (family,) = families.named((name,))
    assert (family.base, family.page) == (base, base)


@pytest.mark.parametrize(
    "hub_type, slug",
    [("event", "evenements"), ("post", "blogue"), ("chronicle", "chroniques"), ("mission", "missions"), ("report", "missions")],
)
def test_a_type_feed_is_in_its_listing_pages_folder(hub_type, slug):
    item = SimpleNamespace(lang="fr", hub_type=hub_type)
    assert [key for key, _title in families._type(item)] == [slug]
