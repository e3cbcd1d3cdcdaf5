"""Language of a document, a block or a clause: ``ja``, ``en``, ``mixed``, ``zh``, ``ko`` or ``und``.

A Unicode-script heuristic (kana and kanji share against Latin letters) beat lingua on Japanese/English here (165/168
against 152/168 strings, ``shared/docs/perf.md``): lingua labels kanji-only Japanese headings such as 秘密保持 or 第５条
as Chinese. Kana is the tell for Japanese; kanji-only strings count as Japanese unless they are long.
"""

from __future__ import annotations

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


def count_scripts(text: str) -> ScriptCounts:
    kana = kanji = hangul = latin = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            if ch.isalpha():
                latin += 1
        elif 0x3040 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9D or 0x31F0 <= code <= 0x31FF:
            kana += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or ch in "々〆ヶ":
            kanji += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            hangul += 1
        elif 0xFF21 <= code <= 0xFF5A or 0xC0 <= code <= 0x24F:
            latin += 1
    return ScriptCounts(kana, kanji, hangul, latin)


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
