"""The quiz as an Anki deck (.apkg, via genanki), built to update in place when rebuilt.

Note GUIDs come from the article's identity and the question's key (the fact it tests and its shape),
never from the wording, so a rebuilt deck updates the notes. The note types are in `anki_models`.

Which note type each question type becomes:
- short_answer, true_false, ordering -> quizgen Basic (an ordering lists the items on the front and
  the right order on the back; a true/false answer is "True"/"False", the cited sentence under it);
- cloze -> quizgen Cloze; multiple_choice -> quizgen Multiple choice;
- a role question (key "role:<person>") and each pair of a person matching -> quizgen Person-Role,
  one note per person, so the same person's role is one note whichever question asked for it.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import os
import sqlite3
import string
import tempfile
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import genanki

from quizgen.dates import render
from quizgen.export.anki_models import basic_model, choice_model, cloze_model, person_role_model
from quizgen.export.atomic import write_atomically
from quizgen.models import Article, ArticleResult, Question, Quiz
from quizgen.questions import article_identity

GUID_NAMESPACE = "quizgen"  # never change: it is part of every note's GUID
_ROLE_KEY = "role:"


def escape_field(text: str) -> str:
    """Article text as literal card text: HTML escaped, and Anki's own syntax ({{, [sound:) defused."""
    escaped = html.escape(text, quote=True)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("[", "&#91;").replace("]", "&#93;")


def stable_id(text: str) -> int:
    """A positive 31-bit id derived from text (for decks: the same name, the same deck)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) & 0x7FFFFFFF | 1 << 30


def _citation(question: Question, article: Article) -> list[str]:
    """The Source, Article, Date and Link fields every note type ends with."""
    link = article.source if article.source.startswith(("http://", "https://")) else ""
    day = render(article.date.isoformat(), "day") if article.date else ""
    return [escape_field(question.source), escape_field(article.title), escape_field(day), escape_field(link)]


def _tag(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_:" else "_" for c in text)


def _tags(question: Question, article: Article) -> list[str]:
    return ["quizgen", _tag(article.id), _tag(f"kind:{question.kind}"), _tag(f"type:{question.type}")]


def _guid(article: Article, key: str) -> str:
    return genanki.guid_for(GUID_NAMESPACE, article_identity(article), key)


def _list_html(tag: str, css_class: str, items: Iterable[str]) -> str:
    rows = "".join(f"<li>{escape_field(item)}</li>" for item in items)
    return f'<{tag} class="{css_class}">{rows}</{tag}>'


def choices_html(question: Question) -> str:
    """The lettered choices, the right one with class "correct" (only the back's CSS marks it)."""
    rows = []
    for letter, choice in zip(string.ascii_uppercase, question.choices, strict=False):
        css = "choice correct" if choice == question.answer else "choice"
        rows.append(f'<li class="{css}"><span class="letter">{letter}</span> {escape_field(choice)}</li>')
    return f'<ol class="choices">{"".join(rows)}</ol>'


def _choice_note(question: Question, article: Article) -> genanki.Note:
    letters = dict(zip(question.choices, string.ascii_uppercase, strict=False))
    answer = escape_field(question.answer)
    if question.answer in letters:
        answer = f"{letters[question.answer]}. {answer}"
    fields = [escape_field(question.prompt), choices_html(question), answer, *_citation(question, article)]
    return genanki.Note(model=choice_model(), fields=fields, tags=_tags(question, article),
                        guid=_guid(article, question.key))  # fmt: skip


def _cloze_note(question: Question, article: Article) -> genanki.Note:
    before, answer, after = question.gap
    # "::" inside the deletion would start a hint, so the answer's colons are escaped too.
    hidden = escape_field(answer).replace(":", "&#58;")
    text = f"{escape_field(before)}{{{{c1::{hidden}}}}}{escape_field(after)}"
    return genanki.Note(model=cloze_model(), fields=[text, "", *_citation(question, article)],
                        tags=_tags(question, article), guid=_guid(article, question.key))  # fmt: skip


def _basic_fields(question: Question) -> tuple[str, str]:
    """Question and Answer fields of a Basic note; ordering and matching lists become HTML lists."""
    prompt, answer = escape_field(question.prompt), escape_field(question.answer)
    if question.type == "ordering" and question.sequence:
        return prompt + _list_html("ul", "items", question.choices), _list_html("ol", "sequence", question.sequence)
    if question.type == "matching" and question.pairs:
        lefts = _list_html("ul", "items", [left for left, _ in question.pairs])
        pairs = _list_html("ul", "pairs", [f"{left}: {right}" for left, right in question.pairs])
        return prompt + lefts + _list_html("ul", "items", question.choices), pairs
    return prompt, answer


def _basic_note(question: Question, article: Article) -> genanki.Note:
    fields = [*_basic_fields(question), *_citation(question, article)]
    return genanki.Note(model=basic_model(), fields=fields, tags=_tags(question, article),
                        guid=_guid(article, question.key))  # fmt: skip


def role_pairs(question: Question) -> list[tuple[str, str]]:
    """The (person, role) pairs a question tests: a role question's one, a person matching's all."""
    if question.key.startswith(_ROLE_KEY) and question.type == "short_answer":
        return [(question.key[len(_ROLE_KEY) :], question.answer)]
    if question.type == "matching" and question.kind == "person":
        return list(question.pairs)
    return []


def _pair_note(question: Question, article: Article, pair: tuple[str, str], reverse: bool) -> genanki.Note:
    person, role = pair
    fields = [escape_field(person), escape_field(role), "y" if reverse else "", *_citation(question, article)]
    # The GUID names the person, not the question: a role question and a matching pair are one note.
    return genanki.Note(model=person_role_model(), fields=fields, tags=_tags(question, article),
                        guid=_guid(article, f"{_ROLE_KEY}{person}"))  # fmt: skip


def notes_for(question: Question, article: Article, unique_roles: frozenset[str] = frozenset()) -> list[genanki.Note]:
    """The notes for one question (several for a matching); a role in `unique_roles` also gets a reverse card."""
    pairs = role_pairs(question)
    if pairs:
        return [_pair_note(question, article, p, p[1].casefold() in unique_roles) for p in pairs]
    if question.type == "cloze" and question.gap:
        return [_cloze_note(question, article)]
    if question.type == "multiple_choice" and question.choices:
        return [_choice_note(question, article)]
    return [_basic_note(question, article)]


def unique_roles(result: ArticleResult, questions: Iterable[Question]) -> frozenset[str]:
    """Offices (casefolded) held by exactly one person in the article: only those can be asked backwards.

    A capitalised role ("President") names an office; a lower-case one ("activist") describes
    someone, and "Who is the activist?" rarely has one answer, so it gets no reverse card.
    """
    pairs = [(f.value or f.text, f.role) for f in result.facts if f.kind == "person" and f.role]
    pairs += [pair for question in questions for pair in role_pairs(question)]
    holders: dict[str, set[str]] = defaultdict(set)
    descriptive = set()
    for person, role in pairs:
        holders[role.strip().casefold()].add(person)
        if not role.strip()[:1].isupper():
            descriptive.add(role.strip().casefold())
    return frozenset(role for role, people in holders.items() if len(people) == 1 and role not in descriptive)


def build_timestamp() -> float:
    """Note modification time: SOURCE_DATE_EPOCH for reproducible builds, else now (Anki updates newer notes)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return float(epoch) if epoch and epoch.isdecimal() else time.time()


def _deck_part(title: str) -> str:
    """An article title as one deck level: "::" in it would nest the deck deeper than meant."""
    return " ".join(title.replace("::", ":").split())


def write_anki(quiz: Quiz, path: Path, *, deck_name: str | None = None, **_: Any) -> Path:
    """Write the quiz as an .apkg deck named after the article (or `deck_name`)."""
    several = len(quiz.articles) > 1
    name = deck_name or _deck_part(quiz.title)
    decks: dict[str, genanki.Deck] = {}
    seen: set[str] = set()
    for result in quiz.articles:
        questions = [q for q in quiz.questions if q.article_id == result.article.id]
        roles = unique_roles(result, questions)
        # Several articles share one package as sub-decks: "Name::Article title".
        title = f"{name}::{_deck_part(result.article.title)}" if several else name
        deck = decks.setdefault(title, genanki.Deck(stable_id(title), title))
        for question in questions:
            for note in notes_for(question, result.article, roles):
                if note.guid not in seen:  # one GUID, one note: a person asked twice is one note
                    seen.add(note.guid)
                    deck.add_note(note)
    package = genanki.Package(list(decks.values()))
    timestamp = build_timestamp()
    pinned = bool(os.environ.get("SOURCE_DATE_EPOCH"))
    return write_atomically(Path(path), lambda tmp: _write_package(package, tmp, timestamp, pinned))


def _write_package(package: genanki.Package, path: Path, timestamp: float, pinned: bool) -> None:
    """The .apkg: the collection database and the (empty) media list, zipped.

    genanki's own `Package.write_to_file` leaves its database in the temp folder, one file per build; this
    writes the same database in a folder removed afterwards. With `pinned` (SOURCE_DATE_EPOCH) every zip entry
    gets the build time, so the same build is the same bytes every time.
    """
    stamp = time.gmtime(max(timestamp, 315532800) if pinned else time.time())[:6]  # zip cannot date before 1980
    with tempfile.TemporaryDirectory(prefix="quizgen-anki-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        entries = [("collection.anki2", database.read_bytes()), ("media", b"{}")]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
