"""hub_core.serve: what is watched, what restarts the preview, and the preview server itself on a
free port of 127.0.0.1, with its overlay (the rebuild loop: test_rebuilds.py)."""

import http.client
import socket
import threading
from types import SimpleNamespace

import pytest

from hub_core import serve


def test_watched_paths_are_settings_content_theme_plugins_and_static_folders(tmp_path):
    for name in ("content/images", "theme", "plugins"):
        (tmp_path / name).mkdir(parents=True)
    (tmp_path / "pelicanconf.py").write_text("", encoding="utf-8")
    settings = {"PATH": str(tmp_path / "content"), "THEME": str(tmp_path / "theme"),
                "PLUGIN_PATHS": [str(tmp_path / "plugins")], "STATIC_PATHS": ["images", "missing"]}
    watched = serve.watched_paths(settings, str(tmp_path / "pelicanconf.py"))
    assert watched == sorted(str(tmp_path / p) for p in ("content", "content/images", "theme", "plugins", "pelicanconf.py"))


def test_code_paths_are_the_settings_file_and_the_plugins():
    assert serve.code_paths({"PLUGIN_PATHS": ["plugins"]}, "pelicanconf.py") == ["pelicanconf.py", "plugins"]
    assert serve.code_paths({}, None) == []


def test_the_overlay_is_beside_the_output_folder(tmp_path):
    assert serve.overlay_path(tmp_path / "output") == tmp_path / ".output.preview"


@pytest.fixture
def preview(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("<h1>Accueil</h1>", encoding="utf-8")
    (output / "404.html").write_text("<h1>Page introuvable</h1>", encoding="utf-8")
    overlay = serve.overlay_path(output)
    server = serve.make_server(output, "127.0.0.1", 0, overlay)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield SimpleNamespace(port=server.server_address[1], output=output, overlay=overlay)
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


@pytest.mark.parametrize(("address", "in_overlay", "served"), [
    ("/evenements/x/", "evenements/x/index.html", "<h1>Nouveau</h1>"),  # a folder's index.html
    ("/evenements/x/index.html", "evenements/x/index.html", "<h1>Nouveau</h1>"),
    ("/evenements/x/", None, "<h1>Ancien</h1>"),  # not in the overlay: output/
    ("/evenements/x/", "evenements/y/index.html", "<h1>Ancien</h1>"),  # another page there
])
def test_a_page_of_the_overlay_is_served_before_the_output_folder(preview, address, in_overlay, served):
    (preview.output / "evenements" / "x").mkdir(parents=True)
    (preview.output / "evenements" / "x" / "index.html").write_text("<h1>Ancien</h1>", encoding="utf-8")
    if in_overlay:
        (preview.overlay / in_overlay).parent.mkdir(parents=True)
        (preview.overlay / in_overlay).write_text("<h1>Nouveau</h1>", encoding="utf-8")
    assert get(preview.port, address)[:2] == (200, served)


def test_without_an_overlay_folder_the_output_folder_is_served(preview):
    assert not preview.overlay.exists()
    assert get(preview.port, "/")[:2] == (200, "<h1>Accueil</h1>")
    assert get(preview.port, "/nulle-part/")[0] == 404


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
