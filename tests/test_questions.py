"""Question building from Facts made by hand: no spaCy model needed."""

import dataclasses
from datetime import date

import pytest

from quizgen.models import Article, Clause, Fact
from quizgen.questions import a_role_to_ask, build_questions, front_subject, home_place, invert, tidy, titled_twice

ARTICLE = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=("x",), id="t")


def clause(**kw) -> Clause:
    base = {"subject": "voters in Kazakhstan", "verb": "approved", "verb_lemma": "approve", "verb_tag": "VBD",
            "rest": "changes to their constitution"}  # fmt: skip
    return Clause(**{**base, **kw})


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({}, "When did voters in Kazakhstan approve changes to their constitution?"),
        ({"subject": "the council", "verb": "approves", "verb_tag": "VBZ"},
         "When does the council approve changes to their constitution?"),
        ({"verb": "approve", "verb_tag": "VBP"}, "When do voters in Kazakhstan approve changes to their constitution?"),
        ({"subject": "the council", "aux": ("had",), "verb": "approved", "verb_tag": "VBN"},
         "When had the council approved changes to their constitution?"),
        ({"aux": ("will", "be"), "verb": "voting", "verb_tag": "VBG", "rest": ""},
         "When will voters in Kazakhstan be voting?"),
        ({"verb": "was", "verb_lemma": "be", "subject": "the referendum", "rest": "held in Nur-Sultan"},
         "When was the referendum held in Nur-Sultan?"),
    ],
)  # fmt: skip
def test_inversion_and_do_support(kw, expected):
    assert invert("When", clause(**kw)) == expected


def test_do_support_uses_the_base_form_even_for_irregular_verbs():
    c = clause(subject="thousands of young Kazakhs", verb="took", verb_lemma="take", rest="to the streets")
    assert invert("When", c) == "When did thousands of young Kazakhs take to the streets?"


@pytest.mark.parametrize(
    ("aux", "verb", "lemma", "expected"),
    [
        (("has",), "raised", "raise", "When did Bayer raise its offer?"),
        (("has", "been"), "hit", "hit", "When was Bayer hit its offer?"),
        (("have",), "been", "be", "When were Bayer its offer?"),
        (("had",), "raised", "raise", "When had Bayer raised its offer?"),  # the past perfect reads well
    ],
)
def test_when_is_asked_of_the_simple_past_not_the_present_perfect(aux, verb, lemma, expected):
    c = clause(subject="Bayer", aux=aux, verb=verb, verb_lemma=lemma, verb_tag="VBN", rest="its offer")
    assert invert("When", c) == expected


def test_no_question_from_a_bare_participle_or_a_negation():
    assert invert("When", clause(verb="approving", verb_tag="VBG")) is None
    assert invert("When", clause(negated=True)) is None


def test_subject_questions_keep_the_verb_as_written():
    c = clause(verb="called", verb_lemma="call", rest="the protests an assertion of “natural rights”")
    assert front_subject("Which activist", c) == "Which activist called the protests an assertion of “natural rights”?"


def test_no_subject_question_without_a_finite_verb():
    taking = clause(verb="taking", verb_lemma="take", verb_tag="VBG", rest="his place in the Royal Box")
    assert front_subject("Who", taking) is None  # of "Pete Sampras taking his place ...", an absolute clause
    secured = clause(aux=("having", "been"), verb="secured", verb_lemma="secure", verb_tag="VBN", rest="")
    assert front_subject("How many seats", secured) is None


def test_tidy_spacing_and_capital():
    assert tidy("  when did ( x ) happen , then ?") == "When did (x) happen, then?"


def fact(**kw) -> Fact:
    base = {"id": "date-1", "kind": "date", "text": "June 5", "sentence": "In a June 5 referendum, voters approved it."}
    return Fact(**{**base, **kw})


def test_date_fact_gives_a_when_question_with_the_absolute_date():
    f = fact(value="2022-06-05", granularity="day", clause=clause(),
             cloze=("In a ", "June 5, 2022", " referendum, voters approved it."))  # fmt: skip
    questions = build_questions(ARTICLE, [f])
    when = next(q for q in questions if q.type == "short_answer")
    assert when.prompt == "When did voters in Kazakhstan approve changes to their constitution?"
    assert when.answer == "June 5, 2022"
    assert when.kind == "date" and when.source == f.sentence and when.key == "date-1:when"


def test_cloze_has_one_gap_and_the_anki_deletion():
    f = fact(value="2022-06-05", granularity="day", cloze=("In a ", "June 5, 2022", " referendum, voters approved it."))
    (cloze,) = build_questions(ARTICLE, [f])
    assert cloze.type == "cloze"
    assert cloze.prompt == "In a _____ referendum, voters approved it."
    assert cloze.cloze == "In a {{c1::June 5, 2022}} referendum, voters approved it."
    assert cloze.gap == ("In a ", "June 5, 2022", " referendum, voters approved it.")


def test_person_with_a_common_role_is_asked_with_which():
    c = clause(subject="Galymzhan Zhakiyanov", verb="called", verb_lemma="call", rest="the protests unjust",
               answer_role="subject")  # fmt: skip
    f = fact(id="person-1", kind="person", text="Galymzhan Zhakiyanov", value="Galymzhan Zhakiyanov",
             role="activist", clause=c)  # fmt: skip
    prompts = {q.prompt: q.answer for q in build_questions(ARTICLE, [f])}
    assert prompts["Which activist called the protests unjust?"] == "Galymzhan Zhakiyanov"
    assert prompts["What role does the article give Galymzhan Zhakiyanov?"] == "activist"
    gallant = fact(id="person-2", kind="person", text="Andy Roddick", value="Andy Roddick", role="gallant",
                   clause=clause(subject="Andy Roddick", verb="had", verb_lemma="have", rest="four set points",
                                 answer_role="subject"))  # fmt: skip
    prompts = {q.prompt for q in build_questions(ARTICLE, [gallant])}
    said = "Moon was beating conservative challenger, former prosecutor Hong Joon-pyo, by 41.4 percent."
    hong = fact(id="person-3", kind="person", text="Hong Joon-pyo", value="Hong Joon-pyo", role="former prosecutor",
                sentence=said)  # fmt: skip
    assert not [q for q in build_questions(ARTICLE, [hong]) if q.prompt.startswith("What role")]  # two roles
    said = "Mr Morales claimed victory after his right-wing rival, Jorge Quiroga, a former president, conceded."
    quiroga = fact(id="person-4", kind="person", text="Jorge Quiroga", value="Jorge Quiroga", role="former president",
                   sentence=said)  # fmt: skip
    assert not [q for q in build_questions(ARTICLE, [quiroga]) if q.prompt.startswith("What role")]  # rival, too
    said = "A popular uprising ousted strongman Hosni Mubarak, the head of the commission announced."
    mubarak = fact(id="person-5", kind="person", text="Hosni Mubarak", value="Hosni Mubarak", role="strongman",
                   sentence=said)  # fmt: skip
    assert [q for q in build_questions(ARTICLE, [mubarak]) if q.prompt.startswith("What role")]  # the head: another's
    assert "Who had four set points?" in prompts  # "a gallant Andy Roddick": no "Which gallant"


@pytest.mark.parametrize(
    ("said", "name", "role"),
    [
        ('"It\'s real," said bioethicist Glenn McGee, author of the new book "The Perfect Baby."', "Glenn McGee",
         "bioethicist"),
        ("It was made famous in a film, said Arthur Caplan, a top medical ethicist who heads the Center for "
         "Bioethics at the University of Pennsylvania.", "Arthur Caplan", "top medical ethicist"),
        ("German judge Hans-Joachim Eckert, the chairman of Fifa's adjudicatory chamber, led the hearings.",
         "Hans-Joachim Eckert", "judge"),
        ("Professor Adrian Luckman of Swansea University, the lead investigator of the MIDAS project, said so.",
         "Adrian Luckman", "Professor"),
    ],
)  # fmt: skip
def test_no_role_or_title_is_asked_of_someone_the_sentence_gives_a_second_one(said, name, role):
    person = fact(id="person-1", kind="person", text=name, value=name, role=role, sentence=said)
    assert not [q for q in build_questions(ARTICLE, [person]) if q.prompt.startswith(("What role", "What title"))]


def test_no_title_is_asked_of_someone_another_mention_gives_a_second_role():
    said = "Professor Terry Hughes, director of the ARC Centre of Excellence, was gobsmacked."
    first = fact(id="person-1", kind="person", text="Terry Hughes", value="Terry Hughes", role="Professor",
                 sentence=said)  # fmt: skip
    again = fact(id="person-2", kind="person", text="Hughes", value="Terry Hughes", role="Professor",
                 sentence='"We were all caught by surprise," Professor Hughes said.')  # fmt: skip
    assert not [q for q in build_questions(ARTICLE, [again, first]) if q.prompt.startswith("What title")]


def test_the_articles_main_figure_is_not_asked_for_its_role():
    f = fact(id="person-1", kind="person", text="Guðni Jóhannesson", value="Guðni Jóhannesson",
             role="history professor", mentions=4)  # fmt: skip
    assert not [q for q in build_questions(ARTICLE, [f]) if q.prompt.startswith("What role")]  # one of several


def test_a_role_naming_a_party_without_saying_which_is_not_asked():
    f = fact(id="person-1", kind="person", text="Ivan Duque", value="Ivan Duque", role="party candidate")
    assert not [q for q in build_questions(ARTICLE, [f]) if q.prompt.startswith("What role")]


def test_a_relative_is_asked_with_who_never_which():
    c = clause(subject="Francis Fairchild", verb="stopped", verb_lemma="stop", rest="a train bound for Chicago",
               answer_role="subject")  # fmt: skip
    f = fact(id="person-1", kind="person", text="Francis Fairchild", value="Francis Fairchild", role="wife", clause=c)
    prompts = {q.prompt for q in build_questions(ARTICLE, [f])}
    assert "Who stopped a train bound for Chicago?" in prompts  # "Which wife ...?" does not say whose
    assert not any("wife" in p for p in prompts)
    c = clause(
        subject="Atahualpa", verb="laid", verb_lemma="lay", rest="claim to the Inca throne", answer_role="subject"
    )
    f = fact(id="person-2", kind="person", text="Atahualpa", value="Atahualpa", role="half-brother", clause=c)
    assert "Who laid claim to the Inca throne?" in {q.prompt for q in build_questions(ARTICLE, [f])}  # whose?


def test_person_with_a_title_gets_an_office_question():
    f = fact(id="person-2", kind="person", text="Tokayev", value="Kassym-Jomart Tokayev", role="President")
    (q,) = [q for q in build_questions(ARTICLE, [f]) if q.key.startswith("role:")]
    assert (q.prompt, q.answer, q.key) == ("What title does the article give Kassym-Jomart Tokayev?", "President",
                                           "role:Kassym-Jomart Tokayev")  # fmt: skip


def test_how_many_from_a_counted_subject():
    c = Clause(subject="protesters", verb="killed", verb_lemma="kill", verb_tag="VBN", aux=("were",),
               rest="in January 2022", passive=True, answer_role="subject")  # fmt: skip
    f = fact(id="number-1", kind="number", text="some 200", value="200", about="protesters", clause=c)
    (q,) = build_questions(ARTICLE, [f])
    assert (q.prompt, q.answer) == ("How many protesters were killed in January 2022?", "some 200")


def test_ids_are_stable_and_depend_on_the_article():
    f = fact(cloze=("In a ", "June 5, 2022", " referendum."))
    other = Article(title="U", date=date(2022, 6, 7), source="u.txt", paragraphs=("x",), id="u")
    assert build_questions(ARTICLE, [f])[0].id == build_questions(ARTICLE, [f])[0].id
    assert build_questions(ARTICLE, [f])[0].id != build_questions(other, [f])[0].id


def test_a_role_only_one_person_has_is_asked_the_other_way_round():
    text = (
        "The Crown prosecutor, Mark Tedeschi, spoke for the Crown. Thomas Sam's wife, Manju Sam, wept. Two "
        "councillors left."
    )
    article = Article(title="T", date=date(2010, 5, 1), source="t.txt", paragraphs=(text,), id="t")
    people = [
        fact(id="p1", kind="person", text="Mark Tedeschi", value="Mark Tedeschi", role="Crown prosecutor"),
        fact(id="p2", kind="person", text="Manju Sam", value="Manju Sam", role="wife"),
        fact(id="p3", kind="person", text="Ann Lee", value="Ann Lee", role="district councillor"),
        fact(id="p4", kind="person", text="Kassym-Jomart Tokayev", value="Kassym-Jomart Tokayev", role="President"),
    ]
    asked = {q.prompt: q.answer for q in build_questions(article, people) if q.key.startswith("holder:")}
    assert asked == {
        "Who does the article name as the Crown prosecutor?": "Mark Tedeschi",
    }  # not "the wife" (whose?), not a "councillor" when the article has other councillors, not "President" (of what?)


def test_a_role_with_its_own_article_gets_no_second_one():
    from quizgen.questions import role_holders

    text = "The WHO’s country director, Anders Nordström, confirmed that 42 days had passed. The WHO said so."
    director = Fact(id="p", kind="person", text="Anders Nordström", sentence=text, value="Anders Nordström",
                    role="The WHO’s country director")  # fmt: skip
    assert [p for _, p in role_holders([director], text)] == [
        "Who does the article name as the WHO’s country director?"
    ]


def test_an_organisation_asked_by_the_description_beside_its_name():
    from quizgen.pipeline import analyze, candidates

    text = "TEPCO, the operator of the plant, has warned that radiation is leaking. The Fukushima plant shut down."
    article = Article(title="T", date=date(2011, 4, 12), source="t.txt", paragraphs=(text,), id="t")
    asked = {q.prompt: q.answer for q in candidates(article, list(analyze(article).facts)) if q.type == "short_answer"}
    assert asked["Which organisation does the article name as the operator of the Fukushima plant?"] == "TEPCO"


def test_the_home_place_of_an_article_and_the_questions_that_need_it():
    from quizgen.questions import build_questions, home_place

    paragraphs = ("Voters in Kazakhstan approved the changes.", "Kazakhstan borders Russia.",
                  "Some 200 protesters were killed.", "Kazakhstan is vast.")  # fmt: skip
    article = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=paragraphs, id="t")
    places = [Fact(id=f"p{i}", kind="place", text=t, sentence=paragraphs[i], paragraph=i)
              for i, t in ((0, "Kazakhstan"), (1, "Kazakhstan"), (1, "Russia"), (3, "Kazakhstan"))]  # fmt: skip
    assert home_place(article, places) == "Kazakhstan"
    later = dataclasses.replace(article, paragraphs=("Voters approved the changes.", *paragraphs[1:]))
    assert home_place(later, places) is None  # not in the first paragraph: not what the article is about
    city = dataclasses.replace(article, paragraphs=tuple(p.replace("Kazakhstan", "London") for p in paragraphs))
    in_london = [dataclasses.replace(f, text="London") if f.text == "Kazakhstan" else f for f in places]
    assert home_place(city, in_london) is None  # a city is no home place: "In London, how many deaths ...?"
    clause = Clause(subject="protesters", verb="killed", verb_lemma="kill", verb_tag="VBN", aux=("were",),
                    rest="in January 2022", passive=True, answer_role="subject")  # fmt: skip
    killed = Fact(id="n", kind="number", text="some 200", sentence=paragraphs[2], value="200", about="protesters",
                  clause=clause, paragraph=2)  # fmt: skip
    prompts = [q.prompt for q in build_questions(article, [*places, killed]) if q.fact_id == "n"]
    assert "In Kazakhstan, how many protesters were killed in January 2022?" in prompts
    elsewhere = Fact(**{**killed.__dict__, "paragraph": 1})  # beside Russia: which country, the question cannot say
    assert not any(q.prompt.startswith("In ") for q in build_questions(article, [*places, elsewhere]))
    whose = Fact(**{**killed.__dict__, "sentence": "Russia's army killed some 200 protesters in January 2022."})
    assert not any(q.prompt.startswith("In ") for q in build_questions(article, [*places, whose]))  # whose, not where


def test_a_subject_opening_with_a_is_written_in_lower_case_after_the_wh_word():
    clause = Clause(subject="A magnitude 5.6 earthquake", verb="killed", verb_lemma="kill", verb_tag="VBD", aux=(),
                    rest="in Chechnya", answer_role="object")  # fmt: skip
    assert invert("How many people", clause) == "How many people did a magnitude 5.6 earthquake kill in Chechnya?"
    hague = Clause(subject="The Hague", verb="hosted", verb_lemma="host", verb_tag="VBD", aux=(), rest="",
                   answer_role="object")  # fmt: skip
    assert invert("What", hague) == "What did The Hague host?"
    service = Clause(**{**hague.__dict__, "subject": "The National Weather Service", "verb": "issued",
                        "verb_lemma": "issue"})  # fmt: skip
    assert invert("What", service) == "What did the National Weather Service issue?"


def test_a_role_that_names_no_country_force_or_team_is_not_asked_the_other_way_round():
    from quizgen.questions import role_holders

    facts = [Fact(id=f"p{i}", kind="person", text=n, sentence=f"{r} {n} spoke.", value=n, role=r)
             for i, (n, r) in enumerate([("Kassym-Jomart Tokayev", "President"), ("Mark Saunders", "police Chief"),
                                         ("Jeremy Wright", "Attorney General"), ("Joe Biden", "Vice President"),
                                         ("Hernan Dario Gomez", "Panama coach"), ("James Ferguson", "Cannon lawyer"),
                                         ("Dinesh Trivedi", "Railways Minister"),
                                         ("Lucius Fairchild", "Wisconsin Governor"),
                                         ("Patrick Cannon", "former mayor")])]  # fmt: skip
    text = "Panama lost to England. Panama coach Hernan Dario Gomez and Railways Minister Dinesh Trivedi spoke."
    asked = [prompt for _, prompt in role_holders(facts, text)]
    assert asked == ["Who does the article name as the Panama coach?"]  # Panama is named on its own; "Cannon" is
    # a person, "Railways" a word of the office, and "Wisconsin" named nowhere else (a loss the rule accepts)


def test_no_inversion_over_a_verb_taken_for_an_auxiliary():
    c = clause(subject="the NLD", verb="headed", verb_lemma="head", verb_tag="VBN", aux=("appeared",),
               rest="for a landslide victory")  # fmt: skip
    assert invert("When", c) is None  # not "When appeared the NLD headed for a landslide victory?"


def test_a_role_that_needs_a_word_more_is_not_asked():
    f = fact(id="person-1", kind="person", text="Samura Kamara", value="Samura Kamara", role="candidate")
    assert not any(q.prompt.startswith("What role") for q in build_questions(ARTICLE, [f]))  # candidate for what?
    spokeswoman = fact(id="person-2", kind="person", text="Lynette Miller", value="Lynette Miller",
                       role="agency spokeswoman")  # fmt: skip
    assert not any(q.prompt.startswith("What role") for q in build_questions(ARTICLE, [spokeswoman]))  # which agency?
    winner = fact(id="person-3", kind="person", text="Vincenzo Nibali", value="Vincenzo Nibali", role="winner")
    assert not any(q.prompt.startswith("What role") for q in build_questions(ARTICLE, [winner]))  # winner of what?


def test_a_role_that_needs_a_word_more_is_not_asked_with_which():
    c = clause(subject="Vincenzo Nibali", verb="finished", verb_lemma="finish", rest="fourth overall",
               answer_role="subject")  # fmt: skip
    f = fact(id="person-1", kind="person", text="Vincenzo Nibali", value="Vincenzo Nibali", role="winner", clause=c)
    assert "Who finished fourth overall?" in {q.prompt for q in build_questions(ARTICLE, [f])}  # not "Which winner"


def test_no_inversion_of_a_slip_in_the_source():
    slip = clause(
        subject="Raman", aux=("was",), verb="became", verb_lemma="become", rest="a Fellow of the Royal Society"
    )
    assert invert("When", slip) is None  # "He was also became a Fellow ..."


@pytest.mark.parametrize(
    ("subject", "asked"),
    [
        ("the volcano Nevado del Ruiz, about 16,000-feet high and 120 miles northwest of Bogota", False),
        ("Mr Bashir, who had survived several rebellions", False),
        ("Smith, Jones and Brown", True),  # a list
        ("the army, the navy and the air force", True),
        ("the 1,500 soldiers", True),
    ],
)
def test_no_inversion_moves_a_verb_after_an_aside_nothing_closes(subject, asked):
    buried = clause(subject=subject, verb="buried", verb_lemma="bury", verb_tag="VBD", rest="the town of Armero")
    assert (invert("When", buried) is not None) == asked


@pytest.mark.parametrize("role", ["romantic rival", "only woman", "sailing ship", "girlfriend", "teenaged boy"])
def test_no_role_question_for_what_is_no_role(role):
    f = fact(id="person-1", kind="person", text="Kim Sears", value="Kim Sears", role=role)
    assert not any(q.prompt.startswith("What role") for q in build_questions(ARTICLE, [f]))


def test_no_when_or_where_question_of_a_bare_be():
    f = fact(value="1936", granularity="year", text="1936",
             clause=clause(subject="the last British man", verb="was", verb_lemma="be", rest="Fred Perry"))  # fmt: skip
    assert not [q for q in build_questions(ARTICLE, [f]) if q.type == "short_answer"]  # "When was ... Fred Perry?"


def test_no_title_question_for_a_regnal_name():
    for name in ("George III", "Napoleon I."):
        f = fact(id="person-1", kind="person", text=name, value=name, role="King")
        assert not any(q.prompt.startswith("What title") for q in build_questions(ARTICLE, [f]))  # the III says King
    for name, role in (("Richard III", "15th century king"), ("Napoleon I", "ruler")):
        f = fact(id="person-1", kind="person", text=name, value=name, role=role)
        assert not any(q.prompt.startswith("What role") for q in build_questions(ARTICLE, [f]))
    f = fact(id="person-1", kind="person", text="Richard III", value="Richard III", role="military leader")
    assert any(q.prompt.startswith("What role") for q in build_questions(ARTICLE, [f]))  # a role the III leaves open


def test_a_home_place_is_a_place_the_article_writes_as_one():
    paragraphs = ("Etienne and Joseph Montgolfier flew a balloon in Annonay.", "Etienne was very untidy.",
                  "Etienne was good at maths.", "Etienne and Joseph were brothers.")  # fmt: skip
    article = Article(title="T", date=date(2020, 1, 1), source="t.txt", paragraphs=paragraphs, id="t")
    etienne = [fact(id=f"place-{n}", kind="place", text="Etienne", value="Etienne", paragraph=n) for n in range(4)]
    assert home_place(article, etienne) is None  # never "in Etienne": a brother the model took for a place
    chile = ("A quake hit central Chile.", "Chile mourned.", "In central Chile towns fell.")
    article = Article(title="T", date=date(2010, 2, 28), source="t.txt", paragraphs=chile, id="t")
    places = [fact(id=f"place-{n}", kind="place", text="Chile", value="Chile", paragraph=n) for n in range(3)]
    assert home_place(article, places) == "Chile"


def test_no_role_question_for_someone_the_article_names_again():
    said = ("Physicist George Barker visited Thomas Edison in 1878.", "Barker urged Edison to build a lighting system.")
    article = Article(title="T", date=date(2020, 1, 1), source="t.txt", paragraphs=said, id="t")
    barker = fact(id="person-1", kind="person", text="George Barker", value="George Barker", role="physicist")
    assert not any(q.prompt.startswith("What role") for q in build_questions(article, [barker]))  # he does more
    once = Article(title="T", date=date(2020, 1, 1), source="t.txt", paragraphs=said[:1], id="t")
    assert any(q.prompt.startswith("What role") for q in build_questions(once, [barker]))


def test_no_title_question_for_someone_the_article_titles_two_ways_nor_a_role_that_says_whose():
    text = "Lt. Col. George Armstrong Custer led the 7th Cavalry. General Custer is buried at West Point."
    assert titled_twice("George Armstrong Custer", text)
    assert not titled_twice("Tony Blair", "Prime Minister Tony Blair said. Mr Blair left.")
    assert not a_role_to_ask("former mentor")  # whose mentor?


def test_how_many_needs_a_finite_verb():
    killed = clause(verb="killed", verb_lemma="kill", verb_tag="VBN", rest="")
    assert front_subject("How many American troops", killed) is None  # "How many American troops killed?"
