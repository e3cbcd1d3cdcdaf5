"""Numerals as agreements print them: Arabic, full-width, kanji (十二, 二十一, 百), Roman, letters, circled, iroha."""

from __future__ import annotations

import re
import unicodedata

_KANJI_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                "壱": 1, "弐": 2, "参": 3, "壹": 1, "貳": 2, "參": 3}
_KANJI_UNIT = {"十": 10, "百": 100, "千": 1000, "拾": 10}
KANJI_NUMERAL_CHARS = "".join(_KANJI_DIGIT) + "".join(_KANJI_UNIT)
IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def kanji_to_int(text: str) -> int | None:
    """十二 -> 12, 二十一 -> 21, 百五 -> 105, 一二 -> 12 (digit-wise); None if not a kanji numeral."""
    if not text or any(c not in _KANJI_DIGIT and c not in _KANJI_UNIT for c in text):
        return None
    if not any(c in _KANJI_UNIT for c in text):
        value = 0
        for c in text:
            value = value * 10 + _KANJI_DIGIT[c]
        return value
    total, digit = 0, None
    for c in text:
        if c in _KANJI_DIGIT:
            digit = _KANJI_DIGIT[c]
        else:
            total += (digit if digit is not None else 1) * _KANJI_UNIT[c]
            digit = None
    return total + (digit or 0)


def roman_to_int(text: str) -> int | None:
    """'iv' -> 4, 'XII' -> 12; None for strings that are not canonical Roman numerals."""
    s = text.lower()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        value = _ROMAN[c]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > value:
            total -= value
        else:
            total += value
    if total <= 0 or int_to_roman(total) != s:
        return None
    return total


def int_to_roman(n: int) -> str:
    out = []
    for value, symbol in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def arabic_to_int(text: str) -> int | None:
    """'12' or '１２' -> 12."""
    normal = unicodedata.normalize("NFKC", text)
    return int(normal) if normal.isdigit() and normal.isascii() else None


_WORD_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))}
_WORD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# "Article One", "ARTICLE TWENTY-ONE": agreements translated from Chinese number their articles in words
ENGLISH_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                        r"sixteen|seventeen|eighteen|nineteen)")


def words_to_int(text: str) -> int | None:
    """'One' -> 1, 'TWENTY-ONE' -> 21; None for anything else."""
    parts = text.lower().replace("-", " ").split()
    if len(parts) == 1 and parts[0] in _WORD_UNITS:
        return _WORD_UNITS[parts[0]] or None
    if not parts or parts[0] not in _WORD_TENS or len(parts) > 2:
        return None
    if len(parts) == 1:
        return _WORD_TENS[parts[0]]
    unit = _WORD_UNITS.get(parts[1], 0)
    return _WORD_TENS[parts[0]] + unit if 0 < unit < 10 else None
    return None


_ORDINAL_UNITS = {w: i for i, w in enumerate((
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"))}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
# "FIRST.- PURPOSE", "TWENTY-SECOND.- JURISDICTION": agreements translated from Spanish number their clauses so
ENGLISH_ORDINAL_WORDS = (r"(?:(?:twenty|thirty|forty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                         r"ninth)|twentieth|thirtieth|fortieth|fiftieth|first|second|third|fourth|fifth|sixth|"
                         r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                         r"seventeenth|eighteenth|nineteenth)")


# "PRIMERA / FIRST. OBJETO / PURPOSE", "DÉCIMA QUINTA.- JURISDICCIÓN": a Mexican or Spanish convenio numbers its
# cláusulas by feminine ordinals (a contrato's artículos by masculine ones)
# (and a Brazilian contrato's "CLÁUSULA PRIMEIRA / FIRST CLAUSE", in Portuguese)
_SPANISH_UNIT = (r"(?:PRIMEIR[AO]|PRIMER[AO]|SEGUND[AO]|TERCEIR[AO]|TERCER[AO]|CUART[AO]|QUART[AO]|QUINT[AO]|SEXT[AO]|"
                 r"S[ÉE]PTIM[AO]|S[ÉE]TIM[AO]|OCTAV[AO]|OITAV[AO]|NOVEN[AO]|NON[AO])")
SPANISH_ORDINAL_WORDS = (r"(?:(?:D[ÉE]CIM[AO]|VIG[ÉE]SIM[AO]|TRIG[ÉE]SIM[AO])(?:[ -]?" + _SPANISH_UNIT + r")?|"
                         r"UND[ÉE]CIM[AO]|DUOD[ÉE]CIM[AO]|" + _SPANISH_UNIT + ")")
_SPANISH_VALUES = {"primer": 1, "primeir": 1, "segund": 2, "tercer": 3, "terceir": 3, "cuart": 4, "quart": 4,
                   "quint": 5, "sext": 6, "septim": 7, "setim": 7, "octav": 8, "oitav": 8, "noven": 9, "non": 9,
                   "decim": 10, "undecim": 11, "duodecim": 12, "vigesim": 20, "trigesim": 30}
# the longer stem first, so that "undecima" is not read as "decima" and "primeira" not as "primera"
_SPANISH_STEM = re.compile("(" + "|".join(sorted(_SPANISH_VALUES, key=len, reverse=True)) + ")[ao]")
_SPANISH_ORDINAL = re.compile(rf"{_SPANISH_STEM.pattern}(?:[ -]?{_SPANISH_STEM.pattern})?")


def spanish_ordinal_to_int(text: str) -> int | None:
    """'PRIMERA' -> 1, 'DÉCIMA QUINTA' / 'DECIMOQUINTA' -> 15, 'VIGÉSIMA' -> 20; None for anything else."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)).strip()
    if not _SPANISH_ORDINAL.fullmatch(plain):
        return None
    values = [_SPANISH_VALUES[m.group(1)] for m in _SPANISH_STEM.finditer(plain)]
    if len(values) == 1:
        return values[0]
    if len(values) == 2 and values[0] in (10, 20, 30) and values[1] < 10:
        return values[0] + values[1]
    return None


def ordinal_to_int(text: str) -> int | None:
    """'First' -> 1, 'TWENTY-SECOND' -> 22; None for anything else."""
    parts = text.lower().replace("-", " ").split()
    if len(parts) == 1:
        return _ORDINAL_UNITS.get(parts[0]) or _ORDINAL_TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in _WORD_TENS and _ORDINAL_UNITS.get(parts[1], 0) in range(1, 10):
        return _WORD_TENS[parts[0]] + _ORDINAL_UNITS[parts[1]]
    return None


def any_to_int(text: str) -> int | None:
    """Arabic, full-width, kanji, Roman or English number words."""
    for parse in (arabic_to_int, kanji_to_int, roman_to_int, words_to_int):
        value = parse(text)
        if value is not None:
            return value
    return None


def letter_to_int(text: str) -> int | None:
    """'a' -> 1, 'B' -> 2, 'aa' -> 27 (Word's doubling)."""
    s = unicodedata.normalize("NFKC", text).lower()
    if not s or not s.isascii() or not s.isalpha() or len(set(s)) != 1:
        return None
    return (ord(s[0]) - ord("a") + 1) + 26 * (len(s) - 1)


def circled_to_int(ch: str) -> int | None:
    code = ord(ch) if len(ch) == 1 else 0
    if 0x2460 <= code <= 0x2473:
        return code - 0x2460 + 1
    if 0x3251 <= code <= 0x325F:
        return code - 0x3251 + 21
    if 0x32B1 <= code <= 0x32BF:
        return code - 0x32B1 + 36
    if 0x2474 <= code <= 0x2487:  # ⑴
        return code - 0x2474 + 1
    return None


def kana_to_int(ch: str) -> int | None:
    """Iroha (イロハ) or aiueo (アイウ) order; katakana, full- or half-width."""
    normal = unicodedata.normalize("NFKC", ch)
    if normal in IROHA:
        return IROHA.index(normal) + 1
    return None


def aiueo_to_int(ch: str) -> int | None:
    normal = unicodedata.normalize("NFKC", ch)
    if normal in AIUEO:
        return AIUEO.index(normal) + 1
    return None
