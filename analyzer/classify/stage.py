"""The engine stage that adds categories, indicators, risk and explanations to every clause."""

from __future__ import annotations

import gc
import logging
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from analyzer.annotations import blank_drafting_notes, struck_in_brackets
from analyzer.classify.model import ClauseClassifier, ClauseInput
from analyzer.config import Settings
from analyzer.types import AnalysisResult, Party

log = logging.getLogger("analyzer")

DEFAULT_MODEL = "clause-v1"


@lru_cache(maxsize=4)
def load_classifier(directory: str) -> ClauseClassifier:
    """Load a model once per process (the app and batch workers share it)."""
    classifier = ClauseClassifier.load(Path(directory))
    # a loaded model is ~150k objects that live as long as the process; in the permanent generation the cyclic
    # garbage collector stops walking them, and a full collection during an analysis drops from ~80 ms to ~7 ms
    gc.freeze()
    return classifier


# the institution named after a unit of it: "Faculty of Engineering, Dena University of Technology"
_INSTITUTION_AFTER_UNIT = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,7}\s+"
                                     r"(?:University|Institute|College|Academy|Hospital|Centre|Center)"
                                     r"(?:\s+(?:of|for)(?:\s+[\w'’&.-]+){1,5})?")


def party_roles(parties: tuple[Party, ...]) -> dict[str, str]:
    """Designation → role for the role normaliser: every alias and name of a party whose role is known."""
    roles: dict[str, str] = {}
    for party in parties:
        if party.role not in ("HOME", "PARTNER", "THIRD"):
            continue
        for name in (*party.aliases, party.name):
            if name and len(name) <= 80:
                roles.setdefault(name, party.role)
        # the institution of a party named by its faculty ("Faculty of Engineering, Dena University of Technology"):
        # its name in the text is that party's, not "the University" we are called by
        tail = party.name.rsplit(", ", 1)[-1] if ", " in party.name else ""
        if _INSTITUTION_AFTER_UNIT.fullmatch(tail):
            roles.setdefault(tail, party.role)
    for latin, letters in (("Party A", ("甲", "甲方")), ("Party B", ("乙", "乙方")), ("Party C", ("丙", "丙方"))):
        # a Chinese-style bilingual agreement names "Party A: ..." once and its Japanese text says 甲 throughout
        if latin in roles:
            for letter in letters:
                roles.setdefault(letter, roles[latin])
    if "PARTNER" in roles.values() and "HOME" not in roles.values():
        # terms of use and letters name only the other side and speak to us: "You hereby assign to the Provider ..."
        for word in ("You", "you", "Your", "your"):
            roles.setdefault(word, "HOME")
    return roles


def clause_inputs(result: AnalysisResult, home_names: tuple[str, ...] | list[str]) -> tuple[tuple[Party, ...],
                                                                                       list[ClauseInput]]:
    """The parties with their roles, and what the clause models read of every clause of a segmented result.

    Shared by the classification stage and by training on keyed agreements, so that both read a clause alike."""
    clauses = [c for c in result.clauses if c.kind not in ("signature",) and c.text.strip()]
    if not clauses:
        return result.parties, []
    from analyzer.findings.roles import assign_roles

    parties = tuple(assign_roles(result.parties, home_names, result.document.language, result.document.text))
    roles = party_roles(parties) or None
    index = {c.id: c for c in result.clauses}

    def inherited_heading(clause):
        # paragraphs and items are read under their article's heading, as the corpus clauses were written
        current = clause
        while current is not None and not current.heading:
            current = index.get(current.parent) if current.parent else None
        return current.heading if current is not None else ""

    struck = struck_in_brackets(result.document.text)
    return parties, [
        ClauseInput(text=blank_drafting_notes(c.text, struck), heading=inherited_heading(c),
                    lang=c.language if c.language in ("ja", "en") else None, parties=roles, id=c.id)
        for c in clauses
    ]


class ClassificationStage:
    """Classify every clause of a result with the shipped (or configured) clause model."""

    def __init__(self, settings: Settings | None = None, classifier: ClauseClassifier | None = None,
                 model: str = DEFAULT_MODEL) -> None:
        self.settings = settings or Settings()
        self._classifier = classifier
        self.model = model

    @property
    def classifier(self) -> ClauseClassifier:
        if self._classifier is None:
            self._classifier = load_classifier(str(self.settings.models_dir / self.model))
        return self._classifier

    def __call__(self, result: AnalysisResult) -> AnalysisResult:
        parties, inputs = clause_inputs(result, self.settings.home_names)
        if not inputs:
            return result
        predictions = dict(zip((item.id for item in inputs), self.classifier.predict(inputs), strict=True))
        updated = []
        for clause in result.clauses:
            prediction = predictions.get(clause.id)
            if prediction is None:
                updated.append(clause)
                continue
            updated.append(replace(clause, categories=prediction.categories, indicators=prediction.indicators,
                                   risk=prediction.risk, explanation=prediction.explanation))
        info = {**result.versions_info, "model": self.classifier.version}
        return replace(result, clauses=tuple(updated), parties=parties, versions_info=info,
                       predictions=predictions)
