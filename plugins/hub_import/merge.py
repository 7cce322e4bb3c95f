"""An imported event's fields into its file, keeping what an editor changed.

Each file records, under `source.imported`, a fingerprint of every field (and of the body) as
the last import wrote it. Importing again replaces a field only when its value is still that
one; a field whose value differs was changed by an editor and is kept (so is a field an editor
removed, and one an editor wrote before the source gave it).
"""

import datetime as dt
import hashlib
import json

import yaml

from .mapping import BODY, MANAGED, ImportedEvent

UNCHANGED, UPDATED, CANCELLED, NEW = "unchanged", "updated", "cancelled", "new"
# the keys of a new file, in order: the title, then its address and date, then the other managed fields
ORDER = ("title", "slug", "date", *(name for name in MANAGED if name != "title"), "source")


def fingerprint(value) -> str:
    """A short hash of a value as YAML reads it back (every scalar as text)."""
    text = json.dumps(_plain(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _plain(value):
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def new_file(event: ImportedEvent, source_name: str, slug: str, today: dt.date) -> tuple[dict, str]:
    """The front matter and body of a file the source brings for the first time."""
    front = {"title": event.title, "slug": slug, "date": today.isoformat()}
    front.update((name, event.fields[name]) for name in MANAGED if name in event.fields)
    imported = {name: fingerprint(event.fields[name]) for name in MANAGED if name in event.fields}
    if event.body:
        imported[BODY] = fingerprint(event.body)
    front["source"] = {"name": source_name, "uid": event.key, "imported": imported}
    return front, event.body


def merge(front: dict, body: str, event: ImportedEvent) -> tuple[dict, str, str]:
    """(front matter, body, UNCHANGED | UPDATED | CANCELLED) of a file the source brought before."""
    original = (fingerprint(front), body.strip())
    front = dict(front)
    source = dict(front.get("source") or {})
    recorded = dict(source["imported"]) if isinstance(source.get("imported"), dict) else {}
    was_cancelled = str(front.get("event_status") or "").strip() == "cancelled"
    for name in MANAGED:
        value, keep = _merged(front.get(name), event.fields.get(name), recorded.get(name))
        _record(recorded, name, value if not keep else None, keep)
        if not keep:
            if value is None:
                front.pop(name, None)
            else:
                front[name] = value
    new_body, keep = _merged(body.strip() or None, event.body or None, recorded.get(BODY))
    _record(recorded, BODY, new_body if not keep else None, keep)
    body = body if keep else (new_body or "")
    source["imported"] = recorded
    source.pop("missing", None)
    front["source"] = source
    front = _ordered(front)
    status = UNCHANGED if (fingerprint(front), body.strip()) == original else UPDATED
    if str(front.get("event_status") or "").strip() == "cancelled" and not was_cancelled:
        status = CANCELLED
    return front, body, status


def _merged(current, new, recorded):
    """(value to write, keep the current one?) for one field."""
    if recorded is None:
        if _plain(current) is None:
            return new, False  # the source gives it for the first time (or still not)
        if new is not None and fingerprint(current) == fingerprint(new):
            return new, False  # the editor wrote what the source now says: the source's again
        return current, True  # the editor's own
    if fingerprint(current) == recorded:
        return new, False  # untouched since the last import
    return current, True  # changed (or removed) by an editor


def _record(recorded, name, value, keep):
    if keep:
        return  # the fingerprint of the last import stays: the field stays the editor's
    if value is None:
        recorded.pop(name, None)
    else:
        recorded[name] = fingerprint(value)


def _ordered(front: dict) -> dict:
    """Known keys in ORDER where a new file has them, an editor's other keys where they were."""
    known = [key for key in ORDER if key in front]
    others = [key for key in front if key not in ORDER]
    return {key: front[key] for key in known + others}


def render(front: dict, body: str) -> str:
    """The file's text: YAML written by PyYAML's safe dumper, which quotes every value that a
    YAML reader could take for something else than text (`'no'`, `'18:00'`, `'2027-01-14'`)."""
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    text = "---\n" + header + "---\n"
    if body.strip():
        text += body.strip() + "\n"
    return text
