"""Numbering markers at the start of a line: 第N条, 項 numbers, 号 items, Article / Section / 1.1 / (a) / (i), annexes.

A marker says what a line *could* start; the segmenter decides from the sequence and the hierarchy whether it does.
Cross-references that a PDF line break put at the start of a line ("Section 5 of this Agreement", 「第5条の規定」) are
rejected here by what follows the number.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field, replace

from analyzer.annotations import INSERTED_TAG
from analyzer.segment.numbers import (
    ENGLISH_NUMBER_WORDS,
    ENGLISH_ORDINAL_WORDS,
    SPANISH_ORDINAL_WORDS,
    aiueo_to_int,
    any_to_int,
    arabic_to_int,
    circled_to_int,
    kana_to_int,
    kanji_to_int,
    letter_to_int,
    ordinal_to_int,
    roman_to_int,
    spanish_ordinal_to_int,
)

# intrinsic rank: lower is higher in the hierarchy; weak styles nest by first appearance
RANK = {
    "J_PART": 0, "EN_PART": 0, "J_SECTION": 0.5,
    "J_ARTICLE": 1, "EN_ARTICLE": 1, "MD": 1, "J_SPECIAL": 1, "LETTER_DOT": 2, "LETTER_DOT2": 2.7, "LETTER_NUM": 2,
    "EN_SECTION": 2, "EN_CLAUSE": 2, "DOT1Z": 2.5, "EN_SUBCLAUSE": 3,
    "DOT1": 3, "JNUM": 3.5, "DOT2": 4, "DOT3": 5, "DOT4": 6, "DOT5": 7,
}
WEAK_RANK = 10.0
KEYWORD_STYLES = {"J_PART", "J_SECTION", "J_ARTICLE", "EN_PART", "EN_ARTICLE", "EN_SECTION", "EN_CLAUSE"}

_NUM_JA = r"[0-9０-９]+|[一二三四五六七八九十百〇壱弐参壹貳參拾]+"  # (and the old forms: 第壱条, 第拾四条)
_WS = r"[ \t\u3000]"
# 「第XI条」: a Japanese translation that keeps the original's Roman article numbers (only for articles and parts: a
# letter after 別紙 is a letter, 別紙C is not the hundredth annex)
_NUM_JA_ARTICLE = _NUM_JA + r"|[IVX]{1,6}(?=[ \t\u3000]*[条章編節])|[ＩＶＸ]{1,6}|[\u2160-\u216b]"


@dataclass(frozen=True)
class Marker:
    """A possible clause start: its style, value, the number as printed and where the rest of the line starts."""

    style: str
    value: tuple[int, ...]
    number: str
    rest_start: int
    rest: str
    deco: str = ""
    indent: int = 0
    alternatives: tuple[tuple[str, tuple[int, ...]], ...] = field(default=())

    @property
    def key(self) -> tuple[str, str, int]:
        """Styles with another decoration (a Markdown heading, bold) or indent are different list levels."""
        return (self.style, self.deco, self.indent)

    @property
    def rank(self) -> float:
        base = RANK.get(self.style, WEAK_RANK)
        if self.deco.startswith("md"):
            base -= 20 - int(self.deco[2:])
        elif self.deco == "bold" and base >= WEAK_RANK:
            base -= 5
        return base + 0.1 * self.indent

    @property
    def is_weak(self) -> bool:
        return self.style not in RANK and not self.deco.startswith("md")

    @property
    def is_keyword(self) -> bool:
        return self.style in KEYWORD_STYLES


@dataclass(frozen=True)
class LineShape:
    """A line with its decorations stripped: Markdown heading level, bold, indentation."""

    probe: str
    offset: int
    deco: str
    indent: int


# used with .match(line, pos): no "^", which would only match at the start of the string
# (not a rule of hashes between e-mails, "#####...": a heading's marks stop before its text)
_MD_HEADING = re.compile(r"(#{1,6})(?!#)[ \t]*")
_BOLD = re.compile(r"(\*\*|__)[ \t]*")
# a Markdown bullet before a bold paragraph number: "- **6.2** Each Visiting Researcher shall:" (a bullet's own
# "  - (c)" items stay in its text, as unnumbered bullets' do)
_MD_BULLET = re.compile(r"[-*+][ \t]+(?=\*\*|__)")
# the bold closed right after the number: "**6.2** Each", "**Article 1** Purpose"
_BOLD_CLOSE = re.compile(r"[^*_\n]{1,24}?(\*\*|__)")


_OCR_SPECK = re.compile(r"[-–—‐・'`,.~_][ \t]*(?=第[ \t]*[0-9０-９一二三四五六七八九十百]+[ \t]*[条條粂朱]"
                         r"(?:の[0-9０-９一二三四五六七八九十]+)?[ \t　]*[（(])"
                         # and before an English clause heading: "-14. TERM AND TERMINATION"
                         r"|[-~=・]{1,2}[ \t]?(?=[0-9]{1,3}\.[ \t]?[A-Z]{3,}\b)")


_INSERTED_TAG = re.compile(INSERTED_TAG + r"[ \t\u3000]*")
# a square or diamond set before each article heading: 「■第５条（研究費）」, "◆ Article 3 Term"
_HEADING_MARK = re.compile(rf"[■□◆◇●◎▶▷▼▽★☆◼◻][ \t\u3000]*(?=第{_WS}*{_NUM_JA}{_WS}*[条條]|"
                           r"(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)[ \t]+[0-9IVX])")
# 「【第1条】（目的）」: only the number in the brackets, its heading after them
_BRACKETED_JA_NUMBER = re.compile(rf"【(?=第{_WS}*(?:{_NUM_JA}){_WS}*[条條](?:{_WS}*の{_WS}*(?:{_NUM_JA}))?】)")


def line_shape(line: str, use_indent: bool) -> LineShape:
    i = 0
    indent = 0
    # a full-width space indents Japanese items as an ASCII one does English ones: 「　（１）第１回…」, 「　一　…」
    while i < len(line) and line[i] in " \t\u3000":
        indent += 4 if line[i] == "\t" else 2 if line[i] == "\u3000" else 1
        i += 1
    # a speck a scanner read as "-" or "・" before an article heading: 「- 第21条 (権利義務の譲渡禁止)」, "-14. TERM"
    m = _OCR_SPECK.match(line, i)
    if m:
        i = m.end()
    # a mark-up kept as text: 「【追加】第十条の二（研究データの管理）」 is the inserted article (what is 【削除】 is
    # gone)
    m = _INSERTED_TAG.match(line, i) or _HEADING_MARK.match(line, i)
    if m:
        i = m.end()
    deco = ""
    m = _MD_HEADING.match(line, i)
    if m:
        deco = f"md{len(m.group(1))}"
        i = m.end()
    elif not line.startswith(("**", "__"), i):
        m = _MD_BULLET.match(line, i)
        if m:
            i = m.end()
    m = _BOLD.match(line, i)
    bold = m is not None
    if m:
        deco = deco or "bold"
        i = m.end()
    indent_level = min(indent // 2, 6) if use_indent else 0
    # 「【第8条　学習用データの帰属及び利用】」: the number and heading in one pair of brackets, on a line of its own
    if line.startswith("【第", i) and line.rstrip().endswith("】") and line.count("【") == 1:
        return LineShape(line[i + 1:].rstrip()[:-1], i + 1, deco or "bracket", indent_level)
    if _BRACKETED_JA_NUMBER.match(line, i):
        return LineShape(line[i + 1:], i + 1, deco or "bracket", indent_level)
    probe = line[i:]
    if bold:
        # blanked, not cut: the probe keeps its length so that offsets into the line still hold
        close = _BOLD_CLOSE.match(probe)
        if close:
            probe = probe[:close.start(1)] + "  " + probe[close.end(1):]
    return LineShape(probe, i, deco, indent_level)


_J_PART = re.compile(rf"^第{_WS}*({_NUM_JA_ARTICLE}){_WS}*(章|編|節|款)(?={_WS}|$|[（(「【])")
_J_ARTICLE = re.compile(
    # 粂 and 朱: how OCR reads a blurred 条 (「第３粂（研究題目等）」, 「第十二朱（準拠法）」)
    rf"^第{_WS}*({_NUM_JA_ARTICLE})([A-Za-zＡ-Ｚａ-ｚ])?{_WS}*[条條粂朱](?:{_WS}*[の之]{_WS}*({_NUM_JA}))?(?={_WS}|$|[（(【】\[「〔:：．.]"
    # 「第14A条」: a translation keeping the original's inserted "Article 14A", which follows 14 as 第14条の2 does
    # an OCR'd or copied article that lost the space after its number: 「第1条本契約は、…」 (before the usual openers,
    # so a cross-reference that a line break put first, 「第5条の規定により」, is still none)
    r"|(?:甲|乙|丙|丁|本(?!文)|この|当該|各当事者|両当事者|委託者|受託者|提供者|受領者)[^\s]"
    # (and 「第13条及びは、…」: OCR dropped the 甲 and 乙 of 「甲及び乙は」, which no cross-reference reads like)
    r"|及び[はがも]、"
    # 「第六条天災その他…」: any other noun, when the line before ends a sentence or is a heading (see the segmenter)
    r"|(?![第及又並若乃各同前次後所上下中号項条])[\u4e00-\u9fff\u30a1-\u30fa]"
    # 「第17条第8条、第10条…の規定は」: an article that opens with a list of the articles it keeps alive
    r"|第[0-9０-９一二三四五六七八九十]+[条條](?:、|及び|並びに)"
    # 「第6条/Article 6 データ/Data」: a bilingual heading giving both numbers on one line
    rf"|[/／]{_WS}*(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\b)"
)
# OCR of a scanned page sets the two digits of 「第10条」 apart: 「第1 0条 (有効期間)」
_J_ARTICLE_SPACED = re.compile(rf"^第{_WS}*([1-9１-９])[ \t]([0-9０-９]){_WS}*[条條粂朱]"
                               rf"(?:{_WS}*[の之]{_WS}*({_NUM_JA}))?(?={_WS}|$|[（(【])")
_JNUM_RPAREN = re.compile(r"^([0-9０-９]{1,2})[）)][ \t\u3000]*(?=[^\s\d０-９）)])")
_JNUM = re.compile(r"^([0-9０-９]{1,2})(?:([\.．、](?![0-9０-９]))[ \t\u3000]*|[ \t\u3000]+)(?=[^\s\d０-９])")
# a PDF that lost the space after a 項 number: 「２甲の研究代表者は、…」 (full-width, before the usual openers only)
_JNUM_GLUED = re.compile(r"^([２-９]|１[０-９])(?=(?:甲|乙|丙|丁|前項|前各項|前二項|本契約|本協定|本研究|当該|各当事者|"
                         r"両当事者|第[0-9０-９一二三四五六七八九十]+条)[^\s年月日か箇ヶ])")
_PAREN_NUM = re.compile(r"^[（(][ \t]*([0-9０-９]{1,3})[ \t]*[）)]")
_CIRCLED = re.compile(r"^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2474-\u2487])")
_KANJI_ITEM = re.compile(rf"^([一二三四五六七八九十]{{1,3}})(?:{_WS}+|[、．.](?=\S))")
_KANA_ITEM = re.compile(rf"^(?:[（(]([ア-ンｱ-ﾝ])[）)]|([ア-ンｱ-ﾝ])(?:{_WS}+|[．.](?=\S)))")
_J_ANNEX = re.compile(
    rf"^(別紙|別表|付{_WS}*属{_WS}*書|附{_WS}*属{_WS}*書|附{_WS}*則|付{_WS}*則|別添|添付書類|添付資料|別記|特約条項|特約事項|特記事項|確認事項|了解事項|"
    # (and the table of terms before the general conditions, which prevails over them: 「契約条件一覧表」)
    rf"契約条件一覧表|契約条件表)(?:{_WS}*(?:第{_WS}*)?({_NUM_JA}|[A-ZＡ-Ｚ])(?:号)?)?"
    rf"(?={_WS}|$|[（(「【:：])"
)
# 「別紙１受入れの条件」: a PDF's text layer that lost the space between the label and its title; only a short line with
# no sentence mark, and not a sentence wrapped after the label (「別紙１に定める…」)
_J_ANNEX_GLUED = re.compile(r"^(別紙|別表|付属書|附属書|別添|別記)(?:第)?([0-9０-９]{1,2})(?:号)?"
                            r"(?=[\u4e00-\u9fff\u30a0-\u30ff])(?![のにをはがでともへや及又並])"
                            # (a title may end in the articles it belongs to:
                            # 「別紙3秘密情報等の開示が認められる場合（第11条第1項関係）」)
                            # (and a bilingual title: 「別紙2サービスレベル合意書 / Annex 2 Service Level Agreement」)
                            r"(?=[^\s。、，,（(]{2,30}(?:[（(][^）)\n。]{1,40}[）)])?"
                            r"(?:[ \t]*[/／][ \t]*"
                            r"(?:Annex|ANNEX|Appendix|APPENDIX|Schedule|SCHEDULE|Attachment|Exhibit)\b"
                            r"[^\n/／]{0,80})?$)")
# 「（別添）」 on a line of its own over the attached 覚書: the label in brackets, nothing else on the line
_J_ANNEX_BRACKETED = re.compile(rf"^[（(【〔](別紙|別表|付属書|附属書|別添|添付書類|添付資料|別記)"
                                rf"(?:{_WS}*(?:第{_WS}*)?({_NUM_JA}|[A-ZＡ-Ｚ]))?"
                                rf"[）)】〕]{_WS}*$")
# 「研究者交流に関する覚書実施細則」 on a line of its own: the title of implementing rules attached after the signatures
# and 「特　約　条　項」: special provisions agreed beside a standard form, printed after its signatures (not 特記事項,
# which is a row of many an annex's table)
# (however long the names of both parties make it: 「国立大学法人…大学と…大学との間における学術交流に関する協定に
# 基づく実施細則」)
_J_ANNEX_TITLE = re.compile(rf"^(?:[^\s。、，,（(「【〔]{{2,80}}?"
                            rf"(?:実施細則|細則|実施要領|運用要領|取扱要領|実施規程)"
                            rf"|特{_WS}*約{_WS}*(?:条{_WS}*項|事{_WS}*項)){_WS}*$")
# 「第1　目的」: the government model contracts number their articles 第1, 第2 ... without 条; only a short heading
# line qualifies, so a wrapped cross-reference (「第3に定める」) never does
_J_ARTICLE_NO_JO = re.compile(rf"^第({_NUM_JA})(?:の({_NUM_JA}))?"
                              rf"(?:{_WS}+(?=[^\s。、，,に項号条章節款回][^。、]{{0,23}}$)|{_WS}*$|"
                              # 「第７所在国の法令に基づく措置」: the items of 特記事項, a digit glued to a short
                              # heading (not a draft's 「第4次案（2025年2月17日）」, 「第2版」, 「第3稿」)
                              rf"(?<=[0-9０-９])(?=[\u4e00-\u9fff\u30a0-\u30ff](?<![項号条章節款回者次版稿])"
                              rf"[^\s。、，,]{{1,20}}$))")
_J_ARTICLE_NO_DAI = re.compile(rf"^([一二三四五六七八九十]{{1,4}})[条條]{_WS}*(?=[（(])")
_J_SPECIAL_ARTICLE = re.compile(rf"^特約{_WS}*第{_WS}*({_NUM_JA}){_WS}*条(?={_WS}|$|[（(【])")
# 「注1」「※2」: the numbered notes under a table of an annex, each a statement of its own
_J_NOTE = re.compile(rf"^(?:注|※){_WS}*([0-9０-９]{{1,2}})(?:{_WS}+|[:：)）．.]{_WS}*|$)")
# (「本契約締結の証として」, not 「乙は、本研究における甲との協力関係の証として、…」: a token of goodwill)
_J_SIGNATURE = re.compile(r"^[^。]{0,30}?(?:(?:締結|合意|成立|契約|協定|覚書|本書|以上|上記)[^。、]{0,6}証として|"
                          r"証するため|証するために|証するものとして)")
_J_PREAMBLE = re.compile(rf"^(前文|前\s*文){_WS}*$")

_EN_PART = re.compile(r"^(PART|Part|CHAPTER|Chapter|TITLE)\s+([0-9]{1,3}|[IVXLC]{1,6}|[A-Z])(?=[\s.:\-–—]|$)")
# an OCR'd text layer reads "Artic1e 2" and "Article 1Definitions": the keyword with a digit for a letter, and a
# number glued to the heading's first word
# the part of an article number that inserts it after another: "10A", "14-2" (the English of 第14条の2), "9bis", "9-bis"
INSERTED_SUFFIX = r"(?:[A-Za-z]|bis|ter|-[0-9]{1,2}|[- ](?:bis|ter|quater))"
# (and India's "ARTICLE – VII": a dash between the word and its number)
# (and a Latin American agreement's "ARTÍCULO 3 / ARTICLE 3 – OBJETO / PURPOSE", "Artigo 2")
# (and a hand-typed "Art 6. Visiting Researchers" among "Art. 3" and "Article 4:")
_EN_ARTICLE = re.compile(r"^(ARTICLE|Article|Artic[1lI]e|Art[1l]cle|ART\.|Art\.|ART(?=[ \t]+[0-9])|Art(?=[ \t]+[0-9])|"
                         r"ART[ÍI]CULO|Art[íi]culo|ARTIGO|Artigo)"
                         # (a Pakistani MoU hyphenates them: "Article-9  TEST DATA AND INFORMATION SHARING")
                         r"(?:\s*[–—]\s*|\s+-\s+|\s*|[.,·](?=[0-9])|-(?=[0-9]))"
                         # (French drafting numbers the first article "Article 1er", premier)
                         r"(1er|[Pp]remier|PREMIER|[0-9]{1,3}" + INSERTED_SUFFIX + r"?|[IVXLCivxlc]{1,7}|"
                         r"(?i:" + ENGLISH_NUMBER_WORDS + r")|[A-Z])(?=[\s.:\-–—)]|$|(?<=\d)[A-Z][a-z])")
_ARTICLE_SUBCLAUSE = re.compile(r"\.([0-9]{1,3})\.?(?=[ \t]+[A-Z(\"“‘'])")
# "Article (1): Preamble", with "1/1", "1/2" under it: agreements drafted in the Gulf states
_EN_ARTICLE_PAREN = re.compile(r"^(ARTICLE|Article)\s*\(([0-9]{1,3})\)(?=[\s.:\-–—]|$)")
_SLASH = re.compile(r"^([0-9]{1,3})/([0-9]{1,2})(?=[ \t]+\S)(?![ \t]*/)")
# "8-3. The Japanese Party undertakes ...": paragraph 3 of Article 8, as agreements translated from Persian number them
_DASH_SUB = re.compile(r"^([0-9]{1,2})-([0-9]{1,2})\.(?=[ \t]+[A-Z(\"“])")
# "FIRST.- PURPOSE.", "TWELFTH BIS.- PERSONAL DATA": an ordinal in capitals and a period, dash or colon
# (and a Brazilian MoU's "FIRST CLAUSE – OBJECT", the ordinal before the word)
_EN_ORDINAL = re.compile(r"^(" + ENGLISH_ORDINAL_WORDS.upper() + r")(?:[ -](BIS|TER))?(?:[ \t]+CLAUSE)?"
                         r"(?=\s*(?:\.-|\.–|\.—|\.|:|-|–|—)\s)")
# a Brazilian agreement in translation: "CLAUSE FIRST – OBJECT" ... "CLAUSE NINETEENTH – JURISDICTION"
_EN_CLAUSE_ORDINAL = re.compile(r"^(?:CLAUSE|Clause)[ \t]+((?i:" + ENGLISH_ORDINAL_WORDS + r"))"
                                r"(?=[ \t]*(?:[.:\-–—]|$))")
# "PRIMERA / FIRST. OBJETO / PURPOSE", "DÉCIMA QUINTA.- JURISDICCIÓN": a convenio's cláusulas, in Spanish, or in
# Spanish and English side by side
_ES_ORDINAL = re.compile(r"^(CL[ÁA]USULA[ \t]+)?(" + SPANISH_ORDINAL_WORDS + r")(?:[ \t]*/[ \t]*("
                         + ENGLISH_ORDINAL_WORDS.upper() + r")(?:[ \t]+CLAUSE)?)?"
                         # ("CLÁUSULA PRIMEIRA / FIRST CLAUSE" on a line of its own over its title)
                         r"(?=\s*(?:\.-|\.–|\.—|\.|:|-|–|—)\s|(?<=CLAUSE)[ \t]*$|(?<=[AO])[ \t]*$(?<=\w))")
# ... and "SECTION TEN – PUBLICATIONS AND AUTHORSHIP": a number in words before a dash, a colon or a capitalised heading
_EN_SECTION = re.compile(
    r"^(SECTION|Section|SEC\.|Sec\.|§{1,2})\s*([0-9]{1,3}(?:\.[0-9]{1,3})*(?!\.?[0-9])|[IVXL]{1,7}(?=[.:\s]|$)|"
    r"(?i:" + ENGLISH_NUMBER_WORDS + r")(?=\s*[–—\-:.]|\s+[A-Z]|$))([A-Za-z]?)"
    r"(?=[\s.:\-–—)]|$|"
    # ("§ 1目的 / Purpose": a bilingual heading whose Japanese title follows the number with no space)
    r"(?<=\d)(?!第)[\u4e00-\u9fff][\u3040-\u30ff\u4e00-\u9fff]{0,15}[ \t\u3000]*(?:[/／|｜]|$))"
)
# (a facility's user agreement numbers its terms as rules: "Rule 8. User Equipment", "8.4 Within fourteen days ...")
_EN_CLAUSE = re.compile(r"^(CLAUSE|Clause|RULE|Rule)\s+([0-9]{1,3}(?:\.[0-9]{1,3})*[A-Za-z]?|"
                        r"(?i:" + ENGLISH_NUMBER_WORDS + r"))(?=[\s.:\-–—)]|$)")
# an implementing letter's "Term 5. Publication Release." (a period and a title, so that "Term 5 of the Prime Award"
# wrapped to a line's start is none)
_EN_TERM = re.compile(r"^(?:TERM|Term)\s+([0-9]{1,2})(?=\.[ \t]+[A-Z])")
# a grant's "Condition 7 - Publication and Disclosure", "Condition 8. Access to Project Data": a dash or a period and a
# title, so that "Condition 7.2 of the Grant" wrapped to a line's start is none
_EN_CONDITION = re.compile(r"^(?:CONDITION|Condition)[ \t]+([0-9]{1,2})"
                           r"(?=[ \t]+[–—\-][ \t]+[A-Z]|\.[ \t]+[A-Z][^\n.]{0,60}$)")
# a Brazilian agreement in translation: "Subclause One – The PARTIES ...", "Sole Paragraph – ..." under "CLAUSE NINE",
# and its lists "I – denounced by ...", "II – terminated ..." (Subcláusula Primeira, Parágrafo Único, incisos)
_EN_SUBCLAUSE = re.compile(r"^(?:Sub-?[Cc]lause|SUB-?CLAUSE)\s+([0-9]{1,2}|(?i:" + ENGLISH_NUMBER_WORDS + r"))"
                           r"[ \t]*[–—\-:.](?=[ \t])")
# an implementing arrangement between governments' institutes numbers its units "Paragraph 1" ... "Paragraph 14", each
# alone on a centred line over its heading (a whole line, so that a wrapped "... as provided in\nParagraph 7." is not)
# (or with its title in brackets, as a task order under a framework agreement has them: "Paragraph 1 (Title)")
_EN_PARAGRAPH_HEADING = re.compile(r"^(PARAGRAPH|Paragraph)[ \t]+([0-9]{1,2})"
                                   r"(?:[ \t]*[(（][A-Z][^()（）\n]{1,60}[)）])?[ \t]*$")
# an amendment's "Paragraph 4. New Article 7A (Real-Time Data Exchange)": a period and a title in title case (a wrapped
# "Paragraph 7. The Parties shall ..." has lower-case words that are no title's)
_EN_PARAGRAPH_TITLED = re.compile(r"^(?:PARAGRAPH|Paragraph)[ \t]+([0-9]{1,2})\.[ \t]+([A-Z][^\n.:]{1,80})$")
_TITLE_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "its", "of", "on",
                                "or", "other", "the", "this", "to", "under", "with"])
_BRACKETED_NUMBER = re.compile(r"^\[([0-9]{1,3}(?:\.[0-9]{1,3}){0,3})\](?=[ \t])")
_EN_SOLE_PARAGRAPH = re.compile(r"^(?:Sole|Single|SOLE|SINGLE) (?:[Pp]aragraph|PARAGRAPH)[ \t]*[–—\-:.](?=[ \t])")
_ROMAN_DASH = re.compile(r"^([IVX]{1,5})[ \t]+[–—\-](?=[ \t]+[a-z])")
# "14.." is a typist's slip for "14." that real agreements keep (a CUAD contract has one between 13. and 15.)
_LETTER_DOT = re.compile(r"^([A-Z])\.([0-9]{1,2}(?:\.[0-9]{1,2})?)\.?(?=[ \t]|$)")
# "VII.6 In further consideration ...": a section of ARTICLE VII, numbered with its Roman numeral (a single "I.", "V.",
# "X." stays a lettered term, as "C.4" is)
_ROMAN_SUB = re.compile(r"^([IVX]{2,6})\.([0-9]{1,2})\.?(?=[ \t]+\S)")
# (and Mexico's "1.- PURPOSE.", "12.- INTERPRETATION ...": a period and a dash)
_DOT = re.compile(r"^([0-9]{1,3}(?:\.[0-9]{1,3}){0,4})(\.\.?|\)|\.[-–—])?(?=[ \t\u3000]|$)")
_NUM_PAREN_LETTER = re.compile(r"^([0-9]{1,3})\(([a-z])\)(?=[ \t]+[A-Z(\"“])")
_NUMBER_LETTER = re.compile(r"^([0-9]{1,3})[A-Z]\.?(?=[ \t])")
# "12A.1 ...", "10bis.3 ...": a paragraph of an inserted Article 12A or 10bis
_DOT_INSERTED = re.compile(r"^([0-9]{1,3})(?:[A-Z]|bis|ter|quater)((?:\.[0-9]{1,3}){1,3})\.?(?=[ \t])")
_DOT_GLUED = re.compile(r"^([0-9]{1,3})\.(?=[A-Z\u3040-\u30ff\u4e00-\u9fff「（])")
# "1.Party B shall ...", and OCR's "3.CONTRIBUTIONS AND COSTS" that lost its space
_DOT_GLUED_EN = re.compile(r"^([0-9]{1,3})\.(?=[A-Z][a-z]+\b|[A-Z]{4,}\b)")
_HEADING_BEFORE_ARTICLE = re.compile(r"^[（(][^（）()「」。、]{1,20}[）)][ \t\u3000]*(?=第)")
_PAREN_ALPHA = re.compile(r"^\(([a-zA-Z]{1,3})\)")
# (seven letters for "XXVIII.": a word that long is taken only as a Roman numeral)
_JA_LETTER_DOT = re.compile(r"^([A-ZＡ-Ｚ])[．.](?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])[ \t\u3000]*")
_ALPHA_SUFFIX = re.compile(r"^([a-zA-Z]{1,7})([.)])(?=[ \t]|$)")
_WHEREAS = re.compile(r"^(?:(?:[A-Z]|[0-9]{1,2})[.)][ \t]+|\([A-Za-z0-9]{1,2}\)[ \t]+)?(WHEREAS|Whereas|WITNESSETH)\b")
_RECITALS = re.compile(r"^(RECITALS|Recitals|BACKGROUND|Background|PRELIMINARY STATEMENTS?|W I T N E S S E T H)"
                       r"\s*[:.]?\s*$")
_EN_ANNEX = re.compile(
    # a side letter or special conditions after the signatures amend the agreement: they are read like an annex
    r"^(SCHEDULE|Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum|"
    r"SIDE LETTER|Side Letter|SPECIAL CONDITIONS|Special Conditions|RIDER|Rider|"
    # (and "SPECIAL TERMS" after the signatures, which prevail over the articles)
    r"SPECIAL TERMS|Special Terms(?=[ \t]*$)|"
    # (and an NDA's "ADDITIONAL TERMS" page after the signatures, which prevails over its clauses)
    r"ADDITIONAL TERMS(?=[ \t]*$)|Additional Terms(?=[ \t]*$)|SUPPLEMENTARY TERMS(?=[ \t]*$)|"
    # an MTA's "IMPLEMENTING LETTER" after the signatures, whose numbered Terms form part of the agreement
    r"IMPLEMENTING LETTER|Implementing Letter(?=[ \t]*$)|"
    # a platform's order form after the signatures, whose special terms override the agreement's body
    r"ORDER FORM|"
    # the front sheet of Australian and British forms: "PARTICULARS", "REFERENCE SCHEDULE", the body's "Item 5"
    r"PARTICULARS|Particulars|REFERENCE SCHEDULE|Reference Schedule|SCHEDULE OF PARTICULARS|Schedule of Particulars|"
    # (and a visit's "KEY TERMS" table before the articles, which prevails over them)
    r"KEY TERMS(?=[ \t]*$)|Key Terms(?=[ \t]*$)|"
    # a Latin American convenio's "ANEXO ÚNICO" (sole annex), "ANEXO 1"
    r"ANEXO|Anexo)"
    r"(?:\s+(?:ÚNICO|UNICO|Único|Unico))?"
    # ("ATTACHMENT 3A", the flow-downs of a subaward beside "ATTACHMENT 3B")
    r"(?:\s+(?:No\.\s*)?([\"“]?(?:[A-Z](?:-?\d{1,3})?|\d{1,3}[A-Z]?(?:[.\-]\d{1,3})*|[IVX]{1,5})[\"”]?))?"
    r"(?=[\s.:\-–—,]|$)"
)
# an amendment signed later and appended after the schedules, on a line of its own: "AMENDMENT No. 1"
_EN_AMENDMENT = re.compile(r"^(?:AMENDMENT|Amendment)[ \t]+(?:No\.|NO\.|Number|NUMBER)[ \t]*\d{1,2}[ \t]*$")
# also in title case, as a platform's terms append one: "# Data Processing Addendum"
_EN_ADDENDUM_TITLE = re.compile(r"^(?:[A-Z][A-Z.,'&\-]*\s+){0,4}(?:ADDENDUM|RIDER)(?:\s+[A-Z][A-Z.,'&\-]*){0,6}\s*$|"
                                r"^(?:[A-Z][a-z]+\s+){1,4}(?:Addendum|Rider)\s*$")
_EN_SIGNATURE = re.compile(
    r"^(IN WITNESS WHEREOF|In Witness Whereof|IN WITNESS THEREOF|In witness whereof|IN WITNESS HEREOF|"
    r"\[?Signature [Pp]age [Ff]ollows\]?|\[Remainder of (?:this )?page intentionally left blank|SIGNATURES?\s*$|"
    r"Signatures?:?\s*$|"
    # the English execution line: "This Agreement has been entered into on the date stated at the beginning of it."
    r"This Agreement has been entered into on the date stated at the beginning of it|"
    # an exchange of letters closes its terms with the formula that makes the letters the agreement: "If the foregoing
    # terms are acceptable to the University, I have the further honour to propose that this letter and your letter in
    # reply ... shall together constitute an arrangement"
    r"If the foregoing (?:[a-z]+ ){0,3}(?:is|are) acceptable\b)"
)


def _rest(probe: str, end: int) -> tuple[int, str]:
    k = end
    while k < len(probe) and probe[k] in " \t\u3000":
        k += 1
    return k, probe[k:]


def _mk(style: str, value: tuple[int, ...], probe: str, end: int, shape: LineShape,
        alternatives: tuple[tuple[str, tuple[int, ...]], ...] = ()) -> Marker:
    k, rest = _rest(probe, end)
    number = probe[:end].strip().rstrip("*_").strip()
    if style.startswith("EN_") or style == "J_ANNEX":
        number = number.rstrip(".:-–—").strip()
    elif style.startswith("DOT") and number.endswith(("-", "–", "—")):
        number = number[:-1]  # "1.-" is clause 1.
    elif style == "KANJI_ITEM":
        number = number.rstrip("、．.")  # 「一、目的」 is item 一
    if style == "EN_ARTICLE":
        number = re.sub(r"^([A-Za-z1lI]{5,})[.,·](?=[0-9])", r"\1 ", number)  # OCR's "Article.18" is Article 18
    return Marker(style, value, number, shape.offset + k, rest.rstrip("*_ ").rstrip(), shape.deco, shape.indent,
                  alternatives)


# Word documents put a no-break or em space after a number ("1.\u2003DEFINITIONS", "A.\u00a0\u00a0The CRO"); one
# character for one, so offsets stay
_SPACE_LIKE = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2007\u2009\u202f"})


def detect_markers(line: str, use_indent: bool = False) -> list[Marker]:
    """All interpretations of the line's leading marker, most likely first (empty when there is none)."""
    return _markers_of(line_shape(line.translate(_SPACE_LIKE), use_indent))


# an old OCR layer reads a digit of an article number as a letter: "Article l4", 「第l4条」, "Article 1O"
_OCR_ARTICLE_NUMBER = re.compile(r"^(ARTICLE\s*|Article\s*|Art\.\s*|第\s*)"
                                 r"(?=[0-9lIO]*[0-9][0-9lIO]*(?:\s|[条條粂朱.:]|$))([0-9lIO]{2,3})")
_OCR_DIGIT = str.maketrans("lIO", "110")
# ... and a lone 1 of a scanned Japanese heading as a bar or a letter: 「第 | 条本覚書は、…」
_OCR_JA_ONE = re.compile(r"^第[ \t\u3000]*([|｜lI丨])(?=[ \t\u3000]*[条條粂朱])")
# ... and an "I" of a Roman numeral as "l": "ARTICLE Il", "ARTICLE XlV"
_OCR_ROMAN_NUMBER = re.compile(r"^(ARTICLE\s+|Article\s+)(?=[IVXLCl]*l)([IVXLCl]{2,7})(?=\s|[.:]|$)")


def _read_ocr_number(probe: str) -> str:
    """The line with an article number an OCR layer misread put right, character for character, so that every offset
    still points into the text as stored."""
    m = _OCR_ROMAN_NUMBER.match(probe)
    if m:
        return probe[:m.start(2)] + m.group(2).replace("l", "I") + probe[m.end(2):]
    m = _OCR_JA_ONE.match(probe)
    if m:
        return probe[:m.start(1)] + "1" + probe[m.end(1):]
    m = _OCR_ARTICLE_NUMBER.match(probe)
    if m and not m.group(2).isdigit():
        return probe[:m.start(2)] + m.group(2).translate(_OCR_DIGIT) + probe[m.end(2):]
    return probe


def _markers_of(shape: LineShape) -> list[Marker]:
    probe = shape.probe
    if not probe:
        return []
    read = _read_ocr_number(probe)
    if read != probe:
        probe = read
        shape = replace(shape, probe=probe)
    first = probe[0]
    out: list[Marker] = []
    heading = _HEADING_BEFORE_ARTICLE.match(probe)
    if heading:
        # OCR of a skewed scan joins 「（研究の実施）」 and the 「第三条…」 line below it: the article marks the line
        inner = replace(shape, probe=probe[heading.end():], offset=shape.offset + heading.end())
        found = [m for m in _markers_of(inner) if m.style == "J_ARTICLE"]
        if found:
            return found
    if first == "第":
        m = _J_PART.match(probe)
        if m:
            value = _ja_value(m.group(1))
            style = "J_SECTION" if m.group(2) in "節款" else "J_PART"
            return [_mk(style, (value,), probe, m.end(), shape)] if value is not None else []
        m = _J_ARTICLE.match(probe)
        if m:
            value = _ja_value(m.group(1))
            if value is None:
                return []
            if m.group(2):
                sub = ord(unicodedata.normalize("NFKC", m.group(2)).lower()) - ord("a") + 2
            else:
                sub = _ja_value(m.group(3)) if m.group(3) else None
            return [_mk("J_ARTICLE", (value, sub or 0), probe, m.end(), shape)]
        m = _J_ARTICLE_SPACED.match(probe)
        if m:
            value = int(unicodedata.normalize("NFKC", m.group(1) + m.group(2)))
            sub = _ja_value(m.group(3)) if m.group(3) else None
            return [_mk("J_ARTICLE", (value, sub or 0), probe, m.end(), shape)]
        m = _J_ARTICLE_NO_JO.match(probe)
        if m and _ja_value(m.group(1)) is not None and "。" not in probe:
            sub = _ja_value(m.group(2)) if m.group(2) else None
            return [_mk("J_ARTICLE", (_ja_value(m.group(1)) or 0, sub or 0), probe, m.end(), shape)]
        return []
    # only PAREN_NUM of the Japanese markers can start an ASCII line; the others need kana, kanji or 証
    japanese = not probe.isascii()
    if japanese:
        m = _J_SPECIAL_ARTICLE.match(probe)
        if m and _ja_value(m.group(1)) is not None:
            # 「特約第3条」: the special terms after the signatures, numbered on their own
            return [_mk("J_SPECIAL", (_ja_value(m.group(1)) or 0,), probe, m.end(), shape)]
        if _J_PREAMBLE.match(probe):
            return [_mk("J_PREAMBLE", (0,), probe, len(probe), shape)]
        m = _J_ARTICLE_NO_DAI.match(probe)
        if m and _ja_value(m.group(1)) is not None:
            # 「六条 (知的財産権)」: a fax or a scan that lost the 第 of a heading line
            return [_mk("J_ARTICLE", (_ja_value(m.group(1)) or 0, 0), probe, m.end(), shape)]
        m = _J_ANNEX.match(probe) or _J_ANNEX_BRACKETED.match(probe) or _J_ANNEX_GLUED.match(probe)
        if m:
            value = _ja_value(m.group(2)) if m.group(2) else None
            if value is None and m.group(2):
                value = ord(m.group(2)[0].upper()) - ord("A") + 1 if m.group(2).isascii() else 1
            return [_mk("J_ANNEX", (value or 0,), probe, m.end(), shape)]
        if _J_ANNEX_TITLE.match(probe):
            return [_mk("J_ANNEX", (0,), probe, 0, shape)]
        if _J_SIGNATURE.match(probe):
            return [_mk("J_SIGNATURE", (0,), probe, 0, shape)]
        m = _CIRCLED.match(probe)
        if m:
            return [_mk("J_CIRCLE", (circled_to_int(m.group(1)) or 1,), probe, m.end(), shape)]
        m = _J_NOTE.match(probe)
        if m and arabic_to_int(m.group(1)) is not None:
            return [_mk("J_NOTE", (arabic_to_int(m.group(1)) or 1,), probe, m.end(), shape)]
    m = _PAREN_NUM.match(probe)
    if m:
        return [_mk("PAREN_NUM", (arabic_to_int(m.group(1)) or 1,), probe, m.end(), shape)]
    if japanese:
        m = _KANJI_ITEM.match(probe)
        if m and kanji_to_int(m.group(1)):
            return [_mk("KANJI_ITEM", (kanji_to_int(m.group(1)) or 1,), probe, m.end(), shape)]
        m = _KANA_ITEM.match(probe)
        if m:
            ch = m.group(1) or m.group(2)
            styles = []
            if aiueo_to_int(ch):
                styles.append(("KANA_AIUEO" + ("_P" if m.group(1) else ""), (aiueo_to_int(ch) or 1,)))
            if kana_to_int(ch):
                styles.append(("KANA_IROHA" + ("_P" if m.group(1) else ""), (kana_to_int(ch) or 1,)))
            if styles:
                # イ is 1 in iroha and 2 in aiueo: prefer the reading in which the character starts a list
                styles.sort(key=lambda s: s[1] != (1,))
                return [_mk(styles[0][0], styles[0][1], probe, m.end(), shape, tuple(styles[1:]))]
        m = _JA_LETTER_DOT.match(probe)
        if m and _starts_japanese(probe[m.end():]):
            # 「Ａ．両当事者は、…」: a translation keeping the original's lettered paragraphs ("A. The Parties ...")
            return _letter_markers(unicodedata.normalize("NFKC", m.group(1)), "DOTL", probe, m.end(), shape)
        m = _JNUM_RPAREN.match(probe)
        if m and _starts_japanese(probe[m.end():]):
            # 「１）目的」: a list numbered as "1)" is, in full-width digits
            value = arabic_to_int(m.group(1))
            if value is not None:
                return [_mk("NUM_RPAREN", (value,), probe, m.end(), shape)]
        m = _JNUM.match(probe)
        if m and _starts_japanese(probe[m.end():]):
            value = arabic_to_int(m.group(1))
            if value is not None:
                out.append(_mk("JNUM", (value,), probe, m.end(), shape))
                return out
        m = _DOT_GLUED.match(probe)
        if m and _starts_japanese(probe[m.end():]):
            return [_mk("JNUM", (int(m.group(1)),), probe, m.end(), shape)]
        m = _JNUM_GLUED.match(probe)
        if m:
            value = arabic_to_int(m.group(1))
            if value is not None:
                return [_mk("JNUM", (value,), probe, m.end(), shape)]
    return out + _english_markers(probe, shape)


def _starts_japanese(text: str) -> bool:
    from analyzer.ingest.pdflines import is_cjk

    text = text.lstrip(" \t\u3000*")
    return bool(text) and is_cjk(text[0])


def _ja_value(text: str) -> int | None:
    for parse in (arabic_to_int, kanji_to_int):
        value = parse(text)
        if value is not None:
            return value
    roman = unicodedata.normalize("NFKC", text)
    return roman_to_int(roman) if roman.isascii() and roman.isupper() else None


_SPACED_LETTERS = re.compile(r"^[ \t]*(?:[A-ZÁÉÍÓÚÑÜ] ){3,}[A-ZÁÉÍÓÚÑÜ]"
                             r"(?:[ \t]{2,}(?:[A-ZÁÉÍÓÚÑÜ] )*[A-ZÁÉÍÓÚÑÜ])*[ \t]*$")
_MAY_START_ENGLISH_MARKER = re.compile(
    r"[0-9(§\[]|(?:[A-ZÁÉÍÓÚÑÜ] ){3}|[a-z]{1,4}[.)](?:\s|$)|"
    r"(?:PART|Part|CHAPTER|Chapter|TITLE|ARTICLE|Article|Artic[1lI]e|Art[1l]cle|ART\.|ART[ÍI]CULO|Art[íi]culo|ARTIGO|Artigo|"
    r"Art\.|Art[ \t]+[0-9]|ART[ \t]+[0-9]|SECTION|Section|"
    r"SEC\.|Sec\.|CLAUSE|Clause|RULE|Rule|TERM [0-9]|Term [0-9]|CONDITION [0-9]|Condition [0-9]|"
    r"PARAGRAPH|Paragraph|WHEREAS|Whereas|WITNESSETH|"
    r"RECITALS|Recitals|BACKGROUND|Background|PRELIMINARY|"
    r"W I T|IN WITNESS|In Witness|In witness|This Agreement has been entered into|If the foregoing|SIGNATURE|"
    r"Signature|SCHEDULE|"
    r"Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|"
    r"SIDE LETTER|Side Letter|SPECIAL CONDITIONS|Special Conditions|SPECIAL TERMS|Special Terms|ADDITIONAL TERMS|"
    r"Additional Terms|SUPPLEMENTARY TERMS|RIDER|Rider|"
    r"IMPLEMENTING LETTER|"
    r"Implementing Letter|ORDER FORM|"
    r"Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum|PARTICULARS|Particulars|REFERENCE SCHEDULE|Reference Schedule|"
    r"KEY TERMS|Key Terms|AMENDMENT N|Amendment N|"
    r"FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH|FOURTEENTH|"
    r"FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENT|THIRT|FORT|FIFTIETH|"
    r"PRIMER|SEGUND|TERCER|CUART|QUART|QUINT|SEXT|S[ÉE]PTIM|S[ÉE]TIM|OCTAV|OITAV|NOVEN|NON[AO]|D[ÉE]CIM|UND[ÉE]CIM|"
    r"DUOD[ÉE]CIM|VIG[ÉE]SIM|TRIG[ÉE]SIM|CL[ÁA]USULA)|"
    r"Sub-?[Cc]lause|SUB-?CLAUSE|Sole|SOLE|Single|SINGLE|[IVX]{1,5}[ \t]+[–—\-][ \t]|"
    r"[A-Z][.)](?:\s|$)|[A-Z]\.\d|[IVX]{2,6}\.\d|[A-Z]\d{1,2}[ \t.]|"
    r"[IVXLC]{1,7}[.)](?:\s|$)|[A-Z]{1,3}-\d|[A-Z]{2,3} ?\d{1,2}\.|[A-Z]{2,3} \d{1,2}[ \t]|"
    r"[A-Z][A-Z .,'&\-]{0,40}ADDENDUM|(?:[A-Z][a-z]+\s+){1,4}(?:Addendum|Rider)\s*$"
)
# "SC-3 Publications.", "R-4": the items of Special Conditions or a Rider, numbered with the annex's initials
_LETTERS_DASH = re.compile(r"^([A-Z]{1,3})-([0-9]{1,2})\.?(?=[ \t]+[A-Z(\"“])")
# "SC3. Data Hosting", "SC3.2 The Sponsor may ...", "GC 12.1": the same with the initials glued on and a period that
# tells them from "EU 27 Member States"
_LETTERS_DOT = re.compile(r"^([A-Z]{2,3}) ?([0-9]{1,2}(?:\.[0-9]{1,2})+|[0-9]{1,2}(?=\.))\.?(?=[ \t]+[A-Z(\"“])")
# "GC 1<tab>DEFINITIONS AND INTERPRETATION", "SC 3  USE OF RESULTS": a grant's General and Special Conditions headed
# without a period; a heading in capitals or after a tab tells them from "EU 27 Member States"
_LETTERS_NUM = re.compile(r"^([A-Z]{2,3}) ([0-9]{1,2})(?=\t[ \t]*[A-Z]|[ \t]+[A-Z]{3,}(?:[ \t,&]|$))")
# "FIELD EXCLUSIVITY [Clause 10]": a heading in capitals with its number in brackets at the end of the line
_TRAILING_LABEL = re.compile(r"^(?P<heading>[A-Z][A-Z0-9 ,&'’/()-]{1,70}?)[ \t]+"
                             r"\[(?P<label>(?P<word>Clause|Article|Section) (?P<num>[0-9]{1,3}))\]$")
# "A1 Definitions" ... "B5 Access Charges" under "SECTION A - INTERPRETATION": clauses numbered within lettered
# sections, over a short heading of their own (so "H2 production rose" in the text is none)
_LETTER_NUM = re.compile(r"^([A-Z])([0-9]{1,2})(?=[ \t]+[A-Z][A-Za-z ,&'’/()-]{0,58}[A-Za-z)]$)")
# "B6. [Condition 8.2 - Export Controls] The Grantee shall ...": the items of an attachment lettered B, each with a
# period
_LETTER_NUM_DOT = re.compile(r"^([A-Z])([0-9]{1,2})\.(?=[ \t]+[\[A-Z(\"“])")
# "T1 In these Terms and Conditions ...", "T10 All Derived Data ...": terms and conditions lettered T and numbered, each
# running straight into its sentence (a capitalised word, so "H2 production rose" is none)
_LETTER_NUM_TEXT = re.compile(r"^([A-Z])([0-9]{1,2})(?=[ \t]+[A-Z](?:[a-z]*|[0-9]{1,2})[ \t,])")


def _english_markers(probe: str, shape: LineShape) -> list[Marker]:
    if probe.endswith("]"):
        m = _TRAILING_LABEL.match(probe)
        if m:
            # "FIELD EXCLUSIVITY [Clause 10]": the number set flush right after the heading
            style = {"Clause": "EN_CLAUSE", "Section": "EN_SECTION"}.get(m.group("word"), "EN_ARTICLE")
            return [Marker(style, (int(m.group("num")),), m.group("label"), shape.offset, m.group("heading"),
                           shape.deco, shape.indent)]
    # most lines of an English agreement start with an ordinary word: one test rules them all out
    if not _MAY_START_ENGLISH_MARKER.match(probe):
        return []
    m = _EN_PART.match(probe)
    if m:
        value = any_to_int(m.group(2)) or letter_to_int(m.group(2))
        if value:
            return [_mk("EN_PART", (value,), probe, m.end(), shape)]
    m = _EN_ARTICLE.match(probe)
    if m:
        label = m.group(2)
        # "Article 10A" inserted after 10; "Article 14-2", the English of 第14条の2
        inserted = re.fullmatch(r"([0-9]{1,3})" + INSERTED_SUFFIX, label)
        value = (1 if label.lower() in ("1er", "premier") else int(inserted.group(1)) if inserted
                 else any_to_int(label) or letter_to_int(label))
        # "Article 7.3<tab>All Programme Data ...": a sub-clause of Article 7, numbered with the article's word
        sub = _ARTICLE_SUBCLAUSE.match(probe, m.end()) if value and label.isdigit() else None
        if sub:
            return [_mk("DOT2", (value, int(sub.group(1))), probe, sub.end(), shape)]
        if value:
            return [_mk("EN_ARTICLE", (value,), probe, _eat_punct(probe, m.end()), shape)]
    m = _EN_ARTICLE_PAREN.match(probe)
    if m:
        return [_mk("EN_ARTICLE", (int(m.group(2)),), probe, _eat_punct(probe, m.end()), shape)]
    m = _SLASH.match(probe) or _DASH_SUB.match(probe)
    if m:
        return [_mk("DOT2", (int(m.group(1)), int(m.group(2))), probe, m.end(), shape)]
    m = _EN_ORDINAL.match(probe)
    # (under "CONSIDERING:", a convenio's recitals "FIRST: That UAPN is ..." are no clauses)
    if m and not re.match(r"\W*(?:That|Que)\s", probe[m.end():]):
        return [_mk("EN_ARTICLE", (ordinal_to_int(m.group(1)) or 0,), probe, _eat_punct(probe, m.end()), shape)]
    m = _ES_ORDINAL.match(probe)
    if m and spanish_ordinal_to_int(m.group(2)) and (m.group(3) is None or ordinal_to_int(m.group(3))
                                                     == spanish_ordinal_to_int(m.group(2))) \
            and (m.group(1) or m.group(3) or probe[m.end():].strip() != ""):
        return [_mk("EN_ARTICLE", (spanish_ordinal_to_int(m.group(2)) or 0,), probe, _eat_punct(probe, m.end()),
                    shape)]
    m = _EN_CLAUSE_ORDINAL.match(probe)
    if m and ordinal_to_int(m.group(1).lower()):
        return [_mk("EN_CLAUSE", (ordinal_to_int(m.group(1).lower()) or 0,), probe, _eat_punct(probe, m.end()), shape)]
    m = _EN_TERM.match(probe) or _EN_CONDITION.match(probe.rstrip())
    if m:
        return [_mk("EN_CLAUSE", (int(m.group(1)),), probe, _eat_punct(probe, m.end()), shape)]
    m = _EN_SECTION.match(probe) or _EN_CLAUSE.match(probe)
    if m:
        style = "EN_CLAUSE" if m.group(1).lower().startswith("clause") else "EN_SECTION"
        # "Clause 11A", not "Clause Five" or "SECTION TWENTY-ONE"
        number = (m.group(2).rstrip(string.ascii_letters) or m.group(2)) if m.group(2)[0].isdigit() else m.group(2)
        value = tuple(int(x) for x in number.split(".")) if number[0].isdigit() else (any_to_int(number) or 0,)
        if value[0]:
            return [_mk(style, value, probe, _eat_punct(probe, m.end()), shape)]
    m = _EN_PARAGRAPH_HEADING.match(probe)
    if m:
        return [_mk("EN_CLAUSE", (int(m.group(2)),), probe, _eat_punct(probe, m.end(2)), shape)]
    m = _EN_PARAGRAPH_TITLED.match(probe.rstrip())
    if m and all(w[0].isupper() or not w[0].isalpha() or w in _TITLE_SMALL_WORDS for w in m.group(2).split()):
        return [_mk("EN_CLAUSE", (int(m.group(1)),), probe, _eat_punct(probe, m.end(1)), shape)]
    m = _EN_SUBCLAUSE.match(probe)
    if m:
        value = any_to_int(m.group(1))
        if value:
            return [_mk("EN_SUBCLAUSE", (value,), probe, m.end(), shape)]
    m = _EN_SOLE_PARAGRAPH.match(probe)
    if m:
        return [_mk("EN_SUBCLAUSE", (1,), probe, m.end(), shape)]
    m = _ROMAN_DASH.match(probe)
    if m and roman_to_int(m.group(1)):
        marker = _mk("ROMAN_DASH_U", (roman_to_int(m.group(1)),), probe, m.end(), shape)
        return [replace(marker, number=m.group(1))]
    if _WHEREAS.match(probe):
        return [_mk("WHEREAS", (0,), probe, 0, shape)]
    if _RECITALS.match(probe):
        return [_mk("RECITALS", (0,), probe, len(probe), shape)]
    m = _EN_SIGNATURE.match(probe)
    if m:
        return [_mk("EN_SIGNATURE", (0,), probe, 0, shape)]
    if _EN_ADDENDUM_TITLE.match(probe) or _EN_AMENDMENT.match(probe):
        # an unlabelled "NEW YORK ADDENDUM TO FRANCHISE AGREEMENT" or "AMENDMENT No. 1": the title is its only name
        return [Marker("EN_ANNEX", (0,), probe.strip(), shape.offset + len(probe), "", shape.deco, shape.indent)]
    spaced = _SPACED_LETTERS.match(probe)
    words = " ".join("".join(word.split()) for word in re.split(r"\s{2,}", probe.strip())) if spaced else ""
    if words and _EN_ANNEX.fullmatch(words):
        # "A N E X O   Ú N I C O": a heading spaced out letter by letter, as a convenio spaces "A N T E C E D E N T E S"
        return [Marker("EN_ANNEX", (0,), probe.strip(), shape.offset + len(probe), "", shape.deco, shape.indent)]
    m = _EN_ANNEX.match(probe)
    if m and (m.group(2) or not probe[m.end():].strip(" .:-–—")):
        label = (m.group(2) or "").strip("\"“”")
        value = any_to_int(label.rstrip(".")) or letter_to_int(label.rstrip(".")) or 0 if label else 0
        return [_mk("EN_ANNEX", (value,), probe, m.end(), shape)]
    m = _NUMBER_LETTER.match(probe)
    if m and probe[m.end():].strip()[:1].isupper():
        # "5A." inserted after 5, or "19M" printed for 19.0: it continues a numbered run of either kind
        value = (int(m.group(1)),)
        return [_mk("DOT1", value, probe, m.end(), shape, (("DOT1Z", value),))]
    m = _LETTERS_DASH.match(probe)
    if m:
        return [_mk("LETTER_DASH", (int(m.group(2)),), probe, m.end(), shape)]
    m = _DOT_INSERTED.match(probe)
    if m:
        parts = (int(m.group(1)), *(int(x) for x in m.group(2).strip(".").split(".")))
        return [_mk(f"DOT{len(parts)}", parts, probe, m.end(), shape)]
    m = _LETTERS_DOT.match(probe)
    if m:
        value = tuple(int(x) for x in m.group(2).split("."))
        return [_mk("LETTER_DOT2" if len(value) > 1 else "LETTER_DOT", value, probe, m.end(), shape)]
    m = _LETTERS_NUM.match(probe)
    if m:
        return [_mk("LETTER_DOT", (int(m.group(2)),), probe, m.end(), shape)]
    m = _LETTER_NUM.match(probe.rstrip()) or _LETTER_NUM_DOT.match(probe) or _LETTER_NUM_TEXT.match(probe)
    if m:
        return [_mk("LETTER_NUM", (letter_to_int(m.group(1)) or 0, int(m.group(2))), probe, m.end(), shape)]
    m = _ROMAN_SUB.match(probe)
    if m and roman_to_int(m.group(1)):
        return [_mk("DOT2", (roman_to_int(m.group(1)), int(m.group(2))), probe, m.end(), shape)]
    m = _LETTER_DOT.match(probe)
    if m:
        # "C.4 Confidentiality of Relationship." numbers the terms of Exhibit C
        value = tuple(int(x) for x in m.group(2).split("."))
        # "A.5.1" under "A.5": a level of its own, as 1.2.3 is under 1.2
        return [_mk("LETTER_DOT2" if len(value) > 1 else "LETTER_DOT", value, probe, m.end(), shape)]
    m = _NUM_PAREN_LETTER.match(probe)
    if m:
        # "5(e) In recognition of ...": sub-clause (e) of clause 5, numbered with its clause
        return [_mk("DOT2", (int(m.group(1)), letter_to_int(m.group(2)) or 1), probe, m.end(), shape)]
    m = _BRACKETED_NUMBER.match(probe)
    if m:
        # "[9] CONFIDENTIALITY" over "[9.1] All information ...": numbers in square brackets, read as "9." and "9.1"
        parts = tuple(int(x) for x in m.group(1).split("."))
        return [_mk(f"DOT{len(parts)}", parts, probe, m.end(), shape)]
    m = _DOT.match(probe)
    if m:
        parts = tuple(int(x) for x in m.group(1).split("."))
        punct = m.group(2) or ""
        if punct == ")":
            return [_mk("NUM_RPAREN", parts, probe, m.end(), shape)] if len(parts) == 1 else []
        if len(parts) == 2 and parts[1] == 0:
            return [_mk("DOT1Z", (parts[0],), probe, m.end(), shape)]
        if len(parts) == 1 and not punct:
            # "5 Term" with no period is a heading only when the rest looks like one
            rest = probe[m.end():].strip()
            if not rest or not (rest[:1].isupper() and len(rest) < 80):
                return []
            if re.search(r",\s*#?\d", rest):
                return []  # a street address in a letterhead: "1 Harbourfront Link, #09-01, Singapore 098631"
            if _MONTH_AND_YEAR.match(rest):
                return []  # a date in a table's cell: "1 April 2025 / 31 March 2027"
            if _UNIT.fullmatch(rest):
                return []  # a quantity in a schedule's table: "20 L", "500 kg"
        return [_mk(f"DOT{len(parts)}", parts, probe, m.end(), shape)]
    m = _DOT_GLUED_EN.match(probe)
    if m:
        # "1.Party B shall ..." with no space: machine-translated and typed-over agreements print them so
        return [_mk("DOT1", (int(m.group(1)),), probe, m.end(), shape)]
    m = _PAREN_ALPHA.match(probe)
    if m:
        return _letter_markers(m.group(1), "PAREN", probe, m.end(), shape)
    m = _ALPHA_SUFFIX.match(probe)
    if m and (len(m.group(1)) == 1 or roman_to_int(m.group(1))):
        kind = "DOTL" if m.group(2) == "." else "RPARL"
        return _letter_markers(m.group(1), kind, probe, m.end(), shape)
    return []


# (only units that begin with a capital: the rest of such a line is read only when it does)
_UNIT = re.compile(r"(?:[LWVAK]|MW|GW|Wh|Ah|Pa|MPa|PCS)\.?")
_MONTH_AND_YEAR = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?[ \t]+\d{4}\b")


def _eat_punct(probe: str, end: int) -> int:
    k = end
    while k < len(probe) and probe[k] in ".:-–—)":
        k += 1
    return k


def _letter_markers(token: str, kind: str, probe: str, end: int, shape: LineShape) -> list[Marker]:
    """(a) / a. / (i) / (A) / I. — a letter that is also a Roman numeral gets both readings."""
    upper = token.isupper()
    case = "U" if upper else "L"
    readings: list[tuple[str, tuple[int, ...]]] = []
    roman = roman_to_int(token)
    letter = letter_to_int(token)
    if letter is not None:
        readings.append((f"ALPHA_{kind}_{case}", (letter,)))
    if roman is not None:
        readings.append((f"ROMAN_{kind}_{case}", (roman,)))
    if not readings:
        return []
    # a lone i / I starts a Roman list far more often than it is the ninth letter
    if len(readings) == 2 and token.lower() == "i":
        readings.reverse()
    style, value = readings[0]
    return [_mk(style, value, probe, end, shape, tuple(readings[1:]))]


FIRST_VALUES = {(1,), (1, 0), (0,)}


def is_first_value(marker_style: str, value: tuple[int, ...]) -> bool:
    """Whether ``value`` can open a list of this style (1, a, i, イ; a 項 list may open at 2)."""
    # (「第11条 ① 研究データは…」: the first circled 項 on the article's own line, so the list seen opens at ②)
    if marker_style in ("JNUM", "J_CIRCLE"):
        return value[0] in (1, 2)
    if marker_style in ("J_ARTICLE",):
        return value[0] in (1,) or value == (1, 0)
    if marker_style.startswith("DOT") and marker_style not in ("DOT1", "DOT1Z"):
        return value[-1] in (0, 1)
    # (and "B1." ... "B10.", the items of an Attachment B)
    if marker_style in ("EN_SECTION", "LETTER_DOT2", "LETTER_NUM") and len(value) > 1:
        return value[-1] in (0, 1)
    return value[0] == 1 or value == (1, 0)
