"""Golden outputs for the sample article. Regenerate with `make golden` and review the diff."""

from __future__ import annotations

import os

import pytest

from quizgen.export.html import render_html
from quizgen.export.json import dumps

from .conftest import GOLDEN

REGENERATE = os.environ.get("QUIZGEN_REGENERATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        pytest.skip(f"regenerated {path}")
    assert path.exists(), f"{path} is missing: run `make golden`"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed: review, then `make golden`"


def test_sample_html(sample_quiz):
    check_golden("kazakhstan-2022.html", render_html(sample_quiz))


def test_sample_json(sample_quiz):
    check_golden("kazakhstan-2022.json", dumps(sample_quiz))


def test_same_input_same_bytes(sample_quiz):
    from .conftest import ROOT, SAMPLE, build_quiz_here

    again = build_quiz_here([SAMPLE.relative_to(ROOT)])
    assert dumps(again) == dumps(sample_quiz)
    assert render_html(again) == render_html(sample_quiz)
