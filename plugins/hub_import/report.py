"""What `hub import` says, per source, in French or English.

    bas-saint-laurent-2-0 : 3 nouveaux, 2 mis à jour, 1 annulé, 0 erreur
    yulbiz : échec, rien n'a été écrit : délai dépassé (20 s)
"""

from .run import Outcome

# reason code: (French, English); placeholders from FetchError.params.
FAILURES = {
    "timeout": ("délai dépassé ({seconds:g} s)", "timed out ({seconds:g} s)"),
    "http_status": ("le serveur a répondu {status}", "the server answered {status}"),
    "too_big": ("calendrier trop gros (plus de {limit} octets)", "calendar too big (over {limit} bytes)"),
    "network": ("connexion impossible ({detail})", "could not connect ({detail})"),
    "not_https": ("« {value} » n'est pas une adresse https://", "'{value}' is not an https:// address"),
    "file_missing": ("fichier introuvable : {value}", "file not found: {value}"),
    "not_a_calendar": ("ce n'est pas un calendrier iCalendar ({detail})", "not an iCalendar calendar ({detail})"),
}
EVENT_ERRORS = {
    "no_uid": ("événement sans UID", "event without a UID"),
    "no_title": ("événement sans titre (SUMMARY)", "event without a title (SUMMARY)"),
    "no_start": ("événement sans date de début (DTSTART)", "event without a start (DTSTART)"),
    "unreadable": ("événement illisible", "unreadable event"),
    "invalid": ("le fichier ne passerait pas make check ; il n'a pas été écrit", "the file would not pass make check; it was not written"),
}


def _count(number, french_one, french_many, english_one, english_many, lang):
    if lang == "en":
        return f"{number} {english_one if number == 1 else english_many}"
    return f"{number} {french_one if number < 2 else french_many}"


def lines(outcome: Outcome, lang: str = "fr") -> list:
    """The report of one source: a line, then one per unreadable event."""
    separator = ": " if lang == "en" else " : "
    if outcome.failure is not None:
        french, english = FAILURES[outcome.failure.code]
        reason = (english if lang == "en" else french).format(**outcome.failure.params)
        failed = "failed, nothing was written" if lang == "en" else "échec, rien n'a été écrit"
        return [f"{outcome.source}{separator}{failed}{separator}{reason}"]
    parts = [
        _count(outcome.new, "nouveau", "nouveaux", "new", "new", lang),
        _count(outcome.updated, "mis à jour", "mis à jour", "updated", "updated", lang),
        _count(outcome.cancelled, "annulé", "annulés", "cancelled", "cancelled", lang),
        _count(len(outcome.errors), "erreur", "erreurs", "error", "errors", lang),
    ]
    if outcome.missing:
        parts.append(_count(outcome.missing, "disparu de la source", "disparus de la source", "gone from the source", "gone from the source", lang))
    result = [outcome.source + separator + ", ".join(parts)]
    for name, code in outcome.errors:
        french, english = EVENT_ERRORS[code]
        result.append(f"  {name}{separator}{english if lang == 'en' else french}")
    return result
