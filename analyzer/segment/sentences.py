"""Sentence spans of a clause, for evidence: 。！？ always end a sentence; a full stop only when it is not part of a
clause number (4.3), a decimal, or an abbreviation (No., Sec., Art., e.g., Inc.); a new line starts a sentence unless
it only wraps one, as PDF text keeps its layout's line breaks ("conclusions of a\npublication.")."""

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
        if ch in "。！？":
            # 「研究成果（甲の単独に係るものを含む。）の事業化の方針…」: a full stop inside brackets ends no sentence
            end = None if text[i + 1:i + 2] in ("）", ")", "」", "』") else i + 1
        elif ch == "\n":
            if not _wraps(text, start, i):
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


# (with the long-vowel mark and iteration marks: a PDF line may break in 「研究デー｜タ」)
_KANA_KANJI = re.compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u4e00-\u9fff々]")
_JA_MARKER_START = re.compile(r"[第別（(「【〔\[0-9０-９一二三四五六七八九十①-⑳・※]")


def _wraps(text: str, start: int, newline: int) -> bool:
    """Whether the line break at ``newline`` falls inside a sentence: an English line that stops on a word or a
    comma and a next line that goes on in lower case; a long Japanese line that stops inside a sentence and a next
    line that does not open with a number, bracket or item mark."""
    line = text[start:newline].rstrip(" \t\u3000")
    nxt = text[newline + 1:newline + 3].lstrip(" \t\u3000")
    if not line or not nxt:
        return False
    last, first = line[-1], nxt[0]
    if first.islower() and first.isascii() and (last.isalnum() or last in ",;-(") and last.isascii():
        return True
    if last == "第":
        # 「…実施の権利及び第｜17条に定める…」: a number broken from its 第 ends no sentence
        return True
    # the printed line's length, not the sentence's part of it: 「…有する。ただし、前項に定める情報について｜は、…」
    printed = newline - (text.rfind("\n", 0, newline) + 1)
    return (printed >= 25 and (bool(_KANA_KANJI.match(last)) or last == "、")
            and bool(_KANA_KANJI.match(first)) and not _JA_MARKER_START.match(first))


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in " \t\n\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\n\u3000":
        end -= 1
    if end > start:
        spans.append((start, end))
