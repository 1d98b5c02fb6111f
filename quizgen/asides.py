"""Asides: the parts of a sentence that can be cut and still leave a true, whole sentence.

This is the sentence simplification of rule-based question generation (Heilman & Smith 2010): a phrase
set off by commas, dashes or brackets (an apposition, a non-restrictive relative clause), a leading
"In 2002," or "Writing to seven newspapers,", a trailing ", killing all seven astronauts", and a date
adjunct ("on September 4, 2016"). A cloze cuts the asides that hold *other* facts, so one sentence can
give several questions without each printing the other's answer.

Only cuts that keep the statement true are made: "Until 2022, X" or "If Y, X" is never cut to "X".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgen import spans
from quizgen.dates import MONTH_NAMES

# (opening, closing) delimiters of an aside in the middle of a sentence.
_PAIRS = {",": ",", "\u2014": "\u2014", "\u2013": "\u2013", "--": "--", "(": ")"}
_MIDDLE_DEPS = {"appos", "relcl", "advcl", "acl", "prep", "npadvmod", "parataxis"}
_LEADING_DEPS = {"prep", "advcl", "npadvmod", "advmod"}
_TRAILING_DEPS = {"advcl", "acl", "appos", "relcl", "npadvmod", "prep"}
# Closing phrases that limit what the rest claims: never cut ("..., except in Hong Kong").
_LIMITING_PREPS = {"except", "without", "but", "barring", "excluding", "until", "till", "unlike"}
# Leading phrases whose loss keeps the rest true ("After the protests, X" -> "X"; not "Until 2022, X").
_LEADING_PREPS = {"in", "on", "at", "during", "after", "following", "since", "for", "as", "from", "amid", "despite"}
_CONDITIONS = {"if", "unless", "until", "till", "lest", "whether", "once", "before"}
_DATE_PREPS = {"in", "on", "at", "during"}
_FINAL = {".", "!", "?"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_DATE_ADJUNCT_DEPS = {"prep", "npadvmod", "tmod", "advmod"}
# The relations an aside's head can have: a word with any other one opens no aside of any kind.
_ASIDE_DEPS = _DATE_ADJUNCT_DEPS | _MIDDLE_DEPS | _LEADING_DEPS | _TRAILING_DEPS
Range = tuple[int, int]  # token indices [start, end)


def asides(sent: Span) -> list[Range]:
    """Every token range of `sent` that can be cut, with the punctuation that sets it off (kept on the Doc:
    each fact of the sentence asks again)."""
    return spans.once_per_span(sent, "asides", _find_asides)


def _find_asides(sent: Span) -> list[Range]:
    found: set[Range] = set()
    if not any(c.dep_ in SUBJECTS for c in sent.root.children):
        return []  # the parse found no subject: too unsure of the sentence's shape to cut it
    several_dates = sum(e.label_ == "DATE" for e in spans.ents(sent)) > 1
    for token in spans.tokens(sent):
        if token.dep_ not in _ASIDE_DEPS or token.i == sent.root.i or _inside_entity(token):
            continue
        if token.dep_ == "appos" and _year_after_a_comma(token):
            continue  # "until New Year's Day, 1880,": the year completes the day, it is no aside
        # With two dates, each scopes its own part ("70 percent in 2009; 56 percent on March 8, 2011").
        cuts = (_delimited, _leading, _trailing) if several_dates else (_date_adjunct, _delimited, _leading, _trailing)
        for cut in cuts:
            if (span := cut(token, sent)) is not None and _leaves_a_sentence(span, sent):
                found.add(span)
    found.update(_clauses_apart(sent))
    return sorted(span for span in found if not _splits_an_entity(span, sent))


def _year_after_a_comma(token) -> bool:
    """ "New Year's Day, 1880": a year set after a day by a comma, which completes the date."""
    return len(token.text) == 4 and token.text.isdigit() and token.i > 0 and token.nbor(-1).text == ","


def _splits_an_entity(span: Range, sent: Span) -> bool:
    """True for a cut that takes part of a name or date and leaves the rest ("died on or about 30 [June 1861]")."""
    start, end = span
    return any(start < e.end and e.start < end and not (start <= e.start and e.end <= end) for e in spans.ents(sent))


def _clauses_apart(sent: Span) -> list[Range]:
    """ "Sweden defeated South Korea 1 – 0; Belgium defeated Panama 3 – 0.": clauses joined by semicolons are
    each a statement of their own; each can be cut, whichever the parse made the main one."""
    return spans.once_per_span(sent, "clauses", _find_clauses)


def _find_clauses(sent: Span) -> list[Range]:
    if ";" not in spans.text(sent):
        return []
    end = sent.end - 1 if sent[-1].text in _FINAL else sent.end
    marks = [t.i for t in spans.tokens(sent) if t.text == ";" and sent.start < t.i < end - 1]  # between two clauses
    if not marks:
        return []
    starts = [sent.start, *(m + 1 for m in marks)]
    stops = [*marks, end]
    if not all(_has_subject_and_verb(sent.doc[a:b]) for a, b in zip(starts, stops, strict=True)):
        return []

    def after(mark: int) -> int:  # the ";" and the "and" that opens the next clause
        return mark + 2 if mark + 2 < end and sent.doc[mark + 1].dep_ == "cc" else mark + 1

    ranges = [(sent.start, after(marks[0]))]
    ranges += [(marks[k - 1], after(marks[k])) for k in range(1, len(marks))]
    return [*ranges, (marks[-1], end)]


def _has_subject_and_verb(part: Span) -> bool:
    return any(t.dep_ in SUBJECTS for t in part) and any(t.pos_ in ("VERB", "AUX") for t in part)


def _leaves_a_sentence(span: Range, sent: Span) -> bool:
    """The cut keeps the verb and its subject, and an opening cut leaves the sentence starting at its subject
    (not at "day five of ...", a part the parse hung elsewhere)."""
    root = sent.root
    core = [root, *(c for c in root.children if c.dep_ in (*SUBJECTS, "expl", "aux", "auxpass"))]
    if any(span[0] <= t.i < span[1] for t in core):
        return False
    if span[0] != sent.start or span[1] >= sent.end:
        return True
    following = sent.doc[span[1]]
    return any(following.i == t.i or following.i == t.left_edge.i for t in core)


def cuts_for(sent: Span, keep: Span, others: list[Span], context: list[Span] = ()) -> set[int]:
    """Token indices to leave out of the sentence when `keep` is the gap: the asides that hold another
    fact (one of `others`) and neither `keep` nor a name or place that makes the sentence specific."""
    cut: set[int] = set()
    same: dict[frozenset[int], list[Range]] = {}  # the asides to cut, by the words they hold
    clauses = set(_clauses_apart(sent))  # a clause of its own is never the context of another
    for start, end in asides(sent):
        if _overlaps((start, end), keep):
            continue
        if (start, end) in clauses:  # another statement: cut if it names anything, a place or a person too
            if any(_overlaps((start, end), o) for o in (*others, *context)):
                cut.update(range(start, end))
            continue
        if not any(_overlaps((start, end), o) for o in others) or any(_overlaps((start, end), c) for c in context):
            continue
        if keep.label_ in _COUNT_LABELS and _only_a_date(sent.doc[start:end]):
            continue  # "In 2017, China recorded _____ deaths from malaria": the year is the count's, not another fact
        if _only_a_date(sent.doc[start:end]) and _SAME_PERIOD.search(sent.doc[end : sent.end].text):
            continue  # "In 1959, she joined ... and performed ninety jumps in the same year": which year, the cut
            # would leave unsaid
        same.setdefault(frozenset(i for i in range(start, end) if not sent.doc[i].is_punct), []).append((start, end))
    for words, ranges in same.items():
        both = set().union(*(range(start, end) for start, end in ranges))
        first = min(words, default=0)
        closing = {i for i in both if sent.doc[i].text == "," and _closes_an_aside(sent, i, first, _APPOSITIONS)}
        one = [r for r in ranges if both - set(range(*r)) <= closing]
        cut.update(range(*one[0]) if one else both)  # "his first fort, Torna, in 1645, marking": "in 1645," and
        # ", in 1645" hold the same words; the one that keeps the comma closing "Torna" (not "Djokovic, on Sunday,
        # July 10, won", where both commas go)
    return cut


_COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
# Words that point back to a date told before them in the sentence.
_SAME_PERIOD = re.compile(r"(?i)\b(?:the same|that) (?:year|month|week|day|morning|evening|night)\b")


def _only_a_date(phrase: Span) -> bool:
    """True for a phrase that is a date and its preposition and punctuation: "In 2017,", "on March 4, 2011"."""
    words = [t for t in phrase if not t.is_punct]
    dated = [t for t in words if t.ent_type_ == "DATE"]
    named = any(re.fullmatch(r"(?:1\d{3}|20\d{2})s?", t.text) or t.lower_ in MONTH_NAMES for t in dated)  # not "73"
    return named and len(words) - len(dated) <= 1


def comma_left_alone(sent: Span, cut: set[int]) -> set[int]:
    """The comma before the main verb that, once an aside inside the subject is cut, opens nothing and closes
    nothing: it would stand between the subject and its verb ("Phelps, 23, of Baltimore, won" -> "Phelps of
    Baltimore won", not "Phelps of Baltimore, won")."""
    root = sent.root
    verb = min([c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i] + [root], key=lambda t: t.i)
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    kept = [i for i in range(sent.start, verb.i) if i not in cut]
    if verb.i <= sent.start or not subjects or not kept or sent.doc[kept[-1]].text != ",":
        return set()
    subject = subjects[0]
    inside = range(subject.left_edge.i, verb.i - 1)
    if not any(i in cut for i in inside) or subject.right_edge.i + 1 not in (verb.i - 1, verb.i):
        return set()
    marks = (",", "\u2014", "\u2013", "(", ")")
    left = [i for i in kept[:-1] if sent.doc[i].text in marks]
    return set() if left else {kept[-1]}  # also "Chen Shui-bian, 58, who was president ..., has" -> "Chen
    # Shui-bian has": the comma left is the one that opened the clause cut after the age


def stray_comma(sent: Span) -> set[int]:
    """The comma a writer put between a subject and its verb ("The firm Secunia.com, has said"): not an
    aside's closing comma, since the subject opens none. (A new set each time, found once per sentence.)"""
    return set(spans.once_per_span(sent, "stray_comma", _find_stray_comma))


def _find_stray_comma(sent: Span) -> frozenset[int]:
    root = sent.root
    verb = min([c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i] + [root], key=lambda t: t.i)
    before = sent.doc[verb.i - 1] if verb.i > sent.start else None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if before is None or before.text != "," or not subjects:
        return frozenset()
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children) and not any(
        c.dep_ == "cc" for c in root.children
    ):
        return frozenset()  # "Tjahjo Kumolo, asked about looting, said ...": the model's root opens an aside
    if any(
        t.dep_ in ("aux", "auxpass")
        and sent.doc[t.i - 1].text == ","
        and not any(c.dep_ in SUBJECTS for c in t.head.children)
        for t in spans.tokens(sent)
        if t.i > verb.i
    ):
        return frozenset()  # "Shimon Peres, considered the architect of the peace process, was named": the model
        # took "considered" for the verb, and the verb with no subject of its own after the aside is the sentence's
    subject = subjects[0]
    marks = (",", "\u2014", "\u2013", "(")
    inside = [t for t in spans.tokens(sent) if t.text in marks and t.i < before.i]  # an aside it closes
    if (subject.right_edge.i + 1 != before.i and before.head.i != subject.i) or inside:
        return frozenset()
    return frozenset({before.i})


# Words that tie a sentence to the one before ("However, ...", "instead decided"): lifted out, they dangle.
_CONNECTIVES = {"however", "instead", "nevertheless", "nonetheless", "meanwhile", "finally", "moreover", "furthermore",
                "afterwards", "afterward", "subsequently", "thereafter", "separately", "additionally", "therefore",
                "thus", "hence", "consequently", "accordingly", "indeed", "also", "elsewhere", "then"}  # fmt: skip


# Opening phrases that tie a sentence to the one before ("In the process, Mumbai City broke ...").
_TYING_PHRASES = re.compile(
    r"(?i)(?:in the process|as a result|in addition|in turn|by then|in doing so|(?:at|around|about) the same time|"
    r"because of this|later|soon afterwards?|shortly afterwards?|for example|for instance|actually|in fact),"
)


# "At the same time Graham enrolled ...": the phrase needs no comma to be one.
_SAME_TIME = re.compile(r"(?:At|Around|About) the same time,? (?=\w)")


def connectives(sent: Span) -> set[int]:
    """The connective adverbs of the sentence's verb, with the comma after an opening one ("Finally, Atlantis
    will go on display" -> "Atlantis will go on display"; "Thomas Sam instead decided" -> "Thomas Sam decided")."""
    found: set[int] = set()
    opening = sent.doc[sent.start]  # "Separately, four ... were killed, Xinhua said": not the root's own
    for token in (*sent.root.children, *([opening] if opening.head.i != sent.root.i else [])):
        if token.dep_ != "advmod" or token.lower_ not in _CONNECTIVES:
            continue
        following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
        if token.i == sent.start and following is not None and following.pos_ in ("VERB", "AUX"):
            continue  # "Thus commenced Norton's reign": the verb before its subject, which needs the opening
        if following is not None and following.lower_ == "of":
            continue  # "Instead of a general offensive, ...": a preposition's first word, no connective
        found.add(token.i)
        set_off = token.i == sent.start or sent.doc[token.i - 1].text in (",", ";")  # "In February 1896, however,"
        if set_off and token.i + 1 < sent.end and sent.doc[token.i + 1].text == ",":
            found.add(token.i + 1)
            verb_next = token.i + 2 < sent.end and sent.doc[token.i + 2].pos_ in ("VERB", "AUX")
            if token.i > sent.start and verb_next:  # "The Amharic version, however, stated": no comma left
                found.add(token.i - 1)  # between the subject and its verb
        elif _a_comma_before_its_verb(token, following):
            found.add(token.i - 1)  # "hatred stemming from the sack by the Latins, also played": no comma left
    tying = _TYING_PHRASES.match(spans.text(sent)) or _SAME_TIME.match(spans.text(sent))
    if tying and (phrase := sent.char_span(0, tying.end(), alignment_mode="expand")):
        found.update(range(phrase.start, phrase.end))  # the phrase and its comma
    return found


def around(sent: Span, index: int, keep: Span) -> Range | None:
    """The smallest aside that holds token `index` and not `keep`: what to cut to lose a dangling word."""
    holding = [(a, b) for a, b in asides(sent) if a <= index < b and not _overlaps((a, b), keep)]
    return min(holding, key=lambda r: r[1] - r[0], default=None)


def _overlaps(span: Range, other: Span) -> bool:
    return span[0] < other.end and other.start < span[1]


def _inside_entity(token: Token) -> bool:
    """A token that belongs to a name or date with its head ("4, 2016" of "September 4, 2016")."""
    return bool(token.ent_type_) and token.head.ent_iob_ != "" and token.head.ent_type_ == token.ent_type_


def _edges(token: Token, sent: Span) -> tuple[int, int, Token | None, Token | None]:
    left, right = token.left_edge.i, token.right_edge.i
    before = token.doc[left - 1] if left > sent.start else None
    after = token.doc[right + 1] if right + 1 < sent.end else None
    return left, right, before, after


def cleft_it(token: Token) -> bool:
    """True for the "it" of "it was on June 15, 1752, that Ben Franklin tied ...", "It was in 1492 that
    Columbus reached ...": the subject of a "be" whose that-clause says what happened."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < token.i:
        return False  # not "Was it possible that ...?"
    return any(
        c.dep_ == "ccomp" and c.i > token.i and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        for c in verb.children
    )


def _date_adjunct(token: Token, sent: Span) -> Range | None:
    """ "held on September 4, 2016, with ...": a point in time hung on the verb, cut with its year's comma."""
    if token.dep_ not in _DATE_ADJUNCT_DEPS or token.head.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "prep" and token.lower_ not in _DATE_PREPS:
        return None
    if token.dep_ == "advmod" and token.lower_ != "back":
        return None  # "back on February 1, 2003"
    verb = token.head
    if any(cleft_it(c) for c in verb.children):
        return None  # "it was on June 15, 1752, that Ben Franklin tied": the date is what the sentence says
    if verb.dep_ in ("acl", "advcl") and not any(
        c.i != token.i and c.dep_ in ("dobj", "prep", "advmod", "attr", "acomp", "xcomp", "prt") for c in verb.children
    ):
        return None  # "with the numbers peaking during the hottest months": cut, "peaking" would end the sentence
    words = [t for t in token.subtree if not t.is_punct]
    dated = [t for t in words if t.ent_type_ == "DATE"]
    allowed = {"prep": 1, "advmod": 2}.get(token.dep_, 0)  # the preposition ("on"), "back on"
    if not dated or len(words) - len(dated) > allowed:
        return None
    if token.lower_ == "at" and len(dated) == 1 and dated[0].like_num:
        return None  # "put the death toll at 76": a figure the model took for a date, and the sentence's point
    left, right, before, after = _edges(token, sent)
    if before is not None and before.lower_ in _CONDITIONS | _LIMITING_PREPS | {"by", "since", "from", "to"}:
        return None  # "extend until at least Monday": cut, "until" would dangle
    if before is not None and before.lower_ == "back" and before.dep_ == "advmod" and before.n_rights == 0:
        left, before = left - 1, token.doc[left - 2] if left - 1 > sent.start else None  # "back on ..."
    if before is not None and before.text == "," and after is not None and after.text == ",":
        if left - 2 >= sent.start and token.doc[left - 2].pos_ == "CCONJ":
            return left - 1, right + 2  # "and, in 1958, he founded": "and he founded", no comma after "and"
        return left - 1, right + 1  # "X, on June 5, Y": keep one comma
    if after is not None and after.text == "," and (left == sent.start or any(t.text == "," for t in token.subtree)):
        return left, right + 2  # "on September 4, 2016, with": the comma closes the date
    if before is not None and before.text == "," and after is not None and after.text in _FINAL:
        return left - 1, right + 1
    following = token.doc[right + 2] if right + 2 < sent.end else None
    if after is not None and after.text == "," and before is not None and before.pos_ == "CCONJ":
        return left, right + 2  # "and in 1958, Lumumba founded": "and Lumumba founded"
    if after is not None and after.text == "," and following is not None and following.lower_ in _THEN_WORDS:
        return left, right + 2  # "began during the spring of 1692, after a group of girls": "began after a group"
    return left, right + 1


# Words that open what follows a date cut from the verb: with the date gone, no comma stands before them.
_THEN_WORDS = frozenset("after before when while until because".split())


def _delimited(token: Token, sent: Span) -> Range | None:
    """ "Naoto Kan, the Japanese prime minister, expressed": a modifier between matching delimiters."""
    if token.dep_ not in _MIDDLE_DEPS or token.head.i == token.i:
        return None
    left, right, before, after = _edges(token, sent)
    if before is None or after is None or before.text not in _PAIRS or _PAIRS[before.text] != after.text:
        return None
    if left == sent.start + 1 or _conditional(token):
        return None
    if before.text == "," and _in_list(token):
        return None
    if (
        before.text == ","
        and token.like_num
        and token.i + 2 < sent.end
        and token.nbor(1).text in ("-", "\u2013")
        and token.nbor(2).like_num
    ):
        return None  # "6-7, 6-3, 6-1, 7-5": a set's score between the others' commas, no aside
    if token.ent_type_ == "PERSON" and all(t.ent_type_ == "PERSON" for t in token.subtree):
        return None  # "Writing ..., Naoto Kan, the Japanese prime minister, ...": a bare title would be left
    if before.text == "," and _opens_sentence(token.doc[left - 2], sent) and _subject_follows(right + 2, sent):
        return left - 1, right + 1  # "On June 18, 2018, day five ..., Sweden": the opening's comma stays
    if after.text == "," and any(
        c.dep_ in ("appos", "relcl")
        or (c.dep_ == "acl" and c.right_edge.i + 1 < sent.end and sent.doc[c.right_edge.i + 1].text == ",")
        for c in token.head.children
        if c.left_edge.i == right + 2
    ):
        return left - 1, right + 1  # "Mr Sarkozy, 52, the son of ..., takes", "Mr Bashir, 75, who had ..., is",
        # "In Roubia, one of the worst hit towns, located 30 km east of Algiers,": the comma opens the next aside
    if before.text == "," and (_closes_an_aside_before(token, left - 2) or _closes_an_aside(sent, left - 1)):
        return left, right + 2  # "Bell, born in Edinburgh, Scotland, in 1847, was": the first comma closes "born ..."
        # as in "Removed from his mother, a burgher's daughter, at an early age, Juan was"
    if after.text == "," and _closes_an_outer_aside(token, right + 1):
        return left - 1, right + 1  # "Sinan, who held ... of the Ottoman Empire, for nearly 50 years, worked": the
        # last comma also closes "who held ...", which holds the cut
    following = token.doc[right + 2] if right + 2 < sent.end else None
    if after.text == "," and following is not None and (following.lemma_ in _SAYING or following.lower_ == "according"):
        return left - 1, right + 1  # "on Tuesday evening, leaving 73 dead, reports AFP": the report keeps its comma
    return left - 1, right + 2


# Verbs that report what the sentence said, after a comma: ", reports the French AFP news agency", ", said Mr Li".
_SAYING = frozenset("say report tell add write announce confirm claim".split())


def _closes_an_aside_before(token: Token, end: int) -> bool:
    """True when the word at `end` ends an aside of the token's head set off by a comma before it: the comma
    after that word closes the aside, whatever follows."""
    doc = token.doc
    return any(
        c.i < token.i and c.left_edge.i <= end <= c.right_edge.i and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == "," and c.dep_ in _APPOSITIONS
        for c in token.head.children
    )  # fmt: skip


def _a_comma_before_its_verb(token: Token, following: Token | None) -> bool:
    """True for a comma before a connective that comes just before its verb, other than a comma that closes an
    aside ("The quake, which shook ... Pakistan, also triggered")."""
    sent = token.sent
    if token.i == sent.start or following is None or following.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in following.children if c.dep_ in SUBJECTS and c.i < token.i]
    opened = subjects and any(sent.doc[i].text == "," for i in range(subjects[0].left_edge.i, token.i - 1))
    return sent.doc[token.i - 1].text == "," and not opened and not _closes_an_aside(sent, token.i - 1)
    # "from Leimen, just outside Heidelberg, also became": the comma closes what the one after "Leimen" opened


# The asides a comma may close: clauses and appositions, and (for `_closes_an_aside` by default) adverbial clauses.
_APPOSITIONS = ("relcl", "acl", "appos")


def _closes_an_aside(
    sent: Span, comma: int, opened_before: int | None = None, deps: tuple[str, ...] = (*_APPOSITIONS, "advcl")
) -> bool:
    """True when the comma at `comma` ends a clause or apposition (`deps`) that a comma opened, before the token
    `opened_before` when it is given."""
    doc = sent.doc
    end = sent.end if opened_before is None else opened_before
    return any(
        t.dep_ in deps and t.right_edge.i == comma - 1 and sent.start < t.left_edge.i < end
        and doc[t.left_edge.i - 1].text == ","
        for t in spans.tokens(sent)
    )  # fmt: skip


def _closes_an_outer_aside(token: Token, comma: int) -> bool:
    """True when the comma at `comma`, after the token's aside, also ends a clause or apposition around it that
    a comma opened: the sentence goes on after it at the outer clause's head."""
    doc = token.doc
    return any(
        a.dep_ in _APPOSITIONS and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ","
        and a.right_edge.i <= comma and a.left_edge.i < token.i
        for a in token.ancestors
    )  # fmt: skip


def _leading(token: Token, sent: Span) -> Range | None:
    """ "In a June 5, 2022 referendum, voters approved ...": an opening phrase closed by a comma."""
    if token.dep_ not in _LEADING_DEPS or token.head.i != sent.root.i:
        return None
    left, right, _, after = _edges(token, sent)
    if left != sent.start or after is None or after.text != ",":
        return None
    if token.dep_ == "prep" and token.lower_ not in _LEADING_PREPS:
        return None
    if _conditional(token):
        return None
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children) > 1:
        return None  # "In one of history's greatest land deals, the Louisiana Purchase, France sold": the phrase's
        # apposition, which the parse took for a subject, would be left behind
    following = token.doc[right + 2] if right + 2 < sent.end else None
    if following is not None and following.lower_ in _OF_THE_OPENING and following.head.pos_ != "NOUN":
        return None  # "In dozens of villages, many cut off from rescuers ...": many of them
    if any(t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj") and t.i > right for t in spans.tokens(sent)):
        return None  # "Despite their disastrous first half, the Selecao did rally in the second": the second half
    return left, right + 2


# Words that, after an opening phrase, count what it named: "In dozens of villages, many ...".
_OF_THE_OPENING = frozenset("many most some several few all each both".split())


def _trailing(token: Token, sent: Span) -> Range | None:
    """ "..., killing all seven astronauts aboard.", "..., nearly a decade ago.": a closing aside after a comma."""
    closing = token.dep_ in _TRAILING_DEPS or (token.lower_ == "ago" and token.dep_ == "advmod")
    if not closing or _conditional(token) or token.lower_ in _LIMITING_PREPS:
        return None
    left, right, before, after = _edges(token, sent)
    if before is None or before.text not in (",", "\u2014", "\u2013") or after is None or after.text not in _FINAL:
        return None
    if _in_list(token) or _leaves_a_conjunction(sent, left - 1):
        return None
    if _completes_a_first(token, sent):
        return None
    return left - 1, right + 1


def _completes_a_first(token: Token, sent: Span) -> bool:
    """True for "to win the prize" after "the first writer in Portuguese, ...,": the infinitive says first to do
    what; without it the sentence claims something else ("Saramago is the first writer in Portuguese")."""
    infinitive = token.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
    return infinitive and any(t.lower_ in _FIRSTS for t in sent.doc[sent.start : token.i])


_FIRSTS = frozenset("first last only second third".split())


def _leaves_a_conjunction(sent: Span, cut_at: int) -> bool:
    """True when a cut from `cut_at` on leaves a "but" or "and" with no verb after it ("The All Blacks cut the
    deficit to 33-29, but, unlike in 2013 when ... defeat": the clause "but" opened was the cut one)."""
    joins = [t for t in sent if t.dep_ == "cc" and t.i < cut_at and t.head.pos_ in ("VERB", "AUX")]
    verbs = [t.i for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl"]
    return any(not any(j.i < v < cut_at for v in verbs) for j in joins)


def limits_the_claim(sent: Span) -> bool:
    """True when an opening phrase limits what the sentence claims ("Not including Paris, 450,000 people took
    to the streets", "If ..., X"): a question built from the rest alone would claim more."""
    root = sent.root
    return any(c.i < root.i and c.dep_ not in SUBJECTS and _conditional(c) for c in root.children)


def _opens_sentence(token: Token, sent: Span) -> bool:
    """True for a word of an opening phrase ("On June 18, 2018"): a child of the verb, before its subject."""
    root = sent.root
    for child in root.children:
        if child.left_edge.i <= token.i <= child.right_edge.i:
            return child.i < root.i and child.dep_ not in SUBJECTS
    return False


def _subject_follows(index: int, sent: Span) -> bool:
    """True when a subject starts at token `index`: the comma before it closed an opening phrase ("On June 18,
    2018, day five ..., Sweden defeated"); not "had called Buhari, 72, to congratulate him", where it only closed
    the aside."""
    return index < sent.end and any(t.dep_ in SUBJECTS and t.left_edge.i == index for t in sent)


def _conditional(token: Token) -> bool:
    """ "If ...", "until ...", "Not including Paris, ...": a phrase whose loss would make the rest claim more
    than the article does."""
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod", "neg")}
    first = token.doc[token.left_edge.i].lower_
    return token.lower_ in _CONDITIONS or bool(marks & (_CONDITIONS | {"not"})) or first in ("not", "except")


def _in_list(token: Token) -> bool:
    """One item of "X, Y and Z": cutting it would break the list, not drop an aside."""
    return token.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in token.head.children if c.i > token.i)
