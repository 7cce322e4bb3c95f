"""The English home's posts: English ones when there are, else the latest (French) ones."""

from types import SimpleNamespace

from hub_site.english import TEMPLATES, home_posts


def post(slug, lang):
    return SimpleNamespace(slug=slug, lang=lang)


def test_english_posts_first():
    latest = [post("a", "fr"), post("b", "en"), post("c", "fr"), post("d", "en")]
    assert [p.slug for p in home_posts({"latest_posts": latest}, 1)] == ["b"]
    assert [p.slug for p in home_posts({"latest_posts": latest}, 4)] == ["b", "d"]


def test_french_posts_when_none_is_english():
    latest = [post("a", "fr"), post("c", "fr")]
    assert [p.slug for p in home_posts({"latest_posts": latest}, 4)] == ["a", "c"]
    assert home_posts({}, 4) == []


def test_english_pages_are_listing_pages():
    from hub_core.urls import ENGLISH_PAGES

    assert set(TEMPLATES) <= set(ENGLISH_PAGES)


def test_english_pages_are_pelicans_listing_pages_but_the_french_only_ones():
    from hub_core.urls import DIRECT_TEMPLATES, FRENCH_ONLY

    assert TEMPLATES == {name: template for name, template in DIRECT_TEMPLATES.items() if name not in FRENCH_ONLY}
    assert TEMPLATES["home"] == "index" and "tags" not in TEMPLATES
