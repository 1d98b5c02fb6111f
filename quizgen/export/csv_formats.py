"""Flat text tables: CSV and TSV for Anki's text importer, term/definition lines for Quizlet's import."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from quizgen.export.atomic import write_text_atomically
from quizgen.export.text import front, one_line
from quizgen.models import Question, Quiz

# Anki's importer (2.1.55+) reads these header lines: the separator, plain text (so article text
# is never taken as HTML), and which column holds the tags.
ANKI_HEADER = "#separator:{name}\n#html:false\n#columns:Front;Back;Source;Tags\n#tags column:4\n"


def card_front(question: Question, titles: dict[str, str]) -> str:
    """A flashcard's front: the article it is about in brackets, then the question. Selection counts on the
    article being named where the question is shown, as it is on the deck's cards ("the quake": which one?)."""
    title = titles.get(question.article_id)
    return f"[{title}] {front(question)}" if title else front(question)


def anki_rows(quiz: Quiz) -> list[list[str]]:
    """One row per question: front (with its article), back, source sentence, tags."""
    titles = quiz.titles
    rows = []
    for q in quiz.questions:
        tags = ["quizgen", q.article_id if q.article_id in titles else "", f"type:{q.type}"]
        rows.append([card_front(q, titles), q.answer, q.source, " ".join(t.replace(" ", "_") for t in tags if t)])
    return rows


def _table(quiz: Quiz, delimiter: str, name: str) -> str:
    buffer = io.StringIO()
    buffer.write(ANKI_HEADER.format(name=name))
    # QUOTE_MINIMAL quotes any field holding the delimiter, a quote or a newline: what Anki expects.
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(anki_rows(quiz))
    return buffer.getvalue()


def write_csv(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write comma-separated Front,Back,Source,Tags for Anki's text importer."""
    return write_text_atomically(Path(path), _table(quiz, ",", "Comma"))


def write_tsv(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write tab-separated Front, Back, Source, Tags for Anki's text importer."""
    return write_text_atomically(Path(path), _table(quiz, "\t", "Tab"))


def write_quizlet(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write `term<TAB>definition` lines for Quizlet's import (it knows no quoting: text goes on one line)."""
    titles = quiz.titles
    lines = [f"{one_line(card_front(q, titles))}\t{one_line(q.answer)}\n" for q in quiz.questions]
    return write_text_atomically(Path(path), "".join(lines))
