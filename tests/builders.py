"""Build tiny real test documents: PDFs with reportlab (Japanese via the built-in HeiseiMin-W3 CID font), DOCX files
with python-docx (including real Word automatic numbering), encrypted, scanned and damaged PDFs.

Nothing here is a stand-in: every file goes through the same parsers as a user's upload.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

JA_FONT = "HeiseiMin-W3"
EN_FONT = "Times-Roman"


def _is_japanese(text: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in text)


def pdf_bytes(pages: Sequence[Sequence[str | tuple[str, str]]], header: str | None = None,
              footer: str | None = "- {n} -", font_size: float = 10.5, line_numbers: bool = False) -> bytes:
    """A text PDF: one list of lines per page, with an optional running header and a page-number footer, and
    optionally line numbers in the left margin that restart on every page. A line given as a pair is two columns
    side by side (Japanese on the left, its English on the right, as bilingual MoUs are printed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if JA_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(JA_FONT))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        if header:
            c.setFont(JA_FONT if _is_japanese(header) else EN_FONT, 8)
            c.drawString(72, height - 40, header)
        y = height - 72
        for row, line in enumerate(lines, 1):
            if line_numbers:
                c.setFont(EN_FONT, 8)
                c.drawRightString(52, y, str(row))
            for x, text in ((72, line[0]), (300, line[1])) if isinstance(line, tuple) else ((72, line),):
                c.setFont(JA_FONT if _is_japanese(text) else EN_FONT, font_size)
                c.drawString(x, y, text)
            y -= font_size * 1.6
        if footer:
            text = footer.format(n=number, total=len(pages))
            c.setFont(JA_FONT if _is_japanese(text) else EN_FONT, 8)
            c.drawCentredString(width / 2, 36, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def encrypted_pdf_bytes(password: str, lines: Sequence[str] = ("Article 1 Purpose", "The parties agree.")) -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf_bytes([lines])))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf_bytes(lines: Sequence[str], dpi: int = 300) -> bytes:
    """An image-only PDF: a text PDF rendered to pixels and saved back as a PDF with no text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes([lines], footer=None, font_size=24))
    image = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=dpi)
    return out.getvalue()


def docx_bytes(paragraphs: Sequence[str | tuple[str, str]], header: str | None = None,
               footer: str | None = None, table: Sequence[Sequence[str]] | None = None) -> bytes:
    """A DOCX from plain paragraphs; ``(style, text)`` pairs pick a paragraph style."""
    import docx

    document = docx.Document()
    for item in paragraphs:
        style, text = item if isinstance(item, tuple) else (None, item)
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def numbered_docx_bytes(items: Sequence[tuple[int | None, str]], formats: Sequence[tuple[str, str]] = (
        ("decimal", "第%1条"), ("decimalFullWidth", "%2"), ("decimal", "(%3)")),
        suffix: str = "space", restarts: Sequence[int | None] = ()) -> bytes:
    """A DOCX whose numbers exist only as Word automatic numbering, like real Japanese contract templates.

    ``items`` are ``(level, text)``: level 0, 1, 2 paragraphs get the list's level numbering; ``None`` is unnumbered.
    ``formats`` gives ``(numFmt, lvlText)`` per level; ``restarts`` an explicit ``lvlRestart`` value per level.
    """
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:lvlRestart w:val="{restarts[i]}"/>' if i < len(restarts) and restarts[i] is not None else "")
        + f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    # abstractNum elements must precede num elements in numbering.xml
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    for level, text in items:
        paragraph = document.add_paragraph(text)
        if level is not None:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A short bilingual set of agreements used by several test modules: the same text as PDF, DOCX and TXT.
JA_AGREEMENT = [
    "共同研究契約書",
    "国立大学法人北斗大学（以下「甲」という。）とケストレル工科大学（以下「乙」という。）は、次のとおり契約を締結する。",
    "第1条（目的）",
    "本契約は、甲及び乙が共同して行う研究の実施に関し必要な事項を定める。",
    "第2条（定義）",
    "本契約において「研究成果」とは、本研究により得られた発明及びデータをいう。",
    "２　前項の規定にかかわらず、甲乙協議の上、別途定めることができる。",
    "第3条（研究成果の公表）",
    "甲及び乙は、研究成果を公表することができる。",
    "２　公表しようとする者は、公表予定日の30日前までに相手方に通知する。",
    "３　相手方は、次の各号のいずれかに該当するときは、公表内容の修正を求めることができる。",
    "（１）秘密情報が含まれるとき",
    "（２）特許出願に支障があるとき",
    "第4条（有効期間）",
    "本契約の有効期間は、締結日から3年間とする。ただし、第3条の規定は、本契約終了後も有効とする。",
    "本契約締結の証として、本書2通を作成し、甲乙記名押印の上、各1通を保有する。",
]
EN_AGREEMENT = [
    "RESEARCH COLLABORATION AGREEMENT",
    "This Agreement is made between Hokuto University (the \"University\") and Kestrel Polytechnic",
    "University (the \"Partner\").",
    "WHEREAS, the parties wish to collaborate on research;",
    "NOW, THEREFORE, the parties agree as follows:",
    "Article 1 Purpose",
    "This Agreement sets out the terms of the joint research.",
    "Article 2 Definitions",
    "\"Results\" means inventions and data made in the Project.",
    "Article 3 Publication",
    "3.1 Each party may publish the Results.",
    "3.2 The publishing party shall give the other party thirty (30) days' notice, as provided in",
    "Article 5 of the Research Plan.",
    "(a) The other party may ask for removal of its Confidential Information.",
    "(b) The other party may ask for a delay of up to sixty (60) days to file a patent.",
    "Article 4 Term",
    "This Agreement remains in force for three (3) years.",
    "IN WITNESS WHEREOF, the parties have signed this Agreement.",
    "Schedule A Research Plan",
    "1. Work package one.",
]
