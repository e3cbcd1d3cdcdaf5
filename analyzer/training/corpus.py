"""Read and check Kyotei's own labelled clause corpus (``corpora/clauses/*.jsonl``).

The schema is documented in ``corpora/README.md``. :func:`check_corpus` returns every problem it finds instead of
stopping at the first, so a writer can fix a whole file in one pass; ``python -m analyzer.training.corpus check DIR``
prints them with a coverage table.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.taxonomy import SEVERITY_LEVEL, load_taxonomy

LANGS = ("ja", "en")
DIRECTIONS = ("HOME", "PARTNER", "mutual", "n/a")
MODALITIES = ("binding", "permissive", "hortatory", "negated")
ROLES = ("HOME", "PARTNER", "THIRD")
NEAR_DUPLICATE_JACCARD = 0.5
MIN_TOTAL, MIN_PER_LANG, MIN_PER_CATEGORY, MIN_PER_INDICATOR = 4000, 1800, 80, 20


@dataclass(frozen=True)
class CorpusClause:
    """One labelled clause of the corpus."""

    id: str
    lang: str
    text: str
    heading: str
    categories: tuple[str, ...]
    indicators: tuple[str, ...]
    risk: int
    direction: str
    modality: str
    parties: dict[str, str] = field(default_factory=dict)
    group: str = ""
    twin: str | None = None
    twin_of: str | None = None
    source: str = ""

    @classmethod
    def from_dict(cls, raw: dict, source: str = "") -> CorpusClause:
        return cls(
            id=str(raw["id"]),
            lang=str(raw["lang"]),
            text=str(raw["text"]),
            heading=str(raw.get("heading") or ""),
            categories=tuple(raw.get("categories") or ()),
            indicators=tuple(raw.get("indicators") or ()),
            risk=int(raw.get("risk", 0)),
            direction=str(raw.get("direction", "n/a")),
            modality=str(raw.get("modality", "binding")),
            parties=dict(raw.get("parties") or {}),
            group=str(raw.get("group") or raw["id"]),
            twin=raw.get("twin"),
            twin_of=raw.get("twin_of"),
            source=source,
        )


def iter_corpus_files(root: Path) -> list[Path]:
    """All ``*.jsonl`` files of a corpus folder (or the file itself), in a stable order."""
    root = Path(root)
    if root.is_file():
        return [root]
    return sorted(root.rglob("*.jsonl"))


def load_corpus(root: Path | str, problems: list[str] | None = None) -> list[CorpusClause]:
    """Load every clause under ``root``; malformed lines are reported in ``problems`` (or raise if it is None)."""
    clauses: list[CorpusClause] = []
    for path in iter_corpus_files(Path(root)):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                clauses.append(CorpusClause.from_dict(json.loads(line), source=where))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                message = f"{where}: cannot read clause: {exc}"
                if problems is None:
                    raise ValueError(message) from exc
                problems.append(message)
    return clauses


def corpus_hash(root: Path | str) -> str:
    """sha256 over the corpus files' names and bytes: identifies the training data in model metadata."""
    import hashlib

    digest = hashlib.sha256()
    for path in iter_corpus_files(Path(root)):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def shingle_text(text: str) -> str:
    """The form near-duplicate detection compares: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def near_duplicate_pairs(texts: Sequence[str],
                         threshold: float = NEAR_DUPLICATE_JACCARD) -> list[tuple[int, int, float]]:
    """Index pairs whose character 5-gram sets have Jaccard similarity >= ``threshold``."""
    from sklearn.feature_extraction.text import CountVectorizer

    docs = [shingle_text(t) for t in texts]
    vectorizer = CountVectorizer(analyzer="char", ngram_range=(5, 5), binary=True, lowercase=True)
    matrix = vectorizer.fit_transform(docs).tocsr()
    sizes = matrix.sum(axis=1).A1
    overlap = (matrix @ matrix.T).tocoo()
    pairs: list[tuple[int, int, float]] = []
    for i, j, inter in zip(overlap.row, overlap.col, overlap.data, strict=True):
        if i >= j:
            continue
        union = sizes[i] + sizes[j] - inter
        if union and inter / union >= threshold:
            pairs.append((int(i), int(j), float(inter / union)))
    return pairs


def check_clause(clause: CorpusClause) -> list[str]:
    """Schema problems of one clause."""
    taxonomy = load_taxonomy()
    where = f"{clause.source} {clause.id}"
    problems = []
    if clause.lang not in LANGS:
        problems.append(f"{where}: lang {clause.lang!r} not in {LANGS}")
    if not clause.text.strip():
        problems.append(f"{where}: empty text")
    if not clause.categories:
        problems.append(f"{where}: no categories")
    for category in clause.categories:
        if category not in taxonomy.categories:
            problems.append(f"{where}: unknown category {category!r}")
    for indicator in clause.indicators:
        if indicator not in taxonomy.indicators:
            problems.append(f"{where}: unknown indicator {indicator!r}")
    expected_risk = max(
        (SEVERITY_LEVEL[taxonomy.indicators[i].severity] for i in clause.indicators if i in taxonomy.indicators),
        default=0,
    )
    if clause.risk != expected_risk:
        problems.append(f"{where}: risk {clause.risk} but its indicators give {expected_risk}")
    if clause.direction not in DIRECTIONS:
        problems.append(f"{where}: direction {clause.direction!r} not in {DIRECTIONS}")
    if clause.modality not in MODALITIES:
        problems.append(f"{where}: modality {clause.modality!r} not in {MODALITIES}")
    for name, role in clause.parties.items():
        if role not in ROLES:
            problems.append(f"{where}: party {name!r} has role {role!r}, not one of {ROLES}")
    if clause.twin_of is not None and clause.twin_of not in taxonomy.indicators:
        problems.append(f"{where}: twin_of {clause.twin_of!r} is not an indicator id")
    return problems


def check_twins(clauses: Sequence[CorpusClause]) -> list[str]:
    """Twins point at each other, share language and group, and exactly one side is risky."""
    by_id = {c.id: c for c in clauses}
    problems = []
    for clause in clauses:
        if clause.twin is None:
            if clause.twin_of is not None:
                problems.append(f"{clause.source} {clause.id}: twin_of set but no twin")
            continue
        other = by_id.get(clause.twin)
        if other is None:
            problems.append(f"{clause.source} {clause.id}: twin {clause.twin!r} does not exist")
            continue
        if other.twin != clause.id:
            problems.append(f"{clause.source} {clause.id}: twin {other.id} does not point back")
        if other.lang != clause.lang or other.group != clause.group:
            problems.append(f"{clause.source} {clause.id}: twin {other.id} has another lang or group")
        if bool(clause.indicators) == bool(other.indicators):
            problems.append(f"{clause.source} {clause.id}: twin {other.id} must differ in being risky")
        if not clause.indicators:
            if clause.twin_of is None:
                problems.append(f"{clause.source} {clause.id}: benign twin without twin_of")
            elif clause.twin_of not in other.indicators:
                problems.append(f"{clause.source} {clause.id}: twin_of {clause.twin_of} not raised by {other.id}")
    return problems


def check_duplicates(clauses: Sequence[CorpusClause], threshold: float = NEAR_DUPLICATE_JACCARD) -> list[str]:
    """Exact and near-duplicate texts (twins of each other excepted)."""
    problems = []
    seen: dict[str, CorpusClause] = {}
    for clause in clauses:
        key = shingle_text(clause.text)
        if key in seen:
            problems.append(f"exact duplicate: {seen[key].id} ({seen[key].source}) and {clause.id} ({clause.source})")
        seen.setdefault(key, clause)
    for i, j, score in near_duplicate_pairs([c.text for c in clauses], threshold):
        a, b = clauses[i], clauses[j]
        if a.twin == b.id:
            continue
        problems.append(f"near duplicate ({score:.2f}): {a.id} ({a.source}) and {b.id} ({b.source})")
    return problems


@dataclass
class Coverage:
    """Counts that the size and coverage rules are checked against."""

    total: int
    per_lang: Counter
    per_category: dict[str, Counter]
    risky_per_indicator: dict[str, Counter]
    twins_per_indicator: dict[str, Counter]


def coverage(clauses: Iterable[CorpusClause]) -> Coverage:
    per_lang: Counter = Counter()
    per_category: dict[str, Counter] = defaultdict(Counter)
    risky: dict[str, Counter] = defaultdict(Counter)
    twins: dict[str, Counter] = defaultdict(Counter)
    total = 0
    for clause in clauses:
        total += 1
        per_lang[clause.lang] += 1
        for category in clause.categories:
            per_category[category][clause.lang] += 1
        for indicator in clause.indicators:
            risky[indicator][clause.lang] += 1
        if clause.twin_of:
            twins[clause.twin_of][clause.lang] += 1
    return Coverage(total, per_lang, dict(per_category), dict(risky), dict(twins))


def check_coverage(clauses: Sequence[CorpusClause]) -> list[str]:
    taxonomy = load_taxonomy()
    cov = coverage(clauses)
    problems = []
    if cov.total < MIN_TOTAL:
        problems.append(f"coverage: {cov.total} clauses, need {MIN_TOTAL}")
    for lang in LANGS:
        if cov.per_lang[lang] < MIN_PER_LANG:
            problems.append(f"coverage: {cov.per_lang[lang]} {lang} clauses, need {MIN_PER_LANG}")
        for category in taxonomy.categories:
            n = cov.per_category.get(category, Counter())[lang]
            if n < MIN_PER_CATEGORY:
                problems.append(f"coverage: category {category} has {n} {lang} clauses, need {MIN_PER_CATEGORY}")
        for indicator in taxonomy.indicators:
            n = cov.risky_per_indicator.get(indicator, Counter())[lang]
            t = cov.twins_per_indicator.get(indicator, Counter())[lang]
            if n < MIN_PER_INDICATOR or t < MIN_PER_INDICATOR:
                problems.append(
                    f"coverage: indicator {indicator} has {n} risky and {t} benign-twin {lang} clauses, "
                    f"need {MIN_PER_INDICATOR} of each"
                )
    return problems


def check_corpus(root: Path | str, with_coverage: bool = True) -> tuple[list[CorpusClause], list[str]]:
    """Load and check a corpus folder or file; returns the clauses and all problems found."""
    problems: list[str] = []
    clauses = load_corpus(root, problems)
    ids = Counter(c.id for c in clauses)
    problems += [f"duplicate id {i!r} ({n} times)" for i, n in ids.items() if n > 1]
    for clause in clauses:
        problems += check_clause(clause)
    problems += check_twins(clauses)
    problems += check_duplicates(clauses)
    if with_coverage:
        problems += check_coverage(clauses)
    return clauses, problems


def format_coverage(clauses: Sequence[CorpusClause]) -> str:
    taxonomy = load_taxonomy()
    cov = coverage(clauses)
    lines = [f"{cov.total} clauses: " + ", ".join(f"{lang} {cov.per_lang[lang]}" for lang in LANGS)]
    lines.append("categories (ja/en): " + "  ".join(
        f"{c} {cov.per_category.get(c, Counter())['ja']}/{cov.per_category.get(c, Counter())['en']}"
        for c in taxonomy.categories
    ))
    cells = []
    for i in taxonomy.indicators:
        r, t = cov.risky_per_indicator.get(i, Counter()), cov.twins_per_indicator.get(i, Counter())
        cells.append(f"{i} r{r['ja']}/{r['en']} t{t['ja']}/{t['en']}")
    lines.append("indicators (risky ja/en, twins ja/en): " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2 or args[0] != "check":
        print("usage: python -m analyzer.training.corpus check PATH [--no-coverage]", file=sys.stderr)
        return 2
    clauses, problems = check_corpus(args[1], with_coverage="--no-coverage" not in args)
    print(format_coverage(clauses))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
