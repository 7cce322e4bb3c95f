"""No broken internal link or anchor in the whole output: linkchecker over file:// with its
AnchorCheck plugin, and every anchor once more with a parser, since AnchorCheck does not read
the anchors of links to folders (`/missions/x/#escale-2`) over file://."""

import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

LINKCHECKER_CONFIG = """\
[filtering]
# Other hosts and schemes are not this site's pages (and the network is not for tests).
ignore=
  ^https?:
  ^mailto:
  ^tel:
  ^webcal:
# Anchors of links to folders: not read over file://; test_every_internal_anchor_exists does.
ignorewarnings=file-anchorcheck-directory
[AnchorCheck]
"""


def test_linkchecker_finds_no_broken_link_or_anchor(file_site):
    output = file_site.output
    config = output.parent / "linkcheckerrc"
    config.write_text(LINKCHECKER_CONFIG, encoding="utf-8")
    config.chmod(0o644)
    starts = [(output / name).as_uri() for name in ("index.html", "404.html", "recherche/index.html")]
    result = subprocess.run(
        [sys.executable, "-m", "linkcheck", "--config", str(config), "--no-status", *starts],
        capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]  # a missing anchor is a warning
    assert "0 warnings found. 0 errors found." in result.stdout, result.stdout[-5000:]


def ids(page):
    return {tag["id"] for tag in page.find_all(id=True)} | {a["name"] for a in page.find_all("a", attrs={"name": True})}


def target_file(output, page_path, href_path):
    """The file a same-site href points to, from the page at `page_path`."""
    if not href_path:
        return page_path
    target = output / href_path.lstrip("/") if href_path.startswith("/") else page_path.parent / href_path
    return target / "index.html" if href_path.endswith("/") or target.is_dir() else target


def test_every_internal_anchor_exists(search_site):
    """Also the anchors of links to folders (`/missions/x/#escale-2`), which AnchorCheck skips."""
    output = search_site.output
    pages = {path.resolve(): BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser") for path in output.rglob("*.html")}
    anchors = {path: ids(page) for path, page in pages.items()}
    broken = []
    for path, page in sorted(pages.items()):
        for link in page.find_all("a", href=True):
            parts = urlsplit(link["href"])
            if parts.scheme or parts.netloc or not parts.fragment:
                continue
            target = Path(target_file(output, path, unquote(parts.path))).resolve()
            if unquote(parts.fragment) not in anchors.get(target, set()):
                broken.append((path.relative_to(output.resolve()).as_posix(), link["href"]))
    assert broken == []
