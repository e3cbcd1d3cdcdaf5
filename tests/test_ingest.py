"""Ingestion: real files built by the tests go through the real parsers; bad input gets its own status."""

from __future__ import annotations

import io
import zipfile

import pytest

from analyzer.engine import AnalyzerEngine
from analyzer.ingest import IngestOptions, load_document
from analyzer.ingest.ocr import ocr_unavailable_reason
from analyzer.ingest.pdflines import RawLine, clean_line, join_hyphenated
from tests.builders import (
    EN_AGREEMENT,
    JA_AGREEMENT,
    docx_bytes,
    encrypted_pdf_bytes,
    numbered_docx_bytes,
    pdf_bytes,
    scanned_pdf_bytes,
)

JA_TEXT = "第1条（目的）\n本契約は、甲及び乙の共同研究について定める。\n２　甲は、研究成果を公表できる。\n"


# fmt: off
BAD_INPUT = [
    pytest.param(b"", "empty", "empty", id="empty-file"),
    pytest.param(b"   \n\t ", "empty", "empty", id="whitespace-only"),
    pytest.param(pdf_bytes([["Article 1"]])[:300], "corrupt", "damaged", id="truncated-pdf"),
    pytest.param(b"%PDF-1.7\n" + b"\x00garbage" * 50, "corrupt", "damaged", id="pdf-header-then-garbage"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unsupported", ".docx", id="legacy-word-doc"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "unsupported", "image", id="png-image"),
    pytest.param(b"{\\rtf1\\ansi hello}", "unsupported", "RTF", id="rtf"),
    pytest.param(docx_bytes(["x"])[:200], "corrupt", "truncated", id="truncated-docx"),
]
# fmt: on


@pytest.mark.parametrize(("data", "status", "hint"), BAD_INPUT)
def test_when_input_is_bad_then_it_gets_its_own_status_and_a_message(data: bytes, status: str, hint: str) -> None:
    document = load_document(data, name="upload")
    assert document.status == status
    assert hint.lower() in (document.error or "").lower()
    assert document.text == ""


def test_when_the_file_is_a_zip_archive_then_it_is_unsupported_with_advice() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    document = load_document(buffer.getvalue())
    assert document.status == "unsupported"
    assert "unpack" in document.error


def test_when_a_pdf_is_encrypted_then_the_status_says_so_and_the_password_opens_it() -> None:
    data = encrypted_pdf_bytes("s3cret")
    locked = load_document(data)
    assert locked.status == "encrypted"
    assert "--password" in locked.error
    wrong = load_document(data, options=IngestOptions(password="nope"))
    assert wrong.status == "encrypted"
    opened = load_document(data, options=IngestOptions(password="s3cret"))
    assert opened.status == "ok"
    assert "Article 1 Purpose" in opened.text


def test_when_a_file_exceeds_the_size_or_page_limit_then_it_is_too_large(tmp_path) -> None:
    data = pdf_bytes([["page one"], ["page two"], ["page three"]])
    assert load_document(data, options=IngestOptions(max_bytes=100)).status == "too_large"
    too_many = load_document(data, options=IngestOptions(max_pages=2))
    assert too_many.status == "too_large"
    assert "--max-pages" in too_many.error
    path = tmp_path / "big.pdf"
    path.write_bytes(data)
    assert load_document(path, options=IngestOptions(max_bytes=100)).status == "too_large"


def test_when_the_path_is_missing_or_a_folder_then_the_status_says_so(tmp_path) -> None:
    assert load_document(tmp_path / "nope.pdf").status == "not_found"
    assert load_document(tmp_path).status == "unsupported"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16", "utf-16-le"])
def test_japanese_text_is_decoded_whatever_its_encoding(encoding: str) -> None:
    document = load_document(JA_TEXT.encode(encoding))
    assert document.status == "ok"
    assert document.text == JA_TEXT
    assert document.language == "ja"


def test_an_english_text_saved_by_windows_is_decoded_as_windows_1252() -> None:
    # set 1052: its curly quotes, dashes and section signs had been read as Central European letters ("ž 1")
    text = ("MUTUAL NON-DISCLOSURE AGREEMENT\r\n(Evaluation \u2013 Stretchable Electrodes)\r\n\r\nThis Agreement (this "
            "\u201cAgreement\u201d) is made between the University and the Company.\r\n\r\n\u00a7 1  PURPOSE\r\n\r\n"
            "1.1   The Parties will disclose information for the \u201cPurpose\u201d.\r\n\r\n\u00a7 2  TERM\r\n\r\n"
            "2.1   The University\u2019s obligations end after five years.\r\n")
    document = load_document(text.encode("cp1252"), name="nda.txt")
    assert document.text == text.replace("\r\n", "\n")
    assert "decoded as cp1252" in document.warnings


def test_a_web_page_saved_as_text_has_its_character_references_read_and_its_articles_found() -> None:
    # set 1286: "Article&nbsp;8&nbsp;&nbsp;Obligations", "R&amp;D" and lines of "&nbsp;" from an intranet page
    text = ("Home &gt; Agreements &gt; Europe\n&nbsp;\nAGREEMENT ON THE EXCHANGE OF VISITING RESEARCHERS\n&nbsp;\n"
            "Article&nbsp;1&nbsp;&nbsp;Purpose\n1.1&nbsp;&nbsp;Exchange of R&amp;D staff.\n&nbsp;\n"
            "Article&nbsp;2&nbsp;&nbsp;Term\n2.1&nbsp;&nbsp;Three years.\n")
    document = load_document(text.encode("utf-8"), name="page.txt")
    assert "Article 1  Purpose" in document.text
    assert "R&D staff" in document.text
    assert "&nbsp;" not in document.text
    assert any("character references" in warning for warning in document.warnings)
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="page.txt")
    assert [c.number for c in result.top_level() if c.kind == "article"] == ["Article 1", "Article 2"]


def test_an_ampersand_in_a_plain_text_is_left_as_it_is() -> None:
    text = "RESEARCH AGREEMENT\nArticle 1 Purpose\n1.1 Research &amp; teaching, as the page had it once.\n"
    assert load_document(text.encode("utf-8"), name="a.txt").text == text


def test_yen_signs_and_section_signs_mark_an_english_text_as_windows_1252() -> None:
    # set 1292: "§ 5.1 ... ¥ 12,000,000" with curly quotes had been read as Central European ("Ą 12,000,000")
    text = ("SPONSORED RESEARCH AGREEMENT\r\n\r\n\u00a7 5 Research Funds\r\n\u00a7 5.1 The Sponsor shall pay "
            "\u00a5 12,000,000 to the University\u2019s account.\r\n\u00a7 5.2 A further \u00a5 3,000,000 is "
            "payable on the \u201cInterim Report\u201d.\r\n\u00a7 6 Term\r\n\u00a7 6.1 Three years.\r\n")
    document = load_document(text.encode("cp1252"), name="sra.txt")
    assert document.text == text.replace("\r\n", "\n")


def test_a_form_feed_in_a_text_file_starts_a_page_and_the_section_after_it_is_found() -> None:
    # set 383: a printed text with "Page 4 of 8" footers and "\f9.  USE OF NAMES" at the top of the next page
    text = ("SPONSORED RESEARCH AGREEMENT\n1.  PURPOSE\n1.1 Joint research.\n          Page 1 of 2\n"
            "\f2.  USE OF NAMES\n2.1 Neither Party uses the other's name.\n3.  TERM\n3.1 Three years.\n")
    document = load_document(text.encode("utf-8"), name="sra.txt")
    assert len(document.text) == len(text)  # offsets stay the file's: the form feed reads as a line break
    assert [page.number for page in document.pages] == [1, 2]
    assert document.text[document.pages[1].start:].startswith("2.  USE OF NAMES")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="sra.txt")
    assert [c.number for c in result.top_level() if c.kind == "article"] == ["1.", "2.", "3."]
    assert next(c for c in result.clauses if c.number == "2.").pages == (2,)


def test_format_is_sniffed_from_bytes_not_the_name() -> None:
    pdf = load_document(pdf_bytes([["Article 1 Purpose"]]), name="contract.txt")
    assert pdf.format == "pdf"
    docx = load_document(docx_bytes(["Article 1 Purpose"]), name="contract.pdf")
    assert docx.format == "docx"
    markdown = load_document(b"# Agreement\n\n## Article 1\n\n**Bold** text\n\n- item\n")
    assert markdown.format == "md"


def test_pdf_text_drops_running_headers_footers_and_page_numbers() -> None:
    bodies = ["The parties will cooperate on research.", "Each party bears its own costs.", "Japanese law governs."]
    pages = [[f"Article {n} Heading", bodies[n - 1]] for n in range(1, 4)]
    document = load_document(pdf_bytes(pages, header="CONFIDENTIAL - Hokuto University", footer="Page {n} of {total}"))
    assert document.status == "ok"
    assert "CONFIDENTIAL" not in document.text
    assert "Page" not in document.text
    assert document.text.splitlines()[:2] == ["Article 1 Heading", "The parties will cooperate on research."]
    assert [p.number for p in document.pages] == [1, 2, 3]


EN_PAGE = ["Article 1 Purpose", "The parties will cooperate on research into sensors."] + [
    f"{n}.{k} The parties shall perform task {k} of the work plan in good faith." for n in (2, 3) for k in range(1, 7)]
JA_PAGE = ["第1条（目的）", "本契約は、共同研究の条件を定める。"] + [
    f"{k}　甲及び乙は、研究計画の第{k}項の作業を誠実に行う。" for k in range(2, 14)]


@pytest.mark.parametrize("page", [EN_PAGE, JA_PAGE], ids=["en", "ja"])
def test_line_numbers_printed_in_the_margin_are_not_part_of_the_text(page: list[str]) -> None:
    pages = [page, [page[0].replace("1", "4"), page[1][::-1], *page[2:]]]
    numbered = load_document(pdf_bytes(pages, line_numbers=True))
    plain = load_document(pdf_bytes(pages))
    assert numbered.text == plain.text
    assert numbered.text.splitlines()[:len(page)] == page


def test_a_short_numbered_list_on_a_page_keeps_its_numbers() -> None:
    page = ["Schedule 1 Contributions", "1 Equipment of the University", "2 Staff of the Partner", "3 Funds"]
    document = load_document(pdf_bytes([page]))
    assert document.text.splitlines() == page


def test_pdf_japanese_text_loses_spurious_spaces_but_keeps_ideographic_ones() -> None:
    lines = ["第 34 条（期間）", "本契約は 2024 年 4 月 1 日から有効とする。", "２　甲は通知する。"]
    document = load_document(pdf_bytes([lines], footer="- {n} -"))
    assert document.text.splitlines() == ["第34条（期間）", "本契約は2024年4月1日から有効とする。", "２　甲は通知する。"]


def test_pdf_lines_carry_boxes_on_their_page() -> None:
    document = load_document(pdf_bytes([["Article 1 Purpose", "Text."], ["Article 2 Term", "More text."]]))
    second_page = [line for line in document.lines if line.page == 2]
    assert second_page
    assert all(line.box is not None and line.box.page == 2 for line in second_page)
    first = document.lines[0]
    assert first.box.top < first.box.bottom  # top-left origin, like pdfplumber
    assert 60 < first.box.x0 < 80  # drawn at x = 72 pt


# fmt: off
HYPHENATION = [
    pytest.param(["The parties shall collabo-", "rate on research."], ["The parties shall collaborate on research."],
                 "", id="word-split-across-lines-is-joined"),
    pytest.param(["a long-", "term plan"], ["a long-term plan"], "", id="compound-keeps-its-hyphen"),
    pytest.param(["the anti\ufffe", "social forces clause"], ["the anti-social forces clause"], "",
                 id="pdfium-soft-hyphen-in-compound"),
    pytest.param(["confiden\ufffe", "tial information"], ["confidential information"], "confidential",
                 id="pdfium-soft-hyphen-in-word"),
]
# fmt: on


@pytest.mark.parametrize(("lines", "expected", "vocabulary_word"), HYPHENATION)
def test_english_hyphenation_at_line_end(lines: list[str], expected: list[str], vocabulary_word: str) -> None:
    raw = [RawLine(list(text), list(range(100 * i, 100 * i + len(text))), 1) for i, text in enumerate(lines)]
    words = {vocabulary_word} if vocabulary_word else set()
    out = join_hyphenated([clean_line(line) for line in raw], (words, set()))
    assert [line.text for line in out] == expected


def test_cleaned_line_remembers_the_source_index_of_every_character() -> None:
    line = clean_line(RawLine(list("第 3 条 本契約"), list(range(10, 19)), 1))
    # the space after the article number that opens the line stays: it parts the number from the text, as in a DOCX
    assert line.text == "第3条 本契約"
    assert line.src == [10, 12, 14, 15, 16, 17, 18]
    line = clean_line(RawLine(list("甲 及び 乙は、第 3 条 に定める"), list(range(17)), 1))
    assert line.text == "甲及び乙は、第3条に定める"


def test_docx_keeps_paragraphs_and_tables_in_order_and_drops_headers_and_footers() -> None:
    data = docx_bytes(["Article 1 Purpose", "Text of article one."], header="DRAFT HEADER", footer="Page 1",
                      table=[["Party", "Role"], ["Hokuto University", "Home"]])
    document = load_document(data)
    assert document.status == "ok"
    assert document.text.splitlines() == [
        "Article 1 Purpose", "Text of article one.", "Party", "Role", "Hokuto University", "Home",
    ]


@pytest.mark.parametrize(("rows", "lines"), [
    # set 651: an agreement laid out as a table, the clause numbers in the left column
    ([["1", "DEFINITIONS"], ["1.1", "\"Affiliate\" means a controlled entity."], ["2", "PURPOSE"],
      ["2.1", "The Parties collaborate."]],
     ["1 DEFINITIONS", "1.1 \"Affiliate\" means a controlled entity.", "2 PURPOSE", "2.1 The Parties collaborate."]),
    ([["第1条", "（目的）本契約は目的を定める。"], ["第2条", "（秘密保持）甲及び乙は秘密を守る。"]],
     ["第1条 （目的）本契約は目的を定める。", "第2条 （秘密保持）甲及び乙は秘密を守る。"]),
    # a table of figures or names is read cell by cell as before, and a figure in a later column numbers nothing
    ([["Party", "Role"], ["2025", "Year one"]], ["Party", "Role", "2025", "Year one"]),
    ([["2027/28", "Tasman Endeavour", "26", "Subantarctic Front"]], ["2027/28", "Tasman Endeavour", "26",
                                                                    "Subantarctic Front"]),
])
def test_a_clause_number_alone_in_a_table_cell_starts_the_line_of_the_cell_beside_it(rows: list, lines: list) -> None:
    document = load_document(docx_bytes(["AGREEMENT"], table=rows))
    assert document.text.splitlines() == ["AGREEMENT", *lines]


def test_docx_word_automatic_numbering_is_rendered_as_word_shows_it() -> None:
    data = numbered_docx_bytes([
        (None, "秘密保持契約書"), (0, "（目的）"), (None, "本契約は目的を定める。"), (0, "（秘密情報）"),
        (1, "受領者は秘密を守る。"), (1, "受領者は次の場合に開示できる。"), (2, "法令による場合"), (2, "同意がある場合"),
        (0, "（期間）"),
    ])
    document = load_document(data)
    assert document.text.splitlines() == [
        "秘密保持契約書", "第1条 （目的）", "本契約は目的を定める。", "第2条 （秘密情報）", "１ 受領者は秘密を守る。",
        "２ 受領者は次の場合に開示できる。", "(1) 法令による場合", "(2) 同意がある場合", "第3条 （期間）",
    ]


def test_docx_numbering_restarts_a_level_under_the_level_its_lvlrestart_names() -> None:
    # set 1030: "%1.%2" with lvlRestart 1 starts again at 2.1 under article 2 (it had run on to 2.3), and "(%3)" with
    # lvlRestart 2 at (a) under each sub-clause
    data = numbered_docx_bytes(
        [(0, "Definitions"), (1, "First."), (1, "Second."), (0, "Publication"), (1, "Third."), (2, "an item"),
         (1, "Fourth."), (2, "another item")],
        formats=(("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")), restarts=(None, 1, 2))
    assert load_document(data).text.splitlines() == [
        "1. Definitions", "1.1 First.", "1.2 Second.", "2. Publication", "2.1 Third.", "(a) an item", "2.2 Fourth.",
        "(a) another item"]


def test_docx_kanji_numbering_formats() -> None:
    data = numbered_docx_bytes([(0, "（協議）")] * 12, formats=(("japaneseCounting", "第%1条"),))
    assert load_document(data).text.splitlines()[-1] == "第十二条 （協議）"


@pytest.mark.ocr
def test_scanned_pdf_is_ocred_when_ocr_is_installed() -> None:
    if ocr_unavailable_reason():
        pytest.skip(ocr_unavailable_reason())
    document = load_document(scanned_pdf_bytes(["Article 1 Purpose", "The parties will cooperate."]))
    assert document.status == "ok"
    assert "Article 1" in document.text
    assert document.pages[0].ocr
    assert any("OCR applied" in w for w in document.warnings)


@pytest.mark.ocr
def test_scanned_japanese_pdf_is_ocred() -> None:
    if ocr_unavailable_reason():
        pytest.skip(ocr_unavailable_reason())
    document = load_document(scanned_pdf_bytes(["共同研究契約書", "第1条（目的）", "本契約は共同研究について定める。"]))
    assert document.status == "ok"
    assert "共同研究" in document.text
    assert document.language == "ja"


def test_scanned_pdf_without_ocr_gets_needs_ocr_and_the_command_to_enable_it(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    ocr_unavailable_reason.cache_clear()
    try:
        document = load_document(scanned_pdf_bytes(["Article 1 Purpose"]))
    finally:
        ocr_unavailable_reason.cache_clear()
    assert document.status == "needs_ocr"
    assert "tesseract" in document.error
    assert "apt-get install" in document.error


def test_scanned_pdf_with_ocr_switched_off_needs_ocr() -> None:
    document = load_document(scanned_pdf_bytes(["Article 1 Purpose"]), options=IngestOptions(ocr="never"))
    assert document.status == "needs_ocr"
    assert "--ocr auto" in document.error


def test_a_garbled_text_layer_is_flagged_with_a_low_quality_score() -> None:
    garbage = ["Tbe Un1versity sha11 prov1de the Partuer witb tbe resu1ts of tlie researcb." for _ in range(10)]
    document = load_document(pdf_bytes([garbage, ["Article 1 Purpose", "The parties will cooperate on research."]]),
                             options=IngestOptions(ocr="never"))
    assert document.status == "ok"
    assert document.pages[0].quality < 0.6 <= document.pages[1].quality
    assert any("poor text layer" in w and "--ocr force" in w for w in document.warnings)


def test_a_japanese_page_with_a_reference_code_in_its_header_is_a_good_text_layer() -> None:
    from analyzer.ingest.quality import POOR_QUALITY, text_quality

    # set 308: "JAFRD-ASN-2025-017" at the top of a page of Japanese articles made it look like an old OCR layer
    page = ("JAFRD-ASN-2025-017\n第二十二条 いずれかの当事者が本契約に違反し、他の当事者から書面により催告を受けたにもかかわらず30日"
            "以内に是正しないときは、他の当事者は、本契約を解除することができる。\n2 前項の解除は、損害賠償の請求を妨げない。\n"
            "3 第1項の規定は、第20条の2に定める場合に準用する。\n") * 3
    assert text_quality(page) >= POOR_QUALITY
    assert text_quality("Tbe Un1versity sha11 prov1de the Partuer witb tbe resu1ts of tlie researcb. " * 10) < POOR_QUALITY


@pytest.mark.parametrize("lines", [JA_AGREEMENT, EN_AGREEMENT], ids=["ja", "en"])
def test_the_same_agreement_reads_the_same_from_pdf_docx_and_txt(lines: list[str]) -> None:
    from_pdf = load_document(pdf_bytes([lines[:9], lines[9:]], footer="- {n} -"))
    from_docx = load_document(docx_bytes(lines))
    from_txt = load_document("\n".join(lines).encode("utf-8"))
    assert from_pdf.text.splitlines() == from_docx.text.splitlines() == from_txt.text.splitlines() == list(lines)


def test_evidence_words_are_found_on_their_page_with_pdfplumber() -> None:
    from analyzer.ingest.positions import search_boxes

    data = pdf_bytes([["Article 1 Purpose", "The Partner shall approve every publication."]])
    boxes = search_boxes(data, 1, "shall approve every")
    assert len(boxes) == 1
    box = boxes[0]
    assert box.page == 1
    assert box.x0 > 72
    assert box.x1 > box.x0
    assert box.bottom > box.top
    line = load_document(data).lines[1].box
    assert line.top - 2 <= box.top
    assert box.bottom <= line.bottom + 2


@pytest.mark.parametrize("lines", [JA_AGREEMENT, EN_AGREEMENT], ids=["ja", "en"])
def test_pdf_and_docx_twins_give_the_same_clause_list(lines: list[str]) -> None:
    from analyzer.engine import AnalyzerEngine

    engine = AnalyzerEngine(stages=[])
    from_pdf = engine.analyze(pdf_bytes([lines[:9], lines[9:]]), name="a.pdf")
    from_docx = engine.analyze(docx_bytes(lines), name="a.docx")

    def outline(result):
        return [(c.kind, c.level, c.number, c.heading, c.text) for c in result.clauses]

    assert outline(from_pdf) == outline(from_docx)
    assert len(from_pdf.clauses) >= 8


@pytest.mark.ocr
@pytest.mark.parametrize(("lines", "languages"), [
    (["共同研究契約書", "第1条（目的）", "本契約は、甲と乙が行う共同研究について定める。", "第2条（研究の実施）",
      "甲及び乙は、別紙の研究計画に従い本研究を実施する。"], ("jpn",)),
    (["RESEARCH AGREEMENT", "Article 1 Purpose", "The parties will cooperate in marine research.",
      "Article 2 Term", "This Agreement remains in force for three years."], ("jpn", "eng")),
], ids=["a-japanese-page-is-read-with-the-japanese-model-alone", "an-english-page-keeps-both-models"])
def test_the_ocr_language_follows_the_script_of_the_page(lines: list, languages: tuple) -> None:
    if ocr_unavailable_reason():
        pytest.skip(ocr_unavailable_reason())
    from analyzer.ingest.ocr import _languages_for

    assert _languages_for(scanned_pdf_bytes(lines), 1, None) == languages


def test_japanese_and_english_side_by_side_are_read_column_by_column() -> None:
    # blind set 166: PDFium joins the two halves of each row into one line; the page is read as its Japanese column,
    # then its English one, so each language version of the agreement holds only its own sentences
    rows = [("学術交流協定書", "Agreement on Academic Exchange"),
            ("第1条（目的）", "Article 1 (Purpose)"),
            ("本協定は、両大学の交流を定める。", "This Agreement sets out the exchange."),
            ("第2条（交流の内容）", "Article 2 (Activities)"),
            ("両大学は、研究者を交流する。", "The Universities exchange researchers."),
            ("第3条（有効期間）", "Article 3 (Term)"),
            ("本協定の期間は五年とする。", "This Agreement has a term of five years."),
            ("第3条の2（延長）", "Article 3-2 (Extension)"),
            ("期間は協議により延長できる。", "The term may be extended by agreement.")]
    document = load_document(pdf_bytes([rows]))
    lines = document.text.split("\n")
    assert "第1条（目的）" in lines
    assert "Article 1 (Purpose)" in lines
    assert lines.index("期間は協議により延長できる。") < lines.index("Agreement on Academic Exchange")
    from analyzer.segment import ClauseSegmenter

    clauses = ClauseSegmenter()(document).clauses
    index = {c.id: c for c in clauses}
    linked = {c.number: index[c.parallel].number for c in clauses if c.kind == "article" and c.parallel}
    assert linked["第3条の2"] == "Article 3-2"
    assert linked["Article 1"] == "第1条"


def test_a_japanese_page_with_english_terms_is_not_taken_for_two_columns() -> None:
    rows = ["共同研究契約書", "第1条（定義）", "本契約において Background IP とは、各当事者が保有する知的財産をいう。",
            "第2条（目的）", "甲及び乙は、Machine Learning Models の共同研究を行う。", "第3条（期間）",
            "本契約の期間は三年とする。"]
    lines = load_document(pdf_bytes([rows])).text.split("\n")
    assert any("Background IP" in line and "知的財産をいう" in line for line in lines)
    assert any("Machine Learning Models" in line and "共同研究を行う" in line for line in lines)


def _margin_heading_pdf() -> bytes:
    """Clause text in a column at x=200 and its headings in a left margin column, drawn after the text of the page
    (as a Word layout exported to PDF draws them)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    body = [("1.1 The Parties carry out the Project in Schedule 1.", 760),
            ("1.2 Each Party bears the costs of its own part.", 746),
            ("2.1 Each Party keeps the other's information secret.", 714),
            ("2.2 Public information is not confidential.", 700),
            ("3.1 This Agreement is governed by the laws of Japan.", 668)]
    for text, y in body:
        pdf.drawString(200, y, text)
    for text, y in [("1. The Project", 760), ("2. Confidentiality", 714), ("3. Governing Law", 668)]:
        pdf.drawString(48, y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_clause_headings_in_a_left_margin_column_stand_where_they_are_printed() -> None:
    document = load_document(_margin_heading_pdf(), "margin.pdf")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    for heading, first in [("1. The Project", "1.1"), ("2. Confidentiality", "2.1"), ("3. Governing Law", "3.1")]:
        assert heading in lines
        assert lines[lines.index(heading) + 1].startswith(first)


def _japanese_margin_label_pdf() -> bytes:
    """A Japanese contract whose 「第N条」 labels stand in small type in a left margin box beside the larger 「（見出し）」
    line, drawn after the page's text (set 1214)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    body = [("（目的）", 760), ("本契約は、甲及び乙が共同研究を行うに当たり、必要な事項を定めるものである。", 744),
            ("（秘密保持）", 712), ("甲及び乙は、相手方から開示を受けた秘密情報を第三者に開示してはならない。", 696),
            ("（準拠法）", 664), ("本契約は、日本法に準拠し、日本法に従って解釈されるものとする。", 648)]
    for text, y in body:
        pdf.setFont("HeiseiMin-W3", 11 if text.startswith("（") else 9.5)
        pdf.drawString(110, y, text)
    pdf.setFont("HeiseiMin-W3", 8)
    for text, y in [("第1条", 762), ("第2条", 714), ("第3条", 666)]:
        pdf.drawString(56, y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_article_labels_in_a_japanese_margin_box_stand_before_their_headings() -> None:
    lines = [line.strip() for line in load_document(_japanese_margin_label_pdf(), "margin.pdf").text.splitlines()
             if line.strip()]
    for label, heading in [("第1条", "（目的）"), ("第2条", "（秘密保持）"), ("第3条", "（準拠法）")]:
        assert label in lines
        assert lines[lines.index(label) + 1] == heading


def _letter_spaced_pdf(spacing: str) -> bytes:
    """Headings drawn letter-spaced, either typed with a space between letters (two before the number) or drawn with
    character spacing, above body text in the usual spacing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    y = 780
    for heading, body in [("JOINT RESEARCH AGREEMENT", "This Agreement is made between the Parties."),
                          ("ARTICLE 1", "The Parties carry out the Project."),
                          ("ARTICLE 12", "This Agreement is governed by the laws of Japan.")]:
        text = pdf.beginText(200, y)
        text.setFont("Helvetica-Bold", 12)
        if spacing == "typed":
            text.textOut("  ".join(" ".join(word) for word in heading.split()))
        else:
            text.setCharSpace(5)
            text.textOut(heading)
            text.setCharSpace(0)
        pdf.drawText(text)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, y - 18, body)
        y -= 50
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize("spacing", ["typed", "character-spacing"])
def test_letter_spaced_headings_are_read_as_their_words(spacing: str) -> None:
    document = load_document(_letter_spaced_pdf(spacing), "spaced.pdf")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    assert lines[0] == "JOINT RESEARCH AGREEMENT"
    assert "ARTICLE 1" in lines
    assert "ARTICLE 12" in lines
    assert lines[lines.index("ARTICLE 12") + 1] == "This Agreement is governed by the laws of Japan."
    boxes = [line.box for line in document.lines if document.text[line.start:line.end].strip() == "ARTICLE 12"]
    assert boxes
    assert boxes[0] is not None
    assert boxes[0].x0 >= 199


def test_a_table_row_of_single_figures_keeps_its_spaces() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawString(72, 780, "Annex 2 Milestones by year of the Project")
    for column, figure in enumerate("12345"):
        pdf.drawString(100 + 60 * column, 760, figure)
    pdf.showPage()
    pdf.save()
    lines = [line.strip() for line in load_document(out.getvalue(), "table.pdf").text.splitlines()]
    assert "1 2 3 4 5" in lines


def _footnoted_pdf(language: str) -> bytes:
    """Two articles in 11-point type, a superscript mark after the first article's sentence and its footnote in
    8-point type at the foot of the page, below the second article."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    mark, label, mark_size = "1", "1", 7
    if language == "ja-kome":  # 「…許諾する。※1」 in body type, 「※1 …」 at the foot
        mark, label, mark_size, language = "※1", "※1", 11, "ja"
    if language == "ja":
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
        font = "HeiseiMin-W3"
        body = [("第1条（実施許諾）", None), ("甲は、乙に対し、研究期間中に限り、背景知的財産の実施を許諾する。", mark),
                ("第2条（秘密保持）", None), ("甲及び乙は、相手方の秘密情報を第三者に開示してはならない。", None),
                ("各当事者は、本契約終了後も３年間、本条の義務を負う。", None)]
        note = "前条の許諾は、本契約の終了後も無期限に存続する。"
    else:
        font = "Helvetica"
        body = [("Article 1 Licence", None), ("Each Party grants the other a licence for the Term.", mark),
                ("Article 2 Confidentiality", None), ("Each Party keeps the other's information secret.", None),
                ("The obligations of this Article survive for three years.", None)]
        note = "The licence under Article 1 continues after the Term on a perpetual basis."
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    y = 780
    for text, marked in body:
        pdf.setFont(font, 11)
        pdf.drawString(72, y, text)
        if marked:
            pdf.setFont(font, mark_size)
            pdf.drawString(72 + pdfmetrics.stringWidth(text, font, 11), y + (5 if mark_size < 11 else 0), marked)
        y -= 18
    pdf.line(72, 90, 200, 90)
    pdf.setFont(font, 8)
    pdf.drawString(72, 78, f"{label} {note}")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize("language", ["en", "ja", "ja-kome"])
def test_a_footnote_at_the_foot_of_the_page_follows_the_sentence_that_carries_its_mark(language: str) -> None:
    document = load_document(_footnoted_pdf(language), "footnoted.pdf")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    note = lines[2]
    assert lines[1] in ("Each Party grants the other a licence for the Term.",
                        "甲は、乙に対し、研究期間中に限り、背景知的財産の実施を許諾する。")  # the mark is gone
    assert note.startswith(("The licence under Article 1 continues", "前条の許諾は"))  # so is the footnote's number
    assert lines[3] in ("Article 2 Confidentiality", "第2条（秘密保持）")
    assert document.text.count(note) == 1
    box = next(line.box for line in document.lines if document.text[line.start:line.end].strip() == note)
    assert box is not None
    assert box.top > 700  # still highlighted where it is printed


def test_a_number_opening_the_last_line_in_body_type_is_no_footnote() -> None:
    document = load_document(pdf_bytes([["Article 1 Term", "The Agreement runs for three years from signature.",
                                         "Article 2 Payments", "2 The Sponsor pays the fees within 30 days."]]),
                             "plain.pdf")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    assert lines[-1] == "2 The Sponsor pays the fees within 30 days."


def _with_notes(data: bytes, marker: str, notes: dict[str, tuple[str, str]]) -> bytes:
    """The DOCX with a footnote or endnote reference after ``marker`` in the body and the notes' own parts added, as
    Word writes them (python-docx makes no notes)."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = {"footnote": [], "endnote": []}
    for note_id, (kind, text) in notes.items():
        parts[kind].append(f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{kind}>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                refs = "".join(f'</w:t></w:r><w:r><w:{kind}Reference w:id="{note_id}"/></w:r><w:r><w:t>'
                               for note_id, (kind, _) in notes.items())
                content = content.replace(marker.encode(), (marker + refs).encode(), 1)
            target.writestr(item, content)
        for kind, items in parts.items():
            separator = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            target.writestr(f"word/{kind}s.xml", f"<w:{kind}s {w}>{separator}{''.join(items)}</w:{kind}s>")
    return out.getvalue()


def test_footnotes_and_endnotes_of_a_docx_are_read_after_the_paragraph_that_calls_them() -> None:
    # set 1404: a 共同研究契約書 whose footnote puts the shared data on the partner's servers in any country, and whose
    # endnote renews the agreement; both had been left out as no clause text
    import docx

    document = docx.Document()
    document.add_paragraph("第8条（研究データ）")
    document.add_paragraph("２ 共有データは、別途定めるところにより保管する。")
    document.add_paragraph("第9条（秘密保持）")
    document.add_paragraph("甲及び乙は、秘密情報を第三者に開示しない。")
    buffer = io.BytesIO()
    document.save(buffer)
    data = _with_notes(buffer.getvalue(), "別途定めるところにより保管する。",
                       {"1": ("footnote", "共有データの保管は、乙が管理するサーバ（その所在国を問わない。）において行う。"),
                        "2": ("endnote", "本契約は同一の条件でさらに２年間延長されるものとする。")})
    text = load_document(data).text
    assert "乙が管理するサーバ" in text
    assert "２年間延長" in text
    assert text.index("乙が管理するサーバ") < text.index("第9条")


def test_wording_struck_through_by_hand_in_a_docx_is_read_as_deleted() -> None:
    # set 1356: a mark-up whose deleted option is struck through, "[Any dispute shall be finally resolved by arbitration in
    # Singapore.]", beside the kept "exclusive jurisdiction of the courts of Port Ilvas"
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("15.2 Each Party submits to the exclusive jurisdiction of the courts of Port Ilvas. ")
    paragraph.add_run("[Any dispute shall be finally resolved by arbitration in Singapore.]").font.strike = True
    kept = document.add_paragraph("15.3 ")
    kept.add_run("This clause survives.").font.strike = False
    buffer = io.BytesIO()
    document.save(buffer)
    text = load_document(buffer.getvalue()).text
    assert "Port Ilvas" in text
    assert "Singapore" not in text
    assert "This clause survives." in text
