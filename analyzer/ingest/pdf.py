"""PDF ingestion: PDFium (pypdfium2) text in reading order, with line boxes for highlighting.

PDFium extracts 1,200-1,800 pages/s here against 15-25 for pdfplumber (``shared/docs/perf.md``), and it can return the
rectangles of any character range of a page, so the line boxes come from the same pass at almost no cost.
pdfplumber is kept for the app's search-in-page highlighting (``analyzer.ingest.positions``).
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass

from analyzer.errors import IngestionError
from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.footnotes import footnotes_in_place
from analyzer.ingest.pdflines import (
    RawLine,
    build_vocabulary,
    clean_line,
    find_running_lines,
    is_cjk,
    join_hyphenated,
    split_bilingual_columns,
    split_page_lines,
    strip_line_numbers,
)
from analyzer.ingest.quality import POOR_QUALITY, text_quality
from analyzer.types import Box, Line, Page

log = logging.getLogger("analyzer")

MIN_PAGE_CHARS = 12


@dataclass(frozen=True)
class PdfText:
    """The result of reading a PDF's text layer."""

    text: str
    lines: tuple[Line, ...]
    pages: tuple[Page, ...]
    scanned_pages: tuple[int, ...]
    garbled_pages: tuple[int, ...]


def open_pdf(data: bytes, password: str | None = None):
    """Open a PDF with PDFium, mapping its errors to ingestion statuses."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            if password:
                raise IngestionError("the password given does not open this PDF", status="encrypted") from None
            raise IngestionError(
                "this PDF is encrypted; run again with --password PASSWORD (or enter it in the app)",
                status="encrypted",
            ) from None
        raise IngestionError(f"the PDF is damaged or not a PDF ({message})", status="corrupt") from None


def page_count(data: bytes, password: str | None = None) -> int:
    pdf = open_pdf(data, password)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _has_images(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


class _Rects:
    """Rectangles of character ranges of one text page, through PDFium's C API directly.

    A page has ~45 lines and each needs a count and one or two rectangles; pypdfium2's helpers allocate four
    ctypes doubles and look the handle up on every call, which cost more than PDFium's own work."""

    def __init__(self, textpage) -> None:
        import ctypes

        import pypdfium2.raw as pdfium_c

        self._raw = textpage.raw
        self._count = pdfium_c.FPDFText_CountRects
        self._get = pdfium_c.FPDFText_GetRect
        self._values = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(v) for v in self._values]

    def box(self, first: int, last: int, page_number: int, height: float) -> Box | None:
        """The union of the rectangles of characters ``first..last`` (top-left origin)."""
        n = self._count(self._raw, first, last - first + 1)
        left_v, top_v, right_v, bottom_v = self._values
        left_r, top_r, right_r, bottom_r = self._refs
        x0 = top = float("inf")
        x1 = bottom = float("-inf")
        for i in range(max(n, 0)):
            if not self._get(self._raw, i, left_r, top_r, right_r, bottom_r):
                continue
            x0, x1 = min(x0, left_v.value), max(x1, right_v.value)
            top, bottom = min(top, height - top_v.value), max(bottom, height - bottom_v.value)
        if x0 == float("inf"):
            return None
        return Box(page_number, x0, top, x1, bottom)


def _line_box(rects: _Rects, line: RawLine, page_number: int, height: float) -> Box | None:
    src = line.src
    first = next((s for s in src if s >= 0), None)
    if first is None:
        return None
    last = next(s for s in reversed(src) if s >= 0)
    # one range per line: a line joined across a hyphen holds two whole source lines, and the union of the
    # rectangles of the range between them is the union of theirs
    return rects.box(first, last, page_number, height)


def _line_top(rects: _Rects, line: RawLine, page_number: int, height: float) -> float | None:
    box = _line_box(rects, line, page_number, height)
    return None if box is None else box.top


def _font_sizes(textpage):
    import pypdfium2.raw as pdfium_c

    raw, get = textpage.raw, pdfium_c.FPDFText_GetFontSize
    return lambda index: get(raw, index)


# "A R T I C L E  1", "R E C I T A L S": a heading drawn with wide letter spacing, which PDFium returns as single
# characters between spaces
_LETTER_SPACED = re.compile(r"^[ \t]*(?:\S[ \t]){4,}\S[ \t]*$")


def _letter_spacing_undone(line: RawLine, textpage) -> None:
    """Join the letters of a letter-spaced line into its words: "A R T I C L E  1" becomes "ARTICLE 1".

    A space stays where the gap between the two characters' boxes is clearly wider than the gaps between letters
    (the word space the drafter typed); the others are the spacing's. Without boxes every space stays."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    glyphs = []  # (position in the line, left, right) of each character that is not a space
    for pos, (ch, src) in enumerate(zip(line.chars, line.src, strict=True)):
        if ch in " \t":
            continue
        if src < 0 or not pdfium_c.FPDFText_GetCharBox(textpage.raw, src, left, right, bottom, top):
            return
        glyphs.append((pos, left.value, right.value))
    gaps = [(b[1] - a[2], a[0], b[0]) for a, b in itertools.pairwise(glyphs)]
    if len(gaps) < 4:
        return
    typical = sorted(gap for gap, _, _ in gaps)[len(gaps) // 2]
    widths = sorted(right_ - left_ for _, left_, right_ in glyphs)
    if typical > 1.5 * widths[len(widths) // 2]:
        return  # the cells of a table row ("1  2  3  4  5"), not the letters of a word
    threshold = max(typical * 1.5, typical + 2.0)
    keep = set()
    for gap, first, after in gaps:
        if gap > threshold:
            keep.add(next(p for p in range(first + 1, after) if line.chars[p] in " \t") if after > first + 1
                     else -1)
    drop = {p for p, ch in enumerate(line.chars) if ch in " \t" and p not in keep
            and glyphs[0][0] < p < glyphs[-1][0]}
    line.chars = [c for p, c in enumerate(line.chars) if p not in drop]
    line.src = [s for p, s in enumerate(line.src) if p not in drop]


# "1. Definitions and", "13A. Sanctions", "Article 5 Term": a numbered title, not a paragraph's "1.1 The ..."
# or 「２　甲は」
# (and a Japanese contract's 「第9条」 in a box of its own left of 「（研究成果の公表）」)
_MARGIN_HEADING = re.compile(r"^[ \t]*(?:(?:[0-9]{1,3}[A-Za-z]?\.|(?:Article|ARTICLE|Clause|CLAUSE|Section|SECTION)"
                             r"[ \t]+[0-9]{1,3}[A-Za-z]?\.?)[ \t]+[A-Z]|"
                             r"第[ \t]*[0-9０-９一二三四五六七八九十百]{1,4}[ \t]*条[ \t]*$)")


def _margin_headings_in_place(lines: list[RawLine], textpage, height: float, page_number: int) -> list[RawLine]:
    """Clause headings printed in a left margin column beside the text ("1. Definitions and / Interpretation" left of
    "1.1 In this Agreement ..."), which PDFium returns where they were drawn, often after the page's text, moved to
    the place their height on the page gives them."""
    candidates = [i for i, line in enumerate(lines) if len(line.chars) <= 45 and _MARGIN_HEADING.match(line.text)]
    if not candidates:
        return lines
    rects = _Rects(textpage)

    def box(line: RawLine) -> Box | None:
        return _line_box(rects, line, page_number, height)

    def long(line: RawLine, latin: int) -> bool:
        # a full Japanese line holds some 40-45 characters where an English one holds 80-90
        cjk = sum(1 for ch in line.chars[:60] if is_cjk(ch))
        return len(line.chars) >= (latin * 3 // 5 if cjk * 2 > min(len(line.chars), 60) else latin)

    def left_of_its_neighbours(i: int) -> bool:
        # most pages print their headings at the text's own left edge: one look at the lines around says so
        own = box(lines[i])
        if own is None:
            return False
        for k in (i - 1, i + 1):
            if 0 <= k < len(lines) and long(lines[k], 40) and (b := box(lines[k])) is not None:
                return own.x0 < b.x0 - 15
        return False

    if not any(left_of_its_neighbours(i) for i in candidates):
        return lines
    # the body's left edge from a sample of long lines: the median, so that a few numbered or indented lines do not
    # move it
    long_lines = [line for line in lines if long(line, 50)][:9]
    lefts = sorted(b.x0 for b in (box(line) for line in long_lines) if b is not None)
    if len(lefts) < 3:
        return lines
    body_left = lefts[len(lefts) // 2]
    groups: list[list[int]] = []
    for i in candidates:
        first = box(lines[i])
        # a margin column ends before the body begins; a heading that runs into the body's column is the page's own
        # (hanging paragraph numbers put "10. PERSONNEL" left of its text's indent, not beside it)
        if first is None or first.x0 > body_left - 15 or first.x1 > body_left + 5:
            continue
        group, below = [i], first
        k = i + 1  # the heading's wrapped words on the line right below it ("Interpretation")
        while k < len(lines) and len(lines[k].chars) <= 30 and not _MARGIN_HEADING.match(lines[k].text) \
                and (b := box(lines[k])) is not None and b.x0 < body_left - 15 and 0 < b.top - below.top <= 20:
            group.append(k)
            below = b
            k += 1
        groups.append(group)
    if not groups:
        return lines
    margin = {i for group in groups for i in group}
    boxes = {i: b for i, line in enumerate(lines) if (b := box(line)) is not None}
    tops = {i: b.top for i, b in boxes.items()}
    order = [i for i in range(len(lines)) if i not in margin]
    for group in groups:
        top = tops.get(group[0])
        if top is None:
            continue
        # before the line of text that stands level with the heading or closest below it (not a footer PDFium
        # happened to return first); level means within the label's own height, since a boxed 「第9条」 in small type
        # sits centred beside a heading line set larger
        slack = 2 + max(0.0, boxes[group[0]].bottom - boxes[group[0]].top)
        below = [(tops[i], pos) for pos, i in enumerate(order) if i not in margin and tops.get(i, -1.0) >= top - slack]
        at = min(below)[1] if below else len(order)
        order[at:at] = group
    placed = set(order)
    order += [i for i in range(len(lines)) if i not in placed]
    return [lines[i] for i in order]


def read_pdf(data: bytes, password: str | None = None, max_pages: int | None = None,
             ocr_pages: frozenset[int] = frozenset()) -> PdfText:
    """Extract cleaned text, line boxes and per-page quality from a PDF's text layer."""
    import pypdfium2 as pdfium

    pdf = open_pdf(data, password)
    textpages = []
    try:
        n = len(pdf)
        if max_pages is not None and n > max_pages:
            raise IngestionError(
                f"the PDF has {n} pages, over the limit of {max_pages}; raise it with --max-pages",
                status="too_large",
            )
        raw_pages: list[list[RawLine]] = []
        sizes = []
        qualities = []
        scanned, garbled = [], []
        for index in range(n):
            page = pdf[index]
            textpage = page.get_textpage()
            textpages.append(textpage)
            sizes.append(page.get_size())
            raw = textpage.get_text_range()
            visible = sum(map(len, raw.split()))
            quality = text_quality(raw) if visible else 0.0
            qualities.append(quality)
            if visible < MIN_PAGE_CHARS:
                if _has_images(page):
                    scanned.append(index + 1)
                    quality = 0.0
                else:
                    quality = 1.0 if visible == 0 else quality  # a blank page is not a bad page
                qualities[-1] = quality
            elif quality < POOR_QUALITY:
                garbled.append(index + 1)
            page_lines = split_bilingual_columns(split_page_lines(raw, index + 1))
            strip_line_numbers(page_lines)  # before cleaning, which would join "2 本契約" into "2本契約"
            page_lines = _margin_headings_in_place(page_lines, textpage, sizes[-1][1], index + 1)
            for line in page_lines:
                if len(line.chars) >= 9 and _LETTER_SPACED.match(line.text):
                    _letter_spacing_undone(line, textpage)
            raw_pages.append([clean_line(line) for line in page_lines])
        running = find_running_lines(raw_pages)
        vocabulary = build_vocabulary(["".join(ln.chars) for lines in raw_pages for ln in lines])
        builder = TextBuilder()
        for index, lines in enumerate(raw_pages):
            kept = [ln for i, ln in enumerate(lines) if ln.chars and (index, i) not in running]
            width, height = sizes[index]
            rects = _Rects(textpages[index])
            kept = footnotes_in_place(kept, _font_sizes(textpages[index]),
                                      lambda line, r=rects, i=index, h=height: _line_top(r, line, i + 1, h))
            for line in join_hyphenated(kept, vocabulary):
                builder.add_line(line.text, index + 1, _line_box(rects, line, index + 1, height))
            builder.end_page(index + 1, width, height, qualities[index], ocr=(index + 1) in ocr_pages)
        return PdfText(builder.text, tuple(builder.lines), tuple(builder.pages), tuple(scanned), tuple(garbled))
    except (pdfium.PdfiumError, OSError, ValueError, IndexError) as exc:
        # PDFium opens many damaged files and only fails on the page it cannot parse
        raise IngestionError(f"the PDF could not be read to the end ({exc})", status="corrupt") from None
    finally:
        for textpage in textpages:
            textpage.close()
        pdf.close()
