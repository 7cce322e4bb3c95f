"""hub_cli's --help in the message language: the help texts are catalog messages (help_words)."""

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from hub_core.i18n import message_catalogs
from hub_cli.cli import cli

ROOT = Path(__file__).resolve().parents[3]

# `hub --help` and `hub new --help` in French as they were before the help texts joined the catalog.
FRENCH_HUB = (
    "Usage: hub [OPTIONS] COMMAND [ARGS]...\n\n  L'outil des rédacteurs de maillage : new, translate, check, import, serve,\n"
    "  places (et guide, content-model, schemas, compress). Messages en français ;\n  --lang en ou HUB_LANG=en pour l'anglais.\n\n"
    "Options:\n  --help  Show this message and exit.\n\nCommands:\n"
    "  check          Vérifie le contenu sans construire le site : chaque...\n"
    "  compress       Écrit une copie .gz et .br à côté de chaque fichier texte...\n"
    "  content-model  Régénère la référence des champs de docs/content-model.md...\n"
    "  guide          Régénère la référence des champs du guide de rédaction...\n"
    "  import         Importe les calendriers des groupes...\n"
    "  new            Crée un fichier de contenu du type TYPE, intitulé TITLE,...\n"
    "  places         Liste les municipalités et les lieux que le site connaît,...\n"
    "  schemas        Régénère les schémas JSON des en-têtes (un par type de...\n"
    "  serve          Aperçu sur http://127.0.0.1:8000, reconstruit à chaque...\n"
    "  translate      Commence la traduction anglaise d'un fichier de contenu :...\n"
)
FRENCH_NEW = (
    "Usage: hub new [OPTIONS] {event|post|chronicle|mission|report|directory} TITLE\n\n"
    "  Crée un fichier de contenu du type TYPE, intitulé TITLE, depuis la table des\n  champs.\n\n"
    "Options:\n  --mission TEXT       identifiant de la mission (dossier sous\n"
    "                       content/missions/) : obligatoire pour un récit (report)\n"
    "  --date TEXT          date de publication AAAA-MM-JJ (par défaut : aujourd'hui)\n"
    "  --slug TEXT          identifiant dans l'adresse (par défaut : tiré du titre),\n"
    "                       ex. diner-rimouski-2027-03\n"
    "  --content TEXT       dossier du contenu (par défaut : PATH des réglages, sinon\n                       content)\n"
    "  -s, --settings TEXT  réglages Pelican (par défaut : pelicanconf.py s'il\n                       existe)\n"
    "  --lang [fr|en]       langue des messages : fr (par défaut) ou en\n"
    "  --help               Show this message and exit.\n"
)


def show_help(runner, args, **env):
    result = runner.invoke(cli, args, prog_name="hub", env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("args, expected", [(["--help"], FRENCH_HUB), (["new", "--help"], FRENCH_NEW)])
@pytest.mark.parametrize("env", [{}, {"HUB_LANG": "fr"}, {"LANG": "fr_CA.UTF-8"}])
def test_the_french_help_stays_as_it_was(runner, args, expected, env):
    assert show_help(runner, args, **env) == expected


@pytest.mark.parametrize(
    "args, env, expected, french",
    [
        (["--help"], {"HUB_LANG": "en"}, "  The maillage editors' tool: new, translate, check, import, serve, places (and", "L'outil des rédacteurs"),
        (["--help"], {"HUB_LANG": "en"}, "  new            Create a content file of type TYPE, titled TITLE, from the...", "Crée un fichier"),
        (["new", "--help"], {"HUB_LANG": "en"}, "  Create a content file of type TYPE, titled TITLE, from the field table.", "Crée un fichier"),
        (["new", "--help"], {"HUB_LANG": "en"}, "  --date TEXT          publication date YYYY-MM-DD (default: today)", "date de publication"),
        (["new", "--help"], {"LANG": "en_CA.UTF-8"}, "  --lang [fr|en]       language of the messages: fr (the default) or en", "langue des messages"),
        (["new", "--lang", "en", "--help"], {}, "  --slug TEXT          identifier in the address (default: made from the title),", "identifiant dans"),
        (["places", "--help"], {"HUB_LANG": "en"}, "Usage: hub places [OPTIONS] SEARCH", "RECHERCHE"),
    ],
)
def test_the_help_is_in_english_when_the_messages_are(runner, args, env, expected, french):
    text = show_help(runner, args, **env)
    assert expected in text.splitlines()
    assert french not in text


def test_lang_fr_wins_over_an_english_environment(runner):
    assert show_help(runner, ["new", "--lang", "fr", "--help"], HUB_LANG="en") == FRENCH_NEW


def help_texts(command):
    """Every help text and metavar of `command` and its subcommands, as written (French)."""
    texts = [command._help] if command._help else []
    texts += [p._help for p in command.params if getattr(p, "_help", None)]
    texts += [p._metavar for p in command.params if getattr(p, "_metavar", None)]
    for sub in getattr(command, "commands", {}).values():
        texts += help_texts(sub)
    return texts


def test_every_help_text_is_a_catalog_message_with_english():
    texts = help_texts(cli)
    assert len(texts) > 20
    missing = [text for text in texts if not message_catalogs().has("en", text)]
    assert missing == []


def test_every_option_and_command_reads_its_help_from_the_catalog():
    """A command or option added with click's own classes would keep its French in English help."""
    def walk(command):
        yield command
        for sub in getattr(command, "commands", {}).values():
            yield from walk(sub)

    for command in walk(cli):
        assert hasattr(command, "_help"), command.name
        for parameter in command.params:
            if isinstance(parameter, click.Option) and parameter.help is not None:
                assert hasattr(parameter, "_help"), (command.name, parameter.name)


def test_python_m_hub_cli_help_in_english():
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(HUB_LANG="en", PYTHONPATH=os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")))
    result = subprocess.run([sys.executable, "-m", "hub_cli", "new", "--help"], capture_output=True, text=True, env=env, check=True)
    assert "Create a content file of type TYPE" in result.stdout
