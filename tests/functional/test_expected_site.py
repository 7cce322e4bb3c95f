"""A fresh build of the fixture site equals its committed expected output, file by file.

A change that alters the output on purpose regenerates it with `make expected-site` and commits the
difference, which the review then reads; "output unchanged" is this test passing."""

import pytest

from expected_site import EXPECTED, differences, tree


def test_the_expected_site_is_committed():
    assert EXPECTED.is_dir(), "tests/output/site is missing: run `make expected-site`"
    assert "index.html" in tree(EXPECTED)


def test_the_fixture_site_builds_exactly_the_expected_output(fixture_site):
    found = differences(EXPECTED, fixture_site.output)
    assert not found, (
        "the fixture site's output changed; if on purpose, run `make expected-site` and commit:\n"
        + "\n".join(found[:200])
    )


# The comparison itself sees every kind of difference.
@pytest.fixture
def sites(tmp_path):
    expected, built = tmp_path / "expected", tmp_path / "built"
    for folder in (expected, built):
        (folder / "evenements" / "x").mkdir(parents=True)
        (folder / "evenements" / "x" / "index.html").write_text("<p>un</p>\n<p>deux</p>\n")
        (folder / "pagefind").mkdir()
        (folder / "pagefind" / "index.pf_meta").write_bytes(b"\x00" + folder.name.encode())
    return expected, built


def test_identical_folders_have_no_difference(sites):
    assert differences(*sites) == []


@pytest.mark.parametrize(
    ("change", "wanted"),
    [
        (lambda b: (b / "evenements" / "x" / "index.html").write_text("<p>un</p>\n<p>trois</p>\n"), "changed: evenements/x/index.html"),
        (lambda b: (b / "evenements" / "x" / "index.html").unlink(), "missing: evenements/x/index.html"),
        (lambda b: (b / "nouveau.ics").write_text("BEGIN:VCALENDAR"), "unexpected: nouveau.ics"),
        (lambda b: (b / "img.png").write_bytes(b"\x89PNG\xff"), "unexpected: img.png"),
    ],
)
def test_each_kind_of_difference_is_named(sites, change, wanted):
    expected, built = sites
    change(built)
    assert wanted in differences(expected, built)


def test_a_changed_line_is_shown_as_a_diff(sites):
    expected, built = sites
    (built / "evenements" / "x" / "index.html").write_text("<p>un</p>\n<p>trois</p>\n")
    lines = differences(expected, built)
    assert "-<p>deux</p>" in lines and "+<p>trois</p>" in lines


def test_the_search_index_is_left_out(sites):
    assert differences(*sites) == []  # the two pagefind files differ in bytes
