"""Whose jurisdiction a governing-law or forum clause names: ours, the partner's, or a neutral third country.

LAW-01 is the partner's law and courts (taxonomy C09); its benign counterpart is Japanese *or neutral* law. The
playbook's patterns see "governed by the laws of Belgium" as foreign; only the partner's description in the
preamble ("a company organised under the laws of Germany", 「スウェーデン王国法人」) tells whether Belgium is the
partner's country or a neutral one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.findings.facts import COUNTRIES
from analyzer.findings.roles import party_description
from analyzer.types import Party

_US_STATES = (
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin",
    "wyoming", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "rhode island", "south carolina", "south dakota", "west virginia", "district of columbia",
)

# places that stand for a country in a forum clause: states and provinces, and the cities courts and arbitral seats
# are named by
PLACES = {
    **dict.fromkeys(_US_STATES, "US"),
    "カリフォルニア": "US", "ニューヨーク": "US", "デラウェア": "US", "マサチューセッツ": "US", "テキサス": "US",
    "コロラド": "US", "イリノイ": "US", "ペンシルベニア": "US", "ミシガン": "US", "フロリダ": "US", "オハイオ": "US",
    "ミネソタ": "US", "ノースカロライナ": "US", "ニュージャージー": "US", "バージニア": "US", "メリーランド": "US",
    "コネチカット": "US", "アリゾナ": "US", "ユタ州": "US", "ハワイ": "US", "ワシントン州": "US", "ジョージア州": "US",
    "england": "GB", "wales": "GB", "scotland": "GB", "london": "GB", "イングランド": "GB", "ロンドン": "GB",
    # (the longer name wins: "New South Wales" is no part of Wales)
    "new south wales": "AU", "queensland": "AU", "sydney": "AU", "melbourne": "AU",
    "ニューサウスウェールズ": "AU", "シドニー": "AU", "メルボルン": "AU",
    "ontario": "CA", "quebec": "CA", "british columbia": "CA", "beijing": "CN", "shanghai": "CN", "shenzhen": "CN",
    "北京": "CN", "上海": "CN", "深圳": "CN", "seoul": "KR", "ソウル": "KR", "brussels": "BE", "ブリュッセル": "BE",
    "geneva": "CH", "zurich": "CH", "ジュネーブ": "CH", "チューリッヒ": "CH", "paris": "FR", "パリ": "FR",
    "stockholm": "SE", "ストックホルム": "SE", "vienna": "AT", "austria": "AT", "ウィーン": "AT", "オーストリア": "AT",
    "the hague": "NL", "amsterdam": "NL", "ハーグ": "NL", "ireland": "IE", "アイルランド": "IE", "munich": "DE",
    "berlin": "DE", "bavaria": "DE", "ミュンヘン": "DE", "ベルリン": "DE", "tokyo": "JP", "osaka": "JP",
    "kyoto": "JP", "東京": "JP", "大阪": "JP", "京都": "JP",
}
_NAMES = {**COUNTRIES, **PLACES}
_NAME_RE = re.compile("|".join(sorted((re.escape(n) for n in _NAMES), key=len, reverse=True)))


def jurisdictions_in(text: str) -> frozenset[str]:
    """Country codes of the countries, states and cities named in ``text`` (English names as whole words)."""
    lowered = text.lower()
    found = set()
    for m in _NAME_RE.finditer(lowered):
        name = m.group()
        if name[0].isascii():
            before = lowered[m.start() - 1] if m.start() else " "
            after = lowered[m.end()] if m.end() < len(lowered) else " "
            if before.isalnum() or after.isalnum():
                continue
        found.add(_NAMES[name])
    return frozenset(found)


# legal forms that belong to one country's law, so that the name alone tells where the partner is: a Dutch "Stichting"
# introduced only by its name (forms several countries share, GmbH, AG, S.A., Ltd., Inc., tell nothing)
_LEGAL_FORMS = (
    (re.compile(r"^Stichting\b|\b[BN]\.V\.$|\bB\.V\.\s"), "NL"),
    (re.compile(r"\bPte\.?\s+Ltd\b"), "SG"),
    (re.compile(r"\bSdn\.?\s+Bhd\b"), "MY"),
    (re.compile(r"\bPty\.?\s+Ltd\b"), "AU"),
    (re.compile(r"\be\.\s?V\.$|\bgGmbH\b"), "DE"),
    (re.compile(r"\bA/S$"), "DK"),
    (re.compile(r"\bOyj?$"), "FI"),
    (re.compile(r"\bS\.p\.A\.$|\bS\.r\.l\.$"), "IT"),
)


def legal_form_country(name: str) -> str | None:
    """The country whose law alone knows the legal form in ``name`` ("Stichting ...", "... Pte. Ltd."), if any."""
    name = name.strip()
    return next((country for form, country in _LEGAL_FORMS if form.search(name)), None)


def partner_countries(parties: Sequence[Party], text: str) -> frozenset[str]:
    """The countries the partner's description in the preamble names, or failing that its legal form (empty when
    neither tells)."""
    found: set[str] = set()
    for party in parties:
        if party.role != "PARTNER":
            continue
        found |= jurisdictions_in(party_description(party, text))
        if not found:
            country = legal_form_country(party.name)
            if country:
                found.add(country)
    return frozenset(found - {"JP"})


# where international agreements go for neutral law and arbitration; taken as neutral when the partner's country
# is not known (a Singaporean or British partner's own law is LAW-01 all the same)
USUAL_NEUTRAL_VENUES = frozenset({"GB", "SG", "CH", "AT", "NL", "SE"})


def is_neutral_forum(clause_text: str, partner: frozenset[str]) -> bool:
    """True when the clause's foreign law, courts or seat are all in a country that is neither Japan nor the
    partner's own; when the partner's country is not known, only the usual neutral venues count."""
    named = jurisdictions_in(clause_text) - {"JP"}
    if not partner:
        return bool(named) and named <= USUAL_NEUTRAL_VENUES
    return bool(named) and named.isdisjoint(partner)
