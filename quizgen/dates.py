"""Date expressions normalized against an anchor: the publication date, or the last date the text gave.

Pure functions, no spaCy: `normalize("last March", anchor=date(2022, 6, 7))` is `2022-03` with month
granularity. News resolves deictic expressions ("yesterday", "last Sunday") against the publication date;
a date without a year ("July 14") takes it from the publication date, or, when there is none, from the
last date the text mentioned (the way HeidelTime treats narratives). What cannot be resolved with
confidence keeps only the part that is certain, or is not a date at all (durations such as "five months").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)  # in full: "may", not "mar"
# A year written out: "1950", "2022" (the figure in group 1).
YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_NAMED_MONTH = "(?:" + "|".join(sorted(MONTH_NAMES)) + ")"
_DAY_OF = r"\d{1,2}(?:st|nd|rd|th)?"
# A whole date as written, day or month with its year: "29 July 1588", "January 9th, 1839", "August 1665".
WHOLE_DATE = re.compile(
    rf"(?i)\b(?:{_DAY_OF} {_NAMED_MONTH},? \d{{4}}|{_NAMED_MONTH} {_DAY_OF},? \d{{4}}|{_NAMED_MONTH},? \d{{4}})\b"
)
PART_OF_DAY = ("morning", "afternoon", "evening", "night")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "fifty": 50,
    "a hundred": 100, "hundred": 100,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_UNIT = r"(?P<unit>day|week|month|year|decade|century)s?"

# Words that qualify a date without changing the day it names ("early March", "c. 1818").
_HEDGES = re.compile(
    r"^(?:(?:c\.|circa|about|around|approximately|at least|early|earlier|late|later|mid|the end of|the start of|"
    r"the beginning of|the middle of|the (?:first|second|latter|last) (?:half|quarter|week) of|as of|since|until|"
    r"the (?:spring|summer|autumn|fall|winter) of|"
    r"by|before|after|on|in|of|during|from|the|this past|earlier this|later this)\s+|mid-)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NormalizedDate:
    """A date expression's value (`2022-06-05`, `2022-06`, `2022`) and granularity (day, month, year)."""

    value: str
    granularity: str
    relative: bool  # True when the text alone does not say it: it needed the anchor

    def render(self) -> str:
        """The date written out in full, for questions and answers: "June 5, 2022"."""
        return render(self.value, self.granularity)


def render(value: str, granularity: str) -> str:
    """Write a normalized value out in words: 2022-06-05 -> "June 5, 2022", 2022-03 -> "March 2022"."""
    parts = [int(p) for p in value.split("-")]
    if granularity == "day":
        return f"{calendar.month_name[parts[1]]} {parts[2]}, {parts[0]}"
    if granularity == "month":
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return str(parts[0])


def _day(d: date, relative: bool) -> NormalizedDate:
    return NormalizedDate(d.isoformat(), "day", relative)


def _month(year: int, month: int, relative: bool) -> NormalizedDate:
    return NormalizedDate(f"{year:04d}-{month:02d}", "month", relative)


def _year(year: int, relative: bool) -> NormalizedDate:
    return NormalizedDate(f"{year:04d}", "year", relative)


def _clean(text: str) -> str:
    text = text.strip().replace("\u2019", "'").replace("\u00a0", " ").replace("[", "").replace("]", "")
    text = re.sub(r"'s$|'$", "", text).strip(" ,.;:")
    text = re.sub(r"\s+", " ", text)
    previous = None
    while previous != text:
        previous, text = text, _HEDGES.sub("", text)
    return text


def _clean_keep_article(text: str) -> str:
    text = text.strip().replace("\u2019", "'").replace("[", "").replace("]", "")
    return re.sub(r"\s+", " ", re.sub(r"'s$", "", text)).strip(" ,.;:")


def _archaic(text: str, anchor: date | None, context: NormalizedDate | None) -> NormalizedDate | None:
    """Old letter style: "the 1st day of Feb. next", "the 12th of October last" (the coming / the past one)."""
    m = re.fullmatch(rf"(?i)(?:on )?the {_DAY}(?: day)? of {_MONTH} (?P<which>next|last|ult\.?|inst\.?)", text)
    if not m:
        return None
    reference = anchor
    if context is not None and (anchor is None or _narrating_another_time(context, anchor)):
        parts = [int(p) for p in context.value.split("-")] + [1, 1]
        reference = date(parts[0], parts[1], parts[2])
    if reference is None:
        return None
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    year = reference.year
    if m["which"].lower() == "next" and (month, day) <= (reference.month, reference.day):
        year += 1
    if m["which"].lower() == "last" and (month, day) >= (reference.month, reference.day):
        year -= 1
    found = _safe_date(year, month, day)
    return _day(found, True) if found else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int | None, anchor: date, tense: str) -> int:
    """The year that puts a month (and day) nearest the anchor, on the side the verb's tense points to."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        start = _safe_date(year, month, day or 1)
        if start is None:
            continue
        end = start if day else _safe_date(year, month, calendar.monthrange(year, month)[1])
        if tense == "past" and start > anchor:
            continue
        if tense == "future" and end < anchor:
            continue
        distance = 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
        candidates.append((distance, -year if tense != "future" else year, year))
    return min(candidates)[2] if candidates else anchor.year


def _explicit(text: str) -> NormalizedDate | None:
    """Dates the text states in full: 2022-06-05, June 5, 2022, 5 June 2022, June 2022, 2022."""
    if m := re.fullmatch(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", text):
        d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return _day(d, False) if d else None
    for pattern in (
        rf"{_MONTH} {_DAY},? {_YEAR}",
        rf"{_DAY} {_MONTH},? {_YEAR}",
        rf"(?:{_WEEKDAY},? )?{_MONTH} {_DAY},? {_YEAR}",
    ):
        if m := re.fullmatch(pattern, text, re.IGNORECASE):
            d = _safe_date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
            return _day(d, False) if d else None
    if m := re.fullmatch(rf"{_MONTH},? (?:of )?{_YEAR}", text, re.IGNORECASE):
        return _month(int(m["year"]), MONTHS[m["month"].lower()], False)
    if m := re.fullmatch(r"(?:the )?(?:year )?(?P<year>1\d{3}|20\d{2})", text, re.IGNORECASE):
        return _year(int(m["year"]), False)
    return None


def _deictic(text: str, anchor: date, tense: str) -> NormalizedDate | None:
    """Expressions that point from the publication date: yesterday, last Sunday, last March, this year."""
    lowered = text.lower()
    offsets = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
               "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}  # fmt: skip
    if lowered in offsets:
        return _day(anchor + timedelta(days=offsets[lowered]), True)
    if m := re.fullmatch(rf"(?P<which>last|this|next|this coming|this past)? ?{_WEEKDAY}", lowered):
        return _day(_weekday(anchor, WEEKDAYS[m["weekday"]], m["which"], tense), True)
    if m := re.fullmatch(rf"(?P<which>last|this|next) {_MONTH}", lowered):
        month = MONTHS[m["month"]]
        if m["which"] == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif m["which"] == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:
            year = anchor.year
        return _month(year, month, True)
    if m := re.fullmatch(r"(?P<which>last|this|next|the past|the coming) (?P<unit>month|year)", lowered):
        step = {"last": -1, "the past": -1, "next": 1, "the coming": 1}.get(m["which"], 0)
        if m["unit"] == "year":
            return _year(anchor.year + step, True)
        return _month_after(anchor.year, anchor.month, step)
    if m := re.fullmatch(r"(?P<which>last|this|next) week", lowered):
        return _week(anchor, {"last": -1, "next": 1}.get(m["which"], 0))
    if m := re.fullmatch(r"(?P<date>.+?),? (?:of )?(?P<which>last|this|next) year", text, re.IGNORECASE):
        year = anchor.year + {"last": -1, "next": 1}.get(m["which"].lower(), 0)
        found = _explicit(f"{m['date']}, {year}") or _explicit(f"{m['date']} {year}")  # "June 24 of next year"
        return NormalizedDate(found.value, found.granularity, True) if found else None
    return _ago(lowered, anchor)


def _week(anchor: date, step: int) -> NormalizedDate | None:
    """ "last week" as the month it fell in, when all of it did (Monday to Sunday); None when it spans two."""
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    sunday = monday + timedelta(days=6)
    return (
        _month(monday.year, monday.month, True) if (monday.year, monday.month) == (sunday.year, sunday.month) else None
    )


def _weekday(anchor: date, weekday: int, which: str | None, tense: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if which in ("last", "this past"):
        return anchor - timedelta(days=back or 7)
    if which in ("next", "this coming"):
        return anchor + timedelta(days=ahead or 7)
    if tense == "future" or ahead == 1:
        return anchor + timedelta(days=ahead)  # "hit early Wednesday" in a story dated Tuesday: a time zone away,
    return anchor - timedelta(days=back)  # not six days back


def _ago(lowered: str, anchor: date) -> NormalizedDate | None:
    """ "Ten years ago", "a month ago", "three days ago": counted back from the anchor."""
    m = re.fullmatch(rf"(?P<n>\d+|{'|'.join(NUMBER_WORDS)}) {_UNIT} ago", lowered)
    if not m:
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
    unit = m["unit"]
    if unit == "year" and n >= 10 and n % 10 == 0:
        return None  # "cured ten years ago": a round figure, no year to print (2009 or 2008?)
    if unit == "day":
        return _day(anchor - timedelta(days=n), True)
    if unit == "week":  # "two weeks ago" is no exact day: its month, where the days around it keep to one
        around = [anchor - timedelta(weeks=n, days=shift) for shift in (-3, 3)]
        month = {(d.year, d.month) for d in around}
        return _month(*around[0].timetuple()[:2], True) if len(month) == 1 else None
    if unit == "month":  # "six months ago": a month give or take, so its year, where the month either side keeps it
        around = {_month_after(anchor.year, anchor.month, -n + step).value[:4] for step in (-1, 0, 1)}
        return _year(int(around.pop()), True) if len(around) == 1 else None
    years = {"year": 1, "decade": 10, "century": 100}[unit] * n
    return _year(anchor.year - years, True)


def _narrating_another_time(context: NormalizedDate, anchor: date) -> bool:
    """True when the text's last date lies years away from the publication date: the story is set then."""
    return abs(int(context.value[:4]) - anchor.year) > 1


def _partial(
    text: str, anchor: date | None, context: NormalizedDate | None, tense: str, recent: bool = True
) -> NormalizedDate | None:
    """A month and day, or a month alone, without a year: the year comes from the anchor or the context
    (from the anchor when the context lies years from it and was not `recent`: a news story that recalled 1908
    a paragraph ago is back to its own days)."""
    m = re.fullmatch(rf"(?:{_WEEKDAY},? )?{_MONTH} {_DAY}", text, re.IGNORECASE) or re.fullmatch(
        rf"(?:{_WEEKDAY},? )?{_DAY} {_MONTH}", text, re.IGNORECASE
    )
    if m:
        month, day = MONTHS[m["month"].lower()], int(m["day"])
    elif m := re.fullmatch(_MONTH, text, re.IGNORECASE):
        month, day = MONTHS[m["month"].lower()], None
        if m["month"].lower() in ("may", "march", "mar", "jan", "jun", "aug", "sat", "sun") and text.islower():
            return None  # "may", "march" in lower case are not months
    else:
        return None
    if context is not None and (anchor is None or _narrating_another_time(context, anchor)):
        back_to_its_days = anchor is not None and not recent  # news that recalled 1908 a paragraph ago
        year = _nearest_year(month, day, anchor, tense) if back_to_its_days else int(context.value[:4])
    elif anchor is not None:
        year = _nearest_year(month, day, anchor, tense)
    else:
        return None
    if day is None:
        return _month(year, month, True)
    d = _safe_date(year, month, day)
    return _day(d, True) if d else None


def _narrative(text: str, context: NormalizedDate | None) -> NormalizedDate | None:
    """ "The next day", "the following year": counted from the last date the text gave."""
    if context is None:
        return None
    lowered = text.lower()
    named = re.fullmatch(rf"(?:the )?(?P<which>next|following) (?P<month>{'|'.join(MONTH_NAMES)})", lowered)
    if named and context.granularity in ("day", "month"):
        year, month = int(context.value[:4]), MONTHS[named["month"]]
        return _month(year + (month <= int(context.value[5:7])), month, True)  # "the following January" of 1605's
        # November is January 1606
    m = re.fullmatch(
        r"(?:the )?(?P<which>next|following|previous|preceding) (?P<unit>day|morning|evening|night|month|year)", lowered
    )
    if not m:
        return None
    step = 1 if m["which"] in ("next", "following") else -1
    unit = m["unit"] if m["unit"] in ("month", "year") else "day"  # "the next morning" is the next day
    return _counted(context, unit, step)


_LATER = re.compile(
    rf"(?i)(?:(?P<n>a|an|one|{'|'.join(NUMBER_WORDS)}|\d+) (?P<unit>day|week|month|year)s? later|after "
    rf"(?P<n2>a|an|one|{'|'.join(NUMBER_WORDS)}|\d+) (?P<unit2>day|week|month|year)s?)"
)


def _later(m: re.Match, context: NormalizedDate | None) -> NormalizedDate | None:
    """ "Three years later" -> 1851 after 1848; "a month later" -> the next month; days and weeks from a day."""
    if context is None:
        return None
    word, unit = (m["n"] or m["n2"]).lower(), m["unit"] or m["unit2"]
    n = 1 if word in ("a", "an", "one") else int(word) if word.isdigit() else NUMBER_WORDS[word]
    return _counted(context, "day", 7 * n) if unit == "week" else _counted(context, unit, n)


def _counted(context: NormalizedDate, unit: str, n: int) -> NormalizedDate | None:
    """The date `n` days, months or years from the story's last date, at a granularity the context holds."""
    year = int(context.value[:4])
    if unit == "year":
        return _year(year + n, True)
    if unit == "month" and context.granularity in ("day", "month"):
        return _month_after(year, int(context.value[5:7]), n)
    if unit == "day" and context.granularity == "day":
        return _day(date.fromisoformat(context.value) + timedelta(days=n), True)
    return None


def _month_after(year: int, month: int, step: int) -> NormalizedDate:
    """The month `step` months after (or before) the given one."""
    index = year * 12 + month - 1 + step
    return _month(index // 12, index % 12 + 1, True)


# "the last week", "the past month": the period up to the day of writing, no week or month of the calendar.
_UP_TO_NOW = re.compile(r"(?i)(?:(?:during|in|over|for|within|throughout) )?the (?:last|past) (?:week|month|year)")

# "The next year", "the following month": counted from the story's last date, not from the day of writing.
COUNTED_FROM_THE_STORY = re.compile(r"(?i)the (?:next|following|previous|preceding) ")


def normalize(
    text: str,
    anchor: date | None = None,
    context: NormalizedDate | None = None,
    tense: str = "past",
    recent: bool = True,
) -> NormalizedDate | None:
    """Normalize a date expression; None when it is not a date (a duration, "daily") or cannot be resolved.

    `anchor` is the publication date (None for a history, where nothing counts from the day of writing);
    `context` the last date the text mentioned before this one, `recent` when it was in the same sentence or
    the one before; `tense` ("past", "present", "future") picks the side of the anchor for a date without a
    year.
    """
    raw = _clean_keep_article(text)
    if later := _LATER.fullmatch(raw):
        return _later(later, context)  # "Three years later": counted from the story, never a length of time
    if re.search(r"\d0['\u2019]s\b", text):
        return None  # "the late 1860's": a decade written with an apostrophe, as "the 1860s" (not the year 1860)
    if _UP_TO_NOW.fullmatch(raw) and not re.search(r"['\u2019]s$", text.strip()):  # not "the last year's"
        return None  # "six new cases during the last week": the seven days up to the writing, not last week
    cleaned = _clean(text)
    if not cleaned or is_duration(cleaned):
        return None
    if COUNTED_FROM_THE_STORY.match(raw):
        return _narrative(raw, context)  # "the next year" counts from the story, "next year" from today
    if found := _archaic(raw, anchor, context):
        return found
    if found := _explicit(cleaned):
        return found
    if anchor is not None and (found := _deictic(cleaned, anchor, tense)):
        return found
    if found := _partial(cleaned, anchor, context, tense, recent):
        return found
    return _narrative(cleaned, context)


_RATE = re.compile(r"(?i)\b(?:each|every|per|a|an)\s+(?:day|night|week|month|year|hour|minute|morning|evening)\b")


def tells_a_past(text: str, published: date | None) -> bool:
    """True for a history or a biography: the years it states lie years before its date of publication and
    none near it, and nothing in it counts from the day of writing ("yesterday", "on Tuesday", "this week").
    Its dates without a year follow its own story; "Sunday" or "today" say nothing it can resolve."""
    if published is None:
        return True
    years = [int(y) for y in YEAR.findall(_SINCE_A_YEAR.sub(" ", text))]  # not "its lowest level since 1985"
    near = [y for y in years if published.year - 2 <= y <= published.year + 1]
    told = _QUOTED.sub(" ", text)  # "tomorrow will be a day of rejoicing", Gandhi said: his day, not the writer's
    return bool(years) and not near and not _NEWS_DEIXIS.search(told)


# A year a news story measures its own days against: "the pound fell to its lowest level since 1985", "the
# highest turnout since 1992".
_SINCE_A_YEAR = re.compile(r"(?i)\b(?:lowest|highest|biggest|largest|smallest|worst|best|first|most|least)\b[^.;]{0,60}"
                           r"\bsince (?:the (?:end|start) of )?\d{4}\b")  # fmt: skip


def _unnamed(pattern: str) -> str:
    """The pattern with its named groups made plain ones, for a pattern that uses a group twice."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_WEEKDAY_DATED = re.compile(
    _unnamed(rf"(?i)\b{_WEEKDAY},? (?:{_DAY},? {_MONTH}|{_MONTH} {_DAY}),? ") + r"(?P<year>\d{4})\b"
)


def narrates_weekdays(text: str, published: date | None) -> bool:
    """True for a text that gives a day of a year long before its date of publication with its weekday ("on
    Sunday, 2 September, 1666"): its "Tuesday" may be that story's as well as the writer's week."""
    return published is not None and any(
        abs(int(m["year"]) - published.year) > 1 for m in _WEEKDAY_DATED.finditer(text)
    )


_SEASON = "spring|summer|autumn|fall|winter"  # "expected to close this summer"
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
_NEWS_DEIXIS = re.compile(
    rf"(?i)\b(?:yesterday|tonight|tomorrow|(?<!the )(?:this|last|next) (?:week|month|year|{_SEASON})|(?<!\ba )"
    r"(?<!Easter )(?<!Good )(?<!Palm )(?<!Black )(?<!Bloody )(?<!Ash )(?<!Holy )(?<!Super )(?<!Cyber )"
    rf"(?:{'|'.join(WEEKDAYS)})\b(?!,? (?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:{'|'.join(calendar.month_name[1:])})))"
)  # "said on Tuesday", "rose Thursday"; not "on Sunday, June 18" or "a Sunday", which a history writes too


def is_rate(text: str) -> bool:
    """True for how often, not when: "each day", "a year", "per hour" ("carries 14 million passengers each
    day": cut the rate and the figure says something else)."""
    return _RATE.search(text) is not None and not re.search(r"\bago\b", text, re.IGNORECASE)


def is_duration(text: str) -> bool:
    """True for spans of time rather than points in it: "five months", "two years", "a decade"."""
    lowered = text.lower()
    if re.search(r"\bago\b", lowered):
        return False
    counted = rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)}|several|few|many|some)(?:[\s-]+(?!next\b|last\b|this\b|of\b)\w+)?"
    if re.search(rf"{counted}[\s-]+{_UNIT}\b", lowered):
        return True  # "five months", "two full years"; not "June 24 of next year"
    return bool(
        re.fullmatch(
            r"(?:coming|past|over|for|within|the last|the past|the next)?\s*(?:a |one )?(?:decade|century)", lowered
        )
    )
