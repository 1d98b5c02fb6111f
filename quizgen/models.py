"""Plain data passed between the pipeline stages: Article -> Fact -> Question -> Quiz.

Nothing here knows about spaCy; every object is comparable and turns into JSON with `dataclasses.asdict`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One article as read from its source, boilerplate already removed."""

    title: str
    date: date | None
    source: str
    paragraphs: tuple[str, ...]
    id: str = ""

    @functools.cached_property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines. Joined once: selection asks for it
        with every question, and the caches keyed by it hash a string only the first time it is used."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Clause:
    """The parts of the clause a fact sits in, enough to turn it into a question without the parse.

    `rest` is what follows the verb with the fact's own phrase removed; `verb_tag` is the Penn tag of
    `verb` (VBD, VBZ, VBP, VBN, VBG, VB), so the question builder can choose do-support or inversion.
    """

    subject: str
    verb: str
    verb_lemma: str
    verb_tag: str
    aux: tuple[str, ...] = ()
    rest: str = ""
    negated: bool = False
    passive: bool = False
    answer_role: str = "adjunct"  # adjunct: taken out of the rest (when/where); subject: the subject itself
    # `rest` without the adjuncts that hold other facts ("held [with a turnout of 58%]"), when that differs:
    # a question that does not print the answers of the sentence's other questions.
    brief: str | None = None
    # True when the verb's complement was left out and nothing is left to ask about: "Where did people feel?"
    # (of "felt like they were flying"), "When did Kipchoge miss out?" (of "missed out on becoming ...").
    cut_short: bool = False


@dataclass(frozen=True)
class Fact:
    """One thing the article states: a typed span of its text with a normalized value."""

    id: str
    kind: str  # date | person | place | organization | number | outcome
    text: str
    sentence: str
    value: str | None = None
    granularity: str | None = None  # day | month | year, for dates
    role: str | None = None  # for people: the role the article gives them
    # What the fact is about, e.g. the noun a number counts ("protesters"), the event a date belongs to.
    about: str | None = None
    clause: Clause | None = None
    # The sentence split around the fact's span, relative dates made absolute: (before, answer, after).
    # None when the sentence does not stand alone (it starts with a pronoun nobody can resolve).
    cloze: tuple[str, str, str] | None = None
    paragraph: int = 0
    sentence_index: int = 0
    mentions: int = 1
    in_list: bool = False  # one of several names listed together: less likely the point of the sentence


@dataclass(frozen=True)
class Question:
    """A question-answer pair, with the fact it tests and the sentence it came from."""

    id: str
    type: str  # short_answer | cloze | multiple_choice | true_false | ordering | matching
    kind: str  # the kind of fact tested
    prompt: str
    answer: str
    source: str
    fact_id: str
    article_id: str
    key: str  # what identifies the question across rebuilds: fact + question shape, not wording
    # multiple_choice: the options in display order, the answer among them; true_false: ("True", "False");
    # ordering: the items in display (shuffled) order; matching: the right-hand column in display order.
    choices: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()  # matching: the right (left, right) pairs, e.g. (person, role)
    sequence: tuple[str, ...] = ()  # ordering: the items in the right order, earliest first
    cloze: str | None = None  # for cloze questions: the sentence with {{c1::answer}}
    gap: tuple[str, str, str] = ()  # for cloze questions: (before, answer, after), the text around the gap
    score: float = 0.0
    # False for a card of the deck that is left off the printed quiz: on one sheet it would give away
    # another question's answer (or be given away by it). Anki shows each card on its own.
    on_sheet: bool = True


@dataclass(frozen=True)
class ArticleResult:
    """An article with the facts found in it."""

    article: Article
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Quiz:
    """The questions chosen for one or more articles, with the articles they came from."""

    articles: tuple[ArticleResult, ...]
    questions: tuple[Question, ...] = field(default_factory=tuple)

    @property
    def sheet(self) -> Quiz:
        """The quiz as printed (HTML, PDF, LMS formats): without the deck-only questions."""
        if all(q.on_sheet for q in self.questions):
            return self
        return Quiz(articles=self.articles, questions=tuple(q for q in self.questions if q.on_sheet))

    @property
    def titles(self) -> dict[str, str]:
        """Each article's title by its id: what a question's `article_id` names."""
        return {r.article.id: r.article.title for r in self.articles}

    @property
    def title(self) -> str:
        """The quiz title: the article's title, or a count for several articles."""
        if len(self.articles) == 1:
            return self.articles[0].article.title
        return f"{len(self.articles)} articles"
