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
    r"|\b[A-Z][a-z]+- [A-Z][a-z]+"  # "Anheuser- Busch": one in a name
    r"|<<|>>"  # "<< too SAN loo vair TOOR, >>": a page's pronunciation markup
    r"|\b[A-Z][a-z]+\d\b"  # "Al1 Bateen Executive Airport": a stray key pressed into a name
    r"|\b(?:of|to|in|on|at|for|by|from|with)[A-Z][a-z]{2,}"  # "the commune ofPompei": a space lost
    r"|\b(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]pproximately), \d"  # "About, 73 BC,": a hedge cut off
    r"|(?<=\w) --(?=\w)|(?<=\w)-- (?=\w)"  # "eight legions --more than 40,000": a dash spaced on one side only
    r"|\w['\u2019] s\b"  # "Congo' s independence": a space in a possessive
    r"|\b[A-Z][a-z]{3,}\d{3,4}\b"  # "Bibliography1895": a heading run into its first line
)  # "vote..", "Australia,Governor-General", "stock,a", "May29,2019", "43 in Puebla , three", "Wesel,,", "7,5000",
# "Bass''", "Commodore Commodore", "the the", "(nyse: CGA news people)": a page's leftovers; "according tothe"


def slipped(question: Question) -> bool:
    """True for a question that prints a slip of grammar or haste or a misspelt word, or comes from a sentence
    typed in haste."""
    if SLIP.search(question.prompt) or HASTE.search(question.prompt) or HASTE.search(question.source):
        return True
    if any(m.group(1) not in ("had", "that") for m in _DOUBLED.finditer(question.prompt)):
        return True  # "Roddick held his his serve"; not "he had had", "said that that"
    first = re.match(r"[A-Z][a-z]{3,}\b", question.prompt)
    if first and first[0].lower() in _RUN_TOGETHER:
        return True  # "Atleast 15 people were reported killed": a space lost in the opening word (not "Atwood")
    if len(_TITLE_CASE_SMALL.findall(question.prompt)) >= 2:
        return True  # "The Developed Nations Agreed To A Cut Greenhouse-gas Emissions By _____.": a headline
    return any(typo(word) for word in _LOWER_WORD.findall(_shown(question)))


def _shown(question: Question) -> str:
    """All the words a question prints: its prompt, its answer and its choices."""
    return " ".join((question.prompt, question.answer, *question.choices))


# The small words a headline capitalises and a sentence does not, after its first word.
_TITLE_CASE_SMALL = re.compile(r"(?<=[a-z] )(?:To|A|An|By|Of|In|On|For|And|With|At|From|Into|Is|Are|Was)(?= [A-Z_])")
_DOUBLED = re.compile(r"\b([a-z]+) \1\b")
# A word in lower case, whole: not part of a name, a contraction or a compound ("Voyager`s", "ill-fated").
_LOWER_WORD = re.compile(r"(?<![\w'\u2019`-])[a-z]{6,}(?![\w'\u2019`-])")
# Short words a slip of the space bar joins to the next or the last: "saidto", "inspite".
_SMALL_WORDS = frozenset("the to in of at for by and from with".split())  # not "on" ("onboard"), "as" ("mansas")


@functools.lru_cache(maxsize=4096)
def typo(word: str) -> bool:
    """True for a word no dictionary knows that is one slip from one it does: a letter left out, added, changed
    or two swapped ("villian", "agression", "berween", "continiued"), or a space lost after or before a short
    word ("saidto", "inspite"). A rare word no slip away from a known one ("mechanician", "coronavirus") is
    no typo, nor one a slip from a rare one ("quaestor", a letter from "questor"); a word that is one slip from a
    common one is taken for a typo ("materiel" beside "material"): the question is left out, the article's words
    are never changed."""
    if _known(word):
        return _a_misspelt_form(word)
    if _space_lost(word):
        return True
    return any(_dictionary().get(near, 0) >= _COMMON for near in _one_slip_away(word) if near[0] == word[0])
    # a slip keeps the first letter: "griots" is no "riots"


# Words a hasty hand runs together, which may open a sentence in capitals: "Atleast", "Inspite".
_RUN_TOGETHER = frozenset("atleast inspite alot infact incase aswell eventhough inorder upto ofcourse".split())


def _space_lost(word: str) -> bool:
    """True for a word no dictionary knows that is a short word and a known one run together: "saidto",
    "inspite", "atleast"."""
    if _known(word):
        return False
    for i in range(1, len(word)):
        first, rest = word[:i], word[i:]
        if (first in _SMALL_WORDS and len(rest) >= 3 and _known(rest)) or (
            rest in _SMALL_WORDS and len(first) >= 3 and _known(first)
        ):
            return True
    return False


# How often pyspellchecker's list counts a word one slip away for the slip to be the likely story: "villain"
# (7,120) for "villian", "whirlwind" (1,528) for "whirwind", not "yearned" (1,080) for "yearend" nor "vocalist"
# (525) for "localist".
_COMMON = 1500


def _known(word: str) -> bool:
    from lemminflect import getAllLemmas

    if getAllLemmas(word) or word in _dictionary():
        return True
    return word.endswith("s") and (bool(getAllLemmas(word[:-1])) or word[:-1] in _dictionary())  # "sepoys"


def _a_misspelt_form(word: str) -> bool:
    """True for a word lemminflect lists beside a common form one slip from it, that pyspellchecker does not know:
    "occured" beside "occurred", "refered" beside "referred" (lemminflect learnt its forms from text as written).
    A British spelling it alone knows has no such twin: "honoured", "defence", "colours"."""
    from lemminflect import getAllInflections, getAllLemmas

    if word in _dictionary():
        return False
    near = _one_slip_away(word)
    forms = {
        form
        for lemmas in getAllLemmas(word).values()
        for lemma in lemmas
        for same in getAllInflections(lemma).values()
        if word in same
        for form in same
    }
    plurals = {word[:-1], word + "s"}  # "liberations": one of them, not a slip
    return any(_dictionary().get(form, 0) >= _COMMON for form in (forms & near) - plurals)


@functools.lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """pyspellchecker's English words and how often its sources use them (US spellings; lemminflect knows the
    British forms, "honoured")."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


def _one_slip_away(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = "abcdefghijklmnopqrstuvwxyz"
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    ) - {word}


def misspelt(question: Question, article_text: str) -> bool:
    """True when the question prints a name the article misspells once."""
    shown = _shown(question)
    return any(re.search(rf"\b{re.escape(word)}\b", shown) for word in misspelt_names(article_text))


def shouted(question: Question, article_text: str) -> bool:
    """True when the question prints in capitals a name the article writes so once, and in small letters elsewhere:
    "When was NIGHTINGALE born at Florence?", of a dictionary entry that opens "NIGHTINGALE, FLORENCE (1820-1910)"
    (not "FARC" of a page that also writes "Farc", nor "Navy SEAL" beside "the Seal team")."""
    words = [m[2] for m in re.finditer(r"(\S*) ?\b([A-Z]{4,})\b", _shown(question)) if not m[1][:1].isupper()]
    return any(  # not in a name: "Thai Navy SEAL team"
        len(re.findall(rf"\b{word}\b", article_text)) == 1 and re.search(rf"\b{word.capitalize()}\b", article_text)
        for word in words
    )


def pronoun_after_a_name(question: Question, article_text: str) -> bool:
    """True when the question prints a name with "He" or "She" typed after it, a slip of an article that writes
    the name with a verb elsewhere: "Atatürk He was born on May 19, 1881", beside "Atatürk began" (not "Zheng He
    sailed", the admiral's name)."""
    for name in re.findall(r"(?:^|(?<=[a-z\u00df-\u00ff,] ))([A-Z][\w'\u2019-]+) (?:He|She) [a-z]", question.prompt):
        if re.search(rf"\b{re.escape(name)} [a-z]", article_text):
            return True
    return False


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
