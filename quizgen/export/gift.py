"""Moodle's GIFT text format: one question per paragraph, special characters escaped.

Ordering questions become matching ones (each item to its place), since GIFT has no ordering type.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from quizgen.export.atomic import write_text_atomically
from quizgen.export.text import one_line
from quizgen.models import Question, Quiz

SPECIAL = re.compile(r"([~=#{}:\\])")
PLACES = ("1st", "2nd", "3rd", *(f"{n}th" for n in range(4, 21)))


def escape(text: str) -> str:
    """GIFT text: on one line (a blank line ends a question), with ~ = # { } : \\ backslash-escaped."""
    return SPECIAL.sub(r"\\\1", one_line(text))


def escape_html(text: str) -> str:
    """GIFT text Moodle shows as HTML (prompts, choices): markup in it comes out as literal text."""
    return escape(html.escape(text, quote=False))


def ordering_pairs(question: Question) -> tuple[tuple[str, str], ...]:
    """An ordering question as matching pairs: each item to its place (1st, 2nd, ...)."""
    return tuple((item, PLACES[i]) for i, item in enumerate(question.sequence))


def _answers(q: Question) -> str:
    if q.type == "multiple_choice":
        return " ".join(("=" if c == q.answer else "~") + escape_html(c) for c in q.choices)
    if q.type == "true_false":
        return "T" if q.answer == "True" else "F"
    if q.type in ("matching", "ordering"):
        pairs = q.pairs if q.type == "matching" else ordering_pairs(q)
        # "->" separates the sides; a "->" inside the text itself is spaced out so it cannot split a pair.
        return " ".join(f"={escape_html(a).replace('->', '- >')} -> {escape(b)}" for a, b in pairs)
    return "=" + escape(q.answer)


def gift_question(q: Question) -> str:
    """One question in GIFT: `::id:: prompt {answers}`; a cloze keeps its text around the gap."""
    if q.type == "cloze" and q.gap:
        before, answer, after = q.gap
        return f"::{q.id}:: {escape_html(before)} {{={escape(answer)}}} {escape_html(after)}".rstrip()
    return f"::{q.id}:: {escape_html(q.prompt)} {{{_answers(q)}}}"


def dumps_gift(quiz: Quiz) -> str:
    """The quiz as GIFT text."""
    head = [f"// {one_line(r.article.title)}" for r in quiz.articles]
    return "\n".join(head) + "\n\n" + "\n\n".join(gift_question(q) for q in quiz.questions) + "\n"


def write_gift(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write the questions as a GIFT file for Moodle's question bank import."""
    return write_text_atomically(Path(path), dumps_gift(quiz))
