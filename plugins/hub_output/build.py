"""A build that replaces the site only when all of it succeeded.

`atomic_run(pelican, run)` wraps one `Pelican.run()`: lock the output folder, remove what killed
builds left, point Pelican (its `output_path`, `OUTPUT_PATH`) at a fresh staging folder, build,
index the search (Pagefind), precompress when `compress` is on, then swap the staging folder in
and remove the old site. Whatever fails on the way (content, a plugin, the theme, Pagefind, a full
disk, SIGTERM) removes the staging folder and leaves `output/` as it was. Pelican sends
`finalized` to its receivers in no fixed order (blinker), so the steps that need the whole site
(the sitemap is written on `finalized`) run after `run()` returns, not on that signal.

The preview (hub_core.serve) builds with `search_index: "after"`: the new site gets the previous
index (hard links) and replaces the old one at once; Pagefind then indexes the site in place, into
a folder beside it that replaces `pagefind/` when done. Stopping the build then costs only the
fresher index: the previous one stays, and the next build indexes again.
"""

import atexit
import errno
import gc
import logging
import os
import signal
import sys
import threading
from functools import partial
from pathlib import Path

from hub_core.compress import compress_tree
from hub_core.i18n import N_, words
from hub_core.problems import message_language
from hub_core.settings import SettingsError, plugin_settings
from hub_core.workers import DEFAULT_WORKERS, exit_on_sigterm

from . import record, staging
from .incremental import Incremental
from .pagefind import EXCLUDED, SearchIndexError, run_pagefind, same_pages
from .rendering import RenderError
from .saved import show_saved

DEFAULTS = {
    "search_index": True,  # Pagefind on the new site before it replaces the old one ("after": once it has, the preview's)
    "search_exclude": EXCLUDED,  # CSS selectors Pagefind leaves out of the index
    "compress": False,  # .gz and .br beside text files (publishconf.py turns it on)
    "workers": DEFAULT_WORKERS,  # processes that read and render: 0 = one per core, 1 = serial
    "incremental": True,  # take from output/ the pages whose dependencies did not change (incremental.py)
    "verify": False,  # tests: once all pages are written, check that no recorded dependency changed since
}

MESSAGES = {  # French words marked for the catalog (theme/translations: the English words)
    "busy": N_("Une autre construction est en cours (PID %(pid)s) ; rien n'a été modifié. Réessayez quand elle aura fini."),
    "os": N_("Construction impossible : %(detail)s ; le site précédent est intact dans %(output)s/"),
    "inside": N_("Le dossier de sortie %(output)s/ contient le contenu : construction sur place, sans remplacement atomique."),
    "render": N_("Page %(page)s impossible à produire : %(detail)s ; le site précédent est intact dans %(output)s/"),
    "search": N_("Index de recherche (Pagefind) impossible : %(detail)s ; le site précédent est intact dans %(output)s/"),
    "workers": N_("hub_output : workers de HUB_OUTPUT invalide : %(value)s (attendu : un nombre entier, 0 ou plus)"),
    "search_after": N_("Index de recherche (Pagefind) impossible : %(detail)s ; l'index précédent reste en place."),
}


class OutputError(Exception):
    """A build stopped for a reason outside the content, already said in one line."""

    exitcode = 1


def say(key: str, **values) -> str:
    return words(message_language(), MESSAGES[key], **values)


def stop(message: str) -> OutputError:
    print(message, file=sys.stderr)
    return OutputError(message)


ERRNO_TEXT = {  # the system's own words are English: the usual ones in French too (the catalog)
    errno.EACCES: N_("permission refusée"),
    errno.EPERM: N_("opération non permise"),
    errno.EROFS: N_("système de fichiers en lecture seule"),
    errno.ENOSPC: N_("disque plein"),
    errno.EDQUOT: N_("quota de disque dépassé"),
}


def describe(error: OSError) -> str:
    """An OSError as one line: what failed and on which path."""
    lang = message_language()
    message = ERRNO_TEXT.get(error.errno)
    text = words(lang, message) if message else (error.strerror or str(error))
    if not error.filename:
        return text
    return words(lang, N_("%(text)s : %(path)s"), text=text, path=error.filename)


def check_workers(options: dict) -> None:
    """`workers` is a whole number, 0 or more."""
    value = options["workers"]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise SettingsError(say("workers", value=repr(value)))


def atomic_run(pelican, run) -> None:
    """Run `run()` (Pelican's own) into a staging folder; swap it in when all succeeded."""
    options = plugin_settings(pelican.settings, "HUB_OUTPUT", DEFAULTS)
    output = Path(pelican.output_path).absolute()
    shown = os.path.relpath(output) if output.is_relative_to(Path.cwd()) else str(output)
    if Path(pelican.settings["PATH"]).resolve().is_relative_to(output.resolve()):
        print(say("inside", output=shown), file=sys.stderr)  # swapping would move the sources away
        run()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        lock = staging.take_lock(output)
    except staging.BuildBusy as busy:
        raise stop(say("busy", pid=busy.pid)) from None
    except OSError as error:
        raise stop(say("os", detail=describe(error), output=shown)) from None
    folder = staging.staging_path(output, os.getpid())
    restore_sigterm = stop_on_sigterm()
    try:
        staging.recover(output)
        for stale in staging.stale_staging(output):
            staging.remove_tree(stale)
        folder.mkdir()
        incremental = None
        if options["incremental"] and pelican.settings.get("CACHE_PATH"):
            incremental = Incremental(output, pelican.settings, verify=options["verify"])
        elif pelican.settings.get("CACHE_PATH"):
            record.forget(record.record_path(pelican.settings["CACHE_PATH"], output))
        pelican.hub_incremental = incremental
        pelican.hub_writer = pelican.hub_show_saved = None  # the preview's, set once this build succeeded
        pelican.output_path = pelican.settings["OUTPUT_PATH"] = str(folder)
        run()
        changed = incremental.changed + incremental.verify() if incremental is not None and options["verify"] else []
        if changed:  # a test's failure: English is enough
            raise RenderError(changed[0].split(":")[0], f"{len(changed)} dependencies changed after their page was rendered: "
                              + ", ".join(changed[:5]))
        if options["search_index"] == "after":
            staging.link_tree(output / "pagefind", folder / "pagefind")
        elif options["search_index"] and unchanged_pages(incremental, folder, output):
            staging.link_tree(output / "pagefind", folder / "pagefind")  # the same pages: the same index
        elif options["search_index"]:
            run_pagefind(folder, options["search_exclude"])
        if options["compress"]:
            compress_tree(folder)
        staging.replace_output(folder, output)  # the old site is now at `folder`, removed below
        say_swapped(pelican)
        if incremental is not None:
            incremental.save()  # the record of the site now in output/
        overlay = pelican.settings.get("HUB_PREVIEW_OVERLAY")
        if overlay:  # the preview's pages rendered first are in the site now
            staging.remove_tree(Path(overlay))
        if options["search_index"] == "after":  # by a process of its own: the build is done (the preview's model)
            staging.in_background(partial(index_in_place, output, options["search_exclude"], record.folder_identity(output)),
                                  ends_with_build=True)
        if overlay and pelican.hub_writer is not None:  # the preview keeps this build's model
            pelican.hub_show_saved = partial(show_saved, pelican.hub_writer)
    except RenderError as error:
        raise stop(say("render", page=error.path, detail=error.detail, output=shown)) from None
    except SearchIndexError as error:
        raise stop(say("search", detail=error, output=shown)) from None
    except OSError as error:
        raise stop(say("os", detail=describe(error), output=shown)) from None
    finally:
        pelican.hub_incremental = None
        pelican.output_path = pelican.settings["OUTPUT_PATH"] = str(output)
        try:  # the old site, or what a failed or stopped build wrote
            staging.remove_later(folder, output)  # the build (the preview's next one) need not wait
        except OSError:
            pass  # the site is in place either way; the next build removes it
        restore_sigterm()
        staging.release_lock(lock)
        gc.unfreeze()  # frozen by freeze_model: a process that goes on (the preview's resident, `pelican -r`) collects as usual


def say_swapped(pelican) -> None:
    """The preview (hub_core.rebuilds): this build's site is in; a save now need not stop it, as it
    is about to stay as the resident model and show the save."""
    swapped = getattr(pelican, "hub_swapped", None)
    if swapped is not None:
        try:
            swapped()
        except OSError:  # the preview is gone: the build ends as usual
            pass


def freeze_model(_generators) -> None:
    """all_generators_finalized: the site model is read and complete, and lives until the build
    ends; the garbage collector leaves it alone from now on (`gc.freeze()`: its collections walk
    only what the build makes next, pages and files). `atomic_run` unfreezes it at the end."""
    gc.freeze()


def exit_at_once_when_done() -> None:
    """After a build that succeeded, in the `pelican` command: at exit, end the process without
    Python freeing the site model object by object (about half a second at 1,000 items). Nothing
    is left to do by then: the site is in place, its record saved, the lock released; the logs
    and streams are flushed here. A test, the preview or a script calling
    Pelican keeps Python's usual exit."""
    if os.path.basename(sys.argv[0]) != "pelican":
        return
    atexit.unregister(exit_now)  # once, however many builds (`pelican -r`)
    atexit.register(exit_now)


def exit_now() -> None:
    """atexit: Pelican's command returned after a build that succeeded (its exit status is 0)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def unchanged_pages(incremental: Incremental | None, folder: Path, output: Path) -> bool:
    """An incremental build whose record was of output/ and this build (the same settings, so the
    same Pagefind and exclusions), and whose pages are output/'s, byte for byte: its index would be
    output/'s `pagefind/` (Pagefind's output is normalized: the same pages, the same bytes)."""
    if incremental is None or incremental.previous is None or not (output / "pagefind" / "pagefind-entry.json").is_file():
        return False
    return same_pages(folder, output)


def index_in_place(output: Path, exclude: str, site: tuple[int, int] | None = None) -> None:
    """The preview: Pagefind on the site in place, into a folder that then replaces `pagefind/`;
    nothing when the site it indexed (`site`: device and inode of `output/`) was replaced meanwhile
    (the newer site's own index follows)."""
    bundle = output.parent / f".{output.name}.pagefind-{os.getpid()}"
    try:
        run_pagefind(output, exclude, bundle)
        if site is not None and record.folder_identity(output) != site:
            return  # another build's site went in while this one was indexed
        if bundle.is_dir():
            staging.replace_output(bundle, output / "pagefind")  # the old index is now at `bundle`
        else:  # nothing to index: no index, as in a real build
            staging.remove_tree(output / "pagefind")
    except SearchIndexError as error:
        print(say("search_after", detail=error), file=sys.stderr)
    except OSError as error:  # the new site is in place already: only the index is missing
        print(say("search_after", detail=describe(error)), file=sys.stderr)
    finally:
        staging.remove_tree(bundle)


def stop_on_sigterm():
    """Turn SIGTERM into SystemExit during the build, so the staging folder is removed."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, exit_on_sigterm)
    return lambda: signal.signal(signal.SIGTERM, previous)


class SaidOnce(logging.Filter):
    """An OutputError was printed in one line already: Pelican need not log it again."""

    def filter(self, record):
        return not (record.exc_info and isinstance(record.exc_info[1], OutputError))


def quiet_output_errors() -> None:
    logger = logging.getLogger("pelican")
    if not any(isinstance(f, SaidOnce) for f in logger.filters):
        logger.addFilter(SaidOnce())
