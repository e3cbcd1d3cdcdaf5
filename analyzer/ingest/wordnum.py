"""Word automatic numbering, rendered as Word shows it.

Japanese contract templates keep 第1条, 2 (項) and (1) (号) only as list numbering: the paragraph text has none of
them. This module reads ``numbering.xml`` and ``styles.xml`` and renders each numbered paragraph's label
(``lvlText`` with ``%1``..``%9`` filled from per-list counters in each level's ``numFmt``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_KANJI_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "〇壱弐参四五六七八九"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, symbol in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa...
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def kanji_number(n: int, digits: str = _KANJI_DIGITS) -> str:
    """Japanese counting: 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 百五."""
    if n <= 0:
        return str(n)
    if n >= 10000:
        return "".join(digits[int(d)] for d in str(n))
    out = []
    for value, name in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out.append(("" if q == 1 else digits[q]) + name)
    if n:
        out.append(digits[n])
    return "".join(out)


def _fullwidth(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _circled(n: int) -> str:
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return str(n)


def _cycle(alphabet: str) -> Callable[[int], str]:
    return lambda n: alphabet[(n - 1) % len(alphabet)] if n > 0 else str(n)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalHalfWidth": str,
    "decimalFullWidth": _fullwidth,
    "decimalFullWidth2": _fullwidth,
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerLetter": _letter,
    "ordinal": lambda n: f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}",
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}.",
    "japaneseCounting": kanji_number,
    "japaneseLegal": lambda n: kanji_number(n, _LEGAL_DIGITS),
    "japaneseDigitalTenThousand": lambda n: "".join(_KANJI_DIGITS[int(d)] for d in str(n)),
    "ideographDigital": lambda n: "".join(_KANJI_DIGITS[int(d)] for d in str(n)),
    "chineseCounting": kanji_number,
    "chineseCountingThousand": kanji_number,
    "ideographTraditional": _cycle(_TRADITIONAL),
    "ideographZodiac": _cycle(_ZODIAC),
    "aiueo": _cycle(_AIUEO),
    "aiueoFullWidth": _cycle(_AIUEO),
    "iroha": _cycle(_IROHA),
    "irohaFullWidth": _cycle(_IROHA),
    "none": lambda n: "",
}


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    is_legal: bool = False
    restart: int | None = None


@dataclass
class Numbering:
    """Parsed ``numbering.xml`` + style links, and the running counters of one pass over the document."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    level_overrides: dict[str, dict[int, Level]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    style_parent: dict[str, str] = field(default_factory=dict)
    style_levels: dict[tuple[str, str], int] = field(default_factory=dict)
    _counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _started: set[str] = field(default_factory=set)

    def levels(self, num_id: str) -> dict[int, Level]:
        abstract_id = self.nums.get(num_id)
        levels = dict(self.abstract.get(abstract_id, {})) if abstract_id is not None else {}
        levels.update(self.level_overrides.get(num_id, {}))
        return levels

    def resolve(self, num_id: str | None, ilvl: int | None, style_id: str | None) -> tuple[str, int] | None:
        """The (numId, level) that applies to a paragraph: its own numPr, else its style's (through basedOn)."""
        if num_id is None and style_id:
            seen = set()
            style = style_id
            while style and style not in seen:
                seen.add(style)
                if style in self.style_numbering:
                    num_id, style_ilvl = self.style_numbering[style]
                    if ilvl is None:
                        ilvl = style_ilvl
                    if ilvl is None:
                        ilvl = self.style_levels.get((self.nums.get(num_id, ""), style_id), 0)
                    break
                style = self.style_parent.get(style, "")
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        return num_id, ilvl or 0

    def label(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """Advance the list's counter at ``ilvl`` and return (label, suffix) as Word renders them."""
        levels = self.levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return "", ""
        # lists that share an abstract definition continue one count, unless a num restarts it
        key = self.nums[num_id]
        counters = self._counters.setdefault(key, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
                for deeper in [d for d in counters if d > lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            deeper_level = levels.get(deeper)
            # lvlRestart names (one-based) the level whose every use restarts this one, and with it every level above
            # that one: "%1.%2" with lvlRestart 1 starts again at 2.1 under article 2
            if deeper_level is None or deeper_level.restart is None or ilvl <= deeper_level.restart:
                del counters[deeper]
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lvl = levels.get(k, Level())
                value = counters.get(k, lvl.start)
                fmt = "decimal" if level.is_legal else lvl.fmt
                text = text.replace(token, FORMATS.get(fmt, str)(value))
        if level.fmt == "bullet":
            return "", ""
        return text, {"tab": "\t", "space": " ", "nothing": ""}.get(level.suffix, "\t")


def _val(element, tag: str) -> str | None:
    child = element.find(f"{W}{tag}")
    return None if child is None else child.get(f"{W}val")


def _level(element) -> Level:
    start = _val(element, "start")
    restart = _val(element, "lvlRestart")
    return Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(element, "numFmt") or "decimal",
        text=_val(element, "lvlText") if element.find(f"{W}lvlText") is not None else "",
        suffix=_val(element, "suff") or "tab",
        is_legal=element.find(f"{W}isLgl") is not None,
        restart=int(restart) - 1 if restart and restart.isdigit() else None,
    )


def parse_numbering(numbering_xml: bytes | None, styles_xml: bytes | None) -> Numbering:
    """Parse the two parts with a parser that resolves no entities and reads no DTDs."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    numbering = Numbering()
    if numbering_xml:
        root = etree.fromstring(numbering_xml, parser)
        for abstract in root.iter(f"{W}abstractNum"):
            abstract_id = abstract.get(f"{W}abstractNumId")
            levels = {}
            for lvl in abstract.iter(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                levels[ilvl] = _level(lvl)
                pstyle = _val(lvl, "pStyle")
                if pstyle:
                    numbering.style_levels[(abstract_id, pstyle)] = ilvl
            numbering.abstract[abstract_id] = levels
        for num in root.iter(f"{W}num"):
            num_id = num.get(f"{W}numId")
            numbering.nums[num_id] = _val(num, "abstractNumId") or ""
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = override.find(f"{W}startOverride")
                if start is not None and (start.get(f"{W}val") or "").isdigit():
                    numbering.overrides.setdefault(num_id, {})[ilvl] = int(start.get(f"{W}val"))
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    numbering.level_overrides.setdefault(num_id, {})[ilvl] = _level(lvl)
    if styles_xml:
        root = etree.fromstring(styles_xml, parser)
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            based = style.find(f"{W}basedOn")
            if based is not None:
                numbering.style_parent[style_id] = based.get(f"{W}val")
            ppr = style.find(f"{W}pPr")
            numpr = ppr.find(f"{W}numPr") if ppr is not None else None
            if numpr is not None:
                num_id = _val(numpr, "numId")
                ilvl = _val(numpr, "ilvl")
                if num_id is not None:
                    numbering.style_numbering[style_id] = (num_id, int(ilvl) if ilvl and ilvl.isdigit() else None)
    return numbering
