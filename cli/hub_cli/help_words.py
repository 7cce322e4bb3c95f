"""`hub`'s --help in the language of its messages: click's help texts are catalog messages.

A command's, an option's or an argument's `help` (and an argument's metavar) is written in
French and marked with N_(); click reads it through the properties below, which look it up in
the catalog (hub_core.i18n) when the help is shown: in the language `--lang` gave (an eager
option, so `hub new --lang en --help` is in English), else `message_language()` (HUB_LANG,
LC_ALL, LC_MESSAGES, LANG). Click's own words ("Usage:", "Options:") stay click's.
"""

import functools

import click

from hub_core.i18n import words
from hub_core.problems import message_language

LANGUAGE = "hub_cli.lang"  # the key of --lang's value in click's context.meta


def help_language() -> str:
    """The language of the help being shown: --lang's when given, else the messages'."""
    context = click.get_current_context(silent=True)
    return (context.meta.get(LANGUAGE) if context else None) or message_language()


def remember_language(context: click.Context, _parameter: click.Parameter, value: str | None) -> str | None:
    """--lang's callback: eager, it runs before --help, which then speaks its language."""
    if value:
        context.meta[LANGUAGE] = value
    return value


def in_language(text: str | None) -> str | None:
    """A help text (a French catalog message) in the help's language."""
    return words(help_language(), text) if text else text


def translated(stored: str) -> property:
    """An attribute click sets and reads (`help`, `metavar`), kept in `stored` as written (French)
    and read in the help's language."""
    return property(lambda self: in_language(getattr(self, stored)), lambda self, value: setattr(self, stored, value))


class Command(click.Command):
    help = translated("_help")


class Group(click.Group):
    """The `hub` group: its help and its commands' (command_class) are catalog messages."""

    help = translated("_help")
    command_class = Command


class Option(click.Option):
    help = translated("_help")


class Argument(click.Argument):
    """An argument whose metavar (`RECHERCHE`) is a catalog message."""

    metavar = translated("_metavar")


option = functools.partial(click.option, cls=Option)
argument = functools.partial(click.argument, cls=Argument)
