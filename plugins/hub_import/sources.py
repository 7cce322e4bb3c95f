"""content/data/calendars.yml: the groups' calendars that `hub import` follows.

A list of entries whose fields are the table hub_core.model.CALENDAR (name, url or file,
organizer, optional defaults and match). Every problem is a hub_core Problem at its line:
an address that is not https://, a file that is not there, an organizer no directory entry
has, a name used twice.
"""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from hub_core import header
from hub_core.items import slugify
from hub_core.model import CALENDAR
from hub_core.problems import Problem
from hub_core.validate import validate_entry

CALENDARS = Path("data") / "calendars.yml"  # relative to the content folder
LOCAL_HOSTS = frozenset({"127.0.0.1"})  # http:// allowed there only when a test asks (allow_local_http)


@dataclass(frozen=True)
class Source:
    """One calendar to import, with the defaults it gives its events."""

    name: str
    organizer: str
    url: str = ""
    file: str = ""  # a path from the repository's root
    region: str = ""  # a region's slug
    category: str = ""
    tags: tuple = ()
    format: str = ""
    languages: tuple = ()
    match: str = ""
    line: int = 1


def calendars_path(content_path) -> Path:
    return Path(content_path) / CALENDARS


def is_allowed_url(url: str, allow_local_http: bool = False) -> bool:
    """https:// anywhere; http:// only to 127.0.0.1, and only when a test asks for it."""
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:  # `https://[example.org/`: an unclosed IPv6 bracket, a bad port
        return False
    if parts.scheme == "https" and parts.netloc:
        return True
    return allow_local_http and parts.scheme == "http" and hostname in LOCAL_HOSTS


def load_sources(content_path, site, organizers=None, allow_local_http: bool = False) -> tuple[list, list]:
    """(sources, problems) of the content folder's calendars.yml; ([], []) when it has none.

    `organizers`: the directory entries' slugs (None: not checked). A source with an error is
    left out of the list.
    """
    path = calendars_path(content_path)
    if not path.is_file():
        return [], []
    content = Path(content_path)
    shown = (Path(Path(content.resolve()).name) / CALENDARS).as_posix()
    data, lines, yaml_problems = header.load_yaml(path.read_text(encoding="utf-8"))
    problems = [Problem(shown, line, "", code, params) for line, code, params in yaml_problems]
    if data is None:
        return [], problems
    if not isinstance(data, list):
        return [], problems + [Problem(shown, 1, "", "expected_list")]
    sources, first_line = [], {}
    for index, entry in enumerate(data):
        line = lines.get((index,), 1)
        if not isinstance(entry, dict):
            problems.append(Problem(shown, line, "", "expected_mapping"))
            continue
        entry_lines = {key[1:]: value for key, value in lines.items() if key[:1] == (index,) and len(key) > 1}
        for spec in CALENDAR:
            entry_lines.setdefault((spec.name,), line)
        if str(entry.get("url") or "").startswith("webcal://"):  # what « S'abonner » buttons give
            entry = {**entry, "url": "https://" + str(entry["url"]).removeprefix("webcal://")}
        parsed = header.FrontMatter(data=entry, lines=entry_lines)
        values, found = validate_entry(CALENDAR, parsed, site, shown)
        found += _entry_problems(values, entry_lines, shown, content.resolve().parent, organizers, allow_local_http)
        name = values.get("name")
        if name and name in first_line:
            found.append(Problem(shown, entry_lines[("name",)], "name", "calendar_duplicate_name", {"value": name, "first": first_line[name]}))
        elif name:
            first_line[name] = entry_lines[("name",)]
        problems += found
        if not any(p.is_error for p in found):
            sources.append(_source(values, line))
    return sources, problems


def _entry_problems(values, lines, shown, root, organizers, allow_local_http):
    found = []
    url, file = values.get("url"), values.get("file")
    if bool(url) == bool(file):
        found.append(Problem(shown, lines[("url",)] if url else lines[("name",)], "url", "calendar_url_or_file"))
    elif url and not is_allowed_url(url, allow_local_http):
        found.append(Problem(shown, lines[("url",)], "url", "calendar_https", {"value": url}))
    elif file and not (inside(root, file) and (root / file).is_file()):
        found.append(Problem(shown, lines[("file",)], "file", "calendar_file_missing", {"value": file}))
    organizer = values.get("organizer")
    if organizers is not None and organizer and organizer not in organizers:
        found.append(Problem(shown, lines[("organizer",)], "organizer", "unknown_organizer", {"value": organizer}))
    return found


def inside(root: Path, file: str) -> bool:
    """Whether a `file` path stays in the repository (no `../` out of it)."""
    return (Path(root) / file).resolve().is_relative_to(Path(root).resolve())


def _source(values, line):
    region = values.get("region")
    return Source(
        name=values["name"],
        organizer=values["organizer"],
        url=values.get("url", ""),
        file=values.get("file", ""),
        region=region.slug if region is not None else "",
        category=values.get("category", ""),
        tags=tuple(values.get("tags", ())),
        format=values.get("format", ""),
        languages=tuple(values.get("languages", ())),
        match=values.get("match", ""),
        line=line,
    )


def only(sources, name):
    """The source called `name` (a list of one), or [] when there is none."""
    return [source for source in sources if source.name == name]


def directory_slugs(content_path) -> set:
    """The slugs of the directory entries (what `organizer` may name)."""
    slugs = set()
    for path in sorted((Path(content_path) / "directory").rglob("*.md")):
        data = header.parse(path.read_text(encoding="utf-8", errors="replace")).data
        data = data if isinstance(data, dict) else {}
        slugs.add(str(data.get("slug") or slugify(data.get("title") or "") or path.stem).strip())
    return slugs
