"""hub_core.serve: the rebuild loop (builds and watcher faked), the command of one build, what is
watched, and the preview server itself on a free port of 127.0.0.1."""

import http.client
import socket
import threading
from types import SimpleNamespace

import pytest

from hub_core import serve


class Stop(Exception):
    """Ends the otherwise endless loop when the fake watcher has no more changes."""


def batches(*changes):
    yield from changes
    raise Stop


def loop(results, changes):
    """rebuild_forever with builds that return `results`; the number of builds run."""
    runs = []

    def build():
        runs.append(len(runs))
        return results[len(runs) - 1]

    with pytest.raises(Stop):
        serve.rebuild_forever(build, batches(*changes))
    return len(runs)


def test_a_failed_build_says_once_that_the_preview_waits(monkeypatch, capsys):
    monkeypatch.setenv("HUB_LANG", "fr")
    assert loop([1, 0], [{"a.md"}]) == 2  # once, then once more after the change: no rebuild storm
    assert capsys.readouterr().err == "En attente d'une modification…\n"


def test_waiting_message_in_english(monkeypatch, capsys):
    monkeypatch.setenv("HUB_LANG", "en")
    assert loop([1], []) == 1
    assert capsys.readouterr().err == "Waiting for a change…\n"


def test_one_build_per_batch_of_changes(capsys):
    assert loop([0, 0, 0], [{"a.md"}, {"b.md", "c.md"}]) == 3
    assert capsys.readouterr().err == ""


ARGS = dict(path=None, settings=None, output=None, theme=None, overrides={})


@pytest.mark.parametrize(("given", "expected"), [
    ({}, []),
    ({"path": "content", "settings": "pelicanconf.py"}, ["content", "-s", "pelicanconf.py"]),
    ({"output": "/tmp/o", "theme": "t"}, ["-o", "/tmp/o", "-t", "t"]),
    ({"overrides": {"SITEURL": "", "LOAD_CONTENT_CACHE": False}}, ["-e", 'SITEURL=""', "LOAD_CONTENT_CACHE=false"]),
])
def test_build_command_is_pelican_without_serving(given, expected):
    command = serve.build_command(SimpleNamespace(**{**ARGS, **given}))
    assert command[1:3] == ["-m", "pelican"] and command[3:] == expected


def test_watched_paths_are_settings_content_theme_plugins_and_static_folders(tmp_path):
    for name in ("content/images", "theme", "plugins"):
        (tmp_path / name).mkdir(parents=True)
    (tmp_path / "pelicanconf.py").write_text("", encoding="utf-8")
    settings = {"PATH": str(tmp_path / "content"), "THEME": str(tmp_path / "theme"),
                "PLUGIN_PATHS": [str(tmp_path / "plugins")], "STATIC_PATHS": ["images", "missing"]}
    watched = serve.watched_paths(settings, str(tmp_path / "pelicanconf.py"))
    assert watched == sorted(str(tmp_path / p) for p in ("content", "content/images", "theme", "plugins", "pelicanconf.py"))


@pytest.fixture
def preview(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("<h1>Accueil</h1>", encoding="utf-8")
    (output / "404.html").write_text("<h1>Page introuvable</h1>", encoding="utf-8")
    server = serve.make_server(output, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield SimpleNamespace(port=server.server_address[1], output=output)
    server.shutdown()
    server.server_close()


def get(port, path, method="GET"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(method, path)
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8"), response.getheader("Content-Type")


def test_a_missing_page_is_the_sites_404_page_with_status_404(preview):
    assert get(preview.port, "/nulle-part/") == (404, "<h1>Page introuvable</h1>", "text/html; charset=utf-8")
    assert get(preview.port, "/nulle-part/", "HEAD")[:2] == (404, "")


def test_without_a_404_page_the_status_is_still_404(preview):
    (preview.output / "404.html").unlink()
    assert get(preview.port, "/x")[0] == 404


def test_an_idle_connection_does_not_block_another_request(preview):
    with socket.create_connection(("127.0.0.1", preview.port)):  # opened, nothing sent
        assert get(preview.port, "/")[:2] == (200, "<h1>Accueil</h1>")


def test_each_request_reads_the_current_output_folder(preview, tmp_path):
    new = tmp_path / "new"
    new.mkdir()
    (new / "index.html").write_text("<h1>Nouveau</h1>", encoding="utf-8")
    preview.output.rename(tmp_path / "old")
    new.rename(preview.output)  # what a build's swap does
    assert get(preview.port, "/")[1] == "<h1>Nouveau</h1>"


@pytest.mark.parametrize(("suffix", "expected"), [(".ics", "text/calendar; charset=utf-8"), (".pf_meta", "application/octet-stream")])
def test_calendar_and_search_files_have_their_types(preview, suffix, expected):
    (preview.output / f"f{suffix}").write_bytes(b"x")
    assert get(preview.port, f"/f{suffix}")[2] == expected


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
