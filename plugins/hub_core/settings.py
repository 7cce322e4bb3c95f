"""Plugin settings: one dict per plugin, documented defaults, unknown keys refused."""


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
