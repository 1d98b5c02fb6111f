"""What the article line gives away: every card front and the sheet's header name the article and its date, so
a question whose answer they print is no test (R5): "Who beat Richard Thompson?" under "Jamaica's Bolt wins
100 meters", or "When did ...?" answered by the day of publication printed above it.
"""

from __future__ import annotations

import re

from quizgen.checks import has_words, normalize
from quizgen.models import Article, Fact, Question
from quizgen.nlp import TITLES

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")  # "the World Health Organization (WHO)"
_NAME_WORD = re.compile(r"\b[A-Z][\w'\u2019-]{2,}")


def _forms(answer: str, kind: str) -> list[str]:
    """The answer and the forms of it a reader would know it by: its acronym, its initials, and for a person
    the surname ("Usain Bolt": "Bolt"; not "Usain", which another Usain in the title would match)."""
    forms = [answer, re.sub(r"(?i)^the ", "", answer), *_ACRONYM.findall(answer)]
    capitals = [w for w in re.sub(r"^[Tt]he ", "", answer).split() if w[:1].isupper()]
    if len(capitals) > 1:
        forms.append("".join(w[0] for w in capitals))  # "World Health Organization" -> WHO
    if kind == "person":
        forms += _NAME_WORD.findall(answer)[-1:]
    return forms


def _another_of_the_name(answer: str, title: str) -> bool:
    """True when the title gives the answer's surname to someone else: "Harriet Tubman" for Freeman John Tubman
    (a first name the answer lacks before it; "Jamaica's Bolt" is still Usain Bolt)."""
    words = answer.split()
    if words[0] in title.split():
        return False  # "Matthew Alexander Henson" is Matthew Henson
    before = re.findall(rf"\b([A-Z][\w'\u2019-]*) {re.escape(words[-1])}\b", title)
    return bool(before) and all(
        w not in words and not w.endswith(("'s", "\u2019s")) and w.lower() not in TITLES and not w.isupper()
        for w in before
    )  # not "Jamaica's Bolt", "President Mubarak", "PM Lofven"


def given_away(question: Question, fact: Fact, article: Article) -> str | None:
    """Why the article line printed with the question gives its answer away, or None when it does not."""
    if question.type in ("ordering", "matching"):
        return None  # a set asks for the order or the pairs, not one answer
    if fact.kind == "date" and fact.granularity == "day" and article.date and fact.value == article.date.isoformat():
        return "the day of publication, printed with the question"
    # A statement is about its fact: when the line prints that fact, it tells whether the statement is true.
    answer = fact.text if question.type == "true_false" else question.answer
    title = normalize(article.title)
    for form in _forms(answer, fact.kind):
        if form.isupper() and form.isalpha():
            if re.search(rf"\b{form}\b", article.title):  # an acronym counts only in capitals: "WHO", not "who"
                return "the answer is in the article's title, printed with the question"
        elif has_words(normalize(form), title):
            if form != answer and fact.kind == "person" and _another_of_the_name(answer, article.title):
                continue
            return "the answer is in the article's title, printed with the question"
    return None
