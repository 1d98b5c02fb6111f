"""What fact extraction keeps per sentence on a Doc: the same as asking spaCy each time, and forgotten when done."""

from __future__ import annotations

from datetime import date

from quizgen import nlp, spans
from quizgen.facts import extract_facts
from quizgen.models import Article

TEXT = (
    "On June 5, Kazakhstan's voters approved changes to a third of the constitution, officials said. "
    "President Kassym-Jomart Tokayev, who called the referendum, hailed the result; turnout was 68 percent."
)


def test_kept_tokens_entities_and_text_are_spacys_own():
    doc = nlp.load()(TEXT)
    for sent in doc.sents:
        assert [t.i for t in spans.tokens(sent)] == [t.i for t in sent]
        assert [(e.start, e.end, e.label_) for e in spans.ents(sent)] == [(e.start, e.end, e.label_) for e in sent.ents]
        assert spans.text(sent) == sent.text
        assert spans.tokens(sent) is spans.tokens(sent)  # made once


def test_extraction_forgets_what_it_kept_on_the_docs():
    docs = list(nlp.load().pipe([TEXT]))
    article = Article(title="T", date=date(2022, 6, 7), source="t.txt", paragraphs=(TEXT,), id="t")
    facts = extract_facts(article, docs)
    assert facts
    assert not [key for key in docs[0].user_data if isinstance(key, tuple) and str(key[0]).startswith("quizgen_")]
    assert extract_facts(article, docs) == facts  # and a second pass over the same Docs finds the same
