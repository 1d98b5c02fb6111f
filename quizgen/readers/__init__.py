"""Readers: turn a file, a URL or standard input into an `Article`, metadata found and boilerplate dropped.

Readers are chosen by file extension from `READERS`, so adding a format is adding one function
`(source, text) -> Article`. Getting the bytes (sources.py), decoding them (decode.py) and the checks
every article must pass (here) are shared by all formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from quizgen.errors import ArticleError
from quizgen.models import Article
from quizgen.readers.decode import decode
from quizgen.readers.html import read_html
from quizgen.readers.language import check_english
from quizgen.readers.sources import STDIN, expand, load
from quizgen.readers.text import (
    dateline_day,
    drop_cap,
    is_boilerplate,
    read_markdown,
    read_text,
    slugify,
    strip_dateline,
    strip_picture_note,
    strip_update_label,
    typesetting_slips,
    typewriter_quotes,
)

__all__ = ["MAX_CHARS", "MIN_WORDS", "READERS", "STDIN", "article_from_bytes", "expand_sources", "is_boilerplate",
           "read_article", "slugify"]  # fmt: skip

READERS: dict[str, Callable[[str, str], Article]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}

MIN_WORDS = 25
MAX_CHARS = 2_000_000  # about 300,000 words, a book; more is not an article
MAX_PARAGRAPH_CHARS = 20_000  # spaCy parses a paragraph as one Doc: keep each one reasonable
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I | re.S)


def expand_sources(names: Iterable[str | Path]) -> tuple[list[str], list[ArticleError]]:
    """The sources named, each folder replaced by its article files in name order, and the folders with none."""
    return expand(names, READERS)


def read_article(path: Path | str, *, title: str | None = None, published: date | None = None) -> Article:
    """Read an article file, an http(s) URL or "-" (stdin); `title` and `published` override its own."""
    source = str(path)
    data, suffix = load(source)
    return article_from_bytes(source, data, suffix, title=title, published=published)


def article_from_bytes(
    source: str, data: bytes, suffix: str = "", *, title: str | None = None, published: date | None = None
) -> Article:
    """An article from raw bytes; `suffix` (".md") picks the reader, "" guesses it from the content."""
    text = typewriter_quotes(decode(data, source))  # before Markdown's `code` marks are read as such
    reader = READERS.get(suffix.lower() or _guess_suffix(text))
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ArticleError(f"{source}: unknown article type {suffix!r}; use one of {known}")
    article = reader(source, text)
    check_english(article.text, source)  # first: Chinese text has few spaces, so few "words"
    _check_size(article, source)
    default_title = Path(source).stem.replace("-", " ").replace("_", " ") if source != STDIN else "Article"
    final_title = typewriter_quotes((title or article.title or default_title).strip())
    # Datelines open a story's first paragraph, or its second after a photo caption. (Boilerplate goes here.)
    wire_day = next(filter(None, (dateline_day(p, article.date) for p in article.paragraphs[:2])), None)
    lead = [drop_cap(strip_dateline(p, article.text), article.text) for p in article.paragraphs[:2]]
    paragraphs = [
        typesetting_slips(strip_picture_note(strip_update_label(p)), article.text)
        for p in (*lead, *article.paragraphs[2:])
    ]
    return Article(
        title=final_title,
        date=published or wire_day or article.date,
        source=article.source,
        paragraphs=tuple(p for para in paragraphs for p in _split_long(para)),
        id=slugify(final_title),
    )


def _guess_suffix(text: str) -> str:
    if _HTML_START.match(text):
        return ".html"
    return ".md" if text.startswith("---\n") or re.search(r"^#\s+\S", text, re.M) else ".txt"


def _check_size(article: Article, source: str) -> None:
    words = sum(len(p.split()) for p in article.paragraphs)
    if words == 0:
        raise ArticleError(f"{source}: the article is empty; give a file with the article's text")
    if words < MIN_WORDS:
        raise ArticleError(
            f"{source}: the article has only {words} word{'s' if words > 1 else ''}; quizgen needs at least {MIN_WORDS}"
        )
    chars = sum(len(p) for p in article.paragraphs)
    if chars > MAX_CHARS:
        raise ArticleError(
            f"{source}: the article is {chars:,} characters long; quizgen reads at most {MAX_CHARS:,}, so split it"
        )


def _split_long(paragraph: str) -> list[str]:
    """A huge paragraph (a file with no blank lines) as pieces cut after a sentence or at a space."""
    pieces = []
    while len(paragraph) > MAX_PARAGRAPH_CHARS:
        head = paragraph[:MAX_PARAGRAPH_CHARS]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        cut = cut + 1 if cut > 0 else head.rfind(" ")
        cut = cut if cut > 0 else MAX_PARAGRAPH_CHARS  # one enormous word: cut it anyway
        pieces.append(paragraph[:cut].strip())
        paragraph = paragraph[cut:].strip()
    return [*pieces, paragraph] if paragraph else pieces
