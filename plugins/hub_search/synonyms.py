"""Synonyms for search: the hub's own words in French and English, indexed with each page.

Pagefind (1.5) has no synonym list of its own. A page that uses one word of a group gets the
other words of the group as hidden indexed text (the `data-synonyms` attribute of the page's
footer, which Pagefind indexes through `data-pagefind-index-attrs`; nothing is shown or read
aloud): a search for « dinner » finds the « dîners de réseautage », one for « 5 à 7 » the
after-work meetups, in either language's index.
"""

import functools
import re
import unicodedata

from markupsafe import Markup

# Each group: words and phrases that mean the same thing to the hub's readers (Quebec usage:
# the « dîner » is the midday meal, the « déjeuner » the morning one).
GROUPS = (
    ("dîner", "dîners", "dîner-causerie", "dîners-conférences", "lunch", "lunches", "dinner", "dinners"),
    ("déjeuner", "déjeuners", "breakfast", "breakfasts"),
    ("5 à 7", "cinq à sept", "after-work", "afterwork", "happy hour"),
    ("réseautage", "networking", "réseau d'affaires"),
    ("webinaire", "webinaires", "webinar", "webinars", "webinaire en ligne"),
    ("conférence", "conférences", "conference", "talk", "talks", "causerie"),
    ("atelier", "ateliers", "workshop", "workshops"),
    ("balado", "balados", "baladodiffusion", "podcast", "podcasts"),
    ("jeune pousse", "jeunes pousses", "startup", "startups", "start-up", "démarrage"),
    ("incubateur", "incubator", "accélérateur", "accelerator"),
    ("exportation", "exporter", "export", "exporting"),
    ("mission commerciale", "trade mission", "délégation", "delegation"),
    ("cotravail", "coworking"),
)


def normalized(text: str) -> str:
    """Lowercase, accents removed, apostrophes straight, spaces single: for matching only."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    for mark in [c for c in set(text) if unicodedata.combining(c)]:  # each distinct character tested once
        text = text.replace(mark, "")
    return " " + re.sub(r"[^\w'-]+", " ", text).strip() + " "


@functools.lru_cache(maxsize=8)
def matching_forms(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Each group as (word, normalized word) pairs: a pure function of the table, worked out once."""
    return tuple(tuple((word, normalized(word)) for word in group) for group in groups)


def synonyms_for(text: str, groups=GROUPS) -> list[str]:
    """The words of every group that `text` uses one word of, minus those it already has."""
    haystack = normalized(text)
    found = []
    for group in matching_forms(tuple(map(tuple, groups))):
        if any(key in haystack for _word, key in group):
            found += [word for word, key in group if key not in haystack and word not in found]
    return found


def item_text(item) -> str:
    """What an item says about itself: title, summary, tags, category and body, as text."""
    metadata = getattr(item, "metadata", None) or {}  # not item.summary: a property that needs the site URL
    parts = [getattr(item, "title", "") or "", metadata.get("summary") or ""]
    parts += [tag.name for tag in getattr(item, "tags", None) or ()]
    category = getattr(item, "category", None)
    parts.append(getattr(category, "name", "") or "")
    parts.append(getattr(item, "_content", "") or "")
    return " ".join(Markup(part).striptags() for part in parts)


def add_synonyms(item) -> None:
    """content_object_init: `item.search_synonyms`, read by article.html and page.html."""
    item.search_synonyms = synonyms_for(item_text(item))
