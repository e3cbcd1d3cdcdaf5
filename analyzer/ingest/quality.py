"""Text-quality score of an extracted page: the share of readable characters and plausible words.

A page of a scanned PDF whose text layer came from an old OCR engine, or a PDF without a ToUnicode map, yields text
that is present but unreadable (``(cid:123)``, private-use glyphs, U+FFFD, consonant soup). Scoring every page lets the
pipeline flag such pages and re-OCR them on request instead of analysing noise.
"""

from __future__ import annotations

import re
import unicodedata

_CID = re.compile(r"\(cid:\d+\)")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")

POOR_QUALITY = 0.6


def _is_readable(ch: str) -> bool:
    code = ord(ch)
    if ch.isspace():
        return True
    if code == 0xFFFD or 0xE000 <= code <= 0xF8FF or code in (0xFFFE, 0xFFFF):
        return False
    category = unicodedata.category(ch)
    if category.startswith(("L", "N", "P", "S", "Z")):
        return category != "Co"
    return False


_FILLER = re.compile(r"[._*\-=~·…]{3,}|\[\*+\]|_+")
_TOKEN_EDGE = "\"'“”‘’()[]{}<>.,;:!?*-–—/«»"
_GOOD_WORD = re.compile(r"^[A-Za-z]+(?:['’\-][A-Za-z]+)*$")
_NUMBER = re.compile(r"^[$€¥£]?\d+(?:[.,/:\-]\d+)*%?$|^\(?[a-zA-Z0-9]{1,4}\)$|^[ivxlcIVXLC]+$")


def _token_ok(token: str) -> bool:
    core = token.strip(_TOKEN_EDGE)
    if not core:
        return len(token) <= 2  # a dash or bracket on its own is fine, a run of symbols is not
    if any(ord(c) > 0x2FFF for c in core):
        return all(_is_readable(c) for c in core)
    if _NUMBER.match(core):
        return True
    if _GOOD_WORD.match(core):
        if len(core) > 25:
            return False
        # real words of two letters or more carry a vowel; OCR noise often does not
        return len(core) <= 1 or bool(_VOWEL.search(core)) or core.isupper()
    return False


def text_quality(text: str) -> float:
    """Score 0-1: the share of text in readable characters and plausible tokens.

    Japanese text is judged by its characters (it has no spaces to split on); Latin text by its tokens, because an
    old OCR layer is mostly valid characters arranged into impossible words ("sha11", "tbe", "xkqzt").
    """
    cleaned = _CID.sub("\ufffd", text)
    chars = [c for c in cleaned if not c.isspace()]
    if not chars:
        return 0.0
    readable = sum(1 for c in chars if _is_readable(c)) / len(chars)
    # signature lines, dot leaders and redactions ("[***]") are normal in agreements: neither good nor bad
    tokens = _FILLER.sub(" ", cleaned).split()
    latin = [t for t in tokens if any(c.isascii() and c.isalpha() for c in t)]
    if len(latin) >= 5:
        total = sum(len(t) for t in tokens)
        good = sum(len(t) for t in tokens if _token_ok(t))
        if total:
            readable = min(readable, good / total)
    return round(readable, 4)


def is_garbled(text: str) -> bool:
    """True when a text layer exists but is not worth analysing."""
    return bool(text.strip()) and text_quality(text) < POOR_QUALITY
