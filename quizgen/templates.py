"""Where templates live: the user's folder first, then the built-in `templates/` folder."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def builtin_dir() -> Path:
    """The built-in templates: `templates/` beside the package in a checkout, inside it in a wheel."""
    for candidate in (_HERE.parent / "templates", _HERE / "templates"):
        if (candidate / "quiz.html.j2").is_file():
            return candidate
    raise FileNotFoundError("quizgen's templates folder is missing from this installation; reinstall quizgen")


def read_builtin(name: str) -> str:
    """The text of one built-in template file."""
    return (builtin_dir() / name).read_text(encoding="utf-8")
