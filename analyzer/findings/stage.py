"""The findings stage: turn clause predictions and playbook rules into findings a person can act on.

For every leaf clause (a clause with no sub-clauses), the model's indicators and the rules that fire are merged per
indicator: a finding records whether it came from the model, a rule, or both, where its evidence is (offsets into
the document), how serious it is, why, the frameworks that name it, and what to ask the partner for instead.
Document-level checks add missing protections, the reciprocity balance and counterparty list matches, and a summary
gives the overall risk and the reasons that drive it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from analyzer.annotations import blank_drafting_notes, struck_in_brackets
from analyzer.classify.stage import party_roles
from analyzer.config import Settings
from analyzer.findings.affiliations import civilian_source, defence_linked, link_hits, party_hits, use_hits
from analyzer.findings.crossrefs import export_article_off
from analyzer.findings.definitions import Gloss, defined_outsiders, definition_glosses, with_glosses
from analyzer.findings.document_checks import has_protection, missing_protections, reciprocity_balance
from analyzer.findings.facts import document_facts, extract_facts
from analyzer.findings.jurisdiction import is_neutral_forum, partner_countries
from analyzer.findings.playbook import Playbook, load_playbook
from analyzer.findings.prefilter import Prefiltered, caseless
from analyzer.findings.roles import assign_roles, partner_organs
from analyzer.findings.rules import RuleHit, RuleOutcome, apply_rules, blank_negations, modality
from analyzer.findings.screening import load_lists, screen
from analyzer.findings.textmap import map_text
from analyzer.render import clause_label
from analyzer.segment.sentences import sentence_spans
from analyzer.taxonomy import SEVERITY_NAME, load_taxonomy
from analyzer.types import (
    AnalysisResult,
    Clause,
    DocumentFinding,
    Fact,
    Finding,
    Party,
    Prediction,
    Summary,
    article_of,
)

log = logging.getLogger("analyzer")

MODEL_MIN_SCORE = 0.5  # a model-only finding needs the indicator to be more likely than not ...
MODEL_MIN_COMBINED = 0.6  # ... and the geometric mean of that and the clause's risk probability at least this
MODEL_CONFIDENT = 0.85  # below this a model-only finding is reported one severity level lower
# EXP-03 (a listed or defence-linked counterparty) is document-level context (taxonomy §2, §3.3): clause text that
# suggests it is reported at medium; a screening-list match makes the agreement high.
CONTEXT_INDICATORS = {"EXP-03": "medium"}
SEVERITY_ORDER = {"high": 3, "medium": 2, "low": 1}
TEMPERED_NOTE = {
    "ja": "（同じ条の他の項に安全措置の定めがあるため重大度を1段階下げています。対象が一致するか確認してください）",
    "en": " (another paragraph of the same article states a safeguard: severity lowered one level; check that it "
          "covers this provision)",
}
LEVEL_NAMES = {0: "none", 1: "low", 2: "medium", 3: "high"}
# model-only guesses that an agreement-wide clause answers: technology supplied "without export review" is weak where
# the agreement has an export-control clause that governs every supply
COVERED_BY_DOCUMENT = {"EXP-01": "EXPORT_CONTROL", "EXP-04": "EXPORT_CONTROL", "EXP-05": "EXPORT_CONTROL"}
COVERED_NOTE = {
    "ja": "（本契約の輸出管理条項がこの提供にも適用されるため重大度を1段階下げています）",
    "en": " (the agreement's export-control clause governs this too: severity lowered one level)",
}


@dataclass(frozen=True)
class FindingsConfig:
    """Per-run choices: explanation language (``auto`` = the document's), extra playbooks, screening lists."""

    language: str = "auto"


def _lower(severity: str) -> str:
    return {"high": "medium", "medium": "low", "low": "low"}[severity]


_SENTENCE_MARK = re.compile(r"[。．.;；:：!?！？]")
_EN_VERB = re.compile(r"\b(?:shall|will|may|must|might|can|cannot|could|should|would|is|are|be|been|being|was|were|"
                      r"has|have|had|does|do|did|means|mean|includes?|remains?|agrees?|acknowledges?|undertakes?|"
                      r"warrants?|represents?|grants?|owns?|retains?)\b", re.IGNORECASE)
_JA_SENTENCE_END = re.compile(r"[ぁ-んァ-ヶー々一-龥）」](?:。|$)", re.MULTILINE)
_EN_SENTENCE = re.compile(r"\b[A-Za-z]+\b[^。.;]*?" + _EN_VERB.pattern + r"[^。]*?[.;:](?:\s|$)", re.IGNORECASE)


def _sentence_languages(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds a Japanese sentence, and whether it holds an English one (a subject and a verb)."""
    return bool(_JA_SENTENCE_END.search(text)), bool(_EN_SENTENCE.search(text))


def _predicate_language(written: tuple[bool, bool], default: str) -> str:
    """The language that a mixed clause's sentences are written in (``written``: :func:`_sentence_languages`):
    「…次のクレジットを表示する。「Vestergaard …」」 is Japanese with an English name in it, and is read by the Japanese
    rules; a clause with sentences in both languages (or none) keeps the document's."""
    japanese, english = written
    if japanese != english:
        return "ja" if japanese else "en"
    return default


# "14.4 Liquidated Damages on Termination 24": a number, a heading without sentence punctuation, a page number
_TOC_ENTRY = re.compile(r"^\s*(?:[0-9A-Za-z]{1,3}(?:\.[0-9]{1,3})*\.?\s+)?[^.;:。、]{2,90}?[\s.…]+[0-9]{1,3}\s*$")


def _body_start(clause: Clause, matching_text: str) -> int:
    """Where the text after a heading line begins in the clause's matching text (0 when it has no heading line)."""
    first_line = clause.text.split("\n", 1)[0]
    if not clause.heading or clause.heading not in first_line or "\n" not in clause.text:
        return 0
    if _SENTENCE_MARK.search(first_line.replace(clause.number, "", 1).replace(clause.heading, "", 1)):
        return 0  # the heading line goes on with the clause's first sentence
    return matching_text.find("\n") + 1


_TOC_TITLE = re.compile(r"\bcontents\b|目\s*次", re.IGNORECASE)


def _in_table_of_contents(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a line of a table of contents: a "Contents" or 目次 title above, and the line and at
    least three of the six lines around it read like entries. A rule that matches a heading listed there has found
    the heading, not the clause."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if not _TOC_ENTRY.match(text[start:end if end >= 0 else len(text)]):
        return False
    if not _TOC_TITLE.search(text, max(0, start - 6000), start):
        return False
    before = text[max(0, start - 800):start].split("\n")[-4:-1]
    after = text[end + 1:end + 801].split("\n")[:3] if end >= 0 else []
    return sum(1 for line in before + after if _TOC_ENTRY.match(line)) >= 3


# a cell or row of an annex's table that says something in a sentence of its own (not "3", "Funding" or
# "JPY 120,000,000"); Japanese says as much in half the characters
_TABLE_ROW = {"en": re.compile(r"^[ \t]*[A-Z0-9(\"“][^\n]{38,}[.;:][ \t]*$", re.MULTILINE),
              "ja": re.compile(r"^[^\n]{19,}[。：:][ \t　]*$", re.MULTILINE)}
# a table drawn in text, each row opened by its number in a column of its own: "10   No       Project Data          All
# Project Data ... will be uploaded", its cells wrapped onto indented lines
_NUMBERED_ROW = re.compile(r"^[ \t]*([0-9]{1,2})[ \t]{2,}\S", re.MULTILINE)


def _numbered_rows(text: str) -> list[tuple[int, str]]:
    """The rows of a table drawn in text and numbered 1, 2, 3 in turn, each with its wrapped lines (empty when the text
    holds no such run of three rows or more)."""
    starts = []
    for m in _NUMBERED_ROW.finditer(text):
        if int(m.group(1)) == len(starts) + 1:
            starts.append(m.start())
    if len(starts) < 3:
        return []
    ends = [*starts[1:], len(text)]
    return [(start, text[start:end].rstrip()) for start, end in zip(starts, ends, strict=True)]


# a term sheet's table of key terms, read from a PDF: a label at the start of a line opens each row
_KEY_TERMS = re.compile(r"(?i)\bkey terms\b|\bprincipal terms\b|\bsummary of (?:key |principal )?terms\b|"
                        r"\bterm sheet\b|\bparticulars\b")
_ROW_LABEL = re.compile(r"^(?:Project|Field|Term|Duration|Funding|Budget|Payments?|Fees?|Background(?: IP)?|"
                        r"Foreground(?: IP)?|Ownership|Option|Licen[cs]es?|Results?(?: data)?|Data|Publications?|"
                        r"Confidentiality|Export control|Law(?: / forum)?|Governing law|Disputes?|Personnel|Materials|"
                        r"Samples|IP|Intellectual property|Termination|Exclusivity|Reporting|Deliverables|"
                        r"Use of results|Access)[ \t]+(?=[A-Z0-9(])", re.MULTILINE | re.IGNORECASE)


def _labelled_rows(text: str) -> list[tuple[int, str]]:
    """The rows of a key-terms table, each from its label to the next (at least three, or none)."""
    starts = [m.start() for m in _ROW_LABEL.finditer(text)]
    if len(starts) < 3:
        return []
    return [(start, text[start:end].rstrip()) for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]


# the lead-in of a list of prohibited acts: "The Recipient shall not:", 「乙は、次に掲げる行為をしてはならない。」
_PROHIBITION_LEAD_IN = re.compile(
    r"(?:\b(?:shall|will|must|may) not|\bagrees? not to|\bis prohibited from|\bundertakes? not to)"
    # "shall not, without the Lender's prior written consent:" is a ban all the same
    r"(?:,? (?:without|except with)\b[^:;.]{0,80}?(?:consent|approval|agreement),?)?"
    # "Recipient shall not, and shall ensure that its Authorized Personnel do not:"
    r"(?:,? and (?:shall |will )?(?:ensure|procure|cause)\b[^:;.]{0,80}?\b(?:do|does|will|shall) not)?"
    # "The Model and its Outputs shall not be used:" over an acceptable-use list
    r"(?: (?:be permitted|be entitled|attempt) to| be used(?: (?:for|to|in))?)?[\s,]*"
    r"(?:do any of the following|the following)?\s*[:：—-]?\s*$"
    # "No Party and no Approved User shall:" bans by its subject
    r"|(?:^|[.;]\s)(?:\(?[0-9a-z.]+\)?\s+)?(?:no|neither)\b[^.;:]{0,80}\b(?:shall|will|may|must)[\s,]*[:：—-]\s*$"
    # (「次の各号に掲げる行為をしてはならず、利用者にもさせてはならない」)
    r"|(?:次の|以下の)[^。]{0,30}(?:行為|事項)[^。]{0,15}(?:してはならない|させてはならない|を行ってはならない|を行わない|"
    r"をしない)"
    r"(?:ものとする)?。?\s*$", re.IGNORECASE)


# "9.2 No such disclosure shall be made without the prior written approval of the Company": a paragraph that opens
# by pointing back ("such", "the foregoing") is about what the paragraph before it names
_POINTS_BACK = re.compile(r"^(?:(?:no|any|each|every|all|the|in)\s+)?such\s+[a-z]|^the foregoing\b", re.IGNORECASE)


def _pointed_back_to(clause: Clause, index: Mapping[str, Clause]) -> Clause | None:
    """The sibling right before a paragraph that opens by pointing back to it, else None."""
    if not clause.parent or clause.kind not in ("paragraph", "item"):
        return None
    body = clause.text[len(clause.number):] if clause.number and clause.text.startswith(clause.number) \
        else clause.text
    if not _POINTS_BACK.match(body.lstrip(" \t.)")):
        return None
    before = [c for c in index.values() if c.parent == clause.parent and c.end <= clause.start]
    return max(before, key=lambda c: c.start, default=None)


def _merged(scores: Mapping[str, float], other: Mapping[str, float]) -> dict[str, float]:
    """Each category's score, raised to what ``other`` gives it."""
    return {k: max(v, other.get(k, 0.0)) for k, v in scores.items()}


_DENYING_LEAD_IN = re.compile(r"\b(?:not|never|neither|nor)\b[^.;:]{0,100}\b(?:requires?|required|obliges?|obliged|"
                              r"obligates?|obligated|compels?|compelled)"
                              r"(?:\s+(?:him|her|it|them|(?:the|any) [\w -]{1,30}))?\s+to\s*[:：]\s*$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _mapped_lead_in(text: str, roles: tuple[tuple[str, str], ...], lang: str) -> str:
    # every item of a list is read with the same lead-in
    return map_text(text, dict(roles) or None, lang).text


def _lead_in(clause: Clause, index: Mapping[str, Clause], first_child: Mapping[str, int],
             annex: bool = False) -> Clause | None:
    """The text of an item's parent before its first child, as a clause (None when there is none to speak of);
    with ``annex``, that of a paragraph numbered directly under an annex instead."""
    if not clause.parent or clause.kind != ("paragraph" if annex else "item"):
        return None
    parent = index.get(clause.parent)
    if annex and (parent is None or parent.kind != "annex"):
        return None
    end = first_child.get(clause.parent)
    if parent is None or end is None or end <= parent.start:
        return None
    text = parent.text[:end - parent.start].rstrip()
    if not text.strip():
        return None
    return replace(parent, end=parent.start + len(text), text=text)


# the lead-in of a list of freedoms: "Nothing in this Undertaking prevents me from:", 「…次に掲げる行為を妨げない。」;
# an item of it that speaks of authorities or whistleblowing permits disclosure and keeps nothing secret
_FREEDOM_LEAD_IN = re.compile(
    r"\bnothing in (?:this|these|the)\b[^:;.]{0,60}?\b(?:prevents?|restricts?|limits?|prohibits?|precludes?|"
    r"shall prevent|will prevent|is intended to (?:prevent|restrict))\b[^:;.]{0,60}?\bfrom\s*(?:any of the following)?"
    r"\s*[:：—-]?\s*$|"
    r"(?:次に掲げる|次の各号に掲げる|以下の)[^。]{0,30}を妨げない。?\s*$", re.IGNORECASE)
SECRECY = frozenset({"CON-01", "CON-03"})
# red flags that are themselves a ban (no work for others, no word to our office or funders): an item of a list of
# prohibited acts states them in the positive
# (「次の各号に掲げる行為をしてはならない。…三 会社以外の企業のために研究を行うこと」)
RESTRICTIONS = frozenset({"PUB-04", "COI-01", "CON-03"})
# personal benefits approved as an outside activity: the approval stands in an article of its own
# an outside activity approved under our rules, or the agreement disclosable to funders, is said once in its own article
DOCUMENT_WIDE_SAFEGUARDS = frozenset({"FUN-04", "CON-01"})
_FUNDER_DEFINED = re.compile(r"[\"“][^\"”\n]{0,30}(?:Fund|Funder|Funding|Sponsor|Grant|Donor|Financ)[^\"”\n]{0,30}[\"”]"
                             r"\s+(?:means|shall mean)|"
                             r"「[^」]{0,15}(?:資金|助成|拠出|支援機関|寄附者|委託者)[^」]{0,10}」とは")


def _is_statement(clause: Clause) -> bool:
    """Whether the clause says something: beyond its number and heading, a sentence or a long stretch of text."""
    rest = clause.text
    for part in (clause.number, clause.heading):
        if part:
            rest = rest.replace(part, "", 1)
    rest = rest.strip()
    if clause.language == "en" and not _EN_VERB.search(rest):
        # an entry of a list ("1. Sint-Aldegonde Hospital, Lierveld, Belgium (coordinating hospital);") states
        # nothing; an item of an obligation is read with its lead-in in the enclosing paragraph
        return False
    return bool(_SENTENCE_MARK.search(rest)) or len(rest) >= 80


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of ``text`` (relative offsets) that contain [start, end)."""
    covering = [(a, b) for a, b in sentence_spans(text) if a < max(end, start + 1) and b > start]
    if not covering:
        return start, end
    return min(covering[0][0], start), max(covering[-1][1], end)


_QUESTION_END = re.compile(r"(?:[?？]|(?:ます|です|でしょう)か[。．]?)\s*$")


def _asks(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding [start, end) is a question: a due-diligence form asks "Q1.4 Is any shareholder ...
    a military ... organisation?" and binds nobody; its answer is the next sentence."""
    a, b = _sentence_span(text, start, end)
    return bool(_QUESTION_END.search(text[a:b]))


# below this, the model is unsure what a paragraph is about, and its article's categories admit the rules as well
UNSURE_CATEGORY = 0.5


class FindingsStage:
    """Findings for one analysis result; the playbook, screening lists and taxonomy load once."""

    def __init__(self, settings: Settings | None = None, playbook: Playbook | None = None,
                 classifier: object | None = None, language: str | None = None) -> None:
        self.settings = settings or Settings()
        self._playbook = playbook
        self._classifier = classifier
        self.language = language or self.settings.explanation_language
        self.taxonomy = load_taxonomy()
        self._safeguards_cache: dict[tuple[str, str], tuple[Prefiltered, ...]] = {}

    @property
    def playbook(self) -> Playbook:
        if self._playbook is None:
            self._playbook = load_playbook(self.settings.playbook)
        return self._playbook

    @property
    def classifier(self):
        if self._classifier is None:
            from analyzer.classify.stage import DEFAULT_MODEL, load_classifier

            self._classifier = load_classifier(str(self.settings.models_dir / DEFAULT_MODEL))
        return self._classifier

    def _lang(self, result: AnalysisResult) -> str:
        if self.language in ("ja", "en"):
            return self.language
        return "ja" if result.document.language in ("ja", "mixed") else "en"

    # -- the stage --------------------------------------------------------------------------------------------------
    def __call__(self, result: AnalysisResult) -> AnalysisResult:
        lang = self._lang(result)
        parties = tuple(assign_roles(result.parties, self.settings.home_names, result.document.language,
                                    result.document.text))
        roles = party_roles(parties) or None
        outsiders = {key: value for language in {c.language for c in result.clauses} & {"ja", "en"}
                     for key, value in defined_outsiders((c for c in result.clauses if c.language == language), roles,
                                                         language).items()}
        if outsiders:
            roles = {**outsiders, **(roles or {})}
        organs = partner_organs(result.document.text, roles)
        if organs:
            roles = {**organs, **(roles or {})}
        text = result.document.text
        has_children = {c.parent for c in result.clauses if c.parent}
        # (a part without articles of its own, such as a front table of "Key Terms" that prevails over the standard
        # terms, is read like any clause)
        leaves = [c for c in result.clauses
                  if c.id not in has_children and c.kind != "signature" and c.text.strip()]
        clause_index = {c.id: c for c in result.clauses}
        findings: list[Finding] = []
        clause_facts: dict[str, list[Fact]] = {}
        # (an English article may point to a recital of a bilingual preamble that is read as Japanese)
        glosses = {language: definition_glosses((c for c in result.clauses if c.language == language
                                                 or (language == "en" and c.kind == "preamble")), roles, language)
                   for language in {c.language for c in result.clauses} & {"ja", "en"}}
        first_child: dict[str, int] = {}
        for c in result.clauses:
            if c.parent and c.start < first_child.get(c.parent, len(text) + 1):
                first_child[c.parent] = c.start
        partner_home = partner_countries(parties, text)
        linked = (defence_linked(parties, text), tuple(p for p in parties if p.role == "HOME"))
        struck = struck_in_brackets(text)
        covered = frozenset(category for category in set(COVERED_BY_DOCUMENT.values())
                            if has_protection(category, result.clauses, result.predictions, struck))
        for clause in leaves:
            findings.extend(self._clause_findings(result, clause, roles, lang, clause_index, clause_facts, glosses,
                                                  first_child, partner_home=partner_home, covered=covered,
                                                  linked=linked, struck=struck))
        # a clause with children says something of its own before them: "1.1 All Results shall vest in Sponsor,
        # subject to the following: (a) ...", 「特約第3条（帰属）…乙に帰属する。２ …」. The rules read that lead-in as a
        # clause of its own, with the clause's categories; its findings belong to the clause.
        for clause in result.clauses:
            lead_end = first_child.get(clause.id)
            if lead_end is None or clause.kind in ("signature", "part", "preamble") or lead_end <= clause.start:
                continue
            lead_in = replace(clause, end=lead_end, text=text[clause.start:lead_end].rstrip())
            if lead_in.text.strip() and _is_statement(lead_in):
                findings.extend(self._clause_findings(result, lead_in, roles, lang, clause_index, clause_facts,
                                                      glosses, first_child, is_lead_in=True,
                                                      partner_home=partner_home, covered=covered, linked=linked,
                                                      struck=struck))
        findings = self._dedupe(findings, clause_index)
        findings = [replace(f, id=f"f{i + 1}") for i, f in enumerate(findings)]
        by_clause: dict[str, list[str]] = {}
        for finding in findings:
            # a finding belongs to its clause and to every clause above it
            current: str | None = finding.clause_id
            while current:
                by_clause.setdefault(current, []).append(finding.id)
                current = clause_index[current].parent
        clauses = tuple(replace(c, findings=tuple(by_clause.get(c.id, ()))) for c in result.clauses)
        document_findings = self._document_findings(result, parties, roles, lang)
        facts = tuple(document_facts(text, result.clauses, roles, known=clause_facts))
        summary = self._summary(findings, document_findings, lang)
        return replace(result, clauses=clauses, parties=parties, findings=tuple(findings),
                       document_findings=tuple(document_findings), facts=facts, summary=summary)

    @staticmethod
    def _heading(clause: Clause, index: Mapping[str, Clause]) -> str:
        current: Clause | None = clause
        while current is not None:
            if current.heading:
                return current.heading
            current = index.get(current.parent) if current.parent else None
        return ""

    @staticmethod
    def _article(clause: Clause, index: Mapping[str, Clause]) -> Clause:
        return article_of(clause, index)

    def _table_rows(self, clause: Clause, heading: str, lang: str, roles: Mapping[str, str] | None,
                    facts: Sequence[Fact], outcome: RuleOutcome, fmt: str) -> RuleOutcome:
        """The rules of an annex's table, row by row: a term sheet's rows on funding, results and publication are
        each about their own subject, where the table as a whole reads as one of them. Each row is read under the
        topics the model sees in that row alone, so a rule for one row's topic does not read another row."""
        from analyzer.classify.model import ClauseInput

        if fmt == "pdf":
            # a PDF's lines are a layout's: an annex's prose wraps into rows that are no sentences; but a key-terms
            # table's rows each start with their label ("Publication Each proposed publication ... shall be
            # provided"), and a row runs to the next label
            rows = _labelled_rows(clause.text) if lang == "en" and _KEY_TERMS.search(clause.text[:300]) else []
        else:
            rows = _numbered_rows(clause.text) or [
                (m.start(), m.group()) for m in _TABLE_ROW["ja" if lang == "ja" else "en"].finditer(clause.text)]
        if len(rows) < 3:
            return outcome
        hits = list(outcome.hits)
        seen = {(hit.rule.id, hit.start) for hit in hits}
        benign = set(outcome.benign)
        predictions = self.classifier.predict([ClauseInput(row, heading, lang, roles) for _, row in rows],
                                              explain=False)
        for (start, row), prediction in zip(rows, predictions, strict=True):
            mapped = map_text(row, roles, lang, offset=clause.start + start)
            found = apply_rules(self.playbook.for_clause(lang, prediction.category_scores), mapped,
                                prediction.category_scores, facts, index=self.playbook.literal_index(lang))
            hits.extend(hit for hit in found.hits if (hit.rule.id, hit.start) not in seen)
            benign |= found.benign
        return RuleOutcome(hits, benign - {hit.rule.indicator for hit in hits})

    def _clause_findings(self, result: AnalysisResult, clause: Clause, roles: Mapping[str, str] | None,
                         lang: str, index: Mapping[str, Clause], clause_facts: dict[str, list[Fact]],
                         glosses: Mapping[str, tuple[Gloss, ...]] | None = None,
                         first_child: Mapping[str, int] | None = None, is_lead_in: bool = False,
                         partner_home: frozenset[str] = frozenset(),
                         covered: frozenset[str] = frozenset(),
                         linked: tuple[tuple[Party, ...], tuple[Party, ...]] = ((), ()),
                         struck: bool = False) -> list[Finding]:
        from analyzer.classify.model import ClauseInput

        text = result.document.text
        # which languages a mixed clause's sentences are in, read once: it picks the rules, and both sets when both
        written = (False, False) if clause.language in ("ja", "en") else _sentence_languages(clause.text)
        clause_lang = clause.language if clause.language in ("ja", "en") else _predicate_language(
            written, "ja" if result.document.language == "ja" else "en")
        prediction = result.predictions.get(clause.id)
        heading = self._heading(clause, index)
        if prediction is None:
            # paragraphs and items inherit their article's heading for the model, as in training
            prediction = self.classifier.predict(
                [ClauseInput(clause.text, heading, clause_lang, roles, clause.id)], explain=True)[0]
        mapped = map_text(blank_drafting_notes(clause.text, struck), roles, clause_lang, offset=clause.start)
        facts = clause_facts[clause.id] = extract_facts(mapped, text, clause.id)
        article = self._article(clause, index)
        if glosses and glosses.get(clause_lang) and article.kind != "definitions":
            # a defined term that lets in the partner's government or its nominees is read with that gloss
            mapped = with_glosses(mapped, glosses[clause_lang], clause_lang, clause.text)
        body_start = _body_start(clause, mapped.text)
        lead_in = _lead_in(clause, index, first_child or {}) if not is_lead_in else None
        if lead_in is not None and _DENYING_LEAD_IN.search(lead_in.text):
            # the items of a denial are what was not agreed: "has not entered into any contract or arrangement that
            # requires her to: (a) carry out ... research that ... overlaps ...; (b) recruit students ..."
            return []
        category_scores = prediction.category_scores
        # the text a clause is half of: an item's lead-in, or the paragraph one points back to
        context = lead_in if lead_in is not None else (
            _pointed_back_to(clause, index) if clause_lang == "en" else None)
        conditions_in = None
        if context is not None:
            conditions_in = _mapped_lead_in(context.text, tuple(sorted((roles or {}).items())), clause_lang) \
                + "\n" + mapped.text
            if context.id in result.predictions:
                # ... and it sets the clause's subject: "16.3 The Receiving Party may disclose Confidential
                # Information: ... (d) in the case of the Sponsor, to any ministry" (a lead-in's id is its clause's)
                category_scores = _merged(category_scores, result.predictions[context.id].category_scores)
        if lead_in is None and clause.parent in result.predictions \
                and max(category_scores.values(), default=0.0) < UNSURE_CATEGORY:
            # a paragraph the model cannot place (「２ 乙は、…必要と認める協力を行う。」) is about its article's subject
            category_scores = _merged(category_scores, result.predictions[clause.parent].category_scores)
        exceptions_in = None
        if is_lead_in and first_child is not None:
            # the items of a lead-in state its limits
            whole = index[clause.id]
            exceptions_in = map_text(whole.text, roles, clause_lang, offset=whole.start).text

        def article_text() -> str:
            return mapped.text if article is clause else map_text(article.text, roles, clause_lang,
                                                                  offset=article.start).text

        # a definition is filed under no topic the model could tell: the definition of a funder is read by the
        # funding rules all the same ("Funding Agency" means the Defence Science and Technology Directorate ...)
        rule_scores = ({**category_scores, "FUNDING": 1.0}
                       if article.kind == "definitions" and category_scores and _FUNDER_DEFINED.search(clause.text)
                       else category_scores)
        outcome = apply_rules(self.playbook.for_clause(clause_lang, rule_scores), mapped,
                              rule_scores, facts, body_start, article_text, exceptions_in, conditions_in,
                              index=self.playbook.literal_index(clause_lang))
        other = ("en" if clause_lang == "ja" else "ja") if clause.language == "mixed" \
            and all(written) else None
        if other is not None:
            # a paragraph that holds both versions of a bilingual agreement ("8.3 Each Allocated User ... shall give
            # "Southern Meridian ..." as ... \n 各配分利用者は、…") is read by the rules of each language
            mapped_other = map_text(blank_drafting_notes(clause.text, struck), roles, other, offset=clause.start)
            extra = apply_rules(self.playbook.for_clause(other, rule_scores), mapped_other, rule_scores,
                                extract_facts(mapped_other, text, clause.id), _body_start(clause, mapped_other.text),
                                index=self.playbook.literal_index(other))
            hit_already = {hit.rule.indicator for hit in outcome.hits}
            outcome = RuleOutcome(outcome.hits + [hit for hit in extra.hits if hit.rule.indicator not in hit_already],
                                  (outcome.benign | extra.benign) - hit_already
                                  - {hit.rule.indicator for hit in extra.hits})
        if article.kind == "annex" and first_child is not None and clause.id not in first_child:
            outcome = self._table_rows(clause, heading, clause_lang, roles, facts, outcome, result.document.format)
        raised: dict[str, list[RuleHit]] = {}
        suppressed = set(outcome.benign)
        # "2.2 The Recipient shall not: (a) use the Data for any purpose other than the Project;": an item of a
        # prohibition says what may not be done, in the words a rule looks for
        # ... and so does a schedule's list under "The Model and its Outputs shall not be used:"
        ban = lead_in if lead_in is not None or is_lead_in else _lead_in(clause, index, first_child or {}, annex=True)
        prohibited = ban is not None and bool(_PROHIBITION_LEAD_IN.search(ban.text.strip()))
        freed = lead_in is not None and bool(_FREEDOM_LEAD_IN.search(lead_in.text.strip()))
        for hit in outcome.hits:
            if hit.rule.effect == "suppress":
                suppressed.add(hit.rule.indicator)
                suppressed.update(hit.rule.also)
            elif freed and hit.rule.indicator in SECRECY:
                continue
            elif (not prohibited or hit.rule.indicator in RESTRICTIONS) and not _in_table_of_contents(text, hit.start) \
                    and not _asks(clause.text, hit.start - clause.start, hit.end - clause.start):
                raised.setdefault(hit.rule.indicator, []).append(hit)
        if not prohibited and "FUN-01" not in suppressed:
            paid = party_hits(clause, clause_lang, *linked)
            # (the article's own words on where the money comes from are read only when a defence-linked party pays)
            if paid and not civilian_source(self._article(clause, index).text):
                for hit in paid:
                    raised.setdefault(hit.rule.indicator, []).append(hit)
        if not prohibited and "EXP-03" not in suppressed:
            for hit in link_hits(clause, linked[0], text):
                raised.setdefault(hit.rule.indicator, []).append(hit)
        if not prohibited and "EXP-02" not in suppressed:
            for hit in use_hits(clause, clause_lang, linked[0]):
                raised.setdefault(hit.rule.indicator, []).append(hit)
        if not prohibited and "EXP-01" not in suppressed:
            # (the articles are looked up only when the clause switches one off by number)
            for hit in export_article_off(clause, (c for c in index.values()
                                                   if c.parent is None and c.kind in ("article", "definitions"))):
                raised.setdefault(hit.rule.indicator, []).append(hit)
        law_01 = "LAW-01" in raised or any(label.id == "LAW-01" for label in prediction.indicators)
        if law_01 and is_neutral_forum(clause.text, partner_home):
            # Belgian law and a Brussels seat between a German partner and us: neutral ground, LAW-01's benign side
            raised.pop("LAW-01", None)
            suppressed.add("LAW-01")
        # a model-only finding needs both heads to agree: the indicator is likely, and the clause is risky at the
        # indicator's level (the risk head told risky from benign twins apart in 95% of pairs, the indicator
        # head alone over-fires on ordinary clauses of the same topic)
        model_indicators = {}
        # a heading on its own ("6. Termination" in an outline) or a list fragment (「２　乙が独自に開発した情報」)
        # binds nobody by itself: the model reads little more than its heading's words there
        # nor does a definition ("(e) "Intellectual Property" means patents, ..."): it names what other articles
        # regulate, and a model reading its words would flag the whole subject
        in_definitions = article.kind == "definitions"
        # a lead-in ("This Agreement may be terminated:") is half a sentence: only rules speak for it
        for label in (prediction.indicators if _is_statement(clause) and not in_definitions and not prohibited
                      and not is_lead_in else ()):
            if label.score < MODEL_MIN_SCORE or label.id in suppressed or "*" in suppressed:
                continue
            level = min(self.taxonomy.indicator(label.id).level, 2)
            combined = float((label.score * prediction.risk_at_least(level)) ** 0.5)
            if combined >= MODEL_MIN_COMBINED:
                model_indicators[label.id] = combined
        out = []
        for indicator in sorted(set(raised) | set(model_indicators)):
            rule_hits = raised.get(indicator, [])
            model_score = model_indicators.get(indicator)
            if rule_hits:
                best = max(rule_hits, key=lambda h: h.rule.score)
                tempered = self._safeguard_elsewhere(result, clause, index, best.rule.checks_safeguards, roles,
                                                     clause_lang, indicator)
                # the officer reads the whole sentence the rule matched in, not just the matched words
                a, b = _sentence_span(clause.text, best.start - clause.start, best.end - clause.start)
                start, end = clause.start + a, clause.start + b
                rule_score = best.rule.score
                score = 1 - (1 - rule_score) * (1 - model_score) if model_score else rule_score
                source = "both" if model_score else "rule"
            else:
                start, end = self._model_evidence(clause, indicator, heading, clause_lang, roles)
                score = float(model_score or 0.0)
                source = "model"
                best = None
                # the model has no safeguards of its own: those of every rule for the indicator
                tempered = self._safeguard_elsewhere(result, clause, index, self._safeguards(clause_lang, indicator),
                                                     roles, clause_lang, indicator)
            evidence_text = text[start:end]
            answered = source == "model" and COVERED_BY_DOCUMENT.get(indicator) in covered
            out.append(self._finding(index, clause, indicator, score, start, end, evidence_text, source, best,
                                     prediction, lang, tempered, covered=answered))
        return out

    def _safeguards(self, lang: str, indicator: str) -> tuple[Prefiltered, ...]:
        key = (lang, indicator)
        if key not in self._safeguards_cache:
            self._safeguards_cache[key] = tuple(
                check for rule in self.playbook.for_language(lang)
                if rule.indicator == indicator for check in rule.checks_safeguards)
        return self._safeguards_cache[key]

    def _safeguard_elsewhere(self, result: AnalysisResult, clause: Clause, index: Mapping[str, Clause],
                             safeguards: Sequence[Prefiltered], roles: Mapping[str, str] | None, lang: str,
                             indicator: str = "") -> bool:
        """Whether another paragraph of the same article states a safeguard of the playbook: "2.1 The University
        will provide the cohort data" is tempered by "2.3 Before transfer, identifiers are removed". The finding stays
        (the officer checks that the safeguard covers it) one severity level lower."""
        if not safeguards:
            return False
        text = result.document.text
        article = self._article(clause, index)
        if indicator in DOCUMENT_WIDE_SAFEGUARDS:
            # an outside activity approved under the home institution's rules is said once, in its own article
            rest = text[:clause.start] + "\n" + text[clause.end:]
        elif clause.level < 2 or article.id == clause.id:
            return False
        else:
            rest = text[article.start:clause.start] + "\n" + text[clause.end:article.end]
        if not rest.strip():
            return False
        mapped = map_text(rest, roles, lang)
        blanked = blank_negations(mapped.text)
        lowered = caseless(blanked)
        return any(check.search(blanked, lowered) for check in safeguards)

    def _model_evidence(self, clause: Clause, indicator: str, heading: str, lang: str,
                        roles: Mapping[str, str] | None) -> tuple[int, int]:
        """The sentence of the clause the model finds most indicative of the indicator."""
        from analyzer.classify.model import ClauseInput

        title = f"{clause.number} {clause.heading}".strip()
        sentences = [(a, b) for a, b in sentence_spans(clause.text)
                     # the "Article 2 Scope of Cooperation" line names the clause; it is not evidence
                     if not (a == 0 and clause.heading and clause.heading in clause.text[a:b]
                             and b - a <= len(title) + 8)] or sentence_spans(clause.text)
        if len(sentences) <= 1:
            a, b = sentences[0] if sentences else (0, len(clause.text))
            return clause.start + a, clause.start + b
        predictions = self.classifier.predict(
            [ClauseInput(clause.text[a:b], heading, lang, roles) for a, b in sentences], explain=False)
        best = max(range(len(sentences)), key=lambda i: predictions[i].indicator_scores.get(indicator, 0.0))
        a, b = sentences[best]
        return clause.start + a, clause.start + b

    def _finding(self, index: Mapping[str, Clause], clause: Clause, indicator_id: str, score: float, start: int,
                 end: int, evidence: str, source: str, hit: RuleHit | None, prediction: Prediction,
                 lang: str, tempered: bool = False, covered: bool = False) -> Finding:
        indicator = self.taxonomy.indicator(indicator_id)
        severity = SEVERITY_NAME[indicator.severity]
        sentence_start, sentence_end = _sentence_span(clause.text, start - clause.start, end - clause.start)
        mood = modality(clause.text[sentence_start:sentence_end])
        if mood == "hortatory":
            severity = _lower(severity)  # "will endeavour" binds less than "shall" (taxonomy §3.5.9)
        uncertain = source == "model" and score < MODEL_CONFIDENT
        if uncertain:
            severity = _lower(severity)
        if tempered:
            severity = _lower(severity)
        if covered:
            severity = _lower(severity)
        if indicator_id in CONTEXT_INDICATORS and SEVERITY_ORDER[severity] > SEVERITY_ORDER[
                CONTEXT_INDICATORS[indicator_id]]:
            severity = CONTEXT_INDICATORS[indicator_id]
        article = self._article(clause, index)
        where = clause_label(article, lang)
        name = indicator.name.get(lang) or indicator.name.get("en", indicator_id)
        if hit is not None:
            why = hit.rule.explanation.get(lang) or hit.rule.explanation.get("en") or name
            explanation = (f"{where}: {why}（ルール {hit.rule.id}）" if lang == "ja"
                           else f"{where}: {why} (rule {hit.rule.id})")
            if source == "both":
                explanation += ("。モデルも同じ指標を示しています" if lang == "ja" else "; the model agrees")
        else:
            words = [c.feature.strip() for c in prediction.explanation if c.label == indicator_id][:4]
            cue = "、".join(f"「{w}」" for w in words) if lang == "ja" else ", ".join(f"'{w}'" for w in words)
            explanation = (f"{where}: モデルが「{name}」と判定しました（確率 {score:.2f}）。"
                           + (f"根拠となった語: {cue}" if words else "")
                           if lang == "ja" else
                           f"{where}: the model flags '{name}' (probability {score:.2f})"
                           + (f" because of {cue}" if words else ""))
        if mood == "hortatory":
            explanation += ("（努力義務のため重大度を1段階下げています）" if lang == "ja"
                            else " (hortatory wording: severity lowered one level)")
        if uncertain:
            explanation += ("（モデルのみの判定で確度が高くないため重大度を1段階下げています）" if lang == "ja"
                            else " (model only, not confident: severity lowered one level)")
        if tempered:
            explanation += TEMPERED_NOTE["ja" if lang == "ja" else "en"]
        if covered:
            explanation += COVERED_NOTE["ja" if lang == "ja" else "en"]
        if indicator_id in CONTEXT_INDICATORS:
            explanation += ("。相手方・関係機関をスクリーニングリストで確認してください" if lang == "ja"
                            else "; check the parties against your screening lists")
        direction = hit.rule.direction if hit is not None else "HOME"
        return Finding(
            id="", indicator=indicator_id, category=indicator.category, severity=severity,  # type: ignore[arg-type]
            score=round(float(score), 4), clause_id=clause.id, start=start, end=end, evidence=evidence,
            direction=direction, source=source,  # type: ignore[arg-type]
            explanation=explanation, references=indicator.frameworks,
            recommendation=indicator.recommendation.get(lang) or indicator.recommendation.get("en", ""),
            rule=hit.rule.id if hit is not None else None,
        )

    def _dedupe(self, findings: Sequence[Finding], index: Mapping[str, Clause]) -> list[Finding]:
        """One finding per indicator and article (its 項 and 号 are one provision to an officer); a rule-backed
        finding beats a model-only one, then the higher score wins."""
        best: dict[tuple[str, str], Finding] = {}
        rank = {"both": 2, "rule": 1, "model": 0}
        for finding in findings:
            article = self._article(index[finding.clause_id], index)
            key = (finding.indicator, article.id)
            current = best.get(key)
            if current is None or (rank[finding.source], finding.score) > (rank[current.source], current.score):
                best[key] = finding
        return sorted(best.values(), key=lambda f: (-SEVERITY_ORDER[f.severity], f.start))

    # -- the agreement as a whole ---------------------------------------------------------------------------------
    def _document_findings(self, result: AnalysisResult, parties, roles, lang: str) -> list[DocumentFinding]:
        predictions = dict(result.predictions)
        out: list[DocumentFinding] = []
        out += missing_protections(result.document.text, result.clauses, predictions, lang)
        out += reciprocity_balance(result.clauses, predictions, roles, lang)
        if self.settings.screening_lists:
            from analyzer.findings.facts import organisations

            entries = load_lists(self.settings.screening_lists)
            names = [p.name for p in parties] + [a for p in parties for a in p.aliases if len(a) > 3]
            names += [name for _, _, name in organisations(result.document.text)]
            for match in screen(names, entries):
                label_en = f"Counterparty or named organisation on a screening list: {match.matched}"
                label_ja = f"相手方または記載された機関がスクリーニングリストに該当: {match.matched}"
                out.append(DocumentFinding(
                    kind="counterparty", label=label_ja if lang == "ja" else label_en, category="EXPORT_CONTROL",
                    severity="high",
                    details={"list": match.entry.list_name, "entry": match.entry.name,
                             "aliases": list(match.entry.aliases), "country": match.entry.country,
                             "row": match.entry.row, "matched": match.matched, "score": round(match.score, 1),
                             "indicator": "EXP-03", "label_en": label_en, "label_ja": label_ja},
                ))
        return [replace(f, id=f"d{i + 1}") for i, f in enumerate(out)]

    def _summary(self, findings: Sequence[Finding], document_findings: Sequence[DocumentFinding],
                 lang: str) -> Summary:
        counts = {"high": 0, "medium": 0, "low": 0}
        for item in (*findings, *document_findings):
            counts[item.severity] += 1
        level = max((SEVERITY_ORDER[f.severity] for f in (*findings, *document_findings)), default=0)
        reasons: list[str] = []
        listed = [d for d in document_findings if d.kind == "counterparty"]
        if listed and level < 3:
            level += 1  # a listed counterparty raises the whole agreement one level (taxonomy §3.4)
        if listed:
            reasons.append("相手方がスクリーニングリストに該当" if lang == "ja" else "a party matches a screening list")
        for finding in sorted(findings, key=lambda f: (-SEVERITY_ORDER[f.severity], -f.score))[:3]:
            name = self.taxonomy.indicator(finding.indicator).name
            reasons.append(f"{finding.severity}: {name.get(lang) or name['en']} ({finding.indicator})")
        for item in document_findings:
            if item.kind != "counterparty" and item.severity in ("high", "medium"):
                reasons.append(f"{item.severity}: {item.label}")
        top = [f.id for f in sorted(findings, key=lambda f: (-SEVERITY_ORDER[f.severity], -f.score))[:5]]
        return Summary(LEVEL_NAMES[level], counts, tuple(top), tuple(reasons[:8]))  # type: ignore[arg-type]
