"""Same content and SOURCE_DATE_EPOCH: byte-identical output, cached or not."""

import shutil

from sitebuild import FIXTURES, ROOT, build


def tree(path):
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_two_builds_of_the_demo_content_are_identical(tmp_path, demo_site):
    again = build(ROOT / "content", tmp_path / "again", tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    first, second = tree(demo_site.output), tree(again.output)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_rebuild_from_a_warm_cache_is_identical(tmp_path):
    content = FIXTURES / "site" / "content"
    cold = build(content, tmp_path / "cold", tmp_path / "cache", load_cache=False)
    warm = build(content, tmp_path / "warm", tmp_path / "cache", load_cache=True)
    assert cold.returncode == 0 and warm.returncode == 0, warm.stderr
    assert tree(cold.output) == tree(warm.output)


def test_the_cache_is_dropped_when_the_places_change(tmp_path):
    """A cached item must not keep a place that the site no longer knows."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", content)
    first = build(content, tmp_path / "out", tmp_path / "cache", load_cache=True)
    assert first.returncode == 0, first.stderr
    (content / "data" / "places.yml").write_text("[]\n", encoding="utf-8")
    second = build(content, tmp_path / "out", tmp_path / "cache", load_cache=True)
    assert second.returncode != 0
    assert any("ville inconnue « Nantes »" in line for line in second.problem_lines)
