"""Fact extraction: spaCy Docs in, plain `Fact`s out. spaCy objects never leave this module's callers.

One Doc per paragraph. Dates are normalized as they come (each one is the context of the next);
every fact carries the clause it sits in, so questions can be built from it without the parse.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from quizgen import clauses, dates
from quizgen.clauses import Substitutions
from quizgen.models import Article, Clause, Fact
from quizgen.numbers import number_clause, number_value
from quizgen.people import People, collect_people

KINDS = {
    "DATE": "date", "PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organization",
    "CARDINAL": "number", "QUANTITY": "number", "MONEY": "number", "PERCENT": "number", "ORDINAL": "number",
}  # fmt: skip
_WHEN_PREPS = {"in", "on", "at", "during", "throughout"}
_WHERE_PREPS = {"in", "at"}


def _fact_id(kind: str, text: str, sentence: str, seen: Counter) -> str:
    digest = hashlib.sha1(f"{kind}\x1f{text}\x1f{sentence}".encode()).hexdigest()[:10]
    seen[digest] += 1
    return f"{kind}-{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")


def _tense(span: Span) -> str:
    verb = clauses.governing_verb(span.root)
    if verb is None:
        return "past"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "shall", "'ll"} or (verb.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re"}):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return "present"
    return "past"


def date_replacement(span: Span, value: dates.NormalizedDate, wrap=lambda s: s) -> str:
    """How a relative date is written absolute in running text: "last March" -> "in March 2022"."""
    written = wrap(value.render())
    if span[-1].tag_ == "POS":
        return f"the {written}"
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if span.root.dep_ in ("npadvmod", "advmod", "tmod") and not (previous is not None and previous.pos_ == "ADP"):
        return ("on " if value.granularity == "day" else "in ") + written
    return written


class _Paragraph:
    """Per-paragraph state while extracting: the normalized dates of each sentence and the last person."""

    def __init__(self, article: Article, people: People, context: dates.NormalizedDate | None):
        self.article = article
        self.people = people
        self.context = context
        self.last_person: str | None = None

    def dates_in(self, sent: Span) -> dict[int, tuple[Span, dates.NormalizedDate]]:
        found = {}
        for ent in sent.ents:
            if ent.label_ != "DATE":
                continue
            value = dates.normalize(ent.text, self.article.date, self.context, _tense(ent))
            if value is not None:
                found[ent.start] = (ent, value)
                self.context = value
        return found


def _substitutions(found: dict[int, tuple[Span, dates.NormalizedDate]]) -> Substitutions:
    return {start: (ent.end, date_replacement(ent, v)) for start, (ent, v) in found.items() if v.relative}


def _resolve_subject(subject, state: _Paragraph, subs: Substitutions) -> str | None:
    """The subject's text, with "he"/"she" or a bare title resolved to the person it names, or None."""
    lowered = subject.lower_
    if lowered in ("he", "she") and state.last_person:
        return state.last_person
    bare_title = subject.pos_ == "NOUN" and subject.lower_ in _titles() and subject.left_edge.lower_ == "the"
    if bare_title and subject.right_edge.i == subject.i and (person := state.people.with_role(subject.text)):
        return person.display
    if clauses.is_pronoun(subject):
        return None
    return clauses.subject_text(subject, subs)


def _titles():
    from quizgen.nlp import TITLES

    return TITLES


def _when_or_where_clause(span: Span, kind: str, state: _Paragraph, subs: Substitutions) -> Clause | None:
    """The clause for "When/Where did X do Y?": the span's phrase must hang off the verb by in/on/at."""
    verb = clauses.governing_verb(span.root)
    if verb is None:
        return None
    child = clauses.child_containing(verb, span)
    if child is None or child.dep_ in clauses.SUBJECT_DEPS or child.dep_ in ("dobj", "attr", "ccomp"):
        return None
    preps = _WHEN_PREPS if kind == "date" else _WHERE_PREPS
    if child.dep_ == "prep" and child.lower_ not in preps:
        return None
    if child.dep_ == "prep" and kind == "place" and span.root.head.i != child.i:
        return None  # "in the capital of Kazakhstan": the answer would not be the whole place
    if child.dep_ not in ("prep", "npadvmod", "advmod", "tmod") or (kind == "place" and child.dep_ != "prep"):
        return None
    subject = clauses.find_subject(verb)
    if subject is None or verb.dep_ in ("relcl", "acl", "amod", "pcomp", "csubj"):
        return None
    text = _resolve_subject(subject, state, subs)
    if text is None and kind == "date":
        return _when_clause(verb, state, subs)
    return clauses.build_clause(verb, child, subs, text) if text else None


def _when_clause(verb, state: _Paragraph, subs: Substitutions) -> Clause | None:
    """'That began to change Jan. 2 when thousands took to the streets': the when-clause is the event."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in child.children):
            subject = clauses.find_subject(child)
            text = _resolve_subject(subject, state, subs) if subject is not None else None
            if text:
                return clauses.build_clause(child, None, subs, text)
    return None


def _subject_clause(span: Span, state: _Paragraph, subs: Substitutions) -> Clause | None:
    """The clause for "Who did Y?": the person is the subject, or in apposition to it."""
    root = span.root
    subject = root if root.dep_ in clauses.SUBJECT_DEPS else None
    if subject is None and root.dep_ in ("appos", "compound") and root.head.dep_ in clauses.SUBJECT_DEPS:
        subject = root.head
    if subject is None or subject.head.pos_ not in ("VERB", "AUX") or subject.head.dep_ in ("relcl", "acl"):
        return None
    verb = subject.head
    clause = clauses.build_clause(verb, subject, subs, span.text)
    return Clause(**{**clause.__dict__, "answer_role": "subject"})


def _cloze(sent: Span, span: Span, answer: str, subs: Substitutions, subject: str | None) -> tuple[str, str, str]:
    marked = dict(subs)
    if span.start in subs:
        ent_value = subs[span.start][1]
        marked[span.start] = (span.end, ent_value.replace(answer, f"\x00{answer}\x01", 1))
    else:
        marked[span.start] = (span.end, f"\x00{answer}\x01")
    text = clauses.render(list(sent), marked)
    if subject is not None:
        first = sent[0]
        text = subject + text[len(first.text) :]
    before, rest = text.split("\x00", 1)
    middle, after = rest.split("\x01", 1)
    return before, middle, after


def _sentence_subject(sent: Span, state: _Paragraph) -> tuple[bool, str | None]:
    """Whether a sentence stands alone, and the name to put in place of its leading pronoun."""
    first = sent[0]
    if first.lower_ in ("nor", "and", "or", "but", "so") and first.dep_ == "cc":
        return False, None
    if first.lower_ in ("he", "she") and first.dep_ in clauses.SUBJECT_DEPS:
        return (True, state.last_person) if state.last_person else (False, None)
    if clauses.is_pronoun(first) and first.dep_ in (*clauses.SUBJECT_DEPS, "poss", "det"):
        return False, None
    return True, None


def _facts_in_sentence(sent: Span, index: tuple[int, int], state: _Paragraph, seen: Counter) -> list[Fact]:
    found_dates = state.dates_in(sent)
    subs = _substitutions(found_dates)
    standalone, pronoun_name = _sentence_subject(sent, state)
    facts = []
    for ent in sent.ents:
        kind = KINDS.get(ent.label_)
        if kind is None or (kind == "date" and ent.start not in found_dates):
            continue
        fact = _fact_for(ent, kind, found_dates, state, subs)
        if fact is None:
            continue
        cloze = _cloze(sent, ent, fact["answer"], subs, pronoun_name) if standalone else None
        facts.append(
            Fact(
                id=_fact_id(kind, ent.text, sent.text, seen),
                kind=kind,
                text=ent.text.strip(),
                sentence=sent.text.strip(),
                cloze=cloze,
                paragraph=index[0],
                sentence_index=index[1],
                **{k: v for k, v in fact.items() if k != "answer"},
            )
        )
    for ent in sent.ents:
        if ent.label_ == "PERSON" and (person := state.people.find(ent.text.strip())):
            state.last_person = person.display
    return facts


def _fact_for(ent: Span, kind: str, found_dates, state: _Paragraph, subs: Substitutions) -> dict | None:
    """The kind-specific parts of a fact: value, role, what it is about, its clause."""
    if kind == "date":
        value = found_dates[ent.start][1]
        return {"value": value.value, "granularity": value.granularity, "answer": value.render(),
                "clause": _when_or_where_clause(ent, kind, state, subs)}  # fmt: skip
    if kind == "person":
        person = state.people.find(ent.text.strip())
        if person is None:
            return None
        return {"value": person.name, "role": person.role, "answer": ent.text.strip(),
                "clause": _subject_clause(ent, state, subs)}  # fmt: skip
    if kind == "place":
        if ent.root.tag_ == "NNPS" or ent.text.strip().lower() in ("the country", "the nation"):
            return None  # "Kazakhs" is a people, not a place
        return {"value": ent.text.strip(), "answer": ent.text.strip(),
                "clause": _when_or_where_clause(ent, kind, state, subs)}  # fmt: skip
    if kind == "organization":
        return {"value": ent.text.strip(), "answer": ent.text.strip()}
    value, about = number_value(ent)
    if value is None and about is None:
        return None
    return {"value": value, "about": about, "answer": ent.text.strip(), "clause": number_clause(ent, subs)}


def extract_facts(article: Article, docs: Sequence[Doc]) -> tuple[Fact, ...]:
    """All facts of an article, in reading order; `docs` are its paragraphs, parsed."""
    people = collect_people(list(docs))
    seen: Counter = Counter()
    facts: list[Fact] = []
    context = None
    for p, doc in enumerate(docs):
        state = _Paragraph(article, people, context)
        for s, sent in enumerate(doc.sents):
            facts.extend(_facts_in_sentence(sent, (p, s), state, seen))
        context = state.context
    counts = Counter((f.kind, (f.value or f.text).lower()) for f in facts)
    return tuple(Fact(**{**f.__dict__, "mentions": counts[(f.kind, (f.value or f.text).lower())]}) for f in facts)


def is_word_number(text: str) -> bool:
    """True for "one", "One": a determiner more often than a fact."""
    return bool(re.fullmatch(r"(?i)one|a|an", text.strip()))
