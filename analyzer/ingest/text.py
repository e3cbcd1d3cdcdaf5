"""Plain text and Markdown: encoding detection, then the text as it is (offsets point into the decoded file)."""

from __future__ import annotations

import codecs
import html
import re

from analyzer.errors import IngestionError
from analyzer.ingest.builder import TextBuilder

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Japanese files are usually UTF-8 or CP932; trying the strict decoders in this order settles most files
# before statistics are needed, and CP932 is a superset of Shift_JIS that Windows really writes.
_JAPANESE_CANDIDATES = ("utf-8", "cp932", "euc_jp", "iso2022_jp")
_UTF16 = ("utf-16-le", "utf-16-be")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding). Raises ``IngestionError`` when nothing fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestionError(f"the file starts with a {encoding} mark but does not decode ({exc})",
                                     status="corrupt") from None
    # UTF-16 without a mark shows NUL bytes as soon as the text has an ASCII character (a digit, a newline)
    if _has_nul_pattern(data) and (decoded := _first_plausible(data, _UTF16)):
        return decoded
    if decoded := _first_plausible(data, _JAPANESE_CANDIDATES):
        return decoded
    if _looks_cp1252(data) and (decoded := _first_plausible(data, ("cp1252",))):
        # English text saved by Windows: its curly quotes and dashes are C1 controls in Latin-1 and letters in the
        # Central European code pages a statistical guess may pick ("§ 1" read as "ž 1"); a short one also pairs
        # into CJK characters as UTF-16, which Japanese UTF-16 (half its bytes high) never looks like here
        return decoded
    if _looks_utf16(data) and (decoded := _first_plausible(data, _UTF16)):
        return decoded
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestionError(
            "the text encoding could not be recognised; save the file as UTF-8 and try again", status="corrupt"
        )
    return str(best), best.encoding


def _has_nul_pattern(data: bytes) -> bool:
    head = data[:4096]
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (even.count(0) > len(even) * 0.1 or odd.count(0) > len(odd) * 0.1)


def _first_plausible(data: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    """(text, encoding) for the first encoding that decodes ``data`` strictly into plausible text."""
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding
    return None


# (and the signs an English agreement uses that other code pages read as letters: "¥ 3,000,000" is "Ą" in cp1250)
_CP1252_PUNCTUATION = frozenset(b"\x85\x91\x92\x93\x94\x96\x97\xa5\xa7")


def _looks_cp1252(data: bytes) -> bool:
    """Mostly ASCII, and most of the other bytes Windows-1252's typographic quotes, dashes and ellipsis."""
    high = [b for b in data if b >= 0x80]
    if not high or len(high) > len(data) // 10:
        return False
    return sum(1 for b in high if b in _CP1252_PUNCTUATION) >= len(high) / 2


def _looks_utf16(data: bytes) -> bool:
    from analyzer.ingest.sniff import _decodes_as_utf16

    head = data[:4096]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > len(even) * 0.3 or odd.count(0) > len(odd) * 0.3 or _decodes_as_utf16(head)


def _plausible(text: str) -> bool:
    """Decoding without error is not enough for EUC-JP vs CP932: reject text full of rare or control characters."""
    if not text:
        return True
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\r\n\t\f") or 0xE000 <= ord(c) <= 0xF8FF)
    return bad <= max(2, len(text) // 200)


# a web page saved as text keeps its character references: "Article&nbsp;8&nbsp;&nbsp;Obligations", "R&amp;D"
_CHARACTER_REFERENCE = re.compile(r"&(?:nbsp|amp|gt|lt|quot|apos|copy|reg|ndash|mdash|hellip|[lr][sd]quo|#\d{2,5}|"
                                  r"#x[0-9a-fA-F]{2,4});")
_REFERENCES_FOR_A_PAGE = 5


def read_text(data: bytes) -> tuple[str, TextBuilder, str, tuple[str, ...]]:
    """Return (text, builder, encoding, warnings). Line ends are normalised to ``\\n`` and a form feed, which starts a
    new page of a printed text ("Page 4 of 8", then "\\f9.  USE OF NAMES"), to a line break; the character references
    of a web page saved as text ("&nbsp;", "&amp;") are read as the characters they stand for (a warning says so);
    nothing else is changed, so offsets stay those of the file's characters otherwise."""
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    warnings: tuple[str, ...] = ()
    if len(_CHARACTER_REFERENCE.findall(text, 0, 200_000)) >= _REFERENCES_FOR_A_PAGE:
        text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()).replace("\xa0", " "), text)
        warnings = ("HTML character references (&nbsp;, &amp;, ...) read as the characters they stand for",)
    builder = TextBuilder()
    for number, page in enumerate(text.split("\f"), start=1):
        builder.add_text(page, page=number)
        builder.end_page(number)
    return builder.text, builder, encoding, warnings
