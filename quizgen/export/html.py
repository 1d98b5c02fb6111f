"""The quiz as a printable HTML page: questions, then the answer key on its own page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from quizgen.dates import render
from quizgen.errors import OutputError
from quizgen.export.atomic import write_text_atomically
from quizgen.models import Quiz
from quizgen.templates import builtin_dir

TEMPLATE = "quiz.html.j2"


def environment(templates: Path | None = None) -> jinja2.Environment:
    """Jinja2 with autoescape on, the user's template folder first, then the built-in one."""
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        if not Path(templates).is_dir():
            raise OutputError(f"{templates}: templates folder not found; give a folder holding {TEMPLATE}")
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_dir())))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(quiz: Quiz, *, templates: Path | None = None) -> str:
    """The quiz page as HTML text; article text is escaped, never interpreted."""
    articles = [
        {"title": r.article.title, "date": render(r.article.date.isoformat(), "day") if r.article.date else None}
        for r in quiz.articles
    ]
    template = environment(templates).get_template(TEMPLATE)
    return template.render(title=quiz.title, articles=articles, questions=quiz.questions)


def write_html(quiz: Quiz, path: Path, *, templates: Path | None = None, **_: Any) -> Path:
    """Write the printable quiz with its answer key."""
    return write_text_atomically(Path(path), render_html(quiz, templates=templates))
