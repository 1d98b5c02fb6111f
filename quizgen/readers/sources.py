"""Where an article's bytes come from: a file, a folder of files, an http(s) URL or standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from quizgen.errors import ArticleError
from quizgen.readers.fetch import fetch, is_url

STDIN = "-"
MAX_FILE_BYTES = 50_000_000  # far above any article; stops a mistaken disk image before it is read
_MEDIA_SUFFIXES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/markdown": ".md"}


def load(source: str) -> tuple[bytes, str]:
    """The bytes of `source` and the suffix that picks their reader ("" to guess from the content)."""
    if source == STDIN:
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1), ""
    if is_url(source):
        page = fetch(source)
        return page.data, _MEDIA_SUFFIXES.get(page.media_type, "")
    path = Path(source)
    return _read_file(path), path.suffix


def _read_file(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: is a folder; give an article file (.txt, .md or .html)")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ArticleError(f"{path}: is over {MAX_FILE_BYTES // 1_000_000} MB, too big for an article")
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file; check the path") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


# Files a folder of articles often holds that are about the folder, not articles: a README is not news.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying", "notice", "index")


def _article_file(path: Path) -> bool:
    """An article file in a folder: not hidden, not the folder's README or LICENSE."""
    return path.is_file() and not path.name.startswith(".") and path.stem.lower() not in _NOT_ARTICLES


def expand(names: Iterable[str | Path], suffixes: Iterable[str]) -> tuple[list[str], list[ArticleError]]:
    """Every source named, a folder replaced by its article files in name order; folders without any as errors."""
    known = sorted(suffixes)
    sources: list[str] = []
    errors: list[ArticleError] = []
    for name in map(str, names):
        path = Path(name)
        if name == STDIN or is_url(name) or not path.is_dir():
            sources.append(name)
            continue
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in known and _article_file(p))
        if not found:
            errors.append(ArticleError(f"{path}: no article files in this folder ({', '.join(known)}); add some"))
        sources.extend(str(p) for p in found)
    return sources, errors
