"""What a date left relative looks like in a question: "last March", "yesterday", "on Friday", "December 13"
with no year. The pipeline writes out every date it can resolve; one left as written is one it could not, and a
question that keeps it does not stand alone (the rubric's R2)."""

from __future__ import annotations

import re

from quizgen.dates import MONTH_NAMES

_RELATIVE = re.compile(
    r"\b(?:yesterday|(?<!what is )(?<!what are )(?<!which is )(?<!which are )(?<!\()today|tomorrow|tonight|"
    r"at that time|"
    r"at the time|(?:last|this|tomorrow|yesterday) (?:night|morning|afternoon|evening)|"  # (a TIME to the model)
    r"earlier today|later today|"  # not "what are today Kyrgyzstan, Uzbekistan ...", "(today Leiyang)": our days
    r"at present|"  # "At present, China has 14 astronauts": when?
    r"recent|recently(?! \w+ed\b)|"  # not "the recently released Chrome"
    r"(?:last|this|next|coming|past) (?:week|month|year|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|spring|summer|autumn|fall|winter)|"
    r"\w+ (?:days|weeks|months|years|decades|centuries) ago|a (?:day|week|month|year|decade|century) ago|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?|years?) later|"
    r"after (?:only |just )?(?:a|an|one|two|three|four|five|\d+) (?:days?|weeks?|months?|years?)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['\u2019]s|"
    r"(?:week|month)['\u2019]s end|(?:by|before|until|till) the end of the (?:day|week|month|year)|"
    r"(?:by|before|until|till|at) (?:the )?year[- ]?end|"  # "closings ... before yearend": which year?
    r"(?:over|during|at|on) the weekend|"  # "213,000 copies sold over the weekend": which?
    r"(?:so|thus) far(?=\s*[,.;:)?]|\s*$)|on this (?:date|day)|year-ago|(?:that|the same) quarter|"
    r"(?:past|last|next|coming|following) (?:\w+ ){0,2}(?:days|weeks|months|years|decades)|"
    r"in the course of the (?:day|morning|afternoon|evening|night)|"  # "a van was recovered in the course of the
    # evening": which?
    r"in the time since|"  # since what?
    r"at (?:midday|noon|midnight)(?! (?:on|of) )|"  # "At midday Ghana was declared independent": which day?
    r"ha(?:s|ve) been \w+[^.;]{0,80}? for "  # "has been on trial ... for almost five years": up to when?
    r"(?:(?:almost |nearly |about |over |more than )?\w+ (?:days|weeks|months|years)|_____)|"
    r"in the (?:summer|spring|autumn|fall|winter)(?! of\b| \d)(?![\w ]{0,25} of \d))\b",
    re.IGNORECASE,
)  # "Friday's decision": which Friday, the date of the article says
# A month with no year: the story's dates are written out with theirs, so one left bare is one it could not date.
_MONTHS = "|".join(sorted(m.capitalize() for m in MONTH_NAMES))
_BARE_MONTH = re.compile(rf"\bin (?:{_MONTHS})\b(?![\s,]*\d)")
# A day with no year: the story's dates are written out with theirs ("December 13" in a May 2023 story: which?).
_YEAR_FOLLOWS = rf"(?!,? ?\d|\s*[-\u2013]\s*\d| of \d| (?:or|and|to) (?:(?:{_MONTHS}) )?\d{{1,2}},? \d{{4}})"
_BARE_DAY = re.compile(
    rf"\b(?:{_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b{_YEAR_FOLLOWS}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{_MONTHS})\b{_YEAR_FOLLOWS}"  # "on the 7th of October"
)
# "sworn in on Friday": a weekday left as it was, the day not written out.
_BARE_WEEKDAY = re.compile(
    r"(?<!Good )(?<!Palm )(?<!Black )(?<!Bloody )(?<!Super )(?<!Easter )(?<!Holy )(?<!Ash )(?<!Cyber )"
    r"(?<!\ba )(?<!\bor )(?<!\bevery )(?<!\beach )"  # "fall on a Monday or Friday": any one, every year
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:(?:{_MONTHS}) )?\d{{1,2}}\b)"
)  # "Blair Thursday signalled ...", "on Wednesday of 395 votes", "after midnight Sunday 370 miles south"; not
# "Good Friday" or "on Sunday, June 18"
_EVERY_YEAR = re.compile(
    r"(?i)\b(?:usually|annually|typically|often|(?:every|each) (?:year|spring|summer|autumn|fall|winter))\b"
)  # not "each other"


# "Twelve years earlier": earlier than the sentence before, unless the sentence dated something before it.
_EARLIER = re.compile(
    r"(?i)\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:days?|weeks?|months?|"
    r"years?) earlier|"
    # "Hours earlier, Mubarak left Cairo", "Approximately 20 minutes later", "A fortnight later": than what?
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|few) )?(?:hours?|minutes?|"
    r"seconds?|moments?|fortnight) (?:later|earlier)|"
    # "Cicero, about 140 years afterward, ...", "Shortly afterwards": after what?
    r"(?<!\()(?:(?:soon|shortly|not long|immediately|(?:about |some |nearly )?\w+ (?:days?|weeks?|months?|years?)) )?"
    r"afterwards?|(?:later|earlier) that (?:day|morning|afternoon|evening|night|week|month|year))\b"
    # not "The earl of Mornington (afterward Marquis Wellesley)"; "due to dock later that afternoon": which day?
)


def relative_date_in(text: str) -> bool:
    """True for a date left relative ("last March", "yesterday", "ten years ago", "pleaded guilty in June" where
    the story did not say which June, unless the sentence tells what happens every year)."""
    if _RELATIVE.search(text) is not None or _BARE_WEEKDAY.search(text) is not None:
        return True
    if (earlier := _EARLIER.search(text)) and not re.search(r"\b\d{3,4}\b|\d:\d\d", text[: earlier.start()]):
        return True  # not "the April 24, 2013 disaster ... a fire less than five months earlier", nor "at 8:45 ...
        # minutes later"; but "promulgated 36 years earlier by Catherine de Medici, ... on 1 March 1562": earlier
        # than what the sentence before said
    return (_BARE_MONTH.search(text) or _BARE_DAY.search(text)) is not None and _EVERY_YEAR.search(text) is None
