"""Keyed agreements as training data for the indicator and risk heads.

The blind sets in ``tests/data/blind`` are whole agreements we wrote, each set with a ``key.json`` that names the
planted red flags by indicator and an exact quote. Read through the product's own ingestion and segmentation, every
clause becomes an example: one that holds a planted flag's quote carries its indicator (and the indicator's risk
level), the others carry none. The corpus teaches the heads minimal pairs one clause at a time; these agreements add
the drafting of whole documents, where a flag sits among many ordinary clauses of the same topic.

Only sets up to a given number are read, so that the later sets stay unseen and measure the model honestly (see the
model card). Clauses without a flag are many and alike; a seeded share of them is kept.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from analyzer.config import Settings
from analyzer.errors import ConfigError

log = logging.getLogger("analyzer")

QUOTE_PREFIX = 60  # characters of a squeezed quote that find its clause (the test of the blind sets reads as many)
UNFLAGGED_SHARE = 0.1  # of the clauses without a planted flag, the share kept for training
_SET_FOLDER = re.compile(r"set(\d+)$")


@dataclass(frozen=True)
class KeyedClause:
    """One clause of a keyed agreement, as the clause models read it."""

    input: str
    lang: str
    group: str
    indicators: tuple[str, ...]
    risk: int
    id: str


def squeezed(text: str) -> str:
    """NFKC without white space: a key's quote matches the text whatever the line breaks and widths."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def keyed_sets(folder: Path, through: int, after: int = 0) -> list[tuple[int, Path]]:
    """The numbered set folders with a key, after ``after`` up to and including ``through``, in order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError(f"no keyed agreements at {folder}: give the folder of the blind sets (tests/data/blind)")
    sets = []
    for path in folder.iterdir():
        match = _SET_FOLDER.match(path.name)
        if match and after < int(match.group(1)) <= through and (path / "key.json").is_file():
            sets.append((int(match.group(1)), path))
    return sorted(sets)


def keyed_clauses(folder: Path, through: int, settings: Settings | None = None, after: int = 0,
                  n_jobs: int | None = None) -> Iterator[KeyedClause]:
    """Every classified clause of every keyed agreement of sets ``after``+1..``through``, labelled from the keys, in
    set order. ``n_jobs`` processes read the sets side by side (None: one, -1: all cores)."""
    from joblib import Parallel, delayed

    settings = settings or Settings()
    for clauses in Parallel(n_jobs=n_jobs, return_as="generator")(
            delayed(_set_clauses)(number, path, settings) for number, path in keyed_sets(folder, through, after)):
        yield from clauses


def _set_clauses(number: int, path: Path, settings: Settings) -> list[KeyedClause]:
    from analyzer.classify.stage import clause_inputs
    from analyzer.engine import AnalyzerEngine
    from analyzer.ingest import IngestOptions
    from analyzer.taxonomy import load_taxonomy

    levels = {i: indicator.level for i, indicator in load_taxonomy().indicators.items()}
    # ingestion and segmentation only, and no OCR: a scan takes ~17 s to read, and with OCR the examples would
    # depend on whether the machine has tesseract; scans are left out (status needs_ocr, logged)
    engine = AnalyzerEngine(options=IngestOptions(ocr="never"), settings=settings, stages=[])
    key = json.loads((path / "key.json").read_text(encoding="utf-8"))
    clauses = []
    for name, entry in sorted(key.items()):
        if not (path / name).is_file():
            log.warning("set %d: %s is in the key but not in the folder", number, name)
            continue
        result = engine.analyze(path / name)
        if result.document.status not in ("ok", "partial"):
            log.warning("set %d: %s not read (%s)", number, name, result.document.status)
            continue
        _, inputs = clause_inputs(result, settings.home_names)
        texts = {c.id: squeezed(c.text) for c in result.clauses}
        flags: dict[str, set[str]] = {}
        for planted in entry.get("risky", []):
            quote = squeezed(planted["quote"])[:QUOTE_PREFIX]
            # the clause holding the quote and those around it (an article holds its paragraph's flag)
            for clause_id, text in texts.items():
                if quote and quote in text:
                    flags.setdefault(clause_id, set()).add(planted["indicator"])
        for item in inputs:
            indicators = tuple(sorted(i for i in flags.get(item.id, ()) if i in levels))
            clauses.append(KeyedClause(item.model_input(), item.language, f"agreement:{number}:{name}", indicators,
                                       max((levels[i] for i in indicators), default=0),
                                       f"set{number}/{name}#{item.id}"))
    return clauses


def sampled(clauses: Iterator[KeyedClause], unflagged_share: float = UNFLAGGED_SHARE,
            seed: int = 0) -> list[KeyedClause]:
    """All flagged clauses and a seeded share of the others."""
    import numpy as np

    rng = np.random.default_rng(seed)
    return [c for c in clauses if c.indicators or rng.random() < unflagged_share]


def agreements_hash(folder: Path, through: int) -> str:
    """sha256 over the names and bytes of every file of the sets read: identifies them in model metadata."""
    import hashlib

    digest = hashlib.sha256()
    for number, path in keyed_sets(folder, through):
        for file in sorted(p for p in path.iterdir() if p.is_file()):
            digest.update(f"{number}/{file.name}".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()
