"""The weekly digest (hub_digest) of the fixture site at the tests' "now" (Monday 23 November
2026, 7 h in Montréal: week 48), and two weeks later: its pages, grouped events, new posts, feeds
(feedparser, no bozo), email files (no script, absolute links only, under budget), and past
digests that do not change when the site is built again later."""

import datetime as dt

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitebuild import FIXTURES, ROOT, build, text

PUBLIC = "https://maillage.quebec"
EMAIL_BUDGET = 100_000  # bytes: HUB_DIGEST's email_max_bytes; Gmail clips past 102 KB
WEEKS = [f"2026-s{n}" for n in range(48, 39, -1)]  # first_week 2026-W40 (pelicanconf.py) to now


@pytest.fixture(scope="module")
def later_site(tmp_path_factory):
    """The same fixture site built on Tuesday 8 December 2026 (week 50)."""
    base = tmp_path_factory.mktemp("digest-later")
    result = build(FIXTURES / "site" / "content", base / "output", base / "cache", epoch="1796731200")
    assert result.returncode == 0, result.stderr
    return result


def groups(page):
    """[(region heading, [event titles])] of a digest page's coming events."""
    section = page.find("section", attrs={"aria-labelledby": "a-venir"})
    return [(text(h3), [text(a) for a in h3.find_next_sibling("ul").select(".card-title a")]) for h3 in section.find_all("h3")]


def test_one_digest_per_week_since_the_first_week_newest_first(fixture_site):
    for lang, index, prefix in (("fr", "infolettre/", "infolettre/"), ("en", "en/newsletter/", "en/newsletter/")):
        page = fixture_site.page(index)
        links = [a["href"] for a in page.select("main .digest-list a")]
        weeks = WEEKS if lang == "fr" else [w.replace("-s", "-w") for w in WEEKS]
        assert links == [f"/{prefix}{week}/" for week in weeks]
    assert not (fixture_site.output / "infolettre" / "2026-s49").exists()  # next week's is not out yet


def test_this_weeks_digest_groups_the_next_two_weeks_events_by_region(fixture_site):
    page = fixture_site.page("infolettre/2026-s48/")
    assert text(page.find("h1")) == "Infolettre de la semaine du lundi 23 novembre 2026"
    assert text(page.find("h2", id="a-venir")) == "Événements du 23 novembre au 6 décembre 2026"
    # Rimouski is region 01, Montréal 06; the monthly breakfast's December date; nothing after 6 December
    assert groups(page) == [
        ("Bas-Saint-Laurent", ["Dîner « réseautage » à Rimouski"]),
        ("Montréal", ["Déjeuner mensuel à Montréal"]),
    ]
    assert "jeudi 3 décembre 2026" in text(page.find("section", attrs={"aria-labelledby": "a-venir"}))
    assert "Aucune nouvelle publication cette semaine." in text(page.find("section", attrs={"aria-labelledby": "nouveautes"}))


def test_the_english_digest_shows_translations_in_english(fixture_site):
    page = fixture_site.page("en/newsletter/2026-w48/")
    assert page.find("html")["lang"] == "en-CA"
    assert text(page.find("h1")) == "Newsletter for the week of Monday, November 23, 2026"
    assert groups(page) == [("Bas-Saint-Laurent", ["Networking lunch in Rimouski"]), ("Montréal", ["Déjeuner mensuel à Montréal"])]
    canonical = page.find("link", rel="canonical")["href"]
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate", hreflang=True)}
    assert (canonical, alternates) == ("/en/newsletter/2026-w48/", {"fr-CA": "/infolettre/2026-s48/", "en-CA": "/en/newsletter/2026-w48/"})


def test_a_past_week_lists_the_posts_of_the_week_before_its_monday(fixture_site):
    page = fixture_site.page("infolettre/2026-s43/")  # Monday 19 October: the post of Thursday 15 October
    section = page.find("section", attrs={"aria-labelledby": "nouveautes"})
    assert [a["href"] for a in section.select(".card-title a")] == ["/blogue/billet-avec-resume/"]
    assert fixture_site.page("infolettre/2026-s44/").find("section", attrs={"aria-labelledby": "nouveautes"}).select(".card-title a") == []


def test_pages_declare_the_digest_feed_and_the_subscribe_page_lists_it(fixture_site):
    for address, feed in (("infolettre/2026-s48/", "/infolettre/"), ("infolettre/", "/infolettre/"), ("en/newsletter/2026-w48/", "/en/newsletter/")):
        heads = {link["href"] for link in fixture_site.page(address).find_all("link", rel="alternate", type=True)}
        assert {feed + "rss.xml", feed + "atom.xml"} <= heads, address
    for address, feed in (("abonnements/", "/infolettre/"), ("en/subscribe/", "/en/newsletter/")):
        section = fixture_site.page(address).find("section", attrs={"aria-labelledby": "infolettre"})
        assert {feed + "rss.xml", feed + "atom.xml"} <= {a["href"] for a in section.find_all("a")}, address


@pytest.mark.parametrize(("folder", "lang"), [("infolettre", "fr"), ("en/newsletter", "en")])
@pytest.mark.parametrize("kind", ["rss.xml", "atom.xml"])
def test_the_feed_has_one_entry_per_digest_with_its_full_email_content(fixture_site, folder, lang, kind):
    parsed = feedparser.parse((fixture_site.output / folder / kind).read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    suffix = "" if lang == "fr" else ":en"
    assert [e.id for e in parsed.entries] == [f"tag:maillage.quebec,2026:digest:2026-w{n}{suffix}" for n in range(48, 39, -1)]
    newest = parsed.entries[0]
    week = "2026-s48" if lang == "fr" else "2026-w48"
    assert newest.link == f"{PUBLIC}/{folder}/{week}/"
    # updated from content: Monday 00:00 in Montréal (nothing it shows changed since), never the build's clock
    assert dt.datetime(*newest.updated_parsed[:6]) == dt.datetime(2026, 11, 23, 5, 0)
    content = BeautifulSoup(newest.content[0].value, "html.parser")
    assert f"{PUBLIC}/{'evenements' if lang == 'fr' else 'en/events'}/diner-a-venir-rimouski/" in [a["href"] for a in content.find_all("a")]


@pytest.mark.parametrize(("page", "name"), [("infolettre/2026-s48/", "courriel"), ("en/newsletter/2026-w48/", "email")])
def test_the_email_has_no_script_only_absolute_links_and_stays_under_budget(fixture_site, later_site, page, name):
    for site in (fixture_site, later_site):
        path = site.output / page / f"{name}.html"
        assert path.stat().st_size < EMAIL_BUDGET
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert soup.find_all(["script", "link", "style", "iframe", "form"]) == []
        links = [a["href"] for a in soup.find_all("a", href=True)]
        assert links and all(href.startswith(PUBLIC + "/") for href in links), links
        assert all(not attribute.startswith("on") for tag in soup.find_all(True) for attribute in tag.attrs)
        plain = (site.output / page / f"{name}.txt").read_text(encoding="utf-8")
        assert f"{PUBLIC}/{page}" in plain and "<a " not in plain


def test_two_weeks_later_a_cancelled_event_is_marked_and_a_hostile_title_stays_text(later_site):
    page = later_site.page("infolettre/2026-s50/")
    assert groups(page) == [
        ("Bas-Saint-Laurent", ["Atelier annulé à Rimouski"]),
        ("Capitale-Nationale", ["Soirée </script> & <b>réseau</b>; à Québec, enfin"]),
    ]
    email = BeautifulSoup((later_site.output / "infolettre/2026-s50/courriel.html").read_text(encoding="utf-8"), "html.parser")
    rows = [text(td) for td in email.find_all("td") if td.find("a", href=f"{PUBLIC}/evenements/annule-rimouski/")]
    assert rows and rows[-1].startswith("ANNULÉ — Atelier annulé à Rimouski")
    assert "ANNULÉ — Atelier annulé à Rimouski" in (later_site.output / "infolettre/2026-s50/courriel.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["infolettre/2026-s48/courriel.html", "infolettre/2026-s48/courriel.txt", "en/newsletter/2026-w45/email.html"])
def test_a_past_digest_is_the_same_when_built_later(fixture_site, later_site, name):
    assert (later_site.output / name).read_bytes() == (fixture_site.output / name).read_bytes()


def build_with_digest_settings(tmp_path, hub_digest):
    """The fixture site built with pelicanconf.py and another HUB_DIGEST."""
    settings = tmp_path / "digestconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"THEME = {str(ROOT / 'theme')!r}\nHUB_DIGEST = {hub_digest!r}\n",
        encoding="utf-8",
    )
    return build(FIXTURES / "site" / "content", tmp_path / "output", tmp_path / "cache", settings=str(settings))


def test_settings_set_the_first_week_the_window_the_feed_size_and_the_email_budget(tmp_path):
    result = build_with_digest_settings(tmp_path, {"first_week": "2026-W46", "weeks_ahead": 3, "feed_items": 2, "email_max_bytes": 1000})
    assert result.returncode == 0, result.stderr  # an email over budget is a warning, not a failure
    assert sorted(p.name for p in (result.output / "infolettre").glob("2026-s*")) == ["2026-s46", "2026-s47", "2026-s48"]
    assert len(feedparser.parse((result.output / "infolettre" / "rss.xml").read_bytes()).entries) == 2
    page = result.page("infolettre/2026-s48/")
    assert groups(page)[0] == ("Bas-Saint-Laurent", ["Dîner « réseautage » à Rimouski", "Atelier annulé à Rimouski"])  # to 13 December
    warnings = " ".join((result.stdout + result.stderr).split())
    assert "infolettre/2026-s48/courriel.html pèse" in warnings and "plus que email_max_bytes de HUB_DIGEST (1000)" in warnings


def test_a_misspelled_digest_setting_stops_the_build_and_names_the_key(tmp_path):
    result = build_with_digest_settings(tmp_path, {"first_weeks": "2026-W40"})
    assert result.returncode != 0
    assert "hub_digest : clé « first_weeks » inconnue dans HUB_DIGEST" in " ".join((result.stdout + result.stderr).split())
