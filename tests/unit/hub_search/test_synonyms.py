"""The hub's vocabulary in French and English: a page that uses one word gets the others."""

import pytest

from hub_search.synonyms import normalized, synonyms_for

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
