"""Where a build writes, and how its folder replaces the site: lock, staging folder, swap.

A build writes into `.output.staging-<pid>/` beside `output/` (same parent, so the same file
system) and, once everything succeeded, exchanges the two folders in one step with Linux's
`renameat2(RENAME_EXCHANGE)`; the old site, now under the staging name, is then removed. At every
moment `output/` is a whole site: the old one or the new one. A lock file beside the output
(`.output.lock`, `fcntl.flock`, released by the kernel when the process dies, even by SIGKILL)
keeps two builds from sharing the folders; the staging folders left by a killed build are removed
by the next build, which holds the lock.
"""

import ctypes
import errno
import fcntl
import os
import shutil
import signal
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

from hub_core.workers import die_with_parent, exit_on_sigterm

AT_FDCWD = -100
RENAME_EXCHANGE = 2  # linux/fs.h


class BuildBusy(Exception):
    """Another build holds the lock of this output folder."""

    def __init__(self, pid: str):
        self.pid = pid
        super().__init__(pid)


def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


def staging_path(output: Path, pid: int) -> Path:
    return output.parent / f".{output.name}.staging-{pid}"


def link_tree(source: Path, target: Path) -> None:
    """`target` made of hard links to the files of `source` (absent: nothing)."""
    if not source.is_dir():
        return
    for folder, _dirs, files in os.walk(source):
        here = target / os.path.relpath(folder, source)
        here.mkdir(parents=True, exist_ok=True)
        for name in files:
            os.link(os.path.join(folder, name), here / name)


def stale_staging(output: Path) -> list[Path]:
    """Staging folders (and the preview's index folders) of earlier builds, killed or stopped before
    their cleanup, and the old sites set aside whose remover died (`remove_later`)."""
    kinds = ("staging", "pagefind")
    found = [path for kind in kinds for path in output.parent.glob(f".{output.name}.{kind}-*")]
    found += output.parent.glob(f".{output.name}.trash-*")
    return sorted(path for path in found if not indexing_now(path) and not removing_now(path))


def indexing_now(path: Path) -> bool:
    """A preview's index folder (`.output.pagefind-<pid>`) whose process still runs Pagefind."""
    kind, _, pid = path.name.rpartition("-")
    if not kind.endswith(".pagefind") or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: running
    return True


def removing_now(path: Path) -> bool:
    """An old site set aside (`.output.trash-*`) whose remover holds its lock: being removed
    right now (`remove_later`). One no remover holds was left by a remover killed before it was done."""
    if ".trash-" not in path.name:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return True  # removed meanwhile, or not a folder: not ours to remove
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def recover(output: Path) -> None:
    """Put back the old site of a build killed between the two renames of the fallback."""
    if output.exists() or output.is_symlink():
        return
    for old in sorted(output.parent.glob(f".{output.name}.staging-*-old")):
        os.rename(old, output)
        return


def take_lock(output: Path) -> int:
    """Lock the output folder for this process; its descriptor. BuildBusy when another has it."""
    fd = os.open(lock_path(output), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
        os.close(fd)
        raise BuildBusy(holder) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


def release_lock(fd: int) -> None:
    os.close(fd)  # closing the descriptor releases the flock


def remove_tree(path: Path) -> None:
    """Remove a folder (or file) even when a part of it was made read-only; absent is fine."""

    def writable_then_retry(function, name, error):
        if isinstance(error[1], FileNotFoundError):
            return  # removed meanwhile by another process
        parent = os.path.dirname(name)
        os.chmod(parent, os.stat(parent).st_mode | stat.S_IWUSR | stat.S_IXUSR)
        if os.path.isdir(name) and not os.path.islink(name):
            shutil.rmtree(name)
        else:
            os.unlink(name)

    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, onerror=writable_then_retry)


def remove_later(path: Path, output: Path) -> None:
    """`path` (the old site) renamed aside at once (`.output.trash-*`), then removed by a process of
    its own, so the build ends (and the preview's next one starts) without waiting. The remover
    holds a lock on the folder (flock) until it is gone: the next build removes a folder set aside
    that no remover holds (`stale_staging`), so a killed remover leaves no garbage for good."""
    if not path.exists():
        return
    aside = output.parent / f".{output.name}.trash-{os.getpid()}-{time.monotonic_ns()}"
    os.rename(path, aside)
    in_background(lambda: remove_tree(aside), first=lambda: lock_folder(aside))


def lock_folder(path: Path) -> None:
    """Holds an exclusive flock on `path` until this process ends: it is being removed (`removing_now`)."""
    held = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(held, fcntl.LOCK_EX)


def in_background(
    work: Callable[[], object], ends_with_build: bool = False, first: Callable[[], object] | None = None
) -> None:
    """`work()` in a process of its own, which holds none of the build's descriptors (the lock
    among them: the next build may start) but the standard ones. It outlives the build, or with
    `ends_with_build` gets SIGTERM (a SystemExit, so its own cleanup runs) when the build ends.
    `first()` runs before this function returns (a lock the next build must see taken)."""
    ready, told = os.pipe()
    build = os.getpid()
    if os.fork() == 0:  # pragma: no cover - the background process: never returns
        try:
            os.setsid()
            if ends_with_build:
                signal.signal(signal.SIGTERM, exit_on_sigterm)
                die_with_parent(build, signal.SIGTERM)
            os.closerange(3, told)
            os.closerange(told + 1, os.sysconf("SC_OPEN_MAX"))
            if first is not None:
                first()
            os.close(told)  # the build learns that this process holds no lock of the build's
            work()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
    os.close(told)
    os.read(ready, 1)  # returns once the process has closed its copies of the descriptors
    os.close(ready)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one atomic step (Linux 3.15+); False when the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except AttributeError:  # not glibc 2.28+ (or not Linux)
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # no such call, or a file system without it
        return False
    raise OSError(code, os.strerror(code), str(first))


def replace_output(staging: Path, output: Path) -> None:
    """Put the finished `staging` folder at `output`; the old site ends at `staging`, to remove.

    Atomic with RENAME_EXCHANGE; elsewhere two renames, with a moment without `output/`.
    """
    if not output.exists() and not output.is_symlink():
        os.rename(staging, output)
        return
    if exchange(staging, output):
        return
    old = staging.with_name(staging.name + "-old")
    os.rename(output, old)
    os.rename(staging, output)
    os.rename(old, staging)
