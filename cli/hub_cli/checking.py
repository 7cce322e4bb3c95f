"""`hub check [PATH…]`: which files to report on, and the report.

The whole content tree is always read (slugs used twice and references to
other files need every file), but only the problems of the paths asked for
are shown: `hub check content/events/diner.md` (what the pre-commit hook
runs on staged files) reports on that file alone, including its clashes with
the rest of the tree. A folder outside the content folder is checked as a
content tree of its own (`hub check tests/fixtures/invalid/content`).
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from hub_core import dates
from hub_core.check import check_tree, summary
from hub_core.problems import sort_problems
from hub_core.settings import site_timezone
from hub_core.site import shown_root, site_from_settings
from hub_import.sources import load_sources


@dataclass
class Report:
    problems: list = field(default_factory=list)
    files: int = 0
    ignored: list = field(default_factory=list)  # paths outside every content tree

    @property
    def errors(self):
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warnings(self):
        return len(self.problems) - self.errors

    def summary(self, lang):
        return summary(self.files, self.problems, lang)


def selection(paths, content):
    """{content tree: shown prefixes to report on, or None for all}, and the paths ignored."""
    content = Path(content).resolve()
    trees, ignored = {}, []
    for given in paths or [content]:
        path = Path(given).resolve()
        if path == content or (path.is_dir() and not path.is_relative_to(content)):
            trees[path] = None
        elif path.is_relative_to(content):
            shown = Path(shown_root(content)) / path.relative_to(content)
            wanted = trees.setdefault(content, set())
            if wanted is not None:
                wanted.add(shown.as_posix() + ("/" if path.is_dir() else ""))
        else:
            ignored.append(str(given))
    return trees, ignored


def wanted(path, prefixes):
    return prefixes is None or any(path == p or (p.endswith("/") and path.startswith(p)) for p in prefixes)


def calendar_problems(content, items, settings):
    """The problems of the content folder's data/calendars.yml (the sources of `hub import`)."""
    site, _places_problems = site_from_settings({**settings, "PATH": str(content)})
    organizers = {item.slug for item in items if item.content_type == "directory"}
    _sources, problems = load_sources(content, site, organizers)
    return problems


def run(paths, content, settings, now=None, environ=None):
    """Check the trees the paths belong to; a Report of the paths asked for.

    `now` defaults to SOURCE_DATE_EPOCH, else the clock, in the site's zone;
    it decides the reminders (past events, expired replays).
    """
    if now is None:
        zone = dates.zone(site_timezone(settings))
        now = dates.now(os.environ if environ is None else environ, zone)
    trees, ignored = selection(paths, content)
    report = Report(ignored=ignored)
    for tree in sorted(trees):
        prefixes = trees[tree]
        items, problems = check_tree(tree, settings, now)
        problems = sort_problems(problems + calendar_problems(tree, items, settings))
        report.files += sum(1 for item in items if wanted(item.path, prefixes))
        report.problems += [p for p in problems if wanted(p.path, prefixes)]
    return report
