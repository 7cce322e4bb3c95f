"""Fetching a calendar: limits, retries and every failure named (a server on 127.0.0.1)."""

import pytest

from calendar_server import CalendarServer
from hub_import.fetch import FetchError, Limits, fetch
from hub_import.sources import Source

CALENDAR = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"
LIMITS = Limits(timeout=0.5, max_bytes=1000, attempts=3, backoff=0)


@pytest.fixture()
def server():
    with CalendarServer() as running:
        running.routes = {
            "/ok.ics": CALENDAR,
            "/missing.ics": 404,
            "/error.ics": 503,
            "/slow.ics": ("sleep", 5),
            "/big.ics": b"X" * 1001,
            "/big-stream.ics": ("big", b"X" * 5000),
            "/to-http.ics": ("redirect", "http://example.org/c.ics"),
        }
        yield running


def get(server, path, **options):
    waits = []
    source = Source(name="groupe", organizer="groupe-rimouski", url=server.url(path))
    data = fetch(source, ".", LIMITS, allow_local_http=True, sleep=waits.append, **options)
    return data, waits


def test_a_calendar(server):
    assert get(server, "/ok.ics") == (CALENDAR, [])


@pytest.mark.parametrize(("path", "code", "params", "attempts"), [
    ("/missing.ics", "http_status", {"status": 404}, 1),
    ("/error.ics", "http_status", {"status": 503}, 3),
    ("/slow.ics", "timeout", {"seconds": 0.5}, 3),
    ("/big.ics", "too_big", {"limit": 1000}, 1),
    ("/big-stream.ics", "too_big", {"limit": 1000}, 1),
    ("/to-http.ics", "not_https", {"value": "http://example.org/c.ics"}, 1),
])
def test_failures(server, path, code, params, attempts):
    with pytest.raises(FetchError) as caught:
        get(server, path)
    assert (caught.value.code, caught.value.params) == (code, params)
    assert server.hits[path] == attempts


def test_http_needs_the_test_switch(server):
    source = Source(name="groupe", organizer="groupe-rimouski", url=server.url("/ok.ics"))
    with pytest.raises(FetchError) as caught:
        fetch(source, ".", LIMITS)
    assert caught.value.code == "not_https"
    assert server.hits == {}


def test_retries_wait_longer_each_time(server):
    with pytest.raises(FetchError):
        waits = []
        source = Source(name="groupe", organizer="groupe-rimouski", url=server.url("/error.ics"))
        try:
            fetch(source, ".", Limits(timeout=0.5, attempts=3, backoff=1.5), allow_local_http=True, sleep=waits.append)
        finally:
            assert waits == [1.5, 3.0]


def test_a_local_file(tmp_path):
    (tmp_path / "c.ics").write_bytes(CALENDAR)
    assert fetch(Source(name="g", organizer="o", file="c.ics"), tmp_path, LIMITS) == CALENDAR
    with pytest.raises(FetchError) as caught:
        fetch(Source(name="g", organizer="o", file="absent.ics"), tmp_path, LIMITS)
    assert caught.value.code == "file_missing"
