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


class _ScriptTable(dict):
    """``str.translate`` table: each character to the letters of the scripts it counts for (k kana, K kanji,
    h hangul, l latin; ヶ is both kana and kanji), or to nothing. Filled in as characters are first seen."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        classes = "".join(letter for letter, pattern in (("k", _KANA), ("K", _KANJI), ("h", _HANGUL), ("l", _LATIN))
                          if pattern.match(ch))
        self[code] = classes
        return classes


_SCRIPTS = _ScriptTable()


def count_scripts(text: str) -> ScriptCounts:
    # counting happens in C (bytes.translate, str.translate with a cached table): this runs on every line and clause
    if text.isascii():
        return ScriptCounts(0, 0, 0, len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS)))
    classes = text.translate(_SCRIPTS)
    return ScriptCounts(classes.count("k"), classes.count("K"), classes.count("h"), classes.count("l"))


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
