"""The printable quiz: escaping, the answer key's page break, and a real browser printing it."""

from __future__ import annotations

import os
import re

import pytest

from quizgen.export.html import render_html, write_html

from . import browser_harness as bh
from .test_anki import HOSTILE, hostile_quiz


def test_questions_numbered_and_key_after_a_page_break(sample_quiz):
    page = render_html(sample_quiz)
    assert page.count('<li class="question') == len(sample_quiz.questions)
    assert ".answer-key { break-before: page; page-break-before: always; }" in page
    assert page.index('class="questions"') < page.index('class="answer-key"')
    assert "Name" in page and "Class" in page and "Date" in page
    for q in sample_quiz.questions:
        assert q.answer.replace("\u2019", "&#8217;") in page or q.answer in page


def test_article_text_cannot_inject_markup():
    page = render_html(hostile_quiz())
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert HOSTILE not in page


def test_user_templates_come_first(tmp_path, sample_quiz):
    (tmp_path / "quiz.html.j2").write_text("<p>{{ title }}: {{ questions|length }}</p>")
    page = render_html(sample_quiz, templates=tmp_path)
    assert page == f"<p>A spark of democracy in Central Asia: {len(sample_quiz.questions)}</p>"


def _browser_or_skip():
    missing = bh.missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)}: apt-get install chromium poppler-utils")


@pytest.mark.browser
def test_printed_quiz_keeps_questions_whole_and_the_key_on_its_own_page(sample_quiz, tmp_path, output_dir):
    _browser_or_skip()
    html = write_html(sample_quiz, tmp_path / "quiz.html")
    pdf = bh.print_pdf(html, output_dir / "sample-quiz.pdf")
    assert bh.pdf_page_size(pdf) == pytest.approx(bh.A4_PT, abs=1)
    pages = [re.sub(r"\s+", " ", p) for p in bh.pdf_pages(pdf)]
    key_page = next(i for i, p in enumerate(pages) if "Answer key" in p)
    assert key_page >= 1
    assert pages[key_page].strip().startswith("Answer key")
    questions_text = " ".join(pages[:key_page])
    key_text = " ".join(pages[key_page:])
    for q in sample_quiz.questions:
        prompt = re.sub(r"\s+", " ", q.prompt)
        assert sum(prompt in p for p in pages[:key_page]) == 1, f"question split or missing: {prompt}"
        assert prompt in questions_text
        assert q.answer in key_text
    bh.screenshot(html, output_dir / "sample-quiz-page1.png")


@pytest.mark.browser
def test_no_script_runs_in_the_browser(tmp_path):
    _browser_or_skip()
    html = write_html(hostile_quiz(), tmp_path / "hostile.html")
    dom = bh.dom_after_scripts(html)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
