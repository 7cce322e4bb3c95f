"""Series and chronicle columns, built from tests/fixtures/series/content and parsed.

The fixture: a series "Démarrer en IA : <vraiment>" whose parts 1 and 2 are published and part 3
is announced (`series_upcoming` on part 2); a series "Bilan des régions" whose
announced part 2 was expected before "now"; a column "Chronique des régions" of three chronicles
by Julie Roy and Marc Lavoie; an English translation of part 1.
"""

import re
from urllib.parse import urlsplit

import feedparser
import pytest

from sitebuild import FIXTURES, build, build_once, hrefs, text

SERIES = "series/demarrer-en-ia-vraiment/"
PART_1, PART_2 = "blogue/demarrer-en-ia-1/", "blogue/demarrer-en-ia-2/"
LATE = "series/bilan-des-regions/"
COLUMN = "chroniques/chronique-des-regions/"
ONE, TWO, THREE = (COLUMN + s + "/" for s in ("chronique-un", "chronique-deux", "chronique-trois"))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_once(tmp_path_factory, FIXTURES / "series" / "content", "series-site")




def head_feeds(page):
    return {link["href"] for link in page.head.find_all("link", rel="alternate", href=True) if link.get("type") == "application/rss+xml"}


def test_the_build_is_clean(site):
    assert site.problem_lines == []


# --- A part of a series -------------------------------------------------------------------

@pytest.mark.parametrize("address, label", [(PART_1, "Partie 1 de 3"), (PART_2, "Partie 2 de 3")])
def test_each_part_says_its_number_of_the_count_with_announced_parts(site, address, label):
    kicker = site.page(address).select_one(".item-header .kicker")
    assert text(kicker) == f"{label} — Démarrer en IA : <vraiment>"
    assert hrefs(kicker) == ["/" + SERIES]


@pytest.mark.parametrize(
    "address, previous, following",
    [(PART_1, None, "/" + PART_2), (PART_2, "/" + PART_1, None)],
)
def test_previous_and_next_parts(site, address, previous, following):
    box = site.page(address).select_one("nav.series-box")
    found_previous = box.find("a", rel="prev")
    found_next = box.find("a", rel="next")
    assert (found_previous["href"] if found_previous else None) == previous
    assert (found_next["href"] if found_next else None) == following


def test_the_last_part_announces_the_next_one_with_its_date(site):
    box = site.page(PART_2).select_one("nav.series-box")
    announced = box.select_one(".series-announced")
    assert text(announced) == "Prochaine partie : Démarrer en IA, partie 3 : le bilan — prévue le 7 décembre 2026"
    assert announced.find("time")["datetime"] == "2026-12-07"


@pytest.mark.parametrize("address", [PART_1, PART_2])
def test_each_part_lists_the_whole_series_current_one_marked(site, address):
    items = site.page(address).select("nav.series-box ol.series-parts > li")
    assert [li.get("value") for li in items] == ["1", "2", "3"]
    current = [li for li in items if li.find("a", attrs={"aria-current": "page"})]
    assert [li.find("a")["href"] for li in current] == ["/" + address]
    assert "is-announced" in items[2]["class"] and items[2].find("a") is None
    assert "prévue le 7 décembre 2026" in text(items[2])


def test_an_announced_part_already_published_is_no_longer_announced(site):
    # Part 1 announced part 2; part 2 is published, so only part 3 is still to come.
    assert "annonce remplacée" not in site.page(SERIES).get_text()
    assert "annonce remplacée" not in site.page(PART_1).get_text()


def test_the_english_translation_points_to_the_english_series_page(site):
    page = site.page("en/blog/demarrer-en-ia-1/")
    kicker = page.select_one(".item-header .kicker")
    assert text(kicker) == "Part 1 of 3 — Démarrer en IA : <vraiment>"
    link = kicker.find("a")
    assert link["href"] == "/en/" + SERIES and link.get("hreflang") is None
    assert link["lang"] == "fr-CA"  # the series' title is the editors' French
    assert (site.output / "en" / SERIES / "index.html").is_file()
    # The series box speaks English; its parts link their English translation when there is one.
    box = page.select_one("nav.series-box")
    assert text(box.select_one("h2 .kicker")) == "Series in 3 parts"
    current = box.select_one("li.is-current a")
    assert current["href"] == "/en/blog/demarrer-en-ia-1/" and current["aria-current"] == "page"
    other = box.select_one("ol.series-parts li:not(.is-current):not(.is-announced) a")
    assert other["href"] == "/" + PART_2 and other["lang"] == "fr-CA"
    assert text(box.select_one(".series-pager .series-next")).startswith("Next part:")
    announced = box.select_one("li.is-announced")
    assert text(announced).endswith("— expected Monday, December 7, 2026")  # the date in the page's language
    assert announced.find("time")["datetime"] == "2026-12-07"


# --- The series page and the index -----------------------------------------------------------

def test_the_series_page_lists_published_parts_in_order_with_summaries(site):
    page = site.page(SERIES)
    assert text(page.find("h1")) == "Série Démarrer en IA : <vraiment>"
    entries = page.select("ol.series-list > li > article.series-entry")
    assert [e.find("h2").find("a")["href"] for e in entries] == ["/" + PART_1, "/" + PART_2]
    assert [text(e.select_one(".summary")) for e in entries] == [
        "Le premier pas d’une PME vers l’intelligence artificielle.",  # the summary, typeset
        "Trois outils simples, essayés dans trois PME.",
    ]
    assert [text(e.select_one(".kicker")).split(" · ")[0] for e in entries] == ["Partie 1 de 3", "Partie 2 de 3"]


def test_the_series_page_then_lists_the_announced_parts(site):
    announced = site.page(SERIES).select(".series-upcoming li")
    assert [text(li) for li in announced] == ["Prochaine partie : Démarrer en IA, partie 3 : le bilan — prévue le 7 décembre 2026"]


def test_an_announced_date_already_past_says_a_venir_without_a_date(site):
    page = site.page(LATE)
    (announced,) = page.select(".series-upcoming li")
    assert text(announced) == "Prochaine partie : Bilan des régions, partie 2 — à venir"
    assert announced.find("time") is None
    assert "1er novembre" not in text(page.select_one("nav.series-box") or announced)
    box = site.page("blogue/bilan-des-regions-1/").select_one("nav.series-box")
    assert text(box.select_one(".series-announced")) == "Prochaine partie : Bilan des régions, partie 2 — à venir"


@pytest.mark.parametrize("address, slug", [(SERIES, "demarrer-en-ia-vraiment"), (LATE, "bilan-des-regions")])
def test_the_series_feed_is_declared_and_linked_and_holds_the_parts(site, address, slug):
    page = site.page(address)
    feed = f"/series/{slug}/rss.xml"
    assert feed in head_feeds(page)
    assert feed in hrefs(page.select_one(".feed-subscribe"))
    parsed = feedparser.parse((site.output / feed.lstrip("/")).read_bytes())
    assert not parsed.bozo
    expected = {"demarrer-en-ia-vraiment": [PART_2, PART_1], "bilan-des-regions": ["blogue/bilan-des-regions-1/"]}[slug]
    assert [urlsplit(e.link).path for e in parsed.entries] == ["/" + a for a in expected]


def test_the_series_index_and_the_blog_list_every_series(site):
    index = site.page("series/")
    assert [a["href"] for a in index.select(".series-card .card-title a")] == ["/" + SERIES, "/" + LATE]
    blog = site.page("blogue/")
    assert {"/" + SERIES, "/" + LATE, "/series/"} <= set(hrefs(blog.select_one(".blog-series")))


# --- Chronicles ---------------------------------------------------------------------------------

def test_the_column_page_shows_its_columnists_and_its_chronicles_newest_first(site):
    page = site.page(COLUMN)
    assert text(page.find("h1")) == "Chronique Chronique des régions"
    assert hrefs(page.select_one(".columnists")) == ["/auteurs/julie-roy/", "/auteurs/marc-lavoie/"]
    cards = page.select(".cards .card-title a")
    assert [a["href"] for a in cards] == ["/" + THREE, "/" + TWO, "/" + ONE]


def test_the_column_feed_is_declared_linked_and_newest_first(site):
    page = site.page(COLUMN)
    feed = "/" + COLUMN + "rss.xml"
    assert feed in head_feeds(page)
    assert feed in hrefs(page.select_one(".feed-subscribe"))
    parsed = feedparser.parse((site.output / COLUMN / "rss.xml").read_bytes())
    assert [urlsplit(e.link).path for e in parsed.entries] == ["/" + THREE, "/" + TWO, "/" + ONE]


@pytest.mark.parametrize(
    "address, previous, following",
    [(ONE, None, TWO), (TWO, ONE, THREE), (THREE, TWO, None)],
    ids=["first", "middle", "last"],
)
def test_each_chronicle_links_its_column_and_its_neighbours(site, address, previous, following):
    page = site.page(address)
    assert page.select_one(".item-header .kicker a")["href"] == "/" + COLUMN
    nav = page.select_one("nav.column-nav")
    found_previous, found_next = nav.find("a", rel="prev"), nav.find("a", rel="next")
    assert (found_previous["href"] if found_previous else None) == (previous and "/" + previous)
    assert (found_next["href"] if found_next else None) == (following and "/" + following)
    assert "/" + COLUMN in [a["href"] for a in page.select(".breadcrumbs a")]


def test_the_columns_index_links_each_column_its_columnists_and_feed(site):
    section = site.page("chroniques/").select_one("section.column-summary")
    links = hrefs(section)
    assert links[0] == "/" + COLUMN
    assert {"/auteurs/julie-roy/", "/auteurs/marc-lavoie/", "/" + COLUMN + "rss.xml"} <= set(links)


@pytest.mark.parametrize(
    "author, chronicles, posts",
    [
        ("julie-roy", [TWO, ONE], [PART_2, PART_1, "blogue/billet-hors-serie/"]),
        ("marc-lavoie", [THREE, TWO], ["blogue/bilan-des-regions-1/"]),
    ],
)
def test_author_pages_list_their_chronicles_and_posts(site, author, chronicles, posts):
    page = site.page(f"auteurs/{author}/")
    sections = {s.find("h2")["id"]: s for s in page.select("main section")}
    assert [a["href"] for a in sections["chroniques"].select(".card-title a")] == ["/" + a for a in chronicles]
    assert [a["href"] for a in sections["billets"].select(".card-title a")] == ["/" + a for a in posts]
    assert "/" + COLUMN in hrefs(page.select_one("main"))


def test_authors_index_counts_chronicles_and_posts(site):
    items = {text(li.find("a")): text(li.select_one(".muted")) for li in site.page("auteurs/").select("main li")}
    assert items == {"Julie Roy": "(2 chroniques, 3 billets)", "Marc Lavoie": "(2 chroniques, 1 billet)"}


# --- Links -----------------------------------------------------------------------------------

def test_every_internal_link_resolves(site):
    broken = []
    for path in sorted(site.output.rglob("*.html")):
        page = site.page(path.relative_to(site.output).as_posix())
        for tag in page.find_all(["a", "link"], href=True):
            href = tag["href"]
            if href.startswith("/") and not href.startswith("//"):
                target = site.output / urlsplit(href).path.lstrip("/")
                if not (target.is_file() or (target / "index.html").is_file()):
                    broken.append((path.relative_to(site.output).as_posix(), href))
    assert broken == []


# --- Content errors --------------------------------------------------------------------------

INVALID = FIXTURES / "series" / "invalid"


def test_series_errors_stop_the_build_with_one_line_each(tmp_path):
    result = build(INVALID / "content", tmp_path / "output", tmp_path / "cache")
    expected = (INVALID / "expected-problems.txt").read_text(encoding="utf-8").splitlines()
    assert result.returncode != 0
    assert result.problem_lines == expected
    assert [re.match(r"content/blog/[a-z0-9-]+\.md:\d+: (series|series_index): ", line) is not None for line in expected] == [True] * 4
    assert not (tmp_path / "output" / "series").exists()


def test_an_english_chronicle_links_the_english_column_page(site):
    page = site.page("en/columns/chronique-des-regions/chronique-un/")
    assert page.html["lang"] == "en-CA"
    kicker = page.select_one(".item-header .kicker a")
    assert kicker["href"] == "/en/" + COLUMN.replace("chroniques/", "columns/") and kicker["lang"] == "fr-CA"
    nav = page.select_one("nav.column-nav")
    assert text(nav.select_one("h2 .kicker")) == "In the same column"
    newer = nav.find("a", rel="next")
    assert newer["href"] == "/" + TWO and newer["lang"] == "fr-CA"  # not translated: the French one, marked
    assert [a["href"] for a in page.select("nav.breadcrumbs a")][:3] == ["/en/", "/en/columns/", "/en/columns/chronique-des-regions/"]
    # The French chronicle's neighbour links stay French.
    assert site.page(TWO).find("a", rel="prev")["href"] == "/" + ONE


@pytest.mark.parametrize(
    "address, line",
    [
        pytest.param("blogue/demarrer-en-ia-1/", "Partie 1 — Démarrer en IA : <vraiment>", id="numbered-by-its-editor"),
        pytest.param("blogue/bilan-des-regions-1/", "Partie 1 — Bilan des régions", id="numbered-by-the-series"),
    ],
)
def test_a_parts_card_gives_its_number_in_the_series(site, address, line):
    cards = site.page("blogue/").select("article.post-card")
    (card,) = [c for c in cards if c.select_one(".card-title a")["href"] == "/" + address]
    assert text(card.select_one(".series-line")) == line
