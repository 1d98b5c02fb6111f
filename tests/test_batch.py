"""Batch builds: several processes give the same bytes as one, bad articles are skipped, progress and summary."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.pipeline import build_batch
from quizgen.progress import wanted

from .conftest import SAMPLE

runner = CliRunner()
SUMMARY = re.compile(
    r"^Built (\d+) of (\d+) articles \((\d+) skipped\): (\d+) questions in [\d.]+ s, [\d.]+ articles/s$"
)


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Three small Markdown articles cut from the sample article (three paragraphs each, the next starting on
    the last of the one before: each has something to ask), each with its own title."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in lines[4:] if len(line.split()) > 12]
    for n in range(3):
        body = "\n\n".join(paragraphs[2 * n : 2 * n + 3])
        (folder / f"part-{n}.md").write_text(f"# Kazakhstan votes, part {n + 1}\n\n{body}\n", encoding="utf-8")
    return folder


def build_with(corpus, out, *extra):
    """Build JSON, HTML and Anki from the corpus folder into `out`; the CliRunner result."""
    out.mkdir()
    return run("build", corpus, "--json", out / "q.json", "--html", out / "q.html", "--anki", out / "q.apkg", *extra)


def test_two_jobs_give_the_same_bytes_as_one(corpus, tmp_path):
    one = build_with(corpus, tmp_path / "one", "--jobs", "1")
    two = build_with(corpus, tmp_path / "two", "--jobs", "2")
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    for name in ("q.json", "q.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert '"title": "Kazakhstan votes, part 1"' in (tmp_path / "one" / "q.json").read_text()


def test_a_bad_article_is_skipped_with_its_error(corpus, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Too short to quiz.\n", encoding="utf-8")
    files = sorted(corpus.iterdir())
    for jobs in ("1", "2"):
        out = tmp_path / f"q{jobs}.json"
        result = run("build", files[0], bad, files[1], tmp_path / "missing.txt", "--json", out, "--jobs", jobs)
        assert result.exit_code == 1
        errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
        assert errors[1] == f"Error: {tmp_path / 'missing.txt'}: no such file; check the path"
        assert errors[0].startswith(f"Error: {bad}: ") and len(errors) == 2
        summary = r"^\d+ questions (?:\(\d+ printed\) )?from 2 article\(s\): "
        assert re.search(summary, result.output, re.M), result.output
    assert (tmp_path / "q1.json").read_bytes() == (tmp_path / "q2.json").read_bytes()


def test_outcomes_keep_the_input_order_around_failures(corpus, tmp_path):
    files = [str(p) for p in sorted(corpus.iterdir())]
    names = [str(tmp_path / "a.txt"), files[2], str(tmp_path / "b.txt"), files[0], str(tmp_path / "c.txt")]
    for jobs in (1, 2):
        batch = build_batch(names, jobs=jobs)
        assert [r.article.source for r in batch.quiz.articles] == [files[2], files[0]]
        assert [str(e).split(":")[0] for e in batch.failures] == [names[0], names[2], names[4]]


def test_progress_is_reported_per_article(corpus):
    seen = []
    build_batch([corpus], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_summary_line_and_no_progress_bar_off_a_terminal(corpus, tmp_path):
    result = run("build", corpus, tmp_path / "missing.txt", "--json", tmp_path / "q.json")
    assert result.exit_code == 1
    last = result.output.splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, last
    assert match.group(1, 2, 3) == ("3", "4", "1")
    assert "━" not in result.output and "\r" not in result.output and "\x1b" not in result.output  # no bar


def test_quiet_prints_neither_bar_nor_summary(corpus, tmp_path):
    result = run("build", corpus, "--json", tmp_path / "q.json", "--quiet")
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == 1 and " from 3 article(s): " in result.output


def test_a_single_article_has_no_summary(tmp_path):
    result = run("build", SAMPLE, "--json", tmp_path / "q.json")
    assert result.exit_code == 0 and "Built " not in result.output


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_bar_only_on_a_terminal_without_quiet():
    assert wanted(False, _Terminal())
    assert not wanted(True, _Terminal())
    with open(__file__) as file:  # a file, as when stderr is redirected
        assert not wanted(False, file)
    assert not wanted(False, object())


def test_jobs_must_be_positive(corpus, tmp_path):
    result = run("build", corpus, "--json", tmp_path / "q.json", "--jobs", "0")
    assert result.exit_code == 1
    assert result.output == "Error: --jobs must be at least 1\n"


def test_html_folder_gets_one_quiz_per_article(corpus, tmp_path):
    out = tmp_path / "quizzes"
    out.mkdir()
    result = run("build", corpus, "--html", out, "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [f"kazakhstan-votes-part-{n}.html" for n in (1, 2, 3)]
    alone = tmp_path / "alone.html"
    assert run("build", corpus / "part-1.md", "--html", alone).exit_code == 0
    assert (out / "kazakhstan-votes-part-2.html").read_bytes() == alone.read_bytes()


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["build", "--help"]])
def test_start_up_imports_nothing_heavy(args):
    heavy = ("spacy", "genanki", "jinja2", "trafilatura", "anki", "numpy", "thinc", "openpyxl")
    code = f"import sys; from quizgen.cli import main; sys.argv = ['quizgen', *{args!r}]\n"
    code += "try: main()\nexcept SystemExit: pass\n"
    code += f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
