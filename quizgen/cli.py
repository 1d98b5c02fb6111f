"""The command line: validates options, calls the library, prints one summary line.

The only module that imports typer. Heavy imports (spaCy, genanki) happen inside the commands,
so `quizgen --help` and `quizgen --version` stay fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from quizgen import __version__
from quizgen.errors import QuizgenError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn articles into study material: Anki decks, printable quizzes, JSON.",
)
_state = {"verbose": False}


def _friendly(command: Callable[..., None]) -> Callable[..., None]:
    """Turn quizgen's errors into one `Error: ...` line and exit code 1 (a traceback only with --verbose)."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> None:
        try:
            command(*args, **kwargs)
        except QuizgenError as exc:
            if _state["verbose"]:
                raise
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None

    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", help="Show the full traceback on errors.")] = False,
) -> None:
    _state["verbose"] = verbose


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QuizgenError(f"--date {value!r} is not a valid date; use YYYY-MM-DD, e.g. 2022-06-07") from None


Articles = Annotated[list[Path], typer.Argument(help="Article files (.txt or .md).", show_default=False)]


@app.command()
@_friendly
def build(
    articles: Articles,
    anki: Annotated[Optional[Path], typer.Option(help="Write an Anki deck (.apkg) here.")] = None,
    html: Annotated[Optional[Path], typer.Option(help="Write the printable quiz (.html) here.")] = None,
    json: Annotated[Optional[Path], typer.Option("--json", help="Write the questions as JSON here.")] = None,
    date_: Annotated[
        Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD (overrides the article's).")
    ] = None,
    title: Annotated[Optional[str], typer.Option(help="Article title (overrides the article's).")] = None,
    max_questions: Annotated[
        Optional[int], typer.Option("--max", min=1, help="At most this many questions per article.")
    ] = None,
    deck: Annotated[Optional[str], typer.Option(help="Anki deck name (default: the article title).")] = None,
    templates: Annotated[
        Optional[Path], typer.Option(help="Folder of templates that override the built-in ones.")
    ] = None,
) -> None:
    """Build an Anki deck, a printable quiz and/or JSON from articles.

    Example: quizgen build decks/kazakhstan-2022/article.txt --anki out.apkg --html quiz.html --json q.json
    """
    from quizgen.export import EXPORTERS
    from quizgen.export.atomic import check_output
    from quizgen.pipeline import build_quiz

    outputs = {name: path for name, path in (("anki", anki), ("html", html), ("json", json)) if path}
    if not outputs:
        raise QuizgenError("nothing to write; give at least one of --anki, --html, --json")
    for path in outputs.values():
        check_output(path)
    quiz = build_quiz(articles, title=title, published=_parse_date(date_), max_questions=max_questions)
    options = {"deck_name": deck, "templates": templates}
    written = [str(EXPORTERS[name](quiz, path, **options)) for name, path in outputs.items()]
    typer.echo(f"{len(quiz.questions)} questions from {len(quiz.articles)} article(s): {', '.join(written)}")


@app.command()
@_friendly
def facts(
    article: Annotated[Path, typer.Argument(help="An article file (.txt or .md).", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the facts as JSON.")] = False,
    date_: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """List the facts quizgen finds in an article: dates, people, places, organisations, numbers.

    Example: quizgen facts decks/kazakhstan-2022/article.txt --json
    """
    import json as json_module

    from quizgen.pipeline import analyze
    from quizgen.readers import read_article

    result = analyze(read_article(article, published=_parse_date(date_)))
    if as_json:
        from quizgen.export.json import _article

        typer.echo(json_module.dumps(_article(result), indent=2, ensure_ascii=False))
        return
    for fact in result.facts:
        detail = fact.value if fact.value and fact.value != fact.text else ""
        if fact.role:
            detail = f"{detail} ({fact.role})".strip()
        typer.echo(f"{fact.kind:<13} {fact.text:<32} {detail}")


def main() -> None:
    """Entry point for the `quizgen` command."""
    try:
        app()
    except Exception as exc:  # a bug, not a user error: say so in one line unless --verbose
        if _state["verbose"] or "--verbose" in sys.argv:
            raise
        typer.echo(f"Error: unexpected {type(exc).__name__}: {exc} (run with --verbose for the traceback)", err=True)
        sys.exit(2)
