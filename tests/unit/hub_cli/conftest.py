"""Shared fixtures of the hub_cli tests: a Site to validate against and Click's runner
(`write_tree` is tests/unit/conftest.py's)."""

import locale

import pytest
from click.testing import CliRunner

from hub_core import places
from hub_core.validate import Site

EPOCH = "1795435200"  # 2026-11-23 12:00 UTC, as in tests/sitebuild.py


@pytest.fixture(scope="session")
def site():
    regions, municipalities = places.builtin_places()
    return Site(places=places.Places(regions, municipalities), timezone="America/Toronto")


@pytest.fixture()
def runner(monkeypatch):
    """A CliRunner in French, with a fixed "now", whatever the machine's locale."""
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return CliRunner()


@pytest.fixture(autouse=True)
def keep_the_process_locale():
    """Reading a Pelican settings file sets the process locale (LOCALE); put it back."""
    saved = locale.setlocale(locale.LC_ALL)
    yield
    locale.setlocale(locale.LC_ALL, saved)
