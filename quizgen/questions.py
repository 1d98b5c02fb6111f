"""Question building: Facts in, Questions out. No spaCy here: everything needed is on the Fact.

Short-answer questions come from the fact's clause by the textbook transformations (wh-fronting,
subject-auxiliary inversion, do-support); cloze deletions from the sentence with the fact's span taken out.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable

from lemminflect import getInflection

from quizgen.dates import render
from quizgen.entities import is_country
from quizgen.models import Article, Clause, Fact, Question
from quizgen.nlp import TITLES
from quizgen.people import HONORIFICS, is_role, plainly_a_role
from quizgen.sentences import RELATIONS

BLANK = "_____"
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_BE = {"is", "are", "was", "were", "am", "'s", "'re"}
_AUXILIARIES = _BE | {"be", "been", "being", "has", "have", "had", "'ve", "'d", "do", "does", "did", "will", "would",
                      "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca"}  # fmt: skip
_HEDGE_WORDS = {"nearly", "about", "around", "some", "over", "almost", "approximately", "more", "less", "roughly"}


_MONTHS = frozenset(calendar.month_name[1:])


def names_something(prompt: str, answer: str) -> bool:
    """True when the question names someone or something besides its answer and its dates: a capitalised
    word past the first ("Who defeated Lee Cheuk-yan ...?"), not a month."""
    rest = prompt.replace(BLANK, " ").replace(answer, " ") if answer else prompt
    return any(w[:1].isupper() and w.strip(",.;:?!") not in _MONTHS for w in rest.split()[1:])


def home_place(article: Article, facts: Iterable[Fact]) -> str | None:
    """The country an article is about, when one dominates it: named in at least half of its paragraphs, the
    first among them, and in more paragraphs than any other place by half again ("Kazakhstan", not "Russia").
    A question that names nothing else may say where it happened. Only a country: readers passed 4 in 39 such
    questions opened with a city or a name the model took for a place ("In London, how many deaths were
    recorded?", "In Verizon, ...", "In Earth, ...")."""
    paragraphs = article.paragraphs
    places = {
        f.text for f in facts if f.kind == "place" and is_country(f.text) and _written_as_a_place(f.text, article.text)
    }
    spread = sorted(
        ((sum(bool(re.search(rf"\b{re.escape(p)}\b", text)) for text in paragraphs), p) for p in places),
        reverse=True,
    )
    if not spread or len(paragraphs) < 3:
        return None  # an abstract or a note: too short to say what it is about by counting
    (most, place), runner_up = spread[0], (spread[1][0] if len(spread) > 1 else 0)
    first = re.search(rf"\b{re.escape(place)}\b", paragraphs[0]) is not None
    return place if first and 2 * most >= len(paragraphs) and 2 * most >= 3 * runner_up else None


# Words that set a place in a sentence, with up to two words between ("in central Chile", "of the Cape").
_WHERE = re.compile(r"(?i)\b(?:in|at|to|from|of|across|near|throughout|around)\s+(?:[a-z]+\s+){0,2}$")


def _written_as_a_place(name: str, text: str) -> bool:
    """True for a name the article writes at least once as places are ("in Kazakhstan", "in central Chile"),
    not only as a subject or a list item ("Etienne was very different": a brother the model took for a place)."""
    return any(
        _WHERE.search(text[max(0, m.start() - 40) : m.start()]) for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    )


def _placed(prompt: str, fact: Fact, home: str | None, elsewhere: set[int]) -> str:
    """ "In Kazakhstan, how many protesters were killed in January 2022?": the article's home place before a
    question that names nothing else, when the fact's paragraph speaks of no other place."""
    if home is None or fact.paragraph in elsewhere or names_something(prompt, ""):
        return prompt
    if re.search(r"\b[A-Z][\w.]*['\u2019]s\b", fact.sentence):
        return prompt  # "France's Antoine Griezmann failed ...", "The UK's Sam Ryder was in the lead": whose, not where
    return f"In {home}, {prompt[:1].lower()}{prompt[1:]}"


def tidy(text: str) -> str:
    """One space between words, none before punctuation, a capital first letter."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:?!%”’)])", r"\1", text)
    text = re.sub(r"([“(])\s+", r"\1", text)
    text = re.sub(r"\b([IVX]+)\.\?$", r"\1?", text)  # "... give Napoleon I?", not "Napoleon I.?"
    return text[:1].upper() + text[1:]


def _inside(subject: str) -> str:
    """A subject as it reads after the wh-word: "A magnitude 5.6 earthquake" -> "a magnitude 5.6 earthquake"
    (not "The Hague": a one-word name keeps its article's capital)."""
    first, _, rest = subject.partition(" ")
    if first in ("A", "An") or (first == "The" and (rest[:1].islower() or len(rest.split()) > 1)):
        return f"{first.lower()} {rest}"  # "the National Weather Service"; "The Hague" keeps its capital
    return subject


_DETERMINERS = frozenset("the a an his her its their".split())


def _aside_left_open(subject: str) -> bool:
    """True for a subject with an aside that a comma opens and nothing closes before the verb a question moves
    after it: "the volcano Nevado del Ruiz, about 120 miles northwest of Bogota". Not a list ("Smith, Jones and
    Brown", "the army, the navy and the air force"), nor a figure ("1,500 soldiers")."""
    parts = subject.split(", ")
    if len(parts) < 2:
        return False
    last = parts[-1]
    first_word = last.split()[0] if last.split() else ""
    if first_word[:1].islower() and first_word not in _DETERMINERS:
        return True  # ", about ...", ", who ...", ", just outside Heidelberg"
    return not re.search(r"\b(?:and|or)\b", last)  # "Paris, France" opens no list


def invert(wh: str, clause: Clause) -> str | None:
    """Front a wh-word with inversion or do-support: "When did voters approve changes?"."""
    if clause.negated:
        return None
    if _aside_left_open(clause.subject):
        return None  # "When did the volcano Nevado del Ruiz, about 120 miles northwest of Bogota bury ...?"
    clause = Clause(**{**clause.__dict__, "subject": _inside(clause.subject)})
    rest = f" {clause.rest}" if clause.rest else ""
    if clause.aux and clause.aux[0].lower() not in _AUXILIARIES:
        return None  # "appeared" taken for an auxiliary: "When appeared the NLD headed ...?"
    if clause.aux and clause.aux[-1].lower() in _BE | {"has", "have", "had"} and _not_a_participle(clause):
        return None  # "He was also became a Fellow": the source's slip would be the question's
    if wh == "When" and clause.aux and clause.aux[0].lower() in ("has", "have", "'ve"):
        clause = _in_the_past(clause)  # "When has Bayer raised its offer?": a time asked of the simple past
        if clause is None:
            return None
    if clause.aux:
        tail = " ".join((*clause.aux[1:], clause.verb))
        return tidy(f"{wh} {clause.aux[0]} {clause.subject} {tail}{rest}?")
    if clause.verb.lower() in _BE:
        return tidy(f"{wh} {clause.verb} {clause.subject}{rest}?")
    do = _DO.get(clause.verb_tag)
    if do is None:
        return None  # a bare participle or infinitive: no finite verb to invert
    return tidy(f"{wh} {do} {clause.subject} {clause.verb_lemma.lower()}{rest}?")


def _in_the_past(clause: Clause) -> Clause | None:
    """The present perfect of a clause in the simple past: "has raised" -> "raised", "have been hit" -> "were
    hit" (English asks "when" of the past, not of the present perfect); None for any other shape."""
    if clause.verb_tag != "VBN":
        return None
    plural = clause.aux[0].lower() != "has"
    if len(clause.aux) == 1:
        past = ("were" if plural else "was") if clause.verb_lemma == "be" else clause.verb
        return Clause(**{**clause.__dict__, "aux": (), "verb": past, "verb_tag": "VBD"})  # do-support: "did raise"
    if len(clause.aux) == 2 and clause.aux[1].lower() == "been":
        return Clause(**{**clause.__dict__, "aux": ("were" if plural else "was",)})
    return None


def _not_a_participle(clause: Clause) -> bool:
    """True for a past tense that is no participle ("became", not "knighted", whatever the tagger said)."""
    participles = getInflection(clause.verb_lemma, tag="VBN") if clause.verb_tag == "VBD" else ()
    return bool(participles) and clause.verb.lower() not in participles


def front_subject(wh: str, clause: Clause) -> str | None:
    """Replace the subject by a wh-phrase, no inversion: "Who called the protests ...?"."""
    if clause.negated:
        return None
    if clause.aux and clause.aux[0].lower() not in _AUXILIARIES:
        return None  # "How many seats having been secured ...?": no finite verb
    if not clause.aux and (clause.verb_tag in ("VBG", "VB") or (clause.verb_tag == "VBN" and wh.startswith("How"))):
        # (a VBN is often a past tense mistagged; not after "How many": "How many American troops killed?")
        return None  # "Who taking his place in the Royal Box ...?", of "Pete Sampras taking his place ..."
    words = " ".join((*clause.aux, clause.verb))
    rest = f" {clause.rest}" if clause.rest else ""
    return tidy(f"{wh} {words}{rest}?")


def _who(fact: Fact) -> str:
    role = fact.role or ""
    if (
        role
        and role == role.lower()
        and " " not in role.strip()
        and role.strip() not in RELATIONS | _OF_WHAT
        and is_role(role, "NN")
    ):
        return f"Which {role}"  # not "Which father ...?" (whose?) nor "Which winner ...?" (of what?)
    return "Who"


_SHAPES = {"date": "when", "place": "where", "organization": "where", "person": "who", "number": "how-many",
           "outcome": "what"}  # fmt: skip
_NAMED_AS = "which"  # the shape of "Which organisation does the article name as ...?"


def _prompt(fact: Fact, clause: Clause) -> str | None:
    """The wh-question the fact's clause turns into, or None when its shape has none."""
    role = clause.answer_role
    if role == "adjunct" and clause.verb_lemma == "be" and not re.match(r"(?:in|at|on|from|near)\b", clause.rest):
        return None  # "When was the last British man Fred Perry?", "Where was Seacole?": no event to date or place
    if fact.kind == "date" and role == "adjunct":
        return invert("When", clause)
    if fact.kind in ("place", "organization") and role == "adjunct":
        return invert("Where", clause)
    if fact.kind == "person" and role == "subject":
        return front_subject(_who(fact), clause)
    if fact.kind == "number" and role == "subject":
        return front_subject(f"How many {clause.subject}", clause)
    if fact.kind == "number" and role == "object" and fact.about:
        return invert(f"How many {fact.about}", clause)
    if fact.kind == "outcome" and role == "object":
        return invert("What", clause)
    if fact.kind == "outcome" and role in ("agent", "agent_person"):
        return front_subject("Who" if role == "agent_person" else "What", clause)
    if fact.kind == "organization" and role == "named_as":
        return f"Which organisation does the article name as {clause.rest}?"
    return None


def short_answers(fact: Fact) -> Iterable[tuple[str, str, str]]:
    """(shape, prompt, answer) for the wh-questions a fact supports.

    Where the clause has phrases holding other facts, a brief form without them is offered too
    ("When was the election held?"), so the sentence's other facts can still be asked on the same sheet.
    """
    clause = fact.clause
    answer = (fact.value or fact.text) if fact.kind == "person" else _answer(fact)
    if clause is not None and not clause.cut_short and (prompt := _prompt(fact, clause)):
        shape = _NAMED_AS if clause.answer_role == "named_as" else _SHAPES[fact.kind]
        yield shape, prompt, answer
        if clause.brief is not None:
            brief = _prompt(fact, Clause(**{**clause.__dict__, "rest": clause.brief, "brief": None}))
            if brief and brief != prompt:
                yield shape + "-brief", brief, answer
    if fact.kind == "person" and fact.role and fact.value and " " in fact.value:
        role = fact.role.strip()
        regnal = re.search(r"\b[IVX]+\.?$", fact.value) is not None  # "George III": a King, the numeral says so
        if _two_roles(fact, role):
            return  # "Professor Terry Hughes, director of the ARC Centre": which one is the answer?
        if role.lower() in TITLES and role[:1].isupper() and role.lower() not in HONORIFICS and not regnal:
            yield "role", f"What title does the article give {fact.value}?", role  # not "hold": he may be dead
        elif (
            role == role.lower() and a_role_to_ask(role) and fact.mentions < 3 and not (regnal and _RULER.search(role))
        ):
            yield "role", f"What role does the article give {fact.value}?", role  # not its main figure's: which?
            # nor "15th century king" of Richard III: the numeral says so


_RULER = re.compile(r"\b(?:king|queen|emperor|empress|pope|tsar|czar|pharaoh|sultan|caliph|monarch|ruler)$")


def _two_roles(fact: Fact, role: str) -> bool:
    """True when the sentence sets another role beside this one: "conservative challenger, former prosecutor
    Hong Joon-pyo", "his right-wing rival, Jorge Quiroga, a former president" (which one is the answer?)."""
    before = re.search(rf"(\w+), {re.escape(role)} {re.escape(fact.text)}", fact.sentence)
    if before is not None and plainly_a_role(before[1].lower()):
        return True  # (not "just one man, Colonel Robert Clive", "In a statement, President Jonathan")
    name = re.escape(fact.text)
    beside = [m[1] for m in re.finditer(rf"(\w+), {name},", fact.sentence)]
    beside += [
        m[1].split()[-1]
        for m in re.finditer(rf"{name}, (?:a|an|the) ([\w -]+?)[,.;]", fact.sentence)
        if len(m[1].split()) <= 4
    ]  # "Seddon, the Electoral Act 1893 was passed by ...": a clause, not a role
    for after in re.finditer(rf"{name}(?: of(?: the)? [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)*)?, ([^,.;]+)",
                             fact.sentence):  # fmt: skip
        if re.search(r"\bwho (?:heads|leads|runs|directs|chairs|founded|led|headed)\b", after[1]):
            return True  # "Arthur Caplan, a top medical ethicist who heads the Center for Bioethics"
        if re.search(r"\w+ed$|\bsaid$", after[1].strip()):
            continue  # "Hosni Mubarak, the head of the commission announced": another person's words
        if any(w.islower() and plainly_a_role(w) and w not in role.lower().split() for w in after[1].split()[:3]):
            return True  # "Terry Hughes, director of the ARC Centre", "Glenn McGee, author of the new book"
    return any(w.lower() not in role.lower().split() and (is_role(w, "NN") or w.lower() in _WHOSE) for w in beside)


# Roles that need a word more to say what: "minister" of what, "candidate" for what.
_OF_WHAT = frozenset(
    """minister candidate official member leader head chief spokesman spokeswoman spokesperson director secretary
    chairman chairwoman president governor representative officer winner""".split()
)


# Parts a person plays to someone else: "his rival", "a former mentor" (whose?).
_WHOSE = frozenset("girlfriend boyfriend rival associate mentor protege successor predecessor ally".split())
# Words for a person that say no more than that ("the only woman", "a teenaged boy").
_PLAIN_PEOPLE = frozenset("woman man boy girl person child".split())


def a_role_to_ask(role: str) -> bool:
    """True for a role a card can ask for: what someone does ("freelance photographer"), whole, not whose
    ("girlfriend"), not a plain "woman", and not a thing the model took for a role ("sailing ship")."""
    head = role.split()[-1]
    relation = head in RELATIONS or head in _WHOSE  # whose? "former mentor" (of Sarkozy)
    return not relation and head not in _PLAIN_PEOPLE and is_role(role, "NN") and _asked_whole(role)


def _named_again(name: str, text: str) -> bool:
    """True when the article names the person more than once, by the surname at least: the story gives them
    more than one part, and the role the card asks for is only one of its answers."""
    surname = name.split()[-1]
    return len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1


def titled_twice(name: str, text: str) -> bool:
    """True when the article sets two different titles before the person's surname ("Lt. Col. Custer", "General
    George Armstrong Custer")."""
    surname = name.split()[-1] if name.split() else ""
    runs = re.findall(rf"((?:\b[A-Z][\w.]* ){{1,5}}){re.escape(surname)}\b", text) if surname else []
    titles = set()
    for run in runs:
        words = (_ABBREVIATED.get(w, w) for w in (w.rstrip(".").lower() for w in run.split()))
        titles.add(" ".join(w for w in words if w in TITLES and w not in HONORIFICS))
    return len(titles - {""}) > 1  # "lieutenant colonel" and "general"; not "prime minister" twice, nor "Mr"


_ABBREVIATED = {"lt": "lieutenant", "col": "colonel", "gen": "general", "maj": "major", "capt": "captain",
                "sgt": "sergeant", "adm": "admiral", "sen": "senator", "gov": "governor",
                "pres": "president"}  # fmt: skip


def _asked_whole(role: str) -> bool:
    """True for a role that is whole as an answer: not "minister" (of what?), "candidate" (for what?) or
    "agency spokeswoman" (which agency?)."""
    words = role.split()
    return not (len(words) == 1 and role in _OF_WHAT) and not any(w in _WHICH_BODY for w in words[:-1])


# Bodies a role names without saying which: "agency spokeswoman", "company spokesman".
_WHICH_BODY = frozenset("agency company department ministry government firm party".split())


def _lower_hedge(text: str) -> str:
    """ "Nearly 30,000" as the first words of its sentence -> "nearly 30,000" as an answer."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in _HEDGE_WORDS else text


def _answer(fact: Fact) -> str:
    if fact.kind == "date" and fact.cloze:
        return fact.cloze[1]
    if fact.kind == "date" and fact.value:
        return render(fact.value, fact.granularity or "day")
    return _lower_hedge(fact.text) if fact.kind == "number" else fact.text


def question_id(article: Article, key: str) -> str:
    """A short stable id from the article's identity and the question's key."""
    return hashlib.sha1(f"{article_identity(article)}\x1f{key}".encode()).hexdigest()[:12]


def article_identity(article: Article) -> str:
    """What identifies an article across rebuilds: its URL, else its title and date."""
    if article.source.startswith(("http://", "https://")):
        return article.source
    return f"{article.title}\x1f{article.date.isoformat() if article.date else ''}"


def role_holders(facts: Iterable[Fact], text: str) -> Iterable[tuple[Fact, str]]:
    """(fact, prompt) for "Who does the article name as the Crown prosecutor?": a role the article gives
    exactly one person, asked the other way round. Not a relation ("wife": whose?), not a bare common noun,
    not a role the article also gives a group of unnamed others ("councillors"), not a role that names no
    place or body the article (`text`: its title and body) names ("the Railways Minister")."""
    holders: dict[str, set[str]] = {}
    first: dict[str, Fact] = {}
    facts = list(facts)
    people = {w for f in facts if f.kind == "person" and f.value for w in f.value.split()}
    places = {w for f in facts if f.kind in ("place", "organization") for w in f.text.split()}
    for fact in facts:
        if fact.kind == "person" and fact.role and fact.value:
            holders.setdefault(fact.role.lower(), set()).add(fact.value)
            first.setdefault(fact.role.lower(), fact)
    lowered = text.lower()
    for role, names in holders.items():
        fact = first[role]
        office = role in TITLES and fact.role[:1].isupper() and role not in HONORIFICS
        if len(names) > 1 or role.split()[-1] in RELATIONS or (len(role.split()) < 2 and not office):
            continue
        if not office and not is_role(role, "NN"):
            continue  # "the Janos presidio": a place the parse set beside a name, not a role
        role_words = fact.role.split()
        if not any(w[:1].isupper() and w.lower() not in TITLES | _OFFICE_WORDS for w in role_words):
            continue  # "President", "the police Captain", "Attorney General": of what? No country, force or team
        if not any(w not in people and _names_a_body(w, fact.role, places, text) for w in role_words):
            continue  # "the Railways Minister", "the Cannon lawyer": no place or body the article names
        if re.search(rf"\b{re.escape(role.split()[-1])}e?s\b", lowered):
            continue  # "councillors" beside "the district councillor": one of several
        determined = office or re.match(r"(?i)(?:the|a|an)\b", fact.role)  # "The WHO's country director"
        role_text = re.sub(r"^The\b", "the", fact.role)
        yield fact, f"Who does the article name as {'' if determined else 'the '}{role_text}?"


def _names_a_body(word: str, role: str, places: set[str], text: str) -> bool:
    """True for "Panama" of "the Panama coach" in an article that also says "Panama lost": a place or body
    the article names on its own (or asks about), not a word of the office's name ("Railways", "Police")."""
    if not word[:1].isupper() or word.lower() in TITLES | _OFFICE_WORDS:
        return False
    if word in places:
        return True
    alone = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return alone > len(re.findall(rf"\b{re.escape(role)}\b", text))


# Words of an office's name that say which office, not where: "Vice President", "Attorney General".
_OFFICE_WORDS = frozenset("vice deputy attorney acting assistant senior former interim general".split())


def build_questions(article: Article, facts: Iterable[Fact]) -> list[Question]:
    """Every question the facts support (short answers and clozes), before any filtering."""
    facts = list(facts)
    questions = [_question(article, fact, f"holder:{fact.role}", "short_answer", prompt, fact.value or fact.text)
                 for fact, prompt in role_holders(facts, f"{article.title}\n{article.text}")]  # fmt: skip
    home = home_place(article, facts)
    elsewhere = {f.paragraph for f in facts if f.kind == "place" and f.text != home}
    described_twice = {f.value for f in facts if f.kind == "person" and f.role and _two_roles(f, f.role.strip())}
    for fact in facts:
        for shape, prompt, answer in short_answers(fact):
            if shape == "role" and fact.value in described_twice:
                continue  # "Professor Hughes said", after "Professor Terry Hughes, director of the ARC Centre"
            key = f"role:{fact.value}" if shape == "role" else f"{fact.id}:{shape}"
            if (
                shape == "role"
                and prompt.startswith("What role")
                and _named_again(fact.value or fact.text, article.text)
            ):
                continue  # "Kwame Nkrumah" ... "Nkrumah formed his own party": the story gives him more than one role
            if shape == "role" and prompt.startswith("What title") and titled_twice(fact.value or "", article.text):
                continue  # "Lt. Col. Custer" ... "General Custer": which title is the answer?
            if shape != "role":
                prompt = _placed(prompt, fact, home, elsewhere)
            questions.append(_question(article, fact, key, "short_answer", prompt, answer))
        if fact.cloze:
            before, answer, after = tidy("\x00".join(fact.cloze)).split("\x00")
            prompt = f"{before}{BLANK}{after}"
            if not after.strip() and answer.endswith("."):
                prompt += "."  # "... led by _____." for "Martin Luther King Jr.", whose stop ends the sentence too
            cloze = f"{before}{{{{c1::{answer}}}}}{after}"
            question = _question(article, fact, f"{fact.id}:cloze", "cloze", prompt, answer)
            questions.append(Question(**{**question.__dict__, "cloze": cloze, "gap": (before, answer, after)}))
    return questions


def _question(article: Article, fact: Fact, key: str, qtype: str, prompt: str, answer: str) -> Question:
    return Question(
        id=question_id(article, key),
        type=qtype,
        kind=fact.kind,
        prompt=prompt,
        answer=answer.strip(),
        source=fact.sentence,
        fact_id=fact.id,
        article_id=article.id,
        key=key,
    )
