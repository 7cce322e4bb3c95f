"""hub_resources.generator.reports: an event's reports are the posts that link to its page."""

import datetime as dt
from types import SimpleNamespace

import pytest

from hub_resources.generator import reports


def event(url, *translations):
    return SimpleNamespace(hub_type="event", url=url, translations=list(translations))


def post(slug, content, day=1, hub_type="post", in_default_lang=True):
    return SimpleNamespace(hub_type=hub_type, slug=slug, content=content, date=dt.date(2026, 11, day), in_default_lang=in_default_lang)


def naive(events, articles):
    """The rule, one event at a time: a report holds `/<event url>"`."""
    candidates = [a for a in articles if a.hub_type in ("post", "chronicle", "report") and a.in_default_lang]
    return {e.url: sorted((a for a in candidates if f'/{e.url}"' in (a.content or "")), key=lambda a: (a.date, a.slug)) for e in events}


CASES = {
    "one link": (["evenements/a/"], [post("p", '<a href="/evenements/a/">A</a>')]),
    "absolute address": (["evenements/a/"], [post("p", '<a href="https://maillage.quebec/evenements/a/">A</a>')]),
    "linked twice, listed once": (["evenements/a/"], [post("p", '<a href="/evenements/a/">A</a> <a href="/evenements/a/">encore</a>')]),
    "two events in one post": (["evenements/a/", "evenements/b/"], [post("p", '<a href="/evenements/a/">A</a><a href="/evenements/b/">B</a>')]),
    "an address ending like another": (["evenements/a/", "evenements/x/a/"], [post("p", '<a href="/evenements/x/a/">X</a>')]),
    "no closing quote": (["evenements/a/"], [post("p", "voir /evenements/a/ en ligne")]),
    "a longer address": (["evenements/a/"], [post("p", '<a href="/evenements/a/photos/">A</a>')]),
    "link at the very start": (["a/"], [post("p", '/a/"')]),
    "oldest first, then slug": (["evenements/a/"], [post("z", '"/evenements/a/"', 3), post("b", '"/evenements/a/"', 2), post("a", '"/evenements/a/"', 2)]),
    "not a report": (["evenements/a/"], [post("p", '"/evenements/a/"', hub_type="event"), post("q", '"/evenements/a/"', in_default_lang=False)]),
    "no content": (["evenements/a/"], [post("p", None)]),
}


@pytest.mark.parametrize(("urls", "articles"), CASES.values(), ids=CASES.keys())
def test_reports_are_the_posts_linking_to_the_event(urls, articles):
    events = [event(url) for url in urls]
    reports(events, articles)
    expected = naive(events, articles)
    assert {e.url: e.event_reports for e in events} == expected


def test_translations_share_the_reports_and_other_items_get_none():
    english = SimpleNamespace(hub_type="event", url="en/events/a/")
    original = event("evenements/a/", english)
    page = SimpleNamespace(hub_type="page", url="a-propos/")
    linking = post("p", '<a href="/evenements/a/">A</a>')
    reports([original, page], [linking])
    assert original.event_reports == english.event_reports == [linking]
    assert not hasattr(page, "event_reports")
