"""The demo site as `make build` makes it (Pelican, then Pagefind), served on 127.0.0.1 and
opened in Debian's Chromium through Playwright. Screenshots of failed tests go to artifacts/.

Never `playwright install`: it downloads a browser, which this project's machines cannot do.
"""

import functools
import http.server
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from sitebuild import ROOT, build

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
NODE_MODULES = ROOT / "tests" / "js" / "node_modules"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
EVENT_PAGE = re.compile(r"^/evenements/(?!archives/)[^/]+/$")

# The search page and hub_search are registered in pelicanconf.py; added here only when missing,
# so these tests run the same either way (test_search.py checks that pelicanconf.py has them).
SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
import hub_search
if hub_search not in PLUGINS:
    PLUGINS = [*PLUGINS, hub_search]
if "search" not in DIRECT_TEMPLATES:
    DIRECT_TEMPLATES = [*DIRECT_TEMPLATES, "search"]
    SEARCH_SAVE_AS = "recherche/index.html"
SITEURL = {siteurl!r}
"""


def build_with_search(base, siteurl=""):
    """Build content/ into base/output like `make build`: Pelican, then Pagefind, in one build."""
    settings = base / "searchconf.py"
    settings.write_text(SETTINGS.format(root=str(ROOT), siteurl=siteurl), encoding="utf-8")
    result = build(ROOT / "content", base / "output", base / "cache", settings=str(settings))
    assert result.returncode == 0, result.stderr
    assert (result.output / "pagefind" / "pagefind-entry.json").is_file()  # plugins/hub_output
    return result


@pytest.fixture(scope="session")
def search_site(tmp_path_factory):
    """The demo content built with search, SITEURL = "" (served over HTTP)."""
    return build_with_search(tmp_path_factory.mktemp("search-site"))


@pytest.fixture(scope="session")
def file_site():
    """The demo content built with SITEURL = file://…, for linkchecker over file://.

    linkchecker drops to user `nobody` when run as root, so this one lives in a world-readable
    folder of /tmp (pytest's own temporary folders are private).
    """
    base = Path(tempfile.mkdtemp(prefix="maillage-links-"))
    os.chmod(base, 0o755)
    try:
        yield build_with_search(base, siteurl=(base / "output").as_uri())
    finally:
        shutil.rmtree(base, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".ics": "text/calendar; charset=utf-8",
        ".wasm": "application/wasm",
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_filter": "application/octet-stream",
    }

    def list_directory(self, path):
        """A folder without index.html is a missing page (404), as on the host, not a listing."""
        self.send_error(404)
        return None

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


@pytest.fixture(scope="session")
def server(search_site):
    """http://127.0.0.1:<port> serving the built site, for the whole session."""
    handler = functools.partial(QuietHandler, directory=str(search_site.output))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield SimpleNamespace(url=f"http://127.0.0.1:{httpd.server_address[1]}", output=search_site.output)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def site_pages(search_site):
    """Address of each kind of page checked in the browser, found in the build (None if absent)."""
    output = search_site.output

    def first(pattern):
        found = sorted(output.glob(pattern))
        return "/" + found[0].parent.relative_to(output).as_posix() + "/" if found else None

    def last(pattern):  # the newest weekly digest (their folders sort by year and week)
        found = sorted(output.glob(pattern))
        return "/" + found[-1].parent.relative_to(output).as_posix() + "/" if found else None

    def past_conference():
        """A past event page with its exhibitors' grid and what remains of it (hub_resources)."""
        for path in sorted(output.glob("evenements/*/index.html")):
            page = path.read_text(encoding="utf-8")
            if 'class="cards exhibitors"' in page and 'class="remains"' in page:
                return "/" + path.parent.relative_to(output).as_posix() + "/"
        return None

    home = BeautifulSoup((output / "index.html").read_text(encoding="utf-8"), "html.parser")
    events = [a["href"] for a in home.select("main a[href]") if EVENT_PAGE.match(a["href"])]
    return {
        "home": "/",
        "event": events[0] if events else None,
        "month": "/calendrier/",
        "events": "/evenements/",
        "archives": "/evenements/archives/",
        "regions": "/regions/",
        "region": first("regions/*/index.html"),
        "series": first("series/*/index.html"),
        "post": first("blogue/*/index.html"),
        "mission": first("missions/*/index.html"),
        "directory": "/repertoire/",
        "search": "/recherche/",
        "resources": "/ressources/",
        "resources_filter": first("ressources/type/*/index.html"),
        "past_conference": past_conference(),
        "en_home": "/en/",
        "en_month": "/en/calendar/",
        "en_region": first("en/regions/*/index.html"),
        "en_directory": "/en/directory/",
        "en_search": "/en/search/",
        "digest": last("infolettre/*/index.html"),
        "digest_index": "/infolettre/",
        "en_digest": last("en/newsletter/*/index.html"),
        "en_resources": "/en/resources/",
    }


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures know whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def open_page(browser, server, request):
    """`open_page(path, width=1280, scheme="light", javascript=True, on_request=None)` -> a loaded
    Playwright page; the address must answer 200 (a page the build stopped writing fails the test).
    `on_request(request)` is called for every request the page makes, from the first one.

    A failed test leaves a full-page screenshot of every page it opened in tests/browser/artifacts/.
    """
    opened = []

    def open_(path, width=1280, scheme="light", javascript=True, on_request=None):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript, locale="fr-CA"
        )
        page = context.new_page()
        opened.append((context, page))
        if on_request is not None:
            page.on("request", on_request)  # before navigation: the page's own loads are seen too
        page.emulate_media(color_scheme=scheme)
        response = page.goto(server.url + path)
        assert response is not None and response.status == 200, f"{path}: HTTP {response and response.status}"
        return page

    yield open_
    report = getattr(request.node, "report_call", None)
    failed = report is not None and report.failed
    for number, (context, page) in enumerate(opened):
        if failed:
            ARTIFACTS.mkdir(exist_ok=True)
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid.split("::", 1)[-1])
            try:
                page.screenshot(path=str(ARTIFACTS / f"{name}-{number}.png"), full_page=True)
            except Exception as error:  # a crashed page must not hide the test's own failure
                print(f"screenshot of {page.url} failed: {error}")
        context.close()
