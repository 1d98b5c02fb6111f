"""The sample article end to end, with the real spaCy model: what the foundation issue promises."""

from quizgen.checks import grounded, rejection


def by_prompt(quiz, *words):
    """The questions whose prompt contains all the words (case-insensitive)."""
    return [q for q in quiz.questions if all(w.lower() in q.prompt.lower() for w in words)]


def test_at_least_twelve_questions_over_four_kinds(sample_quiz):
    assert len(sample_quiz.questions) >= 12
    kinds = {q.kind for q in sample_quiz.questions}
    assert {"date", "person", "place", "number"} <= kinds
    assert {"short_answer", "cloze"} <= {q.type for q in sample_quiz.questions}


def test_referendum_date(sample_quiz):
    (q,) = [q for q in by_prompt(sample_quiz, "voters in Kazakhstan approve") if q.kind == "date"]
    assert q.prompt in (
        "When did voters in Kazakhstan approve changes to more than a third of their constitution?",
        "In a _____ referendum, voters in Kazakhstan approved changes to more than a third of their constitution.",
    )
    assert q.answer == "June 5, 2022"


def test_protests_start(sample_quiz):
    (q,) = by_prompt(sample_quiz, "When did young Kazakhs take to the streets")
    assert q.answer == "January 2, 2022"


def test_tokayev_role(sample_quiz):
    (q,) = by_prompt(sample_quiz, "Kassym-Jomart Tokayev", "title")
    assert q.answer == "President"


def test_some_200_killed(sample_quiz):
    (q,) = by_prompt(sample_quiz, "how many protesters were killed")
    assert q.prompt == "In Kazakhstan, how many protesters were killed in January 2022?"  # where, too
    assert q.answer == "some 200"
    if q.type == "multiple_choice":
        assert "some 200" in q.choices and len(set(q.choices)) == 4


def test_people_have_their_roles(sample_quiz):
    people = {f.value: f.role for f in sample_quiz.articles[0].facts if f.kind == "person"}
    assert people == {"Kassym-Jomart Tokayev": "President", "Galymzhan Zhakiyanov": "activist"}


def test_dates_are_normalized_against_the_publication_date(sample_quiz):
    dates = {f.text: f.value for f in sample_quiz.articles[0].facts if f.kind == "date"}
    assert dates["June 5"] == "2022-06-05"
    assert dates["Jan. 2"] == "2022-01-02"
    assert dates["last March"] == "2022-03"
    assert dates["January"] == "2022-01"
    assert dates["this year"] == "2022"
    assert dates["last Sunday"] == "2022-06-05"
    assert not any("month" in text for text in dates)  # "five months" is a duration


def test_every_question_passes_the_checks(sample_quiz):
    result = sample_quiz.articles[0]
    facts = {f.id: f for f in result.facts}
    for q in sample_quiz.questions:
        assert rejection(q, facts[q.fact_id], result.article.text) is None, q
        assert grounded(q, facts[q.fact_id], result.article.text)
        assert not q.prompt.lower().startswith(("he ", "she ", "it ", "they "))
        assert "last " not in q.prompt.lower() and "this year" not in q.prompt.lower()


def test_boilerplate_never_becomes_a_question(sample_quiz):
    for q in sample_quiz.questions:
        assert "Skip to" not in q.prompt and "Editorial Board" not in q.prompt and q.answer != "AP"
