"""The fingerprint of a whole build: what every page depends on without naming it.

The code (every file under plugins/), the installed packages and Python's version, the theme
(templates, translations, static files), the settings (all of them but OUTPUT_PATH, which is the
staging folder of each run, and DEBUG, PORT, BIND and the preview's HUB_PREVIEW_FIRST and
HUB_PREVIEW_OVERLAY, which do not reach the site), SOURCE_DATE_EPOCH, and the content's data files (content/data/).
Another value of any of them and the build is a full one.

"Now" without SOURCE_DATE_EPOCH is the clock, another value at every build: it is not part of
the fingerprint, because no template reads it (HUB_NOW). What the plugins derive from it (which
events are coming, an event's status, a digest's weeks) is in the context and on the content
objects, which the pages' own dependencies cover (dependencies.py).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from .fingerprint import fingerprint

PLUGINS = Path(__file__).resolve().parents[1]
# Settings that do not reach the site: the staging folder of this run, `pelican -D` (logging),
# the preview server's address, and what the preview tells each rebuild (the files to render
# first, the overlay folder: hub_core.rebuilds).
VARYING_SETTINGS = ("OUTPUT_PATH", "DEBUG", "PORT", "BIND", "HUB_PREVIEW_FIRST", "HUB_PREVIEW_OVERLAY")


def build_fingerprint(settings: Mapping, environ: Mapping[str, str] = os.environ) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"python {sys.version}\n".encode())
    for name in installed_packages():
        digest.update(f"package {name}\n".encode())
    digest.update(f"epoch {environ.get('SOURCE_DATE_EPOCH', '').strip()}\n".encode())
    digest.update(f"settings {settings_fingerprint(settings)}\n".encode())
    folders = {"plugins": PLUGINS}
    if settings.get("THEME"):
        folders["theme"] = Path(settings["THEME"])
    if settings.get("PATH"):
        folders["data"] = Path(settings["PATH"]) / "data"
    for label, folder in folders.items():
        digest.update(f"{label} {tree_fingerprint(folder)}\n".encode())
    return digest.hexdigest()


def settings_fingerprint(settings: Mapping) -> str:
    kept = {key: value for key, value in settings.items() if key not in VARYING_SETTINGS}
    return fingerprint(kept, lenient=True)


def installed_packages() -> list[str]:
    """The installed distributions, by the name of their metadata folder on the import path
    (`Jinja2-3.1.6.dist-info`: name and version), as importlib.metadata finds them, without
    reading each one's METADATA (a hundred files parsed: 20 ms of every build)."""
    found = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # not a folder (a zip file), or gone
            continue
        found.update(name for name in names if name.endswith((".dist-info", ".egg-info")))
    return sorted(found)


def tree_fingerprint(folder: Path) -> str:
    """Every file under `folder` (names and bytes), compiled Python left out; absent: empty."""
    digest = hashlib.blake2b(digest_size=16)
    if not folder.is_dir():
        return digest.hexdigest()
    paths = []
    for root, directories, files in os.walk(folder):
        directories[:] = sorted(d for d in directories if d != "__pycache__")
        paths.extend(Path(root, name) for name in files if not name.endswith((".pyc", ".pyo")))
    for path in sorted(paths):
        data = path.read_bytes()
        name = path.relative_to(folder).as_posix().encode()
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()
