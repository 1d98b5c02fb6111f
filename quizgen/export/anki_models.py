"""The Anki note types quizgen writes: fixed ids, fixed field and template names, one shared CSS.

Anki identifies a note type by its id and matches fields by name and position: once released, never
change an id, a field name or a template name here, or every user's next import says "note type has
changed" and their notes stop updating. Templates and CSS may change (Anki updates them when newer).
"""

from __future__ import annotations

from functools import cache

import genanki

from quizgen.templates import read_builtin

BASIC_MODEL_ID = 1_729_384_501
CLOZE_MODEL_ID = 1_729_384_502
CHOICE_MODEL_ID = 1_729_384_503
PERSON_ROLE_MODEL_ID = 1_729_384_504

# The citation every note type carries, shown on the back of every card.
CITATION_FIELDS = ("Source", "Article", "Date", "Link")


def _template(name: str) -> str:
    """A card template with the shared parts written once: the article line every front opens with (a card
    is reviewed away from its article, so the story it is about is named on it) and the back's citation."""
    return (
        read_builtin(f"anki/{name}.html")
        .replace("  <!--context-->\n", read_builtin("anki/context.html"))
        .replace("  <!--citation-->\n", read_builtin("anki/citation.html"))
    )


def _model(model_id: int, name: str, fields: list[str], templates: list[tuple[str, str]], **kw: int) -> genanki.Model:
    """A note type from its field names and (template name, file stem) pairs in templates/anki/."""
    return genanki.Model(
        model_id,
        name,
        fields=[{"name": f} for f in [*fields, *CITATION_FIELDS]],
        templates=[
            {
                "name": title,
                "qfmt": _template(f"{stem}_front"),
                "afmt": _template(f"{stem}_back"),
            }
            for title, stem in templates
        ],
        css=read_builtin("anki/card.css"),
        **kw,
    )


@cache
def basic_model() -> genanki.Model:
    """Question on the front; answer and citation on the back (short answer, true/false, ordering)."""
    return _model(BASIC_MODEL_ID, "quizgen Basic", ["Question", "Answer"], [("Card 1", "basic")])


@cache
def cloze_model() -> genanki.Model:
    """The article's sentence with one gap; the citation on the back."""
    return _model(
        CLOZE_MODEL_ID, "quizgen Cloze", ["Text", "Extra"], [("Cloze", "cloze")], model_type=genanki.Model.CLOZE
    )


@cache
def choice_model() -> genanki.Model:
    """Multiple choice: lettered choices on the front, the right one marked on the back."""
    return _model(CHOICE_MODEL_ID, "quizgen Multiple choice", ["Question", "Choices", "Answer"], [("Choice", "choice")])


@cache
def person_role_model() -> genanki.Model:
    """Person and role, both ways; the role-to-person card only when the note's Reverse field is filled."""
    return _model(
        PERSON_ROLE_MODEL_ID,
        "quizgen Person-Role",
        ["Person", "Role", "Reverse"],
        [("Person to role", "person_role"), ("Role to person", "role_person")],
    )
