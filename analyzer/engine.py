"""The one orchestrator: ingest → segment → parties → classify → findings, with every stage injected.

``AnalyzerEngine.analyze(path_or_bytes)`` is the call the CLI, the app and batch scanning share. Stages that need
models or files are built lazily on first use and then reused, so one engine per process loads each model once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from analyzer import __version__
from analyzer.config import Settings
from analyzer.ingest import IngestOptions, load_document
from analyzer.segment import ClauseSegmenter, Segmentation
from analyzer.segment.parties import (
    SEARCH_CHARS,
    counterpart_in_its_section,
    find_parties,
    lone_party_in_first_section,
    parties_defined,
    parties_in_first_sections,
    with_acronyms_joined,
    with_aliases_given_later,
    with_defined_aliases,
)
from analyzer.types import SCHEMA, AnalysisResult, Document

log = logging.getLogger("analyzer")


class Segmenter(Protocol):
    def __call__(self, document: Document) -> Segmentation: ...


class Stage(Protocol):
    """A later stage: takes the result so far and returns it with more filled in (classification, findings)."""

    def __call__(self, result: AnalysisResult) -> AnalysisResult: ...


Loader = Callable[[str | Path | bytes, str | None, IngestOptions], Document]


def _default_loader(source: str | Path | bytes, name: str | None, options: IngestOptions) -> Document:
    return load_document(source, name=name, options=options)


class AnalyzerEngine:
    """Analyse agreements. Collaborators are injected; ``None`` means the shipped default.

    :param options: ingestion limits, password and OCR mode
    :param loader: bytes or path → ``Document``
    :param segmenter: ``Document`` → ``Segmentation``
    :param stages: further stages run in order on the ``AnalysisResult`` (the clause classifier, the findings
        engine); ``None`` builds the defaults from ``settings`` the first time they are needed
    :param settings: where models, playbook and screening lists live; which names are HOME
    """

    def __init__(
        self,
        options: IngestOptions | None = None,
        loader: Loader | None = None,
        segmenter: Segmenter | None = None,
        stages: Iterable[Stage] | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.options = options or IngestOptions()
        self.loader = loader or _default_loader
        self.segmenter = segmenter or ClauseSegmenter()
        self.settings = settings or Settings()
        self._stages = list(stages) if stages is not None else None

    @property
    def stages(self) -> list[Stage]:
        if self._stages is None:
            self._stages = default_stages(self.settings)
        return self._stages

    def analyze(self, source: str | Path | bytes, name: str | None = None,
                options: IngestOptions | None = None) -> AnalysisResult:
        """Analyse one document given as a path or as bytes (``name`` labels bytes in the result)."""
        document = self.loader(source, name, options or self.options)
        return self.analyze_document(document)

    def analyze_document(self, document: Document) -> AnalysisResult:
        info = {"schema": SCHEMA, "version": __version__}
        if not document.ok:
            return AnalysisResult(document=document, versions_info=info)
        segmentation = self.segmenter(document)
        parties = tuple(_find_parties(document.text, segmentation))
        result = AnalysisResult(
            document=document,
            clauses=segmentation.clauses,
            parties=parties,
            versions=segmentation.versions,
            versions_info=info,
        )
        for stage in self.stages:
            result = stage(result)
        return result

    def iter_analyze(self, sources: Iterable[str | Path]) -> Iterator[AnalysisResult]:
        """Analyse many files lazily; a bad file yields a failed result, never an exception."""
        for source in sources:
            yield self.analyze(source)


def _find_parties(text: str, segmentation: Segmentation):
    """Parties defined in the preamble of each language version (merged: the same party in two languages stays two
    entries, each with its own aliases)."""
    regions = [(v.start, v.end) for v in segmentation.versions] or [(0, len(text))]
    found = []
    seen = set()
    for start, end in regions:
        first_article = next((c.start for c in segmentation.clauses
                              if start <= c.start < end and c.kind in ("article", "definitions", "part")), end)
        limit = min(first_article - start, SEARCH_CHARS) or SEARCH_CHARS
        parties = find_parties(text[start:], limit)
        if len(parties) < 2:
            sections = [(c.start - start, c.end - start) for c in segmentation.clauses
                        if start <= c.start < end and c.kind == "article"][:8]
            parties = parties_in_first_sections(text[start:], limit, sections) or parties \
                or lone_party_in_first_section(text[start:], sections) \
                or counterpart_in_its_section(text[start:], sections) or parties_defined(text[start:end])
        if limit < SEARCH_CHARS and any(all(alias == party.name for alias in party.aliases) for party in parties):
            # (the parties a letter names above its text, by their names alone, may get their short names in its
            # first paragraph; a party that has one already is left as found, and the text is not read again)
            parties = with_aliases_given_later(text[start:], parties)
        for party in with_acronyms_joined(with_defined_aliases(text[start:end], parties)):
            key = (party.name, party.aliases)
            if key not in seen:
                seen.add(key)
                found.append(replace(party, start=party.start + start if party.start >= 0 else -1,
                                     end=party.end + start if party.end >= 0 else -1))
    return found


def default_stages(settings: Settings) -> list[Stage]:
    """The shipped later stages: the clause models, then the findings engine. Segmentation-only: ``stages=[]``."""
    from analyzer.classify.stage import ClassificationStage
    from analyzer.findings.stage import FindingsStage

    classification = ClassificationStage(settings)
    return [classification, FindingsStage(settings, classifier=_LazyClassifier(classification))]


class _LazyClassifier:
    """Hands the findings stage the classifier the classification stage loads, without loading it twice."""

    def __init__(self, stage: object) -> None:
        self._stage = stage

    def predict(self, *args, **kwargs):
        return self._stage.classifier.predict(*args, **kwargs)  # type: ignore[attr-defined]
