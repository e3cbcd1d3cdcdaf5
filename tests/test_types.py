"""The kyotei.analysis/1 JSON contract: field names, round trip, offsets."""

from __future__ import annotations

import json

import pytest

from analyzer.engine import AnalyzerEngine
from analyzer.types import (
    SCHEMA,
    AnalysisResult,
    Box,
    Clause,
    Contribution,
    DocumentFinding,
    Fact,
    Finding,
    Label,
    Risk,
    Summary,
)
from tests.builders import EN_AGREEMENT, JA_AGREEMENT, pdf_bytes

CONTRACT_KEYS = {"schema", "source", "sha256", "format", "status", "error", "language", "pages", "text", "clauses"}
CLAUSE_KEYS = {"id", "parent", "level", "kind", "number", "heading", "start", "end", "text", "language", "pages"}


@pytest.fixture(scope="module")
def result() -> AnalysisResult:
    engine = AnalyzerEngine(stages=[])
    return engine.analyze(pdf_bytes([JA_AGREEMENT[:8], JA_AGREEMENT[8:]]), name="agreement.pdf")


def test_the_json_object_has_every_field_of_the_contract(result: AnalysisResult) -> None:
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["schema"] == SCHEMA == "kyotei.analysis/1"
    assert set(data) >= CONTRACT_KEYS
    assert data["clauses"]
    for clause in data["clauses"]:
        assert set(clause) >= CLAUSE_KEYS
        assert data["text"][clause["start"]:clause["end"]] == clause["text"]


def test_pdf_clauses_carry_pages_and_line_boxes(result: AnalysisResult) -> None:
    article = next(c for c in result.clauses if c.number == "第3条")
    assert article.pages == (1, 2)
    assert {box.page for box in article.boxes} == {1, 2}


def test_analysis_result_round_trips_through_json(result: AnalysisResult) -> None:
    clause = result.clauses[1]
    enriched = result.with_(
        clauses=(
            *result.clauses[:1],
            Clause(**{**clause.__dict__, "categories": (Label("PUBLICATION", 0.91),),
                      "indicators": (Label("PUB-01", 0.8),), "risk": Risk(3, 0.88),
                      "explanation": (Contribution("PUB-01", "承認", 0.42),), "findings": ("f1",)}),
            *result.clauses[2:],
        ),
        findings=(Finding("f1", "PUB-01", "PUBLICATION", "high", 0.88, clause.id, clause.start, clause.start + 3,
                          result.document.text[clause.start:clause.start + 3], "HOME", "both", "why",
                          ("UK-MAN",), "ask for a 30-day review instead", "pub-approval"),),
        document_findings=(DocumentFinding("missing_protection", "No export-control clause", "medium",
                                           "EXPORT_CONTROL", {"checked": ["EXPORT_CONTROL"]}, "d1"),),
        facts=(Fact("duration", "30日", 10, 13, {"days": 30}, clause.id),),
        summary=Summary("high", {"high": 1, "medium": 1, "low": 0}, ("f1",), ("PUB-01",)),
    )
    again = AnalysisResult.from_dict(json.loads(json.dumps(enriched.to_dict())))
    assert again.to_dict() == enriched.to_dict()
    assert again.clauses[1].boxes
    assert isinstance(again.clauses[1].boxes[0], Box)


def test_a_failed_document_still_serialises_with_status_and_error() -> None:
    failed = AnalyzerEngine(stages=[]).analyze(b"", name="empty.pdf")
    data = failed.to_dict()
    assert data["status"] == "empty"
    assert data["error"]
    assert data["clauses"] == []
    assert data["text"] == ""
    assert AnalysisResult.from_dict(data).to_dict() == data


def test_from_dict_refuses_another_schema() -> None:
    with pytest.raises(ValueError, match="schema"):
        AnalysisResult.from_dict({"schema": "other/2"})


def test_english_agreement_through_the_engine_has_offsets_that_match_its_text() -> None:
    result = AnalyzerEngine(stages=[]).analyze("\n".join(EN_AGREEMENT).encode(), name="a.txt")
    for clause in result.clauses:
        assert result.document.text[clause.start:clause.end] == clause.text


def test_a_paragraph_and_an_item_belong_to_their_article() -> None:
    text = "第1条（目的）\n本契約は目的を定める。\n第2条（公表）\n甲は公表できる。\n２　公表は次による。\n（１）三十日前に通知する。\n"
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="articles.txt")
    item = next(c for c in result.clauses if c.number == "（１）")
    assert result.article(item.id).number == "第2条"
    article = next(c for c in result.clauses if c.number == "第2条")
    assert result.article(article.id).id == article.id
