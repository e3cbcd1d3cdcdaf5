"""Clause segmentation: preamble, articles (第N条 / Article N), 項 and 号 / (a) and (i), definitions, signature,
annexes."""

from analyzer.segment.segmenter import ClauseSegmenter, Segmentation

__all__ = ["ClauseSegmenter", "Segmentation"]
