"""hub_output.build.atomic_run with a stand-in for Pelican: the site is swapped in only after a
run that succeeded, a failed run leaves output/ and no staging folder, errors are one line."""

import contextlib
import os
import subprocess
import sys
import time
from types import SimpleNamespace

import pytest

from hub_output import build, staging


class FakePelican(SimpleNamespace):
    """What atomic_run uses of a Pelican instance; `run` writes a page or raises `error`."""

    def __init__(self, tmp_path, error=None, **options):
        output = tmp_path / "output"
        settings = {"PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(output),
                    "HUB_OUTPUT": {"search_index": False, **options}}
        super().__init__(settings=settings, output_path=str(output), error=error, seen=[])

    def run(self):
        self.seen.append(self.output_path)
        (staging.Path(self.output_path) / "index.html").write_text("nouveau", encoding="utf-8")
        if self.error:
            raise self.error


@pytest.fixture
def old_site(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "index.html").write_text("ancien", encoding="utf-8")
    (tmp_path / ".output.staging-99").mkdir()  # left by a killed build
    return tmp_path


def names(folder):
    """The folder's entries once the old sites set aside are removed (by a process of their own)."""
    deadline = time.monotonic() + 60
    while any(p.name.startswith(".output.trash-") for p in folder.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.02)
    return sorted(p.name for p in folder.iterdir())


def test_a_successful_run_writes_beside_output_then_replaces_it(old_site):
    pelican = FakePelican(old_site, compress=True)
    build.atomic_run(pelican, pelican.run)
    assert pelican.seen == [str(old_site / f".output.staging-{build.os.getpid()}")]
    assert (old_site / "output" / "index.html").read_text(encoding="utf-8") == "nouveau"
    assert names(old_site / "output") == ["index.html"]  # nouveau is not smaller compressed
    assert names(old_site) == [".output.lock", "content", "output"]
    assert pelican.output_path == pelican.settings["OUTPUT_PATH"] == str(old_site / "output")


@pytest.mark.parametrize("error", [None, RuntimeError("extension en panne")])
def test_the_preview_hears_once_the_new_site_is_in_and_only_then(old_site, error):
    """hub_core.rebuilds: a save after this need not stop the build (it is about to stay as the model)."""
    pelican = FakePelican(old_site, error=error)
    heard = []
    pelican.hub_swapped = lambda: heard.append((old_site / "output" / "index.html").read_text(encoding="utf-8"))
    with pytest.raises(type(error)) if error else contextlib.nullcontext():
        build.atomic_run(pelican, pelican.run)
    assert heard == ([] if error else ["nouveau"])


@pytest.mark.parametrize("error", [RuntimeError("extension en panne"), KeyboardInterrupt(), SystemExit(143)])
def test_a_failed_run_leaves_the_old_site_and_no_staging_folder(old_site, error):
    pelican = FakePelican(old_site, error=error)
    with pytest.raises(type(error)):
        build.atomic_run(pelican, pelican.run)
    assert (old_site / "output" / "index.html").read_text(encoding="utf-8") == "ancien"
    assert names(old_site) == [".output.lock", "content", "output"]
    assert pelican.output_path == str(old_site / "output")


def test_a_disk_error_is_one_line_in_french_or_english(old_site, monkeypatch, capsys):
    error = OSError(28, "No space left on device", str(old_site / ".output.staging-1" / "x.html"))
    for lang, expected in (("fr", "Construction impossible : disque plein : "), ("en", "Cannot build: no space left on device: ")):
        monkeypatch.setenv("HUB_LANG", lang)
        pelican = FakePelican(old_site, error=error)
        with pytest.raises(build.OutputError):
            build.atomic_run(pelican, pelican.run)
        lines = capsys.readouterr().err.splitlines()
        assert len(lines) == 1 and lines[0].startswith(expected)
    assert (old_site / "output" / "index.html").read_text(encoding="utf-8") == "ancien"


def test_a_held_lock_stops_before_anything_is_touched(old_site, capsys, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "fr")
    held = staging.take_lock(old_site / "output")
    try:
        pelican = FakePelican(old_site)
        with pytest.raises(build.OutputError):
            build.atomic_run(pelican, pelican.run)
    finally:
        staging.release_lock(held)
    assert pelican.seen == []
    assert capsys.readouterr().err.startswith(f"Une autre construction est en cours (PID {build.os.getpid()})")
    assert ".output.staging-99" in names(old_site)  # the holder's business, not ours


def test_an_output_folder_that_holds_the_content_is_built_in_place(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "fr")
    (tmp_path / "content").mkdir()
    pelican = FakePelican(tmp_path)
    pelican.output_path = pelican.settings["OUTPUT_PATH"] = str(tmp_path)
    build.atomic_run(pelican, pelican.run)
    assert pelican.seen == [str(tmp_path)] and (tmp_path / "content").is_dir()
    assert capsys.readouterr().err.endswith("construction sur place, sans remplacement atomique.\n")


def test_an_unknown_setting_is_refused(monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    with pytest.raises(ValueError, match="Invalid 'HUB_OUTPUT' key: 'compresss'"):
        build.plugin_settings({"HUB_OUTPUT": {"compresss": True}}, "HUB_OUTPUT", build.DEFAULTS)


def fake_pagefind(calls, told=None):
    """run_pagefind that writes an index of the site's index.html into `bundle`; `told`: a file
    where it also writes what it was given (the preview's index runs in a process of its own)."""

    def run(site, exclude, bundle=None):
        calls.append((site, bundle))
        if told is not None:
            told.write_text(repr((str(site), bundle.name.rpartition("-")[0])), encoding="utf-8")
        bundle = bundle or site / "pagefind"
        bundle.mkdir()
        (bundle / "index.pf_meta").write_text((site / "index.html").read_text(encoding="utf-8"), encoding="utf-8")

    return run


def test_the_previews_search_index_comes_after_the_swap(old_site, monkeypatch):
    (old_site / "output" / "pagefind").mkdir()
    (old_site / "output" / "pagefind" / "index.pf_meta").write_text("ancien", encoding="utf-8")
    calls, seen, told = [], [], old_site / "content" / "told"
    monkeypatch.setattr(build, "run_pagefind", fake_pagefind(calls, told))
    pelican = FakePelican(old_site, search_index="after")
    original = staging.replace_output

    def replace(new, output):  # what the site's index is when the new site goes in
        if output.name == "output":
            seen.append((output.name, (new / "pagefind" / "index.pf_meta").read_text(encoding="utf-8")))
        original(new, output)

    monkeypatch.setattr(staging, "replace_output", replace)
    build.atomic_run(pelican, pelican.run)
    assert seen[0] == ("output", "ancien")  # the previous index, in the new site at once
    assert calls == []  # the build is done: the index is made by a process of its own
    index = old_site / "output" / "pagefind" / "index.pf_meta"
    assert eventually(lambda: index.read_text(encoding="utf-8") == "nouveau")
    assert told.read_text(encoding="utf-8") == repr((str(old_site / "output"), ".output.pagefind"))
    assert eventually(lambda: names(old_site) == [".output.lock", "content", "output"])


def eventually(check, seconds=20.0):
    """What a process of its own does: True once `check()` is, within `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return check()


def test_an_index_of_a_site_replaced_meanwhile_is_not_put_in(old_site, monkeypatch):
    (old_site / "output" / "pagefind").mkdir()
    (old_site / "output" / "pagefind" / "index.pf_meta").write_text("ancien", encoding="utf-8")
    monkeypatch.setattr(build, "run_pagefind", fake_pagefind([]))
    build.index_in_place(old_site / "output", "", site=(0, 0))  # not the folder at output/ now
    assert (old_site / "output" / "pagefind" / "index.pf_meta").read_text(encoding="utf-8") == "ancien"
    assert not [name for name in names(old_site) if name.startswith(".output.pagefind")]  # its bundle removed


def test_a_failed_index_after_the_swap_keeps_the_previous_one(old_site, monkeypatch, capfd):
    monkeypatch.setenv("HUB_LANG", "fr")
    (old_site / "output" / "pagefind").mkdir()
    (old_site / "output" / "pagefind" / "index.pf_meta").write_text("ancien", encoding="utf-8")

    def failing(site, exclude, bundle=None):
        bundle.mkdir()
        raise build.SearchIndexError("Error: disque plein")

    monkeypatch.setattr(build, "run_pagefind", failing)
    monkeypatch.setattr(sys, "stderr", open(2, "w", encoding="utf-8", closefd=False))  # as in the preview: fd 2
    pelican = FakePelican(old_site, search_index="after")
    build.atomic_run(pelican, pelican.run)
    assert (old_site / "output" / "index.html").read_text(encoding="utf-8") == "nouveau"
    assert eventually(lambda: names(old_site) == [".output.lock", "content", "output"])  # the index process ended
    assert (old_site / "output" / "pagefind" / "index.pf_meta").read_text(encoding="utf-8") == "ancien"
    assert capfd.readouterr().err == "Index de recherche (Pagefind) impossible : Error: disque plein ; l'index précédent reste en place.\n"


def test_the_previews_overlay_is_cleared_once_the_new_site_is_in(old_site):
    overlay = old_site / ".output.preview"
    (overlay / "evenements").mkdir(parents=True)
    (overlay / "evenements" / "index.html").write_text("rendu d'abord", encoding="utf-8")
    pelican = FakePelican(old_site)
    pelican.settings["HUB_PREVIEW_OVERLAY"] = str(overlay)
    build.atomic_run(pelican, pelican.run)
    assert not overlay.exists()
    assert (old_site / "output" / "index.html").read_text(encoding="utf-8") == "nouveau"


def test_a_failed_preview_build_keeps_the_overlay(old_site):
    overlay = old_site / ".output.preview"
    overlay.mkdir()
    pelican = FakePelican(old_site, error=RuntimeError("x"))
    pelican.settings["HUB_PREVIEW_OVERLAY"] = str(overlay)
    with pytest.raises(RuntimeError):
        build.atomic_run(pelican, pelican.run)
    assert overlay.exists()
    assert (old_site / "output" / "index.html").read_text(encoding="utf-8") == "ancien"


@pytest.mark.parametrize(("argv0", "registered"), [
    ("/site/.venv/bin/pelican", True),
    ("pelican", True),
    ("/usr/bin/pytest", False),
    ("-m", False),  # python -m hub_core.serve, python -m pelican
    ("/site/pelicanconf.py", False),
])
def test_only_the_pelican_command_exits_at_once_after_a_build(monkeypatch, argv0, registered):
    handlers = []
    monkeypatch.setattr(sys, "argv", [argv0])
    monkeypatch.setattr(build.atexit, "register", handlers.append)
    monkeypatch.setattr(build.atexit, "unregister", lambda f: handlers.remove(f) if f in handlers else None)
    build.exit_at_once_when_done()
    build.exit_at_once_when_done()  # a second build of `pelican -r`: still once
    assert handlers == ([build.exit_now] if registered else [])


def test_exiting_at_once_keeps_the_output_and_status_and_skips_the_teardown(tmp_path):
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('teardown', file=sys.stderr))\n"  # runs after exit_now, if ever
        "from hub_output import build\n"
        "sys.argv[0] = '/x/bin/pelican'\n"
        "build.exit_at_once_when_done()\n"
        "sys.stdout.write('Done: Processed 3 articles')\n"  # no newline: still buffered at exit
        "sys.exit(0)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert (done.returncode, done.stdout, done.stderr) == (0, "Done: Processed 3 articles", "")


@pytest.mark.parametrize("error", [None, RuntimeError("extension en panne")])
def test_the_model_is_frozen_for_the_collector_until_the_build_ends(old_site, error):
    pelican = FakePelican(old_site, error=error)
    frozen = []

    def run():
        build.freeze_model([])  # all_generators_finalized
        frozen.append(build.gc.get_freeze_count())
        pelican.run()

    if error is None:
        build.atomic_run(pelican, run)
    else:
        with pytest.raises(RuntimeError):
            build.atomic_run(pelican, run)
    assert frozen[0] > 0
    assert build.gc.get_freeze_count() == 0
