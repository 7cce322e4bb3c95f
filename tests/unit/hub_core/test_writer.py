import os

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican import signals
from pelican.settings import DEFAULT_CONFIG
from pelican.writers import Writer

from hub_core.writer import OUTPUT_FILES, PAGE, FileWriter, WriteRefused, file_writer


@pytest.fixture
def files(tmp_path):
    context = {}
    return file_writer(context, tmp_path / "output")


@pytest.fixture
def sent():
    """The content_written signals sent while the test runs: [(path, context)]."""
    received = []

    def receiver(path, context=None):
        received.append((path, context))

    signals.content_written.connect(receiver)
    yield received
    signals.content_written.disconnect(receiver)


@pytest.mark.parametrize("path, written", [
    ("robots.txt", "robots.txt"),
    ("calendrier/evenements.ics", "calendrier/evenements.ics"),
    ("a/b/c/flux.xml", "a/b/c/flux.xml"),  # parents made
    ("./sitemap.xml", "sitemap.xml"),
    ("a/../b.json", "b.json"),
])
def test_writes_inside_the_output(files, path, written):
    assert files.write(path, b"data", "hub_test") is True
    assert (files.root / written).read_bytes() == b"data"
    assert files.written == {written: "hub_test"}


@pytest.mark.parametrize("path", ["../voisin.ics", "a/../../voisin.ics", "/etc/passwd", "", ".", "a/.."])
def test_a_path_outside_the_output_is_refused(files, path, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    with pytest.raises(WriteRefused, match=r"\(written by hub_test\) is outside the output folder"):
        files.write(path, b"data", "hub_test")
    assert not (files.root.parent / "voisin.ics").exists()
    assert files.written == {}


@pytest.mark.parametrize("first, second", [
    ("flux.xml", "flux.xml"),
    ("evenements/flux.xml", "evenements/./flux.xml"),
    ("evenements/flux.xml", "autre/../evenements/flux.xml"),
])
def test_a_second_write_to_one_path_is_refused(files, first, second, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    files.write(first, b"one", "hub_feeds")
    with pytest.raises(WriteRefused, match=r"written twice in one build: by hub_feeds, then by hub_digest"):
        files.write(second, b"two", "hub_digest")
    assert (files.root / first).read_bytes() == b"one"


def test_the_refusal_is_said_in_french_by_default(files, monkeypatch):
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    files.write("flux.xml", b"one", "hub_feeds")
    with pytest.raises(WriteRefused, match="« flux.xml » est écrit deux fois .* par hub_feeds, puis par hub_digest"):
        files.write("flux.xml", b"two", "hub_digest")


@pytest.mark.parametrize("data, rewritten", [
    (b"same bytes", False),
    (b"other bytes", True),
    (b"same byteS", True),  # same size
    (b"", True),
])
def test_a_file_with_these_bytes_is_left_as_it_is(tmp_path, data, rewritten, sent):
    target = tmp_path / "output" / "calendrier.ics"
    target.parent.mkdir()
    target.write_bytes(b"same bytes")
    os.utime(target, (1_000_000_000, 1_000_000_000))
    files = file_writer({}, tmp_path / "output")
    assert files.write("calendrier.ics", data, "hub_events") is rewritten
    assert target.read_bytes() == data
    assert (target.stat().st_mtime == 1_000_000_000) is not rewritten
    assert len(sent) == rewritten
    assert files.written == {"calendrier.ics": "hub_events"}  # written or not, the path is taken


def test_content_written_is_sent_with_the_build_context(tmp_path, sent):
    context = {"SITENAME": "maillage"}
    files = file_writer(context, tmp_path)
    files.write("exports/repertoire.json", b"{}", "hub_directory")
    assert sent == [(str(tmp_path / "exports" / "repertoire.json"), context)]
    assert files.written == {"exports/repertoire.json": "hub_directory"}  # its own signal is no page


def test_one_writer_per_build_context(tmp_path):
    context, other = {}, {}
    files = file_writer(context, tmp_path)
    assert context[OUTPUT_FILES] is files
    assert file_writer(context, tmp_path) is files
    assert file_writer(other, tmp_path) is not files


def pelican_writer(output):
    settings = {**DEFAULT_CONFIG, "OUTPUT_PATH": str(output)}
    return Writer(str(output), settings=settings)


PAGE_TEMPLATE = jinja2.Template("<p>page</p>")


def test_a_file_where_pelican_wrote_a_page_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    context = {}
    files = file_writer(context, tmp_path)
    pelican_writer(tmp_path).write_file("evenements/index.html", PAGE_TEMPLATE, context)
    assert files.written == {"evenements/index.html": PAGE}
    with pytest.raises(WriteRefused, match=f"by {PAGE}, then by hub_events"):
        files.write("evenements/index.html", b"BEGIN:VCALENDAR", "hub_events")
    assert (tmp_path / "evenements" / "index.html").read_text() == "<p>page</p>"


def test_a_page_where_a_file_was_written_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    context = {}
    files = file_writer(context, tmp_path)
    files.write("ressources/index.html", b"<p>file</p>", "hub_resources")
    with pytest.raises(WriteRefused, match=f"by hub_resources, then by {PAGE}"):
        pelican_writer(tmp_path).write_file("ressources/index.html", PAGE_TEMPLATE, context)


def test_pages_of_another_build_are_not_counted(tmp_path):
    files = file_writer({}, tmp_path)
    pelican_writer(tmp_path).write_file("a/index.html", PAGE_TEMPLATE, {})  # a context without this writer
    signals.content_written.send(str(tmp_path / "b.html"))  # no context at all
    assert files.written == {}
    assert files.write("a/index.html", b"x", "hub_test") is True


def test_a_writer_of_a_finished_build_stops_listening(tmp_path):
    context = {}
    file_writer(context, tmp_path)
    listening = len(signals.content_written.receivers)
    context.clear()  # the build's context is gone
    assert len(signals.content_written.receivers) == listening - 1


class Later:
    """A page writer that makes files later, as hub_output's does: `later` keeps the work."""

    def __init__(self):
        self.jobs = []

    def later(self, names, work):
        self.jobs.append((names, work))


def test_later_work_runs_at_once_with_a_writer_that_makes_files_now(files):
    files.follow(object())
    files.later(["a.ics", "b/c.ics"], "hub_events", lambda: [files.write(n, b"x", "hub_events") for n in ("a.ics", "b/c.ics")])
    assert (files.root / "a.ics").read_bytes() == b"x" and (files.root / "b" / "c.ics").read_bytes() == b"x"
    assert files.written == {"a.ics": "hub_events", "b/c.ics": "hub_events"} and not files.promised


def test_later_work_waits_for_the_writer_and_its_paths_are_claimed_at_once(files, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    page_writer = Later()
    files.follow(page_writer)
    files.later(["./flux.xml"], "hub_feeds", lambda: files.write("flux.xml", b"rss", "hub_feeds"))
    assert not (files.root / "flux.xml").exists()
    assert [names for names, _work in page_writer.jobs] == [["flux.xml"]]
    with pytest.raises(WriteRefused, match="by hub_feeds, then by hub_digest"):
        files.write("flux.xml", b"other", "hub_digest")  # another writer, before the work ran
    with pytest.raises(WriteRefused, match="by hub_feeds, then by hub_events"):
        files.later(["flux.xml"], "hub_events", lambda: None)
    page_writer.jobs[0][1]()
    assert (files.root / "flux.xml").read_bytes() == b"rss"
    with pytest.raises(WriteRefused, match="by hub_feeds, then by hub_feeds"):
        files.write("flux.xml", b"again", "hub_feeds")  # once only


def test_a_page_at_a_path_claimed_for_later_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    context = {}
    files = file_writer(context, tmp_path)
    files.follow(Later())
    files.later(["evenements/index.html"], "hub_events", lambda: None)
    with pytest.raises(WriteRefused, match=f"by hub_events, then by {PAGE}"):
        pelican_writer(tmp_path).write_file("evenements/index.html", PAGE_TEMPLATE, context)


@pytest.mark.parametrize("paths", [["a.ics", "a.ics"], ["a.ics", "./a.ics"], ["../a.ics"], ["/etc/a.ics"]])
def test_paths_for_later_are_checked_as_writes(files, paths):
    files.follow(Later())
    with pytest.raises(WriteRefused):
        files.later(paths, "hub_events", lambda: None)


def inside_by_pathlib(root, path):
    """The rule `relative` keeps, said with pathlib: the normalized path lies under the root."""
    from pathlib import Path
    target = Path(os.path.normpath(os.path.join(root, path)))
    if not target.is_relative_to(root) or target == Path(root):
        return None
    return target.relative_to(root).as_posix()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "..", ".", "", "output", "output2", "é", "x.ics"]), min_size=1, max_size=6),
       st.booleans())
def test_relative_refuses_exactly_the_paths_outside_the_output(tmp_path_factory, parts, absolute):
    root = tmp_path_factory.getbasetemp() / "site" / "output"
    files = FileWriter(root, {})
    path = ("/" if absolute else "") + "/".join(parts)
    expected = inside_by_pathlib(files.root, path)
    if expected is None:
        with pytest.raises(WriteRefused):
            files.relative(path, "hub_test")
    else:
        assert files.relative(path, "hub_test") == expected
