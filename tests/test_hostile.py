"""Hostile article text, through the whole pipeline (file in, quiz out): it shows as text and runs nothing.

Checked where it matters: the DOM a real Chromium builds after running scripts, and the cards the
real Anki library renders from the .apkg we write.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.export.html import render_html
from quizgen.readers import read_article

from . import anki_harness as ah
from . import browser_harness as bh
from .test_html import _browser_or_skip

ATTACKS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '<a href="javascript:alert(3)">click</a>',
    "</style><style>body{display:none}</style>",
    "{{Front}}",
    "{{c2::rigged}}",
    "[sound:evil.mp3]",
    "&amp; &lt;b&gt;",
    "zero\u200bwidth\u200bspaces and \u202ereversed\u202c text",
)
HOSTILE_TEXT = f"""A bold referendum {ATTACKS[4]}

On June 5, 2022, voters in Kazakhstan approved changes to the constitution {ATTACKS[0]} after President \
Kassym-Jomart Tokayev called the vote {{{{c1::secret}}}} and {ATTACKS[6]} was not played.

The election commission in Nur-Sultan said 77 percent of voters backed the changes {ATTACKS[1]}.

Officials in Almaty reported on June 6, 2022, that turnout reached 68 percent {ATTACKS[2]} {ATTACKS[7]} {ATTACKS[3]}.

The opposition leader Maria Petrova said on June 7, 2022, that the vote was {ATTACKS[5]} and \
{ATTACKS[8]}. Supercalifragilistic{"x" * 3000} is a very long word.
"""
# The same article as a saved web page: the markup is escaped so it is the article's text, plus real scripts
# and handlers in the page itself, which the reader must drop.
HOSTILE_PAGE = (
    "<html><head><title>A bold referendum</title><script>document.title='pwned'</script></head>"
    "<body onload=\"document.body.innerHTML='pwned'\"><article>"
    + "".join(f"<p>{html.escape(p)}</p>" for p in HOSTILE_TEXT.split("\n\n")[1:])
    + "</article></body></html>"
)


@pytest.fixture(scope="module", params=["txt", "html"])
def built(request, tmp_path_factory):
    """The hostile article built into every output, from a .txt and from a saved .html page."""
    folder = tmp_path_factory.mktemp(f"hostile-{request.param}")
    article = folder / f"hostile.{request.param}"
    article.write_text(HOSTILE_TEXT if request.param == "txt" else HOSTILE_PAGE, encoding="utf-8")
    args = ["build", str(article), "--json", str(folder / "q.json"), "--html", str(folder / "q.html")]
    result = CliRunner().invoke(app, [*args, "--anki", str(folder / "q.apkg")])
    assert result.exit_code == 0, result.output
    return folder


def test_the_attacks_reach_the_questions_as_plain_text(built):
    data = json.loads((built / "q.json").read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    assert "pwned" not in text  # the page's own script was dropped, not turned into text
    carried = [a for a in ATTACKS if a in text]
    assert len(carried) >= 5, carried  # most of them made it into questions, so the outputs below see them


def test_printed_quiz_shows_them_as_text(built, sample_quiz):
    page = (built / "q.html").read_text(encoding="utf-8")
    assert page.count("<script") == render_html(sample_quiz).count("<script")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")


@pytest.mark.browser
def test_no_script_runs_and_no_element_is_added_in_chromium(built, sample_quiz, tmp_path):
    _browser_or_skip()
    dom = bh.dom_after_scripts(built / "q.html").lower()
    plain = tmp_path / "plain.html"
    plain.write_text(render_html(sample_quiz), encoding="utf-8")
    baseline = bh.dom_after_scripts(plain).lower()
    for tag in ("<script", "<img", "<style", "<a ", "<b>", "<iframe"):
        assert dom.count(tag) == baseline.count(tag), tag  # only the template's own elements
    assert "pwned" not in dom and not re.search(r"<[a-z][^>]*\s(?:href|src)=\"?javascript:", dom)
    assert not re.search(r"<[a-z][^>]*\son[a-z]+=", dom)  # no event-handler attribute on any element
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "{{c2::rigged}}" in dom and "[sound:evil.mp3]" in dom


def test_anki_renders_them_as_text(built, tmp_path):
    col = ah.open_collection(tmp_path / "anki")
    try:
        ah.import_apkg(col, built / "q.apkg")
        notes = ah.notes_by_type(col)
        card_ids = [c for name in notes for c in ah.card_ids_for_type(col, name)]
        # One card per cloze note: {{c2::...}} in the article's text made no extra card.
        assert len(ah.card_ids_for_type(col, "quizgen Cloze")) == notes.get("quizgen Cloze", 0) > 0
        sides = [side for card_id in card_ids for side in ah.render_card(col, card_id)]
    finally:
        col.close()
    joined = "\n".join(sides)
    assert "<script" not in joined and "<img" not in joined and 'href="javascript' not in joined
    assert "[anki:play" not in joined  # [sound:evil.mp3] stayed text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined
    assert "{{c2::rigged}}" in html.unescape(joined) and "[sound:evil.mp3]" in html.unescape(joined)


def test_a_thousand_paragraphs_build(tmp_path):
    filler = "The streets were quiet and the weather was mild for most of the afternoon."
    fact = "On June 5, 2022, voters in Kazakhstan approved changes to the constitution, the commission said."
    paragraphs = [fact if i % 250 == 0 else f"{filler} Item {i}." for i in range(1000)]
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "--json", str(tmp_path / "q.json")])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "q.json").read_text())["questions"]
    assert len(read_article(article).paragraphs) == 1000
