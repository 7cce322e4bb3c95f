"""hub_frontmatter.revisions: the build's warning when the revisions cannot come from git."""

import logging

import pytest
from pelican.log import LimitFilter

from hub_frontmatter import revisions


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("fr", "Révisions : pas de dépôt git (une archive ?) ; DTSTAMP, SEQUENCE et <updated> viennent de `modified`/`date`"),
        ("en", "Revisions: no git repository (an archive?); DTSTAMP, SEQUENCE and <updated> come from `modified`/`date`"),
    ],
)
def test_outside_git_the_warning_is_in_the_message_language_only(tmp_path, monkeypatch, caplog, lang, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HUB_LANG", lang)
    # Pelican's loggers drop a message they logged before in this process (LimitFilter): start afresh.
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    monkeypatch.setattr(LimitFilter, "_ignore", set())
    with caplog.at_level(logging.WARNING, logger=revisions.__name__):
        revisions.set_revisions([], {"PATH": str(tmp_path)})
    assert [record.getMessage() for record in caplog.records] == [expected]


@pytest.mark.parametrize("reason", sorted(revisions.REASONS))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_reason_has_its_words(reason, lang):
    text = revisions.without_history(reason, lang)
    assert text.startswith("Révisions : " if lang == "fr" else "Revisions: ")
    assert ("git" in text) and ("Révisions" not in text if lang == "en" else "Revisions" not in text)
