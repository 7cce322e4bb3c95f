"""UI strings: French in the templates, English from theme/translations (hub_site.i18n)."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from jinja2 import DictLoader, Environment

from hub_site.i18n import Translations, load_catalogs, page_language

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "theme" / "templates"
PLUGINS = ROOT / "plugins"
CLI = ROOT / "cli"
TRANSLATIONS = ROOT / "theme" / "translations"
PLACEHOLDER = re.compile(r"%\((\w+)\)")


def template_messages():
    """Every msgid of the templates and the plugins, extracted the way `make translations` does (babel.cfg)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    messages = {}
    for directory in (TEMPLATES, PLUGINS, CLI):
        for filename, lineno, message, _comments, context in extract_from_dir(
            str(directory), method_map, options_map
        ):
            messages.setdefault((message, context), f"{directory.name}/{filename}:{lineno}")
    return messages


def test_the_templates_use_gettext():
    messages = template_messages()
    assert ("En bref", None) in messages
    assert ("Aller au contenu", None) in messages
    assert (("%(num)d participant", "%(num)d participants"), None) in messages
    assert ("Événements", "mission") in messages


def test_the_plugins_strings_marked_with_n_are_extracted():
    """The calendars' words (hub_events) come from the same catalog as the templates'."""
    messages = template_messages()
    assert ("ANNULÉ — %(title)s", None) in messages
    assert ("%(place)s (et en ligne)", None) in messages
    assert ("Événements — %(name)s", None) in messages


def test_the_tools_messages_are_extracted():
    """Problems, `hub`'s messages and the build's are in the same catalog (hub_core.i18n.words)."""
    from hub_core.problems import MESSAGES  # noqa: PLC0415
    from hub_output.build import ERRNO_TEXT  # noqa: PLC0415

    messages = template_messages()
    marked = {*MESSAGES.values(), *ERRNO_TEXT.values(), "Fichier créé : %(path)s", "avertissement : %(message)s"}
    assert {message for message in marked if (message, None) not in messages} == set()
    assert (("%(num)d erreur", "%(num)d erreurs"), None) in messages


@pytest.mark.parametrize("lang", sorted(load_catalogs(TRANSLATIONS)))
def test_every_template_string_is_translated(lang):
    """Nothing stays French on an English page unnoticed: run `make translations`, then translate."""
    catalog = load_catalogs(TRANSLATIONS)[lang]
    missing = []
    for (message, context), where in template_messages().items():
        msgid = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(msgid, context=context)
        strings = [] if entry is None else ([entry.string] if isinstance(entry.string, str) else list(entry.string))
        if entry is None or entry.fuzzy or not strings or not all(strings):
            missing.append(f"{where}: {message!r}")
    assert not missing, f"untranslated in {lang}:\n" + "\n".join(missing)


def test_the_english_catalog_exists():
    assert "en" in load_catalogs(TRANSLATIONS)


def test_the_translations_keep_the_placeholders():
    catalog = load_catalogs(TRANSLATIONS)["en"]
    for entry in catalog:
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) == wanted, entry.id


@pytest.fixture
def render():
    catalogs = load_catalogs(TRANSLATIONS)

    def render(source, **context):
        env = Environment(loader=DictLoader({"t.html": source}), autoescape=True, extensions=["jinja2.ext.i18n"])
        env.globals.update(Translations(catalogs, "fr").callables())
        env.newstyle_gettext = True
        return env.get_template("t.html").render(**context)

    return render


def test_french_pages_keep_the_source_strings(render):
    assert render("{{ _('En bref') }}") == "En bref"
    assert render("{{ _('En bref') }}", lang="fr") == "En bref"


@pytest.mark.parametrize(
    "context",
    [
        {"lang": "en"},
        {"item": SimpleNamespace(lang="en")},
        {"article": SimpleNamespace(lang="en")},
        {"page": SimpleNamespace(lang="en")},
    ],
    ids=["lang", "item", "article", "page"],
)
def test_the_language_comes_from_the_page(render, context):
    assert render("{{ _('En bref') }}", **context) == "At a glance"


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        pytest.param({}, "fr", id="default"),
        pytest.param({"lang": "en"}, "en", id="listing-page"),
        pytest.param({"page": SimpleNamespace(lang="en")}, "en", id="directory-entry"),
        pytest.param({"article": SimpleNamespace(lang="en")}, "en", id="article"),
    ],
)
def test_a_macro_imported_with_context_knows_the_pages_language(render, context, expected):
    """A card on an English directory entry page: its macro finds the page's language."""
    source = "{% macro card() %}{{ page_language() }}{% endmacro %}{{ card() }}"
    assert render(source, **context) == expected


def test_an_explicit_language_wins(render):
    """An English event's card on a French listing page."""
    assert render("{{ _('Gratuit', lang='en') }}", lang="fr") == "Free"
    assert render("{{ _('Gratuit', lang='fr') }}", lang="en") == "Gratuit"


def test_a_language_without_catalog_falls_back_to_french(render):
    assert render("{{ _('En bref') }}", lang="es") == "En bref"


def test_plurals(render):
    template = "{{ ngettext('%(num)d participant', '%(num)d participants', n) }}"
    assert render(template, n=1) == "1 participant"
    assert render(template, n=12) == "12 participants"
    times = "{{ ngettext('%(num)d fois', '%(num)d fois', n) }}"
    assert render(times, n=1, lang="en") == "1 time"
    assert render(times, n=3, lang="en") == "3 times"
    assert render(times, n=3) == "3 fois"


def test_a_message_context_tells_two_translations_apart(render):
    assert render("{{ _('Événements') }}", lang="en") == "Events"
    assert render("{{ pgettext('mission', 'Événements') }}", lang="en") == "Events attended"
    assert render("{{ pgettext('mission', 'Événements') }}") == "Événements"


def test_variables_are_escaped(render):
    html = render("{{ _('Voir %(place)s sur OpenStreetMap', place=name) }}", name="<b>Café</b>", lang="en")
    assert html == "See &lt;b&gt;Café&lt;/b&gt; on OpenStreetMap"


def test_trans_blocks_use_the_same_catalog(render):
    assert render("{% trans %}En bref{% endtrans %}", lang="en") == "At a glance"


def test_page_language_order():
    assert page_language({}) == "fr"
    assert page_language({}, default="en") == "en"
    assert page_language({"lang": "en", "article": SimpleNamespace(lang="fr")}) == "en"
    assert page_language({"item": SimpleNamespace(lang=None), "page": SimpleNamespace(lang="en")}) == "en"


@pytest.mark.parametrize(
    ("source", "lang", "expected"),
    [
        ("{{ _(\"S'abonner\") }}", "fr", "S’abonner"),
        ("{{ _('Date limite :') }}", "fr", "Date limite\u00a0:"),
        ("{{ _(\"Aucun événement n'est annoncé pour l'instant. Revenez bientôt, ou proposez-nous le vôtre!\") }}", "fr",
         "Aucun événement n’est annoncé pour l’instant. Revenez bientôt, ou proposez-nous le vôtre!"),
        ("{{ _('Annulé : %(title)s', title=\"l'atelier <b>\") }}", "fr", "Annulé\u00a0: l&#39;atelier &lt;b&gt;"),
        ("{{ _(\"S'abonner\") }}", "en", "Subscribe"),
    ],
)
def test_theme_strings_get_the_typography_of_their_language_before_their_fields(render, source, lang, expected):
    """The message is typeset (hub_core.typography); what fills its fields is escaped, untouched."""
    assert render(source, lang=lang) == expected


# (lang, singular, plural, num, context): one Translations answers them all in this order, so a
# message asked again (or in the other language, or with another count) comes from its memo.
MESSAGES = [
    ("fr", "S'abonner", None, None, None),
    ("en", "S'abonner", None, None, None),
    ("fr", "S'abonner", None, None, None),
    ("fr", "Date limite :", None, None, None),
    ("en", "Date limite :", None, None, None),
    ("fr", "Événements", None, None, None),
    ("fr", "Événements", None, None, "mission"),
    ("en", "Événements", None, None, "mission"),
    ("en", "Événements", None, None, None),
    ("fr", "%(num)d participant", "%(num)d participants", 1, None),
    ("fr", "%(num)d participant", "%(num)d participants", 12, None),
    ("en", "%(num)d fois", "%(num)d fois", 1, None),
    ("en", "%(num)d fois", "%(num)d fois", 3, None),
    ("es", "En bref", None, None, None),
    ("en", "Un message que le catalogue n'a pas...", None, None, None),
]


def test_a_typeset_translation_equals_the_translation_typeset_afresh():
    from hub_core.typography import typeset

    catalogs = load_catalogs(TRANSLATIONS)
    translations = Translations(catalogs, "fr")
    for _ in range(2):  # the second round comes from the memo
        for lang, singular, plural, num, context in MESSAGES:
            fresh = typeset(Translations(catalogs, "fr").translate(lang, singular, plural, num, context), lang)
            assert translations.typeset_translation(lang, singular, plural, num, context) == fresh, (lang, singular, num, context)


def test_each_build_starts_with_its_own_memo():
    catalogs = load_catalogs(TRANSLATIONS)
    first, second = Translations(catalogs, "fr"), Translations(catalogs, "fr")
    first.typeset_translation("en", "S'abonner")
    assert first.typeset_messages and not second.typeset_messages


def test_the_generators_of_a_build_share_one_translations():
    from jinja2 import Environment as Env

    from hub_site.i18n import add_gettext

    def build(count):
        context, settings = {}, {"THEME": str(ROOT / "theme"), "DEFAULT_LANG": "fr"}
        generators = [SimpleNamespace(env=Env(extensions=["jinja2.ext.i18n"]), context=context, settings=settings) for _ in range(count)]
        for generator in generators:
            add_gettext(generator)
        return generators

    first, second = build(2)
    assert first.env.globals["_"] is not second.env.globals["_"]  # each environment its callables…
    assert first.context["ui_translations"] is second.context["ui_translations"]  # …over one Translations
    assert build(1)[0].context["ui_translations"] is not first.context["ui_translations"]  # a new build, new memo
    assert first.env.from_string("{{ _('En bref', lang='en') }}").render() == "At a glance"


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ _('En bref') }}", "En bref"),
        ("{{ _('Rabais de 10 %%') }}", "Rabais de 10 %"),  # no field, but a percent sign to unescape
        ("{{ _('100 %% local, %(city)s', city=c) }}", "100 % local, A&amp;B"),
        ("{{ _('Tout <em>neuf</em>') }}", "Tout <em>neuf</em>"),  # the catalog's own words are not escaped
    ],
)
def test_a_message_without_fields_is_written_as_the_catalog_gives_it(source, expected, autoescape):
    env = Environment(loader=DictLoader({"t.html": source}), autoescape=autoescape, extensions=["jinja2.ext.i18n"])
    env.globals.update(Translations(load_catalogs(TRANSLATIONS), "fr").callables())
    env.newstyle_gettext = True
    wanted = expected if autoescape else expected.replace("&amp;", "&")
    assert env.get_template("t.html").render(c="A&B") == wanted
