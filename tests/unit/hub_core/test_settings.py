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
