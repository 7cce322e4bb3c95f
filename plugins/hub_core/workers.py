"""Forked worker processes: a build's reading and rendering on every core.

A worker is `os.fork()` of the build: it inherits the whole build in memory (settings, the
context, compiled templates), nothing is pickled on the way in. It runs one function and sends
back its value, pickled, through a pipe; the objects named in `shared` (the settings, which every
Tag and Author holds) are sent as their names and come back as the parent's own objects, as
Pelican's content cache would otherwise copy them. A worker never returns into the build: it
ends with `os._exit`, so no `finally` of the parent (the atomic swap, the lock) runs twice.
"""

from __future__ import annotations

import ctypes
import io
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import Any, NoReturn, TypeVar

from .shapes import Settings

DEFAULT_WORKERS = 0  # HUB_OUTPUT["workers"]: 0 = one per core, 1 = everything in the build's own process
PR_SET_PDEATHSIG = 1  # Linux prctl: a signal to the worker when the build ends, even by SIGKILL
T = TypeVar("T")


class WorkerFailed(Exception):
    """A worker ended without a value (killed, or its value did not pickle)."""


def worker_count(settings: Settings) -> int:
    """HUB_OUTPUT's `workers`: 0 is one per core this process may use."""
    value = (settings.get("HUB_OUTPUT") or {}).get("workers", DEFAULT_WORKERS)
    if not hasattr(os, "fork"):  # Windows: one process
        return 1
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return 1  # hub_output reports the bad value; reading stays serial until then
    if value == 0:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return value


def shares(items: Sequence[T], count: int) -> list[list[T]]:
    """`items` cut in `count` consecutive shares of nearly equal length, in order."""
    size, extra = divmod(len(items), count)
    cuts: list[list[T]] = []
    start = 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        cuts.append(list(items[start:end]))
        start = end
    return cuts


class Tickets:
    """The numbers 0, 1, 2… each handed out once among the processes forked after it was made:
    the workers take the next piece of work when they are done with one (no share waits on a
    slower one). Where shared memory or a semaphore cannot be had, `Tickets(None)` is made by
    `tickets()`: process `share` of `count` takes share, share + count, … (fixed shares)."""

    def __init__(self, counter: Any, share: int = 0, count: int = 1) -> None:
        self.counter = counter
        self.own = share - count  # the fixed shares' last number taken
        self.count = count

    def take(self) -> int:
        if self.counter is None:
            self.own += self.count
            return self.own
        with self.counter.get_lock():
            number: int = self.counter.value
            self.counter.value = number + 1
        return number

    def share(self, share: int, count: int) -> Tickets:
        """These tickets as process `share` of `count` takes them."""
        return self if self.counter is not None else Tickets(None, share, count)


def tickets() -> Tickets:
    """New tickets, shared with the processes forked from now on."""
    try:
        return Tickets(multiprocessing.get_context("fork").Value("q", 0))
    except (OSError, ImportError, ValueError):  # no /dev/shm, no sem_open: fixed shares
        return Tickets(None)


@dataclass
class Worker:
    pid: int
    pipe: int  # the read end of the pipe the worker writes its value into


def start(work: Callable[[], Any], shared: Mapping[str, object]) -> Worker:
    """Fork a worker that runs `work()` and sends back its value."""
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid:
        os.close(write_end)
        return Worker(pid, read_end)
    code = 1
    try:  # the worker: never leaves this block
        os.close(read_end)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        die_with_parent(parent)
        buffer = io.BytesIO()
        _Pickler(buffer, shared).dump(work())
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(buffer.getbuffer())
        code = 0
    except BaseException:  # noqa: BLE001 - the parent sees no value and says so
        pass
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def finish(worker: Worker, shared: Mapping[str, object]) -> Any:
    """Wait for a worker and return its value; WorkerFailed when it has none."""
    chunks: list[bytes] = []
    with os.fdopen(worker.pipe, "rb") as pipe:
        while chunk := pipe.read(1 << 20):
            chunks.append(chunk)
    _, status = os.waitpid(worker.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not chunks:
        raise WorkerFailed(f"worker {worker.pid} ended with status {os.waitstatus_to_exitcode(status)}")
    return _Unpickler(io.BytesIO(b"".join(chunks)), shared).load()


def stop(workers: Sequence[Worker]) -> None:
    """Kill and reap workers whose value is no longer wanted (the build stopped)."""
    for worker in workers:
        try:
            os.kill(worker.pid, signal.SIGKILL)
            os.waitpid(worker.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        try:
            os.close(worker.pipe)
        except OSError:
            pass


def exit_on_sigterm(signum: int, _frame: FrameType | None) -> NoReturn:
    """A SIGTERM handler: SystemExit, so that the process's own cleanup (`finally`) runs."""
    raise SystemExit(128 + signum)


def die_with_parent(parent: int, signum: int = signal.SIGKILL) -> None:
    """Linux: this (forked) process gets SIGKILL (or `signum`) when `parent` ends, even by SIGKILL
    (nothing left holding a lock)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signum)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the build ended before prctl
        os._exit(1)


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.names = {id(value): name for name, value in shared.items()}

    def persistent_id(self, obj: object) -> str | None:
        return self.names.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, object]) -> None:
        super().__init__(file)
        self.shared = shared

    def persistent_load(self, pid: Any) -> object:
        return self.shared[pid]
