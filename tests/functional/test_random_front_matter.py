"""Random front matter through the validator and the build (property-based, hypothesis).

Front matter is drawn from plausible values, values of the wrong type, unicode
with control characters, and YAML text mutated by a character; the body too.
Two properties: the validator never raises (every problem renders in French and
English), and `hub check` passes exactly when the build of a tiny site passes,
the build never ending on anything but the list of problems.
"""

import contextlib
import datetime as dt
import locale
import logging
import os
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hub_core.check import check_tree
from hub_core.items import read_item
from hub_core.problems import ContentErrors
from hub_core.site import site_from_settings
from sitebuild import EPOCH, ROOT

TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
SCALAR = st.one_of(
    TEXT,
    st.integers(min_value=-(10**45), max_value=10**45),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.dates(),
)
ANY = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)


def day(low=1890, high=2230):
    return st.dates(dt.date(low, 1, 1), dt.date(high, 12, 31)).map(str)


def moment():
    clock = st.times().map(lambda t: t.strftime("%H:%M"))
    offset = st.sampled_from(["", "Z", "+02:00", "-05:00", "+14:00", "+99:00", "-12:30"])
    return st.builds(lambda d, c, o: f"{d} {c}{o}", day(1995, 2035), clock, offset) | day(1995, 2035)


PLAUSIBLE = {
    "title": st.text(min_size=1, max_size=250) | st.sampled_from(["C++", "C#", "Dîner", "日本"]),
    "slug": st.from_regex(r"[a-z0-9-]{0,130}", fullmatch=True),
    "date": moment(),
    "start": moment(),
    "end": moment(),
    "modified": moment(),
    "summary": TEXT,
    "tags": st.lists(st.sampled_from(["C++", "C#", "c", "IA", "ia", "Santé", "日本"]) | TEXT, max_size=3),
    "category": st.sampled_from(["Ressources humaines", "C++", "日本"]) | TEXT,
    "authors": st.lists(st.sampled_from(["Marie-Ève Tremblay", "marie eve tremblay"]) | TEXT, max_size=2),
    "lang": st.sampled_from(["fr", "en", "de"]),
    "status": st.sampled_from(["published", "draft", "hidden", "gone"]),
    "timezone": st.sampled_from(["America/Toronto", "Europe/Paris", "Pacific/Kiritimati", "Mars/Base"]),
    "format": st.sampled_from(["in-person", "online", "hybrid", "radio"]),
    "venue": st.fixed_dictionaries({"name": TEXT, "city": st.sampled_from(["Rimouski", "Matane", "Atlantide"]) | TEXT}),
    "online": st.fixed_dictionaries({"url": st.sampled_from(["https://meet.example.org/a", "javascript:alert(1)", "https://a.example/\r\nX: 1"])}),
    "registration": st.fixed_dictionaries(
        {"url": st.just("https://example.org/inscription"), "price": st.integers(-5, 10**41) | st.decimals(allow_nan=False, places=2).map(str)}
    ),
    "recurrence": st.fixed_dictionaries(
        {"rule": st.sampled_from(["FREQ=WEEKLY", "FREQ=MONTHLY;BYDAY=1TH", "FREQ=MINUTELY", "FREQ=DAILY;COUNT=5000", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "BYDAY=MO"])},
        optional={"count": st.integers(-1, 5000), "until": day(1990, 2300)},
    ),
    "attendance": st.integers(-3, 10**40),
    "event_status": st.sampled_from(["scheduled", "cancelled", "rescheduled"]),
    "speakers": st.lists(st.fixed_dictionaries({"name": TEXT}), max_size=2),
}
BASE = {"title": "Dîner réseautage", "date": "2026-09-01", "start": "2027-10-07 18:00", "venue": {"name": "Salle", "city": "Rimouski"}}
# A valid start per content folder, that the drawn fields change.
BASES = {
    "events": BASE,
    "blog": {"title": "Billet", "date": "2026-09-01"},
    "chronicles": {"title": "Chronique", "date": "2026-09-01", "column": "Chronique numérique", "authors": ["Sophie Ouellet"]},
    "pages": {"title": "À propos"},
    "directory": {"title": "Café numérique", "date": "2026-09-01", "kind": "meetup", "city": "Rimouski"},
}
PLAUSIBLE["column"] = st.sampled_from(["C++", "Chronique numérique", "?!"]) | TEXT
PLAUSIBLE["series"] = st.sampled_from(["Le numérique en région", "?!"]) | TEXT
PLAUSIBLE["kind"] = st.sampled_from(["meetup", "club"])
PLAUSIBLE["website"] = st.sampled_from(["https://example.org", "ftp://x", "https://a.example/\n"])


@st.composite
def documents(draw, folder="events"):
    """The text of one content file: front matter (maybe mutated) and a body."""
    data = dict(BASES[folder])
    for name in draw(st.lists(st.sampled_from(sorted(PLAUSIBLE)), max_size=5, unique=True)):
        data[name] = draw(ANY) if draw(st.integers(0, 4)) == 0 else draw(PLAUSIBLE[name])
    text = yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False)
    if draw(st.integers(0, 4)) == 0:  # one character inserted somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["&a ", "*a", "\t", ":", "- ", "[", "\x00", "\x85", '"', "\n  "])) + text[at:]
    body = draw(st.sampled_from(["Texte.\n", "Un texte\x01 invisible.\n", "<script>x</script>\n"]) | TEXT)
    return "---\n" + text + "---\n" + body


@contextlib.contextmanager
def process_locale():
    """Pelican sets its LOCALE ("C") for the whole process: give the later tests theirs back."""
    before = locale.setlocale(locale.LC_ALL)
    try:
        yield
    finally:
        locale.setlocale(locale.LC_ALL, before)


@pytest.fixture(scope="module")
def pelican_settings():
    from pelican.settings import read_settings  # noqa: PLC0415

    with process_locale():
        return read_settings(str(ROOT / "pelicanconf.py"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data(), folder=st.sampled_from(sorted(BASES)))
def test_the_validator_never_raises(data, folder, pelican_settings):
    text = data.draw(documents(folder))
    settings_ = {**pelican_settings, "PATH": str(ROOT / "tests" / "fixtures" / "site" / "content")}
    site, _problems = site_from_settings(settings_)
    item = read_item(f"{folder}/x.md", text, site)
    for problem in item.problems:
        assert problem.render("fr").startswith("content/")
        assert problem.render("en").startswith("content/")


@contextlib.contextmanager
def source_date_epoch():
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def build_in_process(content, base, pelican_settings):
    """True when Pelican builds `content`, False when it stops on content errors; anything else raises."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import configure_settings  # noqa: PLC0415

    overrides = {
        "PATH": str(content),
        "OUTPUT_PATH": str(base / "output"),
        "CACHE_PATH": str(base / "cache"),
        "LOAD_CONTENT_CACHE": False,
        "CACHE_CONTENT": False,
    }
    with process_locale():
        try:
            Pelican(configure_settings({**pelican_settings, **overrides})).run()
        except ContentErrors:
            return False
    return True


@settings(max_examples=int(os.environ.get("HUB_BUILD_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data(), folder=st.sampled_from(sorted(BASES)))
def test_check_passes_exactly_when_the_build_passes(data, folder, pelican_settings, caplog):
    text = data.draw(documents(folder))
    with tempfile.TemporaryDirectory() as temporary, source_date_epoch():
        base = Path(temporary)
        content = base / "content"
        (content / folder).mkdir(parents=True)
        (content / folder / "x.md").write_text(text, encoding="utf-8")
        _items, problems = check_tree(content, pelican_settings)
        checked = not any(p.is_error for p in problems)
        event("check passes" if checked else "check fails")  # --hypothesis-show-statistics
        caplog.clear()
        with caplog.at_level(logging.ERROR, logger="pelican"):
            built = build_in_process(content, base, pelican_settings)
        logged = [r for r in caplog.records if r.levelno >= logging.ERROR and not (r.exc_info and isinstance(r.exc_info[1], ContentErrors))]
        assert checked == built, [p.render() for p in problems]
        assert not logged, [r.getMessage() for r in logged]  # no "Could not process", no traceback


def test_the_in_process_build_passes_and_stops_as_the_command_does(pelican_settings, tmp_path):
    good = "---\n" + yaml.safe_dump(BASE, allow_unicode=True) + "---\nTexte.\n"
    bad = good.replace("2027-10-07 18:00", "9999-10-07 18:00")
    for name, text, expected in (("good", good, True), ("bad", bad, False)):
        content = tmp_path / name / "content"
        (content / "events").mkdir(parents=True)
        (content / "events" / "x.md").write_text(text, encoding="utf-8")
        with source_date_epoch():
            assert build_in_process(content, tmp_path / name, pelican_settings) is expected
    assert (tmp_path / "good" / "output" / "evenements" / "diner-reseautage" / "index.html").is_file()
