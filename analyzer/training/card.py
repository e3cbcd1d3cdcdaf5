"""Write ``MODEL_CARD.md`` from a model's metadata and an evaluation report (numbers are measured, never typed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from analyzer.classify.persistence import read_metadata

TARGETS = {
    "category macro-F1 per language (CV)": 0.90,
    "category macro-F1 on mapped real-data categories (CUAD held-out contracts + UMKC)": 0.80,
    "indicator macro-F1 (CV)": 0.80,
    "risky vs benign twin told apart": 0.90,
}


def _table(rows: list[list[Any]], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _per_label(scores: dict[str, Any]) -> str:
    rows = [[label, v["precision"], v["recall"], v["f1"], v["support"]] for label, v in scores["labels"].items()]
    return _table(rows, ["label", "precision", "recall", "F1", "support"])


def write_model_card(model_dir: Path, report: dict[str, Any]) -> Path:
    metadata = read_metadata(model_dir)
    cv = report["cross_validation"]
    real = report.get("real_data", {})
    ja, en = cv["per_language"]["ja"], cv["per_language"]["en"]
    twins = cv["twins"]
    measured = {
        "category macro-F1 per language (CV)": f"ja {ja['categories']['macro_f1']}, en {en['categories']['macro_f1']}",
        "category macro-F1 on mapped real-data categories (CUAD held-out contracts + UMKC)":
            real.get("mapped_categories_macro_f1", "not measured"),
        "indicator macro-F1 (CV)": f"ja {ja['indicators']['macro_f1']}, en {en['indicators']['macro_f1']}",
        "risky vs benign twin told apart": (
            f"{twins['risk_score_higher_on_risky']} (risk score higher on the risky twin); "
            f"{twins['indicator_on_risky_only']} (its indicator flagged on the risky twin only)"),
    }
    parts = [
        f"# Model card: {metadata['name']}-v{metadata['version']}",
        "",
        "Clause models of Kyotei: multi-label clause **categories** (15), multi-label research-security "
        "**indicators** (50 red flags) and the clause **risk level** 0-3, for Japanese and English agreements. "
        "All numbers below were produced by `kyotei evaluate` on data the evaluated model did not train on; "
        "they are rewritten by that command, not by hand.",
        "",
        "## Model",
        "",
        "- Features: TF-IDF of character 2-4-grams (NFKC, lower case) and of words (SudachiPy mode C normalised "
        "forms for Japanese, lower-cased words for English; heading words marked `h:`; role tokens 〈H〉/〈P〉/〈T〉 "
        "with their neighbours), after party references were replaced by roles.",
        "- Heads: one-vs-rest logistic regression for categories and indicators (indicators with balanced class "
        "weights: each has only ~23 positive corpus clauses per language), with per-label sigmoid calibration "
        "and thresholds fitted on grouped out-of-fold predictions; multinomial logistic regression for the risk level.",
        *([f"- The indicator and risk heads also read the clauses of the keyed agreements of blind sets "
           f"1-{metadata['agreements']['through']} ({metadata['agreements']['flagged_clauses']} clauses holding a "
           f"planted flag, and a seeded {metadata['agreements']['unflagged_share']:.0%} of the others: "
           f"{metadata['agreements']['clauses']} in all), read through Kyotei's own ingestion and segmentation "
           "(`analyzer/training/agreements.py`; scans are left out, as training runs no OCR). The features and "
           "the category head do not see them."]
          if metadata.get("agreements") else []),
        "- Indicators need some belief in their own category (calibrated category probability >= 0.15).",
        f"- Trained with scikit-learn {metadata['sklearn_version']}, skops {metadata['skops_version']}, "
        f"Kyotei {metadata['analyzer_version']}, seed {metadata['seed']}.",
        f"- Training data: {'; '.join(metadata['training_data'])}. Corpus sha256 `{metadata['training_data_sha256']}`.",
        f"- Artifact: `{metadata['artifact']}`, sha256 `{metadata['sha256']}`.",
        "",
        "## Targets and results",
        "",
        _table([[name, target, measured[name]] for name, target in TARGETS.items()],
               ["measure", "target", "measured"]),
        "",
        f"Cross-validation: grouped {cv['folds']}-fold over {cv['examples']} corpus clauses (groups = drafting "
        "documents; a clause and its benign twin are always in the same fold), the whole training procedure "
        f"refitted per fold (seed {cv['seed']}).",
        "",
        "### Categories, cross-validation",
        "",
        _table([[lang, cv["per_language"][lang]["examples"], cv["per_language"][lang]["categories"]["macro_f1"],
                 cv["per_language"][lang]["categories"]["micro_f1"]] for lang in ("ja", "en")],
               ["language", "clauses", "macro-F1", "micro-F1"]),
        "",
        _per_label(cv["categories"]),
        "",
        "### Indicators, cross-validation",
        "",
        _table([[lang, cv["per_language"][lang]["indicators"]["macro_f1"],
                 cv["per_language"][lang]["indicators"]["micro_f1"]] for lang in ("ja", "en")],
               ["language", "macro-F1", "micro-F1"]),
        "",
        _per_label(cv["indicators"]),
        "",
        "### Risk level, cross-validation",
        "",
        "Rows: true level 0-3; columns: predicted level 0-3.",
        "",
    ]
    for lang in ("ja", "en"):
        matrix = cv["per_language"][lang]["risk_confusion"]
        parts += [f"{lang} (accuracy {cv['per_language'][lang]['risk_level_accuracy']}):", "",
                  _table([[level, *row] for level, row in enumerate(matrix)],
                         ["true \\ predicted", "0", "1", "2", "3"]),
                  ""]
    parts += [
        "### Twin discrimination",
        "",
        f"{twins['pairs']} risky clauses with a benign minimal-pair twin: the risky twin gets the higher probability "
        f"of being risky in {twins['risk_score_higher_on_risky']:.1%} of pairs; its indicator is flagged on the risky "
        f"twin and not on the benign one in {twins['indicator_on_risky_only']:.1%}.",
        "",
        "## Real data the model did not train on",
        "",
    ]
    if real:
        for name, scores in real.items():
            if not isinstance(scores, dict):
                continue
            parts.append(f"### {name} ({scores.get('examples')} clauses)")
            parts.append("")
            if "labels" in scores:
                parts += [f"macro-F1 {scores['macro_f1']}, micro-F1 {scores['micro_f1']}", "", _per_label(scores), ""]
                if scores.get("note"):
                    parts += [f"Note: {scores['note']}.", ""]
            else:
                parts += [json.dumps({k: v for k, v in scores.items() if k != "examples"}), ""]
        parts += [
            "Only the categories each source speaks for are scored (mapping in `analyzer/training/realdata.py`). "
            "CUAD is split by contract and only its training contracts may join training; the test contracts, the "
            "UMKC clause bank, ContractNLI and UNFAIR-ToS are never trained on. Precision on CUAD counts confusions "
            "among the mapped CUAD labels only (its unlabelled text is not a reliable negative for our categories); "
            "ContractNLI has positives only, so only recall is given. The UMKC clause bank is not fully independent "
            "of the corpus: after reading the model's errors on it (data-use licensing read as IP), we wrote 260 "
            "data-use clauses of our own (`corpora/clauses/data-use.*.jsonl`, without reading the UMKC text again); "
            "its 22 clauses make a noisy score either way.",
            "",
        ]
    else:
        parts += ["Not measured: the shared data folder was not available.", ""]
    unseen = report.get("unseen_agreements") or {}
    if unseen:
        rows = [[name.replace("_", " "), v["planted_flags"], v["found"], v["recall"], v["false_alarms"],
                 v["false_alarms_per_agreement"]] for name, v in unseen.items() if isinstance(v, dict)]
        parts += [
            "## Keyed agreements the model did not train on",
            "",
            f"Blind sets {unseen['sets']} (`tests/data/blind`): {unseen['agreements']} whole agreements we wrote, "
            f"{unseen['clauses']} clauses, each set with a key of planted red flags; the model trained on the sets "
            "before them only. A planted flag is found when the model names its indicator on a clause holding the "
            "key's quote; every other indicator it names on any clause is a false alarm (the keys list planted flags, "
            "so some of these are debatable rather than wrong). This is the model alone; in an analysis the "
            "playbook adds its rules, and a model-only finding also needs the risk head to agree.",
            "",
            _table(rows, ["indicator threshold", "planted flags", "found", "recall", "false alarms",
                          "per agreement"]),
            "",
        ]
    parts += [
        "## Limits",
        "",
        "- The corpus is written by the Kyotei team: varied, but not real agreements. Real-data scores cover only "
        "the categories public datasets label; there is no public labelled data for the research-security indicators.",
        "- Bag-of-n-gram models see direction only through role tokens and their neighbours; negation and "
        "exceptions across sentences are beyond them. The playbook rules of the findings engine cover part of that.",
        "- Thresholds are tuned for F1 on out-of-fold predictions of the training clauses; real documents have "
        "far fewer risky clauses, so expect lower precision there.",
        "",
    ]
    path = Path(model_dir) / "MODEL_CARD.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
