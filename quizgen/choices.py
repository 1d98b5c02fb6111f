"""Multiple-choice and true/false questions, made from the short-answer and cloze questions.

A multiple-choice question keeps its source question's prompt (a cloze keeps its blank) and adds three
distractors; a true/false statement is the cloze sentence with the gap filled, by the answer (true) or by
a distractor (false). The key says which question it came from, so ids survive rewording.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from quizgen.checks import AGE, cuts_a_time, only_the_place
from quizgen.dates import YEAR
from quizgen.distractors import FactIndex, distractors, stable_order
from quizgen.models import Article, Fact, Question
from quizgen.questions import question_id, tidy
from quizgen.wording import has_words, normalize


def _variant(article: Article, base: Question, key: str, qtype: str, **fields) -> Question:
    data = {**base.__dict__, "id": question_id(article, key), "key": key, "type": qtype, "cloze": None, "gap": ()}
    return Question(**{**data, **fields})


def multiple_choice(article: Article, base: Question, fact: Fact, facts: list[Fact] | FactIndex) -> Question | None:
    """The base question with four lettered options, or None without three good distractors."""
    if _HEDGED_BOUND.search(base.answer):
        return None  # "more than 5 percent": "more than 2 percent" is true as well; a bound has no wrong options
    if fact.kind == "date" and base.gap and _DATE_BOUND.search(base.gap[0]):
        return None  # "By _____, all seven scrolls were in Israel": by 1955 they were as well
    wrong = distractors(fact, base.answer, facts, article.text, article.date)
    if len(wrong) < 3:
        return None
    if fact.kind == "place" and not any(has_words(normalize(w), normalize(article.text)) for w in wrong):
        return None  # Greenland among El Salvador and Saint Kitts: with no rival the article names, a guess
    # A cloze's options keep the key they always had ("<fact>:mc"); a short answer's are its own
    # ("<fact>:when:mc", "holder:President:mc"): two shapes of one fact are two notes, two ids.
    key = base.key.rsplit(":", 1)[0] + ":mc" if base.type == "cloze" else f"{base.key}:mc"
    options = stable_order([base.answer, *wrong], key)
    return _variant(article, base, key, "multiple_choice", choices=tuple(options))


def true_false(article: Article, base: Question, fact: Fact, facts: list[Fact] | FactIndex) -> Question | None:
    """A statement from a cloze: true with its own answer, false with a distractor (chosen by the key)."""
    if base.type != "cloze" or not base.gap:
        return None
    key = base.key.rsplit(":", 1)[0] + ":tf"
    before, answer, after = base.gap
    if fact.kind not in ("date", "number", "place") or (AGE.search(answer) and after.strip()[:1].isupper()):
        return None  # a swapped name may be true elsewhere in the article: with no false ones, all would be true
    if cuts_a_time(base.prompt):
        return None  # "Andy finished _____, 34 seconds behind" -> "2 minute, 34 seconds"
    if fact.kind == "place" and only_the_place(base.prompt, base.answer):
        return None  # "In Chile, newly built apartment buildings slumped and fell": which quake?
    is_true = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0
    filler = answer
    if not is_true:
        if _HEDGED.search(answer):
            return None  # "more than 80,000" is as true as "more than 150,000": a bound is no figure to swap
        if fact.kind == "number" and (re.match(r"\s*\(\d", after) or re.search(r"\d[^()]*\(\s*$", before)):
            return None  # "3,000 feet (610 meters)": the figure beside it, in other units, says it is false
        if fact.kind == "place":
            return None  # "born in Coupvray near Paris, the Netherlands", "ancient Ghana ... tomb inscriptions": a
            # place the article does not name, swapped in, is told false by the words around it (readers passed 4
            # of 18); a place the article names may be true as well
        if fact.kind == "date" and _DATE_BOUND.search(before):
            return None  # "By 1848, Norton had become disgruntled": the article says by 1859; by 1848 it does not deny
        wrong = distractors(fact, answer, facts, article.text, article.date)
        said = set(normalize(f"{before} {after}").split())
        wrong = [w for w in wrong if not set(normalize(w).split()) <= said]
        if not wrong:  # (not "in 2019, 2019, 2021 and 2022", nor "from 21 March 1952 to March 21, 1952": a value the
            # statement gives twice is false on its face)
            return None
        filler = min(wrong, key=lambda w: _distance(w, answer, fact))  # the nearest: false, not absurd
    statement = tidy(f"{before}{filler}{after}")
    return _variant(article, base, key, "true_false", prompt=statement, answer="True" if is_true else "False",
                    choices=("True", "False"))  # fmt: skip


# A figure given as a bound: any smaller (or larger) bound is as true.
_BOUNDS = r"(?:more|less|fewer|greater) than|over|under|at least|at most|up to"
_HEDGED_BOUND = re.compile(rf"(?i)\b(?:{_BOUNDS})\b")
# A figure given as a bound or an estimate: a false statement cannot be made by changing it.
_HEDGED = re.compile(
    rf"(?i)\b(?:{_BOUNDS}|nearly|almost|about|around|some|approximately|roughly|thousands|hundreds|millions|dozens)\b"
)
# A date that bounds a claim rather than dates an event: "By 1859", "until 2022", "since 1901".
_DATE_BOUND = re.compile(r"(?i)\b(?:by|before|after|until|till|since|from|as of)\s*(?:the\s+)?$")


def _distance(option: str, answer: str, fact: Fact) -> float:
    """How far a wrong option is from the answer: in days for a date, as a ratio for a figure."""
    if fact.kind == "date":
        years = [int(y) for y in YEAR.findall(option + " " + answer)]
        return abs(years[0] - years[-1]) if len(years) >= 2 else 0.0
    a, b = (re.search(r"\d[\d,]*(?:\.\d+)?", t) for t in (answer, option))
    if a is None or b is None:
        return 0.0
    x, y = float(a.group(0).replace(",", "")), float(b.group(0).replace(",", ""))
    return abs(x - y) / max(x, y, 1e-9)


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
