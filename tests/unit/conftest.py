"""Shared fixtures of the unit tests of hub_core and of the checks plugins register with it
(hub_core.registry): the places a site knows, a Site to validate against, and a writer of
small content trees under tmp_path."""

from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG

from hub_core import places
from hub_core.validate import Site

# A site's own places (content/data/places.yml), as an editor would write them.
SITE_PLACES_YML = """\
- name: Nantes
  country: FR
  latitude: 47.2184
  longitude: -1.5536
- name: Angers
  country: FR
  latitude: 47.4784
  longitude: -0.5632
- name: Toronto
  country: CA
  latitude: 43.6532
  longitude: -79.3832
"""

# Images present under content/images/ for validation tests.
IMAGES = frozenset({"affiche.jpg", "evenements/salle.jpg"})


@pytest.fixture(scope="session")
def builtin_places():
    """The places shipped with hub_core, nothing added."""
    regions, municipalities = places.builtin_places()
    return places.Places(regions, municipalities)


@pytest.fixture(scope="session")
def site_places(tmp_path_factory):
    """The shipped places plus Nantes, Angers (FR) and Toronto (CA, outside Quebec)."""
    content = tmp_path_factory.mktemp("site") / "content"
    (content / "data").mkdir(parents=True)
    (content / "data" / "places.yml").write_text(SITE_PLACES_YML, encoding="utf-8")
    known, problems = places.load(content)
    assert problems == []
    return known


@pytest.fixture()
def site(site_places):
    """A site in America/Toronto with two images and a 120-minute default duration."""
    return Site(places=site_places, timezone="America/Toronto", images=IMAGES, default_duration=120)


@pytest.fixture()
def write_tree(tmp_path):
    """write_tree({"events/a.md": text, ...}) -> the content folder (named `content`)."""

    def write(files):
        root = Path(tmp_path) / "content"
        root.mkdir(exist_ok=True)
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text, encoding="utf-8")
        return root

    return write


@pytest.fixture(scope="session")
def pelican_cache(tmp_path_factory):
    return str(tmp_path_factory.mktemp("pelican-cache"))


@pytest.fixture(autouse=True)
def cache_outside_the_repository(monkeypatch, pelican_cache):
    """Generators made from Pelican's DEFAULT_CONFIG get a CACHE_PATH under the tests' temporary
    folder: its default is `cache` in the working directory, where hub_site's compiled templates
    (a generator_init receiver once a build in this process registered the plugins) would write
    `cache/templates/` into the repository."""
    monkeypatch.setitem(DEFAULT_CONFIG, "CACHE_PATH", pelican_cache)
