"""People in an article: their full names, the role the article gives them, and who "he" is."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from quizgen.nlp import TITLES

_ROLE_DEPS = ("compound", "amod", "nmod")


@dataclass
class Person:
    """One person: the fullest name the article uses and the first role it gives them."""

    name: str
    role: str | None = None
    mentions: int = 0

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

    def find(self, name: str) -> Person | None:
        """The person a name refers to: exact, or the one person whose full name ends with it."""
        if name in self.by_name:
            return self.by_name[name]
        matches = [p for full, p in self.by_name.items() if full.endswith(" " + name) or full.endswith("-" + name)]
        return matches[0] if len(matches) == 1 else None

    def with_role(self, role: str) -> Person | None:
        """The one person the article gives this role, if exactly one."""
        matches = [p for p in self.by_name.values() if p.role and p.role.lower() == role.lower()]
        return matches[0] if len(matches) == 1 else None


def role_of(ent: Span) -> str | None:
    """The role the text gives a person mention: a title before the name or a noun in apposition."""
    doc = ent.doc
    words = []
    i = ent.start - 1
    while i >= 0 and doc[i].head.i in range(ent.start, ent.end) and doc[i].dep_ in _ROLE_DEPS:
        if doc[i].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[i].ent_type_ in ("GPE", "NORP", "ORG"):
            break
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].pos_ == "ADJ":
        words.pop(0)  # "nonpartisan pan-democrat": the role is the noun
    if words and (words[-1].pos_ == "NOUN" or words[-1].lower_ in TITLES):
        return doc[words[0].i : words[-1].i + 1].text
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return _noun_phrase(root.head)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return _noun_phrase(child)
    return None


def _noun_phrase(noun) -> str:
    """A role noun with its compound and adjective modifiers, without determiners or numbers."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    start = mods[0].i if mods else noun.i
    return noun.doc[start : noun.i + 1].text


def collect_people(docs: list[Doc]) -> People:
    """Every PERSON mention of the article, merged by name, longest names first."""
    people = People()
    mentions = sorted(
        (ent for doc in docs for ent in doc.ents if ent.label_ == "PERSON"),
        key=lambda e: -len(e.text),
    )
    for ent in mentions:
        name = ent.text.strip()
        if len(name) < 2:
            continue
        person = people.find(name)
        if person is None:
            person = people.by_name.setdefault(name, Person(name))
        person.mentions += 1
        if person.role is None:
            person.role = role_of(ent)
    return people
