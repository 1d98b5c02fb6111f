"""Sentences as questions show them: relative dates written absolute, a gap for cloze, standing alone."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span

from quizgen import clauses, dates, spans
from quizgen.asides import cleft_it
from quizgen.clauses import Substitutions
from quizgen.dates import PART_OF_DAY
from quizgen.nlp import TITLE_ABBREVIATIONS
from quizgen.wording import initials

_LEAD_CONJUNCTIONS = {"nor", "and", "or", "but", "so", "also"}
# Abbreviations of titles that come before a name: a sentence, or a question, cannot end on one.
_PERSONAL = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
_OTHER_PRONOUNS = {"it", "its", "they", "them", "their", "theirs", "this", "these", "those"}
_SPEAKER = {"i", "me", "my", "we", "us", "our", "you", "your"}  # someone's own words: not the article's voice


# The part of a month or year a date names: kept when the date is written out in full.
_PART_OF_PERIOD = re.compile(
    r"(?i)(?:at least|early|late|mid|the (?:end|start|beginning|middle) of|the (?:first|second|latter|last) "
    r"(?:half|quarter|week) of) |mid-"
)


# Prepositions of place, which the parse may hang a date on: "helped them come from behind Sunday" is "on Sunday".
_OF_PLACE = frozenset(
    "behind ahead beside near under across along beyond inside outside toward towards against".split()
)
# Days told from the day of writing, which a sentence uses as adverbs whatever the parse makes of them: "rose to
# nearly 3,500 today" (parsed as the noun "3,500" counts) is "rose to nearly 3,500 on August 18, 1999".
_DAYS_FROM_TODAY = frozenset(("today", "yesterday", "tomorrow"))
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")  # the verb's own subject: "Next year will mark ..." has none


def without_part_of_period(span: Span) -> Span:
    """The date of "the beginning of 1810", "late March 1846" without the words that pick the part of it: a
    gap for the date alone leaves "At the beginning of _____"."""
    qualifier = _PART_OF_PERIOD.match(span.text)
    if qualifier is None or qualifier.group(0).lower() == "at least ":
        return span
    start = next((t.i for t in span if t.idx - span.start_char >= qualifier.end()), span.end)
    return span.doc[start : span.end] if start < span.end else span


def date_replacement(span: Span, value: dates.NormalizedDate) -> str:
    """How a relative date is written absolute in running text: "last March" -> "in March 2022",
    "Saturday afternoon" -> "on the afternoon of October 11, 2008"."""
    written = value.render()
    qualifier = _PART_OF_PERIOD.match(span.text)
    if qualifier and (value.granularity != "day" or qualifier.group(0).lower() == "at least "):
        written = qualifier.group(0) + written  # "late March" -> "late March 1846", not all of March
    part = span[-1].lower_ if span[-1].lower_ in PART_OF_DAY and value.granularity == "day" else None
    if part is not None:
        written = f"the {part} of {written}"
    if span[-1].tag_ == "POS":
        return f"the {written}"
    previous = span.doc[span.start - 1] if span.start > 0 else None
    after_a_preposition = previous is not None and (previous.pos_ in ("ADP", "SCONJ") or previous.lower_ == "until")
    after_a_preposition = after_a_preposition and previous.dep_ != "prt"  # "results poured in late Monday"
    if previous is not None and previous.lower_ in _OF_PLACE:
        return ("on " if value.granularity == "day" else "in ") + written  # "come from behind Sunday": on Sunday
    verb = span.root.head
    its_subject = span.start == span.sent.start and not any(c.dep_ in _SUBJECTS for c in verb.children)
    adverbial = span.root.dep_ in ("npadvmod", "advmod", "tmod") or span.text.lower() in _DAYS_FROM_TODAY
    if adverbial and not after_a_preposition and not its_subject:
        perfect = any(c.lower_ in ("has", "have") and c.dep_ == "aux" for c in span.root.head.children)
        if perfect and span.text.lower() in ("today", "now", "this week", "this month", "this year"):
            return f"as of {written}"  # "has dropped to 56 percent today" -> "... as of March 8, 2011"
        return ("on " if value.granularity == "day" else "in ") + written
    return written if part is None or span.start == 0 or span.doc[span.start - 1].pos_ == "ADP" else f"on {written}"


def cloze_parts(
    sent: Span, span: Span, answer: str, subs: Substitutions, cut: Collection[int] = ()
) -> tuple[str, str, str] | None:
    """The sentence split around the span: (before, answer, after), relative dates made absolute, the
    tokens in `cut` (asides that hold other facts) left out."""
    marked = dict(subs)
    if span.start in subs and span.label_ == "PERSON":
        end, written = subs[span.start]  # "Samuel's father" -> "_____'s father": Samuel Finley Breese Morse
        marked[span.start] = (max(span.end, end), f"\x00{written}\x01")
    elif span.start in subs:
        end, written = subs[span.start]  # "last year's" -> "the 2020": the "'s" goes with it
        marked[span.start] = (max(span.end, end), written.replace(answer, f"\x00{answer}\x01", 1))
    else:
        marked[span.start] = (span.end, f"\x00{answer}\x01")
    text = clauses.render([t for t in spans.tokens(sent) if t.i not in cut], marked)
    if "\x00" not in text or "\x01" not in text:
        return None
    if text.endswith(":"):
        text = text[:-1] + "."  # "..., proclaiming himself Emperor:" introduced a quotation left out here
    text = re.sub(r"(\b\w\.)\s*\.$", r"\1", text)  # "at 3:32 a.m." ends it once ", followed by ..." is cut
    before, rest = text.split("\x00", 1)
    middle, after = rest.split("\x01", 1)
    if not after.strip() and re.search(r"\b[IVXL]+\.$", middle):
        middle, after = middle[:-1], "."  # "... despairing of support, _____" ends the sentence: "Suleyman I", and "."
    return before, middle, after


def _points_to_subject(token, sent: Span, cut: Collection[int] = ()) -> bool:
    """ "Endeavour ... following its retirement", "Challenger was lost when it exploded": the sentence's own
    subject, named before the pronoun, is what it points to (but not from inside that subject's apposition:
    "Mozilla Firefox, its main rival" points elsewhere)."""
    root = sent.root.i
    subjects = [t for t in spans.tokens(sent) if t.dep_ in clauses.SUBJECT_DEPS and t.head.i == root and t.i not in cut]
    if not (subjects and subjects[0].i < token.i and not _bare_pronoun(subjects[0])):
        governing = _governing_subject(token, cut)  # "... one of the trains sped up at a signal where it stopped"
        subjects = [governing] if governing is not None else subjects
    if not subjects or subjects[0].i >= token.i or _bare_pronoun(subjects[0]):
        return False
    if token.lower_ == "it" and token.dep_ not in clauses.SUBJECT_DEPS:
        return False  # "Microsoft has replaced it": the object is something else
    if token.lower_ == "their" and subjects[0].tag_ not in ("NNS", "NNPS"):
        return False
    subject = subjects[0]
    return not any(a.dep_ == "appos" and a.left_edge.i <= token.i <= a.right_edge.i for a in subject.children)


def _governing_subject(token, cut: Collection[int]):
    """The subject of the nearest clause above the pronoun's own, named before it, or None."""
    verb = token.head
    for above in verb.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue
        found = [c for c in above.children if c.dep_ in clauses.SUBJECT_DEPS and c.i < token.i and c.i not in cut]
        if found:
            return None if _bare_pronoun(found[0]) else found[0]
    return None


def _bare_pronoun(subject) -> bool:
    """A pronoun subject, but not "one of the trains", which names what it is."""
    one_of = subject.lower_ == "one" and any(c.lower_ == "of" for c in subject.children)
    return clauses.is_pronoun(subject) and not one_of


def _antecedent_before(token, sent: Span, known: Collection[str] = (), cut: Collection[int] = ()) -> bool:
    """True when a pronoun has something to point to earlier in its own sentence.

    "It" and "them" are not trusted at all: in news they point back to the previous sentence more often
    than not ("Microsoft has replaced it"). "They" and "their" need a plural noun before them.
    """
    earlier = [t for t in spans.tokens(sent)[: token.i - sent.start] if t.i not in cut]  # what the cloze still shows
    lowered = token.lower_
    if lowered in _PERSONAL:  # a name the model tagged, or one the article names a person by elsewhere
        return any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text in known) or _owner_named(t, known)
            for t in earlier
        )
    if lowered in ("it", "its", "their") and _points_to_subject(token, sent, cut):
        return True
    if lowered == "its" and len(earlier) > 1 and earlier[-1].tag_ == "IN" and earlier[-2].tag_ in ("NN", "NNP"):
        return earlier[-2].ent_type_ != "PERSON"  # "to win the prize since its inception": the thing just named
    if lowered == "it" and _object_of_the_verb_before(token, cut):
        return True
    if lowered in ("it", "its", "them"):
        return False
    if lowered in ("they", "their", "theirs"):
        # Not the noun its own relative clause tells of: in "the pictures they saw", "they" saw the pictures.
        described = token.head.head.i if token.head.dep_ == "relcl" else None
        # Nor what an opening phrase of its own verb tells of: "After a few delays for bad weather, they were
        # sighted", "In April 2008 elections, they won": the Armada, the Maoists of the sentence before.
        framing = {t.i for t in earlier if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == token.head.i}
        return any(
            (t.tag_ in ("NNS", "NNPS") and t.i != described and t.i not in framing) or t.lower_ == "and"
            for t in earlier
        )
    return any(t.pos_ in ("NOUN", "PROPN") for t in earlier)


def _owner_named(token, known: Collection[str]) -> bool:
    """True for the name of one of the article's people owning something, whatever the tagger took it for:
    "Linnaeus's expedition ... led to him describing" (the small model reads "Linnaeus" as a common noun)."""
    return token.dep_ == "poss" and token.is_title and token.text in known


def _object_of_the_verb_before(token, cut: Collection[int]) -> bool:
    """True for the "it" of "tied a metal key to a kite and flew it": the object of a verb joined to one whose
    own object names a thing just before."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    return any(
        t.dep_ in ("dobj", "pobj") and t.tag_ in ("NN", "NNP") and t.ent_type_ != "PERSON" and t.i not in cut
        for t in verb.head.subtree
        if t.i < verb.i
    )


# First words that lean on the sentence before ("Other pro-Beijing elected were ...").
CONTEXT_OPENERS = frozenset({"other", "another", "similar", "such", "both", "likewise", "similarly"})
# Class nouns that, as "a ..." subject, hide what the sentence is about.
_CLASS_NOUNS = frozenset("country nation man woman person city company group state town firm volcano".split())


def _generic_subject(sent: Span) -> bool:
    """True for "A country that has ...", or a count with nothing counted: "The three came to Texas" (which
    three, the sentences before said)."""
    subjects = [t for t in sent.root.children if t.dep_ in clauses.SUBJECT_DEPS]
    counted = any(
        s.pos_ == "NUM" and s.ent_type_ != "DATE" and all(c.dep_ == "det" for c in s.children) and s.n_lefts
        for s in subjects
    )
    return counted or any(
        s.lower_ in _CLASS_NOUNS and any(c.lower_ in ("a", "an") for c in s.children) for s in subjects
    )


# Verbs that report what someone said: the sentence is about what they report.
REPORTING_VERBS = frozenset(
    "say tell add state claim write ask reply note explain announce declare insist warn report".split()
)
# What a definite subject may be without naming anything: there is only one of each.
_UNIQUE = frozenset("world sun moon earth internet public".split())
# Labels that name a thing: a subject holding one says which it is ("Cisco shares", "the Kenyan government").
_NAMING_LABELS = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE".split())


def unnamed_subject(subject, written: Collection[int] = ()) -> bool:
    """True for a subject that refers back to something the article named before and names nothing itself:
    "The jump was the biggest one-day increase ...", "Sales rose 5 percent", "Analysts had predicted ...",
    "The storm killed ...". Lifted out of its paragraph, such a sentence does not say what it is about.

    Indefinite and counted subjects ("A magnitude 6.6 aftershock", "Nearly 30,000 people") introduce
    something new, and pronouns are `unresolved`'s business; `written` are the indices of words the article's
    names are written over ("the company" -> "Cisco")."""
    if subject.pos_ != "NOUN" or subject.lower_ in _UNIQUE or clauses.is_pronoun(subject):
        return False
    asides = [
        c
        for c in subject.children
        if (c.dep_ in ("appos", "advcl", "parataxis") and c.pos_ != "PROPN")
        or (c.dep_ == "acl" and c.lemma_ in ("base", "locate", "headquarter") and c.doc[c.left_edge.i - 1].text == ",")
    ]  # "The group, based in western Denmark,": where it is, not which it is
    aside_words = {t.i for a in asides for t in a.subtree}  # "The outbreak, the seventh in Zaire,": not its name
    words = [t for t in subject.subtree if t.i not in aside_words]
    if any(t.i in written or t.lower_ in _PERSONAL or t.lower_ in _OTHER_PRONOUNS for t in words):
        return False  # written with its name, or a pronoun's ("the name of his mother"): resolved elsewhere
    determiners = [c for c in subject.children if c.dep_ in ("det", "predet", "nummod", "quantmod")]
    owners = [c for c in subject.children if c.dep_ == "poss"]  # "The women's race": as definite as "the race"
    if not determiners and owners and all(o.pos_ == "NOUN" for o in owners):
        determiners = [o for owner in owners for o in owner.children if o.dep_ == "det"] or owners
    if not determiners:
        described = any(
            c.dep_ in ("amod", "relcl", "acl") or (c.dep_ == "prep" and c.right_edge.lower_ != "average")
            for c in subject.children
        )  # "Analysts on average had predicted ...": the same analysts
        if subject.tag_ != "NNS" or described:
            return False  # "Radiation is continuing to leak ...", "Severe storms with heavy rains swept ...": new
    elif not all(d.lower_ in ("the", "this", "that", "these", "those") for d in determiners):
        return False  # "A magnitude 6.6 aftershock", "Nearly 30,000 people": something new
    return not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMING_LABELS or t.like_num for t in words)


def main_subjects(sent: Span) -> list:
    """The subjects of what the sentence reports: of its main verb, or of the words reported ("Voters in
    Kazakhstan approved ..., the commission said": the voters). Usually one; a misparse may give two
    ("The last place in Europe to hold out ..., the castle was not surrendered"). Found once per sentence."""
    return spans.once_per_span(sent, "main_subjects", _find_main_subjects)


def _find_main_subjects(sent: Span) -> list:
    verb = sent.root
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    if reported and verb.lemma_ in REPORTING_VERBS:
        verb = reported[0]
    return [c for c in verb.children if c.dep_ in clauses.SUBJECT_DEPS]


def sentence_subject(
    sent: Span,
    last_person: dict[str, tuple[str, str]],
    quoted: frozenset[int],
    last_thing: str | None = None,
    known: Collection[str] = (),
) -> tuple[bool, Substitutions]:
    """Whether a sentence can stand alone as a cloze, and the name to write for its first "he", "him",
    "his", "she" or "her". `last_person` holds, for "he" and for "she", the paragraph's last person named who
    may be called so: (the name in full, for a subject; the name as the article last wrote it, for "him" and
    "his": "to pay Norton homage at his funeral"). An opening "Its" and "It" are the named thing the sentence
    before was about (`last_thing`): "Its goal is ..." after "Microsoft has launched a campaign ..." is
    "Microsoft's goal is ...".

    Pronouns elsewhere in it are `unresolved`'s business: they may sit in an aside the cloze can cut. `known`
    are the words of the article's people's names ("Amundsen", even where the model missed it).
    """
    first = sent[0]
    text = spans.text(sent)
    if "[" in text or "]" in text or first.lower_ in _LEAD_CONJUNCTIONS or first.i in quoted:
        return False, {}
    if not text.rstrip().endswith((".", "!", "?", "\u201d", '"', ")", ":")):
        return False, {}  # cut short by a bad sentence split ("... and James" of "James To.")
    if text.rstrip().endswith(")") and sent.end < len(sent.doc) and not re.search(r"[.!?]\)$", text.rstrip()):
        return False, {}  # "... Commission (IEBC)" of "... (IEBC) Isaack Hassan announced.": the split took the
        # closing bracket for the end
    if sent[-1].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
        return False, {}  # "... according to Sgt." : the split took the abbreviation's full stop for the end
    root = sent.root
    finite = root.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in root.children)
    if root.pos_ not in ("VERB", "AUX") or not finite:
        return False, {}  # a fragment ("The nose cap assembly ... for X at Y"): no statement to complete
    if first.is_punct or any(
        (t.lower_ in _SPEAKER and t.pos_ == "PRON") or t.lower_ in ("our", "my", "your") for t in spans.tokens(sent)
    ):
        return False, {}  # a quotation, a signature line ("— NORTON I"), or someone speaking
    if text.count("\u201c") != text.count("\u201d") or text.count('"') % 2:
        return False, {}  # one end of a quotation that spans sentences
    if first.lower_ in CONTEXT_OPENERS or (first.lower_ == "the" and sent[1].lower_ in ("other", "same")):
        return False, {}  # "The other two elected were ...": other than whom, the previous sentence says
    if first.lower_ in ("a", "an") and sent[1].lower_ in ("additional", "further"):
        return False, {}  # "An additional 52 were injured": in addition to what the sentence before said
    if any(t.lower_ in ("additional", "further") and t.dep_ == "amod" for s in main_subjects(sent) for t in s.subtree):
        return False, {}  # "Scores of additional residences were threatened": besides which?
    if _generic_subject(sent):
        return False, {}  # "A country that has the longest border with Russia just took ...": which one?
    if first.lower_ == "its" and first.tag_ == "PRP$" and last_thing:
        return True, {first.i: (first.i + 1, f"{last_thing}'s")}
    names: Substitutions = {}
    if continues_with_it(first) and last_thing and not _named_again(sent, last_thing):
        names[first.i] = (first.i + 1, last_thing)  # "It began on 2nd September": the Great Fire did
    leading_pronoun = clauses.is_pronoun(first) and first.lower_ not in ("he", "she")
    if leading_pronoun and first.dep_ in (*clauses.SUBJECT_DEPS, "poss", "det") and not names:
        return False, {}  # "That began to change ...": what "that" is, the sentence does not say
    if _subject_lost(sent):
        return True, names  # "At the age of three Louis injured his left eye": "his" is no one but Louis
    ahead = _named_subject_ahead(sent, known)
    if ahead is None:  # "With most of her other children out on their own, his mother took her son to ...": hers
        ahead = next((s.left_edge.i for s in main_subjects(sent) if s.i > sent.start and s.lemma_ in RELATIONS), None)
    owner_named = False
    for token in spans.tokens(sent):
        if ahead is not None and token.i < ahead and token.lower_ in ("his", "her"):
            break  # "Following his father's death in 1652, Vermeer took over ...": his own father's
        owner_named = owner_named or _owner_named(token, known)
        if owner_named and token.lower_ in ("him", "his", "her") and token.dep_ not in clauses.SUBJECT_DEPS:
            break  # "Linnaeus's expedition ... led to him describing": him is Linnaeus, whoever the last was
        named_subject = token.pos_ == "PROPN" and token.text in known and token.dep_ in clauses.SUBJECT_DEPS
        named_subject = named_subject or (token.dep_ in clauses.SUBJECT_DEPS and token.lower_ in _SOMEONE_BY_OFFICE)
        # "The embattled Conservative leader announced she will leave": she is the leader, whoever the last was
        if token.ent_type_ == "PERSON" or token.i in quoted or named_subject:
            break  # a name before any "he": the pronoun may point to it, not to the paragraph's last person
        slot = "she" if token.lower_ in ("she", "her") else "he"
        if token.lower_ in ("his", "her") and (later := _pronoun_subject_after(sent, token, slot)) is not None:
            token = later  # "hoping to escape his creditors, he stowed away": "..., Balboa stowed away"
        if slot in last_person and (written := _as_name(token, *last_person[slot])) is not None:
            names[token.i] = (token.i + 1, written)
            break  # a later "he" or "his" reads as the name just written
    return True, names


def _pronoun_subject_after(sent: Span, token, slot: str):
    """The sentence's own "he" (or "she", by `slot`) after the token, or None."""
    return next((s for s in main_subjects(sent) if s.lower_ == slot and s.i > token.i), None)


# Nouns for one person by kin: "the wife" (whose?) is no role to ask about, and "his mother" after "her other
# children" is whom the "her" is about.
RELATIONS = frozenset(
    """wife husband son daughter mother father sister brother child widow widower partner friend niece nephew
    uncle aunt cousin grandson granddaughter grandfather grandmother parent fiancee fiance stepson stepdaughter
    stepfather stepmother stepbrother stepsister half-brother half-sister brother-in-law sister-in-law son-in-law
    daughter-in-law father-in-law mother-in-law great-grandson great-granddaughter great-grandfather
    great-grandmother""".split()
)
# Nouns for one person by what they are: a "she" after such a subject is that person.
_SOMEONE_BY_OFFICE = frozenset(
    """leader president minister premier chancellor king queen senator governor mayor captain coach chairman
    chairwoman spokesman spokeswoman chief founder emperor empress prince princess officer""".split()
)


def _named_subject_ahead(sent: Span, known: Collection[str]) -> int | None:
    """Where the main verb's subject starts when it is a person's name (the model's, or a word of a name the
    article gives) and something comes before it: a "his" up there is that person's. Worked out once per
    sentence (`known`, the article's name words, is the same for all of its sentences)."""
    return spans.once_per_span(sent, "named_subject_ahead", lambda s: _subject_name_start(s, known))


def _subject_name_start(sent: Span, known: Collection[str]) -> int | None:
    for subject in main_subjects(sent):
        untagged = subject.pos_ == "PROPN" and subject.is_title and subject.ent_type_ == ""
        if subject.i > sent.start and (subject.ent_type_ == "PERSON" or subject.text in known or untagged):
            return subject.left_edge.i
    return None


def _subject_lost(sent: Span) -> bool:
    """True for a main verb with no subject after a name: "At the age of three Louis injured ..." (the parse
    took "three Louis" for the age). Not "Thus commenced his reign", whose subject comes after the verb."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in root.children):
        return False
    return any(t.pos_ == "PROPN" for t in sent.doc[sent.start : root.i])


def _named_again(sent: Span, thing: str) -> bool:
    """True when the sentence names the thing itself after its opening "It", by name or initials: "It was the
    longest of the four sentences the ICC has handed down" is not about the International Criminal Court."""
    rest = sent[1:].text
    names = [re.escape(thing.removeprefix("the ").removeprefix("The ")), initials(thing)]
    return any(name and re.search(rf"\b{name}\b(?!['\u2019]s)", rest) for name in names)  # not "turning around
    # Renault's performance", which an "It" that is Renault may well say


def continues_with_it(token) -> bool:
    """True for an opening "It" that is the subject of its verb and stands for a thing ("It began on 2nd
    September"), not the "it" of "It is thought that ...", "It was announced that ...", "It is clear ..."."""
    if token.lower_ != "it" or token.i != token.sent.start or token.dep_ not in clauses.SUBJECT_DEPS:
        return False
    verb = token.head
    clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj", "csubjpass") for c in verb.children)
    described = verb.lemma_ in ("be", "seem", "appear") and any(c.dep_ == "acomp" for c in verb.children)
    if _TIME_SINCE.match(token.sent.text):
        return False  # "It is two days since the volcano exploded": the time gone by, not a thing
    return not clausal and not described and verb.lemma_ not in ("rain", "snow", "take")


_TIME_SINCE = re.compile(
    r"It (?:is|was|has been|had been|will be) [^,]{0,30}?\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
    r"years?|decades?|centuries)\b (?:since|ago|before|after|until)\b"
)


def _as_name(token, person: str, written: str) -> str | None:
    """The person's name in the pronoun's place: "he" as subject -> "Emperor Joshua Abraham Norton",
    "him" -> "Norton", "his funeral" -> "Norton's funeral"; None for any other word."""
    lowered = token.lower_
    if lowered in ("he", "she"):
        return person if token.dep_ in clauses.SUBJECT_DEPS else None
    possessive = token.tag_ == "PRP$" or token.dep_ == "poss"  # "spent her later years", whatever the tag says
    if lowered == "him" or (lowered == "her" and not possessive):
        return written
    if lowered in ("his", "her") and possessive:
        return f"{written}\u2019s" if "\u2019" in token.doc.text else f"{written}'s"
    return None


# Things an article introduces once and then calls "the ...": lifted out, the sentence does not say which.
# Some are vague wherever they stand ("the referendum"); the others when they open the sentence ("The news
# comes as ...", "At the ceremony, ..."), since later in a sentence that names them they often repeat it.
VAGUE_ANYWHERE = frozenset(
    """country president government minister referendum election vote announcement decree plant company firm
    trial court party agency ministry operator landslide mudslide aftershock parents couple protests region
    deaths attack attacks incident incidents shooting shootings suspect victim victims gunman attacker killings
    violence agencies cities war fleet rebellion nation case bill convictions results virus island ship disaster
    monument prison offer species runoff plan scheme proposal agreement men women treaty clause group band
    items province colony publication culprit project phrase""".split()
)
# Places an article names once and then calls "the city": vague where the sentence names no place at all
# ("killed in the sack of the city", "bodies were found at the school"), not in "captured Baghdad and the city".
VAGUE_UNPLACED = frozenset("city capital school tomb".split())  # ("the nation", "the country": vague anywhere)
VAGUE_OPENING = frozenset(
    """award prize news ceremony event meeting summit conference protest protests crisis attack incident deal
    report study announcement move decision opening race strike crash eruption outbreak rescue airline automaker
    carmaker""".split()
)
VAGUE_NOUNS = VAGUE_ANYWHERE | VAGUE_OPENING | VAGUE_UNPLACED
# Offices held by one person at a time: "the king's death" says whose only where the article named him.
_BARE_TITLES = frozenset(
    "king queen emperor empress pope prince princess sultan tsar czar shah pharaoh bishop archbishop governor mayor "
    "prefect chancellor premier".split()
)


def _unnamed(token, written: Substitutions) -> bool:
    """ "the ceremony", "the king" with nothing naming it, and not written with its name (`written`: the
    substitutions)."""
    if (token.lower_ not in VAGUE_NOUNS and token.lower_ not in _BARE_TITLES) or token.pos_ != "NOUN":
        return False
    dets = [c for c in token.lefts if c.dep_ == "det" and c.lower_ == "the" and c.i == token.i - 1]
    if not dets or dets[0].i in written:
        return False  # "the new government" says a little more; "the" + noun alone says nothing
    named = _has_name(token) or any(c.dep_ == "nummod" for c in token.lefts)  # "the 2004 prize" too
    named = named or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == token.i + 1 for c in token.rights)
    if named or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in ('"', "\u201c", "'", "\u2018"):
        return False  # 'the phrase "Doctor Livingstone, I presume?"': the quotation says which
    after = token.doc[token.i + 1 : token.i + 6]
    if len(after) > 2 and after[0].lower_ == "to" and after[1].pos_ == "VERB" and any(t.pos_ == "PROPN" for t in after):
        return False  # "joined the project to build the International Space Station": said what it is (not "left
        # the group to pursue solo careers")
    if token.lower_ in ("nation", "country") and any(
        t.ent_type_ == "GPE" for t in token.doc[token.sent.start : token.i]
    ):
        return False  # "politics in Kazakhstan ... vying for the nation's vast resources"
    if token.lower_ in VAGUE_UNPLACED and (
        any(t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "EVENT") for t in token.sent)
        or any(re.search(r" of [A-Z]", text) for _, text in written.values())
    ):
        return False  # "Hulegu's army besieged Baghdad and captured the city", "It" -> "The Great Fire of London"
    # "... to win the Peace prize, and the 12th woman to win the prize": named earlier in the same sentence
    return not any(t.lower_ == token.lower_ and t.i < token.i and _has_name(t) for t in token.sent)


def _has_name(noun) -> bool:
    """ "the Peace prize", "Norton's funeral": a noun with a name among the words before it."""
    return any(c.dep_ in ("compound", "poss") or c.pos_ == "PROPN" or c.ent_type_ for c in noun.lefts)


def _may_point_elsewhere(token) -> bool:
    """A pronoun, or a vague noun ("the ceremony"): the only words `unresolved` has to look at."""
    lowered = token.lower_
    return (
        ((lowered in VAGUE_NOUNS or lowered in _BARE_TITLES) and token.pos_ == "NOUN")
        or lowered in _PERSONAL
        or (lowered in _OTHER_PRONOUNS and token.pos_ in ("PRON", "DET"))
        or (lowered == "that" and token.dep_ == "det" and _after_preposition(token))  # "survivors of that fire"
        or (lowered == "that" and token.dep_ == "det" and token.head.i == token.i + 1 and token.head.dep_ == "dobj")
        # "brings that number back to 4.9 sigma": which number, the sentence before said
        or (lowered == "there" and token.dep_ != "expl")  # "evacuation centers there": where?
        or (lowered == "here" and token.pos_ == "ADV")  # "Here Copernicus learned to make observations": where?
    )


def _after_preposition(token) -> bool:
    """ "of that fire": a demonstrative after a preposition ("reported that turnout ..." is no demonstrative,
    whatever the parse says)."""
    return token.i > 0 and token.doc[token.i - 1].pos_ == "ADP" and token.head.tag_ in ("NN", "NNP")


def _pointing_words(sent: Span) -> tuple:
    """The sentence's pronouns and vague nouns, in order (kept on the Doc: each gap of the sentence, and
    each cut tried for it, asks again)."""
    return spans.once_per_span(sent, "pointing", lambda s: tuple(filter(_may_point_elsewhere, spans.tokens(s))))


def unresolved(sent: Span, names: Substitutions, cut: Collection[int] = (), known: Collection[str] = ()) -> int | None:
    """The index of the first pronoun left pointing nowhere once `names` are written in and `cut` is left
    out ("in this constituency": which one, the sentence alone does not say), or None. `known` are the
    words of the article's people's names ("Norton", even where the model took it for an organisation)."""
    for token in _pointing_words(sent):  # no other word can point nowhere
        lowered = token.lower_
        if token.i in cut or token.i in names:
            continue
        if _unnamed(token, names):
            return token.i  # "At the ceremony, ...": which ceremony, the sentence before said
        if lowered == "that" and token.ent_type_ != "DATE":
            return token.i  # "to aid survivors of that fire": which fire, the sentence before said
        if lowered in ("there", "here"):
            if any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.i < token.i and t.i not in cut for t in sent):
                continue  # "moved to Paris and lived there": the place just named
            return token.i  # "thousands traveled there": where, the sentence before said
        if cleft_it(token):
            continue  # "it was on June 15, 1752, that Ben Franklin tied": the "it" stands for nothing
        if lowered in _PERSONAL or (lowered in _OTHER_PRONOUNS and token.pos_ in ("PRON", "DET")):
            if token.tag_ == "DT" and token.dep_ == "det" and lowered in ("this", "these", "those"):
                if token.ent_type_ == "DATE":
                    continue  # "this year" is written out as an absolute date
                return token.i
            named_before = lowered in _PERSONAL and any(i < token.i and i not in cut for i in names)  # not if cut
            if lowered in ("his", "her") and _named_subject_ahead(sent, known) is not None:
                continue  # "Following his father's death in 1652, Vermeer took over ...": Vermeer's father
            if lowered in ("his", "her") and any(s.i in names and s.i > token.i for s in main_subjects(sent)):
                continue  # "In his four campaigns, he fought" written "..., Admiral Yi fought": the same
            if not named_before and not _antecedent_before(token, sent, known, cut):
                return token.i
    return None
