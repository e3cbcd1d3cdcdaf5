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
from functools import lru_cache

from analyzer.findings.definitions import DEFENCE_ACRONYMS
from analyzer.findings.playbook import Rule
from analyzer.findings.roles import party_description
from analyzer.findings.rules import RuleHit
from analyzer.types import Clause, Party

# (「エジプト・アラブ共和国軍技術庁」: a state's armed forces, 国軍, before the body's own name)
_DEFENCE_JA = re.compile(r"国防|防衛|[陸海空]軍|国軍|軍(?:の|事|需)|兵器|国家安全保障|治安機関|情報機関")
_DEFENCE_EN = re.compile(r"\b(?:ministry of defen[cs]e|secretary of state for defen[cs]e|department of defen[cs]e|"
                         # (and "the Canadian Defence Sensing Research Agency": one word between)
                         r"defen[cs]e (?:\w+ )?(?:ministry|department|procurement|research|science|"
                         r"technology|agency|forces|industr\w*)|military|armed forces|army|navy|air force|weapons|"
                         r"armaments?|security services?|intelligence (?:agency|service))\b", re.IGNORECASE)
# "a civilian institute, not part of any military organisation": a denial names no link
_DENIED_EN = re.compile(r"\b(?:not|no|neither|nor|civilian|independent of)\b[^.;]{0,60}\b(?:defen[cs]e|military|"
                        r"armed|weapons|security)", re.IGNORECASE)
_DENIED_JA = re.compile(r"(?:国防|防衛|軍)[^。]{0,40}(?:ではない|でない|に属さない|から独立|と関係のない)|民生|文民")

# the described party pays for our research: 「丙は、…甲の研究経費として、金四千五百万円を甲に支払う」
# (a bracket inside the sentence may hold its own 。: 「経費（直接経費及び間接経費をいう。以下「研究経費」という。）
# として、…甲に支払う」)
_JA_IN_SENTENCE = r"(?:[^。（(]|[（(][^）)]{{0,80}}[）)])"
_PAYS_JA = (r"(?<![及並])(?<![甲乙丙丁]、)(?:{alias})(?:は|が)、?" + _JA_IN_SENTENCE + r"{{0,120}}?"
            r"(?:研究経費|経費|資金|研究費|費用|寄附金|"
            r"[0-9０-９,，〇一二三四五六七八九十百千万億]+円)" + _JA_IN_SENTENCE
            + r"{{0,100}}?(?:{home})(?:に|へ)[^。]{{0,20}}?"
            r"(?:支払|交付|拠出|振り込|送金|提供|負担)")
# (an MoU's intentions too: "The Office intends to provide to the University, free of charge, six (6) surface moorings")
# (and in kind, to our people: "The Engineering Authority shall also, at its own cost, provide accommodation ... and a
# daily subsistence allowance to each member of University Personnel"; a text file wraps its lines anywhere)
_PAYS_EN = (r"\b(?:{alias})\b (?:shall|will|agrees to|undertakes to|intends to)(?: also,?)?(?: at its own cost,?)? "
            r"(?:pay|fund|provide|contribute|"
            r"reimburse|transfer|make)\b[^.;]{{0,120}}?\b(?:to (?:each member of )?(?:the )?(?:{home})\b|"
            r"(?:{home})(?:['’]s)? (?:costs|research|budget)|"
            r"costs? of (?:the )?(?:work|research|project)[^.;]{{0,40}}\b(?:at|by|of) (?:the )?(?:{home})\b)"
            r"|\b(?:{alias})\b (?:shall|will) pay (?:the )?(?:{home})\b"
            # (or co-funds the project, or gives in kind to both universities: "The DGA shall co-fund the Project ...",
            # "NDTI shall make available the Aircraft, including its flight and mission crew, ..., without charge to the
            # Universities")
            r"|\b(?:{alias})\b (?:shall|will) co-fund\b"
            r"|\b(?:{alias})\b (?:shall|will) (?:make available|provide)\b[^.;]{{0,200}}?"
            r"\bwithout charge to the (?i:universities|users|beneficiaries)\b").replace(" ", r"\s+")
# ... or takes our results or data for its own ends: "The Beneficiaries grant to the DGA a free-of-charge ... right to
# use the Results for its own needs", "... shall be transferred to NDTI's data centre after each sortie and may be
# retained and used by NDTI for its own purposes"
_USES_EN = (r"\b(?:retained and used|used|exploited)\b[^.;]{{0,30}}\bby (?:the )?(?:{alias})\b[^.;]{{0,20}}"
            r"\bfor (?:its|their) own (?:purposes|needs|programmes|programs)\b"
            r"|\bgrants? to (?:the )?(?:{alias})\b[^.;]{{0,120}}"
            r"\bright to use (?:the )?(?i:results|data|deliverables)\b"
            r"[^.;]{{0,20}}\bfor its own (?:needs|purposes|programmes|programs)\b").replace(" ", r"\s+")

USE_RULE = Rule(
    id="EXP-02.defence-party-uses-for-its-own-ends", indicator="EXP-02", lang="any", any=(),
    categories=("EXPORT_CONTROL",), score=0.8,
    explanation={
        "ja": "外国の国防・軍機関である当事者が、成果やデータを自らの目的（国防上の用途）のために"
              "保持・利用できる条項です。",
        "en": "A party that is a foreign defence or military body may keep and use the results or data for its own "
              "ends.",
    },
)

LINK_RULE = Rule(
    id="EXP-03.party-stated-as-defence", indicator="EXP-03", lang="any", any=(), categories=("EXPORT_CONTROL",),
    score=0.75,
    explanation={
        "ja": "相手方が外国の国防・軍・治安機関に属し、又はその所管の下にあると定める規定です。",
        "en": "The agreement states that the partner is part of, or under, a foreign defence, military or security "
              "body.",
    },
)

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


# a body the agreement names by a short term once it has said what it is:
# 「…国防航空宇宙産業庁（以下「産業庁」という。）」, 'the State Agency for Defence Industry (the "Agency")',
# '"Agency" means the State Agency for Defence Industry'
_EN_INLINE_TERM = re.compile(r"\((?:the\s+)?[“\"](?P<term>[^”\"]{1,40})[”\"]\)")
_EN_MEANS = re.compile(r"[“\"](?P<term>[^”\"]{1,40})[”\"]\s+(?:means|shall mean)\b(?P<body>[^.;]{0,300})")
# found by its anchor, then the body read back from it: a pattern that starts with the body's open class tries
# sixty characters at every position of an English text (a tenth of its analysis time)
_JA_INLINE_ANCHOR = re.compile(r"（以下「(?P<term>[^」]{1,20})」という")
_JA_BODY_BEFORE = re.compile(r"[^。、「」\n]{2,60}\Z")
_JA_MEANS = re.compile(r"「(?P<term>[^」]{1,20})」とは、(?P<body>[^。]{0,300})")


def _in_japanese(text: str) -> bool:
    """(not "not ASCII": an English sentence may hold a curly apostrophe, "the Ministry of Defence’s programme")"""
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", text))


def _defence_words(text: str, terms: Sequence[str], ja: bool) -> bool:
    pattern, denied = (_DEFENCE_JA, _DENIED_JA) if ja else (_DEFENCE_EN, _DENIED_EN)
    if pattern.search(text) and not denied.search(text):
        return True
    return any((term in text) if ja else re.search(rf"\b{re.escape(term)}\b", text) for term in terms)


def _ja_inline_terms(text: str) -> list[tuple[str, str]]:
    """「…国防航空宇宙産業庁（以下「産業庁」という。）」: each term with the words before it, as a body that does not
    reach back into the previous term's own words."""
    out, previous_end = [], 0
    for m in _JA_INLINE_ANCHOR.finditer(text):
        body = _JA_BODY_BEFORE.search(text, max(previous_end, m.start() - 60), m.start())
        if body:
            out.append((m.group("term"), body.group()))
            previous_end = m.end()
    return out


@lru_cache(maxsize=8)
def defence_terms(text: str) -> tuple[str, ...]:
    """Short terms the agreement defines for defence, military or security bodies (a term defined by another such
    term counts too)."""
    found: list[str] = []
    for _ in range(2):
        for m in _EN_INLINE_TERM.finditer(text):
            sentence = re.split(r"[.;\n]", text[max(0, m.start() - 200):m.start()])[-1]
            if m.group("term") not in found and _defence_words(sentence, found, ja=False):
                found.append(m.group("term"))
        for m in _EN_MEANS.finditer(text):
            if m.group("term") not in found and _defence_words(m.group("body"), found, ja=False):
                found.append(m.group("term"))
        for term, body in (*_ja_inline_terms(text), *((m.group("term"), m.group("body"))
                                                       for m in _JA_MEANS.finditer(text))):
            if term not in found and _defence_words(body, found, ja=True):
                found.append(term)
    return tuple(found)


def party_statements(party: Party, text: str) -> tuple[tuple[int, int], ...]:
    """Where the agreement says what a party is, beyond the preamble: '"DSPU" means Drelsk State Polytechnic
    University, a state university under the administration of the Agency', 「乙は、産業庁の管轄の下に置かれた
    国立大学であり」."""
    return _statements(party.aliases, text)


@lru_cache(maxsize=32)
def _statements(aliases: tuple[str, ...], text: str) -> tuple[tuple[int, int], ...]:
    names = "|".join(re.escape(n) for n in aliases if n)
    if not names:
        return ()
    # a sentence runs over the stops of "Inc." and "Co." and over 「（以下「産業庁」という。）」
    en, ja = r"(?:[^.;]|(?<=Inc)\.|(?<=Ltd)\.|(?<=Co)\.|(?<=Corp)\.|(?<=No)\.|\.(?=\S))", r"(?:[^。]|。(?=[）)]))"
    patterns = (rf"[“\"](?:{names})[”\"]\s+(?:means|shall mean)\b{en}{{0,300}}",
                rf"\b(?:[Tt]he\s+)?(?:{names})\s+is\s+(?:a|an|the|part of|wholly|owned|controlled)\b{en}{{0,300}}",
                # "The Authority contracts under this Agreement as part of the Crown, for and on behalf of the
                # Secretary of State for Defence"
                rf"\b(?:[Tt]he\s+)?(?:{names})\s+(?:contracts|acts|enters into this agreement|signs)\b{en}{{0,60}}?"
                rf"\b(?:as part of|for and on behalf of|on behalf of|as an agency of)\b{en}{{0,240}}",
                rf"「(?:{names})」とは、{ja}{{0,300}}",
                rf"(?<![及並、])(?:{names})は、{ja}{{0,200}}?(?:置かれ|属する|所管|管轄|傘下|の一部|設置され|運営され){ja}{{0,100}}")
    return tuple((m.start(), m.end()) for pattern in patterns for m in re.finditer(pattern, text))


# a letterhead that names the ministry over the party: "Arab Republic of Egypt  |  Ministry of Defence  |  Engineering
# Authority  |  Water Works Department", the agreement then calling that party "the Engineering Authority" only
def _letterhead(text: str) -> str:
    line = next((line for line in text[:600].splitlines() if line.strip()), "")
    return line if len(line) <= 240 and ("|" in line or "/" in line) else ""


# a party that signs under its defence agency's acronym alone: "THE DGA, represented by the Head of the Scientific
# Research and Innovation Department" (France's procurement agency; as a party, never the Data Governance Act)
_DEFENCE_PARTY_ACRONYMS = frozenset({*DEFENCE_ACRONYMS, "DGA"})


def defence_linked(parties: Sequence[Party], text: str) -> tuple[Party, ...]:
    """The parties other than ours that the preamble, or a sentence saying what they are, ties to a defence or
    military body."""
    linked = []
    terms: tuple[str, ...] | None = None
    head = _letterhead(text)
    for party in parties:
        if party.role == "HOME":
            continue
        if set(party.aliases) & _DEFENCE_PARTY_ACRONYMS:
            linked.append(party)
            continue
        described = party_description(party, text)
        if head and any(alias and re.search(rf"\b{re.escape(alias)}\b", head) for alias in party.aliases):
            described += "\n" + head
        ja = _DEFENCE_JA.search(described) and not _DENIED_JA.search(described)
        en = _DEFENCE_EN.search(described) and not _DENIED_EN.search(described)
        if not (ja or en):
            if terms is None:
                terms = defence_terms(text)
            statements = [text[a:b] for a, b in party_statements(party, text)]
            if not any(_defence_words(statement, terms, ja=_in_japanese(statement)) for statement in statements):
                continue
        linked.append(party)
    return tuple(linked)


def link_hits(clause: Clause, linked: Sequence[Party], text: str) -> list[RuleHit]:
    """EXP-03 where a sentence in ``clause`` says what a defence-linked party is."""
    if not linked:
        return []
    terms = defence_terms(text)
    hits = []
    for party in linked:
        for a, b in party_statements(party, text):
            statement = text[a:b]
            if clause.start <= a < clause.end and _defence_words(statement, terms, ja=_in_japanese(statement)):
                hits.append(RuleHit(LINK_RULE, a, min(b, clause.end)))
    return hits


# the article names where the money comes from, and it is no defence budget: "MPI represents that the contribution under
# Article 5.2 is paid from its general institutional research budget appropriated by the Valdorian Ministry of Higher
# Education and Research"; 「前項の研究経費は、乙が同国教育省から交付を受ける運営費交付金から支出される」
_CIVILIAN_SOURCE_EN = re.compile(
    r"\b(?:paid|funded|met|drawn|derived|financed|made)\s+(?:out\s+)?(?:from|of)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:budget|funds|appropriations?|grant)\b[^.;]{0,80}\b(?:ministry|department)\s+of\s+(?!defen[cs]e)"
    r"(?:[\w-]+\s+){0,3}?(?:education|science|research|health|agriculture|environment|culture)\b", re.IGNORECASE)
_CIVILIAN_SOURCE_JA = re.compile(r"(?:教育|科学|研究|保健|農業|環境|文化)[^。、]{0,10}(?:省|庁)[^。]{0,30}"
                                 r"(?:予算|交付金|資金)[^。]{0,30}(?:から|より)(?:支出|支払|充当|拠出)")


def civilian_source(article_text: str) -> bool:
    """Whether the article says the money is paid from a named civilian ministry's budget."""
    return bool(_CIVILIAN_SOURCE_EN.search(article_text) or _CIVILIAN_SOURCE_JA.search(article_text)) and not \
        _DEFENCE_EN.search(article_text) and not _DEFENCE_JA.search(article_text)


def _alias_hits(clause: Clause, linked: Sequence[Party], template: str, rule: Rule, **names: str) -> list[RuleHit]:
    """``rule`` wherever ``template``, filled with each linked party's names (and ``names``), matches in ``clause``."""
    hits = []
    for party in linked:
        alias = "|".join(re.escape(n) for n in (*party.aliases, party.name) if n)
        match = re.search(template.format(alias=alias, **names), clause.text)
        if match:
            hits.append(RuleHit(rule, clause.start + match.start(), clause.start + match.end()))
    return hits


def party_hits(clause: Clause, lang: str, linked: Sequence[Party], home: Sequence[Party]) -> list[RuleHit]:
    """FUN-01 where a defence-linked party pays us in ``clause`` (evidence: the sentence's matched words)."""
    if not linked or not home:
        return []
    home_names = "|".join(re.escape(n) for p in home for n in (*p.aliases, p.name) if n)
    return _alias_hits(clause, linked, _PAYS_JA if lang == "ja" else _PAYS_EN, RULE, home=home_names)


def use_hits(clause: Clause, lang: str, linked: Sequence[Party]) -> list[RuleHit]:
    """EXP-02 where a defence-linked party may keep or use results or data for its own ends in ``clause``."""
    if not linked or lang == "ja":
        return []
    return _alias_hits(clause, linked, _USES_EN, USE_RULE)
