"""Numbers and quantities: their value, what they count, and the clause for "How many ...?"."""

from __future__ import annotations

import re
from collections.abc import Callable

from lemminflect import getInflection, getLemma
from spacy.tokens import Span, Token

from quizgen import clauses, spans
from quizgen.clauses import Substitutions
from quizgen.dates import MONTHS
from quizgen.models import Clause

WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
# Nouns naming an event that happens to things counted: "the killing of 200 protesters" -> "were killed".
_EVENT_VERBS = {"death": "die", "deaths": "die", "arrest": "arrest", "evacuation": "evacuate",
                "injury": "injure", "execution": "execute", "rescue": "rescue", "release": "release",
                "detention": "detain", "displacement": "displace", "murder": "murder"}  # fmt: skip


def worth_a_gap(ent: Span) -> bool:
    """False for numbers a cloze should not blank out: small ordinals ("the first game"), halves of scores."""
    doc = ent.doc
    if _in_a_span(ent):
        return False  # "Between 871 and 875": a span, of years as often as not, not one figure to ask
    if ent.label_ == "ORDINAL" and "-" not in ent.text:
        value = WORDS.get(ent.text.lower(), 0) or int(re.sub(r"\D", "", ent.text) or 0)
        if value <= 3:
            return False
    neighbours = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
    return not any(t.text in ("\u2013", "-", "\u2014", ":") for t in neighbours)  # "2 – 1" is one score


_SPAN = re.compile(r"(?i)\bbetween\s+[\w,.$£€%-]+(?:\s+[A-Za-z.]+)?\s+and\s+[\w,.$£€%-]+")


def _in_a_span(ent: Span) -> bool:
    """True for a figure of "between 871 and 875" (either end, however the model cut the entities)."""
    sent = ent.sent
    start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
    return any(m.start() < end and start < m.end() for m in _SPAN.finditer(sent.text))


def number_value(ent: Span) -> tuple[str | None, str | None]:
    """The number's value as digits where it has one ("some 200" -> "200") and the noun it counts."""
    text = ent.text.strip()
    if re.fullmatch(r"(?i)(?:one|a|an|once)", text):
        return None, None
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    value = digits.group(0).replace(",", "") if digits else None
    if value is None:
        words = [WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in WORDS]
        fraction = ent.label_ != "ORDINAL" and re.search(r"(?i)\b(?:a|one)\s+\w+(?:th|third|half|quarter)\b", text)
        value = str(words[0]) if len(words) == 1 and not fraction else None
    if value is None and re.search(r"(?i)\bone (?:percent|per cent)\b", text):
        value = "1"  # "less than one percent": "one" alone counts nothing, "one percent" is a share
    if "%" in text or "percent" in text.lower():
        value = f"{value}%" if value else None
    return value, counted_noun(ent)


def _noun_phrase(noun: Token, skip: Span | None = None) -> str:
    words = [t for t in noun.subtree if t.i <= noun.i and (skip is None or not skip.start <= t.i < skip.end)]
    words = [t for t in words if t.dep_ in ("amod", "compound", "punct") or t.i == noun.i or t.head.dep_ == "amod"]
    while words and words[0].is_punct:
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def _counted(ent: Span) -> Token | None:
    root = ent.root
    if root.dep_ in ("nummod", "quantmod", "amod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


def counted_noun(ent: Span) -> str | None:
    """What a number counts: "some 200 protesters" -> "protesters", "thousands of young Kazakhs" -> ..."""
    noun = _counted(ent)
    return _noun_phrase(noun, ent) if noun is not None else None


def _participle(noun: Token) -> str | None:
    lemma = _EVENT_VERBS.get(noun.lower_)
    if lemma is None and noun.lower_.endswith("ing"):
        lemmas = getLemma(noun.lower_, upos="VERB")
        lemma = lemmas[0] if lemmas else None
    if lemma is None:
        return None
    forms = getInflection(lemma, tag="VBD" if lemma == "die" else "VBN")
    return forms[0] if forms else None


def _event_clause(ent: Span, noun: Token, subs: Substitutions) -> Clause | None:
    """'the killing of some 200 protesters in January' -> How many protesters were killed in January 2022?"""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    event = of.head
    verb = _participle(event)
    if verb is None:
        return None
    extra = [t for c in event.rights if c.i != of.i and c.dep_ == "prep" for t in c.subtree]
    died = verb == "died"
    return Clause(
        subject=_noun_phrase(noun, ent),
        verb=verb,
        verb_lemma=getLemma(verb, upos="VERB")[0],
        verb_tag="VBD" if died else "VBN",
        aux=() if died else ("were" if noun.tag_ in ("NNS", "NNPS") else "was",),
        rest=clauses.clean_tail(clauses.render(extra, subs)),
        passive=not died,
        answer_role="subject",
    )


def _object_clause(noun: Token, subs: Substitutions, resolve: Callable[[Token], str | None]) -> Clause | None:
    """ "Kwong Chun-yu received 491,667 votes" -> How many votes did Kwong Chun-yu receive?"""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj"):
        return None
    if any(c.dep_ in ("neg", "ccomp") for c in verb.children) or verb.lemma_ in ("be", "have", "say"):
        return None
    subject = clauses.find_subject(verb)
    text = resolve(subject) if subject is not None else None
    if not text:
        return None
    clause = clauses.build_clause(verb, noun, subs, text)
    return Clause(**{**clause.__dict__, "answer_role": "object"})


def number_clause(
    ent: Span, subs: Substitutions, resolve: Callable[[Token], str | None] | None = None
) -> Clause | None:
    """The clause for "How many X ...?": the number counts the subject, an event's victims, or the object."""
    noun = _counted(ent)
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return None
    if (event := _event_clause(ent, noun, subs)) is not None:
        return event
    if resolve is not None and ent.root.dep_ in ("nummod", "quantmod") and noun.dep_ == "dobj":
        return _object_clause(noun, subs, resolve)
    subject = ent.root if ent.root.dep_ in clauses.SUBJECT_DEPS else noun
    if subject.dep_ not in clauses.SUBJECT_DEPS or subject.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = subject.head
    if verb.dep_ in ("relcl", "acl", "csubj", "csubjpass", "ccomp"):
        return None  # a clause inside another ("... must pass before the agency can declare ...") is cut short
    if verb.lemma_ == "be" or any(c.dep_ == "neg" for c in verb.children):
        return None  # "How many candidates were X and Y?" asks for a list, not a count
    clause = clauses.build_clause(verb, subject, subs, _noun_phrase(noun, ent))
    return Clause(**{**clause.__dict__, "answer_role": "subject"})


def scores(sent: Span) -> list[Span]:
    """Match scores ("1 – 0", "2-1") as one figure: the model tags their halves as two numbers."""
    return spans.once_per_span(sent, "scores", _find_scores)


def _beside_a_month(first, last) -> bool:
    doc = first.doc
    before = doc[first.i - 1].lower_.rstrip(".") if first.i > 0 else ""
    after = doc[last.i + 1].lower_.rstrip(".") if last.i + 1 < len(doc) else ""
    return before in MONTHS or after in MONTHS


_SET = r"\d{1,2} ?[-\u2013] ?\d{1,2}"  # "6-3"
_TIE_BREAK = rf" \({_SET}\)"  # " (7-4)"
_A_SCORE = rf"{_SET}(?:{_TIE_BREAK})?"
_SCORE_BEFORE = re.compile(rf"{_A_SCORE}(?:,? | \()$")  # "6-3, _____", "6-7 (_____)", a tie-break's
_SCORE_AFTER = re.compile(rf"^(?:{_TIE_BREAK})?, {_A_SCORE}")


def in_a_score_list(ent: Span) -> bool:
    """True for one set's score of a match's list: "6-7, 6-3, 6-1, 7-5", "6-3, 6-7 (7-4), 7-6 (7-3), 6-4".
    Asked alone it is half the answer, and the other scores give nothing away."""
    text = ent.doc.text
    before, after = text[max(0, ent.start_char - 20) : ent.start_char], text[ent.end_char : ent.end_char + 20]
    return bool(re.fullmatch(_A_SCORE, ent.text)) and bool(_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after))


def _find_scores(sent: Span) -> list[Span]:
    found = []
    for token in spans.tokens(sent)[:-2]:
        if not token.is_digit or len(token.text) > 2:
            continue  # "1736–19 December": the years of a life, not a score
        dash, other = token.nbor(1), token.nbor(2)
        if len(other.text) > 2 or _beside_a_month(token, other):
            continue  # "June 5–6", "5–6 June": days, not a score
        if dash.text in ("\u2013", "-") and other.is_digit and other.i < sent.end:
            before = token.nbor(-1) if token.i > sent.start else None
            if before is None or before.text not in ("\u2013", "-"):
                found.append(Span(sent.doc, token.i, other.i + 1, label="SCORE"))
    return found
