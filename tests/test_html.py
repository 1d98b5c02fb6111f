"""The printable quiz: every question type, versions, options, escaping, and a real browser printing it."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import OutputError
from quizgen.export.html import check_print_options, render_html, write_html
from quizgen.export.pdf import write_pdf
from quizgen.export.versions import SECTION_ORDER, make_versions

from . import browser_harness as bh
from .conftest import SAMPLE
from .samples import all_types_quiz
from .test_anki import HOSTILE, hostile_quiz
from .test_golden import check_golden

runner = CliRunner()


def test_every_type_prints_in_its_part_with_points():
    quiz = all_types_quiz()
    page = render_html(quiz)
    parts = re.findall(r'<section class="part part-(\w+)">', page)
    assert parts == [t for t in SECTION_ORDER if any(q.type == t for q in quiz.questions)]
    assert page.count('<div class="question ') == len(quiz.questions)
    assert [re.sub(r"<.*?>", "", b) for b in re.findall(r'<span class="bubble">(.)</span>', page)] == list("ABCD")
    assert '<span class="tf-choice">True</span><span class="tf-choice">False</span>' in page
    assert page.count('<span class="box"></span>') == 3 and page.count('<span class="write-line"></span>') == 3
    assert 'In a <span class="blank"></span> referendum' in page
    assert 'Score <span class="score-line"></span> / 12' in page  # 1+1+1+2+2 (short answers) +3 (pairs) +2
    assert "B. June 5, 2022" in page  # the key gives the letter of this version's option
    assert "1. Kassym-Jomart Tokayev – C. President" in page
    assert "Version" not in re.sub(r"<style>.*?</style>", "", page, flags=re.S)  # one version: no letters


def test_answer_key_after_every_question_with_sources(sample_quiz):
    page = render_html(sample_quiz)
    assert ".answer-key { break-before: page; page-break-before: always; line-height: 1.3; }" in page
    assert page.rindex('class="question ') < page.index('class="sheet answer-key')
    assert "Name" in page and "Class" in page and "Date" in page
    key = page[page.index('class="sheet answer-key') :]
    for q in sample_quiz.questions:
        assert q.answer.replace("\u2019", "&#8217;") in key or q.answer in key
        assert q.source.replace("\u2019", "&#8217;") in key or q.source in key


def test_article_text_cannot_inject_markup():
    for quiz in (hostile_quiz(), all_types_quiz(hostile=True)):
        page = render_html(quiz, versions=2, seed=3)
        assert "<script>" not in page and "<img" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert HOSTILE not in page


def test_user_templates_come_first(tmp_path, sample_quiz):
    (tmp_path / "quiz.html.j2").write_text("<p>{{ title }}: {{ questions|length }}</p>")
    page = render_html(sample_quiz, templates=tmp_path)
    assert page == f"<p>A spark of democracy in Central Asia: {len(sample_quiz.questions)}</p>"


def test_user_template_can_override_one_part(tmp_path):
    (tmp_path / "quiz_questions.html.j2").write_text(
        "{% macro section(s, i) %}<p>part {{ i }}</p>{% endmacro %}{% macro key_entry(item) %}{% endmacro %}"
    )
    page = render_html(all_types_quiz(), templates=tmp_path)
    assert "<p>part 6</p>" in page and "Answer key" in page


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"versions": 0}, "--versions 0: give a number of versions from 1 to 26"),
        ({"versions": 27}, "--versions 27: give a number of versions from 1 to 26"),
        ({"paper": "b5"}, "--paper b5: unknown paper size; use a4 or letter"),
    ],
)
def test_bad_print_options(options, message):
    with pytest.raises(OutputError) as exc:
        check_print_options(**options)
    assert str(exc.value) == message


def test_templates_folder_missing_a_template(tmp_path):
    (tmp_path / "quiz.html.j2").write_text('{% include "header.html.j2" %}')
    with pytest.raises(OutputError) as exc:
        check_print_options(templates=tmp_path)
    assert str(exc.value) == (
        f"{tmp_path}: template header.html.j2 not found in the templates folder nor among the built-in ones; "
        "add it or remove what includes it"
    )


def _order(version):
    return [(item.question.id, item.choices, item.lefts) for item in version.items]


def test_versions_same_questions_different_orders_consistent_keys(sample_quiz):
    quiz = all_types_quiz()
    quiz = type(quiz)(quiz.articles, quiz.questions + sample_quiz.questions)
    versions = make_versions(quiz, 3, seed=11)
    assert [v.letter for v in versions] == ["A", "B", "C"]
    ids = [sorted(item.question.id for item in v.items) for v in versions]
    assert ids[0] == ids[1] == ids[2] == sorted(q.id for q in quiz.questions)
    assert len({tuple(_order(v)) for v in versions}) == 3
    for v in versions:
        assert [s.type for s in v.sections] == [t for t in SECTION_ORDER if any(q.type == t for q in quiz.questions)]
        assert [item.number for item in v.items] == list(range(1, len(quiz.questions) + 1))
        for item in v.items:
            q = item.question
            assert sorted(item.choices) == sorted(q.choices)
            if q.type == "multiple_choice":
                letter = item.key[0][0]
                assert item.choices["ABCD".index(letter)] == q.answer
            if q.type == "matching":
                right = dict(q.pairs)
                for n, line in enumerate(item.key, start=1):
                    letter = line.split(" – ")[1][0]
                    assert item.choices["ABC".index(letter)] == right[item.lefts[n - 1]]
            if q.type == "ordering":
                assert item.choices != q.sequence
                assert [int(line[1]) for line in item.key] == [q.sequence.index(c) + 1 for c in item.choices]


def test_same_seed_same_versions_and_default_keeps_the_quiz_order():
    quiz = all_types_quiz()
    assert render_html(quiz, versions=3, seed=5) == render_html(quiz, versions=3, seed=5)
    assert render_html(quiz, versions=3, seed=5) != render_html(quiz, versions=3, seed=6)
    (default,) = make_versions(quiz)
    expected = [q for t in SECTION_ORDER for q in quiz.questions if q.type == t]
    assert [item.question for item in default.items] == expected
    assert all(item.choices == item.question.choices for item in default.items)
    assert render_html(quiz) == render_html(quiz, versions=1, seed=0, paper="a4")


def test_golden_versions():
    check_golden("all-types-3-versions-letter.html", render_html(all_types_quiz(), versions=3, seed=1, paper="letter"))


def test_split_versions_write_one_file_each(tmp_path):
    first = write_html(all_types_quiz(), tmp_path / "quiz.html", versions=3, seed=2, split_versions=True)
    assert first == tmp_path / "quiz-A.html"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiz-A.html", "quiz-B.html", "quiz-C.html"]
    together = render_html(all_types_quiz(), versions=3, seed=2)
    for letter in "ABC":
        page = (tmp_path / f"quiz-{letter}.html").read_text()
        assert f"Version <strong>{letter}</strong>" in page and page.count("Version <strong>") == 1
        assert f'id="version-{letter}"' in together


def _cli(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--versions", "0"], "Error: --versions 0: give a number of versions from 1 to 26\n"),
        (["--paper", "a5"], "Error: --paper a5: unknown paper size; use a4 or letter\n"),
    ],
)
def test_cli_bad_print_options_write_nothing(tmp_path, args, message):
    result = _cli("build", SAMPLE, "--html", tmp_path / "q.html", "--json", tmp_path / "q.json", *args)
    assert (result.exit_code, result.output) == (1, message)
    assert list(tmp_path.iterdir()) == []


def test_cli_pdf_without_a_browser_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = _cli("build", SAMPLE, "--json", tmp_path / "q.json", "--pdf", tmp_path / "q.pdf")
    assert result.exit_code == 1
    assert result.output == (
        "Error: no browser to print the PDF with; install Chromium (apt-get install chromium) or use --html "
        "and print from a browser\n"
    )
    assert list(tmp_path.iterdir()) == []


def _browser_or_skip():
    missing = bh.missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)}: apt-get install chromium poppler-utils")


def _flat(text: str) -> str:
    """Page text on one line, without the points printed right of each question, nor breaks after hyphens."""
    text = re.sub(r"\s+", " ", re.sub(r"\s+\d+ pts?\b", " ", text)).strip()
    return re.sub(r"([-–]) ", r"\1", text)  # "ninth-\nlargest" is one word the line broke after its hyphen


def _check_printed(pdf, versions) -> list[str]:
    """Each version starts a page, no question is split, the keys follow on their own pages with every answer."""
    pages = [_flat(p) for p in bh.pdf_pages(pdf)]
    starts = [i for i, p in enumerate(pages) if p.startswith("A spark of democracy in Central Asia")]
    keys = [i for i, p in enumerate(pages) if p.startswith("Answer key")]
    assert len(starts) == len(versions) and starts[0] == 0 and keys and keys[0] > starts[-1]
    bounds = [*starts, keys[0]]
    for v, start, end in zip(versions, bounds, bounds[1:], strict=False):
        for item in v.items:
            q = item.question
            parts = (
                [p for p in (q.gap[0], q.gap[2]) if len(p.split()) >= 3] if q.type == "cloze" and q.gap else [q.prompt]
            )
            for part in parts:
                found = [i for i in range(start, end) if _flat(part) in pages[i]]
                assert len(found) == 1, f"version {v.letter}, question {item.number} split or missing: {part}"
    key_text = " ".join(pages[keys[0] :])
    for v in versions:
        assert all(_flat(line) in key_text for item in v.items for line in item.key)
    return pages


@pytest.mark.browser
@pytest.mark.parametrize(("paper", "size"), [("a4", bh.A4_PT), ("letter", bh.LETTER_PT)])
def test_printed_quiz_keeps_questions_whole_and_the_key_on_its_own_page(paper, size, tmp_path, output_dir):
    _browser_or_skip()
    quiz = all_types_quiz()
    html = write_html(quiz, tmp_path / "quiz.html", paper=paper)
    pdf = bh.print_pdf(html, output_dir / f"all-types-{paper}.pdf")
    assert bh.pdf_page_size(pdf) == pytest.approx(size, abs=1)
    pages = _check_printed(pdf, make_versions(quiz))
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")
    if shutil.which("pdftoppm"):  # the first printed page, to look at
        png = output_dir / f"all-types-{paper}-page1"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png], check=True)
    bh.screenshot(html, output_dir / f"all-types-{paper}-screen.png")


@pytest.mark.browser
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_three_versions_print_each_on_new_pages_with_keys_after(paper, sample_quiz, output_dir):
    _browser_or_skip()
    pdf = write_pdf(sample_quiz, output_dir / f"sample-3-versions-{paper}.pdf", versions=3, seed=1, paper=paper)
    pages = _check_printed(pdf, make_versions(sample_quiz, 3, seed=1))
    keys = [p for p in pages if p.startswith("Answer key")]
    assert [k.split()[4] for k in keys] == ["A", "B", "C"]  # "Answer key · Version A ..."
    assert "Version B" in pages[-1] or "Version C" in pages[-1]


@pytest.mark.browser
def test_pdf_of_the_sample_quiz(sample_quiz, output_dir):
    _browser_or_skip()
    pdf = write_pdf(sample_quiz, output_dir / "sample-quiz.pdf")
    assert bh.pdf_page_size(pdf) == pytest.approx(bh.A4_PT, abs=1)
    _check_printed(pdf, make_versions(sample_quiz))


@pytest.mark.browser
def test_no_script_runs_in_the_browser(tmp_path):
    _browser_or_skip()
    html = write_html(all_types_quiz(hostile=True), tmp_path / "hostile.html", versions=2)
    dom = bh.dom_after_scripts(html)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


def test_a_sheet_on_several_articles_names_each_questions_article():
    """Questions are grouped by type, so on a sheet of two stories each says which one it is about."""
    one = all_types_quiz()
    other = all_types_quiz(title="Floods <b>in</b> Pakistan")
    other_result = dataclasses.replace(
        other.articles[0], article=dataclasses.replace(other.articles[0].article, id="floods-in-pakistan")
    )
    moved = tuple(dataclasses.replace(q, article_id="floods-in-pakistan", id=q.id + "-2") for q in other.questions)
    both = dataclasses.replace(one, articles=(*one.articles, other_result), questions=(*one.questions, *moved))
    page = render_html(both)
    assert page.count('<p class="from">From <cite>A spark of democracy in Central Asia</cite></p>') == len(
        one.questions
    )
    assert page.count('<p class="from">From <cite>Floods &lt;b&gt;in&lt;/b&gt; Pakistan</cite></p>') == len(moved)
    assert 'class="from"' not in render_html(one)  # one article is named once, in the header
