"""Benchmark: clauses per second through ``classify`` (features + three heads) on one core, and the time to train
the models on all cores: from the corpus alone, and as the shipped model was trained (with CUAD's training contracts
and the keyed agreements its metadata names).

Usage: python bench/classify.py [--train] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", action="store_true", help="also time `kyotei train` (as shipped)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--explain", action="store_true", help="include the contributing features (as classify does)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target is per core
    from analyzer.classify.model import ClauseClassifier, ClauseInput
    from analyzer.training.corpus import load_corpus

    clauses = load_corpus(ROOT / "corpora" / "clauses")
    inputs = [ClauseInput(c.text, c.heading, c.lang) for c in clauses]
    started = time.perf_counter()
    classifier = ClauseClassifier.load(ROOT / "models" / "clause-v1")
    load = time.perf_counter() - started
    classifier.predict(inputs[:50])  # warm the tokenizer
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for i in range(0, len(inputs), 256):
            classifier.predict(inputs[i:i + 256], explain=args.explain)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(f"model load: {load:.2f} s")
    # the first pass meets every word for the first time; later passes find them in the per-word feature cache
    # (as a long batch mostly does), so both are reported
    print(f"classify: {len(inputs)} clauses, first pass {times[0]:.2f} s = {len(inputs) / times[0]:,.0f} clauses/s; "
          f"median of {args.repeat} passes {median:.2f} s = {len(inputs) / median:,.0f} clauses/s "
          f"({'with' if args.explain else 'without'} explanations)")
    if args.train:
        import tempfile

        from analyzer.classify.persistence import read_metadata
        from analyzer.config import Settings
        from analyzer.training.train import train_and_save

        metadata = read_metadata(ROOT / "models" / "clause-v1")
        through = int((metadata.get("agreements") or {}).get("through", 0))
        shared = Settings().shared_data
        runs = [("corpus only", {})]
        if metadata.get("extra_data") and shared.exists():
            runs.append(("as shipped", {"extra_data": shared, "agreements_through": through,
                                        "agreements_dir": ROOT / "tests" / "data" / "blind" if through else None}))
        for name, options in runs:
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                train_and_save(ROOT / "corpora" / "clauses", Path(tmp) / "model", seed=0, n_jobs=-1, **options)
                print(f"train ({name}, {os.cpu_count()} cores, wall clock incl. reading and saving): "
                      f"{time.perf_counter() - started:.1f} s")

if __name__ == "__main__":
    main()
