"""An incremental build: a page whose dependencies did not change is taken from output/.

One `Incremental` per build (made by `atomic_run`, which knows the live `output/`). Each page
the writers of rendering.py are asked to write (`IncrementalWriter` in one process,
`DeferredWriter` with workers) is either

- **taken**: the record of the last build has this page, every dependency it recorded has the
  same fingerprint now (the names its templates resolved, against this page's variables; the
  items it read, by the fingerprint of what it read of each: `item_fingerprint`), and the file in
  `output/` still has the recorded sha256: it is hard-linked into the staging folder (copied where
  a link cannot be made), then checked again through the link;
- or **rendered**, as Pelican would, while `dependencies.reading` records what it reads; its
  dependencies and the sha256 of its bytes go into the new record (a worker sends them back
with its result).

Rendering the same page from the same dependencies gives the same bytes (the build is
deterministic: tests/functional/test_reproducible.py), so a page taken is the page a full build
would write. A page that read something without a fingerprint (`Unfingerprintable`), a paginated
page or a path written twice is always rendered. A file is never written through a link: the
writer removes the name before it opens it (`_open_w`), so the live site's inode is never touched.

A file that is not a page (calendars, feeds: hub_core.writer.FileWriter) is decided the same way
(`take_file`, `record_file`), from the inputs its writer names instead of recorded template reads:
named values, and the content objects it lists or read while it was made (`reading_objects`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pelican.contents import Content

from . import record as records
from .dependencies import ABSENT, CHANGES, FINGERPRINT, Reads, RecordingContext, is_tracked, paused, reading, track
from .fingerprint import Unfingerprintable, fingerprint
from .signature import build_fingerprint

logger = logging.getLogger(__name__)

OWN_STATE = ("_context", "settings", FINGERPRINT)  # the build's back-references: in the build fingerprint
BODY_STATE = ("_content",)  # the body as written: in the item's whole fingerprint, not in its head
SAME_AS_METADATA = "<same as metadata>"  # the attributes that are their metadata value itself
# What a page read of an item (dependencies.Reads), from least to most: its head (all but the
# body), its head and its summary made from the body, the whole item.
HEAD, SUMMARY, WHOLE = "h", "s", "c"
KINDS = (HEAD, SUMMARY, WHOLE)


class Incremental:
    """The record of the last build, and the one this build writes."""

    def __init__(self, output: Path, settings: Mapping, reuse: bool = True, verify: bool = False):
        self.output = output.absolute()
        self.path = records.record_path(settings["CACHE_PATH"], self.output)
        self.build = build_fingerprint(settings)
        self.previous = records.load(self.path, self.output, self.build) if reuse else None
        self.pages: dict[str, records.PageEntry] = {}
        self.written: set[str] = set()
        self.keys: dict[int, str] = {}  # id(content object) -> its source path
        self.objects: dict[str, Any] = {}  # source path -> content object
        self.values: dict[int, tuple[Any, str | None]] = {}  # id(value) -> (value, fingerprint)
        self.memo: dict[int, tuple[Any, str]] = {}  # fingerprint.py's digests of shared objects
        self.checked: dict[tuple[str, str, str], bool] = {}  # item dependency -> current (until an item changes)
        self.checked_at = CHANGES[0]
        self.started = False
        self.verifying = verify
        self.held: dict[str, list] = {}  # page -> the values of its dependencies (verify)
        self.changed: list[str] = []  # what the workers' `verify` found (rendering.py)
        self.staging: str | None = None  # the folder pages are written to (rendering.py)
        self.taken = self.rendered = 0

    # --- this build's content --------------------------------------------------------

    def start(self, context: Mapping) -> None:
        """The context is complete: track its content objects, by source path."""
        self.started = True
        for table in ("generated_content", "static_content"):
            for key, obj in sorted((context.get(table) or {}).items()):
                track([obj])
                if not is_tracked(obj) or key in self.objects:
                    continue
                self.keys[id(obj)] = key
                self.objects[key] = obj

    def identity(self, obj: Any) -> str | None:
        return self.keys.get(id(obj))

    def object_fingerprint(self, obj: Any) -> str:
        """The item's whole fingerprint (a calendar or feed made from it)."""
        return self.item_fingerprint(obj, WHOLE)

    def item_fingerprint(self, obj: Any, kind: str) -> str:
        """What a page that read `kind` of the item depends on, kept until the item changes:
        HEAD, its own state but the body (`__dict__` without `_content`, with other content by
        identity); SUMMARY, that and its summary as pages show it; WHOLE, that and its body as
        written and as pages show it (`get_content`, links to other items resolved)."""
        state = object.__getattribute__(obj, "__dict__")
        found = state.get(FINGERPRINT)
        if found is not None and type(obj).get_siteurl is Content.get_siteurl:  # the usual case, read fast
            context = state.get("_context")
            if context is not None and found[0] == context.get("localsiteurl", "") and kind in found[1]:
                return found[1][kind]
        with paused():
            siteurl = obj.get_siteurl()  # the body's links depend on it (RELATIVE_URLS: one per page)
            if found is None or found[0] != siteurl:
                found = state[FINGERPRINT] = (siteurl, {})
            digests = found[1]
            if HEAD not in digests:
                digests[HEAD] = self.head_fingerprint(obj, state)
            if kind == SUMMARY and SUMMARY not in digests:
                digests[SUMMARY] = joined(SUMMARY, digests[HEAD], fingerprint(shown(obj.get_summary, siteurl)))
            if kind == WHOLE and WHOLE not in digests:
                body = [state.get(key) for key in BODY_STATE]
                if "_content" in state:
                    body.append(shown(obj.get_content, siteurl))
                digests[WHOLE] = joined(WHOLE, digests[HEAD], fingerprint(body, self.identity, memo=self.memo))
        return digests[kind]

    def head_fingerprint(self, obj: Any, state: dict) -> str:
        metadata = state.get("metadata") or {}
        own, same = {}, []
        for key, value in state.items():
            if key in OWN_STATE or key in BODY_STATE:
                continue
            if key in metadata and metadata[key] is value and key != "metadata":
                same.append(key)  # Pelican copies the metadata to attributes: hashed once
            else:
                own[key] = value
        own[SAME_AS_METADATA] = sorted(same)
        return fingerprint((type(obj).__name__, own), self.identity, memo=self.memo)

    def value_fingerprint(self, value: Any) -> str:
        if value is ABSENT:
            return "absent"
        known = self.values.get(id(value))
        if known is None or known[0] is not value:
            with paused():
                known = self.values[id(value)] = (value, fingerprint(value, self.identity, memo=self.memo))
        return known[1]

    # --- one page --------------------------------------------------------------------

    def current(self, dependency: tuple[str, str, str], variables: Mapping, template_globals: Mapping) -> bool:
        kind, key, recorded = dependency
        if kind == "n":  # the page's own variables: decided page by page
            value = variables[key] if key in variables else template_globals.get(key, ABSENT)
            try:
                return self.value_fingerprint(value) == recorded
            except Unfingerprintable:
                return False
        if self.checked_at != CHANGES[0]:  # an item changed since: decide again
            self.checked.clear()
            self.checked_at = CHANGES[0]
        found = self.checked.get(dependency)  # the same item dependency in many pages: decided once
        if found is None:
            found = self.checked[dependency] = self.item_current(kind, key, recorded)
        return found

    def item_current(self, kind: str, key: str, recorded: str) -> bool:
        obj = self.objects.get(key)
        try:
            return obj is not None and kind in KINDS and self.item_fingerprint(obj, kind) == recorded
        except Unfingerprintable:
            return False

    def reusable(self, name: str, variables: Mapping, template) -> records.PageEntry | None:
        """The recorded page when nothing it depends on changed (its file not yet checked)."""
        entry = self.previous.pages.get(name) if self.previous else None
        if entry is None or name in self.written:
            logger.debug("hub_output: %s rendered: %s", name, "not in the record" if entry is None else "written twice")
            return None
        for dependency in entry.dependencies:
            if not self.current(dependency, variables, template.globals):
                logger.debug("hub_output: %s rendered: %s %s changed", name, "name" if dependency[0] == "n" else "item", dependency[1])
                return None
        return entry

    def take(self, name: str, target: str, entry: records.PageEntry) -> bool:
        """Link (or copy) the live page to `target` when it has the recorded bytes."""
        live = self.output / name
        try:
            if os.path.lexists(target):  # never link over a name (a page written there by hand: refused)
                os.unlink(target)
            try:
                os.link(live, target)
            except OSError:
                shutil.copyfile(live, target)
            if sha256_of(Path(target)) == entry.sha256:
                return True
            os.unlink(target)
        except OSError:
            if os.path.lexists(target):
                os.unlink(target)
        return False

    def record(self, name: str, data: bytes, reads: Reads | None) -> None:
        """A rendered page: its dependencies (when all have a fingerprint) and its sha256."""
        if name in self.written:  # a second write to one path: never taken from the record
            self.pages.pop(name, None)
            return
        self.written.add(name)
        if reads is None:
            return
        dependencies = []
        try:
            for key, value in sorted(reads.names.items()):
                dependencies.append(("n", key, self.value_fingerprint(value)))
            if any(self.identity(o) is None for o in reads.objects.values()):
                raise Unfingerprintable("a content object the build does not know")
            read = {}  # item -> what the page read of it
            for number, obj in reads.objects.items():
                kind = WHOLE if number in reads.body else SUMMARY if number in reads.summaries else HEAD
                read[self.identity(obj)] = (kind, obj)
            for key, (kind, obj) in sorted(read.items()):
                dependencies.append((kind, key, self.item_fingerprint(obj, kind)))
        except Unfingerprintable as error:
            after = dependencies[-1][1] if dependencies else "-"
            logger.debug("hub_output: %s is always rendered: %s (after %s)", name, error, after)
            return
        self.pages[name] = records.PageEntry(hashlib.sha256(data).hexdigest(), tuple(dependencies))
        if self.verifying:
            values = [reads.names[key] for kind, key, _ in dependencies if kind == "n"]
            values += [self.objects[key] for kind, key, _ in dependencies if kind != "n"]
            self.held[name] = values

    def verify(self) -> list[str]:
        """Every recorded fingerprint taken again from scratch, once all pages are written: the
        dependencies whose value changed after their page was rendered (`verify`: tests)."""
        changed = []
        self.values.clear()
        self.memo.clear()
        for obj in self.objects.values():
            object.__getattribute__(obj, "__dict__").pop(FINGERPRINT, None)
        for name, values in sorted(self.held.items()):
            for (kind, key, recorded), value in zip(self.pages[name].dependencies, values):
                try:
                    now = self.value_fingerprint(value) if kind == "n" else self.item_fingerprint(value, kind)
                except Unfingerprintable:
                    now = None
                if now != recorded:
                    changed.append(f"{name}: {key}")
        return changed

    def reused(self, name: str, entry: records.PageEntry) -> None:
        self.written.add(name)
        self.pages[name] = entry
        self.taken += 1

    def take_page(self, name: str, target: str, template, variables: Mapping) -> bool:
        """The page from the last build when nothing it read changed and its file is as written."""
        entry = self.reusable(name, variables, template)
        if entry is None or not self.take(name, target, entry):
            return False
        self.reused(name, entry)
        return True

    # --- one file that is not a page (calendars, feeds: hub_core.writer.FileWriter) -----

    def take_file(self, name: str, target: str, names: Mapping[str, Any]) -> bool:
        """The file from the last build when the values its writer names now have the recorded
        fingerprints (the same names), every content object it read then has its recorded
        fingerprint, and its bytes are as recorded."""
        entry = self.previous.pages.get(name) if self.previous and self.started else None
        if entry is None or name in self.written:
            return False
        if {key for kind, key, _ in entry.dependencies if kind == "n"} != set(names):
            return False
        if not all(self.current(dependency, names, {}) for dependency in entry.dependencies):
            return False
        if not self.take(name, target, entry):
            return False
        self.reused(name, entry)
        return True

    def record_file(self, name: str, data: bytes, names: Mapping[str, Any], objects: Iterable[Any]) -> None:
        """A file computed: the fingerprints of the values its writer named and of the content
        objects it was made from (or read), and its sha256, for the next build."""
        if name in self.written:
            self.pages.pop(name, None)
            return
        self.written.add(name)
        if not self.started:
            return
        try:
            dependencies = [("n", key, self.value_fingerprint(value)) for key, value in sorted(names.items())]
            keyed = {}
            for obj in objects:
                key = self.identity(obj)
                if key is None:
                    raise Unfingerprintable("a content object the build does not know")
                keyed[key] = obj
            dependencies += [("c", key, self.object_fingerprint(obj)) for key, obj in sorted(keyed.items())]
        except Unfingerprintable as error:
            logger.debug("hub_output: %s is always computed: %s", name, error)
            return
        self.pages[name] = records.PageEntry(hashlib.sha256(data).hexdigest(), tuple(dependencies))
        if self.verifying:
            self.held[name] = [value for _key, value in sorted(names.items())] + [obj for _key, obj in sorted(keyed.items())]

    @contextmanager
    def reading_objects(self) -> Iterator[dict[int, Any]]:
        """The content objects the code in the block reads an attribute of: {id: object}."""
        with reading({}, {}) as reads:
            yield reads.objects

    def render(self, name: str, template, variables: Mapping, keep: bool = True) -> str:
        """Render the page, recording what it reads; `keep`: into the record (not a page Pelican
        skips). A template whose environment does not record names is rendered, never taken."""
        context_class = template.environment.context_class
        if isinstance(context_class, type) and issubclass(context_class, RecordingContext):
            with reading(variables, template.globals) as reads:
                output = template.render(variables)
        else:
            reads, output = None, template.render(variables)
        self.rendered += 1
        if keep:
            self.record(name, output.encode("utf-8"), reads)
        return output

    # --- after the swap ----------------------------------------------------------------

    def save(self) -> None:
        """The new site is in output/: record it (or forget the old record if that fails)."""
        try:
            folder = records.folder_identity(self.output)
            records.save(self.path, records.Record(str(self.output), folder, self.build, self.pages))
        except OSError:
            records.forget(self.path)


def shown(method: Any, siteurl: str) -> str:
    """The body or summary as pages show it (a method that fails: what read it is rendered again)."""
    try:
        return method(siteurl)
    except Exception as error:  # noqa: BLE001
        raise Unfingerprintable(f"{method.__name__}: {type(error).__name__}") from None


def joined(kind: str, head: str, rest: str) -> str:
    return hashlib.blake2b(f"{kind}:{head}:{rest}".encode(), digest_size=16).hexdigest()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def use_recording_context(generator) -> None:
    """generator_init: the generator's templates record the names they resolve."""
    env = getattr(generator, "env", None)
    if env is not None:
        env.context_class = RecordingContext
