"""The digest's weeks: the Monday of any moment in the site's zone, ISO week names across year
boundaries, windows of whole local days across clock changes, and the `first_week` setting."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_core.settings import SettingsError
from hub_digest.generator import options_of
from hub_digest.weeks import Week, WeekError, monday_of, mondays, parse_week

MONTREAL = ZoneInfo("America/Toronto")
UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("moment", "monday"),
    [
        (dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC), dt.date(2026, 11, 23)),  # a Monday (the tests' "now")
        (dt.datetime(2026, 11, 23, 4, 59, tzinfo=UTC), dt.date(2026, 11, 16)),  # Monday in UTC, still Sunday 23:59 in Montréal
        (dt.datetime(2026, 11, 23, 5, 0, tzinfo=UTC), dt.date(2026, 11, 23)),  # Monday 00:00 in Montréal
        (dt.datetime(2026, 11, 29, 23, 30, tzinfo=MONTREAL), dt.date(2026, 11, 23)),  # a Sunday night
        (dt.datetime(2027, 1, 1, 9, 0, tzinfo=MONTREAL), dt.date(2026, 12, 28)),  # New Year's Day: week 53 of 2026
        (dt.datetime(2026, 3, 8, 12, 0, tzinfo=MONTREAL), dt.date(2026, 3, 2)),  # the Sunday clocks go forward
    ],
)
def test_the_monday_of_a_moment_is_on_the_site_wall_clock(moment, monday):
    assert monday_of(moment, MONTREAL) == monday


@pytest.mark.parametrize(
    ("monday", "key", "french", "english"),
    [
        (dt.date(2026, 11, 23), "2026-W48", "2026-s48", "2026-w48"),
        (dt.date(2025, 12, 29), "2026-W01", "2026-s01", "2026-w01"),  # week 1 of 2026 starts in December 2025
        (dt.date(2026, 12, 28), "2026-W53", "2026-s53", "2026-w53"),  # 2026 has 53 weeks
        (dt.date(2027, 1, 4), "2027-W01", "2027-s01", "2027-w01"),
        (dt.date(2027, 12, 27), "2027-W52", "2027-s52", "2027-w52"),  # 2027 has 52
    ],
)
def test_iso_week_names(monday, key, french, english):
    week = Week(monday, MONTREAL)
    assert (week.key, week.slug("fr"), week.slug("en")) == (key, french, english)
    assert parse_week(key) == monday


@pytest.mark.parametrize(
    ("monday", "hours_ahead"),
    [
        (dt.date(2026, 11, 23), 14 * 24),  # no clock change
        (dt.date(2026, 10, 26), 14 * 24 + 1),  # clocks go back on Sunday 1 November: one hour longer
        (dt.date(2027, 3, 8), 14 * 24 - 1),  # clocks go forward on Sunday 14 March: one hour shorter
    ],
)
def test_windows_are_whole_local_days_across_clock_changes(monday, hours_ahead):
    week = Week(monday, MONTREAL, weeks_ahead=2)
    assert (week.start.hour, week.end.hour, week.since.hour) == (0, 0, 0)
    assert week.end.date() == monday + dt.timedelta(days=14)
    assert week.last_day == monday + dt.timedelta(days=13)
    assert week.end.astimezone(UTC) - week.start.astimezone(UTC) == dt.timedelta(hours=hours_ahead)
    assert week.since.date() == monday - dt.timedelta(days=7)


def test_every_monday_from_the_first_week_to_now_across_the_new_year():
    now = dt.datetime(2027, 1, 5, 8, 0, tzinfo=MONTREAL)
    found = mondays(dt.date(2026, 12, 16), now, MONTREAL)  # a Wednesday: its week's Monday counts
    assert found == [dt.date(2026, 12, 14), dt.date(2026, 12, 21), dt.date(2026, 12, 28), dt.date(2027, 1, 4)]


def test_no_digest_before_the_first_week():
    assert mondays(dt.date(2027, 1, 4), dt.datetime(2026, 11, 23, 7, tzinfo=MONTREAL), MONTREAL) == []


@pytest.mark.parametrize(
    ("given", "error", "french", "english"),
    [
        ({"first_week": "2026-48"}, WeekError,
         "hub_digest : first_week de HUB_DIGEST invalide : '2026-48' (attendu : une semaine ISO comme '2026-W40')",
         "hub_digest: Invalid 'HUB_DIGEST' first_week: '2026-48' (expected an ISO week such as '2026-W40')"),
        ({"first_week": "2027-W53"}, WeekError,  # 2027 has 52 weeks
         "hub_digest : first_week de HUB_DIGEST invalide : '2027-W53' (cette année n'a pas cette semaine)",
         "hub_digest: Invalid 'HUB_DIGEST' first_week: '2027-W53' (that year has no such week)"),
        ({"first_week": "2026-W00"}, WeekError,
         "hub_digest : first_week de HUB_DIGEST invalide : '2026-W00' (cette année n'a pas cette semaine)",
         "hub_digest: Invalid 'HUB_DIGEST' first_week: '2026-W00' (that year has no such week)"),
        ({"weeks_ahead": 0}, SettingsError,
         "hub_digest : weeks_ahead de HUB_DIGEST invalide : 0 (attendu : un nombre entier, 1 ou plus)",
         "hub_digest: Invalid 'HUB_DIGEST' weeks_ahead: 0 (expected a whole number, 1 or more)"),
        ({"weeks_ahead": "2"}, SettingsError,
         "hub_digest : weeks_ahead de HUB_DIGEST invalide : '2' (attendu : un nombre entier, 1 ou plus)",
         "hub_digest: Invalid 'HUB_DIGEST' weeks_ahead: '2' (expected a whole number, 1 or more)"),
        ({"email_max_bytes": True}, SettingsError,
         "hub_digest : email_max_bytes de HUB_DIGEST invalide : True (attendu : un nombre entier, 1 ou plus)",
         "hub_digest: Invalid 'HUB_DIGEST' email_max_bytes: True (expected a whole number, 1 or more)"),
        ({"first_weeks": "2026-W40"}, SettingsError,  # a typo of a key
         "hub_digest : clé « first_weeks » inconnue dans HUB_DIGEST (clés connues : email_max_bytes, feed_items, first_week, weeks_ahead)",
         "hub_digest: Invalid 'HUB_DIGEST' key: 'first_weeks' (known keys: email_max_bytes, feed_items, first_week, weeks_ahead)"),
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bad_settings_stop_the_build_with_the_plugin_and_key(monkeypatch, lang, given, error, french, english):
    monkeypatch.setenv("HUB_LANG", lang)
    with pytest.raises(error) as raised:
        options_of({"HUB_DIGEST": given})
    assert str(raised.value) == {"fr": french, "en": english}[lang]


def test_good_settings_give_the_first_monday():
    options = options_of({"HUB_DIGEST": {"first_week": "2026-W53", "weeks_ahead": 3}})
    assert (options["first_monday"], options["weeks_ahead"]) == (dt.date(2026, 12, 28), 3)
