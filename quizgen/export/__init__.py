"""Exporters: each writes a Quiz to one file format, with the same small signature.

`EXPORTERS[name](quiz, path, **options) -> Path`; every writer goes through `atomic.write_atomically`,
so a failed run never leaves a half-written file behind and never clobbers a good one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizgen.models import Quiz


def _anki(quiz: Quiz, path: Path, **options: Any) -> Path:
    from quizgen.export.anki import write_anki

    return write_anki(quiz, path, **options)


def _html(quiz: Quiz, path: Path, **options: Any) -> Path:
    if Path(path).is_dir():  # a folder: one quiz per article in it (batch builds)
        from quizgen.export.html_folder import write_html_folder

        return write_html_folder(quiz, path, **options)
    from quizgen.export.html import write_html

    return write_html(quiz, path, **options)


def _pdf(quiz: Quiz, path: Path, **options: Any) -> Path:
    from quizgen.export.pdf import write_pdf

    return write_pdf(quiz, path, **options)


def _json(quiz: Quiz, path: Path, **options: Any) -> Path:
    from quizgen.export.json import write_json

    return write_json(quiz, path, **options)


def _lazy(module: str, name: str) -> Callable[..., Path]:
    """A writer imported on first use, so one format's dependencies (openpyxl) load only when needed."""

    def write(quiz: Quiz, path: Path, **options: Any) -> Path:
        return getattr(importlib.import_module(f"quizgen.export.{module}"), name)(quiz, path, **options)

    return write


def _sheet(write: Callable[..., Path]) -> Callable[..., Path]:
    """A writer of a format that shows all questions at once (a printed quiz, an LMS quiz): it gets the
    questions on the sheet, none that gives away another's answer."""

    def write_sheet(quiz: Quiz, path: Path, **options: Any) -> Path:
        return write(quiz.sheet, path, **options)

    return write_sheet


# Flashcard formats (Anki, CSV, Quizlet) and JSON get every question; quiz formats get the sheet.
EXPORTERS: dict[str, Callable[..., Path]] = {"anki": _anki, "html": _sheet(_html), "json": _json, "pdf": _sheet(_pdf)}
EXPORTERS.update(
    csv=_lazy("csv_formats", "write_csv"),
    tsv=_lazy("csv_formats", "write_tsv"),
    quizlet=_lazy("csv_formats", "write_quizlet"),
    gift=_sheet(_lazy("gift", "write_gift")),
    moodle_xml=_sheet(_lazy("moodle", "write_moodle_xml")),
    qti=_sheet(_lazy("qti", "write_qti")),
    kahoot=_sheet(_lazy("kahoot", "write_kahoot")),
)
