"""Render the pages on every core: Pelican's writer, with the rendering put off and shared out.

While the generators write (`generate_output`), `DeferredWriter.write_file` runs Pelican's own
`Writer.write_file` with the template swapped for a stand-in: Pelican does everything as usual
(pagination, each page's local context, the check that refuses a second write to a path, the
override of a path by content with its own `save_as`), except rendering. Each page is kept as
(path, template, local context); a page overridden later is kept with its last local context, as a
serial build ends with the last write. hub_core.writer's FileWriter, which hears of pages through
`content_written`, is told of each page at that moment (a file and a page at one path are refused
when the second is written, as before); `content_written` itself is sent when the page is on disk,
by the process that rendered it. Pelican's feeds (`write_feed`) are written at once, in the
build's process; the files our generators make themselves (calendars, hub feeds) are jobs handed
to `later` (hub_core.writer.FileWriter.later), made with the pages.

Once the last generator's `generate_output` has returned (`defer_until_written` wraps it, on
`all_generators_finalized`), `render_all` forks workers (hub_core.workers, inherited memory, no
pickling) that, with the build's process, take the work in turn (the jobs, then the pages, in
write order: each process takes the next piece when it is done with one, `workers.Tickets`).
Each sends `content_written` for the pages it wrote. The first failing piece (in that order) stops
the build: a page with one line (`RenderError`, said by build.py), a job with its own exception, as
if it had failed in `generate_output`; the staging folder is then removed, the previous site
stays. `finalized` (the sitemap) then runs in the build's process only, after every page is on disk.

In the preview (hub_core.serve), the build is told which sources changed (`HUB_PREVIEW_FIRST`,
absolute paths) and where its overlay is (`HUB_PREVIEW_OVERLAY`): the pages of those sources are
rendered at once, when the generator writes them (as a serial build does), and each is hard-linked
into the overlay, which the preview serves before `output/`. The edited item's page is served while the
rest of the site renders; build.py clears the overlay once the new site is in place.

An incremental build (incremental.py) decides in the build's process, before the workers start,
which pages are taken from the last build (hard links); the workers render the others, recording
what each reads, and send the record's entries back with their result. With one process,
`IncrementalWriter` decides and renders page by page, as Pelican's Writer writes.
"""

import io
import logging
import os
import pickle

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pelican import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from hub_core import workers
from hub_core.writer import OUTPUT_FILES

from .incremental import Incremental

logger = logging.getLogger(__name__)


class RenderError(Exception):
    """A page could not be rendered: its path and the error, in one line."""

    def __init__(self, path, detail):
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


@dataclass
class Job:
    """Files that are not pages, made by `run()` (hub_core.writer.FileWriter.later): the names of
    the files it makes (relative to the output folder) and the work that writes them."""

    names: list[str]
    run: Callable[[], object]


@dataclass
class Stage:
    """Pieces of work ((path, Job) or (path, page)) the processes take by `tickets`; `first`: the
    place of the first in the build's order (the first failure in that order stops the build)."""

    first: int
    work: list
    tickets: workers.Tickets

    def share(self, share: int, count: int) -> "Stage":
        return Stage(self.first, self.work, self.tickets.share(share, count))


class StandIn:
    """What Pelican's write_file renders instead of the template: it hands the page to the writer."""

    def __init__(self, writer, template, context):
        self.writer, self.template, self.context = writer, template, context

    def render(self, localcontext):
        self.writer.pending = (self.template, self.context, localcontext)
        return ""


class DeferredWriter(Writer):
    """Pelican's Writer; the pages it writes are rendered later, by `render_all`."""

    incremental = None  # the build's incremental.Incremental, on the class `choose_writer` makes for it
    build = None  # the Pelican instance, on that class: its `hub_writer` is this writer (the preview's `saved`)

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.pages = {}  # output path -> (template, shared context, local context), in write order
        self.jobs = []  # Job: files made with the pages (`later`)
        self.pending = None
        self.generators = []  # the build's generators, once they have all written (defer_until_written)
        self.kept = {} if (settings or {}).get("HUB_PREVIEW_OVERLAY") else None  # the preview: every page, kept
        if self.build is not None:
            self.build.hub_writer = self

    def write_file(self, name, template, context, *args, **kwargs):
        with signals.content_written.muted():  # sent when the page is really written
            super().write_file(name, StandIn(self, template, context), context, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        pending, self.pending = self.pending, None
        if pending is None:  # write_feed: written now
            return super()._open_w(filename, encoding, override=override)
        skipped = claim(self, filename, override)  # refuses a second write; no empty file made
        localcontext = pending[2]
        files = localcontext.get(OUTPUT_FILES)
        if files is not None:  # hub_core.writer learns of the page when it is written, as in a serial build
            files.page_written(filename, context=localcontext)
        if not skipped:
            self.pages.pop(filename, None)  # overridden: its last content, in its last place
            if self.kept is not None:  # the preview renders a saved file's pages again from these (saved.py)
                self.kept.pop(filename, None)
                self.kept[filename] = pending
            if not self._render_first(filename, pending):
                self.pages[filename] = pending
        return io.StringIO()

    def later(self, names, run):
        """hub_core.writer.FileWriter.later: the files `run()` makes are made with the pages."""
        self.jobs.append(Job(list(names), run))

    def _render_first(self, filename, pending):
        """The preview: a page of a changed file is rendered now (as a serial build renders it) and
        linked into the overlay; False for any other page, or when it fails (it fails again later,
        in its turn, and stops the build there)."""
        first = self.settings.get("HUB_PREVIEW_FIRST")
        item = pending[2].get("article") or pending[2].get("page")
        if not first or getattr(item, "source_path", None) not in first:
            return False
        self._start_incremental(pending[1])
        if self._gather([render_share([Stage(0, [(filename, pending)], workers.Tickets(None))], self.incremental)]) is not None:
            return False
        link_into_overlay(filename, self.output_path, self.settings.get("HUB_PREVIEW_OVERLAY"))
        return True

    def render_all(self, count):
        """Make every job's files and render every kept page, on `count` processes; the first
        failing job's exception, or RenderError for the first failing page. In an incremental
        build with a record, a worker starts on the jobs while this process decides which pages
        to take; the pages left are then rendered by up to `count` processes, this one included."""
        pages = list(self.pages.items())
        jobs = [(os.path.join(self.output_path, job.names[0]) if job.names else self.output_path, job) for job in self.jobs]
        self.pages, self.jobs = {}, []
        started: list[workers.Worker] = []  # forked workers, whose results are awaited
        try:
            job_tickets = workers.tickets() if count > 1 and jobs else workers.Tickets(None)
            early = False  # the jobs started before the pages are decided
            if self.incremental is not None:
                if pages:
                    self._start_incremental(pages[0][1][1])
                if self.incremental.previous is not None and job_tickets.counter is not None:
                    early = not self._fork([Stage(0, jobs, job_tickets)], 1, 2, started)  # the jobs need no decision
                pages = self._take_unchanged(pages)
            page_tickets = workers.tickets() if count > 1 and pages else workers.Tickets(None)
            stages = [Stage(0, jobs, job_tickets), Stage(len(jobs), pages, page_tickets)]
            count = max(1, min(count, len(pages) if early else len(jobs) + len(pages)))
            own = [0] + self._fork(stages, 1, count, started)
            results = [render_share([stage.share(share, count) for stage in stages], self.incremental) for share in own]
            while started:
                try:
                    results.append(workers.finish(started[0], {}))
                except workers.WorkerFailed as error:
                    results.append(((-1, self.output_path, str(error), None), {}, []))
                started.pop(0)
        finally:
            workers.stop(started)  # the build was stopped (SIGTERM, Ctrl-C) while they worked
        failure = self._gather(results)
        if failure is not None:
            _index, path, detail, error = failure
            if error is not None:
                raise error
            raise RenderError(os.path.relpath(path, self.output_path), detail)

    def _fork(self, stages, first, count, started):
        """Workers for shares `first`… of `count` of the stages, appended to `started`; the shares
        that could not be forked (process limit, memory), which this process then takes."""
        left = []
        for share in range(first, count):
            try:
                started.append(workers.start(
                    lambda share=share: render_share([stage.share(share, count) for stage in stages], self.incremental), {}))
            except OSError:
                left.append(share)
        return left

    def _gather(self, results):
        """The first failure of the shares' results; their pages' dependencies into the record."""
        for _failure, recorded, changed in results:
            if self.incremental is not None:
                self.incremental.pages.update(recorded)
                self.incremental.changed.extend(changed)
        failed = [failure for failure, _recorded, _changed in results if failure is not None]
        return min(failed, key=lambda failure: failure[0]) if failed else None

    def _start_incremental(self, context):
        """Before the first page is rendered or taken: the build's content objects start recording."""
        incremental = self.incremental
        if incremental is not None:
            if not incremental.started:  # else started by the build's FileWriter (calendars)
                incremental.start(context)
            incremental.staging = os.path.abspath(self.output_path)

    def _take_unchanged(self, pages):
        """Link the pages the last build wrote from the same inputs; the others, to render."""
        incremental = self.incremental
        root = os.path.abspath(self.output_path)
        left = []
        for path, (template, context, localcontext) in pages:
            if localcontext["localsiteurl"]:  # as Pelican's _write_file (the items' links depend on it)
                context["localsiteurl"] = localcontext["localsiteurl"]
            if incremental.take_page(os.path.relpath(path, root), path, template, localcontext):
                logger.info('Taking "%s" from the last build', path)
                signals.content_written.send(path, context=localcontext)
            else:
                left.append((path, (template, context, localcontext)))
        return left


class IncrementalWriter(Writer):
    """Pelican's Writer, taking from output/ the pages whose dependencies did not change."""

    incremental: Incremental  # set on the class made for one build (`choose_writer`)

    def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None,
                   override_output=False, url=None, **kwargs):
        if not name:
            return
        if paginated is None:
            paginated = {key: val for key, val in kwargs.items() if key in {"articles", "dates"}}
        if paginated and template_name in self.settings["PAGINATED_TEMPLATES"]:
            super().write_file(name, template, context, relative_urls, paginated, template_name, override_output,
                               url, **kwargs)  # several pages from one call: always rendered, not recorded
            return
        incremental = self.incremental
        if not incremental.started:
            incremental.start(context)
        localcontext = context.copy()  # as Pelican's _get_localcontext
        localcontext["localsiteurl"] = localcontext.get("localsiteurl", None)
        if relative_urls:
            relative_url = path_to_url(get_relative_path(name))
            localcontext["SITEURL"] = relative_url
            localcontext["localsiteurl"] = relative_url
        localcontext["output_file"] = name
        localcontext.update(kwargs)
        if localcontext["localsiteurl"]:  # as Pelican's _write_file
            context["localsiteurl"] = localcontext["localsiteurl"]
        path = sanitised_join(self.output_path, name)
        page = Path(path).relative_to(os.path.abspath(self.output_path)).as_posix()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if path not in self._written_files and self.take(page, path, template, localcontext, override_output):
            logger.info('Taking "%s" from the last build', path)
        else:
            skipped = path in self._overridden_files and not override_output  # Pelican writes it to /dev/null
            output = incremental.render(page, template, localcontext, keep=not skipped)
            with self._open_w(path, "utf-8", override=override_output) as stream:
                stream.write(output)
            logger.info('Writing "%s"', path)
        signals.content_written.send(path, context=localcontext)

    def take(self, page: str, path: str, template, localcontext: Mapping, override: bool) -> bool:
        incremental = self.incremental
        entry = incremental.reusable(page, localcontext, template)
        if entry is None or not incremental.take(page, path, entry):
            return False
        if override:
            self._overridden_files.add(path)
        self._written_files.add(path)
        incremental.reused(page, entry)
        return True

    def _open_w(self, filename, encoding, override=False):
        """Pelican's, removing the name first: a page taken from output/ is a hard link to the
        live site's file, which `open(name, "w")` would truncate."""
        if claim(self, filename, override):
            filename = os.devnull
        if filename != os.devnull and os.path.lexists(filename):
            os.unlink(filename)
        return open(filename, "w", encoding=encoding)


def claim(writer: Writer, filename: str, override: bool) -> bool:
    """Pelican's `Writer._open_w` bookkeeping without opening anything: its refusals of a second
    write, its `_overridden_files` and `_written_files`; True when Pelican would write the page to
    /dev/null (a page overridden before). A deferred page's file is made when it is rendered or
    taken, never as an empty file first (an open and an unlink for each page saved)."""
    if filename in writer._overridden_files:
        if override:
            raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" a second time (was previously overwritten)')
        logger.info('Skipping "%s", not overwriting', filename)
        writer._written_files.add(os.devnull)
        return True
    if filename in writer._written_files:
        if override:
            logger.info('Overwriting "%s"', filename)
        else:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{filename}" as Pelican has already written to it previously '
                "(set `override=True` if intended)")
    if override:
        writer._overridden_files.add(filename)
    writer._written_files.add(filename)
    return False


def writer_for(incremental: Incremental) -> type[IncrementalWriter]:
    return type("IncrementalWriter", (IncrementalWriter,), {"incremental": incremental})


def render_share(stages, incremental=None):
    """Take pieces of each stage's work in turn by its tickets (`Stage`: (path, Job) or (path,
    (template, context, localcontext))), make or render each; (failure, recorded, changed): None
    or (place, path, one line, the exception of a job, when it pickles) of the first piece that
    failed; with `incremental`, the record's entries of the pages rendered and the files made or
    taken ({name: PageEntry}) and, when it verifies, the dependencies that changed after them."""
    recorded = {}
    for stage in stages:
        failure = _render_stage(stage, incremental, recorded)
        if failure is not None:
            return failure, recorded, []
    changed = incremental.verify() if incremental is not None and incremental.verifying else []
    return None, recorded, changed


def _render_stage(stage, incremental, recorded):
    work = stage.work
    while (index := stage.tickets.take()) < len(work):
        path, piece = work[index]
        try:
            if isinstance(piece, Job):
                piece.run()
                if incremental is not None:
                    recorded.update((name, incremental.pages[name]) for name in piece.names if name in incremental.pages)
                continue
            template, context, localcontext = piece
            if localcontext["localsiteurl"]:  # as Pelican's _write_file: Contents adjust their links to it
                context["localsiteurl"] = localcontext["localsiteurl"]
            if incremental is None:
                output = template.render(localcontext)
            else:
                name = os.path.relpath(path, incremental.staging)
                output = incremental.render(name, template, localcontext)
                if name in incremental.pages:
                    recorded[name] = incremental.pages[name]
            if os.path.lexists(path):  # never write through a name: it may be a link to the live site
                os.unlink(path)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(output)
            signals.content_written.send(path, context=localcontext)
        except Exception as error:  # noqa: BLE001 - one line naming the page, never a traceback
            own = error if isinstance(piece, Job) and pickles(error) else None
            return stage.first + index, path, f"{type(error).__name__}: {error}", own
    return None


def pickles(error: Exception) -> bool:
    """The exception can go back from a worker as itself (else the build says it in one line)."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any failure to pickle or unpickle
        return False
    return True


def link_into_overlay(path, output_path, overlay):
    """The preview: a page rendered first, hard-linked into the overlay (replaced in one step)."""
    if not overlay:
        return
    target = os.path.join(overlay, os.path.relpath(path, output_path))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    temporary = f"{target}.{os.getpid()}.tmp"
    os.link(path, temporary)
    os.replace(temporary, target)


def choose_writer(pelican):
    """get_writer: pages rendered on every core, unless HUB_OUTPUT's `workers` is 1 (always in the
    preview, which keeps the pages: saved.py); only those whose inputs changed when the build is
    incremental (atomic_run sets `hub_incremental`)."""
    incremental = getattr(pelican, "hub_incremental", None)
    if workers.worker_count(pelican.settings) > 1 or pelican.settings.get("HUB_PREVIEW_OVERLAY"):
        return type("DeferredWriter", (DeferredWriter,), {"incremental": incremental, "build": pelican})
    if incremental is None:
        return None
    return type("IncrementalWriter", (IncrementalWriter,), {"incremental": incremental})


def defer_until_written(generators):
    """all_generators_finalized: once the last generator has written, render the pages."""
    last = [g for g in generators if hasattr(g, "generate_output")][-1]
    generate_output = last.generate_output

    def then_render(writer):
        generate_output(writer)
        if isinstance(writer, DeferredWriter):
            writer.generators = list(generators)
            writer.render_all(workers.worker_count(last.settings))

    last.generate_output = then_render
