"""Which party is ours (HOME), which is the partner, which are third parties.

Our institution is recognised by the names in the settings (``--home`` / ``KYOTEI_HOME``, in any language). Without a
match: in a Japanese agreement the university-like party (大学, 大学法人, 研究機構 ...) if exactly one is, else 甲; in
an English one the only party with a Japanese corporate form ("National University Corporation ..."), else the party
aliased "University" (or the only university-like party), else the first party. The
other contracting party is the PARTNER; any further parties are THIRD.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analyzer.segment.parties import normalise_name
from analyzer.types import Party

_UNIVERSITY_JA = re.compile(r"大学|大学法人|高等専門学校|研究機構|研究開発法人|研究所|本学")
_UNIVERSITY_EN = re.compile(r"\b(?:university|college|institute of technology|national institute)\b", re.IGNORECASE)
_JAPANESE_FORM = re.compile(r"国立大学法人|公立大学法人|学校法人|大学共同利用機関法人|国立研究開発法人|独立行政法人|"
                            # a PDF line may wrap between the words
                            r"national\s+university\s+corporation|inter-university\s+research\s+institute\s+corporation|"
                            r"public\s+university\s+corporation|national\s+research\s+and\s+development\s+agency|"
                            r"incorporated\s+administrative\s+agency|"
                            # a prefecture's own institute (「沖縄県海洋気象防災研究センター」, 「県立…」, "OKINAWA
                            # PREFECTURAL RESEARCH CENTER ...")
                            r"^(?:北海道|東京都|京都府|大阪府|[^\s\d]{2,3}県)(?!立大学法人)|[都道府県]立|"
                            r"\b(?:aichi|akita|aomori|chiba|ehime|fukui|fukuoka|fukushima|gifu|gunma|hiroshima|hokkaido|"
                            r"hyogo|ibaraki|ishikawa|iwate|kagawa|kagoshima|kanagawa|kochi|kumamoto|kyoto|mie|miyagi|"
                            r"miyazaki|nagano|nagasaki|nara|niigata|oita|okayama|okinawa|osaka|saga|saitama|shiga|shimane|"
                            r"shizuoka|tochigi|tokushima|tottori|toyama|wakayama|yamagata|yamaguchi|yamanashi)\s+"
                            r"prefectural\b|\btokyo\s+metropolitan\b", re.IGNORECASE)
# the description a preamble gives a party: "..., a national research and development agency established under the
# laws of Japan, ... (the "Provider")"
_JAPANESE_DESCRIPTION = re.compile(r"\b(?:under|of) the laws of Japan\b|\bJapanese (?:national )?(?:university|"
                                   r"research institute|public research)|\(Japan\)|,\s*Japan\s*(?:$|(?=\())",
                                   re.IGNORECASE | re.MULTILINE)
# where a party was formed, which outweighs an alias: the partner may call itself "the University" while we are
# "a university incorporated in Japan"
# (or under a named Act: "an educational corporation (gakko hojin) established under the Private Schools Act of Japan")
_FORMED_IN_JAPAN = re.compile(r"\b(?:incorporated|established|organi[sz]ed|formed|registered|existing|chartered)"
                              r"\s+(?:in|under\s+the\s+(?:[A-Z][\w-]*\s+){0,5}(?:laws?|Act)\s+of)\s+Japan\b"
                              r"|\bunder\s+the\s+laws\s+of\s+Japan\b|\b(?:gakk[oō]|daigaku)\s+h[oō]jin\b",
                              re.IGNORECASE)
# a Japanese address in a labelled party block: 「住所：日本国星嶺市北原町…」, 「所在地：東京都…」
_JAPANESE_ADDRESS = re.compile(r"(?:住所|所在地|本店所在地|Address)\s*[:：]\s*"
                               r"(?:日本国?|Japan\b|[^\n]{0,12}(?:都|道|府|県)[^\n]{0,6}(?:市|区|町|村|郡))")
_ORGANISATION = re.compile(r"大学|研究所|研究院|機構|財団|法人|株式会社|会社|公司|社$|省|庁|センター|研究室|"
                           r"\b(?:university|college|institute|laborator(?:y|ies)|ltd|limited|inc|corp(?:oration)?|"
                           r"co\.|company|gmbh|ag|s\.?a\.?|b\.?v\.?|llc|plc|agency|ministry|cent(?:re|er)|"
                           r"foundation|academy|hospital|council|authority|group|holdings|fund|l\.p|"
                           # the members of a European consortium, in their own languages
                           r"universit[éeäà]t?|universidad|universidade|universiteit|università|institut|istituto|"
                           r"instituto|politecnico|fundación|fundação|fondazione|stiftung|e\.v|(?-i:AS|ASA|AB|Oy|OY|Oyj|OYJ|NV|SAS)|"
                           r"s\.p\.a|s\.r\.l|s\.l)\b", re.IGNORECASE)
_INDIVIDUAL = re.compile(r"\b(?:dr|prof|professor|mr|mrs|ms)\.?\s|^(?:scholar|researcher|visitor|student|"
                         r"investigator|employee|consultant|fellow)$|研究者|教員|学生|氏$",
                         re.IGNORECASE | re.MULTILINE)
_ACADEMIC_DESCRIPTION = re.compile(r"\b(?:research institution|university|academic institution|higher education "
                                   r"institution)\b", re.IGNORECASE)
# "the organization identified as the licensee in the License Certificate ("Licensee")": a party described, not named
# ... or a class of them: "the universities, laboratories and research institutes listed in Annex 1 ("Institutes")"
_DESCRIBED_BY_ROLE = re.compile(r"\b(?:organi[sz]ations?|entity|entities|institutions?|institutes|universities|"
                                r"individual|person|customer|party)\b"
                                r"[^.;()]{0,40}\b(?:identified|named|specified|set out|listed|described|indicated)\b",
                                re.IGNORECASE)
_ADDRESSED_ROLE = re.compile(r"[”\"]?\s+means\s+the\s+"
                            r"(?:person|party|entity|organi[sz]ation|institution|firm|company)\b[^.;]{0,80}\bto\s+(?:which|whom)\b[^.;]{0,30}\b(?:addressed|issued|sent|directed)\b")
_PARTNER_HINTS = re.compile(r"^(?:乙|乙方|相手方|partner|sponsor|company|funder|collaborator|recipient|licensee)$",
                            re.IGNORECASE)


def _matches_home(party: Party, home_names: Sequence[str]) -> bool:
    names = [normalise_name(n) for n in (party.name, *party.aliases)]
    for home in home_names:
        wanted = normalise_name(home)
        if wanted and any(wanted == n or (len(wanted) >= 3 and wanted in n) for n in names):
            return True
    return False


# what a university calls itself in its own documents; the default home names, and the words a foreign sender uses too
_SELF_REFERENCES = {"本学", "本大学", "本機構", "本研究所", "当学", "当大学", "当研究所", "当機構"}
_POLITE_SELF = {"当大学", "当研究所", "当機構"}
# a name transliterated from abroad (katakana or Latin letters first), not a Japanese institution's
_FOREIGN_NAME = re.compile(r"^[\u30a0-\u30ffA-Za-z]{3}")
# a body incorporated in Japan (the legal form is Japanese, whatever script the name is in)
_JAPANESE_BODY = re.compile(r"株式会社|有限会社|合同会社|法人")
_INDIVIDUAL_ALIAS = re.compile(r"^(?:私|顧問|研究者|教員|教授|准教授|専門家|指導者|本人|受託者個人|"
                               r"consultant|adviser|advisor|"
                               r"professor|expert|researcher|scientist|speaker|fellow)$", re.IGNORECASE)


def _is_individual(party: Party) -> bool:
    """A natural person: an alias like 「顧問」 or "Consultant", or a title before the name, and no organisation."""
    names = party.name + " " + " ".join(party.aliases)
    if _ORGANISATION.search(party.name):
        return False
    return bool(_INDIVIDUAL.search(names) or any(_INDIVIDUAL_ALIAS.match(a) for a in party.aliases))


# a Japanese paper's short name for a foreign company, its Latin name and 社 (「Cirrolux社」)
_LATIN_COMPANY_ALIAS = re.compile(r"[A-Za-z][A-Za-z0-9&\- ]*社")


def _is_japanese_party(party: Party) -> bool:
    # (or a name written in Japanese with a Latin alias: 「テルック・ビンタン大学（…以下「UTB」という。）」 is named in
    # the Japanese text, while "YUNHE PROVINCIAL ARCHIVES (云河省档案馆)" is an English name with its own in brackets)
    aliases = "".join(a for a in party.aliases if not _LATIN_COMPANY_ALIAS.fullmatch(a))
    return any("\u3040" <= ch <= "\u9fff" for ch in aliases) or "\u3040" <= party.name[:1] <= "\u9fff"


def assign_roles(parties: Sequence[Party], home_names: Sequence[str] = (), language: str = "ja",
                 text: str = "") -> list[Party]:
    """Return the parties with ``role`` set; at most one HOME and one PARTNER per language version, the rest THIRD.

    A bilingual agreement defines its parties twice (甲・乙 in the Japanese preamble, "the University" in the
    English one): each set is resolved on its own. ``text`` is the document the parties' offsets point into; their
    descriptions there ("a national university corporation established under the laws of Japan") count as well.
    """
    if not parties:
        return []
    japanese = [p for p in parties if _is_japanese_party(p)]
    english = [p for p in parties if not _is_japanese_party(p)]
    # (not one party on each side: that is one party whose Japanese alias was read with its English name,
    # "Kestrel-Nord Medical Intelligence AB ... ("Kestrel")" / 「…（以下「ケストレル」という。）」, and the other party,
    # whose Japanese line was not read as a party of its own)
    if len(japanese) == 1 and len(english) == 1 and _one_body_in_two_languages(japanese[0], english[0], text):
        # a form each visitor signs, each line in Japanese and then in English:
        # 「国立大学法人北稜大学（以下「本学」という。）」 on one line, 'Hokuryo University (the "University")' on the
        # next: one body named in both languages
        (ours,) = _assign(japanese, home_names, "ja", text)
        return [replace(p, role=ours.role) for p in parties]
    if japanese and english and not (len(japanese) == 1 and len(english) == 1):
        resolved = {id(p): r for group, lang in ((japanese, "ja"), (english, "en"))
                    for p, r in zip(group, _assign(group, home_names, lang, text), strict=True)}
        return [resolved[id(p)] for p in parties]
    if language not in ("ja", "en"):
        # a bilingual text whose parties are named in English only ("Party A: Xiyuan Institute ...", "Party B:
        # Kamishiro University (National University Corporation)"): they are read as English names
        language = "ja" if japanese else "en"
    return _assign(parties, home_names, language, text)


def _one_body_in_two_languages(japanese: Party, english: Party, text: str) -> bool:
    """A university named in a Japanese line and again in the English line right after it."""
    if not text or not 0 <= japanese.end <= english.start <= len(text):
        return False
    if not (_UNIVERSITY_JA.search(japanese.name + "".join(japanese.aliases))
            and _UNIVERSITY_EN.search(english.name + " " + " ".join(english.aliases))):
        return False
    between = text[japanese.end:english.start]
    lines = between.strip("\r\n").splitlines()
    return "\n" in between and len(lines) <= 2 and not re.search(r"[\u3040-\u9fff]", lines[-1] if lines else "")


_LICENSING_ARM = re.compile(r"(?i)technology licensing|technology transfer|\bTLO\b|ティー・?エル・?オー|技術移転|"
                            r"ライセンシング|知財活用|産学連携機構")
_GENERIC_NAME_WORDS = frozenset({"national", "university", "corporation", "technology", "licensing", "transfer",
                                 "institute", "company", "limited", "the", "of", "and", "for", "co", "ltd", "inc",
                                 "tlo", "science", "research", "center", "centre", "kk"})


def _same_body(name: str, home: str) -> bool:
    """The same organisation written twice, once with its legal form in brackets."""
    def core(text: str) -> str:
        return normalise_name(re.sub(r"[(（][^()（）]*[)）]", " ", text))
    return len(core(name)) >= 8 and core(name) == core(home)


def _licensing_arm_of(name: str, home: str) -> bool:
    """A technology licensing organisation that bears our university's name (Hakusen Technology Licensing Co. for
    Hakusen University, 白泉ティー・エル・オー株式会社 for 国立大学法人白泉大学)."""
    if not _LICENSING_ARM.search(name):
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", home.lower()) if w not in _GENERIC_NAME_WORDS}
    if words & set(re.findall(r"[a-z]{4,}", name.lower())):
        return True
    core = re.sub(r"国立大学法人|公立大学法人|学校法人|大学|学園", "", home)
    return len(core) >= 2 and core in name


# a foreign state in a body's Japanese name: 「中華人民共和国深圳市の深圳市溪林智能基礎設施研究院」
_FOREIGN_STATE_JA = re.compile(r"中華人民共和国|大韓民国|台湾|香港|マカオ|"
                               r"(?<!日本)(?<![\u30a0-\u30ff])[\u30a0-\u30ff]{2,12}(?:共和国|王国|連邦|合衆国)")


def _is_counterparty(party: Party, text: str) -> bool:
    """A lone named party that is no university, research body or Japanese institution, or one in a foreign state."""
    if _FOREIGN_STATE_JA.search(party.name):
        return True
    names = party.name + " " + " ".join(party.aliases)
    described = party_description(party, text)
    return not (_UNIVERSITY_JA.search(names) or _UNIVERSITY_EN.search(names) or _JAPANESE_FORM.search(described)
                or _JAPANESE_DESCRIPTION.search(described) or _is_japanese_party(party)
                or any(a in ("甲", "甲方") for a in party.aliases))


_ADDRESSEE_ORGANISATION = re.compile(r"\b(?:University|Institute|College|大学|研究所)\b")


def _writes_to_another(party: Party, text: str) -> bool:
    """A letter on the party's letterhead to someone at another institution ("ALDERMOOR UNIVERSITY ... Professor Yuriko
    Tachibana, Faculty of Science, Kasumigaoka University ... Dear Professor Tachibana"): the one party named is the
    sender, and the addressee's institution is ours."""
    head = text[:2000]
    dear = re.search(r"^\s*Dear\b", head, re.MULTILINE)
    lines = [line.strip() for line in head[:dear.start() if dear else 0].splitlines() if line.strip()]
    if not lines:
        return False
    core = re.sub(r"(?i)^(?:the\s+)?(?:council|board|court|senate)\s+of\s+(?:the\s+)?", "", party.name).lower()
    if core not in lines[0].lower() and lines[0].lower() not in core:
        return False
    return any(_ADDRESSEE_ORGANISATION.search(line) and core not in line.lower() for line in lines[1:])


def party_description(party: Party, text: str) -> str:
    """What the preamble says of a party: its name and description in ``text`` (the name alone without it)."""
    return text[party.start:party.end] if text and 0 <= party.start < party.end <= len(text) else party.name


# a person's name in Japanese: a family name in kanji and a given name, perhaps spaced, perhaps with a title after it
# (katakana is left out: 「ソヨン先端素材」 is a company written without its 株式会社)
_JA_PERSON = re.compile(r"[\u4e00-\u9fff々]{1,3}[\s\u3000]?[\u4e00-\u9fff々\u3040-\u309f]{1,4}(?:氏|教授|博士|先生)?")
_PERSON_NAME = re.compile(r"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,2}$")
_AT_A_JAPANESE_UNIVERSITY = re.compile(r"\b(?:University|Institute of Technology)\b[^\n]{0,40}\bJapan\b")


_IN_JAPAN = re.compile(r"\bJapan\b|\b[A-Z][a-z]+ Prefecture\b|-(?:ken|shi|ku)\b|\b(?:Tokyo|Osaka|Kyoto|Hokkaido)\b")


def _addressed_in_japan(name: str, text: str) -> bool:
    """Whether a letter's address block, above its salutation, gives ``name`` an address in Japan."""
    dear = re.search(r"^\s*Dear\b", text[:3000], re.MULTILINE)
    if not dear or not name:
        return False
    lines = [line.strip() for line in text[:dear.start()].splitlines()]
    for k, line in enumerate(lines):
        if line and name.lower() in line.lower():
            block = []
            for following in lines[k + 1:k + 5]:
                if not following:
                    break
                block.append(following)
            if any(_IN_JAPAN.search(b) for b in block):
                return True
    return False


# outside work that a Japanese university approves for its own staff
_OUTSIDE_WORK = re.compile(r"兼業(?:の)?(?:許可|承認|届|申請)")


def _assign(parties: Sequence[Party], home_names: Sequence[str], language: str, text: str = "") -> list[Party]:
    home_index = next((i for i, p in enumerate(parties) if _matches_home(p, home_names)), None)
    if home_index is not None and set(parties[home_index].aliases) & _SELF_REFERENCES \
            and not _JAPANESE_FORM.search(parties[home_index].name):
        # 「本学は、貴殿を本学材料科学部客員教授に委嘱します」: a foreign university's letter to our professor says
        # 本学 of itself; the addressee's 国立大学法人 tells which side is ours
        formal = [i for i, p in enumerate(parties) if i != home_index and _JAPANESE_FORM.search(p.name)]
        if len(formal) == 1:
            home_index = formal[0]
    if home_index is not None and set(parties[home_index].aliases) & _POLITE_SELF \
            and _FOREIGN_NAME.match(parties[home_index].name):
        # 「当研究所では…貴学大学院工学研究科…」: a foreign institute's request letter to a Japanese university; the
        # sender's 当研究所 is theirs, the addressee's 貴学 is ours
        addressed = [i for i, p in enumerate(parties) if i != home_index and set(p.aliases) & {"貴学", "貴大学"}
                     and not _FOREIGN_NAME.match(p.name)]
        if len(addressed) == 1:
            home_index = addressed[0]
    if home_index is None and len(parties) == 1 and (_is_counterparty(parties[0], text)
                                                     or _writes_to_another(parties[0], text)):
        # a company's template names the company and leaves the other side as "the Recipient": the one name is theirs
        return [replace(parties[0], role="PARTNER")]
    if home_index is None:
        if language == "ja":
            universities = [i for i, p in enumerate(parties) if _UNIVERSITY_JA.search(p.name + "".join(p.aliases))]
            # two universities (a translated agreement with a foreign one): ours has a Japanese corporate form
            japanese = [i for i in universities if _JAPANESE_FORM.search(parties[i].name)]
            kou = next((i for i, p in enumerate(parties) if any(a in ("甲", "甲方") for a in p.aliases)), None)
            # a Japanese institutional form (学校法人青嶺学園, 国立研究開発法人…) names us even where the other side is
            # a foreign 研究所
            formal = [i for i, p in enumerate(parties) if _JAPANESE_FORM.search(p.name)]
            # a translated Chinese form (甲方 the Chinese university): the address under each name tells
            addressed = [i for i, p in enumerate(parties) if _JAPANESE_ADDRESS.search(party_description(p, text))]
            # a funding agency (国立研究開発法人…機構) commissioning a 国立大学法人: the university is ours
            colleges = [i for i in (formal or universities) if "大学" in parties[i].name]
            # a researcher's own contract with a company (「ハンビット先端素材株式会社（以下「甲」という。）と
            # 宮坂直樹（以下「乙」という。）」, a 技術顧問委嘱契約書): the person is ours, whichever letter
            people = [i for i, p in enumerate(parties) if _JA_PERSON.fullmatch(p.name.strip())
                      and not _ORGANISATION.search(p.name)]
            person = people[0] if len(parties) == 2 and len(people) == 1 else None
            if person is not None and not formal and text and _OUTSIDE_WORK.search(text):
                # a foreign university's appointment of our professor (「漢江未来大学校（以下「甲」という。）と
                # 田島誠一（以下「乙」という。）」) that he must clear as outside work (兼業) with his own university:
                # he is ours
                universities = []
            home_index = (formal[0] if len(formal) == 1 else universities[0] if len(universities) == 1
                          else japanese[0] if len(japanese) == 1 else addressed[0] if len(addressed) == 1
                          else person if person is not None
                          else colleges[0] if len(colleges) == 1 and kou is None else kou)
        else:
            aliased = next((i for i, p in enumerate(parties)
                            if any(a.lower() in ("university", "the university") for a in p.aliases)), None)
            universities = [i for i, p in enumerate(parties)
                            if _UNIVERSITY_EN.search(p.name + " " + " ".join(p.aliases))]
            # a Japanese corporate form names us even where the other side is "the University" (a Japanese
            # university sponsoring research at a US one)
            japanese = [i for i, p in enumerate(parties) if _JAPANESE_FORM.search(p.name)]
            if not japanese:
                described = [party_description(p, text) for p in parties]
                japanese = [i for i, d in enumerate(described) if _JAPANESE_FORM.search(d)]
                if not japanese and (aliased is None or not re.search(r"\bJapan\b", described[aliased])):
                    japanese = [i for i, d in enumerate(described) if _FORMED_IN_JAPAN.search(d)]
                if not japanese and aliased is None:
                    japanese = [i for i, d in enumerate(described) if _JAPANESE_DESCRIPTION.search(d)]
                if not japanese and (aliased is None or not re.search(r"\bJapan\b", described[aliased], re.I)):
                    # a Mexican convenio's "... BY THE UNIVERSIDAD ..., HEREINAFTER REFERRED TO AS "THE UNIVERSITY",
                    # ... AND, ON THE OTHER PART, BY THE NATIONAL INSTITUTE FOR VOLCANOLOGICAL AND GEOTHERMAL SCIENCES
                    # OF JAPAN": the university so called is theirs, and the name that says Japan is ours
                    japanese = [i for i, p in enumerate(parties) if re.search(r"\bJapan\b", p.name, re.I)]
            # a letter addressed to one party in Japan: "Setouchi Marine Science Institute / 2-11-4 Shiomi, Hamanami
            # City / Hiroshima Prefecture 722-0391, Japan" above "Dear Dr Nagasawa", or our professor's university in
            # an offer from a foreign "University"
            in_japan = [i for i, p in enumerate(parties) if _addressed_in_japan(p.name, text)] if text else []
            # (not over "the University" whose name was not read: it may be the one addressed)
            if aliased is not None and not _UNIVERSITY_EN.search(parties[aliased].name):
                in_japan = []
            # (one body read twice, once with each of its aliases, "the Organization" and "HIAER", is one body)
            home_index = (japanese[0] if len({parties[i].name for i in japanese}) == 1
                          else in_japan[0] if len(in_japan) == 1
                          else aliased if aliased is not None
                          else universities[0] if len(universities) == 1 else None)
            people = [i for i, p in enumerate(parties) if _is_individual(p)
                      or (_PERSON_NAME.match(p.name) and not _ORGANISATION.search(p.name))]
            if not japanese and len(parties) == 2 and len(people) == 1 and text and parties[people[0]].start >= 0:
                # a foreign talent programme's contract with our professor ("Party B (Expert) HARADA Kenji ...
                # Present position: Professor, ..., Hokurei University, Japan"): the person is our side
                after = text[parties[people[0]].start:parties[people[0]].start + 400]
                if _AT_A_JAPANESE_UNIVERSITY.search(after):
                    home_index = people[0]
            if home_index is None:
                # a platform's terms speak to their user: the side called "you" is ours
                # (or named as whom "you" act for: "ON BEHALF OF THE INSTITUTION OR ORGANISATION YOU REPRESENT
                # ("CUSTOMER" or "you")")
                addressed = [i for i, p in enumerate(parties) if "you" in p.aliases
                             or re.search(r"(?i)\b(?:you|your)\b", p.name)]
                home_index = addressed[0] if len(addressed) == 1 else None
            if home_index is None and not universities:
                # a platform's terms name the other side only by what it is: "the research institution identified
                # in the Order Form below ("Customer")"
                academic = [i for i, p in enumerate(parties) if _ACADEMIC_DESCRIPTION.search(
                    text[max(0, p.start - 80):p.end] if text and p.start >= 0 else p.name)]
                home_index = academic[0] if len(academic) == 1 else None
        if home_index is None and len(parties) == 2:
            # a company's form names the company and leaves its user a role ("the organization identified as the
            # licensee in the License Certificate ("Licensee")"): the side without a name of its own is ours
            # (or a purchase order's terms: '"Supplier" means the person, firm or institution to which the Order is
            # addressed')
            unnamed = [i for i, p in enumerate(parties) if p.name in p.aliases
                       and (_DESCRIBED_BY_ROLE.search(text, max(0, p.start - 160), max(0, p.start))
                            or (p.end >= 0 and _ADDRESSED_ROLE.match(text, p.end)))]
            if len(unnamed) == 1 and _is_counterparty(parties[1 - unnamed[0]], text):
                home_index = unnamed[0]
        if home_index is None and text:
            # a programme's form each of our students signs: "This Form is made between the Solvaran Space Agency
            # ("SSA") and the student identified below (the "Participant"), who is enrolled at the Participating
            # Institution": the student is ours
            signers = [i for i, p in enumerate(parties) if 0 <= p.start <= len(text)
                       and _STUDENT_SIGNS.search(text[max(0, p.start - 60):p.start])]
            home_index = signers[0] if len(signers) == 1 else None
        if home_index is None:
            # a researcher's own contract with a company (顧問契約, a consulting agreement): the person is our side
            people = [i for i, p in enumerate(parties) if _is_individual(p)]
            if len(people) == 1 and len(parties) == 2:
                home_index = people[0]
        if home_index is None:
            home_index = next((i for i, p in enumerate(parties) if not any(
                _PARTNER_HINTS.match(a) for a in p.aliases)), 0)
    partner_index = next((i for i, p in enumerate(parties) if i != home_index), None)
    if language == "ja" and len(parties) >= 3 and partner_index is not None \
            and _JAPANESE_BODY.search(parties[partner_index].name):
        # 「甲（本学）、乙（株式会社アオバ電材）及び丙（ライプラント応用研究振興協会）」: a Japanese company beside us
        # and a foreign institute; the foreign body is the partner whose terms the rules weigh, the company a third
        # party
        foreign = [i for i, p in enumerate(parties) if i != home_index and _FOREIGN_NAME.match(p.name)
                   and not _JAPANESE_BODY.search(p.name)]
        if len(foreign) == 1:
            partner_index = foreign[0]
    out = []
    for i, party in enumerate(parties):
        role = "HOME" if i == home_index else "PARTNER" if i == partner_index else "THIRD"
        # 「甲の大学院…研究科の須賀原雄一教授（以下「須賀原教授」という。）」: a member of our side, named in a recital
        ours = home_index is not None and any(party.name.startswith(alias + "の")
                                              for alias in parties[home_index].aliases if alias)
        # 「甲が国立研究開発法人…機構（以下「機構」という。）から受託した…」: a body named inside another party's
        # sentence (our funder, the partner's ministry) signs nothing
        introduced = any(party.name.startswith(alias + particle) for other in parties if other is not party
                         for alias in other.aliases if alias for particle in ("が", "は", "から", "と"))
        # each name on its own: 「アルヴェリン・フォトニクス社」 ends in 社, its alias 丙 after it does not
        if role == "THIRD" and ours and _MEMBER_OF_OURS.search(party.name):
            # 「甲の大学院工学研究科教授である北條真理子（以下「対象教員」という。）」: our professor, whose
            # inventions and support are ours to keep track of, stands on our side of every clause
            role = "HOME"
        elif role != "HOME" and home_index is not None and _is_individual(parties[home_index]) \
                and any(a.lower() in _HOME_EMPLOYER for a in party.aliases):
            # our professor's own contract with a foreign university names "Setouchi University ... in Japan (the
            # "Home University")": his employer is on his side of every clause
            role = "HOME"
        elif role != "HOME" and home_index is not None and _same_body(party.name, parties[home_index].name):
            # a letter names our university twice: in the address block ("Hibarino University (National University
            # Corporation)", called "you") and in its text ('Hibarino University (the "Home Institution")')
            role = "HOME"
        elif role != "HOME" and home_index is not None and _licensing_arm_of(party.name, parties[home_index].name):
            # "HAKUSEN TECHNOLOGY LICENSING CO., LTD. (the "Licensor")" beside Hakusen University as confirming
            # party: the university's own TLO licenses on our side
            role = "HOME"
        elif role != "HOME" and home_index is not None and _unit_of_ours(party, parties, home_index, text):
            # 'Omiwa University (the "University") has approved your appointment as a Visiting Researcher in the Centre
            # for Medical Genome Informatics (the "Centre") of the Graduate School of Medicine': our own centre
            role = "HOME"
        elif role == "THIRD" and not ours and not introduced \
                and (any(_ORGANISATION.search(n) for n in (party.name, *party.aliases))
                     or _LEGAL_FORM_AFTER.match(_after_name(party, text))) \
                and not _INDIVIDUAL.search(party.name + " " + " ".join(party.aliases)):
            # every other institution that signs is a counterparty: the sponsor 丙 of a three-party agreement, a
            # government laboratory beside a company; a named individual (the visiting scholar) is not
            role = "PARTNER"
        out.append(replace(party, role=role))
    return out


_STUDENT_SIGNS = re.compile(r"\b(?:the|each) (?:student|trainee|intern|doctoral candidate)s? (?:identified|named|"
                            r"described|listed) (?:below|above|in [^()]{1,40}?)\s*(?:\((?:the\s*)?[\"“]?)?$",
                            re.IGNORECASE)


# a name read without its legal form: "Licensee:  Larkspur Cognition, Inc., 1180 Harrison Street ..." gives "Larkspur
# Cognition"
_LEGAL_FORM_AFTER = re.compile(r"\s*,?\s*(?:Inc|Ltd|LLC|Corp|Co|GmbH|Limited|PLC|plc|S\.A|B\.V|N\.V|K\.K|Pte|AG)\b")


def _after_name(party: Party, text: str) -> str:
    described = party_description(party, text)
    return described[len(party.name):len(party.name) + 20] if described.startswith(party.name) else ""


_UNIT = re.compile(r"(?i)^(?:the\s+)?(?:centre|center|laboratory|lab|department|faculty|school|graduate school|"
                   r"division|unit|institute|clinic)\b")
_OF_A_FACULTY = re.compile(r"\s*(?:of|within|in) (?:the |its |our )?(?:graduate school|faculty|school|department|"
                           r"division|college)\b", re.IGNORECASE)


def _unit_of_ours(party: Party, parties: Sequence[Party], home_index: int, text: str) -> bool:
    """A centre or laboratory named in the sentence that names our university, as a unit of one of its faculties,
    with no other party named between them."""
    home = parties[home_index]
    if not text or party.start < 0 or home.end < 0 or not home.end <= party.start \
            or not any(_UNIT.match(n) for n in (party.name, *party.aliases)):
        return False
    between = text[home.end:party.start]
    if re.search(r"[.;]\s|\n\s*\n", between) \
            or any(home.end <= p.start < party.start for p in parties if p is not party):
        return False
    return bool(_OF_A_FACULTY.match(text, party.end))


_HOME_EMPLOYER = {"home university", "home institution", "home institute", "employer", "home organisation",
                  "home organization"}
_MEMBER_OF_OURS = re.compile(r"(?:教授|准教授|講師|助教|教員|研究員|研究者|職員|学生)(?:である|の)?[^、。]{0,20}$")


_JA_ORGAN = r"[^\s、。の「」『』（）()〈〉]{0,14}?(?:委員会|理事会|評議会|審議会|運営会議|事務局)"
_EN_ORGAN = r"(?:[A-Z][A-Za-z\-]+\s){0,4}(?:Committee|Board|Council|Secretariat|Panel)"
# a body both sides sit on is no organ of the partner's
_JOINT_ORGAN = re.compile(r"^(?:合同|共同|両者|joint|steering|management)", re.IGNORECASE)


def partner_organs(text: str, roles: dict[str, str] | None) -> dict[str, str]:
    """The partner's own bodies named as such ("the Scientific Advisory Committee of the Consortium", 「コンソーシアムの
    科学諮問委員会」), mapped to the partner: where the agreement then names the body alone ("until the Scientific
    Advisory Committee has confirmed ..."), the partner is the one who decides."""
    if not roles:
        return {}
    partner = sorted((alias for alias, role in roles.items() if role == "PARTNER" and alias), key=len, reverse=True)
    home = [alias for alias, role in roles.items() if role == "HOME"]
    if not partner:
        return {}
    names = "|".join(re.escape(alias) for alias in partner)
    found: set[str] = set()
    for m in re.finditer(rf"(?<!及び)(?<!並びに)(?<![・と])(?:{names})の({_JA_ORGAN})", text):
        found.add(m.group(1))  # 「甲及び乙の倫理審査委員会」 is each side's own, not the partner's alone
    for m in re.finditer(rf"(?<!and )(?<!or )(?:the\s+)?(?:{names})[’']s\s+({_EN_ORGAN})|"
                         rf"\bthe\s+({_EN_ORGAN})\s+of\s+(?:the\s+)?(?:{names})\b(?!\s+and\b)", text):
        found.add(" ".join((m.group(1) or m.group(2)).split()))
    out: dict[str, str] = {}
    for organ in found:
        if organ in roles or _JOINT_ORGAN.search(organ) or len(organ) < 3:
            continue
        # the same name for a body of ours, or one the parties set up together, is not the partner's alone
        if any(f"{alias}の{organ}" in text or f"{alias}'s {organ}" in text for alias in home):
            continue
        out[organ] = "PARTNER"
    return out
