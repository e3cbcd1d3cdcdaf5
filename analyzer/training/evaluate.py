"""How good the clause model is, measured on data it did not train on.

- Grouped 5-fold cross-validation on ``corpora/`` (groups are drafting documents, so a clause, its benign twin and
  close rewrites never straddle folds); the whole training procedure, features included, is refitted per fold.
- Real third-party data: CUAD contracts held out by contract, the UMKC clause bank, ContractNLI evidence spans and
  UNFAIR-ToS sentences, scored only on the categories each source speaks for.
- Twin discrimination: for every risky clause and its benign twin, whether the model gives the risky one the higher
  probability of being risky, and whether it flags the twin's indicator on the risky one only.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from analyzer.classify.model import ClauseClassifier
from analyzer.taxonomy import load_taxonomy
from analyzer.training.agreements import UNFLAGGED_SHARE
from analyzer.training.train import Example, binarize, corpus_examples, fit_clause_model, real_examples

log = logging.getLogger("analyzer")


def label_scores(y: np.ndarray, predicted: np.ndarray, labels: Sequence[str]) -> dict[str, Any]:
    """Per-label precision, recall, F1 and support; micro and macro averages over labels with support."""
    per: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for k, label in enumerate(labels):
        truth, pred = y[:, k].astype(bool), predicted[:, k].astype(bool)
        tp, fp, fn = int((truth & pred).sum()), int((~truth & pred).sum()), int((truth & ~pred).sum())
        if not truth.any():
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        per[label] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                      "support": int(truth.sum())}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    micro = 2 * tp_all / (2 * tp_all + fp_all + fn_all) if tp_all else 0.0
    macro = float(np.mean([v["f1"] for v in per.values()])) if per else 0.0
    return {"micro_f1": round(micro, 4), "macro_f1": round(macro, 4), "labels": per}


def _predict_matrices(run_components: dict[str, Any], inputs: Sequence[str]) -> dict[str, np.ndarray]:
    classifier = ClauseClassifier(run_components)
    x = classifier.components["features_"].transform(list(inputs))
    categories, indicators, risk = classifier.scores(x)
    c = classifier.components
    cat_index = {label: i for i, label in enumerate(c["category_labels_"])}
    gates = np.array([categories[:, cat_index[cat]] if cat in cat_index else np.ones(len(inputs))
                      for cat in c["indicator_categories_"]]).T
    from analyzer.classify.model import INDICATOR_GATE

    cat_pred = categories >= c["category_thresholds_"]
    # the model always names at least one category
    empty = ~cat_pred.any(axis=1)
    cat_pred[empty, categories[empty].argmax(axis=1)] = True
    ind_pred = (indicators >= c["indicator_thresholds_"]) & (gates >= INDICATOR_GATE)
    classes = list(c["risk_"].classes_)
    risky = risk[:, [i for i, cls in enumerate(classes) if int(cls) >= 2]].sum(axis=1)
    level = np.array([int(classes[i]) for i in risk.argmax(axis=1)])
    return {"categories": cat_pred, "category_scores": categories, "indicators": ind_pred,
            "indicator_scores": indicators, "risk_score": risky, "risk_level": level}


def cross_validate(examples: Sequence[Example], extra: Sequence[Example] = (), folds: int = 5,
                   seed: int = 0, agreements: Sequence[Example] = (), n_jobs: int | None = None) -> dict[str, Any]:
    """Grouped k-fold CV of the whole training procedure; returns per-language scores and twin discrimination.

    ``extra`` and ``agreements`` join every fold's training and are never scored: the scores are the corpus's."""
    from sklearn.model_selection import GroupKFold

    taxonomy = load_taxonomy()
    cat_labels, ind_labels = taxonomy.category_ids, taxonomy.indicator_ids
    n = len(examples)
    cat_pred = np.zeros((n, len(cat_labels)), dtype=bool)
    ind_pred = np.zeros((n, len(ind_labels)), dtype=bool)
    risk_score = np.zeros(n)
    risk_level = np.zeros(n, dtype=int)
    groups = [e.group for e in examples]
    splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    started = time.perf_counter()
    for fold, (train_idx, test_idx) in enumerate(splitter.split(np.zeros(n), groups=groups)):
        run = fit_clause_model([examples[i] for i in train_idx], extra, seed=seed, agreements=agreements,
                               n_jobs=n_jobs)
        out = _predict_matrices(run.components, [examples[i].input for i in test_idx])
        cat_pred[test_idx] = out["categories"]
        ind_pred[test_idx] = out["indicators"]
        risk_score[test_idx] = out["risk_score"]
        risk_level[test_idx] = out["risk_level"]
        log.info("fold %d/%d done (%.0f s)", fold + 1, folds, time.perf_counter() - started)
    y_cat = binarize([e.categories for e in examples], cat_labels)
    y_ind = binarize([e.indicators for e in examples], ind_labels)
    langs = np.array([e.lang for e in examples])
    report: dict[str, Any] = {"folds": folds, "seed": seed, "examples": n, "per_language": {}}
    for lang in ("ja", "en"):
        mask = langs == lang
        truth_level = np.array([e.risk for e in examples])[mask]
        report["per_language"][lang] = {
            "examples": int(mask.sum()),
            "categories": label_scores(y_cat[mask], cat_pred[mask], cat_labels),
            "indicators": label_scores(y_ind[mask], ind_pred[mask], ind_labels),
            "risk_confusion": _confusion(truth_level, risk_level[mask]),
            "risk_level_accuracy": round(float((truth_level == risk_level[mask]).mean()), 4),
        }
    report["categories"] = label_scores(y_cat, cat_pred, cat_labels)
    report["indicators"] = label_scores(y_ind, ind_pred, ind_labels)
    report["twins"] = twin_discrimination(examples, ind_pred, risk_score, ind_labels)
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def _confusion(truth: np.ndarray, predicted: np.ndarray) -> list[list[int]]:
    """Rows: true risk level 0-3; columns: predicted level 0-3."""
    matrix = np.zeros((4, 4), dtype=int)
    for t, p in zip(truth, predicted, strict=True):
        matrix[int(t), int(p)] += 1
    return matrix.tolist()


def twin_discrimination(examples: Sequence[Example], ind_pred: np.ndarray, risk_score: np.ndarray,
                        ind_labels: Sequence[str]) -> dict[str, Any]:
    index = {e.id: i for i, e in enumerate(examples)}
    label_index = {label: k for k, label in enumerate(ind_labels)}
    ranked = strict = total = 0
    per_lang: dict[str, list[int]] = {"ja": [0, 0, 0], "en": [0, 0, 0]}
    for e in examples:
        if not e.indicators or not e.twin or e.twin not in index:
            continue
        risky, benign = index[e.id], index[e.twin]
        k = label_index[e.indicators[0]]
        total += 1
        rank_ok = risk_score[risky] > risk_score[benign]
        strict_ok = bool(ind_pred[risky, k]) and not bool(ind_pred[benign, k])
        ranked += rank_ok
        strict += strict_ok
        counts = per_lang.setdefault(e.lang, [0, 0, 0])
        counts[0] += 1
        counts[1] += rank_ok
        counts[2] += strict_ok
    return {
        "pairs": total,
        "risk_score_higher_on_risky": round(ranked / total, 4) if total else 0.0,
        "indicator_on_risky_only": round(strict / total, 4) if total else 0.0,
        "per_language": {lang: {"pairs": c[0], "risk_score_higher_on_risky": round(c[1] / c[0], 4) if c[0] else 0.0,
                                "indicator_on_risky_only": round(c[2] / c[0], 4) if c[0] else 0.0}
                         for lang, c in per_lang.items()},
    }


def evaluate_on_real_data(classifier: ClauseClassifier, data_root: Path) -> dict[str, Any]:
    """Scores of a trained model on each real source, on the categories that source speaks for."""
    from analyzer.training import realdata

    taxonomy = load_taxonomy()
    labels = taxonomy.category_ids
    sources = {
        "cuad_test_contracts": realdata.cuad_clauses(data_root, split="test"),
        "umkc_clause_bank": realdata.umkc_clauses(data_root),
        "contractnli_evidence_spans": realdata.contractnli_spans(data_root),
        "unfair_tos": realdata.unfair_tos_sentences(data_root),
    }
    report: dict[str, Any] = {}
    for name, clauses in sources.items():
        if not clauses:
            continue
        examples = real_examples(clauses)
        out = _predict_matrices(classifier.components, [e.input for e in examples])
        spoken = sorted({label for c in clauses for label in c.labelled})
        idx = [labels.index(label) for label in spoken]
        y = binarize([e.categories for e in examples], spoken)
        predicted = out["categories"][:, idx]
        scores = label_scores(y, predicted, spoken)
        scores["examples"] = len(examples)
        if name == "contractnli_evidence_spans":
            # positives only: precision is not measurable, recall is
            scores = {"examples": len(examples),
                      "recall_CONFIDENTIALITY": round(float(predicted[:, 0].mean()), 4)}
        if name == "unfair_tos":
            # "Other" holds the fair clauses of the same topics too, so precision against it understates the model
            scores["note"] = "negatives are 'Other' sentences, which include fair clauses on the same topics"
        report[name] = scores
    # the summary figure uses the sources whose negatives are reliable for our categories
    mapped_f1 = [v["f1"] for name in ("cuad_test_contracts", "umkc_clause_bank")
                 for v in report.get(name, {}).get("labels", {}).values()]
    report["mapped_categories_macro_f1"] = round(float(np.mean(mapped_f1)), 4) if mapped_f1 else None
    return report


def evaluate_on_unseen_agreements(classifier: ClauseClassifier, folder: Path, after: int,
                                  n_jobs: int | None = None) -> dict[str, Any]:
    """Indicator detection on the clauses of keyed agreements the model did not train on (sets after ``after``).

    Every clause is scored, as in an analysis: a planted flag counts as found when the model names its indicator on
    a clause that holds the key's quote; any other indicator named on any clause counts as a false alarm."""
    from analyzer.training.agreements import keyed_clauses, keyed_sets

    unseen = keyed_sets(folder, sys.maxsize, after=after)
    if not unseen:
        return {}
    last = unseen[-1][0]
    clauses = list(keyed_clauses(folder, last, after=after, n_jobs=n_jobs))
    out = _predict_matrices(classifier.components, [c.input for c in clauses])
    labels = list(classifier.components["indicator_labels_"])
    report: dict[str, Any] = {"sets": f"{after + 1}-{last}",
                              "agreements": len({c.group for c in clauses}), "clauses": len(clauses)}
    for name, cut in (("at_thresholds", None), ("at_0.5", 0.5)):
        predicted = out["indicators"] if cut is None else out["indicators"] & (out["indicator_scores"] >= cut)
        found: set[tuple[str, str]] = set()
        planted = {(c.group, i) for c in clauses for i in c.indicators}
        false = 0
        for c, row in zip(clauses, predicted, strict=True):
            named = {labels[k] for k in np.flatnonzero(row)}
            found |= {(c.group, i) for i in named & set(c.indicators)}
            false += len(named - set(c.indicators))
        report[name] = {"planted_flags": len(planted), "found": len(found),
                        "recall": round(len(found) / len(planted), 4) if planted else 0.0,
                        "false_alarms": false,
                        "false_alarms_per_agreement": round(false / max(report["agreements"], 1), 2)}
    return report


def evaluate(corpus_dir: Path, data_root: Path | None, model_dir: Path | None, folds: int = 5, seed: int = 0,
             extra_data: bool = False, agreements_dir: Path | None = None, agreements_through: int = 0,
             unflagged_share: float = UNFLAGGED_SHARE, n_jobs: int | None = -1) -> dict[str, Any]:
    """``kyotei evaluate``: cross-validation on the corpus and scores of the shipped model on real data and on
    keyed agreements it did not train on."""
    from analyzer.training.corpus import load_corpus
    from analyzer.training.realdata import available, cuad_clauses
    from analyzer.training.train import load_agreement_examples

    examples = corpus_examples(load_corpus(corpus_dir))
    extra: list[Example] = []
    if extra_data and data_root is not None and available(data_root):
        extra = real_examples(cuad_clauses(data_root, split="train"))
    agreements: list[Example] = []
    if agreements_dir is not None and agreements_through > 0:
        agreements = load_agreement_examples(agreements_dir, agreements_through, unflagged_share, seed, n_jobs)
    report: dict[str, Any] = {"cross_validation": cross_validate(examples, extra, folds=folds, seed=seed,
                                                                 agreements=agreements, n_jobs=n_jobs)}
    if model_dir is not None and agreements_dir is not None:
        report["unseen_agreements"] = evaluate_on_unseen_agreements(ClauseClassifier.load(model_dir),
                                                                    agreements_dir, agreements_through, n_jobs)
    if model_dir is not None and data_root is not None and available(data_root):
        classifier = ClauseClassifier.load(model_dir)
        report["real_data"] = evaluate_on_real_data(classifier, data_root)
        report["model"] = classifier.version
    return report

