"""Hand-made quizzes for exporter tests: one question of every type, no spaCy needed.

Use these to test any output format against every question type; `hostile=True` fills every text
with markup, Anki syntax and entities that must come out as literal text.
"""

from __future__ import annotations

from datetime import date

from quizgen.models import Article, ArticleResult, Fact, Question, Quiz
from quizgen.questions import question_id

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{Front}} {{c1::x}} &amp; [sound:x.mp3]"
SENTENCE = "In a June 5 referendum, voters in Kazakhstan approved changes to more than a third of their constitution."


def all_types_quiz(hostile: bool = False, title: str = "A spark of democracy in Central Asia") -> Quiz:
    """A quiz with one short answer, cloze, multiple choice, true/false, ordering and matching question."""
    extra = f" {HOSTILE}" if hostile else ""
    article = Article(
        title=title + extra,
        date=date(2022, 6, 7),
        source="https://example.org/kazakhstan" if not hostile else "javascript:alert(3)",
        paragraphs=(SENTENCE + extra,),
        id="a-spark-of-democracy-in-central-asia",
    )
    source = SENTENCE + extra
    fact = Fact(id="date-1", kind="date", text="June 5", sentence=source, value="2022-06-05", granularity="day")
    person = Fact(id="person-1", kind="person", text="Tokayev", sentence=source, value="Kassym-Jomart Tokayev",
                  role="President")  # fmt: skip

    def q(key: str, qtype: str, kind: str, prompt: str, answer: str, **kw) -> Question:
        return Question(id=question_id(article, key), type=qtype, kind=kind, prompt=prompt + extra,
                        answer=answer, source=source, fact_id=kw.pop("fact_id", "date-1"),
                        article_id=article.id, key=key, **kw)  # fmt: skip

    gap = ("In a ", "June 5, 2022", f" referendum, voters in Kazakhstan approved changes.{extra}")
    questions = (
        q("date-1:when", "short_answer", "date",
          "When did voters in Kazakhstan approve changes to their constitution?", "June 5, 2022"),
        q("date-1:cloze", "cloze", "date", f"{gap[0]}_____{gap[2]}", "June 5, 2022",
          cloze=f"{gap[0]}{{{{c1::June 5, 2022}}}}{gap[2]}", gap=gap),
        q("date-1:mc", "multiple_choice", "date", "When did voters in Kazakhstan approve the changes?",
          "June 5, 2022", choices=("June 12, 2022", "June 5, 2022", "May 29, 2022", "June 19, 2022")),
        q("date-1:tf", "true_false", "date",
          "True or false: voters in Kazakhstan approved the changes on June 12, 2022.", "False",
          choices=("True", "False")),
        q("order:1", "ordering", "date", "Put these events in order, earliest first.",
          "Protests began; President Tokayev spoke; Voters approved the changes",
          choices=("Voters approved the changes", "Protests began", "President Tokayev spoke"),
          sequence=("Protests began", "President Tokayev spoke", "Voters approved the changes")),
        q("match:1", "matching", "person", "Match each person to the role the article gives them.",
          "Kassym-Jomart Tokayev: President; Galymzhan Zhakiyanov: activist; Alikhan Smailov: Prime Minister",
          choices=("activist", "Prime Minister", "President"),
          pairs=(("Kassym-Jomart Tokayev", "President"), ("Galymzhan Zhakiyanov", "activist"),
                 ("Alikhan Smailov", "Prime Minister")), fact_id="person-1"),
        q("role:Kassym-Jomart Tokayev", "short_answer", "person", "What office does Kassym-Jomart Tokayev hold?",
          "President", fact_id="person-1"),
    )  # fmt: skip
    return Quiz(articles=(ArticleResult(article, (fact, person)),), questions=questions)
