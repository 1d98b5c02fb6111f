"""The printable quiz as a PDF, printed by headless Chromium from the same HTML a browser would print."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from quizgen.errors import OutputError, QuizgenError
from quizgen.export.atomic import write_atomically
from quizgen.export.html import documents, print_options
from quizgen.models import Quiz

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# What works headless, as root, offline: no sandbox, no GPU, no network chatter.
HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
# Printing: no header or footer of Chromium's own, and the page's scripts and timers settled first.
FLAGS = (*HEADLESS_FLAGS, "--no-pdf-header-footer", "--virtual-time-budget=5000")
TIMEOUT = 120.0


class NoBrowserError(QuizgenError):
    """No Chromium to print the PDF with."""


def find_browser() -> str:
    """The path of the first Chromium or Chrome on PATH."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise NoBrowserError(
        "no browser to print the PDF with; install Chromium (apt-get install chromium) or use --html and print "
        "from a browser"
    )


def write_pdf(quiz: Quiz, path: Path, **options: Any) -> Path:
    """Write the printable quiz as PDF (one file per version with split_versions=True)."""
    pages = documents(quiz, Path(path), **print_options(options))
    browser = find_browser()
    for target, html in pages:
        write_atomically(target, lambda tmp, html=html: html_to_pdf(html, tmp, browser=browser))
    return pages[0][0]


def html_to_pdf(html: str, pdf: Path, *, browser: str | None = None, timeout: float = TIMEOUT) -> Path:
    """Print an HTML page to `pdf` with headless Chromium, honouring its CSS @page size and margins."""
    browser = browser or find_browser()
    pdf = Path(pdf).resolve()
    with tempfile.TemporaryDirectory(prefix="quizgen-pdf-", ignore_cleanup_errors=True) as tmp:
        page = Path(tmp, "quiz.html")
        page.write_text(html, encoding="utf-8")
        profile = Path(tmp, "profile")
        # Chromium writes state under $HOME even with its own --user-data-dir: keep both throw-away.
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_CACHE_HOME": tmp}
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.as_uri()]
        stderr = _run(cmd, env, timeout)
    # Chromium exits 0 even when it wrote nothing, so the file itself is the proof.
    if not _is_pdf(pdf):
        detail = stderr.strip().splitlines()[-1] if stderr.strip() else "no message"
        raise OutputError(f"{pdf.name}: Chromium did not print the PDF ({detail}); try --html and print from a browser")
    return pdf


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> str:
    """Run the browser in its own process group, killing the whole group when done or too slow; its stderr."""
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True,
    )  # fmt: skip
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        proc.communicate()
        raise OutputError(f"Chromium took more than {timeout:.0f}s to print the PDF; try --html") from None
    _kill(proc)  # helper processes can outlive the browser itself
    return stderr


def _kill(proc: subprocess.Popen[str]) -> None:
    """Kill the process group of one browser run, if anything of it is left."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def _is_pdf(path: Path) -> bool:
    """True when `path` is a file that starts like a PDF."""
    with contextlib.suppress(OSError), path.open("rb") as fh:
        return fh.read(5) == b"%PDF-"
    return False
