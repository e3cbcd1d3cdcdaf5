"""Footnotes of a PDF page moved beside the text they qualify.

A footnote printed at the foot of a page ("7 Notwithstanding the reference to the Term, the licence ... shall continue
... on a perpetual basis") is part of the clause whose sentence carries its mark ("... during the Term.⁷"), not of
whatever clause happens to end the page. PDFium returns it where it was drawn, after the page's last line, so it used to
be read into that clause. Footnotes are recognised by their type: smaller than the body, below every line of body text,
each opening with a number that stands as a superscript mark in the body above (or with a 「※1」 that stands, in any
type, after the text it qualifies). The mark and the footnote's number are dropped and the footnote's lines follow the
end of the sentence with the mark; a page without such marks is untouched.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

from analyzer.ingest.pdflines import RawLine, is_page_number

# "7 Notwithstanding ...", "7Notwithstanding ..." (a superscript number set close), "* Subject to ...", 「※2 第十条…」
_FOOTNOTE_START = re.compile(r"^(?:※?[0-9]{1,2}|[*†‡]{1,3})(?=[ \t\u3000]*[^\s0-9.,)\]])")
_SENTENCE_END = re.compile(r"[.;:。．]['\"’”)）]?$")
_SMALLER = 0.9  # a footnote's type against the body's
_SUPERSCRIPT = 0.85  # a mark's type against the body's
_MAX_SENTENCE_LINES = 8


def footnotes_in_place(lines: list[RawLine], size_at: Callable[[int], float],
                       top_of: Callable[[RawLine], float | None]) -> list[RawLine]:
    """The page's lines with each footnote after the sentence that carries its mark.

    ``size_at`` gives the font size of a character of the page by its source index, ``top_of`` a line's top."""
    half = len(lines) // 2
    if not any(_FOOTNOTE_START.match(line.text) for line in lines[half:]):
        return lines  # most pages: nothing at the foot opens with a number

    def size(line: RawLine, skip_label: bool = False) -> float | None:
        start = 0
        if skip_label and (m := _FOOTNOTE_START.match(line.text)):
            start = m.end()
        sizes = [size_at(s) for ch, s in zip(line.chars[start:start + 40], line.src[start:start + 40], strict=True)
                 if s >= 0 and ch.isalpha()][:7]
        sizes = [v for v in sizes if v > 0]
        return statistics.median(sizes) if sizes else None

    long_lines = [line for line in lines if len(line.chars) >= 15][:15]
    body_sizes = [v for v in (size(line) for line in long_lines) if v is not None]
    if len(body_sizes) < 3:
        return lines
    body = statistics.median(body_sizes)
    sizes = [size(line, skip_label=True) for line in lines]
    small = [v is not None and v <= body * _SMALLER for v in sizes]
    tops = [top_of(line) for line in lines]
    body_tops = [t for i, t in enumerate(tops) if t is not None and not small[i] and len(lines[i].chars) >= 10]
    if not body_tops:
        return lines
    lowest_body = max(body_tops)
    zone = sorted((t, i) for i, t in enumerate(tops)
                  if t is not None and small[i] and t > lowest_body and not is_page_number(lines[i].text))
    notes: list[list[int]] = []
    for _, i in zone:
        m = _FOOTNOTE_START.match(lines[i].text)
        if m and (not notes or _follows(lines[notes[-1][0]].text, m.group(0))):
            notes.append([i])
        elif notes and abs((sizes[i] or 0) - (sizes[notes[-1][0]] or 0)) <= 0.5:
            notes[-1].append(i)  # the footnote's next line (a footer in other type is not)
        elif notes:
            break
    if not notes:
        return lines
    in_zone = {i for _, i in zone}
    body_lines = [i for i in range(len(lines)) if i not in in_zone]
    placed: dict[int, list[int]] = {}
    moved: set[int] = set()
    for note in notes:
        label = _FOOTNOTE_START.match(lines[note[0]].text).group(0)
        mark = _find_mark(lines, body_lines, label, size_at, body)
        if mark is None:
            continue  # its mark is on another page, or it is no footnote: left where it stands
        line_index, at = mark
        line = lines[line_index]
        del line.chars[at:at + len(label)]
        del line.src[at:at + len(label)]
        start = lines[note[0]]
        cut = len(label)
        while cut < len(start.chars) and start.chars[cut].isspace():
            cut += 1
        del start.chars[:cut]
        del start.src[:cut]
        end = _sentence_end(lines, body_lines, line_index)
        placed.setdefault(end, []).extend(note)
        moved.update(note)
    if not moved:
        return lines
    order: list[RawLine] = []
    for i, line in enumerate(lines):
        if i in moved:
            continue
        order.append(line)
        order.extend(lines[k] for k in placed.get(i, ()))
    return order


def _follows(previous: str, label: str) -> bool:
    """Whether ``label`` numbers the footnote after the one ``previous`` opens (a line of a footnote may begin with a
    number of its own: "14 February 2025. A copy ...")."""
    before = _FOOTNOTE_START.match(previous).group(0).lstrip("※")
    label = label.lstrip("※")
    if before.isdigit() and label.isdigit():
        return int(label) == int(before) + 1
    return not before.isdigit() and not label.isdigit()


def _find_mark(lines: list[RawLine], body_lines: list[int], label: str, size_at: Callable[[int], float],
               body: float) -> tuple[int, int] | None:
    """(line, position) of the first superscript ``label`` set close after a word or a stop in the body."""
    width = len(label)
    for i in body_lines:
        chars, src = lines[i].chars, lines[i].src
        text = "".join(chars)
        start = text.find(label, 1)
        while start != -1:
            end = start + width
            if (not chars[start - 1].isspace() and not (label.isdigit() and chars[start - 1].isdigit())
                    and not (end < len(chars) and label.isdigit() and chars[end].isdigit())
                    and (label.startswith("※") or _superscript(chars, src, start, end, size_at, body))):
                return i, start
            start = text.find(label, start + 1)
    return None


def _superscript(chars: list[str], src: list[int], start: int, end: int, size_at: Callable[[int], float],
                 body: float) -> bool:
    """Set smaller than the body and than the character it follows (a table in small type has "WP1" all alike)."""
    if src[start - 1] < 0:
        return False
    before = size_at(src[start - 1])
    return all(src[k] >= 0 and 0 < size_at(src[k]) <= min(body, before) * _SUPERSCRIPT for k in range(start, end))


def _sentence_end(lines: list[RawLine], body_lines: list[int], line_index: int) -> int:
    """The body line that ends the sentence begun on or before ``line_index``."""
    position = body_lines.index(line_index)
    for i in body_lines[position:position + _MAX_SENTENCE_LINES]:
        if _SENTENCE_END.search(lines[i].text.rstrip()):
            return i
    return line_index
