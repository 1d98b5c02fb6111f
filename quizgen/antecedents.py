"""Bare definite nouns written with the name the article gave them earlier: "the plant" -> "the damaged
Fukushima nuclear plant", "the election" -> "the Hong Kong legislative election".

A question lifts one sentence out of its article; "the plant" then points nowhere (the rubric's R2). When the
article named exactly one thing by that noun before ("the damaged Fukushima nuclear plant"), the question says
so; when it named two ("Fukushima I plant", "Fukushima II plant"), or none, the noun stays as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from quizgen import spans
from quizgen.clauses import SUBJECT_DEPS, Substitutions
from quizgen.entities import STORM_KINDS, STORM_PREFIXES, trimmed, whole_entity

# What makes a mention a name: a proper noun, a named entity or a figure among its modifiers.
_NAMING = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "CARDINAL", "QUANTITY"}
_MODIFIERS = ("compound", "amod", "nummod", "nmod", "poss", "npadvmod")
# Words news uses for one thing in turn: "the award" is the prize the article named.
_SAME_THING = {"award": ("prize",), "prize": ("award",), "quake": ("earthquake",), "tremor": ("earthquake",),
               "poll": ("election",), "vote": ("referendum",), "ballot": ("referendum",), "tournament": ("cup",),
               "contest": ("election",), "landslide": ("mudslide",), "mudslide": ("landslide",), "statute": ("law",),
               "act": ("law",), "legislation": ("law",), "competition": ("league", "cup", "championship"),
               "rebellion": ("rising", "uprising", "revolt"), "uprising": ("rising", "rebellion", "revolt"),
               "revolt": ("rising", "uprising", "rebellion")}  # fmt: skip
# Nouns one story may use for the same event: a name under one of them ("the Chernobyl disaster") makes another
# name under its kin ("the 2011 Fukushima nuclear accident") no safe reading of "the accident".
_KINDRED = {noun: ("accident", "disaster", "catastrophe", "incident", "crash") for noun in
            ("accident", "disaster", "catastrophe", "incident", "crash")}  # fmt: skip
# Verbs that report a match: "Sweden faced South Korea", "Belgium defeated Panama".
_PLAYED = {"face", "play", "meet", "defeat", "beat"}
# The areas an election article reports one by one, and then calls "this constituency".
_SCOPES = {"constituency", "district", "ward", "riding", "precinct"}
# What a business report calls the company it is about.
_COMPANY_NOUNS = {"company", "firm", "group", "maker", "retailer", "carrier", "chain", "snack-baker", "manufacturer"}
# What an article calls a couple it has named: "the parents", "the couple".
_COUPLE_NOUNS = {"parents", "couple"}
# Places an article names by proper names of their own ("San Francisco"), not by "X City".
_PLACES = {"city", "town", "country", "nation", "state", "capital", "region", "area", "village", "province"}
# Nouns too general to stand for one thing ("the time", "the way", "the people").
_GENERAL = frozenset(
    """time way people world country government day year week month thing part end side number group area
    case point fact issue problem world's rest news""".split()
)
# What a headline says of something, not what it is called: "Cause of ...", "Death of ...", "History of ...".
_NO_NAME_HEADS = frozenset("cause death history life story fate rise birth return anniversary legacy end".split())


class Antecedents:
    """The named mentions of an article, by the lemma of their head noun (before or after the bare one: a
    news lead often says "the plant" first and "the damaged Fukushima nuclear plant" a paragraph later)."""

    def __init__(self, docs: Iterable[Doc] = (), title: str = "") -> None:
        self.title = title.lower()  # of several things one noun names, the one the title names is meant
        self.named: dict[str, set[str]] = {}
        self.placed: dict[str, set[str]] = {}  # things named only by where they were: "the mudslide in Iwaki"
        self.couples: set[str] = set()  # "Thomas and Manju Sam", of "Thomas Sam, 42, and his wife Manju Sam"
        self.storms: set[str] = set()  # "Hurricane Michael"
        self.of_names: dict[str, set[str]] = {}  # "the Statue of Liberty", by "statue": what "the Statue" is
        # The years of each "a ... <noun>" the article brings in, by the noun: "a 7.8-magnitude earthquake" (none)
        # and "a massive 1934 earthquake" ({"1934"}).
        self.introduced: dict[str, list[frozenset[str]]] = {}
        docs = list(docs)
        for doc in docs:
            for sent in doc.sents:
                self.remember(sent)
        for head, name in _names_with_of_in(title):
            self.of_names.setdefault(head, set()).add(name)  # a title "Battle of Culloden" names its battle
        self.company = _main_company(docs, self.title)  # "Cisco" of a report on Cisco: what its "the company" is
        self.merger = any(_A_NEW_COMPANY.search(doc.text) for doc in docs)
        if self.merger:
            self.company = None  # "The new company, to be called AOL Time Warner Inc. ...": which is "the company"?

    def substitutions(self, sent: Span) -> Substitutions:
        """For each bare "the <noun>" of the sentence with one named mention before it: its replacement."""
        subs: Substitutions = {}
        for noun, det in _bare(sent):
            lemma = noun.lemma_.lower()
            if self.merger and lemma in _COMPANY_NOUNS:
                continue  # the bidder, the bought or the one they make
            if lemma in _COUNT_NOUNS:
                continue  # "the death toll" is not "the Kashmir death toll" another sentence names: one place's
            names = self._names_for(lemma, self.named) or self._names_for(lemma, self.placed)
            if not names and lemma not in _PLACES:
                names = self.of_names.get(lemma, set())  # "the battle": "the Battle of Culloden"
            if any(self.named.get(kin, set()) - names for kin in _KINDRED.get(lemma, ())):
                continue  # "the accident" of a story of "the Chernobyl disaster" that names Fukushima's as another
            name = _one_name(names) or self._titled(names)
            adjectives = {t.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound") for t in c.subtree}
            if name is None or not adjectives <= set(name.lower().split()) or _another_year(name, sent):
                continue  # not "the devastated plant": another one
            if lemma in _COMPANY_NOUNS and _another_company_before(noun, name):
                continue  # "Lehman Brothers didn't fare as well. ... Shares of the company": Lehman's, not AIG's
            if lemma in _COMPANY_NOUNS and self.company is not None and name != self.company:
                continue  # "The company, headed by Elon Musk", in a report on SpaceX that calls ORBCOMM "a global
                # communications company": the report's own, below
            if self._brought_in_without_its_year(lemma, name):
                continue  # "the quake" of a story of "a 7.8-magnitude earthquake" that recalls "a 1934 earthquake"
            if name.lower() == sent.doc[det.i : noun.i + 1].text.lower():
                continue  # "the toy maker" for "the toy maker": nothing said that the sentence did not say
            if (owner := re.match(r"(.+?)['\u2019]s ", name)) and owner[1] in sent.doc[sent.start : det.i].text:
                continue  # "Samaranch made the announcement": not "Samaranch made Samaranch's announcement"
            if name in (text for _, text in subs.values()):  # named once already: "the award" after it stays,
                name = f"{det.text} {noun.text}"  # as written, and known to point to the name just written
            elif name.startswith("The ") and det.i != sent.start:
                name = "the " + name[4:]  # "the service said" -> "the National Weather Service said"
            elif name.startswith("the ") and det.i == sent.start:
                name = "The " + name[4:]  # "The battle killed" -> "The Battle of Culloden killed"
            subs[det.i] = (noun.i + 1, name)
        if self.company is not None:
            for noun in spans.tokens(sent):
                det = _only_the(noun) if noun.lower_ in _COMPANY_NOUNS and noun.tag_ == "NN" else None
                accounts = det is None and _accounts_of_no_one(noun)
                if (det is None and not accounts) or _another_company_before(noun, self.company):
                    continue
                if det is not None:
                    subs.setdefault(det.i, (noun.i + 1, self.company))  # "the San Jose-based company" -> "Cisco"
                else:
                    first = noun.left_edge
                    subs.setdefault(first.i, (first.i + 1, f"{self.company}'s {first.lower_}"))  # "Net profit"
        if self.of_names:
            for token in _capitalised_alone(sent):
                if (name := _one_name(self.of_names.get(token.lower_, set()))) is not None:
                    det = token.nbor(-1)  # "the Statue" -> "the Statue of Liberty"
                    subs.setdefault(det.i, (token.i + 1, name if det.i == sent.start else "the " + name[4:]))
        if len(self.storms) == 1:
            storm = next(iter(self.storms))
            for det, end, category in _storm_mentions(sent, storm):
                subs.setdefault(det.i, (end, f"{category} {storm}" if category else storm))
        if len(self.couples) == 1:
            couple = next(iter(self.couples))
            for noun in sent:
                if noun.lower_ in _COUPLE_NOUNS and noun.i > sent.start and noun.nbor(-1).lower_ == "the":
                    owner = noun.i + 1 < sent.end and noun.nbor(1).tag_ == "POS"  # "the parents' defense"
                    subs[noun.i - 1] = (noun.i + 1 + owner, f"{couple}'s" if owner else couple)
        return subs

    def _titled(self, names: set[str]) -> str | None:
        """The one of several names the article's title holds: "the bridge" of a story titled "Brooklyn Bridge
        Opens" that also names the Ohio River bridge."""
        titled = {n for n in names if _without_the(n).lower() in self.title}
        return _one_name(titled) if self.title else None  # "the Sydney Harbour Bridge" (and "the Harbour Bridge")

    def _brought_in_without_its_year(self, lemma: str, name: str) -> bool:
        """True when the name holds a year ("the 1934 earthquake") and the article also brings in a thing of
        that noun without it ("a 7.8-magnitude earthquake"): the story's own may be the one "the quake" is."""
        years = set(re.findall(r"\b\d{4}\b", name))
        nouns = (lemma, *_SAME_THING.get(lemma, ()))
        return bool(years) and any(not years <= mention for n in nouns for mention in self.introduced.get(n, ()))

    @staticmethod
    def _names_for(lemma: str, names: dict[str, set[str]]) -> set[str]:
        return names.get(lemma, set()) or next((names[n] for n in _SAME_THING.get(lemma, ()) if names.get(n)), set())

    def remember(self, sent: Span) -> None:
        """Note the sentence's named mentions ("the damaged Fukushima nuclear plant"), and what its
        organisations are called beside their names ("the Green Belt Movement — a ... organization")."""
        for noun in spans.tokens(sent):
            if (text := _named(noun)) is not None:
                self.named.setdefault(noun.lemma_.lower(), set()).add(text)
            elif (text := _placed(noun)) is not None:
                self.placed.setdefault(noun.lemma_.lower(), set()).add(text)
            if noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts):
                years = frozenset(t.text for c in noun.lefts for t in c.subtree if re.fullmatch(r"\d{4}", t.text))
                self.introduced.setdefault(noun.lemma_.lower(), []).append(years)
        if (couple := _couple(sent)) is not None:
            self.couples.add(couple)
        for name, kinds in _storms(sent):
            self.storms.add(name)
            for kind in kinds:
                self.named.setdefault(kind, set()).add(name)  # "the storm" of "Hurricane Michael"
        for head, name in _names_with_of(sent):
            self.of_names.setdefault(head, set()).add(name)
        for ent in spans.ents(sent):
            if ent.label_ in ("ORG", "FAC") and (noun := _described_as(ent)) is not None:
                if len(ent) == 1 and any(t.text == ent.text.lower() for t in ent.doc):
                    continue  # "Malaria, a mosquito-borne disease," where the text also writes "malaria": no name
                # "the Green Belt Movement"; but "America Online Inc.", "TEPCO", "Venus" as they are
                bare = ent[0].lower_ == "the" or ent.text.isupper() or _INCORPORATED.search(ent.text) or len(ent) == 1
                name = ent.text if bare else f"the {ent.text}"
                self.named.setdefault(noun.lemma_.lower(), set()).add(name)


# What a business report counts of the company it is about: "Net profit jumped 10 percent".
_ACCOUNTS = {"profit", "revenue", "sale", "earning", "income", "loss", "turnover"}


def _accounts_of_no_one(noun: Token) -> bool:
    """True for "Net profit", "Sales", "Quarterly revenue" as a subject: whose, only the company says."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in _ACCOUNTS:
        return False
    return not any(c.dep_ in ("det", "poss", "compound") or c.pos_ == "PROPN" for c in noun.lefts)


def _storms(sent: Span) -> list[tuple[str, tuple[str, ...]]]:
    """("Hurricane Michael", ("storm", "hurricane")) for each named storm of the sentence: what the story's
    "the storm" and "the hurricane" are."""
    found = []
    for token in spans.tokens(sent):
        if token.lower_ in STORM_KINDS and token.is_title and token.dep_ == "compound" and token.head.pos_ == "PROPN":
            start = token.i - 1 if token.i > sent.start and token.nbor(-1).lower_ in STORM_PREFIXES else token.i
            name = sent.doc[start : token.head.i + 1].text
            found.append((name, ("storm", token.lower_)))
    return found


def _names_with_of(sent: Span) -> list[tuple[str, str]]:
    """("statue", "The Statue of Liberty") for each "the X of Y" name of the sentence ("the Treaty of
    Waitangi", "the Battle of Hastings"): what a later "the Statue" or "the Treaty" is short for."""
    found = []
    doc = sent.doc
    for token in spans.tokens(sent):
        if token.pos_ != "PROPN" or not token.is_title or token.i == sent.start or token.i + 2 >= sent.end:
            continue
        if token.nbor(-1).lower_ != "the" or token.nbor(1).lower_ != "of" or token.nbor(2).pos_ != "PROPN":
            continue
        end = token.i + 2
        while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        found.append((token.lower_, f"{token.nbor(-1).text} {doc[token.i : end].text}"))
    return found


def _names_with_of_in(title: str) -> list[tuple[str, str]]:
    """("battle", "the Battle of Culloden") for a title that opens with such a name ("Battle of Culloden",
    "The Treaty of Waitangi is signed")."""
    found = re.match(r"(?:The )?([A-Z][a-z]+) of ((?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)", title)
    if found is None or found[1].lower() in _GENERAL | _NO_NAME_HEADS:
        return []  # "Cause of Moscow passenger jet crash ...": a headline's words, not a name
    return [(found[1].lower(), f"the {found[1]} of {found[2]}")]


def _capitalised_alone(sent: Span) -> list[Token]:
    """ "Statue" of "the Statue took two years": a capitalised noun on its own after "the", short for a name
    the article wrote out before ("the Statue of Liberty")."""
    found = []
    for token in spans.tokens(sent):
        if token.pos_ != "PROPN" or not token.is_title or token.i <= sent.start or token.nbor(-1).lower_ != "the":
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and (after.lower_ == "of" or after.pos_ == "PROPN" or after.text in ("'s", "\u2019s")):
            continue  # "the Treaty of Paris", "the Statue Liberty": a name of its own
        found.append(token)
    return found


def _storm_mentions(sent: Span, storm: str) -> list[tuple[Token, int, str]]:
    """(its "the", where it ends, its category) for each "the storm", "the hurricane" or "the Category 4
    hurricane" of a sentence that does not name the story's one storm itself: "before the storm in 20
    counties" and "The Category 4 hurricane was the fiercest" are both Hurricane Michael's."""
    if storm in sent.text:
        return []
    found = []
    for noun in spans.tokens(sent):
        if noun.lower_ not in ("storm", *STORM_KINDS) or noun.pos_ != "NOUN" or noun.i == sent.start:
            continue
        det = noun.doc[noun.left_edge.i]
        between = noun.doc[det.i + 1 : noun.i]
        category = between.text if re.fullmatch(r"Category \d", between.text) else ""
        if det.lower_ == "the" and det.head.i == noun.i and (category or not len(between)):
            found.append((det, noun.i + 1, category))
    return found


def scope_named(sent: Span) -> str | None:
    """ "the Hong Kong Island geographical constituency": the last electoral area the sentence names by name."""
    found = None
    for noun in sent:
        if noun.lower_ in _SCOPES and any(t.pos_ == "PROPN" for t in noun.subtree if t.i < noun.i):
            start = noun.left_edge.i + (noun.left_edge.lower_ in ("the", "this", "that", "a"))
            found = f"the {sent.doc[start : noun.i + 1].text}"
    return found


def scope_substitutions(sent: Span, scope: str | None) -> Substitutions:
    """ "in the constituency", "in this district" written as the area the paragraph named last (`scope`): a
    news paragraph about one constituency calls it "this constituency" after naming it once."""
    if scope is None:
        return {}
    subs: Substitutions = {}
    for noun in sent:
        lefts = list(noun.lefts)
        if noun.lower_ in _SCOPES and len(lefts) == 1 and lefts[0].lower_ in ("the", "this", "that"):
            subs[lefts[0].i] = (noun.i + 1, scope)
    return subs


def _paragraphs_naming(name: str, texts: list[str]) -> set[int]:
    """The paragraphs that write the name as a word of its own (one pattern made, and only where needed)."""
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    return {n for n, text in enumerate(texts) if name in text and pattern.search(text)}


def _main_company(docs: list[Doc], title: str = "") -> str | None:
    """The organisation a business report is about: named in most of its paragraphs, in the first, and in at
    least twice as many as any other organisation ("Cisco", "Krispy Kreme"), or named in the title and the
    first paragraph and more than any other ("Philips sheds light on accounts"); None when none stands out."""
    names = {trimmed(ent).text for doc in docs for ent in doc.ents if ent.label_ == "ORG" and ent[0].lower_ != "the"}
    names.discard("")  # (the model may take the "'s" of "Twitter's board" into the name)
    texts = [doc.text for doc in docs]
    paragraphs = {name: _paragraphs_naming(name, texts) for name in names}
    # (the model may tag a company once and miss it after: its name in the text counts)
    ranked = sorted(((len(found), 0 in found, name) for name, found in paragraphs.items()), reverse=True)
    if not ranked:
        return None
    (most, first, name), runner_up = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0)
    if first and most > runner_up and most >= 2 and re.search(rf"\b{re.escape(name.lower())}\b", title):
        return name
    return name if first and 2 * most > len(docs) and most >= 2 * runner_up and most >= 3 else None


def _another_company_before(noun: Token, company: str) -> bool:
    """True when the last organisation the paragraph has doing something before the noun is not the main
    company ("Finally, Chrysler weighed in ... The company said ...": Chrysler, in a report on Ford)."""
    doers = [e for e in noun.doc.ents if e.label_ == "ORG" and e.end <= noun.i and e.root.dep_ in SUBJECT_DEPS]
    return bool(doers) and company not in doers[-1].text and doers[-1].text not in company


def _only_the(noun: Token) -> Token | None:
    """The "the" of "the company" or "the San Jose-based company": nothing but describing words between."""
    lefts = list(noun.lefts)
    dets = [c for c in lefts if c.dep_ == "det" and c.lower_ == "the"]
    others = [c for c in lefts if c.dep_ not in ("det", "amod", "compound", "punct") or c.ent_type_ == "ORG"]
    if not dets or others or any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in noun.rights):
        return None  # "the company of ...", "the firm that ...": described, maybe another one
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and (after.pos_ == "PROPN" or after.ent_type_):
        return None  # "the Internet security firm Secunia.com": named right there, and not the main one
    if any(t.lower_ in _ANOTHER_COMPANY for c in lefts for t in c.subtree):
        return None  # "the merged firm", "the rival company": not the one the report is about
    if any(c.ent_type_ in ("GPE", "NORP") for c in lefts):
        return None  # "The US firm" of a British company's takeover: the bidder, picked out by its country
    return dets[0]


# Counts a story gives of several scopes: the whole and its parts ("the Kashmir death toll").
_COUNT_NOUNS = frozenset("toll tally count total figure number".split())
# How a company's name ends: no "the" before it ("America Online Inc.").
_INCORPORATED = re.compile(r"\b(?:Inc|Co|Corp|Ltd|plc|PLC|LLC|AG|SA|NV|GmbH)\.?$")
# A company a merger makes: after it, "the company" may be the new one or the report's own.
_A_NEW_COMPANY = re.compile(r"(?i)\b(?:the|a) (?:new|merged|combined|enlarged) (?:company|firm|group)\b")
# Words that make "the company" another one than the report's own: "the merged firm", "the rival group".
_ANOTHER_COMPANY = frozenset(
    "merged combined enlarged new rival other parent former joint target acquiring acquired".split()
)


def match_named(sent: Span) -> str | None:
    """ "Sweden faced South Korea at ...": the one match the sentence reports, as "Sweden and South Korea";
    None for none, or for several ("Sweden defeated South Korea; Belgium defeated Panama")."""
    found = []
    for verb in sent:
        if verb.lemma_ not in _PLAYED or verb.pos_ != "VERB":
            continue
        sides = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.ent_type_ in ("GPE", "NORP")]
        if len(sides) == 2:
            found.append(" and ".join(whole_entity(side).text for side in sorted(sides, key=lambda t: t.i)))
    return found[0] if len(found) == 1 else None


def match_substitutions(sent: Span, teams: str | None) -> Substitutions:
    """ "the match", "the game" written as the match the story last reported (`teams`): "the game between
    Sweden and South Korea". A match report tells one match after another, each named where it starts."""
    if teams is None:
        return {}
    subs: Substitutions = {}
    for noun in sent:
        lefts = list(noun.lefts)
        bare = len(lefts) == 1 and lefts[0].lower_ == "the" and noun.text.islower() and noun.dep_ != "compound"
        if noun.lower_ in ("match", "game") and bare and not any(c.dep_ == "prep" for c in noun.rights):
            subs[lefts[0].i] = (noun.i + 1, f"the {noun.text} between {teams}")
    return subs


def _another_year(name: str, sent: Span) -> bool:
    """True when the name is one year's ("the 2004 Nobel Peace Prize") and the sentence speaks of another
    ("the 12th woman to win the prize since its inception in 1901"): there "the prize" is the prize itself."""
    years = set(re.findall(r"\b\d{4}\b", name))
    if years and any(_YEAR_AWAY.search(e.text) for e in sent.ents if e.label_ == "DATE"):
        return True  # "Last year, the Nobel committee awarded the prize to Muhammad Yunus": not this year's prize
    return bool(years) and any(set(re.findall(r"\b\d{4}\b", e.text)) - years for e in sent.ents if e.label_ == "DATE")


# A year counted from the story's own: "last year", "two years ago", "the previous year".
_YEAR_AWAY = re.compile(r"(?i)\b(?:last|next|previous|following) year\b|\byears? (?:ago|earlier|later|before)\b")


def _couple(sent: Span) -> str | None:
    """ "Thomas and Manju Sam" for "Thomas Sam, 42, and his wife Manju Sam": a married couple the sentence
    names, as "the parents" or "the couple" will call them."""
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    for first, second in itertools.pairwise(people):
        between = [t.lower_ for t in sent.doc[first.end : second.start] if not t.is_punct and not t.like_num]
        if between not in (["and", "his", "wife"], ["and", "her", "husband"]):
            continue
        one, two = first.text.split(), second.text.split()
        if len(one) > 1 and len(two) > 1 and one[-1] == two[-1]:
            return f"{' '.join(one[:-1])} and {second.text}"
        return f"{first.text} and {second.text}"
    return None


def _without_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _a_year(token: Token) -> bool:
    """ "2010" of "the 2010 health care law": a year that says which one."""
    return token.ent_type_ == "DATE" and re.fullmatch(r"1[5-9]\d\d|20\d\d", token.text) is not None


def _a_place(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC")


def _one_name(names: set[str]) -> str | None:
    """The one name, or the fullest when it holds all the others' words ("the 2004 Nobel Peace Prize" and
    "the Peace prize"); None for two different things ("the Fukushima I plant", "the Fukushima II plant")."""
    if not names:
        return None
    fullest = max(sorted(names), key=lambda n: len(n.split()))
    words = set(fullest.lower().split())
    return fullest if all(set(n.lower().split()) <= words for n in names) else None


def _bare(sent: Span) -> list[tuple[Token, Token]]:
    """(noun, its "the") for "the plant", "the stricken plant": a singular common noun with nothing naming it."""
    found = []
    for noun in spans.tokens(sent):
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_ or noun.lower_ in _GENERAL:
            continue
        dets = [c for c in noun.lefts if c.dep_ == "det" and c.lower_ == "the"]
        modifiers = ("det", "amod", "compound")
        others = [c for c in noun.lefts if c.dep_ not in modifiers or c.ent_type_ or c.pos_ == "PROPN"]
        others += [t for c in noun.lefts if c.dep_ == "compound" for t in c.subtree if not t.is_lower]
        later = [c for c in noun.rights if c.dep_ in ("prep", "appos")]  # "the plant in the former Soviet Union"
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if after is not None and after.pos_ == "PROPN" and after.is_title:
            continue  # "the empire Tawantinsuyu": named right there
        if dets and not others and not later and all(c.pos_ == "ADJ" for c in noun.lefts if c.dep_ == "amod"):
            found.append((noun, dets[0]))
    return found


def _names_on(token: Token) -> bool:
    """True for "Saudi" of "the Saudi Arabian Oil Company": a capitalised word that a name goes on from, not
    a describing word before it ("damaged", "first")."""
    return token.is_title and token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "PROPN"


def _placed(noun: Token) -> str | None:
    """ "the mudslide in the city of Iwaki" for the noun "mudslide" of "a mudslide in the city of Iwaki": a
    thing the article says where it was (a weaker name than `_named`'s, used when there is no other)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lower_ in _GENERAL or noun.lower_ in _PLACES:
        return None
    in_place = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "in" and len(list(c.subtree)) <= 6]
    if not in_place or not _names_a_place(in_place[0]):
        return None
    superlative = any(t.tag_ == "JJS" for c in noun.lefts for t in c.subtree)
    if superlative or any(t.lower_ == "history" for t in in_place[0].subtree):
        return None  # "the largest-ever municipal bankruptcy in U.S. history": a record, not where it was
    return f"the {noun.doc[noun.i : in_place[0].right_edge.i + 1].text}"


def _names_a_place(prep: Token) -> bool:
    """True for "in the city of Iwaki", "in Iwaki": a preposition whose phrase is a named place, and no date."""
    words = list(prep.subtree)[1:]
    return any(_a_place(t) for t in words) and not any(t.ent_type_ in ("DATE", "TIME") for t in words)


def _described_as(ent: Span) -> Token | None:
    """ "TEPCO, the operator of the plant,", "the Green Belt Movement — a non-governmental organization": the
    noun the words set beside the name call it."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text not in (",", "\u2014", "\u2013", "--"):
        return None
    if doc[ent.end + 1].lower_ not in ("a", "an", "the"):
        return None
    stop = next((t.i for t in doc[ent.end + 1 : ent.end + 14] if t.text in (",", ".", ";", "\u2014", "\u2013")), None)
    if stop is None or stop - ent.end < 3:
        return None
    head = doc[ent.end + 1 : stop].root
    return head if head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ not in _GENERAL else None


# Names that take no "the" where the article writes none: "Cambridge University", "Tiananmen Square", "Wall Street".
_NAMES_WITHOUT_THE = frozenset(
    "University College Square Street Park Avenue Road Boulevard Lane Airport Station".split()
)


def _named(noun: Token) -> str | None:
    """ "the damaged Fukushima nuclear plant" for the noun "plant", if a name or figure modifies it."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _GENERAL or noun.tag_ in ("NNS", "NNPS"):
        return None
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return None  # "Vice President Joe Biden": a title before a name, not "the president" of the article
    of_name = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and len(list(c.subtree)) <= 4]
    place = noun.lower_ in _PLACES  # "the state of Andhra Pradesh", whatever the model tags the name
    if (
        noun.pos_ == "NOUN"
        and of_name
        and any(_a_place(t) or (place and t.pos_ == "PROPN") for t in of_name[0].subtree)
    ):
        end = of_name[0].right_edge.i + 1
        return f"the {noun.doc[noun.i : end].text}"  # "the city of Iwaki"
    if noun.lower_ in _PLACES:
        return None  # "the city" of an article is the city it is about, whatever "Washington City" says
    mods = [c for c in noun.lefts if c.dep_ in _MODIFIERS]
    if any(c.tag_ == "JJS" or (c.lower_ == "most" and c.head.i != noun.i) for c in noun.lefts for c in c.subtree):
        return None  # "Italy's deadliest quake [in nearly three decades]": a claim, with its limits, not a name
    if not any(t.ent_type_ in _NAMING or t.pos_ == "PROPN" or _a_year(t) for m in mods for t in m.subtree):
        return None
    start = min(m.left_edge.i for m in mods)
    doc = noun.doc
    while start < noun.i and (
        doc[start].dep_ == "det" or (doc[start].pos_ in ("ADJ", "VERB") and not _names_on(doc[start]))
    ):
        start += 1  # not the article's "a", nor "first" or "damaged" before the name
    if doc[start].like_num and doc[start].ent_type_ == "CARDINAL" and not doc[start + 1].like_num:
        return None  # "the three remaining orbiters": a count, not a name
    quotes = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}
    if (start > 0 and doc[start - 1].text in quotes) or (noun.i + 1 < len(doc) and doc[noun.i + 1].text in quotes):
        return None  # 'rename the bridge "The Emperor Norton Bridge"': a name proposed, not the thing's
    words = noun.doc[start : noun.i + 1]
    if any(t.is_punct or t.pos_ == "PRON" for t in words):
        return None  # "its own", a list: not a plain name
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if (
        after is not None
        and re.fullmatch(r"[IVX]+|\d{1,2}", after.text)
        and (after.head == noun or after.ent_iob_ == "I")
    ):
        return None  # "World War I": the name goes on past the noun ("the World War" is no war's name)
    possessive = any(c.dep_ == "poss" for c in noun.lefts)
    if possessive and words[0].is_lower:
        return None  # "the country's Transport Ministry": whose, the name does not say
    if possessive or (noun.text in _NAMES_WITHOUT_THE and (start == 0 or doc[start - 1].lower_ != "the")):
        return words.text  # "Cambridge University", "Tiananmen Square", as the article writes them ("the Kennedy
        # Space Center" keeps it)
    return f"the {words.text}"
