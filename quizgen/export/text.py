"""Plain-text views of a question shared by the flat formats (CSV, Quizlet, GIFT, Kahoot, QTI)."""

from __future__ import annotations

import re

from quizgen.models import Question


def one_line(text: str) -> str:
    """Text on one line: runs of whitespace (tabs, newlines) become one space."""
    return re.sub(r"\s+", " ", text).strip()


def front(question: Question) -> str:
    """The question as one piece of text, with what a flat card needs to answer it (choices, items)."""
    if question.type == "multiple_choice":
        return f"{question.prompt} ({' / '.join(question.choices)})"
    if question.type == "ordering":
        return f"{question.prompt} {' / '.join(question.choices)}"
    if question.type == "matching":
        lefts = ", ".join(left for left, _ in question.pairs)
        return f"{question.prompt} {lefts} \u2192 {' / '.join(question.choices)}"
    return question.prompt
