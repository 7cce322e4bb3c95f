"""hub_core.validate: every problem of one item's front matter, on the right line
and field, and the typed values that come out.

Items are built from a valid base per content type (fixed lines, so expected
line numbers can be read off the table) plus extra lines appended after it.
"""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from hub_core import header
from hub_core.validate import Site, label, validate

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
UTC = dt.timezone.utc
HOUR = dt.timedelta(hours=1)
PATH = "content/x.md"

# Valid minimal items: (id, line). Line 1 is `---`, so the first line here is line 2.
BASE = {
    "event": [
        ("title", "title: Atelier numérique"),  # 2
        ("date", "date: 2026-09-01"),  # 3
        ("start", "start: 2026-10-07"),  # 4
        ("venue", "venue:"),  # 5
        ("venue.name", "  name: Salle Desjardins"),  # 6
        ("venue.city", "  city: Rimouski"),  # 7
    ],
    "post": [
        ("title", "title: Billet"),  # 2
        ("date", "date: 2026-09-01"),  # 3
    ],
    "chronicle": [
        ("title", "title: Les données ouvertes"),  # 2
        ("date", "date: 2026-09-01"),  # 3
        ("column", "column: Chronique numérique"),  # 4
        ("authors", "authors: [Marie Tremblay]"),  # 5
    ],
    "mission": [
        ("title", "title: Mission numérique Angers–Nantes 2017"),  # 2
        ("start", "start: 2017-06-01"),  # 3
        ("end", "end: 2017-06-10"),  # 4
        ("destinations", "destinations:"),  # 5
        ("destinations.city", "  - city: Angers"),  # 6
        ("destinations.country", "    country: FR"),  # 7
        ("destinations.from", "    from: 2017-06-01"),  # 8
        ("destinations.to", "    to: 2017-06-05"),  # 9
    ],
    "report": [
        ("title", "title: Jour 1 à Angers"),  # 2
        ("date", "date: 2017-06-02"),  # 3
    ],
    "directory": [
        ("title", "title: Café numérique de Rimouski"),  # 2
        ("date", "date: 2026-09-01"),  # 3
        ("kind", "kind: meetup"),  # 4
        ("city", "city: Rimouski"),  # 5
    ],
    "page": [
        ("title", "title: À propos"),  # 2
    ],
}


def first_extra_line(kind):
    """File line of the first extra line appended to the base of `kind`."""
    return len(BASE[kind]) + 2


def item(kind, *extra, drop=(), replace=None):
    """The text of a file: the base of `kind`, some lines dropped or replaced, extra lines."""
    replace = replace or {}
    lines = []
    for key, line in BASE[kind]:
        if any(key == name or key.startswith(name + ".") for name in drop):
            line = f"# ({key})"  # keeps the line numbers of what follows
        lines.append(replace.get(key, line))
    return "---\n" + "\n".join(lines + list(extra)) + "\n---\nTexte.\n"


def run(kind, text, site):
    return validate(kind, header.parse(text), site, PATH)


def found(problems):
    return sorted((p.line, p.field, p.code) for p in problems)


WARNING_CODES = {"unknown_field", "unknown_field_no_suggestion", "region_mismatch", "ambiguous_time"}

E = first_extra_line("event")  # 8
M = first_extra_line("mission")  # 10
D = first_extra_line("directory")  # 6
P = first_extra_line("post")  # 4

CASES = [
    # --- Valid items -------------------------------------------------------------
    pytest.param("event", item("event"), [], id="valid-event-minimal"),
    pytest.param("post", item("post"), [], id="valid-post-minimal"),
    pytest.param("chronicle", item("chronicle"), [], id="valid-chronicle-minimal"),
    pytest.param("mission", item("mission"), [], id="valid-mission-minimal-without-date"),
    pytest.param("report", item("report"), [], id="valid-report-minimal"),
    pytest.param("directory", item("directory"), [], id="valid-directory-minimal"),
    pytest.param("page", item("page"), [], id="valid-page-minimal"),
    pytest.param(
        "event",
        item(
            "event",
            "end: 2026-10-07 21:00",
            "format: hybrid",
            "online: {url: 'https://meet.example.org/atelier', platform: Jitsi}",
            "organizer: cafe-numerique",
            "registration: {url: 'https://example.org/inscription', price: 0, currency: EUR, deadline: 2026-10-01}",
            "languages: [fr, en]",
            "speakers: [{name: Marie Tremblay, affiliation: UQAR, url: 'https://www.uqar.ca'}]",
            "program:",
            "  - {start: '18:00', end: '18:30', title: Accueil, room: A-101, language: fr, speakers: [Marie Tremblay]}",
            "  - {start: '18:30', end: '2026-10-07 21:00', title: Atelier}",
            "event_status: rescheduled",
            "previous_start: 2026-09-30 18:00",
            "recurrence: {rule: 'FREQ=MONTHLY;BYDAY=1TH', until: 2027-06-30, except: [2026-12-03]}",
            "replay: {url: 'https://example.org/replay', until: 2026-12-31}",
            "attendance: 40",
            "mission: angers-nantes-2017",
            "tags: [numérique, IA]",
            "category: Ressources humaines",
            "summary: Un atelier pratique.",
            "lang: fr",
            "slug: atelier-ia",
            "status: draft",
            "modified: 2026-09-15 10:00",
            "image: affiche.jpg",
            "image_alt: Affiche de l'atelier",
            "authors: [Marie Tremblay, Luc Gagnon]",
            "country: CA",
            "timezone: America/Toronto",
            replace={"start": "start: 2026-10-07 18:00", "venue.city": "  city: Rimouski\n  address: 300 allée des Ursulines\n  postal_code: G5L 3A1"},
        ),
        [],
        id="valid-event-every-field",
    ),
    pytest.param(
        "post",
        item(
            "post",
            "series: Démarrer en IA",
            "series_index: 2",
            "series_upcoming: [{title: Partie 3, expected: 2026-11-01}]",
            "city: Sept-Iles",
        ),
        [],
        id="valid-post-series",
    ),
    pytest.param(
        "mission",
        item(
            "mission",
            "    hosts: [Angers French Tech]",
            "    events: [atelier-angers]",
            "  - {city: Nantes, country: FR, from: 2017-06-05, to: 2017-06-10}",
            "date: 2017-01-15",
            "delegation: 12",
            "organizer: {name: Réseau numérique, url: 'https://example.org'}",
            "partners: [cafe-numerique, {name: Ville de Nantes}]",
        ),
        [],
        id="valid-mission-full",
    ),
    pytest.param(
        "directory",
        item(
            "directory",
            "website: https://cafenumerique.example.org",
            "email: info@cafenumerique.example.org",
            "social: {linkedin: 'https://www.linkedin.com/company/x', mastodon: 'https://mastodon.social/@x'}",
            "languages: [fr, en]",
            "tags: [communauté]",
            "meets: chaque premier jeudi du mois",
        ),
        [],
        id="valid-directory-full",
    ),
    # --- Missing or empty required fields ------------------------------------------
    pytest.param("event", item("event", drop=["title"]), [(1, "title", "required")], id="event-no-title"),
    pytest.param("event", item("event", drop=["date"]), [(1, "date", "required")], id="event-no-date"),
    pytest.param("event", item("event", drop=["start"]), [(1, "start", "required")], id="event-no-start"),
    pytest.param(
        "post", item("post", drop=["title", "date"]), [(1, "date", "required"), (1, "title", "required")], id="post-no-title-no-date"
    ),
    pytest.param("chronicle", item("chronicle", drop=["column"]), [(1, "column", "required")], id="chronicle-no-column"),
    pytest.param("chronicle", item("chronicle", drop=["authors"]), [(1, "authors", "required")], id="chronicle-no-authors"),
    pytest.param("mission", item("mission", drop=["start"]), [(1, "start", "required")], id="mission-no-start"),
    pytest.param("mission", item("mission", drop=["destinations"]), [(1, "destinations", "required")], id="mission-no-destinations"),
    pytest.param("directory", item("directory", drop=["kind"]), [(1, "kind", "required")], id="directory-no-kind"),
    pytest.param("directory", item("directory", drop=["city"]), [(1, "city", "required")], id="directory-no-city"),
    pytest.param("page", item("page", drop=["title"]), [(1, "title", "required")], id="page-no-title"),
    pytest.param("page", item("page"), [], id="page-date-not-required"),
    pytest.param("event", item("event", replace={"title": 'title: ""'}), [(2, "title", "empty")], id="title-empty-string"),
    pytest.param("event", item("event", replace={"title": "title:"}), [(2, "title", "required")], id="title-null"),
    pytest.param("chronicle", item("chronicle", replace={"authors": "authors: []"}), [(5, "authors", "empty")], id="authors-empty-list"),
    pytest.param(
        "event",
        item("event", "program:", "  - start: 18:00"),
        [(E + 1, "program[1].title", "required")],
        id="program-session-no-title",
    ),
    pytest.param(
        "event",
        item("event", "speakers: [{affiliation: UQAR}]"),
        [(E, "speakers[1].name", "required")],
        id="speaker-no-name",
    ),
    pytest.param(
        "post",
        item("post", "series_upcoming: [{expected: 2026-12-01}]"),
        [(P, "series_upcoming[1].title", "required")],
        id="upcoming-part-no-title",
    ),
    # --- Wrong types ----------------------------------------------------------------
    pytest.param("event", item("event", replace={"title": "title: [Atelier, IA]"}), [(2, "title", "expected_text_not_list")], id="title-list"),
    pytest.param("event", item("event", replace={"title": "title: {fr: Atelier}"}), [(2, "title", "expected_text_not_mapping")], id="title-mapping"),
    pytest.param(
        "event",
        item("event", drop=["venue"], replace={"venue": "venue: Salle Desjardins"}),
        [(5, "venue", "expected_mapping")],
        id="venue-text",
    ),
    pytest.param("event", item("event", "recurrence: monthly"), [(E, "recurrence", "expected_mapping")], id="recurrence-text"),
    pytest.param("event", item("event", "attendance: [40]"), [(E, "attendance", "expected_text_not_list")], id="attendance-list"),
    pytest.param("event", item("event", "tags: [a, [b, c]]"), [(E, "tags[2]", "expected_text_not_list")], id="tag-list-in-list"),
    pytest.param("event", item("event", "languages: {fr: oui}"), [(E, "languages[1]", "expected_text_not_mapping")], id="languages-mapping"),
    pytest.param("event", item("event", "speakers: [Marie Tremblay]"), [(E, "speakers[1]", "expected_mapping")], id="speaker-text"),
    # --- Unknown values of choices ----------------------------------------------------
    pytest.param("event", item("event", "format: zoom"), [(E, "format", "choice")], id="format-zoom"),
    pytest.param("event", item("event", "event_status: canceled"), [(E, "event_status", "choice")], id="event-status-us-spelling"),
    pytest.param("event", item("event", "status: publie"), [(E, "status", "choice")], id="status-unknown"),
    pytest.param("event", item("event", "lang: fr-CA"), [(E, "lang", "choice")], id="lang-fr-CA"),
    pytest.param("event", item("event", "languages: [fr, es]"), [(E, "languages[2]", "choice")], id="language-es"),
    pytest.param("directory", item("directory", replace={"kind": "kind: club"}), [(4, "kind", "choice")], id="directory-kind-club"),
    pytest.param(
        "event",
        item("event", "program:", "  - start: 18:00", "    title: Accueil", "    language: de"),
        [(E + 3, "program[1].language", "choice")],
        id="program-language-de",
    ),
    # --- Unknown fields: warnings --------------------------------------------------------
    pytest.param("event", item("event", "sumary: Un atelier"), [(E, "sumary", "unknown_field")], id="unknown-sumary"),
    pytest.param("event", item("event", "tgas: [numérique]"), [(E, "tgas", "unknown_field")], id="unknown-tgas"),
    pytest.param("post", item("post", "modifed: 2026-09-02"), [(P, "modifed", "unknown_field")], id="post-unknown-modifed"),
    pytest.param("event", item("event", "xyzzy: 1"), [(E, "xyzzy", "unknown_field_no_suggestion")], id="unknown-no-suggestion"),
    pytest.param(
        "event",
        item("event", replace={"venue.city": "  city: Rimouski\n  adress: 300 allée des Ursulines"}),
        [(8, "venue.adress", "unknown_field")],
        id="unknown-nested-adress",
    ),
    pytest.param(
        "event", item("event", "registration: {url: 'https://example.org', prix: 10}"), [(E, "registration.prix", "unknown_field")], id="unknown-prix"
    ),
    pytest.param("directory", item("directory", "websit: https://example.org"), [(D, "websit", "unknown_field")], id="unknown-websit"),
    pytest.param(
        "directory",
        item("directory", "social: {myspace: 'https://myspace.com/x'}"),
        [(D, "social.myspace", "unknown_field_no_suggestion")],
        id="unknown-social-network",
    ),
    # --- Dates and times -------------------------------------------------------------------
    pytest.param("event", item("event", "end: 2026-10-06"), [(E, "end", "end_before_start")], id="end-before-start-all-day"),
    pytest.param("event", item("event", "end: 2026-10-07"), [], id="end-same-day"),
    pytest.param(
        "event",
        item("event", "end: 2026-10-07 09:59", replace={"start": "start: 2026-10-07 10:00"}),
        [(E, "end", "end_before_start")],
        id="end-before-start-timed",
    ),
    pytest.param(
        "event",
        item("event", "end: 2026-10-07T15:00+02:00", replace={"start": "start: 2026-10-07 10:00"}),
        [(E, "end", "end_before_start")],
        id="end-before-start-as-instants",
    ),
    pytest.param(
        "event",
        item("event", "end: 2026-10-07T17:00+02:00", replace={"start": "start: 2026-10-07 10:00"}),
        [],
        id="end-after-start-as-instants",
    ),
    pytest.param("event", item("event", "end: 2026-10-08 10:00"), [(E, "end", "mixed_all_day")], id="mixed-date-start-timed-end"),
    pytest.param(
        "event",
        item("event", "end: 2026-10-08", replace={"start": "start: 2026-10-07 10:00"}),
        [(E, "end", "mixed_all_day")],
        id="mixed-timed-start-date-end",
    ),
    pytest.param("event", item("event", replace={"start": "start: 07/10/2026"}), [(4, "start", "date_or_datetime")], id="start-slashes"),
    pytest.param("event", item("event", replace={"start": "start: 2026-02-30"}), [(4, "start", "impossible_date")], id="start-february-30"),
    pytest.param("event", item("event", replace={"start": "start: 2026-10-07 25:00"}), [(4, "start", "impossible_time")], id="start-25h"),
    pytest.param("event", item("event", replace={"start": "start: 2026-03-08 02:30"}), [(4, "start", "nonexistent_time")], id="start-in-dst-gap"),
    pytest.param("event", item("event", replace={"start": "start: 2026-11-01 01:30"}), [(4, "start", "ambiguous_time")], id="start-ambiguous"),
    pytest.param("event", item("event", replace={"date": "date: 2026-13-01"}), [(3, "date", "impossible_date")], id="date-month-13"),
    pytest.param("event", item("event", "modified: hier"), [(E, "modified", "date_or_datetime")], id="modified-word"),
    # `modified` never before `date`: as days when either is a date alone, else as instants.
    pytest.param("post", item("post", "modified: 2026-08-31"), [(P, "modified", "modified_before_date")], id="modified-day-before-date"),
    pytest.param("post", item("post", "modified: 2026-09-01"), [], id="modified-same-day-as-date"),
    pytest.param("post", item("post", "modified: 2026-09-02"), [], id="modified-after-date"),
    pytest.param(
        "post", item("post", "modified: 2026-08-31 23:59"), [(P, "modified", "modified_before_date")], id="modified-timed-day-before-date"
    ),
    pytest.param(
        "post", item("post", "modified: 2026-09-01", replace={"date": "date: 2026-09-01 10:00"}), [], id="modified-day-of-a-timed-date"
    ),
    pytest.param(
        "post",
        item("post", "modified: 2026-09-01 09:59", replace={"date": "date: 2026-09-01 10:00"}),
        [(P, "modified", "modified_before_date")],
        id="modified-a-minute-before-date",
    ),
    pytest.param(
        "post",
        item("post", "modified: 2026-09-01T15:30+02:00", replace={"date": "date: 2026-09-01 10:00"}),
        [(P, "modified", "modified_before_date")],
        id="modified-before-date-as-instants",
    ),
    pytest.param(
        "post", item("post", "modified: 2026-09-01T16:30+02:00", replace={"date": "date: 2026-09-01 10:00"}), [], id="modified-after-date-as-instants"
    ),
    pytest.param("event", item("event", "modified: 2026-08-15"), [(E, "modified", "modified_before_date")], id="event-modified-before-date"),
    pytest.param("mission", item("mission", "modified: 2017-05-20"), [], id="mission-without-date-modified-before-start"),
    pytest.param(
        "mission", item("mission", "date: 2017-05-01", "modified: 2017-04-30"), [(M + 1, "modified", "modified_before_date")],
        id="mission-modified-before-its-date",
    ),
    pytest.param("event", item("event", "timezone: Mars/Base"), [(E, "timezone", "timezone")], id="timezone-unknown"),
    pytest.param(
        "event",
        item("event", "timezone: Europe/Paris", replace={"start": "start: 2026-03-29 02:30"}),
        [(4, "start", "nonexistent_time")],
        id="timezone-applied-paris-gap",
    ),
    pytest.param("event", item("event", replace={"start": "start: 2026-03-29 02:30"}), [], id="paris-gap-is-fine-in-toronto"),
    pytest.param(
        "event",
        item("event", "registration: {url: 'https://example.org', deadline: bientôt}"),
        [(E, "registration.deadline", "date_or_datetime")],
        id="registration-deadline-word",
    ),
    pytest.param("mission", item("mission", replace={"start": "start: 2017-06-01 10:00"}), [(3, "start", "date_only")], id="mission-start-with-time"),
    pytest.param("mission", item("mission", replace={"end": "end: 2017-05-30"}), [(4, "end", "end_before_start")], id="mission-end-before-start"),
    pytest.param("mission", item("mission", "delegation: beaucoup"), [(M, "delegation", "integer")], id="mission-delegation-word"),
    pytest.param(
        "mission", item("mission", "    hosts: Angers French Tech"), [], id="mission-single-host-is-a-list"
    ),
    pytest.param(
        "mission",
        item("mission", replace={"destinations.to": "    to: 2017-05-31"}),
        [(9, "destinations[1].to", "end_before_start")],
        id="mission-stop-to-before-from",
    ),
    # --- Program -----------------------------------------------------------------------------
    pytest.param(
        "event",
        item("event", "program:", "  - start: 18:00", "    end: 17:00", "    title: Accueil"),
        [(E + 2, "program[1].end", "end_before_start")],
        id="program-end-before-start",
    ),
    pytest.param(
        "event",
        item("event", "program:", "  - start: midi", "    title: Dîner"),
        [(E + 1, "program[1].start", "clock_or_datetime")],
        id="program-start-word",
    ),
    pytest.param(
        "event",
        item("event", "program:", "  - {start: '02:30', title: Nuit}", replace={"start": "start: 2026-03-08"}),
        [(E + 1, "program[1].start", "nonexistent_time")],
        id="program-start-in-dst-gap",
    ),
    # --- Places --------------------------------------------------------------------------------
    pytest.param("event", item("event", replace={"venue.city": "  city: Atlantide"}), [(7, "venue.city", "unknown_city")], id="venue-city-unknown"),
    pytest.param(
        "event", item("event", "region: bas-saint-laurent", replace={"venue.city": "  city: Le Bic"}), [], id="venue-city-unknown-with-region"
    ),
    pytest.param("post", item("post", "city: Atlantide"), [(P, "city", "unknown_city")], id="post-city-unknown"),
    pytest.param("directory", item("directory", replace={"city": "city: Atlantide"}), [(5, "city", "unknown_city")], id="directory-city-unknown"),
    pytest.param("event", item("event", "region: montreal"), [(E, "region", "region_mismatch")], id="region-mismatch"),
    pytest.param("event", item("event", "region: bas-saint-laurent"), [], id="region-agrees"),
    pytest.param("event", item("event", "region: xyz"), [(E, "region", "region")], id="region-unknown"),
    pytest.param("event", item("event", "region: monteregi"), [(E, "region", "region_suggestion")], id="region-mistyped"),
    pytest.param("event", item("event", "country: France"), [(E, "country", "country")], id="country-name"),
    pytest.param(
        "event", item("event", replace={"venue.city": "  city: Nantes\n  country: FR"}), [], id="venue-in-nantes-site-place"
    ),
    pytest.param(
        "mission",
        item("mission", replace={"destinations.city": "  - city: Atlantide"}),
        [(6, "destinations[1].city", "unknown_city")],
        id="mission-destination-unknown-city",
    ),
    pytest.param(
        "mission",
        item("mission", replace={"destinations.city": "  - city: Québec", "destinations.country": "    country: CA"}),
        [],
        id="mission-destination-in-quebec",
    ),
    # --- Format: venue and online ---------------------------------------------------------------
    pytest.param("event", item("event", drop=["venue"]), [(1, "venue", "required_when")], id="in-person-by-default-needs-venue"),
    pytest.param("event", item("event", "format: in-person", drop=["venue"]), [(1, "venue", "required_when")], id="in-person-needs-venue"),
    pytest.param(
        "event", item("event", "venue: {}", drop=["venue"]), [(E, "venue", "required_when")], id="in-person-empty-venue"
    ),
    pytest.param("event", item("event", "format: online"), [(1, "online", "required_when")], id="online-needs-online"),
    pytest.param("event", item("event", "format: hybrid"), [(1, "online", "required_when")], id="hybrid-needs-online"),
    pytest.param(
        "event",
        item("event", "format: hybrid", drop=["venue"]),
        [(1, "online", "required_when"), (1, "venue", "required_when")],
        id="hybrid-needs-both",
    ),
    pytest.param(
        "event", item("event", "format: online", "online: {url: ''}", drop=["venue"]), [], id="online-url-empty-allowed"
    ),
    pytest.param(
        "event", item("event", "format: online", "online:", "  url:", drop=["venue"]), [], id="online-url-null-allowed"
    ),
    pytest.param(
        "event",
        item("event", "format: online", "online: {url: zoom}", drop=["venue"]),
        [(E + 1, "online.url", "url")],
        id="online-url-not-a-url",
    ),
    pytest.param(
        "event",
        item("event", "format: online", "online: {url: ''}", "country: NO", drop=["venue"]),
        [],
        id="country-NO-is-norway",
    ),
    # --- Registration, attendance ------------------------------------------------------------------
    pytest.param("event", item("event", "registration: https://example.org/inscription"), [], id="registration-url"),
    pytest.param("event", item("event", "registration: sur place"), [(E, "registration", "url")], id="registration-not-a-url"),
    pytest.param("event", item("event", "registration: {price: '25,50'}"), [], id="price-decimal-comma"),
    pytest.param("event", item("event", "registration: {price: abc}"), [(E, "registration.price", "number")], id="price-abc"),
    pytest.param("event", item("event", "registration: {price: -5}"), [(E, "registration.price", "number")], id="price-negative"),
    pytest.param("event", item("event", "attendance: 332"), [], id="attendance-332"),
    pytest.param("event", item("event", "attendance: no"), [(E, "attendance", "integer")], id="attendance-no"),
    pytest.param("event", item("event", "attendance: -3"), [(E, "attendance", "integer")], id="attendance-negative"),
    pytest.param("event", item("event", "attendance: 3.5"), [(E, "attendance", "integer")], id="attendance-fraction"),
    pytest.param("post", item("post", "series_index: 0"), [(P, "series_index", "integer")], id="series-index-0"),
    # --- Image -----------------------------------------------------------------------------------
    pytest.param("event", item("event", "image: affiche.jpg", "image_alt: Affiche"), [], id="image-with-alt"),
    pytest.param("event", item("event", "image: evenements/salle.jpg", "image_alt: La salle"), [], id="image-in-subfolder"),
    pytest.param("event", item("event", "image: absente.jpg", "image_alt: Affiche"), [(E, "image", "image_missing")], id="image-missing-file"),
    pytest.param("event", item("event", "image: affiche.jpg"), [(1, "image_alt", "required_when")], id="image-without-alt"),
    # --- Recurrence --------------------------------------------------------------------------------
    pytest.param("event", item("event", "recurrence:", "  rule: FREQ=SOMETIMES"), [(E + 1, "recurrence.rule", "rrule")], id="rrule-freq-sometimes"),
    pytest.param("event", item("event", "recurrence:", "  rule: BYDAY=1TH"), [(E + 1, "recurrence.rule", "rrule")], id="rrule-no-freq"),
    pytest.param("event", item("event", "recurrence:", "  rule: FREQ=MONTHLY;BYDAY=1TH"), [], id="rrule-monthly"),
    # The end of a rule is `until:` beside it; UNTIL inside it would fit some events only (and stop the build).
    pytest.param(
        "event", item("event", "recurrence:", "  rule: FREQ=WEEKLY;UNTIL=20270630"), [(E + 1, "recurrence.rule", "rrule_until")],
        id="rrule-until-date-in-the-rule",
    ),
    pytest.param(
        "event",
        item("event", "recurrence:", "  rule: FREQ=DAILY;until=20261105T235959Z", replace={"start": "start: 2026-11-03 19:00"}),
        [(E + 1, "recurrence.rule", "rrule_until")],
        id="rrule-until-utc-in-the-rule",
    ),
    pytest.param("event", item("event", "recurrence:", "  rule: FREQ=WEEKLY", "  until: 2027-06-30"), [], id="rrule-until-beside-the-rule"),
    pytest.param("event", item("event", "recurrence:", "  rule: RRULE:FREQ=WEEKLY;COUNT=4"), [], id="rrule-with-prefix"),
    pytest.param("event", item("event", "recurrence:", "  until: 2027-01-01"), [(E, "recurrence.rule", "required")], id="recurrence-no-rule"),
    pytest.param(
        "event",
        item("event", "recurrence:", "  rule: FREQ=WEEKLY", "  until: 2027-01-01", "  count: 5"),
        [(E + 3, "recurrence.count", "until_and_count")],
        id="until-and-count",
    ),
    pytest.param(
        "event", item("event", "recurrence:", "  rule: FREQ=WEEKLY", "  count: 0"), [(E + 2, "recurrence.count", "integer")], id="count-0"
    ),
    pytest.param(
        "event",
        item("event", "recurrence:", "  rule: FREQ=WEEKLY", "  until: 2027-01-01 10:00"),
        [(E + 2, "recurrence.until", "date_only")],
        id="until-with-time",
    ),
    pytest.param(
        "event",
        item("event", "recurrence:", "  rule: FREQ=WEEKLY", "  except:", "    - 2026-12-24", "    - Noël"),
        [(E + 4, "recurrence.except[2]", "date_only")],
        id="except-not-a-date",
    ),
    # --- Event status ------------------------------------------------------------------------------
    pytest.param("event", item("event", "event_status: rescheduled"), [(1, "previous_start", "required_when")], id="rescheduled-without-previous-start"),
    pytest.param("event", item("event", "event_status: rescheduled", "previous_start: 2026-09-30"), [], id="rescheduled-with-previous-start"),
    pytest.param("event", item("event", "event_status: cancelled"), [], id="cancelled"),
    # --- Slugs and references -----------------------------------------------------------------------
    pytest.param("event", item("event", "slug: Mon atelier"), [(E, "slug", "slug")], id="slug-with-space"),
    pytest.param("event", item("event", "slug: atelier-ia-2026"), [], id="slug-good"),
    pytest.param("event", item("event", "mission: Angers Nantes"), [(E, "mission", "slug")], id="mission-not-a-slug"),
    pytest.param("event", item("event", "organizer: Café numérique"), [(E, "organizer", "slug")], id="organizer-not-a-slug"),
    pytest.param("event", item("event", "organizer: {url: 'https://example.org'}"), [(E, "organizer.name", "required")], id="organizer-mapping-no-name"),
    pytest.param("event", item("event", "organizer: {name: Café, url: example}"), [(E, "organizer.url", "url")], id="organizer-mapping-bad-url"),
    # --- Directory addresses ---------------------------------------------------------------------------
    pytest.param("directory", item("directory", "email: pas-un-courriel"), [(D, "email", "email")], id="email-bad"),
    pytest.param("directory", item("directory", "website: www.example.org"), [(D, "website", "url")], id="website-without-scheme"),
    pytest.param("directory", item("directory", "website: 'https://[example.org/'"), [(D, "website", "url")], id="website-unclosed-bracket"),
    pytest.param("directory", item("directory", "social: {linkedin: mon-profil}"), [(D, "social.linkedin", "url")], id="social-not-a-url"),
    # --- Several problems at once, and broken files -------------------------------------------------------
    pytest.param(
        "event",
        item("event", "end: 2026-10-06", "format: zoom", "sumary: 2026-10-07", replace={"venue.city": "  city: Atlantide"}),
        [(7, "venue.city", "unknown_city"), (E, "end", "end_before_start"), (E + 1, "format", "choice"), (E + 2, "sumary", "unknown_field")],
        id="every-problem-in-one-run",
    ),
    pytest.param("event", item("event", "title: Autre titre"), [(E, "title", "duplicate_key")], id="duplicate-key"),
    pytest.param("event", "Pas d'en-tête.\n", [(1, "", "no_front_matter")], id="no-front-matter-only"),
    pytest.param("event", "---\ntitle: A\n", [(1, "", "unclosed_front_matter")], id="unclosed-only"),
    pytest.param("event", "---\ntitle: A\nsummary: Lieu: Rimouski\n---\n", [(3, "summary", "yaml_syntax")], id="yaml-syntax-only"),
    pytest.param("event", "---\n- a\n---\n", [(2, "", "not_a_mapping")], id="not-a-mapping-only"),
]  # fmt: skip


@pytest.mark.parametrize("kind, text, expected", CASES)
def test_problems(kind, text, expected, site):
    _values, problems = run(kind, text, site)
    assert found(problems) == sorted(expected)
    for problem in problems:
        assert problem.path == PATH
        assert problem.severity == ("warning" if problem.code in WARNING_CODES else "error")
        # Every problem renders in both languages with the params it carries.
        assert problem.render("fr").startswith(f"{PATH}:{problem.line}: ")
        assert problem.render("en").startswith(f"{PATH}:{problem.line}: ")


def test_end_before_start_renders_as_in_the_content_model(site):
    text = (
        "---\n"
        "title: Atelier\n"
        "date: 2026-09-01\n"
        "start: 2026-10-07\n"
        "venue: {name: Salle, city: Rimouski}\n"
        "format: in-person\n"
        "end: 2026-10-06\n"
        "---\n"
    )
    _values, problems = validate("event", header.parse(text), site, "content/events/foo.md")
    assert [p.render("en") for p in problems] == ["content/events/foo.md:7: end: 2026-10-06 is before start 2026-10-07"]
    assert [p.render("fr") for p in problems] == ["content/events/foo.md:7: end: 2026-10-06 est avant le début 2026-10-07"]


def test_modified_before_date_renders_in_both_languages(site):
    _values, problems = run("post", item("post", "modified: 2026-08-31 16:00"), site)
    assert [p.render("fr") for p in problems] == [
        f"{PATH}:{P}: modified: 2026-08-31 16:00 est avant la date de publication 2026-09-01"
    ]
    assert [p.render("en") for p in problems] == [f"{PATH}:{P}: modified: 2026-08-31 16:00 is before the publication date 2026-09-01"]


def test_timed_end_before_start_shows_both_times(site):
    _values, problems = run("event", item("event", "end: 2026-10-07 09:00", replace={"start": "start: 2026-10-07 10:30"}), site)
    assert [p.message("en") for p in problems] == ["2026-10-07 09:00 is before start 2026-10-07 10:30"]


@pytest.mark.parametrize(
    "text, suggestion",
    [
        pytest.param(item("event", "sumary: Un atelier"), "summary", id="sumary"),
        pytest.param(item("event", "tgas: [numérique]"), "tags", id="tgas"),
        pytest.param(item("event", "registration: {url: 'https://example.org', prix: 10}"), "price", id="prix"),
    ],
)
def test_unknown_field_suggests_the_closest(site, text, suggestion):
    _values, problems = run("event", text, site)
    (problem,) = problems
    assert problem.params == {"suggestion": suggestion}
    assert problem.message("en") == f"unknown field; did you mean '{suggestion}'?"


def test_unknown_field_does_not_stop_the_item(site):
    values, problems = run("event", item("event", "sumary: Un atelier"), site)
    assert not any(p.is_error for p in problems)
    assert values["start"] == dt.date(2026, 10, 7)
    assert "sumary" not in values


@pytest.mark.parametrize(
    "lang, message",
    [
        ("fr", "« BYDAY=1TH » n'est pas une règle de récurrence RRULE valide (FREQ manque)"),
        ("en", "'BYDAY=1TH' is not a valid RRULE recurrence rule (FREQ is missing)"),
    ],
)
def test_a_rule_without_freq_says_why_in_one_language(site, lang, message):
    _values, problems = run("event", item("event", "recurrence:", "  rule: BYDAY=1TH"), site)
    assert [p.message(lang) for p in problems] == [message]


def test_expected_text_in_french(site):
    _values, problems = run("event", item("event", replace={"title": "title: [a, b]"}), site)
    assert [p.message("fr") for p in problems] == ["texte attendu, pas une liste"]


@pytest.mark.parametrize(
    "title, english",
    [
        pytest.param("title: [a, b]", "expected text, not a list", id="list"),
        pytest.param("title: {fr: a}", "expected text, not a mapping", id="mapping"),
    ],
)
def test_expected_text_in_english(site, title, english):
    _values, problems = run("event", item("event", replace={"title": title}), site)
    assert [p.message("en") for p in problems] == [english]


def test_blank_title_is_empty(site):
    _values, problems = run("event", item("event", replace={"title": 'title: "   "'}), site)
    assert found(problems) == [(2, "title", "empty")]


def test_nested_duplicate_key_names_its_path(site):
    _values, problems = run("event", item("event", replace={"venue.city": "  city: Rimouski\n  city: Matane"}), site)
    assert found(problems) == [(8, "venue.city", "duplicate_key")]


# --- Typed values --------------------------------------------------------------------------------


def test_values_of_a_minimal_event(site):
    values, problems = run("event", item("event"), site)
    assert problems == []
    assert values["title"] == "Atelier numérique"
    assert values["date"] == dt.date(2026, 9, 1)
    assert values["start"] == values["end"] == dt.date(2026, 10, 7)
    assert (values["all_day"], values["end_written"]) == (True, False)
    assert values["venue"] == {"name": "Salle Desjardins", "city": "Rimouski"}
    assert (values["format"], values["event_status"], values["status"], values["lang"]) == (
        "in-person",
        "scheduled",
        "published",
        "fr",
    )
    assert values["languages"] == ["fr"]
    assert values["country"] == "CA"
    assert values["place"].name == "Rimouski"
    assert values["region"].slug == "bas-saint-laurent"


def test_timed_event_without_end_lasts_the_default_duration(site):
    values, _ = run("event", item("event", replace={"start": "start: 2026-10-07 18:00"}), site)
    assert values["start"].replace(tzinfo=None) == dt.datetime(2026, 10, 7, 18)
    assert values["start"].tzinfo == TORONTO
    assert values["end"] == values["start"] + dt.timedelta(minutes=120)
    assert (values["all_day"], values["end_written"]) == (False, False)


def test_default_duration_comes_from_the_site(site_places):
    site = Site(places=site_places, default_duration=90)
    values, _ = run("event", item("event", replace={"start": "start: 2026-10-07 18:00"}), site)
    assert values["end"].replace(tzinfo=None) == dt.datetime(2026, 10, 7, 19, 30)


def test_written_end_is_kept(site):
    values, _ = run("event", item("event", "end: 2026-10-09"), site)
    assert (values["end"], values["end_written"]) == (dt.date(2026, 10, 9), True)


DST_DEFAULT_END = [
    pytest.param("2026-03-08 01:00", id="spring-forward"),
    pytest.param("2026-11-01 00:30", id="fall-back"),
]


@pytest.mark.parametrize("start", DST_DEFAULT_END)
def test_default_duration_is_elapsed_time_across_dst(site, start):
    values, _ = run("event", item("event", replace={"start": f"start: {start}"}), site)
    assert values["end"].astimezone(UTC) - values["start"].astimezone(UTC) == 2 * HOUR


def test_site_timezone_applies(site_places):
    site = Site(places=site_places, timezone="America/Halifax")
    values, _ = run("event", item("event", replace={"start": "start: 2026-10-07 18:00"}), site)
    assert values["start"].tzinfo == ZoneInfo("America/Halifax")
    assert values["start"].utcoffset() == -3 * HOUR


def test_event_timezone_applies_to_start_end_date_and_program(site):
    text = item(
        "event",
        "timezone: Europe/Paris",
        "end: 2026-10-07 12:00",
        "program:",
        "  - start: 10:00",
        "    end: 11:00",
        "    title: Accueil",
        replace={"start": "start: 2026-10-07 10:00", "date": "date: 2026-09-01 09:00"},
    )
    values, problems = run("event", text, site)
    assert problems == []
    for moment in (values["start"], values["end"], values["date"], values["program"][0]["start"], values["program"][0]["end"]):
        assert moment.tzinfo == PARIS
    assert values["start"].utcoffset() == 2 * HOUR  # summer time in Paris
    assert values["start"].astimezone(UTC) == dt.datetime(2026, 10, 7, 8, 0, tzinfo=UTC)
    assert values["program"][0]["start"].replace(tzinfo=None) == dt.datetime(2026, 10, 7, 10)


def test_bad_timezone_falls_back_to_the_site_zone(site):
    values, _ = run("event", item("event", "timezone: Mars/Base", replace={"start": "start: 2026-10-07 10:00"}), site)
    assert values["start"].tzinfo == TORONTO
    assert "timezone" not in values


def test_explicit_offset_is_kept(site):
    values, _ = run("event", item("event", replace={"start": "start: 2026-06-05T09:00:00+02:00"}), site)
    assert values["start"].replace(tzinfo=None) == dt.datetime(2026, 6, 5, 9)
    assert values["start"].utcoffset() == 2 * HOUR


def test_program_clock_times_are_on_the_first_day_in_the_event_zone(site):
    text = item(
        "event",
        "end: 2026-10-09",
        "program:",
        "  - {start: '09:00', end: '10:30', title: Accueil}",
        "  - {start: '2026-10-08 14:00', title: Deuxième jour}",
    )
    values, problems = run("event", text, site)
    assert problems == []
    first, second = values["program"]
    assert (first["start"], first["end"]) == (
        dt.datetime(2026, 10, 7, 9, 0, tzinfo=TORONTO),
        dt.datetime(2026, 10, 7, 10, 30, tzinfo=TORONTO),
    )
    assert first["start"].tzinfo == TORONTO
    assert second["start"] == dt.datetime(2026, 10, 8, 14, 0, tzinfo=TORONTO)
    assert "end" not in second


def test_registration_values(site):
    values, _ = run("event", item("event", "registration: {url: 'https://example.org', price: '25,50'}"), site)
    assert values["registration"] == {"url": "https://example.org", "price": Decimal("25.50"), "currency": "CAD"}


@pytest.mark.parametrize(
    "written, price",
    [
        pytest.param("0", Decimal("0"), id="free"),
        pytest.param("25.5", Decimal("25.5"), id="dot"),
        pytest.param("'25,50'", Decimal("25.50"), id="comma"),
        pytest.param("100", Decimal("100"), id="whole"),
    ],
)
def test_price_is_a_decimal(site, written, price):
    values, _ = run("event", item("event", f"registration: {{price: {written}}}"), site)
    assert values["registration"]["price"] == price
    assert isinstance(values["registration"]["price"], Decimal)


def test_registration_as_url(site):
    values, _ = run("event", item("event", "registration: https://example.org/inscription"), site)
    assert values["registration"] == "https://example.org/inscription"


def test_attendance_is_a_whole_number(site):
    values, _ = run("event", item("event", "attendance: 332"), site)
    assert values["attendance"] == 332


def test_single_author_becomes_authors(site):
    values, _ = run("event", item("event", "author: Marie Tremblay"), site)
    assert values["authors"] == ["Marie Tremblay"]


def test_authors_win_over_author(site):
    values, _ = run("event", item("event", "author: Marie", "authors: [Luc, Ana]"), site)
    assert values["authors"] == ["Luc", "Ana"]


def test_single_value_of_a_list_is_a_one_item_list(site):
    values, _ = run("event", item("event", "tags: numérique"), site)
    assert values["tags"] == ["numérique"]


def test_country_NO_stays_NO(site):
    values, problems = run("event", item("event", "format: online", "online: {url: ''}", "country: NO", drop=["venue"]), site)
    assert problems == []
    assert values["country"] == "NO"
    assert values["online"] == {}


@pytest.mark.parametrize(
    "city, name, region",
    [
        pytest.param("St-Jérôme", "Saint-Jérôme", "laurentides", id="st-jerome"),
        pytest.param("ST-JEROME", "Saint-Jérôme", "laurentides", id="capitals"),
        pytest.param("saint jerome", "Saint-Jérôme", "laurentides", id="spaces"),
        pytest.param("Riviere-du-Loup", "Rivière-du-Loup", "bas-saint-laurent", id="no-accents"),
        pytest.param("Ste-Julie", "Sainte-Julie", "monteregie", id="ste"),
        pytest.param("Val-d’Or", "Val-d'Or", "abitibi-temiscamingue", id="curly-apostrophe"),
    ],
)
def test_known_venue_city_sets_place_and_region(site, city, name, region):
    values, problems = run("event", item("event", replace={"venue.city": f"  city: {city}"}), site)
    assert problems == []
    assert values["place"].name == name
    assert values["region"].slug == region
    assert values["venue"]["city"] == city  # what the editor wrote is kept


def test_top_level_city_sets_region(site):
    values, _ = run("post", item("post", "city: Sept-Iles"), site)
    assert (values["place"].name, values["region"].slug) == ("Sept-Îles", "cote-nord")


def test_unknown_city_with_region_keeps_the_region(site):
    values, problems = run("event", item("event", "region: bas-saint-laurent", replace={"venue.city": "  city: Le Bic"}), site)
    assert problems == []
    assert values["place"] is None
    assert values["region"].code == "01"


POINTS = [
    # kind, extra lines, replaced lines, point's name, approximate, at the coordinates of
    pytest.param("event", ("region: bas-saint-laurent",), {"venue.city": "  city: Le Bic"}, "Le Bic", True, "Rimouski", id="event-unknown-city"),
    pytest.param("directory", ("region: gaspesie-iles-de-la-madeleine",), {"city": "city: Murdochville"}, "Murdochville", True, "Gaspé", id="entry-unknown-city"),
    pytest.param("directory", ("region: nord-du-quebec",), {"city": "city: Radisson"}, "Radisson", True, "Chibougamau", id="entry-far-north"),
    pytest.param("event", (), {}, "Rimouski", False, "Rimouski", id="known-city"),
    pytest.param("directory", ("region: bas-saint-laurent",), {"city": "city: Rimouski"}, "Rimouski", False, "Rimouski", id="known-city-and-region"),
]  # fmt: skip


@pytest.mark.parametrize("kind, extra, replace, name, approximate, at", POINTS)
def test_the_map_point_of_an_item(site, kind, extra, replace, name, approximate, at):
    values, problems = run(kind, item(kind, *extra, replace=replace), site)
    assert problems == []
    point, town = values["point"], site.places.find(at)
    assert (point.name, point.approximate) == (name, approximate)
    assert (point.latitude, point.longitude) == (town.latitude, town.longitude)
    assert values["place"] is (None if approximate else point)  # calendars and schema.org read `place`


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(item("post", "region: bas-saint-laurent"), id="region-without-city"),
        pytest.param(item("post"), id="neither"),
    ],
)
def test_no_city_no_point(site, text):
    values, problems = run("post", text, site)
    assert problems == [] and values["point"] is None


def test_an_unknown_city_without_region_is_an_error_and_has_no_point(site):
    values, problems = run("event", item("event", replace={"venue.city": "  city: Le Bic"}), site)
    assert [p.code for p in problems] == ["unknown_city"]
    assert values["point"] is None


def test_region_mismatch_keeps_the_city_region(site):
    values, problems = run("event", item("event", "region: montreal"), site)
    assert values["region"].slug == "bas-saint-laurent"
    assert [p.message("en") for p in problems] == ["Rimouski is in the bas-saint-laurent region, not montreal"]


def test_venue_abroad(site):
    values, _ = run("event", item("event", "timezone: Europe/Paris", replace={"venue.city": "  city: Nantes\n  country: FR"}), site)
    assert (values["place"].name, values["place"].country) == ("Nantes", "FR")
    assert values["country"] == "FR"
    assert values["region"] is None


def test_mission_date_defaults_to_start(site):
    values, _ = run("mission", item("mission"), site)
    assert values["date"] == dt.datetime(2017, 6, 1, 0, 0, tzinfo=TORONTO)
    assert values["destinations"][0] == {
        "city": "Angers",
        "country": "FR",
        "from": dt.date(2017, 6, 1),
        "to": dt.date(2017, 6, 5),
    }


def test_recurrence_rule_loses_its_prefix(site):
    values, _ = run("event", item("event", "recurrence:", "  rule: RRULE:FREQ=MONTHLY;BYDAY=1TH", "  count: 6"), site)
    assert values["recurrence"] == {"rule": "FREQ=MONTHLY;BYDAY=1TH", "count": 6}


def test_broken_file_gives_no_values(site):
    values, problems = run("event", "Pas d'en-tête.\n", site)
    assert values == {}
    assert found(problems) == [(1, "", "no_front_matter")]


@pytest.mark.parametrize(
    "keypath, text",
    [
        pytest.param(("title",), "title", id="top"),
        pytest.param(("venue", "city"), "venue.city", id="nested"),
        pytest.param(("program", 2, "start"), "program[3].start", id="list-from-1"),
        pytest.param(("destinations", 0, "events", 1), "destinations[1].events[2]", id="deep"),
        pytest.param((), "", id="empty"),
    ],
)
def test_label(keypath, text):
    assert label(keypath) == text


# --- Misspelled fields that subscribers see: errors naming the field and what is lost --------

SEEN_CASES = [
    # extra lines, lines dropped from the base, (line, field, code) expected, suggestion
    (["event_stauts: cancelled"], (), [(E, "event_stauts", "unknown_field_seen")], "event_status"),
    (["Event_Status: cancelled"], (), [(E, "Event_Status", "unknown_field_seen")], "event_status"),
    (["modifed: 2026-09-02 10:00"], (), [(E, "modifed", "unknown_field_seen")], "modified"),
    (["endd: 2026-10-08"], (), [(E, "endd", "unknown_field_seen")], "end"),
    (["timezon: Europe/Paris"], (), [(E, "timezon", "unknown_field_seen")], "timezone"),
    (["fromat: hybrid"], (), [(E, "fromat", "unknown_field_seen")], "format"),
    (["previous_strat: 2026-10-01"], (), [(E, "previous_strat", "unknown_field_seen")], "previous_start"),
    (["reccurence: {rule: FREQ=WEEKLY}"], (), [(E, "reccurence", "unknown_field_seen")], "recurrence"),
    (["recurrence: {rule: FREQ=WEEKLY, untill: 2026-12-01}"], (), [(E, "recurrence.untill", "unknown_field_seen")], "until"),
    (["recurrence: {rule: FREQ=WEEKLY, cout: 3}"], (), [(E, "recurrence.cout", "unknown_field_seen")], "count"),
    (["format: online", "onlin: {url: 'https://meet.example/x'}"], ("venue",),
     [(E + 1, "onlin", "unknown_field_seen"), (1, "online", "required_when")], "online"),
    (["format: online", "online: {ulr: 'https://meet.example/x'}"], ("venue",), [(E + 1, "online.ulr", "unknown_field_seen")], "url"),
    (["venu: {name: Salle, city: Rimouski}"], ("venue",),
     [(E, "venu", "unknown_field_seen"), (1, "venue", "required_when")], "venue"),
    # The right field is written too: which of the two was meant? An error as well.
    (["strat: 2026-10-08"], (), [(E, "strat", "unknown_field_seen_twice")], "start"),
    (["event_status: scheduled", "event_statut: cancelled"], (), [(E + 1, "event_statut", "unknown_field_seen_twice")], "event_status"),
]  # fmt: skip


@pytest.mark.parametrize("extra, drop, expected, suggestion", SEEN_CASES, ids=[c[0][-1].split(":")[0] + ("-twice" if c[2][0][2].endswith("twice") else "") for c in SEEN_CASES])
def test_a_misspelled_field_that_subscribers_see_is_an_error(site, extra, drop, expected, suggestion):
    _values, problems = run("event", item("event", *extra, drop=drop), site)
    assert found(problems) == sorted(expected)
    (typo,) = [p for p in problems if p.code.startswith("unknown_field_seen")]
    assert typo.is_error
    assert typo.params["suggestion"] == suggestion
    assert f"vouliez-vous dire {suggestion} ?" in typo.message("fr")
    assert f"did you mean {suggestion}?" in typo.message("en")


def test_a_misspelled_required_field_is_one_error_on_its_line(site):
    """`strat:` without `start:`: the missing required field is said once, on the typo's line."""
    _values, problems = run("event", item("event", "strat: 2026-10-07", drop=("start",)), site)
    assert found(problems) == [(E, "start", "required_misspelled")]


def test_a_misspelled_event_status_says_the_event_stays_scheduled(site):
    _values, problems = run("event", item("event", "event_stauts: cancelled"), site)
    assert [p.render("fr") for p in problems] == [
        f"{PATH}:{E}: event_stauts: champ inconnu — vouliez-vous dire event_status ? "
        "Sans lui, l'événement reste « prévu » pour les abonnés"
    ]
    assert [p.render("en") for p in problems] == [
        f"{PATH}:{E}: event_stauts: unknown field — did you mean event_status? "
        "Without it, the event stays 'scheduled' for subscribers"
    ]


def test_a_misspelled_field_written_twice_names_the_line_of_the_right_one(site):
    _values, problems = run("event", item("event", "strat: 2026-10-08"), site)
    assert [p.message("en") for p in problems] == [
        "unknown field — did you mean start? start is already written on line 4: keep only one of the two lines, with the right value"
    ]


# --- Coordinates of a venue (events) or of the premises (directory entries) ----------------

COORDINATE_CASES = [
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: 48.4520\n  longitude: -68.5230"}), [], id="venue-both"),
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: '48,4520'\n  longitude: '−68,5230'"}), [], id="venue-commas-and-minus-sign"),
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: 48.4520"}), [(8, "venue.latitude", "coordinates_pair")], id="venue-latitude-alone"),
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  longitude: -68.5"}), [(8, "venue.longitude", "coordinates_pair")], id="venue-longitude-alone"),
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: 91\n  longitude: -68.5"}), [(8, "venue.latitude", "coordinate")], id="venue-latitude-out-of-range"),
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: 48.4\n  longitude: -181"}), [(9, "venue.longitude", "coordinate")], id="venue-longitude-out-of-range"),
    pytest.param("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: nord\n  longitude: -68.5"}), [(8, "venue.latitude", "coordinate")], id="venue-latitude-not-a-number"),
    pytest.param("directory", item("directory", "latitude: 48.45", "longitude: -68.52"), [], id="directory-both"),
    pytest.param("directory", item("directory", "longitude: -68.52"), [(D, "longitude", "coordinates_pair")], id="directory-longitude-alone"),
    pytest.param("directory", item("directory", "latitude: -95", "longitude: -68.52"), [(D, "latitude", "coordinate")], id="directory-latitude-out-of-range"),
]  # fmt: skip


@pytest.mark.parametrize("kind, text, expected", COORDINATE_CASES)
def test_coordinates(kind, text, expected, site):
    _values, problems = run(kind, text, site)
    assert found(problems) == sorted(expected)
    for problem in problems:
        assert problem.render("fr") and problem.render("en")


def test_written_coordinates_come_before_the_city_centre(site):
    values, _ = run("event", item("event", replace={"venue.city": "  city: Rimouski\n  latitude: 48.4520\n  longitude: -68.5230"}), site)
    assert (values["point"].latitude, values["point"].longitude) == (48.452, -68.523)
    assert values["point"].name == "Rimouski" and not values["point"].approximate
    assert (values["place"].latitude, values["place"].longitude) != (48.452, -68.523)  # the city stays the city


def test_without_coordinates_the_point_is_the_city(site):
    values, _ = run("event", item("event"), site)
    assert values["point"] == values["place"]


def test_a_pair_problem_renders_in_french_and_english(site):
    _values, problems = run("directory", item("directory", "latitude: 48.45"), site)
    assert problems[0].render("fr").endswith("latitude sans longitude : écrivez les deux coordonnées du lieu, ou aucune")
    assert problems[0].render("en").endswith("latitude without longitude: write both coordinates of the place, or neither")
