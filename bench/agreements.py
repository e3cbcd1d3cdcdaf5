"""Generated 30-page agreements (Japanese and English) for the benchmarks: varied article headings and 項/(a) items
drawn from a fixed vocabulary with a fixed seed, rendered with reportlab (HeiseiMin-W3 for Japanese)."""

from __future__ import annotations

import io
import random

JA_HEADINGS = ["目的", "定義", "研究の実施", "研究経費", "研究成果の帰属", "知的財産権", "秘密保持", "研究成果の公表", "研究データの取扱い",
               "研究員の派遣", "輸出管理", "有効期間", "契約の解除", "損害賠償", "準拠法", "合意管轄", "協議"]
JA_SENTENCES = ["甲及び乙は、本研究の実施に当たり、相互に協力するものとする。", "乙は、甲の書面による同意なく、研究成果を第三者に開示してはならない。",
                "本契約の有効期間は、締結日から3年間とする。", "甲は、研究経費として金五百万円を乙に支払う。", "研究成果に係る知的財産権は、発明者の所属に従い帰属する。",
                "甲及び乙は、外国為替及び外国貿易法その他の関係法令を遵守する。", "公表しようとする者は、公表予定日の30日前までに相手方に通知する。",
                "相手方が本契約に違反したときは、書面で通知の上、本契約を解除することができる。", "本契約に定めのない事項は、甲乙協議の上定める。"]
EN_HEADINGS = ["Purpose", "Definitions", "Research Plan", "Funding", "Ownership of Results", "Licences", "Confidentiality",
               "Publication", "Research Data", "Personnel", "Export Control", "Term", "Termination", "Liability",
               "Governing Law", "Disputes", "Notices"]
EN_SENTENCES = ["The Parties shall cooperate in good faith in carrying out the Research.",
                "The Recipient shall not disclose Confidential Information without the prior written consent of the "
                "Discloser.", "This Agreement remains in force for three (3) years from the Effective Date.",
                "The Sponsor shall pay the University JPY 5,000,000 within thirty (30) days of invoice.",
                "Inventions belong to the Party whose personnel made them; joint inventions are jointly owned.",
                "Each Party shall comply with the export control laws and regulations that apply to it.",
                "The publishing Party shall give the other Party thirty (30) days' notice before submission.",
                "Either Party may terminate this Agreement on written notice if the other Party materially breaches "
                "it.", "Matters not provided for in this Agreement shall be settled by consultation."]


def agreement_lines(lang: str, pages: int = 30, seed: int = 0) -> list[list[str]]:
    rng = random.Random(seed)
    headings, sentences = (JA_HEADINGS, JA_SENTENCES) if lang == "ja" else (EN_HEADINGS, EN_SENTENCES)
    lines: list[str] = ["共同研究契約書" if lang == "ja" else "RESEARCH COLLABORATION AGREEMENT"]
    lines.append("北辰大学（以下「甲」という。）とケストレル工科大学（以下「乙」という。）は、次のとおり契約を締結する。" if lang == "ja"
                 else 'This Agreement is made between Hokuto University (the "University") and Kestrel Institute.')
    per_page = 40
    article = 0
    while len(lines) < pages * per_page:
        article += 1
        heading = rng.choice(headings)
        lines.append(f"第{article}条（{heading}）" if lang == "ja" else f"Article {article} {heading}")
        for item in range(1, rng.randint(2, 4) + 1):
            text = rng.choice(sentences)
            if lang == "ja":
                lines.append(("" if item == 1 else f"{'０１２３４５６７８９'[item]}　") + text)
            else:
                lines.append((f"{article}.{item} ") + text)
    return [lines[i:i + per_page] for i in range(0, pages * per_page, per_page)]


def agreement_pdf(lang: str, pages: int = 30, seed: int = 0) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "HeiseiMin-W3" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    font = "HeiseiMin-W3" if lang == "ja" else "Times-Roman"
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    for number, lines in enumerate(agreement_lines(lang, pages, seed), 1):
        y = height - 60
        for line in lines:
            c.setFont(font, 9.5 if lang == "ja" else 10)
            c.drawString(50, y, line[:95] if lang == "en" else line[:52])
            y -= 18.5
        c.setFont("Times-Roman", 8)
        c.drawCentredString(width / 2, 30, f"- {number} -")
        c.showPage()
    c.save()
    return buffer.getvalue()
