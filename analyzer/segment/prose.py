"""Agreements without numbered articles: their paragraphs are the clauses.

Many memoranda of understanding, letters of intent and side letters are written as prose: a title, the parties, a
few unnumbered paragraphs (sometimes with a run-in heading, "Intellectual Property. Each Party ..."), and the
signatures. Without this, such a document would be one preamble: nothing in it could be found at its place, and every
protection it holds would look missing. A paragraph is told by what the format keeps of it: a paragraph of a DOCX, a
blank line in plain text, and in a PDF a wider gap, a first-line indent or a short last line before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from analyzer.segment.headings import _ABBREVIATIONS, english_heading, split_parenthesised, standalone_heading
from analyzer.segment.markers import Marker
from analyzer.types import Box


class _ProseLine(Protocol):
    start: int
    end: int
    text: str
    box: Box | None
    markers: list[Marker]


@dataclass(frozen=True)
class ProseUnit:
    """Where a clause of an unnumbered agreement starts: a paragraph, the signature block or an annex."""

    line: int
    kind: str  # "paragraph" | "signature" | "annex"
    heading: str = ""
    items: tuple[int, ...] = ()  # the lines that open a bulleted or lettered item of the paragraph


# the sentence that ends the opening: "The Parties agree as follows:" / 「次のとおり合意する。」
_OPENING_END = re.compile(
    r"\b(?:agrees?|agreed|understand|record)\s+(?:as follows|the following|on the following|upon the following)|"
    r"\b(?:hereby|have|has)\s+(?:agreed|reached|concluded|entered into)\b|following (?:understanding|terms)|"
    r"(?:次|以下|下記)の(?:とおり|通り)|を締結する。|を取り交わす。|を締結します。", re.IGNORECASE)
# wording that binds or permits: a paragraph with it is a clause, not the opening
_OPERATIVE = re.compile(
    r"\b(?:shall|will|may|must|agrees? to|undertakes?|intends? to|is entitled|are entitled|commits?)\b|"
    r"ものとする|ものとします|努める|努めます|できる|できます|しなければ|してはならない|行う。|行います|負担する|"
    r"有効とする|協力する|協力します|負う。", re.IGNORECASE)
_PARTY_INTRODUCTION = re.compile(
    r"\bbetween\b|\bentered into\b|\bmade (?:and entered into )?(?:on|as of|by)\b|hereinafter|\(the\s+[\"“]|"
    r"以下「|（以下|との間で|との間に", re.IGNORECASE)
# the execution lines of a letter or memorandum that has no IN WITNESS WHEREOF
_SIGNATURE = re.compile(
    r"^(?:IN WITNESS|In witness|The Parties have (?:caused|executed|signed)|(?:Signed|Agreed and accepted|"
    r"Accepted and agreed|Acknowledged and agreed)\b|(?:For|FOR) and on behalf of\b|By:|Signature:|"
    r"Signed for and on behalf|Yours (?:sincerely|faithfully|truly)|Sincerely(?: yours)?,|"
    r"(?:With )?(?:[Kk]ind|[Bb]est|[Ww]arm) regards|"
    r"署名|記名押印|以上の合意|本覚書締結の証|[^。]{0,30}証として|敬具)")
# a letter's salutation ends its letterhead and addresses
_SALUTATION = re.compile(r"^(?:Dear\s|To whom it may concern|拝啓|謹啓)")
_BULLET = re.compile(r"^\s*(?:[•・●○◦■□▪‣\-–—*]|\([a-zivx]{1,4}\)|[a-z]\)|[①-⑳])\s*")
_RULE = re.compile(r"^\s*[-_=*~―─━]{3,}\s*$")
_SENTENCE_END = tuple(".。:：;；)）」!?！？")


def signs_off(line: str) -> bool:
    """A line that closes a letter or memorandum for signature: "Yours sincerely," / "IN WITNESS WHEREOF" / 「敬具」."""
    return bool(_SIGNATURE.match(line.strip()))


def _blank_between(text: str, a: _ProseLine, b: _ProseLine) -> bool:
    return text.count("\n", a.end, b.start) >= 2


def paragraph_starts(lines: Sequence[_ProseLine], text: str, fmt: str) -> list[int]:
    """The positions of the lines that begin a paragraph."""
    if not lines:
        return []
    blank_lines = any(_blank_between(text, a, b) for a, b in itertools.pairwise(lines))
    boxes = [ln.box for ln in lines]
    pitch = _pitch(boxes)
    right = max((b.x1 for b in boxes if b is not None), default=0.0)
    lengths = [len(ln.text.rstrip()) for ln in lines]
    longest = max(lengths)
    starts = [0]
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if _RULE.match(prev.text):
            starts.append(i)  # a rule of dashes ends what is above it ("----" over "ATTACHMENT A - WORK PLAN")
            continue
        if _BULLET.match(line.text) and not _RULE.match(line.text):
            continue  # a list belongs to the paragraph above it, which opens it
        ended = prev.text.rstrip().endswith(_SENTENCE_END)
        if fmt == "docx" or _blank_between(text, prev, line):
            starts.append(i)
        elif fmt == "pdf" and prev.box is not None and line.box is not None:
            if _pdf_break(prev.box, line.box, pitch, right, ended):
                starts.append(i)
        elif not blank_lines and (longest < 40 or lengths[i - 1] < 0.8 * longest) and ended:
            starts.append(i)  # hard-wrapped plain text: a short line that ends a sentence ends its paragraph
        elif not blank_lines and longest >= 160:
            starts.append(i)  # unwrapped plain text: one line per paragraph
    return starts


def _pitch(boxes: Sequence[Box | None]) -> float:
    gaps = [b.top - a.top for a, b in itertools.pairwise(boxes)
            if a is not None and b is not None and a.page == b.page and b.top > a.top]
    # the line spacing inside a paragraph: the smaller gaps, whether or not paragraphs are set apart
    return sorted(gaps)[len(gaps) // 4] if gaps else 0.0


def _pdf_break(prev: Box, line: Box, pitch: float, right: float, ended: bool) -> bool:
    if line.page != prev.page:
        return ended and prev.x1 < right - 2 * (prev.bottom - prev.top)
    if pitch and line.top - prev.top > 1.45 * pitch:
        return True
    size = max(prev.bottom - prev.top, 1.0)
    short_last_line = prev.x1 < right - 2 * size
    indented = line.x0 > prev.x0 + 0.6 * size
    return ended and (short_last_line or indented)


def _is_title(text: str) -> bool:
    """A line of the title or of the party names above the opening: short, without a sentence's end or verb."""
    stripped = text.strip()
    return len(stripped) <= 90 and not stripped.endswith(("。", ".", ";", "；")) and not _OPERATIVE.search(stripped)


def prose_units(lines: Sequence[_ProseLine], text: str, fmt: str) -> list[ProseUnit]:
    """The clauses of an agreement written as unnumbered paragraphs; empty when it does not read as one."""
    starts = paragraph_starts(lines, text, fmt)
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    blocks = [" ".join(ln.text.strip() for ln in lines[a:b]) for a, b in bounds]
    # the opening: title lines, the parties and recitals, ended by "agree as follows" when the drafter wrote it
    body = 0
    for k, block in enumerate(blocks[: max(2, len(blocks) // 2)]):
        if (_OPENING_END.search(block) or _SALUTATION.match(block)) and not _SIGNATURE.match(block):
            body = k + 1
    if body == 0:
        for k, block in enumerate(blocks):
            operative = _OPERATIVE.search(block)
            if operative and not (_PARTY_INTRODUCTION.search(block[: operative.start()]) and k <= 1):
                body = k
                break
            if not (_is_title(block) or _PARTY_INTRODUCTION.search(block) or k == 0):
                body = k
                break
        else:
            return []
    units: list[ProseUnit] = []
    sizes: list[int] = []
    pending_heading: tuple[str, int] | None = None
    closed = False
    under_heading = False
    for k in range(body, len(blocks)):
        a, b = bounds[k]
        block = blocks[k]
        # (a rule of dashes drawn above "ATTACHMENT A - WORK PLAN" is no line of the paragraph)
        opens = next((k for k in range(a, b) if not _RULE.match(lines[k].text)), a)
        first = lines[opens]
        marker = first.markers[0] if first.markers else None
        style = marker.style if marker else ""
        if style in ("EN_ANNEX", "J_ANNEX") and units and len(first.text.strip()) <= 100:
            units.append(ProseUnit(opens, "annex", marker.rest.strip(" :-–—.") if marker else ""))
            closed = True
            continue
        if closed:
            continue
        if units and (style in ("EN_SIGNATURE", "J_SIGNATURE") or _SIGNATURE.match(block)):
            # the party's name in capitals above "By:" is the signature block's first line
            units.append(ProseUnit(pending_heading[1] if pending_heading else a, "signature"))
            closed = True
            continue
        heading = _own_line_heading(block) if b - a == 1 else None
        if heading is not None and k + 1 < len(blocks):
            pending_heading = (heading, a)
            continue
        run_in = _run_in_heading(block)
        sizes.append(_weight(block))
        # each item of a list is judged on its own words: "- the key stays with us" beside "- no consent is asked"
        items = tuple(k for k in range(a + 1, b) if _BULLET.match(lines[k].text))
        if pending_heading is not None:
            units.append(ProseUnit(pending_heading[1], "paragraph", pending_heading[0], items))
            pending_heading = None
            under_heading = True
        elif under_heading and not run_in and units[-1].kind == "paragraph":
            # "Visiting researchers" on a line of its own over two paragraphs: the second is the same section's, read
            # with its heading (a record of what was agreed by e-mail, a memorandum in headed prose)
            units[-1] = ProseUnit(units[-1].line, "paragraph", units[-1].heading, units[-1].items + items)
        else:
            units.append(ProseUnit(a, "paragraph", run_in, items=items))
            under_heading = False
    paragraphs = [u for u in units if u.kind == "paragraph"]
    body_size = sum(_weight(blocks[k]) for k in range(body, len(blocks)))
    if len(paragraphs) < 3 or body_size < 240:
        return []
    # text that lost its line structure (a page per line, or a line per word) has blocks, not paragraphs: left as it
    # is rather than judged a page at a time
    sizes = sorted(sizes)
    if not 40 <= sizes[len(sizes) // 2] <= 1500:
        return []
    return units


def _weight(block: str) -> int:
    """A block's length, a Japanese character counted as two Latin ones (it says about as much)."""
    return len(block) + sum(1 for ch in block if ch >= "\u3000")


def _own_line_heading(block: str) -> str | None:
    """「（知的財産）」 or "Intellectual Property" on a line of its own above its paragraph."""
    bracketed = standalone_heading(block)
    if bracketed:
        return bracketed
    stripped = block.strip()
    if len(stripped) > 60 or stripped.endswith((".", "。", ",", "、", ";")) or _OPERATIVE.search(stripped):
        return None
    heading, whole = english_heading(stripped)
    return heading if heading and whole and heading[:1].isupper() else None


def _run_in_heading(block: str) -> str:
    """"Intellectual Property. Each Party ..." / 「（秘密保持）両者は、…」"""
    paren = split_parenthesised(block.strip())
    if paren and len(paren[0]) <= 20:
        return paren[0]
    heading, whole = english_heading(block)
    if whole or (heading and heading.split()[-1].lower().rstrip(".") in _ABBREVIATIONS):
        return ""  # "Dear Dr. Marsh,"
    return heading
