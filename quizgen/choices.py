"""Multiple-choice and true/false questions, made from the short-answer and cloze questions.

A multiple-choice question keeps its source question's prompt (a cloze keeps its blank) and adds three
distractors; a true/false statement is the cloze sentence with the gap filled, by the answer (true) or by
a distractor (false). The key says which question it came from, so ids survive rewording.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from quizgen.distractors import FactIndex, distractors, stable_order
from quizgen.models import Article, Fact, Question
from quizgen.questions import question_id, tidy


def _variant(article: Article, base: Question, key: str, qtype: str, **fields) -> Question:
    data = {**base.__dict__, "id": question_id(article, key), "key": key, "type": qtype, "cloze": None, "gap": ()}
    return Question(**{**data, **fields})


def multiple_choice(article: Article, base: Question, fact: Fact, facts: list[Fact] | FactIndex) -> Question | None:
    """The base question with four lettered options, or None without three good distractors."""
    wrong = distractors(fact, base.answer, facts, article.text)
    if len(wrong) < 3:
        return None
    key = base.key.rsplit(":", 1)[0] + ":mc"
    options = stable_order([base.answer, *wrong], key)
    return _variant(article, base, key, "multiple_choice", choices=tuple(options))


def true_false(article: Article, base: Question, fact: Fact, facts: list[Fact] | FactIndex) -> Question | None:
    """A statement from a cloze: true with its own answer, false with a distractor (chosen by the key)."""
    if base.type != "cloze" or not base.gap:
        return None
    key = base.key.rsplit(":", 1)[0] + ":tf"
    before, answer, after = base.gap
    is_true = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0
    filler = answer
    if not is_true:
        if fact.kind not in ("date", "number"):
            return None  # a swapped name or place may be true elsewhere in the article; a swapped figure is not
        wrong = distractors(fact, answer, facts, article.text)
        if not wrong:
            return None
        filler = wrong[0]
    statement = tidy(f"{before}{filler}{after}")
    return _variant(article, base, key, "true_false", prompt=statement, answer="True" if is_true else "False",
                    choices=("True", "False"))  # fmt: skip


def choice_questions(article: Article, questions: Iterable[Question], facts: list[Fact]) -> list[Question]:
    """Multiple-choice and true/false variants of the questions that allow them."""
    by_id = {f.id: f for f in facts}
    index = FactIndex(facts)
    made = []
    for base in questions:
        fact = by_id.get(base.fact_id)
        if fact is None or base.key.startswith("role:") or base.type not in ("short_answer", "cloze"):
            continue
        for build in (multiple_choice, true_false):
            if (variant := build(article, base, fact, index)) is not None:
                made.append(variant)
    return made
