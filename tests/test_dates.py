from datetime import date

import pytest

from quizgen.dates import is_duration, normalize, render

PUBLISHED = date(2022, 6, 7)  # a Tuesday: the sample article's publication date


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("June 5", "2022-06-05", "day"),
        ("Jan. 2", "2022-01-02", "day"),
        ("last March", "2022-03", "month"),
        ("January", "2022-01", "month"),
        ("last Sunday", "2022-06-05", "day"),
        ("last Sunday\u2019s", "2022-06-05", "day"),
        ("this year", "2022", "year"),
        ("last year", "2021", "year"),
        ("yesterday", "2022-06-06", "day"),
        ("today", "2022-06-07", "day"),
        ("Tuesday", "2022-06-07", "day"),
        ("on Monday", "2022-06-06", "day"),
        ("last month", "2022-05", "month"),
        ("three years ago", "2019", "year"),
        ("2022-06-07", "2022-06-07", "day"),
        ("April 12, 1981", "1981-04-12", "day"),
        ("12 April 1981", "1981-04-12", "day"),
        ("November 1849", "1849-11", "month"),
        ("c. 1818", "1818", "year"),
        ("1986", "1986", "year"),
        ("Dec. 20", "2021-12-20", "day"),  # past tense by default: the nearest December 20 before June 7
        ("the second half of October 1846", "1846-10", "month"),
        ("mid-June 2011", "2011-06", "month"),
        ("late March", "2022-03", "month"),
        ("Friday, June 24 of next year", "2023-06-24", "day"),
        ("March of last year", "2021-03", "month"),
        ("the spring of 1947", "1947", "year"),
        ("Wednesday", "2022-06-08", "day"),  # the day after a Tuesday's date: a time zone away, not six days back
    ],
)
def test_news_dates_resolve_against_the_publication_date(text, value, granularity):
    found = normalize(text, PUBLISHED)
    assert (found.value, found.granularity) == (value, granularity)


def test_a_round_number_of_years_ago_gives_no_year():
    assert normalize("ten years ago", PUBLISHED) is None  # "cured ten years ago": 2012, or 2011, or 2013?
    assert normalize("twenty years ago", PUBLISHED) is None


def test_weeks_ago_give_their_month_not_a_day():
    assert normalize("two weeks ago", PUBLISHED).value == "2022-05"  # about May 24: May, a day would be a guess
    assert normalize("a week ago", date(2012, 5, 16)).value == "2012-05"
    assert normalize("two weeks ago", date(2012, 5, 16)) is None  # about May 2: April or May
    assert normalize("three days ago", PUBLISHED).value == "2022-06-04"
    assert normalize("six months ago", date(2010, 12, 10)).value == "2010"  # June? May? July: 2010 all the same
    assert normalize("six months ago", date(2011, 7, 1)) is None  # December 2010 or January 2011


def test_future_tense_picks_the_coming_date():
    assert normalize("June 28", date(2011, 4, 13), tense="future").value == "2011-06-28"
    assert normalize("Friday", PUBLISHED, tense="future").value == "2022-06-10"


@pytest.mark.parametrize("text", ["five months", "Coming five months", "two years", "a decade", "daily", "the 1990s"])
def test_durations_and_vague_spans_are_not_dates(text):
    assert normalize(text, PUBLISHED) is None


def test_is_duration():
    assert is_duration("five months")
    assert not is_duration("five months ago")


def test_narrative_dates_take_their_year_from_the_text():
    context = normalize("September 17, 1859")
    assert normalize("July 14", None, context).value == "1859-07-14"
    assert normalize("the next day", None, context).value == "1859-09-18"
    assert normalize("the following year", None, context).value == "1860"


def test_history_in_a_recent_article_keeps_the_story_year():
    """An article published in 2017 about 1859: "July 14" belongs to 1859, not to 2017."""
    context = normalize("September 17, 1859")
    assert normalize("July 14", date(2017, 9, 13), context).value == "1859-07-14"


def test_unresolvable_dates_are_not_guessed():
    assert normalize("July 14") is None
    assert normalize("yesterday") is None


def test_lower_case_may_is_not_a_month():
    assert normalize("may", PUBLISHED) is None


def test_relative_flag():
    assert normalize("June 5", PUBLISHED).relative
    assert not normalize("June 5, 2022", PUBLISHED).relative


@pytest.mark.parametrize(
    ("value", "granularity", "text"),
    [("2022-06-05", "day", "June 5, 2022"), ("2022-03", "month", "March 2022"), ("2022", "year", "2022")],
)
def test_render(value, granularity, text):
    assert render(value, granularity) == text


def test_a_week_is_the_month_it_fell_in_or_nothing():
    assert normalize("last week", date(2014, 11, 21)).value == "2014-11"  # November 10 to 16
    assert normalize("last week", PUBLISHED) is None  # May 30 to June 5: which month, the text does not say


def test_a_decade_written_with_an_apostrophe_is_no_year():
    assert normalize("the late 1860's") is None  # not 1860
    assert normalize("the 1990\u2019s") is None
    assert normalize("1860").value == "1860"


def test_the_last_week_month_or_year_is_the_time_up_to_the_writing_no_date():
    # "only six new cases ... during the last week": the seven days before May 27, not "during May 1995"
    for text in ("the last week", "during the last week", "the past month", "the last year"):
        assert normalize(text, date(1995, 5, 27)) is None
    assert normalize("the last year's", date(2012, 6, 2)).value == "2011"  # "the last year's revolution"


def test_a_history_is_told_from_its_own_years_and_news_from_the_day_of_writing():
    from quizgen.dates import tells_a_past

    history = "The Great Fire of London swept through the city in 1666. It began on 2nd September."
    assert tells_a_past(history, date(2020, 1, 1))
    assert tells_a_past("The battle was fought in June 1815, on a Sunday, June 18.", date(2020, 1, 1))
    news = "Cisco rose 16 percent Thursday, the biggest jump since May 2002."
    assert not tells_a_past(news, date(2011, 8, 11))  # "Thursday" counts from the day of writing
    assert not tells_a_past("Voters approved the changes in 2022.", date(2022, 6, 7))
    revolution = (
        "In March 1917, riots forced Nicholas II to abdicate. By July, radicals were in control. The next year, ..."
    )
    assert tells_a_past(revolution, date(2020, 1, 1))  # "the next year" counts from the story, not from today
    quoted = "Gandhi said on August 14: \u201cTomorrow will be a day of rejoicing.\u201d India became free in 1947."
    assert tells_a_past(quoted, date(2020, 8, 12))  # his "tomorrow", not the writer's


def test_a_news_date_without_a_year_long_after_a_historic_one_is_the_news_own():
    context = normalize("1908")
    assert normalize("September 9", date(2013, 9, 9), context, recent=False).value == "2013-09-09"
    assert normalize("September 9", date(2013, 9, 9), context, recent=True).value == "1908-09-09"


def test_years_later_count_from_the_story_and_never_from_nothing():
    assert normalize("Three years later", None, normalize("December 1848")).value == "1851"
    assert normalize("three weeks later", None, normalize("July 3, 1866")).value == "1866-07-24"
    assert normalize("After a year", None, normalize("1778")).value == "1779"
    assert normalize("Three years later", date(2020, 1, 1)) is None  # later than what?


def test_a_news_story_that_measures_its_days_against_old_years_is_no_history():
    from quizgen.dates import tells_a_past

    news = "The pound fell to its lowest level since 1985. Turnout was the highest at a UK-wide vote since 1992."
    assert not tells_a_past(news, date(2016, 6, 24))
    assert tells_a_past("Darwin sailed in 1831. The voyage was the longest since 1820.", date(2020, 1, 1))
    easter = "The Volunteers planned a rising for Easter Sunday, 1916. On Easter Monday, the battalions paraded."
    assert tells_a_past(easter, date(2020, 1, 1))  # a feast's weekday is no writer's "Monday"
