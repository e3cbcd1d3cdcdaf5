"""Parties and the aliases the agreement defines for them: 「X（以下「甲」という。）」, X ("the University"),
hereinafter.

Only the preamble and the first part of the document are searched: that is where drafters define parties, and the
rest of the document uses the aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from analyzer.types import Party

# 国立大学法人○○大学（以下「甲」という。） / **開示者**（以下「甲」という） / X (以下、甲という。)
# also with the name's own parenthesis between (「ラインハルト研究所（Reinhardt-Institut）（以下「乙」という。）」)
# or a description before 以下 inside the parenthesis (「…（Kestrel Pte. Ltd.、シンガポール法人。以下「乙」という。）」)
_JA_ALIAS = re.compile(
    r"(?P<name>[^\s、。，,：:「」（）()]{1,60}?)(?:\s*[（(][^（）()「」]{1,80}[）)])?\s*\**\s*[（(]"
    # ... whose description may hold a parenthesis of its own
    # (「…。本契約に関しては同社日本支店（東京都港区…）を通じて行為する。以下「甲」という。」)
    # (「…ジャパン（\n以下「乙」という。）」: a PDF line may break right after the parenthesis opens)
    r"\s*(?:(?:[^（）()「」]|[（(][^（）()「」]{0,40}[）)]){1,200}?[。、，,]\s*)?以\n?下[、，,]?\s*(?:(?P<with>[^「」（）()、。]{1,20})(?:と併せて|と合わせて|と総称して)[、，,]?\s*)?(?:単に)?[「『“\"]?"
    r"(?P<alias>[^」』”\"）)、。]{1,20}?)[」』”\"]?"
    # (「以下「CHIER」又は「提供者」という。」: the second name is the party's too)
    r"(?:\s*(?:又は|若しくは|或いは|あるいは)\s*[「『“\"](?P<alias2>[^」』”\"）)、。]{1,20}?)[」』”\"])?"
    r"\s*(?:と|という|といい|と称する|と記す|と総称する)"
)
# the contract a laboratory's operator works under, after its name: "..., LLC / under its U.S. Department of Energy
# Contract No. DE-AC07-19ID14582"
# (or with no article: "... National Laboratory under Prime Contract No. DE-AC07-19CC41206 with the U.S. Department of
# Energy")
_UNDER_ITS_CONTRACT = re.compile(r"[,\s]+(?:(?:acting |operating )?under|pursuant to) (?:(?:its|the|a|an) )?"
                                 r"[^()]{0,80}?\b(?:Prime Contract|Contract|Cooperative Agreement|"
                                 r"Management and Operating Contract)\b[^()]*$")
# Party name (the "University") / Party name, a Delaware corporation ("Vyera") / (hereinafter "Sponsor")
_EN_ALIAS = re.compile(
    # '(Nordhav-instituttet, "Nordhav")': the name in the party's own language, then its alias
    r"\(\s*(?:[A-ZÀ-Þ][^()\"“”,;]{2,60},\s*)?(?:each\s+)?(?:together(?:\s+with\s+(?:the\s+)?(?P<with>[^()\"“”,;]{1,40}?))?\s*,\s*)?(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|herein\s+(?:referred\s+to\s+as\s+)?|"
    # a Spanish convenio's "en adelante" in translation: '(in advance, "the UTV")'
    r"(?:in\s+advance|hereafter|henceforth|from\s+now\s+on|in\s+what\s+follows),?\s+|"
    # (an OCR layer's stray mark before the quote: '(hereinafter ’\n"IVRM")')
    r"referred\s+to\s+(?:herein\s+)?as\s+)?(?:[’‘`´]\s*)?(?:the\s+|a\s+)?[“\"](?:the\s+)?(?P<alias>[^”\"]{1,40})[”\"]\s*"
    r"(?:(?:(?:or|,|and)\s*"
    # ('(the "University", and where the context refers to the biobank operation, the "Biobank")')
    r"(?:and\s+where\s+[^()\"“”]{0,80}?,\s*)?|"
    # ('("Contractor"; Contractor, when acting through Sable Creek National Laboratory, is referred to as the
    # "Laboratory")'; not '("YIL"; Yarden University and YIL together, "Yarden")', a name for two)
    r";(?![^()\"“”]{0,200}?\b(?:together|collectively|jointly|each|both)\b)[^()\"“”]{0,200}?)"
    r"(?:the\s+)?[“\"](?:the\s+)?(?P<alias2>[^”\"]{1,40})[”\"]\s*)?(?:(?:,|or|and)\s*[“\"][^”\"]{1,40}[”\"]\s*)*"
    # '("Minase", PI: Keiko Hanazono)': an e-mail's party with its lead researcher
    r"(?:,\s*(?i:PI|P\.I\.|principal investigator|represented by|contact person|contact)\b[^()\"“”]{0,80})?"
    # ('("YIL"; Yarden University and YIL together, "Yarden")': the party's own name, then one for two of them)
    r"(?:;[^()]{0,200})?\)"
)
# also 'X (its address; hereinafter "Y")': the alias at the end of a parenthesis that holds the address
_EN_HEREINAFTER = re.compile(
    # (the Spanish-style preamble in capitals: 'BY THE UNIVERSIDAD ..., HEREINAFTER REFERRED TO AS "UAVA"')
    # (a Peruvian convenio in translation: '..., to whom hereinafter shall be denominated "THE UNIVERSITY"')
    r",?\s*(?i:(?:to\s+whom\s+)?hereinafter\s+(?:(?:shall|will)\s+be\s+)?"
    r"(?:(?:referred\s+(?:to\s+)?as|called|denominated|designated)\s+)?(?:the\s+)?)[“\"](?i:the\s+)?"
    r"(?P<alias>[^”\"]{1,40})[”\"]"
    # 'hereinafter referred to as "MKUT" or the "Thai Party"': the second name is used as much as the first
    r"(?:\s*(?:or|and)\s+(?:the\s+)?[“\"](?:the\s+)?(?P<alias2>[^”\"]{1,40})[”\"])?"
)
# "..., acting for and on behalf of the Sulawesi Institute of Ocean Technology, ..., hereinafter referred to as the
# FIRST PARTY;": Indonesian, Korean and Chinese drafting name the parties by ordinals, without quotes, after the
# person who signs for them
_EN_HEREINAFTER_ORDINAL = re.compile(
    r",?\s*hereinafter\s+(?:(?:referred\s+(?:to\s+)?as|called)\s+)?(?:the\s+)?"
    r"(?P<alias>(?:FIRST|SECOND|THIRD|FOURTH|First|Second|Third|Fourth)\s+(?:PARTY|Party))\b"
)
# a Brazilian preamble names each party by an acronym without quotes: "The FEDERAL UNIVERSITY OF SERRA AZUL, hereinafter
# referred to as UFSA, a federal public institution ..."
# (a Colombian one: "..., who for the purposes of this document shall be referred to as UTMM; and ...")
# (a Spanish convenio in translation, the name in brackets: "... M.P. (hereinafter, CEICT), with tax identification
# number ...", "... of Health Sciences (hereinafter, the UNIVERSITY), a school corporation ...")
_EN_HEREINAFTER_ACRONYM = re.compile(
    r",?\s*(?i:(?:hereinafter|who\s+for\s+the\s+purposes\s+of\s+this\s+(?:document|agreement)\s+(?:shall|will)\s+be)\s+"
    r"(?:(?:referred\s+(?:to\s+)?as|called)\s+)|(?<=\()hereinafter,\s+(?:the\s+)?)"
    r"(?P<alias>[A-Z][A-Z0-9&\-]{1,11})(?=[,;.)\s])"
)
# "HERNÁN QUINTERO, of legal age, ..., acting in his capacity as Rector and legal representative of the UNIVERSIDAD
# TECNOLÓGICA DEL MAGDALENA MEDIO, a public ...": the party is the body its signatory acts for
# "On the one part, Ms. Inmaculada Berenguer Soler, President of the State Agency Consejo Estatal de Investigaciones
# Científicas y Técnicas, M.P. (hereinafter, CEICT)": the same, the signatory's office named before the body
_OFFICER_OF = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s[^,;()]{2,80},\s+"
                         # ("Dr. IGNACIO FUENZALIDA BARROS, in his quality of Rector of the UNIVERSIDAD ...")
                         r"(?:in\s+(?:his|her|their)\s+(?:quality|capacity)\s+(?:of|as)\s+)?(?:President|Rector|Director(?:-General)?|"
                         r"Dean|Chancellor|Vice-Chancellor|Chair(?:man|person)?|Secretary-General)\s+of\s+(?:the\s+)?"
                         r"(?P<name>[A-Z][^,;()]{3,120}?)\s*(?:[,(]|$)")
_IN_ITS_NAME = re.compile(r"\bin\s+(?:the\s+)?name\s+and\s+(?:on\s+behalf|representation)\s+of\b|"
                          r"\bin\s+representation\s+of\b", re.IGNORECASE)
_IN_CAPACITY_OF = re.compile(r"\bacting\s+in\s+(?:his|her|their)\s+capacity\s+as\s+[^,;()]{0,100}?\bof\s+(?:the\s+)?"
                             r"(?P<name>[A-Z][^,;()]{3,120}?)\s*,")
# a consortium's numbered list of members, each with its acronym unquoted: "1. Fundación Centro Tecnológico de Energía
# Avanzada del Cantábrico (CETEAC), a private non-profit foundation ..."
# (an Australian form numbers them "1.<tab>Derwent University, ..., Australia (Derwent)")
# (its description may wrap over a PDF's lines: "1. LEEUWIN COAST UNIVERSITY (ABN ...), a body corporate ... of the
# Leeuwin Coast\nUniversity Act 1987 (WA), of 35 Flinders Parade, ... 6230 (LCU); and")
_NUMBERED_PARTY_UNQUOTED = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}\.)[ \t]+(?P<name>[A-Z](?:[^\n]|\n(?![ \t]*\n)"
                                      r"(?![ \t]*(?:\(\d{1,2}\)|\d{1,2}\.)[ \t])){2,600}?)[ \t]*"
                                      r"\((?P<alias>[A-Z][A-Za-z0-9&\-]{1,30})\)[ \t]*[;,.]?[ \t]*(?:and)?[ \t]*$",
                                      re.MULTILINE)
# ... or lists them unnumbered under a "Parties" heading, one per line: "Parties\nBrolga Energy Corporation Limited ACN
# 612 408 337, a company ..., Australia (Corporation)\nNational University Corporation Kitaura ..., Japan (University)"
_PARTIES_HEADING = re.compile(r"^[ \t]*(?:Parties|PARTIES|The Parties)[ \t]*:?[ \t]*\n", re.MULTILINE)
_UNNUMBERED_PARTY = re.compile(r"[ \t]*(?P<name>[A-Z][^\n]{2,600}?)[ \t]*\((?P<alias>[A-Z][A-Za-z0-9&\-]{1,30})\)"
                               r"[ \t]*[;,.]?[ \t]*(?:and)?[ \t]*(?:\n|$)")
# (its company number and seat follow the name: "Kanemori Hydrogen Australia Pty Ltd ACN 655 017 902, of Level 27")
_NUMBER_OR_SEAT = re.compile(r"\s+(?:ABN|ACN|ARBN|UEN)\b|,\s+of\s")
_THROUGH_ITS_UNIT = re.compile(r"\b(?:the\s+)?(?P<party>Party\s+[A-D]|[A-Z][\w-]+),?\s+(?:acting\s+)?through\s+its\s+"
                               r"[A-Z][^()\n]{3,80}(?:\n[^()\n]{1,80})?\s*\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?"
                               r"(?:the\s+)?[“\"](?P<alias>[^”\"]{1,30})[”\"]\)")
_REPRESENTED_BY = re.compile(r"\brepresented\s+by\b[^;()]{0,120}$")
# (another party's passage begins in between: "..., hereinafter "UVL", the Coordinator,\n2. KESSLER-BRANDT-INSTITUT
# ...", '... (the "Provider"), and Hida Highlands University ...', a blank line, "AND" / "The ..." on a new line)
_NEXT_PARTY_IN_BETWEEN = re.compile(r"\n\s*\(?\d{1,2}[.)]\s|\n\s*(?:AND|and|The)\b|\n[ \t]*\n|"
                                    r"(?:^|[,;)])\s*and\s+(?:the\s+)?[A-Z]|"
                                    r"\n[ \t]*[A-Z][A-Z'’&.-]+[ \t]+[A-Z][A-Z'’&.-]+|"
                                    # (a sentence ends, or "On the other part, FUNDACIÓN ...")
                                    r"\.[ \t]*\n|\b[Oo]n the other (?:part|hand)\b")
# (or on a line of its own: "Hamanako University", "INSTITUTO TECNOLOGICO MARINO DEL CANTABRICO, established in ...")
_NAME_LINE = re.compile(r"[ \t]*(?:The\s+)?[A-Z][\w'’.&-]*"
                        r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|de|del|della|di|für|and))*[ \t]*(?:,|$)")
_PERSON_ALIAS = re.compile(r"(?i)represent|signator|director|officer|president|rector|dean|chair|person")
_RECITAL_SENTENCE = re.compile(r"(?i:whereas)\b")
_NUMBERED_MEMBER = re.compile(r"^[ \t]*\(?\d{1,2}[.)][ \t]+(?P<name>[A-Z][^\n()]{2,140}?)[ \t]*"
                              r"\((?P<alias>[A-Z][A-Z0-9&\-]{1,11})\)[ \t]*,", re.MULTILINE)
_SHORT_NAME_LINE = re.compile(r"^[ \t]*(?P<alias>[A-Z][A-Z0-9&\-]{1,11})(?:[ \t]{2,}|\t)"
                              r"(?P<name>[A-Z][^\n,()]{3,120}?)(?:,[ \t]*(?:the )?[A-Z][^\n,()]{2,40}?)?"
                              r"(?:[ \t]*\((?P<role>[A-Z][A-Za-z \-]{2,40})\))?[ \t]*$", re.MULTILINE)
_LISTED_ORGANISATION = re.compile(r"Universi[td]\w+|Institut\w*|Politecnic\w+|Academ\w+|College|Laborator\w+|"
                                  # Latin American bodies: "CORPORAÇÃO BRASILEIRA DE PESQUISA ...", "Fundação ..."
                                  r"Corpora(?:ção|cao|ción|cion)|Funda(?:ção|cao|ción|cion)|Empresa\b|"
                                  r"Cent(?:re|er)|Foundation|Council|Hospital|Agency|Ministry|Authority|Commission|Office|"
                                  r"Society|Association|Organi[sz]ation|Consorti\w+|Trust|Bureau|Fund\b|Observator\w+|Limited|LLC|LLP|"
                                  r"\bplc\b|Pte\b|Pty\b|Company|\b(?:B\.V\.|GmbH|S\.A\.|AG|Ltd|Inc|Corporation|SE)\b|"
                                  # German bodies: "Forschungsinstitut für ... e.V.", "...-Gesellschaft", "Stiftung ..."
                                  r"\be\.\s?V\.|(?<=[a-z])institut\b|[Gg]esellschaft\b|Stiftung\b")
# a person who is a party, and the institution named after them is where they work: "Dr. Anara Dzholdasova, Associate
# Professor at the Vesk Polytechnic Institute (the "Scholar")"
_PERSON_TITLE = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame)\b\.?\s|,\s*(?:an?\s+)?(?:(?:Associate|"
                           r"Assistant|Full|Visiting|Senior|Junior|Principal)\s+)?(?:Professor|Lecturer|Researcher|"
                           r"Fellow|Scientist|Student|Engineer|Scholar)\b", re.IGNORECASE)
# "the Consorcio Nacional ... (CNFS), acting for and on behalf of the Peña Alta Underground Laboratory": the body
# that acts is the party, not the one it acts for
_ACTS_FOR = re.compile(r"\bacting\s+(?:for\s+(?:and\s+)?)?on\s+behalf\s+of\b", re.IGNORECASE)
# (a PDF may wrap the line inside it: '..., acting through its Office of Basic Research, Harbour Gate Building,
# 14\nKessler Quay, Varn 2041, Republic of Estvald (the "Office")')
_SAME_PARTY_AGAIN = re.compile(r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:duly[ \t]+)?(?:represented|acting)\b"
                               r"(?:[^\n;()]|\n(?![ \t]*\n)){0,400}|"
                               # '("TUO"), the coordinator of the Project (the "Coordinator")'
                               r"[ \t]*,[ \t\n]*(?:the|its)[ \t\n]+(?:coordinator|lead (?:party|partner|"
                               r"beneficiary|institution)|host institution)\b[^\n;()\"“]{0,60}(?:\n[^\n;()\"“]{0,60})?|"
                               # '... acting through its Space Systems Environmental Test Laboratory (the
                               # "Laboratory"), with its address at 1-1 Gakuen-cho, ..., Japan (the "University")'
                               r"[ \t]*,[ \t\n]*(?:with|having)[ \t\n]+(?:its[ \t\n]+)?(?:address|"
                               r"registered[ \t\n]+office|principal[ \t\n]+(?:office|place[ \t\n]+of[ \t\n]+business)|"
                               r"seat)\b"
                               # (not on into the next party: '... having its principal place of business at ..., and
                               # Achaogen Inc. (hereinafter "Achaogen")')
                               r"(?:(?![ \t\n]*,[ \t\n]*and[ \t\n])(?:[^\n;()\"“]|\n(?![ \t]*\n))){0,200}")
_AND_ANOTHER_PARTY = re.compile(r",\s*and\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}"
                                r"(?:University|Institute|College|Academy|Foundation|Hospital|Corporation|Company|"
                                r"Agency|Centre|Center|Inc\.|Ltd\.|GmbH|Limited)\b")
_CLOSES_PARTY_BLOCK = re.compile(r"\s*[,;]\s*and\s+(?:the\s+)?[A-Z]")
_OPENS_PARTY_BLOCK = re.compile(r"\b(?:[Bb]etween|[Aa]mong|BETWEEN|AMONG)\b|[,;]\s*and\s+(?=(?:the\s+)?[A-Z])")
_SUB_UNIT_WORD = re.compile(r"\b(?:Faculty|Department|School|Graduate\s+School|Division|Dean|Council|Senate|Board|"
                            r"Regents|Trustees)\b")
_UNIT_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’.&-]*\s+){0,3}(?:University|Universit\w+|"
                           r"Institute\s+of\s+Technology)(?:\s+of(?:\s+[A-Z][\w'’-]*){1,3})?)\s*$")
_FOOTNOTE_MARK = re.compile(r"(?i)\b(universit(?:y|é|ät|ad|ade)|institute|college|academy|cent(?:re|er)|"
                            r"laborator(?:y|ies)|foundation|hospital|limited)\d{1,2}$")
_BUSINESS_NUMBER = re.compile(r"\s+(?:ABN|ACN|ARBN|UEN|CNPJ|NIP|KRS|REGON)\b[:\s]*[0-9][0-9 ./\-]{5,}$|"
                              # "YARDEN INNOVATION LTD., company number 51-4470921"
                              r",\s+(?i:company|registration|registered)\s+(?i:number|no\.)\s*:?\s*"
                              r"[0-9A-Z][0-9A-Z ./\-]{4,}$")
_REGISTRATION_NUMBER = re.compile(r"\s*\((?:Company|Registration|Reg\.|Registered|UEN|ABN|ACN|CNPJ|CIN|KvK|HRB|SIREN|"
                                  r"Business)\b[^()]*(?:\([^()]*\)[^()]*)?\)\s*$")
_TRAILING_STREET = re.compile(r"(?<=[\w.)]),\s+(?:[A-ZÄÖÜ][\w.\-]*\s+){0,3}[A-ZÄÖÜ][\w.\-]*\s+\d{1,4}[a-z]?$")
_GOVERNING_BODY = re.compile(r"(?:the\s+)?(?:Board\s+of\s+(?:Directors|Trustees|Governors|Regents)|"
                             r"Governing\s+(?:Body|Board)|Council|Senate|President|Rector|Director)\s+of\s+")
_POST_OF = re.compile(r"(?:(?:Distinguished|Visiting|Honorary|Adjunct|Senior|Research)\s+)?(?:Scholar|Fellow|Professor|"
                     r"Chair|Adviser|Advisor|Member)\s+(?:of|at)\s+(?:the\s+)?")
_LEADING_THE = re.compile(r"(?:the\s+)?")
_UNIT_ALIAS = re.compile(r"(?:Laboratory|Lab|Department|Division|Group|Unit|Programme|Program)")
_CONSORTIUM_BODY = re.compile(r"(?:the\s+)?(?:General\s+Assembly|Steering\s+Committee|Management\s+Board|"
                              r"Executive\s+Board|Governing\s+Board|Supervisory\s+Board|Project\s+Management\s+Committee)")
_TITLE_WORD = re.compile(r"(?i)\b(?:agreement|memorandum|contract)\b")
_BETWEEN_LINE = re.compile(r"^[ \t]*(?:by and )?between[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_BODY_IN_DESCRIPTION = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,4}(?:of|under|within|attached to)\s+the\s+"
                                  r"(?P<body>(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the)\s+)?){1,8})$")
# (the name ends before the authority it acts under: "for and on behalf of the Center for Pathogen and Zoonosis Research
# pursuant to the Decree of the Minister of Health ...", "on behalf of Hamanaka National University under a delegation")
_ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<name>[A-Z][^,;()]{3,120}?)"
                           r"(?:\s*,|\s+(?=(?:pursuant to|under (?:a|the|its)|by virtue of|in accordance with)\b))")
# "represented for the purposes of this Agreement by its Director-General": the signatory, not the party
# (and a fund "... registered in Hong Kong and acting by its general partner, Tai Hang Frontier Capital GP Limited")
_ACTING_THROUGH = re.compile(r"(?:,|\s+and)\s*(?:acting\s+(?:by\s+and\s+)?(?:through|by|for)|"
                             r"represented\s+(?:for\s[^,;()]{0,60}?\s)?by|through)\s+(?:its|the|their)\s+"
                             r"(?:[A-Z]|general partner|manager|trustee|management company)")
_PARTIES_DEFINED = re.compile(r"(?:individually|each|collectively|together)\b[^.;]{0,40}[“\"](?:the\s+)?"
                              r"(?:part(?:y|ies)|participants?)[”\"]", re.IGNORECASE)
# (where a name read back from its alias stopped inside the reference: "under\nPrime Contract No.", across a PDF line)
_UNDER_PRIME_CONTRACT = re.compile(r"[,\s]+(?:acting |operating )?under\s+(?:(?:its|the|a)\s+)?(?:Prime\s+)?"
                                   r"Contract\s+No\b")
_CONTRACT_WITH = re.compile(r"\b(?:[Cc]ontract|[Aa]greement)\b[^;]{0,80}\bwith\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.&-]*\s+(?:of\s+)?){1,8}\s*$")
# '... ("NOSO-PAC"), hereby enter into this Memorandum of Understanding (this "MOU") concerning support by the research
# vessel Shiokaze Maru (the "Vessel")': the parties named, the sentence goes on to what they agree
_PARTIES_ENTER = re.compile(r"\bhereby\s+(?:enter\s+into|conclude|agree\b)")
_EN_NAME_START = re.compile(
    r"(?:\bby\s+and\s+between|\bbetween|\bamong|\band|\bby|\bwith|[;:\u037e]|^|\n)\s*(?:the\s+)?",
    re.IGNORECASE,
)
_EN_PARTIES_SENTENCE = re.compile(r"\b(?:between|among|by and between|entered into by)\b", re.IGNORECASE)
_EN_DESCRIPTION = re.compile(
    # (a translated convenio leaves out the article: "INSTITUTO NACIONAL DE ..., public organism attached to the
    # Ministry of the Environment")
    r"(?:,\s+(?-i:public|private|state|national)\s+(?:organism|entity|body)\b.*$)|"
    r",?\s+(?:an?|the)\s+(?:[\w.\-]+\s+){0,8}?(?:corporation|company|university|institute|limited|partnership|"
    r"organization|organisation|entity|agency|association|foundation|society|body|association|LLC|Inc\.?|"
    r"institution|college|school|hospital|laboratory|centre|center|ministry|department|authority)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_EN_RECITALS = re.compile(r"^[ \t]*(?:WHEREAS\b|W H E R E A S\b|RECITALS\b|Recitals\s*$|BACKGROUND\s*$|Background\s*$|"
                          r"PREAMBLE\s*$|"
                          r"NOW,?\s+THEREFORE\b)", re.MULTILINE)
# "Party A: ..." and, in Chinese contract forms, "Entrusting Party (Party A): ..." / 「委託方（甲方）：…」
_LABELLED_PARTY = re.compile(r"^[ \t]*(?:[A-Z][A-Za-z &/-]{0,40}[ \t]*[(（]|[^\s:：()（）]{1,12}[(（])?"
                             # ("Party A (Employing Unit): Nanling University ...", a translated talent contract)
                             r"(?P<alias>Party [A-D]|甲方|乙方|丙方)[)）]?(?:[ \t]*[(（][^()（）\n]{1,30}[)）])?"
                             r"[ \t]*[:：][ \t]*(?P<name>[^\n]{2,400})$",
                             re.MULTILINE)
_NEXT_FIELD = re.compile(r"\s+(?:Address|Registered [Aa]ddress|Domicile|Contact [Pp]erson|Legal [Rr]epresentative|"
                         r"Tel|Telephone|Fax|E-?mail)\s*[:：].*$")
# the same in a table of party details: "Party A (Employer)" in one cell, "Yunlan University of Technology" in the next
_LABELLED_PARTY_CELL = re.compile(r"^[ \t]*(?P<alias>Party [A-D]|甲方|乙方|丙方)"
                                  r"(?:[ \t]*[(（][^()（）\n]{1,30}[)）])?[ \t]*[:：]?"
                                  r"[ \t]*\n[ \t]*(?P<name>[^\n:：]{2,120})$", re.MULTILINE)
# a purchase order's header: "Buyer / 発注者:" on a line of its own, the party's name on the next
_ROLE_LABEL_LINE = re.compile(r"^[ \t]*(?P<alias>Buyer|Supplier|Purchaser|Vendor|Customer|Client|Contractor)"
                              r"(?:[ \t]*[/／][ \t]*[^\n:：/／]{1,12})?[ \t]*[:：][ \t]*\n"
                              r"[ \t]*(?P<name>[A-Z][^\n:：]{2,120})$", re.MULTILINE)
# ... and a Japanese order form's: 「（受注者）」 over 「国立大学法人北稜大学　御中」, 「（発注者）」 over the buyer
_JA_ROLE_LABEL_LINE = re.compile(r"^[ \t　]*[（(](?P<alias>受注者|発注者|委託者|受託者|注文者)[）)][ \t　]*\n"
                                 r"[ \t　]*(?P<name>[^\n（(]{2,60}?)(?:[ \t　]*(?:御中|殿))?[ \t　]*$", re.MULTILINE)
_EN_ORGANISATION_WORDS = (r"University|Institute|College|Laborator(?:y|ies)|Centre|Center|Academy|Foundation|Hospital|"
                          r"Corporation|Company|Agency|Council|School|Inc\.|Ltd\.|GmbH|Limited")
_EN_ORGANISATION_NAME = (r"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}(?:" + _EN_ORGANISATION_WORDS
                         # "University of Science and Technology": an "and" inside the name's tail joins no party
                         + r")(?:\s+(?:of|for)(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){1,4})?")
# an organisation's name ending right where its alias opens: "Shirakaba Institute of Science and Technology (the ..."
_EN_ORGANISATION_TAIL = re.compile(
    # (a word of its own: not the "SA" of "Boston, MA 02210, USA")
    r"(?:\b[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the|&)\s+)*){0,6}\b(?:" + _EN_ORGANISATION_WORDS
    + r"|AG|SA|LLC|plc|Co\.|K\.K\.)(?:\s+(?:of|for)(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){1,5})?"
    # "Kaelen Photonics & Microsystems Centre vzw": a legal form after the name
    r"(?:,?\s+(?:vzw|asbl|e\.V\.|gGmbH|GmbH|AG|S\.A\.|SA|B\.V\.|N\.V\.|S\.r\.l\.|Pte\.?\s+Ltd\.?|Pty\.?\s+Ltd\.?))?"
    r"\s*$")
_EN_BETWEEN_NAMES = re.compile(r"\bbetween\s+(?:the\s+)?(?P<first>" + _EN_ORGANISATION_NAME + r")\s*,?\s+and\s+"
                               r"(?:the\s+)?(?P<second>" + _EN_ORGANISATION_NAME + r")")
_PARTIES_ARE = re.compile(r"\bThe parties (?:to this (?:agreement|arrangement|memorandum) )?are\s+(?:the\s+)?(?P<first>"
                          + _EN_ORGANISATION_NAME + r")\b[^.;]{0,240}?,\s+and\s+(?:the\s+)?(?P<second>"
                          + _EN_ORGANISATION_NAME + r"|[A-Z]{2,8})(?=[,;.\s(])")
# the line that opens an agreement's own sentence below its title block: "This Collaborative Research Agreement ..."
# the document an acronym stands for: "the Master Services Agreement dated ... (the "MSA")"
_DOCUMENT_ACRONYM = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,5}(?:Agreement|Contract|Memorandum|Protocol|Plan))\b")


def _acronym(words: str) -> str:
    return "".join(w[0] for w in words.split())


_LOWER_DOCUMENT_ACRONYM = re.compile(r"\b((?:[a-z]+\s+){1,4}(?:agreement|contract|memorandum|protocol))\b")
_BETWEEN_BELOW = re.compile(r"\s*(?:by and )?between\s*:?[ \t]*\n", re.IGNORECASE)
# (or a few lines of the title block between: "Agreement Ref. KIEM-ILC-2025-004" / "JSPS-DST Bilateral Joint Research
# Programme" / "between")
_BETWEEN_UNDER_TITLE_LINES = re.compile(r"(?:[^\n\"“(]{1,100}\n){1,3}[ \t]*(?:by and )?between\s*:?[ \t]*\n",
                                        re.IGNORECASE)
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
# (not a name's description: "Alan Crane, an individual ("Consultant")")
_GENERIC_SIGNER = re.compile(r"(?:^|[^,;\s])\s+(?:a|an|any|each)\s+(?:legal\s+)?(?:entity|person|individual|"
                             r"organi[sz]ation|company|corporation|institution)\s*$")
_GERMAN_QUOTED = re.compile(r"„([^“”\"\n]{1,80})[“”]")
# a translation from Russian keeps its guillemets for the alias ('hereinafter referred to as the «Institute»'), and for
# the name inside a body's legal form ('the Republican State Enterprise ... «Sary-Arka Institute»'), which stays as is
_GUILLEMET_NAME = re.compile(r"«([^«»\n]{3,120})»")
_GUILLEMET_ALIAS = re.compile(r"(\b(?:as|called)\s+(?:the\s+|a\s+)?)«([^«»\n]{1,40})»")
# (a reference line may stand between: "... ("COLDSALT")" / "Agreement reference: IIEM-INT-2025-031" / "THIS AGREEMENT")
_OPENING_BELOW = re.compile(r"\s*(?:[^\n]{0,40}\b(?:[Rr]eference|[Rr]ef\.?|No\.)[^\n]{0,100}\n\s*)?"
                            r"(?:This|THIS)\b[^\n]{0,200}?\b(?:Agreement|AGREEMENT|Memorandum|MEMORANDUM|"
                            r"Contract|CONTRACT)\b")
# the initials a letter or an agreement uses for a party it never aliased so: "Tallis Polytechnic University" → TPU
_NOT_INITIAL = {"of", "and", "the", "for", "de", "du", "der", "des", "la", "le", "und", "für"}
_TABLE_PARTY = re.compile(r"^[ \t　]*(?P<alias>委託者|受託者|委託方|受託方|提供者|受領者|寄附者|助成者|発注者|"
                          r"受注者|甲|乙|丙)[ \t　]*[:：]?[ \t　]*\n[ \t　]*(?P<name>[^\n]{2,80})$", re.MULTILINE)
# a line that names an organisation: a cover sheet's party, a letter's sender or addressee
# (and a foreign company's name in katakana: 「ラークスパー・ボイス・テクノロジーズ・インク」)
_ORGANISATION_WORD = re.compile(r"大学|研究所|研究院|機構|法人|株式会社|会社|財団|協会|学会|学園|センター|病院|"
                                r"(?:インク|インコーポレ[イー]テッド|コーポレーション|リミテッド|エルエルシー|ゲーエムベーハー)"
                                r"(?![ァ-ヶー])|"
                                r"\b(?:Inc|Ltd|GmbH|University|Institute|Foundation|Corporation|Institut|Universität|Hochschule)\b|\be\.V\.")
_GENERIC_ALIASES = {"agreement", "effective date", "parties", "party", "contract", "this agreement", "mou", "annex",
                    "appendix", "addendum", "schedule", "exhibit",
                    "memorandum", "project", "purpose", "study", "programme", "program", "research", "disclosing party",
                    "receiving party", "confidential information", "data", "materials", "material", "results",
                    "services", "territory", "term", "platform", "website", "site", "portal", "service", "database",
                    "dataset", "datasets", "terms", "terms of use", "subaward", "subcontract", "award", "prime award",
                    "prime contract", "grant", "letter", "master agreement",
                    "本契約", "本覚書", "本協定", "本研究", "本件業務",
                    "秘密情報",
                    "本規約", "本サービス", "契約", "当事者", "本件", "開示者", "受領者", "成果物", "両大学", "両者",
                    "両当事者", "両機関", "本共同研究",
                    # the table of terms the agreement opens with: 「次の契約条件一覧表（以下「表」という。）」
                    "表", "本表", "一覧表", "条件表"}
# 開示者 / 受領者 usually stand for whichever party discloses
# ("情報を開示する当事者（以下「開示者」という。）"), but name a party when an organisation is written right before them
_ROLE_ALIASES = {"開示者", "受領者"}
_JOINT_BODY = re.compile(r"\b(?:Joint|Mixed|Steering|Coordinating|Management)\s+(?:Commission|Committee)\b")
_JOINT_BODY_ALIASES = frozenset({"Commission", "Committee", "Joint Commission", "Joint Committee", "JC", "JCC"})
# 「臨床研究法（平成29年法律第16号。以下「法」という。）」: a statute, not a party
_LAW_NAMED = re.compile(r"(?:[^方]法|法律|省令|政令|施行規則|条約)$")
_WORK_NAMED = re.compile(r"(?:研究|検討|事業|計画|プロジェクト|試験|調査|制度|仕組み|プログラム|兼業|"
                         # 「本共同研究開発契約（以下「本CRADA」という。）は、…」: the instrument itself
                         r"契約書?|協定書?|覚書)$")
# 「コントラクター及び参加者を個別に「当事者」、総称して「両当事者」という。」: the preamble says which of the bodies it
# named are the parties
_JA_PARTIES_ARE = re.compile(r"(?:^|[。、\n])[ \t　]*(?P<a>[^、。「」\s（）()]{1,15})及び"
                             r"(?P<b>[^、。「」\s（）()]{1,15})を、?(?:個別に|それぞれ|各々|単に|個々に|総称して)?「(?:両)?当事者」")
_JA_ORGANISATION = re.compile(r"(?:大学|研究所|研究院|研究機構|機構|法人|株式会社|会社|センター|財団|協会|病院|"
                              r"Inc\.?|Ltd\.?|GmbH)$")
# (the "Amendment Date"), (this "Amendment"), (the "Project Period"): defined terms, not parties
# (and a letter's subject line: 'Re: Grant Agreement No. VRIA-ICRP-2024-0318 ("PALOMA")')
_REFERENCE_LABEL = re.compile(r"(?i)(?:ref\.|reference\b|our ref\b|your ref\b|(?:re|subject|subj\.?)[ \t]*:|"
                              r"(?:contract|agreement|project) (?:no\.|number\b|ref\b))")
_INSTRUMENT = re.compile(r"(?:Convention|Treaty|Act|Charter|Statute|Statutes|Protocol|Constitution|Decree|Accord|"
                         r"Code)$")
# (a reference without its colon too: "Agreement Ref. SICCS-IA-2025-0417 / KMHA-INT-25/112")
_REFERENCE_LINE = re.compile(r"(?im)^[^\n]*?\b(?:(?:ref\.|reference|contract no\.)[ \t]*:|"
                             r"(?:ref\.|ref no\.|contract no\.)[ \t]*(?=[^\n]*\d)[A-Z0-9][^\n]*$)[^\n]*\n")
# (the "Definitive Agreement"), (the "Research Plan"): a document, not a party
_NOT_AN_EN_NAME = re.compile(r"(?i)(?:\bdate|\bperiod|\bterm|\bproject|\bprogramme|\binitiative|\bagreement|\bcontract|"
                             r"\barrangement|\bstudy|\btrial|"
                             r"\bmemorandum|\bterm sheet|\bplan|\bpolicy|\brules|\bterms|\bregulation|\bdirective|"
                             # (the "Fellowship"): the award an offer letter makes, not who makes it
                             r"\bfellowship|\bscholarship|"
                             # (the "Visit"): a visiting researcher's stay, not a party
                             r"\bvisit|\bstay|\bsecondment|\bplacement|\bresidency|"
                             # (the "Action"): a Horizon Europe grant's name for its project
                             r"^action|"
                             r"^amendment(?: no\.? ?\d+)?|^addendum|^side letter|^project\s.*)$")
# (「…の基準に関する省令（以下「GCP省令」という。）」, 「…の治験（以下「本治験」という。）」: a law, a trial)
_NOT_A_NAME = re.compile(r"(契約|規約|研究|業務|情報|方針|日|期間|当事者|成果|サービス|覚書|協定|合意|合意書|確認書|"
                         r"目的|省令|法律|議定書|条約|規則|規程|要綱|要項|細則|指針|ガイドライン|治験|試験|機器|装置|機材|"
                         r"設備|試料)$")
_JA_DESIGNATIONS = frozenset({"甲", "乙", "丙", "丁", "戊"})
_JA_LEGAL_FORM = re.compile(r"^(?:国立大学法人|公立大学法人|国立研究開発法人|独立行政法人|"
                            r"学校法人\S{0,12}?(?=\S{2,}大学)|"
                            r"公益財団法人|一般財団法人|公益社団法人|一般社団法人|大学共同利用機関法人)")
_JA_SUB_UNIT = re.compile(r"(?:研究科|研究室|学部|学科|研究部|研究センター|センター|附属病院|病院|研究所)$")
SEARCH_CHARS = 6000


@dataclass(frozen=True)
class AliasMatch:
    name: str
    alias: str
    start: int
    end: int


# 'This Services Agreement (the "Services Agreement")', 'the German-language version of this Agreement
# ("Kooperationsvertrag")'; not 'the sales agent identified on the signature page to this Agreement (the "Agent")'
_NAMES_THE_DOCUMENT = re.compile(r"(?:\b(?:This|THIS)|\b(?:version|text|copy|original|translation)s? of "
                                 r"(?:this|the))\s+(?:[\w-]+\s+){0,5}?"
                                 # ('This Data Exchange Protocol (the "Protocol")')
                                 # ('This request and acknowledgment (the "Acknowledgment") is made among ...')
                                 r"(?i:agreement|contract|memorandum|arrangement|letter|protocol|addendum|"
                                 r"acknowledge?ment|undertaking|declaration)\s*$|"
                                 # "only the German original („Kooperationsvertrag“) is legally binding"
                                 r"\b(?:the|its)\s+(?:[A-Z][a-z]+(?:-language)?\s+)?(?:original|version|text)\s*$")


# ("entered into by and between" closing the title's line, then the party's name in capitals on a line of its own)
_CONNECTIVE_LINE = re.compile(r"^[ \t]*(?:(?:is\s+)?(?:made|entered\s+into|concluded)"
                              r"(?:\s+(?:on|at|by|this|\w+\s+day))*\s+)?"
                              # (French drafting: "BETWEEN THE UNDERSIGNED:")
                              r"(?:between|and|by and between|among)(?:\s+the\s+undersigned)?[ \t]*:?[ \t]*$",
                              re.IGNORECASE | re.MULTILINE)
_FIRST_LINE = re.compile(r"\s*([^\n]{2,120})$", re.MULTILINE)


def _is_organisation(name: str) -> bool:
    """Whether an English name is an organisation's ("Thermovault Systems B.V.", "THE ... RESEARCH COUNCIL")."""
    return bool(_LISTED_ORGANISATION.search(name) or _LISTED_ORGANISATION.search(name.title()))


def _organisation_tail(head: str, window: int, end: int) -> re.Match[str] | None:
    """The organisation's name that ends the text ``head[window:end]`` (offsets relative to ``window``), if any:
    "... a full professor at Setouchi University of Science and Technology in Japan" ends in that university."""
    country = re.search(r"(?:,|\s+in)\s+Japan\s*$", head[window:end])
    end = window + country.start() if country else end
    tails = [t for t in re.finditer(_EN_ORGANISATION_TAIL, head[window:end])
             if not head[window + t.end():end].strip(" ,")]
    return tails[-1] if tails else None


def _clean_name(name: str) -> str:
    name = name.replace("*", "").replace("__", "").strip().strip(" ,、")
    name = re.sub(r"^(?:(?:for and )?on behalf of|and|between|by|with|among|the|は|と)\s+", "", name,
                  flags=re.IGNORECASE)
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", name).strip()


_OPERATED_BY = re.compile(r"^[）)]?\s*([^、。「」（）()]{1,12}?)(?:が|の)(?:設置|運営|設立)する")


def _joined(found: list[AliasMatch], partner: str | None, name: str) -> str:
    """The party an alias also covers: 「桜川工業大学（以下、学園と併せて「大学」という。）」 and 'Sakuragawa Institute
    of Technology (together with the Foundation, the "University")' name the foundation and its university as one."""
    if partner:
        partner = partner.strip()
        for earlier in found:
            if earlier.alias == partner or earlier.name == partner:
                return earlier.name
    return name


def _before_description(name: str, *more: re.Pattern[str]) -> str:
    """A party's name up to the first cue of its description or address ("..., a national university corporation")."""
    cuts = [c.start() for c in (_EN_DESCRIPTION.search(name), _EN_ADDRESS.search(name), *(p.search(name) for p in more))
            if c]
    # "Naval Ocean Science Office, Pacific, of [the Department of the Navy ...]": the cut leaves the "of" behind
    return re.sub(r",\s*(?:of|in|at)\s*$", "", name[:min(cuts)]) if cuts else name


def _names_a_party(alias: str) -> bool:
    alias = alias.strip()
    return alias.lower() not in _GENERIC_ALIASES and not _NOT_AN_EN_NAME.search(alias)


def _organisations_named(text: str) -> int:
    """How many alias parentheses of ``text`` follow the name of an organisation (since the alias before)."""
    count, previous = 0, 0
    for m in _EN_ALIAS.finditer(text):
        if _names_a_party(m.group("alias")) and _ORGANISATION_WORD.search(text, max(previous, m.start() - 80),
                                                                         m.start()):
            count += 1
        previous = m.end()
    return count


def find_aliases(text: str, limit: int = SEARCH_CHARS) -> list[AliasMatch]:
    """Party alias definitions in the first ``limit`` characters (the preamble), in order of appearance."""
    head = text[:limit]
    if "**" in head or "__" in head:
        # Markdown's emphasis around a name or its alias ('**Kazahaya Institute ...**, ... (**"KIER"**)') blanked, so
        # that offsets stay the document's
        head = _MARKDOWN_EMPHASIS.sub(lambda m: " " * len(m.group()), head)
    if "„" in head:
        # German quotes („FKH“) read as English ones (“FKH”), one character for one
        head = _GERMAN_QUOTED.sub(lambda m: "“" + m.group(1) + "”", head)
    if "«" in head:
        head = _GUILLEMET_ALIAS.sub(lambda m: m.group(1) + "“" + m.group(2) + "”", head)
    found: list[AliasMatch] = []
    previous_end = 0
    for m in _JA_ALIAS.finditer(head):
        # 「ノースミ\nア」: a PDF line may wrap inside the alias
        alias = "".join(m.group("alias").split())
        name = _japanese_name(head, m.start("name"), m.end("name"))
        name_start = m.start("name")
        # 「（1）ノースミア大学（The University of Northmere）。英国王室勅許により設立された法人であり、
        # その主たる事務所を…に置く（以下「ノースミア」という。）」: in a numbered list of parties the name opens the
        # item, and the words before 以下 are its description
        item = None
        for candidate in _JA_PARTY_ITEM.finditer(head, previous_end, m.start()):
            item = candidate
        previous_end = m.end()
        if item is not None and _JA_ORGANISATION.search(item.group("name")) and not _JA_ORGANISATION.search(name):
            name, name_start = item.group("name"), item.start("name")
        if alias in _ROLE_ALIASES and _JA_ORGANISATION.search(name):
            pass  # 「国立大学法人霧島野大学（以下「受領者」という。）」: an organisation named by its role in the deal
        elif alias in _GENERIC_ALIASES or (_NOT_A_NAME.search(alias) and len(alias) > 2) or name.endswith("こと") \
                or _LAW_NAMED.search(name) \
                or (_WORK_NAMED.search(name) and not _JA_ORGANISATION.search(name)):
            # 「甲乙間で実施を検討している…に関する共同研究（以下「本検討」という。）」 names a piece of work
            # 「…それぞれの機関の業務に従事すること（以下「本クロスアポイントメント」という。）」 defines an act
            continue
        # 「汐見台大学（以下「貴学」という。）大学院工学研究科環境計測学研究室（…以下「貴研究室」という。）」: the
        # laboratory of the party just named is that party too
        # (not 「…という。）とラインハルト研究所（…）」, a second party joined by と)
        follows_alias = name.startswith(("）", ")")) or (name_start > 0 and head[name_start - 1] in "）)"
                                                         and head.startswith(name, name_start))
        if found and follows_alias and _JA_SUB_UNIT.search(name):
            found.append(AliasMatch(found[-1].name, alias, found[-1].start, m.end()))
            continue
        # 「甲の医学部附属病院バイオリソースセンター（以下「本バイオバンク」という。）」: a unit of a party named before
        owner = next((a for a in found if name.startswith(a.alias + "の") and a.alias in _JA_DESIGNATIONS), None)
        if owner is not None and _JA_SUB_UNIT.search(name):
            found.append(AliasMatch(owner.name, alias, owner.start, owner.end))
            continue
        # 「静浜大学マラヴィア言語文化センター（以下「センター」という。）」 after
        # 「国立大学法人静浜大学（以下「大学」という。）」: a unit named after a party is that party's
        owner = next((a for a in found if _JA_SUB_UNIT.search(name)
                      and len(core := _JA_LEGAL_FORM.sub("", a.name)) >= 3 and name.startswith(core)
                      and len(name) > len(core)), None)
        if owner is not None:
            found.append(AliasMatch(owner.name, alias, owner.start, owner.end))
            continue
        # 「甲が設置する清瀧工科大学（以下「本学」という。）」: the university its foundation (甲) runs is that party
        operated = _OPERATED_BY.match(name)
        found.append(AliasMatch(_joined(found, m.group("with") or (operated.group(1) if operated else None), name),
                                alias, name_start, m.end()))
        if m.group("alias2") and m.group("alias2") not in _GENERIC_ALIASES:
            found.append(AliasMatch(found[-1].name, m.group("alias2"), name_start, m.end()))
    # 「甲と、米国エネルギー省（以下「DOE」という。）との間の…契約…に基づき、…国立研究所（以下「HBNL」という。）を管理・
    # 運営する…LLC（以下「乙」という。）」: where the parties are 甲 and 乙, the other bodies the preamble calls by
    # Latin letters are described, not parties
    designations = {a.alias for a in found}
    said = _JA_PARTIES_ARE.search(head)
    if said and {said.group("a"), said.group("b")} <= designations - {"甲", "乙"}:
        # (the body a party acts for, 「米国エネルギー省（以下「DOE」という。）のために…を管理運営する…LLC（以下
        # 「コントラクター」という。）」, is described, not a party)
        parties_named = {a.name for a in found if a.alias in (said.group("a"), said.group("b"))}
        found = [a for a in found if a.name in parties_named]
    elif {"甲", "乙"} <= designations:
        parties_named = {a.name for a in found if a.alias in _JA_DESIGNATIONS}
        found = [a for a in found if a.alias in _JA_DESIGNATIONS or a.name in parties_named or not a.alias.isascii()]
    # 「次条に定める甲、乙、丙及び丁は」 over 「第１条（当事者）…（１）甲 国立大学法人北斗科学技術大学（所在地：…）」:
    # the parties and their designations listed in an article of their own
    if not found:
        for m in _JA_LISTED_PARTY.finditer(head):
            found.append(AliasMatch(m.group("name"), m.group("alias"), m.start("name"), m.end()))
    # a grant contract's cover rows, each party's designation and role before its name: 「甲（資助方）四川省国際科技合作
    # 基金管理センター」 / 「乙（受資助方）国立大学法人越後理工大学（日本国新潟県上越市）」
    if not found:
        rows = [m for m in _JA_COVER_PARTY.finditer(head) if _JA_ORGANISATION.search(m.group("name"))]
        if len({m.group("alias") for m in rows}) >= 2:
            found = [AliasMatch(m.group("name"), m.group("alias"), m.start("name"), m.end()) for m in rows]
    # the recitals after the list of parties define terms of their own
    # (「（B）葵陵は、セルロースナノファイバー（以下「CNF」という。）の…」): once two parties are named, nothing after
    # 前文 / （A） is a party
    ja_recitals = _JA_RECITALS.search(head, found[1].end) if len(found) >= 2 else None
    if ja_recitals:
        found = [a for a in found if a.start < ja_recitals.start()]
    # English agreements name the parties in the sentence with "between" / "among"; later parentheses define terms
    opening = _EN_PARTIES_SENTENCE.search(head)
    if opening and not _EN_ALIAS.search(head, opening.start(), opening.start() + 1500):
        # a cover page or a table of contents says "between" long before the parties' own block, which opens
        # with "BETWEEN:" on a line of its own
        opening = next((o for o in _BETWEEN_LINE.finditer(head, opening.end())
                        if _EN_ALIAS.search(head, o.start(), o.start() + 1500)), opening)
    # without one, the opening paragraph, whole: its second party may stand past the 800th character
    paragraph_end = head.find("\n", 800)
    english_region = head[:opening.start() + 1500] if opening else head[:paragraph_end if paragraph_end > 0 else 800]
    if opening:
        # a consortium lists six parties, each with its address and representative, before "hereinafter, jointly or
        # individually, referred to as "Parties"": the list runs to that sentence
        said_at = _PARTIES_DEFINED.search(head, opening.start(), opening.start() + 5000)
        if said_at and said_at.end() > len(english_region):
            english_region = head[:said_at.end()]
        # a paragraph of the parties is not cut in its middle ("Between the undersigned, [the first party's
        # signatory, his post and the body he acts for] ...; and [the second's] ..." runs to 2,000 characters)
        paragraph_end = head.find("\n", len(english_region))
        if 0 < paragraph_end - len(english_region) < 2000:
            english_region = head[:paragraph_end]
    # an e-mail or a letter names the parties in its prose, below its headers and greeting: 'the terms on which the
    # Marisol Institute for Ocean Sciences (the "Institute") and Seiran University ("Seiran") will work together'
    in_prose = opening is None
    # a letter's first paragraph may name only us ('participation of Hokuryo University (the "University") in ...
    # multi-project wafer ("MPW") shuttle runs'), the writer naming itself a paragraph later
    if in_prose and _organisations_named(english_region) < 2:
        english_region = head[:3000]
    matches = sorted((m for pattern in (_EN_ALIAS, _EN_HEREINAFTER, _EN_HEREINAFTER_ORDINAL, _EN_HEREINAFTER_ACRONYM)
                      for m in pattern.finditer(english_region)),
                     key=lambda m: m.start())
    # the recitals that follow the parties define terms of their own ("(B) The Consortium ... has developed a
    # model (the "ECHO-AF Model")"): once a party is named, nothing after WHEREAS / RECITALS is a party
    recitals = _EN_RECITALS.search(english_region, opening.end() if opening else 0)
    if recitals and matches and matches[0].start() < recitals.start():
        matches = [m for m in matches if m.start() < recitals.start()]
    # the parties are named, then called the "parties"; later parentheses define other terms ('a definitive
    # Collaboration and Data Sharing Agreement (the "Definitive Agreement")')
    said = _PARTIES_DEFINED.search(english_region)
    if said and sum(1 for m in matches if m.start() < said.start() and _names_a_party(m.group("alias"))) >= 2:
        matches = [m for m in matches if m.start() < said.end()]
    enter = _PARTIES_ENTER.search(english_region)
    if enter and sum(1 for m in matches if m.start() < enter.start() and _names_a_party(m.group("alias"))) >= 2:
        matches = [m for m in matches if m.start() < enter.start()]
    floor = 0
    for m in matches:
        if m.start() < floor:
            continue  # the same alias again: "(hereinafter referred to as "PCQ")" matches both patterns
        # a name never reaches back over an earlier alias ("Kiromic, Inc (the "Company") ... retain Gianluca Rotino
        # ("Consultant")"): each party is named after the one before it
        # "established by the Convention on the Establishment of ... (the "Convention")": the instrument a party was
        # made by, not a party; the party's own alias further on still reaches back over it to the party's name
        # ('... described in Sections 501(c)(3) ... of the U.S. Internal Revenue Code of 1986, as amended (the "Code")')
        if _INSTRUMENT.match(" ".join(m.group("alias").split())) and re.search(
                r"\bthe\s+(?:[A-Z][\w.]*\s+){0,4}" + re.escape(" ".join(m.group("alias").split())) + r"\b"
                # 'an international organization established by the Agreement Establishing the Asian Agrifood
                # Development Bank done at Bangkok on 14 June 1998 (the "Charter")': the treaty, not the party
                r"|\bestablished\s+(?:by|under|pursuant\s+to)\s+(?:the|an?)\s+(?:[A-Z][\w.]*\s+){0,3}"
                r"(?:Agreement|Convention|Treaty|Articles|Charter|Statute)\b",
                head[max(floor, m.start() - 300):m.start()]):
            continue
        # 'AERONAUTICAL MATERIALS RESEARCH LABORATORY, a laboratory of the Defence Technology Development Organisation
        # ("DTDO"), Department of ..., Government of India, ... (hereinafter "AMRL")': the body a party belongs to,
        # named inside the party's description, is no party, and the party's name still lies before it
        body = _BODY_IN_DESCRIPTION.search(head, max(floor, m.start() - 160), m.start())
        if body and _initials(body.group("body")) == " ".join(m.group("alias").split()) and re.search(
                r"\bhereinafter\b|\(\s*(?:the\s+)?[“\"]", head[m.end():m.end() + 400]):
            continue
        # '..., LLC, ... acting as the management and operating contractor of ... National Laboratory under Prime
        # Contract No. DE-AC07-19ID14682 (the "Prime Contract") with the United States Department of Energy ("DOE"),
        # having its principal place of business at ... ("Contractor")': the body the party contracts with, named in its
        # description
        contract_with = _CONTRACT_WITH.search(head, max(0, m.start() - 250), m.start())
        if contract_with and re.match(r"\s*,\s*(?:having|with|located|whose)\b[^;()]{0,300}\(", head[m.end():]):
            floor = found[-1].end if found else 0  # (and the party's name lies before the contract's own alias)
            continue
        previous, floor = floor, m.end()
        # (the "Effective\nDate") wrapped by a PDF line; (the "Agreement'") with an OCR'd stray quote
        alias = " ".join(m.group("alias").split()).strip("'’‘`´ ")
        # ("甲" or the "Host"): an English agreement may keep the Japanese designations
        if alias.lower() in _GENERIC_ALIASES or not (alias[:1].isupper() or "\u4e00" <= alias[:1] <= "\u9fff") \
                or _NOT_AN_EN_NAME.search(alias):
            opens = head.find("(", m.end())
            following = head[m.end():opens] if opens >= 0 else ""
            if found and _TITLE_WORD.search(alias) and alias.lower() not in _GENERIC_ALIASES and following \
                    and not re.search(r"[.;:](?:\s|$)", following):
                # a document defined inside the next party's description leaves that party's name before it: "The Sevan
                # Institute ... Foundation, ..., established pursuant to the Agreement between the Government of ...
                # (hereinafter the "Founding Agreement"), having its seat at ... (hereinafter the "Institute")"
                floor = previous
            continue
        # 'The Fourth Meeting of the Joint Commission on Cooperation in ... Research (hereinafter "the Commission")':
        # the parties' own joint body, no party
        if _JOINT_BODY.search(head, max(previous, m.start() - 200), m.start()) and alias in _JOINT_BODY_ALIASES:
            continue
        # '... the Cheongun Future Technology Institute ("CFTI") ("Sponsor")': a second alias right after the first
        if found and found[-1].end == previous and not head[previous:m.start()].strip():
            found.append(AliasMatch(found[-1].name, alias, found[-1].start, m.end()))
            continue
        # '... ("IAAt"), ..., acting in its own name and as Managing Institution of the ... Consortium on behalf of the
        # Full Members listed in Annex 4 (the "Managing Institution")': the role the party's own description gives it
        between = head[previous:m.start()]
        role = r"\bas\s+(?:the\s+)?" + r"\s+".join(map(re.escape, alias.split())) + r"\b"
        if found and found[-1].end == previous and re.search(role, between) \
                and not re.search(r";\s*(?:and\b|$)|\n\s*\(\d{1,2}\)", between):
            found.append(AliasMatch(found[-1].name, alias, found[-1].start, m.end()))
            continue
        # '(1) INSTITUTO NACIONAL ... ("INREGAP"), a decentralised public body ..., represented by its Director General,
        # Dr. Ernesto Villaseñor Paredes (the "PROVIDER"); and': the role after its signatory's name is the party's
        # (not the next party's own signatory: '..., hereinafter "CNSTA";\nThe Université ..., represented by its
        # President, Mr Olivier Kerbrat, hereinafter "ULO"')
        if found and found[-1].end == previous and _REPRESENTED_BY.search(between) and ";" not in between \
                and not _NEXT_PARTY_IN_BETWEEN.search(between) and not _PERSON_ALIAS.search(alias) \
                and not any((name := _NAME_LINE.match(line)) and _is_organisation(name.group())
                            for line in between.split("\n")[1:]):
            found.append(AliasMatch(found[-1].name, alias, found[-1].start, m.end()))
            continue
        # 'the German-language version of this Agreement ("Kooperationsvertrag")': a name of the document itself
        if _NAMES_THE_DOCUMENT.search(head, max(previous, m.start() - 80), m.start()):
            continue
        # 'This version of the agreement allows a legal entity (the "Corporation" or "Contributor") to submit': a form's
        # generic definition of whoever signs it, not a party named
        if _GENERIC_SIGNER.search(head, max(previous, m.start() - 40), m.start()):
            continue
        # 'Self-Healing Sol-Gel Coatings for Offshore Wind Foundations ("SEACOAT")' under the title, above "This
        # Collaborative Research Agreement is made ... BETWEEN": the project's short name, not a party
        below = head.find("\n", m.end()) + 1
        if not found and (_OPENING_BELOW.match(head, below) or _BETWEEN_BELOW.match(head, below)
                          or _BETWEEN_UNDER_TITLE_LINES.match(head, below)) \
                and _EN_PARTIES_SENTENCE.search(head, m.end(), m.end() + 600):
            continue  # (or above a cover block's "between")
        # 'X (its address; hereinafter "Y")': the name ends where that parenthesis opens
        name_end = m.start()
        opened = head.rfind("(", previous, name_end)
        if opened >= 0 and ")" not in head[opened:name_end]:
            name_end = opened
        name, start = _english_name(head, name_end, previous)
        qualified = _UNDER_ITS_CONTRACT.search(name)
        if qualified and _is_organisation(name[:qualified.start()]):
            # "GRANITE RIDGE RESEARCH ALLIANCE, LLC / under its U.S. Department of Energy Contract No. DE-AC07-19ID14582
            # / (hereinafter "Contractor")": the contract a laboratory's operator works under is no part of its name
            name = name[:qualified.start()].rstrip(" ,")
        if "«" in head and ("»" in name or not _is_organisation(name)):
            # 'the Republican State Enterprise on the Right of Economic Management «Sary-Arka Institute of
            # Hydrogeology and Geoecology», subordinate to ...': the body's name in guillemets after its legal form
            quoted = [q for q in _GUILLEMET_NAME.finditer(head, previous, name_end) if _is_organisation(q.group(1))]
            if quoted:
                name, start = " ".join(quoted[-1].group(1).split()), quoted[-1].start(1)
        behalf = []
        if m.re is _EN_HEREINAFTER_ORDINAL or m.re is _EN_HEREINAFTER_ACRONYM:
            behalf = list(_ON_BEHALF_OF.finditer(head, previous, name_end)) + \
                list(_IN_CAPACITY_OF.finditer(head, previous, name_end)) + \
                list(_OFFICER_OF.finditer(head, previous, name_end))
            behalf.sort(key=lambda b: b.start())
            if behalf:
                name, start = " ".join(behalf[-1].group("name").split()), behalf[-1].start("name")
        elif m.re is _EN_ALIAS and not _is_organisation(name) and _IN_ITS_NAME.search(head, previous, name_end):
            # a Spanish convenio's "On one part, Dr. IGNACIO ..., in his quality of Rector of the UNIVERSIDAD ...,
            # in name and representation of the same, with domicile in ... (in advance, "the UTV")": the body the
            # signatory speaks for is the party
            behalf = [b for b in _OFFICER_OF.finditer(head, previous, name_end) if _is_organisation(b.group("name"))]
            if behalf:
                name, start = " ".join(behalf[-1].group("name").split()), behalf[-1].start("name")
        acted_for = bool(behalf)
        # "Cold Creek Science Alliance, LLC, Management and Operating Contractor of Cold Creek National Laboratory under
        # Prime Contract No. DE-AC07-19CC41206 with the U.S. Department of Energy (the "Contractor")": the name read
        # back from the alias stops inside the contract's reference; the operator named before it is the party
        if re.match(r"(?:Prime\s+)?Contract\s+No\b", name):
            under = _UNDER_PRIME_CONTRACT.search(head, previous, name_end)
            if under:
                name, start = _english_name(head, under.start(), previous)
        # 'Ref. HSM/KFD/RCA/2022-007 ("CoastCast")' under an amendment's title: the project's short name, no party
        # ('ACCESSION AGREEMENT to the Consortium Agreement of the ... CONSORTIUM ("CryoCarb")': the title, no party)
        if _REFERENCE_LABEL.match(name) or _TITLE_WORD.search(name):
            continue
        # "the Consorcio Nacional ... (CNFS), acting for and on behalf of the Peña Alta Underground Laboratory": the
        # body that acts is the party when the name stops at "on behalf of"
        name = re.sub(r",?\s+acting (?:for and )?on behalf of\s*$", "", name)
        if in_prose:
            # the sentence before the name ("As agreed, I am writing to confirm the terms on which the Marisol
            # Institute ...", "Further to our meetings in Asakiri, Helvar Biocatalysis Corporation (the "Sponsor")"),
            # or a name cut at its "and" ("... of Science and Technology"): the organisation's name is its tail
            window = max(previous, name_end - 200)
            # "Asagiri University, acting through its Graduate School of Medicine and ... Hospital (together, ...)"
            acting = [a.start() for a in _ACTING_THROUGH.finditer(head, window, name_end)]
            found_tail = _organisation_tail(head, window, acting[-1] if acting else name_end)
            tail = found_tail.group(0).strip() if found_tail else ""
            if tail and (not name or name.lower() == alias.lower() or (tail.endswith(name) and len(name) < len(tail))
                         # "We are pleased to confirm that Okuyama University": the sentence before the name
                         or (name.endswith(tail) and any(w not in _NOT_INITIAL for w in
                                                         re.findall(r"\b[a-z]{2,}\b", name[:len(name) - len(tail)])))
                         # "In this letter, Kaelen Photonics & Microsystems Centre vzw": the sentence's tail
                         or (name.endswith(tail) and "," in name[:len(name) - len(tail)])
                         or tail not in name
                         or (acting and len(name.split()) > 8)):
                # (not the post a letter offers: "appointment as a Distinguished Scholar of the Norvale Institute",
                # nor the body or the post that speaks for it: "the Board of Directors of The Kestrel Hollow Foundation
                # (the "Foundation")", "Professor ..., Director of the Centre for Boreal Forest ... (the "Centre")")
                post = _POST_OF.match(tail) or _GOVERNING_BODY.match(tail)
                cut = _LEADING_THE.match(tail, post.end()).end() if post else 0
                name = " ".join(tail[cut:].split())
                start = window + found_tail.start() + cut
            elif len(name.split()) > 8:
                tails = list(re.finditer(_EN_ORGANISATION_NAME, head[start:name_end]))
                if tails:
                    name = tails[-1].group(0).strip()
                    start += tails[-1].start()
        elif ((name and not _is_organisation(name) and not _PERSON_TITLE.search(name))
              # (or no name at all before the alias in a letter's prose, its address block above the greeting)
              or (not name and _GREETING_LINE.search(head, previous, name_end))) and not acted_for \
                and not _ACTING_THROUGH.search(head, max(previous, name_end - 200), name_end) \
                and not _ACTS_FOR.search(head, max(previous, name_end - 200), name_end):
            # a letter that says "between" further down still names the parties in its prose: "On behalf of the Board
            # of Directors of The Cordelia Hayward Foundation (the "Foundation"), I am pleased to inform you that ...
            # a grant ... to National University Corporation Ariake University (the "Grantee")"
            window = max(previous, name_end - 200)
            tail = _organisation_tail(head, window, name_end)
            if tail:
                # ("... to offer you appointment as a Distinguished Scholar of the Eastmarch Institute for Quantum
                # Photonics (the "Institute")": the post offered is no part of the name)
                lead = _GOVERNING_BODY.match(tail.group(0)) or _POST_OF.match(tail.group(0))
                name = " ".join(tail.group(0)[lead.end() if lead else 0:].split())
                start = window + tail.start() + (lead.end() if lead else 0)
        # "on behalf of the Faculty Council of the Faculty of Civil Engineering and Architecture of Transdanubian
        # University of Technology ("TDUT" ...)": the university whose faculty writes is the party, not the "and" inside
        # the faculty's name
        if name and start >= 0:
            whole = head[max(previous, start - 200):start] + name
            body = _UNIT_OF_BODY.search(whole)
            if body and body.group("body") != name and name.endswith(body.group("body")) \
                    and _SUB_UNIT_WORD.search(whole, 0, body.start()):
                name, start = body.group("body"), start + len(name) - len(body.group("body"))
        # "between\n\nInstitut für ... e.V.\nAuenstraße 14, ...\n\n- hereinafter referred to as "IDOS" -": the name is
        # the line after "between" / "and", its address and representative below it, the alias a paragraph of its own
        block = list(_CONNECTIVE_LINE.finditer(head, previous, name_end))
        line = _FIRST_LINE.match(head, block[-1].end()) if block else None
        if line and line.end() <= name_end and ((
                (not name or name.lower() == alias.lower() or "\n" in name
                 # the name's line, then its street address, joined as if the line wrapped ("National University
                 # Corporation Hokuryo University / 4-1 Hokuryodai, ...")
                 or ("\n" in head[start:start + len(name)] and re.match(r"[ \t]*\n[ \t]*\d", head[line.end():]))
                 or ("\n\n" in head[block[-1].end():name_end].strip()
                     # (not a cover block's "and / ... University (Party B)" over the first party's own paragraph,
                     # which names it right before its alias)
                     # (its description may wrap, a text file's lines: "The Mirzachul State University of
                     # Agrotechnologies and Irrigation, a state\nhigher educational institution ...")
                     and not (_is_organisation(name) and "\n" not in head[start:start + len(name)])))
                and _ORGANISATION_WORD.search(line.group(1)))
                # "THE MINERAL AND WATER SCIENCES RESEARCH COUNCIL" over its description, where the words before the
                # alias name no organisation ("... Research Act, 1997, and listed as")
                # (the description right under it, not a cover block's line a few paragraphs up)
                or (name and not _is_organisation(name) and _is_organisation(line.group(1))
                    and not re.search(r"\n[ \t]*\n", head[line.end():name_end])
                    # nor a cover block's line naming the other party, whose own paragraph follows
                    and line.group(1).strip().lower() not in head[name_end:].lower())):
                # (its description may begin on the same line: "THE GOVERNORS OF THE UNIVERSITY OF LAKEHAVEN, a
                # university continued under The")
                name, start = re.split(r",\s+(?:an?|the)\s+(?=[a-z])", line.group(1))[0].strip(" ,"), line.start(1)
        # '..., acting through its Center for Ocean Remote Sensing ("CORS") and represented by its President (the
        # "University")': a second alias of the party named before, in the same sentence
        # (not '("ADESG"), acting on behalf of the Commonwealth ..., and Minase University, acting through its Research
        # Institute ... ("RIUAP")': another organisation joined by ", and")
        if found and _SAME_PARTY_AGAIN.fullmatch(head, previous, name_end) \
                and not _AND_ANOTHER_PARTY.search(head, previous, name_end):
            name, start = found[-1].name, found[-1].start
        # '..., which manages and operates Cottonwood National Laboratory (the "Laboratory") for the United States
        # Department of Energy ("DOE") under Prime Contract No. DE-AC02-19CH11847 (the "Prime Contract")
        # ("Contractor"), and Harima Institute ...': the alias that closes a party's block, right after a term its
        # description defines, names the party that block opened with
        # (not 'Marine MP, LLC ("Lender"), for services of Arnold Schwarzenegger ("Endorser"), and ...': a name of its
        # own)
        if found and not _is_organisation(name) and not _PERSON_TITLE.search(name) and _names_a_party(alias) \
                and head[max(0, m.start() - 8):m.start()].rstrip().endswith(")") \
                and _CLOSES_PARTY_BLOCK.match(head, m.end()):
            opened_at = max((b.end() for b in _OPENS_PARTY_BLOCK.finditer(head, 0, m.start())), default=0)
            owner = next((a for a in found if a.start >= opened_at), None)
            if owner is not None:
                found.append(AliasMatch(owner.name, alias, owner.start, m.end()))
                continue
        if (not name or name.lower() == alias.lower()) and any(
                alias == _acronym(d.group(1)) for d in _DOCUMENT_ACRONYM.finditer(head, max(previous, m.start() - 200),
                                                                                  m.start())):
            # 'the Master Services Agreement dated 3 February 2025 between the parties named below (the "MSA")'
            continue
        if alias.isupper() and any(alias == _acronym(" ".join(d.group(1).split()[k:])).upper()
                                   for d in _LOWER_DOCUMENT_ACRONYM.finditer(head, max(0, m.start() - 400), m.start())
                                   for k in range(len(d.group(1).split()) - 1)):
            # 'We refer to the clinical trial agreement dated 9 September 2024 between ... with Professor Shunsuke
            # Igarashi ... as principal investigator (the "CTA")': the agreement a side letter amends
            continue
        if not name or name.lower() == alias.lower():
            word = re.search(r"([^\W\d_][\w\-]*)\W*$", head[max(previous, m.start() - 40):m.start()])
            if in_prose and word and word.group(1)[:1].islower():
                # 'multi-project wafer ("MPW")' in a letter's prose: a term, with no name of an organisation before it
                continue
            name = alias
        # "Dr. Anara Dzholdasova, Associate Professor at the Vesk Polytechnic Institute": the person, without the post
        if _PERSON_TITLE.match(name) and "," in name:
            name = name.split(",", 1)[0].strip()
        name = _without_trailers(name)
        end = m.end()
        if m.re is _EN_HEREINAFTER_ACRONYM or (m.re is _EN_HEREINAFTER
                                                and re.match(r",?\s+(?:an?|the)\s+[a-z]", head[end:end + 20])):
            # the description follows the acronym ("..., hereinafter referred to as IBUKI, a national university
            # corporation established under the ... Act of Japan, ...;"): the party's span runs to the semicolon
            stop = re.search(r"[;\n]", head[end:end + 600])
            end = end + stop.start() if stop else end
        found.append(AliasMatch(_joined(found, m.groupdict().get("with"), name), alias, start, end))
        # (the "Provider" or "KIGM"): both names are used for the party later on
        second = " ".join((m.groupdict().get("alias2") or "").split()).strip("'’‘`´ ")
        if second and second.lower() not in _GENERIC_ALIASES and second[:1].isupper():
            found.append(AliasMatch(name, second, start, m.end()))
    # "Party A: Minamisawa Institute of Technology (Japan)" / 「甲方：○○大学」 on a line of its own, as agreements
    # drafted in Chinese put it; the party's block runs to the next blank line (its address, its representative)
    blocks: list[AliasMatch] = []
    labelled = sorted([*_LABELLED_PARTY.finditer(head), *_LABELLED_PARTY_CELL.finditer(head),
                       *(m for m in _ROLE_LABEL_LINE.finditer(head) if _ENTITY_LINE.match(m.group("name"))),
                       *(m for m in _JA_ROLE_LABEL_LINE.finditer(head)
                         if _JA_ORGANISATION.search(m.group("name")) or _ENTITY_LINE.match(m.group("name")))],
                      key=lambda m: m.start())
    label_starts = [m.start() for m in labelled]
    for m in labelled:
        name = re.sub(r"\s*[（(][^()（）]{1,40}[)）]\s*$", "", m.group("name")).strip(" ,;")
        # "Party A: Weiqiao Ocean University, a public institution ... established under the laws of ..., with its
        # address at ...": the name ends where its description begins
        name = _EN_ADDRESS.sub("", name).strip(" ,;.") if name.isascii() else name
        # "Party B: Shenzhen ... Co., Ltd. Address: 7F, ... Contact person: ...": a form's fields run on one line
        name = _NEXT_FIELD.sub("", name).strip(" ,;")
        if len(name) > 120:
            continue
        if not name or any(a.alias == m.group("alias") for a in found):
            continue
        block_end = head.find("\n\n", m.end())
        block_end = block_end if block_end > 0 else m.end()
        # a table of party details has no blank lines: the next party's label ends the block
        block_end = min([block_end, *(start for start in label_starts if start > m.start())])
        blocks.append(AliasMatch(name, m.group("alias"), m.start("name"), block_end))
    if blocks:
        # '(hereinafter "Host")' closing the block under "Party A: Kiyotaki University" names Party A, not the
        # legal representative on the line above it
        found = [next((AliasMatch(b.name, a.alias, b.start, b.end) for b in blocks if b.start <= a.start < b.end), a)
                 for a in found]
        found.extend(blocks)
    # the parties of a form with a Reference Schedule: "Item 1 - Barrowdale" over "Barrowdale University ABN ..., a
    # body corporate ...", and in the body "(1) The party described in Item 1 (the "Institute")"
    all_items = list(_ITEM_PARTY.finditer(head))
    if not all_items and _PARTICULARS.search(head):
        # a schedule of particulars laid out as a table, the item number in a column of its own: "3 Charterer" over
        # "National University Corporation Nanki University of Marine Sciences, ..."
        all_items = [m for m in _ROW_PARTY.finditer(head) if _ENTITY_LINE.match(_item_name(m))]
    items = {m.group("n"): m for m in all_items if _ENTITY_LINE.match(m.group("name"))}
    if items:
        by_alias = {item.group("alias").strip(): item for item in items.values()}

        def item_of(a: AliasMatch) -> re.Match[str] | None:
            described = _DESCRIBED_IN_ITEM.search(a.name)
            if described and described.group(1) in items:
                return items[described.group(1)]
            # '("Ravensholt")' closing the description under "Item 1 - Host" names that item's party
            inside = next((m for m in all_items if m.start("name") <= a.end <= m.end("name") + 2), None)
            return inside or by_alias.get(a.alias)

        # the party's span is its item ("Item 1 - The Institute / Tanjong Merah Institute ..."): the alias in the body
        # below ("(1) The party described in Item 1 (the "Institute")") would stretch it over the other items
        found = [AliasMatch(_item_name(item), a.alias, item.start("name"),
                            a.end if a.start <= item.end("name") + 2 else item.end("name")) if item is not None else a
                 for a, item in ((a, item_of(a)) for a in found)]
        named = {a.name for a in found}
        for item in items.values():
            name = _item_name(item)
            if name not in named:
                found.append(AliasMatch(name, item.group("alias").strip(), item.start("name"), item.end("name")))
    # an annex lists the parties of its master agreement by their short names: "UEF      Universität Eschenfeld,
    # Germany (Coordinator)", one party per line; the role in parentheses is a name the annex uses too
    if not found:
        listed = list(_SHORT_NAME_LINE.finditer(head))
        if sum(1 for m in listed if _is_organisation(m.group("name"))) >= 2:
            for m in listed:
                name = m.group("name").strip(" ,")
                found.append(AliasMatch(name, m.group("alias"), m.start("name"), m.end()))
                if m.group("role"):
                    found.append(AliasMatch(name, m.group("role"), m.start("name"), m.end()))
    # an English agreement defines the parties' short names in bold, without quotes: "(1) THE UNIVERSITY OF WEXMOOR, a
    # body incorporated by Royal Charter ... (Wexmoor); and"
    if not found:
        listed = list(_NUMBERED_PARTY_UNQUOTED.finditer(head))
        if len(listed) >= 2:
            for m in listed:
                name = m.group("name")
                name = _before_description(name)
                found.append(AliasMatch(name.strip(" ,;"), m.group("alias"), m.start("name"), m.end()))
    if not found:
        heading = _PARTIES_HEADING.search(head)
        listed = []
        position = heading.end() if heading else len(head)
        while (m := _UNNUMBERED_PARTY.match(head, position)) is not None:
            listed.append(m)
            position = m.end()
            while head.startswith("\n", position):
                position += 1
        if len(listed) >= 2:
            for m in listed:
                name = m.group("name")
                name = _before_description(name, _NUMBER_OR_SEAT)
                found.append(AliasMatch(name.strip(" ,;"), m.group("alias"), m.start("name"), m.end()))
    members = list(_NUMBERED_MEMBER.finditer(head))
    # (a consortium's numbered members, then WHEREAS: "(A) ... a funding contract with their respective national funding
    # agency (the "Funding Contracts")": the only quoted alias, in a recital, names no party)
    if len(members) >= 2 and found and all(a.end > members[-1].end() for a in found) \
            and _EN_RECITALS.search(head, members[-1].end(), min(a.end for a in found)):
        found = []
    if not found and len(members) >= 2:
        # each member's passage is its line, with its description ("a general incorporated foundation under the laws of
        # Japan")
        found.extend(AliasMatch(m.group("name").strip(), m.group("alias"), m.start("name"),
                                _line_end(head, m.end(), len(head)))
                     for m in members)
    # a letter that names the parties once and never gives them a short name: "Side Letter No. 1 to the Research
    # Collaboration Agreement dated 14 March 2024 between Sanrei University and Tallis Polytechnic University"
    if not found:
        m = _EN_BETWEEN_NAMES.search(head[:2000])
        if m:
            for group in ("first", "second"):
                name = " ".join(m.group(group).split())  # the title may wrap inside a name
                found.append(AliasMatch(name, name, m.start(group), m.end(group)))
    # a record of what was agreed by e-mail states who the parties are in its own words: "The parties are Shiomidai
    # University, a national university corporation in Yokosuka, Japan, acting through ..., and MIAB, Can Tho City"
    if not found:
        m = _PARTIES_ARE.search(text, 0, 4 * SEARCH_CHARS)
        if m:
            for group in ("first", "second"):
                name = " ".join(m.group(group).split())
                found.append(AliasMatch(name, name, m.start(group), m.end(group)))
    # a platform's terms define the two sides among their defined terms: '"Arbordale", "we", "us" and "our" mean the
    # Arbordale Contracting Entity ...', '"you" and "Customer" refer to that organisation'
    if not found:
        found.extend(_terms_parties(text[:2 * SEARCH_CHARS]))
    # a Japanese letter (委嘱状, 念書, 招へい状): the addressee above 「殿」, the sender below it, and the two called
    # 貴殿 / 貴財団 and 本学 / 私 in the text
    # (also when the only "party" found is a defined term of its text:
    # 「炭素繊維強化プラスチック（以下「CFRP」といいます。）」)
    if not found or not any(_ORGANISATION_WORD.search(a.name) for a in found):
        letter = _letter_parties(head, text[:2 * SEARCH_CHARS])
        if letter or not found:
            found = letter
    # an English letter: the sender on its letterhead, the addressee above "Dear ...", called "you"
    if not found:
        found = _english_letter_parties(head)
    elif len({a.name for a in found}) == 1 and _written_in_latin(head):
        # a letter that names only its sender in its prose ('... of the National Research and Innovation Agency of
        # Kestria (the "Agency")'): the addressee is the other side
        addressee = [a for a in _english_letter_parties(head) if a.alias in ("you", "You", "your", "Your")
                     and normalise_name(a.name) != normalise_name(found[0].name)]
        found = found + addressee
    elif _written_in_latin(head):
        # an offer to our professor at a Japanese university names only the sender's side in its prose (its "University"
        # and its "Institute"): the addressee, in Japan, is the other side
        addressee = [a for a in _english_letter_parties(head) if a.alias in ("you", "You", "your", "Your")
                     # (not where a party goes by its role alone, "University" (the "University"): that is the one
                     # addressed)
                     # (a unit of the sender's, 'attached to the Laboratory of ... (the "Laboratory")', is not)
                     and all(normalise_name(f.name) != normalise_name(f.alias) or _UNIT_ALIAS.fullmatch(f.alias)
                             for f in found)
                     and (_JAPANESE_INSTITUTION.search(a.name)
                          or re.search(r"\bJapan\b", "\n".join(head[a.end:a.end + 300].split("\n")[:5])))]
        named = {normalise_name(f.name): f.name for f in found}
        # the addressee the prose names too ("National University Corporation Hidaka University" above "Dear
        # Professor Onishi", "Hidaka University (the "University")" in the text): "you" is that party
        found = found + [AliasMatch(named.get(normalise_name(a.name), a.name), a.alias, a.start, a.end)
                         for a in addressee]
    # a cover sheet's table (契約書 + 約款, as public funders and many offices write them): the role on one line, the
    # party on the next — 「委託者\nノルトハーフェン先端材料財団（…）\n受託者\n学校法人青葉台学園」
    if not found:
        for m in _TABLE_PARTY.finditer(head):
            name = re.sub(r"\s*[（(][^()（）]{1,60}[)）]\s*$", "", m.group("name")).strip(" ,;、")
            if name and _ORGANISATION_WORD.search(name) and not any(a.alias == m.group("alias") for a in found):
                found.append(AliasMatch(name, m.group("alias"), m.start("name"), m.end()))
    # a form letter's numbered paragraphs: "1. Provider" over "Kita-Kanto Institute of Comparative Medicine (KICM), a
    # public interest incorporated foundation ...", "2. Recipient" over "Pemberton University, ..."
    # the paragraphs that name them are the letter's first articles, past the preamble
    heads = [m for m in _HEADING_PARTY.finditer(text[:limit + 1500]) if _ENTITY_LINE.match(m.group("name"))]
    # (a grant's particulars table, "Grantor" / its name and address / "Grantee" / ...: the next heading ends the
    # party's passage, so that the grantee's "National Research and Development Agency ..., Japan" is not the
    # grantor's)
    headed = [AliasMatch(_heading_party_name(m.group("name")), m.group("alias").title(), m.start("name"),
                         min(_paragraph_end(text, m.start("name")),
                             heads[k + 1].start() if k + 1 < len(heads) else len(text)))
              for k, m in enumerate(heads)]
    if len({a.alias for a in headed}) >= 2:
        # they are the parties: a parenthesis before them defines the master agreement ("the "UBMTA"")
        # (on the name's own line: the next row of a particulars table names someone else, "Partner Organisation" /
        # "Brennholm Institute of Ocean Technology ("BIOT")")
        found = headed + [AliasMatch(a.name, acronym.group(1), a.start, a.end) for a in headed
                          for acronym in [_HEADED_ACRONYM.search(text, a.start, _line_end(text, a.start, a.end))]
                          if acronym]
    if len({a.alias for a in found}) < 2:
        found = _role_header_row(head) or _details_parties(head) or _box_parties(head) or found
    if len({a.alias for a in found}) < 2:
        listed = _listed_in_a_table(head) or _order_parties(head)
        if len(listed) >= 2:
            found = listed
    if len({a.alias for a in found}) < 2:
        found = _particulars_rows(head) or _name_rows(head) or found
    # "Party B, through its Center for Seismic Isolation and Damping Technology (hereinafter "CSIDT")": the unit a party
    # acts through is that party
    by_alias = {a.alias: a for a in found}
    for m in _THROUGH_ITS_UNIT.finditer(head):
        owner = by_alias.get(m.group("party"))
        unit = " ".join(m.group("alias").split())
        if owner is not None and unit != owner.alias:
            found = [a for a in found if a.alias != unit] + [AliasMatch(owner.name, unit, owner.start, owner.end)]
    # a recital's sentence read as a name ('Whereas Party A operates the Kaga Large-Scale Three-Dimensional Shake Table
    # (hereinafter the "Shake Table")'): a facility, no party
    found = [a for a in found if not (_RECITAL_SENTENCE.match(a.name) and not _is_organisation(a.name))]
    found.extend(_numbered_parties_by_acronym(head, found))
    found.sort(key=lambda a: a.start)
    return found


# a consortium's numbered list of parties, each known by the acronym after its name: "by and between the following
# parties: 1. Institut de Physique Quantique Appliquée (IPQA), a public ..., hereinafter the "Coordinator"; 2. Cryonord
# SAS, ...; 6. National Institute for Photonic and Quantum Metrology (NIPQM), a national research and development
# agency"
_FOLLOWING_PARTIES = re.compile(r"\b(?:by\s+and\s+)?(?:between|among)\s+the\s+following\s+(?:parties|participants|"
                                r"members|institutions)\s*:", re.IGNORECASE)
_NUMBERED_PARTY_ACRONYM = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+(?P<name>[A-Z][^,;\n()]{3,120}?)[ \t]+"
                                     r"\((?P<alias>[A-Z][A-Za-z0-9&\-]{1,11})\)[ \t]*,", re.MULTILINE)


def _numbered_parties_by_acronym(head: str, found: list[AliasMatch]) -> list[AliasMatch]:
    """The parties of a numbered list after "between the following parties:" that go by the acronym after their name,
    those not found already; two at least, or none."""
    said = _FOLLOWING_PARTIES.search(head)
    if said is None:
        return []
    known = {a.alias for a in found} | {normalise_name(a.name) for a in found}
    listed = [AliasMatch(" ".join(m.group("name").split()), m.group("alias"), m.start("name"), m.end("alias") + 1)
              for m in _NUMBERED_PARTY_ACRONYM.finditer(head, said.end(), said.end() + 6000)
              if _is_organisation(m.group("name"))]
    if len(listed) < 2:
        return []
    out = []
    for a in listed:
        if a.alias in known or normalise_name(a.name) in known:
            continue
        # the party found already by its other alias ('... Appliquée (IPQA), ..., hereinafter the "Coordinator"'): the
        # acronym is one more alias of it
        same = next((f for f in found if normalise_name(f.name).startswith(normalise_name(a.name))), None)
        out.append(AliasMatch(same.name, a.alias, same.start, same.end) if same else a)
    return out


# "... made ... between the Foundation, the Fellow and the Host Institution named in the Award Particulars", over a
# table whose rows give each label and then, on the same line, the name: "Foundation Veloria National Foundation for
# Science and Talent, a public foundation ..." / "Host Institution Setouchi University of Science and Technology, ..."
_NAMED_IN_PARTICULARS = re.compile(r"\b(?:between|among)\s+(?P<names>the\s+[A-Z][^.;]{2,160}?)\s+(?:named|identified|"
                                   r"described|set out|specified)\s+in\s+the\s+(?:[A-Z][\w-]*\s+){0,2}"
                                   r"(?:Particulars|Schedule|Cover Sheet|Details)\b")


def _particulars_rows(head: str) -> list[AliasMatch]:
    """The parties a preamble names by their labels in a particulars table, each read from its row."""
    said = _NAMED_IN_PARTICULARS.search(head)
    if said is None:
        return []
    labels = [" ".join(label.split()) for label in
              re.findall(r"\bthe\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})", said.group("names"))]
    found = []
    for label in labels:
        row = re.compile(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*:?[ \t]+(?P<name>[A-Z][^\n]{{2,300}})").search(
            head, 0, said.start())
        if row is None:
            continue
        name = _heading_party_name(row.group("name"))
        if _ENTITY_LINE.match(row.group("name")) or _is_organisation(name):
            found.append(AliasMatch(name, label, row.start("name"), row.end("name")))
    return found if len(found) >= 2 else []


_NAME_ROW = re.compile(r"^[ \t]*(?:Legal name|Full (?:legal )?name|Name of (?:the )?party)[ \t]*:?[ \t]*\n",
                       re.MULTILINE | re.IGNORECASE)
_SHORT_NAME_ROW = re.compile(r"[ \t]*(?:Short name|Abbreviation|Defined (?:term|as)|Referred to as)[ \t]*:?[ \t]*",
                             re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^”\"\n]{1,40})[”\"]")


def _name_rows(head: str) -> list[AliasMatch]:
    """A table of the parties read row by row, one column per party: "Legal name" / "Akashinada Institute of
    Technology (national university corporation)" / "Carmel Wave Optics Ltd." / "Short name" / '"AIT" or the
    "University"' / '"CWO" or the "Company"'."""
    row = _NAME_ROW.search(head)
    if row is None:
        return []
    lines = head[row.end():].split("\n")
    short = next((k for k in range(2, min(len(lines), 5)) if _SHORT_NAME_ROW.fullmatch(lines[k])), None)
    if short is None or len(lines) < 2 * short + 1:
        return []
    found = []
    start = row.end()
    for name_line, alias_line in zip(lines[:short], lines[short + 1:2 * short + 1], strict=True):
        name = re.sub(r"\s*[（(][^()（）]{1,60}[)）]\s*$", "", name_line).strip(" ,;")
        aliases = _QUOTED.findall(alias_line)
        if not name or not aliases or not (_is_organisation(name) or _ENTITY_LINE.match(name_line.strip())):
            return []
        found.extend(AliasMatch(name, alias, start, start + len(name_line)) for alias in aliases)
        start += len(name_line) + 1
    return found


_ORDER_HEADER = re.compile(r"^[ \t]*(?P<first>SUPPLIER|VENDOR|SELLER)\b[^\n]{0,60}?"
                           r"\b(?P<second>BUYER|PURCHASER|CUSTOMER)\b[^\n]*\n", re.MULTILINE)


_LEGAL_FORM_END = re.compile(r"\b(?:B\.V\.|N\.V\.|GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.|SAS|Pty\.? Ltd\.?|K\.K\.|"
                             r"Co\., Ltd\.|plc|AB|AS|Oy|S\.p\.A\.|S\.r\.l\.)\s*$")
_SUB_UNIT = re.compile(r"(?i)(?:attn|attention|c/o|faculty|department|division|school|office|graduate school|"
                       r"accounts|laboratory of)\b")


def _order_parties(head: str) -> list[AliasMatch]:
    """A purchase order's two address blocks side by side ("SUPPLIER (Vendor No. ...) BUYER / INVOICE TO", then the
    supplier's lines and the buyer's): the first organisation of each block, called Supplier and Buyer as its terms
    call them."""
    header = _ORDER_HEADER.search(head)
    if header is None:
        return []
    names: list[tuple[str, int]] = []
    position = header.end()
    for line in head[header.end():header.end() + 1500].split("\n"):
        text = line.strip()
        if text and (_is_organisation(text) or _EN_ORGANISATION_TAIL.search(text) or _LEGAL_FORM_END.search(text)) \
                and len(text) <= 120 \
                and not _NOT_AN_ADDRESS_LINE.search(text) and ":" not in text and not _SUB_UNIT.match(text) \
                and all(text != n for n, _ in names):
            names.append((text, position + line.find(text)))
            if len(names) == 2:
                break
        position += len(line) + 1
    if len(names) < 2:
        return []
    aliases = (header.group("first").title(), header.group("second").title())
    return [AliasMatch(name, alias, at, at + len(name)) for (name, at), alias in zip(names, aliases, strict=True)]


_NAME_COLUMN = re.compile(r"(?i)^(?:legal name|name of (?:the )?(?:party|participant|beneficiary)|party|participant|"
                          r"organisation|organization|institution)$")
_SHORT_COLUMN = re.compile(r"(?i)^(?:short name|acronym|abbreviation|short form)$")


def _listed_in_a_table(head: str) -> list[AliasMatch]:
    """A consortium's "Table 1 – List of Parties" (a DOCX table, one cell a line): "No." / "Legal name" / "Short
    name" / ... over rows "1" / "University of Carrick Haven" / "UCH" / ...; the parties are the rows."""
    lines = []
    position = 0
    for raw in head.split("\n"):
        lines.append((raw.strip(), position))
        position += len(raw) + 1
    for k, (cell, _) in enumerate(lines):
        if not _NAME_COLUMN.match(cell):
            continue
        start = k - 1 if k and re.fullmatch(r"(?i)no\.?|#|nr\.?", lines[k - 1][0]) else k
        header = []
        j = start
        while j < len(lines) and lines[j][0] and not lines[j][0].isdigit() and len(header) < 10:
            header.append(lines[j][0])
            j += 1
        short = next((i for i, h in enumerate(header) if _SHORT_COLUMN.match(h)), None)
        name = header.index(cell)
        if short is not None and start == k and name == 0:
            found = _unnumbered_rows(lines, k, short)
            if len(found) >= 2:
                return found
            continue
        if short is None or len(header) < 3 or not re.fullmatch(r"(?i)no\.?|#|nr\.?", header[0]):
            continue
        found = []
        expected = 1
        while j + len(header) <= len(lines) and lines[j][0] == str(expected):
            row = lines[j:j + len(header)]
            if not all(text for text, _ in row):
                break
            found.append(AliasMatch(row[name][0], row[short][0], row[name][1], row[-1][1] + len(row[-1][0])))
            j += len(header)
            expected += 1
        if len(found) >= 2:
            return found
    return []


_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z ./-]{0,24}")
_SHORT_CELL = re.compile(r"(?:the\s+)?[“\"]?(?P<alias>[A-Z][\w&-]{1,30})[”\"]?")
_NAME_CELL_END = re.compile(r"\b(?:B\.V\.|N\.V\.|GmbH|AG|Ltd\.|Limited|Inc\.|LLC|S\.A\.|Co\., Ltd\.|plc)(?=,|$)|,")


def _unnumbered_rows(lines: list[tuple[str, int]], k: int, short: int) -> list[AliasMatch]:
    """A parties table with no "No." column: "Party" / "Short name" / "Project Manager" over rows "Setouchi University
    of ..., Graduate School of Engineering, 2-11-1 ..." / 'the "University"' / "Prof. ..."; a row's name cell is the
    body up to its first comma (or its legal form), its short-name cell the alias."""
    header = []
    j = k
    while j < len(lines) and _HEADER_CELL.fullmatch(lines[j][0]) and len(header) < 6:
        header.append(lines[j][0])
        j += 1
    if short >= len(header) or len(header) < 2:
        return []
    found = []
    while j + len(header) <= len(lines) and len(found) < 6:
        row = lines[j:j + len(header)]
        alias = _SHORT_CELL.fullmatch(row[short][0])
        cell, at = row[0]
        if not alias or not _is_organisation(cell):
            break
        end = _NAME_CELL_END.search(cell)
        # (up to the legal form, which keeps its full stops, or else to the first comma)
        name = cell if end is None else cell[:end.start()] if end.group() == "," else cell[:end.end()]
        found.append(AliasMatch(name.strip(), alias.group("alias"), at, at + len(name.strip())))
        j += len(header)
    return found


# a party's name on a line of its own after its designation, up to its address in brackets or the line's end
_JA_LINE_NAME = r"(?P<name>[^\s（(、。「」]{2,60}?)(?=[（(]|[ \t　]*$)"
_JA_LISTED_PARTY = re.compile(r"^[ \t　]*[（(][0-9０-９]{1,2}[）)][ \t　]*(?P<alias>甲|乙|丙|丁|戊)[ \t　:：]*"
                              + _JA_LINE_NAME, re.MULTILINE)
_JA_COVER_PARTY = re.compile(r"^[ \t　]*(?P<alias>甲|乙|丙|丁)[ \t　]*[（(][^（）()\n]{1,8}[）)][ \t　:：]*"
                             + _JA_LINE_NAME, re.MULTILINE)
_JA_RECITALS = re.compile(r"^[ \t　]*(?:前文|前\s*文|[（(][AＡ][）)])", re.MULTILINE)
_JA_PARTY_ITEM = re.compile(r"(?:^|\n)[ \t　]*[（(][0-9０-９一二三四五]{1,2}[）)][ \t　]*"
                            r"(?P<name>[^\s、。，,：:「」（）()]{2,60}?)(?=[（(。、，,\s])")
_JA_NAME_BOUNDARY = re.compile(r"[、。\n「」]|[）)](?:と|及び|および|並びに)|^と|(?<=\S)\s{2,}")


def _japanese_name(text: str, start: int, end: int) -> str:
    """The party name before 「（以下…」: back to the previous clause boundary, so that Latin names with spaces
    and commas ("Orvane Advanced Materials Co., Ltd.") stay whole."""
    window_start = max(0, end - 80)
    window = text[window_start:end]
    # 「…）とカルドリス・オービタル・イメージング・\nジャパン株式会社（以下「乙」…）」: a PDF line that wraps inside
    # the name, begun on a line of running prose, goes on with it
    lines = window.split("\n")
    if len(lines) >= 2 and lines[-2] and lines[-2][-1] not in "、。，,」）) \t　" and lines[-1][:1] not in " \t　" \
            and _JA_NAME_BOUNDARY.search(lines[-2]):
        # 「…を有するQuorvane\nDesign Systems, Inc.」: a Latin name wrapped between words keeps its space
        latin = lines[-2][-1].isascii() and lines[-2][-1].isalnum() and lines[-1][:1].isascii() \
            and lines[-1][:1].isalnum()
        window = "\n".join([*lines[:-2], lines[-2] + " " * latin + lines[-1]])
    cut = 0
    for m in _JA_NAME_BOUNDARY.finditer(window):
        cut = m.end()
    name = _clean_name(window[cut:])
    name = re.sub(r"^(?:と|及び|および|並びに|は)", "", name).strip()
    # 「米国カリフォルニア州サンタクララ市に主たる事業所を有するQuorvane Design Systems, Inc.」: where the party is
    # seated describes it and is no part of its name
    seated = _JA_SEAT.match(name)
    if seated and len(name) - seated.end() >= 2:
        name = name[seated.end():].strip()
    # 「…理事会は、…本書に記載する内容により国立大学法人北辰大学（以下「大学」という。）に寄附を行う」: the words
    # before the legal form say what is done, not who
    legal_form = _JA_LEGAL_FORM_INSIDE.search(name)
    if legal_form:
        name = name[legal_form.start(1):]
    return name or _clean_name(text[start:end])


_JA_LEGAL_FORM_INSIDE = re.compile(r"(?:により|に対し(?:て)?|をもって|において)"
                                   r"(国立大学法人|公立大学法人|国立研究開発法人|独立行政法人|学校法人|"
                                   r"公益財団法人|一般財団法人|公益社団法人|一般社団法人)")


_JA_SEAT = re.compile(r"^.*(?:に(?:本店|本社|本部|主たる事務所|主たる事業所|事務所|所在地)を(?:置く|有する|おく)|"
                      # 「主たる事務所を日本国三重県…に置く白波大学」: the seat before its place
                      r"(?:本店|本社|本部|主たる事務所|主たる事業所|事務所|本部キャンパス|キャンパス)を[^、。]{1,80}?"
                      r"に(?:置く|有する|おく)|"
                      r"に所在する|所在の|を管理・運営する|を管理運営する|を運営する|"
                      # 「…ドバイ首長国の政府機関であるドバイ・モビリティ・フューチャーズ庁」: what the body is
                      r"(?:機関|法人|団体|組織|企業|会社|大学)である)[ \t　]*")


# the roles a subaward's cover rows and numbered boxes put before each party's name, and what follows a role there that
# is no party ("2. Subrecipient Principal Investigator Dr. ...")
_BOX_ROLES = r"Prime Recipient|Subrecipient|Sub-recipient|Pass-through Entity|Awardee|Grantee"
_NOT_A_BOX_NAME = r"(?!Principal|PI\b|Unique|Authori[sz]ed|Contact)"
# a party that joins in a role of its own: "and, as INTERVENING PARTY, the ARANDU FOUNDATION ..."
_JOINING_ROLE = r"(?i:intervening|consenting|confirming|guaranteeing)[ \t]+(?i:party),?"
_EN_PARTY_OPENING = re.compile(
    # "PARTY A: VIET NAM ACADEMY OF DELTA AND COASTAL SCIENCES (the "Academy")": the label opens the name
    r"(?:\b(?:PARTY|Party)[ \t]+[A-D][ \t]*[:：]|"
    # "First Party:" on a line of its own over "AL MURJAN UNIVERSITY ..., represented ... by Dr. ... (hereinafter ...)"
    r"\b(?:FIRST|SECOND|THIRD|FOURTH|First|Second|Third|Fourth)[ \t]+(?:PARTY|Party)[ \t]*[:：]|"
    # a term sheet's row "Parties" over "Hokuryo University, a national university corporation, ... (the "University")"
    r"(?:^|(?<=\n))[ \t]*(?:Parties|PARTIES|The Parties)[ \t]*:?[ \t]*\n|"
    # a subaward's cover rows, the role before the name: "Subrecipient Setonaikai University of Marine Technology, a
    # national university corporation of\nJapan ("SUMT")"
    # (or a numbered box's: "1. Subrecipient (legal name and address) Seiran University ...", "3. Pass-through Entity
    # (PTE) Arizona Board of Regents ...", not its "2. Subrecipient Principal Investigator Dr. ...")
    r"(?:^|(?<=\n))[ \t]*(?:\d{1,2}\.[ \t]+)?(?:" + _BOX_ROLES + r")(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*:?[ \t]+(?=[A-Z])"
    + _NOT_A_BOX_NAME + "|"
    r"\n[ \t]*\n|\b(?:between|BETWEEN)\s+(?:THE\s+UNDERSIGNED|the\s+undersigned)\s*:?|"
    r"\bbetween\s*:|\bBETWEEN\b|\bamong\s*:|"
    # a Brazilian agreement's support foundation: "...; and, as INTERVENING PARTY, the ARANDU FOUNDATION ..."
    r"(?:[;\u037e]\s*)?\b(?:and|AND),?[ \t]+as[ \t]+(?:an?[ \t]+)?" + _JOINING_ROLE + r"[ \t]*|"
    r"[;\u037e]\s*(?:-\s*)?and\b\s*-?|\)\s*,?\s*and\b|"
    # a numbered party on a line of its own: '("Caretaker");\n(2) AOKAWA UNIVERSITY, a national university ...'
    r"\n(?=[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-h]\))[ \t]+[A-Z])|"
    # a term sheet's bullet: "1. PARTIES" / "  - Quillfield Biosciences, Inc., a Delaware corporation ..."
    r"\n(?=[ \t]*[-–•·*][ \t]+[A-Z])|"
    # a paragraph that opens with the party in capitals, under a title that names both: "The FEDERAL UNIVERSITY OF ..."
    r"\n(?=[ \t]*(?:The|THE)[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,})|"
    # a cotutelle's student, a party only in part: "AND, for the provisions that concern him,\nMr Julien ..."
    r"\n?[ \t]*\b(?:AND|and),?[ \t]+for the (?:provisions|purposes|clauses)[^,\n]{0,40},[ \t]*\n|"
    # ("... (the "University"), and\n" or "and" on a line of its own; not "... the Ministry of Agriculture and\nFood
    # Security ...", a name wrapped after its "and")
    # (nor a name in capitals wrapped before its "AND": "... UNIVERSITY OF MARINE SCIENCE\n    AND TECHNOLOGY, a ...")
    r"(?:(?<=[,;)”\"])|(?<=\n))[ \t]*and\s*-?\s*\n|(?<![A-Z])\n[ \t]*AND\b|\bAND[ \t]*\n|"
    # a cover block's capitals ("and\nNATIONAL UNIVERSITY CORPORATION SEIRYO UNIVERSITY\n") end before the preamble
    r"(?<=\n)[A-Z][A-Z0-9 .,&'\-]{6,}[ \t]*\n(?=[A-Z][a-z]))[ \t\n]*"
    r"(?:\(?\d{1,2}\)|\([a-zA-Z]\)|[a-zA-Z]\)|\d{1,2}\.|[-–•·*](?=[ \t]))?[ \t]*(?:the\s+)?"
)
# "represented by Prof. Dr. ..., Rector": the people who sign for a party, not a party's name
# (not the treaty a party was founded under: "established pursuant to the Agreement between the Government of the
# Republic of Armenia and the Government of the Russian Federation on the Establishment ... of the Sevan Institute")
_EN_INLINE_OPENING = re.compile(r"\b(?:by and between|between(?!(?<=greement between)\s+the\s+Governments?\s+of\b)|"
                                r"among|entered into by|made by|"
                                r"(?<!represented )(?<!signed )(?<!acting )(?<!agreement )"
                                # "a university incorporated by Royal Charter in England": how it was made, not a name
                                r"(?<!incorporated )(?<!established )(?<!constituted )(?<!created )(?<!chartered )"
                                r"(?<!governed )(?<!owned )(?<!operated )(?<!founded )"
                                # "a cardiologist employed by the Sending Institution as a physician": her employer
                                r"(?<!employed )(?<!appointed )(?<!nominated )(?<!seconded )(?<!funded )"
                                # "duly represented by its Executive President, ..., designated by Supreme Resolution
                                # N° 047-2023-MINAM": the instrument that appointed its signatory
                                r"(?<!designated )"
                                # "a private university recognised by the Ministry of Education of ...": its regulator
                                r"(?<!recognised )(?<!recognized )(?<!accredited )(?<!authorised )(?<!authorized )"
                                r"(?<!licensed )(?<!regulated )(?<!supervised )(?<!registered )"
                                # "holder of the Master's degree ... awarded by URC in 2024 (hereinafter the "Doctoral
                                # Candidate")": who gave the degree, not the party's name
                                r"(?<!awarded )(?<!conferred )(?<!issued )(?<!granted )"
                                # "... registered in the national biobank register kept by the Finnish Medicines Agency"
                                r"(?<!kept )(?<!maintained )(?<!held )(?<!managed )(?<!administered )(?<!run )by|"
                                # the European Commission's form: "on the other part, Yamabuki University, ..."
                                # (a Peruvian convenio in translation: "celebrated, of one part, by the ...; and of
                                # the other part, the INSTITUTO NACIONAL ...")
                                r"(?:on|of) (?:the )?(?:one|other|first|second) part,|"
                                # a Mexican convenio's "ENTERED INTO BY, ON THE ONE HAND, UNIVERSIDAD ..., AND, ON THE
                                # OTHER HAND, SETOUCHI UNIVERSITY OF SCIENCE AND TECHNOLOGY, HEREINAFTER "SUST""
                                r"(?i:on the (?:one|other) hand),|"
                                # a letter's "I am pleased to set out below the terms on which Technische Hochschule
                                # Lindenau, acting through ... ("Lindenau"), and ...": the sender, not its addressee
                                r"(?:terms|basis|conditions|arrangements?)\s+(?:on|under)\s+which|"
                                # "We are pleased to confirm that Okuyama University (the "University") has been ..."
                                r"\b(?:confirm|certify|inform you|notify you|announce|advise you)\s+that|"
                                # a request letter's sender and addressee: "I am pleased to write on behalf
                                # of the School of ... of Northwest Huayuan University of Technology ("NHUT")
                                # to request the technical assistance of the Chubu Institute for Materials
                                # Research ("CIMR")"
                                r"(?<!signed )(?<!executed )(?<!acting )(?<!and )on\s+behalf\s+of|"
                                r"\b(?:assistance|cooperation|co-operation)\s+of)"
                                r"\s+(?:the\s+)?",
                                re.IGNORECASE)
_ALIAS_QUOTE = re.compile(r"\(\s*(?:the\s+|a\s+)?[“\"]")
_EN_ADDRESS = re.compile(r"(?:,\s*|\s+(?=with its (?:registered|principal|head) office\b))"
                         r"(?:having|whose|with (?:(?:its|a) )?(?:principal|registered|head)|located|established|born|"
                         r"holder of|residing|domiciled|"
                         r"organi[sz]ed|incorporated|registered|duly|an?|the|"
                         # a street address after the name: "Minamiura University of Marine Science, 3-14 Shiosai-cho"
                         r"[0-9]{1,5}(?:-[0-9]{1,5}){0,3})\s.*$", re.IGNORECASE | re.DOTALL)
_GREETING_LINE = re.compile(r"(?:^|\n)[ \t]*Dear\s+[A-Z]")
_FINITE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|shall)\s+(?:been\s+|not\s+)?[a-z]{3,}")
# (not after "represented by:", over the signatory's name)
_AFTER_A_SENTENCE = re.compile(r"(?<=[.;”\"])[ \t]*\n(?=[A-ZÀ-Þ])")
_AND_AFTER_FLOOR = re.compile(r"[ \t]*[,;]?[ \t]*and\b[ \t]*(?:the[ \t]+)?")
_WRAPPED_LINE = re.compile(r"(?<=[,\w\-])\n(?=[ \t]*[\w(])")


def _without_trailers(name: str) -> str:
    """A party's name without what a preamble writes after it on the same run of text."""
    # "Kessler-Gesellschaft ... e.V.,\nKarolinenring 14, 80333 München": a street and house number after the legal form
    # belong to the address
    name = _TRAILING_STREET.sub("", name)
    # "UNIVERSITI BESTARI NUSANTARA SDN. BHD. (Company Registration No. 200901038877 (871204-X))": its number
    name = _REGISTRATION_NUMBER.sub("", name)
    name = _BUSINESS_NUMBER.sub("", name)  # "UNIVERSITY OF KESTREL BAY ABN 41 903 226 518"
    # "YARDEN UNIVERSITY1": a footnote's mark glued to the name by the PDF's text layer
    return _FOOTNOTE_MARK.sub(r"\1", name)


_SIGNATORY_WITH_POST = re.compile(r"\((?:[A-Z][a-z]+\s+){0,2}(?:Director|President|Rector|Dean|Chair|Chairman|"
                                  r"Chairperson|Manager|Officer|Secretary|Treasurer|Head|Member of the Board)\)$")
_COLUMN_HEADINGS = re.compile(r"^(?:(?:English|ENGLISH|Japanese|JAPANESE|日本語|英語|和文|英文)\s+)+(?=[A-Z])")


def _english_name(text: str, paren_start: int, floor: int = 0) -> tuple[str, int]:
    """The party name written before an alias parenthesis (and after ``floor``), without its "a Delaware
    corporation" description."""
    # 600: a name, its legal form, registration and address run to 400 characters before the alias; a public body
    # with its supervising ministry and address may need 1000 ("The Sahelian Institute for Research in Hydrology and
    # Environment (...), a public scientific and technological establishment ..., placed under the technical
    # supervision of the Ministry ..., whose registered office is at ...")
    name, start = _english_name_within(text, paren_start, floor, 600)
    if paren_start - floor > 600:
        wider, wider_start = _english_name_within(text, paren_start, floor, 1000)
        # (or the narrower reading starts inside the paragraph while the wider one opens it: "CORPORAÇÃO BRASILEIRA DE
        # PESQUISA AGROSSILVIPASTORIL – COBRAPAS, a federal public company ..., appointed by Ordinance No. 1.142
        # published in the Official Gazette ..., hereinafter referred to as "COBRAPAS"")
        opens_paragraph = 0 < wider_start < len(text) and text[wider_start - 1] == "\n" \
            and not (0 < start <= len(text) and text[start - 1] == "\n")
        if _is_organisation(wider) and (not _is_organisation(name) or opens_paragraph):
            return wider, wider_start
    return name, start


_DEFINED_PARTY_AND = re.compile(r"(the )?(?:Institute|University|Company|Sponsor|Foundation|Agency|Centre|Center|"
                                r"Provider|Recipient|Licensor|Licensee|Partner|Collaborator|Hospital|Laboratory|Funder|Grantor|"
                                r"Grantee) and (?=[A-Z])")


_PREAMBLE_BELOW = re.compile(r"\n[ \t]*(?:Between|BETWEEN|This Agreement|THIS AGREEMENT)\b")


def _english_name_within(text: str, paren_start: int, floor: int, reach: int) -> tuple[str, int]:
    window_start = max(floor, paren_start - reach)
    # a PDF line that wraps inside the party's description ("Gunma 371-8510,\nJapan ("Recipient")") is one line:
    # a new line there does not start a name (same length, so offsets stay)
    raw = text[window_start:paren_start]
    # "Kasumigaoka University, a national university corporation ..., acting through its Graduate School of Science
    # and Engineering ("KU")": the alias names the university, and the school's "and" opens no name
    # (only after the party's own opening: 'the «Institute», represented by the Director General, ..., on the one
    # hand, and\nNational University Corporation ...' is the party before it signing)
    last_opening = max((m.end() for m in _EN_PARTY_OPENING.finditer(raw)), default=0)
    # (not a title's "..., through the Institute of Andean Salar Chemistry, on the Selective Recovery ..." above the
    # preamble's own "Between the INSTITUTE FOR ...")
    acting = [m.start() for m in _ACTING_THROUGH.finditer(raw) if m.start() >= last_opening
              and not _PREAMBLE_BELOW.search(raw, m.start())]
    if acting:
        raw = raw[:acting[-1]]
    window = _WRAPPED_LINE.sub(" ", raw)
    # a party usually opens its own paragraph or item ("(1) TOKAI UNIVERSITY, a national university corporation ...
    # ("TNUME")") or follows "between" / "by": there "and" inside the name ("Institute of Science and Technology")
    # starts nothing. A candidate that holds an earlier alias parenthesis went back too far.
    opening = [m.end() for m in _EN_PARTY_OPENING.finditer(raw)]  # line structure matters here
    # "Agency reference: VSA/IR/IA/2026-02   University reference: ...\nThe Velmarian Space Agency, ...": the line
    # after a reference line under the title opens the party's paragraph (it ends in a digit, so it reads as a wrap)
    opening += [m.end() for m in _REFERENCE_LINE.finditer(raw)]
    opening += [m.end() for m in _EN_INLINE_OPENING.finditer(window)]
    # a paragraph of its own after a finished sentence (a DOCX keeps no blank line between paragraphs): "...
    # SOIL MICROBIOME MANAGEMENT FOR DROUGHT-RESILIENT SOYBEAN".\nCORPORAÇÃO BRASILEIRA ... – COBRAPAS, a federal ..."
    opening += [m.end() for m in _AFTER_A_SENTENCE.finditer(raw)]
    # a DOCX paragraph of its own under title lines that end in no full stop: "The Japan Institute for Cold Regions
    # Science, a national research and development agency ... (hereinafter referred to as "JICRS")" (its description on
    # the same line, so that a PDF's wrapped "Japan ("University")" opens nothing)
    line_start = raw.rfind("\n") + 1
    if line_start > 0 and re.match(r"(?:The |the )?[A-Z]", raw[line_start:]):
        described = _EN_DESCRIPTION.search(raw, line_start)
        if described and described.start() > line_start + 3:
            opening.append(line_start)
    elif line_start > 0 and not raw[line_start:].strip():
        # (the alias opens a PDF line of its own, under the name's wrapped description: "National University
        # Corporation Tateyama University, a national university corporation of Japan having its\nprincipal office
        # at ..., Japan\n("Tateyama University")": the line that begins with the name and its description opens it)
        starts = [m.end() for m in re.finditer(r"\n", raw[:line_start - 1])][-3:]
        for begin in reversed(starts):
            stop = raw.find("\n", begin)
            described = _EN_DESCRIPTION.search(raw, begin, stop if stop >= 0 else len(raw))
            if re.match(r"(?:The |the )?[A-Z]", raw[begin:]) and described and described.start() > begin + 3:
                opening.append(begin)
                break
    # '... ("Hokurei"), and Hanbit Institute of Science and Technology, a ... institute ("HIST")': the "and" right
    # after the party before opens this one (its ")" is behind the floor)
    joined = _AND_AFTER_FLOOR.match(raw) if window_start == floor and floor > 0 else None
    if joined:
        opening.append(joined.end())
    # the nearest opening first; "a company limited by guarantee" holds a "by" that opens nothing, so a candidate
    # that is no name sends us back to the opening before it
    for start in sorted(set(opening), reverse=True):
        candidate = window[start:]
        if _GREETING_LINE.search(raw, start):
            # an offer letter's addressee block, then "Dear Professor Yamagishi, ... I am delighted to offer you
            # appointment as a Distinguished Scholar of the Eastmarch Institute ... (the "Institute")": the alias is
            # the sender's, in the letter's prose, and the block above the greeting names no one it defines
            continue
        # "Akitsu University, established under the National University Corporation Act": the description begins at
        # the first of its cues, not at the "the ... Corporation" inside it
        candidate = _before_description(candidate)
        # "1. **Nimbara Cloud Japan G.K.**, a godo kaisha ...": Markdown bold around the name
        # (an ideographic space indents the English paragraph of a bilingual text as it does the Japanese one)
        # (and the colon of "... made on the date of the last signature below BETWEEN:" closing the line before it)
        lead = len(candidate) - len(candidate.lstrip(" ,;:\n*_\u3000"))
        candidate = candidate.strip(" ,;:\n*_\u3000")
        # a bilingual table's column headings over the first row: "English" / "日本語" / "Shiranami University, ..."
        headers = _COLUMN_HEADINGS.match(candidate)
        if headers:
            candidate, lead = candidate[headers.end():], lead + headers.end()
        defined_before = _DEFINED_PARTY_AND.match(candidate)
        if defined_before and (defined_before.group(1) or window[:start + lead].endswith("the ")):
            # "... concluded between the Institute and Hidaka University (the "University")": the party defined
            # earlier, named by its term, and then this one
            candidate, lead = candidate[defined_before.end():], lead + defined_before.end()
        if (candidate.startswith("the ") and candidate[4:5].isupper()) or (
                candidate.startswith("The ") and re.match(r"[A-Z]{2,}\b", candidate[4:])):
            # "BETWEEN / the UNIVERSITÀ DEGLI STUDI DI VALMARINA, with registered office at ..."
            candidate, lead = candidate[4:], lead + 4
        if len(candidate) > 120:
            # "The Sahelian Institute for Research in Hydrology and Environment (Institut Sahélien de Recherche en
            # Hydrologie et Environnement)": the name in the party's own language after it
            candidate = re.sub(r"\s*\([^()]{2,100}\)\s*$", "", candidate)
        if _PERSON_TITLE.match(candidate) and "," in candidate:
            # "PROFESSOR MASAHIRO TSUKIOKA, Professor, Department of ..., Hokuryo University of Science and
            # Technology, Japan, residing at ...": the person's name, however long the post after it
            candidate = candidate.split(",", 1)[0].strip()
        # ("I am pleased to inform you that the Foundation has approved a grant ... to National University
        # Corporation Ariake University": a clause with its verb, not a name)
        # (or in kanji: "(2) 学校法人晴海学園 (Harumi Gakuen Educational Foundation), a school juridical person ...")
        if "\u3400" <= candidate[:1] <= "\u9fff":
            candidate = re.sub(r"\s*\([\x20-\x7e]{2,100}\)\s*$", "", candidate)  # the name's English gloss after it
        if _CONSORTIUM_BODY.fullmatch(candidate):
            continue  # "... under the authority conferred on it by the General Assembly": a body of the consortium
        if _SIGNATORY_WITH_POST.search(candidate):
            # "represented by its Executive Board, Prof. ... (Scientific Director) and Jens Oltmanns (Administrative
            # Director) (hereinafter "OIKD")": the second signatory, after an "and", is no name of the party
            continue
        if candidate and (candidate[:1].isupper() or "\u3400" <= candidate[:1] <= "\u9fff") and len(candidate) <= 120 \
                and "\n" not in candidate and not _ALIAS_QUOTE.search(candidate) and not _FINITE_VERB.search(candidate):
            # (a wrapped line's indent inside the name is one space: "... MARINE SCIENCE AND TECHNOLOGY")
            return re.sub(r"[ \t]{2,}", " ", candidate), window_start + start + lead
    starts = [m.end() for m in _EN_NAME_START.finditer(window)]
    # the name begins after the last connective that still leaves a capitalised phrase
    for s in reversed(starts):
        candidate = window[s:]
        cut = _EN_DESCRIPTION.search(candidate) or _EN_ADDRESS.search(candidate)
        if cut:
            candidate = candidate[:cut.start()]
        candidate = candidate.strip(" ,;\n")
        if candidate and candidate[:1].isupper() and len(candidate) <= 120:
            return candidate, window_start + s
    return "", paren_start


def normalise_name(name: str) -> str:
    """A comparable form of an organisation name: width, case, punctuation and legal suffixes ignored."""
    text = unicodedata.normalize("NFKC", name).lower()
    # "National University Corporation Hidaka University" in a letter's address block, "Hidaka University" in its text
    text = re.sub(r"\b(?:national|public) university corporation\b|\bschool (?:juridical person|corporation)\b", " ",
                  text)
    text = re.sub(r"[\"'“”‘’.,()（）「」・\-‐–—/&]", " ", text)
    text = re.sub(
        r"\b(co|ltd|limited|inc|incorporated|corp|corporation|llc|plc|gmbh|ag|sa|kk|company|the)\b", " ", text
    )
    text = re.sub(r"(株式会社|有限会社|合同会社|一般社団法人|公益財団法人|一般財団法人|"
                  r"国立大学法人|学校法人|独立行政法人|国立研究開発法人|\(株\))", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_ALIAS_ONLY_LINE = re.compile(r"^[ \t]*\((?:the\s+)?[“\"](?P<alias>[^”\"\n]{1,40})[”\"]\)[ \t]*$", re.MULTILINE)


def _table_column_parties(head: str) -> list[AliasMatch]:
    """The parties of a two-column table read row by row: "BETWEEN / KUROBE UNIVERSITY OF TECHNOLOGY / VELTRANE
    BIOSYSTEMS, INC. / ... / (the "University") / (the "Sponsor")": the names in one row, the aliases in another, in
    the same order."""
    aliases = list(_ALIAS_ONLY_LINE.finditer(head))
    for k in range(len(aliases) - 1):
        run = [aliases[k]]
        while k + len(run) < len(aliases) and not head[run[-1].end():aliases[k + len(run)].start()].strip():
            run.append(aliases[k + len(run)])
        if len(run) < 2:
            continue
        betweens = list(_BETWEEN_LINE.finditer(head, 0, run[0].start()))
        if not betweens:
            return []
        between = betweens[-1]
        names = []
        pos = between.end()
        for line in re.finditer(r"[^\n]+", head[pos:run[0].start()]):
            text = line.group().strip()
            if not text:
                continue
            if not _is_organisation(text) or len(text) > 120 or re.match(r"(?:A|An)\s", text):
                break
            names.append((text, pos + line.start() + (len(line.group()) - len(line.group().lstrip()))))
            if len(names) == len(run):
                break
        if len(names) == len(run):
            return [AliasMatch(name, m.group("alias"), start, m.end())
                    for (name, start), m in zip(names, run, strict=True)]
        return []
    return []


# a two-column PDF hyphenates words at its line ends: "HOKURIKU INSTITUTE OF SCIENCE AND TECH-" / "NOLOGY, a research
# institute ..."
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-\s*\n?\s+(?=[^\W\d_])")
_SPLIT_WORD = re.compile(r"(?i)^(?:technolog\w*|universit\w*|institut\w*|internation\w*|laborator\w*|engineer\w*|"
                         r"scien\w*|research\w*|corporat\w*|foundation|medic\w*|agricultur\w*|environment\w*|"
                         r"oceanograph\w*|polytechni\w*|academ\w*|administr\w*|organi[sz]ation|development|"
                         r"biotechnolog\w*|pharmaceutic\w*|innovation|industr\w*|nation\w*|informati\w*)$")


def _rejoined(name: str) -> str:
    """"TECH- NOLOGY" → "TECHNOLOGY" where the two halves make a word of an organisation's name, and "Baden-
    Württemberg" → "Baden-Württemberg" (a compound keeps its hyphen)."""
    def join(m: re.Match[str]) -> str:
        before = re.search(r"[^\W\d_]+$", name[:m.start()])
        after = re.match(r"[^\W\d_]+", name[m.end():])
        word = (before.group(0) if before else "") + (after.group(0) if after else "")
        return "" if _SPLIT_WORD.match(word) else "-"
    return _HYPHENATED.sub(join, name) if "-" in name else name


def find_parties(text: str, limit: int = SEARCH_CHARS) -> list[Party]:
    """Parties with their aliases (several aliases of one name are merged); roles are set later.

    ``limit`` is where the preamble ends (the first article), so defined terms of later articles are not taken
    for parties.
    """
    merged: dict[str, Party] = {}
    order: list[str] = []
    defined = {}
    for match in _table_column_parties(text[:limit]) or find_aliases(text, limit):
        key = normalise_name(match.name) or match.alias
        if match.alias in defined and defined[match.alias] != key and match.alias not in ("you", "You", "your", "Your"):
            # a cover block names the parties ("BRIGHTWATER ... (the "Contractor")") and the preamble again, with
            # the address between name and alias: the first reading of the name stands, and the preamble's longer
            # passage is where the party is described ("a National Research and Development Agency established
            # under the laws of Japan")
            first = merged[defined[match.alias]]
            if match.end - match.start > first.end - first.start:
                merged[defined[match.alias]] = Party(first.name, first.aliases, first.role, match.start, match.end)
            continue
        defined.setdefault(match.alias, key)
        if key in merged:
            party = merged[key]
            if match.alias not in party.aliases:
                merged[key] = Party(party.name, (*party.aliases, match.alias), party.role, party.start, party.end)
        else:
            merged[key] = Party(_rejoined(match.name), (match.alias,), "UNKNOWN", match.start, match.end)
            order.append(key)
    parties = [merged[k] for k in order]
    initials = {p.name: _initials(p.name) for p in parties}
    counts = [i for i in initials.values() if i]
    out = []
    for party in parties:
        acronym = initials[party.name]
        if acronym and counts.count(acronym) == 1 and acronym not in party.aliases \
                and re.search(rf"\b{acronym}\b", text[:60000]):
            party = Party(party.name, (*party.aliases, acronym), party.role, party.start, party.end)
        out.append(party)
    return out


_ENTERED_AMONG = re.compile(r"\b(?:entered into|made|concluded)\s+(?:by\s+and\s+)?(?:among|between)\s+"
                            r"(?P<names>the\s+[A-Z][^.;]{2,200})")


# (or a side letter's "1. Background", whose items define the company, the investor and the university)
# (or an SMTA's "Article 2 - Parties to the Agreement" after its "Article 1 - Preamble" of recitals)
# (or a Turkish protocol's "ARTICLE 1 – PARTIES")
_PARTIES_SECTION = re.compile(r"[ \t]*(?:\d{1,2}[.)]|(?:Article|ARTICLE)\s+[12]\b|(?:Section|SECTION)\s+[12]\b)?[ \t]*"
                              r"(?:[-–—:.][ \t]*)?"
                              r"(?:The\s+)?(?:Parties|PARTIES|Background|BACKGROUND|"
                              # (or an e-mail memorandum's "1. Who is involved", "1. Participants")
                              r"Who\s+is\s+involved|Who\s+are\s+the\s+parties|Participants|PARTICIPANTS|"
                              r"Participating\s+(?:Institutions|Organi[sz]ations))\b")


_JA_PARTIES_ARTICLE = re.compile(r"（当事者）|本(?:契約|協定|覚書)の当事者は")
# terms of use whose first section names both sides: '1.1 These Terms of Use (the "Terms") are a legal agreement between
# Polaris Commons, PBC, ... ("Polaris", "we", "us" or "our"), and the university ... identified in the applicable Order
# Form (the "Institution", "You" or "Your")'
_AGREEMENT_BETWEEN = re.compile(r"\b(?:is|are|constitutes?|forms?) (?:a |an )?(?:legal(?:ly binding)? |binding )?"
                                r"(?:agreement|contract) (?:by and )?between\b")


def parties_in_first_sections(text: str, preamble_end: int, sections: Sequence[tuple[int, int]]) -> list[Party]:
    """A term sheet's preamble says "It is entered into among the Lead Investor, the Company and the University"
    and its first sections ("1. Issuer", "2. Investors", "3. University") define those names: the parties are the
    definitions of the names the preamble lists. ``sections`` are (start, end) offsets into ``text``."""
    among = _ENTERED_AMONG.search(text, 0, preamble_end)
    if among is None:
        # an e-mail's numbered terms open with the parties: '1. Parties and project. The collaboration is between the
        # Laboratory of ..., Minase University, Japan ("Minase", PI: ...) and ... ("RIP", PI: ...)'
        for start, end in sections[:2]:
            # 「第１条（当事者）本契約の当事者は、次の各号に掲げる四者とし、…（１）甲 国立大学法人…」
            if _JA_PARTIES_ARTICLE.search(text, start, min(end, start + 200)):
                named = [replace(p, start=p.start + start, end=p.end + start)
                         for p in find_parties(text[start:end], end - start)]
                if len(named) >= 2:
                    return named
            if _PARTIES_SECTION.match(text, start, end) or _AGREEMENT_BETWEEN.search(text, start,
                                                                                      min(end, start + 600)):
                named = [replace(p, start=p.start + start, end=p.end + start)
                         for p in find_parties(text[start:end], end - start)]
                if len(named) >= 2:
                    return named
        # a preamble that names the parties without short names, the first article giving them: 'Minase University,
        # a national university corporation ..., and Istrava Polytechnic University, ... agree as follows' and then
        # 'Article 1 Purpose ... between Minase University ("Minase") and Istrava Polytechnic University ("IPU")'
        preamble = normalise_name(text[:preamble_end])
        for start, end in sections[:2]:
            named = [replace(p, start=p.start + start, end=p.end + start)
                     for p in find_parties(text[start:end], end - start)
                     if len(normalise_name(p.name)) >= (6 if p.name.isascii() else 3)
                     and normalise_name(p.name) in preamble
                     # (organisations, not the terms a definitions article gives: "Advertising Revenue Share")
                     and (_is_organisation(p.name) or _ORGANISATION_WORD.search(p.name))]
            if len(named) >= 2:
                return named
        return []
    listed = {name.strip().lower() for name in re.findall(r"\bthe\s+((?:[A-Z][\w-]*\s?){1,3})", among.group("names"))}
    found = []
    for start, end in sections:
        body = start
        first_line = text.find("\n", start, end)
        if first_line > 0 and first_line - start <= 60:
            body = first_line + 1  # "1.  Issuer": the heading line is no part of the name
        for party in find_parties(text[body:end], end - body):
            if any(alias.lower() in listed for alias in party.aliases):
                found.append(replace(party, start=party.start + body, end=party.end + body))
    return found if len(found) >= 2 else []


def lone_party_in_first_section(text: str, sections: Sequence[tuple[int, int]]) -> list[Party]:
    """An internal memo on an agreement names no parties above its first section, whose text defines the counterpart
    (「1. 趣旨　…は、…深圳市溪林智能基礎設施研究院（以下「研究院」という。）と…共同研究を行ってきた」): that one
    organisation, if it is one. ``sections`` are (start, end) offsets into ``text``."""
    for start, end in sections[:1]:
        named = find_parties(text[start:end], end - start)
        if len(named) == 1 and (_JA_ORGANISATION.search(named[0].name) or _is_organisation(named[0].name)):
            return [replace(named[0], start=named[0].start + start, end=named[0].end + start)]
    return []


# an internal approval paper (稟議) on an agreement gives its counterpart a section of its own:
# 「３．契約の相手方」 over 「（１）名称：Cirrolux Cloud, Inc.（米国デラウェア州法人）」
_COUNTERPART_HEADING = re.compile(r"(?:契約の相手方|契約相手方|契約の相手先|契約先|相手方機関|相手機関)"
                                  r"(?:の概要)?[ \t\u3000]*$")
_NAME_FIELD = re.compile(r"^[ \t\u3000]*(?:[（(][0-9０-９]{1,2}[）)][ \t\u3000]*)?"
                         r"(?:名称|法人名|機関名|名前)[ \t\u3000]*[：:][ \t\u3000]*(?P<name>[^\n（(]{2,80})",
                         re.MULTILINE)
_LATIN_FIRST_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&\-]+")


def counterpart_in_its_section(text: str, sections: Sequence[tuple[int, int]]) -> list[Party]:
    """An internal paper on an agreement that names no parties above its sections, one of which is the
    counterpart's (「３．契約の相手方」 with 「名称：...」): that counterpart, also by the short name the paper uses
    for a foreign company (its first word and 社, 「Cirrolux社」). ``sections`` are (start, end) offsets into
    ``text``."""
    for start, end in sections:
        heading = text[start:end].split("\n", 1)[0]
        if not _COUNTERPART_HEADING.search(heading):
            continue
        field = _NAME_FIELD.search(text, start, end)
        if field is None:
            return []
        name = field.group("name").strip()
        aliases = [name]
        word = _LATIN_FIRST_WORD.match(name)
        if word and f"{word.group(0)}社" in text:
            aliases.append(f"{word.group(0)}社")
        return [Party(name=name, aliases=tuple(aliases), start=field.start("name"),
                      end=field.start("name") + len(name))]
    return []


# (a form letter may print the heading in capitals and leave a blank line under it: "1. PROVIDER" / "" / "Shirakawa")
_HEADING_PARTY = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<alias>(?i:Provider|Recipient|Sponsor|Licensor|Licensee|"
                            r"Institution|Collaborator|Host|Funder|Grantee|Grantor|Contractor|Client|Agency|"
                            # (an order form's third party: "Academic Partner:   Kyokuryo University (National
                            # University Corporation), 3-5-1 ...")
                            r"(?:Academic|Research|Industry|Industrial|Clinical|Technology|Collaborating)\s+Partner))"
                            # (a gloss after it, the name in a field of the first item below: "1. PROVIDER (提供機関)" /
                            # "1.1 Organization: Calloway Research Institute, a nonprofit ...")
                            r"(?:[ \t]*[(（][^()（）\n]{1,30}[)）])?"
                            # (or a transfer form's cover, the name after a colon: "PROVIDER: The Trustees of ...")
                            r"(?:[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:\d{1,2}\.\d{1,2}[ \t]+"
                            r"(?:Organi[sz]ation|Institution|Name)[ \t]*:[ \t]*)?|[ \t]*:[ \t]+(?=[A-Z]))"
                            r"(?P<name>[^\n]{3,300})", re.MULTILINE)
_HEADED_ACRONYM = re.compile(r"^[^(\n]{3,120}?\((?:the\s+)?[“\"]?([A-Z][A-Z0-9&\-]{1,11})[”\"]?\)", re.MULTILINE)


_NEXT_NUMBERED_LINE = re.compile(r"\n[ \t]*(?:\d{1,2}[.)][ \t]|\n)")


def _line_end(text: str, start: int, end: int) -> int:
    stop = text.find("\n", start, end)
    return stop if stop >= 0 else end


def _paragraph_end(text: str, start: int) -> int:
    """Where a party's numbered paragraph ends (its description wraps over PDF lines): the next numbered line."""
    nxt = _NEXT_NUMBERED_LINE.search(text, start, start + 600)
    return nxt.start() if nxt else min(len(text), start + 600)


def _heading_party_name(line: str) -> str:
    """"Kita-Kanto Institute of Comparative Medicine (KICM), a public interest ..." → the name before its acronym or
    description."""
    return re.split(r"\s*\(|,", line, maxsplit=1)[0].strip()


_ITEM_PARTY = re.compile(r"^[ \t]*Item\s+(?P<n>\d{1,2})\s*[-–—:.]\s*(?:The\s+)?"
                         r"(?P<alias>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)"
                         r"[ \t]*\n[ \t]*(?P<name>[^\n]{3,300})", re.MULTILINE)
_ROW_PARTY = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]+(?:The\s+)?(?P<alias>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)"
                        r"[ \t]*\n[ \t]*(?P<name>[^\n]{3,300})", re.MULTILINE)
_PARTICULARS = re.compile(r"(?im)^[ \t]*(?:schedule of particulars|particulars|reference schedule)[ \t]*$")
# an entity's description, not "The Institute: Dr Lim Wei Ling" or "Thirty (30) days"
# (or a state acting through its department: "Grantor:      The United States of America, acting through the
# Department of the Navy,")
_ENTITY_LINE = re.compile(r"^(?:The\s+)?(?=[A-Z])[^:\n]{0,120}?(?:University|Institut\w*|College|Universi[td]\w+|Ltd|"
                          r"Limited|Inc|Corporation|GmbH|Foundation|Agency|Council|Centre|Center|Academy|Hospital|"
                          r"(?<=acting through the )(?:Department|Ministry))\b"
                          r"[^:\n,(]{0,40}(?:,|\s+\(|\s+(?:ABN|ACN|UEN|ARBN)\b|$)")
_DESCRIBED_IN_ITEM = re.compile(r"(?i)\bparty described in Item\s+(\d{1,2})")


def _item_name(item: re.Match[str]) -> str:
    """"Barrowdale University ABN 41 902 665 318, a body corporate ..." → "Barrowdale University"."""
    name = re.split(r",|\s+\(|\s+(?:ABN|ACN|UEN|ARBN|company number|registered)\b", item.group("name"))[0]
    return name.strip()


# 「学長アイシャ・ビンティ・ラーマン様」 as well as 「…殿」 (not a wrapped line's 「…以後も同様」)
_ADDRESSEE = re.compile(r"^[ \t　]*(?P<name>[^\n]{1,40}?)[ \t　]*(?:殿|(?<![同模仕態多異一])様)[ \t　]*$", re.MULTILINE)
_WE_JA = ("本学", "当学", "本研究所", "当研究所", "本財団", "当財団", "本機構", "当機構", "当社", "弊社", "本会",
          "当会")
_YOU_JA = ("貴殿", "貴学", "貴機関", "貴財団", "貴社", "貴職", "貴研究所", "貴研究室", "貴大学")
# an academic addressee: the letter's 貴社 (in the answer that follows it) is the sender
_ACADEMIC_JA = re.compile(r"大学|研究所|研究室|研究機構|学園")


_WE_DEFINED = re.compile(r"[“\"](?P<alias>[A-Z][\w&.\- ]{1,40})[”\"](?:\s*,\s*[“\"](?:we|us|our)[”\"])*,?\s*"
                         r"(?:and|or)\s*[“\"](?:we|us|our)[”\"]\s+(?:means?|refers?\s+to)\b")
_YOU_DEFINED = re.compile(r"[“\"]you[”\"](?:\s*,\s*[“\"]your[”\"])*,?\s*(?:and|or)\s*"
                          r"[“\"](?P<alias>[A-Z][A-Za-z ]{1,30})[”\"]\s+(?:means?|refers?\s+to)\b|"
                          r"[“\"](?P<alias2>[A-Z][A-Za-z ]{1,30})[”\"](?:\s*,\s*[“\"]your?[”\"])*,?\s*(?:and|or)\s*"
                          r"[“\"]you[”\"]\s+(?:means?|refers?\s+to)\b")


def _terms_parties(head: str) -> list[AliasMatch]:
    """The provider and the user of a platform's terms, from the terms that define "we" and "you"; the pronouns are
    their designations in the text."""
    we, you = _WE_DEFINED.search(head), _YOU_DEFINED.search(head)
    if not we or not you:
        return []
    provider = we.group("alias").strip()
    user = (you.group("alias") or you.group("alias2")).strip()
    return ([AliasMatch(provider, alias, we.start(), we.end()) for alias in (provider, "we", "We", "us", "our", "Our")]
            + [AliasMatch(user, alias, you.start(), you.end()) for alias in (user, "you", "You", "your", "Your")])


def _letter_parties(head: str, body: str = "") -> list[AliasMatch]:
    m = _ADDRESSEE.search(head[:800])
    if not m:
        return []
    before = [ln.strip() for ln in head[:m.start()].splitlines() if ln.strip()][-3:]
    after_start = m.end()
    after = head[after_start:after_start + 300].splitlines()
    addressee_org = next((ln for ln in before if _ORGANISATION_WORD.search(ln)), None)
    addressee = addressee_org or m.group("name").strip()
    if _ORGANISATION_WORD.search(m.group("name")) and not addressee_org:
        addressee = m.group("name").strip()
    academic = bool(_ACADEMIC_JA.search(addressee))
    # 「貴研究室におかれては…」 and 「貴学の承諾を要することなく」 in one request: both are the addressee
    body = body or head
    yours = [a for a in _YOU_JA if a in body and not (academic and a in ("貴社", "貴財団"))]
    we = next((a for a in _WE_JA if a in head), None)
    out = []
    addressee = re.sub(r"[ 　]+", " ", addressee)
    out.extend(AliasMatch(addressee, you, m.start(), m.end()) for you in yours)
    # the lines under the addressee: the sender, after any copy to another addressee (「（写）…御中」)
    sender = next((re.sub(r"^[（(](.*)[）)]$", r"\1", ln.strip()) for ln in after[:5] if _ORGANISATION_WORD.search(ln)
                   and not re.search(r"(?:御中|殿|様)\s*$", ln.strip())), None)
    if sender and we:
        start = head.find(sender, after_start)
        out.append(AliasMatch(sender, we, start, start + len(sender)))
        if academic and "貴社" in body:
            out.append(AliasMatch(sender, "貴社", start, start + len(sender)))
    elif "私は" in head or "私が" in head:
        out.append(AliasMatch("私", "私", m.end(), m.end()))
    names = {a.name for a in out}
    return out if yours and len(names) == 2 else []


# (or a post: "Dear Director-General Zhou,", "Dear President Rahman,", "Dear Vice-Chancellor,")
_SALUTATION = re.compile(r"^[ \t]*Dear[ \t]+(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Sir|Madam|"
                         r"Colleagues?|(?:Deputy |Vice[- ])?(?:Director(?:-General)?|President|Rector|Dean|"
                         r"Chancellor|Vice-Chancellor|Provost|Chair(?:man|person)?|Secretary(?:-General)?|Minister|"
                         r"Commissioner|Excellency))\b[^\n]{0,60}$", re.MULTILINE)
_LETTERHEAD_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&\-]{1,11})\)\s*$")
_NOT_AN_ADDRESS_LINE = re.compile(r"(?i)^(?:cc|bcc|re|subject|sent|by e-?mail|our ref|your ref|ref)\b|@|\bwww\.")


_JAPANESE_INSTITUTION = re.compile(r"National University Corporation|Inter-University Research Institute|\bJapan\b|"
                                   r"国立大学法人|大学")


def _written_in_latin(head: str) -> bool:
    """An English text, though its letterhead may print the sender's name in Chinese or Japanese first
    ("东湖数学科学研究院 / DONGHU INSTITUTE FOR MATHEMATICAL SCIENCES")."""
    sample = head[:2000]
    return bool(sample) and sum(ch.isascii() for ch in sample) >= 0.9 * len(sample)


_ON_BEHALF_OF_SENDER = re.compile(r"\b[Oo]n behalf of (?:the )?(?P<org>[A-Z][^,;()\n]{3,120}?),\s+(?:I|we)\b")
_SENDER_KIND = re.compile(r"\b(?:University|Institute|Academy|College|Foundation|Agency|Council|Centre|Center|"
                          r"Laboratory|School)\b")


def _english_letter_parties(head: str) -> list[AliasMatch]:
    """An English letter's two sides: the organisation on its letterhead (the sender) and the organisation in
    the address block above "Dear Professor ..." (the addressee, "you"), as invitation and award letters are
    written: "NORRVIK INSTITUTE FOR POLAR AND OCEAN RESEARCH (NIPOR)" ... "Professor Haruka Tsujimoto / Department
    of ... / Shiranami University" ... "Dear Professor Tsujimoto,"."""
    salutation = _SALUTATION.search(head, 0, 3000)
    if not salutation:
        return []
    lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", head[:salutation.start()])]
    lines = [(at, ln) for at, ln in lines if ln]
    if len(lines) < 3:
        return []
    sender_at, sender = next(((at, ln) for at, ln in lines[:4] if _is_organisation(ln) and len(ln) <= 120
                              and not _NOT_AN_ADDRESS_LINE.search(ln)), (-1, ""))
    in_prose = False
    if not sender:
        # no letterhead, the sender named in the first sentence: "Dear Professor Amakawa, / On behalf of Jinhai
        # University of Science and Technology, I am pleased to inform you ..."
        body = _ON_BEHALF_OF_SENDER.search(head, salutation.end(), salutation.end() + 600)
        if not body or not _is_organisation(body.group("org")):
            return []
        sender_at, sender, in_prose = body.start("org"), body.group("org").strip(), True
    # the address block: the organisation nearest above the salutation that is not the letterhead's, and above the
    # subject line ("Re: ACCESSION LETTER - ... / to the Consortium Agreement for the project TIDEWEAVE")
    subject_at = next((at for at, ln in lines if re.match(r"(?i)(?:re|subject|subj\.?)\s*:", ln)), len(head))
    candidates = [(at, ln) for at, ln in reversed(lines[-12:]) if (in_prose or sender_at < at) and at < subject_at
                  and _is_organisation(ln) and len(ln) <= 120 and ln.lower() != sender.lower()
                  and ln[:1].isupper() and not _NOT_AN_ADDRESS_LINE.search(ln)]
    # a letter to every member of a consortium lists them all: ours is the Japanese one
    addressee_at, addressee = next((c for c in candidates if _JAPANESE_INSTITUTION.search(c[1])),
                                   candidates[0] if candidates else (-1, ""))
    if not addressee:
        return []
    # an address block may put the organisation above its office ("Instituto de Biociências ... (IBTM)" /
    # "Núcleo de Inovação Tecnológica (Technology Transfer Office)"): the organisation is the party
    above = [(at, ln) for at, ln in lines if at < addressee_at][-1:]
    if above and _SUB_UNIT.search(addressee) and not _SUB_UNIT.search(above[0][1]) and above[0][0] > sender_at \
            and _is_organisation(above[0][1]) and not _NOT_AN_ADDRESS_LINE.search(above[0][1]):
        addressee_at, addressee = above[0]
        addressee = _LETTERHEAD_ACRONYM.sub("", addressee)
    acronym = _LETTERHEAD_ACRONYM.search(sender)
    name = sender[:acronym.start()].strip() if acronym else sender
    we = [acronym.group(1)] if acronym else []
    if in_prose:
        # the letter then calls the sender by its kind: "Honorary Professor of the University"
        kind = _SENDER_KIND.search(name)
        if kind and re.search(rf"\bthe {kind.group(0)}\b", head):
            we.append(kind.group(0))
    # (not "we" and "us": "each of us", "we agree" speak for both sides as often as for the sender)
    out = [AliasMatch(name, alias, sender_at, sender_at + len(sender)) for alias in (*we, name)]
    out += [AliasMatch(addressee, alias, addressee_at, addressee_at + len(addressee))
            for alias in ("you", "You", "your", "Your")]
    return out


_ROLE = (r"(?:Provider|Customer|Supplier|Processor|Controller|Licensor|Licensee|Sponsor|Institution|Recipient|"
         r"Discloser|Grantor|Grantee)")
_ROLES_ROW = re.compile(r"^[ \t]*(?P<a>" + _ROLE + r")[ \t]*\n[ \t]*(?P<b>" + _ROLE + r")[ \t]*\n", re.MULTILINE)


def _role_header_row(head: str) -> list[AliasMatch]:
    """A form's parties table: a row of roles over a row of names and addresses ("Provider | Customer" over
    "LUMACREST CLOUD PTE. LTD. / UEN ... / address | NATIONAL UNIVERSITY CORPORATION HIZAKURA UNIVERSITY / ..."),
    which DOCX gives cell by cell: the first organisation's lines, then the second's. The preamble then speaks of "the
    Provider and the Customer named above"."""
    row = _ROLES_ROW.search(head, 0, 3000)
    if row is None or row.group("a") == row.group("b") or not re.search(
            rf"\bthe {row.group('a')} and the {row.group('b')}\b", head):
        return []
    names = []
    for line in re.finditer(r"[^\n]+", head[row.end():row.end() + 800]):
        text = line.group(0).strip()
        if len(text) <= 120 and text[:1].isupper() and _is_organisation(text) and not re.search(r"\d", text[:12]) \
                and not _NOT_AN_ADDRESS_LINE.search(text) and not text.lower().startswith(("contact", "attention")):
            names.append((row.end() + line.start(), text))
        if len(names) == 2:
            break
    if len(names) < 2:
        return []
    roles = (row.group("a"), row.group("b"))
    return [AliasMatch(name, role, at, at + len(name)) for (at, name), role in zip(names, roles, strict=True)]


_DETAILS_PARTIES = re.compile(r"^[ \t]*Parties[ \t]*:?[ \t]*\n", re.MULTILINE)
_DETAILS_ENTRY = re.compile(r"(?P<name>[A-Z][^,\n]{2,120}?),(?:[^()]|\([^()]{0,20}\)){0,600}?"
                            r"\((?P<alias>[A-Z][A-Za-z]{1,30}(?: [A-Z][a-z]+)?)\)"
                            r"[ \t]*(?:\n|$)")


_NUMBERED_ENTRY = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}\.)[ \t]+(?=[A-Z])", re.MULTILINE)
_ENTRY_TAIL = re.compile(r"(?<=\))[ \t]*[;,.]?[ \t]*(?:and)?$")


def _details_parties(head: str) -> list[AliasMatch]:
    """An Australian form's Details page: "Parties:" over "Wirrinup University, ABN ..., of ... (University)" and
    "Hakuryo Institute of ..., a public interest incorporated foundation ... (Institute)", each alias unquoted in
    brackets at the end of the party's paragraph."""
    label = _DETAILS_PARTIES.search(head, 0, 3000)
    if label is None:
        return []
    block_end = re.search(r"\n[ \t]*(?:Background|BACKGROUND|Recitals|RECITALS|Agreed terms|AGREED TERMS)\b",
                          head[label.end():])
    block = head[label.end():label.end() + (block_end.start() if block_end else 1500)]
    # "1. Tsukuba Institute ..., Japan (TICSS); and" / "2. Banksia Coast University, ... (BCU).": numbered entries, the
    # lines of a PDF running on with no blank line between them
    numbered = list(_NUMBERED_ENTRY.finditer(block))
    paragraphs = ([(m.end(), numbered[i + 1].start() if i + 1 < len(numbered) else len(block))
                   for i, m in enumerate(numbered)] if len(numbered) >= 2
                  else [m.span() for m in re.finditer(r"(?:[^\n]+\n?)+", block)])
    out = []
    for start, end in paragraphs:
        paragraph = block[start:end]
        m = _DETAILS_ENTRY.fullmatch(_ENTRY_TAIL.sub("", paragraph.strip()))
        if m and _is_organisation(m.group("name")):
            at = label.end() + start
            out.append(AliasMatch(m.group("name").strip(), m.group("alias"), at, at + len(paragraph)))
    return out if len(out) >= 2 else []


# a subaward's face page, a box per row: "1. Subrecipient (legal name and address) Seiran University (national
# university corporation), Graduate School ...", "3. Pass-through Entity (PTE) Arizona Board of Regents for and on
# behalf of Sonoran Plateau University (“SPU”), Office of ..."
_BOX_PARTY = re.compile(r"^[ \t]*(?:\d{1,2}\.[ \t]+)?(?P<role>" + _BOX_ROLES + r"|Grantor)"
                        r"(?:[ \t]+\((?P<note>[^()\n]{1,40})\))?[ \t]+" + _NOT_A_BOX_NAME
                        + r"(?:.{0,80}?\bon behalf of[ \t]+)?"
                        r"(?P<name>[A-Z][^,(\n]{2,120}?)[ \t]*(?:\((?P<paren>[^()\n]{1,40})\))?[ \t]*(?:,|$)",
                        re.MULTILINE)


def _box_parties(head: str) -> list[AliasMatch]:
    """A subaward's numbered boxes name the two parties by their role, neither with a quoted short name of its own
    in the preamble's way."""
    out = []
    for m in _BOX_PARTY.finditer(head, 0, 4000):
        name = m.group("name").strip()
        if not _is_organisation(name) or any(a.name == name for a in out):
            continue
        out.append(AliasMatch(name, m.group("role"), m.start("name"), m.end()))
        for extra in (m.group("note"), m.group("paren")):
            alias = (extra or "").strip("\"“”'‘’ ")
            if re.fullmatch(r"[A-Z][A-Za-z]{1,9}", alias):
                out.append(AliasMatch(name, alias, m.start("name"), m.end()))
    return out if len({a.name for a in out}) >= 2 else []


def _initials(name: str) -> str | None:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _NOT_INITIAL]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


# a letter or term sheet that names the parties in its address block and defines their short names only later:
# '(a) "Bureau" means the Shenlan Municipal Bureau of Science and Technology;'
_DEFINED_AS_PARTY = re.compile(r"[“\"](?P<term>[A-Z][A-Za-z\-]{1,30}(?: [A-Z][A-Za-z\-]{1,30})?)[”\"]\s+"
                               r"(?:means|shall mean|refers to)\s+(?P<body>[^\n;]{3,160})")
# a term defined by a description that names the party at its end ("..., namely VUT"), read up to the next term defined
_NAMELY = re.compile(r"[,\s]\s*(?:namely|i\.e\.,?|that is,?)\s+(?:the\s+)?"
                     r"(?P<who>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,6})(?=\s*(?:[,;.)]|$|\s+and\b))")
_NEXT_DEFINITION = re.compile(r"[“\"][A-Z][^”\"\n]{0,60}[”\"]\s+(?:means|shall mean|refers to)\b")


_RELATION_TERM = re.compile(r"(?:Home|Sending|Employing|Parent|Host)\b|Employer\b")


def with_aliases_given_later(text: str, parties: Sequence[Party], limit: int = SEARCH_CHARS) -> list[Party]:
    """``parties`` found above the text (a letter's letterhead and addressee) with the short names its first sections
    give them: 'We are pleased to confirm that the Naval Test and Evaluation Centre Lyngvær ("NTEC", "we") is prepared
    to grant ...' under the letterhead "NAVAL TEST AND EVALUATION CENTRE LYNGVÆR"."""
    out = list(parties)
    known = {a for p in out for a in (*p.aliases, p.name)}
    names = [normalise_name(p.name) for p in out]
    for m in find_aliases(text, limit):
        if m.alias in known or not _names_a_party(m.alias):
            continue
        hits = [i for i, name in enumerate(names) if len(name) >= 6 and name == normalise_name(m.name)]
        if len(hits) == 1:
            party = out[hits[0]]
            out[hits[0]] = replace(party, aliases=(*party.aliases, m.alias))
            known.add(m.alias)
    return out


def with_acronyms_joined(parties: Sequence[Party]) -> list[Party]:
    """``parties`` with a party known only by a short name that ends another party's name joined to that party: a
    Brazilian preamble names "MERIDIONAL PETRÓLEO S.A. – MERIPETRO, ... acting through its ... Centre
    (\u201cCEPEG\u201d), ... hereinafter referred to as MERIPETRO", and the company is one party, known as both."""
    out = list(parties)
    for short in list(out):
        if set(short.aliases) - {short.name} or not re.fullmatch(r"[A-Z][A-Z0-9&\-]{2,11}", short.name):
            continue
        owners = [p for p in out if p is not short and re.search(rf"[\s\-\u2013\u2014,(]{re.escape(short.name)}\)?$",
                                                                 p.name)]
        if len(owners) == 1:
            owner = owners[0]
            out[out.index(owner)] = replace(owner, aliases=(*owner.aliases, short.name))
            out.remove(short)
    return out


def with_defined_aliases(text: str, parties: Sequence[Party]) -> list[Party]:
    """``parties`` with the short names the definitions give them ('"University" means Seiran University'), where
    a definition's body opens with one party's name and the term names no party yet."""
    out = list(parties)
    known = {a for p in out for a in (*p.aliases, p.name)}
    names = [normalise_name(p.name) for p in out]
    for m in _DEFINED_AS_PARTY.finditer(text, 0, 30000):
        term = m.group("term")
        # (not the individual's "Home University": a letter to our professor keeps the rules' words for his
        # institution apart from "you")
        # (nor the "Act" that set the partner up: '"Act" means the Maritime Defence Research Agency Act 2003')
        if term in known or _RELATION_TERM.match(term) or _INSTRUMENT.fullmatch(term):
            continue
        body = normalise_name(m.group("body"))
        hits = [i for i, name in enumerate(names) if len(name) >= 6 and body.startswith(name)]
        if not hits:
            # ... or with a short name it already has: '"Managing Party" means HNU Foundation, or any successor
            # appointed under Article 3.4'
            raw = m.group("body").strip()
            hits = [i for i, p in enumerate(out) if any(
                # (the short name alone, not "the Authority's data and records" or "the University Background")
                len(a) >= 3 and a[:1].isupper() and re.match(rf"(?:the\s+)?{re.escape(a)}\s*(?:[,;.]|$)", raw)
                for a in p.aliases)]
        if not hits:
            # ... or named at the end of a description: '"Principal Institution" means the Institution at which the
            # Candidate was first enrolled in a doctoral programme, namely VUT' (a PDF line may break before it)
            # (within this definition: up to its ";" or the next term defined)
            stop = min(len(text), m.start("body") + 300)
            semicolon = text.find(";", m.start("body"), stop)
            if semicolon >= 0:
                stop = semicolon
            following = _NEXT_DEFINITION.search(text, m.end("term") + 1, stop)
            if following:
                stop = following.start()
            named = _NAMELY.search(text, m.start("body"), stop)
            if named and "\n\n" not in text[m.start("body"):named.start()]:
                who = named.group("who").strip()
                hits = [i for i, p in enumerate(out) if who in p.aliases
                        or (len(who) >= 6 and normalise_name(p.name).startswith(normalise_name(who)))]
        if len(hits) == 1:
            party = out[hits[0]]
            out[hits[0]] = replace(party, aliases=(*party.aliases, term))
            known.add(term)
    return out



# a summary or schedule with no parties' block, whose definitions name them: '"Provider" means the Instituto Nacional
# de Recursos Genéticos Agrícolas y Pecuarios (INREGAP).' / '"User" means National University Corporation Kisogawa
# University, acting through its Graduate School ...'
_ROLE_TERM = re.compile(r"(?:Provider|User|Recipient|Sponsor|Funder|Grantor|Grantee|Licensor|Licensee|University|"
                        r"Buyer|Purchaser|Supplier|Vendor|Customer|"
                        r"Institute|Institution|Company|Collaborator|Partner|Host|Contractor|Client|Agency|Centre|"
                        r"Center|Foundation|Laboratory)")
_WHOEVER_IT_IS = re.compile(r"\s*the\s+(?:person|party|entity|organi[sz]ation|institution|firm|company)\b"
                            r"[^.;]{0,80}\b(?:to|with)\s+(?:which|whom)\b")
# (a company's name keeps its legal form's full stops: "Seongwol Electronics Co., Ltd., including ...")
_DEFINED_COMPANY_NAME = re.compile(r"(?:the\s+)?(?P<name>[A-Z][^;()\n]{2,100}?\b(?:Co\.,?\s+Ltd\.|Ltd\.|Inc\.|Corp\.|"
                                   r"GmbH|B\.V\.|N\.V\.|S\.A\.|LLC|plc|AG))(?=[\s,;(.]|$)")
_DEFINED_BODY_NAME = re.compile(r"(?:the\s+)?(?P<name>[A-Z][^,;()\n]{3,120}?)\s*(?=[,;(.]|\s+acting\b|$)")


def parties_defined(text: str) -> list[Party]:
    """The parties of a document whose definitions alone name them, each term a role word and each body opening with
    an organisation's name; two of them, or none."""
    found: dict[str, Party] = {}
    unnamed: dict[str, Party] = {}
    for m in _DEFINED_AS_PARTY.finditer(text, 0, 30000):
        term = m.group("term")
        if not _ROLE_TERM.fullmatch(term) or term in found or term in unnamed:
            continue
        if _WHOEVER_IT_IS.match(m.group("body")):
            # '"Supplier" means the person, firm or institution to which the Order is addressed': the side the form
            # leaves unnamed, known by its role
            unnamed[term] = Party(term, (term,), "UNKNOWN", m.start("term"), m.end("term"))
            continue
        body = _DEFINED_COMPANY_NAME.match(m.group("body")) or _DEFINED_BODY_NAME.match(m.group("body"))
        if not body or not (_is_organisation(body.group("name")) or body.re is _DEFINED_COMPANY_NAME):
            continue
        name = " ".join(body.group("name").split())
        if any(p.name == name for p in found.values()):
            continue
        acronym = re.match(r"\s*\((?P<short>[A-Z][A-Z0-9&\-]{1,11})\)", m.group("body")[body.end():])
        aliases = (term, acronym.group("short")) if acronym else (term,)
        found[term] = Party(name, aliases, "UNKNOWN", m.start("body") + body.start("name"),
                            m.start("body") + body.end("name"))
    if len(found) == 1 and len(unnamed) == 1:
        found.update(unnamed)
    return list(found.values()) if len(found) == 2 else []
