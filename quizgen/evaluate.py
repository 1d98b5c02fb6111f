"""Measure quizgen against hand-made gold facts: dates, people, numbers, key facts, and the rubric's checks.

`evaluate(article_path, gold_path)` gives one `Scores`; `total()` adds them up. Plain data, no printing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from quizgen.checks import grounded, pronoun_led
from quizgen.dates import render
from quizgen.giveaways import answer_in_question
from quizgen.models import ArticleResult, Question, Quiz
from quizgen.rank import gives_away, near_duplicate
from quizgen.relative_dates import relative_date_in
from quizgen.wording import has_words, normalize


@dataclass
class Scores:
    """Found / expected counts per measure, and the counts of questions failing each check."""

    article: str = ""
    questions: int = 0
    dates_right: int = 0
    dates: int = 0
    people_found: int = 0
    people_roles: int = 0
    people: int = 0
    numbers_found: int = 0
    numbers: int = 0
    key_facts_found: int = 0
    key_facts_on_sheet: int = 0  # asked by a question of the printed quiz, not only by a deck card
    key_facts: int = 0
    on_sheet: int = 0
    give_aways: int = 0  # pairs of printed questions where one prints the other's answer
    grounded: int = 0
    leaks: int = 0
    duplicates: int = 0
    pronoun_led: int = 0
    relative_dates: int = 0
    misses: list[str] = field(default_factory=list)


def _plain(text: str) -> str:
    """Compared form of an answer: normalised, without brackets or a leading article."""
    return re.sub(r"^(?:the|a|an) ", "", normalize(re.sub(r"[\[\]]", "", text)))


def _date_scores(result: ArticleResult, gold: dict, scores: Scores) -> None:
    facts = [f for f in result.facts if f.kind == "date"]
    for item in gold.get("dates", []):
        scores.dates += 1
        text, value = _plain(item["text"]), item["value"]
        matches = [f for f in facts if _plain(f.text) == text or text in _plain(f.text) or _plain(f.text) in text]
        if any(f.value == value for f in matches):
            scores.dates_right += 1
        else:
            found = ", ".join(f"{f.text}={f.value}" for f in matches) or "not found"
            scores.misses.append(f"date {item['text']!r}: gold {value}, got {found}")


def _people_scores(result: ArticleResult, gold: dict, scores: Scores) -> None:
    people = {(f.value or f.text): f.role for f in result.facts if f.kind == "person"}
    for item in gold.get("people", []):
        scores.people += 1
        name = _plain(item["name"])
        match = next((n for n in people if _plain(n) == name or name in _plain(n) or _plain(n) in name), None)
        if match is None:
            scores.misses.append(f"person {item['name']!r} not found")
            continue
        scores.people_found += 1
        role, gold_role = _plain(people[match] or ""), _plain(item.get("role") or "")
        if role and (set(role.split()) & set(gold_role.split())):
            scores.people_roles += 1


def _number_scores(result: ArticleResult, gold: dict, scores: Scores) -> None:
    texts = [_plain(f.text) for f in result.facts if f.kind == "number"]
    for item in gold.get("numbers", []):
        scores.numbers += 1
        text = _plain(item["text"])
        if any(text == t or text in t or (t in text and len(t) > 2) for t in texts):
            scores.numbers_found += 1
        else:
            scores.misses.append(f"number {item['text']!r} not found")


def _answers_match(answer: str, gold: str) -> bool:
    """The same answer, or one inside the other as whole words and at least half of it ("73" and
    "73 seconds", "Sydney" and "Sydney, Australia"; not "San Francisco" for a bridge's full name)."""
    a, g = _plain(answer), _plain(gold)
    if not a or not g:
        return False
    if a == g:
        return True
    short, long = sorted((a, g), key=len)
    return has_words(short, long) and 2 * len(short.split()) >= len(long.split())


def _tested_answers(q: Question, fact) -> list[str]:
    """What a question tests: its answer; for a true/false statement, the fact the statement is about."""
    if q.type != "true_false":
        return [q.answer]
    answers = [fact.text]
    if fact.kind == "date" and fact.value and fact.granularity:
        answers.append(render(fact.value, fact.granularity))
    return answers


def _question_scores(quiz: Quiz, gold: dict, scores: Scores) -> None:
    result = quiz.articles[0]
    facts = {f.id: f for f in result.facts}
    questions: list[Question] = list(quiz.questions)
    scores.questions = len(questions)
    sheet = [q for q in questions if q.on_sheet]
    scores.on_sheet = len(sheet)
    tested = [(q.on_sheet, answer) for q in questions for answer in _tested_answers(q, facts[q.fact_id])]
    for item in gold.get("key_facts", []):
        scores.key_facts += 1
        found = [printed for printed, answer in tested if _answers_match(answer, item["answer"])]
        scores.key_facts_found += bool(found)
        scores.key_facts_on_sheet += any(found)
        if not found:
            scores.misses.append(f"key fact {item['question']!r} -> {item['answer']!r} not asked")
    scores.give_aways = sum(gives_away(a, b) for a in sheet for b in sheet if a is not b)
    for n, q in enumerate(questions):
        scores.grounded += grounded(q, facts[q.fact_id], result.article.text)
        scores.leaks += answer_in_question(q)
        scores.duplicates += any(near_duplicate(q, other) for other in questions[:n])
        scores.pronoun_led += pronoun_led(q.prompt)
        scores.relative_dates += relative_date_in(q.prompt)


def evaluate(article: Path, gold_path: Path, max_questions: int | None = None) -> tuple[Scores, Quiz]:
    """Build the quiz for one article and score it against its gold file."""
    from quizgen.pipeline import build_quiz

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    quiz = build_quiz([article], max_questions=max_questions)
    scores = Scores(article=Path(article).name)
    result = quiz.articles[0]
    _date_scores(result, gold, scores)
    _people_scores(result, gold, scores)
    _number_scores(result, gold, scores)
    _question_scores(quiz, gold, scores)
    return scores, quiz


def total(all_scores: list[Scores]) -> Scores:
    """The sums of every count over articles."""
    summed = Scores(article="all")
    for f in fields(Scores):
        if f.type in (int, "int"):
            setattr(summed, f.name, sum(getattr(s, f.name) for s in all_scores))
    return summed


def gold_pairs(articles: Path, gold: Path) -> list[tuple[Path, Path]]:
    """(article, gold file) pairs: every article in the folder that has a gold file of the same name."""
    pairs = []
    for path in sorted(Path(articles).iterdir()):
        gold_file = Path(gold) / f"{path.stem}.json"
        if path.suffix in (".md", ".txt") and gold_file.exists():
            pairs.append((path, gold_file))
    return pairs


def _pct(found: int, expected: int) -> str:
    return f"{100 * found / expected:5.1f}%" if expected else "    - "


def format_table(rows: list[Scores]) -> str:
    """The scores as a fixed-width text table, one row per article."""
    lines = [
        f"{'article':<36} {'Qs':>4} {'sheet':>5} {'dates':>6} {'people':>6} {'roles':>6} {'numbers':>7} "
        f"{'keyfacts':>8} {'onsheet':>7} {'grounded':>8} {'leaks':>5} {'dup':>3} {'pron':>4} {'rel':>3} {'gives':>5}"
    ]
    for s in rows:
        lines.append(
            f"{s.article[:36]:<36} {s.questions:>4} {s.on_sheet:>5} {_pct(s.dates_right, s.dates):>6} "
            f"{_pct(s.people_found, s.people):>6} {_pct(s.people_roles, s.people_found):>6} "
            f"{_pct(s.numbers_found, s.numbers):>7} {_pct(s.key_facts_found, s.key_facts):>8} "
            f"{_pct(s.key_facts_on_sheet, s.key_facts):>7} {_pct(s.grounded, s.questions):>8} {s.leaks:>5} "
            f"{s.duplicates:>3} {s.pronoun_led:>4} {s.relative_dates:>3} {s.give_aways:>5}"
        )
    return "\n".join(lines)
