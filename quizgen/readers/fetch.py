"""Fetch an article from an http(s) URL: a timeout for the whole download, a byte cap, few redirects.

Stdlib urllib on purpose: one GET needs no extra dependency, and its redirect handler already
detects loops. Every failure becomes one ArticleError naming the URL and what to do.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from quizgen import __version__
from quizgen.errors import ArticleError

TIMEOUT = 15.0  # seconds for the whole download, not just each read
MAX_BYTES = 5_000_000  # a long article page is well under 1 MB
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Page:
    """What a server sent: the bytes, their media type ("text/html") and the final URL."""

    data: bytes
    media_type: str
    url: str


def is_url(name: str) -> bool:
    """True for names quizgen fetches rather than opens."""
    return name.lower().startswith(("http://", "https://"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, only to http(s)."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise ArticleError(f"{req.full_url}: redirects to {newurl}, which is not a web address; check the address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Page:
    """GET `url`; ArticleError on any failure, including a slow or oversized response."""
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(
        url, headers={"User-Agent": f"quizgen/{__version__}", "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            data = _read_capped(response, url, time.monotonic() + timeout, timeout, max_bytes)
            return Page(data, response.headers.get_content_type(), response.geturl())
    except urllib.error.HTTPError as exc:
        raise ArticleError(_http_error_message(url, exc)) from None
    except urllib.error.URLError as exc:
        raise ArticleError(_unreachable(url, exc.reason, timeout)) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise ArticleError(_unreachable(url, exc, timeout)) from None


def _read_capped(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdecimal() and int(length) > max_bytes:
        raise ArticleError(_too_big(url, max_bytes))
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(_too_big(url, max_bytes))
        if time.monotonic() > deadline:
            raise TimeoutError()  # a server trickling bytes never trips the per-read timeout
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url}: the page is larger than {max_bytes / 1e6:g} MB; save the article's text to a file and give that"


def _http_error_message(url: str, exc: urllib.error.HTTPError) -> str:
    if exc.code in _REDIRECT_CODES:
        return f"{url}: too many redirects (a redirect loop?); open it in a browser and give the final address"
    return f"{url}: the server answered {exc.code} {exc.reason}; check the address"


def _unreachable(url: str, reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"{url}: no complete answer within {timeout:g} s; try again later, or save the page and give the file"
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"{url}: cannot be fetched ({detail}); check the address and your connection"
