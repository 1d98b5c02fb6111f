"""The person a biography's title names, where the model took them for an organisation or a place, or left
them untagged: "Hypatia", a page titled with her name that opens "Hypatia, a Neo-Platonic philosopher, born
in Alexandria ...". Without this, every "she" of the page is nobody and the page gives no question."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from quizgen.people import is_role


def mark_title_person(title: str, docs: Sequence[Doc]) -> None:
    """Tag the title's name as a PERSON wherever the text writes it whole, when the text opens with that name
    and says in its first sentence what the person was (a role: "a Neo-Platonic philosopher") or that they were
    born; and only when the model did not already tag it a person there."""
    words = title.split()
    if not docs or not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return
    first = next(iter(docs[0].sents), None)
    if first is None or len(first) <= len(words) or [t.text for t in first[: len(words)]] != words:
        return
    if first[len(words) - 1].ent_type_ == "PERSON":
        return
    if not any(t.lower_ == "born" or (t.dep_ in ("appos", "attr") and is_role(t.text, t.tag_)) for t in first):
        return
    for doc in docs:
        found = [
            Span(doc, t.i, t.i + len(words), label="PERSON")
            for t in doc
            if [w.text for w in doc[t.i : t.i + len(words)]] == words
        ]
        if found:
            kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in found)]
            doc.ents = sorted([*kept, *found], key=lambda e: e.start)
