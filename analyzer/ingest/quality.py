"""Text-quality score of an extracted page: the share of readable characters and plausible words.

A page of a scanned PDF whose text layer came from an old OCR engine, or a PDF without a ToUnicode map, yields text
that is present but unreadable (``(cid:123)``, private-use glyphs, U+FFFD, consonant soup). Scoring every page lets the
pipeline flag such pages and re-OCR them on request instead of analysing noise.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import islice

_CID = re.compile(r"\(cid:\d+\)")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff10-\uff5a]")
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


_UNREADABLE = re.compile("[\ufffd\ue000-\uf8ff\ufffe\uffff\x00-\x08\x0e-\x1f\x7f-\x9f]")
_TOKEN_EDGE = "\"'“”‘’()[]{}<>.,;:!?*-–—/«»"  # noqa: S105 - punctuation trimmed from token edges, not a password
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


_LATIN_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
_MIXED = re.compile(r"^(?=.*[A-Za-z])(?=.*[0-9])")
_ROMAN_OR_CAPS = re.compile(r"^(?:[ivxlcdm]+|[A-Z0-9]+)$")


def _latin_plausibility(text: str) -> float:
    """Share of Latin-script characters in plausible words: letters only (or a number), a vowel when longer than
    one letter, at most 25 letters. Old OCR layers are full of "sha11", "tbe" and consonant soup."""
    # form-filler runs ("____", "......", "[***]") hold no token characters, and a hyphen among them joins no
    # words, so they need no removing first
    words = _LATIN_TOKEN.findall(text)
    if len(words) > 400:
        step = len(words) / 400
        words = [words[int(i * step)] for i in range(400)]
    total = good = 0
    for word, count in Counter(words).items():  # a page repeats its words: judge each once
        size = len(word) * count
        total += size
        if word.isdigit() or _ROMAN_OR_CAPS.match(word):
            good += size
        elif _MIXED.match(word) or len(word) > 25:
            continue
        elif len(word) == 1 or _VOWEL.search(word):
            good += size
    return good / total if total else 1.0


def text_quality(text: str) -> float:
    """Score 0-1: the share of text in readable characters and plausible words.

    Japanese text is judged by its characters (it has no spaces to split on); Latin text also by its words,
    because an old OCR layer is mostly valid characters arranged into impossible words ("sha11", "tbe", "xkqzt").
    """
    cleaned = _CID.sub("\ufffd", text)
    visible = sum(map(len, cleaned.split()))  # str.split() and re's \s agree on what whitespace is
    if visible <= 0:
        return 0.0
    # private-use glyphs, replacement characters and controls are what an unreadable layer is made of
    readable = 1.0 - len(_UNREADABLE.findall(cleaned)) / visible
    if next(islice(_LATIN_TOKEN.finditer(cleaned[:4000]), 4, None), None) is not None:  # five Latin words or more
        plausible = _latin_plausibility(cleaned)
        weight = 1.0
        if _CJK.search(cleaned):
            # a Japanese page with a reference code in its running header ("JAFRD-ASN-2025-017"): its few Latin words
            # weigh as much as the text they make up, not as the whole page
            latin = sum(len(w) for w in _LATIN_TOKEN.findall(cleaned))
            if len(_CJK.findall(cleaned)) > latin:
                weight = latin / visible
        readable = min(readable, 1.0 - (1.0 - plausible) * weight)
    return round(max(readable, 0.0), 4)


def is_garbled(text: str) -> bool:
    """True when a text layer exists but is not worth analysing."""
    return bool(text.strip()) and text_quality(text) < POOR_QUALITY
