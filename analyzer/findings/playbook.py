"""The playbook: the organisation's own rules, as YAML, validated when loaded.

An office adds or changes a rule by editing a YAML file (``--playbook PATH`` or ``KYOTEI_PLAYBOOK``); no code.
Each rule names an indicator, a language, and regular expressions run over the clause text normalised for matching
(NFKC, lower case, party references as role tokens). In patterns, ``{H}`` is our institution, ``{P}`` the partner,
``{T}`` a third party and ``{R}`` any party. Conditions can require the clause's category, modality or extracted facts
(e.g. a period over 180 days, or no end date). A rule either ``raise``s a finding (alone or with the model) or
``suppress``es the model's finding for its indicator (a benign pattern such as "consent not unreasonably withheld");
a suppressing rule may silence the model's findings for further indicators too (``also: [PUB-03]``, or ``["*"]`` for
a clause that can hold no red flag, such as one that only lets a party publish).
``safeguards`` are patterns that state the benign counterpart plainly enough to count anywhere in the same article:
found in another paragraph ("2.3 Before transfer, identifiers are removed"), they lower the rule's finding one level.
For personal benefits (FUN-04) they count anywhere in the document: an outside activity approved under the home
institution's rules is said once, in an article of its own.
``context: article`` lets the ``all`` conditions be met anywhere in the clause's article: asymmetry is relational, and
drafters give each party's side its own paragraph (「乙の研究担当者は、甲の研究室を利用することができる」 and, in the
next paragraph, 「甲の研究担当者が乙の研究施設を利用することについては、乙がその必要を認めた場合に限り…」).

.. code-block:: yaml

    version: 1
    rules:
      - id: PUB-01.en.partner-approval
        indicator: PUB-01
        lang: en
        any: ["{H} (?:shall|must|may) not (?:publish|present)[^.]{0,80}without[^.]{0,40}(?:approval|consent) of {P}"]
        none: ["not (?:to )?be unreasonably withheld"]
        categories: [PUBLICATION]
        score: 0.85
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from analyzer.errors import ConfigError
from analyzer.findings.prefilter import Key, LiteralIndex, Prefiltered
from analyzer.taxonomy import load_taxonomy

PLACEHOLDERS = {"{H}": "〈H〉", "{P}": "〈P〉", "{T}": "〈T〉", "{R}": "〈[HPT]〉"}
MODALITIES = ("binding", "permissive", "hortatory", "negated")
FACT_CONDITIONS = ("duration_over_days", "duration_under_days", "no_end", "money_over_jpy")
EFFECTS = ("raise", "suppress")
CONTEXTS = ("clause", "article")
CATEGORY_CONDITION = 0.2  # a category condition holds when the model gives the category at least this probability


_NOT_LITERAL = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|〈(?:[HPT]|\[HPT\])〉")


def _alternatives(expanded: str, open_at: int) -> list[str] | None:
    """The top-level alternatives of the group opened at ``open_at``, or None when it is not closed."""
    depth, start, parts = 0, open_at + 1, []
    if expanded.startswith("(?:", open_at):
        start = open_at + 3
    i = open_at
    while i < len(expanded):
        ch = expanded[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return [*parts, expanded[start:i]]
        elif ch == "|" and depth == 1:
            parts.append(expanded[start:i])
            start = i + 1
        i += 1
    return None


def _group_opening(expanded: str, close_at: int) -> int | None:
    depth, i = 0, close_at
    while i >= 0:
        ch = expanded[i]
        escaped = i > 0 and expanded[i - 1] == "\\"
        if ch == ")" and not escaped:
            depth += 1
        elif ch == "(" and not escaped:
            depth -= 1
            if depth == 0:
                return i
        i -= 1
    return None


def boundary_beside_role(expanded: str) -> bool:
    """Whether a ``\\b`` stands right before or after a role token, where it can never match: 〈P〉 starts and
    ends with a non-word character, so "(?:{P}|the sponsor)\\b" followed by a space silently loses its {P} branch."""
    if re.search(r"〉\\b|\\b〈", expanded):
        return True
    for m in re.finditer(r"\)\\b", expanded):
        opening = _group_opening(expanded, m.start())
        parts = _alternatives(expanded, opening) if opening is not None else None
        if parts and any(part.endswith("〉") for part in parts):
            return True
    for m in re.finditer(r"\\b\((?:\?:)?", expanded):
        parts = _alternatives(expanded, m.start() + 2)
        if parts and any(part.startswith("〈") for part in parts):
            return True
    return False


def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    expanded = pattern
    for placeholder, value in PLACEHOLDERS.items():
        expanded = expanded.replace(placeholder, value)
    if boundary_beside_role(expanded):
        raise ConfigError(f"{where}: {pattern!r} has a word boundary \\b beside a role token ({{H}}, {{P}}, {{T}}), "
                          "which never matches there; leave the \\b out on the role token's side")
    # rules run on lower-cased text (role tokens apart); a pattern written in lower case needs no IGNORECASE,
    # and re matches 2-4x faster without it
    literal = _NOT_LITERAL.sub("", expanded)
    flags = re.DOTALL | (re.IGNORECASE if literal != literal.lower() else 0)
    try:
        return re.compile(expanded, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid regular expression {pattern!r}: {exc}") from None


@dataclass(frozen=True)
class Rule:
    """One playbook rule; see the module docstring for the fields."""

    id: str
    indicator: str
    lang: str
    any: tuple[re.Pattern[str], ...]
    all: tuple[re.Pattern[str], ...] = ()
    none: tuple[re.Pattern[str], ...] = ()
    safeguards: tuple[re.Pattern[str], ...] = ()
    categories: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)
    score: float = 0.8
    effect: str = "raise"
    direction: str = "HOME"
    explanation: dict[str, str] = field(default_factory=dict)
    context: str = "clause"
    also: tuple[str, ...] = ()
    # the any / all / none patterns with the literals every match contains: most patterns are ruled out by a
    # substring test, and a rule is tried on every clause
    checks_any: tuple[Prefiltered, ...] = field(init=False, repr=False, compare=False)
    checks_all: tuple[Prefiltered, ...] = field(init=False, repr=False, compare=False)
    checks_none: tuple[Prefiltered, ...] = field(init=False, repr=False, compare=False)
    checks_safeguards: tuple[Prefiltered, ...] = field(init=False, repr=False, compare=False)
    # the keys of which a text must hold one for an ``any`` pattern to match it; None when a pattern has no literal
    any_keys: frozenset[Key] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("any", "all", "none", "safeguards"):
            object.__setattr__(self, f"checks_{name}", tuple(Prefiltered(p) for p in getattr(self, name)))
        keyed = all(check.keys for check in self.checks_any)
        object.__setattr__(self, "any_keys",
                           frozenset().union(*(check.keys for check in self.checks_any)) if keyed else None)

    def applies_to(self, lang: str) -> bool:
        return self.lang in ("any", lang)


@dataclass(frozen=True)
class Playbook:
    rules: tuple[Rule, ...]
    source: str = ""
    _by_language: dict[str, list[Rule]] = field(default_factory=dict, compare=False, repr=False)

    _by_category: dict[str, tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = field(
        default_factory=dict, compare=False, repr=False)
    _literal_index: dict[str, LiteralIndex] = field(default_factory=dict, compare=False, repr=False)

    def for_language(self, lang: str) -> list[Rule]:
        # asked once per clause: the rules of a language are selected once per playbook
        if lang not in self._by_language:
            self._by_language[lang] = [rule for rule in self.rules if rule.applies_to(lang)]
        return self._by_language[lang]

    def literal_index(self, lang: str) -> LiteralIndex:
        """The literals of every ``any`` pattern of the language's rules: what :func:`apply_rules` looks up."""
        if lang not in self._literal_index:
            self._literal_index[lang] = LiteralIndex(
                check for rule in self.for_language(lang) for check in rule.checks_any)
        return self._literal_index[lang]

    def for_clause(self, lang: str, category_scores: Mapping[str, float] | None) -> list[Rule]:
        """The rules of a language whose category condition a clause meets, in playbook order.

        Every rule names categories and a clause is likely in one to three of them, so most rules are ruled out
        through an index instead of one by one."""
        rules = self.for_language(lang)
        if category_scores is None:
            return rules
        if lang not in self._by_category:
            always = tuple(i for i, rule in enumerate(rules) if not rule.categories)
            by_category: dict[str, list[int]] = {}
            for i, rule in enumerate(rules):
                for category in rule.categories:
                    by_category.setdefault(category, []).append(i)
            self._by_category[lang] = (always, {c: tuple(ids) for c, ids in by_category.items()})
        always, by_category = self._by_category[lang]
        picked = set(always)
        for category, score in category_scores.items():
            if score >= CATEGORY_CONDITION:
                picked.update(by_category.get(category, ()))
        return [rules[i] for i in sorted(picked)]

    @property
    def indicators(self) -> set[str]:
        return {rule.indicator for rule in self.rules}


def _strings(value: Any, where: str, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {name} must be a string or a list of strings")
    return value


def parse_rule(raw: Any, where: str) -> Rule:
    taxonomy = load_taxonomy()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a rule must be a mapping, got {type(raw).__name__}")
    unknown = set(raw) - {"id", "indicator", "lang", "any", "all", "none", "safeguards", "categories", "modality",
                          "facts", "score", "effect", "direction", "explanation", "note", "context", "also"}
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}")
    rule_id = raw.get("id")
    if not rule_id or not isinstance(rule_id, str):
        raise ConfigError(f"{where}: every rule needs an id")
    where = f"{where} ({rule_id})"
    indicator = raw.get("indicator")
    if indicator not in taxonomy.indicators:
        raise ConfigError(f"{where}: indicator {indicator!r} is not in the taxonomy (e.g. PUB-01)")
    lang = raw.get("lang", "any")
    if lang not in ("ja", "en", "any"):
        raise ConfigError(f"{where}: lang must be ja, en or any, not {lang!r}")
    patterns = _strings(raw.get("any"), where, "any")
    if not patterns:
        raise ConfigError(f"{where}: a rule needs at least one pattern under 'any'")
    categories = _strings(raw.get("categories"), where, "categories")
    for category in categories:
        if category not in taxonomy.categories:
            raise ConfigError(f"{where}: category {category!r} is not in the taxonomy")
    modality = _strings(raw.get("modality"), where, "modality")
    for value in modality:
        if value not in MODALITIES:
            raise ConfigError(f"{where}: modality {value!r} is not one of {MODALITIES}")
    facts = raw.get("facts") or {}
    if not isinstance(facts, dict) or set(facts) - set(FACT_CONDITIONS):
        raise ConfigError(f"{where}: facts may only use {FACT_CONDITIONS}")
    score = raw.get("score", 0.8)
    if not isinstance(score, int | float) or not 0 < float(score) <= 1:
        raise ConfigError(f"{where}: score must be a number in (0, 1], not {score!r}")
    effect = raw.get("effect", "raise")
    if effect not in EFFECTS:
        raise ConfigError(f"{where}: effect must be raise or suppress, not {effect!r}")
    direction = raw.get("direction", "HOME")
    if direction not in ("HOME", "PARTNER", "mutual", "n/a"):
        raise ConfigError(f"{where}: direction must be HOME, PARTNER, mutual or n/a")
    context = raw.get("context", "clause")
    if context not in CONTEXTS:
        raise ConfigError(f"{where}: context must be clause or article, not {context!r}")
    also = _strings(raw.get("also"), where, "also")
    for value in also:
        if value != "*" and value not in taxonomy.indicators:
            raise ConfigError(f"{where}: 'also' names {value!r}, which is not an indicator of the taxonomy nor '*'")
    if also and effect != "suppress":
        raise ConfigError(f"{where}: only a rule with effect: suppress may name further indicators under 'also'")
    explanation = raw.get("explanation") or {}
    if isinstance(explanation, str):
        explanation = {"en": explanation, "ja": explanation}
    return Rule(
        id=rule_id,
        indicator=indicator,
        lang=lang,
        any=tuple(compile_pattern(p, where) for p in patterns),
        all=tuple(compile_pattern(p, where) for p in _strings(raw.get("all"), where, "all")),
        none=tuple(compile_pattern(p, where) for p in _strings(raw.get("none"), where, "none")),
        safeguards=tuple(compile_pattern(p, where) for p in _strings(raw.get("safeguards"), where, "safeguards")),
        categories=tuple(categories),
        modality=tuple(modality),
        facts=dict(facts),
        score=float(score),
        effect=effect,
        direction=direction,
        explanation={str(k): str(v) for k, v in explanation.items()},
        context=context,
        also=tuple(also),
    )


def parse_playbook(data: Any, source: str) -> Playbook:
    if not isinstance(data, dict) or "rules" not in data:
        raise ConfigError(f"{source}: a playbook is a mapping with 'version' and 'rules'")
    if data.get("version", 1) != 1:
        raise ConfigError(f"{source}: playbook version {data.get('version')!r} is not supported (use 1)")
    rules_raw = data["rules"] or []
    if not isinstance(rules_raw, list):
        raise ConfigError(f"{source}: 'rules' must be a list")
    rules = [parse_rule(raw, f"{source}: rule {i + 1}") for i, raw in enumerate(rules_raw)]
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise ConfigError(f"{source}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
    return Playbook(tuple(rules), source)


DEFAULT_PLAYBOOK = Path(str(files("analyzer").joinpath("conf", "playbook")))


def _playbook_files(path: Path) -> list[Path]:
    """A playbook is a YAML file or a folder of them (read in name order)."""
    if not path.exists():
        raise ConfigError(f"playbook {path} does not exist")
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        if not found:
            raise ConfigError(f"playbook folder {path} holds no .yaml files")
        return found
    return [path]


@lru_cache(maxsize=8)
def _load(path: str | None, extra: tuple[str, ...]) -> Playbook:
    sources: list[tuple[str, str]] = []
    for file in _playbook_files(Path(path) if path else DEFAULT_PLAYBOOK):
        sources.append((str(file), file.read_text(encoding="utf-8")))
    for extra_path in extra:
        for file in _playbook_files(Path(extra_path)):
            sources.append((str(file), file.read_text(encoding="utf-8")))
    rules: list[Rule] = []
    for name, text in sources:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{name}: not valid YAML: {exc}") from None
        rules.extend(parse_playbook(data, name).rules)
    ids = [r.id for r in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ConfigError(f"rule ids used in more than one playbook: {sorted(duplicates)}")
    return Playbook(tuple(rules), "; ".join(name for name, _ in sources))


def load_playbook(path: str | Path | None = None, extra: Iterable[str | Path] = ()) -> Playbook:
    """The shipped playbook (``analyzer/conf/playbook/``), or the file or folder at ``path`` instead; ``extra``
    playbooks add their rules to it."""
    return _load(str(path) if path else None, tuple(str(p) for p in extra))
