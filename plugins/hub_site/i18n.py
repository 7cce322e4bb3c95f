"""The theme's UI strings in the page's language: gettext catalogs read with Babel.

Templates write the French text (the site's language is the source language):
`{{ _('En bref') }}`, `{{ ngettext('%(num)d participant', '%(num)d participants', n) }}`,
`{{ pgettext('mission', 'Événements') }}` when one French word needs two English ones.
The English text comes from `theme/translations/en/LC_MESSAGES/messages.po`, read as is
(no compiled `.mo`); `make translations` refreshes the `.pot` and the `.po` from the templates.

The language is the page's, read from the template context: `lang` (set by base.html),
else the language of `item`, `article` or `page`, else the site's. A fragment in another
language than its page (an English event's card on a French listing) says so: `_('Gratuit',
lang=event.lang)`. Formatting follows Jinja's "newstyle" gettext: the translation is
always a %-format string (write `%%` for a percent sign) and its variables are escaped.
"""

from jinja2 import pass_context
from markupsafe import Markup

from hub_core.i18n import DOMAIN, Catalogs, load_catalogs, translations_directory
from hub_core.typography import typeset

CONTEXT_KEY = "ui_translations"  # the build's Translations, shared by its generators

__all__ = ["DOMAIN", "Translations", "add_gettext", "load_catalogs", "page_language", "translations_directory"]


def page_language(context, default="fr"):
    """The language of the page being rendered."""
    lang = context.get("lang")
    if isinstance(lang, str) and lang:
        return lang
    for name in ("item", "article", "page"):
        item_lang = getattr(context.get(name), "lang", None)
        if isinstance(item_lang, str) and item_lang:
            return item_lang
    return default


class Translations(Catalogs):
    """The gettext callables of one build, over its catalogs (hub_core.i18n.Catalogs)."""

    def __init__(self, catalogs, default="fr"):
        super().__init__(catalogs, default)
        self.typeset_messages = {}  # {(lang, singular, plural, num, context): text}: this build's, filled as pages ask

    def typeset_translation(self, lang, singular, plural=None, num=None, context=None):
        """translate() with the typography of `lang` (hub_core.typography): each message typeset once."""
        key = (lang, singular, plural, num, context)
        text = self.typeset_messages.get(key)
        if text is None:
            text = self.typeset_messages[key] = typeset(self.translate(lang, singular, plural, num, context), lang)
        return text

    def callables(self):
        translations = self

        @pass_context
        def gettext(context, message, lang=None, **variables):
            lang = lang or page_language(context, translations.default)
            return _format(context, translations.typeset_translation(lang, message), variables)

        @pass_context
        def ngettext(context, singular, plural, num, lang=None, **variables):
            lang = lang or page_language(context, translations.default)
            variables.setdefault("num", num)
            return _format(context, translations.typeset_translation(lang, singular, plural, num), variables)

        @pass_context
        def pgettext(context, message_context, message, lang=None, **variables):
            lang = lang or page_language(context, translations.default)
            return _format(context, translations.typeset_translation(lang, message, context=message_context), variables)

        @pass_context
        def current_language(context):
            """The page's language, for a macro imported with context (a card on any page)."""
            return page_language(context, translations.default)

        return {"_": gettext, "gettext": gettext, "ngettext": ngettext, "pgettext": pgettext, "page_language": current_language}


def _format(context, text, variables):
    """The typeset message, then its fields (escaped when the template autoescapes)."""
    if context.eval_ctx.autoescape:
        text = Markup(text)
    if not variables and "%" not in text:  # nothing to fill in: `text % {}` would give `text`
        return text
    return text % variables


def add_gettext(generator):
    """generator_init: the gettext callables, as Jinja globals of the generator's environment.

    Set on the environment, not in JINJA_GLOBALS: settings are pickled with the content cache.
    One Translations per build, kept in the build's context (its catalogs read once, its
    messages typeset once for every generator). `{% trans %}` blocks (jinja2.ext.i18n) call them
    the newstyle way.
    """
    translations = generator.context.get(CONTEXT_KEY)
    if translations is None:
        settings = generator.settings
        catalogs = load_catalogs(translations_directory(settings))
        translations = generator.context[CONTEXT_KEY] = Translations(catalogs, settings.get("DEFAULT_LANG") or "fr")
    generator.env.globals.update(translations.callables())
    generator.env.newstyle_gettext = True
