"""Each item's revision, from the repository's history (hub_core.history), before output.

Sets on every item `revised` (UTC: the last commit that changed its file, or an uncommitted
edit "now"; `modified:` wins when later), `sequence` (iCalendar SEQUENCE: the minutes from
`date` to `modified`, as before, plus one for every commit that changed what a calendar shows)
and `revised_before` (the calendar fields before the last such change, as written).
"""

import logging
import os

from hub_core import dates, history
from hub_core.i18n import N_, words
from hub_core.problems import message_language

logger = logging.getLogger(__name__)

# What a calendar or a change notice shows: a commit that changes one of these raises SEQUENCE.
CALENDAR_FIELDS = (
    "title", "start", "end", "timezone", "format", "venue", "online", "event_status",
    "previous_start", "recurrence", "destinations",
)


def shows_in_calendars(path):
    """Events and missions are in calendars (path relative to the content folder)."""
    return path.startswith("events/") or (path.startswith("missions/") and path.endswith("/mission.md"))


def set_revisions(items, settings):
    """Give every item `revised`, `sequence` and `revised_before`."""
    found = None
    if settings.get("REVISIONS_FROM_GIT", True):
        now = dates.now(os.environ, dates.UTC)
        found = history.read(settings["PATH"], now, CALENDAR_FIELDS, shows_in_calendars)
        if found.reason:
            logger.warning("%s", without_history(found.reason, message_language()))
    for item in items:
        date = getattr(item, "date", None)
        changed, sequence = history.declared(date, getattr(item, "modified", None)) if date else (None, 0)
        revision = found.of(item.source_path) if found else None
        if revision is not None:
            changed = max(changed, revision.changed) if changed else revision.changed
            sequence += revision.changes
        item.revised = changed
        item.sequence = sequence
        item.revised_before = revision.before if revision else {}


# Why hub_core.history found no history, in the words of the build's warning.
REASONS = {
    "no-git": N_("pas de dépôt git (une archive ?)"),
    "shallow": N_("historique git tronqué (clone superficiel : fetch-depth: 0 dans le workflow)"),
}
WITHOUT_HISTORY = N_("Révisions : %(reason)s ; DTSTAMP, SEQUENCE et <updated> viennent de `modified`/`date`")


def without_history(reason, lang):
    """The build's warning when the revisions cannot come from git, in `lang` (hub_core.i18n)."""
    return words(lang, WITHOUT_HISTORY, reason=words(lang, REASONS[reason]))
