"""Benchmark: the whole ``analyze`` path (ingest, segment, classify, findings) in pages/s next to bare PDFium text
extraction, on the CUAD PDFs and on generated 30-page agreements; models are loaded before timing.

Usage: python bench/analyze.py [--data ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.agreements import agreement_pdf, benchmark_sets
from bench.ingest import bare_extraction


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from analyzer.engine import AnalyzerEngine

    engine = AnalyzerEngine()
    sets = benchmark_sets(args.data)
    started = time.perf_counter()
    engine.analyze(agreement_pdf("en", 5, seed=99), name="warm.pdf")  # loads the models; not a benchmark document
    print(f"first analysis incl. model loading: {time.perf_counter() - started:.2f} s")
    # the first pass meets each document for the first time; later passes find its words and sentences in the
    # feature caches. Both are reported: the first pass is what a new agreement costs.
    print(f"{'set':26} {'pages':>6} {'bare p/s':>9} {'analyze p/s':>11} {'ratio':>6} {'s/document':>10} "
          f"{'first pass: ratio':>17} {'s/document':>10}")
    for name, files in sets.items():
        bare_times, ours_times = [], []
        pages = 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            pages = sum(bare_extraction(data) for data in files)
            bare_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            for data in files:
                result = engine.analyze(data, name="bench.pdf")
                assert result.document.ok, result.document.error
            ours_times.append(time.perf_counter() - started)
        bare, ours = statistics.median(bare_times), statistics.median(ours_times)
        first = ours_times[0]
        print(f"{name:26} {pages:6d} {pages / bare:9.0f} {pages / ours:11.0f} {ours / bare:6.2f}x "
              f"{ours / len(files):10.3f} {first / bare:16.2f}x {first / len(files):10.3f}")


if __name__ == "__main__":
    main()
