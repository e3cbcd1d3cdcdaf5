"""Boxes of arbitrary text on a PDF page, with pdfplumber: where an evidence string sits, for highlighting.

Clause line boxes come from PDFium during ingestion (fast, whole lines). To highlight a finding's exact words,
pdfplumber's page search returns a box per match; it is 60-120x slower than PDFium, so it runs only on the pages
a reviewer looks at.
"""

from __future__ import annotations

import io
import re

from analyzer.types import Box


def search_boxes(data: bytes, page_number: int, text: str, password: str | None = None) -> list[Box]:
    """Boxes (top-left origin, points) of ``text`` on a 1-based page; whitespace in ``text`` matches any spacing."""
    import pdfplumber

    words = [re.escape(part) for part in text.split()]
    if not words:
        return []
    pattern = r"\s*".join(words)
    with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
        if not 1 <= page_number <= len(pdf.pages):
            raise ValueError(f"page {page_number} is outside 1..{len(pdf.pages)}")
        page = pdf.pages[page_number - 1]
        return [Box(page_number, m["x0"], m["top"], m["x1"], m["bottom"]) for m in page.search(pattern, regex=True)]
