"""Is this article English? A cheap, offline, deterministic check, so other languages get a clear error.

English prose is about half function words ("the", "of", "and"...); other languages that use the Latin
alphabet have almost none of these, and text in other scripts has few Latin letters at all.
"""

from __future__ import annotations

import re

from quizgen.errors import ArticleError

_STOPWORDS = frozenset(
    """a about after all also an and any are as at be been before but by can could did do does for from had
    has have he her him his how i if in into is it its more most my no not of on one or our out over she so
    some than that the their them then there these they this those to under up was we were what when where
    which while who will with would you your""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
MIN_ENGLISH_SHARE = 0.12  # English news runs 35-50 %; French, German, Spanish stay under 8 %
_SAMPLE_CHARS = 200_000  # enough to decide; keeps the check fast on huge inputs


def english_share(text: str) -> float:
    """The share of words in `text` that are common English function words (0.0-1.0)."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    return sum(w in _STOPWORDS for w in words) / len(words) if words else 0.0


def check_english(text: str, source: str) -> None:
    """Raise ArticleError when `text` is clearly not English."""
    sample = text[:_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return  # nothing to judge; the length check reports it
    latin = sum(bool(_LATIN.match(c)) for c in letters) / len(letters)
    share = english_share(sample)
    if latin < 0.5 or (len(_WORD.findall(sample)) >= 25 and share < MIN_ENGLISH_SHARE):
        raise ArticleError(
            f"{source}: the article does not look like English ({share:.0%} common English words, "
            f"English has over {MIN_ENGLISH_SHARE:.0%}); quizgen makes questions from English articles only"
        )
