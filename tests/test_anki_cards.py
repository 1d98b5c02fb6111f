"""Cards of every note type as Anki renders them: their HTML, hostile text, and a real browser showing them."""

from __future__ import annotations

import dataclasses
import html
import json
import os
from pathlib import Path

import pytest

from quizgen.export.anki import write_anki
from quizgen.models import Quiz

from . import anki_harness as ah
from . import browser_harness as bh
from .samples import HOSTILE, all_types_quiz

NOTE_TYPES = ("quizgen Basic", "quizgen Cloze", "quizgen Multiple choice", "quizgen Person-Role")


@pytest.fixture
def collection(tmp_path):
    col = ah.open_collection(tmp_path / "anki")
    yield col
    col.close()


CITATION = (
    '<div class="source">In a June 5 referendum, voters in Kazakhstan approved changes to more than a third'
    ' of their constitution.</div>\n    <div class="article">A spark of democracy in Central Asia · June 7, 2022'
    ' · <a href="https://example.org/kazakhstan">source</a></div>'
)


CONTEXT = '<div class="context">A spark of democracy in Central Asia · June 7, 2022</div>'


def test_every_card_names_its_article_above_the_question(tmp_path, collection):
    """A card is reviewed weeks later among other decks: "the referendum" needs its story on the card."""
    ah.import_apkg(collection, write_anki(all_types_quiz(), tmp_path / "all.apkg"))
    cards = [card for name in NOTE_TYPES for card in ah.card_ids_for_type(collection, name)]
    assert len(cards) >= len(NOTE_TYPES)
    for card in cards:
        front, back = ah.render_card(collection, card)
        assert front.count(CONTEXT) == 1, front
        assert front.index(CONTEXT) < front.index('class="question"')
        assert back.count(CONTEXT) == 1  # the back repeats the front once, not twice


def test_cards_of_every_note_type_render_front_and_back(tmp_path, collection):
    ah.import_apkg(collection, write_anki(all_types_quiz(), tmp_path / "all.apkg"))
    front, back = ah.render_card(collection, ah.card_with_front(collection, "quizgen Basic", "When did voters"))
    assert '<div class="question">When did voters in Kazakhstan approve changes to their constitution?</div>' in front
    assert "June 5, 2022" not in front
    assert '<div class="answer">June 5, 2022</div>' in back and CITATION in back

    front, back = ah.render_card(collection, ah.card_with_front(collection, "quizgen Multiple choice", "When did"))
    letters = '<li class="choice"><span class="letter">A</span> June 12, 2022</li><li class="choice correct">'
    assert letters in front and "reveal" not in front  # only the back's .reveal marks the right choice
    assert '<div class="quizgen front choice-card reveal">' in back and letters in back
    assert '<div class="answer">B. June 5, 2022</div>' in back and CITATION in back

    front, back = ah.render_card(collection, ah.card_ids_for_type(collection, "quizgen Cloze")[0])
    assert 'In a <span class="cloze" data-cloze="June&#x20;5&#x2C;&#x20;2022" data-ordinal="1">[...]</span>' in front
    assert 'In a <span class="cloze" data-ordinal="1">June 5, 2022</span> referendum' in back and CITATION in back

    front, back = ah.render_card(
        collection, ah.card_with_front(collection, "quizgen Person-Role", ">Kassym-Jomart Tokayev<")
    )
    assert '<div class="question">Kassym-Jomart Tokayev</div>' in front and "President" not in front
    assert '<div class="answer">President</div>' in back and CITATION in back
    front, back = ah.render_card(collection, ah.card_with_front(collection, "quizgen Person-Role", ">President<"))
    assert "Tokayev" not in front and '<div class="answer">Kassym-Jomart Tokayev</div>' in back

    front, back = ah.render_card(collection, ah.card_with_front(collection, "quizgen Basic", "Put these events"))
    assert '<ul class="items"><li>Voters approved the changes</li><li>Protests began</li>' in front
    assert '<ol class="sequence"><li>Protests began</li><li>President Tokayev spoke</li>' in back
    front, back = ah.render_card(collection, ah.card_with_front(collection, "quizgen Basic", "True or false"))
    assert '<div class="answer">False</div>' in back and CITATION in back


def hostile_everywhere() -> Quiz:
    """Every question type with hostile text in every field, the multiple choice options and names too."""
    quiz = all_types_quiz(hostile=True)
    evil = ("<b>bold</b> {{c2::y}}", "[sound:y.mp3] &lt;", "Jane <img src=x onerror=alert(4)>")
    questions = []
    for q in quiz.questions:
        if q.type == "multiple_choice":
            q = dataclasses.replace(q, choices=(*evil, HOSTILE), answer=HOSTILE)
        if q.type == "matching":
            q = dataclasses.replace(q, pairs=((evil[2], "President {{Front}}"), (HOSTILE, "Prime Minister")))
        questions.append(q)
    return dataclasses.replace(quiz, questions=tuple(questions))


def test_hostile_text_is_literal_on_every_card_of_every_note_type(tmp_path, collection):
    summary = ah.import_apkg(collection, write_anki(hostile_everywhere(), tmp_path / "h.apkg"))
    assert summary.new == 8 and set(ah.notes_by_type(collection)) == set(NOTE_TYPES)
    (deck,) = ah.deck_names(collection)  # the {{c1::x}} in the title made no sub-deck
    assert deck.endswith("{{Front}} {{c1:x}} &amp; [sound:x.mp3]")
    for notetype in NOTE_TYPES:
        for card_id in ah.card_ids_for_type(collection, notetype):
            for side in ah.render_card(collection, card_id):
                assert "<script" not in side and "<img" not in side and "<b>" not in side
                assert "&lt;script&gt;alert(1)&lt;/script&gt;" in side
                assert "[anki:play" not in side and "javascript:" not in side
                assert "&amp;amp;" in side  # "&amp;" shows as typed
                assert "c2" not in side or "&#123;&#123;c2::y&#125;&#125;" in side
    assert len(ah.card_ids_for_type(collection, "quizgen Cloze")) == 1  # the article's {{c1::x}} made no card
    _, back = ah.render_card(collection, ah.card_ids_for_type(collection, "quizgen Multiple choice")[0])
    assert '<li class="choice correct"><span class="letter">D</span> &lt;script&gt;' in back
    assert "&lt;b&gt;bold&lt;/b&gt; &#123;&#123;c2::y&#125;&#125;" in back


# --- the cards in a real browser, as Anki's reviewer styles them -----------------------------------------

# Reads back what the browser computed, so the test checks the CSS took effect, not only that it exists.
PROBE = """<script>
const bg = [...document.querySelectorAll('.card')].map(c => getComputedStyle(c).backgroundColor);
const marked = [...document.querySelectorAll('.choice.correct')].map(c => getComputedStyle(c).borderColor);
document.body.setAttribute('data-probe', JSON.stringify({bg: [...new Set(bg)], marked: [...new Set(marked)]}));
</script>"""


def _browser_or_skip():
    missing = bh.missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)}: apt-get install chromium poppler-utils")


def _probe(page: Path) -> dict:
    dom = bh.dom_after_scripts(page)
    return json.loads(html.unescape(dom.split('data-probe="')[1].split('"')[0]))


@pytest.mark.browser
def test_cards_look_right_in_a_browser_by_day_and_night(tmp_path, collection, output_dir):
    _browser_or_skip()
    ah.import_apkg(collection, write_anki(all_types_quiz(), tmp_path / "all.apkg"))
    cards = [
        ah.card_with_front(collection, "quizgen Basic", "When did"),
        ah.card_with_front(collection, "quizgen Basic", "Put these"),
        ah.card_ids_for_type(collection, "quizgen Cloze")[0],
        ah.card_with_front(collection, "quizgen Multiple choice", "When"),
        ah.card_with_front(collection, "quizgen Person-Role", ">President<"),
    ]
    for night, suffix in ((False, ""), (True, "-night")):
        page = output_dir / f"anki-cards{suffix}.html"
        page.write_text(ah.card_sheet(collection, cards, night=night).replace("</body>", PROBE + "</body>"))
        probe = _probe(page)
        assert probe["bg"] == (["rgb(28, 28, 30)"] if night else ["rgb(255, 255, 255)"])
        assert len(probe["marked"]) == 2  # the right choice looks different on the back only
        # Look at these after a run: desktop and phone width, day and night.
        bh.screenshot(page, output_dir / f"anki-cards{suffix}.png", width=900, height=2600)
        bh.screenshot(page, output_dir / f"anki-cards-phone{suffix}.png", width=390, height=1800)


@pytest.mark.browser
def test_hostile_cards_inject_nothing_in_a_browser(tmp_path, collection):
    _browser_or_skip()
    ah.import_apkg(collection, write_anki(hostile_everywhere(), tmp_path / "h.apkg"))
    page = tmp_path / "hostile.html"
    page.write_text(ah.card_sheet(collection, sorted(collection.find_cards(""))))
    dom = bh.dom_after_scripts(page).lower()
    assert "<script" not in dom and "<img" not in dom and "<b>" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
