"""The quiz as JSON: articles with their facts, and the questions. Same input, same bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quizgen.export.atomic import write_text_atomically
from quizgen.models import ArticleResult, Question, Quiz


def _article(result: ArticleResult) -> dict[str, Any]:
    article = result.article
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "facts": [
            {
                "id": f.id,
                "kind": f.kind,
                "text": f.text,
                "value": f.value,
                "granularity": f.granularity,
                "sentence": f.sentence,
                "role": f.role,
                "about": f.about,
            }
            for f in result.facts
        ],
    }


def _question(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": q.id,
        "article": q.article_id,
        "type": q.type,
        "kind": q.kind,
        "question": q.prompt,
        "answer": q.answer,
    }
    if q.type in ("multiple_choice", "true_false", "ordering", "matching"):
        data["choices"] = list(q.choices)
    if q.pairs:
        data["pairs"] = [list(p) for p in q.pairs]
    if q.sequence:
        data["sequence"] = list(q.sequence)
    if q.cloze:
        data["cloze"] = q.cloze
    data["source"] = q.source
    data["fact"] = q.fact_id
    data["key"] = q.key
    data["sheet"] = q.on_sheet
    return data


def quiz_to_dict(quiz: Quiz) -> dict[str, Any]:
    """The quiz as plain JSON-able data, in the documented shape."""
    return {"articles": [_article(r) for r in quiz.articles], "questions": [_question(q) for q in quiz.questions]}


def dumps(quiz: Quiz) -> str:
    """The quiz as JSON text: indented, UTF-8 as is, keys in a fixed order, a final newline."""
    return json.dumps(quiz_to_dict(quiz), indent=2, ensure_ascii=False) + "\n"


def write_json(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write the quiz's questions and facts to a JSON file."""
    return write_text_atomically(Path(path), dumps(quiz))
