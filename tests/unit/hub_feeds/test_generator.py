"""hub_feeds.generator: feed_options (HUB_FEEDS over its defaults; tag_year is a constant
hub_core.settings.TAG_YEAR, still accepted in older settings files with that value only), and
item_feeds, the feeds an item's page declares (in the preview, only those that exist already)."""

from types import SimpleNamespace

import pytest

from hub_core.settings import SettingsError
from hub_core.settings import TAG_YEAR
from hub_feeds.generator import feed_options, item_feeds


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, {"max_items": 50}),
        ({"max_items": 3}, {"max_items": 3}),
        ({"max_items": 3, "tag_year": 2026}, {"max_items": 3}),
    ],
)
def test_feed_options(given, expected):
    assert TAG_YEAR == 2026
    assert feed_options({"HUB_FEEDS": given}) == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"tag_year": 2027}, r"hub_feeds: 'HUB_FEEDS' tag_year is no longer a setting: it stays 2026 .* remove the key \(given: 2027\)"),
        ({"tag_year": "2026"}, r"given: '2026'"),
        ({"max_item": 3}, r"hub_feeds: Invalid 'HUB_FEEDS' key: 'max_item'"),
    ],
)
def test_feed_options_refused(given, message, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    with pytest.raises(SettingsError, match=message):
        feed_options({"HUB_FEEDS": given})


def feed_link(family, slug):
    return {"family": family, "slug": slug, "title": f"{family} {slug}", "rss": f"{slug}/rss.xml",
            "atom": f"{slug}/atom.xml", "page": f"{slug}/", "lang": "fr"}


def event(organizer="groupe-rimouski", category="ateliers"):
    return SimpleNamespace(hub_type="event", lang="fr", slug="diner", region=None, category=SimpleNamespace(slug=category, name=category),
                           organizer=organizer, organizer_link={"name": organizer, "url": "", "internal": True})


INDEX = {("organizer", "groupe-rimouski"): feed_link("organizer", "groupe-rimouski"), ("category", "ateliers"): feed_link("category", "ateliers")}


@pytest.mark.parametrize(("item", "strict", "feeds"), [
    (event(), True, [("organizer", "groupe-rimouski"), ("category", "ateliers")]),
    (event(), False, [("organizer", "groupe-rimouski"), ("category", "ateliers")]),
    (event(organizer="incubateur"), False, [("category", "ateliers")]),  # the preview: its feed comes with the full build
    (event(organizer="incubateur", category="conferences"), False, []),
], ids=["build", "preview-same", "preview-new-organizer", "preview-all-new"])
def test_the_feeds_an_items_page_declares(item, strict, feeds):
    assert [(f["family"], f["slug"]) for f in item_feeds(item, INDEX, strict=strict)] == feeds


def test_a_build_never_leaves_out_a_feed_its_items_belong_to():
    with pytest.raises(KeyError):
        item_feeds(event(organizer="incubateur"), INDEX)
