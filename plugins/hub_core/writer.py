"""One writer for the build's output files that are not pages: calendars, feeds, exports, sitemap.

Pelican's Writer renders pages (`writer.write_file`) and refuses a second write to a path
(`Writer._open_w`); every other file of a build goes through the `FileWriter` of that build:

    files = file_writer(self.context, self.output_path)   # in generate_context
    files.write("calendrier.ics", body, "hub_events")      # in generate_output

It refuses a second file at one path in one build, naming both writers, and a file at the path of a
page Pelican's Writer wrote (it listens to `content_written`, which Pelican sends for each page);
refuses a path outside the output folder; creates the parent folders; leaves a file that already
has exactly these bytes untouched (its mtime too: what an incremental build needs) and sends
`content_written(path, context=...)` for each file it did write, as Pelican's Writer does for pages.

In an incremental build (hub_output), a writer that names a file's inputs (`take`, then `write`
with them) gets the last build's file when they did not change (see `FileWriter.take`).

A generator whose files take long to make hands the work to `later` with the paths it will
write (in `generate_output`, after `follow`):

    files.later(paths, "hub_events", self.write_calendars)   # write_calendars calls write/take

With hub_output's page writer (on every core) the work runs while the pages render, on whichever
process is free; with any other writer, at once. The paths are claimed at the call, in the
build's order: a second file or a page at one of them is refused as if it had been written then.

One `FileWriter` per build, kept in the build's context under `OUTPUT_FILES` (house rule 3: no
module-level state). Call `file_writer()` from `generate_context`, before any page is written, so
that the pages written by the generators that run first are known to it.

Outside it, on purpose: `hub_output/pagefind.py` rewrites Pagefind's own files once the build is
over (they are Pagefind's output, not the build's); `hub_core/compress.py` adds `.gz`/`.br` beside
finished files after the build; `hub_cli` and `hub_import` write content files (sources in the
content folder, not output), with their own atomic replace.
"""

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pelican import signals

from .i18n import N_, words
from .problems import message_language
from .shapes import Context

OUTPUT_FILES = "hub_output_files"  # context key of the build's FileWriter
PAGE = "Pelican Writer"  # who wrote a page

MESSAGES = {  # French words marked for the catalog (theme/translations: the English words)
    "twice": N_("« %(path)s » est écrit deux fois dans la même construction : par %(first)s, puis par %(second)s."),
    "outside": N_("« %(path)s » (écrit par %(writer)s) sort du dossier de sortie %(root)s."),
}


class WriteRefused(RuntimeError):
    """A write the build must not do: a second file at one path, or a path outside the output."""


def say(key: str, **values: object) -> str:
    return words(message_language(), MESSAGES[key], **values)


class FileWriter:
    """The output files of one build: who wrote each path, pages included."""

    def __init__(self, output_path: str | os.PathLike[str], context: Context | None = None) -> None:
        self.root = Path(os.path.abspath(output_path))
        self.prefix = os.path.join(str(self.root), "")  # "/…/output/": every path written starts so
        self.folders: set[Path] = set()  # the folders made (or found) for this build's files
        self.context = context if context is not None else {}
        self.written: dict[str, str] = {}  # path relative to the root ("a/b.ics") -> its writer
        self.promised: set[str] = set()  # paths claimed by `later`, not yet written or taken
        self.sending: str | None = None  # the path whose content_written this writer is sending
        self.increments: Any = None  # hub_output's Incremental in an incremental build (`follow`)
        self.page_writer: Any = None  # the build's page writer (`follow`)
        signals.content_written.connect(self.page_written)  # weak: gone with the build's context

    def relative(self, path: str | os.PathLike[str], writer: str) -> str:
        """`path` (relative to the root, or absolute inside it) as "a/b.ics"; outside: refused."""
        target = os.path.normpath(os.path.join(self.root, path))
        if not target.startswith(self.prefix):  # outside, or the output folder itself
            raise WriteRefused(say("outside", path=os.fspath(path), writer=writer, root=self.root))
        return target[len(self.prefix):].replace(os.sep, "/")

    def claim(self, relative_path: str | os.PathLike[str], writer: str) -> str:
        """The path as "a/b.ics", refused when outside the output or already written."""
        if os.path.isabs(relative_path):
            raise WriteRefused(say("outside", path=os.fspath(relative_path), writer=writer, root=self.root))
        name = self.relative(relative_path, writer)
        if name in self.written and (name not in self.promised or self.written[name] != writer):
            raise WriteRefused(say("twice", path=name, first=self.written[name], second=writer))
        return name

    def later(self, paths: Iterable[str | os.PathLike[str]], writer: str, work: Callable[[], object]) -> None:
        """`work()` writes the files at `paths` (through `write` or `take`, once each): now, or with
        the pages when the page writer makes files later (hub_output: on every core). The paths
        are claimed now."""
        names = [self.claim(path, writer) for path in paths]
        for name in names:
            if name in self.written:  # twice in this call, or promised by an earlier one
                raise WriteRefused(say("twice", path=name, first=writer, second=writer))
            self.written[name] = writer
        self.promised.update(names)
        defer = getattr(self.page_writer, "later", None)
        if defer is None:
            work()
        else:
            defer(names, work)

    def write(self, relative_path: str | os.PathLike[str], data: bytes, writer: str,
              names: Mapping[str, Any] | None = None, objects: Iterable[Any] = ()) -> bool:
        """Write `data` at `relative_path` under the output folder; False when it already held them.
        `names`, `objects` (see `take`): what the file was made from, recorded for the next build."""
        name = self.claim(relative_path, writer)
        self.written[name] = writer
        self.promised.discard(name)
        target = self.root / name
        incremental = self.incremental()
        if incremental is not None and names is not None:
            incremental.record_file(name, data, names, objects)
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
        self.make_folder(target.parent)
        if os.path.lexists(target):  # never through a hard link to another site's file
            target.unlink()
        target.write_bytes(data)
        self.sent(name)
        return True

    def take(self, relative_path: str | os.PathLike[str], writer: str, names: Mapping[str, Any]) -> bool:
        """An incremental build (hub_output): the file of the last build, linked from output/, when
        it was made from the same inputs; False: compute the file and `write` it with its inputs.

        The inputs are everything the file is made from beyond the build's code, theme, settings
        and data files (the build fingerprint): `names`, {name: value} (content objects in them
        count by identity: a list of items says which, in which order), and `objects`, given to
        `write`: the content objects whose attributes it was made from (listed, or gathered with
        `reading`). Taken when the same names have the fingerprints recorded, every object
        recorded has its recorded fingerprint, and the file in output/ has the recorded bytes."""
        incremental = self.incremental()
        if incremental is None:
            return False
        name = self.claim(relative_path, writer)
        target = self.root / name
        self.make_folder(target.parent)
        if not incremental.take_file(name, str(target), names):
            return False
        self.written[name] = writer
        self.promised.discard(name)
        self.sent(name)
        return True

    def make_folder(self, folder: Path) -> None:
        """The folder and its parents, made once per build (a calendar per region and group…)."""
        if folder not in self.folders:
            folder.mkdir(parents=True, exist_ok=True)
            self.folders.add(folder)

    @contextmanager
    def reading(self) -> Iterator[dict[int, Any]]:
        """The content objects the code in the block reads an attribute of ({id: object}), for
        `write`'s `objects`; outside an incremental build, nothing."""
        incremental = self.incremental()
        if incremental is None:
            yield {}
            return
        with incremental.reading_objects() as objects:
            yield objects

    def follow(self, writer: object) -> None:
        """generate_output: the build's page writer; hub_output's, in an incremental build, holds
        the build's `Incremental` (the record of the last build), which `take` and `write` use."""
        self.increments = getattr(writer, "incremental", None)
        self.page_writer = writer

    def incremental(self) -> Any:
        """The build's hub_output Incremental (started on the build's content), or None."""
        incremental = self.increments
        if incremental is not None and not incremental.started:
            incremental.start(self.context)
        return incremental

    def sent(self, name: str) -> None:
        self.sending = name
        try:
            signals.content_written.send(str(self.root / name), context=self.context)
        finally:
            self.sending = None

    def page_written(self, path: str, context: Context | None = None, **_: object) -> None:
        """content_written: a page Pelican's Writer wrote in this build (another build's: ignored)."""
        if context is None or context.get(OUTPUT_FILES) is not self:
            return
        name = self.relative(path, PAGE)
        if name == self.sending:
            return  # this writer's own signal
        first = self.written.setdefault(name, PAGE)
        if first != PAGE:  # Pelican's Writer refuses a page over a page itself
            raise WriteRefused(say("twice", path=name, first=first, second=PAGE))


def file_writer(context: Context, output_path: str | os.PathLike[str]) -> FileWriter:
    """The build's FileWriter, made on first use and kept in its context."""
    found: FileWriter | None = context.get(OUTPUT_FILES)
    if found is None:
        found = context[OUTPUT_FILES] = FileWriter(output_path, context)
    return found
