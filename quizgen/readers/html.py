"""Saved web pages and fetched URLs: trafilatura finds the main text and the metadata, menus and ads gone."""

from __future__ import annotations

import logging
import re

from quizgen.errors import ArticleError
from quizgen.models import Article
from quizgen.readers.text import is_boilerplate, parse_date

# trafilatura and its helpers log warnings about odd pages; quizgen reports problems itself, and
# library code never prints, so Python's last-resort handler must not write them to stderr.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# Only the page's own date markup: guessing from the body text would take any date the story mentions.
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}


def read_html(source: str, raw: str) -> Article:
    """An HTML page: main text, title, publication date and canonical URL, boilerplate dropped."""
    import trafilatura  # imported here: a second of start-up that plain-text articles do not need

    try:
        document = trafilatura.bare_extraction(
            raw,
            url=source if source.startswith(("http://", "https://")) else None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_OPTIONS,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # malformed markup lxml cannot build a tree from
        raise ArticleError(f"{source}: the HTML cannot be parsed ({type(exc).__name__}); save the page again") from None
    text = (document.text or "") if document is not None else ""
    title = (document.title or "").strip() if document is not None else ""
    paragraphs = [p for p in (re.sub(r"\s+", " ", line).strip() for line in text.splitlines()) if p]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs.pop(0)  # the headline is the title, not a sentence to quiz
    paragraphs = [p for p in paragraphs if not is_boilerplate(p)]
    if not paragraphs:
        raise ArticleError(
            f"{source}: found no article text in this HTML page (only menus, scripts or an empty page); "
            "save the article's own page, or copy its text into a .txt file"
        )
    return Article(
        title=title,
        date=_date(document.date, source),
        source=(document.url or source) if document is not None else source,
        paragraphs=tuple(paragraphs),
    )


def _date(value: str | None, source: str):
    try:
        return parse_date(value, source)
    except ArticleError:
        return None  # a page's odd date markup is not the user's to fix; the article simply has no date
