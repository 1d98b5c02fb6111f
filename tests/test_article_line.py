"""The article line every card and sheet prints (title · date): a question it answers is no test."""

from __future__ import annotations

from datetime import date

import pytest

from quizgen.article_line import given_away
from quizgen.models import Article, Fact, Question
from quizgen.rank import select

IN_TITLE = "the answer is in the article's title, printed with the question"
PUBLISHED = "the day of publication, printed with the question"


def article(title: str, published: date | None = date(2008, 8, 16), body: str = "Body.") -> Article:
    return Article(title=title, date=published, source="x.md", paragraphs=(body,), id="a")


def fact(kind: str, text: str, value: str | None = None, granularity: str | None = None) -> Fact:
    return Fact(id="f", kind=kind, text=text, sentence=f"{text} did it.", value=value, granularity=granularity)


def question(answer: str, qtype: str = "short_answer", kind: str = "person", prompt: str = "Who did it?") -> Question:
    return Question(id=prompt[:8] + answer, type=qtype, kind=kind, prompt=prompt, answer=answer, source="s",
                    fact_id="f", article_id="a", key=prompt + answer)  # fmt: skip


@pytest.mark.parametrize(
    ("title", "kind", "answer", "why"),
    [
        ("Jamaica's Bolt wins 100 meters in 9.69 seconds", "person", "Usain Bolt", IN_TITLE),  # by the surname
        ("Morsi declared Egypt's first elected president", "person", "Mohammed Morsi", IN_TITLE),
        ("Swedish PM Lofven resigns", "person", "Stefan Lofven", IN_TITLE),
        ("Matthew Alexander Henson", "person", "Matthew Henson", IN_TITLE),
        ("WHO declares H1N1 pandemic over", "organization", "The World Health Organization", IN_TITLE),  # initials
        ("WHO declares H1N1 pandemic over", "organization", "the World Health Organization (WHO)", IN_TITLE),
        ("InBev buys Anheuser-Busch for $52 billion", "number", "$52 billion", IN_TITLE),
        ("Myanmar cyclone toll climbs to nearly 22,500", "place", "Myanmar", IN_TITLE),
        ("Leicester crowned Premier League champions", "place", "Leicester City", IN_TITLE),
        ("About Roger & His Record", "person", "Roger Bannister", IN_TITLE),  # his given name, nobody else's
        ("'Titanic' Oscars", "person", "Oscar", IN_TITLE),  # its plural (the model took the prize for a person)
        ("South Sudan Celebrates Independence", "place", "Southern Sudan", IN_TITLE),
        ("Shell announces mega takeover of BG Group", "organization", "Royal Dutch Shell", IN_TITLE),
        ("Federer wins record fifteenth grand slam title", "number", "15th", IN_TITLE),  # written the other way
        ("Real Madrid win the Champions League for the 10th time", "number", "tenth", IN_TITLE),
        ("Federer wins record fifteenth grand slam title", "number", "sixth", None),
        ("Shell announces mega takeover of BG Group", "organization", "the Bank of America Group", None),
        ("Harriet Tubman: Biography", "person", "Freeman John Tubman", None),  # her husband, not Harriet
        ("Taj Mahal - History", "person", "Mumtaz Mahal", None),
        ("Who won the race in Beijing?", "organization", "the World Health Organization", None),  # "who", not WHO
        ("Myanmar cyclone toll climbs to nearly 22,500", "number", "41,000", None),
        ("Lula narrowly defeats Bolsonaro", "person", "Luiz Inacio Lula da Silva", IN_TITLE),  # by the name he goes by
        ("Teddy Roosevelt mediates end to Russo-Japanese War", "person", "Theodore Roosevelt", IN_TITLE),
        ("China and Japan sign the Treaty of Shimonoseki", "place", "Qing China", IN_TITLE),
        ("Scott Morrison sworn in as Australia's Prime Minister", "place", "Western Australia", None),  # a state
        ("World Health Organization Certifies China Malaria-Free", "organization", "WHO", IN_TITLE),  # spelled out
        ("Wins for World Health", "organization", "WHO", None),  # no run of initials that spells it
        ("Tata Steel Outbids CSN for Corus", "organization", "Tata-Corus", IN_TITLE),  # every part of the name
        ("Tata Steel Outbids CSN", "organization", "Tata-Corus", None),
        ("Canadian Liberals win majority", "organization", "the Liberal Party", IN_TITLE),  # in the plural
        ("FIRST DAY OF THE SOMME", "place", "the River Somme", IN_TITLE),
        ("Verizon buys Yahoo for $4.8B", "number", "$4.83 billion", IN_TITLE),  # the title rounds it
        ("Verizon buys Yahoo for $4.8B", "number", "$4.83 million", None),  # not the same scale
        ("Microsoft buys Skype for $8.5bn", "number", "$8.46 billion", IN_TITLE),
        ("Microsoft buys Skype for $8.5bn", "number", "$8.4 billion", None),
        ("Yulia Tymoshenko gets 7 years in prison", "number", "seven years", IN_TITLE),  # digits for the words
        ("Yulia Tymoshenko gets 7 years in prison", "number", "seven-year", IN_TITLE),
        ("Day X3: MPs vote for higher tuition fees", "number", "Three", None),  # a name's digit, not a count
        ("Tsar abdicates after 2 years", "number", "second", None),  # an ordinal is not the count 2
        ("Cuban high jumper becomes 1st person to clear 8 feet", "number", "8-0 feet", IN_TITLE),  # feet-inches
        ("113 dead in Concorde crash", "organization", "Concordes", IN_TITLE),  # the title's word, one of many
        ("#HomoNaledi: Fossil Unveiled In South Africa", "organization", "Naledi", IN_TITLE),  # a hashtag's words
        ("India conducts 3 underground nuclear tests", "outcome", "three underground nuclear blasts", IN_TITLE),
        ("Charles III crowned King of United Kingdom", "outcome", "King of the United Kingdom", IN_TITLE),
        ("India conducts 3 underground nuclear tests", "outcome", "a nuclear-free zone in Asia", None),  # one word
    ],
)
def test_an_answer_the_title_prints_is_given_away(title, kind, answer, why):
    body = "Harriet Tubman escaped. Her husband Freeman John Tubman stayed. Mumtaz Mahal lies in the Taj Mahal."
    assert given_away(question(answer, kind=kind), fact(kind, answer), article(title, body=body)) == why


def test_the_day_of_publication_is_printed_with_the_question():
    day = fact("date", "Saturday", "2008-08-16", "day")
    assert given_away(question("August 16, 2008", kind="date"), day, article("Bolt wins")) == PUBLISHED
    assert given_away(question("August 16, 2008", kind="date"), day, article("Bolt wins", None)) is None
    month = fact("date", "August", "2008-08", "month")
    assert given_away(question("August 2008", kind="date"), month, article("Bolt wins")) == PUBLISHED  # its month
    july = fact("date", "July", "2008-07", "month")
    assert given_away(question("July 2008", kind="date"), july, article("Bolt wins")) is None  # another month
    year = fact("date", "2008", "2008", "year")
    assert given_away(question("2008", kind="date"), year, article("Bolt wins")) is None  # one guess of several


def test_a_count_the_title_gives_as_an_order_is_given_away():
    q = question("seven", kind="number", prompt="Novak Djokovic has a total of _____ Wimbledon titles.")
    title = "Wimbledon 2022: Novak Djokovic beats Nick Kyrgios to win 7th Wimbledon title"
    assert given_away(q, fact("number", "seven"), article(title)) == IN_TITLE
    assert given_away(q, fact("number", "seven"), article("Djokovic wins Wimbledon again")) is None


def test_a_share_the_title_gives_rounded_is_given_away():
    share = fact("number", "61.07%")
    assert given_away(question("61.07%", kind="number"), share, article("MPLA won the polls by 61%")) == IN_TITLE
    assert given_away(question("39%", kind="number"), share, article("MPLA won the polls by 61%")) is None
    toll = fact("number", "more than 2,000")
    line = article("Morocco: quake toll of 2,012 seen likely to rise")
    assert given_away(question("more than 2,000", kind="number"), toll, line) == IN_TITLE
    assert given_away(question("more than 1,000", kind="number"), toll, line) is None


def test_a_statement_about_the_titles_fact_tells_its_own_truth():
    """ "Bolt beat Thompson by 0.2 seconds" made false with "Powell": the line still says Bolt."""
    statement = question("False", qtype="true_false", prompt="True or false: Powell beat Thompson.")
    assert given_away(statement, fact("person", "Bolt"), article("Jamaica's Bolt wins 100 meters")) == IN_TITLE


def test_sets_ask_for_an_order_or_pairs_not_the_title():
    ordering = question("Bolt; Powell", qtype="ordering", prompt="Put these events in order.")
    assert given_away(ordering, fact("person", "Bolt"), article("Jamaica's Bolt wins 100 meters")) is None


def test_selection_leaves_out_what_the_article_line_answers():
    sentence = "Usain Bolt beat Richard Thompson by 0.2 seconds in Beijing in 2008."
    bolt = Fact(id="b", kind="person", text="Usain Bolt", sentence=sentence, value="Usain Bolt")
    thompson = Fact(id="t", kind="person", text="Richard Thompson", sentence=sentence, value="Richard Thompson")
    shown = Article(title="Jamaica's Bolt wins 100 meters", date=date(2008, 8, 16), source="x.md",
                    paragraphs=(sentence,), id="a")  # fmt: skip

    def asking(f: Fact, prompt: str) -> Question:
        return Question(id=f.id, type="short_answer", kind="person", prompt=prompt, answer=f.text, source=sentence,
                        fact_id=f.id, article_id="a", key=f.id)  # fmt: skip

    chosen = select(shown, [bolt, thompson], [
        asking(bolt, "Who beat Richard Thompson by 0.2 seconds in Beijing in 2008?"),
        asking(thompson, "Who did Usain Bolt beat by 0.2 seconds in Beijing in 2008?"),
    ])  # fmt: skip
    assert [q.answer for q in chosen] == ["Richard Thompson"]


def test_a_figure_the_title_prints_is_given_away_but_not_a_score_inside_another():
    toll = fact("number", "at least 247")
    italy = article("Italy earthquake: Death toll reaches 247")
    assert given_away(question("at least 247", kind="number"), toll, italy) == IN_TITLE
    lead = fact("number", "2-0")
    final = article("Argentina crowned champions after beating France 4-2 on penalties")
    assert given_away(question("2-0", kind="number"), lead, final) is None


@pytest.mark.parametrize(
    ("title", "value", "granularity", "why"),
    [
        ("29 July 1588: England defeats the Spanish Armada", "1588-07-29", "day", IN_TITLE),
        ("February 11, 1990: Nelson Mandela freed from jail", "1990-02-11", "day", IN_TITLE),
        ("29 July 1588: England defeats the Spanish Armada", "1588-07-28", "day", None),  # the day before
        ("This Day in History: January 9th, 1839", "1839-01-09", "day", IN_TITLE),  # a day with its ordinal
    ],
)
def test_a_date_the_title_writes_in_another_form_is_given_away(title, value, granularity, why):
    answer = {"1588-07-29": "July 29, 1588", "1990-02-11": "February 11, 1990", "1588-07-28": "July 28, 1588",
              "1839-01-09": "January 9, 1839"}[value]  # fmt: skip
    q = question(answer, kind="date", prompt="When did the English attack?")
    assert given_away(q, fact("date", answer, value, granularity), article(title, published=None)) == why


def test_an_anniversary_article_date_gives_away_the_day_and_month():
    landing = fact("date", "April 25, 1915", "1915-04-25", "day")
    q = question("April 25, 1915", qtype="cloze", kind="date", prompt="Soldiers landed at Gallipoli on _____.")
    line = article("Gallipoli: the Anzac landing", published=date(2023, 4, 25))
    assert given_away(q, landing, line) == "the day and month of the article's date, printed with the question"
    assert given_away(q, landing, article("Gallipoli: the Anzac landing", published=date(2023, 4, 26))) is None
