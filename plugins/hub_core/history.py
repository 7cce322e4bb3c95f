"""Revisions of content files from their git history, read once per build.

What subscribers' apps need to take a change (iCalendar DTSTAMP, LAST-MODIFIED and
SEQUENCE, Atom `<updated>`) comes from the repository itself, not from a `modified:` that
an editor must remember: the time of the last commit that changed a file, and the number of
commits that changed the fields a caller watches (for events: start, end, zone, venue…).

Two `git` processes per build, whatever the number of files: one `git log` over the
content folder (first-parent line of history, so a merged branch counts as one change),
one `git cat-file --batch` for the versions of the watched files. Uncommitted edits (the
preview) count as made "now". Outside a git checkout, or in a shallow clone whose history
is cut, `read` returns None and callers fall back to `modified`/`date`.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .header import parse

UTC = dt.timezone.utc
# One file's change in a commit: (status letter, blob, path, old path of a rename or copy).
Change = tuple[str, str, str, str | None]


@dataclass(frozen=True)
class Revision:
    """One file's revision: when it last changed, how many watched changes, what came before."""

    changed: dt.datetime  # UTC
    changes: int  # commits (and an uncommitted edit) that changed a watched field
    before: dict[str, object] = field(default_factory=dict)  # the watched fields before the last such change (raw YAML)


@dataclass
class History:
    """The revisions of every file of a content folder, by absolute path."""

    revisions: dict[str, Revision]
    reason: str = ""  # why there is none, when `read` gives up ("no-git", "shallow")

    def of(self, path: str | Path) -> Revision | None:
        return self.revisions.get(str(Path(path).resolve()))


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    command = ["git", "-c", "core.quotePath=false", "-C", str(root), *args]
    return subprocess.run(command, input=stdin, capture_output=True, check=True).stdout


def _log(top: Path, content: Path) -> list[tuple[int, list[Change]]]:
    """Commits oldest first: (commit time, [(status, blob, path, old path)…])."""
    relative = content.relative_to(top).as_posix() or "."
    raw = _git(
        top, "log", "--first-parent", "--diff-merges=first-parent", "-M", "--raw", "--no-abbrev",
        "-z", "--format=%x01%ct", "--", relative,
    )
    commits = []
    for chunk in raw.split(b"\x01")[1:]:
        head, _, rest = chunk.partition(b"\x00")  # the commit time, then its raw diff
        fields = rest.lstrip(b"\n").split(b"\x00")
        changes: list[Change] = []
        index = 0
        while index < len(fields) and fields[index].startswith(b":"):
            meta = fields[index].decode().split()
            status, blob = meta[4], meta[3]
            old: str | None
            if status[0] in "RC":
                old, new = fields[index + 1].decode(), fields[index + 2].decode()
                index += 3
            else:
                old, new = None, fields[index + 1].decode()
                index += 2
            changes.append((status[0], blob, new, old))
        commits.append((int(head), changes))
    commits.reverse()
    return commits


def _blobs(top: Path, shas: Iterable[str]) -> dict[str, bytes]:
    """The text of git blobs, by sha, in one `git cat-file --batch`."""
    wanted = sorted(set(shas))
    if not wanted:
        return {}
    out = _git(top, "cat-file", "--batch", stdin="".join(f"{s}\n" for s in wanted).encode())
    texts: dict[str, bytes] = {}
    position = 0
    for sha in wanted:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        texts[sha] = out[header_end + 1 : header_end + 1 + size]
        position = header_end + 1 + size + 1
    return texts


def watched_fields(text: bytes | str, names: tuple[str, ...]) -> dict[str, object]:
    """The watched front-matter fields of one version of a file (raw YAML values)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    data = parse(text).data or {}
    return {name: data.get(name) for name in names if data.get(name) is not None}


def _same(a: dict[str, object], b: dict[str, object]) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def read(
    content: str | Path, now: dt.datetime, names: tuple[str, ...], watch: Callable[[str], bool]
) -> History:
    """The history of every file under `content`; `watch(path)`, with a path relative to
    `content`, says whose fields `names` to compare."""
    content = Path(content).resolve()
    try:
        top = Path(_git(content, "rev-parse", "--show-toplevel").decode().strip()).resolve()
        if _git(top, "rev-parse", "--is-shallow-repository").strip() == b"true":
            return History({}, "shallow")
        commits = _log(top, content)
        status = _git(top, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", str(content))
    except (OSError, subprocess.CalledProcessError, ValueError):
        return History({}, "no-git")
    versions: dict[str, list[tuple[int, str]]] = {}  # path -> [(time, blob)] oldest first
    for time, changes in commits:
        for change, blob, path, old in changes:
            if change == "D":
                versions.pop(path, None)
                continue
            if change == "R":
                assert old is not None  # a rename names the old path (_log)
                chain = versions.pop(old, [])
            elif change == "C":
                assert old is not None  # a copy names the old path (_log)
                chain = list(versions.get(old, []))
            else:
                chain = versions.pop(path, [])
            chain.append((time, blob))
            versions[path] = chain
    inside = content.relative_to(top)

    def watched(path: str) -> bool:
        return watch(Path(path).relative_to(inside).as_posix())

    texts = _blobs(top, (blob for path, chain in versions.items() if watched(path) for _, blob in chain))
    revisions: dict[str, Revision] = {}
    for path, chain in versions.items():
        revisions[str(top / path)] = _revision(chain, texts, names if watched(path) else ())
    _add_uncommitted(revisions, top, status, now.astimezone(UTC), names, watched)
    return History(revisions)


def _revision(chain: list[tuple[int, str]], texts: dict[str, bytes], names: tuple[str, ...]) -> Revision:
    changes = 0
    before: dict[str, object] = {}
    previous: dict[str, object] | None = None
    for _time, blob in chain:
        current = watched_fields(texts[blob], names) if names else {}
        if previous is not None and not _same(previous, current):
            changes, before = changes + 1, previous
        previous = current
    changed = dt.datetime.fromtimestamp(chain[-1][0], tz=UTC)
    return Revision(changed, changes, before)


def _add_uncommitted(
    revisions: dict[str, Revision], top: Path, status: bytes, now: dt.datetime, names: tuple[str, ...], watch: Callable[[str], bool],
) -> None:
    """Files changed but not committed (the preview): changed now, one more change if watched fields moved."""
    entries = status.split(b"\x00")
    index = 0
    while index < len(entries):
        entry = entries[index].decode()
        index += 1
        if len(entry) < 4:
            continue
        code, path = entry[:2], entry[3:]
        if code[0] in "RC":
            index += 1  # the old path follows
        absolute = top / path
        if "D" in code or not absolute.is_file():
            revisions.pop(str(absolute), None)
            continue
        known = revisions.get(str(absolute))
        if not watch(path) or known is None:
            revisions[str(absolute)] = Revision(now, known.changes if known else 0, known.before if known else {})
            continue
        committed = watched_fields(_git(top, "show", f"HEAD:{path}"), names) if known else {}
        current = watched_fields(absolute.read_bytes(), names)
        moved = not _same(committed, current)
        revisions[str(absolute)] = Revision(now, known.changes + moved, committed if moved else known.before)


def declared(date: dt.datetime, modified: dt.datetime | None) -> tuple[dt.datetime, int]:
    """(last change in UTC, sequence) from `date` and `modified` alone: the minutes from one to the
    other, as calendars carried before revisions came from history (kept so SEQUENCE never drops)."""
    published = date.astimezone(UTC)
    changed = modified.astimezone(UTC) if modified else published
    return changed, max(0, int((changed - published).total_seconds() // 60))
