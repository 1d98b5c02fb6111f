"""What a reader keeps in mind from one sentence to the next: the story's last date (and whether the text is a
history, told from its own years, or news, told from the day of writing), the person a "he" or a "she" goes
on with, and the named thing an opening "It" goes on with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from quizgen import clauses, dates, entities, spans
from quizgen.antecedents import Antecedents
from quizgen.models import Article
from quizgen.people import HE_WORDS, SHE_WORDS, People
from quizgen.sentences import RELATIONS

# Words before a date that make it approximate ("nearly a decade ago"): no date to state exactly.
_HEDGES = {"nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "circa"}
# Words that make a sentence's dates recur: a custom, a rule, a schedule.
_HABITUAL = {"usually", "typically", "generally", "normally", "customarily", "traditionally", "annually", "yearly",
             "always", "often", "regularly"}  # fmt: skip
_EVERY_YEAR = re.compile(r"(?i)\b(?:each|every) (?:year|spring|summer|autumn|fall|winter|month|week)\b")
_ANY = {"a", "an", "any", "every", "each"}  # "on a Monday": whichever Monday
_WEEKDAY = re.compile(rf"(?i)(?:{'|'.join(dates.WEEKDAYS)})s?")
# Named things an opening "It" can continue with: not people (who are "he" or "she"), not dates or figures.
_THING_LABELS = {"ORG", "FAC", "EVENT", "GPE", "PRODUCT", "WORK_OF_ART", "LAW", "LOC"}


def _tense_at(ent: Span) -> str:
    """The side of the publication date a date falls on: "until Monday" is a coming one, "since Monday" a past
    one, whatever verb the parse hangs the date on; else the tense of its verb."""
    doc = ent.doc
    start = ent.start - 2 if ent.start >= 2 and doc[ent.start - 2 : ent.start].text.lower() == "at least" else ent.start
    before = doc[start - 1].lower_ if start > 0 else ""
    if before == "for" and _set_for(doc[start - 1]):
        return "future"  # "set a tentative sentencing date for June 25", whatever the tense of "set"
    if before in ("in", "on", "by") and start > 1 and doc[start - 2].lower_ in _SCHEDULED_NOW:
        return "future"  # "when their tour of duty ends in July": a present that tells a schedule (the model may
        # take "ends" for a plural noun)
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.tag_ == "POS" and _WEEKDAY.fullmatch(ent.text):
        return "present"  # "will appeal Wednesday's verdict": the day of a thing, the nearer one, not the verb's
    if start > 1 and doc[start - 2 : start].text.lower() == "ahead of":
        return "future"  # "announced he would step down ahead of February's election"
    if before in ("until", "till") and _tense(ent) == "past":
        return "present"  # "forests that, until December's month-long jaunt, were unknown": the nearer December
    return {"until": "future", "till": "future", "since": "past"}.get(before) or _tense(ent)


# Present tenses that tell what is scheduled: "their tour ends in July", "the session opens on Monday".
_SCHEDULED_NOW = frozenset("ends begins starts expires opens closes resumes finishes".split())
# Nouns a date is set for: "a sentencing date for June 25", "a deadline for Friday".
_FIXED_FOR = frozenset("date deadline hearing vote meeting session trial sentencing".split())


def _set_for(preposition: Token) -> bool:
    """True for a "for" that gives the date something is set or planned for."""
    head = preposition.head
    return head.lemma_.lower() in _FIXED_FOR or (head.pos_ == "VERB" and head.lemma_ in _PLANNED)


# Verbs that, as "is scheduled for", "are expected in", put a date ahead of the writing.
_PLANNED = frozenset("schedule expect plan set slate slat due".split())  # the model lemmatizes "slated" as "slat"
# Verbs that report what someone said would happen: "said he would", "announced it would".
_REPORTING = frozenset("say announce tell confirm state declare promise pledge warn insist indicate".split())
# Verbs whose infinitive is still to come: "agreed to meet on Friday", "plans to open in March".
_INTENDING = frozenset(
    "agree plan intend hope want vow promise aim expect decide threaten pledge poise prepare ready due likely".split()
)  # "is already poised to launch ... in July" (the model may take "poised" for an adjective)


def _tense(span: Span) -> str:
    verb = clauses.governing_verb(span.root)
    if verb is None:
        return "past"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and not auxes:  # "will start trading on Wednesday": the
        auxes = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}  # tense of "will start"
    now = auxes & {"is", "are", "'s", "'re"}
    if auxes & {"will", "shall", "'ll"} or (now and (verb.tag_ == "VBG" or verb.lemma_ in _PLANNED)):
        return "future"  # "will meet", "is meeting", "is scheduled for October"
    if auxes & {"should", "must", "may", "might"} and verb.tag_ == "VB" and "have" not in auxes:
        return "future"  # "The cyclone should only dissipate over Zimbabwe on Saturday": the coming one (not
        # "could", a past ability as often: "police could not find him on Monday")
    if "would" in auxes and verb.tag_ == "VB" and verb.head.lemma_ in _REPORTING:
        return "future"  # "Blair said he would tender his resignation on 27 June": ahead of the saying
    if "would" in auxes and verb.tag_ == "VB" and verb.dep_ == "ROOT":
        return "future"  # "Serena would also regain the World No.1 spot on Monday": after the match the story
        # tells, in a news story the coming Monday; "the deal would close in March"
    if side := _infinitive_side(verb, span.root, auxes):
        return side  # "a bill to stop a no-deal Brexit at the end of October", "agreed to meet on Friday"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return "present"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_ in ("come", "go"):
        return "future"  # "a boxed set of the series coming out in September", "tickets going on sale in May"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in _PLANNED:
        main = clauses.governing_verb(verb.head)  # "a conference scheduled for October": ahead, unless the
        return "present" if main is not None and main.tag_ == "VBD" else "future"  # story tells it as past
    return "past"


def _infinitive_side(verb: Token, date: Token, auxes: set[str]) -> str | None:
    """The side of the writing a date of an infinitive falls on, None where the date is not the infinitive's own
    but a noun's ("to investigate the Sept. 19 incident", "the killing of 200 in January").

    One of intent ("agreed to meet on Friday") or of a thing's purpose ("voted for a bill to stop a no-deal
    Brexit at the end of October") is still to come; one of an adverbial clause may be either, a purpose ("voted
    in favour of a bill to stop ...", as the model may hang it) or a result ("came from behind to beat Atletico
    on Saturday", "was first to post results on Tuesday", "conceded defeat to rival Macky Sall on Sunday"),
    so the nearer side."""
    if verb.tag_ != "VB" or "to" not in auxes:
        return None
    lead = verb.head if verb.dep_ == "conj" else verb  # "his decision to remain ... and to then hand over"
    ahead = lead.dep_ in ("acl", "relcl") or lead.head.lemma_ in _INTENDING | _PLANNED
    if lead.head.lemma_ == "be" and lead.dep_ == "xcomp":  # "Cameron is to step down by October"
        return "future" if lead.head.tag_ in ("VBZ", "VBP") else "present"
    if not (date.head.i == verb.i or (date.head.dep_ == "prep" and date.head.head.i == verb.i)):
        if ahead and date.head.lower_ in ("in", "on", "by"):
            return "present"  # "poised to launch the first stage of a service in July": the parse may hang the
            # date on the noun; the nearer July, not always the past one (nor "to avenge the killing in January")
        return None
    if ahead and lead.dep_ in ("acl", "relcl") and lead.head.dep_ in ("nsubj", "nsubjpass") and _told_as_past(verb):
        return "present"  # "The first attempt to launch the telescope on April 10 was stopped": the nearer April 10
        # (an attempt the sentence tells as done; not "voted for a bill to stop a no-deal Brexit at the end of October")
    if ahead:  # "is slated to open June 9"
        return "future"
    return "present" if lead.dep_ == "advcl" else None


def _told_as_past(verb: Token) -> bool:
    """True when the sentence's main verb tells of the past: "was stopped", "voted"."""
    root = verb.sent.root
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return (auxes[0] if auxes else root).tag_ == "VBD"


@dataclass
class Story:
    """What carries from one paragraph to the next while extracting."""

    context: dates.NormalizedDate | None = None  # the last date mentioned
    last_day: date | None = None  # the story's latest day, for "today" in a quote
    planned: bool = False  # the last date was of something ordered or planned, not done
    match: str | None = None  # the match the story reports now: "Sweden and South Korea"
    last_thing: str | None = None  # the named thing the sentence before was about, for an opening "It"/"Its"
    past: bool = False  # a history: nothing counts from the day of writing (`dates.tells_a_past`)
    old_weekdays: bool = False  # it dates a day long past with its weekday (`dates.narrates_weekdays`)
    month_year: int | None = None  # the year of the last date that had a month
    sentences: int = 0  # sentences read so far
    context_at: int = -2  # the sentence the last date was in
    # The last person named of each known pronoun, for a "he" or "she" opening the next paragraph.
    last_person: dict[str, tuple[str, str]] = field(default_factory=dict)


class Paragraph:
    """Per-paragraph state while extracting: the story so far, the last person named, what is quoted."""

    def __init__(self, article: Article, people: People, story: Story, doc: Doc, named: Antecedents):
        self.article = article
        self.people = people
        self.named = named  # the things the article has named so far, across paragraphs
        self.story = story
        # The person a "he" and a "she" continue with: (name in full, name as the article last wrote it).
        self.last_person: dict[str, tuple[str, str]] = dict(story.last_person)  # news paragraphs are one sentence
        self.scope: str | None = None  # the constituency or district the paragraph last named
        self.quoted = entities.quoted(doc)

    def last_person_for(self, sent: Span) -> dict[str, tuple[str, str]]:
        """The person each "he" and "she" of the sentence continues with: the last named, but not the pronoun of a
        subject named by kin alone ("Her father left ... and by 1906 he had established himself": the father)."""
        kin = kin_subjects(sent)
        return {slot: who for slot, who in self.last_person.items() if slot not in kin}

    def dates_in(self, sent: Span) -> dict[int, tuple[Span, dates.NormalizedDate]]:
        found = {}
        for ent in spans.ents(sent):
            if ent.label_ != "DATE":
                continue
            before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in _HEDGES:
                continue  # "nearly a decade ago": not a date we can state exactly
            if _range_goes_on(ent):
                continue  # "in 1860–61": a span of years, not the year 1860
            if (before in _ANY and _WEEKDAY.fullmatch(ent.text)) or spans.once_per_span(sent, "habitual", _habitual):
                continue  # "would fall on a Monday", "usually crossing in early May": no one day, a custom
            if _in_a_name(ent):
                continue  # "Christian August, Prince of Anhalt-Zerbst": a name, not a month
            if _BEFORE_CHRIST.match(ent.doc[ent.end : ent.end + 3].text):
                self.story.context = None  # "came to the throne in 1478 BC ... the previous year": 1479 BC, which the
                continue  # calendar here cannot write; not 1477
            if _WEEKDAY.fullmatch(ent.text) and _dated_after(ent):
                continue  # "On Sunday, 10 August 1628": the date that follows says which Sunday
            if _year_after_of(ent) or _nowadays(ent):
                continue  # "mid-February of 645" has its year; "what are today Kyrgyzstan ..." is no date
            story = self.story
            if story.old_weekdays and not story.past and _WEEKDAY.search(ent.text) and not dates.YEAR.search(ent.text):
                continue  # "Throughout Tuesday", after "Sunday, 2 September, 1666" in a page that counts "next
                # year" from its writing: 1666's Tuesday or the writer's?
            if story.past and _years_part(ent, story):
                continue  # "started on July 12", after "July 14, 1789" and then "in 1880, the date was chosen"
            if story.past and _year_in_doubt(ent, story.context):
                continue  # "On February 20, Atlee announced self-rule by June 1948", after 1945: which year?
            anchor = None if story.past else self.article.date  # a history: "Sunday" counts from nothing known
            if entities.span_is_quoted(ent, self.quoted):
                anchor = story.last_day  # "today" in a quote is the day it was said: the story's latest day
            if story.planned and dates.COUNTED_FROM_THE_STORY.match(ent.text):
                continue  # "the following month" after "ordered them to assemble in February 1860": which month?
            recent = story.sentences - story.context_at <= (1 if story.past else 0)  # news: this sentence only
            value = dates.normalize(_with_its_following(ent), anchor, story.context, _tense_at(ent), recent)
            if (
                value is not None
                and value.relative
                and value.granularity == "year"
                and _stated_beside(ent, value, found)
            ):
                continue  # "sold 2.22 million in 2021, down from 2.55 million units sold last year": the page's
                # "last year" is 2020 there, whatever the date of writing says
            if value is None and story.past and (held := _date_inside(ent.text)) is not None:
                story.context, story.context_at = held, story.sentences  # "the week commencing August 15 1665 8":
                story.month_year = int(held.value[:4])  # no date to ask, but the story is in 1665 now
                continue
            if value is not None:
                found[ent.start] = (ent, value)
                if entities.span_is_quoted(ent, self.quoted) and not value.relative:
                    continue  # "In 1929, it wasn't Billy Crystal ...", the actor said: a time the speaker recalls,
                    # not the one the story tells; "in late January" later is not 1929's
                if _in_life_span(ent):
                    continue  # "Mungo Park (1771-1806)": "Three years later" does not count from his death
                if before == "since" and not story.past:
                    continue  # news: "Fifa president since 1998, ... ahead of February's election" is a span up to
                    # now, not the time the story tells (a history's "dreamed of it since 1892. Two years later" is)
                story.context, story.context_at = value, story.sentences
                if value.granularity in ("day", "month"):
                    story.month_year = int(value.value[:4])
                self.story.planned = _planned(ent)
                self._note_day(value)
        return found

    def _note_day(self, value: dates.NormalizedDate) -> None:
        published = self.article.date
        if value.granularity == "day" and published is not None:
            day = date.fromisoformat(value.value)
            if 0 <= (published - day).days <= 7:
                self.story.last_day = day


# What brackets after a name hold when they give a life: "1771-1806", "1570 \u2013 buried 29 September 1619",
# "born 1809", "c. 1340 \u2013".
_LIFE_SPAN = re.compile(
    r"(?i)(?:(?:c\.|ca\.|circa|b\.|d\.|born|died)\s+[^()]{0,30}\d{3,4}|[^()]{0,20}\d{3,4}\s*[-\u2013\u2014][^()]{0,30})"
)


def _date_inside(text: str) -> dates.NormalizedDate | None:
    """The whole date a date's words hold when they cannot be read as one: the story goes on in its year."""
    inner = dates.WHOLE_DATE.search(text)  # "the week commencing August 15 1665 8"
    value = dates.normalize(inner[0]) if inner else None
    return value if value is not None and not value.relative else None


def _in_life_span(ent: Span) -> bool:
    """True for a year of the brackets after a name that give a life ("Mungo Park (1771-1806)", "(1570 \u2013
    buried 29 September 1619)"): no date the story has reached."""
    doc = ent.doc
    opening = next((t for t in reversed(doc[max(0, ent.start - 4) : ent.start]) if t.text == "("), None)
    if opening is None or opening.i == 0 or doc[opening.i - 1].pos_ != "PROPN":
        return False
    closing = next((t for t in doc[ent.end : ent.end + 8] if t.text == ")"), None)
    return closing is not None and _LIFE_SPAN.fullmatch(doc[opening.i + 1 : closing.i].text.strip()) is not None


def _year_after_of(ent: Span) -> bool:
    """True for a month the model closed before its year: "mid-February [of 645]", "December 25[, 800 A.D.]"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].lower_ == "of" and re.fullmatch(r"\d{3,4}", after[1].text) is not None:
        return True
    return _ERA_YEAR.match(doc[ent.end : ent.end + 5].text) is not None


# A year with its era after a day: ", 800 A.D.", ", 44 BC".
_ERA_YEAR = re.compile(r",? ?\d{1,4} ?(?:A\.D\.|AD|B\.C\.|BC|BCE|CE)(?!\w)")


def _nowadays(ent: Span) -> bool:
    """True for the "today" of "what are today Kyrgyzstan and Nepal" or "Guiyang (today Leiyang)": our days, no
    date of the story."""
    doc = ent.doc
    if ent.text.lower() != "today":
        return False
    before = doc[max(0, ent.start - 2) : ent.start].text.lower()
    renamed = ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].is_title
    return renamed or re.fullmatch(r"(?:what|which) (?:is|are|was|were)", before) is not None


def _stated_beside(ent: Span, value: dates.NormalizedDate, found: dict) -> bool:
    """True for a relative year the same sentence also writes as a number, for another of its figures, or writes
    twice for two figures ("sold 2.33 million last year, up from 2.11 million last year"), or dates another of
    its figures by (`found`, the sentence's dates so far: "for December [2021] ... from 249,601 last year")."""
    others = [o.text.strip().lower() for o in ent.sent.ents if o.label_ == "DATE" and o != ent]
    if value.value in others or ent.text.strip().lower() in others:
        return True
    return any(other.value[:4] == value.value for _, other in found.values())


def _years_part(ent: Span, story: Story) -> bool:
    """True for a month without a year where the story's last year ("in 1880") is not the year of its last date
    with a month ("July 14, 1789"): which of the two the month belongs to, the text does not say."""
    context = story.context
    if context is None or context.granularity != "year" or story.month_year in (None, int(context.value[:4])):
        return False
    return not re.search(r"\d{3,4}", ent.text) and any(t.lower_ in dates.MONTH_NAMES for t in ent)


def _year_in_doubt(ent: Span, context: dates.NormalizedDate | None) -> bool:
    """True for a date without a year whose sentence names another year far from the story's last one: in a
    history, the story may have moved on, and its last year is no longer a safe guess."""
    if context is None or re.search(r"\d{3,4}", ent.text):
        return False
    years = [int(y) for other in ent.sent.ents if other.label_ == "DATE" and other != ent
             for y in re.findall(r"\b\d{3,4}\b", other.text)]  # fmt: skip
    return any(abs(year - int(context.value[:4])) > 1 for year in years)


# What marks a year before Christ after it: "1478 BC", "287 B. C", "44 BCE".
_BEFORE_CHRIST = re.compile(r"(?:B\.? ?C\.?(?:E\b|\b|$)|BCE\b|bc\b)")


def _with_its_following(ent: Span) -> str:
    """ "the following January" for the month "January" the model tagged without the words before it: counted
    from the story's last date, not the month of its year."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in ("following", "next") and ent.text.lower() in dates.MONTH_NAMES:
        return f"the {before} {ent.text}"
    return ent.text


def _range_goes_on(ent: Span) -> bool:
    """True for "1860" of "1860–61" or "876-77": the model stopped a span of years at the dash (not
    "1809–1882", two years of their own)."""
    doc = ent.doc
    if not ent.text.isdigit() or ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "\u2013", "\u2014"):
        return False
    rest = doc[ent.end + 1].text
    return rest.isdigit() and len(rest) < len(ent.text)


def _in_a_name(ent: Span) -> bool:
    """True for a month that follows a given name ("Christian August", "Anne May"): part of the name."""
    if ent.start == ent.sent.start or len(ent) > 1 or ent.text.lower() not in dates.MONTH_NAMES:
        return False  # "in Texas Tuesday" is a day
    before = ent.doc[ent.start - 1]
    return before.pos_ == "PROPN" and before.is_title and not _WEEKDAY.fullmatch(before.text)


def _dated_after(ent: Span) -> bool:
    """True for a weekday followed by its date ("Sunday, 10 August 1628"), which says all there is to say."""
    doc = ent.doc
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "," else None
    return after is not None and after.ent_type_ == "DATE"


def _habitual(sent: Span) -> bool:
    """True for a sentence telling what used to or usually happens ("most emigrants departed ... in late March,
    usually crossing ..."): its months and weekdays recur, they are no dates of the story."""
    return any(t.lower_ in _HABITUAL for t in spans.tokens(sent)) or bool(_EVERY_YEAR.search(spans.text(sent)))


def _planned(ent: Span) -> bool:
    """True for the date of something ordered or planned ("ordered all parties to assemble ... in February
    1860"): an infinitive's date, which the story's next "the following month" need not count from."""
    token = ent.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return True
    return False


def note_last_person(sent: Span, state: Paragraph) -> None:
    """The person a following "he" or "she" continues with: the sentence's subject, else the person the verb
    acts on ("was awarded to Dr Wangari Maathai"); never one named in an aside ("the son of William Abernethy")
    or an object while "he" is the subject ("he married Anne Cope": he is still the one)."""
    subjects = [c for c in sent.root.children if c.dep_ in clauses.SUBJECT_DEPS]
    if any(s.lower_ in ("he", "she") for s in subjects):
        return  # the subject carries over
    ranked = []
    for ent in spans.ents(sent):  # any label: the model may take "Norton" for an organisation where it is the man
        written = entities.trimmed(ent).text.strip()
        rank = _salience(ent) if ent.label_ in ("PERSON", "ORG", "GPE") else None
        if written in state.people.shared_surnames:
            continue  # "Munch" alone, of a life of Edvard Munch whose father the model tagged: either man
        if rank is not None and (person := state.people.find(written)) is not None:
            ranked.append((rank, ent.start, person.display, written, person.pronoun))
    for subject in subjects:  # "In 1609 Galileo heard ...": a name the model tagged as a product is still him
        ranked_already = subject.ent_type_ in ("PERSON", "ORG", "GPE")
        if not ranked_already and subject.pos_ == "PROPN" and (person := state.people.find(subject.text)):
            ranked.append((0, subject.i, person.display, subject.text, person.pronoun))
    kin = kin_subjects(sent)
    for slot in kin:  # "Her father left ... He worked in a railroad yard": the father, whom no name stands for
        state.last_person.pop(slot, None)
        state.story.last_person.pop(slot, None)
    if any(_someone_unknown(subject, state.people) for subject in subjects):
        state.last_person.clear()  # "Rembrandt studied under ... Jacob van Swanenburch. In Leiden, he set up
        state.story.last_person.clear()  # a studio": the subject the model missed, not the teacher, is "he"
        return
    named = {p.display for t in spans.tokens(sent) if t.pos_ == "PROPN" and (p := state.people.find(t.text))}
    if named - {display for display, _ in state.story.last_person.values()}:
        state.story.last_person.clear()  # someone else was named since: the next paragraph's "he" may be them
    top = min(ranked)[0] if ranked else None
    best = [r for r in ranked if r[0] == top]
    if len({r[2] for r in best}) > 1:  # "both Antony and Cleopatra committed suicide. With her death, ...": hers,
        state.last_person.clear()  # and "he" is whoever the article's pronouns do not already make "she"
        state.story.last_person.clear()
        unknown = [r for r in best if not r[4]]
        known = {r[4] for r in best if r[4]}
        for _, _, display, written, pronoun in best:
            if pronoun and sum(r[4] == pronoun for r in best) == 1:  # two men: "he" is neither for sure
                state.last_person[pronoun] = (display, written)
        if len(unknown) == 1 and len(known) == 1:  # "Frida Kahlo and her boyfriend Alejandro": he is Alejandro,
            other = "she" if known == {"he"} else "he"  # so "her" is Frida
            state.last_person[other] = (unknown[0][2], unknown[0][3])
        return
    if ranked:
        _, _, display, written, pronoun = min(ranked)
        for slot in (pronoun,) if pronoun else ("he", "she"):  # "Grand Duke Peter" is no "she"
            if slot in kin:
                continue  # "Her father left to bring Golda to join him": "he" is the father, not Golda
            if slot in _still_about(sent):
                continue  # "President Calvin Coolidge presented him the medal": "he" is still Lindbergh (or,
                # with nobody named before, whoever "him" is: not Coolidge)
            state.last_person[slot] = (display, written)
        if pronoun:
            state.story.last_person[pronoun] = (display, written)
        else:
            state.story.last_person.clear()  # who the next paragraph's "he" or "she" is, nobody can say


# A relative named by kin alone, who a following "he" or "she" may be: "Her father left ... He worked ...".
_KIN_PRONOUN = {**dict.fromkeys(HE_WORDS & RELATIONS, "he"), **dict.fromkeys(SHE_WORDS & RELATIONS, "she")}


def kin_subjects(sent: Span) -> set[str]:
    """ "he" when the sentence's subject is a man named by kin alone ("Her father left ... and by 1906 he had
    established himself"), "she" when a woman: a "he" or "she" after it may be them, not whoever was named last
    (not a kin word in a later clause: "He was the youngest of twelve sons, and when his father died ...")."""
    subjects = [c for c in sent.root.children if c.dep_ in clauses.SUBJECT_DEPS and c.ent_type_ != "PERSON"]
    unnamed = [s for s in subjects if not any(t.ent_type_ == "PERSON" and t.i > s.i for t in s.subtree)]
    return {_KIN_PRONOUN[s.lower_] for s in unnamed if s.lower_ in _KIN_PRONOUN}  # not "Mary's father Richard"


def _still_about(sent: Span) -> set[str]:
    """ "he" when the sentence acts on "him", "she" when on "her": the person a "he" or "she" was before is
    still in the sentence, and its new subject, who does something to them, is somebody else."""
    objects = {t.lower_ for t in spans.tokens(sent) if t.dep_ in ("dobj", "dative", "pobj") and t.pos_ == "PRON"}
    return {slot for slot, word in (("he", "him"), ("she", "her")) if word in objects}


def _first_names(subject: Token) -> list[str]:
    """The capitalised words a subject is written with before it: "Mumtaz" of "Mumtaz Mahal"."""
    return [c.text for c in subject.lefts if c.dep_ == "compound" and c.is_title]


def _someone_unknown(subject: Token, people) -> bool:
    """True for a subject that names someone the article's people do not hold: an untagged or PERSON proper
    noun, or the title's own person whom the model took for an organisation ("Rembrandt"), or did not tag while
    it tagged a relative of the same surname: "Edvard Munch is ..." (not Dr Christian Munch), and "Munch" alone
    after it (either man)."""
    firsts = _first_names(subject)
    if subject.text in people.shared_surnames and not firsts:
        return True
    if subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "ORG", "GPE"):
        person = people.find(subject.text)
        if person is not None and any(first not in person.name.split() for first in firsts):
            return True
    if subject.pos_ != "PROPN" or not subject.is_title or any(subject.text in name.split() for name in people.by_name):
        return False  # (a surname two people share is someone known: "Seacole", wife and husband)
    if any(c.dep_ == "prep" for c in subject.children):
        return False  # "Wonderful Adventures of Mrs. Seacole": a book's title, not someone
    if subject.ent_type_ == "ORG" and _his_or_her_after(subject):
        return True  # "Comaneci fled her country": a woman the model took for an organisation
    return subject.ent_type_ in ("PERSON", "") or subject.text in people.title_words


def _his_or_her_after(subject: Token) -> bool:
    """True when the subject's verb goes on with "his" or "her": "Comaneci fled her country"."""
    verb = subject.head
    return any(t.lower_ in ("his", "her") and t.i > subject.i for t in verb.subtree if t.dep_ == "poss")


def _salience(ent: Span) -> int | None:
    """0 for the subject of the sentence's verb, 1 for what the verb acts on (its object, or the object of one
    of its prepositions), None for a name set aside inside another phrase."""
    token = ent.root
    while token.dep_ in ("compound", "conj", "appos") and token.head.i != token.i:
        if not token.head.ent_type_ and token.dep_ != "appos":
            break
        token = token.head  # within the name, one of several names, or the name of "father Richard"
    root = ent.sent.root
    if token.dep_ == "poss":
        named = [token.head, *(c for c in token.head.children if c.dep_ == "appos")]
        if any(t.ent_type_ == "PERSON" for t in named):
            return 1  # "Mary's father Richard was a cabinetmaker. When he died ...": he is Richard
        token = token.head  # "Norton's public prominence faded": the subject's owner
        if token.head.i == root.i and any(
            c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON" for c in root.children
        ):
            return 1  # "Ratzenberger's death so moved Senna that ...": the owner no more than the one moved
    if (token.head.i == root.i and token.dep_ in clauses.SUBJECT_DEPS) or token.i == root.i:
        return 0  # (the root: a sentence that is the name, "Hypatia, a Neo-Platonic philosopher, born in ...")
    subject = token.head
    if token.dep_ == "conj" and subject.head.i == root.i and subject.dep_ in clauses.SUBJECT_DEPS:
        return 0  # "current chairman and former chief executive Terry Semel left": the parse joined his titles
        # and his name as two subjects; he is the one who left
    if token.head.i == root.i and token.dep_ in ("dobj", "dative", "attr", "oprd"):
        return 1
    preposition = token.head
    if token.dep_ == "pobj" and preposition.head.i == root.i:
        return 1  # "was awarded to Dr Wangari Maathai"
    return None


def thing_subject(sent: Span, before: str | None, people: People | None = None) -> str | None:
    """ "Microsoft" of "On a new website, Microsoft has launched ...", "The Great Fire of London" of "The Great
    Fire of London was a catastrophic blaze ...": the named thing (not a person) the sentence is about, for
    a following "It" or "Its"; `before` when the sentence's subject is "It" itself (the story goes on). Not one
    of the article's `people` the model took for a thing: "Becker, thriving on pressure, defeated Curren ...
    It was the most auspicious debut" is the win, not Becker."""
    subjects = [c for c in sent.root.children if c.dep_ in clauses.SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.lower_ == "it" and subject.i == sent.start:
        return before
    if subject.ent_type_ not in _THING_LABELS or subject.tag_ in ("NNS", "NNPS"):
        return None
    name = entities.whole_entity(subject)
    if people is not None and people.find(name.text) is not None:
        return None
    outside = [t for t in subject.lefts if not name.start <= t.i < name.end and t.lower_ != "the"]
    return None if outside else name.text  # "Cisco's chief executive": the executive, not Cisco
