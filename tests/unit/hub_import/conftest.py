"""Shared fixtures of the hub_import tests: the places a site knows, and VEVENTs written as
the lines of an .ics file."""

from zoneinfo import ZoneInfo

import icalendar
import pytest

from hub_core import places
from hub_import.sources import Source

SITE_ZONE = ZoneInfo("America/Toronto")
SOURCE = Source(name="groupe", organizer="groupe-rimouski")


@pytest.fixture(scope="session")
def known_places():
    regions, municipalities = places.builtin_places()
    paris = places.Place("Paris", "FR", None, 48.8566, 2.3522)
    return places.Places(regions, (*municipalities, paris))


def vevent(*lines, uid="uid-1@example.org", summary="Dîner", start="DTSTART;TZID=America/Toronto:20270114T180000"):
    """The VEVENT of these .ics lines (UID, SUMMARY and DTSTART given unless written)."""
    written = {line.split(":")[0].split(";")[0] for line in lines}
    head = [f"UID:{uid}"] * ("UID" not in written) + [f"SUMMARY:{summary}"] * ("SUMMARY" not in written)
    head += [start] * ("DTSTART" not in written and start is not None)
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", *head, *lines, "END:VEVENT", "END:VCALENDAR", ""])
    return icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
