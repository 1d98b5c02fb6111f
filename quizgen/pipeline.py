"""The whole job in one place: read -> parse -> extract facts -> build questions -> select -> Quiz."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen import nlp
from quizgen.choices import choice_questions
from quizgen.errors import NoFactsError, QuizgenError
from quizgen.facts import extract_facts
from quizgen.models import Article, ArticleResult, Fact, Question, Quiz
from quizgen.questions import build_questions
from quizgen.rank import select
from quizgen.readers import expand_sources, read_article
from quizgen.sets import set_questions

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _parse(article: Article) -> list[Doc]:
    """One Doc per paragraph."""
    return list(nlp.load().pipe(article.paragraphs))


def analyze(article: Article) -> ArticleResult:
    """Parse an article and extract its facts."""
    return ArticleResult(article=article, facts=extract_facts(article, _parse(article)))


def candidates(article: Article, facts: list[Fact]) -> list[Question]:
    """Every question the facts support, of every type, before selection."""
    basic = build_questions(article, facts)
    return [*basic, *choice_questions(article, basic, facts), *set_questions(article, facts, basic)]


def questions_for(
    article: Article, max_questions: int | None = None, name: str | None = None
) -> tuple[ArticleResult, list[Question]]:
    """An article's facts and its best questions; NoFactsError (naming `name`) when it has none."""
    return questions_from_docs(article, _parse(article), max_questions, name)


def questions_from_docs(
    article: Article, docs: Sequence[Doc], max_questions: int | None = None, name: str | None = None
) -> tuple[ArticleResult, list[Question]]:
    """Like `questions_for`, for an article already parsed (one Doc per paragraph): what batches stream."""
    result = ArticleResult(article=article, facts=extract_facts(article, list(docs)))
    chosen = select(article, result.facts, candidates(article, list(result.facts)), max_questions)
    if not chosen and result.facts:
        raise NoFactsError(
            f"{name or article.source}: found {len(result.facts)} fact{'s' * (len(result.facts) > 1)}, but no "
            "question about them stands alone "
            "(its sentences lean on the ones around them); give a longer factual article"
        )
    if not chosen:
        raise NoFactsError(
            f"{name or article.source}: found no facts to ask about; give a factual article (news, history) "
            "with dates, names, places or numbers"
        )
    return result, chosen


def quiz_for(articles: Iterable[Article], max_questions: int | None = None) -> Quiz:
    """The quiz for articles already read: their facts and the best questions about each."""
    results: list[ArticleResult] = []
    questions: list[Question] = []
    for article in articles:
        result, chosen = questions_for(article, max_questions)
        results.append(result)
        questions.extend(chosen)
    return Quiz(articles=tuple(results), questions=tuple(questions))


@dataclass(frozen=True)
class Batch:
    """What a batch built: the quiz of the articles that worked (None if none did) and each failure."""

    quiz: Quiz | None
    failures: tuple[QuizgenError, ...]


def build_batch(
    sources: Iterable[Path | str],
    *,
    title: str | None = None,
    published: date | None = None,
    max_questions: int | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Batch:
    """Like `build_quiz`, but an article that fails is recorded and skipped, so the others still build.

    Articles stream through spaCy in `jobs` processes; the quiz keeps the input order whatever `jobs` is.
    `progress(done, total)` is called after each article (in chunks when `jobs` > 1).
    """
    from quizgen.batch import Options, run

    names, failures = expand_sources(sources)
    failed: list[QuizgenError] = list(failures)
    results: list[ArticleResult] = []
    questions: list[Question] = []
    options = Options(title=title, published=published, max_questions=max_questions)
    for done, outcome in enumerate(run(names, options, jobs), 1):
        if outcome.error is not None:
            failed.append(outcome.error)
        else:
            results.append(outcome.result)
            questions.extend(outcome.questions)
        if progress is not None:
            progress(done, len(names))
    quiz = Quiz(articles=tuple(results), questions=tuple(questions)) if results else None
    return Batch(quiz=quiz, failures=tuple(failed))


def build_quiz(
    paths: Iterable[Path | str],
    *,
    title: str | None = None,
    published: date | None = None,
    max_questions: int | None = None,
) -> Quiz:
    """Read articles (files, folders, URLs, "-") and build their quiz; the first failure is raised.

    `title` and `published` override the articles' own.
    """
    names, failures = expand_sources(paths)
    if failures:
        raise failures[0]
    articles = [read_article(name, title=title, published=published) for name in names]
    return quiz_for(articles, max_questions)
