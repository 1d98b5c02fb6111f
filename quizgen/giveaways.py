"""Questions that give their own answer away (the rubric's R5): the answer, its words, its initials or its people
printed in the question, or worked out from the question's other figures ("12,000 men, made up of 8,000 knights
and _____ crossbowmen"). Each returns True when the question gives the answer away."""

from __future__ import annotations

import re

from quizgen.dates import MONTH_NAMES, YEAR
from quizgen.models import Question
from quizgen.numbers import WORDS as NUMBER_WORDS
from quizgen.questions import BLANK
from quizgen.wording import has_words, normalize


def answer_in_question(question: Question) -> bool:
    """True when the answer (as words) is printed in its own question (R5), a name of two words or more also
    when written with an 's or without its s ("New Horizon's signal" gives away "New Horizons"), a word of five
    letters or more also at the start of a longer one ("Homo floresiensis ... the island of _____": Flores), and a
    place named after a name it prints ("Tasman ... _____": Tasmania)."""
    answer, prompt = normalize(question.answer), normalize(question.prompt)
    if has_words(answer, prompt):
        return True
    if len(answer.split()) == 1 and len(answer) >= 5 and re.search(rf"\b{re.escape(answer)}\w", prompt):
        return True
    capitalised = re.findall(r"\b[A-Z][a-z]{4,}\b", question.answer)
    names = [w.lower() for w in capitalised if w.lower() not in _NOT_OWN_WORDS]
    if any(re.search(rf"\b{re.escape(name[:-1])}\w{{2,}}", prompt) for name in names):
        return True  # "the propagation of Buddhism ... sites in the life of _____" (Gautama Buddha)
    if len(answer.split()) == 1 and any(
        len(word) >= 5 and re.fullmatch(rf"{re.escape(word.lower())}(?:ia|land|ville|burg|town)", answer)
        for word in re.findall(r"\b[A-Z][a-z]+\b", question.prompt)
    ):
        return True  # a place named after a name the question prints: "Abel Janszoon Tasman ... (now called _____)"
    return len(answer.split()) > 1 and has_words(_without_s(answer), _without_s(prompt))


def words_all_shown(question: Question) -> bool:
    """True for a name of two words or more whose every word the question prints elsewhere: "Proxima
    Centauri" beside "Proxima b" and "Alpha Centauri"."""
    words = [w for w in normalize(question.answer).split() if len(w) > 2 and w not in ("the", "and")]
    prompt = normalize(question.prompt)
    named = re.sub(r"^the ", "", question.answer)[:1].isupper()  # "the Gold Coast" beside "United Gold Coast"
    return len(words) > 1 and named and all(has_words(w, prompt) for w in words)


def _without_s(text: str) -> str:
    """Normalised text with each word's 's and final s dropped: "new horizon s" and "new horizons" meet."""
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in text.split() if w != "s")


# A gap that is all a bracket holds, after words with no figure: it says again what they say ("a nickel
# (_____)": US$0.05). After a figure it converts ("one trillion yen (_____)"), which is no give-away.
_BRACKETED_GAP = re.compile(r"([^,;:()]*) \(_____\)")


_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?|millions?|"
                     r"billions?|trillions?)\b", re.IGNORECASE)  # fmt: skip


def restated(prompt: str) -> bool:
    """True for a gap that fills a bracket after words that hold no figure: "a nickel (_____)", or a measure
    anyone can convert: "about 3 billion miles (_____)" (4.8 billion kilometers)."""
    bracketed = _BRACKETED_GAP.search(prompt)
    words = bracketed[1].split()[-3:] if bracketed else []  # "less than a nickel", not the whole sentence
    return bool(words) and (not _FIGURE.search(" ".join(words)) or _MEASURE.search(words[-1]) is not None)


# Units with a fixed conversion: a figure in one, bracketed in another, is the first worked out.
_MEASURE = re.compile(
    r"^(?:miles?|kilometres?|kilometers?|km|feet|foot|ft|metres?|meters?|m|inches|inch|yards?|pounds?|lbs?|kg|"
    r"kilograms?|tons?|tonnes?|acres?|hectares?|gallons?|litres?|liters?|mph|km/h|fahrenheit|celsius|[°º][CF])$",
    re.IGNORECASE,
)


def spelled_before(prompt: str, answer: str) -> bool:
    """True for an abbreviation gapped right after the words it abbreviates: "Ebola virus disease (_____)",
    "Pakistan Muslim League-Nawaz (_____)" (PML-N), "Bank of England (_____)" (BoE, its "of" left out)."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,5}(?:-[A-Z]{1,3})?", answer.strip()):
        return False
    letters = answer.strip().replace("-", "").upper()
    before = re.search(r"((?:[\w'-]+ ){1,8})\(_____\)", prompt)
    words = [w for w in re.split(r"[\s-]+", before[1]) if w] if before else []
    for kept in (words, [w for w in words if w.lower() not in ("of", "and", "the", "for", "de")]):
        if len(kept) >= len(letters) and "".join(w[0] for w in kept[-len(letters) :]).upper() == letters:
            return True
    return False


# A share as a figure: "59.4 percent", "43%" (the figure in group 1).
SHARE_FIGURE = re.compile(r"(\d+(?:\.\d+)?) ?(?:%|percent|per cent)")


def rest_of_a_hundred(prompt: str, answer: str) -> bool:
    """True for a share that, with the one other share the question prints, makes a hundred."""
    share = re.fullmatch(rf"(?:about |nearly |some )?{SHARE_FIGURE.pattern}", answer.strip())
    others = SHARE_FIGURE.findall(prompt.replace(BLANK, " "))
    return share is not None and len(others) == 1 and abs(float(share[1]) + float(others[0]) - 100) < 0.15


# Words that split a total into parts: "19 of the 28 ... the remaining nine", "a crew of 12, of whom eight".
_PARTS = re.compile(r"\b(?:remaining|the rest|of whom|of which|the others?|of the \d[\d,]*)\b")


_ORDINAL_WORDS = frozenset(word for word in NUMBER_WORDS if word[-2:] in ("st", "th", "nd", "rd"))


_FIGURE_WORDS = {word: value for word, value in NUMBER_WORDS.items() if value > 1 and word not in _ORDINAL_WORDS}


# A sum with its scale: "$650 million", "1.25 billion euros".
_SUMS = re.compile(r"(?:[$\u00a3\u20ac]|us\$)?(\d+(?:\.\d+)?) ?(million|billion|trillion|bn|m)\b(?: [a-z]+)?")


_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _sum(found: re.Match) -> float:
    return float(found[1]) * _SCALE[found[2]]


def rest_of_a_total(prompt: str, answer: str) -> bool:
    """True for a count the question's other figures make by adding or taking away ("an army of 12,000 men,
    made up of 8,000 mounted knights and _____ crossbowmen": 4,000). Under ten, only where the sentence splits
    a total into parts ("19 of the 28 were rescued ... the remaining _____"): elsewhere two of five and three
    are chance."""
    if (whole := _SUMS.fullmatch(without_hedge(answer))) is not None:  # "a _____ deal ... will pay at least $650
        value = _sum(whole)  # million in cash and up to $600 million in stock" ($1.25 billion)
        parts = [_sum(m) for m in _SUMS.finditer(prompt.lower())]
        return any(abs(a + b - value) < value * 1e-6 for i, a in enumerate(parts) for b in parts[i + 1 :])
    value = _count_of(answer)
    if value is None or (value < 10 and not _PARTS.search(prompt)):
        return False
    figures = {
        float(f.replace(",", ""))
        for f in re.findall(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d%])|(?<![\w.,])\d+(?![\d%]|[,.]\d)", prompt)
        if "," in f or not 1000 <= int(f) <= 2100  # not a year
    }
    figures |= {float(_FIGURE_WORDS[w]) for w in re.findall(r"\b[a-z]+\b", prompt) if w in _FIGURE_WORDS}
    return any(a + b == value or a - b == value for a in figures for b in figures if a != b and value not in (a, b))


def next_after_a_count(prompt: str, answer: str) -> bool:
    """True for an order one past a count the question gives: "Japan has sent up five H-2A rockets successfully
    but ... had to destroy the _____ H-2A rocket" (sixth); "Six of the voyages ..., while the _____" (seventh)."""
    ordinal = re.fullmatch(r"(?i)(?:the )?(\d+)(?:st|nd|rd|th)|(?:the )?([a-z]+)", answer.strip())
    count = _count_of(answer)
    if count is not None and count < 13 and "_____ of the" in prompt:  # "_____ of the voyages ..., while the
        places = {NUMBER_WORDS[w] for w in re.findall(r"\b[a-z]+\b", prompt.lower()) if w in _ORDINAL_WORDS}
        return count + 1 in places  # seventh voyage ..." (six)
    if ordinal is None:
        return False
    if ordinal[1]:
        place = int(ordinal[1])
    elif (word := ordinal[2].lower()) in _ORDINAL_WORDS:
        place = NUMBER_WORDS[word]
    else:
        return False
    counts = {int(f) for f in re.findall(r"(?<![\w.,])\d+(?![\d%]|[,.]\d|st|nd|rd|th)", prompt) if len(f) < 4}
    counts |= {_FIGURE_WORDS[w] for w in re.findall(r"\b[a-z]+\b", prompt.lower()) if w in _FIGURE_WORDS}
    return place - 1 in counts


_RUN_BEFORE = re.compile(r"\b(\d+), (\d+),? (?:and|or|to) _____")  # "Games 3, 4 and _____"
_RUN_AFTER = re.compile(r"_____, (\d+),? (?:and|or|to) (\d+)\b")  # "Games _____, 4 and 5"
# "_____ families: one with his legal wife ... and another with his mistress": the parts count themselves.
_ONE_AND_THE_OTHER = re.compile(
    r"_____ [^.;]*?\b(?:one(?! another)|the first)\b[^.;]*?\b(?:the other|another|the second)\b"
)


def next_in_a_run(prompt: str, answer: str) -> bool:
    """True for a figure that goes on a run of figures in the question: "Games 3, 4 and _____" (5), or a count
    of two that the question tells one by one: "wrote _____ letters, one to Pope Innocent XI and the other to
    ..."."""
    answer = answer.strip()
    if answer.lower() in ("2", "two"):
        return _ONE_AND_THE_OTHER.search(prompt) is not None
    if not (answer.isascii() and answer.isdigit()):
        return False  # not "³"
    value = int(answer)
    before = _RUN_BEFORE.search(prompt)
    after = _RUN_AFTER.search(prompt)
    return bool(
        (before and int(before[1]) + 1 == int(before[2]) == value - 1)
        or (after and int(after[1]) - 1 == value == int(after[2]) - 2)
    )


def years_between(prompt: str, answer: str) -> bool:
    """True for a length in years that two years the question prints make ("carved over a _____ period October
    4, 1927 - October 31, 1941": 14-year)."""
    length = re.fullmatch(r"(\d+)[- ]years?(?:-long|-old)?", answer.strip())
    years = [int(y) for y in YEAR.findall(prompt)]
    return length is not None and any(b - a == int(length[1]) for a in years for b in years)


SHARE = re.compile(r"(?i)\bper ?cent\b|%|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|most)\b")


def without_hedge(answer: str) -> str:
    """The answer without its hedge: "approximately 4,000" -> "4,000"."""
    return re.sub(r"^(?:about|approximately|around|nearly|almost|some|only|just|more than|over|at least) ", "",
                  answer.strip().lower())  # fmt: skip


def _count_of(answer: str) -> float | None:
    """The count an answer gives, without its hedge ("approximately 4,000" -> 4000); None for a share or a date."""
    words = without_hedge(answer)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", words):
        return float(words.replace(",", ""))
    return float(NUMBER_WORDS[words]) if words in NUMBER_WORDS else None


# Words many names share ("the Roslin Institute"): in a question they give nothing away.
_NAME_WORDS_SHARED = frozenset(
    """the of and institute university college party company corporation group national international royal united
    new museum council republic kingdom state states city river lake mount island islands bay""".split()
)
_NOT_OWN_WORDS = _NAME_WORDS_SHARED | MONTH_NAMES  # no name's own stem: "March" is no give-away of "marched"


def its_own_word_asked(prompt: str, answer: str) -> bool:
    """True for a question that prints a distinctive word of its own answer: "Where did the Roslin experiment take
    place?" -> "the Roslin Institute"."""
    words = {w for w in re.findall(r"\b[A-Z][\w'-]{2,}", answer) if w.lower() not in _NAME_WORDS_SHARED}
    return any(re.search(rf"\b{re.escape(w)}\b", prompt) for w in words)


_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ians", "an", "ans", "s", "i", "is", "ic", "ch", "k")


# Peoples not written with their country's first four letters.
OTHER_DEMONYMS = {
    "France": "French", "Netherlands": "Dutch", "Holland": "Dutch", "Britain": "British", "Great Britain": "British",
    "United Kingdom": "British", "England": "English", "Spain": "Spanish", "Wales": "Welsh", "Ireland": "Irish",
    "Greece": "Greek", "Switzerland": "Swiss", "Denmark": "Danish", "Finland": "Finnish", "Poland": "Polish",
    "Turkey": "Turkish", "Thailand": "Thai", "Philippines": "Filipino", "Cyprus": "Cypriot", "Iceland": "Icelandic",
    "Scotland": "Scottish", "Flanders": "Flemish", "Madagascar": "Malagasy", "United States": "American",
    "America": "American",
}  # fmt: skip
# Countries by their letters: "the UK charts" name Britain, "a U.S. official" the United States.
_LETTERS = {"Britain": ("UK", "U.K."), "Great Britain": ("UK", "U.K."), "United Kingdom": ("UK", "U.K."),
            "United States": ("US", "U.S.", "USA"), "America": ("US", "U.S.", "USA")}  # fmt: skip


def its_people_named(prompt: str, answer: str) -> bool:
    """True for a place whose people the question names: "Scots" for Scotland, "Chinese" for China."""
    place = re.sub(r"(?i)^the ", "", answer).strip()
    place = re.sub(
        r"^(?:(?:Islamic|People's|Democratic|Federal|United) )*(?:Republic|Kingdom|Empire|Federation|"
        r"Commonwealth|Sultanate|Emirate|Principality|Grand Duchy) of (?=[A-Z])",
        "",
        place,
    )
    # "the Republic of Turkey" under "a Turkish nationalist leader": the country's people, whatever its form
    words = re.findall(r"\b[A-Z][a-z]+\b", prompt.replace(BLANK, " "))
    if OTHER_DEMONYMS.get(place) in words:
        return True  # "Rallying the French troops, ... throughout _____" (France); "Mexican-American War"
    if any(re.search(rf"(?<![\w.]){re.escape(letters)}(?!\w)", prompt) for letters in _LETTERS.get(place, ())):
        return True  # "broke records ... of the UK charts" (Britain)
    if " " in place or len(place) < 4:
        return False
    stem = place[:4].lower()
    return any(
        word.lower().startswith(stem) and word.lower() != place.lower() and word.lower().endswith(_DEMONYM_ENDINGS)
        for word in words
    )


_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_A_NAME = r"[A-Z][\w'.\u2019-]*(?: [A-Z][\w'.\u2019-]*)*"
# Names listed just before a gap, which its count counts: "Pasteur and Robert Koch, _____".
_NAMES_BEFORE = re.compile(rf"(?:^|[^\w,] ?)({_A_NAME}(?:, {_A_NAME})* and {_A_NAME}), $")


def counted_in_the_question(question: Question) -> bool:
    """ "_____ pan-democratic veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL
    were defeated": a count whose gap is followed by the names it counts."""
    count = _SMALL_COUNTS.get(question.answer.lower()) or (int(question.answer) if question.answer.isdecimal() else 0)
    if not 1 < count < 7 or BLANK not in question.prompt:
        return False
    if (before := _NAMES_BEFORE.search(question.prompt.split(BLANK, 1)[0])) and len(
        re.split(r", | and ", before.group(1))
    ) == count:
        return True  # "Pasteur and Robert Koch, _____ authoritarian personalities, detested one another"
    listed = re.split(r"\b(?:were|was|are|is|have|had)\b", question.prompt.split(BLANK, 1)[1])[0]
    names = []
    for i, part in enumerate(part.strip() for part in re.split(r",| and ", listed)):
        if i > 0:
            part = re.sub(r"^(?:at|in|on|from|against) (?=[A-Z])", "", part)  # "_____ encounters, at Sidasir and ..."
        if i > 0 and part[:1].islower():
            break  # "two men, Zhang Renli and Qin Jinzhou, for working with Him": the list ends at "for"
        if i == 0 and (counted := list(re.finditer(r"\b[a-z]{3,}s\b", part))):
            part = part[counted[-1].end() :].strip(" \u2014\u2013-")  # after the counted noun: "American biologists"
            # names no one; "veteran politicians Lee Cheuk-yan" names Lee
        if re.match(r"[A-Z][a-z]", part) or (i > 0 and re.search(r"\b[A-Z][a-z]", part)):
            names.append(part)
    return len(names) == count


def initials_in(prompt: str, answer: str) -> bool:
    """True when the answer is an abbreviation whose letters open words of the question in order ("USDP" of
    "Union Solidarity and Development Party")."""
    if not re.fullmatch(r"[A-Z]{2,6}", answer):
        return False
    capitals = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'-]*", prompt))
    return answer in capitals


def abbreviates(word: str, initials: str) -> bool:
    """True for "KSC" or "IISc" (Indian Institute of Science) of the initials "KSC", "IIS": its capitals are them."""
    return "".join(c for c in word if c.isupper()) == initials and sum(c.islower() for c in word) <= 1


_LISTED_NAME = r"(?:the )?[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|de|van|von|of)){0,3}"
_LISTED = re.compile(rf"(?:\b{_LISTED_NAME}, )+{_LISTED_NAME},? and\b")
_LISTED_YEARS = re.compile(r"(?:\b\d{4}, )+\d{4},? and \d{4}\b")  # "1999, 2003 and 2007"


def listed_in_the_question(prompt: str, answer: str) -> bool:
    """True when the question lists as many names as its answer counts ("Five" battles "at Englefield,
    Reading, Ashdown, Basing and the unidentified Meretun"), not "11 paintings, including works by
    Rembrandt, Degas, Manet and Vermeer"."""
    words = answer.lower().split()
    values = (NUMBER_WORDS.get(w) or (int(w) if w.isdecimal() else None) for w in words)
    value = next((v for v in values if v is not None), None)
    if (years := _LISTED_YEARS.search(prompt)) is not None:  # "the three previous World Cups—1999, ..."
        return value == years.group(0).count(",") + 2 - (", and" in years.group(0))
    if (colon := re.search(r": ([^:]+)$", prompt.rstrip("?."))) is not None and value is not None:
        return value == len(re.split(r",? and |, ", colon[1]))  # "Only two things would offer solace: painting
        # and muralist Diego Rivera"
    listed = _LISTED.search(prompt)
    return listed is not None and value == listed.group(0).count(",") + 2 - (listed.group(0).rstrip().endswith(", and"))
