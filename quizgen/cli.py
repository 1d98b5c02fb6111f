"""The command line: validates options, calls the library, prints one summary line.

The only module that imports typer. Heavy imports (spaCy, genanki) happen inside the commands,
so `quizgen --help` and `quizgen --version` stay fast.
"""

from __future__ import annotations

import functools
import sys
import time
import traceback
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


Articles = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.txt, .md, .html), folders of them, http(s):// URLs, or - for standard input.",
        show_default=False,
        metavar="ARTICLE",
    ),
]


def _check_max(value: Optional[int]) -> Optional[int]:
    """Validate --max here, so a bad value gets one `Error:` line rather than typer's usage box."""
    if value is not None and value < 1:
        raise QuizgenError("--max must be at least 1")
    return value


def _build_batch(articles: list[str], quiet: bool = False, **options):
    """Build what can be built; report each article that failed on stderr. Returns (quiz, number failed)."""
    from quizgen.pipeline import build_batch
    from quizgen.progress import progress_bar, wanted

    with progress_bar(wanted(quiet)) as progress:
        batch = build_batch(articles, progress=progress, **options)
    for failure in batch.failures:  # one bad article is reported and skipped; the others still build
        if _state["verbose"]:
            traceback.print_exception(failure)
        typer.echo(f"Error: {failure}", err=True)
    if batch.quiz is None:
        raise typer.Exit(1)
    return batch.quiz, len(batch.failures)


def _check_jobs(value: Optional[int]) -> int:
    """--jobs, all cores by default; checked here so a bad value gets one `Error:` line."""
    from quizgen.batch import default_jobs

    if value is not None and value < 1:
        raise QuizgenError("--jobs must be at least 1")
    return value or default_jobs()


def _summary(quiz, skipped: int, started: float) -> None:
    """The batch summary on stderr: articles, questions, skipped, time (one article needs none)."""
    built, seconds = len(quiz.articles), time.perf_counter() - started
    if built + skipped > 1:
        typer.echo(f"Built {built} of {built + skipped} articles ({skipped} skipped): {len(quiz.questions)} "
                   f"questions in {seconds:.1f} s, {built / seconds:.1f} articles/s", err=True)  # fmt: skip


def _output(flag: str, what: str) -> object:
    return Annotated[Optional[Path], typer.Option(flag, help=f"Write {what} here.")]


CsvOut = _output("--csv", "question,answer CSV for Anki's text importer (.csv)")
TsvOut = _output("--tsv", "question<TAB>answer text for Anki's text importer (.tsv)")
QuizletOut = _output("--quizlet", "term<TAB>definition text for Quizlet's import (.txt)")
GiftOut = _output("--gift", "Moodle GIFT questions (.gift.txt)")
MoodleOut = _output("--moodle-xml", "Moodle XML questions (.xml)")
QtiOut = _output("--qti", "a QTI 1.2 package for Canvas (.zip)")
KahootOut = _output("--kahoot", "Kahoot's quiz spreadsheet (.xlsx; multiple choice and true/false only)")
PdfOut = _output("--pdf", "the printable quiz as PDF, printed by headless Chromium (.pdf)")
# Checked by quizgen itself (not typer's min=), so a bad value gets the one-line `Error: ...`.
Versions = Annotated[int, typer.Option(help="Print this many versions (A, B, C...), shuffled; 1 to 26.")]
Seed = Annotated[int, typer.Option(help="Seed for shuffling the versions; the same seed, the same versions.")]
Paper = Annotated[str, typer.Option(help="Paper size of the printable quiz: a4 or letter.")]
Split = Annotated[bool, typer.Option(help="One file per version: quiz-A.html, quiz-B.html... beside --html/--pdf.")]


def _check_printing(versions: int, paper: str, templates: Optional[Path], pdf: Optional[Path]) -> None:
    """Fail on bad printing options before any work is done."""
    from quizgen.export.html import check_print_options

    check_print_options(versions=versions, paper=paper, templates=templates)
    if pdf:
        from quizgen.export.pdf import find_browser

        find_browser()


def _check_outputs(**paths: Optional[Path]) -> dict[str, Path]:
    """The outputs asked for, each checked to be writable before any work is done."""
    from quizgen.export.atomic import check_output

    outputs = {name: path for name, path in paths.items() if path}
    if not outputs:
        raise QuizgenError("nothing to write; give at least one of --anki, --html, --json")
    for name, path in outputs.items():
        if not (name == "html" and path.is_dir()):  # --html FOLDER: one quiz per article in it
            check_output(path)
    return outputs


def _write_outputs(quiz, outputs: dict[str, Path], **options) -> None:
    """Write every output, then print the one summary line."""
    from quizgen.export import EXPORTERS

    written = [str(EXPORTERS[name](quiz, path, **options)) for name, path in outputs.items()]
    typer.echo(f"{_counts(quiz)} from {len(quiz.articles)} article(s): {', '.join(written)}")


def _counts(quiz) -> str:
    """ "15 questions (12 printed)": deck-only cards are left off the printed and LMS quizzes."""
    printed = len(quiz.sheet.questions)
    return f"{len(quiz.questions)} questions" + (f" ({printed} printed)" if printed != len(quiz.questions) else "")


DateOpt = Annotated[
    Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD (overrides the article's).")
]
TitleOpt = Annotated[Optional[str], typer.Option(help="Article title (overrides the article's).")]
MaxOpt = Annotated[
    Optional[int],
    typer.Option(
        "--max", help="At most this many questions per article (deck cards; the printed quiz may have fewer)."
    ),
]


@app.command()
@_friendly
def build(
    articles: Articles,
    anki: Annotated[Optional[Path], typer.Option(help="Write an Anki deck (.apkg) here.")] = None,
    html: Annotated[
        Optional[Path],
        typer.Option(help="Write the printable quiz (.html) here; an existing folder: one quiz per article in it."),
    ] = None,
    json: Annotated[Optional[Path], typer.Option("--json", help="Write the questions as JSON here.")] = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", help="Processes parsing articles (default: all cores).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no batch summary.")] = False,
    date_: DateOpt = None,
    title: TitleOpt = None,
    max_questions: MaxOpt = None,
    deck: Annotated[Optional[str], typer.Option(help="Anki deck name (default: the article title).")] = None,
    templates: Annotated[
        Optional[Path], typer.Option(help="Folder of templates that override the built-in ones.")
    ] = None,
    csv: CsvOut = None,
    tsv: TsvOut = None,
    quizlet: QuizletOut = None,
    gift: GiftOut = None,
    moodle_xml: MoodleOut = None,
    qti: QtiOut = None,
    kahoot: KahootOut = None,
    pdf: PdfOut = None,
    versions: Versions = 1,
    seed: Seed = 0,
    paper: Paper = "a4",
    split_versions: Split = False,
) -> None:
    """Build an Anki deck, a printable quiz, JSON and/or other formats from articles.

    Example: quizgen build decks/kazakhstan-2022/article.txt --anki out.apkg --html quiz.html --json q.json
    """
    started = time.perf_counter()
    published, max_questions, jobs = _parse_date(date_), _check_max(max_questions), _check_jobs(jobs)
    outputs = _check_outputs(anki=anki, html=html, json=json, csv=csv, tsv=tsv, quizlet=quizlet, gift=gift,
                             moodle_xml=moodle_xml, qti=qti, kahoot=kahoot, pdf=pdf)  # fmt: skip
    _check_printing(versions, paper, templates, pdf)
    quiz, failed = _build_batch(articles, quiet, title=title, published=published, max_questions=max_questions,
                                jobs=jobs)  # fmt: skip
    _write_outputs(quiz, outputs, deck_name=deck, templates=templates, versions=versions, seed=seed, paper=paper,
                   split_versions=split_versions)  # fmt: skip
    if not quiet:
        _summary(quiz, failed, started)
    if failed:
        raise typer.Exit(1)  # the summary line counts what was built; the errors above say what was not


@app.command()
@_friendly
def generate(
    articles: Articles,
    output: Annotated[Path, typer.Option("-o", "--output", help="Write the questions file (.yaml) here.")],
    date_: DateOpt = None,
    title: TitleOpt = None,
    max_questions: MaxOpt = None,
) -> None:
    """Write the questions to a YAML file to review and edit before `quizgen export`.

    Example: quizgen generate decks/kazakhstan-2022/article.txt -o decks/kazakhstan-2022/questions.yaml
    """
    from quizgen.export.atomic import check_output
    from quizgen.pipeline import build_quiz
    from quizgen.review import write_review

    published, max_questions = _parse_date(date_), _check_max(max_questions)
    check_output(output)
    quiz = build_quiz(articles, title=title, published=published, max_questions=max_questions)
    typer.echo(f"{_counts(quiz)} from {len(quiz.articles)} article(s): {write_review(quiz, output)}")


@app.command()
@_friendly
def export(
    questions: Annotated[
        Path, typer.Argument(help="A questions file from `quizgen generate`, reviewed.", show_default=False)
    ],
    anki: Annotated[Optional[Path], typer.Option(help="Write an Anki deck (.apkg) here.")] = None,
    html: Annotated[Optional[Path], typer.Option(help="Write the printable quiz (.html) here.")] = None,
    json: Annotated[Optional[Path], typer.Option("--json", help="Write the questions as JSON here.")] = None,
    csv: CsvOut = None,
    tsv: TsvOut = None,
    quizlet: QuizletOut = None,
    gift: GiftOut = None,
    moodle_xml: MoodleOut = None,
    qti: QtiOut = None,
    kahoot: KahootOut = None,
    deck: Annotated[Optional[str], typer.Option(help="Anki deck name (default: the article title).")] = None,
    templates: Annotated[
        Optional[Path], typer.Option(help="Folder of templates that override the built-in ones.")
    ] = None,
) -> None:
    """Build the outputs from a reviewed questions file; a bad edit is reported with its line, nothing written.

    Example: quizgen export decks/kazakhstan-2022/questions.yaml --anki deck.apkg --html quiz.html
    """
    from quizgen.review import read_review

    outputs = _check_outputs(anki=anki, html=html, json=json, csv=csv, tsv=tsv, quizlet=quizlet, gift=gift,
                             moodle_xml=moodle_xml, qti=qti, kahoot=kahoot)  # fmt: skip
    _write_outputs(read_review(questions), outputs, deck_name=deck, templates=templates)


@app.command()
@_friendly
def facts(
    article: Annotated[
        str, typer.Argument(help="An article file (.txt, .md, .html), an http(s):// URL or -.", show_default=False)
    ],
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


@app.command("eval")
@_friendly
def evaluate_command(
    articles: Annotated[Path, typer.Argument(help="Folder of articles (.md/.txt).", show_default=False)],
    gold: Annotated[Path, typer.Option(help="Folder of gold files: <article name>.json.")],
    misses: Annotated[bool, typer.Option("--misses", help="Also list what was missed, per article.")] = False,
) -> None:
    """Score quizgen against hand-made gold facts: dates, people, numbers, key facts, and the rubric's checks.

    Example: quizgen eval ../shared/articles --gold ../shared/articles/gold
    """
    from quizgen.evaluate import evaluate, format_table, gold_pairs, total

    pairs = gold_pairs(articles, gold)
    if not pairs:
        raise QuizgenError(f"{articles}: no articles with a gold file in {gold}; check both folders")
    rows = [evaluate(article, gold_file)[0] for article, gold_file in pairs]
    if misses:
        for row in rows:
            for miss in row.misses:
                typer.echo(f"{row.article}: {miss}")
    typer.echo(format_table([*rows, total(rows)]))


def main() -> None:
    """Entry point for the `quizgen` command: usage mistakes and our errors as one `Error:` line."""
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except Exception as exc:
        kinds = {cls.__name__ for cls in type(exc).__mro__}  # click's classes, vendored or not, by name
        if "NoArgsIsHelpError" in kinds:
            typer.echo(exc.ctx.get_help())
            sys.exit(0)
        if "UsageError" in kinds:  # a mistyped command line: one line, with where to look
            command = exc.ctx.command_path if getattr(exc, "ctx", None) else "quizgen"
            typer.echo(f"Error: {exc.format_message()} (see '{command} --help')", err=True)
            sys.exit(2)
        if "Exit" in kinds:
            sys.exit(getattr(exc, "exit_code", 0))
        if "Abort" in kinds:
            typer.echo("Aborted.", err=True)
            sys.exit(130)
        _unexpected(exc)


def _unexpected(exc: Exception) -> None:
    """A bug, not a user error: say so in one line, or show the traceback with --verbose."""
    if _state["verbose"] or "--verbose" in sys.argv:
        raise exc
    typer.echo(f"Error: unexpected {type(exc).__name__}: {exc} (run with --verbose for the traceback)", err=True)
    sys.exit(2)
