"""Selection: drop the questions that fail the rubric's computable checks, rank the rest, keep the best.

The checks mirror quality/RUBRIC.md: R2 (pronouns, relative dates), R3 (grounded answers), R5 (answer in
the question), R1 (overlong, quote-driven prompts); near-duplicates are dropped in favour of the better one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.dates import render
from quizgen.models import Article, Fact, Question
from quizgen.nlp import TITLES
from quizgen.people import is_role
from quizgen.questions import BLANK, names_something
from quizgen.sentences import CONTEXT_OPENERS, VAGUE_ANYWHERE, VAGUE_OPENING

KIND_WEIGHT = {"date": 3.0, "person": 3.0, "number": 2.5, "place": 1.5, "organization": 1.5, "outcome": 1.0}
# In a cloze the gap competes with the sentence's other facts: the figure or the person is the point of a
# sentence more often than the date that frames it.
CLOZE_ADJUST = {"number": 0.7, "date": -0.5, "place": 0.3, "organization": 0.3}
TYPE_ORDER = {"short_answer": 0, "cloze": 1, "multiple_choice": 2, "true_false": 3, "matching": 4, "ordering": 5}
# Variety: a question of a type already over its share costs a little, so the quiz mixes types; sets appear once.
_MIXED = ("short_answer", "cloze", "multiple_choice", "true_false")
TYPE_PENALTY = 0.6
TYPE_CAP = {"ordering": 1, "matching": 1, "true_false": 4}
MAX_PER_SENTENCE = 3
# A first, a record, a superlative: what makes a sentence news, and a fact worth a question.
_RECORD = re.compile(
    r"\b(?:first|record(?:-breaking)?|only|largest|biggest|highest|lowest|youngest|oldest|longest|greatest|"
    r"most|least|worst|best)\b",
    re.IGNORECASE,
)
NEWS_VALUE = 0.5
# Events an article may report several of: "the match" alone does not say which.
_EVENT = re.compile(
    r"\bthe (?:first |second |final )?(?:match|game|half|race|round|set|period|quarter|inning)\b"
    r"|\b\d+(?:st|nd|rd|th) minute\b",
    re.I,
)
_MINUTE = re.compile(r"\b\d+(?:st|nd|rd|th) minute\b")
TRUE_FALSE_COST = 1.5
# Choosing a question that leaves another fact of its sentence unaskable costs this much per fact lost.
SHUT_OUT_COST = 1.5
# A deck-only card ranks below a printable question of this much less importance.
DECK_ONLY_COST = 3.0
MAX_PROMPT_WORDS = {"short_answer": 32, "cloze": 45}  # a cloze shows the whole sentence
MAX_ANSWER_WORDS = 8
_RELATIVE = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|at that time|at the time|"
    r"recent|recently(?! \w+ed\b)|"  # not "the recently released Chrome"
    r"(?:last|this|next|coming|past) (?:week|month|year|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|spring|summer|autumn|fall|winter)|\w+ (?:days|weeks|"
    r"months|years|decades) ago|a (?:day|week|month|year|decade|century) ago)\b",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(
    r"^(?:(?:who|when|where|how many \w+|what|which \w+) "
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might) )?"
    r"(?:he|she|it|they|this|that|these|those|his|her|its|their)\b",
    re.IGNORECASE,
)


def default_max(article: Article) -> int:
    """A sensible quiz length for an article: one question per ~18 words, between 8 and 30."""
    words = sum(len(p.split()) for p in article.paragraphs)
    return max(8, min(30, words // 18))


@functools.lru_cache(maxsize=4096)
def _mentions(answer: str, text: str) -> int:
    """How often the answer appears in the text, as whole words (cached: asked once per candidate)."""
    if text.count(answer) < 4:
        return text.count(answer)  # a plain count is enough to know it is not the topic, and much faster
    return len(re.findall(rf"\b{re.escape(answer)}\b", text))


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower case, punctuation to spaces: the form answers and prompts are compared in."""
    return re.sub(r"[^\w%]+", " ", text.lower().replace("’", "'")).strip()


def has_words(needle: str, text: str) -> bool:
    """True when `needle` occurs in `text` as whole words (both normalised)."""
    return bool(needle) and needle in text and re.search(rf"\b{re.escape(needle)}\b", text) is not None


def answer_in_question(question: Question) -> bool:
    """True when the answer (as words) is printed in its own question (R5)."""
    return has_words(normalize(question.answer), normalize(question.prompt))


def pronoun_led(prompt: str) -> bool:
    """True when a question leans on a pronoun it does not resolve ("When did he ...?")."""
    return _PRONOUN_START.search(prompt) is not None


def relative_date_in(text: str) -> bool:
    """True for a date left relative ("last March", "yesterday", "ten years ago")."""
    return _RELATIVE.search(text) is not None


def _is_role(question: Question) -> bool:
    return question.key.startswith("role:")


def grounded(question: Question, fact: Fact, article_text: str) -> bool:
    """The answer is in the article's words; a date through the words it was resolved from."""
    text = normalize(article_text)
    if question.type == "true_false":
        return question.answer in ("True", "False")
    if question.type == "matching":
        return all(normalize(part) in text for pair in question.pairs for part in pair)
    if question.type == "ordering":
        return bool(question.sequence)  # each event is a clause of the article with its date resolved
    if normalize(question.answer) in text:
        return True
    if fact.kind == "date" and fact.value and fact.granularity:
        return question.answer == render(fact.value, fact.granularity) and normalize(fact.text) in text
    return False


def _vague(prompt: str) -> bool:
    """A who/what question with nothing specific to hold on to ("Who defeated his opponents?"), or one that
    points at something only the article's previous sentence names ("in this constituency")."""
    if re.search(r"\b(?:this|that|these|those) (?!is\b|was\b)[a-z]+", prompt):
        return True
    if not prompt.startswith("Who "):
        return False  # many people may have done a generic deed; a thing asked about in the article is clearer
    return not names_something(prompt, "")  # "Who was elected with 84,121 votes?": where, the question does not say


def unanchored_event(prompt: str, answer: str) -> bool:
    """True for "The first half ended with _____ on the scoreboard": a match, game or half named only by
    "the", with no team, person, place or figure to say which one (an article may report several)."""
    if not _EVENT.search(prompt):
        return False
    rest = prompt.replace(BLANK, " ").replace(answer, " ") if answer else prompt.replace(BLANK, " ")
    rest = _MINUTE.sub(" ", rest)  # "in the 18th minute" times the event; it does not say which match
    words = rest.split()[1:]
    return not any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words)


def _statement_rejection(question: Question, fact: Fact, article_text: str) -> str | None:
    """The checks that apply to a statement or a set: no relative dates, no dangling pronouns, not too long;
    a true/false statement must stand alone as a cloze must."""
    texts = [question.prompt, *question.choices, *question.sequence]
    if any(relative_date_in(t) for t in texts):
        return "relative date left relative"
    if question.type != "true_false":
        return None
    if unanchored_event(question.prompt, fact.text):
        return "which match? the sentence does not say"
    if _anniversary(question, fact):
        return "the date of the celebration or of what it celebrates?"  # "celebrated the launch ... on April 12"
    if (why := _context_rejection(question, fact)) is not None:
        return why
    if not _anchored(question.prompt, "", article_text) or not _names_beside_figures(question):
        return "names nothing: where, who, what?"  # "Hundreds of thousands of homes had power cut off."
    if len(question.prompt.split()) > MAX_PROMPT_WORDS["cloze"]:
        return "prompt too long"
    return None


def _date_in_another(answer: str, prompt: str) -> bool:
    """True for a month or year whose every word another date of the prompt prints ("April 2016" beside
    "April 30, 2016")."""
    words = answer.replace(",", "").split()
    if len(words) > 2 or not words:
        return False
    return all(re.search(rf"\b{re.escape(w)}\b", prompt) for w in words)


def _anniversary(question: Question, fact: Fact) -> bool:
    """True for a date printed or blanked after "celebrated the launch of ... on": the celebration's date
    reads as the launch's ("NASA celebrated the launch of the first shuttle on _____")."""
    if question.type == "true_false":
        return _ANNIVERSARY_VERB.search(question.prompt) is not None
    return fact.kind == "date" and BLANK in question.prompt and _ANNIVERSARY_VERB.search(question.prompt) is not None


def _context_rejection(question: Question, fact: Fact) -> str | None:
    """Why a question leans on the sentences around its own, or None: "the constituency", "the referendum",
    "the previous election", "The other two ..."."""
    prompt = question.prompt
    if _VAGUE_PLACE.search(prompt):
        return "which constituency? the sentence does not say"
    if (
        _VAGUE_PLACE.search(fact.sentence)
        and not _NAMED_PLACE.search(prompt)
        and not names_something(prompt, question.answer)
    ):
        return "which constituency? the sentence said, the question does not"  # "Who was elected with 58,825 votes?"
    vague = _VAGUE_THING.search(prompt)
    if vague and _PLACED.match(prompt) and vague.group(0).split()[-1].lower() in _EVENTS:
        vague = None  # "In Kazakhstan, which activist called the protests ...?": the protests there
    if vague or _VAGUE_OPENING.match(prompt) or _VAGUE_EVENT.search(prompt):
        return "which one? a bare noun the article never names"  # "What has the referendum formalized?"
    if _RELATIVE_ORDINAL.search(prompt):
        return "previous to what? the sentence does not say"  # "The previous general legislative election"
    if _BOTH.search(prompt):
        return "which ones? the sentence does not say"  # "pictured on cameras in both cities"
    if prompt.split()[0].lower() in _CONTEXT_WORDS or prompt.lower().startswith("the other "):
        return "leans on the sentence before"  # "Similar structures were built ..."
    return None


_VAGUE_PLACE = re.compile(r"\b(?:the|this|that) (?:constituency|district|ward|riding|precinct|county)\b", re.I)
_NAMED_PLACE = re.compile(r"\b[A-Z][\w()-]* (?:[A-Za-z()-]+ )?(?:constituency|district|ward|riding|precinct|county)\b")
# "the previous election", "the last ballot": which one depends on the sentences around it.
# Events and actors of a news story, unnamed even with an adjective: "the violent incidents", "the recent shootings".
_VAGUE_EVENT = re.compile(
    r"\b[Tt]he (?:[a-z-]+ ){1,3}(?:attacks?|incidents?|shootings?|suspects?|victims?|gunman|attackers?|killings|"
    r"agencies|cities|deaths|protests)\b(?! of\b| in [A-Z])"
)
_BOTH = re.compile(r"\b(?:[Bb]oth|[Tt]he two|[Tt]he three) [a-z]+s\b(?! of\b| [A-Z])")
_RELATIVE_ORDINAL = re.compile(r"\b[Tt]he (?:previous|preceding|next|following|last|latter|former) [a-z]")
# Things a sentence times by the clock: a duration between two times it prints is arithmetic, not a fact.
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_DURATION = re.compile(r"\b(?:hours?|minutes?|seconds?)\b")
# "NASA celebrated the launch ... on _____": the date of the celebration, or of the launch?
_ANNIVERSARY_VERB = re.compile(
    r"\b(?:celebrat|commemorat|mark|honou?r|remember)\w* the \w+ of\b[^.;]*?\b(?:on|in) (?=_____|\d|[A-Z][a-z]+ \d)",
    re.I,
)
# Things the rubric wants named ("the country", "the president"): bare, the question does not say which.
# (A bare noun the article does name is written with its name before this check: see antecedents.py.)
_VAGUE_THING = re.compile(
    rf"\b[Tt]he (?:{'|'.join(sorted(VAGUE_ANYWHERE))})\b(?! of\b)(?! in the city\b| in [A-Z])(?!['\u2019]s)"
)  # "the mudslide in the city of Iwaki", "the referendum of 2022" say which
# An opening "the <noun>" for an event or report the sentence before introduced ("The news comes as ...").
_VAGUE_OPENING = re.compile(
    rf"^(?:At |In |On |After |During |From )?[Tt]he (?:{'|'.join(sorted(VAGUE_OPENING))})\b(?! of\b)"
)
_CONTEXT_WORDS = CONTEXT_OPENERS | {"these", "those"}
# Opening words that are no name: "The jump was ...", "Sales rose ...", "Analysts had predicted ...".
_CLASS_OPENERS = frozenset(
    "the a an sales profit profits revenue analysts shares prices it this _____ in on at for by after before during "
    "since until".split()
)
_INNER_PRONOUN = re.compile(r"\b(?:he|she|him|it|they|them)\b")  # not "her": "Who lost her seat?"
_TITLE_CUT = re.compile(r"\b(?:Sgt|Capt|Gen|Lt|Col|Cpl|Maj|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|St|Mt)\.?\?$")
# Unrest an article about one place tells of once: "the protests" of a question that says where are theirs
# (not "the referendum" or "the election": a place holds many, and the question should say which).
_EVENTS = {"protests"}
_PLACED = re.compile(r"In [A-Z][\w .-]*, [a-z]")
_LIGHT_VERBS = {
    "see",
    "have",
    "get",
    "make",
    "take",
    "do",
    "give",
    "face",
    "launch",
    "fight",
    "gain",
    "find",
    "report",
    "post",
    "announce",
}  # "What did Campbell report?": its results hold several answers
_EMPTY_HEADS = {"battle", "campaign", "step", "need", "thing", "things", "way", "part", "role", "problem", "problems",
                "effort", "move", "lot", "number", "kind", "matter", "issue", "issues"}  # fmt: skip


def _empty_answer(answer: str) -> bool:
    words = answer.lower().split()
    return bool(words) and (words[0] == "no" or words[-1] in _EMPTY_HEADS)


def _name_cut(prompt: str, source: str) -> bool:
    """True for a question ending on the first word of a two-word name of its source: "... by James?" of
    "by James To." (a title before a name, "as Senator?", is not a name cut)."""
    last = re.sub(r"[?.!]+$", "", prompt).split()[-1] if prompt.split() else ""
    if not last[:1].isupper() or last.lower() in TITLES or f"{last} " not in source:
        return False  # (the plain test first: a pattern made for each prompt takes long to compile)
    return re.search(rf"\b{re.escape(last)} [A-Z][A-Za-z]*\b", source) is not None


def _done_twice(prompt: str, article_text: str) -> bool:
    """True when the deed a "Who ...?" question asks about is told of two people: its first words after
    the wh-phrase appear twice in the article."""
    match = re.match(r"(?:Who|Which \w+) (.+)\?$", prompt)
    if match is None or prompt.startswith("Who does the article name"):
        return False
    deed = " ".join(normalize(match.group(1)).split()[:4])
    return len(deed.split()) == 4 and normalize(article_text).count(deed) > 1


def _anchored(prompt: str, answer: str, article_text: str) -> bool:
    """True when the question names something besides its answer: a name (capitalised past the first word,
    or a first word the article also capitalises mid-sentence: "Columbia"), or a figure."""
    words = prompt.replace(BLANK, " ").replace(answer, " ").split() if answer else prompt.split()
    if any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:]):
        return True
    first = re.sub(r"\W", "", words[0]) if words else ""
    return first[:1].isupper() and re.search(rf"[a-z,;] {re.escape(first)}\b", article_text) is not None


_UNITS = (
    r"(?:miles?|mi|km|kilometres?|kilometers?|feet|ft|foot|metres?|meters?|m|pounds?|lb|lbs|kg|kilograms?|°[CF]"
    r"|inches|cm)"
)
# A measure given twice, once in brackets: the other tells the one in the gap ("100 miles (160 km)").
_CONVERSION = re.compile(rf"_____\s*{_UNITS}?\s*\(\s*[\d.,]+\s*{_UNITS}\)|[\d.,]+\s*{_UNITS}\s*\(_____")
_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_in_the_question(question: Question) -> bool:
    """ "_____ pan-democratic veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL
    were defeated": a count whose gap is followed by the names it counts."""
    count = _SMALL_COUNTS.get(question.answer.lower()) or (int(question.answer) if question.answer.isdigit() else 0)
    if not 1 < count < 7 or BLANK not in question.prompt:
        return False
    listed = re.split(r"\b(?:were|was|are|is|have|had)\b", question.prompt.split(BLANK, 1)[1])[0]
    names = [part for part in re.split(r",| and ", listed) if re.search(r"\b[A-Z][a-z]", part)]
    return len(names) == count


def _in_brackets(answer: str, source: str) -> bool:
    return re.search(rf"\([^)]*\b{re.escape(answer)}\b[^)]*\)", source) is not None


def _names_beside_figures(question: Question) -> bool:
    """True when a figure's sentence names someone or something, not only other figures and dates ("Sales rose
    3.3 percent to $11.2 billion in the period": whose?). An opening name counts ("Campbell's total sales")."""
    first = question.prompt.split()[0] if question.prompt.split() else ""
    opening_name = first[:1].isupper() and first.lower() not in _CLASS_OPENERS
    return opening_name or names_something(question.prompt, question.answer)


def _few_clues(prompt: str) -> bool:
    """A person's gap with ten words or fewer around it and no figure: many people may fit."""
    words = prompt.replace(BLANK, " ").split()
    return len(words) <= 10 and not any(c.isdigit() for c in prompt)


def _initials(name: str) -> str:
    """ "the Kennedy Space Center" -> "KSC"; "" for a name of fewer than two capitalised words."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _unbalanced(text: str, source: str = "") -> bool:
    """True for a bracket or quotation cut open, or quotation marks moved ('Mun" Andros"' of '"Mun" Andros')."""
    pairs = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))
    if any(text.count(a) != text.count(b) for a, b in pairs) or text.count('"') % 2 == 1:
        return True
    return bool(source) and any(f'"{quoted}"' not in source for quoted in re.findall(r'"([^"]*)"', text))


def rejection(question: Question, fact: Fact, article_text: str) -> str | None:
    """Why a question fails a computable rubric check, or None when it passes them all."""
    if question.type in ("true_false", "ordering", "matching"):
        return _statement_rejection(question, fact, article_text)
    prompt, answer = normalize(question.prompt), normalize(question.answer)
    if not answer or len(question.answer.split()) > MAX_ANSWER_WORDS:
        return "answer empty or too long"
    if _unbalanced(question.answer) or _unbalanced(question.prompt, question.source):
        return "cut through a bracket or quotation"  # "now Grant) streets": a misparse
    if answer_in_question(question):
        return "answer in the question"
    if fact.kind == "person" and any(len(w) > 2 and has_words(w, prompt) for w in answer.split()):
        return "part of the name in the question"
    if fact.kind in ("organization", "place") and re.search(r"_____ of [A-Z]", question.prompt):
        return "the gap cuts a name in two"  # "on _____ of Kenya ticket" (the Liberal Party of Kenya)
    if fact.kind == "place" and not shows_sentence(question) and _in_brackets(question.answer, question.source):
        return "a place said in brackets: not where it happened"  # "at Tubac (in present-day Arizona)"
    if fact.kind == "place" and re.search(r"\b\d[\d,]* _____ [a-z]+s\b", question.prompt):
        return "a place used as a word of another phrase"  # "in 42 _____ states" (U.S.)
    if fact.kind == "place" and re.search(r"\b[A-Z][\w.-]*, _____", question.prompt):
        return "the region of the city before it: a guess, not a test"  # "Cape Canaveral, _____"
    initials = _initials(question.answer)
    if initials and initials in question.prompt and re.search(rf"\b{initials}\b", question.prompt):
        return "its abbreviation in the question"  # "at _____ (KSC)" -> the Kennedy Space Center
    if not grounded(question, fact, article_text):
        return "answer not in the article"
    if shows_sentence(question) and _mentions(question.answer, article_text) >= 4:
        return "the article's topic: a guess, not a test"  # "voters in _____ overhaul their constitution"
    if question.key.startswith("holder:") and _mentions(question.answer.split()[-1], article_text) >= 4:
        return "the article's main person: a guess, not a test"  # "Who does the article name as Emperor?"
    if relative_date_in(question.prompt):
        return "relative date left relative"
    if unanchored_event(question.prompt, question.answer):
        return "which match? the sentence does not say"
    if (why := _context_rejection(question, fact)) is not None:
        return why
    asks = question.type == "short_answer" or (question.type == "multiple_choice" and BLANK not in question.prompt)
    if asks and question.prompt.startswith("When ") and _CLOCK.search(question.prompt):
        return "asks when of something it already times"  # "When was the last ballot cast at 2:30?"
    if _DURATION.search(question.answer) and len(_CLOCK.findall(question.prompt)) >= 2:
        return "the answer is the time between two it prints"  # "closed at 22:30 ... cast at 2:30, _____ after"
    if _anniversary(question, fact):
        return "the date of the celebration or of what it celebrates?"  # "celebrated the launch ... on _____"
    if fact.kind == "date" and BLANK in question.prompt and _date_in_another(question.answer, question.prompt):
        return "another date of the sentence gives it away"  # "issued on April 30, 2016 ... as of _____" (April 2016)
    if _name_cut(question.prompt, question.source):
        return "a name cut short"  # "defeated ... by James?" of "by James To."
    if fact.kind == "person" and asks and _done_twice(question.prompt, article_text):
        return "more than one person did this"  # "Which captain won the Man of the Match award?" (two matches)
    if fact.kind == "person" and shows_sentence(question) and _few_clues(question.prompt):
        return "too little around the gap to tell who"  # "Civic Party's _____ was elected for the first time."
    if fact.kind == "outcome" and fact.clause is not None and fact.clause.verb_lemma in _LIGHT_VERBS:
        return "a light verb: the answer says little"  # "What did Norton see?" -> "no further need ..."
    if (
        fact.kind == "number"
        and shows_sentence(question)
        and not (_anchored(question.prompt, question.answer, article_text) and _names_beside_figures(question))
    ):
        return "a figure with nothing to say where or what"  # "_____ people remain displaced."
    if (
        fact.kind == "outcome"
        and len(question.prompt.split()) <= 4
        and not _anchored(question.prompt, "", article_text)
    ):
        return "too little to stand alone"  # "What caused the infections?"
    if fact.kind == "number" and BLANK in question.prompt and _CONVERSION.search(question.prompt):
        return "the same figure in other units beside the gap"  # "_____ (160 km) southeast of Dallas"
    if fact.kind == "number" and shows_sentence(question) and _counted_in_the_question(question):
        return "the answer can be counted in the question"  # "_____ veteran politicians Lee Cheuk-yan and ..."
    if fact.kind == "date" and shows_sentence(question) and not _names_beside_figures(question):
        return "a date with nothing to say of what"  # "The jump was the biggest increase since _____"
    if fact.kind == "outcome" and asks and not names_something(question.prompt, question.answer):
        return "names nobody and nothing: what about?"  # "What did nearly 30,000 people pack?" (at whose funeral?)
    if fact.kind == "outcome" and is_role(question.answer.split()[-1], "NN"):
        return "a person asked with What"  # "What did Yau Wai-ching defeat?" -> "another ... candidate"
    if fact.kind == "outcome" and _empty_answer(question.answer):
        return "the answer says little"  # "What have workers been fighting?" -> "a desperate battle"
    if pronoun_led(question.prompt) and question.type == "short_answer":
        return "unresolved pronoun"
    if (
        asks
        and (pronoun := _INNER_PRONOUN.search(question.prompt))
        and not names_something(question.prompt[: pronoun.start()], "")
    ):
        return "unresolved pronoun"  # "Where did winds drop it on her ...?"
    if asks and _TITLE_CUT.search(question.prompt):
        return "cut at an abbreviation"  # "... according to Sgt?" (Sgt. Mark Wriggelsworth)
    if fact.kind == "outcome" and _VAGUE_THING.search(question.answer):
        return "which one? the answer does not say"  # "federal assistance to the region"
    if question.type == "short_answer" and not _is_role(question) and len(question.prompt.split()) < 4:
        return "too short to stand alone"
    if (
        re.match(r"How many (?:people|persons|bodies|homes|others|ones)\b", question.prompt)
        and len(question.prompt.split()) < 8
    ):
        return "too vague to stand alone"  # "How many people had been rescued?" - where, from what?
    if asks and not _is_role(question) and _vague(question.prompt):
        return "too vague to stand alone"
    if question.kind == "outcome" and len(question.prompt.split()) > 16:
        return "prompt too long"
    if len(question.prompt.split()) > MAX_PROMPT_WORDS.get(question.type, 32):
        return "prompt too long"
    if question.type == "short_answer" and len(re.findall(r"“[^”]{60,}”|\"[^\"]{60,}\"", question.prompt)):
        return "built around a long quotation"
    if fact.kind in ("number", "date") and asks and not names_something(question.prompt, question.answer):
        return "names nobody and nothing: where, what?"  # "When did the magnitude 6.6 aftershock strike?"
    return None


@functools.lru_cache(maxsize=1024)
def _is_news(sentence: str) -> bool:
    """A first, a record or a superlative in the sentence (cached: every question on a fact asks again)."""
    return _RECORD.search(sentence) is not None


def score(question: Question, fact: Fact, n_paragraphs: int, article: Article | None = None) -> float:
    """Importance: the kind of fact, how often the article repeats it, how early it comes, the form."""
    value = KIND_WEIGHT.get(fact.kind, 1.0)
    if shows_sentence(question):
        value += CLOZE_ADJUST.get(fact.kind, 0.0)
    value += 0.5 * min(fact.mentions, 3)
    value -= 1.0 if fact.in_list else 0.0
    value += NEWS_VALUE if _is_news(fact.sentence) else 0.0  # "the youngest member in its history"
    if fact.kind == "number" and re.search(r"\d", question.answer):
        value += 0.7  # an exact figure is what a reader is tested on
    if article is not None:
        if fact.kind == "date" and article.date and fact.value == article.date.isoformat():
            value -= 1.5  # the day of publication is the news peg, not a fact worth learning
        if _mentions(question.answer, article.text) >= 4:
            value -= 1.5  # the article's topic ("Kazakhstan") is a guess, not a test
    value += 2.0 * (1 - fact.paragraph / max(n_paragraphs, 1))
    value += 1.0 if question.type == "short_answer" else 0.0
    # A statement prints every fact of its sentence and tests one weakly: it comes after the questions
    # that ask for those facts.
    value -= TRUE_FALSE_COST if question.type == "true_false" else 0.0
    words = len(question.prompt.split())
    value += 0.08 * min(words, 18)  # a question with its context is clearer than a bare one
    value -= 0.1 * max(0, words - 22)
    return round(value, 4)


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(normalize(text).split())


@dataclass(frozen=True)
class _Compared:
    """A question with what the pair checks read of it, worked out once: selection compares each chosen
    question with every other one, and normalising the same texts again for every pair was most of its time."""

    question: Question
    answer: str  # normalised
    answers: tuple[str, ...]  # the words that give the answer away: it, and a person's surname
    template: str  # the first part of the key: "role", "holder", a fact id
    shows_sentence: bool
    prompt_words: frozenset[str]  # the prompt's normalised words
    shown: str  # the normalised text a reader of the question sees: its prompt, and a set's items
    exact_figure: bool  # a number with digits: the same figure anywhere gives it away

    @classmethod
    def of(cls, q: Question) -> _Compared:
        answer = normalize(q.answer)
        answers = (answer,)
        if q.kind == "person" and len(answer.split()) > 1:
            answers = (answer, answer.split()[-1])  # "Dr Maathai is ..." gives away "Wangari Maathai"
        shown = normalize(" ".join([q.prompt, *q.choices]) if q.type in ("matching", "ordering") else q.prompt)
        return cls(question=q, answer=answer, answers=answers, template=q.key.split(":")[0],
                   shows_sentence=shows_sentence(q), prompt_words=_tokens(q.prompt), shown=shown,
                   exact_figure=q.kind == "number" and re.search(r"\d", q.answer) is not None)  # fmt: skip


def gives_away(a: Question, b: Question) -> bool:
    """True when question b's text gives away question a's answer (on one sheet, both are read).

    Names recur across an article and are fair to repeat; the same sentence, or an exact figure or date,
    is not: the second question would answer the first.
    """
    return _gives_away(_Compared.of(a), _Compared.of(b))


def _gives_away(compared_a: _Compared, compared_b: _Compared) -> bool:
    a, b = compared_a.question, compared_b.question
    if a.type in ("true_false", "ordering", "matching"):
        return False
    if _is_role(a) and b.type == "matching":
        return any(left == a.key.split(":", 1)[1] for left, _ in b.pairs)  # the pairs give the role away
    about_a_person = a.key.startswith(("role:", "holder:"))  # asked of the whole article, not one sentence
    if a.source != b.source and not about_a_person and not compared_a.exact_figure:
        return False
    answers, prompt = compared_a.answers, compared_b.shown
    if a.source == b.source and _mostly_in(answers[0], prompt):
        return True  # "What does the election elect?" beside "The election elects _____ members of ..."
    return any(len(x) > 1 and has_words(x, prompt) for x in answers)


def _mostly_in(answer: str, prompt: str) -> bool:
    words = [w for w in answer.split() if len(w) > 3]
    return len(words) >= 2 and sum(w in prompt.split() for w in words) * 2 >= len(words)


def near_duplicate(a: Question, b: Question) -> bool:
    """True when two prompts are mostly the same words, unless they are gaps in one sentence asking for
    different answers (whether one gives the other away is `gives_away`'s call)."""
    return _near_duplicate(_Compared.of(a), _Compared.of(b))


def _near_duplicate(a: _Compared, b: _Compared) -> bool:
    if a.question.source == b.question.source and a.shows_sentence and b.shows_sentence:
        return a.answer == b.answer
    if a.template == b.template in ("role", "holder"):  # one template, two people or roles
        return a.answer == b.answer
    shared = len(a.prompt_words & b.prompt_words)
    either = len(a.prompt_words) + len(b.prompt_words) - shared  # the size of the union, without making it
    return shared / max(1, either) >= 0.75


def _answer_identity(q: Question, fact: Fact) -> tuple[str, str]:
    """What a question tests, so the quiz asks it once: the person, the figure, the date, the set."""
    if q.type in ("ordering", "matching"):
        return (q.type, q.key)
    if q.type == "true_false" and fact.kind == "date" and fact.value and fact.granularity:
        return (q.kind, normalize(render(fact.value, fact.granularity)))  # as its cloze's answer is written
    if q.type == "true_false":
        return (q.kind, normalize(fact.value if fact.kind == "person" and fact.value else fact.text))
    is_person_answer = fact.kind == "person" and fact.value and not _is_role(q)
    return (q.kind, normalize(fact.value if is_person_answer else q.answer))


def shows_sentence(q: Question) -> bool:
    """True for questions that print their source sentence (with a gap, or as a statement)."""
    return q.type in ("cloze", "true_false") or (q.type == "multiple_choice" and BLANK in q.prompt)


def _sheet_conflict(compared_q: _Compared, compared_o: _Compared) -> bool:
    """True when q cannot be printed beside o, which is on the sheet."""
    q, o = compared_q.question, compared_o.question
    if o.source == q.source:
        if "true_false" in (o.type, q.type):
            return True  # a statement beside another question on its sentence: one answers the other
        if compared_o.shows_sentence and compared_q.shows_sentence and o.kind == q.kind:
            return True  # one sentence shown twice as the same exercise
    return _clash(compared_q, compared_o)


def _clash(q: _Compared, o: _Compared) -> bool:
    """Two questions that cannot both be printed: near-copies, or one giving the other away."""
    return _near_duplicate(q, o) or _gives_away(q, o) or _gives_away(o, q)


def _shut_out(pool: list[_Compared], identity: dict[str, tuple]) -> dict[str, set]:
    """For each question, the facts that choosing it would leave unasked: facts asked only from the same
    sentence, by questions that would each print its answer or have theirs printed by it."""
    by_source: dict[str, list[_Compared]] = {}
    sources: dict[tuple, set[str]] = {}
    for compared in pool:
        q = compared.question
        by_source.setdefault(q.source, []).append(compared)
        sources.setdefault(identity[q.id], set()).add(q.source)
    shuts: dict[str, set] = {}
    for siblings in by_source.values():
        for q in siblings:
            rivals: dict[tuple, bool] = {}
            for o in siblings:
                other = identity[o.question.id]
                if other == identity[q.question.id] or len(sources[other]) > 1:
                    continue
                rivals[other] = rivals.get(other, True) and _clash(q, o)
            shuts[q.question.id] = {other for other, shut in rivals.items() if shut}
    return shuts


def _deck_worthy(q: Question, listed: set[str]) -> bool:
    """A card for the deck only: not a statement or set (those are for the sheet), not one name of a list."""
    return q.type not in ("true_false", "ordering", "matching") and q.fact_id not in listed


def select(
    article: Article, facts: Sequence[Fact], questions: Sequence[Question], limit: int | None = None
) -> list[Question]:
    """The best `limit` questions that pass every check, varied in type and kind, in the article's order.

    A question that would give away (or be given away by) one already on the sheet may still be chosen
    as a deck-only card (`on_sheet=False`), at a cost: Anki shows cards one at a time, like its own cloze
    notes with several gaps in one sentence, while the printed quiz leaves it off.
    """
    by_id = {f.id: f for f in facts}
    pool = [(score(q, by_id[q.fact_id], len(article.paragraphs), article), q) for q in questions
            if rejection(q, by_id[q.fact_id], article.text) is None]  # fmt: skip
    pool.sort(key=lambda pair: (-pair[0], pair[1].id))
    identity = {q.id: _answer_identity(q, by_id[q.fact_id]) for _, q in pool}
    # The pool with what the pair checks read of each question (by position: two questions may share an id).
    ranked = [(value, q, _Compared.of(q)) for value, q in pool]
    shuts = _shut_out([compared for _, _, compared in ranked], identity)
    listed = {f.id for f in facts if f.in_list}
    limit = default_max(article) if limit is None else limit
    chosen: list[Question] = []
    taken: set = set()
    printed: Counter = Counter()  # questions per sentence on the sheet
    sentences: Counter = Counter()  # and in all
    types: Counter = Counter()
    unprintable: set[str] = set()  # clashes with a printed question: worked out once, as each is chosen
    copies: set[str] = set()  # a near-copy of a chosen question
    while len(chosen) < limit:
        best = None
        for value, q, compared_q in ranked:
            excess = types[q.type] - len(chosen) / len(_MIXED)  # more of this type than its share so far
            adjusted = (
                value - TYPE_PENALTY * max(0.0, excess + 1) - (9 if types[q.type] >= TYPE_CAP.get(q.type, limit) else 0)
            )
            if q.id not in unprintable and printed[q.source] < MAX_PER_SENTENCE:
                on_sheet, adjusted = True, adjusted - SHUT_OUT_COST * len(shuts[q.id] - taken)
            elif _deck_worthy(q, listed) and sentences[q.source] <= MAX_PER_SENTENCE:
                on_sheet, adjusted = False, adjusted - DECK_ONLY_COST
            else:
                continue
            if best is None or adjusted > best[0]:
                best = (adjusted, value, q, on_sheet, compared_q)
        if best is None:
            break
        _, value, q, on_sheet, compared_q = best
        chosen.append(Question(**{**q.__dict__, "score": value, "on_sheet": on_sheet}))
        taken.add(identity[q.id])
        printed[q.source] += on_sheet
        sentences[q.source] += 1
        types[q.type] += 1
        for _, other, compared_other in ranked:
            if identity[other.id] in taken or other.id in copies:
                continue
            if _near_duplicate(compared_other, compared_q):
                copies.add(other.id)
            elif on_sheet and other.id not in unprintable and _sheet_conflict(compared_other, compared_q):
                unprintable.add(other.id)
        # What is asked already, or a near-copy of a chosen question, is out for good: the next rounds skip it.
        ranked = [entry for entry in ranked if identity[entry[1].id] not in taken and entry[1].id not in copies]
    position = {f.id: (f.paragraph, f.sentence_index) for f in facts}
    return sorted(chosen, key=lambda q: (position[q.fact_id], TYPE_ORDER.get(q.type, 9), q.id))
