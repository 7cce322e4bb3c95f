"""Pagefind's search index of a built site, made byte-identical from one run to the next.

Pagefind 1.5.2 keeps each filter's values in a Rust `HashMap`, whose order is random in every
process (pagefind/src/index/mod.rs: "TODO: Change filter indexes to BTree to give them a stable
hash"; upstream issue Pagefind/pagefind#638, where the maintainer says the filter and metadata
indexes still change). The values are written in that order, so a filter file's bytes, its
hashed name, the `.pf_meta` file that names it (its filters also in hash-map order) and
`pagefind-entry.json` (its languages in hash-map order too) differ at every run; words and
fragments do not. `normalize` rewrites those files in sorted order, names them as Pagefind does
(language, then the start of the SHA-1 of their bytes) and rewrites the references: same site,
same bytes. Reading the files needs only their format: gzip of `pagefind_dcd` + CBOR.
"""

import filecmp
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import cbor2

from hub_core.i18n import N_, words
from hub_core.problems import message_language

SIGNATURE = b"pagefind_dcd"
EXCLUDED = ".add-to-calendar, .subscribe, .translations"  # what every event repeats


NOTHING_TO_INDEX = "Pagefind was not able to build an index"


class SearchIndexError(Exception):
    """Pagefind failed: its last line of output."""


def run_pagefind(site: Path, exclude: str = EXCLUDED, bundle: Path | None = None) -> None:
    """Index `site` with Pagefind (the binary of the pagefind[bin] wheel) into `bundle`
    (default `site/pagefind`), then normalize it."""
    bundle = Path(bundle or site / "pagefind")
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(bundle.absolute())]
    if exclude:
        command += ["--exclude-selectors", exclude]
    result = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace", check=False)
    said = (result.stderr + "\n" + result.stdout).strip().splitlines()
    if result.returncode != 0 and any(NOTHING_TO_INDEX in line for line in said):
        # A site with no page to search (every page empty or left out): no index, not a failure;
        # the search page says it found nothing.
        shutil.rmtree(bundle, ignore_errors=True)
        return
    if result.returncode != 0:
        lines = [line.strip() for line in said if line.strip()]
        errors = [line for line in lines if line.startswith("Error")]
        raise SearchIndexError(errors[0] if errors else lines[-1] if lines else f"exit {result.returncode}")
    normalize(bundle)


def html_files(site: Path) -> dict[str, os.stat_result]:
    """The HTML files Pagefind would read (its own bundle left out), by path relative to `site`."""
    found = {}
    for folder, directories, files in os.walk(site):
        if folder == str(site):
            directories[:] = [d for d in directories if d != "pagefind"]
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                found[os.path.relpath(path, site)] = os.stat(path)
    return found


def same_pages(new: Path, old: Path) -> bool:
    """Both sites hold the same HTML files with the same bytes (a page taken from `old` is a hard
    link to its file: the same inode; a page rendered again is compared byte by byte)."""
    pages, before = html_files(new), html_files(old)
    if pages.keys() != before.keys():
        return False
    for name, info in pages.items():
        was = before[name]
        if (info.st_dev, info.st_ino) == (was.st_dev, was.st_ino):
            continue
        if info.st_size != was.st_size or not filecmp.cmp(new / name, old / name, shallow=False):
            return False
    return True


def read_packed(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise SearchIndexError(words(message_language(), N_("%(path)s : ce n'est pas un fichier de Pagefind"), path=path))
    return cbor2.loads(data[len(SIGNATURE):])


def packed(value) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), compresslevel=9, mtime=0)


def pagefind_hash(data: bytes) -> str:
    """Pagefind's `full_hash`: the SHA-1 bytes in hex, each without a leading zero."""
    return "".join(format(byte, "x") for byte in hashlib.sha1(data).digest())


def short_name(language: str, full: str, length: int, taken: set) -> str:
    """`<language>_<first characters>`, longer on a collision, as Pagefind names files."""
    name = f"{language}_{full[:length]}"
    while name in taken and length < len(full):
        length += 1
        name = f"{language}_{full[:length]}"
    return name


def normalize(bundle: Path) -> None:
    """Rewrite the filter and metadata files of a Pagefind bundle in a stable order."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in sorted(entry["languages"].items()):
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        version, pages, chunks, filters, sorts, *rest = read_packed(meta_path)  # 1.5: + meta fields
        names = set()
        stable_filters = []
        for filter_name, old_hash in sorted(filters):
            filter_path = bundle / "filter" / f"{old_hash}.pf_filter"
            name, values = read_packed(filter_path)
            body = cbor2.dumps([name, sorted(values)])
            new_hash = short_name(language, pagefind_hash(body), 7, names)
            names.add(new_hash)
            filter_path.unlink()
            (bundle / "filter" / f"{new_hash}.pf_filter").write_bytes(packed([name, sorted(values)]))
            stable_filters.append([filter_name, new_hash])
        meta = [version, pages, chunks, stable_filters, sorted(sorts), *rest]
        meta_hash = f"{language}_{pagefind_hash(cbor2.dumps(meta))[:len(language) + 8]}"
        meta_path.unlink()
        (bundle / f"pagefind.{meta_hash}.pf_meta").write_bytes(packed(meta))
        info["hash"] = meta_hash
    entry["languages"] = dict(sorted(entry["languages"].items()))
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":  # make search-index SITE=folder
    try:
        run_pagefind(Path(sys.argv[1]))
    except (SearchIndexError, OSError) as error:
        sys.exit(f"pagefind: {error}")
    print(f"{sys.argv[1]}/pagefind: index written")
