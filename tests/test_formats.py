"""CSV/TSV/Quizlet, GIFT, Moodle XML, QTI and Kahoot: each read back by an independent parser, hostile text intact."""

from __future__ import annotations

import csv
import html
import io
import re
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.export import EXPORTERS
from quizgen.export.text import front, one_line
from quizgen.models import Quiz

from .samples import HOSTILE, all_types_quiz

QUIZ = all_types_quiz(hostile=True)
FILES = {"csv": "q.csv", "tsv": "q.tsv", "quizlet": "q.txt", "gift": "q.gift", "moodle_xml": "q.xml",
         "qti": "q.zip", "kahoot": "q.xlsx"}  # fmt: skip


def _write(tmp_path, name, quiz=QUIZ):
    return EXPORTERS[name](quiz, tmp_path / FILES[name])


@pytest.mark.parametrize("name", sorted(FILES))
def test_same_input_same_bytes(tmp_path, name):
    first = _write(tmp_path, name).read_bytes()
    assert _write(tmp_path, name).read_bytes() == first


def test_a_spreadsheet_written_a_second_later_has_the_same_bytes(tmp_path):
    first = _write(tmp_path, "kahoot").read_bytes()
    time.sleep(1.1)  # openpyxl stamps the time of saving, to the second
    assert _write(tmp_path, "kahoot").read_bytes() == first


@pytest.mark.parametrize(("name", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_anki_tables_read_back_with_the_csv_module(tmp_path, name, delimiter):
    text = _write(tmp_path, name).read_text()
    assert text.startswith(f"#separator:{'Comma' if delimiter == ',' else 'Tab'}\n#html:false\n")
    rows = list(csv.reader(io.StringIO(text.split("#tags column:4\n", 1)[1]), delimiter=delimiter))
    title = QUIZ.articles[0].article.title
    assert [(r[0], r[1], r[2]) for r in rows] == [(f"[{title}] {front(q)}", q.answer, q.source) for q in QUIZ.questions]
    assert all(HOSTILE in r[0] for r in rows)


def test_quizlet_is_one_term_and_definition_per_line(tmp_path):
    lines = _write(tmp_path, "quizlet").read_text().splitlines()
    rows = [line.split("\t") for line in lines]
    title = one_line(QUIZ.articles[0].article.title)
    assert [tuple(r) for r in rows] == [(f"[{title}] {one_line(front(q))}", q.answer) for q in QUIZ.questions]


def _gift_unescape(text: str) -> str:
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


def test_gift_reads_back_with_a_gift_parser(tmp_path):
    parser = pytest.importorskip("pygiftparser.parser")  # pygiftparserrgmf, an independent GIFT parser
    parsed = parser.parse(_write(tmp_path, "gift").read_text()).questions
    assert [p.name for p in parsed] == [q.id for q in QUIZ.questions]
    kinds = [type(p.answer).__name__ for p in parsed]
    assert kinds == ["Short", "Short", "MultipleChoiceRadio", "TrueFalse", "Matching", "Matching", "Short"]
    by_id = {p.name: p for p in parsed}
    for q in QUIZ.questions:
        p = by_id[q.id]
        if q.type != "cloze":
            assert html.unescape(p.text) == one_line(q.prompt)  # the parser unescapes the question text
    mc = next(q for q in QUIZ.questions if q.type == "multiple_choice")
    options = [(_gift_unescape(o.text), o.percentage) for o in by_id[mc.id].answer.options]
    assert options == [(c, 1.0 if c == mc.answer else 0.0) for c in mc.choices]


def test_moodle_xml_parses_and_keeps_markup_as_text(tmp_path):
    root = ET.parse(_write(tmp_path, "moodle_xml")).getroot()
    questions = root.findall("question")[1:]
    assert [q.get("type") for q in questions] == ["shortanswer", "cloze", "multichoice", "truefalse", "matching",
                                                  "matching", "shortanswer"]  # fmt: skip
    for element, q in zip(questions, QUIZ.questions, strict=True):
        shown = element.findtext("questiontext/text")
        assert "<script>" not in shown and HOSTILE in html.unescape(shown)
        if q.type == "multiple_choice":
            right = [html.unescape(a.findtext("text")) for a in element.findall("answer") if a.get("fraction") == "100"]
            assert right == [q.answer]
        if q.type == "cloze":
            assert "{1:SHORTANSWER:=June 5, 2022}" in shown
        if q.type == "matching":
            pairs = [
                (html.unescape(s.findtext("text")), s.findtext("answer/text")) for s in element.findall("subquestion")
            ]
            assert tuple(pairs) == q.pairs
        if q.type == "true_false":
            assert [a.get("fraction") for a in element.findall("answer")] == ["0", "100"]


def test_qti_package_has_a_manifest_and_canvas_items(tmp_path):
    ns = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2", "c": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
    with zipfile.ZipFile(_write(tmp_path, "qti")) as archive:
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        href = manifest.find("c:resources/c:resource/c:file", ns).get("href")
        assert manifest.find("c:resources/c:resource", ns).get("type") == "imsqti_xmlv1p2"
        assessment = ET.fromstring(archive.read(href))
    items = assessment.findall("q:assessment/q:section/q:item", ns)
    kept = [q for q in QUIZ.questions if q.type not in ("ordering", "matching")]
    assert len(items) == len(kept)
    for item, q in zip(items, kept, strict=True):
        kind = item.find("q:itemmetadata/q:qtimetadata/q:qtimetadatafield/q:fieldentry", ns).text
        assert kind == {"multiple_choice": "multiple_choice_question", "true_false": "true_false_question"}.get(
            q.type, "short_answer_question"
        )
        assert html.unescape(item.find("q:presentation/q:material/q:mattext", ns).text) == q.prompt
        right = item.find("q:resprocessing/q:respcondition/q:conditionvar/q:varequal", ns).text
        if q.choices:
            label = item.find(f"q:presentation/q:response_lid/q:render_choice/q:response_label[@ident='{right}']", ns)
            assert label.find("q:material/q:mattext", ns).text == q.answer
        else:
            assert right == q.answer


def test_kahoot_sheet_reads_back_with_openpyxl(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(_write(tmp_path, "kahoot")).active
    assert sheet["B8"].value == "Question - max 120 characters"
    rows = list(sheet.iter_rows(min_row=9, values_only=True))
    fitting = [q for q in QUIZ.questions if q.type in ("multiple_choice", "true_false")]
    assert len(rows) == len(fitting)
    for row, q in zip(rows, fitting, strict=True):
        _number, prompt, *answers, seconds, right = row
        answers = [a for a in answers if a]
        assert len(prompt) <= 120 and all(len(a) <= 75 for a in answers)
        assert prompt.startswith(q.prompt[:40]) and seconds == 20
        assert answers[right - 1] == q.answer


def test_kahoot_never_writes_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    quiz = all_types_quiz()
    mc = next(q for q in quiz.questions if q.type == "multiple_choice")
    evil = type(quiz)(quiz.articles, (mc.__class__(**{**mc.__dict__, "prompt": '=HYPERLINK("x")'}),))
    cell = openpyxl.load_workbook(_write(tmp_path, "kahoot", evil)).active["B9"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x")', "s")


def test_build_writes_every_format(tmp_path, sample_quiz):
    from .conftest import SAMPLE

    args = ["build", str(SAMPLE)]
    for name, file in FILES.items():
        args += [f"--{name.replace('_', '-')}", str(tmp_path / file)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES.values())


def _with_a_deck_only_card() -> Quiz:
    """The all-types quiz with its first question marked as a card for the deck only."""
    quiz = all_types_quiz()
    first, *rest = quiz.questions
    return Quiz(articles=quiz.articles, questions=(replace(first, on_sheet=False), *rest))


def _bytes(folder, name, quiz) -> bytes:
    folder.mkdir(exist_ok=True)
    return _write(folder, name, quiz).read_bytes()


@pytest.mark.parametrize("name", ["gift", "moodle_xml", "qti", "kahoot"])
def test_quiz_formats_leave_deck_only_cards_off(tmp_path, name):
    quiz = _with_a_deck_only_card()
    written = _bytes(tmp_path / "deck", name, quiz)
    assert written == _bytes(tmp_path / "sheet", name, quiz.sheet)  # the sheet: every question but the card
    assert written != _bytes(tmp_path / "all", name, all_types_quiz())


@pytest.mark.parametrize("name", ["csv", "tsv", "quizlet"])
def test_flashcard_formats_keep_deck_only_cards(tmp_path, name):
    assert _bytes(tmp_path / "deck", name, _with_a_deck_only_card()) == _bytes(tmp_path / "all", name, all_types_quiz())


def test_the_printed_quiz_leaves_deck_only_cards_off_and_the_deck_keeps_them(tmp_path):
    from quizgen.export.html import render_html

    quiz = _with_a_deck_only_card()
    page = EXPORTERS["html"](quiz, tmp_path / "q.html").read_text(encoding="utf-8")
    assert page == render_html(quiz.sheet) != render_html(quiz)
