import pytest

from hub_core.settings import SettingsError, plugin_settings

DEFAULTS = {"home_events": 6, "home_posts": 4}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, DEFAULTS),
        ({"HUB_SITE": None}, DEFAULTS),
        ({"HUB_SITE": {"home_events": 3}}, {"home_events": 3, "home_posts": 4}),
    ],
)
def test_defaults_and_overrides(given, expected):
    assert plugin_settings(given, "HUB_SITE", DEFAULTS) == expected


def test_unknown_key_names_the_plugin_and_the_key():
    with pytest.raises(SettingsError, match=r"^hub_site: Invalid 'HUB_SITE' key: 'home_event' \(known keys: home_events, home_posts\)$"):
        plugin_settings({"HUB_SITE": {"home_event": 3}}, "HUB_SITE", DEFAULTS)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({}, "America/Toronto"),
        ({"TIMEZONE": None}, "America/Toronto"),
        ({"TIMEZONE": ""}, "America/Toronto"),
        ({"TIMEZONE": "Europe/Paris"}, "Europe/Paris"),
    ],
)
def test_site_timezone_is_the_setting_else_the_one_default(settings, expected):
    from hub_core.settings import DEFAULT_TIMEZONE, site_timezone  # noqa: PLC0415

    assert DEFAULT_TIMEZONE == "America/Toronto"
    assert site_timezone(settings) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"HUB_DIGEST": {"weeks_ahead": 3}}, {"weeks_ahead": 3}),
        ({"HUB_DIGEST": {"weeks_ahead": 3, "tag_year": 2026}}, {"weeks_ahead": 3}),  # an older settings file
    ],
)
def test_a_fixed_key_with_its_constant_value_is_dropped(given, expected):
    assert plugin_settings(given, "HUB_DIGEST", {"weeks_ahead": 2}, fixed=("tag_year",)) == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (2027, r"^hub_resources: 'HUB_RESOURCES' tag_year is no longer a setting: it stays 2026 \(another year .*\); remove the key \(given: 2027\)$"),
        ("2026", r"given: '2026'"),
    ],
)
def test_a_fixed_key_with_another_value_stops_the_build(given, message):
    with pytest.raises(SettingsError, match=message):
        plugin_settings({"HUB_RESOURCES": {"tag_year": given}}, "HUB_RESOURCES", {"feed_items": 50}, fixed=("tag_year",))


def test_a_fixed_key_is_unknown_to_a_plugin_that_never_took_it():
    with pytest.raises(SettingsError, match=r"Invalid 'HUB_SITE' key: 'tag_year'"):
        plugin_settings({"HUB_SITE": {"tag_year": 2026}}, "HUB_SITE", DEFAULTS)


def test_tag_year_is_one_constant_for_every_feed():
    from hub_core.settings import TAG_YEAR  # noqa: PLC0415

    assert TAG_YEAR == 2026  # tag: URIs must never change


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({}, 120),
        ({"HUB_EVENTS": None}, 120),
        ({"HUB_EVENTS": {"horizon_days": 30}}, 120),
        ({"HUB_EVENTS": {"default_duration": 45}}, 45),
    ],
)
def test_default_duration_is_the_events_setting_else_the_one_default(settings, expected):
    from hub_core.settings import DEFAULT_DURATION, default_duration  # noqa: PLC0415

    assert DEFAULT_DURATION == 120
    assert default_duration(settings) == expected


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"EVENTS_DEFAULT_DURATION": 90}, r"^hub_events: EVENTS_DEFAULT_DURATION is now HUB_EVENTS\[\"default_duration\"\]: move .*\"default_duration\": 90"),
        ({"EVENTS_DEFAULT_DURATION": 120, "HUB_EVENTS": {"default_duration": 120}}, r"EVENTS_DEFAULT_DURATION is now"),
        ({"HUB_EVENTS": {"default_duration": 0}}, r"^hub_events: Invalid 'HUB_EVENTS' default_duration: 0 \(expected a whole number of minutes, 1 or more\)$"),
        ({"HUB_EVENTS": {"default_duration": "45"}}, r"default_duration: '45'"),
        ({"HUB_EVENTS": {"default_duration": True}}, r"default_duration: True"),
    ],
)
def test_default_duration_refused(settings, message):
    from hub_core.settings import default_duration  # noqa: PLC0415

    with pytest.raises(SettingsError, match=message):
        default_duration(settings)
