"""Clause analysis on the parse: the subject, verb and the rest of a clause, as plain text.

This is the bridge that lets question building work without spaCy: for a fact's span it finds the
clause the span belongs to and writes that clause out with the span's phrase taken out, relative
dates replaced by absolute ones (`subs`), and asides (appositions, participle phrases) trimmed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgen import entities, nlp
from quizgen.models import Clause

# Token index -> (end index, replacement text): how a span is written in questions and clozes.
Substitutions = dict[int, tuple[int, str]]

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dates and figures: what a phrase may be cut for, as another question's answer. A place or a name is
# kept: "In Kowloon West, X was elected" without its place is no longer true of one person.
CUTTABLE_LABELS = frozenset("DATE TIME CARDINAL QUANTITY MONEY PERCENT ORDINAL".split())
# Places and names: what makes a phrase the context of its sentence, never cut for another question.
CONTEXT_LABELS = ("GPE", "LOC", "FAC", "PERSON", "ORG")
# Verb phrases a question can do without: where, when, how, with what.
_OPTIONAL = {"prep", "npadvmod", "advmod", "tmod"}
_ADJUNCT_PREPS = {"with", "on", "in", "at", "during", "after", "before", "since", "amid", "following"}
# Verb children that are asides or other clauses: never part of a question built from this clause.
# Adverbs that finish a verb's meaning, as particles do: "taken apart", "came together", "set aside".
_PARTICLES = frozenset("apart together aside away open".split())
# Adverbs that limit what the verb claims: without them the question says something else ("has sent up five
# H-2A rockets [successfully]": six went up, one was destroyed).
_LIMITING = frozenset(
    """successfully unsuccessfully illegally legally partly partially fully officially unofficially safely secretly
    jointly narrowly wrongly falsely permanently temporarily""".split()
)
# Verbs whose object does what the infinitive says: "ordered his brother [to send an army]", "asked the court
# [to rule]". Without it the question says something else ("When did Mogke order his brother?").
_CONTROL_VERBS = frozenset(
    """order ask tell force allow persuade urge permit invite require encourage enable compel instruct direct command
    authorize authorise forbid oblige commission help lead cause convince warn advise appoint""".split()
)
_DROPPED_RIGHT = {"punct", "cc", "conj", "advcl", "parataxis", "mark", "dep", "intj", "meta", "appos"}
_DROPPED_LEFT = {"advcl", "prep", "npadvmod", "advmod", "cc", "punct", "mark", "intj", "dep", "parataxis"}
# Asides inside a subject: "thousands of young Kazakhs, angered by ..., took" -> "thousands of young Kazakhs".
_ASIDES = {"appos", "acl", "relcl", "advcl"}
_ASIDE_MARKS = {",", "\u2013", "\u2014", "--", "(", ")", ";"}
_DANGLING = {"and", "or", "but", "of", "to", "the", "a", "an", "with", "by", "for", "as", "at", "in", "on"}
PRONOUNS = frozenset(
    "he she it they we i you him her them us me this that these those its his their our my your one who which "
    "someone somebody something".split()
)


def render(tokens: list[Token], subs: Substitutions) -> str:
    """The text of `tokens` (in order), with substituted spans written their way."""
    indices = {t.i for t in tokens}
    by_index = {t.i: t for t in tokens}
    out: list[str] = []
    i = min(indices) if indices else 0
    last = max(indices) if indices else -1
    while i <= last:
        if i in subs and all(j in indices for j in range(i, subs[i][0])):
            end, text = subs[i]
            if out and not out[-1].endswith(" ") and i - 1 not in indices and i - 1 >= 0:
                out.append(" ")  # "a burgher's daughter, at an early age, _____ was brought up": the cut took the space
            out.append(text + by_index[end - 1].whitespace_)
            i = end
            continue
        if i in by_index:
            if out and not out[-1].endswith(" ") and i - 1 not in indices and i - 1 >= 0:
                out.append(" ")  # a word was cut out here: keep the words around it apart
            out.append(by_index[i].text_with_ws)
        i += 1
    return "".join(out).strip()


def clean_tail(text: str) -> str:
    """Drop trailing punctuation and dangling quote marks left by cutting a clause."""
    text = text.strip().rstrip(",;:.!?–—- ").strip()
    words = text.split()
    while words and words[-1].lower() in _DANGLING:
        words.pop()  # "crying, irritable, scratching and" lost its last item with the cut
        text = " ".join(words).rstrip(",;:–—- ")
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    if text.count('"') % 2:
        text += '"'
    return text


def subject_tokens(subject: Token) -> list[Token]:
    """The subject's words without the asides set off by commas or dashes."""
    keep: list[Token] = []

    def walk(token: Token) -> None:
        keep.append(token)
        for child in token.children:
            named = child.dep_ == "appos" and subject.pos_ == "NOUN" and _names_the_noun(subject, child)
            if token.i == subject.i and (child.dep_ in _ASIDES or child.text in _ASIDE_MARKS) and not named:
                continue  # an aside; but "the American archaeologist Hiram Bingham" keeps the name that says who
            if token.i == subject.i and child.dep_ == "amod" and child.i > subject.i + 1:
                continue  # "The disease, rare in the United States but highly contagious, ...": an aside too
            if nlp.month_after_preposition(child):
                continue  # "In May Alfred was defeated": "May" dates the sentence; it is no part of Alfred
            walk(child)

    walk(subject)
    return sorted(keep, key=lambda t: t.i)


def _names_the_noun(noun: Token, appos: Token) -> bool:
    """True for the name that says who or which: "the American archaeologist Hiram Bingham", "tobacco company
    British American Tobacco" (written straight after the noun, no comma between)."""
    if appos.ent_type_ == "PERSON":
        return True
    touching = appos.left_edge.i == noun.i + 1
    return touching and appos.ent_type_ in ("ORG", "GPE", "FAC", "NORP") and appos.pos_ == "PROPN"


def find_subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is coordinated with or controlled by."""
    for _ in range(3):
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1:
            return None  # "A magnitude 8 earthquake occurred": a misparse made two subjects of "magnitude 8"
        if lost_its_own_subject(verb):
            return None  # "Menshikov ... watched ... as a brutal Russian winter cut the Swedes off": the winter cut
        if subjects:
            return subjects[0]
        controlled_by_object = verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and not controlled_by_object:
            if verb.dep_ == "conj" and _a_subject_between(verb.head, verb):
                return None  # "inherited power after his father, ..., died in 1994": the father died
            verb = verb.head  # "ordered parties to assemble": the parties assemble, not the one who ordered
            continue
        return None
    return None


# Words that open a clause, which the parse may take for prepositions of the noun after them ("as a winter cut").
_CLAUSE_OPENERS = frozenset("as while when after before until since because once".split())


def lost_its_own_subject(verb: Token) -> bool:
    """True when the noun just before the verb is the object the parse gave a word that opens a clause: the noun is
    the verb's own subject ("watched ... as a brutal Russian winter cut the Swedes off"), whatever subject the parse
    gave the verb, or the verb it joined it to."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.dep_ == "pobj"
        and before.head.lower_ in _CLAUSE_OPENERS
    )


def _a_subject_between(head: Token, conj: Token) -> bool:
    """True when another clause's subject stands between a verb and the verb coordinated with it: the second
    verb may be that clause's ("after his father ... died"), whatever the parse joined it to."""
    return any(t.dep_ in SUBJECT_DEPS and t.head.i != head.i for t in head.doc[head.i + 1 : conj.i])


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token that heads a clause with a subject."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass", "amod"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _verb_parts(verb: Token) -> tuple[tuple[str, ...], bool, bool]:
    aux = tuple(c.text for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ != "TO")
    negated = any(c.dep_ == "neg" for c in verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return aux, negated, passive


def _rest_tokens(verb: Token, exclude: Token | None) -> list[Token]:
    """What follows the verb in its clause, without the excluded phrase, asides and other clauses."""
    has_object = any(
        c.dep_ in ("dobj", "prep", "attr", "dative", "oprd", "acomp") and (exclude is None or c.i != exclude.i)
        for c in verb.children
        if c.i > verb.i  # not an opening phrase: "In 1425, Joan started [hearing voices]"
    )  # not the answer's own phrase: "agreed [on Tuesday] to pay ..." asked "When" keeps "to pay ..."
    tokens: list[Token] = []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > verb.i]
    if joined and any(t.pos_ in ("VERB", "AUX") for t in verb.doc[joined[0].i : verb.sent.end]):
        joined = []  # "born in Victoria ..., and as a young man he clashed": a clause after it, not a place
    for child in verb.children:
        if joined and child.dep_ in ("conj", "cc") and verb.i < child.i <= joined[0].i:
            tokens.extend(child.subtree)  # "done at laboratories in Uppsala, Sweden, and in Gif-sur-Yvette": the
            continue  # parse hung the second place on the verb; without it the first alone is wrongly the answer
        if child.i < verb.i or (exclude is not None and child.i == exclude.i) or child.dep_ in _DROPPED_RIGHT:
            continue
        if child.dep_ == "xcomp" and has_object and verb.lemma_ not in _CONTROL_VERBS:
            continue  # "took to the streets [to demand ...]": the purpose is an aside
        lone = child.dep_ == "advmod" and child.n_lefts + child.n_rights == 0 and child.tag_ == "RB"
        lone = lone and child.ent_type_ != "ORDINAL"  # "with Valverde third": a place in a race, not noise
        if lone and child.lower_ not in _PARTICLES and child.lower_ not in _LIMITING:
            continue  # "lost tragically back": a lone adverb only adds noise to a question (not "taken apart")
        if child.dep_ == "prt" or child.dep_ not in ("punct",):
            tokens.extend(child.subtree)
    if tokens:
        first, last = min(t.i for t in tokens), max(t.i for t in tokens)
        kept = {t.i for t in tokens}
        inside = [c for c in verb.children if (c.dep_ == "punct" or c.tag_ == "POS") and first < c.i < last]
        tokens += [c for c in inside if c.i not in kept]  # "his country's first": a misparse hung the 's on the verb
        after = verb.doc[last + 1] if last + 1 < len(verb.doc) else None
        if after is not None and after.text in ("'s", "\u2019s") and after.i not in kept:
            tokens.append(after)  # "the Surveyor of St. Paul’s": the parse hung the ’s elsewhere, it ends the name
    return sorted(tokens, key=lambda t: t.i)


# Words that open a clause as well as a phrase: "as her son", "after the vote".
_SUBORDINATORS = frozenset("as while after before until since".split())


def _clause_read_as_a_phrase(child: Token) -> bool:
    """True for "sobbed [as her son Brent] wrapped his arm around her": the parse took the clause's subject for
    the object of a preposition and hung its verb elsewhere; the phrase alone is half a clause."""
    if child.dep_ != "prep" or child.lower_ not in _SUBORDINATORS or child.right_edge.i + 1 >= len(child.doc):
        return False
    after = child.doc[child.right_edge.i + 1]
    return after.pos_ == "VERB" and after.tag_ in ("VBD", "VBZ", "VBP") and after.dep_ in ("conj", "advcl")


def _torn_from_what_follows(tokens: list[Token]) -> bool:
    """True for a rest the parse ended before "as ..." that goes with it: "regained [its status] as the sport's
    unquestioned leader, its star player achieved ...", where "as" was hung on the next clause's verb."""
    if not tokens:
        return False
    last = tokens[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return after is not None and after.lower_ == "as" and after.dep_ == "mark" and after.head.i > after.i + 3


def _likeness(child: Token) -> bool:
    """ "like they were flying" of "felt like they were flying": left out, the verb says nothing ("felt?")."""
    marks = [child, *(c for c in child.children if c.dep_ == "mark")]
    return child.dep_ in ("advcl", "prep") and any(m.lower_ in ("like", "as") for m in marks)


def build_clause(verb: Token, exclude: Token | None, subs: Substitutions, subject_text: str) -> Clause:
    """A Clause for `verb`, its `exclude` child (the answer's phrase) taken out of the rest."""
    aux, negated, passive = _verb_parts(verb)
    tokens = _rest_tokens(verb, exclude)
    rest = clean_tail(render(tokens, subs))
    held = _adjuncts_holding_facts(verb, exclude)
    kept = [t for t in tokens if t.i not in held]
    brief = clean_tail(render(kept, subs)) if held else None
    if kept and all(t.dep_ == "prt" for t in kept):
        brief = None  # "When did Kipchoge miss out?": "on becoming the first ..." held a figure; "miss out" needs it
    cut_short = not rest and not passive and any(_likeness(c) for c in verb.children if c.i > verb.i)
    cut_short = cut_short or any(_clause_read_as_a_phrase(c) for c in verb.children if c.i > verb.i)
    cut_short = cut_short or _torn_from_what_follows(tokens)
    gave_up = [c.i for c in verb.children if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i]
    # the parse gave up on a noun after the verb, a subject of its own perhaps: what
    # it hung on the verb past that word is not the verb's ("When Atahualpa was captured, Huascar and his followers
    # in the province of Cusco celebrated": not "Who was captured in the province of Cusco?")
    cut_short = cut_short or any(t.i > gave_up[0] for t in tokens if gave_up)
    return Clause(
        subject=subject_text,
        verb=verb.text,
        verb_lemma=verb.lemma_,
        verb_tag=verb.tag_,
        aux=aux,
        rest=rest,
        negated=negated,
        passive=passive,
        brief=brief if brief != rest else None,
        cut_short=cut_short,
    )


def _adjuncts_holding_facts(verb: Token, exclude: Token | None) -> set[int]:
    """Token indices of the verb's optional phrases (when, how, with what) that hold a date or a figure:
    "was held [on September 4, 2016], [with a turnout of 58%]"."""
    held: set[int] = set()
    for child in verb.children:
        if child.dep_ not in _OPTIONAL or (exclude is not None and child.i == exclude.i) or child.i < verb.i:
            continue
        if child.dep_ == "prep" and child.lower_ not in _ADJUNCT_PREPS:
            continue  # "approved changes [to more than a third of their constitution]": the verb needs it
        if any(t.ent_type_ in CUTTABLE_LABELS for t in child.subtree) and not any(
            t.ent_type_ in CONTEXT_LABELS for t in child.subtree
        ):
            held.update(t.i for t in child.subtree)
    return held


def child_containing(verb: Token, span: Span) -> Token | None:
    """The verb's direct child whose subtree holds the span."""
    for child in verb.children:
        if child.left_edge.i <= span.start and span.end - 1 <= child.right_edge.i:
            return child
    return None


def subject_text(subject: Token, subs: Substitutions) -> str:
    """The subject as a question needs it: asides trimmed, a common noun lower-cased at the start.

    A count heading the subject is left out ("thousands of young Kazakhs" -> "young Kazakhs"): the figure
    is a fact of its own, and a question about the time or place should not give it away.
    """
    counted = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
    if subject.ent_type_ in ("CARDINAL", "QUANTITY") and subject.tag_ == "NNS" and counted:
        objects = [c for c in counted[0].children if c.dep_ == "pobj"]
        if objects:
            subject = objects[0]
    text = clean_tail(render(subject_tokens(subject), subs))
    first = subject.doc[subject.left_edge.i]
    common = not first.ent_type_ or (first.ent_type_ in CUTTABLE_LABELS and first.is_alpha)  # "Nearly 30,000"
    if first.pos_ != "PROPN" and common and text[:1].isupper() and not text[:2].isupper() and not _a_name(first, subs):
        text = text[0].lower() + text[1:]
    return text


def _a_name(first: Token, subs: Substitutions) -> bool:
    """ "Vermeer" the model tagged a noun, "Wonderful Adventures of ..." a title, "Lego" written for "The toy
    maker": capitals to keep."""
    if first.i in subs:
        return not subs[first.i][1].lower().startswith(("the ", "a ", "an "))
    after = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    title = first.ent_type_ and after is not None and after.ent_type_ == first.ent_type_ and after.is_title
    return entities.written_as_name(first) or bool(title)


def is_pronoun(token: Token) -> bool:
    """True when a subject is a pronoun or starts with a possessive pronoun ("Its neighbors")."""
    if token.lower_ in PRONOUNS or token.pos_ == "PRON":
        return True
    first = token.doc[token.left_edge.i]
    return first.tag_ == "PRP$" or first.lower_ in ("this", "that", "these", "those", "such")
