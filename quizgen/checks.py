"""The rubric's computable checks: why a question fails one of them, or None when it passes them all.

They mirror quality/RUBRIC.md: R1 (overlong, cut, quote-driven prompts), R2 (pronouns, vague nouns and
relative dates left unresolved, questions that name nothing), R3 (answers grounded in the article, one right
answer), R4 (whole answers of the right kind), R5 (the answer in the question, or worked out from it: the tests
themselves are in `giveaways.py`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from quizgen.dates import MONTH_NAMES, WEEKDAYS, render
from quizgen.giveaways import (
    OTHER_DEMONYMS,
    SHARE,
    abbreviates,
    answer_in_question,
    counted_in_the_question,
    initials_in,
    its_own_word_asked,
    its_people_named,
    listed_in_the_question,
    next_after_a_count,
    next_in_a_run,
    rest_of_a_hundred,
    rest_of_a_total,
    restated,
    spelled_before,
    without_hedge,
    words_all_shown,
    years_between,
)
from quizgen.models import Clause, Fact, Question
from quizgen.nlp import TITLE_ABBREVIATIONS, TITLES
from quizgen.people import is_role
from quizgen.questions import BLANK, names_something
from quizgen.relative_dates import relative_date_in
from quizgen.sentences import CONTEXT_OPENERS, RELATIONS, VAGUE_ANYWHERE, VAGUE_OPENING
from quizgen.source_slips import misspelt, pronoun_after_a_name, shouted, slipped
from quizgen.wording import has_words, initials, mentions, normalize

_MINUTE = re.compile(r"\b\d+(?:st|nd|rd|th) minute\b")
# Events an article may report several of: "the match" alone does not say which.
_EVENT = re.compile(
    r"\bthe (?:first |second |final )?(?:match|game|half|race|round|set|period|quarter|inning)\b|" + _MINUTE.pattern,
    re.I,
)

MAX_PROMPT_WORDS = {"short_answer": 32, "cloze": 45}  # a cloze shows the whole sentence
MAX_ANSWER_WORDS = 8
# An age ("37-year-old"). Set before a name or beside it ("the 37-year-old Tendulkar", "Mr Zuma, a 75-year-old
# veteran") it is the age on the day of writing, no fact to learn; the age of someone when something happened
# ("their nine-month-old child") is one.
AGE = re.compile(r"(?i)\b\w+-(?:years?|months?)-old\b")
_PRONOUN_START = re.compile(
    r"^(?:(?:who|when|where|how many \w+|what|which \w+) "
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might) )?"
    r"(?:he|she|it|they|this|that|these|those|his|her|its|their)\b",
    re.IGNORECASE,
)


def pronoun_led(prompt: str) -> bool:
    """True when a question leans on a pronoun it does not resolve ("When did he ...?")."""
    return _PRONOUN_START.search(prompt) is not None


def asks_a_role(question: Question) -> bool:
    """True for "What role does the article give X?": its key names the person whose role it asks."""
    return question.key.startswith("role:")


def _list_cut_short(prompt: str, source: str) -> bool:
    """True for a question that ends where its sentence's list of deeds goes on ("to stop exploring, return to
    Quebec?" of "to stop exploring, return to Quebec, and devote himself to ..."): the last item of the
    question's list and the next one of the source's are both verbs."""
    from lemminflect import getAllLemmas

    last = re.search(r",\s+([a-z]+)[^,]*$", prompt.rstrip("?. "))
    words = prompt.rstrip("?. ").split()[-4:]
    if last is None or len(words) < 3 or "VERB" not in getAllLemmas(last[1]):
        return False
    going_on = re.search(r"\s+".join(map(re.escape, words)) + r",? (?:and|or) ([a-z]+)", source)
    return going_on is not None and "VERB" in getAllLemmas(going_on[1])


# A finishing place with nothing after it to say in what: "Silvio Martinelli of Italy was third." (the sentence
# before named the stage), "Armstrong was 86th - in the 86th Tour de France"; in a short sentence, which says
# nothing else ("Bolt beat Thompson by 0.2 second ... while Walter Dix was third" names its race).
_PLACED_IN_WHAT = re.compile(
    r"\b(?:was|were|finished|came|placed|ended) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|last|_____)(?: - [^,]*)?[.?]$"
)
# A gap beside the rest of a time written in two units: "_____, 34 seconds", "1 minute, _____".
_TIME_CUT = re.compile(
    r"_____,? (?:and )?\d+(?:\.\d+)? (?:seconds?|minutes?|secs?|mins?)\b"
    r"|\d+ (?:hours?|minutes?|mins?|h),? (?:and )?_____"
)


_UNIT = r"(?:days?|hours?|minutes?|seconds?|secs?|mins?)"


def cuts_a_time(prompt: str, answer: str = "", source: str = "") -> bool:
    """True for a gap beside the rest of a time written in two units ("_____, 34 seconds" of "1 minute, 34
    seconds"), or for an answer or a time in the question that is the first unit of such a time in its source,
    the rest cut ("spent _____" -> "2 days", "spent 2 days completing _____ orbits", of "spent 2 days, 22 hours
    and 50 minutes in space, completing forty-eight orbits")."""
    if _TIME_CUT.search(prompt) is not None:
        return True
    shown = [answer] if re.search(rf"\b{_UNIT}$", answer) else []
    shown += [m[0] for m in re.finditer(rf"\b\d+(?:\.\d+)? {_UNIT}\b", prompt)]  # "spent 2 days completing ..."
    for time in shown:
        rest = rf"{re.escape(time)},? (?:and )?\d+(?:\.\d+)? {_UNIT}\b"
        if re.search(rest, source) and not re.search(rest, prompt):
            return True
    return False


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


# Openings that count or set apart what the sentence before named: "All but 39 signed", "Some others posed".
_LEANS_BACK = re.compile(r"(?:Some|Many|Most|All|Several|A few|The) (?:others?|but)\b")
# "the French forward", "the Chinese computermaker": one person or firm, called by their people and trade.
_BY_ITS_PEOPLE = re.compile(r"\b[Tt]he ([A-Z][a-z]+(?:-born|-based)?) ([a-z]+)\b(?! [A-Z(])")
_AFTER_A_NAME = re.compile(r"(?:\b[A-Z][\w.'\u2019-]*|_____), $")  # "Naoto Kan, the Japanese prime minister"
_FIRMS = ("maker", "company", "firm", "giant", "group", "retailer", "carrier", "airline", "insurer", "lender")
_PLAYERS = frozenset("forward striker midfielder defender goalkeeper winger player champion leader".split())


# People called by their people alone: "The Scot converted", "the Briton".
_PEOPLE_NOUN = re.compile(
    r"\b[Tt]he (?:Scot|Briton|Frenchman|Englishman|Irishman|Welshman|Dutchman|Spaniard|Dane|Swede|Finn|Pole|Serb|"
    r"Croat|Swiss|Argentine|Norwegian|German|Australian|American|Russian|Kenyan|Ethiopian)\b(?! [A-Z])"
)


def _someone_named_before(text: str) -> bool:
    """True when the words before a pronoun name someone it may point to: a capitalised word past the first, not
    a month, nor a people's adjective after an article ("a French army")."""
    words = text.split()
    for before, word in itertools.pairwise(words):
        word = word.strip(",.;:?!")
        if not word[:1].isupper() or word in _NOT_PLACES:  # a month, a weekday
            continue
        people = word in OTHER_DEMONYMS.values() or word.endswith(("ese", "ian", "ish", "an", "ch"))
        if before.lower() in ("a", "an", "the") and people:
            continue  # "a French army", "the British forces"
        return True
    return False


# A count's gap that is the whole subject of its verb: "_____ were composed of Spaniards and Mestizos".
_BARE_COUNT_SUBJECT = re.compile(r"_____ (?:were|was|are|is|had|have|has|died|remain(?:ed)?|survived|followed)\b")


_COUNT_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions dozen dozens and a""".split()
)


def _only_a_figure(answer: str) -> bool:
    """True for an answer that is a figure and nothing it counts: "Two", "some 150", "more than 30"."""
    return all(w.lower() in _COUNT_WORDS for w in re.findall(r"[A-Za-z]+", without_hedge(answer)))


# A win or an honour with nothing said of what it was, ending the question: "When was Wole Soyinka of Nigeria
# honored?", "British playwright _____, a blunt opponent of the Iraq war, won." (not "Bolt's win").
_WON_WHAT = re.compile(
    r"(?<!'s )(?<!\u2019s )(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )"
    r"\b(?:win|won|honou?red)(?: (?:in|on) [\w ,]{1,25})?[?.]$"
)


def _known_by_its_people(prompt: str, whole: bool = False) -> bool:
    """True for a person or firm the question calls only by their people and what they do ("The French forward
    halved the deficit", "The Chinese computermaker will pay IBM ..."), which a question lifted out of the
    article leaves unnamed. With `whole`, `prompt` is a subject alone, and a people's word followed by a noun
    is an adjective ("The Swiss government")."""
    alone = _PEOPLE_NOUN.search(prompt)
    if alone and whole and prompt[alone.end() :].strip():
        alone = None
    if alone and not _AFTER_A_NAME.search(prompt[: alone.start()]):
        return True  # "What did the Scot convert in a dramatic final game?"
    for found in _BY_ITS_PEOPLE.finditer(prompt):
        if _AFTER_A_NAME.search(prompt[: found.start()]):
            continue  # the name's own description
        people, noun = found.groups()
        endings = ("ese", "ian", "ish", "an", "i", "-born", "-based")  # "Chinese", "London-born"
        demonym = people in OTHER_DEMONYMS.values() or people.endswith(endings)
        if demonym and (
            noun.endswith(_FIRMS)
            or noun in TITLES
            or noun in _PLAYERS
            or (is_role(noun, "NN") and noun.endswith(("ist", "ian", "man", "woman", "crat")))
        ):
            return True
    return False


def _vague(prompt: str) -> bool:
    """A who/what question with nothing specific to hold on to ("Who defeated his opponents?"), or one that
    points at something only the article's previous sentence names ("in this constituency")."""
    if _POINTING.search(prompt):
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


# A statement's subject up to its verb: "The Kenyan" of "The Kenyan defended his 2017 title", "the Chinese
# computermaker" of "In a $1.25 billion deal ..., the Chinese computermaker will pay IBM" (not "The German attack on
# Verdun ... changed").
_OPENING_SUBJECT = re.compile(
    r"^(?:[^,]+, )?((?:The|the) (?:\d+-year-old )?[A-Z][a-z]+(?: [a-z]+)?)"  # after an opening phrase as well
    r"(?= (?:[a-z]+ed|has|had|is|was|are|were|will|would|said|says|won|wins|led|leads|sold|made|took|became)\b)"
)


def _statement_rejection(question: Question, fact: Fact, article_text: str) -> str | None:
    """The checks that apply to a statement or a set: no relative dates, no dangling pronouns, not too long;
    a true/false statement must stand alone as a cloze must."""
    texts = [question.prompt, *question.choices, *question.sequence]
    if any(relative_date_in(t) for t in texts):
        return "relative date left relative"
    if misspelt(question, article_text):
        return "a name the article misspells once"
    if cuts_a_time(question.prompt, "", question.source):
        return "the gap cuts a time in two"  # "The Vostok 6 spacecraft spent 2 days." (and 22 hours and 50 minutes)
    if any(_SHOUTED.search(t) for t in texts) or shouted(question, article_text):
        return "a heading in capitals, not a sentence"
    if pronoun_after_a_name(question, article_text):
        return "the source's slip of grammar"  # "Atatürk He was born"
    if _WON_WHAT.search(question.prompt):
        return "won what? the question does not say"  # "Gloria Stuart ... was widely favored to win."
    if slipped(question):
        return "the source's slip of grammar"  # "He was also became a Fellow of the Royal Society"
    if any(_unbalanced(t) for t in texts):
        return "cut through a bracket or quotation"  # "980 – July 1037) was a Persian polymath ..."
    if question.type == "ordering" and any(re.search(r"\b(?:these|those) [a-z]+", item) for item in question.choices):
        return "an item leans on the sentence before"  # "died from complications resulting from these strokes"
    if question.type != "true_false":
        return None
    if unanchored_event(question.prompt, fact.text):
        return "which match? the sentence does not say"
    if _anniversary(question, fact):
        return "the date of the celebration or of what it celebrates?"  # "celebrated the launch ... on April 12"
    if fact.kind == "number" and listed_in_the_question(question.prompt, fact.text):
        return "the question lists what it asks to count"  # "Only two things would offer solace: painting and ..."
    if fact.kind == "place" and its_people_named(question.prompt.replace(fact.text, BLANK), fact.text):
        return "the question names the answer's people"  # "Rallying the French troops, ... throughout France"
    if (why := _context_rejection(question, fact)) is not None:
        return why
    if (subject := _OPENING_SUBJECT.match(question.prompt)) and _known_by_its_people(subject[1], whole=True):
        return "who? the statement names them by their people only"  # "The Kenyan defended his 2017 title ..."
    if not _anchored(question.prompt, "", article_text, figures=False) or not _names_beside_figures(question):
        return "names nothing: where, who, what?"  # "Hundreds of thousands of homes had power cut off."
    if len(question.prompt.split()) > MAX_PROMPT_WORDS["cloze"]:
        return "prompt too long"
    if _too_short(question.prompt):
        return "says too little to be true or false"  # "Apple posted $42.86bn." (revenue? profit?)
    return None


# "the two companies": the pair the sentence names ("the three remaining orbiters" is a fact to learn).
_PAIRED = frozenset({"2", "two"})
# First words of two-word titles: "Field Marshal", "Vice President", "Deputy Minister", "Rear Admiral".
_TITLE_FIRST_WORDS = frozenset("field vice deputy prime lieutenant rear attorney major chief grand air acting".split())


def _title_cut(question: Question) -> bool:
    """True when the word before the gap and the answer's first word make one title: "Field _____" for
    "Marshal Hussein Tantawi", "Vice _____" for "President Biden"."""
    before = re.search(r"\b([A-Z][a-z]+) _____", question.prompt)
    first = question.answer.split()[0].lower() if question.answer.split() else ""
    return before is not None and before.group(1).lower() in _TITLE_FIRST_WORDS and first in TITLES | {"marshal"}


def _too_short(prompt: str) -> bool:
    """True for a sentence of fewer than four words besides its gap: what it is about, it cannot say."""
    return len(prompt.replace(BLANK, " ").split()) < 4


def only_the_place(sentence: str, place: str) -> bool:
    """True when the sentence, its place left out, names and dates nothing: which event, it does not say."""
    rest = sentence.replace(place, BLANK)
    return not names_something(rest, "") and not re.search(r"\d", rest)


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


def _but_not_left_hanging(prompt: str, source: str) -> bool:
    """True for a "but not ..." whose first half the question cut: "the passing of the 1832 Reform Bill [, which
    gave the vote to the middle classes,] but not to the working class"."""
    found = re.search(r"((?:\S+ ){2}\S+) but not\b", prompt.replace(BLANK, "_"))
    if found is None:
        return False
    before = found[1].split()
    return not re.search(r"\s+".join(re.escape(w) if w != "_" else r"\S+" for w in before) + r",? but not\b", source)


def _context_rejection(question: Question, fact: Fact) -> str | None:
    """Why a question leans on the sentences around its own, or None: "the constituency", "the referendum",
    "the previous election", "The other two ..."."""
    prompt = question.prompt
    if re.match(r"\d{1,2}[:.]\d\d\b[^,]{0,25}, ", prompt):
        return "an opening cut in two"  # "5:44 pm Indian time, _____, the lander": "At the scheduled hour," went
    if _LEANS_BACK.match(prompt):
        return "leans on the sentence before"  # "All but _____ signed the Maori text.", "Some others posed ..."
    if re.match(r"[A-Z][\w']*(?: [A-Z][\w']*){0,4} [-\u2013\u2014] [a-z]", prompt):
        return "a list's item, not a sentence"  # "Valley Complex - ruins located between the first two complexes"
    if _but_not_left_hanging(prompt, question.source):
        return "a cut that leaves 'but not' hanging"  # "the 1832 Reform Bill but not to the 'working class'"
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
    if _asks(question) and (ruler := _BARE_RULER.search(prompt)) and not re.search(rf"\b(?i:{ruler[1]}) [A-Z]", prompt):
        return "which king? the question does not say"  # "What did La Salle name in honor of the King?"
    if _RELATIVE_ORDINAL.search(prompt):
        return "previous to what? the sentence does not say"  # "The previous general legislative election"
    if _BOTH.search(prompt):
        return "which ones? the sentence does not say"  # "pictured on cameras in both cities"
    if prompt.split()[0].lower() in _CONTEXT_WORDS or prompt.lower().startswith("the other "):
        return "leans on the sentence before"  # "Similar structures were built ..."
    if re.search(r"\bsuch an? [a-z]+\b(?! as\b)", prompt):
        return "leans on the sentence before"  # "re-equipping his soldiers for such a conflict": which one?
    if _POINTS_BACK.search(prompt):
        return "leans on the sentence before"  # "The above refers to ...", "The Roosevelt in question was ..."
    if _OPENING_THEN_PRONOUN.match(prompt):
        return "unresolved pronoun"  # "After spending three years in Bukhara, they were encouraged ...": who?
    if re.match(r"(?:On board|Aboard)\b(?! (?:the|a|an|[A-Z_]))", prompt):
        return "on board what? the sentence before said"  # "On board were men, women and children ..."
    return None


# The areas an election report tells one by one: "the constituency" alone does not say which.
_AREAS = r"(?:constituency|district|ward|riding|precinct|county)"
_VAGUE_PLACE = re.compile(rf"\b(?:the|this|that) {_AREAS}\b", re.I)
_NAMED_PLACE = re.compile(rf"\b[A-Z][\w()-]* (?:[A-Za-z()-]+ )?{_AREAS}\b")
# Events and actors of a news story, unnamed even with an adjective: "the violent incidents", "the recent shootings".
_VAGUE_EVENT = re.compile(
    r"\b[Tt]he (?:[a-z-]+ ){1,3}(?:attacks?|incidents?|shootings?|suspects?|victims?|gunman|attackers?|killings|"
    r"agencies|cities|deaths|protests)\b(?! of\b| in [A-Z])"
)
_BOTH = re.compile(r"\b(?:[Bb]oth|[Tt]he two|[Tt]he three) [a-z]+s\b(?! of\b| [A-Z])")
# "the previous election", "the last general election": which one depends on the sentences around it ("the
# last of the 33 trapped miners" says of which).
_RELATIVE_ORDINAL = re.compile(
    r"\b[Tt]he (?:(?:previous|preceding|next|following|latter|former) (?!of\b)[a-z]|last (?:[a-z]+ )?"
    r"(?:election|vote|poll|time|year|month|week|season|game|match|race|campaign|census|meeting|session|term)s?\b)"
)  # "the last case" of an outbreak is its final one: "last" points back only with what recurs
# Counts of people or harm that say nothing of what event, unless the question goes on to say it.
_COUNTED_VAGUELY = re.compile(
    r"(?:In [^,]+, )?([Hh]ow many (?:people|persons|bodies|homes|others|ones|deaths|victims|injuries|casualties)\b)"
)
# A span of years printed beside a gap: "(_____-1911)", "(1876-_____)"; and a length the span works out.
_YEAR_SPAN_GAP = re.compile(r"_____\s*[-\u2013]\s*\d{3,4}\b|\b\d{3,4}\s*[-\u2013]\s*_____")
_YEAR_SPAN = re.compile(r"\b\d{3,4}\s*[-\u2013]\s*\d{2,4}\b")
_SPAN_OF_YEARS = re.compile(r"\b(?:years?|decades?)$")
_A_NAME = re.compile(
    r"(?:(?:[A-Z][\w-]*\.? ?){1,3}['\u2019]s )?(?:[A-Z][\w'-]*\.? ?){2,5}"
)  # "Aung San Suu Kyi": every word capitalised; "Warren Buffett's Berkshire Hathaway"
_ORDINAL = re.compile(
    r"(?i)(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))"
)
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
    rf"\b[Tt]he (?:{'|'.join(sorted(VAGUE_ANYWHERE))})\b(?! of\b)(?! in the city\b| in [A-Z]| [A-Z])(?!['\u2019]s)"
    r"(?! to [a-z]+ (?:the |a )?[A-Z])(?! [\"\u201c'\u2018])"
)  # "the mudslide in the city of Iwaki", "the referendum of 2022", "the ship Gjöa", "the project to build the
# International Space Station", 'the phrase "Doctor Livingstone"' say which
# A when-question that names its time another way: "When did Howe die the year his patent expired?"
_TIMED_ALREADY = re.compile(
    r"^(?:When|In what year|On what date)\b.*\bthe (?:same )?(?:year|day|month|week)\b(?! of\b)"
)
# A where-question that says where already: "Where was a treaty signed in Belgium?", "... near St. Louis?"
_PLACED_ALREADY = re.compile(
    r"^Where\b.*\b(?:in|near|outside|at)\s+(?:the (?:town|city|village|port) of )?([A-Z][a-z]+)\b(?! \d)"
)
_NOT_PLACES = frozenset(w.capitalize() for w in (*MONTH_NAMES, *WEEKDAYS))
# A "do" with nothing done, only when: "had done in 1981?", "did so?".
_DONE_WHAT = re.compile(r"\b(?:had|has|have|did) (?:done|so)(?: (?:in|on|at|during|before|after|by) [^?]*)?\?$")
# A comparison made as a fact: "Who was more certain of ...?" (than the one the sentence before quoted).
_COMPARED_WITH_WHAT = re.compile(r"\b(?:was|were|is|are|had been|has been) (?:more|less) [a-z]+\b")
# A ruler by office alone: "the King", "the emperor's death" (not "the King of France", "the Emperor Napoleon").
_BARE_RULER = re.compile(
    r"\b[Tt]he ((?i:king|queen|emperor|empress|pope|sultan|tsar|czar|shah|pharaoh))\b(?! of\b)(?! [A-Z])"
)
# An opening "the <noun>" for an event or report the sentence before introduced ("The news comes as ..."), or
# for what the story is about: "The disease", "The city" (later in a sentence these are often generic or named
# just before: "symptoms similar to the disease", "London ... across the city").
_STORY_NOUNS = ("disease", "illness", "condition", "city", "property", "species", "remains")
_VAGUE_OPENING = re.compile(
    rf"^(?:At |In |On |After |During |From )?[Tt]he (?:{'|'.join(sorted({*VAGUE_OPENING, *_STORY_NOUNS}))})\b(?! of\b)"
)
_CONTEXT_WORDS = CONTEXT_OPENERS | {"these", "those"}
# Opening words that are no name: "The jump was ...", "Sales rose ...", "Analysts had predicted ...".
_CLASS_OPENERS = frozenset(
    "the a an sales profit profits revenue analysts shares prices it this _____ in on at for by after before during "
    "since until all some many most several each every few more nearly almost about over only".split()
)
_INNER_PRONOUN = re.compile(r"\b(?:he|she|him|it|they|them)\b")  # not "her": "Who lost her seat?"
_TITLE_CUT = re.compile(rf"\b(?:{'|'.join(sorted(a.capitalize() for a in TITLE_ABBREVIATIONS))})\.?\?$")
# Unrest an article about one place tells of once: "the protests" of a question that says where are theirs
# (not "the referendum" or "the election": a place holds many, and the question should say which).
_EVENTS = {"protests"}
# "In Japan, ": a home place a question opens with, which says nothing of the deed it asks about.
_PLACED_OPENING = re.compile(r"^In [A-Z][^,]*, ")
# "this constituency", "these strokes": a demonstrative pointing at what the sentence before named.
_POINTING = re.compile(r"\b(?:these|those|this|that) (?!is\b|was\b)[a-z]+")
# Words that point at what the reader saw before: a quotation, or the event of the sentence before.
_POINTS_BACK = re.compile(
    r"\b[Tt]he above\b|\bin question\b|^(?:Earlier|Later)(?:,| on\b| that\b)|^In response,"
    r"|^(?:In|By) contrast\b|^(?:Yet|Nevertheless|Nonetheless|Instead|Even so)\b"  # than what? despite what?
    r"|\b[Tt]he latest (?:has|have|is|was|were|are)\b"  # "The latest has been unearthed": the latest what?
    r"|^The [\w-]+-year-old (?=[a-z])"  # "The 76-year-old is accompanied by ...": who?
    r"|^(?:Since then|After that|Before that|By then|Until then|Thereafter|Afterwards|Meanwhile)\b"  # when?
    r"|^(?:Naturally|Indeed|Of course|Unsurprisingly|Understandably|Not surprisingly|Predictably)\b"  # given what?
    r"|^The (?:first|second|third|former|latter) (?:was|were|is|are|came|had)\b"  # "The first was a volley": of what?
    r"|\b[A-Z][a-z]+ (?:became|become|becomes) (?:his|her) (?!own\b)"  # "Faraday became his assistant": whose?
    r"|^(?:[A-Z][\w' ]{0,40} )?(?i:of|to|from|with|after|before|despite|for|like|besides|beyond) "
    r"(?:this|that|these|those),"  # "In a reflection of this, Tesla is now worth ...", "Despite this, ...": what?
)
_PLACED = re.compile(r"In [A-Z][\w .-]*, [a-z]")
# An opening participle with no subject of its own, then the pronoun that is its subject and the sentence's.
_OPENING_THEN_PRONOUN = re.compile(
    r"(?:(?:After|Before|While|Upon|On|Since|By|When) [a-z]+ing|(?!During|According|Including|Regarding|Concerning"
    r"|Following|Considering|Notwithstanding|Pending|Barring)[A-Z][a-z]+ing)\b[^,]*, (?:they|he|she)\b"
)  # "After spending three years in Bukhara, they": not "During the voyages, they" (a preposition)
# An answer that counts: "53.7 million mobile phones", "around 30 times more cars", "roughly 40 million shares".
_A_COUNT = re.compile(
    r"(?:about |some |nearly |almost |more than |around |roughly |approximately |over |at least |an estimated )?\d"
)
# Verbs whose object says little ("What did Norton see?"), or one of many ("What did Campbell report?").
# Words for someone's kin: a person, whatever the model tagged the name.
_LIGHT_VERBS = frozenset(
    "see have get make take do give face launch fight gain find report post announce use hold explore".split()
)
# Verbs that, with nothing after them, have as many answers as the article has journeys or goals:
# "Where did Magellan go?", "What did Gareth Bale score?", "Where did Morse return?" (from Europe, and to Boston).
_OPEN_VERBS = _LIGHT_VERBS | frozenset(
    """go move travel sail return head fly reach achieve score decide celebrate deal receive play lead develop study
    live work teach recognize realize understand produce""".split()
)
_EMPTY_HEADS = {"battle", "campaign", "step", "need", "thing", "things", "way", "part", "role", "problem", "problems",
                "effort", "move", "lot", "number", "kind", "matter", "issue", "issues"}  # fmt: skip


# Three or more names in a row: "at Englefield, Reading, Ashdown, Basing and the unidentified Meretun".
# Three names or more in a list ("John Rastrick, Nicholas Wood and John Kennedy", "the Rocket, Sans Pareil, ...").
# Words in capitals one after another: a heading or a drop cap, not an acronym ("ALFRED THE GREAT").
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b[ ,]+\b[A-Z]{3,}\b|\b[A-Z]{3,}\b[ ,]+\b[A-Z]{2,}\b")
# An answer that stops on a word that cannot end one: "the Bay of" of "the Bay of Bengal".
_FRAGMENT_END = re.compile(r"\b(?:of|the|and|or|a|an|for|to|in|on|at|by|with|including)$", re.I)
# "A" or "The" capitalised past a question's first word, before a common word: an inversion gone wrong.
_CAPITAL_ARTICLE = re.compile(r"(?<=[a-z] )(?:A|An|The) [a-z]")


_DATED = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})\b|\b(?:{'|'.join(sorted(m.capitalize() for m in MONTH_NAMES))})\b")


def _also_done(verb: str, sentence: str) -> bool:
    """ "has also issued a flash flood watch": what is done is one of several things."""
    return re.search(rf"\balso (?:\w+ )?{re.escape(verb)}\b", sentence) is not None


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


def _ends_at_an_open_verb(prompt: str, clause: Clause | None) -> bool:
    """True for a wh-question that ends at its verb, when the verb is one of `_OPEN_VERBS`."""
    return clause is not None and clause.verb_lemma.lower() in _OPEN_VERBS and _ends_at_its_verb(prompt, clause)


def _ends_at_its_verb(prompt: str, clause: Clause | None) -> bool:
    """True for a wh-question that ends at its verb or the verb's particle: "What had Argentina dominated?",
    "What did Rembrandt build up?" (the article says which of the subject's deeds, the question does not)."""
    if clause is None or not prompt.endswith("?"):
        return False
    words = prompt[:-1].lower().split()
    if len(words) > 2 and words[-1] in _PARTICLE_WORDS:
        words.pop()
    return words[-1] in (clause.verb_lemma.lower(), clause.verb.lower())


_PARTICLE_WORDS = frozenset("up down out off on in over back away apart together aside open".split())


# Plural nouns for people ("Wall Street analysts", "local residents").
_PEOPLE = frozenset(
    "people men women children analysts investors residents fans voters officials workers students critics".split()
)


def _people(answer: str) -> bool:
    """True for an answer that names people: "Wall Street analysts", "scientists", "historians"."""
    words = answer.lower().split()
    return bool(words) and (words[-1] in _PEOPLE or words[-1].endswith(("ists", "ians")))


def _done_twice(prompt: str, article_text: str) -> bool:
    """True when the deed a "Who ...?" question asks about is told of two people: its first words after
    the wh-phrase appear twice in the article."""
    match = re.match(r"(?:Who|Which \w+) (.+)\?$", prompt)
    if match is None or prompt.startswith("Who does the article name"):
        return False
    deed = " ".join(normalize(match.group(1)).split()[:4])
    return len(deed.split()) == 4 and normalize(article_text).count(deed) > 1


def _anchored(prompt: str, answer: str, article_text: str, figures: bool = True) -> bool:
    """True when the question names something besides its answer: a name (capitalised past the first word,
    or a first word the article also capitalises mid-sentence: "Columbia"), or a figure (or, without
    `figures`, a year)."""
    words = prompt.replace(BLANK, " ").replace(answer, " ").split() if answer else prompt.split()
    if any(w[:1].isupper() for w in words[1:]) or re.search(r"\b(?:1\d{3}|20\d\d)\b", " ".join(words)):
        return True
    if figures and any(c.isdigit() for w in words[1:] for c in w):
        return True
    first = re.sub(r"\W", "", re.sub(r"['\u2019]s$", "", words[0])) if words else ""  # "Cisco's": Cisco
    return first[:1].isupper() and _a_name(first, article_text)


def _a_name(word: str, article_text: str) -> bool:
    """True for a capitalised first word that is a name: one the article also capitalises mid-sentence
    ("Columbia"), or one it never writes in lower case that is no plural or common opener ("Cisco"; not
    "Organizers", "Thousands" or "Any")."""
    if re.search(rf"[a-z,;] {re.escape(word)}\b", article_text):
        return True
    common = word.lower() in _CLASS_OPENERS or word.endswith("s")
    return not common and re.search(rf"\b{re.escape(word.lower())}\b", article_text) is None


_UNITS = (
    r"(?:miles?|mi|km|kilometres?|kilometers?|feet|ft|foot|metres?|meters?|m|pounds?|lb|lbs|kg|kilograms?|°[CF]"
    r"|inches|cm)"
)
# A measure given twice, once in brackets: the other tells the one in the gap ("100 miles (160 km)").
_CONVERSION = re.compile(rf"_____\s*{_UNITS}?\s*\(\s*[\d.,]+\s*{_UNITS}\)|[\d.,]+\s*{_UNITS}\s*\(_____")


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


# A question that ends on "a" thing and nothing to say which: "When did Japan suffer a setback?"
_ANY_ONE = re.compile(r" (?:a|an) [a-z]+(?: [a-z]+)?\?$")


def _unbalanced(text: str, source: str = "") -> bool:
    """True for a bracket or quotation cut open, or quotation marks moved ('Mun" Andros"' of '"Mun" Andros')."""
    pairs = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))
    if any(text.count(a) != text.count(b) for a, b in pairs) or text.count('"') % 2 == 1:
        return True
    if len(re.findall(r"(?<![\w'])'(?=\w)", text)) > len(re.findall(r"(?<=[\w.,!?])'(?!\w)", text)):
        return True  # "under the name of 'Staatliches Bauhaus zu Weimar?": a single quotation mark left open
    return bool(source) and any(f'"{quoted}"' not in source for quoted in re.findall(r'"([^"]*)"', text))


def rejection(question: Question, fact: Fact, article_text: str) -> str | None:
    """Why a question fails a computable rubric check, or None when it passes them all."""
    if _PLACED_IN_WHAT.search(question.prompt) and len(question.prompt.split()) <= 12:
        return "a place in a race the question does not name"  # "Silvio Martinelli of Italy was third." (the stage)
    if question.type in ("true_false", "ordering", "matching"):
        return _statement_rejection(question, fact, article_text)
    prompt, answer = normalize(question.prompt), normalize(question.answer)
    if not answer or len(question.answer.split()) > MAX_ANSWER_WORDS:
        return "answer empty or too long"
    if re.fullmatch(r"(?i)(?:at least |only |just )?one", question.answer.strip()) and re.search(
        r"_____ (?:[a-z]+ )?[a-z]+[^s\W]\b", question.prompt
    ):
        return "one of something: 'a' fills the gap as well"  # "_____ commentator, Dan Ackman ..." (at least one)
    if fact.kind == "place" and re.fullmatch(r"[a-z]+", question.answer):
        return "the source's slip of grammar"  # "_____ is expected to spend ..." -> "tokyo", as the page wrote it
    if "?" in question.answer:
        return "a figure its source doubts"  # "Johannes Gutenberg (_____?)" -> "1395?-1468", with 698?-1468 beside it
    if re.search(r"\bthe following\b", question.answer):
        return "the answer points at a list the question does not show"  # "the following territories"
    if question.answer.strip(". ").upper() in ("BC", "BCE", "AD", "CE"):
        return "an era, not a fact"  # "from the second century _____ to the first century CE" -> "BCE"
    if _unbalanced(question.answer) or _unbalanced(question.prompt, question.source):
        return "cut through a bracket or quotation"  # "now Grant) streets": a misparse
    if _SHOUTED.search(question.prompt) or _SHOUTED.search(question.answer) or shouted(question, article_text):
        return "a heading in capitals, not a sentence"  # "ALFRED THE _____ (849-899), the most ...", "When was
        # NIGHTINGALE born at Florence?"
    if slipped(question) or pronoun_after_a_name(question, article_text):
        return "the source's slip of grammar"  # "Raman was also became a Fellow of _____ in 1924.", "vote.."
    if answer_in_question(question):
        return "answer in the question"
    if re.fullmatch(r"[\w-]+-year-old", question.answer.strip()) and re.match(r"The _____ [a-z]", question.prompt):
        return "too vague to stand alone"  # "The _____ is accompanied by Hasina's sister" (76-year-old): who?
    if re.match(r"How many (?:last|first|next|final)\b", question.prompt):
        return "a count asked past the word that orders it"  # "How many last Concordes were being taken?"
    if re.search(r"\s(?:whom|which|whose|who)\?$", question.prompt):
        return "a relative clause cut from its verb"  # "Where did Rembrandt move, Pieter Lastman (...), with whom?"
    if question.type == "short_answer" and _list_cut_short(question.prompt, question.source):
        return "a list cut short"  # "ordered Champlain to stop exploring, return to Quebec?" (", and devote ...")
    if fact.kind not in ("date", "number") and words_all_shown(question):
        return "every word of the answer is in the question"  # "Proxima b orbits _____ ... Alpha Centauri"
    if fact.kind == "person" and any(len(w) > 2 and has_words(w, prompt) for w in answer.split()):
        return "part of the name in the question"
    if fact.kind == "organization" and re.search(r"\b[A-Z][\w'-]* (?:et|&) _____", question.prompt):
        return "the gap cuts a name in two"  # "built by his company Eiffel et _____" (Compagnie)
    if fact.kind in ("person", "organization") and re.search(r"\w-_____|_____-\w", question.prompt):
        return "the gap cuts a name in two"  # "the successor to _____-zage-si" (Lugal)
    if fact.kind in ("organization", "place") and re.search(r"_____ of [A-Z]", question.prompt):
        return "the gap cuts a name in two"  # "on _____ of Kenya ticket" (the Liberal Party of Kenya)
    possessed = re.search(r"_____['’]s [A-Z]", question.prompt) and question.answer.lower().startswith("the ")
    if _FRAGMENT_END.search(question.answer) or possessed:
        return "the gap cuts a name in two"  # "sank in _____ Bengal" (the Bay of), "_____'s Guild" (the Saint Luke)
    if fact.kind == "number" and re.search(r"_____ \d+/\d+\b", question.prompt):
        return "the gap cuts a figure in two"  # "a wind-aided leap of _____ 1/2" -> 29-4
    if fact.kind == "date" and re.search(r"\b\d{1,2}(?:st|nd|rd|th)? _____", question.prompt):
        return "the gap cuts a date in two"  # "buried 29 _____" -> September 1619
    if fact.kind == "date" and re.search(r"_____['\u2019]s\b", question.prompt):
        return "a date as the owner of a thing"  # "_____'s decision" for "Friday's decision"
    if re.search(r"\b[Tt]he _____ of the [A-Z]", question.prompt) and question.answer[:1].isupper():
        return "the gap cuts a name in two"  # "The _____ of the Kings" (Valley)
    if fact.kind == "person" and re.search(r"\w _____ (?:He|She)\b", question.prompt):
        return "the gap cuts a name in two"  # "Admiral _____ He was commissioned" (Zheng He, read as "he")
    if _title_cut(question):
        return "the gap cuts a title in two"  # "Field _____, head of the ruling council" (Marshal Tantawi)
    if question.prompt.startswith("Who ") and re.search(r"\bits\b", question.prompt):
        return "who for a thing"  # "Who gets its name from the Roman goddess ...?" (the Juno spacecraft)
    if _CAPITAL_ARTICLE.search(question.prompt):
        return "a sentence's first word inside the question"  # "What led A team?"
    if fact.kind == "place" and not shows_sentence(question) and _in_brackets(question.answer, question.source):
        return "a place said in brackets: not where it happened"  # "at Tubac (in present-day Arizona)"
    if fact.kind == "place" and re.search(r"_____ \(today |\(today _____|^Where\b.*\(today ", question.prompt):
        return "the place's other name in the question"  # "in _____ (today Beijing)" -> Peking
    if fact.kind == "place" and re.search(r"\b\d[\d,]* _____ [a-z]+s\b", question.prompt):
        return "a place used as a word of another phrase"  # "in 42 _____ states" (U.S.)
    if question.type == "multiple_choice" and fact.kind == "place" and re.search(r"\bthe _____", question.prompt):
        return "the article before the gap picks the place out"  # "a 1-0 win over the _____" (Netherlands)
    if re.search(r"_____\s*(?:GMT|UTC|[AP]\.?M\.?)\b|\(\d{3,4}\s*_____\)", question.prompt) or re.fullmatch(
        r"GMT|UTC|EST|EDT|BST|CET", question.answer
    ):
        return "a clock time, not a figure"  # "(_____ GMT)" offers 1099; "(1100 _____)" asks for the zone
    if question.type == "multiple_choice" and _YEAR_SPAN_GAP.search(question.prompt):
        return "a span's other end rules options out"  # "(_____-1779)": not 1779, not 1781
    if fact.kind == "place" and re.search(r"\b[A-Z][\w.-]*, _____", question.prompt):
        return "the region of the city before it: a guess, not a test"  # "Cape Canaveral, _____"
    if re.search(r"[,;:]$", question.answer.strip()):
        return "the answer ends in a stray mark"  # "for _____ 1916" -> "Easter Sunday,"
    if any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in question.answer):
        return "an answer in another script"  # "DOSAAF (_____ общество ...)" -> "Добровольное"
    abbreviation = initials(question.answer)
    if abbreviation and any(
        abbreviates(word, abbreviation) for word in re.findall(r"\b[A-Z][A-Za-z]{1,9}\b", question.prompt)
    ):
        return "its abbreviation in the question"  # "at _____ (KSC)" -> the Kennedy Space Center; "(IISc)"
    bracketed = re.findall(r"\(([A-Z]{3,})\)", question.prompt)
    if len(abbreviation or "") >= 3 and any(word.endswith(abbreviation) for word in bracketed):
        return "its abbreviation in the question"  # "Australian and _____ (ANZAC)" -> New Zealand Army Corps
    if not grounded(question, fact, article_text):
        return "answer not in the article"
    if misspelt(question, article_text):
        return "a name the article misspells once"  # "Michael Farady", of an article that says Faraday after
    if shows_sentence(question) and mentions(question.answer, article_text) >= 4:
        return "the article's topic: a guess, not a test"  # "voters in _____ overhaul their constitution"
    if question.key.startswith("holder:") and mentions(question.answer.split()[-1], article_text) >= 4:
        return "the article's main person: a guess, not a test"  # "Who does the article name as Emperor?"
    if relative_date_in(question.prompt):
        return "relative date left relative"
    if _TIMED_ALREADY.search(question.prompt):
        return "the question holds its own time"  # "When did Elias Howe die the year his patent expired?"
    if unanchored_event(question.prompt, question.answer):
        return "which match? the sentence does not say"
    if (why := _context_rejection(question, fact)) is not None:
        return why
    if _COMPARED_WITH_WHAT.search(question.prompt) and " than " not in fact.sentence:
        return "more than whom? the sentence before said"  # "Who was more certain of the impact of the victory?"
    asks = _asks(question)
    if asks and question.prompt.startswith("When had "):
        return "a deed done before the date, not on it"  # "When had the Russians managed to expel the Polish?"
    if asks and question.prompt.startswith("When ") and re.search(r"\bin \d{4}\b", question.prompt):
        return "asks when of something it dates itself"  # "When was the patient diagnosed with HIV in 2003?"
    if asks and question.prompt.startswith("When ") and _CLOCK.search(question.prompt):
        return "asks when of something it already times"  # "When was the last ballot cast at 2:30?"
    if _DURATION.search(question.answer) and len(_CLOCK.findall(question.prompt)) >= 2:
        return "the answer is the time between two it prints"  # "closed at 22:30 ... cast at 2:30, _____ after"
    if _anniversary(question, fact):
        return "the date of the celebration or of what it celebrates?"  # "celebrated the launch ... on _____"
    if fact.kind == "date" and BLANK in question.prompt and _date_in_another(question.answer, question.prompt):
        return "another date of the sentence gives it away"  # "issued on April 30, 2016 ... as of _____" (April 2016)
    if re.search(r"_____,\w|\w,_____", question.prompt):
        return "the gap cuts a name in two"  # "available supply of _____,S" (RTS,S)
    if re.search(r"_____(?:/\w|[a-z])|\w/_____", question.prompt):
        return "the gap cuts a unit in two"  # "at _____/h" (only 10.9 km/h); "hit by _____cm of rain"
    if _YEAR_SPAN_GAP.search(question.prompt) and re.search(r"\b\d+ years\b", question.prompt):
        return "half of a span of years its length gives away"  # "in power for more than 30 years (_____-1911)"
    if _SPAN_OF_YEARS.search(question.answer) and _YEAR_SPAN.search(question.prompt):
        return "the years in the question give the length away"  # "in power for _____ (1876-1911)"
    if fact.kind == "number" and re.search(r"\d[^\s()]*\s*\(_____\)|_____[^\s()]*\s*\(\d", question.prompt):
        return "the same figure in other units gives it away"  # "7-meter (_____) storm surges", "_____ (610 m)"
    if AGE.search(question.answer) and re.search(r"_____ [A-Z]|, an? _____", question.prompt):
        return "an age, with no date to count it to"  # "The _____ Sachin Tendulkar praised his teammates."
    if re.search(r"\band an? _____", question.prompt) and re.match(r"(?i)(?:quarter|half|third)\b", question.answer):
        return "a figure cut in two"  # "Nine and a _____ iPads" (quarter million)
    if BLANK in question.prompt and _too_short(question.prompt):
        return "too little around the gap"  # "Apple posted _____." ($28.57bn of revenue, or $7.79 a share?)
    if fact.kind == "outcome" and question.prompt.startswith("What ") and _people(question.answer):
        return "asks what for people: who?"  # "What has Apple embarrassed?" -> "Wall Street analysts"
    if _name_cut(question.prompt, question.source):
        return "a name cut short"  # "defeated ... by James?" of "by James To."
    if fact.kind == "person" and asks and _done_twice(question.prompt, article_text):
        return "more than one person did this"  # "Which captain won the Man of the Match award?" (two matches)
    if fact.kind == "person" and shows_sentence(question) and _few_clues(question.prompt):
        return "too little around the gap to tell who"  # "Civic Party's _____ was elected for the first time."
    if fact.kind in ("place", "organization", "outcome") and _ends_at_an_open_verb(question.prompt, fact.clause):
        return "a verb that says too little, with nothing after it"  # "Where did Magellan go?"
    if (named_as := re.match(r"Which organisation does the article name as (.+?)\?$", question.prompt)) is not None:
        head = named_as[1].split(" of ")[0].split()[-1].lower()
        if head in RELATIONS:
            return "a person asked as an organisation"  # "... name as the nephew of Isidore of Miletus?"
    if rest_of_a_hundred(question.prompt, question.answer):
        return "the other share gives it away"  # "59.4 percent ..., compared to Weah's _____" (40.6 percent)
    if fact.kind == "number" and rest_of_a_total(question.prompt, question.answer):
        return "the other figures add up to it"  # "12,000 men, made up of 8,000 knights and _____ crossbowmen"
    if fact.kind == "number" and next_after_a_count(question.prompt, question.answer):
        return "the count before it gives the order away"  # "sent up five rockets ... destroy the _____" (sixth)
    if fact.kind == "number" and next_in_a_run(question.prompt, question.answer):
        return "the figures around the gap give it away"  # "played to draws in Games 3, 4 and _____" (5)
    if fact.kind == "number" and years_between(question.prompt, question.answer):
        return "the years in the question give the length away"  # "a _____ period October 4, 1927 - October 31, 1941"
    if cuts_a_time(question.prompt, question.answer, question.source):
        return "the gap cuts a time in two"  # "Andy finished _____, 34 seconds behind" (1 minute, 34 seconds)
    if re.search(r"_____ (?:dei|del|della|degli|di|da|de|des|du|van|von|der) [A-Z]", question.prompt):
        return "the gap cuts a name in two"  # "the _____ dei Miracoli (Field of Miracles)"
    if fact.kind in ("place", "organization") and asks and its_own_word_asked(question.prompt, question.answer):
        return "a word of the answer's name is in the question"  # "Where did the Roslin experiment take place?"
    if fact.kind == "place" and its_people_named(question.prompt, question.answer):
        return "the question names the answer's people"  # "The Scots ... King Robert I of _____" (Scotland)
    if asks and fact.in_list and not question.key.startswith(("role:", "holder:")):
        return "one of a list: the others answer it too"  # "Where have most cases occurred?" (China, Italy, Iran)
    if asks and re.match(r"Who (?:is|was|are|were) (?:in|at|on|near|inside|outside) [^,]*\?$", question.prompt):
        return "being somewhere is no deed: many were there"  # "Who was at Soldier Field?"
    if asks and _DONE_WHAT.search(question.prompt):
        return "a 'done' that stands for a deed told elsewhere"  # "Which trainer had done in 1981?" (of "Like Karoly
        # had done in 1981, Comaneci fled")
    if re.match(r"(?:Who|What|Which [\w-]+|_____) (?:is|was|are|were) (?:also )?one of\b", question.prompt):
        return "one of several: the others answer it too"  # "Who was one of more than 40 researchers ...?"
    if fact.kind == "outcome" and asks and _ends_at_its_verb(question.prompt, fact.clause):
        return "a deed with nothing to say when, where or which: many answers fit"  # "What did Rembrandt paint?"
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
    if fact.kind == "number" and shows_sentence(question) and counted_in_the_question(question):
        return "the answer can be counted in the question"  # "_____ veteran politicians Lee Cheuk-yan and ..."
    if fact.kind == "place" and shows_sentence(question) and only_the_place(question.prompt, question.answer):
        return "a place with nothing else named or dated beside it"  # "In _____, new buildings slumped and fell."
    if fact.kind == "date" and shows_sentence(question) and not _names_beside_figures(question):
        return "a date with nothing to say of what"  # "The jump was the biggest increase since _____"
    figure = fact.kind in ("date", "number") or question.type == "true_false"  # a name in the gap says where
    if figure and shows_sentence(question) and not _anchored(question.prompt, "", article_text, figures=False):
        return "names nothing besides its figures: what about?"  # "Over the course of 14 years, _____ workers died"
    if fact.kind == "outcome" and asks and not names_something(question.prompt, question.answer):
        return "names nobody and nothing: what about?"  # "What did nearly 30,000 people pack?" (at whose funeral?)
    if fact.kind == "outcome" and is_role(question.answer.split()[-1], "NN"):
        return "a person asked with What"  # "What did Yau Wai-ching defeat?" -> "another ... candidate"
    if fact.kind == "outcome" and asks and _A_NAME.fullmatch(question.answer):
        return "a name asked with What"  # "What headed the NLD?" -> "Aung San Suu Kyi"
    if fact.kind == "outcome" and asks and re.match(_A_COUNT, question.answer):
        return "a count asked with What"  # "What did Nokia sell?" -> "53.7 million mobile phones": How many
    if fact.kind == "outcome" and asks and fact.clause is not None and _also_done(fact.clause.verb, fact.sentence):
        return "one of several: the sentence says 'also'"  # "What has the Weather Service issued?" (a watch, also)
    if fact.kind == "outcome" and asks and _DATED.search(question.answer):
        return "the answer holds a date nobody asked for"  # "What did Breivik carry out?" -> "... on 22 July 2011"
    if fact.kind == "outcome" and _empty_answer(question.answer):
        return "the answer says little"  # "What have workers been fighting?" -> "a desperate battle"
    if pronoun_led(question.prompt) and question.type == "short_answer":
        return "unresolved pronoun"
    if (
        asks
        and (pronoun := _INNER_PRONOUN.search(question.prompt))
        and not names_something(question.prompt[: pronoun.start()], "")
        and not (question.prompt.startswith("Who ") and pronoun.group(0) in ("he", "she"))
    ):
        return "unresolved pronoun"  # "Where did winds drop it on her ...?" ("Who ... when he ...?" is who)
    if asks and (object_pronoun := re.search(r"(?<!\bof )\b(?:him|them)\b", question.prompt)):
        names = re.findall(r"(?:\b[A-Z][\w.'’-]*(?: |$))+", question.prompt[: object_pronoun.start()].partition(" ")[2])
        if len(names) < 2:
            return "unresolved pronoun"  # "When did Peary hire him ...?": not the subject, and named nowhere else
    if (
        asks
        and not question.prompt.startswith(("Who ", "Which "))
        and (possessive := re.search(r"\b(?:his|her|their)\b", question.prompt))
        and not _someone_named_before(question.prompt[: possessive.start()])
        and not (possessive[0] == "their" and question.prompt.startswith("How many "))  # the ones counted
        and not (possessive[0] == "their" and fact.clause and re.search(r"s$|\band\b", fact.clause.subject))
    ):
        return "unresolved pronoun"  # "When did a French army intercept his route?", "When did a big explosion
        # occur at their factory?" (not "When did the players receive their medals?")
    if asks and _TITLE_CUT.search(question.prompt):
        return "cut at an abbreviation"  # "... according to Sgt?" (Sgt. Mark Wriggelsworth)
    if fact.kind == "outcome" and _VAGUE_THING.search(question.answer):
        return "which one? the answer does not say"  # "federal assistance to the region"
    if asks and not asks_a_role(question) and len(_PLACED_OPENING.sub("", question.prompt).split()) < 4:
        return "too short to stand alone"  # "In Japan, who squeezed?": the place is no context for the deed
    if (question.prompt.startswith("How many") or fact.kind == "number") and listed_in_the_question(
        question.prompt, question.answer
    ):
        return "the question lists what it asks to count"  # "How many battles ... at Englefield, Reading, ..."
    if re.search(r"\b(?:[Tt]he|between) _____", question.prompt) and normalize(question.answer) in _PAIRED:
        return "the answer can be counted in the question"  # "combine the _____ companies", "between the _____"
    counted = _COUNTED_VAGUELY.match(question.prompt)
    if counted and len(question.prompt[counted.start(1) :].split()) < 8:
        return "too vague to stand alone"  # "How many people had been rescued?", "In London, how many deaths ...?"
    if re.match(r"How many more\b", question.prompt) or (asks and re.search(r"\bothers\b", question.prompt)):
        return "others than whom? the sentence said"  # "How many others searched the rubble?"
    if question.prompt.startswith("How many ") and _ORDINAL.fullmatch(question.answer):
        return "an order, not a count"  # "How many pioneers started ...?" -> "first"
    if question.prompt.startswith("How many ") and SHARE.search(question.answer):
        return "a share, not a count"  # "How many seats will give a majority?" -> "Seventy percent", "about half"
    if question.prompt.startswith("How many ") and re.fullmatch(r"\d+\.\d+", without_hedge(question.answer)):
        return "a ratio, not a count"  # "How many Disney shares will Pixar shareholders receive?" -> 2.3 (each)
    if initials_in(question.prompt, question.answer):
        return "the answer's initials stand in the question"  # "The Union Election Commission (_____)" -> "UEC"
    if spelled_before(question.prompt, question.answer):
        return "the words before the gap spell the answer"  # "the Ebola virus disease (_____) outbreak" -> EVD
    if restated(question.prompt):
        return "the brackets restate the words before them"  # "less than a nickel (_____) per share" -> US$0.05
    if re.match(r"(?:When|Where) ", question.prompt) and _ANY_ONE.search(question.prompt):
        return "which one? the question does not say"  # "When did Japan suffer a setback?" (of several)
    if fact.kind in ("place", "organization", "person") and re.search(r"_____-[a-z]+-[A-Z]", question.prompt):
        return "the gap cuts a name in two"  # "After school in _____-under-Edge" (Wotton)
    if re.search(r"_____ words?[:,]? [\"\u201c]", question.prompt):
        return "the answer can be counted in the question"  # 'jotted down _____ words: "Tuesday 14: nothing."'
    if _known_by_its_people(question.prompt):
        return "who? the question names them by their people only"  # "The French forward halved the deficit"
    if fact.kind == "number" and _BARE_COUNT_SUBJECT.match(question.prompt) and _only_a_figure(question.answer):
        return "counted what? the question does not say"  # "_____ were composed of Spaniards" (Two), "_____ died in
        # Oslo" (Eight)
    if _WON_WHAT.search(question.prompt) and not re.match(r"(?:How many|How much|What|Which) ", question.prompt):
        return "won what? the question does not say"  # "When did exiled Russian poet Joseph Brodsky win?"
    if asks and not asks_a_role(question) and _vague(question.prompt):
        return "too vague to stand alone"
    if question.kind == "outcome" and len(question.prompt.split()) > 16:
        return "prompt too long"
    if len(question.prompt.split()) > MAX_PROMPT_WORDS.get(question.type, 32):
        return "prompt too long"
    if question.type == "short_answer" and len(re.findall(r"“[^”]{60,}”|\"[^\"]{60,}\"", question.prompt)):
        return "built around a long quotation"
    if fact.kind in ("number", "date") and asks and not names_something(question.prompt, question.answer):
        return "names nobody and nothing: where, what?"  # "When did the magnitude 6.6 aftershock strike?"
    if (placed := _PLACED_ALREADY.search(question.prompt)) and placed[1] not in _NOT_PLACES:
        return "asks where of something it places itself"  # "Where did the Allies assemble near Austerlitz?"
    return None


def _asks(q: Question) -> bool:
    """True for a question that asks (a short answer, or its options), not one that prints its sentence."""
    return q.type == "short_answer" or (q.type == "multiple_choice" and BLANK not in q.prompt)


def shows_sentence(q: Question) -> bool:
    """True for questions that print their source sentence (with a gap, or as a statement)."""
    return q.type in ("cloze", "true_false") or (q.type == "multiple_choice" and BLANK in q.prompt)
