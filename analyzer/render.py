"""Render analysis results for people: the clause outline and the findings report (CLI text and app share these)."""

from __future__ import annotations

import json
from typing import Any

from analyzer.types import AnalysisResult, Clause

_KIND_LABEL = {
    "preamble": {"ja": "前文", "en": "Preamble"},
    "signature": {"ja": "署名欄", "en": "Signatures"},
    "definitions": {"ja": "", "en": ""},
}


def clause_label(clause: Clause, lang: str = "en") -> str:
    """The number and heading of a clause as a reader would cite it: 第5条（公表） / Article 5 Publication."""
    number = clause.number or _KIND_LABEL.get(clause.kind, {}).get(lang, "")
    if clause.heading:
        if clause.language == "ja" and not clause.heading.startswith(("（", "(")):
            return f"{number}（{clause.heading}）" if number else clause.heading
        return f"{number} {clause.heading}".strip()
    first_line = clause.text.split("\n", 1)[0]
    if number:
        rest = first_line[first_line.find(number) + len(number):].strip() if number in first_line else ""
        return f"{number} {_snippet(rest)}".rstrip() if rest else number
    return _snippet(first_line)


def _snippet(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def pages_label(pages: tuple[int, ...]) -> str:
    if not pages:
        return ""
    if len(pages) == 1:
        return f"p.{pages[0]}"
    return f"pp.{pages[0]}-{pages[-1]}"


def outline_rows(result: AnalysisResult, max_level: int = 3) -> list[dict[str, Any]]:
    """One row per clause down to ``max_level``: indent, label, kind, pages (the app's table and the CLI's text)."""
    paged = result.document.format == "pdf"
    rows = []
    for clause in result.clauses:
        if clause.level > max_level:
            continue
        rows.append({
            "id": clause.id,
            "level": clause.level,
            "kind": clause.kind,
            "number": clause.number,
            "heading": clause.heading,
            "label": clause_label(clause, result.document.language),
            "pages": pages_label(clause.pages) if paged else "",
            "language": clause.language,
        })
    return rows


def document_header(result: AnalysisResult) -> str:
    doc = result.document
    parts = [doc.format, doc.language]
    if doc.pages and doc.format == "pdf":
        parts.append(f"{len(doc.pages)} pages")
    parts.append(doc.status)
    header = f"{doc.source}  [{', '.join(parts)}]"
    if doc.error:
        header += f"\n  error: {doc.error}"
    for warning in doc.warnings:
        header += f"\n  warning: {warning}"
    return header


def render_outline(result: AnalysisResult, max_level: int = 3) -> str:
    """The clause outline as indented text: numbers, headings and pages."""
    lines = [document_header(result)]
    if result.parties:
        lines.append("  parties: " + "; ".join(
            f"{p.name} = {'/'.join(p.aliases)}" + (f" [{p.role}]" if p.role != "UNKNOWN" else "")
            for p in result.parties
        ))
    if result.versions:
        lines.append("  versions: " + ", ".join(v.language for v in result.versions))
    for row in outline_rows(result, max_level):
        indent = "  " * (row["level"] + 1)
        pages = f"  ({row['pages']})" if row["pages"] else ""
        lines.append(f"{indent}{row['label']}{pages}")
    return "\n".join(lines)


def render_json(result: AnalysisResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False)
