"""hub_output.incremental: which pages a build takes from the last one. Two builds of real
Pelican articles, rendered through real Jinja templates; the second is edited in one way and
decides each page from the record of the first."""

import copy
import datetime

import pytest
from jinja2 import DictLoader, Environment
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from hub_output.dependencies import RecordingContext
from hub_output.incremental import Incremental
from hub_output.record import Record

TEMPLATES = {
    "listing.html": "{% for a in articles %}<li>{{ a.title }} {{ a.url }}</li>{% endfor %}",
    "article.html": "<h1>{{ article.title }}</h1>{{ article.content }}",
    "summaries.html": "{% for a in articles %}<p>{{ a.summary }}</p>{% endfor %}",
}
WORDS = " ".join(["mot"] * 60)  # past the summary's 50 words (SUMMARY_MAX_LENGTH)
BODIES = {"a.md": f'<p>Voir <a href="{{filename}}b.md">B</a>. {WORDS}</p>', "b.md": "<p>Bonjour.</p>"}


def site(edit=None):
    """Articles a.md (linking to b.md) and b.md, with `edit(metadata, bodies)` applied first."""
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings["PATH"] = "/content"
    context = {"generated_content": {}, "static_content": {}, "localsiteurl": "", "static_links": set()}
    bodies = dict(BODIES)
    metadata = {path: {"title": path[0].upper(), "slug": path[0], "date": datetime.datetime(2026, 12, 7)} for path in bodies}
    if edit:
        edit(metadata, bodies)
    for path in sorted(bodies):
        context["generated_content"][path] = Article(bodies[path], metadata=metadata[path], settings=settings,
                                                     source_path=f"/content/{path}", context=context)
    return context


def pages(context):
    articles = [context["generated_content"][path] for path in sorted(context["generated_content"])]
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=False)
    env.context_class = RecordingContext
    found = {"index.html": (env.get_template("listing.html"), {"articles": articles}),
             "resumes.html": (env.get_template("summaries.html"), {"articles": articles})}
    for article in articles:
        found[article.save_as] = (env.get_template("article.html"), {"article": article})
    return found


def build(tmp_path, context, previous=None):
    """Each page rendered (and recorded), or decided from `previous`: {page: "taken" or "rendered"}."""
    incremental = Incremental(tmp_path / "live", {"CACHE_PATH": str(tmp_path / "cache")}, reuse=False)
    incremental.previous = previous
    incremental.start(context)
    decided = {}
    for name, (template, variables) in pages(context).items():
        if previous is not None and incremental.reusable(name, variables, template) is not None:
            decided[name] = "taken"
        else:
            incremental.render(name, template, variables)
            decided[name] = "rendered"
    return incremental, decided


def body_of_b(metadata, bodies):
    bodies["b.md"] = "<p>Bonjour, tout le monde.</p>"


def title_of_b(metadata, bodies):
    metadata["b.md"]["title"] = "Bé"


def slug_of_b(metadata, bodies):
    metadata["b.md"]["slug"] = "bee"


def summary_of_a(metadata, bodies):
    metadata["a.md"]["summary"] = "Un résumé."


def body_of_a(metadata, bodies):
    bodies["a.md"] = BODIES["a.md"] + "<p>Et plus.</p>"


def start_of_a(metadata, bodies):
    bodies["a.md"] = "<p>Pour commencer.</p>" + BODIES["a.md"]


@pytest.mark.parametrize(("edit", "expected"), [
    (None, "index.html a.html b.html resumes.html"),
    (body_of_b, "index.html a.html"),  # a's body links to b: the same address; b's summary is all its body
    (body_of_a, "index.html b.html resumes.html"),  # after a's first 50 words: the same summary
    (start_of_a, "index.html b.html"),
    (summary_of_a, "b.html"),  # the metadata is in the head
    (title_of_b, "a.html"),  # a.html read b's address: b's head
    (slug_of_b, ""),
])
def test_a_page_is_taken_when_what_it_read_of_each_item_is_the_same(tmp_path, edit, expected):
    first, decided = build(tmp_path, site())
    assert set(decided.values()) == {"rendered"}
    record = Record(str(tmp_path / "live"), (0, 0), first.build, first.pages)
    _, decided = build(tmp_path, site(edit), record)
    assert sorted(name for name, how in decided.items() if how == "taken") == sorted(expected.split())


def test_a_page_depends_on_what_it_read_of_each_item(tmp_path):
    first, _ = build(tmp_path, site())
    read = {name: sorted((kind, key) for kind, key, _ in entry.dependencies) for name, entry in first.pages.items()}
    assert read == {
        "index.html": [("h", "a.md"), ("h", "b.md"), ("n", "articles")],  # titles and addresses: the heads
        "resumes.html": [("n", "articles"), ("s", "a.md"), ("s", "b.md")],
        "a.html": [("c", "a.md"), ("n", "article")],  # a's body as shown: with b's address in it
        "b.html": [("c", "b.md"), ("n", "article")],
    }


def title_of_a(metadata, bodies):
    metadata["a.md"]["title"] = "Autre titre"


@pytest.mark.parametrize(("edit", "changed"), [
    (body_of_b, ""),
    (body_of_a, "c"),  # after its first 50 words: the same summary
    (start_of_a, "sc"),
    (slug_of_b, "sc"),  # its body links to b: another address in it
    (summary_of_a, "hsc"),  # the metadata is in the head
    (title_of_a, "hsc"),
])
def test_an_items_fingerprints_change_with_what_they_cover(tmp_path, edit, changed):
    """a.md's head (all but the body), head and summary, whole: which change with an edit."""
    before, _ = build(tmp_path, site())
    after, _ = build(tmp_path, site(edit))
    differs = "".join(kind for kind in "hsc" if before.item_fingerprint(before.objects["a.md"], kind)
                      != after.item_fingerprint(after.objects["a.md"], kind))
    assert differs == changed


def test_an_item_changed_after_a_decision_is_decided_again(tmp_path):
    """A dependency is checked once for all the pages that share it, until an item changes."""
    first, _ = build(tmp_path, site())
    record = Record(str(tmp_path / "live"), (0, 0), first.build, first.pages)
    context = site()
    second, decided = build(tmp_path, context, record)
    assert decided["index.html"] == "taken"
    template, variables = pages(context)["index.html"]
    context["generated_content"]["b.md"].title = "Bé"  # after the context is complete: as a render might
    assert second.reusable("index.html", variables, template) is None
