"""hub_site.compiled: templates compiled once, kept in CACHE_PATH; a change recompiles."""

from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment, pass_context

from hub_site.compiled import FOLDER, CompiledTemplates, fingerprint, share_compiled_templates

TEMPLATE = {"t.html": "Bonjour {{ name|shout }}"}


def shout(value):
    return str(value).upper()


def environment(folder, templates=TEMPLATE, **options):
    filters = options.pop("filters", {"shout": shout})
    options.setdefault("autoescape", True)
    env = Environment(loader=DictLoader(templates), **options)
    env.filters.update(filters)
    env.bytecode_cache = CompiledTemplates(str(folder))
    return counting(env)


def counting(env):
    """Count the env's compilations of template source."""
    env.compiled_count = 0
    compile_ = env.compile

    def compile(source, name=None, filename=None, raw=False, defer_init=False):
        if not raw:
            env.compiled_count += 1
        return compile_(source, name, filename, raw, defer_init)

    env.compile = compile
    return env


def test_a_second_environment_does_not_compile_again(tmp_path):
    first, second = environment(tmp_path), environment(tmp_path)
    assert first.get_template("t.html").render(name="Rimouski") == "Bonjour RIMOUSKI"
    assert second.get_template("t.html").render(name="Matane") == "Bonjour MATANE"
    assert (first.compiled_count, second.compiled_count) == (1, 0)


@pytest.mark.parametrize("edited", ["Allô {{ name|shout }}", "Bonjour {{ name|shout }}!"])
def test_an_edited_template_is_compiled_afresh(tmp_path, edited):
    environment(tmp_path).get_template("t.html")
    later = environment(tmp_path, {"t.html": edited})
    assert later.get_template("t.html").render(name="Gaspé") == edited.replace("{{ name|shout }}", "GASPÉ")
    assert later.compiled_count == 1


@pass_context
def shout_in_context(context, value):
    return f"{context.get('prefix', '')}{str(value).upper()}"


# Changes of the environment that change the compiled code: none may reuse the other's code.
CHANGES = [
    pytest.param({"filters": {"shout": shout_in_context}}, id="filter-takes-the-context"),
    pytest.param({"filters": {}}, id="filter-removed"),
    pytest.param({"extensions": ["jinja2.ext.i18n"]}, id="extension"),
    pytest.param({"trim_blocks": True}, id="option"),
    pytest.param({"variable_start_string": "{{", "variable_end_string": "}}", "block_start_string": "<%", "block_end_string": "%>"}, id="delimiters"),
    pytest.param({"autoescape": False}, id="autoescape"),
    pytest.param({"autoescape": lambda name: not name.endswith(".html")}, id="autoescape-by-name"),
    pytest.param({"finalize": lambda value: value}, id="finalize"),
]


@pytest.mark.parametrize("change", CHANGES)
def test_an_environment_that_compiles_otherwise_compiles_afresh(tmp_path, change):
    environment(tmp_path).get_template("t.html")
    other = environment(tmp_path, **change)
    assert fingerprint(other, "t.html") != fingerprint(environment(tmp_path), "t.html")
    try:
        other.get_template("t.html")
    except Exception:  # e.g. no filter named 'shout': compiled, and refused, afresh
        pass
    assert other.compiled_count == 1


def test_the_same_environment_has_the_same_fingerprint_in_every_build(tmp_path):
    assert fingerprint(environment(tmp_path)) == fingerprint(environment(tmp_path / "other"))


def test_cached_code_renders_what_fresh_code_renders(tmp_path):
    environment(tmp_path).get_template("t.html")
    cached = environment(tmp_path)
    fresh = Environment(loader=DictLoader(TEMPLATE), autoescape=True)
    fresh.filters["shout"] = shout
    for name in ["<b>Lévis</b>", "Sept-Îles", ""]:
        assert cached.get_template("t.html").render(name=name) == fresh.get_template("t.html").render(name=name)
    assert cached.compiled_count == 0


def test_generator_init_points_every_generator_at_cache_path(tmp_path):
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    generators = [SimpleNamespace(env=Environment(), settings=settings) for _ in range(3)]
    for generator in generators:
        share_compiled_templates(generator)
    folders = {generator.env.bytecode_cache.directory for generator in generators}
    assert folders == {str(tmp_path / "cache" / FOLDER)} and (tmp_path / "cache" / FOLDER).is_dir()
