"""Plain-text and Markdown readers: text in, `Article` out, datelines found and boilerplate dropped."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import yaml

from quizgen.dates import MONTHS
from quizgen.errors import ArticleError
from quizgen.models import Article

# A leading dateline as scraped pages have it: "date 2022-06-07 Skip to main menu ...".
_DATELINE = re.compile(r"^\s*(?:date|published|posted|updated)?\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.I)
_NAVIGATION = re.compile(
    r"\b(?:skip to (?:main )?(?:menu|search|footer|content|navigation)|sign in|sign up|subscribe|"
    r"share (?:this|on)|advertisement|cookie|all rights reserved|read more|related stories)\b",
    re.IGNORECASE,
)
_AGENCIES = {"ap", "afp", "reuters", "upi", "dpa", "efe", "ansa", "xinhua", "pa", "getty images", "file"}
_BYLINE = re.compile(r"^(?:[•·*\-–]\s*)?(?:by|photo by|photograph by|reporting by)\s+\S.{0,80}$", re.IGNORECASE)
_CREDIT = re.compile(r"^(?:photo|image|credit|source|file photo)\s*[:/].{0,80}$", re.IGNORECASE)


# A place dateline opening a story: "OSLO — The prize ...", "WASHINGTON (AP) -- The ...", "NEW YORK, N.Y. – ...",
# "JUBA, Sudan (AFP) – ...".
_PLACE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]+(?:[ ,]+[A-Z][A-Z.'\u2019-]*){0,4}(?:,\s*[A-Z][a-z.]+(?:\s[A-Z][a-z.]+){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s*\d{4})?)?"  # "TOKYO, Aug 5 ―", "BEIJING, June 4, 1989 (UPI) -"
    r"(?:\s*\([A-Za-z0-9 .,-]+\)){0,2}(?:\s+(?:REUTERS|AFP|AP|UPI|IANS|PTI))?"  # "(APRIL 1, 2012) (REUTERS)",
    r"\s*(?:\u2014|\u2013|\u2015|--|-|//|:)\s+(?=\S)"  # "SIRTE, LIBYA (OCTOBER 20, 2011) REUTERS -"
)
# A site's name and a hyphen run into the story: "Alwaght- Volodymyr Zelensky, a Television Comic, has won ...".
_SITE_TAG = re.compile(r"^[A-Z][A-Za-z]+- (?=[A-Z][a-z])")
# A place in capitals and its country, the dash run into the story: "MUMBAI, India\u2014India won ...".
_GLUED_DATELINE = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,}){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\u2014(?=[A-Z])")
# A place in title case and a colon opening a lead: "Washington: NASA's James Webb Space Telescope has produced ...".
_PLACE_COLON = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?: (?=[A-Z])")
# A page's note on its picture: "Kazuo Ishiguro, (pictured) the British author".
_PICTURED = re.compile(r"\s*\((?:pictured|above|below|inset)(?: [a-z]+)?\)")


# A newspaper's drop cap: the opening word of a story set in capitals ("THE Battle of Agincourt was ...").
_DROP_CAP = re.compile(r"^(THE|A|AN|IN|ON|AT|IT|AS|FOR|WHEN|AFTER|ONE|THIS) (?=[A-Za-z][a-z])")
# Any other opening word in capitals before a name or a word in lower case: "FORMER Khmer Rouge prison chief ..."
_CAPITAL_WORD = re.compile(r"^([A-Z]{3,}) (?=[A-Za-z][a-z])")


def typewriter_quotes(text: str) -> str:
    """A typewriter's quotation marks as print sets them: ``Butcher of Lyon'' -> “Butcher of Lyon”, and a
    backtick as an apostrophe or an opening single quote ("Voyager`s", "`Sunflowers'"). The words stay as written;
    a question would otherwise print "Voyagers images" or fail as a slip of haste."""
    if "`" not in text and "''" not in text:
        return text  # the common case
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"(?<=\w)`(?=\w)", "\u2019", text)  # "Neptune`s"
    return re.sub(r"`", "\u2018", text)  # "`Sunflowers'"


# A full stop with no space before the next sentence: "played to draws in Games 3, 4 and 5.Kasparov resigned".
# Not "Amazon.com", "a.m.", "J.K.Rowling" or "www.Google.com": the word before is two letters or more, or figures.
_GLUED_STOP = re.compile(r"(?<![\w./@])(\d+|[a-z]{2,})\.(?=[A-Z][a-z]+\b(?!\.(?:com|org|net|gov|edu)\b))")
# A name broken at a line end and kept hyphenated: "Kas-parov" in a story that writes "Kasparov".
_BROKEN_NAME = re.compile(r"\b([A-Z][a-z]+)-([a-z]{2,})\b")
# An apostrophe a page's encoding turned into a question mark: "In one of history?s greatest land deals".
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ve|ll|d|m)\b)")


def typesetting_slips(paragraph: str, text: str) -> str:
    """A paragraph with the slips of its typesetting mended: a full stop with no space after it before the next
    sentence, an apostrophe the encoding made a question mark ("history?s"), and a name hyphenated where a line
    broke that the article (`text`) writes whole elsewhere. The words stay as written; questions would otherwise
    print "5.Kasparov" and "Kas-parov", and "history?" would end a sentence."""
    paragraph = _LOST_APOSTROPHE.sub("\u2019", _GLUED_STOP.sub(r"\1. ", paragraph))

    def whole(m: re.Match) -> str:
        joined = m[1] + m[2]
        return joined if re.search(rf"\b{joined}\b", text) else m[0]

    return _BROKEN_NAME.sub(whole, paragraph)


def drop_cap(paragraph: str, text: str = "") -> str:
    """ "THE Battle of Agincourt was ..." -> "The Battle of Agincourt was ...": a capitalised first word that
    only the page's typesetting made all capitals (a headline, all in capitals, is left as it is)."""
    paragraph = _DROP_CAP.sub(lambda m: m.group(1).capitalize() + " ", paragraph)
    word = _CAPITAL_WORD.match(paragraph)
    if word and _an_english_word(word[1].lower()) and text.count(word[1]) < 2:
        return word[1].capitalize() + paragraph[len(word[1]) :]  # "FORMER" is "Former"; "NASA", "WASHINGTON", and
    return paragraph  # "WHO" or "AIDS" that the article writes again, stay


def _an_english_word(word: str) -> bool:
    """True for a word lemminflect knows in lower case ("former", "officials"), not a name ("washington")."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


# A place in title case and the agency after the dash: "Frankfurt - UPI Lufthansa pilots have decided ...".
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},?\s*(?:\u2014|\u2013|--|-)\s*"
    r"(?:AP|AFP|UPI|Reuters|dpa|DPA|Xinhua|IANS|PTI|ANI|Yonhap|Kyodo|EFE|ANSA)\b[\s:,-]*(?=[A-Z])"
)


# A place in title case and the agency in brackets: "Jakarta, (ANTARA News) - The death toll ...".
_BRACKETED_AGENCY = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},?\s*\((?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\)\s*"
    r"(?:\u2014|\u2013|--|-)\s*(?=[A-Z])"
)
# A place in title case and the day, as Indian wires write them, with no dash: "Geneva, July 4 (IANS) Scientists at
# CERN ...", "Brasilia, Oct 31 Former Brazilian President ...".
_DATED_PLACE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?: \([A-Z][A-Za-z]{1,7}\))?:? (?=[A-Z])"  # "Lisbon, July 4 (Reuters): Greece's ..."
)
# A place in capitals run into the story with no dash: "RIYADH Saudi Aramco shares will start trading ...".
_CAPITALS_RUN_IN = re.compile(r"^([A-Z]{3,}(?: [A-Z]{3,}){0,2}) (?=[A-Z][a-z])")


# A live page's label before a paragraph it added later: "UPDATE (4): December 19 - CNN reports ...".
_UPDATE_LABEL = re.compile(r"^(?:UPDATE[SD]?|CORRECTION|EDITOR'S NOTE)(?: \(\d+\))?\s*:\s*(?=\S)")


def strip_picture_note(paragraph: str) -> str:
    """The paragraph without a page's note on its picture: "Kazuo Ishiguro, (pictured) the British author" ->
    "Kazuo Ishiguro, the British author" (the picture is not part of the article)."""
    return _PICTURED.sub("", paragraph)


def strip_update_label(paragraph: str) -> str:
    """The paragraph without a live page's "UPDATE (2):" label."""
    return _UPDATE_LABEL.sub("", paragraph, count=1)


def strip_dateline(paragraph: str, text: str = "") -> str:
    """A paragraph without its place dateline: "OSLO — The prize" -> "The prize". A place in capitals with no
    dash ("RIYADH Saudi Aramco shares ...") goes only when the article's `text` writes it as a name elsewhere
    ("the Riyadh stock exchange"): "NASA Administrator Charles Bolden" keeps its NASA."""
    stripped = _AGENCY_DATELINE.sub("", _PLACE_DATELINE.sub("", paragraph, count=1), count=1)
    stripped = _GLUED_DATELINE.sub("", stripped, count=1)
    stripped = _SITE_TAG.sub("", stripped, count=1)
    stripped = _BRACKETED_AGENCY.sub("", stripped, count=1)
    stripped = _DATED_PLACE.sub("", stripped, count=1)
    if stripped == paragraph and (place := _PLACE_COLON.match(paragraph)):
        stripped = paragraph[place.end() :]  # "Washington: NASA's ...", a lead's "Background: ..." as well
    run_in = _CAPITALS_RUN_IN.match(paragraph) if stripped == paragraph else None
    if run_in and re.search(rf"\b{re.escape(run_in[1].title())}\b", text):
        return paragraph[run_in.end() :]
    return stripped


def dateline_day(paragraph: str, published: date | None) -> date | None:
    """The day a wire dateline gives its story, when it is a day or three before the page's date: "Lisbon, July
    4 (Reuters): ... in the final today" in a paper of July 5 tells of July 4."""
    if published is None or strip_dateline(paragraph) == paragraph:
        return None
    match = _DATELINE_DAY.match(paragraph)
    if match is None:
        return None
    month = MONTHS[match.group(1)[:3].lower()]
    try:
        day = date(published.year, month, int(match.group(2)))
        if day > published:
            day = day.replace(year=published.year - 1)  # "Dec 31" in a paper of January 1
    except ValueError:
        return None
    return day if 1 <= (published - day).days <= 3 else None


_DATELINE_DAY = re.compile(
    r"^[A-Za-z][A-Za-z .'\u2019-]{1,30}(?:, [A-Za-z .]{2,20})?,\s*"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b(?!,? \d{4})",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """True for navigation, agency credits and bylines: lines that are about the page, not the story."""
    stripped = line.strip().strip("•·*-– ")
    if not stripped:
        return True
    if stripped.lower().rstrip(".") in _AGENCIES or re.fullmatch(r"[A-Z/]{1,5}", stripped):
        return True
    if _BYLINE.match(line.strip()) and len(stripped.split()) <= 10 and not stripped.endswith("."):
        return True
    if _CREDIT.match(stripped):
        return True
    navigation_words = sum(len(m.group(0).split()) for m in _NAVIGATION.finditer(stripped))
    return navigation_words > 0 and navigation_words * 2 >= len(stripped.split())


def is_photo_credit(line: str) -> bool:
    """True for a line that is only an agency or photo credit ("AP", "Reuters", "Photo: Jane Doe")."""
    stripped = line.strip().strip("•·*-– ")
    return stripped.lower().rstrip(".") in _AGENCIES or bool(_CREDIT.match(stripped))


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each on one line, boilerplate dropped."""
    blocks = re.split(r"\n\s*\n", text)
    paragraphs = []
    for block in blocks:
        raw_lines = [line.strip() for line in block.splitlines() if line.strip()]
        if len(raw_lines) > 1 and is_photo_credit(raw_lines[0]):
            continue  # "AP" over "Voters cast ballots in ...": a photo caption, not the story
        lines = [line.strip() for line in block.splitlines() if not is_boilerplate(line)]
        paragraph = re.sub(r"\s+", " ", " ".join(lines)).strip()
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 16 and not line.rstrip().endswith((".", "?", "!", ":", ";", ","))


def slugify(text: str) -> str:
    """A lower-case ASCII slug for ids and tags: "A spark of democracy" -> "a-spark-of-democracy"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "article"


def parse_date(value: object, source: str) -> date | None:
    """A front matter or dateline date, or None when absent; a clear error when it is not YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ArticleError(f"{source}: front matter date {value!r} is not YYYY-MM-DD; fix or remove it") from None


def read_text(source: str, raw: str) -> Article:
    """A plain-text article: optional YAML front matter (as Markdown has it), else an optional dateline
    first line; a short first line as the title."""
    meta, raw = _front_matter(source, raw)
    article = _plain_text(source, raw)
    return _with_meta(article, meta, source)


def _plain_text(source: str, raw: str) -> Article:
    lines = raw.splitlines()
    published = None
    if lines and (m := _DATELINE.match(lines[0])):
        published = parse_date(m.group(1), source)
        lines = [m.group(2), *lines[1:]]
    paragraphs = _paragraphs("\n".join(lines))
    title = ""
    if len(paragraphs) > 1 and _looks_like_title(paragraphs[0]):
        title = paragraphs.pop(0)
    return Article(title=title, date=published, source=source, paragraphs=tuple(paragraphs))


def _front_matter(source: str, raw: str) -> tuple[dict, str]:
    """The YAML front matter (title, date, source) opening a text, if any, and the text after it."""
    m = re.match(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", raw, re.DOTALL)
    if m is None:
        return {}, raw
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        raise ArticleError(f"{source}: the YAML front matter is invalid near line {line}; fix it") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{source}: the front matter is not a YAML mapping of title, date, source")
    return meta, raw[m.end() :]


def _with_meta(article: Article, meta: dict, source: str) -> Article:
    """The article with the front matter's title, date and source where it gives them."""
    return Article(
        title=str(meta.get("title") or "").strip() or article.title,
        date=parse_date(meta.get("date"), source) or article.date,
        source=str(meta.get("source") or source),
        paragraphs=article.paragraphs,
    )


def _strip_markdown(text: str) -> str:
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = re.sub(r"^\s{0,3}(?:>\s?)+", "", text, flags=re.MULTILINE)  # block quotes
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)  # list markers
    text = re.sub(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", "", text, flags=re.MULTILINE)  # rules
    text = re.sub(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", r"\2", text)  # emphasis, code
    return text


def read_markdown(source: str, raw: str) -> Article:
    """A Markdown article with optional YAML front matter (title, date, source)."""
    meta, raw = _front_matter(source, raw)
    title = str(meta.get("title") or "").strip()
    if not title and (h := re.search(r"^#\s+(.+)$", raw, re.MULTILINE)):
        meta = {**meta, "title": h.group(1).strip()}
        raw = raw[: h.start()] + raw[h.end() :]
    raw = re.sub(r"^#{1,6}\s+.*$", "", raw, flags=re.MULTILINE)  # section headings are not sentences
    return _with_meta(_plain_text(source, _strip_markdown(raw)), meta, source)
