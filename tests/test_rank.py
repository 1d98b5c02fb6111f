"""The rubric's computable checks, on Questions made by hand."""

from datetime import date

import pytest

from quizgen.models import Article, Fact, Question
from quizgen.rank import rejection, select

TEXT = "Voters approved the changes on June 5. He has called on the people to be patient. Tokayev spoke."
ARTICLE = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=(TEXT,), id="t")
FACT = Fact(
    id="f",
    kind="date",
    text="June 5",
    sentence="Voters approved the changes on June 5.",
    value="2022-06-05",
    granularity="day",
)


def question(prompt: str, answer: str = "June 5, 2022", qtype: str = "short_answer", **kw) -> Question:
    base = {"id": prompt[:12], "type": qtype, "kind": "date", "prompt": prompt, "answer": answer,
            "source": FACT.sentence, "fact_id": "f", "article_id": "t", "key": prompt}  # fmt: skip
    return Question(**{**base, **kw})


@pytest.mark.parametrize(
    ("prompt", "answer", "reason"),
    [
        ("When did voters approve the changes on June 5, 2022?", "June 5, 2022", "answer in the question"),
        ("When did he call on the people?", "June 5, 2022", "unresolved pronoun"),
        ("What did voters approve last March?", "the changes", "relative date left relative"),
        ("Who approved the changes?", "Nobody Else", "answer not in the article"),
        ("When did voters approve " + "the many changes " * 12 + "?", "June 5, 2022", "prompt too long"),
    ],
)
def test_rejections(prompt, answer, reason):
    assert rejection(question(prompt, answer), FACT, TEXT) == reason


def test_a_date_is_grounded_through_its_source_text():
    assert rejection(question("When did voters approve the changes?"), FACT, TEXT) is None


def test_a_name_part_in_the_question_gives_it_away():
    person = Fact(id="p", kind="person", text="Tokayev", sentence="Tokayev spoke.", value="Kassym-Jomart Tokayev")
    q = question("Which president did Tokayev succeed?", "Kassym-Jomart Tokayev", kind="person")
    assert rejection(q, person, TEXT) == "part of the name in the question"


def test_select_keeps_one_question_per_answer_and_respects_the_limit():
    a = question("When did voters approve the changes?", key="a")
    b = question("When were the changes approved by the voters?", key="b")
    chosen = select(ARTICLE, [FACT], [a, b], limit=5)
    assert len(chosen) == 1
    assert select(ARTICLE, [FACT], [a], limit=1)[0].score > 0
