"""A QTI 1.2 package (.zip) for Canvas: imsmanifest.xml and one assessment, as Canvas exports them.

Multiple choice, true/false and short answer map directly; a cloze is a short answer with its gap shown
as _____. Ordering and matching questions are left out (counted in the assessment's description).
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from quizgen.export.atomic import write_atomically
from quizgen.export.zipped import zip_bytes
from quizgen.models import Question, Quiz

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_TYPES = {"multiple_choice": "multiple_choice_question", "true_false": "true_false_question",
                "short_answer": "short_answer_question", "cloze": "short_answer_question"}  # fmt: skip


def _sub(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs or {})
    element.text = text
    return element


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    meta = _sub(parent, "qtimetadata")
    for label, entry in fields.items():
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", text=label)
        _sub(field, "fieldentry", text=entry)


def _material(parent: ET.Element, text: str, html_text: bool = True) -> None:
    # Canvas shows text/html as HTML: escape article text so markup in it stays literal.
    mattext = {"texttype": "text/html" if html_text else "text/plain"}
    _sub(_sub(parent, "material"), "mattext", mattext, html.escape(text, quote=False) if html_text else text)


def _score(processing: ET.Element, respident: str, value: str) -> None:
    condition = _sub(processing, "respcondition", {"continue": "No"})
    _sub(_sub(condition, "conditionvar"), "varequal", {"respident": respident}, value)
    _sub(condition, "setvar", {"action": "Set", "varname": "SCORE"}, "100")


def item_element(q: Question) -> ET.Element:
    """One <item> in Canvas's QTI 1.2 dialect."""
    item = ET.Element("item", {"ident": f"q{q.id}", "title": f"Question {q.id}"})
    _metadata(_sub(item, "itemmetadata"), {"question_type": CANVAS_TYPES[q.type], "points_possible": "1.0"})
    presentation = _sub(item, "presentation")
    _material(presentation, q.prompt)
    processing = _sub(item, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"})
    if q.type in ("multiple_choice", "true_false"):
        choice = _sub(_sub(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"}),
                      "render_choice")  # fmt: skip
        for n, text in enumerate(q.choices):
            _material(_sub(choice, "response_label", {"ident": f"{q.id}-{n}"}), text, html_text=False)
        _score(processing, "response1", f"{q.id}-{q.choices.index(q.answer)}")
    else:
        _sub(_sub(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"}), "render_fib")
        _score(processing, "response1", q.answer)
    return item


def assessment_xml(quiz: Quiz, ident: str) -> str:
    """The assessment: every question Canvas can take, in order."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = _sub(root, "assessment", {"ident": ident, "title": quiz.title})
    kept = [q for q in quiz.questions if q.type in CANVAS_TYPES]
    _metadata(assessment, {"cc_maxattempts": "1"})
    left_out = len(quiz.questions) - len(kept)
    _sub(assessment, "rubric").append(_note(f"{len(kept)} questions; {left_out} ordering/matching left out"))
    section = _sub(assessment, "section", {"ident": "root_section"})
    section.extend(item_element(q) for q in kept)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _note(text: str) -> ET.Element:
    material = ET.Element("material")
    _sub(material, "mattext", {"texttype": "text/plain"}, text)
    return material


def manifest_xml(ident: str) -> str:
    """imsmanifest.xml: one QTI resource, the assessment file."""
    root = ET.Element("manifest", {"identifier": f"{ident}-manifest", "xmlns": CP_NS})
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", text="IMS Content")
    _sub(metadata, "schemaversion", text="1.1.3")
    _sub(root, "organizations")
    resource = _sub(_sub(root, "resources"), "resource", {"identifier": ident, "type": "imsqti_xmlv1p2"})
    _sub(resource, "file", {"href": f"{ident}/{ident}.xml"})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_qti(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write a QTI 1.2 zip that Canvas imports as a quiz (Settings > Import course content > QTI .zip)."""
    ident = "quizgen-" + "-".join(r.article.id for r in quiz.articles)[:60]
    data = zip_bytes([("imsmanifest.xml", manifest_xml(ident).encode()),
                      (f"{ident}/{ident}.xml", assessment_xml(quiz, ident).encode())])  # fmt: skip
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data))
