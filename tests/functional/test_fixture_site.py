"""The fixture site: every content type at its address, lists that hold what they should."""

import pytest

ADDRESSES = [
    ("event", "evenements/diner-a-venir-rimouski/"),
    ("event translation", "en/events/diner-a-venir-rimouski/"),
    ("event online", "evenements/conference-virtuelle-passee/"),
    ("event abroad", "evenements/web2day-nantes-heure-de-paris/"),
    ("post", "blogue/billet-avec-resume/"),
    ("post slug from title", "blogue/billet-sans-resume/"),
    ("chronicle", "chroniques/chronique-numerique/chronique-numerique-un/"),
    ("mission", "missions/mission-test-2017/"),
    ("trip report", "missions/mission-test-2017/rapport-nantes/"),
    ("directory entry", "repertoire/groupe-rimouski/"),
    ("page", "a-propos/"),
    ("home", ""),
    ("upcoming events", "evenements/"),
    ("past events", "evenements/archives/"),
    ("blog", "blogue/"),
    ("directory", "repertoire/"),
    ("regions", "regions/"),
    ("missions", "missions/"),
    ("chronicles", "chroniques/"),
]


@pytest.mark.parametrize(("kind", "address"), ADDRESSES, ids=[a[0] for a in ADDRESSES])
def test_each_item_is_written_at_its_address(fixture_site, kind, address):
    page = fixture_site.page(address)
    assert page.find("h1") is not None


def test_build_is_clean(fixture_site):
    assert fixture_site.problem_lines == []


def test_nothing_else_is_written_for_items(fixture_site):
    files = fixture_site.files()
    assert not [f for f in files if f.startswith(("drafts/", "author/", "category/", "tag/", "feeds/"))]
    assert "images/carre.svg" in files


def links(page):
    return {a["href"] for a in page.find_all("a", href=True)}


@pytest.mark.parametrize("address", ["blogue/", "categories/vie-associative/", "etiquettes/regions/", "auteurs/marie-tremblay/"])
def test_directory_entries_and_missions_are_not_blog_articles(fixture_site, address):
    hrefs = links(fixture_site.page(address))
    assert not [h for h in hrefs if h.startswith("/repertoire/") and h != "/repertoire/"]
    assert "/missions/mission-test-2017/" not in hrefs


def test_blog_lists_posts(fixture_site):
    hrefs = links(fixture_site.page("blogue/"))
    assert {"/blogue/billet-avec-resume/", "/blogue/billet-sans-resume/"} <= hrefs


def test_home_shows_upcoming_events_and_latest_posts(fixture_site):
    page = fixture_site.page("")
    hrefs = links(page)
    listed = {a["href"] for a in page.select(".card-title a[href]")}  # what the home lists, one card each
    assert "/evenements/diner-a-venir-rimouski/" in hrefs
    assert "/evenements/conference-virtuelle-passee/" not in hrefs, "a past event is not upcoming"
    assert "/blogue/billet-avec-resume/" in hrefs
    # A directory entry may be linked as an event's organizer, never listed as a post or an event.
    assert not [h for h in listed if h.startswith("/repertoire/")], listed
    assert "/missions/mission-test-2017/" not in hrefs, "a mission is not a post, and this one is past"
    assert "/missions/mission-test-2017/rapport-nantes/" in listed, "a trip report is one of the latest posts"


def test_upcoming_and_archive_split_on_source_date_epoch(fixture_site):
    upcoming = links(fixture_site.page("evenements/"))
    archive = links(fixture_site.page("evenements/archives/"))
    assert "/evenements/diner-a-venir-rimouski/" in upcoming
    assert "/evenements/diner-a-venir-rimouski/" not in archive
    assert "/evenements/conference-virtuelle-passee/" in archive
    assert "/evenements/web2day-nantes-heure-de-paris/" in archive


@pytest.mark.parametrize(
    ("address", "lang"),
    [("evenements/diner-a-venir-rimouski/", "fr-CA"), ("en/events/diner-a-venir-rimouski/", "en-CA"), ("", "fr-CA")],
)
def test_pages_declare_their_language(fixture_site, address, lang):
    assert fixture_site.page(address).html["lang"] == lang


def test_translation_is_linked_both_ways(fixture_site):
    french = fixture_site.page("evenements/diner-a-venir-rimouski/")
    english = fixture_site.page("en/events/diner-a-venir-rimouski/")
    assert french.find("link", rel="alternate", hreflang="en-CA")["href"].endswith("/en/events/diner-a-venir-rimouski/")
    assert english.find("link", rel="alternate", hreflang="fr-CA")["href"].endswith("/evenements/diner-a-venir-rimouski/")


def test_editor_text_is_escaped(fixture_site):
    page = fixture_site.page("blogue/billet-avec-resume/")
    assert page.find("h1").get_text(strip=True) == "Billet avec résumé <script>"
    assert all(s.get("type") in ("application/ld+json",) or s.get("src") for s in page.find_all("script"))
    blog = fixture_site.page("blogue/")
    assert "Un résumé <b>écrit</b> par l’équipe" in blog.get_text()
    assert not [b for b in blog.find_all("b") if b.get_text() == "écrit"]


def test_summary_defaults_to_the_first_paragraph(fixture_site):
    text = fixture_site.page("blogue/").get_text()
    assert "sert de résumé" in text
    assert "Le second n'y est pas" not in text


def test_french_typography_in_bodies(fixture_site):
    body = fixture_site.page("blogue/billet-sans-resume/").get_text()
    assert "«\xa0premier\xa0»" in body


def event_times(page):
    return [t["datetime"] for t in page.find_all("time", datetime=True)]


def test_event_times_are_local_with_their_offset(fixture_site):
    times = event_times(fixture_site.page("evenements/diner-a-venir-rimouski/"))
    assert "2026-12-04T12:00:00-05:00" in times


def test_event_abroad_keeps_its_own_time_zone(fixture_site):
    times = event_times(fixture_site.page("evenements/web2day-nantes-heure-de-paris/"))
    assert "2017-06-07T09:00:00+02:00" in times


def test_unquoted_program_time_is_not_read_as_sexagesimal(fixture_site):
    """`start: 10:15` in YAML 1.1 is the number 615; here it is 10 h 15 in Nantes."""
    times = event_times(fixture_site.page("evenements/web2day-nantes-heure-de-paris/"))
    assert "2017-06-07T10:15:00+02:00" in times


def test_tag_names_are_shown_with_quebec_typography_and_kept_as_written_in_data(fixture_site):
    """The editor wrote `tags: [régions, "l'IA"]`: pages show l’IA (the French apostrophe), feeds'
    categories keep the name as written, and the address comes from the name as written."""
    import feedparser  # noqa: PLC0415

    post = fixture_site.page("blogue/billet-avec-resume/")
    chips = [a.get_text() for a in post.select(".tags a[rel=tag]")]
    assert "l\u2019IA" in chips and "l'IA" not in chips
    tag_page = fixture_site.page("etiquettes/lia/")
    assert tag_page.find("h1").get_text(" ", strip=True).endswith("l\u2019IA")
    assert "l\u2019IA" in [a.get_text(" ", strip=True).split(" (")[0] for a in fixture_site.page("etiquettes/").select("main li a")]
    subscribe = fixture_site.page("abonnements/")
    assert "l\u2019IA" in [s.get_text() for s in subscribe.select(".subscribe-title")]
    feed = feedparser.parse((fixture_site.output / "etiquettes" / "lia" / "rss.xml").read_bytes())
    assert feed.feed.title.endswith("l\u2019IA")
    assert {"l'IA"} <= {t.term for e in feed.entries for t in e.tags}
