"""Editing one event in the bench corpus: the one-file-change rebuild and the preview's latency.

Both work on a copy of the corpus (the other variants keep building the generated one). An edit
appends a sentence with a unique marker to one event's body; the edit counts only once the
event's page shows the marker.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PREVIEW_TIMEOUT = 600  # seconds: the first build of a large corpus, or a save never picked up
POLL = 0.02  # seconds between two requests for the edited page


@dataclass
class Edit:
    path: Path  # the Markdown file saved
    url: str  # its page, relative to the site's root: evenements/<slug>/
    marker: str  # the text the page must show once rebuilt


def copy_corpus(corpus: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(corpus, target)
    return target


def events(corpus: Path) -> list[Path]:
    return sorted((corpus / "events").glob("*.md"))


def edit_event(corpus: Path, number: int) -> Edit:
    """Append a sentence to the body of one event (a different one for each number)."""
    files = events(corpus)
    path = files[(number * 37) % len(files)]
    marker = f"Modification du banc numéro {number} à {time.monotonic_ns()}."
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{marker}\n")
    return Edit(path, f"evenements/{path.stem}/", marker)


def shows(output: Path, edit: Edit) -> bool:
    page = output / edit.url / "index.html"
    return page.exists() and edit.marker in page.read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(address: str) -> str | None:
    try:
        with urllib.request.urlopen(address, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(address: str, text: str | None, deadline: float, process) -> float | None:
    """Poll until the page is served (with `text` when given); the time it was, else None."""
    while time.monotonic() < deadline and process.poll() is None:
        body = fetch(address)
        if body is not None and (text is None or text in body):
            return time.perf_counter()
        time.sleep(POLL)
    return None


def preview_latency(bench, n: int, tmp: Path, paths: dict) -> dict:
    """Start `hub serve` on a copy of the corpus, save --edits events one after the other, and
    time each save until its page is served with the new text."""
    corpus = copy_corpus(paths["corpus"], tmp / "corpus-preview")
    out, port = tmp / "out-preview", free_port()
    log = tmp / "logs" / f"preview-{n}.log"
    env = dict(bench.env, PYTHONPATH=str(Path(bench.site_root) / "plugins"))
    cmd = [sys.executable, "-m", "hub_core.serve", str(corpus), "-s", "pelicanconf.py", "-o", str(out),
           "--port", str(port), "--listen", "-e", f'CACHE_PATH="{tmp / "cache-preview"}"']
    res = {"variant": "preview", "n": n, "times": [], "rss": None, "peak": None, "cpu_median": None, "ok": True}
    with open(log, "wb") as handle:
        process = subprocess.Popen(cmd, cwd=bench.site_root, env=env, stdout=handle, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        if wait_for(base, None, time.monotonic() + PREVIEW_TIMEOUT, process) is None:  # the editor waits for it
            return dict(res, ok=False, error="the first build was never served", log=log)
        first = edit_event(corpus, 0)  # untimed: the first save after the site is up
        if wait_for(base + first.url, first.marker, time.monotonic() + PREVIEW_TIMEOUT, process) is None:
            return dict(res, ok=False, error="the first save was never served", log=log)
        for number in range(1, bench.args.edits + 1):
            time.sleep(1.0)  # a save a second after the last page was served
            start = time.perf_counter()
            edit = edit_event(corpus, number)
            served = wait_for(base + edit.url, edit.marker, time.monotonic() + PREVIEW_TIMEOUT, process)
            if served is None:
                return dict(res, ok=False, error=f"save {number} was never served", log=log)
            res["times"].append(served - start)
            print(f"    preview  save {number}: {served - start:7.2f}s", flush=True)
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the preview and the build it may be running
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    res["html"] = sum(1 for _ in out.rglob("*.html")) if out.exists() else 0
    res["median"] = statistics.median(res["times"])
    res["rate"] = n / res["median"]
    return res
