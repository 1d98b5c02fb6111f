"""The measured bar on the development corpus (../shared/articles, beside the checkout, as in CI)."""

from __future__ import annotations

import pytest

from quizgen.evaluate import _answers_match, evaluate, format_table, gold_pairs, total

from .conftest import ROOT

CORPUS = ROOT.parent / "shared" / "articles"


@pytest.fixture(scope="module")
def corpus_scores():
    if not CORPUS.is_dir():  # CI runs beside shared/; a clone elsewhere has no corpus to measure
        pytest.skip(f"the development corpus is not at {CORPUS}")
    rows = [evaluate(article, gold)[0] for article, gold in gold_pairs(CORPUS, CORPUS / "gold")]
    return rows, total(rows)


def test_dates_people_and_checks_meet_the_bar(corpus_scores):
    rows, all_ = corpus_scores
    assert len(rows) >= 9
    assert all_.dates_right / all_.dates >= 0.95
    assert all_.people_found / all_.people >= 0.90
    assert all_.grounded == all_.questions  # every answer is in the article's words
    assert (all_.leaks, all_.duplicates, all_.pronoun_led, all_.relative_dates) == (0, 0, 0, 0)
    assert all_.give_aways == 0  # no printed question prints another's answer
    # Key facts: the target is 70% (measured 71.0%, 76 of 107, when this was written).
    assert all_.key_facts_found / all_.key_facts >= 0.70


def test_every_article_gets_a_quiz(corpus_scores):
    rows, _ = corpus_scores
    assert all(row.questions >= 5 for row in rows), format_table(rows)


def test_table_lists_every_article_and_the_total(corpus_scores):
    rows, all_ = corpus_scores
    table = format_table([*rows, all_])
    assert table.splitlines()[-1].startswith("all ") and len(table.splitlines()) == len(rows) + 2


@pytest.mark.parametrize(
    ("answer", "gold", "match"),
    [
        ("73 seconds", "73", True),
        ("the California Science Center", "California Science Center in Los Angeles", True),
        ("Sydney", "Sydney, Australia", True),
        ("San Francisco", "the San Francisco – Oakland Bay Bridge and the Transbay Tube", False),
        ("Los Angeles", "California Science Center in Los Angeles", False),
        ("2004", "December 10, 2004", False),
        ("Africa", "the first African woman to win the Peace prize", False),
    ],
)
def test_an_answer_matches_gold_as_whole_words_and_at_least_half_of_it(answer, gold, match):
    assert _answers_match(answer, gold) is match
