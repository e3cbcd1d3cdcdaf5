"""The labelled corpus meets its schema, size, coverage and no-duplicate rules (corpora/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.training.corpus import check_corpus, near_duplicate_pairs

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "clauses"


@pytest.fixture(scope="module")
def checked():
    return check_corpus(CORPUS)


def test_the_corpus_has_no_problems(checked) -> None:
    _, problems = checked
    assert problems == []


def test_the_corpus_is_large_enough_in_both_languages(checked) -> None:
    clauses, _ = checked
    assert len(clauses) >= 4000
    assert sum(c.lang == "ja" for c in clauses) >= 1800
    assert sum(c.lang == "en" for c in clauses) >= 1800


@pytest.mark.parametrize(("texts", "expected"), [
    (["甲は乙の承認を得て公表する。", "甲は乙の承認を得て公表する。"], 1),
    (["The University shall publish the results after thirty days.",
      "The University shall publish the results after sixty days."], 1),
    (["Each party bears its own costs.", "本契約は日本法に準拠する。"], 0),
])
def test_near_duplicates_are_found_by_shared_character_5_grams(texts: list[str], expected: int) -> None:
    assert len(near_duplicate_pairs(texts)) == expected
