"""Bytes to text: refuse binary files by name, find the encoding, repair mojibake.

Order matters: a byte-order mark is certain, UTF-8 that decodes strictly is almost certain, and only
then is the detector asked, limited to the Western single-byte encodings an English article comes in
(unrestricted, charset-normalizer reads English Windows-1252 as Central European cp1250).
"""

from __future__ import annotations

import codecs

import charset_normalizer
import ftfy

from quizgen.errors import ArticleError

# Leading bytes of the binary files people give by mistake, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.epub, which are ZIP files)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "an executable or Java class"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = ["cp1252", "latin_1"]
_FIX = " save the article as .txt, .md or .html (e.g. copy its text into a .txt file)"


def binary_kind(data: bytes) -> str | None:
    """What binary file `data` is ("a PDF document"), or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and b"\x00" not in data[:512]:
                return None  # "MZ" alone also starts ordinary text, e.g. "MZ Kessler wrote..."
            return kind
    return None


def decode(data: bytes, source: str) -> str:
    """The text of `data`: BOM, then strict UTF-8, then Windows-1252/Latin-1, mojibake repaired."""
    if kind := binary_kind(data):
        raise ArticleError(f"{source}: is {kind}, not text;{_FIX}")
    text = _decode_with_bom(data, source)
    if text is None:
        if b"\x00" in data:
            raise ArticleError(f"{source}: looks like a binary file, not text;{_FIX}")
        text = _decode_unmarked(data, source)
    # Only the encoding repairs: ftfy's other fixes (quotes, HTML entities) would change what the article says.
    return ftfy.fix_encoding(text)


def _decode_with_bom(data: bytes, source: str) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise ArticleError(f"{source}: starts like {encoding} text but is not; save it as UTF-8") from None
    return None


def _decode_unmarked(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=_WESTERN).best()
    if best is None:
        raise ArticleError(f"{source}: is not text in a known encoding; save it as UTF-8 and try again")
    return str(best)
