"""The editable questions file: a Quiz written as commented YAML for a person to review, and read back.

Reading composes the YAML node tree (not just the values) so every error names the line it is on,
and keeps every scalar as the text the person typed ("True", "1991" stay strings).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from quizgen.errors import QuizgenError
from quizgen.export.atomic import write_text_atomically
from quizgen.models import Article, ArticleResult, Fact, Question, Quiz
from quizgen.review_check import check_question

HEADER = """\
# quizgen questions file: review and edit, then build the outputs from it, e.g.
#   quizgen export {name} --anki deck.apkg --html quiz.html --json questions.json
#
# - Reword a prompt or fix an answer: edit `prompt` / `answer` (quote text that has a colon: "...").
# - Drop a question: set `keep: false`, or delete it.
# - Add your own: copy a question and delete its `id` and `key` lines; quizgen derives them from the text.
# - multiple_choice: `answer` must be one of `choices`. true_false: `answer` is True or False.
#   cloze: `prompt` is the sentence with _____ where the answer goes. ordering: `sequence` is the right
#   order, `choices` the order shown. matching: `pairs` are the right [left, right] pairs.
# - Keep `id` and `key`: they make a rebuilt Anki deck update the cards you already study.
# - `sheet: false`: a card for the deck only, left off the printed and LMS quiz, where it would give away
#   another question's answer. Delete the line to print it too.
"""
FACTS_NOTE = "# The facts found in each article, for the JSON output; no need to edit them.\n"
QUESTION_FIELDS = ("id", "keep", "sheet", "type", "prompt", "answer", "choices", "sequence", "pairs", "source")
DETAIL_FIELDS = ("kind", "article", "fact", "key")
FACT_FIELDS = ("id", "kind", "text", "value", "granularity", "sentence", "role", "about")
NULLS = ("", "~", "null", "Null", "NULL")
TRUE, FALSE = ("true", "yes", "on"), ("false", "no", "off")


class ReviewError(QuizgenError):
    """The questions file is not valid YAML or breaks a rule; the message names the line."""


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**9, default_flow_style=False)


def _question_data(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": q.id, "keep": True}
    if not q.on_sheet:
        data["sheet"] = False
    data.update(type=q.type, prompt=q.prompt, answer=q.answer)
    if q.type in ("multiple_choice", "ordering", "matching"):
        data["choices"] = list(q.choices)
    if q.sequence:
        data["sequence"] = list(q.sequence)
    if q.pairs:
        data["pairs"] = [list(p) for p in q.pairs]
    data.update(source=q.source, kind=q.kind, article=q.article_id, fact=q.fact_id, key=q.key)
    return data


def _article_data(result: ArticleResult) -> dict[str, Any]:
    a = result.article
    return {"id": a.id, "title": a.title, "date": a.date.isoformat() if a.date else None, "source": a.source}


def dumps_review(quiz: Quiz, name: str = "questions.yaml") -> str:
    """The quiz as the commented, human-editable YAML text."""
    parts = [HEADER.format(name=name), "\n", _dump({"articles": [_article_data(r) for r in quiz.articles]})]
    parts.append("\nquestions:\n")
    parts.append("\n".join(_dump([_question_data(q)]) for q in quiz.questions))
    facts = {r.article.id: [{k: getattr(f, k) for k in FACT_FIELDS} for f in r.facts] for r in quiz.articles}
    parts += ["\n", FACTS_NOTE, _dump({"facts": facts})]
    return "".join(parts)


def write_review(quiz: Quiz, path: Path, **_: Any) -> Path:
    """Write the questions file for review."""
    path = Path(path)
    return write_text_atomically(path, dumps_review(quiz, path.name))


@dataclass
class _Reader:
    """Turns composed YAML nodes into plain values, raising errors that name the file and line."""

    path: Path
    context: yaml.Node | None = None  # the question (or article) being read: where a missing field is

    def fail(self, node: yaml.Node | None, message: str) -> ReviewError:
        node = node if node is not None else self.context
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        return ReviewError(f"{self.path}{line}: {message}")

    def mapping(self, node: yaml.Node, what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} should be a set of `name: value` lines")
        return {self.text(k, "a field name"): v for k, v in node.value}

    def items(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None or self.is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"`{what}` should be a list (lines starting with `- `)")
        return list(node.value)

    @staticmethod
    def is_null(node: yaml.Node) -> bool:
        return isinstance(node, yaml.ScalarNode) and node.style is None and node.value in NULLS

    def text(self, node: yaml.Node | None, what: str, required: bool = True) -> str | None:
        if node is None or self.is_null(node):
            if required:
                raise self.fail(node, f"`{what}` is missing; give it a value")
            return None
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"`{what}` should be text, not a list or a mapping")
        return node.value.strip()

    def texts(self, node: yaml.Node | None, what: str) -> tuple[str, ...]:
        return tuple(self.text(n, f"an item of {what}") or "" for n in self.items(node, what))

    def flag(self, node: yaml.Node | None, what: str) -> bool:
        value = (self.text(node, what, required=False) or "true").lower()
        if value not in TRUE + FALSE:
            raise self.fail(node, f"`{what}` should be true or false, not {value!r}")
        return value in TRUE


def _compose(path: Path, reader: _Reader) -> dict[str, yaml.Node]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReviewError(f"{path}: no such file; check the path (quizgen generate writes it)") from None
    except (UnicodeDecodeError, IsADirectoryError):
        raise ReviewError(f"{path}: not a UTF-8 text file; give the questions .yaml file") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise ReviewError(f"{path}{line}: not valid YAML ({problem}); check the indentation and quotes") from None
    if root is None:
        raise ReviewError(f"{path}: the file is empty; write it with `quizgen generate`")
    return reader.mapping(root, "the file")


def _article(reader: _Reader, node: yaml.Node, facts: dict[str, yaml.Node]) -> ArticleResult:
    fields = reader.mapping(node, "an article")
    reader.context = node
    article_id = reader.text(fields.get("id"), "id")
    day = reader.text(fields.get("date"), "date", required=False)
    try:
        published = date_from_text(day)
    except ValueError:
        raise reader.fail(fields["date"], f"`date` {day!r} is not a date; use YYYY-MM-DD") from None
    article = Article(title=reader.text(fields.get("title"), "title") or "", date=published,
                      source=reader.text(fields.get("source"), "source", required=False) or "",
                      paragraphs=(), id=article_id or "")  # fmt: skip
    return ArticleResult(article, tuple(_fact(reader, n) for n in reader.items(facts.get(article.id), "facts")))


def date_from_text(text: str | None) -> date | None:
    """A date from YYYY-MM-DD text, None for no text."""
    return date.fromisoformat(text) if text else None


def _fact(reader: _Reader, node: yaml.Node) -> Fact:
    fields = reader.mapping(node, "a fact")
    reader.context = node
    values = {k: reader.text(fields.get(k), k, required=k in ("id", "kind", "text")) for k in FACT_FIELDS}
    return Fact(**{**values, "sentence": values["sentence"] or ""})


def _question(reader: _Reader, node: yaml.Node, articles: dict[str, Article]) -> Question | None:
    fields = reader.mapping(node, "a question")
    reader.context = node
    unknown = sorted(set(fields) - set(QUESTION_FIELDS + DETAIL_FIELDS))
    if unknown:
        known = ", ".join(QUESTION_FIELDS + DETAIL_FIELDS)
        raise reader.fail(node, f"unknown field `{unknown[0]}`; the fields are {known}")
    if not reader.flag(fields.get("keep"), "keep"):
        return None
    text = {k: reader.text(fields.get(k), k, required=k in ("type", "prompt")) for k in ("type", "prompt", "answer")}
    lists = {k: reader.texts(fields.get(k), k) for k in ("choices", "sequence")}
    pairs = tuple(_pair(reader, n) for n in reader.items(fields.get("pairs"), "pairs"))
    article = _question_article(reader, node, fields, articles)
    try:
        checked = check_question(text["type"], text["prompt"], text["answer"], pairs=pairs, **lists)
    except ValueError as exc:
        raise reader.fail(node, str(exc)) from None
    source = reader.text(fields.get("source"), "source", required=False) or ""
    details = {k: reader.text(fields.get(k), k, required=False) for k in DETAIL_FIELDS}
    key = details["key"] or _content_key(checked)
    qid = reader.text(fields.get("id"), "id", required=False) or question_id_for(article, key)
    return Question(id=qid, kind=details["kind"] or "custom", source=source, fact_id=details["fact"] or "",
                    article_id=article.id, key=key, on_sheet=reader.flag(fields.get("sheet"), "sheet"),
                    **checked)  # fmt: skip


def _pair(reader: _Reader, node: yaml.Node) -> tuple[str, str]:
    pair = reader.texts(node, "a pair")
    if len(pair) != 2 or not all(pair):
        raise reader.fail(node, "each pair should be [left, right], two pieces of text")
    return pair[0], pair[1]


def _question_article(reader: _Reader, node: yaml.Node, fields: dict, articles: dict[str, Article]) -> Article:
    name = reader.text(fields.get("article"), "article", required=False)
    if name is None and len(articles) == 1:
        return next(iter(articles.values()))
    if name not in articles:
        known = ", ".join(articles) or "none"
        raise reader.fail(node, f"`article` {name!r} is not one of the articles ({known}); name one of them")
    return articles[name]


def _content_key(fields: dict[str, Any]) -> str:
    """A key for a question a person added: from its content, so it stays the same across rebuilds."""
    digest = hashlib.sha1("\x1f".join((fields["type"], fields["prompt"], fields["answer"])).encode()).hexdigest()
    return f"custom:{digest[:12]}"


def question_id_for(article: Article, key: str) -> str:
    """The question id the pipeline would give this key (article identity + key)."""
    from quizgen.questions import question_id

    return question_id(article, key)


def read_review(path: Path) -> Quiz:
    """Read an edited questions file back into a Quiz; raise ReviewError naming the line of a bad edit."""
    path = Path(path)
    reader = _Reader(path)
    top = _compose(path, reader)
    facts = reader.mapping(top["facts"], "facts") if "facts" in top and not reader.is_null(top["facts"]) else {}
    results = [_article(reader, n, facts) for n in reader.items(top.get("articles"), "articles")]
    if not results:
        raise reader.fail(top.get("articles"), "`articles` is missing or empty; keep the articles section")
    articles = {r.article.id: r.article for r in results}
    kept: list[Question] = []
    for node in reader.items(top.get("questions"), "questions"):
        question = _question(reader, node, articles)
        if question is not None and question.id in {q.id for q in kept}:
            raise reader.fail(node, f"two questions have the id {question.id!r}; delete the `id` line of the copy")
        kept += [question] if question is not None else []
    if not kept:
        raise ReviewError(f"{path}: no questions left to export; keep at least one (keep: true)")
    return Quiz(articles=tuple(results), questions=tuple(kept))
