"""hub_output.fingerprint: equal data, equal fingerprints; any difference a template could see,
another one; content objects by identity; what it cannot name is refused."""

import datetime as dt
import pickle
import threading
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from markupsafe import Markup
from pelican.contents import Article
from pelican.urlwrappers import Tag

from hub_events.context import CalendarLink
from hub_output.fingerprint import Unfingerprintable, fingerprint

MONTREAL = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
SETTINGS = {"SLUG_REGEX_SUBSTITUTIONS": []}


def article(path, title="Titre"):
    item = Article.__new__(Article)
    item.__dict__.update(source_path=path, title=title)
    return item


@dataclass
class Point:
    x: int
    y: int


# pairs that differ: their fingerprints must differ
DIFFERENT = [
    ("a", "b"),
    ("1", 1),
    (1, 1.0),
    (True, 1),
    (None, "None"),
    (Markup("<b>"), "<b>"),
    ([1, 2], [2, 1]),
    ([1, 2], (1, 2)),
    ({"a": 1}, {"a": 2}),
    ({"a": 1}, {"b": 1}),
    ({1, 2}, {1, 3}),
    (Decimal("1.0"), Decimal("1.00")),
    (dt.datetime(2026, 1, 1, 12, tzinfo=MONTREAL), dt.datetime(2026, 1, 1, 12, tzinfo=PARIS)),
    (dt.datetime(2026, 1, 1, 18, tzinfo=PARIS), dt.datetime(2026, 1, 1, 12, tzinfo=MONTREAL)),  # same instant
    (dt.date(2026, 1, 1), dt.date(2026, 1, 2)),
    (Point(1, 2), Point(2, 1)),
    (Point(1, 2), {"x": 1, "y": 2}),
    (Tag("Réseautage", SETTINGS), Tag("Numérique", SETTINGS)),
    (["ab", "c"], ["a", "bc"]),
]

# pairs that are the same data: their fingerprints must be equal
SAME = [
    ({"b": 1, "a": 2}, {"a": 2, "b": 1}),
    ({3, 1, 2}, {2, 3, 1}),
    (frozenset({"x", "y"}), frozenset({"y", "x"})),
    (Point(1, 2), Point(1, 2)),
    (Tag("Réseautage", SETTINGS), Tag("Réseautage", {"OTHER": 1, **SETTINGS})),
    ([dt.datetime(2026, 1, 1, 12, tzinfo=MONTREAL)], [dt.datetime(2026, 1, 1, 12, tzinfo=ZoneInfo("America/Toronto"))]),
]


def by_path(item):
    return item.source_path


@pytest.mark.parametrize("first, second", DIFFERENT)
def test_different_data_has_different_fingerprints(first, second):
    assert fingerprint(first) != fingerprint(second)


@pytest.mark.parametrize("first, second", SAME)
def test_the_same_data_has_the_same_fingerprint(first, second):
    assert fingerprint(first) == fingerprint(second)


def test_a_fingerprint_is_the_same_in_another_process_and_after_a_pickle():
    value = {"when": dt.datetime(2026, 1, 1, 12, tzinfo=MONTREAL), "tags": {"b", "a"}, "price": Decimal("25")}
    assert fingerprint(pickle.loads(pickle.dumps(value))) == fingerprint(value) == "10a678b2d74b599b2166e16a9d95814c"


def test_content_counts_by_identity_only():
    first, renamed, other = article("a.md"), article("a.md", title="Autre titre"), article("b.md")
    assert fingerprint([first], by_path) == fingerprint([renamed], by_path)
    assert fingerprint([first], by_path) != fingerprint([other], by_path)
    assert fingerprint([first, other], by_path) != fingerprint([other, first], by_path)


@pytest.mark.parametrize("value", [
    [article("a.md")],  # content without an identity function
    {"lock": threading.Lock()},
    object(),
    [open],  # a builtin is named, but a file...
])
def test_what_cannot_be_named_is_refused(value):
    if value == [open]:
        value = [open(__file__)]
    with pytest.raises(Unfingerprintable):
        fingerprint(value)


def test_content_the_build_does_not_know_is_refused():
    with pytest.raises(Unfingerprintable):
        fingerprint({"item": article("x.md")}, lambda item: None)


def test_cycles_are_followed_once():
    first, second = {"name": "fr", "translations": []}, {"name": "en", "translations": []}
    first["translations"].append(second)
    second["translations"].append(first)
    other = {"name": "fr", "translations": [{"name": "en", "translations": []}]}
    assert fingerprint(first) != fingerprint(other)
    assert fingerprint(first) == fingerprint(first)


def test_settings_are_named_leniently():
    settings = {"LOCK": threading.Lock(), "PLUGINS": [pytest]}
    assert fingerprint(settings, lenient=True) == fingerprint({"LOCK": threading.Lock(), "PLUGINS": [pytest]}, lenient=True)


@dataclass
class Link:
    name: str
    translations: list


def test_a_shared_object_has_one_digest_with_or_without_the_memo():
    french, english = Link("fr", []), Link("en", [])
    french.translations.append(english)
    english.translations.append(french)  # each other's translation: refers to what holds it
    point = Point(1, 2)
    value = {"a": [point, french], "b": [point, Point(1, 2)]}
    memo = {}
    first = fingerprint(value, memo=memo)
    assert memo, "the point was kept"
    assert fingerprint(value, memo=memo) == first == fingerprint(value)
    assert fingerprint({"a": [Point(1, 2), french], "b": [Point(1, 2), Point(1, 2)]}) == first
    english.name = "en-CA"
    assert fingerprint(value) != first


def test_a_cycle_has_the_same_digest_whichever_end_was_met_first():
    french, english = Link("fr", []), Link("en", [])
    french.translations.append(english)
    english.translations.append(french)
    fresh = [fingerprint(english), fingerprint(french)]
    memo = {}
    assert [fingerprint(english, memo=memo), fingerprint(french, memo=memo)] == fresh
    memo = {}
    assert list(reversed([fingerprint(french, memo=memo), fingerprint(english, memo=memo)])) == fresh


def calendar_links():
    """The French and English links of one calendar (hub_events), each other's translation."""
    def link(lang, title):
        return CalendarLink("region", "bas-saint-laurent", lang, title, {lang: title}, "Bas-Saint-Laurent", "fr",
                            f"{lang}/bas-saint-laurent.ics", f"https://x/{lang}.ics", f"webcal://x/{lang}.ics", "https://g/")
    french, english = link("fr", "Événements du Bas-Saint-Laurent"), link("en", "Bas-Saint-Laurent events")
    french.translations, english.translations = [english], [french]
    return french, english


def test_calendar_links_that_are_each_others_translations_are_kept_in_the_memo():
    french, english = calendar_links()
    memo = {}
    first = [fingerprint([french, english], memo=memo), fingerprint(french, memo=memo)]
    assert {id(french), id(english)} <= set(memo)  # no cycle: each hashed once per build
    memo = {}
    assert [fingerprint([french, english], memo=memo), fingerprint(french, memo=memo)] == first
    assert fingerprint(english) != fingerprint(french)


@pytest.mark.parametrize("change", [
    lambda french, english: setattr(english, "title", "Events in Bas-Saint-Laurent"),  # what a French page's language link shows
    lambda french, english: setattr(french, "url", "fr/autre.ics"),
    lambda french, english: english.translations.clear(),
    lambda french, english: english.translations.append(english),
])
def test_a_calendar_links_fingerprint_covers_every_link_reached_through_it(change):
    french, english = calendar_links()
    before = fingerprint(french)
    change(french, english)
    assert fingerprint(french) != before
