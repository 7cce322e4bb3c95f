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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, TypedDict

from . import limits
from .i18n import N_, words

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack from Python 3.12


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"
    required: bool = False
    required_when: tuple[str, tuple[str, ...]] | tuple[()] = ()  # (other field, (values…)): required when other is one of values
    choices: tuple[str, ...] = ()
    default: object = None
    item: "Field | None" = None
    fields: tuple["Field", ...] = ()
    scalar: "Field | None" = None
    mapping: "Field | None" = None
    minimum: int = 0
    maximum: int = limits.MAX_NUMBER  # integer and number
    help: str = ""  # what the field is for, in French, marked with N_() (the catalog has the English)
    # What subscribers get when the field is not read, in French (N_()). A misspelled name of
    # such a field is an error, never a mere warning (validate.py).
    without: str = ""

    def sub(self, name: str) -> "Field | None":
        return next((f for f in self.fields if f.name == name), None)

    def help_in(self, lang: str) -> str:
        """What the field is for, in `lang` (theme/translations); "" when it has no help."""
        return words(lang, self.help) if self.help else ""


class FieldOptions(TypedDict, total=False):
    """What `mapping` and `list_field` pass on to the Field they make, beside its name and shape."""

    required: bool
    required_when: tuple[str, tuple[str, ...]] | tuple[()]
    choices: tuple[str, ...]
    default: object
    minimum: int
    maximum: int
    help: str
    without: str


def mapping(name: str, *fields: Field, **options: "Unpack[FieldOptions]") -> Field:
    return Field(name, "mapping", fields=fields, **options)


def list_field(name: str, item: Field, **options: "Unpack[FieldOptions]") -> Field:
    return Field(name, "list", item=item, **options)


def _with(fields: tuple[Field, ...], **changes: Field) -> tuple[Field, ...]:
    """The same fields with some replaced: name -> Field."""
    return tuple(changes.get(f.name, f) for f in fields)


LANGS = ("fr", "en")
STATUSES = ("published", "draft", "hidden")
FORMATS = ("in-person", "online", "hybrid")
EVENT_STATUSES = ("scheduled", "cancelled", "postponed", "rescheduled", "moved-online")
DIRECTORY_KINDS = ("organization", "association", "meetup", "incubator", "coworking", "public-body", "media")
SOCIAL_NETWORKS = ("linkedin", "mastodon", "bluesky", "x", "facebook", "youtube")
RESOURCE_KINDS = ("slides", "video", "recording", "document", "link")
ACCESS = ("public", "registrants")

# The documents, slides and recordings an item leaves behind (the library, /ressources/).
RESOURCES = list_field(
    "resources",
    mapping(
        "resources",
        Field("title", required=True, help=N_("titre du document ou de l'enregistrement")),
        Field("kind", "choice", choices=RESOURCE_KINDS, required=True, help=N_("présentation, vidéo, enregistrement, document ou lien")),
        Field("url", "url", help=N_("adresse (ou file) ; avec access: registrants, la page qui vérifie l'inscription")),
        Field("file", "file", help=N_("fichier sous content/files/ (ou url), toujours public")),
        Field("language", "choice", choices=LANGS, help=N_("langue du document")),
        list_field("speakers", Field("speakers"), help=N_("personnes qui présentent")),
        Field("until", "date", help=N_("dernier jour où il est offert")),
        Field("access", "choice", choices=ACCESS, default="public", help=N_("public, ou registrants (réservé aux personnes inscrites)")),
        help=N_("ressource"),
    ),
    help=N_("ressources : présentations, vidéos, enregistrements, documents, liens"),
)

ORGANIZER = Field(
    "organizer",
    "either",
    scalar=Field("organizer", "slug"),
    mapping=mapping("organizer", Field("name", required=True), Field("url", "url")),
    help=N_("identifiant d'une fiche du répertoire, ou name et url"),
)

# What `hub import` records on an event it brings from a group's calendar (content/data/calendars.yml).
SOURCE = mapping(
    "source",
    Field("name", "slug", required=True, help=N_("la source (name dans content/data/calendars.yml)")),
    Field("uid", required=True, help=N_("l'UID de l'événement dans son calendrier")),
    Field("missing", "date", help=N_("jour où l'événement a disparu de son calendrier")),
    Field("imported", "record", help=N_("empreinte de chaque champ tel qu'importé (ne pas modifier)")),
    help=N_("écrit par hub import : d'où vient l'événement"),
)

COMMON = (
    Field("title", required=True, help=N_("le titre, en texte simple")),
    Field("date", "when", required=True, help=N_("date de publication")),
    Field("modified", "when", help=N_("dernière mise à jour importante, jamais avant la date de publication")),
    Field("lang", "choice", choices=LANGS, default="fr", help=N_("langue")),
    Field("slug", "slug", help=N_("identifiant dans l'adresse")),
    Field("summary", help=N_("résumé en texte simple")),
    list_field("authors", Field("authors"), help=N_("auteurs et autrices")),
    Field("author", help=N_("une seule personne (au lieu de authors)")),
    list_field("tags", Field("tags"), help=N_("mots-clés")),
    Field("category", help=N_("thème")),
    Field("status", "choice", choices=STATUSES, default="published", help=N_("état de publication")),
    Field("image", "image", help=N_("image sous content/images/")),
    Field("image_alt", required_when=("image", ()), help=N_("texte de remplacement de l'image")),
    Field("city", "city", help=N_("municipalité")),
    Field("region", "region", help=N_("région (si la ville est inconnue)")),
    Field("country", "country", default="CA", help=N_("pays (code ISO à deux lettres)")),
)

# Fields of an event that change what subscribers of its calendars and feeds see.
SEEN = {
    "modified": N_("les applications des abonnés peuvent garder l'ancienne version de l'événement"),
    "start": N_("l'événement n'a pas de date pour les abonnés"),
    "end": N_("les abonnés voient la fin par défaut (le même jour, ou deux heures après le début)"),
    "timezone": N_("les heures sont lues à l'heure du site et arrivent décalées chez les abonnés"),
    "format": N_("l'événement reste « en personne » pour les abonnés"),
    "venue": N_("le lieu manque dans les calendriers des abonnés"),
    "online": N_("le lien en ligne manque dans les calendriers des abonnés"),
    "event_status": N_("l'événement reste « prévu » pour les abonnés"),
    "previous_start": N_("les abonnés ne voient pas l'ancienne date"),
    "recurrence": N_("l'événement n'a lieu qu'une fois pour les abonnés"),
    "recurrence.until": N_("la répétition ne s'arrête pas à cette date pour les abonnés"),
    "recurrence.count": N_("le nombre de répétitions n'est pas limité pour les abonnés"),
    "recurrence.except": N_("les dates exclues restent dans les calendriers des abonnés"),
    "online.url": N_("le lien en ligne manque dans les calendriers des abonnés"),
}  # fmt: skip

EVENT = _with(
    COMMON,
    modified=Field("modified", "when", help=N_("dernière mise à jour importante"), without=SEEN["modified"]),
    # An event's page, calendars and lists go together: no unlisted (hidden) event.
    status=Field("status", "choice", choices=("published", "draft"), default="published", help=N_("état de publication")),
) + (
    Field("start", "when", required=True, help=N_("début : date ou date et heure locales"), without=SEEN["start"]),
    Field("end", "when", help=N_("fin, jamais avant le début"), without=SEEN["end"]),
    Field("timezone", "timezone", help=N_("fuseau horaire IANA"), without=SEEN["timezone"]),
    Field("format", "choice", choices=FORMATS, default="in-person", help=N_("en personne, en ligne ou hybride"),
          without=SEEN["format"]),
    mapping(
        "venue",
        Field("name", required=True),
        Field("address"),
        Field("city", "city", required=True),
        Field("postal_code"),
        Field("country", "country", help=N_("pays du lieu (par défaut : country)")),
        Field("latitude", "latitude", help=N_("latitude du lieu, avec longitude (cartes, calendriers, distances)")),
        Field("longitude", "longitude", help=N_("longitude du lieu, avec latitude")),
        required_when=("format", ("in-person", "hybrid")),
        help=N_("lieu"), without=SEEN["venue"],
    ),
    mapping(
        "online",
        Field("url", "url", without=SEEN["online.url"]),
        Field("platform"),
        required_when=("format", ("online", "hybrid")),
        help=N_("lien en ligne (peut rester vide)"), without=SEEN["online"],
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
        help=N_("inscription : adresse, ou url, price, currency, deadline"),
    ),
    list_field("languages", Field("languages", "choice", choices=LANGS), default=("fr",), help=N_("langues de l'événement")),
    list_field(
        "speakers",
        mapping("speakers", Field("name", required=True), Field("affiliation"), Field("url", "url")),
        help=N_("personnes conférencières"),
    ),
    list_field(
        "program",
        mapping(
            "program",
            Field("start", "clock", required=True),
            Field("end", "clock"),
            Field("title", required=True),
            list_field("speakers", Field("speakers")),
            Field("room"),
            Field("language", "choice", choices=LANGS),
        ),
        help=N_("programme : séances"),
    ),
    Field("event_status", "choice", choices=EVENT_STATUSES, default="scheduled", help=N_("état de l'événement"),
          without=SEEN["event_status"]),
    Field("previous_start", "when", required_when=("event_status", ("rescheduled",)), help=N_("ancienne date (événement déplacé)"),
          without=SEEN["previous_start"]),
    mapping(
        "recurrence",
        Field("rule", "rrule", required=True, help=N_("sans UNTIL : la fin s'écrit avec until")),
        Field("until", "date", help=N_("dernier jour, compris"), without=SEEN["recurrence.until"]),
        Field("count", "integer", minimum=1, maximum=limits.MAX_OCCURRENCES, without=SEEN["recurrence.count"]),
        list_field("except", Field("except", "date"), without=SEEN["recurrence.except"]),
        help=N_("récurrence (RRULE)"), without=SEEN["recurrence"],
    ),
    mapping("replay", Field("url", "url", required=True), Field("until", "date"), help=N_("rediffusion")),
    Field("attendance", "integer", help=N_("nombre de participants")),
    Field("mission", "slug", help=N_("mission à laquelle l'événement appartient")),
    SOURCE,
    RESOURCES,
    list_field(
        "exhibitors",
        mapping(
            "exhibitors",
            Field("name", help=N_("nom (ou directory)")),
            Field("directory", "slug", help=N_("identifiant d'une fiche du répertoire (ou name)")),
            Field("url", "url", help=N_("site web")),
            Field("booth", "url", help=N_("adresse du kiosque virtuel")),
            Field("description", help=N_("une phrase ou deux")),
            RESOURCES,
        ),
        help=N_("exposants : name ou directory, url, booth, description, resources"),
    ),
    mapping(
        "survey",
        Field("url", "url", required=True),
        Field("until", "date", help=N_("dernier jour où le sondage est affiché")),
        help=N_("sondage après l'événement : url, until"),
    ),
)

POST = COMMON + (
    Field("series", help=N_("titre de la série, identique sur chaque partie")),
    Field("series_index", "integer", minimum=1, help=N_("numéro de la partie")),
    list_field(
        "series_upcoming",
        mapping("series_upcoming", Field("title", required=True), Field("expected", "date")),
        help=N_("parties annoncées"),
    ),
    RESOURCES,
)


CHRONICLE = _with(
    COMMON,
    authors=list_field("authors", Field("authors"), required=True, help=N_("chroniqueuses et chroniqueurs")),
) + (Field("column", required=True, help=N_("la chronique récurrente")), RESOURCES)

MISSION = _with(
    COMMON,
    date=Field("date", "when", help=N_("date d'annonce (par défaut : start)")),
) + (
    Field("start", "date", required=True, help=N_("premier jour du voyage")),
    Field("end", "date", required=True, help=N_("dernier jour du voyage")),
    list_field(
        "destinations",
        mapping(
            "destinations",
            Field("city", required=True),
            Field("country", "country", required=True),
            Field("from", "date", required=True),
            Field("to", "date", required=True),
            list_field("hosts", Field("hosts")),
            list_field("events", Field("events", "slug")),
        ),
        required=True,
        help=N_("étapes, dans l'ordre"),
    ),
    Field("delegation", "integer", help=N_("nombre de participants")),
    ORGANIZER,
    list_field("partners", ORGANIZER, help=N_("partenaires")),
    RESOURCES,
)

REPORT = COMMON + (Field("stop", help=N_("ville de l'étape racontée")), RESOURCES)

DIRECTORY = _with(
    COMMON,
    date=Field("date", "when", required=True, help=N_("date d'ajout au répertoire")),
    city=Field("city", "city", required=True, help=N_("ville où l'organisme est établi")),
) + (
    Field("kind", "choice", choices=DIRECTORY_KINDS, required=True, help=N_("type d'organisme")),
    Field("website", "url", help=N_("site web")),
    Field("email", "email", help=N_("adresse publique de l'organisme")),
    mapping("social", *(Field(n, "url") for n in SOCIAL_NETWORKS), help=N_("réseaux sociaux")),
    list_field("languages", Field("languages", "choice", choices=LANGS), help=N_("langues")),
    Field("meets", help=N_("quand le groupe se réunit")),
    Field("latitude", "latitude", help=N_("latitude des locaux, avec longitude (cartes, distances)")),
    Field("longitude", "longitude", help=N_("longitude des locaux, avec latitude")),
)

PAGE = _with(COMMON, date=Field("date", "when", help=N_("date de publication")))

# One entry of content/data/calendars.yml: a group's calendar that `hub import` follows.
CALENDAR = (
    Field("name", "slug", required=True, help=N_("identifiant de la source, noté sur chaque événement importé")),
    Field("url", "url", help=N_("adresse https:// du calendrier iCalendar (ou file)")),
    Field("file", help=N_("fichier .ics du dépôt, chemin depuis sa racine (ou url)")),
    Field("organizer", "slug", required=True, help=N_("identifiant de la fiche du répertoire qui organise ces événements")),
    Field("region", "region", help=N_("région par défaut des événements")),
    Field("category", help=N_("thème par défaut")),
    list_field("tags", Field("tags"), help=N_("mots-clés ajoutés à chaque événement")),
    Field("format", "choice", choices=FORMATS, help=N_("format par défaut (sinon : selon le lieu et le lien)")),
    list_field("languages", Field("languages", "choice", choices=LANGS), help=N_("langues par défaut")),
    Field("match", help=N_("ne garder que les événements dont le titre ou le lieu contient ce texte")),
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


def content_type_of(relative_path: str | PurePath) -> str | None:
    """The content type of a file from its path under content/, or None."""
    parts = str(relative_path).replace("\\", "/").split("/")
    content_type = FOLDERS.get(parts[0]) if len(parts) > 1 else None
    if content_type == "report" and len(parts) == 3 and MISSION_FILE.match(parts[-1]):
        return "mission"
    return content_type


def fields_of(content_type: str) -> dict[str, Field]:
    return {f.name: f for f in TYPES[content_type]}


def walk(fields: Iterable[Field], prefix: str = "") -> Iterator[tuple[str, Field]]:
    """(name, spec) of each field and its sub-fields, in table order: `venue.city`,
    `speakers[].name` (a list's items), an either's mapping side (`registration.url`)."""
    for spec in fields:
        name = prefix + spec.name
        yield name, spec
        shape = spec.mapping if spec.type == "either" else spec.item if spec.type == "list" else spec
        if shape is not None and shape.type == "mapping":
            yield from walk(shape.fields, f"{name}[]." if spec.type == "list" else f"{name}.")
