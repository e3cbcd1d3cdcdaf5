"""Typed, frozen result objects and their JSON contract ``kyotei.analysis/1``.

Every span is a pair of offsets into ``Document.text``, the text as extracted and cleaned (running headers, footers and
page numbers removed, line-end hyphenation joined). That text is never normalised further: NFKC and friends are applied
only inside matching and feature extraction, so a highlight always lands on the characters the user sees.

The JSON form is a versioned contract read by the CLI, the app, batch scanning and other tools. Fields are only ever
added to it, never renamed; ``SCHEMA`` changes its major number if that promise is ever broken.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

SCHEMA = "kyotei.analysis/1"

Status = Literal[
    "ok", "needs_ocr", "encrypted", "corrupt", "empty", "too_large", "unsupported", "not_found", "ocr_failed", "error"
]
STATUSES: tuple[str, ...] = (
    "ok", "needs_ocr", "encrypted", "corrupt", "empty", "too_large", "unsupported", "not_found", "ocr_failed", "error"
)
ClauseKind = Literal["part", "preamble", "article", "paragraph", "item", "definitions", "signature", "annex"]
CLAUSE_KINDS: tuple[str, ...] = (
    "part", "preamble", "article", "paragraph", "item", "definitions", "signature", "annex"
)


def _tuple(values: Iterable[Any] | None, convert: Any = None) -> tuple[Any, ...]:
    if not values:
        return ()
    return tuple(convert(v) if convert else v for v in values)


@dataclass(frozen=True)
class Box:
    """A rectangle on a PDF page in points, origin at the top left (pdfplumber's frame)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "x0": round(self.x0, 2), "top": round(self.top, 2),
                "x1": round(self.x1, 2), "bottom": round(self.bottom, 2)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Box:
        return cls(int(d["page"]), float(d["x0"]), float(d["top"]), float(d["x1"]), float(d["bottom"]))


@dataclass(frozen=True)
class Page:
    """One page (PDF) or the whole text (other formats): its span in ``Document.text`` and text quality 0-1."""

    number: int
    start: int
    end: int
    width: float = 0.0
    height: float = 0.0
    quality: float = 1.0
    ocr: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "start": self.start, "end": self.end, "width": round(self.width, 2),
                "height": round(self.height, 2), "quality": round(self.quality, 3), "ocr": self.ocr}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Page:
        return cls(int(d["number"]), int(d["start"]), int(d["end"]), float(d.get("width", 0.0)),
                   float(d.get("height", 0.0)), float(d.get("quality", 1.0)), bool(d.get("ocr", False)))


@dataclass(frozen=True)
class Line:
    """A line of ``Document.text`` with its page and, for PDFs, its box. Ingestion's output for the segmenter."""

    start: int
    end: int
    page: int = 1
    box: Box | None = None


@dataclass(frozen=True)
class Document:
    """An ingested document: its cleaned text, pages and status. A failed document has a status and an error."""

    source: str
    sha256: str
    format: str
    status: Status
    text: str = ""
    pages: tuple[Page, ...] = ()
    language: str = "und"
    error: str | None = None
    warnings: tuple[str, ...] = ()
    lines: tuple[Line, ...] = field(default=(), repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def page_of(self, offset: int) -> int:
        """The page number holding ``offset`` (1 when the format has no pages)."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return self.pages[-1].number if self.pages else 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "sha256": self.sha256,
            "format": self.format,
            "status": self.status,
            "error": self.error,
            "warnings": list(self.warnings),
            "language": self.language,
            "pages": [p.to_dict() for p in self.pages],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        return cls(
            source=str(d["source"]),
            sha256=str(d["sha256"]),
            format=str(d["format"]),
            status=d["status"],
            text=str(d.get("text") or ""),
            pages=_tuple(d.get("pages"), Page.from_dict),
            language=str(d.get("language") or "und"),
            error=d.get("error"),
            warnings=_tuple(d.get("warnings")),
        )


@dataclass(frozen=True)
class Party:
    """A party of the agreement: its name as written, the aliases it is referred to by, and its role."""

    name: str
    aliases: tuple[str, ...] = ()
    role: Literal["HOME", "PARTNER", "THIRD", "UNKNOWN"] = "UNKNOWN"
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "aliases": list(self.aliases), "role": self.role,
                "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Party:
        return cls(str(d["name"]), _tuple(d.get("aliases")), d.get("role", "UNKNOWN"),
                   int(d.get("start", -1)), int(d.get("end", -1)))


@dataclass(frozen=True)
class Label:
    """A predicted label with its score: a category (``IP``) or an indicator (``PUB-01``)."""

    id: str
    score: float

    def to_dict(self, key: str = "label") -> dict[str, Any]:
        return {key: self.id, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Contribution:
    """One feature's share in a linear model's decision: ``weight`` = coefficient x feature value."""

    label: str
    feature: str
    weight: float

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "feature": self.feature, "weight": round(self.weight, 4)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Contribution:
        return cls(str(d["label"]), str(d["feature"]), float(d["weight"]))


@dataclass(frozen=True)
class Risk:
    """Clause risk: ``level`` 0-3 and ``score``, the probability that the clause is risky (level 2 or 3)."""

    level: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Prediction:
    """What the clause models say about one text; the ``kyotei classify`` output for one input."""

    categories: tuple[Label, ...] = ()
    indicators: tuple[Label, ...] = ()
    risk: Risk = Risk(0, 0.0)
    explanation: tuple[Contribution, ...] = ()
    category_scores: Mapping[str, float] = field(default_factory=dict, compare=False, repr=False)
    indicator_scores: Mapping[str, float] = field(default_factory=dict, compare=False, repr=False)
    risk_levels: Mapping[int, float] = field(default_factory=dict, compare=False, repr=False)

    def risk_at_least(self, level: int) -> float:
        """Probability that the clause's risk level is ``level`` or higher."""
        return float(sum(p for lvl, p in self.risk_levels.items() if lvl >= level))


@dataclass(frozen=True)
class Clause:
    """A segment of the document: preamble, article, paragraph (項), item (号), definitions, signature or annex."""

    id: str
    parent: str | None
    level: int
    kind: ClauseKind
    number: str
    heading: str
    start: int
    end: int
    text: str
    language: str
    pages: tuple[int, ...] = ()
    boxes: tuple[Box, ...] = ()
    parallel: str | None = None
    categories: tuple[Label, ...] = ()
    indicators: tuple[Label, ...] = ()
    risk: Risk | None = None
    explanation: tuple[Contribution, ...] = ()
    findings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent": self.parent,
            "level": self.level,
            "kind": self.kind,
            "number": self.number,
            "heading": self.heading,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "language": self.language,
            "pages": list(self.pages),
            "boxes": [b.to_dict() for b in self.boxes],
            "parallel": self.parallel,
            "categories": [c.to_dict("label") for c in self.categories],
            "indicators": [i.to_dict("id") for i in self.indicators],
            "risk": self.risk.to_dict() if self.risk else None,
            "explanation": [e.to_dict() for e in self.explanation],
            "findings": list(self.findings),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Clause:
        risk = d.get("risk")
        return cls(
            id=str(d["id"]),
            parent=d.get("parent"),
            level=int(d["level"]),
            kind=d["kind"],
            number=str(d.get("number") or ""),
            heading=str(d.get("heading") or ""),
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d.get("text") or ""),
            language=str(d.get("language") or "und"),
            pages=_tuple(d.get("pages"), int),
            boxes=_tuple(d.get("boxes"), Box.from_dict),
            parallel=d.get("parallel"),
            categories=_tuple(d.get("categories"), lambda c: Label(c["label"], float(c["score"]))),
            indicators=_tuple(d.get("indicators"), lambda c: Label(c["id"], float(c["score"]))),
            risk=Risk(int(risk["level"]), float(risk["score"])) if risk else None,
            explanation=_tuple(d.get("explanation"), Contribution.from_dict),
            findings=_tuple(d.get("findings")),
        )


@dataclass(frozen=True)
class Finding:
    """A risk finding on one clause: what, where (offsets into ``Document.text``), how serious, why, what to do."""

    id: str
    indicator: str
    category: str
    severity: Literal["high", "medium", "low"]
    score: float
    clause_id: str
    start: int
    end: int
    evidence: str
    direction: str
    source: Literal["model", "rule", "both"]
    explanation: str
    references: tuple[str, ...] = ()
    recommendation: str = ""
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "indicator": self.indicator,
            "category": self.category,
            "severity": self.severity,
            "score": round(self.score, 4),
            "clause_id": self.clause_id,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "direction": self.direction,
            "source": self.source,
            "explanation": self.explanation,
            "references": list(self.references),
            "recommendation": self.recommendation,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Finding:
        return cls(
            id=str(d["id"]), indicator=str(d["indicator"]), category=str(d["category"]), severity=d["severity"],
            score=float(d["score"]), clause_id=str(d["clause_id"]), start=int(d["start"]), end=int(d["end"]),
            evidence=str(d["evidence"]), direction=str(d["direction"]), source=d["source"],
            explanation=str(d["explanation"]), references=_tuple(d.get("references")),
            recommendation=str(d.get("recommendation") or ""), rule=d.get("rule"),
        )


@dataclass(frozen=True)
class DocumentFinding:
    """A finding about the agreement as a whole: a missing protection, reciprocity imbalance, listed counterparty."""

    kind: str
    label: str
    severity: Literal["high", "medium", "low"]
    category: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "label": self.label, "category": self.category,
                "severity": self.severity, "details": dict(self.details)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DocumentFinding:
        return cls(kind=str(d["kind"]), label=str(d["label"]), severity=d["severity"], category=d.get("category"),
                   details=dict(d.get("details") or {}), id=str(d.get("id") or ""))


@dataclass(frozen=True)
class Fact:
    """An extracted fact with offsets: money, duration, date, governing law, court/seat, country, organisation."""

    kind: str
    text: str
    start: int
    end: int
    value: Any = None
    clause_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "value": self.value, "clause_id": self.clause_id}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Fact:
        return cls(str(d["kind"]), str(d["text"]), int(d["start"]), int(d["end"]), d.get("value"), d.get("clause_id"))


@dataclass(frozen=True)
class Summary:
    """Overall risk of the agreement and the reasons that drive it."""

    risk_level: Literal["none", "low", "medium", "high"] = "none"
    counts_by_severity: Mapping[str, int] = field(default_factory=lambda: {"high": 0, "medium": 0, "low": 0})
    top_findings: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"risk_level": self.risk_level, "counts_by_severity": dict(self.counts_by_severity),
                "top_findings": list(self.top_findings), "reasons": list(self.reasons)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Summary:
        return cls(d.get("risk_level", "none"), dict(d.get("counts_by_severity") or {}),
                   _tuple(d.get("top_findings")), _tuple(d.get("reasons")))


@dataclass(frozen=True)
class Version:
    """One language version of a bilingual agreement: its language and span in ``Document.text``."""

    language: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"language": self.language, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Version:
        return cls(str(d["language"]), int(d["start"]), int(d["end"]))


def article_of(clause: Clause, index: Mapping[str, Clause]) -> Clause:
    """The top-level clause above ``clause``: its ancestors up to the document or a part (第N章)."""
    while clause.parent and clause.parent in index and index[clause.parent].kind != "part":
        clause = index[clause.parent]
    return clause

@dataclass(frozen=True)
class AnalysisResult:
    """Everything Kyotei says about one document; ``to_dict`` is the ``kyotei.analysis/1`` JSON object."""

    document: Document
    clauses: tuple[Clause, ...] = ()
    parties: tuple[Party, ...] = ()
    versions: tuple[Version, ...] = ()
    findings: tuple[Finding, ...] = ()
    document_findings: tuple[DocumentFinding, ...] = ()
    facts: tuple[Fact, ...] = ()
    summary: Summary | None = None
    versions_info: Mapping[str, str] = field(default_factory=dict)
    # full model scores per clause id, for later stages; not part of the JSON contract
    predictions: Mapping[str, Prediction] = field(default_factory=dict, compare=False, repr=False)

    @property
    def status(self) -> str:
        return self.document.status

    def clause(self, clause_id: str) -> Clause:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(f"no clause {clause_id!r} in {self.document.source}")

    def article(self, clause_id: str) -> Clause:
        """The top-level clause (article, annex ...) a clause belongs to; a finding is cited by it."""
        return article_of(self.clause(clause_id), {c.id: c for c in self.clauses})

    def top_level(self) -> list[Clause]:
        """The articles (and preamble, definitions, signature, annexes) directly under the document or a part."""
        parts = {c.id for c in self.clauses if c.kind == "part"}
        return [c for c in self.clauses if c.kind != "part" and (c.parent is None or c.parent in parts)]

    def with_(self, **changes: Any) -> AnalysisResult:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        out = self.document.to_dict()
        out["clauses"] = [c.to_dict() for c in self.clauses]
        out["parties"] = [p.to_dict() for p in self.parties]
        out["versions"] = [v.to_dict() for v in self.versions]
        out["findings"] = [f.to_dict() for f in self.findings]
        out["document_findings"] = [f.to_dict() for f in self.document_findings]
        out["facts"] = [f.to_dict() for f in self.facts]
        out["summary"] = self.summary.to_dict() if self.summary else None
        out["analyzer"] = dict(self.versions_info)
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> AnalysisResult:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"expected schema {SCHEMA!r}, got {d.get('schema')!r}")
        summary = d.get("summary")
        return cls(
            document=Document.from_dict(d),
            clauses=_tuple(d.get("clauses"), Clause.from_dict),
            parties=_tuple(d.get("parties"), Party.from_dict),
            versions=_tuple(d.get("versions"), Version.from_dict),
            findings=_tuple(d.get("findings"), Finding.from_dict),
            document_findings=_tuple(d.get("document_findings"), DocumentFinding.from_dict),
            facts=_tuple(d.get("facts"), Fact.from_dict),
            summary=Summary.from_dict(summary) if summary else None,
            versions_info=dict(d.get("analyzer") or {}),
        )


def field_names(cls: type) -> list[str]:
    """The dataclass field names of ``cls`` (used by the contract tests)."""
    return [f.name for f in fields(cls)]
