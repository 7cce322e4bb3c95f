"""hub_core.serve: the preview's rebuild loop prints a failed build's problems
once, then waits for a change (Pelican and the file watcher are faked)."""

import os
from types import SimpleNamespace

import pytest

from hub_core import serve
from hub_core.problems import ContentErrors, Problem


class Stop(Exception):
    """Ends the otherwise endless loop from the fake file watcher."""


class FakePelican:
    def __init__(self, outcomes):
        self.outcomes = outcomes  # one per run: None (success) or an exception to raise
        self.runs = 0

    def run(self):
        outcome = self.outcomes[self.runs]
        self.runs += 1
        if outcome is not None:
            raise outcome


def loop(monkeypatch, tmp_path, outcomes, changes):
    """Run rebuild_forever with fake Pelican runs and watcher results.

    Returns (pelican, the args of every get_instance call).
    """
    settings_file = tmp_path / "pelicanconf.py"
    settings_file.write_text("", encoding="utf-8")
    pelican = FakePelican(outcomes)
    instances = []

    def get_instance(args):
        instances.append(args)
        return pelican, {"PATH": str(tmp_path)}

    pending = list(changes)

    def wait_for_changes(settings, settings_dict):
        assert settings == str(settings_file)
        if not pending:
            raise Stop
        return {("modified", path) for path in pending.pop(0)}

    monkeypatch.setattr(serve, "get_instance", get_instance)
    monkeypatch.setattr(serve, "wait_for_changes", wait_for_changes)
    with pytest.raises(Stop):
        serve.rebuild_forever(SimpleNamespace(settings=str(settings_file)))
    return pelican, instances


def test_failed_build_prints_its_summary_once_then_waits(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("HUB_LANG", "fr")
    errors = ContentErrors([Problem("content/events/a.md", 7, "end", "end_before_start", {"value": "a", "start": "b"})])
    pelican, instances = loop(monkeypatch, tmp_path, [errors, None], [[str(tmp_path / "content" / "a.md")]])
    assert pelican.runs == 2  # once, then once more after the change: no rebuild storm
    assert len(instances) == 1  # made once at the start; the settings did not change
    assert capsys.readouterr().err == (
        "\n1 erreur(s) de contenu ; rien n'a été publié\nEn attente d'une modification…\n"
    )


def test_waiting_message_in_english(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("HUB_LANG", "en")
    pelican, _ = loop(monkeypatch, tmp_path, [ContentErrors([], "en")], [])
    assert pelican.runs == 1
    assert capsys.readouterr().err == "\n0 content error(s); nothing was published\nWaiting for a change…\n"


def test_settings_change_reloads_the_instance(monkeypatch, tmp_path):
    settings_file = os.path.abspath(tmp_path / "pelicanconf.py")
    pelican, instances = loop(monkeypatch, tmp_path, [None, None], [[settings_file, str(tmp_path / "x")]])
    assert pelican.runs == 2
    assert len(instances) == 2  # made at the start, then again after the settings changed


def test_other_errors_are_logged_and_the_loop_goes_on(monkeypatch, tmp_path, caplog):
    pelican, _ = loop(monkeypatch, tmp_path, [RuntimeError("thème cassé"), None], [[str(tmp_path / "x")]])
    assert pelican.runs == 2
    assert "RuntimeError: thème cassé" in caplog.text


@pytest.mark.parametrize(
    "argv, overrides",
    [
        (["content", "-s", "pelicanconf.py"], {"HUB_PREVIEW": True}),
        (["content", "-e", "SITEURL=\"http://x\""], {"SITEURL": "http://x", "HUB_PREVIEW": True}),
        (["content", "-e", "HUB_PREVIEW=false"], {"HUB_PREVIEW": True}),
    ],
)
def test_the_preview_builds_with_hub_preview(argv, overrides):
    """A placeholder is a warning only in the preview: serve always sets HUB_PREVIEW."""
    assert serve.preview_arguments(argv).overrides == overrides
