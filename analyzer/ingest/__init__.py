"""Ingestion: bytes in, a :class:`~analyzer.types.Document` out, whatever the bytes are.

The format is sniffed from the bytes. Every failure becomes a document with its own status and a message that says
what to do (``encrypted`` → give ``--password``; ``needs_ocr`` → install the OCR extra; ``unsupported`` → which
format to save as), so a batch never stops on one bad file.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from analyzer.errors import IngestionError, MissingDependencyError
from analyzer.ingest.quality import POOR_QUALITY
from analyzer.ingest.sniff import sniff_format
from analyzer.language import detect_language
from analyzer.types import Document

log = logging.getLogger("analyzer")

OcrMode = Literal["auto", "never", "force"]
UNREADABLE_QUALITY = 0.3

__all__ = ["IngestOptions", "load_document"]


@dataclass(frozen=True)
class IngestOptions:
    """Limits and choices for reading one document.

    ``ocr``: ``auto`` OCRs pages that have no usable text when OCR is installed; ``force`` re-OCRs every page
    (for a poor old OCR layer); ``never`` only reports such pages.
    """

    password: str | None = None
    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 2000
    ocr: OcrMode = "auto"


def _failed(source: str, data: bytes, fmt: str, status: str, error: str) -> Document:
    return Document(source=source, sha256=hashlib.sha256(data).hexdigest(), format=fmt, status=status, error=error)


def load_document(source: str | Path | bytes, name: str | None = None,
                  options: IngestOptions | None = None) -> Document:
    """Read a file (path) or bytes into a ``Document``; never raises for bad input."""
    options = options or IngestOptions()
    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        path = Path(source)
        label = name or str(source)
        try:
            size = path.stat().st_size
            if size > options.max_bytes:
                return Document(source=label, sha256="", format="unknown", status="too_large",
                                error=f"the file is {size:,} bytes, over the limit of {options.max_bytes:,}; "
                                      "raise it with --max-bytes")
            data = path.read_bytes()
        except FileNotFoundError:
            return Document(source=label, sha256="", format="unknown", status="not_found",
                            error=f"no such file: {source}")
        except IsADirectoryError:
            return Document(source=label, sha256="", format="unknown", status="unsupported",
                            error="this is a folder; give the files in it (or use a shell glob)")
        except PermissionError:
            return Document(source=label, sha256="", format="unknown", status="error",
                            error=f"permission denied reading {source}")
    if len(data) > options.max_bytes:
        return _failed(label, b"", "unknown", "too_large",
                       f"the file is {len(data):,} bytes, over the limit of {options.max_bytes:,}; "
                       "raise it with --max-bytes")
    if not data.strip(b"\x00 \t\r\n\xef\xbb\xbf"):
        return _failed(label, data, "unknown", "empty", "the file is empty")
    fmt, message = sniff_format(data)
    if fmt == "corrupt_zip":
        return _failed(label, data, "docx", "corrupt", message)
    if fmt not in ("pdf", "docx", "txt", "md"):
        return _failed(label, data, fmt, "unsupported", message)
    try:
        if fmt == "pdf":
            return _load_pdf(label, data, options)
        if fmt == "docx":
            from analyzer.ingest.docx import read_docx

            text, builder = read_docx(data)
            return _finish(label, data, fmt, text, builder.lines, builder.pages)
        from analyzer.ingest.text import read_text

        text, builder, encoding, notes = read_text(data)
        warnings = (() if encoding in ("utf-8", "utf-8-sig", "ascii") else (f"decoded as {encoding}",)) + notes
        return _finish(label, data, fmt, text, builder.lines, builder.pages, warnings)
    except IngestionError as exc:
        return _failed(label, data, fmt, exc.status, str(exc))


def _finish(label: str, data: bytes, fmt: str, text: str, lines, pages, warnings=(), status="ok",
            error: str | None = None) -> Document:
    if status == "ok" and not text.strip():
        status, error = "empty", "the document contains no text"
    return Document(
        source=label,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        status=status,  # type: ignore[arg-type]
        text=text,
        pages=tuple(pages),
        language=detect_language(text) if text.strip() else "und",
        error=error,
        warnings=tuple(warnings),
        lines=tuple(lines),
    )


def _load_pdf(label: str, data: bytes, options: IngestOptions) -> Document:
    from analyzer.ingest.ocr import ocr_pdf, ocr_unavailable_reason
    from analyzer.ingest.pdf import read_pdf

    result = read_pdf(data, options.password, options.max_pages)
    unreadable = sorted(set(result.scanned_pages) | {p.number for p in result.pages if p.quality < UNREADABLE_QUALITY
                                                     and p.end > p.start})
    poor = [p.number for p in result.pages if UNREADABLE_QUALITY <= p.quality < POOR_QUALITY]
    if options.ocr == "force":
        wanted = [p.number for p in result.pages]
    elif options.ocr == "auto":
        wanted = unreadable
    else:
        wanted = []
    warnings: list[str] = []
    if wanted:
        reason = ocr_unavailable_reason()
        if reason is None:
            try:
                ocred = ocr_pdf(data, wanted if options.ocr != "force" else None, options.password)
                result = read_pdf(ocred, None, options.max_pages, ocr_pages=frozenset(wanted))
                unreadable = [p for p in result.scanned_pages if p not in wanted]
                warnings.append(f"OCR applied to page(s) {_pages(wanted)}")
            except (IngestionError, MissingDependencyError) as exc:
                if not result.text.strip():
                    status = exc.status if isinstance(exc, IngestionError) else "needs_ocr"
                    return _finish(label, data, "pdf", "", [], result.pages, warnings, status, str(exc))
                warnings.append(f"OCR of page(s) {_pages(wanted)} failed: {exc}")
        elif not result.text.strip() or len(unreadable) == len(result.pages):
            return _finish(label, data, "pdf", "", [], result.pages, warnings, "needs_ocr",
                           f"the PDF has no usable text layer (scanned?); {reason}")
        else:
            warnings.append(f"page(s) {_pages(unreadable)} have no usable text and were not OCRed: {reason}")
    if options.ocr == "never" and unreadable and not result.text.strip():
        return _finish(label, data, "pdf", "", [], result.pages, warnings, "needs_ocr",
                       "the PDF has no usable text layer (scanned?); run with --ocr auto to OCR it")
    if poor:
        warnings.append(f"page(s) {_pages(poor)} have a poor text layer (old OCR?); run with --ocr force to re-OCR")
    elif unreadable and options.ocr == "never":
        warnings.append(f"page(s) {_pages(unreadable)} have no usable text; run with --ocr auto to OCR them")
    return _finish(label, data, "pdf", result.text, result.lines, result.pages, warnings)


def _pages(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)
