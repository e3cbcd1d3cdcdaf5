"""Literals a regular expression's match must contain: a substring test rules out most rule patterns at C speed.

A playbook holds ~640 patterns per language and most of them cannot match a given clause; a failing ``re.search``
still tries every position of the text. :func:`required_literals` reads a pattern's syntax tree and returns strings
of which at least one occurs in any match (``None`` when it cannot tell), so :class:`Prefiltered` skips the regular
expression whenever none of them is in the text. Its answers are always those of the pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

Requirement = frozenset[str] | None

try:  # the parser of the ``re`` module: private, so a Python without it simply gets no prefilter
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python versions before 3.11 are not supported anyway
    _c = _sre_parse = None  # type: ignore[assignment]


def _caseless_safe(literal: str) -> bool:
    # under IGNORECASE a literal stands for its case variants; ASCII and caseless (CJK) characters lower-case simply
    return all(ch.isascii() or ch.lower() == ch.upper() for ch in literal)


def _better(a: Requirement, b: Requirement) -> Requirement:
    """The more selective of two requirements: longer shortest literal, then fewer alternatives."""
    if not a:
        return b
    if not b:
        return a
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _requirement(items: list, ignorecase: bool) -> Requirement:
    best: Requirement = None
    run: list[str] = []

    def close_run() -> None:
        nonlocal best
        if run:
            literal = "".join(run)
            if not ignorecase or _caseless_safe(literal):
                best = _better(best, frozenset({literal.lower() if ignorecase else literal}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                continue  # scoped flags change what a literal means
            best = _better(best, _requirement(sub, ignorecase))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                best = _better(best, _requirement(sub, ignorecase))
        elif op is _c.IN:
            # the parser turns (?:報|件|編) into a character set
            if av and all(kind is _c.LITERAL for kind, _ in av):
                chars = frozenset(chr(code) for _, code in av)
                if not ignorecase or all(_caseless_safe(ch) for ch in chars):
                    best = _better(best, frozenset(ch.lower() for ch in chars) if ignorecase else chars)
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _requirement(av, ignorecase))
        elif op is _c.BRANCH:
            alternatives: set[str] = set()
            for branch in av[1]:
                requirement = _requirement(branch, ignorecase)
                if not requirement:
                    alternatives = set()
                    break
                alternatives |= requirement
            if alternatives:
                best = _better(best, frozenset(alternatives))
    close_run()
    return best


@lru_cache(maxsize=8192)
def required_literals(pattern: re.Pattern[str]) -> Requirement:
    """Strings at least one of which every match of ``pattern`` contains (lower case under IGNORECASE), or None."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError, ValueError):
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    try:
        requirement = _requirement(parsed, ignorecase)
    except (AttributeError, TypeError, ValueError):
        return None  # a node shape this Python's parser has and this reader does not know
    return requirement if requirement and min(map(len, requirement)) >= 1 else None


# the non-ASCII letters that re's IGNORECASE matches to ASCII ones (İ, ı, ſ, the Kelvin sign)
IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


IGNORECASE = int(re.IGNORECASE)  # an int: ``flags & re.IGNORECASE`` goes through the enum machinery, 1 µs


def caseless(text: str) -> str:
    """``text`` in which every IGNORECASE match of an ASCII or caseless literal appears as the lower-case literal."""
    return text.lower().translate(IGNORECASE_ASCII)


class Prefiltered:
    """A compiled pattern and the literals one of which every match contains.

    ``search`` and ``finditer`` answer as the pattern's own do; they skip the regular expression when none of the
    literals is in the text. Callers that have ``caseless(text)`` pass it as ``lowered``."""

    __slots__ = ("ignorecase", "keys", "literals", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.literals: tuple[str, ...] = tuple(required_literals(pattern) or ())
        self.ignorecase = bool(pattern.flags & IGNORECASE)
        # what a LiteralIndex reports for this pattern's literals: a caseless literal is looked for in the folded
        # text, so it is a key of its own even where it is spelt like a case-sensitive one
        self.keys: frozenset[Key] = frozenset(_key(literal, self.ignorecase) for literal in self.literals)

    def may_match(self, text: str, lowered: str | None = None) -> bool:
        if not self.literals:
            return True
        haystack = text
        if self.ignorecase:
            haystack = lowered if lowered is not None else caseless(text)
        for literal in self.literals:  # noqa: SIM110 - a loop, not any() over a generator: half the cost here
            if literal in haystack:
                return True
        return False

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text, lowered) else None

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text, lowered) else iter(())



Key = str | tuple[str]


def _key(literal: str, ignorecase: bool) -> Key:
    return (literal,) if ignorecase else literal


class LiteralIndex:
    """The literals of many patterns, found in a text in one pass (Aho-Corasick) instead of one substring test each.

    A playbook language has some 1,500 literals over 150 rules; testing them one by one costs more than the regular
    expressions they rule out. :meth:`present` returns the keys (:attr:`Prefiltered.keys`) of the literals in a text:
    a pattern whose keys are all absent cannot match it."""

    def __init__(self, checks: Iterable[Prefiltered]) -> None:
        import ahocorasick  # a dependency of the package; imported here so that building no index costs nothing

        checks = list(checks)
        self._automata: list[tuple[bool, object]] = []
        for ignorecase in (False, True):
            literals = {literal for check in checks if check.ignorecase is ignorecase for literal in check.literals}
            if not literals:
                continue
            automaton = ahocorasick.Automaton()
            for literal in literals:
                automaton.add_word(literal, _key(literal, ignorecase))
            automaton.make_automaton()
            self._automata.append((ignorecase, automaton))

    def present(self, text: str, lowered: str | None = None) -> set[Key]:
        """The keys of the indexed literals that occur in ``text`` (``lowered``: ``caseless(text)``, if at hand)."""
        found: set[Key] = set()
        for ignorecase, automaton in self._automata:
            haystack = (lowered if lowered is not None else caseless(text)) if ignorecase else text
            found.update(key for _end, key in automaton.iter(haystack))  # type: ignore[attr-defined]
        return found
