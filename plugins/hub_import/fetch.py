"""Fetch one calendar: an https:// address (timeouts, a size limit, retries) or a local file.

Every failure is a FetchError with a reason code the report explains (`timeout`, `http_status`,
`too_big`, `network`, `not_https`, `file_missing`); nothing else escapes.
"""

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .sources import Source, inside, is_allowed_url

USER_AGENT = "maillage-import/1 (+https://github.com/maillage)"
ACCEPT = "text/calendar, application/calendar+xml;q=0.5, */*;q=0.1"


@dataclass(frozen=True)
class Limits:
    """How long, how big and how often: the defaults of `hub import`."""

    timeout: float = 20.0  # seconds, for the connection and for each read
    max_bytes: int = 5_000_000
    attempts: int = 3
    backoff: float = 2.0  # seconds before the second attempt, doubled after


class FetchError(Exception):
    """A source that could not be read: a reason code and its params."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def fetch(source: Source, root: Path, limits: Limits = Limits(), allow_local_http: bool = False, sleep=time.sleep) -> bytes:
    """The bytes of a source's calendar; raises FetchError."""
    if source.file:
        path = Path(root) / source.file
        if not (inside(root, source.file) and path.is_file()):
            raise FetchError("file_missing", value=source.file)
        if path.stat().st_size > limits.max_bytes:
            raise FetchError("too_big", limit=limits.max_bytes)
        return path.read_bytes()
    if not is_allowed_url(source.url, allow_local_http):
        raise FetchError("not_https", value=source.url)
    delay = limits.backoff
    for attempt in range(1, limits.attempts + 1):
        try:
            return _download(source.url, limits, lambda new: is_allowed_url(new, allow_local_http))
        except FetchError as error:
            retry = error.code in ("timeout", "network") or (error.code == "http_status" and error.params["status"] >= 500)
            if not retry or attempt == limits.attempts:
                raise
        sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


class _NoRedirectToHttp(urllib.request.HTTPRedirectHandler):
    """Follow a redirection only to an address the importer may read (https://)."""

    def __init__(self, allowed):
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not self.allowed(newurl):
            raise FetchError("not_https", value=newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _download(url: str, limits: Limits, allowed) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    opener = urllib.request.build_opener(_NoRedirectToHttp(allowed))
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise FetchError("too_big", limit=limits.max_bytes)
            data = response.read(limits.max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise FetchError("http_status", status=error.code) from None
    except (TimeoutError, socket.timeout):
        raise FetchError("timeout", seconds=limits.timeout) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise FetchError("timeout", seconds=limits.timeout) from None
        raise FetchError("network", detail=str(error.reason)) from None
    except (OSError, ValueError) as error:
        raise FetchError("network", detail=str(error)) from None
    if len(data) > limits.max_bytes:
        raise FetchError("too_big", limit=limits.max_bytes)
    return data
