"""Test helpers that import genanki-written .apkg files into a real Anki collection.

Uses the real ``anki`` package (Rust backend, no Qt/GUI). Works headless and
offline; no environment variables are required. Every helper takes an open
``Collection`` from :func:`open_collection`; the caller must ``col.close()`` it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

# NB: anki.collection must be the first anki module imported; importing
# anki.cards first fails with a circular-import error.
from anki.collection import (
    CardId,
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    NoteId,
)
from anki.import_export_pb2 import (
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER,
    ImportAnkiPackageUpdateCondition,
)
from anki.scheduler.v3 import CardAnswer
from anki.scheduler.v3 import Scheduler as V3Scheduler

UpdateCondition = Literal["if_newer", "always", "never"]

_CONDITIONS: dict[str, ImportAnkiPackageUpdateCondition.ValueType] = {
    "if_newer": IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    "always": IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
    "never": IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER,
}

_RATINGS: dict[int, CardAnswer.Rating.ValueType] = {
    1: CardAnswer.AGAIN,
    2: CardAnswer.HARD,
    3: CardAnswer.GOOD,
    4: CardAnswer.EASY,
}


@dataclass(frozen=True)
class ImportSummary:
    """Per-category note counts from Anki's import log (``ImportResponse.Log``)."""

    new: int
    updated: int
    duplicate: int
    conflicting: int
    first_field_match: int
    missing_notetype: int
    missing_deck: int
    empty_first_field: int
    found_notes: int

    @property
    def total(self) -> int:
        """Number of notes the importer logged in any category."""
        return (
            self.new
            + self.updated
            + self.duplicate
            + self.conflicting
            + self.first_field_match
            + self.missing_notetype
            + self.missing_deck
            + self.empty_first_field
        )


def open_collection(folder: Path) -> Collection:
    """Create an empty collection at ``folder/collection.anki2``; caller closes it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "collection.anki2"
    if path.exists():
        raise FileExistsError(f"collection already exists: {path}")
    return Collection(str(path))


def import_apkg(
    col: Collection,
    apkg_path: Path,
    *,
    update_notes: UpdateCondition = "if_newer",
    update_notetypes: UpdateCondition = "if_newer",
    merge_notetypes: bool = False,
    with_scheduling: bool = False,
) -> ImportSummary:
    """Import an .apkg with the modern importer; defaults match Anki's presets."""
    request = ImportAnkiPackageRequest(
        package_path=str(apkg_path),
        options=ImportAnkiPackageOptions(
            update_notes=_CONDITIONS[update_notes],
            update_notetypes=_CONDITIONS[update_notetypes],
            merge_notetypes=merge_notetypes,
            with_scheduling=with_scheduling,
            with_deck_configs=False,
        ),
    )
    log = col.import_anki_package(request).log
    # ModelManager caches notetype dicts in Python and the import does not
    # invalidate it; stale entries break Note field maps after type updates.
    col.models._clear_cache()
    return ImportSummary(
        new=len(log.new),
        updated=len(log.updated),
        duplicate=len(log.duplicate),
        conflicting=len(log.conflicting),
        first_field_match=len(log.first_field_match),
        missing_notetype=len(log.missing_notetype),
        missing_deck=len(log.missing_deck),
        empty_first_field=len(log.empty_first_field),
        found_notes=log.found_notes,
    )


def notes_by_type(col: Collection) -> dict[str, int]:
    """Map note type name to note count, omitting unused (e.g. stock) types."""
    counts = col.models.all_use_counts()
    return {nt.name: nt.use_count for nt in counts if nt.use_count}


def all_tags(col: Collection) -> set[str]:
    """Return every tag registered in the collection."""
    return set(col.tags.all())


def deck_names(col: Collection) -> set[str]:
    """Return deck names incl. ``A::B`` parents; "Default" only if it has cards."""
    return {d.name for d in col.decks.all_names_and_ids(skip_empty_default=True)}


def card_ids_for_type(col: Collection, notetype_name: str) -> list[int]:
    """Return ids of all cards whose note uses the named note type, sorted ascending."""
    ntid = col.models.id_for_name(notetype_name)
    if ntid is None:
        raise KeyError(f"no note type named {notetype_name!r}")
    return sorted(col.find_cards(f"mid:{ntid}"))


def card_with_front(col: Collection, notetype_name: str, text: str) -> int:
    """Return the id of the first card of the named note type whose rendered front contains ``text``."""
    for card_id in card_ids_for_type(col, notetype_name):
        if text in render_card(col, card_id)[0]:
            return card_id
    raise KeyError(f"no {notetype_name!r} card shows {text!r} on its front")


def render_card(col: Collection, card_id: int, *, with_css: bool = False) -> tuple[str, str]:
    """Return (question HTML, answer HTML) as Anki renders them for review."""
    out = col.get_card(CardId(card_id)).render_output(reload=True)
    if with_css:
        return out.question_and_style(), out.answer_and_style()
    return out.question_text, out.answer_text


def answer_card(col: Collection, card_id: int, ease: int = 3) -> None:
    """Answer a card (1=again .. 4=easy) via the v3 scheduler; adds a revlog row."""
    sched = col.sched
    if not isinstance(sched, V3Scheduler):
        raise TypeError(f"expected the v3 scheduler, got {type(sched).__name__}")
    card = col.get_card(CardId(card_id))
    card.start_timer()
    # Same path as Scheduler.answerCard: states come from the card itself, so
    # the card need not be at the head of the queue or in the current deck.
    states = col._backend.get_scheduling_states(card.id)
    answer = sched.build_answer(card=card, states=states, rating=_RATINGS[ease])
    sched.answer_card(answer)


def card_state(col: Collection, card_id: int) -> dict[str, Any]:
    """Return scheduling fields of a card plus its number of revlog entries."""
    card = col.get_card(CardId(card_id))
    revlog = col.db.scalar("select count() from revlog where cid = ?", card.id)
    return {
        "type": card.type,
        "queue": card.queue,
        "ivl": card.ivl,
        "due": card.due,
        "reps": card.reps,
        "lapses": card.lapses,
        "revlog": revlog,
    }


def note_fields(col: Collection, note_id: int) -> dict[str, str]:
    """Return a note's fields as an ordered name -> value dict."""
    return dict(col.get_note(NoteId(note_id)).items())


def card_sheet(col: Collection, card_ids: list[int], *, night: bool = False, title: str = "cards") -> str:
    """A standalone HTML page showing each card's front and back as Anki's reviewer styles them.

    Like the reviewer, the body carries ``card cardN`` (and ``nightMode night_mode`` in night mode);
    the CSS is the first card's note type's (quizgen's note types share one). For screenshots.
    """
    mode = " nightMode night_mode" if night else ""
    sections = []
    for card_id in card_ids:
        card = col.get_card(CardId(card_id))
        out = card.render_output(reload=True)
        name = card.note_type()["name"]
        for side, html in (("front", out.question_text), ("back", out.answer_text)):
            sections.append(
                f'<section class="sheet-side"><p class="sheet-label">{name} · {side}</p>'
                f'<div class="card card{card.ord + 1}{mode}">{html}</div></section>'
            )
    style = col.get_card(CardId(card_ids[0])).render_output().css
    sheet_css = (
        "body{margin:0;padding:12px;background:#888}"
        ".sheet-side{margin:0 0 12px;border-radius:8px;overflow:hidden}"
        ".sheet-side>.card{padding:16px 8px}"
        ".sheet-label{margin:0;padding:2px 8px;font:12px monospace;background:#333;color:#fff}"
    )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{sheet_css}</style><style>{style}</style></head>"
        f'<body class="{mode.strip()}">{"".join(sections)}</body></html>'
    )
