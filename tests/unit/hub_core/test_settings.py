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


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", r"^hub_site : clé « home_event » inconnue dans HUB_SITE \(clés connues : home_events, home_posts\)$"),
        ("en", r"^hub_site: Invalid 'HUB_SITE' key: 'home_event' \(known keys: home_events, home_posts\)$"),
    ],
)
def test_unknown_key_names_the_plugin_and_the_key_in_the_message_language(monkeypatch, lang, message):
    monkeypatch.setenv("HUB_LANG", lang)
    with pytest.raises(SettingsError, match=message):
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
    ("lang", "given", "message"),
    [
        ("en", 2027, r"^hub_resources: 'HUB_RESOURCES' tag_year is no longer a setting: it stays 2026 \(another year .*\); remove the key \(given: 2027\)$"),
        ("en", "2026", r"given: '2026'"),
        ("fr", 2027, r"^hub_resources : tag_year de HUB_RESOURCES n'est plus un réglage : il reste 2026 \(une autre année .*\) ; "
                     r"retirez la clé \(valeur donnée : 2027\)$"),
    ],
)
def test_a_fixed_key_with_another_value_stops_the_build(monkeypatch, lang, given, message):
    monkeypatch.setenv("HUB_LANG", lang)
    with pytest.raises(SettingsError, match=message):
        plugin_settings({"HUB_RESOURCES": {"tag_year": given}}, "HUB_RESOURCES", {"feed_items": 50}, fixed=("tag_year",))


def test_a_fixed_key_is_unknown_to_a_plugin_that_never_took_it(monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
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
def test_default_duration_refused(monkeypatch, settings, message):
    from hub_core.settings import default_duration  # noqa: PLC0415

    monkeypatch.setenv("HUB_LANG", "en")

    with pytest.raises(SettingsError, match=message):
        default_duration(settings)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"EVENTS_DEFAULT_DURATION": 90}, r"^hub_events : EVENTS_DEFAULT_DURATION est maintenant HUB_EVENTS\[\"default_duration\"\] : "
                                          r"déplacez-y sa valeur .*\"default_duration\": 90\}\) et retirez-le$"),
        ({"HUB_EVENTS": {"default_duration": 0}}, r"^hub_events : default_duration de HUB_EVENTS invalide : 0 "
                                                  r"\(attendu : un nombre entier de minutes, 1 ou plus\)$"),
    ],
)
def test_default_duration_refused_in_french(monkeypatch, settings, message):
    from hub_core.settings import default_duration  # noqa: PLC0415

    monkeypatch.setenv("HUB_LANG", "fr")
    with pytest.raises(SettingsError, match=message):
        default_duration(settings)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"HUB_LANG": "fr"}, "hub_site : clé « x » inconnue dans HUB_SITE (clés connues : home_events, home_posts)"),
        ({"HUB_LANG": "en"}, "hub_site: Invalid 'HUB_SITE' key: 'x' (known keys: home_events, home_posts)"),
        ({"LANG": "en_CA.UTF-8"}, "hub_site: Invalid 'HUB_SITE' key: 'x' (known keys: home_events, home_posts)"),
        ({}, "hub_site : clé « x » inconnue dans HUB_SITE (clés connues : home_events, home_posts)"),  # French first
    ],
)
def test_settings_errors_follow_the_message_language(monkeypatch, environ, expected):
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        plugin_settings({"HUB_SITE": {"x": 1}}, "HUB_SITE", DEFAULTS)
    assert str(raised.value) == expected
