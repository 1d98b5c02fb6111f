"""Where the time goes, per article, in one process: parse, facts, candidates, selection, each export.

Usage: python benchmarks/stages.py FOLDER [--profile]   (FOLDER: e.g. a corpus written by run.py's make_corpus)
With --profile, also the top functions of the work after parsing, by cProfile's cumulative time.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

from quizgen import nlp
from quizgen.export import EXPORTERS
from quizgen.facts import extract_facts
from quizgen.models import ArticleResult, Quiz
from quizgen.pipeline import candidates
from quizgen.rank import select
from quizgen.readers import expand_sources, read_article


class Clock:
    """Seconds spent per named stage."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def time(self, name: str, work, *args):
        start = time.perf_counter()
        value = work(*args)
        self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - start
        return value


def after_parse(articles, docs, clock: Clock) -> Quiz:
    """Facts, candidates and selection for every article, then the quiz."""
    results, questions = [], []
    for article, parsed in zip(articles, docs, strict=True):
        facts = clock.time("facts", extract_facts, article, parsed)
        found = clock.time("candidates", candidates, article, list(facts))
        questions += clock.time("select", select, article, facts, found, None)
        results.append(ArticleResult(article, tuple(facts)))
    return Quiz(articles=tuple(results), questions=tuple(questions))


def main() -> None:
    folder, profile = sys.argv[1], "--profile" in sys.argv
    clock, english = Clock(), nlp.load()
    articles = clock.time("read", lambda: [read_article(n) for n in expand_sources([folder])[0]])
    docs = clock.time("parse", lambda: [list(english.pipe(a.paragraphs)) for a in articles])
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    quiz = after_parse(articles, docs, clock)
    with tempfile.TemporaryDirectory() as out:
        for name, suffix in (("json", "json"), ("html", "html"), ("anki", "apkg")):
            clock.time(f"export {name}", EXPORTERS[name], quiz, Path(out) / f"q.{suffix}")
    if profiler:
        profiler.disable()
    parse = clock.spent["parse"]
    print(f"{len(articles)} articles, {len(quiz.questions)} questions")
    for name, seconds in clock.spent.items():
        print(f"{name:<12} {1000 * seconds / len(articles):8.1f} ms/article  {seconds / parse:6.1%} of parse")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"quizgen|genanki|jinja2", 30)


if __name__ == "__main__":
    main()
