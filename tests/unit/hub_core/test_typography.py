"""typeset: Quebec French and English typography for plain text, idempotent, addresses and code kept."""

import pytest

from hub_core.typography import typeset

NB = "\u00a0"

FRENCH = [
    ("Dîner de réseautage à Matane — l'éolien et le numérique", "Dîner de réseautage à Matane — l’éolien et le numérique"),
    ('Le "5 à 7" des Fêtes', f"Le «{NB}5 à 7{NB}» des Fêtes"),
    ("« Nouvel abonnement »", f"«{NB}Nouvel abonnement{NB}»"),
    ("Webinaire: vendre hors Québec", f"Webinaire{NB}: vendre hors Québec"),
    ("Prochaine date :", f"Prochaine date{NB}:"),
    ("Les escales dans l'ordre du voyage ; chacune est décrite", "Les escales dans l’ordre du voyage; chacune est décrite"),
    ("Vraiment ? Oui !", "Vraiment? Oui!"),
    ("à 13:45, rendez-vous", "à 13:45, rendez-vous"),
    ("Et puis...", "Et puis…"),
    ("Voir https://example.org/l'adresse?a=1 : merci", f"Voir https://example.org/l'adresse?a=1{NB}: merci"),
    ("écrire `l'option: x` tel quel", "écrire `l'option: x` tel quel"),
    ("Courriel : info@exemple.qc.ca", f"Courriel{NB}: info@exemple.qc.ca"),
    ("Annulé : %(title)s — %(when)s", f"Annulé{NB}: %(title)s — %(when)s"),
    ('cliquez sur "%(ics)s" puis', f"cliquez sur «{NB}%(ics)s{NB}» puis"),
    ("", ""),
]

ENGLISH = [
    ("Holiday networking lunch in Rivière-du-Loup", "Holiday networking lunch in Rivière-du-Loup"),
    ("Don't miss the editors' picks", "Don’t miss the editors’ picks"),
    ('The "after-work" meetup', "The “after-work” meetup"),
    ("Webinar: selling outside Quebec", "Webinar: selling outside Quebec"),
    ("Really ? Yes !", "Really ? Yes !"),
    ("the '90s and 'quoted' words", "the ’90s and ‘quoted’ words"),
    ("Wait...", "Wait…"),
    ("See www.example.org/it's", "See www.example.org/it's"),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_follows_quebec_rules(text, expected):
    assert typeset(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_keeps_english_rules(text, expected):
    assert typeset(text, "en") == expected


@pytest.mark.parametrize(("text", "lang"), [(text, "fr") for text, _ in FRENCH] + [(text, "en") for text, _ in ENGLISH])
def test_typeset_is_idempotent(text, lang):
    once = typeset(text, lang)
    assert typeset(once, lang) == once


def test_the_language_tag_may_carry_a_region():
    assert typeset("l'été", "fr-CA") == "l’été"
    assert typeset('"hi"', "en-CA") == "“hi”"
