from datetime import date

import pytest

from quizgen.errors import ArticleError
from quizgen.readers import is_boilerplate, read_article, slugify

from .conftest import SAMPLE

BODY = "Voters in the city approved the new charter on Sunday after a long campaign by local groups. " * 2


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
        ("short.txt", "Voters approved it on Sunday.", "has only 5 words; quizgen needs at least 25"),
        ("latin1.txt", "Caf\xe9 ".encode("latin-1") * 30, "is not UTF-8 text; save it as UTF-8"),
        ("bin.txt", b"\x00\x01\x02PK" * 10, "looks like a binary file"),
        ("a.pdf", "%PDF-1.4", "unknown article type '.pdf'"),
        ("bad.md", "---\ntitle: [unclosed\n---\n" + BODY, "YAML front matter is invalid"),
    ],
)
def test_bad_articles(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ArticleError, match=message.replace("(", r"\(").replace(".", r"\.")):
        read_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_slugify():
    assert slugify("Ça va: 2022's vote!") == "ca-va-2022-s-vote"
