"""sitemap.xml (with hreflang alternates) and robots.txt, made from the pages that were written.

The sitemap lists what the build wrote, so it is made once every generator has written its pages
(`finalized`), from each page's own <head>: its canonical link decides whether it is listed (a
page whose canonical address is another page, like /calendrier/ for the current month, is not)
and its `<link rel="alternate" hreflang>` give the alternates. Page and sitemap cannot disagree.
Both files go through the build's `hub_core.writer.FileWriter`, which `SitemapGenerator` takes
from the build's context: Pelican's `finalized` carries only the Pelican object.

What each page gives the sitemap is kept in `CACHE_PATH/sitemap-pages.json`, by the page's path
and the sha256 of its bytes: the next build reads the head of a page again only when its bytes
changed (an incremental build takes most pages unchanged from the last one). The cache is that of
one site address and of this code; anything else, unreadable or not there, and every head is read.
"""

import fnmatch
import hashlib
import json
import logging
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from pelican import signals

from hub_core.i18n import N_
from hub_core.settings import plugin_settings, say
from hub_core.writer import FileWriter, file_writer

from .heads import read_head

log = logging.getLogger(__name__)

DEFAULTS = {
    "exclude": ["404.html"],  # output paths (globs) never listed in the sitemap
}
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SITEMAP_LIMIT = 50_000  # URLs in one sitemap file (sitemaps.org protocol)
CACHE_NAME = "sitemap-pages.json"  # under CACHE_PATH: {path: [sha256, entry or null]} of the last build


@dataclass
class Entry:
    loc: str
    alternates: list  # (hreflang, absolute href), sorted; empty when the page has no translation
    lastmod: str | None


def page_path(relative):
    """Site path of an output file: `evenements/x/index.html` -> `/evenements/x/`."""
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative[: -len("index.html")]
    return "/" + relative


def site_path(href, page, siteurl):
    """The site path an href of `page` points to, without the SITEURL prefix: `/evenements/x/`."""
    base = urlsplit(siteurl).path.rstrip("/")  # "" or "/sub" when the site is not at the root
    path = urlsplit(urljoin(base + page, href)).path
    if base and (path == base or path.startswith(base + "/")):
        path = path[len(base):] or "/"
    return path


def collect(output, siteurl, public, exclude=(), known=None):
    """Sitemap entries of every HTML page in `output`, in order of address (the home page first).
    `known`: {path: (sha256, Entry or None)} of pages read before, read again only when their
    bytes changed; it is replaced by those of `output`'s pages."""
    public = public.rstrip("/")
    entries = []
    before = dict(known or {})
    if known is not None:
        known.clear()
    for file in Path(output).rglob("*.html"):
        relative = file.relative_to(output).as_posix()
        if any(fnmatch.fnmatchcase(relative, pattern) for pattern in exclude):
            continue
        data = file.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        seen = before.get(relative)
        entry = seen[1] if seen is not None and seen[0] == digest else page_entry(relative, data, siteurl, public)
        if known is not None:
            known[relative] = (digest, entry)
        if entry is not None:
            entries.append(entry)
    return sorted(entries, key=lambda entry: entry.loc)


def page_entry(relative, data, siteurl, public):
    """The sitemap entry of the page at `relative`, from its bytes; None when it is not listed."""
    head = read_head(data.decode("utf-8"))
    page = page_path(relative)
    if head.noindex:
        return None
    if head.canonical is not None and site_path(head.canonical, page, siteurl) != page:
        return None  # a duplicate: its canonical page is listed on its own
    alternates = sorted({(lang, public + site_path(href, page, siteurl)) for lang, href in head.alternates})
    if len(alternates) < 2:
        alternates = []  # a page alone in its language has no alternates to declare
    return Entry(public + page, alternates, head.modified)


def cache_key(siteurl, public, exclude):
    """What the cached entries were made with: the addresses, the exclusions and this code."""
    digest = hashlib.sha256(json.dumps([siteurl, public, list(exclude)]).encode())
    for module in ("sitemap.py", "heads.py"):
        digest.update(Path(__file__).with_name(module).read_bytes())
    return digest.hexdigest()


def load_known(path, key):
    """The cached entries, when they were made with `key`; else none."""
    try:
        cached = json.loads(Path(path).read_text(encoding="utf-8"))
        if cached["key"] != key:
            return {}
        return {relative: (digest, None if entry is None else Entry(entry[0], [tuple(a) for a in entry[1]], entry[2]))
                for relative, (digest, entry) in cached["pages"].items()}
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}


def save_known(path, key, known):
    """The entries for the next build (replaced in one step; a cache that cannot be written is none)."""
    pages = {relative: [digest, None if entry is None else [entry.loc, entry.alternates, entry.lastmod]]
             for relative, (digest, entry) in sorted(known.items())}
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(temporary).write_text(json.dumps({"key": key, "pages": pages}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def sitemap_xml(entries):
    """The sitemap document (bytes), `xhtml:link` alternates as Google documents them."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod
        for lang, href in entry.alternates:
            ET.SubElement(url, f"{{{XHTML_NS}}}link", {"rel": "alternate", "hreflang": lang, "href": href})
    ET.indent(urlset)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(urlset, encoding="utf-8") + b"\n"


def robots_txt(public):
    """robots.txt: everything may be crawled; the sitemap's absolute address."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {public.rstrip('/')}/sitemap.xml\n"


def check_settings(pelican):
    """initialized: a wrong HUB_SEARCH key stops the build before anything is read."""
    plugin_settings(pelican.settings, "HUB_SEARCH", DEFAULTS)


def write_sitemap_and_robots(pelican, files: FileWriter) -> None:
    """sitemap.xml and robots.txt at the root of the output, through the build's writer."""
    settings = pelican.settings
    options = plugin_settings(settings, "HUB_SEARCH", DEFAULTS)
    output = Path(pelican.output_path)
    siteurl = settings.get("SITEURL", "")
    public = settings.get("PUBLIC_SITEURL") or siteurl
    cache = os.path.join(settings["CACHE_PATH"], CACHE_NAME) if settings.get("CACHE_PATH") else None
    key = cache_key(siteurl, public, options["exclude"])
    known = load_known(cache, key) if cache else {}
    entries = collect(output, siteurl, public, options["exclude"], known)
    if cache:
        save_known(cache, key, known)
    if len(entries) > SITEMAP_LIMIT:
        log.warning("%s", say(N_("hub_search : %(count)d pages, plus que les %(limit)d d'un seul fichier sitemap"),
                              count=len(entries), limit=SITEMAP_LIMIT))
    files.write("sitemap.xml", sitemap_xml(entries), "hub_search")
    files.write("robots.txt", robots_txt(public).encode("utf-8"), "hub_search")


class SitemapGenerator:
    """Holds the build's FileWriter until `finalized`, when every page is written.

    A plain class (Pelican only calls the methods it has): it takes the writer from the context in
    generate_context, then listens to `finalized` from generate_output on (a build that failed
    earlier leaves no listener behind) and stops listening once it has written.
    """

    def __init__(self, context, settings, path, theme, output_path, **_):
        self.context = context
        self.output_path = output_path

    def generate_context(self):
        self.output_files = file_writer(self.context, self.output_path)

    def generate_output(self, _writer):
        signals.finalized.connect(self.finalized)  # weak: gone with this build's generators

    def finalized(self, pelican):
        signals.finalized.disconnect(self.finalized)
        write_sitemap_and_robots(pelican, self.output_files)


def get_generators(_pelican):
    return SitemapGenerator
