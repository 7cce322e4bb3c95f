"""hub_frontmatter.invalid: an item with an error is set aside for the report as soon as Pelican
has its metadata (Pelican then skips the file: no content object, no list); the report lists its
problems with the others'."""

from types import SimpleNamespace

import pytest

from hub_core.items import read_item
from hub_core.places import Places, builtin_places
from hub_core.problems import ContentErrors
from hub_core.validate import Site
from hub_frontmatter.invalid import INVALID_ITEMS, set_aside_invalid
from hub_frontmatter.report import report_problems

SITE = Site(places=Places(*builtin_places()))
EVENT = "---\ntitle: Dîner\ndate: 2026-09-01\nstart: 2026-10-07\nvenue: {name: Salle, city: Rimouski}\n---\nTexte.\n"


@pytest.mark.parametrize(
    "relative, text, status, set_aside",
    [
        ("events/diner.md", EVENT, "published", False),
        ("events/diner.md", EVENT.replace("start: 2026-10-07\n", ""), "skip", True),  # missing start
        ("events/diner.md", EVENT.replace("---\nTexte", "sumary: x\n---\nTexte"), "published", False),  # a warning only
        ("events/diner.md", EVENT.replace("date: 2026-09-01\n", "date: 2026-09-01\nstatus: draft\n"), "draft", False),
        ("pages/a-propos.md", "---\nslug: a-propos\n---\nTexte.\n", "skip", True),  # no title
        ("directory/groupe.md", "---\ntitle: Groupe\ndate: 2026-09-01\ncity: Rimouski\n---\nTexte.\n", "skip", True),  # no kind
    ],
)
def test_an_item_with_an_error_is_skipped_and_kept_for_the_report(relative, text, status, set_aside):
    item = read_item(relative, text, SITE)
    generator = SimpleNamespace(context={})
    metadata = {"hub_item": item, "status": item.values.get("status", "published")}
    set_aside_invalid(generator, metadata)
    assert metadata["status"] == status
    assert generator.context.get(INVALID_ITEMS, {}) == ({item.path: item} if set_aside else {})


def test_metadata_of_other_readers_is_left_alone():
    generator, metadata = SimpleNamespace(context={}), {"title": "x", "status": "published"}
    set_aside_invalid(generator, metadata)
    assert metadata == {"title": "x", "status": "published"} and generator.context == {}


def test_the_report_lists_the_problems_of_the_items_set_aside(tmp_path):
    """The invalid event is in no Pelican list; its problem, and the duplicate slug it shares
    with a valid event (a problem across files, needing its identity), are both listed."""
    settings = {"PATH": str(tmp_path), "IGNORE_FILES": [], "REVISIONS_FROM_GIT": False, "PLUGINS": None}
    valid = read_item("events/a.md", EVENT, SITE)
    invalid = read_item("events/b.md", EVENT.replace("start: 2026-10-07\n", "slug: diner\n"), SITE)
    context = {"generated_content": {"events/a.md": SimpleNamespace(metadata={"hub_item": valid})}}
    set_aside_invalid(SimpleNamespace(context=context), {"hub_item": invalid, "status": "published"})
    with pytest.raises(ContentErrors) as stopped:
        report_problems([SimpleNamespace(context=context, settings=settings)])
    assert [(p.path, p.field, p.code) for p in stopped.value.problems] == [
        ("content/events/b.md", "start", "required"),
        ("content/events/b.md", "slug", "duplicate_slug"),
    ]
