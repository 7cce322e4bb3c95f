"""Scaffolding left in a file: the PLACEHOLDER `hub new` writes where only the
editor knows the value (`column: À compléter`, `À compléter : le texte…`).

Left in a published file, a placeholder is an error: the build, `hub check`
and the commit hook stop, so `/chroniques/a-completer/` or an author « À
compléter » is never published. In a draft (`status: draft`) it is a warning.
The preview (`make serve`, setting HUB_PREVIEW) turns these errors into
warnings too, and shows them on the item's page.
"""

import dataclasses
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .problems import ERROR, WARNING, Problem, label
from .shapes import KeyPath

if TYPE_CHECKING:
    from .items import Item  # items imports this module

PLACEHOLDER = "À compléter"  # what `hub new` writes where only the editor knows the value
CODE = "placeholder_left"
DRAFT_CODE = "placeholder_left_draft"


def placeholder_problems(item: "Item") -> list[Problem]:
    """Every value still equal to PLACEHOLDER, and body lines starting with it, at their line.

    Errors in a published item, warnings in a draft.
    """
    draft = item.values.get("status") == "draft"
    code, severity = (DRAFT_CODE, WARNING) if draft else (CODE, ERROR)
    found = []
    for keypath, value in _strings(item.values, ()):
        if value.strip() == PLACEHOLDER:
            found.append(Problem(item.path, item.line_of(keypath), label(keypath), code, {"value": value.strip()}, severity))
    for index, line in enumerate((item.body or "").splitlines()):
        if line.startswith(PLACEHOLDER):
            found.append(Problem(item.path, item.body_line + index, "", code, {"value": line.strip()}, severity))
    return sorted(found, key=lambda p: (p.line, p.field))


def is_placeholder(problem: Problem) -> bool:
    return problem.code in (CODE, DRAFT_CODE)


def for_preview(problems: Iterable[Problem]) -> list[Problem]:
    """The problems of an item in the preview: placeholders are warnings there."""
    return [dataclasses.replace(p, severity=WARNING) if is_placeholder(p) else p for p in problems]


def _strings(value: object, keypath: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str):
        yield keypath, value
    elif isinstance(value, dict):
        for key in value:
            yield from _strings(value[key], keypath + (key,))
    elif isinstance(value, list):
        for index, element in enumerate(value):
            yield from _strings(element, keypath + (index,))
