"""People in an article: their full names, the role the article gives them, and who "he" is."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quizgen.clauses import SUBJECT_DEPS
from quizgen.entities import NAME_PARTICLES, good_person, is_country, quoted, trimmed
from quizgen.nlp import TITLES
from quizgen.sentences import REPORTING_VERBS

_ROLE_DEPS = ("compound", "amod", "nmod")
# A role is a kind of person: a title, or a noun that names someone by what they do.
_AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "crat", "ee", "eer", "ier", "ive", "ar")
_ROLE_NOUNS = frozenset(
    """activist politician leader chief head spokesperson spokesman spokeswoman founder captain coach referee
    striker goalkeeper defender midfielder candidate newcomer wife husband son daughter mother father
    sister brother child widow official chairperson author poet artist scientist economist journalist editor
    president minister councillor lawyer judge doctor nurse citizen resident envoy diplomat emperor counsel attorney
    prosecutor architect physician surgeon soldier historian scholar""".split()
)
# Forms of address, not roles: "Sir Edmund Andros", "Dr Maathai".
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof", "prof."}
)
# Adjectives that are part of a role rather than an opinion of the person: "veteran politician".
_ROLE_ADJECTIVES = frozenset("veteran former retired senior deputy acting assistant vice interim chief general".split())
# Someone's own words (a decree, a letter quoted whole): the roles they give are theirs, not the article's.
_FIRST_PERSON = frozenset("i me my we us our".split())
_NOT_ROLES = frozenset(
    "group party camp rule government team member members people side country independent veteran name nickname "
    "title pseudonym alias word".split()  # "Shunrō, his former name": a name is no role
) | frozenset(  # adjectives with a role's ending, that the model may tag as nouns: "a gallant Andy Roddick"
    """gallant brilliant elegant defiant dominant valiant triumphant jubilant arrogant buoyant vibrant relevant
    excellent confident prominent eminent violent silent decent innocent brave active impressive aggressive
    decisive massive popular regular similar familiar particular spectacular clever tender proper bitter""".split()
)


def is_role(words: str, head_tag: str) -> bool:
    """True for a singular noun that names a person by what they are: "activist", "veteran politician"."""
    head = words.split()[-1].lower() if words.split() else ""
    if not head or head_tag not in ("NN", "NNP") or head in _NOT_ROLES:
        return False
    return head in TITLES or head in _ROLE_NOUNS or head.endswith(_AGENT_SUFFIXES)


def plainly_a_role(word: str) -> bool:
    """True for a lower-case word that names a person by their work whatever the parse ("director",
    "investigator"); stricter than `is_role` on endings: not "under" or "member", which only end like one."""
    return word in TITLES or word in _ROLE_NOUNS or (len(word) > 7 and word.endswith(("ist", "or", "ian", "er")))


@dataclass
class Person:
    """One person: the fullest name the article uses and the first role it gives them."""

    name: str
    role: str | None = None
    mentions: int = 0
    pronoun: str | None = None  # "he" or "she" where the article's titles and kin words say which, else None
    first: tuple[int, int] = (0, 0)  # where the article first names them: (paragraph, character)

    @property
    def display(self) -> str:
        """The name with its title when the role is one ("President Kassym-Jomart Tokayev")."""
        if self.role and self.role.lower() in TITLES and self.role[:1].isupper():
            return f"{self.role} {self.name}"
        return self.name


@dataclass
class People:
    """All people of an article, found by any form of their name ("Tokayev" is "Kassym-Jomart Tokayev")."""

    by_name: dict[str, Person] = field(default_factory=dict)
    # Words of the organisations the article names in several words ("Ford" of "Ford Motor Company").
    organisation_words: frozenset[str] = frozenset()
    # Words of the person a biography's title names, whom the model may never tag ("Rembrandt van Rijn").
    title_words: frozenset[str] = frozenset()
    # Surnames the article also writes after another first name the model never tagged ("Edvard Munch" beside
    # the tagged "Dr Christian Munch"): alone, such a surname may be either man.
    shared_surnames: frozenset[str] = frozenset()

    def find(self, name: str, given: bool = True) -> Person | None:
        """The person a name refers to: exact, or the one person whose full name ends with it, or (`given`)
        the one whose first or middle name it is."""
        if name in self.by_name:
            return self.by_name[name]
        matches = [p for full, p in self.by_name.items() if full.endswith(" " + name) or full.endswith("-" + name)]
        if len(matches) > 1:  # "Joshua Norton" is "Joshua Abraham Norton": one name holds all the others
            fullest = max(matches, key=lambda p: len(p.name.split()))
            if all(set(p.name.split()) <= set(fullest.name.split()) for p in matches):
                return fullest
            titled = [p for p in matches if self.title_words and set(p.name.split()) <= self.title_words]
            if " " not in name and len(titled) == 1:
                return titled[0]  # "Turing" of "Alan Turing", the title's, not his mother Ethel Sara Turing
            if " " not in name:  # "Fermi" of a life of Enrico Fermi whose father was Alberto Fermi
                return _most_mentioned(matches)
        if not matches and " " in name:  # "Joshua Norton" is "Joshua Abraham Norton": same first and last name
            words = name.split()
            matches = [p for full, p in self.by_name.items() if _fuller(full.split(), words)]
        if not matches and given:  # "Graham" is "Alexander Graham Bell", "Edward" "Edward Jenner", if no one else
            matches = self.given_name_of(name)
        return matches[0] if len(matches) == 1 else None

    def given_name_of(self, name: str) -> list[Person]:
        """The people whose first or middle name is `name` ("Graham" of "Alexander Graham Bell")."""
        return [p for full, p in self.by_name.items() if name in full.split()[:-1]]

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of every name ("Joshua", "Abraham", "Norton")."""
        return frozenset(word for full in self.by_name for word in full.split()) | self.title_words

    def written_whole(self, sent: Span) -> dict[int, tuple[int, str]]:
        """A name the article wrote in full before, written in full again where a question lifts the sentence
        out: "Cannon" -> "Patrick Cannon", "Edward" -> "Edward Jenner", "Graham" -> "Alexander Graham Bell"
        (as `clauses.Substitutions`). Only where one person has that name, at its first mention in the
        sentence, not after a title ("Queen Elizabeth"), not "Elizabeth of Bohemia", and not where the
        sentence writes the full name too."""
        subs: dict[int, tuple[int, str]] = {}
        for ent in sent.ents:
            if len(ent) == 2 and _demonym(ent[0]):
                ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)  # "Briton Froome" -> "Chris Froome"
            token = ent[0]
            if ent.label_ not in ("PERSON", "ORG", "GPE") or len(ent) != 1 or not token.is_title:
                continue
            if token.i + 1 < sent.end and token.nbor(1).lower_ == "of":
                continue  # "Elizabeth of Bohemia": a name of its own
            if token.i > 0 and token.nbor(-1).lower_ in TITLES:
                continue  # "Queen Elizabeth", "President Tokayev": the title says who
            if token.i > 0 and (token.nbor(-1).lower_ in ("named", "called", "name") or token.nbor(-1).text == "as"):
                continue  # "adopted the name Catherine", "known as Catherine": the name as a word, not Catherine II
            if _names_a_thing(token):
                continue  # "the Burke and Wills expedition": the expedition's name, as it is written
            named = [p for full, p in self.by_name.items() if " " in full and token.text in full.split()]
            if len(named) != 1 or named[0].name in sent.text or named[0].name in (w for _, w in subs.values()):
                continue
            if token.text in self.shared_surnames:
                continue  # "Munch" of a life of Edvard Munch, whose father Dr Christian Munch is the one tagged
            somewhere = token.dep_ == "pobj" and token.head.lower_ in ("in", "to", "at", "near", "from", "into")
            if somewhere and named[0].role is None:
                continue  # "salt from seawater in Dandi": a place, not "Dandi Satyagraha", a march's name the model
                # took for a person
            surname = token.text == named[0].name.split()[-1]
            if ent.label_ == "ORG" and surname and token.text in self.organisation_words and not _as_a_person(token):
                continue  # "Ford" beside "Ford Motor Company" may be the company, not Henry Ford
            if ent.label_ == "GPE" and not (surname and (_as_a_person(token) or token.dep_ in SUBJECT_DEPS)):
                continue  # "Georgia" is the state, unless it is a Mr Georgia's, or he did or said something
            start = (
                token.i - 1
                if token.i > 0 and (_demonym(token.nbor(-1)) or _particle_of(token, named[0].name))
                else token.i
            )
            subs[start] = (token.i + 1, named[0].name)  # "de Grasse" -> "De Grasse", not "de De Grasse"
        return subs

    def with_role(self, role: str) -> Person | None:
        """The one person the article gives this role, if exactly one."""
        matches = [p for p in self.by_name.values() if p.role and p.role.lower() == role.lower()]
        return matches[0] if len(matches) == 1 else None


def _particle_of(token: Token, name: str) -> bool:
    """True when the word before the token is the name's own word before it, in another case: the "de" of
    "battled de Grasse" for the name "De Grasse"."""
    words = name.split()
    if token.text not in words or words.index(token.text) == 0:
        return False
    return token.nbor(-1).lower_ == words[words.index(token.text) - 1].lower()


def _as_a_person(token: Token) -> bool:
    """True for a surname the model took for an organisation or a place where a person's is meant: the one
    who said ("Kieserman said") or whose ("Underwood's final vote tally")."""
    said = token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS
    return said or (token.dep_ == "poss" and token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "POS")


def _names_a_thing(token: Token) -> bool:
    """True for a name that is a word of a thing's name: "Burke" (and "Wills") of "the Burke and Wills
    expedition"."""
    for after in token.doc[token.i + 1 : token.i + 4]:  # (the parse may hang "Clark Expedition" off "Lewis")
        if after.lower_ in _THING_HEADS and after.is_title:
            return True
        if not (after.pos_ == "PROPN" or after.lower_ in ("and", "&")):
            break
    while token.dep_ in ("conj", "compound") and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head
        if token.lower_ in _THING_HEADS:
            return True  # "the Lewis and Clark Expedition": not "the Meriwether Lewis and Clark Expedition"
    return token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ == "NOUN"


# Capitalised nouns that end the name of a thing named after people: "the Lewis and Clark Expedition".
_THING_HEADS = frozenset(
    "expedition bridge prize award foundation institute university college hall museum company house act".split()
)


def _most_mentioned(matches: list[Person]) -> Person | None:
    """The one of several people a surname alone stands for: the one the article names most, or first."""
    return min(matches, key=lambda p: (-p.mentions, p.first))


def _fuller(full: list[str], words: list[str]) -> bool:
    """True when `full` is `words` with middle names added: same first and last name."""
    return full[0] == words[0] and full[-1] == words[-1] and set(words) <= set(full)


def role_of(ent: Span) -> str | None:
    """The role the text gives a person mention: a title before the name or a noun in apposition."""
    doc = ent.doc
    inner = [t for t in ent[:-1] if t.lower_ in TITLES and t.lower_ not in HONORIFICS]
    if inner and inner[0].i == ent.start:
        if _title_goes_on(doc, ent.start):
            return None  # "Interior Minister Edmundo Perez Yoma": "Minister" is only part of the title
        return doc[ent.start : inner[-1].i + 1].text  # "Emperor Norton": the model kept the title in the name
    if inner and ent.end - inner[-1].i > 2:
        return None  # "Chief" + "Health Officer Brett Sutton": a title cut in two, no role to ask
    words = []
    i = ent.start - 1
    # Words modifying the name, or the role words already taken ("veteran" of "veteran politician").
    while i >= 0 and (doc[i].head.i in range(ent.start, ent.end) or doc[i].head in words) and doc[i].dep_ in _ROLE_DEPS:
        if doc[i].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[i].ent_type_ == "ORG":  # "Toronto Police Chief"
            break
        words.insert(0, doc[i])
        i -= 1
    while len(words) == 2 and words[0].pos_ == "ADJ" and words[0].lower_ not in _ROLE_ADJECTIVES:
        words.pop(0)  # "nonpartisan pan-democrat": the role is the noun; not "internal" of "internal affairs minister"
    if words and words[-1].lower_ in HONORIFICS:
        return None  # "Sir Edmund Andros": a form of address, not a role
    before = doc[words[0].i - 1] if words and words[0].i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.dep_ in (*_ROLE_DEPS, "appos"):
        return None  # "police assistant sub-inspector": the parse hung "assistant" elsewhere; the role goes on
    if words and words[0].i > 0 and doc[words[0].i - 1].text in ("\u2014", "\u2013", "--", "-"):
        return None  # "Māori Crown Relations — Te Arawhiti — Minister Kelvin Davis": more title than "Minister"
    if words and words[0].is_title and _title_goes_on(doc, words[0].i):
        return None  # "Lieutenant-Governor William Hobson": not "Governor"
    if words and is_role(doc[words[0].i : words[-1].i + 1].text, words[-1].tag_):
        return doc[words[0].i : words[-1].i + 1].text
    root = ent.root
    if ent.start > 0 and doc[ent.start - 1].lower_ in _FOR_EXAMPLE:
        return None  # "pioneering work in the electrical light field, especially Humphrey Davy": no role
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    for noun in nouns:  # set beside the name, a singular noun says what the person is ("a practising homeopath")
        if noun.i < ent.start and any(t.is_alpha for t in doc[noun.i + 1 : ent.start]):
            return None  # "star forward Cladio Caniggia": the role goes on past the noun the parse chose
        if noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lower_ not in _NOT_ROLES:
            others = [c for c in noun.children if c.dep_ in ("nmod", "appos") and c.i < noun.i]
            if any(c.pos_ == "NOUN" and is_role(c.text, c.tag_) for c in others):
                return None  # "another localist camp candidate, veteran politician Raymond Wong": which one?
            if any(c.dep_ in ("conj", "prep") for c in noun.children):
                return None  # "businessman and provisional governor of Oregon", "spokesman for the Department":
                # a role that needs more words than a card can hold whole
            return _noun_phrase(noun)
    return None


# Words that introduce an example of a group, not a name in apposition.
_FOR_EXAMPLE = frozenset("especially including notably particularly like namely".split())


# Words of an office that, capitalised after a title, the model may take for a name ("Chief Election Agent").
_OFFICE_WORDS = frozenset("agent officer secretary director commissioner counsel registrar clerk".split())


def _titles_inside(name: str) -> bool:
    """True for a "name" with titles inside it: "Deputy Attorney General Joe", the model's cut of "Chief Deputy
    Attorney General Joe McGettigan"."""
    words = [w.lower().strip(".") for w in name.split()[:-1]]
    return sum(w in TITLES or w in _ROLE_NOUNS for w in words) >= 2


def _a_title_alone(ent: Span) -> bool:
    """True for an office the model took for a name: "Election Agent" of "Mugabe's Chief Election Agent"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    titled = before is not None and (before.lower_ in TITLES or before.tag_ == "POS")
    return titled and ent[-1].lower_ in _OFFICE_WORDS


def _title_goes_on(doc: Doc, start: int) -> bool:
    """True when the word before a title is part of it: a capitalised word inside the sentence ("Interior"
    of "Interior Minister"), or a hyphen ("Lieutenant-Governor")."""
    if start == 0:
        return False
    before = doc[start - 1]
    opening = before.is_sent_start and (before.pos_ not in ("PROPN", "NOUN", "ADJ") or before.ent_type_ == "NORP")
    # "The Minister", "Turkish President" open a sentence; "Interior Minister" is one title
    return before.text in ("-", "\u2011") or (before.is_title and not opening and before.is_alpha)


def _noun_phrase(noun) -> str:
    """A role noun with its compound and adjective modifiers, without determiners or numbers."""
    mods = [
        c
        for c in noun.lefts
        if c.dep_ in ("compound", "amod") and (c.pos_ in ("NOUN", "ADJ", "PROPN") or c.tag_ in ("VBG", "VBN"))
    ]  # "practising homeopath", "retired general"
    start = min(m.left_edge.i for m in mods) if mods else noun.i  # "18-year-old homecoming queen", whole
    return noun.doc[start : noun.i + 1].text


def _without_title(ent: Span) -> str:
    """The name without a leading title the model put inside the entity ("Emperor Norton" -> "Norton")."""
    words = list(trimmed(ent))
    inner = [k for k, w in enumerate(words[:-1]) if w.lower_ in TITLES and w.lower_ not in HONORIFICS]
    if inner and len(words) - inner[-1] > 2:
        words = words[inner[-1] + 1 :]  # "Health Officer Brett Sutton" (of "Chief Health Officer ..."): Brett Sutton
    while len(words) > 1 and words[0].lower_ in TITLES:
        words = words[1:]
    if len(words) > 1 and _demonym(words[0]):
        words = words[1:]  # "Briton Chris Froome", "Briton Froome": Chris Froome, Froome
    while words and (words[-1].tag_ == "POS" or words[-1].text in ("'", "\u2019")):
        words = words[:-1]
    return ent.doc[words[0].i : words[-1].i + 1].text.strip() if words else ""


# Nouns for the people of a country, written before a name as titles are ("Briton Chris Froome").
_DEMONYM_NOUNS = frozenset(
    """briton englishman englishwoman scotsman irishman frenchman frenchwoman dutchman spaniard swede""".split()
)


def _demonym(word: Token) -> bool:
    """True for a word that says where someone is from, as a noun: an adjective inside a name may be its first
    name ("Welshman Ncube" is his name; "English doctor Edward Jenner" is a role the model runs into a name)."""
    return word.lower_ in _DEMONYM_NOUNS


def _in_own_words(ent: Span, inside_quotes: frozenset[int]) -> bool:
    """True for a mention in someone's own words outside quotation marks (a decree quoted whole: "we do hereby
    Order and Direct Major-General Scott"): the roles given there are the speaker's, not the article's."""
    return any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" and t.i not in inside_quotes for t in ent.sent)


def _without_two_run_together(mentions: list[Span], docs: list[Doc], paragraph: dict[int, int]) -> list[Span]:
    """The mentions without a name the model made of two people the source ran together ("With Cimabue Giotto
    is often regarded as ...", a comma missing): one name written once, after the article has named someone by
    each of its two words, alone, at least twice (not "Jane Austen", written before her "Jane" and "Austen")."""
    texts = Counter(trimmed(ent).text for ent in mentions)

    def at(ent: Span) -> tuple[int, int]:
        return paragraph[id(ent.doc)], ent.start_char

    seen: dict[str, list[tuple[int, int]]] = {}  # where the article names each word alone, any label: the model
    for doc in docs:  # takes "Giotto" for a place as often as for the man
        for e in map(trimmed, doc.ents):
            if len(e) == 1:
                seen.setdefault(e.text, []).append(at(e))

    def run_together(ent: Span) -> bool:
        words = trimmed(ent).text.split()
        if len(words) != 2 or texts[" ".join(words)] != 1:
            return False
        return all(sum(where < at(ent) for where in seen.get(w, ())) >= 2 for w in words)

    return [ent for ent in mentions if not run_together(ent)]


def collect_people(docs: list[Doc], title: str = "") -> People:
    """Every PERSON mention of the article, merged by name, longest names first; with the words of the name
    the article's title is, where it is one (`title_name_words`)."""
    people = People(title_words=title_name_words(title, docs))
    evidence: dict[str, list[str]] = {}  # per person: the pronouns their titles and kin words call for
    quoted_in: dict[int, frozenset[int]] = {}  # per Doc: the tokens inside quotation marks
    paragraph = {id(doc): i for i, doc in enumerate(docs)}
    mentions = [ent for doc in docs for ent in doc.ents if ent.label_ == "PERSON" and good_person(ent)]
    places = {ent.text for doc in docs for ent in doc.ents if ent.label_ == "GPE"}
    mentions = [ent for ent in mentions if not _a_state_in_its_age(ent, places)]
    mentions = _without_two_run_together(mentions, docs, paragraph)
    # Longest names first ("Chris Froome" before "Briton Froome", which is "Froome"), as written in the text.
    for name, ent in sorted(
        ((_without_title(e), e) for e in mentions), key=lambda pair: (-len(pair[0]), -len(pair[1].text))
    ):
        if len(name) < 2 or _a_title_alone(ent) or _titles_inside(name):
            continue
        person = people.find(name, given=False)  # "Queen Elizabeth" is not the article's Elizabeth Stone
        at = (paragraph[id(ent.doc)], ent.start_char)
        if person is None:
            person = people.by_name.setdefault(name, Person(name, first=at))
        person.mentions += 1
        person.first = min(person.first, at)
        if person.role is None and not _in_own_words(ent, quoted_in.setdefault(id(ent.doc), quoted(ent.doc))):
            person.role = role_of(ent)
        evidence.setdefault(person.name, []).extend(_gender_words(ent))
    groups = Counter(
        ent.text.strip() for doc in docs for ent in doc.ents if ent.label_ in ("ORG", "GPE", "NORP", "FAC")
    )
    people.organisation_words = frozenset(
        t.text for doc in docs for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1 for t in ent
    )
    for name in [n for n, p in people.by_name.items() if groups[n] >= p.mentions and not p.role]:
        del people.by_name[name]  # "Civic Passion" is a party the model once took for a person
    for name in [n for n, p in people.by_name.items() if not p.role and _only_where(n, mentions)]:
        del people.by_name[name]  # "at Kitty Hawk", "near Kitty Hawk": a place the model took for a person
    people.shared_surnames = _shared_surnames(docs, people, title)
    for name, person in list(people.by_name.items()):
        one_word = " " not in name and person.role is None
        if one_word and len(wholes := people.given_name_of(name)) == 1:
            whole = wholes[0]  # "Graham" is Alexander Graham Bell: one person, so "he" is him
            whole.mentions += person.mentions
            evidence.setdefault(whole.name, []).extend(evidence.get(name, ()))
            whole.pronoun = _pronoun(evidence[whole.name])
            del people.by_name[name]
            continue
        if one_word and person.mentions < 2:
            del people.by_name[name]  # one word, once, no role: as likely a product or a thing as a person
        person.pronoun = _pronoun(evidence.get(person.name, ()))  # "Empress Catherine II", "Grand Duke Peter"
    return people


def _shared_surnames(docs: list[Doc], people: People, title: str) -> frozenset[str]:
    """The surnames of the article's people that its title gives another person, whom the text writes with a
    first name none of them has: "Edvard Munch", the title's painter, untagged, beside "Dr Christian Munch"."""
    surnames = {full.split()[-1]: full.split() for full in people.by_name if " " in full}
    shared = set()
    inverted = re.match(r"([A-Z][\w'-]+), ([A-Z][\w'-]+)", title)  # "Salk, Jonas Edward": a life of Jonas Salk,
    if inverted and inverted[1] in surnames and inverted[2] not in surnames[inverted[1]]:  # beside his tagged
        shared.add(inverted[1])  # father "Daniel B. Salk"
    named = re.fullmatch(r"([A-Z][\w'-]+) ([A-Z][\w'-]+)", title.strip())  # "Kublai Khan", whom the text writes
    if named and named[2] in surnames and named[1] not in surnames[named[2]] and named[1].lower() not in TITLES:
        shared.add(named[2])  # "Kublai (or Khubilai) Khan", beside his tagged grandfather "Genghis Khan"
    for doc in docs:
        for token in doc[1:]:
            first = doc[token.i - 1]
            if token.text not in surnames or not first.is_title or first.pos_ != "PROPN":
                continue
            other = first.text not in surnames[token.text] and first.lower_ not in TITLES and not _demonym(first)
            if other and f"{first.text} {token.text}" in title:
                shared.add(token.text)
    return frozenset(shared)


def _a_state_in_its_age(ent: Span, places: set[str]) -> bool:
    """True for "Meiji Japan", "Qing China": a word and a country the article names as a place on its own,
    which the model took for a person's name."""
    words = ent.text.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1] in places and is_country(words[1])


def _only_where(name: str, mentions: list[Span]) -> bool:
    """True when every mention of the name is where something happened: "at Kitty Hawk", "near Kitty Hawk"."""
    found = [ent for ent in mentions if _without_title(ent) == name]
    return bool(found) and all(
        ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("at", "in", "near", "outside") for ent in found
    )


def _pronoun(said: Iterable[str]) -> str | None:
    """ "he" or "she" where all the words said of a person call for one, else None."""
    called = set(said)
    return called.pop() if len(called) == 1 else None


# Words that say a person is a woman or a man: titles before the name, kin words beside it or said of it.
SHE_WORDS = frozenset(
    """empress queen princess duchess countess baroness lady dame mrs ms miss madam wife mother daughter sister
    widow grandmother aunt niece stepmother actress businesswoman chairwoman spokeswoman congresswoman sportswoman
    girlfriend""".split()
)
HE_WORDS = frozenset(
    """emperor king prince duke count baron lord sir mr husband father son brother widower grandfather uncle
    nephew stepfather actor businessman chairman spokesman congressman sportsman boyfriend""".split()
)


def _gender_words(ent: Span) -> list[str]:
    """ "she" for "Empress Catherine II" or "Catherine was the daughter of ...", "he" for "Grand Duke Peter":
    what the words in and around one mention of a person call for."""
    doc = ent.doc
    start = ent.start
    while start > max(ent.start - 3, 0) and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in TITLES):
        start -= 1  # "Grand Duke" of "Grand Duke Peter"; not "the daughter of" before "Christian August"
    words = [t.lower_.rstrip(".") for t in doc[start : ent.end]]
    root = ent.root
    words += [c.lower_ for c in root.children if c.dep_ == "appos"]  # "Francis, his wife"
    if root.dep_ == "appos":
        words.append(root.head.lower_)  # "his wife Francis"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        words += [c.lower_ for c in root.head.children if c.dep_ == "attr"]  # "Catherine was the daughter of"
    return ["she" if w in SHE_WORDS else "he" for w in words if w in SHE_WORDS or w in HE_WORDS]


def title_name_words(title: str, docs: list[Doc]) -> frozenset[str]:
    """The words of the name a title is ("Rembrandt van Rijn"), when the text makes its first or last word the
    subject of at least two sentences ("Rembrandt studied ...", "Rembrandt moved ..."): the article's own person."""
    words = title.split()
    if not 1 < len(words) <= 4 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return frozenset()
    ends = {words[0], words[-1]}  # "Rembrandt studied ...", "Comaneci fled ..." of "Nadia Comaneci"
    subject = sum(t.text in ends and t.dep_ in SUBJECT_DEPS for doc in docs for t in doc)  # whatever the tagger
    # takes it for: "Turing began attending" (a verb, to the small model)
    return frozenset(words) if subject >= 2 else frozenset()
