"""Fixture sites, built once per test session."""

import pytest

from sitebuild import FIXTURES, ROOT, build_once


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    """The fixture site under tests/fixtures/site, built once."""
    return build_once(tmp_path_factory, FIXTURES / "site" / "content", "fixture-site")


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The real content/ folder, built once."""
    return build_once(tmp_path_factory, ROOT / "content", "demo-site")
