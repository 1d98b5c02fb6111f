"""Selection: drop the questions that fail the rubric's computable checks, rank the rest, keep the best.

The checks mirror quality/RUBRIC.md: R2 (pronouns, relative dates), R3 (grounded answers), R5 (answer in
the question), R1 (overlong, quote-driven prompts); near-duplicates are dropped in favour of the better one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quizgen.dates import render
from quizgen.models import Article, Fact, Question

KIND_WEIGHT = {"date": 3.0, "person": 3.0, "number": 2.5, "place": 1.5, "organization": 1.5, "outcome": 1.0}
TYPE_ORDER = {"short_answer": 0, "cloze": 1}
MAX_PROMPT_WORDS = {"short_answer": 32, "cloze": 45}  # a cloze shows the whole sentence
MAX_ANSWER_WORDS = 8
_RELATIVE = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|(?:last|this|next|coming|past) (?:week|month|year|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|spring|summer|autumn|fall|winter)|\w+ (?:days|weeks|"
    r"months|years) ago|a (?:day|week|month|year) ago)\b",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(
    r"^(?:(?:who|when|where|how many \w+|what|which \w+) "
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might) )?"
    r"(?:he|she|it|they|this|that|these|those|his|her|its|their)\b",
    re.IGNORECASE,
)


def default_max(article: Article) -> int:
    """A sensible quiz length for an article: one question per ~25 words, between 8 and 25."""
    words = sum(len(p.split()) for p in article.paragraphs)
    return max(8, min(25, words // 25))


def _norm(text: str) -> str:
    return re.sub(r"[^\w%]+", " ", text.lower().replace("’", "'")).strip()


def grounded(question: Question, fact: Fact, article_text: str) -> bool:
    """The answer is in the article's words; a date through the words it was resolved from."""
    text = _norm(article_text)
    if _norm(question.answer) in text:
        return True
    if fact.kind == "date" and fact.value and fact.granularity:
        return question.answer == render(fact.value, fact.granularity) and _norm(fact.text) in text
    return False


def rejection(question: Question, fact: Fact, article_text: str) -> str | None:
    """Why a question fails a computable rubric check, or None when it passes them all."""
    prompt, answer = _norm(question.prompt), _norm(question.answer)
    if not answer or len(question.answer.split()) > MAX_ANSWER_WORDS:
        return "answer empty or too long"
    if re.search(rf"\b{re.escape(answer)}\b", prompt):
        return "answer in the question"
    if fact.kind == "person" and any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", prompt) for w in answer.split()):
        return "part of the name in the question"
    if not grounded(question, fact, article_text):
        return "answer not in the article"
    if _RELATIVE.search(question.prompt):
        return "relative date left relative"
    if _PRONOUN_START.search(question.prompt) and question.type == "short_answer":
        return "unresolved pronoun"
    if len(question.prompt.split()) > MAX_PROMPT_WORDS.get(question.type, 32):
        return "prompt too long"
    if question.type == "short_answer" and len(re.findall(r"“[^”]{60,}”|\"[^\"]{60,}\"", question.prompt)):
        return "built around a long quotation"
    return None


def score(question: Question, fact: Fact, n_paragraphs: int) -> float:
    """Importance: the kind of fact, how often the article repeats it, how early it comes, the form."""
    value = KIND_WEIGHT.get(fact.kind, 1.0)
    value += 0.5 * min(fact.mentions, 4)
    value += 2.0 * (1 - fact.paragraph / max(n_paragraphs, 1))
    value += 1.0 if question.type == "short_answer" else 0.0
    value += 0.5 if question.key.startswith("role:") else 0.0
    words = len(question.prompt.split())
    value += 0.08 * min(words, 18)  # a question with its context is clearer than a bare one
    value -= 0.1 * max(0, words - 22)
    return round(value, 4)


def _tokens(text: str) -> set[str]:
    return set(_norm(text).split())


def _near_duplicate(a: Question, b: Question) -> bool:
    ta, tb = _tokens(a.prompt), _tokens(b.prompt)
    return len(ta & tb) / max(1, len(ta | tb)) >= 0.75


def select(
    article: Article, facts: Sequence[Fact], questions: Sequence[Question], limit: int | None = None
) -> list[Question]:
    """The best `limit` questions that pass every check, varied in kind, in the article's order."""
    by_id = {f.id: f for f in facts}
    text = article.text
    scored = []
    for q in questions:
        fact = by_id[q.fact_id]
        if rejection(q, fact, text) is None:
            scored.append((score(q, fact, len(article.paragraphs)), q))
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    limit = default_max(article) if limit is None else limit
    chosen: list[Question] = []
    answers: Counter = Counter()
    sentences: Counter = Counter()
    keys = set()
    for value, q in scored:
        fact = by_id[q.fact_id]
        answer_key = (q.kind, _norm(fact.value if fact.kind == "person" and fact.value else q.answer))
        if len(chosen) >= limit or q.key in keys or answers[answer_key] >= 1 or sentences[q.source] >= 2:
            continue
        if any(_near_duplicate(q, other) for other in chosen):
            continue
        chosen.append(Question(**{**q.__dict__, "score": value}))
        answers[answer_key] += 1
        sentences[q.source] += 1
        keys.add(q.key)
    position = {f.id: (f.paragraph, f.sentence_index) for f in facts}
    return sorted(chosen, key=lambda q: (position[q.fact_id], TYPE_ORDER.get(q.type, 9), q.id))
