"""What the preamble says a party is, read into the clauses that only call it by its alias.

「ヴェルデン連邦共和国国防調達庁の所管する研究機関であるヴェルデン連邦応用材料研究所（以下「丙」という。）」:
the defence link is stated once, where the party is named; the article that matters says only
「丙は、…甲の研究経費として、金四千五百万円を甲に支払う」. Each clause on its own reads as an ordinary payment,
so the rules read the party's description alongside it: money from a party described as part of, or under, a
defence, military or security body is FUN-01.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.findings.playbook import Rule
from analyzer.findings.roles import party_description
from analyzer.findings.rules import RuleHit
from analyzer.types import Clause, Party

_DEFENCE_JA = re.compile(r"国防|防衛|[陸海空]軍|軍(?:の|事|需)|兵器|国家安全保障|治安機関|情報機関")
_DEFENCE_EN = re.compile(r"\b(?:ministry of defen[cs]e|defen[cs]e (?:ministry|department|procurement|research|science|"
                         r"technology|agency|forces|industr\w*)|military|armed forces|army|navy|air force|weapons|"
                         r"security services?|intelligence (?:agency|service))\b", re.IGNORECASE)
# "a civilian institute, not part of any military organisation": a denial names no link
_DENIED_EN = re.compile(r"\b(?:not|no|neither|nor|civilian|independent of)\b[^.;]{0,60}\b(?:defen[cs]e|military|"
                        r"armed|weapons|security)", re.IGNORECASE)
_DENIED_JA = re.compile(r"(?:国防|防衛|軍)[^。]{0,20}(?:ではない|でない|に属さない|から独立|と関係のない)|民生|文民")

# the described party pays for our research: 「丙は、…甲の研究経費として、金四千五百万円を甲に支払う」
_PAYS_JA = (r"(?<![及並、])(?:{alias})(?:は|が)、?[^。]{{0,60}}?(?:研究経費|経費|資金|研究費|費用|寄附金|"
            r"[0-9０-９,，〇一二三四五六七八九十百千万億]+円)[^。]{{0,40}}?(?:{home})(?:に|へ)[^。]{{0,20}}?"
            r"(?:支払|交付|拠出|振り込|送金|提供|負担)")
_PAYS_EN = (r"\b(?:{alias})\b (?:shall|will|agrees to|undertakes to) (?:pay|fund|provide|contribute|reimburse|"
            r"transfer|make)\b[^.;]{{0,100}}?\b(?:to (?:the )?(?:{home})\b|"
            r"(?:{home})(?:['’]s)? (?:costs|research|budget))")

RULE = Rule(
    id="FUN-01.party-described-as-defence", indicator="FUN-01", lang="any", any=(), categories=("FUNDING",),
    score=0.8,
    explanation={
        "ja": "前文で外国の国防・軍・治安機関に属する（又はその所管の）機関とされている当事者が、"
              "本学の研究費を支払う条項です。",
        "en": "A party the preamble describes as part of, or under, a foreign defence, military or security body pays "
              "for our research.",
    },
)


def defence_linked(parties: Sequence[Party], text: str) -> tuple[Party, ...]:
    """The parties other than ours whose description in the preamble ties them to a defence or military body."""
    linked = []
    for party in parties:
        if party.role == "HOME":
            continue
        described = party_description(party, text)
        ja = _DEFENCE_JA.search(described) and not _DENIED_JA.search(described)
        en = _DEFENCE_EN.search(described) and not _DENIED_EN.search(described)
        if ja or en:
            linked.append(party)
    return tuple(linked)


def party_hits(clause: Clause, lang: str, linked: Sequence[Party], home: Sequence[Party]) -> list[RuleHit]:
    """FUN-01 where a defence-linked party pays us in ``clause`` (evidence: the sentence's matched words)."""
    if not linked or not home:
        return []
    home_names = "|".join(re.escape(n) for p in home for n in (*p.aliases, p.name) if n)
    hits = []
    for party in linked:
        names = "|".join(re.escape(n) for n in (*party.aliases, party.name) if n)
        template = _PAYS_JA if lang == "ja" else _PAYS_EN
        match = re.search(template.format(alias=names, home=home_names), clause.text)
        if match:
            hits.append(RuleHit(RULE, clause.start + match.start(), clause.start + match.end()))
    return hits
