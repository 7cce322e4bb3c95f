"""Key Pelican's content cache on everything a parsed item depends on.

Pelican re-reads a file only when the file changes. Our items also depend on
the places data, the images and files present (a resource's `file:`), our plugins' code and which of
them are in PLUGINS (their registered checks, hub_core.registry), a few settings and the
libraries that write the HTML (Python-Markdown, nh3: a sanitizer upgrade must
clean every body again); when any of those change, the cache must start afresh
or stale problems (or stale places) would survive.
"""

import hashlib
import os
from importlib import metadata
from pathlib import Path

from hub_core.registry import plugin_names

PLUGINS = Path(__file__).resolve().parent.parent
LIBRARIES = ("Markdown", "nh3")
SETTINGS = ("TIMEZONE", "HUB_EVENTS", "MARKDOWN", "MARKDOWN_BY_LANG", "SITEURL", "DEFAULT_LANG", "HUB_PREVIEW")


def fingerprint(settings):
    digest = hashlib.sha256()
    for name in SETTINGS:
        digest.update(repr((name, settings.get(name))).encode())
    names = plugin_names(settings.get("PLUGINS"))
    digest.update(repr(("PLUGINS", None if names is None else sorted(names))).encode())
    for library in LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}".encode())
    content = Path(settings["PATH"])
    for folder in (content / "data", content / "images", content / "files"):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            digest.update(path.relative_to(content).as_posix().encode())
            if path.suffix in (".yml", ".yaml") and path.is_file() and not path.is_symlink():  # never /dev/zero
                digest.update(path.read_bytes())
    for path in sorted(PLUGINS.glob("hub_*/**/*")):
        if path.is_file() and path.suffix in (".py", ".csv"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint_cache(pelican):
    """get_generators: point CACHE_PATH at a folder named after the fingerprint."""
    settings = pelican.settings
    base = settings.setdefault("HUB_CACHE_BASE", settings["CACHE_PATH"])
    settings["CACHE_PATH"] = os.path.join(base, fingerprint(settings))
