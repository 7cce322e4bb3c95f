"""Preview with autoreload that waits for a fix: `python -m hub_core.serve content -s pelicanconf.py`.

How it stays fast (issue #14: a save shown in under a second at 1,000 items is the goal):
- One warm process: Pelican, the plugins and the settings are loaded once, with one `Pelican`.
  Each rebuild is a fork of it (hub_core.rebuilds): no interpreter start, no imports. The build's
  memory dies with its process: in one long-lived process, Pelican's `@memoized`
  `Content.get_content`/`get_summary` kept every rebuild's content (~1 MB per rebuild).
- The last build stays as the site's model (hub_core.rebuilds, hub_output.saved): at each save,
  a fork of it reads the saved files into the model and renders their pages, and the pages that
  read them, into the overlay (`.output.preview/` beside `output/`) in a fraction of a second;
  the server looks there before `output/`.
- Then the full build, the changed item's pages first: it renders the pages of the files saved
  since the last finished build before all others, and links each into the overlay as soon as
  it is written. The whole new site then replaces `output/` (hub_output, atomic as in
  `make build`) and the overlay is cleared.
- The search index off the critical path: the new site gets the previous Pagefind index, replaces
  the old one, and is indexed afterwards by a process of its own (`HUB_OUTPUT["search_index"] =
  "after"`; hub_output).
- A save during a rebuild stops it; the next one has every change since the last finished build.
  Reading stays incremental through Pelican's content cache (LOAD_CONTENT_CACHE, CACHE_PATH).
- Saving the settings file or a plugin's Python module restarts the preview process (its code and
  settings are what the warm process holds); a template or content change is a rebuild.

And as before:
- One file watcher (watchfiles) lives as long as the preview: a file saved while a build runs is
  in the next batch of changes, never lost (Pelican's `wait_for_changes` starts a new watcher at
  each call and misses it).
- Each build writes a staging folder and swaps it in only when it succeeded: a failed build
  leaves the last good site, which the preview keeps serving. It prints its problems once, then
  the preview waits for the next change (Pelican's own `--autoreload` rebuilds again and again).
- The server answers from a thread pool (an idle connection blocks nobody), reads the current
  `output/` at each request, answers a missing page with the site's `404.html` and status 404,
  and listens on 127.0.0.1 unless told otherwise.
- Ctrl-C and SIGTERM stop the build under way, then the server; nothing is left listening.
- The preview builds with the setting HUB_PREVIEW = True: a placeholder left by `hub new` (an
  error in a real build) is a warning there, printed and shown in a banner on the item's page. A
  real build never sets it.
"""
import argparse
import logging
import os
import shutil
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from . import rebuilds
from .i18n import N_, words
from .problems import message_language
from .shapes import Settings

if TYPE_CHECKING:
    from watchfiles.main import FileChange  # imported when the preview starts (watch_changes)

EXTRA_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".wasm": "application/wasm",
    ".pagefind": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_filter": "application/octet-stream",
}


class PreviewHandler(SimpleHTTPRequestHandler):
    """Files of the output folder, looked up at each request; the site's 404 page when missing."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}
    overlay: str | None = None  # the pages of the build under way already rendered: served first

    def translate_path(self, path: str) -> str:
        served = super().translate_path(path)
        if self.overlay is None:
            return served
        candidate = os.path.join(self.overlay, os.path.relpath(served, self.directory))
        if os.path.isfile(candidate) or os.path.isfile(os.path.join(candidate, "index.html")):
            return candidate
        return served

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        pass  # the console is for builds and their problems


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # a connection left open does not keep the preview from stopping


def make_server(output: Path, bind: str, port: int, overlay: Path | None = None) -> PreviewServer:
    """The server of `output`; a file of `overlay` (same relative path) is served first."""
    attributes = {"overlay": str(Path(overlay).absolute())} if overlay else {}
    handler = type("Handler", (PreviewHandler,), attributes)
    return PreviewServer((bind, port), partial(handler, directory=str(Path(output).absolute())))


def overlay_path(output: Path) -> Path:
    """Beside `output/`, as the build's staging folders (hub_output.staging: `.output.preview`)."""
    return output.parent / f".{output.name}.preview"


def watched_paths(settings: Settings, settings_file: str | None) -> list[str]:
    """What a rebuild depends on: the settings file, content, theme and plugins."""
    content = settings.get("PATH", "")
    candidates = [settings_file, content, settings.get("THEME"), *settings.get("PLUGIN_PATHS", [])]
    candidates += [str(Path(content) / p) for p in settings.get("STATIC_PATHS", [])]
    return sorted({str(Path(p).absolute()) for p in candidates if p and Path(p).exists()})


def watch_changes(settings: Settings, settings_file: str | None) -> "Iterator[set[FileChange]]":
    """One watcher for the whole preview: changes made during a build wait in its queue.

    It yields each batch of changes, and an empty batch every 100 ms without one."""
    import watchfiles  # noqa: PLC0415 (installed with Pelican)
    from pelican.utils import FileChangeFilter  # noqa: PLC0415

    patterns = set(settings.get("IGNORE_FILES", []))
    batches = watchfiles.watch(
        *watched_paths(settings, settings_file), watch_filter=FileChangeFilter(patterns),
        rust_timeout=100, yield_on_timeout=True,
    )
    next(batches)  # the watcher starts now, before the first build
    return batches


def code_paths(settings: Settings, settings_file: str | None) -> list[str]:
    """What the warm process holds: the settings file and the plugins' Python modules."""
    return [p for p in [settings_file, *settings.get("PLUGIN_PATHS", [])] if p]


def stop_on_sigterm(_signum: int, _frame: FrameType | None) -> NoReturn:
    raise KeyboardInterrupt


def preview_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Pelican's arguments for the preview: those given, with HUB_PREVIEW = True."""
    from pelican import parse_arguments  # noqa: PLC0415 (slow imports)

    args: argparse.Namespace = parse_arguments(argv)
    args.overrides = {**(getattr(args, "overrides", None) or {}), "HUB_PREVIEW": True}
    return args


def main(argv: Sequence[str] | None = None) -> None:
    from pelican import LOG_HANDLERS, get_instance, init_logging  # noqa: PLC0415 (slow imports)

    args = preview_arguments(argv)
    if args.settings is None and Path("pelicanconf.py").is_file():
        args.settings = "pelicanconf.py"
    init_logging(level=args.verbosity, fatal=args.fatal, name="pelican", handler=LOG_HANDLERS[args.log_handler],
                 logs_dedup_min_level=getattr(logging, args.logs_dedup_min_level))
    pelican, settings = get_instance(args)  # once: every rebuild is a fork of this process
    settings["HUB_OUTPUT"] = {**(settings.get("HUB_OUTPUT") or {}), "search_index": "after"}
    lang = message_language()
    bind, port = settings.get("BIND") or "127.0.0.1", settings.get("PORT") or 8000
    output = Path(settings["OUTPUT_PATH"]).absolute()
    overlay = overlay_path(output)
    shutil.rmtree(overlay, ignore_errors=True)  # pages an earlier preview left there
    try:
        server = make_server(output, bind, port, overlay)
    except OSError as error:
        sys.exit(words(lang, N_("Impossible d'écouter sur %(bind)s:%(port)s : %(reason)s"), bind=bind, port=port, reason=error.strerror))
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C stops it, as it says, even when
    # it was started with SIGINT ignored (a shell does that to the jobs it starts in the background)
    thread = threading.Thread(target=server.serve_forever, name="preview-server", daemon=True)
    thread.start()
    address = f"http://{bind}:{server.server_address[1]}/"
    print(words(lang, N_("Aperçu : %(address)s (Ctrl-C pour arrêter)"), address=address), flush=True)
    code = code_paths(settings, args.settings)
    try:
        rebuilds.rebuild_forever(
            partial(rebuilds.fork_build, pelican, overlay=overlay),
            watch_changes(settings, args.settings),
            partial(rebuilds.needs_restart, code_paths=code),
        )
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
