"""Exporters: each writes a Quiz to one file format, with the same small signature.

`EXPORTERS[name](quiz, path, **options) -> Path`; every writer goes through `atomic.write_atomically`,
so a failed run never leaves a half-written file behind and never clobbers a good one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizgen.models import Quiz


def _anki(quiz: Quiz, path: Path, **options: Any) -> Path:
    from quizgen.export.anki import write_anki

    return write_anki(quiz, path, **options)


def _html(quiz: Quiz, path: Path, **options: Any) -> Path:
    from quizgen.export.html import write_html

    return write_html(quiz, path, **options)


def _json(quiz: Quiz, path: Path, **options: Any) -> Path:
    from quizgen.export.json import write_json

    return write_json(quiz, path, **options)


EXPORTERS: dict[str, Callable[..., Path]] = {"anki": _anki, "html": _html, "json": _json}
