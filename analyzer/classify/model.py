"""The clause model: shared text features and three heads (categories, indicators, risk level).

Everything is stock scikit-learn: a ``FeatureUnion`` of two ``TfidfVectorizer``s (character 2-4-grams on NFKC text,
and words: SudachiPy mode C for Japanese, lower-cased words for English, plus the heading), then
``OneVsRestClassifier(LogisticRegression)`` for the multi-label heads (balanced class weights for the indicators) and
a multinomial ``LogisticRegression`` for the risk level. Each multi-label head carries per-label sigmoid calibration
fitted on grouped out-of-fold decision values and per-label thresholds tuned on the same folds (the fitted arrays end
in ``_`` in the artifact's dict).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from analyzer.classify.features import char_preprocess, model_input, word_analyzer
from analyzer.language import detect_block_language
from analyzer.types import Contribution, Label, Prediction, Risk

INDICATOR_GATE = 0.15  # an indicator needs some belief in its category: PUB-01 outside a publication clause is noise


@dataclass(frozen=True)
class ClauseInput:
    """One clause to classify. ``parties`` maps designations (甲, "the University") to HOME / PARTNER / THIRD."""

    text: str
    heading: str = ""
    lang: str | None = None
    parties: Mapping[str, str] | None = None
    id: str = ""

    @property
    def language(self) -> str:
        if self.lang in ("ja", "en"):
            return self.lang
        return "ja" if detect_block_language(self.heading + self.text) == "ja" else "en"

    def model_input(self) -> str:
        return model_input(self.text, self.heading, self.language, self.parties)


def build_features(max_char_features: int = 300_000) -> Any:
    """Character n-grams and words, each TF-IDF weighted with sublinear term frequency."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), preprocessor=char_preprocess,
                                  sublinear_tf=True, min_df=2, max_features=max_char_features, dtype=np.float32)),
        ("words", TfidfVectorizer(analyzer=word_analyzer, ngram_range=(1, 1), sublinear_tf=True, min_df=2,
                                  dtype=np.float32)),
    ])


def build_multilabel_head(c: float = 8.0, balanced: bool = False, n_jobs: int | None = None, seed: int = 0) -> Any:
    """One logistic regression per label. ``balanced`` weighs a label's few positives up to its many negatives:
    the indicator head's labels have ~23 positives per language among 6,000 clauses.

    liblinear's dual solver reaches the same optimum as its primal one; with more features than clauses it gets there
    1.7-2.1 times faster (measured on the indicator head with keyed agreements). It visits clauses in a random order,
    hence the seed. ``n_jobs`` fits the labels on that many cores (None: one, -1: all); the result does not depend
    on it."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(LogisticRegression(C=c, solver="liblinear", dual=True, max_iter=1000,
                                                  random_state=seed,
                                                  class_weight="balanced" if balanced else None), n_jobs=n_jobs)


def build_risk_head(c: float = 8.0) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, solver="lbfgs", max_iter=2000)


def sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(values, -40, 40)))


def calibrated(decision: np.ndarray, calibration: np.ndarray) -> np.ndarray:
    """Per-label Platt scaling: ``calibration[:, 0] * d + calibration[:, 1]`` through a sigmoid."""
    return sigmoid(decision * calibration[:, 0] + calibration[:, 1])


def _decision(head: Any, x: Any) -> np.ndarray:
    values = head.decision_function(x)
    return values.reshape(-1, 1) if values.ndim == 1 else values


def _linear_parts(head: Any) -> list[tuple[np.ndarray, Any] | None] | None:
    """(weights, intercept) of each binary estimator of a one-vs-rest head; None for a non-linear one."""
    estimators = getattr(head, "estimators_", None)
    if estimators is None:
        return None
    parts: list[tuple[np.ndarray, Any] | None] = []
    for estimator in estimators:
        coef, intercept = getattr(estimator, "coef_", None), getattr(estimator, "intercept_", None)
        if coef is None or intercept is None or np.asarray(coef).shape[0] != 1:
            parts.append(None)  # e.g. the constant predictor of a label that never varied in training
        else:
            # a NumPy scalar, not a float: float32 scores plus a float64 intercept give float64, as sklearn's do
            parts.append((np.asarray(coef).ravel(), np.asarray(intercept).ravel()[0]))
    return parts


def _linear_coef(head: Any, k: int) -> np.ndarray | None:
    estimator = head.estimators_[k] if hasattr(head, "estimators_") else head
    coef = getattr(estimator, "coef_", None)
    return None if coef is None else np.asarray(coef).ravel()


@dataclass
class ClauseClassifier:
    """A loaded clause model. Build it with :meth:`load` (or from training), call :meth:`predict`."""

    components: dict[str, Any]
    metadata: dict[str, Any] = field(default_factory=dict)
    _features: Any = field(default=None, init=False, repr=False, compare=False)
    _linear: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    _coefs: dict[tuple[str, int], Any] = field(default_factory=dict, init=False, repr=False,
                                                             compare=False)

    @classmethod
    def load(cls, directory: Path | str) -> ClauseClassifier:
        from analyzer.classify.persistence import load_artifact

        components, metadata = load_artifact(Path(directory))
        return cls(components, metadata)

    @property
    def category_labels(self) -> list[str]:
        return list(self.components["category_labels_"])

    @property
    def indicator_labels(self) -> list[str]:
        return list(self.components["indicator_labels_"])

    @property
    def version(self) -> str:
        return str(self.metadata.get("name", "clause")) + "-v" + str(self.metadata.get("version", "?"))

    def transform(self, inputs: Sequence[ClauseInput]) -> Any:
        if self._features is None or self._features.union is not self.components["features_"]:
            from analyzer.classify.fastfeatures import CachedFeatures

            self._features = CachedFeatures(self.components["features_"])
        return self._features.transform([item.model_input() for item in inputs])

    def scores(self, x: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Calibrated category and indicator probabilities and risk-level probabilities for a feature matrix."""
        c = self.components
        categories = calibrated(self._decision("categories_", x), c["category_calibration_"])
        indicators = calibrated(self._decision("indicators_", x), c["indicator_calibration_"])
        risk = c["risk_"].predict_proba(x)
        return categories, indicators, risk

    def predict(self, inputs: Sequence[ClauseInput], explain: bool = True, top_features: int = 5) -> list[Prediction]:
        if not inputs:
            return []
        x = self.transform(inputs).tocsr()
        categories, indicators, risk = self.scores(x)
        c = self.components
        cat_labels, ind_labels = self.category_labels, self.indicator_labels
        cat_index = {label: i for i, label in enumerate(cat_labels)}
        # whole-matrix thresholds and gates: a per-row Python loop over 90 labels dominated analysis time
        gate_columns = [cat_index.get(category, -1) for category in c["indicator_categories_"]]
        gates = np.where(np.array(gate_columns) >= 0, categories[:, gate_columns], 1.0)
        cat_mask = (categories >= np.asarray(c["category_thresholds_"])).tolist()
        ind_mask = ((indicators >= np.asarray(c["indicator_thresholds_"])) & (gates >= INDICATOR_GATE)).tolist()
        best_category = categories.argmax(axis=1).tolist()
        risk_classes = [int(cls) for cls in c["risk_"].classes_]
        levels = [risk_classes[k] for k in risk.argmax(axis=1).tolist()]
        risky = risk[:, [k for k, cls in enumerate(risk_classes) if cls >= 2]].sum(axis=1).tolist()
        cat_rows, ind_rows, risk_rows = categories.tolist(), indicators.tolist(), risk.tolist()
        out = []
        for row in range(x.shape[0]):
            cat_scores, ind_scores = cat_rows[row], ind_rows[row]
            cats = [Label(label, score)
                    for label, score, keep in zip(cat_labels, cat_scores, cat_mask[row], strict=True) if keep]
            if not cats:
                best = best_category[row]
                cats = [Label(cat_labels[best], cat_scores[best])]
            inds = [Label(label, score)
                    for label, score, keep in zip(ind_labels, ind_scores, ind_mask[row], strict=True) if keep]
            cats.sort(key=lambda item: -item.score)
            inds.sort(key=lambda item: -item.score)
            explanation: tuple[Contribution, ...] = ()
            if explain:
                lo, hi = x.indptr[row], x.indptr[row + 1]
                explanation = tuple(self._explain(x.indices[lo:hi], x.data[lo:hi], cats[:2], inds[:3], levels[row],
                                                  top_features))
            out.append(Prediction(
                categories=tuple(cats),
                indicators=tuple(inds),
                risk=Risk(levels[row], risky[row]),
                explanation=explanation,
                category_scores=dict(zip(cat_labels, cat_scores, strict=True)),
                indicator_scores=dict(zip(ind_labels, ind_scores, strict=True)),
                risk_levels=dict(zip(risk_classes, risk_rows[row], strict=True)),
            ))
        return out

    def _feature_names(self) -> np.ndarray:
        names = self.components.get("_feature_names")
        if names is None:
            raw = self.components["features_"].get_feature_names_out()
            names = np.array([name.split("__", 1)[-1] for name in raw], dtype=object)
            self.components["_feature_names"] = names
        return names

    def _decision(self, head_name: str, x: Any) -> np.ndarray:
        """The head's decision values: ``X @ coef + intercept`` per label, as its estimators compute them, without
        their per-call input validation (90 labels × a few hundred µs per agreement)."""
        head = self.components[head_name]
        if head_name not in self._linear:
            self._linear[head_name] = _linear_parts(head)
        parts = self._linear[head_name]
        if parts is None or x.shape[0] == 0:
            return _decision(head, x)
        columns = [x @ part[0] + part[1] if part is not None else estimator.decision_function(x).ravel()
                   for part, estimator in zip(parts, head.estimators_, strict=True)]  # type: ignore[union-attr]
        return np.column_stack(columns)

    def _coef(self, head_name: str, k: int) -> np.ndarray | None:
        # sklearn's attribute access on fitted heads costs microseconds; explanations ask for it per clause and label
        key = (head_name, k)
        if key not in self._coefs:
            self._coefs[key] = _linear_coef(self.components[head_name], k)
        return self._coefs[key]

    def _risk_coef(self, level: int) -> np.ndarray | None:
        """Weights for "this level rather than the lowest" of the risk head."""
        key = ("risk_", level)
        if key not in self._coefs:
            risk_head = self.components["risk_"]
            classes = list(risk_head.classes_)
            self._coefs[key] = (risk_head.coef_[classes.index(level)] - risk_head.coef_[classes.index(min(classes))]
                                if level in classes else None)
        return self._coefs[key]

    def _explain(self, indices: np.ndarray, values: np.ndarray, cats: list[Label], inds: list[Label], level: int,
                 top: int) -> list[Contribution]:
        """Top features by coefficient x value for each predicted label (a linear model's own account)."""
        names = self._feature_names()
        labels: list[str] = []
        rows: list[np.ndarray] = []
        heads = [(label.id, "categories_", self.category_labels.index(label.id)) for label in cats]
        heads += [(label.id, "indicators_", self.indicator_labels.index(label.id)) for label in inds]
        for label, head_name, k in heads:
            coef = self._coef(head_name, k)
            if coef is not None:
                labels.append(label)
                rows.append(values * coef[indices])
        coef = self._risk_coef(level) if level > 0 else None
        if coef is not None:
            labels.append(f"risk:{level}")
            rows.append(values * coef[indices])
        out: list[Contribution] = []
        if not rows or not len(indices):
            return out
        contributions = np.vstack(rows)
        # one sort for all labels of the clause: a sort call costs more than sorting a clause's few hundred values
        for label, row, order in zip(labels, contributions, np.argsort(-contributions, axis=1)[:, :top], strict=True):
            for j in order:
                if row[j] <= 0:
                    break
                out.append(Contribution(label, str(names[indices[j]]), float(row[j])))
        return out


def prediction_to_dict(identifier: str, prediction: Prediction) -> dict[str, Any]:
    """The ``kyotei classify`` output line for one input."""
    return {
        "id": identifier,
        "categories": [label.to_dict("label") for label in prediction.categories],
        "indicators": [label.to_dict("id") for label in prediction.indicators],
        "risk": prediction.risk.to_dict(),
        "explanation": [c.to_dict() for c in prediction.explanation],
    }
