"""hub_core.rebuilds: the rebuild loop (builds and watcher faked), what restarts the preview, and
real forked builds of a stand-in Pelican (exit codes, what they are told, memory left behind)."""

import logging
import os
import time

import pytest

from hub_core import rebuilds


class Stop(Exception):
    """Ends the otherwise endless loop when the fake watcher has no more changes."""


class FakeBuild:
    """A build that runs for `ticks` looks of the loop, then ends with `code`."""

    def __init__(self, changed, code, ticks):
        self.changed, self.code_at_end, self.ticks = set(changed), code, ticks
        self.stopped = False

    def done(self):
        if self.stopped:
            return -15
        self.ticks -= 1
        return self.code_at_end if self.ticks < 0 else None

    def stop(self):
        self.stopped = True


def batches(*changes):
    yield from changes
    raise Stop


def loop(results, changes, ticks=0, restart=lambda paths: False):
    """rebuild_forever with builds ending with `results`; the builds started (their changed files)."""
    started = []

    def start(changed):
        build = FakeBuild(changed, results[len(started)], ticks)
        started.append(build)
        return build

    with pytest.raises(Stop):
        rebuilds.rebuild_forever(start, batches(*changes), restart)
    return started


def test_a_failed_build_says_once_that_the_preview_waits(monkeypatch, capsys):
    monkeypatch.setenv("HUB_LANG", "fr")
    started = loop([1, 0], [set(), set(), {"a.md"}, set()])
    assert [b.changed for b in started] == [set(), {"a.md"}]  # no rebuild storm while nothing changes
    assert capsys.readouterr().err == "En attente d'une modification…\n"


def test_waiting_message_in_english(monkeypatch, capsys):
    monkeypatch.setenv("HUB_LANG", "en")
    assert len(loop([1], [set()])) == 1
    assert capsys.readouterr().err == "Waiting for a change…\n"


def test_one_build_per_batch_of_changes_once_the_last_one_ended(capsys):
    started = loop([0, 0, 0], [set(), {"a.md"}, set(), {"b.md", "c.md"}, set()])
    assert [b.changed for b in started] == [set(), {"a.md"}, {"b.md", "c.md"}]
    assert not any(b.stopped for b in started)
    assert capsys.readouterr().err == ""


def test_a_save_during_a_build_stops_it_and_the_next_build_has_both_changes():
    started = loop([0, 0, 0], [set(), set(), set(), {"a.md"}, {"b.md"}, set(), set(), set()], ticks=2)
    assert [b.changed for b in started] == [set(), {"a.md"}, {"a.md", "b.md"}]
    assert [b.stopped for b in started] == [False, True, False]


def test_watchfiles_pairs_are_paths():
    started = loop([0, 0], [set(), {(1, "/c/a.md"), (2, "/c/b.md")}, set()])
    assert started[1].changed == {"/c/a.md", "/c/b.md"}


@pytest.mark.parametrize(("ticks", "stopped"), [(5, True), (0, False)], ids=["during-a-build", "idle"])
def test_a_change_of_code_restarts_the_preview(monkeypatch, ticks, stopped):
    restarted = []
    monkeypatch.setattr(rebuilds, "restart_process", lambda: restarted.append(True))
    started = []

    def start(changed):
        started.append(FakeBuild(changed, 0, ticks))
        return started[-1]

    rebuilds.rebuild_forever(start, batches(set(), {"pelicanconf.py"}), lambda paths: "pelicanconf.py" in paths)
    assert restarted == [True] and len(started) == 1 and started[0].stopped is stopped


@pytest.mark.parametrize(("changed", "restarts"), [
    ("pelicanconf.py", True),
    ("plugins/hub_events/ics.py", True),
    ("plugins/hub_events/README.md", False),
    ("content/events/x.md", False),
    ("theme/templates/base.html", False),
    ("content/notes.py", False),  # Python outside the plugins: content, not code
])
def test_what_restarts_the_preview(tmp_path, changed, restarts):
    code = [str(tmp_path / "pelicanconf.py"), str(tmp_path / "plugins")]
    assert rebuilds.needs_restart([str(tmp_path / changed)], code) is restarts


class StandIn:
    """What fork_build needs of a Pelican: settings and run()."""

    def __init__(self, run):
        self.settings, self.run = {}, run


def wait(build):
    while (code := build.done()) is None:
        time.sleep(0.01)
    return code


def test_a_forked_build_is_told_what_changed_and_its_exit_code_is_pelicans(tmp_path):
    told = tmp_path / "told"

    def run():
        told.write_text(repr((pelican.settings["HUB_PREVIEW_FIRST"], pelican.settings["HUB_PREVIEW_OVERLAY"])))

    pelican = StandIn(run)
    assert wait(rebuilds.fork_build(pelican, {"/c/b.md", "/c/a.md"}, overlay=tmp_path / "o")) == 0
    assert told.read_text() == repr((["/c/a.md", "/c/b.md"], str(tmp_path / "o")))
    assert pelican.settings == {}  # what the build changed stays in the build


class Failed(Exception):
    exitcode = 3


@pytest.mark.parametrize(("error", "code"), [(Failed("x"), 3), (ValueError("x"), 1), (SystemExit(143), 143)])
def test_a_failed_build_ends_with_pelicans_exit_code(tmp_path, error, code):
    def run():
        raise error

    logging.getLogger("pelican").propagate = False  # the critical line is the build's, not this test's
    try:
        assert wait(rebuilds.fork_build(StandIn(run), set(), overlay=tmp_path)) == code
    finally:
        logging.getLogger("pelican").propagate = True


def resident_kib():
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_what_a_build_keeps_in_memory_dies_with_it(tmp_path):
    kept = []  # as Pelican's @memoized keeps every content object of every build

    def run():
        kept.append(bytearray(32 << 20))

    before = resident_kib()
    for _ in range(5):
        assert wait(rebuilds.fork_build(StandIn(run), set(), overlay=tmp_path)) == 0
    assert kept == [] and resident_kib() - before < 8 << 10  # not 5 × 32 MiB


def test_stopping_a_build_ends_its_process(tmp_path):
    def run():
        (tmp_path / "started").touch()
        while True:
            os.sched_yield()

    build = rebuilds.fork_build(StandIn(run), set(), overlay=tmp_path)
    while not (tmp_path / "started").exists():
        os.sched_yield()
    build.stop()
    assert build.done() == 143  # SIGTERM: SystemExit in the build, its cleanup ran
    with pytest.raises(ChildProcessError):
        os.waitpid(build.pid, os.WNOHANG)
