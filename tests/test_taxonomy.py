"""The taxonomy is the one source of label ids: everything that names a category or indicator uses its ids."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzer.findings.document_checks import EXPECTED, LABELS, PROTECTION_WORDING
from analyzer.findings.playbook import load_playbook
from analyzer.taxonomy import load_taxonomy
from analyzer.training.corpus import load_corpus
from analyzer.training.realdata import CUAD_MAP, UMKC_MAP, UNFAIR_MAP

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY = load_taxonomy()


def test_the_taxonomy_has_15_categories_and_50_indicators_with_both_languages() -> None:
    assert len(TAXONOMY.categories) == 15
    assert len(TAXONOMY.indicators) == 50
    for indicator in TAXONOMY.indicators.values():
        assert indicator.category in TAXONOMY.categories
        assert indicator.name["ja"]
        assert indicator.name["en"]
        assert indicator.name["ja"] != "TODO"
        assert indicator.recommendation["ja"]
        assert indicator.recommendation["en"]
        assert indicator.benign["ja"]
        assert indicator.benign["en"]
        assert indicator.frameworks, indicator.id
        for key in indicator.frameworks:
            assert key in TAXONOMY.frameworks, f"{indicator.id} cites unknown framework {key}"


def test_every_id_used_by_the_corpus_exists() -> None:
    for clause in load_corpus(ROOT / "corpora" / "clauses"):
        assert set(clause.categories) <= set(TAXONOMY.categories), clause.id
        assert set(clause.indicators) <= set(TAXONOMY.indicators), clause.id


def test_every_id_used_by_the_playbook_exists() -> None:
    playbook = load_playbook()
    for rule in playbook.rules:
        assert rule.indicator in TAXONOMY.indicators, rule.id
        assert set(rule.categories) <= set(TAXONOMY.categories), rule.id


@pytest.mark.parametrize("mapping", [CUAD_MAP, UMKC_MAP, UNFAIR_MAP], ids=["cuad", "umkc", "unfair_tos"])
def test_every_id_used_by_the_real_data_mappings_exists(mapping: dict[str, str]) -> None:
    assert set(mapping.values()) <= set(TAXONOMY.categories)


def test_every_id_used_by_the_document_checks_exists() -> None:
    used = {c for cats in EXPECTED.values() for c in cats} | set(PROTECTION_WORDING)
    assert used <= set(TAXONOMY.categories)
    assert set(LABELS) - {"CONFIDENTIALITY_EXCEPTIONS"} <= set(TAXONOMY.categories)


def test_every_id_used_by_the_test_data_exists() -> None:
    data = ROOT / "tests" / "data"
    cases = yaml.safe_load((data / "indicator_cases.yaml").read_text(encoding="utf-8"))
    assert {c["indicator"] for c in cases} == set(TAXONOMY.indicators)
    for case in yaml.safe_load((data / "category_cases.yaml").read_text(encoding="utf-8")):
        assert set(case["categories"]) <= set(TAXONOMY.categories)
