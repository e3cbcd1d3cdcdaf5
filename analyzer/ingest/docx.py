"""DOCX ingestion: paragraphs, tables and text boxes in document order, with Word's automatic numbering.

Headers, footers and comments are left out (they are not clause text); a footnote or endnote is read after the
paragraph that refers to it, as drafts put obligations in them too. Deleted revisions and field codes are skipped;
inserted revisions count. A DOCX is a ZIP, so its size and member sizes are checked before parsing.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Iterator
from zlib import error as zlib_error

from analyzer.errors import IngestionError
from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.wordnum import Numbering, W, parse_numbering

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP_TAGS = {f"{W}delText", f"{W}instrText", f"{W}delInstrText", f"{W}del", f"{W}moveFrom",
              f"{W}commentReference", f"{MC}Fallback"}
_NOTE_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
Notes = dict[tuple[str, str], str]


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_MEMBER_BYTES or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO
                                              and info.file_size > 10 * 1024 * 1024):
        raise IngestionError(f"the DOCX part {name} is suspiciously large (a ZIP bomb?)", status="too_large")
    out = bytearray()
    with archive.open(info) as handle:
        # the header's size can lie: count what is really inflated
        while chunk := handle.read(1 << 20):
            out += chunk
            if len(out) > MAX_MEMBER_BYTES:
                raise IngestionError(f"the DOCX part {name} inflates past the size limit", status="too_large")
    return bytes(out)


def _struck(run) -> bool:
    """Whether a run is struck through by hand: a negotiation draft's deleted wording, read as a tracked deletion is."""
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return False
    for name in ("strike", "dstrike"):
        mark = rpr.find(f"{W}{name}")
        if mark is not None and mark.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none"):
            return True
    return False


def _run_text(element, out: list[str], boxes: list, refs: list[tuple[str, str]] | None = None) -> None:
    """Collect the visible text under a paragraph element; text boxes and note references are set aside for later."""
    for child in element:
        tag = child.tag
        if tag in _SKIP_TAGS or (tag == f"{W}r" and _struck(child)):
            continue
        if tag in _NOTE_REFERENCES:
            if refs is not None:
                refs.append((_NOTE_REFERENCES[tag], child.get(f"{W}id", "")))
        elif tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab" or tag == f"{W}ptab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag == f"{W}sym":
            char = child.get(f"{W}char")
            if char:
                with contextlib.suppress(ValueError):
                    out.append(chr(int(char, 16)))
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        elif tag == f"{W}p":
            # a paragraph nested outside a text box (rare): keep its text inline
            _run_text(child, out, boxes, refs)
        else:
            _run_text(child, out, boxes, refs)


def _paragraph_lines(p, numbering: Numbering, notes: Notes | None = None) -> Iterator[str]:
    ppr = p.find(f"{W}pPr")
    num_id = ilvl = style_id = None
    if ppr is not None:
        style = ppr.find(f"{W}pStyle")
        style_id = style.get(f"{W}val") if style is not None else None
        numpr = ppr.find(f"{W}numPr")
        if numpr is not None:
            num_el, lvl_el = numpr.find(f"{W}numId"), numpr.find(f"{W}ilvl")
            num_id = num_el.get(f"{W}val") if num_el is not None else None
            ilvl_text = lvl_el.get(f"{W}val") if lvl_el is not None else None
            ilvl = int(ilvl_text) if ilvl_text and ilvl_text.isdigit() else None
    parts: list[str] = []
    boxes: list = []
    refs: list[tuple[str, str]] = []
    _run_text(p, parts, boxes, refs)
    text = "".join(parts)
    label = ""
    resolved = numbering.resolve(num_id, ilvl, style_id)
    if resolved is not None and text.strip():
        number, suffix = numbering.label(*resolved)
        if number:
            label = number + (suffix if suffix != "\t" else "\u3000" if _mostly_japanese(text) else " ")
    text = label + text
    yield from text.split("\n")
    for kind, note_id in refs:
        # the note under the paragraph that calls it, so that what it says is read in that clause
        note = (notes or {}).get((kind, note_id), "").strip()
        if note:
            yield (f"〔{'脚注' if kind == 'footnote' else '文末脚注'}{note_id}〕{note}" if _mostly_japanese(note)
                   else f"[{kind} {note_id}] {note}")
    for box in boxes:
        yield from _block_lines(box, numbering, notes)


def _mostly_japanese(text: str) -> bool:
    from analyzer.ingest.pdflines import is_cjk

    letters = [c for c in text[:80] if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if is_cjk(c)) * 2 >= len(letters)


def _block_lines(container, numbering: Numbering, notes: Notes | None = None) -> Iterator[str]:
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            yield from _paragraph_lines(child, numbering, notes)
        elif tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                yield from _row_lines(row.findall(f"{W}tc"), numbering, notes)
        elif tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins", f"{W}moveTo"):
            yield from _block_lines(child, numbering, notes)
        elif tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                yield from _block_lines(choice, numbering, notes)


# a cell that holds nothing but a clause number: "1", "1.1", "(a)", "Article 3", 「第3条」
_NUMBER_CELL = re.compile(r"^\s*(?:(?:article|section|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6})\.?\s*$|"
                          r"^\s*\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s*$|^\s*[a-z]\)\s*$|"
                          r"^\s*第[0-9０-９一二三四五六七八九十百]{1,4}条\s*$", re.IGNORECASE)


def _row_lines(cells: list, numbering: Numbering, notes: Notes | None = None) -> Iterator[str]:
    """A table row's lines, cell by cell; a clause number alone in the first cell starts the next cell's first line,
    as it would on the page of an agreement laid out as a table ("1.1 | "Affiliate" means ...")."""
    pending = ""
    for k, cell in enumerate(cells):
        lines = list(_block_lines(cell, numbering, notes))
        if pending:
            first = next((j for j, line in enumerate(lines) if line.strip()), None)
            if first is None:
                continue  # an empty cell between the number and the text
            lines[first] = pending + " " + lines[first].lstrip()
            pending = ""
        elif k == 0 and len(cells) > 1 and len([line for line in lines if line.strip()]) == 1 \
                and _NUMBER_CELL.match("".join(lines)):
            # (the first column only: a figure in a table's fourth column, "26" ship days, numbers nothing)
            pending = "".join(lines).strip()
            continue
        yield from lines
    if pending:
        yield pending


def _check_archive(data: bytes) -> None:
    """Refuse ZIP bombs before python-docx inflates anything: count real inflated bytes, not header sizes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IngestionError("the DOCX file is truncated or damaged (not a valid ZIP)", status="corrupt") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > 5000:
            raise IngestionError("the DOCX holds too many parts to be a real document", status="too_large")
        try:
            for info in infos:
                if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                    _read_member(archive, info.filename)
        except (zipfile.BadZipFile, EOFError, OSError, zlib_error) as exc:
            raise IngestionError(f"the DOCX file is damaged ({exc})", status="corrupt") from None


def _notes(data: bytes) -> Notes:
    """The text of each footnote and endnote, by kind and id; Word's separator notes carry no text of their own."""
    from lxml import etree

    out: Notes = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for kind in ("footnote", "endnote"):
            xml = _read_member(archive, f"word/{kind}s.xml")
            if not xml:
                continue
            try:
                root = etree.fromstring(xml)
            except etree.XMLSyntaxError:
                continue  # a damaged notes part loses the notes, not the agreement
            for note in root.iter(f"{W}{kind}"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                lines: list[str] = []
                for p in note.iter(f"{W}p"):
                    parts: list[str] = []
                    _run_text(p, parts, [])
                    lines.append("".join(parts).strip())
                out[(kind, note.get(f"{W}id", ""))] = " ".join(line for line in lines if line)
    return out


def read_docx(data: bytes) -> tuple[str, TextBuilder]:
    """Return the document text and the builder holding its lines."""
    _check_archive(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile) as exc:
        raise IngestionError(f"the DOCX file cannot be opened ({exc})", status="corrupt") from None
    try:
        numbering_xml = etree.tostring(document.part.numbering_part.element)
    except (NotImplementedError, KeyError):
        numbering_xml = None
    styles_xml = etree.tostring(document.styles.element)
    numbering = parse_numbering(numbering_xml, styles_xml)
    notes = _notes(data)
    builder = TextBuilder()
    for line in _block_lines(document.element.body, numbering, notes):
        builder.add_line(line.rstrip())
    builder.end_page(1)
    return builder.text, builder
