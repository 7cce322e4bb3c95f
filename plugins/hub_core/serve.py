"""Preview with autoreload that waits for a fix: `python -m hub_core.serve content -s pelicanconf.py`.

- Each build is a fresh `pelican` process: it builds into a folder beside `output/` and swaps it in
  only when it succeeded (plugins/hub_output), so a failed build leaves the last good site, which
  the preview keeps serving. Memory stays that of one build, however many rebuilds: in one
  long-lived process, Pelican's `Content.get_content` and `get_summary` are `@memoized`
  (pelican.utils.memoized: a dict on the class, keyed by the content object), so every article
  and page of every rebuild stayed reachable, with its HTML: about 1 MB more per rebuild.
- One file watcher (watchfiles) lives as long as the preview: a file saved while a build runs is
  in the next batch of changes, never lost (Pelican's `wait_for_changes` starts a new watcher at
  each call and misses it).
- A failed build prints its problems once, then the preview waits for the next change (Pelican's
  own `--autoreload` rebuilds again and again until the content is fixed).
- The server answers from a thread pool (an idle connection blocks nobody), reads the current
  `output/` at each request, answers a missing page with the site's `404.html` and status 404,
  and listens on 127.0.0.1 unless told otherwise.
- Ctrl-C and SIGTERM stop the build under way, then the server; nothing is left listening.
- The preview builds with the setting HUB_PREVIEW = True: a placeholder left by `hub new` (an
  error in a real build) is a warning there, printed and shown in a banner on the item's page. A
  real build never sets it.
"""

import json
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .i18n import N_, words
from .problems import message_language

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

    def send_error(self, code, message=None, explain=None):
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

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass  # the console is for builds and their problems


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # a connection left open does not keep the preview from stopping


def make_server(output: Path, bind: str, port: int) -> PreviewServer:
    handler = partial(PreviewHandler, directory=str(Path(output).absolute()))
    return PreviewServer((bind, port), handler)


def build_command(args) -> list[str]:
    """The `pelican` command of one build, from the preview's arguments (without serving)."""
    command = [sys.executable, "-m", "pelican"]
    command += [args.path] if args.path else []
    command += ["-s", args.settings] if args.settings else []
    command += ["-o", args.output] if args.output else []
    command += ["-t", args.theme] if args.theme else []
    if args.overrides:
        command += ["-e", *(f"{key}={json.dumps(value)}" for key, value in args.overrides.items())]
    return command


def run_build(command: list[str]) -> int:
    """One build in its own process (and session: Ctrl-C reaches the preview, which stops it)."""
    process = subprocess.Popen(command, start_new_session=True)
    try:
        return process.wait()
    except BaseException:
        process.terminate()  # SIGTERM: the build removes its staging folder and exits
        process.wait()
        raise


def rebuild_forever(build: Callable[[], int], changes: Iterable) -> None:
    """Build now, then once per batch of changes; after a failed build, say that we wait."""
    lang = message_language()
    batches = iter(changes)
    while True:
        if build() != 0:
            print(words(lang, N_("En attente d'une modification…")), file=sys.stderr)
        next(batches)


def watched_paths(settings: dict, settings_file: str | None) -> list[str]:
    """What a rebuild depends on: the settings file, content, theme and plugins."""
    content = settings.get("PATH", "")
    candidates = [settings_file, content, settings.get("THEME"), *settings.get("PLUGIN_PATHS", [])]
    candidates += [str(Path(content) / p) for p in settings.get("STATIC_PATHS", [])]
    return sorted({str(Path(p).absolute()) for p in candidates if p and Path(p).exists()})


def watch_changes(settings: dict, settings_file: str | None):
    """One watcher for the whole preview: changes made during a build wait in its queue."""
    import watchfiles  # noqa: PLC0415 (installed with Pelican)
    from pelican.utils import FileChangeFilter  # noqa: PLC0415

    patterns = set(settings.get("IGNORE_FILES", []))
    batches = watchfiles.watch(
        *watched_paths(settings, settings_file), watch_filter=FileChangeFilter(patterns),
        rust_timeout=300, yield_on_timeout=True,
    )
    next(batches)  # the watcher starts now, before the first build
    return (batch for batch in batches if batch)


def stop_on_sigterm(_signum, _frame):
    raise KeyboardInterrupt


def preview_arguments(argv=None):
    """Pelican's arguments for the preview: those given, with HUB_PREVIEW = True."""
    from pelican import parse_arguments  # noqa: PLC0415 (slow imports)

    args = parse_arguments(argv)
    args.overrides = {**(getattr(args, "overrides", None) or {}), "HUB_PREVIEW": True}
    return args


def main(argv=None):
    from pelican import get_config  # noqa: PLC0415 (slow imports)
    from pelican.settings import read_settings  # noqa: PLC0415

    args = preview_arguments(argv)
    if args.settings is None and Path("pelicanconf.py").is_file():
        args.settings = "pelicanconf.py"
    settings = read_settings(args.settings, override=get_config(args))
    lang = message_language()
    bind, port = settings.get("BIND") or "127.0.0.1", settings.get("PORT") or 8000
    try:
        server = make_server(Path(settings["OUTPUT_PATH"]), bind, port)
    except OSError as error:
        sys.exit(words(lang, N_("Impossible d'écouter sur %(bind)s:%(port)s : %(reason)s"), bind=bind, port=port, reason=error.strerror))
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    thread = threading.Thread(target=server.serve_forever, name="preview-server", daemon=True)
    thread.start()
    address = f"http://{bind}:{server.server_address[1]}/"
    print(words(lang, N_("Aperçu : %(address)s (Ctrl-C pour arrêter)"), address=address), flush=True)
    try:
        rebuild_forever(partial(run_build, build_command(args)), watch_changes(settings, args.settings))
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
