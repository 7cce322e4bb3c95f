"""The content model: one declared table of fields per content type.

This is the single source of truth for what editors may write (see
docs/content-model.md, generated from it). Validation reads it; editor schemas,
scaffolding, the editors' guide and docs/content-model.md are generated from it.

Field types:
  text, url, email, slug, timezone, country, region, city, image, file (text forms)
  when        a date (all-day) or a local date-time, per the time rule
  date        a date only
  clock       `HH:MM` on the event's first day, or a full date-time
  integer     a whole number ≥ 0 (≥ 1 when `minimum=1`)
  number      a number ≥ 0
  latitude    decimal degrees, -90 to 90 (with `longitude` beside it)
  longitude   decimal degrees, -180 to 180 (with `latitude` beside it)
  choice      one of `choices`
  rrule       an RFC 5545 RRULE
  list        a list of `item`; a single value is taken as a one-item list
  mapping     named sub-fields `fields`
  record      a mapping a tool writes and reads back (any sub-fields, kept as written)
  either      `scalar` when written as one value, `mapping` when written as sub-fields
"""

import re
from dataclasses import dataclass, field

from . import limits


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"
    required: bool = False
    required_when: tuple = ()  # (other field, (values…)): required when other is one of values
    choices: tuple = ()
    default: object = None
    item: "Field | None" = None
    fields: tuple = ()
    scalar: "Field | None" = None
    mapping: "Field | None" = None
    minimum: int = 0
    maximum: int = limits.MAX_NUMBER  # integer and number
    help_fr: str = ""
    help_en: str = ""
    # What subscribers get when the field is not read: (French, English). A misspelled name of
    # such a field is an error, never a mere warning (validate.py).
    without: tuple = ()

    def sub(self, name):
        return next((f for f in self.fields if f.name == name), None)


def mapping(name, *fields, **options):
    return Field(name, "mapping", fields=fields, **options)


def listing(name, item, **options):
    return Field(name, "list", item=item, **options)


def _with(fields, **changes):
    """The same fields with some replaced: name -> Field."""
    return tuple(changes.get(f.name, f) for f in fields)


LANGS = ("fr", "en")
STATUSES = ("published", "draft", "hidden")
FORMATS = ("in-person", "online", "hybrid")
EVENT_STATUSES = ("scheduled", "cancelled", "postponed", "rescheduled", "moved-online")
KINDS = ("organization", "association", "meetup", "incubator", "coworking", "public-body", "media")
SOCIAL_NETWORKS = ("linkedin", "mastodon", "bluesky", "x", "facebook", "youtube")
RESOURCE_KINDS = ("slides", "video", "recording", "document", "link")
ACCESS = ("public", "registrants")

# The documents, slides and recordings an item leaves behind (the library, /ressources/).
RESOURCES = listing(
    "resources",
    mapping(
        "resources",
        Field("title", required=True, help_fr="titre du document ou de l'enregistrement", help_en="the document's or recording's title"),
        Field("kind", "choice", choices=RESOURCE_KINDS, required=True, help_fr="présentation, vidéo, enregistrement, document ou lien", help_en="slides, video, recording, document or link"),
        Field("url", "url", help_fr="adresse (ou file) ; avec access: registrants, la page qui vérifie l'inscription", help_en="address (or file); with access: registrants, the page that checks registration"),
        Field("file", "file", help_fr="fichier sous content/files/ (ou url), toujours public", help_en="a file under content/files/ (or url), always public"),
        Field("language", "choice", choices=LANGS, help_fr="langue du document", help_en="the document's language"),
        listing("speakers", Field("speakers"), help_fr="personnes qui présentent", help_en="who presents it"),
        Field("until", "date", help_fr="dernier jour où il est offert", help_en="last day it is available"),
        Field("access", "choice", choices=ACCESS, default="public", help_fr="public, ou registrants (réservé aux personnes inscrites)", help_en="public, or registrants (registered people only)"),
        help_fr="ressource", help_en="resource",
    ),
    help_fr="ressources : présentations, vidéos, enregistrements, documents, liens", help_en="resources: slides, videos, recordings, documents, links",
)

ORGANIZER = Field(
    "organizer",
    "either",
    scalar=Field("organizer", "slug"),
    mapping=mapping("organizer", Field("name", required=True), Field("url", "url")),
    help_fr="identifiant d'une fiche du répertoire, ou name et url",
    help_en="a directory entry's slug, or name and url",
)

# What `hub import` records on an event it brings from a group's calendar (content/data/calendars.yml).
SOURCE = mapping(
    "source",
    Field("name", "slug", required=True, help_fr="la source (name dans content/data/calendars.yml)", help_en="the source (name in content/data/calendars.yml)"),
    Field("uid", required=True, help_fr="l'UID de l'événement dans son calendrier", help_en="the event's UID in its calendar"),
    Field("missing", "date", help_fr="jour où l'événement a disparu de son calendrier", help_en="day the event disappeared from its calendar"),
    Field("imported", "record", help_fr="empreinte de chaque champ tel qu'importé (ne pas modifier)", help_en="fingerprint of each field as imported (do not edit)"),
    help_fr="écrit par hub import : d'où vient l'événement", help_en="written by hub import: where the event comes from",
)

COMMON = (
    Field("title", required=True, help_fr="le titre, en texte simple", help_en="the title, plain text"),
    Field("date", "when", required=True, help_fr="date de publication", help_en="publication date"),
    Field("modified", "when", help_fr="dernière mise à jour importante, jamais avant la date de publication", help_en="last significant update, never before the publication date"),
    Field("lang", "choice", choices=LANGS, default="fr", help_fr="langue", help_en="language"),
    Field("slug", "slug", help_fr="identifiant dans l'adresse", help_en="identifier in the address"),
    Field("summary", help_fr="résumé en texte simple", help_en="plain-text teaser"),
    listing("authors", Field("authors"), help_fr="auteurs et autrices", help_en="authors"),
    Field("author", help_fr="une seule personne (au lieu de authors)", help_en="one author (instead of authors)"),
    listing("tags", Field("tags"), help_fr="mots-clés", help_en="free tags"),
    Field("category", help_fr="thème", help_en="theme"),
    Field("status", "choice", choices=STATUSES, default="published", help_fr="état de publication", help_en="publication status"),
    Field("image", "image", help_fr="image sous content/images/", help_en="an image under content/images/"),
    Field("image_alt", required_when=("image", ()), help_fr="texte de remplacement de l'image", help_en="the image's text alternative"),
    Field("city", "city", help_fr="municipalité", help_en="municipality"),
    Field("region", "region", help_fr="région (si la ville est inconnue)", help_en="region (when the city is unknown)"),
    Field("country", "country", default="CA", help_fr="pays (code ISO à deux lettres)", help_en="country (ISO alpha-2)"),
)

# Fields of an event that change what subscribers of its calendars and feeds see.
SEEN = {
    "modified": ("les applications des abonnés peuvent garder l'ancienne version de l'événement",
                 "subscribers' apps may keep the old version of the event"),
    "start": ("l'événement n'a pas de date pour les abonnés", "the event has no date for subscribers"),
    "end": ("les abonnés voient la fin par défaut (le même jour, ou deux heures après le début)",
            "subscribers see the default end (the same day, or two hours after the start)"),
    "timezone": ("les heures sont lues à l'heure du site et arrivent décalées chez les abonnés",
                 "times are read in the site's time zone and reach subscribers shifted"),
    "format": ("l'événement reste « en personne » pour les abonnés", "the event stays 'in person' for subscribers"),
    "venue": ("le lieu manque dans les calendriers des abonnés", "the place is missing from subscribers' calendars"),
    "online": ("le lien en ligne manque dans les calendriers des abonnés", "the online link is missing from subscribers' calendars"),
    "event_status": ("l'événement reste « prévu » pour les abonnés", "the event stays 'scheduled' for subscribers"),
    "previous_start": ("les abonnés ne voient pas l'ancienne date", "subscribers do not see the former date"),
    "recurrence": ("l'événement n'a lieu qu'une fois pour les abonnés", "the event happens only once for subscribers"),
    "recurrence.until": ("la répétition ne s'arrête pas à cette date pour les abonnés", "the repetition does not stop on that date for subscribers"),
    "recurrence.count": ("le nombre de répétitions n'est pas limité pour les abonnés", "the number of repetitions is not limited for subscribers"),
    "recurrence.except": ("les dates exclues restent dans les calendriers des abonnés", "the excluded dates stay in subscribers' calendars"),
    "online.url": ("le lien en ligne manque dans les calendriers des abonnés", "the online link is missing from subscribers' calendars"),
}  # fmt: skip

EVENT = _with(
    COMMON,
    modified=Field("modified", "when", help_fr="dernière mise à jour importante", help_en="last significant update", without=SEEN["modified"]),
    # An event's page, calendars and lists go together: no unlisted (hidden) event.
    status=Field("status", "choice", choices=("published", "draft"), default="published", help_fr="état de publication", help_en="publication status"),
) + (
    Field("start", "when", required=True, help_fr="début : date ou date et heure locales", help_en="start: date or local date-time", without=SEEN["start"]),
    Field("end", "when", help_fr="fin, jamais avant le début", help_en="end, never before start", without=SEEN["end"]),
    Field("timezone", "timezone", help_fr="fuseau horaire IANA", help_en="IANA time zone", without=SEEN["timezone"]),
    Field("format", "choice", choices=FORMATS, default="in-person", help_fr="en personne, en ligne ou hybride", help_en="in person, online or hybrid",
          without=SEEN["format"]),
    mapping(
        "venue",
        Field("name", required=True),
        Field("address"),
        Field("city", "city", required=True),
        Field("postal_code"),
        Field("country", "country", help_fr="pays du lieu (par défaut : country)", help_en="the venue's country (default: country)"),
        Field("latitude", "latitude", help_fr="latitude du lieu, avec longitude (cartes, calendriers, distances)", help_en="the venue's latitude, with longitude (maps, calendars, distances)"),
        Field("longitude", "longitude", help_fr="longitude du lieu, avec latitude", help_en="the venue's longitude, with latitude"),
        required_when=("format", ("in-person", "hybrid")),
        help_fr="lieu", help_en="venue", without=SEEN["venue"],
    ),
    mapping(
        "online",
        Field("url", "url", without=SEEN["online.url"]),
        Field("platform"),
        required_when=("format", ("online", "hybrid")),
        help_fr="lien en ligne (peut rester vide)", help_en="online link (may stay empty)", without=SEEN["online"],
    ),
    ORGANIZER,
    Field(
        "registration",
        "either",
        scalar=Field("registration", "url"),
        mapping=mapping(
            "registration",
            Field("url", "url"),
            Field("price", "number"),
            Field("currency", default="CAD"),
            Field("deadline", "when"),
        ),
        help_fr="inscription : adresse, ou url, price, currency, deadline",
        help_en="registration: a URL, or url, price, currency, deadline",
    ),
    listing("languages", Field("languages", "choice", choices=LANGS), default=("fr",), help_fr="langues de l'événement", help_en="languages spoken"),
    listing(
        "speakers",
        mapping("speakers", Field("name", required=True), Field("affiliation"), Field("url", "url")),
        help_fr="personnes conférencières", help_en="speakers",
    ),
    listing(
        "program",
        mapping(
            "program",
            Field("start", "clock", required=True),
            Field("end", "clock"),
            Field("title", required=True),
            listing("speakers", Field("speakers")),
            Field("room"),
            Field("language", "choice", choices=LANGS),
        ),
        help_fr="programme : séances", help_en="program: sessions",
    ),
    Field("event_status", "choice", choices=EVENT_STATUSES, default="scheduled", help_fr="état de l'événement", help_en="event status",
          without=SEEN["event_status"]),
    Field("previous_start", "when", required_when=("event_status", ("rescheduled",)), help_fr="ancienne date (événement déplacé)", help_en="former start (rescheduled)",
          without=SEEN["previous_start"]),
    mapping(
        "recurrence",
        Field("rule", "rrule", required=True, help_fr="sans UNTIL : la fin s'écrit avec until", help_en="without UNTIL: the end is until"),
        Field("until", "date", help_fr="dernier jour, compris", help_en="last day, included", without=SEEN["recurrence.until"]),
        Field("count", "integer", minimum=1, maximum=limits.MAX_OCCURRENCES, without=SEEN["recurrence.count"]),
        listing("except", Field("except", "date"), without=SEEN["recurrence.except"]),
        help_fr="récurrence (RRULE)", help_en="recurrence (RRULE)", without=SEEN["recurrence"],
    ),
    mapping("replay", Field("url", "url", required=True), Field("until", "date"), help_fr="rediffusion", help_en="replay"),
    Field("attendance", "integer", help_fr="nombre de participants", help_en="number of participants"),
    Field("mission", "slug", help_fr="mission à laquelle l'événement appartient", help_en="mission this event belongs to"),
    SOURCE,
    RESOURCES,
    listing(
        "exhibitors",
        mapping(
            "exhibitors",
            Field("name", help_fr="nom (ou directory)", help_en="name (or directory)"),
            Field("directory", "slug", help_fr="identifiant d'une fiche du répertoire (ou name)", help_en="a directory entry's slug (or name)"),
            Field("url", "url", help_fr="site web", help_en="website"),
            Field("booth", "url", help_fr="adresse du kiosque virtuel", help_en="the virtual booth's address"),
            Field("description", help_fr="une phrase ou deux", help_en="a sentence or two"),
            RESOURCES,
        ),
        help_fr="exposants : name ou directory, url, booth, description, resources", help_en="exhibitors: name or directory, url, booth, description, resources",
    ),
    mapping(
        "survey",
        Field("url", "url", required=True),
        Field("until", "date", help_fr="dernier jour où le sondage est affiché", help_en="last day the survey is shown"),
        help_fr="sondage après l'événement : url, until", help_en="survey after the event: url, until",
    ),
)

POST = COMMON + (
    Field("series", help_fr="titre de la série, identique sur chaque partie", help_en="series title, the same on every part"),
    Field("series_index", "integer", minimum=1, help_fr="numéro de la partie", help_en="part number"),
    listing(
        "series_upcoming",
        mapping("series_upcoming", Field("title", required=True), Field("expected", "date")),
        help_fr="parties annoncées", help_en="announced parts",
    ),
    RESOURCES,
)


CHRONICLE = _with(
    COMMON,
    authors=listing("authors", Field("authors"), required=True, help_fr="chroniqueuses et chroniqueurs", help_en="columnists"),
) + (Field("column", required=True, help_fr="la chronique récurrente", help_en="the recurring column"), RESOURCES)

MISSION = _with(
    COMMON,
    date=Field("date", "when", help_fr="date d'annonce (par défaut : start)", help_en="announcement date (default: start)"),
) + (
    Field("start", "date", required=True, help_fr="premier jour du voyage", help_en="first day of the trip"),
    Field("end", "date", required=True, help_fr="dernier jour du voyage", help_en="last day of the trip"),
    listing(
        "destinations",
        mapping(
            "destinations",
            Field("city", required=True),
            Field("country", "country", required=True),
            Field("from", "date", required=True),
            Field("to", "date", required=True),
            listing("hosts", Field("hosts")),
            listing("events", Field("events", "slug")),
        ),
        required=True,
        help_fr="étapes, dans l'ordre", help_en="stops, in order",
    ),
    Field("delegation", "integer", help_fr="nombre de participants", help_en="number of participants"),
    ORGANIZER,
    listing("partners", ORGANIZER, help_fr="partenaires", help_en="partners"),
    RESOURCES,
)

REPORT = COMMON + (Field("stop", help_fr="ville de l'étape racontée", help_en="city of the stop it tells about"), RESOURCES)

DIRECTORY = _with(
    COMMON,
    date=Field("date", "when", required=True, help_fr="date d'ajout au répertoire", help_en="date added to the directory"),
    city=Field("city", "city", required=True, help_fr="ville où l'organisme est établi", help_en="where it is based"),
) + (
    Field("kind", "choice", choices=KINDS, required=True, help_fr="type d'organisme", help_en="kind of organization"),
    Field("website", "url", help_fr="site web", help_en="website"),
    Field("email", "email", help_fr="adresse publique de l'organisme", help_en="the organization's public address"),
    mapping("social", *(Field(n, "url") for n in SOCIAL_NETWORKS), help_fr="réseaux sociaux", help_en="social links"),
    listing("languages", Field("languages", "choice", choices=LANGS), help_fr="langues", help_en="languages"),
    Field("meets", help_fr="quand le groupe se réunit", help_en="when it meets"),
    Field("latitude", "latitude", help_fr="latitude des locaux, avec longitude (cartes, distances)", help_en="the premises' latitude, with longitude (maps, distances)"),
    Field("longitude", "longitude", help_fr="longitude des locaux, avec latitude", help_en="the premises' longitude, with latitude"),
)

PAGE = _with(COMMON, date=Field("date", "when", help_fr="date de publication", help_en="publication date"))

# One entry of content/data/calendars.yml: a group's calendar that `hub import` follows.
CALENDAR = (
    Field("name", "slug", required=True, help_fr="identifiant de la source, noté sur chaque événement importé", help_en="the source's identifier, recorded on every event it brings"),
    Field("url", "url", help_fr="adresse https:// du calendrier iCalendar (ou file)", help_en="the iCalendar's https:// address (or file)"),
    Field("file", help_fr="fichier .ics du dépôt, chemin depuis sa racine (ou url)", help_en="an .ics file of the repository, path from its root (or url)"),
    Field("organizer", "slug", required=True, help_fr="identifiant de la fiche du répertoire qui organise ces événements", help_en="slug of the directory entry that organizes these events"),
    Field("region", "region", help_fr="région par défaut des événements", help_en="default region of the events"),
    Field("category", help_fr="thème par défaut", help_en="default theme"),
    listing("tags", Field("tags"), help_fr="mots-clés ajoutés à chaque événement", help_en="tags added to every event"),
    Field("format", "choice", choices=FORMATS, help_fr="format par défaut (sinon : selon le lieu et le lien)", help_en="default format (else: from the place and the link)"),
    listing("languages", Field("languages", "choice", choices=LANGS), help_fr="langues par défaut", help_en="default languages"),
    Field("match", help_fr="ne garder que les événements dont le titre ou le lieu contient ce texte", help_en="keep only the events whose title or place contains this text"),
)

# Content types, by the content folder they come from.
TYPES = {
    "event": EVENT,
    "post": POST,
    "chronicle": CHRONICLE,
    "mission": MISSION,
    "report": REPORT,
    "directory": DIRECTORY,
    "page": PAGE,
}

FOLDERS = {
    "events": "event",
    "blog": "post",
    "chronicles": "chronicle",
    "missions": "report",  # mission.md itself is "mission"
    "directory": "directory",
    "pages": "page",
}

# `mission.md`, or a translation of it: `mission-en.md` / `mission.en.md`.
MISSION_FILE = re.compile(r"^mission(?:[.-][a-z]{2})?\.md$", re.IGNORECASE)


def content_type(relative_path):
    """The content type of a file from its path under content/, or None."""
    parts = str(relative_path).replace("\\", "/").split("/")
    kind = FOLDERS.get(parts[0]) if len(parts) > 1 else None
    if kind == "report" and len(parts) == 3 and MISSION_FILE.match(parts[-1]):
        return "mission"
    return kind


def fields_of(kind):
    return {f.name: f for f in TYPES[kind]}


def walk(fields, prefix: str = ""):
    """(name, spec) of each field and its sub-fields, in table order: `venue.city`,
    `speakers[].name` (a list's items), an either's mapping side (`registration.url`)."""
    for spec in fields:
        name = prefix + spec.name
        yield name, spec
        shape = spec.mapping if spec.type == "either" else spec.item if spec.type == "list" else spec
        if shape is not None and shape.type == "mapping":
            yield from walk(shape.fields, f"{name}[]." if spec.type == "list" else f"{name}.")
