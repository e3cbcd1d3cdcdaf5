"""Measure playbook rules on the labelled corpus: per indicator, how often the rules fire on its risky clauses
(recall), on their benign twins, and on everything else.

``python -m analyzer.training.rulecheck [CORPUS] [--playbook PATH] [--indicator ID] [--show N]``
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from analyzer.findings.facts import extract_facts
from analyzer.findings.playbook import load_playbook
from analyzer.findings.rules import apply_rules
from analyzer.findings.textmap import map_text
from analyzer.training.corpus import load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default="corpora/clauses")
    parser.add_argument("--playbook", default=None)
    parser.add_argument("--indicator", default=None, help="only this indicator")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms per indicator")
    args = parser.parse_args(argv)
    playbook = load_playbook(args.playbook)
    clauses = load_corpus(Path(args.corpus))
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    examples: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for clause in clauses:
        rules = [r for r in playbook.for_language(clause.lang) if r.effect == "raise"]
        if args.indicator:
            rules = [r for r in rules if r.indicator == args.indicator]
        mapped = map_text(clause.text, clause.parties or None, clause.lang)
        facts = extract_facts(mapped, clause.text)
        gold = {c: 1.0 for c in clause.categories}
        fired = {hit.rule.indicator: hit for hit in apply_rules(rules, mapped, gold, facts).hits}
        wanted = {args.indicator} if args.indicator else {r.indicator for r in rules} | set(clause.indicators)
        for indicator in wanted:
            key = f"{indicator} {clause.lang}"
            if indicator in clause.indicators:
                stats[key]["risky"] += 1
                if indicator in fired:
                    stats[key]["hit"] += 1
                else:
                    examples[key]["miss"].append(f"{clause.id}: {clause.text[:160]}")
            elif indicator in fired:
                kind = "twin" if clause.twin_of == indicator else "other"
                stats[key][kind] += 1
                hit = fired[indicator]
                examples[key][kind].append(f"{clause.id} [{hit.rule.id}] «{clause.text[hit.start:hit.end]}»")
    total = defaultdict(int)
    print(f"{'indicator':12} {'risky':>5} {'recall':>7} {'twinFP':>6} {'otherFP':>7}")
    for key in sorted(stats):
        s = stats[key]
        for name in ("risky", "hit", "twin", "other"):
            total[name] += s[name]
        recall = s["hit"] / s["risky"] if s["risky"] else 0.0
        print(f"{key:12} {s['risky']:5d} {recall:7.2f} {s['twin']:6d} {s['other']:7d}")
        if args.show:
            for kind in ("miss", "twin", "other"):
                for line in examples[key][kind][: args.show]:
                    print(f"      {kind}: {line}")
    if total["risky"]:
        print(f"{'all':12} {total['risky']:5d} {total['hit'] / total['risky']:7.2f} {total['twin']:6d} "
              f"{total['other']:7d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
