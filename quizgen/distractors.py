"""Wrong answers for multiple choice: same kind and granularity as the answer, never true by the article.

Other entities of the same kind in the article come first (they are plausible by construction);
then well-kept data: shifted dates of the same granularity, numbers of the same magnitude and form,
countries from pycountry, from the answer's part of the world first (CLDR's, through Babel), for stories set
since 1993 (the list is today's states: no Czechia beside Hannibal). When no
three good distractors exist, there is no multiple-choice question.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from datetime import date, timedelta

from quizgen.dates import MONTHS, YEAR, render
from quizgen.entities import country_code
from quizgen.giveaways import SHARE_FIGURE, its_people_named
from quizgen.models import Fact
from quizgen.nlp import TITLES
from quizgen.numbers import WORDS
from quizgen.people import HE_WORDS, HONORIFICS, SHE_WORDS
from quizgen.wording import normalize

WANTED = 3


def stable_order(items: list[str], salt: str) -> list[str]:
    """A shuffle that depends only on the items and the salt: the same input, the same order."""
    return sorted(items, key=lambda item: hashlib.sha1(f"{salt}\x1f{item}".encode()).hexdigest())


def _shift(value: str, granularity: str, step: int) -> str | None:
    parts = [int(p) for p in value.split("-")]
    if granularity == "year":
        return f"{parts[0] + step:04d}"
    if granularity == "month":
        index = parts[0] * 12 + parts[1] - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    day = date(parts[0], parts[1], parts[2]) + timedelta(days=7 * step)
    return day.isoformat()


def _anniversary(a: str, b: str) -> bool:
    """Same day of the year in another year: "launched on April 12, 1981" is true too of an anniversary."""
    return len(a) == len(b) == 10 and a[5:] == b[5:]


class FactIndex:
    """An article's facts grouped once, so finding distractors stays linear in the article's length."""

    LIMIT = 12  # candidates kept per group: enough to find three good ones

    def __init__(self, facts: list[Fact]):
        self.facts = facts
        self.date_values = {f.value for f in facts if f.kind == "date"}
        self.dates: dict[str, list[Fact]] = {}
        self.numbers: dict[str, list[str]] = {}
        self.people: list[str] = []
        self.roles: dict[str, set[str]] = {}  # the words of the roles the article gives each person
        self.paragraphs: dict[str, list[int]] = {}  # where each person is named
        self.places: list[str] = []
        for f in facts:
            if f.kind == "date" and f.value and f.granularity:
                self.dates.setdefault(f.granularity, []).append(f)
            elif f.kind == "number" and f.about:
                self.numbers.setdefault(f.about, []).append(f.text)
            elif f.kind == "person":
                self.people.append(f.value or f.text)
                self.paragraphs.setdefault(f.value or f.text, []).append(f.paragraph)
                if f.role:
                    self.roles.setdefault(f.value or f.text, set()).update(f.role.lower().split())
            elif f.kind == "place":
                self.places.append(f.text)
        # The places named in the sentences that name each person: in a match report, their side ("equalise for
        # Korea", "put Sweden in the lead").
        placed = {}
        for f in facts:
            if f.kind == "place":
                placed.setdefault(f.sentence, set()).add(f.text)
        self.sides: dict[str, set[str]] = {}
        # The side a person plays for, where the words beside one of their names say it: "Swedish captain Andreas
        # Granqvist", "Korea substituted Park Joo-Ho", "Romelu Lukaku doubled the lead for Belgium".
        self.own_sides: dict[str, set[str]] = {}
        places = sorted(set(self.places))
        for f in facts:
            if f.kind == "person":
                self.sides.setdefault(f.value or f.text, set()).update(placed.get(f.sentence, ()))
                self.own_sides.setdefault(f.value or f.text, set()).update(_own_side(f.text, f.sentence, places))
        counts = {name: self.people.count(name) for name in set(self.people)}
        most = max(counts.values(), default=0)
        # The person the article is about is no fair option for someone else's deed.
        self.top_people = {name for name, n in counts.items() if n == most and n >= 3}
        self.people = list(dict.fromkeys(self.people))
        self.places = list(dict.fromkeys(self.places))
        for granularity, items in self.dates.items():
            self.dates[granularity] = list({f.value: f for f in items}.values())
        years = sorted(int(m[0]) for f in facts if f.kind == "date" and f.value and (m := _A_YEAR.match(f.value)))
        bc = [
            -int(f.text) for f in facts if f.kind == "number" and _before_christ(f.text, f.sentence)
        ]  # "In 218 bc Hannibal started": a year the model counted
        self.years = sorted(years + bc)  # the years the article tells of, in order

    def era(self, published: date | None) -> int:
        """The year the story is set in: a news story's own (it tells of a year near its writing), else the middle
        one the article tells of; with neither, today's states (no clock is read: the same input, the same
        options)."""
        if published is not None and (not self.years or any(abs(y - published.year) <= 1 for y in self.years)):
            return published.year
        return self.years[len(self.years) // 2] if self.years else _TODAYS_STATES

    def people_near(self, paragraph: int) -> list[str]:
        """The article's people, those named nearest the paragraph first (in a match report, the players of
        the same match), not the person the article is about."""
        people = [p for p in self.people if p not in self.top_people]
        return sorted(people, key=lambda p: min(abs(n - paragraph) for n in self.paragraphs[p]))


def date_distractors(fact: Fact, facts: list[Fact] | FactIndex, published: date | None = None) -> list[str]:
    """Other dates of the article with the same granularity, then the answer shifted by weeks/months/years; for
    a date on or before the day of `published`, none after it (a story tells a past event: a later date is
    struck out at a glance), and for a date after it, none before (a launch the story awaits)."""
    index = facts if isinstance(facts, FactIndex) else FactIndex(facts)
    taken = index.date_values
    same = index.dates.get(fact.granularity or "", [])
    others = [f for f in same[: FactIndex.LIMIT + 1] if f.value != fact.value and not _anniversary(f.value, fact.value)]
    values = [f.value for f in others]
    for step in (1, -1, 2, -2, 3, -3):
        shifted = _shift(fact.value, fact.granularity, step)
        if shifted and shifted not in taken:
            values.append(shifted)
    if published is not None and fact.value > published.isoformat()[: len(fact.value)]:
        values = [v for v in values if v > published.isoformat()[: len(v)]]  # "the last flight, which launches
        # on _____" (June 28, 2011, after an April article): not the first launch of 1981
    elif published is not None and fact.value <= published.isoformat()[: len(fact.value)]:
        values = [v for v in values if v <= published.isoformat()[: len(v)]]
        if fact.granularity == "day" and not any(v > fact.value for v in values[:3]):
            answer_day = date.fromisoformat(fact.value)  # not the latest option every time: a day or two after
            later = [d.isoformat() for d in (answer_day + timedelta(days=n) for n in (2, 1, 3)) if d <= published]
            values[1:1] = [v for v in later if v not in taken][:1]
    return [render(v, fact.granularity) for v in values]


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


# Scalings of a figure, by where they leave the answer among the options: the smallest, the second, the third,
# the largest. Which one an answer gets follows from its words, so a student cannot learn the answer's place.
_SCALINGS = ((1.25, 1.5, 2.0), (0.5, 1.5, 2.0), (0.5, 0.75, 1.5), (0.25, 0.5, 0.75))
_MORE_SCALINGS = (0.75, 1.25, 1.5, 0.5, 2.0, 0.25, 3.0)  # the nearest first


# A measurement to a fraction of its unit ("9.69 seconds", "8.8 metres"): halved or doubled, no one would
# pick it (a 100 m run in 4.84 seconds), so it moves by a few percent instead.
_MEASURED = re.compile(
    r"\d\.\d+ ?(?:seconds?|secs?|s|minutes?|min|hours?|h|metres?|meters?|m|km|kilometres?|kilometers?|miles?|"
    r"feet|ft|inches|kg|kilograms?|tonnes?|tons?|degrees?|mph|km/h|knots)\b",
    re.IGNORECASE,
)
_NEAR_SCALINGS = ((0.97, 1.02, 1.04), (0.96, 0.98, 1.03), (0.98, 1.02, 1.05), (0.95, 0.97, 1.02))
_MORE_NEAR_SCALINGS = (0.97, 1.02, 1.04, 0.96, 0.98, 1.03, 0.95, 1.05)


# Someone's age or weight ("the 21-year-old", "the 5-foot-10, 165-pound Jesse Owens"): halved or doubled, no
# one would pick it for a champion (a 10-year-old, an 82-pound sprinter).
_OF_A_BODY = re.compile(r"^(?:\d{1,2}-year-old|[1-3]\d\d-pound)$")
_BODY_SCALINGS = ((0.8, 1.2, 1.4), (0.7, 0.85, 1.15), (0.75, 1.25, 1.5), (0.6, 0.8, 1.2))
_MORE_BODY_SCALINGS = (0.9, 1.1, 0.85, 1.15, 0.8, 1.2, 0.75, 1.25, 0.7, 1.3)


def _scalings(answer: str) -> tuple[float, ...]:
    near = _MEASURED.search(answer) is not None or _TO_THE_HUNDREDTH.search(answer) is not None
    firsts, more = (_NEAR_SCALINGS, _MORE_NEAR_SCALINGS) if near else (_SCALINGS, _MORE_SCALINGS)
    if _OF_A_BODY.match(answer.strip()):
        firsts, more = _BODY_SCALINGS, _MORE_BODY_SCALINGS
    first = firsts[int(hashlib.sha1(answer.encode()).hexdigest(), 16) % len(firsts)]
    return first + tuple(f for f in more if f not in first)  # more, for options a rule leaves out


# A figure to the hundredth: "9.92" (seconds), "$44.90" (a share price); not a share ("5.63%") nor a sum of
# millions ("$4.05 billion"), which scale.
_TO_THE_HUNDREDTH = re.compile(r"\d\.\d\d(?!\d*\s*(?:%|per ?cent|thousand|million|billion|trillion|bn|m\b))")
_CLOCK_TIME = re.compile(r"(?i)\b\d{1,2}[.:]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)")


def number_distractors(answer: str) -> list[str]:
    """The answer with its figure scaled (x0.5, x1.5, x2...), keeping its words, commas and precision; the answer
    falls anywhere among them (see `_SCALINGS`)."""
    match = _NUMBER.search(answer)
    if match is None or _CLOCK_TIME.search(answer) or _SCORE.fullmatch(answer.strip()):
        return []  # "1.34pm" scaled is "1.84pm", no time of day; "6-3" scaled is "12-3", no set's score
    raw = match.group(0)
    if re.search(r",\d{1,2}(?!\d)", raw):
        return []  # a decimal comma ("61,09 percent"): scaled as thousands, it would give "12,218 percent"
    value = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    percent = "%" in answer or re.search(r"(?i)\bper ?cent\b", answer) is not None  # "95 per cent" too
    found = []
    for factor in _scalings(answer):
        new = round(value * factor, decimals)
        if decimals == 0:
            digits = str(int(value))
            zeros = len(digits) - len(digits.rstrip("0"))  # as exact as the answer: 12,853,162 -> 6,426,581
            new_int = int(round(new, -min(zeros, max(0, len(digits) - 2))))  # and 1,000 -> 500, 1,500, 2,000
            text = f"{new_int:,}" if "," in raw else str(new_int)
        else:
            text = f"{new:.{decimals}f}"
        if percent and (float(text.replace(",", "")) >= 100 > value or float(text.replace(",", "")) > 100 >= value):
            continue  # the whole, or more than the whole: no one would pick it ("More than 100 percent")
        if float(text.replace(",", "")) == 0:
            continue  # rounded to nothing: "about 0 million", "0min 12sec"
        if float(text.replace(",", "")) < 1 <= value and _SCALE_WORD.match(answer[match.end() :]):
            continue  # "$0.56 million": no one writes a sum so; the next scalings fill its place
        if text != raw and normalize(text) != normalize(raw):
            rest = answer[match.end() :]
            if ordinal := re.match(r"(?:st|nd|rd|th)\b", rest):
                rest = _suffix(int(text.replace(",", ""))) + rest[ordinal.end() :]  # "22nd" -> "11th", not "11nd"
            found.append(answer[: match.start()] + text + rest)
    return found


_REGNAL = re.compile(r"\b[IVX]+$")  # "Charles I", "Henry VIII"


def _suffix(n: int) -> str:
    """The ordinal ending of a number: 1st, 2nd, 3rd, 11th, 22nd."""
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@functools.lru_cache(maxsize=1024)
def _magnitude(text: str) -> float | None:
    match = _NUMBER.search(text)
    return float(match.group(0).replace(",", "")) if match else None


def _comparable(other: str, answer: str) -> bool:
    """Another figure of the article is a fair option only in the same form and within a factor of ten, a count
    for a count and an order for an order ("carrying two spy satellites", not "first spy satellites")."""
    if _an_order(answer) != _an_order(other):
        return False
    a, b = _magnitude(answer), _magnitude(other)
    if a is None and b is None:  # words: "four" and "eleven", not "four" and "Thousands" (of people)
        return _counts(answer) == _counts(other) and answer[:1].isupper() == other[:1].isupper()
    if a is None or b is None:
        return False
    return a > 0 and b > 0 and 0.1 <= b / a <= 10


_ORDER = re.compile(r"(?i)\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")


def _an_order(text: str) -> bool:
    return _ORDER.search(text) is not None


def _counts(text: str) -> bool:
    """True for a figure written as a count ("four", "twenty-one"), not a vague amount ("thousands")."""
    return any(word in WORDS for word in re.findall(r"[a-z]+", text.lower()))


def _is_country(name: str) -> bool:
    """True when pycountry knows the name as a country, other than Antarctica (no neighbours to stand beside it
    as options)."""
    return country_code(name) not in (None, "AQ")


def place_distractors(fact: Fact, index: FactIndex, answer: str, published: date | None = None) -> list[str]:
    """Other places of the article of the same sort (country or not); for a country, then pycountry's list."""
    country = _is_country(answer)
    same = [place for place in index.places if _is_country(place) == country][: FactIndex.LIMIT]
    if not country:
        return same
    if index.era(published) < _TODAYS_STATES:
        return same  # "Türkiye", "Czechia", "Bangladesh" beside Hannibal or the Boxers: the article's own only
    others = [f"the {name}" if name in _WITH_THE else name for name in _other_countries(answer)]
    if re.search(rf"\bthe {re.escape(answer)}", fact.sentence, re.I):
        others = [name.removeprefix("the ") for name in others]  # "to the _____": "Philippines", not "the the ..."
    return same + others


# The year from which pycountry's list is (nearly) the world's states: Czechia, Slovakia, Eritrea came in 1993.
_TODAYS_STATES = 1993
_A_YEAR = re.compile(r"-?\d{1,4}")
_BC = re.compile(r"^\s*(?:BC|BCE|B\.C\.|bc)\b")


def _before_christ(number: str, sentence: str) -> bool:
    """True for a bare number its sentence writes as a year before Christ ("In 218 bc Hannibal started")."""
    return number.isdigit() and _BC.search(sentence.split(number, 1)[-1][:6]) is not None


# Countries whose English names take "the": "sailed to the Netherlands", never "to Netherlands".
_WITH_THE = frozenset(
    ("Bahamas", "Central African Republic", "Comoros", "Czech Republic", "Dominican Republic", "Gambia",
     "Maldives", "Marshall Islands", "Netherlands", "Philippines", "Seychelles", "Solomon Islands",
     "United Arab Emirates", "United Kingdom", "United States")
)  # fmt: skip


@functools.cache
def _countries() -> tuple[tuple[str, str], ...]:
    """(name, region) of the countries with provinces or states of their own (ISO 3166-2): not Tokelau or
    Christmas Island. The common name where there is one ("Syria"); names with a comma or bracket are left
    out ("Virgin Islands, U.S."). Read once."""
    import pycountry

    divided = {s.country_code for s in pycountry.subdivisions}
    named = ((getattr(c, "common_name", c.name), c.alpha_2) for c in pycountry.countries if c.alpha_2 in divided)
    return tuple((name, _region(code)) for name, code in named if "," not in name and "(" not in name)


def _region(code: str) -> str:
    """The part of the world a country lies in, as CLDR's time zones name it ("Africa", "America", "Asia",
    "Europe", "Pacific", ...): most of the country's zones decide (Russia's are mostly in Asia)."""
    from babel.core import get_global

    zones = get_global("territory_zones").get(code, [])
    parts = Counter("Pacific" if z.startswith("Australia/") else z.split("/")[0] for z in zones)
    return min(parts, key=lambda part: (-parts[part], part)) if parts else ""


@functools.lru_cache(maxsize=256)
def _other_countries(answer: str) -> tuple[str, ...]:
    """A dozen countries in an order fixed by the answer, from its part of the world first: Peru and
    Argentina for Chile, not Vanuatu (cached: every question on one country asks again)."""
    code = country_code(answer)
    region = _region(code) if code is not None else ""
    names = [name for name, _ in _countries()]
    near = [name for name, where in _countries() if where == region]
    if len(near) < 4:
        near = []  # Iceland and Cape Verde share the Atlantic's zones, and little else
    rest = [name for name in names if name not in near]
    return tuple([*stable_order(near, answer), *stable_order(rest, answer)][:12])


def distractors(
    fact: Fact, answer: str, facts: list[Fact] | FactIndex, article_text: str, published: date | None = None
) -> list[str]:
    """Up to three wrong answers for `answer` (the fact's answer as the question states it), or fewer; dates
    before the day of `published` get none after it."""
    index = facts if isinstance(facts, FactIndex) else FactIndex(facts)
    if fact.kind == "date" and fact.value and fact.granularity:
        pool = date_distractors(fact, index, published)
        if (before := _born_before(fact)) is not None:
            pool = [option for option in pool if int(YEAR.findall(option)[-1]) < before]  # not born after 1799
    elif fact.kind == "number" and _magnitude_scale(answer, fact.sentence):
        pool = magnitude_distractors(answer)
    elif fact.kind == "number" and _before_christ(answer, fact.sentence):
        year = int(answer)  # "In _____ bc Hannibal started ...": a year, the article's other ones, then shifted
        pool = _years_beside(year, [-y for y in index.years if y < 0])
    elif fact.kind == "number" and _A_RANGE.search(answer):
        pool = []  # "$108 to $135 a share": a range's options would move one end only ("$162 to $135")
    elif fact.kind == "number" and _in_a_sum(answer, _around(fact, answer)):
        pool = []  # "964 people -- 776 passengers and 188 crew": any other figure breaks the sum and shows itself
    elif fact.kind == "number" and _a_year(fact, answer):
        year = int(answer)  # "Alfred was born at Wantage in _____,": 849 among years, not 424 and 1274
        written = [y for y in index.years if y > 0 and str(y) in article_text]  # not 2020 of a history's "today"
        pool = _years_beside(year, written)
        if noun := _WORD_AFTER.match(fact.cloze[2]):  # "the _____ glider": not 1902, of "their 1902
            pool = [option for option in pool if f"{option} {noun[1]}" not in article_text]  # glider", also tested
        if (before := _born_before(fact)) is not None:
            pool = [option for option in pool if int(option) < before]
    elif fact.kind == "number":
        same = [n for n in index.numbers.get(fact.about or "", [])[: FactIndex.LIMIT] if _comparable(n, answer)]
        pool = [n for n in same + number_distractors(answer) if not _same_score(n, answer)]
        if (value := _value(answer)) is not None:
            pool = [n for n in pool if _value(n) != value]  # "nearly 1.2 million kilograms" is "1.2 million kg"
        if _AN_AGE.search(answer) and (_magnitude(answer) or 100) < 100:  # "the 87-year-old": no one is 174 (a
            pool = [n for n in pool if (m := _magnitude(n)) is not None and m <= 100]  # coral of 100 may be 150)
        pool = [n for n in pool if _within_its_whole(n, answer, fact.sentence) and not _also_true(n, answer, fact)]
        bounds = _bounds(answer, _around(fact, answer))
        pool = [n for n in pool if _keeps_its_side(n, answer, bounds)]
        if fact.cloze and _SCORE.fullmatch(answer.strip()) and _AHEAD.match(fact.cloze[2]):  # "putting Sweden
            # _____ up": a lead, not "1 – 2" or "1 – 1"
            pool = [n for n in pool if (score := _SCORE.fullmatch(n.strip())) and int(score[1]) > int(score[2])]
    elif fact.kind == "person":
        pool = index.people_near(fact.paragraph)[: FactIndex.LIMIT * 4]
        if len(answer.split()) == 1:  # "Mr _____" -> Roxas: other surnames, not full names beside a bare one
            pool = [name.split()[-1] for name in pool if len(name.split()) > 1]
            pool = [name for name in pool if re.fullmatch(r"[A-Z][a-z'\u2019-]+", name)]  # not "III", "J.", "MPs"
        else:
            pool = [name for name in pool if len(name.split()) > 1]  # "Malcolm Turnbull": not "Elizabeth"
        if _REGNAL.search(answer):
            pool = [name for name in pool if _REGNAL.search(name)]  # "King _____ of England": not "Jesus Christ"
        if (title := _title_before(fact)) is not None:  # "then US president _____": presidents, or no options
            pool = [name for name in pool if any(title in words for full, words in index.roles.items()
                                                 if full.endswith(name))]  # fmt: skip
        if _NOT_A_PERSON.search(answer):
            pool = []  # "the first ever _____ MP": a party the model took for a person
        pool = [name for name in pool if not _NOT_A_PERSON.search(name)]  # not "Manchester United", "Serie B"
        full = {name: _full(name, index) for name in pool}
        side = index.sides.get(fact.value or answer, set())
        pool = [name for name in pool if not side or not (other := index.sides.get(full[name])) or side & other]
        # "_____'s header went wide, missing a chance to equalise for Korea": Korea's players, not Sweden's
        own = index.own_sides.get(fact.value or answer, set())
        if not own and len(set().union(*index.own_sides.values())) > 1:
            pool = []  # a story of two sides, and the answer's side not said: any option may be the other side's
        pool = [name for name in pool if not own or _on_the_side(full[name], own, index)]
        # "Korea substituted _____": Korea's players, not Andreas Granqvist, whom the article calls Swedish, nor
        # Dries Mertens, whose side it does not say where it names him
        officials = _OFFICIALS & index.roles.get(fact.value or answer, set())
        pool = [name for name in pool if not _OFFICIALS & index.roles.get(full[name], set()) - officials]
        # "_____'s header went wide": a player, not the match referee Joel Aguilar
        if (sex := _sex_asked(fact)) is not None:  # "his mother _____": women the article says are women
            pool = [name for name in pool if _sex_of(full[name], index) == sex]
    elif fact.kind == "place" and _is_country(answer):
        pool = place_distractors(fact, index, answer, published)
    else:  # cities, buildings, organisations: too unlike each other to make fair options
        pool = []
    return _pick(answer, pool, fact, article_text)


# A kin word or office just before a person's gap says which sex the answer is: "his mother _____".
_KIN_BEFORE = re.compile(r"\b([a-z]+) _____$")
# A gap that is the subject of a verb with "his" or "her" after it: "_____ thanked his family".
_OWN_AFTER = re.compile(r"^(?:[^,]*,[^,]*,)? ?[a-z]+ (his|her)\b")


def _sex_asked(fact: Fact) -> str | None:
    """ "she" or "he" where the words around a person's gap say which the answer is, else None."""
    if fact.cloze is None:
        return None
    before, _, after = fact.cloze
    if (kin := _KIN_BEFORE.search(before.rstrip() + " _____")) is not None:
        word = kin[1]
        return "she" if word in SHE_WORDS else "he" if word in HE_WORDS else None
    if before.strip() == "" and (own := _OWN_AFTER.match(after.strip())) is not None:
        return "he" if own[1] == "his" else "she"
    return None


def _sex_of(name: str, index: FactIndex) -> str | None:
    """ "she" or "he" where the roles the article gives a person, or the title in their name, say which."""
    words = index.roles.get(name, set()) | {w.lower().rstrip(".") for w in name.split()}
    she, he = bool(words & SHE_WORDS), bool(words & HE_WORDS)
    return "she" if she and not he else "he" if he and not she else None


# "... doubled the lead for Belgium": the side a deed was for, later in the same clause.
_FOR_A_SIDE = re.compile(r"[^.;]{0,90}?\bfor (?:the )?([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?)")


def _own_side(name: str, sentence: str, places: list[str]) -> set[str]:
    """The places the words just before a name, or a "for <place>" after it, make the person's side: "Swedish
    captain Andreas Granqvist" (Sweden), "Tunisia's goalkeeper Mouez Hassen", "Lukaku doubled the lead for
    Belgium"."""
    at = sentence.find(name)
    if at < 0:
        return set()
    before = " ".join(sentence[:at].split()[-3:])
    after = _FOR_A_SIDE.match(sentence[at + len(name) :])
    found = {p for p in places if re.search(rf"\b{re.escape(p)}\b", before) or its_people_named(before, p)}
    if after is not None:
        found |= {p for p in places if after[1] == p or after[1].startswith(p + " ")}
    return found


def _on_the_side(name: str, side: set[str], index: FactIndex) -> bool:
    """True for a person the article puts on `side`: by the words beside their name ("Korea's Lee Yong"), or
    by naming no other side in any sentence that names them ("Korea replaced Park Joo-Ho by Kim Min-Woo")."""
    if own := index.own_sides.get(name):
        return bool(own & side)
    placed = index.sides.get(name, set())
    return bool(placed) and placed <= side


_AHEAD = re.compile(r"\s*(?:up|ahead|in front|in the lead)\b")
_SCORE = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)")


def _years_beside(year: int, article_years: list[int]) -> list[str]:
    """Options for a year the model counted: the article's other years within a century of it, nearest first
    (not a house number's "1127" beside the 1900 glider), then the years either side of it."""
    nearest = sorted((y for y in article_years if y != year and abs(y - year) <= 100), key=lambda y: (abs(y - year), y))
    return [str(y) for y in nearest] + [str(year + step) for step in (1, -1, 2, -2, 3, -3)]


# Roles of the people who run a match rather than play in it.
_OFFICIALS = frozenset("referee umpire linesman coach manager".split())


def _full(name: str, index: FactIndex) -> str:
    """The article's full name for an option written by surname alone ("Lukaku" -> "Romelu Lukaku")."""
    return next((p for p in index.people if p == name or p.endswith(f" {name}")), name)


# A person's age: "87-year-old", "aged 87".
_AN_AGE = re.compile(r"(?i)\b\w+-years?-old\b|\baged \d+")
# Words that name a club, a league, a college, a party or a paper: no person, whatever the model tagged.
_NOT_A_PERSON = re.compile(
    r"\b(?:United|City|FC|Club|Colleges?|League|Serie|Party|Dems?|Democrats|Rovers|Athletic|Association|"
    r"University|Council|Committee|Company|Gazett?e|Gazeta|Times|Post|Journal|Herald|Tribune|News|Magazine|"
    r"House|Press|Books|Publishing|Publishers|Records|Studios|Group|Bank|Airlines?|Motors|Inc|Ltd|Corp|"
    r"Corporation|Institute|Foundation|Fund|Agency|Ministry)\b"
)


def _born_before(fact: Fact) -> int | None:
    """The earliest other year of a birth date's sentence ("Born in _____ in Corsica, Napoleon ... overthrew the
    government in 1799"): a birth comes before what the person did, so a year after it is no option."""
    if fact.cloze is None or not re.search(r"(?i)\bborn\b", fact.cloze[0][-40:]):
        return None
    years = [int(y) for y in YEAR.findall(f"{fact.cloze[0]} {fact.cloze[2]}")]
    return min(years) if years else None


def _title_before(fact: Fact) -> str | None:
    """ "president" of "then US president _____": the office the words before a person's gap give them (not an
    honorific, "Mr _____", which any man may take)."""
    before = fact.cloze[0] if fact.cloze else ""
    words = before.split()
    if not words or not before.endswith(" "):
        return None
    last = words[-1].lower()
    return last if (last in TITLES or last in _OFFICIALS) and last not in HONORIFICS else None  # "the match referee"


_LOWER_BOUND = re.compile(r"(?i)\b(?:over|more than|at least|above|upwards of|in excess of)\s*$")
_UPPER_BOUND = re.compile(r"(?i)\b(?:under|less than|fewer than|up to|at most|below)\s*$")


def _also_true(option: str, answer: str, fact: Fact) -> bool:
    """True for an option a bound makes true as well: "over 20" where the article says "over 40", "up to 30"
    where it says "up to 20" (the bound in the answer, or just before the gap)."""
    a, b = _magnitude(answer), _magnitude(option)
    if a is None or b is None:
        return False
    match = _NUMBER.search(answer)
    before = answer[: match.start()] if match else ""
    if not before.strip() and fact.cloze:
        before = fact.cloze[0]
    if _LOWER_BOUND.search(before):
        return b < a
    if _UPPER_BOUND.search(before):
        return b > a
    return False


def _within_its_whole(option: str, answer: str, sentence: str) -> bool:
    """False for a part larger than its whole: "74 deaths out of 66 people infected", or a whole smaller
    than its part ("49 deaths out of 30 people")."""
    value = _magnitude(option)
    if value is None:
        return True
    written = re.escape(answer)
    if whole := re.search(rf"{written}\b[^.;]*?\bout of (?:the |a )?({_A_FIGURE})", sentence):
        return value < (_magnitude(whole.group(1)) or 0)
    if part := re.search(rf"\b({_A_FIGURE})(?: [a-z]+){{0,3}} out of (?:the |a )?{written}\b", sentence):
        return value > (_magnitude(part.group(1)) or 0)  # "about 112 million out of _____": not 110 million
    if whole := re.search(rf"(?i)\bof the (\d[\d,]*)\b[^.;]*?{written}", sentence):
        return value < float(whole.group(1).replace(",", ""))  # "Of the 160 cases, 138 were in Kikwit"
    if whole := re.search(rf"(?i)\b{written} of {_WHOSE} (?:top |first |last |best )?({_A_FIGURE}|\w+)\b", sentence):
        return _figure(whole.group(1)) is None or value < _figure(whole.group(1))  # "22 of the top 25 books"
    if part := re.search(rf"(?i)\b({_A_FIGURE}|\w+) of {_WHOSE} (?:top |first |last |best )?{written}\b", sentence):
        return _figure(part.group(1)) is None or value > _figure(part.group(1))  # "seven of the top 10": not 5;
        # "1,503 of its 2,200 passengers": not 1,100
    if _SHARE.fullmatch(answer.strip()):
        rest = sentence.replace(answer, " ", 1)
        others = [float(m[1]) for m in SHARE_FIGURE.finditer(rest) if not rest[m.end() :].startswith(" of ")]
        return len(others) < 2 or sum(others) >= 100 or value + sum(others) <= 100  # "Fox held 43%, Labastida
        # 36%"; not "91% of the vote counted" (of another whole) nor "70 percent in 2009 ... 56 percent today"
    return True


# The words between a part and its whole: "seven of the top 10", "1,503 of its 2,200".
_WHOSE = r"(?:the|its|their|his|her)"
# Two figures that bound a range: "$108 to $135", "14,000 to 9,000 feet" (not a score, "1 – 0").
_A_RANGE = re.compile(r"\d\S*\s+to\s+\$?\d")
# A figure with the word that scales it: "112 million", "1,140".
_A_FIGURE = r"\d[\d,.]*(?: (?:thousand|million|billion|trillion))?"
_SHARE = re.compile(rf"(?:about |nearly |some |almost )?{SHARE_FIGURE.pattern}")


def _same_score(other: str, answer: str) -> bool:
    """ "2 – 1" for "1 – 2": the same result written from the other side, as true as the answer."""
    a, b = re.findall(r"\d+", answer), re.findall(r"\d+", other)
    return len(a) == len(b) == 2 and a[::-1] == b and bool(re.search(r"\d\s*[\u2013-]\s*\d", answer))


# A figure as a sentence writes it, with the word that scales it: "446,953", "112 million", "9.92"; not part of
# a fraction or a hyphenated form ("98-1/4", "3-2").
_FIGURE = re.compile(r"(?<![\w.,/-])(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion|trillion)\b)?(?![\d/-])")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_WORD = re.compile(rf"\s*(?:{'|'.join(_SCALE)}|bn\b|m\b)", re.IGNORECASE)  # "$1.12 million"
_A_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NEXT_TO_A_MONTH = (re.compile(rf"(?i)\b(?:{_A_MONTH})\.? $"), re.compile(rf"(?i) (?:{_A_MONTH})\b"))


def _figures(text: str) -> list[tuple[float, int, int]]:
    """The figures a text writes (value, start, end), not the days and years of its dates ("September 24,
    1988")."""
    found = []
    for match in _FIGURE.finditer(text):
        raw = match.group(1).rstrip(",")
        if re.search(r",\d{1,2}$", raw) or (YEAR.fullmatch(raw) and not match.group(2)):
            continue  # a decimal comma, a year
        if _NEXT_TO_A_MONTH[0].search(text[: match.start()]) or _NEXT_TO_A_MONTH[1].match(text[match.end() :]):
            continue  # a day
        found.append((float(raw.replace(",", "")) * _SCALE.get(match.group(2) or "", 1), match.start(), match.end()))
    return found


def _value(text: str) -> float | None:
    """The one figure of an answer or option, scaled ("112 million"), or None."""
    figures = _figures(text)
    return figures[0][0] if len(figures) == 1 else None


def _around(fact: Fact, answer: str) -> str:
    """The answer's sentence with a gap for the answer."""
    if fact.cloze:
        return f"{fact.cloze[0]}_____{fact.cloze[2]}"
    return fact.sentence.replace(answer, "_____", 1)


def _in_a_sum(answer: str, around: str) -> bool:
    """True when two other figures of the sentence add up to the answer, or the answer and one to another:
    "964 people -- 776 passengers and 188 crew" for any of the three."""
    value = _value(answer)
    if value is None or value < 10:
        return False  # small figures add up by chance: "won 3-1 ... his 2 goals"
    others = [v for v, _, _ in _figures(around) if v >= 1]
    return any(x + y == value or abs(x - y) == value for i, x in enumerate(others) for y in others[i + 1 :])


# Words that set two figures of a sentence against each other: a part and its whole, a change, a comparison.
_RELATING = re.compile(
    r"(?i)\b(?:of which|of the|out of|from|than|compared|eclips\w*|surpass\w*|exceed\w*|(?:higher|lower|up|down|"
    r"rose|fell|climbed|dropped|increased|decreased|grew)(?: [a-z]+)? (?:to|from))\b"
)


def _bounds(answer: str, around: str) -> list[float]:
    """The figures of the sentence the answer is measured against, written in the same form (a count beside a
    count, 9.69 beside 9.58): "_____ ballots cast, 438,968 of which", "from 10.8 million copies to _____"."""
    gap = around.find("_____")
    places = _decimal_places(answer)
    found = []
    for value, start, end in _figures(around):
        first, last = (end, gap) if end <= gap else (gap + 5, start)
        between = around[max(0, min(start, gap) - 15) : max(end, gap + 5) + 12] if last - first <= 80 else ""
        written = around[start:end]
        if _decimal_places(written) == places and _RELATING.search(between):
            found.append(value)
    return found


def _decimal_places(figure: str) -> int:
    match = re.search(r"\d\.(\d+)", figure)
    return len(match.group(1)) if match else 0


def _keeps_its_side(option: str, answer: str, bounds: list[float]) -> bool:
    """False for an option on the other side of a figure the sentence measures the answer against: "There
    were _____ ballots cast, 438,968 of which were judged valid" takes no option under 438,968."""
    a, b = _value(answer), _value(option)
    if a is None or b is None:
        return True
    return all(b != v and (b > v) == (a > v) for v in bounds if v != a)


# The words before a gap that make a bare figure a year: "born at Wantage in _____,", "died in _____."
_BEFORE_A_YEAR = re.compile(r"(?i)\b(?:in|since|until|till|by|from|around|circa|c\.|about|year)\s*$")


def _a_year(fact: Fact, answer: str) -> bool:
    """A bare figure the sentence gives as a year (the model counted it): "Wu Zetian's stroke in _____, she"."""
    if not fact.cloze or not re.fullmatch(r"\d{3,4}", answer) or not 100 <= int(answer) <= 2100:
        return False
    after = fact.cloze[2]
    if re.search(r"\bthe\s*$", fact.cloze[0]) and 1000 <= int(answer) <= 2100:  # "tested the _____ glider"
        noun = _WORD_AFTER.match(after)
        return noun is not None and not noun[1].endswith("s") and noun[1].lower() not in _UNITS
    return bool(_BEFORE_A_YEAR.search(fact.cloze[0])) and (
        not re.match(r"\s*[a-z]", after) or _CLAUSE_GOES_ON.match(after) is not None
    )


# A word after a bare figure that starts the sentence's next part, so it counts nothing: "conquered Persia in
# _____ and ushered", not "in _____ cases".
_CLAUSE_GOES_ON = re.compile(r"\s*(?:and|but|when|while|after|before|until|as|during)\b")


_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")  # the word after a gap: "glider" of "the _____ glider"
# Singular units a figure may stand before: "the 1500 metre race" counts metres, it is no year.
_UNITS = frozenset("metre meter mile yard foot feet km kilometre kilometer ton tonne pound horsepower acre".split())


_MAGNITUDE = re.compile("magnitude", re.I)


def _figure(word: str) -> float | None:
    """A figure written in digits or as a word: "25", "seven"."""
    return _magnitude(word) if _magnitude(word) is not None else WORDS.get(word.lower())


def _magnitude_scale(answer: str, sentence: str) -> bool:
    """A figure on the earthquake magnitude scale ("a magnitude 6.6 aftershock", "the 9.0 magnitude quake", "set the
    magnitude at 7.4", "7.9 on the Richter scale")."""
    if _MAGNITUDE.search(sentence) is None and "Richter" not in sentence:
        return False  # the common case, told without compiling a pattern for this answer
    figure = re.escape(answer.strip())
    before = rf"magnitude(?:-| of | at | was | is | as )?\s*{figure}\b"  # "set the magnitude at 7.4"
    after = rf"\b{figure}(?:-| )magnitude|\b{figure} on the Richter"  # "7.9 on the Richter scale"
    return re.search(f"{before}|{after}", sentence, re.I) is not None


def magnitude_distractors(answer: str) -> list[str]:
    """Other magnitudes near the answer, never past 9.9: multiplying a magnitude makes an impossible one."""
    figure = re.search(r"\d+(?:\.\d+)?", answer)
    if figure is None:
        return []
    value = float(figure[0])
    shifted = (f"{v:.1f}" for v in (value + step for step in (-0.9, 0.6, -0.4, 1.1, -1.5)) if 1.0 <= v <= 9.9)
    options = (answer[: figure.start()] + v + answer[figure.end() :] for v in shifted)  # "about 8.0": "about 7.1"
    return [option for option in options if option != answer]


def _pick(answer: str, pool: list[str], fact: Fact, article_text: str) -> list[str]:
    """Three distinct choices, none equal to the answer or contained in it, none stated beside it as true."""
    chosen: list[str] = []
    seen = {normalize(answer)} | ({normalize(fact.value)} if fact.kind == "person" and fact.value else set())
    said = " ".join((fact.sentence, *(fact.cloze or ())))  # as written, and with its "he" named
    for item in pool:
        key = normalize(item)
        if not key or key in seen or key in normalize(answer) or normalize(answer) in key:
            continue
        if fact.kind == "person" and any(set(key.split()) & set(k.split()) for k in seen):
            continue  # "Manju Sam" for "Thomas Sam", "Joshua Norton" beside "Joshua Abraham Norton"
        if normalize(item) in normalize(fact.sentence) and fact.kind != "date":
            continue  # named in the same sentence: may well be true too
        if fact.kind == "date" and (item in said or (re.fullmatch(r"\d{4}", item) and re.search(rf"\b{item}\b", said))):
            continue  # a date the sentence prints already: "in 2002 and 2002", "born November 7, 1867 ... _____"
        core = re.sub(r",? \d{3,4}$", "", item) if fact.kind == "date" else item
        if core != item and re.search(rf"\b{re.escape(core)}\b", said):
            continue  # "snow and frost during _____ and July that summer": not "July 1815"
        if fact.kind == "person" and re.search(rf"\b{re.escape(item.split()[-1])}\b", said):
            continue  # "Enrico Fermi" where the sentence says "Fermi went ... to work with Professor _____"
        if fact.kind == "place" and its_people_named(_around(fact, answer), item):
            continue  # "Venice deeply distrusted Spanish influence in _____": not Spain
        seen.add(key)
        chosen.append(item)
        if len(chosen) == WANTED:
            break
    return chosen
