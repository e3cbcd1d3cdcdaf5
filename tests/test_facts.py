"""Facts with offsets: money, durations, dates, governing law, courts and seats, countries, organisations."""

from __future__ import annotations

import pytest

from analyzer.findings.facts import extract_facts, organisations
from analyzer.findings.textmap import map_text

# fmt: off
CASES = [
    ("研究費として金五百万円を支払う。", "money", "金五百万円", {"amount": 5_000_000.0, "currency": "JPY"}),
    ("研究費は１，２００万円とする。", "money", "１，２００万円", {"amount": 12_000_000.0, "currency": "JPY"}),
    ("The Sponsor shall pay USD 120,000.", "money", "USD 120,000", {"amount": 120_000.0, "currency": "USD"}),
    ("a grant of $1.5 million", "money", "$1.5 million", {"amount": 1_500_000.0, "currency": "USD"}),
    ("within thirty (30) days of receipt", "duration", "thirty (30) days", {"value": 30.0, "unit": "days", "days": 30}),
    ("for a period of three years", "duration", "three years", {"value": 3, "unit": "years", "days": 1095}),
    ("公表の６か月前までに通知する。", "duration", "６か月", {"value": 6.0, "unit": "か月", "days": 180}),
    ("三十日以内に回答する。", "duration", "三十日", {"value": 30.0, "unit": "日", "days": 30}),
    ("秘密保持義務は無期限に存続する。", "duration", "無期限", {"open_ended": True}),
    ("These obligations survive in perpetuity.", "duration", "in perpetuity", {"open_ended": True}),
    ("令和7年4月1日から有効とする。", "date", "令和7年4月1日", "2025-04-01"),
    ("平成元年１月８日", "date", "平成元年１月８日", "1989-01-08"),
    ("effective as of April 1, 2025", "date", "April 1, 2025", "2025-04-01"),
    ("governed by the laws of Japan, without regard to", "governing_law", "Japan", "Japan"),
    ("本契約は日本法に準拠する。", "governing_law", "日本", "日本"),
    ("東京地方裁判所を専属的合意管轄裁判所とする。", "court", "東京地方裁判所", "東京地方"),
    ("arbitration seated in Singapore, under the rules", "arbitration", "Singapore", "singapore"),
    ("a research institute in Germany.", "country", "Germany", "DE"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kind", "surface", "value"), CASES, ids=[c[2] for c in CASES])
def test_a_fact_is_found_with_its_value_and_offsets(text: str, kind: str, surface: str, value: object) -> None:
    facts = [f for f in extract_facts(map_text(text, roles=False), text) if f.kind == kind]
    assert facts, f"no {kind} in {text!r}"
    fact = facts[0]
    assert fact.text == surface == text[fact.start:fact.end]
    assert fact.value == value


def test_dates_are_not_read_as_durations() -> None:
    text = "2024年4月1日から2027年3月31日まで"
    kinds = [f.kind for f in extract_facts(map_text(text, roles=False), text)]
    assert kinds.count("date") == 2
    assert "duration" not in kinds


@pytest.mark.parametrize(("text", "name"), [
    ("国立大学法人北辰大学と株式会社サンライズ製薬は", "国立大学法人北辰大学"),
    ("between Kestrel Polytechnic University and the Ministry of Defence Technology", "Kestrel Polytechnic University"),
    ("funded by the Ministry of Defence Technology of Estmark.", "Ministry of Defence Technology of Estmark"),
])
def test_organisations_named_in_the_text_are_found(text: str, name: str) -> None:
    assert name in [n for _, _, n in organisations(text)]
