"""Fixture sites, built once per test session."""

import pytest

from sitebuild import FIXTURES, ROOT, build


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    """The fixture site under tests/fixtures/site, built once."""
    base = tmp_path_factory.mktemp("fixture-site")
    result = build(FIXTURES / "site" / "content", base / "output", base / "cache")
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The real content/ folder, built once."""
    base = tmp_path_factory.mktemp("demo-site")
    result = build(ROOT / "content", base / "output", base / "cache")
    assert result.returncode == 0, result.stderr
    return result
