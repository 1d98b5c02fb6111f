"""The quiz as a printable HTML page: each version's questions by type, then the answer keys on their own pages."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from quizgen.dates import render
from quizgen.errors import OutputError
from quizgen.export.atomic import write_text_atomically
from quizgen.export.versions import MAX_VERSIONS, Version, make_versions
from quizgen.models import Quiz
from quizgen.templates import builtin_dir

TEMPLATE = "quiz.html.j2"
PAPERS = {"a4": "A4", "letter": "letter"}  # --paper value: CSS @page size


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


def check_print_options(*, versions: int = 1, paper: str = "a4", templates: Path | None = None) -> None:
    """Fail before anything is written when the printing options cannot work."""
    if not 1 <= versions <= MAX_VERSIONS:
        raise OutputError(f"--versions {versions}: give a number of versions from 1 to {MAX_VERSIONS}")
    if paper not in PAPERS:
        raise OutputError(f"--paper {paper}: unknown paper size; use {' or '.join(PAPERS)}")
    _check_templates(environment(templates), templates)


def render_html(
    quiz: Quiz, *, templates: Path | None = None, versions: int = 1, seed: int = 0, paper: str = "a4"
) -> str:
    """The quiz page as HTML text with every version in it; article text is escaped, never interpreted."""
    check_print_options(versions=versions, paper=paper, templates=templates)
    return _page(quiz, make_versions(quiz, versions, seed), templates, paper, lettered=versions > 1)


def documents(
    quiz: Quiz,
    path: Path,
    *,
    templates: Path | None = None,
    versions: int = 1,
    seed: int = 0,
    paper: str = "a4",
    split_versions: bool = False,
) -> list[tuple[Path, str]]:
    """The files to write as (path, HTML): one, or one per version named quiz-A.html... beside `path`."""
    check_print_options(versions=versions, paper=paper, templates=templates)
    made = make_versions(quiz, versions, seed)
    if not split_versions:
        return [(Path(path), _page(quiz, made, templates, paper, lettered=versions > 1))]
    paths = output_paths(path, versions, True)
    return [(p, _page(quiz, [v], templates, paper, lettered=versions > 1)) for p, v in zip(paths, made, strict=True)]


def output_paths(path: Path, versions: int = 1, split_versions: bool = False) -> list[Path]:
    """Where the quiz goes: `path`, or quiz-A.html, quiz-B.html... beside it when split by version."""
    path = Path(path)
    if not split_versions:
        return [path]
    return [path.with_name(f"{path.stem}-{letter}{path.suffix}") for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:versions]]


def write_html(quiz: Quiz, path: Path, **options: Any) -> Path:
    """Write the printable quiz with its answer key (one file per version with split_versions=True)."""
    pages = documents(quiz, path, **print_options(options))
    for target, text in pages:
        write_text_atomically(target, text)
    return pages[0][0]


def print_options(options: dict[str, Any]) -> dict[str, Any]:
    """The options `documents` takes, dropping the other exporters' ones (deck_name...) and unset ones."""
    names = ("templates", "versions", "seed", "paper", "split_versions")
    return {name: options[name] for name in names if options.get(name) is not None}


def _page(quiz: Quiz, versions: list[Version], templates: Path | None, paper: str, *, lettered: bool) -> str:
    """Render the page for these versions; `lettered` prints the version letters (there are several)."""
    articles = [
        {"title": r.article.title, "date": render(r.article.date.isoformat(), "day") if r.article.date else None}
        for r in quiz.articles
    ]
    # A sheet on several articles names each question's article under it: "the quake" is only answerable
    # when the student knows which story it comes from. One article is named once, in the header.
    sources = quiz.titles if len(quiz.articles) > 1 else {}
    context = {"title": quiz.title, "articles": articles, "questions": quiz.questions, "sources": sources}
    return _render(
        environment(templates), templates, **context, versions=versions, paper=PAPERS[paper], lettered=lettered
    )


def _check_templates(env: jinja2.Environment, templates: Path | None) -> None:
    """Load the quiz template and every template it includes or imports, so a missing one fails early."""
    seen, todo = set(), [TEMPLATE]
    while todo:
        name = todo.pop()
        seen.add(name)
        with _template_errors(templates):
            source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
            found = jinja2.meta.find_referenced_templates(env.parse(source, name))
        todo += [n for n in found if n is not None and n not in seen]  # None: a name computed at render time


def _render(env: jinja2.Environment, templates: Path | None, **context: Any) -> str:
    """Render the quiz template, naming the missing or broken template file when that fails."""
    with _template_errors(templates):
        return env.get_template(TEMPLATE).render(**context)


@contextlib.contextmanager
def _template_errors(templates: Path | None) -> Iterator[None]:
    """Turn a missing or broken template into an OutputError naming it."""
    where = f"{templates}: " if templates else ""
    try:
        yield
    except jinja2.TemplateNotFound as exc:
        raise OutputError(
            f"{where}template {exc.name} not found in the templates folder nor among the built-in ones; "
            f"add it or remove what includes it"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise OutputError(f"{exc.filename or exc.name}:{exc.lineno}: template error: {exc.message}") from None
