"""hub_site.compiled: generators' environments share compiled templates; an edit recompiles."""

from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment

from hub_site.compiled import MemoryBytecodeCache, share_compiled_templates


def environment(cache, templates):
    env = Environment(loader=DictLoader(templates), autoescape=True)
    env.bytecode_cache = cache
    return env


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


def test_a_second_environment_does_not_compile_again():
    cache = MemoryBytecodeCache()
    templates = {"t.html": "Bonjour {{ name }}"}
    first = counting(environment(cache, templates))
    second = counting(environment(cache, templates))
    assert first.get_template("t.html").render(name="Rimouski") == "Bonjour Rimouski"
    assert second.get_template("t.html").render(name="Matane") == "Bonjour Matane"
    assert (first.compiled_count, second.compiled_count) == (1, 0)


@pytest.mark.parametrize("edited", ["Allô {{ name }}", "Bonjour {{ name }}!"])
def test_an_edited_template_is_compiled_afresh(edited):
    cache = MemoryBytecodeCache()
    environment(cache, {"t.html": "Bonjour {{ name }}"}).get_template("t.html")
    later = counting(environment(cache, {"t.html": edited}))
    assert later.get_template("t.html").render(name="Gaspé") == edited.replace("{{ name }}", "Gaspé")
    assert later.compiled_count == 1


def build(generator_count):
    """The generators of one build: one context, shared as Pelican shares it."""
    context = {}
    generators = [SimpleNamespace(env=Environment(), context=context) for _ in range(generator_count)]
    for generator in generators:
        share_compiled_templates(generator)
    return generators


def test_generator_init_gives_every_generator_of_a_build_the_same_cache():
    generators = build(3)
    caches = {id(generator.env.bytecode_cache) for generator in generators}
    assert len(caches) == 1 and isinstance(generators[0].env.bytecode_cache, MemoryBytecodeCache)


def test_each_build_compiles_its_templates_afresh():
    """No cache outlives its build (house rule 3): the preview's next rebuild starts empty."""
    first, second = build(1)[0], build(1)[0]
    first.env.bytecode_cache.compiled["key"] = b"code"
    assert first.env.bytecode_cache is not second.env.bytecode_cache
    assert second.env.bytecode_cache.compiled == {}
