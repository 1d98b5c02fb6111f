"""How answers, prompts and article text are compared: lower case, punctuation to spaces, whole words."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=4096)
def mentions(answer: str, text: str) -> int:
    """How often the answer appears in the text, as whole words (cached: asked once per candidate)."""
    if text.count(answer) < 4:
        return text.count(answer)  # a plain count is enough to know it is not the topic, and much faster
    return len(re.findall(rf"\b{re.escape(answer)}\b", text))


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower case, punctuation to spaces: the form answers and prompts are compared in."""
    return re.sub(r"[^\w%]+", " ", text.lower().replace("’", "'")).strip()


def has_words(needle: str, text: str) -> bool:
    """True when `needle` occurs in `text` as whole words (both normalised)."""
    return bool(needle) and needle in text and re.search(rf"\b{re.escape(needle)}\b", text) is not None


def initials(name: str) -> str:
    """ "the Kennedy Space Center", "The Securities and Exchange Commission" -> "KSC", "SEC"; "" for a name of
    fewer than two capitalised words."""
    words = [w for w in re.sub(r"^[Tt]he ", "", name).split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""
