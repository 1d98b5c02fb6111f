"""Selection: drop the questions that fail the rubric's computable checks (`checks.py`), rank the rest by
importance, keep the best, varied in type; near-duplicates are dropped in favour of the better one, and a
question that would give away another printed one goes to the deck only.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.article_line import given_away
from quizgen.checks import asks_a_role, rejection, shows_sentence
from quizgen.dates import render
from quizgen.models import Article, Fact, Question
from quizgen.wording import has_words, mentions, normalize

KIND_WEIGHT = {"date": 3.0, "person": 3.0, "number": 2.5, "place": 1.5, "organization": 1.5, "outcome": 1.0}
# In a cloze the gap competes with the sentence's other facts: the figure or the person is the point of a
# sentence more often than the date that frames it.
CLOZE_ADJUST = {"number": 0.7, "date": -0.5, "place": 0.3, "organization": 0.3}
TYPE_ORDER = {"short_answer": 0, "cloze": 1, "multiple_choice": 2, "true_false": 3, "matching": 4, "ordering": 5}
# Variety: a question of a type already over its share costs a little, so the quiz mixes types; sets appear once.
_MIXED = ("short_answer", "cloze", "multiple_choice", "true_false")
TYPE_PENALTY = 0.6
TYPE_CAP = {"ordering": 1, "matching": 1, "true_false": 4}
MAX_PER_SENTENCE = 3
# A first, a record, a superlative: what makes a sentence news, and a fact worth a question.
_RECORD = re.compile(
    r"\b(?:first|record(?:-breaking)?|only|largest|biggest|highest|lowest|youngest|oldest|longest|greatest|"
    r"most|least|worst|best)\b",
    re.IGNORECASE,
)
NEWS_VALUE = 0.5
# A true/false statement ranks below the questions that ask for its facts by this much.
TRUE_FALSE_COST = 1.5
# Choosing a question that leaves another fact of its sentence unaskable costs this much per fact lost.
SHUT_OUT_COST = 1.5
# A deck-only card ranks below a printable question of this much less importance.
DECK_ONLY_COST = 3.0


def default_max(article: Article) -> int:
    """A sensible quiz length for an article: one question per ~18 words, between 8 and 30."""
    words = sum(len(p.split()) for p in article.paragraphs)
    return max(8, min(30, words // 18))


@functools.lru_cache(maxsize=1024)
def _is_news(sentence: str) -> bool:
    """A first, a record or a superlative in the sentence (cached: every question on a fact asks again)."""
    return _RECORD.search(sentence) is not None


def score(question: Question, fact: Fact, n_paragraphs: int, article: Article | None = None) -> float:
    """Importance: the kind of fact, how often the article repeats it, how early it comes, the form."""
    value = KIND_WEIGHT.get(fact.kind, 1.0)
    if shows_sentence(question):
        value += CLOZE_ADJUST.get(fact.kind, 0.0)
    value += 0.5 * min(fact.mentions, 3)
    value -= 1.0 if fact.in_list else 0.0
    value += NEWS_VALUE if _is_news(fact.sentence) else 0.0  # "the youngest member in its history"
    if fact.kind == "number" and re.search(r"\d", question.answer):
        value += 0.7  # an exact figure is what a reader is tested on
    if article is not None:
        if fact.kind == "date" and article.date and fact.value == article.date.isoformat():
            value -= 1.5  # the day of publication is the news peg, not a fact worth learning
        if mentions(question.answer, article.text) >= 4:
            value -= 1.5  # the article's topic ("Kazakhstan") is a guess, not a test
    value += 2.0 * (1 - fact.paragraph / max(n_paragraphs, 1))
    value += 1.0 if question.type == "short_answer" else 0.0
    # A statement prints every fact of its sentence and tests one weakly: it comes after the questions
    # that ask for those facts.
    value -= TRUE_FALSE_COST if question.type == "true_false" else 0.0
    words = len(question.prompt.split())
    value += 0.08 * min(words, 18)  # a question with its context is clearer than a bare one
    value -= 0.1 * max(0, words - 22)
    return round(value, 4)


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(normalize(text).split())


@dataclass(frozen=True)
class _Compared:
    """A question with what the pair checks read of it, worked out once: selection compares each chosen
    question with every other one, and normalising the same texts again for every pair was most of its time."""

    question: Question
    answer: str  # normalised
    answers: tuple[str, ...]  # the words that give the answer away: it, and a person's surname
    template: str  # the first part of the key: "role", "holder", a fact id
    shows_sentence: bool
    prompt_words: frozenset[str]  # the prompt's normalised words
    shown: str  # the normalised text a reader of the question sees: its prompt, and a set's items
    exact_figure: bool  # a number with digits: the same figure anywhere gives it away

    @classmethod
    def of(cls, q: Question) -> _Compared:
        answer = normalize(q.answer)
        answers = (answer,)
        if q.kind == "person" and len(answer.split()) > 1:
            answers = (answer, answer.split()[-1])  # "Dr Maathai is ..." gives away "Wangari Maathai"
        shown = normalize(" ".join([q.prompt, *q.choices]) if q.type in ("matching", "ordering") else q.prompt)
        return cls(question=q, answer=answer, answers=answers, template=q.key.split(":")[0],
                   shows_sentence=shows_sentence(q), prompt_words=_tokens(q.prompt), shown=shown,
                   exact_figure=q.kind == "number" and re.search(r"\d", q.answer) is not None)  # fmt: skip


def gives_away(a: Question, b: Question) -> bool:
    """True when question b's text gives away question a's answer (on one sheet, both are read).

    Names recur across an article and are fair to repeat; the same sentence, or an exact figure or date,
    is not: the second question would answer the first.
    """
    return _gives_away(_Compared.of(a), _Compared.of(b))


def _gives_away(compared_a: _Compared, compared_b: _Compared) -> bool:
    a, b = compared_a.question, compared_b.question
    if a.type in ("true_false", "ordering", "matching"):
        return False
    if asks_a_role(a) and b.type == "matching":
        return any(left == a.key.split(":", 1)[1] for left, _ in b.pairs)  # the pairs give the role away
    about_a_person = a.key.startswith(("role:", "holder:"))  # asked of the whole article, not one sentence
    if a.source != b.source and not about_a_person and not compared_a.exact_figure:
        return False
    answers, prompt = compared_a.answers, compared_b.shown
    if a.source == b.source and _mostly_in(answers[0], prompt):
        return True  # "What does the election elect?" beside "The election elects _____ members of ..."
    return any(len(x) > 1 and has_words(x, prompt) for x in answers)


def _mostly_in(answer: str, prompt: str) -> bool:
    words = [w for w in answer.split() if len(w) > 3]
    return len(words) >= 2 and sum(w in prompt.split() for w in words) * 2 >= len(words)


def near_duplicate(a: Question, b: Question) -> bool:
    """True when two prompts are mostly the same words, unless they are gaps in one sentence asking for
    different answers (whether one gives the other away is `gives_away`'s call)."""
    return _near_duplicate(_Compared.of(a), _Compared.of(b))


def _near_duplicate(a: _Compared, b: _Compared) -> bool:
    if a.question.source == b.question.source and a.shows_sentence and b.shows_sentence:
        return a.answer == b.answer
    if a.template == b.template in ("role", "holder"):  # one template, two people or roles
        return a.answer == b.answer
    shared = len(a.prompt_words & b.prompt_words)
    either = len(a.prompt_words) + len(b.prompt_words) - shared  # the size of the union, without making it
    return shared / max(1, either) >= 0.75


def _answer_identity(q: Question, fact: Fact) -> tuple[str, str]:
    """What a question tests, so the quiz asks it once: the person, the figure, the date, the set."""
    if q.type in ("ordering", "matching"):
        return (q.type, q.key)
    if q.type == "true_false" and fact.kind == "date" and fact.value and fact.granularity:
        return (q.kind, normalize(render(fact.value, fact.granularity)))  # as its cloze's answer is written
    if q.type == "true_false":
        return (q.kind, normalize(fact.value if fact.kind == "person" and fact.value else fact.text))
    is_person_answer = fact.kind == "person" and fact.value and not asks_a_role(q)
    return (q.kind, normalize(fact.value if is_person_answer else q.answer))


def _sheet_conflict(compared_q: _Compared, compared_o: _Compared) -> bool:
    """True when q cannot be printed beside o, which is on the sheet."""
    q, o = compared_q.question, compared_o.question
    if o.source == q.source:
        if "true_false" in (o.type, q.type):
            return True  # a statement beside another question on its sentence: one answers the other
        if compared_o.shows_sentence and compared_q.shows_sentence and o.kind == q.kind:
            return True  # one sentence shown twice as the same exercise
    return _clash(compared_q, compared_o)


def _clash(q: _Compared, o: _Compared) -> bool:
    """Two questions that cannot both be printed: near-copies, or one giving the other away."""
    return _near_duplicate(q, o) or _gives_away(q, o) or _gives_away(o, q)


def _shut_out(pool: list[_Compared], identity: dict[str, tuple]) -> dict[str, set]:
    """For each question, the facts that choosing it would leave unasked: facts asked only from the same
    sentence, by questions that would each print its answer or have theirs printed by it."""
    by_source: dict[str, list[_Compared]] = {}
    sources: dict[tuple, set[str]] = {}
    for compared in pool:
        q = compared.question
        by_source.setdefault(q.source, []).append(compared)
        sources.setdefault(identity[q.id], set()).add(q.source)
    shuts: dict[str, set] = {}
    for siblings in by_source.values():
        for q in siblings:
            rivals: dict[tuple, bool] = {}
            for o in siblings:
                other = identity[o.question.id]
                if other == identity[q.question.id] or len(sources[other]) > 1:
                    continue
                rivals[other] = rivals.get(other, True) and _clash(q, o)
            shuts[q.question.id] = {other for other, shut in rivals.items() if shut}
    return shuts


def _deck_worthy(q: Question, listed: set[str]) -> bool:
    """A card for the deck only: not a statement or set (those are for the sheet), not one name of a list."""
    return q.type not in ("true_false", "ordering", "matching") and q.fact_id not in listed


def select(
    article: Article, facts: Sequence[Fact], questions: Sequence[Question], limit: int | None = None
) -> list[Question]:
    """The best `limit` questions that pass every check, varied in type and kind, in the article's order.

    A question that would give away (or be given away by) one already on the sheet may still be chosen
    as a deck-only card (`on_sheet=False`), at a cost: Anki shows cards one at a time, like its own cloze
    notes with several gaps in one sentence, while the printed quiz leaves it off.
    """
    by_id = {f.id: f for f in facts}
    pool = [(score(q, by_id[q.fact_id], len(article.paragraphs), article), q) for q in questions
            if rejection(q, by_id[q.fact_id], article.text) is None
            and given_away(q, by_id[q.fact_id], article) is None]  # fmt: skip
    pool.sort(key=lambda pair: (-pair[0], pair[1].id))
    identity = {q.id: _answer_identity(q, by_id[q.fact_id]) for _, q in pool}
    # The pool with what the pair checks read of each question (by position: two questions may share an id).
    ranked = [(value, q, _Compared.of(q)) for value, q in pool]
    shuts = _shut_out([compared for _, _, compared in ranked], identity)
    listed = {f.id for f in facts if f.in_list}
    limit = default_max(article) if limit is None else limit
    chosen: list[Question] = []
    taken: set = set()
    printed: Counter = Counter()  # questions per sentence on the sheet
    sentences: Counter = Counter()  # and in all
    types: Counter = Counter()
    unprintable: set[str] = set()  # clashes with a printed question: worked out once, as each is chosen
    copies: set[str] = set()  # a near-copy of a chosen question
    while len(chosen) < limit:
        best = None
        for value, q, compared_q in ranked:
            excess = types[q.type] - len(chosen) / len(_MIXED)  # more of this type than its share so far
            adjusted = (
                value - TYPE_PENALTY * max(0.0, excess + 1) - (9 if types[q.type] >= TYPE_CAP.get(q.type, limit) else 0)
            )
            if q.id not in unprintable and printed[q.source] < MAX_PER_SENTENCE:
                on_sheet, adjusted = True, adjusted - SHUT_OUT_COST * len(shuts[q.id] - taken)
            elif _deck_worthy(q, listed) and sentences[q.source] <= MAX_PER_SENTENCE:
                on_sheet, adjusted = False, adjusted - DECK_ONLY_COST
            else:
                continue
            if best is None or adjusted > best[0]:
                best = (adjusted, value, q, on_sheet, compared_q)
        if best is None:
            break
        _, value, q, on_sheet, compared_q = best
        chosen.append(Question(**{**q.__dict__, "score": value, "on_sheet": on_sheet}))
        taken.add(identity[q.id])
        printed[q.source] += on_sheet
        sentences[q.source] += 1
        types[q.type] += 1
        for _, other, compared_other in ranked:
            if identity[other.id] in taken or other.id in copies:
                continue
            if _near_duplicate(compared_other, compared_q):
                copies.add(other.id)
            elif on_sheet and other.id not in unprintable and _sheet_conflict(compared_other, compared_q):
                unprintable.add(other.id)
        # What is asked already, or a near-copy of a chosen question, is out for good: the next rounds skip it.
        ranked = [entry for entry in ranked if identity[entry[1].id] not in taken and entry[1].id not in copies]
    position = {f.id: (f.paragraph, f.sentence_index) for f in facts}
    return sorted(chosen, key=lambda q: (position[q.fact_id], TYPE_ORDER.get(q.type, 9), q.id))
