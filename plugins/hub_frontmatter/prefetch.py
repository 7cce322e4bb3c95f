"""Read the Markdown files on every core, before Pelican asks for them one by one.

On a generator's first `*_generator_preread` (Pelican sends it before each file it reads), the
files that generator will read and that no content cache holds (Pelican's generator and reader
caches, asked as Pelican asks them) are cut into consecutive shares, in Pelican's order, one per
worker (`HUB_OUTPUT["workers"]`, hub_core.workers). The build's own process keeps the first share
and reads it as before; each other share is read by a forked worker with the same reader, which
sends back the (content, metadata) pairs, exactly what Pelican's content cache would keep. When
Pelican asks for a file of a worker's share, the reader waits for that worker and serves its
pair; a file the worker could not read (it raised) or a worker that failed is read again here,
so whatever happens is reported as a serial read reports it. Problems travel inside the items
and are reported once reading is over (report.py), in path order: the same lines, same order.
"""

import os

from pelican.utils import file_suffix

from hub_core import workers

from .reader import HubMarkdownReader

MINIMUM_SHARE = 4  # fewer files per worker than this: forking costs more than it saves


class Prefetched:
    """The pairs the workers read, waited for as Pelican asks for them."""

    def __init__(self, owners, shared):
        self.owners = owners  # path -> Worker
        self.shared = shared
        self.pairs = {}

    def take(self, path):
        """The (content, metadata) pair of `path`, or None: then the reader reads it itself."""
        worker = self.owners.pop(path, None)
        if worker is not None:
            self._wait(worker)
        return self.pairs.pop(path, None)

    def _wait(self, worker):
        paths = [p for p, w in self.owners.items() if w is worker]
        for path in paths:
            del self.owners[path]
        try:
            self.pairs.update(workers.finish(worker, self.shared))
        except workers.WorkerFailed:
            pass  # its files are read here, one by one

    def close(self):
        """Reap the workers nobody asked about (a file Pelican skipped after all)."""
        pending = {id(w): w for w in self.owners.values()}
        self.owners.clear()
        self.pairs.clear()
        workers.stop(list(pending.values()))


def read_share(readers, paths):
    """In a worker: the pairs of `paths`; a file whose reading raises is left to the build."""
    pairs = {}
    for path in paths:
        try:
            pairs[path] = readers[file_suffix(path)].read(path)
        except Exception:  # noqa: BLE001, S112 - read again by the build, which reports it as usual
            continue
    return pairs


def ours(generator):
    """The generator's readers that are ours (HubMarkdownReader, one instance per extension)."""
    return {fmt: r for fmt, r in generator.readers.readers.items() if isinstance(r, HubMarkdownReader)}


def files_to_read(generator, paths_setting, excludes_setting, readers):
    """Absolute paths Pelican will hand to our reader, in its order, leaving out what its caches hold."""
    found = []
    for name in generator.get_files(generator.settings[paths_setting], exclude=generator.settings[excludes_setting]):
        if generator.get_cached_data(name, None) is not None:
            continue
        path = os.path.abspath(os.path.join(generator.path, name))
        if file_suffix(path) not in readers:
            continue
        if generator.readers.get_cached_data(path, (None, None))[0] is not None:
            continue
        found.append(path)
    return found


def start(generator, paths_setting, excludes_setting):
    """On the generator's first preread: fork the workers of its files."""
    readers = ours(generator)
    if not readers or getattr(generator.readers, "hub_prefetch_started", False):
        return
    generator.readers.hub_prefetch_started = True
    count = workers.worker_count(generator.settings)
    if count < 2:
        return
    paths = files_to_read(generator, paths_setting, excludes_setting, readers)
    count = min(count, len(paths) // MINIMUM_SHARE)
    if count < 2:
        return
    shared = {"settings": generator.settings}
    owners, started = {}, []
    try:
        for share in workers.shares(paths, count)[1:]:
            worker = workers.start(lambda share=share: read_share(readers, share), shared)
            started.append(worker)
            owners.update(dict.fromkeys(share, worker))
    except OSError:  # no fork (limits): what was started still serves, the rest is read here
        pass
    prefetched = Prefetched(owners, shared)
    for reader in readers.values():
        reader.prefetched = prefetched


def articles(generator):
    """article_generator_preread"""
    start(generator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES")


def pages(generator):
    """page_generator_preread"""
    start(generator, "PAGE_PATHS", "PAGE_EXCLUDES")


def release(generator):
    """article_generator_finalized, page_generator_finalized: no worker outlives reading."""
    for reader in ours(generator).values():
        if reader.prefetched is not None:
            reader.prefetched.close()
            reader.prefetched = None
