"""The preview: a saved file's pages, rendered at once from the last finished build's model.

A preview build that finished stays alive, holding its site model (hub_core.rebuilds): the
generators, their context, every page the writer wrote as (template, shared context, local
context), and the incremental build's record of what each page read. When files are saved, the
preview asks it for their pages before it starts the next full build; a fork of it (so that its
own model stays as built) runs `show_saved`:

1. each saved Markdown file that the model holds as an article or a page is read again, as its
   generator reads it (Pelican's reader, the content cache, `content_object_init`); a file that
   is new, deleted, invalid, or whose page moved (another address, language or status) is left
   to the full build;
2. the model's content object takes the new file's attributes in place (what the generators
   added afterwards, such as its translations, stays), so every listing that holds it shows it;
   each generator with a `refresh_items(items)` method derives again what it adds to each item
   (hub_events: dates, references, calendars, JSON-LD; hub_directory: JSON-LD, kind, networks);
3. its own pages, then every page whose record says it read a part of that object that is no
   longer what it was (the listings, the home page, the region and tag pages… after a new title
   or date; none of them after an event's body was edited, as they show its head only), are
   rendered again into the overlay (`.output.preview/`), which the preview serves before `output/`.

What the whole site derives from an item (the order of listings, the calendars, the feeds, the
search index) follows with the full build, which starts right after and replaces the overlay's
pages with its own when its site goes in. An item whose metadata changed may so show, for a few
seconds, listings in their previous order: the preview's page is the item's, at once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.contents import Article, Content, Page
from pelican.generators import ArticlesGenerator, PagesGenerator

from .dependencies import FINGERPRINT, item_changed

logger = logging.getLogger(__name__)

KEPT = ("_context", "settings", "translations", FINGERPRINT)  # set by the build, not by reading the file
SAME_PLACE = ("save_as", "url", "lang", "status", "slug")  # another value: the pages move (the full build)
BUDGET = 2.0  # seconds for the pages that read a saved item, after its own: the rest comes with the full build


def show_saved(writer: Any, paths: Iterable[str], shown: Callable[[], object] = lambda: None, budget: float = BUDGET) -> int:
    """Render the pages of the saved `paths` (then call `shown`), then the pages that read them
    (for `budget` seconds at most: a page in every page's menu is read by the whole site), into
    the overlay; how many were written. Only ever called in a throwaway fork of a finished build."""
    overlay = writer.settings.get("HUB_PREVIEW_OVERLAY")
    if not overlay or writer.kept is None or not writer.generators:
        return 0
    written = render_saved(writer, paths, Path(overlay), shown, budget)
    remove_others(Path(overlay), written)
    return len(written)


def render_saved(writer: Any, paths: Iterable[str], overlay: Path, shown: Callable[[], object], budget: float) -> set[str]:
    """The pages written into the overlay (none when no saved file can be shown from the model)."""
    written: set[str] = set()
    changed = {}
    for path in sorted(set(paths)):
        found = updated(writer.generators, path)
        if found is not None:
            changed[found[0]] = found[1]
    if not changed:
        return written
    forget_rendered_bodies()
    try:
        for generator in writer.generators:  # what the plugins derive for each item, again for these
            refresh = getattr(generator, "refresh_items", None)
            if refresh is not None:
                refresh(list(changed.values()))
    except Exception as error:  # noqa: BLE001 - not shown first, then: the full build says what is wrong
        logger.debug("hub_output: preview of %s skipped: %s: %s", sorted(changed), type(error).__name__, error)
        return written
    own, readers = pages_of(writer, changed)
    deadline = time.monotonic() + budget
    for number, (name, (template, context, localcontext)) in enumerate(own + readers):
        if number == len(own):
            shown()
        if number >= len(own) and time.monotonic() > deadline:
            logger.debug("hub_output: preview: %d pages that read %s left to the full build", len(own) + len(readers) - number, sorted(changed))
            break
        try:
            if localcontext.get("localsiteurl"):  # as Pelican's _write_file
                context["localsiteurl"] = localcontext["localsiteurl"]
            output = template.render(localcontext)
        except Exception as error:  # noqa: BLE001 - the full build renders it again, and says why
            logger.debug("hub_output: preview of %s skipped: %s: %s", name, type(error).__name__, error)
            continue
        write_into(overlay, name, output)
        written.add(name)
    return written


def updated(generators: list, path: str) -> tuple[str, Content] | None:
    """The model's content object for the saved `path`, given the file's new state in place; None
    when the file is not one the model holds, or its new state is for the full build."""
    readers = {kind: next((g for g in generators if isinstance(g, kind)), None) for kind in (ArticlesGenerator, PagesGenerator)}
    first = readers[ArticlesGenerator] or readers[PagesGenerator]
    if first is None:
        return None
    try:
        key = Path(path).absolute().relative_to(Path(first.path).absolute()).as_posix()
    except ValueError:
        return None
    old = first.context.get("generated_content", {}).get(key)
    if not isinstance(old, (Article, Page)) or not Path(path).is_file():
        return None
    kind, owner = (Article, readers[ArticlesGenerator]) if isinstance(old, Article) else (Page, readers[PagesGenerator])
    new = read_again(owner, key, kind) if owner is not None else None
    if new is None or any(getattr(new, name, None) != getattr(old, name, None) for name in SAME_PLACE):
        return None
    state = object.__getattribute__(old, "__dict__")
    for name, value in vars(new).items():
        if name not in KEPT:
            state[name] = value
    item_changed(old)
    return key, old


def read_again(generator: Any, key: str, content_class: type) -> Content | None:
    """The file read as its generator reads it; None when it is invalid (hub_frontmatter sets an
    invalid item aside: a SkipStub) or cannot be read."""
    article = isinstance(generator, ArticlesGenerator)
    try:
        content = generator.readers.read_file(
            base_path=generator.path, path=key, content_class=content_class, context=generator.context,
            context_signal=signals.article_generator_context if article else signals.page_generator_context,
            context_sender=generator)
    except Exception as error:  # noqa: BLE001 - the full build reads it again and reports it
        logger.debug("hub_output: preview of %s skipped: %s: %s", key, type(error).__name__, error)
        return None
    if not isinstance(content, content_class) or not content.is_valid():
        return None
    return content


def forget_rendered_bodies() -> None:
    """Pelican memoizes each object's body and summary (`@memoized`): the updated ones are new."""
    for name in ("get_content", "get_summary"):
        cache = getattr(Content.__dict__.get(name), "cache", None)
        if cache is not None:
            cache.clear()


def pages_of(writer: Any, changed: dict[str, Content]) -> tuple[list[tuple[str, tuple]], list[tuple[str, tuple]]]:
    """The pages to render again: the changed objects' own pages, and every page whose record
    says it read a part of one that changed (a listing that shows an event's title and dates,
    not its body, stays as it is after a body edit), or, not in the record, lists one on its
    page of a listing."""
    objects = {id(obj) for obj in changed.values()}
    incremental = writer.incremental
    record = incremental.pages if incremental is not None else {}
    own, readers = [], []
    for path, pending in writer.kept.items():
        name = os.path.relpath(path, writer.output_path)
        localcontext = pending[2]
        item = localcontext.get("article") or localcontext.get("page")
        if item is not None and id(item) in objects:
            own.append((name, pending))
            continue
        entry = record.get(name)
        if entry is not None:
            if read_changed(incremental, entry.dependencies, changed):
                readers.append((name, pending))
            continue
        listed = getattr(localcontext.get("articles_page"), "object_list", None) or ()
        if any(id(obj) in objects for obj in listed):
            readers.append((name, pending))
    return own, readers


def read_changed(incremental: Any, dependencies: tuple, changed: dict[str, Content]) -> bool:
    """Whether a page with these recorded dependencies read a part of a changed item that is not
    what it was (its head, its summary or its body: incremental.item_fingerprint)."""
    return any(kind != "n" and key in changed and not incremental.current((kind, key, recorded), {}, {})
               for kind, key, recorded in dependencies)


def write_into(overlay: Path, name: str, output: str) -> None:
    """The page at `name` in the overlay, replaced in one step (the server may be reading it)."""
    target = overlay / name
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    temporary.write_text(output, encoding="utf-8")
    os.replace(temporary, target)


def remove_others(overlay: Path, written: set[str]) -> None:
    """What the overlay held besides these pages came from the same saves, seen earlier (or the
    pages a stopped build rendered first): this call had them all, so the rest is out of date."""
    for folder, _dirs, files in os.walk(overlay):
        for file in files:
            path = Path(folder) / file
            if path.relative_to(overlay).as_posix() not in written:
                path.unlink(missing_ok=True)
