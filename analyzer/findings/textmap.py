"""Text normalised for matching (NFKC, lower case, party roles as tokens) with a map back to original offsets.

Rules and fact patterns run on the normalised text; every match is mapped back, so a finding's ``start``/``end``
always index the stored document text and ``evidence == text[start:end]``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from analyzer.classify.features import ROLE_TOKENS, role_spans


@dataclass(frozen=True)
class MappedText:
    """``text`` (normalised) and, per character, the [start, end) span of original text it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    offset: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for normalised [start, end), shifted by the clause offset."""
        if end <= start:
            end = start + 1
        start = min(max(start, 0), len(self.starts) - 1)
        end = min(max(end, 1), len(self.ends))
        return self.offset + self.starts[start], self.offset + self.ends[end - 1]


def map_text(text: str, parties: Mapping[str, str] | None = None, lang: str = "ja", offset: int = 0,
             roles: bool = True) -> MappedText:
    """Normalise ``text`` (a clause starting at ``offset`` in the document) for matching."""
    spans = role_spans(text, parties, lang) if roles else []
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    spans.append((len(text), len(text), ""))
    for span_start, span_end, role in spans:
        while pos < span_start:
            ch = text[pos]
            folded = unicodedata.normalize("NFKC", ch).lower()
            if ch in "\u3000\t\r\n":
                folded = " " if ch != "\n" else "\n"
            for out in folded:
                chars.append(out)
                starts.append(pos)
                ends.append(pos + 1)
            pos += 1
        if not role:
            break
        token = ROLE_TOKENS[role.rstrip("+")]
        for out in token:
            chars.append(out)
            starts.append(span_start)
            ends.append(span_end)
        if role.endswith("+"):
            # a long name keeps its words after the token
            while pos < span_end:
                chars.extend(unicodedata.normalize("NFKC", text[pos]).lower())
                count = len(unicodedata.normalize("NFKC", text[pos]).lower())
                starts.extend([pos] * count)
                ends.extend([pos + 1] * count)
                pos += 1
        pos = span_end
    return MappedText("".join(chars), tuple(starts), tuple(ends), offset)
