"""Keyed agreements as training data: clauses labelled from the key's quotes, through the real ingestion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.errors import ConfigError
from analyzer.training.agreements import agreements_hash, keyed_clauses, keyed_sets, sampled
from analyzer.training.train import agreement_examples
from tests.builders import scanned_pdf_bytes

ENGLISH = """RESEARCH COLLABORATION AGREEMENT

This Agreement is made between Minato University ("University") and Orbis Labs Inc. ("Company").

1. Purpose
The parties shall collaborate on the project described in Annex A.

2. Publication
The University may publish the results after giving the Company thirty (30) days to review the manuscript.

3. Intellectual Property
All inventions made by University researchers under this Agreement shall be owned solely by the Company.

4. Governing Law
This Agreement is governed by the laws of Japan.
"""

JAPANESE = """共同研究契約書

港大学（以下「甲」という。）とオルビス社（以下「乙」という。）は、次のとおり契約を締結する。

第1条（目的）
甲及び乙は、共同して研究を行う。

第2条（成果の公表）
甲は、乙の書面による承認を得た場合に限り、研究成果を公表することができる。

第3条（準拠法）
本契約は、日本法に準拠する。
"""


def _keyed_folder(root: Path) -> Path:
    folder = root / "blind"
    sets = {
        1: ("en_agreement.txt", ENGLISH, [{"indicator": "IP-01", "article": "3", "quote":
                                            "All inventions made by University researchers under this Agreement "
                                            "shall be owned solely by the Company."}]),
        2: ("ja_agreement.txt", JAPANESE, [{"indicator": "PUB-01", "article": "第2条", "quote":
                                             "甲は、乙の書面による承認を得た場合に限り、研究成果を公表することができる。"}]),
        3: ("later.txt", ENGLISH, [{"indicator": "IP-01", "article": "3", "quote": "All inventions made"}]),
    }
    for number, (name, text, risky) in sets.items():
        path = folder / f"set{number}"
        path.mkdir(parents=True)
        (path / name).write_text(text, encoding="utf-8")
        key = {name: {"top_level": [], "risky": risky, "missing_protections": [], "notes": ""}}
        (path / "key.json").write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    # a scan beside the English text of set 1: training reads no scans, whether or not the machine has OCR
    (folder / "set1" / "scan.pdf").write_bytes(scanned_pdf_bytes(["3. Intellectual Property",
                                                                  "All inventions shall be owned by the Company."]))
    key = json.loads((folder / "set1" / "key.json").read_text(encoding="utf-8"))
    key["scan.pdf"] = {"top_level": ["3"], "risky": [{"indicator": "IP-01", "article": "3",
                                                      "quote": "All inventions shall be owned by the Company."}]}
    (folder / "set1" / "key.json").write_text(json.dumps(key), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _keyed_folder(tmp_path_factory.mktemp("agreements"))


@pytest.fixture(scope="module")
def clauses(folder: Path) -> list:
    return list(keyed_clauses(folder, through=2))


@pytest.mark.parametrize(("lang", "indicator", "words"), [
    ("en", "IP-01", "owned solely by"),
    ("ja", "PUB-01", "承認を得た場合に限り"),
])
def test_the_clause_holding_a_planted_quote_carries_its_indicator_and_level(clauses: list, lang: str,
                                                                             indicator: str, words: str) -> None:
    flagged = [c for c in clauses if indicator in c.indicators]
    assert flagged, clauses
    assert all(c.lang == lang and c.risk >= 2 for c in flagged)
    # the model reads the clause with parties as roles, as in an analysis
    assert any(words in c.input and "〈P〉" in c.input for c in flagged)


def test_clauses_without_a_planted_quote_carry_no_indicator(clauses: list) -> None:
    plain = [c for c in clauses if "thirty (30) days" in c.input or "日本法" in c.input]
    assert plain
    assert all(c.indicators == () and c.risk == 0 for c in plain)


def test_sets_after_the_last_one_to_train_on_are_not_read(folder: Path, clauses: list) -> None:
    assert {c.group.split(":")[1] for c in clauses} == {"1", "2"}
    assert [n for n, _ in keyed_sets(folder, through=3, after=2)] == [3]


def test_reading_the_sets_on_two_processes_gives_the_same_clauses_in_the_same_order(folder: Path,
                                                                                    clauses: list) -> None:
    assert list(keyed_clauses(folder, through=2, n_jobs=2)) == clauses


def test_scanned_agreements_are_left_out_of_training(clauses: list) -> None:
    assert clauses
    assert not [c for c in clauses if "scan.pdf" in c.group]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="keyed agreements"):
        list(keyed_clauses(tmp_path / "nowhere", through=5))


def test_sampling_keeps_every_flagged_clause_and_is_reproducible(clauses: list) -> None:
    first, second = sampled(iter(clauses), 0.3, seed=0), sampled(iter(clauses), 0.3, seed=0)
    assert first == second
    assert {c.id for c in clauses if c.indicators} <= {c.id for c in first}
    examples = agreement_examples(first)
    assert all(e.categories == () and e.source == "agreement" for e in examples)


def test_the_hash_depends_on_the_sets_read(folder: Path) -> None:
    before = agreements_hash(folder, 2)
    assert agreements_hash(folder, 1) != before
    assert agreements_hash(folder, 2) == before


def test_the_shipped_model_is_scored_on_the_sets_after_those_it_trained_on(folder: Path) -> None:
    from analyzer.classify.model import ClauseClassifier
    from analyzer.config import Settings
    from analyzer.training.evaluate import evaluate_on_unseen_agreements

    classifier = ClauseClassifier.load(Settings().models_dir / "clause-v1")
    report = evaluate_on_unseen_agreements(classifier, folder, after=2)
    assert report["sets"] == "3-3"
    assert report["agreements"] == 1
    for cut in ("at_thresholds", "at_0.5"):
        scores = report[cut]
        assert scores["planted_flags"] == 1
        assert scores["recall"] == scores["found"] / 1
        assert scores["false_alarms_per_agreement"] == scores["false_alarms"]
    # the model trained on every set there is: nothing is left to score
    assert evaluate_on_unseen_agreements(classifier, folder, after=3) == {}


def test_training_on_agreements_asks_for_the_last_set_to_read(folder: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from analyzer.cli import cli

    result = CliRunner().invoke(cli, ["train", "--agreements", str(folder), "--out", str(tmp_path / "model")])
    assert result.exit_code == 2
    assert "--agreements-through" in result.output
    assert not (tmp_path / "model").exists()


@pytest.mark.parametrize("command", ["train", "evaluate"])
@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_a_number_of_cores_that_means_nothing_is_a_usage_error(command: str, jobs: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from analyzer.cli import cli

    result = CliRunner().invoke(cli, [command, "--jobs", jobs, "--report" if command == "evaluate" else "--out",
                                      str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "--jobs" in result.output
    assert "-1 for all" in result.output
    assert not (tmp_path / "out").exists()
