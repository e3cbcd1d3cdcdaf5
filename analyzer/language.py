"""Language of a document, a block or a clause: ``ja``, ``en``, ``mixed``, ``zh``, ``ko`` or ``und``.

A Unicode-script heuristic (kana and kanji share against Latin letters) beat lingua on Japanese/English here (165/168
against 152/168 strings, ``shared/docs/perf.md``): lingua labels kanji-only Japanese headings such as 秘密保持 or 第５条
as Chinese. Kana is the tell for Japanese; kanji-only strings count as Japanese unless they are long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ScriptCounts:
    kana: int = 0
    kanji: int = 0
    hangul: int = 0
    latin: int = 0

    @property
    def cjk_weight(self) -> int:
        # a CJK character carries about as much as three Latin letters
        return 3 * (self.kana + self.kanji + self.hangul)

    @property
    def total_weight(self) -> int:
        return self.cjk_weight + self.latin


_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9d\u31f0-\u31ff]")
_KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々〆ヶ]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_LATIN = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a\u00c0-\u024f]")


_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


# the character classes above as code-point ranges (ヶ is both kana and kanji there, and so here)
_RANGES = {
    "kana": ((0x3040, 0x30FF), (0xFF66, 0xFF9D), (0x31F0, 0x31FF)),
    "kanji": ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x3005, 0x3006), (0x30F6, 0x30F6)),
    "hangul": ((0xAC00, 0xD7AF), (0x1100, 0x11FF)),
    "latin": ((0x41, 0x5A), (0x61, 0x7A), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xC0, 0x24F)),
}
_LONG = 400  # from here on one pass over the code points beats four regular-expression scans


def _count_codepoints(text: str) -> ScriptCounts | None:
    import numpy as np

    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return None
    counts = {name: int(sum(np.count_nonzero((codes >= low) & (codes <= high)) for low, high in ranges))
              for name, ranges in _RANGES.items()}
    return ScriptCounts(counts["kana"], counts["kanji"], counts["hangul"], counts["latin"])


def count_scripts(text: str) -> ScriptCounts:
    # counting happens in C (regular expressions, bytes.translate, NumPy): this runs on every line and every clause
    if text.isascii():
        return ScriptCounts(0, 0, 0, len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS)))
    if len(text) >= _LONG:
        counted = _count_codepoints(text)
        if counted is not None:
            return counted
    return ScriptCounts(len(_KANA.findall(text)), len(_KANJI.findall(text)), len(_HANGUL.findall(text)),
                        len(_LATIN.findall(text)))


def _cjk_language(counts: ScriptCounts) -> str:
    if counts.hangul > counts.kana + counts.kanji:
        return "ko"
    if counts.kana or counts.kanji <= 12:
        return "ja"
    # long runs of kanji with no kana at all are Chinese, not Japanese
    return "zh" if counts.kana == 0 and counts.kanji > 40 else "ja"


def detect_language(text: str, mixed_share: float = 0.25) -> str:
    """The language of a piece of text; ``mixed`` when Japanese and English each hold ``mixed_share`` or more."""
    counts = count_scripts(text)
    total = counts.total_weight
    if total == 0:
        return "und"
    cjk_share = counts.cjk_weight / total
    if mixed_share <= cjk_share <= 1 - mixed_share and counts.latin >= 20 and counts.kana + counts.kanji >= 7:
        return "mixed"
    if cjk_share >= 0.5:
        return _cjk_language(counts)
    return "en"


def detect_block_language(text: str) -> str:
    """The majority language of a short block (a line or paragraph): never ``mixed``."""
    counts = count_scripts(text)
    if counts.total_weight == 0:
        return "und"
    return _cjk_language(counts) if counts.cjk_weight >= counts.latin else "en"
