"""From one content file to one parsed item: a pure function of the file.

`read_item` splits the front matter, validates it against the model, and
works out the item's type, slug, language and address. It renders no
Markdown, so `make check` can run it on the whole tree quickly, and builds can
run it file by file, in any order.
"""

import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from . import header, limits
from .model import content_type_of
from .placeholders import placeholder_problems
from .problems import Problem
from .shapes import KeyPath, Lines, Values
from .urls import item_url
from .validate import Site, validate


@dataclass
class Item:
    path: str  # as editors see it: content/events/foo.md
    content_type: str  # event, post, chronicle, mission, report, directory, page
    slug: str
    lang: str
    values: Values
    body: str
    body_line: int
    problems: list[Problem] = field(default_factory=list)
    parent: str = ""  # mission slug of a trip report or mission; column slug of a chronicle
    url: str = ""
    save_as: str = ""
    lines: Lines = field(default_factory=dict, repr=False)

    def line_of(self, keypath: KeyPath) -> int:
        """File line of a field (or of its nearest written parent)."""
        return header.line_of(self.lines, keypath)

    @property
    def key(self) -> str:
        """What translations share: type, parent mission and slug."""
        parent = self.parent if self.content_type in ("report",) else ""
        return ":".join(p for p in (self.content_type, parent, self.slug) if p)

    @property
    def is_valid(self) -> bool:
        return not any(p.is_error for p in self.problems)


def slugify(text: object) -> str:
    """Lowercase ASCII words joined by hyphens: `Événement` → `evenement`."""
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read_item(relative_path: str | os.PathLike[str], text: str, site: Site, shown_root: str = "content") -> Item:
    """Parse one file (path relative to the content folder) into an Item."""
    relative = PurePosixPath(str(relative_path).replace("\\", "/"))
    shown = str(PurePosixPath(shown_root) / relative)
    content_type = content_type_of(relative) or "page"
    parsed = header.parse(text)
    values, problems = validate(content_type, parsed, site, shown)
    lang = values.get("lang", "fr")
    parent = ""
    if content_type == "mission":
        slug = relative.parent.name
        parent = slug
    else:
        slug = values.get("slug") or slugify(values.get("title", "")) or slugify(relative.stem)
        if len(slug) > limits.MAX_SLUG_LENGTH:
            line = parsed.line_of(("title",))
            problems.append(Problem(shown, line, "title", "slug_too_long", {"length": len(slug), "limit": limits.MAX_SLUG_LENGTH}))
            slug = slug[: limits.MAX_SLUG_LENGTH]
    if content_type == "report":
        parent = relative.parent.name if len(relative.parts) == 3 else ""
    if content_type == "chronicle" and values.get("column"):
        parent = slugify(values["column"])
    url = item_url(content_type, lang, slug, parent)
    item = Item(
        path=shown,
        content_type=content_type,
        slug=slug,
        lang=lang,
        values=values,
        body=parsed.body,
        body_line=parsed.body_line,
        problems=problems,
        parent=parent,
        url=url,
        save_as=url + "index.html",
        lines=parsed.lines,
    )
    item.problems += placeholder_problems(item)
    return item


def read_file(path: str | os.PathLike[str], relative_path: str | os.PathLike[str], site: Site, shown_root: str = "content") -> Item:
    """Read one file from disk into an Item; never raises.

    A file that is not UTF-8, larger than MAX_FILE_BYTES, not a regular file, or
    that fails in an unexpected way is an item with one problem naming the file.
    """
    try:
        details = os.stat(path)
        if not stat.S_ISREG(details.st_mode):
            return problem_item(relative_path, site, shown_root, "special_file")
        if details.st_size > limits.MAX_FILE_BYTES:
            return problem_item(relative_path, site, shown_root, "file_too_large", value=details.st_size, limit=limits.MAX_FILE_BYTES)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        return read_item(relative_path, text, site, shown_root)
    except UnicodeDecodeError:
        return problem_item(relative_path, site, shown_root, "unreadable_encoding")
    except Exception as error:  # noqa: BLE001 - one line naming the file, never a traceback
        return problem_item(relative_path, site, shown_root, "unexpected_error", detail=f"{type(error).__name__}: {error}")


def problem_item(relative_path: str | os.PathLike[str], site: Site, shown_root: str, code: str, **params: object) -> Item:
    """An empty item of a file whose only problem is `code`: what the build and `hub check` report."""
    item = read_item(relative_path, "---\n---\n", site, shown_root)
    item.problems = [Problem(item.path, 1, "", code, params)]
    return item
