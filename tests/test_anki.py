"""The .apkg we write, imported into a fresh collection by the real Anki library."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from quizgen.export.anki import write_anki
from quizgen.models import Article, ArticleResult, Fact, Question, Quiz
from quizgen.questions import question_id

from . import anki_harness as ah

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
    assert summary.new == len(sample_quiz.questions)
    assert ah.notes_by_type(collection) == {"quizgen Basic": len(sample_quiz.questions) - n_cloze,
                                            "quizgen Cloze": n_cloze}  # fmt: skip
    assert "A spark of democracy in Central Asia" in ah.deck_names(collection)
    tags = ah.all_tags(collection)
    assert {"quizgen", "a-spark-of-democracy-in-central-asia", "kind:date", "kind:person"} <= tags


def test_basic_card_question_front_answer_back(sample_quiz, tmp_path, collection):
    ah.import_apkg(collection, write_anki(sample_quiz, tmp_path / "sample.apkg"))
    q = next(q for q in sample_quiz.questions if q.answer == "some 200")
    card_id = next(c for c in ah.card_ids_for_type(collection, "quizgen Basic")
                   if "protesters were killed" in ah.render_card(collection, c)[0])  # fmt: skip
    front, back = ah.render_card(collection, card_id)
    assert q.prompt in front and "some 200" not in front
    assert "some 200" in back and "Nor has the president done enough" in back  # the citation
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
    from quizgen.export.anki import note_for

    article = sample_quiz.articles[0].article
    q = sample_quiz.questions[0]
    assert note_for(q, article).guid == note_for(dataclasses.replace(q, prompt="Other words?"), article).guid
