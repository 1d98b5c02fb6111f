"""Arbitrary text, HTML and bytes through the readers and the whole pipeline: only QuizgenError ever escapes."""

from __future__ import annotations

import contextlib
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.export.html import render_html
from quizgen.export.json import dumps
from quizgen.models import Quiz
from quizgen.pipeline import questions_for
from quizgen.readers import READERS, article_from_bytes

from .conftest import SAMPLE

SENTENCES = [
    "On June 5, 2022, voters in Kazakhstan approved changes to the constitution.",
    "President Kassym-Jomart Tokayev said the vote was a turning point for the country.",
    "The election commission in Nur-Sultan reported that 77 percent of voters backed the changes.",
    "Officials said turnout reached 68 percent, higher than in 2019.",
    "The opposition leader, Maria Petrova, called the result a step toward a fairer system.",
]
TAGS = ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "</style>", "<h1>", "</h1>", "<br>",
        "<!--", "-->", "<![CDATA[", "]]>", "<a href='javascript:x()'>", "</a>", "<html>", "<body>", "<!doctype html>",
        "&amp;", "&lt;", "&#0;", "&#xD800;", "<title>", "</title>", "<meta property='article:published_time' "
        "content='2022-13-45'>", "{{c1::", "}}", "[sound:", "]", "\u200b", "\u202e", "\x00", "\r"]  # fmt: skip
# No example database: it would be written into the checkout.
FUZZ = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(max_size=60)), min_size=1, max_size=25)
separators = st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n"])
pages = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(TAGS), st.text(max_size=30)), max_size=60)


def _whole_pipeline(data: bytes, suffix: str) -> None:
    """Read, parse, build and render; a user error is fine, anything else is a bug."""
    try:
        article = article_from_bytes("fuzz", data, suffix)
        result, chosen = questions_for(article)
        quiz = Quiz(articles=(result,), questions=tuple(chosen))
        render_html(quiz)
        dumps(quiz)
    except QuizgenError:
        pass


@FUZZ
@given(parts=texts, sep=separators, suffix=st.sampled_from([".txt", ".md", ""]))
def test_arbitrary_text(parts, sep, suffix):
    _whole_pipeline(sep.join(parts).encode("utf-8", "surrogatepass"), suffix)


@FUZZ
@given(parts=pages, suffix=st.sampled_from([".html", ""]))
def test_arbitrary_html(parts, suffix):
    _whole_pipeline("".join(parts).encode("utf-8", "surrogatepass"), suffix)


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(["", *sorted(READERS)]))
def test_arbitrary_bytes(data, suffix):
    with contextlib.suppress(QuizgenError):
        article_from_bytes("fuzz", data, suffix)


FUZZ_TARGET = Path(__file__).parent / "fuzz" / "fuzz_readers.py"


def test_atheris_fuzzes_the_readers_briefly(tmp_path):
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (pip install atheris; it ships wheels for Linux x86-64 only)")
    corpus = tmp_path / "corpus"  # libFuzzer adds to its corpus folder: keep that out of the checkout
    corpus.mkdir()
    (corpus / "sample.txt").write_bytes(SAMPLE.read_bytes()[:3000])
    (corpus / "page.html").write_bytes(b"<html><title>T</title><body><p>" + SAMPLE.read_bytes()[:2000] + b"</p>")
    done = subprocess.run(
        [sys.executable, str(FUZZ_TARGET), "-runs=20000", "-max_total_time=10", "-max_len=4096", str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr
