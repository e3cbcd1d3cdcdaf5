"""Segmentation of real agreements from ../shared/data against the outlines printed in them.

The expected top-level numbers and headings in tests/data/expected_outlines.yaml were recorded by reading each
document (PDF text and rendered pages, DOCX numbering, Markdown), not from Kyotei's output.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from analyzer.config import Settings
from analyzer.engine import AnalyzerEngine

EXPECTED = yaml.safe_load((Path(__file__).parent / "data" / "expected_outlines.yaml").read_text(encoding="utf-8"))
DATA = Settings().shared_data

pytestmark = pytest.mark.realdata


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    return AnalyzerEngine(stages=[])


@pytest.mark.parametrize("case", EXPECTED, ids=[Path(c["source"]).name[:60] for c in EXPECTED])
def test_top_level_numbers_and_headings_match_the_printed_document(case: dict, engine: AnalyzerEngine) -> None:
    path = DATA / case["source"]
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data folder is absent on this machine)")
    result = engine.analyze(path)
    assert result.document.status == "ok", result.document.error
    found = [(_norm(c.number), _norm(c.heading)) for c in result.top_level() if c.kind in ("article", "definitions")]
    expected = [(_norm(str(n)), _norm(str(h))) for n, h in case["top"]]
    assert found == expected


@pytest.mark.parametrize("case", [c for c in EXPECTED if c.get("annexes")],
                         ids=[Path(c["source"]).name[:60] for c in EXPECTED if c.get("annexes")])
def test_annexes_are_found_by_their_printed_labels(case: dict, engine: AnalyzerEngine) -> None:
    path = DATA / case["source"]
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data folder is absent on this machine)")
    result = engine.analyze(path)
    found = [_norm(c.number) for c in result.clauses if c.kind == "annex"]
    assert found == [_norm(str(a)) for a in case["annexes"]]
