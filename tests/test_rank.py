"""The rubric's computable checks, on Questions made by hand."""

from datetime import date

import pytest

from quizgen.checks import rejection, unanchored_event
from quizgen.models import Article, Clause, Fact, Question, Quiz
from quizgen.questions import BLANK
from quizgen.rank import gives_away, select

TEXT = "Voters in Kazakhstan approved the changes on June 5. He has called on the people to be patient. Tokayev spoke."
ARTICLE = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=(TEXT,), id="t")
FACT = Fact(
    id="f",
    kind="date",
    text="June 5",
    sentence="Voters in Kazakhstan approved the changes on June 5.",
    value="2022-06-05",
    granularity="day",
)


def question(prompt: str, answer: str = "June 5, 2022", qtype: str = "short_answer", **kw) -> Question:
    base = {"id": prompt[:12], "type": qtype, "kind": "date", "prompt": prompt, "answer": answer,
            "source": FACT.sentence, "fact_id": "f", "article_id": "t", "key": prompt}  # fmt: skip
    return Question(**{**base, **kw})


UNNAMED = "which one? a bare noun the article never names"


@pytest.mark.parametrize(
    ("prompt", "answer", "reason"),
    [
        ("When did voters approve the changes on June 5, 2022?", "June 5, 2022", "answer in the question"),
        ("When did Tokayev hire him as an assistant in Kazakhstan?", "June 5, 2022", "unresolved pronoun"),
        ("When did Tokayev move them to Kazakhstan?", "June 5, 2022", "unresolved pronoun"),
        ("When did the army intercept his route?", "June 5, 2022", "unresolved pronoun"),
        ("When did a French army intercept his route?", "June 5, 2022", "unresolved pronoun"),  # no one named
        ("When did a big explosion occur at their factory in Stockholm?", "June 5, 2022", "unresolved pronoun"),
        ("When did the voters of Kazakhstan approve their constitution?", "June 5, 2022", None),  # the voters'
        ("When did Tokayev sign his decree?", "June 5, 2022", None),
        ("Who was at Soldier Field in Kazakhstan?", "Tokayev", "being somewhere is no deed: many were there"),
        ("Which trainer had done in 1981?", "Tokayev", "a 'done' that stands for a deed told elsewhere"),
        ("When did he call on the people?", "June 5, 2022", "unresolved pronoun"),
        ("What did voters approve last March?", "the changes", "relative date left relative"),
        ("What did voters approve recently?", "the changes", "relative date left relative"),
        ("What did voters approve last night?", "the changes", "relative date left relative"),  # a TIME, unresolved
        ("What does Tokayev expect at different times before yearend?", "the changes", "relative date left relative"),
        ("What did Tokayev sell over the weekend?", "the changes", "relative date left relative"),
        ("Hours earlier, what did Hosni Mubarak leave in Cairo?", "the changes", "relative date left relative"),
        ("What did Zola face a fortnight later in Paris?", "the changes", "relative date left relative"),
        ("What did Tokayev sign in the time since?", "the changes", "relative date left relative"),
        ("When did an earthquake rock the province?", "June 5, 2022", UNNAMED),
        ("Who wanted to regain full control of the colony?", "Tokayev", UNNAMED),
        ("When did the publication report the changes?", "June 5, 2022", UNNAMED),
        (
            "When did Tokayev found the school under the name of 'Staatliches Bauhaus zu Weimar?",
            "June 5, 2022",
            "cut through a bracket or quotation",
        ),
        ("What did Tokayev sell in the course of the evening?", "the changes", "relative date left relative"),
        ("What did Tokayev exceed for the past three consecutive weeks?", "the changes", "relative date left relative"),
        ("When did Japan suffer a setback?", "June 5, 2022", "which one? the question does not say"),
        ("Who approved the changes?", "Nobody Else", "answer not in the article"),
        ("When did voters approve " + "the many changes " * 12 + "?", "June 5, 2022", "prompt too long"),
    ],
)
def test_rejections(prompt, answer, reason):
    assert rejection(question(prompt, answer), FACT, TEXT) == reason


def test_a_date_is_grounded_through_its_source_text():
    assert rejection(question("When did voters in Kazakhstan approve the changes?"), FACT, TEXT) is None


def test_a_name_part_in_the_question_gives_it_away():
    person = Fact(id="p", kind="person", text="Tokayev", sentence="Tokayev spoke.", value="Kassym-Jomart Tokayev")
    q = question("Which president did Tokayev succeed?", "Kassym-Jomart Tokayev", kind="person")
    assert rejection(q, person, TEXT) == "part of the name in the question"


def test_select_keeps_one_question_per_answer_and_respects_the_limit():
    a = question("When did voters in Kazakhstan approve the changes?", key="a")
    b = question("When were the changes approved by the voters in Kazakhstan?", key="b")
    chosen = select(ARTICLE, [FACT], [a, b], limit=5)
    assert len(chosen) == 1
    assert select(ARTICLE, [FACT], [a], limit=1)[0].score > 0


def _cloze(answer: str, before: str, after: str, kind: str, fact_id: str) -> Question:
    prompt = f"{before}_____{after}"
    return Question(id=f"c-{answer}", type="cloze", kind=kind, prompt=prompt, answer=answer, source=SENTENCE,
                    fact_id=fact_id, article_id="t", key=f"{fact_id}:cloze", gap=(before, answer, after))  # fmt: skip


SENTENCE = "Tokayev won 77 percent of the ballots on June 5, 2022."


def test_a_gap_that_prints_another_answer_goes_to_the_deck_only():
    facts = [
        Fact(id="n", kind="number", text="77 percent", sentence=SENTENCE, value="77%"),
        Fact(id="d", kind="date", text="June 5, 2022", sentence=SENTENCE, value="2022-06-05", granularity="day"),
    ]
    article = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=(SENTENCE,), id="t")
    number = _cloze("77 percent", "Tokayev won ", " of the ballots on June 5, 2022.", "number", "n")
    day = _cloze("June 5, 2022", "Tokayev won 77 percent of the ballots on ", ".", "date", "d")
    chosen = select(article, facts, [number, day], limit=5)
    assert len(chosen) == 2
    assert sum(q.on_sheet for q in chosen) == 1  # on paper each would give the other away
    sheet, deck = [q for q in chosen if q.on_sheet], [q for q in chosen if not q.on_sheet]
    assert gives_away(deck[0], sheet[0]) or gives_away(sheet[0], deck[0])
    quiz = Quiz(articles=(), questions=tuple(chosen))
    assert quiz.sheet.questions == tuple(sheet)


def test_a_statement_is_never_a_deck_only_card():
    facts = [Fact(id="n", kind="number", text="77 percent", sentence=SENTENCE, value="77%")]
    article = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=(SENTENCE,), id="t")
    number = _cloze("77 percent", "Tokayev won ", " of the ballots on June 5, 2022.", "number", "n")
    statement = Question(**{**number.__dict__, "id": "tf", "type": "true_false", "prompt": SENTENCE,
                            "answer": "True", "key": "n:tf", "gap": ()})  # fmt: skip
    chosen = select(article, facts, [number, statement], limit=5)
    assert [q.type for q in chosen] == ["cloze"]  # the statement would ask the same fact again


@pytest.mark.parametrize(
    ("prompt", "answer", "vague"),
    [
        ("The first half ended with _____ on the scoreboard.", "0 – 0", True),
        ("_____ had higher ball possession in the game.", "Sweden", True),
        ("The match came to end with England winning _____.", "2 – 1", False),
        ("Voters approved the changes in _____.", "June 2022", False),
        ("_____'s attempt in the 18th minute failed.", "Dries Mertens", True),  # the minute says when, not which
    ],
)
def test_a_match_named_only_by_the_is_too_vague(prompt, answer, vague):
    assert unanchored_event(prompt, answer) is vague


def test_a_cut_bracket_is_rejected():
    q = question("What did Norton collapse at the corner of California and Dupont?", "now Grant) streets",
                 kind="outcome")  # fmt: skip
    assert rejection(q, FACT, TEXT + " now Grant) streets") == "cut through a bracket or quotation"


ELECTION = ("Elizabeth Quat of DAB was elected with 58,825 votes, the highest in the constituency. "
            "Lam was defeated in this constituency, with Junius Ho defeating Lee Cheuk-yan by 5,000 votes. "
            "Wu was elected. Hundreds of thousands of homes had power cut off. The previous general election in "
            "Hong Kong was in 2012. The polls closed at 22:30; one ballot was cast at 2:30, four hours later. "
            "NASA celebrated the launch of the first shuttle on April 12, 2011 at Cape Canaveral.")  # fmt: skip


def _fact(kind: str, text: str, sentence: str) -> Fact:
    return Fact(id="x", kind=kind, text=text, sentence=sentence)


def gap_rejection(said: str, answer: str, kind: str, text: str | None = None, gap: str | None = None) -> str | None:
    """Why the cloze that gaps `answer` (or the `gap` words) in the sentence `said` is rejected, if it is."""
    q = question(said.replace(gap or answer, (gap or answer).replace(answer, BLANK), 1), answer, qtype="cloze",
                 kind=kind)  # fmt: skip
    return rejection(q, _fact(kind, answer, said), text or said)


@pytest.mark.parametrize(
    ("qtype", "kind", "prompt", "answer", "sentence", "reason"),
    [
        ("short_answer", "person", "Who was elected with 58,825 votes?", "Elizabeth Quat",
         "Elizabeth Quat of DAB was elected with 58,825 votes, the highest in the constituency.",
         "which constituency? the sentence said, the question does not"),
        ("short_answer", "person", "Who defeated Lee Cheuk-yan by 5,000 votes?", "Junius Ho",
         "Lam was defeated in this constituency, with Junius Ho defeating Lee Cheuk-yan by 5,000 votes.", None),
        ("true_false", "number", "Hundreds of thousands of homes had power cut off.", "True",
         "Hundreds of thousands of homes had power cut off.", "names nothing: where, who, what?"),
        ("true_false", "person", "Wu was elected in the constituency.", "True",
         "Wu was elected in the constituency.", "which constituency? the sentence does not say"),
        ("cloze", "date", "The previous general election in Hong Kong was in _____.", "2012",
         "The previous general election in Hong Kong was in 2012.", "previous to what? the sentence does not say"),
        ("cloze", "number", "The polls closed at 22:30; one ballot was cast at 2:30, _____ later.",
         "four hours", "The polls closed at 22:30; one ballot was cast at 2:30, four hours later.",
         "the answer is the time between two it prints"),
        ("cloze", "date", "NASA celebrated the launch of the first shuttle on _____ at Cape Canaveral.",
         "April 12, 2011", "NASA celebrated the launch of the first shuttle on April 12, 2011 at Cape Canaveral.",
         "the date of the celebration or of what it celebrates?"),
    ],
)  # fmt: skip
def test_questions_that_lean_on_the_sentences_around_them(qtype, kind, prompt, answer, sentence, reason):
    q = question(prompt, answer, qtype=qtype, kind=kind)
    fact = Fact(id="x", kind=kind, text=answer, sentence=sentence, value="2012" if kind == "date" else None,
                granularity="year" if kind == "date" else None)  # fmt: skip
    assert rejection(q, fact, ELECTION) == reason


@pytest.mark.parametrize(
    ("prompt", "answer", "sentence", "reason"),
    [
        ("What did La Salle name in honor of the King?", "the Mississippi basin",
         "La Salle named the Mississippi basin Louisiana, in honor of the King.",
         "which king? the question does not say"),
        ("Where did La Salle meet the King of France?", "Versailles", "La Salle met the King of France at Versailles.",
         None),
        ("When did La Salle meet the King Louis XIV?", "1677", "La Salle met the King Louis XIV in 1677.", None),
        ("When did La Salle get permission from the King to explore Florida?", "1677",
         "La Salle got permission from the King to explore Florida in 1677.", "which king? the question does not say"),
        ("Who was more certain of the impact of the victory?", "Fernando Henrique Cardoso",
         "Fernando Henrique Cardoso was more certain of the impact of the victory.",
         "more than whom? the sentence before said"),
        ("Where was a treaty signed in Belgium?", "Ghent", "A treaty was signed at Ghent in Belgium.",
         "asks where of something it places itself"),
        ("Where did Hans Lippershey remain until his death, in September 1619?", "Middelburg",
         "Hans Lippershey remained in Middelburg until his death, in September 1619.", None),
        ("When did Elias Howe die the year his patent expired?", "1867",
         "Elias Howe died in 1867, the year his patent expired.", "the question holds its own time"),
    ],
)  # fmt: skip
def test_a_ruler_by_office_alone_a_time_told_twice_or_a_comparison_with_no_other(prompt, answer, sentence, reason):
    kind = "date" if answer.isdigit() else "place"
    q = question(prompt, answer, qtype="short_answer", kind=kind)
    fact = Fact(id="x", kind=kind, text=answer, sentence=sentence, value=answer if kind == "date" else None,
                granularity="year" if kind == "date" else None)  # fmt: skip
    assert rejection(q, fact, sentence) == reason


def test_the_articles_main_person_is_not_asked_as_a_role_holder():
    text = "Emperor Joshua Abraham Norton ruled. Norton wrote. Norton spoke. Norton died. Norton was buried."
    q = question("Who does the article name as Emperor?", "Joshua Abraham Norton", kind="person",
                 key="holder:Emperor")  # fmt: skip
    fact = _fact("person", "Joshua Abraham Norton", "Emperor Joshua Abraham Norton ruled.")
    assert rejection(q, fact, text) == "the article's main person: a guess, not a test"


def test_recently_released_is_not_a_date_left_relative():
    q = question("_____ has been gaining users while the recently released Google Chrome is too.", "Firefox",
                 qtype="cloze", kind="organization")  # fmt: skip
    fact = _fact(
        "organization", "Firefox", "Firefox has been gaining users while the recently released Google Chrome is too."
    )
    assert rejection(q, fact, fact.sentence) is None


def test_a_count_of_the_names_that_follow_its_gap_gives_itself_away():
    sentence = "Two veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL were defeated."
    q = question(sentence.replace("Two", "_____"), "Two", qtype="cloze", kind="number")
    assert rejection(q, _fact("number", "Two", sentence), sentence) == "the answer can be counted in the question"


@pytest.mark.parametrize(
    ("prompt", "kind", "reason"),
    [
        ("How many protesters were killed in January 2022?", "number", "names nobody and nothing: where, what?"),
        ("What did nearly 30,000 people pack?", "outcome", "names nobody and nothing: what about?"),
        ("In Kazakhstan, how many protesters were killed in January 2022?", "number", None),
    ],
)  # fmt: skip
def test_a_question_must_name_someone_or_something(prompt, kind, reason):
    text = "Some 200 protesters were killed in Kazakhstan in January. Nearly 30,000 people packed the streets."
    answer = {"number": "some 200", "outcome": "the streets"}[kind]
    q = question(prompt, answer, kind=kind)
    assert rejection(q, _fact(kind, answer, text), text.lower()) == reason


def test_a_statement_dating_a_celebration_is_not_asked_true_or_false():
    statement = "NASA celebrated the launch of the first shuttle on April 12, 2011 at Cape Canaveral."
    q = question(statement, "True", qtype="true_false", kind="place")
    fact = _fact("place", "Cape Canaveral", statement)
    assert rejection(q, fact, statement) == "the date of the celebration or of what it celebrates?"


def test_the_event_of_an_article_about_one_place_is_named_by_the_place():
    text = "One activist called the protests an assertion of rights. Kazakhstan voted."
    fact = _fact("person", "Galymzhan Zhakiyanov", "One activist, Galymzhan Zhakiyanov, called the protests rights.")
    bare = question("Which activist called the protests an assertion of rights?", "Galymzhan Zhakiyanov", kind="person")
    placed = question("In Kazakhstan, which activist called the protests an assertion of rights?",
                      "Galymzhan Zhakiyanov", kind="person")  # fmt: skip
    assert rejection(bare, fact, text + " Galymzhan Zhakiyanov") == "which one? a bare noun the article never names"
    assert rejection(placed, fact, text + " Galymzhan Zhakiyanov") is None


def test_quotation_marks_moved_by_a_transformation_are_rejected():
    source = 'There, in April 1656, "Mun" Andros was commissioned in the troop of his uncle.'
    q = question('When was Mun" Andros" commissioned in the troop of his uncle?', "April 1656", source=source)
    assert rejection(q, _fact("date", "April 1656", source), source) == "cut through a bracket or quotation"


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "reason"),
    [
        ("Where did winds drop it on her in Michigan?", "Delta Township", "place", "unresolved pronoun"),
        ("Where was the trailer dropped, according to Sgt?", "Delta Township", "place", "cut at an abbreviation"),
        ("What did Obama pledge?", "federal assistance to the region", "outcome", "which one? the answer does not say"),
        ("Who lost her seat in the Hong Kong Island geographical constituency?", "Cyd Ho", "person", None),
    ],
)  # fmt: skip
def test_what_held_out_articles_showed(prompt, answer, kind, reason):
    text = f"{answer} was there. Winds dropped it on her in Michigan, according to Sgt. Wriggelsworth. Cyd Ho lost."
    assert rejection(question(prompt, answer, kind=kind), _fact(kind, answer, text), text) == reason


@pytest.mark.parametrize(
    ("prompt", "answer", "reason"),
    [
        ("Minassian was pictured on _____ cameras in both cities.", "CCTV", "which ones? the sentence does not say"),
        ("Charges against Alek Minassian will be revealed at that time, on _____.", "April 24, 2018",
         "relative date left relative"),
        ("The service issued a watch on April 30, 2016, where floods as of _____ have killed eight people.",
         "April 2016", "another date of the sentence gives it away"),
    ],
)  # fmt: skip
def test_more_of_what_held_out_articles_showed(prompt, answer, reason):
    kind = "date" if answer[-4:].isdigit() else "organization"
    fact = Fact(id="x", kind=kind, text=answer, sentence=prompt.replace(BLANK, answer), value="2016-04" if kind ==
                "date" else None, granularity="month" if kind == "date" else None)  # fmt: skip
    q = question(prompt, answer, qtype="cloze", kind=kind)
    assert rejection(q, fact, prompt.replace(BLANK, answer)) == reason


def test_a_story_event_with_an_adjective_is_still_unnamed():
    text = "The New York mayor's response to the violent incidents became a matter of controversy in 2022."
    q = question("The New York mayor's response to the violent incidents became a matter of controversy in _____.",
                 "2022", qtype="cloze")  # fmt: skip
    fact = Fact(id="x", kind="date", text="2022", sentence=text, value="2022", granularity="year")
    assert rejection(q, fact, text) == "which one? a bare noun the article never names"


@pytest.mark.parametrize(
    ("prompt", "qtype", "kind", "answer", "reason"),
    [
        ("The jump was the biggest one-day increase since May 2002, and cut the stock's loss to _____.", "cloze",
         "number", "21 percent", "a figure with nothing to say where or what"),
        ("The jump was the biggest one-day increase since _____.", "cloze", "date", "May 2002",
         "a date with nothing to say of what"),
        ("Sales rose 3.3 percent to $11.2 billion in the period.", "true_false", "number", "True",
         "names nothing: where, who, what?"),
        ("Campbell's total sales rose _____ to $2.28 billion.", "cloze", "number", "5.5 percent", None),
    ],
)  # fmt: skip
def test_figures_and_dates_need_a_name_beside_them(prompt, qtype, kind, answer, reason):
    text = prompt.replace(BLANK, answer if qtype != "true_false" else "")
    fact = Fact(id="x", kind=kind, text=answer, sentence=text, value="2002-05" if kind == "date" else None,
                granularity="month" if kind == "date" else None)  # fmt: skip
    assert rejection(question(prompt, answer, qtype=qtype, kind=kind), fact, text) == reason


def test_a_place_used_inside_a_phrase_is_no_gap():
    text = "Krispy Kreme operates 333 stores in 42 U.S. states and Canada."
    q = question("Krispy Kreme operates 333 stores in 42 _____ states and Canada.", "U.S.", qtype="cloze", kind="place")
    assert rejection(q, _fact("place", "U.S.", text), text) == "a place used as a word of another phrase"


@pytest.mark.parametrize(
    ("prompt", "answer", "sentence", "reason"),
    [
        ("How many others searched the rubble for survivors in Xinmo?", "dozens",
         "Dozens of others searched the rubble for survivors in Xinmo.", "others than whom? the sentence said"),
        ("How many pioneers started arriving at Sutter's Fort by early September 1846?", "first",
         "The first pioneers started arriving at Sutter's Fort by early September 1846.", "an order, not a count"),
    ],
)  # fmt: skip
def test_counts_that_are_no_counts(prompt, answer, sentence, reason):
    q = question(prompt, answer, kind="number")
    assert rejection(q, Fact(id="x", kind="number", text=answer, sentence=sentence), sentence) == reason


def test_the_last_of_a_named_set_is_no_relative_ordinal():
    sentence = "In Chile, the last of the 33 trapped miners at the San Jose mine was raised on October 13, 2010."
    q = question("When was the last of the 33 trapped miners at the San Jose mine in Chile raised?", "October 13, 2010")
    fact = Fact(id="x", kind="date", text="October 13, 2010", sentence=sentence, value="2010-10-13", granularity="day")
    assert rejection(q, fact, sentence) is None
    previous = question("When was the last general election at the San Jose mine in Chile held?", "October 13, 2010")
    assert rejection(previous, fact, sentence) == "previous to what? the sentence does not say"


def test_who_did_it_when_he_did_it_asks_about_one_person():
    sentence = "Breivik admitted killing 77 people when he bombed central Oslo in 2011."
    q = question("Who admitted killing 77 people when he bombed central Oslo in 2011?", "Breivik", kind="person")
    assert rejection(q, Fact(id="x", kind="person", text="Breivik", sentence=sentence), sentence) is None


def test_what_was_also_done_is_one_of_several():
    sentence = "The National Weather Service has also issued a flash flood watch for Texas."
    clause = Clause(subject="the National Weather Service", verb="issued", verb_lemma="issue", verb_tag="VBN",
                    aux=("has",), rest="for Texas")  # fmt: skip
    fact = Fact(id="x", kind="outcome", text="a flash flood watch", sentence=sentence, clause=clause)
    q = question("What has the National Weather Service issued for Texas?", "a flash flood watch", kind="outcome")
    assert rejection(q, fact, sentence) == "one of several: the sentence says 'also'"


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "reason"),
    [
        ("In London, how many deaths were recorded?", "only six", "number", "too vague to stand alone"),
        ("What did Breivik carry out in Oslo?", "the planned attack on 22 July 2011", "outcome",
         "the answer holds a date nobody asked for"),
    ],
)  # fmt: skip
def test_questions_that_say_too_little_or_answer_too_much(prompt, answer, kind, reason):
    sentence = (
        "Only six deaths were recorded in London. Breivik carried out the planned attack on 22 July 2011 in Oslo."
    )
    fact = Fact(id="x", kind=kind, text=answer, sentence=sentence)
    assert rejection(question(prompt, answer, kind=kind), fact, sentence) == reason


def test_an_era_is_no_answer():
    sentence = "The Essenes flourished from the second century BCE to the first century CE."
    q = question("The Essenes flourished from the second century _____ to the first century CE.", "BCE",
                 qtype="cloze", kind="date")  # fmt: skip
    assert rejection(q, Fact(id="x", kind="date", text="BCE", sentence=sentence), sentence) == "an era, not a fact"


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "reason"),
    [
        ("The Union Election Commission (_____) will publish its results on November 9, 2015.", "UEC", "organization",
         "the answer's initials stand in the question"),
        ("How many seats will give a comfortable majority to the NLD in Myanmar?", "Seventy percent", "number",
         "a share, not a count"),
        ("What headed Myanmar's opposition National League for Democracy?", "Aung San Suu Kyi", "outcome",
         "a name asked with What"),
        ("What owned HJ Heinz before the merger?", "Warren Buffett's Berkshire Hathaway", "outcome",
         "a name asked with What"),
        ("What did Nokia sell during the quarter to June 2013?", "53.7 million mobile phones", "outcome",
         "a count asked with What"),
        ("What did Toyota sell in 2019?", "around 30 times more cars", "outcome", "a count asked with What"),
    ],
)  # fmt: skip
def test_questions_whose_answer_does_not_fit(prompt, answer, kind, reason):
    sentence = prompt.replace("_____", answer)
    fact = Fact(id="x", kind=kind, text=answer, sentence=sentence)
    qtype = "cloze" if "_____" in prompt else "short_answer"
    assert rejection(question(prompt, answer, qtype=qtype, kind=kind), fact, sentence + " " + answer) == reason


def test_a_place_with_nothing_else_named_beside_it_is_no_question():
    sentence = "In Chile, newly built apartment buildings slumped and fell."
    q = question("In _____, newly built apartment buildings slumped and fell.", "Chile", qtype="cloze", kind="place")
    fact = Fact(id="x", kind="place", text="Chile", sentence=sentence)
    assert rejection(q, fact, sentence) == "a place with nothing else named or dated beside it"


@pytest.mark.parametrize(
    ("qtype", "kind", "prompt", "answer"),
    [
        ("cloze", "place", "Seven drowned when their boat sank in _____ Bengal.", "the Bay of"),
        ("cloze", "organization", "Vermeer was admitted to _____'s Guild in Delft in 1653.", "the Saint Luke"),
        ("cloze", "place", "The _____ of the Kings near Luxor was used for burials.", "Valley"),
        ("short_answer", "organization", "What led A team?", "the University of Memphis"),
    ],
)  # fmt: skip
def test_a_gap_or_an_inversion_that_breaks_a_name_or_a_phrase_is_rejected(qtype, kind, prompt, answer):
    q = question(prompt, answer, qtype=qtype, kind=kind)
    reason = rejection(q, _fact(kind, answer, prompt.replace(BLANK, answer)), ELECTION)
    assert reason in ("the gap cuts a name in two", "a sentence's first word inside the question")


def test_who_is_never_asked_of_a_thing_the_question_calls_its():
    q = question("Who gets its name from the Roman goddess and wife of Jupiter?", "Juno", kind="person")
    assert rejection(q, _fact("person", "Juno", "Juno gets its name from the Roman goddess."), ELECTION) == (
        "who for a thing"
    )


def test_a_heading_in_capitals_is_no_sentence_to_ask():
    q = question("ALFRED THE _____ (849-899), the most celebrated of rulers, was King of Wessex.", "GREAT",
                 qtype="cloze", kind="organization")  # fmt: skip
    assert rejection(q, _fact("organization", "GREAT", q.prompt), ELECTION) == "a heading in capitals, not a sentence"
    ok = question("NASA launched the shuttle from _____ in 2011.", "Cape Canaveral", qtype="cloze", kind="place")
    reason = rejection(ok, _fact("place", "Cape Canaveral", ok.prompt), ELECTION)
    assert reason != "a heading in capitals, not a sentence"


def test_a_statement_that_opens_with_a_quantifier_names_nothing():
    q = question("All 54 bodies have been recovered.", "True", qtype="true_false", kind="number")
    assert rejection(q, _fact("number", "54", q.prompt), ELECTION) == "names nothing: where, who, what?"


def test_a_weekdays_possessive_is_a_relative_date_and_no_gap_for_a_date():
    q = question("Friday's decision marks a victory for the _____ Republican attorneys general.", "26",
                 qtype="cloze", kind="number")  # fmt: skip
    said = q.prompt.replace(BLANK, "26")
    assert rejection(q, _fact("number", "26", said), said) == "relative date left relative"
    d = question("_____'s decision seemed to ensure Supreme Court review.", "August 12, 2011", qtype="cloze")
    assert rejection(d, FACT, ELECTION) == "a date as the owner of a thing"


def test_the_end_of_the_week_is_a_relative_date():
    said = "The number was expected to swell to 20,000 across five states by week's end, Kieserman said."
    assert gap_rejection(said, "20,000", "number") == "relative date left relative"


@pytest.mark.parametrize(
    ("said", "relative"),
    [("By the end of the year, about 500 other Maori had signed the Treaty of Waitangi.", True),
     ("Duque's rival won 8 million votes so far.", True),
     ("An investigation into a crash that killed 10 people has so far found that a train sped up.", False),
     ("Space Shuttle Endeavour will launch at the end of the month on April 29, 2011.", False),
     ("King Harold had been expecting 7,000 Normans sometime in the summer.", True),
     ("5 battles were fought in the winter and early spring of 870-871 at Reading.", False),
     ("Harold moved out of London with 7,000 men after only 6 days.", True),
     ("Two centuries ago, 33 explorers led by Meriwether Lewis set out to explore the American west.", True)],
)  # fmt: skip
def test_the_end_of_the_year_and_a_count_so_far_are_relative(said, relative):
    found = gap_rejection(said, next(w for w in said.split() if w[0].isdigit()), "number")
    assert (found == "relative date left relative") is relative, found


def test_a_name_written_with_an_s_gives_itself_away():
    said = "New Horizon's signal home ends the long wait for New Horizons to get back in touch."
    assert gap_rejection(said, "New Horizons", "organization", gap="for New Horizons") == "answer in the question"


def test_a_span_of_years_gives_away_its_half_and_its_length():
    said = "Don Porfirio had been in power for more than 30 years (1876-1911)."
    assert gap_rejection(said, "1876", "date") == "half of a span of years its length gives away"
    life = "Darwin was the grandson of Erasmus Darwin (1731-1802), doctor and naturalist."
    assert gap_rejection(life, "1802", "date") is None
    found = gap_rejection(said, "more than 30 years", "number")
    assert found == "the years in the question give the length away"


def test_a_figure_in_a_sentence_that_names_nothing_else_is_no_question():
    said = "Thousands of people were evacuated in July 2006 during an earlier eruption."
    assert gap_rejection(said, "July 2006", "date") == "names nothing besides its figures: what about?"
    text = "Cisco shares rose the most in nine years. Cisco rose $2.19, or 16 percent, to $15.92 in trading."
    cisco = "Cisco rose $2.19, or 16 percent, to $15.92 in trading."
    assert gap_rejection(cisco, "16 percent", "number", text) != "names nothing besides its figures: what about?"


def test_a_count_the_question_lists_item_by_item_is_given_away():
    q = question("How many battles were fought at Englefield, Reading, Ashdown, Basing and the unidentified Meretun?",
                 "Five", kind="number")  # fmt: skip
    said = "Five battles were fought at Englefield, Reading, Ashdown, Basing and the unidentified Meretun."
    assert rejection(q, _fact("number", "Five", said), said) == "the question lists what it asks to count"
    for said, answer in (("The three judges of the competition were John Rastrick, Nicholas Wood and John Kennedy.",
                          "three"),
                         ("Ten locomotives were entered but only five turned up: the Rocket, Sans Pareil, Novelty, "
                          "Cycloped and Perseverance.", "only five")):  # fmt: skip
        q = question(said.replace(answer, BLANK, 1), answer, qtype="cloze", kind="number")
        assert rejection(q, _fact("number", answer, said), said) == "the question lists what it asks to count"
    ok = question("Thieves stole _____ paintings, including works by Rembrandt, Degas, Manet and Vermeer.", "11",
                  qtype="cloze", kind="number")  # fmt: skip
    said = ok.prompt.replace(BLANK, "11")
    assert rejection(ok, _fact("number", "11", said), said) != "the question lists what it asks to count"


@pytest.mark.parametrize(
    ("kind", "prompt", "verb", "lemma", "refused"),
    [
        ("place", "Where did Magellan go?", "went", "go", True),  # India, Africa, Spain, the Pacific ...
        ("outcome", "What did Gareth Bale score?", "scored", "score", True),  # a season has many goals
        ("place", "Where did Magellan go after the dispute with the king?", "went", "go", False),  # this journey
        ("place", "Where did Magellan die?", "died", "die", False),  # one death, one place
        ("place", "Where is Magellan buried?", "buried", "bury", False),
        ("outcome", "What did Magellan develop?", "developed", "develop", True),  # a passion? a style?
    ],
)
def test_a_bare_what_or_where_of_a_verb_that_says_little_is_refused(kind, prompt, verb, lemma, refused):
    text = "After the dispute with the king, Magellan went to Spain. Magellan died and is buried in Spain."
    c = Clause(subject="Magellan", verb=verb, verb_lemma=lemma, verb_tag="VBD", answer_role="adjunct")
    f = Fact(id="f", kind=kind, text="Spain", value="Spain", sentence=text.split(". ")[0] + ".", clause=c)
    q = question(prompt, "Spain", kind=kind, source=f.sentence)
    assert (rejection(q, f, text) == "a verb that says too little, with nothing after it") == refused


@pytest.mark.parametrize(
    ("prompt", "verb", "lemma", "refused"),
    [
        ("What did Rembrandt paint?", "painted", "paint", True),  # portraits, biblical scenes, the Night Watch
        ("What did Rembrandt build up?", "built", "build", True),
        ("What did Rembrandt paint in his early years in Leiden?", "painted", "paint", False),
    ],
)
def test_a_bare_what_of_any_verb_is_refused(prompt, verb, lemma, refused):
    text = "In his early years in Leiden, Rembrandt painted numerous biblical scenes."
    c = Clause(subject="Rembrandt", verb=verb, verb_lemma=lemma, verb_tag="VBD", answer_role="object")
    f = Fact(id="f", kind="outcome", text="numerous biblical scenes", sentence=text, clause=c)
    q = question(prompt, f.text, kind="outcome", source=text)
    why = "a deed with nothing to say when, where or which: many answers fit"
    assert (rejection(q, f, text) == why) == refused


def test_one_of_a_list_or_of_several_is_no_short_answer():
    text = "Most cases have occurred in China, Italy, Iran and South Korea."
    c = Clause(subject="most cases", verb="occurred", verb_lemma="occur", verb_tag="VBN", aux=("have",))
    listed = Fact(id="f", kind="place", text="China", sentence=text, clause=c, in_list=True)
    q = question("Where have most cases occurred?", "China", kind="place", source=text)
    assert rejection(q, listed, text) == "one of a list: the others answer it too"
    cloze = question("Most cases have occurred in _____, Italy, Iran and South Korea.", "China", qtype="cloze",
                     kind="place", source=text)  # fmt: skip
    assert rejection(cloze, listed, text) != "one of a list: the others answer it too"  # the others are shown
    said = "C. Owen Lovejoy was one of more than 40 researchers who analyzed the Ardi fossils."
    person = Fact(id="p", kind="person", text="C. Owen Lovejoy", sentence=said)
    for prompt, qtype in (
        ("Who was one of more than 40 researchers who analyzed the Ardi fossils?", "short_answer"),
        ("_____ was one of more than 40 researchers who analyzed the Ardi fossils.", "cloze"),
    ):
        q = question(prompt, "C. Owen Lovejoy", qtype=qtype, kind="person", source=said)
        assert rejection(q, person, said) == "one of several: the others answer it too"


def test_a_figure_cut_in_two_or_a_gap_with_too_little_around_it_is_refused():
    ipads = "Nine and a quarter million iPads were sold by Apple in the quarter to June 2011."
    assert gap_rejection(ipads, "quarter million", "number") == "a figure cut in two"
    posted = "Apple posted $28.57bn."
    assert gap_rejection(posted, "$28.57bn", "number") == "too little around the gap"  # revenue? profit?
    statement = question(posted.replace("28.57", "42.86"), "False", qtype="true_false", kind="number")
    assert rejection(statement, _fact("number", "$28.57bn", posted), posted) == "says too little to be true or false"


def test_a_what_question_whose_answer_is_people_is_refused():
    said = "Apple has embarrassed Wall Street analysts with its results for July 2011."
    c = Clause(subject="Apple", verb="embarrassed", verb_lemma="embarrass", verb_tag="VBN", answer_role="object")
    f = Fact(id="f", kind="outcome", text="Wall Street analysts", sentence=said, clause=c)
    q = question("What has Apple embarrassed?", "Wall Street analysts", kind="outcome", source=said)
    assert rejection(q, f, said) == "asks what for people: who?"


_VAGUE = "which one? a bare noun the article never names"


@pytest.mark.parametrize(
    ("said", "answer", "kind", "reason"),
    [
        ("iPad sales rose 183 per cent over the year-ago quarter, Apple said in July 2011.", "183 per cent", "number",
         "relative date left relative"),
        ("Longstone had better accommodation, but the island was less hospitable in 1838.", "1838", "date", _VAGUE),
        ("Amundsen traversed the Northwest Passage in 1906 with 6 others in the ship Gjöa.", "1906", "date", None),
        ("The disease, rare in the United States, has now infected at least eight people in Orange County.",
         "Orange County", "place", _VAGUE),  # which disease? the article said measles before
        ("Homeopathy treats patients with substances that cause symptoms similar to the disease, since 1796.", "1796",
         "date", None),  # a disease in general
        ("The 37-year-old Sachin Tendulkar, the leading runscorer in cricket, praised his teammates in April 2011.",
         "37-year-old", "number", "an age, with no date to count it to"),  # his age on the day of writing
        ("They are on trial for the death of their nine-month-old child, Gloria, in May 2009.", "nine-month-old",
         "number", None),  # her age when she died: a fact
        ("In 1933 Raman became a professor at the Indian Institute of Science (IISc), Bangalore.",
         "the Indian Institute of Science", "organization", "its abbreviation in the question"),
        ("In 2003 fossils of Homo floresiensis were found on the Indonesian island of Flores.", "Flores", "place",
         "answer in the question"),
        ("In 1642 Abel Tasman reached Van Diemen's Land (now called Tasmania) in the ship Heemskerck.", "Tasmania",
         "place", "answer in the question"),  # a place named after the name the question prints
        ("Australia won the three previous World Cups—1999, 2003 and 2007.", "three", "number",
         "the question lists what it asks to count"),
        ("Chidoka is close to Goodluck Jonathan, who has governed Nigeria for the past five years.", "Nigeria",
         "place", "relative date left relative"),
        ("Patrick Cannon pleaded guilty in June to one count of honest services wire fraud in Charlotte.", "Charlotte",
         "place", "relative date left relative"),  # which June?
        ("Before 1848 most emigrants usually departed from Missouri in April, crossing the Great Plains.", "Missouri",
         "place", None),  # every year's April
        ("Duke William landed at Pevensey on the 28th of September, days after the Saxons fought each other at York.",
         "Pevensey", "place", "relative date left relative"),  # "each other" says nothing of every year
        ("Menelik II had spent several years re-equipping his soldiers in Ethiopia for such a conflict.", "Ethiopia",
         "place", "leans on the sentence before"),
        ("James Cook and his crew spent the following six months charting the coast of New Zealand.", "New Zealand",
         "place", "relative date left relative"),
        ("Among the dead on Mount Sinabung were students who came to see the eruptions up close in 2014.", "2014",
         "date", None),  # the eruptions of the mountain just named
        ("At midday Ghana, previously the Gold Coast, was declared independent of Britain.", "Britain", "place",
         "relative date left relative"),  # the date was cut: which midday?
        ("Charles Taylor has been on trial in The Hague for almost five years, the court said.", "The Hague", "place",
         "relative date left relative"),  # five years up to when?
        ("On board were men, women and children from across England and the city of Leiden in Holland.", "Leiden",
         "place", "on board what? the sentence before said"),
        ("On this date, in the year 1910 the war to overthrow the dictator Porfirio Diaz began.", "Porfirio Diaz",
         "person", "relative date left relative"),
        ("The first flight covered 36.6 metres at only 10.9 km/h.", "only 10.9 km", "number",
         "the gap cuts a unit in two"),
        ("Cox's Bazar in Bangladesh has been hit by at least 58.5cm of rain, the weather office said.",
         "at least 58.5", "number", "the gap cuts a unit in two"),  # "_____cm"
        ("Typhoon Haiyan unleashed 7-meter (23-foot) storm surges on the coasts of Samar and Leyte.", "23-foot",
         "number", "the same figure in other units gives it away"),
        ("Typhoon Haiyan unleashed 7-meter (23-foot) storm surges on the coasts of Samar and Leyte.", "7-meter",
         "number", "the same figure in other units gives it away"),
        ("Earlier, Foreign Minister Nyan Win said on state television that 10,000 people had died in Bogalay.",
         "Bogalay", "place", "leans on the sentence before"),  # earlier than what?
        ("The above refers not to the 1941 attack on Pearl Harbor but to the 1904 attack on Port Arthur.", "1904",
         "date", "leans on the sentence before"),  # a quotation the student never sees
        ("The Roosevelt in question was not Franklin, but rather his cousin and predecessor, Theodore Roosevelt.",
         "Franklin", "person", "leans on the sentence before"),
        ("Field Marshal Hussein Tantawi, head of the ruling Supreme Council, congratulated Morsi in Cairo.",
         "Marshal Hussein Tantawi", "person", "the gap cuts a title in two"),  # "Field _____"
        ("InBev and Anheuser-Busch have announced an agreement to combine the two companies in July 2008.", "two",
         "number", "the answer can be counted in the question"),
        ("Gillard called on the mining industry in June 2010 to bring the bitter fight between the two to an end.",
         "two", "number", "the answer can be counted in the question"),  # the two what?
        ("Chandrasekhara Venkata Raman was also became a Fellow of the Royal Society in 1924.", "1924", "date",
         "the source's slip of grammar"),  # a question would repeat it
        ("Dumiso Dabengwa got 25,416 votes in Zimbabwe, which was 0,74 percent of the overall vote..", "25,416",
         "number", "the source's slip of grammar"),
        ("In response, 1,200 colonial troops under William Prescott occupied Bunker Hill in June 1775.", "1,200",
         "number", "leans on the sentence before"),  # in response to what?
        ("The latest has been unearthed in Afar, Ethiopia, according to a paper published on May 27, 2015.",
         "Afar", "place", "leans on the sentence before"),  # the latest what?
        ("K P Sharma Oli was sworn in as Nepal's Prime Minister on Friday at Sheetal Niwas.", "Sheetal Niwas",
         "place", "relative date left relative"),  # the weekday was never written out
        ("Tony Blair Thursday signalled the end of the Blair era in Britain, in Sedgefield.", "Sedgefield", "place",
         "relative date left relative"),  # which Thursday?
        ("Scholz got a clear majority on Wednesday of 395 votes, Bundestag President Baerbel Bas said.",
         "Baerbel Bas", "person", "relative date left relative"),  # "of 395" is no date of it
        ("Ballard said pieces of the ship were found shortly after midnight Sunday 370 miles south of Newfoundland.",
         "Newfoundland", "place", "relative date left relative"),  # "Sunday 370" is no day of a month
        ("The Good Friday Agreement was signed in Belfast on April 10, 1998.", "Belfast", "place", None),
        ("The Matariki holiday in New Zealand will likely fall on a Monday or Friday.", "New Zealand", "place", None),
        ("The Court of Appeal in Paris went beyond the requisitions of the prosecutors on December 13.", "Paris",
         "place", "relative date left relative"),  # December 13 of which year?
        ("Proxima b orbits Proxima Centauri, the third wheel to the binary star pair Alpha Centauri AB.",
         "Proxima Centauri", "place", "every word of the answer is in the question"),
        ("The Eiffel Tower was built by his company Eiffel et Compagnie for the 1889 Paris World's Fair.",
         "Compagnie", "organization", "the gap cuts a name in two"),  # "Eiffel et _____": & Co.
        ("In contrast, Ibrahim Lodhi was loathed by many of his commanders at Panipat in 1526.", "Ibrahim Lodhi",
         "person", "leans on the sentence before"),  # in contrast to whom?
        ("Yet Mr. Morrison was returned to his post in the May 18, 2019 election in Australia.", "May 18, 2019",
         "date", "leans on the sentence before"),
        ("Morrison was sworn in by the Queen's representative in Australia,Governor-General Peter Cosgrove.",
         "Peter Cosgrove", "person", "the source's slip of grammar"),  # no space after the comma
        ("On May 20, 1927, Lindbergh made the first nonstop flight from New York to Paris, a distance of, flying "
         "alone.", "Paris", "place", "the source's slip of grammar"),  # the distance fell out
        ("The Mangalyaan is the cheapest inter- planetary mission, at USD 74 million, in 2014.", "USD 74 million",
         "number", "the source's slip of grammar"),
        ("Toussaint Louverture, << too SAN loo vair TOOR, >> (1743-1803) became a revolutionary in Haiti.", "Haiti",
         "place", "the source's slip of grammar"),
        ("Piccard landed after a 48 hour flight in Al1 Bateen Executive Airport, Abu Dhabi, in 2016.", "Abu Dhabi",
         "place", "the source's slip of grammar"),
        ("Pompeii was an ancient town near Naples, in the Campania region of Italy, in the commune ofPompei.", "Italy",
         "place", "the source's slip of grammar"),
        ("About, 73 BC, Spartacus escaped with about 70 slave gladiators to the side of Mount Vesuvius.",
         "Mount Vesuvius", "place", "the source's slip of grammar"),  # the hedge's comma
        ("Crassus is appointed to command eight legions --more than 40,000 soldiers against the slaves in 71 BC.",
         "40,000", "number", "the source's slip of grammar"),  # a dash spaced on one side
        ("Nasser became the villian of the British press as Prime Minister Eden spoke in London in 1956.", "London",
         "place", "the source's slip of grammar"),  # a letter swapped in "villain"
        ("InBev filed a motion seeking the removal of all 13 Anheuser- Busch board members in July 2008.", "13",
         "number", "the source's slip of grammar"),  # a line-break hyphen left in a name
        ("Kofi Annan is due to arrive in Islamabad at the start of a whirwind tour of South Asia in March 2001.",
         "Islamabad", "place", "the source's slip of grammar"),  # "whirlwind", less common than "villain"
        ("Archimedes is saidto have visited Egypt in early life, and to have invented a screw in 250 BC.", "Egypt",
         "place", "the source's slip of grammar"),  # a space lost
        ("The Irish Volunteers had planned a general uprising for Easter Sunday, 1916.", "Easter Sunday,", "place",
         "the answer ends in a stray mark"),
        ("Tereshkova joined DOSAAF (Добровольное общество содействия армии) in 1959.", "Добровольное",
         "organization", "an answer in another script"),
        ("NIGHTINGALE was born at Florence in 1820, the younger daughter of William Edward Nightingale.", "Florence",
         "place", "a heading in capitals, not a sentence"),  # a dictionary entry's heading
        ("Divers of the Thai Navy SEAL team reached the cave in July 2018, and a Navy Seal died.", "July 2018",
         "date", None),  # capitals in a name, beside the name in small letters
        ("On September 1, 1923, an earthquake of magnitude 8.3 occured near the densely populated Kanto plain.",
         "Kanto", "place", "the source's slip of grammar"),  # a misspelling lemminflect lists among the forms
        ("The Labour Party honoured its leader Clement Attlee in London in July 1945.", "London", "place",
         None),  # a British spelling, no slip
        ("Tesla will deliver 500,000 vehicles in 2020, a forecast not changed inspite of the pandemic.", "2020",
         "date", "the source's slip of grammar"),
        ("Andy Roddick held his his serve 10 times before going down in London in 2009.", "London", "place",
         "the source's slip of grammar"),
        ("Judge Smith said that that ruling of 2008 stood, in London in 2009.", "London", "place", None),
        ("In 75 BC Cicero was appointed quaestor over Sicily, where he found the tomb of Archimedes.", "Sicily",
         "place", None),  # a rare word, one slip from a rarer one
        ("The localist candidates won six seats in the Legislative Council election in Hong Kong in 2016.",
         "Hong Kong", "place", None),
        ("A great battle was about to be fought between two fleets off Lepanto in October 1571.", "two", "number",
         "the answer can be counted in the question"),  # between ___ fleets
        ("Lula arrived at a rally in Sao Paulo shortly after 8:00 pm (1100 GMT), waving to the crowd.", "1100",
         "number", "a clock time, not a figure"),  # options 1099, 1101?
        ("In a reflection of this, Tesla is now worth around three times the value of General Motors in 2020.",
         "General Motors", "organization", "leans on the sentence before"),  # of what?
        ("Jenner did so well that, according to Lettsom, he was offered the post of Botanist in 1771.", "1771",
         "date", None),
        ("The Developed Nations Agreed To A Cut Greenhouse-gas Emissions By 6 Percent in Kyoto in 1997.", "Kyoto",
         "place", "the source's slip of grammar"),  # a headline in title case, not a sentence
        ("Louis Pasteur and Robert Koch, two authoritarian personalities, detested one another in Paris in 1882.",
         "two", "number", "the answer can be counted in the question"),  # the names before the gap
        ("After spending three years in Bukhara in present-day Uzbekistan, they were encouraged to visit Kublai Khan.",
         "Bukhara", "place", "unresolved pronoun"),  # who spent them?
        ("During the course of the voyages in 1407, they destroyed the pirate fleet of Chen Zuyi at Palembang.",
         "Palembang", "place", None),
        ("At present, China has 14 astronauts, selected from among 1,500 pilots of the air force.", "14", "number",
         "relative date left relative"),  # when?
        ("Cicero, about 140 years afterward, being appointed quaestor over Sicily, found the tomb of Archimedes.",
         "Sicily", "place", "relative date left relative"),  # after what?
        ("The Lusitania was nearing the end of her journey from New York and was due to dock later that afternoon.",
         "New York", "place", "relative date left relative"),  # which day?
        ("On May 7, 1915, the Lusitania was nearing the end of her journey from New York and was due to dock later "
         "that afternoon.", "New York", "place", None),
        ("The earl of Mornington (afterward Marquis Wellesley), then governor general of India, made war in 1799.",
         "India", "place", None),  # a title he took later, no date
        ("At sunrise on the 7th of October the Christian fleet came in sight at the entrance to the Bay of Lepanto.",
         "the Bay of Lepanto", "place", "relative date left relative"),  # October of which year?
        ("Lewis jumped 28-5 in regular wind conditions and 28-7 1/2 with the wind in Tokyo in 1991.", "28-7",
         "number", "the gap cuts a figure in two"),  # the half inch left behind
        ("British playwright Harold Pinter, a blunt opponent of the Iraq war, won.", "Harold Pinter", "person",
         "won what? the question does not say"),
        ("Wole Soyinka of Nigeria was honored in 1986.", "Nigeria", "place", "won what? the question does not say"),
        ("Usain Bolt won the 100 metres in Beijing in 2008.", "Beijing", "place", None),
        ("Atleast 15 people were reported killed in Algiers in 2003.", "Algiers", "place",
         "the source's slip of grammar"),  # a space lost in the opening word
        ("Lumumba came to power in 1960, the date of Congo' s independence from Belgium.", "Belgium", "place",
         "the source's slip of grammar"),  # a space in a possessive
        ("Bibliography1895, a new kind of radiation was reported in Würzburg in 1895.", "Würzburg", "place",
         "the source's slip of grammar"),  # a heading run into its first line
        ("Two were composed of Spaniards and Mestizos armed with muskets in Tungasuca in 1780.", "Two", "number",
         "counted what? the question does not say"),  # two columns
        ("Eight died in Oslo and 69 on the island of Utoeya on July 22, 2011.", "Eight", "number",
         "counted what? the question does not say"),
        ("27 people died in Oslo on July 22, 2011.", "27 people", "number", None),
        ("Mustafa Kemal Ataturk was a Turkish leader and first president of the Republic of Turkey from 1923.",
         "the Republic of Turkey", "place", "the question names the answer's people"),  # the country, in any form
        ("A summary of Stanley's letters published by The New York Times in 1872 quotes the phrase.",
         "The New York Times", "organization", "which one? a bare noun the article never names"),  # which phrase?
        ("Stanley's letters in The New York Times quoted the phrase “Doctor Livingstone” in 1872.",
         "The New York Times", "organization", None),
    ],
)  # fmt: skip
def test_why_a_gap_in_one_sentence_is_refused(said, answer, kind, reason):
    assert gap_rejection(said, answer, kind) == reason


def test_an_event_to_put_in_order_that_points_back_is_refused():
    """ "Pasteur died from complications resulting from these strokes": which strokes, the list does not say."""
    items = ("Pasteur was born in Dole", "Pasteur died from complications resulting from these strokes")
    ordering = question("Put these events in order.", "x", qtype="ordering", choices=items)
    assert rejection(ordering, FACT, TEXT) == "an item leans on the sentence before"
    plain = question("Put these events in order.", "x", qtype="ordering", choices=(items[0], "Pasteur died in 1895"))
    assert rejection(plain, FACT, TEXT) is None


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "reason"),
    [
        ("Andres Iniesta scored in extra time to give Spain a 1-0 win over the _____ in Johannesburg in 2010.",
         "Netherlands", "place", "the article before the gap picks the place out"),  # only "the Netherlands" fits
        ("A fruitless journey in search of employment (_____-1779) led Mozart to Paris, Mannheim and Munich.",
         "1777", "date", "a span's other end rules options out"),  # 1779 and 1781 are no options
        ("Charles II had commissioned three surveyors including _____ to measure the ruins of London in 1666.",
         "Christopher Wren", "person", None),
    ],
)  # fmt: skip
def test_what_makes_a_multiple_choice_give_itself_away(prompt, answer, kind, reason):
    said = prompt.replace(BLANK, answer)
    q = question(prompt, answer, qtype="multiple_choice", kind=kind)
    assert rejection(q, _fact(kind, answer, said), said) == reason


def test_an_answer_cut_after_including_is_a_fragment():
    said = "King Charles II had commissioned three surveyors including Christopher Wren after the fire of 1666."
    q = question("What had King Charles II commissioned after the fire of 1666?", "three surveyors including",
                 kind="outcome")  # fmt: skip
    assert rejection(q, _fact("outcome", "three surveyors including", said), said) == "the gap cuts a name in two"


@pytest.mark.parametrize("answer", ["³", "²"])
def test_a_superscript_digit_is_no_count_to_read(answer):
    """ "³" is a digit to str.isdigit but no number to int(): the count checks must read it as no count, not
    crash (the fuzz test found it, a line holding only "³")."""
    said = f"Officials in Kazakhstan counted {answer} ballots for President Tokayev in June 2022."
    q = question("How many ballots did officials in Kazakhstan count for President Tokayev in June 2022?", answer,
                 kind="number")  # fmt: skip
    assert rejection(q, _fact("number", answer, said), said) is None  # a figure like any other


@pytest.mark.parametrize(
    "said",
    [
        "Scott Morrison was sworn in as Prime Minister on Wednesday May29,2019, 11 days after the election.",
        "72 died in the state of Morelos, 43 in Puebla , three in Guerrero and one in Oaxaca.",
    ],
)
def test_a_source_typed_in_haste_makes_no_question(said):
    answer = "Guerrero" if "Guerrero" in said else "11 days"
    assert gap_rejection(said, answer, "place") == "the source's slip of grammar"


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Since then Bayer has raised its offer twice, first to $125 per share in July 2016.", "$125"),  # since when?
        ("In 1813 Faraday became his temporary assistant and spent 18 months touring Europe.", "18 months"),  # whose?
    ],
)
def test_a_sentence_that_leans_on_the_one_before_makes_no_question(said, answer):
    assert gap_rejection(said, answer, "number") == "leans on the sentence before"


def test_an_answer_pointing_at_a_list_not_shown_is_refused():
    said = "In Article 2 of the Treaty, China cedes in perpetuity full sovereignty the following territories."
    q = question("What does China cede in perpetuity full sovereignty?", "the following territories", kind="outcome")
    why = "the answer points at a list the question does not show"
    assert rejection(q, _fact("outcome", "the following territories", said), said) == why


def test_a_name_the_article_misspells_once_is_not_printed():
    text = "Michael Farady was born in London in 1791. In 1813 Faraday became an assistant. Faraday died in 1867."
    q = question("Where was Michael Farady born in 1791?", "London", kind="place")
    assert (
        rejection(q, _fact("place", "London", text.split(". ")[0] + "."), text) == "a name the article misspells once"
    )
    ok = question("When did Faraday die?", "1867", kind="date")
    assert rejection(ok, _fact("date", "1867", "Faraday died in 1867."), text) != "a name the article misspells once"
    many = "Many people met Mary. Mary was kind. Mary left."  # a word, not a name: "Many" beside "Mary"
    assert rejection(question("Who met Mary?", "Many people"), _fact("person", "Many people", many), many) != (
        "a name the article misspells once"
    )


@pytest.mark.parametrize(
    ("said", "answer", "kind", "reason"),
    [
        ("Disney will pay $4.05 billion in cash and stock,a blockbuster deal, in 2012.", "$4.05 billion", "number",
         "the source's slip of grammar"),
        ("His British army of 7,5000 men marched to the Battle of New Orleans in 1815.", "1815", "date",
         "the source's slip of grammar"),
        ("The WHO declared the Ebola virus disease (EVD) outbreak in Congo an emergency.", "EVD", "organization",
         "the words before the gap spell the answer"),
        ("Imran Khan defeated Pakistan Muslim League-Nawaz (PML-N) candidate Abdullah Khan in 2018.", "PML-N",
         "organization", "the words before the gap spell the answer"),
        ("The Scots launched a revolt under Robert Bruce, the future King Robert I of Scotland.", "Scotland", "place",
         "the question names the answer's people"),
        ("Naturally the Portuguese King John II was not happy about the line in 1493.", "1493", "date",
         "leans on the sentence before"),
        ("Twelve years earlier Captain Robert Gray had sailed up the river he named the Columbia.", "Columbia",
         "place", "relative date left relative"),
        ("Hans Lippershey (1570 – buried 29 September 1619) was a spectacle-maker.", "September 1619", "date",
         "the gap cuts a date in two"),
        ("The treaty was signed by Commodore Commodore Matthew Perry at Kanagawa in 1854.", "1854", "date",
         "the source's slip of grammar"),
        ("Tata Steel (nyse: TTM news people ) bought Corus for $12 billion in 2007.", "2007", "date",
         "the source's slip of grammar"),
        ("Sirleaf won 59.4 percent of the valid votes, compared to Weah's 40.6 percent, in 2005.", "40.6 percent",
         "number", "the other share gives it away"),
        ("The tower is located within the Campo dei Miracoli (Field of Miracles) in Pisa.", "Campo", "place",
         "the gap cuts a name in two"),
    ],
)  # fmt: skip
def test_what_the_fresh_sets_of_the_ninth_session_showed(said, answer, kind, reason):
    assert gap_rejection(said, answer, kind) == reason


@pytest.mark.parametrize(
    ("said", "answer", "kind", "reason"),
    [
        ("The Edict of Saint-Germain, promulgated 36 years earlier by Catherine de Medici, was not registered until "
         "after the Massacre of Vassy on 1 March 1562.", "Catherine de Medici", "person",
         "relative date left relative"),  # earlier than the Edict of Nantes of the sentence before
        ("King Philip rallied an army of 12,000 men, made up of approximately 8,000 mounted knights and 4,000 hired "
         "Genoese crossbowmen.", "4,000", "number", "the other figures add up to it"),
        ("King Philip rallied an army of 12,000 men, made up of approximately 8,000 mounted knights and 4,000 hired "
         "Genoese crossbowmen.", "approximately 8,000", "number", "the other figures add up to it"),
        ("Fidel Castro announced his resignation on February 19, 2008, according tothe country's state-run newspaper.",
         "February 19, 2008", "date", "the source's slip of grammar"),
        ("Andy Schleck finished 1 minute, 34 seconds behind Evans in the final standings.", "1 minute", "number",
         "the gap cuts a time in two"),
        ("Andy Schleck finished 1 minute, 34 seconds behind Evans in the final standings.", "34 seconds", "number",
         "the gap cuts a time in two"),
        ("The 76-year-old is accompanied by Hasina's younger sister, Sheikh Rehana.", "76-year-old", "number",
         "too vague to stand alone"),
        ("Silvio Martinelli of Italy was third.", "Italy", "place", "a place in a race the question does not name"),
        ("The four faces were carved over a 14-year period October 4, 1927 - October 31, 1941 by 400 workers.",
         "14-year", "number", "the years in the question give the length away"),
        ("In 2023, the available supply of RTS,S is limited.", "RTS", "organization", "the gap cuts a name in two"),
    ],
)  # fmt: skip
def test_what_the_fresh_sets_of_the_tenth_session_showed(said, answer, kind, reason):
    assert gap_rejection(said, answer, kind) == reason


def test_a_question_that_stops_where_its_list_of_deeds_goes_on_is_refused():
    said = (
        "In 1620, Louis XIII ordered Champlain to stop exploring, return to Quebec, and devote himself to the colony."
    )
    q = question("Who ordered Champlain to stop exploring, return to Quebec?", "Louis XIII", kind="person", source=said)
    assert rejection(q, _fact("person", "Louis XIII", said), said) == "a list cut short"
    said = "In 1634 he became master of the Mocha, a small trading ship, and served as second in command."
    q = question("When did Abel Tasman become master of the Mocha, a small trading ship?", "1634", source=said)
    assert rejection(q, _fact("date", "1634", said), said) != "a list cut short"  # an aside, then another deed


def test_an_earlier_the_sentence_dates_itself_is_no_relative_date():
    said = (
        "The April 24, 2013 disaster is the worst ever, surpassing a fire five months earlier that killed 112 people."
    )
    assert gap_rejection(said, "112", "number") != "relative date left relative"


def test_a_kin_word_is_no_organisation():
    said = "Isodorus the Younger, the nephew of Isidore of Miletus, rebuilt the dome."
    q = question("Which organisation does the article name as the nephew of Isidore of Miletus?",
                 "Isodorus the Younger", kind="organization")  # fmt: skip
    assert (
        rejection(q, _fact("organization", "Isodorus the Younger", said), said) == "a person asked as an organisation"
    )


def test_a_question_that_dates_itself_or_prints_its_answers_word_is_refused():
    said = "The London patient was diagnosed with HIV in 2003 and with Hodgkin's lymphoma in 2012."
    q = question("When was the London patient diagnosed with HIV in 2003?", "2012", kind="date")
    assert rejection(q, _fact("date", "2012", said), said) == "asks when of something it dates itself"
    said = "The Roslin experiment took place at the Roslin Institute near Edinburgh."
    q = question("Where did the Roslin experiment take place?", "the Roslin Institute", kind="organization")
    why = "a word of the answer's name is in the question"
    assert rejection(q, _fact("organization", "the Roslin Institute", said), said) == why


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Lagadianos said that 19 of the 28 passengers were rescued by fishing boats, while the remaining nine were "
         "picked up by a navy helicopter.", "nine"),
        ("Lagadianos said that 19 of the 28 passengers were rescued by fishing boats, while the remaining nine were "
         "picked up by a navy helicopter.", "19"),
        ("The ferry, operated by Aegean Lines, had a crew of 12, of whom eight were Greek and four were Filipino.",
         "eight"),
        ("The ferry, operated by Aegean Lines, had a crew of 12, of whom eight were Greek and four were Filipino.",
         "12"),
    ],
)  # fmt: skip
def test_a_part_the_sentence_splits_from_its_total_is_given_away_small_or_in_words(said, answer):
    assert gap_rejection(said, answer, "number") == "the other figures add up to it"


def test_figures_that_only_sit_near_the_gap_give_nothing_away():
    from quizgen.giveaways import next_in_a_run

    assert not next_in_a_run("Games 3, 4 and _____ were draws.", "6")
    assert not next_in_a_run("He wrote _____ letters to the pope.", "two")
    assert next_in_a_run("They drew Games _____, 4 and 5.", "3")


def test_a_time_in_two_units_is_not_asked_or_told_by_its_first_unit():
    from quizgen.checks import cuts_a_time

    source = "The spacecraft spent 2 days, 22 hours and 50 minutes in space, completing forty-eight orbits."
    assert cuts_a_time("The Vostok 6 spacecraft spent _____.", "2 days", source)
    assert cuts_a_time("The Vostok 6 spacecraft spent 2 days completing _____ orbits.", "forty-eight", source)
    assert cuts_a_time("The Vostok 6 spacecraft spent 2 days.", "", source)  # a true/false statement
    whole = "The Vostok 6 spacecraft spent 2 days, 22 hours and 50 minutes in space, completing _____ orbits."
    assert not cuts_a_time(whole, "forty-eight", source)
    assert not cuts_a_time("The crew spent _____ in space.", "3 days", "The crew spent 3 days in space.")


def test_small_figures_that_only_happen_to_add_up_are_asked():
    said = "Smith scored two goals in five games, and the team won three of them in March 2012."
    assert gap_rejection(said, "two", "number") != "the other figures add up to it"


@pytest.mark.parametrize(
    ("said", "answer", "kind", "reason"),
    [
        ("The Securities and Exchange Commission (SEC) still has to approve the merger in 2005.",
         "The Securities and Exchange Commission", "organization", "its abbreviation in the question"),
        ("Dan Ackman noted in 2005 that the commission at the NYSE averages less than a nickel (US$0.05) per share.",
         "US$0.05", "number", "the brackets restate the words before them"),
        ("The probe is about 3 billion miles (4.8 billion kilometers) from Earth in 2015.", "4.8 billion kilometers",
         "number", "the brackets restate the words before them"),  # a conversion anyone can work out
        ("Japan has sent up five H-2A rockets successfully but had to destroy the sixth H-2A rocket in 2003.",
         "sixth", "number", "the count before it gives the order away"),
        ("Six of the voyages occurred during the Yongle reign, while the 7th voyage occurred under Xuande in 1433.",
         "7th", "number", "the count before it gives the order away"),
        ("The Russian and the computer split the first two games, then played to draws in Games 3, 4 and 5 in 1997.",
         "5", "number", "the figures around the gap give it away"),
        ("After the battle Sobieski, sitting in the captured tent, wrote two letters, one to Pope Innocent XI and the "
         "other one to his wife in 1683.", "two", "number", "the figures around the gap give it away"),
        ("Eva's father, Juan Duarte, had two families: one with his legal wife, Adela D'Huart, and another with his "
         "mistress in 1919.", "two", "number", "the figures around the gap give it away"),
        ("Rallying the French troops, Joan earned popularity throughout France as the Maid of Orleans in 1429.",
         "France", "place", "the question names the answer's people"),
        ("The album 25 similarly broke records for a single week of the UK charts in Britain in 2015.",
         "Britain", "place", "the question names the answer's people"),
        ("The Battle at Puebla happened after the United States defeated Mexico in the Mexican-American War in 1848.",
         "the United States", "place", "the question names the answer's people"),
        ("In 1403, the Yongle Emperor ordered that Admiral Zheng He was commissioned to build a fleet.", "Zheng",
         "person", "the gap cuts a name in two"),
        ("Six of the voyages occurred during the Yongle reign, while the seventh voyage occurred under Xuande in 1433.",
         "Six", "number", "the count before it gives the order away"),
        ("Johannes Gutenberg (1395?-1468?) was born in Mainz, a member of the Gensfleisch family.", "1395?-1468",
         "number", "a figure its source doubts"),
        ("In 2008 tokyo is expected to spend more than one trillion yen on Kibo.", "tokyo", "place",
         "the source's slip of grammar"),
        ("At least one commentator, Dan Ackman writing in Forbes, noted in 2005 that commissions are low.",
         "At least one", "number", "one of something: 'a' fills the gap as well"),
        ("Judges in Shenzhen gave lower sentences to two men, Zhang Renli and Qin Jinzhou, for working with He Jiankui "
         "in 2019.", "two", "number", "the answer can be counted in the question"),
        ("The court handed down lower sentences to Zhang Renli and Qin Jinzhou for working with Him in 2019.", "2019",
         "date", "the source's slip of grammar"),
        ("In a $1.25 billion deal, Lenovo will pay IBM at least $650 million in cash and up to $600 million in "
         "common stock, the companies said in 2004.", "$1.25 billion", "number", "the other figures add up to it"),
        ("The French forward halved the deficit in 2022 after Nicolas Otamendi had fouled substitute Randal Kolo "
         "Muani in the box.", "Nicolas Otamendi", "person", "who? the question names them by their people only"),
        ("The London-born politician won the seat of Tooting for Labour in 2005, the council said.",
         "Tooting", "place", "who? the question names them by their people only"),
        ("The Scot converted his fourth championship point in a dramatic final game at Wimbledon in 2013.",
         "Wimbledon", "place", "who? the question names them by their people only"),
        ("All but 39 signed the Maori text of the treaty in 1840.", "39", "number", "leans on the sentence before"),
        ("Valley Complex - ruins located between the first two complexes, where the Zimbabwe Bird was found in 1889.",
         "the Zimbabwe Bird", "organization", "a list's item, not a sentence"),
        ("Ashoka spread Buddhism across Asia in 260 BC, and marked the sites in the life of Gautama Buddha.",
         "Gautama Buddha", "person", "answer in the question"),
        ("Only two things would offer solace in 1930: painting and the muralist Diego Rivera.", "Only two",
         "number", "the question lists what it asks to count"),
        ("5:44 pm Indian time, Vikram, the lander, descended for a smooth landing on August 23, 2023.", "Vikram",
         "organization", "an opening cut in two"),
        ("After school in Wotton-under-Edge and Cirencester he was apprenticed in 1762.", "Wotton", "place",
         "the gap cuts a name in two"),
        ("Sargon is the successor to Lugal-zage-si and is the founder of a new dynasty.", "Lugal", "organization",
         "the gap cuts a name in two"),
        ("Two American biologists, Stanislas Leibler and Michael Elowitz, were in the run for their work in 2023.",
         "Two", "number", "the answer can be counted in the question"),
        ("Stuart and Harris defeated the Mysoreans in two encounters, at Sidasir and Malaveli, in 1799.", "two",
         "number", "the answer can be counted in the question"),
        ("In 1915, about 16,000 Australian and New Zealand Army Corps (ANZAC) soldiers descended on Gallipoli.",
         "New Zealand Army Corps", "organization", "its abbreviation in the question"),
        ("Nkrumah returned in 1947 to lead the Gold Coast's first political party, the United Gold Coast Convention.",
         "the Gold Coast", "place", "every word of the answer is in the question"),
    ],
)  # fmt: skip
def test_what_the_fresh_sets_of_the_twelfth_session_showed(said, answer, kind, reason):
    assert gap_rejection(said, answer, kind) == reason


def test_a_figure_converted_in_brackets_is_still_asked():
    said = "Tokyo is expected to spend more than one trillion yen (9.4 billion dollars) on Kibo by 2010."
    assert gap_rejection(said, "9.4 billion dollars", "number") != "the brackets restate the words before them"


def test_a_statement_that_names_the_places_people_beside_it_is_not_asked():
    said = "Rallying the French troops, Joan earned popularity throughout France as the Maid of Orleans in 1429."
    false = said.replace("throughout France", "throughout the Netherlands")
    for statement, answer in ((said, "True"), (false, "False")):
        q = question(statement, answer, qtype="true_false", kind="place", source=said)
        assert rejection(q, _fact("place", "France", said), said) == "the question names the answer's people"


def test_a_person_named_beside_their_people_and_trade_stands_alone():
    said = "Writing to seven international newspapers, Naoto Kan, the Japanese prime minister, thanked people in 2011."
    assert gap_rejection(said, "seven", "number") != "who? the question names them by their people only"


@pytest.mark.parametrize(
    ("prompt", "answer", "said", "reason"),
    [
        ("How many chiefs had signed the Declaration of Independence?", "about half",
         "About half of the chiefs had signed the Declaration of Independence in 1835.", "a share, not a count"),
        ("How many Disney shares will Pixar shareholders receive?", "2.3",
         "Pixar shareholders will receive 2.3 Disney shares for each Pixar share in 2006.", "a ratio, not a count"),
        ("How many things would offer solace: painting and muralist Diego Rivera?", "Only two",
         "Only two things would offer solace in 1930: painting and muralist Diego Rivera.",
         "the question lists what it asks to count"),
    ],
)  # fmt: skip
def test_how_many_asks_for_a_count(prompt, answer, said, reason):
    q = question(prompt, answer, kind="number", source=said)
    assert rejection(q, _fact("number", answer, said), said) == reason


def test_a_count_of_the_words_quoted_after_it_is_given_away():
    said = 'On July 14, 1789, King Louis XVI jotted down just three words: "Tuesday 14: nothing."'
    q = question(said.replace("just three", BLANK), "just three", qtype="cloze", kind="number", source=said)
    assert rejection(q, _fact("number", "just three", said), said) == "the answer can be counted in the question"


def test_a_statement_that_lists_what_it_counts_is_not_asked():
    said = "Only two things would offer solace in 1930: painting and the muralist Diego Rivera."
    q = question(said, "True", qtype="true_false", kind="number", source=said)
    assert rejection(q, _fact("number", "Only two", said), said) == "the question lists what it asks to count"


@pytest.mark.parametrize(
    ("said", "kind", "text", "rejected"),
    [
        ("The Kenyan defended his 2017 title in Berlin on September 16, 2018.", "date", "September 16, 2018", True),
        (
            "In a $1.25 billion deal, the Chinese computermaker will pay IBM $650 million in cash.",
            "number",
            "$650 million",
            True,
        ),
        (
            "The Swiss government is providing a loss guarantee of up to 9.7 billion dollars to UBS.",
            "number",
            "9.7 billion dollars",
            False,
        ),  # Switzerland's government: named by its people, and no one else's
        (
            "The German attack on Verdun, which began in February 1916, changed the options in the West.",
            "date",
            "February 1916",
            False,
        ),
    ],
)
def test_a_statement_whose_subject_is_named_by_its_people_only_is_not_asked(said, kind, text, rejected):
    q = question(said, "True", qtype="true_false", kind=kind, source=said)
    why = rejection(q, _fact(kind, text, said), said)
    assert (why == "who? the statement names them by their people only") == rejected, why


def test_a_deed_done_before_its_date_is_not_asked_when():
    said = "He was elected tsar in 1613, when the Russians had managed to expel the Polish from Russian territory."
    q = question("When had the Russians managed to expel the Polish from Russian territory?", "1613", source=said)
    assert rejection(q, _fact("date", "1613", said), said) == "a deed done before the date, not on it"


def test_a_cut_that_leaves_but_not_hanging_is_not_asked():
    said = ("Chartism is thought to originate from the passing of the 1832 Reform Bill, which gave the vote to the "
            "middle classes, but not to the 'working class'.")  # fmt: skip
    q = question("Chartism is thought to originate from the passing of the _____ Reform Bill but not to the "
                 "'working class'.", "1832", qtype="cloze", source=said)  # fmt: skip
    assert rejection(q, _fact("date", "1832", said), said) == "a cut that leaves 'but not' hanging"
    whole = question(said.replace("1832", BLANK), "1832", qtype="cloze", source=said)
    assert rejection(whole, _fact("date", "1832", said), said) != "a cut that leaves 'but not' hanging"


def test_a_question_left_ending_on_a_relative_pronoun_is_rejected():
    said = ("Rembrandt moved to Amsterdam in 1625 to complete his training with the leading painter of his day, "
            "Pieter Lastman (1583–1633), with whom, according to Houbraken, he stayed for six months.")  # fmt: skip
    for prompt, answer, kind in (("Where did Rembrandt move in 1625, Pieter Lastman (1583–1633), with whom?",
                                  "Amsterdam", "place"),
                                 ("When did Rembrandt move to Amsterdam, Pieter Lastman (1583–1633), with whom?",
                                  "1625", "date")):  # fmt: skip
        q = question(prompt, answer, kind=kind, source=said)
        assert rejection(q, _fact(kind, answer, said), said) == "a relative clause cut from its verb"


def test_a_count_asked_past_the_word_that_orders_it_is_rejected():
    said = ("The last three Concordes to land today were being taken to join two other BA Concordes at a hangar at "
            "Heathrow.")  # fmt: skip
    q = question("How many last Concordes were being taken?", "three", kind="number", source=said)
    assert rejection(q, _fact("number", "three", said), said) == "a count asked past the word that orders it"


def test_a_statement_cut_through_a_bracket_is_rejected():
    said = "980 – July 1037) was a Persian polymath who is regarded as one of the most significant physicians."
    q = question(said, "True", qtype="true_false", kind="date", source=said)
    assert rejection(q, _fact("date", "July 1037", said), said) == "cut through a bracket or quotation"


@pytest.mark.parametrize(
    ("said", "answer", "text", "reason"),
    [
        ("Atatürk He was born on May 19, 1881 in Thessaloniki in what was then the Ottoman Empire.", "Thessaloniki",
         "In May 1919, Atatürk began a nationalist revolution in Anatolia.", "the source's slip of grammar"),
        ("When Atatürk He was 12 years old, he was sent to the military academy in Istanbul.", "Istanbul",
         "In May 1919, Atatürk began a nationalist revolution in Anatolia.", "the source's slip of grammar"),
        ("In 1405 Zheng He sailed from Nanjing with 317 ships and 28,000 men.", "Nanjing",
         "The fleet of Zheng He was the largest of its age.", None),  # the admiral's name
    ],
)  # fmt: skip
def test_a_he_typed_after_a_name_the_article_writes_alone_is_a_slip(said, answer, text, reason):
    assert gap_rejection(said, answer, "place", text=f"{said} {text}") == reason
