"""Which named-entity spans to trust: the small model's known misfires filtered out by rule.

Precision over recall: a quiz forgives a missing question, not "Who will take the place of Enterprise? -
Space Shuttle Discovery". Each rule names the mistake it prevents.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from quizgen import spans
from quizgen.dates import MONTH_NAMES
from quizgen.nlp import TITLES, month_after_preposition

# Words that make a "PERSON" a thing, a place or a group.
_NOT_PEOPLE = frozenset(
    """center centre museum shuttle space party university college school hospital church airport station stadium
    arena bridge street road avenue square park hall court council committee commission agency ministry department
    bank company corporation inc ltd group movement courier times post news journal club team university league
    soccer federation association harbour harbor corp corp. co. inc. ltd. plc motors office headquarters library
    sound strait straits gulf peninsula creek canyon valley fjord channel lagoon reef glacier isthmus
    """.split()  # "Prince William Sound": a place with a title's word in front
)
# Offices that end no one's name, as "King" (Stephen King) or "Bishop" (Maurice Bishop) may: "Abbasid Caliph",
# "Roman Emperor" name an office, not the man in it.
_OFFICE_LAST = frozenset(
    "caliph sultan emperor empress pharaoh tsar czar shogun president minister chairman chairwoman senator "
    "governor premier ambassador".split()
)
# Words that open a place's name, never a person's: "Castle Cornet", "Fort Snelling", "Lake Victoria".
_PLACE_FIRST = frozenset(
    "castle fort palace abbey cathedral tower lake river mount cape bay ciudad puerto porto port co. nevado cerro pico "
    "sierra volcan volcán isla lago".split()
)
# The kinds of storm news names ("Hurricane Michael", "Typhoon Haiyan"), and the words that open such a name
# ("Tropical Storm Alberto", "Super Typhoon Haiyan").
STORM_KINDS = frozenset("hurricane typhoon cyclone".split())
STORM_PREFIXES = frozenset(("tropical", "super"))
_STORM_FIRST = STORM_KINDS | STORM_PREFIXES | {"storm"}
NAME_PARTICLES = frozenset("de da del della der van von bin ibn al el la le du dos das di ben arap y".split())
_QUOTES_OPEN = {"\u201c", "\u2018", "«"}
_QUOTES_CLOSE = {"\u201d", "»"}


def quoted(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotation marks (curly or straight)."""
    inside: set[int] = set()
    depth, straight_open, singles = 0, False, 0
    for token in doc:
        text = token.text
        if text in _QUOTES_OPEN or (text == '"' and not straight_open):
            depth += 1
            straight_open = straight_open or text == '"'
            singles += text == "\u2018"
            continue
        if text in _QUOTES_CLOSE or (text == '"' and straight_open) or (text == "\u2019" and singles):
            depth = max(0, depth - 1)
            straight_open = False if text == '"' else straight_open
            singles -= text == "\u2019"  # "calls \u2018the Dreyfus affair\u2019 began": the mark an apostrophe also
            # is closes what a \u2018 opened (the apostrophe of "captain\u2019s" is part of its word)
            continue
        if depth:
            inside.add(token.i)
    return frozenset(inside)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def trimmed(ent: Span) -> Span:
    """The span without a trailing possessive ("Hwang Hee-Chan's" -> "Hwang Hee-Chan") or leading "the"."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while ent.label_ == "PERSON" and start > 0 and _starts_name(doc[start - 1], start, end):
        start -= 1  # "Junius" + "Ho": the model kept only the surname, which may be someone else's
    while ent.label_ == "PERSON" and end < len(doc):
        if _continues_name(doc[end]):
            end += 1  # "Daniel arap" + "Moi", "Wilson" + "Or": the model stopped short of the whole name
        elif doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha:
            end += 2  # "Wong Yeung" + "-tat"
        else:
            break
    while end > start and (ent.doc[end - 1].tag_ == "POS" or ent.doc[end - 1].text in ("'", "\u2019")):
        end -= 1
    if ent.label_ == "PERSON" and end - start > 2 and end < ent.end and _an_organisations_name(doc[end - 1]):
        end -= 1  # "Pixar CEO Steve Jobs Disney's largest single shareholder": Disney's, not his surname
    while ent.label_ == "PERSON" and end - start > 1 and doc[end - 1].lower_ in _WEEKDAYS:
        end -= 1  # "Tony Blair Thursday said ...": the day the model took into the name
    return Span(ent.doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent


def _an_organisations_name(token) -> bool:
    """True for a word the article names an organisation with, alone, after a surname it names a person with,
    alone (see `note_names`): "Steve Jobs Disney's" where "Disney" buys and "Jobs" heads Apple; not "R. Allen
    Stanford's", where "Allen" is never the man."""
    organisations, alone = token.doc.user_data.get(_ORGANISATIONS, ((), ()))
    return token.text in organisations and token.i > 0 and token.doc[token.i - 1].text in alone


def whole_entity(token) -> Span:
    """The named entity the token is part of, from its first word to its last ("South Korea" for "Korea")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _starts_name(token, start: int, end: int) -> bool:
    """A first name the model left out: a capitalised proper noun joined to the name, not a title or a role
    ("NASA Administrator Charles Bolden")."""
    from quizgen.people import is_role  # people builds on this module: imported when first needed

    return (
        token.is_title and token.pos_ == "PROPN" and token.dep_ == "compound" and start <= token.head.i < end
        and token.lower_ not in TITLES and not is_role(token.text, "NN") and token.ent_type_ in ("", "PERSON")
        and not month_after_preposition(token)
    )  # fmt: skip


def _continues_name(token) -> bool:
    """A next word of the name: a proper noun the model left out, or a surname it read as another word that the
    article names the person with alone ("Menachem" + "Begin", where "either Begin or Sadat" follows)."""
    if not token.is_title or token.is_sent_start or token.ent_type_ not in ("", "PERSON"):
        return False
    return token.tag_ in ("NNP", "CC") or token.text in token.doc.user_data.get(_ORGANISATIONS, ((), ()))[1]


def _cut_from_a_name(ent: Span) -> bool:
    """True when the span is part of a longer proper name ("Explorer" in "Internet Explorer")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ == "PERSON":
        return False
    joined = [t for t in (before, after) if t is not None and t.pos_ == "PROPN" and t.ent_type_ in ("", ent.label_)]
    return any(t.is_title for t in joined)


def ends_a_name(ent: Span) -> bool:
    """True for a figure that is the last word of a name ("Toy Story 2", "Apollo 11", "Windows 95"): a bare
    number the parse hangs on the capitalised word right before it, no month or weekday ("June 9")."""
    if ent.start == 0 or not ent.text.isdigit():
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ in _WEEKDAYS or before.lower_ in MONTH_NAMES or before.is_sent_start:
        return False
    return before.tag_ == "NNP" and before.is_title and ent.root.head.i == before.i and ent.root.dep_ == "nummod"


def good_person(ent: Span) -> bool:
    """A real person's name: capitalized words (or name particles), no digits, no thing-words."""
    # Hyphenated parts of a name ("Chung-tai") and particles ("arap") may be lower case.
    words = [t for t in ent if t.text not in ("-", ".") and not (t.i > 0 and t.doc[t.i - 1].text == "-")]
    if not words or any(ch.isdigit() for ch in ent.text) or ent.text.isupper():
        return False
    ent = trimmed(ent)
    if _cut_from_a_name(ent):
        return False
    words = [t for t in words if t.i < ent.end]
    alone = len(words) == 1 and (words[0].lower_ in _NOT_PEOPLE or words[0].lower_ in TITLES)  # "Inspector"
    if any(t.lower_ in _NOT_PEOPLE for t in words[1:]) or alone or words[-1].lower_ in _OFFICE_LAST:
        return False
    if words[0].lower_ in _PLACE_FIRST or words[0].lower_ in _STORM_FIRST:
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words)


def good_name(ent: Span, kind: str) -> bool:
    """Places and organisations: proper nouns, whole, and (for places) no digits."""
    if ent.root.tag_ not in ("NNP", "NNPS") or _cut_from_a_name(ent):
        return False
    if kind == "place" and (re.search(r"\d", ent.text) or ent.root.tag_ == "NNPS"):
        return False  # "Kazakhs" is a people; "IE9" is not a place
    return not (ent.text.isupper() and len(ent.text) <= 2) and not re.search(r"\d", ent.text)


def sentence_is_quoted(sent: Span, inside: frozenset[int]) -> bool:
    """True when the sentence is (mostly) a quotation: someone's words, not the article's statement."""
    words = [t for t in spans.tokens(sent) if not t.is_punct]
    return bool(words) and sum(t.i in inside for t in words) * 2 > len(words)


def span_is_quoted(span: Span, inside: frozenset[int]) -> bool:
    """True when the span sits inside quotation marks."""
    return any(t.i in inside for t in span)


_NAMES = "quizgen:names"  # Doc.user_data key: the words the article writes with a capital mid-sentence
_ORGANISATIONS = "quizgen:organisations"  # the one-word names it tags as organisations ("Disney"), and as people


def note_names(docs: list[Doc]) -> None:
    """Remember, on each paragraph's Doc, the words the article capitalises inside its sentences ("young
    Vermeer", "Mary Seacole"): names, wherever the model missed them, that a sentence's start must not
    lower-case. Headlines, written in capitals throughout, and openings of quotes say nothing."""
    names = frozenset(
        t.text
        for doc in docs
        for sent in doc.sents
        if not _headline(sent)
        for t in sent[1:]
        if t.is_title and not t.is_stop and not t.doc[t.i - 1].is_quote and t.doc[t.i - 1].text not in ":;(-"
    )
    organisations = frozenset(ent.text for doc in docs for ent in doc.ents if ent.label_ == "ORG" and len(ent) == 1)
    alone = frozenset(ent.text for doc in docs for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1)
    for doc in docs:
        doc.user_data[_NAMES] = names
        doc.user_data[_ORGANISATIONS] = organisations, alone


def _headline(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return sum(t.is_title for t in words) * 2 > len(words)


def written_as_name(token) -> bool:
    """True for a word the article capitalises mid-sentence too (see `note_names`)."""
    return token.text in token.doc.user_data.get(_NAMES, ())


@functools.lru_cache(maxsize=1024)
def country_code(name: str) -> str | None:
    """The two-letter code of the country pycountry knows by the name ("Japan": "JP"), else None (cached: every
    place of an article is looked up once per question)."""
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def is_country(name: str) -> bool:
    """True when pycountry knows the name as a country ("Japan", "China"; not "Zealand")."""
    return country_code(name) is not None
