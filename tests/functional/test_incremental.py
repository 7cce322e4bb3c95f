"""An incremental build equals a fresh full build, file by file, after every kind of edit.

Each test edits a copy of the content, then builds it twice: incrementally into the output
folder of the previous build (its record in the cache), and fully into a fresh folder with
`HUB_OUTPUT["incremental"]` off. The two trees must hold the same files with the same bytes.
A page taken from the last build is a hard link to the old file: inode numbers tell which
pages were rendered, so a test also checks that the build did not simply render everything.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitebuild import FIXTURES, ROOT, build, build_command

FIXTURE = FIXTURES / "site" / "content"
INCREMENTAL = {"search_index": False, "verify": True}  # verify: no dependency changed after its page
FULL = {"search_index": False, "incremental": False}


def hub_output(options: dict) -> tuple[str]:
    return (f"HUB_OUTPUT={json.dumps(options)}",)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path, pattern: str = "*.html") -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob(pattern)}


DIGEST_FEEDS = {"infolettre/rss.xml", "infolettre/atom.xml", "en/newsletter/rss.xml", "en/newsletter/atom.xml"}  # hub_digest's


def feed_inodes(folder: Path) -> dict[str, int]:
    """hub_feeds' RSS and Atom files (not hub_digest's, always written)."""
    found = inodes(folder, "rss.xml") | inodes(folder, "atom.xml")
    return {name: inode for name, inode in found.items() if name not in DIGEST_FEEDS}


class Site:
    """A copy of some content, its output folder and cache, built incrementally."""

    def __init__(self, tmp_path: Path, source: Path, extra=(), options=None):
        self.root = tmp_path
        self.content = tmp_path / "content"
        shutil.copytree(source, self.content)
        self.output = tmp_path / "output"
        self.cache = tmp_path / "cache"
        self.extra = tuple(extra)
        self.options = options or {}  # more HUB_OUTPUT keys (workers)
        self.builds = 0
        self.rebuild()

    def rebuild(self, extra=()) -> set[str]:
        """Build incrementally; the pages it rendered (not taken from the last build)."""
        before = inodes(self.output) if self.output.exists() else {}
        calendars = inodes(self.output, "*.ics") if self.output.exists() else {}
        feeds = feed_inodes(self.output) if self.output.exists() else {}
        options = hub_output(INCREMENTAL | self.options)
        result = build(self.content, self.output, self.cache, extra=options + self.extra + tuple(extra))
        assert result.returncode == 0, result.stderr
        after = inodes(self.output)
        self.calendars = {name for name, inode in inodes(self.output, "*.ics").items() if calendars.get(name) != inode}
        self.feeds = {name for name, inode in feed_inodes(self.output).items() if feeds.get(name) != inode}
        return {page for page, inode in after.items() if before.get(page) != inode}

    def assert_same_as_full(self, extra=()) -> None:
        self.builds += 1
        full = self.root / f"full-{self.builds}"
        options = hub_output(FULL | self.options)
        result = build(self.content, full, self.root / f"cache-full-{self.builds}", extra=options + self.extra + tuple(extra))
        assert result.returncode == 0, result.stderr
        built, expected = tree(self.output), tree(full)
        assert sorted(built.keys() - expected.keys()) == [] and sorted(expected.keys() - built.keys()) == []
        assert [name for name in expected if built[name] != expected[name]] == []

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.content / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def fixture_copy(tmp_path_factory):
    return Site(tmp_path_factory.mktemp("incremental"), FIXTURE)


@pytest.mark.parametrize("workers", [0, 1], ids=["every core", "one process"])
def test_a_rebuild_without_change_renders_nothing_and_an_edit_only_what_it_touches(tmp_path, workers):
    site = Site(tmp_path, FIXTURE, options={"workers": workers})
    assert site.rebuild() == set()
    assert site.calendars == set() and inodes(site.output, "*.ics")  # every calendar taken
    assert site.feeds == set() and len(feed_inodes(site.output)) > 20  # every feed taken
    site.assert_same_as_full()
    site.edit("blog/billet-sans-resume.md", "Le second n'y est pas.", "Le second n'y est toujours pas.")
    pages = site.rebuild()
    assert "blogue/billet-sans-resume/index.html" in pages and "a-propos/index.html" not in pages
    site.assert_same_as_full()


def test_the_search_index_is_taken_when_no_page_changed(tmp_path):
    site = Site(tmp_path, FIXTURE, options={"search_index": True})
    entry = site.output / "pagefind" / "pagefind-entry.json"
    index, inode = tree(site.output / "pagefind"), entry.stat().st_ino
    assert site.rebuild() == set()
    assert entry.stat().st_ino == inode and tree(site.output / "pagefind") == index  # linked, not indexed again
    site.edit("blog/billet-sans-resume.md", "Le second n'y est pas.", "Le second n'y est toujours pas.")
    site.rebuild()
    assert entry.stat().st_ino != inode  # a page changed: Pagefind ran
    site.assert_same_as_full()


# (file, old text, new text, a page that must be rendered, a page that must be taken)
EDITS = [
    ("body text", "events/diner-a-venir-rimouski.md", "Un dîner pour les membres", "Un dîner ouvert aux membres",
     "evenements/diner-a-venir-rimouski/index.html", "blogue/billet-sans-resume/index.html"),
    ("title", "blog/billet-avec-resume.md", "title: ", "title: Nouveau titre — ",
     "blogue/index.html", "evenements/annule-rimouski/index.html"),
    ("date", "blog/billet-sans-resume.md", "date: 2026-09-01", "date: 2025-02-03",
     "blogue/billet-sans-resume/index.html", "evenements/annule-rimouski/index.html"),
    ("tags", "events/diner-a-venir-rimouski.md", "tags: [réseautage]", "tags: [réseautage, numérique]",
     "evenements/diner-a-venir-rimouski/index.html", "a-propos/index.html"),  # pages listing every tag: rendered
    ("a translation", "events/diner-a-venir-rimouski-en.md", "title: ", "title: Renamed ",
     "en/events/diner-a-venir-rimouski/index.html", "blogue/billet-sans-resume/index.html"),
    ("an event's status", "events/diner-a-venir-rimouski.md", "organizer: groupe-rimouski", "organizer: groupe-rimouski\nevent_status: postponed",
     "evenements/diner-a-venir-rimouski/index.html", "blogue/billet-sans-resume/index.html"),
    ("the organizer an event names", "directory/groupe-rimouski.md", "title: Groupe de réseautage de Rimouski", "title: Réseau d'affaires de Rimouski",
     "evenements/diner-a-venir-rimouski/index.html", None),  # its calendar's name is on the subscription lists
]

# kind of edit -> (calendars that list the event: computed, a calendar without it: taken)
CALENDARS = {
    "body text": (["calendrier.ics", "evenements/diner-a-venir-rimouski.ics", "en/regions/bas-saint-laurent/calendar.ics"],
                  "regions/montreal/calendrier.ics"),
    "a translation": (["en/events/diner-a-venir-rimouski.ics", "en/calendar.ics", "calendrier.ics"], "en/regions/montreal/calendar.ics"),
    "an event's status": (["repertoire/groupe-rimouski/calendrier.ics"], "evenements/annule-rimouski.ics"),
}

# kind of edit -> (feeds that list the item: computed, a feed without it: taken)
FEEDS = {
    "body text": (["rss.xml", "atom.xml", "evenements/rss.xml", "regions/bas-saint-laurent/atom.xml"], "blogue/rss.xml"),
    "title": (["rss.xml", "blogue/rss.xml", "blogue/atom.xml"], "evenements/rss.xml"),
    "a translation": (["en/rss.xml"], "regions/montreal/rss.xml"),
}


@pytest.mark.parametrize("kind, path, old, new, rendered, taken", EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_renders_what_it_touches_and_equals_a_full_build(fixture_copy, kind, path, old, new, rendered, taken):
    fixture_copy.edit(path, old, new)
    pages = fixture_copy.rebuild()
    assert rendered in pages
    assert taken not in pages
    if kind in CALENDARS:
        computed, kept = CALENDARS[kind]
        assert set(computed) <= fixture_copy.calendars and kept not in fixture_copy.calendars
    if kind in FEEDS:
        computed, kept = FEEDS[kind]
        assert set(computed) <= fixture_copy.feeds and kept not in fixture_copy.feeds
    assert len(pages) < len(inodes(fixture_copy.output))
    fixture_copy.assert_same_as_full()


def test_a_new_file_and_a_deleted_file(tmp_path):
    site = Site(tmp_path, FIXTURE)
    (site.content / "blog" / "nouveau-billet.md").write_text(
        "---\ntitle: Un nouveau billet\ndate: 2026-10-15\nauthor: Jean Gagnon\n---\nDu nouveau.\n", encoding="utf-8")
    pages = site.rebuild()
    assert "blogue/un-nouveau-billet/index.html" in pages and "blogue/index.html" in pages
    site.assert_same_as_full()
    (site.content / "events" / "annule-rimouski.md").unlink()
    pages = site.rebuild()
    assert not (site.output / "evenements" / "annule-rimouski").exists()
    assert "evenements/index.html" in pages
    site.assert_same_as_full()


def test_a_template_edit_and_a_setting_edit_rebuild_everything(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    site = Site(tmp_path, FIXTURE, extra=(f'THEME="{theme}"',))
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</body>", "<!-- edited --></body>", 1), encoding="utf-8")
    pages = site.rebuild()
    assert pages == set(inodes(site.output))
    assert "<!-- edited -->" in (site.output / "index.html").read_text(encoding="utf-8")
    site.assert_same_as_full()
    setting = ('SITESUBTITLE="Un autre sous-titre"',)
    pages = site.rebuild(extra=setting)
    assert pages == set(inodes(site.output))
    site.assert_same_as_full(extra=setting)


def test_a_series_part_in_a_generated_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([os.sys.executable, str(ROOT / "bench" / "generate.py"), "--count", "60", "--out", str(corpus)],
                   check=True, capture_output=True)
    posts = sorted((corpus / "blog").glob("*.md"))[:2]
    for index, post in enumerate(posts, start=1):
        text = post.read_text(encoding="utf-8")
        post.write_text(text.replace("\n---\n", f'\nseries: "Série d\'essai"\nseries_index: {index}\n---\n', 1), encoding="utf-8")
    site = Site(tmp_path / "site", corpus)
    assert site.rebuild() == set()
    second = site.content / "blog" / posts[1].name
    text = second.read_text(encoding="utf-8")
    second.write_text(re.sub(r"(?m)^title: .*$", 'title: "Deuxième partie, renommée"', text, count=1), encoding="utf-8")
    pages = site.rebuild()
    first_page = [p for p in pages if posts[0].stem in p]
    assert first_page, "the first part lists the second: it is rendered again"
    site.assert_same_as_full()
    events = sorted((site.content / "events").glob("*.md"))
    events[0].write_text(events[0].read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    pages = site.rebuild()
    assert 0 < len(pages) < len(inodes(site.output)) / 2
    site.assert_same_as_full()


def test_a_corrupt_record_means_a_full_build(tmp_path):
    site = Site(tmp_path, FIXTURE)
    [record] = (site.cache / "hub_output").glob("pages-*.json")
    for damage in ("{not json", json.dumps({"version": 1}), ""):
        record.write_text(damage, encoding="utf-8")
        assert site.rebuild() == set(inodes(site.output))
    site.assert_same_as_full()


def test_a_build_killed_midway_then_an_incremental_one_equals_a_full_build(tmp_path):
    site = Site(tmp_path, FIXTURE)
    site.edit("events/diner-a-venir-rimouski.md", "Un dîner pour les membres", "Un dîner tué en route")
    command, env = build_command(site.content, site.output, site.cache, extra=hub_output(INCREMENTAL))
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    staging = list(site.root.glob(".output.staging-*"))
    while time.monotonic() < deadline and not any(len(list(s.rglob("*.html"))) > 20 for s in staging):
        time.sleep(0.01)
        staging = list(site.root.glob(".output.staging-*"))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert staging, "the build was killed before it wrote pages"
    site.rebuild()
    assert "tué en route" in (site.output / "evenements" / "diner-a-venir-rimouski" / "index.html").read_text(encoding="utf-8")
    site.assert_same_as_full()


def test_a_page_changed_in_output_is_rendered_again(tmp_path):
    site = Site(tmp_path, FIXTURE)
    page = site.output / "blogue" / "billet-sans-resume" / "index.html"
    page.unlink()
    page.write_text("altéré", encoding="utf-8")
    pages = site.rebuild()
    assert pages == {"blogue/billet-sans-resume/index.html"}
    site.assert_same_as_full()


# --- random edits (hypothesis) ----------------------------------------------------------

WORDS = ["numérique", "Rimouski", "réseautage", "d'affaires", "été", "Québec", "café", "atelier"]
BODY_FILES = ["events/diner-a-venir-rimouski.md", "events/annule-rimouski.md", "blog/billet-sans-resume.md",
              "blog/billet-avec-resume.md", "chronicles/chronique-numerique-un.md", "directory/groupe-rimouski.md",
              "directory/incubateur-sherbrooke.md", "pages/a-propos.md", "events/diner-a-venir-rimouski-en.md"]
TITLED = [name for name in BODY_FILES if not name.endswith("-en.md")]


def random_edit(site: Site, operation: str, index: int, word: str, serial: int) -> None:
    if operation == "body":
        path = site.content / BODY_FILES[index % len(BODY_FILES)]
        path.write_text(path.read_text(encoding="utf-8") + f"\nUne phrase sur {word}.\n", encoding="utf-8")
    elif operation == "title":
        path = site.content / TITLED[index % len(TITLED)]
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^title: (.*)$", lambda m: f"title: {m.group(1)} {word}", text, count=1), encoding="utf-8")
    elif operation == "new":
        (site.content / "blog" / f"aleatoire-{serial}.md").write_text(
            f"---\ntitle: Billet {word} {serial}\nslug: aleatoire-{serial}\ndate: 2026-0{1 + index % 9}-1{index % 10}\n"
            f"tags: [{word}]\nauthor: Jean Gagnon\n---\nSur {word}.\n", encoding="utf-8")
    elif operation == "delete":
        added = sorted((site.content / "blog").glob("aleatoire-*.md"))
        if added:
            added[index % len(added)].unlink()


@pytest.fixture(scope="module")
def random_site(tmp_path_factory):
    return Site(tmp_path_factory.mktemp("random-edits"), FIXTURE)


@given(st.lists(st.tuples(st.sampled_from(["body", "title", "new", "delete"]), st.integers(0, 50), st.sampled_from(WORDS)),
                min_size=1, max_size=3))
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_edits_then_an_incremental_build_equal_a_full_build(random_site, edits):
    for serial, (operation, index, word) in enumerate(edits):
        random_edit(random_site, operation, index, word, random_site.builds * 10 + serial)
    random_site.rebuild()
    random_site.assert_same_as_full()
