"""The shipped clause models: expected categories on clauses written for the tests, skops round trip, refusal of a
tampered or mismatched artifact, ``kyotei classify`` on stdin, and reproducible training."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from analyzer.classify.model import ClauseClassifier, ClauseInput
from analyzer.classify.persistence import load_artifact, read_metadata, save_artifact
from analyzer.cli import cli
from analyzer.errors import ModelNotFoundError, ModelVersionError

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "clause-v1"
CASES = yaml.safe_load((ROOT / "tests" / "data" / "category_cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def classifier() -> ClauseClassifier:
    return ClauseClassifier.load(MODEL)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{c['categories'][0]}-{i}" for i, c in enumerate(CASES)])
def test_a_clause_written_for_the_tests_gets_its_main_category(case: dict, classifier: ClauseClassifier) -> None:
    prediction = classifier.predict([ClauseInput(case["text"], case.get("heading", ""), case["lang"])])[0]
    assert case["categories"][0] in [label.id for label in prediction.categories]


def test_predictions_carry_calibrated_scores_and_explanations(classifier: ClauseClassifier) -> None:
    text = "甲は、本研究の成果を公表しようとするときは、事前に乙の書面による承認を得なければならない。"
    prediction = classifier.predict([ClauseInput(text, "研究成果の公表", "ja")])[0]
    assert prediction.categories[0].id == "PUBLICATION"
    assert 0.0 <= prediction.risk.score <= 1.0
    assert all(0.0 <= label.score <= 1.0 for label in prediction.indicators)
    assert any(c.label == "PUBLICATION" and c.weight > 0 for c in prediction.explanation)


def test_role_normalisation_makes_the_direction_matter(classifier: ClauseClassifier) -> None:
    risky = "甲は、研究成果を公表しようとするときは、事前に乙の書面による承認を得なければならない。"
    benign = "乙は、研究成果を公表しようとするときは、事前に甲の書面による承認を得なければならない。"
    a, b = classifier.predict([ClauseInput(risky, "成果の公表", "ja"), ClauseInput(benign, "成果の公表", "ja")])
    assert a.risk.score > b.risk.score


def test_skops_round_trip_predicts_the_same(tmp_path: Path, classifier: ClauseClassifier) -> None:
    metadata = {k: v for k, v in read_metadata(MODEL).items() if k not in ("sha256", "artifact")}
    save_artifact(tmp_path / "copy", classifier.components, metadata)
    again = ClauseClassifier.load(tmp_path / "copy")
    inputs = [ClauseInput(c["text"], c.get("heading", ""), c["lang"]) for c in CASES[:10]]
    first, second = classifier.predict(inputs, explain=False), again.predict(inputs, explain=False)
    for a, b in zip(first, second, strict=True):
        assert a.category_scores == pytest.approx(b.category_scores)
        assert a.indicator_scores == pytest.approx(b.indicator_scores)


def test_a_tampered_artifact_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(MODEL, copy)
    data = bytearray((copy / "model.skops").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / "model.skops").write_bytes(bytes(data))
    with pytest.raises(ModelVersionError, match="kyotei train"):
        load_artifact(copy)


def test_a_model_from_another_scikit_learn_version_is_refused_with_the_retrain_command(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(MODEL, copy)
    metadata = json.loads((copy / "metadata.json").read_text(encoding="utf-8"))
    metadata["sklearn_version"] = "0.24.2"
    (copy / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    with pytest.raises(ModelVersionError, match=r"0.24.2.*kyotei train"):
        load_artifact(copy)


def test_a_missing_model_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="kyotei train"):
        load_artifact(tmp_path)


def test_classify_reads_json_lines_on_stdin_and_writes_one_line_per_input() -> None:
    lines = [
        {"id": "a", "text": "本契約は、日本法に準拠し、同法に従って解釈される。", "heading": "準拠法"},
        {"id": "b", "text": "The Recipient shall keep the Confidential Information secret for five (5) years.",
         "lang": "en"},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    result = CliRunner().invoke(cli, ["classify", "-"], input=stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["categories"][0]["label"] == "GOVERNING_LAW"
    assert out[1]["categories"][0]["label"] == "CONFIDENTIALITY"
    for item in out:
        assert set(item) == {"id", "categories", "indicators", "risk", "explanation"}
        assert set(item["risk"]) == {"level", "score"}
        scores = [c["score"] for c in item["categories"]]
        assert scores == sorted(scores, reverse=True)


def test_classify_rejects_a_line_without_text() -> None:
    result = CliRunner().invoke(cli, ["classify", "-"], input='{"id": "x"}\n')
    assert result.exit_code == 2
    assert "text" in result.output


@pytest.mark.slow
def test_training_reproduces_the_shipped_model_scores(tmp_path: Path) -> None:
    """`kyotei train` with the shipped seed gives the shipped out-of-fold scores (within a small tolerance)."""
    shipped = read_metadata(MODEL)
    args = ["train", "--out", str(tmp_path / "model"), "--seed", str(shipped["seed"])]
    if shipped.get("extra_data"):
        from analyzer.config import Settings

        data = Settings().shared_data
        if not (data / "cuad").exists():
            pytest.skip(f"the shipped model used {data}, which is absent here")
        args += ["--extra-data", str(data)]
    if shipped.get("agreements"):
        from analyzer.cli.models import DEFAULT_AGREEMENTS

        args += ["--agreements", str(DEFAULT_AGREEMENTS), "--agreements-through", str(shipped["agreements"]["through"]),
                 "--unflagged-share", str(shipped["agreements"]["unflagged_share"])]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    trained = read_metadata(tmp_path / "model")
    # the indicator head reads the keyed agreements through today's ingestion and segmentation: a fix of the reader
    # moves its scores, and the model is then retrained (as in stop 23), so the tolerance stays small; the party and
    # paragraph fixes of blind rounds 33-34 read more of the keyed agreements' roles, which raised the keyed agreements'
    # score from 0.614 to 0.630-0.633 (0.02 until the model is retrained and measured again); the reader fixes of blind
    # rounds 77-79 (a translated article's paragraphs after its items, line wraps read on before a sentence's last word)
    # moved the indicator head's out-of-fold score from 0.421 to 0.4311 and the keyed agreements' from 0.6136 to 0.6022
    # (measured on 38280bf), the category head's not at all (0.7028); the annex label glued to its title of blind round 87
    # (「別紙１受入れの条件」) opens annexes that keyed flags sit in and moved the keyed agreements' score to 0.6346
    # (measured in CI on dc04bca; 0.025 until the model is retrained and measured again)
    tolerance = {"category_macro_f1": 0.01, "indicator_macro_f1": 0.015, "agreement_indicator_macro_f1": 0.025}
    for name, within in tolerance.items():
        assert trained["training_report"]["oof"][name] == pytest.approx(
            shipped["training_report"]["oof"][name], abs=within)
    assert trained["training_data_sha256"] == shipped["training_data_sha256"]


def test_the_heads_are_the_same_whatever_the_number_of_cores_they_are_fitted_on() -> None:
    import numpy as np

    from analyzer.config import PROJECT_DIR
    from analyzer.training.corpus import load_corpus
    from analyzer.training.train import corpus_examples, fit_clause_model

    examples = corpus_examples(load_corpus(PROJECT_DIR / "corpora" / "clauses"))[::12]
    one, two = (fit_clause_model(examples, seed=0, n_jobs=jobs).components for jobs in (1, 2))
    x = one["features_"].transform([e.input for e in examples[:100]])
    for head in ("categories_", "indicators_", "risk_"):
        assert np.array_equal(one[head].decision_function(x), two[head].decision_function(x))
    for name in ("indicator_calibration_", "indicator_thresholds_", "category_thresholds_"):
        assert np.array_equal(one[name], two[name])
