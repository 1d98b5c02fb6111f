"""Outcome facts: who did what. "Voters approved changes" -> What did voters approve? -> changes ...

Two shapes, both kept to what the parse shows plainly: a verb's direct object, and the agent of a
participle ("young Kazakhs, angered by a sharp rise in fuel prices" -> What angered young Kazakhs?).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from quizgen import clauses, spans
from quizgen.clauses import Substitutions
from quizgen.models import Clause
from quizgen.sentences import RELATIONS

MAX_ANSWER_WORDS = 8
_WEAK_VERBS = {"be", "have", "do", "get", "make", "take", "give", "say", "tell", "include", "call"}


def _answer_tokens(noun: Token) -> list[Token]:
    """The object phrase without appositions, relative clauses and trailing punctuation."""
    return clauses.subject_tokens(noun)


def _specific(noun: Token) -> bool:
    """At least two content words: "severe eczema", not "a goal" or "the announcement"."""
    words = [t for t in clauses.subject_tokens(noun) if t.is_alpha and not t.is_stop]
    return len(words) >= 2


def _one_of_many(noun: Token) -> bool:
    """True for an object told by its owner or as "a ..." with no name or figure in it: "his silver medal",
    "a severe thunderstorm watch" describe; the question has as many answers as the sentence has words for it
    ("an alliance with Italy", "a deficit of $14.5 billion" say which)."""
    loose = any(
        (c.dep_, c.pos_) == ("poss", "PRON") or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in noun.children
    )
    return loose and not any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in _answer_tokens(noun))


def object_clause(
    verb: Token, resolve: Callable[[Token], str | None], subs: Substitutions
) -> tuple[str, Clause] | None:
    """(answer, clause) for "What did S V ...?" when the verb has a plain direct object."""
    if verb.lemma_ in _WEAK_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    subject = clauses.find_subject(verb)
    if len(objects) != 1 or subject is None or any(c.dep_ == "conj" for c in objects[0].children):
        return None
    if any(c.dep_ == "dative" for c in verb.children) or _more_alongside(verb, objects[0]):
        return None  # "dealt the Jacobite cause a decisive defeat": which object is meant?
    kept = _answer_tokens(objects[0])
    if any(c.dep_ == "conj" and c not in kept for t in kept for c in t.children) or any(
        c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > objects[0].i and not c.ent_type_ for c in verb.children
    ):
        return None  # "wore a green tunic with epaulettes, a black and white head-dress and matching cravat"
    answer = clauses.clean_tail(clauses.render(_answer_tokens(objects[0]), subs))
    if not _specific(objects[0]) or len(answer.split()) > MAX_ANSWER_WORDS or objects[0].ent_type_:
        return None  # named objects are asked about as people, places, organisations
    if _one_of_many(objects[0]):
        return None  # "What did Stanley spend in England?" -> "his remaining years"; "a rapid advance"
    if _someone(objects[0]):
        return None  # "What did Kim Jong Il unveil as his successor?" -> "his third son, ... Kim Jong Un": a who
    text = resolve(subject)
    if text is None:
        return None
    clause = clauses.build_clause(verb, objects[0], subs, text)
    return answer, Clause(**{**clause.__dict__, "answer_role": "object"})


def _someone(noun: Token) -> bool:
    """True for an object that is a person: a kin word ("his third son") or a person's name beside it."""
    return noun.lemma_.lower() in RELATIONS or any(t.ent_type_ == "PERSON" for t in noun.subtree)


# Words that add to an object what the verb did too: "positioned 2,200 troops, along with helicopters".
_ALONGSIDE = {("along", "with"), ("together", "with"), ("as", "well"), ("in", "addition")}


def _more_alongside(verb: Token, obj: Token) -> bool:
    """True when the sentence adds more things the verb did to its object ("along with helicopters, ..."),
    with no other verb between: the object alone would be half the answer."""
    doc = verb.doc
    for token in doc[obj.i + 1 : verb.sent.end - 1]:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if (token.lower_, doc[token.i + 1].lower_) in _ALONGSIDE:
            return True
    return False


def agent_clause(sent: Span, subs: Substitutions) -> list[tuple[str, Clause]]:
    """(answer, clause) for "What angered young Kazakhs?" from "young Kazakhs, angered by X"."""
    found = []
    for token in spans.tokens(sent):
        if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        agents = [c for c in token.children if c.dep_ == "agent"]
        objects = [o for a in agents for o in a.children if o.dep_ == "pobj"]
        if len(objects) != 1 or clauses.is_pronoun(token.head):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.head.children):
            continue  # "an edict signed by King Henry IV": which edict?
        answer = clauses.clean_tail(clauses.render(_answer_tokens(objects[0]), subs))
        head = token.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PRON"):
            head = head.head.head  # "thousands of young Kazakhs, angered by": the phrase starts at "thousands"
        noun_phrase = clauses.subject_text(head, subs)
        if _specific(objects[0]) and len(answer.split()) <= MAX_ANSWER_WORDS and noun_phrase:
            role = "agent_person" if _a_person(objects[0]) else "agent"  # "Who led Wits University?"
            clause = Clause(subject="", verb=token.text, verb_lemma=token.lemma_, verb_tag="VBD",
                            rest=noun_phrase,
                            answer_role=role)  # fmt: skip
            found.append((answer, clause))
    return found


def _a_person(noun: Token) -> bool:
    """True for an agent that is someone: a person's name, or a noun of a person ("professors Lee Berger and Paul
    Dirks", "a local surgeon")."""
    from quizgen.people import is_role  # people builds on clauses, as this module does

    return (
        noun.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in noun.children) or is_role(noun.lemma_, "NN")
    )
