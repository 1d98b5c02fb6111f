"""Real headless-Chromium + poppler-utils helpers for testing printable HTML output."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from quizgen.export.pdf import BROWSERS, HEADLESS_FLAGS

# The flags quizgen's own PDF printing uses here (as root, offline), plus quiet screenshots; every run also
# gets its own temporary --user-data-dir.
BASE_FLAGS: tuple[str, ...] = (*HEADLESS_FLAGS, "--hide-scrollbars", "--mute-audio")

# Page sizes in points. Chromium writes A4 as 594.96 x 841.92: compare with abs=1.
A4_PT: tuple[float, float] = (595.0, 842.0)
LETTER_PT: tuple[float, float] = (612.0, 792.0)

DEFAULT_VIRTUAL_TIME_MS = 5000
_STDERR_NOISE = re.compile(r"dbus|unexpected operator|Fontconfig|bytes written to file")
_STDERR_LIMIT = 4000


class BrowserHarnessError(RuntimeError):
    """Raised when Chromium or a poppler tool does not produce the expected output."""


def chromium_path() -> str | None:
    """Return the first Chromium/Chrome executable found on PATH, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing_tools() -> list[str]:
    """Return the required external tools that are not installed (for pytest skips)."""
    missing = [] if chromium_path() else ["chromium"]
    missing += [t for t in ("pdftotext", "pdfinfo") if shutil.which(t) is None]
    return missing


def _clean_stderr(stderr: str) -> str:
    """Drop known-harmless Chromium log noise and keep the tail of the rest."""
    lines = [line for line in stderr.splitlines() if line.strip() and not _STDERR_NOISE.search(line)]
    return "\n".join(lines)[-_STDERR_LIMIT:]


def _kill_group(proc: subprocess.Popen[str]) -> None:
    """SIGKILL the process group of one Chromium run, ignoring it if already gone."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def _run_chromium(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run Chromium with BASE_FLAGS, a throw-away profile/HOME and a hard timeout."""
    exe = chromium_path()
    if exe is None:
        raise BrowserHarnessError("no chromium/chromium-browser/google-chrome on PATH")
    with tempfile.TemporaryDirectory(prefix="quizgen-chromium-", ignore_cleanup_errors=True) as tmp:
        profile = Path(tmp, "profile")
        profile.mkdir()
        # Chromium writes crash-report/dconf state under $HOME despite --user-data-dir.
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_CACHE_HOME": tmp}
        cmd = [exe, *BASE_FLAGS, f"--user-data-dir={profile}", *args]
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,  # own process group, so helpers can be killed too
        )
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            _, stderr = proc.communicate()
            raise BrowserHarnessError(
                f"chromium timed out after {timeout}s: {cmd}\nstderr:\n{_clean_stderr(stderr)}"
            ) from None
        finally:
            if proc.poll() is None:
                _kill_group(proc)
                proc.wait()
        _kill_group(proc)  # reap helper processes that outlived the browser
    return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)


def _url(html: Path) -> str:
    """Return the file:// URL of an existing HTML file."""
    path = Path(html).resolve()
    if not path.is_file():
        raise FileNotFoundError(path)
    return path.as_uri()


def _has_magic(path: Path, magic: bytes) -> bool:
    """Return True if path is a file that starts with the given magic bytes."""
    if not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(len(magic)) == magic


def _fail(what: str, result: subprocess.CompletedProcess[str]) -> BrowserHarnessError:
    """Build an error describing a Chromium run that did not produce its output."""
    return BrowserHarnessError(
        f"chromium did not produce {what} (exit {result.returncode})\nstderr:\n{_clean_stderr(result.stderr)}"
    )


def print_pdf(
    html: Path,
    pdf: Path,
    timeout: float = 60,
    *,
    virtual_time_ms: int = DEFAULT_VIRTUAL_TIME_MS,
) -> Path:
    """Print HTML to PDF honouring CSS @page (size, margins, margin boxes)."""
    pdf = Path(pdf).resolve()
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.unlink(missing_ok=True)  # never mistake a stale file for fresh output
    result = _run_chromium(
        [
            f"--print-to-pdf={pdf}",
            # Old name --print-to-pdf-no-header is silently ignored by current Chromium.
            "--no-pdf-header-footer",
            f"--virtual-time-budget={virtual_time_ms}",
            _url(html),
        ],
        timeout,
    )
    # Chromium exits 0 even when it fails to write the file, so check the file.
    if not _has_magic(pdf, b"%PDF-"):
        raise _fail(f"a PDF at {pdf}", result)
    return pdf


def screenshot(
    html: Path,
    png: Path,
    width: int = 1000,
    height: int = 1400,
    *,
    timeout: float = 60,
    virtual_time_ms: int = DEFAULT_VIRTUAL_TIME_MS,
) -> Path:
    """Save a PNG of the viewport (screen media, not print) at width x height px."""
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    result = _run_chromium(
        [
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            f"--virtual-time-budget={virtual_time_ms}",
            _url(html),
        ],
        timeout,
    )
    if not _has_magic(png, b"\x89PNG\r\n\x1a\n"):
        raise _fail(f"a screenshot at {png}", result)
    return png


def dom_after_scripts(
    html: Path,
    timeout: float = 60,
    *,
    virtual_time_ms: int = DEFAULT_VIRTUAL_TIME_MS,
) -> str:
    """Return the serialized DOM after scripts and timers (within the budget) ran."""
    result = _run_chromium(
        ["--dump-dom", f"--virtual-time-budget={virtual_time_ms}", _url(html)],
        timeout,
    )
    if result.returncode != 0 or "<html" not in result.stdout.lower():
        raise _fail(f"a DOM dump for {html}", result)
    return result.stdout


def _poppler(args: list[str], timeout: float) -> str:
    """Run a poppler-utils command and return its stdout, raising on failure."""
    tool = args[0]
    if shutil.which(tool) is None:
        raise BrowserHarnessError(f"{tool} not found on PATH (install poppler-utils)")
    try:
        result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise BrowserHarnessError(f"{tool} timed out after {timeout}s: {args}") from None
    if result.returncode != 0:
        raise BrowserHarnessError(f"{tool} failed (exit {result.returncode}): {result.stderr.strip()}")
    return result.stdout


def pdf_pages(pdf: Path, timeout: float = 30) -> list[str]:
    """Return the layout-preserving text of each PDF page, one string per page."""
    text = _poppler(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], timeout)
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last included, with a form feed
    return pages


def pdf_page_count(pdf: Path, timeout: float = 30) -> int:
    """Return the number of pages in a PDF according to pdfinfo."""
    out = _poppler(["pdfinfo", str(pdf)], timeout)
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    if match is None:
        raise BrowserHarnessError(f"no page count in pdfinfo output:\n{out}")
    return int(match.group(1))


def pdf_page_size(pdf: Path, page: int = 1, timeout: float = 30) -> tuple[float, float]:
    """Return (width, height) in points of one PDF page (1-based) via pdfinfo."""
    out = _poppler(["pdfinfo", "-f", str(page), "-l", str(page), str(pdf)], timeout)
    pattern = rf"^Page\s+{page} size:\s+([\d.]+) x ([\d.]+) pts"
    match = re.search(pattern, out, re.MULTILINE)
    if match is None:
        raise BrowserHarnessError(f"no size for page {page} in pdfinfo output:\n{out}")
    return float(match.group(1)), float(match.group(2))
