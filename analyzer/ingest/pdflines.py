"""Clean the raw lines of PDF pages while keeping, for every character, where it came from.

What real PDFs do and what this module undoes:

- running headers, footers and page numbers ("- 12 -", "Page 3 of 10", a filing-agent stamp on every page);
- U+FFFE (and U+0002) that PDFium returns for a hyphen at a line break, and English words hyphenated across lines;
- spaces that word processors put between Japanese text and digits or Latin letters ("第 34 条", "2024 年 4 月");
- spaces between two Japanese characters (not the one after an article or item number that opens the line).

Each character of a cleaned line carries the index of its source character in PDFium's text page (or -1 for
characters the cleaner inserted), so boxes can be looked up for any span of the stored text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

HYPHENS = "-\u2010\u2011\u00ad\ufffe\x02"
SOFT_HYPHENS = "\u00ad\ufffe\x02"
UNIT_CHARS = set("条項号章節款目日月年円名件回部頁時分秒週歳人個本枚億万千百か箇ヶケ%％")


def is_cjk(ch: str) -> bool:
    """Japanese/Chinese characters, kana and full-width forms (not the ideographic space)."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3001 <= code <= 0x303F
        or 0xFF01 <= code <= 0xFFEF
    )


def _is_digit(ch: str) -> bool:
    return (ch.isdigit() and ch.isascii()) or "０" <= ch <= "９"


@dataclass
class RawLine:
    """A line of one page: its characters and their source indices in the PDFium text page."""

    chars: list[str]
    src: list[int]
    page: int
    segments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chars)


# a soft hyphen (U+FFFE) ends its line; text PDFium puts after it on the same line was drawn elsewhere, such as a
# clause heading in the margin: "and any ap\ufffe1. Definitions and"
_GLUED_AFTER_SOFT_HYPHEN = re.compile("\ufffe(?=[^\\s\ufffe])")


def split_page_lines(page_text: str, page: int) -> list[RawLine]:
    """Split PDFium page text into lines, keeping source indices."""
    lines = []
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", page_text + "\n"):
        end = min(match.start(), len(page_text))
        if end <= start and match.start() >= len(page_text):
            break
        piece_start = start
        for glued in _GLUED_AFTER_SOFT_HYPHEN.finditer(page_text, start, end):
            lines.append(RawLine(list(page_text[piece_start:glued.end()]), list(range(piece_start, glued.end())),
                                 page, [(piece_start, glued.end())]))
            piece_start = glued.end()
        lines.append(RawLine(list(page_text[piece_start:end]), list(range(piece_start, end)), page,
                             [(piece_start, end)]))
        start = match.end()
    return lines


def _strip(line: RawLine) -> None:
    while line.chars and (line.chars[-1] in " \t\u3000\x00" or line.chars[-1].isspace()):
        line.chars.pop()
        line.src.pop()
    i = 0
    while i < len(line.chars) and (line.chars[i] in " \t\u3000\x00" or line.chars[i].isspace()):
        i += 1
    del line.chars[:i]
    del line.src[:i]


def _drop_controls(line: RawLine) -> None:
    keep_c, keep_s = [], []
    last = len(line.chars) - 1
    for i, (ch, s) in enumerate(zip(line.chars, line.src, strict=True)):
        if ch in SOFT_HYPHENS and i != last:
            continue  # a soft hyphen inside a line is invisible
        if unicodedata.category(ch) == "Cc" and ch != "\t" and not (ch == "\x02" and i == last):
            continue
        keep_c.append(ch)
        keep_s.append(s)
    line.chars, line.src = keep_c, keep_s


def _japanese_share(chars: list[str]) -> float:
    letters = [c for c in chars if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_cjk(c)) / len(letters)


def _fix_cjk_spacing(line: RawLine) -> None:
    """Remove the spaces a word processor put around digits and Latin words inside Japanese text."""
    chars = line.chars
    if " " not in chars and "\t" not in chars:
        return  # most Japanese lines: nothing to remove, and no per-character scan needed
    if not any(is_cjk(c) for c in chars):
        return
    japanese_line = _japanese_share(chars) >= 0.5
    drop = set()
    n = len(chars)
    i = 0
    while i < n:
        if chars[i] not in " \t":
            i += 1
            continue
        j = i
        while j < n and chars[j] in " \t":
            j += 1
        if i == 0 or j >= n:
            i = j
            continue
        before, after = chars[i - 1], chars[j]
        remove = False
        if (is_cjk(before) and is_cjk(after)) or (is_cjk(before) and _is_digit(after)):
            remove = not _opens_the_line(chars[:i], after)
        elif _is_digit(before) and is_cjk(after):
            k = i - 1
            while k >= 0 and (_is_digit(chars[k]) or chars[k] in ".,"):
                k -= 1
            embedded = k >= 0 and (is_cjk(chars[k]) or (chars[k] in " \t" and k > 0 and is_cjk(chars[k - 1])))
            remove = (embedded or after in UNIT_CHARS) and not _opens_the_line(chars[:i], after)
        elif japanese_line and (
            (is_cjk(before) and after.isascii() and (after.isalpha() or after in ")]"))
            or (before.isascii() and (before.isalpha() or before in "([") and is_cjk(after))
        ):
            remove = True
        if remove:
            drop.update(range(i, j))
        i = j
    if drop:
        line.chars = [c for k, c in enumerate(chars) if k not in drop]
        line.src = [s for k, s in enumerate(line.src) if k not in drop]


_COUNTERS = set("条項号章節款目日月年円名件回部頁時分秒週歳人個枚億万千百か箇ヶケ%％")
# (「【第１８条 第三者への実施許諾】」: also inside the bracket that holds an article's number and title)
_OPENING_NUMBER = re.compile(r"[ \t\u3000]*【?(?:第[ \t]*[0-9０-９一二三四五六七八九十百]{1,4}[ \t]*条"
                             r"(?:[ \t]*の[ \t]*[0-9０-９一二三四五六七八九十]{1,3})?|[一二三四五六七八九十]{1,3})")
_OPENING_PARAGRAPH = re.compile(r"[ \t\u3000]*[0-9０-９]{1,2}")


def _opens_the_line(before: list[str], after: str) -> bool:
    """Whether the text before a space is a number that opens the line: 「第3条 前条第1項…」, 「【第18条 第三者…】」,
    「一 教員の交流」,
    「２ 本装置を…」. That space parts the number from its text, as in a DOCX; glued, an article would read as a
    cross-reference (本 is also a counter, 「2 本」, but not at the head of a paragraph)."""
    prefix = "".join(before)
    if after in "の之（(【「〔":
        return False
    return bool(_OPENING_NUMBER.fullmatch(prefix)) or (after not in _COUNTERS
                                                        and bool(_OPENING_PARAGRAPH.fullmatch(prefix)))
_SPACE_LIKE = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u2009": " "}


_NEEDS_SPACE_FIX = re.compile("[\u00a0\u2007\u202f\u2002\u2003\u2009]")
_NEEDS_CONTROL_FIX = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\ufffe\x02]")
_CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uffef"
_HAS_CJK = re.compile(f"[{_CJK_RANGES}]")


def clean_line(line: RawLine) -> RawLine:
    text = "".join(line.chars)
    # most lines need none of the fixes: test with one regular expression before walking the characters
    if _NEEDS_SPACE_FIX.search(text):
        line.chars = [_SPACE_LIKE.get(c, c) for c in line.chars]
    if _NEEDS_CONTROL_FIX.search(text):
        _drop_controls(line)
    _strip(line)
    if _HAS_CJK.search(text):
        _fix_cjk_spacing(line)
    return line


_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-–—－‐ー―~〜\s]*[0-9０-９]{1,4}[-–—－‐ー―~〜\s]*           # 12, - 12 -, ―３―
      | (?:page|p\.|pg\.?)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?  # Page 3, Page 3 of 10
      | [0-9]{1,4}\s*/\s*[0-9]{1,4}                                   # 3/10
      | [-–—\s]*[ivxlc]{1,6}[-–—\s]*                                   # ii, - iv -
      | (?:第\s*)?[0-9０-９]{1,4}\s*(?:頁|ページ)(?:\s*/\s*[0-9０-９]{1,4})?  # 3頁, 第3頁
      | [-–—－\s]*[0-9０-９]{1,4}\s*/\s*[0-9０-９]{1,4}[-–—－\s]*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# "Exhibit C-2" at the foot of a page numbers the pages of an exhibit; it is not a new exhibit
_PAGE_LABEL = re.compile(r"^(?:Exhibit|EXHIBIT|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT)"
                         r"\s+[A-Z0-9]{1,3}-\d{1,3}$")


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _repeat_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"\d+", "#", text)
    return re.sub(r"\s+", "", text)


ZONE = 3


def find_running_lines(pages: list[list[RawLine]]) -> set[tuple[int, int]]:
    """(page index, line index) of running headers, footers and page numbers."""
    drop: set[tuple[int, int]] = set()
    n_pages = len(pages)
    zone_keys: Counter[str] = Counter()
    for lines in pages:
        content = [i for i, ln in enumerate(lines) if ln.chars]
        keys = {_repeat_key(lines[i].text) for i in content[:ZONE] + content[-ZONE:] if len(lines[i].chars) <= 160}
        zone_keys.update(keys)
    threshold = max(2, int(n_pages * 0.4 + 0.999)) if n_pages >= 2 else 10**9
    repeated = {k for k, c in zone_keys.items() if c >= threshold and k not in ("", "#")}
    drop |= _numbered_page_lines(pages)
    for p, lines in enumerate(pages):
        content = [i for i, ln in enumerate(lines) if ln.chars]
        top, bottom = content[:ZONE], content[-ZONE:]
        for i in top + bottom:
            text = lines[i].text
            if _repeat_key(text) in repeated and not _opens_clause(text):
                drop.add((p, i))
        for i in content[:2] + content[-2:]:
            if is_page_number(lines[i].text):
                drop.add((p, i))
        for i in content[:ZONE] + content[-ZONE:]:
            if _PAGE_LABEL.match(lines[i].text.strip()):
                drop.add((p, i))
    return drop


_LINE_NUMBER = re.compile(r"\s*([0-9]{1,3})(?=\s|$)")


def strip_line_numbers(lines: list[RawLine]) -> None:
    """Drop the line numbers some drafts print in the left margin (1, 2, 3 ... down the page).

    The page must be numbered through: at least 12 lines, nearly all of them opening with a number one above the
    previous line's. A few numbered clauses or a short list never look like that."""
    if len(lines) < 12:
        return
    # most pages: the first lines already show there is no numbering down the margin
    opening = [ln.chars for ln in lines[:8] if ln.chars]
    if sum(1 for chars in opening if "".join(chars[:6]).lstrip()[:1].isdigit()) < len(opening) * 0.75:
        return
    content = [ln for ln in lines if ln.text.strip()]
    if len(content) < 12:
        return
    numbers = [_LINE_NUMBER.match(ln.text) for ln in content]
    values = [int(m.group(1)) if m else None for m in numbers]
    numbered = [v for v in values if v is not None]
    steps = sum(1 for a, b in itertools.pairwise(values) if a is not None and b == a + 1)
    if len(numbered) < 0.9 * len(content) or steps < 0.8 * (len(content) - 1):
        return
    for line, m in zip(content, numbers, strict=True):
        if m is None:
            continue
        cut = m.end()
        while cut < len(line.chars) and line.chars[cut].isspace():
            cut += 1
        del line.chars[:cut]
        del line.src[:cut]


def _opens_clause(text: str) -> bool:
    """Article headings that happen to stand at the top of several pages are content, not running headers."""
    from analyzer.segment.markers import detect_markers

    markers = detect_markers(text)
    return bool(markers) and markers[0].style in ("J_ARTICLE", "EN_ARTICLE", "EN_SECTION", "J_PART", "EN_PART",
                                                  "DOT1", "DOT2", "JNUM")


_BARE_NUMBER = re.compile(r"^[0-9]{1,3}\.?$")


def _numbered_page_lines(pages: list[list[RawLine]]) -> set[tuple[int, int]]:
    """Bare numbers such as "12." at a page edge that count up with the pages are page numbers, not clauses."""
    found: list[tuple[int, int, int]] = []
    for p, lines in enumerate(pages):
        content = [i for i, ln in enumerate(lines) if ln.chars]
        for i in content[:ZONE] + content[-ZONE:]:
            text = lines[i].text.strip()
            if _BARE_NUMBER.match(text):
                found.append((p, i, int(text.rstrip(".")) - p))
    offsets = Counter(offset for _, _, offset in found)
    if not offsets:
        return set()
    offset, count = offsets.most_common(1)[0]
    if count < max(3, len(pages) // 3):
        return set()
    return {(p, i) for p, i, o in found if o == offset}


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def build_vocabulary(texts: list[str]) -> tuple[set[str], set[str]]:
    """Lower-cased words and hyphenated compounds seen in the document (to decide line-end hyphens)."""
    found = set(_WORD.findall("\n".join(texts).lower()))
    compounds = {word for word in found if "-" in word}
    words = found - compounds
    for compound in compounds:
        words.update(compound.split("-"))
    return words, compounds


_KEEP_HYPHEN_PREFIXES = {"anti", "non", "self", "cross", "multi", "semi", "third", "vice", "ex", "well", "mid",
                         "long", "short", "full", "co", "pre", "post", "first", "second", "one", "two", "three"}


def _trailing_word(chars: list[str]) -> str:
    k = len(chars)
    while k > 0 and chars[k - 1].isascii() and chars[k - 1].isalpha():
        k -= 1
    return "".join(chars[k:]).lower()


def _leading_word(chars: list[str]) -> str:
    k = 0
    while k < len(chars) and chars[k].isascii() and chars[k].isalpha():
        k += 1
    return "".join(chars[:k]).lower()


def join_hyphenated(lines: list[RawLine], vocabulary: tuple[set[str], set[str]]) -> list[RawLine]:
    """Join English words hyphenated across a line end; keep the hyphen of real compounds."""
    words, compounds = vocabulary
    out: list[RawLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.chars) >= 2
            and prev.chars[-1] in HYPHENS
            and prev.chars[-2].isascii()
            and prev.chars[-2].isalpha()
            and line.chars
            and line.chars[0].isascii()
            and line.chars[0].islower()
        ):
            left = _trailing_word(prev.chars[:-1])
            right = _leading_word(line.chars)
            joined, hyphenated = left + right, f"{left}-{right}"
            if hyphenated in compounds and joined not in words:
                keep = True
            elif joined in words or (prev.chars[-1] in SOFT_HYPHENS and left not in _KEEP_HYPHEN_PREFIXES):
                keep = False
            else:
                keep = left in _KEEP_HYPHEN_PREFIXES or (left in words and right in words)
            if keep:
                prev.chars[-1] = "-"
            else:
                prev.chars.pop()
                prev.src.pop()
            prev.chars.extend(line.chars)
            prev.src.extend(line.src)
            prev.segments.extend(line.segments)
            continue
        if line.chars and line.chars[-1] in SOFT_HYPHENS:
            line.chars[-1] = "-"
        out.append(line)
    return out


# the English half of a line: from a space after the last Japanese character to the end, two words or more
_LATIN_TAIL = re.compile(rf"[ \t\u3000]+([A-Za-z0-9(\"“'‘][^{_CJK_RANGES}]*[A-Za-z][^{_CJK_RANGES}]*)$")
_TWO_WORDS = re.compile(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}")
_ONE_WORD = re.compile(r"[A-Za-z]{3,}")


def _latin_tail(text: str, words: re.Pattern[str] = _TWO_WORDS) -> int | None:
    """Where the English half of a side-by-side line starts, or None when the line is not one."""
    if not _HAS_CJK.search(text):
        return None  # most lines of most PDFs: no Japanese half to split off
    m = _LATIN_TAIL.search(text)
    if m is None or not _HAS_CJK.search(text, 0, m.start()) or not words.search(m.group(1)):
        return None
    return m.start(1)


def split_bilingual_columns(lines: list[RawLine]) -> list[RawLine]:
    """A page that sets Japanese and English side by side in two columns, read as the Japanese column and then the
    English one. PDFium joins the two halves of each row into one line ("第1条（目的） Article 1 (Purpose)"); a page
    is taken for such a layout when a third of its lines or more (five at least) are Japanese followed by English."""
    mixed = sum(1 for line in lines if _latin_tail(line.text) is not None)
    if mixed < 5 or mixed < len(lines) / 3:
        return lines
    left: list[RawLine] = []
    right: list[RawLine] = []
    for line in lines:
        text = line.text
        # once the page is known for one, a heading's "Article 1 (Purpose)" is the English column too
        tail = _latin_tail(text, _ONE_WORD)
        if tail is None:
            # a row with one column only: English (no Japanese character) to the right, the rest to the left
            english = bool(text.strip()) and not _HAS_CJK.search(text) and bool(_ONE_WORD.search(text))
            (right if english else left).append(line)
            continue
        halves = ((left, line.chars[:tail], line.src[:tail]), (right, line.chars[tail:], line.src[tail:]))
        for side, chars, src in halves:
            side.append(RawLine(chars, src, line.page, [(src[0], src[-1] + 1)] if src else []))
    return left + right

