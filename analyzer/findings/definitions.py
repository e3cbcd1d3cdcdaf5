"""Defined terms whose definitions carry the risk, read into the clauses that use them.

Risk often lives in a definition: "Affiliate" includes "any ministry or agency of the national government" of a
public partner, 「研究担当者」 includes 「乙が指名し、甲に通知した者」, "Permitted Recipients" include "any authority
of the Coordinator's country". The article that uses the term looks innocent on its own ("may disclose ... to its
Permitted Recipients"). So the rules read such a term with a short gloss of what its definition lets in, in the
words the rules already match ("Permitted Recipients (including government authorities)"); the gloss maps back to
the term, so evidence offsets stay those of the document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from analyzer.findings.textmap import MappedText, map_text
from analyzer.types import Clause

# "Term" means ... ; / 「用語」とは、…をいう。
_EN_TERM = r"[“\"](?P<term>[A-Z][A-Za-z\- ]{1,40})[”\"]\s+(?:means|shall mean|includes)\b"
# a body runs to the next definition or the end of its line: "(a) its Affiliates; ... and (c) any public authority"
# ... and its list of items when the definition ends in "means:"
# ('"Authorised Users" means: (a) ...; (c) any armed force')
# ... and over a PDF's wrapped lines, to the line that ends it with "." or ";" ('"Investor Affiliate" means the Lead
# Investor, any fund managed or advised by the Lead Investor or by\nany of its general partners, ... in each case
# wherever incorporated or resident;')
# (a group defined item by item runs long: '"Group" means, in relation to the University, ...; and, in relation to
# CNRIS, ... (c) any French public establishment or agency ..., including those placed under the authority of the
# ministry in charge of the armed forces')
_EN_DEFINITION = re.compile(_EN_TERM + r"(?P<body>(?:(?!" + _EN_TERM.replace("?P<term>", "?:") +
                            # (a numbered line after a full stop is the article's next paragraph: "... developed
                            # independently by the receiving Party.\n2. The receiving Party shall not ...")
                            r")(?:[^\n]|\n(?=[ \t]*\(?(?:[a-z]|[ivx]{1,4})[.)][ \t])|"
                            r"(?<!\.)\n(?=[ \t]*\(?\d{1,2}[.)][ \t])|"
                            r"(?<![.;:])\n(?![ \t]*\n))){0,900})")
# (a PDF line breaks inside a definition: it runs on to the full stop, not into the next numbered item)
_JA_DEFINITION = re.compile(r"「(?P<term>[^」]{1,20})」とは、"
                            r"(?P<body>(?:[^。\n]|\n(?![ \t　]*[一二三四五六七八九十\d０-９（(「])){0,300})")
# ... and the list form of the same: 「六　資金提供機関　乙が…資金の提供を受ける機関をいい、当該機関を所管し、
# 又は監督する行政機関を含む。」 (the term between spaces after the item's number)
_JA_NEXT_ITEM = r"\n(?![ \t　]*[一二三四五六七八九十\d０-９（(「])"
_JA_LISTED_DEFINITION = re.compile(r"(?m)^[ \t　]*[一二三四五六七八九十]{1,3}[ \t　]+"
                                   # (the term in brackets or bare: 「五　「講座資料」　…をいう。」)
                                   r"「?(?P<term>[^\s　、。「」（）()]{2,15})」?[ \t　]+"
                                   r"(?P<body>(?:（[^）]{0,100}）|[^。\n]|" + _JA_NEXT_ITEM + r"){0,300}?"
                                   # (a PDF line may break inside 「をいい」)
                                   r"を\n?い\n?[いう](?:[^。\n]|" + _JA_NEXT_ITEM + r"){0,200})")

# what a definition lets in, and the gloss the rules read after the term (mapped, lower-case text)
_EN_GLOSSES = (
    # (not a list a Japanese ministry keeps: '"Sensitive Location Data" means ... a species listed in the Red List of
    # the Ministry of the Environment of Japan')
    (re.compile(r"\b(?:(?<!list of the )ministr(?:y|ies)(?! of [\w ]{0,40}\bof japan\b)|"
                r"government(?:al)? (?:body|bodies|agenc|department|authorit)|"
                r"(?:agency|department|body|authority) of the (?:national |federal |central )?government|"
                # ('"Associated Entity" means, in relation to VIT, any body that is owned, funded or supervised by the
                # Government of the Republic of Estavia')
                r"\b(?:owned|funded|controlled|supervised|financed)\b[^;]{0,30}\bby the "
                r"(?:national |federal |central |state )?government\b|"
                r"(?:public|state|governmental|federal executive) authorit|any authority|"
                # ("... such other federal bodies and institutions as, under the legislation of the Russian Federation,
                # receive or process seismological information for the purposes of state seismic monitoring")
                r"\bfederal (?:bodies|body|agenc(?:y|ies)|institutions?)\b|"
                # ('in relation to the Institute, "Affiliate" also includes the Council and any body exercising
                # supervisory or funding functions in respect of the Institute on behalf of the Council')
                r"\b(?:any |every )?bod(?:y|ies) exercising (?:supervisory|regulatory|oversight|governmental|public)\b|"
                r"\bstate (?:commission|council|committee|agency|administration|bod(?:y|ies))|"
                # ('... any organisation, state body or enterprise that is under the authority ... of the authorised
                # body of the Republic of Kazakhstan in the field of the use of atomic energy')
                r"\bauthori[sz]ed bod(?:y|ies) of the (?:republic|kingdom|federation|state|government)\b|"
                # ('(iii) any body, authority or instrumentality of the State of Israel that has funded research at
                # NCU')
                r"\b(?:body|bodies|authorit(?:y|ies)|agenc(?:y|ies)|instrumentalit(?:y|ies))\b[^;]{0,30}\bof the "
                r"(?:state|government|republic|kingdom|federation) of\b|"
                # ('... and any organisation designated from time to time by the competent authority of Mongolia')
                r"\bdesignated\b[^;]{0,30}\bby the competent authorit(?:y|ies) of\b|"
                # ('"State Partner" means the legal entity designated as national operator pursuant to Resolution of the
                # Government of the Republic of Kazakhstan No. 1093')
                r"\bdesignated\b[^;]{0,60}\bpursuant to (?:a |the )?(?:resolution|decree|order|decision) of the "
                r"(?:government|cabinet|council of ministers|president)\b|"
                r"\b(?:commission|council|committee|agency|administration) (?:of|for)\b[^;]{0,60}\bof the "
                r"(?:federation|republic|kingdom|people's republic|government)\b)"),
     " (including government authorities)"),
    # the bodies themselves, not a field that excludes "any military or defence application"
    (re.compile(r"(?<!excluding )(?<!exclude )(?<!other than )(?<!not )\b(?:any |an |the )?(?:armed forces?|security "
                r"services?|military (?:units?|bodies|body|organi[sz]ations?|agenc(?:y|ies))|"
                r"defen[cs]e (?:forces?|ministry|agency|department|directorate)|"
                # ('"Authorised Recipients" means ... the public bodies which provide the programme funding of the
                # Institute, the authorities, commands and agencies within the remit of such bodies')
                r"(?:authorities|agencies),? commands\b|commands,? (?:and )?(?:agencies|authorities)|"
                # ('... or of the authorised body in the field of the defence industry and the state defence order')
                r"authori[sz]ed bod(?:y|ies) in the field of (?:the )?defen[cs]e)\b"),
     " (including military and security bodies)"),
    # (or by the ministry the definition has just named: "... including the Ministry of Environment ... and any
    # authority, company or national programme designated by that Ministry from time to time")
    (re.compile(r"\b(?:nominated|designated|appointed|proposed|selected) by (?:〈P〉|that ministry|such ministry)|"
                r"such other (?:persons?|entities) as 〈P〉"), " (including persons nominated by 〈P〉)"),
    # (a place opens the door only to bodies: not "any equivalent rights in any country" of "Intellectual Property")
    # (or any institution a visitor belongs to: '"Programme Participants" means ... and any institution at which a
    # Visiting Researcher holds a current appointment')
    (re.compile(r"\bany (?:third part(?:y|ies)|other (?:person|institution|organi[sz]ation|entity))|"
                r"\bany (?:institution|organi[sz]ation|body|entity) (?:at|with|in) which\b[^;]{0,60}\b(?:holds?|has) "
                r"(?:a |an )?(?:current )?(?:appointment|position|affiliation)|"
                r"\b(?:entit(?:y|ies)|persons?|compan(?:y|ies)|organi[sz]ations?|institutions?|bod(?:y|ies)|"
                r"affiliates?|funds?|subsidiar(?:y|ies))\b[^;]{0,200}?(?:\bin any (?:jurisdiction|country)|"
                r"wherever (?:located|situated|incorporated|resident|established))"),
     " (including any third party)"),
    # a place for the data that the partner sets up and moves at will: '"Centre Data Platform" means the data storage
    # ... infrastructure ..., as configured and reconfigured from time to time by KBU's Office of Research
    # Infrastructure, including any hosting or processing arrangements that KBU may make with service providers of its
    # choice'
    # (a gloss that names no party and no verb the rules read, so that it widens nothing but the rule that asks for it)
    (re.compile(r"\b(?:configured|reconfigured)\b[^;]{0,40}\bfrom time to time\b[^;]{0,10}\bby 〈P〉|"
                r"\bhosting\b[^;]{0,80}\b(?:providers? of its (?:own )?choice|"
                r"as 〈P〉 (?:may )?(?:determine|choose|decide)s?)"),
     " (hosted wherever it is configured)"),
)
_JA_GLOSSES = (
    # a body that is one, not a company selling to one (「防衛、軍事又は治安当局向けの製品…を行う法人」)
    # (and 「乙を所管し、又は乙に研究課題を委託する国の機関及びこれらが指定する機関」)
    (re.compile(r"(?:政府機関|行政機関|省庁|当局|国家機関|政府の|国の機関)(?!向け|等向け)"), "（政府機関を含む）"),
    (re.compile(r"〈P〉[^、。〈]{0,10}?が[^、。〈]{0,20}?(?:指名|指定|推薦|選定|選任)し"),
     "（〈P〉が指名する者を含む）"),
    (re.compile(r"国又は地域を問わず|所在地を問わず|その他の第三者"), "（第三者を含む）"),
    # the bodies our researchers must report to, written into "third party" (「「第三者」とは、甲及び乙以外の者を
    # いい、甲若しくは乙に研究資金を配分する機関、甲若しくは乙を所管する行政機関…を含むものとする」): a secrecy
    # clause then keeps things from them
    (re.compile(r"研究資金を(?:配分|提供)する機関|資金配分機関|(?:を)?所管する行政機関|監督官庁|所轄官庁|主務官庁|"
                r"監査を行う者"),
     "（資金配分機関・監督官庁を含む）"),
    # people's answers and recordings written into a term for a chair's or a lab's records (「「講座資料」　…記録、
    # 資料及びデータ（…協力者から得た回答票、音声記録、映像記録…を含む。）をいう」): a clause that ships the
    # records ships them (a gloss of its own: a term for patients' samples and data says so in its name, and
    # the rules on personal data read it already)
    (re.compile(r"回答票|音声記録|映像記録"), "（調査協力者の回答・記録を含む）"),
    # the agreement's own terms written into "confidential information" (「…情報…及び本契約の内容をいう」)
    # (its own words, not 「本契約の内容」, which the rules on a secret agreement read wherever it stands)
    (re.compile(r"本契約の(?:内容|存在|締結の事実|条件)"), "（定義により契約条項を含む）"),
)
# a body named once with its short name in brackets, wherever the document names it (the recitals, mostly): 'the
# Defense Robotics Research Agency ("DRRA"), an agency of the United States Department of Defense'; the clause that
# pays us "from funds provided ... by DRRA" says nothing more
_EN_ALIAS = re.compile(r"\([ \t]*(?:the[ \t]+)?[“\"](?P<term>[A-Z][A-Za-z0-9&-]{1,12})[”\"][ \t]*\)")
_EN_ALIAS_NAME = re.compile(r"(?:[A-Z][\w'&.-]*[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*){1,8}$")
_EN_ALIAS_TAIL = re.compile(r",\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agency|body|office|department|unit|branch|"
                            r"command|directorate|laboratory|institute|service)\s+(?:of|within|under|subordinate to|"
                            r"attached to|reporting to)\s+[^.;()]{0,60}")
_EN_ALIAS_MILITARY = re.compile(r"\b(?:defen[cs]e|military|armed forces|army|navy|naval|air force|armement|"
                                r"ministry of (?:state|public|national) security)\b", re.IGNORECASE)
# defence bodies a document may name without a word on what they are (an Indonesian survey agreement's "PUSHIDROSAL",
# the navy's hydro-oceanographic centre; Brazil's "SIVAM", the air force's Amazon surveillance system; a visiting
# scholar's "China Academy of Engineering Physics"): names that mean nothing else, glossed wherever they stand
_DEFENCE_NAMES = ("PUSHIDROSAL", "Pushidrosal", "SIVAM", "BMVg", "Bundeswehr", "DARPA", "DTRA", "AFRL", "AFOSR",
                  "AFWERX", "NAVAIR", "NAVSEA", "DSTL", "Dstl", "DSTG", "DRDO", "DRDC", "NUDT", "SASTIND",
                  "China Academy of Engineering Physics", "National University of Defen[cs]e Technology",
                  # (an Indonesian minute's army commands: "Komando Resor Militer 078/Giri Kelir (KOREM 078)")
                  "KOREM", "KODAM", "KODIM", "Komando Resor Militer", "Komando Daerah Militer")
# ... and acronyms that mean a defence agency only where a definition gives them as a body ('"Government Customer" means
# MDA, acting through its contracting activity'), as a flow-down clause names its government customer
DEFENCE_ACRONYMS = (*_DEFENCE_NAMES, "DISA", "MDA", "NRO", "NGA", "ONR", "ONRG", "ARL", "DEVCOM", "ATLA", "DND")
_EN_DEFENCE_ACRONYM = re.compile(r"\b(?:" + "|".join(DEFENCE_ACRONYMS) + r")\b")
# a place a defence body runs is no body ("... access to the Lyngvær Naval Test Range (the "Range")")
_EN_PLACE_NAME = re.compile(r"\b(?:range|facility|facilities|site|base|station|vessel|ship|port|harbou?r|area|zone|"
                            r"sector|grounds?|airfield|dock|dockyard|yard|pier|basin|tank|waters)\s*$", re.IGNORECASE)
# (words the funding rules read and the end-use and authority rules do not: the body pays, it is no use nor a
# recipient of our reports)
_MILITARY_GLOSS = " (a defence body)"
# ... or defined once as the body itself: '"Program Sponsor" means the Defence Science and Capability Agency of the
# Commonwealth of Australia' (the name only: not '"Field" means research for civilian, not defence, applications')
# (a text file wraps the name: "the Integrated Unmanned Systems Programme Office of the Federal\n    Defence
# Capabilities Council")
_EN_DEFINED_NAME = re.compile(r"[\s:,]*(?:the[ \t]+)?(?:[A-Z][\w'&.-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,8}"
                              r"(?:[A-Z][\w'&.-]*)?")
# a document, not a set of bodies: '"Permit" means the permit of the Ministry no. 2025/114 for the temporary removal of
# the Samples' lets no ministry in
_EN_DOCUMENT = re.compile(r"^[\s:,]*(?:the|a|an|any|each)\s+(?:[\w-]+\s+){0,3}?(?:permits?|licen[cs]es?|approvals?|"
                          r"authori[sz]ations?|certificates?|decisions?|decrees?|regulations?|guidelines?|"
                          r"ordinances?|orders?|statutes?|acts?|laws?|codes?|plans?|reports?|forms?)\b(?! holders?\b)")
# a definition that names its members or needs our consent lets nobody in unseen
# ... or is let in by a procedure another article sets out ("any other entity designated as a Participating Institution
# under Section 25.4"), which is read where it stands
_EN_CLOSED = re.compile(r"listed in (?:annex|schedule|appendix|exhibit)|(?:approved|screened|accepted|selected) "
                        r"(?:in writing )?by 〈H〉|"
                        r"(?:consent|approval) of 〈H〉|"
                        r"\bdesignated as (?:an? |the )?[^.;]{0,40}\bunder (?:section|article|clause) \d")
_JA_CLOSED = re.compile(r"〈H〉[^。、]{0,10}?の(?:事前の)?(?:書面による)?(?:同意|承諾|承認)を得た|"
                        # 「乙が推薦し、甲が第4条の審査を経て受入れを決定した乙の研究者」: screened by us
                        r"〈H〉[^。、]{0,10}?が[^。]{0,20}(?:審査|選考)を経て|〈H〉[^。、]{0,10}?が[^。]{0,20}受入れを(?:決定|承認|許可)")


# a definition of bodies that leaves their names to a schedule: '"Associated Organisation" means ... (c) any other
# organisation specified as an Associated Organisation of that Party in Schedule 4', '"Funding Body" means the body
# identified as the Funding Body in Schedule 4' (where Schedule 4 names a defence department): the schedule is read as
# part of the definition
_EN_BODY_IN_SCHEDULE = re.compile(r"\b(?:organi[sz]ations?|bod(?:y|ies)|entit(?:y|ies)|institutions?|agenc(?:y|ies)|"
                                  r"affiliates?|recipients?|funders?)\b[^.;]{0,60}\b(?:identified|specified|named|"
                                  r"designated|set out|listed)\b[^.;]{0,60}\bin\s+"
                                  r"(?P<kind>schedule|annex|appendix|exhibit|attachment)\s+(?P<number>[0-9a-z]{1,3})\b",
                                  re.IGNORECASE)
_EN_SCHEDULE_TITLE = re.compile(r"\s*(?P<kind>schedule|annex|appendix|exhibit|attachment)\s+"
                                r"(?P<number>[0-9a-z]{1,3})\b", re.IGNORECASE)
_EN_DEFENCE_DEPARTMENT = re.compile(r"\b(?:department|ministry|secretary|minister) (?:of|for) (?:national )?"
                                    r"defen[cs]e\b", re.IGNORECASE)


def _schedule_text(clauses: Sequence[Clause], kind: str, number: str) -> str:
    """The text of the schedule (annex, appendix ...) a definition points to, "" when the document has none."""
    for clause in clauses:
        if clause.kind != "annex":
            continue
        title = _EN_SCHEDULE_TITLE.match(clause.text)
        if title and title.group("kind").lower() == kind.lower() and title.group("number").lower() == number.lower():
            return clause.text[:3000]
    return ""


# a definition that names bodies only to leave them out: '"Affiliate" means ... provided that "Affiliate" shall not
# include any government, governmental agency or instrumentality'
_EN_LEFT_OUT = re.compile(r"\b(?:(?:shall|does|do|will) not (?:include|extend to|cover)|excluding|excludes?|other than|"
                          r"but not)\b[^.;]{0,60}$")
_JA_LEFT_OUT = re.compile(r"[^。、]{0,20}(?:を除く|を含まない)")


def _described_military(name: str, clauses: Sequence[Clause]) -> bool:
    """Whether the body a definition names is described elsewhere as a defence body: '"Affiliated Institute" means the
    State Institute for Aerospace Research ... of the Republic of Valdoria (SIARD)', where a recital says '... the
    State Institute for Aerospace Research ... of the Republic of Valdoria, a research institute subordinate to the
    Ministry of Defence'."""
    name = name.strip(" \t\n,:")
    if len(name) < 12:
        return False
    for clause in clauses:
        at = clause.text.find(name)
        while at >= 0:
            # the same description an alias's name is read with
            tail = _EN_ALIAS_TAIL.match(clause.text, at + len(name))
            if tail and _EN_ALIAS_MILITARY.search(tail.group()):
                return True
            at = clause.text.find(name, at + 1)
    return False


def _opens(cue: re.Pattern[str], body: str) -> bool:
    """Whether the definition's ``body`` lets in what ``cue`` names, rather than naming it only to leave it out."""
    for match in cue.finditer(body):
        if _EN_LEFT_OUT.search(body, max(0, match.start() - 80), match.start()):
            continue
        if _JA_LEFT_OUT.match(body, match.end()):
            continue
        return True
    return False


# a recital that names a defence ministry as the one the work is for: "(C) ILSC is engaged in the development ... of
# airframe components ..., for which the Ministry of Defence of Ukraine is the end user of the demonstrator airframes
# ... (the "End User")"; the articles say only "the financing made available to ILSC for the engagement referred to in
# Recital (C)" or "to the End User"
_EN_RECITAL = re.compile(r"^[ \t]*\((?P<letter>[A-Z])\)[ \t]+(?P<body>[^\n]{20,1200})", re.MULTILINE)
_EN_DEFENCE_BODY = re.compile(r"\b(?:(?i:(?:department|ministry|secretary|minister) (?:of|for) (?:national )?"
                              r"defen[cs]e|armed forces)|(?:[A-Z][a-z]+ )?(?:Navy|Army|Air Force))\b")
_EN_RECITAL_ALIAS = re.compile(r"\b(?:is|are|as|being) the\b[^.;()]{0,160}\((?:the\s+)?[“\"]"
                               r"(?P<term>[A-Z][A-Za-z -]{1,30})[”\"]\)")


def _defence_recitals(clauses: Sequence[Clause]) -> list[str]:
    """The recitals ("Recital (C)") that name a defence body as the one the work is for, and the short name such a
    recital gives that body ("the End User")."""
    terms = []
    for clause in clauses:
        if clause.kind != "preamble":
            continue
        for recital in _EN_RECITAL.finditer(clause.text):
            body = recital.group("body")
            defence = _EN_DEFENCE_BODY.search(body)
            if not defence or _EN_LEFT_OUT.search(body, max(0, defence.start() - 80), defence.start()):
                continue
            terms.append(f"Recital ({recital.group('letter')})")
            alias = _EN_RECITAL_ALIAS.search(body, defence.end())
            if alias and alias.start() - defence.end() < 40:
                terms.append(alias.group("term").strip())
    return terms


# (no word boundary: 「PUSHIDROSALに」 runs on into kana, which are word characters too)
_NAMED_DEFENCE_BODY = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_DEFENCE_NAMES) + r")(?![A-Za-z])")
_MILITARY_GLOSS_JA = "（国防機関）"


# an open item after a closed one: '"Group" means ... (a) the ... institutions ... of the CNRIS laboratories listed in
# Annex 1, (b) ..., (c) any French public establishment or agency with which CNRIS has concluded a framework agreement'
_EN_OPEN_ITEM = re.compile(r"\(\w{1,3}\)\s+any\b|"
                           r"\band any (?:organi[sz]ation|body|entity|institution|person)s? designated\b")


def _closed(closed: re.Pattern[str], body: str) -> bool:
    """Whether a definition's body is closed (a list, our approval), with no open item after the closure."""
    match = closed.search(body)
    return bool(match) and not _EN_OPEN_ITEM.search(body, match.end())


def _named_defence_bodies(clauses: Sequence[Clause]) -> list[str]:
    # (a Japanese text writes the letters full-width: 「ＰＵＳＨＩＤＲＯＳＡＬ」)
    return sorted({match.group() for clause in clauses
                   for match in _NAMED_DEFENCE_BODY.finditer(unicodedata.normalize("NFKC", clause.text))})


# a body a document names only where it signs: "For the Industrial Partner: KALKAN Devlet Savunma Sanayii Holding A.S.
# (State Defence Industries Holding Inc.), Ankara, acting through its General Manager"
_EN_SIGNED_FOR = re.compile(r"(?m)^[ \t]*For the (?P<term>(?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+)[ \t]*:[ \t]*"
                            r"(?P<name>[^\n]{1,160})")


def _signed_for_defence(clauses: Sequence[Clause]) -> list[str]:
    """The short names ("the Industrial Partner") of the bodies that sign for a defence body."""
    return [match.group("term") for clause in clauses for match in _EN_SIGNED_FOR.finditer(clause.text)
            if _EN_ALIAS_MILITARY.search(match.group("name"))]


# a numbered party whose alias closes its paragraph, after its seat and its representative: '(1) THE HYDROGRAPHIC
# DIRECTORATE OF THE HELLENIC NAVY, a directorate of the Hellenic Navy General Staff, with its seat at ..., represented
# by its Director (the "Service");'
_EN_PARTY_ITEM = re.compile(r"(?:^|\n)[ \t]*\(\d{1,2}\)[ \t]+(?P<name>[A-Z][^,\n(]{2,120})")


def _numbered_party_item(text: str, alias_at: int) -> str | None:
    """The name that opens the numbered party item an alias closes (none where another alias stands between)."""
    items = list(_EN_PARTY_ITEM.finditer(text, max(0, alias_at - 600), alias_at))
    if not items or "(" in text[items[-1].end():alias_at]:
        return None
    return items[-1].group("name")


@dataclass(frozen=True)
class Gloss:
    term: str
    text: str
    # the term as the rules read it (mapped text is lower case), where a party's name in it is mapped to its role
    # ("Centre Affiliates" is "〈P〉 affiliates" when the Centre is the partner)
    mapped: str = ""


def definition_glosses(clauses: Iterable[Clause], roles: Mapping[str, str] | None, lang: str) -> tuple[Gloss, ...]:
    """Glosses for the terms defined in the definitions articles (and definition paragraphs) of a document."""
    found: dict[str, Gloss] = {}
    clauses = list(clauses)
    pattern, glosses, closed = ((_JA_DEFINITION, _JA_GLOSSES, _JA_CLOSED) if lang == "ja"
                                else (_EN_DEFINITION, _EN_GLOSSES, _EN_CLOSED))
    for clause in clauses:
        listed = lang == "ja" and clause.kind == "definitions"
        if clause.kind != "definitions" and "means" not in clause.text and "とは、" not in clause.text:
            continue
        matches = list(pattern.finditer(clause.text))
        if listed:
            matches += list(_JA_LISTED_DEFINITION.finditer(clause.text))
        for match in matches:
            term = match.group("term").strip()
            if term in found or (roles or {}).get(term) in ("HOME", "PARTNER", "THIRD"):
                continue
            body = map_text(match.group("body"), roles, lang).text
            # the gloss covers only what the definition opens up, and only once a part of it is not our own
            if _closed(closed, body) or (lang != "ja" and _EN_DOCUMENT.match(body)):
                continue
            text = "".join(gloss for cue, gloss in glosses if _opens(cue, body))
            if lang != "ja":
                name = _EN_DEFINED_NAME.match(match.group("body"))
                pointer = _EN_BODY_IN_SCHEDULE.search(match.group("body"))
                schedule = _schedule_text(clauses, pointer.group("kind"), pointer.group("number")) if pointer else ""
                if (name and (_EN_ALIAS_MILITARY.search(name.group()) or _described_military(name.group(), clauses))) \
                        or _EN_DEFENCE_ACRONYM.match(re.sub(r"^[\s:,]*(?:the\s+)?", "", match.group("body"))) \
                        or (schedule and _EN_DEFENCE_DEPARTMENT.search(schedule)):
                    text += _MILITARY_GLOSS
            if text:
                found[term] = Gloss(term, text, map_text(term, roles, lang).text)
    if lang != "ja":
        found.update({term: Gloss(term, _MILITARY_GLOSS) for term in _defence_recitals(clauses) if term not in found})
        found.update({term: Gloss(term, _MILITARY_GLOSS, map_text(term, roles, lang).text)
                      for term in _signed_for_defence(clauses)
                      if term not in found and (roles or {}).get(term) is None})
        for clause in clauses:
            if "(" not in clause.text:
                continue
            for match in _EN_ALIAS.finditer(clause.text):
                term = match.group("term")
                if term in found or (roles or {}).get(term) is not None:
                    continue
                name = _EN_ALIAS_NAME.search(clause.text, max(0, match.start() - 120), match.start())
                tail = _EN_ALIAS_TAIL.match(clause.text, match.end())
                if name and not tail and _EN_PLACE_NAME.search(name.group()):
                    continue
                item = None if name and _EN_ALIAS_MILITARY.search(name.group()) else \
                    _numbered_party_item(clause.text, match.start())
                if _EN_ALIAS_MILITARY.search((name.group() if name else "") + (tail.group() if tail else "")
                                             + (item or "")):
                    found[term] = Gloss(term, _MILITARY_GLOSS)
    for term in _named_defence_bodies(clauses):
        if term not in found:
            found[term] = Gloss(term, _MILITARY_GLOSS_JA if lang == "ja" else _MILITARY_GLOSS, term.lower())
    return tuple(found.values())


# a term that ends in a role word but names a body of its own ("Program Sponsor", "Prime Funder"): unless the definition
# makes it a party, its last word is not read as the partner's role
_FUNDER_TERM = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}(?:Sponsor|Funder)$")


def defined_outsiders(clauses: Iterable[Clause], roles: Mapping[str, str] | None, lang: str) -> dict[str, str]:
    """Words that name a party by default ("the Sponsor", "the Funder") but that this document defines as a body of
    its own: '"Sponsor" means the Directorate of ... of the Ministry of Defence, which funds OIT's contribution'. Mapped
    to no role, so that the term keeps its gloss and "share ... with the Sponsor" is not read as the partner's own."""
    from analyzer.classify.features import DEFAULT_ROLES_EN

    if lang != "en":
        return {}
    out: dict[str, str] = {}
    for clause in clauses:
        if clause.kind != "definitions" and "means" not in clause.text:
            continue
        for match in _EN_DEFINITION.finditer(clause.text):
            term = match.group("term").strip()
            # ... or a funder of its own named after the role: '"Program Sponsor" means the Defence ... Agency'
            funder = bool(_FUNDER_TERM.match(term))
            if (term not in DEFAULT_ROLES_EN and not funder) or term in (roles or {}) or f"the {term}" in (roles or {}):
                continue
            body = map_text(match.group("body"), roles, lang).text.lstrip(" :,")
            # '"Sponsor" means OIT' or "means the Company named above" is the party itself
            if re.match(r"(?:the\s+)?(?:〈[HPT]〉|party|parties|company named|entity named)", body):
                continue
            out[term] = out[f"the {term}"] = "DEFINED"
    return out


_OWN_DEFINITION = re.compile(r"[」\"”]\s*(?:とは|means\b|shall mean\b|includes?\b)", re.IGNORECASE)


def with_glosses(mapped: MappedText, glosses: Iterable[Gloss], lang: str, source: str | None = None) -> MappedText:
    """``mapped`` with each glossed term followed by its gloss; the gloss maps to the term's own span.

    With the ``source`` text ``mapped`` came from, an English term is glossed only where it is written with its
    capital: "any Japanese governmental authority" is not the "Authority" the definitions name.
    """
    text, starts, ends = mapped.text, list(mapped.starts), list(mapped.ends)
    inserts: list[tuple[int, str]] = []
    for gloss in glosses:
        terms = {gloss.term.lower(), gloss.mapped} - {""}
        if lang != "ja":
            # a term defined in the plural is used in the singular: "Cooperating Agencies" / "to a Cooperating Agency"
            terms |= {re.sub(r"ies$", "y", t) for t in terms if t.endswith("ies")}
            terms |= {t[:-1] for t in terms if t.endswith("s") and not t.endswith(("ss", "ies")) and len(t) > 4}
        term = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
        # "Affiliate" is used as "its Affiliates"
        # (and "Chief Scientist" is not the "Co-Chief Scientist" defined beside it)
        # ("Recital (C)" ends on its bracket: no word boundary after it)
        pattern = f"(?:{term})" if lang == "ja" else rf"(?<![\w-])(?:{term})(?:s|es)?(?!\w)"
        capital = source is not None and lang != "ja" and gloss.term[:1].isupper()
        for match in re.finditer(pattern, text):
            if capital and not source[starts[match.start()]].isupper():
                continue
            if _OWN_DEFINITION.match(text, match.end()):
                continue  # the term where it is defined (「秘密情報」とは、…) reads as written
            inserts.append((match.end(), gloss.text))
    if not inserts:
        return mapped
    out, new_starts, new_ends, pos = [], [], [], 0
    for at, gloss_text in sorted(inserts):
        out.append(text[pos:at])
        new_starts.extend(starts[pos:at])
        new_ends.extend(ends[pos:at])
        anchor_start, anchor_end = starts[at - 1], ends[at - 1]
        out.append(gloss_text)
        new_starts.extend([anchor_start] * len(gloss_text))
        new_ends.extend([anchor_end] * len(gloss_text))
        pos = at
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return MappedText("".join(out), tuple(new_starts), tuple(new_ends), mapped.offset)
