"""The rules an edited question must keep, per type; each broken rule is a ValueError saying how to fix it."""

from __future__ import annotations

from typing import Any

from quizgen.questions import BLANK

TYPES = ("short_answer", "cloze", "multiple_choice", "true_false", "ordering", "matching")


def check_question(
    qtype: str,
    prompt: str,
    answer: str | None,
    *,
    choices: tuple[str, ...] = (),
    sequence: tuple[str, ...] = (),
    pairs: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    """The Question fields for one edited question (type, prompt, answer, choices, ...), checked."""
    if qtype not in TYPES:
        raise ValueError(f"unknown type {qtype!r}; use one of {', '.join(TYPES)}")
    fields: dict[str, Any] = {"type": qtype, "prompt": prompt, "answer": answer}
    fields.update(_CHECKS[qtype](prompt, answer, choices, sequence, pairs))
    if not fields["answer"]:
        raise ValueError("`answer` is missing; give the right answer")
    return fields


def _short_answer(prompt: str, answer: str | None, *_: Any) -> dict[str, Any]:
    return {}


def _cloze(prompt: str, answer: str | None, *_: Any) -> dict[str, Any]:
    if prompt.count(BLANK) != 1 or not answer:
        raise ValueError(f"a cloze `prompt` needs exactly one {BLANK} where the `answer` goes, and an answer")
    before, after = prompt.split(BLANK)
    return {"cloze": f"{before}{{{{c1::{answer}}}}}{after}", "gap": (before, answer, after)}


def _multiple_choice(prompt: str, answer: str | None, choices: tuple[str, ...], *_: Any) -> dict[str, Any]:
    if len(choices) < 2:
        raise ValueError("a multiple_choice question needs at least two `choices`")
    if len(set(choices)) != len(choices):
        raise ValueError("two `choices` are the same; make each choice different")
    if answer not in choices:
        raise ValueError(f"`answer` {answer!r} is not one of the `choices`; make it one of them")
    return {"choices": choices}


def _true_false(prompt: str, answer: str | None, *_: Any) -> dict[str, Any]:
    value = (answer or "").capitalize()
    if value not in ("True", "False"):
        raise ValueError(f"a true_false `answer` is True or False, not {answer!r}")
    return {"answer": value, "choices": ("True", "False")}


def _ordering(prompt: str, answer: str | None, choices: tuple[str, ...], sequence: tuple[str, ...], *_: Any):
    if len(sequence) < 2 or len(set(sequence)) != len(sequence):
        raise ValueError("an ordering question needs a `sequence` of at least two different items, in order")
    shown = choices or tuple(sorted(sequence))
    if sorted(shown) != sorted(sequence):
        raise ValueError("the `choices` of an ordering question must be the items of its `sequence`, reordered")
    return {"choices": shown, "sequence": sequence, "answer": answer or "; ".join(sequence)}


def _matching(prompt: str, answer: str | None, choices: tuple[str, ...], sequence: tuple, pairs: tuple):
    if len(pairs) < 2:
        raise ValueError("a matching question needs at least two `pairs`, each [left, right]")
    rights = tuple(right for _, right in pairs)
    shown = choices or tuple(sorted(rights))
    if sorted(shown) != sorted(rights):
        raise ValueError("the `choices` of a matching question must be the right-hand items of its `pairs`")
    derived = "; ".join(f"{left}: {right}" for left, right in pairs)
    return {"choices": shown, "pairs": pairs, "answer": answer or derived}


_CHECKS = {
    "short_answer": _short_answer,
    "cloze": _cloze,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}
