"""hub_output.rendering.DeferredWriter: pages written through Pelican's write_file are rendered
later on several processes, the same bytes whatever their number; a second write to a path is
refused when it is made, as by Pelican; the first page that fails (in write order) is named."""

import time

import jinja2
import pytest
from pelican.writers import FileOverwriteFailedError

from hub_core import workers
from hub_core.writer import PAGE as PAGE_WRITER
from hub_core.writer import WriteRefused, file_writer
from hub_output import build
from hub_output.incremental import Incremental
from hub_output.record import Record
from hub_output.rendering import DeferredWriter, RenderError

SETTINGS = {"PAGINATED_TEMPLATES": {}, "DEFAULT_PAGINATION": False, "RELATIVE_URLS": False}
PAGE = jinja2.Template("<h1>{{ title }}</h1>{{ SITENAME }} {{ output_file }}")
FAILING = jinja2.Template("{{ 1 // 0 }}")


def write_pages(output, count, failing=()):
    """Twelve pages, those numbered in `failing` with a template that raises; rendered on `count` processes."""
    writer = DeferredWriter(str(output), settings=SETTINGS)
    context = {"SITENAME": "Maillage", "localsiteurl": ""}
    for number in range(12):
        template = FAILING if number in failing else PAGE
        writer.write_file(f"page-{number}/index.html", template, context, title=f"Page {number}")
    assert not any(output.rglob("*.html")) or all(p.stat().st_size == 0 for p in output.rglob("*.html"))
    writer.render_all(count)


def files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("count", [1, 2, 3, 5, 20])
def test_pages_are_the_same_bytes_on_any_number_of_processes(tmp_path, count):
    write_pages(tmp_path / "one", 1)
    write_pages(tmp_path / "many", count)
    expected = files(tmp_path / "one")
    assert len(expected) == 12
    assert expected["page-3/index.html"] == "<h1>Page 3</h1>Maillage page-3/index.html".encode()
    assert files(tmp_path / "many") == expected


@pytest.mark.parametrize(("count", "failing", "named"), [
    (1, {5}, "page-5/index.html"),
    (2, {5}, "page-5/index.html"),
    (2, {4}, "page-4/index.html"),
    (3, {7, 2}, "page-2/index.html"),  # two processes fail: the first page written is named
    (3, {9, 4}, "page-4/index.html"),
    (3, {11, 10, 9}, "page-9/index.html"),
])
def test_the_first_failing_page_is_named(tmp_path, count, failing, named):
    with pytest.raises(RenderError) as raised:
        write_pages(tmp_path, count, failing)
    assert raised.value.path == named
    assert raised.value.detail == "ZeroDivisionError: integer division or modulo by zero"


def test_a_second_write_to_a_path_is_refused_when_it_is_made(tmp_path):
    writer = DeferredWriter(str(tmp_path), settings=SETTINGS)
    writer.write_file("a/index.html", PAGE, {"localsiteurl": ""}, title="un")
    with pytest.raises(FileOverwriteFailedError):
        writer.write_file("a/index.html", PAGE, {"localsiteurl": ""}, title="deux")


def test_an_overriding_write_wins_as_in_a_serial_build(tmp_path):
    writer = DeferredWriter(str(tmp_path), settings=SETTINGS)
    writer.write_file("a/index.html", PAGE, {"localsiteurl": ""}, title="liste")
    writer.write_file("a/index.html", PAGE, {"localsiteurl": ""}, title="page", override_output=True)
    writer.write_file("a/index.html", PAGE, {"localsiteurl": ""}, title="ignorée")  # skipped, as by Pelican
    writer.render_all(2)
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8").startswith("<h1>page</h1>")


@pytest.mark.parametrize("value", [-1, 1.5, "2", True, None])
def test_a_bad_worker_count_stops_the_build(value):
    with pytest.raises(build.SettingsError, match="workers"):
        build.check_workers({"workers": value})


def test_a_share_that_cannot_be_forked_is_rendered_by_the_build(tmp_path, monkeypatch):
    def no_fork(work, shared):
        raise BlockingIOError(11, "Resource temporarily unavailable")

    write_pages(tmp_path / "one", 1)
    monkeypatch.setattr(workers, "start", no_fork)
    write_pages(tmp_path / "many", 3)
    assert files(tmp_path / "many") == files(tmp_path / "one")


def test_a_file_where_a_page_is_written_is_refused_as_in_a_serial_build(tmp_path, monkeypatch):
    """hub_core.writer hears of the page when it is written, not when it is rendered."""
    monkeypatch.setenv("HUB_LANG", "en")
    context = {"localsiteurl": ""}
    files = file_writer(context, tmp_path)
    writer = DeferredWriter(str(tmp_path), settings=SETTINGS)
    writer.write_file("evenements/index.html", PAGE, context, title="page")
    assert files.written == {"evenements/index.html": PAGE_WRITER}
    with pytest.raises(WriteRefused, match=f"by {PAGE_WRITER}, then by hub_events"):
        files.write("evenements/index.html", b"BEGIN:VCALENDAR", "hub_events")


def test_a_page_where_a_file_was_written_is_refused_when_it_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    context = {"localsiteurl": ""}
    files = file_writer(context, tmp_path)
    files.write("ressources/index.html", b"<p>file</p>", "hub_resources")
    writer = DeferredWriter(str(tmp_path), settings=SETTINGS)
    with pytest.raises(WriteRefused, match=f"by hub_resources, then by {PAGE_WRITER}"):
        writer.write_file("ressources/index.html", PAGE, context, title="page")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "hub_output : workers de HUB_OUTPUT invalide : -1 (attendu : un nombre entier, 0 ou plus)"),
        ("en", "hub_output: Invalid 'HUB_OUTPUT' workers: -1 (expected a whole number, 0 or more)"),
    ],
)
def test_a_bad_worker_count_is_said_in_the_message_language(monkeypatch, lang, expected):
    monkeypatch.setenv("HUB_LANG", lang)
    with pytest.raises(build.SettingsError) as raised:
        build.check_workers({"workers": -1})
    assert str(raised.value) == expected


class Item:
    def __init__(self, source_path):
        self.source_path = source_path


def write_items(output, settings, count):
    """Six pages, each of an article from /c/<number>.md; the writer, before render_all."""
    writer = DeferredWriter(str(output), settings={**SETTINGS, **settings})
    context = {"SITENAME": "Maillage", "localsiteurl": ""}
    for number in range(6):
        writer.write_file(f"page-{number}/index.html", PAGE, context, title=f"Page {number}", article=Item(f"/c/{number}.md"))
    return writer


@pytest.mark.parametrize("count", [1, 3])
def test_the_pages_of_changed_files_are_rendered_first_into_the_overlay(tmp_path, count):
    overlay = tmp_path / ".output.preview"
    writer = write_items(tmp_path / "site", {"HUB_PREVIEW_FIRST": ["/c/4.md", "/c/1.md"], "HUB_PREVIEW_OVERLAY": str(overlay)}, count)
    written = {k: v for k, v in files(tmp_path / "site").items() if v}
    assert sorted(written) == ["page-1/index.html", "page-4/index.html"]  # before the others are rendered
    assert files(overlay) == written
    assert (overlay / "page-4" / "index.html").stat().st_ino == (tmp_path / "site" / "page-4" / "index.html").stat().st_ino
    writer.render_all(count)
    write_items(tmp_path / "serial", {}, 1).render_all(1)
    assert files(tmp_path / "site") == files(tmp_path / "serial")  # the same site


def test_without_changed_files_nothing_is_rendered_before_render_all(tmp_path):
    write_items(tmp_path / "site", {"HUB_PREVIEW_OVERLAY": str(tmp_path / "o")}, 2)
    assert not any(files(tmp_path / "site").values())
    assert not (tmp_path / "o").exists()


def test_a_changed_page_that_fails_is_named_in_its_turn(tmp_path):
    writer = DeferredWriter(str(tmp_path / "site"), settings={**SETTINGS, "HUB_PREVIEW_FIRST": ["/c/2.md"], "HUB_PREVIEW_OVERLAY": str(tmp_path / "o")})
    context = {"SITENAME": "Maillage", "localsiteurl": ""}
    for number in range(4):
        template = FAILING if number in (2, 3) else PAGE
        writer.write_file(f"page-{number}/index.html", template, context, title="x", article=Item(f"/c/{number}.md"))
    assert not (tmp_path / "o").exists()
    with pytest.raises(RenderError) as raised:
        writer.render_all(2)
    assert raised.value.path == "page-2/index.html"


def write_with_jobs(output, count, job_fails=None, page_fails=False):
    """Two jobs (files through the build's FileWriter) and six pages, on `count` processes; the
    jobs note each run in `runs.log` (appended: every process's runs)."""
    writer = DeferredWriter(str(output), settings=SETTINGS)
    context = {"SITENAME": "Maillage", "localsiteurl": ""}
    files = file_writer(context, output)
    files.follow(writer)

    def job(names, data, by):
        def run():
            with open(output.parent / "runs.log", "a", encoding="utf-8") as log:
                log.write(f"{names[0]}\n")
            if job_fails is not None and names[0] == "flux.xml":
                raise job_fails
            for name in names:
                files.write(name, data, by)
        return run

    files.later(["calendrier.ics", "en/calendar.ics"], "hub_events", job(["calendrier.ics", "en/calendar.ics"], b"BEGIN:VCALENDAR", "hub_events"))
    for number in range(6):
        writer.write_file(f"page-{number}/index.html", FAILING if page_fails and number == 0 else PAGE, context, title=f"Page {number}")
    files.later(["flux.xml"], "hub_feeds", job(["flux.xml"], b"<rss/>", "hub_feeds"))
    assert not (output / "calendrier.ics").exists()  # made with the pages
    writer.render_all(count)


@pytest.mark.parametrize("count", [1, 2, 3])
def test_jobs_make_their_files_once_with_the_pages(tmp_path, count):
    write_with_jobs(tmp_path / "out", count)
    made = files(tmp_path / "out")
    assert made["calendrier.ics"] == made["en/calendar.ics"] == b"BEGIN:VCALENDAR"
    assert made["flux.xml"] == b"<rss/>"
    assert len(made) == 9
    assert sorted((tmp_path / "runs.log").read_text(encoding="utf-8").split()) == ["calendrier.ics", "flux.xml"]


@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize("page_fails", [False, True])
def test_a_failing_job_raises_its_own_exception_before_any_page_failure(tmp_path, count, page_fails):
    with pytest.raises(OSError) as raised:
        write_with_jobs(tmp_path / "out", count, OSError(28, "No space left on device", "flux.xml"), page_fails)
    assert (raised.value.errno, raised.value.filename) == (28, "flux.xml")


@pytest.mark.parametrize("count", [1, 2])
def test_a_failing_job_whose_error_does_not_pickle_is_said_in_one_line(tmp_path, count):
    class Odd(Exception):
        def __reduce__(self):
            raise TypeError("no")

    with pytest.raises((RenderError, Odd)) as raised:
        write_with_jobs(tmp_path / "out", count, Odd("bad"))
    if count == 2 and raised.type is RenderError:  # from a worker: one line naming the job's first file
        assert (raised.value.path, raised.value.detail) == ("flux.xml", "Odd: bad")


def incremental_build(tmp_path, monkeypatch, recorded):
    """The writer's incremental build, with a record of the last build (of no page) or none."""
    incremental = Incremental(tmp_path / "live", {"CACHE_PATH": str(tmp_path / "cache")})
    if recorded:
        incremental.previous = Record(str(tmp_path / "live"), (0, 0), incremental.build, {})
    monkeypatch.setattr(DeferredWriter, "incremental", incremental)


@pytest.mark.parametrize(("recorded", "patience", "before"), [
    (True, 20, ["calendrier.ics", "flux.xml"]),  # both made elsewhere while the first page is decided
    (False, 1, []),  # a full build (no record): nothing to decide meanwhile, no worker more
])
def test_an_incremental_build_makes_its_jobs_while_it_decides_which_pages_to_take(tmp_path, monkeypatch, recorded, patience, before):
    """A worker starts on the calendars and feeds before the build's process decides page by
    page: the first decision waits (up to `patience` seconds) for both jobs to have run elsewhere."""
    log = tmp_path / "runs.log"
    incremental_build(tmp_path, monkeypatch, recorded)
    decide, seen = Incremental.take_page, []

    def take_page(self, *args):
        deadline = time.monotonic() + patience
        while not seen and time.monotonic() < deadline and len(log.read_text(encoding="utf-8").split() if log.exists() else []) < 2:
            time.sleep(0.01)
        seen.append(sorted(log.read_text(encoding="utf-8").split()) if log.exists() else [])
        return decide(self, *args)

    monkeypatch.setattr(Incremental, "take_page", take_page)
    write_with_jobs(tmp_path / "out", 2)
    assert seen[0] == before
    assert len(seen) == 6  # every page decided (none in the record: all rendered)
    made = files(tmp_path / "out")
    assert made["flux.xml"] == b"<rss/>"
    assert made["page-5/index.html"] == b"<h1>Page 5</h1>Maillage page-5/index.html"
    assert sorted(log.read_text(encoding="utf-8").split()) == ["calendrier.ics", "flux.xml"]  # once each


@pytest.mark.parametrize("page_fails", [False, True])
def test_a_job_failing_while_pages_are_decided_raises_its_own_exception(tmp_path, monkeypatch, page_fails):
    incremental_build(tmp_path, monkeypatch, recorded=True)
    with pytest.raises(OSError) as raised:
        write_with_jobs(tmp_path / "out", 2, OSError(28, "No space left on device", "flux.xml"), page_fails)
    assert (raised.value.errno, raised.value.filename) == (28, "flux.xml")
