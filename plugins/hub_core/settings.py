"""Site defaults and plugin settings: one dict per plugin, documented defaults, unknown keys refused."""

from collections.abc import Mapping

DEFAULT_TIMEZONE = "America/Toronto"  # the site's zone when the TIMEZONE setting is not given


def site_timezone(settings: Mapping) -> str:
    """The site's time zone name: the TIMEZONE setting, else DEFAULT_TIMEZONE.

    >>> site_timezone({}), site_timezone({"TIMEZONE": "Europe/Paris"})
    ('America/Toronto', 'Europe/Paris')
    """
    return settings.get("TIMEZONE") or DEFAULT_TIMEZONE


class SettingsError(ValueError):
    """A plugin setting that does not exist (a typo would otherwise be ignored)."""


def plugin_settings(settings, name, defaults):
    """`settings[name]` merged over `defaults`; an unknown key stops the build.

    >>> plugin_settings({"HUB_SITE": {"home_events": 3}}, "HUB_SITE", {"home_events": 6})
    {'home_events': 3}
    """
    given = settings.get(name) or {}
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        plugin = name.lower()
        known = ", ".join(sorted(defaults))
        raise SettingsError(f"{plugin}: Invalid '{name}' key: '{unknown[0]}' (known keys: {known})")
    return {**defaults, **given}
