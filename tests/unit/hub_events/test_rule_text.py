"""A recurrence rule in French and English words, for the rules the content model allows."""

import pytest

from hub_events.rule_text import describe

RULES = [
    ("FREQ=MONTHLY;BYDAY=2TU", "chaque 2e mardi du mois", "on the 2nd Tuesday of every month"),
    ("FREQ=MONTHLY;BYDAY=1TH", "chaque 1er jeudi du mois", "on the 1st Thursday of every month"),
    ("FREQ=MONTHLY;BYDAY=3WE", "chaque 3e mercredi du mois", "on the 3rd Wednesday of every month"),
    ("FREQ=MONTHLY;BYDAY=-1FR", "chaque dernier vendredi du mois", "on the last Friday of every month"),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH", "le 2e jeudi du mois, un mois sur deux", "on the 2nd Thursday of every other month"),
    ("FREQ=MONTHLY;BYMONTHDAY=15", "le 15 de chaque mois", "on the 15th of every month"),
    ("FREQ=MONTHLY;BYMONTHDAY=1", "le 1er de chaque mois", "on the 1st of every month"),
    ("FREQ=MONTHLY", "chaque mois", "every month"),
    ("FREQ=WEEKLY;BYDAY=TU", "chaque mardi", "every Tuesday"),
    ("FREQ=WEEKLY;BYDAY=MO,WE", "chaque lundi et mercredi", "every Monday and Wednesday"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "un jeudi sur deux", "every other Thursday"),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=FR", "toutes les 3 semaines, le vendredi", "every 3 weeks on Friday"),
    ("FREQ=WEEKLY", "chaque semaine", "every week"),
    ("FREQ=DAILY", "chaque jour", "every day"),
    ("FREQ=DAILY;INTERVAL=2", "un jour sur deux", "every other day"),
    ("FREQ=YEARLY", "chaque année", "every year"),
]


@pytest.mark.parametrize(("rule", "french", "english"), RULES)
def test_a_rule_in_french_and_english(rule, french, english):
    assert describe(rule, "fr") == french
    assert describe(rule, "en") == english


@pytest.mark.parametrize("rule", [
    "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",  # said another way than we phrase
    "FREQ=WEEKLY;BYHOUR=9",
    "FREQ=MONTHLY;BYDAY=1MO,3MO",
    "not a rule",
])
def test_a_rule_we_cannot_say_gets_no_phrase(rule):
    assert describe(rule, "fr") is None
    assert describe(rule, "en") is None
