"""The event files already in content/events/: found again by UID, or by title and start.

Translations (`lang: en`) are left out: they follow their original and never take an import.
"""

import datetime as dt
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from hub_core import header
from hub_core.items import slugify

EVENTS = "events"
SLUG_LENGTH = 70  # characters of the title kept in a new file's slug


@dataclass
class EventFile:
    path: Path
    front: dict
    body: str

    @property
    def owner(self) -> str | None:
        """The source that brought it, or None for an editor's own event."""
        source = self.front.get("source")
        return str(source.get("name")) if isinstance(source, dict) and source.get("name") else None

    @property
    def uid(self) -> str | None:
        source = self.front.get("source")
        return str(source.get("uid")) if isinstance(source, dict) and source.get("uid") else None

    @property
    def missing(self) -> bool:
        source = self.front.get("source")
        return isinstance(source, dict) and bool(source.get("missing"))

    def is_over(self, today: dt.date) -> bool:
        """Whether its last day is before `today` (a rule that never ends is never over)."""
        recurrence = self.front.get("recurrence")
        if isinstance(recurrence, dict):
            last = recurrence.get("until")
            if not last:
                return False
        else:
            last = self.front.get("end") or self.front.get("start")
        try:
            return dt.date.fromisoformat(str(last).strip()[:10]) < today
        except ValueError:
            return False


def same_title(title) -> str:
    """A title compared without case, accents or spacing."""
    text = unicodedata.normalize("NFKD", str(title or "")).casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def start_key(start) -> str:
    return " ".join(str(start or "").replace("T", " ").split())[:16]


class EventIndex:
    """Event files by UID and by (title, start), and the slugs taken."""

    def __init__(self, content_path):
        self.folder = Path(content_path) / EVENTS
        self.files: dict[Path, EventFile] = {}
        self.by_uid: dict[str, Path] = {}
        self.by_title: dict[tuple, Path] = {}
        self.slugs: set[str] = set()
        for path in sorted(self.folder.rglob("*.md")) if self.folder.is_dir() else []:
            parsed = header.parse(path.read_text(encoding="utf-8", errors="replace"))
            front = parsed.data if isinstance(parsed.data, dict) else {}
            self.slugs.update({path.stem, str(front.get("slug") or slugify(front.get("title") or ""))})
            if str(front.get("lang") or "fr").strip() == "en" or not front:
                continue
            self.add(EventFile(path, front, parsed.body))

    def add(self, event: EventFile):
        self.files[event.path] = event
        if event.uid:
            self.by_uid.setdefault(event.uid, event.path)
        key = (same_title(event.front.get("title")), start_key(event.front.get("start")))
        self.by_title.setdefault(key, event.path)
        self.slugs.add(str(event.front.get("slug") or event.path.stem))

    def find(self, uid: str, title: str, start: str) -> EventFile | None:
        path = self.by_uid.get(uid) or self.by_title.get((same_title(title), start_key(start)))
        return self.files.get(path) if path else None

    def owned_by(self, name: str) -> list:
        return [event for _path, event in sorted(self.files.items()) if event.owner == name]

    def new_slug(self, title: str, start: str) -> str:
        """`titre-2027-01-14`, or `titre-2027-01-14-2` when taken."""
        base = slugify(title)[:SLUG_LENGTH].strip("-") or "evenement"
        base = f"{base}-{str(start)[:10]}"
        slug, number = base, 2
        while slug in self.slugs or (self.folder / f"{slug}.md").exists():
            slug, number = f"{base}-{number}", number + 1
        return slug


def write_text(path: Path, text: str):
    """Write a file whole or not at all (a temporary file renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.import")
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(temporary, path)
