"""Site defaults and plugin settings: one dict per plugin, documented defaults, unknown keys refused.

A refused setting stops the build with a SettingsError whose words come from the catalog
(`MESSAGES`, French, translated in theme/translations), in `problems.message_language()`.
"""

from collections.abc import Mapping
from typing import Any

from .i18n import N_, words
from .problems import message_language
from .shapes import Settings

DEFAULT_TIMEZONE = "America/Toronto"  # the site's zone when the TIMEZONE setting is not given
DEFAULT_DURATION = 120  # minutes a timed event written without `end` lasts, unless HUB_EVENTS says
# The date in every tag: URI (feed, item and entry ids of hub_feeds, hub_digest, hub_resources):
# fixed, another year would renew every id.
TAG_YEAR = 2026
# Keys that were settings and are now constants: accepted in a plugin's dict with this value only.
FIXED = {
    "tag_year": (TAG_YEAR, N_("une autre année donnerait un nouvel identifiant à chaque fil et à chaque élément : "
                              "les lecteurs reverraient tous les éléments")),
}

MESSAGES = {  # French words marked for the catalog (theme/translations: the English words)
    "fixed": N_("%(plugin)s : %(key)s de %(name)s n'est plus un réglage : il reste %(value)s (%(why)s) ; "
                "retirez la clé (valeur donnée : %(given)s)"),
    "unknown_key": N_("%(plugin)s : clé « %(key)s » inconnue dans %(name)s (clés connues : %(known)s)"),
    "duration_moved": N_("hub_events : EVENTS_DEFAULT_DURATION est maintenant HUB_EVENTS[\"default_duration\"] : "
                         "déplacez-y sa valeur (HUB_EVENTS = {..., \"default_duration\": %(value)s}) et retirez-le"),
    "duration": N_("hub_events : default_duration de HUB_EVENTS invalide : %(value)s "
                   "(attendu : un nombre entier de minutes, 1 ou plus)"),
}


def say(message: str, **values: object) -> str:
    """A settings message (marked with N_()) in the message language."""
    return words(message_language(), message, **values)


def site_timezone(settings: Settings) -> str:
    """The site's time zone name: the TIMEZONE setting, else DEFAULT_TIMEZONE.

    >>> site_timezone({}), site_timezone({"TIMEZONE": "Europe/Paris"})
    ('America/Toronto', 'Europe/Paris')
    """
    return str(settings.get("TIMEZONE") or DEFAULT_TIMEZONE)


class SettingsError(ValueError):
    """A plugin setting that does not exist (a typo would otherwise be ignored) or a bad value, in words."""


def plugin_settings(settings: Settings, name: str, defaults: Mapping[str, Any], fixed: tuple[str, ...] = ()) -> dict[str, Any]:
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
                raise SettingsError(say(MESSAGES["fixed"], plugin=name.lower(), name=name, key=key, value=value,
                                        why=say(why), given=repr(given[key])))
            del given[key]
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        known = ", ".join(sorted(defaults))
        raise SettingsError(say(MESSAGES["unknown_key"], plugin=name.lower(), name=name, key=unknown[0], known=known))
    return {**defaults, **given}


def default_duration(settings: Settings) -> int:
    """Minutes a timed event written without `end` lasts: HUB_EVENTS["default_duration"], else DEFAULT_DURATION.

    Validation (hub_core), `hub check` and hub_events read it here, with or without the events
    plugin. The old top-level EVENTS_DEFAULT_DURATION stops the build with where it moved, so a
    site that set it never silently gets another duration.

    >>> default_duration({}), default_duration({"HUB_EVENTS": {"default_duration": 90}})
    (120, 90)
    """
    if "EVENTS_DEFAULT_DURATION" in settings:
        raise SettingsError(say(MESSAGES["duration_moved"], value=repr(settings["EVENTS_DEFAULT_DURATION"])))
    value = (settings.get("HUB_EVENTS") or {}).get("default_duration", DEFAULT_DURATION)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise SettingsError(say(MESSAGES["duration"], value=repr(value)))
    return value
