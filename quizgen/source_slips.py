"""The source's slips a question would print: "was also became", "stock,a", "7,5000", "Michael Farady" beside
Faraday. Articles are copied as they were written; a quiz should not teach their typos."""

from __future__ import annotations

import functools
import re

from quizgen.models import Question

# An auxiliary before a simple past no participle shares: the source's slip, which a question would repeat.
SLIP = re.compile(
    r"\b(?:was|were|is|are|has|have|had)(?: also| not| then| later)? "
    r"(?:became|began|went|came|ran|did|saw|took|gave|wrote|grew|knew|flew|drove|rose|spoke|broke|chose|fell)\b"
)
HASTE = re.compile(
    r"(?<![.\s])\.\.(?!\.)|[a-z],[A-Za-z]|[a-z]\d{1,2},\d{4}\b|\w ,|,,|\b\d{1,3},\d{4,}\b|''"
    r"|\b([A-Z][a-z]+|[Tt]he) \1\b|\((?:nyse|nasdaq|lse|tsx|asx|otc):"  # lower case: a page's ticker widget
    r"|\b(?:to|of|in|on|at|and|for|by|from|with|into)the\b"
    r"|(?<=[a-z,] )(?:Him|Hers|(?:Her|His)(?! Majesty| Royal| Excellency| Highness| Holiness))\b"
    # "for working with Him": a name mistyped, or a pronoun typed so
    r"|\b(?:of|than)[,.](?=\s|$)"  # "a distance of, flying alone": the figure fell out
    r"|\b[a-z]{2,}- (?!and\b|or\b|to\b)[a-z]{3,}"  # "inter- planetary": a line-break hyphen left in
    r"|<<|>>"  # "<< too SAN loo vair TOOR, >>": a page's pronunciation markup
    r"|\b[A-Z][a-z]+\d\b"  # "Al1 Bateen Executive Airport": a stray key pressed into a name
    r"|\b(?:of|to|in|on|at|for|by|from|with)[A-Z][a-z]{2,}"  # "the commune ofPompei": a space lost
)  # "vote..", "Australia,Governor-General", "stock,a", "May29,2019", "43 in Puebla , three", "Wesel,,", "7,5000",
# "Bass''", "Commodore Commodore", "the the", "(nyse: CGA news people)": a page's leftovers; "according tothe"


def slipped(question: Question) -> bool:
    """True for a question that prints a slip of grammar or haste, or comes from a sentence typed in haste."""
    return bool(SLIP.search(question.prompt) or HASTE.search(question.prompt) or HASTE.search(question.source))


def misspelt(question: Question, article_text: str) -> bool:
    """True when the question prints a name the article misspells once."""
    shown = " ".join((question.prompt, question.answer, *question.choices))
    return any(re.search(rf"\b{re.escape(word)}\b", shown) for word in misspelt_names(article_text))


@functools.lru_cache(maxsize=64)
def misspelt_names(text: str) -> frozenset[str]:
    """Capitalised words the text writes once and a letter away from a name it writes at least twice: "Farady"
    beside "Faraday", "Lodhi" beside "Lodi" (one of them is a slip, and the question would print it)."""
    from lemminflect import getAllLemmas

    counts: dict[str, int] = {}
    for word in re.findall(r"\b[A-Z][a-z]{3,}\b", text):
        counts[word] = counts.get(word, 0) + 1
    often = {w for w, n in counts.items() if n >= 2}
    once = [w for w, n in counts.items() if n == 1 and len(w) >= 6 and not getAllLemmas(w.lower())]
    once = [w for w in once if not w.endswith(("ans", "ese"))]  # "Texans" beside "Texas": its people
    return frozenset(w for w in once if any(_a_letter_away(w, o) for o in often))  # not "Many" beside "Mary"


def _a_letter_away(one: str, other: str) -> bool:
    """True for two words one letter apart (one left out, added or changed), not a plural or a possessive."""
    if abs(len(one) - len(other)) > 1 or one == other or one.rstrip("s") == other.rstrip("s"):
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other, strict=True)) == 1 and one[-1] == other[-1]
    short, long = sorted((one, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))
