"""Write a file all at once: to a temporary file beside it, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from quizgen.errors import OutputError


def check_output(path: Path) -> Path:
    """Fail early, with the fix, when a file cannot be written at `path`."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name for the output")
    if not parent.is_dir():
        raise OutputError(f"{path}: the folder {parent} does not exist; create it or choose another path")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{path}: the folder {parent} is not writable; choose another path")
    return path


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` on a temporary file in the target folder, then rename it to `path`."""
    path = check_output(Path(path))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return path


def write_text_atomically(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically, with Unix newlines."""
    return write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
