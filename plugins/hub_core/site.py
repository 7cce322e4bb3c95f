"""What validation needs to know about one site, built from its settings."""

import os
from collections.abc import Iterator
from pathlib import Path

from . import places, registry, terms
from .problems import Problem
from .settings import default_duration, site_timezone
from .shapes import Settings
from .validate import Site

IMAGES = "images"
FILES = "files"


def site_from_settings(settings: Settings) -> tuple[Site, list[Problem]]:
    """(Site, problems) for the content folder settings['PATH']."""
    content_path = Path(settings["PATH"])
    known_places, problems = places.load(content_path)
    english_terms, term_problems = terms.load(content_path)
    problems = problems + term_problems
    site = Site(
        places=known_places,
        timezone=site_timezone(settings),
        images=frozenset(list_images(content_path)),
        files=frozenset(list_files(content_path)),
        default_duration=default_duration(settings),
        terms=english_terms,
        plugins=registry.plugin_names(settings.get("PLUGINS")),
    )
    return site, problems


def list_images(content_path: str | os.PathLike[str]) -> Iterator[str]:
    """Paths of the files under content/images/, relative to that folder."""
    root = Path(content_path) / IMAGES
    for folder, _dirs, files in os.walk(root):
        for name in files:
            yield (Path(folder) / name).relative_to(root).as_posix()


def list_files(content_path: str | os.PathLike[str]) -> Iterator[str]:
    """Paths of the files under content/files/, relative to that folder.

    A symbolic link is never followed out of the content folder: a link to a file
    outside it, or a folder reached through a link, is left out (and so reported
    missing when a resource names it; hub_resources keeps it out of the site).
    """
    content = Path(content_path).resolve()
    root = Path(content_path) / FILES
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            if inside(path, content):
                yield path.relative_to(root).as_posix()


def inside(path: str | os.PathLike[str], content: Path) -> bool:
    """Whether `path`, links resolved, is a file inside the folder `content` (resolved)."""
    real = Path(os.path.realpath(path))
    return real.is_file() and (real == content or content in real.parents)


def shown_root(content_path: str | os.PathLike[str]) -> str:
    """The content folder's name as editors see it in messages (`content`)."""
    return Path(os.path.abspath(content_path)).name
