import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pelican.settings import DEFAULT_CONFIG

from pelican.readers import Readers

from hub_frontmatter.reader import HubMarkdownReader, add_reader, to_metadata
from hub_core.items import read_item
from hub_core.places import builtin_places, Places
from hub_core.validate import Site

MONTREAL = ZoneInfo("America/Toronto")


@pytest.fixture
def site():
    return Site(places=Places(*builtin_places()))


@pytest.fixture
def settings(tmp_path):
    settings = dict(DEFAULT_CONFIG)
    settings.update(PATH=str(tmp_path / "content"), TIMEZONE="America/Toronto", MARKDOWN={
        "extension_configs": {"markdown.extensions.extra": {}, "hub_frontmatter.typography": {}},
        "output_format": "html5",
    })
    return settings


def metadata_of(relative, text, site, settings, html="<p>Premier.</p><p>Second.</p>"):
    return to_metadata(read_item(relative, text, site), html, settings)


def test_event_metadata(site, settings):
    text = "---\ntitle: Dîner\ndate: 2026-11-01\nstart: 2026-12-04 12:00\ntags: [a, b]\ncategory: Vie associative\nvenue: {name: Salle, city: Rimouski}\n---\nCorps\n"
    metadata = metadata_of("events/diner.md", text, site, settings)
    assert metadata["date"] == dt.datetime(2026, 11, 1, tzinfo=MONTREAL)
    assert metadata["start"] == dt.datetime(2026, 12, 4, 12, tzinfo=MONTREAL)
    assert metadata["end"] == dt.datetime(2026, 12, 4, 14, tzinfo=MONTREAL)
    assert [t.name for t in metadata["tags"]] == ["a", "b"]
    assert metadata["category"].name == "Vie associative"
    assert metadata["url"] == "evenements/diner/"
    assert metadata["save_as"] == "evenements/diner/index.html"
    assert metadata["template"] == "events/event"
    assert metadata["hub_type"] == "event"
    assert metadata["region"].slug == "bas-saint-laurent"
    assert metadata["summary"] == "Premier."


def test_written_summary_is_escaped(site, settings):
    text = '---\ntitle: Billet\ndate: 2026-11-01\nsummary: "<b>gras</b> & cie"\n---\nCorps\n'
    assert metadata_of("blog/billet.md", text, site, settings)["summary"] == "&lt;b&gt;gras&lt;/b&gt; &amp; cie"


def test_item_with_errors_keeps_a_title_and_gets_no_placeholder_date(site, settings):
    """Pelican skips it (hub_frontmatter.invalid), so no date is made up for it."""
    metadata = metadata_of("blog/sans-titre.md", "---\nslug: sans-titre\n---\nCorps\n", site, settings)
    assert metadata["title"] == "sans-titre"
    assert "date" not in metadata and "hub_order" not in metadata
    assert [p.field for p in metadata["hub_item"].problems] == ["title", "date"]


@pytest.mark.parametrize("relative", ["directory/groupe.md", "pages/a-propos.md"])
def test_directory_entries_and_pages_need_no_date(site, settings, relative):
    text = "---\ntitle: Groupe\nkind: meetup\ncity: Rimouski\n---\nCorps\n"
    assert "date" not in metadata_of(relative, text, site, settings)


def test_reader_renders_markdown_once_with_french_quotes(settings):
    content = Path(settings["PATH"]) / "blog"
    content.mkdir(parents=True)
    path = content / "billet.md"
    path.write_text('---\ntitle: Billet\ndate: 2026-11-01\n---\nUn "mot" et *un autre*.\n', encoding="utf-8")
    settings["MARKDOWN"]["extension_configs"]["hub_frontmatter.typography"] = {
        "substitutions": {"left-double-quote": "«&nbsp;", "right-double-quote": "&nbsp;»"}
    }
    html, metadata = HubMarkdownReader(settings).read(str(path))
    assert html == "<p>Un «&nbsp;mot&nbsp;» et <em>un autre</em>.</p>"
    assert metadata["hub_item"].body is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        pytest.param("fr", "<p>Un «&nbsp;mot&nbsp;» et <em>un autre</em>.</p>", id="french-guillemets"),
        pytest.param("en", "<p>Un &ldquo;mot&rdquo; et <em>un autre</em>.</p>", id="english-curly-quotes"),
    ],
)
def test_each_language_gets_its_own_quotes(settings, lang, expected):
    """MARKDOWN_BY_LANG replaces an extension's settings for one language (pelicanconf.py: English)."""
    content = Path(settings["PATH"]) / "blog"
    content.mkdir(parents=True)
    path = content / f"billet-{lang}.md"
    path.write_text(f'---\ntitle: Billet\nslug: billet\nlang: {lang}\ndate: 2026-11-01\n---\nUn "mot" et *un autre*.\n', encoding="utf-8")
    settings["MARKDOWN"]["extension_configs"]["hub_frontmatter.typography"] = {
        "substitutions": {"left-double-quote": "«&nbsp;", "right-double-quote": "&nbsp;»"}
    }
    settings["MARKDOWN_BY_LANG"] = {"en": {"hub_frontmatter.typography": {}}}
    html, _metadata = HubMarkdownReader(settings).read(str(path))
    assert html == expected


def test_reader_sanitizes_the_body_before_its_summary_is_cut(settings):
    content = Path(settings["PATH"]) / "blog"
    content.mkdir(parents=True)
    path = content / "billet.md"
    body = 'Un <img src="x" onerror="alert(1)"> et [lien](javascript:alert(1)).\n\nSuite <script>alert(1)</script>.\n'
    path.write_text(f"---\ntitle: Billet\ndate: 2026-11-01\n---\n{body}", encoding="utf-8")
    html, metadata = HubMarkdownReader(settings).read(str(path))
    assert html == '<p>Un <img src="x"> et <a>lien</a>.</p>\n<p>Suite .</p>'
    assert metadata["summary"] == 'Un <img src="x"> et <a>lien</a>.'


def test_default_summary_is_cleaned_again_after_the_cut(site, settings):
    """The first paragraph is found with a regular expression: what it cuts is cleaned too, so a
    "<p>" written inside an attribute can never carry markup out, whatever HTML it is given."""
    text = "---\ntitle: Billet\ndate: 2026-11-01\n---\nCorps\n"
    html = '<div title="<p><img src=x onerror=alert(1)></p>">Bloc</div><p>Premier.</p>'
    assert metadata_of("blog/billet.md", text, site, settings, html=html)["summary"] == '<img src="x">'


def test_only_markdown_in_any_case_and_static_files_are_read(tmp_path):
    """Pelican's HTML and reStructuredText readers are gone: a `.rst` in content/blog is never read."""
    readers = Readers({**DEFAULT_CONFIG, "PATH": str(tmp_path), "CACHE_PATH": str(tmp_path / "cache")})
    add_reader(readers)
    assert sorted(readers.reader_classes) == ["MD", "Md", "mD", "md", "static"]
    assert {readers.reader_classes[e] for e in ("md", "MD", "Md", "mD")} == {HubMarkdownReader}
