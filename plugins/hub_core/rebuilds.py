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
"""

from __future__ import annotations

import logging
import os
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


@dataclass
class Build:
    """One forked build: its process, and the files it was told changed."""

    pid: int
    changed: set[str] = field(default_factory=set)
    code: int | None = None

    def done(self) -> int | None:
        """Its exit code once it ended, else None (not waiting)."""
        if self.code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
        return self.code

    def stop(self) -> None:
        """SIGTERM, then wait: the build removes its staging folder and ends."""
        if self.code is not None:
            return
        try:
            os.kill(self.pid, signal.SIGTERM)
            _, status = os.waitpid(self.pid, 0)
            self.code = os.waitstatus_to_exitcode(status)
        except (ProcessLookupError, ChildProcessError):
            self.code = -signal.SIGTERM


def fork_build(pelican: Pelican, changed: set[str], overlay: Path) -> Build:
    """Fork the warm process into a build told which files changed (their pages render first)."""
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid:
        return Build(pid, set(changed))
    code = 1
    try:  # the build: never leaves this block
        os.setpgid(0, 0)  # Ctrl-C reaches the preview, which stops the build
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        workers.die_with_parent(parent)
        pelican.settings["HUB_PREVIEW_FIRST"] = sorted(changed)
        pelican.settings["HUB_PREVIEW_OVERLAY"] = str(overlay)
        code = run_as_pelican(pelican)
    except BaseException:  # noqa: BLE001 - stopped before or after the build's own handling
        pass
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


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
    """Build now; on each batch of changes, stop the build under way and start one with them all.

    `changes` yields sets of changed paths, and empty ones at least every fraction of a second
    (the watcher's timeout), when the build under way is looked at.
    """
    lang = message_language()
    build: Build | None = start(set())
    pending: set[str] = set()
    try:
        for batch in changes:
            if batch:
                paths = {path for _change, path in batch} if _pairs(batch) else set(batch)
                if restart(paths):
                    if build is not None:
                        build.stop()
                        build = None
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
                build = None
            if pending:
                build, pending = start(pending), set()
    finally:
        if build is not None:
            build.stop()


def _pairs(batch: Iterable[object]) -> bool:
    """watchfiles' batches hold (Change, path) pairs; tests may pass bare paths."""
    return all(isinstance(item, tuple) for item in batch)
