"""Clause segmentation of Japanese and English agreement texts, table-driven."""

from __future__ import annotations

import hashlib

import pytest

from analyzer.segment import ClauseSegmenter
from analyzer.types import Document


def _doc(text: str, fmt: str = "txt") -> Document:
    return Document(source="t", sha256=hashlib.sha256(text.encode()).hexdigest(), format=fmt, status="ok",
                    text=text)


def _segment(text: str, fmt: str = "txt"):
    return ClauseSegmenter()(_doc(text, fmt))


def _top(text: str, fmt: str = "txt") -> list[tuple[str, str]]:
    seg = _segment(text, fmt)
    return [(c.number, c.heading) for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]


# fmt: off
TOP_LEVEL_CASES = [
    pytest.param(
        "業務委託契約書\n甲と乙は次のとおり契約する。\n第1条（目的）\n本契約は…を定める。\n第2条（定義）\n用語の定義は次のとおり。\n"
        "第3条（秘密保持）\n乙は秘密を守る。",
        [("第1条", "目的"), ("第2条", "定義"), ("第3条", "秘密保持")], id="ja-arabic-parenthesised-headings"),
    pytest.param(
        "第十条（協議）\n本契約に定めのない事項は協議する。\n第十一条（準拠法）\n日本法に準拠する。\n第十二条（管轄）\n東京地方裁判所とする。",
        [("第十条", "協議"), ("第十一条", "準拠法"), ("第十二条", "管轄")], id="ja-kanji-numbers"),
    pytest.param(
        "第１条　目的\n本契約は目的を定める。\n第２条　本契約の有効期間は１年とする。\n第３条　通知\n通知は書面による。",
        [("第１条", "目的"), ("第２条", ""), ("第３条", "通知")], id="ja-fullwidth-numbers-heading-after-space"),
    pytest.param(
        "（目的）\n第1条　本契約は、甲乙の共同研究について定める。\n（定義）\n第2条　この契約で使う用語は次による。",
        [("第1条", "目的"), ("第2条", "定義")], id="ja-heading-on-line-above-like-statutes"),
    pytest.param(
        "第1条（秘密保持）\n乙は、秘密情報を第三者に開示しない。ただし、\n第5条の規定により許される場合を除く。\n"
        "第2条（期間）\n本契約は1年間有効とする。\n第3条（準拠法）\n日本法とする。第2条の規定にかかわらず協議する。",
        [("第1条", "秘密保持"), ("第2条", "期間"), ("第3条", "準拠法")], id="ja-cross-reference-at-line-start-is-no-clause"),
    pytest.param(
        "第5条（定義）\n定義を定める。\n第5条の2（追加の定義）\n追加する。\n第6条（終了）\n終了する。",
        [("第5条", "定義"), ("第5条の2", "追加の定義"), ("第6条", "終了")], id="ja-inserted-article-no-2"),
    pytest.param(
        "RESEARCH AGREEMENT\nThis Agreement is made between A and B.\nARTICLE 1 DEFINITIONS\nTerms are defined.\n"
        "ARTICLE 2 - SCOPE\nThe scope is research.\nARTICLE 3: TERM\nThree years.",
        [("ARTICLE 1", "DEFINITIONS"), ("ARTICLE 2", "SCOPE"), ("ARTICLE 3", "TERM")], id="en-article-caps-headings"),
    pytest.param(
        "Article I\nPurpose\nThe purpose is research.\nArticle II\nTerm\nThe term is two years.\nArticle III\nNotices\n"
        "Notices are written.",
        [("Article I", "Purpose"), ("Article II", "Term"), ("Article III", "Notices")],
        id="en-roman-articles-heading-on-next-line"),
    pytest.param(
        "1. Definitions. In this Agreement the following terms apply.\n2. Term. This Agreement lasts two years.\n"
        "3. Confidentiality. Each party keeps the other's information secret, subject to Section\n"
        "4. of the Data Annex and applicable law.\n4. Governing Law. Japanese law governs.",
        [("1.", "Definitions"), ("2.", "Term"), ("3.", "Confidentiality"), ("4.", "Governing Law")],
        id="en-numbered-run-in-headings-and-a-wrapped-reference"),
    pytest.param(
        "Section 1. Services. The Contractor provides services.\nSection 2. Fees. Fees are due monthly, as set out in\n"
        "Section 5 of Exhibit A.\nSection 3. Term. One year.",
        [("Section 1", "Services"), ("Section 2", "Fees"), ("Section 3", "Term")], id="en-sections-with-reference"),
    pytest.param(
        "TABLE OF CONTENTS\n1. Definitions 1\n2. Licence 2\n3. Term 3\nAGREEMENT\nThis Agreement is made between A and B.\n"
        "1. Definitions\nIn this Agreement, words have the meanings set out below and in the schedules attached.\n"
        "2. Licence\nThe Licensor grants a licence to use the software for research purposes only.\n"
        "3. Term\nThis Agreement continues for three years from the date of signature by both parties.",
        [("1.", "Definitions"), ("2.", "Licence"), ("3.", "Term")], id="en-table-of-contents-is-skipped"),
    pytest.param(
        "1. Term. Two years from signature.\n2. Fees. Payable monthly in arrears.\n3.. Notices. In writing to the "
        "addresses above.\n4. Governing Law. Japanese law governs.",
        [("1.", "Term"), ("2.", "Fees"), ("3..", "Notices"), ("4.", "Governing Law")],
        id="en-a-doubled-period-after-a-number-is-a-typo-not-text"),
    pytest.param(
        "1.Party B shall carry the goods.\n2.Freight and payment\n(a)Party A pays monthly.\n(b)No other charges.\n"
        "3.Either Party may terminate on thirty days' notice.",
        [("1.", ""), ("2.", "Freight and payment"), ("3.", "")], id="en-numbers-glued-to-the-first-word"),
    pytest.param(
        "AMENDMENT\nWHEREAS, the Parties signed an agreement;\nNOW THEREFORE:\n  1. The term is extended by one year.\n"
        "    A. The end date becomes 31 March.\n    B. Appendix 2 is replaced.\n    2. Except as set out in this Amendment, all other terms shall remain in force.\n"
        "IN WITNESS WHEREOF the Parties sign.",
        [("1.", ""), ("2.", "")], id="en-a-short-run-indented-differently-line-by-line"),
    pytest.param(
        "DATA USE CERTIFICATION\nSection I. Definitions\n1. \"Data\" means the released data.\n2. \"User\" means a "
        "researcher.\nSection II. Permitted Use\n1. The Data may be used for the Project.\n2. No other use is "
        "permitted.\nSection III. Term\n1. Access lasts two years.",
        [("Section I", "Definitions"), ("Section II", "Permitted Use"), ("Section III", "Term")],
        id="en-sections-in-roman-numerals-with-paragraphs-numbered-anew"),
    pytest.param(
        "SECTION 1. RESULTS\nResults belong to the Party that made them.\nSECTION 2. PUBLICATION\nEach Party may publish."
        "\nSECTION 2A. STUDENT RESEARCHERS\nEach Party selects its own students.\nSECTION 3. TERM\nThis Agreement lasts "
        "three years.",
        [("SECTION 1", "RESULTS"), ("SECTION 2", "PUBLICATION"), ("SECTION 2A", "STUDENT RESEARCHERS"),
         ("SECTION 3", "TERM")],
        id="en-an-inserted-section-2a"),
    pytest.param(
        "§ 1 Background\nEach Party keeps its background.\n§ 2 Results\nResults belong to the Party that made them.\n§ 2a "
        "Guest Researchers\nGuests follow the host's rules.\n§ 3 Publications\nEach Party may publish.",
        [("§ 1", "Background"), ("§ 2", "Results"), ("§ 2a", "Guest Researchers"), ("§ 3", "Publications")],
        id="en-an-inserted-paragraph-2a"),
    pytest.param(
        "Article 10 Data\nThe data stay in Japan.\nArticle 10A Data Security\nThe data are encrypted.\nArticle 11 Term\n"
        "This Agreement lasts three years.",
        [("Article 10", "Data"), ("Article 10A", "Data Security"), ("Article 11", "Term")], id="en-an-inserted-article-10a"),
    pytest.param(
        "AGREEMENT\nThe Parties agree as follows.\n" + "".join(
            f"{n}) {title}\n{n}.1 The Parties shall perform the first task of this part.\n{n}.2 The Parties shall perform "
            "the second task of this part.\n" for n, title in enumerate(["DEFINITIONS", "SCOPE", "FUNDING", "TERM"], 1)),
        [("1)", "DEFINITIONS"), ("2)", "SCOPE"), ("3)", "FUNDING"), ("4)", "TERM")],
        id="en-articles-numbered-1)-over-sections-1.1"),
    # set 718: number and heading in a left gutter beside the body column, read by the text layer on the baseline of
    # the first sub-clause ("2 Term 2.1 This Agreement ...") or wrapped over lines of their own up to it
    pytest.param(
        "VOYAGE PARTICIPATION AGREEMENT\nAGREED TERMS\n1 Definitions and\ninterpretation\n1.1 In this Agreement the "
        "following terms apply.\n2 Term 2.1 This Agreement commences on signature by both parties.\n2.2 It ends on 31 "
        "December 2028.\n3 Berths and\nParticipant\nPersonnel\n3.1 The Institute will reserve four berths.\n"
        "4 Confidentiality 4.1 Each party must keep the other's Confidential Information secret.\n5 Term\nThe voyage\n"
        "ends at the port of Hobart.\n5.1 The Master decides the route.",
        [("1", "Definitions and interpretation"), ("2", "Term"), ("3", "Berths and Participant Personnel"),
         ("4", "Confidentiality"), ("5", "Term")],
        id="en-gutter-headings-beside-their-first-sub-clause"),
    # set 727: an image-only scan read by OCR: 「第 | 条」 for 第1条, 「甲及び乙は」 without 甲 and 乙, and a defined term
    # whose 乙」 came out as 】, which must not open a quotation that runs to the next stray 」
    pytest.param(
        "覚書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「】という。）は、次のとおり覚書を締結する。\n(目的)\n"
        "第 | 条本覚書は、甲及びが共同研究を推進することを目的とする。\n(定義)\n第2条本覚書において、次の用語の意義は次のとおりとする。\n"
        "研究計画書」とは、共同研究の計画書をいう。\n(法令等の遵守)\n第3条及びは、共同研究の実施に当たり、法令を遵守する。\n(有効期間)\n"
        "第4条本覚書の有効期間は5年とする。",
        [("第 1 条", "目的"), ("第2条", "定義"), ("第3条", "法令等の遵守"), ("第4条", "有効期間")],
        id="ja-ocr-misreadings-of-a-scanned-memorandum"),
    # set 731: an article's heading under its number reads like an instrument's title ("... AMENDMENT ..."), over its
    # own "Section 1."
    pytest.param(
        "MEMORANDUM OF UNDERSTANDING\nThe Parties agree as follows:\nARTICLE I\nPURPOSE\nSection 1. This MOU sets out "
        "the framework.\nARTICLE II\nCOORDINATION\nSection 1. Each Party names a Coordinator.\nARTICLE III\nEFFECTIVITY, "
        "TERM, AMENDMENT AND TERMINATION\nSection 1. This MOU takes effect on signature.\nSection 2. Either Party may "
        "terminate it on notice.\nARTICLE IV\nFINAL PROVISIONS\nSection 1. This MOU is the entire understanding.",
        [("ARTICLE I", "PURPOSE"), ("ARTICLE II", "COORDINATION"),
         ("ARTICLE III", "EFFECTIVITY, TERM, AMENDMENT AND TERMINATION"), ("ARTICLE IV", "FINAL PROVISIONS")],
        id="en-an-article-heading-that-names-amendment"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), TOP_LEVEL_CASES)
def test_top_level_clauses_have_the_printed_numbers_and_headings(text: str, expected: list) -> None:
    assert _top(text) == expected


def test_japanese_paragraphs_and_items_nest_under_their_article() -> None:
    text = (
        "第1条（研究成果の公表）\n甲及び乙は、研究成果を公表できる。\n２　公表の30日前までに通知する。\n"
        "３　相手方は次の場合に修正を求めることができる。\n（１）秘密情報を含むとき\n（２）特許出願に支障があるとき\n"
        "第2条（期間）\n３年間とする。"
    )
    seg = _segment(text)
    by_number = {(c.level, c.number): c for c in seg.clauses}
    article = by_number[(1, "第1条")]
    first_paragraph = next(c for c in seg.clauses if c.parent == article.id and c.number == "")
    assert first_paragraph.kind == "paragraph"
    assert first_paragraph.text == "甲及び乙は、研究成果を公表できる。"
    assert by_number[(2, "２")].parent == article.id
    third = by_number[(2, "３")]
    items = [c for c in seg.clauses if c.parent == third.id]
    assert [(c.kind, c.number) for c in items] == [("item", "（１）"), ("item", "（２）")]
    assert by_number[(1, "第2条")].parent is None


def test_the_items_of_an_unnumbered_first_paragraph_are_its_own() -> None:
    # set 303: 「甲及び乙は、次に掲げる交流を行う。」 with 一, 二, then ２: the 号 belong to the first 項
    seg = _segment("第2条（交流の内容）\n甲及び乙は、次に掲げる交流を行う。\n一 教員の交流\n二 学生の交流\n"
                   "２ 前項各号に掲げるもののほか、交流を行う。\n第3条（経費）\n経費は各自が負担する。")
    first = next(c for c in seg.clauses if c.kind == "paragraph" and c.number == "")
    assert [(c.number, c.text) for c in seg.clauses if c.parent == first.id] == [("一", "一 教員の交流"),
                                                                                 ("二", "二 学生の交流")]
    assert first.text.endswith("二 学生の交流")


def test_a_letter_of_intent_in_headed_prose_keeps_its_one_list_as_items() -> None:
    # set 302: "(a)" to "(d)" under "in the following fields:" are the only numbers of the letter
    text = ("LETTER OF INTENT\n\nbetween the Velmarian Space Agency and Hokurei University\n\nBackground\n\nThe Sides "
            "share an interest in observing the Earth.\n\nFields of Cooperation\n\nThe Sides intend to cooperate in the "
            "following fields:\n\n  (a) reception of downlink data;\n\n  (b) calibration of SAR data;\n\n  (c) training "
            "of students.\n\nThe Sides may add a field by an exchange of letters.\n\nData and Publications\n\nResults "
            "are expected to be published.\n\nDuration\n\nThis Letter remains in effect for five years.\n\nEither Side "
            "may discontinue its participation on three months' notice.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind == "article"] == []
    items = [c for c in seg.clauses if c.number in ("(a)", "(b)", "(c)")]
    assert [c.kind for c in items] == ["item"] * 3
    assert len({c.parent for c in items}) == 1


def test_a_letter_signed_before_its_numbered_work_plan_keeps_its_headed_paragraphs_as_clauses() -> None:
    # set 452: paragraphs with run-in capitals ("PUBLICATION. Each Participant ..."), "Yours sincerely", then an
    # attachment under a rule of dashes whose items 1.-3. are the only numbers of the document
    body = "".join(f"{heading}. Each Participant will act under this paragraph as the Coordinators agree in writing, "
                   f"and will keep a record of what it does under it for the Campaign.\n\n"
                   for heading in ("PURPOSE AND SCOPE", "DATA EXCHANGE", "PUBLICATION", "CONFIDENTIAL INFORMATION",
                                   "EXPORT CONTROLS", "TERM AND TERMINATION"))
    text = ("AUSTRALIAN DEFENCE EXPERIMENTAL SCIENCES GROUP\nBuilding 184, Salisbury\n\nProfessor Haruka Kirishima\n"
            "Minase University\n\nDear Professor Kirishima,\n\n" + body + "Yours sincerely,\n\n[signed]\n"
            "Dr. Fiona Marchetti\n\nEnclosures: Attachment A (Work Plan)\n\n" + "-" * 60 + "\nATTACHMENT A - WORK PLAN\n\n"
            "1. Observation seasons\n   Equinox seasons of 2026 and 2027.\n\n2. Activities of Minase University\n"
            "   (a) Operate six receivers.\n\n3. Activities of ADESG\n   (a) Operate four receivers.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == []
    assert [c.heading for c in seg.clauses if c.kind == "paragraph" and c.heading] == [
        "PURPOSE AND SCOPE", "DATA EXCHANGE", "PUBLICATION", "CONFIDENTIAL INFORMATION", "EXPORT CONTROLS",
        "TERM AND TERMINATION"]
    assert [(c.kind, c.number) for c in seg.clauses if c.kind in ("signature", "annex")] == [
        ("signature", ""), ("annex", "ATTACHMENT A")]


def test_a_convenios_spanish_ordinal_clauses_are_its_articles() -> None:
    # set 456: "PRIMERA / FIRST. OBJETO / PURPOSE" ... "DÉCIMA QUINTA / FIFTEENTH. ..." in a Spanish-English MoU, and
    # "SEGUNDA.- OBJETO" in a Spanish one
    text = ("MEMORANDO DE ENTENDIMIENTO\nCLÁUSULAS / CLAUSES\n\nPRIMERA / FIRST. OBJETO / PURPOSE\n\nEl objeto es la "
            "colaboración.\nThe purpose is collaboration.\n\nSEGUNDA / SECOND. ÁREAS / AREAS\n\nRobótica.\nRobotics.\n\n"
            "TERCERA / THIRD. PUBLICACIONES / PUBLICATIONS\n\nLibertad académica.\nAcademic freedom.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == [
        "PRIMERA / FIRST", "SEGUNDA / SECOND", "TERCERA / THIRD"]
    from analyzer.segment.markers import detect_markers

    assert [m.value for m in detect_markers("DÉCIMA QUINTA / FIFTEENTH. JURISDICCIÓN / JURISDICTION", True)] == [(15,)]
    assert [m.value for m in detect_markers("DECIMOSEGUNDA.- CONFIDENCIALIDAD", True)] == [(12,)]
    assert detect_markers("PRIMERA / SECOND. MISMATCHED ORDINALS", True) == []


@pytest.mark.parametrize(("line", "style"), [
    ("甲及び乙は、本契約締結の証として、本書２通を作成し", "J_SIGNATURE"),
    ("この契約の成立を証するため、本書２通を作成する。", "J_SIGNATURE"),
    # set 457: a title given "as a token of" the partnership is a paragraph of an article, not the signing formula
    ("① 乙は、本研究における甲との協力関係の証として、甲の研究責任者を乙の客座教授に任命する。", "J_CIRCLE"),
])
def test_only_the_signing_formula_reads_as_the_signature(line: str, style: str) -> None:
    from analyzer.segment.markers import detect_markers

    assert [m.style for m in detect_markers(line, True)][:1] == [style]


def test_roman_sections_on_a_line_of_their_own_are_the_articles() -> None:
    # set 462: "Section I" / "Purpose and Scope" / "1.<tab>..." with the paragraphs numbered from 1 in each section
    text = ("ARRANGEMENT\nBETWEEN A AND B\nHAVE REACHED the following understanding:\nSection I\nPurpose and Scope\n"
            "1.\tThe purpose is cooperation.\n2.\tThis Arrangement sets out the terms.\nSection II\nDefinitions\n1.\tTerms "
            "are defined here.\nSection III\nAreas of Cooperation\n1.\tThe Parties cooperate in physics.\n2.\tAnd in "
            "chemistry.\n")
    seg = _segment(text)
    assert [(c.number, c.heading) for c in seg.clauses if c.kind in ("article", "definitions")] == [
        ("Section I", "Purpose and Scope"), ("Section II", "Definitions"), ("Section III", "Areas of Cooperation")]


def test_paragraphs_numbered_article_dash_paragraph_nest_under_their_article() -> None:
    # set 463: a memorandum translated from Persian, "Article 8: Observance of Laws" over "8-1.", "8-2.", "8-3."
    text = ("MEMORANDUM OF COOPERATION\nArticle 7: Confidentiality\n\n7-1. Information is non-confidential.\n\n7-2. Marked "
            "information is kept.\n\nArticle 8: Observance of Laws\n\n8-1. Each Party follows its own laws.\n\n8-2. "
            "Visitors observe the host's laws.\n\n8-3. The Japanese Party undertakes to observe the laws of Iran.\n")
    seg = _segment(text)
    article = next(c for c in seg.clauses if c.number == "Article 8")
    assert [c.number for c in seg.clauses if c.parent == article.id] == ["8-1.", "8-2.", "8-3."]


@pytest.mark.parametrize(("text", "articles"), [
    # set 475: "WORK ORDER No. 1" after the master agreement's Articles 1-3 and Schedule 1, with its own Sections 1-2
    ("MASTER RESEARCH AGREEMENT\nArticle 1 Definitions\n1.1 Terms are defined.\nArticle 2 Work Orders\n2.1 Work is "
     "ordered.\nArticle 3 Term\n3.1 Five years.\nIN WITNESS WHEREOF the Parties have signed.\nSCHEDULE 1 – FORM OF "
     "WORK ORDER\nEach Work Order shall be headed as below.\nWORK ORDER No. 1\nunder Master Research Agreement No. "
     "17\nSection 1.  PARTICULARS\n1.1 This Work Order incorporates the Agreement.\nSection 2.  RESEARCH PLAN\n2.1 The "
     "objective is set out here.\n", ["Article 1", "Article 2", "Article 3", "Section 1", "Section 2"]),
    # set 1518: "STATEMENT OF WORK No. 1" after the master's Sections 1-3 and signatures, with its own Sections 1-2
    ("MASTER RESEARCH AGREEMENT\nSection 1. Definitions\nTerms are defined.\nSection 2. SOWs\nWork is ordered by "
     "SOWs.\nSection 3. Term\nFive years.\nIN WITNESS WHEREOF, the Parties have caused this Master Agreement to be "
     "executed.\nBy: ____\nSTATEMENT OF WORK No. 1\nunder Master Research Agreement No. 17\nThis SOW is entered into "
     "under the Master Agreement.\nSection 1. Relationship to the Master Agreement\nThis SOW prevails.\nSection 2. "
     "Scope of Work\nThe Institute performs the tasks.\n", ["Section 1", "Section 2", "Section 3", "Section 1", "Section 2"]),
], ids=["a-work-order-after-the-schedules", "a-statement-of-work-after-the-signatures"])
def test_an_order_under_a_master_agreement_is_an_instrument_of_its_own(text: str, articles: list[str]) -> None:
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == articles


@pytest.mark.parametrize(("text", "front", "rows"), [
    # set 1519: a visit's "KEY TERMS" table drawn in text before the articles, which it prevails over
    ("VISITING RESEARCHER AGREEMENT\nThe Key Terms and the Articles that follow form a single agreement.\n=====\nKEY "
     "TERMS\n=====\n1   Host                    National Institute for Crustal Dynamics\n-----\n2   Reporting       "
     "        Monthly reports with the data sets processed.\n-----\nArticle 1  Purpose\n1.1  The purpose is the visit.\n"
     "Article 2  Status\n2.1  The Visiting Researcher remains an employee of the Sending Institution.\n",
     "KEY TERMS", [("1", "Host"), ("2", "Reporting")]),
    # set 1519: a PDF's 契約条件一覧表, its rows' labels run into their values, then the general conditions
    ("国際共同研究契約書\n北嶺大学（以下「甲」という。）とノルド財団（以下「乙」という。）は、次の契約条件一覧表（以下「表」という。）に記載する"
     "共同研究に関し、表及び一般条項に定めるところにより契約する。\n契約条件一覧表\n項項目内容\n1 研究題目サケ科魚類の宿主応答\n2 研究期間"
     "2025年4月1日から\n3年間とする。\n3 準拠法及び紛争解決本契約はオランダ法に準拠する。\n一般条項\n（定義）\n第1条　本契約において用語の意義は"
     "次のとおりとする。\n（研究の実施）\n第2条　甲及び乙は、本研究を実施する。\n（秘密保持）\n第3条　甲及び乙は、秘密を守る。\n（解除）\n"
     "第4条　甲又は乙は、本契約を解除することができる。\n",
     "契約条件一覧表", [("1", ""), ("2", ""), ("3", "")]),
], ids=["en-key-terms-drawn-in-text", "ja-a-table-of-terms-before-the-general-conditions"])
def test_a_table_of_terms_before_the_articles_is_a_part_of_its_own_with_a_clause_per_row(
        text: str, front: str, rows: list[tuple[str, str]]) -> None:
    seg = _segment(text)
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert annex.number == front
    assert [(c.number, c.heading) for c in seg.clauses if c.parent == annex.id] == rows
    assert {c.kind for c in seg.clauses if c.level == 1 and c.kind != "preamble"} - {"annex"} <= {"article", "definitions"}


def test_a_headed_section_of_prose_keeps_its_second_paragraph() -> None:
    # set 476: a record agreed by e-mail, "Visiting researchers" on a line of its own over two paragraphs
    text = ("Dear Dr. Ngoc,\n\nThis e-mail records what we agreed.\n\nVisiting researchers\n\nDr. Phuc will stay at "
            "Shiomidai from late April for about six months and will follow our rules.\n\nAs MIAB has asked, Dr. Phuc will "
            "send the Institute each month a report of his work, including the raw data he produces.\n\nData\n\nThe "
            "sequence data will be kept on the Shiomidai research data server for the whole project.\n\nPublications\n\n"
            "Each side is free to publish the results of the Project after the other has seen the manuscript.\n\n"
            "With best regards,\n\nMOCHIZUKI Daisuke\n")
    seg = _segment(text)
    sections = [c for c in seg.clauses if c.kind == "paragraph" and c.heading]
    assert [c.heading for c in sections] == ["Visiting researchers", "Data", "Publications"]
    assert "send the Institute each month" in sections[0].text
    assert [c.kind for c in seg.clauses][-1] == "signature"


def test_a_covering_letter_keeps_the_articles_of_the_agreement_it_encloses() -> None:
    letter = ("Dear Professor Kirishima,\n\nPlease find enclosed the research agreement between our institutes, which "
              "our board approved on 3 March after the review we discussed, for your signature and return.\n\n"
              "We are grateful for your patience while the text was settled, and look forward to the work.\n\n" * 5)
    articles = "".join(f"{n}. Heading {n}\nThe Parties shall do what Article {n} of this Agreement requires of them, "
                       f"in good faith and on the terms agreed between them.\n\n" for n in range(1, 16))
    text = letter + "Yours sincerely,\n\nDr. Fiona Marchetti\n\nATTACHMENT A - RESEARCH AGREEMENT\n\n" + articles
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind == "article"] == [f"{n}." for n in range(1, 16)]


def test_article_numbers_that_start_again_in_each_part_are_all_articles() -> None:
    # set 309: PART I has Articles 1-2, PART II Articles 1-3, each part counting from 1
    text = ("RESEARCH COLLABORATION AGREEMENT\nThis Agreement is made between A University and B Institute.\n"
            "PART I    GENERAL PROVISIONS\nArticle 1    Definitions\n1.1 Terms are defined here.\nArticle 2    Purpose\n"
            "2.1 The purpose is research.\nPART II    RESEARCH\nArticle 1    Conduct\n1.1 The Parties conduct the "
            "research.\nArticle 2    Plan\n2.1 A plan is agreed.\nArticle 3    Funding\n3.1 Each Party bears its costs.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == [
        "Article 1", "Article 2", "Article 1", "Article 2", "Article 3"]
    assert [c.number for c in seg.clauses if c.kind == "part"] == ["PART I", "PART II"]


@pytest.mark.parametrize(("parts", "numbers"), [
    # set 634: "Part 1 - Definitions" over 1.1, 1.2, "Part 2 - Purpose" over 2.1 ...: the Parts are the articles
    (("Part 1 - Definitions", "1.1", "1.2", "Part 2 - Purpose", "2.1", "Part 3 - Publication", "3.1", "3.2"),
     ["Part 1", "Part 2", "Part 3"]),
    # a Part whose sections do not carry its number is a part above the clauses, as before
    (("Part 1 - General", "1.1", "1.2", "Part 2 - Research", "3.1", "Part 3 - Closing", "4.1", "4.2"),
     ["1.1", "1.2", "3.1", "4.1", "4.2"]),
])
def test_parts_that_each_head_their_own_numbered_sections_are_the_articles(parts: tuple, numbers: list) -> None:
    body = "".join(f"{line}\n" if line.startswith("Part") else f"{line} The Parties shall act in good faith under "
                   f"this clause and as the Research Plan sets out.\n\n" for line in parts)
    seg = _segment("RESEARCH AGREEMENT\nThis Agreement is made between A University and B Institute.\n\n" + body)
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == numbers


def test_numbered_capital_titles_that_fill_the_gaps_of_an_article_run_are_articles() -> None:
    # set 656: a 2012 agreement patched over the years: "Article 1" ... "Article 3", "4. PUBLICATION", "5. INTELLECTUAL
    # PROPERTY", "ARTICLE 6 FUNDING", "Article 7", "Article 8A", "9. GENERAL"; the list items "1. Objectives" of its
    # schedule stay the schedule's
    body = "".join(f"{head}\nThe Parties shall act under this article in good faith and as agreed between them.\n\n"
                   for head in ("Article 1   DEFINITIONS", "Article 2   PURPOSE", "Article 3   CONFIDENTIALITY",
                                "4. PUBLICATION", "5. INTELLECTUAL PROPERTY", "ARTICLE 6  FUNDING", "Article 7   TERM",
                                "Article 8A   NOTICES", "9. GENERAL"))
    text = ("RESEARCH COLLABORATION AGREEMENT\nThis Agreement is made between A University and B Institute.\n\n" + body
            + "SCHEDULE 1\n1. Objectives\n2. Data\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == [
        "Article 1", "Article 2", "Article 3", "4.", "5.", "ARTICLE 6", "Article 7", "Article 8A", "9."]


def test_lettered_recitals_do_not_make_an_unnumbered_agreement_numbered() -> None:
    # set 659: "Background" / (A) (B) (C) / "Agreed terms", then headings on lines of their own over unnumbered
    # paragraphs: the recitals are no outline, and the headed paragraphs are the clauses
    text = ("RESEARCH COLLABORATION AGREEMENT\nThis Agreement is made between A University and B AS.\nBackground\n"
            "(A) The University studies navigation.\n(B) The Company builds vehicles.\n(C) The Parties wish to "
            "collaborate.\nAgreed terms\nDefinitions\nIn this Agreement the following words have these meanings.\n"
            "Publication\nThe University shall not publish any Results without the approval of the Company.\n"
            "Term and Termination\nThis Agreement ends in 2028 and either Party may terminate it on notice.\n"
            "Governing Law\nThis Agreement is governed by the laws of Japan.\n")
    seg = _segment(text, "docx")
    assert not [c for c in seg.clauses if c.kind in ("article", "definitions")]
    headings = [c.heading for c in seg.clauses if c.kind == "paragraph"]
    assert {"Definitions", "Publication", "Term and Termination", "Governing Law"} <= set(headings)


def test_sections_numbered_in_words_are_articles() -> None:
    # set 314: "SECTION TEN – PUBLICATIONS AND AUTHORSHIP", with clauses 10.1, 10.2 under it
    text = ("CONSORTIUM AGREEMENT\nSECTION ONE – DEFINITIONS\n1.1 Terms are defined here.\nSECTION TWO – PURPOSE\n2.1 The "
            "purpose is an instrument.\nSECTION THREE – NOTICES\n3.1 Notices are in writing.\nSection one of the Act "
            "is cited in running text.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == [
        "SECTION ONE", "SECTION TWO", "SECTION THREE"]
    from analyzer.segment.markers import detect_markers

    assert [m.value for m in detect_markers("SECTION TWENTY-ONE – NOTICES", True)] == [(21,)]


def test_article_numbers_after_a_dash_and_a_letters_terms_above_an_annex_table_are_the_outline() -> None:
    # set 324: "ARTICLE – VII" headings; set 325: a renewal letter's terms "1." to "4." above an annex table whose rows
    # name the old memorandum's "Article 2 – Fields"
    dashed = _segment("JOINT PROJECT AGREEMENT\nARTICLE – I\nDEFINITIONS\n1.1 Terms.\nARTICLE – II\nSCOPE\n2.1 Scope.\n"
                      "ARTICLE – III\nTERM\n3.1 Three years.\n")
    assert [c.number for c in dashed.clauses if c.kind in ("article", "definitions")] == [
        "ARTICLE – I", "ARTICLE – II", "ARTICLE – III"]
    letter = _segment("Dear Professor Silva,\nWe propose to renew our Memorandum on these terms.\n1.\tRenewal Period\nFive "
                      "years.\n2.\tAreas of Cooperation\nMarine science.\n3.\tStudent Exchange\nThree students.\n4.\tTerm\n"
                      "Renewal only in writing.\nYours sincerely,\nANNEX – COMPARISON OF TERMS\nArticle 2 – Fields\nAny field\n"
                      "Article 3 – Students\nUp to 3\nArticle 4 – Term\n5 years\n")
    assert [c.number for c in letter.clauses if c.kind == "article"] == ["1.", "2.", "3.", "4."]


@pytest.mark.parametrize(("text", "numbers"), [
    # set 344: French drafting numbers its first article "Article 1er"
    ("RESEARCH AGREEMENT\nArticle 1er - Purpose\n1.1 The purpose.\nArticle 2 - Definitions\nTerms.\nArticle 3 - Term\n"
     "3.1 Two years.\n", ["Article 1er", "Article 2", "Article 3"]),
    # set 338: Word puts an em space after the number ("1.\u2003DEFINITIONS"), its clauses "1.1" under it
    ("CLINICAL RESEARCH AGREEMENT\n1.\u2003DEFINITIONS\n\t1.1\tTerms.\n\t1.2\tHeadings.\n2.\u2003PURPOSE\n\t2.1\tThe "
     "purpose.\n3.\u2003TERM\n\t3.1\tTwo years.\n", ["1.", "2.", "3."]),
], ids=["en-article-1er", "en-em-space-after-the-number"])
def test_article_numbers_in_french_and_word_spacing_are_the_outline(text: str, numbers: list[str]) -> None:
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == numbers


def test_english_sub_clauses_nest_by_numbering_style() -> None:
    text = (
        "ARTICLE 1 LICENCE\n1.1 Grant. The University grants a licence.\n(a) for research; and\n(b) for teaching.\n"
        "(i) lectures;\n(ii) seminars.\n1.2 Limits. No sublicence.\nARTICLE 2 TERM\n2.1 The term is one year."
    )
    seg = _segment(text)
    rows = [(c.level, c.kind, c.number) for c in seg.clauses if c.kind != "preamble"]
    assert rows == [
        (1, "article", "ARTICLE 1"), (2, "paragraph", "1.1"), (3, "item", "(a)"), (3, "item", "(b)"),
        (4, "item", "(i)"), (4, "item", "(ii)"), (2, "paragraph", "1.2"),
        (1, "article", "ARTICLE 2"), (2, "paragraph", "2.1"),
    ]


def test_letter_i_after_h_continues_the_letter_list_not_a_roman_one() -> None:
    items = "\n".join(f"({c}) item {c}." for c in "abcdefghij")
    seg = _segment("1. Obligations\nThe Partner shall:\n" + items + "\n2. Term\nOne year.")
    numbers = [c.number for c in seg.clauses if c.level == 2]
    assert numbers == [f"({c})" for c in "abcdefghij"]


def test_preamble_recitals_signature_and_annex_are_recognised() -> None:
    text = (
        "MEMORANDUM OF UNDERSTANDING\nThis MOU is made between Hokuto University and Kestrel Institute.\n"
        "WHEREAS, the parties share research interests;\nWHEREAS, they wish to exchange students;\n"
        "NOW, THEREFORE, the parties agree as follows:\n1. Purpose\nThe parties will cooperate.\n2. Term\nFive years.\n"
        "IN WITNESS WHEREOF, the parties have signed this MOU.\nFor Hokuto University\nSchedule 1 Exchange Programme\n"
        "1. Up to five students per year."
    )
    seg = _segment(text)
    kinds = [(c.kind, c.level, c.number) for c in seg.clauses if c.level <= 2]
    assert kinds == [
        ("preamble", 1, ""), ("paragraph", 2, ""), ("paragraph", 2, ""),
        ("article", 1, "1."), ("article", 1, "2."), ("signature", 1, ""), ("annex", 1, "Schedule 1"),
        ("paragraph", 2, "1."),
    ]
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert annex.heading == "Exchange Programme"


def test_japanese_signature_and_annex() -> None:
    text = ("第1条（目的）\n目的を定める。\n第2条（期間）\n1年とする。\n本契約締結の証として本書2通を作成する。\n甲　北斗大学\n"
            "別紙1（研究計画）\n１　研究題目")
    seg = _segment(text)
    assert [(c.kind, c.number, c.heading) for c in seg.clauses if c.level == 1] == [
        ("article", "第1条", "目的"), ("article", "第2条", "期間"), ("signature", "", ""), ("annex", "別紙1", "研究計画"),
    ]


def test_definitions_article_gets_its_own_kind() -> None:
    seg = _segment("Article 1 Definitions\nTerms.\nArticle 2 Scope\nScope.")
    assert [c.kind for c in seg.clauses if c.level == 1] == ["definitions", "article"]


@pytest.mark.parametrize("text", [
    "第1条（目的）\n本契約は目的を定める。\n第2条（期間）\n１年とする。",
    "Article 1 Purpose\nThe purpose.\nArticle 2 Term\nOne year.\n(a) renewable once.",
    # set 303: the unnumbered first 項 has 号 before ２ is seen
    "第2条（交流の内容）\n甲及び乙は、次に掲げる交流を行う。\n一 教員の交流\n二 学生の交流\n２ 前項各号に掲げるもののほか、交流を行う。",
])
def test_every_clause_span_is_the_text_it_reports(text: str) -> None:
    seg = _segment(text)
    for clause in seg.clauses:
        assert text[clause.start:clause.end] == clause.text
        assert clause.text == clause.text.strip()
    children = [c for c in seg.clauses if c.parent]
    for child in children:
        parent = next(c for c in seg.clauses if c.id == child.parent)
        assert parent.start <= child.start
        assert child.end <= parent.end


def test_markdown_headings_without_numbers_are_articles_of_terms_of_service() -> None:
    text = "# 利用規約\n本規約は利用条件を定める。\n## 個人情報の取扱い\n別途定める。\n## 禁止事項\n- 法令違反\n## 準拠法\n日本法とする。"
    assert _top(text, "md") == [("", "個人情報の取扱い"), ("", "禁止事項"), ("", "準拠法")]


_CAPITAL_HEADINGS = ("RESEARCH COLLABORATION AGREEMENT\n\nIT IS AGREED as follows:\n\nDEFINITIONS\n\n1. Words have "
                     "their meanings.\n\n2. Headings are for convenience.\n\nSCOPE\n\n1. The Parties shall carry out "
                     "the Project.\n\n2. Each Party appoints a lead.\n\nUSE OF NAMES\n\nNeither Party shall use the "
                     "other's name.\n\nCONFIDENTIALITY\n\n1. Each Party shall keep the other's information secret.\n\n"
                     "TERM AND TERMINATION\n\n1. This Agreement runs for two years.\n\n2. It renews automatically.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # set 1012: articles headed only by a line in capitals, their paragraphs numbered 1., 2. under each
    (_CAPITAL_HEADINGS, ["DEFINITIONS", "SCOPE", "USE OF NAMES", "CONFIDENTIALITY", "TERM AND TERMINATION"]),
    # a "1." that follows no heading keeps the numbers as the outline
    (_CAPITAL_HEADINGS.replace("USE OF NAMES\n\nNeither", "1. Neither"), None),
])
def test_unnumbered_headings_in_capitals_are_the_articles_where_every_list_restarts_under_one(
        text: str, expected: list[str] | None) -> None:
    top = [c for c in _segment(text).clauses if c.level == 1 and c.kind in ("article", "definitions")]
    if expected is None:
        assert all(c.number for c in top)
    else:
        assert [(c.number, c.heading) for c in top] == [("", h) for h in expected]
        renewal = next(c for c in _segment(text).clauses if "renews automatically" in c.text and c.level == 2)
        assert renewal.number == "2."


def test_sequential_bilingual_agreement_is_segmented_per_language_and_articles_are_linked() -> None:
    ja = "共同研究契約書\n甲と乙は次のとおり合意する。\n第1条（目的）\n本契約は共同研究の条件を定める。\n第2条（期間）\n本契約は３年間有効とする。"
    en = ("JOINT RESEARCH AGREEMENT\nThe parties agree as follows.\nArticle 1 Purpose\nThis Agreement sets out the terms "
          "of the joint research.\nArticle 2 Term\nThis Agreement remains in force for three years.")
    seg = _segment(ja + "\n" + en)
    assert [v.language for v in seg.versions] == ["ja", "en"]
    articles = {c.number: c for c in seg.clauses if c.kind == "article"}
    assert articles["第1条"].parallel == articles["Article 1"].id
    assert articles["Article 2"].parallel == articles["第2条"].id
    assert articles["第2条"].language == "ja"
    assert articles["Article 2"].language == "en"


def test_in_a_bilingual_agreement_english_sub_clauses_belong_to_english_articles() -> None:
    ja = "第1条（目的）\n本契約は共同研究の条件を定める。\n２　甲及び乙は協力する。\n第2条（期間）\n本契約は３年間有効とする。"
    en = ("Article 1 Purpose\n1.1 This Agreement sets out the terms of the joint research between the parties.\n"
          "1.2 The parties will cooperate in good faith.\nArticle 2 Term\nThis Agreement remains in force for three years.")
    seg = _segment(ja + "\n" + en)
    by_id = {c.id: c for c in seg.clauses}
    for clause in seg.clauses:
        if clause.parent:
            parent = by_id[clause.parent]
            assert parent.language == clause.language
            assert parent.start <= clause.start
            assert clause.end <= parent.end
    assert by_id[next(c.id for c in seg.clauses if c.number == "1.2")].parent == next(
        c.id for c in seg.clauses if c.number == "Article 1")


@pytest.mark.parametrize(("rest", "heading"), [
    ("Term, termination and governing law. Either party may end this arrangement.", "Term, termination and governing law"),
    ("Visit period and Engineers. The Company sends two engineers.", "Visit period and Engineers"),
    ("Dr. Smith will attend the meetings.", ""),
    ("The Parties agree. The rest follows.", ""),
], ids=["run-in-sentence-case", "run-in-with-a-capitalised-word", "an-abbreviation-is-no-heading", "a-sentence-is-no-heading"])
def test_a_run_in_heading_in_sentence_case_is_the_clauses_heading(rest: str, heading: str) -> None:
    from analyzer.segment.headings import english_heading

    assert english_heading(rest)[0] == heading


@pytest.mark.parametrize(("text", "value"), [("One", 1), ("TWELVE", 12), ("Twenty-One", 21), ("thirty", 30),
                                             ("Zero", None), ("Once", None)])
def test_english_number_words_are_numbers(text: str, value: int | None) -> None:
    from analyzer.segment.numbers import any_to_int

    assert any_to_int(text) == value


APPENDED_JA = (
    "学術交流協定書\n甲と乙は、次のとおり協定を締結する。\n第1条（目的）\n本協定は交流を目的とする。\n"
    "第2条（交流）\n甲及び乙は交流する。\n第3条（有効期間）\n本協定は5年間有効とする。\n"
    "2025年9月1日\n甲　学長（署名）\n乙　学長（署名）\n"
    "学生交流に関する覚書\n甲及び乙は、協定に基づき、次のとおり覚書を締結する。\n"
    "第1条（目的）\n本覚書は学生交流の事項を定める。\n第2条（学生数）\n各年2名以内とする。\n"
)
APPENDED_EN = (
    "RESEARCH AGREEMENT\nThis Agreement is made between the University and the Company.\n"
    "Article 1 Purpose\nThe Parties shall cooperate.\nArticle 2 Term\nThis Agreement lasts three years.\n"
    "Signed for the University\nSigned for the Company\n"
    "AMENDMENT NO. 1 TO THE RESEARCH AGREEMENT\nThe Parties agree to amend the Agreement as follows.\n"
    "Article 1 Budget\nThe budget is increased.\nArticle 2 Effect\nAll other terms remain in force.\n"
)
APPENDED_KOBETSU = (
    "包括連携協定書\n第1条（目的）\n本協定は連携を定める。\n第2条（個別契約）\n具体的事項は個別契約で定める。\n甲　北陵大学\n乙　ノルト大学\n"
    "個別契約No.1　共同研究契約書（腐食センサの開発）\n甲と乙は、包括協定に基づき、次のとおり契約する。\n第1条（研究題目）\n題目を定める。\n"
    "第2条（研究）\n研究を行う。\n"
)
APPENDED_CLAUSES = (
    "MEMORANDUM OF UNDERSTANDING\nArticle 1 Purpose\nThe Parties cooperate.\nArticle 2 Term\nFive years.\n"
    "For Hoshizaki University: President\n"
    'IMPLEMENTATION AGREEMENT NO. 1 FOR THE JOINT PROJECT "MULTILINGUAL SPEECH CORPUS FOR LOW-RESOURCE LANGUAGES"\n'
    "This Implementation Agreement is concluded under the MoU.\nClause 1. Purpose\nThe Parties build a corpus.\n"
    "Clause 2. Data\nThe data stay with each Party.\n"
)
# set 1249: a form the annex holds, with its blanks, stays the annex's
FORM_IN_ANNEX_JA = (
    "共同研究契約書\n第1条（目的）\n本契約は共同研究を定める。\n第2条（期間）\n２年間とする。\n甲　東雲大学\n乙　グレンモア社\n"
    "別紙（様式）\n覚書\n甲と乙とは、　　年　　月　　日付けで締結した共同研究契約書に関し、次のとおり覚書を締結する。\n第1条（目的）\n"
    "○○を定める。\n第2条（その他）\n○○とする。\n"
)
# set 1249: an MoU's implementing arrangement
APPENDED_ARRANGEMENT = (
    "MEMORANDUM OF UNDERSTANDING\nArticle 1 Purpose\nThe Parties cooperate.\nArticle 2 Term\nFive years.\n"
    "For Kisaragi University: President\nIMPLEMENTING ARRANGEMENT No. 1\nunder the Memorandum of Understanding\n"
    "This Implementing Arrangement is concluded under Article 2 of the MoU.\nSection 1 Relationship to the MoU\n"
    "The MoU applies.\nSection 2 Programme\nThe Parties monitor seagrass.\n"
)
EXHIBIT_FORM = (
    "LICENSE AGREEMENT\nArticle 1 Grant\nThe Licensor grants a licence.\nArticle 2 Term\nThe term is five years.\n"
    "IN WITNESS WHEREOF the Parties have signed.\nEXHIBIT A\nFORM OF SUBLICENSE AGREEMENT\n"
    "Article 1 Sublicence\nThe Sublicensee may use the software.\nArticle 2 Fees\nFees are due monthly.\n"
)


@pytest.mark.parametrize(("text", "numbers"), [
    (APPENDED_JA, ["第1条", "第2条", "第3条", "第1条", "第2条"]),
    (APPENDED_EN, ["Article 1", "Article 2", "Article 1", "Article 2"]),
    (EXHIBIT_FORM, ["Article 1", "Article 2"]),
    (APPENDED_KOBETSU, ["第1条", "第2条", "第1条", "第2条"]),
    (APPENDED_CLAUSES, ["Article 1", "Article 2", "Clause 1", "Clause 2"]),
    (FORM_IN_ANNEX_JA, ["第1条", "第2条"]),
    (APPENDED_ARRANGEMENT, ["Article 1", "Article 2", "Section 1", "Section 2"]),
], ids=["ja-oboegaki-after-kyotei", "en-amendment", "en-exhibit-form", "ja-kobetsu-keiyaku-with-a-subtitle",
        "en-implementation-agreement-in-clauses", "ja-a-form-in-an-annex",
        "en-implementing-arrangement"])
def test_a_second_instrument_after_the_first_is_segmented_on_its_own_but_an_exhibit_stays_an_annex(
        text: str, numbers: list[str]) -> None:
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == numbers
    if text not in (EXHIBIT_FORM, FORM_IN_ANNEX_JA):
        second = [c for c in seg.clauses if c.kind == "preamble"][-1]
        assert seg.clauses[0].kind == "preamble"
        assert second.text.startswith(("学生交流", "AMENDMENT", "個別契約", "IMPLEMENTATION", "IMPLEMENTING", "覚書"))


@pytest.mark.parametrize("line", ["ADDITIONAL TERMS", "Additional Terms", "SUPPLEMENTARY TERMS"])
def test_additional_terms_after_the_signatures_open_an_annex(line: str) -> None:
    # set 1124: an NDA's page of additional terms, which prevail over its clauses
    from analyzer.segment.markers import detect_markers

    assert [m.style for m in detect_markers(line)] == ["EN_ANNEX"]


@pytest.mark.parametrize(("line", "value"), [
    # set 1108: sections numbered with their article's Roman numeral
    ("VII.6 In further consideration of the Research Funding, said University hereby grants", (7, 6)),
    ("IX.3 Notwithstanding Section IX.2, if said Company shall notify", (9, 3)),
])
def test_a_section_numbered_with_its_articles_roman_numeral_is_a_paragraph_of_it(line: str, value: tuple) -> None:
    from analyzer.segment.markers import detect_markers

    assert [(m.style, m.value) for m in detect_markers(line)] == [("DOT2", value)]


@pytest.mark.parametrize(("line", "number"), [
    ("\u3000（２）第２回\u3000金４，４００，０００円", "（２）"),
    ("\u3000一\u3000甲は報告する。", "一"),
    ("\u3000①甲は報告する。", "①"),
    ("\u3000(a) the text", "(a)"),
])
def test_items_indented_with_full_width_spaces_are_items(line: str, number: str) -> None:
    from analyzer.segment.markers import detect_markers

    assert detect_markers(line)[0].number == number


def test_paragraphs_after_an_indented_list_in_special_terms_are_their_own_clauses() -> None:
    articles = "".join(f"第{i}条（見出し）\n\u3000甲は義務を負う。\n２\u3000乙は義務を負う。\n" for i in range(1, 6))
    text = ("契約書\n" + articles + "本契約の締結を証するため、本書２通を作成する。\n甲\u3000某大学\n特記事項\n\n"
            "１\u3000研究経費の納付は、次のとおり２回に分割して行う。\n\u3000（１）第１回\u3000金４，４００，０００円\u3000２０２５年"
            "１１月３０日まで\n\u3000（２）第２回\u3000金４，４００，０００円\u3000２０２６年１０月３１日まで\n"
            "２\u3000知的財産権は、すべて乙に帰属する。\n３\u3000甲は、乙の承認を得なければならない。\n")
    seg = _segment(text)
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert [c.number for c in seg.clauses if c.parent == annex.id] == ["１", "２", "３"]


@pytest.mark.parametrize(("opening", "closing"), [("(", ")"), ("（", "）")], ids=["half-width", "full-width"])
def test_a_paragraph_after_a_long_item_in_kanji_parentheses_is_its_own(opening: str, closing: str) -> None:
    # set 1453: 「（五）…独自に開発したことを書面により証明し得る情報」 ends in no 。, and the 「３」 after it opens the next
    # paragraph, not a wrapped line
    items = "".join(f"\u3000{opening}{k}{closing}\u3000開示を受けた後、受領者の責めに帰すべき事由によらずして公知となった情報\n"
                    for k in "一二")
    text = ("受託研究契約書\n甲と乙は、次のとおり契約する。\n第一条（目的）\n\u3000本契約は研究を定める。\n第九条（秘密保持）\n"
            "\u3000甲及び乙は、秘密情報を管理する。\n２\u3000前項の規定は、次の各号の一に該当する情報には適用しない。\n" + items +
            "３\u3000甲及び乙は、法令により開示できる。\n４\u3000前三項の規定にかかわらず、乙は開示できる。\n第十条（準拠法）\n"
            "\u3000本契約は日本法に準拠する。\n")
    seg = _segment(text)
    article = next(c for c in seg.clauses if c.number == "第九条")
    assert [c.number for c in seg.clauses if c.parent == article.id and c.number] == ["２", "３", "４"]


@pytest.mark.parametrize("leader", ["・・・・・・・・・・・・・・", " . . . . . . . . . . . . . . "],
                         ids=["katakana-middle-dots", "spaced-full-stops"])
def test_a_table_of_contents_with_dotted_leaders_is_no_outline(leader: str) -> None:
    toc = "目　　次\n" + "".join(f"第{i}条（見出し）{leader}{1 + i // 3}\n" for i in range(1, 6))
    body = "共同研究契約書\n甲と乙は、次のとおり契約する。\n" + "".join(
        f"第{i}条（見出し）\n\u3000甲は義務を負う。\n" for i in range(1, 6))
    seg = _segment("共同研究契約書\n" + toc + body)
    articles = [c for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert [c.number for c in articles] == [f"第{i}条" for i in range(1, 6)]
    assert all(leader.strip() not in c.text for c in articles)  # each article is the body's, not its entry in the table


def test_a_heading_line_in_both_languages_opens_the_article_in_each_language_version() -> None:
    text = ("学生交流覚書\nMemorandum on Student Exchange\n"
            "第1条（目的） / Article 1 (Purpose)\n本覚書は、両大学の学生交流について定める。\n"
            "This Memorandum sets out the student exchange between the two universities.\n"
            "２ 両大学は、誠実に協力する。\n2. The two universities shall cooperate in good faith.\n"
            "第2条（期間） / Article 2 (Term)\n本覚書は、署名の日から５年間有効とする。\n"
            "This Memorandum remains in force for five years from the date of signature.\n")
    seg = _segment(text)
    articles = [c for c in seg.clauses if c.kind == "article"]
    assert [c.number for c in articles] == ["第1条", "第1条", "第2条", "第2条"]
    by_id = {c.id: c for c in seg.clauses}
    paragraphs = [(c.number, c.text[:6], c.language) for c in seg.clauses if c.kind == "paragraph"]
    assert paragraphs == [("", "本覚書は、両", "ja"), ("", "This M", "en"), ("２", "２ 両大学は", "ja"), ("2.", "2. The", "en")]
    for clause in seg.clauses:
        if clause.kind == "paragraph":
            assert by_id[clause.parent].number == "第1条"


@pytest.mark.parametrize(("text", "paragraphs"), [
    ("Article 1 (Purpose)\nThis Agreement sets out the terms of the research.\n2. The parties shall cooperate in good "
     "faith.\nArticle 2 (Term)\nThis Agreement remains in force for three years.\n", ["", "2."]),
    # a wrapped cross-reference ("... Article\n2. ...") is no paragraph
    ("Article 1 (Purpose)\nThe research is described in Annex 1 and in\n2. of the Research Plan.\nArticle 2 (Term)\n"
     "This Agreement remains in force for three years.\n", []),
])
def test_an_english_article_rendered_from_japanese_numbers_its_second_paragraph_2(text: str,
                                                                                   paragraphs: list[str]) -> None:
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind == "paragraph"] == paragraphs
    assert [c.number for c in seg.clauses if c.kind == "article"] == ["Article 1", "Article 2"]


def _value(number: str) -> int | None:
    from analyzer.segment.numbers import any_to_int

    return any_to_int(number.replace("第", "").replace("条", "").strip())


# OCR of a scanned or faxed Japanese agreement: the space after 第N条, or the 第 itself, gone
@pytest.mark.parametrize(("second", "third"), [
    ("第2条甲及び乙は、相互に研究者を派遣することができる。", "第3条本契約は、３年間有効とする。"),
    ("第2条 (派遣)\n甲及び乙は、相互に研究者を派遣することができる。", "三条 (期間)\n本契約は、３年間有効とする。"),
    ("第2条甲及び乙は、相互に研究者を派遣することができる。", "第3条第1条、第2条及びこの条の規定は、本契約の終了後も効力を有する。"),
], ids=["number-glued-to-the-first-word", "dai-lost-before-a-heading", "an-article-that-opens-with-articles"])
def test_article_numbers_read_by_ocr_without_their_space_or_dai_still_open_articles(second: str, third: str) -> None:
    text = f"共同研究契約書\n甲と乙は、次のとおり契約する。\n第1条 (目的)\n本契約は、共同研究の条件を定める。\n{second}\n{third}\n"
    seg = _segment(text)
    assert [_value(c.number) for c in seg.clauses if c.kind == "article"] == [1, 2, 3]


@pytest.mark.parametrize(("line", "article"), [
    ("第5条の規定により、甲は報告する。", False),
    ("第5条本文の規定にかかわらず、乙は延期できる。", False),
], ids=["a-cross-reference-at-a-line-start", "a-reference-to-the-main-text"])
def test_a_cross_reference_that_starts_a_line_opens_no_article(line: str, article: bool) -> None:
    text = ("共同研究契約書\n甲と乙は、次のとおり契約する。\n第1条（目的）\n本契約は、共同研究の条件を定めるものであり、\n"
            f"{line}\n第2条（期間）\n本契約は、３年間有効とする。\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind == "article"] == ["第1条", "第2条"]


@pytest.mark.parametrize(("paragraph", "numbered"), [
    ("２甲の研究代表者は、毎年三か月以上乙に常駐するものとする。", True),
    ("２前項の規定にかかわらず、乙は公表を延期できる。", True),
    ("３か月以内に甲は報告する。", False),
    ("２０２５年４月１日から適用する。", False),
], ids=["glued-before-kou", "glued-before-zenkou", "a-period-of-months", "a-year"])
def test_a_paragraph_number_that_lost_its_space_in_a_pdf_is_still_a_paragraph(paragraph: str, numbered: bool) -> None:
    text = ("共同研究契約書\n甲と乙は、次のとおり契約する。\n第1条（目的）\n本契約は、共同研究の条件を定める。\n第2条（研究者の派遣）\n"
            f"甲及び乙は、相互に研究者を派遣することができる。\n{paragraph}\n第3条（期間）\n本契約は３年間有効とする。\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind == "article"] == ["第1条", "第2条", "第3条"]
    paragraphs = [c.number for c in seg.clauses if c.kind == "paragraph"]
    assert (paragraphs == ["", paragraph[0]]) is numbered


# Shapes of blind sets 89-96: each outline was wrong before
_OUTLINES_89_TO_96 = [
    pytest.param(
        "SPEAKER AGREEMENT\nThis Agreement is made between the Society and the Speaker.\nClause One - The Event\n1. The "
        "Society organises the Event.\nClause Two - No Fee\n2. The Speaker receives no fee.\nClause Three - Travel\n3.1 The "
        "Society pays the air ticket.\n3.2 The Society books the hotel.\nClause Four - Law\n4. Japanese law governs.",
        ["Clause One", "Clause Two", "Clause Three", "Clause Four"], id="en-clauses-numbered-in-words"),
    pytest.param(
        "LETTER OF COLLABORATION\nI am writing in support of the application.\nI. Purpose of this Letter\n1. This letter "
        "records my willingness to take part.\nII. Contributions\n2.1 My group contributes its code.\n2.2 Your group "
        "contributes its data.\nIII. Visits\n3. We plan short visits.\nIV. Nature of this Letter\n4. This letter is not "
        "binding.", ["I.", "II.", "III.", "IV."], id="en-roman-headings-above-numbered-paragraphs"),
    pytest.param(
        "合作研究協議書\n甲方：國立花東農業科技大學\n乙方：国立大学法人牧之原農工大学\n第一條：目的\n1.1 本協議書は、目的を定める。\n"
        "第二條：定義\n2.1 「研究成果」とは、成果をいう。\n第三條：期間\n3.1 本協議書の期間は三年とする。",
        ["第一條", "第二條", "第三條"], id="ja-articles-in-traditional-characters"),
    pytest.param(
        "RESEARCH AGREEMENT\nArticle 1Definitions\n1.1 Terms have the meanings below.\nArtic1e 2 Purpose and Scope\n2.1 "
        "The Parties collaborate.\nArticle 3 lntellectual Property\n3.1 Each Party owns its results.\nArticle4 Term\n4.1 "
        "Three years.", ["Article 1", "Artic1e 2", "Article 3", "Article4"], id="en-an-ocr-text-layer"),
]


@pytest.mark.parametrize("front", ["PARTICULARS", "REFERENCE SCHEDULE"])
def test_a_front_schedule_of_items_is_a_part_of_its_own_before_the_clauses(front: str) -> None:
    text = (f"DEED OF RESEARCH COLLABORATION\n{front}\nItem 1 - Tsukigase\nTsukigase University, a national university "
            "corporation (\"Tsukigase\").\nItem 2 - Renewal\nThe Term renews automatically for further periods of three "
            "years.\nBETWEEN\n(1) the party described in Item 1; and\n(2) the party described in Item 2.\nOPERATIVE "
            "PROVISIONS\n1. DEFINITIONS\n1.1 Terms have the meanings in Schedule 1.\n2. TERM\n2.1 The Term is set out in "
            "Item 2.\n3. LAW\n3.1 English law governs.\nSCHEDULE 1\nDefinitions.")
    seg = _segment(text)
    assert [(c.kind, c.number) for c in seg.clauses if c.level == 1 and c.kind != "preamble"] == [
        ("annex", front), ("definitions", "1."), ("article", "2."), ("article", "3."), ("annex", "SCHEDULE 1")]
    items = [c for c in seg.clauses if c.number.startswith("Item")]
    assert [(c.number, c.heading) for c in items] == [("Item 1", "Tsukigase"), ("Item 2", "Renewal")]
    assert "renews automatically" in items[1].text


def test_an_english_article_numbered_like_its_japanese_original_is_an_inserted_article() -> None:
    text = ("VISITING RESEARCHER AGREEMENT\nArticle 13 Safety\nThe Visitor follows the safety rules of the Host.\n"
            "Article 14 Data\nThe Visitor keeps data on Host servers.\nArticle 14-2 Reports\nThe Visitor reports progress "
            "monthly.\nArticle 15 Term\nThis Agreement ends in 2027.\n")
    assert [number for number, _ in _top(text)] == ["Article 13", "Article 14", "Article 14-2", "Article 15"]


# Shapes of blind sets 113-120: each outline was wrong before
_OUTLINES_113_TO_120 = [
    pytest.param(
        "共同研究契約書\n国立大学法人汐見台大学（以下「甲」という。）と乙は、次のとおり契約する。\n第1　契約の目的\n"
        "本契約は、甲及び乙が第3に定める共同研究を実施するに当たり、必要な事項を定める。\n第2　定義\n"
        "(1)　本共同研究　第3に定める研究をいう。\n第3　共同研究の題目等\n1　題目は別紙1のとおりとする。\n"
        "第4　存続条項\n第2及び第3の規定は、本契約の終了後も存続する。",
        ["第1", "第2", "第3", "第4"], id="ja-government-model-articles-without-jo"),
    pytest.param(
        "覚書\n甲と乙は、次のとおり合意する。\n第1\n目的\n甲及び乙は、交流を行う。\n第2\n期間\n"
        "本覚書の期間は、第1に定める交流の開始から3年とする。\n第2の2　延長\n期間は協議により延長できる。",
        ["第1", "第2", "第2の2"], id="ja-articles-without-jo-and-their-headings-on-the-next-line"),
]


@pytest.mark.parametrize("line", ["第3に定める共同研究を実施する。", "第1回　打合せは、本契約の締結後に行うものとする。",
                                  "第2及び第3の規定は、なお効力を有する。"])
def test_a_line_that_starts_with_dai_and_a_number_in_a_sentence_opens_no_article(line: str) -> None:
    from analyzer.segment.markers import detect_markers

    assert detect_markers(line) == []


def test_article_numbers_whose_jo_ocr_read_as_another_character_still_open_articles() -> None:
    # blind set 126: OCR of a scanned 共同研究契約 reads a blurred 条 as 粂 or 朱
    text = ("共同研究契約書\n第１条（目的）\n甲及び乙は、共同研究を行う。\n第２粂（定義）\n用語の意義は次のとおりとする。\n"
            "第３条（期間）\n本契約の期間は三年とする。\n第四朱（準拠法）\n本契約は日本法に準拠する。")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == ["第１条", "第２粂", "第３条", "第四朱"]


_OUTLINES_129_TO_136 = [
    pytest.param(
        "受入れ条件について（通知）\n拝啓　本文です。\n敬具\n" + " " * 34 + "記\n\n1. 受入研究者\n　(1) 氏名　エミール\n2. 受入期間\n"
        "　2025年9月1日からとする。\n3. 研究題目\n　研究する。\n以上", ["1.", "2.", "3."],
        id="ja-a-letters-conditions-under-a-centred-ki"),
]


def test_numbered_notes_under_an_annex_table_are_clauses_of_their_own() -> None:
    # blind set 134: a cap on the partner's visits in 注2 excused our researcher's posting in 注1
    text = ("共同研究契約書\n第1条（目的）\n甲及び乙は、共同研究を行う。\n第2条（期間）\n期間は3年とする。\n別紙　研究計画書\n１．研究者一覧\n"
            "注1　甲の研究代表者は、各年度9か月以上乙に駐在する。\n注2　乙の研究分担者は、3週間以内の期間、甲に滞在する。\n")
    seg = _segment(text)
    notes = [c for c in seg.clauses if c.number.startswith("注")]
    assert [c.number for c in notes] == ["注1", "注2"]
    assert "3週間以内" not in notes[0].text


def test_rows_of_a_material_list_after_the_signatures_are_no_articles_even_with_a_note_under_the_table() -> None:
    # set 1145: an MTA's list of forty-eight accessions numbered "1" to "48", a storage note under its last row
    rows = "".join(f"{n} INARF-QN-11{n:02d}\nChenopodium quinoa\nquinua\nCusco, 29{n:02d} m\n50 g\nNo\n" for n in range(1, 9))
    text = ("MATERIAL TRANSFER AGREEMENT\nArticle 1 – Definitions\n1.1 Terms are defined here.\nArticle 2 – Transfer\n"
            "2.1 The Provider transfers the Material.\nArticle 3 – General\n3.1 This Agreement is the entire agreement.\n"
            "IN WITNESS WHEREOF, the Parties have signed this Agreement.\nFor the Provider\nName: Dr. Q\n"
            "Annex 1 – List of Material\nMaterial supplied under this Agreement.\nNo.\nAccession number\nSpecies\n" + rows
            + "Recommended storage conditions: seeds to be kept in sealed laminated aluminium packets at -18 °C and 15 % "
            "relative humidity; working samples may be kept at 5 °C for up to twelve months.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == [
        "Article 1", "Article 2", "Article 3"]
    assert [c.number for c in seg.clauses if c.kind == "annex"] == ["Annex 1"]


def test_lettered_sub_paragraphs_of_an_exhibit_nest_under_their_paragraph() -> None:
    # blind set 134: "A.5.1" under "A.5 Personnel" of a statement of work
    text = ("RESEARCH AGREEMENT\nArticle 1 Purpose\n1.1 The Parties collaborate.\nArticle 2 Term\n2.1 Three years.\n"
            "EXHIBIT A - STATEMENT OF WORK\nA.1 Objectives\nThe objectives are listed below.\nA.2 Personnel\n"
            "A.2.1 University staff visit the test site.\nA.2.2 Partner engineers receive access cards.\nA.3 Data\n"
            "A.3.1 Raw data is uploaded.\n")
    seg = _segment(text)
    parent = {c.id: c for c in seg.clauses}
    nested = {c.number: parent[c.parent].number for c in seg.clauses if c.number.startswith("A.") and c.parent}
    assert nested["A.2.1"] == "A.2"
    assert nested["A.2.2"] == "A.2"
    assert nested["A.3.1"] == "A.3"


_OUTLINES_137_TO_144 = [
    pytest.param(
        "KYODO KENKYU AGREEMENT\nArticle 1 (Mokuteki / Purpose)\n1.1 The Parties collaborate.\nArticle 2 (Chiteki Zaisan-ken "
        "no Kizoku / Ownership of Intellectual Property)\n2.1 Each Party owns its results.\nArticle 3 (Kikan / Term)\n3.1 "
        "Three years.", ["Article 1", "Article 2", "Article 3"], id="en-headings-in-romaji-and-english"),
]


@pytest.mark.parametrize(("text", "annex", "items"), [
    ("RESEARCH AGREEMENT\nArticle 1 Purpose\n1.1 The Parties collaborate.\nArticle 2 Term\n2.1 Three years.\n"
     "SPECIAL CONDITIONS\nSC-1 Precedence. These Special Conditions prevail.\nSC-2 Invoicing. Invoices are issued yearly.\n"
     "SC-3 Publications. Nothing is published without approval.\n", "SPECIAL CONDITIONS", ["SC-1", "SC-2", "SC-3"]),
    ("共同研究契約書\n第1条（目的）\n甲及び乙は、共同研究を行う。\n第2条（期間）\n期間は3年とする。\n確認事項\n本契約の締結に当たり、甲及び乙は、次の事項を"
     "確認する。\n１ 公表は乙の承認を得て行う。\n２ 送金手数料は乙の負担とする。\n", "確認事項", ["１", "２"]),
], ids=["en-special-conditions-numbered-sc-n", "ja-kakunin-jiko-after-the-articles"])
def test_special_conditions_and_confirmations_after_the_articles_are_annexes_with_items(text: str, annex: str,
                                                                                         items: list[str]) -> None:
    seg = _segment(text)
    found = next(c for c in seg.clauses if c.kind == "annex" and c.number.startswith(annex[:4]))
    assert [c.number for c in seg.clauses if c.parent == found.id] == items


_OUTLINES_169_TO_176 = [
    pytest.param(
        "共同研究契約書（メール本文より）\n１）目的\n本契約は、共同研究の条件を定める。\n２）研究内容\nア．甲は試料を作製する。\nイ．乙は測定を行う。\n"
        "３）期間\n本契約の期間は２年とする。\n", ["１）", "２）", "３）"], id="ja-articles-numbered-in-full-width-with-a-parenthesis"),
]
_OUTLINES_185_TO_192 = [
    pytest.param(
        "COLLABORATIVE RESEARCH AGREEMENT\nArticle 6\nFUNDING\n6.1 Each Party bears the costs of its own part of the "
        "Project, including the salaries, travel and insurance of its own researchers and students.\n6.2 The Co-Funder "
        "funds the Thai portion of the Project under its grant conditions, which bind only the Thai Party.\nArticle 7\n"
        "EXCHANGE OF RESEARCHERS AND ACCESS TO FACILITIES\n7.1 The Parties exchange researchers and students for the "
        "Project, each visit agreed in writing in advance between the coordinators of both Parties.\n7.2 Visitors follow "
        "the rules of the host Party and use only the facilities the host Party designates for them.\nArticle 7\n"
        "RESEARCH DATA AND MATERIALS\n7.1 Each Party keeps the research data it generates and shares a copy with the "
        "other Party through the project repository within ninety days of their generation.\n7.2 Materials are "
        "transferred only under the material transfer form in Annex C, signed by both coordinators.\nArticle 8\n"
        "INTELLECTUAL PROPERTY\n8.1 Results belong to the Party whose researchers made them.\n",
        ["Article 6", "Article 7", "Article 7", "Article 8"], id="en-an-article-number-the-drafter-printed-twice"),
    pytest.param(
        "下請契約書（参考訳）\n第14条（秘密保持）\n各当事者は、相手方の秘密情報を第三者に開示しない。\n第14A条（米国外における作業の承認）\n"
        "機構は、米国外で本作業を行うことについて、会社を通じて承認を得る。\n第15条（期間）\n本契約の期間は二年とする。\n",
        ["第14条", "第14A条", "第15条"], id="ja-an-inserted-article-14a-kept-from-the-english-original"),
]
_OUTLINES_193_TO_200 = [
    pytest.param(
        "GRANT AGREEMENT\nARTICLE 14 — ETHICS\n14.1 The action is carried out in line with ethical principles.\n"
        "ARTICLE 14a — EXPORT CONTROL AND RESTRICTIVE MEASURES\n14a.1 The Host Institution complies with export control "
        "laws.\nARTICLE 15 — DATA\n15.1 Data are managed under the plan.\n",
        ["ARTICLE 14", "ARTICLE 14a", "ARTICLE 15"], id="en-an-inserted-article-14a-in-lower-case"),
    pytest.param(
        "共同研究契約の一部を変更する覚書\n第11条（効力）\n本覚書は、2025年4月1日から効力を生ずる。\n第12条（協議）\n疑義は甲乙協議して定める。\n"
        "本覚書締結の証として、本書2通を作成し、甲乙記名押印の上、各1通を保有する。\n甲　国立大学法人瑞穂川大学\n乙　ハルトマン社\n"
        "別紙1　研究スケジュール\n2025年4月～2025年9月　長期計測\n（参考）新旧対照表\n条項\n変更後\n変更前\n"
        "第12条の2（研究データの保管及び管理）\n（新設）本覚書第6条のとおり。\n（なし）\n第15条（研究成果の公表）\n本覚書第5条のとおり。\n",
        ["第11条", "第12条"], id="ja-a-comparison-tables-rows-after-the-annex-are-no-articles"),
    pytest.param(
        "学術交流協定書\n第一条（目的）\n両大学は、学術交流を推進する。\n第二条（分野）\n交流の分野は、理工学とする。\n第三条（有効期間）\n"
        "本協定の有効期間は五年とする。\n本協定の証として、本書二通を作成し、各一通を保有する。\n北嶺大学長\nアウエンフェルト工科大学長\n"
        "（別添）\n学生交流に関する覚書\n第一条（目的）\n本覚書は、学生交流について定める。\n第二条（人数）\n交換学生は毎年二名とする。\n",
        ["第一条", "第二条", "第三条"], id="ja-an-attached-oboegaki-under-a-bracketed-label-stays-its-annex"),
]
_OUTLINES_153_TO_168 = [
    pytest.param(
        "変更覚書\n第一条（趣旨）\n本覚書は原覚書の一部を変更する。\n第二条（条の追加）\n原覚書第二条の次に次の一条を加える。\n「（安全保障輸出管理）\n"
        "第二条の二　甲及び乙は、輸出管理関係法令を遵守する。\n２　甲及び乙は、許可を取得するまでの間、技術の提供を行わないことができる。」\n"
        "第三条（効力）\n本覚書は、締結の日から効力を生ずる。\n",
        ["第一条", "第二条", "第三条"], id="ja-an-article-quoted-in-an-amendment-is-its-text"),
    pytest.param(
        "RESEARCH SOFTWARE LICENCE\nTHIS AGREEMENT is made between the parties.\nWHEREAS the Licensor owns the software;\n"
        "5 1. DEFINITIONS\n1.1 \"Software\" means the suite.\n1.2 \"Research\" means academic research.\n2. GRANT\n"
        "2.1 The Licensor grants a licence.\n10 2.2 The Licensee may copy the Software.\n3. FEES\n3.1 The fee is "
        "JPY 1,000,000.\n3.2 The fee covers support.\n15\n4. TERM\n4.1 Three years.\n4.2 Renewal by agreement.\n"
        "20 4.3 Either Party may terminate.\n5. LAW\n5.1 Japanese law governs.\n",
        ["1.", "2.", "3.", "4.", "5."], id="en-line-numbers-in-the-margin-every-fifth-line"),
    pytest.param(
        "共同研究契約書\n第20条 (完全合意)\n本契約は完全な合意を構成する。\n- 第21条 (権利義務の譲渡禁止)\n甲及び乙は、権利義務を譲渡しない。\n"
        "・第22条 (準拠法)\n本契約は日本法に準拠する。\n",
        ["第20条", "第21条", "第22条"], id="ja-a-scanners-speck-before-an-article-heading"),
    pytest.param(
        "SPONSORED RESEARCH AGREEMENT\nArticle 17 Effect of Termination\n17.1 Costs are paid.\nArticle.18 Compliance\n"
        "18.1 Each Party complies with law.\nArticle 19 Notices\n19.1 Notices are in writing.\n",
        ["Article 17", "Article 18", "Article 19"], id="en-ocr-reading-a-space-as-a-dot-after-article"),
]


@pytest.mark.parametrize(("text", "article", "kept"), [
    pytest.param("変更覚書\n第一条（公表の変更）\n原覚書第五条を次のとおり改める。\n「（研究成果の公表）\n第五条　甲は自由に公表する。\n"
                 "２　前項の規定にかかわらず、甲は、乙の承認を得なければ公表できない。」\n第二条（効力）\n本覚書は効力を生ずる。\n",
                 "第一条", "２", id="ja-a-quoted-articles-paragraph-stays-a-paragraph"),
])
def test_a_quoted_articles_paragraphs_stay_paragraphs_of_the_amending_article(text: str, article: str,
                                                                                kept: str) -> None:
    # each paragraph of the replacement text is judged on its own words, as in the article it replaces
    seg = _segment(text)
    index = {c.id: c for c in seg.clauses}
    paragraphs = [c for c in seg.clauses if c.number == kept]
    assert paragraphs
    assert index[paragraphs[0].parent].number == article


@pytest.mark.parametrize(("text", "line"), [
    ("Terms\n1 Scope of work\n2 Term of the agreement\n3 Payment\n4 Law\n", "1 Scope of work"),
    ("SCHEDULE OF FEES\n5 days of testing\n10 days of analysis\n", "10 days of analysis"),
])
def test_a_short_list_of_numbers_is_not_taken_for_margin_line_numbers(text: str, line: str) -> None:
    lines = ClauseSegmenter._lines(_doc(text))
    assert line in [item.text for item in lines]


# the outlines of blind-set wording that failed before its fix, one test over all of them
_OUTLINES_249_TO_256 = [
    pytest.param(
        "SUMMARY OF PRINCIPAL TERMS\nIt is entered into among the Lead Investor, the Company and the University.\n"
        "A.  OFFERING TERMS\n1.  Issuer\nKaede Sensing K.K. (the \"Company\").\n2.  Investors\nNorthgate Fund II, L.P. "
        "(the \"Lead Investor\").\n3.  University\nKaede University (the \"University\").\nB.  INVESTOR RIGHTS\n"
        "4.  Board Observer\nThe Lead Investor may appoint one observer.\n5.  Information Rights\nThe Company delivers "
        "quarterly accounts.\nC.  UNIVERSITY MATTERS\n6.  Facility Use\nThe Company may use Room 410.\n7.  Publications\n"
        "The University remains free to publish.\n",
        ["1.", "2.", "3.", "4.", "5.", "6.", "7."], id="en-a-term-sheets-numbers-running-on-under-lettered-parts"),
]




def test_a_reference_wrapped_to_a_line_start_is_no_article_printed_twice() -> None:
    # blind set 75: "approved by the Joint Board under" / "Article 5." must not stand in for Article 4
    text = ("AGREEMENT\nArticle 3 - Definitions\n3.1 \"Joint Project\" means a research project approved by the "
            "Joint Board under\nArticle 5.\n3.2 \"Centre Results\" means all results, including data, inventions and "
            "software, obtained in a Joint Project by the researchers of either Party, alone or together.\n"
            "Article 4 - Governance\n4.1 The Centre is governed by the Parties through the Joint Board and a Director "
            "appointed by the Joint Board for three years, who reports to the Joint Board twice a year.\n"
            "Article 5 - Joint Board\n5.1 A Joint Board of six members, three appointed by each Party, oversees the "
            "Centre and approves Joint Projects, the annual work plan and the budget of the Centre.\n")
    assert [number for number, _ in _top(text)] == ["Article 3", "Article 4", "Article 5"]


def test_a_heading_whose_parenthesis_closes_on_the_next_line_still_opens_its_article() -> None:
    # blind set 166: a narrow column wraps "Article 13 (Language, Amendment and Entire" / "Agreement)"
    text = ("MEMORANDUM\nArticle 11 (Term)\nThis takes effect.\nArticle 12 (Governing Law)\nJapanese law governs.\n"
            "Article 13 (Language, Amendment and Entire\nAgreement)\nThis Memorandum is made in two copies.\n"
            "IN WITNESS WHEREOF, the representatives have signed.\n")
    assert [number for number, _ in _top(text)] == ["Article 11", "Article 12", "Article 13"]


def test_supplementary_provisions_spaced_as_in_public_sector_style_are_an_annex() -> None:
    # blind set 173: 「附　則」 with its own 第１条 after the last article, where a risky proviso hid
    text = ("共同研究契約書\n第１条（目的）\n甲及び乙は、共同研究を行う。\n第２条（期間）\n期間は３年とする。\n附　則\n"
            "第１条　この契約は、締結の日から施行する。\n第２条　締結前に提供されたデータは、乙の指定するサーバに保管する。\n")
    annexes = [c for c in _segment(text).clauses if c.kind == "annex"]
    assert [c.number for c in annexes] == ["附　則"]
    assert "乙の指定するサーバ" in annexes[0].text


# an MoU written as prose: a run-in or bracketed heading opens each paragraph, nothing is numbered
_PROSE_EN = [
    "MEMORANDUM OF UNDERSTANDING",
    'This Memorandum is entered into by Aoba University ("Aoba") and the Kessler Institute ("Kessler").',
    "Purpose. The Parties intend to cooperate in research on coastal sensors and to exchange staff.",
    "Intellectual Property. Each Party will own the results that its own staff create.",
    "Publication. Either Party may publish results after a thirty-day review by the other.",
    "Term. This Memorandum takes effect on signature and continues for three years.",
    "IN WITNESS WHEREOF the Parties have signed this Memorandum.",
]
_PROSE_JA = [
    "覚書",
    "青葉大学（以下「甲」という。）とケスラー研究所（以下「乙」という。）は、次のとおり合意する。",
    "（目的）", "甲及び乙は、沿岸センサーの研究において協力するものとする。",
    "（知的財産）", "研究成果は、これを創出した者の所属する当事者に帰属するものとする。",
    "（公表）", "甲及び乙は、三十日前までに通知した上で、研究成果を公表することができる。",
    "（有効期間）", "本覚書は、締結の日から三年間有効とする。",
    "本覚書締結の証として、本書二通を作成し、各一通を保有する。",
]
_PROSE_OUTLINE_EN = [("preamble", ""), ("paragraph", "Purpose"), ("paragraph", "Intellectual Property"),
                     ("paragraph", "Publication"), ("paragraph", "Term"), ("signature", "")]
_PROSE_OUTLINE_JA = [("preamble", ""), ("paragraph", "目的"), ("paragraph", "知的財産"), ("paragraph", "公表"),
                     ("paragraph", "有効期間"), ("signature", "")]


def _prose_file(lines: list[str], fmt: str) -> bytes:
    from tests.builders import docx_bytes, pdf_bytes

    if fmt == "docx":
        return docx_bytes(lines)
    spaced = [part for line in lines for part in (line, "")]  # a blank line (a wider gap in a PDF) between paragraphs
    if fmt == "pdf":
        import textwrap

        # a PDF wraps its paragraphs: Japanese by characters, English by words
        wrapped = [part for line in lines for part in (
            [line[k:k + 24] for k in range(0, len(line), 24)] if line[:1] >= "\u3000" else textwrap.wrap(line, 40))
            + [""]]
        return pdf_bytes([wrapped], footer=None)
    return "\n".join(spaced).encode("utf-8")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize(("lines", "expected"), [(_PROSE_EN, _PROSE_OUTLINE_EN), (_PROSE_JA, _PROSE_OUTLINE_JA)],
                         ids=["en", "ja"])
def test_the_unnumbered_paragraphs_of_a_prose_memorandum_are_its_clauses(lines: list[str], expected: list,
                                                                         fmt: str) -> None:
    from analyzer.ingest import load_document

    document = load_document(_prose_file(lines, fmt), name=f"mou.{fmt}")
    clauses = ClauseSegmenter()(document).clauses
    assert [(c.kind, c.heading) for c in clauses] == expected
    ip = clauses[2]
    assert (ip.level, ip.number) == (1, "")
    assert "own the results" in ip.text or "研究成果は" in ip.text
    assert "Publication" not in ip.text
    assert "公表" not in ip.text


@pytest.mark.parametrize("text", [
    "Dear Dr. Marsh,\nThank you for your letter. We will reply next week.\nYours sincerely,\nH. Nagasawa",
    "MEMORANDUM\nThe parties will meet in May.",
])
def test_a_short_note_without_numbers_stays_one_preamble(text: str) -> None:
    assert [c.kind for c in _segment(text).clauses] == ["preamble"]


@pytest.mark.parametrize(("text", "numbers"), [
    # set 206: 「第六条天災その他…」, the article's text right after its number
    ("第五条　甲は、研究費を管理する。\n（不可抗力）\n第六条天災その他やむを得ない事由により本研究の実施が困難となったときは、甲乙丙は協議する。\n"
     "（施設）\n第七条　甲乙丙は、自己の施設を本研究の用に供する。\n", ["第五条", "第六条", "第七条"]),
    # the same words after a sentence broken before a cross-reference stay in the sentence
    ("第五条　甲は、次条に定めるほか、\n第六条天災その他の事由による遅延について責任を負わない。\n第六条　乙は、報告する。\n",
     ["第五条", "第六条"]),
    # set 206: 第十四条 printed twice, each under a bracketed heading of its own on the line above
    ("（損害賠償及び免責）\n第十四条　研究所は、本有体物及び派生物の使用、保管又は廃棄に起因して研究所又は第三者に生じた損害について、"
     "提供者の故意又は重大な過失による場合を除き、提供者に対し請求しない。\n２　各当事者は、本契約に違反して他の当事者に損害を与えたときは、"
     "通常かつ直接の損害に限り、これを賠償する。\n（法令等の遵守）\n第十四条　各当事者は、本契約の履行に当たり、遺伝子組換え生物等の使用等"
     "の規制に関する法律その他の関係法令を遵守する。\n２　大学は、本有体物の輸出に当たり、前項の法律に基づき必要となる表示その他の措置を"
     "講じる。\n（反社会的勢力の排除）\n第十五条　各当事者は、反社会的勢力に該当しないことを表明する。\n",
     ["第十四条", "第十四条", "第十五条"]),
], ids=["ja-an-article-whose-text-follows-its-number-unspaced", "ja-a-wrapped-reference-stays-in-its-sentence",
        "ja-an-article-number-printed-twice-under-two-headings"])
def test_japanese_articles_glued_to_their_text_or_printed_twice_open_articles(text: str, numbers: list[str]) -> None:
    assert [number for number, _ in _top(text)] == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    # set 209: OCR of a skewed scan joins the bracketed heading and the article line below it
    ("第一条　本契約は、共同研究について定める。\n第二条　用語の意義は、次のとおりとする。\n（研究の実施） 第三条甲及び乙は、研究計画に従い"
     "研究を実施する。\n第四条　本契約の有効期間は、二年間とする。\n", ["第一条", "第二条", "第三条", "第四条"]),
    # set 209: a heading that lost the space after its number, and an OCR speck before another
    ("1. DEFINITIONS\nTerms have the meanings below.\n2. THE PROJECT\nThe Parties shall perform the Project.\n"
     "3.CONTRIBUTIONS AND COSTS\nEach Party bears its own costs.\n-4. TERM AND TERMINATION\nThis Agreement lasts two "
     "years.\n5. GENERAL\nNotices are written.\n", ["1", "2", "3", "4", "5"]),
], ids=["ja-a-heading-joined-to-its-article-line-by-ocr", "en-ocr-headings-without-a-space-or-with-a-speck"])
def test_article_lines_as_ocr_reads_them_open_articles(text: str, numbers: list[str]) -> None:
    assert [number.rstrip(".") for number, _ in _top(text)] == numbers


@pytest.mark.parametrize(("text", "numbers", "annex"), [
    # set 217: implementing rules after the signatures, titled 「…実施細則」 and numbered from 第一条 again
    ("研究者交流に関する覚書\n第一条（目的）\n　この覚書は、研究者の交流について定める。\n第二条（派遣）\n　甲及び乙は、研究者を派遣する。\n"
     "第三条（細則）\n　必要な事項は、別に定める細則による。\n　この覚書の締結を証するため、甲及び乙の代表者は、次に署名する。\n"
     "甲　水防災総合研究所\n乙　中部沿岸水理研究所\n\n研究者交流に関する覚書実施細則\n第一条（趣旨）\n　この細則は、派遣の手続を定める。\n"
     "第二条（報告）\n　派遣研究者は、毎月報告する。\n", ["第一条", "第二条", "第三条"], "研究者交流に関する覚書実施細則"),
    # set 224: a contract of three articles, its signatures, then 別紙1 holding the terms that number from 第1条
    ("受託試験契約書\n第1条（目的）\n　受託者は、試験を行う。\n第2条（約款）\n　本契約に定めのない事項は、別紙1の約款による。\n"
     "第3条（協議）\n　疑義は協議して解決する。\n　本契約の締結を証するため、本書2通を作成する。\n受託者　北陵科学技術大学\n"
     "委託者　オーレリス社\n\n別紙1\n受託研究約款\n第1条（趣旨）\n　この約款は、受託研究について定める。\n第2条（研究の実施）\n"
     "　大学は、研究を実施する。\n第3条（経費）\n　委託者は、経費を納付する。\n第4条（報告）\n　大学は、報告する。\n",
     ["第1条", "第2条", "第3条"], "別紙1"),
    # set 230: a standard form's special provisions after its signatures, under a spaced-out title of their own
    ("共同研究契約書\n第1条（目的）\n　甲及び乙は、共同研究を行う。\n第2条（公表）\n　甲及び乙は、成果を公表することができる。\n"
     "第3条（特約条項）\n　特約条項は本契約に優先する。\n　本契約締結の証として本書2通を作成する。\n甲　北潟大学\n乙　ケストレル社\n\n"
     "特　約　条　項\n　甲及び乙は、本契約第3条に基づき、次のとおり定める。\n第1条（公表）\n　甲は、公表の前に乙の承諾を得る。\n"
     "第2条（その他）\n　定めのない事項は本契約による。\n", ["第1条", "第2条", "第3条"], "特"),
    # set 699: a student-exchange memorandum under 「付属書」 after an exchange agreement's signatures, from 第1条 again
    ("大学間交流協定書\n第1条（目的）\n　両大学は、学術交流を推進する。\n第2条（交流の内容）\n　両大学は、学生を交流する。\n"
     "第3条（有効期間）\n　本協定の有効期間は5年とする。\n2025年　月　日\n甲　瀬戸内理工大学\n署名：＿＿＿＿\n乙　南瀛大學\n"
     "署名：＿＿＿＿\n\n付属書\n学生交流に関する覚書\n　甲及び乙は、協定第2条に基づき、次のとおり覚書を締結する。\n第1条（目的）\n"
     "　本覚書は、学生の交流について定める。\n第2条（人数）\n　交換留学生は各大学3名以内とする。\n", ["第1条", "第2条", "第3条"],
     "付属書"),
], ids=["ja-implementing-rules-after-the-signatures-are-an-annex", "ja-terms-attached-as-an-annex-restart-at-article-1",
        "ja-special-provisions-after-the-signatures-are-an-annex", "ja-a-memorandum-under-fuzokusho-is-an-annex"])
def test_an_instrument_attached_after_the_signatures_is_an_annex(text: str, numbers: list[str], annex: str) -> None:
    clauses = _segment(text).clauses
    assert [number for number, _ in _top(text)] == numbers
    annexes = [c for c in clauses if c.kind == "annex"]
    assert annexes
    assert annex in (annexes[0].number or annexes[0].heading)
    assert any(c.parent == annexes[0].id and c.number in ("第一条", "第1条") for c in clauses)


def test_an_article_inserted_as_bis_follows_its_number() -> None:
    # set 223: "Art. 9-bis" between Art. 9 and Art. 10, as Italian and Spanish drafters number an added article
    text = ("FRAMEWORK AGREEMENT\nArt. 8 – Access\nAccess follows host rules.\nArt. 9 – Financial provisions\nEach Party "
            "bears its own costs.\nArt. 9-bis – Insurance\nEach visitor holds insurance.\nArt. 10 – Intellectual "
            "property\nResults belong to their makers.\n")
    assert [number for number, _ in _top(text)] == ["Art. 8", "Art. 9", "Art. 9-bis", "Art. 10"]


@pytest.mark.parametrize(("text", "numbers"), [
    # set 232: a convenio translated from Spanish numbers its clauses by ordinal words, one of them inserted "BIS"
    ("SPECIFIC COLLABORATION AGREEMENT\nC L A U S E S\nFIRST.- PURPOSE. The purpose is joint monitoring.\n"
     "SECOND.- COMMITMENTS. Each party provides staff.\nTHIRD.- STAYS. Visits follow host rules.\n"
     "THIRD BIS.- PERSONAL DATA. Each party protects personal data.\nFOURTH.- LIABILITY. Neither party is "
     "liable for force majeure.\n", ["FIRST", "SECOND", "THIRD", "THIRD BIS", "FOURTH"]),
    # set 232: "Article (1): Preamble" with sub-clauses "1/1", "1/2", as agreements drafted in the Gulf states run
    ("RESEARCH COLLABORATION AGREEMENT\nArticle (1): Preamble\n1/1 The preamble forms part of this Agreement.\n"
     "1/2 The Annexes are listed in Article (3).\nArticle (2): Definitions\n2/1 \"Project\" means the desalination "
     "project.\nArticle (3): Annexes\n3/1 Annex (A) is the research plan.\n", ["Article (1)", "Article (2)", "Article (3)"]),
], ids=["en-clauses-numbered-by-ordinal-words", "en-articles-numbered-in-parentheses-with-slash-subclauses"])
def test_unusual_article_numbers_of_translated_agreements_open_articles(text: str, numbers: list[str]) -> None:
    assert [number for number, _ in _top(text)] == numbers


def test_sub_clauses_numbered_with_a_slash_belong_to_their_article() -> None:
    text = ("RESEARCH COLLABORATION AGREEMENT\nArticle (1): Preamble\n1/1 The preamble forms part of this Agreement.\n"
            "1/2 The Annexes are listed below.\nArticle (2): Term\n2/1 This Agreement lasts two years.\n")
    clauses = _segment(text).clauses
    article = next(c for c in clauses if c.number == "Article (1)")
    assert [c.number for c in clauses if c.parent == article.id] == ["1/1", "1/2"]


@pytest.mark.parametrize(("text", "annex", "parts"), [
    # set 230: Special Conditions numbered with their initials, "SC3." over "SC3.1", "SC3.2"
    ("SPONSORED RESEARCH AGREEMENT\n1. Definitions\n1.1 Terms have their defined meanings.\n2. Precedence\n2.1 Schedule 1 "
     "prevails.\nSCHEDULE 1 - SPECIAL CONDITIONS\nThe following Special Conditions prevail.\nSC1. Data Hosting\nSC1.1 "
     "Clause 8.2 shall not apply.\nSC1.2 The Sponsor may host Project Data anywhere.\nSC2. Term\nSC2.1 The Project "
     "period is 24 months.\n", "SCHEDULE 1", ["SC1.", "SC2."]),
    # set 231: a platform's terms with a data processing addendum under a title-case Markdown heading
    ("# Terms of Service\n## 1. Services\n1.1 We provide the repository.\n## 2. Fees\n2.1 Fees are in the Order Form.\n\n"
     "# Data Processing Addendum\n\n## 1. Scope\n1.1 This DPA applies to Customer Personal Data.\n## 2. Transfers\n"
     "2.1 Data may be processed in any region.\n", "Data Processing Addendum", ["1.", "2."]),
], ids=["en-special-conditions-numbered-with-their-initials", "en-a-data-processing-addendum-after-the-terms"])
def test_an_appended_schedule_keeps_its_own_numbered_parts(text: str, annex: str, parts: list[str]) -> None:
    clauses = _segment(text).clauses
    schedule = next(c for c in clauses if c.kind == "annex")
    assert annex in (schedule.number or schedule.heading)
    assert [c.number for c in clauses if c.parent == schedule.id] == parts
    assert [c.number.rstrip(".") for c in clauses if c.kind in ("article", "definitions")] == ["1", "2"]


@pytest.mark.parametrize(("text", "numbers"), [
    # set 242: an old OCR layer read the 1 of 14 as "l" and the I of II as "l"
    ("RESEARCH COLLABORATION AGREEMENT\nArticle 13 Publication\nEach Party may publish.\nArticle l4 Export Control\n"
     "Each Party complies with export law.\nArticle 15 Term\nThis Agreement lasts three years.\n",
     ["Article 13", "Article 14", "Article 15"]),
    ("MEMORANDUM OF UNDERSTANDING\nARTICLE I Purpose\nThe universities cooperate.\nARTICLE Il Fields\nAll fields.\n"
     "ARTICLE III Forms\nExchanges of staff.\n", ["ARTICLE I", "ARTICLE II", "ARTICLE III"]),
    ("共同研究契約書\n第13条（実施）\n甲及び乙は実施する。\n第l4条（許諾）\n甲及び乙は協議する。\n第15条（秘密）\n秘密を守る。\n",
     ["第13条", "第14条", "第15条"]),
], ids=["en-a-digit-read-as-l", "en-a-roman-i-read-as-l", "ja-a-digit-read-as-l"])
def test_an_article_number_misread_by_an_old_ocr_layer_still_opens_its_article(text: str, numbers: list[str]) -> None:
    # the outline shows the number as meant; the clause's offsets still point at the text as stored
    assert [number for number, _ in _top(text)] == numbers


@pytest.mark.parametrize("suffix", [
    "A",  # set 241: "Article 12A" with "12A.1" ... "12A.4", each a paragraph of its own
    "bis",  # set 276: "Article 10bis" with "10bis.1" ... "10bis.4"
])
def test_the_paragraphs_of_an_inserted_article_belong_to_it(suffix: str) -> None:
    text = (f"JOINT LABORATORY AGREEMENT\nArticle 12 Data\n12.1 Data are kept safe.\n12.2 Data are shared.\n"
            f"Article 12{suffix} Data Laws\n12{suffix}.1 Each Party carries out the assessments its law requires.\n"
            f"12{suffix}.2 The Parties consult on aggregated data.\nArticle 13 Term\n13.1 This Agreement lasts five years.\n")
    clauses = _segment(text).clauses
    article = next(c for c in clauses if c.number == f"Article 12{suffix}")
    assert [c.number for c in clauses if c.parent == article.id] == [f"12{suffix}.1", f"12{suffix}.2"]


def test_a_comparison_table_of_amended_articles_after_the_signatures_is_an_annex() -> None:
    # set 248: a 変更契約書 of 第1条-第4条, its signatures, then 別紙 新旧対照表 quoting the amended 第2条, 第5条 and 第6条
    text = ("共同研究契約の一部を変更する契約書\n第1条（変更）\n原契約の一部を別紙新旧対照表のとおり変更する。\n第2条（経費）\n乙は経費を追加する。\n"
            "第3条（効力）\n本変更契約は締結日から効力を生ずる。\n第4条（協議）\n疑義は協議する。\n"
            "本変更契約の締結を証するため、本書2通を作成する。\n甲　北陵大学\n乙　ハイデルン社\n\n別紙\n新旧対照表\n改正後\n改正前\n"
            "第2条　本契約において研究データとは記録をいう。\n第5条　乙は研究データを政府機関に提供することができる。\n"
            "第5条　甲及び乙は研究データを管理する。\n第6条　甲は公表前に乙の承認を得る。\n第6条　甲及び乙は成果を公表できる。\n")
    assert [number for number, _ in _top(text)] == ["第1条", "第2条", "第3条", "第4条"]


def test_an_article_inserted_with_the_traditional_zhi_follows_its_number() -> None:
    # set 239: a Japanese translation of a Taiwanese agreement keeps 第10條之1 (之 for の) between 第10條 and 第11條
    text = ("共同研究センター設置協定書\n第9條（経費）\n一、各自が負担する。\n第10條（施設）\n一、甲は施設を提供する。\n"
            "第10條之1（安全）\n一、乙は安全規則を守る。\n第11條（期間）\n一、本協定は五年間有効とする。\n")
    assert [number for number, _ in _top(text)] == ["第9條", "第10條", "第10條之1", "第11條"]


def test_an_article_inserted_as_bis_is_linked_to_its_japanese_twin_with_no_2() -> None:
    ja = ("共同研究契約書\n甲と乙は次のとおり合意する。\n第9条（費用）\n各自が負担する。\n第9条の2（保険）\n各自が保険に加入する。\n"
          "第10条（期間）\n本契約は３年間有効とする。")
    en = ("JOINT RESEARCH AGREEMENT\nThe parties agree as follows.\nArt. 9 – Costs\nEach Party bears its own costs.\n"
          "Art. 9-bis – Insurance\nEach Party holds insurance.\nArt. 10 – Term\nThis Agreement lasts three years.")
    articles = {c.number: c for c in _segment(ja + "\n" + en).clauses if c.kind == "article"}
    assert articles["Art. 9-bis"].parallel == articles["第9条の2"].id
    assert articles["Art. 9"].parallel == articles["第9条"].id


FRAMEWORK_ARTICLES = [("Purpose", "The Parties promote academic cooperation on the basis of reciprocity."),
                      ("Fields", "Cooperation covers environmental chemistry and atmospheric science."),
                      ("Individual Agreements", "Each project is carried out under an Individual Agreement."),
                      ("Visits", "Each Party may nominate researchers to visit the other Party under its rules."),
                      ("Funding", "Unless otherwise agreed, each Party bears its own costs.")]
INDIVIDUAL_ARTICLES = [("目的", "本契約は、本研究に関し必要な事項を定める。"), ("経費", "甲及び乙は、それぞれの経費を各自負担する。"),
                       ("協議", "本契約に定めのない事項は、甲乙協議して定める。")]


def test_an_individual_agreement_in_japanese_after_an_english_framework_and_its_annex_keeps_both_outlines() -> None:
    # set 278: "Article 1 - Purpose" with "1.1", "1.2" ..., the signatures, "ANNEX A", then a 個別共同研究契約書 of 第1条 ...
    text = "FRAMEWORK AGREEMENT ON ACADEMIC AND RESEARCH COOPERATION\n\n"
    for n, (heading, body) in enumerate(FRAMEWORK_ARTICLES, 1):
        text += f"Article {n} - {heading}\n\n{n}.1 {body}\n\n{n}.2 Questions on this Article go to the coordinators.\n\n"
    text += ("IN WITNESS WHEREOF the Parties have signed this Agreement.\n\nANNEX A - COORDINATORS AND ADDRESSES\n\n"
             "Kaminose: Office of International Research, Kaminose University\n\n"
             "個別共同研究契約書\n\n甲と乙とは、基本協定第3条に基づき、次のとおり個別契約を締結する。\n\n")
    for n, (heading, body) in enumerate(INDIVIDUAL_ARTICLES, 1):
        text += f"第{n}条（{heading}）\n　{body}\n\n"
    top = [c.number for c in _segment(text).clauses if c.level == 1 and c.kind in ("article", "annex")]
    assert top == ["Article 1", "Article 2", "Article 3", "Article 4", "Article 5", "ANNEX A", "第1条", "第2条", "第3条"]


@pytest.mark.parametrize(("text", "amending", "items", "top"), [
    # set 274: "2.1 Article 8 ... is deleted ... and replaced by the following:" over the new 8.1, 8.2 ...
    ("AMENDMENT NO. 2\n1. DEFINITIONS\n1.1 Terms have the meanings given in the Agreement.\n"
     "2. REPLACEMENT OF ARTICLE 8\n2.1 Article 8 of the Agreement is deleted in its entirety and replaced by "
     "the following:\n    \"8. RESEARCH DATA\n    8.1 Each Party keeps its own Project Data.\n"
     "    8.2 The Data Coordinator hosts the shared data.\"\n2.2 Annex 4 is replaced.\n3. TERM\n"
     "3.1 The Agreement is extended to 2027.\n", "2.1", ["8.1", "8.2"], ["1.", "2.", "3."]),
    # set 608: "3.1 ... replaced with the following new Article 9:" over its heading and the new 9.1, 9.2 ...
    ("AMENDMENT NO. 1\nSection 1 Definitions\n1.1 Terms have the meanings given in the Agreement.\n"
     "Section 2 Extension\n2.1 The Term is extended to 2027.\n"
     "Section 3 Replacement of Article 9\n3.1 Article 9 of the Agreement is deleted in its entirety and replaced "
     "with the following new Article 9:\n\"Article 9 Intellectual Property\n9.1 Each Party keeps its Background "
     "IP.\n9.2 All Foreground IP vests in the Sponsor.\"\n3.2 Article 10 continues to apply.\nSection 4 Effect\n"
     "4.1 The Agreement otherwise continues.\n", "3.1", ["9.1", "9.2"],
     ["Section 1", "Section 2", "Section 3", "Section 4"]),
], ids=["replaced-by-the-following", "replaced-with-the-following-new-article"])
def test_the_paragraphs_of_an_article_an_amendment_replaces_are_items_of_the_amending_paragraph(
        text: str, amending: str, items: list[str], top: list[str]) -> None:
    clauses = _segment(text).clauses
    parent = next(c for c in clauses if c.number == amending)
    assert [c.number for c in clauses if c.parent == parent.id] == items
    assert [c.number for c in clauses if c.level == 1 and c.kind in ("article", "definitions")] == top


# set 612: "... after the end of the Project, subject to" / "Article 8." / "7.3 Neither Party ...", then the real
# "Article 8 Confidentiality"; set 743: a sub-clause, "... as amended from time to time under" / "Article 8.3;"
# set 1342: a PDF's annex headings with the space after the label lost, their titles ending in the articles they belong to
def test_glued_annex_headings_with_the_articles_they_belong_to_open_annexes() -> None:
    text = ("共同研究契約書\n第1条（目的）\n本契約は、共同研究について定める。\n第2条（秘密保持）\n甲及び乙は、別紙3に定める場合を除き、秘密情報を開示しない。\n"
            "2025年4月11日\n甲乙\n署名：________________ 署名：________________\n別紙1研究計画及び役割分担（第3条、第6条及び第7条関係）\n"
            "1 研究題目 熱電変換材料\n別紙2研究経費の取扱い（第5条関係）\n1 旅費は甲が負担する。\n"
            "別紙3秘密情報等の開示が認められる場合（第11条第1項関係）\n1 甲及び乙は、法令に基づき開示することができる。\n")
    annexes = [c.number for c in _segment(text).clauses if c.kind == "annex"]
    assert annexes == ["別紙1", "別紙2", "別紙3"]


# set 1316: "... only to the extent consistent with this" / "Article 12.4."
@pytest.mark.parametrize(("tail", "reference"), [("subject to", "Article 8."), ("subject to", "Article 8.3;"),
                                                 ("consistent with this", "Article 8.4.")],
                         ids=["article", "sub-clause", "after-this"])
def test_an_article_a_sentence_ends_on_alone_on_a_wrapped_line_is_a_reference(tail: str, reference: str) -> None:
    text = ("DATA COLLABORATION AGREEMENT\nArticle 6 Hosting\n6.1 The Institute hosts the data.\nArticle 7 Use of "
            "Project Data\n7.1 Each Party may use the Project Data for the Project.\n7.2 Each Party may keep a copy and "
            f"may use it after the end of the Project, {tail}\n{reference}\n7.3 The Institute may disclose Project "
            "Data to its authorities.\nArticle 8 Confidentiality\n8.1 Each Party keeps information confidential.\n"
            "Article 9 Publication\n9.1 Each Party may publish.\n")
    top = [(c.number, c.heading) for c in _segment(text).clauses if c.level == 1 and c.kind == "article"]
    assert top == [("Article 6", "Hosting"), ("Article 7", "Use of Project Data"), ("Article 8", "Confidentiality"),
                   ("Article 9", "Publication")]


def test_a_translated_articles_second_paragraph_after_the_items_of_its_first_is_a_paragraph() -> None:
    # set 755: English rendered from Japanese drafting, its first paragraph unnumbered and ending in items (i)-(ii),
    # then "2." and "3."
    text = ("JOINT RESEARCH AGREEMENT\nArticle 9 (Term)\nThe term is two years.\nArticle 10 (Confidentiality)\nThe "
            "Parties shall keep Confidential Information in confidence; provided that this shall not apply to:\n(i) "
            "information already publicly known; or\n(ii) information independently developed.\n2. Where a Party is "
            "required by law to disclose Confidential Information, it may do so after notifying the other party.\n3. This "
            "Article survives for five years.\nArticle 11 (Publication)\nEach Party may publish.\n")
    clauses = _segment(text).clauses
    article = next(c for c in clauses if c.number == "Article 10")
    paragraphs = [c for c in clauses if c.parent == article.id]
    assert [c.number for c in paragraphs] == ["", "2.", "3."]
    assert [c.number for c in clauses if c.parent == paragraphs[0].id] == ["(i)", "(ii)"]


def test_clause_codes_a_contract_system_puts_before_every_line_are_left_out() -> None:
    # set 618: "[CL-07] Clause 7 Confidentiality" / "[CL-07] 7.1 Each Party ..."
    body = "".join(f"[CL-{n:02d}] Clause {n} {title}\n[CL-{n:02d}] {n}.1 The Parties agree on {title.lower()}.\n"
                   f"[CL-{n:02d}] {n}.2 This clause binds both.\n"
                   for n, title in enumerate(["Definitions", "Project", "Funding", "Confidentiality"], 1))
    clauses = _segment("COLLABORATIVE RESEARCH AGREEMENT\nThe Parties agree as follows:\n" + body).clauses
    top = [c for c in clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert [c.number for c in top] == ["Clause 1", "Clause 2", "Clause 3", "Clause 4"]
    assert [c.text.split(" ", 1)[0] for c in clauses if c.kind == "paragraph"][:2] == ["1.1", "1.2"]


def test_articles_numbered_in_the_old_forms_of_kanji_numerals_are_the_articles() -> None:
    # set 626: 第壱条, 第弐条, 第参条 ... 第拾条, 第拾壱条
    numbers = ["壱", "弐", "参", "四", "五", "六", "七", "八", "九", "拾", "拾壱"]
    text = "共同研究契約書\n甲と乙は、次のとおり契約する。\n" + "".join(
        f"第{n}条（見出し{i}）\n甲及び乙は、第{i}の事項を定める。\n" for i, n in enumerate(numbers, 1))
    top = [c.number for c in _segment(text).clauses if c.level == 1 and c.kind == "article"]
    assert top == [f"第{n}条" for n in numbers]


_GRANT_CONDITIONS = ("GRANT AGREEMENT\nGENERAL CONDITIONS\n" + "".join(
    f"GC {n}\t{title}\n{n}.1\tThe Grantee shall observe this condition.\n{n}.2\tThe Agency may ask for a report.\n"
    for n, title in enumerate(["DEFINITIONS", "PAYMENT OF THE GRANT", "ELIGIBLE COSTS", "REPORTING"], 1))
    + "SPECIAL CONDITIONS\n(These Special Conditions prevail over the General Conditions.)\n" + "".join(
    f"SC {n}\t{title}\n{n}.1\tThe Grantee shall observe this condition.\n"
    for n, title in enumerate(["SOURCE OF FUNDS", "RESEARCH VISITS", "USE OF RESULTS"], 1)))


_OUTLINES_377_TO_384 = [
    pytest.param(_GRANT_CONDITIONS, ["GC 1", "GC 2", "GC 3", "GC 4", "SC 1", "SC 2", "SC 3"],
                 id="en-a-grants-general-and-special-conditions-numbered-anew-under-their-initials"),
    pytest.param(
        "RESEARCH AGREEMENT\nArticle 5 [研究費 / Research Funding]\n5.1 The Sponsor pays the Funds in two parts.\n"
        "Article 6 [資金の出所 / Source of Funds]\n6.1 The Sponsor warrants the origin of the Funds.\n6.2 If the "
        "Sponsor breaches its warranty under\nArticle 6.1 or Schedule 3, the University may suspend the Research.\n"
        "Article 7 [報告 / Reports]\n7.1 The Principal Investigator reports twice a year.\n",
        ["Article 5", "Article 6", "Article 7"], id="en-a-sub-clause-referred-to-at-the-start-of-a-wrapped-line"),
    pytest.param(
        "DOUBLE DEGREE AGREEMENT\n1.\tPURPOSE\n1.1\tA joint master's programme.\n2.\tTERM\n2.1\tFive years.\n"
        "3.\tGENERAL PROVISIONS\n3.1\tEntire agreement.\nSignatures\nFor Kisogawa University\n______________________________\nProf. Hidetoshi Naruse\nPresident\n"
        "ANNEX A\nProgramme Structure and Credit Recognition\nElective modules\nTUB\n18 ECTS\nAdvanced Elective "
        "Courses, up to 9 cr\n(own) 18 ECTS\nProject Work\nTUB\n12 ECTS\n",
        ["1.", "2.", "3."], id="en-a-credit-in-an-annex-table-after-the-signatures-is-no-article"),
]


def test_a_brazilian_agreements_subclauses_sole_paragraph_and_roman_items_are_its_clauses() -> None:
    # set 379: "CLAUSE NINE – ..." (here TWO and THREE) over "Subclause One – ...", "Sole Paragraph – ..." and "I – denounced by ..."
    text = ("RESEARCH COOPERATION AGREEMENT\nCLAUSE ONE – OBJECT\nJoint research in soil microbiology.\n"
            "CLAUSE TWO – CONFIDENTIALITY\nThe PARTIES keep information secret.\n"
            "Subclause One – The obligation does not apply to information that:\nI – is or becomes public;\n"
            "II – was known to the receiving PARTY;\nSubclause Two – It lasts five years.\n"
            "CLAUSE THREE – PUBLICATION\nThe PARTIES recognise the value of publication.\n"
            "Sole Paragraph – Publications mention both PARTIES.\n")
    clauses = _segment(text).clauses
    two = next(c for c in clauses if c.number == "CLAUSE TWO")
    three = next(c for c in clauses if c.number == "CLAUSE THREE")
    assert [(c.number, c.kind) for c in clauses if c.parent == two.id] == [
        ("Subclause One", "paragraph"), ("Subclause Two", "paragraph")]
    first = next(c for c in clauses if c.parent == two.id)
    assert [c.number for c in clauses if c.parent == first.id] == ["I", "II"]
    assert [c.number for c in clauses if c.parent == three.id] == ["Sole Paragraph"]


def test_a_japanese_article_number_with_an_english_title_opens_both_languages_of_an_interleaved_text() -> None:
    # set 381: "第3条 (Areas of Cooperation)" above the Japanese text with 1　2　3 and the English with 1. 2. 3.
    text = "学術交流に関する覚書\nMEMORANDUM OF UNDERSTANDING\n"
    for n, (title, ja, en) in enumerate([
            ("Purpose", "本覚書は、両大学の学術交流の基本的事項を定める。", "This Memorandum sets out the basic terms."),
            ("Forms of Cooperation", "１　本協力は、次の形態により行う。\n２　その他の協力は書面で合意する。",
             "1. The Cooperation takes the following forms.\n2. Other cooperation is agreed in writing."),
            ("Term", "本覚書の有効期間は五年とする。", "This Memorandum remains in force for five years.")], 1):
        text += f"第{n}条 ({title})\n　{ja}\n　{en}\n"
    seg = _segment(text)
    articles = [c for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert [c.number for c in articles] == ["第1条", "第1条", "第2条", "第2条", "第3条", "第3条"]
    assert all(c.parallel for c in articles)


def test_a_heading_in_brackets_with_japanese_and_english_is_the_articles_heading() -> None:
    # set 381: "Article 1 [目的 / Purpose]"; only headings with several capitalised English words were read before
    text = ("SPONSORED RESEARCH AGREEMENT\nArticle 1 [目的 / Purpose]\n1.1 The University carries out the Research.\n"
            "Article 2 [報告・協議 / Reports and Meetings]\n2.1 The Principal Investigator reports twice a year.\n"
            "Article 3 [期間 / Term]\n3.1 Three years.\n")
    assert _top(text) == [("Article 1", "目的 / Purpose"), ("Article 2", "報告・協議 / Reports and Meetings"),
                          ("Article 3", "期間 / Term")]


def test_roman_article_numbers_of_five_letters_and_more_open_articles() -> None:
    # set 400: "XVIII. WARRANTIES AND LIABILITY" between XVII. and XIX. (only four letters were read before)
    text = "DATA SHARING AGREEMENT\n" + "".join(
        f"{roman}. HEADING {roman}\n1. Text of the article.\n"
        for roman in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                      "XVI", "XVII", "XVIII", "XIX", "XX"])
    numbers = [c.number for c in _segment(text).clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert numbers[-4:] == ["XVII.", "XVIII.", "XIX.", "XX."]
    assert len(numbers) == 20


# (set 406's schedule parts and Japanese annex list after the articles are checked on the agreement itself, in
# tests/test_blind_agreements.py)
_OUTLINES_401_TO_408 = [
    pytest.param(
        "RESEARCH AGREEMENT (TRANSLATION)\nArticle premier – Purpose\n1.1 The Parties cooperate.\nArticle 2 – Term\n2.1 "
        "Three years.\nArticle 3 – Law\n3.1 The laws of Japan.\n",
        ["Article premier", "Article 2", "Article 3"], id="en-a-french-first-article-printed-premier"),
]
_OUTLINES_409_TO_424 = [
    pytest.param(
        "MEMORANDUM OF UNDERSTANDING\nC L A U S E S\n1.- PURPOSE.\nThe Parties cooperate within the areas indicated in "
        "clause 2.- and in accordance with the rules of each.\n2.- AREAS OF COOPERATION.\n2.1. Cooperation covers the "
        "areas below.\n2.2. Other areas require an amendment under clause 3.-.\n3.- TERM.\nFive years.\n",
        ["1.", "2.", "3."], id="en-mexican-clauses-numbered-with-a-period-and-a-dash"),
    pytest.param(
        "COLLABORATION AGREEMENT\nArticle 1\u2003DEFINITIONS\nArticle 1.1\tIn this Agreement the terms below apply.\n"
        "Article 1.2\tHeadings are for convenience only.\nArticle 2\u2003PURPOSE\nArticle 2.1\tThe purpose is research.\n"
        "Article 2.2\tThe scope is limited to Annex A.\nArticle 3\u2003TERM\nArticle 3.1\tFive years.\n",
        ["Article 1", "Article 2", "Article 3"], id="en-sub-clauses-numbered-article-1-1"),
    pytest.param(
        "STATION ACCESS AGREEMENT\n1. PURPOSE\n1.1 The Directorate gives access to the Station.\n2. TERM\n2.1 Five years."
        "\n3. LAW\n3.1 The laws of Nordvald apply.\n\nDone in two originals.\n\nAPPENDIX\nSTATION RULES\n1. These "
        "rules apply to all persons staying at the Station, whatever their employer.\n2. The Station Leader's "
        "instructions on safety shall be followed at all times by every visitor.\n3. Quiet hours are from 23:00 to "
        "07:00, and kitchen duties are shared according to the posted rota.\n4. Drones may be flown only with a permit "
        "from the Directorate and outside the nesting areas shown on the station map.\n",
        ["1.", "2.", "3."], id="en-an-appendix-list-restarting-at-1-is-no-continuation"),
    pytest.param(
        "共同研究契約書\n（目的）\n第1条 ① 本契約は、甲及び乙の共同研究について定める。\n② 甲及び乙は、誠実に協力する。\n（研究データ）\n"
        "第2条 ① 研究データは、取得した当事者に帰属する。\n② 甲及び乙は、研究データの写しを保有する。\n",
        ["第1条", "第2条"], id="ja-circled-paragraphs-the-first-on-the-article-line"),
    pytest.param(
        "共同研究覚書\n第十条（実施）\n　乙は、実施料を支払う。\n【追加】第十条の二（研究データの管理）\n【追加】　甲及び乙は、研究データを"
        "管理する。\n第十一条（輸出管理）\n　甲及び乙は、外為法を遵守する。\n",
        ["第十条", "第十条の二", "第十一条"], id="ja-an-article-inserted-in-a-mark-up"),
    pytest.param(
        "AGENCY FOR URBAN TECHNOLOGIES\n1 Harbourfront Link, #09-01, Singapore 098631\nDear Professor Ono,\nWe award the "
        "grant on the terms attached.\nATTACHMENT 1\nTERMS AND CONDITIONS\n1.  DEFINITIONS\n1.1  Terms are defined below.\n"
        "2.  USE OF THE GRANT\n2.1  The grant is used for the Project.\n3.  PAYMENT\n3.1  Paid half-yearly.\n",
        ["1.", "2.", "3."], id="en-a-street-address-in-a-letterhead-is-no-section"),
    pytest.param(
        "共同研究契約書\n目次\n第1条（定義）\n第2条（目的）\n第3条（分担）\n第4条（経費）\n第5条（期間）\n共同研究契約書\n甲と乙は、次のとおり"
        "契約する。\n（定義）\n第1条 本契約において用語の意義は次のとおりとする。\n（目的）\n第2条 本契約は共同研究について定める。\n（分担）\n"
        "第3条 甲及び乙は分担して研究を行う。\n（経費）\n第4条 経費は各自が負担する。\n（期間）\n第5条 期間は三年とする。\n",
        ["第1条", "第2条", "第3条", "第4条", "第5条"], id="ja-a-table-of-contents-without-page-numbers"),
    pytest.param(
        "覚　書\n甲と乙は、次のとおり覚書を締結する。\n一、目的\n本覚書は共同研究について定める。\n二、定義\n用語の意義は次のとおり。\n"
        "（１）「研究データ」とは、本研究の情報をいう。\n三、分担\n甲及び乙は分担する。\n四、経費\n各自が負担する。\n五、期間\n三年とする。\n"
        "別紙\n１　研究題目\n睡眠の研究\n２　研究期間\n三年\n",
        ["一", "二", "三", "四", "五"], id="ja-a-memorandum-numbered-in-kanji-with-headings"),
    pytest.param(
        "DATA EXCHANGE AGREEMENT\nA. DEFINITIONS AND INTERPRETATION\n1. In this Agreement, the following terms have the "
        "meanings given below, unless the context requires otherwise.\n2. Headings are for convenience only and do not "
        "affect the interpretation of this Agreement.\nB. PURPOSE AND SCOPE\n3. The purpose of this Agreement is to set "
        "out the terms on which the Parties exchange float data.\n4. The Programme is limited to the scientific "
        "activities described in Annex 1 to this Agreement.\nC. TERM\n5. This Agreement remains in force for five years "
        "from the date of the last signature below.\n",
        ["A.", "B.", "C."], id="en-lettered-sections-over-paragraphs-numbered-throughout"),
    pytest.param(
        "COLLABORATIVE RESEARCH AGREEMENT\n1 Definitions\n1(a) \"Project\" means the research in Schedule 1.\n1(b) "
        "Headings do not affect interpretation.\n2 The Project\n2(a) Each Party carries out its tasks.\n3 Term\n3(a) "
        "Three years.\n",
        ["1", "2", "3"], id="en-sub-clauses-numbered-1-a"),
]


@pytest.mark.parametrize(("text", "expected"), _OUTLINES_89_TO_96 + _OUTLINES_113_TO_120 + _OUTLINES_129_TO_136
                         + _OUTLINES_137_TO_144 + _OUTLINES_153_TO_168 + _OUTLINES_169_TO_176 + _OUTLINES_185_TO_192
                         + _OUTLINES_193_TO_200 + _OUTLINES_249_TO_256 + _OUTLINES_377_TO_384
                         + _OUTLINES_401_TO_408 + _OUTLINES_409_TO_424)
def test_outlines_of_the_blind_sets_89_to_424(text: str, expected: list[str]) -> None:
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == expected


def test_circled_paragraphs_whose_first_stands_on_the_article_line_are_paragraphs() -> None:
    seg = _segment("共同研究契約書\n（目的）\n第1条 ① 本契約は、甲及び乙の共同研究について定める。\n② 甲及び乙は、誠実に協力する。\n"
                   "③ 甲は、乙に報告する。\n")
    children = [c for c in seg.clauses if c.level == 2]
    assert [(c.kind, c.number) for c in children] == [("paragraph", "①"), ("paragraph", "②"), ("paragraph", "③")]
    assert children[0].text.startswith("① 本契約は")


def test_an_amending_memorandums_comparison_table_quotes_the_original_articles() -> None:
    # set 500: 「条項｜変更前｜変更後」 rows repeat the original's 第3条 and 第12条; the memorandum's own 第2条 follows the table
    seg = _segment("共同研究契約の一部変更に関する覚書\n甲と乙は、次のとおり覚書を締結する。\n（原契約の変更）\n第1条　原契約の一部を次のとおり"
                   "変更する。\n条項\n変更前\n変更後\n第3条\n（研究期間）\n第3条　研究期間は、令和８年３月３１日までとする。\n第3条　研究期間は、"
                   "令和９年３月３１日までとする。\n第12条\n（秘密保持）\n第12条　（略）\n第12条　（略）\n２　甲は、法令に基づき開示することが"
                   "できる。\n（別表の変更）\n第2条　原契約別表第１を別紙１のとおり変更する。\n（効力発生日）\n第3条　本覚書は、令和７年１０月１日から"
                   "効力を生ずる。\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == ["第1条", "第2条", "第3条"]


def test_a_convenios_sole_annex_spaced_out_letter_by_letter_is_an_annex() -> None:
    # set 504: "A N E X O   Ú N I C O" after the signatures, as the convenio spaces "A N T E C E D E N T E S"
    seg = _segment("SPECIFIC AGREEMENT\nPRIMERA.- OBJECT.\nThe object is the project.\nSEGUNDA.- JURISDICTION.\nThe "
                   "courts of Puebla decide.\nFOR \"THE UNIVERSITY\"\n\nA N E X O   Ú N I C O\n(SOLE ANNEX)\n\nWORK "
                   "PROGRAMME\n1. RESPONSIBLE RESEARCHERS\nDr. Rogelio Santibáñez.\n")
    top = [(c.kind, c.number) for c in seg.clauses if c.level == 1 and c.kind in ("article", "annex")]
    assert top == [("article", "PRIMERA"), ("article", "SEGUNDA"), ("annex", "A N E X O   Ú N I C O")]


def test_a_facility_agreements_rules_are_its_articles() -> None:
    # set 509: "Rule 8. User Equipment" over "8.4 Within fourteen days ...", and "under Rule 8.4" inside the text
    seg = _segment("BEAMLINE ACCESS AGREEMENT\nRules 1-3 are the operative terms.\n\nRule 1. Definitions\n1.1 \"Beamtime\" "
                   "means time on the beamline.\n\nRule 2. User Equipment\n2.1 The University may install its detector.\n2.2 "
                   "The Facility shall return the materials delivered under\nRule 2.1 on expiry.\n\nRule 3. Term\n3.1 This "
                   "Agreement ends in 2028.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == [
        "Rule 1", "Rule 2", "Rule 3"]


def test_a_translated_brazilian_agreements_clauses_by_ordinal_are_its_articles() -> None:
    # set 520: "CLAUSE FIRST – OBJECT" ... over "1.1 The object of this Agreement is ..."
    seg = _segment("JOINT RESEARCH AGREEMENT\nCLAUSE FIRST – OBJECT\n1.1 The object of this Agreement is the project.\n"
                   "CLAUSE SECOND – DEFINITIONS\n2.1 Terms have the meanings below.\nCLAUSE THIRD – WORK PLAN\n3.1 The "
                   "Project follows the plan.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == [
        "CLAUSE FIRST", "CLAUSE SECOND", "CLAUSE THIRD"]


def test_a_brazilian_memorandums_ordinal_before_the_word_clause_opens_its_articles() -> None:
    # set 902: "FIRST CLAUSE – OBJECT" ... "SEVENTEENTH CLAUSE – LANGUAGE", each over "1.1", "1.2"
    seg = _segment("MEMORANDUM OF UNDERSTANDING\nFIRST CLAUSE – OBJECT\n1.1 The object is school-meal research.\n"
                   "SECOND CLAUSE – FORMS OF COOPERATION\n2.1 The Parties exchange researchers.\nTHIRD CLAUSE – DATA\n"
                   "3.1 Each Party keeps its data.\n3.2 Shared data stay in each Party's repository.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == [
        "FIRST CLAUSE", "SECOND CLAUSE", "THIRD CLAUSE"]


def test_an_implementing_letter_after_the_signatures_is_an_annex_of_numbered_terms() -> None:
    # set 910: a UBMTA-style agreement whose "IMPLEMENTING LETTER" after the signatures sets out "Term 1." ... "Term 9."
    seg = _segment("MATERIAL TRANSFER AGREEMENT\nARTICLE 1 — DEFINITIONS\n1.1 Terms are defined here.\nARTICLE 2 — "
                   "TERMS\n2.1 The Implementing Letter forms part of this Agreement.\nIN WITNESS WHEREOF, the Parties have "
                   "signed this Agreement.\nBy: /s/ Gregory T. Ashdown\nIMPLEMENTING LETTER\nRe: Material Transfer "
                   "Agreement No. 0317\nTerm 1. Description of Original Material.\nCompound plates.\nTerm 2. Research "
                   "Program.\nScreening for potassium channel potentiators.\nTerm 3. Publication Release.\nNo data shall "
                   "be published until Provider has issued a release.\n")
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert annex.number == "IMPLEMENTING LETTER"
    assert [c.number for c in seg.clauses if c.parent == annex.id] == ["Term 1", "Term 2", "Term 3"]


def test_the_lettered_items_of_an_attachment_are_its_clauses() -> None:
    # set 916: "B1. [Condition 3.1 - Use of Funds] ..." ... "B10.", an attachment lettered B, each item with a period
    items = "".join(f"      B{n}. [Condition {n}.1 - Term {n}] The Grantee shall comply with condition {n}.\n"
                    for n in range(1, 11))
    seg = _segment("SUBAWARD AGREEMENT\n1. PURPOSE\n1.1 The Subrecipient performs the work.\n2. TERM\n2.1 This "
                   "Subaward ends in 2027.\nIN WITNESS WHEREOF the Parties have signed this Subaward.\nATTACHMENT B - "
                   "PRIME AWARD TERMS\nThe following conditions apply to the Subrecipient.\n" + items)
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert [c.number for c in seg.clauses if c.parent == annex.id] == [f"B{n}." for n in range(1, 11)]


def test_english_article_headings_with_their_japanese_titles_open_the_article_in_both_versions() -> None:
    # set 920: a cotutelle alternating languages under "Art. 7  Host rules ／ 受入機関の規則"
    articles = "".join(f"Art. {n}  Topic {n} ／ 事項{n}\n({1}) The Universities agree on topic {n}.\n（１）両大学は、事項{n}について"
                       f"合意する。\n" for n in range(1, 8))
    seg = _segment("COTUTELLE AGREEMENT\n共同学位指導協定\n" + articles)
    numbers = [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert sorted(set(numbers), key=lambda n: int(n.split()[-1])) == [f"Art. {n}" for n in range(1, 8)]
    assert len(numbers) == 14


def test_a_date_at_the_start_of_a_table_cell_is_no_clause_number() -> None:
    # set 923: the Key Terms' "Commencement Date / Completion Date" cell, "1 April 2025 / 31 March 2027"
    seg = _segment("SPONSORED FIELD TRIALS AGREEMENT\nPART A – KEY TERMS\nItem 7\nCommencement Date / Completion Date\n"
                   "1 April 2025 / 31 March 2027, unless extended under clause 15.2.\nPART B – STANDARD TERMS\n"
                   "1.\tDEFINITIONS\n1.1\tTerms are defined here.\n2.\tCONDUCT OF THE TRIALS\n2.1\tThe University "
                   "conducts the Trials.\n3.\tFUNDING\n3.1\tThe Sponsor pays the Funding.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == ["1.", "2.", "3."]


def test_the_items_of_a_key_terms_part_before_the_standard_terms_are_its_clauses() -> None:
    # set 923: "PART A – KEY TERMS", a table of Items 1-14 that prevails over Part B's clauses
    seg = _segment("SPONSORED FIELD TRIALS AGREEMENT\nPART A – KEY TERMS\nThe Key Terms prevail over Part B.\nItem 1\n"
                   "Sponsor\nRiverina AgriSense Pty Ltd.\nItem 2\nPublication (varies clause 3.2)\nThe University must not "
                   "publish any Trial Results until 24 months after completion.\nPART B – STANDARD TERMS\n1.\tDEFINITIONS\n"
                   "1.1\tTerms are defined here.\n2.\tCONDUCT\n2.1\tThe University conducts the Trials.\n3.\tPUBLICATION\n"
                   "3.1\tThe University may publish.\n")
    part = next(c for c in seg.clauses if c.kind == "part")
    assert [c.number for c in seg.clauses if c.parent == part.id] == ["Item 1", "Item 2"]


def test_special_terms_after_the_signatures_are_an_annex_of_their_own_items() -> None:
    # set 925: "SPECIAL TERMS" after the signatures, which prevail over the articles, numbered "ST 1." ... "ST 5."
    seg = _segment("SUPPLY AGREEMENT\nArticle 1 Supply\n1.1 KNRC supplies isotopes.\nArticle 2 Term\n2.1 This Agreement "
                   "runs for six years.\nIN WITNESS WHEREOF the Parties have signed this Agreement.\nName: Dr Van Loock\n"
                   "SPECIAL TERMS\nThese Special Terms prevail over the Articles.\nST 1.  Price adjustment\nST 1.1\tKNRC may "
                   "adjust prices yearly.\nST 2.  Publication\nST 2.1\tPublication requires KNRC's approval.\n")
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert annex.number == "SPECIAL TERMS"
    assert [c.number for c in seg.clauses if c.parent == annex.id] == ["ST 1.", "ST 2."]


def test_the_items_of_a_japanese_special_provisions_annex_glued_to_their_titles_are_clauses() -> None:
    # set 925: 「第１基本的事項」 ... 「第７所在国の法令に基づく措置」 in 個人情報の取扱いに関する特記事項, the space after the
    # number lost in the PDF's text layer
    seg = _segment("共同研究契約書\n第１条（目的）\n本契約は、共同研究について定める。\n第２条（期間）\n本契約の期間は２年とする。\n"
                   "本契約締結の証として、本書２通を作成し、甲乙記名押印の上、各１通を保有する。\n別紙１\n個人情報の取扱いに関する特記事項\n"
                   "第１基本的事項\n甲及び乙は、個人情報を適正に取り扱う。\n第２安全管理措置\n乙は、安全管理措置を講じる。\n"
                   "第３所在国の法令に基づく措置\n乙は、同国の政府機関の求めに応じることができる。\n")
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert [c.number for c in seg.clauses if c.parent == annex.id] == ["第１", "第２", "第３"]
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == ["第１条", "第２条"]


def test_a_drafts_number_under_the_title_is_no_article() -> None:
    # set 1653: 「第4次案（2025年2月17日）」 under the title, a draft's round glued to its number like 「第７所在国…」
    seg = _segment("共同調査実施協定書（案）\n第4次案（2025年2月17日）\n甲と乙は、次のとおり協定する。\n第1条（目的）\n本協定は、共同調査に"
                   "ついて定める。\n第2条（期間）\n本協定の期間は２年とする。\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == ["第1条", "第2条"]


def test_section_signs_over_japanese_and_english_text_open_the_article_in_both_versions() -> None:
    # set 905: "§ 1目的 / Purpose" (no space before the Japanese title), each article in Japanese, then in English
    seg = _segment("共同開発契約書\nJOINT DEVELOPMENT AGREEMENT\n"
                   "§ 1目的 / Purpose\n本契約は、大学及びTSPRIの共同開発について定める。\n"
                   "This Agreement sets out the joint development of the University and TSPRI.\n"
                   "§ 2 費用 / Costs\n1. 各当事者は、自己の費用を負担する。\n2. 装置使用料は、請求しない。\n"
                   "1. Each Party bears its own costs.\n2. No facility fee shall be charged.\n"
                   "§ 3 秘密保持 / Confidentiality\n1. 受領者は、秘密情報を第三者に開示してはならない。\n"
                   "1. The recipient shall not disclose Confidential Information to any third party.\n")
    articles = [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert articles == ["§ 1", "§ 1", "§ 2", "§ 2", "§ 3", "§ 3"]



def test_english_article_numbers_over_both_titles_open_the_article_in_both_versions() -> None:
    # set 1473: "Article 1　目的 / Purpose", each paragraph in Japanese with its English translation indented below it
    seg = _segment("学術交流覚書\nMEMORANDUM OF UNDERSTANDING\n" + "".join(
        f"Article {n}　目的 / Purpose\n{n}.1　本覚書は、両大学の交流と協力の基本的な枠組みを定めることを目的とする。\n"
        f"　　The purpose of this Memorandum is to set out the basic framework for exchange and cooperation.\n"
        f"{n}.2　両大学は、学問の自由を尊重して活動を行う。\n　　The Universities shall respect academic freedom.\n"
        for n in (1, 2, 3)))
    articles = [c for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert [c.number for c in articles] == ["Article 1", "Article 1", "Article 2", "Article 2", "Article 3", "Article 3"]
    assert all(c.parallel for c in articles)
    assert [c.number for c in seg.clauses if c.parent == articles[0].id] == ["1.1", "1.2"]


def test_bare_numbers_over_both_titles_open_the_article_in_both_versions() -> None:
    # set 1567: "3. 試験の内容及び期間 / Content and Period of the Trials", the Japanese paragraphs, then the English, items
    # (1), (2) in each
    seg = _segment("実施取決め\nImplementing Arrangement\n" + "".join(
        f"{n}. 試験の内容 / Content of the Trials\n(1) 本試験は、国内試験圃場及び現地試験圃場において実施する。\n"
        f"(2) 観測計画は、甲乙の連絡担当者が協議の上、書面で定める。\n\n"
        f"(1) The Trials shall be conducted at the Domestic Trial Fields and the Local Trial Field.\n"
        f"(2) The observation plan shall be agreed in writing by the coordinators of the Parties.\n\n"
        for n in (1, 2, 3)))
    articles = [c for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert [c.number for c in articles] == ["1.", "1.", "2.", "2.", "3.", "3."]
    assert [c.number for c in seg.clauses if c.parent == articles[0].id] == ["(1)", "(2)"]


def test_an_annex_title_glued_to_its_label_over_both_languages_opens_the_annex() -> None:
    # set 1572: 「別紙2サービスレベル合意書 / Annex 2 Service Level Agreement」 after the signatures, the items in both languages
    text = ("契約書\n第1条（目的） / Article 1 (Purpose)\n本契約は、装置の設置について定める。\nThis Agreement governs the "
                   "placement of the tool.\n本契約締結の証として、本書2通を作成し、甲乙各1通を保有する。\n甲 / University: 国立大学法人東雲大学\n"
                   "別紙1評価計画 / Annex 1 Evaluation Plan\n（1）評価テーマ：成膜プロセスの評価\n(1) Theme: evaluation of the process.\n"
                   "別紙2サービスレベル合意書 / Annex 2 Service Level Agreement\n（1）サービス内容：乙は、定期保守を行う。\n(1) Services: "
                   "Supplier shall perform preventive maintenance.\n")
    annexes = [c for c in _segment(text).clauses if c.kind == "annex"]
    assert {c.number for c in annexes} == {"別紙1", "別紙2"}
    assert any("preventive maintenance" in text[c.start:c.end] for c in annexes if c.number == "別紙2")


def test_both_titles_in_one_bracket_open_the_article_in_both_versions() -> None:
    # set 1594: 「第5条（秘密保持義務 / Duty of Confidentiality）」 over each paragraph in Japanese and then in English
    seg = _segment("誓約書\nUNDERTAKING\n" + "".join(
        f"第{n}条（秘密保持義務 / Duty of Confidentiality）\n１　来訪者は、研究所の秘密情報を第三者に開示しない。\n"
        f"1. The Visitor shall not disclose the Institute's Confidential Information to any third party.\n\n"
        for n in range(1, 10)))
    articles = [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert articles == [f"第{n}条" for n in range(1, 10) for _ in (0, 1)]


def test_a_japanese_agreement_whose_headings_alone_are_bilingual_has_one_version() -> None:
    seg = _segment("覚書\n" + "".join(
        f"Article {n}　目的 / Purpose\n{n}.1　本覚書は、両大学の交流と協力の基本的な枠組みを定めることを目的とする。\n"
        f"{n}.2　両大学は、学問の自由を尊重して活動を行う。\n" for n in (1, 2, 3)))
    assert not seg.versions
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == \
        ["Article 1", "Article 2", "Article 3"]


def test_the_numbered_rows_of_a_table_under_its_caption_are_no_paragraphs() -> None:
    # set 1478: "Table 8-1" / "No." / ... / "1 Mr. Yoav Ben-Ami" / ...: the rows had taken 8.2 and what follows into row 2
    seg = _segment("AGREEMENT\nArticle 7 Field Trials\n7.1 The Field Trials shall take place at the Trial Sites.\n"
                   "7.2 Each Party shall bear its own costs.\nArticle 8 Secondment\n8.1 The Company may second up to "
                   "three Company Engineers to the Laboratory. The initial plan is set out in Table 8-1.\nTable 8-1 - "
                   "Secondment plan\nNo.\nSeconded Engineer\nMain tasks at the University\nMonths\n1 Mr. Yoav Ben-Ami\n"
                   "Senior Signal Processing Engineer\nIntegration of receiver board with the adaptive filter (WP1/WP2)\n"
                   "12\n2 Ms. Noa Friedman\nMachine Learning Engineer\n6\n8.2 Each Seconded Engineer remains an employee "
                   "of the Company.\n8.3 Before a Seconded Engineer starts work, the University shall complete its "
                   "procedures.\nArticle 9 Visits\n9.1 University researchers may visit the Company.\n")
    article = next(c for c in seg.clauses if c.number == "Article 8")
    assert [c.number for c in seg.clauses if c.parent == article.id] == ["8.1", "8.2", "8.3"]


def test_an_english_annex_under_a_japanese_agreement_is_no_english_version() -> None:
    # set 1484: 「別紙1　Programme Outline」 in English only, its "1. Research Fields" ... no articles of the agreement
    body = "".join(f"第{n}条（見出し{n}）\n甲及び乙は、本協定に基づき、学生の研究インターンシップの受入れに関する事項を誠実に協議し、必要な手続を"
                   f"それぞれの規則に従って速やかに行うものとする。\n" for n in range(1, 9))
    annex = ("別紙1　Programme Outline（プログラム概要）\n1. Research Fields\n1.1 Hosting laboratories are selected from "
             "marine engineering and materials.\n2. Schedule\n2.1 Two intakes per year: April and October.\n3. Research "
             "Data\n3.1 Research data shall be stored on the University's storage service.\n")
    seg = _segment("学生研究インターンシップ受入れに関する協定書\n" + body + annex)
    assert not seg.versions
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == [f"第{n}条" for n in range(1, 9)]


def test_a_rule_of_hashes_between_e_mails_is_no_markdown_heading() -> None:
    # set 1503: an exported e-mail thread separates its messages with a line of seventy "#"
    rule = "#" * 70
    messages = "".join(f"{rule}\nMessage {n} of 3\n{rule}\nFrom: Dan\nSubject: pilot\n\nHi Haruka,\nThanks for the "
                       f"call; notes follow.\n\n" for n in (1, 2))
    seg = _segment(f"From: Haruka\nSubject: terms\n\nDear Contracts Office,\nThe thread is below.\n\n{messages}{rule}\n"
                   f"Message 3 of 3\n{rule}\nFrom: Priya\nSubject: agreed terms\n\n1. What we're doing\nWe test the "
                   "gripper together.\n2. Money\nEach side pays its own costs.\n3. Data\nThe data stay at the lab.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == ["1.", "2.", "3."]

def test_terms_lettered_and_numbered_that_run_into_their_sentences_are_the_articles() -> None:
    # set 943: a data access agreement's "T1 In these Terms and Conditions ..." ... "T11 T10 does not apply to
    # inventions", no headings at all
    seg = _segment("DATA ACCESS AGREEMENT\nTERMS AND CONDITIONS\nT1 In these Terms and Conditions the following terms "
                   "apply.\nT2 Subject to these Terms and Conditions, the Biobank grants access.\nT3 The Data shall remain "
                   "in the Secure Environment.\nT4 T3 does not apply to aggregate outputs.\nH2 production rose in the "
                   "period.\nT5 Either Party may terminate the Agreement on ninety days' notice.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == ["T1", "T2", "T3", "T4", "T5"]


def test_a_memorandum_whose_articles_carry_only_bracketed_titles_has_them_as_articles() -> None:
    # set 944: 「【目的】」「【協力の内容】」…: no article number printed at all; the paragraphs ２, ３ stay paragraphs
    seg = _segment("学術交流に関する覚書\n甲大学と乙大学は、次のとおり覚書を締結する。\n【目的】\n本覚書は、両大学の交流を促進する。\n"
                   "【協力の内容】\n両大学は、教員の交流を行う。\n２　学生の交流は、別に定める。\n【経費】\n経費は各自が負担する。\n"
                   "【有効期間】\n本覚書は五年間有効とする。\n２　本覚書は自動的に更新される。\n【協議】\n疑義は協議により解決する。\n")
    articles = [c for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert [c.heading for c in articles] == ["目的", "協力の内容", "経費", "有効期間", "協議"]
    assert all(c.number == "" for c in articles)


def test_an_amendment_appended_after_the_schedules_is_an_annex_of_its_own() -> None:
    # set 948: "AMENDMENT No. 1" after Schedule 2, replacing Article 10 of the body
    seg = _segment("FUNDING AGREEMENT\nARTICLE 1 PURPOSE\n1.1 EGUST funds the Centre.\nARTICLE 2 TERM\n2.1 This "
                   "Agreement runs for three years.\nIN WITNESS WHEREOF the Parties have signed this Agreement.\nSCHEDULE 2 "
                   "- BUDGET\nTotal 4,200,000\nAMENDMENT No. 1\nto the Funding Agreement dated 15 January 2025\n1. "
                   "Replacement of Article 10. Article 10 is replaced with the following.\n")
    assert [c.number for c in seg.clauses if c.kind == "annex"] == ["SCHEDULE 2", "AMENDMENT No. 1"]


def test_general_conditions_after_a_signed_schedule_of_particulars_are_the_articles() -> None:
    # set 950: items 1-22 in the particulars' table, the signatures, then General Conditions 1-20 in the same style
    seg = _segment("VESSEL TIME AGREEMENT\nSCHEDULE OF PARTICULARS\nItem\nParticular\nDetails\n1 Date of Agreement\n"
                   "23 January 2026\n2 Institute\nTai Tonga Marine Research Limited, Wellington\n3 Charterer\nNanki "
                   "University, Wakayama\n4 Scientific Programme\nRepeat occupation of the Southland Front transect\n5 "
                   "Vessel\nRV Moana (IMO 9813372)\n6 Charter Period\nFrom 12 March 2026 to 17 March 2026\n7 Ports\n"
                   "Wellington\nEXECUTION\nSIGNED for and on behalf of the Institute\nGENERAL CONDITIONS\n1.\tDEFINITIONS\n"
                   "1.1 In this Agreement, Item means an item of the Schedule of Particulars.\n2.\tCHARTER OF VESSEL TIME\n"
                   "2.1 The Institute will make the Vessel available for the Charter Period.\n3.\tSAFETY\n3.1 The Master "
                   "has overriding authority on board.\n4.\tVOYAGE DATA\n4.1 All Voyage Data vests in the Institute.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == \
        ["1.", "2.", "3.", "4."]
    front = next(c for c in seg.clauses if c.kind == "annex")
    assert front.number == "SCHEDULE OF PARTICULARS"
    assert [c.number for c in seg.clauses if c.parent == front.id][:3] == ["1", "2", "3"]


def test_title_lines_over_numbered_subclauses_are_the_sections_those_numbers_name() -> None:
    # set 961: "Definitions" / "1.1 ...", "License Grant" / "2.1 ..." with no section number printed; a reference
    # wrapped onto a line of its own ("... set out in" / "Schedule A.") opens no annex
    seg = _segment("EVALUATION LICENSE AGREEMENT\nDefinitions\n1.1 \"Software\" means the RowPilot suite.\n1.2 \"Site\" "
                   "means the farm.\nLicense Grant\n2.1 Licensor grants Licensee a licence to evaluate the Software.\n"
                   "Restrictions\n3.1 Licensee shall not sell the Software.\nGeneral\n4.1 This Agreement, with the terms set "
                   "out in\nSchedule A.\n4.2 This Agreement may be amended only in writing.\nIN WITNESS WHEREOF the parties "
                   "have signed.\nSCHEDULE A - PARTICULARS\nSoftware: RowPilot\n")
    articles = [c for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert [(c.number, c.heading) for c in articles] == [("1", "Definitions"), ("2", "License Grant"),
                                                         ("3", "Restrictions"), ("4", "General")]
    assert [c.number for c in seg.clauses if c.kind == "annex"] == ["SCHEDULE A"]


def test_english_article_headings_with_japanese_titles_in_brackets_open_both_versions() -> None:
    # set 963: "Article 5 Research Fund and Costs（研究資金及び費用負担）", each English paragraph followed by its Japanese
    seg = _segment("JOINT LABORATORY AGREEMENT\n共同研究室設置契約書\nArticle 1 Purpose（目的）\n1. The Parties establish the "
                   "Joint Laboratory.\n両当事者は、共同研究室を設置する。\nArticle 2 Research Fund and Costs（研究資金及び費用負担）\n"
                   "1. Each Party bears its own costs of the research.\n各当事者は、研究に要する自己の費用を負担する。\nArticle 3 "
                   "Confidentiality（秘密保持）\n1. Each Party keeps the other's information confidential.\n各当事者は、相手方の情報を"
                   "秘密として保持する。\n")
    articles = [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert articles == ["Article 1", "Article 1", "Article 2", "Article 2", "Article 3", "Article 3"]


def test_a_reference_schedule_of_items_leaves_the_articles_numbered_without_a_point_alone() -> None:
    # set 238: "Reference Schedule" / "Item 1 ...", then the articles "1 Definitions and interpretation" ... "21 General"
    seg = _segment("Research Agreement\nReference Schedule\nItem 1 Date of this Agreement The date on which both sign.\n"
                   "Item 2 SRU Southern Reef University\nItem 3 Kitaura Kitaura University\nResearch Agreement\n1 Definitions "
                   "and interpretation\n1.1 In this Agreement, Project means the reef study.\n2 Term\n2.1 This Agreement "
                   "starts on the Commencement Date.\n3 General\n3.1 This Agreement is governed by the law in Item 19.\n")
    articles = [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert articles == ["1", "2", "3"]


def test_terms_and_conditions_after_a_face_page_of_numbered_boxes_are_the_articles() -> None:
    # set 971: a subaward's boxes "1. Subrecipient ..." to "18. UEI", then "TERMS AND CONDITIONS" numbered 1-15
    seg = _segment("RESEARCH SUBAWARD AGREEMENT\n1. Subrecipient (legal name and address) Seiran University, Miyagi,\n"
                   "Japan\n2. Subrecipient Principal Investigator Dr. Haruka Tomioka\n3. Pass-through Entity (PTE) Sonoran "
                   "Plateau University (\u201cSPU\u201d), Arizona, USA\n4. Federal Award Identification Number\n(FAIN)\n"
                   "AST-2417735\n5. Subaward Number SPU-25-0417-01\nThis Subaward is issued by SPU to the Subrecipient.\n"
                   "TERMS AND CONDITIONS\n1. Scope of Work. The Subrecipient shall perform the work in Attachment 5.\n"
                   "2. Payment. SPU shall reimburse allowable costs within thirty (30) days of each invoice.\n3. Reporting. "
                   "The Subrecipient shall submit an annual report.\n")
    articles = [c for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert [(c.number, c.heading) for c in articles] == [("1.", "Scope of Work"), ("2.", "Payment"),
                                                         ("3.", "Reporting")]


def test_a_bilingual_heading_with_both_article_numbers_on_one_line_opens_the_article() -> None:
    # set 966: 「第1条/Article 1 定義/Definitions」, the Japanese paragraph and then its English on the next line
    seg = _segment("試料提供契約書\nMATERIAL TRANSFER AGREEMENT\n第1条/Article 1 目的/Purpose\n提供者は、本試料を受領者に提供する。\n"
                   "The Provider shall provide the Materials to the Recipient.\n第2条/Article 2 公表/Publication\n受領者は、成果を"
                   "公表することができる。\nThe Recipient may publish the results.\n第3条/Article 3 準拠法/Governing Law\n本契約は、"
                   "日本法に準拠する。\nThis Agreement is governed by the laws of Japan.\n")
    numbers = sorted({c.number for c in seg.clauses if c.level == 1 and c.kind == "article"})
    assert numbers == ["第1条", "第2条", "第3条"]


def test_a_japanese_title_naming_a_body_in_latin_letters_still_opens_the_article_in_both_languages() -> None:
    # set 1701: 「第8条（WNUにおける指導業務） Article 8 Supervisory Duties at WNU」, the Japanese paragraphs and then the English
    seg = _segment("コチュテル個別協定書\nINDIVIDUAL COTUTELLE CONVENTION\n"
                   "第7条（保険） Article 7 Insurance\n1\u3000本学生は、医療保険に加入する。\n1 The Candidate shall hold health "
                   "insurance.\n第8条（WNUにおける指導業務） Article 8 Supervisory Duties at WNU\n1\u3000SNUの論文指導教員は、WNUの"
                   "客員教授に任用されるものとする。\n1 The SNU Thesis Co-Director shall be appointed Visiting Professor of WNU.\n"
                   "第9条（研究データ） Article 9 Research Data\n1\u3000研究データは、両大学が保管する。\n1 Research Data shall be "
                   "stored by both universities.\n")
    articles = [c for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert len(articles) == 6
    assert all(c.parallel for c in articles)


def test_implementing_rules_with_a_long_title_after_the_signatures_are_an_annex() -> None:
    # set 978: 「国立大学法人…と…との間における学術交流に関する協定に基づく実施細則」, a title as long as the two names make it,
    # read as set 217's shorter 「研究者交流に関する覚書実施細則」 is: an annex with its own 第1条 ...
    seg = _segment("学術交流に関する協定書\n甲と乙は、次のとおり協定する。\n第１条（目的）\n両大学は交流を行う。\n第２条（交流の内容）\n"
                   "両大学は研究者を交流する。\n第３条（実施細則）\n具体的事項は実施細則に定める。\n本協定の締結を証するため、本書２通を作成する。\n"
                   "甲　北陸大学\n乙　ステップ大学\n\n国立大学法人北陸環境科学大学とモンゴル国立ステップ科学大学との間における学術交流に関する協定に"
                   "基づく実施細則\n甲と乙は、協定第３条に基づき、次のとおり実施細則を定める。\n（趣旨）\n第1条　この細則は、共同調査に関し"
                   "必要な事項を定める。\n（受入れ）\n第2条　甲は、乙が指名する研究者を受け入れる。\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind == "article"] == ["第１条", "第２条", "第３条"]
    annex = next(c for c in seg.clauses if c.kind == "annex")
    assert annex.heading.endswith("実施細則") or annex.number.endswith("実施細則")
    assert [c.number for c in seg.clauses if c.parent == annex.id] == ["第1条", "第2条"]


def test_article_headings_behind_a_square_mark_are_the_articles() -> None:
    # set 980: 「■第５条（研究費）」 over paragraphs ① ② ③
    assert _top("共同研究契約書\n甲と乙は、次のとおり契約する。\n■第１条（目的）\n① 本契約は、共同研究について定める。\n② 研究計画は別紙に"
                "定める。\n■第２条（研究費）\n① 甲及び乙は、研究費を各自負担する。\n■第３条（秘密保持）\n① 甲及び乙は、秘密情報を"
                "保持する。\n") == [("第１条", "目的"), ("第２条", "研究費"), ("第３条", "秘密保持")]


def test_the_bullets_of_a_markdown_section_are_its_paragraphs() -> None:
    # set 982: "## 7. Disclosure to third parties" over "- Neither Party ..." / "- ABVM may provide ...", no numbers
    seg = _segment("# DATA SHARING AGREEMENT\n## 1. Purpose\n- This Agreement sets out the terms of the data exchange.\n"
                   "## 2. Disclosure\n- Neither Party shall disclose the other Party's Data.\n- ABVM may provide any Shared "
                   "Data to a public authority that requests it:\n  - (a) on a written request; and\n  - (b) for a public "
                   "purpose.\n- Each Party remains responsible for those it gives access.\n", "md")
    disclosure = next(c for c in seg.clauses if c.level == 1 and c.heading == "Disclosure")
    bullets = [c for c in seg.clauses if c.parent == disclosure.id]
    assert [c.text.split()[1] for c in bullets] == ["Neither", "ABVM", "Each"]
    assert "(b) for a public purpose" in bullets[1].text
    purpose = next(c for c in seg.clauses if c.level == 1 and c.heading == "Purpose")
    assert not [c for c in seg.clauses if c.parent == purpose.id]  # a single bullet stays the section's text


def test_an_ocr_reading_that_sets_the_digits_of_an_article_number_apart_keeps_the_number() -> None:
    # set 985, a scanned 学術交流協定書: 「第1 0条 (有効期間)」
    assert [n for n, _ in _top("学術交流協定書\n第9条 (法令等の遵守)\n両機関は法令を遵守する。\n第1 0条 (有効期間)\n本協定は５年間有効"
                                "とする。\n第1 1条 (協定の終了)\nいずれの機関も協定を終了させることができる。\n")] == \
        ["第9条", "第1 0条", "第1 1条"]


def test_spanish_article_headings_over_english_text_are_the_articles() -> None:
    # set 1004: "ARTÍCULO 2 / ARTICLE 2 – OBJETO / PURPOSE" over "2.1 The purpose of this Memorandum ..."
    assert [n for n, _ in _top("MEMORANDUM OF UNDERSTANDING\nARTÍCULO 1 / ARTICLE 1 – DEFINICIONES / DEFINITIONS\n1.1 "
                                "Terms have these meanings.\nARTÍCULO 2 / ARTICLE 2 – OBJETO / PURPOSE\n2.1 The purpose is "
                                "cooperation.\n2.2 Nothing obliges either Party.\nARTÍCULO 3 / ARTICLE 3 – ÁREAS / AREAS\n"
                                "3.1 The areas are listed.\n")] == ["ARTÍCULO 1", "ARTÍCULO 2", "ARTÍCULO 3"]


def test_a_convenios_numbered_considerations_are_recitals_not_articles() -> None:
    # set 970: "CONSIDERING:" / "FIRST: That UAPN is ..." / "SECOND: That OIT ...", then "ARTICLE 1.- OBJECT"
    assert _top("MEMORANDUM OF UNDERSTANDING\nCONSIDERING:\nFIRST: That UAPN is an institution of higher education.\n"
                "SECOND: That OIT develops research on batteries.\nTHEREFORE, the parties agree in the following:\n"
                "ARTICLE 1.- OBJECT\nThe object of this Memorandum is cooperation.\nARTICLE 2.- FINANCING\nEach party "
                "shall assume its own costs.\n") == [("ARTICLE 1", "OBJECT"), ("ARTICLE 2", "FINANCING")]


@pytest.mark.parametrize(("text", "expected"), [
    # set 524: articles lettered A to P, where C, D and I would read as Roman numbers and break the run
    ("COLLABORATIVE RESEARCH AGREEMENT\nArticle A – Definitions\nA.1 Terms are defined here.\nArticle B – Purpose\nB.1 "
     "The purpose is the project.\nArticle C – Management\nC.1 A committee manages it.\nArticle D – Contributions\nD.1 "
     "Each party contributes.\nArticle E – Access\nE.1 Access is limited.\n",
     ["Article A", "Article B", "Article C", "Article D", "Article E"]),
    # set 524: a 協定書 whose articles are circled numbers joined to their headings, paragraphs as (1), (2)
    ("国際共同研究協定書\n甲と乙は、次のとおり協定を締結する。\n①目的\n本協定は、共同研究について定める。\n②定義\n(1) 本研究とは、別紙1の研究をいう。\n"
     "③研究経費\n(1) 乙は、研究経費を負担する。\n④秘密保持\n(1) 甲及び乙は、秘密を守る。\n⑤有効期間\n(1) 本協定の有効期間は、3年とする。\n",
     ["①", "②", "③", "④", "⑤"]),
], ids=["en-articles-lettered-a-to-e", "ja-circled-numbers-joined-to-headings"])
def test_outlines_of_the_blind_sets_521_to_528(text: str, expected: list[str]) -> None:
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set 538: an MTA's "I. DEFINITIONS" ... "IX. GENERAL" (a list style), recitals "A." to "C." before them, a
    # cross-reference "Article VIII." that a line break put at a line's start, and after the signatures an attachment
    # whose numbered table rows and plan items run on ("1 CX-1180" ... "5. Deliverable")
    ("MATERIAL TRANSFER AGREEMENT\nThis Agreement is made between Cascade Inc. (\"Provider\") and Setouchi"
     " University (\"Recipient\").\n\nBACKGROUND\n\nA. Provider makes resists.\n\nB. Recipient studies res"
     "ists.\n\nC. Provider will supply samples.\n\nThe Parties therefore agree as follows.\n\nI. DEFINIT"
     "IONS\n\n   (a) \"Materials\" means the samples.\n\nII. TRANSFER OF MATERIALS\n\n   (a) Provider ship"
     "s the Materials.\n\nIII. PERMITTED USE\n\n   (a) Recipient uses them for research only.\n\nIV. CON"
     "FIDENTIALITY\n\n   (a) Each Party keeps the other's secrets.\n\nV. PUBLICATION\n\n   (a) Recipient"
     " may publish.\n\nVI. TERM AND TERMINATION\n\n   (a) Either Party may terminate if the use becomes "
     "unlawful under the laws referred to in\n       Article VIII.\n\nVII. NO WARRANTY\n\n   (a) The Mat"
     "erials are experimental.\n\nVIII. EXPORT CONTROL\n\n   (a) Each Party complies with export laws.\n"
     "\nIX. GENERAL\n\n   (a) This is the entire agreement.\n\nIN WITNESS WHEREOF the Parties have signe"
     "d this Agreement.\n\nATTACHMENT 1 - DESCRIPTION OF MATERIALS\n\n  No.   Code      Description\n  1"
     "     CX-1180   Resist, hybrid\n  2     CX-1192   Resist, high-PAG\n  3     DVA-7     Developer add"
     "itive\n\nATTACHMENT 2 - RESEARCH PLAN\n\n  4. Duration. About twelve months.\n  5. Deliverable. Th"
     "e report.\n",
     ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX."]),
    # set 539: an amendment's own sections 1-7, which restate the amended agreement's Articles 6, 8, 10, 12A and 14
    # after "... is deleted in its entirety and replaced with the following:"
    ("AMENDMENT NO. 2 TO THE JOINT RESEARCH AGREEMENT\nThis Amendment is made between Kitakami Universit"
     "y (\"KUT\") and Guangnan University (\"GUST\").\n1.\tINTERPRETATION\n1.1\tCapitalised terms have the m"
     "eanings in the Agreement.\n2.\tAMENDMENT OF ARTICLE 6 (COSTS)\nArticle 6 of the Agreement is delet"
     "ed in its entirety and replaced with the following:\nArticle 6\tCosts\n6.1\tEach Party bears its o"
     "wn costs.\n3.\tAMENDMENT OF ARTICLE 8 (INTELLECTUAL PROPERTY)\nArticle 8 of the Agreement is delet"
     "ed in its entirety and replaced with the following:\nArticle 8\tIntellectual Property\n8.1\tEach P"
     "arty keeps its Background IP.\n4.\tAMENDMENT OF ARTICLE 10 (PUBLICATION)\nArticle 10 of the Agreem"
     "ent is deleted in its entirety and replaced with the following:\nArticle 10\tPublication\n10.1\tEa"
     "ch Party may publish.\n5.\tINSERTION OF NEW ARTICLE 12A\nThe following new Article 12A is inserted"
     " immediately after Article 12 of the Agreement:\nArticle 12A\tExport Control\n12A.1\tEach Party co"
     "mplies with export control laws.\n6.\tAMENDMENT OF ARTICLE 14 (TERMINATION)\nArticle 14 of the Agr"
     "eement is deleted in its entirety and replaced with the following:\nArticle 14\tTermination\n14.1\t"
     "Either Party may terminate.\n7.\tGOVERNING LAW\n7.1\tJapanese law governs this Amendment.\n",
     ["1.", "2.", "3.", "4.", "5.", "6.", "7."]),
    # set 543: "Parties" over "1. Tsukuba Institute ... (TICSS); and" / "2. Banksia Coast University ... (BCU).", then
    # "Background" and the articles "1. DEFINITIONS AND INTERPRETATION" ...
    ("RESEARCH COLLABORATION AGREEMENT\nParties\n1. Tsukuba Institute for Crop and Soil Sciences, a Nati"
     "onal Research and Development Agency established\nunder the laws of Japan (TICSS); and\n2. Banksia"
     " Coast University, a body corporate, of 100 University Drive, Queensland 4558, Australia (BCU).\nB"
     "ackground\nA. TICSS conducts research.\nThe Parties agree as follows.\n1. DEFINITIONS AND INTERPRE"
     "TATION\n1.1 In this Agreement, terms are defined.\n2. COMMENCEMENT AND TERM\n2.1 This Agreement co"
     "mmences on 1 April 2025.\n3. THE PROJECT\n3.1 Each Party carries out the Project.\n",
     ["1.", "2.", "3."]),
    # set 248 (kept by the set 539 fix): an amended and restated agreement's own articles after "... is amended and
    # restated in its entirety to read as follows:", which names no article it replaces
    ("AMENDED AND RESTATED RESEARCH AGREEMENT\nThe Original Agreement is amended and restated in its entirety to read "
     "as follows:\n1. DEFINITIONS\n1.1 Terms are defined here.\n2. PURPOSE\n2.1 The Parties carry out the Project.\n3. "
     "TERM\n3.1 This Agreement ends in 2028.\n", ["1.", "2.", "3."]),
    # set 565: an implementing arrangement's "Paragraph 1" ... alone on centred lines over their headings, its
    # sub-paragraphs "1." and cross-references "Paragraph 5" inside the text
    ("IMPLEMENTING ARRANGEMENT\nHave reached the following understanding:\nParagraph 1\nObjective\n1.\tThe objective is "
     "cooperation.\n2.\tThis Arrangement is made under the Agreement.\nParagraph 2\nScope\n1.\tCooperation covers "
     "permafrost, as provided in Paragraph 3.\nParagraph 3\nForms of Cooperation\n1.\tJoint projects.\n",
     ["Paragraph 1", "Paragraph 2", "Paragraph 3"]),
], ids=["en-roman-headings-before-an-attachments-numbered-rows", "en-an-amendments-sections-not-its-restated-articles",
        "en-a-numbered-parties-list-is-not-articles-1-and-2", "en-an-amended-and-restated-agreements-own-articles",
        "en-an-implementing-arrangements-paragraphs"])
def test_outlines_of_the_blind_sets_537_to_544(text: str, expected: list[str]) -> None:
    top = _top(text)
    assert [number for number, _ in top] == expected
    assert "Tsukuba" not in top[0][1]


def test_clauses_numbered_in_square_brackets_are_the_articles() -> None:
    # set 571: "[9] CONFIDENTIALITY" over "[9.1] All information ...", cross-references "clause [20.3]" in the text
    seg = _segment("RESEARCH COLLABORATION AGREEMENT\nThe Parties agree as follows.\n\n[1] DEFINITIONS\n\n[1.1] Terms are "
                   "defined here.\n\n[2] PURPOSE\n\n[2.1] The Project is limited to Schedule 1; any variation is signed "
                   "under clause [3.1].\n\n[3] VARIATION\n\n[3.1] Variations are in writing.\n")
    top = [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert top == ["[1]", "[2]", "[3]"]


def test_article_numbers_in_lenticular_brackets_before_their_headings_are_the_articles() -> None:
    # set 782: 「【第1条】（目的）」, the heading after the brackets; a cross-reference 「第3条」 inside the text stays text
    top = _top("データ提供契約書\n北辰大学（以下「甲」という。）と韓国言語資源院（以下「乙」という。）は、次のとおり契約する。\n"
               "【第1条】（目的）\n本契約は、コーパスの提供について定める。\n【第2条】（提供データ）\n甲は、第3条に定める方法で"
               "データを提供する。\n【第3条】（提供の方法）\n甲は、暗号化して提供する。\n【第3条の2】（再提供）\n乙は、再提供しない。\n")
    assert top == [("第1条", "目的"), ("第2条", "提供データ"), ("第3条", "提供の方法"), ("第3条の2", "再提供")]


def test_clauses_numbered_within_lettered_sections_are_the_articles() -> None:
    # set 792: "SECTION A - INTERPRETATION" over "A1 Definitions", "A2 Interpretation", then "SECTION B - ..." over "B1";
    # "H2 production rose sharply." in the text is no clause
    top = _top("DATA ACCESS AGREEMENT\nIT IS AGREED as follows:\nSECTION A - INTERPRETATION\nA1 Definitions\nTerms are "
               "defined here.\nA2 Interpretation\nHeadings do not count.\nSECTION B - ACCESS TO THE DATA\nB1 Grant of "
               "access\nThe Resource grants access.\nH2 production rose sharply.\nB2 Variations\nVariations are in "
               "writing.\nC1 Fees\nThe fees are in Schedule 3.\n")
    assert top == [("A1", "Definitions"), ("A2", "Interpretation"), ("B1", "Grant of access"), ("B2", "Variations"),
                   ("C1", "Fees")]


def test_headings_with_their_clause_number_in_brackets_at_the_end_are_the_clauses() -> None:
    # set 805: "FIELD EXCLUSIVITY [Clause 10]", the number set flush right, over "10.1 ..." and "10.2 ..."
    top = _top("MUTUAL NON-DISCLOSURE AGREEMENT\nThe Parties agree as follows.\nDEFINITIONS [Clause 1]\n1.1 Terms are "
               "defined here.\n1.2 Headings do not count.\nPURPOSE [Clause 2]\n2.1 The Purpose is an evaluation.\n"
               "FIELD EXCLUSIVITY [Clause 3]\n3.1 The Institute shall not work in the Field with others.\n")
    assert top == [("Clause 1", "DEFINITIONS"), ("Clause 2", "PURPOSE"), ("Clause 3", "FIELD EXCLUSIVITY")]


@pytest.mark.parametrize(("line", "annex"), [
    # set 830: a PDF's text layer lost the space between 「別紙１」 and its title
    ("別紙１受入れの条件", [("別紙１", "受入れの条件")]),
    # a sentence wrapped after the label is no annex heading
    ("別紙１に定める受入れの条件", []),
])
def test_an_annex_label_glued_to_its_title_opens_the_annex(line: str, annex: list[tuple[str, str]]) -> None:
    text = ("研究者受入れに関する覚書\n甲と乙は、次のとおり覚書を締結する。\n第1条（目的）\n本覚書は研究者の受入れについて定める。\n"
            "第2条（期間）\n本覚書の有効期間は五年とする。\n甲　白鷺大学\n乙　渤海研究所\n" + line + "\n１　受入研究者は安全教育を受講する。\n"
            "２　受入研究者は研究資料を毎月報告する。\n")
    seg = _segment(text)
    assert [(c.number, c.heading) for c in seg.clauses if c.kind == "annex"] == annex


def test_a_japanese_agreement_that_repeats_each_article_in_chinese_has_each_article_once() -> None:
    # set 1048: 「第一条（目的）」 with the Japanese text, then 「第一条（目的）」 again with the Chinese translation
    articles = [("第一条（目的）", "本契約は、甲及び乙が相互に協力して共同研究を実施するために必要な事項を定めるものとする。",
                 "本合同旨在规定甲乙双方相互合作实施合作研究所需的事项。"),
                ("第二条（定義）", "本契約において、研究成果とは、本共同研究により得られた発明等をいう。",
                 "本合同中，研究成果是指通过实施本合作研究所获得的发明等。"),
                ("第三条（費用）", "甲及び乙は、それぞれ自らの費用を負担するものとする。", "甲乙双方各自承担其费用。"),
                ("第四条（秘密保持）", "甲及び乙は、相手方の秘密情報を第三者に開示してはならない。", "甲乙双方不得向第三方披露对方的保密信息。"),
                ("第五条（有効期間）", "本契約の有効期間は、締結の日から三年間とする。", "本合同有效期为自签订之日起三年。")]
    text = "共同研究契約書\n合作研究合同\n\n" + "".join(f"{h}\n{ja}\n\n{h}\n{zh}\n\n" for h, ja, zh in articles)
    assert [number for number, _ in _top(text)] == ["第一条", "第二条", "第三条", "第四条", "第五条"]


def test_attachments_numbered_with_a_letter_after_the_digit_are_annexes_of_their_own() -> None:
    # set 1053: a subaward's flow-downs in "ATTACHMENT 3A" and its agency terms in "ATTACHMENT 3B", each numbered 1., 2.
    seg = _segment("RESEARCH SUBAWARD AGREEMENT\nARTICLE 1. DEFINITIONS\nSection 1.01 Terms. Terms are defined here.\n"
                   "ARTICLE 2. FUNDING\nSection 2.01 Funds. PTE pays the costs.\nIN WITNESS WHEREOF, the parties have "
                   "signed.\nATTACHMENT 3A - FEDERAL FLOW-DOWN TERMS\n1. Uniform Guidance. 2 CFR 200 applies.\n2. Lobbying. "
                   "No federal funds are used for lobbying.\nATTACHMENT 3B - AGENCY-SPECIFIC TERMS\n1. Prior Approvals. "
                   "Requests go to PTE.\n2. Release of Information. The Subrecipient shall not release any information "
                   "unless PTE has given prior written approval.\n")
    annexes = [c for c in seg.clauses if c.kind == "annex"]
    assert [c.number for c in annexes] == ["ATTACHMENT 3A", "ATTACHMENT 3B"]
    assert [c.number for c in seg.clauses if c.parent == annexes[1].id] == ["1.", "2."]


def test_an_amendments_new_wording_of_an_original_article_is_part_of_the_amending_article() -> None:
    # set 1066: 「第2条　原契約第3条を次のように改める。」 over the new 「（研究期間）第3条…」, then the amendment's own 第3条
    seg = _segment("共同研究契約変更契約書\n（研究題目の変更）\n第1条　原契約第2条第1項中「解析」を「評価」に改める。\n（研究期間の変更）\n"
                   "第2条　原契約第3条を次のように改める。\n（研究期間）\n第3条　本共同研究の研究期間は、2027年3月31日までとする。\n"
                   "2　研究期間は、1年ごとに自動的に更新される。\n（研究経費の変更）\n第3条　原契約第5条第1項中「金12,000,000円」を"
                   "「金20,400,000円」に改める。\n（追加）\n第4条　原契約第10条の次に次の1条を加える。\n（データ）\n第10条の2　甲及び乙は、"
                   "データを管理する。\n（効力発生日）\n第5条　本変更契約は、署名の日から効力を生ずる。\n")
    articles = [c for c in seg.clauses if c.level == 1 and c.kind == "article"]
    assert [c.number for c in articles] == ["第1条", "第2条", "第3条", "第4条", "第5条"]
    assert "1年ごとに自動的に更新される" in articles[1].text
    assert "データを管理する" in articles[3].text


def test_hand_typed_article_headings_in_mixed_styles_are_all_articles() -> None:
    # set 1071: "Article 1.", "ARTICLE 2 -", "Art. 3", "Art 6." and "Art.15" in one memorandum
    seg = _segment("MEMORANDUM OF UNDERSTANDING\nArticle 1. Purpose\nThe Parties cooperate.\nARTICLE 2 - SCOPE\nOcean "
                   "engineering.\nArt. 3 Forms of Cooperation\nExchanges of staff.\nArt 4. Visiting Researchers\nEach Party "
                   "hosts visitors.\nArt.5 Term\nFive years.\n")
    assert [c.number for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == [
        "Article 1", "ARTICLE 2", "Art. 3", "Art 4", "Art.5"]


def test_word_headings_without_numbers_over_lettered_paragraphs_are_the_articles() -> None:
    # set 1182: sections in Word's Heading 1 style print no number, the title-case heading is all that is left
    from analyzer.ingest import load_document
    from tests.builders import docx_bytes

    data = docx_bytes([
        ("Title", "COLLABORATIVE RESEARCH AGREEMENT"),
        "This Agreement is made between Mikawa University (the \"University\") and Halvorsen Institute (the \"Partner\").",
        ("Heading 1", "Recitals"), "(A) The University studies gait.", "(B) The Partner builds models.",
        "NOW, THEREFORE, the Parties agree as follows:",
        ("Heading 1", "Definitions"), "In this Agreement the following words have these meanings:",
        "(a) \"Results\" means all outputs.", "(b) \"Project\" means the research.",
        ("Heading 1", "Purpose and Scope of the Project"), "(a) The Parties shall carry out the Project.",
        "(b) The Project is limited to gait sensing.",
        ("Heading 1", "Project Data and Human Participants"), "(a) The University obtains ethical approval.",
        "(b) Project Data are pseudonymised.",
        ("Heading 1", "Confidentiality"), "(a) Each Party keeps the other's information secret.",
        ("Heading 1", "Term and Termination"), "(a) This Agreement runs for two years.",
        "IN WITNESS WHEREOF the Parties have signed this Agreement.",
    ])
    document = load_document(data, name="cra.docx")
    top = [(c.kind, c.heading) for c in ClauseSegmenter()(document).clauses if c.level == 1
           and c.kind in ("article", "definitions")]
    assert top == [("definitions", "Definitions"), ("article", "Purpose and Scope of the Project"),
                   ("article", "Project Data and Human Participants"), ("article", "Confidentiality"),
                   ("article", "Term and Termination")]


def test_headings_in_capitals_over_lettered_paragraphs_are_the_articles() -> None:
    # set 1087: "BACKGROUND" / "(a) ...", then "DEFINITIONS" / "(a) ...", "GOVERNANCE" / "(a) ...": no article numbers
    seg = _segment("JOINT LABORATORY AGREEMENT\nThe Parties agree as follows.\nBACKGROUND\n(a) Hatsukari conducts research.\n"
                   "(b) Lindqvist operates a testbed.\nDEFINITIONS\n(a) \"Results\" means all outputs.\nGOVERNANCE\n(a) The "
                   "Parties shall establish a Board.\n(b) The Board meets yearly.\nFUNDING\n(a) Lindqvist shall contribute "
                   "funds.\nAPPOINTMENT OF THE PRINCIPAL INVESTIGATOR\n(a) The Principal Investigator shall be in residence "
                   "at Lindqvist.\n(b) Lindqvist shall pay a stipend.\nCONFIDENTIALITY\n(a) Each Party keeps the other's "
                   "information secret.\nIN WITNESS WHEREOF the Parties have signed.\n")
    top = [(c.kind, c.heading) for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    assert top == [("definitions", "DEFINITIONS"), ("article", "GOVERNANCE"), ("article", "FUNDING"),
                   ("article", "APPOINTMENT OF THE PRINCIPAL INVESTIGATOR"), ("article", "CONFIDENTIALITY")]


def test_a_markdown_bullet_with_a_bold_number_is_that_numbered_paragraph() -> None:
    # set 1230: "## Article 6 — Reporting" over "- **6.2** Each Visiting Researcher shall:" and its "  - (c)" bullets
    seg = _segment("# EXCHANGE AGREEMENT\n## Article 6 — Reporting\n- **6.1** The Host Supervisor shall meet the "
                   "Visiting Researcher.\n- **6.2** Each Visiting Researcher shall:\n  - (a) submit a research plan;\n"
                   "  - (c) submit a monthly account of the work.\n## Article 7 — Costs\n- **7.1** Each Party bears "
                   "its own costs.\n", "md")
    assert [c.number for c in seg.clauses if c.kind == "paragraph"] == ["6.1", "6.2", "7.1"]
    paragraph = next(c for c in seg.clauses if c.number == "6.2")
    assert paragraph.text.startswith("- **6.2** Each")
    assert "(c) submit a monthly account" in paragraph.text


def test_a_japanese_line_naming_a_body_in_latin_letters_stays_in_the_japanese_version() -> None:
    # set 1238: a two-column table, Japanese left and English right, read row by row; 「UTSP：国際部（UTSP International）」
    # is no line of the English version
    text = ("第1条（目的）\n本覚書は協力を定める。\nArticle 1 (Purpose)\nThis Memorandum sets out the cooperation.\n"
            "第2条（窓口）\n１　両当事者は、次の部署を窓口とする。\n宮浜工科大学：国際連携推進室\nUTSP：国際部（UTSP International）\n"
            "２　各当事者は、毎年度、活動の実績を報告する。\nArticle 2 (Contacts)\n1. The Parties designate the following "
            "offices as their contact points.\n2. Each Party shall report on its activities every year.\n")
    seg = _segment(text)
    english = next(c for c in seg.clauses if c.number == "Article 1")
    japanese = next(c for c in seg.clauses if c.number == "第2条")
    assert "第2条" not in english.text
    assert "UTSP International" in japanese.text
    assert english.end <= japanese.start


def test_sections_ruled_off_and_headed_in_capitals_without_numbers_are_the_articles() -> None:
    # set 1254: "-----" / "FUNDING" / prose, no numbers anywhere but the payment items (a), (b)
    text = ("RESEARCH SUPPORT AGREEMENT\n-----\nPARTIES\nThis Agreement is made between the Foundation and the "
            "University.\n-----\nPURPOSE OF THE SUPPORT\nThe Foundation supports the Project.\n-----\nFUNDING\nThe "
            "Foundation shall pay the Support in instalments:\n(a) USD 220,000 on signature;\n(b) USD 200,000 in 2026.\n"
            "-----\nCONFIDENTIALITY\nEach Party shall keep the other's information confidential.\n-----\nTERM AND "
            "TERMINATION\nEither Party may terminate this Agreement on notice.\n")
    seg = _segment(text)
    assert [c.heading for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")] == \
        ["PARTIES", "PURPOSE OF THE SUPPORT", "FUNDING", "CONFIDENTIALITY", "TERM AND TERMINATION"]
    funding = next(c for c in seg.clauses if c.heading == "FUNDING")
    assert "(b) USD 200,000" in funding.text


def test_a_plans_numbered_headings_after_a_long_title_line_are_its_paragraphs() -> None:
    # set 1281: 「１．研究題目」 / a 34-character title without a full stop / 「２．研究目的」 had read as one sentence run on
    seg = _segment("共同研究契約書\n第１条（目的）\n甲及び乙は、本研究を行う。\n第２条（研究計画）\n研究計画は別紙1のとおりとする。\n"
                   "別紙1　研究計画\n１．研究題目\n"
                   "硫化物系固体電解質と高ニッケル系正極活物質との界面安定化に関する研究\n２．研究目的\n界面の劣化機構を解明する。\n"
                   "３．研究分担\n乙は、解析を行う。\n")
    assert [c.number for c in seg.clauses if c.kind == "paragraph"] == ["１．", "２．", "３．"]


def test_a_number_that_continues_a_wrapped_sentence_is_no_paragraph() -> None:
    seg = _segment("共同研究契約書\n第１条（目的）\n甲は、乙に対し、別表に掲げる試料のうち番号１から番号５までに記載されたもの及び番号\n"
                   "２．に定める試料を提供する。\n第２条（期間）\n本契約の期間は一年とする。\n")
    assert not [c for c in seg.clauses if c.kind == "paragraph" and c.number == "２．"]


def test_sections_and_their_paragraphs_in_one_section_sign_style_are_articles_and_paragraphs() -> None:
    # set 1292: "§ 1 Definitions" / "§ 1.1 ..." / "§ 2 Research" / "§ 2.1 ...": the run through the dotted numbers is the
    # longer one, but the undotted numbers head its groups
    text = "SPONSORED RESEARCH AGREEMENT\n" + "".join(
        f"§ {n} Heading {n}\n" + "".join(f"§ {n}.{k} Text of paragraph {n}.{k} of the agreement.\n" for k in (1, 2, 3))
        for n in range(1, 6))
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind == "article"] == [f"§ {n}" for n in range(1, 6)]
    assert [c.number for c in seg.clauses if c.kind == "paragraph"][:4] == ["§ 1.1", "§ 1.2", "§ 1.3", "§ 2.1"]



def test_annex_headings_in_both_languages_open_the_annex_in_both_versions() -> None:
    # set 1350: a memorandum in alternating English and Japanese paragraphs, its appendices headed "Appendix 2 / 附属書2
    # Operating Guidelines / 実施要領"; the English version had read the appendices as part of its last article
    text = ("MEMORANDUM OF UNDERSTANDING / 覚書\nArticle 1 / 第1条 Purpose / 目的\n1. The Parties shall cooperate in "
            "research on volcanic gases.\n1. 両当事者は、火山ガスの研究において協力する。\nArticle 2 / 第2条 Term / 有効期間\n"
            "1. This Memorandum remains in force for five years from signature.\n1. 本覚書は、署名の日から5年間効力を有する。\n"
            "Appendix 1 / 附属書1 Host Facilities / 受入施設\n1. The host shall provide a desk and network access to each "
            "visitor.\n1. 受入機関は、各訪問者に机及びネットワーク接続を提供する。\n")
    seg = _segment(text)
    annexes = [c for c in seg.clauses if c.kind == "annex"]
    assert len(annexes) == 2
    last_articles = [c for c in seg.clauses if c.kind == "article" and c.number == "Article 2"]
    assert all("desk and network" not in c.text and "机及び" not in c.text for c in last_articles)


def test_a_bilingual_heading_wrapped_onto_a_second_line_opens_the_article_in_both_versions() -> None:
    # set 1385: "ARTICLE V  JOINT LABORATORY AND EXCHANGE OF RESEARCHERS" over "/  第5条　共同研究室及び研究者の交流" had
    # opened Article V in the English version only, its Japanese paragraphs left in Article IV
    text = ("MEMORANDUM / 覚書\nARTICLE I  PURPOSE  /  第1条　目的\n1. The Parties shall cooperate in research on "
            "sensing.\n１　両当事者は、センシングの研究において協力する。\nARTICLE II  JOINT LABORATORY AND EXCHANGE OF "
            "RESEARCHERS\n           /  第2条　共同研究室及び研究者の交流\n1. The Parties shall operate a joint laboratory "
            "in Sapporo.\n１　両当事者は、札幌に共同研究室を運営する。\nARTICLE III  TERM  /  第3条　期間\n1. This "
            "Memorandum remains in force for five years.\n１　本覚書は、5年間効力を有する。\n")
    seg = _segment(text)
    articles = [c for c in seg.clauses if c.kind == "article"]
    assert [c.number for c in articles].count("ARTICLE II") == 2
    assert all("共同研究室を運営" not in c.text for c in articles if c.number == "ARTICLE I")


def test_articles_pasted_from_the_other_sides_mail_with_quote_marks_are_the_agreements_own() -> None:
    # set 1388: an e-mail export whose Articles 6 and 9 were pasted from the partner's mail, each line opened by "> "; the
    # two articles had been read as part of the articles before them
    text = ("From: Saeki\nSubject: RE: contract\n\n共同研究契約書\n第5条（研究経費）\n乙は、研究経費を負担する。\n"
            "> 第6条（研究データの取扱い）\n> 甲及び乙は、研究データを本共同研究の目的の範囲内で利用することができる。\n"
            "> ２　甲は、研究データを乙のサーバへ転送する。\n第7条（秘密保持）\n甲及び乙は、秘密情報を第三者に開示しない。\n"
            "> 第8条（研究成果の公表）\n> 甲及び乙は、研究成果を公表することができる。\n第9条（準拠法）\n本契約は、日本法に準拠する。\n\n"
            "> Dear Dr Saeki,\n> For Articles 6 and 8 we would ask you to use the wording above.\n")
    seg = _segment(text)
    numbers = [c.number for c in seg.clauses if c.kind == "article"]
    assert numbers == ["第5条", "第6条", "第7条", "第8条", "第9条"]
    sixth = next(c for c in seg.clauses if c.number == "第6条")
    assert "サーバへ転送" in sixth.text
    assert not sixth.text.startswith(">")


def test_a_roman_run_above_the_signatures_outranks_an_attachments_numbered_list() -> None:
    # set 1410: a grant agreement headed "I. DEFINITIONS" ... "XVI. GENERAL" (Roman numbers, read as letters too) with a
    # project summary's objectives "1." ... "3." after the signatures; the three objectives had been read as its articles
    headings = ["DEFINITIONS", "GRANT", "PAYMENT", "USE OF FUNDS", "REPORTING", "CONFIDENTIALITY", "GENERAL"]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII"]
    body = "".join(f"{r}. {h}\n\n({chr(97 + k)}) The Parties agree on {h.lower()} as set out here.\n\n"
                   for k, (r, h) in enumerate(zip(romans, headings, strict=True)))
    text = ("GRANT AGREEMENT\n\nRECITALS\n\nA. The Foundation supports research.\n\nB. The Institute applied.\n\n"
            + body + "SIGNED for and on behalf of the parties:\n\nBy: (signed)\n\nANNEX A - PROJECT SUMMARY\n\n"
            "Objectives:\n 1. Deploy four recorders.\n 2. Quantify seasonal presence.\n 3. Relate presence to noise.\n")
    seg = _segment(text)
    assert [c.number for c in seg.clauses if c.kind in ("article", "definitions")] == [f"{r}." for r in romans]


def test_an_exchange_of_letters_ends_its_terms_at_the_formula_that_makes_the_letters_the_agreement() -> None:
    # set 1354: "If the foregoing terms are acceptable to the University, I have the further honour to propose ..." and
    # the reply letter had read as part of paragraph 11
    seg = _segment("Dear President Okabe,\nI have the honour to propose the following terms.\n1. Scope\n   The Academy and "
                   "the University shall cooperate in coastal research.\n2. Interpretation and law\n   This arrangement "
                   "shall be governed by the laws of Japan.\n\nIf the foregoing terms are acceptable to the University, I "
                   "have the further honour to propose that this letter and your reply shall together constitute an "
                   "arrangement.\n\nPlease accept the assurance of my highest consideration.\n(signed)\nHalvard Engstrand\n")
    law = next(c for c in seg.clauses if c.level == 1 and c.number.startswith("2"))
    assert law.kind == "article"
    assert "foregoing" not in law.text
    assert any(c.kind == "signature" and "foregoing" in c.text for c in seg.clauses)


def test_a_task_order_after_the_signatures_with_titled_paragraphs_is_an_instrument_of_its_own() -> None:
    # set 1374: "TASK ORDER No. 2" under a framework agreement, its units headed "Paragraph 1 (Title)", had read as part of
    # the signature block
    seg = _segment("FRAMEWORK AGREEMENT\nArticle 1 Purpose\nThe Parties cooperate in ocean acoustics.\nArticle 2 Task "
                   "Orders\nEach project is set out in a Task Order.\nArticle 3 Term\nThis Agreement runs five years.\n"
                   "IN WITNESS WHEREOF the Parties have signed this Agreement.\nFor the Institute: Hana Mori\nFor Kestrel: "
                   "Ian Bell\nTASK ORDER No. 2\nissued under the Framework Agreement\nParagraph 1 (Title)\nLong-term passive "
                   "acoustic monitoring.\nParagraph 2 (Period)\nFrom 1 July 2025 to 30 June 2027.\nParagraph 3 (Data)\nKestrel "
                   "may provide any Task Order Data to its authorities.\n")
    paragraphs = [c for c in seg.clauses if c.kind == "article" and c.number.startswith("Paragraph")]
    assert [c.number for c in paragraphs] == ["Paragraph 1", "Paragraph 2", "Paragraph 3"]
    assert all("Task Order Data" not in c.text for c in seg.clauses if c.kind == "signature")


def test_an_annex_titled_with_its_version_in_brackets_after_the_signatures_is_an_annex() -> None:
    # set 1526: "Annex A – Indicative Term Sheet (v6, clean, 27 May 2025)" had been read into the signature block
    text = ("LETTER OF INTENT\n1. Purpose\n1.1 The Parties intend to agree.\n2. Costs\n2.1 Each Party bears its costs.\n"
            "3. Law\n3.1 Japanese law governs.\nIN WITNESS WHEREOF, the Parties have executed this Letter.\nBy: ____\n"
            "Annex A – Indicative Term Sheet (v6, clean, 27 May 2025)\n1    No       Parties     The University.\n")
    seg = _segment(text)
    annex = [c for c in seg.clauses if c.kind == "annex"]
    assert [c.number for c in annex] == ["Annex A"]
    assert "Indicative Term Sheet" in annex[0].heading


def test_a_japanese_translation_keeps_roman_article_numbers_and_lettered_paragraphs() -> None:
    # set 1722: a reference translation of a US agreement, 「第I条（定義）」 … 「第XI条」 with paragraphs 「A．」「B．」
    seg = _segment("共同研究契約書（参考訳）\nコントラクター及び参加者は、次のとおり合意する。\n第I条（定義）\nA．「政府」とは、合衆国連邦政府を"
                   "いう。\nB．「DOE」とは、米国エネルギー省をいう。\n第II条（作業計画）\nA．別紙Aは、本契約に組み込まれる。\n"
                   "第III条（報告書）\nA．両当事者は、報告書を作成する。\nB．コントラクターは、要旨をDOEに提出する。\n第IV条（公表）\n"
                   "A．各当事者は、成果を公表することができる。\n")
    articles = [c for c in seg.clauses if c.level == 1 and c.kind in ("article", "definitions")]
    # (a lone 「第I条」 is read as the 「第1条」 an OCR layer misreads so; the number is the same)
    assert len(articles) == 4
    assert [c.number for c in articles][1:] == ["第II条", "第III条", "第IV条"]
    third = articles[2]
    assert [c.number for c in seg.clauses if c.parent == third.id] == ["A．", "B．"]


def test_special_terms_after_the_signatures_that_go_on_from_the_last_article_are_articles() -> None:
    # set 1727: 「第２０条（特約条項及び正本）」, the signatures, a 「特約条項」 page and then 「第２１条」…「第２５条」, each with
    # numbered paragraphs: the run of articles goes on (the paragraphs had hidden each article's text, and the articles
    # had been read as paragraphs of an annex)
    text = ("受託研究契約書\n第１条（目的）\n甲は、研究を行う。\n第２条（経費）\n乙は、経費を支払う。\n第３条（特約条項）\n１\u3000末尾の特約条項は、"
            "本契約に優先する。\n２\u3000本契約は日本語を正本とする。\n本契約締結の証として本書２通を作成する。\n甲\u3000国立大学法人近江大学\n"
            "乙\u3000Sawira Bio-Research Sdn. Bhd.\n特約条項\n本特約条項は、本契約第３条により本契約に優先する。\n第４条（知的財産権の特例）\n"
            "１\u3000第２条の規定にかかわらず、甲の研究担当者が単独で又は乙の研究担当者と共同でなした発明等に係る甲の権利は、甲が報告書を乙に"
            "提出した日をもって乙に譲渡されたものとみなす。\n２\u3000乙は、前項の譲渡の対価として、発明等１件につき金３００，０００円を甲に支払う。\n"
            "第５条（公表の特例）\n１\u3000乙は、公表の通知を受けた日から３０日以内に、当該公表の内容について甲に異議を申し出ることができる。\n"
            "２\u3000甲は、当該異議に係る事項が解消された旨の乙の書面による確認を得るまで、当該公表を行わないものとする。\n")
    assert [number for number, _ in _top(text)] == ["第１条", "第２条", "第３条", "第４条", "第５条"]


def test_the_next_paragraph_after_an_items_wrapped_line_is_a_paragraph_not_its_continuation() -> None:
    # set 1745: item 「六」 wraps onto a second line that ends without 。, and 「３\u3000甲又は乙は、法令に基づき…」 had
    # been read as that line's continuation: the compelled-disclosure paragraph's safeguards then hid the item's
    # disclosure to the partner's bodies
    seg = _segment("共同研究契約書\n第１条（目的）\n甲及び乙は、研究を行う。\n第２条（秘密保持）\n甲及び乙は、秘密情報を開示してはならない。\n"
                   "２\u3000前項の規定は、次の各号のいずれかに該当する場合については、適用しない。\n一\u3000公知の情報\n"
                   "二\u3000乙が、その関係機関に対し、当該関係機関の所掌事務の遂行に必要な範囲で、又はその監督\n"
                   "上の求めに応じて、秘密情報（甲から提供された研究データを含む。）を開示する場合\n"
                   "３\u3000甲又は乙は、法令に基づき裁判所から秘密情報の開示を求められた場合には、これを開示することができる。\n"
                   "第３条（期間）\n本契約の期間は一年とする。\n")
    second = next(c for c in seg.clauses if c.number == "第２条")
    assert [c.number for c in seg.clauses if c.parent == second.id] == ["", "２", "３"]


def test_an_amendments_paragraphs_with_a_period_and_a_title_are_its_units() -> None:
    # set 1769: "Paragraph 4. New Article 7A (Real-Time Data Exchange)" had left paragraphs 5 to 15 inside paragraph 4
    # (a wrapped "Paragraph 2. The Parties shall ..." is a sentence, not a heading)
    seg = _segment("AMENDMENT No. 2\nParagraph 1. Interpretation\n1.1 Terms have the Agreement's meanings.\nParagraph 2. "
                   "New Article 7A (Real-Time Data Exchange)\nThe following Article 7A is inserted:\n\"Article 7A  Real-Time "
                   "Data Exchange\n1. Each Party shall stream its data.\"\nParagraph 3. Acknowledgement of Networks; "
                   "Publication\nA new paragraph is added to Article 11, as provided in\nParagraph 2. The Parties shall "
                   "acknowledge networks.\nParagraph 4. Effect of this Amendment\nThe Agreement otherwise remains "
                   "unchanged.\n")
    units = [c.number for c in seg.clauses if c.parent is None and c.kind in ("article", "definitions")]
    assert units == ["Paragraph 1", "Paragraph 2", "Paragraph 3", "Paragraph 4"]
