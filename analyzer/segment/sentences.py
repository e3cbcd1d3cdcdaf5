"""Sentence spans of a clause, for evidence: 。！？ always end a sentence; a full stop only when it is not part of a
clause number (4.3), a decimal, or an abbreviation (No., Sec., Art., e.g., Inc.), and a new line starts a sentence."""

from __future__ import annotations

import re

_ABBREVIATIONS = {"no", "nos", "sec", "secs", "art", "arts", "e.g", "i.e", "inc", "ltd", "co", "corp", "etc", "vs",
                  "mr", "ms", "mrs", "dr", "prof", "para", "paras", "cl", "approx", "dept", "u.s", "u.k", "jan", "feb",
                  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "fig", "ref", "pp", "p",
                  "ch"}
_NUMBERING = re.compile(r"^\s*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|\(?[a-zA-Z0-9]{1,4}\)|[a-zA-Z]\.)\s*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty sentence of ``text``, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        end = None
        if ch in "。！？\n":
            end = i + 1
        elif ch in ".!?" and (i + 1 == n or text[i + 1] in " \t\n\u3000\"”’)"):
            before = text[start:i]
            word = re.search(r"([A-Za-z.]+)$", before)
            is_abbreviation = bool(word) and word.group(1).lower().rstrip(".") in _ABBREVIATIONS
            is_number = _NUMBERING.match(before) is not None
            is_initial = bool(re.search(r"(?:^|\s)[A-Z]$", before))
            if not (is_abbreviation or is_number or is_initial):
                end = i + 1
        if end is not None:
            _add(text, start, end, spans)
            start = end
        i += 1
    _add(text, start, n, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in " \t\n\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\n\u3000":
        end -= 1
    if end > start:
        spans.append((start, end))
