"""Validate a whole content tree without building: `python -m hub_core.check content`.

Prints every problem, one per line (`path:line: field: message`), and exits
with 1 when there is at least one error. Warnings do not fail. It lists the
problems a build finds; `hub check` (plugins/hub_cli, what `make check` runs)
adds the reminders of checks_warnings.py, which depend on "now".
"""

import argparse
import sys

from . import inputs
from .checks_warnings import warning_problems
from .crosscheck import cross_check
from .items import read_file
from .problems import message_language, sort_problems
from .site import shown_root, site_from_settings


def content_files(content_path):
    """Every Markdown file of the content folders (`x.md`, `x.MD`), in a stable order; links that leave the folder are left out."""
    return inputs.scan(content_path).markdown


def check_tree(content_path, settings=None, now=None):
    """(items, problems) for a content folder.

    With `now` (an aware datetime), the reminders of checks_warnings.py are
    added: past events still scheduled, expired replays, placeholders left.
    """
    settings = dict(settings or {})
    settings["PATH"] = str(content_path)
    site, problems = site_from_settings(settings)
    root = shown_root(content_path)
    found = inputs.scan(content_path)
    problems.extend(found.problems)
    items = []
    for path in found.markdown:
        relative = path.relative_to(content_path).as_posix()
        item = read_file(path, relative, site, root)
        items.append(item)
        problems.extend(item.problems)
    problems.extend(cross_check(items, site.plugins))
    if now is not None:
        erroneous = {p.path for p in problems if p.is_error}
        problems.extend(warning_problems(items, now, site.timezone, erroneous))
    return items, sort_problems(problems)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", nargs="?", default="content")
    parser.add_argument("--settings", "-s", help="Pelican settings file (TIMEZONE…)")
    parser.add_argument("--lang", choices=("fr", "en"), default=None)
    args = parser.parse_args(argv)
    lang = args.lang or message_language()
    settings = {}
    if args.settings:
        from pelican.settings import read_settings  # noqa: PLC0415

        settings = read_settings(args.settings)
    items, problems = check_tree(args.content, settings)
    for problem in problems:
        print(problem.render(lang), file=sys.stderr)
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if lang == "en":
        print(f"{len(items)} files checked: {errors} error(s), {warnings} warning(s).")
    else:
        print(f"{len(items)} fichiers vérifiés : {errors} erreur(s), {warnings} avertissement(s).")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
