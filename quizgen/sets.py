"""Questions about several facts at once: put dated events in order, match people to their roles."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence

from quizgen.checks import rejection
from quizgen.dates import render
from quizgen.distractors import stable_order
from quizgen.models import Article, Fact, Question
from quizgen.questions import a_role_to_ask, question_id, tidy, titled_twice

MAX_ITEMS = 5
# Verbs that make a whole event with nothing after them: "Bartholdi died", "the war began".
_WHOLE_ALONE = frozenset("die begin end start open close arrive resign retire sink collapse erupt surrender".split())
# A life's ends: a birth is first and a death last in any list, so neither is a thing to put in order.
_LIFE_ENDS = frozenset({"bear", "die"})


def event_text(fact: Fact) -> str | None:
    """A dated fact's event as a statement: "Voters in Kazakhstan approved changes to their constitution"."""
    clause = fact.clause
    if clause is None or clause.answer_role != "adjunct" or clause.negated:
        return None
    if not clause.aux and clause.verb_tag not in ("VBD", "VBZ", "VBP"):
        return None  # "Norton assemble ...": not a finite statement
    if clause.cut_short or (not clause.rest and not clause.passive and clause.verb_lemma not in _WHOLE_ALONE):
        return None  # "The US Senate approved": approved what?
    words = " ".join((clause.subject, *clause.aux, clause.verb, clause.rest)).strip()
    return tidy(words) if len(words.split()) <= 18 else None


def _sort_key(fact: Fact) -> str:
    return fact.value or ""


def _shuffled(items: Sequence[str], salt: str) -> tuple[str, ...]:
    """The items in a stable shuffled order that is never their right order: shown as they go, a set answers
    itself."""
    shown = stable_order(list(items), salt)
    return tuple(shown[1:] + shown[:1] if shown == list(items) else shown)


def askable_dates(article: Article, facts: Sequence[Fact], questions: Sequence[Question]) -> set[str]:
    """The dated facts whose "When ...?" question passes every check: an event that cannot be asked about on
    its own (a pronoun nobody resolves, "the country", a garbled clause) is no item of a list either."""
    by_id = {f.id: f for f in facts}
    return {
        q.fact_id for q in questions
        if q.type == "short_answer" and q.kind == "date" and rejection(q, by_id[q.fact_id], article.text) is None
    }  # fmt: skip


def ordering(article: Article, facts: list[Fact], askable: Collection[str] | None = None) -> Question | None:
    """ "Put these events in order" over three to five dated events with distinct, comparable dates; only
    the `askable` facts when given, and no birth or death."""
    events: dict[str, Fact] = {}
    for fact in facts:
        if (askable is not None and fact.id not in askable) or (fact.clause and fact.clause.verb_lemma in _LIFE_ENDS):
            continue
        text = event_text(fact) if fact.kind == "date" and fact.value else None
        if text and fact.value not in {f.value for f in events.values()} and text not in events:
            events[text] = fact
    if len(events) < 3:
        return None
    chosen = sorted(events.items(), key=lambda item: (item[1].paragraph, item[1].sentence_index))[:MAX_ITEMS]
    values = [f.value for _, f in chosen]
    if any(a.startswith(b) or b.startswith(a) for i, a in enumerate(values) for b in values[i + 1 :]):
        return None  # "2022" and "2022-06-05" cannot be put in order
    in_order = sorted(chosen, key=lambda item: _sort_key(item[1]))
    sequence = tuple(text for text, _ in in_order)
    key = "order:" + hashlib.sha1("\x1f".join(sorted(f.id for _, f in chosen)).encode()).hexdigest()[:10]
    answer = "; ".join(f"{text} ({render(f.value, f.granularity or 'day')})" for text, f in in_order)
    first = in_order[0][1]
    return Question(
        id=question_id(article, key), type="ordering", kind="date",
        prompt="Put these events in the order they happened, earliest first.", answer=answer,
        source=" ".join(dict.fromkeys(f.sentence for _, f in chosen)), fact_id=first.id, article_id=article.id,
        key=key, choices=_shuffled(sequence, key), sequence=sequence,
    )  # fmt: skip


def _overlaps(role: str, roles: list[str]) -> bool:
    """True when a role shares a word with one already listed: "politician" beside "veteran politician"."""
    words = set(role.lower().split())
    return any(words & set(other.lower().split()) for other in roles)


def matching(article: Article, facts: list[Fact]) -> Question | None:
    """ "Match each person to the role the article gives them", for three to five people with distinct roles."""
    people: dict[str, Fact] = {}
    for fact in facts:
        named = fact.kind == "person" and fact.role and fact.value and " " in fact.value
        named = named and a_role_to_ask(fact.role)  # not "sailing ship", nor "head" (of what?)
        named = named and not titled_twice(fact.value, article.text)  # "Lt. Col." and "General" Custer: which?
        if named and fact.value not in people and not _overlaps(fact.role, [f.role for f in people.values()]):
            people[fact.value] = fact
    if len(people) < 3:
        return None
    chosen = list(people.items())[:MAX_ITEMS]
    pairs = tuple((name, fact.role) for name, fact in chosen)
    key = "match:" + hashlib.sha1("\x1f".join(sorted(people)).encode()).hexdigest()[:10]
    return Question(
        id=question_id(article, key), type="matching", kind="person",
        prompt="Match each person to the role the article gives them.",
        answer="; ".join(f"{name}: {role}" for name, role in pairs),
        source=" ".join(dict.fromkeys(f.sentence for _, f in chosen)), fact_id=chosen[0][1].id,
        article_id=article.id, key=key, choices=_shuffled([r for _, r in pairs], key), pairs=pairs,
    )  # fmt: skip


def set_questions(article: Article, facts: list[Fact], basic: Sequence[Question]) -> list[Question]:
    """The ordering and matching questions an article supports (zero, one or two); the events to order are
    those whose date `basic`, the article's single-fact questions, asks well."""
    found = (ordering(article, facts, askable_dates(article, facts, basic)), matching(article, facts))
    return [q for q in found if q is not None]
