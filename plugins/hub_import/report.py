"""What `hub import` says, per source, in French or English.

    bas-saint-laurent-2-0 : 3 nouveaux, 2 mis à jour, 1 annulé, 0 erreur
    yulbiz : échec, rien n'a été écrit : délai dépassé (20 s)
"""

from hub_core.i18n import N_, ngettext, words

from .run import Outcome

# reason code: the French words, marked for the catalog (theme/translations: the English words);
# placeholders from FetchError.params.
FAILURES = {
    "timeout": N_("délai dépassé (%(seconds)g s)"),
    "http_status": N_("le serveur a répondu %(status)s"),
    "too_big": N_("calendrier trop gros (plus de %(limit)s octets)"),
    "network": N_("connexion impossible (%(detail)s)"),
    "not_https": N_("« %(value)s » n'est pas une adresse https://"),
    "file_missing": N_("fichier introuvable : %(value)s"),
    "not_a_calendar": N_("ce n'est pas un calendrier iCalendar (%(detail)s)"),
}
EVENT_ERRORS = {
    "no_uid": N_("événement sans UID"),
    "no_title": N_("événement sans titre (SUMMARY)"),
    "no_start": N_("événement sans date de début (DTSTART)"),
    "unreadable": N_("événement illisible"),
    "invalid": N_("le fichier ne passerait pas make check ; il n'a pas été écrit"),
}


def lines(outcome: Outcome, lang: str = "fr") -> list:
    """The report of one source: a line, then one per unreadable event."""
    if outcome.failure is not None:
        reason = words(lang, FAILURES[outcome.failure.code], **outcome.failure.params)
        return [words(lang, N_("%(source)s : échec, rien n'a été écrit : %(reason)s"), source=outcome.source, reason=reason)]
    parts = [
        ngettext("%(num)d nouveau", "%(num)d nouveaux", outcome.new, lang=lang),
        ngettext("%(num)d mis à jour", "%(num)d mis à jour", outcome.updated, lang=lang),
        ngettext("%(num)d annulé", "%(num)d annulés", outcome.cancelled, lang=lang),
        ngettext("%(num)d erreur", "%(num)d erreurs", len(outcome.errors), lang=lang),
    ]
    if outcome.missing:
        parts.append(ngettext("%(num)d disparu de la source", "%(num)d disparus de la source", outcome.missing, lang=lang))
    result = [words(lang, N_("%(name)s : %(text)s"), name=outcome.source, text=", ".join(parts))]
    for name, code in outcome.errors:
        result.append("  " + words(lang, N_("%(name)s : %(text)s"), name=name, text=words(lang, EVENT_ERRORS[code])))
    return result
