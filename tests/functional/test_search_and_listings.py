"""What the reader sees of search and listings in the built fixture site ("now" 2026-11-23):
Pagefind metadata and filters on event pages, « En bref » left out of the index, the month
grid's past days, one card per recurring event with its rule in words, headings not repeated."""

import pytest

from sitebuild import text


def meta(page):
    """{name: text} of the Pagefind metadata of an item page."""
    return {tag["data-pagefind-meta"]: text(tag) for tag in page.select("[data-pagefind-meta]")}


def filters(page):
    return sorted(tag["data-pagefind-filter"] for tag in page.select("[data-pagefind-filter]"))


@pytest.mark.parametrize(
    ("address", "when", "mark", "place"),
    [
        ("evenements/diner-a-venir-rimouski/", "when:upcoming", "À venir", "Rimouski, Bas-Saint-Laurent"),
        ("evenements/web2day-nantes-heure-de-paris/", "when:past", "Passé", "Nantes"),
        ("evenements/montreal-recurrent-avec-exception/", "when:upcoming", "À venir", "Montréal, Montréal"),
    ],
)
def test_an_event_page_gives_search_its_type_date_place_and_mark(fixture_site, address, when, mark, place):
    page = fixture_site.page(address)
    found = meta(page)
    assert found["type"] == "Événement"
    assert found["when"] == mark
    assert found["place"] == place
    assert when in filters(page)
    assert "Type:Événement" in filters(page)
    # the date is the one the page shows (the next one for a recurring event), start its ISO form
    shown = page.select_one(".event-when time")
    assert found["date"] == text(shown)
    assert found["start"] == shown["datetime"]
    # all of it inside the indexed body, in an element Pagefind indexes no text of
    box = page.select_one("[data-pagefind-body] > div[hidden][data-pagefind-ignore]")
    assert box is not None and box.select_one('[data-pagefind-meta="date"]') is not None


def test_a_post_gives_its_type_and_date_but_no_event_mark(fixture_site):
    post = next(f for f in fixture_site.files() if f.startswith("blogue/") and f.count("/") == 2 and f.endswith("/index.html"))
    page = fixture_site.page(post)
    found = meta(page)
    assert found["type"] == "Blogue" and found["date"]
    assert "when" not in found and not any(f.startswith("when:") for f in filters(page))


def test_en_bref_and_the_event_dates_are_not_indexed(fixture_site):
    page = fixture_site.page("evenements/diner-a-venir-rimouski/")
    facts = page.select_one("section.facts")
    assert facts.has_attr("data-pagefind-ignore")
    for selector in (".event-when", "ul.badges"):
        assert page.select_one(selector).has_attr("data-pagefind-ignore"), selector
    assert not page.select_one(".event-main .prose").find_parent(attrs={"data-pagefind-ignore": True})


def test_the_hubs_words_are_indexed_in_both_languages(fixture_site):
    footer = fixture_site.page("evenements/diner-a-venir-rimouski/").select_one("footer.item-footer")
    assert footer["data-pagefind-index-attrs"] == "data-synonyms"
    assert {"lunch", "dinner"} <= set(footer["data-synonyms"].split())


def test_past_days_of_the_month_grid_are_marked(fixture_site):
    page = fixture_site.page("calendrier/2026/11/")
    cells = {cell.select_one("time.day-number")["datetime"]: cell for cell in page.select("td.month-day")}
    assert "is-past" in cells["2026-11-05"]["class"]  # the recurring breakfast, before "now"
    assert "(passé)" in text(cells["2026-11-05"])
    assert "is-past" in cells["2026-11-22"]["class"]
    assert "is-past" not in cells["2026-11-23"]["class"] and "is-today" in cells["2026-11-23"]["class"]
    assert "is-past" not in cells["2026-11-30"]["class"]
    listed = {li.select_one("h2 time")["datetime"]: li for li in page.select(".month-list-day")}
    assert "is-past" in listed["2026-11-05"]["class"] and "passé" in text(listed["2026-11-05"])


def test_a_recurring_event_is_one_card_with_its_rule(fixture_site):
    page = fixture_site.page("evenements/")
    cards = [card for card in page.select(".event-card") if "Déjeuner mensuel à Montréal" in text(card.select_one(".card-title"))]
    assert len(cards) == 1
    when = text(cards[0].select_one(".when"))
    assert when.startswith("jeudi 3 décembre 2026") and when.endswith("puis chaque 1er jeudi du mois")
    lead = text(page.select_one(".lead"))
    assert lead.startswith(f"{len(page.select('.event-card'))} événements à venir")
    english = fixture_site.page("en/events/")
    cards = [card for card in english.select(".event-card") if card.select_one(".recurs")]
    # not translated: its card stays French, marked so, rule included
    assert [(card["lang"], text(card.select_one(".recurs"))) for card in cards] == [("fr-CA", ", puis chaque 1er jeudi du mois")]


def test_the_generated_itinerary_heading_is_left_out_when_the_editor_wrote_one(demo_site):
    missions = [f for f in demo_site.files() if f.startswith("missions/") and f.count("/") == 2 and f.endswith("/index.html")]
    assert missions
    for address in missions:
        page = demo_site.page(address)
        headings = [text(h).replace("’", "'").lower() for h in page.select("main h2")]
        assert not ("l'itinéraire" in headings and "itinéraire" in headings), (address, headings)
        assert page.find(id="mission--itineraire") is not None, "the « N escales » link keeps its target"
