"""Moodle XML: multiple choice, true/false, short answer, matching, and clozes as embedded answers.

Question and choice texts are HTML in Moodle, so article text is HTML-escaped before the XML escaping;
short answers stay plain (students type them). Ordering questions become matching (item -> place).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from quizgen.export.atomic import write_text_atomically
from quizgen.export.gift import ordering_pairs
from quizgen.models import Question, Quiz

# Inside an embedded answer {1:SHORTANSWER:=...} these characters must be backslash-escaped.
EMBEDDED_SPECIAL = re.compile(r'([}#~/"\\])')
MOODLE_TYPES = {"short_answer": "shortanswer", "cloze": "cloze", "multiple_choice": "multichoice",
                "true_false": "truefalse", "matching": "matching", "ordering": "matching"}  # fmt: skip


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = text
    return element


def _as_html(text: str) -> str:
    return html.escape(text, quote=False)


def _shortanswer_text(text: str) -> str:
    return text.replace("*", "\\*")  # "*" is Moodle's wildcard in short answers


def _answer(parent: ET.Element, text: str, right: bool, fmt: str = "html") -> None:
    _text(parent, "answer", text, fmt).set("fraction", "100" if right else "0")


def _body(element: ET.Element, q: Question) -> None:
    if q.type == "multiple_choice":
        for tag, value in (("single", "true"), ("shuffleanswers", "0"), ("answernumbering", "abc")):
            ET.SubElement(element, tag).text = value
        for choice in q.choices:
            _answer(element, _as_html(choice), choice == q.answer)
    elif q.type == "true_false":
        _answer(element, "true", q.answer == "True", "moodle_auto_format")
        _answer(element, "false", q.answer == "False", "moodle_auto_format")
    elif q.type in ("matching", "ordering"):
        ET.SubElement(element, "shuffleanswers").text = "true"
        for left, right in q.pairs if q.type == "matching" else ordering_pairs(q):
            sub = _text(element, "subquestion", _as_html(left))
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = right
    elif q.type == "short_answer":
        ET.SubElement(element, "usecase").text = "0"
        _answer(element, _shortanswer_text(q.answer), True, "moodle_auto_format")


def _prompt(q: Question) -> str:
    if q.type == "cloze" and q.gap:
        before, answer, after = q.gap
        embedded = EMBEDDED_SPECIAL.sub(r"\\\1", answer)
        return f"{_as_html(before)}{{1:SHORTANSWER:={embedded}}}{_as_html(after)}"
    return _as_html(q.prompt)


def question_element(q: Question) -> ET.Element:
    """One <question> element."""
    element = ET.Element("question", {"type": MOODLE_TYPES[q.type]})
    _text(element, "name", q.id, None)
    _text(element, "questiontext", _prompt(q))
    _text(element, "generalfeedback", _as_html(q.source))
    ET.SubElement(element, "defaultgrade").text = "1"
    _body(element, q)
    return element


def dumps_moodle(quiz: Quiz) -> str:
    """The quiz as Moodle XML text."""
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", {"type": "category"})
    _text(category, "category", f"$course$/quizgen/{quiz.title.replace('/', '-')}", None)
    root.extend(question_element(q) for q in quiz.questions)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_moodle_xml(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write the questions as Moodle XML for the question bank import."""
    return write_text_atomically(Path(path), dumps_moodle(quiz))
