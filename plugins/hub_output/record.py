"""The record of the last build: for each page, what it read and the sha256 of its bytes.

Kept in Pelican's CACHE_PATH (`hub_output/pages-<digest of the output folder>.json`), written
after the new site was swapped in (temp file + rename), and tied to what it describes:

    {"version": 2, "output": "/abs/output", "folder": [device, inode] of output/ after the swap,
     "build": fingerprint of the whole build (code, theme, settings, data files),
     "dependencies": [[kind, key, fingerprint], ...]   # kind "n" a name; an item (key: its source path)
                                                       # read whole "c", head "h", head and summary "s"
     "pages": {"a/b/index.html": [sha256, [index into dependencies, ...]], ...}}

A record that is missing, unreadable, of another version, of another output folder (path or
inode: `output/` replaced by something else than the build that wrote the record) or of another
build fingerprint is no record: the build is a full one. A page is taken from `output/` only when
its file there still has the recorded sha256 (see incremental.py), so even a record that outlived
its site could not publish a stale page.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

VERSION = 2  # 2: a page depends on the part of an item it read ("h", "s", "c")


@dataclass
class PageEntry:
    sha256: str
    dependencies: tuple[tuple[str, str, str], ...]  # (kind, key, fingerprint)


@dataclass
class Record:
    output: str
    folder: tuple[int, int]
    build: str
    pages: dict[str, PageEntry] = field(default_factory=dict)


def record_path(cache_path: str | os.PathLike, output: Path) -> Path:
    name = hashlib.sha256(os.fsencode(output.absolute())).hexdigest()[:16]
    return Path(cache_path) / "hub_output" / f"pages-{name}.json"


def folder_identity(folder: Path) -> tuple[int, int]:
    info = os.stat(folder)
    return (info.st_dev, info.st_ino)


def load(path: Path, output: Path, build: str) -> Record | None:
    """The record at `path` when it describes `output/` as it is and this build; else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != VERSION or data["output"] != str(output.absolute()) or data["build"] != build:
            return None
        if tuple(data["folder"]) != folder_identity(output):
            return None
        table = [tuple(item) for item in data["dependencies"]]
        if not all(len(item) == 3 and all(type(part) is str for part in item) for item in table):
            return None
        pages = {}
        for name, (sha256, indexes) in data["pages"].items():
            pages[name] = PageEntry(str(sha256), tuple(table[i] for i in indexes))
        return Record(data["output"], tuple(data["folder"]), build, pages)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def save(path: Path, record: Record) -> None:
    """Write `record` at `path` in one step (temp file + rename)."""
    table: dict[tuple, int] = {}
    pages = {}
    for name in sorted(record.pages):
        entry = record.pages[name]
        indexes = [table.setdefault(dependency, len(table)) for dependency in entry.dependencies]
        pages[name] = [entry.sha256, indexes]
    data = {"version": VERSION, "output": record.output, "folder": list(record.folder), "build": record.build,
            "dependencies": [list(d) for d in table], "pages": pages}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(data, separators=(",", ":")))  # in one piece: json.dump writes it bit by bit
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def forget(path: Path) -> None:
    """Remove the record (a build that cannot write the new one must not leave the old one)."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
