"""The command line with typer's CliRunner: exit codes, exact error text, no partial output."""

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from quizgen.cli import app

from .conftest import SAMPLE

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_build_writes_all_three_outputs(tmp_path):
    result = run("build", SAMPLE, "--anki", tmp_path / "d.apkg", "--html", tmp_path / "q.html",
                 "--json", tmp_path / "q.json")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert re.match(r"\d+ questions (\(\d+ printed\) )?from 1 article\(s\): ", result.output), result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.apkg", "q.html", "q.json"]
    data = json.loads((tmp_path / "q.json").read_text())
    assert data["articles"][0]["title"] == "A spark of democracy in Central Asia"


def test_max_title_and_date_options(tmp_path):
    out = tmp_path / "q.json"
    result = run("build", SAMPLE, "--json", out, "--max", "5", "--title", "Kazakhstan votes", "--date", "2022-06-08")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert len(data["questions"]) == 5
    assert (data["articles"][0]["title"], data["articles"][0]["date"]) == ("Kazakhstan votes", "2022-06-08")
    facts = {f["text"]: f["value"] for f in data["articles"][0]["facts"]}
    assert facts["last Sunday"] == "2022-06-05"  # resolved against the --date given


def test_facts_table_and_json():
    result = run("facts", SAMPLE)
    assert result.exit_code == 0
    assert "Kassym-Jomart Tokayev" in result.output and "(President)" in result.output
    data = json.loads(run("facts", SAMPLE, "--json").output)
    assert {"id", "kind", "text", "value", "sentence", "role"} <= set(data["facts"][0])


@pytest.mark.parametrize(
    ("make_input", "extra", "message"),
    [
        (lambda d: d / "missing.txt", [], "Error: {p}: no such file; check the path\n"),
        (lambda d: d, [], "Error: {p}: no article files in this folder (.htm, .html, .markdown, .md, .text, .txt, "
         ".xhtml); add some\n"),
        (lambda d: _write(d / "empty.txt", ""), [],
         "Error: {p}: the article is empty; give a file with the article's text\n"),
        (lambda d: _write(d / "facts.txt", "the cat sat on the mat and looked at the wall for a while " * 4), [],
         "Error: {p}: found no facts to ask about; give a factual article (news, history) with dates, names, "
         "places or numbers\n"),
        (lambda d: _write(d / "lean.md", "---\ntitle: Notes\ndate: 2020-05-05\nsource: https://example.org/n\n---\n"
                          "He told them that it was over for them, and she agreed with him there.\n\nThey said it "
                          "would be 200 of them that night, and he thanked them.\n"), [],
         "Error: {p}: found 1 fact, but no question about them stands alone (its sentences lean on the ones around "
         "them); give a longer factual article\n"),  # the file, not the address its front matter cites
        (lambda d: SAMPLE, ["--date", "2022-02-30"],
         "Error: --date '2022-02-30' is not a valid date; use YYYY-MM-DD, e.g. 2022-06-07\n"),
    ],
)  # fmt: skip
def test_errors_are_one_line_with_the_fix(tmp_path, make_input, extra, message):
    article = make_input(tmp_path)
    out = tmp_path / "out" / "q.json"
    out.parent.mkdir()
    result = run("build", article, "--json", out, *extra)
    assert result.exit_code == 1
    assert result.output == message.format(p=article)
    assert not out.exists() and list(out.parent.iterdir()) == []


def _write(path, text):
    path.write_text(text)
    return path


def test_output_folder_missing(tmp_path):
    out = tmp_path / "nope" / "q.html"
    result = run("build", SAMPLE, "--html", out, "--json", tmp_path / "q.json")
    assert result.exit_code == 1
    assert result.output == f"Error: {out}: the folder {out.parent} does not exist; create it or choose another path\n"
    assert list(tmp_path.iterdir()) == []  # nothing written, not even the JSON whose folder exists


def test_no_output_asked():
    result = run("build", SAMPLE)
    assert result.exit_code == 1
    assert result.output == "Error: nothing to write; give at least one of --anki, --html, --json\n"


def test_failed_write_keeps_the_good_file(tmp_path, monkeypatch):
    out = tmp_path / "q.json"
    out.write_text("good")
    import quizgen.export.json as json_export

    def explode(quiz):
        raise RuntimeError("disk full")

    monkeypatch.setattr(json_export, "dumps", explode)
    result = run("build", SAMPLE, "--json", out)
    assert result.exit_code != 0
    assert out.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["q.json"]  # no temporary file left behind


def test_help_and_version_do_not_import_spacy():
    code = "import sys; from quizgen.cli import main; sys.argv=['quizgen','--help']\n"
    code += "try: main()\nexcept SystemExit: pass\n"
    code += "assert 'spacy' not in sys.modules and 'genanki' not in sys.modules, 'heavy import'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "build" in done.stdout and "facts" in done.stdout
    version = subprocess.run([sys.executable, "-m", "quizgen", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("quizgen ")


def test_no_traceback_without_verbose(tmp_path):
    done = subprocess.run([sys.executable, "-m", "quizgen", "build", str(tmp_path / "x.txt"), "--json", "o.json"],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip() == f"Error: {tmp_path / 'x.txt'}: no such file; check the path"
    verbose = subprocess.run([sys.executable, "-m", "quizgen", "--verbose", "build", str(tmp_path / "x.txt"),
                              "--json", "o.json"], capture_output=True, text=True)  # fmt: skip
    assert "Traceback" in verbose.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--nope", "x.txt"], "Error: No such option: --nope"),
        (["build"], "Error: Missing argument 'ARTICLE'."),
        (["frobnicate"], "Error: No such command 'frobnicate'."),
    ],
)
def test_usage_mistakes_are_one_line_too(args, message):
    done = subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(message), done.stderr
    assert "--help" in done.stderr and "Traceback" not in done.stderr
