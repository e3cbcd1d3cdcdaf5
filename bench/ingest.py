"""Benchmark: ingestion + segmentation pages/s next to bare PDFium text extraction on the same files.

Usage: python bench/ingest.py [--data ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.agreements import benchmark_sets


def bare_extraction(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    n = len(pdf)
    for i in range(n):
        page = pdf[i]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()
    return n


def pipeline(data: bytes) -> int:
    from analyzer.engine import AnalyzerEngine

    result = AnalyzerEngine(stages=[]).analyze(data, name="bench.pdf")
    assert result.document.ok, result.document.error
    return len(result.document.pages)


def measure(fn, files: list[bytes], repeat: int) -> tuple[float, int]:
    times = []
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = sum(fn(data) for data in files)
        times.append(time.perf_counter() - start)
    return statistics.median(times), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sets = benchmark_sets(args.data)
    pipeline(sets["generated 30-page JA"][0])  # warm imports
    print(f"{'set':28} {'pages':>6} {'bare p/s':>9} {'kyotei p/s':>10} {'ratio':>6}")
    for name, files in sets.items():
        bare, pages = measure(bare_extraction, files, args.repeat)
        ours, _ = measure(pipeline, files, args.repeat)
        print(f"{name:28} {pages:6d} {pages / bare:9.0f} {pages / ours:10.0f} {ours / bare:6.2f}x")


if __name__ == "__main__":
    main()
