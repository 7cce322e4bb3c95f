"""The site's words in French and English: one gettext catalog, read with Babel.

French is the source language: a string is written in French where it is used, and
`theme/translations/<lang>/LC_MESSAGES/messages.po` gives its translation (read as is, no
compiled `.mo`). Templates reach it through `_()` (hub_site.i18n); plugins that write other
outputs (calendars) through `Catalogs.gettext(lang, message, **variables)`, after marking the
string with `N_()` so that `make translations` extracts it (babel.cfg reads `plugins/`).
The tools' messages (content problems, `hub`'s commands, the build's) are in the same catalog:
`words(lang, N_("Fichier créé : %(path)s"), path=...)`, in the language of
`hub_core.problems.message_language()`.
A translation is a %-format string, as Jinja's "newstyle" gettext wants (`%%` for a percent sign).
"""

from functools import lru_cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from gettext import c2py

from .shapes import Settings

DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a French string for the catalog; it is translated where it is used."""
    return message


def load_catalogs(directory: str | Path) -> dict[str, Catalog]:
    """{lang: babel Catalog} for every `<lang>/LC_MESSAGES/messages.po` under `directory`."""
    catalogs: dict[str, Catalog] = {}
    for po in sorted(Path(directory).glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        lang = po.parent.parent.name
        with po.open("rb") as f:
            catalogs[lang] = read_po(f, locale=lang, domain=DOMAIN)
    return catalogs


# The catalogs of the repository's theme: where the tools' messages are translated.
TRANSLATIONS = Path(__file__).resolve().parents[2] / "theme" / "translations"


def translations_directory(settings: Settings) -> Path:
    return Path(settings.get("THEME", "theme")) / "translations"


class Catalogs:
    """The translations of one build: French (the source) and every catalog's language."""

    def __init__(self, catalogs: dict[str, Catalog], default: str = "fr") -> None:
        self.catalogs = catalogs
        self.default = default
        self.plurals = {lang: c2py(catalog.plural_expr) for lang, catalog in catalogs.items()}

    def translate(self, lang: str, singular: str, plural: str | None = None, n: int | None = None, context: str | None = None) -> str:
        """The words of `singular` in `lang`; the French source when `lang` has none."""
        catalog = self.catalogs.get(lang) if lang != self.default else None
        message = catalog.get(singular, context=context) if catalog else None
        if message is not None and not message.fuzzy and message.string:
            if plural is None:
                text = message.string if isinstance(message.string, str) else message.string[0]
                if text:
                    return text
            elif isinstance(message.string, (list, tuple)):
                assert n is not None  # a plural form needs the number
                index = self.plurals[lang](n)
                if index < len(message.string) and message.string[index]:
                    return message.string[index]
        if plural is None or n == 1:
            return singular
        return plural

    def has(self, lang: str, message: str) -> bool:
        """Whether `message` has words of its own in `lang` (French always has)."""
        if lang == self.default:
            return True
        catalog = self.catalogs.get(lang)
        entry = catalog.get(message) if catalog else None
        return entry is not None and not entry.fuzzy and bool(entry.string)

    def gettext(self, lang: str, message: str, /, **variables: object) -> str:
        """`message` in `lang`, formatted with `variables` (plain text: nothing is escaped)."""
        return self.translate(lang, message) % variables


@lru_cache(maxsize=1)
def message_catalogs() -> Catalogs:
    """The catalogs of theme/translations, read once: the words of the tools' messages."""
    return Catalogs(load_catalogs(TRANSLATIONS))


def words(lang: str, message: str, /, **variables: object) -> str:
    """A tool's message (marked with N_()) in `lang`, formatted with `variables`."""
    return message_catalogs().gettext(lang, message, **variables)


def ngettext(singular: str, plural: str, count: int, /, lang: str = "fr", **variables: object) -> str:
    """A tool's message that depends on a number, `%(num)d` in it, as the templates' ngettext.

    French, the source, says the singular for 0 and 1 (« 0 erreur »); another language follows
    its catalog's plural rule (English: "1 error", "0 errors").
    """
    catalogs = message_catalogs()
    if lang == catalogs.default:
        text = singular if count < 2 else plural
    else:
        text = catalogs.translate(lang, singular, plural, count)
    return text % {"num": count, **variables}


# An event's title with its status, as calendars and feeds write it (pages show a banner).
STATUS_TITLES = {"cancelled": N_("ANNULÉ — %(title)s"), "postponed": N_("REPORTÉ — %(title)s")}


def status_title(words: Catalogs, lang: str, status: str | None, title: str) -> str:
    """`title` with the words of its event's status in `lang` (« ANNULÉ — … », "CANCELLED — …")."""
    message = STATUS_TITLES.get(status or "")
    return words.gettext(lang, message, title=title) if message else title
