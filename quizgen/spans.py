"""What fact extraction reads off a sentence again and again, asked of spaCy once and kept on the Doc.

spaCy makes new Python objects whenever a sentence is read: iterating it makes a `Token` per word, its
`.text` joins those words again, and its `.ents` walks every entity of the whole paragraph (a new `Span`
each). Extraction reads each sentence many times over (once per fact, once per cut it tries), so these
helpers keep the first answer in the Doc's `user_data`, keyed by the span's boundaries. The parse is not
changed after the pipeline has run, so what is kept stays true for as long as the Doc lives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


_PREFIX = "quizgen_"


def once_per_span(span: Span, name: str, work: Callable[[Span], T]) -> T:
    """`work(span)`, worked out the first time it is asked for this span and kept on its Doc."""
    key = (f"{_PREFIX}{name}", span.start, span.end)
    kept = span.doc.user_data
    if key not in kept:
        kept[key] = work(span)
    return kept[key]


def tokens(span: Span) -> tuple[Token, ...]:
    """The span's tokens, made once."""
    return once_per_span(span, "tokens", tuple)


def ents(span: Span) -> tuple[Span, ...]:
    """The named entities wholly inside the span (as `span.ents`), found once."""
    return once_per_span(span, "ents", lambda s: tuple(s.ents))


def text(span: Span) -> str:
    """The span's text (as `span.text`), joined once."""
    return once_per_span(span, "text", lambda s: s.text)


def release(docs: Iterable[Doc]) -> None:
    """Forget what was kept on these Docs, once their facts are out. The kept tokens and spans point back
    to their Doc, so until then each Doc is freed only by Python's cycle collector, late and at a cost."""
    for doc in docs:
        for key in [k for k in doc.user_data if isinstance(k, tuple) and str(k[0]).startswith(_PREFIX)]:
            del doc.user_data[key]
