"""Every way in: files, folders, stdin, URLs (a real HTTP server on 127.0.0.1), and every bad input's one-line error."""

from __future__ import annotations

import contextlib
import http.server
import os
import socket
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.readers import fetch

from .conftest import ROOT, SAMPLE

runner = CliRunner()
PAGE = SAMPLE.read_text(encoding="utf-8")
HTML_PAGE = "<html><head><title>A spark of democracy in Central Asia</title></head><body><nav>Home</nav><article>"
HTML_PAGE += (
    "".join(f"<p>{p}</p>" for p in PAGE.split("\n\n")[1:]) + "</article><footer>About us</footer></body></html>"
)


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def _write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


SHORT = "Voters approved the charter on Sunday."
BAD_FILES = [
    ("missing.txt", None, "no such file; check the path"),
    ("empty.txt", "", "the article is empty; give a file with the article's text"),
    ("blank.txt", " \n\t\n\n  ", "the article is empty; give a file with the article's text"),
    ("short.txt", SHORT, "the article has only 6 words; quizgen needs at least 25"),
    ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document, not text; save the article as .txt, "
     ".md or .html (e.g. copy its text into a .txt file)"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image, not text; save the article as .txt, "
     ".md or .html (e.g. copy its text into a .txt file)"),
    ("notes.zip", b"PK\x03\x04\x14\x00\x00\x00", "is a ZIP archive (or a .docx/.epub, which are ZIP files), not "
     "text; save the article as .txt, .md or .html (e.g. copy its text into a .txt file)"),
    ("a.out.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "is an executable (ELF), not text; save the article as .txt, "
     ".md or .html (e.g. copy its text into a .txt file)"),
    ("menu.html", "<html><head><script>track()</script></head><body><nav></nav></body></html>",
     "found no article text in this HTML page (only menus, scripts or an empty page); save the article's own page, "
     "or copy its text into a .txt file"),
    ("le-monde.txt", "Les électeurs de la ville ont approuvé la nouvelle charte dimanche après une longue campagne "
     "menée par des groupes locaux, et le maire a dit que le vote était historique pour la ville.",
     "the article does not look like English (3% common English words, English has over 12%); quizgen makes "
     "questions from English articles only"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_article_is_one_line_and_writes_nothing(tmp_path, name, content, message):
    article = tmp_path / name if content is None else _write(tmp_path / name, content)
    out = tmp_path / "out"
    out.mkdir()
    result = run("build", article, "--json", out / "q.json", "--html", out / "q.html")
    assert (result.exit_code, result.output) == (1, f"Error: {article}: {message}\n")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--date", "2022-02-30"], "--date '2022-02-30' is not a valid date; use YYYY-MM-DD, e.g. 2022-06-07"),
        (["--date", "yesterday"], "--date 'yesterday' is not a valid date; use YYYY-MM-DD, e.g. 2022-06-07"),
        (["--max", "0"], "--max must be at least 1"),
        (["--max", "-3"], "--max must be at least 1"),
    ],
)
def test_bad_options_are_one_line(tmp_path, extra, message):
    result = run("build", SAMPLE, "--json", tmp_path / "q.json", *extra)
    assert (result.exit_code, result.output) == (1, f"Error: {message}\n")
    assert list(tmp_path.iterdir()) == []


def test_folder_without_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder / "notes.csv", "a,b")
    result = run("build", folder, "--json", tmp_path / "q.json")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {folder}: no article files in this folder (.htm, .html, .markdown, .md, .text, .txt, .xhtml); "
        "add some\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]


def test_output_in_a_missing_folder_or_under_a_file(tmp_path):
    for out in (tmp_path / "nope" / "q.json", _write(tmp_path / "file", "x") / "q.json"):
        result = run("build", SAMPLE, "--json", out)
        assert result.exit_code == 1
        assert (
            result.output == f"Error: {out}: the folder {out.parent} does not exist; create it or choose another path\n"
        )
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_output_folder_without_write_permission(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.access(locked, os.W_OK):  # root ignores file modes; /proc/sys is read-only even for root
        locked = Path("/proc/sys")
        if not locked.is_dir() or os.access(locked, os.W_OK):
            pytest.skip("running as root and /proc/sys is writable: no folder here refuses root's writes")
    out = locked / "q.json"
    result = run("build", SAMPLE, "--json", out)
    assert (result.exit_code, result.output) == (1, f"Error: {out}: the folder {locked} is not writable; choose "
                                                    "another path\n")  # fmt: skip
    assert not out.exists()


def test_batch_skips_the_bad_article_and_still_fails(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    good = _write(folder / "a-good.txt", PAGE)
    empty = _write(folder / "b-empty.txt", "")
    out = tmp_path / "q.json"
    result = run("build", folder, tmp_path / "missing.md", "--json", out)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == [
        f"Error: {empty}: the article is empty; give a file with the article's text",
        f"Error: {tmp_path / 'missing.md'}: no such file; check the path",
    ]
    assert lines[2].endswith(f" from 1 article(s): {out}")
    assert '"source": "' + str(good) + '"' in out.read_text()


def test_every_article_failing_writes_nothing(tmp_path):
    a, b = _write(tmp_path / "a.txt", ""), _write(tmp_path / "b.txt", SHORT)
    result = run("build", a, b, "--json", tmp_path / "q.json")
    assert result.exit_code == 1
    assert result.output.count("Error: ") == 2 and "article(s):" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_standard_input(tmp_path):
    out = tmp_path / "q.json"
    result = run("build", "-", "--json", out, input=SAMPLE.read_bytes())
    assert result.exit_code == 0, result.output
    assert '"title": "A spark of democracy in Central Asia"' in out.read_text()


def test_empty_standard_input(tmp_path):
    result = run("build", "-", "--json", tmp_path / "q.json", input=b"")
    assert (result.exit_code, result.output) == (1, "Error: -: the article is empty; give a file with the "
                                                    "article's text\n")  # fmt: skip


# --- URLs, against a real server on 127.0.0.1 -------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        # The client gives up on purpose in the timeout and size-limit tests.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route()

    def _route(self):
        path = self.path
        if path == "/article.html":
            return self._send(200, HTML_PAGE.encode(), "text/html; charset=utf-8")
        if path == "/article.txt":
            return self._send(200, PAGE.encode(), "text/plain")
        if path in ("/loop", "/moved"):
            self.send_response(302)
            self.send_header("Location", "/loop" if path == "/loop" else "/article.html")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if path == "/slow":
            time.sleep(3)
            return self._send(200, PAGE.encode(), "text/plain")
        if path == "/trickle":  # headers at once, then a byte at a time: only a whole-download deadline stops it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for byte in PAGE.encode()[:40]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
            return None
        if path == "/big":
            return self._send(200, b"word " * 400_000, "text/plain")
        if path == "/big-unsized":  # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"word " * 10_000)
            return None
        return self._send(404, b"not here", "text/plain")

    def _send(self, code, body, media_type):
        self.send_response(code)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """The test server is local: a CI proxy setting must not route it elsewhere."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.mark.parametrize("page", ["/article.html", "/article.txt", "/moved"])
def test_url_builds(server, tmp_path, page):
    out = tmp_path / "q.json"
    result = run("build", server + page, "--json", out)
    assert result.exit_code == 0, result.output
    assert '"title": "A spark of democracy in Central Asia"' in out.read_text()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("/missing", "the server answered 404 Not Found; check the address"),
        ("/loop", "too many redirects (a redirect loop?); open it in a browser and give the final address"),
        ("/slow", "no complete answer within 1 s; try again later, or save the page and give the file"),
        ("/trickle", "no complete answer within 1 s; try again later, or save the page and give the file"),
        ("/big", "the page is larger than 0.5 MB; save the article's text to a file and give that"),
        ("/big-unsized", "the page is larger than 0.5 MB; save the article's text to a file and give that"),
        ("unreachable", "cannot be fetched (Connection refused); check the address and your connection"),
    ],
)
def test_bad_urls(server, tmp_path, monkeypatch, page, message):
    monkeypatch.setattr(fetch, "TIMEOUT", 1.0)
    monkeypatch.setattr(fetch, "MAX_BYTES", 500_000)
    url = f"http://127.0.0.1:{_closed_port()}/a" if page == "unreachable" else server + page
    result = run("build", url, "--json", tmp_path / "q.json")
    assert (result.exit_code, result.output) == (1, f"Error: {url}: {message}\n")
    assert list(tmp_path.iterdir()) == []


# --- determinism over the development corpus ---------------------------------------------------------------------

CORPUS = ROOT.parent / "shared" / "articles"


def test_two_runs_over_the_corpus_are_byte_identical(tmp_path, monkeypatch):
    if not CORPUS.is_dir():
        pytest.skip(f"the development corpus is not at {CORPUS}")
    articles = sorted(p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")
    monkeypatch.chdir(CORPUS)
    outputs = []
    for run_dir in (tmp_path / "one", tmp_path / "two"):
        run_dir.mkdir()
        result = run("build", *[p.name for p in articles], "--json", run_dir / "q.json", "--html", run_dir / "q.html")
        assert " article(s): " in result.output, result.output
        outputs.append([(run_dir / name).read_bytes() for name in ("q.json", "q.html")])
    assert outputs[0] == outputs[1]


def test_a_folders_readme_and_licence_are_not_articles(tmp_path):
    from quizgen.readers import expand_sources

    for name in ("README.md", "LICENSE.txt", ".hidden.md", "b-story.md", "a-story.txt"):
        _write(tmp_path / name, "text")
    sources, errors = expand_sources([tmp_path])
    assert [Path(s).name for s in sources] == ["a-story.txt", "b-story.md"] and errors == []
