"""A whole content tree's problems, without building: what `hub check` reports.

`tree_problems` is the one assembly of a content tree's problems: the site's
(places, English terms), the input scan's, each item's, the checks across
files; sorted. The build (`hub_frontmatter.report`) and `hub check`
(cli/hub_cli, what `make check` and the pre-commit hook run, through
`check_tree`, which adds the reminders of checks_warnings.py on top) both go
through it, so they agree; `summary` is the command's closing line.
"""

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import inputs
from .checks_warnings import warning_problems
from .crosscheck import cross_check
from .i18n import N_, words
from .items import Item, read_file
from .problems import Problem, sort_problems
from .shapes import Settings
from .site import shown_root, site_from_settings
from .validate import Site


def content_files(content_path: str | os.PathLike[str]) -> list[Path]:
    """Every Markdown file of the content folders (`x.md`, `x.MD`), in a stable order; links that leave the folder are left out."""
    return inputs.scan(content_path).markdown


def tree_problems(
    site: Site,
    site_problems: Iterable[Problem],
    found: inputs.Scan,
    items: Sequence[Item],
    unreadable: Iterable[Problem] = (),
) -> list[Problem]:
    """Every problem of a content tree, sorted: the site's, the scan's, the unreadable files', each item's, across files."""
    problems = [*site_problems, *found.problems, *unreadable]
    for item in items:
        problems.extend(item.problems)
    problems.extend(cross_check(items, site.plugins))
    return sort_problems(problems)


def summary(files: int, problems: Sequence[Problem], lang: str) -> str:
    """The closing line of a check: files read, errors, warnings."""
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    return words(lang, N_("%(files)s fichiers vérifiés : %(errors)s erreur(s), %(warnings)s avertissement(s)."),
                 files=files, errors=errors, warnings=warnings)


def check_tree(
    content_path: str | os.PathLike[str], settings: Settings | None = None, now: dt.datetime | None = None,
) -> tuple[list[Item], list[Problem]]:
    """(items, problems) for a content folder.

    With `now` (an aware datetime), the reminders of checks_warnings.py are
    added: past events still scheduled, expired replays, placeholders left.
    """
    settings = dict(settings or {})
    settings["PATH"] = str(content_path)
    site, site_problems = site_from_settings(settings)
    root = shown_root(content_path)
    found = inputs.scan(content_path)
    items = [read_file(path, path.relative_to(content_path).as_posix(), site, root) for path in found.markdown]
    problems = tree_problems(site, site_problems, found, items)
    if now is not None:
        erroneous = {p.path for p in problems if p.is_error}
        problems = sort_problems(problems + warning_problems(items, now, site.timezone, erroneous))
    return items, problems
