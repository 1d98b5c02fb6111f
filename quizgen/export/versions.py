"""Versions of a printed quiz: questions grouped by type, shuffled per version from a seed, with point values."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from quizgen.models import Question, Quiz

MAX_VERSIONS = len(string.ascii_uppercase)  # versions are lettered A to Z
# The order of the parts on the page: quick recognition first, writing last.
SECTION_ORDER = ("multiple_choice", "true_false", "cloze", "short_answer", "matching", "ordering")
POINTS = {"multiple_choice": 1, "true_false": 1, "cloze": 1, "short_answer": 2, "ordering": 2}
_SHUFFLED_CHOICES = ("multiple_choice", "ordering", "matching")  # true/false keeps True before False


@dataclass(frozen=True)
class Item:
    """One question as one version prints it: its number, its options in this version's order, its points."""

    number: int
    question: Question
    choices: tuple[str, ...] = ()  # options, items to order, or the right-hand column of a matching question
    lefts: tuple[str, ...] = ()  # matching: the left-hand column, numbered
    points: int = 1

    @property
    def lettered(self) -> tuple[tuple[str, str], ...]:
        """The choices with their letters: (("A", text), ...)."""
        return tuple(zip(string.ascii_uppercase, self.choices, strict=False))

    @property
    def key(self) -> tuple[str, ...]:
        """The answer as the key prints it, one line per part, in this version's letters and order."""
        q = self.question
        if q.type == "multiple_choice" and q.answer in self.choices:
            return (f"{string.ascii_uppercase[self.choices.index(q.answer)]}. {q.answer}",)
        if q.type == "matching" and q.pairs:
            right = dict(q.pairs)
            letter = {text: letter for letter, text in self.lettered}
            return tuple(
                f"{n}. {left} – {letter.get(right[left], '?')}. {right[left]}" for n, left in self.lefts_numbered
            )
        if q.type == "ordering" and q.sequence:
            return tuple(f"[{q.sequence.index(item) + 1}] {item}" for item in self.choices if item in q.sequence)
        return (q.answer,)

    @property
    def lefts_numbered(self) -> tuple[tuple[int, str], ...]:
        """The left-hand column of a matching question with its numbers: ((1, text), ...)."""
        return tuple(enumerate(self.lefts, start=1))


@dataclass(frozen=True)
class Section:
    """The questions of one type, as one part of the printed quiz."""

    type: str
    items: tuple[Item, ...]

    @property
    def points(self) -> int:
        """The points this part is worth."""
        return sum(item.points for item in self.items)


@dataclass(frozen=True)
class Version:
    """One printable version of the quiz: A, B, C..."""

    letter: str
    sections: tuple[Section, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        """Every question of this version in printed order."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def points(self) -> int:
        """The points the whole quiz is worth."""
        return sum(section.points for section in self.sections)


def points(question: Question) -> int:
    """Default points: one per matching pair, two for writing or ordering, one otherwise."""
    if question.type == "matching":
        return max(1, len(question.pairs))
    return POINTS.get(question.type, 1)


def make_versions(quiz: Quiz, count: int = 1, seed: int = 0) -> list[Version]:
    """`count` versions lettered A, B, C...; seed 0 keeps version A in the quiz's own order."""
    groups = _grouped(quiz.questions)
    versions = []
    for index, letter in enumerate(string.ascii_uppercase[:count]):
        # A string seed is hashed the same way on every platform and Python run.
        rng = None if seed == 0 and index == 0 else random.Random(f"{seed}:{letter}")
        versions.append(_version(letter, groups, rng))
    return versions


def _grouped(questions: tuple[Question, ...]) -> list[tuple[str, list[Question]]]:
    """The questions by type in SECTION_ORDER (unknown types last), each group in the quiz's order."""
    types = [t for t in SECTION_ORDER if any(q.type == t for q in questions)]
    types += sorted({q.type for q in questions} - set(SECTION_ORDER))
    return [(t, [q for q in questions if q.type == t]) for t in types]


def _version(letter: str, groups: list[tuple[str, list[Question]]], rng: random.Random | None) -> Version:
    """Number the questions across the parts, shuffling questions and options when `rng` is given."""
    sections, number = [], 0
    for qtype, questions in groups:
        order = _shuffled(questions, rng)
        items = []
        for question in order:
            number += 1
            items.append(_item(number, question, rng))
        sections.append(Section(qtype, tuple(items)))
    return Version(letter, tuple(sections))


def _item(number: int, question: Question, rng: random.Random | None) -> Item:
    """One question with its options in this version's order."""
    choices = question.choices
    lefts = tuple(left for left, _ in question.pairs)
    if question.type in _SHUFFLED_CHOICES:
        choices = _shuffled(choices, rng)
        lefts = _shuffled(lefts, rng)
        if question.type == "ordering" and len(choices) > 1 and choices == question.sequence:
            choices = choices[1:] + choices[:1]  # never print the items already in the right order
    return Item(number, question, tuple(choices), lefts, points(question))


def _shuffled(items: list | tuple, rng: random.Random | None) -> tuple:
    """A shuffled copy, or the same order without an `rng`."""
    items = list(items)
    if rng is not None:
        rng.shuffle(items)
    return tuple(items)
