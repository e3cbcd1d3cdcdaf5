"""What the gate on model-only findings buys and costs, measured on the blind sets in ``tests/data/blind``.

Not a speed benchmark: a measurement behind two constants of ``analyzer.findings.stage``. A finding the playbook does
not raise is reported on the model's word only when the indicator's probability is at least ``MODEL_MIN_SCORE`` and
its geometric mean with the clause's risk probability at least ``MODEL_MIN_COMBINED``. This script analyses every
blind agreement once with both gates open (the per-label thresholds of the model stay), then replays a grid of gates
and prints, for each, how many keyed red flags are found at their article (any severity, as the blind-set test
counts them) and how many model-only findings sit where no flag was keyed, in all agreements and in the benign ones.

Only the sets the shipped model did not train on are read (its indicator and risk heads read the keyed agreements of
the sets up to ``agreements.through`` in its metadata). The playbook was mended on every set, so the rules' share of
the keyed flags is higher here than on unseen agreements; the model-only column is the one to read.

    .venv/bin/python bench/model_gate.py [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BLIND = ROOT / "tests" / "data" / "blind"
GRID = [(0.3, 0.4), (0.4, 0.5), (0.5, 0.5), (0.5, 0.6), (0.5, 0.7), (0.5, 0.8), (1.01, 1.01)]


def _collect(folder: str) -> list[dict]:
    import analyzer.findings.stage as stage
    from analyzer.engine import AnalyzerEngine
    from tests.test_blind_agreements import _number, _numbers  # the article keys the blind-set test compares

    stage.MODEL_MIN_SCORE = 0.0
    stage.MODEL_MIN_COMBINED = 0.0
    engine = AnalyzerEngine()
    directory = Path(folder)
    key = json.loads((directory / "key.json").read_text(encoding="utf-8"))
    rows = []
    for name, entry in key.items():
        if not (directory / name).exists():
            continue
        result = engine.analyze(directory / name)
        index = {c.id: c for c in result.clauses}
        findings = []
        for finding in result.findings:
            prediction = result.predictions.get(finding.clause_id)
            label = prediction.indicator_scores.get(finding.indicator) if prediction else None
            findings.append({"indicator": finding.indicator, "source": finding.source, "combined": finding.score,
                             "label": label, "numbers": _numbers(index, finding.clause_id)})
        keyed = [(p["indicator"], _number(p["article"]).lower()) for p in entry["risky"] if _number(p["article"])]
        rows.append({"keyed": keyed, "benign": not entry["risky"], "findings": findings})
    return rows


def _replay(rows: list[dict], min_score: float, min_combined: float) -> tuple[int, int, int, int]:
    keyed = found = extra = extra_benign = 0
    for row in rows:
        wanted = {tuple(k) for k in row["keyed"]}
        kept = [f for f in row["findings"] if f["source"] != "model"
                or (f["label"] is not None and f["label"] >= min_score and f["combined"] >= min_combined)]
        got = {(f["indicator"], n) for f in kept for n in f["numbers"]}
        keyed += len(wanted)
        found += len(wanted & got)
        for f in kept:
            if f["source"] == "model" and not any((f["indicator"], n) in wanted for n in f["numbers"]):
                extra += 1
                extra_benign += row["benign"]
    return keyed, found, extra, extra_benign


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from analyzer.classify.persistence import read_metadata
    from analyzer.config import Settings

    trained_through = int((read_metadata(Settings().models_dir / "clause-v1").get("agreements") or {})
                          .get("through", 0))
    folders = sorted((str(p) for p in BLIND.glob("set*") if (p / "key.json").exists()
                      and int(re.sub(r"\D", "", p.name)) > trained_through),
                     key=lambda p: int(re.sub(r"\D", "", Path(p).name)))
    with ProcessPoolExecutor(args.workers) as pool:
        rows = [row for chunk in pool.map(_collect, folders) for row in chunk]
    print(f"{len(rows)} agreements in {len(folders)} blind sets after set {trained_through} (the model trained on "
          f"those up to it), {sum(r['benign'] for r in rows)} benign")
    print("MODEL_MIN_SCORE  MODEL_MIN_COMBINED  keyed found  model-only unkeyed (in benign agreements)")
    for min_score, min_combined in GRID:
        keyed, found, extra, extra_benign = _replay(rows, min_score, min_combined)
        shown = "off" if min_score > 1 else f"{min_score:.2f}"
        print(f"{shown:>15}  {shown if min_score > 1 else f'{min_combined:.2f}':>18}  {found:>5}/{keyed:<5}"
              f"  {extra:>6} ({extra_benign})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
