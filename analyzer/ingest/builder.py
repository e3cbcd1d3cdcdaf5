"""Assemble a document's stored text line by line, recording each line's span, page and box."""

from __future__ import annotations

from analyzer.types import Box, Line, Page


class TextBuilder:
    """Accumulates lines into one text with a ``Line`` per line and a ``Page`` per page.

    Lines are joined with ``\\n``; a page's span runs from its first line to the end of its last line.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.lines: list[Line] = []
        self.pages: list[Page] = []
        self._page_start = 0

    def add_line(self, text: str, page: int = 1, box: Box | None = None) -> Line:
        if "\n" in text:
            raise ValueError("a line may not contain a newline; split it first")
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        line = Line(start, self._length, page, box)
        self.lines.append(line)
        return line

    def add_text(self, text: str, page: int = 1) -> None:
        """Add a block that may hold several lines (each gets its own ``Line``)."""
        for part in text.split("\n"):
            self.add_line(part.rstrip("\r"), page)

    def end_page(self, number: int, width: float = 0.0, height: float = 0.0, quality: float = 1.0,
                 ocr: bool = False) -> Page:
        page = Page(number, min(self._page_start, self._length), self._length, width, height, quality, ocr)
        self.pages.append(page)
        self._page_start = self._length + 1
        return page

    @property
    def text(self) -> str:
        return "".join(self._parts)
