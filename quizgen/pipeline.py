"""The whole job in one place: read -> parse -> extract facts -> build questions -> select -> Quiz."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from quizgen import nlp
from quizgen.choices import choice_questions
from quizgen.errors import NoFactsError
from quizgen.facts import extract_facts
from quizgen.models import Article, ArticleResult, Fact, Question, Quiz
from quizgen.questions import build_questions
from quizgen.rank import select
from quizgen.readers import read_article
from quizgen.sets import set_questions


def analyze(article: Article) -> ArticleResult:
    """Parse an article (one Doc per paragraph) and extract its facts."""
    docs = list(nlp.load().pipe(article.paragraphs))
    return ArticleResult(article=article, facts=extract_facts(article, docs))


def candidates(article: Article, facts: list[Fact]) -> list[Question]:
    """Every question the facts support, of every type, before selection."""
    basic = build_questions(article, facts)
    return [*basic, *choice_questions(article, basic, facts), *set_questions(article, facts)]


def quiz_for(articles: Iterable[Article], max_questions: int | None = None) -> Quiz:
    """The quiz for articles already read: their facts and the best questions about each."""
    results, questions = [], []
    for article in articles:
        result = analyze(article)
        chosen = select(article, result.facts, candidates(article, list(result.facts)), max_questions)
        if not chosen:
            raise NoFactsError(
                f"{article.source}: found no facts to ask about; give a factual article (news, history) "
                "with dates, names, places or numbers"
            )
        results.append(result)
        questions.extend(chosen)
    return Quiz(articles=tuple(results), questions=tuple(questions))


def build_quiz(
    paths: Iterable[Path],
    *,
    title: str | None = None,
    published: date | None = None,
    max_questions: int | None = None,
) -> Quiz:
    """Read article files and build their quiz; `title` and `published` override the files' own."""
    articles = [read_article(Path(p), title=title, published=published) for p in paths]
    return quiz_for(articles, max_questions)
