"""The label schema (clause categories and the 50 research-security indicators) as data.

Everything that names a category or an indicator (models, playbook rules, reports, the app) reads the ids from
``taxonomy.yaml`` through :func:`load_taxonomy`, so an id that is not in the file cannot be used silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Literal

import yaml

Severity = Literal["H", "M", "L"]
SEVERITY_LEVEL: dict[str, int] = {"H": 3, "M": 2, "L": 1}
SEVERITY_NAME: dict[str, str] = {"H": "high", "M": "medium", "L": "low"}
LEVEL_NAME: dict[int, str] = {0: "none", 1: "low", 2: "medium", 3: "high"}


@dataclass(frozen=True)
class Category:
    """A clause category (multi-label): ``IP``, ``DATA`` ... ``OTHER``."""

    id: str
    key: str
    name: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Indicator:
    """A research-security red flag with its severity, framework references and benign counterpart."""

    id: str
    category: str
    severity: Severity
    name: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)
    frameworks: tuple[str, ...] = ()
    benign: dict[str, str] = field(default_factory=dict)
    recommendation: dict[str, str] = field(default_factory=dict)

    @property
    def level(self) -> int:
        """Risk level 1-3 that this indicator gives a clause."""
        return SEVERITY_LEVEL[self.severity]


@dataclass(frozen=True)
class Framework:
    """A public framework or guidance document cited by indicators (key as in the taxonomy, e.g. ``G7-CVP``)."""

    key: str
    title: str
    url: str = ""


@dataclass(frozen=True)
class Taxonomy:
    """Categories, indicators and frameworks, looked up by id."""

    version: int
    categories: dict[str, Category]
    indicators: dict[str, Indicator]
    frameworks: dict[str, Framework]

    @property
    def category_ids(self) -> list[str]:
        return list(self.categories)

    @property
    def indicator_ids(self) -> list[str]:
        return list(self.indicators)

    def category(self, category_id: str) -> Category:
        try:
            return self.categories[category_id]
        except KeyError:
            raise KeyError(f"unknown category id {category_id!r}; known: {', '.join(self.categories)}") from None

    def indicator(self, indicator_id: str) -> Indicator:
        try:
            return self.indicators[indicator_id]
        except KeyError:
            raise KeyError(f"unknown indicator id {indicator_id!r}; see analyzer/taxonomy/taxonomy.yaml") from None


def _text_map(value: object) -> dict[str, str]:
    if not value:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"expected a mapping of language to text, got {value!r}")
    return {str(k): str(v) for k, v in value.items()}


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """Load the taxonomy shipped with the package (cached for the process)."""
    raw = yaml.safe_load(files(__package__).joinpath("taxonomy.yaml").read_text(encoding="utf-8"))
    categories = {
        c["id"]: Category(c["id"], c["key"], _text_map(c["name"]), _text_map(c.get("description")))
        for c in raw["categories"]
    }
    frameworks = {
        key: Framework(key, str(item.get("title", key)), str(item.get("url", "")))
        for key, item in (raw.get("frameworks") or {}).items()
    }
    indicators: dict[str, Indicator] = {}
    for item in raw["indicators"]:
        if item["category"] not in categories:
            raise ValueError(f"indicator {item['id']} names unknown category {item['category']!r}")
        if item["severity"] not in SEVERITY_LEVEL:
            raise ValueError(f"indicator {item['id']} has severity {item['severity']!r}; use H, M or L")
        indicators[item["id"]] = Indicator(
            id=item["id"],
            category=item["category"],
            severity=item["severity"],
            name=_text_map(item["name"]),
            description=_text_map(item.get("description")),
            frameworks=tuple(item.get("frameworks") or ()),
            benign=_text_map(item.get("benign")),
            recommendation=_text_map(item.get("recommendation")),
        )
    return Taxonomy(int(raw.get("version", 1)), categories, indicators, frameworks)
