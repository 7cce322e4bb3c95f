"""Mission checks, registered with hub_core by being here (hub_core.registry).

A mission's folder name is its slug: it becomes `/missions/<folder>/`, its
calendar and feed addresses. A name that is not a slug (spaces, quotes,
`rss.xml`) is an error naming the folder, once; `slug:` in `mission.md` that
differs from the folder's name would be ignored, so it is an error too.
"""

from hub_core import limits
from hub_core.items import slugify
from hub_core.problems import Problem
from hub_core.validate import SLUG_RE


def cross_problems(items: list) -> list:
    """Problems of mission folders: one per folder whose name is not a slug, one per ignored slug."""
    problems, reported = [], set()
    for item in sorted(items, key=lambda i: (i.kind != "mission", i.path)):
        if item.kind not in ("mission", "report") or not item.parent or item.parent in reported:
            continue
        folder = item.parent
        if not SLUG_RE.match(folder) or len(folder) > limits.MAX_SLUG_LENGTH:
            reported.add(folder)
            suggestion = slugify(folder)[: limits.MAX_SLUG_LENGTH] or "mission"
            params = {"value": folder, "suggestion": suggestion, "limit": limits.MAX_SLUG_LENGTH}
            problems.append(Problem(item.path, 1, "", "mission_folder_slug", params))
    for item in items:
        written = item.values.get("slug")
        if item.kind == "mission" and written and written != item.parent:
            params = {"value": written, "folder": item.path.rsplit("/", 1)[0] + "/"}
            problems.append(Problem(item.path, item.line_of(("slug",)), "slug", "mission_slug_ignored", params))
    return problems
