"""Text normalised for matching (NFKC, lower case, party roles as tokens) with a map back to original offsets.

Rules and fact patterns run on the normalised text; every match is mapped back, so a finding's ``start``/``end``
always index the stored document text and ``evidence == text[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from analyzer.annotations import UNTICKED
from analyzer.classify.features import PLAIN_ENDING, POLITE_ENDING, ROLE_TOKENS, may_be_polite, role_spans


@dataclass(frozen=True)
class MappedText:
    """``text`` (normalised) and, per character, the [start, end) span of original text it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    offset: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for normalised [start, end), shifted by the clause offset."""
        if end <= start:
            end = start + 1
        start = min(max(start, 0), len(self.starts) - 1)
        end = min(max(end, 1), len(self.ends))
        return self.offset + self.starts[start], self.offset + self.ends[end - 1]


class _FoldTable(dict):
    """``str.translate`` table: code point → its NFKC lower-case form, filled in as characters are first seen."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = unicodedata.normalize("NFKC", chr(code)).lower()
        return folded


_FOLD = _FoldTable({0x3000: " ", 0x09: " ", 0x0D: " ", 0x0A: "\n"})


def _with_article(text: str, spans: list) -> list:
    """English role spans widened over a "the" before them: "nominated by the Sending Institution" reads
    "nominated by 〈P〉", as a rule writes it ("nominated by {P}"); an alias defined as (the "University") is used
    with its article."""
    out = []
    previous_end = 0
    for start, end, role in spans:
        k = start - 4
        # (a PDF line may break between the two: "belong exclusively to the\nCompany")
        if (k >= previous_end and text[k:start - 1].lower() == "the" and text[start - 1].isspace()
                and (k == 0 or not text[k - 1].isalnum())):
            start = k
        out.append((start, end, role))
        previous_end = end
    return out


_DROP = "-"
_PLAIN = "="
_EN_GLOSS_JA = re.compile(r"[（(][A-Za-z][A-Za-z0-9 ,.&'’/\-]{0,60}[）)]")


def map_text(text: str, parties: Mapping[str, str] | None = None, lang: str = "ja", offset: int = 0,
             roles: bool = True) -> MappedText:
    """Normalise ``text`` (a clause starting at ``offset`` in the document) for matching."""
    spans = role_spans(text, parties, lang) if roles else []
    if lang == "en" and spans:
        spans = _with_article(text, spans)
    if lang == "ja" and ("（" in text or "(" in text):
        # English glosses in a Japanese text read past: 「乙の関係機関（Affiliates）に対し」 is 「乙の関係機関に対し」
        glosses = [(m.start(), m.end(), _DROP) for m in _EN_GLOSS_JA.finditer(text)
                   if not any(a < m.end() and m.start() < b for a, b, _ in spans)]
        if glosses:
            spans = sorted(spans + glosses)
    if "□" in text or "☐" in text:
        # a form's options left unticked are no terms: 「□ 甲の職務発明規程に準じて取り扱う。」 beside the ticked
        # 「■ …乙に帰属する」
        unticked = [(m.start(), m.end(), _DROP) for m in UNTICKED.finditer(text)]
        if unticked:
            spans = sorted([span for span in spans if not any(a <= span[0] < b for a, b, _ in unticked)] + unticked)
    if lang == "ja" and may_be_polite(text):
        # a letter's 「公表することができます」 reads as the rules write it, 「公表することができる」
        plain = [(m.start(), m.end(), _PLAIN + PLAIN_ENDING[m.group()]) for m in POLITE_ENDING.finditer(text)
                 if not any(a < m.end() and m.start() < b for a, b, _ in spans)]
        if plain:
            spans = sorted(spans + plain)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    spans.append((len(text), len(text), ""))

    def copy(upto: int) -> None:
        # characters fold one by one (NFKC of a single character, never empty), so a run whose length does not
        # change, nearly all text, maps by position; only the rest ("㈱" → "(株)") needs a per-character map
        segment = text[pos:upto]
        joined = segment.translate(_FOLD)
        if len(joined) == upto - pos:
            chars.append(joined)
            starts.extend(range(pos, upto))
            ends.extend(range(pos + 1, upto + 1))
            return
        for k, piece in enumerate((ch.translate(_FOLD) for ch in segment), pos):
            chars.append(piece)
            starts.extend([k] * len(piece))
            ends.extend([k + 1] * len(piece))

    for span_start, span_end, role in spans:
        if pos < span_start:
            copy(span_start)
            pos = span_start
        if not role:
            break
        if role == _DROP:
            pos = span_end
            continue
        if role.startswith(_PLAIN):
            words = role[len(_PLAIN):]
            chars.append(words)
            starts.extend([span_start] * len(words))
            ends.extend([span_end] * len(words))
            pos = span_end
            continue
        token = ROLE_TOKENS[role.rstrip("+")]
        chars.append(token)
        starts.extend([span_start] * len(token))
        ends.extend([span_end] * len(token))
        if role.endswith("+"):
            # a long name keeps its words after the token
            copy(span_end)
        pos = span_end
    joined = "".join(chars)
    if lang == "ja" and "。)" in joined:
        joined = _stops_in_parentheses(joined)
    elif lang == "en":
        if _DIGIT_DOT_DIGIT.search(joined):
            joined = _REFERENCE_NUMBER.sub(lambda m: m.group().replace(".", "_"), joined)
        if "." in joined and _ABBREVIATION.search(joined):
            joined = _ABBREVIATION.sub(lambda m: m.group().replace(".", "_"), joined)
        if "\n" in joined:
            joined = _join_wrapped_english(joined, text, starts)
    mapped = MappedText(joined, tuple(starts), tuple(ends), offset)
    if lang == "ja" and "\n" in mapped.text:
        return _join_wrapped_japanese(mapped)
    if lang == "en" and "  " in mapped.text:
        return _cut(mapped, [(m.start(), m.end()) for m in _EXTRA_SPACES.finditer(mapped.text)])
    return mapped


# "under Article 8.2, to any funding agency": the dots of a cross-reference end no sentence, so the rules' [^.;] spans
# run across them ("8_2" for the rules; same length, offsets unchanged)
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
# "the U.S. Department of Defense", "e.g. the Ministry": an abbreviation's points end no sentence the rules read
# (and a company's legal form inside a sentence: "to its principal shareholder Halcyon Crest Ventures Pte. Ltd. and that
# shareholder's controlling entity")
_ABBREVIATION = re.compile(r"\b(?:u\.s|u\.k|e\.g|i\.e)\.(?=[ ,\-]\s?[a-z(])|"
                           r"\b(?:pte|pty|co|inc|ltd|corp|llc|plc)\.(?=,|\s(?:ltd|and|or|to|in|of|for|with|that|which|who|"
                           r"shall|will|may|is|are)\b)")
_REFERENCE_NUMBER = re.compile(r"(?:\b(?:article|section|clause|paragraph|schedule|annex)|§)\s?\d{1,3}(?:\.\d{1,3})+")


# a PDF line that wraps inside an English sentence ("made available to\nthe competent authorities"): the rules' word
# sequences ("to the") read on over it. A line that ends a sentence, a heading or a lead-in (".", ":", ";") and a line
# that opens an item ("(c) ", "2. ", "• ") keep their break, so items still start lines. Same length, same offsets.
# A heading line is short, a wrapped line of a page is not.
# (an item's marker is a letter, a roman numeral or a number, not the last word of a sentence: "as required by\nlaw.")
_EN_WRAP = re.compile(r"(?<=[A-Za-z0-9,)\-’'\"”〉])\n(?![ \t]*(?:\(?(?:[A-Za-z]|[ivxIVX]{1,4}|[0-9]{1,3})[.)]\s|"
                      r"\d{1,3}(?:\.\d{1,3})+\.?\s|"
                      r"[•\-–*]\s|\n|(?:article|section|clause|schedule|annex|exhibit|appendix)\b))", re.IGNORECASE)
_EN_LONG_LINE = 40


def _join_wrapped_english(text: str, original: str, starts: list[int]) -> str:
    """``text`` (folded, lower case) with its sentence-internal line breaks read as spaces; an all-capitals line of
    ``original`` is a heading."""
    out = list(text)
    for match in _EN_WRAP.finditer(text):
        begin = text.rfind("\n", 0, match.start()) + 1
        if match.start() - begin < _EN_LONG_LINE:
            continue
        if not original[starts[begin]:starts[match.start() - 1] + 1].isupper():
            out[match.start()] = " "
    return "".join(out)


def _stops_in_parentheses(text: str) -> str:
    """「研究データ（甲が取得したものを含む。）の写しを…提出する」: a 。 that closes a note in parentheses ends no
    sentence, so it becomes 、 for the rules (same length, offsets unchanged)."""
    out = list(text)
    depth = 0
    for i, ch in enumerate(out):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "。" and depth:
            out[i] = "、"
    return "".join(out)


# a PDF line that wraps inside a Japanese sentence ("公表するこ\nとができる", "各自の\n所属機関"): after hiragana or
# 、 a line break ends no heading, so the rules read the sentence whole. Headings end in kanji or a bracket.
_WRAP = re.compile(r"(?<=[\u3041-\u309f、])[ \u3000]*\n[ \u3000]*(?=[\u3041-\u30ff\u4e00-\u9fff々〈])")


# a full PDF line may also break inside a word (「秘密情\n報の削除」): a long line that ends in kanji or katakana runs
# on into a next line that opens with no item marker (「二　」, 「（１）」, ①)
_WORD_WRAP = re.compile(r"(?<=[\u30a1-\u30ff\u4e00-\u9fff々])\n(?=[\u3041-\u30ff\u4e00-\u9fff々〈](?![ \u3000、]))")
_LONG_LINE = 24


# the indent of a hard-wrapped plain-text line ("the Foreign Exchange\n     and Foreign Trade Act", its break read as a
# space) and spaces set for layout: the rules read one space, as they are written
_EXTRA_SPACES = re.compile(r"(?<= ) +")


def _join_wrapped_japanese(mapped: MappedText) -> MappedText:
    text = mapped.text
    cuts = [(m.start(), m.end()) for m in _WRAP.finditer(text)]
    cuts += [(m.start(), m.end()) for m in _WORD_WRAP.finditer(text)
             if m.start() - (text.rfind("\n", 0, m.start()) + 1) >= _LONG_LINE]
    cuts.sort()
    return _cut(mapped, cuts)


def _cut(mapped: MappedText, cuts: list[tuple[int, int]]) -> MappedText:
    """``mapped`` without the [start, end) ranges of ``cuts`` (sorted, not overlapping)."""
    text = mapped.text
    if not cuts:
        return mapped
    # slices between the cuts: a clause of a wrapped PDF has a cut on nearly every line
    kept_text, kept_starts, kept_ends = [], [], []
    pos = 0
    for start, end in cuts:
        kept_text.append(text[pos:start])
        kept_starts.extend(mapped.starts[pos:start])
        kept_ends.extend(mapped.ends[pos:start])
        pos = end
    kept_text.append(text[pos:])
    kept_starts.extend(mapped.starts[pos:])
    kept_ends.extend(mapped.ends[pos:])
    return MappedText("".join(kept_text), tuple(kept_starts), tuple(kept_ends), mapped.offset)
