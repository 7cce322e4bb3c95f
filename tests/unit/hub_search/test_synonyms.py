"""The hub's vocabulary in French and English: a page that uses one word gets the others."""

import pytest

from hub_search.synonyms import GROUPS, normalized, synonyms_for

CASES = [
    ("Dîner de réseautage à Matane", {"lunch", "dinner", "networking"}, {"dîner", "réseautage"}),
    ("Holiday networking lunch in Rivière-du-Loup", {"dîner", "dinner", "réseautage"}, {"lunch", "networking"}),
    ("DINER RESEAUTAGE", {"dinner", "networking"}, set()),
    ("SWAFF Québec — 5 à 7 mensuels", {"after-work", "happy hour"}, {"5 à 7"}),
    ("Monthly after-work meetups", {"5 à 7", "cinq à sept"}, {"after-work"}),
    ("Yulbiz Montréal — déjeuners mensuels", {"breakfast"}, {"dîner", "lunch"}),
    ("Le balado en région", {"podcast"}, set()),
    ("Un texte sans vocabulaire du carrefour", set(), {"dinner", "podcast", "networking"}),
    ("Les dinosaures", set(), {"dinner"}),  # a word is matched whole, not inside another
]


@pytest.mark.parametrize(("text", "added", "not_added"), CASES)
def test_a_word_of_a_group_brings_the_others(text, added, not_added):
    found = set(synonyms_for(text))
    assert added <= found
    assert not (not_added & found)


def test_the_words_come_in_a_stable_order_without_repeats():
    found = synonyms_for("Dîner-causerie et dîner de réseautage, lunch")
    assert found == synonyms_for("Dîner-causerie et dîner de réseautage, lunch")
    assert len(found) == len(set(found))


def character_by_character(text):
    """normalized() as first written: every character tested for a combining mark."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " " + re.sub(r"[^\w'-]+", " ", text).strip() + " "


@pytest.mark.parametrize("text", [
    "Dîner-causerie à Trois-Rivières",
    "Réseau d’affaires : l'Œuvre, ÉTÉ, ça",
    "Ñandú, Ångström, naïve café",
    "Ελληνικά ά, עִבְרִית, Cyrillic й ё",
    "Vietnamese: Tiếng Việt",
    "  ",
    "",
])
def test_normalized_drops_every_combining_mark_as_before(text):
    assert normalized(text) == character_by_character(text)


def test_a_table_of_groups_given_as_lists_matches_as_the_tuples_do():
    groups = [["cotravail", "coworking"]]
    assert synonyms_for("Un espace de cotravail", groups) == ["coworking"]
    assert synonyms_for("Un espace de cotravail", tuple(map(tuple, groups))) == ["coworking"]


class Named:
    def __init__(self, name):
        self.name = name


class Item:
    """What item_text reads of a Pelican item; `tags` as hub_frontmatter leaves a translation's."""

    def __init__(self, title, body="", summary="", tags=(), shown_tags=None, category=None):
        self.title = title
        self._content = body
        self.metadata = {"summary": summary, "tags": [Named(t) for t in tags]}
        self.tags = [Named(t) for t in (tags if shown_tags is None else shown_tags)]
        self.category = Named(category) if category else None


ITEMS = [
    (Item("Rencontre", body="<p>Un <strong>dîner</strong> de <em>réseautage</em></p>"), {"lunch", "networking"}),
    (Item("Meetup", summary="<p>Monthly <b>after-work</b></p>"), {"5 à 7", "happy hour"}),
    (Item("Rencontre", tags=["balado"]), {"podcast"}),
    (Item("Rencontre", category="Atelier"), {"workshop"}),
    (Item("Trade mission commerciale"), set()),  # both words of the group present: nothing to add from them
    (Item("Rencontre"), set()),
]


@pytest.mark.parametrize(("item", "added"), ITEMS)
def test_the_template_global_gives_the_words_of_the_items_text(item, added):
    from hub_search.synonyms import item_text, search_synonyms

    assert search_synonyms(item) == synonyms_for(item_text(item))
    assert added <= set(search_synonyms(item))
    assert "search_synonyms" not in vars(item)  # nothing kept on the item: its __dict__ is its fingerprint


def test_a_translation_keeps_the_words_of_its_own_tags_not_the_ones_it_shows():
    from hub_search.synonyms import search_synonyms

    translation = Item("Meetup", tags=["networking"], shown_tags=["balado"])
    assert "réseautage" in search_synonyms(translation)
    assert "podcast" not in search_synonyms(translation)


def test_the_global_is_registered_and_no_item_receiver_is_left(monkeypatch):
    from types import SimpleNamespace

    import hub_search
    from hub_search.synonyms import add_globals, search_synonyms

    pelican = SimpleNamespace(settings={})
    add_globals(pelican)
    assert pelican.settings["JINJA_GLOBALS"]["search_synonyms"] is search_synonyms
    connected = []

    class Signal:
        def __init__(self, name):
            self.name = name

        def connect(self, receiver):
            connected.append((self.name, receiver))

    monkeypatch.setattr(hub_search, "signals", SimpleNamespace(
        initialized=Signal("initialized"), get_generators=Signal("get_generators"),
        content_object_init=Signal("content_object_init")))
    hub_search.register()
    assert ("initialized", add_globals) in connected
    assert "content_object_init" not in [name for name, _receiver in connected]


def one_scan_per_key(text, groups=GROUPS):
    """synonyms_for() as first written: every key looked for in the whole text."""
    haystack = normalized(text)
    found = []
    for group in tuple(tuple((word, normalized(word)) for word in group) for group in groups):
        if any(key in haystack for _word, key in group):
            found += [word for word, key in group if key not in haystack and word not in found]
    return found


@pytest.mark.parametrize("text", [text for text, _added, _not in CASES] + [
    "trade mission commerciale",
    "mission commerciale, trade, mission",
    "5 à 7 à 7 5",
    "réseau d’affaires",
    "réseau de affaires",
    "happy hours and happy hour",
    "jeune pousse pousse jeune",
    "",
])
def test_synonyms_for_gives_what_one_scan_per_key_gave(text):
    assert synonyms_for(text) == one_scan_per_key(text)
