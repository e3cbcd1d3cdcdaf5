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


_SEVERITY_MARK = {"high": "HIGH", "medium": "MED ", "low": "LOW "}


def clause_location(result: AnalysisResult, clause_id: str, lang: str) -> str:
    """Where a clause is, as an officer cites it: its article, the sub-clause number and the pages."""
    clause = next(c for c in result.clauses if c.id == clause_id)
    article = result.article(clause_id)
    label = clause_label(article, lang)
    if article.id != clause.id and clause.number:
        label += f" {clause.number}"
    if result.document.format == "pdf" and clause.pages:
        label += f" ({pages_label(clause.pages)})"
    return label


def render_report(result: AnalysisResult, lang: str = "en", max_evidence: int = 160) -> str:
    """The text report of the CLI: header, overall risk and its reasons, findings severity first, missing
    protections and other document-level findings."""
    lines = [document_header(result)]
    if not result.document.ok:
        return "\n".join(lines)
    if result.parties:
        lines.append("  parties: " + "; ".join(
            f"{p.name} = {'/'.join(p.aliases)}" + (f" [{p.role}]" if p.role != "UNKNOWN" else "")
            for p in result.parties))
    summary = result.summary
    if summary is None:
        lines.append("  (no findings: models not run)")
        return "\n".join(lines)
    counts = summary.counts_by_severity
    lines.append(f"  overall risk: {summary.risk_level.upper()}  (high {counts.get('high', 0)}, "
                 f"medium {counts.get('medium', 0)}, low {counts.get('low', 0)})")
    for reason in summary.reasons:
        lines.append(f"    - {reason}")
    if result.findings:
        lines.append("  findings:")
    for finding in result.findings:
        from analyzer.taxonomy import load_taxonomy

        indicator = load_taxonomy().indicator(finding.indicator)
        name = indicator.name.get(lang) or indicator.name["en"]
        evidence = " ".join(finding.evidence.split())
        if len(evidence) > max_evidence:
            evidence = evidence[: max_evidence - 1] + "…"
        lines.append(f"  [{_SEVERITY_MARK[finding.severity]}] {finding.indicator} {name} — "
                     f"{clause_location(result, finding.clause_id, lang)} [{finding.source}, {finding.score:.2f}]")
        lines.append(f"         «{evidence}»")
        if finding.recommendation:
            lines.append(f"         → {finding.recommendation}")
    if result.document_findings:
        lines.append("  agreement as a whole:")
    for item in result.document_findings:
        lines.append(f"  [{_SEVERITY_MARK[item.severity]}] {item.kind}: {item.label}")
    return "\n".join(lines)
