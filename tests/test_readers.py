import codecs
import re
from datetime import date

import pytest

from quizgen.errors import ArticleError
from quizgen.readers import (
    MAX_PARAGRAPH_CHARS,
    STDIN,
    article_from_bytes,
    expand_sources,
    is_boilerplate,
    read_article,
    slugify,
)

from .conftest import SAMPLE

BODY = "Voters in the city approved the new charter on Sunday after a long campaign by local groups. " * 2
PAGE = """<html><head><title>Voters approve charter | The Daily</title>
<meta property="og:title" content="Voters approve the new charter">
<meta property="article:published_time" content="2020-03-01T10:00:00Z">
<link rel="canonical" href="https://example.org/news/charter">
<script>trackEvent("view")</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> Subscribe now</nav>
<article><h1>Voters approve the new charter</h1>
<p>Voters in the city approved the new charter on Sunday after a long campaign by local groups.
The mayor, Jane Smith, said the vote was historic.</p>
<p>The charter replaces a document written in 1911. Turnout was 54 percent, according to the election office.</p>
<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; {{c1::x}} [sound:a.mp3]</p>
</article><footer>Copyright 2020. All rights reserved.</footer></body></html>"""


def test_sample_dateline_title_and_boilerplate():
    article = read_article(SAMPLE)
    assert article.date == date(2022, 6, 7)
    assert article.title == "A spark of democracy in Central Asia"
    assert article.id == "a-spark-of-democracy-in-central-asia"
    text = article.text
    for junk in ("Skip to main menu", "Skip to footer", "Editorial Board"):
        assert junk not in text
    assert "AP" not in article.paragraphs
    assert article.paragraphs[-1].startswith("Just as Ukraine")


@pytest.mark.parametrize(
    "line",
    ["Skip to main menu Skip to search Skip to footer", "AP", "Reuters", "  • By the Monitor's Editorial Board",
     "By Jane Smith", "Photo: Getty Images"],
)  # fmt: skip
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Voters cast ballots in Nur-Sultan, June 5.", "By area, it is the ninth-largest."])
def test_content_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: The charter\ndate: 2020-03-01\nsource: https://example.org/a\n---\n# Ignored\n\n{BODY}\n"
    )
    article = read_article(path)
    assert (article.title, article.date, article.source) == ("The charter", date(2020, 3, 1), "https://example.org/a")
    assert article.paragraphs == (BODY.strip(),)


def test_overrides_win(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2020-01-01 Skip to main menu\nHeadline here\n\n{BODY}")
    article = read_article(path, title="Mine", published=date(2021, 5, 5))
    assert (article.title, article.date) == ("Mine", date(2021, 5, 5))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "the article is empty"),
        ("blank.txt", "  \n\n \t\n", "the article is empty"),
        ("short.txt", "Voters approved it on Sunday.", "the article has only 5 words; quizgen needs at least 25"),
        ("bin.txt", b"\x00\x01\x02PK" * 10, "looks like a binary file, not text"),
        ("a.pdf", b"%PDF-1.4\n%\xe2\xe3", "is a PDF document, not text"),
        ("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "is a PNG image, not text"),
        ("a.docx", b"PK\x03\x04\x14\x00", "is a ZIP archive (or a .docx/.epub, which are ZIP files), not text"),
        ("prog.txt", b"\x7fELF\x02\x01\x01\x00", "is an executable (ELF), not text"),
        ("a.csv", "a,b\n" + BODY, "unknown article type '.csv'"),
        ("bad.md", "---\ntitle: [unclosed\n---\n" + BODY, "the YAML front matter is invalid near line 2; fix it"),
        ("fr.txt", "Les électeurs de la ville ont approuvé la nouvelle charte dimanche après une longue campagne "
         "menée par des groupes locaux, et le maire a dit que le vote était historique.",
         "the article does not look like English"),
        ("zh.txt", "选民在星期天批准了新的宪章。" * 20, "the article does not look like English"),
        ("nav.html", "<html><head><style>p {}</style></head><body><script>x()</script></body></html>",
         "found no article text in this HTML page"),
    ],
)  # fmt: skip
def test_bad_articles(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ArticleError, match=re.escape(f"{path}: {message}")):
        read_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(ArticleError, match="is a folder; give an article file"):
        read_article(tmp_path)


TEXT = (
    "The caf\u00e9\u2019s owner, Ren\u00e9e M\u00fcller, said \u201cwe opened in 1998\u201d \u2014 a na\u00efve plan. "
    + BODY
)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its BOM
        TEXT.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "cp1252"],
)
def test_encodings(data):
    article = article_from_bytes("a.txt", data, ".txt")
    assert article.text == TEXT.strip()


def test_mojibake_is_repaired():
    text = "The caf\u00e9\u2019s owner said it was a na\u00efve plan. " + BODY
    mojibake = text.encode("utf-8").decode("cp1252")  # "cafÃ©â€™s": UTF-8 read as Windows-1252, saved again
    assert article_from_bytes("a.txt", mojibake.encode("utf-8"), ".txt").text == text.strip()


def test_latin1_without_curly_quotes():
    text = "Caf\u00e9 na\u00efve " + BODY
    assert article_from_bytes("a.txt", text.encode("latin-1"), ".txt").text == text.strip()


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    article = read_article(path)
    assert (article.title, article.date, article.source) == (
        "Voters approve the new charter",
        date(2020, 3, 1),
        "https://example.org/news/charter",
    )
    assert article.paragraphs[0].startswith("Voters in the city approved")
    for junk in ("Subscribe", "Home", "All rights reserved", "trackEvent"):
        assert junk not in article.text
    assert "Hello <script>alert(1)</script> {{c1::x}}" in article.text  # escaped text stays text


@pytest.mark.parametrize(
    ("data", "title"),
    [(PAGE.encode(), "Voters approve the new charter"), (f"---\ntitle: Front\n---\n{BODY}".encode(), "Front"),
     (f"# Heading\n\n{BODY}".encode(), "Heading"), (BODY.encode(), "Article")],
    ids=["html", "front-matter", "heading", "text"],
)  # fmt: skip
def test_standard_input_guesses_the_format(data, title):
    assert article_from_bytes(STDIN, data).title == title


def test_huge_paragraphs_are_split_for_the_parser():
    text = BODY * 300 + "x" * 50_000 + " " + BODY  # one paragraph of 75,000 characters and a 50,000-letter word
    article = article_from_bytes("a.txt", text.encode(), ".txt")
    assert len(article.paragraphs) > 3
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in article.paragraphs)
    assert "".join(article.paragraphs).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_folders_expand_in_name_order(tmp_path):
    for name in ("b.md", "a.txt", "c.html", "notes.csv", ".hidden.txt"):
        (tmp_path / name).write_text(BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text(BODY)
    names, errors = expand_sources([tmp_path, "-", "https://example.org/a"])
    assert names == [str(tmp_path / n) for n in ("a.txt", "b.md", "c.html")] + ["-", "https://example.org/a"]
    assert errors == []
    names, errors = expand_sources([tmp_path / "sub" / "..", tmp_path / "sub"])
    empty = tmp_path / "empty"
    empty.mkdir()
    _, errors = expand_sources([empty])
    assert [str(e) for e in errors] == [
        f"{empty}: no article files in this folder (.htm, .html, .markdown, .md, .text, .txt, .xhtml); add some"
    ]


def test_slugify():
    assert slugify("Ça va: 2022's vote!") == "ca-va-2022-s-vote"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("OSLO — The 2004 Nobel Peace Prize was awarded.", "The 2004 Nobel Peace Prize was awarded."),
        ("WASHINGTON (AP) -- The council met.", "The council met."),
        ("NEW YORK, N.Y. – Voters went to the polls.", "Voters went to the polls."),
        ("NASA celebrated the launch.", "NASA celebrated the launch."),
        ("US-led talks began - again.", "US-led talks began - again."),
        ("Frankfurt - UPI Lufthansa pilots have decided to strike.", "Lufthansa pilots have decided to strike."),
        ("New Delhi - PTI: The monsoon arrived.", "The monsoon arrived."),
        ("Paris - Hilton sold the hotel.", "Paris - Hilton sold the hotel."),  # no agency: no dateline
        ("YANGON, MYANMAR (APRIL 1, 2012) (REUTERS) - Aung San Suu Kyi won a seat.", "Aung San Suu Kyi won a seat."),
        ("Jakarta, (ANTARA News) - The death toll reached 384.", "The death toll reached 384."),
        ("TOKYO (dpa-AFX) - Toyota has dethroned General Motors.", "Toyota has dethroned General Motors."),
        ("BANGKOK // Thailand's Supreme Court found Thaksin guilty.", "Thailand's Supreme Court found Thaksin guilty."),
        ("STOCKHOLM: Kazuo Ishiguro has won the Nobel Prize.", "Kazuo Ishiguro has won the Nobel Prize."),
        ("Washington: NASA's telescope has produced an image.", "NASA's telescope has produced an image."),
        ("Geneva, July 4 (IANS) Scientists at CERN found a new particle.", "Scientists at CERN found a new particle."),
        ("Brasilia, Oct 31 Former President Lula has won.", "Former President Lula has won."),
        ("Paris, July 14 is France's national day.", "Paris, July 14 is France's national day."),
        ("MUMBAI, India\u2014India won the World Cup.", "India won the World Cup."),  # no space after the dash
        ("NASA\u2014The agency met.", "NASA\u2014The agency met."),
        ("Alwaght- Volodymyr Zelensky has won the runoff vote.", "Volodymyr Zelensky has won the runoff vote."),
        ("Anglo-Saxon kings ruled.", "Anglo-Saxon kings ruled."),
        (
            "BEIJING, June 4, 1989 (UPI) - The Gate of Heavenly Peace became a killing field.",
            "The Gate of Heavenly Peace became a killing field.",
        ),  # the day with its year
    ],
)
def test_place_datelines_are_dropped_from_the_opening(paragraph, expected):
    from quizgen.readers.text import strip_dateline

    assert strip_dateline(paragraph) == expected


def test_a_photo_caption_under_its_credit_is_not_the_story(tmp_path):
    path = tmp_path / "a.txt"
    story = ("The vote was held on June 5 in every region of the country.",
             "Turnout was high across the country, the election commission said on Monday.")  # fmt: skip
    path.write_text(f"Title\n\n{story[0]}\n\nAP\nVoters cast ballots in Nur-Sultan, June 5.\n\n{story[1]}\n")
    assert read_article(path).paragraphs == story


def test_a_note_on_the_page_picture_is_dropped():
    from quizgen.readers.text import strip_picture_note

    said = "Kazuo Ishiguro, (pictured) the British author of Remains of the Day, has won the Nobel Prize."
    assert (
        strip_picture_note(said) == "Kazuo Ishiguro, the British author of Remains of the Day, has won the Nobel Prize."
    )


def test_a_place_in_capitals_run_into_the_story_goes_only_when_the_article_names_it():
    from quizgen.readers.text import strip_dateline

    text = "RIYADH Saudi Aramco shares will start trading, the Riyadh stock exchange said."
    assert strip_dateline(text, text) == "Saudi Aramco shares will start trading, the Riyadh stock exchange said."
    nasa = "NASA Administrator Charles Bolden announced the sites."
    assert strip_dateline(nasa, nasa) == nasa  # an acronym the article never writes as a word


def test_a_dateline_after_a_photo_caption_is_stripped(tmp_path):
    path = tmp_path / "a.md"
    story = "Aung San Suu Kyi won a seat in parliament on Sunday, her party said."
    path.write_text("---\ntitle: Suu Kyi wins\ndate: 2012-04-02\n---\nSupporters swamp the streets after she wins a "
                    f"seat.\n\nYANGON, MYANMAR (REUTERS) - {story}\n")  # fmt: skip
    assert read_article(path).paragraphs[1] == story


def test_a_dateline_with_a_country_and_an_agency_is_stripped():
    from quizgen.readers.text import strip_dateline

    assert (
        strip_dateline("JUBA, Sudan (AFP) – A deadly ambush clouded the vote.") == "A deadly ambush clouded the vote."
    )


def test_a_drop_cap_opening_word_is_written_as_a_word():
    from quizgen.readers.text import drop_cap

    text = ("THE Battle of Agincourt was one that the English and Henry V did not seek, nor did they expect to "
            "win it, outnumbered as they were by at least four to one.\n")  # fmt: skip
    article = article_from_bytes("agincourt.txt", text.encode(), ".txt")
    assert article.paragraphs[0].startswith("The Battle of Agincourt was one")
    assert drop_cap("THE END OF AN ERA came in 1415.") == "THE END OF AN ERA came in 1415."  # a headline's capitals
    lead = "FORMER Khmer Rouge prison chief Duch was found guilty today."
    assert drop_cap(lead, lead) == "Former Khmer Rouge prison chief Duch was found guilty today."
    assert drop_cap("NASA Administrator Charles Bolden spoke.") == "NASA Administrator Charles Bolden spoke."
    who = "WHO officials said the WHO would act."
    assert drop_cap(who, who) == who  # an acronym the article writes again, though "who" is a word


def test_typesetting_slips_are_mended_and_the_words_kept():
    from quizgen.readers.text import typesetting_slips

    text = ("In a dazzling, hourlong game, the Deep Blue IBM computer demolished world chess champion Garry Kas-parov "
            "and won the match.\n\nThe two split the first two games, then played to draws in Games 3, 4 and "
            "5.Kasparov resigned after the computer's 19th move in Game 6.\n")  # fmt: skip
    article = article_from_bytes("chess.txt", text.encode(), ".txt")
    assert "champion Garry Kasparov and won" in article.paragraphs[0]
    assert "Games 3, 4 and 5. Kasparov resigned" in article.paragraphs[1]
    deal = "In one of history?s greatest land deals, the Louisiana Purchase, France sold the U.S. its west."
    assert typesetting_slips(deal, deal).startswith("In one of history\u2019s greatest")  # an encoding's "?"
    kept = "At 10 a.m.Then see www.Google.com, Amazon.com, J.K.Rowling, Jean-Paul, Rolls-Royce and Kas-parov."
    assert typesetting_slips(kept, kept) == kept  # no "Kasparov" written whole: the hyphen may be the name's


def test_a_text_file_may_open_with_front_matter():
    text = ("---\ntitle: \"All 54 on crashed Indonesian plane dead\"\ndate: 2015-08-18\nsource: https://example.org/a\n"
            "---\nAll 54 people aboard a Trigana Air plane that crashed in Papua province on Sunday are dead, "
            "officials said on Tuesday after rescuers reached the wreckage in the mountains.\n")  # fmt: skip
    article = article_from_bytes("trigana.txt", text.encode(), ".txt")
    assert article.title == "All 54 on crashed Indonesian plane dead"
    assert article.date == date(2015, 8, 18)
    assert article.paragraphs[0].startswith("All 54 people aboard")


def test_a_dateline_with_a_day_and_a_horizontal_bar_is_stripped():
    from quizgen.readers.text import strip_dateline

    paragraph = "TOKYO, Aug 5 \u2015 Steven Gardiner won the 400 metres."
    assert strip_dateline(paragraph) == "Steven Gardiner won the 400 metres."


def test_a_live_pages_update_label_is_dropped_from_every_paragraph():
    from quizgen.readers.text import strip_update_label

    assert (
        strip_update_label("UPDATE (4): CNN reports that over 1,000 have died.")
        == "CNN reports that over 1,000 have died."
    )
    assert strip_update_label("UPDATE: The New York Times reports 270 dead.") == "The New York Times reports 270 dead."
    assert strip_update_label("Updates were posted hourly.") == "Updates were posted hourly."


def test_a_typewriters_quotation_marks_and_backtick_apostrophes_read_as_print_sets_them():
    text = (
        '---\ntitle: "Voyager`s Dazzling Finale"\ndate: 1989-08-27\n---\n'
        "Voyager`s images showed a haze in Triton`s atmosphere. ``It is a bizarre moon,'' a scientist said. " + BODY
    )
    article = article_from_bytes("voyager.md", text.encode(), ".md")
    assert article.title == "Voyager\u2019s Dazzling Finale"
    assert article.paragraphs[0].startswith(
        "Voyager\u2019s images showed a haze in Triton\u2019s atmosphere. \u201cIt is a bizarre moon,\u201d a"
    )  # not "Voyagers images" (Markdown's `code` marks), nor a '' read as a slip of haste


def test_a_wire_datelines_day_dates_the_story_a_paper_printed_the_day_after():
    text = (
        "---\ntitle: Greece win Euro 2004\ndate: 2004-07-05\n---\n"
        "Lisbon, July 4 (Reuters): Greece won the final against Portugal today in Lisbon. " + BODY
    )
    article = article_from_bytes("greece.md", text.encode(), ".md")
    assert article.date == date(2004, 7, 4)  # "today" is the dateline's July 4, not the paper's July 5
    assert article.paragraphs[0].startswith("Greece won the final")
    assert article_from_bytes("greece.md", text.encode(), ".md", published=date(2004, 7, 5)).date == date(2004, 7, 5)
    sirte = "SIRTE, LIBYA (OCTOBER 20, 2011) REUTERS - Former Libyan leader Muammar Gaddafi died of wounds. " + BODY
    page = f"---\ntitle: Gaddafi dies\ndate: 2011-10-20\n---\n{sirte}"
    assert article_from_bytes("sirte.md", page.encode(), ".md").paragraphs[0].startswith("Former Libyan leader")
