from types import SimpleNamespace
from xml.etree import ElementTree as ET

import pytest
from pelican import signals

from hub_core.settings import SettingsError
from hub_core.writer import OUTPUT_FILES, FileWriter, WriteRefused
from hub_search import sitemap

NS = {"s": sitemap.SITEMAP_NS, "x": sitemap.XHTML_NS}
PUBLIC = "https://maillage.quebec"


def page(canonical=None, alternates=(), robots=None, published=None):
    head = []
    if canonical is not None:
        head.append(f'<link rel="canonical" href="{canonical}">')
    head += [f'<link rel="alternate" hreflang="{lang}" href="{href}">' for lang, href in alternates]
    if robots:
        head.append(f'<meta name="robots" content="{robots}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    return f"<!DOCTYPE html><html><head>{''.join(head)}</head><body></body></html>"


@pytest.fixture
def output(tmp_path):
    files = {
        "index.html": page("/"),
        "404.html": page(),
        "evenements/x/index.html": page(
            "/evenements/x/", [("fr-CA", "/evenements/x/"), ("en-CA", "/en/events/x/")], published="2026-11-20"
        ),
        "en/events/x/index.html": page(
            "/en/events/x/", [("en-CA", "/en/events/x/"), ("fr-CA", "/evenements/x/")], published="2026-11-20"
        ),
        "calendrier/index.html": page("/calendrier/2026/11/"),
        "calendrier/2026/11/index.html": page("/calendrier/2026/11/"),
        "recherche/index.html": page("/recherche/", robots="noindex"),
        "apropos.html": page(),
    }
    for name, html in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(html, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("relative", "expected"),
    [("index.html", "/"), ("evenements/x/index.html", "/evenements/x/"), ("404.html", "/404.html")],
)
def test_page_path(relative, expected):
    assert sitemap.page_path(relative) == expected


@pytest.mark.parametrize(
    ("href", "siteurl", "expected"),
    [
        ("/evenements/x/", "", "/evenements/x/"),
        ("https://maillage.quebec/evenements/x/", "https://maillage.quebec", "/evenements/x/"),
        ("https://exemple.org/sous/evenements/x/", "https://exemple.org/sous", "/evenements/x/"),
        ("https://exemple.org/sous/", "https://exemple.org/sous", "/"),
        ("../y/", "", "/evenements/y/"),
    ],
)
def test_site_path_drops_the_siteurl(href, siteurl, expected):
    assert sitemap.site_path(href, "/evenements/x/", siteurl) == expected


def test_collect_lists_canonical_pages_only(output):
    entries = sitemap.collect(output, "", PUBLIC, exclude=["404.html"])
    assert [e.loc for e in entries] == [
        f"{PUBLIC}/",
        f"{PUBLIC}/apropos.html",
        f"{PUBLIC}/calendrier/2026/11/",
        f"{PUBLIC}/en/events/x/",
        f"{PUBLIC}/evenements/x/",
    ]


def test_translations_list_every_language_including_their_own(output):
    entries = {e.loc: e for e in sitemap.collect(output, "", PUBLIC + "/")}
    expected = [("en-CA", f"{PUBLIC}/en/events/x/"), ("fr-CA", f"{PUBLIC}/evenements/x/")]
    assert entries[f"{PUBLIC}/evenements/x/"].alternates == expected
    assert entries[f"{PUBLIC}/en/events/x/"].alternates == expected
    assert entries[f"{PUBLIC}/"].alternates == []
    assert entries[f"{PUBLIC}/evenements/x/"].lastmod == "2026-11-20"


def test_sitemap_xml_parses_with_namespaced_alternates(output):
    document = ET.fromstring(sitemap.sitemap_xml(sitemap.collect(output, "", PUBLIC)))
    urls = document.findall("s:url", NS)
    assert len(urls) == 6  # the 404 page is not excluded here
    event = next(u for u in urls if u.findtext("s:loc", namespaces=NS) == f"{PUBLIC}/evenements/x/")
    links = [(link.get("rel"), link.get("hreflang"), link.get("href")) for link in event.findall("x:link", NS)]
    assert links == [("alternate", "en-CA", f"{PUBLIC}/en/events/x/"), ("alternate", "fr-CA", f"{PUBLIC}/evenements/x/")]
    assert event.findtext("s:lastmod", namespaces=NS) == "2026-11-20"


def test_robots_txt_points_to_the_public_sitemap():
    lines = sitemap.robots_txt("https://maillage.quebec/").splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: https://maillage.quebec/sitemap.xml" in lines


def test_written_at_the_end_of_the_build(output):
    pelican = SimpleNamespace(
        settings={"SITEURL": "", "PUBLIC_SITEURL": PUBLIC, "HUB_SEARCH": {}}, output_path=str(output)
    )
    sitemap.write_sitemap_and_robots(pelican, FileWriter(output))
    locs = [u.findtext("s:loc", namespaces=NS) for u in ET.parse(output / "sitemap.xml").getroot()]
    assert f"{PUBLIC}/404.html" not in locs
    assert (output / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {PUBLIC}/sitemap.xml\n")


def counting_heads(monkeypatch):
    """The heads read from now on, counted."""
    read = []
    real = sitemap.read_head
    monkeypatch.setattr(sitemap, "read_head", lambda html: read.append(html) or real(html))
    return read


def test_a_page_is_read_again_only_when_its_bytes_changed(output, monkeypatch):
    known = {}
    first = sitemap.collect(output, "", PUBLIC, ["404.html"], known)
    assert sorted(known) == sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html") if p.name != "404.html")
    read = counting_heads(monkeypatch)
    assert sitemap.collect(output, "", PUBLIC, ["404.html"], known) == first
    assert read == []
    (output / "apropos.html").write_text(page(robots="noindex"), encoding="utf-8")  # now left out
    (output / "calendrier/index.html").write_text(page("/calendrier/"), encoding="utf-8")  # now its own page
    (output / "evenements/x/index.html").unlink()
    entries = sitemap.collect(output, "", PUBLIC, ["404.html"], known)
    assert len(read) == 2
    assert entries == sitemap.collect(output, "", PUBLIC, ["404.html"])
    assert [e.loc for e in entries] == [f"{PUBLIC}/", f"{PUBLIC}/calendrier/", f"{PUBLIC}/calendrier/2026/11/",
                                        f"{PUBLIC}/en/events/x/"]
    assert "evenements/x/index.html" not in known


def test_the_build_keeps_the_entries_for_the_next_one(output, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    settings = {"SITEURL": "", "PUBLIC_SITEURL": PUBLIC, "HUB_SEARCH": {}, "CACHE_PATH": str(cache)}
    pelican = SimpleNamespace(settings=settings, output_path=str(output))
    sitemap.write_sitemap_and_robots(pelican, FileWriter(output))
    first = (output / "sitemap.xml").read_bytes()
    assert (cache / sitemap.CACHE_NAME).is_file()
    (output / "sitemap.xml").unlink()
    read = counting_heads(monkeypatch)
    sitemap.write_sitemap_and_robots(pelican, FileWriter(output))
    assert read == []
    assert (output / "sitemap.xml").read_bytes() == first
    settings["PUBLIC_SITEURL"] = "https://exemple.org"  # another address: every head read again
    (output / "sitemap.xml").unlink()
    sitemap.write_sitemap_and_robots(pelican, FileWriter(output))
    assert len(read) == 7
    assert b"https://exemple.org/evenements/x/" in (output / "sitemap.xml").read_bytes()


@pytest.mark.parametrize("text", ["", "{", "[]", '{"key": "k"}', '{"key": "k", "pages": {"a.html": 3}}',
                                  '{"key": "k", "pages": {"a.html": ["d", [1]]}}', '{"key": "other", "pages": {}}'])
def test_a_cache_that_does_not_read_is_none(tmp_path, text):
    (tmp_path / "c.json").write_text(text, encoding="utf-8")
    assert sitemap.load_known(tmp_path / "c.json", "k") == {}


def test_a_cache_that_cannot_be_written_is_none(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    sitemap.save_known(tmp_path / "file" / "c.json", "k", {"a.html": ("d", None)})  # a file in the way
    assert sitemap.load_known(tmp_path / "file" / "c.json", "k") == {}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_saved_entries_load_as_they_were(tmp_path):
    known = {"a.html": ("d1", sitemap.Entry(f"{PUBLIC}/a.html", [("en-CA", "x"), ("fr-CA", "y")], "2026-11-20")),
             "b.html": ("d2", None)}
    sitemap.save_known(tmp_path / "c.json", "k", known)
    assert sitemap.load_known(tmp_path / "c.json", "k") == known


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "hub_search : 5 pages, plus que les 1 d'un seul fichier sitemap"),
    ("en", "hub_search: 5 pages, more than the 1 of one sitemap file"),
])
def test_more_pages_than_one_sitemap_holds_is_said_in_the_message_language(output, monkeypatch, caplog, lang, expected):
    monkeypatch.setenv("HUB_LANG", lang)
    monkeypatch.setattr(sitemap, "SITEMAP_LIMIT", 1)
    pelican = SimpleNamespace(settings={"SITEURL": "", "PUBLIC_SITEURL": PUBLIC, "HUB_SEARCH": {}}, output_path=str(output))
    with caplog.at_level("WARNING", logger=sitemap.log.name):
        sitemap.write_sitemap_and_robots(pelican, FileWriter(output))
    assert [record.getMessage() for record in caplog.records] == [expected]


def test_the_build_writer_refuses_a_sitemap_another_plugin_wrote(output, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    pelican = SimpleNamespace(settings={"SITEURL": "", "PUBLIC_SITEURL": PUBLIC, "HUB_SEARCH": {}}, output_path=str(output))
    files = FileWriter(output)
    files.write("sitemap.xml", b"<urlset/>", "hub_other")
    with pytest.raises(WriteRefused, match="sitemap.xml is written twice in one build: by hub_other, then by hub_search"):
        sitemap.write_sitemap_and_robots(pelican, files)


@pytest.mark.parametrize("steps, written", [
    (("generate_context", "generate_output"), True),
    (("generate_context",), False),  # a build that stopped before writing leaves no listener
])
def test_the_generator_writes_on_finalized_once(output, steps, written):
    pelican = SimpleNamespace(settings={"SITEURL": "", "PUBLIC_SITEURL": PUBLIC, "HUB_SEARCH": {}}, output_path=str(output))
    context = {}
    generator = sitemap.SitemapGenerator(context, pelican.settings, "content", "theme", str(output))
    for step in steps:
        getattr(generator, step)(*([None] if step == "generate_output" else []))
    signals.finalized.send(pelican)
    assert (output / "sitemap.xml").exists() is written
    assert context[OUTPUT_FILES].written == ({"sitemap.xml": "hub_search", "robots.txt": "hub_search"} if written else {})
    signals.finalized.send(pelican)  # no second listener: no second write refused


def test_an_unknown_setting_stops_the_build(monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    pelican = SimpleNamespace(settings={"HUB_SEARCH": {"exlude": []}})
    with pytest.raises(SettingsError, match="hub_search: Invalid 'HUB_SEARCH' key: 'exlude'"):
        sitemap.check_settings(pelican)
