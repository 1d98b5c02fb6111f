"""Fact extraction: spaCy Docs in, plain `Fact`s out. spaCy objects never leave this module's callers.

One Doc per paragraph. Dates are normalized as they come (each one is the context of the next);
every fact carries the clause it sits in, so questions can be built from it without the parse.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from lemminflect import getInflection
from spacy.tokens import Doc, Span, Token

from quizgen import asides, clauses, dates, entities, outcomes, spans
from quizgen.antecedents import Antecedents, match_named, match_substitutions, scope_named, scope_substitutions
from quizgen.biography import mark_title_person
from quizgen.clauses import Substitutions
from quizgen.dates import PART_OF_DAY
from quizgen.models import Article, Clause, Fact
from quizgen.nlp import TITLES
from quizgen.numbers import in_a_score_list, number_clause, number_value, scores, worth_a_gap
from quizgen.people import collect_people, is_role
from quizgen.sentences import (
    REPORTING_VERBS,
    cloze_parts,
    continues_with_it,
    date_replacement,
    main_subjects,
    sentence_subject,
    unnamed_subject,
    unresolved,
    without_part_of_period,
)
from quizgen.story import Paragraph, Story, note_last_person, thing_subject

KINDS = {
    "DATE": "date", "PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organization",
    "CARDINAL": "number", "QUANTITY": "number", "MONEY": "number", "PERCENT": "number", "ORDINAL": "number",
    "SCORE": "number",
}  # fmt: skip
_MODALS = {"could", "might", "may"}  # "would be relocated" reports a plan; "could be moving" guesses
# A length of time is a figure, not a date: "73 seconds", "four months", "a nine-month-old".
_DURATION = re.compile(
    r"(?i)(?:the age of )?(?:about |some |over |nearly |almost |more than |less than )?(?:\d[\d,.]*|[a-z]+)"
    r"(?: |-)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:-old)?"
)
_WHEN_PREPS = {"in", "on", "at", "during", "throughout"}
_YEAR_PREPS = frozenset("by in since until till before after from during around circa".split())
# What a place is called beside its name: "the capital of Tamil Nadu state".
_PLACE_NOUNS = {"capital", "city", "town", "village", "province", "state", "region", "county", "district", "port"}
_WHERE_PREPS = {"in", "at"}
# "sent to the California Science Center": with verbs of motion, "to" names a place too.
_MOTION_VERBS = frozenset("send move relocate go travel take bring deliver return fly ship transfer head".split())
_SOURCE_VERBS = frozenset(
    "come arrive flee escape hear receive import buy borrow return exile expel banish deport drive evacuate".split()
)
# An organisation named like a building is a place one can be at ("the Kennedy Space Center Visitor Complex").
FACILITY_WORDS = frozenset(
    """center centre complex museum stadium arena hall airport base university college school hospital library
    park palace square station port gallery theatre theater cathedral church planetarium institute""".split()
)
# Verbs that report speech: a question built on them asks who said a quotation, which is not a fact test.
SPEECH_VERBS = REPORTING_VERBS - {"report"}


def _fact_id(kind: str, text: str, sentence: str, seen: Counter) -> str:
    digest = hashlib.sha1(f"{kind}\x1f{text}\x1f{sentence}".encode()).hexdigest()[:10]
    seen[digest] += 1
    return f"{kind}-{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")


def _substitutions(found: dict[int, tuple[Span, dates.NormalizedDate]]) -> Substitutions:
    """Relative dates written absolute, with a part of the day the model left outside the date ("Saturday
    afternoon" -> "on the afternoon of October 11, 2008")."""
    subs: Substitutions = {}
    for start, (ent, value) in found.items():
        if not value.relative:
            continue
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        part_of_day = after is not None and after.lower_ in PART_OF_DAY and value.granularity == "day"
        if part_of_day or (after is not None and after.tag_ == "POS"):  # "Tuesday's elections": "the March 31 ..."
            ent = Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)
        if part_of_day and ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS":
            ent = Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)  # "during Sunday night's broadcast":
            # "during the February 5, 2023 broadcast", not "the night of February 5, 2023's broadcast"
        subs[start] = (ent.end, date_replacement(ent, value))
        pointer = ent.doc[ent.start - 1] if ent.start > 0 else None
        if pointer is not None and pointer.lower_ in ("that", "this") and pointer.head.i in range(ent.start, ent.end):
            subs[pointer.i] = (ent.start, "on" if value.granularity == "day" else "in")  # "hanged that June": in June
            subs[start] = (ent.end, value.render())  # 1692, not "that June 1692"
    dated = sorted(found.values(), key=lambda pair: pair[0].start)
    for (first, value), (second, again) in itertools.pairwise(dated):
        doc = second.doc
        bracketed = second.start == first.end + 1 and doc[first.end].text == "(" and second.end < len(doc)
        if bracketed and doc[second.end].text == ")" and value.value == again.value:
            subs[first.end] = (second.end + 1, "")  # "on Thursday (20 October)": once, not "October 20, 2022
            # (October 20, 2022)"
    return subs


def _resolve_subject(subject, state: Paragraph, subs: Substitutions) -> str | None:
    """The subject's text, with "he"/"she" or a bare title resolved to the person it names, or None."""
    if any(c.dep_ in ("conj", "cc") for c in subject.children):
        return None  # "Thomas and Manju Sam", "he and another climber were invited": not one answer
    if subject.lower_ in ("he", "she"):
        named = state.last_person_for(subject.sent).get(subject.lower_)
        return named[0] if named else None
    if continues_with_it(subject) and state.story.last_thing:
        return state.story.last_thing  # "When did it begin?" -> "When did the Great Fire of London begin?"
    bare_title = subject.pos_ == "NOUN" and subject.lower_ in TITLES and subject.left_edge.lower_ == "the"
    if bare_title and subject.right_edge.i == subject.i and (person := state.people.with_role(subject.text)):
        return person.display
    if clauses.is_pronoun(subject):
        return None  # "he" with nobody to point at
    if subject.pos_ == "NUM" or (subject.like_num and subject.n_lefts + subject.n_rights == 0):
        return None  # "Eight died in Oslo": "Where did eight die?" - eight what?
    if subject.doc[subject.left_edge.i].ent_type_ == "DATE":
        return None  # "In 1854 and 1856 Ferdinand de Lesseps obtained": the parse took "1856" into the name
    if unnamed_subject(subject, _covered(subs)):
        return None  # "How much had analysts predicted?": for whom, the question would not say
    return clauses.subject_text(subject, subs)


def _covered(subs: Substitutions) -> set[int]:
    """The indices of the words that substitutions write over."""
    return {i for start, (end, _) in subs.items() for i in range(start, end)}


def _usable_verb(verb) -> bool:
    """A verb whose clause can become a question: finite, not reporting speech, not a relative clause."""
    if verb.dep_ in ("relcl", "acl", "amod", "pcomp", "csubj", "ccomp"):
        return False
    return not (verb.lemma_ in SPEECH_VERBS or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children))


def _phrase_of(span: Span, child) -> bool:
    """True when the span heads the verb's child, or is its object, or modifies that object directly."""
    node, steps = span.root, 0
    while node.i != child.i and steps < 3:
        if node.dep_ not in ("pobj", "compound", "nmod", "npadvmod", "nummod"):
            return False
        if node.dep_ == "nummod" and not span.start <= node.head.i < span.end:
            return False  # "proclaimed in [1206 great khan of the Mongols]": the date counts another thing
        node, steps = node.head, steps + 1
    return node.i == child.i


def _after_its_relative_clause(subject: Token, child: Token) -> bool:
    """True for "Abe, who stepped down ... into his first term, in 2007, offered ...": a phrase between the
    subject's relative clause and the verb may be the relative clause's (stepped down in 2007), whatever the
    parse hangs it on."""
    between = [c for c in subject.children if c.dep_ in ("relcl", "acl") and c.i > subject.i]
    return child.i > subject.i and any(c.right_edge.i < child.i for c in between) and child.i < child.head.i


def _trailing_its_relative_clause(sent: Span, cut: set[int]) -> set[int]:
    """The phrase between a subject's relative clause the cut takes and the verb ("in 2007," of "Abe, who
    stepped down ..., in 2007, offered ..."): left behind, it would date the main verb."""
    found: set[int] = set()
    for clause in sent:
        subject = clause.head
        if clause.dep_ not in ("relcl", "acl") or subject.dep_ not in clauses.SUBJECT_DEPS or clause.i not in cut:
            continue
        verb = subject.head
        for child in verb.children:
            if child.dep_ in ("prep", "npadvmod", "advmod") and clause.right_edge.i < child.i < verb.i:
                found |= {t.i for t in child.subtree} | {t.i for t in sent if t.is_punct and child.i < t.i < verb.i}
    return found


def _when_or_where_clause(span: Span, kind: str, state: Paragraph, subs: Substitutions) -> Clause | None:
    """The clause for "When/Where did X do Y?": the span's phrase must hang off the verb by in/on/at."""
    verb = clauses.governing_verb(span.root)
    if verb is None or not _usable_verb(verb) or _in_brackets(verb):
        return None  # (not "When did Hans Lippershey bury?" of "Hans Lippershey (1570 – buried 29 September 1619)")
    child = clauses.child_containing(verb, span)
    if child is None or child.dep_ not in ("prep", "npadvmod", "advmod", "tmod") or not _phrase_of(span, child):
        return None
    allowed = _WHEN_PREPS if kind == "date" else _WHERE_PREPS | ({"to"} if verb.lemma_ in _MOTION_VERBS else set())
    if child.dep_ == "prep" and child.lower_ not in allowed:
        return None
    if kind == "date" and any(c.lower_ in ("later", "afterwards", "subsequently") for c in verb.children):
        return None  # "Born ... in 1399, Gutenberg later adopted ...": not adopted in 1399
    if _limited_before(verb):
        return None  # "Mladic was last seen in Belgrade in 2006": not "When was Mladic seen in Belgrade?"
    if kind == "date" and _dates_a_thing(span):
        return None  # "convicted ... in the May 25 death of George Floyd": the death's date, not the conviction's
    if kind == "place" and (child.dep_ != "prep" or span.root.head.i != child.i):
        return None  # "in the capital of Kazakhstan": the answer would not be the whole place
    if kind == "place" and _AN_EVENT.match(span.text):
        return None  # "defeated a large Crusader army at the Battle of Hattin": "Where?" wants Hattin, not a battle
    if _one_of_a_list(span, verb):
        return None  # "raised in East Harlem ... and the Crotona section of the Bronx": half an answer
    subject = clauses.find_subject(verb)
    if subject is None or _after_its_relative_clause(subject, child) or _participle_read_as_past(verb, subject):
        return None
    opening = [c for c in verb.children if c.dep_ == "advcl" and c.i == span.sent.start and c.tag_ in ("VBN", "VBG")]
    if kind == "date" and opening and span.start < subject.i:
        return None  # "Born in Halifax, in 1811, he started out as a laborer": the birth's year, not the start's
    text = _resolve_subject(subject, state, subs)
    if text is None and kind == "date":
        return _when_clause(verb, state, subs)
    return clauses.build_clause(verb, child, subs, text) if text else None


# An event named after its place: no answer to "Where ...?".
_AN_EVENT = re.compile(r"(?:the )?(?:Battle|Siege|Sack|Fall|Treaty|Council|Congress|Massacre|Conference) of\b", re.I)
# Adverbs before a verb that the question would leave out, changing the claim: "was last seen", "was first
# elected", "only won".
_BEFORE_THE_VERB_LIMITS = frozenset("last first only once".split())


def _limited_before(verb: Token) -> bool:
    """True for a verb with one of `_BEFORE_THE_VERB_LIMITS` before it, which a question would leave out."""
    return any(c.dep_ == "advmod" and c.i < verb.i and c.lower_ in _BEFORE_THE_VERB_LIMITS for c in verb.children)


def _one_of_a_list(span: Span, verb: Token) -> bool:
    """True when the span is one of several places or dates the verb's phrase lists: "in Little Falls,
    Minnesota, and Washington, D.C.", "in East Harlem in Manhattan, and the Crotona section" (the parse may hang
    the second on the verb), "in Mansfeld, Magdeburg and Eisenach"."""
    if span.root.dep_ == "conj" or any(t.dep_ == "conj" for t in span.root.subtree):
        return True
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _participle_read_as_past(verb: Token, subject: Token) -> bool:
    """True for a participle set off after its noun that the parse took for the noun's verb ("The Battle of
    Lutzen, fought on 16 November 1632, is considered ...": not "When did the Battle of Lutzen fight?")."""
    doc = verb.doc
    return (
        verb.tag_ == "VBD"
        and verb.i > subject.i + 1
        and doc[verb.i - 1].text == ","
        and subject.right_edge.i in (verb.i - 2, verb.i - 1)
        and any(c.dep_ == "conj" and c.i > verb.i and _with_present_aux(c) for c in verb.children)
    )  # "..., is considered": the sentence's own verb, in another tense


def _with_present_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


# Nouns a date only sets in time: "on Thursday night", "on the morning of June 5".
_TIME_NOUNS = frozenset("night morning evening afternoon day eve dawn dusk week weekend noon midnight".split())


def _dates_a_thing(span: Span) -> bool:
    """True for a date that says when a thing named by a noun was, not when the verb's deed was: "the May 25
    death", "the 2004 election"."""
    root = span.root
    modifies = root.dep_ in ("nmod", "compound", "amod", "poss") and root.head.pos_ == "NOUN"
    return modifies and root.head.lemma_.lower() not in _TIME_NOUNS


def _in_brackets(token: Token) -> bool:
    """True for a word inside brackets its sentence opened before it."""
    before = [t.text for t in token.sent if t.i < token.i]
    return before.count("(") > before.count(")")


def _origin_clause(span: Span, state: Paragraph) -> Clause | None:
    """ "awarded to Dr Wangari Maathai from Kenya" -> "Where is Dr Wangari Maathai from?": one named person."""
    root = span.root
    origin = root.head
    if root.dep_ != "pobj" or origin.lower_ != "from" or span.end != origin.right_edge.i + 1 or origin.i == 0:
        return None
    noun = origin.head
    if origin.nbor(-1).text in (",", ";", "\u2013", "\u2014"):
        return None  # "exiled five others of the family, including Mikhail, from Russia": the verb's, not his
    if noun.pos_ in ("VERB", "AUX"):  # the parse hung "from Kenya" on the verb: the name just before it
        if noun.lemma_ in _MOTION_VERBS | _SOURCE_VERBS:
            return None  # "flew in from Kenya", "heard from Kenya": not where the person is from
        noun = noun.doc[origin.i - 1]
    if noun.ent_type_ != "PERSON" or noun.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in noun.children):
        return None
    name = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    person = state.people.find(entities.trimmed(name).text.strip()) if name is not None else None
    if person is None:
        return None
    return Clause(subject=person.display, verb="is", verb_lemma="be", verb_tag="VBZ", rest="from")


def _when_clause(verb, state: Paragraph, subs: Substitutions) -> Clause | None:
    """'That began to change Jan. 2 when thousands took to the streets': the when-clause is the event."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in child.children):
            subject = clauses.find_subject(child)
            text = _resolve_subject(subject, state, subs) if subject is not None else None
            if text and _usable_verb(child):
                return clauses.build_clause(child, None, subs, text)
    return None


def _subject_clause(span: Span, subs: Substitutions) -> Clause | None:
    """The clause for "Who did Y?": the person is the subject, or in apposition to it, and alone."""
    root = span.root
    subject = root if root.dep_ in clauses.SUBJECT_DEPS else None
    if subject is None and root.dep_ in ("appos", "compound") and root.head.dep_ in clauses.SUBJECT_DEPS:
        subject = root.head
        if root.dep_ == "compound" and not is_role(subject.text, subject.tag_):
            return None  # "Newcomen's Dudley Castle beam engine is accepted as ...": the engine, not who
        if root.dep_ == "appos" and any(c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON" for c in root.children):
            return None  # "The loss of seven explorers -- shuttle commander Rick Husband, Michael Anderson, ... --
            # brought a new round of grief": one of a list, and the loss brought it, not "Which commander ...?"
    if subject is not None and _with_ing(subject.head):
        return _with_ing_clause(subject, span, subs)
    if subject is None or subject.head.pos_ not in ("VERB", "AUX") or not _usable_verb(subject.head):
        return None
    if clauses.lost_its_own_subject(subject.head):
        return None  # "Menshikov ... watched ... as a brutal Russian winter cut the Swedes off": not "Who cut ...?"
    if _in_brackets(subject.head):
        return None  # "Hans Lippershey (1570 – buried 29 September 1619)": no "Who buried?"
    if _limited_before(subject.head):
        return None  # "Mladic was last seen in Belgrade": not "Who was seen in Belgrade?"
    if any(c.dep_ in ("conj", "cc") for c in (*subject.children, *root.children)) or root.dep_ == "conj":
        return None
    finite = [c for c in subject.head.children if c.dep_ in ("aux", "auxpass")] or [subject.head]
    if finite[0].tag_ == "VBP" or finite[0].lower_ in ("were", "are", "have"):
        return None  # a plural verb: the answer is more than this one person
    clause = clauses.build_clause(subject.head, subject, subs, span.text)
    return Clause(**{**clause.__dict__, "answer_role": "subject"})


def _named_as_clause(ent: Span, subs: Substitutions) -> Clause | None:
    """ "TEPCO, the operator of the plant, has warned ...": the description set beside an organisation, for
    "Which organisation does the article name as the operator of the Fukushima nuclear plant?". Read off the
    words (name, comma, "the ...", comma), since the small model often hangs such a phrase elsewhere."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "the":
        return None
    end = next((t.i for t in doc[ent.end + 1 : ent.end + 12] if t.text in (",", ".", ";")), None)
    if end is None or doc[end].text != ",":
        return None
    words = list(doc[ent.end + 1 : end])
    if any(t.pos_ in ("PRON", "VERB", "AUX") or t.ent_type_ in ("DATE", "CARDINAL", "PERSON") for t in words):
        return None  # "its main rival", a clause, a figure: not a description to ask by
    root = doc[ent.end + 1 : end].root
    if any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in root.children):
        return None  # "Vikram, the Indian space agency's lander,": a thing the agency owns, not an organisation
    if root.lower_ in _PLACE_NOUNS:
        return None  # "Chennai, the capital of Tamil Nadu state,": a place the model took for an organisation
    if root.pos_ == "PROPN" and root.is_title:
        return None  # "the Red Chapel, the Speos Artemidos, and ...": the next name of a list, no description
    return Clause(subject="", verb="", verb_lemma="", verb_tag="", rest=clauses.render(words, subs),
                  answer_role="named_as")  # fmt: skip


def _with_ing(verb) -> bool:
    """ "..., with Junius Ho defeating Lee Cheuk-yan by 5,000 votes": a deed told in a with-clause."""
    return verb.tag_ == "VBG" and verb.head.lower_ == "with" and verb.dep_ in ("pcomp", "pobj", "advcl")


def _with_ing_clause(subject, span: Span, subs: Substitutions) -> Clause | None:
    """The with-clause as a past-tense statement: "Who defeated Lee Cheuk-yan by 5,000 votes?"."""
    verb = subject.head
    past = getInflection(verb.lemma_, tag="VBD")
    if not past or any(c.dep_ in ("conj", "cc") for c in subject.children):
        return None
    clause = clauses.build_clause(verb, subject, subs, span.text)
    return Clause(**{**clause.__dict__, "verb": past[0], "verb_tag": "VBD", "aux": (), "answer_role": "subject"})


# A word before a count that bounds or hedges it, which the model may leave out of the figure's span.
_BOUNDS = frozenset("over under nearly almost around about approximately roughly some".split())


def _with_its_bound(ent: Span) -> Span:
    """The figure with the bound the model left out of it ("over" of "over 20,000"), where the parse hangs the
    bound on the figure."""
    if ent.start == 0 or not ent[0].like_num:
        return ent
    before = ent.doc[ent.start - 1]
    if before.lower_ not in _BOUNDS or before.dep_ not in ("quantmod", "advmod") or before.head.i != ent[0].i:
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)


def _keep(ent: Span, kind: str, state: Paragraph) -> bool:
    if kind == "person":
        family = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent.text.endswith("s")
        if family:  # "the Sams continued to shun ...": a family, not one person to name
            return False
        root = ent.root
        if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i == ent.end:
            return False  # "The Mamluk plan was to provoke ...": a word of a thing's name, not who did it
        return entities.good_person(ent) and state.people.find(ent.text.strip()) is not None
    if kind in ("place", "organization"):
        if ent.text.endswith("s") and ent.text[:-1] in state.people.words:
            return False  # "the Sams" (tagged as an organisation): a family named by its surname
        if ent.label_ in ("FAC", "LOC") and len(ent) == 1 and ent.root.dep_ == "compound":
            return False  # "the Peace prize": a word of another name, which the model took for a place
        return entities.good_name(ent, kind) and state.people.find(ent.text.strip()) is None
    return True


def _with_place_of(ent: Span) -> Span:
    """ "the Liberal Party of Kenya" where the model ended the name at "Party": the organisation with the
    place its name ends with."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of" or doc[ent.end + 1].ent_type_ != "GPE":
        return ent
    if doc[ent.end + 1].ent_iob_ != "B":
        return ent
    return Span(doc, ent.start, entities.whole_entity(doc[ent.end + 1]).end, label=ent.label_)


_APPROXIMATE = {"c.", "ca.", "circa", "around", "about", "approximately", "roughly", "some"}


def _approximate(ent: Span) -> bool:
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent[0].lower_ in _APPROXIMATE or before in _APPROXIMATE


def _listed(ent: Span) -> bool:
    """True for one item of a list ("X, Y and Z were elected"): the list is the fact, not this item."""
    root = ent.root
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)


def _speculative(sent: Span) -> bool:
    """True for guesses and opinions ("Perhaps ... could be moving"): not facts to test."""
    root = sent.root
    modal = any(c.lower_ in _MODALS for c in root.children if c.dep_ == "aux")
    return modal or any(t.lower_ in ("perhaps", "possibly", "probably", "maybe") for t in spans.tokens(sent))


def _facts_in_sentence(sent: Span, index: tuple[int, int], state: Paragraph, seen: Counter) -> list[Fact]:
    sentence = spans.text(sent)
    found_dates = state.dates_in(sent)
    subs = _substitutions(found_dates)
    taken = _covered(subs)
    # "Sweden faced South Korea at ...": "the game" is theirs until the story reports another match
    state.story.match = match_named(sent) or state.story.match
    named = {**state.people.written_whole(sent), **state.named.substitutions(sent),
             **scope_substitutions(sent, state.scope), **match_substitutions(sent, state.story.match)}  # fmt: skip
    subs |= {s: v for s, v in named.items() if not taken & set(range(s, v[0]))}
    state.scope = scope_named(sent) or state.scope
    quoted_sentence = entities.sentence_is_quoted(sent, state.quoted)
    standalone, names = sentence_subject(
        sent, state.last_person_for(sent), state.quoted, state.story.last_thing, state.people.words
    )
    speculative = _speculative(sent)
    limited = asides.limits_the_claim(sent)  # "Not including Paris, ...": no question may leave that out
    split = _split_mid_sentence(sent)  # "... his book Voyages et" | "Decouvertes faites en Nouvelle France ..."
    limited = limited or split == "head"  # a sentence without its start asks nothing; one without its end shows
    # nothing (a short question need not show the end)
    unnamed = any(unnamed_subject(subject, _covered(subs)) for subject in main_subjects(sent))
    standalone = standalone and not speculative and not unnamed and split is None  # "Sales rose ...": whose?
    facts = []
    named_with_place: list[Span] = []
    for raw in [*spans.ents(sent), *scores(sent)]:
        kind = KINDS.get(raw.label_)
        if kind == "person" and len(raw) == 1 and raw.text.isupper() and len(raw.text) > 1:
            kind = "organization"  # "TEPCO": a name in capitals is an acronym, not a person
        ent = entities.trimmed(raw)
        if kind == "number":
            ent = _with_its_bound(ent)  # "over 20,000 handmade ceramic tiles": the bound is part of the count
        if any(_overlap(ent, name) for name in named_with_place):
            continue  # "Kenya" of "the Liberal Party of Kenya": a word of another name
        if kind == "number" and raw.end < len(raw.doc) and raw.doc[raw.end].lower_ in dates.MONTH_NAMES:
            continue  # "buried 29 September 1619": the day of a date the model split, not a figure
        if kind == "organization" and (whole := _with_place_of(ent)) is not ent:
            ent = whole  # "the Liberal Party" + "of Kenya": one name
            named_with_place.append(whole)
        if kind == "date" and raw.start not in found_dates and re.fullmatch(r"(?:the )?\d+(?:st|nd|rd|th)", ent.text):
            kind, ent = "number", Span(ent.doc, ent.end - 1, ent.end, label="ORDINAL")  # "the 12th woman"
        elif raw.label_ in ("DATE", "TIME") and raw.start not in found_dates and _DURATION.fullmatch(ent.text):
            start = ent.start + 3 if ent.text.lower().startswith("the age of ") else ent.start
            kind, ent = "number", Span(ent.doc, start, ent.end, label="QUANTITY")  # "73 seconds", "nine-month-old"
        if kind is None or len(ent) == 0 or (kind == "date" and raw.start not in found_dates):
            continue
        if kind == "number" and entities.ends_a_name(ent):
            continue  # "Toy Story 2", "Apollo 11": a name, not a count
        if kind == "number" and _undated_year(ent):
            continue  # "By 1838 Daguerre's experiments ...": a year the parser took for a count
        if kind == "number" and in_a_score_list(ent):
            continue  # "6-7, 6-3, 6-1, 7-5": one set's score of a list
        if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("GMT", "UTC"):
            continue  # "8:00 pm (1100 GMT)": a clock time, neither the year 1100 nor a count
        if not _keep(ent, kind, state):
            continue
        in_quote = quoted_sentence or speculative or entities.span_is_quoted(ent, state.quoted)
        approximate = kind == "date" and _approximate(ent)  # "c. 1818", "around 1150": known, not asked
        fact = _fact_for(ent, kind, found_dates, state, subs, in_quote or approximate or limited)
        if fact is None:
            continue
        cloze = None
        if standalone and not in_quote and not approximate and (kind != "number" or worth_a_gap(ent)):
            by_part = kind == "date" and fact["granularity"] != "day" and ent.start not in subs  # "late Sunday" is
            # asked as its day; "late October" written out keeps its "late" already
            gap = without_part_of_period(ent) if by_part else ent  # "At the beginning of _____" (1810)
            answer = fact.pop("answer")
            if by_part and gap is ent and ent.text[:4].lower() == "mid-" and not answer.lower().startswith("mid"):
                answer = ent.text[:4] + answer  # "by _____" -> "mid-1990": one word, its part of the year kept
            cloze = _cloze(sent, gap, answer, {**subs, **names}, state.people.words)
        fact.pop("answer", None)
        facts.append(
            Fact(id=_fact_id(kind, ent.text, sentence, seen), kind=kind, text=ent.text.strip(),
                 sentence=sentence.strip(), cloze=cloze, paragraph=index[0], sentence_index=index[1],
                 in_list=_listed(ent), **fact)
        )  # fmt: skip
    if not quoted_sentence and not speculative:
        facts.extend(_outcomes(sent, sentence, index, state, subs, seen))
    note_last_person(sent, state)
    state.story.last_thing = thing_subject(sent, state.story.last_thing, state.people)
    state.story.sentences += 1
    return facts


_ENDS = frozenset(".!?:;\"'\u201d\u2019)]\u2026-\u2013\u2014")  # and "(CNN) --"


def _split_mid_sentence(sent: Span) -> str | None:
    """Where the model split a sentence where none ends (inside a book's title: "his book Voyages et" |
    "Decouvertes faites en Nouvelle France, ..., published in 1619."): "head" for a piece without its start,
    "tail" for one without its end, None for a whole sentence or where the cut only moved a name ("officials
    said. L'Aquila" | "Mayor Massimo Cialente said ...")."""
    doc = sent.doc
    if sent.start > 0 and doc[sent.start - 1].text[-1] not in _ENDS and not doc[sent.start - 1].is_title:
        return "head"
    last = doc[sent.end - 1]
    return "tail" if sent.end < len(doc) and last.text[-1] not in _ENDS and not last.is_title else None


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _cloze(
    sent: Span, ent: Span, answer: str, subs: Substitutions, known: frozenset[str]
) -> tuple[str, str, str] | None:
    """The sentence around the gap, cut of the asides that hold other facts or a pronoun pointing nowhere;
    None when such a pronoun is not in an aside."""
    figures = [*spans.ents(sent), *scores(sent)]
    others = [
        e
        for e in figures
        if e.label_ in (*clauses.CUTTABLE_LABELS, "SCORE")
        and not _overlap(e, ent)
        and not dates.is_rate(e.text)
        and not entities.ends_a_name(e)
    ]  # "14 million passengers each day": the rate stays with its figure; "Toy Story 2" with its name
    context = [e for e in spans.ents(sent) if e.label_ in clauses.CONTEXT_LABELS and not _overlap(e, ent)]
    stray = asides.stray_comma(sent) | asides.connectives(sent)
    cut = asides.cuts_for(sent, ent, others, context) | stray
    uncut = spans.once_per_span(sent, "unresolved", lambda s: unresolved(s, subs, stray, known))  # same for every gap
    if cut != stray and unresolved(sent, subs, cut, known) != uncut:
        cut = stray  # a cut took a pronoun's antecedent with it ("277 vulnerabilities; 39 percent of these"): keep all
    while (dangling := unresolved(sent, subs, cut, known)) is not None:
        if (aside := asides.around(sent, dangling, ent)) is None:
            return None
        cut |= set(range(*aside))
    trailing = _trailing_its_relative_clause(sent, cut)
    if any(ent.start <= i < ent.end for i in trailing):
        return None  # "Abe, who stepped down ..., in 2007, offered ...": 2007 may be the relative clause's
    cut |= trailing
    return cloze_parts(sent, ent, answer, subs, cut | asides.comma_left_alone(sent, cut))


def _outcomes(
    sent: Span, sentence: str, index: tuple[int, int], state: Paragraph, subs: Substitutions, seen: Counter
) -> list:
    """Who-did-what facts: the root verb's object, and the agents of participles (`sentence`: the text)."""
    found = []
    root = sent.root
    if root.pos_ == "VERB" and _usable_verb(root):
        found.extend(filter(None, [outcomes.object_clause(root, lambda s: _resolve_subject(s, state, subs), subs)]))
    found.extend(outcomes.agent_clause(sent, subs))
    return [
        Fact(id=_fact_id("outcome", answer, sentence, seen), kind="outcome", text=answer, sentence=sentence.strip(),
             clause=clause, paragraph=index[0], sentence_index=index[1])
        for answer, clause in found
    ]  # fmt: skip


def _fact_for(
    ent: Span, kind: str, found_dates, state: Paragraph, subs: Substitutions, clauseless: bool
) -> dict | None:
    """The kind-specific parts of a fact: value, role, what it is about, its clause (none inside quotes, or
    when an opening phrase limits the claim: `clauseless`)."""
    if kind == "date":
        value = found_dates[ent.start][1]
        clauseless = clauseless or _listed(ent)  # "In 1854 and 1856 de Lesseps obtained ...": when? both
        clause = None if clauseless else _when_or_where_clause(ent, kind, state, subs)
        return {"value": value.value, "granularity": value.granularity, "answer": value.render(), "clause": clause}
    if kind == "person":
        person = state.people.find(ent.text.strip())
        clause = None if clauseless else _subject_clause(ent, subs)
        return {"value": person.name, "role": person.role, "answer": ent.text.strip(), "clause": clause}
    if kind == "place":
        clause = None if clauseless else _when_or_where_clause(ent, kind, state, subs) or _origin_clause(ent, state)
        return {"value": ent.text.strip(), "answer": ent.text.strip(), "clause": clause}
    if kind == "organization":
        facility = ent[-1].lower_ in FACILITY_WORDS and not clauseless
        clause = _when_or_where_clause(ent, "place", state, subs) if facility else None
        if clause is None and not clauseless:
            clause = _named_as_clause(ent, subs)
        return {"value": ent.text.strip(), "answer": ent.text.strip(), "clause": clause}
    if ent.label_ == "SCORE":  # "Sweden defeated South Korea 1 – 0": a result, no "How many ...?"
        return {"value": ent.text, "about": "score", "answer": ent.text, "clause": None}
    value, about = number_value(ent)
    if value is None and about is None:
        return None
    clause = None if clauseless else number_clause(ent, subs, lambda s: _resolve_subject(s, state, subs))
    return {"value": value, "about": about, "answer": ent.text.strip(), "clause": clause}


def extract_facts(article: Article, docs: Sequence[Doc]) -> tuple[Fact, ...]:
    """All facts of an article, in reading order; `docs` are its paragraphs, parsed."""
    mark_title_person(article.title or "", docs)
    entities.note_names(list(docs))
    people = collect_people(list(docs), article.title or "")
    named = Antecedents(docs, article.title or "")
    seen: Counter = Counter()
    facts: list[Fact] = []
    story = _story_of(article)
    for p, doc in enumerate(docs):
        state = Paragraph(article, people, story, doc, named)
        for s, sent in enumerate(doc.sents):
            facts.extend(_facts_in_sentence(sent, (p, s), state, seen))
    spans.release(docs)
    counts = Counter((f.kind, (f.value or f.text).lower()) for f in facts)
    return tuple(Fact(**{**f.__dict__, "mentions": counts[(f.kind, (f.value or f.text).lower())]}) for f in facts)


def _story_of(article: Article) -> Story:
    """The story's start: a history or news, and for a history whose title states its one year ("September,
    1950: Inchon Landing") and whose text states none, that year, which "On September 15" then takes."""
    title = article.title or ""
    past = dates.tells_a_past(f"{title}\n\n{article.text}", article.date)
    old_weekdays = dates.narrates_weekdays(article.text, article.date)
    years = set(dates.YEAR.findall(title))
    if not past or len(years) != 1 or dates.YEAR.search(article.text):
        return Story(past=past, old_weekdays=old_weekdays)
    return Story(past=True, context=dates.NormalizedDate(years.pop(), "year", False))


def _undated_year(ent: Span) -> bool:
    """A bare four-digit year after a preposition of time that the parser labelled a count ("By 1838"): asked
    about as a number, it would get 919 and 2757 as options."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return re.fullmatch(r"1\d{3}|20\d{2}", ent.text) is not None and before in _YEAR_PREPS
