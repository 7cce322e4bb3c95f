"""hub_core.rebuilds: the rebuild loop (builds and watcher faked), what restarts the preview, and
real forked builds of a stand-in Pelican (exit codes, what they are told, memory left behind)."""

import logging
import os
import signal
import time

import pytest

from hub_core import rebuilds


class Stop(Exception):
    """Ends the otherwise endless loop when the fake watcher has no more changes."""


class FakeBuild:
    """A build that runs for `ticks` looks of the loop, then ends with `code`; with `resident`,
    one that ended well stays as the model of its site and shows saved files (`shown`)."""

    def __init__(self, changed, code, ticks, resident=False, shows=True, reading=0, swapped=None):
        self.changed, self.code_at_end, self.ticks = set(changed), code, ticks
        self.swapped = swapped  # the ticks left when it says its site is in (None: never)
        self.reading, self.left = reading, 0  # looks a show spends on the pages that read the saves
        self.stopped = False
        self.resident = False
        self.can_stay, self.shows = resident, shows
        self.shown = []

    def done(self):
        if self.stopped:
            return -15
        self.ticks -= 1
        if self.ticks >= 0:
            return None
        self.resident = self.can_stay and self.code_at_end == 0
        return self.code_at_end

    def show(self, paths):
        self.shown.append(set(paths))
        self.left = self.reading
        if not self.shows:
            self.stop()
        return self.shows

    def showing(self):
        self.left -= 1
        return self.left >= 0

    def ending(self):
        return self.swapped is not None and self.ticks <= self.swapped

    def stop(self):
        self.stopped = True
        self.resident = False

    terminate = stop

    def wait(self):
        assert self.stopped, "waited for without being told to stop"


def batches(*changes):
    yield from changes
    raise Stop


def loop(results, changes, ticks=0, restart=lambda paths: False, resident=False, shows=True, reading=0, swapped=None):
    """rebuild_forever with builds ending with `results`; the builds started (their changed files)."""
    started = []

    def start(changed):
        build = FakeBuild(changed, results[len(started)], ticks, resident, shows, reading, swapped)
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


def test_the_last_build_that_ended_well_shows_the_saves_before_the_next_build_starts():
    started = loop([0, 0, 0], [set(), {"a.md"}, set(), {"b.md"}, set()], resident=True)
    assert [b.changed for b in started] == [set(), {"a.md"}, {"b.md"}]
    assert [b.shown for b in started] == [[{"a.md"}], [{"b.md"}], []]
    assert all(b.stopped for b in started)  # each replaced by the next that ended well, the last when the preview ends


def test_the_resident_shows_every_save_since_its_build_even_those_of_a_failed_build(capsys):
    started = loop([0, 1, 0, 0], [set(), {"a.md"}, set(), {"b.md"}, {"c.md"}, set()], ticks=0, resident=True)
    assert started[0].shown == [{"a.md"}, {"a.md", "b.md"}]  # a.md's build failed: a.md again
    assert started[1].shown == [] and started[2].shown == [{"c.md"}]  # b.md's build ended well
    assert [b.changed for b in started] == [set(), {"a.md"}, {"b.md"}, {"c.md"}]
    assert capsys.readouterr().err.count("\n") == 1  # the failed build: waiting for a change


def test_the_resident_shows_the_saves_of_a_stopped_build_again():
    started = loop([0, 0, 0], [set(), set(), {"a.md"}, {"b.md"}, set(), set()], ticks=1, resident=True)
    assert started[0].shown == [{"a.md"}, {"a.md", "b.md"}]
    assert started[1].stopped and started[2].changed == {"a.md", "b.md"}


def test_a_save_once_the_build_said_its_site_is_in_does_not_stop_it_it_stays_and_shows_the_save():
    # the first build runs for 3 looks and says its site is in with 2 looks left: a save then waits for it
    started = loop([0, 0], [set(), set(), {"a.md"}, set(), set(), set(), set()], ticks=3, resident=True, swapped=2)
    assert started[0].shown == [{"a.md"}]  # not stopped for the save: it became the resident and showed it
    assert [b.changed for b in started] == [set(), {"a.md"}]


def test_a_save_before_the_site_is_in_stops_the_build_as_before():
    started = loop([0, 0], [set(), {"a.md"}, set(), set(), set(), set()], ticks=3, resident=True, swapped=0)
    assert started[0].stopped and started[0].shown == []
    assert [b.changed for b in started] == [set(), {"a.md"}]


def test_the_next_build_waits_for_the_pages_that_read_the_saves_and_a_save_meanwhile_is_shown_at_once():
    started = loop([0, 0], [set(), {"a.md"}, set(), {"b.md"}, set(), set(), set()], resident=True, reading=2)
    assert started[0].shown == [{"a.md"}, {"a.md", "b.md"}]
    assert [b.changed for b in started] == [set(), {"a.md", "b.md"}]  # one build, once both were shown


def test_a_resident_that_cannot_show_is_dropped_and_the_builds_go_on():
    started = loop([0, 0, 0], [set(), {"a.md"}, {"b.md"}, set()], ticks=1, resident=True, shows=False)
    assert started[0].shown == [{"a.md"}] and started[0].stopped  # asked once, then no more
    assert [b.changed for b in started] == [set(), {"a.md"}, {"a.md", "b.md"}]


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


def resident_build(tmp_path, show):
    """A forked build that ended well and left `show` as its model's (what hub_output does)."""
    def run():
        pelican.hub_show_saved = show

    pelican = StandIn(run)
    build = rebuilds.fork_build(pelican, set(), overlay=tmp_path / "o")
    assert wait(build) == 0 and build.resident
    return build


def until_shown(build):
    while build.showing():
        time.sleep(0.01)


def test_a_build_that_ended_well_stays_and_shows_each_save_from_its_model_as_built(tmp_path):
    model = []  # what a show changes in the model stays in its own fork

    def show(paths, shown):
        model.append(paths)
        (tmp_path / f"shown-{len(model)}-{len(list(tmp_path.iterdir()))}").write_text(repr(paths))

    build = resident_build(tmp_path, show)
    assert build.show({"/c/b.md", "/c/a.md"})
    until_shown(build)
    assert build.show({"/c/c.md"})
    until_shown(build)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("shown")) == ["shown-1-0", "shown-1-1"]
    assert (tmp_path / "shown-1-0").read_text() == repr(["/c/a.md", "/c/b.md"])
    build.stop()
    assert not build.resident
    with pytest.raises(ChildProcessError):
        os.waitpid(build.pid, os.WNOHANG)


def test_show_returns_once_the_saved_pages_are_there_and_the_pages_that_read_them_follow(tmp_path):
    def show(paths, shown):
        (tmp_path / "own").touch()
        shown()
        time.sleep(0.5)
        (tmp_path / "readers").touch()

    build = resident_build(tmp_path, show)
    assert build.show({"/c/a.md"})
    assert (tmp_path / "own").exists() and not (tmp_path / "readers").exists()
    assert build.showing()
    until_shown(build)
    assert (tmp_path / "readers").exists() and build.resident
    build.stop()


def test_a_new_save_ends_the_show_under_way(tmp_path):
    def show(paths, shown):
        shown()
        if paths == ["/c/a.md"]:
            time.sleep(30)
            (tmp_path / "never").touch()
        (tmp_path / "second").write_text(repr(paths))

    build = resident_build(tmp_path, show)
    assert build.show({"/c/a.md"}) and build.showing()
    assert build.show({"/c/a.md", "/c/b.md"})
    until_shown(build)
    assert (tmp_path / "second").read_text() == repr(["/c/a.md", "/c/b.md"]) and not (tmp_path / "never").exists()
    build.stop()


def test_a_show_that_never_ends_is_stopped_with_its_resident(tmp_path):
    def show(paths, shown):
        shown()
        time.sleep(30)

    build = resident_build(tmp_path, show)
    assert build.show({"/c/a.md"})
    assert build.showing(timeout=10) and not build.showing(timeout=0)
    assert not build.resident
    with pytest.raises(ChildProcessError):
        os.waitpid(build.pid, os.WNOHANG)


def test_a_resident_whose_show_fails_still_answers(tmp_path):
    def show(paths, shown):
        raise ValueError(paths)

    build = resident_build(tmp_path, show)
    assert build.show({"/c/a.md"}) and build.resident
    until_shown(build)
    assert build.resident
    build.stop()


def test_a_resident_that_takes_too_long_is_stopped(tmp_path):
    build = resident_build(tmp_path, lambda paths, shown: time.sleep(30))
    assert build.show({"/c/a.md"}, timeout=0.3) is False
    assert not build.resident
    with pytest.raises(ChildProcessError):
        os.waitpid(build.pid, os.WNOHANG)


def test_a_build_without_a_model_to_keep_ends(tmp_path):
    build = rebuilds.fork_build(StandIn(lambda: None), set(), overlay=tmp_path)
    assert wait(build) == 0 and not build.resident and build.show({"/c/a.md"}) is False


def test_a_resident_that_died_is_dropped_at_once(tmp_path):
    build = resident_build(tmp_path, lambda paths, shown: None)
    os.kill(build.pid, signal.SIGKILL)
    time.sleep(0.1)
    started = time.monotonic()
    assert build.show({"/c/a.md"}) is False and not build.resident
    assert time.monotonic() - started < 5  # not the 10 s an answer is waited for
    assert not build.showing()


def test_a_build_that_ends_between_two_looks_is_not_mistaken_for_a_resident(tmp_path):
    build = rebuilds.fork_build(StandIn(lambda: None), set(), overlay=tmp_path)
    while build.replies is not None and not rebuilds._readable(build.replies, 0):
        time.sleep(0.01)
    assert build._read(0) == [] and build.replies is None  # its end of the pipe closed: no line
    assert wait(build) == 0 and not build.resident


def test_a_build_that_does_not_end_when_told_to_stop_is_killed(tmp_path, monkeypatch):
    """A SIGTERM that comes while a build forks is dropped by Python ("Exception ignored"): the
    preview must not wait for that build for ever. Here the build ignores SIGTERM outright."""
    def run():
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        (tmp_path / "started").touch()
        while True:
            time.sleep(0.01)

    build = rebuilds.fork_build(StandIn(run), set(), overlay=tmp_path)
    while not (tmp_path / "started").exists():
        time.sleep(0.01)
    began = time.monotonic()
    build.terminate()
    build.wait(timeout=0.5)
    assert 0.5 <= time.monotonic() - began < 5
    assert build.code == -signal.SIGKILL
    with pytest.raises(ChildProcessError):
        os.waitpid(build.pid, os.WNOHANG)


def test_a_build_says_when_its_site_is_in(tmp_path):
    def run():
        pelican.hub_swapped()
        time.sleep(0.5)  # the end of the build: the record, the preview's model

    pelican = StandIn(run)
    build = rebuilds.fork_build(pelican, set(), overlay=tmp_path)
    while build.done() is None and not build.ending():
        time.sleep(0.01)
    assert build.ending() and build.done() is None  # said, and not yet ended
    assert wait(build) == 0


def test_ready_is_not_lost_when_another_look_reads_it_first(tmp_path):
    """`ending` and `done` both read the build's lines: "ready" counts whichever reads it."""
    def run():
        pelican.hub_swapped()
        pelican.hub_show_saved = lambda paths, shown: shown()

    pelican = StandIn(run)
    build = rebuilds.fork_build(pelican, set(), overlay=tmp_path / "o")
    deadline = time.monotonic() + 20
    while not build.ready and time.monotonic() < deadline:
        build.ending()  # reads "swapped", then "ready"
        time.sleep(0.01)
    assert build.ready and build.done() == 0 and build.resident
    build.stop()
