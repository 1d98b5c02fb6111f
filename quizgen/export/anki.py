"""The quiz as an Anki deck (.apkg, via genanki), built to update in place when rebuilt.

Model ids are fixed forever; note GUIDs come from the article's identity and the question's key
(the fact it tests and its shape), never from the wording, so a rebuilt deck updates the notes.
"""

from __future__ import annotations

import hashlib
import html
import os
import time
from pathlib import Path
from typing import Any

import genanki

from quizgen.dates import render
from quizgen.export.atomic import write_atomically
from quizgen.models import Article, Question, Quiz
from quizgen.questions import article_identity
from quizgen.templates import read_builtin

# Never change these ids or the field names: Anki identifies note types by them.
BASIC_MODEL_ID = 1_729_384_501
CLOZE_MODEL_ID = 1_729_384_502
GUID_NAMESPACE = "quizgen"
_FIELDS = ["Source", "Article", "Date", "Link"]


def _template(name: str, stem: str) -> dict[str, str]:
    return {
        "name": name,
        "qfmt": read_builtin(f"anki/{stem}_front.html"),
        "afmt": read_builtin(f"anki/{stem}_back.html"),
    }


def basic_model() -> genanki.Model:
    """The Basic-style note type: question on the front, answer and citation on the back."""
    return genanki.Model(
        BASIC_MODEL_ID,
        "quizgen Basic",
        fields=[{"name": n} for n in ["Question", "Answer", *_FIELDS]],
        templates=[
            {
                "name": "Card 1",
                "qfmt": read_builtin("anki/basic_front.html"),
                "afmt": read_builtin("anki/basic_back.html"),
            }
        ],
        css=read_builtin("anki/card.css"),
    )


def cloze_model() -> genanki.Model:
    """The Cloze note type: the sentence with one gap, the citation on the back."""
    return genanki.Model(
        CLOZE_MODEL_ID,
        "quizgen Cloze",
        fields=[{"name": n} for n in ["Text", "Extra", *_FIELDS]],
        templates=[
            {
                "name": "Cloze",
                "qfmt": read_builtin("anki/cloze_front.html"),
                "afmt": read_builtin("anki/cloze_back.html"),
            }
        ],
        css=read_builtin("anki/card.css"),
        model_type=genanki.Model.CLOZE,
    )


def escape_field(text: str) -> str:
    """Article text as literal card text: HTML escaped, and Anki's own syntax ({{, [sound:) defused."""
    escaped = html.escape(text, quote=True)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("[", "&#91;").replace("]", "&#93;")


def stable_id(text: str) -> int:
    """A positive 31-bit id derived from text (for decks: the same name, the same deck)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) & 0x7FFFFFFF | 1 << 30


def _citation(article: Article) -> list[str]:
    link = article.source if article.source.startswith(("http://", "https://")) else ""
    day = render(article.date.isoformat(), "day") if article.date else ""
    return [escape_field(article.title), escape_field(day), escape_field(link)]


def _tag(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_:" else "_" for c in text)


def note_for(question: Question, article: Article) -> genanki.Note:
    """One note for one question, its GUID from what identifies it."""
    tags = ["quizgen", _tag(article.id), _tag(f"kind:{question.kind}"), _tag(f"type:{question.type}")]
    guid = genanki.guid_for(GUID_NAMESPACE, article_identity(article), question.key)
    citation = _citation(article)
    if question.type == "cloze" and question.gap:
        before, answer, after = question.gap
        text = f"{escape_field(before)}{{{{c1::{escape_field(answer)}}}}}{escape_field(after)}"
        return genanki.Note(model=cloze_model(), fields=[text, "", escape_field(question.source), *citation],
                            tags=tags, guid=guid)  # fmt: skip
    fields = [escape_field(question.prompt), escape_field(question.answer), escape_field(question.source), *citation]
    return genanki.Note(model=basic_model(), fields=fields, tags=tags, guid=guid)


def build_timestamp() -> float:
    """Note modification time: SOURCE_DATE_EPOCH for reproducible builds, else now (Anki updates newer notes)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return float(epoch) if epoch and epoch.isdigit() else time.time()


def write_anki(quiz: Quiz, path: Path, *, deck_name: str | None = None, **_: Any) -> Path:
    """Write the quiz as an .apkg deck named after the article (or `deck_name`)."""
    articles = {r.article.id: r.article for r in quiz.articles}
    name = deck_name or quiz.title
    decks: dict[str, genanki.Deck] = {}
    for question in quiz.questions:
        article = articles[question.article_id]
        deck_title = name if len(articles) == 1 else f"{name}::{article.title}"
        deck = decks.setdefault(deck_title, genanki.Deck(stable_id(deck_title), deck_title))
        deck.add_note(note_for(question, article))
    package = genanki.Package(list(decks.values()))
    timestamp = build_timestamp()
    return write_atomically(Path(path), lambda tmp: package.write_to_file(str(tmp), timestamp=timestamp))
