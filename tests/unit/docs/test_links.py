"""The developers' and editors' documentation stays inside the repository: every relative link
of README.md, docs/*.md and the plugins', the command line's and bench's READMEs names a file or folder of the
repository (anchors are ignored), and no link climbs out of it (`../shared/…`).

Links are read with markdown-it-py (CommonMark and tables), as a Markdown renderer reads them."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[3]
DOCUMENTS = sorted(
    [ROOT / "README.md", ROOT / "bench" / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "plugins").glob("*/README.md"), *(ROOT / "cli").glob("*/README.md")]
)
PARSER = MarkdownIt("commonmark").enable("table")


def links(text):
    """Every link and image target of a Markdown text, in order."""
    found = []
    for block in PARSER.parse(text):
        for token in block.children or []:
            if token.type == "link_open":
                found.append(token.attrGet("href"))
            elif token.type == "image":
                found.append(token.attrGet("src"))
    return found


def relative_targets(text):
    """The links that name a file by a relative path, without their anchor or query."""
    for target in links(text):
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or not parts.path:  # https:, mailto:, //host, #anchor
            continue
        yield unquote(parts.path)


def broken(document: Path, folder: Path | None = None):
    """(target, why) of the relative links of `document` (read from `folder`, by default its own)
    that do not resolve inside the repository."""
    folder = folder or document.parent
    problems = []
    for target in relative_targets(document.read_text(encoding="utf-8")):
        resolved = (ROOT / target.lstrip("/")) if target.startswith("/") else (folder / target)
        if not resolved.resolve().is_relative_to(ROOT):
            problems.append((target, "outside the repository"))
        elif not resolved.exists():
            problems.append((target, "no such file"))
    return problems


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves_inside_the_repository(document):
    assert broken(document) == []


def test_the_readme_links_the_content_model_and_the_guide():
    targets = list(relative_targets((ROOT / "README.md").read_text(encoding="utf-8")))
    assert "docs/content-model.md" in targets and "docs/guide-redaction.md" in targets


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("[model](../shared/content-model.md)", [("../shared/content-model.md", "outside the repository")], id="leaves-the-repository"),
        pytest.param("[gone](docs/nothing-here.md)", [("docs/nothing-here.md", "no such file")], id="missing-file"),
        pytest.param("| a | [b](docs/nothing.md#x) |\n|---|---|\n", [("docs/nothing.md", "no such file")], id="in-a-table"),
        pytest.param("![image](docs/images/none.png)", [("docs/images/none.png", "no such file")], id="missing-image"),
        pytest.param("[guide](docs/guide-redaction.md#vérifier)", [], id="anchor-ignored"),
        pytest.param("[site](https://example.org/x.md) [mail](mailto:a@b.c) [top](#maillage)", [], id="not-relative"),
        pytest.param("`[code](nothing.md)`\n\n    [indented](nothing.md)\n", [], id="code-is-not-a-link"),
        pytest.param("[folder](cli/hub_cli/)", [], id="folder"),
    ],
)
def test_the_check_itself(tmp_path, text, expected):
    fake = tmp_path / "README.md"
    fake.write_text(text, encoding="utf-8")
    assert broken(fake, ROOT) == expected  # read as if it were the README at the repository's root
