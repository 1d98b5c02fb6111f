"""Printable quizzes for a batch: one HTML file per article in a folder, `<article id>.html`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from quizgen.errors import OutputError
from quizgen.export.html import write_html
from quizgen.models import Quiz


def per_article(quiz: Quiz) -> list[tuple[str, Quiz]]:
    """The quiz split by article, in order, each part named by its article id (articles sharing one go together)."""
    parts: dict[str, list] = {}
    for result in quiz.articles:
        parts.setdefault(result.article.id, []).append(result)
    return [
        (article_id or "article", Quiz(articles=tuple(results), questions=_questions_of(quiz, article_id)))
        for article_id, results in parts.items()
    ]


def _questions_of(quiz: Quiz, article_id: str) -> tuple:
    return tuple(q for q in quiz.questions if q.article_id == article_id)


def check_folder(folder: Path) -> Path:
    """Fail early when the quizzes cannot be written in `folder`."""
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{folder}: the folder is not writable; choose another folder")
    return folder


def write_html_folder(quiz: Quiz, folder: Path, **options: Any) -> Path:
    """Write one printable quiz per article in `folder` (each file atomically); returns the folder."""
    folder = check_folder(Path(folder))
    for name, part in per_article(quiz):
        write_html(part, folder / f"{name}.html", **options)
    return folder
