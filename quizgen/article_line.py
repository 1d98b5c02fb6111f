"""What the article line gives away: every card front and the sheet's header name the article and its date, so
a question whose answer they print is no test (R5): "Who beat Richard Thompson?" under "Jamaica's Bolt wins
100 meters", or "When did ...?" answered by the day of publication printed above it.
"""

from __future__ import annotations

import re

from quizgen import dates
from quizgen.entities import is_country
from quizgen.models import Article, Fact, Question
from quizgen.nlp import TITLES
from quizgen.numbers import WORDS as NUMBER_WORDS
from quizgen.wording import has_words, initials, normalize

# Words many organisations' names share: in a title they name no one in particular.
_GENERIC_NAME_WORDS = frozenset(
    """group company corporation corp inc ltd bank party council commission committee court ministry department
    agency association union university institute national international royal united new american british
    world organization organisation foundation society service services office""".split()
)
# Words that make a part of a country a place of its own: "Western Australia", "South Sudan".
_PARTS = frozenset("Western Eastern Northern Southern Central New South North East West Upper Lower Greater".split())
# The points of the compass as a place's name may write them: "Southern Sudan" is "South Sudan".
_POINTS = {"Southern": "South", "Northern": "North", "Eastern": "East", "Western": "West"}
_PERCENT = re.compile(r"(\d+)(?:[.,]\d+)?\s*(?:%|per ?cent)", re.I)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")  # "the World Health Organization (WHO)"
_NAME_WORD = re.compile(r"\b[A-Z][\w'\u2019-]{2,}")
_FEATURE = re.compile(r"(?:the )?(?:River|Mount|Mt\.?|Lake|Cape|Isle of) ([A-Z][\w'\u2019-]+)$")
# A sum the title rounds: "$4.8B" over "$4.83 billion"; the scale word or its letter.
_SCALED = re.compile(r"(\d+(?:\.\d+)?) ?(billion|million|trillion|bn|tn|[BMT])\b", re.I)
_SCALES = {"b": "billion", "bn": "billion", "m": "million", "t": "trillion", "tn": "trillion"}


def _forms(answer: str, kind: str) -> list[str]:
    """The answer and the forms of it a reader would know it by: its acronym, its initials, and for a person
    the surname ("Usain Bolt": "Bolt"; not "Usain", which another Usain in the title would match)."""
    forms = [answer, re.sub(r"(?i)^the ", "", answer), *_ACRONYM.findall(answer)]
    if abbreviation := initials(answer):
        forms.append(abbreviation)  # "World Health Organization" -> WHO
    if kind == "person":
        forms += _NAME_WORD.findall(answer)[1:]  # "Lula" of "Luiz Inacio Lula da Silva" under "Lula defeats ..."
    if kind == "place" and len(words := answer.split()) == 2 and words[0] not in _PARTS and is_country(words[1]):
        forms.append(words[1])  # "Qing China" under "China and Japan sign the Treaty ..."
    if kind == "place" and (feature := _FEATURE.match(answer)):
        forms.append(feature[1])  # "the River Somme" under "First day of the Somme"
    if kind == "place" and len(words := answer.split()) == 2 and words[1] in ("City", "Town"):
        forms.append(words[0])  # "Leicester City" under "Leicester crowned Premier League champions"
    if kind == "place" and (point := _POINTS.get(answer.split()[0])):
        forms.append(" ".join([point, *answer.split()[1:]]))  # "Southern Sudan" under "South Sudan Celebrates ..."
    if kind in ("person", "organization", "place", "outcome") and re.fullmatch(r"[A-Z][a-z]+", answer):
        forms.append(f"{answer}s")  # "Oscar" under "'Titanic' Oscars"
        if re.fullmatch(r"[A-Z][a-z]{3,}[^s]s", answer):
            forms.append(answer[:-1])  # "Concordes" under "113 dead in Concorde crash"
    if kind == "organization":  # "Royal Dutch Shell" under "Shell announces ...": its own word, not "Group"
        own = [w for w in _NAME_WORD.findall(answer) if w.lower() not in _GENERIC_NAME_WORDS]
        forms += [*own, *(f"{w}s" for w in own if w[-1].islower() and not w.endswith("s"))]  # "Canadian Liberals win"
    return forms


def _dates_in(title: str) -> set[str]:
    """The values of the whole dates a title writes: "29 July 1588: England defeats ..." -> {"1588-07-29"}."""
    found = (dates.normalize(m[0]) for m in dates.WHOLE_DATE.finditer(title))
    return {value.value for value in found if value is not None}


def _spelled_out(answer: str, title: str) -> bool:
    """True for an acronym whose words the title writes out: "WHO" under "World Health Organization Certifies
    China Malaria-Free" (the initials of a run of the title's capitalised words, "of" and "and" between them)."""
    if not re.fullmatch(r"[A-Z]{2,6}", answer):
        return False
    for run in re.findall(r"[A-Z][\w'\u2019-]*(?: (?:of |and |for |the )?[A-Z][\w'\u2019-]*)+", title):
        capitals = [w for w in run.split() if w[:1].isupper()]
        for start in range(len(capitals)):
            if "".join(w[0] for w in capitals[start : start + len(answer)]) == answer:
                return True
    return False


def _parts_in(answer: str, title: str) -> bool:
    """True for a joined name whose every part the title prints: "Tata-Corus" under "Tata Steel Outbids CSN for
    Corus"."""
    parts = answer.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and has_words(normalize(p), normalize(title)) for p in parts)


def _given_name_in(answer: str, title: str, text: str) -> bool:
    """True for a person's given name in the title that no one else in the article bears: "Roger Bannister"
    under "About Roger & His Record"."""
    words = answer.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in TITLES:
        return False
    given, surname = re.escape(words[0]), re.escape(words[-1])
    if not re.search(rf"\b{given}\b", title):
        return False
    return re.search(rf"\b{given} (?!{surname}\b)(?:[A-Z]\.? )*[A-Z][a-z]", text) is None


def _another_of_the_name(answer: str, title: str, text: str) -> bool:
    """True when the title gives the answer's surname to someone else: "Harriet Tubman" for Freeman John Tubman
    (a first name the answer lacks before it; "Jamaica's Bolt" is still Usain Bolt)."""
    words = answer.split()
    if words[0] in title.split():
        return False  # "Matthew Alexander Henson" is Matthew Henson
    before = re.findall(rf"\b([A-Z][\w'\u2019-]*) {re.escape(words[-1])}\b", title)
    if not any(re.search(rf"\b{re.escape(w)} {re.escape(words[-1])}\b", text) for w in before):
        return False  # "Teddy Roosevelt" of the title is nobody the article names: Theodore Roosevelt
    return bool(before) and all(
        w not in words and not w.endswith(("'s", "\u2019s")) and w.lower() not in TITLES and not w.isupper()
        for w in before
    )  # not "Jamaica's Bolt", "President Mubarak", "PM Lofven"


def _on_the_date_line(fact: Fact, published: str) -> bool:
    """True when the date line prints the answer: the day itself, or its month ("August 2013" under "August 3,
    2013"). A year alone is left: "Until _____, politics in Kazakhstan ..." asks which year things changed, and
    the year of writing is one guess among several."""
    length = {"day": 10, "month": 7}.get(fact.granularity or "", 0)
    return length > 0 and fact.value == published[:length]


_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def _ordinal_in(answer: str, title: str) -> bool:
    """True for an ordinal the title writes the other way: "15th" under "record fifteenth grand slam title"."""
    number = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", answer.strip())
    if number is not None and 0 < int(number[1]) <= len(_ORDINALS):
        return has_words(_ORDINALS[int(number[1]) - 1], title)
    word = answer.strip().lower()
    if word in _ORDINALS and re.search(rf"\b{_ORDINALS.index(word) + 1}(?:st|nd|rd|th)\b", title):
        return True
    count = int(word) if word.isdecimal() else NUMBER_WORDS.get(word)  # "a total of _____ Wimbledon titles" (seven)
    return (
        bool(count)
        and 0 < count <= len(_ORDINALS)
        and (  # under "... to win 7th Wimbledon title"
            re.search(rf"\b{count}(?:st|nd|rd|th)\b", title) is not None or has_words(_ORDINALS[count - 1], title)
        )
    )


def _figure_in_words(answer: str) -> str | None:
    """The figure of a count written in words, for a title that writes it in digits: "7" for "seven years" and
    "seven-year" (not an ordinal: "first" is no "1")."""
    word = re.split(r"[\s-]", answer.strip().lower(), maxsplit=1)[0]
    value = NUMBER_WORDS.get(word)
    return None if value is None or word in _ORDINALS else str(value)


def _hashtags_spelled(title: str) -> str:
    """The title with its hashtags written as words: "#HomoNaledi: Fossil Unveiled" -> "Homo Naledi: Fossil
    Unveiled"."""
    return re.sub(r"#(\w+)", lambda tag: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag[1]), title)


def _scale(word: str) -> str:
    """ "billion" for "B", "bn" and "billion" alike."""
    return _SCALES.get(word.lower(), word.lower())


def _rounded_in(answer: str, title: str) -> bool:
    """True for a share the title gives rounded ("61.07%" under "won the polls by 61%"), a sum it rounds ("$4.83
    billion" under "Verizon buys Yahoo for $4.8B"), or a round count the title gives exactly ("more than 2,000"
    under "quake toll of 2,012 seen likely to rise")."""
    share = _PERCENT.search(answer)
    if share is not None:
        return any(share.group(1) == m.group(1) for m in _PERCENT.finditer(title))
    if (sum_ := _SCALED.search(answer)) is not None:
        for shown in _SCALED.finditer(title):
            places = len(shown[1].partition(".")[2])
            if _scale(shown[2]) == _scale(sum_[2]) and round(float(sum_[1]), places) == float(shown[1]):
                return True
    hedged = re.fullmatch(r"(?:more than|over|nearly|almost|about|around|some|at least) (\d{1,3}(?:,\d{3})+)", answer)
    if hedged is None:
        return False
    value = int(hedged[1].replace(",", ""))
    counts = [int(m.replace(",", "")) for m in re.findall(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.])", title)]
    return any(abs(count - value) <= value * 0.05 for count in counts)


_LITTLE_WORDS = frozenset("the a an of in on at to for and or with by from his her its their".split())


def _mostly_in(answer: str, title: str) -> bool:
    """True when two or more of the answer's words, and most of them, are the title's (`title` normalised)."""
    words = [
        w for w in normalize(answer).split() if w not in _LITTLE_WORDS and not w.isdigit() and w not in NUMBER_WORDS
    ]
    shown = [w for w in words if has_words(w, title)]
    return len(shown) >= 2 and len(shown) * 2 > len(words)


def given_away(question: Question, fact: Fact, article: Article) -> str | None:
    """Why the article line printed with the question gives its answer away, or None when it does not."""
    if question.type in ("ordering", "matching"):
        return None  # a set asks for the order or the pairs, not one answer
    if fact.kind == "date" and article.date and fact.value and _on_the_date_line(fact, article.date.isoformat()):
        return "the day of publication, printed with the question"
    if (
        fact.kind == "date"
        and article.date
        and fact.granularity == "day"
        and fact.value
        and (fact.value[4:] == article.date.isoformat()[4:])
    ):
        return "the day and month of the article's date, printed with the question"  # Anzac Day's April 25, 1915
        # under "2023-04-25": an anniversary's article
    if fact.kind == "date" and fact.value and fact.value in _dates_in(article.title):
        return "the answer is in the article's title, printed with the question"  # "29 July 1588: England ..."
    # A statement is about its fact: when the line prints that fact, it tells whether the statement is true.
    answer = fact.text if question.type == "true_false" else question.answer
    title = normalize(_hashtags_spelled(article.title))
    figure = re.search(r"\d[\d,.\-\u2013]*\d|\d", answer) if fact.kind == "number" else None
    if figure is not None and re.search(
        rf"(?<![\d,.\-\u2013]){re.escape(figure[0])}(?![\d,.\-\u2013]*\d)", article.title
    ):
        return "the answer is in the article's title, printed with the question"  # "at least 247" under "... 247"
    in_words = _figure_in_words(answer) if fact.kind == "number" else None
    if in_words and re.search(rf"(?<![\w,.\-\u2013]){in_words}(?![\d,.\-\u2013]*\d|st|nd|rd|th)", article.title):
        return "the answer is in the article's title, printed with the question"  # "seven years" under "gets 7 years"
    height = re.fullmatch(r"(\d+)-0(?: feet)?", answer.strip()) if fact.kind == "number" else None
    if height and re.search(rf"\b{height[1]} (?:feet|foot|ft)\b", article.title):
        return "the answer is in the article's title, printed with the question"  # "8-0" under "clear 8 feet"
    if fact.kind == "number" and (_rounded_in(answer, article.title) or _ordinal_in(answer, title)):
        return "the answer is in the article's title, printed with the question"  # 61.07% under "... by 61%"
    if fact.kind == "person" and _given_name_in(answer, article.title, article.text):
        return "the answer is in the article's title, printed with the question"  # "About Roger & His Record"
    if _spelled_out(answer, article.title) or (fact.kind != "person" and _parts_in(answer, article.title)):
        return "the answer is in the article's title, printed with the question"  # "WHO", "Tata-Corus"
    if fact.kind == "outcome" and _mostly_in(answer, title):
        return "the answer is in the article's title, printed with the question"  # "three underground nuclear
        # blasts" under "India conducts 3 underground nuclear tests"
    for form in _forms(answer, fact.kind):
        if form.isupper() and form.isalpha():
            if re.search(rf"\b{form}\b", article.title):  # an acronym counts only in capitals: "WHO", not "who"
                return "the answer is in the article's title, printed with the question"
        elif has_words(normalize(form), title):
            if form != answer and fact.kind == "person" and _another_of_the_name(answer, article.title, article.text):
                continue
            return "the answer is in the article's title, printed with the question"
    return None
