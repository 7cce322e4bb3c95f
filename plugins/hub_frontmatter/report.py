"""Report every content problem of a build at once, and stop it on errors."""

import logging
import sys

from hub_core import inputs
from hub_core.check import tree_problems
from hub_core.problems import ContentErrors, Problem, message_language
from hub_core.site import shown_root, site_from_settings

from .cache import fingerprint_cache
from .invalid import invalid_items
from .revisions import set_revisions


def report_problems(generators):
    """all_generators_finalized: list problems; raise before anything is written."""
    context = generators[0].context
    settings = generators[0].settings
    site, site_problems = site_from_settings(settings)
    found = inputs.scan(settings["PATH"])
    # Reading is over: the preview's watcher must see the refused files again (their fix).
    settings["IGNORE_FILES"] = settings.get("HUB_IGNORE_FILES_BASE", settings["IGNORE_FILES"])
    root = shown_root(settings["PATH"])
    by_path, unreadable = invalid_items(context), []  # the invalid items never reached generated_content
    for path, content in sorted(context["generated_content"].items()):
        if content is None:
            detail = "voir le message de Pelican ci-dessus / see Pelican's message above"
            unreadable.append(Problem(f"{root}/{path}", 1, "", "unreadable", {"detail": detail}))
            continue
        item = content.metadata.get("hub_item")
        if item is not None:
            by_path[item.path] = item
    items = [item for _path, item in sorted(by_path.items())]
    problems = tree_problems(site, site_problems, found, items, unreadable)
    lang = message_language()
    for problem in problems:
        print(problem.render(lang), file=sys.stderr)
    if any(p.is_error for p in problems):
        raise ContentErrors(problems, lang)
    set_revisions([c for c in context["generated_content"].values() if c is not None], settings)


class _NoTraceback(logging.Filter):
    """Content errors are the editor's to fix: show them without a traceback."""

    def filter(self, record):
        if record.exc_info and isinstance(record.exc_info[1], ContentErrors):
            record.exc_info = None
        return True


def quiet_content_errors():
    logger = logging.getLogger("pelican")
    if not any(isinstance(f, _NoTraceback) for f in logger.filters):
        logger.addFilter(_NoTraceback())


def prepare_build(pelican):
    """get_generators, before each build: the cache's fingerprint, the files Pelican must not read."""
    fingerprint_cache(pelican)
    ignore_refused_inputs(pelican)


def ignore_refused_inputs(pelican):
    """get_generators: Pelican neither reads nor copies what inputs.scan refuses (links out of content/…)."""
    settings = pelican.settings
    base = settings.setdefault("HUB_IGNORE_FILES_BASE", list(settings["IGNORE_FILES"]))
    refused = inputs.scan(settings["PATH"]).refused
    settings["IGNORE_FILES"] = base + inputs.ignore_patterns(refused)
