"""Tell a document's format from its bytes, never from its file name."""

from __future__ import annotations

import io
import zipfile

SUPPORTED = ("pdf", "docx", "txt", "md")

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole",
     "a Word 97-2003 (.doc) or other legacy Office file; save it as .docx or PDF and try again"),
    (b"\x89PNG\r\n\x1a\n", "image", "an image (PNG); put it into a PDF (e.g. `img2pdf`) and run with OCR enabled"),
    (b"\xff\xd8\xff", "image", "an image (JPEG); put it into a PDF (e.g. `img2pdf`) and run with OCR enabled"),
    (b"II*\x00", "image", "an image (TIFF); put it into a PDF (e.g. `img2pdf`) and run with OCR enabled"),
    (b"MM\x00*", "image", "an image (TIFF); put it into a PDF (e.g. `img2pdf`) and run with OCR enabled"),
    (b"GIF8", "image", "an image (GIF); put it into a PDF and run with OCR enabled"),
    (b"{\\rtf", "rtf", "an RTF file; save it as .docx or PDF and try again"),
    (b"\x1f\x8b", "gzip", "a gzip archive; unpack it and analyse the files inside"),
    (b"7z\xbc\xaf\x27\x1c", "7z", "a 7-Zip archive; unpack it and analyse the files inside"),
    (b"Rar!", "rar", "a RAR archive; unpack it and analyse the files inside"),
)


def sniff_format(data: bytes) -> tuple[str, str]:
    """Return ``(format, message)``: a format in ``SUPPORTED``, or another name with what the user should do."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf", ""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    for magic, name, message in _MAGIC:
        if head.startswith(magic):
            return name, f"this is {message}"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "html", "this is an HTML page; save it as PDF or plain text and try again"
    if _looks_binary(head):
        return "binary", "this is a binary file of an unknown kind; Kyotei reads PDF, DOCX, TXT and Markdown"
    return ("md" if _looks_markdown(data) else "txt"), ""


def _sniff_zip(data: bytes) -> tuple[str, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return "corrupt_zip", "the file looks like a ZIP-based document (DOCX) but is truncated or damaged"
    if "word/document.xml" in names:
        return "docx", ""
    if "xl/workbook.xml" in names:
        return "xlsx", "this is an Excel workbook; Kyotei reads agreements as PDF, DOCX, TXT or Markdown"
    if "ppt/presentation.xml" in names:
        return "pptx", "this is a PowerPoint file; save it as PDF and try again"
    if "content.xml" in names and "mimetype" in names:
        return "odf", "this is an OpenDocument file; save it as .docx or PDF and try again"
    return "zip", "this is a ZIP archive; unpack it and analyse the files inside"


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return good / len(text)


def _decodes_as_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark (Japanese text has few NUL bytes, so NUL counting alone misses it)."""
    sample = head[: len(head) - len(head) % 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for c in text if "\u3040" <= c <= "\u9fff")
        if _printable_share(text) > 0.97 and (cjk > len(text) * 0.3 or ("\n" in text and text.isascii())):
            return True
    return False


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return False  # a multi-byte character cut by the sample boundary
    if _decodes_as_utf16(head):
        return False
    # UTF-16 without BOM: every other byte is NUL for ASCII-range text
    if head.count(b"\x00") > len(head) // 4:
        even, odd = head[0::2], head[1::2]
        return not (even.count(0) > len(even) * 0.6 or odd.count(0) > len(odd) * 0.6)
    controls = sum(1 for b in head if b < 9 or 13 < b < 27 or 27 < b < 32)
    return controls > len(head) * 0.1


def _looks_markdown(data: bytes) -> bool:
    sample = data[:20000]
    markers = sum(sample.count(m) for m in (b"\n# ", b"\n## ", b"\n### ", b"**", b"\n- ", b"\n---"))
    return sample.startswith((b"# ", b"---\n", b"---\r\n", b"\xef\xbb\xbf# ")) or markers >= 4
