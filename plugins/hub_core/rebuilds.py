"""The preview's rebuilds: each one a fork of the warm preview process, stopped by the next save.

The preview process imports Pelican and the plugins, reads the settings and makes its `Pelican`
once (hub_core.serve). Each rebuild is `os.fork()` of it running `pelican.run()`: no interpreter
start, no imports, no settings or plugin loading. Whatever the build keeps in memory (Pelican's
`@memoized` `get_content`/`get_summary` hold every content object) dies with its process, so the
preview's own memory stays that of its start, however many rebuilds.

A save during a rebuild stops it (SIGTERM: the build removes its staging folder, the site stays)
and a new one starts at once with every file changed since the last finished build; its pages are
rendered first and served from the overlay as soon as written (hub_output.rendering). A save of the
settings file or of a plugin's Python code restarts the preview process itself (`os.execv`): that
code is what the warm process holds.

A build that finished well does not exit: it stays as the *resident model* of the site it built
(`serve_model`), until the next build that finishes well replaces it. At each save, before the next
build starts, the preview asks it for the pages of every file saved since its build began; a fork
of it renders them from its model into the overlay (hub_output.saved, a plugin's
`hub_show_saved`) in a fraction of a second, while a full build takes seconds. The full build then
starts, as before, and its site replaces those pages when it goes in.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

from . import workers
from .i18n import N_, words
from .problems import message_language
from .shapes import Pelican

logger = logging.getLogger("pelican")

SHOW_TIMEOUT = 10.0  # seconds the preview waits for the resident model to show saved pages (hub_output.saved: about 2 at most)


@dataclass
class Build:
    """One forked build: its process, the files it was told changed, and once it finished well,
    the channel to it as the resident model (`show`)."""

    pid: int
    changed: set[str] = field(default_factory=set)
    code: int | None = None
    requests: int | None = None  # write end: the saved paths, one JSON line per request
    replies: int | None = None  # read end: "ready" once built, then one line per request answered
    resident: bool = False  # it finished with code 0 and holds its model (it has not exited)

    def done(self) -> int | None:
        """Its exit code once it ended (0 once it is resident), else None (not waiting)."""
        if self.code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
                self.close()
            elif self.replies is not None and _readable(self.replies, 0) and _line(self.replies) == b"ready":
                self.code, self.resident = 0, True
        return self.code

    def show(self, paths: set[str], timeout: float = SHOW_TIMEOUT) -> bool:
        """Resident: render the pages of the saved `paths` into the overlay now; False when it
        could not (it is then stopped: the full build does it all)."""
        if not self.resident or self.requests is None or self.replies is None:
            return False
        try:
            os.write(self.requests, json.dumps(sorted(paths)).encode("utf-8") + b"\n")
            if _readable(self.replies, timeout) and _line(self.replies) == b"shown":
                return True
        except OSError:
            pass
        self.stop()
        return False

    def stop(self) -> None:
        """SIGTERM, then wait: the build removes its staging folder and ends."""
        if self.code is not None and not self.resident:
            return
        try:
            os.kill(self.pid, signal.SIGTERM)
            _, status = os.waitpid(self.pid, 0)
            self.code = os.waitstatus_to_exitcode(status)
        except (ProcessLookupError, ChildProcessError):
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
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        workers.die_with_parent(parent)
        pelican.settings["HUB_PREVIEW_FIRST"] = sorted(changed)
        pelican.settings["HUB_PREVIEW_OVERLAY"] = str(overlay)
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


def serve_model(show: Callable[[list[str]], int], requests: int, replies: int) -> None:
    """The finished build, resident: for each request (saved paths), a fork of it renders their
    pages (`show`, hub_output.saved), so that its own model stays as built for the next request;
    then "shown". It ends when the preview stops it (SIGTERM) or goes (end of the pipe)."""
    os.write(replies, b"ready\n")
    resident = os.getpid()
    with os.fdopen(requests, "rb") as lines:
        for line in lines:
            paths = json.loads(line)
            pid = os.fork()
            if pid == 0:
                status = 1
                try:
                    workers.die_with_parent(resident)
                    show(paths)
                    status = 0
                except BaseException:  # noqa: BLE001 - the full build that follows says what is wrong
                    logger.debug("preview: the saved pages could not be shown first", exc_info=True)
                finally:
                    os._exit(status)
            os.waitpid(pid, 0)
            os.write(replies, b"shown\n")


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


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> NoReturn:
    raise SystemExit(128 + signum)


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
    (the last build that finished well) show the saved files' pages, and start a build with them all.

    `changes` yields sets of changed paths, and empty ones at least every fraction of a second
    (the watcher's timeout), when the build under way is looked at.
    """
    lang = message_language()
    build: Build | None = start(set())
    resident: Build | None = None
    pending: set[str] = set()  # changes no build under way has
    since: set[str] = set()  # changes since the resident's build started: what it must show again
    try:
        for batch in changes:
            if batch:
                paths = {path for _change, path in batch} if _pairs(batch) else set(batch)
                if restart(paths):
                    for process in (build, resident):
                        if process is not None:
                            process.stop()
                    build = resident = None
                    restart_process()
                    return
                pending |= paths
                if build is not None and build.done() is None:
                    build.stop()  # the next one has its changes too: nothing is lost
                    pending |= build.changed
                    build = None
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
            if pending:
                since |= pending
                if resident is not None and not resident.show(since):
                    resident = None  # it failed or took too long (and was stopped): the build alone
                build, pending = start(pending), set()
    finally:
        for process in (build, resident):
            if process is not None:
                process.stop()


def _pairs(batch: Iterable[object]) -> bool:
    """watchfiles' batches hold (Change, path) pairs; tests may pass bare paths."""
    return all(isinstance(item, tuple) for item in batch)


def _readable(fd: int, timeout: float) -> bool:
    return bool(select.select([fd], [], [], timeout)[0])


def _line(fd: int) -> bytes:
    """One short line from the pipe (the build writes each line in one write, under PIPE_BUF)."""
    return os.read(fd, 64).strip()
