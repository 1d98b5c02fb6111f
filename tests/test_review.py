"""The editable questions file: written, edited by hand, read back; bad edits name their line."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.export.html import render_html
from quizgen.export.json import dumps
from quizgen.models import Quiz
from quizgen.review import ReviewError, dumps_review, read_review, write_review

from .samples import all_types_quiz

runner = CliRunner()


def _written(tmp_path, quiz):
    return write_review(quiz, tmp_path / "questions.yaml")


def _edit(path, old, new, count=1):
    text = path.read_text()
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count))
    return path


def test_round_trip_of_the_sample_gives_the_same_outputs(tmp_path, sample_quiz):
    back = read_review(_written(tmp_path, sample_quiz))
    assert dumps(back) == dumps(sample_quiz)
    assert render_html(back) == render_html(sample_quiz)
    assert [(q.id, q.key) for q in back.questions] == [(q.id, q.key) for q in sample_quiz.questions]


def test_round_trip_keeps_every_question_type():
    quiz = all_types_quiz()
    text = dumps_review(quiz)
    assert text.startswith("# quizgen questions file")
    assert {"ordering", "matching", "multiple_choice", "true_false", "cloze"} <= set(re.findall(r"type: (\w+)", text))


def test_every_type_reads_back_equal(tmp_path):
    quiz = all_types_quiz()
    assert read_review(_written(tmp_path, quiz)).questions == quiz.questions


def test_hostile_text_survives_the_yaml(tmp_path):
    quiz = all_types_quiz(hostile=True)
    back = read_review(_written(tmp_path, quiz))
    assert [q.prompt for q in back.questions] == [q.prompt for q in quiz.questions]
    assert back.articles[0].article.title == quiz.articles[0].article.title


def test_edits_reword_drop_and_add(tmp_path):
    path = _written(tmp_path, all_types_quiz())
    _edit(path, "What office does Kassym-Jomart Tokayev hold?", "Which office does Tokayev hold?")
    _edit(path, "key: date-1:tf\n", "key: date-1:tf\n", 1)
    text = path.read_text().replace("  keep: true\n  type: true_false", "  keep: false\n  type: true_false")
    text = text.replace(
        "\n# The facts", "\n- type: short_answer\n  prompt: 'Who won: A or B?'\n  answer: A\n\n# The facts"
    )
    path.write_text(text)
    quiz = read_review(path)
    by_type = [q.type for q in quiz.questions]
    assert "true_false" not in by_type and len(quiz.questions) == 7
    original = {q.key: q.id for q in all_types_quiz().questions}
    reworded = next(q for q in quiz.questions if q.key == "role:Kassym-Jomart Tokayev")
    assert (reworded.prompt, reworded.id) == ("Which office does Tokayev hold?", original[reworded.key])
    added = quiz.questions[-1]
    assert (added.prompt, added.answer, added.kind) == ("Who won: A or B?", "A", "custom")
    assert added.key.startswith("custom:") and re.fullmatch(r"[0-9a-f]{12}", added.id)
    assert read_review(path).questions[-1].id == added.id  # stable across reads


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  answer: June 5, 2022\n  choices:", "  answer: June 6, 2022\n  choices:",
         ":{line}: `answer` 'June 6, 2022' is not one of the `choices`; make it one of them"),
        ("  type: short_answer\n  prompt: When did voters in Kazakhstan approve changes to their constitution?\n",
         "  type: short_answer\n", ":{line}: `prompt` is missing; give it a value"),
        ("type: short_answer", "type: essay", ":{line}: unknown type 'essay'; use one of short_answer, cloze, "
         "multiple_choice, true_false, ordering, matching"),
        ("  answer: 'False'", "  answer: Maybe", ":{line}: a true_false `answer` is True or False, not 'Maybe'"),
        ("  keep: true\n  type: short_answer", "  keep: true\n  promt: x\n  type: short_answer",
         ":{line}: unknown field `promt`; the fields are id, keep, sheet, type, prompt, answer, choices, sequence, "
         "pairs, source, kind, article, fact, key"),
        ("In a _____ referendum", "In a referendum", ":{line}: a cloze `prompt` needs exactly one _____ where the "
         "`answer` goes, and an answer"),
    ],
)  # fmt: skip
def test_bad_edits_name_the_line(tmp_path, old, new, message):
    path = _edit(_written(tmp_path, all_types_quiz()), old, new)
    lines = path.read_text().splitlines()
    changed = next(i for i, line in enumerate(lines) if new.splitlines()[0].strip() in line)
    line = max(i for i in range(changed + 1) if lines[i].startswith("- ")) + 1  # the question's first line
    with pytest.raises(ReviewError) as err:
        read_review(path)
    assert str(err.value) == f"{path}" + message.format(line=line)


def test_bad_yaml_names_the_line(tmp_path):
    path = _edit(_written(tmp_path, all_types_quiz()), "  answer: President\n", "  answer: [President\n")
    with pytest.raises(ReviewError, match=r"questions\.yaml:\d+: not valid YAML \(.*\); check the indentation"):
        read_review(path)


def test_export_from_an_edited_file(tmp_path):
    path = _written(tmp_path, all_types_quiz())
    result = runner.invoke(app, ["export", str(path), "--json", str(tmp_path / "q.json"),
                                 "--gift", str(tmp_path / "q.gift")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == f"7 questions from 1 article(s): {tmp_path / 'q.json'}, {tmp_path / 'q.gift'}\n"
    assert (tmp_path / "q.json").read_text() == dumps(all_types_quiz())


def test_export_of_a_bad_file_writes_nothing(tmp_path):
    path = _edit(_written(tmp_path, all_types_quiz()), "  answer: President\n", "  answer: Pres\n  choices: x\n")
    out = tmp_path / "q.json"
    result = runner.invoke(app, ["export", str(path), "--json", str(out)])
    assert result.exit_code == 1
    line = path.read_text().splitlines().index("  choices: x") + 1
    assert result.output == f"Error: {path}:{line}: `choices` should be a list (lines starting with `- `)\n"
    assert not out.exists()


def test_export_of_a_missing_file(tmp_path):
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(app, ["export", str(missing), "--json", str(tmp_path / "q.json")])
    assert (result.exit_code, result.output) == (1, f"Error: {missing}: no such file; check the path "
                                                    "(quizgen generate writes it)\n")  # fmt: skip


def test_generate_then_export_equals_build(tmp_path):
    from .conftest import SAMPLE

    built, exported, questions = tmp_path / "built.json", tmp_path / "exported.json", tmp_path / "q.yaml"
    assert runner.invoke(app, ["build", str(SAMPLE), "--json", str(built)]).exit_code == 0
    result = runner.invoke(app, ["generate", str(SAMPLE), "-o", str(questions)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["export", str(questions), "--json", str(exported)]).exit_code == 0
    assert exported.read_bytes() == built.read_bytes()


def test_the_reviewed_sample_file_exports(tmp_path):
    from .conftest import ROOT

    quiz = read_review(ROOT / "decks" / "kazakhstan-2022" / "questions.yaml")
    assert quiz.questions and all(q.id for q in quiz.questions)


def test_a_deck_only_card_round_trips_and_stays_off_the_printed_quiz(tmp_path):
    quiz = all_types_quiz()
    first, *rest = quiz.questions
    quiz = Quiz(articles=quiz.articles, questions=(replace(first, on_sheet=False), *rest))
    path = _written(tmp_path, quiz)
    assert path.read_text().count("\n  sheet: false\n") == 1  # (the header explains the field too)
    back = read_review(path)
    assert dumps(back) == dumps(quiz) and '"sheet": false' in dumps(back)
    assert render_html(back.sheet) == render_html(Quiz(articles=back.articles, questions=back.questions[1:]))
    _edit(path, "  sheet: false\n", "")  # deleting the line prints it too
    assert all(q.on_sheet for q in read_review(path).questions)
