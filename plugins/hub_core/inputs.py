"""What a build may read: the files of the content folder, and nothing outside it.

`scan(content_path)` walks the content folder without following links and
finds what a build must neither read nor publish: a symbolic link that leaves
the content folder (`content/images/env.txt -> /proc/self/environ`), a link in
a loop, to a folder or to nothing, a file that is not a regular file (a pipe)
and, in the content folders (events, blog…), a file that is not Markdown. Each
is one problem naming the file. `hub check` and the build both report them;
the build also gives their names to Pelican's IGNORE_FILES so that Pelican
neither reads nor copies them.
"""

import errno
import glob
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import limits
from .model import FOLDERS
from .problems import Problem


@dataclass
class Scan:
    markdown: list[Path] = field(default_factory=list)  # Paths of the content folders' Markdown files
    problems: list[Problem] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # names Pelican must ignore


def is_markdown(name: str) -> bool:
    """`x.md` in any case (`x.MD`)."""
    return name.lower().endswith(limits.MARKDOWN_SUFFIX) and len(name) > len(limits.MARKDOWN_SUFFIX)


def scan(content_path: str | os.PathLike[str]) -> Scan:
    """Every Markdown file of the content folders, and every problem of the tree's files."""
    root = Path(content_path)
    real_root = os.path.realpath(root)
    shown_root = Path(os.path.abspath(root)).name
    result = Scan()
    looped: set[str] = set()  # the links of loops already reported: a loop is one problem
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted([*dirs, *files]):
            path = Path(folder) / name
            shown = f"{shown_root}/{path.relative_to(root).as_posix()}"
            problem = _problem(path, name in files, real_root, shown, shown_root)
            if problem:
                if problem.code != "symlink_loop" or not looped & _chain(path):
                    result.problems.append(problem)
                looped |= _chain(path) if problem.code == "symlink_loop" else set()
                result.refused.append(name)
                if name in dirs:
                    dirs.remove(name)
            elif name in files and _in_content_folder(path, root) and not name.startswith("."):
                result.markdown.append(path)
    result.markdown.sort()
    return result


def _in_content_folder(path: Path, root: Path) -> bool:
    return path.relative_to(root).parts[0] in FOLDERS


def _problem(path: Path, is_file: bool, real_root: str, shown: str, shown_root: str) -> Problem | None:
    """The problem of one file or folder, or None."""
    try:
        details = path.lstat()
    except OSError:
        return None  # gone since the walk listed it
    if stat.S_ISLNK(details.st_mode):
        return _link_problem(path, real_root, shown, shown_root)
    if not is_file or path.name.startswith("."):
        return None
    if not stat.S_ISREG(details.st_mode):
        return Problem(shown, 1, "", "special_file")
    relative = Path(shown).parts[1:]
    if len(relative) > 1 and relative[0] in FOLDERS and not is_markdown(path.name):
        return Problem(shown, 1, "", "not_markdown", {"folder": f"{shown_root}/{relative[0]}", "root": shown_root})
    return None


def _link_problem(path: Path, real_root: str, shown: str, shown_root: str) -> Problem | None:
    target = os.readlink(path)
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Problem(shown, 1, "", "symlink_loop", {"value": target})
        real = os.path.realpath(path)
        if not _inside(real, real_root):
            return Problem(shown, 1, "", "symlink_outside", {"value": target, "root": shown_root})
        return Problem(shown, 1, "", "symlink_broken", {"value": target})
    if not _inside(real, real_root):
        return Problem(shown, 1, "", "symlink_outside", {"value": target, "root": shown_root})
    if os.path.isdir(real):
        return Problem(shown, 1, "", "symlink_folder", {"value": target})
    return None


def _chain(path: Path) -> set[str]:
    """The links a link goes through (absolute, unresolved), up to the first one seen twice."""
    seen: set[str] = set()
    current = os.path.abspath(path)
    while os.path.islink(current) and current not in seen and len(seen) < 64:
        seen.add(current)
        current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return seen


def _inside(real: str, real_root: str) -> bool:
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def is_contained(path: str | os.PathLike[str], content_path: str | os.PathLike[str]) -> bool:
    """True when `path`, links resolved, is a file inside the content folder."""
    return _inside(os.path.realpath(path), os.path.realpath(content_path))


def ignore_patterns(names: Iterable[str]) -> list[str]:
    """IGNORE_FILES patterns (fnmatch, on a file's or folder's own name) for exactly these names."""
    return sorted({glob.escape(name) for name in names})
