"""hub_output.pagefind: the filter and metadata files of a Pagefind bundle, whatever order
Pagefind wrote their values in, are rewritten to the same bytes and the same names."""

import json
import os
import subprocess

import pytest

from hub_output import pagefind

ORDERS = [
    # (order of the filters in the metadata, order of the values in each filter, order of the languages)
    (["Type", "Région"], {"Type": ["Page", "Blogue", "Événement"], "Région": ["Estrie", "Bas-Saint-Laurent"]}, ["fr-ca", "en-ca"]),
    (["Région", "Type"], {"Type": ["Événement", "Page", "Blogue"], "Région": ["Bas-Saint-Laurent", "Estrie"]}, ["en-ca", "fr-ca"]),
]
PAGES = {"Page": [3, 12], "Blogue": [0, 1], "Événement": [4, 5, 6], "Estrie": [4], "Bas-Saint-Laurent": [5, 6]}


def write_bundle(bundle, filter_order, value_order, languages):
    """A bundle as Pagefind 1.5 writes one, with hash-map orders given."""
    (bundle / "filter").mkdir(parents=True)
    entry = {"version": "1.5.2", "languages": {}, "include_characters": ["_", "‿"]}
    for language in languages:
        filters = []
        for name in filter_order:
            body = [name, [[value, PAGES[value]] for value in value_order[name]]]
            filter_hash = f"{language}_{pagefind.pagefind_hash(repr(body).encode())[:7]}"
            (bundle / "filter" / f"{filter_hash}.pf_filter").write_bytes(pagefind.packed(body))
            filters.append([name, filter_hash])
        meta = ["1.5.2", [[f"{language}_abc", 240]], [["1", "zoom", f"{language}_idx"]], filters, [], ["image", "title"]]
        meta_hash = f"{language}_{pagefind.pagefind_hash(repr(meta).encode())[:13]}"
        (bundle / f"pagefind.{meta_hash}.pf_meta").write_bytes(pagefind.packed(meta))
        entry["languages"][language] = {"hash": meta_hash, "wasm": language, "page_count": 2}
    (bundle / "pagefind-entry.json").write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")


def files(bundle):
    return {p.relative_to(bundle).as_posix(): p.read_bytes() for p in sorted(bundle.rglob("*")) if p.is_file()}


def test_two_hash_map_orders_give_the_same_bytes_and_names(tmp_path):
    bundles = []
    for number, order in enumerate(ORDERS):
        bundle = tmp_path / str(number) / "pagefind"
        write_bundle(bundle, *order)
        pagefind.normalize(bundle)
        bundles.append(files(bundle))
    assert bundles[0] == bundles[1]


def test_values_are_sorted_and_every_reference_points_to_a_file(tmp_path):
    bundle = tmp_path / "pagefind"
    write_bundle(bundle, *ORDERS[0])
    pagefind.normalize(bundle)
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["en-ca", "fr-ca"]
    for language, info in entry["languages"].items():
        meta = pagefind.read_packed(bundle / f"pagefind.{info['hash']}.pf_meta")
        assert info["hash"] == f"{language}_" + pagefind.pagefind_hash(pagefind.cbor2.dumps(meta))[:len(language) + 8]
        assert [name for name, _hash in meta[3]] == ["Région", "Type"]
        assert meta[5] == ["image", "title"]  # fields Pagefind added in 1.5 are kept
        for name, filter_hash in meta[3]:
            stored_name, values = pagefind.read_packed(bundle / "filter" / f"{filter_hash}.pf_filter")
            assert stored_name == name
            assert [value for value, _pages in values] == sorted(value for value, _pages in values)
    assert len(list((bundle / "filter").iterdir())) == 4  # the old files are gone
    assert len(list(bundle.glob("*.pf_meta"))) == 2


@pytest.mark.parametrize(("data", "expected"), [(b"", "da39a3ee5e6b4bd3255bfef95601890afd879"), (b"abc", "a9993e36476816aba3e25717850c26c9cd0d89d")])
def test_pagefind_hash_writes_each_byte_without_its_leading_zero(data, expected):
    assert pagefind.pagefind_hash(data) == expected


def test_a_file_that_is_not_pagefinds_is_refused(tmp_path):
    path = tmp_path / "x.pf_meta"
    path.write_bytes(pagefind.gzip.compress(b"other"))
    with pytest.raises(pagefind.SearchIndexError):
        pagefind.read_packed(path)


def test_a_site_with_nothing_to_search_gets_no_index_and_no_error(tmp_path):
    """Pagefind stops with an error when no page carries data-pagefind-body (a site whose only
    page is empty): the build goes on without an index (found by hypothesis in the build tests)."""
    (tmp_path / "index.html").write_text('<html><body><main data-pagefind-body></main><p data-pagefind-body hidden>.</p></body></html>', encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><div data-pagefind-body></div></body></html>", encoding="utf-8")
    pagefind.run_pagefind(tmp_path)
    assert not (tmp_path / "pagefind").exists()


def test_a_real_pagefind_failure_is_said_with_its_error_line(tmp_path, monkeypatch):
    """Pagefind prints its summary on stdout and its error on stderr: the error is what is said."""
    said = subprocess.CompletedProcess([], 1, stdout="Total:\n  Indexed 0 sorts\n", stderr="Error: No space left on device (os error 28)\n")
    monkeypatch.setattr(pagefind.subprocess, "run", lambda *args, **kwargs: said)
    with pytest.raises(pagefind.SearchIndexError, match=r"^Error: No space left on device \(os error 28\)$"):
        pagefind.run_pagefind(tmp_path)


def two_sites(tmp_path):
    """`old` and `new`: new/a.html a hard link to old's, new/b/index.html a copy, a style sheet."""
    old, new = tmp_path / "old", tmp_path / "new"
    for site in (old, new):
        (site / "b").mkdir(parents=True)
    (old / "a.html").write_text("<p>a</p>", encoding="utf-8")
    os.link(old / "a.html", new / "a.html")
    for site in (old, new):
        (site / "b" / "index.html").write_text("<p>b</p>", encoding="utf-8")
        (site / "style.css").write_text(f"/* {site.name} */", encoding="utf-8")
    (old / "pagefind").mkdir()
    (old / "pagefind" / "index.html").write_text("Pagefind's own", encoding="utf-8")
    return old, new


# (what is done to the new site, same pages as the old one?)
CHANGES = [
    ("nothing", lambda new: None, True),
    ("a file that is not HTML", lambda new: (new / "style.css").write_text("changed", encoding="utf-8"), True),
    ("one byte of a copied page", lambda new: (new / "b" / "index.html").write_text("<p>c</p>", encoding="utf-8"), False),
    ("a page rendered again, longer", lambda new: relinked(new / "a.html", "<p>aa</p>"), False),
    ("a new page", lambda new: (new / "c.html").write_text("<p>c</p>", encoding="utf-8"), False),
    ("a page removed", lambda new: (new / "b" / "index.html").unlink(), False),
]


def relinked(path, text):
    path.unlink()
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("change, same", [(c[1], c[2]) for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_same_pages_compares_the_html_files_outside_pagefinds_bundle(tmp_path, change, same):
    old, new = two_sites(tmp_path)
    change(new)
    assert pagefind.same_pages(new, old) is same
