"""Adapters from the real third-party data in ``../shared/data`` to Kyotei's labels (read at run time, never copied).

The mapping onto our categories is deliberately conservative: a source label is mapped only where every clause
carrying it belongs to the category. Source labels without a clean counterpart are left out (listed in ``UNMAPPED``).
Real clauses train only the category head: their sources say nothing about our research-security indicators.

| source | source label | our category |
|---|---|---|
| CUAD | IP Ownership Assignment, Joint IP Ownership, License Grant, Non-Transferable License, | IP |
| | Irrevocable Or Perpetual License, Affiliate License-Licensee/-Licensor, Unlimited/All-You-Can-Eat-License, | |
| | Source Code Escrow, Covenant Not To Sue | |
| CUAD | Governing Law | GOVERNING_LAW |
| CUAD | Termination For Convenience, Renewal Term, Notice Period To Terminate Renewal, | TERM_TERMINATION |
| | Post-Termination Services | |
| CUAD | Cap On Liability, Uncapped Liability, Insurance, Warranty Duration, Liquidated Damages | LIABILITY |
| CUAD | Anti-Assignment, Change Of Control, Third Party Beneficiary | TRANSPARENCY |
| CUAD | Revenue/Profit Sharing, Minimum Commitment, Price Restrictions, Most Favored Nation | FUNDING |
| UMKC clause bank | data access, transfer, storage, use, ownership, segregation, protection, broadcasting | DATA |
| UMKC clause bank | Termination, FERPA Termination, Duration and extension, Modifications, | TERM_TERMINATION |
| | Suspension of Access | |
| UMKC clause bank | Indemnification - User / - City | LIABILITY |
| UMKC clause bank | Governing Laws, FERPA Venue | GOVERNING_LAW |
| UMKC clause bank | Assignment, Transfer, and Conveyance | TRANSPARENCY |
| ContractNLI | any span that is evidence for a hypothesis | CONFIDENTIALITY |
| | (all 17 are about confidential information) | |
| UNFAIR-ToS | sentences on choice of law, jurisdiction, arbitration | GOVERNING_LAW |
| | (labelled "Limitation of liability", "Unilateral termination", "Contract by using" in this packaging, | |
| | see UNFAIR_MAP) | |
| UNFAIR-ToS | sentences on unilateral termination and unilateral change | TERM_TERMINATION |
| | (labelled "Unilateral change", "Content removal") | |
| UNFAIR-ToS | sentences limiting liability (labelled "Arbitration") | LIABILITY |
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CUAD_MAP: dict[str, str] = {
    "Ip Ownership Assignment": "IP", "Joint Ip Ownership": "IP", "License Grant": "IP",
    "Non-Transferable License": "IP", "Irrevocable Or Perpetual License": "IP", "Affiliate License-Licensee": "IP",
    "Affiliate License-Licensor": "IP", "Unlimited/All-You-Can-Eat-License": "IP", "Source Code Escrow": "IP",
    "Covenant Not To Sue": "IP",
    "Governing Law": "GOVERNING_LAW",
    "Termination For Convenience": "TERM_TERMINATION", "Renewal Term": "TERM_TERMINATION",
    "Notice Period To Terminate Renewal": "TERM_TERMINATION", "Post-Termination Services": "TERM_TERMINATION",
    "Cap On Liability": "LIABILITY", "Uncapped Liability": "LIABILITY", "Insurance": "LIABILITY",
    "Warranty Duration": "LIABILITY", "Liquidated Damages": "LIABILITY",
    "Anti-Assignment": "TRANSPARENCY", "Change Of Control": "TRANSPARENCY", "Third Party Beneficiary": "TRANSPARENCY",
    "Revenue/Profit Sharing": "FUNDING", "Minimum Commitment": "FUNDING", "Price Restrictions": "FUNDING",
    "Most Favored Nation": "FUNDING",
}
# Names, dates and commercial restrictions have no clean counterpart among our categories.
UNMAPPED = ("Parties", "Document Name", "Agreement Date", "Effective Date", "Expiration Date", "Audit Rights",
            "Exclusivity", "Non-Compete", "No-Solicit Of Employees", "No-Solicit Of Customers", "Non-Disparagement",
            "Competitive Restriction Exception", "Rofr/Rofo/Rofn", "Volume Restriction")
UMKC_MAP: dict[str, str] = {
    "Accessing/Transfer of Data": "DATA", "Form of Data": "DATA", "Broadcasting of Data": "DATA",
    "Data References": "DATA", "Data Segregation": "DATA", "Internal Use of Data": "DATA", "Permitted Use": "DATA",
    "Storage of City Data": "DATA", "User data protection": "DATA", "Data Ownership": "DATA",
    "Information origin": "DATA",
    "Termination": "TERM_TERMINATION", "FERPA Termination": "TERM_TERMINATION",
    "Duration and extension": "TERM_TERMINATION", "Modifications": "TERM_TERMINATION",
    "Suspension of Access": "TERM_TERMINATION",
    "Indemnification - User": "LIABILITY", "Indemnification - City": "LIABILITY",
    "Governing Laws": "GOVERNING_LAW", "FERPA Venue": "GOVERNING_LAW",
    "Assignment, Transfer, and Conveyance": "TRANSPARENCY",
}
# The label strings of this packaging do not name their sentences: read, the "Limitation of liability" sentences
# choose a governing law, the "Arbitration" ones limit liability, and so on (the names look shifted against the
# LexGLUE label order). The mapping below follows what the sentences say, checked by reading samples of each.
UNFAIR_MAP: dict[str, str] = {
    "Limitation of liability": "GOVERNING_LAW",   # sentences: choice of law
    "Unilateral termination": "GOVERNING_LAW",    # sentences: jurisdiction
    "Contract by using": "GOVERNING_LAW",         # sentences: arbitration
    "Unilateral change": "TERM_TERMINATION",      # sentences: unilateral termination
    "Content removal": "TERM_TERMINATION",        # sentences: unilateral change of the terms
    "Arbitration": "LIABILITY",                   # sentences: limitation of liability
}
CUAD_TEST_SHARE = 0.2


@dataclass(frozen=True)
class RealClause:
    """A real clause with the categories the source lets us assign (``labelled`` = the categories it speaks for)."""

    source: str
    id: str
    group: str
    text: str
    categories: tuple[str, ...]
    labelled: tuple[str, ...]
    lang: str = "en"


def _read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def is_cuad_test_contract(contract_id: str) -> bool:
    """A fixed split of CUAD by contract: about one contract in five is held out of any training."""
    digest = hashlib.sha256(contract_id.encode()).digest()
    return digest[0] < 256 * CUAD_TEST_SHARE


def cuad_clauses(root: Path, split: str = "all") -> list[RealClause]:
    """CUAD clauses of the mapped categories; ``split`` is ``train``, ``test`` or ``all`` (by contract)."""
    path = root / "cuad" / "cuad_clauses.jsonl"
    by_text: dict[tuple[str, str], set[str]] = {}
    for row in _read_jsonl(path):
        category = CUAD_MAP.get(row["category"])
        if category is None:
            continue
        test = is_cuad_test_contract(row["contract_id"])
        if (split == "train" and test) or (split == "test" and not test):
            continue
        text = " ".join(row["text"].split())
        if len(text) < 25:
            continue
        by_text.setdefault((row["contract_id"], text), set()).add(category)
    labelled = tuple(sorted(set(CUAD_MAP.values())))
    return [
        RealClause("cuad", f"cuad-{i}", contract, text, tuple(sorted(categories)), labelled)
        for i, ((contract, text), categories) in enumerate(sorted(by_text.items()))
    ]


def umkc_clauses(root: Path) -> list[RealClause]:
    path = root / "umkc_data_sharing_agreements" / "clausebank.jsonl"
    labelled = tuple(sorted(set(UMKC_MAP.values())))
    out = []
    for row in _read_jsonl(path):
        category = UMKC_MAP.get(row["clause_name"])
        text = " ".join((row.get("text") or "").split())
        if category is None or len(text) < 25:
            continue
        out.append(RealClause("umkc", f"umkc-{row['clause_id']}-{row['file']}", row["file"], text, (category,),
                              labelled))
    return out


def contractnli_spans(root: Path) -> list[RealClause]:
    """Evidence spans (positives for CONFIDENTIALITY); the data has no reliable negatives for it."""
    out = []
    for name in ("contractnli_dev_spans.jsonl", "contractnli_train_first50_spans.jsonl"):
        path = root / "contractnli" / name
        if not path.exists():
            continue
        for row in _read_jsonl(path):
            text = " ".join(row["text"].split())
            if not row.get("evidence_for") or len(text) < 25:
                continue
            out.append(RealClause("contractnli", f"cnli-{row['doc_id']}-{row['span_index']}", str(row["doc_id"]),
                                  text, ("CONFIDENTIALITY",), ("CONFIDENTIALITY",)))
    return out


def unfair_tos_sentences(root: Path) -> list[RealClause]:
    """UNFAIR-ToS sentences; "Other" sentences are negatives for the three mapped categories (sentences of the
    unmapped types, content removal and contract-by-using, are left out: they are neither)."""
    path = root / "unfair_tos_legalbench" / "unfair_tos_sentences.jsonl"
    labelled = tuple(sorted(set(UNFAIR_MAP.values())))
    out = []
    for row in _read_jsonl(path):
        label = row["label"]
        if label != "Other" and label not in UNFAIR_MAP:
            continue
        text = " ".join(row["text"].split())
        if len(text) < 20:
            continue
        categories = (UNFAIR_MAP[label],) if label in UNFAIR_MAP else ()
        out.append(RealClause("unfair_tos", f"tos-{row['id']}", f"tos-{row['id']}", text, categories, labelled))
    return out


def available(root: Path) -> bool:
    return (root / "cuad" / "cuad_clauses.jsonl").exists()
