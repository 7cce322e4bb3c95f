import datetime as dt
import json
from decimal import Decimal
from html.parser import HTMLParser
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import jinja2
import pytest
from markupsafe import Markup

from hub_core.jsonscript import script_json
from hub_events.jsonld import add_jsonld, event_jsonld

PARIS = ZoneInfo("Europe/Paris")
TORONTO = ZoneInfo("America/Toronto")
SITE = "https://maillage.example"
NAME = "maillage"
PAGE = SITE + "/evenements/rencontre-numerique-nantes/"

NANTES = SimpleNamespace(name="Nantes", country="FR", region=None, latitude=47.2184, longitude=-1.5536)
RIMOUSKI = SimpleNamespace(name="Rimouski", country="CA", region=None, latitude=48.4489, longitude=-68.5236)
BAS_SAINT_LAURENT = SimpleNamespace(slug="bas-saint-laurent", name_fr="Bas-Saint-Laurent", name_en="Lower St. Lawrence")

NANTES_VENUE = {
    "name": "La Cantine numérique",
    "address": "11 rue La Noue Bras de Fer",
    "city": "Nantes",
    "postal_code": "44200",
    "country": "FR",
}
NANTES_PLACE = {
    "@type": "Place",
    "name": "La Cantine numérique",
    "address": {
        "@type": "PostalAddress",
        "streetAddress": "11 rue La Noue Bras de Fer",
        "addressLocality": "Nantes",
        "postalCode": "44200",
        "addressCountry": "FR",
    },
    "geo": {"@type": "GeoCoordinates", "latitude": 47.2184, "longitude": -1.5536},
}


def make_event(**changes):
    """An in-person event in Nantes, 7 June 2017, 9:00 to 17:00 Paris time; `changes` override."""
    fields = {
        "title": "Rencontre numérique à Nantes",
        "url": "evenements/rencontre-numerique-nantes/",
        "lang": "fr",
        "date": dt.datetime(2017, 4, 3, 10, 0, tzinfo=TORONTO),
        "summary": "<p>Une <strong>journée</strong> d'échanges &amp; de démonstrations.</p>",
        "image": None,
        "image_alt": None,
        "start": dt.datetime(2017, 6, 7, 9, 0, tzinfo=PARIS),
        "end": dt.datetime(2017, 6, 7, 17, 0, tzinfo=PARIS),
        "all_day": False,
        "format": "in-person",
        "event_status": "scheduled",
        "previous_start": None,
        "venue": dict(NANTES_VENUE),
        "online": None,
        "organizer": None,
        "organizer_link": None,
        "registration": None,
        "languages": ["fr"],
        "speakers": [],
        "program": [],
        "place": NANTES,
        "region": None,
        "country": "FR",
        "recurrence": None,
    }
    fields.update(changes)
    return SimpleNamespace(**fields)


def test_in_person_event_in_nantes():
    assert event_jsonld(make_event(), SITE, NAME) == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Rencontre numérique à Nantes",
        "url": PAGE,
        "startDate": "2017-06-07T09:00:00+02:00",
        "endDate": "2017-06-07T17:00:00+02:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": NANTES_PLACE,
        "description": "Une journée d'échanges & de démonstrations.",
        "inLanguage": "fr-CA",
    }


def test_quebec_event_uses_the_regions_french_name_and_the_local_offset():
    event = make_event(
        start=dt.datetime(2026, 10, 7, 19, 0, tzinfo=TORONTO),
        end=dt.datetime(2026, 10, 7, 21, 0, tzinfo=TORONTO),
        venue={"name": "Salle Desjardins", "address": "300, allée des Ursulines", "city": "Rimouski", "postal_code": "G5L 3A1"},
        place=RIMOUSKI,
        region=BAS_SAINT_LAURENT,
        country="CA",
    )
    data = event_jsonld(event, SITE, NAME)
    assert data["startDate"] == "2026-10-07T19:00:00-04:00"
    assert data["endDate"] == "2026-10-07T21:00:00-04:00"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "300, allée des Ursulines",
        "addressLocality": "Rimouski",
        "postalCode": "G5L 3A1",
        "addressRegion": "QC",
        "addressCountry": "CA",
    }
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 48.4489, "longitude": -68.5236}


def test_place_without_known_coordinates_has_no_geo():
    data = event_jsonld(make_event(place=None), SITE, NAME)
    assert "geo" not in data["location"]
    assert data["location"]["address"]["addressCountry"] == "FR"


VIRTUAL_ZOOM = {"@type": "VirtualLocation", "url": "https://zoom.example/j/123"}
VIRTUAL_PAGE = {"@type": "VirtualLocation", "url": PAGE}


@pytest.mark.parametrize(
    ("changes", "mode", "location"),
    [
        ({}, "OfflineEventAttendanceMode", NANTES_PLACE),
        (
            {"format": "online", "venue": None, "online": {"url": "https://zoom.example/j/123", "platform": "Zoom"}},
            "OnlineEventAttendanceMode",
            VIRTUAL_ZOOM,
        ),
        ({"format": "online", "venue": None, "online": {"url": "", "platform": "Zoom"}}, "OnlineEventAttendanceMode", VIRTUAL_PAGE),
        ({"format": "online", "venue": None, "online": {"platform": "Teams"}}, "OnlineEventAttendanceMode", VIRTUAL_PAGE),
        ({"format": "online", "venue": None, "online": None}, "OnlineEventAttendanceMode", VIRTUAL_PAGE),
        (
            {"format": "hybrid", "online": {"url": "https://zoom.example/j/123"}},
            "MixedEventAttendanceMode",
            [NANTES_PLACE, VIRTUAL_ZOOM],
        ),
        ({"format": "hybrid", "online": {"url": None}}, "MixedEventAttendanceMode", [NANTES_PLACE, VIRTUAL_PAGE]),
        (
            {"event_status": "moved-online", "online": {"url": "https://zoom.example/j/123"}},
            "OnlineEventAttendanceMode",
            VIRTUAL_ZOOM,
        ),
        ({"event_status": "moved-online"}, "OnlineEventAttendanceMode", VIRTUAL_PAGE),
    ],
    ids=[
        "in-person",
        "online-with-url",
        "online-empty-url",
        "online-no-url-key",
        "online-no-mapping",
        "hybrid",
        "hybrid-without-url",
        "moved-online",
        "moved-online-without-url",
    ],
)
def test_attendance_mode_and_location(changes, mode, location):
    data = event_jsonld(make_event(**changes), SITE, NAME)
    assert data["eventAttendanceMode"] == "https://schema.org/" + mode
    assert data["location"] == location


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("scheduled", "EventScheduled"),
        ("cancelled", "EventCancelled"),
        ("postponed", "EventPostponed"),
        ("rescheduled", "EventRescheduled"),
        ("moved-online", "EventMovedOnline"),
        (None, "EventScheduled"),
    ],
)
def test_event_status(status, expected):
    data = event_jsonld(make_event(event_status=status), SITE, NAME)
    assert data["eventStatus"] == "https://schema.org/" + expected
    assert "previousStartDate" not in data
    assert data["startDate"] == "2017-06-07T09:00:00+02:00"  # cancelled and postponed keep it


def test_rescheduled_event_gives_its_previous_start():
    event = make_event(
        event_status="rescheduled",
        previous_start=dt.datetime(2017, 5, 24, 9, 0, tzinfo=PARIS),
    )
    data = event_jsonld(event, SITE, NAME)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2017-05-24T09:00:00+02:00"
    assert data["startDate"] == "2017-06-07T09:00:00+02:00"


@pytest.mark.parametrize(
    ("start", "end", "expected_start", "expected_end"),
    [
        (dt.date(2026, 10, 5), dt.date(2026, 10, 7), "2026-10-05", "2026-10-07"),
        (dt.date(2026, 10, 5), dt.date(2026, 10, 5), "2026-10-05", "2026-10-05"),
        (dt.date(2026, 10, 5), None, "2026-10-05", None),
    ],
    ids=["multi-day", "one-day", "no-end"],
)
def test_all_day_dates(start, end, expected_start, expected_end):
    data = event_jsonld(make_event(start=start, end=end, all_day=True), SITE, NAME)
    assert data["startDate"] == expected_start
    assert data.get("endDate") == expected_end


def test_occurrence_of_a_recurring_event_uses_its_own_dates_and_moves_the_program():
    event = make_event(
        start=dt.datetime(2026, 1, 8, 18, 0, tzinfo=TORONTO),
        end=dt.datetime(2026, 1, 8, 20, 0, tzinfo=TORONTO),
        recurrence={"rule": "FREQ=MONTHLY;BYDAY=2TH"},
        program=[
            {
                "start": dt.datetime(2026, 1, 8, 18, 30, tzinfo=TORONTO),
                "end": dt.datetime(2026, 1, 8, 19, 0, tzinfo=TORONTO),
                "title": "Présentations éclair",
            }
        ],
    )
    occurrence = SimpleNamespace(
        start=dt.datetime(2026, 6, 11, 18, 0, tzinfo=TORONTO),
        end=dt.datetime(2026, 6, 11, 20, 0, tzinfo=TORONTO),
    )
    data = event_jsonld(event, SITE, NAME, occurrence=occurrence)
    assert (data["startDate"], data["endDate"]) == ("2026-06-11T18:00:00-04:00", "2026-06-11T20:00:00-04:00")
    session = data["subEvent"][0]
    assert (session["startDate"], session["endDate"]) == ("2026-06-11T18:30:00-04:00", "2026-06-11T19:00:00-04:00")
    first = event_jsonld(event, SITE, NAME)
    assert (first["startDate"], first["endDate"]) == ("2026-01-08T18:00:00-05:00", "2026-01-08T20:00:00-05:00")


@pytest.mark.parametrize(
    ("registration", "expected"),
    [
        (
            {"url": "https://billets.example/nantes", "price": Decimal("0"), "currency": "CAD"},
            {"url": "https://billets.example/nantes", "price": "0", "priceCurrency": "CAD"},
        ),
        (
            {"url": "https://billets.example/nantes", "price": Decimal("25.00")},
            {"url": "https://billets.example/nantes", "price": "25", "priceCurrency": "CAD"},
        ),
        (
            {"url": "https://billets.example/nantes", "price": Decimal("25.50"), "currency": "EUR"},
            {"url": "https://billets.example/nantes", "price": "25.50", "priceCurrency": "EUR"},
        ),
        ({"url": "https://billets.example/nantes"}, {"url": "https://billets.example/nantes"}),
        ("https://billets.example/nantes", {"url": "https://billets.example/nantes"}),
        ({"price": Decimal("10"), "deadline": dt.date(2017, 6, 1)}, {"url": PAGE, "price": "10", "priceCurrency": "CAD"}),
    ],
    ids=["free", "paid", "paid-euros-with-cents", "url-only", "url-as-text", "price-without-url"],
)
def test_offers(registration, expected):
    data = event_jsonld(make_event(registration=registration), SITE, NAME)
    assert data["offers"] == {
        "@type": "Offer",
        "availability": "https://schema.org/InStock",
        "validFrom": "2017-04-03T10:00:00-04:00",
        **expected,
    }


def test_no_registration_no_offers():
    assert "offers" not in event_jsonld(make_event(registration=None), SITE, NAME)


@pytest.mark.parametrize(
    ("changes", "site_url", "expected"),
    [
        (
            {"organizer": "cantine-numerique", "organizer_link": {"name": "La Cantine", "url": "repertoire/cantine-numerique/", "internal": True}},
            SITE,
            {"@type": "Organization", "name": "La Cantine", "url": SITE + "/repertoire/cantine-numerique/"},
        ),
        (
            {"organizer": "cantine-numerique", "organizer_link": {"name": "La Cantine", "url": "repertoire/cantine-numerique/", "internal": True}},
            "",
            {"@type": "Organization", "name": "La Cantine", "url": "/repertoire/cantine-numerique/"},
        ),
        (
            {
                "organizer": {"name": "Nantes Tech", "url": "https://nantestech.example/"},
                "organizer_link": {"name": "Nantes Tech", "url": "https://nantestech.example/", "internal": False},
            },
            SITE,
            {"@type": "Organization", "name": "Nantes Tech", "url": "https://nantestech.example/"},
        ),
        (
            {"organizer": {"name": "Nantes Tech", "url": "https://nantestech.example/"}},
            SITE,
            {"@type": "Organization", "name": "Nantes Tech", "url": "https://nantestech.example/"},
        ),
        ({"organizer": {"name": "Comité local"}}, SITE, {"@type": "Organization", "name": "Comité local"}),
        ({"organizer": None, "organizer_link": None}, SITE, None),
    ],
    ids=["directory-entry", "directory-entry-local-preview", "external-link", "external-mapping", "name-only", "none"],
)
def test_organizer(changes, site_url, expected):
    assert event_jsonld(make_event(**changes), site_url, NAME).get("organizer") == expected


def test_speakers_become_performers():
    speakers = [
        {"name": "Marie Tremblay", "affiliation": "Université du Québec à Rimouski", "url": "https://uqar.example/mt"},
        {"name": "Jean Dupont", "affiliation": None, "url": None},
    ]
    assert event_jsonld(make_event(speakers=speakers), SITE, NAME)["performer"] == [
        {
            "@type": "Person",
            "name": "Marie Tremblay",
            "affiliation": {"@type": "Organization", "name": "Université du Québec à Rimouski"},
            "url": "https://uqar.example/mt",
        },
        {"@type": "Person", "name": "Jean Dupont"},
    ]


def test_program_sessions_become_sub_events_at_the_same_location():
    program = [
        {
            "start": dt.datetime(2017, 6, 7, 9, 0, tzinfo=PARIS),
            "end": dt.datetime(2017, 6, 7, 10, 30, tzinfo=PARIS),
            "title": "Ouverture",
            "speakers": ["Marie Tremblay", "Jean Dupont"],
            "room": "A",
            "language": "fr",
        },
        {"start": dt.datetime(2017, 6, 7, 11, 0, tzinfo=PARIS), "title": "Keynote", "language": "en"},
    ]
    data = event_jsonld(make_event(program=program), SITE, NAME)
    assert data["subEvent"] == [
        {
            "@type": "Event",
            "name": "Ouverture",
            "startDate": "2017-06-07T09:00:00+02:00",
            "endDate": "2017-06-07T10:30:00+02:00",
            "location": NANTES_PLACE,
            "performer": [{"@type": "Person", "name": "Marie Tremblay"}, {"@type": "Person", "name": "Jean Dupont"}],
            "inLanguage": "fr-CA",
        },
        {
            "@type": "Event",
            "name": "Keynote",
            "startDate": "2017-06-07T11:00:00+02:00",
            "location": NANTES_PLACE,
            "inLanguage": "en-CA",
        },
    ]


def test_hybrid_sub_events_share_both_locations():
    program = [{"start": dt.datetime(2017, 6, 7, 9, 0, tzinfo=PARIS), "title": "Ouverture"}]
    data = event_jsonld(make_event(format="hybrid", online={"url": "https://zoom.example/j/123"}, program=program), SITE, NAME)
    assert data["subEvent"][0]["location"] == [NANTES_PLACE, VIRTUAL_ZOOM]


def test_mission_becomes_the_super_event():
    mission = SimpleNamespace(
        title="Mission numérique Angers–Nantes 2017",
        url="missions/angers-nantes-2017/",
        start=dt.date(2017, 6, 4),
        end=dt.date(2017, 6, 10),
    )
    assert event_jsonld(make_event(mission_item=mission), SITE, NAME)["superEvent"] == {
        "@type": "Event",
        "name": "Mission numérique Angers–Nantes 2017",
        "url": SITE + "/missions/angers-nantes-2017/",
        "startDate": "2017-06-04",
        "endDate": "2017-06-10",
    }


@pytest.mark.parametrize(
    ("lang", "languages", "expected"),
    [
        ("en", ["en"], "en-CA"),
        ("fr", ["fr", "en"], ["fr-CA", "en-CA"]),
        ("en", None, "en-CA"),
        ("fr", [], "fr-CA"),
    ],
    ids=["english", "bilingual", "english-default", "french-default"],
)
def test_in_language(lang, languages, expected):
    data = event_jsonld(make_event(lang=lang, languages=languages), SITE, NAME)
    assert data["inLanguage"] == expected


def test_english_event():
    event = make_event(
        title="Digital meetup in Toronto",
        url="en/events/digital-meetup-toronto/",
        lang="en",
        languages=["en"],
        summary="<p>An evening of <em>demos</em>.</p>",
        start=dt.datetime(2026, 11, 12, 18, 0, tzinfo=TORONTO),
        end=dt.datetime(2026, 11, 12, 21, 0, tzinfo=TORONTO),
        venue={"name": "Union Station", "address": "65 Front St W", "city": "Toronto", "postal_code": "M5J 1E6"},
        place=SimpleNamespace(name="Toronto", country="CA", latitude=43.6532, longitude=-79.3832),
        country="CA",
    )
    data = event_jsonld(event, SITE, NAME)
    assert data["name"] == "Digital meetup in Toronto"
    assert data["url"] == SITE + "/en/events/digital-meetup-toronto/"
    assert data["description"] == "An evening of demos."
    assert data["inLanguage"] == "en-CA"
    assert data["startDate"] == "2026-11-12T18:00:00-05:00"
    assert "addressRegion" not in data["location"]["address"]  # no region of ours outside Quebec
    assert data["location"]["address"]["addressCountry"] == "CA"


@pytest.mark.parametrize(
    ("site_url", "page", "image"),
    [
        (SITE, PAGE, SITE + "/images/nantes.jpg"),
        (SITE + "/", PAGE, SITE + "/images/nantes.jpg"),
        ("", "/evenements/rencontre-numerique-nantes/", "/images/nantes.jpg"),
    ],
    ids=["absolute", "trailing-slash", "local-preview-root-relative"],
)
def test_urls(site_url, page, image):
    data = event_jsonld(make_event(image="nantes.jpg", image_alt="Le quai"), site_url, NAME)
    assert data["url"] == page
    assert data["image"] == [image]


def _empty_values(value, path="$"):
    if value in (None, "", [], {}):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _empty_values(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _empty_values(item, f"{path}[{index}]")


def test_unknown_values_are_left_out():
    event = make_event(
        summary=None,
        venue={"name": "Salle 12", "address": None, "city": "Nantes", "postal_code": ""},
        place=None,
        registration={"url": None, "price": None},
        speakers=[{"name": "Marie Tremblay", "affiliation": "", "url": None}],
        program=[{"start": dt.datetime(2017, 6, 7, 9, 0, tzinfo=PARIS), "end": None, "title": "Ouverture", "speakers": []}],
        organizer={"name": "Comité", "url": None},
    )
    data = event_jsonld(event, SITE, NAME)
    assert list(_empty_values(data)) == []
    assert data["location"] == {
        "@type": "Place",
        "name": "Salle 12",
        "address": {"@type": "PostalAddress", "addressLocality": "Nantes", "addressCountry": "FR"},
    }
    assert data["performer"] == [{"@type": "Person", "name": "Marie Tremblay"}]
    assert {"description", "image", "superEvent", "previousStartDate"}.isdisjoint(data)


def test_event_without_mission_attribute_or_optional_fields():
    minimal = SimpleNamespace(
        title="Atelier",
        url="evenements/atelier/",
        start=dt.date(2026, 3, 2),
        venue={"name": "Bibliothèque", "city": "Rimouski"},
    )
    assert event_jsonld(minimal, SITE, NAME) == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Atelier",
        "url": SITE + "/evenements/atelier/",
        "startDate": "2026-03-02",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "Bibliothèque",
            "address": {"@type": "PostalAddress", "addressLocality": "Rimouski", "addressCountry": "CA"},
        },
        "inLanguage": "fr-CA",
    }


def test_add_jsonld_sets_it_on_every_event():
    events = [make_event(), make_event(title="Autre", url="evenements/autre/")]
    add_jsonld(events, SITE, NAME)
    assert [e.jsonld["url"] for e in events] == [PAGE, SITE + "/evenements/autre/"]
    assert events[0].jsonld == event_jsonld(events[0], SITE, NAME)


def test_add_jsonld_describes_a_recurring_event_by_its_next_date():
    event = make_event(recurrence={"rule": "FREQ=MONTHLY;BYDAY=1TH"})
    later = SimpleNamespace(start=event.start + dt.timedelta(days=28), end=event.end + dt.timedelta(days=28))
    event.upcoming_dates = [later]
    add_jsonld([event], SITE, NAME)
    assert event.jsonld["startDate"] == later.start.isoformat()
    assert event.jsonld == event_jsonld(event, SITE, NAME, later)


# --- script_json -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {"name": "Fin </script><script>alert(1)</script>"},
        {"name": "<!-- commentaire --> et <![CDATA[ x ]]>"},
        {"name": "Recherche & développement"},
        {"name": 'Des "guillemets" et des \'apostrophes\' et \\ barre'},
        {"name": "ligne\u2028séparée\u2029paragraphe"},
        {"name": "</SCRIPT >", "nested": [{"x": "<b>&amp;</b>"}], "price": "0", "n": 1.5},
        event_jsonld(make_event(title="Soirée </script> <!-- & «québécoise»"), SITE, NAME),
    ],
    ids=["end-script", "comment", "ampersand", "quotes", "u2028", "nested", "event"],
)
def test_script_json_round_trips_without_markup_characters(data):
    text = script_json(data)
    assert isinstance(text, Markup)
    assert not {"<", ">", "&", "\u2028", "\u2029"} & set(text)
    assert json.loads(str(text)) == data


def test_script_json_is_compact_sorted_and_keeps_accents():
    assert str(script_json({"name": "Événement", "@type": "Event", "b": [1, 2]})) == (
        '{"@type":"Event","b":[1,2],"name":"Événement"}'
    )


class _ScriptReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._inside = True
            self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def test_script_json_in_an_autoescaped_template_stays_one_intact_script():
    environment = jinja2.Environment(autoescape=True)
    environment.filters["script_json"] = script_json
    template = environment.from_string(
        '<head>{% if jsonld %}<script type="application/ld+json">{{ jsonld|script_json }}</script>{% endif %}</head>'
        "<body><p>{{ title }}</p></body>"
    )
    title = "Soirée </script><script>alert('x')</script> <!-- & Cie"
    data = event_jsonld(make_event(title=title), SITE, NAME)
    reader = _ScriptReader()
    reader.feed(template.render(jsonld=data, title=title))
    assert [attrs for attrs, _ in reader.scripts] == [{"type": "application/ld+json"}]
    assert json.loads(reader.scripts[0][1]) == data
    assert template.render(jsonld=None, title="x") == "<head></head><body><p>x</p></body>"


def test_geo_is_the_venue_when_its_coordinates_are_written():
    venue_point = SimpleNamespace(name="Rimouski", latitude=48.452, longitude=-68.523, approximate=False)
    data = event_jsonld(make_event(place=RIMOUSKI, point=venue_point), SITE, NAME)
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 48.452, "longitude": -68.523}
