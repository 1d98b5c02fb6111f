"""The .apkg we write, imported into a fresh collection by the real Anki library."""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from quizgen.export.anki import notes_for, unique_roles, write_anki
from quizgen.models import Article, ArticleResult, Fact, Question, Quiz
from quizgen.questions import question_id

from . import anki_harness as ah
from .samples import all_types_quiz

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{Front}} {{c1::x}} &amp; [sound:x.mp3]"


@pytest.fixture
def collection(tmp_path):
    col = ah.open_collection(tmp_path / "anki")
    yield col
    col.close()


def test_sample_deck_imports_with_every_note(sample_quiz, tmp_path, collection):
    deck = write_anki(sample_quiz, tmp_path / "sample.apkg")
    summary = ah.import_apkg(collection, deck)
    n_cloze = sum(q.type == "cloze" for q in sample_quiz.questions)
    n_role = sum(q.key.startswith("role:") for q in sample_quiz.questions)
    n_choice = sum(q.type == "multiple_choice" for q in sample_quiz.questions)
    assert summary.new == len(sample_quiz.questions)  # deck-only cards too: a card at a time gives nothing away
    assert any(not q.on_sheet for q in sample_quiz.questions)
    expected = {"quizgen Basic": len(sample_quiz.questions) - n_cloze - n_role - n_choice,
                "quizgen Cloze": n_cloze, "quizgen Person-Role": n_role,
                "quizgen Multiple choice": n_choice}  # fmt: skip
    assert ah.notes_by_type(collection) == {name: n for name, n in expected.items() if n}
    assert "A spark of democracy in Central Asia" in ah.deck_names(collection)
    tags = ah.all_tags(collection)
    assert {"quizgen", "a-spark-of-democracy-in-central-asia", "kind:date", "kind:person"} <= tags


def test_basic_card_question_front_answer_back(sample_quiz, tmp_path, collection):
    ah.import_apkg(collection, write_anki(sample_quiz, tmp_path / "sample.apkg"))
    q = next(q for q in sample_quiz.questions if q.type == "short_answer" and q.answer == "January 2, 2022")
    card_id = next(c for c in ah.card_ids_for_type(collection, "quizgen Basic")
                   if "When did young Kazakhs take to the streets" in ah.render_card(collection, c)[0])  # fmt: skip
    front, back = ah.render_card(collection, card_id)
    assert q.prompt in front
    assert "January 2, 2022" not in front
    assert "January 2, 2022" in back and q.source[:40] in back  # the answer and its citation
    assert "June 7, 2022" in back


def test_cloze_card_hides_then_shows_the_answer(sample_quiz, tmp_path, collection):
    ah.import_apkg(collection, write_anki(sample_quiz, tmp_path / "sample.apkg"))
    cloze = next(q for q in sample_quiz.questions if q.type == "cloze")
    card_id = ah.card_ids_for_type(collection, "quizgen Cloze")[0]
    fronts = {ah.render_card(collection, c)[0]: c for c in ah.card_ids_for_type(collection, "quizgen Cloze")}
    front = next(f for f in fronts if cloze.gap[0][:20] in f)
    back = ah.render_card(collection, fronts[front])[1]
    assert "[...]" in front and cloze.answer not in front.split("[...]")[0][-5:]
    assert f'<span class="cloze">{cloze.answer}</span>' in back or cloze.answer in back
    assert card_id


def hostile_quiz(title: str = "Hostile", sentence: str = HOSTILE) -> Quiz:
    article = Article(title=title, date=date(2022, 6, 7), source="h.txt", paragraphs=(sentence,), id="hostile")
    fact = Fact(id="place-1", kind="place", text="Nur-Sultan", sentence=sentence)
    basic = Question(id=question_id(article, "place-1:where"), type="short_answer", kind="place",
                     prompt=f"Where is {sentence}?", answer=sentence, source=sentence, fact_id="place-1",
                     article_id="hostile", key="place-1:where")  # fmt: skip
    gap = (sentence + " before ", "Nur-Sultan", " after " + sentence)
    cloze = dataclasses.replace(
        basic,
        id=question_id(article, "place-1:cloze"),
        type="cloze",
        key="place-1:cloze",
        answer="Nur-Sultan",
        gap=gap,
        cloze=f"{gap[0]}{{{{c1::Nur-Sultan}}}}{gap[2]}",
    )
    return Quiz(articles=(ArticleResult(article, (fact,)),), questions=(basic, cloze))


def test_hostile_text_is_literal_on_every_card(tmp_path, collection):
    ah.import_apkg(collection, write_anki(hostile_quiz(), tmp_path / "h.apkg"))
    for notetype in ("quizgen Basic", "quizgen Cloze"):
        (card_id,) = ah.card_ids_for_type(collection, notetype)
        for side in ah.render_card(collection, card_id):
            assert "<script" not in side and "<img" not in side
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in side
            assert "[anki:play" not in side  # [sound:x.mp3] did not become a sound tag
            assert "&amp;amp;" in side  # "&amp;" shows as typed
            assert "c2" not in side
    (cloze_id,) = ah.card_ids_for_type(collection, "quizgen Cloze")
    assert len(ah.card_ids_for_type(collection, "quizgen Cloze")) == 1  # the article's {{c1::x}} made no card
    assert "Nur-Sultan" not in ah.render_card(collection, cloze_id)[0]


def test_rebuild_updates_in_place_and_keeps_review_history(sample_quiz, tmp_path, collection, monkeypatch):
    ah.import_apkg(collection, write_anki(sample_quiz, tmp_path / "v1.apkg"))
    card_id = ah.card_ids_for_type(collection, "quizgen Basic")[0]
    ah.answer_card(collection, card_id, ease=3)
    before = ah.card_state(collection, card_id)
    assert before["reps"] == 1

    questions = list(sample_quiz.questions)
    n = next(i for i, q in enumerate(questions) if q.type == "short_answer")
    questions[n] = dataclasses.replace(questions[n], prompt=questions[n].prompt + " (reworded)")
    quiz_v2 = dataclasses.replace(sample_quiz, questions=tuple(questions))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1654570000")  # a later build
    summary = ah.import_apkg(collection, write_anki(quiz_v2, tmp_path / "v2.apkg"))

    assert summary.new == 0 and summary.duplicate == 0
    assert summary.updated == len(sample_quiz.questions)
    assert ah.card_state(collection, card_id) == before
    assert sum(ah.notes_by_type(collection).values()) == len(sample_quiz.questions)
    texts = [ah.render_card(collection, c)[0] for c in collection.find_cards("")]
    assert any("(reworded)" in t for t in texts)


def test_same_sentences_in_two_articles_are_distinct_notes(tmp_path, collection):
    a = hostile_quiz("Article A", "Voters met in Nur-Sultan.")
    b = hostile_quiz("Article B", "Voters met in Nur-Sultan.")
    ah.import_apkg(collection, write_anki(a, tmp_path / "a.apkg"))
    summary = ah.import_apkg(collection, write_anki(b, tmp_path / "b.apkg"))
    assert summary.new == 2
    assert sum(ah.notes_by_type(collection).values()) == 4


def test_note_guids_do_not_depend_on_wording(sample_quiz):
    article = sample_quiz.articles[0].article
    for q in all_types_quiz().questions:
        reworded = dataclasses.replace(q, prompt="Other words?", source="Another sentence.")
        assert [n.guid for n in notes_for(q, article)] == [n.guid for n in notes_for(reworded, article)]


# --- every question type, through the real Anki importer -------------------------------------------------

SLUG = "a-spark-of-democracy-in-central-asia"


def test_every_question_type_imports_as_its_note_type(tmp_path, collection):
    summary = ah.import_apkg(collection, write_anki(all_types_quiz(), tmp_path / "all.apkg"))
    # The role question and the matching's pair for the same person are one Person-Role note.
    assert (summary.new, summary.updated, summary.duplicate) == (8, 0, 0)
    assert ah.notes_by_type(collection) == {"quizgen Basic": 3, "quizgen Cloze": 1,
                                            "quizgen Multiple choice": 1, "quizgen Person-Role": 3}  # fmt: skip
    assert ah.deck_names(collection) == {"A spark of democracy in Central Asia"}
    assert ah.all_tags(collection) == {"quizgen", SLUG, "kind:date", "kind:person", "type:short_answer",
                                       "type:cloze", "type:multiple_choice", "type:true_false",
                                       "type:ordering", "type:matching"}  # fmt: skip
    # Offices held by one person get a reverse card; "activist" describes rather than names one.
    fronts = [ah.render_card(collection, c)[0] for c in ah.card_ids_for_type(collection, "quizgen Person-Role")]
    reverse = sorted(f.split('class="question">')[1].split("<")[0] for f in fronts if "Who is" in f)
    assert reverse == ["President", "Prime Minister"]


def test_rebuild_updates_every_note_type_and_keeps_review_state(tmp_path, collection, monkeypatch):
    quiz = all_types_quiz()
    ah.import_apkg(collection, write_anki(quiz, tmp_path / "v1.apkg"))
    studied = [
        ah.card_with_front(collection, "quizgen Basic", "When did"),
        ah.card_with_front(collection, "quizgen Multiple choice", "When"),
        ah.card_ids_for_type(collection, "quizgen Cloze")[0],
        ah.card_with_front(collection, "quizgen Person-Role", ">Kassym-Jomart Tokayev<"),
    ]
    for card_id in studied:
        ah.answer_card(collection, card_id, ease=3)
    before = {c: ah.card_state(collection, c) for c in studied}
    assert all(state["reps"] == 1 and state["revlog"] == 1 for state in before.values())

    def reword(q: Question) -> Question:
        if q.type == "cloze":
            return dataclasses.replace(q, gap=(q.gap[0], q.gap[1], " referendum, Kazakhs voted yes (reworded)."))
        return dataclasses.replace(q, prompt=q.prompt.replace("When did", "On what day did") + " (reworded)")

    v2 = dataclasses.replace(quiz, questions=tuple(reword(q) for q in quiz.questions))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1654570000")  # a later build
    summary = ah.import_apkg(collection, write_anki(v2, tmp_path / "v2.apkg"))

    assert (summary.new, summary.updated, summary.duplicate) == (0, 8, 0)
    assert sum(ah.notes_by_type(collection).values()) == 8
    assert {c: ah.card_state(collection, c) for c in studied} == before
    assert "On what day did voters" in ah.render_card(collection, studied[0])[0]
    assert "On what day did voters" in ah.render_card(collection, studied[1])[0]
    assert "Kazakhs voted yes (reworded)." in ah.render_card(collection, studied[2])[1]


def test_the_same_build_again_changes_nothing(tmp_path, collection):
    deck = write_anki(all_types_quiz(), tmp_path / "v1.apkg")
    ah.import_apkg(collection, deck)
    summary = ah.import_apkg(collection, deck)
    assert (summary.new, summary.updated, summary.duplicate) == (0, 0, 8)  # Anki's "duplicate": unchanged
    assert sum(ah.notes_by_type(collection).values()) == 8


def _second_article(quiz: Quiz, title: str, slug: str) -> Quiz:
    result = quiz.articles[0]
    article = dataclasses.replace(result.article, title=title, id=slug, source=f"https://example.org/{slug}")
    questions = tuple(dataclasses.replace(q, article_id=slug) for q in quiz.questions)
    return Quiz(articles=(dataclasses.replace(result, article=article),), questions=questions)


def test_several_articles_become_sub_decks_of_one_package(tmp_path, collection):
    first, second = all_types_quiz(), _second_article(all_types_quiz(), "Second :: story", "second-story")
    both = Quiz(articles=first.articles + second.articles, questions=first.questions + second.questions)
    summary = ah.import_apkg(collection, write_anki(both, tmp_path / "news.apkg", deck_name="News"))
    assert summary.new == 16  # identical questions, different articles: distinct notes
    assert ah.deck_names(collection) == {"News", "News::A spark of democracy in Central Asia", "News::Second : story"}
    assert {SLUG, "second-story"} <= ah.all_tags(collection)
    assert len(collection.find_cards('"deck:News::Second : story"')) == len(collection.find_cards("")) // 2


def _rows(apkg) -> dict[str, list[tuple]]:
    with zipfile.ZipFile(apkg) as package:
        db = Path(apkg).with_suffix(".anki2")
        db.write_bytes(package.read("collection.anki2"))
    con = sqlite3.connect(db)
    try:
        return {table: con.execute(f"select * from {table} order by id").fetchall() for table in ("notes", "cards")}
    finally:
        con.close()


def test_builds_are_reproducible_with_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1654560000")
    one = _rows(write_anki(all_types_quiz(), tmp_path / "one.apkg"))
    two = _rows(write_anki(all_types_quiz(), tmp_path / "two.apkg"))
    assert one == two and len(one["notes"]) == 8 and len(one["cards"]) == 10
    assert {row[3] for row in one["notes"]} == {1654560000}  # mod
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    start = int(time.time())
    now = _rows(write_anki(all_types_quiz(), tmp_path / "now.apkg"))
    assert [row[1] for row in now["notes"]] == [row[1] for row in one["notes"]]  # the same GUIDs
    assert all(row[3] >= start for row in now["notes"])  # newer than the last build, so Anki updates


def test_a_person_asked_twice_is_one_note_and_only_offices_reverse():
    result = all_types_quiz().articles[0]
    questions = all_types_quiz().questions
    assert unique_roles(result, questions) == {"president", "prime minister"}
    rival = dataclasses.replace(questions[-1], key="role:Someone Else", answer="President")
    assert unique_roles(result, (*questions, rival)) == {"prime minister"}
    role_note = notes_for(questions[-1], result.article)[0]
    matching_notes = notes_for(next(q for q in questions if q.type == "matching"), result.article)
    assert role_note.guid == matching_notes[0].guid and len(matching_notes) == 3


def test_source_date_epoch_builds_are_byte_identical(sample_quiz, tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = write_anki(sample_quiz, tmp_path / "a.apkg")
    time.sleep(1.1)  # a second later: file times must not leak into the package
    second = write_anki(sample_quiz, tmp_path / "b.apkg")
    assert first.read_bytes() == second.read_bytes()


def test_a_build_leaves_nothing_in_the_temp_folder(sample_quiz, tmp_path, monkeypatch, collection):
    """genanki's own writer leaves its database in the temp folder at every build; ours cleans up."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    deck = write_anki(sample_quiz, tmp_path / "sample.apkg")
    assert list(scratch.iterdir()) == []
    assert sorted(zipfile.ZipFile(deck).namelist()) == ["collection.anki2", "media"]
    assert ah.import_apkg(collection, deck).new == len(sample_quiz.questions)
