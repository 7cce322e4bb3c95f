"""Synonyms for search: the hub's own words in French and English, indexed with each page.

Pagefind (1.5) has no synonym list of its own. A page that uses one word of a group gets the
other words of the group as hidden indexed text (the `data-synonyms` attribute of the page's
footer, which Pagefind indexes through `data-pagefind-index-attrs`; nothing is shown or read
aloud): a search for « dinner » finds the « dîners de réseautage », one for « 5 à 7 » the
after-work meetups, in either language's index.

The words are worked out when a page shows them (the Jinja global `search_synonyms(item)`, in the
rendering workers), not when an item is read: the whole body's text was half of the serial
"articles' context" phase of every build and preview rebuild (issue #14). The global is a pure
function of its argument, so the incremental build's record of what a page reads stays right
(hub_output README, "Audit of what templates call"), and nothing is cached on the item (its
`__dict__` is its fingerprint).
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


NOT_WORD = re.compile(r"[^\w'-]+")
NOT_ASCII = re.compile(r"[^\x00-\x7f]")  # combining marks are all outside ASCII


def normalized(text: str) -> str:
    """Lowercase, accents removed, apostrophes straight, spaces single: for matching only."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    for mark in {c for c in NOT_ASCII.findall(text) if unicodedata.combining(c)}:  # each distinct character tested once
        text = text.replace(mark, "")
    return " " + NOT_WORD.sub(" ", text).strip() + " "


@functools.lru_cache(maxsize=8)
def matching_forms(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Each group as (word, normalized word) pairs: a pure function of the table, worked out once."""
    return tuple(tuple((word, normalized(word)) for word in group) for group in groups)


def synonyms_for(text: str, groups=GROUPS) -> list[str]:
    """The words of every group that `text` uses one word of, minus those it already has."""
    haystack = normalized(text)
    forms = matching_forms(tuple(map(tuple, groups)))
    words = {token for group in forms for _word, key in group for token in key.split()}
    present = words.intersection(haystack.split())

    def uses(key: str) -> bool:
        # `haystack` is its words between single spaces, and so is `key`: a one-word key is in it
        # when that word is, a longer one only if each of its words is (one scan of the text for
        # the set, where testing every key with `in` scanned it some sixty times).
        tokens = key.split()
        if not present.issuperset(tokens):
            return False
        return len(tokens) == 1 or key in haystack

    found = []
    for group in forms:
        used = [uses(key) for _word, key in group]
        if any(used):
            found += [word for (word, _key), is_used in zip(group, used) if not is_used and word not in found]
    return found


def item_text(item) -> str:
    """What an item says about itself: title, summary, tags, category and body, as text."""
    metadata = getattr(item, "metadata", None) or {}  # not item.summary: a property that needs the site URL
    parts = [getattr(item, "title", "") or "", metadata.get("summary") or ""]
    # The tags as read (metadata), not `item.tags`: hub_frontmatter gives a translation its
    # original's tags after reading, and the words were always those of the item's own front matter.
    parts += [tag.name for tag in metadata.get("tags") or ()]
    category = getattr(item, "category", None)
    parts.append(getattr(category, "name", "") or "")
    parts.append(getattr(item, "_content", "") or "")
    return " ".join(Markup(part).striptags() for part in parts)


def search_synonyms(item) -> list[str]:
    """Jinja global: the other words of the groups `item` uses, which article.html and page.html
    write in `data-synonyms`. Only `item` is read (hub_output records it as the page's input)."""
    return synonyms_for(item_text(item))


GLOBALS = {"search_synonyms": search_synonyms}


def add_globals(pelican) -> None:
    """initialized: the search's Jinja global, before templates are loaded."""
    pelican.settings.setdefault("JINJA_GLOBALS", {}).update(GLOBALS)
