"""Kahoot's quiz spreadsheet (.xlsx): question, up to four answers, time limit, the right answer's number.

Only multiple choice (up to four choices) and true/false fit Kahoot; other questions are left out and
counted in the sheet's note. Texts longer than Kahoot's limits are shortened with an ellipsis.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from quizgen.export.atomic import write_atomically
from quizgen.export.text import one_line
from quizgen.export.zipped import normalize_zip
from quizgen.models import Question, Quiz

QUESTION_MAX, ANSWER_MAX = 120, 75
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER = ("", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
          "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
          "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
          "Correct answer(s) - choose at least one")  # fmt: skip
HEADER_ROW = 8  # Kahoot's template: a title, a note, then the header on row 8 and questions below it


def fits(question: Question) -> bool:
    """Whether Kahoot can ask this question: multiple choice with 2-4 choices, or true/false."""
    return question.type == "true_false" or (question.type == "multiple_choice" and 2 <= len(question.choices) <= 4)


def shorten(text: str, limit: int) -> str:
    """Text within `limit` characters, cut at a word with an ellipsis when too long."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "\u2026"


def kahoot_row(number: int, question: Question, time_limit: int) -> list[Any]:
    """One sheet row: number, question, four answers (blank when fewer), time limit, right answer number."""
    answers = [shorten(c, ANSWER_MAX) for c in question.choices] + [""] * (4 - len(question.choices))
    right = question.choices.index(question.answer) + 1
    return [number, shorten(question.prompt, QUESTION_MAX), *answers, time_limit, right]


def _workbook_bytes(quiz: Quiz, time_limit: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    chosen = [q for q in quiz.questions if fits(q)]
    skipped = len(quiz.questions) - len(chosen)
    sheet["B2"] = "Quiz template"
    note = f"{len(chosen)} questions; {skipped} left out (Kahoot takes multiple choice and true/false only)"
    sheet["B3"] = f"{one_line(quiz.title)}: {note}"
    for column, value in enumerate(HEADER, 1):
        sheet.cell(HEADER_ROW, column, value)
    for number, question in enumerate(chosen, 1):
        for column, value in enumerate(kahoot_row(number, question, time_limit), 1):
            cell = sheet.cell(HEADER_ROW + number, column, value)
            if isinstance(value, str):
                cell.data_type = "s"  # text starting with "=" stays text, never a formula
    book.properties.created = datetime(2000, 1, 1)  # same input, same bytes
    buffer = io.BytesIO()
    book.save(buffer)  # openpyxl stamps the time of saving as "modified", whatever was set
    return normalize_zip(buffer.getvalue(), {_CORE: _fixed_modified})


_CORE = "docProps/core.xml"
_MODIFIED = re.compile(rb"(<dcterms:modified\b[^>]*>)[^<]*(</dcterms:modified>)")


def _fixed_modified(xml: bytes) -> bytes:
    """The workbook's properties with the time it was saved set to the time it was created."""
    return _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", xml)


def write_kahoot(quiz: Quiz, path: Path, *, time_limit: int = 20, **_: Any) -> Path:
    """Write the multiple-choice and true/false questions as Kahoot's import spreadsheet."""
    if time_limit not in TIME_LIMITS:
        raise ValueError(f"time_limit must be one of {TIME_LIMITS}")
    data = _workbook_bytes(quiz, time_limit)
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data))
