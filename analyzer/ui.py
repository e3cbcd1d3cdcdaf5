"""Streamlit-free helpers for ``app.py``: building the engine once and turning results into what the page shows.

Keeping the logic here lets the tests exercise it without a browser; ``app.py`` only lays out widgets.
"""

from __future__ import annotations

import hashlib
from typing import Any

from analyzer.engine import AnalyzerEngine
from analyzer.ingest import IngestOptions
from analyzer.render import clause_label, document_header, outline_rows, pages_label
from analyzer.types import AnalysisResult, Clause

ACCEPTED_TYPES = ["pdf", "docx", "txt", "md"]


def build_engine(segment_only: bool = False) -> AnalyzerEngine:
    return AnalyzerEngine(stages=[] if segment_only else None)


def analyze_upload(engine: AnalyzerEngine, name: str, data: bytes, password: str | None = None) -> AnalysisResult:
    """Analyse uploaded bytes; the file name only labels the result (the format is sniffed from the bytes)."""
    options = IngestOptions(password=password or None)
    return engine.analyze(data, name=name, options=options)


def upload_key(name: str, data: bytes, password: str | None) -> str:
    return hashlib.sha256(data).hexdigest() + "|" + name + "|" + (password or "")


def outline_table(result: AnalysisResult, max_level: int = 3) -> list[dict[str, Any]]:
    """Rows for the outline table: an indented label, the kind and the pages."""
    rows = []
    for row in outline_rows(result, max_level):
        rows.append({
            "clause": "\u3000" * max(row["level"] - 1, 0) + row["label"],
            "kind": row["kind"],
            "pages": row["pages"],
            "id": row["id"],
        })
    return rows


def status_message(result: AnalysisResult) -> tuple[str, str]:
    """(level, message) for the page: ``success``, ``warning`` or ``error``."""
    doc = result.document
    if doc.status != "ok":
        return "error", f"{doc.source}: {doc.status} — {doc.error}"
    summary = document_header(result).split("\n", 1)[0]
    if doc.warnings:
        return "warning", summary + " — " + "; ".join(doc.warnings)
    return "success", f"{summary} — {len(result.clauses)} clauses"


def clause_title(result: AnalysisResult, clause: Clause) -> str:
    pages = pages_label(clause.pages) if result.document.format == "pdf" else ""
    return clause_label(clause, result.document.language) + (f"  ({pages})" if pages else "")


def findings_table(result: AnalysisResult, lang: str = "en") -> list[dict[str, Any]]:
    """Rows for the findings table: severity, indicator, where, evidence, source and the recommendation."""
    from analyzer.render import clause_location
    from analyzer.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    rows = []
    for finding in result.findings:
        indicator = taxonomy.indicator(finding.indicator)
        rows.append({
            "severity": finding.severity,
            "indicator": f"{finding.indicator} {indicator.name.get(lang) or indicator.name['en']}",
            "clause": clause_location(result, finding.clause_id, lang),
            "evidence": " ".join(finding.evidence.split()),
            "source": f"{finding.source} {finding.score:.2f}",
            "recommendation": finding.recommendation,
        })
    for item in result.document_findings:
        rows.append({"severity": item.severity, "indicator": item.kind, "clause": "—", "evidence": item.label,
                     "source": "document", "recommendation": ""})
    return rows


def report_language(result: AnalysisResult) -> str:
    return "ja" if result.document.language in ("ja", "mixed") else "en"
