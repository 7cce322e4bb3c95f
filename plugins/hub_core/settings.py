"""Site defaults and plugin settings: one dict per plugin, documented defaults, unknown keys refused."""

from collections.abc import Mapping

DEFAULT_TIMEZONE = "America/Toronto"  # the site's zone when the TIMEZONE setting is not given
DEFAULT_DURATION = 120  # minutes a timed event written without `end` lasts, unless HUB_EVENTS says
# The date in every tag: URI (feed, item and entry ids of hub_feeds, hub_digest, hub_resources):
# fixed, another year would renew every id.
TAG_YEAR = 2026
# Keys that were settings and are now constants: accepted in a plugin's dict with this value only.
FIXED = {
    "tag_year": (TAG_YEAR, "another year would give every feed and item a new id, so readers would see every item again"),
}


def site_timezone(settings: Mapping) -> str:
    """The site's time zone name: the TIMEZONE setting, else DEFAULT_TIMEZONE.

    >>> site_timezone({}), site_timezone({"TIMEZONE": "Europe/Paris"})
    ('America/Toronto', 'Europe/Paris')
    """
    return settings.get("TIMEZONE") or DEFAULT_TIMEZONE


class SettingsError(ValueError):
    """A plugin setting that does not exist (a typo would otherwise be ignored)."""


def plugin_settings(settings: Mapping, name: str, defaults: Mapping, fixed: tuple[str, ...] = ()) -> dict:
    """`settings[name]` merged over `defaults`; an unknown key stops the build.

    `fixed` names keys of FIXED the plugin once took as settings: given with the constant's
    value they are dropped (older settings files keep working), another value stops the build.

    >>> plugin_settings({"HUB_SITE": {"home_events": 3}}, "HUB_SITE", {"home_events": 6})
    {'home_events': 3}
    """
    given = dict(settings.get(name) or {})
    for key in fixed:
        if key in given:
            value, why = FIXED[key]
            if given[key] != value:
                raise SettingsError(
                    f"{name.lower()}: '{name}' {key} is no longer a setting: it stays {value} ({why}); "
                    f"remove the key (given: {given[key]!r})"
                )
            del given[key]
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        plugin = name.lower()
        known = ", ".join(sorted(defaults))
        raise SettingsError(f"{plugin}: Invalid '{name}' key: '{unknown[0]}' (known keys: {known})")
    return {**defaults, **given}


def default_duration(settings: Mapping) -> int:
    """Minutes a timed event written without `end` lasts: HUB_EVENTS["default_duration"], else DEFAULT_DURATION.

    Validation (hub_core), `hub check` and hub_events read it here, with or without the events
    plugin. The old top-level EVENTS_DEFAULT_DURATION stops the build with where it moved, so a
    site that set it never silently gets another duration.

    >>> default_duration({}), default_duration({"HUB_EVENTS": {"default_duration": 90}})
    (120, 90)
    """
    if "EVENTS_DEFAULT_DURATION" in settings:
        raise SettingsError(
            "hub_events: EVENTS_DEFAULT_DURATION is now HUB_EVENTS[\"default_duration\"]: move its value there "
            f"(HUB_EVENTS = {{..., \"default_duration\": {settings['EVENTS_DEFAULT_DURATION']!r}}}) and remove it"
        )
    value = (settings.get("HUB_EVENTS") or {}).get("default_duration", DEFAULT_DURATION)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise SettingsError(f"hub_events: Invalid 'HUB_EVENTS' default_duration: {value!r} (expected a whole number of minutes, 1 or more)")
    return value
