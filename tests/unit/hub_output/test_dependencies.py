"""hub_output.dependencies: what a render reads, with a real Jinja environment and Pelican
content objects; and the record (hub_output.record) that keeps it between builds."""

import copy
import datetime
import json
import os
import pickle

import pytest
from jinja2 import DictLoader, Environment
from pelican.contents import Article, Page
from pelican.settings import DEFAULT_CONFIG

from hub_output import record
from hub_output.dependencies import ABSENT, RecordingContext, TrackedArticle, is_tracked, reading, track

TEMPLATES = {
    "base.html": "{% set lang = lang or 'fr' %}<title>{{ SITENAME }}</title>{% block body %}{% endblock %}",
    "article.html": ("{% extends 'base.html' %}{% block body %}{{ article.title }}"
                     "{% include 'card.html' %}{{ missing_name }}{% endblock %}"),
    "card.html": "{{ lang }}{% for item in items %}{{ item.title }}{% endfor %}",
}


def environment():
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    env.context_class = RecordingContext
    env.globals["helper"] = len
    return env


def item(cls, path, title):
    obj = cls.__new__(cls)
    obj.__dict__.update(source_path=path, title=title, slug=title.lower())
    return obj


def render(template, variables):
    with reading(variables, template.globals) as reads:
        output = template.render(variables)
    return output, reads


def test_a_render_records_the_names_the_page_resolved_and_the_items_it_read():
    read, listed, unread = item(Article, "a.md", "A"), item(Article, "b.md", "B"), item(Page, "p.md", "P")
    track([read, listed, unread])
    variables = {"SITENAME": "maillage", "article": read, "items": [listed], "other": unread, "lang": None}
    template = environment().get_template("article.html")
    output, reads = render(template, variables)
    assert output == "<title>maillage</title>AfrB"
    assert set(reads.names) == {"SITENAME", "article", "items", "lang", "missing_name"}
    assert reads.names["missing_name"] is ABSENT
    assert reads.names["items"] is variables["items"]
    assert set(reads.objects.values()) == {read, listed}  # `other` was never opened


def test_a_name_the_template_set_itself_is_not_recorded_with_its_own_value():
    variables = {"SITENAME": "s", "article": item(Article, "a.md", "A"), "items": [], "lang": "en"}
    _, reads = render(environment().get_template("article.html"), variables)
    assert reads.names["lang"] == "en"  # the page's own; `{% set lang = ... %}` in base.html is derived from it


def test_reads_outside_a_render_are_not_recorded():
    obj = item(Article, "a.md", "A")
    track([obj])
    with reading({}, {}) as reads:
        pass
    assert obj.title == "A"
    assert reads.objects == {}


def test_tracked_objects_pickle_as_pelicans_own_class():
    obj = item(Article, "a.md", "A")
    track([obj])
    assert is_tracked(obj) and isinstance(obj, Article) and type(obj) is TrackedArticle
    copy = pickle.loads(pickle.dumps(obj))
    assert type(copy) is Article and copy.title == "A"


def test_setting_an_attribute_drops_the_kept_fingerprint():
    obj = item(Article, "a.md", "A")
    track([obj])
    obj.__dict__["_hub_output_fingerprint"] = ("", "old")
    obj.title = "B"
    assert "_hub_output_fingerprint" not in obj.__dict__



def linked_articles(summary=None):
    """Real articles: a.md's body links to b.md; a.md has `summary` in its metadata."""
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings["PATH"] = "/content"
    context = {"generated_content": {}, "localsiteurl": "", "static_links": set()}
    for path, body in (("a.md", '<p>Voir <a href="{filename}b.md">B</a>.</p>'), ("b.md", "<p>B</p>")):
        metadata = {"title": path[0].upper(), "date": datetime.datetime(2026, 12, 7)}
        if summary and path == "a.md":
            metadata["summary"] = summary
        context["generated_content"][path] = Article(body, metadata=metadata, settings=settings,
                                                     source_path=f"/content/{path}", context=context)
    return context["generated_content"]["a.md"], context["generated_content"]["b.md"]


@pytest.mark.parametrize(("read", "summary", "items", "body", "summaries"), [
    (lambda a, b: a.title + a.url + str(a.date), None, "a", "", ""),  # the head only
    (lambda a, b: a.content, None, "ab", "a", ""),  # b's address was read to resolve a's link
    (lambda a, b: a.get_content(""), None, "ab", "a", ""),
    (lambda a, b: a._content, None, "a", "a", ""),  # hub_search's synonyms read the body as written
    (lambda a, b: str(vars(a)), None, "a", "a", ""),
    (lambda a, b: a.summary, None, "ab", "", "a"),  # made from the body: not the whole body
    (lambda a, b: a.summary, "Résumé.", "a", "", ""),  # the editor's summary is in the head
    (lambda a, b: a.summary + a.content, None, "ab", "a", "a"),
    (lambda a, b: a.title + b.content, None, "ab", "b", ""),
])
def test_a_render_records_how_much_of_each_item_it_read(read, summary, items, body, summaries):
    a, b = linked_articles(summary)
    track([a, b])
    names = {id(a): "a", id(b): "b"}
    with reading({}, {}) as reads:
        assert read(a, b)
    assert "".join(sorted(names[n] for n in reads.objects)) == items
    assert "".join(sorted(names[n] for n in reads.body)) == body
    assert "".join(sorted(names[n] for n in reads.summaries)) == summaries
    assert reads.body | reads.summaries <= set(reads.objects)
    assert reads.within is None

# --- the record ---------------------------------------------------------------------


@pytest.fixture
def saved(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    path = record.record_path(tmp_path / "cache", output)
    entry = record.PageEntry("ab" * 32, (("n", "articles", "f1"), ("c", "events/a.md", "f2")))
    record.save(path, record.Record(str(output), record.folder_identity(output), "build", {"index.html": entry}))
    return path, output, entry


def test_a_record_is_read_back(saved):
    path, output, entry = saved
    found = record.load(path, output, "build")
    assert found.pages == {"index.html": entry}


def damage_json(path, output):
    path.write_text("{", encoding="utf-8")


def damage_version(path, output):
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "version": 0}), encoding="utf-8")


def damage_index(path, output):
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pages"]["index.html"][1] = [7]
    path.write_text(json.dumps(data), encoding="utf-8")


def damage_dependency(path, output):
    data = json.loads(path.read_text(encoding="utf-8"))
    data["dependencies"][0] = ["h", ["a.md"], "fingerprint"]
    path.write_text(json.dumps(data), encoding="utf-8")


def replace_output(path, output):
    os.rename(output, output.with_name("old"))
    output.mkdir()


@pytest.mark.parametrize("damage", [damage_json, damage_version, damage_index, damage_dependency, replace_output,
                                    lambda p, o: p.unlink()])
def test_a_damaged_or_foreign_record_is_no_record(saved, damage):
    path, output, _ = saved
    damage(path, output)
    assert record.load(path, output, "build") is None


def test_a_record_of_another_build_or_output_is_no_record(saved, tmp_path):
    path, output, _ = saved
    assert record.load(path, output, "another build") is None
    other = tmp_path / "other"
    other.mkdir()
    assert record.load(path, other, "build") is None
