"""Shared fixtures: the sample article, its quiz (built once: spaCy loads once per session)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "decks" / "kazakhstan-2022" / "article.txt"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"
OUTPUT = Path(__file__).resolve().parent / "output"  # screenshots and PDFs to look at after a run


@pytest.fixture(scope="session")
def sample_quiz():
    """The quiz for the sample article, with default options."""

    return build_quiz_here([SAMPLE.relative_to(ROOT)])


def build_quiz_here(paths, **options):
    """Build with paths relative to the checkout, so outputs that name the source do not depend on where it is."""
    from quizgen.pipeline import build_quiz

    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        return build_quiz(paths, **options)
    finally:
        os.chdir(previous)


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """A folder kept after the run, for artefacts a person may want to look at."""
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(autouse=True)
def _reproducible(monkeypatch):
    """Fixed note modification times unless a test says otherwise."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", os.environ.get("SOURCE_DATE_EPOCH", "1654560000"))
