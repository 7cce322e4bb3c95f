"""Jinja filters and globals: dates the Quebec way, prices, addresses, the content model's labels."""

import datetime as dt
from decimal import Decimal

from babel.numbers import format_decimal
from jinja2 import pass_context

from hub_core import dates, labels, urls
from hub_core.i18n import N_, words
from hub_core.jsonscript import script_json
from hub_core.places import point_of
from hub_core.terms import Terms
from hub_core.text import description, has_heading
from hub_core.typography import typeset


def when(item, lang=None):
    """An event's or mission's date range, in its own time zone."""
    lang = lang or getattr(item, "lang", "fr")
    return dates.format_range(item.start, getattr(item, "end", None), lang)


def when_here(item, home, home_city, lang=None):
    """`when`, plus the time at home when the event is in another time zone."""
    lang = lang or getattr(item, "lang", "fr")
    return dates.format_range_here(item.start, getattr(item, "end", None), dates.zone(home), home_city, lang)


def next_when(event, lang=None):
    """The coming occurrence of an event (its only one when not recurring)."""
    lang = lang or getattr(event, "lang", "fr")
    start = getattr(event, "next_start", None) or event.start
    end = getattr(event, "next_end", None) or getattr(event, "end", None)
    return dates.format_range(start, end, lang)


def span(start, end=None, lang="fr"):
    """A start–end range: `{{ occurrence.start|span(occurrence.end) }}`."""
    return dates.format_range(start, end, lang)


def day(value, lang="fr"):
    return dates.format_day(value, lang)


def clock(value, lang="fr"):
    return dates.format_clock(value, lang)


def month(value, lang="fr"):
    return dates.format_month(value, lang)


def month_abbr(value, lang="fr"):
    """`{{ value|month_abbr(lang) }}`: `déc.`, `Dec.` (a date tile)."""
    return dates.format_month_abbreviation(value, lang)


def price(amount, currency="CAD", lang="fr"):
    """`Gratuit`, `45 $`, `25,50 $` (non-breaking spaces); `Free`, `$45` in English."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    if amount == 0:
        return words(lang, N_("Gratuit"))
    locale = dates.LOCALES.get(lang, "fr_CA")
    pattern = "#,##0" if amount == amount.to_integral_value() else "#,##0.00"
    number = format_decimal(amount, format=pattern, locale=locale)
    symbol = "$" if currency in ("CAD", "USD") else currency
    if currency == "EUR":
        symbol = "€"
    if lang == "en" and symbol == "$":
        return f"{symbol}{number}"
    return f"{number}\u00a0{symbol}"  # French: a non-breaking space before the symbol


def in_language(item, lang):
    """The item's translation in `lang` when there is one, else the item itself.

    On an English listing page, `event|in_language('en')` is the English version of a French
    event that has one; an item without one stays as it is (its card says its language).
    """
    if item is None or getattr(item, "lang", lang) == lang:
        return item
    for translation in getattr(item, "translations", None) or ():
        if translation.lang == lang:
            return translation
    return item


def map_point(item):
    """Where a list sorted by distance puts an item (its venue's or city's point), or None
    for an online event (hub_core.places.point_of)."""
    if item is None or getattr(item, "format", None) == "online":
        return None
    return point_of(item)


def item_description(item) -> str | None:
    """`{{ article|description }}`: the item's description (hub_core.text.description of its summary)."""
    return description(getattr(item, "summary", None))


FILTERS = {
    "map_point": map_point,
    "when": when,
    "when_here": when_here,
    "next_when": next_when,
    "span": span,
    "day": day,
    "clock": clock,
    "month": month,
    "month_abbr": month_abbr,
    "price": price,
    "in_language": in_language,
    "typeset": typeset,  # {{ SITESUBTITLE|typeset(lang) }}: Quebec French or English typography
    "description": item_description,  # {% set description = article|description %}: meta and og:description
    "has_heading": has_heading,  # {% if article.content|has_heading(_('Itinéraire')) %}: the editor wrote it
    "script_json": script_json,  # <script type="application/ld+json">{{ article.jsonld|script_json }}</script>
}

@pass_context
def term_in(context, vocabulary, name, lang="fr"):
    """A category's or column's name on a page in `lang` (content/data/translations.yml)."""
    english = context.get("english_terms") or Terms()
    shown = english.name_in(vocabulary, name, lang)
    return typeset(str(shown), english.language_of(vocabulary, name, lang)) if shown else shown


@pass_context
def term_language(context, vocabulary, name, lang="fr"):
    """The language term_in(vocabulary, name, lang) is written in: `fr` when it has no translation."""
    english = context.get("english_terms") or Terms()
    return english.language_of(vocabulary, name, lang)


class DateWords:
    """The date filters with what they wrote remembered, for one build.

    A 1,000-item build formats the same dates again and again (cards on every listing, both
    languages): about 20,000 Babel calls for a few thousand distinct values. One object per build
    (made on `initialized`), so nothing outlives the build that filled it. Its filters are bound
    methods: Pelican's content cache pickles the settings, and with them this object, empty.
    """

    def __init__(self):
        self.written = {}

    def __getstate__(self):
        return {"written": {}}

    def remember(self, function, *args):
        key = (function.__name__, *(_key(arg) for arg in args))
        text = self.written.get(key)
        if text is None:
            text = self.written[key] = function(*args)
        return text

    def when(self, item, lang=None):
        return self.remember(span, item.start, getattr(item, "end", None), lang or getattr(item, "lang", "fr"))

    def next_when(self, event, lang=None):
        start = getattr(event, "next_start", None) or event.start
        end = getattr(event, "next_end", None) or getattr(event, "end", None)
        return self.remember(span, start, end, lang or getattr(event, "lang", "fr"))

    def span(self, start, end=None, lang="fr"):
        return self.remember(span, start, end, lang)

    def day(self, value, lang="fr"):
        return self.remember(day, value, lang)

    def clock(self, value, lang="fr"):
        return self.remember(clock, value, lang)

    def month(self, value, lang="fr"):
        return self.remember(month, value, lang)

    def filters(self) -> dict:
        """The date filters of FILTERS, remembering."""
        return {name: getattr(self, name) for name in ("when", "next_when", "span", "day", "clock", "month")}


def _key(value):
    """A value as a cache key: aware datetimes that are the same instant in two time zones are
    equal in Python but are written differently, so the zone is part of the key."""
    if isinstance(value, (dt.datetime, dt.time)):
        return (type(value), value.isoformat(), str(value.tzinfo))
    if isinstance(value, dt.date):
        return (type(value), value.isoformat())
    return value


@pass_context
def content_type_label(context, content_type, lang=None):
    """`Événement`, `Event`: a content type's name (hub_core.labels), in `lang` or the page's language; '' for another value."""
    message = labels.CONTENT_TYPE_LABELS.get(content_type)
    return labels.in_page_words(context, message, lang) if message else ""


@pass_context
def country_name(context, code, lang=None):
    """`États-Unis`, `United States`: a country's name (hub_core.labels), in `lang` or the page's language; an unknown code as is."""
    message = labels.COUNTRY_NAMES.get(code)
    return labels.in_page_words(context, message, lang) if message else code


# The site's addresses, from hub_core.urls (a template spells none: tests/unit/hub_core/test_addresses.py).
ADDRESSES = {
    "page_url": urls.page_url,  # page_url('events', lang): `evenements/`, `en/events/`
    "key_url": urls.key_url,  # key_url('regions', region.slug): `regions/gaspesie/` (French, for listing_url)
    "calendar_url": urls.calendar_url,  # calendar_url('regions', slug, lang): `regions/gaspesie/calendrier.ics`
    "own_calendar_url": urls.own_calendar_url,  # own_calendar_url('events', slug): `evenements/atelier.ics`
    "data_file_url": urls.data_file_url,  # data_file_url('directory_json'): `repertoire/repertoire.json`
    "folder": urls.folder,  # folder('blog'): `blogue`, a type feed's key in feed_index: ('type', folder('blog'))
    "listing_url": urls.listing_url,  # listing_url(french_address, lang): its address in `lang`
}
GLOBALS = {
    **ADDRESSES,
    "english_pages": urls.ENGLISH_PAGES,
    "term_in": term_in,
    "term_language": term_language,
    "content_type_label": content_type_label,  # content_type_label(item.hub_type, item.lang)
    "country_name": country_name,  # country_name(venue.country, lang)
}


def add_filters(pelican):
    """initialized: make the filters known before templates are loaded."""
    pelican.settings.setdefault("JINJA_FILTERS", {}).update(FILTERS | DateWords().filters())
    pelican.settings.setdefault("JINJA_GLOBALS", {}).update(GLOBALS)
