"""Generated agreements of a given page count (Japanese and English) for the benchmarks.

Shaped like the test documents of ``shared/docs/perf.md``, against which the speed targets were set: a title, a
preamble, then numbered articles with headings, each of 3-5 paragraphs of 2-4 sentences, wrapped to the page width
(about 85k characters in 30 pages for English). Drawn from a fixed vocabulary with a fixed seed and rendered with
reportlab (HeiseiMin-W3 for Japanese), with a "- N -" page footer.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

JA_HEADINGS = ["目的", "定義", "研究の実施", "研究経費", "研究成果の帰属", "知的財産権", "秘密保持", "研究成果の公表",
               "研究データの取扱い", "研究員の派遣", "輸出管理", "有効期間", "契約の解除", "損害賠償", "準拠法",
               "合意管轄", "協議"]
JA_SENTENCES = ["甲及び乙は、本研究の実施に当たり、相互に協力するものとする。",
                "乙は、甲の書面による同意なく、研究成果を第三者に開示してはならない。",
                "本契約の有効期間は、締結日から3年間とする。", "甲は、研究経費として金五百万円を乙に支払う。",
                "研究成果に係る知的財産権は、発明者の所属に従い帰属する。",
                "甲及び乙は、外国為替及び外国貿易法その他の関係法令を遵守する。",
                "公表しようとする者は、公表予定日の30日前までに相手方に通知する。",
                "相手方が本契約に違反したときは、書面で通知の上、本契約を解除することができる。",
                "本契約に定めのない事項は、甲乙協議の上定める。",
                "甲及び乙は、研究に従事する者に対し、本条の義務を遵守させるものとする。",
                "研究データは、研究計画書に定める方法により管理する。",
                "前項の規定にかかわらず、公知の情報についてはこの限りでない。",
                "乙は、研究の進捗状況を四半期ごとに甲に報告する。"]
EN_HEADINGS = ["Purpose", "Definitions", "Research Plan", "Funding", "Ownership of Results", "Licences",
               "Confidentiality", "Publication", "Research Data", "Personnel", "Export Control", "Term", "Termination",
               "Liability", "Governing Law", "Disputes", "Notices"]
EN_SENTENCES = ["The Parties shall cooperate in good faith in carrying out the Research.",
                "The Recipient shall not disclose Confidential Information without the prior written consent of the "
                "Discloser.", "This Agreement remains in force for three (3) years from the Effective Date.",
                "The Sponsor shall pay the University JPY 5,000,000 within thirty (30) days of invoice.",
                "Inventions belong to the Party whose personnel made them; joint inventions are jointly owned.",
                "Each Party shall comply with the export control laws and regulations that apply to it.",
                "The publishing Party shall give the other Party thirty (30) days' notice before submission.",
                "Either Party may terminate this Agreement on written notice if the other Party materially breaches "
                "it.", "Matters not provided for in this Agreement shall be settled by consultation.",
                "Each Party shall ensure that its researchers and students are bound by the obligations of this "
                "Article.", "Research Data shall be stored and processed as described in the Research Plan.",
                "Notwithstanding the foregoing, information that is publicly available is not Confidential "
                "Information.", "The University shall report on the progress of the Research every three months."]


def agreement_paragraphs(lang: str, seed: int = 0, articles: int = 200) -> list[str]:
    """Title, preamble and articles as logical paragraphs (article heading lines included)."""
    rng = random.Random(seed)  # noqa: S311 - seeded generator for reproducible benchmark text, not security
    headings, sentences = (JA_HEADINGS, JA_SENTENCES) if lang == "ja" else (EN_HEADINGS, EN_SENTENCES)
    out = ["共同研究契約書" if lang == "ja" else "RESEARCH COLLABORATION AGREEMENT",
           "北辰大学（以下「甲」という。）とケストレル工科大学（以下「乙」という。）"
           "は、次のとおり契約を締結する。" if lang == "ja"
           else 'This Agreement is made between Hokuto University (the "University") and Kestrel Institute of '
                'Technology ("Kestrel"), who agree as follows.']
    for article in range(1, articles + 1):
        heading = rng.choice(headings)
        out.append(f"第{article}条（{heading}）" if lang == "ja" else f"Article {article} {heading}")
        for item in range(1, rng.randint(3, 5) + 1):
            body = ("" if lang == "ja" else " ").join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
            if lang == "ja":
                out.append(("" if item == 1 else f"{'０１２３４５６７８９'[item]}　") + body)
            else:
                out.append(f"{article}.{item} {body}")
    return out


def _wrap(text: str, font: str, size: float, width: float, lang: str) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if lang == "en":
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(text, font, size, width)
    lines, current = [], ""
    for char in text:
        if stringWidth(current + char, font, size) > width:
            lines.append(current)
            current = ""
        current += char
    return lines + ([current] if current else [])


IPA_MINCHO = "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf"


def _japanese_font() -> str:
    """IPA Mincho embedded as a TrueType subset, as word processors do, when installed (``apt-get install
    fonts-ipafont-mincho``); else reportlab's built-in HeiseiMin CID font, which is not embedded and which PDFium
    extracts about 20 times more slowly, so the bare-extraction baseline is then far slower than for real PDFs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    if Path(IPA_MINCHO).exists():
        if "IPAMincho" not in registered:
            pdfmetrics.registerFont(TTFont("IPAMincho", IPA_MINCHO))
        return "IPAMincho"
    if "HeiseiMin-W3" not in registered:
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    return "HeiseiMin-W3"


def agreement_pdf(lang: str, pages: int = 30, seed: int = 0) -> bytes:
    """A PDF of exactly ``pages`` pages (the text is cut at the end of the last page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font, size = (_japanese_font(), 10.5) if lang == "ja" else ("Times-Roman", 11)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    margin, leading = 72, size * 1.45
    lines: list[str] = []
    for paragraph in agreement_paragraphs(lang, seed):
        lines.extend(_wrap(paragraph, font, size, width - 2 * margin, lang))
    per_page = int((height - 2 * margin) // leading)
    for number in range(1, pages + 1):
        y = height - margin
        c.setFont(font, size)
        for line in lines[(number - 1) * per_page:number * per_page]:
            c.drawString(margin, y, line)
            y -= leading
        c.setFont("Times-Roman", 9)
        c.drawCentredString(width / 2, 40, f"- {number} -")
        c.showPage()
    c.save()
    return buffer.getvalue()


def benchmark_sets(data: Path) -> dict[str, list[bytes]]:
    """The benchmark inputs: three generated 30-page agreements per language and, when present, the CUAD PDFs."""
    sets = {
        "generated 30-page JA": [agreement_pdf("ja", 30, seed) for seed in range(3)],
        "generated 30-page EN": [agreement_pdf("en", 30, seed) for seed in range(3)],
    }
    cuad = sorted((data / "cuad" / "pdf").glob("*")) if (data / "cuad" / "pdf").exists() else []
    if cuad:
        sets[f"CUAD PDFs ({len(cuad)})"] = [p.read_bytes() for p in cuad]
    return sets
