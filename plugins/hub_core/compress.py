"""Precompress a built site for static hosts: `hub compress output`.

Next to every text file (`page.html`) it writes `page.html.gz` (gzip, level 9)
and `page.html.br` (brotli, quality 11), which hosts such as nginx
(`gzip_static`, `brotli_static`), Caddy (`precompressed`) or Netlify serve to
browsers that accept them. The bytes depend only on the file's bytes (gzip's
time stamp is 0 and it names no file), so two builds of the same content give
the same compressed files, and a sync to the host sends only what changed.
A compressed copy that would not be smaller is not written.
"""

import gzip
import io
import os
from pathlib import Path

import brotli

TEXT_SUFFIXES = (".html", ".css", ".js", ".xml", ".ics", ".json", ".geojson", ".svg", ".xsl", ".txt")
ENCODINGS = (".gz", ".br")


def gzip_bytes(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buffer, mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


def brotli_bytes(data: bytes) -> bytes:
    packed: bytes = brotli.compress(data, mode=brotli.MODE_TEXT, quality=11)
    return packed


def text_files(output: str | os.PathLike[str]) -> list[Path]:
    """The files to compress under `output`, in a stable order."""
    return sorted(p for p in Path(output).rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


def compress_file(path: str | os.PathLike[str]) -> int:
    """Write the .gz and .br of one file; the number of files written."""
    path = Path(path)
    data = path.read_bytes()
    written = 0
    for suffix, packed in ((".gz", gzip_bytes(data)), (".br", brotli_bytes(data))):
        target = path.with_name(path.name + suffix)
        if len(packed) < len(data):
            if not target.exists() or target.read_bytes() != packed:
                target.write_bytes(packed)
            written += 1
        elif target.exists():
            target.unlink()  # a stale copy of an older, larger version
    return written


def compress_tree(output: str | os.PathLike[str]) -> tuple[int, int]:
    """Compress every text file under `output`; (files read, compressed copies present)."""
    files = text_files(output)
    return len(files), sum(compress_file(p) for p in files)
