"""Articles switched off by number: a clause saying that another article "shall not apply" is read as about that
article's subject.

A hidden flag often names no subject at all: 「…確認済みであることから、第１２条第２項及び第３項の規定は適用しないもの
とし、甲は、別表２に定める時期までにその提供を完了する」 switches off the export-control article by its number only.
The article's own heading says what is switched off.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from analyzer.findings.playbook import Rule
from analyzer.findings.rules import RuleHit
from analyzer.segment.numbers import any_to_int
from analyzer.types import Clause

_NUM = r"[0-9０-９一二三四五六七八九十]+"
_JA_OFF = re.compile(rf"第(?P<n>{_NUM})条(?:第{_NUM}項)?"
                     rf"(?:(?:及び|並びに|、|又は)(?:第{_NUM}条)?(?:第{_NUM}項)?)*の規定"
                     r"(?:は|を)、?[^。]{0,20}?適用しない"
                     # (or its procedure set aside: 「第九条第二項に定める技術提供に係る手続の対象としない」)
                     rf"|第(?P<m>{_NUM})条(?:第{_NUM}項)?に定める[^。]{{0,30}}(?:手続|審査|確認)の対象としない"
                     # (or gone ahead of: 「第15条第2項の規定にかかわらず、甲は、同項に定める手続の完了を待つことなく
                     # …提供を行う」)
                     rf"|第(?P<k>{_NUM})条(?:第{_NUM}項)?の規定にかかわらず、[^。]{{0,60}}"
                     r"(?:手続|審査|確認|判定)の(?:完了|終了|結果)を待(?:つことなく|たずに|たないで)"
                     # (「第13条第２項に定める手続の完了を待たずに行うことができる」)
                     rf"|第(?P<j>{_NUM})条(?:第{_NUM}項)?に定める[^。]{{0,30}}(?:手続|審査|確認|判定)の(?:完了|終了|結果)を"
                     r"待(?:つことなく|たずに|たないで)"
                     # (or not needed at all: 「…提供する場合には、第十四条第二項に定める手続を要しないものとする」)
                     rf"|第(?P<i>{_NUM})条(?:第{_NUM}項)?に定める(?:手続|審査|確認)を要しない")
# (not another document's: "CA clauses 9 and 10 do not apply to it", "Clause 11 of the Agreement")
_EN_OFF = re.compile(r"(?<!\bCA )(?<!\bGA )\b(?:clause|section|article)s?\s+(?P<n>\d{1,3})(?:\.\d{1,3})*"
                     r"(?:\s*\([a-z0-9]{1,4}\))*"
                     r"(?:(?:,|\s+and|\s+or)\s+(?:(?:clause|section|article)\s+)?\d{1,3}(?:\.\d{1,3})*"
                     r"(?:\s*\([a-z0-9]{1,4}\))*)*(?:\s+of\s+this\s+\w+)?"
                     r"\s+(?:shall|will|does|do)\s+not\s+apply\b"
                     # (or gone ahead of: "notwithstanding Clause 12.2, ... without waiting for the completion of ...")
                     r"|\bnotwithstanding\s+(?:clause|section|article)\s+(?P<k>\d{1,3})(?:\.\d{1,3})*[^.;]{0,120}"
                     r"\bwithout\s+(?:waiting\s+for|awaiting)\s+(?:the\s+)?(?:completion|outcome|result|conclusion)\b",
                     re.IGNORECASE)
_EXPORT_HEADING = re.compile(r"輸出管理|安全保障貿易|該非|外為法|"
                             r"export\s+control|export\s+regulation|export\s+compliance", re.IGNORECASE)
# (public items need no licence: switching the article off for them is its benign side)
_PUBLIC = re.compile(r"公知|公開済|publicly available|public domain|published", re.IGNORECASE)

RULE = Rule(
    id="EXP-01.export-article-switched-off", indicator="EXP-01", lang="any", any=(), categories=("EXPORT_CONTROL",),
    score=0.75,
    explanation={
        "ja": "安全保障輸出管理の条項（該非判定・許可手続）を、条番号の参照だけで適用しないとする条項です。",
        "en": "The export-control article (classification and licensing) is switched off by its number alone.",
    },
)


def _article_number(article: Clause) -> int | None:
    digits = re.search(_NUM, unicodedata.normalize("NFKC", article.number))
    return any_to_int(digits.group()) if digits else None


def _number_of(clause: Clause, articles: list[Clause]) -> int | None:
    """The number of the article ``clause`` stands in."""
    holding = [a for a in articles if a.start <= clause.start < a.end]
    return _article_number(holding[-1]) if holding else None


def export_article_off(clause: Clause, articles: Iterable[Clause]) -> list[RuleHit]:
    """EXP-01 where ``clause`` switches off, by number, an article headed as export control."""
    if _PUBLIC.search(clause.text):
        return []
    pattern = _JA_OFF if clause.language == "ja" else _EN_OFF
    matches = list(pattern.finditer(clause.text))
    if not matches:
        return []
    articles = list(articles)
    own = _number_of(clause, articles)
    hits = []
    for match in matches:
        groups = match.groupdict()
        wanted = any_to_int(next((g for g in groups.values() if g), ""))
        if wanted == own:
            # (an article's own exceptions: "8.3 The obligations in Section 8.2 do not apply to information that ...")
            continue
        for article in articles:
            if article.id == clause.id or not article.number:
                continue
            heading = article.text[:80].split("\n", 1)[0]
            if _article_number(article) == wanted and _EXPORT_HEADING.search(heading):
                hits.append(RuleHit(RULE, clause.start + match.start(), clause.start + match.end()))
                break
    return hits
