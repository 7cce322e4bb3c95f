"""hub_core.compress: .gz and .br next to every text file, the same bytes for the
same input (deterministic), only when smaller."""

import gzip

import brotli
import pytest

from hub_core import compress

PAGE = ("<!doctype html><title>Événements</title>" + "<p>Dîner réseautage à Rimouski</p>" * 200).encode()


@pytest.fixture()
def site(tmp_path):
    files = {
        "index.html": PAGE,
        "evenements/diner.ics": b"BEGIN:VCALENDAR\r\n" + b"X-WR-CALNAME:maillage\r\n" * 100 + b"END:VCALENDAR\r\n",
        "theme/css/site.css": b"body { margin: 0 }\n" * 100,
        "feed.xsl": b"<xsl:stylesheet/>" * 50,
        "regions.geojson": b'{"type": "FeatureCollection", "features": []}' * 40,
        "robots.txt": b"User-agent: *\n",  # too small: compressing would not help
        "images/photo.png": b"\x89PNG" + bytes(2000),  # not text
    }
    for name, data in files.items():
        path = tmp_path / "output" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return tmp_path / "output"


def test_every_text_file_gets_both_copies_when_smaller(site):
    files, written = compress.compress_tree(site)
    assert files == 6
    names = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.suffix in (".gz", ".br"))
    assert names == sorted(
        f"{name}{suffix}"
        for name in ("index.html", "evenements/diner.ics", "theme/css/site.css", "feed.xsl", "regions.geojson")
        for suffix in (".gz", ".br")
    )
    assert written == 10


def test_copies_decompress_to_the_original(site):
    compress.compress_tree(site)
    copies = sorted(site.rglob("*.gz")) + sorted(site.rglob("*.br"))
    assert len(copies) == 10  # both copies of the five text files large enough (see above)
    for copy in copies:
        original = copy.with_suffix("").read_bytes()
        unpacked = gzip.decompress(copy.read_bytes()) if copy.suffix == ".gz" else brotli.decompress(copy.read_bytes())
        assert unpacked == original, copy.relative_to(site)


def test_same_bytes_every_time_and_no_name_or_time_in_gzip(site, tmp_path):
    assert compress.gzip_bytes(PAGE) == compress.gzip_bytes(PAGE)
    header = compress.gzip_bytes(PAGE)[:10]
    assert header[4:8] == b"\x00\x00\x00\x00"  # MTIME 0
    assert header[3] & 0x08 == 0  # no FNAME
    assert compress.brotli_bytes(PAGE) == compress.brotli_bytes(PAGE)


def test_running_twice_changes_nothing(site):
    compress.compress_tree(site)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in site.rglob("*.gz")}
    compress.compress_tree(site)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in site.rglob("*.gz")} == before


def test_a_stale_copy_is_removed_when_no_longer_smaller(site):
    compress.compress_tree(site)
    (site / "index.html").write_bytes(b"<p>x</p>")
    compress.compress_tree(site)
    assert not (site / "index.html.gz").exists() and not (site / "index.html.br").exists()


@pytest.mark.parametrize("suffix", [".html", ".css", ".js", ".xml", ".ics", ".json", ".geojson", ".svg", ".xsl", ".txt"])
def test_text_suffixes(suffix):
    assert suffix in compress.TEXT_SUFFIXES
