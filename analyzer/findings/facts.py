"""Facts with offsets: money, durations and deadlines, dates, governing law, courts and arbitration seats, countries,
and organisations named as parties, funders or affiliates.

Patterns run over the NFKC-normalised text (full-width digits and brackets folded) and every match is mapped back to
the stored text, so ``fact.text == document.text[fact.start:fact.end]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from analyzer.findings.prefilter import Prefiltered
from analyzer.findings.textmap import MappedText, map_text
from analyzer.segment.numbers import kanji_to_int
from analyzer.types import Clause, Fact

_KANJI_NUM = "〇一二三四五六七八九十百千"
_EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "a": 1, "an": 1, "twenty-four": 24, "thirty-six": 36, "forty-eight": 48,
}
_UNIT_DAYS = {"day": 1, "days": 1, "business day": 1, "business days": 1, "calendar day": 1, "calendar days": 1,
              "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
              "日": 1, "日間": 1, "営業日": 1, "週": 7, "週間": 7,
              "か月": 30, "ヶ月": 30, "ケ月": 30, "カ月": 30, "箇月": 30,
              "ヵ月": 30, "ヵ月間": 30, "か月間": 30, "ヶ月間": 30, "カ月間": 30, "箇月間": 30, "月": 30, "月間": 30,
              "年": 365, "年間": 365}

# Fact patterns run on MappedText, which is already lower-cased, so they are written in lower case and compiled
# without IGNORECASE (2-4x faster in re).

_EN_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in _EN_NUMBERS), key=len, reverse=True))
DURATION_EN = re.compile(
    rf"\b(?:(?P<word>{_EN_NUMBER_WORD})\s*(?:\((?P<paren>\d+)\)\s*)?|(?P<num>\d+(?:\.\d+)?)\s*)"
    r"(?P<unit>(?:business |calendar )?(?:days?|weeks?|months?|years?))\b")
DURATION_JA = re.compile(
    rf"(?P<num>\d+|[{_KANJI_NUM}]+)\s*(?P<unit>営業日|日間|週間|か月間|ヶ月間|カ月間|箇月間|ヵ月間|か月|ヶ月|ケ月|カ月|箇月|ヵ月|年間|月間|日|年)"
    r"(?![0-9一二三四五六七八九十]+日)"
)
OPEN_ENDED = re.compile(
    r"無期限|期限の定めなく|期間の定めなく|期間の制限なく|永久|永続的|恒久的|いつまでも|無期限に|"
    r"in perpetuity|perpetual(?:ly)?|indefinite(?:ly)?|"
    r"without (?:any )?(?:time )?limit(?:ation)?(?: in time| of time)?|"
    r"no (?:fixed )?(?:end|expiry) date|for an unlimited (?:period|time)|"
    r"until (?:the )?(?:〈p〉|partner|sponsor)[^.。]{0,30}"
    r"(?:decides|agrees|consents|approves|determines)|(?:〈p〉|乙)が(?:認める|承認する|別途定める)まで")
_CURRENCY_WORDS = {"円": "JPY", "jpy": "JPY", "yen": "JPY", "¥": "JPY", "usd": "USD", "us$": "USD", "$": "USD",
                   "eur": "EUR", "€": "EUR", "cny": "CNY", "rmb": "CNY", "元": "CNY", "gbp": "GBP", "£": "GBP"}
MONEY_EN = re.compile(
    r"(?P<cur>jpy|usd|eur|cny|rmb|gbp|us\$|\$|€|¥|£)\s?(?P<amt>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|thousand|m\b|k\b))?"
    r"|(?P<amt2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<scale2>million|billion|thousand)?\s?(?P<cur2>jpy|yen|usd|dollars|eur|euros|cny|rmb)\b")
MONEY_JA = re.compile(
    rf"(?:金)?(?P<amt>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|[{_KANJI_NUM}]+)\s?(?P<scale>億|万|千)?(?P<amt_b>\d+|[{_KANJI_NUM}]+)?"
    r"\s?(?P<scale_b>万)?\s?円"
)
DATE_JA = re.compile(
    r"(?P<era>令和|平成|昭和)\s?(?P<y>元|\d{1,2}|[一二三四五六七八九十]+)\s?年\s?(?P<m>\d{1,2}|[一二三四五六七八九十]+)\s?月"
    r"\s?(?P<d>\d{1,2}|[一二三四五六七八九十]+)\s?日"
    r"|(?P<wy>(?:19|20)\d{2})\s?年\s?(?P<wm>\d{1,2})\s?月\s?(?P<wd>\d{1,2})\s?日"
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
DATE_EN = re.compile(
    r"\b(?P<mon>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b"
    r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<mon2>" + "|".join(_MONTHS)
    + r"),?\s+(?P<y2>(?:19|20)\d{2})\b"
    r"|\b(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})\b")
GOVERNING_LAW_EN = re.compile(
    r"governed by[^.;]{0,60}?\blaws? of\s+(?:the\s+)?"
    r"(?P<x>(?:state of |commonwealth of |republic of |people's republic of |federal republic of |kingdom of )?"
    r"[a-z][a-z .'-]{1,40}?)(?=[,.;(]|\s+(?:and|without|excluding|exclusive|applicable|as|to|in)\b)")
GOVERNING_LAW_JA = re.compile(r"(?P<x>日本|日本国|[\u30a0-\u30ff\u4e00-\u9fff]{1,12}?国?)の?法(?:令)?(?:律)?に準拠|"
                              r"準拠法は、?(?P<y>[\u30a0-\u30ff\u4e00-\u9fff]{1,12})法")
COURT_JA = re.compile(r"(?P<x>[\u4e00-\u9fff]{1,8})(?:地方|簡易|高等)?裁判所")
COURT_EN = re.compile(r"courts?\s+(?:of|in|located in|sitting in)\s+(?:the\s+)?(?P<x>[a-z][a-z .'-]{1,40}?)"
                      r"(?=[,.;(]|\s+(?:shall|and|for|to|with)\b)")
ARBITRATION = re.compile(
    r"(?P<inst>icc|siac|jcaa|hkiac|cietac|lcia|icsid|jams|aaa|international chamber of commerce|日本商事仲裁協会|"
    r"singapore international arbitration centre|japan commercial arbitration association)"
    r"|arbitration[^.]{0,80}?(?:seat(?:ed)?|place|venue)[^.]{0,20}?\b(?:in|at|of|be)\s+"
    r"(?P<seat>[a-z][a-z .'-]{1,30}?)(?=[,.;(])"
    r"|(?P<seatja>[\u4e00-\u9fff]{1,8})(?:において|を仲裁地とする)仲裁")
COUNTRIES = {
    "japan": "JP", "日本": "JP", "united states": "US", "u.s.": "US", "usa": "US", "アメリカ": "US", "米国": "US",
    "china": "CN", "中国": "CN", "中華人民共和国": "CN", "korea": "KR", "韓国": "KR", "大韓民国": "KR", "taiwan": "TW",
    "台湾": "TW", "united kingdom": "GB", "英国": "GB", "イギリス": "GB",
    "germany": "DE", "ドイツ": "DE", "france": "FR",
    "フランス": "FR", "singapore": "SG", "シンガポール": "SG", "india": "IN", "インド": "IN", "russia": "RU",
    "ロシア": "RU", "australia": "AU", "オーストラリア": "AU", "canada": "CA", "カナダ": "CA", "netherlands": "NL",
    "オランダ": "NL", "switzerland": "CH", "スイス": "CH", "sweden": "SE", "スウェーデン": "SE", "italy": "IT",
    "イタリア": "IT", "spain": "ES", "スペイン": "ES", "israel": "IL", "イスラエル": "IL", "iran": "IR", "イラン": "IR",
    "north korea": "KP", "北朝鮮": "KP", "vietnam": "VN", "ベトナム": "VN", "thailand": "TH", "タイ": "TH",
    "indonesia": "ID", "インドネシア": "ID", "malaysia": "MY", "マレーシア": "MY",
    "philippines": "PH", "フィリピン": "PH",
    "hong kong": "HK", "香港": "HK", "brazil": "BR", "ブラジル": "BR", "belgium": "BE", "ベルギー": "BE",
    "finland": "FI", "フィンランド": "FI", "denmark": "DK", "デンマーク": "DK", "norway": "NO", "ノルウェー": "NO",
    "new zealand": "NZ", "ニュージーランド": "NZ", "saudi arabia": "SA", "サウジアラビア": "SA",
    "united arab emirates": "AE", "アラブ首長国連邦": "AE", "pakistan": "PK", "パキスタン": "PK",
    "portugal": "PT", "ポルトガル": "PT", "austria": "AT", "オーストリア": "AT", "ireland": "IE", "アイルランド": "IE",
    "poland": "PL", "ポーランド": "PL", "czech republic": "CZ", "チェコ": "CZ", "greece": "GR", "ギリシャ": "GR",
    "turkey": "TR", "türkiye": "TR", "トルコ": "TR", "egypt": "EG", "エジプト": "EG", "south africa": "ZA",
    "南アフリカ": "ZA", "mexico": "MX", "メキシコ": "MX", "chile": "CL", "チリ": "CL", "argentina": "AR",
    "アルゼンチン": "AR", "kazakhstan": "KZ", "カザフスタン": "KZ", "uzbekistan": "UZ", "ウズベキスタン": "UZ",
    "mongolia": "MN", "モンゴル": "MN", "bangladesh": "BD", "バングラデシュ": "BD", "sri lanka": "LK",
    "スリランカ": "LK",
    "myanmar": "MM", "ミャンマー": "MM", "cambodia": "KH", "カンボジア": "KH", "qatar": "QA", "カタール": "QA",
    "oman": "OM", "オマーン": "OM", "jordan": "JO", "ヨルダン": "JO", "ukraine": "UA", "ウクライナ": "UA",
    "belarus": "BY", "ベラルーシ": "BY", "hungary": "HU", "ハンガリー": "HU", "luxembourg": "LU",
    "ルクセンブルク": "LU", "estonia": "EE", "エストニア": "EE", "nigeria": "NG", "ナイジェリア": "NG", "kenya": "KE",
    "ケニア": "KE",
}
_COUNTRY_RE = re.compile("|".join(sorted((re.escape(c) for c in COUNTRIES), key=len, reverse=True)))
_CHECKS = {name: Prefiltered(globals()[name]) for name in (
    "DATE_JA", "DATE_EN", "MONEY_EN", "MONEY_JA", "OPEN_ENDED", "DURATION_EN", "DURATION_JA", "GOVERNING_LAW_EN",
    "GOVERNING_LAW_JA", "COURT_JA", "COURT_EN", "ARBITRATION")}
_ALNUM_RUN = re.compile(r"[^\W_]+")
_COUNTRY_FIRST_WORDS = frozenset(name.split()[0] for name in COUNTRIES if re.fullmatch(r"[a-z]+(?: [a-z]+)*", name))
_COUNTRY_OTHER = tuple(name for name in COUNTRIES if name[0].isascii() and name.split()[0] not in _COUNTRY_FIRST_WORDS)


def _may_name_a_country(text: str) -> bool:
    """False only when ``text`` (lower case) cannot hold a country fact: an English name counts only as whole words,
    so its first word is one of the text's words; 40 substring tests would cost more than the regular expression."""
    if not text.isascii():
        return True
    return not _COUNTRY_FIRST_WORDS.isdisjoint(_ALNUM_RUN.findall(text)) or any(n in text for n in _COUNTRY_OTHER)
# One pattern per form of name. Searched apart and merged leftmost-first, they find what their alternation would,
# in a third of the time: a pattern searched alone skips ahead to the characters it can start with.
ORGANISATION_FORMS = tuple(re.compile(form) for form in (
    r"(?:the\s+)?(?:University|Ministry|Academy|Institute|Department|Bureau) of "
    r"(?:(?:of |and |for |the )?[A-Z][\w&'\-]+\s?){1,6}",
    r"(?:国立大学法人|学校法人|公立大学法人|国立研究開発法人|独立行政法人|一般社団法人|公益財団法人|株式会社)[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{1,20}",
    r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{1,20}(?:株式会社|大学|研究所|研究院|研究機構|機構|財団|省|庁)",
    r"(?:the\s+)?(?:[A-Z][\w&'\-]+\s+){1,5}(?:University|Institute|Institution|College|Laboratory|Laboratories|"
    r"Foundation|Academy|Agency|Council|Corporation|Company|"
    r"Co\., Ltd\.|Ltd\.?|Limited|Inc\.?|GmbH|LLC|Centre|Center)(?=\W|$)",
))


def _first_of(forms: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """The matches ``re.compile("|".join(forms)).finditer(text)`` would give, each form searched on its own."""
    pos = 0
    upcoming: list[re.Match[str] | None] = [form.search(text, pos) for form in forms]
    while True:
        best: re.Match[str] | None = None
        for match in upcoming:  # the leftmost; on a tie the earlier form, as in an alternation
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        pos = best.end() if best.end() > best.start() else best.start() + 1
        for k, form in enumerate(forms):
            following = upcoming[k]
            if following is not None and following.start() < pos:
                upcoming[k] = form.search(text, pos)


def _to_number(text: str) -> float | None:
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    return float(kanji_to_int(text)) if kanji_to_int(text) is not None else None


def _kanji_amount(text: str) -> int | None:
    """五百万 -> 5000000, 一億二千万 -> 120000000."""
    total, section, digit = 0, 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    for ch in text:
        if ch in digits:
            digit = digits[ch]
        elif ch in units:
            section += (digit or 1) * units[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "億":
            total += (section + digit) * 100_000_000
            section = digit = 0
        else:
            return None
    return total + section + digit


def _era_year(era: str, year: str) -> int | None:
    base = {"令和": 2018, "平成": 1988, "昭和": 1925}[era]
    value = 1 if year == "元" else _to_number(year)
    return base + int(value) if value else None


def _duration(m: re.Match[str], lang: str) -> dict[str, Any] | None:
    unit = m.group("unit").lower()
    if lang == "en":
        number = m.group("paren") or m.group("num")
        value = _to_number(number) if number else _EN_NUMBERS.get((m.group("word") or "").lower())
    else:
        value = _to_number(m.group("num"))
    if value is None:
        return None
    days = value * _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit.rstrip("s"), 0) or 0)
    if not days:
        return None
    return {"value": value, "unit": unit, "days": round(days)}


def extract_facts(mapped: MappedText, original: str, clause_id: str | None = None) -> list[Fact]:
    """Facts of one normalised clause text; ``original`` is the whole document text (for the fact's text)."""
    text = mapped.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int, value: Any) -> None:
        a, b = mapped.span(start, end)
        facts.append(Fact(kind, original[a:b], a, b, value, clause_id))
        taken.append((start, end))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for m in _CHECKS["DATE_JA"].finditer(text):
        if m.group("era"):
            year = _era_year(m.group("era"), m.group("y"))
            month, day = _to_number(m.group("m")), _to_number(m.group("d"))
        else:
            year, month, day = int(m.group("wy")), _to_number(m.group("wm")), _to_number(m.group("wd"))
        try:
            iso = dt.date(int(year or 0), int(month or 0), int(day or 0)).isoformat()
        except ValueError:
            iso = None
        add("date", m.start(), m.end(), iso)
    for m in _CHECKS["DATE_EN"].finditer(text):
        try:
            if m.group("iy"):
                iso = dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))).isoformat()
            else:
                month = (m.group("mon") or m.group("mon2")).lower()
                day = int(m.group("d") or m.group("d2"))
                year = int(m.group("y") or m.group("y2"))
                iso = dt.date(year, _MONTHS.index(month) + 1, day).isoformat()
        except ValueError:
            iso = None
        add("date", m.start(), m.end(), iso)
    for m in _CHECKS["MONEY_EN"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        amount = _to_number(m.group("amt") or m.group("amt2") or "")
        if amount is None:
            continue
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        amount *= {"million": 1e6, "m": 1e6, "billion": 1e9, "thousand": 1e3, "k": 1e3}.get(scale, 1)
        currency = _CURRENCY_WORDS.get((m.group("cur") or m.group("cur2") or "").lower(), "USD")
        add("money", m.start(), m.end(), {"amount": amount, "currency": currency})
    for m in _CHECKS["MONEY_JA"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        raw = m.group(0).lstrip("金").replace(" ", "").rstrip("円").replace(",", "")
        amount: float | None
        if re.fullmatch(r"[\d.]+", raw):
            amount = float(raw)
        elif re.fullmatch(r"[\d.]+[億万千]?[\d]*万?", raw):
            amount = float(_kanji_amount_mixed(raw) or 0) or None
        else:
            amount = _kanji_amount(raw)
        if amount:
            add("money", m.start(), m.end(), {"amount": float(amount), "currency": "JPY"})
    for m in _CHECKS["OPEN_ENDED"].finditer(text):
        if free(m.start(), m.end()):
            add("duration", m.start(), m.end(), {"open_ended": True})
    for pattern, lang in (("DURATION_EN", "en"), ("DURATION_JA", "ja")):
        for m in _CHECKS[pattern].finditer(text):
            if not free(m.start(), m.end()):
                continue
            value = _duration(m, lang)
            if value:
                add("duration", m.start(), m.end(), value)
    for m in _CHECKS["GOVERNING_LAW_EN"].finditer(text):
        add("governing_law", m.start("x"), m.end("x"), m.group("x").strip().title())
    for m in _CHECKS["GOVERNING_LAW_JA"].finditer(text):
        group = "x" if m.group("x") else "y"
        add("governing_law", m.start(group), m.end(group), m.group(group))
    for pattern in ("COURT_JA", "COURT_EN"):
        for m in _CHECKS[pattern].finditer(text):
            add("court", m.start(), m.end(), m.group("x").strip())
    for m in _CHECKS["ARBITRATION"].finditer(text):
        name = m.group("inst") or m.group("seat") or m.group("seatja")
        group = "inst" if m.group("inst") else "seat" if m.group("seat") else "seatja"
        add("arbitration", m.start(group), m.end(group), name.strip())
    for m in (_COUNTRY_RE.finditer(text) if _may_name_a_country(text) else ()):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if m.group()[0].isascii() and (before.isalnum() or after.isalnum()):
            continue
        add("country", m.start(), m.end(), COUNTRIES[m.group().lower()])
    return facts


def _kanji_amount_mixed(raw: str) -> int | None:
    """1億2000万 / 500万 / 3.5万 with Arabic digits and kanji scale words."""
    total = 0.0
    for number, scale in re.findall(r"([\d.]+)([億万千]?)", raw):
        total += float(number) * {"億": 1e8, "万": 1e4, "千": 1e3, "": 1}[scale]
    return int(total) if total else None


def organisations(text: str) -> list[tuple[int, int, str]]:
    """Organisation names in original text (used for counterparty screening)."""
    out = []
    for m in _first_of(ORGANISATION_FORMS, text):
        name = m.group().strip()
        name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if len(name) >= 3:
            out.append((m.start(), m.end(), name))
    return out


def document_facts(text: str, clauses: Iterable[Clause], parties: dict[str, str] | None = None,
                   known: Mapping[str, Sequence[Fact]] | None = None) -> list[Fact]:
    """Facts of every leaf clause of a document, plus the organisations it names.

    ``known`` holds facts already extracted per clause id (the findings stage extracts them for its rules).
    """
    facts: list[Fact] = []
    clauses = list(clauses)
    children = {c.parent for c in clauses if c.parent}
    for clause in clauses:
        if clause.id in children or clause.kind == "signature":
            continue
        if known is not None and clause.id in known:
            facts.extend(known[clause.id])
            continue
        mapped = map_text(clause.text, parties, clause.language if clause.language in ("ja", "en") else "ja",
                          offset=clause.start, roles=False)
        facts.extend(extract_facts(mapped, text, clause.id))
    for start, end, name in organisations(text):
        facts.append(Fact("organisation", text[start:end], start, end, name, None))
    facts.sort(key=lambda f: (f.start, f.kind))
    return facts
