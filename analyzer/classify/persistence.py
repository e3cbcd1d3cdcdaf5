"""Save and load clause models with skops, never pickle; check the artifact's sha256 and scikit-learn version.

A model directory ``models/<name>-v<N>/`` holds ``model.skops``, ``metadata.json`` (labels, thresholds, versions,
training-data hash, artifact sha256, metrics) and ``MODEL_CARD.md``. Loading refuses an artifact whose hash or
scikit-learn version does not match its metadata, and trusts only the types listed here — never the list a file
itself asks for.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from analyzer.errors import ModelNotFoundError, ModelVersionError

ARTIFACT = "model.skops"
METADATA = "metadata.json"
RETRAIN_HINT = "retrain with `kyotei train` (see README: Models)"

# Types beyond skops' defaults that a Kyotei clause model contains; reviewed by hand when the pipeline changes.
TRUSTED_TYPES = [
    "analyzer.classify.features.char_preprocess",
    "analyzer.classify.features.word_analyzer",
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "numpy.dtype",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.preprocessing._label.LabelBinarizer",
]


def _vectorizers(obj: Any) -> list[tuple[str, Any]]:
    features = obj.get("features_") if isinstance(obj, dict) else None
    if features is None or not hasattr(features, "transformer_list"):
        return []
    return [(name, vec) for name, vec in features.transformer_list if hasattr(vec, "vocabulary_")]


def pack(obj: Any) -> Any:
    """Store vectoriser vocabularies as arrays of terms: skops writes a 100k-entry dict item by item (minutes),
    an array in one go (a second). Coefficients are kept in float32, which halves the file at no cost in scores."""
    import numpy as np

    vectorizers = _vectorizers(obj)
    if not vectorizers:
        return obj
    packed = dict(obj)
    terms = {}
    for name, vec in vectorizers:
        ordered = sorted(vec.vocabulary_.items(), key=lambda item: item[1])
        terms[name] = np.array([term for term, _ in ordered], dtype=str)
        del vec.vocabulary_
    packed["vocabularies_"] = terms
    for head in ("categories_", "indicators_", "risk_"):
        for estimator in getattr(packed.get(head), "estimators_", [packed.get(head)]):
            if hasattr(estimator, "coef_"):
                estimator.coef_ = estimator.coef_.astype(np.float32)
    return packed


def unpack(obj: Any) -> Any:
    if not isinstance(obj, dict) or "vocabularies_" not in obj:
        return obj
    terms = obj.pop("vocabularies_")
    for name, vec in obj["features_"].transformer_list:
        if name in terms:
            vec.vocabulary_ = {str(term): i for i, term in enumerate(terms[name])}
    return obj


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def save_artifact(directory: Path, obj: Any, metadata: dict[str, Any]) -> dict[str, Any]:
    """Write ``model.skops`` and ``metadata.json`` (with the artifact's sha256 and library versions)."""
    import zipfile

    import sklearn
    import skops
    import skops.io as sio

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / ARTIFACT
    packed = pack(obj)
    try:
        sio.dump(packed, path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    finally:
        unpack(packed)  # the vectorisers are shared with ``obj``: give them their vocabularies back
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
    if untrusted:
        path.unlink()
        raise ModelVersionError(f"the model holds types that are not on the trusted list: {sorted(untrusted)}; "
                                "review them and add them to TRUSTED_TYPES in analyzer/classify/persistence.py")
    metadata = {
        **metadata,
        "artifact": ARTIFACT,
        "sha256": sha256_file(path),
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
    }
    (directory / METADATA).write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return metadata


def read_metadata(directory: Path) -> dict[str, Any]:
    path = Path(directory) / METADATA
    if not path.exists():
        raise ModelNotFoundError(f"no model at {directory} (missing {METADATA}); {RETRAIN_HINT}")
    return json.loads(path.read_text(encoding="utf-8"))


def _minor(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:2] if part.isdigit())


def load_artifact(directory: Path) -> tuple[Any, dict[str, Any]]:
    """Load a model after checking its sha256 and scikit-learn version against its metadata."""
    import sklearn

    directory = Path(directory)
    metadata = read_metadata(directory)
    path = directory / metadata.get("artifact", ARTIFACT)
    if not path.exists():
        raise ModelNotFoundError(f"the model file {path} is missing; {RETRAIN_HINT}")
    actual = sha256_file(path)
    if actual != metadata.get("sha256"):
        raise ModelVersionError(
            f"{path} does not match its metadata (sha256 {actual[:12]}… != {str(metadata.get('sha256'))[:12]}…): "
            f"the file was changed or replaced; {RETRAIN_HINT}"
        )
    trained_with = metadata.get("sklearn_version", "")
    if _minor(trained_with) != _minor(sklearn.__version__):
        raise ModelVersionError(
            f"{directory.name} was trained with scikit-learn {trained_with} but {sklearn.__version__} is installed; "
            f"{RETRAIN_HINT}, or install scikit-learn {trained_with}"
        )
    import skops.io as sio

    obj = unpack(sio.load(path, trusted=TRUSTED_TYPES))
    return obj, metadata
