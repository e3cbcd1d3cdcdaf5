"""Hierarchical clause segmentation of Japanese and English agreements.

The segmenter works on lines. Each line may carry a numbering marker (``markers.py``); which markers really open a
clause is decided in three steps:

1. The top-level style is the one whose values form the longest run 1, 2, 3 ... through the document, preferring
   article-like styles (第N条, ARTICLE N, Markdown headings, Section N, 1.0, 1.). Of equally long runs, the one whose
   entries carry body text wins, so a table of contents never becomes the outline.
2. Below the top level a stack of open lists decides nesting: a marker continues the list it belongs to when its value
   follows that list's last value, and opens a new, deeper list when its value can start one (1, a, i, イ, ①).
3. Preamble, recitals, signature blocks and annexes are recognised by their wording.

Bilingual documents are split into language versions first; each version is segmented on its own and parallel
articles are linked by number.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from analyzer.language import count_scripts, detect_block_language, detect_language
from analyzer.segment.headings import (
    english_heading,
    is_title_case,
    japanese_heading,
    next_line_heading,
    parallel_heading,
    split_parenthesised,
    standalone_heading,
)
from analyzer.segment.markers import INSERTED_SUFFIX, Marker, detect_markers, is_first_value, line_shape
from analyzer.segment.numbers import letter_to_int
from analyzer.segment.prose import prose_units, signs_off
from analyzer.types import Box, Clause, Document, Line, Version

_TERMINATORS = tuple(".:;。：；」）)]”\"!?！？")
_KANJI_PAREN_ITEM = re.compile(r"[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]")
# a 項 opens on its subject, which no sentence wrapped before a number goes on with: an item's second line
# 「上の求めに応じて…を開示する場合」 is followed by 「３　甲又は乙は、法令に基づき…」, the next 項
_JA_PARAGRAPH_SUBJECT = re.compile(r"(?:甲|乙|丙|丁|前項|前各項|前[二三四]項|本契約|本協定|本覚書|各当事者|両当事者|"
                                   r"委託者|受託者)[^、。]{0,12}?(?:は|が)、")
_PREPOSITION_TAIL = re.compile(r"\b(?:subject to|under|pursuant to|in accordance with|as set out in|as provided in|"
                               r"referred to in|described in|specified in|set forth in|see|"
                               # ("... subject only to the reservation in" / "Article 10.1.")
                               # ("... only to the extent consistent with this" / "Article 12.4.")
                               r"in|of|to|by|with|this|that|such|said)\s*$", re.IGNORECASE)
_REFERENCE_TAIL = re.compile(
    r"(?:\b(?:Sections?|Articles?|Clauses?|Exhibits?|Schedules?|Annex(?:es)?|Appendix|Appendices|Paragraphs?|"
    r"subsections?|No\.)|[(&§])\s*$",
    re.IGNORECASE,
)
_ITEM_TAIL = re.compile(r"[;,]\s*(?:and|or|and/or)\s*$|;\s*$", re.IGNORECASE)
_CONNECTIVE_TAIL = re.compile(r"\b(?:of|to|in|under|see|per|pursuant|with|by|than|within|at|from|on)\s*$",
                              re.IGNORECASE)
_TOC_LINE = re.compile(r"(\.{4,}|(?:\. ){4,}|…{2,}|[・･]{4,}|‥{2,}|\s{3,}|\t)\s*[0-9ivx]{1,4}\s*$")
_HEADING_WORDS = re.compile(r"definitions?|interpretation|定義", re.IGNORECASE)
# "11. Interpretation and law", "Interpretation and Disputes": how the agreement is read and which law governs it, an
# article of its own rather than a list of defined terms
_LAW_HEADING = re.compile(r"^(?!.*(?:definition|定義)).*\binterpretation\b.*"
                          r"\b(?:law|disputes?|arbitration|jurisdiction)\b", re.IGNORECASE)
# 「第六条天災その他…」: an article whose text follows its number without a space or one of the usual openers
_GLUED_ARTICLE = re.compile(r"^第[^条條粂朱\s]{1,6}[条條粂朱](?:の[一二三四五六七八九十0-9０-９]+)?"
                            r"(?!甲|乙|丙|丁|本|この|当該|各当事者|両当事者|委託者|受託者|提供者|受領者)"
                            r"[\u4e00-\u9fff\u30a1-\u30fa]")
_CROSS_REF_AFTER_HEADING = re.compile(r"^[\u3041-\u3096]")
# "2 Term 2.1 This Agreement commences ...": a clause number and heading set in a left gutter share a baseline with
# the first sub-clause of the body column, and the text layer reads them as one line
_GUTTER_HEADING = re.compile(r"^[ \t]*(\d{1,2})\.?[ \t]+[A-Z][^.;:\d]{0,60}?[ \t]+(?=\1\.1[ \t]+[A-Z(\"“])")
# a gutter heading wrapped after a word that needs more ("4 Berths and" / "Participant" / "Personnel") or cut at one
_DANGLING_HEADING = re.compile(r"(?:\b(?:and|or|of|for|to|the|on|in)|[,&])$|^[A-Z][a-z]+$")


@dataclass
class _Line:
    index: int
    start: int
    end: int
    text: str
    page: int
    box: Box | None
    lang: str
    markers: list[Marker] = field(default_factory=list)


@dataclass
class _Node:
    line: int
    start: int
    kind: str
    level: int
    number: str
    heading: str
    style: tuple | None = None
    value: tuple[int, ...] = ()
    parent: int | None = None
    parent_node: _Node | None = None
    body_start: int | None = None
    end: int = -1
    version: int = 0


@dataclass(frozen=True)
class Segmentation:
    """The segmenter's output: clauses in document order and the language versions found."""

    clauses: tuple[Clause, ...]
    versions: tuple[Version, ...] = ()


def _follows(style: str, prev: tuple[int, ...], value: tuple[int, ...], gap: int = 1) -> bool:
    """Whether ``value`` can come right after ``prev`` in one list (``gap`` allows skipped numbers)."""
    if style == "J_ARTICLE":
        (n0, s0), (n1, s1) = prev, value
        return (n1 == n0 and (s1 == s0 + 1 or (s0 == 0 and s1 == 2))) or (0 < n1 - n0 <= gap and s1 == 0)
    if len(value) != len(prev):
        return False
    if len(value) == 1:
        return 0 < value[0] - prev[0] <= gap
    if value[:-1] == prev[:-1]:
        return 0 < value[-1] - prev[-1] <= gap
    # a new group of dotted numbers: 2.3 -> 3.1 (or 3.0)
    return value[:-2] == prev[:-2] and 0 < value[-2] - prev[-2] <= gap and value[-1] in (0, 1)


class ClauseSegmenter:
    """Split a document into preamble, articles, paragraphs, items, definitions, signature and annexes.

    ``__call__(document)`` returns a :class:`Segmentation`. The segmenter holds no state between documents.
    """

    def __call__(self, document: Document) -> Segmentation:
        lines = self._lines(document)
        if not lines:
            return Segmentation(())
        versions = _split_versions(lines)
        nodes: list[_Node] = []
        spans: list[tuple[int, int]] = []
        for version_index, (_lang, members) in enumerate(versions):
            for instrument in _split_appended(members):
                version_nodes = self._segment(instrument, version_index, document.format in ("txt", "md", "docx"),
                                              document.text, document.format)
                _close(version_nodes, instrument)
                nodes.extend(version_nodes)
            spans.append((members[0].start, members[-1].end))
        nodes.sort(key=lambda n: (n.start, n.level))
        clauses = _to_clauses(nodes, lines, document.text)
        clauses = _link_parallel(clauses, nodes) if len(versions) > 1 else clauses
        version_list = (
            tuple(Version(lang, a, b) for (lang, _), (a, b) in zip(versions, spans, strict=True))
            if len(versions) > 1 else ()
        )
        return Segmentation(tuple(clauses), version_list)

    # -- lines -----------------------------------------------------------------------------------------------------
    @staticmethod
    def _lines(document: Document) -> list[_Line]:
        text = document.text
        source: Sequence[Line] = document.lines
        if not source:
            source, pos = [], 0
            for part in text.split("\n"):
                source.append(Line(pos, pos + len(part)))
                pos += len(part) + 1
        out = []
        use_indent = document.format in ("txt", "md")
        margin = _margin_numbers(text, source)
        codes = _line_codes(text, source)
        if use_indent:
            codes = {**_quote_marks(text, source), **codes}
        for k, line in enumerate(source):
            raw = text[line.start:line.end]
            if not raw.strip():
                continue
            cut = margin.get(k, 0) or codes.get(k, 0)
            raw = raw[cut:]
            if not raw.strip():
                continue  # a blank row's margin number
            start = line.start + cut
            gutter = _GUTTER_HEADING.match(raw)
            if gutter and len(raw) > 200 and raw.lstrip()[len(gutter.group(1)):][:1] == ".":
                gutter = None  # "6. Hours 6.1 ..." in a text that runs a whole article on one line is no PDF gutter
            pieces = [(start, raw[:gutter.end()].rstrip()), (start + gutter.end(), raw[gutter.end():])] if gutter \
                else [(start, raw)]
            for begin, piece in pieces:
                item = _Line(len(out), begin, begin + len(piece), piece, line.page, line.box,
                             detect_block_language(piece))
                item.markers = detect_markers(piece, use_indent)
                out.append(item)
        _join_wrapped_headings(out)
        return out

    # -- one language version --------------------------------------------------------------------------------------
    def _segment(self, lines: list[_Line], version: int, plain_text: bool, text: str = "",
                 fmt: str = "") -> list[_Node]:
        for i, line in enumerate(lines):
            prev = lines[i - 1].text if i else ""
            line.markers = [m for m in line.markers if not _is_reference(m, prev, line.text)]
        _clear_table_of_contents(lines)
        _clear_heading_only_contents(lines)
        _clear_quoted(lines)
        _clear_comparison_table(lines)
        _clear_numbered_table_rows(lines)
        _clear_chinese_translations(lines)
        _clear_amended_wording(lines)
        _lettered_articles(lines)
        _circled_article_headings(lines)
        _bracketed_title_articles(lines)
        _front_particulars(lines)
        _front_form(lines)
        _headings_over_numbered_groups(lines)
        top_key, chain = _choose_top(lines, markdown=plain_text)
        if top_key is not None and (_a_list_in_prose(lines, top_key, chain) or _only_the_recitals(lines, chain)):
            top_key, chain = None, set()
        chain = _before_the_annexes(chain, lines)
        prose_body = bool(text) and _numbered_only_in_an_annex(lines, chain)
        if prose_body:
            top_key, chain = None, set()
        last_top = max(chain) if chain else -1
        nodes: list[_Node] = []
        stack: list[tuple[tuple, tuple[int, ...], int, float]] = []  # (key, value, node index, rank)
        in_preamble, in_signature, in_annex, front_annex, front_index = True, False, False, False, 0
        front_next = 1
        first_top_line = min(chain) if chain else None
        for position, line in enumerate(lines):
            if front_annex and position not in chain:
                # (the articles' own "21 General" after the front sheet are no items of it)
                item = _FRONT_ITEM.match(line.text.strip())
                if item:
                    # "Item 8 - Publication Review Period": each item of the front sheet is a clause of its own
                    nodes.append(_Node(position, line.start, "paragraph", 2, item.group(1) or item.group(3),
                                       item.group(2) or item.group(4) or "", style=("ITEM",), parent=front_index,
                                       version=version))
                    continue
                row = _FRONT_ROW.match(line.text.strip())
                if row and int(unicodedata.normalize("NFKC", row.group(1))) == front_next:
                    # (only the next row in turn: a value wrapped onto a line of its own, 「3年間」, is no row)
                    front_next += 1
                    nodes.append(_Node(position, line.start, "paragraph", 2, row.group(1), (row.group(2) or "").strip(),
                                       style=("ITEM",), parent=front_index, version=version))
                    continue
            markers = line.markers
            if not markers:
                continue
            m = markers[0]
            style = m.style
            if style in ("J_SIGNATURE", "EN_SIGNATURE"):
                # a signature block or annex can only follow the last article of the main run
                if not in_preamble and not in_signature and position > last_top:
                    nodes.append(_Node(position, line.start, "signature", 1, "", "", version=version))
                    in_signature, in_annex, stack = True, False, []
                continue
            if style in ("EN_ANNEX", "J_ANNEX"):
                # a running "EXHIBIT A" on every page of the exhibit, or its part "Exhibit A-1", opens nothing new
                current = next((n for n in reversed(nodes) if n.kind == "annex"), None) if in_annex else None
                repeated = current is not None and (
                    (current.number.lower() == m.number.lower() and not _second_copy(lines, current.line, position))
                    or m.number.lower().startswith(current.number.lower() + "-"))
                front = (in_preamble and first_top_line is not None and position < first_top_line
                         and _FRONT_SCHEDULE.match(m.number) is not None)
                if front:
                    # "PARTICULARS" / "REFERENCE SCHEDULE" before the clauses that refer to its Items
                    nodes.append(_Node(position, line.start, "annex", 1, m.number, "", version=version))
                    in_annex, front_annex, front_index = True, True, len(nodes) - 1
                    stack = [(("ANNEX",), m.value, len(nodes) - 1, 0.9)]
                elif not in_preamble and position > last_top and _annex_heading_line(m) \
                        and not _in_annex_list(lines, position) and not repeated \
                        and not _wrapped_reference(lines, position):
                    heading = _annex_heading(m, lines, position)
                    nodes.append(_Node(position, line.start, "annex", 1, m.number, heading, version=version))
                    in_annex, in_signature = True, False
                    stack = [(("ANNEX",), m.value, len(nodes) - 1, 0.9)]
                continue
            if style in ("WHEREAS", "RECITALS", "J_PREAMBLE"):
                if in_preamble and style == "WHEREAS":
                    nodes.append(_Node(position, line.start, "paragraph", 2, "", "", style=("WHEREAS",),
                                       version=version))
                continue
            if in_signature:
                continue
            if style in ("J_PART", "EN_PART") and not in_annex and (first_top_line is None or position <= max(chain)):
                heading, _ = (japanese_heading if style.startswith("J") else english_heading)(m.rest)
                nodes.append(_Node(position, line.start, "part", 0, m.number, heading or m.rest[:60].strip(),
                                   style=m.key, value=m.value, version=version))
                in_preamble = False
                stack = []
                # "PART A – KEY TERMS", a table of Items before the standard terms it varies: each Item is a clause
                front_annex = (first_top_line is not None and position < first_top_line
                               and _FRONT_PART.match(heading or m.rest.strip(" -–—:")) is not None)
                front_index = len(nodes) - 1 if front_annex else front_index
                continue
            if (not in_annex or front_annex) and position in chain:
                in_annex = front_annex = False
                node = self._new_top(lines, position, m, version, nodes)
                nodes.append(node)
                in_preamble = False
                stack = [(m.key, m.value, len(nodes) - 1, m.rank)]
                continue
            if in_preamble or not stack:
                continue
            if not in_annex and top_key is not None and any(r.key == top_key for r in _readings(m)) \
                    and not (len(m.value) == len(stack[0][1]) + 1 and m.value[:-1] == stack[0][1]):
                # a top-style number outside the chosen run: a reference or a list in running text ("§ 1.1" under
                # "§ 1", in the same style, is the article's paragraph)
                continue
            accepted = _place(stack, m)
            if accepted is None:
                accepted = _second_paragraph_of_translation(stack, m, lines, position, nodes)
            if accepted is None:
                accepted = _replacement_paragraph(stack, m, lines, position)
            if accepted is None:
                continue
            key, value, depth = accepted
            parent_node = nodes[stack[depth - 1][2]]
            level = parent_node.level + 1
            kind = "paragraph" if key[0] in ("JNUM", "DOT2", "DOT3", "EN_SECTION", "EN_CLAUSE", "DOT1",
                                         "EN_SUBCLAUSE", "J_CIRCLE") and \
                level == 2 else "item"
            if parent_node.kind == "annex":
                kind = "paragraph" if level == 2 else "item"
            heading = ""
            if m.deco.startswith("md") or m.deco == "bold":
                heading = _any_heading(m)[0]
            elif key[0].startswith(("DOT", "EN_")):
                heading = english_heading(m.rest)[0]
            elif key[0] == "J_ARTICLE":
                # 「第五条（報告）」 of implementing rules attached as an annex
                heading = japanese_heading(m.rest)[0]
            nodes.append(_Node(position, line.start, kind, level, m.number, heading, style=key, value=value,
                               parent=stack[depth - 1][2], version=version))
            del stack[depth:]
            stack.append((key, value, len(nodes) - 1, m.rank))
            if key[0] in ("JNUM", "DOT1", "J_CIRCLE") and value == (2,) \
                    and parent_node.kind in ("article", "definitions") \
                    and not any(n.parent == stack[depth - 1][2] and n.style and n.style[0] == key[0]
                                for n in nodes[stack[depth - 1][2] + 1:-1]):  # children follow their parent
                _insert_implicit_first_paragraph(nodes, parent_node, stack[depth - 1][2], lines)
                stack[-1] = (key, value, len(nodes) - 1, m.rank)
        if text and (prose_body or not any(n.style != ("WHEREAS",) for n in nodes)):
            nodes = _prose_nodes(lines, text, fmt, version) or nodes
        nodes = _bullet_paragraphs(nodes, lines, version)
        preamble_end = next((n.line for n in nodes if n.kind not in ("paragraph",) or n.style != ("WHEREAS",)), None)
        first_line = lines[0]
        if preamble_end is None or preamble_end > 0:
            pre = _Node(0, first_line.start, "preamble", 1, "", "", version=version)
            # recitals found before the first article belong to the preamble
            nodes.insert(0, pre)
            for node in nodes[1:]:
                if node.style == ("WHEREAS",):
                    node.parent = 0
        else:
            nodes = [n for n in nodes if n.style != ("WHEREAS",)]
        nodes = _drop_cover_labels(nodes)
        _reindex_parents(nodes)
        # versions are merged and re-sorted later: keep the parent itself, not its index in this version's list
        for node in nodes:
            node.parent_node = nodes[node.parent] if node.parent is not None else None
        return nodes

    def _new_top(self, lines: list[_Line], position: int, m: Marker, version: int, nodes: list[_Node]) -> _Node:
        line = lines[position]
        start = line.start
        heading, _whole = _any_heading(m)
        if not heading and position > 0:
            above = lines[position - 1]
            candidate = standalone_heading(above.text)
            if candidate and not above.markers:
                heading, start = candidate, above.start
        heading_line = position
        if not heading and not m.rest and position + 1 < len(lines) and not lines[position + 1].markers:
            candidate = next_line_heading(lines[position + 1].text)
            if candidate:
                heading, heading_line = candidate, position + 1
        if (heading and _whole and heading_line + 1 < len(lines)) or (heading and heading_line > position):
            heading = _continue_heading(heading, lines, heading_line)
        defines = bool(heading and _HEADING_WORDS.search(heading) and not _LAW_HEADING.search(heading))
        kind = "definitions" if defines else "article"
        number = m.number if m.style != "MD" else ""
        return _Node(position, start, kind, 1, number, heading, style=m.key, value=m.value, version=version)


def _a_list_in_prose(lines: list[_Line], top_key: tuple, chain: set[int]) -> bool:
    """A letter of intent in headed prose whose only numbers are one list: "... in the following fields:" over
    "(a) reception of ...", "(b) calibration ...". The list is a paragraph's items, not the letter's articles."""
    if "PAREN" not in top_key[0] or not chain or len(chain) > 12:
        return False
    run = sorted(chain)
    if run[0] == 0 or not lines[run[0] - 1].text.rstrip().endswith((":", "：")):
        return False
    if run[-1] - run[0] > 4 * len(run):  # one block of items, each at most a few wrapped lines long
        return False
    outside = sum(1 for k in range(run[-1] + 1, len(lines)) if not lines[k].markers)
    return outside >= 2 * len(run)


def _numbered_only_in_an_annex(lines: list[_Line], chain: set[int]) -> bool:
    """A letter in headed prose ("PUBLICATION. Each Participant is free to ...") signed before its attachment, whose
    work plan numbers its items "1.", "2.": the attachment's list, not the letter's articles."""
    if not chain:
        return False
    first = min(chain)
    annex = next((k for k in range(first - 1, -1, -1)
                  if lines[k].markers and lines[k].markers[0].style in ("EN_ANNEX", "J_ANNEX")), None)
    if annex is None or not any(signs_off(line.text) for line in lines[:annex]):
        return False
    numbered_before = sum(1 for line in lines[:annex] if line.markers and line.markers[0].style != "EN_ANNEX")
    before = sum(len(line.text.strip()) for line in lines[:annex])
    # (a covering letter that encloses the agreement itself, its articles longer than the letter, keeps them)
    after = sum(len(line.text.strip()) for line in lines[annex:])
    return numbered_before <= 2 and before >= 800 and after < before


def _before_the_annexes(chain: set[int], lines: list[_Line]) -> set[int]:
    """The run of articles ends where a signature block and then an annex intervene and what follows holds no text of
    its own: 「第12条の2（…）」 over 「（新設）本覚書第6条のとおり。」 in a 新旧対照表 after the signatures and the 別紙
    is a row of that table, not an article after 第12条 (a 特約条項 page's 第24条 with its text continues the run)."""
    positions = sorted(chain)

    def text_until_next_marker(position: int) -> int:
        size = len(lines[position].text.strip())
        style = lines[position].markers[0].style if lines[position].markers else ""
        for line in lines[position + 1:]:
            # (an article's own numbered paragraphs are its text: 「第２２条（知的財産権の帰属に関する特例）」 over
            # 「１　第９条第１項…の規定にかかわらず、…」 on a 特約条項 page that goes on from 第２０条)
            if line.markers and (line.markers[0].style != "JNUM" or style == "JNUM"):
                break
            size += len(line.text.strip())
        return size

    def in_a_table(position: int) -> bool:
        # "18 ECTS" over "Advanced Elective Courses, up to 9 cr" / "(own) 18 ECTS" / "Project Work": the cells of a
        # table row, one short line each, not an article's sentences
        following = []
        for line in lines[position:position + 9]:
            if line is not lines[position] and line.markers:
                break
            if len(following) >= 4 and len(line.text.strip()) > 80:
                break  # a note under the table after its last row ("Recommended storage conditions: seeds ...")
            following.append(len(line.text.strip()))
        return len(following) >= 4 and sum(following) / len(following) < 30

    for a, b in itertools.pairwise(positions):
        signed = annexed = False
        top_style = lines[b].markers[0].style if lines[b].markers else ""
        for line in lines[a + 1:b]:
            style = line.markers[0].style if line.markers else ""
            if style in ("EN_SIGNATURE", "J_SIGNATURE"):
                signed = True
            elif style in ("EN_ANNEX", "J_ANNEX") and not annexed:
                annexed = True
                if signed:
                    rest = [p for p in positions if p > a]
                    if all(text_until_next_marker(p) < 80 or in_a_table(p) for p in rest):
                        return {p for p in positions if p <= a}
            elif annexed and style == top_style and is_first_value(style, line.markers[0].value) \
                    and sum(1 for p in positions if p <= a) >= 3:
                # an appendix's own rules numbered "1." to "15." after the agreement's "14.": its "15." is no article
                return {p for p in positions if p <= a}
    return chain


def _continue_heading(heading: str, lines: list[_Line], heading_line: int) -> str:
    """A long capitalised heading that wraps onto the next line ("... UPON TERMINATION OR" / "EXPIRATION")."""
    from analyzer.segment.headings import clean_heading, is_caps

    line = lines[heading_line].text.rstrip()
    if _DANGLING_HEADING.search(heading):
        # "4 Berths and" / "Participant" / "Personnel" over "4.1 ...": a gutter column wraps a heading, and its words
        # run up to the first numbered sub-clause (not "Confidentiality" / "Each party shall" / "keep ...")
        words = []
        for following in lines[heading_line + 1:heading_line + 4]:
            text = following.text.strip()
            if following.markers:
                return clean_heading(" ".join([heading, *words])) if words else heading
            if not text or len(text) > 30 or not text[:1].isalpha() or text.endswith((".", ";", ":")):
                break
            words.append(text)
        return heading
    if heading_line + 1 >= len(lines) or len(line) < 45 or line.endswith((".", ":")) or not is_caps(heading):
        return heading
    following = lines[heading_line + 1]
    text = following.text.strip().strip("*_").strip()
    if following.markers or not text or len(text) > 60 or not is_caps(text):
        return heading
    return clean_heading(f"{heading} {text}")


def _any_heading(m: Marker) -> tuple[str, bool]:
    if m.deco.startswith("md") or m.deco == "bold":
        rest = m.rest.strip().strip("*_").strip()
        heading, whole = (japanese_heading if _is_japanese(rest) else english_heading)(rest)
        if heading:
            return heading, whole
        return re.sub(r"\s+", " ", rest).rstrip(".:"), True
    if m.style.startswith("J") or m.style in ("KANJI_ITEM", "PAREN_NUM") or _is_japanese(m.rest):
        return japanese_heading(m.rest)
    return english_heading(m.rest)


def _is_japanese(text: str) -> bool:
    return detect_block_language(text) == "ja"


def _readings(m: Marker) -> list[Marker]:
    out = [m]
    for style, value in m.alternatives:
        out.append(Marker(style, value, m.number, m.rest_start, m.rest, m.deco, m.indent))
    return out


def _place(stack: list[tuple[tuple, tuple[int, ...], int, float]],
           m: Marker) -> tuple[tuple, tuple[int, ...], int] | None:
    """Where a non-top marker goes: (key, value, depth in the stack) or None if it opens no clause."""
    readings = _readings(m)
    # continue an open list
    for reading in readings:
        for depth in range(len(stack) - 1, 0, -1):
            key, value, _, _ = stack[depth]
            if key == reading.key:
                if _follows(reading.style, value, reading.value, gap=1):
                    return reading.key, reading.value, depth
                if is_first_value(reading.style, reading.value) and reading.is_weak:
                    return reading.key, reading.value, depth
                break
    # open a new list below the current one
    for reading in readings:
        if not is_first_value(reading.style, reading.value):
            continue
        if any(key == reading.key for key, _, _, _ in stack[1:]):
            continue
        depth = len(stack)
        if not reading.is_weak:
            while depth > 1 and stack[depth - 1][3] >= reading.rank:
                depth -= 1
        parent_key, parent_value = stack[depth - 1][0], stack[depth - 1][1]
        # 3.1 belongs under 3 / Article 3 / Section 3; "5.2" inside Article 3 is a wrapped reference
        if (reading.style.startswith("DOT") and reading.style not in ("DOT1", "DOT1Z") and len(reading.value) >= 2
                and parent_key[0] in ("DOT1", "DOT1Z", "EN_ARTICLE", "EN_SECTION", "J_ARTICLE", "DOT2", "DOT3")
                and parent_value[0] != reading.value[0] and parent_key[0] != "J_ARTICLE"
                and not (parent_key[0].startswith("DOT") and len(parent_value) == len(reading.value) - 1
                         and parent_value == reading.value[:-1])):
            continue
        return reading.key, reading.value, depth
    return None


_HEADING_ALONE = re.compile(r"(?![にのをはがとでへもや及並又])[^\s、。，．,.:：]{2,12}")


def _is_reference(m: Marker, prev: str, line: str) -> bool:
    """A marker that is really the continuation of a sentence broken before a cross-reference."""
    rest = m.rest
    prev = prev.rstrip()
    style = m.style
    if style in ("WHEREAS", "RECITALS", "EN_SIGNATURE", "J_SIGNATURE", "J_PREAMBLE"):
        return False
    if style == "J_ARTICLE":
        # 第5条（秘密保持）の規定 is a reference; 第5条（秘密保持） followed by a space or nothing is a heading
        paren = split_parenthesised(rest)
        if paren and _CROSS_REF_AFTER_HEADING.match(rest[paren[1]:]):
            return True
        if bool(prev) and prev.endswith(("、", "び", "は", "及び", "並びに", "又は")):
            return True
        glued = _GLUED_ARTICLE.match(line.strip())
        return bool(glued) and bool(prev) and not prev.endswith(("。", "）", ")", "】", "」")) \
            and standalone_heading(prev) is None
    if style.startswith("J") or style in ("KANJI_ITEM", "J_CIRCLE", "PAREN_NUM") or style.startswith("KANA"):
        # the length of the words, not of the spaces that centre 「記」 above a letter's numbered conditions; a
        # plan's heading alone on its line after a long title is no wrapped sentence: 「１．研究題目」 /
        # 「硫化物系固体電解質と…界面安定化に関する研究」 / 「２．研究目的」
        # (an item 「（五）　…書面により証明し得る情報」 ends in no 。 either: the paragraph after it is
        # 「３　甲及び乙は、…」, no wrapped line)
        return bool(style == "JNUM" and prev and not prev.endswith(_TERMINATORS) and not detect_markers(prev)
                    and not _KANJI_PAREN_ITEM.match(prev) and not _JA_PARAGRAPH_SUBJECT.match(rest.lstrip(" \t\u3000"))
                    and len(prev.strip()) > 30 and not _HEADING_ALONE.fullmatch(rest.strip()))
    first = rest[:1]
    if style in ("EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "EN_PART", "EN_ANNEX"):
        # an OCR'd "lntellectual Property" (l for I) is a heading, not a sentence running on in lower case
        ocr_capital = rest.lstrip()[:2] in ("lI", "ln", "lm", "lt") and rest.lstrip()[2:3].islower()
        if first and (first.islower() or first in ",;&") and not ocr_capital:
            return True
        # "... under\nArticle 6.1 or Schedule 3.": a sub-clause referred to at the start of a wrapped PDF line
        if style == "EN_ARTICLE" and re.match(r"\d{1,3}(?:\.\d{1,3})*,?\s+[a-z]", rest):
            return True
        if first == "(":
            paren = split_parenthesised(rest)
            if paren is None or (len(paren[0]) <= 3 and " " not in paren[0]):
                return True
            # "Article 11 (Publication) continues to apply ...": the sentence runs on in lower case after the heading
            if re.match(r"\s+[a-z]", rest[paren[1]:]):
                return True
        if style == "EN_ANNEX" and len(line) > 120:
            return True
    if prev and _CONNECTIVE_TAIL.search(prev) and style.startswith("DOT"):
        return True
    # "... may use it for research and teaching after the end of the Project, subject to" / "Article 8.": a sentence
    # ends on the article it refers to, alone on a wrapped PDF line (or on a sub-clause of it: "... as amended from time
    # to time under" / "Article 2.3;")
    if style in ("EN_ARTICLE", "EN_SECTION", "EN_CLAUSE") and prev and _PREPOSITION_TAIL.search(prev) \
            and re.fullmatch(r"(?:\d{1,3}(?:\.\d{1,3})*)?[\s.;,)]*", rest or "") \
            and line.rstrip().endswith((".", ";", ",")):
        return True
    if prev and _REFERENCE_TAIL.search(prev) and not prev.endswith(_TERMINATORS):
        heading_like = style in ("EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "EN_PART") and (
            not rest or english_heading(rest)[0])
        if not heading_like:
            return True
    # "(b) ... without accounting to the other Party; and" / "(c) the Institute may ...": a list item starts in
    # lower case after the previous item's "; and"
    if first and first.islower() and prev and not prev.endswith(_TERMINATORS) and len(prev) > 40 \
            and not _ITEM_TAIL.search(prev):
        return True
    return bool(_TOC_LINE.search(line)) and style not in ("EN_ANNEX",)


# an amendment restates the amended agreement's articles under its own sections: "Article 8 of the Agreement is deleted
# in its entirety and replaced with the following:" / "Article 8  Intellectual Property" is quoted text, not a heading
# (not "The Original Agreement is amended and restated in its entirety to read as follows:" over the restated
# agreement's own "1. DEFINITIONS": the lead-in names the article it replaces)
_QUOTES_THE_NEXT = re.compile(r"(?i)\b(?:article|section|clause)s?\s+\d{1,3}[A-Z]?\b[^:]{0,120}"
                              r"\b(?:replaced|substituted|amended|inserted|added|reads?|read)\b[^:]{0,60}:\s*$")


# (or the sentence that ends in the label: "This Data Licence Agreement ... is dated 3 June 2025 and is made between:")
_PARTIES_LABEL = re.compile(r"^\s*(?:Parties|PARTIES|Between|BETWEEN|The Parties|THE PARTIES)\s*:?\s*$|"
                            r"^[^\n]{0,200}\b(?:is|are) (?:made|entered into|concluded) (?:by and )?between\s*:\s*$")
_PARTIES_END = re.compile(r"^\s*(?:Background|BACKGROUND|Recitals|RECITALS|WHEREAS|Whereas|Agreed terms|"
                          r"AGREED TERMS|Preamble|PREAMBLE|It is agreed|IT IS AGREED|The Parties (?:hereby )?agree|"
                          r"NOW,? THEREFORE)\b")


def _listed_parties(lines: list[_Line]) -> set[int]:
    """The numbered entries of a parties list under its label: "Parties" / "1. Tsukuba Institute ..., Japan (TICSS);
    and" / "2. Banksia Coast University, ... (BCU)." / "Background" are the parties, not articles 1 and 2 (the first
    article is "1. DEFINITIONS" after them)."""
    label = next((pos for pos, line in enumerate(lines[:60]) if _PARTIES_LABEL.match(line.text)), None)
    if label is None:
        return set()
    entries = set()
    last = label
    for pos in range(label + 1, min(len(lines), label + 90)):
        if _PARTIES_END.match(lines[pos].text):
            return entries if 2 <= len(entries) <= 20 else set()
        if lines[pos].markers:
            if len(lines[pos].markers[0].rest.strip()) < 5:
                return set()  # a bare "1." under "Between:" is a number set apart from its text, not a party
            entries.add(pos)
            last = pos
        elif pos - last > 6:
            # a list of parties runs close under its label, each entry a few lines of name and address (a heads of
            # terms' "Parties" cell over a paragraph, then "1. Purpose and scope" pages later, is no such list)
            return set()
    return set()


def _choose_top(lines: list[_Line], markdown: bool = True) -> tuple[tuple | None, set[int]]:
    """The top-level style and the line positions of its chosen run."""
    by_key: dict[tuple, list[tuple[int, Marker]]] = {}
    attached = _attached_instrument(lines)
    listed_parties = _listed_parties(lines)
    for pos, line in enumerate(lines):
        if attached is not None and pos >= attached:
            break
        if (pos and _QUOTES_THE_NEXT.search(lines[pos - 1].text)) or pos in listed_parties:
            continue
        for m in line.markers[:1]:
            if m.style in ("WHEREAS", "RECITALS", "EN_SIGNATURE", "J_SIGNATURE", "EN_ANNEX", "J_ANNEX",
                           "J_PREAMBLE", "J_PART", "EN_PART", "J_SECTION"):
                continue
            for reading in _readings(m):
                by_key.setdefault(reading.key, []).append((pos, reading))
    best = {key: _best_chain(items, lines) for key, items in by_key.items()}
    best = _without_runs_in_attachments(best, lines)
    effective = {key: _effective_length(chain, by_key[key]) for key, (_, chain) in best.items()}
    # "T1" ... "T24" under one letter, before any signature or annex: terms and conditions, each an entry of its own
    # (the same after the signatures are an attachment's items, "B1." ... "B10.")
    # (not the title of an annex that is the whole document: "ANNEX C" over "C1.  DEFINITIONS" ... "C15.")
    body = next((pos for pos, line in enumerate(lines) if line.markers and line.markers[0].style not in _CLOSING),
                len(lines))
    closing = next((pos for pos, line in enumerate(lines)
                    if pos > body and line.markers and line.markers[0].style in _CLOSING), len(lines))
    for key, (_, chain) in best.items():
        if key[0] == "LETTER_NUM" and chain and max(chain) < closing:
            in_chain = set(chain)
            if len({m.value[0] for pos, m in by_key[key] if pos in in_chain}) == 1:
                effective[key] = len(chain)
    keyword = ("J_ARTICLE", "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE")
    strong = [k for k in best if not _readings_weak(k)]
    longest = max((effective[k] for k in strong), default=0)

    def priority(key: tuple) -> tuple:
        style, deco, indent = key
        order = {"J_ARTICLE": 0, "EN_ARTICLE": 1, "EN_SECTION": 3, "EN_CLAUSE": 3, "DOT1Z": 4,
                 "DOT1": 5, "JNUM": 5, "DOT2": 7}
        md_bonus = -10 + int(deco[2:]) if deco.startswith("md") else (-0.5 if deco == "bold" else 0)
        return (order.get(style, 8) + md_bonus, indent)

    candidates = [k for k in strong if effective[k] >= 2
                  and (effective[k] >= 0.5 * longest or (k[0] in keyword and effective[k] >= 3))]
    if candidates and all(best[k][1] and min(best[k][1]) > closing for k in candidates):
        # "I. DEFINITIONS" ... "XVI. GENERAL" above the signatures, and a project summary's "1." ... "3." after them:
        # the numbers that all stand after the closing are an attachment's, and the long Roman run is the body's
        # (and twice as long: not a consortium's contents page and twenty-five clauses after a "Schedule 1" it lists)
        rival = max(effective[k] for k in candidates)
        before = [k for k in best if k not in strong and effective[k] >= max(5, 2 * rival) and best[k][1]
                  and max(best[k][1]) < closing]
        if before:
            candidates = before
    if not candidates:
        # (not a lone "       Article VIII." a wrapped cross-reference put at a line's start, indented deeper than a
        # long run of "I. DEFINITIONS" ... "XI. GENERAL")
        candidates = [k for k in strong if effective[k] >= 1 and k[0] in keyword
                      and not (effective[k] == 1 and any(effective[w] >= 5 and w[2] < k[2] for w in best))]
    if not candidates:
        # (as for the strong styles, a run half as long as the longest is no rival: recitals "A." ... "C." beside
        # "I. DEFINITIONS" ... "XI. GENERAL")
        longest_weak = max(effective.values(), default=0)
        candidates = [k for k in best if effective[k] >= 3 and effective[k] >= 0.5 * longest_weak]
    if not candidates:
        relaxed = _chain_across_indents(by_key, strong, lines)
        if relaxed is not None:
            return relaxed
    top = min(candidates, key=priority) if candidates else None
    # 「一、目的」「二、定義」 … 「十七、協議」: a memorandum whose articles are kanji numerals over short headings,
    # with no 第N条; the style usually numbers 号, so it leads only when its run is long, headed and twice any other
    kanji = [k for k in best if k[0] == "KANJI_ITEM" and effective[k] >= 5
             and all(len(lines[p].markers[0].rest.strip()) <= 30 for p in best[k][1])]
    if kanji and not any(k[0] in keyword for k in candidates) \
            and all(effective[kanji[0]] >= 2 * effective[k] for k in candidates):
        top = kanji[0]
    if top is not None:
        # a renewal letter's "1. Renewal Period" ... "10. Nature of the Memorandum" above an annex table that compares
        # the old and new terms row by row ("Article 2 – Fields"): a longer run that ends before the keyword run begins
        # is the letter's own
        earlier = [k for k in candidates if k != top and best[k][1] and best[top][1]
                   and len(best[k][1]) > len(best[top][1]) and max(best[k][1]) < min(best[top][1])]
        if earlier:
            top = min(earlier, key=priority)
    # unnumbered Markdown headings (## 個人情報の取扱い) are the articles of many terms of service, unless a
    # numbered article style or numbered headings of the same or a higher Markdown level exist
    md = _markdown_headings(lines) if markdown else None
    if md and (top is None or (top[0] not in ("J_ARTICLE", "EN_ARTICLE", "EN_SECTION")
                               and len(md[1]) >= effective[top]
                               and (not top[1].startswith("md") or int(md[0][2:]) < int(top[1][2:])))):
        for pos in md[1]:
            shape = line_shape(lines[pos].text, False)
            lines[pos].markers = [Marker("MD", (0,), "", shape.offset, shape.probe.strip(), shape.deco, 0)]
        return ("MD", md[0], 0), set(md[1])
    plain_top = top is None or top[0] in _FIRST_PARAGRAPH_STYLES
    caps = None
    if markdown and plain_top:
        caps = _capital_headings(lines, closing)
        if not caps:
            ruled = _separated_headings(lines, closing)
            # (a purchase order ruled off into numbered terms keeps its numbers: the ruled headings must outnumber them)
            if ruled and (top is None or len(ruled) > len(best[top][1])):
                caps = ruled
    if caps:
        for pos in caps:
            text = lines[pos].text
            lines[pos].markers = [Marker("MD", (0,), "", len(text) - len(text.lstrip()), text.strip(), "md1", 0)]
        return ("MD", "md1", 0), set(caps)
    if top is None:
        return None, set()
    heads = _group_heads_in_one_style(top, by_key, best, lines)
    if heads is not None:
        return top, heads
    parts = _parts_over_sections(top, by_key, best, lines) or _articles_in_mixed_styles(top, by_key, best, lines)
    if parts is not None:
        return parts
    parent = (_dominating_style(top, by_key, best) or _numbers_above_sections(top, by_key, best)
              or _headings_above_numbers(top, by_key, best, lines))
    if parent is not None:
        top = parent
    restarted = _chain_per_part(by_key[top], lines) or _chain_per_initials(top, by_key[top], lines)
    if len(restarted) > len(best[top][1]):
        return top, restarted
    return top, set(best[top][1])


def _group_heads_in_one_style(top: tuple, by_key: dict, best: dict, lines: list[_Line]) -> set[int] | None:
    """"§ 1 Definitions" / "§ 1.1 ..." / "§ 2 Research" / "§ 2.1 ...": both levels in one style, so the run through the
    dotted numbers (1.12 -> 2.1) is the longer; the undotted numbers that head its groups are the articles."""
    chain = best[top][1]
    markers = dict(by_key[top])
    if not chain or any(len(markers[pos].value) < 2 for pos in chain):
        return None
    first_of: dict[int, int] = {}
    for pos in chain:
        first_of.setdefault(markers[pos].value[0], pos)
    heads = [(pos, m) for pos, m in by_key[top]
             if len(m.value) == 1 and pos < first_of.get(m.value[0], -1)]
    if len(first_of) < 3 or len({m.value[0] for _, m in heads}) < 0.8 * len(first_of):
        return None
    _, head_chain = _best_chain(heads, lines)
    return set(head_chain) if len(head_chain) >= 0.8 * len(first_of) else None


def _parts_over_sections(top: tuple, by_key: dict, best: dict,
                         lines: list[_Line]) -> tuple[tuple, set[int]] | None:
    """"Part 1 - Definitions" / "1.1 ...", "Part 2 - Purpose" / "2.1 ...": where every Part N heads the sections N.x
    and nothing else numbers the agreement, the Parts are its articles, not a level above them."""
    if top[0] != "DOT2":
        return None
    chain = sorted(best[top][1])
    parts = [pos for pos, line in enumerate(lines) if line.markers and line.markers[0].style == "EN_PART"]
    if len(parts) < 3 or not chain or len(parts) > len(chain):
        return None
    values = [lines[pos].markers[0].value for pos in parts]
    if values != [(n,) for n in range(1, len(parts) + 1)] or parts[0] > chain[0]:
        return None
    in_chain = set(chain)
    sections = {pos: m.value for pos, m in by_key[top] if pos in in_chain}
    bounds = [*parts, len(lines)]
    for k, (start, end) in enumerate(itertools.pairwise(bounds)):
        under = [value for pos, value in sections.items() if start < pos < end]
        if not under or any(value[0] != k + 1 for value in under):
            return None
    for pos in parts:
        m = lines[pos].markers[0]
        lines[pos].markers = [Marker("EN_ARTICLE", m.value, m.number, m.rest_start, m.rest, m.deco, m.indent)]
    return lines[parts[0]].markers[0].key, set(parts)


# the first paragraph under a heading in capitals: "1." or, lettered, "(a)" and "a)"
_FIRST_PARAGRAPH_STYLES = ("DOT1", "DOT1Z", "ALPHA_PAREN_L", "ALPHA_RPARL_L")


def _capital_headings(lines: list[_Line], closing: int) -> list[int] | None:
    """"CONFIDENTIALITY" / "1. Each Party shall ..." / "2. ...", then "INTELLECTUAL PROPERTY" / "1. ...": a plain-text
    agreement whose articles are headed only by a line in capitals, with their paragraphs numbered from 1. (or lettered
    from (a)) under each. Where every first paragraph before the signatures (``closing``) follows such a heading, the
    headings are the articles, unnumbered as printed. A heading in title case counts too: a DOCX whose Word heading
    style prints no number leaves "Project Data and Human Participants" over "(a) ..."."""
    def first_paragraph(m: Marker | None) -> bool:
        return m is not None and m.style in _FIRST_PARAGRAPH_STYLES and m.value == (1,)

    heads: list[int] = []
    restarts = 0
    operative = False
    for pos in range(1, closing):
        operative = operative or bool(_OPERATIVE_PART.search(lines[pos - 1].text))
        # (a line in capitals inside a wrapped disclaimer follows a line that does not end a sentence)
        if lines[pos].markers or not (_caps_title(lines[pos].text) or _title_line(lines[pos].text)) \
                or not lines[pos - 1].text.rstrip().endswith((".", ":", ";", ")", '"', "”")):
            continue
        nxt = _next_line_with_text(lines, pos)
        if nxt >= closing:
            continue
        m = lines[nxt].markers[0] if lines[nxt].markers else None
        if m is not None and not first_paragraph(m):
            continue
        if m is not None:
            restarts += 1
        elif restarts == 0 and not operative:
            # the title and the preamble's headings come before the first numbered paragraph; "Definitions" after
            # "the Parties agree as follows:" is the first article, though its paragraph is not numbered
            continue
        else:
            # "Definitions" / "In this Agreement ...:" / "(a) ...": the lettered run after the lead-in is its own
            after = _next_line_with_text(lines, nxt)
            if after < closing and lines[after].markers and first_paragraph(lines[after].markers[0]):
                restarts += 1
        heads.append(pos)
    # (the recitals' own "(A)" or "(a)" under "BACKGROUND" are theirs, not an article's)
    recitals = {_next_line_with_text(lines, pos) for pos in range(closing)
                if lines[pos].markers and lines[pos].markers[0].style == "RECITALS"}
    ones = sum(1 for pos, line in enumerate(lines[:closing])
               if line.markers and first_paragraph(line.markers[0]) and pos not in recitals)
    if restarts < 3 or ones != restarts or len(heads) < 4:
        return None
    return heads


_SEPARATOR_LINE = re.compile(r"^\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})\s*$")


def _separated_headings(lines: list[_Line], closing: int) -> list[int] | None:
    """"-----" / "CONFIDENTIALITY" / prose: a plain-text agreement that rules off each section and heads it with a line
    in capitals, its paragraphs unnumbered. Four such headings or more before the signatures (``closing``) are the
    articles, unnumbered as printed."""
    heads = [pos for pos in range(1, closing)
             if _SEPARATOR_LINE.match(lines[pos - 1].text) and not lines[pos].markers and _caps_title(lines[pos].text)]
    return heads if len(heads) >= 4 else None


def _title_line(text: str) -> bool:
    """"Project Data and Human Participants": a Word heading style whose number is not printed leaves a short line in
    title case (the capitals rule above still needs every first paragraph to follow one)."""
    title = text.strip()
    return 3 <= len(title) <= 80 and not title.endswith((".", ",", ";", ":")) and title[:1].isalpha() \
        and is_title_case(title)


def _caps_title(rest: str) -> bool:
    title = rest.strip()
    letters = [c for c in title if c.isalpha()]
    return 3 <= len(title) <= 60 and len(letters) >= 3 and all(c.isupper() for c in letters)


def _articles_in_mixed_styles(top: tuple, by_key: dict, best: dict,
                              lines: list[_Line]) -> tuple[tuple, set[int]] | None:
    """An old agreement patched over the years: "Article 6   CONFIDENTIALITY", then "7. PUBLICATION", "8. INTELLECTUAL
    PROPERTY", "ARTICLE 9  FUNDING" ... "14. GENERAL". Numbered titles in capitals that fill the gaps of the article
    run, in the article's place, are articles too."""
    if top[0] != "EN_ARTICLE":
        return None
    items: dict[int, Marker] = {}
    for key, found in by_key.items():
        for pos, m in found:
            if key[0] == "EN_ARTICLE":
                items[pos] = m
            elif key[0] == "DOT1" and key[2] == top[2] and pos not in items and _caps_title(m.rest):
                items[pos] = Marker("EN_ARTICLE", m.value, m.number, m.rest_start, m.rest, top[1], top[2])
    ordered = sorted(items.items())
    _, chain = _best_chain(ordered, lines)
    current = set(best[top][1])
    if len(chain) < len(current) + 2 or not current <= set(chain):
        return None
    for pos in chain:
        if lines[pos].markers[0].style != "EN_ARTICLE":
            lines[pos].markers = [items[pos]]
    return top, set(chain)


_OPERATIVE_PART = re.compile(r"^\s*(?:\*\*)?(?:agreed terms|operative (?:provisions|terms)|terms agreed|"
                             r"now,? therefore|it is (?:hereby )?agreed|the parties (?:hereby )?agree)\b|"
                             r"\bagree as follows\b", re.IGNORECASE)


def _only_the_recitals(lines: list[_Line], chain: set[int]) -> bool:
    """"Background" / "(A) ... (B) ... (C) ..." / "Agreed terms" over unnumbered headed paragraphs: the only numbered
    run is the recitals', and the agreement itself is prose."""
    start = next((pos for pos, line in enumerate(lines) if line.markers and line.markers[0].style == "RECITALS"), None)
    if start is None or not chain or min(chain) < start:
        return False
    end = next((pos for pos in range(start + 1, len(lines)) if _OPERATIVE_PART.search(lines[pos].text)), None)
    return end is not None and max(chain) < end and end < len(lines) - 3


def _without_runs_in_attachments(best: dict, lines: list[_Line]) -> dict:
    """Runs that lie wholly in an attachment after the signatures are not the agreement's articles: an MTA's
    "I. DEFINITIONS" ... "XI. GENERAL", then "ATTACHMENT 1" whose numbered table rows and research-plan items run
    longer than nothing else (the Roman headings are a list style, so they would otherwise lose to them)."""
    signed = next((pos for pos, line in enumerate(lines) if line.markers
                   and line.markers[0].style in ("EN_SIGNATURE", "J_SIGNATURE")), None)
    if signed is None:
        return best
    annex = next((pos for pos, line in enumerate(lines) if pos > signed and line.markers
                  and line.markers[0].style in ("EN_ANNEX", "J_ANNEX")), None)
    if annex is None or not any(len(chain) >= 3 and max(chain) < signed for _, chain in best.values()):
        return best
    return {key: (score, chain) for key, (score, chain) in best.items() if not chain or min(chain) < annex}


def _chain_per_part(items: list[tuple[int, Marker]], lines: list[_Line]) -> set[int]:
    """"PART I GENERAL PROVISIONS / Article 1-4, PART II RESEARCH / Article 1-6, ...": numbers that start again in
    each part are one outline; each part's run is chosen on its own (empty unless every part restarts at 1)."""
    parts = [pos for pos, line in enumerate(lines)
             if line.markers and line.markers[0].style in ("EN_PART", "J_PART")]
    if len(parts) < 2:
        return set()
    if sum(1 for pos, _ in items if pos < parts[0]) >= 2:
        # the articles run before the first part: "Part A - Project description" / "Part B" of a schedule after them
        # divide the schedule, not the agreement
        return set()
    chain: set[int] = set()
    bounds = [*parts, len(lines)]
    for start, end in itertools.pairwise(bounds):
        inside = [(pos, m) for pos, m in items if start < pos < end]
        if not inside:
            continue
        _, run = _best_chain(inside, lines)
        if not run or dict(inside)[min(run)].value[:1] != (1,):
            return set()
        chain.update(run)
    return chain


def _chain_per_initials(top: tuple, items: list[tuple[int, Marker]], lines: list[_Line]) -> set[int]:
    """"GC 1" ... "GC 21", then "SC 1" ... "SC 6": a grant's General and Special Conditions, numbered anew under their
    initials, are one outline; each run is chosen on its own (empty unless each starts at 1, one after the other)."""
    if top[0] != "LETTER_DOT":
        return set()
    groups: dict[str, list[tuple[int, Marker]]] = {}
    for pos, m in items:
        groups.setdefault(m.number.split()[0].rstrip("0123456789.-"), []).append((pos, m))
    if len(groups) < 2:
        return set()
    chain: set[int] = set()
    previous_end = -1
    for members in groups.values():
        _, run = _best_chain(members, lines)
        if len(run) < 2 or dict(members)[min(run)].value[:1] != (1,) or min(run) < previous_end:
            return set()
        chain.update(run)
        previous_end = max(run)
    return chain


def _attached_instrument(lines: list[_Line]) -> int | None:
    """Where an instrument attached after the signatures begins: 「別紙1 / 北陵科学技術大学受託研究約款 /
    第1条（趣旨）」 numbers its articles from 1 again, and its 第10条 does not continue the contract's 第9条."""
    signed, articles, annex, last, unsigned = False, 0, None, None, None
    for pos, line in enumerate(lines):
        if not line.markers:
            continue
        m = line.markers[0]
        if m.style in ("J_SIGNATURE", "EN_SIGNATURE"):
            signed = signed or articles >= 3
        elif m.style in ("J_ANNEX", "EN_ANNEX"):
            if signed and annex is None:
                annex = pos
            elif not signed and articles >= 3 and unsigned is None:
                unsigned = pos
        elif m.style in ("J_ARTICLE", "EN_ARTICLE"):
            # 「別紙 / 共同研究実施細則 / 第1条（目的）」 after a last article that holds the signing words itself (no
            # signature line is found): an annex heading and, a few lines on, the first article again
            if unsigned is not None and annex is None:
                if is_first_value(m.style, m.value) and pos - unsigned <= 8:
                    return unsigned
                unsigned = None
            # ... or that quotes articles of another agreement, numbered below where the signed text ended (a
            # 新旧対照表 of the amended contract's 第2条, 第3条 ... after an amendment's 第8条)
            if annex is not None and (is_first_value(m.style, m.value) or (last is not None and m.value <= last)):
                return annex
            if not signed:
                articles += 1
                last = m.value
    return None


def _headings_above_numbers(top: tuple, by_key: dict, best: dict, lines: list[_Line]) -> tuple | None:
    """Heading lines in another style, each right above a numbered paragraph: "I. Purpose of this Letter" / "1. This
    letter records ..." ... "III. Contributions" / "3.1 My group will ...". The headings are the articles, even in a
    style that is otherwise only a list's ("I.", "A.")."""
    if top[0] not in ("DOT1", "DOT2"):
        return None
    top_positions = {pos for pos, _ in by_key[top]}
    numbered = top_positions | {pos for key, items in by_key.items() if key[0].startswith("DOT")
                                for pos, _ in items}
    for key, (_score, chain) in best.items():
        if key == top or key[0].startswith("DOT") or len(chain) < 3:
            continue
        values = [m.value[0] for pos, m in by_key[key] if pos in chain]
        if values != list(range(1, len(values) + 1)):
            continue
        heading_like = all(len(m.rest) <= 60 and not m.rest.rstrip().endswith((".", "。", ";", ","))
                           for pos, m in by_key[key] if pos in chain)
        above = all(_next_line_with_text(lines, pos) in numbered for pos in chain)
        if heading_like and above and min(chain) < min(best[top][1], default=0):
            top_chain = set(best[top][1])
            numbered_paragraphs = [m for pos, m in by_key[top] if pos in top_chain]
            # ("A. DEFINITIONS" / "1. In this Agreement, the following terms ..." ... "B. PURPOSE" / "3. The purpose
            # of ...": numbers running on through plain sentences are paragraph numbers, and the headings the sections)
            sentences = sum(1 for m in numbered_paragraphs if len(m.rest) > 60 and not english_heading(m.rest)[0])
            if _numbered_across(sorted(chain), by_key[top], best[top][1]) \
                    and sentences < 0.7 * len(numbered_paragraphs):
                # "A. OFFERING TERMS" / "1. Issuer" ... "B. TERMS OF THE SHARES" / "8. Liquidation Preference": the
                # numbers run on under each heading, so they are the articles and the headings group them
                for pos in chain:
                    m = lines[pos].markers[0]
                    lines[pos].markers = [Marker("EN_PART", m.value, m.number, m.rest_start, m.rest, m.deco,
                                                 m.indent)]
                return None
            return key
    return None


def _numbered_across(headings: list[int], occurrences: list[tuple[int, Marker]], chain: list[int]) -> bool:
    """Whether the numbered run goes on across the headings (1-7 under A, 8-11 under B ...) with several numbers
    under most of them, rather than starting one paragraph per heading (I. / 1., II. / 2.)."""
    in_chain = sorted((pos, m.value[0]) for pos, m in occurrences if pos in set(chain))
    firsts = []
    for k, start in enumerate(headings):
        end = headings[k + 1] if k + 1 < len(headings) else None
        under = [value for pos, value in in_chain if pos > start and (end is None or pos < end)]
        if not under:
            return False
        firsts.append(under[0])
    return (firsts[0] == 1 and all(b > a for a, b in itertools.pairwise(firsts))
            and len(in_chain) >= 2 * len(headings))


def _next_line_with_text(lines: list[_Line], pos: int) -> int:
    nxt = pos + 1
    while nxt < len(lines) and not lines[nxt].text.strip():
        nxt += 1
    return nxt


def _numbers_above_sections(top: tuple, by_key: dict, best: dict) -> tuple | None:
    """Sections "1.1", "1.2", "2.1" ... under headings numbered in another style ("1) DEFINITIONS", "2) SCOPE"): the
    style whose N stands right before each group of N.x sections is the article level."""
    if top[0] != "DOT2":
        return None
    groups: dict[int, int] = {}
    for pos, m in by_key[top]:
        groups.setdefault(m.value[0], pos)
    if len(groups) < 3:
        return None
    for key, (_score, chain) in best.items():
        # (and a Russian protocol's "I. GENERAL PROVISIONS", "II. AREAS OF COOPERATION" over "1.1.", "2.1.")
        # (and a grant's "GC 1 DEFINITIONS" over "1.1", "1.2")
        if key == top or key[0] not in ("NUM_RPAREN", "PAREN_NUM", "DOT1", "DOT1Z", "ROMAN_DOTL_U", "LETTER_DOT") \
                or len(chain) < 3:
            continue
        values = {m.value[0]: pos for pos, m in by_key[key] if pos in chain and len(m.value) == 1}
        above = sum(1 for n, first in groups.items() if n in values and values[n] < first
                    and not any(values[n] < p < first for p in groups.values() if p != first))
        if above >= 0.7 * len(groups):
            return key
    return None


def _chain_across_indents(by_key: dict, strong: list[tuple], lines: list[_Line]) -> tuple[tuple, set[int]] | None:
    """A short numbered run whose entries are indented differently ("  1. ..." then "    2. ..."), as typed-over and
    OCR'd text files print them: when no run of one indentation qualifies, one style across indentations may."""
    merged: dict[tuple, list[tuple[int, Marker]]] = {}
    for key in strong:
        merged.setdefault(key[:2], []).extend(by_key[key])
    found = []
    for (style, _deco), items in merged.items():
        if style not in ("DOT1", "DOT1Z", "EN_SECTION", "EN_ARTICLE", "J_ARTICLE", "JNUM"):
            continue
        items.sort(key=lambda item: item[0])
        _score, chain = _best_chain(items, lines)
        if len(chain) >= 2:
            found.append((len(chain), -min(chain), chain, items))
    if not found:
        return None
    _length, _first, chain, items = max(found, key=lambda f: (f[0], f[1]))
    first = dict(items)[min(chain)]
    return first.key, set(chain)


# the signature block and the annexes: where an agreement's own numbered text ends
_CLOSING = ("EN_SIGNATURE", "J_SIGNATURE", "EN_ANNEX", "J_ANNEX")
_FRONT_SCHEDULE = re.compile(r"(?i)^(?:particulars|reference schedule|schedule of particulars|key terms|"
                             r"契約条件一覧表|契約条件表)$")
_FRONT_PART = re.compile(r"(?i)^(?:key terms|particulars|schedule of particulars|reference schedule|key details)\b")
# (or a table's row "19 Governing Law and Court", its number in a column of its own)
_FRONT_ITEM = re.compile(r"^(Item\s+\d{1,2})\s*(?:[-–—:.]\s*(.{1,80}))?$|"
                         r"^(\d{1,2})[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\b)([A-Z][^.;:\n]{1,60})$")
# ... and a row of a table drawn in text, numbered 1, 2, 3 in turn: "1   Host        National Institute ...",
# 「1 研究題目サケ科魚類における…」 (a PDF's table loses the gap between the label and its value)
_FRONT_ROW = re.compile(r"^([0-9０-９]{1,2})(?:[ \t]{2,}([A-Z][A-Za-z ,&'’()/\-]{1,40}?)(?=[ \t]{2,}|$)|"
                        r"[ \t\u3000]*(?=[\u3040-\u30ff\u4e00-\u9fff]))")
_CONDITIONS_TITLE = re.compile(r"(?i)^(?:general|standard) (?:conditions|terms(?: and conditions)?)\b[^.]{0,40}$")


def _first_marker_after(lines: list[_Line], title: int) -> Marker | None:
    """The first numbered line within five lines below a title ("GENERAL CONDITIONS" over "1.\tDEFINITIONS")."""
    return next((lines[k].markers[0] for k in range(title + 1, min(title + 6, len(lines))) if lines[k].markers), None)


def _front_particulars(lines: list[_Line]) -> None:
    """A vessel-time agreement's "SCHEDULE OF PARTICULARS" (items 1-22 in a table), signed, then its "GENERAL
    CONDITIONS" numbered 1-20 in the same style: the conditions are the articles, the items the front sheet's."""
    front = next((k for k, line in enumerate(lines[:80]) if _FRONT_SCHEDULE.match(line.text.strip())), None)
    if front is None:
        return
    general = next((k for k in range(front + 1, len(lines)) if _CONDITIONS_TITLE.match(lines[k].text.strip())), None)
    if general is None:
        return
    first = _first_marker_after(lines, general)
    if first is None or first.value[:1] != (1,):
        return
    text = lines[front].text
    lines[front].markers = [Marker("EN_ANNEX", (0,), text.strip(), len(text), "")]
    for k in range(front + 1, general):
        if lines[k].markers and lines[k].markers[0].style == first.style:
            lines[k].markers = []


_TERMS_TITLE = re.compile(r"(?i)^(?:(?:general|standard) )?terms and conditions(?: of (?:the |this )?\w+)?:?$")


def _front_form(lines: list[_Line]) -> None:
    """A subaward's face page of numbered boxes ("1. Subrecipient ...", "6. Federal Award Identification Number"),
    then "TERMS AND CONDITIONS" numbered 1-15 in the same style: the conditions are the articles, the boxes part of
    the front page."""
    title = next((k for k, line in enumerate(lines) if _TERMS_TITLE.match(line.text.strip())), None)
    if title is None:
        return
    first = _first_marker_after(lines, title)
    if first is None or first.value != (1,):
        return
    boxes = [k for k in range(title) if lines[k].markers and lines[k].markers[0].style == first.style]
    if len(boxes) < 3 or lines[boxes[0]].markers[0].value != (1,):
        return
    if any(lines[k].markers and lines[k].markers[0].style in _CLOSING for k in range(boxes[0], title)):
        return
    # a box holds a label and its value (a line or three), an article holds paragraphs
    if max(b - a for a, b in itertools.pairwise(boxes)) > 4:
        return
    for k in boxes:
        lines[k].markers = []


def _dominating_style(top: tuple, by_key: dict, best: dict) -> tuple | None:
    """A list style that restarts (1, 2, 3 ... 1, 2 ...) is nested: the style found at its restarts is above it.

    "A. AUTHORITY" ... "1." "2." ... "B. BILLING" ... "1." — A/B/C are the articles, not 1/2/3.
    """
    occurrences = by_key[top]
    restarts = []
    highest = 0
    previous = None
    for pos, m in occurrences:
        if is_first_value(m.style, m.value) and highest > m.value[0] and previous is not None:
            restarts.append((previous, pos))
        highest = max(highest, m.value[0])
        previous = pos
    if not restarts:
        return None
    if len(restarts) == 1 and sum(1 for pos, _ in occurrences if pos <= restarts[0][0]) >= 8:
        # "1." to "19." and then one "1." again in an annex: a list of the annex, not a second group of articles
        return None
    first_top = occurrences[0][0]
    for key, (_score, chain) in best.items():
        if key == top or len(chain) < 2 or min(chain) > first_top:
            continue
        hits = sum(1 for a, b in restarts if any(a < c < b for c in chain))
        if hits >= max(1, (len(restarts) + 1) // 2):
            return key
    return None


_TOC_PAGE = re.compile(r"^(?P<title>.*?[A-Za-z\u3040-\u9fff）)])\s*(?:\.{2,}|(?:\.\s){2,}\.?|…+|[・･]{2,}|‥+|\s)\s*"
                       r"(?P<page>\d{1,3})$")


_MARGIN_NUMBER = re.compile(r"[ \t]*(\d{1,4})(?:[ \t]+(?=\S)|[ \t]*$)")


# a contract system's export tags every line of a clause with the clause's code: "[CL-07] Clause 7 Confidentiality",
# "[CL-07] 7.1 Each Party ..."
_LINE_CODE = re.compile(r"[ \t]*\[[A-Z]{1,6}[-_ ]?\d{1,4}[A-Z]?\][ \t]+(?=\S)")


def _line_codes(text: str, source: Sequence[Line]) -> dict[int, int]:
    """Where the text of each line starts after such a code, if the codes run through the document."""
    cuts = {}
    for k, line in enumerate(source):
        m = _LINE_CODE.match(text, line.start, line.end)
        if m:
            cuts[k] = m.end() - line.start
    return cuts if len(cuts) >= 10 else {}


_QUOTE_MARK = re.compile(r"[ \t]*(?:>[ \t]?)+")  # at least one ">"
_QUOTED_ARTICLE = re.compile(r"第[\d０-９一二三四五六七八九十百]+条|"
                             r"(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+[\dIVX]+")


def _quote_marks(text: str, source: Sequence[Line]) -> dict[int, int]:
    """An e-mail's "> " quotation marks before lines pasted from the other side's mail, as {line: characters to
    skip}: where a quoted line opens an article ("> 第6条（研究データの取扱い）"), the quoted articles are the
    agreement's own. A thread quoted below without an article heading keeps its marks."""
    cuts = {}
    for k, line in enumerate(source):
        m = _QUOTE_MARK.match(text, line.start, line.end)
        if m:
            cuts[k] = m.end() - line.start
    heads = [k for k, cut in cuts.items() if _QUOTED_ARTICLE.match(text, source[k].start + cut, source[k].end)]
    return cuts if heads else {}


def _margin_numbers(text: str, source: Sequence[Line]) -> dict[int, int]:
    """Line numbers printed in the margin of a draft (every fifth line, or every line: "5 THIS AGREEMENT ...",
    "15 1. DEFINITIONS", "110" on a blank row), as {source line index: characters to skip}. Numbers are the
    margin's when, on a page, they grow by five at most five lines apart three times or more (extraction drops the
    blank rows they count), or by one on nearly every line of the page (a list "1 Scope / 2 Term" is a few lines,
    not a page)."""
    pages: dict[int | None, list[int]] = {}
    for k, line in enumerate(source):
        if text[line.start:line.end].strip():
            pages.setdefault(line.page, []).append(k)
    out: dict[int, int] = {}
    for indices in pages.values():
        found = []
        for position, k in enumerate(indices):
            m = _MARGIN_NUMBER.match(text, source[k].start, source[k].end)
            if m:
                found.append((position, int(m.group(1)), k, m.end() - source[k].start))
        for step, reach in ((5, 5), (1, 1)):
            runs: list[list[tuple[int, int, int, int]]] = []
            for item in found:
                if item[1] % step:
                    continue
                run = next((r for r in runs if item[1] - r[-1][1] == step and 0 < item[0] - r[-1][0] <= reach), None)
                if run is None:
                    runs.append([item])
                else:
                    run.append(item)
            for run in runs:
                if (len(run) >= 3 if step == 5 else len(run) >= 10 and len(run) >= 0.8 * len(indices)):
                    out.update({k: cut for _, _, k, cut in run})
    return out


def _join_wrapped_headings(lines: list[_Line]) -> None:
    """A heading whose parenthesis closes on the next line ("Article 13 (Language, Amendment and Entire" /
    "Agreement)", as a narrow column wraps it) is read whole."""
    for line, nxt in itertools.pairwise(lines):
        if not line.markers or line.markers[0].style not in ("EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "J_ARTICLE"):
            continue
        m = line.markers[0]
        opened = m.rest.count("(") + m.rest.count("（") - m.rest.count(")") - m.rest.count("）")
        follow = nxt.text.strip()
        if opened == 1 and len(follow) <= 60 and follow.endswith((")", "）")) and not nxt.markers:
            line.markers = [replace(m, rest=f"{m.rest} {follow}"), *line.markers[1:]]


_QUOTE_PAIRS = (("「", "」"), ("“", "”"))
_QUOTE_REACH = 120  # lines: an opening mark not closed within them is a stray (OCR, a typo), not a quotation
_QUOTED_STRUCTURE = frozenset({"J_ARTICLE", "J_SECTION", "J_PART", "J_SPECIAL", "J_ANNEX", "J_SIGNATURE", "J_PREAMBLE",
                               "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "EN_PART", "EN_ANNEX", "EN_SIGNATURE",
                               "WHEREAS", "RECITALS"})


# a term defined within its line (「以下「甲」という。」) quotes nothing across lines; nor does one whose closing
# mark a scan misread (「以下「】という。」) or a line break put on the next line: only the marks left over can open a
# quotation
_SHORT_QUOTES = {opening: re.compile(f"{opening}[^{opening}{closing}\n]{{0,40}}{closing}|以下{opening}")
                 for opening, closing in _QUOTE_PAIRS}


def _clear_quoted(lines: list[_Line]) -> None:
    """Drop the article, annex and signature markers of lines inside a quotation that spans lines: an amendment's
    replacement text (「第六条の二　甲及び乙は、…」) belongs to the amending article, and its articles are not the
    amendment's own. Its paragraphs and items stay, so that each is judged on its own words."""
    for opening, closing in _QUOTE_PAIRS:
        short = _SHORT_QUOTES[opening]
        left = [short.sub("", line.text) if opening in line.text else line.text for line in lines]
        balances = [text.count(opening) - text.count(closing) for text in left]
        pos = 0
        while pos < len(lines):
            depth = balances[pos]
            if depth <= 0:
                pos += 1
                continue
            end = pos + 1
            while end < len(lines) and end - pos <= _QUOTE_REACH:
                depth += balances[end]
                if depth <= 0:
                    break
                end += 1
            if end >= len(lines) or depth > 0:
                pos += 1
                continue
            # the closing line is inside too: 「…しない。」 ends the quoted article, not the amending one
            for k in range(pos + 1, end + 1):
                lines[k].markers = [m for m in lines[k].markers if m.style not in _QUOTED_STRUCTURE]
            pos = end + 1


_COMPARISON_BEFORE = re.compile(r"^[ \t　]*(?:変更前|改正前|現行|旧)[ \t　]*$")
_COMPARISON_AFTER = re.compile(r"^[ \t　]*(?:変更後|改正後|改正案|新)[ \t　]*$")


_LETTERED_ARTICLE = re.compile(r"^(?:ARTICLE|Article)\s*[–—-]?\s*([A-Z])$")


def _lettered_articles(lines: list[_Line]) -> None:
    """"Article A" ... "Article P": articles lettered in order, where "Article C", "Article D" and "Article I" would
    otherwise read as Roman 100, 500 and 1 and break the run."""
    lettered = [(line, m, found.group(1)) for line in lines for m in line.markers[:1] if m.style == "EN_ARTICLE"
                for found in [_LETTERED_ARTICLE.match(m.number)] if found]
    letters = {letter for _, _, letter in lettered}
    if len(lettered) < 3 or not {"A", "B"} <= letters:
        return
    for line, m, letter in lettered:
        line.markers[0] = replace(m, value=(letter_to_int(letter) or 0,))


def _circled_article_headings(lines: list[_Line]) -> None:
    """「①目的」「②定義」…「⑳協議及び正本」: a 協定書 whose articles are circled numbers joined to short headings, each
    on a line of its own, with (1), (2) for paragraphs; where no 第N条 is printed, they are the articles."""
    if any(m.style == "J_ARTICLE" for line in lines for m in line.markers[:1]):
        return

    def heading_only(line: _Line) -> bool:
        m = line.markers[0]
        rest = m.rest.strip()
        return m.number == line.text.strip()[:1] and 1 <= len(rest) <= 25 and not re.search(r"[。、\s]", rest)

    headed = [(k, line.markers[0]) for k, line in enumerate(lines) if line.markers
              and line.markers[0].style == "J_CIRCLE" and heading_only(line)]
    values = [m.value[0] for _, m in headed]
    if len(headed) < 5 or values[0] != 1 or values != sorted(values):
        return
    for k, m in headed:
        lines[k].markers[0] = replace(m, style="J_ARTICLE", value=(m.value[0], 0))


_BRACKETED_TITLE = re.compile(r"^[ \t\u3000]*【([^】\s。、]{2,20})】[ \t\u3000]*$")


def _bracketed_title_articles(lines: list[_Line]) -> None:
    """「【目的】」「【協力の内容】」…「【正文】」: a memorandum whose articles carry only a bracketed title, each on
    a line of its own, and no number at all; where no 第N条 is printed, they are the articles, counted in order (up to
    the signature, after which such lines belong to the annexes)."""
    if any(m.style == "J_ARTICLE" for line in lines for m in line.markers[:1]):
        return
    headed = []
    for k, line in enumerate(lines):
        if line.markers and line.markers[0].style in _CLOSING:
            break
        if _BRACKETED_TITLE.match(line.text):
            headed.append(k)
    if len(headed) < 5:
        return
    for n, k in enumerate(headed, 1):
        text = lines[k].text
        lines[k].markers = [Marker("J_ARTICLE", (n, 0), "", text.index("【"), text.strip())]


def _wrapped_reference(lines: list[_Line], position: int) -> bool:
    """"... as set out in" / "     Schedule A." / "14.4 ...": a reference wrapped onto a line of its own, after a line
    that breaks off mid-sentence, names the annex; it does not open it."""
    if not position:
        return False
    before = lines[position - 1].text.rstrip()
    words = before.split()
    return bool(words) and words[-1].isalpha() and words[-1].islower() \
        and lines[position].text.strip().endswith((".", ",", ";"))


_TITLE_LINE = re.compile(r"^[A-Z][A-Za-z'’&,\-]*(?: (?:[A-Za-z'’&,\-]+|of|and|the|to|for|on|in)){0,7}$")


def _headings_over_numbered_groups(lines: list[_Line]) -> None:
    """"Definitions" / "1.1 ...", "License Grant" / "2.1 ..." ... "General" / "14.1 ...": a licence whose sections are
    headed by a title line of their own with no number, and only their sub-clauses numbered; where nothing else
    numbers the sections, each title is the section its sub-clauses' first number names."""
    firsts: dict[int, int] = {}
    for k, line in enumerate(lines):
        if not line.markers:
            continue
        m = line.markers[0]
        if m.style in ("DOT1", "DOT1Z", "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "J_ARTICLE"):
            return
        if m.style in _CLOSING:
            break
        if m.style == "DOT2" and len(m.value) == 2 and m.value[1] == 1 and m.value[0] not in firsts:
            firsts[m.value[0]] = k
    groups = sorted(firsts)
    if len(groups) < 3 or groups != list(range(1, len(groups) + 1)):
        return
    titles = {}
    for group, k in firsts.items():
        above = k - 1
        while above >= 0 and not lines[above].text.strip():
            above -= 1
        text = lines[above].text.strip() if above >= 0 else ""
        if above < 0 or lines[above].markers or not _TITLE_LINE.match(text) or len(text) > 60:
            return
        titles[group] = above
    for group, k in titles.items():
        text = lines[k].text
        lines[k].markers = [Marker("DOT1", (group,), str(group), len(text) - len(text.lstrip()), text.strip())]


def _clear_comparison_table(lines: list[_Line]) -> None:
    """Drop the article markers of an amending memorandum's comparison table (「条項｜変更前｜変更後」): its rows quote
    the original agreement's articles, each number two or three times over, and the memorandum's own articles go on
    after it with the next number (第1条 holds the table, 第2条 follows it)."""
    for i, line in enumerate(lines):
        if not _COMPARISON_BEFORE.match(line.text) or not any(
                _COMPARISON_AFTER.match(lines[k].text) for k in range(i + 1, min(i + 3, len(lines)))):
            continue
        host = next((m for earlier in reversed(lines[:i]) for m in earlier.markers[:1] if m.style == "J_ARTICLE"), None)
        own_next = host.value[0] + 1 if host is not None else 1
        articles = [k for k in range(i + 1, len(lines))
                    if lines[k].markers and lines[k].markers[0].style == "J_ARTICLE"]
        for n, k in enumerate(articles):
            value = lines[k].markers[0].value[0]
            repeated = n + 1 < len(articles) and lines[articles[n + 1]].markers[0].value[0] == value
            if value == own_next and not repeated:
                break
            lines[k].markers = [m for m in lines[k].markers if m.style not in _QUOTED_STRUCTURE]
        return


_TABLE_HEAD = re.compile(r"^\s*(?:(?:Table|TABLE)\s+[\w.-]{1,10}\b.*|No\.?|#|Item|Row)\s*$")


def _clear_numbered_table_rows(lines: list[_Line]) -> None:
    """Drop the markers of a table's numbered rows under its caption or its "No." column heading: "Table 8-1 -
    Secondment plan" / "No." / "Seconded Engineer" / ... / "1 Mr. Yoav Ben-Ami" / "Senior Signal Processing Engineer" /
    "12", the clause's own numbering ("8.2 ...") going on after the last row (the rows had taken 8.2 and what follows
    into row 3). A term sheet's rows, each with a sentence for its term, are its clauses and stay."""
    for i, line in enumerate(lines):
        if not _TABLE_HEAD.match(line.text) or line.markers:
            continue
        rows, expected, closed = [], 1, False
        for k in range(i + 1, min(len(lines), i + 120)):
            text = lines[k].text.strip()
            if lines[k].markers:
                marker = lines[k].markers[0]
                if marker.style == "DOT1" and marker.value == (expected,) and len(text) <= 60 \
                        and not text.endswith((".", "。")):
                    rows.append(k)
                    expected += 1
                    continue
                closed = bool(rows)  # the clause's numbering resumes after the table
                break
            if len(text) > 120 or (not rows and k > i + 10):
                break  # a sentence: a term sheet's term, or a note under the table
        if closed and len(rows) >= 2:
            for k in rows:
                lines[k].markers = []


def _clear_chinese_translations(lines: list[_Line]) -> None:
    """A Japanese agreement that gives each article again in Chinese (「第一条（目的）」 with 「本契約は…」, then
    「第一条（目的）」 with 「本合同旨在…」): the second heading is the same article's translation, not an article of
    its own."""
    articles = [k for k, line in enumerate(lines) if line.markers and line.markers[0].style == "J_ARTICLE"]
    if len(articles) < 4:
        return
    values = [lines[k].markers[0].value for k in articles]
    if sum(1 for n in range(1, len(values)) if values[n] == values[n - 1]) * 3 < len(articles):
        return  # not an article-by-article translation
    for n, k in enumerate(articles[1:], 1):
        previous = articles[n - 1]
        if values[n] != values[n - 1]:
            continue
        end = articles[n + 1] if n + 1 < len(articles) else min(len(lines), k + 40)
        original = "".join(line.text for line in lines[previous:k])
        translation = "".join(line.text for line in lines[k + 1:end])
        if count_scripts(original).kana and translation and not count_scripts(translation).kana:
            for line in lines[k:end]:
                line.markers = []


# 「原契約第3条を次のように改める。」, 「同条に次の一項を加える。」: the article's new wording follows, headings and all
_AMENDS_AS_FOLLOWS = re.compile(r"次の(?:ように|とおり)(?:改める|加える|定める)。\s*$|"
                                r"次の[一二三四五六七八九十0-9０-９]+(?:条|項)を加える。\s*$")


def _clear_amended_wording(lines: list[_Line]) -> None:
    """An amendment agreement's 「第2条　原契約第3条を次のように改める。」 gives the original contract's article in its
    new wording, 「第3条（研究期間）…」: that is part of the amending article, not an article of the amendment. Its own
    next article is the last one numbered one above the amending article before the number after that appears."""
    articles = [k for k, line in enumerate(lines) if line.markers and line.markers[0].style == "J_ARTICLE"]
    for n, k in enumerate(articles):
        if not lines[k].markers:
            continue  # new wording cleared under an earlier amending article
        end = articles[n + 1] if n + 1 < len(articles) else len(lines)
        last = end
        while last - 1 > k and standalone_heading(lines[last - 1].text):
            last -= 1  # the new article's title above its number: 「（研究期間）」
        body = "".join(line.text for line in lines[k:last]).rstrip()
        if not _AMENDS_AS_FOLLOWS.search(body):
            continue
        value = lines[k].markers[0].value[0]
        own_next = None
        for j in articles[n + 1:]:
            following = lines[j].markers[0].value[0]
            if following == value + 1:
                own_next = j
            elif following == value + 2 and own_next is not None:
                break
        if own_next is None or own_next == end:
            continue  # the next article is the amendment's own: the new wording had no heading of its own
        for j in articles[n + 1:]:
            if j >= own_next:
                break
            lines[j].markers = []


def _clear_table_of_contents(lines: list[_Line]) -> None:
    """Drop the markers of a table of contents: numbered headings ending in non-decreasing page numbers."""
    run: list[int] = []
    pages: list[int] = []

    def flush() -> None:
        if len(run) >= 3:
            for k in range(run[0], run[-1] + 1):
                lines[k].markers = []
        run.clear()
        pages.clear()

    for pos, line in enumerate(lines):
        m = _TOC_PAGE.match(line.text.strip()) if line.markers or run else None
        heading_like = False
        if m:
            title = m.group("title")
            marker = line.markers[0] if line.markers else None
            rest = title[marker.rest_start:] if marker and marker.rest_start < len(title) else title
            heading_like = bool(english_heading(rest)[0]) or (_is_japanese(rest) and len(rest) < 40)
        if m and heading_like and (not pages or int(m.group("page")) >= pages[-1]):
            run.append(pos)
            pages.append(int(m.group("page")))
        elif m and heading_like:
            flush()
            run.append(pos)
            pages.append(int(m.group("page")))
        elif run and pos - run[-1] <= 2 and len(line.text) < 80:
            continue  # a wrapped title inside the table
        else:
            flush()
    flush()


_CONTENTS_STYLES = ("J_ARTICLE", "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "DOT1")
_CONTENTS_TITLE = re.compile(r"(?i)^(?:目\s*次|table of contents|contents|index)$")


def _clear_heading_only_contents(lines: list[_Line]) -> None:
    """Drop the markers of a table of contents without page numbers: five or more article headings on consecutive lines
    (「目次」 / 「第1条（定義）」 / 「第2条（目的）」 ...) that the document then prints again, each over its text, or
    that end the text under a contents title."""
    def article(line: _Line) -> Marker | None:
        m = line.markers[0] if line.markers else None
        if m is None or m.style not in _CONTENTS_STYLES or len(line.text.strip()) > 60:
            return None
        return m

    pos = 0
    while pos < len(lines):
        run = []
        k = pos
        while k < len(lines) and (article(lines[k]) is not None or (run and not lines[k].text.strip())):
            if lines[k].text.strip():
                run.append(k)
            k += 1
        first = article(lines[run[0]]) if run else None
        if len(run) >= 5 and all(lines[r].markers[0].style == first.style for r in run):
            again = any(line.markers and line.markers[0].style == first.style and line.markers[0].value == first.value
                        for line in lines[k:])
            # (a contents page the document's own title then follows is read as a version of its own: nothing after it)
            titled = run[0] > 0 and _CONTENTS_TITLE.match(lines[run[0] - 1].text.strip()) is not None
            if again or (titled and sum(len(line.text.strip()) for line in lines[k:]) < 200):
                for r in run:
                    lines[r].markers = []
        pos = max(k, pos + 1)


def _readings_weak(key: tuple) -> bool:
    style, deco, _ = key
    from analyzer.segment.markers import RANK

    return style not in RANK and not deco.startswith("md")


def _effective_length(chain: list[int], items: list[tuple[int, Marker]]) -> int:
    """Top-level entries a run stands for: 1.1, 1.2, 2.1 stand for two articles, not three."""
    if not chain:
        return 0
    values = {pos: m.value for pos, m in items}
    chosen = [values[pos] for pos in chain]
    if len(chosen[0]) >= 2 and not (len(chosen[0]) == 2 and all(v[1] == 0 for v in chosen)):
        return len({v[:-1] for v in chosen})
    return len(chain)


def _markdown_headings(lines: list[_Line]) -> tuple[str, list[int]] | None:
    levels: dict[str, list[int]] = {}
    for pos, line in enumerate(lines):
        shape = line_shape(line.text, False)
        if shape.deco.startswith("md") and shape.probe.strip() and not line.markers:
            levels.setdefault(shape.deco, []).append(pos)
    levels = {k: v for k, v in levels.items() if len(v) >= 2 or (len(v) == 1 and v[0] > 0)}
    if not levels:
        return None
    deco = min(levels, key=lambda d: (int(d[2:]) if len(levels[d]) >= 2 else 9))
    positions = levels[deco]
    # the first heading of a file is its title
    if positions and positions[0] == 0 and len(positions) > 1:
        positions = positions[1:]
    if len(positions) < 2:
        return None
    return deco, positions


def _predecessors(style: str, value: tuple[int, ...]) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    """Values that ``value`` may follow (exact), and prefixes whose any member it may follow (see ``_follows``)."""
    exact: list[tuple[int, ...]] = []
    prefixes: list[tuple[int, ...]] = []
    if style == "J_ARTICLE":
        n, sub = value
        if sub:
            exact.append((n, sub - 1))
            if sub == 2:
                exact.append((n, 0))
        else:
            prefixes += [(n - 1,), (n - 2,)]
        return exact, prefixes
    if len(value) == 1:
        if style in ("EN_ARTICLE", "EN_SECTION", "EN_CLAUSE"):
            # an excerpt that leaves out whole sections and keeps the numbering: "Section 5" then "Section 8"
            return [(value[0] - 1,), (value[0] - 2,), (value[0] - 3,)], []
        return [(value[0] - 1,), (value[0] - 2,)], []
    head, last = value[:-1], value[-1]
    exact += [(*head, last - 1), (*head, last - 2)]
    if last in (0, 1):
        prefixes += [(*head[:-1], head[-1] - 1), (*head[:-1], head[-1] - 2)]
    return exact, prefixes


def _best_chain(items: list[tuple[int, Marker]], lines: list[_Line]) -> tuple[tuple[int, int], list[int]]:
    """Longest run of values following each other; ties go to the run whose entries have body text.

    Linear in the number of entries: each entry looks up the best run ending at each value it may follow.
    """
    n = len(items)
    score: list[tuple[int, int]] = [(0, 0)] * n
    back: list[int] = [-1] * n
    by_value: dict[tuple[int, ...], tuple[tuple[int, int], int]] = {}
    by_prefix: dict[tuple[int, ...], tuple[tuple[int, int], int]] = {}
    bodies = _bodies(items, lines)
    for i, (_, m) in enumerate(items):
        body = bodies[i]
        if is_first_value(m.style, m.value) or m.style in ("J_ARTICLE", "EN_ARTICLE"):
            score[i] = (1, body)
        exact, prefixes = _predecessors(m.style, m.value)
        if _inserted(m):
            exact = [m.value, *exact]  # "§ 9a", "SECTION 7A": inserted after 9 or 7; the next number follows it
        elif m.style in ("J_ARTICLE", "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE", "DOT1"):
            exact = [*exact, m.value]  # a number the drafter printed twice; kept below only if it heads new text
        for previous in [by_value.get(v) for v in exact] + [by_prefix.get(p) for p in prefixes]:
            if previous is None:
                continue
            (length, bodysum), j = previous
            # a number printed twice adds text to its run, not length: a run through a cross-reference that a line
            # break put first ("Article 5." then "Article 5 - Joint Board") never beats the run through Article 4
            again = items[j][1].value == m.value and not _inserted(m)
            candidate = (length + (not again), bodysum + body)
            if candidate > score[i]:
                score[i], back[i] = candidate, j
        if score[i][0]:
            for table, key in ((by_value, m.value), (by_prefix, m.value[:-1] if len(m.value) > 1 else None)):
                if key is None:
                    continue
                if key not in table or score[i] > table[key][0]:
                    table[key] = (score[i], i)
    if not any(s[0] for s in score):
        return (0, 0), []
    end = max(range(n), key=lambda k: (score[k], -k))
    picked = []
    k = end
    while k != -1:
        picked.append(k)
        k = back[k]
    picked.reverse()
    kept = [k for i, k in enumerate(picked)
            if i == 0 or items[k][1].value != items[picked[i - 1]][1].value or _inserted(items[k][1])
            or _printed_twice(items, lines, bodies, picked[i - 1], k)]
    return score[end], [items[k][0] for k in reversed(kept)]


def _article_title(m: Marker, lines: list[_Line], pos: int) -> str:
    title = m.rest.strip()
    if m.style == "J_ARTICLE":
        # 「第十四条（法令等の遵守）」, or 「（法令等の遵守）」 on the line above: the text after the number is no title
        heading, _ = japanese_heading(title)
        above = standalone_heading(lines[pos - 1].text) if pos > 0 and not lines[pos - 1].markers else None
        title = (heading if heading and split_parenthesised(title) else "") or above or ""
    elif not title:
        nxt = _next_line_with_text(lines, pos)
        # a title on a line of its own is short and numbers nothing ("RESEARCH DATA AND MATERIALS", not "3.2 ...")
        if nxt < len(lines) and not lines[nxt].markers and len(lines[nxt].text.strip()) <= 80:
            title = lines[nxt].text.strip()
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", title).lower())[:40]


def _dot_heading(item: tuple[int, Marker], lines: list[_Line]) -> bool:
    """ "11. Compliance with Laws" over "11.1 The Grantee shall ...": a short title whose next line numbers its first
    paragraph."""
    position, m = item
    title = m.rest.strip()
    nxt = _next_line_with_text(lines, position)
    return (0 < len(title) <= 70 and not title.endswith((".", ";", ":")) and nxt < len(lines)
            and lines[nxt].text.strip().startswith(f"{m.value[0]}.1"))


def _printed_twice(items: list[tuple[int, Marker]], lines: list[_Line], bodies: list[int], first: int,
                   again: int) -> bool:
    """Whether an article number printed again heads a second article ("Article 7 RESEARCH DATA" after "Article 7
    EXCHANGE OF RESEARCHERS", a drafter's slip that real agreements keep), not a running header or a second copy of
    the same article: both have text of their own, and their titles differ."""
    # a Japanese article's own text can be short; its bracketed title marks it
    least = 1 if items[again][1].style == "J_ARTICLE" else 2
    if bodies[first] < least or bodies[again] < least:
        return False
    if items[again][1].style == "DOT1" and not all(_dot_heading(items[k], lines) for k in (first, again)):
        return False  # a list's "1." again is a new list: only a heading over its "11.1" is a clause printed twice
    one = _article_title(items[first][1], lines, items[first][0])
    two = _article_title(items[again][1], lines, items[again][0])
    return (bool(one) and bool(two) and one != two and not two.startswith(one[:12])
            and "continued" not in two and "続" not in two)


# (and "TWELFTH BIS", a clause numbered by an ordinal word)
_INSERTED_NUMBER = re.compile(r"\d" + INSERTED_SUFFIX + r"\.?$|[A-Z]{4} (?:BIS|TER)$")


def _inserted(m: Marker) -> bool:
    """An article inserted after another one with a letter ("7A", "§ 9a", "5bis"), as 第10条の2 in Japanese."""
    return len(m.value) == 1 and m.style != "J_ARTICLE" and bool(_INSERTED_NUMBER.search(m.number))


def _bodies(items: list[tuple[int, Marker]], lines: list[_Line]) -> list[int]:
    """How much text follows each entry before the next entry of its style (0-20): low for a table of contents."""
    cumulative = [0]
    for line in lines:
        cumulative.append(cumulative[-1] + len(line.text))
    out = []
    for i, (pos, _) in enumerate(items):
        nxt = items[i + 1][0] if i + 1 < len(items) else len(lines)
        out.append(min(cumulative[nxt] - cumulative[pos], 2000) // 100)
    return out


def _second_copy(lines: list[_Line], first: int, again: int) -> bool:
    """The same annex title followed by the same text is a second copy; followed by other text, a running header."""
    from difflib import SequenceMatcher

    after_first = " ".join(ln.text.strip().lower() for ln in lines[first + 1:first + 3])
    after_again = " ".join(ln.text.strip().lower() for ln in lines[again + 1:again + 3])
    return bool(after_first) and SequenceMatcher(None, after_first, after_again).ratio() >= 0.9


def _prose_nodes(lines: list[_Line], text: str, fmt: str, version: int) -> list[_Node]:
    """The paragraphs of an agreement without numbered articles, as top-level clauses without a number."""
    nodes = []
    for unit in prose_units(lines, text, fmt):
        markers = lines[unit.line].markers
        label = markers[0].number if unit.kind == "annex" and markers else ""  # "ATTACHMENT A"
        nodes.append(_Node(unit.line, lines[unit.line].start, unit.kind, 1, label, unit.heading,
                           style=("PROSE",) if unit.kind == "paragraph" else None, version=version))
        for position in unit.items:
            bullet = lines[position].text.strip().split(maxsplit=1)[0]
            number = bullet if bullet[:1] in "(（" or bullet[-1:] in ")）" else ""
            nodes.append(_Node(position, lines[position].start, "item", 2, number, "", style=("PROSE_ITEM",),
                               version=version))
    return nodes


_BULLET = re.compile(r"[ \t]*[-•*–][ \t]+\S")


def _bullet_paragraphs(nodes: list[_Node], lines: list[_Line], version: int) -> list[_Node]:
    """A section written as bullets ("## 7. Disclosure" over "- Neither Party shall ..." and "- ABVM may provide ...",
    no number on any of them): each bullet is a paragraph of its own, as a numbered one would be."""
    out: list[_Node] = []
    for k, node in enumerate(nodes):
        out.append(node)
        if node.kind not in ("article", "definitions") or node.level != 1:
            continue
        nxt = nodes[k + 1] if k + 1 < len(nodes) else None
        if nxt is not None and nxt.level > node.level:
            continue  # numbered paragraphs of its own
        end = nxt.line if nxt is not None else len(lines)
        indents = {p: len(lines[p].text) - len(lines[p].text.lstrip()) for p in range(node.line + 1, end)
                   if _BULLET.match(lines[p].text)}
        if len(indents) < 2:
            continue
        outer = min(indents.values())
        top = [p for p, indent in indents.items() if indent == outer]
        if len(top) < 2:
            continue
        out.extend(_Node(p, lines[p].start, "paragraph", 2, "", "", style=("BULLET",), parent=len(out) - 1,
                         version=version) for p in top)
    return out


def _drop_cover_labels(nodes: list[_Node]) -> list[_Node]:
    """"EXHIBIT C / TO THE OFFERING CIRCULAR" right before another annex labels the document, not an annex of it."""
    out = []
    for i, node in enumerate(nodes):
        nxt = nodes[i + 1] if i + 1 < len(nodes) else None
        if node.kind == "annex" and node.heading.lower().startswith("to the ") and nxt is not None \
                and nxt.kind == "annex" and nxt.line - node.line <= 4:
            continue
        out.append(node)
    return out


def _in_annex_list(lines: list[_Line], position: int) -> bool:
    """A list of exhibits ("Exhibit A – Products", "Exhibit B – Territory" on consecutive lines) is not an annex."""
    def is_annex(k: int) -> bool:
        return 0 <= k < len(lines) and bool(lines[k].markers) and lines[k].markers[0].style in ("EN_ANNEX", "J_ANNEX")

    if is_annex(position - 1):
        return True
    # 「別紙」 over the title 「共同研究実施細則」: a bare label and the unnumbered title of what it attaches
    following = lines[position + 1].markers[0] if is_annex(position + 1) else None
    m = lines[position].markers[0]
    return following is not None and not (m.style == "J_ANNEX" and not m.rest.strip() and not following.number)


def _annex_heading_line(m: Marker) -> bool:
    """Exhibit A / 別紙1 as a heading, not "Schedule B (records);" wrapped out of a sentence."""
    rest = m.rest.strip()
    if len(rest) > 100 or rest[:1].islower() or rest.endswith((",", ";", "、")) or (rest and rest[0] in ",;"):
        return False
    if not rest or m.style == "J_ANNEX":
        return True
    rest = rest.lstrip("-–—:.） )").strip()
    # (a title with its version in brackets: "Annex A – Indicative Term Sheet (v6, clean, 27 May 2025)")
    bare = re.sub(r"\s*\([^()]{1,60}\)$", "", rest)
    rest = bare if re.search(r"[A-Za-z]{2}", bare) else rest
    return not rest or bool(english_heading(rest)[0]) or rest.isupper() or rest[:1] in "（(「\"“"


def _annex_heading(m: Marker, lines: list[_Line], position: int) -> str:
    heading, _ = (japanese_heading if m.style.startswith("J") else english_heading)(m.rest)
    if not heading and m.rest:
        heading = m.rest.strip(" :-–—.").strip()
    if not heading and position + 1 < len(lines):
        heading = next_line_heading(lines[position + 1].text) or ""
    return heading


def _second_paragraph_of_translation(stack: list[tuple[tuple, tuple[int, ...], int, float]], m: Marker,
                                     lines: list[_Line], position: int,
                                     nodes: list[_Node]) -> tuple[tuple, tuple[int, ...], int] | None:
    """English rendered from Japanese drafting: "Article 5 (Status)" / an unnumbered first paragraph / "2. ...".
    The "2." opens the article's paragraphs when it comes straight after a finished sentence of the article, or after
    the last item the first paragraph lists ("... any of the following items:" / "(i) ..." ... "(v) ... party." / "2.
    Where the University ...")."""
    if m.style != "DOT1" or m.value != (2,) or not stack or position == 0:
        return None
    article = nodes[stack[0][2]]
    if article.kind not in ("article", "definitions") or stack[0][0][0] not in ("J_ARTICLE", "EN_ARTICLE"):
        return None
    if any(entry[0][0].startswith("DOT") for entry in stack[1:]):
        return None
    prev = lines[position - 1]
    if (prev.markers and len(stack) == 1) or not prev.text.rstrip().endswith((".", "。")):
        return None
    return m.key, m.value, 1


# (and "... deleted in its entirety and replaced with the following new Article 9:")
_REPLACEMENT_LEAD = re.compile(r"(?i)\b(?:the following|as follows|to read|shall read|reads?)"
                               r"(?:\s+(?:new\s+)?(?:article|section|clause|paragraph)s?\s+[\w.]{1,6})?\s*:\s*$")


def _replacement_paragraph(stack: list[tuple[tuple, tuple[int, ...], int, float]], m: Marker,
                           lines: list[_Line], position: int) -> tuple[tuple, tuple[int, ...], int] | None:
    """An amendment's "4.1 Article 8 of the Agreement is deleted and replaced by the following:" over "8.1 ...",
    "8.2 ...": the replacement's paragraphs are items of the amending paragraph, each judged on its own words,
    not references wrapped into it."""
    if not m.style.startswith("DOT") or len(m.value) < 2 or m.value[-1] != 1 or len(stack) < 2 or position == 0:
        return None
    before = lines[position - 1].text.strip()
    # the replacement may open with its article's own heading: '"8. RESEARCH DATA'
    led = _REPLACEMENT_LEAD.search(before) or (
        position >= 2 and len(before) <= 80 and _REPLACEMENT_LEAD.search(lines[position - 2].text.rstrip()))
    return (m.key, m.value, len(stack)) if led else None


def _insert_implicit_first_paragraph(nodes: list[_Node], article: _Node, article_index: int,
                                     lines: list[_Line]) -> None:
    """第N条 whose second 項 is numbered ２ has an unnumbered first 項: make it a clause too."""
    second = nodes[-1]
    first_line = article.line + 1 if article.heading and _heading_only(lines[article.line], article) else article.line
    if first_line >= second.line:
        return
    start = lines[first_line].start
    if first_line == article.line:
        line = lines[article.line]
        m = line.markers[0] if line.markers else None
        if m is not None:
            rest = m.rest
            paren = split_parenthesised(rest)
            offset = m.rest_start + (paren[1] if paren else 0)
            while offset < len(line.text) and line.text[offset] in " \t\u3000":
                offset += 1
            start = line.start + offset
    number = "①" if lines[first_line].text.startswith("①", start - lines[first_line].start) else ""
    implicit = _Node(first_line, start, "paragraph", article.level + 1, number, "", style=second.style, value=(1,),
                     parent=article_index, version=article.version)
    # the 号 (一, 二 ...) of the first 項 came before ２ was seen, as the article's children: they are the first
    # 項's, and it opens before them
    for node in nodes[article_index + 1:-1]:
        node.level += 1
    nodes.insert(article_index + 1, implicit)


def _heading_only(line: _Line, article: _Node) -> bool:
    m = line.markers[0] if line.markers else None
    if m is None:
        return True
    paren = split_parenthesised(m.rest)
    tail = m.rest[paren[1]:] if paren else ("" if article.heading == m.rest.strip() else m.rest)
    return not tail.strip() or parallel_heading(tail)


def _reindex_parents(nodes: list[_Node]) -> None:
    """Parents were recorded as list indices before insertions; recompute them from levels and order."""
    stack: list[int] = []
    for i, node in enumerate(nodes):
        while stack and nodes[stack[-1]].level >= node.level:
            stack.pop()
        node.parent = stack[-1] if stack else None
        stack.append(i)


def _close(nodes: list[_Node], members: list[_Line]) -> None:
    """Each clause ends at the last line of its version before the next clause at its level or above."""
    line_ends = [ln.end for ln in members]
    starts_at = {n.line: n for n in nodes}
    del starts_at
    for i, node in enumerate(nodes):
        end_line = len(members) - 1
        for other in nodes[i + 1:]:
            if other.level <= node.level:
                end_line = other.line - (0 if other.start > members[other.line].start else 1)
                if other.start > members[other.line].start and other.line == node.line:
                    end_line = other.line
                break
        end_line = max(end_line, node.line)
        node.end = line_ends[end_line]
        nxt = next((o for o in nodes[i + 1:] if o.level <= node.level), None)
        if nxt is not None and nxt.start < node.end:
            node.end = nxt.start
        # a clause whose heading stood on the line above ends before that heading
        if nxt is not None and nxt.start < members[nxt.line].start:
            node.end = min(node.end, nxt.start)


def _to_clauses(nodes: list[_Node], lines: list[_Line], text: str) -> list[Clause]:
    import bisect

    ids = {id(n): f"c{i + 1}" for i, n in enumerate(nodes)}
    ordered = sorted(lines, key=lambda ln: ln.start)
    line_ends = [ln.end for ln in ordered]
    clauses = []
    for node in nodes:
        start, end = node.start, node.end
        while end > start and text[end - 1] in " \t\r\n\u3000":
            end -= 1
        first = bisect.bisect_right(line_ends, start)
        covered = []
        for line in ordered[first:]:
            if line.start >= end:
                break
            covered.append(line)
        pages = tuple(sorted({ln.page for ln in covered}))
        boxes = tuple(ln.box for ln in covered if ln.box is not None)
        body = text[start:end]
        parent = node.parent_node
        clauses.append(Clause(
            id=ids[id(node)],
            parent=ids[id(parent)] if parent is not None else None,
            level=node.level,
            kind=node.kind,  # type: ignore[arg-type]
            number=node.number,
            heading=node.heading,
            start=start,
            end=end,
            text=body,
            language=detect_language(body),
            pages=pages,
            boxes=boxes,
        ))
    return clauses


_INSERTED_SUFFIX = re.compile(r"(?:-|の)(\d{1,2})$|(?<=\d)([A-Za-z])$|(?<=\d)[- ]?(bis|ter|quater)$")


def _link_key(node: _Node) -> tuple[int, int]:
    """An article's number with its inserted part: 第8条の2, "Article 8-2", "Article 8A", "Article 8bis" and
    "Art. 8-bis" are (8, 2), 第8条 and "Article 8" (8, 0)."""
    if len(node.value) > 1:
        return node.value[0], node.value[1]
    m = _INSERTED_SUFFIX.search(node.number.rstrip(".:)"))
    if m is None:
        return node.value[0], 0
    if m.group(1):
        return node.value[0], int(m.group(1))
    if m.group(2):
        return node.value[0], ord(m.group(2).lower()) - ord("a") + 2  # 8A follows 8 as 第8条の2 does
    return node.value[0], {"bis": 2, "ter": 3, "quater": 4}[m.group(3)]


def _link_parallel(clauses: list[Clause], nodes: list[_Node]) -> list[Clause]:
    by_version: dict[int, dict[tuple[int, int], str]] = {}
    for clause, node in zip(clauses, nodes, strict=True):
        if node.kind in ("article", "definitions") and node.value:
            by_version.setdefault(node.version, {})[_link_key(node)] = clause.id
    out = []
    for clause, node in zip(clauses, nodes, strict=True):
        partner = None
        if node.kind in ("article", "definitions") and node.value:
            key = _link_key(node)
            for version, table in by_version.items():
                if version != node.version and key in table:
                    partner = table[key]
                    break
        out.append(replace(clause, parallel=partner) if partner else clause)
    return out


_INSTRUMENT_TITLE = re.compile(
    # 「個別契約No.1　共同研究契約書（…の開発）」: a subtitle in parentheses may follow the title
    r"(?:覚書|契約書|協定書|協定|合意書|確認書|個別契約|研究契約)(?:\s*第?[0-9０-９一二三四五六七八九十]+号)?"
    r"(?:\s*[（(][^（）()]{1,80}[）)])?\s*$"
    r"|^(?:[A-Z][\w'’&,-]*\s+){0,10}(?:AGREEMENT|MEMORANDUM(?: OF UNDERSTANDING)?|ADDENDUM|AMENDMENT|PROTOCOL)"
    r"(?:\s+(?:[A-Z0-9][\w'’&.,-]*|of|to|on|for|and|the))*\s*$"
    # "IMPLEMENTATION AGREEMENT NO. 1 FOR THE JOINT PROJECT "SPEECH CORPUS"": the kind of instrument opens the line
    r"|^(?:IMPLEMENTATION|PROJECT|INDIVIDUAL|SUPPLEMENTARY|Implementation|Project)\s+(?:AGREEMENT|Agreement)\b"
    # "IMPLEMENTING ARRANGEMENT No. 1" under a memorandum of understanding
    r"|^(?:IMPLEMENTING|IMPLEMENTATION|Implementing|Implementation)\s+(?:ARRANGEMENT|Arrangement)\b"
    # "WORK ORDER No. 1" under a master research agreement, after its schedules
    r"|^(?:WORK|TASK|PROJECT|Work|Task)\s+(?:ORDER|Order)\s+(?:No\.?|NO\.?|Number|NUMBER)\s*[0-9]{1,3}\b"
    # "STATEMENT OF WORK No. 1" after the master agreement's signatures, its sections numbered from 1 again
    r"|^(?:STATEMENT OF WORK|Statement of Work|SOW)(?:\s+(?:No\.?|NO\.?|Number|NUMBER|#)\s*[0-9]{1,3})?\s*$")
_ARTICLE_STYLES = ("J_ARTICLE", "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE")


def _split_appended(lines: list[_Line]) -> list[list[_Line]]:
    """A second instrument after the first one's last article (学術交流協定 followed by its 学生交流に関する覚書, an
    agreement with its amendment), each numbered from 第1条 again, is segmented on its own.

    The boundary is a title line (…に関する覚書, AMENDMENT NO. 1 TO …) after articles that reached 2 or more and
    before a new first article within a few lines, with no annex heading in between: an exhibit holding a form of
    agreement stays an annex. After an annex, a title over articles numbered in another style (an English framework
    agreement, its Annex A, then a 個別契約 of 第1条 ...) opens a new instrument all the same."""
    parts: list[list[_Line]] = []
    start = 0
    last_value = 0
    last_style = ""
    annex_since = False
    for i, line in enumerate(lines):
        first = line.markers[0] if line.markers else None
        if first is not None and _TOC_LINE.search(line.text):
            continue  # a table of contents lists the articles; it does not end an instrument
        if first is not None and first.style in _ARTICLE_STYLES:
            last_value, last_style = first.value[0], first.style
            annex_since = False
            continue
        if first is not None and first.style in ("EN_ANNEX", "J_ANNEX"):
            annex_since = True
            continue
        if first is not None or last_value < 2 or len(line.text.strip()) > 160:
            continue
        if not _INSTRUMENT_TITLE.search(line.text.strip()):
            continue
        above = lines[i - 1].markers[0] if i and lines[i - 1].markers else None
        if above is not None and above.style in _ARTICLE_STYLES and not above.rest.strip():
            continue  # "ARTICLE XV" over "EFFECTIVITY, TERM, AMENDMENT AND TERMINATION": the article's own heading
        nxt = next((k for k in range(i + 1, min(i + 12, len(lines)))
                    if lines[k].markers and lines[k].markers[0].style in _ARTICLE_STYLES), None)
        if nxt is None or lines[nxt].markers[0].value[0] != 1:
            continue
        if annex_since and lines[nxt].markers[0].style == last_style:
            continue
        parts.append(lines[start:i])
        start, last_value = i, 0
    parts.append(lines[start:])
    return [part for part in parts if part]


_J_NUMBER = r"第[\d０-９一二三四五六七八九十百〇]+条"
_E_NUMBER = r"(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+[\dIVX]+"
_E_ANNEX = r"(?:Appendix|APPENDIX|Annex|ANNEX|Schedule|SCHEDULE|Exhibit|EXHIBIT|Attachment|ATTACHMENT)"
_J_ANNEX = r"附属書|付属書|別紙|別表|別添|添付書類"
_BILINGUAL_HEADING = re.compile(rf"\s*(?:{_J_NUMBER}[^A-Za-z]{{0,40}}{_E_NUMBER}|{_E_NUMBER}[^第]{{0,80}}{_J_NUMBER}|"
                                # 「第8条（WNUにおける指導業務） Article 8 ...」: a Japanese title naming a body
                                # in Latin letters
                                rf"{_J_NUMBER}[ \t\u3000]*[（(][^（）()\n]{{1,40}}[）)][ \t\u3000]*{_E_NUMBER}|"
                                # "§ 2 定義 / Definitions", "Article 1　目的 / Purpose": a number with both titles
                                r"(?:§{1,2}|Art\.|ARTICLE|Article|Section|SECTION|Clause|CLAUSE)[ \t]*\d{1,3}"
                                r"[ \t\u3000]*[\u3040-\u30ff\u4e00-\u9fff][^A-Za-z/／]{0,30}"
                                r"[/／][ \t]*[A-Z]|"
                                # 「第5条（秘密保持義務 / Duty of Confidentiality）」: both titles in one bracket
                                rf"{_J_NUMBER}[ \t\u3000]*[（(][^A-Za-z/／）)\n]{{1,30}}[/／][ \t]*"
                                r"[A-Z][A-Za-z ,&'’\-]{1,60}[）)]|"
                                # "3. 試験の内容及び期間 / Content and Period of the Trials": a bare number with both
                                # titles (not an annex's item "1. 研究課題 / Research theme: ...", nor a signature's
                                # "1. 甲 / Aobadai")
                                r"\d{1,2}\.[ \t\u3000]+[\u3040-\u30ff\u4e00-\u9fff]{2}[^A-Za-z/／\n]{0,30}"
                                r"[/／][ \t]*[A-Z][a-z][A-Za-z ,&'’\-]{0,80}$|"
                                # "Art. 7  Host rules, health and safety ／ 受入機関の規則、安全衛生及び保険"
                                r"(?:Art\.|ARTICLE|Article|Section|SECTION|Clause|CLAUSE|§)[ \t]*\d{1,3}[ \t]+[A-Z]"
                                r"[^/／\n]{0,80}[/／][ \t\u3000]*[\u3040-\u30ff\u4e00-\u9fff]|"
                                # "9.⇥INTELLECTUAL PROPERTY / 知的財産権": a bare number over a title in capitals and
                                # in Japanese
                                r"\d{1,2}\.?[ \t]+[A-Z][A-Z ,&'’\-]{2,60}[ \t]*[/／][ \t\u3000]*"
                                r"[\u3040-\u30ff\u4e00-\u9fff]|"
                                # "Appendix 2 / 附属書2 Operating Guidelines / 実施要領": an annex in both languages
                                rf"{_E_ANNEX}[ \t]*[\dA-Z]{{0,3}}[ \t]*[/／][ \t\u3000]*(?:{_J_ANNEX})|"
                                # (or its title glued to the label: 「別紙2サービスレベル合意書 / Annex 2 ...」)
                                rf"(?:{_J_ANNEX})[\d０-９一二三四五六七八九十]{{0,3}}[^/／\n]{{0,30}}[/／][ \t]*"
                                rf"{_E_ANNEX}\b)")


_CROSS_HEADING = re.compile(rf"\s*(?:{_J_NUMBER}[ \t\u3000]*[(（][A-Za-z][A-Za-z ,&'\-]{{1,60}}[)）]|"
                            rf"{_E_NUMBER}[ \t\u3000]*[(（]?[\u3040-\u30ff\u4e00-\u9fff・]{{1,20}}[)）]?|"
                            # "Article 5 Research Fund and Costs（研究資金及び費用負担）": the English title with the
                            # Japanese one in brackets after it
                            rf"{_E_NUMBER}[ \t]+[A-Z][A-Za-z ,&'’\-]{{1,80}}?[ \t\u3000]*"
                            r"[(（][\u3040-\u30ff\u4e00-\u9fff・、]{1,30}[)）])[ \t\u3000]*$")


def _split_versions(lines: list[_Line]) -> list[tuple[str, list[_Line]]]:
    """One version for a monolingual document; a Japanese and an English one for a bilingual agreement."""
    weights = []
    for line in lines:
        lang = line.lang
        weights.append((lang, len(line.text)))
    total = {lang: sum(w for lg, w in weights if lg == lang) for lang in ("ja", "en")}
    grand = total["ja"] + total["en"]
    # (an English translation runs two to three times the characters of its Japanese: English shorter than the
    # Japanese is an annex or a summary under a Japanese agreement, "別紙1 Programme Outline", not a version of its own)
    if grand == 0 or min(total.values()) < 0.2 * grand or total["en"] < 0.9 * total["ja"]:
        return [(_majority(total), lines)]
    # sequential: one language, then the other
    best_split, best_purity = None, 0.0
    prefix = {"ja": 0, "en": 0}
    for i, (lang, w) in enumerate(weights[:-1]):
        if lang in prefix:
            prefix[lang] += w
        before = prefix["ja"] + prefix["en"]
        after = grand - before
        if before < 0.15 * grand or after < 0.15 * grand:
            continue
        for first, second in (("ja", "en"), ("en", "ja")):
            purity = min(prefix[first] / max(before, 1), (total[second] - prefix[second]) / max(after, 1))
            if purity > best_purity:
                best_purity, best_split = purity, (i + 1, first, second)
    if best_split and best_purity >= 0.85:
        i, first, second = best_split
        return [(first, lines[:i]), (second, lines[i:])]
    # alternating paragraphs or a two-column table: each version keeps its own lines
    members: dict[str, list[_Line]] = {"ja": [], "en": []}
    own = {"ja": 0, "en": 0}
    current = "ja"
    for k, line in enumerate(lines):
        if line.markers and (_BILINGUAL_HEADING.match(line.text) or _CROSS_HEADING.match(line.text)
                             or _continued_in_japanese(line, lines[k + 1:k + 2])):
            # "第1条（目的） / Article 1 (Purpose)": one heading line opens the article in both versions; so does
            # "第1条 (Purpose)", a Japanese number with an English title, above the Japanese text and the English
            members["ja"].append(line)
            members["en"].append(line)
            continue
        # a Japanese line that names a body in Latin letters ("UTSP：国際部（UTSP International）") reads as English
        # by its letters, but stays in the Japanese version: an English line holds no kana, kanji or full-width marks
        if line.lang in members and not (current == "ja" and line.lang == "en" and _JA_SCRIPT.search(line.text)):
            current = line.lang
        members[current].append(line)
        own[current] += 1
    # a Japanese agreement whose headings alone are in both languages ("Article 1　目的 / Purpose") has one version
    return [(lang, members[lang]) for lang in ("ja", "en") if own[lang]]


_ENGLISH_NUMBER = re.compile(rf"\s*{_E_NUMBER}")
_SECOND_TITLE = re.compile(rf"\s*[/／][ \t\u3000]*{_J_NUMBER}")


def _continued_in_japanese(line: _Line, after: list[_Line]) -> bool:
    """"ARTICLE V  JOINT LABORATORY" over "/ 第5条 共同研究室": one heading on two lines, in both versions (the
    second line carries no marker of its own, so it follows the heading into the Japanese version as a title)."""
    return bool(_ENGLISH_NUMBER.match(line.text) and after and _SECOND_TITLE.match(after[0].text))


_JA_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u3001\u3002\u300c-\u300f\u3010\u3011\uff08\uff09\uff1a]")


def _majority(total: dict[str, int]) -> str:
    return "ja" if total["ja"] >= total["en"] else "en"
