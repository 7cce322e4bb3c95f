"""The preview's rebuilds: each one a fork of the warm preview process, stopped by the next save.

The preview process imports Pelican and the plugins, reads the settings and makes its `Pelican`
once (hub_core.serve). Each rebuild is `os.fork()` of it running `pelican.run()`: no interpreter
start, no imports, no settings or plugin loading. Whatever the build keeps in memory (Pelican's
`@memoized` `get_content`/`get_summary` hold every content object) dies with its process, so the
preview's own memory stays that of its start, however many rebuilds.

A save during a rebuild stops it (SIGTERM: the build removes its staging folder, the site stays;
SIGKILL if it has not ended 10 s later, as a SIGTERM that comes while it forks is lost), unless
the build said its site is in ("swapped"): it then ends a moment later and stays as the resident
model, which shows the save. A new one starts at once with every file changed since the last
finished build; its pages are
rendered first and served from the overlay as soon as written (hub_output.rendering). A save of the
settings file or of a plugin's Python code restarts the preview process itself (`os.execv`): that
code is what the warm process holds.

A build that finished well does not exit: it stays as the *resident model* of the site it built
(`serve_model`), until the next build that finishes well replaces it. At each save, before the next
build starts, the preview asks it for the pages of every file saved since its build began; a fork
of it renders them from its model into the overlay (hub_output.saved, a plugin's
`hub_show_saved`) in a fraction of a second, while a full build takes seconds, then the pages that
read them. The full build starts once it is done (a save meanwhile ends that fork and asks again),
as before, and its site replaces those pages when it goes in.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import workers
from .i18n import N_, words
from .problems import message_language
from .shapes import Pelican

logger = logging.getLogger("pelican")

SHOW_TIMEOUT = 10.0  # seconds the preview waits for the resident model to show saved pages (hub_output.saved: about 2 at most)
STOP_TIMEOUT = 10.0  # seconds a build told to stop (SIGTERM) has to end before SIGKILL


@dataclass
class Build:
    """One forked build: its process, the files it was told changed, and once it finished well,
    the channel to it as the resident model (`show`)."""

    pid: int
    changed: set[str] = field(default_factory=set)
    code: int | None = None
    requests: int | None = None  # write end: "<number> <JSON list of saved paths>" per request
    replies: int | None = None  # read end: "ready" once built, then "shown <n>" and "done <n>"
    resident: bool = False  # it finished with code 0 and holds its model (it has not exited)
    swapped_at: float | None = None  # when it said its site was in output/ (it is ending well)
    ready: bool = False  # it said "ready": it ended well and holds its model
    asked: int = 0  # the number of the last request
    finished: int = 0  # the number of the last request whose pages are all written
    asked_at: float = 0.0
    said: list[str] = field(default_factory=list)  # lines read, not yet looked at
    unread: bytes = b""

    def done(self) -> int | None:
        """Its exit code once it ended (0 once it is resident), else None (not waiting)."""
        if self.code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
                self.close()
            else:
                self._read(0)  # "ready" is noted whoever reads it (`ending` too)
                if self.ready:
                    self.code, self.resident = 0, True
        return self.code

    def show(self, paths: set[str], timeout: float = SHOW_TIMEOUT) -> bool:
        """Resident: render the pages of the saved `paths` into the overlay now. Returns once
        their own pages are there (the pages that read them follow: `showing`); False when it
        could not (it is then stopped: the full build does it all)."""
        if not self.resident or self.requests is None:
            return False
        self.asked += 1
        self.asked_at = time.monotonic()
        try:
            os.write(self.requests, f"{self.asked} {json.dumps(sorted(paths))}\n".encode("utf-8"))
            while self.replies is not None and time.monotonic() - self.asked_at < timeout:
                if f"shown {self.asked}" in self._read(self.asked_at + timeout - time.monotonic()):
                    return True
        except OSError:
            pass
        self.stop()
        return False

    def showing(self, timeout: float = SHOW_TIMEOUT) -> bool:
        """Resident: the last request still writes the pages that read the saved files. After
        `timeout` seconds it is stopped, and no longer resident."""
        if not self.resident or self.finished >= self.asked:
            return False
        self._read(0)
        if self.finished >= self.asked:
            return False
        if self.replies is None or time.monotonic() - self.asked_at > timeout:
            self.stop()
            return False
        return True

    def _read(self, timeout: float) -> list[str]:
        """The lines the build wrote since the last look (waiting `timeout` for the first)."""
        if self.replies is not None and _readable(self.replies, max(timeout, 0)):
            data = os.read(self.replies, 4096)
            if not data:  # it has ended, or is ending (`done` will see its exit code)
                os.close(self.replies)
                self.replies = None
                return []
            *lines, self.unread = (self.unread + data).split(b"\n")
            for line in lines:
                text = line.decode("ascii", "replace")
                if text == "swapped" and self.swapped_at is None:
                    self.swapped_at = time.monotonic()
                self.ready = self.ready or text == "ready"
                if text.startswith("done "):
                    self.finished = max(self.finished, int(text.split()[1]))
                self.said.append(text)
        said, self.said = self.said, []
        return said

    def stop(self) -> None:
        """SIGTERM, then wait: the build removes its staging folder and ends."""
        self.terminate()
        self.wait()

    def terminate(self) -> None:
        """SIGTERM to the build and its workers (its process group), not waiting (`wait` does)."""
        if self.code is not None and not self.resident:
            return
        try:
            os.killpg(self.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):  # not yet its own group (just forked), or ended
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def ending(self) -> bool:
        """Its site is in output/ (it said so): it is about to end well, and stay as the resident
        model; stopping it now would throw that away. For SHOW_TIMEOUT seconds after it said so."""
        self._read(0)
        return self.swapped_at is not None and time.monotonic() - self.swapped_at < SHOW_TIMEOUT

    def wait(self, timeout: float = STOP_TIMEOUT) -> None:
        """Until the process has ended (after `terminate`); SIGKILL after `timeout` seconds (a
        SIGTERM can be lost: one that comes while the build forks is dropped by Python)."""
        if self.code is not None and not self.resident:
            return
        deadline = time.monotonic() + timeout
        try:
            while not (ended := os.waitpid(self.pid, os.WNOHANG))[0]:
                if time.monotonic() >= deadline:
                    for kill in (os.killpg, os.kill):
                        try:
                            kill(self.pid, signal.SIGKILL)
                        except (ProcessLookupError, PermissionError):
                            pass
                    ended = os.waitpid(self.pid, 0)
                    break
                time.sleep(0.01)
            self.code = os.waitstatus_to_exitcode(ended[1])
        except ChildProcessError:
            self.code = -signal.SIGTERM
        self.resident = False
        self.close()

    def close(self) -> None:
        for fd in (self.requests, self.replies):
            if fd is not None:
                os.close(fd)
        self.requests = self.replies = None


def fork_build(pelican: Pelican, changed: set[str], overlay: Path) -> Build:
    """Fork the warm process into a build told which files changed (their pages render first).
    Once it succeeded it stays, as the resident model of the site it built (`serve_model`)."""
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    requests_read, requests_write = os.pipe()
    replies_read, replies_write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(requests_read)
        os.close(replies_write)
        return Build(pid, set(changed), requests=requests_write, replies=replies_read)
    code = 1
    try:  # the build: never leaves this block
        os.close(requests_write)
        os.close(replies_read)
        os.setpgid(0, 0)  # Ctrl-C reaches the preview, which stops the build
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, workers.exit_on_sigterm)
        workers.die_with_parent(parent)
        pelican.settings["HUB_PREVIEW_FIRST"] = sorted(changed)
        pelican.settings["HUB_PREVIEW_OVERLAY"] = str(overlay)
        pelican.hub_swapped = lambda: os.write(replies_write, b"swapped\n")  # hub_output, once its site is in
        code = run_as_pelican(pelican)
        show = getattr(pelican, "hub_show_saved", None)
        if code == 0 and show is not None:
            serve_model(show, requests_read, replies_write)
    except BaseException:  # noqa: BLE001 - stopped before or after the build's own handling
        pass
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve_model(show: Callable[[list[str], Callable[[], object]], object], requests: int, replies: int) -> None:
    """The finished build, resident. Each request (a number and saved paths) is worked by a fork
    of it (`show`, hub_output.saved), so that its own model stays as built for the next one: the
    fork says "shown <n>" once the saved files' own pages are in the overlay, then renders the
    pages that read them; "done <n>" when it has ended. A request that comes meanwhile ends the
    fork under way (its saves are in the new request too). It ends when the preview stops it
    (SIGTERM) or goes (end of the pipe)."""
    os.write(replies, b"ready\n")
    resident = os.getpid()
    unread, child, number = b"", 0, 0
    while True:
        if _readable(requests, 0.02 if child else None):
            data = os.read(requests, 65536)
            if not data:
                return
            *lines, unread = (unread + data).split(b"\n")
            for line in lines[-1:]:  # the last request has every save since the build
                if child:
                    _end(child)
                number_text, _, paths = line.decode("utf-8").partition(" ")
                number = int(number_text)
                child = _fork_show(show, json.loads(paths), number, replies, resident)
        if child and os.waitpid(child, os.WNOHANG)[0]:
            child = 0
            os.write(replies, f"shown {number}\ndone {number}\n".encode("ascii"))


def _fork_show(show: Callable[[list[str], Callable[[], object]], object], paths: list[str], number: int, replies: int, resident: int) -> int:
    pid = os.fork()
    if pid:
        return pid
    status = 1
    try:
        workers.die_with_parent(resident)
        show(paths, lambda: os.write(replies, f"shown {number}\n".encode("ascii")))
        status = 0
    except BaseException:  # noqa: BLE001 - the full build that follows says what is wrong
        logger.debug("preview: the saved pages could not be shown first", exc_info=True)
    finally:
        os._exit(status)


def _end(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def run_as_pelican(pelican: Pelican) -> int:
    """`pelican.run()` with the exit code and log line of the `pelican` command (pelican.main)."""
    try:
        pelican.run()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    except Exception as error:  # noqa: BLE001 - as pelican.main: one critical line, its filters apply
        logger.critical("%s: %s", error.__class__.__name__, error, exc_info=True)
        code: int = getattr(error, "exitcode", 1)
        return code
    return 0


def needs_restart(changes: Iterable[str], code_paths: Iterable[str]) -> bool:
    """A saved settings file or plugin module: the warm process holds old code and settings."""
    roots = [Path(p).absolute() for p in code_paths]
    for change in changes:
        path = Path(change).absolute()
        for root in roots:
            if path == root or (path.suffix == ".py" and path.is_relative_to(root)):
                return True
    return False


def restart_process() -> None:
    """The preview again, from its start (same command line): new settings and code."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, sys.orig_argv)


def rebuild_forever(start: Callable[[set[str]], Build], changes: Iterable[set[Any]], restart: Callable[[set[str]], bool]) -> None:
    """Build now; on each batch of changes, stop the build under way, have the resident model
    (the last build that finished well) show the saved files' pages, and once it has written
    them and the pages that read them, start a build with every change.

    `changes` yields sets of changed paths, and empty ones at least every fraction of a second
    (the watcher's timeout), when the build under way is looked at.
    """
    lang = message_language()
    build: Build | None = start(set())
    resident: Build | None = None
    pending: set[str] = set()  # changes no build under way has
    unseen: set[str] = set()  # changes the resident has not been asked to show yet
    since: set[str] = set()  # changes since the resident's build started: what it must show again
    stopping: Build | None = None  # told to stop: the next build starts once it has ended (the lock)
    try:
        for batch in changes:
            if batch:
                paths = {path for _change, path in batch} if _pairs(batch) else set(batch)
                if restart(paths):
                    for process in (stopping, build, resident):
                        if process is not None:
                            process.stop()
                    stopping = build = resident = None
                    restart_process()
                    return
                pending |= paths
                unseen |= paths
                if build is not None and build.done() is None and not build.ending():
                    build.terminate()  # the next one has its changes too: nothing is lost
                    stopping, build = build, None
                    pending |= stopping.changed
                # a build whose site is in already ends in a moment: it stays and shows the saves
                # a build that ended meanwhile is looked at below, as usual
            if build is not None:
                code = build.done()
                if code is None:
                    continue
                if code != 0:
                    print(words(lang, N_("En attente d'une modification…")), file=sys.stderr, flush=True)
                elif build.resident:  # the model of the site now served: the next saves are shown from it
                    if resident is not None:
                        resident.stop()
                    resident, since = build, set()
                build = None
            if not pending:
                continue
            if unseen and resident is not None:
                since |= unseen
                if not resident.show(since):  # while the stopped build ends
                    resident = None  # it failed or took too long (and was stopped): the build alone
            unseen = set()
            if resident is not None and resident.showing():
                continue  # the pages that read the saved files first: a save meanwhile is shown at once
            if stopping is not None:
                stopping.wait()
                stopping = None
            build, pending = start(pending), set()
    finally:
        for process in (stopping, build, resident):
            if process is not None:
                process.stop()


def _pairs(batch: Iterable[object]) -> bool:
    """watchfiles' batches hold (Change, path) pairs; tests may pass bare paths."""
    return all(isinstance(item, tuple) for item in batch)


def _readable(fd: int, timeout: float | None) -> bool:
    """Whether `fd` has something to read (or its end), within `timeout` seconds (None: waiting)."""
    return bool(select.select([fd], [], [], timeout)[0])
