"""Findings for each of the 50 indicators on clauses written for the tests (risky and benign twin, JA and EN), and
for complete agreements written for the tests, through the whole engine."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzer.engine import AnalyzerEngine
from analyzer.types import AnalysisResult

DATA = Path(__file__).resolve().parent / "data"
CASES = yaml.safe_load((DATA / "indicator_cases.yaml").read_text(encoding="utf-8"))
AGREEMENTS = yaml.safe_load((DATA / "agreements" / "expected.yaml").read_text(encoding="utf-8"))
PARAMS = [(case["indicator"], lang, kind) for case in CASES for lang in ("ja", "en") for kind in ("risky", "benign")]


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    return AnalyzerEngine()


def _clause_document(case: dict, lang: str, kind: str) -> bytes:
    entry = case[lang]
    heading = entry.get("heading")
    return ((f"{heading}\n" if heading else "") + entry[kind]).encode("utf-8")


@pytest.mark.parametrize(("indicator", "lang", "kind"), PARAMS, ids=[f"{i}-{lang}-{k}" for i, lang, k in PARAMS])
def test_the_red_flag_is_found_in_the_risky_clause_and_not_in_its_benign_twin(engine: AnalyzerEngine, indicator: str,
                                                                            lang: str, kind: str) -> None:
    case = next(c for c in CASES if c["indicator"] == indicator)
    result = engine.analyze(_clause_document(case, lang, kind), name=f"{indicator}-{lang}-{kind}.txt")
    found = {f.indicator: f for f in result.findings}
    if kind == "risky":
        assert indicator in found, f"{indicator} not found; found {sorted(found)}"
        finding = found[indicator]
        assert result.document.text[finding.start:finding.end] == finding.evidence
        assert finding.recommendation
        assert finding.explanation
        assert finding.references
    else:
        assert indicator not in found


@pytest.fixture(scope="module")
def analysed(engine: AnalyzerEngine) -> dict[str, AnalysisResult]:
    return {case["file"]: engine.analyze(DATA / "agreements" / case["file"]) for case in AGREEMENTS}


@pytest.mark.parametrize("case", AGREEMENTS, ids=[c["file"] for c in AGREEMENTS])
def test_a_complete_agreement_gets_exactly_the_findings_that_were_planted(case: dict, analysed) -> None:
    result = analysed[case["file"]]
    text = result.document.text
    assert result.document.status == "ok"
    for expected in case["findings"]:
        matches = [f for f in result.findings
                   if f.indicator == expected["indicator"]
                   and result.article(f.clause_id).number == expected["article"]]
        assert matches, f"{expected['indicator']} in {expected['article']} not found"
        evidence_start = text.index(expected["evidence"], result.clause(matches[0].clause_id).start)
        evidence_end = evidence_start + len(expected["evidence"])
        assert any(f.start < evidence_end and evidence_start < f.end for f in matches), (
            f"{expected['indicator']}: evidence {matches[0].evidence!r} does not cover {expected['evidence']!r}")
        for finding in matches:
            assert text[finding.start:finding.end] == finding.evidence
    planted = {(e["indicator"], e["article"]) for e in case["findings"]}
    extra = [(f.indicator, result.article(f.clause_id).number, f.evidence[:60]) for f in result.findings
             if f.severity == "high" and (f.indicator, result.article(f.clause_id).number) not in planted]
    assert extra == [], "high-severity findings that were not planted"


@pytest.mark.parametrize("case", AGREEMENTS, ids=[c["file"] for c in AGREEMENTS])
def test_a_complete_agreement_reports_the_missing_protections(case: dict, analysed) -> None:
    result = analysed[case["file"]]
    missing = sorted({d.category for d in result.document_findings if d.kind == "missing_protection"})
    assert missing == sorted(case["missing"])


@pytest.mark.parametrize("case", AGREEMENTS, ids=[c["file"] for c in AGREEMENTS])
def test_a_complete_agreement_has_its_article_numbers(case: dict, analysed) -> None:
    result = analysed[case["file"]]
    numbers = [c.number for c in result.top_level() if c.kind in ("article", "definitions")]
    assert numbers == case["articles"]


def test_every_clause_lists_the_findings_inside_it_and_the_summary_explains_the_risk(analysed) -> None:
    result = analysed["ja_joint_research.txt"]
    for finding in result.findings:
        assert finding.id in result.clause(finding.clause_id).findings
    assert result.summary.risk_level == "high"
    assert result.summary.counts_by_severity["high"] >= 1
    assert set(result.summary.top_findings) <= {f.id for f in result.findings}
    assert result.summary.reasons


def test_the_home_party_is_ours_and_findings_say_whose_burden(analysed) -> None:
    result = analysed["ja_joint_research.txt"]
    roles = {p.role for p in result.parties}
    assert {"HOME", "PARTNER"} <= roles
    assert all(f.direction in ("HOME", "PARTNER", "mutual", "n/a") for f in result.findings)


@pytest.mark.parametrize("outline", [
    "DATA SHARING AGREEMENT\n1. Term of Agreement\n2. Definitions\n3. Purpose of Disclosure\n4. Data Transfer\n"
    "5. Export Control\n6. Termination\n7. Assignment and Transfer\n8. Governing Law\n",
    "共同研究契約書\n第1条（目的）\n第2条（研究成果の公表）\n第3条（知的財産権の帰属）\n第4条（秘密保持）\n"
    "第5条（輸出管理）\n第6条（契約の解除）\n第7条（準拠法及び管轄）\n",
], ids=["en", "ja"])
def test_an_outline_of_headings_alone_raises_no_clause_findings(engine: AnalyzerEngine, outline: str) -> None:
    result = engine.analyze(outline.encode("utf-8"), name="outline.txt")
    assert len([c for c in result.clauses if c.kind == "article"]) >= 7
    assert result.findings == ()


# Sentences of the kind commercial contracts hold (written for the tests after false alarms on the CUAD PDFs): each
# once raised a high finding for the indicator named, and none is that red flag.
COMMERCIAL = [
    ("FUN-04", "Tax Matters", "The Buyer intends to treat the merger as a tax-free reorganization, and each party "
                              "shall pay any bonuses it owes to its own staff."),
    ("FUN-04", "Employees", "The Seller shall bear any retention bonuses, salary increases or other changes agreed by "
                            "the parties before the Closing."),
    ("LAW-02", "Covenants", "The University will comply with all undertakings contained in the registration statement "
                            "and with the Securities Act and the regulations of the authorities."),
    ("DAT-04", "Research Data and Reports", "The Partner shall provide the University with all data and each "
                                            "inspection report received from the FDA, together with any response the "
                                            "Partner provided to the regulatory authority."),
    ("EXP-01", "Export", "Notwithstanding the foregoing list, the Partner is not relieved from its obligations to comply "
                         "with the export control laws, as amended from time to time."),
    ("COI-01", "Other Agreements", "The Company does not want any confidential information relating to any former "
                                   "employer of the Consultant, and the Consultant shall not disclose such information "
                                   "to the Company."),
    # and of the kind non-disclosure agreements hold (after false alarms on ContractNLI's NDAs)
    ("CON-01", "Representatives", "The Partner shall advise its representatives who receive Confidential Information "
                                  "of the existence and terms of this Agreement and of their obligations of "
                                  "confidentiality."),
    ("EXP-02", "Export Control", "Each Party shall comply with the export control laws to ensure that no data is "
                                 "exported in violation of them or used for any purposes prohibited by them, including "
                                 "weapons development."),
    ("IP-01", "Ownership", "All Confidential Information shall remain the exclusive property of the Partner unless sold "
                           "by the Partner to a third party."),
    ("DAT-04", "Compelled Disclosure", "If the Partner is ordered to disclose the data pursuant to a judicial or "
                                       "governmental request, the Partner may provide the data to the authorities."),
    # and of the kind a blind set of agreements written for us held (false alarms before the fix)
    ("PUB-01", "Publication", "The University and its researchers shall be free to publish the Research Results. The "
                              "University shall submit any proposed publication to the Partner at least thirty (30) "
                              "days before submission for publication."),
    ("IP-05", "Deliverables", "The University shall deliver the prototypes within fourteen (14) days of the request, "
                              "and the University hereby waives any right to withhold delivery for reasons of "
                              "convenience."),
    ("CON-01", "Confidentiality", "Each party will treat the other party's data as confidential, and will not disclose "
                                  "it except as permitted by this Agreement or as required by law."),
    ("LAW-02", "Compliance with Laws", "In carrying out the exchanges, the University and the Partner shall comply with "
                                       "the laws and regulations on security export control and other applicable laws "
                                       "of their respective countries."),
    ("EXP-01", "Governing Law", "This Agreement shall be governed by the laws of England and Wales, without prejudice to "
                                "the mandatory public law, including export control law, that applies to each Party."),
    ("CON-01", "Disclosure of this Agreement", "Either Party may disclose the existence and terms of this Agreement to "
                                               "its funders, to government authorities and to its audit bodies."),
    ("PUB-03", "Publication", "The Partner shall have no right to require any change to the data, analysis or "
                              "conclusions of a\npublication."),
    ("IP-01", "Results", "The Results, and any intellectual property rights in them, shall belong to the University."),
    ("TRM-04", "Survival", "Articles 7 and 8 shall survive the expiry or termination of this Agreement for a period of "
                           "five (5) years."),
    ("TRM-01", "Term", "12.3 Articles 6, 7, 8, 9.1 and 11 survive expiry or termination of this Agreement."),
    ("EXP-01", "Export Control", "Each party shall comply with the export control laws applicable to it. The University "
                                 "shall not be obliged to ship the Material until any required export licence or "
                                 "permit has been obtained."),
    ("IP-01", "No Licence", "Nothing in this Agreement grants the University any licence or right in any patent or "
                            "other intellectual property of the Partner."),
    ("FUN-04", "Independent Contractor", "Nothing in this Agreement creates any appointment, title, honorarium or "
                                         "personal payment for any researcher of the University."),
    ("PER-04", "Visits", "Any visit by the Partner's investigator or students shall be arranged in advance and shall be "
                         "subject to the University's visitor, safety and export-control policies."),
    ("DAT-03", "De-identification", "Direct identifiers, including names, addresses and dates of birth, shall be "
                                    "removed by the University before any transfer to the Partner."),
    # and of the kind the CUAD PDFs hold (assignment of contracts, negated transfers, licensed or tangible property)
    ("IP-01", "Assignment of Contracts", "The University shall assign to the Partner all of the University's right, "
                                         "title and interest in the Transferred Contracts."),
    ("IP-01", "Ownership", "No title to or ownership of such proprietary rights is transferred to the Partner under "
                           "this Agreement."),
    ("IP-01", "No Implied Rights", "All right, title and interest in and to all Licensed Partner IP shall be owned by "
                                   "the Partner, except for the licence granted in Section 3.1."),
    ("IP-01", "Transition", "At the University's request, the Partner shall sell to the University some or all of the "
                            "items of equipment owned by the Partner."),
    ("COI-01", "Definitions", '"Partner IP Contracts" means the contracts listed in Schedule 2; provided that Partner IP '
                              "Contracts shall not include any contract that is to be retained by the University."),
    ("IP-06", "Delayed Transfers", "The University shall hold any delayed asset for the use and benefit of the member of "
                                   "the Partner Group entitled to it."),
    # and of the kind blind sets 45-52 held in benign agreements
    ("FUN-04", "Compliance", "No fee or benefit under this Agreement is paid to any member of the University's staff "
                             "personally."),
    ("FUN-04", "Research Funding", "The Research Funds shall not be used to pay any salary, allowance or honorarium to "
                                   "the Principal Investigator personally."),
]


@pytest.mark.parametrize(("indicator", "heading", "text"), COMMERCIAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(COMMERCIAL)])
def test_ordinary_commercial_wording_is_not_taken_for_the_red_flag(engine: AnalyzerEngine, indicator: str,
                                                                  heading: str, text: str) -> None:
    document = ('AGREEMENT\nThis Agreement is made between Hokuto University (the "University") and Kestrel Labs Inc. '
                f'(the "Partner").\nArticle 1 {heading}\n{text}\n')
    result = engine.analyze(document.encode("utf-8"), name="commercial.txt")
    assert result.document.ok
    assert indicator not in {f.indicator for f in result.findings}


EN_BEFORE = "AGREEMENT\n1. Purpose\nThe Parties shall cooperate in the Research.\n"
JA_BEFORE = "共同研究契約書\n第1条（目的）\n甲及び乙は、本研究の実施に協力する。\n"


@pytest.mark.parametrize(("document", "number", "statement"), [
    (EN_BEFORE + "2. Termination\n3. Venue\n", "2.", False),
    (EN_BEFORE + "2. Term and Termination\n   * Term\n   * Termination\n   * Disposal of Licensed Material\n3. Venue\n",
     "2.", False),
    (JA_BEFORE + "第2条（秘密保持）\n第3条（準拠法）\n", "第2条", False),
    (JA_BEFORE + "第2条（例外）\n次の情報は、秘密情報に含まない。\n１　開示時に既に公知であった情報\n２　乙が独自に開発した情報\n",
     "２", False),
    (EN_BEFORE + "2. Termination. Either Party may terminate this Agreement on ninety days' notice.\n", "2.", True),
    (JA_BEFORE + "第2条（秘密保持）乙は、秘密情報を第三者に開示してはならない。\n", "第2条", True),
], ids=["en-heading", "en-bullets", "ja-heading", "ja-list-item", "en-sentence", "ja-sentence"])
def test_a_heading_or_list_fragment_is_not_a_statement_a_model_finding_could_rest_on(
        document: str, number: str, statement: bool) -> None:
    from analyzer.findings.stage import _is_statement

    result = AnalyzerEngine(stages=[]).analyze(document.encode("utf-8"), name="fragment.txt")
    clause = next(c for c in result.clauses if c.number == number)
    assert _is_statement(clause) is statement


@pytest.mark.parametrize(("lead_in", "prohibits"), [
    ("2.2 The Recipient shall not:", True),
    ("The Sponsor shall not, without the University's prior written consent:", True),
    # set 1470: a ban on the recipient and on the staff it answers for
    ("5.2 Recipient shall not, and shall ensure that its Authorized Personnel do not:", True),
    ("No Party and no Approved User shall:", True),
    ("5.2 Recipient shall, and shall ensure that its Authorized Personnel do:", False),
    ("The Sponsor may disclose Confidential Information:", False),
])
def test_a_lead_in_that_bans_what_its_items_say_is_told_from_one_that_allows_it(lead_in: str, prohibits: bool) -> None:
    from analyzer.findings.stage import _PROHIBITION_LEAD_IN

    assert bool(_PROHIBITION_LEAD_IN.search(lead_in)) is prohibits


def test_a_heading_listed_in_the_table_of_contents_is_not_taken_for_the_clause(engine: AnalyzerEngine) -> None:
    articles = [
        ("DEFINITIONS", 'In this Agreement, "Results" means the results of the Research.'),
        ("RESEARCH PLAN", "The Parties shall carry out the Research as described in the Research Plan."),
        ("TERM", "This Agreement remains in force for three years from the Effective Date."),
        ("LIQUIDATED DAMAGES ON TERMINATION", "If the University terminates this Agreement early, it shall pay the "
                                              "Partner liquidated damages of JPY 10,000,000."),
        ("NOTICES", "Notices shall be given in writing to the addresses set out above."),
        ("GOVERNING LAW", "This Agreement is governed by the laws of Japan."),
    ]
    toc = "\n".join(f"{i}.0 {title} {2 * i + 1}" for i, (title, _) in enumerate(articles, 1))
    body = "\n".join(f"{i}.0 {title}\n{text}" for i, (title, text) in enumerate(articles, 1))
    document = (f"RESEARCH COLLABORATION AGREEMENT\nTABLE OF CONTENTS\n{toc}\n"
                'This Agreement is made between Hokuto University (the "University") and Kestrel Labs Inc. '
                f'(the "Partner").\n{body}\n')
    result = engine.analyze(document.encode("utf-8"), name="toc.txt")
    penalties = [f for f in result.findings if f.indicator == "TRM-04"]
    assert penalties, "the clause itself is still found"
    assert all("liquidated damages of JPY" in f.evidence for f in penalties)


# A safeguard stated in another paragraph of the same article tempers a rule finding (one severity level lower, said
# in the explanation); without it the finding keeps its severity.
DATA_ARTICLE = ("DATA SHARING AGREEMENT\nThis Agreement is made between Hokuto University (the \"University\") and "
                "the Kestrel Institute (the \"Partner\").\n1. Purpose\nThe parties will study the genetics of diabetes.\n"
                "2. Data to be Shared\n2.1 The University will provide the Partner with genotype data and clinical "
                "variables for 4,800 participants of its cohort.\n2.2 The Partner will provide imputed genotype data "
                "for its registry participants.\n")


@pytest.mark.parametrize(("safeguard", "severity"), [
    ("2.3 Before transfer, the University will remove direct identifiers and replace them with study codes.\n",
     "medium"),
    ("2.3 Each party will name a data custodian for the transfer.\n", "high"),
], ids=["safeguard-in-a-sibling-paragraph", "no-safeguard"])
def test_a_safeguard_in_another_paragraph_of_the_article_lowers_the_finding_one_level(
        engine: AnalyzerEngine, safeguard: str, severity: str) -> None:
    result = engine.analyze((DATA_ARTICLE + safeguard + "3. Term\nThis Agreement lasts two years.\n").encode(),
                            name="dsa.txt")
    finding = next(f for f in result.findings if f.indicator == "DAT-03")
    assert finding.severity == severity
    assert ("another paragraph of the same article" in finding.explanation) is (severity == "medium")


# set 692: an NDA keeps its terms secret in one paragraph and lets us tell the ministry and funders in the next
@pytest.mark.parametrize(("second", "severity"), [
    ("２　前項の規定にかかわらず、甲は、本契約の締結の事実及び乙の名称を、文部科学省その他の所管官庁及び資金配分機関に対し、開示することができる。\n",
     "medium"),
    ("２　甲及び乙は、本契約の写しを各自保管する。\n", "high"),
], ids=["ministry-and-funders-may-be-told", "nothing-may-be-told"])
def test_an_agreement_kept_secret_is_tempered_by_a_later_paragraph_that_lets_us_tell_funders(
        engine: AnalyzerEngine, second: str, severity: str) -> None:
    document = ("秘密保持契約書\n北辰大学（以下「甲」という。）とフォルケ社（以下「乙」という。）は、次のとおり契約する。\n"
                "第13条（本契約の内容の取扱い）\n甲及び乙は、相手方の書面による事前の承諾なく、本契約の内容を第三者に開示しないものとする。\n"
                + second + "第14条（有効期間）\n本契約の有効期間は２年間とする。\n")
    result = engine.analyze(document.encode("utf-8"), name="nda.txt")
    assert [f.severity for f in result.findings if f.indicator == "CON-01"] == [severity]


@pytest.mark.parametrize(("text", "raised"), [
    ("甲は、氏名及び生年月日を含む提供データを、これらの記述等を削除し又は置き換えることなく乙に提供するものとし、外国にある第三者への"
     "提供に係る同意を改めて取得することを要しないものとする。", True),
    ("甲は、氏名及び生年月日を削除した提供データを乙に提供する。", False),
], ids=["identifiers-kept-consent-not-required", "identifiers-deleted"])
def test_a_negated_safeguard_is_not_read_as_the_safeguard(engine: AnalyzerEngine, text: str, raised: bool) -> None:
    document = f"データ提供契約書\n第5条（個人情報の取扱い）\n{text}\n"
    result = engine.analyze(document.encode("utf-8"), name="data.txt")
    assert ("DAT-03" in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("exchange", "added", "missing"), [
    ("第2条（交流の内容）\n両大学は、研究者の交流及び技術情報並びに研究試料の交換を行う。\n", "", True),
    ("第2条（交流の内容）\n両大学は、学生の交流及び学術刊行物の交換を行う。\n", "", True),
    ("第2条（交流の内容）\n両大学は、学生の交流及び学術刊行物の交換を行う。\n",
     "第4条（法令の遵守）\n両大学は、外国為替及び外国貿易法その他の輸出管理に関する法令を遵守する。\n", False),
], ids=["technology-exchanged", "students-and-publications-only", "with-an-export-control-article"])
def test_an_mou_needs_an_export_control_clause(engine: AnalyzerEngine, exchange: str, added: str,
                                               missing: bool) -> None:
    # every blind answer key written from the taxonomy expects it of an MoU, whatever the MoU exchanges
    document = ("学術交流協定書\n第1条（目的）\n両大学は、学術交流を推進する。\n" + exchange
                + "第3条（有効期間）\n本協定の有効期間は5年とし、いずれの大学も6か月前の通知により終了できる。\n" + added)
    result = engine.analyze(document.encode("utf-8"), name="mou.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert ("EXPORT_CONTROL" in absent) is missing


JA_PARTIES = "研究員受入れ契約書\n北斗大学（以下「甲」という。）とノルデン社（以下「乙」という。）は、次のとおり契約する。\n"


@pytest.mark.parametrize(("article", "indicator", "raised"), [
    ("第3条（受入れ）\n甲は、乙が派遣する研究者を、甲による選考を経ることなく受け入れ、甲の研究室を利用させるものとする。\n",
     "PER-03", True),
    ("第3条（受入れ）\n甲は、乙が派遣する研究者を、甲による選考を経て受け入れ、甲の研究室を利用させるものとする。\n",
     "PER-03", False),
    ("第5条（研究経費の原資）\n乙は、研究経費が乙の自己資金であることを表明し、保証する。\n２　乙は、前項の表明に変更が生じたときは、"
     "直ちに当該第三者の名称及び提供された資金の額を甲に開示するものとする。\n", "TRA-01", False),
], ids=["ja-admitted-without-selection", "ja-admitted-after-selection", "ja-third-party-named-to-us"])
def test_a_waived_check_is_not_read_as_the_check(engine: AnalyzerEngine, article: str, indicator: str,
                                                 raised: bool) -> None:
    result = engine.analyze((JA_PARTIES + article).encode("utf-8"), name="ukeire.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


def test_a_visitors_own_results_with_ours_kept_by_us_raise_no_high_ip_finding(engine: AnalyzerEngine) -> None:
    article = ("第10条（知的財産権の帰属）\n受入研究員が本研究の結果単独でなした研究成果に係る知的財産権は、乙に帰属するものとする。\n"
               "２　受入研究員が甲の教職員と共同でなした研究成果に係る知的財産権は、甲乙の共有とし、その持分は貢献度に応じて定める。\n"
               "３　甲の教職員が単独でなした研究成果に係る知的財産権は、甲に帰属するものとする。\n")
    result = engine.analyze((JA_PARTIES + article).encode("utf-8"), name="ukeire.txt")
    assert not [f for f in result.findings if f.indicator == "IP-01" and f.severity == "high"]


def test_an_export_control_waiver_is_not_an_export_control_clause(engine: AnalyzerEngine) -> None:
    document = ("共同研究契約書\n第1条（目的）\n甲及び乙は、共同研究を実施する。\n第2条（試料の提供）\n甲は、技術資料及び試料を、"
                "該非判定その他の輸出管理上の事前審査を経ることなく、乙の海外拠点に提供するものとする。\n")
    result = engine.analyze(document.encode("utf-8"), name="kyodo.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert "EXPORT_CONTROL" in absent


@pytest.mark.parametrize(("article", "indicator", "raised"), [
    ("第16条（法令等の遵守）\n甲の研究担当者は、乙の社内規程及び乙が別途通知する行動指針に従うものとし、これらが甲の規程と抵触する場合には、"
     "乙の社内規程及び行動指針が優先するものとする。\n", "CMP-01", True),
    ("第15条（輸出管理）\n甲及び乙は、本共同研究の実施に当たり、日本国の外国為替及び外国貿易法、シンガポール共和国の戦略物資（管理）法その他の"
     "輸出管理に関する法令を遵守するものとする。\n", "LAW-02", False),
    ("第11条（有効期間）\n本契約の有効期間は2年とする。\n２　前項の規定にかかわらず、第4条及び第8条の規定は、本契約の終了後も2年間、"
     "なお効力を有する。\n", "TRM-04", False),
], ids=["ja-partner-rules-prevail", "ja-each-keeps-export-law", "ja-survival-for-two-years"])
def test_japanese_compliance_and_survival_wording(engine: AnalyzerEngine, article: str, indicator: str,
                                                  raised: bool) -> None:
    result = engine.analyze((JA_PARTIES.replace("研究員受入れ契約書", "共同研究契約書") + article).encode("utf-8"),
                            name="kyodo.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("text", "sentences"), [
    ("The Sponsor shall have no right to require any change to the conclusions of a\npublication.", 1),
    ("第1条（目的）\n本契約は、甲及び乙が共同で実施する研究について定める。", 2),
    ("甲及び乙は、本共同研究の実施に当たり、日本国の外国為替及び外国貿易法、シンガポール共和国の\n戦略物資法を遵守する。\n２　乙は、通知する。", 2),
    ("Article 2 Term\nThis Agreement lasts two years.", 2),
    ("(a) the Data;\n(b) the Results.", 2),
    ("３ 乙から甲に派遣された研究学生が甲の研究室において取得した実験データその他の研究デー\nタは、乙が運営するデータ基盤に登録する。", 1),
    ("研究成果（甲の単独に係るものを含む。）の事業化の方針は乙が決定する。甲は、これに従う。", 2),
    ("５ 本条の規定は、本契約の終了後も3年間効力を有する。ただし、前項に定める情報について\nは、公開に同意するまでの間、効力を有する。", 2),
    ("２ 前項の規定にかかわらず、乙が有する独占的な実施の権利及び第\n17条に定める乙の同意権は、期間の定めなく存続する。", 1),
], ids=["en-line-wrapped-in-a-sentence", "ja-heading-line", "ja-line-wrapped-in-a-sentence", "en-heading-line",
        "en-items", "ja-line-wrapped-after-a-long-vowel-mark", "ja-a-full-stop-inside-brackets",
        "ja-a-short-second-sentence-on-a-long-printed-line", "ja-an-article-number-broken-from-its-dai"])
def test_a_line_break_inside_a_sentence_does_not_end_it(text: str, sentences: int) -> None:
    from analyzer.segment.sentences import sentence_spans

    assert len(sentence_spans(text)) == sentences


SPONSOR_FIRST = ("受託研究契約書\nノルデン海洋技術財団（以下「甲」という。）と国立大学法人白浜大学（以下「乙」という。）とは、"
                 "次のとおり契約する。\n")


@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (SPONSOR_FIRST + "第9条（研究成果の公表）\n乙は、本研究の成果を学術論文、学会発表等により公表することができる。\n", "PUB-01", False),
    (SPONSOR_FIRST + "第12条（他の研究活動の制限）\n乙の研究担当者は、この契約の終了後3年間、甲の書面による事前の同意なく、本研究と同一又は"
     "類似の分野において、第三者と共同研究を行ってはならない。\n", "PUB-04", True),
    (JA_PARTIES.replace("研究員受入れ契約書", "共同研究契約書") + "第9条（実施）\n３　乙が共有に係る発明について出願の日から三年を経過しても"
     "なお正当な理由なく実施しないときは、甲は、乙に通知の上、第三者に実施を許諾することができる。\n", "IP-05", False),
    ('VISITING RESEARCHER AGREEMENT\nThis Agreement is entered into by and among:\nHoshigaoka University, a national '
     'university corporation (the "Host");\nZarnovia Institute of Photonics (the "Sending Institution"); and\nDr. Ilya '
     'Petrenko (the "Visiting Researcher").\n1. Purpose\nThe Host receives the Visiting Researcher.\n2. Reports\n2.1 The '
     'Visiting Researcher shall submit to the Sending Institution a monthly report describing the research conducted '
     "in the Host's laboratory, including unpublished data.\n", "PER-04", True),
], ids=["ja-the-university-as-otsu-may-publish", "ja-no-similar-research-without-consent", "ja-we-license-unused-joint-ip",
        "en-visitor-reports-home"])
def test_the_party_that_acts_decides_the_finding(engine: AnalyzerEngine, document: str, indicator: str,
                                                 raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="roles.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


def test_a_definition_raises_no_model_finding(engine: AnalyzerEngine) -> None:
    document = ("共同研究契約書\n第1条（目的）\n甲及び乙は、共同研究を行う。\n第2条（定義）\n本契約において、次の各号に掲げる用語の意義は、"
                "当該各号に定めるところによる。\n一　研究成果　本研究により得られた発明、考案、意匠の創作、著作物、ノウハウ、研究データその他"
                "一切の技術的成果をいう。\n二　知的財産権　特許権、実用新案権その他の権利をいう。\n")
    result = engine.analyze(document.encode("utf-8"), name="kyodo.txt")
    definitions = {c.id for c in result.clauses if c.number in ("第2条", "一", "二")}
    assert not [f for f in result.findings if f.clause_id in definitions and f.source == "model"]


def test_files_leaving_an_analysis_environment_are_no_export_control_clause(engine: AnalyzerEngine) -> None:
    # blind set 191: a security table's "file export only via output checking" controls data, not exports
    document = (_EN_PREAMBLE + "Article 1 Confidentiality\n1.1 Each Party keeps the other's Confidential Information "
                "secret, except information that is public or required by law to be disclosed.\nArticle 2 Term\n2.1 "
                "Either Party may terminate this Agreement on 60 days' notice.\nArticle 3 Law\n3.1 This Agreement is "
                "governed by the laws of Japan.\nArticle 4 Publication\n4.1 Each Party may publish its results.\n"
                "ANNEX 2 SECURITY MEASURES\nStorage Analysis environment with no internet access; file export only via "
                "output checking.\nLogging Access and export logs retained for two years.\n")
    result = engine.analyze(document.encode("utf-8"), name="dsa.txt")
    assert "EXPORT_CONTROL" in {d.category for d in result.document_findings if d.kind == "missing_protection"}


@pytest.mark.parametrize("title", ["共同研究契約の一部を変更する覚書", "FIRST AMENDMENT TO RESEARCH AGREEMENT",
                                   "共同研究契約の一部変更等に関する覚書", "ACCESSION LETTER - Accession of a new Party"])
def test_an_amendment_is_not_judged_for_missing_protections(engine: AnalyzerEngine, title: str) -> None:
    document = (f"{title}\n第1条（契約期間の変更）\n原契約第12条に定める契約期間を2027年3月31日までに変更する。\n"
                "第2条（その他）\n本覚書に定めのない事項は、原契約の定めるところによる。\n")
    result = engine.analyze(document.encode("utf-8"), name="amendment.txt")
    assert not [d for d in result.document_findings if d.kind == "missing_protection"]


@pytest.mark.parametrize(("document", "indicator", "raised"), [
    ("学術交流及び共同研究に関する協定書\n東江理工大学（以下「甲方」という。）及び国立大学法人瀬戸内大学（以下「乙方」という。）は、次のとおり"
     "協定する。\n第十条　終了\n本協定の有効期間中、双方は、協議により一致した場合を除き、本協定を終了させることができない。\n", "TRM-01", True),
    ("共同研究契約書\n第9条（共有知的財産権の実施）\n乙は、共有知的財産権を、甲の同意を得ることなく自ら実施することができる。\n", "IP-05", False),
    ("共同研究契約書\n第12条（公表）\n４　相手方が前項の期間内に回答しないときは、公表に同意したものとみなす。\n", "PUB-01", False),
    ('CONSORTIUM AGREEMENT\n11. Publication\n11.1 If an objection has been raised, the publication shall not take place '
     'until the General Assembly, at its next ordinary meeting, has determined that the objection has been addressed.\n',
     "PUB-02", True),
    ('DATA TRANSFER AGREEMENT\nClause 1 - Purpose\nThe Provider transfers the Data for the Study.\nClause 2 - '
     'Confidentiality\n2.1 "Confidential Information" means the Data and any other '
     'non-public information disclosed under this Agreement, and includes the existence and terms of this Agreement.\n',
     "CON-01", True),
], ids=["ja-end-only-by-mutual-agreement", "ja-co-owner-practises-itself", "ja-deemed-consent-to-publish",
        "en-publication-waits-for-the-general-assembly", "en-agreement-itself-defined-as-confidential"])
def test_wording_from_the_fifth_blind_set(engine: AnalyzerEngine, document: str, indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind5.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


def test_confidentiality_exceptions_in_a_paragraph_of_their_own_count(engine: AnalyzerEngine) -> None:
    document = ("DATA TRANSFER AGREEMENT\nClause 1 - Purpose\nThe Provider transfers data to the Recipient for the Study.\n"
                "Clause 7 - Confidentiality\n7.1 Each Party shall keep the other Party's Confidential Information "
                "confidential.\n7.2 Clause 7.1 does not apply to information which is or becomes public other than "
                "through a breach of this Agreement.\n")
    result = engine.analyze(document.encode("utf-8"), name="dta.txt")
    labels = {d.details.get("label_en") for d in result.document_findings if d.kind == "missing_protection"}
    assert "Confidentiality without the usual exceptions" not in labels


@pytest.mark.parametrize(("document", "indicator", "raised"), [
    ('VISITING SCHOLAR AGREEMENT\nThis Agreement is made between Hokuto University (the "University") and the Kestrel '
     'Institute (the "Institute").\n1. Purpose\nThe University hosts scholars of the Institute.\n2. Admission\n2.1 The '
     'University shall accept the Visiting Scholars nominated by the Institute and shall grant each of them access to the '
     'host laboratory from the date of arrival.\n', "PER-03", True),
    ("共同研究契約書\n北斗大学（以下「甲」という。）とケストレル社（以下「乙」という。）は、次のとおり契約する。\n第4条（研究の実施）\n"
     "２　甲の研究担当者が乙の施設で本共同研究に従事する場合は、乙の規則に従うものとする。\n", "CMP-01", False),
], ids=["en-nominees-accepted-as-a-duty", "ja-rules-of-the-place-of-work"])
def test_wording_from_the_sixth_blind_set(engine: AnalyzerEngine, document: str, indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind6.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("article", "indicator"), [
    ("第13条（秘密保持）\n２　前項の規定にかかわらず、甲及び乙は、法令の規定に基づき開示を求められた場合又は監督官庁から報告を"
     "求められた場合には、必要な範囲で秘密情報を開示することができる。\n", "DAT-04"),
    ("第8条（行政機関への開示）\n乙は、法令に基づき裁判所又は行政機関から試料データの開示を命じられた場合を除き、試料データを開示しない。\n",
     "CON-03"),
    ("第13条（輸出管理）\n甲及び乙は、本契約に基づく技術の提供に当たり、外国為替及び外国貿易法その他の日本国の輸出管理に関する法令並びに"
     "ドイツ連邦共和国の関係法令を遵守する。\n", "LAW-02"),
    ("第6条（研究経費）\n３　甲及び乙は、本研究に関して第三者から資金の提供を受けようとするときは、あらかじめ当該第三者の名称及び資金の額を"
     "相手方に通知するものとする。\n", "TRA-01"),
    ("第10条（研究成果の公表）\n乙は、本研究の成果を学術論文、学会発表等により公表することができる。\n"
     "２　乙は、前項の公表を行うときは、公表予定日の三十日前までにその内容を甲に通知する。\n", "PUB-01"),
    ("第14条（解除）\n２　乙が研究経費を第5条に定める期限までに支払わないときは、甲は、本研究を中止し、又は本契約を解除することができる。\n",
     "TRM-01"),
], ids=["ja-both-may-disclose-when-the-law-requires", "ja-secrecy-except-when-a-court-orders",
        "ja-export-law-of-both-countries", "ja-third-party-funder-named-to-the-other-party", "ja-the-partner-may-publish",
        "ja-we-may-terminate-for-non-payment"])
def test_benign_wording_from_the_eighth_blind_set(engine: AnalyzerEngine, article: str, indicator: str) -> None:
    document = "共同研究契約書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、次のとおり契約する。\n" + article
    result = engine.analyze(document.encode("utf-8"), name="blind8.txt")
    assert indicator not in {f.indicator for f in result.findings}


def _raised(engine: AnalyzerEngine, document: str, name: str) -> set[str]:
    """The indicators of the medium and high findings on a document given as text."""
    result = engine.analyze(document.encode("utf-8"), name=name)
    return {f.indicator for f in result.findings if f.severity in ("high", "medium")}


_EN_PREAMBLE = ('RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation '
                '(the "University"), and Halvard Therapeutics Inc. ("Sponsor").\n')


@pytest.mark.parametrize(("article", "indicator", "raised"), [
    ("4. Funding\n4.1 Sponsor acknowledges that the University and its researchers may be required to report this "
     "Agreement, the identity of Sponsor and the amount of funding to government funding agencies, and consents to "
     "such reports.\n", "DAT-04", False),
    ("2. Research\n2.3 Sponsor shall have no right of access to the University's laboratories or information systems, "
     "except for visits arranged in advance with the Principal Investigator.\n", "REC-02", False),
    ("5. Contributions\n5.2 Neither Party shall pay any salary, fee or other personal benefit to a researcher employed "
     "by the other Party, save that a modest honorarium for an invited lecture may be paid with the approval of the "
     "researcher's employer.\n", "FUN-04", False),
    ("8. Requests by Authorities\n8.2 Sponsor shall disclose only the minimum part of the Data that it is legally "
     "required to disclose, and shall not disclose any Data to a government authority voluntarily.\n", "CON-03", False),
    ("9. Ownership\n9.3 Nothing in this Agreement transfers any right in the Sponsor Platform, which remains the "
     "property of Sponsor, or in any software of the University.\n", "IP-01", False),
    ("4. Consent\n4.2 The Data shall be transferred with patient names and dates of birth, and the Parties agree that "
     "the University shall not be required to obtain the consent of the data subjects to the transfer of their data "
     "to Sponsor.\n", "DAT-03", True),
], ids=["en-sponsor-accepts-our-reports-to-government", "en-sponsor-kept-out-of-our-laboratories",
        "en-no-personal-payments-either-way", "en-only-what-the-law-compels", "en-partner-keeps-its-own-platform",
        "en-consent-of-data-subjects-waived"])
def test_wording_from_the_seventh_blind_set(engine: AnalyzerEngine, article: str, indicator: str, raised: bool) -> None:
    result = engine.analyze((_EN_PREAMBLE + article).encode("utf-8"), name="blind7.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


def test_an_entry_of_a_list_of_names_raises_no_model_finding(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "1. Data\n1.1 Sponsor may use the Data for the Study.\n2. Term\n2.1 This Agreement "
                "ends on 31 March 2027.\nIN WITNESS WHEREOF the Parties have signed this Agreement.\n"
                "ANNEX I - PARTICIPATING HOSPITALS\n"
                "1. Sint-Maarten University Hospital, Lierveld, Belgium (coordinating hospital);\n"
                "2. Nordvik Regional Hospital, Bergen, Norway (patient records);\n")
    result = engine.analyze(document.encode("utf-8"), name="annex.txt")
    entries = {c.id for c in result.clauses if "Hospital," in c.text and c.kind != "annex"}
    assert entries
    assert not [f for f in result.findings if f.clause_id in entries and f.source == "model"]


@pytest.mark.parametrize(("definition", "raised"), [
    ('"Authorised Users" means the employees of Sponsor engaged in the Project, together with personnel of any '
     'Affiliate and of any collaborating institution, in any jurisdiction, with which Sponsor has a research '
     'arrangement;', True),
    ('"Authorised Users" means the employees of Sponsor engaged in the Project and listed in Schedule 2;', False),
    ('"Authorised Users" means the employees of Sponsor and of any Affiliate approved in writing by the University;',
     False),
], ids=["en-users-reach-any-institution-anywhere", "en-users-listed-in-a-schedule", "en-users-approved-by-us"])
def test_a_definition_of_users_that_reaches_anyone_anywhere_is_onward_transfer(engine: AnalyzerEngine, definition: str,
                                                                             raised: bool) -> None:
    document = (_EN_PREAMBLE + "1. Definitions\n1.1 In this Agreement:\n\"Data\" means the data listed in Schedule 1;\n"
                + definition + "\n\"Project\" means the study in Schedule 3, for which the University's prior written "
                "consent is required to any change;\n2. Use of the Data\n2.1 Sponsor shall not make the Data available to "
                "any person other than Authorised Users.\n")
    result = engine.analyze(document.encode("utf-8"), name="dta.txt")
    assert ("EXP-05" in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("definition", "raised"), [
    ("「利用者」とは、乙の研究者及び国又は地域を問わず乙が指定する共同研究機関の研究者をいう。", True),
    ("「利用者」とは、乙の研究者のうち別表に記載された者をいう。", False),
], ids=["ja-users-designated-by-the-partner-anywhere", "ja-users-listed-in-a-table"])
def test_a_japanese_definition_of_users_that_reaches_anyone_anywhere_is_onward_transfer(
        engine: AnalyzerEngine, definition: str, raised: bool) -> None:
    document = ("データ提供契約書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、次のとおり契約する。\n"
                "第1条（定義）\n本契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
                "（１）「提供データ」とは、別紙に記載するデータをいう。\n（２）" + definition + "\n"
                "第2条（利用）\n乙は、提供データを利用者以外の者に利用させてはならない。\n")
    result = engine.analyze(document.encode("utf-8"), name="data.txt")
    assert ("EXP-05" in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("document", "raised"), [
    ("共同研究契約書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、次のとおり契約する。\n第6条（施設の利用）\n"
     "乙の研究員は、甲に事前に通知することにより、甲の実験室及び計算機システムを利用することができる。\n"
     "２　甲の研究員が乙の研究施設を利用することについては、乙がその必要を認めた場合に限り許可するものとする。\n", True),
    ("共同研究契約書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、次のとおり契約する。\n第6条（施設の利用）\n"
     "乙の研究員は、甲に事前に通知することにより、甲の実験室及び計算機システムを利用することができる。\n"
     "２　甲の研究員は、乙に事前に通知することにより、同等の条件で乙の研究施設を利用することができる。\n", False),
    (_EN_PREAMBLE + "1. Facilities\n1.1 Sponsor's researchers may have access to the University's laboratories and "
     "computing systems on prior notice.\n1.2 Access by the University's researchers to Sponsor's facilities shall be "
     "granted only where Sponsor considers it necessary.\n", True),
    (_EN_PREAMBLE + "1. Facilities\n1.1 Sponsor's researchers may have access to the University's laboratories and "
     "computing systems on prior notice.\n1.2 The University's researchers may have access to Sponsor's facilities "
     "on the same terms.\n", False),
], ids=["ja-ours-at-the-partners-will-in-the-next-paragraph", "ja-the-same-terms-both-ways",
        "en-ours-only-where-the-partner-considers-it-necessary", "en-the-same-terms-both-ways"])
def test_one_way_access_is_found_across_the_paragraphs_of_an_article(engine: AnalyzerEngine, document: str,
                                                                     raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="access.txt")
    # the reciprocal article may still draw a low note from the model on its one-way paragraph; nothing above
    assert ("REC-02" in {f.indicator for f in result.findings if f.severity != "low"}) is raised


_JA_PREAMBLE = "共同研究契約書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、次のとおり契約する。\n"


# benign clauses near the red flags, after the ninth and tenth blind sets (each raised a finding before)
@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "1. Funding\n1.1 Sponsor represents that the funds paid under this Agreement are its own funds and are "
     "not provided on behalf of, or with money received from, any government, governmental agency, military or defense "
     "organization.\n", "FUN-01"),
    (_EN_PREAMBLE + "1. Export\n1.1 Sponsor confirms that it does not intend to use the Results for any military end use "
     "or for weapons of mass destruction.\n", "EXP-02"),
    (_EN_PREAMBLE + "1. Patents\n1.1 The University shall have the first right to prepare, file and prosecute patent "
     "applications on University Inventions at its discretion, except that Sponsor shall bear the patent costs of an "
     "optioned invention.\n", "IP-03"),
    (_EN_PREAMBLE + "1. Visits\n1.1 Sponsor shall not pay any salary, honorarium or allowance to a visiting researcher."
     "\n", "FUN-04"),
    (_EN_PREAMBLE + "1. Visits\n1.1 A visiting researcher shall not take any samples or controlled technology out of "
     "Japan without the prior written approval of the University's export control office.\n", "EXP-01"),
    (_EN_PREAMBLE + "1. Term\n1.1 The University or Sponsor may terminate this Agreement on thirty (30) days' notice.\n",
     "TRM-01"),
    (_EN_PREAMBLE + "1. Disputes\n1.1 Any dispute shall be submitted to the exclusive jurisdiction of the Kochi District "
     "Court.\n", "LAW-01"),
    (_JA_PREAMBLE + "第3条（研究員の派遣）\n２　乙は、乙又は親会社の従業員を、研究員として甲に派遣することができる。\n", "PER-01"),
    (_JA_PREAMBLE + "第3条（報酬）\n乙は、甲の研究担当者に対し、旅費以外の報酬を支払わず、また役職を付与しない。\n", "FUN-04"),
    (_JA_PREAMBLE + "第13条（規程）\n２　乙の行動規範は、乙の役員及び従業員に適用されるものであり、甲及び甲の研究担当者は、甲の定める規程に"
     "従う。\n", "CMP-01"),
    (_JA_PREAMBLE + "第4条（研究経費）\n４　乙は、研究経費が乙の自己資金であり、外国政府、軍又は国防関係機関からの資金の拠出を受けたもの"
     "ではないことを表明し、保証する。\n", "EXP-03"),
    (_JA_PREAMBLE + "第12条（輸出管理）\n５　乙は、本研究の成果を軍事目的に使用せず、また第三者に使用させないことを表明する。\n",
     "TRA-01"),
    (_JA_PREAMBLE + "第9条（公表）\n３　乙は、前項に定める場合を除き、公表の内容又は結論について変更を求め、又は公表の時期を遅らせることを"
     "求めることはできない。\n", "PUB-03"),
    (_JA_PREAMBLE + "第3条（研究の実施）\n乙は、本研究の実施について助言することができるが、研究の方向性、結論又は研究担当者の人選を"
     "指示しない。\n", "FUN-06"),
    (_JA_PREAMBLE + "第10条（秘密保持）\n３　甲又は乙は、法令により秘密情報の開示を義務付けられた場合は、必要最小限の範囲で開示する"
     "ことができる。甲が情報の公開に関する法律に基づき開示を求められた場合も、同様とする。\n", "CON-03"),
    (_JA_PREAMBLE + "第12条（秘密保持）\n３　本契約の締結の事実及び概要は秘密情報に該当せず、甲及び乙は、これを各自の\n所属機関、"
     "資金配分機関及び監督官庁に報告し、又は公表するこ\nとができる。\n", "DAT-04"),
], ids=["en-funds-not-from-any-military", "en-no-intent-of-military-use", "en-we-file-first",
        "en-no-salary-to-visitors", "en-nothing-leaves-without-our-export-office", "en-either-of-us-may-terminate",
        "en-a-japanese-district-court", "ja-the-partner-posts-its-staff-to-us", "ja-no-pay-and-no-title",
        "ja-their-code-for-their-staff", "ja-no-military-money-warranted", "ja-no-military-use-by-anyone",
        "ja-no-changes-to-conclusions", "ja-advice-but-no-direction", "ja-freedom-of-information-too",
        "ja-reported-to-our-funders-across-pdf-line-wraps"])
def test_benign_wording_from_the_ninth_and_tenth_blind_sets(engine: AnalyzerEngine, document: str,
                                                           indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind9.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity != "low"}


@pytest.mark.parametrize(("document", "indicator"), [
    ('CONSORTIUM AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation '
     '(the "University"), and Nordlys Institute (the "Coordinator").\n1. Definitions\n1.1 In this Agreement:\n'
     '"Permitted Recipient" means, in relation to the Coordinator: (a) its employees; and (b) any public authority '
     'entitled under the laws of its country to request information from it.\n2. Confidentiality\n2.1 The Coordinator '
     'may disclose Confidential Information and Consortium Data to its Permitted Recipients on a need-to-know basis.\n',
     "DAT-04"),
    (_JA_PREAMBLE + "第2条（定義）\n（１）「研究担当者」とは、甲の教職員及び乙が本研究のために指名し、甲に通知した者をいう。\n"
     "第3条（施設の利用）\n甲は、研究担当者に対し、本研究に必要な範囲で、甲の実験室及び学内情報ネットワークへの立入り及び利用を"
     "認めるものとする。\n", "PER-03"),
], ids=["en-permitted-recipients-include-an-authority", "ja-researchers-include-the-partners-nominees"])
def test_a_risk_carried_by_a_definition_is_found_where_the_term_is_used(engine: AnalyzerEngine, document: str,
                                                                        indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="subtle.txt")
    found = [f for f in result.findings if f.indicator == indicator]
    assert found
    assert all(result.article(f.clause_id).kind != "definitions" for f in found)
    assert all(result.document.text[f.start:f.end] == f.evidence for f in found)


def test_one_way_access_at_the_partners_discretion_in_one_sentence(engine: AnalyzerEngine) -> None:
    document = (_JA_PREAMBLE + "第5条（施設の利用）\n乙の研究者は、交流期間中、甲の実験室及び学内情報ネットワークを利用することが"
                "できる。甲の研究者が乙を訪問する場合には、乙は、乙が適当と認める範囲において、講義への参加を認める。\n")
    result = engine.analyze(document.encode("utf-8"), name="mou.txt")
    assert "REC-02" in {f.indicator for f in result.findings}


@pytest.mark.parametrize(("text", "joined"), [
    ("甲及び乙は、これを各自の\n所属機関に報告し、又は公表するこ\nとができる。", "〈H〉及び〈P〉は、これを各自の所属機関に報告し、又は公表することができる。"),
    ("第5条（公表）\n甲は、成果を公表する。", "第5条(公表)\n〈H〉は、成果を公表する。"),
    ("第5条 公表\n甲は、成果を公表する。", "第5条 公表\n〈H〉は、成果を公表する。"),
    # a full line of a PDF page broken inside a word
    ("３　乙は、前項の通知を受けた日から30日以内に限り、公表予定の内容に含まれる乙の秘密情\n報の削除を求めることができる。",
     "3 〈P〉は、前項の通知を受けた日から30日以内に限り、公表予定の内容に含まれる〈P〉の秘密情報の削除を求めることができる。"),
    # an item that opens the next line keeps its break
    ("乙は、次の各号に掲げる事項を甲に通知し、甲の承認を得るものとする。研究計画書\n二　研究体制", "〈P〉は、次の各号に掲げる事項を〈H〉に通知し、〈H〉の承認を得るものとする。研究計画書\n二 研究体制"),
], ids=["a-pdf-line-wrap-inside-a-sentence", "a-heading-in-brackets", "a-heading-ending-in-kanji",
        "a-pdf-line-wrap-inside-a-word", "an-item-on-the-next-line"])
def test_japanese_lines_wrapped_inside_a_sentence_are_read_whole(text: str, joined: str) -> None:
    from analyzer.findings.textmap import map_text

    mapped = map_text(text, {"甲": "HOME", "乙": "PARTNER"}, "ja")
    assert mapped.text == joined
    start = mapped.text.index("公表") if "公表" in mapped.text else mapped.text.index("研究")
    a, b = mapped.span(start, start + 2)
    assert text[a:b] == mapped.text[start:start + 2].replace("〈", "")


@pytest.mark.parametrize(("text", "read_on"), [
    ("3. Records and research outputs concerning students hosted by either Party shall be made available to\nthe "
     "competent authorities upon their request.", True),
    ("Article 8 Security\n8.2 Each party shall notify the other of any incident.", False),
    ("ARTICLE 4 LIQUIDATED DAMAGES ON TERMINATION\nIf either party terminates early, it shall pay.", False),
    ("Each Party may disclose Confidential Information to the following persons:\n(a) its employees", False),
    ("Each Party may disclose Confidential Information to the persons listed below, namely\n(a) its employees",
     False),
    ("and shall report to the Ethics Committee and competent authorities as required by\nlaw. The Sponsor shall inform "
     "the University.", True),
    ("Each Party may disclose Confidential Information to the persons listed below, namely\niv. its advisers", False),
], ids=["a-pdf-line-wrap-inside-a-sentence", "a-heading-line", "a-long-heading-line", "a-lead-in", "an-item-line",
        "a-sentences-last-word-is-no-item", "a-roman-numbered-item-line"])
def test_english_lines_wrapped_inside_a_sentence_are_read_whole(text: str, read_on: bool) -> None:
    from analyzer.findings.textmap import map_text

    mapped = map_text(text, {}, "en", roles=False)
    assert len(mapped.text) == len(text), "a wrap read as a space keeps every offset"
    assert mapped.text[text.index("\n")] == (" " if read_on else "\n")


def test_a_line_that_ends_with_a_party_name_runs_on_into_the_next() -> None:
    from analyzer.findings.textmap import map_text

    # set 288: "... and the System\nshall be responsible ...": the line break after a name read as a role is a wrap
    text = ("25.4 Each Participating Institution shall perform its part of a Project through the System, and the System"
            "\nshall be responsible for the performance of each Participating Institution.")
    mapped = map_text(text, {"System": "PARTNER"}, "en")
    assert "〈P〉 shall be responsible" in mapped.text


def test_a_the_before_a_party_name_on_the_line_above_is_read_with_it() -> None:
    from analyzer.findings.textmap import map_text

    # set 1646: a letter's "... shall belong exclusively to the\nCompany", wrapped by the PDF between the two
    text = ("7.1 Any invention made by the Visitor in the course of the Visit shall belong exclusively to the\n"
            "Company, and the University shall procure that its staff sign any documents.")
    mapped = map_text(text, {"Company": "PARTNER", "University": "HOME"}, "en")
    assert "exclusively to 〈P〉, and 〈H〉 shall" in mapped.text


def test_the_indent_of_a_hard_wrapped_plain_text_line_is_read_as_one_space() -> None:
    from analyzer.findings.textmap import map_text

    # set 273: a licence wrapped at 76 columns, each continuation indented under its clause number
    text = ("16.2 The University shall comply with the Foreign Exchange\n     and Foreign Trade Act of Japan when "
            "providing the Software.")
    mapped = map_text(text, {}, "en", roles=False)
    assert "the foreign exchange and foreign trade act of japan" in mapped.text
    start = mapped.text.index("and foreign")
    a, b = mapped.span(start, start + len("and foreign"))
    assert text[a:b] == "and Foreign", "the cut spaces leave every other offset where it was"


@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_JA_PREAMBLE + "第7条（研究経費の財源）\n２　前項の提携先の名称、所在地及び拠出の条件は、乙と当該提携先との間の取決めに従って"
     "取り扱われるものとし、甲は、これらの事項の開示を乙に求めないものとする。\n", "FUN-03", True),
    (_EN_PREAMBLE + "1. Appointment\n1.1 The terms of the appointment shall be treated as confidential and shall not be "
     "communicated to any other person or body, including any office of the University, save with Sponsor's prior "
     "written agreement.\n", "COI-01", True),
    (_EN_PREAMBLE + "1. Support\n1.1 The allowances shall be paid by Sponsor directly to an account designated by the "
     "Co-Director and shall not form part of the contributions administered by the University.\n", "FUN-04", True),
    (_JA_PREAMBLE + "第8条（データの保存）\n２　本データは、乙が業務上適切と認める情報処理設備において保存され、処理されるものとし、"
     "当該設備の所在地は、乙がその時々の事業上の必要に応じて定めるところによる。\n", "DAT-02", True),
    (_JA_PREAMBLE + "第5条（研究の実施）\n３　本研究の学術的な方向性は、甲及び乙の研究代表者が協議の上決定するものとし、乙は、"
     "その決定に当たり意見を述べることができる。\n", "FUN-06", False),
    (_JA_PREAMBLE + "第9条（訪問）\n２　乙の訪問者は、甲の研究担当者の同行の下、甲が指定する区域に限り立ち入ることができるものとし、"
     "甲の情報システムにはアクセスしない。\n", "DAT-01", False),
], ids=["ja-the-parties-agree-not-to-ask-who-funds", "en-terms-kept-even-from-our-offices",
        "en-allowances-paid-to-a-personal-account", "ja-the-partner-decides-where-data-lives",
        "ja-direction-decided-together", "ja-an-escorted-visit"])
def test_wording_from_the_twelfth_blind_set(engine: AnalyzerEngine, document: str, indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind12.txt")
    assert (indicator in {f.indicator for f in result.findings if f.severity != "low"}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "1. Permitted Use\n1.1 Sponsor may use the Data for the Project only.\n1.2 Sponsor shall not:\n"
     "(a) use the Data for any purpose other than the Project;\n(b) disclose the Data to any third party or to its "
     "government;\n(c) attempt to re-identify any individual.\n2. Term\n2.1 This Agreement ends on 31 March 2028.\n", "EXP-02"),
    (_JA_PREAMBLE + "第2条（禁止事項）\n乙は、次の各号に掲げる行為をしてはならない。\n（１）提供データを本研究以外の目的に利用すること\n"
     "（２）提供データを乙の関係会社その他の第三者に提供し、又は利用させること\n第3条（有効期間）\n本契約の有効期間は3年とする。\n", "EXP-05"),
], ids=["en-an-item-of-shall-not", "ja-an-item-of-shite-wa-naranai"])
def test_an_item_of_a_list_of_prohibited_acts_raises_nothing(engine: AnalyzerEngine, document: str,
                                                             indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="prohibited.txt")
    items = {c.id for c in result.clauses if c.kind == "item"}
    assert items
    assert not [f for f in result.findings if f.clause_id in items and f.severity != "low"]


def test_a_survival_list_written_with_art_abbreviations_is_no_perpetual_right(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "1. Term\n1.1 This Agreement enters into force on signature and ends on 31 March 2028.\n"
                "1.2 Art. 3, Art. 4, Art. 5.3 and Art. 9 shall survive termination of this Agreement.\n")
    result = engine.analyze(document.encode("utf-8"), name="survival.txt")
    assert "TRM-04" not in {f.indicator for f in result.findings if f.severity != "low"}


def test_the_lead_in_of_a_paragraph_with_items_is_read_as_a_clause_of_its_own(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "1. Results\n1.1 All Results and all intellectual property in them shall vest solely in "
                "Sponsor, whoever made them, subject to the following:\n(a) the University may use Results for teaching;\n"
                "(b) Sponsor shall reimburse filing costs.\n2. Term\n2.1 This Agreement ends on 31 March 2028.\n")
    result = engine.analyze(document.encode("utf-8"), name="lead-in.txt")
    found = [f for f in result.findings if f.indicator == "IP-01"]
    assert found
    assert result.document.text[found[0].start:found[0].end] == found[0].evidence
    assert next(c for c in result.clauses if c.id == found[0].clause_id).number == "1.1"


@pytest.mark.parametrize(("document", "indicator", "container"), [
    ("共同研究契約書\n北辰大学（以下「甲」という。）とフォルケ社（以下「乙」という。）は、次のとおり契約する。\n第1条（目的）\n"
     "甲及び乙は、共同研究を行う。\n第2条（成果）\n研究成果は、発明者の所属する当事者に帰属する。\n"
     "本契約締結の証として、本書2通を作成し、甲乙記名押印の上、各1通を保有する。\n甲　北辰大学\n乙　フォルケ社\n特約条項\n"
     "特約第1条（効力）\n本特約条項は本契約に優先する。\n特約第2条（研究成果の帰属）\n本契約第2条の規定にかかわらず、甲の研究担当者が"
     "なした発明等に係る一切の権利は、発生と同時に乙に帰属するものとする。\n２　前項の権利について、甲は実施できない。\n", "IP-01",
     "特約第2条"),
    (_EN_PREAMBLE + "1. Research\n1.1 The University will carry out the Project.\n2. Term\n2.1 This Agreement ends on 31 "
     "March 2028.\nIN WITNESS WHEREOF the Parties have signed this Agreement.\nEXHIBIT C - ADDITIONAL TERMS\nC.1 Payment. "
     "Sponsor pays within 30 days.\nC.2 Confidentiality of Relationship. The University shall not disclose the existence "
     "or terms of this Agreement to any third party, including funding bodies, without Sponsor's consent.\n", "CON-01",
     "C.2"),
    (_EN_PREAMBLE + "Article 1 Material\n1.1 The University provides the Material for research.\nArticle 2 Term\n2.1 This "
     "Agreement ends on 31 March 2028.\nSIDE LETTER\nDear Dr. Pell,\n1. Shipping. The Material will be shipped on dry ice.\n2. Onward "
     "Transfer. Notwithstanding Article 1, Sponsor may transfer the Material to its Affiliates and to any government "
     "laboratory of its country, without the University's prior consent.\n", "EXP-05", "SIDE LETTER"),
], ids=["ja-special-terms-after-the-signatures", "en-lettered-terms-of-an-exhibit", "en-a-side-letter"])
def test_terms_after_the_signatures_are_read_where_they_stand(engine: AnalyzerEngine, document: str, indicator: str,
                                                             container: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="after-signatures.txt")
    index = {c.id: c for c in result.clauses}
    found = [f for f in result.findings if f.indicator == indicator]
    assert found

    def numbers(clause_id: str | None) -> list[str]:
        out = []
        while clause_id:
            out.append(index[clause_id].number)
            clause_id = index[clause_id].parent
        return out

    assert any(container in numbers(f.clause_id) for f in found)


def test_articles_numbered_in_words_and_parties_labelled_party_a_and_b(engine: AnalyzerEngine) -> None:
    document = ("AGREEMENT ON A JOINT RESEARCH CENTER\n\nParty A: Hokushin Institute of Technology (Japan)\nAddress: 1-1 "
                "Kita, Sapporo, Japan\n\nParty B: Yuanhe University of Technology (China)\nAddress: 66 Xueyuan Road, Yuanhe\n\n"
                "Article One  Purpose\nThe Parties establish a joint center.\nArticle Two  Data\nWhen the relevant government "
                "departments of China make a request, Party B has the right to provide the data of the Center to such "
                "departments without prior notice to Party A.\nArticle Three  Term\nThis Agreement is valid for five years.\n")
    result = engine.analyze(document.encode("utf-8"), name="center.txt")
    assert [c.number for c in result.top_level() if c.kind == "article"] == ["Article One", "Article Two",
                                                                            "Article Three"]
    assert {p.aliases[0]: p.role for p in result.parties} == {"Party A": "HOME", "Party B": "PARTNER"}
    assert "DAT-04" in {f.indicator for f in result.findings}


@pytest.mark.parametrize(("title", "missing"), [
    ("MEMORANDUM OF UNDERSTANDING ON ACADEMIC COOPERATION", {"EXPORT_CONTROL", "PUBLICATION"}),
    ("学術交流に関する協定", {"EXPORT_CONTROL", "PUBLICATION"}),
    ("AGREEMENT ON STUDENT EXCHANGE", {"EXPORT_CONTROL", "PUBLICATION"}),
], ids=["en-mou", "ja-kyotei", "en-student-exchange"])
def test_an_mou_without_export_control_or_publication_clauses_is_told_so(engine: AnalyzerEngine, title: str,
                                                                        missing: set) -> None:
    document = (f"{title}\n1. Purpose\n1.1 The Universities will promote academic exchange.\n2. Term\n2.1 This Memorandum "
                "remains in force for five years; either University may terminate it on six months' written notice.\n")
    result = engine.analyze(document.encode("utf-8"), name="mou.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert missing <= absent


@pytest.mark.parametrize(("clause", "has_dispute_resolution"), [
    ("第20条（紛争の解決）\n疑義又は紛争は、甲及び乙が誠意をもって協議し、解決できない場合には、甲及び乙が合意する第三者による調停に付する。\n",
     True),
    ("第20条（協議）\n本覚書に定めのない事項は、甲及び乙が誠意をもって協議して定める。\n", False),
    ("Article 20 Disputes\n20.1 Any dispute that the Parties cannot settle by consultation shall be referred to mediation "
     "by a mediator the Parties agree upon.\n", True),
    ("Article 20 Disputes\n20.1 The Parties shall settle any dispute amicably by consultation.\n", False),
    # set 285: a government MoU's chosen way, courts ruled out in so many words
    ("Article 20 Settlement of Differences\n20.1 Any difference will be settled amicably through consultation and "
     "will not be referred to any national or international\n     court or tribunal or to any third party.\n", True),
    # set 296: a collaboration's own board decides, and the members undertake to accept it
    ("Article 20 Settlement of Differences\n20.1 Any difference concerning this Memorandum shall be settled by "
     "consultation. If it cannot be settled in that way, it shall be referred to the Collaboration Board, whose "
     "decision the Parties undertake to accept.\n", True),
], ids=["ja-mediation", "ja-good-faith-talks-only", "en-mediation", "en-amicable-talks-only", "en-courts-ruled-out",
        "en-the-collaborations-board-decides"])
def test_a_mediation_clause_settles_disputes_and_good_faith_talks_do_not(engine: AnalyzerEngine, clause: str,
                                                                        has_dispute_resolution: bool) -> None:
    # blind set 252: a 研究協力覚書 whose 紛争の解決 ends in mediation by a third party
    head = _JA_PREAMBLE if clause.startswith("第") else _EN_PREAMBLE
    result = engine.analyze((head + clause).encode("utf-8"), name="mou.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert ("GOVERNING_LAW" not in absent) is has_dispute_resolution


def test_secrecy_with_only_a_compelled_disclosure_exception_has_its_exceptions(engine: AnalyzerEngine) -> None:
    # set 264: a data access committee's terms, whose one exception is disclosure a court or the law compels: what they
    # keep secret is the data itself (in a research agreement the standard exceptions are expected, set 412)
    document = ("TERMS AND CONDITIONS OF ACCESS TO CONTROLLED DATA\nThese terms are made between Hokushin University "
                '(the "University") and Halvard Therapeutics Inc. ("Sponsor").\n' + "Article 11 Confidentiality\n11.1 The University shall treat the Data as confidential.\n"
                "11.2 A Party may disclose confidential information where it is required to do\n     so by law or by a "
                "court or public authority with power to compel disclosure, provided that it first informs the other "
                "Party.\n" + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="dac_terms.txt")
    labels = {d.details.get("label_en") for d in result.document_findings if d.kind == "missing_protection"}
    assert "Confidentiality without the usual exceptions" not in labels


def test_a_letter_with_run_in_sentence_case_headings_has_its_termination_clause(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "1. Visit period. Two engineers will work in the laboratory.\n2. Confidentiality. Each party "
                "keeps the other's information confidential, except information that is public.\n3. Term, termination and "
                "governing law. Either party may end this arrangement by giving 30 days' written notice. This letter is "
                "governed by the laws of Japan.\n")
    result = engine.analyze(document.encode("utf-8"), name="letter.txt")
    assert [c.heading for c in result.top_level() if c.kind == "article"][-1] == "Term, termination and governing law"
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert "TERM_TERMINATION" not in absent


@pytest.mark.parametrize("document", [
    # set 458: a visiting professorship "Either you or the Faculty may bring the appointment to an end at any time"
    "Dear Professor Kuwabara,\n\nOn behalf of Transdanubian University of Technology (\"TDUT\"), I invite you to join us "
    "as a Visiting Professor.\n1. Period\n1.1 The appointment runs for two years.\n2. Ending the appointment\n2.1 Either "
    "you or the Faculty may bring the appointment to\nan end at any time by written notice of not less than 30 days.\n",
    # set 290: a fellowship offer, ended by "Either you or Lumenfold may end the fellowship ... on notice"
    "Dear Ms Tanaka,\n\nWe are pleased to offer you a research fellowship at Brightwater Labs, Inc. (\"Brightwater\") on "
    "the terms below.\n1. Fellowship Period\n1.1 The fellowship runs from 1 June to 31 August 2026.\n2. Early End\n2.1 "
    "Either you or Brightwater may end the fellowship before the end of the Fellowship Period by giving five (5) "
    "business days' written notice.\n",
    # set 302: "Either Side may discontinue its participation in this Letter of Intent ... on three months' notice"
    _EN_PREAMBLE + "Article 1 Cooperation\n1.1 The Parties will cooperate in remote sensing.\nArticle 2 Duration\n2.1 "
    "This Letter remains in effect for five years. Either Side may discontinue its participation in this Letter at any "
    "time by giving three months' written notice.\n",
    # set 307: a visiting professorship the appointee or the university may end on notice, in polite Japanese
    _JA_PREAMBLE + "第1条（任用期間）\n任用期間は３年間とします。\n第2条（任用の終了）\n貴殿又は本学は、３０日前までに書面により相手方に"
    "通知することにより、任用期間中であっても任用を終了することができます。\n",
    # set 333: a fellowship the fellow "may resign ... at any time by giving one month's written notice"
    "Dear Professor Kurosawa,\n\nI am pleased to inform you that the Castellan Institute of Science and Technology "
    "(\"CIST\") has awarded you a Meridian Senior Fellowship.\n1. Tenure\nThe Fellowship runs for three years.\n2. "
    "Stipend\nCIST will pay a stipend each month.\n3. Suspension, withdrawal and resignation\n(a) You may resign the Fellowship at any time by giving one month's "
    "written notice to the Programme Director, without giving reasons and without any penalty.\n",
    # set 329: a memorandum between us and our researchers that ends for a researcher who leaves (a PDF line breaks in it)
    _JA_PREAMBLE + "第1条（目的）\n本覚書は、知的財産の取扱いを定める。\n第14条（有効期間）\n本覚書は、締結の日から効力を生じ、本協定が終了する"
    "日まで有効とする。\n３ 乙が甲を退職したときは、当該乙について本覚\n書は終了する。\n",
], ids=["en-an-appointment-brought-to-an-end", "en-an-offer-letter-ended-on-notice", "en-a-letter-of-intent-discontinued", "ja-an-appointment-ended-on-notice",
        "en-a-fellowship-resigned-on-notice", "ja-a-memorandum-that-ends-for-a-researcher-who-leaves"])
def test_an_exit_on_notice_in_letter_wording_is_a_termination_clause(engine: AnalyzerEngine, document: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="letter.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert "TERM_TERMINATION" not in absent


def test_an_item_after_the_previous_items_and_starts_a_clause_of_its_own(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "Article 1 Use of Results\n1.1 The Parties may use the Results as follows:\n(a) each Party "
                "may use the Results for its own research and teaching purposes free of charge;\n(b) each Party may use "
                "jointly owned Foreground IP for non-commercial research without accounting to the other Party; and\n"
                "(c) Sponsor may transfer the Results and any technical information received from the University to its "
                "affiliates and to collaborating organisations in any country without further consent of the University."
                "\nArticle 2 Term\n2.1 This Agreement ends on 31 March 2028.\n")
    result = engine.analyze(document.encode("utf-8"), name="items.txt")
    items = [c.number for c in result.clauses if c.kind == "item"]
    assert items == ["(a)", "(b)", "(c)"]
    found = [f for f in result.findings if f.indicator == "EXP-05"]
    assert found
    assert next(c for c in result.clauses if c.id == found[0].clause_id).number == "(c)"


@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_EN_PREAMBLE + "Article 1 Confidentiality\n1.1 Each Party keeps the other's information confidential.\n1.2 The "
     "Receiving Party may disclose Confidential Information:\n(a) to its employees who need to know it;\n(b) in the case "
     "of Sponsor, to any ministry, agency or other authority of its government, upon request, without notice to the "
     "University.\nArticle 2 Term\n2.1 This Agreement ends on 31 March 2028.\n", "DAT-04", True),
    (_JA_PREAMBLE + "第20条（優先交渉権）\n甲は、甲の単独知的財産権について、乙に対し、次の各号に掲げる条件の下で、独占的な実施権の許諾に"
     "関する優先交渉権を付与する。\n（１）優先交渉期間は、出願の日から1年とする。\n（２）独占的な実施権の範囲は、別表に定める対象分野に"
     "限る。\n第21条（有効期間）\n本契約の有効期間は3年とする。\n", "IP-04", False),
    (_JA_PREAMBLE + "第10条（派遣）\n２　前項の派遣は、甲の研究担当者が乙の役職に就き、又は乙との間で雇用契約を締結することを要するもの"
     "ではない。\n", "PER-01", False),
    (_JA_PREAMBLE + "第27条（利益相反）\n２　乙は、甲の研究担当者に対し、甲の事前の承認を得ることなく、役職、報酬その他の個人的な利益を"
     "提供してはならない。\n", "FUN-04", False),
    (_JA_PREAMBLE + "第10条（データの提供）\n２　甲は、乙の求めに応じ、研究参加者の氏名及び診療記録を、仮名加工を施さない状態で、かつ、"
     "外国にある第三者への提供に係る同意を改めて取得することなく、乙に提供する。\n", "DAT-03", True),
], ids=["en-an-item-read-with-its-lead-in", "ja-an-option-limited-by-its-items", "ja-no-post-required",
        "ja-no-benefits-may-be-given", "ja-not-pseudonymised-and-no-fresh-consent"])
def test_wording_from_the_fifteenth_blind_set(engine: AnalyzerEngine, document: str, indicator: str,
                                              raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind15.txt")
    assert (indicator in {f.indicator for f in result.findings if f.severity != "low"}) is raised


@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_JA_PREAMBLE + "第12条（公表）\n３　相手方は、公表の延期を求めることができる。この場合の延期の期間は、通知を受けた日から６０日を超え"
     "ないものとする。ただし、乙が延期を求めた場合には、甲は、乙が書面により公表を承認するまでの間、当該公表を延期しなければならない。\n",
     "PUB-02", True),
    (_JA_PREAMBLE + "第10条（共有知的財産権）\n２　甲及び乙は、共有に係る知的財産権について、相手方の事前の書面による同意を得なければ、第三者"
     "に実施を許諾してはならない。ただし、乙が乙の関係会社又は乙の所在国の所管当局に対して実施を許諾する場合は、この限りでない。\n",
     "IP-05", True),
    (_JA_PREAMBLE + "第11条（兼業等の届出）\n甲及び乙の研究者は、兼業及び役職を所属機関の規程に従い届け出るものとする。ただし、乙が研究者に"
     "支払う報酬及び乙が付与する役職については、甲及び資金配分機関に届け出ないものとする。\n", "COI-01", True),
    (_JA_PREAMBLE + "第15条（準拠法）\n本契約は日本法に準拠し、東京地方裁判所を専属的合意管轄裁判所とする。ただし、乙が書面により求めたとき"
     "は、本契約はアイルランドの法令に準拠し、紛争はダブリンの裁判所の専属管轄に服するものとする。\n", "LAW-01", True),
    (_JA_PREAMBLE + "第13条（輸出管理）\n甲及び乙は、外国為替及び外国貿易法その他の日本国の関係法令並びに乙の所在国及び欧州連合の輸出管理関係"
     "法令を遵守する。\n", "LAW-02", False),
    (_EN_PREAMBLE + "Article 1 Export\n1.1 The Software may be subject to the export laws of Japan, and the University has "
     "classified Version 3.2 as not requiring an export licence.\nArticle 2 Term\n2.1 This licence ends in 2030.\n", "EXP-01",
     False),
    (_EN_PREAMBLE + "Article 1 Term\n1.1 Sponsor may terminate this Agreement on thirty (30) days' written notice.\n1.2 The "
     "University may terminate this Agreement on ninety (90) days' written notice.\n", "TRM-01", False),
], ids=["ja-a-proviso-makes-an-open-delay", "ja-a-proviso-exempts-the-partners-government",
        "ja-a-proviso-keeps-payments-from-our-office", "ja-a-proviso-moves-the-forum", "ja-export-laws-of-both-and-the-eu",
        "en-a-classification-already-made", "en-the-sponsor-ends-on-notice"])
def test_wording_from_the_seventeenth_and_eighteenth_blind_sets(engine: AnalyzerEngine, document: str, indicator: str,
                                                                 raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind17.txt")
    assert (indicator in {f.indicator for f in result.findings if f.severity != "low"}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "Article 1 Support\n1.1 No payment, honorarium, title or other benefit shall be given by Sponsor to any "
     "researcher of the University.\nArticle 2 Term\n2.1 This Agreement ends in 2028.\n", "FUN-04"),
    (_EN_PREAMBLE + "Article 1 Data\n1.1 Sponsor shall not transfer the Data or any technology received from the University "
     "to any third party or to any other country.\nArticle 2 Term\n2.1 This Agreement ends in 2028.\n", "EXP-05"),
    (_EN_PREAMBLE + "Article 1 Requests\n1.1 Sponsor shall not disclose any Confidential Information of the University to "
     "any government body or authority on request unless it is legally compelled to do so.\nArticle 2 Term\n2.1 This "
     "Agreement ends in 2028.\n", "CON-03"),
    (_EN_PREAMBLE + "Article 1 Publications\n1.1 Publications shall name the University and Sponsor as the affiliations "
     "of the authors.\nArticle 2 Term\n2.1 This Agreement ends in 2028.\n", "IP-06"),
    (_JA_PREAMBLE + "第10条（公表）\n甲は、乙の承認を要することなく、研究成果を公表することができる。\n", "PUB-01"),
    (_JA_PREAMBLE + "第11条（公表）\n３　研究成果の公表について、乙の承認を得ることを要しない。\n", "PUB-01"),
    (_JA_PREAMBLE + "第15条（輸出管理）\n３　乙は、甲から提供を受けた技術を軍事的用途に用いてはならず、また、甲の事前の書面による承諾を"
     "得ることなく第三者に提供してはならない。\n", "EXP-05"),
    (_JA_PREAMBLE + "第8条（秘密保持）\n４　本条の規定は、甲及び乙が、これを公表し、又は政府機関若しくは資金配分機関に報告することを"
     "妨げない。\n", "DAT-04"),
], ids=["en-no-payment-shall-be-given", "en-onward-transfer-prohibited", "en-only-when-legally-compelled",
        "en-both-affiliations-named", "ja-publication-needs-no-approval", "ja-no-approval-required",
        "ja-transfer-prohibited", "ja-reporting-to-our-funders-not-prevented"])
def test_benign_wording_from_the_nineteenth_and_twentieth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                     indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind19.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity == "high"}


@pytest.mark.parametrize(("document", "indicator"), [
    (_JA_PREAMBLE + "第4条（経費）\n２　乙は、経費の一部を第三者からの研究助成により賄うことができる。ただし、乙は、当該第三者の名称及び資金の"
     "最終的な出所を書面で甲に通知するものとし、軍、国防又は治安関係機関からの資金を充ててはならない。\n", "FUN-01"),
    (_JA_PREAMBLE + "第8条（研究データ）\n２　甲及び乙は、本研究により得られた全ての研究データの複製を保有し、自己の研究及び教育のために利用"
     "することができる。\n", "DAT-01"),
    (_JA_PREAMBLE + "第9条（秘密保持）\n５　甲及び乙は、本契約の内容を第三者に開示してはならない。ただし、資金配分機関、監督官庁若しくは監査人"
     "に対して開示する場合、法令又は府省共通研究開発管理システム等に基づき開示する場合は、この限りでない。\n", "CON-01"),
    (_EN_PREAMBLE + "Article 1 Term\n(1) Save as provided in this Article, neither Party may terminate this Agreement before "
     "the expiry of its term.\n(2) Either Party may terminate this Agreement at any time by giving the other Party ninety "
     "(90) days' written notice.\n", "TRM-01"),
], ids=["ja-a-proviso-that-bars-military-money", "ja-each-keeps-a-copy", "ja-a-long-proviso-for-funders",
        "en-save-as-provided-in-this-article"])
def test_wording_tamed_by_a_proviso_raises_nothing_high(engine: AnalyzerEngine, document: str, indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="proviso.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity == "high"}


def _law_document(partner: str, law: str) -> bytes:
    if law.startswith("第"):
        return (f"共同研究契約書\n国立大学法人北斗大学（以下「甲」という。）と{partner}（以下「乙」という。）は、次のとおり契約する。\n"
                f"第1条（目的）\n甲及び乙は、共同研究を行う。\n{law}\n").encode()
    return (f'RESEARCH AGREEMENT\nThis Agreement is made between Hokuto University, a national university corporation of '
            f'Japan (the "University"), and {partner} ("Partner").\nArticle 1 Purpose\nThe Parties shall cooperate.\n'
            f"{law}\n").encode()


_BELGIAN = ("Article 20 Governing Law\nThis Agreement shall be governed by the laws of Belgium, and any dispute shall be "
            "finally settled by arbitration in Brussels.")
_CALIFORNIAN = ("Article 20 Governing Law\nThis Agreement shall be governed by the laws of the State of California, and the "
                "courts of Santa Clara County shall have exclusive jurisdiction.")
_JA_GERMAN = "第20条（準拠法）\n本契約は、ドイツ連邦共和国の法律に準拠し、ミュンヘン地方裁判所を専属的合意管轄裁判所とする。"


@pytest.mark.parametrize(("partner", "law", "raised"), [
    ("Kestrel Institute GmbH, a company organised under the laws of Germany", _BELGIAN, False),
    ("Kestrel Biotech NV, a company incorporated in Belgium", _BELGIAN, True),
    ("Kestrel Institute GmbH, a company organised under the laws of Germany", _CALIFORNIAN, False),
    ("Kestrel Systems Inc., a California corporation", _CALIFORNIAN, True),
    ("Kestrel Systems Inc.", _CALIFORNIAN, True),
    ("ケストレル研究所（ドイツ連邦共和国法人）", _JA_GERMAN, True),
    ("ケストレル社（スウェーデン王国法人）", _JA_GERMAN, False),
    # set 1189: New South Wales is no part of Wales, a usual neutral venue
    ("Riverina Pastoral University, a public university of Australia",
     "Article 17 Governing Law\n17.2 Each party irrevocably submits to the exclusive jurisdiction of the courts of New "
     "South Wales.", True),
], ids=["en-belgian-law-german-partner", "en-belgian-law-belgian-partner", "en-californian-law-german-partner",
        "en-californian-law-californian-partner", "en-partner-country-unknown", "ja-german-law-german-partner",
        "ja-german-law-swedish-partner", "en-new-south-wales-courts-australian-partner"])
def test_law_and_forum_of_a_third_country_are_neutral_ground_not_the_partners(engine: AnalyzerEngine, partner: str,
                                                                              law: str, raised: bool) -> None:
    result = engine.analyze(_law_document(partner, law), name="law.txt")
    assert ("LAW-01" in {f.indicator for f in result.findings}) is raised


_EN_TERM = "\nArticle 30 Term\n30.1 This Agreement ends in 2028.\n"


# risks the blind sets 21-24 hid in definitions, provisos, list items and ordinary wording; each was missed before
@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 In this Agreement:\n"Permitted Purpose" means the carrying out of the '
     "Project and any other research, development or commercial purpose of the Sponsor Group;" + _EN_TERM, "IP-02", True),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 In this Agreement:\n"Permitted Purpose" means the carrying out of the '
     "Project during the Project Period;" + _EN_TERM, "IP-02", False),
    (_JA_PREAMBLE + "第2条（定義）\n四　「本研究」とは、研究計画に基づき甲及び乙が実施する研究並びにこれに関連して乙又は乙の指定する者が"
     "将来実施する一切の研究開発をいう。\n", "IP-02", True),
    (_JA_PREAMBLE + "第2条（定義）\n四　「本研究」とは、研究計画に基づき甲及び乙が実施する研究をいう。\n", "IP-02", False),
    (_EN_PREAMBLE + "Article 10 Ownership\n10.1 Ownership\n10.1.1 The University hereby assigns to the Sponsor with full "
     "title guarantee all right, title and interest in and to the Results.\n10.1.2 The University shall sign the "
     "documents needed." + _EN_TERM, "IP-01", True),
    (_EN_PREAMBLE + 'Article 1 Definitions\n"Approved Environment" means any computing environment operated by or on '
     "behalf of the Sponsor, in whichever location the Sponsor considers appropriate, for the Data;" + _EN_TERM,
     "DAT-02", True),
    (_EN_PREAMBLE + "Article 6 Disclosure\n6.1 The Sponsor shall not disclose the Data to any person except:\n(a) to "
     "its researchers for the Project;\n(b) to any governmental or public authority of the Sponsor's country that "
     "requests them, without the need to notify the University; and\n(c) in aggregate form." + _EN_TERM,
     "DAT-04", True),
    (_JA_PREAMBLE + "第12条（秘密保持）\n３　前項の規定にかかわらず、乙は秘密情報を第三者に開示しない。ただし、乙が乙の所在国の法令に基づき"
     "政府機関から求めを受けた場合には、乙は、甲に通知することなく、当該機関に対し秘密情報及び研究データを提供することができる。\n",
     "DAT-04", True),
    (_JA_PREAMBLE + "第12条（秘密保持）\n３　乙は、法令に基づき政府機関から開示を求められた場合には、事前に甲に通知した上で、"
     "必要最小限の秘密情報を開示することができる。\n", "DAT-04", False),
    (_EN_PREAMBLE + "Article 11 Publication\n11.2 Approval shall not be unreasonably withheld.\n11.3 If the reviewing "
     "Party has not responded within that period, the proposed publication shall be deemed not to have been approved."
     + _EN_TERM, "PUB-01", True),
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 If the reviewing Party has not responded within that period, the "
     "proposed publication shall be deemed to have been approved." + _EN_TERM, "PUB-01", False),
    (_JA_PREAMBLE + "第13条（公表）\n３　乙は公表の延期を求めることができる。この場合において、延期の期間は、公表予定日から起算して18か月を"
     "超えない範囲で乙が定めるものとする。\n", "PUB-02", True),
    (_JA_PREAMBLE + "第13条（公表）\n３　乙は公表の延期を求めることができる。この場合において、延期の期間は、公表予定日から起算して60日を"
     "超えない範囲で乙が定めるものとする。\n", "PUB-02", False),
    (_EN_PREAMBLE + '''Article 1 Definitions\n(b) For the purposes of paragraph (a), the Sponsor shall be deemed to be '''
     "under common control with the State Directorate for Strategic Industries and every body acting under the "
     "direction of it." + _EN_TERM, "TRA-01", True),
    (_EN_PREAMBLE + "Article 6 Funding\n6.2 Payment of the second instalment is conditional upon the University having "
     "established the Joint Laboratory and replicated the Test Platform in accordance with Article 7.\n"
     "Article 7 Joint Laboratory\n7.1 The University shall establish the Joint Laboratory within the Sponsor's R&D "
     "Centre and shall install there a Test Platform equivalent to the one operated at the University's campus."
     + _EN_TERM, "FUN-02", True),
    (_JA_PREAMBLE + "第5条（拠点長）\n３　拠点長は、乙の特聘教授を兼ね、乙から手当、住居及び個人研究費の支給を受けるものとする。\n",
     "FUN-04", True),
    (_JA_PREAMBLE + "第10条（研究者の交流）\n３　甲の研究代表者は、本共同研究の期間中、各年度において通算九十日以上、親会社の研究所に常駐し、"
     "親会社の研究計画に従って研究に従事するものとする。\n", "PER-01", True),
], ids=["en-purpose-defined-as-any-commercial-purpose", "en-purpose-defined-as-the-project",
        "ja-project-defined-as-all-future-research", "ja-project-defined-as-the-plan",
        "en-assigns-with-full-title-guarantee", "en-environment-in-whichever-location",
        "en-listed-disclosure-to-authorities-on-request", "ja-proviso-for-the-partner-countrys-authorities",
        "ja-compelled-with-notice", "en-silence-is-refusal", "en-silence-is-approval", "ja-cap-of-eighteen-months",
        "ja-cap-of-sixty-days", "en-state-bodies-deemed-affiliates", "en-funds-for-a-replicated-lab",
        "ja-paid-by-the-partner", "ja-ninety-days-at-the-parent-company"])
def test_wording_from_the_twenty_first_to_twenty_fourth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                   indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind21.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "Article 9 Visits\n9.2 The University may, in its sole discretion, decline or withdraw permission "
     "for any visit, including where the visitor has not completed the University's export control and safety "
     "screening." + _EN_TERM, "EXP-01"),
    ('LETTER OF INTENT\nThis letter is between Hokushin University ("Hokushin") and Halvard Institute ("Halvard") (each '
     'an "Institution").\n5. Confidentiality. Each Institution shall keep the existence and content of this letter '
     "strictly confidential and shall not disclose them to any third party, including any government body or "
     "funding agency.\n", "COI-01"),
    (_EN_PREAMBLE + "Article 8 Security\n8.2 The Sponsor shall notify the University of any Security Incident within "
     "72 hours and shall cooperate with the University in any notification that the University must make under the "
     "Personal Information Laws." + _EN_TERM, "LAW-02"),
    (_JA_PREAMBLE + "第18条（安全保障輸出管理）\n３　甲及び乙は、本研究の研究成果を、大量破壊兵器等の開発等又は通常兵器の開発等に用いては"
     "ならず、そのおそれがある者に提供してはならない。\n", "EXP-03"),
    (_EN_PREAMBLE + "Article 5 Funding\n5.3 The Sponsor represents and warrants that the Research Funds come from its "
     "own resources, and that no part of them is provided by any government, military or public body." + _EN_TERM,
     "EXP-03"),
    (_EN_PREAMBLE + "Article 29 Subcontracting\n29.2 The Sponsor shall not disclose Results to any person other than the "
     "Sponsor Affiliates without the prior written consent of the University." + _EN_TERM, "PUB-04"),
    (_JA_PREAMBLE + "第22条（有効期間）\n２　本契約は自動的に更新されない。有効期間の延長は、書面による変更契約により行う。\n", "TRM-02"),
    (_JA_PREAMBLE + "第7条（研究データ）\n　本研究で得られた研究データは、甲乙がそれぞれ自己の施設で保管し、共有が必要なデータは甲が日本国内に"
     "設置する共同研究用データ共有サーバを通じて相互に提供する。\n", "DAT-02"),
], ids=["en-our-right-to-turn-away-unscreened-visitors", "ja-institutions-keep-the-letter-secret-is-not-coi",
        "en-data-security-incident-is-not-state-security", "ja-a-ban-on-weapons-use", "en-no-part-from-the-military",
        "en-partner-kept-from-disclosing", "ja-not-renewed-automatically", "ja-data-on-our-server-in-japan"])
def test_benign_wording_from_the_twenty_first_to_twenty_fourth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                          indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind24.txt")
    assert indicator not in {f.indicator for f in result.findings}


@pytest.mark.parametrize(("title", "kind"), [
    ("HALVARD INSTITUTE\nStrandvei 22\n7019 Brekkvik, Norway\nOffice of the Director\nOur ref.: HI/2025-044\n"
     "18 August 2025\nProfessor N. Isurugi\nShiokaze University\nLETTER OF INTENT - COOPERATION IN COASTAL RESEARCH\n",
     "mou"),
    ("CONSORTIUM AGREEMENT\nAQUASENSE\n", "research"),
    ("RESEARCH SUBAWARD AGREEMENT\n", "research"),
    ("SUMMER SCHOOL AND SHORT-TERM RESEARCH INTERNSHIP AGREEMENT\n", "visiting"),
    ("特別研究学生の受入れに関する協定書\n", "visiting"),
    ("THE ALDMERE TRUST FOR CHILD HEALTH RESEARCH\nRegistered charity no. AC-40917\n3 March 2025\nProfessor H. Okabe\n"
     "Higashiminato University\n1-1 Minatodai, Asakura City, Japan\nDear Professor Okabe,\nAward of Research Grant: "
     '"Urinary biomarkers for early detection of acute kidney injury in infants after cardiac surgery"\n', "grant"),
    ("SANREI UNIVERSITY - RESEARCH CONTRACTS OFFICE\nISSUES LIST (INTERNAL WORKING NOTE - NOT A CONTRACT DOCUMENT)\n",
     "note"),
    ("LETTER OF APPOINTMENT - HONORARY CHAIR PROFESSOR IN OCEAN CARBON SYSTEMS\n", "visiting"),
    ("誓　約　書\n", "pledge"),
    # set 1601: the rules a public competition's entrants accept
    ("QUILLFEATHER OPEN DATA CHALLENGE 2025\nRAIL CROWD FORECASTING CHALLENGE\nOFFICIAL RULES\nVersion 3.0\n", "rules"),
    ("ハッカソン応募規約\n", "rules"),
    # set 1621: a trial's data and sample transfer agreement, under a hospital office's research-contracts line
    ("DRAFT v2 - Sponsor draft\nStudy HX-301 (Japan site) - for review by the Office of Clinical Research Contracts\n\n"
     "DATA AND SAMPLE TRANSFER AGREEMENT\n", "data"),
    ("TALLIS POLYTECHNIC UNIVERSITY\nOffice of Research\n7 Quayside Road, Vennmoor\n2 September 2025\nSanrei University\n"
     "International Affairs Office\nSide Letter No. 1 to the Research Collaboration Agreement dated 14 March 2024 between "
     'Sanrei University and Tallis Polytechnic University (the "Agreement")\n', "amendment"),
    # set 711: a US embassy's award letter for a workshop series
    ("EMBASSY OF THE UNITED STATES OF AMERICA\nScience Section\n1-10-5 Akasaka, Tokyo, Japan\nAugust 4, 2025\n"
     "Professor Naomi Tachibana\nKeihan University of Science\nType of Award:           Cooperative Agreement\n"
     "Total Federal Amount:    USD 86,570\nSubject: Cooperative Agreement Award - Workshop Series on Coastal Resilience\n",
     "grant"),
    # set 1059: a UBMTA implementing letter is the transfer itself, not a work plan under an agreement
    ("THE WHITCOMBE INSTITUTE FOR BIOMEDICAL RESEARCH\nOffice of Technology Development and Material Transfer\n"
     "Date of issue: March 12, 2025\nIMPLEMENTING LETTER\nfor the Transfer of Biological Material pursuant to the "
     "Uniform Biological Material Transfer\nAgreement of March 8, 1995\n", "mta"),
    ("Subject: IMPLEMENTATION LETTER No. 3 - ANNUAL WORK PLAN 2026\n", "amendment"),
    # set 1477: ... and so is one under the UBMTA's own title
    ("UNIFORM BIOLOGICAL MATERIAL TRANSFER AGREEMENT\nIMPLEMENTING LETTER WITH SUPPLEMENTAL TERMS\n"
     "統一生物材料移転契約（UBMTA）実施レター（補足条件付）\n", "mta"),
    # set 1101: personal data provided under a contract of its own
    ("個人データの提供に関する契約書\n", "data"),
    # set 1315: a national research agency's legal form on the letterhead names no research agreement
    ("国立研究開発法人 宙空観測研究機構\nNATIONAL INSTITUTE FOR GEOSPACE OBSERVATION (NIGO)\nDear Mr. Aasheim,\n"
     "Re: Hosting of a ground station terminal at the NIGO Observatory - Letter Agreement\n", "other"),
])
def test_the_kind_of_agreement_is_read_from_its_title_below_a_letterhead(title: str, kind: str) -> None:
    from analyzer.findings.document_checks import agreement_type

    assert agreement_type(title + "1. Purpose. The parties cooperate.\n") == kind


@pytest.mark.parametrize("activities", [
    "Article 3 Activities\n(a) joint seminars;\n(b) exchange of staff;\n(c) exchange of publicly available academic "
    "publications and information.\n",
    # set 1602: a nomination sent with the candidate's list of publications
    "Article 3 Nominations\n3.1 Each Party may nominate up to three (3) Visiting Scientists per academic year. "
    "Nominations shall reach the Host Party at least four (4) months before the proposed start of the visit, together "
    "with the candidate's curriculum vitae, list of publications, current and past affiliations and research plan.\n",
], ids=["an-exchange-of-publications", "a-candidates-list-of-publications"])
def test_an_exchange_of_publications_is_not_a_publication_clause(engine: AnalyzerEngine, activities: str) -> None:
    document = ('MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between Hokushin University ("Hokushin") and '
                'Meridian Institute ("Meridian").\nArticle 1 Purpose\nThe Parties will cooperate in research.\n'
                + activities + "Article 9 Term\nEither Party may terminate this Memorandum on six months' written "
                "notice.\n")
    result = engine.analyze(document.encode("utf-8"), name="mou.txt")
    missing = {f.category for f in result.document_findings if f.kind == "missing_protection"}
    assert "PUBLICATION" in missing


@pytest.mark.parametrize(("text", "raised"), [
    ("2. Use. Subject to the terms and conditions of this Agreement, the Sponsor may use the Confidential Information "
     "only for the Project.", False),
    ("2. Use. Each Party shall keep the existence and terms of this Agreement confidential.", True),
], ids=["en-terms-and-conditions-then-confidential-information", "en-existence-and-terms-kept-confidential"])
def test_the_defined_term_confidential_information_is_not_the_agreement_kept_secret(engine: AnalyzerEngine, text: str,
                                                                                    raised: bool) -> None:
    result = engine.analyze((_EN_PREAMBLE + text + _EN_TERM).encode("utf-8"), name="nda.txt")
    assert ("CON-01" in {f.indicator for f in result.findings}) is raised


# blind sets 25-28: what each first run missed or raised wrongly
@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.1 The Sponsor shall keep the Data confidential.\n8.2 The obligations "
     "do not apply to information that:\n8.2.1 is independently developed by the Sponsor; or\n8.2.2 is disclosed to a "
     "governmental authority of the Sponsor's country at that authority's request.\n8.3 The Sponsor may disclose "
     "information where legally compelled." + _EN_TERM,
     "DAT-04", True),
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.3 The obligations do not apply to information that:\n(d) is lawfully "
     "received from a third party; or\n(e) is required or requested to be disclosed by any governmental or regulatory "
     "body having authority over the Receiving Party." + _EN_TERM, "DAT-04", True),
    (_EN_PREAMBLE + "Schedule 2 Data Management Plan\nStorage and processing\nAll Project Data shall be stored and "
     "processed on systems operated by the Sponsor, at such locations as the Sponsor deems fit.\n", "DAT-02", True),
    (_EN_PREAMBLE + "Article 7 Data\n7.1 All Project Data shall be stored on the servers described in the Data "
     "Management Plan.\n" + _EN_TERM, "DAT-02", False),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.2 The existence and terms of this Agreement and the identity of the "
     "Sponsor shall be Confidential Information of the Sponsor." + _EN_TERM, "CON-01", True),
    (_JA_PREAMBLE + "第5条（第三者への提供の禁止）\n① 乙は、本有体物を第三者に提供してはならない。ただし、次の各号のいずれかに該当する場合は、"
     "この限りでない。\n（ア）甲の事前の書面による承諾を得た場合\n（イ）乙の関係機関又は乙の所在国の政府機関から提供の要請があった場合\n",
     "EXP-05", True),
    (_JA_PREAMBLE + "第5条（第三者への提供の禁止）\n① 乙は、本有体物を第三者に提供してはならない。ただし、次の各号のいずれかに該当する場合は、"
     "この限りでない。\n（ア）甲の事前の書面による承諾を得た場合\n（イ）法令に基づき裁判所から提出を命じられた場合\n", "EXP-05", False),
], ids=["en-decimal-item-authority-request", "en-required-or-requested-by-a-government",
        "en-schedule-at-such-locations-as-partner-deems-fit", "en-storage-described-in-the-dmp",
        "en-terms-are-confidential-information", "ja-item-exception-on-government-request", "ja-item-court-order"])
def test_wording_from_the_twenty_fifth_to_twenty_eighth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                   indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind25.txt")
    assert (indicator in {f.indicator for f in result.findings}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_JA_PREAMBLE + "第3条（秘密保持）\n３　甲及び乙は、本確認書を締結した事実及びその内容を秘密として取り扱い、監督官庁を含むいかなる第三者に"
     "対しても、これを開示しないものとする。\n", "COI-01"),
    (_EN_PREAMBLE + "Article 9 Visits\n9.2 No University faculty member or student shall hold an appointment at the "
     "Sponsor or receive remuneration from the Sponsor by reason of this Agreement." + _EN_TERM, "PER-01"),
    (_EN_PREAMBLE + "Article 3 Appointment\n3.3 The Scholar remains an employee of the University and shall not\naccept "
     "any other appointment or paid position at the Sponsor without the prior written approval of the University."
     + _EN_TERM, "PER-01"),
    (_EN_PREAMBLE + "Article 11 Inspections\n11.3 The University shall permit inspection of the Study by the PMDA and by "
     "the FDA where that authority is entitled under applicable law to inspect the Study." + _EN_TERM, "LAW-02"),
    (_EN_PREAMBLE + "Article 13 Data\n13.2 The key linking subject identification codes to Study Subjects shall be kept "
     "by the University and shall not be disclosed to the Sponsor or any Regulatory Authority." + _EN_TERM, "CON-03"),
    (_EN_PREAMBLE + "Article 17 Confidentiality\n17.2 The obligations in Section 17.1 do not apply to information that "
     "(a) is public, or (b) was known to the University before disclosure." + _EN_TERM, "COI-01"),
    (_JA_PREAMBLE + "第9条（個人情報）\n２　甲が個人情報を乙に提供する場合には、個人情報の保護に関する法律に基づく本人の同意その他の必要な"
     "手続を履践する。\n", "DAT-03"),
    (_JA_PREAMBLE + "第15条（権利の帰属）\n本データに関する一切の権利は甲に留保され、本契約により乙に譲渡されるものではない。\n", "IP-01"),
    (_JA_PREAMBLE + "第6条（報告）\n甲は、本助成制度の交付条件に従い、振興機構に対し、本共同研究の実施状況及び甲の研究成果を報告する。\n", "PER-04"),
    (_JA_PREAMBLE + "第14条（輸出管理）\n４　甲乙いずれも、本共同研究において秘密特許の対象となり得る技術又は防衛秘密に該当する情報を取り扱わない。\n",
     "EXP-03"),
], ids=["ja-parties-keep-the-letter-secret", "en-no-member-shall-hold-an-appointment",
        "en-shall-not-accept-an-appointment-unless-approved", "en-drug-regulators-inspect",
        "en-the-key-to-coded-data-kept-from-everyone", "en-standard-exceptions-do-not-apply",
        "ja-consent-under-the-privacy-act", "ja-rights-reserved-not-assigned", "ja-our-report-to-our-funder",
        "ja-no-defence-secrets-handled"])
def test_benign_wording_from_the_twenty_fifth_to_twenty_eighth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                          indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind28.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity in ("high", "medium")}


def test_click_through_terms_read_you_as_us(engine: AnalyzerEngine) -> None:
    document = ('TERMS OF USE\nThe Data Commons is operated by Aurivault Data Services Ltd, a company registered in '
                'Meridia (the "Provider", "we", "us").\n6. Contributions\n6.2 You hereby assign to the Provider, with '
                "full title guarantee, all rights in any results you generate with the Data.\n")
    result = engine.analyze(document.encode("utf-8"), name="terms.txt")
    assert [(p.name, p.role) for p in result.parties] == [("Aurivault Data Services Ltd", "PARTNER")]
    assert "IP-01" in {f.indicator for f in result.findings}


@pytest.mark.parametrize(("preamble", "home"), [
    ('This Agreement is made among HALVORSEN STATE UNIVERSITY, 1200 Orchard Way, Corvane, Oregon, U.S.A. (the "Host"), '
     'MATSUKAZE UNIVERSITY, 2-4 Kaigandori, Shiomi City, Ehime 790-0000, Japan (the "Home Institution"), and DR. RINA '
     'OGATA (the "Scholar").', "Home Institution"),
    ('THIS AMENDMENT NO. 2 (this "Amendment") is made on 14 March 2025 (the "Amendment Date") between KUZUHARA '
     'UNIVERSITY (the "University") and GRENDALE INSTITUTE (the "GIAM").', "University"),
])
def test_the_japanese_address_and_defined_dates_do_not_confuse_the_roles(preamble: str, home: str) -> None:
    from analyzer.findings.roles import assign_roles
    from analyzer.segment.parties import find_parties

    parties = assign_roles(find_parties(preamble), (), "en", preamble)
    assert [p.aliases[0] for p in parties if p.role == "HOME"] == [home]
    assert all("Date" not in alias for p in parties for alias in p.aliases)


@pytest.mark.parametrize(("text", "blanked"), [
    ("4.3 The Sponsor may amend the Plan.\n[Note to draft: NU legal to check 4.3.]", "4.3 The Sponsor may amend the Plan.\n"),
    ("第5条 甲は報告する。［注：乙の確認待ち］", "第5条 甲は報告する。"),
    ("Fees are [thirty (30)] [sixty (60)] days.", "Fees are [thirty (30)] [sixty (60)] days."),
    # a Japanese mark-up kept as text: the struck words and the comments go, the inserted words stay without their tag
    ("金【削除】12,000,000円【追加】15,000,000円を支払う。", "金" + " " * 15 + " " * 4 + "15,000,000円を支払う。"),
    ("【削除】２　甲は解約できる。\n【追加】２　甲は解約できない。", " " * 14 + "\n" + " " * 4 + "２　甲は解約できない。"),
    ("第4条 乙は支払う。\n【コメント（甲・産学連携課）】金額は確定予定。", "第4条 乙は支払う。\n"),
], ids=["en-note-to-draft", "ja-chuu", "bracketed-alternatives-stay", "ja-struck-and-inserted-words",
        "ja-struck-and-inserted-paragraphs", "ja-comment-line"])
def test_drafting_notes_are_blanked_with_their_length_kept(text: str, blanked: str) -> None:
    from analyzer.annotations import blank_drafting_notes

    out = blank_drafting_notes(text)
    assert len(out) == len(text)
    assert out.rstrip() == blanked.rstrip()


def test_a_clause_is_judged_without_the_drafting_note_beside_it(engine: AnalyzerEngine) -> None:
    clause = ("4.2 The Sponsor may, by written notice to the University, amend the Research Plan and require the "
              "replacement of any member of the Research Team.")
    note = "\n\n    [Note to draft: NU legal to check 4.2. Sponsor prefers quarterly reports; NU proposes semi-annual.]"
    scores = []
    for body in (clause, clause + note):
        document = _EN_PREAMBLE + "Article 4 Research Plan\n4.1 The Parties shall carry out the Research Plan.\n" + body
        result = engine.analyze((document + _EN_TERM).encode("utf-8"), name="draft.txt")
        paragraph = next(c for c in result.clauses if c.number == "4.2")
        scores.append(result.predictions[paragraph.id].category_scores)
    assert scores[0] == pytest.approx(scores[1])


@pytest.mark.parametrize(("document", "indicator"), [
    (_JA_PREAMBLE + "第13条（秘密保持）\n3　甲及び乙は、法令若しくは裁判所若しくは行政機関の命令に基づく場合、又は甲が研究資金の配分機関への報告を"
     "求められた場合には、必要な範囲で秘密情報及び本契約の内容を開示することができる。\n", "DAT-04"),
    (_JA_PREAMBLE + "第20条（成果の公表）\n(1)　甲及び乙は、本研究の成果を学術論文、学会発表その他の方法により公表することができる。\n", "PUB-01"),
], ids=["ja-disclosure-on-a-court-or-agency-order", "ja-both-parties-may-publish"])
def test_benign_wording_from_the_twenty_ninth_blind_set(engine: AnalyzerEngine, document: str, indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind29.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity in ("high", "medium")}


# blind sets 29-32
@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_JA_PREAMBLE + "第7条（研究員）\n２　前項の特任研究員は、乙があらかじめ推薦した者の中から選任するものとし、乙は、当該選任がなされるまでの間、"
     "助成金の交付を留保することができる。\n", "FUN-06", True),
    (_EN_PREAMBLE + "Article 11 Publication\n11.1 Each Party may publish its Results.\n11.2 The Reviewing Party may, by "
     "written notice, require the publishing Party to postpone submission for a period not exceeding eighteen (18) "
     "months." + _EN_TERM, "PUB-02", True),
    (_EN_PREAMBLE + "Article 11 Publication\n11.1 Each Party may publish its Results.\n11.2 The Reviewing Party may, by "
     "written notice, require the publishing Party to postpone submission for a period not exceeding sixty (60) "
     "days." + _EN_TERM, "PUB-02", False),
    (_EN_PREAMBLE + "Article 11 Enabling Technology\n11.1 The University hereby grants to the Sponsor a non-exclusive, "
     "fully paid-up right under the Enabling Technology, without limitation as to field, territory or duration, "
     "with the right to grant further rights at any tier." + _EN_TERM, "IP-02", True),
    ("三者間共同研究契約書\n北辰大学（以下「甲」という。）、フォルケ大学（以下「乙」という。）及びヴェリディアン社（以下「丙」という。）は、"
     "次のとおり契約する。\n第16条（公表）\n１　甲及び乙は、研究成果を公表することができる。\n２　甲又は乙は、公表の60日前までに他の当事者に"
     "通知する。\n３　前項の通知を受けた丙が、影響を及ぼすおそれがある旨を通知したときは、当該公表は、当該おそれが解消されたことを丙が書面により"
     "確認するまでの間、見合わせられるものとする。\n", "PUB-02", True),
], ids=["ja-staff-from-the-donors-nominees", "en-cap-of-eighteen-months", "en-cap-of-sixty-days",
        "en-unlimited-right-under-enabling-technology", "ja-three-party-sponsor-holds-publication"])
def test_wording_from_the_twenty_ninth_to_thirty_second_blind_sets(engine: AnalyzerEngine, document: str,
                                                                   indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind29.txt")
    assert (indicator in {f.indicator for f in result.findings if f.severity in ("high", "medium")}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_JA_PREAMBLE + "第7条（資金）\n4 甲及び乙は、本共同研究について、いずれの国の軍事機関、防衛当局又は治安機関からも資金、物品その他の支援を"
     "受けていないことを相互に表明し保証する。\n", "FUN-01"),
    (_JA_PREAMBLE + "第15条（輸出管理）\n3 甲及び乙は、研究成果を、大量破壊兵器等の開発その他の軍事目的に利用せず、また第三者に利用させないものと"
     "する。\n", "EXP-02"),
    (_JA_PREAMBLE + "第13条（公表）\n4 甲は、本契約の名称及び乙の名称を一般に公表する場合には、あらかじめ乙の同意を得る。\n", "PUB-01"),
    (_EN_PREAMBLE + "Article 9 Background\n9.3 Any use of Background IP for purposes other than the Project, including "
     "commercial exploitation, shall be subject to a separate written agreement." + _EN_TERM, "IP-02"),
    (_EN_PREAMBLE + "Article 15 Compliance\n15.1 Each Party shall comply with all laws, ethical guidelines and "
     "regulations applicable to its activities under this Agreement." + _EN_TERM, "CMP-01"),
    (_EN_PREAMBLE + "Article 4 Personnel\n4.3 No employee or student of the University shall be required by this "
     "Agreement to perform work for the Sponsor or to hold any position with the Sponsor." + _EN_TERM, "PER-01"),
    (_EN_PREAMBLE + "Article 12 Publication\n12.3 Publication shall not be conditional upon the Sponsor being satisfied "
     "with the content or conclusions of the manuscript." + _EN_TERM, "PUB-03"),
], ids=["ja-no-military-money-received", "ja-not-used-for-military-purposes", "ja-naming-the-partner-needs-consent",
        "en-other-use-needs-a-separate-agreement", "en-each-party-keeps-its-own-laws", "en-no-one-required-to-work",
        "en-publication-not-conditional"])
def test_benign_wording_from_the_twenty_ninth_to_thirty_second_blind_sets(engine: AnalyzerEngine, document: str,
                                                                          indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind32.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity == "high"}


def test_a_data_licence_to_us_from_a_foreign_institute_is_read_from_our_side(engine: AnalyzerEngine) -> None:
    document = ("データ利用契約書\nエーレスン公衆衛生研究所（デンマーク王国所在の公的研究機関。以下「提供者」という。）と学校法人青嶺学園"
                "（以下「利用者」という。）は、次のとおり契約する。\n第5条（権利の帰属）\n1 本データに関する一切の権利は提供者に帰属し、"
                "本契約は利用者に対し、本データの非独占的な利用権を許諾するものである。\n")
    result = engine.analyze(document.encode("utf-8"), name="dua.txt")
    assert {p.role for p in result.parties if "学校法人" in p.name} == {"HOME"}
    assert not {f.indicator for f in result.findings} & {"DAT-01", "IP-01"}


def test_every_institution_that_signs_a_three_party_agreement_is_a_counterparty() -> None:
    from analyzer.findings.roles import assign_roles
    from analyzer.segment.parties import find_parties

    text = ('This Agreement is made among Hokushin University, a national university corporation (the "University"), '
            'Reefsound Sdn. Bhd. (the "Company"), National Ocean Institute Laboratory ("NOIL") and Dr. Aiko Mori '
            '(the "Scholar").')
    roles = {p.aliases[0]: p.role for p in assign_roles(find_parties(text), (), "en", text)}
    assert roles == {"University": "HOME", "Company": "PARTNER", "NOIL": "PARTNER", "Scholar": "THIRD"}


def test_the_parties_of_a_schedule_of_particulars_laid_out_as_a_table_are_read() -> None:
    from analyzer.findings.roles import assign_roles
    from analyzer.segment.parties import find_parties

    # set 950: "2 Institute" / "3 Charterer" in the number column of a vessel-time agreement's particulars
    text = ("VESSEL TIME AGREEMENT\nSCHEDULE OF PARTICULARS\nItem\nParticular\nDetails\n1 Date of Agreement\n23 January "
            "2026\n2 Institute\nTai Tonga Marine Research Limited, a Crown research institute, Wellington\n3 Charterer\n"
            "National University Corporation Nanki University of Marine Sciences, Wakayama, Japan\n4 Scientific Party\n"
            "Up to twelve (12) berths for the Charterer's scientists\n")
    roles = {p.aliases[0]: (p.name, p.role) for p in assign_roles(find_parties(text), (), "en", text)}
    assert roles == {"Institute": ("Tai Tonga Marine Research Limited", "PARTNER"),
                     "Charterer": ("National University Corporation Nanki University of Marine Sciences", "HOME")}


def test_a_cover_block_in_capitals_is_not_part_of_the_first_partys_name() -> None:
    from analyzer.segment.parties import find_parties

    text = ("MEMORANDUM OF UNDERSTANDING\nbetween\nJADE RIDGE NATIONAL UNIVERSITY\nand\nNATIONAL UNIVERSITY CORPORATION "
            'SEIRYO UNIVERSITY\nJade Ridge National University, located in Taiwan ("JRNU"), and National University '
            'Corporation Seiryo University, located in Japan ("Seiryo") agree as follows.')
    assert [p.name for p in find_parties(text)] == ["Jade Ridge National University",
                                                     "National University Corporation Seiryo University"]


# blind sets 33-36
@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.1 The Sponsor shall keep the Information confidential.\n13.2 The "
     "obligations do not apply to information that:\n(a) is lawfully received from a third party; or\n(b) is disclosed "
     "by the Receiving Party to a governmental authority of its own country at the request of that authority.\n"
     + _EN_TERM, "DAT-04", True),
    (_EN_PREAMBLE + "Article 7 Intellectual Property\n7.1 The University assigns all Project IP to the Sponsor on "
     "creation." + _EN_TERM, "IP-01", True),
    (_JA_PREAMBLE + "第十一条（共有知的財産権の実施等）\n一　甲及び乙は、共有知的財産権を第三者に実施許諾しようとするときは、あらかじめ相手方の"
     "書面による同意を得なければならない。ただし、次の各号に掲げる場合は、この限りでない。\n（一）甲が、教育及び研究の目的で自ら実施する場合\n"
     "（二）乙が、乙の関係会社に対し、共有知的財産権の実施を許諾する場合\n", "IP-05", True),
], ids=["en-item-disclosed-at-the-authoritys-request", "en-assigns-all-ip-on-creation",
        "ja-item-exception-for-the-partners-affiliates"])
def test_wording_from_the_thirty_third_to_thirty_sixth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                   indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind33.txt")
    assert (indicator in {f.indicator for f in result.findings if f.severity in ("high", "medium")}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "Article 3 Confidentiality\n3.2 The Sponsor shall not disclose the University's Confidential "
     "Information to any third party, including its affiliates and any government customer of the Sponsor, without "
     "the University's prior written consent." + _EN_TERM, "DAT-04"),
    (_EN_PREAMBLE + "Article 5 Controlled Information\n5.3 The Sponsor shall not disclose to the University any "
     "information that is subject to a government security classification, or any technical data relating to items "
     "on a military list, under this Agreement." + _EN_TERM, "COI-01"),
    (_EN_PREAMBLE + "Article 9 Funds\n6. The University shall report the receipt of the research funds to Japanese "
     "funding agencies and authorities where required by law." + _EN_TERM, "LAW-02"),
    (_EN_PREAMBLE + "Article 9 Transfers\n3. The receiving Party shall not re-transfer them to any third party, "
     "including its contractors, without the prior written consent of the providing Party and without compliance "
     "with applicable export control laws." + _EN_TERM, "EXP-01"),
    (_EN_PREAMBLE + "Article 10 Visitors\n10.2 The Sponsor shall not require the Visitor to report on unpublished "
     "research of the University." + _EN_TERM, "COI-01"),
    (_EN_PREAMBLE + "Article 20 Disputes\n20.2 The Tokyo District Court shall have exclusive jurisdiction as the court "
     "of first instance over all disputes." + _EN_TERM, "LAW-01"),
    (_EN_PREAMBLE + "Article 11 Export\n11.3 The parties confirm that the Project is directed at civil applications, "
     "and neither party may use Project Results for any military, weapons or surveillance end-use." + _EN_TERM, "EXP-02"),
    (_EN_PREAMBLE + "Article 14 Conflicts\n14.2 The Sponsor shall not pay any fee, honorarium or other personal benefit "
     "to the University's investigators." + _EN_TERM, "COI-03"),
    (_JA_PREAMBLE + "第七条（秘密保持）\n三　甲及び乙は、法令の定めにより開示を義務付けられたとき、又は資金配分機関若しくは監督官庁に対し本契約の存在"
     "及び概要を報告するときは、秘密情報を必要な範囲で開示し、又は本契約の存在及び概要を報告することができる。\n", "CON-01"),
], ids=["en-no-disclosure-to-government-customers", "en-classified-data-kept-from-us", "en-our-report-to-japan",
        "en-no-retransfer-without-review", "en-visitor-not-made-to-report", "en-tokyo-district-court",
        "en-civil-use-only", "en-no-personal-payments", "ja-reporting-to-funders-allowed"])
def test_benign_wording_from_the_thirty_third_to_thirty_sixth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                          indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind36.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity in ("high", "medium")}


# blind sets 37-40
@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_JA_PREAMBLE + "第7条（受入れ）\n２　乙が指名する派遣研究員は、乙において所要の身元確認を経た者とし、甲は当該確認をもって受入れ審査に代える。\n",
     "EXP-04", True),
    (_JA_PREAMBLE + "第8条（施設の利用）\n２　派遣研究員は、甲の研究用計算機システム及び学内ネットワークを、本研究の目的に限らず利用できる。\n",
     "DAT-01", True),
    (_JA_PREAMBLE + "第8条（施設の利用）\n３　派遣研究員による甲の情報システムへのアクセスは、本研究に必要な範囲で甲が付与した権限に限るものとする。\n",
     "DAT-01", False),
    (_JA_PREAMBLE + "第5条（成果の公表）\n２　協力の成果の公表は、相手方の同意を得て行うものとする。\n", "PUB-01", True),
    (_EN_PREAMBLE + "Article 3 Scope and Use of Results\n3.1 The Parties shall carry out the research of the Joint "
     "Laboratory.\n3.2 The Parties recognise that the research of the Joint Laboratory has broad potential "
     "applications, and each Party shall be free to apply the Joint Results in any field of application." + _EN_TERM,
     "EXP-02", True),
], ids=["ja-partners-check-replaces-our-screening", "ja-systems-beyond-the-project", "ja-systems-within-granted-rights",
        "ja-publication-with-the-other-partys-consent", "en-free-to-apply-in-any-field"])
def test_wording_from_the_thirty_seventh_to_fortieth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                 indicator: str, raised: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind37.txt")
    assert (indicator in {f.indicator for f in result.findings if f.severity in ("high", "medium")}) is raised


@pytest.mark.parametrize(("document", "indicator"), [
    (_JA_PREAMBLE + "第8条（研究成果の取扱い）\n６　乙は、前項の公表をしようとするときは、公表予定日の三十日前までに公表の内容を甲に通知するものとし、"
     "甲は、付随情報の削除を求める場合に限り、意見を述べることができる。\n", "PUB-03"),
], ids=["ja-our-review-of-the-partners-paper"])
def test_benign_wording_from_the_thirty_seventh_to_fortieth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                        indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind40.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity in ("high", "medium")}


@pytest.mark.parametrize(("head", "kind"), [
    ("AKANEGAOKA UNIVERSITY\n14 March 2025\nDear Dr. Marsh,\nRe: Notice of Termination - Joint Research Agreement\n",
     "notice"),
    ("契約解除通知書\n", "notice"),
])
def test_a_notice_under_an_agreement_is_not_judged_for_missing_protections(head: str, kind: str) -> None:
    from analyzer.findings.document_checks import agreement_type, expected_protections

    assert agreement_type(head + "We refer to the Agreement.\n") == kind
    assert expected_protections(kind) == ()


@pytest.mark.parametrize("head", [
    # set 228: a project contract under a master agreement that is not attached
    "個別共同研究契約書\n（共同研究基本契約に基づく第3号個別契約）\n甲と乙は、基本契約第5条の規定に基づき、次のとおり契約する。\n",
    "PROJECT STATEMENT NO. 2\nunder the Master Research Agreement dated 1 April 2025\n",
    # set 1578: 「個別契約書（第1号）」 over its research title, the 基本契約 named only in the preamble
    "個別契約書（第1号）\n\n研究題目：硫化物系固体電解質の大気安定性向上に関する研究\n\n甲と乙とは、甲乙間の共同研究開発基本契約書（以下「基本契約」"
    "という。）第3条に基づき、次のとおり個別契約を締結する。\n",
], ids=["ja-a-project-contract-under-a-master-agreement", "en-a-project-statement-under-a-master-agreement",
        "ja-a-numbered-project-contract"])
def test_an_order_under_a_master_agreement_is_not_judged_for_missing_protections(head: str) -> None:
    from analyzer.findings.document_checks import agreement_type, expected_protections

    assert agreement_type(head + "第1条（目的）\n本研究の内容を定める。\n") == "order"
    assert expected_protections("order") == ()


def test_a_drafting_comment_on_the_governing_law_is_no_governing_law_clause(engine: AnalyzerEngine) -> None:
    # set 1577: the only words on the law are an office's comment that a clause is still being negotiated
    document = (_JA_PREAMBLE + "第10条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、公知の情報は除く。\n第11条（解除）\n甲は、"
                "乙に通知して本契約を解除することができる。\n第15条（協議）\n本契約に定めのない事項は、甲乙が誠実に協議して解決する。\n"
                "【法務コメント：準拠法及び紛争解決条項の追加について乙と協議中（乙は乙国法を主張）。】\n")
    result = engine.analyze(document.encode("utf-8"), name="blind1577.txt")
    assert "GOVERNING_LAW" in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_an_nda_letters_exceptions_and_early_end_in_paragraphs_of_their_own_count(engine: AnalyzerEngine) -> None:
    # set 300: "4. Paragraph 2 does not apply to information which ..." after the paragraphs that bind, and "Either
    # party may end the disclosure period earlier by giving thirty (30) days' written notice"
    document = (_EN_PREAMBLE + "1. \"Confidential Information\" means all information disclosed by the Discloser.\n"
                "2. The Recipient shall keep the Confidential Information confidential and use it only for the "
                "Purpose.\n3. The obligations in paragraph 2 apply without limit of time.\n4. Paragraph 2 does not apply "
                "to information which is or becomes publicly available through no fault of the Recipient.\n5. This "
                "letter applies to information disclosed during two (2) years. Either party may end the disclosure "
                "period earlier by giving thirty (30) days' written notice.\n")
    result = engine.analyze(document.encode("utf-8"), name="nda_letter.txt")
    labels = {d.details.get("label_en") for d in result.document_findings if d.kind == "missing_protection"}
    assert "Confidentiality without the usual exceptions" not in labels
    assert "No termination or exit right" not in labels


def test_a_consolidated_text_with_its_amendment_history_is_judged_as_the_whole_agreement() -> None:
    from analyzer.findings.document_checks import agreement_type

    # set 303: a history table of "Amendment No. 1" and "No. 2" above the consolidated agreement's title
    head = ("DOCUMENT CONTROL - AMENDMENT HISTORY\nVersion\nInstrument\n1.0\nOriginal Agreement\n1.1\nAmendment No. 1\n"
            "This consolidated text incorporates Amendments No. 1 and No. 2.\nRESEARCH COLLABORATION AGREEMENT\n")
    assert agreement_type(head + "Article 1 Purpose\n") == "research"
    assert agreement_type("AMENDMENT NO. 2\nTO THE RESEARCH COLLABORATION AGREEMENT\n") == "amendment"



@pytest.mark.parametrize(("text", "kind"), [
    # set 1385: a renewal memorandum whose text replaces the original one's in its entirety
    ("AGREEMENT ON THE RENEWAL OF THE MEMORANDUM OF UNDERSTANDING\nARTICLE I RENEWAL\n2. With effect from 1 April "
     "2025, the text of the Original MoU is replaced in its entirety by the provisions of this Memorandum.\n", "mou"),
    ("覚書の更新に関する覚書\n第1条（更新）\n２ 2025年4月1日以降、原覚書の本文は、本覚書の規定によりその全部が置き換えられる。\n", "mou"),
    # set 1570: 「本合意書は、原覚書の全部を改めるものとする」
    ("学生交流に関する覚書の更新に関する合意書\n甲及び乙は、原覚書を更新することとし、次のとおり合意する。なお、本合意書は、原覚書の全部を改めるもの"
     "とする。\n第1条（目的）\n", "mou"),
    ("AGREEMENT ON THE RENEWAL OF THE MEMORANDUM OF UNDERSTANDING\nARTICLE I RENEWAL\n2. All other provisions of the "
     "Original MoU remain in force.\n", "amendment"),
    # set 1379: a ground station's "Telemetry Data Agreement" is a data agreement, its publication clause expected
    ("GROUND STATION SUPPORT AND TELEMETRY DATA AGREEMENT\nrelating to the VELA-3 Mission\n", "data"),
], ids=["en-a-renewal-that-replaces-the-whole-text", "ja-a-renewal-that-replaces-the-whole-text",
        "ja-a-renewal-that-revises-the-whole",
        "en-a-renewal-that-keeps-the-rest", "en-a-telemetry-data-agreement"])
def test_a_renewal_that_replaces_the_whole_text_is_judged_as_the_whole_agreement(text: str, kind: str) -> None:
    from analyzer.findings.document_checks import agreement_type

    assert agreement_type(text) == kind


def test_a_memorandum_named_after_the_contract_it_changes_is_an_amendment() -> None:
    from analyzer.findings.document_checks import agreement_type

    # set 1586: 「共同研究契約書に関する覚書」, its contract called 本契約, not 原契約
    head = ("共同研究契約書に関する覚書\n甲と乙とは、甲乙間で締結した共同研究契約書（以下「本契約」という。）に関し、次のとおり覚書を締結する。\n"
            "第1条（目的）\n本覚書は、本契約の一部の変更及び補足について定める。\n")
    assert agreement_type(head) == "amendment"
    assert agreement_type("学生交流に関する覚書\n第1条（目的）\n") == "mou"


def test_a_heading_in_running_text_is_a_reference_not_an_article() -> None:
    from analyzer.segment.segmenter import ClauseSegmenter
    from analyzer.types import Document

    text = ("NOTICE OF TERMINATION\nWe refer to the Agreement.\nArticle 11 (Publication) continues to apply to results "
            "obtained before the Termination Date.\nYours sincerely,\n")
    document = Document(source="letter.txt", sha256="", format="txt", status="ok", error=None, language="en",
                        text=text, pages=())
    assert [c.number for c in ClauseSegmenter()(document).clauses if c.kind == "article"] == []


# blind sets 41-44
@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "Article 6 Results\n6.2 [deleted: All Foreground IP shall vest in the Sponsor, and the University "
     "hereby assigns all its rights to the Sponsor.] [inserted: Foreground IP shall vest in the Party that made it.]"
     + _EN_TERM, "IP-01"),
    (_JA_PREAMBLE + "第4条（進捗）\n３　甲及び乙は、少なくとも２か月に１回、オンライン会議により進捗状況を相互に報告する。\n", "PER-01"),
    (_JA_PREAMBLE + "第12条（秘密保持）\n1 甲及び乙は、本件出願の日までの間、本件発明の内容を秘密として保持し、相手方の書面による事前の承諾なく"
     "第三者に開示してはならない。\n", "CON-01"),
    (_EN_PREAMBLE + "Article 13 Conflicts\n13.2 No personal fee, honorarium or other payment shall be made by the "
     "Sponsor to any individual employed by the University." + _EN_TERM, "FUN-04"),
], ids=["en-struck-out-markup", "ja-a-frequency-is-no-time-commitment", "ja-invention-secret-until-filing",
        "en-no-payment-shall-be-made"])
def test_benign_wording_from_the_forty_first_to_forty_fourth_blind_sets(engine: AnalyzerEngine, document: str,
                                                                         indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind41.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity == "high"}


def test_a_foreign_university_we_sponsor_is_read_as_the_partner_not_as_us(engine: AnalyzerEngine) -> None:
    document = ('SPONSORED RESEARCH AGREEMENT\nThis Agreement is made between National Institute for Coastal '
                'Resilience, a National Research and Development Agency established under the laws of Japan (the '
                '"Sponsor"), and Coralline Coast University, a university of Australia (the "University").\n'
                "Article 7 Intellectual Property\n7.2 Intellectual property in the Research Results shall vest in the "
                "Sponsor upon creation, and the University hereby assigns to the Sponsor all of its right, title and "
                "interest in the Research Results.\n")
    result = engine.analyze(document.encode("utf-8"), name="sponsor.txt")
    assert "IP-01" not in {f.indicator for f in result.findings}


def test_a_confidential_information_definition_that_takes_in_the_agreement_itself_is_con_01(
        engine: AnalyzerEngine) -> None:
    document = (_JA_PREAMBLE + "第2条（定義）\n（４）「秘密情報」とは、甲又は乙が相手方に開示する技術上の情報であって秘密である旨を明示したもの"
                "並びに本契約の締結の事実、本契約の内容及び甲の本共同研究への参加の事実をいう。\n")
    result = engine.analyze(document.encode("utf-8"), name="def.txt")
    assert "CON-01" in {f.indicator for f in result.findings}


def test_an_item_under_a_partners_may_that_transfers_results_to_its_government_is_exp_05(
        engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "Article 8 Use of Results\n8.1 Each Party may use the Project Results for research.\n8.2 In "
                "addition, the Sponsor may:\n(a) use the Project Results in collaborative research;\n(b) make the Project "
                "Results available to its students; and\n(c) transfer the Project Results, with any related technical "
                "data, to its Affiliates and to any governmental body of Northmere without the University's consent."
                + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="items.txt")
    assert "EXP-05" in {f.indicator for f in result.findings if f.severity == "high"}


@pytest.mark.parametrize(("document", "indicator"), [
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 The University shall not state or imply that the Sponsor endorses any "
     "Research Result." + _EN_TERM, "IP-06"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.4 The University is not required to submit any publication to the Sponsor "
     "for review or approval before publication." + _EN_TERM, "PUB-01"),
], ids=["en-no-claimed-endorsement", "en-no-review-required"])
def test_benign_wording_from_the_forty_third_blind_set(engine: AnalyzerEngine, document: str, indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind43.txt")
    assert indicator not in {f.indicator for f in result.findings if f.severity == "high"}


def test_platform_terms_that_name_only_the_provider_and_a_research_institution_read_the_institution_as_us() -> None:
    from analyzer.findings.roles import assign_roles
    from analyzer.segment.parties import find_parties

    text = ('These Terms are entered into between Lumeris Intelligence Corp., a corporation organised under the laws of '
            'Calveria ("Lumeris"), and the research institution identified in the Order Form below ("Customer").')
    roles = {p.aliases[0]: p.role for p in assign_roles(find_parties(text), (), "en", text)}
    assert roles == {"Lumeris": "PARTNER", "Customer": "HOME"}


# wording from blind sets 45-80: each row once got the wrong answer for the indicator named
@pytest.mark.parametrize(("document", "indicator", "raised"), [
    (_JA_PREAMBLE + "第12条（法令等の遵守）\n甲及び乙は、自らの研究者に対し、相手方の大学から受ける役職、報酬その他の支援について、"
     "所属する大学の規程に従い届け出させるものとする。\n", "FUN-04", False),
    ('AGREEMENT\nThis Agreement is made between Shirakaba University, a national university corporation of Japan (the '
     '"University"), and Pellucid Pte. Ltd., a company incorporated in the Republic of Singapore (the "Company").\n'
     "Article 14 Governing Law\n14.1 This Agreement is governed by the laws of the Republic of Singapore, and the "
     "Parties submit to the exclusive jurisdiction of the courts of Singapore." + _EN_TERM, "LAW-01", True),
    ('AGREEMENT\nThis Agreement is made between Shirakaba University (the "University") and Pellucid Ltd (the '
     '"Company").\nArticle 14 Governing Law\n14.1 This Agreement is governed by the laws of England and Wales, and '
     "the courts of England shall have exclusive jurisdiction." + _EN_TERM, "LAW-01", False),
    ('AGREEMENT\nThis Agreement is made between Shirakaba University, a national university corporation of Japan (the '
     '"University"), and Pellucid Ltd, a company incorporated in England (the "Company").\nArticle 14 Governing Law\n'
     "14.1 This Agreement is governed by the laws of England and Wales, and the courts of England shall have "
     "exclusive jurisdiction." + _EN_TERM, "LAW-01", True),
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 The University may publish the results after giving the Sponsor forty-five "
     "(45) days to comment, provided that no publication shall be made without the Sponsor's prior written approval."
     + _EN_TERM, "PUB-01", True),
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 Journal articles may be submitted without the Sponsor's permission."
     + _EN_TERM, "PUB-01", False),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.2 "Field" means all uses of infrared imaging, including defence, policing '
     "and surveillance.\nArticle 2 Licence\n2.1 The University grants the Sponsor a licence in the Field." + _EN_TERM,
     "EXP-02", True),
    (_JA_PREAMBLE + "第2条（定義）\n本契約において「実施分野」とは、無人移動体の動力源としての用途をいい、民生用途に限らず、防衛及び治安維持の"
     "用途を含むものとする。\n第3条（許諾）\n甲は、乙に対し、実施分野において本特許を実施する権利を許諾する。\n", "EXP-02", True),
    (_EN_PREAMBLE + "Article 13 Termination\n13.5 If this Agreement is terminated by the University for any reason other "
     "than the Sponsor's uncured material breach, the University shall refund to the Sponsor all Development Funding "
     "received under Article 3." + _EN_TERM, "TRM-04", True),
    (_JA_PREAMBLE + "第9条（研究成果の公表）\n乙は、本研究の成果を自由に公表することができる。\n", "EXP-02", False),
    (_JA_PREAMBLE + "第17条（研究成果の公表）\n本契約は、甲が研究の成果を学術論文その他の方法により公表することを妨げない。ただし、甲は、本技術"
     "情報のうち乙の書面による同意を得て秘密として指定したものを公表しない。\n", "PUB-01", False),
    (_JA_PREAMBLE + "第24条（特約）\n甲は、資金配分機関を含む第三者に対し、本契約の締結の事実及び内容を開示してはならない。\n", "COI-01", False),
    ('VISITING SCHOLAR AGREEMENT\nThis Agreement is made between Hanamizu University (the "Host") and the National '
     'Science Council of Korvath (the "Council") for the visit of Dr. Lena Marek (the "Scholar").\nArticle 10 '
     "(Reports)\n10.1 At the end of the Visit Period, the Scholar shall submit a final report to the Host.\n10.2 The "
     "Scholar shall also send the Council quarterly reports. Each quarterly report shall attach the raw data and "
     "unpublished results obtained at the Host." + _EN_TERM, "PER-04", True),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.3 In addition, the Sponsor may disclose Confidential Information of the "
     "University and the Research Results to any Funding Participant without notice to the University." + _EN_TERM,
     "TRA-01", True),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.3 "Funding Participant" means any person that the Sponsor designates to '
     "fund the Research. The Sponsor shall not be required to disclose the identity of any Funding Participant to the "
     "University.\nArticle 4 Funding\n4.1 The Sponsor shall pay the Research Funds." + _EN_TERM, "FUN-03", True),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.4 "Funding Party" means the Sponsor or any entity the Sponsor designates to '
     "pay on its behalf.\nArticle 5 Funding\n5.2 The Funding Party shall pay the Research Funds in two instalments."
     + _EN_TERM, "FUN-03", True),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 Where an objection is raised, the proposed publication shall not take place "
     "until the objecting Party has confirmed in writing that its legitimate interests are adequately protected."
     + _EN_TERM, "PUB-02", True),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.2 "Affiliated Entity" means any legal entity controlling, controlled by or '
     "under common control with a Party, and, for any Party that is a public body, any ministry, agency or authority of "
     "the government of the State in which that Party is established.\nArticle 9 Access Rights\n9.5 Affiliated "
     "Entities of the Sponsor shall have access to the Results." + _EN_TERM, "TRA-01", True),
    (_JA_PREAMBLE + "第5条の2（研究経費の原資に関する表明）\n　乙は、研究経費が乙の自己資金であり、いずれの国の政府機関、軍事関連機関又は第三者"
     "からの資金提供若しくは資金の仲介によるものでないことを表明し、保証する。\n２　乙は、前項の表明に変更が生じたときは、直ちにその旨を甲に"
     "書面で通知するものとする。\n", "FUN-01", False),
    (_JA_PREAMBLE + "第15条（輸出管理）\n甲は、輸出管理関係法令に基づく許可を要する技術の提供については、当該許可を得るまでこれを行わないことが"
     "できる。\n", "EXP-01", False),
    (_EN_PREAMBLE + "Article 11 Intellectual Property\n11.1 The Model and all intellectual property rights in it remain the "
     "property of the Sponsor. The University Dataset remains the property of the University." + _EN_TERM, "IP-01", False),
    (_EN_PREAMBLE + "Article 16 Publication\n16.4 The Sponsor shall have no right to approve or change the content, "
     "conclusions or timing of any publication by the University." + _EN_TERM, "PUB-03", False),
    (_JA_PREAMBLE + "第4条（研究担当者の受入れ）\n乙は、乙の研究担当者を甲の施設において本研究に従事させようとするときは、あらかじめその氏名を甲に"
     "通知し、甲の承認を得るものとする。\n２　甲は、前項の承認に当たり、甲の安全保障輸出管理規程に基づく確認を行うものとする。\n３　甲の施設"
     "において本研究に従事する乙の研究担当者は、甲の規則に従うものとする。\n４　甲の研究担当者が乙の事業所において本研究に従事する場合も、"
     "前各項に準じて乙の規則に従うものとする。\n", "CMP-01", False),
    (_JA_PREAMBLE + "第17条（研究の中止）\n甲又は乙は、天災その他やむを得ない事由により本研究の継続が困難となったときは、相手方と協議の上、"
     "本研究を中止することができる。この場合、甲は、研究経費のうち未使用の額を乙に返還する。\n", "FUN-06", False),
    (_EN_PREAMBLE + "Article 10 Onward Transfers\n10.1 Neither Party shall disclose or transfer data received under this "
     "Agreement to any third party, except to processors bound by a written contract." + _EN_TERM, "CON-01", False),
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.1 The Sponsor will keep the data confidential and will not disclose them to "
     "any person, except where disclosure is required by a law or by an order of a court." + _EN_TERM, "CON-03", False),
    (_EN_PREAMBLE + 'Article 2 The Project\n2.1 The Project comprises Work Packages 2 and 3 of the Principal Investigator\'s '
     'project "Ageing Models" funded by the Japan Fund for Energy Research under grant number JFE-24-0317, which the '
     "University shall perform for the Sponsor." + _EN_TERM, "COI-02", True),
    (_JA_PREAMBLE + "第4条（受託研究の内容）\n受託研究は、研究担当者が甲において実施中の科学研究費助成事業（基盤研究(B)）の研究計画をその実施内容とし、"
     "研究担当者は、当該研究計画により得られた全てのデータを乙に報告するものとする。\n", "COI-02", True),
    ('VISITING RESEARCHER AGREEMENT\nThis Agreement is made between Hinokage University (the "Host") and Saldane '
     'Institute (the "Sending Institution").\nClause 6 Controlled Technology\n6.1 The Host shall screen each named visitor '
     "before arrival.\n6.3 Researchers substituted or added by the Sending Institution under Clause 4.3 shall have "
     "access to the Controlled Technology from their arrival, and the review in Clause 6.1 shall be deemed to cover "
     "them." + _EN_TERM, "EXP-04", True),
    (_JA_PREAMBLE + "第8条（技術資料の利用）\n２　受入研究者は、受入教員の研究室が保有する技術資料（外国為替及び外国貿易法に基づく許可を要するものを"
     "含む。）を、乙が推薦した範囲において閲覧し、及び利用することができる。\n", "EXP-04", True),
    (_JA_PREAMBLE + "第5条（役割分担）\n甲は、本共同研究の実施に当たり、次の各号に掲げる事項を行う。\n(1)甲が保有する水質データの乙への提供\n"
     "(2)乙の研究者に対する甲の分析機器の利用機会の提供\n(3)共同研究年次報告書の取りまとめ\n２　乙は、本共同研究に関し、乙がその裁量に"
     "より必要と認める協力を行う。\n", "REC-01", True),
    (_JA_PREAMBLE + "第6条（人材招致計画等との関係）\n本契約は、いずれの当事者の教職員に対しても、相手方又は第三者の人材招致計画への参加、兼職"
     "又は報酬の受領を求めるものではない。\n", "FUN-04", False),
    (_JA_PREAMBLE + "第2条（試料の提供）\n甲は、乙から請求を受けたときは、十日以内に本試料を発送するものとし、その発送を留保することはできない。\n",
     "EXP-01", True),
    (_JA_PREAMBLE + "第2条（共有データ）\n２　甲は、照合の便宜のため、共有データに受診者の氏名及び生年月日を付して提供する。\n", "DAT-03", True),
    (_EN_PREAMBLE + "Article 4 Transfer\n4.2 No additional consent from the Cohort participants shall be required for the "
     "transfer of the Cohort Data to the Sponsor." + _EN_TERM, "DAT-03", True),
    (_JA_PREAMBLE + "第9条（兼業）\n２　出向者と乙の間の個別の契約の内容は、甲に開示しない。\n", "COI-01", True),
    (_EN_PREAMBLE + "Article 8 Project Personnel\n8.3 Project Personnel remain employees or students of their home Party and "
     "are subject to its rules of employment or enrolment." + _EN_TERM, "PER-01", False),
    (_JA_PREAMBLE + "第6条（報酬及び旅費）\n乙は、甲の教員に対し、乙の規程に基づき、集中講義1科目につき所定の講義謝金を支払う。\n", "FUN-04", False),
    (_JA_PREAMBLE + "第7条（拠点研究者）\n２　乙の拠点研究者は、乙の規則に従い、乙の承認を得て本拠点の活動に参加する。\n", "CMP-01", False),
    (_JA_PREAMBLE + "第10条（設備の所有）\n甲が取得した設備は甲に帰属し、乙が拠点運営支援金により取得した設備は乙に帰属する。\n", "IP-01", False),
    (_JA_PREAMBLE + "第2条（研究経費）\n２　研究経費は、乙の協力機関から乙を通じて拠出されるものとし、乙は当該協力機関の名称及び資金の出所を甲に開示"
     "する義務を負わない。\n", "FUN-03", True),
    (_JA_PREAMBLE + "第7条（本契約の秘密）\n甲及び乙は、本契約の存在及び内容を、行政機関及び資金配分機関を含む第三者に開示しない。\n", "COI-01",
     False),
    (_EN_PREAMBLE + "Article 13 Confidentiality of Commercial Terms\n13.1 The financial terms of this Agreement shall not be "
     "disclosed by either Party in any press release or public statement without the prior written consent of the "
     "other Party." + _EN_TERM, "CON-01", False),
    (_JA_PREAMBLE + "第16条（契約条件の秘密）\n甲及び乙は、本契約の条件を秘密として扱う。\n３　本契約の締結の事実、当事者の名称及び研究題目は、第1"
     "項の秘密の対象としない。\n", "CON-01", False),
    (_JA_PREAMBLE + "第4条（研究対象者の同意）\n甲は、提供データの外国にある第三者への提供について、研究対象者から、提供先の国名及び当該国の個人"
     "情報保護制度に関する情報を提供した上で同意を得ていることを確認する。\n", "DAT-03", False),
    (_EN_PREAMBLE + "11. CONFIDENTIALITY\n11.1 Each party shall keep the other party's Confidential Information "
     "confidential and use it only for the Project.\n11.3 The obligations in clause 11.1 do not apply to information "
     "that:\n(a) is or becomes public other than through breach of this Agreement;\n(d) is required to be disclosed by "
     "law, provided that the recipient gives prompt notice; or\n(e) is requested by an agency of the Commonwealth of "
     "Australia, which the Sponsor may supply without notice to the University.\n12. TERM\n12.1 This Agreement ends "
     "in 2028.\n", "DAT-04", True),
], ids=["ja-support-reported-under-own-rules", "en-singapore-law-of-a-singaporean-partner",
        "en-english-law-of-a-partner-of-unknown-country", "en-english-law-of-an-english-partner",
        "en-approval-in-a-proviso", "en-submitted-without-permission", "en-field-including-defence",
        "ja-field-including-defence", "en-refund-of-all-funding-received", "ja-partner-free-to-publish",
        "ja-information-designated-secret-kept-out", "ja-institution-keeps-the-agreement-from-funders",
        "en-visitor-sends-the-sender-reports-with-unpublished-results", "en-results-to-funding-participants-unnoticed",
        "en-funders-identity-need-not-be-disclosed", "en-any-entity-the-sponsor-designates-pays",
        "en-publication-held-until-the-objector-is-satisfied", "en-ministries-defined-as-affiliated-entities",
        "ja-funds-represented-as-not-from-a-government", "ja-technology-withheld-until-licensed",
        "en-each-keeps-its-own-property", "en-no-right-to-approve-or-change", "ja-partner-site-rules-on-its-premises",
        "ja-either-party-may-stop-the-research", "en-data-received-under-the-agreement-kept-confidential",
        "en-disclosure-required-by-law-or-court", "en-work-packages-of-a-funded-project",
        "ja-the-kakenhi-plan-as-the-sponsored-work", "en-substitutes-deemed-screened",
        "ja-controlled-technology-in-the-partners-scope", "ja-partner-helps-at-its-discretion-while-we-list-duties",
        "ja-no-talent-programme-required", "ja-shipment-may-not-be-withheld", "ja-names-attached-for-matching",
        "en-no-additional-consent", "ja-the-secondees-own-contract-kept-from-us", "en-staff-remain-employees-of-their-own",
        "ja-a-lecture-fee", "ja-the-partners-staff-follow-the-partners-rules", "ja-each-owns-the-equipment-it-bought",
        "ja-no-duty-to-disclose-the-funders-source", "ja-both-institutions-keep-the-agreement-secret",
        "en-terms-kept-out-of-press-releases", "ja-the-agreements-existence-expressly-not-secret",
        "ja-consent-to-foreign-transfer-obtained", "en-an-agency-request-supplied-without-notice"])
def test_wording_from_blind_sets_45_to_80(engine: AnalyzerEngine, document: str, indicator: str, raised: bool) -> None:
    assert (indicator in _raised(engine, document, "blind45.txt")) is raised


# Wording from blind sets 81-88 (scans, student exchange, international organisations, grants, facilities, older
# Japanese drafting, negotiation drafts): each row failed before (a finding missed or raised on benign wording)
_BLIND_81_TO_88 = [
    (_JA_PREAMBLE + "第16条（個人情報の取扱い）\n甲及び乙は、本プログラムの実施のために相互に提供する参加学生の個人情報を、本プログラムの実施に"
     "必要な範囲でのみ利用し、それぞれの国の個人情報の保護に関する法令に従い適切に管理する。\n", "DAT-03", False,
     "ja-student-data-exchanged-for-the-programme-only"),
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.3 Nothing in this Agreement prevents either Party from disclosing this "
     "Agreement or Confidential Information where required by law, by a court or regulatory authority, or by a funding "
     "body." + _EN_TERM, "COI-01", False, "en-nothing-prevents-disclosure-to-funders"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.6 \"Commission\" means the State Commission for Overseas Training of the "
     "Federation of Velmora, which awards travel grants to Interns.\nArticle 2 Reporting\n2.3 Within thirty (30) days "
     "after the Internship, each Intern shall submit to the Commission a report on the research carried out at the "
     "University, including the experimental data and unpublished results obtained." + _EN_TERM, "PER-04", True,
     "en-interns-report-to-a-state-commission"),
    (_EN_PREAMBLE + "Article 5 Nomination\n5.1 The Sponsor shall send the University a list of nominated candidates.\n"
     "5.2 The University shall admit every candidate so nominated as an Intern, and shall assign each Intern to a "
     "laboratory." + _EN_TERM, "PER-03", True, "en-every-candidate-so-nominated-admitted"),
    (_EN_PREAMBLE + "Article 7 Records\n7.3 Records, reports and research outputs concerning students hosted by either "
     "Party shall be made available to\nthe competent authorities of the Republic of Karvania upon their request."
     + _EN_TERM, "DAT-04", True, "en-records-made-available-to-authorities-across-a-line-wrap"),
    (_JA_PREAMBLE + "第15条（研究成果の公表）\n３　乙は、前項の通知を受けた日から30日以内に限り、公表予定の内容に含まれる乙の秘密情\n"
     "報の削除を求めることができる。\n", "PUB-03", False, "ja-deletion-of-secrets-asked-across-a-wrapped-word"),
    (_EN_PREAMBLE + "Article 19 Conflicts of Interest\n19.1 No payment, honorarium, title or other personal benefit is "
     "provided to any University researcher under this Agreement." + _EN_TERM, "COI-01", False,
     "en-no-personal-benefit-provided"),
    (_JA_PREAMBLE + "第12条（個人情報の取扱い）\n甲及び乙は、学生交流及び研究者交流のために相手方に提供する個人情報を、その目的に必要な範囲に"
     "限り提供し、受領した個人情報を当該目的以外に利用しない。\n", "DAT-03", False, "ja-personal-data-limited-to-the-exchange"),
    (_JA_PREAMBLE + "第6条（利用者データの帰属）\n利用者データに関する一切の権利は甲に帰属し、本契約により乙に移転し、又は許諾されるものではない。\n",
     "IP-01", False, "ja-rights-not-transferred-or-licensed"),
    (_JA_PREAMBLE + "第12条（研究成果の公表）\n２　乙は、公表の内容に乙の秘密情報が含まれるときは、その削除を求めることができる。但し、乙が当該公表"
     "を適当でないと認めたときは、甲は、乙の書面による承諾を得るまで、これを公表しないものとする。\n", "PUB-01", True,
     "ja-publication-held-until-the-partner-consents-in-a-proviso"),
    (_JA_PREAMBLE + "第12条の2（研究成果の提供）\n甲及び乙は、次に掲げる場合に限り、研究成果を第三者に提供することができる。\n　(イ)　相手方の書面による"
     "同意を得た場合\n　(ロ)　乙の所属国の政府機関から求めがあった場合において、乙が当該機関に研究成果を提供するとき\n　(ハ)　法令に基づき開示が"
     "義務付けられる場合において、あらかじめ相手方に通知したとき\n", "DAT-04", True, "ja-an-item-results-to-the-partners-government"),
    (_JA_PREAMBLE + "第8条（報告）\n２　乙は、本取決めに基づく活動の概要（セミナーの名称、開催日及び参加者数を含む。）を本国政府に報告することができる。\n",
     "DAT-04", False, "ja-an-outline-of-activities-reported-home"),
    (_JA_PREAMBLE + "第6条（研究担当者の受入れ）\n甲は、乙の研究担当者を、甲の規則に従い受け入れる。\n", "CMP-01", False,
     "ja-partner-researchers-received-under-our-rules"),
    (_EN_PREAMBLE + "Article 6 Publication\n6.3 The Sponsor shall not be entitled to require any change to the scientific "
     "content or conclusions of a publication." + _EN_TERM, "PUB-03", False, "en-no-right-to-require-changes-to-content"),
    (_EN_PREAMBLE + "Article 2 Scope\n2.2 The Project concerns publicly available seismic data and open-source software. "
     "The Parties do not intend the Project to involve technology listed for export control." + _EN_TERM, "EXP-01",
     False, "en-no-controlled-technology-intended"),
    ("TALLIS POLYTECHNIC UNIVERSITY\nOffice of Research\n2 September 2025\nSanrei University\nInternational Affairs Office\n"
     "Side Letter No. 1 to the Research Collaboration Agreement dated 14 March 2024 between Sanrei University and Tallis "
     "Polytechnic University (the \"Agreement\")\nDear President Okumura,\n1. Interpretation. Terms defined in the "
     "Agreement have the same meaning here.\n2. Publication. If the reviewing Party notifies the publishing Party "
     "that the draft discloses patentable subject matter, publication shall be deferred until TPU has confirmed in "
     "writing that all patent applications it considers appropriate have been filed.\n", "PUB-02", True,
     "en-a-side-letter-that-calls-the-partner-by-its-initials"),
    (_EN_PREAMBLE + "Article 4 Payment\n4.3 Payments shall be made by bank transfer from the Sponsor's own account. The "
     "University shall administer the Grant through its institutional accounts and not through any personal account of "
     "the Principal Investigator." + _EN_TERM, "FUN-04", False, "en-the-grant-kept-out-of-personal-accounts"),
    (_EN_PREAMBLE + "Article 8 Financial Reporting\n8.2 Within ninety (90) days after the end of the Grant Period, the "
     "University shall submit a final financial statement in the same form, showing the total expenditure." + _EN_TERM,
     "COI-02", False, "en-a-final-statement-in-the-same-form"),
    (_EN_PREAMBLE + "Article 3 Statement of Work\n3.2 The work under this Agreement is fundamental research. It does not "
     "include the design, development or testing of weapons or of any military system." + _EN_TERM, "EXP-02", False,
     "en-weapons-work-not-included"),
    (_EN_PREAMBLE + "Article 12 Publications\n12.3 A Publication may be submitted only after the Sponsor has given its "
     "written clearance, and the Sponsor shall not be required to give reasons for withholding clearance." + _EN_TERM,
     "PUB-01", True, "en-submitted-only-after-written-clearance"),
    (_EN_PREAMBLE + "Article 18 Termination\n18.4 Where the Award is terminated before the End Date for any reason other "
     "than a material breach by the Sponsor, the University shall repay to the Sponsor, within sixty (60) days, all "
     "instalments of the Grant received to date, whether or not they have been spent or committed." + _EN_TERM,
     "TRM-04", True, "en-every-instalment-repaid-spent-or-not"),
    (_EN_PREAMBLE + "Article 8 Reports\n8.2 The Visiting Researcher shall also send a monthly work report, with the "
     "experimental data obtained in the University's laboratory, to the International Cooperation Office of the Sponsor."
     + _EN_TERM, "PER-04", True, "en-reports-to-an-office-of-the-sender"),
    (_EN_PREAMBLE + "Article 7 Publication\n7.3 No paper, report or other output of the Study, including academic papers "
     "by University researchers, may be published until it has been cleared by the Sponsor." + _EN_TERM, "PUB-01",
     True, "en-nothing-published-until-cleared"),
    (_EN_PREAMBLE + "Article 10 Inspection\n10.2 Officials of the Sponsor and of its Ministry of Defence may inspect the "
     "University's premises, computer systems and records at any time and without prior notice." + _EN_TERM, "DAT-01",
     True, "en-officials-inspect-our-systems-at-any-time"),
    (_EN_PREAMBLE + "Article 9 Joint Inventions\n9.3 The Government of Valdoria shall have a non-exclusive licence to "
     "practise each Joint Invention, and the Sponsor may extend that licence to any government body or government "
     "contractor without the consent of the University." + _EN_TERM, "IP-05", True,
     "en-a-licence-extended-to-any-contractor-without-consent"),
    ("共同研究契約書\n国立大学法人碧海大学（以下「甲」という。）、株式会社海星（以下「乙」という。）及びヴェルデン連邦共和国国防調達庁の所管する研究機関"
     "であるヴェルデン連邦応用材料研究所（以下「丙」という。）は、次のとおり契約する。\n第5条（研究経費）\n甲、乙及び丙は、別表2に定めるところにより、"
     "研究経費を負担する。\n２　丙は、別表2に定める甲の研究経費として、金四千五百万円を甲に支払うものとする。\n", "FUN-01", True,
     "ja-money-from-a-party-the-preamble-ties-to-a-defence-office"),
    ("RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation (the "
     "\"University\"), and Werden Federal Institute of Applied Materials, a research institute under the Federal Defence "
     "Procurement Office of Werden (the \"Institute\").\nArticle 5 Costs\n5.2 The Institute shall pay to the University "
     "JPY 45,000,000 for the University's research costs." + _EN_TERM, "FUN-01", True,
     "en-money-from-a-party-the-preamble-ties-to-a-defence-office"),
    ("RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation (the "
     "\"University\"), and Werden Institute of Applied Materials, a civilian research institute not part of any "
     "military or defence body (the \"Institute\").\nArticle 5 Costs\n5.2 The Institute shall pay to the University "
     "JPY 45,000,000 for the University's research costs." + _EN_TERM, "FUN-01", False,
     "en-money-from-a-party-described-as-civilian"),
    (_JA_PREAMBLE + "第4条（入構）\n乙は、本施設を利用する乙の研究者の名簿を甲に提出する。\n２　甲は、前項の名簿に記載された者に対し、所属及び"
     "経歴に関する審査を行うことなく入構証を交付し、技術管理区域を含む本施設の全区域への立入りを認める。\n", "EXP-04", True,
     "ja-passes-issued-without-any-background-check"),
]


@pytest.mark.parametrize(("document", "indicator", "raised"), [row[:3] for row in _BLIND_81_TO_88],
                         ids=[row[3] for row in _BLIND_81_TO_88])
def test_wording_from_blind_sets_81_to_88(engine: AnalyzerEngine, document: str, indicator: str, raised: bool) -> None:
    assert (indicator in _raised(engine, document, "blind81.txt")) is raised


def test_an_ip_article_that_speaks_only_of_foreground_ip_is_an_ip_clause(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "Article 1 Research\n1.1 The University will carry out the Project.\nArticle 12 "
                "Foreground IP\n12.1 Foreground IP generated solely by a Party's personnel shall be owned by that Party."
                + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="foreground.txt")
    missing = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert "IP" not in missing


# Wording from blind sets 89-96 (partner-translated Japanese, long masters, AI collaborations, researchers' own
# contracts and letters, poor text layers, British and Australian forms): each row failed before, but the last,
# a plain ban that must stay quiet
_BLIND_89_TO_96 = [
    (_EN_PREAMBLE + "Article 3 Activities\n3.1 During the Appointment we would ask you to:\n(a) deliver one public lecture "
     "each year; and\n(d) each year, recruit at least two doctoral candidates from your university into the Sponsor "
     "Fellowship Programme." + _EN_TERM, "PER-02", True, "en-a-letter-asks-you-to-recruit-into-the-partners-programme"),
    (_EN_PREAMBLE + "Article 2 Term\n2.1 Your membership runs for two (2) years. It may be renewed only by mutual "
     "written agreement." + _EN_TERM, "TRM-01", False, "en-renewed-only-by-mutual-agreement"),
    (_EN_PREAMBLE + "Article 6 Ideas\n6.1 The Sponsor may use any suggestion you make during meetings. No right in your "
     "own research, or in any intellectual property of your university, is transferred to the Sponsor by this "
     "letter." + _EN_TERM, "IP-01", False, "en-no-right-is-transferred"),
    (_EN_PREAMBLE + "Article 5 Confidentiality\n5.3 You shall not refer to Board Materials in any funder report, "
     "disclosure form or university inquiry." + _EN_TERM, "CON-03", True, "en-board-materials-kept-out-of-funder-reports"),
    (_EN_PREAMBLE + "Article 3 No Fee\n3.1 The Speaker will receive no speaking fee, honorarium or other payment for "
     "the engagement." + _EN_TERM, "FUN-04", False, "en-the-speaker-receives-no-fee"),
    ("合作研究協議書\n甲方：國立花東農業科技大學\n乙方：国立大学法人牧之原農工大学\n甲方と乙方は、次のとおり本協議書を締結する。\n第九條：知識産権\n"
     "9.4 共有知識産権の第三者への実施許諾は、他方の書面同意を要する。\n9.5 前項にかかわらず、甲方は、その関係企業に対して共有知識産権の実施を許諾"
     "できる。\n", "IP-05", True, "ja-traditional-articles-and-an-affiliates-exception"),
    ("共同研究協約書\n東海岸海洋科学研究院（以下「甲」という。）と国立大学法人汐見臨海大学（以下「乙」という。）は、次のとおり協約する。\n"
     "第7条（研究データの管理）\n2. 乙は、甲が付与するアカウントを通じて前項のサーバーに接続し、研究データを閲覧及びダウンロードすることができる。\n",
     "DAT-01", False, "ja-our-access-to-the-partners-server"),
    (_JA_PREAMBLE + "第9条（法令に基づく開示）\n２　前項の場合を除き、甲及び乙は、相手方の秘密情報、研究データ又は研究成果を、政府機関、国有企業"
     "その他の第三者に提供してはならない。\n", "DAT-04", False, "ja-a-ban-on-giving-anything-to-government-bodies"),
    (_JA_PREAMBLE + "第12条（法令等の遵守）\n３　本協定のいかなる規定も、甲に対し、乙又は乙の所在国の内部規則又は方針に従うことを求めるもの"
     "ではない。\n", "CMP-01", False, "ja-nothing-requires-us-to-follow-the-partners-rules"),
    ("技術顧問契約書\nカレドン・フォトニクス社（以下「会社」という。）と高槻誠一（以下「顧問」という。）は、次のとおり契約する。\n第1条（禁止事項）\n"
     "顧問は、本契約の有効期間中、次の各号に掲げる行為をしてはならない。\n一　会社の名称を、会社の事前の書面による承諾なく使用すること。\n"
     "二　対象分野に関し、会社の事前の書面による承諾なく、会社以外の企業又は研究機関（大学が共同研究を行う相手方を含む。）のために研究、開発又は"
     "技術指導を行うこと。\n", "PUB-04", True, "ja-our-professor-barred-from-working-for-others-in-a-list-of-prohibitions"),
    ("技術顧問契約書\nカレドン・フォトニクス社（以下「会社」という。）と高槻誠一（以下「顧問」という。）は、次のとおり契約する。\n第12条（輸出管理）\n"
     "２　顧問は、提供しようとする技術が輸出管理法令上の規制対象に該当するおそれがある場合には、大学の安全保障輸出管理担当部署に事前に相談し、"
     "その確認を得るまで提供を行わない。\n", "EXP-01", False, "ja-supply-held-until-the-export-office-confirms"),
    ("ヴェルスタ先端科学振興財団\n理事長　アウグスト・レンベルク　殿\n念　書\n　私は、貴財団の支援プログラムの支援対象者に採択されたことに伴い、"
     "下記の事項を確約いたします。\n記\n2．支援金\n貴財団は、支援金として、各年度につき、１２，０００，０００円相当額を、私が別途届け出る私個人名義の"
     "銀行口座に支払うものとします。\n", "FUN-04", True, "ja-support-paid-into-the-professors-own-account"),
    ("ヴェルスタ先端科学振興財団\n理事長　アウグスト・レンベルク　殿\n念　書\n　私は、貴財団の支援プログラムの支援対象者に採択されたことに伴い、"
     "下記の事項を確約いたします。\n記\n7．秘密保持\n（１）私は、本プログラムの内容を第三者に開示いたしません。\n（２）なお、前号の第三者には、"
     "私の所属機関及び研究資金配分機関を含むものとします。\n", "COI-01", True, "ja-secrecy-that-reaches-our-own-office-and-funders"),
    ("国立大学法人瑞穂台大学\n大学院理学研究院　准教授\n森本　彩　殿\nノルデンシュタット工科大学\n学長　ヘンドリク・ファルケンラート\n客員教授委嘱状\n"
     "本学は、貴殿を本学材料科学部客員教授に委嘱します。\n記\n1　委嘱期間\n３年間とします。\n2　所属\n本学材料科学部とします。\n"
     "3　研究成果の発表\n（1）貴殿は、研究成果を発表することができます。\n（2）本学の研究室で得られた成果の発表に当たっては、本学のみを"
     "所属機関として表記すること。\n4　秘密保持\n貴殿は、本学の秘密情報を開示しないものとします。\n", "IP-06", True, "ja-a-foreign-universitys-letter-calls-itself-honkgaku"),
    (_JA_PREAMBLE + "第5条（交代）\n３　甲は、前項により指名された代替の研究員を受け入れるものとし、当該代替の研究員については、前条の審査を要しない"
     "ものとする。\n", "PER-03", True, "ja-a-substitute-admitted-without-the-screening"),
    (_EN_PREAMBLE + "Article 3 Review\n3.1 Item 8 applies: in respect of a proposed publication by the University, the "
     "review period is the period ending on the date on which the Sponsor confirms in writing that it has no objection "
     "to the proposed publication." + _EN_TERM, "PUB-01", True, "en-a-review-period-ending-when-the-partner-has-no-objection"),
    (_EN_PREAMBLE + "Schedule 1 Benefits\n(a) a personal stipend of GBP 72,000 per Fellowship Year, paid directly to the "
     "Fellow;" + _EN_TERM, "FUN-04", True, "en-a-personal-stipend-paid-directly-to-the-fellow"),
    (_EN_PREAMBLE + "Article 4 Delivery\n4.3 Notwithstanding Section 15, the Sponsor shall not withhold or delay delivery "
     "of any Model Update on the ground that an export classification or licence has not been obtained." + _EN_TERM,
     "EXP-01", True, "en-delivery-not-delayed-for-an-export-licence"),
    ("CONSORTIUM AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation (the "
     "\"University\"), Nordvik Institute (the \"Coordinator\") and Brackwater Systems GmbH (\"Brackwater\").\n"
     "Section 14 Use\n14.7 (ii) each Party may make Project Data, Results and any other Party's Background available to "
     "a government authority upon its request, without notice to the other Parties." + _EN_TERM, "DAT-04", True,
     "en-each-party-may-hand-our-background-to-its-government"),
    (_EN_PREAMBLE + "Article 18 Background\n18.2 A Party may withdraw or restrict Background only with the approval of "
     "the General Assembly." + _EN_TERM, "TRM-01", False, "en-background-withdrawn-only-with-approval"),
    (_EN_PREAMBLE + "Article 7 Ownership\n7.2 All right, title and interest in the Sponsor Models remain exclusively with "
     "the Sponsor. The University acquires no right in any Sponsor Model by reason of its evaluation." + _EN_TERM,
     "IP-01", False, "en-no-right-in-the-partners-models"),
    (_JA_PREAMBLE + "第8条（集約サーバ）\n２　乙の研究担当者は、集約サーバ上の共同学習モデルを閲覧し、取得することができる。甲の研究担当者も、"
     "同一の範囲で同一の権限を有する。\n", "DAT-01", False, "ja-the-same-access-both-ways"),
    (_JA_PREAMBLE + "第9条（個人情報）\n甲及び乙は、保有データの取扱いに当たり、それぞれの所在国の個人情報の保護に関する法令を遵守する。\n",
     "LAW-02", False, "ja-each-follows-its-own-data-protection-law"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 (f) \"Competent Authority\" means any ministry, agency or other body of "
     "the State, including any body responsible for defence, national security or public security." + _EN_TERM,
     "EXP-02", False, "en-a-body-responsible-for-defence-defined"),
    (_EN_PREAMBLE + "Article 19 Publication\n19.5 Upon receipt of a Deferral Notice, the University shall defer submission "
     "of the Proposed Publication until the Sponsor notifies the University in writing that the deferral is no longer "
     "required." + _EN_TERM, "PUB-02", True, "en-deferred-until-the-partner-notifies"),
    ("RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation (the "
     "\"University\"), and Halvard Institute (the \"Institute\").\nArticle 5 Recruitment\n5.1 No Institute staff shall be "
     "recruited by the University." + _EN_TERM, "PER-02", False, "en-a-plain-ban-on-recruitment"),
]


@pytest.mark.parametrize(("document", "indicator", "raised"), [row[:3] for row in _BLIND_89_TO_96],
                         ids=[row[3] for row in _BLIND_89_TO_96])
def test_wording_from_blind_sets_89_to_96(engine: AnalyzerEngine, document: str, indicator: str, raised: bool) -> None:
    assert (indicator in _raised(engine, document, "blind89.txt")) is raised


@pytest.mark.parametrize(("approval", "severity"), [
    ("\nArticle 5 Approval by your University\n5.1 Your membership may require approval under your university's rules on "
     "outside activities and conflicts of interest.", "medium"),
    ("", "high"),
], ids=["approved-as-an-outside-activity-elsewhere", "no-approval-anywhere"])
def test_a_personal_honorarium_is_tempered_by_an_outside_activity_approval_anywhere(
        engine: AnalyzerEngine, approval: str, severity: str) -> None:
    document = (_EN_PREAMBLE + "Article 4 Payment\n4.1 The Sponsor will pay you an honorarium of USD 8,000 per year of "
                "membership, paid to your personal account." + approval + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="honorarium.txt")
    assert {f.severity for f in result.findings if f.indicator == "FUN-04"} == {severity}


@pytest.mark.parametrize(("article", "missing"), [
    # a right to withdraw, under a heading the model files elsewhere
    ("Article 9 Nature of this Letter\n9.1 This letter creates no binding obligations. Either of us may withdraw from "
     "the collaboration by written notice to the other.", set()),
    ("Article 9 Nature of this Letter\n9.1 This letter creates no binding obligations.", {"TERM_TERMINATION"}),
    # a material transfer letter's terms, ended "earlier" across a PDF line break
    ("Article 9 Term\n9.1 These terms remain in force for three (3) years. Either party may end\nthem earlier on thirty "
     "(30) days' written notice.", set()),
], ids=["withdrawal-by-notice", "no-way-out", "terms-ended-early-on-notice"])
def test_a_right_to_withdraw_counts_as_a_termination_clause_whatever_its_heading(
        engine: AnalyzerEngine, article: str, missing: set) -> None:
    document = _EN_PREAMBLE + "Article 1 Cooperation\n1.1 The Parties cooperate in research.\n" + article + "\n"
    result = engine.analyze(document.encode("utf-8"), name="letter.txt")
    found = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert ("TERM_TERMINATION" in found) is bool(missing)


@pytest.mark.parametrize("article", [
    # set 1625: a secondee's secrecy over "the non-public information of the Organization"
    "Article 1 Confidentiality\n1.1 You must keep confidential the non-public information of the Sponsor that you "
    "receive in your work, during your secondment and for five (5) years after it ends.\n",
    _JA_PREAMBLE + "第6条（秘密保持）\n派遣研究者は、乙の業務に関して知り得た情報を、公表されたものを除き、第三者に開示してはならない。\n",
    # set 1650: a grant letter's secrecy over candidates' files, where only what the law requires may be told
    "Article 10 Confidentiality\n10.1 Application files and other information about individual candidates will be used "
    "only for the purposes of this letter, and will not be disclosed except as required by law.\n",
], ids=["en-non-public-information", "ja-save-what-has-been-published", "en-candidates-files-save-as-the-law-requires"])
def test_secrecy_over_what_is_not_public_by_its_own_words_has_its_exceptions(engine: AnalyzerEngine,
                                                                             article: str) -> None:
    document = article if article.startswith(_JA_PREAMBLE) else _EN_PREAMBLE + article + _EN_TERM
    result = engine.analyze(document.encode("utf-8"), name="conf.txt")
    kinds = {d.details.get("label_en") for d in result.document_findings if d.kind == "missing_protection"}
    assert "Confidentiality without the usual exceptions" not in kinds


@pytest.mark.parametrize(("sentence", "decisive"), [
    ("This letter remains in effect for as long as the JRA remains in force.", True),
    ("This letter remains in effect for as long as the Research Collaboration Agreement remains in force.", True),
    # a grant or a licence that lasts is no agreement the instrument serves
    ("This letter remains in effect for as long as the grant remains in force.", False),
])
def test_an_instrument_that_lasts_as_long_as_its_principal_agreement_has_an_end(sentence: str, decisive: bool) -> None:
    from analyzer.findings.document_checks import DECISIVE_WORDING

    assert bool(DECISIVE_WORDING["TERM_TERMINATION"].search(sentence)) is decisive


def test_confidentiality_that_does_not_apply_to_public_information_has_its_exceptions(engine: AnalyzerEngine) -> None:
    document = (_EN_PREAMBLE + "Article 1 Confidentiality\n1.1 The Professor shall keep confidential any information "
                "designated as confidential by the Sponsor. This obligation does not apply to information that is "
                "public.\n" + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="conf.txt")
    labels = {d.label for d in result.document_findings if d.kind == "missing_protection"}
    assert "Confidentiality without the usual exceptions" not in labels


# Wording from blind sets 97-112 (tables, variations, sensitive technology, short benign instruments, bilingual
# versions, Japanese government security clauses, personal-data transfers, defence research offices, foreign groups'
# Japanese subsidiaries, Gulf partners, transfer agreements): each row failed before
_BLIND_97_TO_112 = [
    (_JA_PREAMBLE + "第14条（成果の公表）\n２　甲は、研究成果を公表するときは、あらかじめ乙に通知する。ただし、当該通知は乙の承認を要するものではない。\n",
     "PUB-01", False, "ja-a-notice-that-needs-no-approval"),
    (_JA_PREAMBLE + "第4条（提供）\n２　甲は、本人の同意を要することなく、提供データを識別可能な状態のまま乙に提供する。\n", "DAT-03", True,
     "ja-identifiable-data-provided-without-consent"),
    (_JA_PREAMBLE + "第4条（研究対象者の同意）\n甲は、本件個人情報の乙への提供について、乙の所在する国の名称及び当該国の個人情報の保護に関する制度に関する"
     "情報を研究対象者に提供した上で、研究対象者から書面による同意を取得していることを、乙に対して確認する。\n", "DAT-03", False,
     "ja-consent-to-the-transfer-obtained"),
    (_EN_PREAMBLE + "Article 9 Requests from Government Authorities\n9.1 The Sponsor shall not disclose Customer Data to any "
     "government authority except where required by a valid and binding legal order." + _EN_TERM, "DAT-04", False,
     "en-no-disclosure-to-government-save-a-binding-order"),
    (_EN_PREAMBLE + "Article 10 Security Incidents\n10.3 The Sponsor shall provide the information the University "
     "reasonably requires to report the Security Incident to the Personal Information Protection Commission." + _EN_TERM,
     "DAT-04", False, "en-help-reporting-a-breach-to-the-regulator"),
    (_JA_PREAMBLE + "第5条（経費）\n２　甲は、委託研究費の不正使用が判明したときは、直ちに乙に報告し、乙の指示に従い当該不正使用に係る額を返還する。\n",
     "CMP-01", False, "ja-misused-funds-refunded-as-the-funder-instructs"),
    (_JA_PREAMBLE + "第11条（公表）\n３　研究経費の額その他の事項の公表は、乙の同意を得て行う。\n", "PUB-01", False,
     "ja-the-contract-sums-published-with-consent"),
    (_JA_PREAMBLE + "第16条（成果の利用）\n２　第15条の規定にかかわらず、乙は、研究成果を原契約の発注者に提供し、同発注者がこれを装備品の研究開発に"
     "利用することを許諾することができる。\n", "EXP-02", True, "ja-results-licensed-for-military-equipment"),
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.1 The Sponsor does not expect to disclose confidential information to the "
     "University under this Agreement." + _EN_TERM, "COI-01", False, "en-the-partner-does-not-expect-to-disclose-to-us"),
    (_EN_PREAMBLE + "Article 13 Export Control\n13.3 Notwithstanding Article 12.3, where a licence for any part of the Sensor "
     "Design Package is pending, the University shall deliver that part on its Delivery Date and complete the licence "
     "formalities thereafter." + _EN_TERM, "EXP-01", True, "en-delivery-while-a-licence-is-pending"),
    (_EN_PREAMBLE + "Article 11 Use of Results and Commercialisation\n11.1 Each Party may use all Results for "
     "non-commercial research and teaching.\n11.2 Nothing in this Agreement shall restrict the Sponsor from making the "
     "Results available to its Affiliates, customers and governmental partners in any jurisdiction." + _EN_TERM, "EXP-05",
     True, "en-nothing-restricts-passing-results-on-anywhere"),
    (_JA_PREAMBLE + "第6条（研究室の利用）\n３　前2項に定めるほか、乙の関係会社が指名する技術者は、乙の申出により、甲の研究室に随時立ち入り、本研究に係る"
     "甲の設備及び研究データを利用することができる。\n", "PER-03", True, "ja-nominees-of-the-partners-group-walk-in-at-any-time"),
    (_JA_PREAMBLE + "第13条（公表）\n３　甲は、乙から当該関係会社の承認を得た旨の通知を受けた後でなければ、当該公表を行うことができない。\n", "PUB-01",
     True, "ja-publication-after-word-of-the-parents-approval"),
    (_EN_PREAMBLE + "Article 2 Scope\n2.2 The Project is fundamental research. It does not include work on any item listed "
     "in the export control lists of either Party's country." + _EN_TERM, "EXP-01", False,
     "en-listed-items-left-out-of-scope"),
    (_JA_PREAMBLE + "第5条（第三者提供の禁止）\n乙は、本有体物を第三者に提供してはならない。\n２　前項の規定は、乙が適当と認める他の機関への提供には適用しない。\n",
     "EXP-05", True, "ja-the-ban-lifted-for-any-body-the-recipient-sees-fit"),
    (_JA_PREAMBLE + "第23条（個人情報）\n２　甲は個人情報の保護に関する法律その他日本国の関係法令に、乙は一般データ保護規則及びフランス共和国の関係法令に"
     "従い、提供を受けた個人情報を取り扱う。\n", "LAW-02", False, "ja-each-side-under-its-own-data-protection-law"),
    (_EN_PREAMBLE + "Article 6 Funding\n6.4 The University is bound only by those terms of the Foundation's grant that are "
     "reproduced in Schedule 3. The Foundation acquires no rights in Foreground IP." + _EN_TERM, "COI-02", False,
     "en-bound-only-by-the-grant-terms-reproduced"),
    (_JA_PREAMBLE + "第8条（秘密保持）\n３　甲及び乙は、法令に基づく場合又は資金配分機関、監督官庁若しくは学内の研究公正・利益相反管理部門の求めがある"
     "場合には、この覚書の存在及び内容並びに必要な情報を開示することができる。\n", "DAT-04", False,
     "ja-both-may-tell-funders-regulators-and-integrity-offices"),
]


@pytest.mark.parametrize(("document", "indicator", "raised"), [row[:3] for row in _BLIND_97_TO_112],
                         ids=[row[3] for row in _BLIND_97_TO_112])
def test_wording_from_blind_sets_97_to_112(engine: AnalyzerEngine, document: str, indicator: str,
                                           raised: bool) -> None:
    assert (indicator in _raised(engine, document, "blind97.txt")) is raised


# Wording from blind sets 113-120 (clinical and biomedical, field research abroad, licences and start-ups, consortia,
# Word-numbered DOCX, hosting visits, unusual numbering): each row failed before
_OIT_PREAMBLE = ('SUMMER SCHOOL AGREEMENT\nThis Agreement is made between Hoshimine University, a national university '
                 'corporation (the "University"), and Oberlind Institute of Technology ("OIT").\n')
_BLIND_113_TO_120 = [
    (_JA_PREAMBLE + "第20条（協定の開示）\n甲及び乙は、本協定の締結の事実及びその概要を、自らの監督官庁、資金配分機関その他の関係機関に開示し、"
     "又は公表することができる。\n", "TRA-01", False, "ja-both-free-to-tell-regulators-and-funders"),
    (_JA_PREAMBLE + "第13条（秘密保持）\n甲及び乙は、相手方から秘密である旨を明示して開示された情報を、相手方の事前の書面による承諾なく第三者に"
     "開示せず、本協定の目的以外に使用しない。\n", "TRA-01", False, "ja-a-plain-mutual-ban-on-disclosure"),
    (_JA_PREAMBLE + "第8条（利用の報告）\n乙は、毎年度、試料の利用状況を甲に報告する。\n２　乙は、前項の報告を権限ある当局に提出することができる。"
     "この報告には、甲の未公表の研究データを含めることを要しない。\n", "DAT-04", False,
     "ja-a-usage-report-to-the-authority-without-our-unpublished-data"),
    (_JA_PREAMBLE + "第3条（事前の情報に基づく同意及び許可）\n２　本協定は、乙の所在国の法令に定める相互に合意する条件を構成するものとし、甲は、"
     "権限ある当局が発給する国際的に認められた遵守の証明書の写しを保管する。\n", "LAW-02", False,
     "ja-access-and-benefit-sharing-terms-under-the-providers-law"),
    (_EN_PREAMBLE + "Article 5 Use of the Data\n5.1 The Sponsor may use the Data for the following purposes:\n(a) analysis "
     "within the Project; and\n(b) disclosure of the Data to any government agency of the Sponsor's country on request."
     + _EN_TERM, "DAT-04", True, "en-disclosure-to-government-as-a-permitted-use"),
    (_EN_PREAMBLE + "Article 11 Use of Study Data\n11.1 The Sponsor may use coded Study Data and the final Study report in "
     "support of regulatory filings for its product in any country, and may reference the Study in communications with "
     "regulatory authorities." + _EN_TERM, "DAT-04", False, "en-a-sponsors-regulatory-filings"),
    ('CLINICAL RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University, a national university '
     'corporation (the "Institution"), and Halvard Therapeutics Inc. (the "Company"). Dr Aiko Tanaka acknowledges this '
     'Agreement as principal investigator (the "Principal Investigator").\nArticle 1 Study Data\n1.1 The Company may use '
     'coded Study Data in support of its filings.\n1.2 The Principal Investigator shall provide the final Study report '
     'to the Company within three (3) months after database lock.\nArticle 2 Term\n2.1 This Agreement ends in 2028.\n',
     "PER-04", False,
     "en-the-study-report-after-database-lock"),
    (_JA_PREAMBLE + "第17条（利益相反）\n２　乙は、甲の研究担当者個人に対し、本研究に関して報酬、謝金その他の経済的利益を提供するときは、事前に甲に"
     "通知し、甲の承認を得るものとする。\n", "FUN-04", False, "ja-personal-payments-only-with-our-approval"),
    (_JA_PREAMBLE + "第4条（研究担当者）\n２　甲の研究代表者は、工学研究科教授 東條 雅人とし、乙の研究代表者は、開発部長 ミッコ・サーリネンとする。\n",
     "PER-01", False, "ja-each-party-names-its-principal-investigator"),
    (_JA_PREAMBLE + "第15条（評価）\n３　受入れ教員は、乙の求めに応じ、研修生の出席状況及び評価に関する所見を乙に提供する。\n", "DAT-03", False,
     "ja-a-students-attendance-and-assessment-to-the-home-university"),
    (_EN_PREAMBLE + "Article 12 Export Control\n12.2 Neither Party is obliged to provide technology, software, goods or "
     "samples, or to grant access to them, if such provision would require an export licence that has not been "
     "granted, or if the Party's internal export control review has not been completed." + _EN_TERM, "EXP-01", False, "en-no-duty-to-provide-what-a-licence-has-not-cleared"),
    (_EN_PREAMBLE + "Article 12 Reports\n12.2 The Visiting Researcher has no obligation under this Agreement to report to "
     "any person other than the University's supervisor and the Sending Institution." + _EN_TERM, "COI-01", False,
     "en-a-visitor-reports-to-no-one-but-the-host-and-the-sender"),
    (_EN_PREAMBLE + "Article 4 Sublicensing\n4.3 Notwithstanding Article 4.2, the Sponsor may grant sublicences under the "
     "Licensed Patents to any of its Affiliates, wherever located, and may transfer the Licensed Know-How to such "
     "Affiliates, without the prior consent of or notice to the University." + _EN_TERM, "EXP-05", True,
     "en-affiliates-wherever-located-without-consent-or-notice"),
    (_EN_PREAMBLE + "Article 6 Use of Contributed Data\n6.2 The Sponsor may release the Contributed Data to Authorised "
     "Users without restriction of purpose." + _EN_TERM, "EXP-05", True, "en-released-without-restriction-of-purpose"),
    (_JA_PREAMBLE + "第7条（研究の運営）\n２　丙が指名する乙の取締役は、本共同研究の研究計画、研究テーマの変更及び研究従事者の選任について承認する権限を"
     "有し、甲はその決定に従うものとする。\n", "FUN-06", True, "ja-the-partners-nominee-approves-plan-and-staff"),
    (_JA_PREAMBLE + "第5条（運営委員会）\n５　前項の規定にかかわらず、前項第二号及び第三号に掲げる事項に関する運営委員会の決定は、乙が指名する委員の"
     "同意がなければ効力を生じない。\n", "FUN-06", True, "ja-the-partners-nominee-vetoes-the-committee"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 \"Confidential Information\" means:\n(a) technical information marked as "
     "confidential; and\n(b) the existence and terms of this Agreement, including the amount of the funding.\n"
     "Article 2 Confidentiality\n2.1 Each Party shall keep Confidential Information confidential." + _EN_TERM, "CON-01",
     True, "en-the-agreement-itself-an-item-of-the-definition"),
    (_JA_PREAMBLE + "第2条（定義）\n本契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n(1)　秘密情報　次に掲げる情報をいう。\n"
     "ア　甲又は乙が相手方に開示する技術上の情報であって、秘密である旨が明示されたもの\nイ　本契約の存在及び内容（乙が負担する研究経費の額を含む。）\n"
     "第3条（秘密保持）\n甲及び乙は、秘密情報を第三者に開示してはならない。\n", "CON-01", True,
     "ja-the-agreement-itself-an-item-of-the-definition"),
    (_OIT_PREAMBLE + "Article 1 Definitions\n1.6 \"Sponsor\" means the Directorate of Strategic Technology Programmes of the "
     "Ministry of Defence of the Republic of Vestmark, which funds OIT's contribution.\nArticle 2 Records\n2.3 OIT may "
     "share the Participant Records with the Sponsor for the Sponsor's programme review." + _EN_TERM, "DAT-04", True,
     "en-a-sponsor-defined-as-a-ministry-is-no-party"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.2 \"Permitted Recipients\" means:\n(a) the Sponsor's employees; and\n(b) any "
     "ministry of the government of the Sponsor's country.\nArticle 2 Results\n2.1 The Sponsor may disclose the Results "
     "to its Permitted Recipients." + _EN_TERM, "DAT-04", True, "en-a-definition-whose-items-let-the-government-in"),
]


@pytest.mark.parametrize(("document", "name", "expected"), [
    ("CRUISE PARTICIPATION AGREEMENT\nArticle 1 Purpose\n1.1 The Operator takes the University's scientists on the "
     "cruise.\nArticle 2 Confidentiality\n2.1 Each Party keeps the other's confidential information confidential.\n"
     "Article 3 Termination\n3.1 Either Party may terminate this Agreement on thirty days' notice.\nArticle 4 Law\n"
     "4.1 This Agreement is governed by the laws of Japan.\n", "cruise.txt", {"EXPORT_CONTROL"}),
    ("MUTUAL NON-DISCLOSURE AGREEMENT\nArticle 1 Confidentiality\n1.1 Each Party keeps the other's confidential "
     "information confidential, except information that is publicly available.\nArticle 2 Term\n2.1 Either Party may "
     "terminate this Agreement on thirty days' notice.\nArticle 3 Law\n3.1 This Agreement is governed by the laws of "
     "Japan.\n", "nda.txt", {"EXPORT_CONTROL", "PUBLICATION"}),
])
def test_every_agreement_with_a_foreign_partner_is_expected_to_control_exports(engine: AnalyzerEngine, document: str,
                                                                              name: str, expected: set[str]) -> None:
    # 19 of 19 such agreements without an export-control clause were keyed so by the blind answer keys, and 7 of 8
    # NDAs without a publication clause
    result = engine.analyze(document.encode("utf-8"), name=name)
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert expected <= absent


# Wording from blind sets 121-128 (work we pass on, Japanese-style English, platform terms, co-supervision, OCR'd
# Japanese, South-East Asian drafting): each row failed before
_BLIND_121_TO_128 = [
    (_JA_PREAMBLE + "第2条（定義）\n本契約において「秘密情報」とは、相手方から秘密である旨を明示して開示された技術情報をいう。\n"
     "２　本契約の締結の事実及びその内容は秘密情報に当たらない。\n第3条（秘密保持）\n甲及び乙は、秘密情報を第三者に開示してはならない。\n",
     "CON-01", False, "ja-the-agreement-said-to-be-no-confidential-information"),
    (_JA_PREAMBLE + "第12条（輸出管理）\n２　乙は、本マテリアル及びこれに関する技術情報の取扱いに当たり、外国為替及び外国貿易法その他の関係法令を"
     "遵守し、必要な許可が得られるまでの間、その再提供を行わない。\n", "EXP-01", False, "ja-no-onward-supply-until-licensed"),
    (_EN_PREAMBLE + "Article 3 Admission of Candidates\n3.2 The Host Party may decline to accept a proposed Candidate "
     "without giving reasons, including where its export control or security screening is not completed." + _EN_TERM,
     "EXP-01", False, "en-a-candidate-declined-while-screening-is-open"),
    (_EN_PREAMBLE + "Article 6 Product Improvement\n6.3 Notwithstanding Section 9.2, the Sponsor and its Affiliates may copy "
     "Customer Content, including the research data stored in it, to any location where they operate in order to train "
     "machine-learning models." + _EN_TERM,
     "DAT-02", True, "en-content-copied-anywhere-to-train-models"),
    (_EN_PREAMBLE + "Article 6 Use of the Data\n6.3 The Sponsor shall not use the Shared Data for any purpose other than the "
     "following:\n(1) to conduct the Joint Research;\n(2) to provide the Shared Data and the Analysis Results to the "
     "competent authorities of the Sponsor's country upon their request." + _EN_TERM, "DAT-04", True,
     "en-handing-data-to-authorities-on-request-as-a-permitted-use"),
    (_JA_PREAMBLE + "第8条（施設の利用）\n３　乙が推薦する研究生は、乙の推薦書の提出をもって甲の受入審査を経たものとみなす。\n", "PER-03", True,
     "ja-our-screening-deemed-done-by-the-partners-recommendation"),
    (_EN_PREAMBLE + "Article 11 Intellectual Property\n11.3 Notwithstanding Article 11.2, all Research Results, wherever "
     "generated, shall vest in the Chair Sponsor." + _EN_TERM, "IP-01", True, "en-all-results-vest-in-the-chair-sponsor"),
]


@pytest.mark.parametrize(("clause", "raised"), [
    ("第20条（規約の変更）\n当社は、お客様への個別の通知を要することなく、いつでも本規約及びポリシーを変更することができる。\n", True),
    ("第20条（規約の変更）\n当社は、30日前までにお客様に通知した上で、本規約を変更することができる。\n", False),
], ids=["ja-terms-changed-at-will", "ja-terms-changed-after-notice"])
def test_terms_a_provider_may_change_at_will_are_flagged(engine: AnalyzerEngine, clause: str, raised: bool) -> None:
    result = engine.analyze((_JA_PREAMBLE + clause).encode("utf-8"), name="terms.txt")
    assert ("TRA-02" in {f.indicator for f in result.findings}) is raised


def test_closing_an_account_is_a_platform_terms_way_to_terminate(engine: AnalyzerEngine) -> None:
    document = ("HELIXGRID PLATFORM TERMS\n1. Service\n1.1 We provide the platform to the Customer.\n2. Confidentiality\n2.1 "
                "We keep Customer Data confidential, except information that is publicly available.\n3. Term\n3.1 These "
                "Terms apply until the account is closed.\n3.2 Customer may close its account at any time by written notice."
                "\n4. Law\n4.1 These Terms are governed by the laws of Japan.\n")
    result = engine.analyze(document.encode("utf-8"), name="terms.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert "TERM_TERMINATION" not in absent


# Wording from blind sets 129-136 (page breaks, flat numbering, the polite register, nested provisos, side-by-side
# bilingual layouts, statements of work, US flow-downs, research institutes as our side): each row failed before
_BLIND_129_TO_136 = [
    (_JA_PREAMBLE + "第1条（目的）\n甲及び乙は、共同研究を行う。\n別紙（よくあるご質問）\nQ3　帰国後も自分のデータを使えますか。\nA3　はい。ご自身が取得したデータの複製を研究目的で使えます。乙が研究費を"
     "負担します。\n", "FUN-02", False, "ja-a-copy-of-ones-own-data-is-no-replicated-laboratory"),
    (_JA_PREAMBLE + "第1条（目的）\n甲及び乙は、共同研究を行う。\n別紙　研究計画書\n６．成果物\n共著論文　甲・乙　随時　第12条に従い公表\n乙の研究員は、甲の計算機を利用して解析を行う。\n",
     "DAT-01", False, "ja-as-needed-in-a-schedule-table-is-no-access-at-any-time"),
    (_EN_PREAMBLE + "Article 1 Conflicts of Interest\n1.3 No Party shall provide any researcher of the other Party with a "
     "salary, honorarium, equity, title or appointment in connection with the Project." + _EN_TERM, "FUN-04", False,
     "en-no-party-pays-the-others-researchers"),
    (_EN_PREAMBLE + "Article 1 Export Control\n1.2 The Sponsor confirms that it intends to use the Results for the "
     "development of industrial gas-sensing instruments and not for any military end use." + _EN_TERM, "EXP-02", False,
     "en-results-not-for-any-military-end-use"),
    (_EN_PREAMBLE + "Article 1 Personnel\n1.2 Upon the Sponsor's written notice naming any such engineer, the University "
     "shall issue that engineer an unescorted access card for Laboratory C-210 and an account on the University "
     "research cluster." + _EN_TERM, "PER-03", True, "en-named-engineers-get-unescorted-access"),
    (_EN_PREAMBLE + "Article 1 Data\n1.1 The University shall upload all raw monitoring data to the Sponsor's "
     "platform, hosted at a location chosen by the Sponsor, within 48 hours of collection." + _EN_TERM, "DAT-02", True,
     "en-data-hosted-where-the-partner-chooses"),
    (_EN_PREAMBLE + "Article 1 Reporting\n1.3 The Sponsor may furnish copies of all Deliverables and Project Data to "
     "the Advanced Defence Projects Office whenever that Office so requests." + _EN_TERM, "DAT-04", True,
     "en-data-furnished-to-a-defence-office-on-request"),
    (_JA_PREAMBLE + "第1条（秘密保持）\n甲及び乙は、本合意書の締結の事実及びその内容を、相手方の事前の書面による承諾を得ないで、第三者"
     "（資金配分機関及び関係行政機関を含む。）に開示してはならない。\n", "CON-01", True, "ja-the-goisho-itself-kept-secret"),
    (_EN_PREAMBLE + "Article 1 Facilities and Access\n1.2 During the Visit the Visiting Researcher shall have access to "
     "the laboratories, computing systems and research data of the University on the same terms as its full-time "
     "faculty members, whether or not the facilities or data concerned relate to the Research Plan." + _EN_TERM,
     "DAT-01", True, "en-a-visitor-given-access-beyond-the-research-plan"),
    (_EN_PREAMBLE + "Article 1 Visiting Researchers\n1.2 Each Party shall receive Visiting Researchers nominated by the "
     "other Party, subject always to the Host's security screening and export-control review, save that researchers "
     "designated by the Sponsor as Programme Fellows shall be admitted to the laboratories of the University on the "
     "same basis as University staff without further screening." + _EN_TERM, "PER-03", True,
     "en-screening-waived-in-a-save-that"),
    (_EN_PREAMBLE + "Article 1 Joint Results\n1.4 Neither Party shall transfer Joint Results to any third party "
     "without the prior written consent of the other Party, except to the extent that the Sponsor transfers Joint "
     "Results to its affiliated institutes or to the competent authorities of its country." + _EN_TERM, "EXP-05", True,
     "en-a-ban-with-the-partners-own-carve-out"),
    (_EN_PREAMBLE + "Article 1 Publication\n1.1 Each Party may publish the results, provided that the publishing Party "
     "obtains the other Party's written approval of the manuscript, which approval may be given or withheld at the "
     "other Party's discretion." + _EN_TERM, "PUB-01", True, "en-approval-given-or-withheld-at-discretion"),
]


# Wording from blind sets 137-144 (US filing style, mixed-language paragraphs, our university as second party, risks
# outside the articles, dual-use fields, annexed special conditions): each row failed before
_BLIND_137_TO_144 = [
    (_EN_PREAMBLE + "Article 1 Improvements\n1.2 Any improvement to the Technology made solely by the Sponsor during the "
     "Evaluation shall be owned by the Sponsor, and the Sponsor grants to the University a non-exclusive, royalty-free "
     "licence to use such improvement for research." + _EN_TERM, "IP-01", False,
     "en-the-partners-own-improvements-owned-by-it"),
    (_JA_PREAMBLE + "第1条（共有知的財産権）\n甲及び乙は、共有知的財産権を第三者に実施許諾しようとするときは、相手方の事前の書面による同意を得るものとする。"
     "ただし、乙は、甲の同意を要することなく、共有知的財産権について乙の関係機関（Affiliates）に対し再実施許諾権付きの実施権を許諾することができる。\n",
     "IP-05", True, "ja-affiliates-licensed-without-our-consent-with-an-english-gloss"),
    (_JA_PREAMBLE + "第1条（目的）\n甲及び乙は、共同研究を行う。\n第2条（期間）\n期間は3年とする。\n確認事項\n本契約の締結に当たり、甲及び乙は、次の事項を"
     "確認する。\n１ 甲は、公表予定日の60日前までに公表内容を乙に提出し、乙の書面による承認を得た上で公表するものとする。\n", "PUB-01", True,
     "ja-publication-after-approval-in-the-confirmations"),
    (_EN_PREAMBLE + "Article 1 Order of Precedence\n1.3 In the event of any conflict, the following order of precedence "
     "shall apply:\n(a) the Sponsor Code, as amended by the Sponsor from time to time, which shall also prevail over the "
     "internal rules of the University;\n(b) the Articles of this Agreement." + _EN_TERM, "CMP-01", True,
     "en-the-partners-code-first-in-the-order-of-precedence"),
]


# Wording from blind sets 145-148 (Japanese drafts with tracked changes, translated Eastern European and Latin American
# forms, long benign bilingual agreements, risks that turn on numbers): each row failed before
_BLIND_145_TO_148 = [
    (_EN_PREAMBLE + "Article 1 Confidentiality\n1.4 Each Party may disclose this Agreement and its terms to its supervising "
     "ministry, funding bodies and auditors. The Sponsor includes information on this Agreement in its annual report on "
     "international cooperation submitted to the Ministry of Education and Research." + _EN_TERM, "DAT-04", False,
     "en-the-agreement-itself-reported-to-a-ministry"),
    (_JA_PREAMBLE + "第1条（定義）\n本契約において「関係機関」とは、乙を監督する政府機関及び乙が出資する法人をいう。\n第2条（共有知的財産権）\n"
     "甲又は乙は、共有知的財産権について第三者に実施を許諾しようとするときは、相手方の書面による同意を得なければならない。ただし、乙は、関係機関に"
     "対しては、甲の同意を得ることなく、共有知的財産権について通常実施権を許諾することができる。\n", "IP-05", True,
     "ja-joint-ip-licensed-to-glossed-affiliates-without-consent"),
    (_JA_PREAMBLE + "第1条（研究員の受入れ）\n甲は、乙の従業員を受入れ研究員として受け入れることができる。受入れの可否は、甲が、甲の規程に基づく"
     "安全保障輸出管理上の確認その他の審査を経て決定する。\n", "PER-01", False, "ja-we-host-the-partners-employee"),
]


# Wording from blind sets 149-152 (deep numbering, translations by a Chinese partner, foreign groups' Japanese
# subsidiaries, letters): each row failed before
_BLIND_149_TO_152 = [
    (_EN_PREAMBLE + "Article 1 Export Control\n1.6 Our Export Control Office has reviewed the dataset and the scripts and "
     "found that they contain no listed technology under Japanese export control law." + _EN_TERM, "EXP-01", False,
     "en-a-review-already-done"),
    (_EN_PREAMBLE + "Article 1 Project Data\n1.2 All Project Data, including the data generated by the University, shall "
     "be stored and processed on the data platform designated by the Sponsor within the territory of its country."
     + _EN_TERM, "DAT-02", True, "en-data-on-a-platform-the-partner-designates"),
]


# Wording from blind sets 153-160 (material transfers, amendments, data processing, cross-appointments, equipment
# loans and software licences, student exchanges, British drafting, company-style Japanese agreements with tables):
# each row failed before
_JA_XA = ("クロスアポイントメント協定書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、甲の教授山田太郎（以下「本件教員」という。）"
          "が甲及び乙の双方に在籍して職務に従事することについて、次のとおり協定する。\n")
_BLIND_153_TO_160 = [
    (_EN_PREAMBLE + "Article 1 Use of the Instrument\n1.2 The Sponsor may:\n(a) allow its own academic staff working on the "
     "Project to operate the Instrument;\n(b) install software updates provided by the University; and\n(c) give its "
     "Affiliates and government authorities access to the Instrument." + _EN_TERM, "EXP-05", True,
     "en-government-access-in-an-item-of-what-the-partner-may-do"),
    (_JA_PREAMBLE + "第1条（評価情報）\n１　乙は、本機器の性能評価の結果を甲に提供する。\n２　乙は、前項の評価情報に個人情報を含めない。\n",
     "DAT-03", False, "ja-no-personal-data-in-the-evaluation-reports"),
    (_JA_XA + "第1条（研究成果の公表）\n１　本件教員は、乙における職務により得られた研究成果を学術論文、学会発表等により公表することができる。\n",
     "PUB-01", False, "ja-the-appointee-may-publish"),
    (_EN_PREAMBLE + "Article 1 Disclosure\n1.2 The Appointee shall disclose his appointment at the Sponsor to any funding "
     "agency to which he applies for support, including through the e-Rad system." + _EN_TERM, "PER-01", False,
     "en-the-appointment-disclosed-to-funders"),
    (_EN_PREAMBLE + "Article 1 Theses\n1.3 The Student shall indicate both the University and the Sponsor as affiliations "
     "in the thesis and in related papers." + _EN_TERM, "IP-06", False, "en-both-universities-indicated-as-affiliations"),
    (_JA_PREAMBLE + "第1条（選考）\n１　甲は、自らの規則に従い候補者を選考し、乙に推薦する。\n２　乙は、自らの基準に基づき受入れの可否を決定する。\n",
     "PER-02", False, "ja-each-selects-candidates-under-its-own-rules"),
    (_EN_PREAMBLE + "Article 1 Governing Law\n1.1 This Agreement shall be governed by and construed in accordance with the "
     "laws of Japan, provided that the award of each degree is governed by the laws and regulations applicable to the "
     "Party conferring it." + _EN_TERM, "LAW-01", False, "en-japanese-law-with-each-degree-under-its-own-rules"),
    (_EN_PREAMBLE + "Article 1 Ownership\n1.2 The analysis pipeline and any improvements to it made by the Sponsor without "
     "use of the University Data remain the property of the Sponsor." + _EN_TERM, "IP-01", False,
     "en-the-partners-own-tool-and-its-improvements"),
    (_JA_PREAMBLE + "第1条（本データの取扱い）\n１　本データに関する一切の権利は甲に帰属し、本契約は乙に対し本研究の目的の範囲内で本データを利用する権利を"
     "許諾するほかは、いかなる権利も移転又は許諾するものではない。\n", "DAT-01", False, "ja-a-licence-within-the-projects-purpose"),
    (_JA_PREAMBLE + "第1条（本データの提供）\n甲は、本データを、外国にある第三者への提供について研究対象者の同意を得たものに限り、乙に提供する。"
     "ただし、第2期調査の参加者に係る本データについては、当該同意の有無を確認することなく提供できるものとする。\n", "DAT-03", True,
     "ja-data-sent-abroad-without-checking-consent-in-a-proviso"),
    (_EN_PREAMBLE + "Article 1 Sub-processing\n1.1 The University authorises the Sponsor to engage the sub-processors "
     "(including any third party) listed in the table below for the processing of the Cohort Data:\nNo. Sub-processor "
     "Function Processing location\n1 Off-site backup providers engaged by the Sponsor from time to time Encrypted "
     "backup and disaster recovery of the analysis environment Such locations as the Sponsor may deem fit" + _EN_TERM,
     "DAT-02", True, "en-backups-where-the-partner-sees-fit-in-a-table-row"),
    (_EN_PREAMBLE + "Article 1 Termination\n1.3 If the University terminates this Agreement for the Sponsor's breach, the "
     "University shall refund to the Sponsor, within thirty (30) days after termination, all amounts received under "
     "this Agreement, including amounts already spent or committed by the University." + _EN_TERM, "TRM-04", True,
     "en-refund-of-everything-received-after-termination"),
    (_JA_PREAMBLE + "第1条（定義）\n１　「秘密情報」とは、一方当事者が他方当事者に開示する技術上の情報であって、秘密である旨が表示されたものをいう。\n"
     "２　「秘密情報」には、本契約の存在及びその条件を含むものとする。\n第2条（秘密保持）\n甲及び乙は、秘密情報を第三者に開示してはならない。\n",
     "CON-01", True, "ja-the-agreement-itself-added-to-confidential-information"),
    (_EN_PREAMBLE + "Article 1 Residence\n1.1 A Joint Supervision Student shall reside at the Sponsor for a total of not "
     "less than twelve (12) months during the doctoral programme." + _EN_TERM, "PER-01", False,
     "en-a-student-in-residence-at-the-other-university"),
]


# a term sheet whose rows are mostly about results, so that the table as a whole reads as IP
_TS = (_EN_PREAMBLE + "Article 1 Purpose\n1.1 The Parties intend to negotiate a sponsored research agreement on the "
       "terms in Annex A.\nArticle 2 Term\n2.1 This Letter ends in 2027.\nANNEX A - TERM SHEET\nItem\nTerm\nProposed terms\n"
       "1\nResults\nAll Results, including inventions, software and improvements, shall be owned by the University and "
       "licensed to the Sponsor on terms to be agreed.\n2\nBackground IP\nEach Party keeps its Background IP; no licence "
       "of Background IP is granted except for the Programme.\n3\nPatents\nThe University files and prosecutes patent "
       "applications on Results at its own discretion.\n")
# Wording from blind sets 161-168 (scans, NDAs, footnotes, visiting researchers paid by their governments, letters of
# intent with term sheets, two-column layouts, unusual numbering, licences from a university's TLO): each row failed
# before
_BLIND_161_TO_168 = [
    (_EN_PREAMBLE + "Article 1 Reports\n1.1 The Visiting Scholar shall submit the following to the Sponsor:\n(a) a "
     "confirmation of arrival within one month;\n(b) upon request of the Sponsor, copies of laboratory records, datasets "
     "and unpublished results generated by the Visiting Scholar at the University;\n(c) a final report." + _EN_TERM,
     "PER-04", True, "en-lab-records-to-the-sending-body-on-request-in-an-item"),
    (_EN_PREAMBLE + "Article 1 Residuals\n1.1 Notwithstanding anything to the contrary in this Agreement, either Party "
     "shall be free to use the Residuals for any purpose, including the development, manufacture and licensing of "
     "products and services, without payment of any royalty or other compensation to the Disclosing Party."
     + _EN_TERM, "IP-02", True, "en-a-residuals-clause"),
    (_JA_PREAMBLE + "第1条（残留情報）\n甲及び乙は、残留情報を、目的を問わず、対価を支払うことなく自由に使用することができる。\n", "IP-02", True,
     "ja-a-residuals-clause"),
    (_EN_PREAMBLE + "Article 1 Confidentiality\n1.3 Notwithstanding Article 1.2, the University shall not disclose this "
     "Letter, the Term Sheet or the Sponsor's support of the Programme to any funding agency, government ministry or "
     "other authority." + _EN_TERM, "CON-01", True, "en-this-letter-kept-from-funders"),
    (_EN_PREAMBLE + "Article 1 Preparatory Advance\n1.2 If the Definitive Agreement is not signed by the Target Date for "
     "any reason other than the Sponsor's breach, the University shall repay the Preparatory Advance in full together "
     "with the Sponsor's documented costs of negotiation." + _EN_TERM, "TRM-04", True,
     "en-the-advance-repaid-in-full-if-no-agreement-is-signed"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Confidential Information" means non-public technical information '
     "disclosed by one Party to the other and marked as confidential. Confidential Information also includes the "
     "existence of this Agreement, its terms and the identity of the Sponsor." + _EN_TERM, "CON-01", True,
     "en-the-agreement-itself-added-to-the-definition"),
    (_EN_PREAMBLE + "Article 1 Export Control\n1.3 Each Party shall comply with the export control laws of Japan.\n"
     "1.4 The University's internal export-control review of 20 January 2025 classified the sensor nodes and their "
     "firmware as not requiring an export licence for temporary export to Denmark." + _EN_TERM, "EXP-01", False,
     "en-a-review-that-classified-the-items"),
    (_JA_PREAMBLE + "第1条（一時金）\n１　乙は、甲に対し、本契約締結の対価として、一時金2万ユーロを本契約締結日から30日以内に支払う。\n", "FUN-04",
     False, "ja-a-licences-lump-sum-paid-to-us"),
    (_EN_PREAMBLE + "Article 1 Compliance\n1.1 Each Party shall comply with applicable anti-bribery and anti-corruption "
     "laws.\n1.2 The University shall conduct the Project in accordance with its research integrity and ethics "
     "policies." + _EN_TERM, "CMP-01", False, "en-we-follow-our-own-integrity-policies"),
    (_TS + "4\nSource of funds\nFunds will be paid by the Sponsor or by such affiliate or programme partner of the "
     "Sponsor as the Sponsor may designate from time to time.\n", "FUN-03", True,
     "en-funds-from-whoever-the-partner-designates-in-a-term-sheet"),
    (_TS + "4\nPublication\nNo publication of Results without the Sponsor's prior written approval, which may be "
     "withheld in its sole discretion.\n", "PUB-01", True, "en-publication-approval-in-a-row-of-a-term-sheet"),
]


# Wording from blind sets 169-176 (four- and five-party agreements, contract research for foreign governments, texts
# pasted from e-mails, charters of joint centres, public-sector Japanese style, German and Swiss drafting, two
# instruments in one file, partners in India, the Gulf and Africa): each row failed before
_BLIND_169_TO_176 = [
    (_EN_PREAMBLE + "Article 1 Export Control\n1.1 The University has completed its classification review of the "
     "technology to be provided by it under this Agreement and has determined that no export licence is required."
     + _EN_TERM, "EXP-01", False, "en-a-classification-review-completed"),
    (_EN_PREAMBLE + "Article 1 Exchange of Researchers\n1.3 The host Party shall provide visitors with access to the "
     "facilities necessary for their agreed activities. The host Party may restrict access to areas or information "
     "unrelated to the Project." + _EN_TERM, "DAT-01", False, "en-the-host-may-restrict-access"),
    (_EN_PREAMBLE + "Article 1 Joint Results\n1 Joint Results belong to the Parties jointly.\n2 Each co-owner may use "
     "Joint Results free of charge for its own research and teaching.\n3 Notwithstanding para. 2, the Sponsor and its "
     "Affiliated Entities may grant licences under Joint Results to third parties without the consent of the "
     "University." + _EN_TERM, "IP-05", True, "en-a-notwithstanding-sentence-judged-on-its-own-words"),
    (_EN_PREAMBLE + "Article 1 Transfer of Data\n1.3 The transfer shall be based on Art. 6 para. 1 lit. e GDPR.\nA separate "
     "consent of the Study Participants to the transfer of their data to Germany shall not be obtained." + _EN_TERM,
     "DAT-03", True, "en-participants-consent-not-obtained"),
    (_EN_PREAMBLE + "Article 1 Confidentiality\n1.2 These obligations do not apply to information that:\n(a) is public;\n"
     "(b) in the case of the Sponsor, is provided by the Sponsor to a public authority of its country at that "
     "authority's request." + _EN_TERM, "DAT-04", True, "en-an-exception-item-for-the-partners-authorities"),
    (_EN_PREAMBLE + "Article 1 Steering Committee\n1.3 No resolution on a Reserved Matter shall be adopted without the "
     "concurring vote of the members appointed by the Sponsor." + _EN_TERM, "REC-03", True,
     "en-only-the-partners-members-may-veto"),
    (_EN_PREAMBLE + "Article 1 Project Data\n1.1 Project Data generated by the Sponsor shall be stored solely on servers "
     "located in its country and shall not be transferred, copied or made accessible outside that country.\n1.2 "
     "Researchers of the University may consult that Project Data only in person at the Sponsor's campus.\n1.3 The "
     "University shall deliver to the Sponsor a complete copy of all Project Data generated at the University within "
     "thirty (30) days of its generation." + _EN_TERM, "REC-01", True, "en-our-data-copied-in-full-theirs-kept-at-home"),
]


# Wording from blind sets 177-184 (translations of Chinese originals, Korean drafting, renewals, Markdown, secondments
# to us, access and benefit-sharing, our money to foreign partners, scans bound into text PDFs): each row failed before
_BLIND_177_TO_184 = [
    (_EN_PREAMBLE + "Article 1 Confidentiality\n1.2 Neither party is required to keep the existence or terms of this "
     "letter agreement confidential. Either party may disclose this letter agreement to its funders and regulators."
     + _EN_TERM, "CON-01", False, "en-neither-party-required-to-keep-the-letter-secret"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.3 "Sponsor Funds" means the amounts payable under Article 4, whether paid '
     "by the Sponsor itself or by such co-funding entity as the Sponsor may designate from time to time." + _EN_TERM,
     "FUN-03", True, "en-funds-from-a-co-funder-the-partner-designates"),
    (_EN_PREAMBLE + "Article 1 Obligations of the University\n1.1 The University shall:\n(a) provide laboratory space "
     "at its campus;\n(b) cause the Principal Investigator to work full-time at the Joint Centre in Qinghe for not "
     "less than four (4) months in each calendar year;\n(c) report annually." + _EN_TERM, "PER-01", True,
     "en-our-investigator-full-time-at-the-joint-centre-abroad"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n(e) "Provider Results" means all inventions, improvements, data and '
     "know-how conceived or generated by either party in the course of the utilisation, all of which shall vest "
     "solely in the Provider upon creation." + _EN_TERM, "IP-01", True, "en-all-results-vest-in-the-provider"),
    (_JA_PREAMBLE + "第1条（受入研究員の身分）\n１　受入研究員は、甲の研究室において研究に従事する。\n２　受入研究員は、甲における研究に従事する間、"
     "乙との雇用関係を維持し、乙の従業員としての身分を有する。\n", "PER-01", False, "ja-the-received-researcher-stays-the-partners-employee"),
    (_EN_PREAMBLE + "Article 1 Confidentiality\n1.2 The Secondee shall continue to comply with her confidentiality "
     "obligations to the Sponsor and shall not be required to disclose Sponsor Confidential Information to the "
     "University." + _EN_TERM, "COI-01", False, "en-a-secondee-keeps-her-employers-secrets"),
    (_EN_PREAMBLE + "Article 1 Use of Funds\n1.2 The Sponsor shall not use the Grant to pay any personal fee, honorarium "
     "or salary supplement to University staff." + _EN_TERM, "FUN-04", False, "en-no-personal-payments-from-the-grant"),
    (_EN_PREAMBLE + "Article 1 Reports\n1.3 The Sponsor may share the Secondee's reports, and any Project Results "
     "contained in them, with its head office and any of its affiliates in any country without further consent of "
     "the University." + _EN_TERM, "EXP-05", True, "en-results-to-affiliates-in-any-country"),
]


# Wording from blind sets 185-192 (US federal flow-downs, European consortia, Japanese role words, research
# facilities, clinical data, benign look-alikes, Word-printed PDFs, South-East Asian drafting): each row failed before
_BLIND_185_TO_192 = [
    (_EN_PREAMBLE + "Article 7 Research Data\n7.4 The Project Data deposited in such system may be accessed and used "
     "by the Co-Funder and other competent agencies of the Royal Thai Government upon their request, and no further "
     "consent of the Parties shall be necessary for such access and use." + _EN_TERM,
     "DAT-04", True, "en-data-open-to-the-partners-government-agencies-on-request"),
    (_EN_PREAMBLE + "Article 1 Equipment\n1.4 The University shall not withhold or delay the delivery of the Equipment "
     "and its source code by reason of export licence, classification or any other internal screening procedure."
     + _EN_TERM, "EXP-01", True, "en-no-delay-by-reason-of-export-licence"),
    (_JA_PREAMBLE + "第1条（施設の利用）\n１　乙が指名する研究員は、甲の実験場及び計算機システムを、乙が本研究の遂行に必要と判断する範囲において"
     "利用することができる。\n", "PER-03", True, "ja-the-partner-sets-how-far-its-nominees-reach"),
    (_JA_PREAMBLE + "第1条（評価結果の提供）\n１　甲は、評価結果及び解析プログラムを乙に提供する。当該提供は、該非判定及び取引審査の対象とならない"
     "ものとし、甲はこれを理由として提供を留保しないものとする。\n", "EXP-01", True, "ja-not-subject-to-classification-review"),
    (_JA_PREAMBLE + "第1条（公表）\n（１）甲の研究担当者は、本共同研究の成果を学会発表、論文投稿等により公表することができます。\n", "PUB-01",
     False, "ja-a-letters-polite-permission-to-publish"),
    (_EN_PREAMBLE + "Article 1 Instrument\n1.3 The Sponsor may lend, provide or make available the Instrument, its spare "
     "detectors and the Technical Documentation to its member institutions, to institutions designated by the "
     "Government of the Republic of Valdora and to observatories with which it cooperates." + _EN_TERM, "EXP-05", True,
     "en-lent-to-institutions-the-partners-government-designates"),
    (_JA_PREAMBLE + "第1条（試験観測）\n３　試験観測の完了は、乙の科学諮問委員会が確認する。\n４　試験観測期間中に取得されたデータは、科学諮問委員会が"
     "試験観測の完了を確認した後でなければ、いずれの当事者も公表してはならない。\n", "PUB-02", True,
     "ja-publication-held-until-the-partners-committee-confirms"),
    (_EN_PREAMBLE + "Article 1 Visits\n1.1 The University may send its staff to the observatory. The Sponsor shall provide "
     "them with access to the summit facilities on the same terms as its own staff." + _EN_TERM, "DAT-01", False,
     "en-the-partner-opens-its-own-site-to-our-staff"),
    (_JA_PREAMBLE + "第1条（データ）\n２　乙は、観測データを甲が指定するサーバに転送する。甲及び甲の研究者は、その複製を期間の制限なく保有し、研究"
     "及び教育に利用することができる。\n", "DAT-01", False, "ja-our-own-copies-kept-without-a-time-limit"),
    (_EN_PREAMBLE + "Article 1 Results\n1.3 Where Sponsor staff provide support, all Results belong to the University and "
     "the Sponsor hereby assigns to the University any rights its staff may acquire in them, save for improvements of "
     "general application to the Sponsor's instruments, which belong to the Sponsor." + _EN_TERM, "IP-01", False,
     "en-all-results-ours-save-the-partners-instrument-improvements"),
    (_JA_PREAMBLE + "第1条（対応表）\n３　前項の規定にかかわらず、乙が規制当局からの照会への対応のために必要と判断した場合には、甲は、乙の求めに"
     "応じ、対応表のうち当該研究対象者に係る部分の写しを乙に提供するものとする。\n", "DAT-03", True,
     "ja-the-re-identification-key-to-the-partner"),
    (_JA_PREAMBLE + "第7条（対応表）\n３　前項の規定にかかわらず、乙が安全性情報の評価、データの品質確認又は規制当局からの照会への対応の"
     "ために必要と判断した場合には、甲は、乙の求めに応じ、対応表のうち当該研究対象者に係る部分の写しを乙に提供するものとする。\n", "DAT-04", False,
     "ja-a-regulators-query-is-the-partners-reason-not-a-hand-over"),
    (_JA_PREAMBLE + "第1条（施設）\n３　甲の研究担当者が乙の施設において本研究に従事する場合は、乙の規則に従い、乙があらかじめ指定した区域に限り"
     "立ち入ることができる。\n", "CMP-01", False, "ja-our-staff-at-the-partners-site-follow-its-rules"),
    (_EN_PREAMBLE + "Article 1 Publications\n1.4 Publications reporting analyses of the Combined Dataset shall be "
     'submitted under the collective authorship of the "Harbourview Consortium", with the Sponsor stated as the '
     "institutional affiliation of the collective author." + _EN_TERM, "IP-06", True,
     "en-the-partner-stated-as-the-only-affiliation"),
    (_EN_PREAMBLE + "Article 1 Onward Sharing\n1.2 The Sponsor may make the Linked Dataset available to its Affiliates "
     "and to such other research collaborators as it may engage from time to time in support of the Purpose."
     + _EN_TERM, "TRA-01", True, "en-collaborators-the-partner-engages-from-time-to-time"),
    (_EN_PREAMBLE + "Article 1 Personnel\n1.2 Within fifteen (15) days, the University shall furnish to the Sponsor a "
     "roster of all University personnel working on the Project, stating for each individual the full legal name, "
     "date and place of birth, each country of citizenship and passport number." + _EN_TERM, "DAT-03", True,
     "en-a-roster-of-our-staff-with-passports-to-the-partner"),
    (_EN_PREAMBLE + "Article 1 Payment\n1.1 Sponsor shall reimburse the University for allowable costs up to the amount "
     "funded. Sponsor is not obligated to reimburse costs in excess of the amount funded, and the University is not "
     "obligated to continue performance once that amount is exhausted." + _EN_TERM, "COI-02", False,
     "en-a-cost-ceiling-is-no-overlap-of-projects"),
    (_JA_PREAMBLE + "第1条（準拠法）\n１　本契約は、コロラド州法（抵触法の原則を除く。）に準拠し、本契約に関する紛争は、コロラド州デンバー市に所在する"
     "州裁判所の専属的管轄に服する。\n", "LAW-01", True, "ja-a-us-states-law-and-courts"),
    (_EN_PREAMBLE + "Article 1 Contributions\n1.2 The University shall make available the soil samples and datasets "
     "listed in Annex 2.\n1.3 The Sponsor may, where it considers this useful for the Project, give the University "
     "access to the field trial data." + _EN_TERM, "REC-01", True, "en-the-partners-contribution-where-it-considers-useful"),
    (_EN_PREAMBLE + "Article 9 Access Rights\n9.4.2 Access Rights to Background Needed for Exploitation of a Party's own "
     "Results shall be granted royalty-free and, once granted, may not be revoked for as long as the recipient Party "
     "exploits the Results concerned. Such Access Rights shall include the right to grant sub-licences to the recipient "
     "Party's affiliated entities and to manufacturers and distributors acting on its behalf, in any territory."
     + _EN_TERM, "IP-02", True,
     "en-free-irrevocable-background-access-for-exploitation"),
    (_EN_PREAMBLE + "Article 1 Funds\n1.4 The research funds are payable to the University. The Sponsor shall not "
     "directly give any University researcher personally any honorarium, fee or other personal benefit, except with "
     "the University's approval." + _EN_TERM, "FUN-04", False, "en-a-ban-on-giving-our-researchers-anything-directly"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n(c) "Affiliate" means any entity that controls, is controlled by or is under '
     "common control with the Sponsor, including the defence business listed in Annex 3." + _EN_TERM, "EXP-02", False,
     "en-a-defence-business-among-the-affiliates-is-no-military-use"),
    (_JA_PREAMBLE + "第1条（定義）\n四　「防衛事業部門」とは、関係会社のうち、防衛又は治安当局向けの製品の開発を行う部門をいう。\n第2条（秘密保持）\n"
     "３　乙は、甲の事前の書面による同意なく、防衛事業部門に甲の秘密情報を開示してはならない。\n", "CON-03", False,
     "ja-a-company-selling-to-authorities-is-no-authority"),
    (_JA_PREAMBLE + "第1条（公表）\n１　本協定の締結の事実及び内容は秘密とせず、甲及び乙は、これを自己のウェブサイト等により公表することができる。\n",
     "CON-01", False, "ja-the-agreement-expressly-not-secret"),
    (_EN_PREAMBLE + "Article 1 Sharing\n1.3 The University may share the Exposure Data with the co-investigators of the "
     "Kamiyama City Public Health Centre named in Annex 3, for the Purpose only." + _EN_TERM, "DAT-03", False,
     "en-our-sharing-with-named-co-investigators"),
    (_EN_PREAMBLE + "Article 1 Use\n1.3 Nothing in this Agreement restricts the University's use of its cohort data or "
     "the Sponsor's use of the Exposure Surfaces for any other purpose." + _EN_TERM, "EXP-05", False,
     "en-nothing-restricts-each-sides-use-of-its-own"),
]


# Wording from blind sets 193-200 (export-controlled research, grant terms, changed agreements, defence links stated
# in definitions, recruitment offers, PDF layouts, benign templates, short MoUs): each row failed before
_DEFENCE_AGENCY_EN = ('Article 1 Definitions\n1.1 "Agency" means the State Agency for Defence Industry of the Republic of '
                      'Karvenia.\n1.2 "Sponsor" means Halvard Therapeutics Inc., a state company under the '
                      "administration of the Agency.\n")
_BLIND_193_TO_200 = [
    (_EN_PREAMBLE + _DEFENCE_AGENCY_EN + _EN_TERM, "EXP-03", True, "en-a-partner-under-an-agency-defined-as-defence"),
    (_EN_PREAMBLE + _DEFENCE_AGENCY_EN + "Article 5 Funding\n5.1 The Sponsor shall pay the University the Research "
     "Funds of JPY 10,000,000 in two instalments." + _EN_TERM, "FUN-01", True,
     "en-money-from-a-partner-a-definition-ties-to-defence"),
    (_JA_PREAMBLE + "第2条（乙）\n　乙は、テルヴァニア共和国国防航空宇宙産業庁（以下「産業庁」という。）の管轄の下に置かれた国立大学である。\n"
     "第9条（経費）\n２　前項の規定にかかわらず、乙は、甲において行われる研究に要する経費として、産業庁から乙に交付される交付金を財源として、"
     "一会計年度につき二千五百万円を上限とする額を甲に支払うものとする。\n", "FUN-01", True,
     "ja-money-from-a-partner-under-a-defence-agency"),
    (_EN_PREAMBLE + "Article 19 Publication\n19.5 Publication does not require the prior approval of the Sponsor."
     + _EN_TERM, "PUB-01", False, "en-publication-needs-no-approval"),
    (_JA_PREAMBLE + "第1条（法令の遵守）\n　甲及び乙は、各々に適用される法令を遵守する。いずれの当事者も、自らに適用されない相手国の法令又は乙の規則に"
     "従う義務を負わない。\n", "CMP-01", False, "ja-the-partners-rules-expressly-not-ours"),
    (_EN_PREAMBLE + "Article 1 Publicity\n(6) Neither the existence nor the terms of this Agreement are confidential."
     + _EN_TERM, "CON-01", False, "en-the-agreement-expressly-not-confidential"),
    (_EN_PREAMBLE + "Article 2 Scope\n2.1 Cooperation under this Agreement may extend to any field of education, "
     "research or technology." + _EN_TERM, "TRA-03", True, "en-cooperation-extending-to-any-field"),
    (_JA_PREAMBLE + "第1条（施設）\n４　甲の研究担当者が乙の施設を訪問する場合においても、乙の規則及び乙の所在国の法令に従うものとする。\n",
     "CMP-01", False, "ja-our-visitors-follow-the-partners-site-rules"),
    (_JA_PREAMBLE + "第1条（受入れ）\n２　前項の受入れに関する手続並びに受け入れられた者の身分及び服務については、乙の規則に従うものとする。\n",
     "CMP-01", False, "ja-the-host-partners-procedures-for-those-it-receives"),
]


_BLIND_201_TO_208 = [
    (_EN_PREAMBLE + "Article 7 Confidentiality\nThe Parties regard this Memorandum as a private understanding. Each "
     "Party shall keep this Memorandum, its terms and the fact of the Parties' discussions in confidence and shall not "
     "disclose them to any third party without the prior written consent of the other Party." + _EN_TERM,
     "CON-01", True, "en-the-memorandum-kept-in-confidence"),
    (_EN_PREAMBLE + "Article 8 Survival\nThe provisions of the Agreement that by their terms survive termination, as "
     "listed in Article 19, will continue in effect." + _EN_TERM, "TRM-03", False,
     "en-surviving-provisions-listed-in-an-article"),
    (_JA_PREAMBLE + "第7条（情報の交換）\n　甲は、乙から要請があったときは、本有体物の培養条件及び遺伝子改変の手法に関する実験データを乙に"
     "提供する。\n", "DAT-03", False, "ja-genetic-modification-methods-are-no-personal-data"),
    (_JA_PREAMBLE + "第6条（第三者への提供）\n２　乙は、乙の連携研究機関（乙の所在国政府が設置し、又は出資する研究機関を含む。）に対し、"
     "甲に書面で通知することにより、本有体物及び本データを提供することができる。\n", "EXP-05", True,
     "ja-material-to-the-partners-network-on-notice"),
    (_JA_PREAMBLE + "第7条（報告）\n２　乙は、評価研究の経過及び評価結果について、乙が適当と認める範囲で、甲に報告する。\n", "REC-01",
     True, "ja-the-partner-reports-as-far-as-it-sees-fit"),
    (_JA_PREAMBLE + "第20条（公表）\n３　乙は、前項に定める場合を除き、公表の内容の修正を求め、又は公表を拒むことはできない。\n", "PUB-03",
     False, "ja-the-partner-may-not-ask-for-changes"),
    (_EN_PREAMBLE + "Article 5 Visits\n5.3 Any honorarium paid by the host to a Visiting Researcher shall be as agreed, "
     "and the Visiting Researcher shall obtain any approval required under the rules of the sending University on "
     "outside activities." + _EN_TERM, "FUN-04", False, "en-an-honorarium-under-outside-activity-rules"),
    (_EN_PREAMBLE + 'Article 9 Publications\n9.4 In every output the researcher\'s affiliation shall be stated as '
     '"Halvard Therapeutics", and no other institutional affiliation shall be given.' + _EN_TERM, "IP-06", True,
     "en-no-other-affiliation-may-be-given"),
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.5 The existence of the researcher's appointment, the terms of this "
     "Agreement and the remuneration are Confidential Information of Sponsor, which the researcher may disclose only "
     "to the researcher's spouse and tax advisers." + _EN_TERM, "COI-01", True,
     "en-an-appointment-disclosable-only-to-family-and-advisers"),
    (_EN_PREAMBLE + "Article 2 Services\n2.3 The Services shall include the conduct, on Sponsor's behalf, of Work "
     "Package 2 of the electrolyte project that the researcher leads at the University under a grant from the Japan "
     "Science and Technology Agency." + _EN_TERM, "COI-02", True, "en-paid-services-that-are-a-grant-projects-work"),
    (_EN_PREAMBLE + "Article 7 Visitors\nSponsor may nominate one or more of its researchers to carry out work at the "
     "University for not less than three months each year." + _EN_TERM, "PER-01", False,
     "en-the-partners-researchers-working-with-us"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 If Sponsor notifies the University that the proposed disclosure contains "
     "subject matter of commercial interest, the University shall defer submission until Sponsor has confirmed in "
     "writing that its interests have been protected." + _EN_TERM, "PUB-02", True,
     "en-submission-deferred-until-the-partner-confirms"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.13 "Sponsor Scientist" means Dr. Margaret Osterhout, Division of Solid '
     "Tumor Biology, Harrowgate Children's Research Hospital." + _EN_TERM, "FUN-04", False,
     "en-a-childrens-hospital-is-no-family-benefit"),
    (_EN_PREAMBLE + "Article 9 Further distribution\nSponsor may make the Material available to scientists at Sponsor's "
     "affiliated hospitals and to the federal agencies with which it works, and no consent of the University shall be "
     "required for any such transfer." + _EN_TERM, "EXP-05", True, "en-material-to-the-partners-affiliates-unasked"),
    (_EN_PREAMBLE + "Article 5 Compelled disclosure\n5.1 The Recipient may disclose Confidential Information to the extent "
     "it is required to do so by law or by any governmental authority, provided that it gives the disclosing party as "
     "much notice as possible and discloses only the minimum information required." + _EN_TERM, "DAT-04", False,
     "en-a-mutual-ndas-compelled-disclosure"),
    (_EN_PREAMBLE + "Article 8 Export Control\n8.3 The University may subject the disclosure of any of its information to "
     "persons who are not its employees to its internal export control screening." + _EN_TERM, "EXP-01", False,
     "en-our-right-to-screen-disclosures"),
]


_BLIND_209_TO_216 = [
    (_EN_PREAMBLE + "Article 11 Gifts\n11.2 Sponsor confirms that no member of University staff will receive any personal "
     "payment, honorarium, title or other benefit from Sponsor in connection with the gift." + _EN_TERM, "FUN-04", False,
     "en-no-staff-member-will-receive-a-personal-payment"),
    (_EN_PREAMBLE + "Article 5 Payment\n5.1 Sponsor shall pay the award by wire transfer to the bank account of the "
     "University. Payments will not be made to the personal account of any individual." + _EN_TERM, "FUN-04", False,
     "en-payments-never-to-a-personal-account"),
    (_EN_PREAMBLE + "Article 7 Costs\n7.4 The Scholar shall bear all other personal costs, including accommodation and "
     "the costs of any accompanying family members." + _EN_TERM, "FUN-04", False, "en-the-scholar-bears-personal-costs"),
    (_EN_PREAMBLE + "Article 3 Confidentiality\n3.1 Sponsor will keep confidential information confidential and not "
     "disclose it to anyone other than University staff who need to know it." + _EN_TERM, "COI-01", False,
     "en-kept-within-our-university"),
    (_EN_PREAMBLE + "Article 7 Residuals\n7.1 Each Party shall be free to use, for any purpose, the Residuals resulting "
     "from access to the other Party's Confidential Information, including in the development of products." + _EN_TERM,
     "IP-02", True, "en-residuals-free-for-any-purpose"),
    (_EN_PREAMBLE + "Article 5A Co-funding\n5A.2 Sponsor is under no obligation to disclose the identity of any "
     "programme co-funder to the University." + _EN_TERM, "FUN-03", True, "en-co-funders-identity-need-not-be-told"),
    (_JA_PREAMBLE + "第6条（教員）\n　甲は、本講座の教員の候補者を選考したときは、その任用に先立ち、当該候補者の氏名及び経歴を乙に通知し、"
     "乙の書面による同意を得るものとする。\n", "FUN-06", True, "ja-the-donor-consents-to-each-faculty-candidate"),
    (_JA_PREAMBLE + "第7条（研究計画）\n３　甲は、資金提供者から乙を通じて本研究の研究計画の変更又は研究担当者の交代を求められたときは、"
     "これに従うものとする。\n", "FUN-06", True, "ja-a-funders-request-to-replace-staff-obeyed"),
    (_JA_PREAMBLE + "第8条（経費）\n２　乙が受入研究者に対し滞在費その他の給付を行うときは、乙は、その額、支給期間及び財源を推薦書に記載する"
     "ものとする。\n", "FUN-04", False, "ja-the-partners-stipend-stated-with-its-source"),
    (_JA_PREAMBLE + "第3条（試料）\n　甲は、別紙に記載する甲の育成系統及び遺伝資源を、本共同研究に必要な範囲で乙に提供する。\n", "DAT-03",
     False, "ja-plant-genetic-resources-are-no-personal-data"),
    (_EN_PREAMBLE + "Article 8 Data\n8.2 If any personal data (including images of persons captured by monitoring "
     "equipment) is collected, the collecting party shall anonymise it before it is shared." + _EN_TERM, "EXP-02", False,
     "en-monitoring-equipment-is-no-surveillance-use"),
    (_EN_PREAMBLE + "Article 14 Term\n14.2 In view of the investment of each Party in the shared infrastructure, neither "
     "Party may terminate this Agreement before the end of the Project Period except by mutual written agreement."
     + _EN_TERM, "TRM-01", True, "en-no-exit-whose-reasons-mention-each-party"),
]


_BLIND_217_TO_224 = [
    (_JA_PREAMBLE + "第4条（研究者の受入れ）\n３　乙が甲に派遣する研究者として指名した者については、甲は、乙からの通知を受けた後速やかに受入れの手続を"
     "行うものとし、当該研究者に対し、甲の職員に準じて、研究棟及び甲の所内情報ネットワークを利用させるものとする。\n", "PER-03", True,
     "ja-the-partners-nominees-get-our-staffs-access"),
    (_JA_PREAMBLE + "第6条（研究成果）\n　派遣研究者が受入機関において単独で得た研究成果及びこれに係る知的財産権は、派遣元機関に帰属するものとする。\n",
     "PER-04", True, "ja-a-visitors-results-vest-in-the-sending-institution"),
    (_JA_PREAMBLE + "第13条（情報の提供）\n２　甲は、奨学生の研究内容及び研究成果について、乙国の関係機関から乙を通じて照会があったときは、"
     "速やかに回答するとともに、求めに応じて関係資料を提供するものとする。\n", "DAT-04", True,
     "ja-enquiries-of-the-partner-countrys-bodies-answered"),
    (_JA_PREAMBLE + "第7条（経費）\n２　乙は、奨学生一人当たり年額３０万円を受入管理費として甲に支払うものとし、甲は、当該受入管理費を"
     "奨学生の研究指導及び生活支援に要する経費に充てるものとする。\n", "FUN-04", False,
     "ja-a-management-fee-paid-to-our-university"),
    (_JA_PREAMBLE + "第7条（奨学生の遵守事項）\n４　奨学生は、各学期の終了後３０日以内に、受入大学において従事した研究の内容及び成果（実験データ及び投稿予定の論文原稿を"
     "含む。）を記載した報告書を派遣機関に提出するものとする。\n", "PER-04", True,
     "ja-unpublished-data-and-manuscripts-reported-to-the-sender"),
    (_JA_PREAMBLE + "第6条（調査）\n２　乙は、乙が指定する第三者をして、事前の通知を要することなく随時、甲の試験実施場所その他甲が管理する"
     "研究施設に立ち入らせ、実験記録及び情報システムを調査させることができる。\n", "DAT-01", True,
     "ja-inspection-of-our-labs-and-systems-without-notice"),
    (_EN_PREAMBLE + "Article 14 Integrity\n14.3 Sponsor shall not request any University personnel to alter, omit or "
     "selectively report any data, and any such request shall be reported to the University's research integrity "
     "office." + _EN_TERM, "CON-03", False, "en-no-request-to-alter-data-is-an-integrity-safeguard"),
    (_JA_PREAMBLE + "第13条の2（当局への提出）\n　乙は、乙の所在地の法令に基づき権限を有する政府機関から研究データ又は研究成果の提出を"
     "求められたときは、本契約の他の規定にかかわらず、当該機関に対しこれを提出することができる。\n", "DAT-04", True,
     "ja-data-to-authorities-under-the-law-of-the-partners-seat"),
    (_JA_PREAMBLE + "第5条の2（技術員）\n　乙は、乙が指定する技術員を甲の研究実施場所に常駐させることができるものとし、甲は、技術員に対し、"
     "甲の研究実施場所への入構並びに甲の実験用マシニングセンタ及び共用計算機システムの利用を認めるものとする。\n", "PER-03", True,
     "ja-the-partners-technicians-stationed-in-our-labs"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.4 Notwithstanding paragraph 2, manuscripts concerning the deposition "
     "parameters shall only be submitted for publication after Sponsor has completed its assessment of their "
     "commercial exploitability and has released them in text form." + _EN_TERM, "PUB-02", True,
     "en-publication-after-the-partner-releases-it"),
    (_EN_PREAMBLE + "Article 20 Assignment\n20.3 Sponsor may assign or otherwise transfer this Agreement, in whole or in "
     "part, without the consent of the University, to an affiliate or to any person that acquires control of Sponsor."
     + _EN_TERM, "TRA-01", True, "en-assignment-to-an-affiliate-without-our-consent"),
    (_EN_PREAMBLE + "Article 4 Improvements\n4.1 All right, title and interest in and to Sponsor Improvements shall belong "
     "to Sponsor." + _EN_TERM, "IP-01", False, "en-the-partners-own-improvements-stay-its-own"),
    (_EN_PREAMBLE + "Article 4 Improvements\n4.2 Each University Improvement shall, upon its disclosure to the University, "
     "be deemed included in the Licensed Patent Rights and licensed to Sponsor without any further payment." + _EN_TERM,
     "IP-02", True, "en-our-future-improvements-join-the-licence"),
    (_JA_PREAMBLE + "第3条（利用許諾）\n２　前項の許諾は、全世界を対象とし、その期間の定めはないものとし、乙が利用料を支払ったときは、"
     "甲はこれを撤回することができないものとする。\n", "IP-02", True, "ja-our-licence-worldwide-and-irrevocable"),
    (_JA_PREAMBLE + "第19条（終了後の措置）\n２　前項の規定にかかわらず、本契約の終了前に生成された学習済みモデルは、前項の消去の対象とならず、"
     "乙及び関係会社は、本契約の終了後も、第3条に定める範囲において引き続きこれを利用することができる。\n", "TRM-04", True,
     "ja-trained-models-used-after-the-end"),
    (_EN_PREAMBLE + "Article 8 Customer Content\n8.1 Sponsor will not disclose University Content to any government, "
     "court or regulatory authority except where it is required to do so by a legally valid and binding order."
     + _EN_TERM, "CON-03", False, "en-our-content-kept-from-authorities-unless-ordered"),
    (_EN_PREAMBLE + "Article 7 Samples\n7.6 Sponsor may retain the residual samples and the coded clinical data for use "
     "in future research by Sponsor and its affiliates in any country, and such use shall not be subject to any "
     "further consent of the study subjects." + _EN_TERM, "DAT-03", True, "en-subjects-data-reused-without-consent"),
    (_EN_PREAMBLE + "Article 6 Export\n6.1 The University's security export control office shall confirm before the "
     "first shipment that the samples do not require an export licence." + _EN_TERM, "EXP-01", False,
     "en-our-office-confirms-before-shipping"),
    (_EN_PREAMBLE + "Article 6 Co-Directors\n6.1 One Co-Director shall be appointed by the University from among its "
     "professors, and one Co-Director shall be appointed by Sponsor from among its senior research staff."
     + _EN_TERM, "PER-01", False, "en-each-side-appoints-its-own-co-director"),
    # CUAD, after the parties of a supply agreement were read right: a safety data sheet's form, not data handed over
    (_EN_PREAMBLE + "Article 4 Supply\n4.1 Sponsor will also provide the University with Material Safety Data Sheets "
     "(\"MSDS\") or an equivalent instrument recognized by the applicable Regulatory Authority as required for the "
     "Materials, and updates of the same as necessary." + _EN_TERM, "DAT-04", False,
     "en-safety-data-sheets-recognized-by-an-authority"),
]

# the wording tables of blind sets 113-224, one test over all of them
_BLIND_225_TO_232 = [
    (_JA_PREAMBLE + "第4条（研究実施場所）\n４　甲の研究担当者が乙の施設において本共同研究に従事する場合には、乙の定める規則に従うものとする。\n",
     "CMP-01", False, "ja-our-staff-follow-the-rules-of-the-partners-premises"),
    (_JA_PREAMBLE + "第17条（持分の譲渡）\n２　乙が甲の持分の譲受けを希望する場合には、甲は、当該持分を有償で乙に譲渡することについて協議に応じる"
     "ものとする。\n", "IP-01", False, "ja-a-promise-to-negotiate-selling-our-share"),
    (_JA_PREAMBLE + "第5条（外国出願）\n４　甲が外国出願を希望しない国については、乙が自己の費用により単独で出願することができるものとし、甲は、"
     "当該国における本件特許権の甲の持分を乙に無償で譲渡する。\n", "IP-01", False,
     "ja-our-share-given-up-only-where-we-decline-to-file-abroad"),
    (_JA_PREAMBLE + "第15条（優先交渉権）\n３　乙が優先交渉期間内に甲の持分について独占的な実施を希望する旨を書面により通知したときは、"
     "甲は、乙又は乙の指定する関係会社に対し、実施の分野及び地域を限定することなく、当該知的財産権の存続期間満了までの間、独占的に実施"
     "する権利を許諾するものとし、その対価は甲乙協議の上定める。\n", "IP-04", True,
     "ja-exclusivity-without-field-or-territory-for-the-patents-life"),
    (_JA_PREAMBLE + "第8条（研究員の受入れ）\n　甲は、個別研究の実施のため、乙の従業員を受入れ研究員として受け入れることができる。\n", "PER-01",
     False, "ja-we-host-the-partners-employees-for-a-project"),
    (_EN_PREAMBLE + "Article 6 Confidentiality of Arrangement\n6.2 The existence of this Agreement, the identity of the Sponsor, "
     "the amount of its financial contribution and the content of the special conditions shall be treated as "
     "Confidential Information of the Sponsor." + _EN_TERM, "CON-01", True, "en-the-agreement-and-a-list-after-it-kept-secret"),
    (_EN_PREAMBLE + "Article 6 Data\n6.2 The researchers of the University may use the records solely for the Project; any "
     "other use, including their retention after the conclusion of the Project, shall require the prior written "
     "authorisation of Sponsor." + _EN_TERM, "DAT-05", True, "en-keeping-our-records-after-the-project-needs-the-partners-leave"),
    (_EN_PREAMBLE + "Article 7 Intellectual Property\n7.3 Either of the Parties may grant licences on the jointly owned rights "
     "to third parties, including public agencies, and shall notify the other Party within thirty (30) days."
     + _EN_TERM, "IP-05", True, "en-either-of-the-parties-licenses-joint-rights-with-notice-only"),
    (_EN_PREAMBLE + "Article 10 Use of Research Results and Regulatory Matters\n10.1 Sponsor may use the Research Results in "
     "its research, development and commercialisation activities and may include them in submissions to regulatory "
     "authorities for the approval of products.\n10.2 Each party shall comply with applicable law." + _EN_TERM, "EXP-02",
     False, "en-results-in-a-regulators-product-approval-are-a-civil-end-use"),
    (_EN_PREAMBLE + "Article 10 Publicity\n10.3 The University shall acknowledge the loan in publications. Sponsor shall not "
     "state in its marketing materials that the instrument is used at the University, or use the University's name, "
     "without the University's prior written consent." + _EN_TERM, "IP-06", False,
     "en-the-partner-kept-from-naming-us-in-its-marketing"),
    (_EN_PREAMBLE + "Article 11 Termination\n11.2 Either party may terminate this Agreement by written notice if delivery "
     "has not taken place by 30 September 2026, if an export licence required under Article 8.2 is refused, or if the "
     "other party breaches Article 9." + _EN_TERM, "EXP-01", False, "en-a-way-out-when-an-export-licence-is-refused"),
    (_EN_PREAMBLE + "Article 7 Ownership\n7.1 Sponsor and its licensors retain all right, title and interest in the "
     "Software and the Documentation, including all intellectual property rights in them." + _EN_TERM, "IP-01", False,
     "en-a-licensor-keeps-its-own-software"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.1 The University may publish Results, and descriptions of the methods by "
     "which they were obtained, in journals, theses and data repositories without the consent of Sponsor."
     + _EN_TERM, "PUB-01", False, "en-free-to-publish-without-the-partners-consent"),
    (_EN_PREAMBLE + "Article 8 Data\n8.5 Pre-existing data of Sponsor remain the property of Sponsor. The University may "
     "use them in publications with acknowledgement, but shall not redistribute unpublished Sponsor data without the "
     "consent of Sponsor." + _EN_TERM, "PUB-01", False, "en-the-partners-own-data-kept-from-redistribution"),
    (_EN_PREAMBLE + "Article 7 Transfers\n7.4 Upon the University's written request, Sponsor will provide information "
     "about the countries in which the University's personal data is then being processed." + _EN_TERM, "DAT-03",
     False, "en-told-where-our-personal-data-is-processed"),
]


_JA_FUNDED_PREAMBLE = ("再委託契約書\n国立大学法人北辰大学（以下「甲」という。）とフォルケ大学（以下「乙」という。）は、甲が国立研究開発法人先端科学技術"
                       "推進機構（以下「機構」という。）から受託した研究開発の一部を乙に再委託することについて、次のとおり契約する。\n")
_BLIND_233_TO_240 = [
    (_JA_PREAMBLE + "第9条（経理の調査）\n２　前項の調査は、原則として書面により行うものとし、実地による調査を行う必要があるときは、甲は、"
     "あらかじめ日時及び調査者を乙に通知し、乙の規則に従い、乙の業務に支障のない範囲で行うものとする。\n", "CMP-01", False,
     "ja-our-on-site-audit-held-under-the-partners-rules"),
    (_JA_FUNDED_PREAMBLE + "第11条（知的財産権の帰属）\n３　乙が前項の確認書を提出しないときは、甲は、機構の指示に基づき、当該知的財産権を"
     "甲又は機構に無償で譲渡するよう乙に求めることができる。\n", "IP-01", False,
     "ja-our-funder-named-in-our-own-sentence-is-no-partner"),
    (_EN_PREAMBLE + "Article 14 Confidentiality\n14.3 Either Party may disclose Confidential Information to the extent "
     "required by a court or other public authority under applicable law, provided that it gives prior notice and "
     "limits the disclosure to the minimum necessary. In addition, Sponsor may provide Confidential Information, "
     "Research Results and Research Data to any department or agency of the Commonwealth of Australia that requests "
     "them, and such provision shall not require notice to the University." + _EN_TERM, "DAT-04", True,
     "en-an-added-sentence-is-not-covered-by-the-safeguard-before-it"),
    (_EN_PREAMBLE + "Article 12 Joint IP\n12.3 Either Party may grant non-exclusive licences under the jointly owned "
     "Intellectual Property to its affiliates and to research organisations nominated by its national authorities "
     "without the consent of the other Party, provided that it notifies the other Party within sixty (60) days. Any "
     "other licence requires the prior written consent of the other Party, which shall not be unreasonably withheld."
     + _EN_TERM, "IP-05", True, "en-a-licence-without-consent-is-judged-apart-from-other-licences"),
    (_EN_PREAMBLE + "Article 9 Project Data\n9.1 All Project Data shall be the sole property of Sponsor from the moment of "
     "its creation and shall be delivered to Sponsor in accordance with Appendix D.\n9.2 During the Period of "
     "Performance, the University may use Project Data solely to perform the work." + _EN_TERM, "IP-01", False,
     "en-data-owned-by-the-partner-is-dat-05-not-ip-01"),
    (_EN_PREAMBLE + "Article 20 Withdrawal\n20.4 Having regard to the long-term nature of the investments, no Party shall "
     "withdraw from the collaboration before the end of the third year of operation, save in exceptional "
     "circumstances recognised as such by the Board." + _EN_TERM, "TRM-01", True,
     "en-no-withdrawal-save-in-exceptional-circumstances"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.6 \"Field of Use\" means unmanned aircraft systems and related ground "
     "equipment, for all markets, whether commercial, civil or governmental, including public safety, border security "
     "and national defense applications." + _EN_TERM, "EXP-02", True, "en-a-field-of-use-that-includes-defence"),
    (_EN_PREAMBLE + "Article 5 Support\n5.3 Remote support shall be provided only in a session supervised by University "
     "staff. Sponsor shall\n    not be given accounts on, or standing remote access to, any University system."
     + _EN_TERM, "DAT-01", False, "en-no-accounts-or-standing-access-over-a-line-break"),
    (_JA_PREAMBLE + "第12条（派遣研究員）\n４　前三項の規定にかかわらず、乙との雇用関係が継続している派遣研究員については、乙が確認書を甲に"
     "提出したときは、甲による特定類型該当性の確認を経たものとみなし、甲は、当該派遣研究員に技術資料を利用させるものとする。\n", "EXP-04",
     True, "ja-the-partners-statement-deemed-our-screening"),
    (_JA_PREAMBLE + "第12条（派遣研究員）\n２　乙は、甲が派遣研究員について特定類型への該当性を確認するために必要な情報（外国政府等からの金銭の"
     "受領状況を含む。）を、派遣研究員の同意を得て甲に提供するものとする。\n", "DAT-04", False,
     "ja-information-handed-to-us-with-consent"),
    (_JA_PREAMBLE + "第14条（成果の公表）\n３　研究成果を公表する場合、著者の所属機関は「フォルケ研究所日本共同研究センター」と表示するものとし、"
     "参加研究者のその他の所属機関は、謝辞において記載するものとする。\n", "IP-06", True,
     "ja-the-partners-centre-as-the-only-affiliation"),
    (_JA_PREAMBLE + "第7条（観測記録）\n４　観測記録のうち、乙が政府機関から提供を受けたものについては、当該政府機関が定める利用条件に従う。\n",
     "DAT-04", False, "ja-data-the-partner-received-from-its-government"),
    (_JA_PREAMBLE + "第13条（公表）\n２　甲及び乙は、研究成果を公表しようとするときは、公表予定日の30日前までに相手方に通知する。\n"
     "３　前項の規定は、学位論文には適用しない。\n", "PUB-01", False, "ja-a-thesis-kept-out-of-the-review"),
    (_EN_PREAMBLE + "Dear Professor Sato,\nI write to set out the terms on which the Foundation proposes to support and "
     "take part in the Programme. If these terms are acceptable to the University, I should be grateful if you would "
     "confirm this by countersigning the duplicate of this letter where indicated below." + _EN_TERM, "FUN-02", False,
     "en-the-duplicate-of-a-letter-is-no-replica-lab"),
]


_BLIND_241_TO_248 = [
    (_EN_PREAMBLE + "Article 12 Data\n12.2 The Joint Data Platform hosted at the data centre of Sponsor in Xiyuan shall be "
     "the primary and authoritative repository of all Project Data." + _EN_TERM, "DAT-02", True,
     "en-the-partners-data-centre-as-the-primary-repository"),
    (_JA_PREAMBLE + "第8条の2（研究データ）\n　本共同研究において生成される研究データ（甲の研究担当者が日本国内において生成したものを含む。）は、"
     "乙が管理する研究データ保管システムに第一次的に記録し、保管するものとする。\n", "DAT-02", True,
     "ja-our-data-kept-first-on-the-partners-system"),
    (_JA_PREAMBLE + "第10条（情報保護）\n２　甲及び甲の研究担当者は、本共同研究の実施に当たり、乙の所在国の「国家機密について」の法律その他の"
     "関係法令を遵守するものとする。\n", "LAW-02", True, "ja-our-researchers-bound-by-the-partner-states-secrets-law"),
    (_EN_PREAMBLE + "Article 11 Audit\n11.3 In addition, the University shall provide Sponsor's auditors with read-only "
     "remote access to the University's electronic medical record system and associated networks for such period as "
     "Sponsor considers necessary." + _EN_TERM, "DAT-01", True, "en-remote-access-to-our-records-for-as-long-as-the-partner-wants"),
    (_EN_PREAMBLE + "Article 3 Licence\n3.4 Sponsor may permit its Affiliates and any collaborator or contractor engaged by "
     "it to access and use the Licensed Data, and Sponsor shall not be required to notify the University of the "
     "identity of any such person." + _EN_TERM, "TRA-01", True, "en-recipients-we-are-not-told-of"),
    (_JA_PREAMBLE + "第9条（リポジトリ）\n３　本ソースコード及び評価用データの保存及び処理を行う場所（国外に所在するデータセンターを含む。）は、"
     "乙がその運用上の必要に応じて適宜定めるものとする。\n", "DAT-02", True, "ja-the-storage-place-left-to-the-partner"),
    (_JA_PREAMBLE + "第6条（専門家の受入れ）\n２　甲は、乙が通知した専門家を客員研究員として受け入れ、乙の選考を尊重して独自の審査を行うことなく、"
     "当該専門家に実験設備の利用を認めるものとする。\n", "PER-03", True, "ja-experts-received-without-our-own-screening"),
    (_JA_PREAMBLE + "第7条（データ）\n５　乙が乙の所在国の関係当局から報告を求められたときは、乙は、調査データを当該当局に提出することができる"
     "ものとし、この場合、乙は、提出後速やかにその旨を甲に通知するよう努めるものとする。\n", "DAT-04", True,
     "ja-notice-only-after-the-data-went-to-the-authority"),
    (_JA_PREAMBLE + "第13条（公表）\n３　前項の規定にかかわらず、乙は、公表内容のうち乙国政府の施策に言及する部分について、その記述が政府の"
     "公式見解と整合しないと認めるときは、甲に対し当該部分の修正を求めることができる。\n", "PUB-03", True,
     "ja-text-brought-into-line-with-the-governments-view"),
    (_EN_PREAMBLE + "Schedule 3 Security\nD.3 All security event logs generated in the Project Environment shall be "
     "forwarded in real time to Sponsor's managed security platform, which may store them in such data centres as "
     "Sponsor may select from time to time." + _EN_TERM, "DAT-02", True, "en-logs-stored-where-the-partner-selects"),
    (_EN_PREAMBLE + "Schedule 3 Security\nD.4 The University shall permit Sponsor's security team to install its agent on the "
     "Project Environment and on every other University server and workstation from which it can be reached, and "
     "shall give that team remote read access to those systems."
     + _EN_TERM, "DAT-01", True, "en-the-partners-agent-on-every-other-server-of-ours"),
    (_JA_PREAMBLE + "第12条（インシデント）\n２　甲は、インシデントの発生及びその内容について、乙の事前の書面による承諾を得ることなく、監督官庁、"
     "資金配分機関その他いかなる第三者に対しても報告し、又は公表してはならない。\n", "CON-03", True,
     "ja-incidents-kept-from-our-regulators-and-funders"),
    (_EN_PREAMBLE + "Article 10 Names\n10.4 The University shall not use the name, emblem or official seal of Sponsor "
     "without Sponsor's prior written consent." + _EN_TERM, "PUB-01", False, "en-the-partners-emblem-is-no-publication-veto"),
    (_EN_PREAMBLE + "Article 9 Reproduction\n9.1 Publication of images reproduced from Sponsor's records requires a "
     "reproduction permission from Sponsor." + _EN_TERM, "PUB-01", False,
     "en-an-archives-reproduction-permission"),
    (_JA_PREAMBLE + "第20条（報告書）\n２　甲は、本研究の終了後、乙の同意を得て、総括報告書及び公表済みの統計解析結果の提供を受けることが"
     "できる。\n", "PUB-01", False, "ja-receiving-the-partners-reports"),
    (_EN_PREAMBLE + "Article 4 Staff\n4.4 Registry Staff remain at all times employees or students of the University and "
     "subject to its rules of employment." + _EN_TERM, "PER-01", False, "en-our-staff-remain-ours"),
    (_EN_PREAMBLE + "Article 5 Data\n5.4 Sponsor shall not attempt, and shall not permit any third party to attempt, to "
     "re-identify any participant from the data." + _EN_TERM, "DAT-03", False, "en-a-ban-on-re-identification"),
]


_BLIND_249_TO_256 = [
    ("クロスアポイントメント協定書\n北辰大学（以下「甲」という。）とフォルケ大学（以下「乙」という。）は、甲の大学院工学研究科教授である北條真理子"
     "（以下「対象教員」という。）の雇用について、次のとおり協定を締結する。\n第12条（知的財産権）\n２　前項の規定にかかわらず、対象教員が"
     "協定期間中に行った発明等については、乙の職務発明規程を一元的に適用するものとし、当該発明等に係る権利は乙が承継する。\n", "IP-01", True,
     "ja-our-professors-inventions-all-passed-to-the-partner"),
    ("クロスアポイントメント協定書\n北辰大学（以下「甲」という。）とフォルケ大学（以下「乙」という。）は、甲の大学院工学研究科教授である北條真理子"
     "（以下「対象教員」という。）の雇用について、次のとおり協定を締結する。\n第8条（給与等）\n４　乙は、研究立上げ支援金、住居及び家族の"
     "渡航費その他の処遇を対象教員に直接提供することができる。この場合において、当該合意は甲に対する報告の対象としない。\n", "FUN-04", True,
     "ja-support-handed-to-our-professor-and-kept-from-us"),
    (_JA_PREAMBLE + "第11条（研究費）\n２　研究担当者は、同一の研究課題について甲及び乙の双方から研究費の配分を受けてはならない。\n",
     "COI-02", False, "ja-a-ban-on-double-funding"),
    ("クロスアポイントメント協定書\n北辰大学（以下「甲」という。）とフォルケ大学（以下「乙」という。）は、甲の大学院工学研究科教授である北條真理子"
     "（以下「対象教員」という。）の雇用について、次のとおり協定を締結する。\n第6条（給与等の負担）\n１　乙は、甲が対象教員に支給した給与等の"
     "総額のうち、第5条第1項に定める乙のエフォートに相当する額を負担する。\n", "FUN-04", False,
     "ja-the-partners-share-of-a-cross-appointed-salary"),
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.4 The Appointee shall keep the terms of this Agreement, including the "
     "amount of the Stipend, strictly confidential and shall not disclose them to any person other than his spouse, "
     "his legal and tax advisers." + _EN_TERM, "COI-01", True, "en-the-stipend-told-to-nobody-but-the-family"),
    (_EN_PREAMBLE + "Article 9 Visits\n9.1 The University shall permit the Sponsor, on three days' notice, to visit the "
     "Laboratory, to observe experiments and to take copies of laboratory notebooks, raw data and unpublished "
     "manuscripts, whether or not such materials relate to the Project." + _EN_TERM, "DAT-01", True,
     "en-visits-and-copies-whether-or-not-related-to-the-project"),
    (_EN_PREAMBLE + "Article 11 Records\n11.2 The University shall make available to Sponsor's patent department the "
     "laboratory notebooks, source code and experimental data of the research group, whether created before, during "
     "or after the Project." + _EN_TERM, "DAT-01", True, "en-records-made-available-whether-created-before-or-after"),
    (_EN_PREAMBLE + "Article 11 Records\n11.2 The University shall make available to Sponsor the laboratory notebooks "
     "that record the Project, and only those." + _EN_TERM, "DAT-01", False, "en-the-projects-notebooks-only"),
    (_JA_PREAMBLE + "第8条（実施義務）\n３　前二項の規定にかかわらず、乙が本件発明を実施せず、又は第1項に定める期間内に許諾製品の販売を"
     "開始しなかった場合においても、甲は、これを理由として本契約を解除し、又は実施権を非独占的なものに変更することはできない。\n",
     "IP-04", True, "ja-exclusivity-kept-though-the-licensee-never-works-it"),
    (_JA_PREAMBLE + "第8条（実施義務）\n３　乙が第1項に定める期間内に許諾製品の販売を開始しなかったときは、甲は、実施権を非独占的なものに"
     "変更することができる。\n", "IP-04", False, "ja-exclusivity-lost-when-the-licensee-does-not-work-it"),
    (_EN_PREAMBLE + "Article 8 Diligence\n8.3 Any failure of Sponsor to commercialise a Licensed Product shall not "
     "entitle the University to terminate this Agreement or to convert the exclusive licence into a non-exclusive "
     "one." + _EN_TERM, "IP-04", True, "en-exclusivity-kept-though-the-licensee-never-works-it"),
    (_EN_PREAMBLE + "Article 17 Conflicts\n17.2 Any University researcher may accept an advisory position from "
     "Sponsor only after approval under the University's rules. Sponsor shall not offer any such benefit without "
     "informing the University." + _EN_TERM, "COI-01", False, "en-no-benefit-offered-without-telling-us"),
    (_EN_PREAMBLE + "Article 17 Conflicts of Interest\n17.2 Any University researcher may accept a consultancy "
     "or other personal benefit from Sponsor without informing the University." + _EN_TERM, "COI-01", True, "en-an-adviser-engaged-without-telling-us"),
    (_EN_PREAMBLE + "Article 11 Theses\n11.5 Where a thesis falls within Sponsor's strategic research lines, it shall "
     "be held under restricted access and shall not be deposited in any open repository until Sponsor's "
     "Vice-Rectorate notifies the University that the restriction may be lifted." + _EN_TERM, "PUB-02", True,
     "en-a-thesis-held-until-someone-says-the-restriction-may-be-lifted"),
    (_JA_PREAMBLE + "第3条（利用許諾）\n４　乙は、本品種の普及のため必要と認めるときは、甲に書面で通知することにより、許諾地域外の国又は"
     "地域においても、本利用権を行使し、又は第三者に再許諾することができる。\n", "IP-02", True,
     "ja-a-licence-taken-beyond-its-territory-on-notice"),
    (_JA_PREAMBLE + "第3条（利用許諾）\n４　乙は、甲の書面による事前の承諾を得て、許諾地域外の国又は地域においても、本利用権を行使する"
     "ことができる。\n", "IP-02", False, "ja-a-licence-taken-beyond-its-territory-with-our-consent"),
    (_EN_PREAMBLE + "Article 3 Licence\n3.4 Sponsor may, on written notice to the University, exercise the licence and "
     "grant sub-licences outside the Territory." + _EN_TERM, "IP-02", True,
     "en-a-licence-taken-beyond-its-territory-on-notice"),
    (_JA_PREAMBLE + "第19条（契約終了後の措置）\n２　前項の規定にかかわらず、乙は、本契約終了の時までに生産した本品種の種苗を用いて、"
     "引き続き本品種を栽培し、増殖し、並びにその収穫物を譲渡することができる。\n", "TRM-04", True,
     "ja-propagation-going-on-after-the-end"),
    (_JA_PREAMBLE + "第19条（契約終了後の措置）\n２　乙は、本契約終了の時までに生産した在庫品を、終了後6か月間に限り販売することが"
     "できる。\n", "TRM-04", False, "ja-six-months-to-sell-the-stock"),
    (_EN_PREAMBLE + "Article 14 Compliance\n14.2 Sponsor shall ensure that activities at its sites comply with the laws "
     "of Viet Nam and any conditions of local authorities, and the University shall ensure that activities at its "
     "site comply with the laws of Japan." + _EN_TERM, "LAW-02", False, "en-each-side-answers-for-its-own-sites"),
    (_JA_PREAMBLE + "第7条（技術情報の提供）\n２　甲及び乙は、加速器の設計図書その他の技術情報については、個別の該非判定その他の手続を"
     "要することなく、相手方の求めに応じて速やかに提供するものとする。\n", "EXP-01", True,
     "ja-technology-handed-over-without-classification"),
    (_EN_PREAMBLE + "Article 23 Disputes\n23.3 Any action arising out of this Agreement shall be brought exclusively in "
     "the United States District Court for the Eastern District of Tennessee, and the University consents to the "
     "personal jurisdiction of that court." + _EN_TERM, "LAW-01", True, "en-an-exclusive-foreign-court"),
    (_EN_PREAMBLE + "Article 7 Proprietary Information\n7.2 Each Party agrees not to disclose Proprietary Information "
     "of another Party to anyone other than the Parties without written approval, except to Government employees who "
     "are subject to the Trade Secrets Act." + _EN_TERM, "CON-03", False, "en-secrecy-with-government-employees-excepted"),
    (_JA_PREAMBLE + "第12条の2（米国政府の権利）\n　本共同研究のうち元契約に基づく資金を用いて実施される部分に関し、乙は、元契約の定めにより、"
     "米国政府に対し研究成果の報告その他の義務を負うことがあり、甲はこれを了承する。\n", "DAT-04", False,
     "ja-the-funders-own-report-on-the-part-it-pays-for"),
    (_EN_PREAMBLE + "Article 8 Onward Transfer\n8.1 Sponsor shall not disclose, transfer or give access to the Licensed "
     "Data to any person other than its Authorised Users, including any affiliate, funder or governmental body of "
     "any country." + _EN_TERM, "DAT-04", False, "en-government-bodies-named-among-those-barred"),
]


_BLIND_257_TO_264 = [
    (_EN_PREAMBLE + "Article 7 Data\n7.2 The University shall issue user credentials for its data archive to each "
     "Sponsor participant. Access under this clause shall extend to the archived data of earlier cruises of the "
     "Vessel in the region and elsewhere." + _EN_TERM, "DAT-01", True, "en-access-extended-to-earlier-cruises-data"),
    (_JA_PREAMBLE + "第5条（乗船研究者）\n３　乙は、乗船研究者に対し報酬、手当その他の給付を\n行わないものとし、乗船研究者は、乙との間で雇用契約を"
     "締結しないものとする。\n", "FUN-04", False, "ja-no-pay-across-a-line-break"),
    (_JA_PREAMBLE + "第10条（所管官庁への報告）\n１　乙は、許可条件に基づき、本航海の終了後、予備的航海報告書及び最終報告書並びにデータの写しを"
     "所管官庁に提出する。\n", "DAT-04", False, "ja-reports-a-research-permit-requires"),
    (_EN_PREAMBLE + "Article 12 Security\n12.4 Any on-site verification shall take place at a mutually agreed time, in "
     "the presence of the University's staff and without access to systems or data unrelated to the Licensed "
     "Imagery." + _EN_TERM, "DAT-01", False, "en-a-verification-without-access-to-unrelated-systems"),
    (_JA_PREAMBLE + "第10条（立入り）\n２　乙指定者の選定及び管理は乙の責任において行うものとし、乙は、立入りの前日までに乙指定者の氏名及び所属を"
     "甲に通知すれば足り、甲による審査又は承認を要しない。\n", "PER-03", True, "ja-the-partners-designees-enter-without-our-approval"),
    (_JA_PREAMBLE + "第22条（解除）\n３　甲は、前項各号に掲げる場合を除き、有効期間中に本協定を解除し、又は本件敷地の使用許可を取り消すことが"
     "できない。\n", "TRM-01", True, "ja-we-may-neither-terminate-nor-revoke-the-site-permit"),
    (_EN_PREAMBLE + "Article 4 Payments\n4.4.2 Any honorarium, travel support or visiting title offered by one Party to "
     "a researcher of the other Party may be accepted only in accordance with that researcher's institutional rules on "
     "outside activities and conflicts of interest, and shall be disclosed." + _EN_TERM, "FUN-04", False,
     "en-an-honorarium-under-the-researchers-own-rules"),
    (_JA_PREAMBLE + "第6条（派遣研究員）\n２　派遣研究員の受入れに係る甲の審査は、乙が派遣研究員の氏名、国籍、所属及び経歴を記載した書面を甲に"
     "提出したことをもって完了したものとみなす。\n", "PER-03", True, "ja-our-screening-deemed-complete-on-a-cv"),
    (_JA_PREAMBLE + "第5条（試料）\n(1) 甲及び乙は、本共同研究の遂行に必要な試料（酵素遺伝子、発現用菌株、精製酵素を含む。）を相互に提供する"
     "ものとする。\n", "DAT-03", False, "ja-an-enzymes-gene-is-no-personal-data"),
    (_JA_PREAMBLE + "第8条（報告）\n２　報告書には、研究の進捗及び助成金の収支を記載するものとし、外国為替及び外国貿易法その他の輸出管理"
     "関係法令上の規制対象となる技術は記載することを要しない。\n", "EXP-01", False, "ja-controlled-technology-kept-out-of-a-report"),
    (_JA_PREAMBLE + "第15条（終了時の措置）\n　本契約が終了した場合、甲は、終了の日までに締結済みで解約することができない契約に基づく経費を除き、"
     "助成金の未使用額を乙に返還する。\n", "TRM-01", False, "ja-commitments-that-cannot-be-cancelled"),
    (_EN_PREAMBLE + "Article 10 Repayment\n10.1 If you do not complete a return visit required under Section 9, or if you "
     "accept a professorship funded by the government of a third country, you shall repay the full amount of the "
     "Stipend together with fifteen per cent (15%) as liquidated damages." + _EN_TERM, "TRM-04", True,
     "en-repayment-for-a-return-visit-not-made"),
    (_EN_PREAMBLE + "Article 14 Confidentiality\n14.1 You may inform your Employing Institution that you have been "
     "selected as a Fellow, but you shall not provide copies of this letter or its Schedules to any third party "
     "without the prior written consent of the Programme Office." + _EN_TERM, "COI-01", True,
     "en-the-employer-told-only-that-you-were-selected"),
    (_EN_PREAMBLE + "Article 14 Export Control\n14.3 The University shall apply its own security export control "
     "regulations, including its procedures for the provision of technology to non-residents under Japanese law, to "
     "every Authorised User before access is given." + _EN_TERM, "LAW-02", False, "en-our-own-export-rules-applied"),
    (_EN_PREAMBLE + "Article 1 Licence\n1.1 Sponsor grants the University a licence to use the Model.\nArticle 2 Use\n"
     "2.1 The Model may be used only as Schedule B allows.\nArticle 3 Term\n3.1 This Agreement ends in 2028.\n"
     "IN WITNESS WHEREOF the Parties have signed this Agreement.\nSCHEDULE B\nAcceptable Use Policy\nThe Model and its "
     "Outputs shall not be used:\n1. to develop, design or produce weapons, including nuclear, chemical or biological "
     "weapons, or for any military end use;\n2. for the surveillance of individuals without a lawful basis.\n",
     "EXP-02", False, "en-an-acceptable-use-list-of-what-may-not-be-done"),
    (_JA_PREAMBLE + "第7条（データの管理）\n５　乙は、本提供データを、乙の関係会社が管理する情報処理設備（日本国外に所在するものを含む。）に"
     "格納することができる。この場合において、甲は、研究対象者との関係で必要となる手続は、第5条第2項の通知により履践されたものとして"
     "取り扱うことに同意する。\n", "DAT-03", True, "ja-the-subjects-consent-deemed-given-by-a-notice"),
    (_EN_PREAMBLE + "Article 7 Monitoring\n7.1 The University shall give Sponsor's monitors access to source documents. "
     "Such access shall extend to the complete electronic records of any patient of the Department whom Sponsor "
     "considers a potential candidate for any future study." + _EN_TERM, "DAT-01", True,
     "en-access-extended-to-any-patients-records"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 Neither the University nor the Principal Investigator shall publish any "
     "results of the Trial generated at the Trial Site until the Multicentre Publication has been published." + _EN_TERM,
     "PUB-02", True, "en-site-results-held-until-the-multicentre-paper"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 The University shall revise any Publication to reflect Sponsor's comments "
     "on the presentation and interpretation of the results, and shall delete any statement that Sponsor reasonably "
     "considers inconsistent with the prescribing information." + _EN_TERM, "PUB-03", True,
     "en-papers-revised-to-the-sponsors-comments"),
    (_EN_PREAMBLE + "Article 7 Inspections\n7.2 The University shall also permit inspections by the Pharmaceuticals and "
     "Medical Devices Agency and by any other regulatory authority under applicable law." + _EN_TERM, "LAW-02", False,
     "en-inspections-by-the-drug-regulator"),
    ("治験契約書\n北辰大学（以下「甲」という。）、フォルケ製薬（以下「乙」という。）及びノルド開発（以下「丙」という。）は、次のとおり契約する。\n"
     "第9条（検体）\n２　中央検査機関への検体の送付は、治験実施計画書及び丙の指示に従い、丙が必要な手続を確認した後に行う。\n", "CMP-01",
     False, "ja-samples-shipped-to-the-trial-protocol"),
    (_EN_PREAMBLE + "Article 6 Selection\n6.4 The Selection Committee shall make its recommendation by a majority of its "
     "members, provided that no candidate may be recommended unless each of the members nominated by Sponsor has voted "
     "in favour of that candidate." + _EN_TERM, "FUN-06", True, "en-a-veto-for-each-of-the-funders-nominees"),
    (_EN_PREAMBLE + "Article 14 Repayment\n14.3 If the University terminates this Agreement under Section 15.3, the "
     "University shall repay to Sponsor the full amount of the gift received, without deduction of any amounts "
     "already spent under Article V." + _EN_TERM, "TRM-04", True, "en-the-whole-gift-repaid-spent-or-not"),
    (_EN_PREAMBLE + "Article 3 Payments\n3.1 For each Fellow, Sponsor will pay to the University the amounts set out in "
     "Annex A, consisting of a stipend, the tuition fees and an administration contribution." + _EN_TERM, "FUN-04",
     False, "en-a-stipend-paid-to-the-university"),
    (_EN_PREAMBLE + "Article 12 Personal Data\n12.1 The University will share Fellows' personal data with Sponsor only to "
     "the\n     extent needed to administer the Programme and with each Fellow's consent obtained in accordance with "
     "the Act on the Protection of Personal\n     Information." + _EN_TERM, "DAT-03", False,
     "en-personal-data-shared-with-each-fellows-consent"),
    (_JA_PREAMBLE + "第5条の2（海外への提供）\n２　提供者の同意書に外国にある第三者への提供に関する記載がないときであっても、甲は、本研究の概要並びに"
     "乙の名称及び所在国を甲のウェブサイトにおいて公開し、提供者が提供の停止を求める機会を保障することをもって、提供者の同意に代えるものとする。\n",
     "DAT-03", True, "ja-an-opt-out-in-place-of-the-donors-consent"),
    (_JA_PREAMBLE + "第8条（第三者提供の禁止）\n　乙は、甲の事前の書面による承諾を得ることなく、提供試料等を第三者に提供してはならない。ただし、"
     "次の各号のいずれかに該当する場合は、この限りでない。\n一　乙の関係会社（その所在国を問わない。）に対し、乙グループの研究開発の目的で、"
     "提供試料等を移転し、又は利用させる場合\n", "EXP-05", True, "ja-affiliates-wherever-located-as-an-exception-to-a-ban"),
]


# blind sets 265-272: publication held with no end date until the sponsor has confirmed, a ban on giving samples to third parties (affiliates included) read as onward transfer, either
# party's compelled disclosure with notice to the other, a partner institute's founding statute, "No Party shall:"
# over a list of banned uses, and affiliates "in whichever country" without notice or consent
_BLIND_265_TO_272 = [
    (_JA_PREAMBLE + "第6条（第三者への提供の禁止）\n　乙は、甲の事前の書面による承諾を得ることなく、本試料等を第三者（乙の親会社、子会社その他"
     "の関係会社を含む。）に提供し、譲渡し、貸与し、又は第三者に使用させてはならない。\n", "EXP-05", False,
     "ja-a-ban-ending-in-shiyou-sasete-wa-naranai"),
    (_JA_PREAMBLE + "第10条（秘密保持）\n３　甲又は乙は、法令の規定又は裁判所その他の公的機関の命令により秘密情報の開示を求められたときは、"
     "法令上許される限り事前に相手方に通知した上で、当該開示が求められた範囲に限り、これを開示することができる。\n", "DAT-04", False,
     "ja-either-party-compelled-by-a-court-tells-the-other-first"),
    (_JA_PREAMBLE + "第16条（情報の取扱い）\n２　前条の規定にかかわらず、乙は、乙の設置根拠法令に基づき所管官庁から求められた場合には、"
     "研究成果及び研究データ（甲から開示された秘密情報を含む。）を当該所管官庁に提出することができる。\n", "DAT-04", True,
     "ja-the-partners-founding-statute-hands-results-to-its-ministry"),
    (_EN_PREAMBLE + "Article 7 Restrictions on Use\n7.1 No Party and no Approved User shall:\n(a) attempt to identify any "
     "individual from Consortium Data;\n(b) sell, license or otherwise provide Consortium Data to any third party; "
     "or\n(c) use Consortium Data for any purpose other than an Approved Project." + _EN_TERM, "EXP-02",
     False, "en-no-party-shall-over-a-list-of-banned-uses"),
    (_EN_PREAMBLE + "Article 5 Disclosure\n5.4 The Sponsor may furnish Confidential Information received from the "
     "University to its Affiliates, in whichever country they are located, who may use it for the Purpose, and no notice "
     "to, or consent of, the University shall be required for any such furnishing." + _EN_TERM, "EXP-05", True,
     "en-affiliates-in-whichever-country-without-notice-or-consent"),
    (_EN_PREAMBLE + "Article 13 Publication\n13.3 Where the Sponsor notifies the University that the proposed publication "
     "discloses patentable subject matter, the University shall defer submission until a patent application has been "
     "filed or until the Sponsor's technology office has confirmed in writing that its patent position is adequately "
     "protected, whichever occurs later." + _EN_TERM, "PUB-02", True, "en-deferred-until-the-later-of-a-filing-or-the-"
     "sponsors-word"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.4 Where an objection raised by the Sponsor relates to the design of the "
     "sensor nodes, the planned publication shall be postponed until the Sponsor has confirmed in writing that its "
     "interests in such Results are adequately protected." + _EN_TERM, "PUB-02", True,
     "en-postponed-until-the-sponsor-has-confirmed"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.4 The University may delay a publication by up to thirty (30) days to "
     "allow the Sponsor to file a patent application, and shall not defer submission further." + _EN_TERM, "PUB-02",
     False, "en-a-thirty-day-delay-for-a-filing"),
]


_BLIND_113_TO_272 = (_BLIND_113_TO_120 + _BLIND_121_TO_128 + _BLIND_129_TO_136 + _BLIND_137_TO_144 + _BLIND_145_TO_148
                     + _BLIND_149_TO_152 + _BLIND_153_TO_160 + _BLIND_161_TO_168 + _BLIND_169_TO_176
                     + _BLIND_177_TO_184 + _BLIND_185_TO_192 + _BLIND_193_TO_200 + _BLIND_201_TO_208
                     + _BLIND_209_TO_216 + _BLIND_217_TO_224 + _BLIND_225_TO_232
                     + _BLIND_233_TO_240 + _BLIND_241_TO_248 + _BLIND_249_TO_256
                     + _BLIND_257_TO_264 + _BLIND_265_TO_272)


@pytest.mark.parametrize(("document", "indicator", "raised"), [row[:3] for row in _BLIND_113_TO_272],
                         ids=[row[3] for row in _BLIND_113_TO_272])
def test_wording_from_blind_sets_113_to_272(engine: AnalyzerEngine, document: str, indicator: str,
                                            raised: bool) -> None:
    assert (indicator in _raised(engine, document, "blind113.txt")) is raised


_SCHOLAR_PREAMBLE = ("DISTINGUISHED SCHOLAR AGREEMENT\nBETWEEN\nKESTREL BAY UNIVERSITY, a public university (the "
                     "\u201cUniversity\u201d);\nAND\nPROFESSOR MASAHIRO TSUKIOKA, Professor, Department of Applied "
                     "Chemistry, Hokuryo University of Science and Technology, Japan, residing at 5-12-3 Sakuragawa, "
                     "Hokuryo City, Japan (the \u201cScholar\u201d).\n")

_BLIND_345_TO_352 = [
    (_EN_PREAMBLE + "Article 13 Regulatory Events\n13.5 Neither the denial, suspension or revocation of any export "
     "license, nor any change in Sanctions Laws, nor the designation of a Party on a Restricted Party List shall "
     "constitute grounds for termination or suspension of this Agreement by either Party." + _EN_TERM, "TRM-03", True,
     "en-neither-a-denied-licence-nor-a-listing-is-a-ground-to-end"),
    (_EN_PREAMBLE + "Article 13 Regulatory Events\n13.5 The denial of an export license, or the designation of a Party "
     "on a Restricted Party List, shall constitute grounds for termination of this Agreement by either Party on written "
     "notice." + _EN_TERM, "TRM-03", False, "en-a-denied-licence-is-a-ground-to-end"),
    (_JA_PREAMBLE + "第5条の2（乙の指名技術者）\n乙は、乙が指名する技術者（以下「指名技術者」という。）を利用者として登録するよう甲に"
     "求めることができる。\n２ 指名技術者は、本設備の全てを利用し、かつ、甲の技術職員から技術情報（外国為替及び外国貿易法に基づき規制"
     "される技術を含む。）の開示を受けることができる。\n", "EXP-04", True,
     "ja-nominees-use-all-equipment-and-controlled-technology"),
    (_SCHOLAR_PREAMBLE + "Article 3 Duties\n3.2 In performing the Duties, the Scholar shall observe the academic "
     "calendar of the University and shall ordinarily be present on the Campus on each Working Day of the Academic "
     "Year.\n", "PER-01", True, "en-our-professor-present-on-the-partners-campus-each-working-day"),
    (_EN_PREAMBLE + "Article 2 Obligations\n(b) charter, with the funds referred to in Article 6, the vessel time "
     "required for the cruises, and obtain the permits of the Navy Hydrographic Service and of the maritime "
     "authority;" + _EN_TERM, "FUN-01", False, "en-a-navy-permit-is-no-military-funding"),
    (_EN_PREAMBLE + "Article 4 Data\n4.3 Sponsor will provide the University with a copy of any catalogue derived "
     "from the data when the corresponding paper is submitted for publication. The University may use such a "
     "catalogue for internal validation and may redistribute it only with Sponsor's consent." + _EN_TERM, "PUB-01",
     False, "en-the-partners-catalogue-redistributed-with-its-consent"),
    (_EN_PREAMBLE + "Article 8 Audit\n8.3 Sponsor may carry out an audit of the Project on 30 days' notice. The audit "
     "shall be limited to the accounting records relating to the Project; it confers no right of access to the "
     "University's information systems or to records unrelated to the Project." + _EN_TERM, "DAT-01", False,
     "en-an-audit-with-no-right-of-access-to-unrelated-records"),
    (_EN_PREAMBLE + "Article 5 Independence\nSponsor understands that the researcher will continue his own research at "
     "the University and with other collaborators during the fellowship, including in the same scientific field, and "
     "nothing in this agreement restricts that work." + _EN_TERM, "COI-02", False,
     "en-our-researcher-free-to-continue-his-own-research"),
    (_JA_PREAMBLE + "第6条（研究データ）\n４ 甲から乙に派遣された研究学生が乙の研究室において取得した研究データは、乙の定める研究データ管理"
     "の規則に従い保存するものとする。\n", "CMP-01", False, "ja-data-made-in-the-partners-lab-kept-under-its-rules"),
    (_EN_PREAMBLE + "Article 4 Contributions\n(a) The University shall, at its own expense, procure and install the "
     "instruments at each station.\n(b) Sponsor may, at its discretion and to the extent it considers appropriate, "
     "provide logistical assistance and accommodation for the University's personnel visiting the stations."
     + _EN_TERM, "REC-01", True, "en-the-partners-help-left-to-its-discretion"),
    (_EN_PREAMBLE + "Article 7 Use of Deliverables\n7.2 Sponsor may make the Deliverables available to its Affiliates "
     "and to such other partners and collaborating organisations as Sponsor may designate from time to time, without "
     "the need for further notice to or consent of the University." + _EN_TERM, "TRA-01", True,
     "en-deliverables-to-partners-the-sponsor-designates-without-notice"),
    (_EN_PREAMBLE + "Article 7 Use of Deliverables\n7.1 Sponsor may use the Deliverables for any purpose related to its "
     "business." + _EN_TERM, "EXP-02", False, "en-deliverables-used-in-the-clients-business"),
    (_JA_PREAMBLE + "第3条（兼業）\n７ 本教員は、乙の役員には就任しないものとし、本兼業において乙の従業員の指揮命令を行\nわないものとする。\n",
     "PER-01", False, "ja-our-professor-takes-no-office-and-directs-no-staff"),
    (_EN_PREAMBLE + "Article 5 Confidentiality\n5.3 The University shall not describe, summarise or refer to any "
     "Confidential Information of Sponsor in any progress report submitted to a research funding agency or in any "
     "governmental registry of research activities." + _EN_TERM, "DAT-04", False,
     "en-a-gag-on-our-reports-is-no-government-access"),
    (_JA_PREAMBLE + "第5条（報酬）\n乙は、甲に対し、本サービスの報酬として金8,800,000円（消費税別）を支払う。\n", "FUN-04", False,
     "ja-a-service-fee-paid-to-our-university"),
]


_KIKO_PREAMBLE = ("受託研究契約書\nブラウエンタール・メステヒニク有限会社（以下「委託者」という。）と国立研究開発法人沿岸海洋科学技術研究機構（以下"
                  "「機構」という。）は、次のとおり契約を締結する。\n")

_BLIND_353_TO_360 = [
    (_JA_PREAMBLE + "第15条（研究成果の事業化）\n２ 研究成果の事業化により得られる実施料その他の収益は、全て乙に帰属するものとし、甲は、本共同"
     "研究に要した経費の償還その他の対価を乙に求めることができない。\n", "REC-03", True, "ja-all-income-to-the-partner-none-to-us"),
    (_JA_PREAMBLE + "第9条（現地調査）\n３ 甲の研究担当者が現地調査において伝統的所有者から直接情報を得る場合は、乙を通じて事前に伝統的所有者"
     "の同意を得るものとし、聖地に関する情報を記録してはならない。\n", "PUB-01", False,
     "ja-a-communitys-consent-sought-through-the-partner"),
    (_EN_PREAMBLE + "Article 16 Sanctions\n16.4 Neither the designation of either Party on any list of sanctioned "
     "entities, nor the imposition of sanctions or export restrictions by any State, shall entitle either Party to "
     "terminate or suspend this Agreement." + _EN_TERM, "TRM-03", True, "en-neither-a-listing-nor-sanctions-entitle-exit"),
    (_JA_PREAMBLE + "第13条（学位論文）\n４ 甲の学生が研究成果を学位論文として発表する場合は、甲の学位規程に従うものとし、乙は、出願のため"
     "必要な場合に限り、公聴会の日程の調整を求めることができる。\n", "PUB-03", False, "ja-only-the-date-of-a-thesis-defence-moved"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 The University and its Authorised Users may publish Research Results, "
     "including benchmarks, without the approval of Sponsor." + _EN_TERM, "PUB-01", False,
     "en-we-and-our-users-publish-without-approval"),
    (_KIKO_PREAMBLE + "第5条（研究の変更）\n委託者は、本受託研究の実施期間中いつでも、機構に対し、研究の内容、手法及び重点の変更並びに研究"
     "担当者の選任、交代又は増員を指示することができ、機構は、正当な理由がない限りこれに従うものとする。\n", "FUN-06", True,
     "ja-the-sponsor-may-order-changes-of-method-and-staff"),
    (_KIKO_PREAMBLE + "第16条（研究の中止）\n天災地変その他やむを得ない事由により本受託研究の実施が困難となったときは、機\n構及び委託者は、"
     "協議の上、本受託研究を中止することができる。\n", "FUN-06", False, "ja-a-name-broken-by-a-pdf-line-is-still-ours"),
    (_EN_PREAMBLE + "Article 4 Intellectual Property\nEach Party may use Joint IP free of charge for its own research and "
     "teaching.\nSponsor may grant licences under Joint IP to its affiliates and industrial partners without requiring "
     "the University's consent." + _EN_TERM, "IP-05", True, "en-licences-without-requiring-our-consent"),
    (_EN_PREAMBLE + "Article 10 Term\n10.5 On expiry the University shall stop using the Material and shall, as Sponsor "
     "directs, return or destroy all remaining Material." + _EN_TERM, "PUB-03", False,
     "en-material-returned-as-the-provider-directs"),
    (_EN_PREAMBLE + "Article 7 Liaison Engineers\n7.3 The University shall give each liaison engineer nominated by "
     "Sponsor access to the Controlled Technology, and Sponsor's own personnel vetting shall be accepted by the "
     "University in place of any screening under the University's export-control procedures." + _EN_TERM, "EXP-04",
     True, "en-the-partners-vetting-in-place-of-our-screening"),
    (_JA_PREAMBLE + "第5条（遵守事項）\n３ 乙は、次の各号に掲げる行為をしてはならず、利用者にもさせてはならない。\n(1) 他の利用者のデータを閲覧"
     "すること。\n(2) 本システムの管理者権限の取得を試み、又は甲が設定した資源の利用制限を回避すること。\n", "DAT-01", False,
     "ja-an-item-of-a-list-of-banned-acts"),
    (_EN_PREAMBLE + "Article 7 Visits\n7.2 While in Halvard's laboratories the University's researchers will follow "
     "Sponsor's safety rules, its IT security rules and its code of conduct." + _EN_TERM, "LAW-02", False,
     "en-house-rules-while-on-the-partners-site"),
    (_EN_PREAMBLE + "Article 8 Reports\n8.1 The University is welcome to give the same report to any body that funds "
     "its research." + _EN_TERM, "COI-02", False, "en-welcome-to-give-the-same-report-to-funders"),
]


def test_publication_terms_left_to_a_later_agreement_are_no_publication_clause(engine: AnalyzerEngine) -> None:
    document = ("秘密保持契約書\n北陵大学（以下「甲」という。）とノルドシールド社（以下「乙」という。）は、次のとおり契約する。\n"
                "第3条（秘密保持）\n受領者は、開示者の秘密情報を第三者に開示してはならない。ただし、公知の情報についてはこの限りでない。\n"
                "第11条（その他）\n２ 共同研究を実施する場合の知的財産権の帰属、研究成果の公表その他の条\n件は、別途締結する共同研究契約において"
                "定める。\n第14条（有効期間）\n本契約の有効期間は、締結日から2年間とする。\n")
    result = engine.analyze(document.encode("utf-8"), name="nda.txt")
    assert "PUBLICATION" in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_an_ethics_review_neither_participant_requires_is_waived(engine: AnalyzerEngine) -> None:
    # CMP-02 is a low-level indicator: the finding may be of any severity
    document = (_EN_PREAMBLE + "Article 5 Permits\n5.2 Research permits issued by Sponsor shall be the only authorisation "
                "required for fieldwork, including household surveys and recorded interviews, and neither Participant "
                "shall require such activities to be submitted to a research ethics committee." + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="permits.txt")
    assert "CMP-02" in {f.indicator for f in result.findings}


_BLIND_361_TO_368 = [
    (_EN_PREAMBLE + "Article 5 Uses\n5.3 Sponsor may use the Materials and Sequence Data received from the University for "
     "threat assessment work carried out for or together with the defence authorities of its country, and such use "
     "shall not require any notice to, or consent of, the University." + _EN_TERM, "EXP-02", True,
     "en-defence-use-that-requires-no-consent"),
    (_EN_PREAMBLE + "Article 6 Research Plan funded by the Gift\n6.3 Sponsor, which funds the Chair, shall refer the draft "
     "research plan to its Scientific Board. The Scientific Board may require amendments to the research themes, "
     "priorities and staffing, and the University shall cause the Chair Holder to carry out the Research Programme "
     "in accordance with the plan as so amended and approved by Sponsor." + _EN_TERM, "FUN-06", True,
     "en-the-donors-board-amends-the-plan-we-carry-out"),
    (_EN_PREAMBLE + "Article 7 Laboratories\n7.2 Scientists designated by Sponsor shall be entitled to work in the "
     "University's laboratories for up to twelve months, while Sponsor's laboratories and databases in Port Calloway "
     "shall not be made available to University personnel." + _EN_TERM, "REC-02", True,
     "en-our-labs-open-theirs-closed"),
    (_JA_PREAMBLE + "第23条（存続条項）\n２ 前項の規定にかかわらず、乙が有する独占的な実施の権利は、同項に定める期間及び本契約の終了の事由の"
     "いかんを問わず、期間の定めなく存続するものとする。\n", "TRM-04", True,
     "ja-an-exclusive-right-surviving-whatever-the-period"),
    (_EN_PREAMBLE + "Article 11 Intellectual Property\n11.3 The Parties acknowledge that Sponsor is subject to the "
     "Intellectual Property Rights from Publicly Financed Research Act and that any Foreground IP owned or co-owned by "
     "Sponsor will be managed in accordance with that Act." + _EN_TERM, "IP-01", False,
     "en-the-partners-own-ip-managed-under-its-law"),
    (_JA_PREAMBLE + "第4条（役割分担）\n本共同研究における甲及び乙の役割分担は、次の各号に定めるとおりとする。\n（一）甲　回復期患者血清を用いた"
     "交差反応性の評価\n（二）乙　ワクチン候補物質の製造及び甲への提供\n", "DAT-03", False,
     "ja-samples-the-partner-supplies-to-us"),
    (_EN_PREAMBLE + "Article 3 Project\n3.2 The Project is fundamental research. The Parties have not identified any "
     "Project activity that requires an export licence at the date of signature." + _EN_TERM, "EXP-01", False,
     "en-no-activity-identified-that-needs-a-licence"),
    (_EN_PREAMBLE + "Article 6 Cruise\n6.2 Sponsor shall appoint the Chief Scientist and the University shall appoint the "
     "Co-Chief Scientist." + _EN_TERM, "PER-01", False, "en-each-side-appoints-its-own-scientist"),
    (_EN_PREAMBLE + "Annex C Data Management Plan\nStorage after cruise: University data centre and Sponsor data centre. "
     "No other copies without consent under Article 9.3. Personal data are limited to crew lists.\n", "DAT-03", False,
     "en-no-other-copies-without-consent"),
]


def test_discontinuing_ones_participation_on_notice_is_a_termination_clause(engine: AnalyzerEngine) -> None:
    document = ("MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between Sanriku University (the \"University\") and "
                "the Tasman Institute (\"Tasman\").\n1. PURPOSE\n1.1 The Participants will share clinical data.\n"
                "2. DATA\n2.1 Data will be stored in Auckland.\n3. DURATION\n3.1 This Memorandum remains in effect for "
                "three years.\n3.2 Either Participant may discontinue its participation by giving the other three (3) "
                "months' written notice.\n")
    result = engine.analyze(document.encode("utf-8"), name="mou.txt")
    absent = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert "TERM_TERMINATION" not in absent


_BLIND_369_TO_376 = [
    (_EN_PREAMBLE + "Article 10 Exploitation\n10.4 Sponsor shall have the sole right to grant commercial licences to Joint "
     "Results, and all income from such licences shall accrue to Sponsor alone." + _EN_TERM, "IP-01", False,
     "en-licence-income-accruing-to-the-partner-is-no-ownership"),
    (_EN_PREAMBLE + "Article 8 Onward Transfer\n8.4 Sponsor shall use the Payload and the University's technical "
     "information only for the purposes of this Agreement and shall not transfer or disclose them to any third party, "
     "including any affiliate or governmental body." + _EN_TERM, "CON-03", False,
     "en-the-partner-kept-from-passing-our-information-on"),
    (_EN_PREAMBLE + "Article 14 Commitment\n14.3 From the Delivery Date until the end of the Hosting Period, the "
     "University shall have no right to terminate this Agreement, save only if the satellite is declared a total "
     "loss." + _EN_TERM, "TRM-01", True, "en-we-have-no-right-to-terminate"),
    (_JA_PREAMBLE + "第11条（秘密保持）\n４ 本件発明の内容に関する秘密保持義務は、本件出願が公開されたときは、公開された範囲において終了"
     "する。\n", "CON-01", False, "ja-the-inventions-secrecy-ends-on-publication"),
    (_EN_PREAMBLE + "Article 4 Evaluation\n4.5 Any improvement made solely by employees of Sponsor during the Evaluation "
     "shall belong to Sponsor." + _EN_TERM, "IP-01", False, "en-the-partners-own-improvements"),
    (_JA_PREAMBLE + "第6条（服務）\n対象教員は、甲業務に従事する時間については甲の就業規則その他の規程に、乙業務に従事する時間については乙の"
     "規則に従う。\n", "CMP-01", False, "ja-each-employers-rules-for-its-own-time"),
    (_JA_PREAMBLE + "第9条（兼業）\n３ 対象教員は、乙以外の外国の機関から職位、報酬又は研究資金の提供を受けようとするときは、事前に甲に届け"
     "出て、その承認を得なければならない。\n", "FUN-04", False, "ja-offers-declared-to-us-first"),
    (_EN_PREAMBLE + "Article 6 Transfer of Interview Data\n6.3 The University shall send the complete recordings and the "
     "Interviewee Register, with names, dates of birth and health notes, to Sponsor's archive abroad.\n6.4 The "
     "transfer under Section 6.3 shall be made whether or not the Interviewee has agreed to the transfer of his or her personal information to a recipient outside Japan, and the "
     "University's Release Form need not refer to that transfer." + _EN_TERM, "DAT-03", True,
     "en-recordings-sent-abroad-whether-or-not-the-interviewee-agreed"),
    (_EN_PREAMBLE + "Article 10 Online Publication\n10.2 Sponsor may withhold from online publication any Digital Image "
     "whose publication would breach applicable law." + _EN_TERM, "PUB-01", False,
     "en-images-kept-offline-where-the-law-requires"),
    (_JA_PREAMBLE + "第6条（協力）\n２ 乙が甲に提供する試料、情報その他の協力の内容、数量及び時期は、乙がその裁量により定めるものとする。\n",
     "REC-01", True, "ja-what-the-partner-gives-left-to-its-discretion"),
]


_BLIND_377_TO_384 = [
    (_EN_PREAMBLE + "Article 16 Term and Termination\n16.5 A change in export control or sanctions law, the designation "
     "of either party on a restricted party list, or the refusal or revocation of an export licence does not give the "
     "University a right to terminate or suspend this Agreement." + _EN_TERM, "TRM-03", True,
     "en-sanctions-give-us-no-right-to-terminate"),
    (_EN_PREAMBLE + "Article 8 Access to Facilities\n8.1 Scientists designated by Sponsor may, on giving seven days' "
     "notice to the University, enter and work in the University's greenhouses and genotyping laboratory.\n8.2 Visits "
     "by University staff to Sponsor's field stations are outside the scope of this Agreement and may be arranged, if "
     "at all, at Sponsor's discretion.\nArticle 9 Term\n9.1 This Agreement ends in 2028.\n", "REC-02", True, "en-our-visits-arranged-if-at-all-at-its-discretion"),
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.4 Neither the University nor any University researcher shall "
     "disclose the existence of this Agreement or Sponsor's support to any government ministry, public funding agency "
     "or internal committee of the University without Sponsor's prior written consent." + _EN_TERM, "CON-03", True,
     "en-neither-we-nor-our-researchers-may-tell-a-ministry"),
    (_EN_PREAMBLE + "Article 17 Survival\n17.4 Sponsor's option under Article 9 shall survive any expiry or "
     "termination of this Agreement, howsoever caused, and shall remain in force without limit of time." + _EN_TERM,
     "TRM-04", True, "en-an-option-in-force-without-limit-of-time"),
    (_EN_PREAMBLE + "Article 8 Supervision\n8.6 Where a thesis project is taken from a project the University "
     "supervisor conducts with funding from a Japanese public funding agency, the University supervisor shall carry "
     "out the same research objectives and work plan at Sponsor, and each party may report the results as outputs of "
     "its own funded project." + _EN_TERM, "COI-02", True, "en-the-same-objectives-and-work-plan-at-the-partner"),
    (_EN_PREAMBLE + "Article 4 Results\n4.2 The University shall bear, from its own resources, all costs of patent "
     "applications for Results.\n4.3 No licence of Results shall be granted by the University without the prior "
     "written approval of Sponsor, which Sponsor may give or withhold at its sole discretion, and Sponsor shall be "
     "entitled to fifty percent (50%) of all net licensing income." + _EN_TERM, "REC-03", True,
     "en-we-pay-the-patents-the-partner-vetoes-and-takes-half"),
    (_EN_PREAMBLE + "Article 5 Expenses\n5.3 The expenses are paid to the University; nothing is paid directly to "
     "any individual researcher of the University as an honorarium, fee or otherwise." + _EN_TERM, "FUN-04", False,
     "en-nothing-paid-to-a-researcher-personally"),
    (_EN_PREAMBLE + "Article 7 Key Personnel\n7.2 If the Principal Investigator ceases to lead the Project, the "
     "University shall propose a replacement within 60 days. Sponsor may, acting reasonably, decide whether the Grant "
     "continues." + _EN_TERM, "COI-02", False, "en-whether-the-grant-continues"),
    (_JA_PREAMBLE + "第11条（提供試料）\n２ 研究期間終了後、甲は、乙の指示に従い、提供試料を返還し、又は甲の規程に従って廃棄する。\n",
     "CMP-01", False, "ja-samples-returned-as-the-provider-instructs"),
    (_JA_PREAMBLE + "第11条（提供試料）\n２ 研究期間終了後、甲は、乙の指示に従い、提供試料を返還し、又は甲の規程に従って廃棄する。\n",
     "REC-01", False, "ja-returning-the-samples-is-no-one-way-contribution"),
]


_BLIND_385_TO_392 = [
    (_EN_PREAMBLE + "Article 5 Contributions\n5.1 The University will provide its archive and two students.\n5.2 Sponsor "
     "will contribute analysis time and computing capacity as and when its group finds this possible; Sponsor does not "
     "commit to any specific personnel, equipment time or deliverables.\nArticle 9 Term\n9.1 This Agreement ends in "
     "2028.\n", "REC-01", True, "en-the-partner-contributes-as-and-when-it-finds-it-possible"),
    (_EN_PREAMBLE + "Article 13 Reporting\n13.2 The Principal Investigator will not pass the results to the University's "
     "research office or mention the collaboration in reports to the funding agency until the first paper is "
     "accepted." + _EN_TERM, "CON-01", True, "en-the-collaboration-kept-out-of-reports-to-the-funder"),
    (_EN_PREAMBLE + "Article 8 Results\n8.2 Sponsor shall be entitled to use all Results generated by the Academic "
     "Parties for its commercial purposes free of charge, while the costs of protecting and maintaining those Results "
     "shall be borne solely by the Academic Parties that generated them." + _EN_TERM, "REC-03", True,
     "en-the-partner-uses-our-results-free-while-we-pay-to-protect-them"),
    (_EN_PREAMBLE + "Article 10 Default\n10.2 If the breach is not remedied within that period, the General Assembly may "
     "declare the Party to be a Defaulting Party and may request the funding body to terminate its participation."
     + _EN_TERM, "COI-01", False, "en-a-declaration-of-default-is-no-disclosure"),
    (_EN_PREAMBLE + "Article 7 Confidentiality\n7.3 The University shall not disclose the existence or terms of this "
     "Agreement, its researchers' appointments under Article 2 or the benefits received under Article 5 to the home "
     "institution, to any funding agency or to any other authority in Japan." + _EN_TERM, "COI-01", True,
     "en-the-arrangement-kept-from-the-home-institution"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 \"Background Licence\" means a non-exclusive, royalty-free, worldwide, "
     "perpetual and irrevocable licence, with the right to grant sub-licences through multiple tiers, to use and "
     "commercially exploit the relevant Background for any purpose, whether or not connected with the Project;"
     + _EN_TERM, "IP-02", True, "en-a-background-licence-defined-to-reach-any-purpose"),
    (_EN_PREAMBLE + "Article 17 Miscellaneous\n17.7 Neither Party shall use the name or logo of the other in any "
     "advertising or promotional material without consent." + _EN_TERM, "DAT-03", False,
     "en-a-partys-name-in-advertising-is-no-personal-data"),
    (_EN_PREAMBLE + "Article 8 Intellectual Property\n8.1 Intellectual Property in Results generated by the University "
     "in the course of work performed at Sponsor, using the facilities and resources of Sponsor, shall vest in Sponsor "
     "in accordance with its intellectual property policy, and the inventors shall be named." + _EN_TERM, "IP-01",
     False, "en-results-made-at-the-host-with-its-means-under-its-policy"),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.4 Neither Party shall, without the prior written consent of the "
     "disclosing Party, disclose any Confidential Information to any ministry, funding agency or regulator, whether or "
     "not such disclosure is required under the laws applicable to that Party." + _EN_TERM, "CON-03", True,
     "en-kept-from-regulators-whether-or-not-the-law-requires-it"),
    (_EN_PREAMBLE + "Article 2 Funding\n2.2 The Programme is financed in part through contributions made by certain "
     "strategic partners of Sponsor; Sponsor is not in a position to disclose the identity of those partners."
     + _EN_TERM, "FUN-03", True, "en-funders-the-partner-cannot-name"),
    (_JA_PREAMBLE + "第6条（研究経費）\n２ 乙は、前項の研究経費が乙の自己資金を原資とするものであり、いかなる国の政府、軍若しくは治安機関"
     "からの資金を直接又は間接に原資とするものではないことを表明し、保証する。\n", "FUN-01", False,
     "ja-funds-represented-not-to-come-from-any-military"),
    (_JA_PREAMBLE + "第6条（研究員の受入れ）\n甲は、乙から申出があった場合には、甲の規程に従い審査の上、乙の従業員を共同研究員として受け入れる"
     "ことができる。\n", "PER-01", False, "ja-our-accepting-the-partners-employees"),
]


_BLIND_393_TO_400 = [
    (_JA_PREAMBLE + "第7条（情報システム）\n３ 甲又は乙の研究担当者が相手方の情報システムを利用する必要がある場合には、あらかじめ利用の範囲及び"
     "期間を書面で定めるものとし、情報システムを管理する当事者は、いつでもその利用を停止することができる。\n", "DAT-01", False,
     "ja-system-use-fixed-in-writing-and-stoppable-at-any-time"),
    (_EN_PREAMBLE + "Article 8 Use of Facilities\n8.1 The University shall permit the researchers of Sponsor to enter and use "
     "the laboratories and the computing cluster of the University.\n8.2 Researchers of the University may visit the "
     "premises of Sponsor where Sponsor deems it necessary for meetings.\nArticle 9 Term\n9.1 This Agreement ends in "
     "2028.\n", "REC-02", True, "en-our-visits-where-the-partner-deems-them-necessary"),
    (_EN_PREAMBLE + "Article 12 Intellectual Property\n12.2 Intellectual Property Rights in Research Results created jointly "
     "by researchers of both parties shall be jointly owned by Sponsor and the University." + _EN_TERM, "IP-01", False,
     "en-joint-results-jointly-owned"),
    (_EN_PREAMBLE + "Article 7 Intellectual Property\n7.7 The Government of the Republic of Aldovia retains a "
     "non-exclusive, non-transferable, paid-up licence to practise, for governmental purposes, any Subject Invention "
     "owned by Sponsor." + _EN_TERM, "IP-01", False, "en-a-governments-use-licence-in-the-partners-inventions"),
    (_EN_PREAMBLE + "Article 7 Publication\n7.1 The University is free to publish, except that it will give Sponsor's "
     "Technology Transfer Office thirty (30) days to review any manuscript that discloses a potentially patentable "
     "invention owned by Sponsor." + _EN_TERM, "IP-01", False, "en-a-manuscript-naming-what-the-partner-owns"),
    (_EN_PREAMBLE + "Article 6 Personnel\n6.3 Sponsor shall keep an up-to-date list of Authorised Personnel, stating name, "
     "role and work location, and shall provide it to the University on request." + _EN_TERM, "PER-01", False,
     "en-a-staff-list-with-work-locations"),
    (_EN_PREAMBLE + "Article 4 Steering and Direction\n4.2 Sponsor may at any time, by written notice, change the research "
     "questions, scope or milestones of the Project, and the University shall replace any member of the research "
     "team whom Sponsor considers unsuitable.\nArticle 5 Term\n5.1 This Agreement ends in 2028.\n", "FUN-06", True,
     "en-the-sponsor-changes-the-questions-and-has-staff-replaced"),
]


_BLIND_401_TO_408 = [
    (_EN_PREAMBLE + "Article 3 Contributions\n3.1 Each Party makes the contributions set out against its name in Annex 1."
     + _EN_TERM + "ANNEX 1\nPART A - CONTRIBUTIONS\n| A1 | University - personnel | Prof. Tsurumi and two students. |\n"
     "| A4 | Sponsor - contributions | Contributions (if any) to be determined by Sponsor at its discretion. |\n",
     "REC-01", True, "en-the-partners-row-of-a-contributions-table-left-to-its-discretion"),
    (_JA_PREAMBLE + "第12条の2（研究データの管理）\n３ 甲及び乙は、本共同研究において取得した研究データの写しをそれぞれ保有し、本契約の終了後"
     "も、相手方の秘密情報に該当する部分を除き、自己の研究及び教育の目的のために使用することができる。\n", "CON-01", False,
     "ja-each-keeps-a-copy-of-the-data"),
    (_JA_PREAMBLE + "第22条（公表）\n２ 乙は、本契約の締結の事実及びその概要を、関連会社、乙の会計監査人及び乙を監督する官庁に開示すること"
     "ができる。\n", "DAT-04", False, "ja-the-agreement-disclosed-to-the-partners-supervising-ministry"),
    (_EN_PREAMBLE + "Article 9 Disclosure\n9.2 Neither this letter nor the Agreement is confidential. Either party may "
     "disclose them, including to its funders and regulators." + _EN_TERM, "CON-01", False,
     "en-neither-the-letter-nor-the-agreement-is-confidential"),
    (_EN_PREAMBLE + "Article 5 Development and Commercialisation\n5.2 Sponsor shall decide in its sole commercial discretion "
     "whether to develop any Licensed Product, and no delay in or absence of commercialisation shall entitle the "
     "University to terminate this Agreement or to convert the licence into a non-exclusive licence." + _EN_TERM,
     "IP-04", True, "en-no-absence-of-commercialisation-lets-us-end-the-exclusive-licence"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 Publications shall name the University and, where applicable, Sponsor "
     "as affiliations of the authors." + _EN_TERM, "IP-06", False, "en-both-named-as-affiliations"),
    (_JA_PREAMBLE + "第11条（研究成果の公表）\n３ 乙は、前項に定める場合を除き、研究成果の公表を拒み、その内容の変更を求め、又は公表の時期を"
     "遅らせることはできない。\n", "PUB-03", False, "ja-the-partner-may-not-ask-for-changes"),
    (_EN_PREAMBLE + "Article 13 Export Control\n13.4 Neither Party will re-export any item received from the other Party to "
     "a third country without the prior written consent of the providing Party and without complying with the "
     "applicable export control laws." + _EN_TERM, "EXP-01", False, "en-no-re-export-without-complying"),
    (_EN_PREAMBLE + "Article 5 Visits\n5.1 The University's researchers are expected to spend time in residence at "
     "Sponsor in one or more visits totalling not more than six weeks." + _EN_TERM, "PER-01", False,
     "en-visits-of-six-weeks-in-all"),
    (_EN_PREAMBLE + "Article 10 Results\n10.2 Nothing in these conditions obliges the University to transfer to Sponsor "
     "any rights in such results." + _EN_TERM, "IP-01", False, "en-nothing-in-these-conditions-transfers-rights"),
]

_BLIND_409_TO_416 = [
    (_JA_PREAMBLE + "第10条（費用及び成果の利用）\n本試験の実施に要する圃場及び施設の使用、人件費その他一切の費用は甲が負担し、乙は、本試験"
     "に関し何らの費用も負担しないものとする。\n２ 乙は、本試験の結果を、乙の品種登録出願その他の商業目的に、甲に対し対価を支払う"
     "ことなく自由に利用することができる。\n", "REC-03", True, "ja-our-costs-in-one-paragraph-the-partners-free-use-in-the-next"),
    (_JA_PREAMBLE + "第10条（費用及び成果の利用）\n本研究に要する費用は甲が負担する。\n２ 甲及び乙は、本研究の結果を、それぞれ対価を支払う"
     "ことなく自由に利用することができる。\n", "REC-03", False, "ja-both-use-the-results-freely"),
    (_EN_PREAMBLE + "Article 3 Supply\n3.1 The University shall supply the quantities of seed stated in Schedule 1 within "
     "ninety (90) days after Sponsor has provided a valid import permit issued by the national plant health authority."
     + _EN_TERM, "DAT-03", False, "en-a-plant-health-permit-is-no-health-data"),
    (_EN_PREAMBLE + "Article 11 Export Control\n11.1 The University shall not be obliged to ship any Material or provide "
     "any technology that requires an export licence or other governmental authorisation until that authorisation has "
     "been granted." + _EN_TERM, "CON-03", False, "en-no-shipment-before-the-export-licence"),
    (_EN_PREAMBLE + "Article 7 Shared Data\n7.2 Sponsor shall not disclose Shared Data to any governmental body on a "
     "voluntary basis, and this clause does not authorise any disclosure that is not legally compelled." + _EN_TERM,
     "CON-03", False, "en-no-voluntary-disclosure-to-government"),
    (_EN_PREAMBLE + "Article 3 Permitted disclosures\n3.2 Nothing in this Agreement prevents the University from:\n(a) "
     "disclosing information to the extent required by law;\n(d) reporting suspected research misconduct through its "
     "whistleblowing channel or to a competent authority." + _EN_TERM, "CON-03", False,
     "en-whistleblowing-in-a-list-of-freedoms"),
    (_EN_PREAMBLE + "Schedule 2 Items\n| Material | Classification |\n| Doped precursor powders, 2 kg | classified by "
     "Sponsor as not listed under UK or Japanese export control lists |\n| Thin films | Not listed (to be confirmed by "
     "the University's Security Export Control Office). |\n", "EXP-01", False, "en-classifications-in-a-schedule-table"),
    (_JA_PREAMBLE + "第7条（秘密保持）\n３ 受領者は、前二項に定める場合を除き、政府機関その他の公的機関からの任意の要請に基づいて秘密情報を"
     "開示してはならない。\n", "CON-03", False, "ja-no-disclosure-on-a-voluntary-request"),
    (_JA_PREAMBLE + "第7条の2（本契約の存在）\n本契約を締結した事実、本検討の名称、相手方の名称及び本契約の有効期間は、秘密情報に該当しない"
     "ものとする。\n", "CON-01", False, "ja-the-agreement-and-the-partners-name-are-not-secret"),
]

_BLIND_417_TO_424 = [
    (_JA_PREAMBLE + "第11条（研究データの取扱い）\n２ 甲及び乙は、研究データを相互に開示するものとし、それぞれ研究データの完全な写しを保有し、"
     "自らの研究及び教育の目的のために無償で利用することができる。この権利は、本契約の終了後も存続する。\n", "DAT-01", False,
     "ja-each-keeps-a-full-copy-after-the-end"),
    (_EN_PREAMBLE + "Article 2 Annual Plan\n2.3 By 1 November of each year the University shall submit a draft Annual Plan "
     "stating the field seasons, the number and names of personnel and the equipment to be shipped." + _EN_TERM,
     "DAT-03", False, "en-the-names-of-the-field-team-in-an-annual-plan"),
    (_EN_PREAMBLE + "Article 11 Export Control\n11.3 The University shall not make its equipment or related technical "
     "information available to any person at the Station, other than Sponsor staff for safety work, without first "
     "carrying out the checks required by its export control procedures." + _EN_TERM, "EXP-01", False,
     "en-no-access-without-first-carrying-out-the-checks"),
    (_JA_PREAMBLE + "第5条（法令の遵守）\n２ 乙は、本研究の実施に当たり、米国の関係法令及び乙の社内規程に従い必要な審査又は手続を経るものとする。\n",
     "CMP-01", False, "ja-the-partner-puts-the-work-through-its-own-reviews"),
    (_JA_PREAMBLE + "第10条（実施許諾）\n２ 前項の実施権は、本研究の目的に限られず、乙が行う創薬スクリーニング及び製品の開発を含むあらゆる"
     "目的に及ぶものとする。\n", "EXP-02", False, "ja-the-scope-of-a-licence-is-no-end-use"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.4 Any manuscript prepared by University personnel that reports results "
     "obtained during a visit to the Center shall be withheld from submission until Sponsor has first published the "
     "corresponding results or its Program Director has released the disclosure in writing, whichever occurs first."
     + _EN_TERM, "PUB-02", True, "en-withheld-until-the-partner-has-published-first"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 Publication may be deferred for up to sixty (60) days or until Sponsor "
     "has filed a patent application, whichever occurs first." + _EN_TERM, "PUB-02", False,
     "en-sixty-days-or-the-filing-whichever-first"),
    (_JA_PREAMBLE + "第14条（秘密保持）\n３ 甲及び乙は、法令又は裁判所、行政機関その他の公的機関の命令により秘密情報の開示を求められたときは、"
     "相手方に速やかに通知した上で、必要な範囲に限り開示することができる。\n", "DAT-04", False,
     "ja-compelled-disclosure-with-prompt-notice"),
    (_EN_PREAMBLE + "Article 6 Visits\n6.3 A visiting University scientist shall work only in the laboratory areas "
     "designated by the Program Director and use the accounts issued for that work. Sponsor may terminate the visit at "
     "any time for breach of its policy." + _EN_TERM, "DAT-01", False, "en-the-host-may-end-a-visit-at-any-time"),
    (_EN_PREAMBLE + "Article 3 Project\n3.3 The Parties acknowledge that the Studentship Project corresponds to Work "
     "Packages 2 and 3 of the Supervisor's ongoing project \"Distributed acoustic sensing for fatigue damage in tidal "
     "turbine blades\", funded by a JSPS Grant-in-Aid for Scientific Research. The Supervisor shall report all results "
     "arising from them to Sponsor." + _EN_TERM, "COI-02", True, "en-a-studentship-that-is-work-packages-of-a-funded-grant"),
    (_JA_PREAMBLE + "第15条（契約終了後の措置）\n本契約の期間満了又は解除の後、各当事者は、保存用の写し1部を除き、他方当事者の秘密情報を"
     "返還又は廃棄する。\n", "CON-01", False, "ja-an-archive-copy-of-the-information-kept"),
    (_EN_PREAMBLE + "Article 12 Advisory Panel\n12.1 Sponsor has invited the Principal Investigator to serve on its "
     "advisory panel for the duration of the Project." + _EN_TERM, "PER-01", False, "en-a-seat-on-an-advisory-panel"),
    (_JA_PREAMBLE + "第14条（解約）\n【削除】　甲又は乙は、相手方に対し3か月前までに書面で通知することにより、本契約を解約することができる。\n"
     "【追加】２　甲は、本契約の有効期間中、乙の書面による同意がある場合を除き、本契約を解約することができない。\n", "TRM-01", True,
     "ja-the-inserted-paragraph-of-a-mark-up-is-read"),
    (_JA_PREAMBLE + "第5条（施設の利用）\n【削除】５　乙が指名する者は、甲の審査を経ることなく、甲の研究室及び学内ネットワークを利用することが"
     "できる。\n", "DAT-01", False, "ja-a-struck-out-paragraph-of-a-mark-up-is-not"),
    (_EN_PREAMBLE + "Article 4 Deliveries\n4.2 The University shall deliver the prototypes to Sponsor within ten (10) days "
     "without first conducting any export classification or other export control review of such items." + _EN_TERM,
     "EXP-01", True, "en-delivery-without-first-conducting-a-review"),
    (_JA_PREAMBLE + "第10条（知的財産権の帰属）\n２ 甲が前項の届出を行わない場合、又は同項各号のいずれかに違反し、乙が相当の期間を定めて是正を"
     "求めたにもかかわらず是正されない場合には、甲は、乙の求めに応じ、当該知的財産権を乙に譲渡するものとする。\n", "IP-01", False,
     "ja-the-bayh-dole-condition-of-a-commissioned-research-contract"),
]

_BLIND_425_TO_432 = [
    (_EN_PREAMBLE + "Article 5 Visiting Scientists\n5.3 Researchers nominated by Sponsor for assignment to the University shall "
     "be received as Visiting Scientists and shall be given access to its hot cells and to the uranium fuel fabrication "
     "process records on the same terms as the University's own research staff, Sponsor's nomination being sufficient "
     "for that purpose." + _EN_TERM, "EXP-04", True, "en-nominees-given-nuclear-records-on-our-staffs-terms"),
    (_JA_PREAMBLE + "第22条（解除）\n２ 甲及び乙は、本研究に必要な輸出の許可が得られないこと又はいずれかの国の政府による制裁の措置が講じられた"
     "ことを理由として、本契約を解除し、又は本研究を中止することはできないものとする。\n", "TRM-03", True,
     "ja-no-exit-when-an-export-licence-is-refused"),
    (_EN_PREAMBLE + "Article 12 Facilities\n12.1 The University shall permit Sponsor's Researchers to enter the University's "
     "laboratories and to use its instruments for the Joint Research.\n12.3 Sponsor shall be under no obligation to "
     "permit the University's Researchers to enter Sponsor's premises, and Sponsor shall decide on each occasion, at its "
     "sole discretion, whether to permit such entry." + _EN_TERM, "REC-02", True, "en-the-partner-under-no-obligation-to-let-us-in"),
    (_EN_PREAMBLE + "Article 15-2 Disclosure\n15.4 The University shall not disclose or submit to any third party "
     "Sponsor's Confidential Information or any information concerning the progress of the Joint Research, for any "
     "purpose whatsoever, including reports to the University's funding agencies and registration in e-Rad, without "
     "the prior written consent of Sponsor." + _EN_TERM, "CON-03", True, "en-nothing-told-to-funders-or-e-rad"),
    (_JA_PREAMBLE + "第6条（研究データ）\n２ 甲提供データは既に診療の過程で取得された情報であるため、その提供に当たって研究対象者への通知、"
     "同意の取得その他の手続は要しないものとする。\n", "DAT-03", True, "ja-no-notice-or-consent-of-the-patients"),
    (_EN_PREAMBLE + "Article 8 Participation\n8.1 Sponsor may, without further consent of the University, extend "
     "participation in the Programme, including access to Programme Data and Results, to its Affiliates and to any "
     "organisation that Sponsor designates as an Associated Member." + _EN_TERM, "TRA-01", True,
     "en-participation-extended-to-its-affiliates"),
    (_EN_PREAMBLE + "Article 9 Feedback\n9.4 If the University sends Sponsor suggestions, Sponsor may use them without "
     "payment, provided that it does not name the University or any authorised user without consent." + _EN_TERM,
     "DAT-03", False, "en-feedback-used-without-naming-us"),
    (_EN_PREAMBLE + "Article 5 Shipment\n5.1 The University shall ship the materials to Sponsor. Sponsor shall obtain any "
     "import permit or quarantine approval, and the University shall provide the documents and health records "
     "reasonably requested for that purpose." + _EN_TERM, "DAT-03", False, "en-an-animal-shipments-health-records"),
    (_EN_PREAMBLE + "Article 10 Licensing\n10.6 Before granting any licence of its own Results to a third party, a Party "
     "shall confirm that the licence does not breach export control laws." + _EN_TERM, "EXP-01", False,
     "en-a-licence-checked-against-export-control-laws"),
    (_EN_PREAMBLE + "Article 12 Disclosure\n12.5 Nothing in this Agreement prevents a Party from disclosing the existence "
     "and terms of this Agreement to its funders and the government bodies to which it reports." + _EN_TERM, "CON-01",
     False, "en-nothing-prevents-disclosing-the-agreement"),
    (_EN_PREAMBLE + "Article 8 Intellectual Property\n8.6 Each Party keeps its pre-existing intellectual property. The "
     "Visiting Researcher shall inform the University of any pre-existing intellectual property of Sponsor she intends to "
     "use." + _EN_TERM, "IP-01", False, "en-each-keeps-its-pre-existing-ip"),
]

_BLIND_433_TO_440 = [
    (_JA_PREAMBLE + "第15条の2（輸出管理）\n甲、乙及び丙は、本共同研究に関する技術の提供及び貨物の輸出に当たり、外国為替及び外国貿易法、"
     "スウェーデン王国の輸出管理関係法令、欧州連合の両用品目規則その他適用される法令を遵守する。\n", "LAW-02", False,
     "ja-three-parties-keep-each-export-control-law"),
    (_EN_PREAMBLE + "Article 3 Scope\n3.2 In addition to the Assigned Work Packages, the University shall take part in any "
     "further research activities, in whatever field, that the General Assembly may decide to add from time to time, "
     "without the need for any further agreement or signature by the University." + _EN_TERM, "TRA-03", True,
     "en-any-activity-in-whatever-field-without-further-agreement"),
    (_JA_PREAMBLE + "第2条（変更内容）\n２ 延長期間に係る研究経費は甲がその全額を負担し、延長期間中に得られた研究成果の事業化の時期、方法及び"
     "実施許諾の相手方は乙が単独で決定するものとする。\n", "REC-03", True, "ja-we-pay-all-and-the-partner-alone-decides"),
    (_JA_PREAMBLE + "第6条（技術支援者）\n２ 甲は、前項の技術支援者を、甲による事前の審査又は選考を経ることなく受け入れ、甲の検査室及び電子"
     "カルテ端末への随時の立入り及び利用を認めるものとする。\n", "PER-03", True, "ja-admitted-without-our-prior-screening"),
    (_EN_PREAMBLE + "Article 2 Conduct\n2.1 The University shall conduct the Investigation in accordance with this "
     "Agreement, the Protocol, applicable law and the written instructions of Sponsor that are consistent with the "
     "Protocol." + _EN_TERM, "CMP-01", False, "en-sponsor-instructions-consistent-with-the-protocol"),
    (_JA_PREAMBLE + "第5条（不具合情報）\n２ 乙は、外国における治験機器の臨床使用により得られた不具合情報及び健康被害情報を、知り得た後速やかに"
     "治験責任医師に提供する。\n", "DAT-03", False, "ja-defect-reports-to-our-investigator"),
    (_JA_PREAMBLE + "第8条（個人情報）\n５ 本研究において個人情報は取り扱わない。ただし、個人情報の取扱いが必要となった場合には、甲及び乙は、本人の"
     "同意の取得その他の手続を履行した上で、別途書面により取扱いを定める。\n", "DAT-03", False, "ja-no-personal-data-and-consent-first"),
    (_EN_PREAMBLE + "Article 9 Disclosure\n9.3 The University acknowledges that Sponsor is subject to the public records law "
     "of the State of Ohio and that this Agreement may be released under that law." + _EN_TERM, "DAT-04", False,
     "en-a-public-records-law"),
    (_JA_PREAMBLE + "第12条（共同研究員）\n２ 乙の従業員を民間等共同研究員として甲に受け入れる場合には、甲の規程に定める手続を経るものとし、その"
     "受入れの可否は甲が決定する。\n", "PER-01", False, "ja-the-partners-employee-received-by-us"),
]


_BLIND_445_TO_452 = [
    (_JA_PREAMBLE + "第9条（秘密保持）\n３ 第1項の規定にかかわらず、各当事者は、法令に基づき開示を求められた場合、又は研究資金の配分機関、所管官庁"
     "若しくは自己の内部監査、研究公正若しくは安全保障輸出管理を担当する部署に対し必要な範囲で報告する場合には、本協定の存在及び内容並びに"
     "必要な範囲で秘密情報を開示することができる。\n", "CON-01", False, "ja-the-agreements-existence-may-be-told-to-funders"),
    (_EN_PREAMBLE + "Article 4 Access to Facilities and Systems\n4.1 The University shall provide the Sponsor staff designated by "
     "Sponsor's Programme Coordinator with user accounts on the Research Data Infrastructure, including administrator "
     "rights over the Programme collection area.\n4.3 Nothing in this Agreement obliges Sponsor to grant University staff "
     "access to its conservation workshops, closed stacks or internal information systems." + _EN_TERM, "REC-02", True,
     "en-nothing-obliges-the-partner-to-grant-our-staff-access"),
    (_EN_PREAMBLE + "Article 5 Intellectual Property\n5.2 All intellectual property rights in the Digital Images shall "
     "belong to Sponsor. Sponsor shall make the Digital Images available for reuse free of charge under the French open "
     "licence (Licence Ouverte) or a licence with equivalent effect." + _EN_TERM, "IP-01", False,
     "en-the-partners-images-released-under-an-open-licence"),
    (_EN_PREAMBLE + "Article 2 Transfer of the Material\n2.2 Sponsor shall arrange for the phytosanitary inspection of the "
     "Material. The University shall obtain, before dispatch, any import permit required under the Plant Protection Act "
     "of Japan and shall inform Sponsor of any additional declaration." + _EN_TERM, "LAW-02", False,
     "en-our-import-permit-under-a-japanese-act"),
    (_JA_PREAMBLE + "第9条（研究担当者の派遣）\n２ 甲の研究担当者が乙において本研究に従事する場合、当該研究担当者は乙の定める規則等に従うものとし、"
     "乙は、当該研究担当者の安全の確保に必要な情報を甲に提供する。\n", "CMP-01", False, "ja-our-researcher-at-the-partner-follows-its-rules"),
    (_EN_PREAMBLE + "Article 4 Investigational Devices\n4.2 Use of Devices. The University shall use the Devices solely for "
     "the Study. The University shall not transfer any Device to any third party except to return it to Sponsor."
     + _EN_TERM, "IP-01", False, "en-the-study-devices-go-back-to-the-sponsor-only"),
    (_EN_PREAMBLE + "Article 5 Payment\n5.6 Source of Funds. Sponsor's payment obligations will be met from a restricted "
     "program fund which receives contributions from one or more commercial collaborators. Sponsor shall not be required "
     "to disclose the identity of any such collaborator to the University, the Principal Investigator or the Review "
     "Board." + _EN_TERM, "COI-01", False, "en-the-sponsors-backers-unnamed-is-no-researchers-conflict"),
    (_JA_PREAMBLE + "第5条（開示の制限）\n② 前項に定める場合を除き、甲は、本契約の締結の事実、乙の名称及び秘密情報の内容を、研究資金の配分機関に"
     "提出する申請書若しくは報告書、府省共通研究開発管理システム（e-Rad）への登録又は甲内部の利益相反及び研究インテグリティに関する届出の"
     "いずれにおいても、乙の事前の書面による承諾を得ることなく記載し、又は開示してはならない。\n", "CON-03", True,
     "ja-nothing-in-e-rad-or-our-coi-filings-without-the-partners-consent"),
]


_BLIND_453_TO_460 = [
    (_JA_PREAMBLE + "第19条（協定の終了）\n３ 甲が有効期間の満了前に本契約を終了させた場合には、甲は、乙に対し、終了の日までに乙が受け入れた甲の"
     "交流学生の延べ人数に乙の定める留学生標準授業料の１学年分に相当する額を乗じて得た金額を、交流協力経費の償還金として、終了の日から"
     "９０日以内に支払わなければならない。\n", "TRM-04", True, "ja-our-early-exit-costs-a-years-tuition-per-student"),
    (_JA_PREAMBLE + "第15条（個人情報）\n３ 甲及び乙は、交流学生の健康状態、宗教その他の要配慮個人情報については、本人の明示的な同意がある場合又は"
     "本人の生命若しくは身体の保護のために緊急の必要がある場合に限り相手方に提供する。\n", "DAT-03", False,
     "ja-sensitive-data-only-with-explicit-consent"),
    (_EN_PREAMBLE + "Article 6 Intellectual property\n6.1 Sponsor claims no rights in the University's existing work or in any "
     "results the University obtains. Course materials that the University prepares remain yours; Sponsor may use them "
     "for the students enrolled in the course for the duration of the appointment." + _EN_TERM, "PER-01", False,
     "en-who-owns-the-visitors-course-materials-is-no-post"),
    (_EN_PREAMBLE + "Article 2 Appointment\n2.1 Sponsor wishes to appoint Professor Moriyasu as a Joint Professor of its "
     "Department of Energy Materials Science so that he may teach a graduate course at Sponsor, and the University is "
     "willing to permit such appointment as a cross-appointment under its Regulations on Cross-Appointment of Faculty "
     "Members.\n2.2 The appointment at Sponsor shall end automatically on the termination or expiry of this Agreement."
     + _EN_TERM, "PER-01", False, "en-a-cross-appointment-our-regulations-permit"),
    (_EN_PREAMBLE + "Schedule 1 Allowances\nPart A - Cash allowances paid by Sponsor to the University and paid by the University "
     "to the Secondee\nOverseas cost-of-living allowance AED 6,500 monthly\nHousing allowance capped at actual rent of a "
     "one-bedroom apartment" + _EN_TERM, "FUN-04", False, "en-a-secondees-allowances-routed-through-us"),
    (_EN_PREAMBLE + "Schedule 1 Allowances\nPart B - Benefits in kind provided directly by Sponsor\nHealth insurance: medical "
     "cover under Sponsor's group policy from arrival until departure\nResidence visa, work permit and ID arranged and "
     "paid by Sponsor\nSponsor guest apartment for up to 30 days after arrival" + _EN_TERM, "FUN-04", False,
     "en-the-hosts-help-with-a-secondees-stay"),
    (_JA_PREAMBLE + "第7条（研究経費）\n３ 乙は、前二項に定める研究経費を負担しないものとし、研究成果を自ら商業的に実施するに当たり、甲に対し"
     "実施料その他の対価を支払うことを要しない。\n", "REC-03", True, "ja-the-partner-pays-nothing-and-owes-no-royalty"),
    (_EN_PREAMBLE + "Article 4 Contributions\n4.2 Sponsor contributes 42 person-months of scientific staff. Sponsor's "
     "contribution is financed from its institutional funds and from the project grant \"Robotik-Mittelstand 2027\" of "
     "the Bavarian State Ministry of Economic Affairs, grant no. RM27-0311." + _EN_TERM, "DAT-04", False,
     "en-the-partners-contribution-financed-by-a-ministry-grant"),
    (_JA_PREAMBLE + "第9条（知的財産権の取扱い）\n本技術指導の開始前から甲が保有する知的財産権は、甲に帰属する。乙は、本技術指導の過程で得た"
     "甲の知見を乙の事業のために使用することができる。ただし、甲の特許権等の実施許諾を含むものではない。\n", "IP-02", False,
     "ja-know-how-from-technical-guidance-used-without-a-patent-licence"),
    (_JA_PREAMBLE + "第13条（研究責任者の処遇）\n① 乙は、本研究における甲との協力関係の証として、甲の研究責任者を乙の客座教授に任命し、その任期を"
     "本契約の有効期間と同一とする。\n", "COI-03", True, "ja-our-lead-researcher-made-the-partners-guest-professor"),
]


_BLIND_461_TO_468 = [
    (_EN_PREAMBLE + "Article 9 Export Control\n9.2 Sponsor is responsible for classifying the Equipment under the export "
     "control rules that apply to it. Sponsor has informed the University that, on the basis of its classification dated "
     "17 February 2025, no individual export licence is required for the temporary export of the Equipment to Japan."
     + _EN_TERM, "EXP-01", False, "en-the-lenders-classification-found-no-licence-needed"),
    (_JA_PREAMBLE + "第4条（治験薬の提供）\n２ 甲は、症例数の追加その他の事由により無償提供数量を超える治験薬を必要とするときは、乙に対し書面で追加提供を"
     "申し入れるものとする。\n", "DAT-03", False, "ja-more-study-drug-for-more-cases"),
    (_JA_PREAMBLE + "第14条（被験者の情報）\n２ 乙は、本治験に関し被験者を特定できる情報の提供を甲に求めないものとし、万一これを知り得たときは、第三者に"
     "開示しない。\n", "DAT-03", False, "ja-the-partner-asks-no-identities"),
    (_EN_PREAMBLE + "Article 3 Allowance\n3.2 Sponsor will pay the University's visiting scholar a living allowance of RMB "
     "15,000 per month for the Visit Period to cover meals, local transport and incidental expenses.\n4.1 Sponsor will "
     "provide a furnished apartment in the Sponsor Guest House free of charge for the Visit Period." + _EN_TERM,
     "FUN-04", False, "en-a-visiting-scholars-living-allowance-and-room-for-the-visit"),
    (_EN_PREAMBLE + "Article 5 Publications\n5.2 Publications will name the author's own institution. Sponsor does not "
     "require that its name be used as the principal or sole affiliation." + _EN_TERM, "IP-06", False,
     "en-the-partner-does-not-require-to-be-the-sole-affiliation"),
    (_EN_PREAMBLE + "Article 6 Confidentiality\n6.1 In seminars the University's visitor may receive unpublished manuscripts "
     "or results of members of Sponsor. The visitor shall treat such material as confidential until it is made public by "
     "its authors." + _EN_TERM, "IP-06", False, "en-the-partners-members-unpublished-work-kept-confidential"),
    ("Dear Professor Morisawa,\n\nOn behalf of the Donghu Institute for Mathematical Sciences (the \"Institute\"), I invite "
     "you to spend the spring term at the Institute. In this letter the \"Home University\" means Asakaze University.\n"
     "6. Confidentiality\n6.2 The Programme is administered on a confidential basis. You may inform the Home University "
     "of the dates of your absence as needed for leave purposes, but you shall not disclose this letter, the allowance "
     "provided under Term 3 or your participation in the Programme to your Home University or to any agency that funds "
     "your research.\n", "COI-01", True, "en-may-tell-home-the-dates-but-not-the-programme"),
    (_EN_PREAMBLE + "Article 9 Foreground IP\n9.3 Inventor remuneration. For each patent application filed by Sponsor that "
     "names one or more University personnel as inventors, Sponsor shall pay the University a one-time fee of JPY "
     "300,000, which the University may apply towards inventor remuneration under its employee invention rules."
     + _EN_TERM, "FUN-04", False, "en-a-per-patent-fee-paid-to-the-university"),
    (_EN_PREAMBLE + "Article 7 Credits\n7.2 The Film shall identify both Parties as producing institutions. Any award, prize "
     "or nomination conferred on the Film shall be accepted in the name of Sponsor alone and the trophy and any prize "
     "money shall be held by Sponsor." + _EN_TERM, "IP-01", False, "en-an-award-held-by-the-partner-is-no-ip"),
    (_JA_PREAMBLE + "第4条（翻訳版の確認）\n３ 甲は、翻訳版の最終原稿を発行予定日の45日前までに乙に送付する。乙は、受領後30日以内に限り、誤訳の指摘"
     "又は著作者の名誉若しくは声望を害するおそれのある表現の修正を求めることができ、甲は、正当な理由がない限りこれに応じる。\n", "PUB-03",
     False, "ja-a-translation-checked-for-mistranslation"),
]


_BLIND_469_TO_476 = [
    (_EN_PREAMBLE + "Article 10 Systems\n10.2 The University shall provide staff at the branch campus with accounts on its "
     "learning management system, limited to the functions needed for the programmes. Sponsor staff shall not be given "
     "administrator rights on University systems." + _EN_TERM, "DAT-01", False, "en-the-partner-is-refused-administrator-rights"),
    (_JA_PREAMBLE + "第14条（研究成果の公表）\n３ 乙は、前項に定める場合を除き、公表内容の変更を求めることができない。\n", "PUB-03", False,
     "ja-the-partner-cannot-ask-for-changes"),
    (_JA_PREAMBLE + "第9条（研究担当者）\n３ 甲の研究担当者が乙の研究実施場所において本研究に従事する場合は、乙の規則に従う。\n", "CMP-01", False,
     "ja-our-researcher-at-the-partners-site-follows-its-rules"),
    (_JA_PREAMBLE + "第10条（防衛関係機関）\n３ 乙は、研究成果及び甲の秘密情報を防衛関係機関に開示し、又は提供してはならず、乙の社内においてこれらを"
     "取り扱う者を乙の研究担当者に限定するものとする。\n", "DAT-04", False, "ja-the-partner-barred-from-defence-bodies"),
    (_JA_PREAMBLE + "第14条（輸出管理）\n３ 甲及び乙は、相手方から要請があった場合であっても、自己の輸出管理手続を省略し、又は簡略化して技術又は"
     "貨物を提供する義務を負わない。\n", "EXP-01", False, "ja-no-duty-to-skip-export-control"),
    (_EN_PREAMBLE + "Article 2 Exchange\n2.2 The University will not disclose under this Agreement unpublished results of "
     "projects funded by public research funding agencies unless it has first confirmed that the disclosure is permitted "
     "by the terms of the relevant funding." + _EN_TERM, "CON-03", False, "en-our-caution-about-results-of-funded-projects"),
    (_EN_PREAMBLE + "Article 7 Documentation\n7.3 The University shall deliver the complete Technical Documentation, including "
     "the firmware in source-code form. Such delivery shall not be made subject to export classification, licence "
     "applications or end-use undertakings, and the University shall not invoke export control procedures as a reason to "
     "withhold or delay any part of the Technical Documentation." + _EN_TERM, "EXP-01", True,
     "en-delivery-not-made-subject-to-export-classification"),
    (_EN_PREAMBLE + "Article 13 Termination\n13.2 Sponsor may terminate this Agreement for convenience. In that case Sponsor "
     "shall pay the University for all work performed and all non-cancellable commitments made up to the date of "
     "termination, and title to the completed parts passes to Sponsor on payment." + _EN_TERM, "IP-01", False,
     "en-title-to-parts-sold-passes-on-payment"),
    (_EN_PREAMBLE + "Article 3 Obligations\n3.2 The University shall: (d) ensure that its principal investigator performs under "
     "the work plan, for the benefit of Sponsor, the drought-phenotyping experiments that she is already conducting under "
     "her JSPS Grant-in-Aid for Scientific Research (B) No. 24H02317, so that the same experiments and datasets are "
     "delivered as Work Package 2 deliverables under this Agreement." + _EN_TERM, "COI-02", True,
     "en-experiments-already-run-under-a-grant-delivered-to-the-partner"),
    (_JA_PREAMBLE + "一 乙は、本研究の遂行のためにのみ本機器を甲に無償で貸与するものとし、本機器の貸与の対価として、金銭の支払、寄附の受入れ、役務の"
     "提供その他いかなる名目によるものであれ、甲及び甲の研究者に対し何らの負担も求めないものとする。\n", "FUN-04", False,
     "ja-nothing-asked-for-the-loan"),
]


_BLIND_477_TO_484 = [
    (_EN_PREAMBLE + "Article 5 Know-How\n5.3 Any travel by University staff to Sponsor's facilities requires approval under the "
     "University's business-travel and outside-activity rules, and no University employee shall be employed by or hold any "
     "appointment with Sponsor by reason of this Agreement." + _EN_TERM, "PER-01", False,
     "en-travel-to-the-partner-approved-as-a-business-trip"),
    (_EN_PREAMBLE + "Article 14 Termination\n14.2 The University may terminate this Agreement if (d) control of Sponsor passes "
     "to a person who has not been notified to and accepted by the University." + _EN_TERM, "COI-01", False,
     "en-a-change-of-control-not-notified-ends-the-licence"),
    (_EN_PREAMBLE + "Article 2 Assignment\n2.1 Subject to the rights reserved to the University in Section 3, the University "
     "hereby assigns and transfers to Sponsor all of the University's right, title and interest in and to the Assigned "
     "Rights, and Sponsor hereby accepts the assignment." + _EN_TERM, "IP-01", False,
     "en-an-assignment-of-the-assigned-rights-for-payment"),
    (_EN_PREAMBLE + "Article 5 Know-How\n5.4 Sponsor may use the Know-How for any purpose connected with its business in the "
     "Field." + _EN_TERM, "EXP-02", False, "en-know-how-used-within-the-licensed-field"),
    (_JA_PREAMBLE + "第3条（調査）\n２ 甲の研究者は、ミャンマー国内における調査に当たり、同国の法令、乙の規則及び調査対象僧院の定める決まりに従うものとする。\n",
     "CMP-01", False, "ja-fieldwork-abroad-under-the-host-countrys-rules"),
    (_EN_PREAMBLE + "Annex 1 Field Protocol\n(d) An honorarium of MNT 30,000 per interview session, or an equivalent gift of "
     "household goods, is offered to each interviewee." + _EN_TERM, "FUN-04", False, "en-an-interviewees-honorarium"),
    (_EN_PREAMBLE + "Article 3 Field Seasons\n3.2 For each Field Season the University shall submit to Sponsor an application "
     "containing the names and passport details of the members of the field team. Sponsor shall issue the research permit "
     "within thirty (30) days." + _EN_TERM, "DAT-03", False, "en-the-field-teams-passports-for-a-research-permit"),
    (_EN_PREAMBLE + "Article 7 Visits\n7.3 Any honorarium, allowance or other payment proposed to be made by Sponsor to a "
     "visiting scholar shall be notified in advance to the University, and may be accepted only if the University approves "
     "it under its rules on outside activities and conflicts of interest." + _EN_TERM, "FUN-04", False,
     "en-a-visitors-honorarium-approved-under-our-coi-rules"),
    (_JA_PREAMBLE + "第8条（機器の提供）\n３ 本機器の輸出に必要な大韓民国の法令上の手続及び該非判定は乙が行い、日本国への輸入に必要な手続は乙の費用で甲が協力して行う。\n",
     "EXP-01", False, "ja-the-partner-classifies-its-own-export"),
    (_EN_PREAMBLE + "Article 7 Inventions\n7.2 Inventions at Sponsor. Any invention made by the Fellow solely in the course of "
     "the Clinical Duties or of a Sponsor study, using Sponsor resources, shall be owned by Sponsor in accordance with "
     "Sponsor's intellectual property policy. Sponsor grants the University a non-exclusive, royalty-free licence to use "
     "any such invention for non-commercial research." + _EN_TERM, "IP-01", False,
     "en-a-secondees-invention-at-the-host-under-its-policy"),
    (_JA_PREAMBLE + "第4条（本契約の適用範囲）\n甲及び乙は、本件開発に加え、本契約の有効期間中に甲乙間で随時合意する一切の技術分野の研究開発についても、"
     "別途個別の契約を締結することなく、本契約の定めに従って実施することができるものとする。\n", "TRA-03", True,
     "ja-any-field-agreed-later-without-a-separate-contract"),
    (_EN_PREAMBLE + "Article 5 Results\n5.5 Sponsor shall have the exclusive right to exploit commercially any product derived "
     "from the Joint Data, and shall retain all revenue so obtained, without any obligation to compensate the University, "
     "which shall nevertheless continue to bear all the costs set out in sub-clause 4.2." + _EN_TERM, "REC-03", True,
     "en-the-partner-keeps-all-revenue-while-we-pay"),
    (_EN_PREAMBLE + "Article 6 Research Data\n6.1 All research data, recordings and field notes shall vest in Sponsor, and the "
     "University shall deliver the original data files to Sponsor at the close of each Field Season without retaining any "
     "copy of the data for its own research or teaching." + _EN_TERM, "DAT-05", True,
     "en-our-field-recordings-handed-over-without-a-copy"),
]


_BLIND_485_TO_488 = [
    (_EN_PREAMBLE + "Article 5 Reports\n5.6 Sponsor may reproduce, publish and make available to the public, including "
     "through the Defense Technical Information Center, any report submitted under this Article, with appropriate credit "
     "to the University." + _EN_TERM, "EXP-02", False, "en-a-funders-report-made-public"),
    (_EN_PREAMBLE + "Article 7 Inventions\n7.3 With respect to any Subject Invention in which the University retains title, "
     "the University grants to the United States Government a nonexclusive, nontransferable, paid-up license to practice "
     "the Subject Invention for governmental purposes only. This license does not extend to background intellectual "
     "property." + _EN_TERM, "IP-02", False, "en-a-governments-licence-in-the-funded-invention-only"),
    (_EN_PREAMBLE + "Article 9 Personnel\n9.4 Personnel of the University are not required to travel to, work at or hold any "
     "appointment with Sponsor or any military body." + _EN_TERM, "PER-01", False, "en-our-staff-not-required-to-work-there"),
    (_JA_PREAMBLE + "第6条（派遣研究者）\n２ 乙が指名した研究者は、研究施設において、別紙1に掲げる技術（外為法に基づく許可を要するものを含む。）の"
     "提供を受け、研究施設の設備を使用して研究に従事することができるものとし、甲は、乙による指名をもって当該研究者の受入れを承認したものと"
     "みなす。\n", "EXP-04", True, "ja-the-partners-nomination-counts-as-our-approval"),
]


_BLIND_489_TO_496 = [
    (_EN_PREAMBLE + "Article 9 Supply\n9.2 During the term, the University shall, whenever Sponsor so requests, supply free "
     "of charge further batches of the cell lines and the associated unpublished genotyping data." + _EN_TERM,
     "REC-01", True, "en-we-supply-free-of-charge-whenever-asked"),
    (_EN_PREAMBLE + "Article 9 Supply\n9.1 The University shall ship the cell lines within 60 days.\n9.3 Sponsor may, at its "
     "discretion, inform the University of the results it obtains with the cell lines." + _EN_TERM,
     "REC-01", True, "en-the-partner-tells-us-its-results-at-its-discretion"),
    (_JA_PREAMBLE + "第11条（政府機関への提供）\n乙は、乙国その他の国の政府機関、規制当局又は捜査機関から要請があった場合には、法令上の義務"
     "の有無にかかわらず、甲に事前に通知することなく、本データ及び研究成果の全部又は一部を当該機関に提供することができる。\n",
     "DAT-04", True, "ja-given-to-a-government-without-telling-us"),
    (_EN_PREAMBLE + "Article 6 Visitors\n6.4 Upon written nomination by Sponsor, the University shall admit the nominated "
     "researchers to the Device Fabrication Facility, including its process recipes and design files, and shall accept "
     "Sponsor's written confirmation of each nominee's eligibility in lieu of conducting its own security export control "
     "screening of that nominee." + _EN_TERM, "EXP-04", True, "en-the-partners-confirmation-in-lieu-of-our-screening"),
    (_EN_PREAMBLE + "Article 5 Staff\n5.6 The University shall designate at least two members of its academic staff who "
     "shall, for the entire term of this Agreement, concurrently hold appointments as Adjunct Professors of Sponsor and "
     "shall each be present and working at Sponsor for not less than four months in each academic year." + _EN_TERM,
     "PER-01", True, "en-our-staff-named-to-serve-at-the-partner-for-months-a-year"),
    (_EN_PREAMBLE + "Article 7 Option\n7.1 The University grants Sponsor an exclusive option to take an exclusive license "
     "under the University's existing patents in the Field; the option lapses after twelve months." + _EN_TERM,
     "IP-02", False, "en-an-option-to-a-licence-is-no-licence-of-background"),
    (_EN_PREAMBLE + "Article 12 Export Control\n12.5 The exchanges concern education and fundamental research whose "
     "results are intended to be published; neither Institution intends to use the results for military purposes or for "
     "the development of weapons of mass destruction." + _EN_TERM, "EXP-02", False, "en-neither-institution-intends-military-use"),
    (_EN_PREAMBLE + "Article 2 Status of Sponsor\n2.1 Sponsor contracts under this Agreement as part of the Crown, for and "
     "on behalf of the Secretary of State for Defence, and the work is funded from the Ministry of Defence’s laser "
     "research programme." + _EN_TERM, "EXP-03", True, "en-the-partner-contracts-for-a-defence-minister"),
    (_JA_PREAMBLE + "第16条（法令の遵守）\n甲及び乙は、本研究の実施に当たり、各国の関係法令、各自の研究倫理規程及び無人航空機の飛行に関する"
     "法令（日本国の航空法及び乙国の民間航空当局の規則を含む。）を遵守する。\n", "LAW-02", False,
     "ja-both-keep-the-laws-of-both-countries"),
    (_JA_PREAMBLE + "第8条（表明保証）\n乙は、甲に対し、次の各号に掲げる事項を表明し、保証する。\n一 寄附金は乙の自己資金であり、国、軍若しく"
     "は国防に関係する機関その他の公的機関から乙に交付された資金を原資とするものではないこと。\n", "FUN-01", False,
     "ja-a-warranty-item-that-the-money-is-not-military"),
    (_EN_PREAMBLE + "Article 22 Term\n22.2 Neither the designation of Sponsor on any sanctions list, nor the refusal of "
     "any export license, shall entitle the University to terminate this Agreement or to suspend its obligations under "
     "it." + _EN_TERM, "TRM-03", True, "en-sanctions-do-not-entitle-us-to-terminate"),
]


_BLIND_497_TO_504 = [
    (_EN_PREAMBLE + "Article 3 Clearances\n3.2 (c) Sponsor is responsible for obtaining all clearances required by the flag "
     "state and for requesting, through the competent Chinese authority, the consent of Japan to marine scientific "
     "research in its exclusive economic zone under Part XIII of the United Nations Convention on the Law of the Sea. The "
     "University shall provide such information on its participants as the request reasonably requires." + _EN_TERM,
     "LAW-02", False, "en-a-cruises-clearance-for-marine-scientific-research"),
    (_EN_PREAMBLE + "Article 7 Data\n7.2 Sponsor may store, process, replicate or relocate these data as it sees fit."
     + _EN_TERM, "EXP-05", False, "en-data-stored-where-the-partner-sees-fit-is-no-transfer"),
    (_EN_PREAMBLE + "Article 19 Export Control\n19.2 Sponsor represents that the study drug and the other materials it "
     "provides are classified EAR99. Sponsor shall notify the University in writing before providing any item listed on "
     "any export control list, and the University shall not be obliged to accept such item until its export control "
     "review is complete." + _EN_TERM, "EXP-01", False, "en-we-need-not-accept-until-our-review-is-done"),
    (_JA_PREAMBLE + "第5条（施設の利用）\n４　受入機関は、派遣研究員に対し、別表第二に定める施設及び情報システムへのアクセスのみを認め、それ"
     "以外の施設、情報システム又はデータへのアクセスを認めない。受入機関は、必要と認めるときは、いつでも当該アクセスを制限し、又は停止"
     "することができる。\n", "DAT-01", False, "ja-access-only-to-listed-systems-and-ours-to-stop"),
    (_EN_PREAMBLE + "Article 4 Audit\n4.5 Any such review shall be limited to the installation logs and shall not include "
     "access to the University's networks, research data or information unrelated to the Licensed Materials." + _EN_TERM,
     "DAT-01", False, "en-an-audit-that-excludes-access-to-our-systems"),
    (_JA_PREAMBLE + "第7条（対価）\n乙は、本ソフトウェアの使用許諾の対価として、別紙2に定める一時金及びランニングロイヤルティを甲に支払う。\n",
     "FUN-04", False, "ja-a-licensees-lump-sum-to-our-institution"),
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.4 Nothing in this Clause 12 restricts the disclosures required for an "
     "investigation of research misconduct or for export-control compliance." + _EN_TERM, "EXP-05", False,
     "en-the-use-of-clause-is-no-use"),
    (_EN_PREAMBLE + "Article 3 Commitments\n3.3 Sponsor does not expect the University to reduce its commitments, and "
     "nothing in this appointment requires the University's professor to hold any salaried position at Sponsor."
     + _EN_TERM, "PER-01", False, "en-nothing-requires-a-post-at-the-partner"),
    (_EN_PREAMBLE + "Article 11 Data\n11.3 The University may provide sulphur dioxide flux values to the civil protection "
     "authorities of the State of Puebla for the sole purpose of volcanic hazard assessment and public warning." + _EN_TERM,
     "DAT-04", False, "en-readings-for-a-civil-protection-warning"),
    (_EN_PREAMBLE + "Annex 1 Data management\n5. Open access: validated data deposited after twelve months in the open "
     "repository agreed by the Commission." + _EN_TERM, "DAT-01", False, "en-open-access-deposit"),
    (_EN_PREAMBLE + "Article 14 Revenues\n14.3 Net Revenues shall be allocated eighty per cent (80%) to Sponsor and twenty "
     "per cent (20%) to the University, regardless of the relative inventive contributions of the Parties, and the "
     "University shall bear all costs of filing and maintaining the patents." + _EN_TERM, "REC-03", True,
     "en-revenue-split-four-to-one-whatever-we-contributed"),
    (_EN_PREAMBLE + "Article 24 Jurisdiction\n24.1 The Parties submit to the applicable laws of the United Mexican States "
     "and to the jurisdiction of the competent courts of the city of Puebla, expressly waiving any other jurisdiction."
     + _EN_TERM, "LAW-01", True, "en-the-parties-submit-to-the-partners-laws"),
]


_BLIND_505_TO_512 = [
    (_JA_PREAMBLE + "第6条（経費の支払）\n甲は、乙が発行する請求書に基づき、乙名義の銀行口座に振り込む方法により支払うものとし、個人名義の口座へ\n"
     "の支払は行わない。\n", "FUN-04", False, "ja-no-payment-to-a-personal-account-across-a-line-break"),
    (_JA_PREAMBLE + "第7条（報告）\n２ 乙は、調査許可の条件として、調査の概要を記載した報告書を乙国の関係行政機関に提出する。当該報告書には、"
     "聞き取りの記録、個人情報その他の調査資料を含めないものとする。\n", "DAT-03", False, "ja-a-report-that-leaves-personal-data-out"),
    (_JA_PREAMBLE + "第11条（個人情報）\n４ 甲及び乙は、日本国の個人情報の保護に関する法律及び乙国の個人情報保護に関する法律を遵守する。\n",
     "LAW-02", False, "ja-both-keep-both-countries-privacy-laws"),
    (_EN_PREAMBLE + "Article 8 Rights\n8.2 To the extent that any copyright subsists in the Digital Surrogates as such, it "
     "shall belong to Sponsor. Sponsor hereby grants the University a non-exclusive, royalty-free licence to use the "
     "Digital Surrogates for research and teaching." + _EN_TERM, "IP-01", False, "en-an-archives-rights-in-its-own-scans"),
    (_EN_PREAMBLE + "Article 10 Data breach\n10.2 The University shall cooperate with Sponsor in any notification to "
     "regulators or Data Subjects that Sponsor considers necessary under the law applicable to it." + _EN_TERM, "LAW-02",
     False, "en-a-breach-notified-to-regulators-and-data-subjects"),
    (_EN_PREAMBLE + "Article 2 Research Program\n2.4 The Research Program shall encompass the electrolyte screening work "
     "packages of the Public Grant (Work Packages 2 and 3), which the Principal Investigator shall perform for Sponsor "
     "hereunder." + _EN_TERM, "COI-02", True, "en-the-programme-encompasses-work-packages-of-a-public-grant"),
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.4 The Parties shall keep the text of this Agreement and its Annexes, "
     "including the recruitment numbers and financial conditions set out in Annex 2, strictly confidential." + _EN_TERM,
     "CON-01", True, "en-the-text-of-the-agreement-and-its-annexes-kept-secret"),
    (_JA_PREAMBLE + "第7条（技術の開示）\n３ 指名技術者の人選は乙が行うものとし、甲は、指名技術者の所属先又は居住地を理由として前項の開示を拒むことは"
     "できない。\n", "EXP-04", True, "ja-we-may-not-refuse-on-affiliation-or-residence"),
    (_EN_PREAMBLE + "Article 6 Access\n6.2 Sponsor astronomers may log in to the University's servers in Japan on the same "
     "footing as University staff, while Sponsor is not required to give University personnel any comparable access to "
     "its telescopes." + _EN_TERM, "REC-02", True, "en-no-comparable-access-for-our-staff"),
    (_EN_PREAMBLE + "Article 4 Board\n4.1 Sponsor may appoint one observer to the board of directors of the Company."
     + _EN_TERM, "PER-01", False, "en-the-investors-observer-on-the-board"),
    (_EN_PREAMBLE + "Article 6 Our staff\n6.2 Nothing in this letter or in any other agreement with Sponsor shall prevent "
     "Professor Kurosawa from disclosing to the University any position or remuneration connected with Sponsor." + _EN_TERM,
     "PER-01", False, "en-nothing-prevents-disclosing-a-position"),
    (_EN_PREAMBLE + "Article 10 Transfers\n10.1 Sponsor may transfer its Series A Preferred Shares to a Permitted Affiliate "
     "Fund without the consent otherwise required." + _EN_TERM, "EXP-05", False, "en-shares-passed-to-an-affiliate-fund"),
    (_EN_PREAMBLE + "Article 3 Information\n3.2 The Company shall make available to Sponsor and to any of its Affiliates, "
     "limited partners, co-investors, portfolio companies or other persons whom Sponsor may nominate from time to time, "
     "copies of unpublished research results, and no further consent of the University shall be required." + _EN_TERM,
     "TRA-01", True, "en-results-to-whomever-the-investor-nominates"),
    (_JA_PREAMBLE + "第17条（輸出管理）\n３ 乙は、甲から提供を受けた本技術情報を、甲の事前の書面による同意を得ることなく第三国に再提供してはならず、"
     "また、軍事用途に用いてはならない。\n", "EXP-05", False, "ja-no-retransfer-without-our-consent"),
    (_EN_PREAMBLE + "Annex 1 Research plan\n3. Fields: marine microbiology. No work on pathogens, toxins listed under export "
     "control regimes or human subjects is included." + _EN_TERM, "EXP-01", False, "en-a-scope-that-leaves-controlled-items-out"),
    (_EN_PREAMBLE + "Annex A Participating units\n(ii) The Kohistan Engineering Complex, a production establishment of the "
     "Directorate of Strategic Systems, Ministry of Defence Production, is the Associated End-User of the research outputs "
     "and shall receive all technical reports." + _EN_TERM, "EXP-03", True, "en-a-defence-establishment-as-end-user"),
    (_EN_PREAMBLE + "Article 16 Publicity\n16.3 Sponsor shall not use the University's name in any press release without "
     "the University's prior written consent, which the University may give or withhold at its discretion." + _EN_TERM,
     "PUB-01", False, "en-our-consent-to-the-use-of-our-name"),
    (_EN_PREAMBLE + "Article 8 Authority requests\n8.4 Sponsor shall publish, at least annually, a transparency report "
     "stating the number and type of authority requests it has received for customer data." + _EN_TERM, "DAT-04", False,
     "en-a-transparency-report-on-authority-requests"),
    (_EN_PREAMBLE + "Article 3 Funding\n3.4 Sponsor warrants that no part of the funding is conditional on the University "
     "establishing, relocating or operating any laboratory outside Japan." + _EN_TERM, "FUN-02", False,
     "en-no-part-of-the-funding-is-conditional"),
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.4 The Parties shall keep the text of this Agreement strictly confidential "
     "and shall not disclose it to any third party, including ministries and funding agencies." + _EN_TERM, "COI-01",
     False, "en-the-institutions-secret-is-not-a-researchers-undisclosed-interest"),
]


_BLIND_513_TO_520 = [
    (_JA_PREAMBLE + "第6条（費用及び収益）\n出願等費用は、持分にかかわらず、甲がその全額を負担するものとし、乙が本件発明を実施して得た収益は乙に専属"
     "し、甲は乙に対し実施料、不実施補償その他いかなる名目の対価も請求しないものとする。\n", "REC-03", True,
     "ja-we-pay-the-costs-and-the-partner-keeps-the-revenue"),
    (_EN_PREAMBLE + "Article 14 Force majeure\n14.4 The imposition of restrictive measures (sanctions), export bans or other "
     "measures of any state affecting either Party shall not constitute force majeure under Article 13 or grounds for the "
     "suspension or termination of this Agreement by either Party." + _EN_TERM, "TRM-03", True,
     "en-sanctions-neither-force-majeure-nor-grounds-to-end"),
    (_JA_PREAMBLE + "第11条（研究従事者）\n３ 乙は、研究代表者その他の研究従事者に対し、本契約に基づく助成金以外の報酬、手当、称号その他の個人的な"
     "利益を供与しない。\n", "FUN-04", False, "ja-no-personal-benefit-given"),
    (_JA_PREAMBLE + "第11条（本契約の開示）\n前条の規定にかかわらず、甲は、本契約の締結の事実、助成金の額及び本契約の内容を、文部科学省その他の関係"
     "行政機関、資金配分機関（府省共通研究開発管理システムへの登録を含む。）、会計監査人及び甲の学内委員会に開示することができる。\n",
     "CON-01", False, "ja-the-agreement-disclosable-to-a-long-list-of-bodies"),
    (_JA_PREAMBLE + "第21条（本契約の開示）\n２ 前項の規定は、次の場合には適用しない。\n二 甲又は乙が、資金配分機関、監督官庁（乙については"
     "乙国の教育部を含む。）、会計監査人その他これらに準ずる者に開示する場合\n", "DAT-04", False,
     "ja-either-side-telling-its-own-supervisors"),
    (_EN_PREAMBLE + "Article 2 Project\n2.3 The project continues work that is funded in Japan by a Grant-in-Aid held by the "
     "University's professor. Sponsor will not pay for any item already charged to that grant. Nothing in this letter "
     "asks the University to carry out, for Sponsor, work that is funded from another source." + _EN_TERM, "COI-02",
     False, "en-an-overlap-ruled-out"),
    (_JA_PREAMBLE + "第7条（給与等）\n甲は、対象教員に対し給与等の全額を甲の規則に従い支給し、乙は乙負担額を甲に支払うものとする。\n", "FUN-04",
     False, "ja-a-cross-appointments-salary-paid-under-our-rules"),
]


_BLIND_521_TO_528 = [
    (_EN_PREAMBLE + "Article 2 The Parties\n2.3 Sponsor discloses that its group has been designated on the Entity List "
     "maintained by the United States Department of Commerce." + _EN_TERM, "EXP-03", True,
     "en-the-partner-discloses-its-groups-listing"),
    (_EN_PREAMBLE + "Article 2 Purpose\n2.2 The Purpose does not include the exchange of information concerning any weapon "
     "system or other military equipment, and neither party shall disclose such information under this Agreement."
     + _EN_TERM, "CON-01", False, "en-information-kept-out-of-the-exchange"),
    (_EN_PREAMBLE + "Article 6 Conflicts of interest\n6.4 (c) An investigator who serves on a Sponsor body shall not take "
     "part in Sponsor's consideration of any application from a competing applicant in the same grant round." + _EN_TERM,
     "COI-02", False, "en-a-recusal-in-the-same-grant-round"),
    (_EN_PREAMBLE + "Article 9 Background\n9.4 A Party is not obliged to make available any Background whose disclosure "
     "would require an export licence." + _EN_TERM, "EXP-01", False, "en-no-duty-to-supply-what-needs-a-licence"),
    (_EN_PREAMBLE + "Article 5 Visiting staff\n5.5 Any remuneration, honorarium or title offered by Sponsor to a visiting "
     "staff member shall be offered through the University and shall be subject to the University's rules on outside "
     "activities and conflicts of interest." + _EN_TERM, "FUN-04", False, "en-benefits-offered-through-our-side"),
    (_EN_PREAMBLE + "Article 9 Use of output\n9.5 Doctoral theses may use the coupled model and the Simulation Output "
     "without restriction beyond paragraph (4)." + _EN_TERM, "EXP-02", False, "en-theses-free-to-use-the-model"),
    (_EN_PREAMBLE + "Article 2 Background\n2.3 Sponsor also operates a separately administered Applied Systems Division, "
     "which performs research under contracts with governmental bodies, including bodies in the field of national "
     "defence." + _EN_TERM, "EXP-02", False, "en-another-division-of-the-partner-described"),
    (_EN_PREAMBLE + "Article 10 Biosafety\n10.1 The University shall handle and store the Samples only in its biosafety level "
     "3 laboratory, in accordance with the Act on the Prevention of Infectious Diseases, and shall maintain an inventory "
     "of the Samples available for inspection by Sponsor." + _EN_TERM, "LAW-02", False,
     "en-samples-kept-under-our-biosafety-law"),
    (_EN_PREAMBLE + "Article 5 Data\n(2) All Data generated from the Samples in the course of the Research shall belong "
     "solely to Sponsor." + _EN_TERM, "IP-01", False, "en-data-alone-is-dat-05s-subject"),
]


_BLIND_529_TO_536 = [
    (_EN_PREAMBLE + "Article 4 Equipment\n4.3 Any loan of equipment shall not take place before any licence required under "
     "Export Control Laws has been obtained." + _EN_TERM, "EXP-01", False, "en-no-loan-before-the-licence"),
    (_EN_PREAMBLE + "Article 8 Access\n8.3 A host Party may refuse or withdraw access to any laboratory, instrument or "
     "information if required by the laws applicable to it, including its export control laws, or by its internal "
     "security rules." + _EN_TERM, "EXP-02", False, "en-access-refused-under-internal-security-rules"),
    (_EN_PREAMBLE + "Article 6 Students\n6.2 The University may, under its ordinary scholarship regulations, grant tuition "
     "reductions to articulation students on the same basis as to other privately financed international students."
     + _EN_TERM, "COI-02", False, "en-tuition-reductions-on-the-same-basis"),
    (_JA_PREAMBLE + "第15条（輸出管理）\n５ 乙は、本共同研究の成果を日本国及び乙国以外の国に移転しようとするときは、あらかじめ甲に書面で通知し、"
     "輸出管理法令に従うものとする。\n", "LAW-02", False, "ja-moving-results-abroad-after-telling-us"),
    (_EN_PREAMBLE + "Article 5 Outputs\n5.5 Sponsor shall release compliant Outputs within ten working days. Sponsor may "
     "refuse to release an Output only where it does not comply with Annex C or would disclose personal data." + _EN_TERM,
     "PUB-01", False, "en-a-refusal-limited-to-stated-grounds"),
    (_EN_PREAMBLE + "Article 11 Authorities\n11.6 Notwithstanding anything to the contrary, Sponsor may provide the data "
     "to any governmental or public security authority of its country upon request, and shall not be obliged to notify "
     "the University of the request or the provision." + _EN_TERM, "COI-01", False,
     "en-the-partner-not-telling-us-is-not-our-undisclosed-interest"),
    (_EN_PREAMBLE + "Article 5 Costs\n5.4 The University shall bear all costs of its own work packages, including the costs "
     "of filing patent applications, while Sponsor shall be granted, free of charge, a worldwide licence to use that "
     "Foreground for commercial purposes." + _EN_TERM, "REC-03", True, "en-we-bear-the-costs-while-the-company-uses-free"),
    (_JA_PREAMBLE + "第6条（研究計画の変更）\n２ 前項の規定にかかわらず、乙は、乙の事業上の必要に応じ、研究計画の変更、研究項目の追加若しくは中止又は"
     "甲の研究担当者の交代を甲に指示することができ、甲は、正当な理由がない限り、これに従うものとする。\n", "FUN-06", True,
     "ja-the-funder-orders-changes-and-replacements"),
]


_BLIND_537_TO_544 = [
    (_JA_PREAMBLE + "第4条（役割分担）\n甲は、別表第一に定める全ての調査定点において採取した試料及び観測データを、採取後六十日以内に乙に無償で"
     "提供するとともに、乙の研究担当者が行う分析に必要な甲の施設及び機器を無償で使用させるものとし、乙は、本共同研究の実施に関し、乙が"
     "必要と認める範囲において、乙が定める時期及び方法により協力を行うことができる。\n", "REC-01", True,
     "ja-we-give-everything-they-help-as-far-as-they-see-fit"),
    (_EN_PREAMBLE + "Article 2 Transfer of Materials\n2.2 Sponsor retains ownership of the Materials. The University "
     "acquires no right, title or interest in the Materials other than the limited right of use set out in Article 3."
     + _EN_TERM, "IP-01", False, "en-no-right-in-the-materials-lent-to-us"),
    (_JA_PREAMBLE + "第5条（研究の実施場所）\n甲は甲の先端プロセス科学研究所において、乙は乙の材料科学与工程学院において、それぞれ本研究を"
     "実施する。\n２ 乙は、本研究のうち別表第1に定める露光評価の一部を、乙の附属研究組織である浙東工業大学先端光刻材料国防科技重点実験室"
     "（以下「乙実験室」という。）に実施させるものとし、甲は、第7条に基づき乙に提供する試料等を乙実験室に直接送付するものとする。\n３ 乙は、"
     "乙実験室に本研究の一部を実施させる場合においても、本契約に基づく乙の義務を乙実験室に遵守させるものとする。\n", "FUN-01", False,
     "ja-a-defence-laboratory-doing-the-work-pays-nothing"),
    (_EN_PREAMBLE + "Article 12 Export Control\n12.3 Sponsor shall not re-export or re-transfer any Controlled Item or any "
     "technical information received from the University to any third party, including any affiliate of Sponsor or any "
     "governmental body, without the University's prior written consent and any licence required under the Export "
     "Control Laws." + _EN_TERM, "DAT-04", False, "en-no-re-transfer-to-governments-without-our-consent"),
    (_JA_PREAMBLE + "第16条の2（安全保障輸出管理）\n甲及び乙は、外国為替及び外国貿易法その他の関係法令を遵守するものとする。\n２ 乙は、"
     "甲から提供を受けた技術情報及び試料を、甲の書面による事前の同意なく、第三者に再提供してはならない。\n３ 乙は、派遣研究員を甲に派遣"
     "しようとするときは、あらかじめ当該研究員の氏名、所属、経歴及び特定類型への該当性の判断に必要な情報を甲に提供し、甲は、自己の規程に"
     "基づく審査を経て受入れの可否を決定するものとする。\n", "DAT-03",
     False, "ja-their-researchers-particulars-given-to-us-for-screening"),
    (_JA_PREAMBLE + "第13条（研究成果の公表）\n３ 前項のほか、乙は、研究成果に係る特許出願の要否を検討するため必要があると認めるときは、甲に"
     "対し公表の延期を求めることができ、この場合、甲は、乙が出願を完了するまでの間、通知の日から起算して最長24か月、当該研究成果の公表を"
     "差し控えるものとする。\n", "PUB-02", True, "ja-a-cap-of-twenty-four-months-before-the-verb"),
    (_EN_PREAMBLE + "Article 3 Integration\n3.3 Up to four University engineers may attend the fit check. Visiting "
     "University personnel shall follow Sponsor's site safety and security rules and may be escorted in controlled areas."
     " Sponsor determines the areas and information to which visitors have access in accordance with applicable export "
     "control law." + _EN_TERM, "LAW-02", False, "en-visitors-follow-the-company-site-rules"),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.1 \"Confidential Information\" means non-public information disclosed "
     "by one Party to the other under this Agreement that is marked or identified as confidential, or that a reasonable "
     "person would understand to be confidential, including University Technical Data and Sponsor's pricing."
     + _EN_TERM, "COI-01", False, "en-confidential-including-our-technical-data"),
    (_EN_PREAMBLE + "Article 7 Personal benefits\n7.3.2 No Party shall pay any fee, salary, honorarium or other personal "
     "benefit to a member of the staff of another Party in connection with the Project. Reimbursement of reasonable "
     "travel and subsistence costs for Project meetings under the rules of the paying Party is not a personal benefit "
     "for this purpose, provided it is notified to the employer of the person concerned." + _EN_TERM, "COI-01", False,
     "en-travel-costs-provided-they-are-notified-to-the-employer"),
    (_EN_PREAMBLE + "Article 7 Nature of the research\n7.3 The research is intended to be fundamental research in civil "
     "water engineering whose results are published openly. The Parties do not intend that the research shall include "
     "any work for military or police end-uses, and the University may decline any activity that it considers "
     "inconsistent with that intention." + _EN_TERM, "EXP-02", False, "en-the-parties-do-not-intend-military-work"),
    (_JA_PREAMBLE + "第7条（研究者の受入れ）\n３ 受入研究者は、受入機関の秘密情報を、本契約で認められた範囲を超えて、その所属機関を含む"
     "第三者に開示してはならない。\n", "COI-01", False, "ja-the-hosts-secrets-kept-from-the-guests-institution-too"),
    (_JA_PREAMBLE + "第7条（研究者の受入れ）\n３ 受入研究者は、受入機関の秘密情報を、本契約で認められた範囲を超えて、その所属機関を含む"
     "第三者に開示してはならない。\n", "CON-01", False, "ja-the-hosts-secrets-are-no-arrangement-hidden-from-us"),
    (_EN_PREAMBLE + "Article 3 Research\n3.2 The Research Plan in Schedule 1 adopts the aims, work packages and milestones "
     "of the Principal Investigator's current Grant-in-Aid for Scientific Research (A) project No. 24H00917, and the "
     "Principal Investigator shall carry out that same work plan as the Funded Research under this Agreement."
     + _EN_TERM, "COI-02", True, "en-the-same-work-plan-as-a-current-grant"),
    (_EN_PREAMBLE + "Article 13 Export Control\n13.4 Samples and Cruise Data shall not be used for any purpose listed as "
     "prohibited in Article 2.2." + _EN_TERM, "EXP-02", False, "en-not-used-for-any-purpose-prohibited"),
]

_BLIND_545_TO_552 = [
    (_JA_PREAMBLE + "第9条（症例データの提供）\n３ 甲は、本機器の性能評価及び乙の製品改良に資するため、研究対象者の氏名、生年月日、診療録番号"
     "及び術前後の画像データを含む症例データを、仮名加工その他の処理を行うことなく、乙がドイツ連邦共和国内に設置するクラウドサーバーに毎月"
     "送信するものとし、当該送信について研究対象者から同意を取得することを要しないものとする。\n", "DAT-03", True,
     "ja-patient-data-sent-without-pseudonymisation"),
    (_JA_PREAMBLE + "第11条（成果物の利用許諾）\n２ 甲は、乙に対し、成果物を複製し、翻案し、公衆送信し、その他一切の方法により利用する独占的な"
     "権利（第三者に対し再許諾する権利を含む。）を、期間及び地域の制限なく許諾する。\n", "IP-04", True,
     "ja-an-exclusive-licence-without-limit-of-period-or-territory"),
    (_EN_PREAMBLE + "Article 3 Site Visits\n3.4 Sponsor field clinical engineers may attend implantation procedures at the "
     "site solely to give technical advice on the handling of the investigational device. They shall act under the "
     "direction of the Principal Investigator, shall not touch a Subject or operate clinical equipment, and shall comply "
     "with the University's rules for visitors." + _EN_TERM, "PER-01", False,
     "en-the-companys-engineers-under-our-investigators-direction"),
    (_JA_PREAMBLE + "第7条（委託学生の義務）\n委託学生は、研究指導期間中、乙の学則、安全衛生に関する規則、研究倫理に関する規程その他乙の"
     "定める諸規則を遵守しなければならない。\n", "CMP-01", False, "ja-our-student-follows-the-hosts-rules-while-there"),
    (_EN_PREAMBLE + "Article 11 Export Control\n11.4 The Intern shall not take out of Korea any samples, data or software "
     "of Sponsor, other than the materials approved in writing by Sponsor for thesis purposes, and then only after Sponsor "
     "has confirmed that no export licence is required or that the licence has been obtained." + _EN_TERM, "EXP-01",
     False, "en-only-after-confirming-no-licence-is-required"),
    (_EN_PREAMBLE + "Recitals\n(C) Under the intellectual property regulations of Halvard Therapeutics Inc., rights in "
     "inventions made by its employees and students are vested in Sponsor, which manages their protection.\nArticle 1 "
     "Purpose\n1.1 The Parties study salt tolerance." + _EN_TERM, "IP-01", False,
     "en-the-partners-own-employees-inventions-under-its-policy"),
    (_JA_PREAMBLE + "第9条（安全管理措置）\n乙は、提供データを専用サーバに保管し、親会社の情報システム及びネットワークとは物理的又は論理的に"
     "分離し、親会社の管理者権限が及ばない構成とする。乙の研究担当者は、個人ごとのアカウントにより提供データにアクセスする。\n", "DAT-01",
     False, "ja-administrator-rights-that-do-not-reach"),
]

_BLIND_553_TO_560 = [
    (_EN_PREAMBLE + "Article 6 Personnel\n6.3 Payments to individuals. No Member shall offer or pay to an individual employed "
     "by another Member any salary, honorarium, research grant, housing or other personal benefit, or confer any title or "
     "appointment, in connection with the Project, except through that individual's employer and with its prior written "
     "approval." + _EN_TERM, "FUN-04", False, "en-no-member-shall-pay-another-members-staff"),
    (_EN_PREAMBLE + "Article 17 Termination\n17.3 The University may terminate this Agreement by written notice with "
     "immediate effect if (a) Sponsor challenges the validity of any Licensed Patent, or (b) Sponsor undergoes a change of "
     "control without notifying the University within thirty (30) days." + _EN_TERM, "COI-01", False,
     "en-the-licensee-changing-control-without-telling-us"),
    (_EN_PREAMBLE + "Article 1 Scope\n1.4 Staff and students of one Party who visit the other Party shall observe the laws "
     "of the host country and the rules of the host Party applicable to visitors during their stay, while remaining "
     "subject to the rules of their home Party on research integrity, conflicts of interest and outside activities."
     + _EN_TERM, "CMP-01", False, "en-visitors-keep-the-host-rules-and-their-home-rules"),
    (_EN_PREAMBLE + "Article 6 Tuition\n6.2 Exchange students shall pay tuition fees only to their home Party and shall not "
     "be charged tuition by the host Party. Each Party shall grant this waiver to the same number of students as it "
     "sends." + _EN_TERM, "COI-02", False, "en-a-waiver-for-the-same-number-of-students"),
    (_EN_PREAMBLE + "Article 12 Export Control\n12.2 Sponsor has reviewed the Data and confirms that they consist of survey "
     "records and do not include technology, technical data or software that is controlled for export under U.S. law. "
     "No export licence is required for release of the Data to the University." + _EN_TERM, "EXP-01", False,
     "en-the-sender-reviewed-and-found-nothing-controlled"),
    (_EN_PREAMBLE + "Article 5 Improvements\n5.1 The University hereby assigns to Sponsor, by way of present assignment of "
     "future rights, all right, title and interest throughout the world in every Improvement conceived by any University "
     "Personnel during the five (5) years following the Effective Date, without any further payment." + _EN_TERM,
     "IP-01", True, "en-assigns-by-way-of-present-assignment-all-right"),
    (_EN_PREAMBLE + "Article 2 Research Programme\n2.2 The Principal Investigator currently leads a project funded under "
     "Grant-in-Aid for Scientific Research (B) (the \"KAKENHI Project\"). The Research Programme shall comprise the same "
     "research aims, work packages and experiments as the KAKENHI Project, and the University shall cause the Principal "
     "Investigator to perform that work for Sponsor." + _EN_TERM, "COI-02", True,
     "en-the-same-aims-as-the-kakenhi-project"),
    (_EN_PREAMBLE + "Article 3 Performance\n3.2 Sponsor shall carry out its part of the Project through SAVTAM. SAVTAM "
     "operates under a standing research and development framework contract with Yildirim-Kaya Savunma Teknolojileri "
     "A.S., a state-controlled manufacturer of armour and weapon-platform systems, and its personnel may hold concurrent "
     "engineering appointments with that company." + _EN_TERM, "EXP-03", True,
     "en-the-centre-under-contract-to-an-arms-maker"),
]

_BLIND_561_TO_568 = [
    (_EN_PREAMBLE + "Article 9 Option\n9.4 Any licence granted following exercise of the Option shall be exclusive, "
     "worldwide and unrestricted as to field of use and indication, shall remain in force until the expiry of the last "
     "Valid Claim, and shall not impose on Sponsor any obligation to develop or commercialise a Licensed Product or any "
     "milestone by which it must do so." + _EN_TERM, "IP-04", True, "en-exclusive-with-no-duty-and-no-milestone"),
    (_EN_PREAMBLE + "Article 4 Registry Data\n4.3 The registry consent forms provide for use of the data by the "
     "University and academic institutions in Japan. Given the size and age of the Registry, the University will not "
     "seek renewed consent from, or provide notice to, Registry participants regarding the provision of their data to "
     "Sponsor in the United States." + _EN_TERM, "DAT-03", True, "en-no-renewed-consent-for-data-sent-abroad"),
    (_EN_PREAMBLE + "Article 4 On-site work\n4.1 The University's professor shall work on site at Sponsor for not less "
     "than four (4) months in each Contract Year." + _EN_TERM, "PER-01", True, "en-months-on-site-at-the-partner-each-year"),
    (_EN_PREAMBLE + "Article 10 Return\n10.3 Each Sponsor fellow shall, within fifteen days after the end of a stay at "
     "the University, submit to the Defence and Security Officer of Sponsor a written debriefing report describing the "
     "work performed at the University, including any unpublished results and the names of University personnel with "
     "whom the fellow worked." + _EN_TERM, "PER-04", True, "en-a-debriefing-report-on-our-unpublished-results"),
    (_EN_PREAMBLE + "Article 10 Use of Results\n10.3 Sponsor may also apply the Results and Project Data in the "
     "performance of state defence orders and of other assignments concerning the biological protection of troops, and "
     "no consent of the University shall be required." + _EN_TERM, "EXP-02", True, "en-may-also-apply-to-defence-orders"),
    (_EN_PREAMBLE + "Recitals\n(D) Before entering into this Agreement each Party carried out its own internal review. In "
     "the case of the University this included a review by its Office of Research Security and Export Control, which "
     "classified the Project as civilian research not requiring an export licence.\nArticle 1 Purpose\n1.1 The "
     "Parties study coatings." + _EN_TERM, "EXP-01", False, "en-classified-as-not-requiring-a-licence"),
    (_EN_PREAMBLE + "Article 5 Derived Results\n5.3 Sponsor may disclose Derived Results to its affiliates, licensees and "
     "regulatory authorities, provided that Derived Results do not contain record-level data and that no cell in any "
     "table contains fewer than ten (10) individuals." + _EN_TERM, "DAT-04", False,
     "en-aggregate-tables-to-drug-regulators"),
    (_EN_PREAMBLE + "Article 20 Side letters\n20.2 No side letter with any investor will be entered into unless it is "
     "disclosed to all shareholders, including the University." + _EN_TERM, "COI-01", False,
     "en-no-side-letter-unless-disclosed-to-us"),
    (_JA_PREAMBLE + "第5条（乙の協力）\n乙は、本共同研究の遂行に当たり、自らの判断により可能な範囲で協力を行うものとし、その内容及び程度は乙が"
     "適宜定めるものとする。\n", "REC-01", True, "ja-the-partner-helps-as-far-as-it-judges-possible"),
    (_JA_PREAMBLE + "第6条（研究員の派遣）\n２ 乙派遣研究員の人選は乙の裁量によるものとし、甲は、乙派遣研究員が甲の研究施設に着任した日から、"
     "本研究に関連する甲の技術情報（外為法に基づく許可を要する高出力パルスレーザーの設計及び制御に関する技術を含む。）を乙派遣研究員に"
     "開示し、甲の研究設備を使用させるものとする。\n", "EXP-04", True, "ja-their-choice-of-visitors-shown-licensable-technology"),
    (_JA_PREAMBLE + "第6条（秘密保持）\n３ 受領者は、いずれの国又は地域の公的機関からの要請であっても、法的拘束力を有しない任意の協力要請に"
     "基づいて、開示者の秘密情報を開示してはならない。\n", "CON-03", False, "ja-no-disclosure-on-voluntary-requests"),
    (_JA_PREAMBLE + "第11条（知的財産）\n２ 対象者が乙業務の遂行に伴い行った発明等に係る権利の取扱いは、乙の規程に従う。\n", "CMP-01", False,
     "ja-a-cross-appointees-inventions-under-the-partners-rules"),
]

_BLIND_569_TO_576 = [
    (_EN_PREAMBLE + "Article 8 Improvements\n8.5 Sponsor hereby grants the University a non-exclusive, royalty-free, "
     "perpetual licence to use any Improvement owned solely by Sponsor for non-commercial research and teaching "
     "purposes." + _EN_TERM, "IP-01", False, "en-a-licence-to-us-in-what-the-partner-owns"),
    (_EN_PREAMBLE + "Article 17 Conflicts\n17.2 Sponsor represents that no officer or employee of the University holds "
     "equity in, receives remuneration from, or holds any position with Sponsor, other than as disclosed in writing to "
     "the University's conflict-of-interest committee." + _EN_TERM, "PER-01", False,
     "en-a-representation-that-none-of-ours-holds-a-post"),
    (_EN_PREAMBLE + "Article 6 Samples and Results\n6.2 The University shall bear all costs of synthesising and shipping "
     "the Samples, including transit insurance, and the risk of loss shall remain with the University until delivery.\n"
     "6.3 Sponsor may use the Evaluation Results, and any know-how it derives from them, for its own product development "
     "and commercial purposes without any payment or other obligation to the University." + _EN_TERM, "REC-03", True,
     "en-we-pay-all-costs-they-use-the-results-free"),
    (_EN_PREAMBLE + "Article 5 Disclosure\n5.3 Sponsor may also disclose the University's Confidential Information to "
     "such affiliates, co-investors and consultants as its client may designate from time to time, and Sponsor shall not "
     "be required to identify any of them to the University." + _EN_TERM, "TRA-01", True,
     "en-recipients-it-need-not-identify"),
    (_EN_PREAMBLE + "Article 4 Conduct\n4.6 Neither the Sponsor nor any Named Affiliate shall give any payment, fee, "
     "honorarium, gift or other benefit to any employee or student of the University in connection with the Project."
     + _EN_TERM, "FUN-04", False, "en-neither-the-sponsor-nor-an-affiliate-shall-pay-our-staff"),
    (_EN_PREAMBLE + "Article 10 Model\n10.5 The University may make the Model publicly available only after Sponsor has "
     "confirmed in writing that a privacy risk assessment of the Model does not indicate a material risk. Sponsor shall "
     "respond within sixty (60) days and shall not withhold its confirmation unreasonably." + _EN_TERM, "PUB-01", False,
     "en-a-model-released-after-a-privacy-check"),
    (_JA_PREAMBLE + "第4条（個別契約の追加）\n乙は、本契約の有効期間中、乙又はグループ会社の事業に関連する技術分野の中から新たな研究テーマを選定"
     "し、別紙1の様式による個別契約書に研究テーマ、研究期間、研究経費その他必要な事項を記入の上、甲に送付することにより、個別契約を追加する"
     "ことができる。\n２ 前項に基づき乙が送付した個別契約書が甲に到達した時点で、当該研究テーマに係る個別契約が甲乙間に成立したものとみなし、"
     "甲の記名押印は要しないものとする。\n", "TRA-03", True, "ja-the-partner-adds-contracts-by-sending-a-form"),
    (_JA_PREAMBLE + "第13条（対抗措置法令の遵守）\n甲及び乙は、それぞれに適用される法令を遵守する。\n２ 甲は、本共同研究の実施、研究経費の受領並びに"
     "研究成果及び研究データの取扱いに関し、対抗措置法令及び乙がこれに基づき定める社内手続を遵守するものとし、乙が対抗措置法令に基づき求める"
     "ときは、甲の出資者、資金源及び取引金融機関に関する情報を提供し、同法令上必要とされる手続に協力しなければならない。\n", "LAW-02", True,
     "ja-the-partners-counter-sanctions-law-binds-us"),
]

_BLIND_577_TO_584 = [
    (_EN_PREAMBLE + "Article 7 Information Security and Regulatory Matters\n7.3 The Parties acknowledge that the Sponsor is "
     "subject to supervision by the health, cyberspace and public security administrations of its country. "
     "Accordingly, the Sponsor may provide the Shared Model, the Model Updates, the Aggregated Outputs and any other "
     "information received from the University under this Agreement to any competent authority of its country upon the "
     "request of such authority, and shall not be obliged to notify the University of such request or provision."
     + _EN_TERM, "DAT-04", True, "en-aggregated-outputs-and-any-other-information-to-an-authority"),
    (_EN_PREAMBLE + "Article 9 Academic Publication\n9.1 Sponsor acknowledges that the University is committed to the "
     "publication of the results of its research. Nothing in this Agreement shall prevent the University or its "
     "employees and students from publishing the results of academic research, including research in the field of the "
     "Licensed Know-How, provided that the Licensed Know-How itself is not disclosed without the Sponsor's consent."
     + _EN_TERM, "PUB-01", False, "en-free-to-publish-but-not-the-licensed-know-how"),
    (_JA_PREAMBLE + "第7条（再委託）\n乙は、本件解析の全部又は一部を、乙の関連会社その他乙が適当と認める第三者に再委託することができる。この場合"
     "において、乙は、再委託先に対し本覚書に定める乙の義務と同等の義務を課すものとし、甲への事前の通知又は甲の承諾を要しないものとする。\n",
     "TRA-01", True, "ja-subcontractors-it-chooses-without-telling-us"),
    (_JA_PREAMBLE + "第5条（安全管理措置）\n２ 乙は、シンガポール共和国の個人データ保護法その他乙に適用される法令を遵守するとともに、個人情報"
     "保護法に基づき甲に求められる措置に相当する措置を講じるものとする。\n", "LAW-02", False,
     "ja-the-partner-keeps-the-laws-that-apply-to-it"),
    (_JA_PREAMBLE + "第3条（譲渡）\n甲は、本契約の定めるところにより、本有体物に係る甲の共有持分の全部を乙に譲渡し、乙はこれを譲り受ける。\n",
     "IP-01", False, "ja-our-share-in-physical-materials-sold"),
    (_JA_PREAMBLE + "第6条（追加試料及び技術情報の提供）\n甲は、乙から本評価の実施に必要であるとして請求があったときは、追加の本試料並びに本試料の"
     "成膜条件、基板前処理方法その他本試料の作製に関する技術情報を、遅滞なく乙に提供するものとし、正当な理由なくこれを拒むことはできない。\n",
     "EXP-01", True, "ja-technology-on-request-with-no-right-to-refuse"),
]

_BLIND_585_TO_592 = [
    (_EN_PREAMBLE + "Article 15 Term and Termination\n15.2 The University may terminate this Agreement for any reason by "
     "giving Sponsor ninety (90) days' written notice.\n15.4 If this Agreement is terminated by the University under "
     "Article 15.2, the University shall pay to Sponsor, as agreed compensation and not as a penalty, the full Fees set "
     "out in Schedule 2 for all Irradiation Campaigns scheduled for the remainder of the Term, irrespective of whether "
     "such campaigns have commenced.\n", "TRM-04", True, "en-the-full-fees-for-the-rest-of-the-term-on-leaving"),
    (_EN_PREAMBLE + "Article 4 Conditions of Use\n4.4 Cells with fewer than ten (10) participants shall not be reported "
     "in any output unless Sponsor has confirmed in writing that the output presents no disclosure risk." + _EN_TERM,
     "PUB-01", False, "en-small-cells-kept-out-of-outputs"),
    (_EN_PREAMBLE + "Article 7 Confidentiality\n7.1 The University shall treat the Dataset, and any information "
     "concerning cohort participants, as confidential, and shall not disclose it except to Authorised Users in "
     "accordance with this Agreement." + _EN_TERM, "CON-01", False, "en-the-dataset-kept-confidential-not-the-agreement"),
    (_EN_PREAMBLE + "Article 6 Research Visits and Access to Facilities\n6.2 Researchers and students nominated by "
     "Sponsor shall be granted access to the University's wave tank, the AUV workshop and the coastal field station, "
     "including the associated data acquisition systems.\n6.3 Access by University staff and students to Sponsor's "
     "facilities and research vessels may be arranged on a case-by-case basis, subject to Sponsor's operational "
     "priorities and availability." + _EN_TERM, "REC-02", True, "en-our-access-case-by-case-theirs-granted"),
    (_JA_PREAMBLE + "第10条（研究成果の公表）\n甲及び乙は、本研究の研究成果を公表することができる。\n２ 甲は、研究成果を公表しようとするときは、"
     "公表予定日の６０日前までに公表内容を書面により乙に通知し、乙の書面による承諾を得た上で公表するものとする。乙は、公表内容に乙の秘密情報が"
     "含まれるか否かにかかわらず、承諾の可否を決定することができる。\n", "PUB-01", True,
     "ja-consent-whether-or-not-confidential-information-is-in-it"),
    (_JA_PREAMBLE + "第2条（利用の範囲）\n３ 甲は、本利用目的の遂行のため、乙の利用者に対し、本装置のほか、センターが管理する試料前処理装置、"
     "他の分析機器及び解析用サーバーについても、乙が必要と認める範囲で利用させるものとする。\n", "DAT-01", True,
     "ja-other-instruments-and-the-server-as-far-as-the-partner-deems"),
    (_JA_PREAMBLE + "第5条（派遣研究員）\n２ 甲は、乙派遣研究員に対し、受入期間中、甲の研究室、共同利用設備及び学内情報ネットワークを、甲の研究"
     "担当者と同等の条件で利用させるものとする。\n", "DAT-01", True, "ja-our-network-on-the-same-terms-as-our-researchers"),
    (_JA_PREAMBLE + "第3条（利用者）\n乙は、本装置を利用する者の氏名を甲に通知する。\n２ 甲は、前項の通知を受けた乙の利用者に対し、センターへの入館"
     "証及び本装置の操作に必要な利用者アカウントを速やかに発行するものとし、乙の利用者の追加又は変更があった場合も同様とする。\n", "PER-03",
     True, "ja-passes-for-whoever-the-partner-notifies"),
]

_BLIND_593_TO_600 = [
    (_JA_PREAMBLE + "第7条（研究員の受入れ）\n１ 甲は、甲の規程に基づく審査を経て、乙の研究者を甲の施設に受け入れることができる。\n２ 前項により受け"
     "入れた乙の研究者は、甲の定める安全管理その他の規程に従う。\n３ 甲の研究担当者が乙の試験設備を訪問する場合も、前二項に準じて乙の規程に従う"
     "ものとする。\n", "CMP-01", False, "ja-our-visitors-keep-the-rules-of-the-partners-test-facility"),
    (_EN_PREAMBLE + "Article 7 Regulatory Matters\n7.3 The University acknowledges that the Station is located in the "
     "territory of the Russian Federation and agrees that the Station, the Mission Data received or stored at the Site "
     "and the University's personnel present at the Site are subject to the legislation of the Russian Federation on "
     "communications, on information and on the security of critical information infrastructure, and the University "
     "shall provide the competent authorities of the Russian Federation with such cooperation, access to the Station "
     "and information as they may require under that legislation." + _EN_TERM, "LAW-02", True,
     "en-our-station-data-and-staff-under-the-partner-states-legislation"),
    (_EN_PREAMBLE + "Article 9 Intellectual Property\n9.5 Sponsor shall pay University's inventors remuneration in "
     "accordance with University's Regulations on Employee Inventions, as notified by University." + _EN_TERM, "FUN-04",
     False, "en-inventors-paid-under-our-employee-invention-rules"),
    (_EN_PREAMBLE + "Article 6 Funding\n6.1 Sponsor shall provide special funds of RMB 30,000,000 for the Joint "
     "Laboratory, disbursed in the instalments set out in Annex 2.\n6.2 Payment of each instalment after the first is "
     "conditional upon the Joint Laboratory having been established and being in operation at the Rongzhou Site, "
     "including the installation there of the equipment and research lines transferred from the University's Arimura "
     "Laboratory as listed in Annex 3." + _EN_TERM, "FUN-02", True, "en-instalments-once-our-lab-equipment-is-moved"),
    ("Dear Professor Tanabe,\nSevero-Kamsk State Polytechnic University (the \"University\") is pleased to offer you "
     "the title of Honorary Professor. You are a professor of Asakawa University, Japan.\n3. Support and conditions\n"
     "In consideration of your spending not less than ten (10) weeks in each academic year in residence at the "
     "University, the University will provide you with an annual honorarium of RUB 2,400,000 paid to a personal bank "
     "account in your name, furnished accommodation in the University guest residence and a research allowance.\n",
     "FUN-04", True, "en-an-honorarium-beside-a-room-in-the-guest-residence"),
    (_JA_PREAMBLE + "第4条（研究の実施）\n２ 甲は、日本国内に所在する関連史料（外務省記録の写し、漁業会社関係文書、移民名簿等）の調査及びその所在"
     "情報の乙への提供を行い、乙は、研究史料の閲覧環境の提供及び所蔵情報の甲への提供を行う。\n", "DAT-03", False,
     "ja-where-the-emigrant-lists-are-kept"),
    (_JA_PREAMBLE + "第6条（個人情報の取扱い）\n２ 甲は、提供データを、話者の氏名及び連絡先を削除し、話者ごとに付与した話者ＩＤ並びに年齢層、"
     "性別、出身市町村、居住歴及び録音地点の情報を付した状態で乙に提供するものとし、乙が提供データを米国その他乙が選択する国又は地域に所在する"
     "サーバに保管し、処理することについて、甲は話者から改めて同意を取得することを要しないものとする。\n", "DAT-03", True,
     "ja-speakers-not-asked-before-their-voices-go-abroad"),
    (_JA_PREAMBLE + "第4条（利用許諾）\n１ 甲は、乙に対し、提供データを本目的のために利用することを許諾する。\n２ 前項の許諾は独占的なもの"
     "とし、甲は、乙の事前の書面による承諾を得ない限り、提供データを第三者に提供し、又は第三者に利用を許諾してはならない。本項の義務は、本契約"
     "が終了した後も存続するものとする。\n", "IP-04", True, "ja-exclusivity-that-outlives-the-contract"),
]

_BLIND_601_TO_608 = [
    (_EN_PREAMBLE + "Article 11 Governing Law and Disputes\n11.1 This Agreement shall be governed by and construed in "
     "accordance with the federal law of the United States and, to the extent federal law does not apply, the laws of "
     "the State of Oregon.\n", "LAW-01", True, "en-the-federal-law-of-the-united-states"),
    (_EN_PREAMBLE + "Article 5 Conduct of the Research Programme\n5.2 The Sponsor may at any time, by written notice to "
     "the University, modify the objectives, scope or work plan of the Research Programme to reflect its product "
     "development priorities, and the University shall ensure that the Fellow carries out the Research Programme as so "
     "modified." + _EN_TERM, "FUN-06", True, "en-the-sponsor-rewrites-the-work-plan-at-any-time"),
    (_EN_PREAMBLE + "Article 12 Conduct\n12.1 The Secondee shall comply with Sponsor's workplace rules, security "
     "procedures and reasonable instructions insofar as they are consistent with this Agreement and with the Secondee's "
     "employment contract with the University." + _EN_TERM, "PER-01", False,
     "en-the-secondees-own-employment-contract-with-us"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 \"Affiliate\" means, in relation to a Party, any entity that directly or "
     "indirectly controls, is controlled by, or is under common control with that Party. In relation to Sponsor, "
     "\"Affiliate\" also includes any enterprise in which Sponsor holds an equity interest and any entity designated by "
     "Sponsor's supervising authority.\nArticle 8 Results\n8.1 Each Party may share the Results with its "
     "Affiliates." + _EN_TERM, "TRA-01", True, "en-affiliates-include-whoever-its-supervising-authority-designates"),
    (_EN_PREAMBLE + "Article 11 Confidentiality\n11.1 Each Party shall keep confidential any information disclosed by "
     "the other Party and designated in writing as confidential at the time of disclosure, and shall not disclose it to "
     "any third party or use it for any purpose other than this Agreement without the prior written consent of the "
     "disclosing Party." + _EN_TERM, "CON-01", False, "en-information-used-for-no-other-purpose-than-this-agreement"),
    (_JA_PREAMBLE + "第13条（共有知的財産権の実施）\n２ 前項の規定にかかわらず、乙は、共有知的財産権について、甲の同意を得ることなく、乙の関係会社"
     "（乙の議決権の過半数を直接又は間接に保有する会社をいう。）及び乙が指定する第三者に対し、再実施許諾権付きの通常実施権を許諾することが"
     "できる。\n", "IP-02", False, "ja-a-licence-of-the-joint-ip-is-no-licence-of-our-background"),
    (_JA_PREAMBLE + "第9条（研究成果の公表）\n甲は、研究成果を自由に公表することができる。\n２ 甲は、前項の公表に際し、乙の事前の書面による"
     "同意を得た場合に限り、乙からの寄附による支援を受けた旨を記載するものとする。\n", "PUB-01", False,
     "ja-consent-only-to-name-the-donor"),
    (_EN_PREAMBLE + "Article 2 Second transfer of Shared Data\n2.1 The University will transfer the second tranche of "
     "Shared Data (follow-up health check-up records for 2019-2023 of participants in the cohort, pseudonymised in "
     "accordance with Schedule 1 of the Agreement) to Sponsor by 30 September 2025." + _EN_TERM, "DAT-03", False,
     "en-health-records-pseudonymised-as-the-agreement-says"),
]

_BLIND_609_TO_616 = [
    (_EN_PREAMBLE + "Article 8 Preprints\n8.1 The Parties support the early sharing of research findings.\n8.2 No Party or "
     "Authorised User shall deposit a Preprint that uses or describes Shared Data until the Data Release Committee has "
     "declared that the Data Freeze applicable to such Shared Data has ended. The Data Release Committee shall make such "
     "declaration when it considers that the principal analyses of Sponsor have been completed." + _EN_TERM, "PUB-02",
     True, "en-preprints-held-until-a-committee-declares"),
    (_EN_PREAMBLE + "Article 5 Editorial Policy\n5.3 Accepted manuscripts shall be published in the Journal, and Sponsor "
     "may make such amendments to accepted manuscripts as it considers necessary." + _EN_TERM, "PUB-03", True,
     "en-the-partner-amends-accepted-manuscripts"),
    (_EN_PREAMBLE + "Article 5 Editorial Policy\n5.3 Manuscripts containing maps, place names or statements concerning the "
     "status of islands and maritime areas of the Sea of Okhotsk shall be published only in a form consistent with the "
     "legislation of the Russian Federation." + _EN_TERM, "PUB-03", True, "en-maps-only-as-the-partner-states-law-says"),
    (_EN_PREAMBLE + "Article 9 Use of Results\n9.2 The Parties acknowledge that Sponsor intends to apply the Results in the "
     "development of navigation and guidance systems for unmanned aerial platforms used by the Turkish Armed Forces and "
     "national security agencies, and agree that nothing in this Agreement shall limit the fields of use in which either "
     "Party may apply the Results." + _EN_TERM, "EXP-02", True, "en-results-for-the-armed-forces"),
    (_EN_PREAMBLE + "Section 5 Data\n5.4 Within thirty (30) days after the end of each data-collection campaign, the "
     "University shall deliver to Sponsor a complete copy of the Raw Footage, including unredacted facial images and "
     "gait sequences of all recorded individuals, for storage on Sponsor's servers in Israel and for use by Sponsor in "
     "training its commercial analytics products." + _EN_TERM, "DAT-03", True, "en-unredacted-faces-of-passers-by"),
    (_EN_PREAMBLE + "Schedule 1 Services\nThe Consultant shall provide:\n(c) quarterly written briefings on the progress, "
     "unpublished data and expected milestones of the research programmes led by the Consultant at the University, "
     "including the publicly funded programme on low-temperature hybrid bonding (Grant No. JPMJCR23K7), to the extent "
     "relevant to the Fund's investment pipeline;" + _EN_TERM, "COI-02", True,
     "en-an-investor-briefed-on-our-publicly-funded-data"),
    (_EN_PREAMBLE + "Article 2 Services\n2.3 The University shall not be a member of, or hold any title in, the "
     "investment committee of Sponsor or the Fund, and shall have no role in any investment decision." + _EN_TERM,
     "PER-01", False, "en-barred-from-holding-a-title"),
    (_JA_PREAMBLE + "第7条（秘密保持）\n４ 前三項の規定にかかわらず、乙は、中華人民共和国の法令に基づき国家機関その他の関係機関から要請を受けた場合"
     "には、甲から開示を受けた秘密情報及び本研究の研究成果を当該機関に提供することができるものとし、この場合において、乙は甲に対して事前の通知"
     "を要しないものとする。\n", "DAT-04", True, "ja-to-state-bodies-without-notice-to-us"),
    (_JA_PREAMBLE + "別表第2（研究担当者）\n研究代表者：教授趙建国（超高温構造複合材料国防科技重点実験室主任）\n研究経費：乙が負担する。\n",
     "FUN-01", False, "ja-a-post-at-a-defence-laboratory-is-no-funder"),
    (_JA_PREAMBLE + "第5条（データの送信）\n２ 甲は、計測データを、本研究参加者の氏名及び住所を削除した上で、生年月日、性別、郵便番号、既往歴"
     "及び服薬情報と紐付けた状態で、乙が管理する中華人民共和国所在のサーバーへ毎週送信するものとし、当該送信は本研究の一環として行うものである"
     "から、本研究参加者から個別の同意を取得することを要しない。\n", "DAT-03", True,
     "ja-health-records-to-servers-abroad-without-consent"),
    (_EN_PREAMBLE + "§ 9 Requests from Public Authorities\n(1) If a public authority, including a court or a law "
     "enforcement authority, requests access to personal data processed under this Agreement, the University shall, "
     "unless legally prohibited from doing so, notify Sponsor without delay, shall examine whether the request is lawful, "
     "and shall disclose only the minimum required." + _EN_TERM, "EXP-02", False,
     "en-an-authority-asking-for-data-is-no-end-use"),
]

_BLIND_617_TO_624 = [
    (_EN_PREAMBLE + "Article 7 Equipment\n7.2. The University shall not delay, suspend or make conditional the delivery of "
     "the Equipment, spare parts, consumables or software updates on the grounds of the need to obtain any permits, "
     "licences or approvals, other than those required under the customs legislation of the Eurasian Economic Union."
     + _EN_TERM, "EXP-01", True, "en-no-delay-on-the-grounds-of-a-licence"),
    (_EN_PREAMBLE + "Article 16 Term\n16.3. Neither Party may terminate this Agreement before expiry of the Term except by "
     "mutual written agreement or for uncured material breach by the other Party. Restrictive measures adopted by any "
     "state or international organisation in respect of either Party shall not constitute grounds for termination.\n",
     "TRM-01", True, "en-no-exit-and-sanctions-in-respect-of-either-party-no-ground"),
    (_EN_PREAMBLE + "Clause 16 Confidentiality\n16.2 Sponsor shall not disclose the University's Confidential Information "
     "to any Affiliate without the University's prior written consent." + _EN_TERM, "COI-01", False,
     "en-our-information-kept-from-the-partners-affiliates"),
    (_EN_PREAMBLE + "Section 9 Other Programmes\n9.3 During the Term the University shall not accept selection under any "
     "other provincial-level talent programme in the People's Republic of China without the prior written consent of "
     "Sponsor." + _EN_TERM, "PUB-01", False, "en-the-republic-in-peoples-republic-is-no-publication"),
    (_EN_PREAMBLE + "Section 9 Publication\n9.1 The University may publish the results of the study. No publication "
     "requires the approval of Sponsor or of any Backer." + _EN_TERM, "PUB-01", False,
     "en-no-publication-requires-approval"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.2 Accordingly, no School Materials, including those prepared by the "
     "University's Lecturers and Participants, shall be published, posted online or otherwise made publicly available "
     "by either Party until Sponsor's Expert Commission has confirmed in writing that they may be openly published."
     + _EN_TERM, "PUB-01", True, "en-nothing-published-until-the-partners-commission-confirms"),
    (_EN_PREAMBLE + "Article 6 Lecturers\n6.3 Lecturers remain employees of their own institution. Any honorarium for an "
     "external speaker is paid by the Party that invited that speaker, in accordance with its own rules." + _EN_TERM,
     "FUN-04", False, "en-a-speakers-honorarium-paid-by-whoever-invited-them"),
    (_JA_PREAMBLE + "第9条（データ）\n２ 利用者は、データサーバに保存された過去のプロセス条件、装置ログその他のデータ（乙以外の利用者に係るものを"
     "含む。）を、本開発の参考として閲覧し、複製することができる。\n", "DAT-01", True,
     "ja-other-users-data-on-our-server"),
]

_BLIND_625_TO_632 = [
    (_JA_PREAMBLE + "第8条（知的財産権）\n１ 本研究の遂行により生じた一切の研究成果及びこれに係る知的財産権は、発明等を行った研究担当者が甲又は乙の"
     "いずれに所属するかを問わず、乙に単独で帰属するものとする。\n", "IP-06", False,
     "ja-ownership-whoever-the-inventor-works-for-is-no-credit"),
    (_EN_PREAMBLE + "Article 6 Ethics\n6.2 In view of the fact that all sequencing will be performed at Sponsor's "
     "facilities, the Parties agree that the ethical review of the Project shall be conducted by the Medical Ethics "
     "Committee of Sponsor, whose approval shall be deemed to constitute ethical approval of the Project for both "
     "Parties, and the University shall not be required to submit the Project to its own ethics committee." + _EN_TERM,
     "CMP-01", True, "en-the-partners-ethics-committee-approves-for-us"),
    (_EN_PREAMBLE + "Article 4 Restrictions on Use and Disclosure\n4.2 Clean Team Information shall not be disclosed, "
     "summarised or described to any person who is not a Clean Team Member, including without limitation the "
     "University's directors, officers, faculty and employees outside the Clean Team, its internal audit, compliance, "
     "research integrity or export control personnel, and any funding agency, ministry or other governmental body, "
     "irrespective of any internal policy or reporting rule of the University that would otherwise require such "
     "disclosure." + _EN_TERM, "CON-03", True, "en-kept-from-our-compliance-staff-whatever-our-rules-say"),
    (_EN_PREAMBLE + "Article 7 Restrictions on Clean Team Members\n7.2 For a period of thirty-six (36) months after the "
     "Award Date, no Clean Team Member of the University shall participate in any research, development, consulting or "
     "proposal activity relating to ocean pH sensing, whether funded by the University or by any third party, other "
     "than with Sponsor." + _EN_TERM, "PUB-04", True, "en-no-research-in-the-field-other-than-with-the-partner"),
    (_EN_PREAMBLE + "Article 14 Confidentiality\n14.2 Except as permitted by Article 14.1, Sponsor shall not transfer or "
     "disclose any unpublished Results or Confidential Information of the University to any third party, including any "
     "governmental authority, without the University's prior written consent." + _EN_TERM, "CON-03", False,
     "en-our-results-kept-from-any-government-by-the-partner"),
]

_BLIND_633_TO_640 = [
    (_EN_PREAMBLE + "Article 3 Funding\n3.2 The Tranche 2 conditions are: (a) the Founding Team having completed the "
     "Programme; (b) the Company having established its principal research and development operations in Singapore, "
     "including the relocation to Singapore of the prototype fabrication line, laboratory records and working materials "
     "of the Project developed at the University." + _EN_TERM, "FUN-02", True,
     "en-a-tranche-on-the-relocation-of-our-prototype-line"),
    (_EN_PREAMBLE + "Article 5 Roles\n5.3 Any shareholding, directorship or paid role of a University employee in the "
     "Company shall be subject to the prior approval of the University under its rules." + _EN_TERM, "PER-01", False,
     "en-a-role-at-the-company-only-with-our-approval"),
    (_JA_PREAMBLE + "第8条（解析データ）\n甲は、本研究により得られた抗体価測定結果、ウイルスゲノム配列情報その他の解析結果を、本研究の進捗に応じて"
     "乙に提供するものとする。\n", "DAT-03", False, "ja-a-virus-genome-is-no-personal-data"),
    (_JA_PREAMBLE + "第7条（派遣研究者の交代）\n乙は、やむを得ない事由により派遣研究者の交代を必要とするときは、甲に書面で通知することにより後任"
     "の研究者を派遣することができる。この場合、後任の研究者は、前任者と同一の条件により甲の研究室及び研究設備を利用できるものとする。\n",
     "PER-03", True, "ja-a-replacement-researcher-on-notice-alone"),
    (_JA_PREAMBLE + "第13条（共有知的財産権の実施）\n乙は、共有知的財産権について、期間、実施分野及び地域の限定なく、独占的に実施することができる"
     "ものとし、甲は、乙の書面による同意を得ずに、自ら又は第三者をして共有知的財産権を実施してはならない。\n", "IP-04", True,
     "ja-exclusive-with-the-limits-waived-before-the-word"),
    (_JA_PREAMBLE + "第10条（研究データの提供）\n甲は、国又は省の関係主管部門の要請に基づき乙から研究データ又は研究成果の提供を求められたときは、"
     "速やかにこれに応じるものとし、正当な理由なくこれを拒んではならない。\n", "DAT-04", True,
     "ja-our-data-whenever-the-partner-states-bodies-ask"),
    (_EN_PREAMBLE + "Schedule 2 Data Management\n4. Retention: Project Data is retained for at least ten years after the "
     "end of the Project in accordance with each Party's research data policy; Participant Data in identifiable form is "
     "deleted by the collecting Party within one year after the end of WP3." + _EN_TERM, "DAT-03", False,
     "en-identifiable-data-deleted-after-the-project"),
]

_BLIND_641_TO_648 = [
    (_EN_PREAMBLE + "Article 7 Test Data\n7.2 All raw measurement files and spectra produced in the tests shall be the "
     "sole and exclusive property of the Sponsor, and the University shall receive the summary report only."
     + _EN_TERM, "DAT-05", True, "en-raw-data-the-sole-and-exclusive-property-of-the-partner"),
    (_JA_PREAMBLE + "第7条（技術資料の提供）\n２　甲は、乙から求めがあったときは、甲の設計データを乙の指定する国外のサーバに提供するものとし、"
     "甲の内部手続が完了していないことを理由として、その提供を延期することはできない。\n", "EXP-01", True,
     "ja-no-delay-while-our-internal-review-is-unfinished"),
    (_JA_PREAMBLE + "第7条（技術資料の提供）\n２　甲は、乙から求めがあったときは、甲の設計データを乙に提供するものとする。ただし、甲は、"
     "学内手続（輸出管理の審査を含む。）の確認を得るまで、その提供を留保することができる。\n", "EXP-01", False,
     "ja-supply-held-back-until-our-review-is-done"),
    (_JA_PREAMBLE + "第9条（研究成果の公表）\n２　乙が不適切と判断した記述について修正を求めたときは、甲はその求めに従い研究成果物を修正する"
     "ものとする。\n", "PUB-03", True, "ja-our-outputs-revised-as-the-partner-demands"),
    (_JA_PREAMBLE + "第6条（資料の利用）\n甲は、研究成果物において、相手国の国家機関の名誉を傷つける評価を記述してはならない。\n", "PUB-03",
     True, "ja-no-finding-that-offends-the-partner-states-bodies"),
    (_EN_PREAMBLE + "Article 7 Editing\n7.3 The Sponsor may, at its sole discretion and without reference to the "
     "authors, delete or amend any passage of the manuscript which it considers harmful to national unity."
     + _EN_TERM, "PUB-03", True, "en-passages-cut-as-harmful-to-national-unity"),
    (_EN_PREAMBLE + "Article 4 Funding\n4.4 The Sponsor's payments under this Agreement are funded under its prime "
     "contract with the United States Department of Defense." + _EN_TERM, "FUN-01", True,
     "en-payments-flowed-down-from-a-defence-department-contract"),
    (_JA_PREAMBLE + "第8条（研究員の派遣）\n甲は、乙の同意を得て研究担当者を乙に派遣することができる。\n２　前項により派遣された者は、"
     "乙の定める規則に従うものとする。\n", "CMP-01", False, "ja-our-visitor-follows-the-hosts-rules"),
    (_EN_PREAMBLE + "Article 6 Intellectual Property\n6.2 The University's own intellectual property is not affected by "
     "this Agreement, and nothing in it obliges the University to assign or transfer any of its intellectual property "
     "to the Sponsor." + _EN_TERM, "IP-01", False, "en-nothing-in-it-obliges-us-to-transfer-our-ip"),
]

_BLIND_649_TO_656 = [
    (_EN_PREAMBLE + "Article 8 Disclosure\n8.4 The Sponsor may provide Trial Data to any competent governmental or public "
     "security authority upon its request, and shall notify the University of such provision only to the extent that "
     "notification is permitted by the requesting authority." + _EN_TERM, "DAT-04", True,
     "en-a-notice-only-where-the-authority-allows-it"),
    (_JA_PREAMBLE + "第8条（データの利用）\n４　乙は、本データを、本機器の安全性及び有効性の評価並びに国内外の規制当局への報告及び申請のために"
     "利用することができる。\n", "DAT-04", False, "ja-a-device-makers-filings-with-regulators"),
    (_EN_PREAMBLE + "Article 3 Contributions\n3.2 The University shall provide the registry data described in Annex A.\n"
     "3.3 The Sponsor may, at its discretion, contribute to the Project such data as it considers appropriate."
     + _EN_TERM, "REC-01", True, "en-the-partner-contributes-at-its-discretion"),
    (_JA_PREAMBLE + "第4条（利用申請）\n１　甲は、本計算資源を利用させようとする者について、氏名、所属、職名及び研究上の役割を記載した利用申請書を"
     "乙に提出する。\n", "DAT-03", False, "ja-a-users-name-on-an-application-for-access"),
    (_JA_PREAMBLE + "第8条（データの帰属）\n本計算資源上で生成された全てのデータに係る一切の権利は乙に帰属するものとし、甲は、乙が書面により許諾"
     "した範囲においてのみ、これを複製し、利用することができる。\n", "DAT-05", True,
     "ja-our-data-used-only-as-far-as-the-partner-allows"),
    (_EN_PREAMBLE + "Article 8 Academic Output\n8.2 All papers arising from the work shall name the Sponsor as the "
     "affiliation of the researcher, and the University shall not attribute such work to any other institution without "
     "the prior written consent of the Sponsor." + _EN_TERM, "PUB-01", False, "en-whose-name-a-paper-carries"),
    ("客員教授委嘱契約書\n漢江未来大学校（以下「甲」という。）と田島誠一（以下「乙」という。）とは、次のとおり契約する。\n第5条（兼業）\n乙は、"
     "本契約の締結に先立ち、所属機関の兼業許可を得るものとする。\n第6条（報酬）\n甲は、乙に対し、本委嘱に対する報酬として年額金二億ウォンを"
     "支払うほか、乙の個人研究活動費として年額金一億ウォンを支給する。\n", "FUN-04", True,
     "ja-a-foreign-university-pays-our-professor-who-needs-outside-work-approval"),
    (_EN_PREAMBLE + "Article 6 Instruments\n6.2 The Parties agree that no classification, licensing or end-use review "
     "shall be required as a condition of the shipment of the University's instruments to Murmansk." + _EN_TERM,
     "EXP-01", True, "en-no-classification-licensing-or-end-use-review"),
    (_EN_PREAMBLE + "Article 4 Allowance\n4.1 The Sponsor will pay Professor Ito a monthly living allowance of SGD 3,800. "
     "His home institution permits him to receive this allowance, and he is free to disclose this letter to any "
     "funding body." + _EN_TERM, "FUN-04", False, "en-an-allowance-his-university-permits-and-he-may-disclose"),
    (_EN_PREAMBLE + "Article 8 Models\n8.2 All right, title and interest in the Models, and in software developed by "
     "the Sponsor for training them, shall vest in the Sponsor." + _EN_TERM, "IP-01", False,
     "en-what-the-partner-builds-for-itself-is-its-own"),
]

_BLIND_657_TO_664 = [
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 No manuscript or preprint that includes results derived from Sponsor Data "
     "shall be submitted until the Sponsor has published its own description of the panel." + _EN_TERM, "PUB-02",
     True, "en-no-manuscript-until-the-partner-has-published"),
    (_EN_PREAMBLE + "Article 10 Joint Results\n10.2 Each joint owner may use the Joint Results for its own research. The "
     "Sponsor may, in addition, grant non-exclusive licences under Joint Results to its Affiliates and to third "
     "parties without the need for consent from the other joint owners." + _EN_TERM, "IP-05", True,
     "en-licences-to-others-beside-a-use-for-own-research"),
    (_EN_PREAMBLE + "Article 6 Site Access\n6.1 Access to the test centre is subject to the Sponsor's site access "
     "procedure. The University shall provide the names, nationalities and passport details of the persons it intends "
     "to send to the site four weeks in advance." + _EN_TERM, "DAT-03", False,
     "en-visitors-names-for-site-access"),
    (_EN_PREAMBLE + "Article 8 Use of Results\n8.2 The Sponsor may transfer the Results, together with related technical "
     "data, to its Affiliates and customers, without further notice to or consent of the University and without being "
     "subject to any restriction." + _EN_TERM, "DAT-03", False, "en-results-passed-on-are-no-personal-data"),
]

_BLIND_665_TO_672 = [
    (_EN_PREAMBLE + "Article 8 Platform\n8.2 The Sponsor may make the Platform, including the pedestrian analytics "
     "modules, available to the police and other competent security agencies for the identification and tracking of "
     "individuals of interest." + _EN_TERM, "EXP-02", True, "en-our-analytics-for-police-tracking-of-individuals"),
    (_JA_PREAMBLE + "第9条（発明の帰属）\n甲の研究者が行った発明等については、当該発明等が乙の施設内で行われたか否かを問わず、これに係る一切の権利は、"
     "発生と同時に乙に帰属するものとする。\n", "IP-01", True, "ja-whether-or-not-made-at-the-partners-facility"),
    (_EN_PREAMBLE + "Article 5 Publications\n5.1 At least thirty days before submission of any manuscript, the "
     "University shall provide a copy to the Sponsor solely so that the Sponsor may confirm that the publication does "
     "not contain protected health information or data that could identify a patient." + _EN_TERM, "DAT-03", False,
     "en-a-manuscript-checked-for-health-information"),
    (_EN_PREAMBLE + "Article 7 Licence\n7.3 The Sponsor may not sublicense this licence, except that the Sponsor may "
     "make Derived Results that have been published in accordance with Article 10 available to other government "
     "agencies." + _EN_TERM, "DAT-04", False, "en-published-results-to-other-agencies"),
]

_BLIND_673_TO_680 = [
    (_EN_PREAMBLE + "Article 15 Termination\n15.2 If the Sponsor fails to pay any instalment, the University may terminate "
     "this Agreement, in which case the amounts already paid shall be applied, after consultation with the Sponsor, to "
     "graduate scholarships." + _EN_TERM, "COI-02", False, "en-money-already-paid-put-to-scholarships"),
]

_BLIND_681_TO_688 = [
    (_EN_PREAMBLE + "Article 6 Intellectual Property\n6.6 Sponsor shall own all Intellectual Property Rights in "
     "improvements to Sponsor Materials made by Sponsor. University shall not be required to assign to Sponsor any "
     "improvement to University Background IP made by University Personnel independently of the Services."
     + _EN_TERM, "IP-01", False, "en-not-required-to-assign-any-improvement"),
    (_JA_PREAMBLE + "第19条（個人情報）\n本研究は、培養細胞及び実験動物を用いる非臨床研究であり、甲及び乙は、本研究の実施に当たり、相互に"
     "個人情報の提供を行わないものとする。\n", "DAT-03", False, "ja-no-personal-information-passes-either-way"),
    (_EN_PREAMBLE + "Article 7 Principal Investigator and Key Personnel\n7.4 Key Personnel shall devote to the Research "
     "Programme the effort stated in the Proposal, which in the case of the Principal Investigator shall be not less "
     "than twenty per cent (20%) of her working time." + _EN_TERM, "PER-01", False,
     "en-effort-devoted-to-the-funded-programme"),
    (_EN_PREAMBLE + "Article 7 Conflicts of Interest\n7.1 The Appointee shall comply with the conflict of interest "
     "rules of the University and, in respect of Sponsor Work, with the Sponsor's Policy on Conflicts of Interest. The "
     "Appointee and the Sponsor shall each notify the University promptly of any actual or potential conflict that "
     "comes to their attention." + _EN_TERM, "CMP-01", False, "en-our-conflict-rules-and-the-partners-alike"),
    (_EN_PREAMBLE + "Article 8 Affiliation\n8.1 In publications, presentations and patent applications, the Appointee "
     "shall state the University as the primary affiliation. The Sponsor may be listed as an additional affiliation "
     "only where Sponsor Work has contributed substantially to the work reported.\n8.2 The Sponsor will not ask the "
     "Appointee to list the Sponsor as the sole or first affiliation, or to omit the University or any funder of the "
     "University Work from any acknowledgement." + _EN_TERM, "IP-06", False, "en-ours-the-primary-affiliation"),
    (_EN_PREAMBLE + "Article 5 Associated Data\n5.2 The University confirms that the donors' existing broad consents are "
     "sufficient for the transfer of the Samples and Associated Data to Sponsor in Singapore. No further donor consent "
     "will be sought, and no opt-out notice will be provided to donors, in respect of this transfer." + _EN_TERM,
     "DAT-03", True, "en-no-further-donor-consent-sought"),
    (_EN_PREAMBLE + "Article 5 Rater Data\n5.2 University shall deliver all Rater Data to Sponsor in identifiable, "
     "non-aggregated form, including names, voice recordings and contact details." + _EN_TERM, "DAT-03", True,
     "en-identifiable-non-aggregated-form"),
    (_JA_PREAMBLE + "第8条（データの利用）\n２　前項の規定にかかわらず、乙は、共同解析成果を、乙の判断により、乙の国防当局、治安当局その他の政府機関に"
     "対し、甲の同意を要することなく提供することができる。\n", "EXP-05", True, "ja-results-to-the-partners-defence-authorities"),
    (_JA_XA + "別紙1\n7 特記事項 甲、乙及び本件教員は、第13条の規定にかかわらず、乙が措置する研究費の額、乙が本件教員に支給する滞在費の額並びに乙"
     "における本件教員の職名を、研究費配分機関、政府機関その他の第三者に開示しないものとし、本件教員は、研究費の応募及び実績報告に際しても、これらを"
     "記載しないものとする。\n", "COI-01", True, "ja-pay-and-post-abroad-left-out-of-grant-reports"),
]

_BLIND_689_TO_696 = [
    (_EN_PREAMBLE + "Article 7 Ownership of Foreground IP\n7.1 Foreground IP generated solely by employees of one Party shall "
     "be owned by that Party.\n7.5 Notwithstanding the foregoing, the University shall be entitled to use all Project "
     "Results, including Foreground IP owned by Sponsor, free of charge for non-commercial research and teaching."
     + _EN_TERM, "IP-01", False, "en-our-right-to-use-results-the-partner-owns"),
    (_EN_PREAMBLE + "Article 10 Commercial Exploitation\n10.2 In consideration of the funding provided under Article 5, "
     "the University hereby grants to the Sponsor an exclusive, worldwide, perpetual and royalty-free licence, with the "
     "right to grant sub-licences, to use and commercially exploit the University's interest in all Foreground for any "
     "purpose whatsoever." + _EN_TERM, "IP-02", False, "en-a-licence-in-the-foreground-is-not-background"),
    (_EN_PREAMBLE + "Article 12 Publication\n12.3 If the Sponsor notifies the University within the review period that "
     "the proposed Publication contains Foreground which the Sponsor considers to be of commercial value, the "
     "University shall postpone the Publication until the Sponsor notifies the University in writing that the "
     "postponement is no longer required, provided that such postponement shall not exceed twenty-four (24) months "
     "from the date of the Sponsor's notice." + _EN_TERM, "PUB-02", True, "en-a-cap-of-twenty-four-months-is-the-hold"),
    (_EN_PREAMBLE + "Article 12 Publication\n12.3 If the Sponsor notifies the University within the review period that "
     "the proposed Publication contains patentable subject matter, the University shall postpone the Publication until "
     "the Sponsor notifies the University that a patent application has been filed, provided that such postponement "
     "shall not exceed ninety (90) days from the date of the Sponsor's notice." + _EN_TERM, "PUB-02", False,
     "en-a-cap-of-ninety-days-ends-the-hold"),
    (_EN_PREAMBLE + "Article 8 Imprint and Credits\n8.2 The cover, spine, title page and all metadata supplied to "
     "distributors and indexing services shall name the Sponsor as the sole sponsoring institution of the Work."
     + _EN_TERM, "IP-06", True, "en-the-partner-the-sole-sponsoring-institution"),
    (_EN_PREAMBLE + "Article 8 Imprint and Credits\n8.2 The Work shall be published under the Sponsor's imprint, and the "
     "name of the University shall not appear on the cover, title page or metadata." + _EN_TERM, "IP-06", True,
     "en-our-name-shall-not-appear"),
    (_JA_PREAMBLE + "第5条（派遣研究員）\n３　甲は、乙が派遣研究員として指名した者の人選について異議を述べないものとし、派遣研究員の甲における"
     "研究活動は、乙の指揮命令の下に行われるものとする。\n", "PER-01", False, "ja-the-partners-visitors-under-its-direction"),
]

_BLIND_697_TO_704 = [
    (_EN_PREAMBLE + "Article 3 Access and Benefit-Sharing\n3.2 The University shall provide the Sponsor, upon request, "
     "with the information reasonably necessary for the Sponsor to keep its registry records accurate, including the "
     "location where the Material is kept and the names of the responsible researchers." + _EN_TERM, "DAT-03", False,
     "en-names-of-the-researchers-responsible-for-a-material"),
    (_EN_PREAMBLE + "Article 4 Conditions of Use\n4.3 The University shall not release the Material or any Modification "
     "into the environment outside contained facilities, nor conduct open field trials with them, without the prior "
     "written consent of the Sponsor." + _EN_TERM, "PUB-01", False, "en-a-plant-kept-out-of-the-environment"),
    (_EN_PREAMBLE + "Article 3 Programme Structure\n3.2 Each party retains full authority over the award of its own "
     "degree and is solely responsible for ensuring that the requirements of its own legislation, accreditation bodies "
     "and rules are met. In particular, the University will comply with the Degree Regulations (Gakui Kisoku) of Japan."
     + _EN_TERM, "LAW-02", False, "en-each-university-keeps-its-own-degree-rules"),
    (_EN_PREAMBLE + "Article 6 Candidature\n6.4 A Candidate may take leave of absence or suspend candidature only with the "
     "approval of both parties." + _EN_TERM, "TRM-01", False, "en-a-candidates-leave-of-absence"),
    (_EN_PREAMBLE + "Article 14 General\n14.2 Assignment. Sponsor may not assign this Agreement without the prior written "
     "consent of University, except to a successor to all of its business relating to the Field that agrees in writing "
     "to be bound by this Agreement and that is not a person described in Section 10.4, upon written notice to "
     "University." + _EN_TERM, "COI-01", False, "en-a-person-described-in-a-section-is-told-nothing"),
    (_EN_PREAMBLE + "Article 6 Intellectual Property\n6.2 Any written reports and recommendations that the Adviser "
     "prepares specifically for the Sponsor under this Agreement will belong to the Sponsor. To the extent that the "
     "Adviser makes an invention solely in the course of these services, the Adviser will assign it to the Sponsor, "
     "provided that the Adviser will not be required to assign any invention to which the University is entitled."
     + _EN_TERM, "IP-01", False, "en-an-advisers-reports-for-the-company"),
    (_EN_PREAMBLE + "Article 5 Membership\n5.2 The Steering Committee may, by a simple majority, admit further universities "
     "and their affiliated, sponsoring or supervising organisations as Members. The admission of a new Member shall not "
     "require the separate consent of any existing Member." + _EN_TERM, "TRA-01", True,
     "en-new-members-admitted-without-our-consent"),
    (_JA_PREAMBLE + "第6条（研究活動への参加）\n交換留学生は、受入れ教員の指導の下、研究活動に参加することができる。\n２　乙から派遣される交換留学生は、甲の共用実験施設、学内情報ネットワーク及び研究データ共有サーバを、"
     "学内手続を要することなく、随時利用することができるものとする。\n３　甲から派遣される交換留学生による乙の研究室、実験施設及び情報システムの利用の"
     "可否及び範囲は、乙の受入れ教員がその都度判断するものとする。\n第7条（有効期間）\n本契約の有効期間は2年とする。\n", "REC-02", True,
     "ja-our-students-use-left-to-the-partners-teacher-each-time"),
]

_BLIND_705_TO_712 = [
    (_EN_PREAMBLE + "Article 10 Project Data\n10.4 Notwithstanding Article 11, the Sponsor may furnish Project Data and "
     "Project Results to the National Medical Products Administration and any other competent governmental authority, "
     "upon their request, without notice to or consent of the University." + _EN_TERM, "DAT-03", False,
     "en-our-consent-is-not-a-data-subjects-consent"),
    (_EN_PREAMBLE + "Article 7 Ownership of Results\n7.3 If the University's staff make any invention relating to "
     "analytical methodology, it shall belong to the University. Any invention relating to the composition of the "
     "Samples or the Sponsor's processes that is disclosed to the University in the Sponsor's Confidential Information "
     "shall belong to the Sponsor." + _EN_TERM, "IP-01", False, "en-the-partners-own-invention-disclosed-to-us"),
    (_EN_PREAMBLE + "Article 5 Responsibilities\n5.3 The Sponsor shall give the University's personnel access to its "
     "site, computing facilities and experimental areas on the same terms as it grants to the personnel of its other "
     "collaborators." + _EN_TERM, "COI-02", False, "en-access-on-the-same-terms-as-it-grants"),
    (_EN_PREAMBLE + "Article 15 Withdrawal\n15.2 The University may withdraw by giving twelve months' written notice.\n"
     "15.3 A withdrawing party shall pay to the Common Fund the full balance of the contributions scheduled for it for "
     "the entire Upgrade Period, together with a withdrawal charge of fifteen per cent (15%)." + _EN_TERM, "TRM-04",
     True, "en-a-withdrawing-party-pays-the-full-balance-and-a-charge"),
    (_EN_PREAMBLE + "Article 7 Personnel\n7.1 Each Party remains the employer of its own personnel. Personnel of the "
     "University working at the Sponsor's site shall be registered as users and shall comply with its safety rules, "
     "radiation protection rules, computer security rules and code of conduct." + _EN_TERM, "LAW-02", False,
     "en-our-staff-keep-the-host-sites-rules"),
    (_EN_PREAMBLE + "Article 6 Financial Arrangements\n(d) No other payment, honorarium, research fund or benefit in kind "
     "shall be given by the Sponsor to a visitor in connection with this Agreement unless it is approved under the rules "
     "of both parties." + _EN_TERM, "FUN-04", False, "en-no-other-payment-or-benefit-in-kind"),
    (_JA_PREAMBLE + "第12条（公表）\n４　甲は、研究成果の公表に当たり、本データが乙から提供されたものである旨を明記する。乙の名称を前段以外の目的で"
     "使用する場合には、乙の事前の書面による承諾を得るものとする。\n", "PUB-01", False, "ja-the-partners-name-used-for-other-ends"),
    (_JA_PREAMBLE + "第12条（成果の利用）\n乙は、研究成果を、甲の同意を得ることなく、乙の本国政府の関係機関並びに乙が指定する研究機関及び企業に"
     "提供し、その目的を問わず利用させることができる。\n", "DAT-01", False, "ja-results-handed-on-are-no-access-to-our-systems"),
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.3 The obligations in this Article 10 shall continue for three (3) "
     "years. This Agreement itself is not confidential, and either Party may publish its text or disclose it to its "
     "government, funding bodies and auditors." + _EN_TERM, "COI-01", False, "en-the-agreement-itself-is-not-confidential"),
    ('SUBAWARD\nThis Subaward is made between Chesapeake Polytechnic University (the "Prime Recipient") and Hokushin '
     'University, a national university corporation of Japan (the "Subrecipient").\nArticle 7 Patent Rights\n7.1 The '
     "Subrecipient hereby agrees to assign, and upon request shall assign, to the Government or to the Prime Recipient as the Government directs, the entire "
     "right, title and interest throughout the world in and to each Subject Invention, without retention of any "
     "licence by the Subrecipient." + _EN_TERM, "IP-01", True, "en-assigned-to-the-prime-recipient-by-its-role"),
]

_BLIND_713_TO_720 = [
    (_EN_PREAMBLE + "Article 11 Publication\n11.2 Notwithstanding clause 11.1, the University must not publish, present or "
     "otherwise publicly disclose any Voyage Results until the later of thirty (30) months after the end of the Voyage "
     "and the date on which the principal voyage paper of the Chief Scientist has been accepted for publication." + _EN_TERM,
     "PUB-02", True, "en-must-not-publish-until-thirty-months-after"),
    (_JA_PREAMBLE + "第17条（解除の制限）\n甲及び乙は、本協定の有効期間中、第18条に定める不可抗力により本共同観測の継続が客観的に不可能となった"
     "場合を除き、本協定を解除し、又は本共同観測から離脱することができない。\n第18条（不可抗力）\n法令の改正は不可抗力に含まない。\n",
     "TRM-01", True, "ja-neither-party-may-cancel-or-withdraw"),
    (_JA_PREAMBLE + "第17条（解除）\n甲及び乙は、有効期間中、本契約を解除することができない。ただし、相手方に対し９０日前までに書面で通知した場合は、"
     "この限りでない。\n第18条（期間）\n本契約の期間は2年とする。\n", "TRM-01", False, "ja-no-cancellation-save-on-ninety-days-notice"),
    (_JA_PREAMBLE + "第5条（データの提供）\n３　甲は、甲提供データの乙への提供を、試料提供者から甲が既に取得している包括的な同意の範囲内で"
     "行うものとし、外国にある第三者である乙への提供について、試料提供者から改めて同意を取得すること及び乙の所在する国の個人情報の保護に"
     "関する制度等の情報を試料提供者に提供することは要しないものとする。\n第6条（期間）\n本契約の期間は3年とする。\n",
     "DAT-03", True, "ja-no-fresh-consent-for-the-transfer-abroad"),
    (_EN_PREAMBLE + "Article 8 Restrictions\n8.2 During the Evaluation Period and for thirty-six (36) months after its "
     "expiry or termination, the University shall not, and shall ensure that its Authorised Users do not, develop, or "
     "participate with any third party in developing, any flow solver having functionality substantially similar to "
     "that of the Software." + _EN_TERM, "PUB-04", True, "en-no-similar-solver-for-three-years-after-the-licence"),
    (_EN_PREAMBLE + "Article 8 Restrictions\n8.2 During the Evaluation Period and for twelve (12) months after its "
     "expiry, the University shall not use the Software or the Sponsor's Confidential Information to develop any "
     "product substantially similar to the Software." + _EN_TERM, "PUB-04", False,
     "en-no-similar-product-made-with-the-licensed-software"),
    (_EN_PREAMBLE + "Article 8 Student Records\n8.2 For the purpose of nomination, the University shall forward to the "
     "Sponsor, for each student nominated, the student's academic record, passport data and medical history. The "
     "student's application shall be deemed to constitute consent to such transfer and to any further transfer by the "
     "Sponsor to its insurers, in Brazil or elsewhere." + _EN_TERM, "DAT-03", True,
     "en-an-application-deemed-to-be-consent-to-the-transfer"),
    (_EN_PREAMBLE + "Article 4 Testing Sites\n4.1 The Sponsor may, in its sole discretion, have any assay performed by "
     "its Affiliates or by third-party laboratories selected by it, and shall not be required to identify such "
     "Affiliates or laboratories to the University." + _EN_TERM, "TRA-01", True,
     "en-testing-laboratories-it-need-not-identify"),
    (_EN_PREAMBLE + "Article 8 Study Data\n8.3 All Study Data, including laboratory notebooks and raw data files, shall "
     "be and remain the sole and exclusive property of the Sponsor, and the University shall have no right to obtain, "
     "copy or use the Study Data other than as summarized in the Final Report." + _EN_TERM, "DAT-05", True,
     "en-study-data-remain-the-sponsors-sole-property"),
    (_JA_PREAMBLE + "第10条（機体の貸与）\n乙は、本共同研究の実施のため、本機体を無償で甲に貸与する。本機体の仕様は別紙1に定めるとおりとし、乙は、"
     "本機体が兵器又は武器を搭載する機能を有しないことを保証する。\n第11条（期間）\n本契約の期間は2年とする。\n", "FUN-01", False,
     "ja-a-warranty-that-the-lent-airframe-carries-no-weapon"),
    (_JA_PREAMBLE + "第10条（機体の貸与）\n乙は、本共同研究の実施のため、本機体を無償で甲に貸与する。本機体の仕様は別紙1に定めるとおりとし、乙は、"
     "本機体が兵器又は武器を搭載する機能を有しないことを保証する。\n第11条（期間）\n本契約の期間は2年とする。\n", "EXP-03", False,
     "ja-a-weapon-free-airframe-is-no-defence-link"),
]

_BLIND_721_TO_728 = [
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 In this Agreement:\n(e) \"Members\" means the research organisations listed "
     "from time to time in the register of members of the Sponsor;\n(f) \"Project\" means the work in Annex A." + _EN_TERM,
     "IP-06", False, "en-a-consortiums-register-of-members"),
    (_JA_PREAMBLE + "第8条（利益配分）\n２　甲は、前項第一号の研修に関連して、別紙2に定める分析機器を乙に供与し、並びに代謝物解析及びゲノム解析に係る"
     "技術を乙に移転するものとする。\n第9条（期間）\n本契約の期間は3年とする。\n", "DAT-03", False,
     "ja-genome-analysis-know-how-is-no-personal-data"),
    (_EN_PREAMBLE + "Article 5 Research\n5.1 The University shall carry out the Research.\nIN WITNESS WHEREOF, the Parties "
     "have signed this Agreement.\nHokushin University\nBy: ________\nORDER FORM\nPart B - Special Terms\nB.2 Model "
     "Improvement. The University grants Sponsor a perpetual, irrevocable, worldwide, royalty-free licence, with the "
     "right to sublicense, to use Research Data and any University Background IP uploaded to the Platform for training "
     "and improving Sponsor's products.\n", "IP-02", True, "en-an-order-form-after-the-signatures-is-read"),
    (_EN_PREAMBLE + "Article 9 Monitoring\n9.2 The University shall issue each Monitor personal log-in credentials for remote, "
     "read-only access to its electronic medical record system, and such access shall not be restricted to the records "
     "of subjects or to particular modules or periods." + _EN_TERM, "DAT-01", True,
     "en-a-monitors-log-in-not-restricted-to-the-subjects-records"),
    (_EN_PREAMBLE + "Article 11 Data Protection\n11.2 The Sponsor may transfer coded Study Data to its data management "
     "provider in the European Union and to PMDA and other regulatory authorities only to the extent that such transfer "
     "is covered by the subject's consent under Article 5.2." + _EN_TERM, "DAT-04", False,
     "en-coded-trial-data-to-regulators-as-the-patients-consented"),
    (_EN_PREAMBLE + "Article 12 Intellectual Property\n12.1 Each Party grants the other a non-exclusive licence to use its "
     "Background IP solely for carrying out the joint research.\n12.5 The Sponsor may, without the consent of the "
     "University, grant licences (including exclusive licences) under the Jointly Owned IP to its Affiliates." + _EN_TERM,
     "IP-02", False, "en-we-are-the-object-of-the-licence-we-do-not-grant"),
    (_EN_PREAMBLE + "Article 7 Continuation\n7.1 Except as expressly amended by this Amendment, all terms and conditions of "
     "the Agreement, including Article 10 (Confidentiality) and Article 13 (Export Control), remain unchanged and in "
     "full force and effect." + _EN_TERM, "CON-01", False, "en-an-article-headed-confidentiality-named-in-a-list"),
    (_JA_PREAMBLE + "第3条（協力の分野）\n２　甲及び乙は、前項各号に定める分野のほか、両機関の研究担当者の間で合意したいかなる分野についても、"
     "別途の契約を締結し、又は各機関の審査を経ることを要せず、本覚書に基づき共同研究を開始することができる。\n第4条（期間）\n本覚書の"
     "期間は5年とする。\n", "TRA-03", True, "ja-any-field-the-researchers-agree-without-review"),
]

_BLIND_729_TO_732 = [
    (_EN_PREAMBLE + "Article 8 Reading Room\n8.1 The University shall provide access to the Reading Room to researchers "
     "and staff of the Sponsor whose names have been notified to the University at least fourteen (14) days in advance."
     + _EN_TERM, "DAT-03", False, "en-readers-named-to-us-in-advance"),
    (_EN_PREAMBLE + "Exhibit D Background\nD.2 Sponsor Background Technology: KR Patent No. 10-2412345 \u201cDry electrode "
     "for secondary battery\u201d and its family members.\n" + _EN_TERM, "FUN-04", False,
     "en-a-patents-family-members"),
    (_JA_PREAMBLE + "第4条（研究担当者）\n３　甲は、甲の学生を本共同研究に参加させる場合には、当該学生に本契約の内容を説明し、秘密保持等について"
     "甲が定める誓約書を提出させるものとする。\n第5条（期間）\n本契約の期間は2年とする。\n", "CON-01", False,
     "ja-our-students-told-what-the-agreement-asks"),
    (_EN_PREAMBLE + "WHEREAS the Sponsor is mandated by its Member States to support the early detection and control of "
     "communicable disease threats, including through the operation of a regional surveillance platform;\n"
     "Article 1 Purpose\n1.1 The parties share surveillance data." + _EN_TERM, "EXP-02", False,
     "en-a-disease-surveillance-platform"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.1 The University retains the right to publish, at any time and without the "
     "consent of the Sponsor, any analysis of its own data." + _EN_TERM, "PUB-01", False,
     "en-we-may-publish-without-their-consent"),
    (_EN_PREAMBLE + "Exhibit B IP Terms\nB.7.3 University shall not be required to disclose University Background IP that "
     "it is not free to disclose because of obligations owed to third parties, including public funding agencies.\n"
     + _EN_TERM, "COI-01", False, "en-we-are-excused-from-disclosing-background"),
]

_BLIND_733_TO_740 = [
    (_EN_PREAMBLE + "Article 8 Laboratory Status and Government Rights\n8.2 Notwithstanding any other provision of this "
     "Agreement, the Sponsor may furnish any Proprietary Information received from the University under this Agreement "
     "to DOE or to any other agency of the United States Government upon request, without notice to the University, "
     "and such furnishing shall not constitute a breach of this Agreement." + _EN_TERM, "DAT-04", True,
     "en-furnished-to-their-government-on-request-without-notice"),
    # a definition wrapped over a PDF's lines still glosses the term that uses it
    (_EN_PREAMBLE + "Article 1 Definitions\n\u201cInvestor Affiliate\u201d means the Lead Investor, any fund managed or "
     "advised by the Lead Investor or by\nany of its general partners, any entity in which any such fund holds an "
     "investment, in each case\nwherever incorporated or resident;\nArticle 3 Sublicensing\n3.2 Notwithstanding clause "
     "3.1, the Sponsor may, without the consent of or notice to the University, grant sublicences under the Licensed "
     "Rights to, and disclose and transfer the Licensed Know-How to, any Investor Affiliate for any purpose connected "
     "with the development of products." + _EN_TERM, "EXP-05", True, "en-know-how-to-an-investors-portfolio-anywhere"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.4 Publications shall acknowledge the Sponsor\u2019s support unless the "
     "Sponsor asks not to be named, and shall state the University affiliation of University authors." + _EN_TERM,
     "IP-06", False, "en-the-sponsor-may-ask-not-to-be-named"),
    (_EN_PREAMBLE + "Article 11 Certificates\n11.2 Course certificates issued on the Platform shall state that they are "
     "issued by the Sponsor on behalf of the University and shall not state or imply that they confer University credit "
     "or a University degree." + _EN_TERM, "IP-06", False, "en-certificates-must-not-claim-our-credit"),
    (_JA_PREAMBLE + "第7条（地上観測データの提供）\n３　地上観測データに関する権利は乙に帰属する。甲は、地上観測データそのものを"
     "第三者に開示する場合には、事前に乙の書面による同意を得るものとする。ただし、地上観測データを用いた解析の結果を公表することは"
     "妨げられない。\n第8条（期間）\n本契約の期間は2年とする。\n", "PUB-01", False,
     "ja-their-field-data-passed-on-with-consent-our-analyses-published-freely"),
    (_JA_PREAMBLE + "第2条（定義）\n（３）　「地上観測データ」　乙が協力農場において取得した分光反射率の測定値、作物生育調査の結果及び"
     "測定地点の位置情報であって、乙が本契約に基づき甲に提供するものをいう。\n第8条（期間）\n本契約の期間は2年とする。\n",
     "DAT-03", False, "ja-where-readings-were-taken-is-no-ones-personal-data"),
    ("個人データの提供に関する契約書\n北辰大学（以下「甲」という。）とフォルケ社（以下「乙」という。）とは、甲が保有する学内情報システム"
     "の認証ログ等に含まれる個人データを、甲の研究のための分析を目的として乙に提供することに関し、次のとおり契約を締結する。\n"
     "第1条（目的）\n本契約は、個人データの適正な取扱いを確保するために必要な事項を定める。\n第8条（期間）\n本契約の期間は2年とする。\n",
     "DAT-03", False, "ja-a-preamble-naming-what-the-agreement-is-about"),
]

_BLIND_741_TO_748 = [
    (_EN_PREAMBLE + "Clause 10 Reports\n10.3 In order to meet the Sponsor's requirements for overseas fellows, the "
     "Visiting Researcher shall, within fifteen (15) days after the end of each calendar quarter, submit to the Sponsor's "
     "Office of International Cooperation a progress report enclosing copies of her laboratory records, raw imaging data "
     "sets and unpublished results obtained at the University during that quarter." + _EN_TERM, "PER-04", True,
     "en-a-visitors-quarterly-report-home-with-a-deadline-between"),
    (_EN_PREAMBLE + "Article 1 Background\n1.1 The Visiting Researcher holds a PhD in neurobiology and is employed as a "
     "postdoctoral research fellow by the Sponsor." + _EN_TERM, "PER-01", False,
     "en-a-postdoctoral-fellow-of-theirs-holds-no-post-of-ours"),
    (_EN_PREAMBLE + "Article 6 Governance\n6.3 The appointment or replacement of the Centre Director and of any "
     "Principal Investigator, and any change to the Centre's research themes, shall require the prior written approval "
     "of the Sponsor, which may be given or withheld in its sole discretion." + _EN_TERM, "FUN-06", True,
     "en-the-funder-approves-leaders-and-themes-at-its-discretion"),
    (_EN_PREAMBLE + "Article 7 Reporting\n7.4 The Sponsor may, at its own cost and once during the Grant Period, "
     "commission an independent mid-term review of the Centre by a panel of experts. The review shall assess scientific "
     "quality and the use of funds and shall not extend to unpublished results." + _EN_TERM, "DAT-04", False,
     "en-a-review-the-funder-commissions-is-no-government-commission"),
    (_EN_PREAMBLE + "Section 6 Use of Names\n(b) The University will send the Sponsor a proof of any printed material "
     "that bears the Sponsor logo before printing, and the Sponsor may request corrections to the reproduction of its own "
     "name and logo only." + _EN_TERM, "DAT-03", False, "en-their-logo-on-our-programme-sent-as-a-proof"),
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.1 The Sponsor's mineral resource estimates, assay data and flowsheet "
     "designs disclosed under this Agreement are Confidential Information of the Sponsor." + _EN_TERM, "CON-01", False,
     "en-information-disclosed-under-the-agreement-is-not-the-agreement"),
    (_EN_PREAMBLE + "Section 10 Ownership\n10.3 The University shall have no right in any machine-learning model, "
     "algorithm or software of the Sponsor merely because it was trained or developed using the Licensed Data."
     + _EN_TERM, "IP-01", False, "en-their-own-models-trained-on-our-data-stay-theirs"),
    (_EN_PREAMBLE + "Article 1 Definitions\n(c) \"Representatives\" means, with respect to a Party, its employees, and in "
     "the case of the University its research staff and guest researchers holding a current appointment, and in the "
     "case of the Sponsor its Laboratory employees." + _EN_TERM, "PER-01", False,
     "en-a-definition-listing-each-sides-people"),
]

_BLIND_749_TO_756 = [
    (_EN_PREAMBLE + "Section 8 Publication\n(2) Members of the National Team shall not publish, present at conferences or "
     "otherwise make public any results based on the National Survey Data, including analyses restricted to the Japanese "
     "sample, before the Integrated Data File has been released by the Sponsor." + _EN_TERM, "PUB-02", True,
     "en-our-own-sample-held-until-they-release-the-pooled-file"),
    (_EN_PREAMBLE + "Article 8 Results\n8.1 All results and deliverables conceived by the Sponsor in the course of the "
     "Services shall be the sole and exclusive property of the University. The Sponsor hereby assigns to the University "
     "all of its right, title and interest in and to the results." + _EN_TERM, "IP-01", False,
     "en-a-service-laboratory-assigns-its-results-to-us"),
    (_EN_PREAMBLE + "Article 2 Transfer\n2.1 The Sponsor shall transfer the Original Material to the University as soon as "
     "healthy animals or viable embryos of the required genotype become available from the Sponsor's colony."
     + _EN_TERM, "DAT-03", False, "en-mice-of-the-required-genotype-are-no-ones-personal-data"),
    (_EN_PREAMBLE + "WHEREAS, researchers of the University will be engaged in human subjects research in the Study, "
     "including the analysis of identifiable survey and interview data;\nArticle 1 Reliance\n1.1 The Sponsor's board "
     "is the board of record." + _EN_TERM, "DAT-03", False, "en-a-recital-of-our-own-researchers-work"),
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.2 Where the University or the Sponsor is requested to disclose "
     "Confidential Information under laws and regulations or an order of a court or administrative authority, it may "
     "disclose such information to the minimum extent necessary after notifying the other party in advance."
     + _EN_TERM, "DAT-04", False, "en-mutual-compelled-disclosure-after-notice"),
    (_EN_PREAMBLE + "Article VII Export Control\nB. The University shall not upload to Facility Systems any software, "
     "technology or data that is controlled for export, other than items classified EAR99, without first notifying the "
     "Sponsor's export control office in writing and obtaining its confirmation.\nD. The University acknowledges that "
     "approval of an account does not constitute an export license for any purpose." + _EN_TERM, "EXP-01", False,
     "en-a-duty-to-check-first-and-an-account-that-is-no-licence"),
    (_JA_PREAMBLE + "第15条（成果の公表）\n１　甲は、本試験の成果を、学術論文、学会発表その他の方法により自由に公表することができる。"
     "ただし、乙の既存技術に属する乙の秘密情報を公表しようとする場合には、事前に乙の同意を得るものとする。\n第16条（期間）\n"
     "本契約の期間は2年とする。\n", "PUB-01", False, "ja-only-their-secrets-need-their-consent"),
    (_JA_PREAMBLE + "第3条（業務の実施）\n３　乙は、中華人民共和国の渉外統計調査に関する法令に基づき、調査票その他の資料を同国の統計主管"
     "部門に提出する必要がある場合には、事前に提出する資料の範囲を甲に通知し、甲と協議の上これを行うものとする。提出する資料は"
     "調査票に限り、調査データを含まないものとする。\n第4条（期間）\n本契約の期間は2年とする。\n", "LAW-02", False,
     "ja-their-questionnaire-filed-with-their-statistics-office-after-telling-us"),
    (_JA_PREAMBLE + "第11条（データの保管）\n調査データは、乙が適当と認める場所において保管するものとし、甲への個票データの提供は、乙が"
     "必要と判断する加工を施した上で行うものとする。\n第12条（期間）\n本契約の期間は2年とする。\n", "DAT-03", False,
     "ja-survey-records-coming-to-us"),
]

_BLIND_757_TO_764 = [
    (_EN_PREAMBLE + "Article 4 Safety\n4.3 The University shall report serious adverse events to the Sponsor within "
     "twenty-four (24) hours of\nbecoming aware of them, and shall report to the Ethics Committee and competent "
     "authorities as required by\nlaw. The Sponsor shall promptly inform the University of any information that may "
     "adversely affect the safety\nof Study Subjects." + _EN_TERM, "LAW-02", False, "en-a-trials-safety-reports-to-authorities"),
    (_EN_PREAMBLE + "Article 4 Safety\n4.3 The University shall report serious adverse events to the Sponsor within "
     "twenty-four (24) hours of\nbecoming aware of them, and shall report to the Ethics Committee and competent "
     "authorities as required by\nlaw. The Sponsor shall promptly inform the University of any information that may "
     "adversely affect the safety\nof Study Subjects." + _EN_TERM, "DAT-04", False,
     "en-a-trials-safety-reports-as-required-by-law-wrapped"),
    (_EN_PREAMBLE + "Article 3 Students\n3.3 The academic progress of any student, including the timing of the submission "
     "and defence of any thesis, shall not be delayed by reason of obligations under this Agreement." + _EN_TERM,
     "EXP-02", False, "en-a-thesis-defence-is-no-defence-use"),
    (_EN_PREAMBLE + "Article 2 Research Plan\nWork Package 2 (University, with Sponsor participation) - Kinetics and "
     "operando spectroscopy of at least 40 catalyst compositions (months 6-18)." + _EN_TERM, "PER-01", False,
     "en-a-work-package-is-no-work-at-the-partner"),
    (_EN_PREAMBLE + "Article 13 Visits\n13.2 Any visit by University Researchers to Sponsor offices or field operations "
     "shall be agreed in advance, and the visiting researchers shall comply with the applicable United Nations security "
     "management arrangements, including security clearance and briefing requirements." + _EN_TERM, "LAW-02", False,
     "en-visitors-follow-the-hosts-field-security"),
    (_EN_PREAMBLE + "Article 14 Compliance\nC. The University shall comply with the trafficking in persons requirements "
     "of 2 CFR 175.15 and the whistleblower protections of 41 U.S.C. 4712." + _EN_TERM, "CON-03", False,
     "en-whistleblower-protections-flowed-down"),
    (_JA_PREAMBLE + "第10条（臨床データ）\n２　甲は、甲附属病院で取得した被験者のPET/CT画像データ、血液検査値及び臨床経過情報（被験者の"
     "氏名を除き、生年月日、性別及び甲附属病院の患者ID番号を含む。）を、取得後速やかに乙がベルギー王国内に設置するサーバーに"
     "転送するものとし、乙は、これらの情報を乙の医薬品開発の目的のために利用することができる。\n第11条（期間）\n本契約の期間は"
     "2年とする。\n", "DAT-03", True, "ja-patient-ids-and-birth-dates-forwarded-to-their-server-abroad"),
]

_BLIND_765_TO_772 = [
    (_EN_PREAMBLE + "Article 6 Data\n6.3 Upon submission, all Measurement Results, raw data files and other records "
     "submitted by the University shall become the sole and exclusive property of the Sponsor." + _EN_TERM, "DAT-05", True,
     "en-our-submitted-data-becomes-their-sole-property"),
    (_EN_PREAMBLE + "Article 2 Appointment\n2.1 The Sponsor appoints the University, on a non-exclusive basis, to perform "
     "the Services for the purposes of the Certification Scheme." + _EN_TERM, "PER-01", False,
     "en-our-laboratory-engaged-for-a-service-holds-no-post"),
    (_EN_PREAMBLE + "Article 4 Payments\n4.3 The Sponsor may reduce or withhold any payment if the University has not met "
     "a milestone, provided that the Sponsor first consults with the University." + _EN_TERM, "COI-01", False,
     "en-a-proviso-that-they-consult-us-first"),
    (_EN_PREAMBLE + "Article 1 Definitions\n\u201cAffiliate\u201d means any entity that controls a Party, including any "
     "government authority that controls it.\nArticle 6 Confidentiality\n6.2 The Receiving Party shall not disclose "
     "Confidential Information to any Affiliate, contractor, consultant or other third party without the prior written "
     "consent of the Disclosing Party." + _EN_TERM, "CON-03", False, "en-a-ban-on-disclosure-to-state-owned-affiliates"),
    (_EN_PREAMBLE + "Clause 8 Sensors\n8.4 The University shall not connect the University Sensors to any network other "
     "than the Sponsor's platform, and shall apply the security measures required by the National Security Framework "
     "(Esquema Nacional de Seguridad) as communicated by the Sponsor." + _EN_TERM, "LAW-02", False,
     "en-the-it-security-baseline-of-their-network"),
    (_JA_PREAMBLE + "第11条（情報公開）\n甲は、乙が米国連邦政府の機関として米国情報自由法その他の米国連邦法令に基づく情報の開示請求の対象となる"
     "ことを了知し、乙は、甲が独立行政法人等の保有する情報の公開に関する法律その他の日本国の法令に基づく開示請求の対象となることを"
     "了知する。\n第12条（期間）\n本契約の期間は2年とする。\n", "DAT-04", False,
     "ja-each-sides-freedom-of-information-law"),
    (_JA_PREAMBLE + "第8条（資料の取扱い）\n甲の研究担当者は、本件資料の閲覧、撮影及び調査に当たり、乙図書館の特別資料取扱規程及び乙の"
     "修復担当者の指示に従う。\n第9条（期間）\n本契約の期間は2年とする。\n", "CMP-01", False,
     "ja-their-librarys-handling-rules-for-its-manuscripts"),
]

_BLIND_773_TO_780 = [
    (_JA_PREAMBLE + "第8条（研究員の受入れ）\n２　甲は、乙派遣研究員に対し、甲の環境生理学研究センター及び研究データサーバへの入室"
     "権限及びアクセス権限を付与するものとし、当該権限の範囲は本共同研究に係るものに限定されないものとする。\n第9条（期間）\n本契約の"
     "期間は2年とする。\n", "DAT-01", True, "ja-access-for-their-visitors-not-limited-to-the-project"),
    (_JA_PREAMBLE + "第6条（研究担当者）\n２　乙から派遣される研究担当者は、甲の施設に立ち入る場合は、甲の安全衛生及び情報セキュリティに"
     "関する規則に従うものとする。甲から派遣される研究担当者についても、乙の規則に従うものとする。\n第7条（期間）\n本契約の期間は"
     "2年とする。\n", "CMP-01", False, "ja-each-sides-visitors-follow-the-hosts-rules"),
    (_EN_PREAMBLE + "Clause 10 Government Requests\n10.2 The Sponsor may, upon the request of any ministry or agency of its "
     "government, furnish to such requesting authority any project data in its possession, and the Sponsor shall not be "
     "required to notify the University of any such disclosure." + _EN_TERM, "COI-01", False,
     "en-their-disclosures-to-their-state-are-no-conflict-of-interest"),
]

_BLIND_781_TO_788 = [
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 Where the Sponsor notifies the University within the review period that a "
     "proposed publication discloses Foreground that the Sponsor may wish to protect, the University shall postpone the "
     "publication for as long as the Sponsor requires, without any maximum period." + _EN_TERM, "PUB-03", False,
     "en-a-hold-for-as-long-as-they-require-edits-nothing"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 Where the Sponsor notifies the University within the review period that a "
     "proposed publication discloses Foreground that the Sponsor may wish to protect, the University shall postpone the "
     "publication for as long as the Sponsor requires, without any maximum period." + _EN_TERM, "PUB-02", True,
     "en-a-hold-for-as-long-as-they-require-is-open-ended"),
    (_EN_PREAMBLE + "Section 2 Scope\n2.2 The University will not disclose under this Agreement any information relating to "
     "an identified or identifiable individual, and the Sponsor will not disclose any technical data subject to the "
     "International Traffic in Arms Regulations." + _EN_TERM, "CON-01", False,
     "en-what-each-side-will-not-disclose-under-the-agreement-keeps-nothing-secret"),
    (_EN_PREAMBLE + "Clause 10 Publication\n10.1 The Sponsor holds the right of first publication of the excavations. "
     "Accordingly, the University shall not publish, present or otherwise make public any Results, including radiocarbon "
     "dates and genetic data, until the Excavation Director has published the final report of the excavation seasons "
     "from which the Samples derive." + _EN_TERM, "PUB-02", True,
     "en-no-publication-until-their-director-publishes-first"),
    (_EN_PREAMBLE + "Clause 1 Definitions\n1.6 \"Permit\" means the permit of the Ministry no. 2025/114 for the temporary "
     "removal of the Samples from the country, together with the conditions attached to it.\nClause 2 Provision of the "
     "Samples\n2.1 The Sponsor shall make the Samples available to the University in the quantities listed in Schedule "
     "1 and in accordance with the Permit." + _EN_TERM, "DAT-04", False,
     "en-a-ministrys-permit-defined-lets-no-ministry-in"),
    (_EN_PREAMBLE + "Article 9 Obligations towards the Sending Institute\n9.2 In addition, the visiting researcher shall "
     "submit to the Sending Institute, no later than the fifth day of each month, a written account of all work "
     "performed at the University in the preceding month, together with copies of the raw data and laboratory notebook "
     "entries. The University shall not restrict the preparation or transmission of such accounts." + _EN_TERM,
     "PER-04", True, "en-monthly-accounts-of-work-here-to-the-sending-institute"),
    (_EN_PREAMBLE + "Article 9 Reports\n9.3 The Sponsor may use the accounts and copies received under this Article for "
     "its own surveillance and reference functions." + _EN_TERM, "EXP-02", False,
     "en-a-reference-laboratorys-surveillance-functions-are-no-military-use"),
    (_EN_PREAMBLE + "Article 7 Data\n7.2 Each Party may use the Project Data for the purposes of the Project. Aggregated "
     "summaries of the Project Data may be included in the Sponsor's regular surveillance bulletins." + _EN_TERM,
     "EXP-02", False, "en-surveillance-bulletins-are-public-health-reports"),
    # set 758, once the licensee "established under the Private School Act of Japan" is read as ours
    (_EN_PREAMBLE + "Article 7 Intellectual Property\n7.1 All intellectual property rights in the Data, including "
     "database rights and copyright, remain vested in the Sponsor or its licensors.\n7.2 All intellectual property "
     "rights in the Outputs vest in the University." + _EN_TERM, "IP-01", False,
     "en-a-licensor-keeps-the-rights-in-the-data-it-licenses"),
]

_BLIND_789_TO_796 = [
    (_JA_PREAMBLE + "第10条（受入研究者の確認）\n３　乙は、甲の確認に必要な範囲において、受入研究者の経歴、乙以外の機関との雇用関係、外国政府"
     "等からの資金提供の有無その他甲が求める情報を、事実に即して甲に提供しなければならない。\n第11条（期間）\n本契約の期間は2年とする。\n",
     "DAT-04", False, "ja-a-visitors-foreign-government-funding-told-to-us-for-screening"),
    (_EN_PREAMBLE + "Article 11 Nomination and Recruitment of Students\n11.3 The University shall provide to the Sponsor's Office of "
     "Global Enrollment, no later than 31 May of each year, an electronic roster of all students enrolled in its Faculty "
     "of Business Administration, setting out each student's full name, e-mail address, grade point average and "
     "citizenship. The Sponsor may use it to contact such students directly." + _EN_TERM, "DAT-03", True,
     "en-a-roster-of-all-our-students-to-their-enrollment-office"),
    (_EN_PREAMBLE + "Art. 10 Intellectual Property\n10.4 The Sponsor may decide alone whether and where to seek "
     "protection of such results and may entrust their management to its technology transfer subsidiary." + _EN_TERM,
     "IP-03", True, "en-they-may-decide-alone-whether-and-where-to-seek-protection"),
]

_BLIND_797_TO_804 = [
    (_EN_PREAMBLE + "Article 11 Exploitation\n11.2 The University hereby grants to the Sponsor the exclusive right to "
     "negotiate and grant licences under the University's share of all Joint Foreground IP, worldwide and for all "
     "fields of use, and no obligation of diligence, milestone or time limit shall apply to the Sponsor in respect of "
     "such right." + _EN_TERM, "IP-04", True, "en-an-exclusive-right-with-no-diligence-milestone-or-time-limit"),
    (_JA_PREAMBLE + "第5条（提供の方法）\n３　甲は、生体マウスの受入れに当たり、感染症の予防及び感染症の患者に対する医療に関する法律に基づく"
     "輸入届出その他の手続を甲の責任において行い、乙は、当該手続に必要な健康証明書その他の書類を甲の求めに応じて提供する。\n第6条（期間）\n"
     "本契約の期間は2年とする。\n", "DAT-03", False, "ja-a-mouse-shipments-health-certificate-is-no-patient-data"),
    (_EN_PREAMBLE + "Article 9 Requests by Public Authorities\n9.1 The University shall comply with Clause 15 of the SCCs. In "
     "particular, if the University receives a legally binding request from a public authority for disclosure of the "
     "Data, it shall, where permitted by law, promptly notify the Sponsor, review the legality of the request, "
     "challenge it where there are reasonable grounds to consider it unlawful, and provide only the minimum "
     "information permissible." + _EN_TERM, "LAW-02", False, "en-clause-15-of-the-sccs-is-a-safeguard"),
    (_EN_PREAMBLE + "Article 9 Intellectual Property\n9.4 Except for the publication of Research Results in accordance with "
     "Clause 8, the University shall not use, license or otherwise exploit the Research Results without the prior "
     "written consent of the Sponsor." + _EN_TERM, "PUB-01", False,
     "en-publication-carved-out-of-a-restraint-on-using-results"),
    (_EN_PREAMBLE + "Article 11 Visits\n11.1 Representatives of the Sponsor may visit the University's laboratories on "
     "reasonable prior notice. Visitors shall be accompanied by the Principal Investigator at all times, shall comply "
     "with the University's safety and security rules, and may be refused access to areas or information unrelated to "
     "the Research." + _EN_TERM, "DAT-01", False, "en-visitors-who-may-be-refused-access-to-what-is-unrelated"),
    (_JA_PREAMBLE + "第9条（個人情報）\n甲及び乙は、本研究の実施に当たり個人情報を取り扱う場合には、フィリピン共和国のデータプライバシー法"
     "（共和国法第10173号）及び日本国の個人情報の保護に関する法律その他それぞれに適用される法令に従い、適正に取り扱うものとする。\n"
     "第10条（期間）\n本契約の期間は2年とする。\n", "LAW-02", False, "ja-each-side-under-the-laws-that-apply-to-it"),
    (_EN_PREAMBLE + "10. Export\n(a) The Sponsor has determined that the Original Material is classified as EAR99 under the "
     "Export Administration Regulations of the United States and that no export license is required for its shipment "
     "to Japan." + _EN_TERM, "EXP-01", False, "en-the-senders-ear99-determination-waives-no-review"),
]

_BLIND_805_TO_812 = [
    (_EN_PREAMBLE + "Article 8 Intellectual Property\n8.7 Notwithstanding Article 7 and Articles 8.3 and 8.5, the Sponsor "
     "may disclose, transfer and make available the Results, the Joint Intellectual Property and any technical "
     "information received from the University under this Agreement to any of its Affiliates, wherever located, and "
     "such Affiliates may use the same for any purpose without further consent of or notice to the University. The "
     "Sponsor shall be responsible for the acts of its Affiliates in this respect." + _EN_TERM, "EXP-05", True, "en-to-affiliates-wherever-located-without-further-consent"),
    (_JA_PREAMBLE + "第10条（研究成果の公表）\n３　甲及び乙は、研究成果を公表する場合には、相手方の貢献及び研究担当者の所属を明記し、"
     "DOEの支援に係る謝辞については乙の定める様式に従うものとする。\n第11条（期間）\n本契約の期間は2年とする。\n", "IP-06",
     False, "ja-every-affiliation-stated-and-a-funders-thanks-in-their-form"),
    (_JA_PREAMBLE + "第8条（費用）\n２　前項の乙の支出は、甲が、本協定締結の日から1年以内に、甲の研究室が甲の構内において保有する主要研究設備と"
     "同等の設備一式を本センターに整備し、かつ、当該研究室において実施中の研究課題と同一の研究課題を本センターにおいて並行して実施する"
     "体制を整えることを条件とする。\n第9条（期間）\n本協定の期間は5年とする。\n", "FUN-02", True,
     "ja-their-money-on-condition-that-we-mirror-our-lab-at-their-centre"),
    (_JA_PREAMBLE + "第18条（公表）\n乙は、本研究の完了日又は本契約の終了日のいずれか遅い日から2年を経過した後に限り、研究成果を学会、論文その他"
     "の方法により公表することができる。\n第19条（期間）\n本契約の期間は2年とする。\n", "PUB-02", True,
     "ja-publication-only-after-two-years"),
    (_JA_PREAMBLE + "第7条（報告）\n４　乙は、前項の報告により甲から提供を受けた研究成果及び研究データを、乙の関連機関、共同研究先その他乙が指定"
     "する協力機関に対し、甲の事前の承諾を要することなく開示し、又は利用させることができるものとする。\n第8条（期間）\n本契約の期間は"
     "2年とする。\n", "TRA-01", True, "ja-our-results-to-their-affiliates-and-designated-collaborators"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.2 No Party shall be required to obtain the approval of the Sponsor before "
     "publication." + _EN_TERM, "PUB-01", False, "en-no-party-need-obtain-their-approval-before-publication"),
    (_EN_PREAMBLE + "Article 13 Export Control\n13.2 No Institution shall be obliged to provide any technology, software, "
     "equipment or sample to the other institution if doing so would require an export licence that has not been "
     "obtained, and any delay resulting from an export control review shall not constitute a breach of this "
     "Agreement." + _EN_TERM, "EXP-01", False, "en-no-institution-obliged-to-provide-without-a-licence"),
    (_EN_PREAMBLE + "Article 11 Deliverables\n11.1 Upon payment in full of the applicable fees, all right, title and interest "
     "in the Deliverables, excluding any University background materials incorporated therein, shall vest in the "
     "Sponsor. The University retains ownership of all University background materials and of the general skills "
     "and experience acquired by its personnel, and may continue to use general methods and findings in its own "
     "research and teaching." + _EN_TERM, "IP-01", False, "en-deliverables-to-the-client-with-our-research-use-kept"),
]

_BLIND_813_TO_820 = [
    (_EN_PREAMBLE + "Article 5 Financial Conditions\n5.2 The Host Party shall provide each Exchange Teacher, free of charge, "
     "with furnished accommodation in its guest house, and shall pay a monthly allowance for living costs of 120,000 yen "
     "per month." + _EN_TERM, "FUN-04", False, "en-an-exchanges-living-allowance-paid-by-each-host"),
    (_JA_PREAMBLE + "第8条（施設の利用）\n２　前項の施設等の利用は、甲及び乙の双方において同一の条件により相互に認めるものとし、研究室、実験施設、"
     "学内情報システムの管理者権限その他前項に定める範囲を超える利用は、受入大学が個別に審査し、許可した場合に限る。\n第9条（期間）\n"
     "本協定の期間は5年とする。\n", "DAT-01", False, "ja-wider-access-only-once-the-host-has-reviewed-and-allowed-it"),
    (_EN_PREAMBLE + "Article 9 Ownership\n9.1 Subject to Clauses 9.2 and 9.3 and to payment of the Fees, all Study Data, Final "
     "Reports and results of the Studies relating to the Test Article shall be the property of the Sponsor, and the "
     "Sponsor may use them for any purpose, including regulatory submissions in any country." + _EN_TERM, "IP-01", False,
     "en-a-testing-services-reports-on-the-clients-test-article"),
    (_EN_PREAMBLE + "Article 2 Use of the Data\n2.2 The University shall not:\n(a) use the Data for any purpose other than "
     "the Permitted Purpose;\n(b) attempt to re-identify any individual." + _EN_TERM, "EXP-02", False,
     "en-a-ban-on-any-purpose-other-than-the-permitted-one-is-no-open-end-use"),
    (_EN_PREAMBLE + "Article 5 Independence\n5.2 The Consultant has no authority to bind the Sponsor or to hold himself out as "
     "an officer, employee or representative of the Sponsor, and shall not describe himself as holding any position "
     "with the Sponsor." + _EN_TERM, "PER-01", False, "en-no-authority-to-bind-them-is-no-post-with-them"),
    (_JA_PREAMBLE + "第17条（競業の制限）\n甲は、本契約の有効期間中及び本契約の終了後5年間、乙の事前の書面による同意を得ることなく、スポジュメン"
     "その他のリチウム含有鉱物の選鉱、焙焼及び浸出に関する研究を、第三者と共同で実施し、又は第三者から研究資金若しくは試料の提供を受けて"
     "実施してはならない。\n第18条（期間）\n本契約の期間は2年とする。\n", "PUB-04", True,
     "ja-five-years-without-research-in-a-named-field-with-others"),
    (_EN_PREAMBLE + "Article 6 Research Materials\n6.2 At the end of the Research Programme the University shall return or "
     "dispose of any remaining Research Materials as the Sponsor directs, at the Sponsor's cost." + _EN_TERM, "PUB-03",
     False, "en-their-materials-returned-as-they-direct-edit-nothing"),
]

_BLIND_821_TO_828 = [
    (_EN_PREAMBLE + "Article 8 Data\n8.4 The Sponsor may provide the University's Content, Results and user account "
     "information to any governmental, regulatory, law enforcement or national security authority that requests them, and "
     "the University consents to such disclosure without notice to the University." + _EN_TERM, "DAT-04", True,
     "en-a-consent-given-in-advance-to-any-authority-that-asks-is-government-access"),
    (_EN_PREAMBLE + "Article 8 Data\n8.4 The Sponsor may provide the University's Content, Results and user account "
     "information to any governmental, regulatory, law enforcement or national security authority that requests them, and "
     "the University consents to such disclosure without notice to the University." + _EN_TERM, "EXP-05", False,
     "en-content-handed-to-an-authority-that-asks-is-no-re-export"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.2 The University shall not publish, present or otherwise make public any "
     "research output based on the Digital Images until the Sponsor has opened its Digital Collection to the public, the "
     "date of which the Sponsor shall fix at its discretion." + _EN_TERM, "PUB-02", True,
     "en-no-paper-until-their-collection-opens-on-a-date-they-fix"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.2 The University must not, and must ensure that its participants do not, "
     "publish, present or submit for publication any results derived from the Voyage Data until thirty-six (36) months "
     "after the last day of the voyage, or such later date as the Sponsor may notify." + _EN_TERM, "PUB-02", True,
     "en-three-years-after-the-voyage-or-any-later-date-they-notify"),
    (_EN_PREAMBLE + "Article 4 Data Contributions\n4.2 The University shall upload to the data exchange platform every "
     "vulnerability record arising from its research, including unpublished vulnerabilities and proof-of-concept code, "
     "within thirty (30) days of the vulnerability being identified, whereas each Consortium Member shall contribute such "
     "vulnerability records, if any, as it may determine in its sole discretion." + _EN_TERM, "REC-01", True,
     "en-we-upload-everything-whereas-the-members-give-what-they-choose"),
    (_EN_PREAMBLE + "Article 4 Use of Facilities\n4.1 The University shall, in each academic year, provide researchers of "
     "the Sponsor with berths on its training vessel, at the University's cost.\n4.2 The Sponsor shall, at its discretion "
     "and to the extent possible, give consideration to the use of its facilities by researchers of the University."
     + _EN_TERM, "REC-01", True, "en-their-side-only-gives-consideration-at-its-discretion"),
    (_JA_PREAMBLE + "第4条（施設及び船舶の利用）\n１　甲は、乙の教員に対し、毎年度、甲の練習船による乗船実習の機会を提供するものとし、"
     "その経費は甲が負担する。\n２　乙は、甲の教員による乙の施設の利用について、乙の裁量により、可能な範囲で配慮する。\n第5条（期間）\n"
     "本契約の期間は2年とする。\n", "REC-01", True, "ja-their-side-only-considers-at-its-discretion"),
    (_JA_PREAMBLE + "第3条（交流職員の受入れ）\n２　乙が指名した交流職員については、甲は独自の選考又は審査を行うことなくこれを受け入れ、"
     "当該職員に対し、甲の収蔵庫及び学内研究ネットワークへの常時の立入り及びアクセスを認めるものとする。\n第4条（期間）\n"
     "本契約の期間は2年とする。\n", "PER-03", True, "ja-their-nominees-admitted-without-our-own-screening"),
    (_EN_PREAMBLE + "Article 4 Handling of the Collection\n4.3 The University shall ensure that its personnel handle the "
     "items in accordance with the Sponsor's handling guidelines and any instructions given by the conservator, and shall "
     "immediately report any damage observed during the work." + _EN_TERM, "CMP-01", False,
     "en-handling-their-items-as-their-conservator-says-overrides-nothing"),
    (_EN_PREAMBLE + "Article 12 Confidentiality of Terms\n12.2 The University shall keep the existence and terms of this "
     "Agreement, including the Fees, strictly confidential and shall not disclose them to any third party, including any "
     "funding body, auditor or public authority." + _EN_TERM, "COI-01", False,
     "en-the-institution-keeping-the-agreement-secret-is-no-researchers-hidden-interest"),
    (_EN_PREAMBLE + "Article 12 Confidentiality of Terms\n12.2 The University shall keep the existence and terms of this "
     "Agreement, including the Fees, strictly confidential and shall not disclose them to any third party, including any "
     "funding body, auditor or public authority." + _EN_TERM, "CON-01", True,
     "en-the-institution-keeping-the-agreement-from-funders-is-still-secrecy-of-terms"),
    (_JA_PREAMBLE + "第11条（秘密保持）\n２　前項の規定にかかわらず、甲は、本契約の内容、本寄附の金額及び乙との連絡会議における協議の"
     "内容を、乙の事前の書面による承諾なく、第三者（文部科学省その他の行政機関及び研究資金配分機関を含む。）に開示してはならない。\n"
     "第12条（期間）\n本契約の期間は2年とする。\n", "COI-01", False,
     "ja-the-institution-keeping-the-gift-from-mext-is-no-researchers-hidden-interest"),
]

_BLIND_829_TO_836 = [
    (_EN_PREAMBLE + "Article 12 Publication\n12.2 The University shall not submit for publication or otherwise make public "
     "any result derived from Restricted Data until the Science Working Team has completed its first-results "
     "publications for the observation phase, or until the Archive Steering Board declares the data released, whichever "
     "occurs later."
     + _EN_TERM, "PUB-02", True, "en-held-until-their-team-has-published-or-a-board-declares-the-data-released"),
    (_EN_PREAMBLE + "Article 10 Ownership of Data and Intellectual Property\n10.2 All Mission Data, including raw telemetry, housekeeping data and "
     "calibration data, shall vest exclusively in the Sponsor. The University shall not retain, archive or use any "
     "Mission Data after the end of the mission without the prior written permission of the Sponsor." + _EN_TERM,
     "IP-01", False, "en-the-mission-data-vested-in-them-is-a-data-question-not-all-results"),
    (_EN_PREAMBLE + "Article 10 Ownership of Data and Intellectual Property\n10.2 All Mission Data, including raw telemetry, housekeeping data and "
     "calibration data, shall vest exclusively in the Sponsor. The University shall not retain, archive or use any "
     "Mission Data after the end of the mission without the prior written permission of the Sponsor." + _EN_TERM,
     "DAT-05", True, "en-we-may-keep-none-of-the-mission-data-is-still-reported"),
    (_JA_PREAMBLE + "第11条（研究データ）\n２　本研究の実施により得られた実験データ、計測記録、画像その他一切の研究データ（以下「本研究データ」"
     "という。）に関する権利は、その作成者のいかんを問わず、全て乙に帰属するものとする。\n第12条（期間）\n本契約の期間は2年とする。\n",
     "IP-01", False, "ja-the-research-data-vested-in-them-is-a-data-question-not-all-results"),
    (_JA_PREAMBLE + "第20条（解除）\n３　甲又は乙は、法令の改正、監督官庁の命令その他の事由により本データの提供又は利用が違法となり、又は"
     "著しく困難となった場合には、相手方に書面で通知することにより、直ちに本契約を解除することができる。\n第21条（期間）\n"
     "本契約の期間は2年とする。\n", "DAT-04", False, "ja-ending-the-agreement-when-a-regulator-makes-it-unlawful"),
    (_JA_PREAMBLE + "第20条（解除）\n３　甲又は乙は、法令の改正、監督官庁の命令その他の事由により本データの提供又は利用が違法となり、又は"
     "著しく困難となった場合には、相手方に書面で通知することにより、直ちに本契約を解除することができる。\n第21条（期間）\n"
     "本契約の期間は2年とする。\n", "TRA-01", False, "ja-a-regulators-order-that-ends-the-agreement-names-no-third-party"),
    (_EN_PREAMBLE + "Article 14 Subcontracting\n14.2 The University shall not subcontract any part of the Research without "
     "the prior written consent of the Sponsor. Analytical services bought from commercial laboratories are not "
     "subcontracting.\n5 Notice periods run from the date of receipt of the notice as determined under Article 16_1."
     + _EN_TERM, "PUB-01", False,
     "en-consent-to-subcontract-beside-a-footnote-citing-an-article-is-no-publication-veto"),
    (_JA_PREAMBLE + "第13条（研究成果の公表）\n３　研究成果の公表に当たっては、受入研究者の所属を乙とするとともに、甲の原子炉施設を利用した旨"
     "及び甲の共著者の所属を明記するものとする。\n第14条（期間）\n本契約の期間は2年とする。\n", "IP-06", False,
     "ja-the-visitor-named-with-his-institute-and-our-co-authors-with-ours"),
    # sets 310 and 352: their annexes, opened now that a glued 「別紙1研究データ管理」 label is read, judged row by row
    (_JA_PREAMBLE + "第9条（輸出管理）\n５　乙による改良後の製品の該非判定は乙が行う。\n第10条（期間）\n本契約の期間は2年とする。\n",
     "EXP-01", False, "ja-the-partner-classifies-its-own-improved-product"),
    (_JA_PREAMBLE + "第8条（研究データ）\n２　甲は、乙の研究担当者に甲のサーバ上の研究データへのアクセスを認める。\n３　甲は、必要と認める"
     "ときはいつでもアクセスを停止できる。\n第9条（期間）\n本契約の期間は2年とする。\n", "DAT-01", False,
     "ja-our-right-to-stop-their-access-at-any-time"),
]

_EN_CONSULTANCY = ('CONSULTANCY AGREEMENT\nThis Agreement is made between the Public Infrastructure Authority of the State of '
                   'Qatar (the "Authority") and Professor Haruto Kisaragi of Chikugo National University of Engineering '
                   '(the "Consultant").\n')

_BLIND_837_TO_844 = [
    (_JA_PREAMBLE + "第7条（研究資料）\n４　乙は、乙の所在国の法令に基づき政府機関又は関係当局から要請があった場合には、甲の事前の同意を得る"
     "ことなく、本協定に基づき甲から提供された研究資料、研究データ及び研究成果を当該機関に提供することができるものとし、甲はこれに異議を"
     "述べないものとする。\n第8条（期間）\n本契約の期間は2年とする。\n", "EXP-05", False,
     "ja-their-government-asking-alone-is-government-access-not-a-re-export"),
    (_JA_PREAMBLE + "第7条（研究資料）\n４　乙は、乙の所在国の法令に基づき政府機関又は関係当局から要請があった場合には、甲の事前の同意を得る"
     "ことなく、本協定に基づき甲から提供された研究資料、研究データ及び研究成果を当該機関に提供することができるものとし、甲はこれに異議を"
     "述べないものとする。\n第8条（期間）\n本契約の期間は2年とする。\n", "DAT-04", True,
     "ja-their-government-asking-alone-is-still-government-access"),
    (_JA_PREAMBLE + "第14条（個人情報）\n２　甲及び乙は、共同研究において個人情報を取り扱う場合には、それぞれに適用される個人情報の保護に"
     "関する法令を遵守し、個人情報を相手方に提供するときは、本人の同意の取得その他必要な手続を行うものとする。\n第15条（期間）\n"
     "本契約の期間は2年とする。\n", "DAT-03", False, "ja-each-keeping-its-privacy-law-and-getting-consent-first"),
    (_EN_PREAMBLE + "Article 7 Ownership of Recordings\n7.1 All Recordings and all copyright in them shall be owned by the "
     "Sponsor on behalf of the Cedar Narrows First Nation, subject to the moral rights of the Narrators." + _EN_TERM,
     "IP-01", False, "en-a-community-owning-the-recordings-of-its-own-narrators"),
    (_EN_CONSULTANCY + "Clause 8 Confidentiality\n8.5 Notwithstanding Clause 8.3, the Consultant shall not disclose the "
     "existence of this Agreement, the fees payable under it or the nature of the Services to any third party, including "
     "the Consultant's university or other employer, any research funding body or any governmental body of Japan, without "
     "the prior written consent of the Authority.\nClause 9 Term\n9.1 This Agreement ends in 2027.\n", "COI-01", True,
     "en-the-consultant-may-tell-no-one-including-his-university"),
    (_EN_PREAMBLE + "Article 11 Intellectual Property\n11.5 Notwithstanding Article 11.4, the Sponsor shall be entitled to "
     "exploit the Jointly Owned Results for any purpose and to grant sublicences under them to its Affiliates and to its "
     "strategic cooperation partners, without the consent of, or any accounting to, the University." + _EN_TERM,
     "IP-05", True, "en-entitled-to-sublicense-the-joint-results-without-our-consent"),
    (_JA_PREAMBLE + "第11条（知的財産権）\n５　本契約は、甲が本試料等に関して有する知的財産権その他の権利を乙に譲渡し、又は本契約に明示する"
     "もののほか、その実施を許諾するものではない。\n第12条（期間）\n本契約の期間は2年とする。\n", "IP-01", False,
     "ja-this-agreement-transfers-no-rights-of-ours"),
    (_EN_PREAMBLE + "Article 9 Requests from Authorities\n9.1 If the University receives a legally binding request from a "
     "public authority, including a court, law enforcement or other governmental authority in Japan, for disclosure of "
     "the Personal Data, it shall notify the Sponsor promptly." + _EN_TERM, "EXP-02", False,
     "en-a-request-the-police-may-send-is-no-military-or-police-end-use"),
    (_EN_PREAMBLE + "Article 13 Audits\n13.4 The University shall submit to inspection by the Dutch Data Protection "
     "Authority where required and shall inform the Sponsor of any inspection by the Personal Information Protection "
     "Commission of Japan relating to the Personal Data." + _EN_TERM, "DAT-03", False,
     "en-submitting-to-a-regulators-inspection-sends-no-personal-data"),
    (_EN_PREAMBLE + "Article 13 Inventions\n13.2 Any invention that is made in the performance of a Study and that relates "
     "to the composition, formulation, manufacture or use of the Study Drug (a \"Sponsor Invention\") shall belong to the "
     "Sponsor." + _EN_TERM, "IP-01", False, "en-inventions-on-their-own-study-drug-are-theirs"),
]

_BLIND_845_TO_852 = [
    (_EN_PREAMBLE + "Article 6 Special Conditions\n6.1 The Sponsor may at any time, by written notice, require the "
     "University to modify the research questions, the jurisdictions to be studied or the work plan." + _EN_TERM,
     "FUN-06", True, "en-the-funder-may-require-us-to-modify-the-research-questions"),
    (_EN_PREAMBLE + "Article 4 Payment\n4.2 Payments shall be made by bank transfer to the account of the University. "
     "The Sponsor shall not make any payment to a personal account of any member of the Research Team." + _EN_TERM,
     "FUN-04", False, "en-no-payment-to-a-personal-account-is-the-benign-side"),
    (_EN_PREAMBLE + "Article 6 Principal Investigator\n6.1 The University shall ensure that the Principal Investigator "
     "devotes not less than twenty per cent (20%) of her working time to the Research during the Grant Period."
     + _EN_TERM, "PER-01", False, "en-a-grants-effort-commitment-to-the-research-is-no-post-with-them"),
    (_EN_PREAMBLE + "Article 11 Participation\n11.2 The Sponsor may, by written notice to the University, extend "
     "participation in any Project to any of its Affiliates and to any co-funder designated by the Sponsor, and each such "
     "entity shall be entitled to receive the Results." + _EN_TERM, "TRA-01", True,
     "en-participation-extended-to-their-affiliates-and-co-funders"),
    (_EN_PREAMBLE + "Article 5 Field Work\n5.1 Field work in the Project Area shall be carried out jointly by researchers "
     "of both Parties under the direction of the Sponsor's field leader, who shall be responsible for compliance with "
     "local law." + _EN_TERM, "PER-01", False, "en-joint-field-work-led-by-their-field-leader"),
    (_EN_PREAMBLE + "Article 12 Export Control\n12.4 The University may apply its internal security export control "
     "procedures, including screening of persons who will receive controlled technology, to all research personnel and "
     "to the Sponsor's visitors." + _EN_TERM, "EXP-02", False, "en-our-security-export-control-is-no-police-end-use"),
    (_EN_PREAMBLE + "Article 9 Screening\n9.2 Before the visit, the Visiting Researcher shall disclose any employment "
     "contract, any income from a foreign government and any obligation to act under the direction of a foreign "
     "government or entity." + _EN_TERM, "PER-01", False,
     "en-declaring-any-duty-to-a-foreign-government-is-no-post-with-them"),
    (_EN_PREAMBLE + "Article 15 Personal Information\n15.1 The University shall handle the personal information of the "
     "Visiting Researcher in accordance with the Act on the Protection of Personal Information of Japan and its own "
     "privacy rules, and shall use it only for the administration of the visit, for security export control and for "
     "reporting to public authorities as required by law." + _EN_TERM, "LAW-02", False,
     "en-our-own-privacy-law-is-no-partner-state-law"),
    (_EN_PREAMBLE + "Article 9 Origin of the Material\n9.4 The Sponsor shall comply with any access and benefit-sharing "
     "measures that may apply to it, and shall include the information on origin in any patent application concerning "
     "the Material." + _EN_TERM, "EXP-02", False, "en-benefit-sharing-measures-that-may-apply-are-no-open-end-use"),
]

_BLIND_853_TO_860 = [
    (_JA_PREAMBLE + "第7条（研究データ）\n２　甲及び乙は、研究データを、日本国の個人情報の保護に関する法律及び人を対象とする生命科学・医学系"
     "研究に関する倫理指針並びにタイ王国の個人情報保護法その他の関係法令に従い取り扱うものとする。\n第8条（期間）\n本契約の期間は2年と"
     "する。\n", "LAW-02", False, "ja-both-keeping-japans-law-and-thailands-on-research-data"),
    (_EN_PREAMBLE + "Article 1 Definitions\n\"Sensitive Location Data\" means metadata giving the location of a nesting site "
     "of a species listed in the Red List of the Ministry of the Environment of Japan.\nArticle 7 Sensitive Data\n7.1 The "
     "Sponsor shall not publish or disclose to any third party any Sensitive Location Data." + _EN_TERM, "DAT-04", False,
     "en-a-japanese-ministrys-red-list-in-a-definition-lets-no-government-in"),
    (_EN_PREAMBLE + "Article 3 Delivery of Images\n3.3 The University shall deliver each Image Set complete and unfiltered, "
     "including all Human Images, and shall not be required to blur, withhold or remove any image, nor to notify or obtain "
     "the consent of any person appearing in an image, before the Image Set is transferred to the Sponsor." + _EN_TERM,
     "DAT-03", True, "en-images-of-people-handed-over-unblurred-and-unasked"),
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.1 The University is not required to receive any confidential information of "
     "the Sponsor, and the Sponsor shall not disclose to the University any information that is subject to export "
     "licensing requirements without prior written notice." + _EN_TERM, "COI-01", False,
     "en-the-partner-keeping-controlled-information-from-us-hides-no-interest"),
    (_EN_PREAMBLE + "Article 10 Access\n10.2 Sponsor personnel shall not be given accounts on, or access to, the "
     "University's computer networks, research data repositories or laboratory systems by reason of this Agreement."
     + _EN_TERM, "DAT-01", False, "en-their-staff-given-no-accounts-on-our-systems"),
    (_EN_PREAMBLE + "Article 6 Personnel\n6.1 The University may involve graduate students in the Research Programme; "
     "students shall be informed of the terms of this Agreement and shall sign an undertaking of confidentiality before "
     "receiving Confidential Information of the Sponsor." + _EN_TERM, "CON-01", False,
     "en-students-told-the-terms-before-they-sign-a-confidentiality-undertaking"),
    (_EN_PREAMBLE + "Article 4 Contributions\n4.1 The Sponsor provides, from its own funds, 4,000 CPU cores and 3 PB of disk "
     "storage at its computing centre as a Tier-1 facility, including the replica of raw data referred to in Article 6."
     + _EN_TERM, "FUN-02", False, "en-a-replica-of-raw-data-is-no-mirror-laboratory"),
    (_EN_PREAMBLE + "Article 4 Ethics\n4.2 The Project shall not start until the University's Ethics Committee has "
     "approved the provision of the Shared Data to the Sponsor and the Sponsor's Ethics Committee has approved the "
     "analysis of the Shared Data." + _EN_TERM, "CON-03", False, "en-no-start-until-both-ethics-committees-approve"),
]

_BLIND_861_TO_868 = [
    (_EN_PREAMBLE + "Article 7 Publication\n7.3 Notwithstanding Section 7.1, the University shall not submit for publication "
     "or publicly present any analysis using the Pooled Dataset until the Consortium's primary methods paper has been "
     "published, or until such other date as the Sponsor, as Consortium coordinator, may notify to the University."
     + _EN_TERM, "PUB-02", True, "en-held-until-their-paper-or-any-other-date-they-notify"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.2 Notwithstanding Article 9.1, the University shall not submit or present any "
     "Publication relating to the efficacy of the Test Product until the Sponsor has notified the University in writing "
     "that its application for authorisation has been filed, or until thirty-six (36) months after completion of the "
     "Study, whichever occurs first." + _EN_TERM, "PUB-02", True, "en-held-until-they-notify-or-thirty-six-months"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.2 Notwithstanding Article 9.1, the University shall not submit or present any "
     "Publication relating to the efficacy of the Test Product until the Sponsor has notified the University in writing "
     "that its application for authorisation has been filed, or until sixty (60) days after completion of the Study, "
     "whichever occurs first." + _EN_TERM, "PUB-02", False, "en-held-until-they-notify-or-sixty-days"),
    (_JA_PREAMBLE + "第10条（研究成果の帰属）\n受入研究員が受入期間中に本研究の実施により創出した研究成果に係る特許を受ける権利その他一切の"
     "権利は、甲の受入教員その他の教職員の寄与の有無にかかわらず、乙に帰属するものとする。\n", "PER-04", True,
     "ja-a-visitors-results-vest-in-the-sender-whatever-our-staff-gave"),
    (_EN_PREAMBLE + "Article 5 Visiting Staff\n5.2 A visiting staff member remains employed by the sending Party, which shall "
     "continue to pay his or her salary. The Host Institution shall provide teaching facilities and, where agreed in "
     "writing in advance, an honorarium under its own rules; any honorarium shall be notified to the sending Party."
     + _EN_TERM, "FUN-04", False, "en-an-exchange-hosts-honorarium-under-its-rules-told-to-the-sender"),
]

_BLIND_869_TO_876 = [
    (_EN_PREAMBLE + "Article 4 Corpus\n4.2 The Parties agree that the permissions given by Speakers at the time of recording "
     "shall be deemed sufficient for the transfer of the Corpus to Sponsor and for every use of the Corpus by Sponsor, "
     "and the University shall not be required to seek any further consent from any speaker." + _EN_TERM, "DAT-03",
     True, "en-speakers-recording-permissions-deemed-enough-for-the-transfer"),
    (_EN_PREAMBLE + "Article 6 Annotations\n6.4 Following delivery of each batch, the University shall delete all copies in "
     "its possession and shall not use the Annotation Deliverables, or any data derived from them, for its own research, "
     "teaching or archiving without Sponsor's prior written consent." + _EN_TERM, "DAT-05", True,
     "en-we-delete-our-annotations-and-may-not-use-them-for-our-own-research"),
    (_JA_PREAMBLE + "第2条（顧問の委嘱）\n乙は、甲のセンター長である嶺井教授を乙の「Distinguished Language Fellow」に委嘱するものとし、"
     "顧問報酬として月額金四十五万円を同教授の指定する個人名義の口座に直接支払うものとする。\n", "COI-03", True,
     "ja-their-fellowship-and-an-advisers-fee-paid-to-our-professors-own-account"),
    (_JA_PREAMBLE + "第6条（本覚書の取扱い）\n本覚書の内容は、本契約第10条に定める秘密情報として取り扱うものとする。ただし、甲が法令、甲の"
     "規程又は資金配分機関若しくは所轄官庁の求めに基づき開示する場合は、この限りではない。\n", "CON-01", False,
     "ja-the-memorandum-kept-secret-except-what-we-tell-funders-and-ministries"),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.1 Sponsor and the Visiting Researcher shall not disclose to any third "
     "party, or use for any purpose other than this Memorandum, confidential information of the University obtained "
     "during the visit, without the prior written consent of the University." + _EN_TERM, "CON-01", False,
     "en-our-information-kept-to-the-purpose-of-this-memorandum"),
    (_JA_PREAMBLE + "第2条（試料の提供）\n乙は、甲の研究者と乙のゲノム部門長との間で合意した一回又は複数回の発送により、本試料を甲に提供するもの"
     "とする。\n", "DAT-03", False, "ja-samples-sent-to-us-as-agreed-with-their-genome-department"),
    (_JA_PREAMBLE + "第4条（派生データ）\n甲は、本研究の完了又は本契約の終了のいずれか早い時点において、全ての派生データを乙に引き渡し、甲又は"
     "その職員が保有する全ての複製物を廃棄し、以後派生データを一切使用しないものとする。\n", "DAT-01", False,
     "ja-our-derived-data-handed-over-and-never-used-again-is-no-access-to-our-systems"),
    (_JA_PREAMBLE + "第9条（改良発明）\n２　前項の規定にかかわらず、本装置改良発明に係る知的財産権は、発明者の所属を問わず乙に単独で帰属する"
     "ものとし、甲は、甲の権利（持分を含む。）を乙に無償で譲渡するものとする。\n", "IP-06", False,
     "ja-ownership-whatever-the-inventors-affiliation-is-no-credit"),
    (_JA_PREAMBLE + "第2条（定義）\n本契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n一　「本調査」とは、"
     "日本企業国際化パネル調査をいう。\n二　「提供データ」とは、本調査"
     "の個票データのうち別紙１に記載する調査年度及び変数に係るものであって、甲が乙に提供するもの（その複製物及び加工物を含む。）をいう。\n",
     "DAT-03", False, "ja-a-definition-of-the-survey-data-we-provide-moves-none"),
]

_BLIND_877_TO_884 = [
    (_JA_PREAMBLE + "第7条（データ）\n(4) 乙は、第8条の規定にかかわらず、中華人民共和国の法令に基づき同国の海洋主管部門その他の関係機関から求めが"
     "あったときは、本データ（甲から提供を受けたデータを含む。）を当該機関に提供することができるものとし、甲はこれにあらかじめ同意する。\n",
     "DAT-04", True, "ja-our-data-to-their-states-bodies-under-their-states-law"),
    (_EN_PREAMBLE + "Article 5 Data\n5.2 Sponsor may host, store and process the Dataset on computing infrastructure owned "
     "or contracted by Sponsor, in such locations as Sponsor may deem fit, and Sponsor shall not be required to notify "
     "the University of any change in such locations or providers." + _EN_TERM, "COI-01", False,
     "en-the-partner-not-telling-us-where-it-moves-the-data-hides-no-interest"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 Notwithstanding Clauses 9.1 and 9.2, results that identify the source or "
     "activity of a Development Candidate shall not be published or presented until Sponsor has obtained a marketing "
     "authorisation for a product containing it, or has informed the University that it has discontinued its "
     "development." + _EN_TERM, "PUB-02", True, "en-held-until-their-product-is-approved"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.4 Notwithstanding Clauses 11.1 to 11.3, the University shall not make any "
     "Publication containing a Site-Specific Result until Sponsor has publicly announced the masterplan component to "
     "which it relates, the timing of any such announcement being at Sponsor's sole discretion." + _EN_TERM, "PUB-02",
     True, "en-held-until-their-announcement-timed-at-their-discretion"),
    (_JA_PREAMBLE + "第8条（個人情報の保護）\n甲及び乙は、GDPR、個人情報保護法その他提供データの取扱いに適用される法令を遵守する。\n",
     "DAT-03", False, "ja-both-keeping-the-gdpr-and-japans-privacy-law"),
    # set 723, caught by the regression run once speakers count as data subjects: an item of what may not be done
    (_EN_PREAMBLE + "Article 5 Restrictions\n5.1 Sponsor shall not:\n(a) sell the Corpus;\n(b) attempt to identify, contact or "
     "re-identify any speaker whose voice is contained in the Corpus." + _EN_TERM, "DAT-03", False,
     "en-a-ban-on-identifying-any-speaker-moves-no-data"),
]

_BLIND_885_TO_892 = [
    (_JA_PREAMBLE + "第6条（受入れの確認）\n２　乙は、甲の求めに応じ、派遣研究員の雇用関係、外国政府等との関係その他甲が前項の確認のために必要とする"
     "情報を提供するものとする。\n", "DAT-04", False, "ja-their-visitors-ties-to-foreign-governments-told-to-us-at-our-request"),
    (_JA_PREAMBLE + "第6条（受入れの確認）\n３　乙は、前項の確認に必要な情報（受入研究員の経歴、所属、外国政府等との雇用関係又は資金受領の有無を含む。）"
     "を、甲の求めに応じ速やかに提供しなければならない。\n", "DAT-04", False,
     "ja-information-on-their-visitors-given-to-us-when-we-ask"),
    (_EN_PREAMBLE + "Article 6 Derived Products\n6.2 Sponsor may issue Derived Products to the national civil-protection "
     "authorities and to the public for the purpose of tsunami warning and public information, without further consent "
     "of the University." + _EN_TERM, "EXP-05", False, "en-tsunami-warnings-to-the-public-pass-on-no-technology"),
    (_EN_PREAMBLE + "Article 2 Visiting Researchers\n2.1 Persons eligible for acceptance shall be full-time employees of Sponsor "
     "engaged in seismic or tsunami observation work." + _EN_TERM, "PER-01", False,
     "en-their-full-time-employees-are-the-visitors-we-host"),
    (_JA_PREAMBLE + "第4条（研修生の受入れ）\n甲は、乙が推薦する乙の卒業生を毎年度１０名以内の範囲で受け入れ、研修生に対し、甲の管理する宿舎、日本語研修"
     "並びに月額８万円の研修支援金を提供するものとする。\n２　乙は、研修生の受入れに関し、乙の定めるところにより、乙が可能と判断する範囲で、甲に協力"
     "するものとする。\n", "REC-01", True, "ja-our-trainees-housing-and-allowance-against-their-help-as-they-see-fit"),
    (_JA_PREAMBLE + "第6条（実習）\n３　実習生は、乙の施設の規則、衛生管理及び安全に関する指示に従うものとする。\n", "CMP-01", False,
     "ja-a-placements-house-and-safety-rules"),
    (_JA_PREAMBLE + "第7条（個人情報）\n４　甲及び乙は、個人情報の取扱いに当たり、個人情報の保護に関する法律、一般データ保護規則2016/679及び"
     "フィリピン共和国データプライバシー法その他の適用される法令を遵守する。\n", "LAW-02", False,
     "ja-both-keeping-japans-privacy-law-the-gdpr-and-the-philippines"),
    (_JA_PREAMBLE + "第6条（実習）\n４　実習生は、乙の入居者の記録を閲覧せず、乙の情報システムへのアクセスを認められないものとする。\n", "DAT-01",
     False, "ja-trainees-given-no-access-to-records-or-systems"),
    (_JA_PREAMBLE + "第6条（教員の選考）\n２　前項の規定にかかわらず、甲は、特任教授及び特任准教授の選考に当たっては、乙が推薦する候補者の中から選考"
     "するものとし、その採用及び任期の更新には乙の事前の書面による同意を得なければならない。\n", "FUN-06", True,
     "ja-an-endowed-chairs-professors-chosen-from-the-donors-nominees"),
    (_JA_PREAMBLE + "第9条（受入教員への謝礼）\n乙は、受入研究員の指導に対する謝礼として、受入教員に対し、乙が別に定める額の指導料を直接支払うことが"
     "できるものとし、当該支払に関して甲は関与しないものとする。\n", "COI-03", True,
     "ja-a-supervision-fee-paid-to-our-professor-outside-our-oversight"),
    (_EN_PREAMBLE + "Article 9 Programme Content\n9.2 The Centre's courses, lectures and publications shall not include any "
     "content that runs counter to the Guidelines or is harmful to the national interests or international image of "
     "Sponsor's home country." + _EN_TERM, "PUB-03", True, "en-nothing-harmful-to-their-countrys-national-interests"),
    (_EN_PREAMBLE + "Article 5 Personnel\n5.3 Nothing in this Agreement makes any University researcher an employee of "
     "Sponsor, and no University researcher is required to hold any position with Sponsor." + _EN_TERM, "PER-01", False,
     "en-no-researcher-of-ours-required-to-hold-a-post-with-them"),
]

_BLIND_893_TO_900 = [
    (_JA_PREAMBLE.replace("は、次のとおり", "及び甲の教授である片桐誠（以下「丙」という。）は、次のとおり") + "第6条（丙の処遇）\n乙は、丙を共同実験室の首席科学者に"
     "招へいし、丙に対し、次の各号に掲げる処遇を提供する。\n(1) 年額人民元１２０万元の報酬（税引後）\n(2) 深圳市内の住居\n", "FUN-04", True,
     "ja-our-professor-made-their-chief-scientist-with-pay-and-housing"),
    (_EN_PREAMBLE + "Section 11 Founder\n(a) The Founder will serve as Chief Scientific Officer of Sponsor on a part-time "
     "basis, not exceeding one (1) day per week, subject to approval under the University's rules on concurrent "
     "employment, and will continue to hold her full-time professorship at the University." + _EN_TERM, "PER-01", False,
     "en-a-founders-part-time-role-approved-under-our-rules"),
    (_JA_PREAMBLE + "第6条（成果の公表）\n２　乙は、成果を公表しようとするときは、公表予定日の30日前までにその原稿を甲に送付する。甲は、本試料に関する"
     "記載に誤りがある場合に限り、その訂正を求めることができる。この場合においても、公表の可否及び内容は乙が決定する。\n", "PUB-01", False,
     "ja-the-partner-deciding-its-own-paper"),
    (_EN_PREAMBLE + "Article 7 Measurement Data\n7.2 The University shall not publish the Measurement Data without the consent "
     "of Sponsor before the earlier of Sponsor's first publication and the day twelve (12) months after the University "
     "received the Measurement Data." + _EN_TERM, "PUB-01", False, "en-their-data-held-back-only-until-the-earlier-of-two-dates"),
    (_JA_PREAMBLE + "第9条（試料の返還）\n４　甲は、本研究の終了後、当事者間で別段の合意がある場合を除き、残余の分割試料を乙に返還し、又は廃棄してその旨"
     "を書面により乙に報告する。\n", "TRM-01", False, "ja-samples-returned-after-the-research-unless-agreed-otherwise"),
]

_BLIND_901_TO_908 = [
    (_EN_PREAMBLE + "Article 2 Source of Funds\n2.1 The grant is made from Sponsor's Healthy Food Fund, which is supported "
     "by restricted gifts from other donors, including a corporate contributor that has asked not to be identified, and "
     "Sponsor will not disclose the identity of any such contributor to the University." + _EN_TERM, "FUN-03", True,
     "en-a-donor-that-asked-not-to-be-identified"),
    (_EN_PREAMBLE + "Article 4 Use of Confidential Information\n4.2 Sponsor may share Confidential Information received "
     "from the University with Programme Participants to the extent Sponsor considers this useful for the Programme, "
     "without the need for any further consent of the University." + _EN_TERM, "TRA-01", True,
     "en-our-information-shared-with-programme-participants-without-further-consent"),
    (_EN_PREAMBLE + "Article 6 Support for Exchange Students\n6.1 The University shall provide each Exchange Student of "
     "Sponsor, without charge to the student or to Sponsor, with:\n(a) accommodation for the period of the exchange;\n"
     "(b) a monthly living allowance of JPY 80,000.\n6.2 Sponsor may, at its discretion and subject to the availability "
     "of its resources, assist the University's exchange students in locating accommodation." + _EN_TERM, "REC-01", True,
     "en-our-support-binding-theirs-at-their-discretion"),
    (_EN_PREAMBLE + "Article 5 Project Management\n5.4 The Funding Authority may at any time require the Parties to modify "
     "the objectives, scope, milestones or deliverables of the Work Plan in order to align the Project with the national "
     "priorities of the Kingdom, and the Parties shall implement any such modification." + _EN_TERM, "FUN-06", True,
     "en-a-funding-authority-that-may-require-the-plan-changed"),
    (_EN_PREAMBLE + "Article 7 Intellectual Property\n7.1 Background IP remains with its owner.\n7.2 Inventions made in the "
     "performance of the Study solely by personnel of the University shall belong to the University; inventions made "
     "solely by personnel of Sponsor shall belong to Sponsor; and inventions made jointly shall be jointly owned.\n7.3 "
     "Notwithstanding Article 7.2, any invention consisting of a new use, formulation or composition of the Sponsor "
     "Compound itself (a \u201cCompound Invention\u201d) shall belong to Sponsor, and the University shall assign its rights in "
     "any Compound Invention to Sponsor against reasonable compensation to be agreed in good faith." + _EN_TERM, "IP-01",
     False, "en-inventions-on-the-sponsors-own-compound"),
    (_EN_PREAMBLE + "Article 3 Shared Data\n3.1 Sponsor shall provide the Shared Data to the University.\n3.3 Sponsor "
     "confirms that the Shared Data has been collected by the Care Homes under the Programme with notification to, and "
     "the consent of, the residents or their authorised representatives, which consent extends to use for research by "
     "local and overseas research institutions, and that the disclosure of the Shared Data to the University complies "
     "with the PDPA." + _EN_TERM, "DAT-03", False, "en-the-partners-warranty-on-the-consent-behind-its-data"),
    (_EN_PREAMBLE + "Article 9 Disclosure\n9.2 Sponsor may disclose or make available any Research Outputs furnished by the "
     "University to any Singapore public sector agency, including agencies responsible for home affairs, internal "
     "security and public safety, and no consent of, or notice to, the University shall be required." + _EN_TERM,
     "EXP-02", False, "en-results-handed-to-state-agencies-are-not-an-end-use"),
]

_BLIND_909_TO_916 = [
    (_EN_PREAMBLE + "Article 5 Contributions\n5.1 Each Party bears its own costs.\n5.2 The University shall lend to Sponsor "
     "two (2) portable gas instruments for installation at the stations listed in Annex B. Sponsor shall in return give "
     "University researchers access to its station data streams and to its field logistics on the same terms as its own "
     "staff." + _EN_TERM, "DAT-01", False, "en-the-partner-giving-our-researchers-access-in-return"),
    (_JA_PREAMBLE + "第５条（共同室長）\n共同研究室に、甲及び乙からそれぞれ共同室長を置く。\n２　乙の共同室長は、乙が同大学の規程に従い選任する。\n",
     "CMP-01", False, "ja-the-partner-appointing-its-own-co-director-by-its-own-rules"),
    (_EN_PREAMBLE + "Article 8 Foreground\n8.1 Foreground shall be owned by the Party that generates it.\n8.3 The University "
     "shall have a non-exclusive, royalty-free, perpetual right to use all Foreground (including Foreground owned by "
     "Sponsor) for the purposes of academic research and teaching." + _EN_TERM, "IP-01", False,
     "en-our-licence-to-use-foreground-the-partner-owns"),
    (_EN_PREAMBLE + "Article 8 Publications\n8.2 Any publication, thesis, conference presentation or other public "
     "disclosure of results of a Funded Project shall be preceded by the written authorisation of Sponsor's Scientific "
     "Directorate, which shall decide in light of the strategic interests of the State." + _EN_TERM, "PUB-01", True,
     "en-publication-preceded-by-the-partners-written-authorisation"),
    (_EN_PREAMBLE + "Article 14 Term and Termination\n14.1 Either Party may terminate this Agreement on six months' "
     "notice.\n14.3 Funded Projects in progress at the date of termination shall continue until their completion under "
     "the grant conditions of each Party." + _EN_TERM, "COI-02", False, "en-projects-in-progress-continuing-after-termination"),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.1 Each Party shall keep the terms of this Agreement confidential.\n9.2 The "
     "preceding paragraph shall not prevent either Party from reporting the existence and outline of this Agreement to "
     "its research funders, supervising authorities or internal review committees." + _EN_TERM, "COI-01", False,
     "en-a-permission-to-report-the-agreement-to-funders"),
]

_BLIND_917_TO_924 = [
    (_EN_PREAMBLE + "Article 12 Reporting and Monitoring\n12.1 The University shall report annually on its use of the "
     "Materials.\n12.2 Sponsor may forward the University's reports to the Competent Authority to the extent required by "
     "the conditions of the Permit. Sponsor shall inform the University of any request by the Competent Authority for "
     "further information concerning the University's utilisation." + _EN_TERM, "DAT-04", False,
     "en-reports-forwarded-as-the-permit-requires-with-notice-of-requests"),
    (_EN_PREAMBLE + "Article 5 Sequence Data\n5.1 The University shall use the Materials only for the Research.\n5.2 The "
     "University shall submit Genetic Sequence Data generated from the Materials to a publicly accessible database, such "
     "as GISAID or a member database of the International Nucleotide Sequence Database Collaboration, within ninety (90) "
     "days after generation, identifying Sponsor as the originating laboratory." + _EN_TERM, "DAT-03", False,
     "en-a-pathogens-sequences-deposited-in-public-databases"),
    (_JA_PREAMBLE + "第５条（法令の遵守）\n４　甲は甲提供データの提供に当たり個人情報の保護に関する法律その他の日本国の法令を、乙は乙提供データの提供に当たり"
     "ブラジル連邦共和国の一般個人データ保護法（LGPD）その他の同国の法令を、それぞれ遵守する。\n", "LAW-02", False,
     "ja-each-side-keeping-its-own-countrys-law-side-by-side"),
    (_JA_PREAMBLE + "第９条（研究成果の帰属）\n受入研究者が受入期間中に行った研究により生じた研究成果に係る権利の取扱いは、次のとおりとする。\n"
     "□ 甲の職務発明規程に準じて取り扱う。甲の教職員と共同で行った発明等は甲乙の共有とし、その持分は貢献度に応じて甲乙協議の上定める。\n"
     "■ 受入研究者が受入期間中に得た研究成果（発明等及び研究データを含む。）に係る一切の権利は、乙に帰属するものとする。ただし、甲の教職員と"
     "共同で得たものについては、甲乙協議の上その持分を定める。\n", "IP-01", True, "ja-the-ticked-option-not-the-unticked-one"),
    (_EN_PREAMBLE + "Article 8 Associated Partners\n8.1 The Consortium Agreement governs the accession of new "
     "partners.\n8.2 The University acknowledges that the Steering Board may admit further Associated Partners nominated "
     "by Sponsor, including Sponsor's Affiliates and licensees, and that the University shall not be entitled to object "
     "to any such admission." + _EN_TERM, "TRA-01", True, "en-a-board-admitting-partners-the-funder-nominates"),
    (_EN_PREAMBLE + "Annex 1 Work Plan\nTask 3.4 Single-particle cryo-EM of SLC6 and SLC26 family members in nanodiscs.\n"
     "Task 3.5 Time-resolved sample preparation.\n", "FUN-04", False, "en-a-protein-family-is-no-family-of-a-researcher"),
    (_EN_PREAMBLE + "Article 3 Project Direction\n3.2 Sponsor's program officer shall determine, from the inventory of "
     "series submitted by the University, which series are to be digitized in each project year and in what order, and "
     "may at any time redirect the Project to other series or to additional subject areas that Sponsor considers of "
     "greater interest; the University shall revise its work plan accordingly." + _EN_TERM, "FUN-06", True,
     "en-a-programme-officer-who-may-redirect-the-project"),
]

_BLIND_925_TO_932 = [
    (_EN_PREAMBLE + "Article 17 Term\n17.1 This Agreement runs for six Contract Years.\nArticle 18 Commitment\n18.2 If "
     "during the Initial Commitment Period the University terminates this Agreement for any reason other than Sponsor's "
     "unremedied material breach, the University shall pay to Sponsor, within thirty (30) days of Sponsor's invoice, an "
     "amount equal to the Minimum Annual Commitment for each Contract Year or part of a Contract Year remaining in the "
     "Initial Commitment Period.\n", "TRM-04", True, "en-the-minimum-commitment-for-the-years-remaining-paid-on-leaving"),
    (_EN_PREAMBLE + "Article 4 Payment\n4.3 Each Party bears its own bank charges. Any taxes that the University is "
     "required by Japanese law to withhold shall be withheld and paid to the competent authority, and the University "
     "shall provide Sponsor with the official receipt." + _EN_TERM, "LAW-02", False, "en-our-own-tax-withheld-at-source"),
    (_JA_PREAMBLE + "第15条（利益相反）\n３　乙が甲の研究者に対して個人的な報酬、コンサルティング又は顧問の役割を提供する場合には、別途の契約によるものとし、"
     "甲の利益相反マネジメント及び兼業承認の手続に従うものとする。\n", "FUN-04", False,
     "ja-personal-roles-under-our-coi-and-outside-work-procedures"),
]

_BLIND_933_TO_940 = [
    (_EN_PREAMBLE + "Clause 9 Use of Results\n9.4 Each Party may use Results owned solely by it without restriction, "
     "subject to Clauses 6 and 7.\n9.5 Neither Party shall export Results except in compliance with the export control "
     "laws that apply to it." + _EN_TERM, "EXP-02", False, "en-each-party-using-the-results-it-owns-alone-freely"),
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.1 Each Party shall keep confidential all information disclosed to it "
     "by the other Party and shall not disclose it to any third party except to those of its employees, auditors and "
     "professional advisers who need to know it." + _EN_TERM, "CON-03", False,
     "en-auditors-among-those-confidential-information-may-go-to"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 The University shall not submit for publication, present at any meeting "
     "or otherwise disclose any results, including analyses of data collected at the University site, until the Primary "
     "Outcome Paper has been published, or until such earlier date as Sponsor may approve in its sole discretion."
     + _EN_TERM, "PUB-02", True, "en-site-results-held-until-the-partners-outcome-paper"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.2 No Project Results shall be published by the University before "
     "Sponsor's public launch of the final report, the date of which shall be fixed by Sponsor at its discretion."
     + _EN_TERM, "PUB-02", True, "en-results-held-until-a-launch-on-a-date-the-funder-fixes"),
    (_EN_PREAMBLE + "Article 5 Periods of Study\n5.1 During the doctoral programme the Doctoral Candidate shall conduct "
     "research for a total of not less than twelve (12) months at Sponsor and not less than eighteen (18) months at the "
     "University." + _EN_TERM, "PER-01", False, "en-a-doctoral-candidates-months-at-each-university"),
    (_JA_PREAMBLE + "第５条（研究期間）\n１　博士候補者は、博士課程の期間中、乙において通算12か月以上、甲において通算18か月以上、研究に従事するもの"
     "とする。\n", "PER-01", False, "ja-a-doctoral-candidates-months-at-each-university"),
    (_JA_PREAMBLE + "第９条（予備審査）\n１　本論文は、乙の規程に従い、乙が任命する二名の予備審査員による予備審査を受ける。\n", "CMP-01",
     False, "ja-a-thesis-examined-under-the-degree-granting-universitys-rules"),
    (_JA_PREAMBLE + "第１０条（研究成果の帰属）\n本研究員が受入期間中に甲において行った研究により得られた研究成果に係る一切の権利は、甲の発明規程"
     "の定めにかかわらず、甲の教職員と共同で得られたものを含め、乙に帰属するものとする。\n", "PER-04", True,
     "ja-a-visitors-results-the-senders-whatever-our-invention-rules-say"),
    (_JA_PREAMBLE + "第５条（服務）\n３　本研究員は、受入期間中に乙以外の機関から報酬若しくは研究資金の提供を受けることとなったときは、速やかに"
     "甲に届け出なければならない。\n", "FUN-04", False, "ja-a-visitor-telling-us-of-pay-from-others"),
]

_BLIND_941_TO_948 = [
    ("COOPERATION AGREEMENT\nThis Agreement is made between Keystone Polytechnic University (\"Sponsor\") and Kisaragi "
     "University (the \"University\").\nRECITALS\nA. Sponsor has been awarded Cooperative Agreement No. HR0091-25 by the "
     "Defense Robotics Research Agency (\"DRRA\"), an agency of the United States Department of Defense.\nArticle 6 "
     "Funding\n6.1 Sponsor shall reimburse the University for allowable costs, not to exceed US$312,500, from funds "
     "provided to Sponsor by DRRA under the Prime Award." + _EN_TERM, "FUN-01", True,
     "en-funds-from-a-defence-agency-named-by-its-short-name"),
    ("COOPERATION AGREEMENT\nThis Agreement is made between Keystone Polytechnic University (\"Sponsor\") and Kisaragi "
     "University (the \"University\").\nRECITALS\nA. Sponsor has been awarded Grant No. 2215 by the National Science "
     "Foundation (\"NSF\"), an agency of the United States Government.\nArticle 6 Funding\n6.1 Sponsor shall reimburse "
     "the University for allowable costs, not to exceed US$312,500, from funds provided to Sponsor by NSF under the "
     "Prime Award." + _EN_TERM, "FUN-01", False, "en-funds-from-a-civilian-agency-named-by-its-short-name"),
    (_EN_PREAMBLE + "Article 10 Data\n10.1 All Derived Data generated by the University from the Data are the property "
     "of Sponsor from the moment of their creation." + _EN_TERM, "DAT-05", True,
     "en-derived-data-the-partners-from-the-moment-they-are-made"),
    (_EN_PREAMBLE + "Article 9 Sublicensing\n9.2 Sponsor may further grant sublicences of the Software, in source code "
     "form, to its affiliates and to its customers and development partners in any country, in each case without "
     "notice to or consent of the University." + _EN_TERM, "EXP-05", True,
     "en-source-code-sublicensed-to-affiliates-and-customers-in-any-country"),
    (_EN_PREAMBLE + "Article 4 Confidentiality\n4.1 The existence of this letter and the fact that Sponsor and the "
     "University are discussing a trial are confidential. The University shall not refer to any of them in any grant "
     "application or press release, without Sponsor's prior written consent, which Sponsor may give or withhold at its "
     "discretion." + _EN_TERM, "PUB-01", False, "en-the-agreement-kept-out-of-grant-applications-and-press-releases"),
]

_BLIND_949_TO_956 = [
    (_EN_PREAMBLE + "Article 7 Review of outputs\n7.1 Review of outputs (tick one):\n☐\t(A) The University shall not "
     "publish, present or otherwise release any result derived from the Data without Sponsor's prior written approval, "
     "which Sponsor may grant or withhold in its sole discretion.\n☒\t(B) Before release, the University shall submit "
     "statistical outputs to Sponsor for disclosure review, limited to identifying cells based on fewer than ten "
     "respondents, to be completed within thirty (30) days." + _EN_TERM, "PUB-01", False,
     "en-an-unticked-option-of-partner-approval-is-no-term"),
    (_JA_PREAMBLE + "第５条（助成金の管理）\n大学は、助成金を大学の会計規程に準じて機関として管理するものとし、研究代表者その他の個人に直接支払い、又は"
     "個人名義の口座で管理してはならない。\n", "FUN-04", False, "ja-the-grant-kept-from-any-personal-account"),
    (_JA_PREAMBLE + "第１７条（表明保証）\n甲は、本研究と同一の研究内容について、他の機関から重複して助成を受けていないことを表明する。\n",
     "COI-02", False, "ja-a-representation-of-no-duplicate-funding"),
    (_EN_PREAMBLE + "Article 11 Voyage Data\n11.2 All Voyage Data, including data recorded by the University's scientific "
     "equipment while it is installed on the Vessel, vests in Sponsor on creation, and the University assigns any "
     "rights in such data to Sponsor." + _EN_TERM, "DAT-05", True, "en-all-voyage-data-vests-in-the-partner"),
    (_EN_PREAMBLE + "Article 2 Use of Information\n2.2 Sponsor may use the information disclosed by the University at "
     "the roundtable to assess the applicability of the technology to Sponsor's current and prospective programs, "
     "including programs performed for the U.S. Department of Defense and allied foreign governments." + _EN_TERM,
     "EXP-02", True, "en-our-information-weighed-for-defence-programs"),
    (_JA_PREAMBLE + "第６条（ライセンス）\n甲は、甲データに係る甲の持分を、あらゆる商業目的のために、すべての分野において、期間の制限なく使用する"
     "独占的、全世界的かつ再許諾可能なライセンスを乙に付与する。\n", "DAT-01", False, "ja-a-licence-over-our-data-is-no-access"),
]

_BLIND_957_TO_964 = [
    (_EN_PREAMBLE + "Article 9 Continuing Engagement\n9.1 Upon expiry of the secondment period, the University's "
     "researcher shall accept appointment as an Adjunct Assistant Professor of Sponsor for a period of three (3) years "
     "and shall, during that period, spend not less than ten (10) weeks in each academic year carrying out research at "
     "the Centre." + _EN_TERM, "PER-01", True, "en-an-adjunct-post-with-ten-weeks-a-year-at-the-partner"),
    (_JA_PREAMBLE + "第７条の２（研究データ等の提供）\n乙は、第８条の規定にかかわらず、同国の農業政策の立案及び実施に資するため、本覚書に基づき甲"
     "から提供を受けた研究データ及び研究成果を、甲の同意を要することなく、同国政府の関係機関に提供することができるものとする。\n", "DAT-04",
     True, "ja-our-data-to-the-partner-states-bodies-without-our-consent"),
    (_JA_PREAMBLE + "第９条（個人情報）\n２　乙が実施する住民への聞き取り調査により取得した個人に関する情報は、乙においてフィリピン共和国の2012年データ"
     "プライバシー法及び乙の倫理審査委員会の承認に従い取得し、特定の個人を識別することができないよう加工した上で甲に提供するものとする。\n", "LAW-02",
     False, "ja-the-partner-collecting-under-its-own-law-before-giving-us-anything"),
    ("Dear Professor Makabe,\nThe Thornbury Prize 2025\nThe Foundation is pleased to award you the Prize on the following "
     "conditions:\n• The research award will be paid to the University, not to you personally, and will be administered "
     "under the University's rules for externally funded research.\n", "FUN-04", False,
     "en-an-award-paid-to-the-university-not-to-the-professor"),
    (_EN_PREAMBLE + "Article 6 Research Plan\n6.2 The University shall submit the draft annual research plan to Sponsor "
     "by 31 January of each year for Sponsor's approval, and shall change the research themes, scope of work and "
     "assignment of researchers of the Chair as Sponsor may direct." + _EN_TERM, "PER-01", False,
     "en-a-scope-of-work-the-sponsor-directs-is-no-post-at-the-partner"),
    (_EN_PREAMBLE + "Rule 5 Access\n5.2 Not later than sixty (60) days before each Access Period, the University shall "
     "submit to Sponsor a personnel list stating each person's name, role, field experience and emergency contact."
     + _EN_TERM, "DAT-03", False, "en-our-teams-names-for-the-hosts-safety"),
    (_EN_PREAMBLE + "Article 8 Export\n8.1 The Instrument is classified EAR99. No U.S. export licence is required for "
     "shipment to Japan under current regulations." + _EN_TERM, "EXP-01", False,
     "en-no-licence-required-under-current-rules-is-a-classification"),
]

_BLIND_965_TO_972 = [
    (_EN_PREAMBLE + "Article 9 Publications\n9.2 Notwithstanding Term 9.1, the University shall not publish any result "
     "based on Survey Data until the first data-release paper has been accepted for publication, or until such later "
     "date as the Sponsor Principal Investigator, in consultation with the Science Council, may determine." + _EN_TERM,
     "PUB-02", True, "en-held-until-a-later-date-the-partners-investigator-may-determine"),
    (_EN_PREAMBLE + "Article 12 Withdrawal\n12.3 If the University withdraws, or the Award is otherwise terminated before "
     "approval of the final report, the University shall refund to Sponsor the entire amount disbursed under the "
     "Award, whether or not spent or committed, adjusted by the SELIC rate." + _EN_TERM, "TRM-04", True,
     "en-the-entire-amount-refunded-on-withdrawal-whether-or-not-spent"),
    (_JA_PREAMBLE + "第16条（有効期間）\n本契約の有効期間は、本契約締結日から、本ライセンス契約の締結日又は乙が本オプションを書面により"
     "放棄した日のいずれか早い日までとする。\n", "TRM-04", True, "ja-an-option-that-lasts-until-the-partner-gives-it-up"),
    (_JA_PREAMBLE + "第16条（有効期間）\n本契約の有効期間は、本契約締結日から1年間とする。ただし、乙が本オプションを書面により放棄した"
     "日に終了する。\n本オプションの内容は別紙のとおりとする。\n", "TRM-04", False,
     "ja-an-option-for-one-year-that-the-partner-may-end-sooner"),
    (_EN_PREAMBLE + "Article 13 Transfers\n13.1 Any transfer of samples under this letter remains subject to clause 13 of "
     "the Agreement, and the University shall not be required to send any item before its internal export control "
     "review and any licence required under Japanese law have been completed." + _EN_TERM, "EXP-01", False,
     "en-not-required-to-send-before-our-own-export-review"),
    (_EN_PREAMBLE + "Article 6 Use of Data\n6.03 Notwithstanding Article 7, Sponsor may furnish Threat Data received from "
     "the University to any federal department or agency, including federal law enforcement and intelligence "
     "community elements, upon their request, without notice to or consent of the University." + _EN_TERM, "EXP-02",
     False, "en-our-data-to-federal-agencies-is-a-question-of-access-not-end-use"),
]

_BLIND_973_TO_980 = [
    (_JA_PREAMBLE + "第3条（研究者等の受入れ）\n甲は、乙が指名する研究者及び大学院生（各年度５名以内）を、乙からの通知に基づき、甲の大学院に"
     "受け入れるものとする。この場合において、乙の推薦をもって甲の受入れ審査に代えるものとする。\n", "PER-03", True,
     "ja-the-partners-recommendation-instead-of-our-admission-screening"),
    (_EN_PREAMBLE + "Article 5 Data\n(4) Sponsor will make available to the University, for the purposes of joint research, "
     "environmental data held by the Seabed Minerals Authority, including historical baseline data." + _EN_TERM,
     "DAT-04", False, "en-the-partners-own-data-coming-to-us-from-an-authority"),
    (_EN_PREAMBLE + "Article 4 Licences\n4.2 (b) The licenses referred to in Clause 4.2(a) are:\n(i) a non-exclusive license, "
     "during the Term, to use the Licensed Datasets for the purpose of performing the Project; and\n(ii) a perpetual, "
     "irrevocable, worldwide, royalty-free license, sublicensable through multiple tiers, to use the Licensed Datasets "
     "and any Derivatives to train, evaluate, distribute and commercially exploit any Sponsor Model, whether or not in "
     "connection with the Project." + _EN_TERM, "IP-02", True,
     "en-a-listed-perpetual-licence-to-our-datasets-for-the-partners-products"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.4 The University shall not publish or otherwise disclose any results comparing "
     "the performance of a Sponsor Model against any other model until the Model Release Date. \u201cModel Release "
     "Date\u201d means the date on which Sponsor announces the general availability of the relevant Sponsor Model, as "
     "determined by Sponsor in its sole discretion." + _EN_TERM, "PUB-02", True,
     "en-held-until-a-release-date-the-partner-alone-sets"),
    (_EN_PREAMBLE + "Article 7 Records\n7.3 Sponsor may inspect the books and records relating to the grant funds on thirty "
     "(30) days' prior written notice. The University shall not be required to give access to information systems, "
     "records or premises unrelated to the Project." + _EN_TERM, "DAT-01", False,
     "en-no-access-required-to-what-the-project-does-not-touch"),
]

_BLIND_981_TO_988 = [
    (_EN_PREAMBLE + "Article 3 Payment\n3.4 Sponsor may effect any instalment through one or more paying agents. Sponsor "
     "shall not be obliged to disclose to the University the identity of its donors or the origin of the grant funds."
     + _EN_TERM, "COI-01", False, "en-the-funder-keeping-its-donors-from-us-is-no-secret-kept-from-us-by-ours"),
    ('# DATA SHARING AGREEMENT\nThis Agreement is made between Hokushin University (the "University") and Halvard '
     'Association ("Sponsor").\n## 1. Disclosure to third parties\n- Neither Party shall disclose the other Party\'s Data '
     "to any third party without consent.\n- The University may disclose Sponsor Data where it is required to do so by "
     "Japanese law or by an order of a court, provided that it gives Sponsor prior notice.\n- Sponsor may provide any "
     "Shared Data, including University Data, to any Peruvian public authority that so requests, and no notice to or "
     "consent of the University shall be required.\n## 2. Term\n- This Agreement ends in 2028.\n- Either Party may "
     "terminate it on notice.\n", "DAT-04", True, "en-a-markdown-bullet-giving-our-data-to-the-partners-state"),
    (_EN_PREAMBLE + "Article 8 Use of Documentation\n8.3. In addition, Sponsor may, without further consent of the "
     "University, make Technical Documentation supplied by the University available to any Affiliated Body (including "
     "government authorities), for such purposes as Sponsor considers to be in the interest of its member states."
     + _EN_TERM, "TRA-01", True, "en-our-documents-to-any-affiliated-body-including-government-authorities"),
    (_EN_PREAMBLE + "Article 4 Implementation\n2. By derogation to paragraph 1, the coordinators may decide, by simple "
     "exchange of letters or of electronic mails, the launching of actions, including the exchange of equipment, "
     "samples, data and know-how, without it being necessary to conclude a specific convention." + _EN_TERM, "TRA-03",
     True, "en-actions-launched-by-a-simple-exchange-of-letters"),
    (_JA_PREAMBLE + "第4条（開示の範囲）\n２　甲は、前項に定める者のほか、本検討に参加する甲の学生（大学院生を含む。）に対し、あらかじめ本契約と"
     "同等の秘密保持義務を負う旨の誓約書を提出させたうえで、必要な範囲に限り秘密情報を開示することができる。\n", "COI-01", False,
     "ja-our-students-told-under-a-pledge-is-no-secret-kept-from-us"),
    (_EN_PREAMBLE + "Article 9 Intellectual Property\n9.2 The University hereby assigns to Sponsor, with full title "
     "guarantee and by way of present assignment of future rights, all intellectual property rights in the Project "
     "Outputs created by or on behalf of the University." + _EN_TERM, "IP-01", True,
     "en-assigned-with-full-title-guarantee-and-by-present-assignment"),
]

_BLIND_989_TO_996 = [
    (_EN_PREAMBLE + "Annex 2 - Accommodation allowance\nMonthly allowance: EUR 1,850.00 for April to September 2026.\nThe "
     "allowance is paid as a tax-free grant for accommodation costs; the Guest Scientist is responsible for any tax "
     "obligations in Japan.\n" + _EN_TERM, "FUN-04", False, "en-a-guests-allowance-for-accommodation-costs-of-the-visit"),
    (_JA_PREAMBLE + "第8条（研究員の派遣）\n乙は、本研究の遂行上必要があるときは、甲の同意を得て、乙の従業員を甲に受託研究員として派遣することが"
     "できる。\n", "PER-01", False, "ja-the-partners-employee-sent-to-us-as-a-visiting-researcher"),
    (_JA_PREAMBLE + "第16条（輸出管理）\n甲及び乙は、本契約に基づく技術情報の提供及び研究員の受入れに当たり、外国為替及び外国貿易法その他の日本国"
     "の輸出関連法令並びにインド共和国の関係法令を遵守する。\n", "LAW-02", False,
     "ja-both-keeping-japans-export-laws-and-the-partner-countrys"),
    (_JA_PREAMBLE + "第6条（関係当局への提供）\n乙は、甲から提供を受けた共有データ及び解析結果を、乙の所在国の衛生健康行政部門その他の関係当局から"
     "求めがあったときは、甲に通知することなく当該当局に提供することができるものとする。\n", "DAT-03", False,
     "ja-a-health-authority-in-the-name-is-no-health-data"),
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 The University shall submit each request for approval to Sponsor at least "
     "forty-five (45) days before the intended release. Sponsor does not warrant that approval will be given, or given "
     "within any particular period, and the information shall not be released until written approval has been "
     "received." + _EN_TERM, "PUB-02", True, "en-no-release-until-an-approval-with-no-date"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 Where Sponsor notifies the University that a proposed publication relates "
     "to a programme for a defence customer, the University shall defer the publication for such further period as "
     "Sponsor requires to complete that customer's security review, not exceeding eighteen (18) months." + _EN_TERM,
     "PUB-03", False, "en-a-period-the-partner-requires-is-no-edit-of-our-text"),
    (_EN_PREAMBLE + "Article 2 Grant\n2.3 The Grant is made up of:\n(a) AUD 480,000 from Sponsor's own appropriation; and\n(b) "
     "AUD 620,000 contributed to Sponsor by the Defence Futures Technology Office of the Commonwealth under its "
     "Sovereign Materials Capability Program." + _EN_TERM, "FUN-01", True,
     "en-money-contributed-by-a-defence-technology-office"),
]

_BLIND_1005_TO_1012 = [
    # set 1006: an MTA's exception paragraph for the partner's attached institutes, consent "not required"
    (_JA_PREAMBLE + "第6条（研究成果の提供）\n２　前項の規定にかかわらず、乙は、研究成果及び改変物を、乙の附属研究機関及び乙と産学連携協定を締結"
     "している企業に対し、甲の承諾を要することなく提供することができる。\n", "EXP-05", True,
     "ja-results-to-the-partners-attached-institutes-without-our-consent"),
    # set 1008: a joint lab's managing party licensing joint results to anyone without asking us
    (_EN_PREAMBLE + "Article 13 Joint Results\n13.3 To facilitate transfer, the managing party may grant non-exclusive "
     "licences on Joint Results to any third party, including companies of the partner's national research system, "
     "without the prior consent of the University. The managing party shall inform the co-owners of each licence.\n",
     "IP-05", True, "en-the-managing-party-licensing-joint-results-without-our-consent"),
    # set 1007: someone else may stay unnamed, our affiliation must be stated
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 Publications shall acknowledge the Partner and the speakers (unless a "
     "speaker has asked not to be named), and shall state the researchers' affiliation with the University.\n",
     "IP-06", False, "en-a-speaker-unnamed-but-our-affiliation-stated"),
]

_BLIND_1013_TO_1020 = [
    # set 1016: a convenio gives the partner the management of the protection of joint results
    (_EN_PREAMBLE + "Article 9 Intellectual property\n9.3 The management of the protection of jointly owned results shall "
     "correspond to the Partner, which shall decide, after informing the University, on seeking protection and the "
     "countries concerned.\n", "IP-03", True, "en-the-management-of-protecting-joint-results-corresponds-to-the-partner"),
    # set 1017: a licence exercised in any field, public-safety surveillance among them
    (_EN_PREAMBLE + "Article 9 Licence\n9.2 The licence in Article 9.1 may be exercised in any field of application, "
     "including automotive, defence, border-security and public-safety surveillance systems, and the Partner may supply "
     "products incorporating the Results to ministries of defence and police forces in any territory.\n", "EXP-02",
     True, "en-public-safety-surveillance-is-surveillance-of-people"),
    # set 1020: the right to license joint results to the partner's industrial partners without our consent
    (_EN_PREAMBLE + "Article 11 Joint Results\n11.2 The Partner shall have the right to grant non-exclusive licences on "
     "the Joint Results to its industrial partners, without the prior consent of the University, subject only to paying "
     "the University a share of the net revenues.\n", "IP-05", True,
     "en-the-partner-has-the-right-to-license-joint-results-without-our-consent"),
    # set 1020: ours, except what the sponsor's own staff alone made
    (_EN_PREAMBLE + "Article 9 Intellectual property\n9.2 The Results shall be owned by the University, except that any "
     "Results generated solely by employees of the Partner shall be owned by the Partner.\n", "IP-01", False,
     "en-ours-except-what-the-partners-staff-alone-made"),
]

_BLIND_1021_TO_1028 = [
    # set 1024: our secrecy without end, the partner's for five years, in one paragraph
    (_EN_PREAMBLE + "Article 14 Term\n14.3 The obligations of the University with respect to the Sponsor's Confidential "
     "Information shall survive the expiry of the Disclosure Period and shall remain in force indefinitely. The "
     "obligations of the Sponsor with respect to the University's Confidential Information shall survive for a period "
     "of five (5) years after the expiry of the Disclosure Period.\n", "CON-02", True,
     "en-our-secrecy-lasts-indefinitely-the-partners-five-years"),
    (_JA_PREAMBLE + "第14条（秘密保持期間）\n甲が本契約に基づき負う秘密保持義務は、本契約の終了後も期限の定めなく存続する。乙が負う秘密保持義務は、"
     "本契約の終了後5年間存続する。\n", "CON-02", True, "ja-our-secrecy-without-end-the-partners-five-years"),
    # set 1022: to its group companies abroad included, 「甲の承諾を要することなく」
    (_JA_PREAMBLE + "第12条（研究成果の利用）\n２　乙は、研究成果を自ら利用するほか、関係会社（日本国外に所在するものを含む。）及び"
     "これらの者が研究開発を委託する第三者に対し、甲の承諾を要することなく開示し、又は利用させることができるものとする。\n", "EXP-05",
     True, "ja-to-group-companies-abroad-without-needing-our-consent"),
    # set 1021: our information and the results to the partner's foreign group, defined as 乙関係会社
    (_JA_PREAMBLE + "第11条（秘密保持）\n５　前各項の規定にかかわらず、乙は、甲から開示を受けた秘密情報及び研究成果を、乙関係会社に対し、"
     "甲の承諾を得ることなく開示し、乙関係会社における製品の研究開発のために使用させることができる。\n", "EXP-05", True,
     "ja-our-information-to-the-partners-group-without-consent"),
    # set 1025: quarterly reports home with copies of the data, only documents we marked kept out
    (_EN_PREAMBLE + "Article 7 Reports\n7.2 The Visiting Researcher shall submit to the Sponsor a quarterly progress report "
     "on the Research together with copies of the experimental data, test records and technical notes produced by the "
     "Visiting Researcher during the Visit Period, provided that the Visiting Researcher shall not include in such "
     "reports any document that the University has marked as confidential.\n", "PER-04", True,
     "en-reports-home-with-the-experimental-data-only-marked-documents-kept-out"),
    # set 1023: a letter's "you will send the Hospital's Office ... a progress report ... and copies of the analysis code"
    (_EN_PREAMBLE + "Article 9 Reports by the Visiting Researcher\n9.1 Sponsor has asked, and the University agrees, that "
     "the Visiting Researcher will send Sponsor's Office of Scientific Research a progress report every three months "
     "and, on completion of the Visit, "
     "copies of the analysis code, intermediate results and summary datasets produced during the Visit. Sponsor may use "
     "the material described above for its own research and service purposes.\n", "PER-04", True,
     "en-a-visitor-sends-the-partners-office-reports-and-copies-of-code"),
    # set 1026: speakers' consents given at recording confirmed sufficient for storage anywhere
    (_EN_PREAMBLE + "Article 6 Storage\n6.3 Sponsor may store and process the Licensed Dataset, including the Raw Audio and "
     "the Speaker Metadata, on any infrastructure in any jurisdiction, and the University confirms that the consents "
     "obtained from the Speakers at the time of recording are sufficient for such storage and processing.\n", "DAT-03",
     True, "en-consents-given-at-recording-are-declared-sufficient"),
    # set 1026: sub-licences to its affiliates and designated partners without our consent
    (_EN_PREAMBLE + "Article 4 Sub-licensing\n4.1 Sponsor may grant sub-licences of the rights granted in Clause 3.1 to its "
     "Affiliates and to its Designated Partners, in each case without the prior consent of the University.\n",
     "TRA-01", True, "en-sub-licences-to-affiliates-and-designated-partners-without-consent"),
    # set 1027: whoever becomes an affiliate later, anywhere, counts as listed
    (_EN_PREAMBLE + "Article 9 Access Rights\n9.5.3 For the avoidance of doubt, any entity which becomes an Affiliated "
     "Entity of a Party after the Effective Date, wherever it is established, shall be treated as an entity identified "
     "in Attachment 4 without any requirement to notify the other Parties or to amend Attachment 4.\n", "TRA-01", True,
     "en-a-later-affiliate-counts-as-listed-without-notice"),
    # set 1023: further approved researchers designated without our consent or notice
    (_EN_PREAMBLE + "Article 5 Approved Researchers\n5.2 In addition, Sponsor may from time to time designate further "
     "Approved Researchers, including individuals employed by its Access Partners and their affiliated companies, and "
     "shall not be required to obtain the consent of, or give notice to, the University in respect of any such "
     "designation.\n", "TRA-01", True, "en-further-approved-researchers-designated-without-consent"),
    # set 1025: a visitor assigns his own rights to his employer to give effect to joint ownership
    (_EN_PREAMBLE + "Article 8 Intellectual Property\n8.3 The Visiting Researcher shall promptly disclose any Joint "
     "Invention to the University using the University's invention disclosure form and shall assign to the Sponsor any "
     "rights he may have in it so as to give effect to paragraph 8.2.\n", "IP-01", False,
     "en-a-visitor-assigns-his-own-rights-to-his-employer-for-joint-ownership"),
    # set 1021: a laboratory's report and invention list to the agency that funds it
    ('COOPERATIVE RESEARCH AND DEVELOPMENT AGREEMENT\nThis CRADA is entered into by Granite Ridge Research Alliance, LLC '
     '(hereinafter "Contractor") and National University Corporation Asakura University (hereinafter "Participant").\n'
     'ARTICLE I. DEFINITIONS\nB. "DOE" means the Department of Energy, an agency of the Federal Government.\n'
     "ARTICLE XI. REPORTS\nB. Participant acknowledges that Contractor has an obligation to provide DOE with a list of "
     "Subject Inventions and the final report, and that DOE may make the final report publicly available.\n", "DAT-04",
     False, "en-a-laboratorys-invention-list-and-final-report-to-its-funding-agency"),
]

_BLIND_1029_TO_1036 = [
    # set 1031: our data to the partner state's authorities, with a notice only as far as they permit
    (_EN_PREAMBLE + "Article 8 Use of Data\n8.4 Notwithstanding Clause 8.3, Sponsor may provide the University Data and any "
     "Derived Output to the competent authorities of its country upon their request, and shall inform the University "
     "thereof to the extent permitted by such authorities.\n", "DAT-04", True,
     "en-data-to-authorities-with-notice-only-as-far-as-they-permit"),
    # set 1035: a hosted fellow's family allowance for her stay in Japan is no talent-programme benefit
    (_EN_PREAMBLE + "Article 4 Stipend\n4.3 Where the Fellow is accompanied in Japan by a spouse or dependent child for "
     "at least six months of a Fellowship Year, Sponsor shall pay the Family Allowance for the corresponding months.\n",
     "FUN-04", False, "en-a-hosted-fellows-family-allowance-for-her-stay-in-japan"),
    # set 1035: reports due "within the same period" duplicate no funded work
    (_EN_PREAMBLE + "Article 9 Reporting\n9.3 The Fellow shall submit a final scientific report within ninety (90) days "
     "after the end of the Fellowship Period, and the University shall submit a final financial statement within the "
     "same period.\n", "COI-02", False, "en-a-final-statement-within-the-same-period"),
    # set 1035: the host's rules and Japanese law prevail over the funder's codes
    (_EN_PREAMBLE + "Article 13 Research Integrity\n13.1 The Fellow shall conduct the Research Project in accordance "
     "with the Host Rules on research integrity. In the event of any inconsistency between those rules and any code of "
     "Sponsor, the Host Rules and the laws of Japan shall prevail as regards conduct at the University.\n", "CMP-01",
     False, "en-the-host-rules-and-japanese-law-prevail-over-the-funders-codes"),
    # set 1035: what the quarterly reports to the funder must hold, in the paragraph after the one that sends them
    (_EN_PREAMBLE + "Article 9 Reporting and Monitoring\n9.1 The Fellow shall submit a Quarterly Report to Sponsor "
     "within thirty (30) days after the end of each calendar quarter.\n9.2 Each Quarterly Report shall give a full "
     "account of the Fellow's research activities in the preceding quarter, including unpublished results, "
     "experimental protocols, raw datasets and any technical know-how obtained at or from the University.\n",
     "PER-04", True, "en-the-funders-reports-hold-unpublished-results-and-raw-data"),
]

_BLIND_1037_TO_1044 = [
    # set 1041: our know-how to its affiliates wherever they are, 「甲の承諾を要することなく」
    (_JA_PREAMBLE + "第4条（ノウハウの開示）\n４　前項の規定にかかわらず、乙は、甲の承諾を要することなく、本ノウハウを乙の関連会社（その所在国を問わ"
     "ない。）及び乙が許諾製品の製造を委託する第三者に開示し、使用させることができる。\n", "EXP-05", True,
     "ja-our-know-how-to-its-affiliates-wherever-they-are"),
    # set 1037: the results, ours included, to the partner's group without our consent, in an IP article
    (_JA_PREAMBLE + "第15条（研究成果の利用）\n２　前項の規定にかかわらず、乙は、甲の承諾を要することなく、研究成果（甲の研究担当者が単独で得た"
     "ものを含む。）を乙の関係会社に開示し、当該関係会社における事業化の検討及び研究開発のために使用させることができる。\n", "TRA-01", True,
     "ja-the-results-ours-included-to-the-partners-group"),
    # set 1043: a capped deferral, then "for such further period as the Institute considers necessary"
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 The University shall defer publication for a period of up to ninety (90) "
     "days. At Sponsor's written request, the University shall defer publication for such further period as Sponsor "
     "considers necessary to complete its assessment of the commercial potential of the Results.\n", "PUB-02", True,
     "en-a-capped-deferral-then-such-further-period-as-the-partner-considers"),
    # set 1041: "... and, where the Company certifies ..., for such further period thereafter as the Company may specify"
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 The University shall delay submission for a further period not "
     "exceeding ninety (90) days to permit the filing of a patent application, and, where Sponsor certifies in writing "
     "that publication would prejudice its program, for such further period thereafter as Sponsor may reasonably "
     "specify.\n", "PUB-02", True, "en-such-further-period-thereafter-as-the-partner-may-specify"),
    # set 1038: our material to its institutes and other state bodies, deemed no transfer to a third party
    (_EN_PREAMBLE + "Article 8 Transfer\n8.3 For the purposes of this Agreement, the provision of Material or Associated "
     "Information by Sponsor to its affiliated institutes and experimental stations or to other state bodies of its "
     "country that request such material shall not be considered a transfer to a third party, and no notice to or "
     "consent of the University shall be required.\n", "EXP-05", True,
     "en-to-its-institutes-and-state-bodies-deemed-no-transfer"),
    # set 1038: exclusivity that runs on after the agreement ends
    (_JA_PREAMBLE + "第9条（独占）\n甲は、乙に対し、本試料を商業的な品種育成に利用する独占的な権利を許諾し、本契約の有効期間中及びその終了後において、"
     "乙以外の第三者に対し、本試料と同一の系統を商業的な品種育成の目的で提供しないものとする。\n", "IP-04", True,
     "ja-exclusivity-during-and-after-the-agreement"),
    # set 1042: on any early end, whatever the cause, all the development funds repaid
    (_JA_PREAMBLE + "第22条（中途終了）\n２　本契約が期間の満了前に終了したときは、その事由の如何を問わず、甲は、乙から既に受領した開発経費の全額を、"
     "終了の日から30日以内に乙に返還するものとする。\n", "TRM-04", True, "ja-all-funds-repaid-on-any-early-end"),
    # set 1037: our facilities and data server open for "such other Authority programmes as the Authority may notify"
    (_EN_PREAMBLE + "Schedule 2 Contributions\n(e) The University shall make its accelerator facility and research data "
     "server available to Sponsor Personnel, both on site and by remote connection, for the Project and for such other "
     "Sponsor programmes as Sponsor may notify to the University from time to time.\n", "DAT-01", True,
     "en-our-facilities-open-for-such-other-programmes-as-the-partner-may-notify"),
]

_BLIND_1045_TO_1052 = [
    # set 1049: an e-mail's "kept between the two project teams ..., and not be shared with other departments or offices of
    # either institution"
    (_EN_PREAMBLE + "12. Internal circulation. Given the commercial sensitivity of our roadmap, we would ask that the "
     "existence of this collaboration and the terms in this e-mail be kept between the two project teams for now, and "
     "not be shared with other departments or offices of either institution until the formal agreement is signed.\n",
     "CON-01", True, "en-kept-between-the-project-teams-not-shared-with-other-offices"),
    # set 1049: results to the partner's unnamed 関係機関, its affiliated bodies, not its government
    (_JA_PREAMBLE + "第３条（成果の利用）\n本覚書に基づく活動により得られた研究資料及び成果は、甲及び乙が共同で利用することができるものとし、"
     "乙は、これを乙の関係機関に提供することができる。\n", "TRA-01", True, "ja-results-to-the-partners-affiliated-bodies"),
    (_JA_PREAMBLE + "第３条（成果の利用）\n本覚書に基づく活動により得られた研究資料及び成果は、甲及び乙が共同で利用することができるものとし、"
     "乙は、これを乙の関係機関に提供することができる。\n", "DAT-04", False,
     "ja-the-partners-affiliated-bodies-are-not-its-government"),
    # set 1046: users' consent obtained after they are told the country and its protections is DAT-03's benign side
    (_JA_PREAMBLE + "第12条（個人情報の取扱い）\n２　甲は、乙が利用者の個人情報を乙の所在国においてアカウント管理のために保存することについて、"
     "あらかじめ利用者に対し、移転先の国名、当該国における個人情報保護制度及び乙が講ずる保護措置に関する情報を提供した上で、その同意を取得するものと"
     "する。\n", "DAT-03", False, "ja-consent-obtained-after-telling-the-users-the-country"),
    # set 1046: terms of use posted 「随時」 are no access at any time
    (_JA_PREAMBLE + "第21条（利用規約との関係）\n２　本件データの利用条件の細目については、乙がデータポータル上に随時掲示する学術利用規約の定めるところ"
     "によるものとする。\n", "DAT-01", False, "ja-terms-of-use-posted-from-time-to-time-are-no-access"),
    # set 1051: delivery not held back for any internal classification or licensing review
    (_EN_PREAMBLE + "Article 6 Delivery\n6.4 Once the initial licence fee has been received, the University shall not "
     "withhold, suspend or postpone the delivery of any part of the Technical Information on account of any internal "
     "classification or licensing review.\n", "EXP-01", True, "en-delivery-not-held-back-for-a-classification-review"),
    # set 1051: our consent waived first, then the know-how to affiliates and designated partners wherever located
    (_EN_PREAMBLE + "Article 3 Licence\n3.4 Sponsor may, without the prior consent of the University and without the "
     "payment of any additional fee, sublicense the rights granted under Clause 3.1 and disclose the Technical "
     "Information to any of its Affiliates and to any Designated Cooperation Partner, wherever located.\n", "EXP-05",
     True, "en-consent-waived-then-to-affiliates-and-partners-wherever-located"),
    # set 1052: either side's data and our information to any authority that asks, beside the law and the courts
    (_EN_PREAMBLE + "Article 8 Data\n8.5 Either Party may disclose Project Data and the other Party's Confidential "
     "Information where required by law or by order of a court, or where requested by any governmental or regulatory "
     "authority of the jurisdiction in which that Party is established, and no notice to the other Party shall be "
     "required.\n", "DAT-04", True, "en-or-where-requested-by-any-governmental-authority"),
    # set 1047: possession of the strains passed, the rights not
    (_JA_PREAMBLE + "第3条（分与）\n３　本契約に基づく分与は、本病原体等の占有を乙に移転するものであり、甲が本病原体等について有する権利を乙に譲渡する"
     "ものではない。\n", "IP-01", False, "ja-possession-passed-the-rights-not"),
    # set 1047: the partner's own name kept out without its consent
    (_EN_PREAMBLE + "Article 11 Return Data\n11.3 The University shall not disclose Sponsor's identity as the source of any "
     "Return Data without Sponsor's consent, except in the University's annual list of access projects.\n", "PUB-01",
     False, "en-the-partners-identity-kept-out-without-its-consent"),
    # set 1048: the partner's facilities for our researchers at its discretion, ours open to its researchers
    (_EN_PREAMBLE + "Article 6 Use of Facilities\n6.1 The University shall provide researchers dispatched by Sponsor with "
     "access to its laboratories and its high-performance computing systems for the duration of their visit.\n6.2 The "
     "use of Sponsor facilities by researchers of the University may be arranged at the discretion of Sponsor, subject "
     "to its internal regulations.\nArticle 7 Costs\n7.1 Each Party bears its own costs.\n", "REC-02", True,
     "en-the-partners-facilities-for-us-at-its-discretion"),
]

_BLIND_1053_TO_1060 = [
    # set 1054: the partner keeps models derived from our data after the end, without limit (a data clause)
    (_JA_PREAMBLE + "第20条（終了後の措置）\n３　前2項の規定にかかわらず、乙は、本研究の成果の検証のため、派生データ（学習済みの予測モデルを含む。）及び"
     "解析結果を、本契約の終了後も期間の定めなく保持し、乙の研究に利用することができる。\n", "TRM-04", True,
     "ja-the-partner-keeps-derived-models-after-the-end-without-limit"),
    # set 1055: visitors keep the rules of whichever party receives them
    (_EN_PREAMBLE + "Article 5 Visits\n5.3 Visiting researchers shall remain employees of the sending Party during the "
     "visit, shall observe the laws of the host country and the rules and regulations of the receiving Party, and shall "
     "use the facilities of the receiving Party only to the extent authorised by the receiving Party.\n", "CMP-01",
     False, "en-visitors-keep-the-receiving-partys-rules"),
    # set 1055: the partner's disclosures at an administrative body's request exempted from secrecy
    (_JA_PREAMBLE + "第9条（秘密保持）\n４　乙が所在国の公的研究資金に関する規則又は行政機関の要請に基づき行う秘密情報、研究データ及び研究成果の"
     "提供については、第1項の規定を適用しない。\n", "DAT-04", True, "ja-disclosures-at-an-administrative-bodys-request"),
    # set 1058: a court's or regulator's order, told to the other side first
    (_JA_PREAMBLE + "第12条（秘密保持）\n２　前項の規定にかかわらず、甲及び乙は、法令又は裁判所若しくは行政機関の命令により開示を求められた"
     "場合には、あらかじめ相手方に通知した上で（事前の通知が法令上許されない場合を除く。）、求められた範囲に限り秘密情報を開示"
     "することができる。\n", "DAT-04", False, "ja-compelled-disclosure-after-notice"),
    # set 1056: our study's protocol changed on the partner's word
    (_EN_PREAMBLE + "Article 5 Study Management\n5.4 Sponsor may, by written notice to the University, require the "
     "University to amend the Study Protocol, to add or discontinue data collection instruments, or to replace the "
     "Principal Investigator, and the University shall implement such requirement within sixty (60) days.\n",
     "FUN-06", True, "en-the-partner-requires-us-to-amend-our-protocol"),
    # set 1057: the outcome of our export review
    (_EN_PREAMBLE + "Appendix A Research Plan\nEquipment used: commercially available broadband seismometers and the "
     "laboratory's general-purpose computing server. No controlled items have been identified by the Security Export "
     "Control Office.\n", "EXP-01", False, "en-no-controlled-items-identified-by-our-office"),
    # set 1057: a visitor's status of residence is no residence at the partner
    (_EN_PREAMBLE + "Article 3 Appointment\n3.1 Provided that Sponsor's researcher continues to hold a valid status of "
     "residence in Japan, the appointment shall be extended automatically for successive periods of six (6) months "
     "unless either party notifies the other not less than one (1) month before the end of the then current period.\n",
     "PER-01", False, "en-a-visitors-status-of-residence"),
    # set 1058: either side may tell its funders, on a confidential basis
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.2 Confidential Information may be disclosed: (c) by either Party, to "
     "the extent reasonably necessary and on a confidential basis, to its funding bodies, auditors and regulators and, "
     "in the case of the University, to its offices responsible for research integrity.\n", "COI-01", False,
     "en-either-party-may-tell-its-funders-in-confidence"),
    # set 1058: visitors' accounts reach every dataset on our shared storage
    (_EN_PREAMBLE + "Annex 1 Visits\n2. Visiting Researchers registered under Article 5 shall be issued with a research "
     "computing account giving access to the HPC cluster and to all datasets held on the Faculty's shared research "
     "storage, including by remote connection from Sponsor, for the duration of their registration.\n", "DAT-01", True,
     "en-visitors-reach-all-datasets-on-our-storage"),
    # set 1059: the partner handles the material under its own country's law and its own rules
    (_JA_PREAMBLE + "第5条（取扱い）\n２　乙は、本材料を、ヒト由来試料の取扱いに関する乙の所在国の法令及び乙の規程に従い、バイオセーフティレベル２"
     "以上の設備において取り扱う。\n", "CMP-01", False, "ja-the-partner-handles-the-material-under-its-own-rules"),
    # set 1059: partner-nominated visitors given our facilities as our own staff
    (_EN_PREAMBLE + "Article 6 Personnel\n6.3 Sponsor may nominate up to four (4) Visiting Researchers in each Project "
     "Year. The University shall, within fifteen (15) days after receipt of Sponsor's written nomination, issue the "
     "documents necessary for their entry and shall grant them access to the Biofoundry and the strain repositories on "
     "the same terms as the University's own research staff.\n", "PER-03", True,
     "en-nominees-get-access-as-our-own-research-staff"),
    # set 1060: our researcher named only with his consent
    (_EN_PREAMBLE + "Article 9 Publications\n9.3 Sponsor shall not name the University as an author of any publication "
     "of Sponsor without its prior written consent.\n", "IP-06", False, "en-we-are-named-only-with-our-consent"),
    # set 1060: a consultant who may serve no one else in the field, during and after the term
    (_EN_PREAMBLE + "Article 6 Exclusivity\n6.1 During the Term and for eighteen (18) months after its expiry, the "
     "University shall not, directly or indirectly, provide consulting, advisory, research or development services in "
     "the Field to or for the benefit of any person or entity other than Sponsor.\n", "PUB-04", True,
     "en-our-researcher-serves-no-one-else-in-the-field"),
]

_BLIND_1061_TO_1068 = [
    # set 1061: publication held until a foreign agency's board issues a release, the review periods switched off
    (_EN_PREAMBLE + "Article 13 Publication\n13.4 Where a proposed Publication contains data obtained from hardware of "
     "the Agency, the Publication shall not be submitted until the Programme Clearance Board of the Agency has issued a "
     "written release, and the periods stated in Articles 13.2 and 13.3 shall not apply to such Publication.\n",
     "PUB-02", True, "en-held-until-an-agencys-board-issues-a-release"),
    # set 1061: another body's security clearance taken for our screening
    (_EN_PREAMBLE + "Annex C Technology Control Plan\nC.5.4 Project Personnel nominated by Sponsor who hold a current "
     "security clearance issued by the Agency shall be deemed to have satisfied the screening requirements of "
     "paragraph C.5.1 and may be granted access to Controlled Technology areas upon arrival at the University.\n",
     "EXP-04", True, "en-a-clearance-deemed-to-satisfy-our-screening"),
    # set 1064: a trial sponsor's own submissions to drug regulators
    (_EN_PREAMBLE + "Article 10 Study Data\n10.5 Sponsor may disclose pseudonymised Study Data to its Affiliates, to the "
     "CRO and to regulatory authorities for the purposes of the development, registration and safety monitoring of the "
     "Study Drug, in each case as described in the informed consent form.\n", "DAT-04", False,
     "en-a-trial-sponsors-submissions-to-drug-regulators"),
    # set 1064: a partner's country's law named in kanji
    (_JA_PREAMBLE + "第21条（準拠法）\n本契約は、中華人民共和国の法律に準拠し、同法に従って解釈されるものとする。\n", "LAW-01", True,
     "ja-the-law-of-a-country-named-in-kanji"),
    # set 1064: a ban on re-identifying participants
    (_EN_PREAMBLE + "Article 4 Conditions of Use\n4.1 The University shall not: (a) attempt to identify, re-identify or "
     "contact any Participant, or link the Sponsor Data with any other data relating to a Participant;\n", "DAT-03",
     False, "en-a-ban-on-attempting-to-identify-or-re-identify"),
    # set 1067: the partner may defer a paper "for such further period as it considers necessary"
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 The Publishing Party shall delay submission of the Publication for up "
     "to three months from the date of the notice; provided that, where the Publication discloses Joint IP, Sponsor may "
     "require the Publication to be deferred for such further period as it considers necessary to preserve the "
     "commercial value of that Joint IP.\n", "PUB-02", True, "en-deferred-for-such-further-period-as-it-considers"),
    # set 1067: a duty to declare honoraria under each party's policies
    (_EN_PREAMBLE + "Article 14 Conflicts of Interest\n14.1 Each Party shall require its Key Personnel to disclose, in "
     "accordance with that Party's policies, any personal financial interest in the Project and any outside "
     "appointment, consultancy, honorarium or research support relating to the Project.\n", "FUN-04", False,
     "en-a-duty-to-declare-honoraria"),
    # set 1067: the agreement kept secret is no consent over our papers
    (_EN_PREAMBLE + "Article 6 Confidentiality\n6.6 Notwithstanding Section 6.2, the existence and terms of this "
     "Agreement, including the identity of Sponsor and the amount of the Research Funding, shall be treated as "
     "Confidential Information of Sponsor, and the University shall not disclose the same to any Third Party, "
     "including any governmental or public funding agency, without the prior written consent of Sponsor.\n", "PUB-01",
     False, "en-the-agreement-kept-secret-is-no-consent-over-papers"),
]

_BLIND_1069_TO_1076 = [
    # set 1069: a defined group left open to whatever the partner designates
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Partner Institutes" means the institutes listed in Annex 2, together '
     "with any other institute, laboratory or enterprise that is owned or administered by Sponsor and that Sponsor may "
     "designate in writing to the University from time to time for participation in the Project;\n", "TRA-01", True,
     "en-a-defined-group-open-to-whatever-the-partner-designates"),
    # set 1069: the partner's titles and payments carved out of the disclosure duty
    (_EN_PREAMBLE + "Article 4 Disclosure\n4.5 For the purposes of this Clause 4, an honorary, adjunct or visiting "
     "appointment conferred by Sponsor on a Researcher of the University, together with any honorarium or housing "
     "support provided in connection with it, shall be treated as an incident of the Project and shall not constitute "
     "an Appointment or Foreign Support requiring disclosure under Clauses 3 and 4.\n", "COI-03", True,
     "en-the-partners-titles-carved-out-of-disclosure"),
    # set 1069: disclosure statements kept from government and funders
    (_EN_PREAMBLE + "Article 6 Confidentiality\n6.2 All Disclosure Statements made under this Addendum, and any "
     "information in them concerning Sponsor, shall be treated as Confidential Information of Sponsor and shall not be "
     "communicated, in whole or in summary, to any third party, including any government department, funding agency or "
     "registry, without the prior written consent of Sponsor.\n", "CON-03", True,
     "en-disclosure-statements-not-communicated-to-government"),
    # set 1069: a definition of foreign support pays nothing
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 In this Addendum: (c) "Foreign Support" means any grant, contract, gift, '
     "salary, stipend, honorarium, research allowance or housing provided by a foreign government or entity.\n",
     "FUN-04", False, "en-a-definition-of-foreign-support"),
    # set 1070: the partner's personnel working at our premises
    (_EN_PREAMBLE + "Article 7 Personnel\n7.1 Where a Task Order provides that Sponsor Personnel will work at the "
     "University's premises, Sponsor shall nominate such persons in writing at least sixty (60) days before the "
     "intended start date, together with information on their employer, position, place of residence and such other "
     "information as the University reasonably requires for its security export control procedures.\n", "PER-01",
     False, "en-the-partners-personnel-working-at-our-premises"),
    # set 1070: activities on a meeting's minutes, no separate contract
    (_JA_PREAMBLE + "第4条（連携事項の実施）\n２　前項の規定にかかわらず、軽易な事項については、甲及び乙は、個別契約を締結することなく、"
     "会議の議事録に記載された合意に基づき当該事項を実施することができる。\n", "TRA-03", True,
     "ja-activities-on-minutes-without-a-separate-contract"),
    # set 1070: personal data terms left to a later contract
    (_JA_PREAMBLE + "第11条（個人情報）\n２　甲及び乙は、個人情報（氏名、所属等の連絡先に係る情報を除く。）を相手方に提供し、又は国外に移転する"
     "必要が生じたときは、あらかじめ提供する情報の範囲、利用目的、安全管理措置及び本人の同意の取得方法について個別契約において定めるもの"
     "とする。\n", "DAT-03", False, "ja-personal-data-terms-left-to-a-later-contract"),
    # set 1070: a court's order, told first "or, where that is hard, promptly after"
    (_JA_PREAMBLE + "第10条（秘密保持）\n３　甲及び乙は、法令又は裁判所若しくは行政機関の命令により秘密情報の開示を求められたときは、事前に"
     "（事前の通知が困難な場合は事後速やかに）相手方に通知した上で、必要な範囲に限り開示することができる。\n", "DAT-04", False,
     "ja-compelled-disclosure-told-first-or-promptly-after"),
    # set 1070: open access to publications
    (_EN_PREAMBLE + "Article 11 Open Access to Publications and Data\n11.1 The University shall use reasonable efforts to "
     "ensure that peer-reviewed articles arising from the Project are made freely available to the public no later "
     "than twelve (12) months after publication.\n", "DAT-01", False, "en-open-access-to-publications"),
    # set 1071: results and our confidential information to the partner's affiliates and programme partners
    (_EN_PREAMBLE + "Article 9 Use of Results\n9.2 Sponsor may disclose and make available the Research Results, the "
     "Project Data and any Confidential Information of the University received hereunder to its Affiliates and Program "
     "Partners without further consent of the University.\n", "TRA-01", True,
     "en-results-to-affiliates-and-programme-partners-a-long-sentence"),
    # set 1071 and set 1076: a strain's genome is no person's
    (_JA_PREAMBLE + "別紙1（研究計画）\n④選抜株（２４株）のゲノムＤＮＡの抽出及び乙への送付\n", "DAT-03", False,
     "ja-a-strains-genome-sent-to-the-partner"),
    # set 1073: a number of cases is no case record
    (_JA_PREAMBLE + "第5条（研究データの提供）\n２　甲が乙に提供する研究データの件数は、約3,200症例分（静止画像約48,000枚）を上限とし、甲は、"
     "研究計画書に定める時期に、これを3回に分けて提供する。\n", "DAT-03", False, "ja-a-number-of-cases"),
    # set 1074: identifiable answers on servers in any country the partner likes
    (_JA_PREAMBLE + "第11条（個人情報）\n２　乙は、前項の規定にかかわらず、個票データ（回答者の氏名、住所及び電話番号その他特定の個人を識別"
     "することができる情報を含む。）を、乙又は乙の関係会社がシンガポール共和国その他乙が適当と認める国に設置するサーバーに保存し、集計、"
     "分析及び品質管理のために処理することができる。\n", "DAT-03", True,
     "ja-identifiable-answers-on-servers-in-any-country"),
    # set 1075: what we pay an individual partner
    (_JA_PREAMBLE + "第6条（謝金）\n甲は、乙に対し、本研究への協力の対価として、研究協力謝金月額１８０，０００円（消費税等を含まない。）を"
     "支払う。\n", "FUN-04", False, "ja-what-we-pay-the-partner"),
]

_BLIND_1077_TO_1084 = [
    # set 1077: unpublished results to the partner's consortium members
    (_EN_PREAMBLE + "Article 9 Use of Results\n9.2 In addition, Sponsor may make Project Results, including unpublished "
     "Project Results and associated technical data, available to Consortium Members for evaluation and internal "
     "research purposes under the membership terms of the Consortium.\n", "TRA-01", True,
     "en-unpublished-results-to-consortium-members"),
    # set 1077: the partner owns the field data, our copies only for a while
    (_EN_PREAMBLE + "Article 9 Data\n9.3 All primary data, specimens and samples collected within the territory of the "
     "Partner's country under this MoU shall be the property of Sponsor, and researchers of the University may retain "
     "copies of such data only for the duration of the relevant Implementing Arrangement. Upon expiry, the University "
     "shall delete the copies in its possession.\n", "DAT-05", True, "en-our-copies-kept-only-for-a-while"),
    # set 1078: the partner's policies expressly not binding on us
    (_EN_PREAMBLE + "Article 17 Compliance\n17.2 The University's obligations towards Sponsor are exclusively those set "
     "out in this Agreement, and the University shall not be bound by Sponsor's internal policies, supplier audits or "
     "sustainability questionnaires except to the extent expressly agreed in writing.\n", "CMP-01", False,
     "en-the-partners-policies-not-binding"),
    # set 1078: the partner barred from asking for changes
    (_JA_PREAMBLE + "第14条（研究成果の公表）\n４　乙は、前項に定める場合を除き、公表の内容の変更を求め、又は公表を妨げてはならない。\n",
     "PUB-03", False, "ja-the-partner-may-not-ask-for-changes-to-a-paper"),
    # set 1079: a cross-appointee's funds for the partner's duties under its rules
    (_JA_PREAMBLE + "第12条（研究資金）\n対象者が乙業務に関して受け入れる研究資金は、乙の規則に従い乙が管理する。\n", "CMP-01", False,
     "ja-funds-for-the-partners-duties-under-its-rules"),
    # set 1079: personal data exchanged both ways only as needed, under both laws
    (_JA_PREAMBLE + "第18条（個人情報）\n甲及び乙は、対象者の個人情報を、個人情報の保護に関する法律、欧州連合一般データ保護規則その他の関係法令"
     "に従い取り扱い、本協定の履行に必要な範囲においてのみ相互に提供するものとする。\n", "DAT-03", False,
     "ja-personal-data-exchanged-only-as-needed"),
    # set 1079: an honorarium we approve under our own rules
    (_EN_PREAMBLE + "Article 3 Conditions\n3.1 This appointment is conditional on Sponsor receiving written "
     "confirmation that the University has approved the appointment, including the honorarium, under its rules on "
     "outside employment and concurrent positions.\n", "FUN-04", False, "en-an-honorarium-we-approve"),
    # set 1079: free to tell us and funders of the honorarium
    (_EN_PREAMBLE + "Article 7 Disclosure\n7.1 Nothing in this letter restricts the Professor from disclosing the "
     "existence and terms of this appointment, including the honorarium, to the University or to any research funding "
     "agency.\n", "FUN-04", False, "en-free-to-disclose-the-honorarium"),
    # set 1079: a promise not to ask for an assignment
    (_EN_PREAMBLE + "Article 9 Intellectual Property\n9.2 Nothing in this letter grants Sponsor any rights in "
     "intellectual property owned by the University, and the Professor will not be asked to assign to Sponsor any "
     "rights that belong to the University.\n", "IP-01", False, "en-not-asked-to-assign"),
    # set 1080: a paper's review that names the partner's own results
    (_EN_PREAMBLE + "Article 10 Publications\n10.2 The University shall provide Sponsor with a copy of any proposed "
     "publication that refers to Foreground IP owned by Sponsor at least thirty (30) days before submission. Sponsor "
     "shall have no right to require changes to the scientific content of a publication.\n", "IP-01", False,
     "en-a-papers-review-naming-the-partners-results"),
    # set 1080: where our reflectors stand, sent at our discretion
    (_JA_PREAMBLE + "第12条（地上観測データ）\n甲は、本データの校正及び検証に資するため、甲が取得したGNSS観測データ、地上設置型反射器の設置位置"
     "情報その他の地上観測データのうち甲が適当と認めるものを、甲の判断により乙に提供することができる。\n", "DAT-03", False,
     "ja-where-our-reflectors-stand"),
    # set 1080: the partner's government stopping its data to us
    (_JA_PREAMBLE + "第21条（提供の停止）\n３　乙は、乙の国の法令又は政府の決定により本データの提供を継続することができなくなったときは、甲に"
     "通知の上、本データの提供を停止し、又は本契約を解除することができる。\n", "DAT-04", False,
     "ja-the-partners-government-stops-its-data"),
    # set 1083: a funder's officer redirecting the work
    (_EN_PREAMBLE + "Article 5 Conduct of the Project\n5.3 The University shall conform the conduct of the Project to such "
     "technical direction as the Program Officer may issue in writing from time to time, including the redirection, "
     "re-prioritization or substitution of tasks within the Statement of Work and the removal or replacement of Key "
     "Personnel.\n", "FUN-06", True, "en-a-program-officers-technical-direction"),
    # set 1083: a paper held until the funder's officer ends his review
    (_EN_PREAMBLE + "Article 10 Publication\n10.2 If the Program Officer notifies the University that the material "
     "requires further review by the Grantor, the University shall not submit the manuscript for publication until the "
     "Program Officer has notified the University in writing that the review is complete.\n", "PUB-02", True,
     "en-held-until-the-officer-ends-his-review"),
    # set 1083: no personal payment at all
    (_EN_PREAMBLE + "Article 6 Use of Funds\n6.4 This Grant does not provide any personal payment, honorarium, title or "
     "other benefit to any individual.\n", "FUN-04", False, "en-no-personal-payment-at-all"),
]

_BLIND_1085_TO_1092 = [
    # set 1085: every student the partner selects hosted, refused only for want of space
    (_EN_PREAMBLE + "Article 4 Selection\n4.4 The University shall host each Rotation Student selected by Sponsor under "
     "Section 4.3 and shall not decline to host a selected student except where the requested Host Laboratory lacks "
     "bench space or supervisory capacity.\n", "PER-03", True, "en-every-student-the-partner-selects-hosted"),
    # set 1085: visiting students' accounts not limited to their laboratory or project
    (_EN_PREAMBLE + "Article 8 Facilities\n8.2 The University shall issue each Rotation Student an institutional account "
     "providing access to the shared imaging facility, research computing cluster and shared research data storage, and "
     "such access shall not be limited to the Host Laboratory or the Rotation Project.\n", "DAT-01", True,
     "en-students-access-not-limited-to-their-laboratory"),
    # set 1086: our freedom to tell the authorities beside a ban on something else
    (_EN_PREAMBLE + "Article 18 Compliance\n18.4 The Parties acknowledge that the loan of the Equipment is not made in "
     "exchange for, and shall not influence, any procurement decision of the University, and that the University may "
     "disclose this Agreement to its auditors and to any public authority entitled to review its procurement.\n",
     "CON-03", False, "en-we-may-tell-the-authorities"),
    # set 1088: our inventor made the partner's officer with options
    (_EN_PREAMBLE + "Article 3 Founder Arrangements\n3.6 Sponsor shall appoint the Principal Inventor as its Chief "
     "Scientific Officer and grant him an option under its Equity Incentive Plan to purchase 600,000 shares of Common "
     "Stock.\n", "COI-03", True, "en-our-inventor-made-the-partners-officer"),
    # set 1088: a declaration of no shares or posts
    (_EN_PREAMBLE + "Article 15 Conflicts\n15.3 The University confirms that the Principal Investigator has declared to "
     "the University that she holds no shares, options or positions in Sponsor.\n", "PER-01", False,
     "en-holds-no-shares-or-positions"),
    # set 1090: a permitted purpose that reaches any research, teaching, development or commercial purpose
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Permitted Purpose" means the conduct of the Project and any other '
     "research, teaching, development or commercial purpose of Sponsor or of any member of its Group.\n", "IP-02",
     True, "en-a-purpose-of-research-teaching-development-or-commerce"),
    # set 1090: shared facilities defined to reach whatever else the partner's people need
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Shared Facilities" means the laboratories, computing cluster and campus '
     "network of the University, together with any other facilities of the University to which Sponsor Personnel may "
     "reasonably require access from time to time.\n", "DAT-01", True, "en-facilities-defined-to-reach-whatever-needed"),
]

_BLIND_1093_TO_1100 = [
    # set 1094: an interviewee's release form deemed consent to a transfer abroad
    (_EN_PREAMBLE + "Article 9 Transfer to the Archive\n9.3 The Narrator's signature of the interview release form "
     "described in Annex III shall be deemed to constitute consent for all purposes of the transfer of the materials "
     "described in Articles 9.1 and 9.2 to the Archive.\n", "DAT-03", True, "en-a-release-form-deemed-consent"),
    # set 1094: our users listed in a part of a schedule, more only with the lender's approval
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Authorised Users" means the Responsible Researcher and the persons '
     "listed in Part B of Schedule 4, and any other person approved in writing by Sponsor under clause 8.3;\n",
     "EXP-05", False, "en-users-listed-in-part-of-a-schedule"),
    # set 1094: the library's reading-room rules and its staff's safety instructions on its premises
    (_JA_PREAMBLE + "第5条（作業）\n３　作業従事者は、乙の施設内においては、乙の定める資料保存及び閲覧に関する規則並びに館内の安全管理に関する"
     "乙の職員の指示に従う。\n", "CMP-01", False, "ja-the-librarys-reading-room-rules"),
    # set 1097: the partner limits handling to its own staff under its own supervision
    (_JA_PREAMBLE + "第7条（取扱者）\n３　乙は、本病原体等関連物を取り扱う者を、乙の研究責任者の指揮監督下にある乙の教職員及び学生であって、"
     "乙の定める生物安全教育を修了した者に限るものとする。\n", "PER-01", False, "ja-the-partners-own-staff-under-its-supervision"),
    # set 1099: money already spent paid back on our leaving
    (_EN_PREAMBLE + "Article 17 Termination\n17.6 If this Agreement is terminated by the University under Article 17.2, "
     "the University shall, within ninety (90) days, refund to Sponsor all unspent Funding together with an amount "
     "equal to the Funding disbursed to the University in the twelve (12) months preceding the effective date of "
     "termination.\n", "TRM-04", True, "en-spent-funding-refunded-on-our-exit"),
    (_EN_PREAMBLE + "Article 17 Termination\n17.6 If this Agreement is terminated early, the University shall refund to "
     "Sponsor all unspent Funding.\n", "TRM-04", False, "en-only-unspent-funding-refunded"),
    # set 1099: the partner opens its own facilities to our visitors as far as its investigator sees fit
    (_JA_PREAMBLE + "第6条（研究担当者の受入れ）\n２　乙は、甲から派遣される研究担当者を乙の規則に従って受け入れ、乙の研究代表者が必要と"
     "認める範囲において、乙の施設及び設備を利用させるものとする。\n", "DAT-01", False,
     "ja-the-partners-own-facilities-for-our-visitors"),
    # set 1099: the data behind a paper deposited with the partner's ethics committee's approval
    (_EN_PREAMBLE + "Article 9 Publication\n9.9 De-identified Data underlying published articles may be deposited in a "
     "controlled-access repository agreed by the Principal Investigators, subject to the approval of the Sponsor "
     "ERC.\n", "PUB-01", False, "en-a-deposit-approved-by-the-partners-ethics-committee"),
    # set 1099: our field team under the partner's investigator for the field work
    (_EN_PREAMBLE + "Article 7 Field Work\n7.1 University researchers and students taking part in field work in Kenya "
     "shall obtain the appropriate Kenyan permits, shall be affiliated to Sponsor for the duration of their field work, "
     "and shall work under the direction of the Sponsor Principal Investigator or the field coordinator.\n", "PER-01",
     False, "en-our-field-team-under-the-partners-investigator"),
]

_BLIND_1101_TO_1108 = [
    # set 1101: names taken out, but health data sent without asking the people
    (_JA_PREAMBLE + "第5条（提供）\n３　前項の規定にかかわらず、甲が本研究の開始前に取得した健診データのうち氏名、住所及び電話番号を削除したものに"
     "ついては、甲は、本人の個別の同意の有無を確認することなく、乙の求めに応じて乙に提供するものとする。\n", "DAT-03", True,
     "ja-health-data-sent-without-asking-the-people"),
    # set 1103: no right in the partner's own results, our research use kept
    (_EN_PREAMBLE + "Article 10 Exploitation\n10.5 Sponsor may exploit Sponsor Foreground IP without restriction. The "
     "University shall have no right in Sponsor Foreground IP other than the research and teaching use under Article "
     "10.1.\n", "IP-01", False, "en-no-right-in-the-partners-own-foreground"),
    # set 1103: process recipes handed over on request within fourteen days
    (_JA_PREAMBLE + "第6条（技術資料の提供）\n２　前項の規定にかかわらず、甲は、乙から書面又は電子メールにより要請があったときは、本件工程に係る"
     "工程条件表、レシピ、評価データその他の技術資料を、要請を受けた日から14日以内に、乙が指定する方法により乙に提供しなければならない。\n",
     "EXP-01", True, "ja-process-recipes-on-request-within-fourteen-days"),
    (_JA_PREAMBLE + "第6条（技術資料の提供）\n２　甲は、乙から要請があったときは、本件工程に係るレシピその他の技術資料を、外為法に基づく該非判定を"
     "経た上で、要請を受けた日から14日以内に乙に提供するものとする。\n", "EXP-01", False,
     "ja-process-recipes-after-the-export-classification"),
    # set 1103: each side's care of the personal information it receives
    (_JA_PREAMBLE + "第20条（個人情報の取扱い）\n甲及び乙は、本契約の履行に関して相手方から提供を受けた個人情報（乙の技術者に関する情報を含む。）を、"
     "本契約の履行の目的の範囲内でのみ取り扱い、各自に適用される個人情報の保護に関する法令に従い適切に管理するものとする。\n", "DAT-03",
     False, "ja-each-sides-care-of-personal-information-received"),
    # set 1104: military use named among the purposes ruled out
    (_EN_PREAMBLE + "Article 2 Use\n2.2 The Receiving Party shall use the Confidential Information of the Disclosing Party "
     "solely for the Purpose and for no other purpose whatsoever, including any commercial, military or other purpose "
     "not related to the Purpose.\n", "EXP-02", False, "en-military-use-among-the-purposes-ruled-out"),
    # set 1105: cruise data ours, the ship's owners acquiring nothing
    (_EN_PREAMBLE + "Article 13 Data\n13.1 All data, samples and records collected by the Scientific Party during the "
     "Cruise shall be the sole property of the University, and Sponsor shall acquire no right, title or interest in the "
     "Cruise Data.\n", "IP-01", False, "en-cruise-data-ours-the-owners-acquire-nothing"),
    # set 1105: persons named by the owners, their affiliates or any authority, with access to our data
    (_EN_PREAMBLE + "Article 9 Persons on Board\n9.6 Sponsor shall further be entitled to embark up to two (2) further "
     "persons nominated by Sponsor, its affiliates or any authority having jurisdiction over Sponsor, and such persons "
     "shall be afforded reasonable access to the laboratories, the data acquisition systems and the working data of "
     "the Scientific Party.\n", "TRA-01", True, "en-nominees-of-any-authority-with-access-to-our-data"),
    # set 1105: a country's own data given back to its agency
    (_EN_PREAMBLE + "Article 6 Data\n2. The University will provide Sponsor with full and continuing access to all data "
     "held in the repository that originate from the Kingdom of Tonga, and with a complete copy of such data on "
     "request.\n", "DAT-01", False, "en-a-countrys-own-data-given-back"),
    # set 1106: the laboratory's data to an investor's observer, related or not
    (_EN_PREAMBLE + "Article 7 Observer\n7.2 The University shall make available to Sponsor's Technical Observer, on "
     "request, the laboratory's experimental data, electronic notebooks, source code and sample inventories, whether or not such "
     "items relate to the Licensed Technology.\n", "DAT-01", True, "en-laboratory-data-to-an-observer-related-or-not"),
    # set 1106: an investment milestone met only when our programme moves abroad
    (_EN_PREAMBLE + "Article 3 Milestones\n3.4 Milestone C shall be treated as achieved only when Sponsor has "
     "incorporated a research subsidiary in Singapore and has transferred to it the development programme, including "
     "the prototype fabrication line currently operated within the Tachibana Laboratory of the University.\n",
     "FUN-02", True, "en-a-milestone-met-only-when-our-programme-moves-abroad"),
    # set 1106: results to the partner's group companies, our consent waived first
    (_JA_PREAMBLE + "第11条（秘密保持）\n４　前各項の規定にかかわらず、乙は、秘密情報及び研究成果を、甲の承諾を得ることなく、関係会社の役員及び"
     "従業員に開示し、関係会社の事業のために利用させることができる。\n", "EXP-05", True,
     "ja-results-to-the-partners-group-our-consent-waived"),
    # set 1107: the donor's consent to the plan and to who works on it
    (_JA_PREAMBLE + "第5条（研究の実施）\n２　研究代表者は、研究計画に従い本研究を実施するものとし、本研究の研究計画の変更並びに本研究に従事する"
     "研究員及び学生の選定については、あらかじめ乙と協議し、乙の書面による同意を得て行うものとする。\n", "FUN-06", True,
     "ja-the-donors-consent-to-the-plan-and-the-people"),
    # set 1108: our visitors keep the host's house rules on its premises
    (_JA_PREAMBLE + "第5条（派遣）\n(4) 派遣研究者は、乙の施設内においては、乙の定める規則に従うものとする。\n", "PER-01", False,
     "ja-our-visitors-keep-the-hosts-house-rules"),
    # set 1108: the partner's own facilities for the visitors it accepts
    (_JA_PREAMBLE + "第5条（派遣）\n(2) 乙は、甲から派遣の申出があった場合には、乙の規程に従い受入れの可否を決定するものとし、受け入れた派遣"
     "研究者に対しては、乙が必要と認める範囲において乙の施設及び設備を利用させるものとする。\n", "DAT-01", False,
     "ja-the-partners-own-facilities-for-visitors-it-accepts"),
]

_BLIND_1109_TO_1116 = [
    # set 1112: the bodies our staff may tell named among the exceptions
    (_EN_PREAMBLE + "Article 11 Confidentiality\n11.3 The University shall use Confidential Information only for the "
     "Study and shall not disclose it to any third party, except to the Study Staff, the IRB and the University's "
     "internal audit and compliance functions, in each case on a need-to-know basis.\n", "CON-03", False,
     "en-internal-audit-named-among-the-exceptions"),
    # set 1112: limits on further use of samples ruled out
    (_EN_PREAMBLE + "Article 7 Samples\n7.5 Sponsor may store and use the Samples and the associated coded Study Data at "
     "facilities in any country for further research, including genetic analyses. Neither the University nor the "
     "Principal Investigator shall agree with any Subject, the IRB or any other person to any restriction on such "
     "further use without Sponsor's prior written approval.\n", "DAT-03", True,
     "en-limits-on-further-use-of-samples-ruled-out"),
    # set 1112: the partner shares its data as far and when it sees fit
    (_JA_PREAMBLE + "第4条（データの共有）\n３　乙は、別表1第2部に定める共有データを、乙が適当と認める範囲及び時期において甲に提供するものと"
     "する。\n", "REC-01", True, "ja-the-partner-shares-as-far-and-when-it-sees-fit"),
    # set 1114: a transfer declared to need no consent of the participants
    (_EN_PREAMBLE + "Article 8 Personal Data\n3. The parties consider that the said transfer constitutes a communication "
     "of coded data for scientific research purposes that does not require the consent of the participants, and "
     "Sponsor may store such data on its servers.\n", "DAT-03", True, "en-a-transfer-declared-to-need-no-consent"),
    # set 1114: joint results managed and licensed by the partner on notice
    (_EN_PREAMBLE + "Article 7 Intellectual Property\n4. The management of the protection and commercial exploitation of "
     "jointly owned results shall be carried out by Sponsor, through its Vice-Presidency for Innovation, which may "
     "grant licences on such results to third parties, informing the University of the conditions agreed.\n", "IP-05",
     True, "en-joint-results-licensed-by-the-partner-on-notice"),
    # set 1115: a catalyst's hazards handled under the safety data sheet and local law
    (_JA_PREAMBLE + "第13条（安全管理）\n乙は、本試料が金属ナノ粒子を含み、自然発火性及び吸入による健康影響を有するおそれがあることを了知し、甲が"
     "提供する安全データシート（SDS）及び乙の所在国の法令に従い、必要な安全対策を講じる。\n", "LAW-02", False,
     "ja-a-catalysts-hazards-handled-under-local-law"),
    (_JA_PREAMBLE + "第13条（安全管理）\n乙は、本試料が金属ナノ粒子を含み、自然発火性及び吸入による健康影響を有するおそれがあることを了知し、甲が"
     "提供する安全データシート（SDS）及び乙の所在国の法令に従い、必要な安全対策を講じる。\n", "DAT-03", False,
     "ja-a-health-hazard-is-no-health-data"),
    # set 1115: the provider's staff bound so that their inventions can pass to us
    (_EN_PREAMBLE + "Article 8 Intellectual Property\n8.4 Sponsor shall ensure that all of its personnel engaged in the "
     "Services are bound by written agreements under which any inventions made by them in the course of their "
     "employment vest in Sponsor, so that Sponsor is able to fulfil its obligations under this Clause 8.\n", "IP-01",
     False, "en-the-providers-staff-bound-to-it"),
    # set 1116: a representation that no officer is a foreign official (the gloss of a defined term is no end use)
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Foreign Government Entity" means any ministry, armed forces or security '
     "service of any country.\nArticle 3 Representations\n3.3 Sponsor represents that none of its directors or "
     "officers is concurrently an official, employee or member of a Foreign Government Entity.\n", "EXP-02", False,
     "en-no-officer-is-a-foreign-official"),
    # set 1116: no duty to take foreign-government money, and no publication quotas
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Foreign Government Entity" means any ministry, armed forces or security '
     "service of any country.\nArticle 4 Funding\n4.5 Sponsor shall not require the University or any Key Personnel "
     "to apply for, or to accept, funding from any Foreign Government Entity as a condition of the Agreement, and the "
     "deliverables are the scientific milestones, without any requirement as to the number of patents or publications "
     "to be produced.\n", "FUN-01", False, "en-no-duty-to-take-foreign-government-money"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Foreign Government Entity" means any ministry, armed forces or security '
     "service of any country.\nArticle 4 Funding\n4.5 Sponsor shall not require the University or any Key Personnel "
     "to apply for, or to accept, funding from any Foreign Government Entity as a condition of the Agreement, and the "
     "deliverables are the scientific milestones, without any requirement as to the number of patents or publications "
     "to be produced.\n", "FUN-05", False, "en-no-publication-quotas"),
    # set 1116: the items of a denial ("has not entered into any arrangement that requires her to:")
    (_EN_PREAMBLE + "Article 6 Talent Programmes\n6.2 The Principal Investigator certifies that she has not entered into "
     "any contract or arrangement that requires her to:\n(a) carry out, for any entity other than the University, "
     "research that is the same as or overlaps substantially with research funded by a public funding agency in "
     "Japan;\n(b) recruit students or researchers for any foreign entity.\n", "COI-02", False,
     "en-the-items-of-a-denial"),
    # set 1116: the partner's security certificate taken as our screening
    (_EN_PREAMBLE + "Article 7 Visits\n7.4 Notwithstanding Article 7.2, a Sponsor researcher who holds a valid Sponsor "
     "Personnel Security Certificate shall be treated as having satisfied the University's screening requirements, and "
     "the University shall grant such researcher access to the Controlled Areas.\n", "EXP-04", True,
     "en-the-partners-certificate-taken-as-our-screening"),
    # set 1116: a listing gives no right to end the agreement
    (_EN_PREAMBLE + "Article 14 Sanctions\n14.4 The designation of either Party on any restricted-party, sanctions or "
     "end-user list shall not of itself entitle the other Party to terminate or suspend the Agreement; the Parties shall "
     "consult in good faith for not less than twelve (12) months.\n", "TRM-03", True,
     "en-a-listing-gives-no-right-to-end-the-agreement"),
    # set 1116: the partner's researchers disclose their other support to their funder
    (_JA_PREAMBLE + "第4条（開示）\n４　乙の研究者等が米国連邦政府の研究資金に応募し、又はこれを受け入れる場合には、当該資金配分機関の定める規則"
     "（他の研究支援（other support）の開示に関する規則を含む。）に従い必要な開示を行うものとし、甲はこれに必要な情報の提供その他の協力"
     "を行う。\n", "DAT-04", False, "ja-the-partners-researchers-disclose-other-support"),
]

_BLIND_1117_TO_1124 = [
    # set 1120: publication deferred until the reviewing side says it may go ahead
    (_EN_PREAMBLE + "Article 12 Publication\n12.4 Where a deferral is requested under Article 12.3(b), publication of the "
     "manuscript shall be deferred until the Reviewing Party has notified the Publishing Party in writing that the "
     "deferral may end.\n", "PUB-02", True, "en-deferred-until-the-reviewing-party-says-so"),
    # set 1120: exchanges in other fields on the departments' word
    (_JA_PREAMBLE + "第2条（交流の分野）\n２　前項に掲げる分野以外の分野における交流についても、部局間の合意により本協定に基づき実施できる。\n",
     "TRA-03", True, "ja-other-fields-on-the-departments-word"),
    # set 1121: a confidentiality exception for whatever the partner's own authorities ask of it
    (_JA_PREAMBLE + "第11条（秘密保持）\n甲及び乙は、次の各号のいずれかに該当する情報については、秘密保持義務を負わない。\n一　開示の時点で既に公知で"
     "あった情報\n二　乙に適用される法令に基づき所管官庁その他の公的機関から報告又は提出を求められた情報\n", "DAT-04", True,
     "ja-whatever-the-partners-authorities-ask-of-it"),
    # set 1122: a cross-appointee's share of time raised on the partner's notice
    (_JA_PREAMBLE + "第5条（従事割合）\n３　前項の規定にかかわらず、乙は、特に必要があると認めるときは、甲に書面で通知することにより、当該年度に"
     "おける対象教員の乙業務の従事割合を40パーセントまで引き上げることができる。\n", "PER-01", True,
     "ja-a-share-of-time-raised-on-the-partners-notice"),
    # set 1122: a cost recovery paid to the university, not to the person
    (_EN_PREAMBLE + "Article 6 Costs\n6.3 The Cost Recovery Amount shall be received and accounted for by the University "
     "as institutional income and shall not be paid to the Appointee personally.\n", "FUN-04", False,
     "en-a-cost-recovery-paid-to-the-university"),
    # set 1123: materials a repository holds are in its custody, not its property
    (_EN_PREAMBLE + "Article 12 Names\n12.4 Neither Party shall use the name or logo of the other Party in any advertising "
     "material without consent, except for factual statements that the Deposited Materials are held by Sponsor.\n",
     "IP-01", False, "en-materials-held-by-a-repository"),
    # set 1123: our permission for a city to pass our report to its council
    (_JA_PREAMBLE + "第12条（報告書の利用）\n２　甲は、第7条第1項に基づき乙に報告した研究成果の報告書を、乙が行政目的のために無償で複製し、及び乙の"
     "市議会その他の関係機関に提供することを許諾する。\n", "DAT-04", False, "ja-our-permission-for-the-city-to-share-our-report"),
    # set 1123: the locations of measurement points near public facilities
    (_JA_PREAMBLE + "別紙1\n注1　乙は、第6条第2項に基づき、データ番号2の計測地点のうち公共の安全に関わる施設に近接するものの位置情報を加工して"
     "提供することがある。\n", "DAT-03", False, "ja-measurement-points-near-public-facilities"),
    # set 1124: a schedule's unrestricted access, data of other projects included
    (_EN_PREAMBLE + "Schedule 2 Access\nAccess granted to the other Party's Personnel\nUnrestricted remote and on-site access "
     "for Sponsor Personnel to the Laboratory's computing cluster, electronic laboratory notebooks and data "
     "repositories, including data sets generated in other projects of the Laboratory.\n", "DAT-01", True,
     "en-a-schedules-unrestricted-access-to-other-projects"),
]

_BLIND_1125_TO_1132 = [
    # set 1126: a deadlock settled by the funder's own representative
    (_EN_PREAMBLE + "Article 3 Governance\n3.4 If the Committee cannot reach consensus within fifteen (15) Business Days, "
     "the Sponsor Representative shall decide the matter, and such decision shall be final and binding on the "
     "University as regards the scope, milestones and priorities of the Research.\n", "FUN-06", True,
     "en-a-deadlock-settled-by-the-funders-representative"),
    # set 1127: the partner decides how far its visitors reach into our facilities
    (_JA_PREAMBLE + "第7条（受入研究員）\n２　甲は、受入研究員に対し、研究期間中、甲の大電流導体試験設備及び制御用計算機システムを、乙が本共同研究"
     "の遂行に必要と認める範囲で自由に利用させるものとする。\n", "PER-03", True,
     "ja-the-partner-decides-how-far-its-visitors-reach"),
    # set 1130: information kept away from us at our own wish
    (_EN_PREAMBLE + "Article 10 Information\n10.5 The University shall not be required to receive any Proprietary "
     "Information under this Agreement, and no such information shall be sent to the University without its prior "
     "written agreement.\n", "COI-01", False, "en-information-kept-away-at-our-wish"),
    # set 1130: our intern hands back every record, none kept for the thesis
    (_EN_PREAMBLE + "Article 12 Records\n12.2 At the end of the Internship Term each Intern shall return all Research "
     "Records to the Sponsor Mentor and shall not retain any copies, extracts or summaries thereof, including for use "
     "in the Intern's thesis.\n", "DAT-05", True, "en-our-intern-keeps-no-copies"),
    # set 1130: refusal of consent to publish limited to stated grounds
    (_EN_PREAMBLE + "Article 15 Publication\n15.3 No Institution may withhold consent to publication for any reason "
     "other than those stated in Article 15.2.\n", "PUB-01", False, "en-refusal-limited-to-stated-grounds"),
    # set 1131: a warranty that no military money is in it
    (_JA_PREAMBLE + "第5条（研究経費）\n３　乙は、研究経費が乙の自己資金から支出されるものであり、いかなる政府機関、軍事機関又は第三者からの資金の"
     "移転によるものでもないことを表明し、保証する。\n", "FUN-01", False, "ja-a-warranty-that-no-military-money-is-in-it"),
    # set 1132: an end only both sides can agree
    (_EN_PREAMBLE + "Article 16 Termination\n16.1 This Memorandum may be terminated only by mutual written consent of "
     "the Parties.\n", "TRM-01", True, "en-an-end-only-both-sides-can-agree"),
    # set 1106: no residence asked of the founder
    (_EN_PREAMBLE + "Article 11 Founder\n11.2 The Founder is not required to reside in Shenzhen or to spend any minimum "
     "time at Sponsor's Incubator.\n", "PER-01", False, "en-no-residence-asked-of-the-founder"),
    # set 1132: no 解除 beyond two grounds, but another article's exit kept
    (_JA_PREAMBLE + "第16条（解除）\n３　前2項に定める場合を除き、甲及び乙は、本契約を解除することができない。ただし、第15条の規定による本共同研究"
     "の中止及び本契約の終了を妨げるものではない。\n", "TRM-01", False, "ja-another-articles-exit-kept"),
]

_BLIND_1133_TO_1164 = [
    # set 1133: papers held until a release date a space agency fixes
    (_EN_PREAMBLE + "Article 7 Publication\n7.3 Manuscripts and theses that contain Payload Data shall not be submitted for "
     "publication before the release date determined by the Agency for the relevant acquisition period.\n" + _EN_TERM,
     "PUB-02", True, "en-papers-held-until-a-release-date-the-agency-fixes"),
    # set 1137: site results held until the sponsor's multicentre paper has appeared
    (_EN_PREAMBLE + "Article 12 Publication\n12.3 The University shall not publish or present the results obtained at the "
     "Site until the Primary Publication has appeared or Sponsor has informed the Parties that none will be made.\n"
     + _EN_TERM, "PUB-02", True, "en-site-results-held-until-the-primary-paper-has-appeared"),
    # set 1133: each side's use of its own station's logs
    (_EN_PREAMBLE + "Article 7 Station Logs\n7.3 Station Logs belong to the university operating the station. Each "
     "university may use the Station Logs of its own station for any purpose, including research on ground-station "
     "performance.\n" + _EN_TERM, "EXP-02", False, "en-each-university-uses-its-own-stations-logs"),
    # set 1133: our researcher keeps the safety rules of the partner's site
    (_JA_PREAMBLE + "第５条（実施場所）\n５　甲の研究担当者が本共同研究のため乙の事業所に出張する場合には、乙は、乙の規則の範囲内で当該研究担当者"
     "の安全及び研究環境の確保に協力するものとし、当該研究担当者は乙の事業所の安全に関する規則に従うものとする。\n", "CMP-01", False,
     "ja-our-researcher-keeps-the-safety-rules-of-the-partners-site"),
    # set 1138: our researchers keep the host's health and safety rules during a stay
    (_JA_PREAMBLE + "第５条（研究者の交流）\n４　甲の研究者は、乙に滞在する期間中、乙の定める安全衛生に関する規則を遵守するものとする。\n",
     "PER-01", False, "ja-visitors-keep-the-hosts-health-and-safety-rules"),
    # set 1137: record numbers and dates of birth among the data that go with the samples
    (_EN_PREAMBLE + "Article 4 Materials\n4.1 Sponsor will receive the tissue sections.\nSCHEDULE 2 - ASSOCIATED DATA\n"
     "The following information will be supplied for each Donor:\n1. Identification: sample code, hospital medical "
     "record number and date of birth of the donor.\n2. Pathology: tumor location and grade.\n", "DAT-03", True,
     "en-record-numbers-and-birth-dates-listed-among-the-data"),
    (_EN_PREAMBLE + "Article 4 Materials\n4.1 Sponsor will receive the tissue sections.\nSCHEDULE 2 - ASSOCIATED DATA\n"
     "The following information will be supplied for each Donor:\n1. Identification: sample code only; the hospital "
     "medical record number and date of birth of the donor are removed before transfer.\n2. Pathology: tumor location "
     "and grade.\n", "DAT-03", False, "en-record-numbers-and-birth-dates-removed-before-transfer"),
    # set 1146: each side owns the data it made
    (_JA_PREAMBLE + "第８条（研究データ）\n５　本研究データのうち、甲が作成したものは甲に、乙が作成したものは乙に帰属し、甲乙が共同で作成したもの"
     "は甲乙の共有とする。\n", "IP-01", False, "ja-each-side-owns-the-data-it-made"),
    # set 1145: the partner keeps our strains under its own country's laws and biosafety rules
    (_JA_PREAMBLE + "第６条（保管）\n２　乙は、本試料等を、乙の国の法令及び乙の内部規則に定めるバイオセーフティの基準に従い、善良な管理者の注意"
     "をもって保管及び管理する。\n", "CMP-01", False, "ja-strains-kept-under-the-partners-biosafety-rules"),
    # set 1144: no sole affiliation asked of our professor
    (_EN_PREAMBLE + "Article 10 Publications\n10.2 In publications you should state the University as your primary "
     "affiliation and may in addition state your affiliation with Sponsor. You are not required to state Sponsor as your "
     "sole or first affiliation.\n" + _EN_TERM, "IP-06", False, "en-no-sole-affiliation-asked"),
    # set 1141: a visitor's earlier work left with its owners
    ('VISITING SCIENTIST LETTER\nHokushin University (the "University") invites Dr. Kavya Raghunathan ("you").\n'
     "8. Intellectual Property\n8.3 Intellectual property that you or your home institute owned before the start of "
     "your appointment remain the property of their owners. The University acquires no rights in them by reason of your "
     "appointment.\n9. Term\n9.1 The visit ends in 2027.\n", "IP-01", False, "en-a-visitors-earlier-work-left-with-its-owners"),
    # set 1144: a ban on the fellow carrying home data to the host
    (_EN_PREAMBLE + "Article 11 Materials\n11.2 The University shall not transfer to Sponsor any data, materials, software "
     "or unpublished results belonging to a third party, except with the prior written authorisation of the owner.\n"
     + _EN_TERM, "IP-01", False, "en-a-ban-on-carrying-third-party-data-over"),
    # set 1147: a ban on passing the samples on that closes a list
    (_JA_PREAMBLE + "第８条（試料）\n２　乙は、前項の試料を本研究の目的にのみ使用するものとし、甲の書面による同意を得ることなく、第三者に提供し、"
     "又は本研究の範囲を超えて当該試料の組成若しくは製造方法を解析してはならない。\n", "EXP-05", False,
     "ja-a-ban-on-passing-samples-on-that-closes-a-list"),
    # set 1143: a data service checking workspaces on its own platform
    (_EN_PREAMBLE + "Article 7 Monitoring\n7.2 Sponsor may review the Access Records and the contents of the Workspace at "
     "any time for the purposes of verifying compliance with this Agreement and maintaining the security of the "
     "Platform.\n" + _EN_TERM, "DAT-01", False, "en-a-data-service-checking-its-own-platform"),
    # set 1141: a shipment no internal review may hold up
    (_EN_PREAMBLE + "Article 6 Materials\n6.3 The University shall dispatch the Reference Catalysts requested by Sponsor "
     "within twenty-one (21) days, and dispatch shall not be deferred for any internal review or approval other than "
     "the preparation of safety data sheets.\n" + _EN_TERM, "EXP-01", True, "en-dispatch-not-held-for-internal-review"),
    # set 1147: a consortium's state institutes passing results to their ministries
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.8 A Party which is a state research institute shall be entitled to "
     "communicate Results and Confidential Information received under this Agreement to its supervising ministry and to "
     "other competent national authorities, and such communication shall not require the consent of the Disclosing "
     "Party.\n" + _EN_TERM, "DAT-04", True, "en-state-institutes-reporting-to-their-ministries"),
    # set 1152: the export control office's power to stop work that would not comply
    (_EN_PREAMBLE + "Article 13 Technology Control Plan\n13.2 The TCP is administered by the University's Security Export "
     "Control Office, which shall have the authority to approve or refuse access of any person to the controlled areas "
     "and to suspend work under this Agreement where it determines that continued work would not comply with the TCP "
     "or the Export Control Laws.\n" + _EN_TERM, "EXP-01", False, "en-an-export-office-that-may-stop-work"),
    # set 1153: a licence to our feedback, our own IP left out
    (_EN_PREAMBLE + "Article 10 Intellectual Property\n10.3 The University grants Sponsor a non-exclusive, perpetual, "
     "irrevocable, royalty-free licence to use and incorporate Feedback into the Platform. Feedback does not include "
     "Building Data, Research Results or any intellectual property of the University existing before the Effective "
     "Date.\n" + _EN_TERM, "IP-02", False, "en-a-licence-to-our-feedback-only"),
    # set 1151: partner nominees at our robots on the same basis as our staff
    (_EN_PREAMBLE + "Article 6 Exchange\n6.4 Researchers nominated by Sponsor shall be granted access to the laboratories, "
     "robotic platforms, software repositories and experimental data of the Field Robotics Laboratory on the same basis "
     "as the University's own research staff.\n" + _EN_TERM, "EXP-04", True,
     "en-partner-nominees-at-our-robots-as-our-own-staff"),
    # set 1154: an option extended for as long as the partner keeps negotiating
    (_EN_PREAMBLE + "Article 5 Option\n5.4 If the Licence Agreement has not been executed by the end of the Negotiation "
     "Period, the Option Period shall be extended automatically for successive periods of three (3) months for so long "
     "as Sponsor continues to negotiate in good faith.\n" + _EN_TERM, "TRM-04", True,
     "en-an-option-extended-while-the-partner-negotiates"),
    # set 1154: papers held until the licence is signed or the option lapses
    (_EN_PREAMBLE + "Article 9 Publication\n9.3 Any publication by the University that discloses the Know-How in "
     "sufficient detail to enable its reproduction shall be deferred until the Licence Agreement has been executed or "
     "the Option has lapsed.\n" + _EN_TERM, "PUB-02", True, "en-papers-held-until-the-option-is-settled"),
    # set 1156: results to "Affiliates" that take in the partner's government
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 In this Agreement:\n\"Affiliate\" means any entity controlled by "
     "Sponsor, including any ministry, agency or authority of the government of its State.\nArticle 2 Results\n2.2 "
     "Sponsor may disclose, transfer, license or sub-license any Project Results, together with any information "
     "received from the University, to any of its Affiliates and to such other persons as Sponsor deems fit, without "
     "the consent of or notice to the University.\n" + _EN_TERM, "EXP-05", True,
     "en-results-to-affiliates-that-include-the-government"),
    # set 1160: a warranty that the money comes from no government or military body
    (_JA_PREAMBLE + "第５条（研究経費）\n３　乙は、第1項の経費が乙の自己資金から支出されるものであり、いかなる国又は地域の政府、政府機関若しくは"
     "軍事関連機関からの補助金又は委託費にも由来しないことを表明し、保証する。\n", "FUN-01", False,
     "ja-a-warranty-that-no-military-money-is-behind-it"),
    # set 1157: a visitor's salary from its own laboratory, declared to us
    ("外国人研究者招へいに関する契約書\n北辰大学（以下「甲」という。）、ダルマワン・スシロ（以下「乙」という。）及び国立先端光計測研究所（以下「丙」"
     "という。）は、次のとおり契約する。\n第８条（経費）\n３　乙は、招へい期間中、丙から給与の支給を受けることができる。この場合において、乙は、"
     "その額及び支給条件を甲に申告する。\n", "FUN-04", False, "ja-a-visitors-salary-from-its-own-laboratory"),
    # set 1157: a visitor's consent to our giving its data to our own authorities
    ("外国人研究者招へいに関する契約書\n北辰大学（以下「甲」という。）とダルマワン・スシロ（以下「乙」という。）は、次のとおり契約する。\n"
     "第15条（個人情報）\n２　乙は、甲が前項の目的の範囲内で乙の個人情報を関係行政機関に提供することに同意する。\n", "DAT-03", False,
     "ja-a-visitors-data-to-our-own-authorities"),
    # set 1157: monthly reports home with copies of our technical materials
    ("外国人研究者招へいに関する契約書\n北辰大学（以下「甲」という。）、ダルマワン・スシロ（以下「乙」という。）及び国立先端光計測研究所（以下「丙」"
     "という。）は、次のとおり契約する。\n第９条（報告）\n２　乙は、丙の内部規程に基づき、本研究の進捗状況及び研究成果（本研究に関して甲から"
     "提供を受けた技術資料の写しを含む。）を毎月丙に報告するものとし、甲は、当該報告を妨げないものとする。\n", "PER-04", True,
     "ja-monthly-reports-home-with-copies-of-our-materials"),
    # set 1158: the partner's researcher admitted on its notice alone
    (_JA_PREAMBLE + "第５条（派遣研究員）\n１　乙は、派遣研究員を指名し、甲に通知する。\n２　甲は、前項の通知を受けたときは、当該派遣研究員を"
     "受け入れるものとし、甲の試験施設への入構及び甲の解析サーバへのアクセスに必要な権限を当該派遣研究員に付与するものとする。\n", "PER-03",
     True, "ja-the-partners-researcher-admitted-on-its-notice"),
    # set 1161: results and our secrets to the partner's group, the things named between
    (_JA_PREAMBLE + "第10条（成果の利用）\n６　前各項の規定にかかわらず、乙は、甲の承諾を要することなく、研究成果及び甲から開示された秘密情報を"
     "関係会社に開示し、関係会社をして製品開発のために使用させることができる。\n", "EXP-05", True,
     "ja-results-and-our-secrets-to-the-partners-group"),
    # set 1162: shipments due whatever our internal clearance says
    (_EN_PREAMBLE + "Article 7 Materials\n7.3 The University shall ship the Reference Materials to Sponsor no later than "
     "forty-five (45) days after the Effective Date, irrespective of any internal clearance or approval procedures.\n"
     + _EN_TERM, "EXP-01", True, "en-shipments-due-whatever-our-internal-clearance"),
    # set 1162: the partner's titles and personal research funds for our faculty
    ("学術交流協定書\n北辰大学（以下「甲」という。）とナトルーン大学（以下「乙」という。）は、次のとおり協定する。\n第６条（教員の交流）\n"
     "４　乙は、甲の教員等のうち乙が適当と認める者に対し、乙の名誉教授又は客員教授の称号を付与するとともに、乙の規程に定める謝金及び個人研究費を"
     "支給することができる。\n", "COI-03", True, "ja-titles-and-personal-research-funds-for-our-faculty"),
    # set 1166: the partner's nomination taken for our screening
    (_EN_PREAMBLE + "Article 6 Visitors\n6.3 Researchers nominated by Sponsor shall be received by the University as "
     "Visiting Researchers, and the nomination by Sponsor shall be deemed to satisfy the selection and screening "
     "procedures of the University for visiting researchers.\n" + _EN_TERM, "PER-03", True,
     "en-a-nomination-deemed-to-satisfy-our-screening"),
    # set 1167: "nothing ... shall be construed as restricting" the partner's passing our data to its government
    (_EN_PREAMBLE + "Article 7 Use\n7.4 Nothing in this Agreement shall be construed as restricting Sponsor from making "
     "Shared Data, including University Contributed Data, available to other ministries and agencies of the Government "
     "of the Republic, including the Coast Guard Command.\n" + _EN_TERM, "DAT-04", True,
     "en-nothing-restricts-the-partner-passing-our-data-to-its-government"),
    # set 1165: work passed to the partner's related bodies, telling us afterwards
    (_JA_PREAMBLE + "第７条（再委託）\n２　乙は、業務のうち試料の作製、分析その他の補助的な業務については、乙の関連研究機関に行わせることが"
     "できるものとし、この場合においては、当該業務の開始後速やかに甲に書面で通知すれば足りるものとする。\n", "TRA-01", True,
     "ja-work-passed-to-the-partners-bodies-on-notice"),
    # set 1170: a personal research allowance from the partner
    (_EN_PREAMBLE + "Article 7 Support\n7.3 Sponsor shall make available to the University's researcher a Personal "
     "Research Allowance in the amount set out in the Support Schedule, to be used at the researcher's discretion.\n"
     + _EN_TERM, "FUN-04", True, "en-a-personal-research-allowance-from-the-partner"),
    # set 1172: a restrictive measure no ground to end or suspend
    (_EN_PREAMBLE + "Annex 2 Payment\n5. Any Restrictive Measure applying to the Co-Funder, whether existing or adopted "
     "after the Effective Date, shall not constitute a ground for suspension or termination of this Agreement by either "
     "Party.\n", "TRM-03", True, "en-a-restrictive-measure-no-ground-to-end"),
    # set 1167: the partner's use "in addition" for its navy
    (_EN_PREAMBLE + "Article 7 Use\n7.4 Sponsor may in addition use the Observation Data and the calibration methods "
     "developed under this Agreement in support of naval environmental forecasting and other operational requirements "
     "of the Navy.\n" + _EN_TERM, "EXP-02", True, "en-use-in-addition-for-the-navy"),
    # set 1169: the partner's staff under confidentiality and its employer's liability insurance
    (_EN_PREAMBLE + "Article 12 Visits\n12.3 Sponsor shall ensure that its personnel visiting University premises are "
     "bound by confidentiality obligations consistent with Article 9 and are covered by Sponsor's own employer's "
     "liability and accident insurance.\n" + _EN_TERM, "COI-01", False, "en-visitors-under-confidentiality-and-insurance"),
    # set 1167: a naval office that "intends to provide" our equipment free of charge
    ("MEMORANDUM OF UNDERSTANDING\nbetween\nHokushin University, a national university corporation of Japan (hereinafter "
     "referred to as \"the University\"),\nand\nthe Naval Oceanographic Office of the Republic of Aldmark, a directorate of "
     "the Aldmark Navy under the Ministry of Defence of the Republic of Aldmark (hereinafter referred to as \"the "
     "Office\"),\nArticle 5 Contributions\n5.2 The Office intends to provide to the University, free of charge, six (6) "
     "surface moorings and the satellite airtime for the duration of this MoU.\n" + _EN_TERM, "FUN-01", True,
     "en-a-naval-office-that-intends-to-provide-equipment"),
    # set 1177: the partner's name in our list of facility users, with its consent
    (_JA_PREAMBLE + "第16条（公表）\n２　甲は、乙の事前の同意を得て、本施設の利用実績として乙の名称、利用分野及び利用件数を甲のウェブサイト、年報"
     "その他の刊行物に掲載することができる。\n", "PUB-01", False, "ja-the-partners-name-in-our-list-of-users"),
    # set 1179: the partner's former staff hired for our chair on our usual terms
    (_JA_PREAMBLE + "第７条（講座教員）\n３　乙の従業員又は元従業員を本講座教員として採用する場合には、他の候補者と同一の基準及び手続により選考する"
     "ものとし、採用された者は、本講座教員としての職務に関し、乙の指揮命令を受けないものとする。\n", "PER-01", False,
     "ja-the-partners-former-staff-hired-on-our-terms"),
    # set 1179: an exclusive licence whose scope the partner sets
    (_JA_PREAMBLE + "第12条（実施）\n２　甲は、乙に対し当該知的財産権に係る独占的な実施権を許諾するものとし、その実施の期間、地域及び技術分野は、"
     "乙の申出に基づき定めるものとする。\n", "IP-04", True, "ja-an-exclusive-licence-whose-scope-the-partner-sets"),
    # set 1179: the donor's approval of the centre's director and plan
    (_EN_PREAMBLE + "Article 5 Governance\n5.3 Notwithstanding Article 5.2, the appointment, reappointment and removal of "
     "the Centre Director, and the adoption of the annual research plan of the Centre, shall be subject to the prior "
     "written approval of Sponsor.\n" + _EN_TERM, "FUN-06", True, "en-the-donors-approval-of-director-and-plan"),
]

_BLIND_1181_TO_1196 = [
    # set 1182: each side's researchers under their own employer's rules, said of each in turn
    (_JA_PREAMBLE + "第５条（研究担当者）\n３　甲の研究担当者が本研究に従事するに当たっては、甲の就業規則その他の規程が適用され、乙の研究担当者"
     "が本研究に従事するに当たっては、乙の就業規則その他の規程が適用される。\n", "PER-01", False,
     "ja-each-sides-researchers-under-their-own-rules"),
    # set 1183: the salt and crystal forms of the company's own compound, licensed back to us
    (_EN_PREAMBLE + "Article 7 Inventions\n7.3 Notwithstanding Article 7.2, any Invention that claims solely a new "
     "crystalline form, salt or formulation of a Sponsor Compound listed in Schedule 2 shall be owned by Sponsor, and "
     "University shall assign its interest in any such Invention to Sponsor. Sponsor hereby grants to University a "
     "non-exclusive, royalty-free licence to use any such Invention for non-commercial research and teaching "
     "purposes.\n" + _EN_TERM, "IP-01", False, "en-salt-forms-of-the-partners-compound-licensed-back"),
    # set 1183: a reach-through royalty's limits name the provider's patents
    (_EN_PREAMBLE + "Article 7 Options\n7.4 For clarity, no royalty, milestone or other payment shall be due to Sponsor "
     "on any product that does not contain a Sponsor Compound or a compound covered by a valid claim of a patent owned "
     "by Sponsor.\n" + _EN_TERM, "IP-01", False, "en-a-reach-through-royalty-limited-to-the-partners-patents"),
    # set 1183: our own use of our screening data
    (_EN_PREAMBLE + "Article 5 Data\n5.3 The University shall retain all Screening Data and all other data generated "
     "in the Research and may use them without restriction for research and teaching purposes.\n" + _EN_TERM,
     "EXP-02", False, "en-we-retain-our-data-and-may-use-it-without-restriction"),
    # set 1184: our data to the partner's ministries on request, told to us only in an annual report
    (_EN_PREAMBLE + "Article 7 Use\n7.3 In addition, Sponsor may make Validation Data and Derived Products available "
     "to ministries, departments and other public authorities of the Republic upon their request, for purposes "
     "related to national programmes, and shall inform the University of any such provision in its annual report to "
     "the Joint Coordination Group.\n" + _EN_TERM, "DAT-04", True, "en-data-to-ministries-told-in-an-annual-report"),
    # set 1187: the institution gagged toward its ministry and auditors is no researcher's silence
    (_EN_PREAMBLE + "Article 14 Confidentiality\n14.4 Notwithstanding Article 14.3, the existence of this Agreement and "
     "its terms shall be treated as Confidential Information of Sponsor and shall not be disclosed by the University "
     "to any third party, including any ministry, funding agency, auditor or other public body, without Sponsor's "
     "prior written consent.\n" + _EN_TERM, "COI-01", False, "en-the-university-gagged-toward-its-ministry"),
    (_EN_PREAMBLE + "Article 14 Confidentiality\n14.4 Notwithstanding Article 14.3, the existence of this Agreement and "
     "its terms shall be treated as Confidential Information of Sponsor and shall not be disclosed by the University "
     "to any third party, including any ministry, funding agency, auditor or other public body, without Sponsor's "
     "prior written consent.\n" + _EN_TERM, "CON-01", True, "en-the-university-gagged-toward-its-ministry-is-con-01"),
    # set 1187: a press's peer review asking for revisions
    (_JA_PREAMBLE + "第８条（原稿の提出及び査読）\n２　乙は、乙の出版委員会の定める手続に従い、完全原稿について2名以上の外部査読者による"
     "査読を実施する。乙は、査読結果を編者に通知し、学術的な観点から修正を求めることができる。\n", "PUB-03", False,
     "ja-a-press-peer-review-asking-for-revisions"),
    # set 1188: our disclosures to funders allowed, and our researchers' filings "likewise"
    (_JA_PREAMBLE + "第12条（秘密保持）\n４　第1項の規定にかかわらず、甲は、本契約の締結の事実、乙の名称、研究題目及び研究経費の額を、"
     "法令若しくは甲の規程の定めに基づき、又は資金配分機関若しくは所管官庁の求めに応じて、開示し、又は公表することができる。甲の研究"
     "担当者が、所属機関又は資金配分機関に対して行う外部資金及び兼業等の届出又は申告についても、同様とする。\n", "CON-03", False,
     "ja-our-researchers-filings-allowed-likewise"),
    # set 1188: the partner decides filing after hearing us, first filing in its home country
    (_JA_PREAMBLE + "第11条（知的財産権）\n４　共有知的財産権に係る特許出願その他の出願の手続は乙がこれを行うものとし、出願の要否、出願国の"
     "選定、出願の時期及び出願内容の決定は、乙が甲の意見を聴いた上でこれを行う。\n", "IP-03", True,
     "ja-the-partner-decides-filing-after-hearing-us"),
    (_JA_PREAMBLE + "第11条（知的財産権）\n５　共有知的財産権に係る最初の出願は、乙の本店所在国の特許庁に対して行うものとする。\n",
     "IP-03", True, "ja-the-first-filing-in-the-partners-home-country"),
    # set 1191: an embargo the partner extends for as long as it considers necessary
    (_EN_PREAMBLE + "Article 9 Disclosure\n9.4 Neither Party shall publicly disclose Vulnerability Information until the "
     "expiry of ninety (90) days from the first report (the \"Embargo Period\"); provided, however, that Sponsor may, "
     "by written notice to the University, extend the Embargo Period for such further period or periods as Sponsor "
     "considers necessary.\n" + _EN_TERM, "PUB-02", True, "en-an-embargo-extended-for-periods-the-partner-considers"),
    # set 1191: a duty to tell one's own institution, and no benefits to our researchers
    (_EN_PREAMBLE + "Article 18 Conflicts of Interest\n18.2 Each Party shall ensure that its researchers disclose to "
     "their own institution any personal financial interest. No payments, titles or other benefits shall be provided "
     "by Sponsor to individual University researchers except through arrangements approved by the University.\n"
     + _EN_TERM, "COI-01", False, "en-no-benefits-to-our-researchers-and-disclosure-home"),
    # set 1191: a notices clause's addresses are no personal data
    (_JA_PREAMBLE + "第27条（通知）\n２　甲の連絡先は甲の研究推進部産学連携課、乙の連絡先は乙のLegal Department（写しを乙の研究代表者に送付"
     "する。）とする。連絡先を変更したときは、速やかに相手方に通知するものとする。\n", "DAT-03", False,
     "ja-the-notice-addresses-of-both-sides"),
    # set 1191: exclusive practice of joint IP consented to with no period or remedy, and its twin with a period
    (_JA_PREAMBLE + "第14条（共有知的財産権の実施）\n２　甲は、乙が共有知的財産権を独占的に実施することに同意し、乙の書面による同意がない限り、"
     "第三者に対し共有知的財産権の実施を許諾しないものとする。\n", "IP-04", True,
     "ja-exclusive-practice-agreed-without-limit"),
    (_JA_PREAMBLE + "第14条（共有知的財産権の実施）\n２　甲は、出願の日から5年間、乙が共有知的財産権を独占的に実施することに同意し、乙の書面"
     "による同意がない限り、第三者に対し共有知的財産権の実施を許諾しないものとする。\n", "IP-04", False,
     "ja-exclusive-practice-agreed-for-five-years"),
    # set 1192: a fund that publishes the grant's title and amount keeps nothing secret
    (_EN_PREAMBLE + "Article 10 Publicity\n10.5 Sponsor may publish the title of the Project, the name of the University, "
     "the amount of the Grant and a non-confidential summary of the Project on its website.\n" + _EN_TERM, "CON-01",
     False, "en-the-funder-publishes-the-grants-title-and-amount"),
    # set 1192: work packages re-prioritised or stopped on the fund's notice
    (_EN_PREAMBLE + "Article 6 Research Plan\n6.4 Sponsor may, after consultation with the supervising ministry, by "
     "written notice require the University to re-prioritise, modify or discontinue any work package of the research "
     "plan, and the University shall implement any such notice within thirty (30) days.\n" + _EN_TERM, "FUN-06", True,
     "en-work-packages-reprioritised-on-the-funders-notice"),
    # set 1193: brain scans sent with the faces on, dates of birth and postal codes kept
    (_EN_PREAMBLE + "Article 5 Data\n5.2 Structural T1-weighted images shall be provided to Sponsor in native "
     "acquisition space without defacing, skull-stripping or other alteration of facial features.\n" + _EN_TERM,
     "DAT-03", True,
     "en-brain-scans-without-defacing"),
    (_EN_PREAMBLE + "Article 5 Data\n5.3 The following data elements of the Contributed Data shall be retained to "
     "permit harmonisation: full date of birth, sex, handedness and postal code of residence.\n" + _EN_TERM,
     "DAT-03", True,
     "en-full-dates-of-birth-and-postal-codes-kept"),
    # set 1195: our right to hold back what export control requires, whatever the rest says
    (_JA_PREAMBLE + "第18条（輸出管理）\n３　甲は、輸出管理法令又は甲の規程に照らし必要と認めるときは、本契約の他の規定にかかわらず、乙又は乙の"
     "指定する者に対する技術の提供又は試料等の提供を保留し、又は拒否することができる。\n", "EXP-01", False,
     "ja-our-right-to-hold-back-under-export-control"),
    # set 1195: our know-how to the partner's investors and their nominees without consent
    (_EN_PREAMBLE + "Article 4 Licence\n4.3 Sponsor may disclose and transfer the Licensed Know-How and any data or "
     "samples received from the University to its Affiliates, to any Investor and to any person designated by an "
     "Investor, without the prior consent of the University.\n" + _EN_TERM, "EXP-05", True,
     "en-know-how-to-investors-and-their-nominees"),
    # set 1195: the partner's shareholder paying us in its stead
    (_JA_PREAMBLE + "第６条（研究経費の支払）\n３　乙は、研究経費の全部又は一部を、乙の主要株主であるＡＮＴＩＣをして甲に直接納付させることが"
     "できるものとし、甲はあらかじめこれを承諾する。\n", "FUN-03", True, "ja-the-partners-shareholder-pays-us"),
    # set 1196: results and specimens made available to a state directorate without our consent
    (_EN_PREAMBLE + "Article 11 Results\n11.4 Notwithstanding paragraph 11.3, Sponsor may make Foreground Information, "
     "including data and irradiated Specimens, available to the State Nuclear Energy Directorate and to such "
     "organisations as participate in the national fusion programmes of the Republic, without further consent of the "
     "University.\n" + _EN_TERM, "EXP-05", True, "en-results-to-a-state-directorate-without-consent"),
    # set 1196: a facility that pays its users nothing
    (_EN_PREAMBLE + "Article 14 Costs\n14.4 Sponsor does not pay any fee, honorarium or allowance to Users.\n" + _EN_TERM,
     "FUN-04", False, "en-a-facility-that-pays-users-nothing"),
    # set 1200: our own freedom to tell our bodies and funders, and what the law requires
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.4 The Student may disclose Confidential Information of Sponsor to the "
     "Academic Supervisor, who shall be informed of its confidential nature and shall be bound by this Article. Nothing "
     "in this Agreement prevents the University from disclosing the existence and terms of this Agreement to its "
     "governing bodies, auditors and public funding bodies, or to any authority as required by law.\n" + _EN_TERM,
     "LAW-02", False, "en-nothing-prevents-us-telling-our-bodies"),
    # set 1202: the partner's compelled disclosure, with notice to us first and the minimum disclosed
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.3 If Sponsor is required by law, court order or an order of a "
     "competent authority to disclose confidential information of the University, it shall, where legally permitted, "
     "notify the University promptly before disclosure and disclose only the minimum information legally required.\n"
     + _EN_TERM, "LAW-02", False, "en-a-compelled-disclosure-with-notice-and-the-minimum"),
    # sets 1203: a review refused in so many words; set 1199: a culture collection deposit
    (_EN_PREAMBLE + "Article 10 Publication\n10.1 The Chair Holder shall be free to publish the results of the research. "
     "Publications shall not be subject to review or approval by Sponsor.\n" + _EN_TERM, "PUB-01", False,
     "en-publications-not-subject-to-the-partners-review"),
    (_EN_PREAMBLE + "Article 8 Materials\n8.2 The University may deposit Materials in a public culture collection only "
     "with the prior written consent of Sponsor.\n" + _EN_TERM, "PUB-01", False,
     "en-a-culture-collection-deposit-with-consent"),
    # set 1202: the facility suspending our accounts for security
    (_EN_PREAMBLE + "Article 5 Access\n5.4 Sponsor may suspend the account of any Authorized User, or all accounts of the "
     "Project, without prior notice where Sponsor reasonably believes that a security incident or a threat to the "
     "integrity of the Laboratory Systems has occurred.\n" + _EN_TERM, "DAT-01", False,
     "en-the-facility-suspending-our-accounts"),
    # set 1203: a donor's naval architecture and his own account
    ("ENDOWED PROFESSORSHIP AGREEMENT\nThis Agreement is made between Hokushin University (the \"University\") and Mr. "
     "Anders Lund (the \"Donor\").\n(A) The Donor has for many years supported education and research in naval "
     "architecture and marine engineering, and wishes to make a gift to the University.\nArticle 3 Payments\n3.3 The "
     "Donor shall make each payment from the Donor's personal account.\n" + _EN_TERM, "FUN-01", False,
     "en-a-donor-who-supports-naval-architecture"),
    ("ENDOWED PROFESSORSHIP AGREEMENT\nThis Agreement is made between Hokushin University (the \"University\") and Mr. "
     "Anders Lund (the \"Donor\").\nArticle 3 Payments\n3.3 The Donor shall make each payment from the Donor's personal "
     "account.\n" + _EN_TERM, "FUN-04", False, "en-a-donor-paying-from-his-personal-account"),
    # set 1203: a publication made only after the foundation's confirmation
    (_JA_PREAMBLE + "第９条（研究成果の公表）\n２　甲は、研究成果を公表しようとするときは、公表予定日の90日前までに、公表しようとする内容を書面"
     "により乙に提出し、乙の確認を得た上で公表するものとする。\n", "PUB-01", True, "ja-published-only-after-the-partners-confirmation"),
    # set 1203: a donor's nominee who must concur in the chair holder
    (_EN_PREAMBLE + "Article 5 Selection\n5.3 The Selection Committee shall recommend a candidate to the President, "
     "provided that no candidate shall be recommended to the President for appointment without the concurrence of "
     "Sponsor's nominee.\n" + _EN_TERM, "FUN-06", True, "en-no-candidate-without-the-donors-nominee"),
    # set 1201: nothing shall prevent the partner passing our data to its ministry; defence use under state contracts
    (_EN_PREAMBLE + "Article 14 Confidentiality\n14.4 Nothing in this Agreement shall prevent Sponsor from providing "
     "Project Data, Project Results or Confidential Information of the University to the Supervising Ministry or "
     "other competent state bodies upon their request.\n" + _EN_TERM, "DAT-04", True,
     "en-nothing-prevents-the-partner-informing-its-ministry"),
    (_EN_PREAMBLE + "Article 13 Use of Results\n13.2 Each Party may also use the Project Results generated by it or "
     "jointly for its other activities, including for research and development works under state contracts in the "
     "interests of national defence and security.\n" + _EN_TERM, "EXP-02", True,
     "en-results-used-for-state-defence-contracts"),
    # set 1201: the rector's seat on a defence council, in a table of the two sides' particulars
    (_JA_PREAMBLE + "別紙２　両大学の概要\n項目\n甲\n乙\n代表者の主な兼職\n該当なし\n共和国国家安全保障会議 国防産業・科学技術評議会委員\n",
     "EXP-03", True, "ja-the-partners-rector-on-a-security-council"),
    # set 1201: each side's approval under its own rules
    (_JA_PREAMBLE + "第４条（実施細目）\n４　前二項の実施細目及び共同研究契約は、甲及び乙のそれぞれの規則に定める手続に従い承認を得たものでなけれ"
     "ばならない。\n", "CMP-01", False, "ja-each-sides-approval-under-its-own-rules"),
    # set 1201: participants' names shared with their consent; set 1200: a student's file sent without it
    (_EN_PREAMBLE + "Article 9 Personal Data\n9.2 The University shall provide Sponsor only with the names and "
     "affiliations of Participants needed for the programme. Participants shall be informed at registration that "
     "these data will be shared with Sponsor, and their consent shall be obtained.\n" + _EN_TERM, "DAT-03", False,
     "en-participants-names-shared-with-their-consent"),
    (_EN_PREAMBLE + "Article 16 Students\n16.3 The University shall transmit to Sponsor the complete student file of "
     "each student, and such transmission shall be deemed authorised by the student's application to the programme "
     "without further notice to or consent from the Student.\n" + _EN_TERM, "DAT-03", True,
     "en-a-student-file-sent-without-notice-or-consent"),
    # set 1202: our own research in a field barred without the partner's consent
    (_JA_PREAMBLE + "第15条（競業の制限）\n甲は、本契約の有効期間中及び本契約の終了後3年間、乙の事前の書面による承諾を得ることなく、本ソフトウェア"
     "以外のソフトウェアと甲コードとを連携させるための研究開発を、自ら行い、又は第三者と共同して行ってはならない。\n", "PUB-04", True,
     "ja-our-own-research-barred-without-consent"),
    # set 1202: licences already given to users of copies survive a withdrawal
    (_EN_PREAMBLE + "Article 5 Licence\n5.3 The University acknowledges that licences granted to End Users are "
     "irrevocable for the copies that End Users have already obtained.\n" + _EN_TERM, "TRM-01", False,
     "en-licences-irrevocable-for-copies-already-obtained"),
    # set 1204: admission of the partner's nominees reduced to registration
    (_EN_PREAMBLE + "Article 5 Researchers\n5.3 Researchers nominated by Sponsor shall be received by the University "
     "and shall have access to the laboratory from the date of their arrival, the University's procedures in respect "
     "of such researchers being limited to registration and safety induction.\n" + _EN_TERM, "PER-03", True,
     "en-admission-reduced-to-registration"),
    # set 1197: the partner's right to give us its map data
    (_EN_PREAMBLE + "Article 9 Data\n9.4 Sponsor represents that it has the right to provide the Map Data to the "
     "University for the purposes of this Agreement, including any authorization required from the Geospatial "
     "Information Authority of Japan.\n" + _EN_TERM, "DAT-04", False, "en-the-partners-right-to-give-us-its-data"),
    # set 1211: what we get in return left to the partner
    (_EN_PREAMBLE + "Article 6 Observing Time\n6.1 The University shall deliver the spectrograph.\n6.2 In consideration of "
     "the contributions described in Article 4, Sponsor shall allocate to the University such observing time on the "
     "Telescope as Sponsor may determine from time to time.\n" + _EN_TERM, "REC-01", True,
     "en-observing-time-as-the-partner-determines"),
    # set 1206: nothing shall prevent the partner furnishing our information to its state bodies
    (_EN_PREAMBLE + "Article 10 Confidentiality\n10.4 Nothing in this Agreement shall prevent Sponsor from furnishing "
     "information relating to the Project, including Confidential Information of the University and Project Results, "
     "to the competent state bodies of the Republic upon their request.\n" + _EN_TERM, "DAT-04", True,
     "en-nothing-prevents-the-partner-furnishing-our-information"),
    # set 1208: a first refusal over all results, in every field and territory, for as long as they last
    (_EN_PREAMBLE + "Article 11 First Refusal\n11.3 The right of first refusal under this Article 11 shall apply to any "
     "Project IP, in any field of use and in any territory, and shall remain in effect for so long as any such "
     "Project IP subsists.\n" + _EN_TERM, "IP-04", True, "en-a-first-refusal-over-everything-for-ever"),
    # set 1205: our staff at the partner's site only by its permission, its researchers in our labs at any time
    (_JA_PREAMBLE + "第８条（研究員の受入れ）\n甲は、乙の研究担当者のうち乙が派遣する者（以下「派遣研究員」という。）を受け入れる。\n２　派遣研究員"
     "は、本共同研究の期間中、甲の研究室及び評価設備を、甲の研究担当者と同等の条件により随時使用することができるものとする。\n３　甲の研究担当者"
     "が乙の研究実施場所を訪問する場合には、乙の事前の書面による許可を得た上で、乙の指定する区域に限り立ち入ることができる。\n第９条（期間）\n"
     "本契約の期間は３年とする。\n", "REC-02", True, "ja-our-visits-only-by-the-partners-permission"),
    # set 1209: a ban on subcontracting is no silence toward our office
    (_EN_PREAMBLE + "Article 21 Subcontracting\n21.2 Sponsor shall not subcontract the operation of the Vessel to any "
     "person not named in Schedule 2 without the University's prior written consent.\n" + _EN_TERM, "COI-01", False,
     "en-a-ban-on-subcontracting"),
    # set 1191: our data shared with governments, and we are not told
    (_EN_PREAMBLE + "Annex 2 Disclosure Procedure\n6.3 In addition, Sponsor may at any time share Vulnerability "
     "Information, including exploit materials and research data, with government agencies of the Republic, and Sponsor "
     "shall not be required to inform the University of the recipient or the content of such sharing.\n", "DAT-04",
     True, "en-our-data-shared-with-governments-untold"),
    # set 213: our data made available to any public authority that asks, named after a long list
    (_EN_PREAMBLE + "Article 9A Reporting\n9A.2 Sponsor may make the Results, the Contributed Data and any reports, code "
     "or other information furnished by the University under this Agreement available to the Funding Body, its project "
     "management agency and any other public authority or body that requests them, without any further consent of the "
     "University.\n" + _EN_TERM, "DAT-04", True, "en-our-data-to-any-public-authority-that-asks"),
    # set 1219: a due-diligence form's questions bind nobody; its answers do
    (_EN_PREAMBLE + "Annex 4 Questionnaire\nQ1.4 Is any shareholder, director or officer of Sponsor a government body, "
     "a state-owned enterprise, a military, defence, police or intelligence organisation, or funded by one? The "
     "shareholders are listed in Q1.3.\n",
     "FUN-01", False, "en-a-questionnaires-question-on-military-funding"),
    # set 1219: a consultant kept from telling the university he is affiliated with
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.2 The University shall not disclose the existence of this Agreement, "
     "its terms or the fees paid hereunder to any person, including any university, research institute or funding "
     "agency with which the University is affiliated, without the prior written consent of Sponsor.\n" + _EN_TERM,
     "COI-01", True, "en-not-to-tell-any-university-one-is-affiliated-with"),
    # set 1215: a salary that continues to be governed by our contract; a flat in the partner's guest residence
    (_EN_PREAMBLE + "Article 6 Employment\n6.1 You will remain an employee of Higashiura University throughout the "
     "Fellowship, and your salary and employment benefits will continue to be governed by your contract with the "
     "University.\n" + _EN_TERM, "COI-02", False, "en-a-salary-still-governed-by-our-contract"),
    (_EN_PREAMBLE + "Article 5 Accommodation\n5.1 Sponsor will provide the University's fellow with a furnished studio "
     "flat in its guest residence for the period of the visit.\n" + _EN_TERM, "PER-01", False,
     "en-a-flat-in-the-partners-guest-residence"),
    # set 1216: our consent before a vendor lists us as a customer
    (_EN_PREAMBLE + "Article 10 Publicity\n10.4 Neither Party shall use the name or logo of the other Party without its "
     "prior written consent. In particular, Sponsor shall not identify the University as a customer without the "
     "University's prior written consent.\n" + _EN_TERM, "IP-06", False, "en-not-listed-as-a-customer-without-consent"),
    # set 1216: participants' recordings kept to train the vendor's models; data disclosed on its own view of a request
    (_EN_PREAMBLE + "Article 6 Content\n6.2 Unless an Administrator has disabled the setting, Sponsor may retain Content "
     "Samples drawn from University Content, including audio segments and the corresponding transcripts, and use them "
     "to train, evaluate and improve Sponsor's speech recognition models.\n" + _EN_TERM, "DAT-03", True,
     "en-recordings-kept-to-train-the-vendors-models"),
    (_EN_PREAMBLE + "Article 7 Disclosure\n7.5 Sponsor may access, preserve and disclose University Content and account "
     "information where Sponsor believes in good faith that such access, preservation or disclosure is reasonably "
     "necessary to respond to a request of any governmental, regulatory or law enforcement authority.\n" + _EN_TERM,
     "DAT-04", True, "en-disclosed-on-the-vendors-own-view-of-a-request"),
    # set 1215: an embassy paying from its foreign ministry's budget
    (_JA_PREAMBLE + "第５条（委託料）\n２　前項の委託料は、ルステニア共和国外務省が乙に配賦する対日広報文化交流予算から支出されるものとする。\n",
     "FUN-01", True, "ja-paid-from-a-foreign-ministrys-budget"),
    # set 1218: a warranty that the money does not derive from a government or military
    (_JA_PREAMBLE + "第５条（研究経費）\n３　乙は、前二項の経費が乙の自己資金により賄われるものであり、外国政府、軍若しくは国防関係機関からの資金の"
     "提供に由来するものでないことを表明し、保証する。\n", "FUN-01", False, "ja-a-warranty-the-money-is-not-military"),
    # set 1213: the company's engineers in our lab with its records, on the same basis as our staff
    (_EN_PREAMBLE + "Article 8 Access\n8.2 The University shall grant Sponsor Engineers access to the Facility, including "
     "the synthesis line and the associated process records and laboratory notebooks, on the same basis as University "
     "research staff.\n" + _EN_TERM, "EXP-04", True, "en-the-partners-engineers-on-the-same-basis-as-our-staff"),
    # set 1224: a report to the partner's investors that takes in our secrets keeps no funder secret
    (_JA_PREAMBLE + "第10条（秘密保持）\n２　前項の規定は、次の各号に該当する場合には適用しない。\n三　乙が、乙の出資者又は当該出資者が指定する者から"
     "求められた場合において、投資契約に基づく報告として、本研究の進捗及び研究成果に関する情報（甲の秘密情報を含む。）を提供するとき。\n",
     "CON-01", False, "ja-a-report-to-investors-that-takes-in-our-secrets"),
    # set 1225: our own outputs deleted with the library's files
    (_EN_PREAMBLE + "Article 9 Licence\n9.3 On expiry or termination of this Agreement the University shall, within sixty "
     "days, delete all copies of the Master Files, the Access Files and the Project Outputs held by it or by University "
     "Personnel.\n" + _EN_TERM, "DAT-05", True, "en-our-own-outputs-deleted-at-the-end"),
    # set 1143: a supervisory authority named among security and law-enforcement bodies is no data-breach regulator
    (_EN_PREAMBLE + "Article 7 Access Records\n7.4 Notwithstanding clause 12, Sponsor may, upon request, make the Access "
     "Records, the contents of the Workspace and any Outputs, whether or not released through the Airlock, available to "
     "any law-enforcement, security or supervisory authority of the Netherlands, and Sponsor shall be under no obligation "
     "to notify the University of such request or disclosure.\n" + _EN_TERM, "DAT-04", True,
     "en-records-to-a-security-or-supervisory-authority-untold"),
    # set 1189: inventions split by subject, the partner's own methods its own
    (_EN_PREAMBLE + "Article 10 Intellectual Property\n10.4 Any invention arising from the Trial that relates to the "
     "Trial Materials vests in the University, and any invention that relates solely to Sponsor's field management or "
     "phenotyping methods vests in Sponsor.\n" + _EN_TERM, "IP-01", False, "en-inventions-split-by-subject"),
]

_BLIND_1229_TO_1276 = [
    # set 1236: dual-use sensors foreseen for detection work by police and customs
    (_EN_PREAMBLE + "Article 2 Applications\n2.4 The Parties acknowledge that the Sensor Platform is expected to find "
     "application in industrial process safety and public security, including the detection of explosives and "
     "chemical warfare agents by police, customs and other disciplined services.\n" + _EN_TERM, "EXP-02", True,
     "en-results-foreseen-for-detection-by-police-and-customs"),
    (_EN_PREAMBLE + "Article 2 Applications\n2.4 The Sensor Platform is intended for industrial process safety and "
     "shall not be used for the detection of persons by police or other security services.\n" + _EN_TERM, "EXP-02",
     False, "en-detection-by-police-ruled-out"),
    # set 1230: one item of a visitor's duties sends our technical results home every month
    (_EN_PREAMBLE + "Article 6 Reporting\n6.2 Each Visiting Researcher shall:\n(a) submit a research plan to the Host "
     "Supervisor within two (2) weeks of arrival;\n(c) submit to the Sending Institution, at monthly intervals, a "
     "written account of the experimental work performed, the instruments used and the technical results obtained at "
     "the Host Institution; and\n(d) submit a final report on the Visit.\n" + _EN_TERM, "PER-04", True,
     "en-a-visitors-monthly-account-of-work-at-the-host-to-the-sender"),
    # set 1233: a sponsored project paid out of a foreign ministry's appropriations
    (_EN_PREAMBLE + "Article 4 Funding\n4.1 Sponsor shall pay to the University JPY 48,600,000 (Japanese Yen), which "
     "shall be disbursed from the appropriations of the Ministry of Agriculture and Marine Economy under the Blue "
     "Economy Resilience Programme.\n" + _EN_TERM, "FUN-01", True, "en-paid-from-a-foreign-ministrys-appropriations"),
    (_EN_PREAMBLE + "Article 4 Funding\n4.1 The University's share shall be paid from the budget of the Ministry of "
     "Education, Culture, Sports, Science and Technology of Japan (MEXT).\n" + _EN_TERM, "FUN-01", False,
     "en-paid-from-the-japanese-ministrys-budget"),
    # set 1235: our licence back to results "including Results owned by" the partner is no transfer to it
    (_EN_PREAMBLE + "Article 7 Results\n7.8 Notwithstanding any other provision of this Agreement, the University and "
     "its Researchers shall have the irrevocable, royalty-free right to use the Results, including Results owned by "
     "Sponsor, for the purposes of non-commercial research and teaching.\n" + _EN_TERM, "IP-01", False,
     "en-our-right-to-use-results-including-the-partners"),
    # set 1235: an "Affiliate" defined to leave out governments lets no government in
    ('RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University (the "University") and Halden Quantum '
     'AS ("Halden").\nArticle 1 Definitions\n1.1 "Affiliate" means any company which controls, or is controlled by, '
     'Halden; provided that "Affiliate" shall not include any government, governmental agency or instrumentality, or '
     "any entity owned or controlled by any of them.\nArticle 6 Affiliates\n6.2 Halden may disclose the University's "
     "Confidential Information to an Affiliate only with the prior written consent of the University, which shall "
     "identify the Affiliate by name.\n" + _EN_TERM, "DAT-04", False, "en-an-affiliate-defined-to-leave-out-governments"),
    # set 1235: the legal-duty exception narrowed to court orders, funders' and ministries' requests left out
    (_JA_PREAMBLE + "第10条（秘密保持）\n３　前項第六号に規定する「法令の規定に基づき開示が義務付けられた」場合とは、裁判所の命令により開示が"
     "命じられた場合をいい、行政機関、独立行政法人その他の資金配分機関からの照会、報告の求め又はこれらの機関に対する届出に応じて行う"
     "開示はこれに含まれないものとする。\n", "CON-03", True, "ja-the-legal-duty-exception-narrowed-to-court-orders"),
    # set 1238: a memorandum open to any field, activities agreed between faculty members without a separate agreement
    (_JA_PREAMBLE + "第2条（協力の分野）\n３　本覚書に基づく協力は、第１項に掲げる分野に限られず、両当事者の教員が合意するその他の分野に及ぶ"
     "ことができるものとし、個別の協力活動は、両当事者間で別途の協定を締結することなく、関係する教員間の合意に基づき実施することが"
     "できる。\n", "TRA-03", True, "ja-any-field-activities-agreed-between-faculty"),
    (_EN_PREAMBLE + "Article 2 Areas of Cooperation\n2.3 Cooperation under this Memorandum shall not be limited to the "
     "areas listed in paragraph 1 and may extend to any other field on which faculty members of the Parties may "
     "agree.\n" + _EN_TERM, "TRA-03", True, "en-cooperation-may-extend-to-any-other-field"),
    # set 1237: a pathogen's field strains and genome shipped on request within 30 days to any site the partner names
    (_JA_PREAMBLE + "第10条（研究試料の提供）\n２　前項の規定にかかわらず、甲は、乙から請求があったときは、甲が保有する豚熱ウイルス野外分離株"
     "及びその全ゲノム配列情報を、乙又はその関係会社が指定する研究施設に宛てて、当該請求を受けた日から30日以内に発送するものとし、"
     "当該発送に要する費用は乙の負担とする。\n", "EXP-01", True, "ja-virus-strains-shipped-on-request-within-30-days"),
    # set 1242: what an intern's reports to funders may say, cut down to a title and dates
    (_EN_PREAMBLE + "Article 7 Reports\n7.4 Any other report prepared by an Intern for the University, for a "
     "scholarship provider or for a Japanese public funding agency, including any report of outside activities or "
     "remuneration, shall be limited to the title of the Assignment and the Internship Period, and shall not describe "
     "the content of the Assignment or the amount of the payments made under Clause 6.\n" + _EN_TERM, "CON-03", True,
     "en-reports-to-funders-cut-down-to-a-title"),
    # set 1244: either side may hand our information to its authorities on request, without telling us
    (_EN_PREAMBLE + "Article 6 Disclosure\n6.2 Notwithstanding Article 4, either Party may provide Confidential "
     "Information received under this Agreement to any governmental, regulatory or other public authority having "
     "jurisdiction over that Party or its Affiliates upon the request of such authority, without prior notice to the "
     "Disclosing Party.\n" + _EN_TERM, "DAT-04", True, "en-either-side-to-its-authorities-on-request-untold"),
    # set 1243: an appointee's side terms and pay kept between the appointee and the partner
    (_EN_PREAMBLE + "Article 6 Joint Appointment\n6.8 Any supplementary terms agreed between Sponsor and a Joint "
     "Appointee, and any remuneration, allowances or personal research support provided to the Joint Appointee "
     "thereunder, shall be treated as confidential to Sponsor and shall not be disclosed by the Joint Appointee to any "
     "person other than Sponsor's authorised officers.\n" + _EN_TERM, "COI-01", True,
     "en-an-appointees-side-terms-and-pay-kept-secret"),
    # set 1244: an investor's "Representatives" take in its limited partners and portfolio companies
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.4 "Representatives" means, in relation to Sponsor, its Affiliates and its '
     "and their respective general partners, limited partners, co-investors, portfolio companies, financing sources, "
     "directors, officers and employees.\n" + _EN_TERM, "TRA-01", True, "en-representatives-include-investors"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.4 "Representatives" means, in relation to Sponsor, its directors, '
     "officers, employees and professional advisers.\n" + _EN_TERM, "TRA-01", False,
     "en-representatives-are-its-own-staff-and-advisers"),
    # set 1240: a trial sponsor's use of its own study data
    (_EN_PREAMBLE + "Article 10 Study Data\n10.2 Study Data shall be the property of Sponsor, and Sponsor may use Study "
     "Data for any lawful purpose, including regulatory submissions in any country.\n" + _EN_TERM, "EXP-02", False,
     "en-a-trial-sponsor-uses-its-study-data-for-any-lawful-purpose"),
    # set 1240: a trial sponsor barred from paying the doctor except through the hospital
    (_EN_PREAMBLE + "Article 4 Payments\n4.3 Sponsor shall not, and shall ensure that its Affiliates and any CRO do "
     "not, offer or pay to the Principal Investigator or any Study Staff any fee, honorarium, gift, equipment or other "
     "benefit in connection with the Study other than through the University under this Agreement.\n" + _EN_TERM,
     "FUN-04", False, "en-no-fee-to-the-investigator-but-through-the-university"),
    # set 1243: a provider excused from services an export licence would be needed for
    (_EN_PREAMBLE + "Article 10 Export\n10.3 Sponsor shall not be obliged to provide any part of the Services or any "
     "technical data where doing so would require an export licence or other governmental authorisation, until such "
     "licence or authorisation has been obtained.\n" + _EN_TERM, "DAT-04", False,
     "en-a-service-withheld-until-an-export-licence"),
    # set 1239: a grant's open-science duty named in a recital
    (_EN_PREAMBLE + "(B) The Grant Agreement requires the beneficiaries to manage the digital research data generated in "
     "the Project responsibly and to provide open access to research data as open as possible and as closed as "
     "necessary.\nArticle 1 Data\n1.1 Each Party manages its own data.\n" + _EN_TERM, "DAT-01", False,
     "en-open-access-to-research-data-in-a-recital"),
    # set 1244: an NDA's list of who received the secrets, shown to the discloser
    (_JA_PREAMBLE + "第6条（秘密情報の管理）\n２　甲は、研究責任者をして、秘密情報の開示を受けた本研究者等の氏名及び所属を記録した名簿を作成させ、"
     "乙から請求があったときは、その写しを乙に提出するものとする。\n", "DAT-03", False,
     "ja-a-list-of-recipients-of-the-secrets-shown-to-the-discloser"),
    # set 1239: our report to our funder allowed, but for what another paragraph keeps secret
    (_JA_PREAMBLE + "第23条（研究成果報告書）\n３　甲及び乙は、前二項の研究成果報告書の内容のうち相手方の秘密情報に該当するものを除き、当該研究"
     "成果報告書を自己の研究資金配分機関への報告に利用することができる。ただし、第9条第2項に定める事項については、この限りでない。\n",
     "CON-03", True, "ja-a-funder-report-but-for-a-cross-referenced-secret"),

    # set 1248: our review of the partner's nominees cut down to their identity
    (_EN_PREAMBLE + "Article 4 Access\n4.3 The University shall issue Access Credentials within five (5) Business Days "
     "after receipt of a complete nomination, and the University's review of a nomination shall be limited to "
     "verification of the nominee's identity and completion of the online safety induction.\n" + _EN_TERM, "EXP-04",
     True, "en-our-review-of-nominees-cut-down-to-their-identity"),
    # set 1250: the fund rewrites the plan by notice after consulting a committee
    (_EN_PREAMBLE + "Article 5 Research Plan\n5.5 Notwithstanding Article 5.4, Sponsor may, by written notice to the "
     "University following consultation in the Steering Committee, amend the Research Plan, re-prioritise, suspend or "
     "discontinue any Work Package.\n" + _EN_TERM, "FUN-06", True, "en-the-fund-amends-the-plan-by-notice"),
    # set 1250: the fund's exit for convenience beside ours on notice
    (_EN_PREAMBLE + "Article 17 Termination\n17.3 Sponsor may terminate this Agreement for convenience by giving not "
     "less than ninety (90) days' written notice. Either Research Party may withdraw from this Agreement by giving not "
     "less than six (6) months' written notice to the other Parties.\n", "TRM-01", False,
     "en-the-funders-exit-beside-each-research-partys"),
    # set 1246: each side's researchers under its own direction
    (_JA_PREAMBLE + "第3条（研究担当者）\n３　甲の研究担当者は、甲の就業規則その他の規程に従い、甲の指揮監督の下で本共同研究に従事し、乙の研究"
     "担当者は、乙の指揮監督の下で本共同研究に従事する。\n", "PER-01", False, "ja-each-sides-researchers-under-its-own-direction"),
    # set 1252: the company's engineers at our laboratory, announced in advance
    (_EN_PREAMBLE + "Article 5 Visits\n5.2 Engineers of Sponsor may work at the University's laboratory for periods "
     "agreed in advance. At least thirty (30) days before a visit Sponsor shall notify the University of the visitor's "
     "name and intended period of stay.\n" + _EN_TERM, "PER-01", False, "en-the-partners-engineers-at-our-laboratory"),
    # sets 1250, 1251: each side under its own country's privacy law
    (_JA_PREAMBLE + "第12条（個人情報）\n甲及び乙は、交流学生の個人情報を、日本国の個人情報の保護に関する法律、サウジアラビア王国の個人データ"
     "保護法その他の関係法令に従い、適切に取り扱う。\n", "LAW-02", False, "ja-both-under-both-countries-privacy-laws"),
    (_JA_PREAMBLE + "第9条（提供データ）\n３　甲は、提供データの作成に当たり、個人情報の保護に関する法律その他の関係法令を遵守するものとし、"
     "乙は、ソラーナ共和国の個人情報の保護に関する法令を遵守するものとする。\n", "LAW-02", False,
     "ja-each-under-its-own-privacy-law"),
    # set 1251: a government's request handled as the paragraph before, with notice and consent
    (_JA_PREAMBLE + "第13条（研究成果の提出）\n２　前項の規定により研究成果を委員会に提出する場合、提出する当事者は、提出の30日前までに、"
     "相手方に通知し、相手方の同意を得るものとする。\n３　甲又は乙が、それぞれの国の政府から自国の漁業管理のために研究成果の提出を求め"
     "られた場合も、前項と同様とする。\n", "DAT-04", False, "ja-a-governments-request-handled-as-the-paragraph-before"),
    # set 1247: kept out of one's grant applications and conflict-of-interest statements
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.6 The Consultant shall not disclose the existence or terms of this "
     "Agreement to any third party, including in any grant application, progress report or conflict-of-interest "
     "statement submitted to a public research funding agency.\n" + _EN_TERM, "COI-01", True,
     "en-kept-out-of-grant-applications-and-coi-statements"),
    # set 1246: results to the affiliates and to bodies the partner's funders designate
    (_EN_PREAMBLE + "Article 9 Results\n9.3 Sponsor may make the Results, including Results owned solely by the "
     "University, available to its Affiliates and to any entity designated by its funding authorities for the purposes "
     "of technical evaluation.\n" + _EN_TERM, "TRA-01", True, "en-results-to-bodies-its-funders-designate"),
    # set 1249: "Affiliate" widened in a second limb to the partner state's ministries
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Affiliate" means, in relation to a Party, any entity that controls, or '
     'is controlled by, that Party, where "control" means the ownership of more than fifty per cent (50%) of the voting '
     "rights; and, in relation to Sponsor, shall also include any ministry, department, agency or state-owned "
     "undertaking of the Commonwealth that funds or supervises Sponsor.\n" + _EN_TERM, "TRA-01", True,
     "en-affiliate-widened-to-ministries-in-a-second-limb"),
    # set 1249: "研究成果" defined to take in our researchers' own work in the field
    (_JA_PREAMBLE + "第1条（定義）\n（２）「研究成果」とは、本研究の実施により得られた発明、ノウハウ、データその他一切の技術的成果をいい、本研究の"
     "目的と関連する技術分野において本契約の有効期間中に甲の研究担当者が創出したものを含むものとする。\n", "IP-01", True,
     "ja-results-defined-to-take-in-our-own-work"),
    # sets 443, 898 (found by the full comparison): the partner's own costs met by its state are no funding of ours
    (_EN_PREAMBLE + "Article 9 Costs\n9.2 The University's costs are funded by its own funds. Sponsor's costs are "
     "funded from the state budget of the Republic of Indonesia.\n" + _EN_TERM, "FUN-01", False,
     "en-the-partners-own-costs-from-its-state-budget"),
    # set 473 (found by the full comparison): the partner's own report to its authority before it discloses
    (_EN_PREAMBLE + "Article 7 Controlled Information\n7.3 If any information that Sponsor intends to disclose is a "
     "national core technology, Sponsor alone shall be responsible for making any report to the competent government "
     "authority of Korea before the disclosure, and shall not disclose that information until it has done so.\n"
     + _EN_TERM, "CON-03", False, "en-the-partners-own-report-to-its-authority-before-disclosing"),

    # sets 1253, 1256: a visitor barred from accepting pay, a sponsor barred from offering it
    (_EN_PREAMBLE + "Article 14 Outside Activities\n14.1 The Visiting Scientist shall not, during the Visit Period, accept "
     "any paid appointment, consultancy or honorarium from Sponsor or from any of its contractors.\n" + _EN_TERM,
     "FUN-04", False, "en-a-visitor-barred-from-accepting-pay"),
    (_EN_PREAMBLE + "Article 17 Personnel\n17.2 Sponsor shall not, without the prior written approval of the University, "
     "offer any University Personnel any paid appointment, consulting engagement, honorarium or equity interest in "
     "connection with the Project.\n" + _EN_TERM, "FUN-04", False, "en-a-sponsor-barred-from-offering-pay"),
    # set 1259: our researchers take nothing from the partner personally
    (_JA_PREAMBLE + "第5条（研究担当者）\n４　甲の研究担当者は、本共同研究に関し、乙から個人として報酬、謝礼、旅費その他の経済的利益の提供を受けない"
     "ものとする。\n", "FUN-04", False, "ja-our-researchers-take-nothing-from-the-partner"),
    # set 1259: bound by the partner state's information law and its committee
    (_EN_PREAMBLE + "Article 15 Compliance\n15.3 The University acknowledges that the Microdata constitute state "
     "statistical information within the meaning of the State Information Protection Law of the Republic of Arventa, and "
     "agrees that it and each Authorised User shall be bound by that Law and shall provide such cooperation as the State "
     "Information Protection Committee may require.\n" + _EN_TERM, "LAW-02", True,
     "en-bound-by-the-partner-states-information-law"),
    # set 1255: a civilian end use confirmed, weapons ruled out
    (_EN_PREAMBLE + "Article 13 Export Control\n13.3 Sponsor confirms that the Results are intended to be used for civilian "
     "industrial bioprocessing applications, and undertakes not to use or permit the use of any of them for any purpose "
     "connected with weapons of mass destruction or for any military end-use.\n" + _EN_TERM, "EXP-02", False,
     "en-a-civilian-end-use-confirmed"),
    # set 1255: the partner's own IP named as what it files
    (_EN_PREAMBLE + "Article 9 Patents\n9.3 Sponsor shall be responsible, at its own cost, for the filing and "
     "prosecution of patent applications for Project IP owned solely by Sponsor.\n" + _EN_TERM, "IP-01", False,
     "en-the-partner-files-its-own-ip"),
    # set 1258: our staff at the partner's tunnel under its engineer in charge, for the test campaign
    (_EN_PREAMBLE + "Article 8 Test Campaign\n8.2 University personnel attending Sponsor's laboratory shall comply with "
     "Sponsor's safety and site access rules and shall work under the direction of Sponsor's test engineer in charge.\n"
     + _EN_TERM, "PER-01", False, "en-our-staff-under-the-partners-engineer-in-charge"),
    # set 1256: our data to whichever affiliates or collaborators the licensee picks
    (_EN_PREAMBLE + "Schedule 3 Permitted Uses\nNotwithstanding Clause 6, the following are permitted:\n(c) the making "
     "available of the Licensed Data to any Affiliate of Sponsor or to any Collaborating Institution, where Sponsor "
     "considers that such Affiliate or Collaborating Institution is carrying out related research;\n" + _EN_TERM,
     "TRA-01", True, "en-data-to-affiliates-the-partner-picks"),
    # set 1257: a fellow's reports to the funding council carry raw data and recipes
    (_EN_PREAMBLE + "Schedule 2 Reporting\nB.3 Each half-yearly technical report shall be accompanied by copies of the raw "
     "measurement data, device layouts and laboratory records generated during the reporting period, which the Fellow "
     "shall upload to Sponsor's Research Repository.\n" + _EN_TERM, "PER-04", True,
     "en-a-fellows-reports-carry-raw-data-to-the-funder"),
    # set 1260: an e-mail memorandum kept from both universities' offices
    ("From: Isaac Penhallow\nSubject: MoA\n1. Who is involved\n1.1 Kaishu University, Ocean Observation Systems "
     'Laboratory ("Kaishu").\n1.2 Marlow Sound Maritime University, Coastal Systems Laboratory ("MSMU").\n2. Data\n'
     "2.1 Both of us may use all records.\n3. Paperwork\nTo keep things light, this memo stays between our two groups: "
     "we will not send it to your research contracts office or to our international affairs division, and neither of "
     "us will mention the arrangement in grant or funder reports unless we both agree.\n", "CON-01",
     True, "en-an-email-memo-kept-between-the-two-groups"),
    # sets 210, 967 (found by the full comparison): a sponsor's suggestions, changes only by amendment
    (_EN_PREAMBLE + "Article 2 Direction\n2.2 The Principal Investigator shall retain scientific independence. Sponsor "
     "may offer comments and suggestions at the progress meetings, but any change to the scope, milestones or budget "
     "requires a written amendment signed by both Parties.\n" + _EN_TERM, "FUN-06", False,
     "en-a-sponsors-suggestions-changes-by-amendment"),

    # set 1265: personal payments ruled out between the universities
    (_JA_PREAMBLE + "第8条（交流）\n３　甲及び乙は、本協定に基づく交流に関し、相手方の大学の教員、研究者又は学生に対し、給与、報酬、謝金その他個人"
     "に対する金銭的給付を約束してはならない。\n", "FUN-04", False, "ja-personal-payments-ruled-out"),
    # set 1261: access to our systems refused
    (_EN_PREAMBLE + "Article 6 Access\n6.3 Sponsor's Authorised Personnel shall not be granted access to any University "
     "network, hospital information system or database other than the secure transfer folder designated for the "
     "Project.\n" + _EN_TERM, "DAT-01", False, "en-access-to-our-systems-refused"),
    # set 1261: samples passed on to service providers and collaborators without consent
    (_EN_PREAMBLE + "Article 8 Transfers\n8.2 Notwithstanding Section 8.1, Sponsor may transfer Samples and Associated "
     "Data to its Affiliates and to contract research organisations, service providers and academic collaborators "
     "engaged by Sponsor, wherever located, without the prior consent of the University.\n" + _EN_TERM, "TRA-01", True,
     "en-samples-to-service-providers-wherever-located"),
    # set 1264: no internal review excuses a late delivery
    (_EN_PREAMBLE + "Article 13 Indemnity\n13.2 The University shall indemnify Sponsor against all Losses arising from any "
     "failure to deliver the Licensed Materials on time, and no internal review, classification, licensing or approval "
     "procedure of the University, whether under Clause 16 or otherwise, shall constitute an excuse for any such "
     "failure.\n" + _EN_TERM, "EXP-01", True, "en-no-internal-review-excuses-late-delivery"),
    # set 1267: publication held until the sponsor says its filings are made
    (_EN_PREAMBLE + "Article 13 Publication\n13.2 The University may publish the results obtained at the Study Site, "
     "provided that no such publication shall be submitted before the first multicentre publication, or, if no "
     "multicentre publication has been submitted within eighteen (18) months after completion of the Investigation at "
     "all participating institutions, before Sponsor has notified the University in writing that all applications for "
     "marketing approval have been filed.\n" + _EN_TERM, "PUB-02", True,
     "en-publication-held-until-the-sponsor-says-filings-are-made"),
    # set 1268: a visitor's pledge to report to the sending institute and its ministry
    (_JA_PREAMBLE + "別紙6　誓約書（様式）\n７．受入期間中に大学において従事した研究活動の内容及びその成果については、派遣元機関及びその所管"
     "官庁の定めるところにより、これらの機関に対し定期的に報告すること。\n", "PER-04", True,
     "ja-a-visitors-pledge-to-report-to-the-sender-and-its-ministry"),

    # sets 84, 723 (found by the full comparison): reports that need not hold unpublished data
    (_EN_PREAMBLE + "Article 9 Reports\n9.1 The University shall deliver to Sponsor a short progress report every six "
     "months.\n9.2 Reports shall describe progress in general terms and need not contain unpublished data, confidential "
     "information of third parties or personal data.\n" + _EN_TERM, "PER-04", False,
     "en-reports-that-need-not-hold-unpublished-data"),

    # set 1274: exclusive practice of joint IP by the partner and its subsidiaries for the life of the rights
    (_JA_PREAMBLE + "第15条（共有知的財産権の実施）\n２　甲は、共有知的財産権について、乙及び乙の子会社が独占的に実施することに同意し、当該共有"
     "知的財産権の存続期間中、自ら又は第三者をして実施させないものとする。\n", "IP-04", True,
     "ja-exclusive-practice-for-the-life-of-the-rights"),
    # set 1273: replacements and additions admitted without our screening
    (_JA_PREAMBLE + "第6条（受入研究員の交代）\n２　前項の場合において、交代又は追加により新たに受入研究員となる者については、前条の規定にかかわら"
     "ず、同条第2項の審査を要しないものとする。\n", "PER-03", True, "ja-replacements-admitted-without-screening"),
    # set 1273: a second award ruled out, and a ground to end the fellowship
    (_EN_PREAMBLE + "Article 13 Other Support\n13.3 The Fellow shall not hold another fellowship or award for the same "
     "research during the Fellowship Period.\n" + _EN_TERM, "COI-02", False, "en-a-second-award-ruled-out"),
    # set 1269: the partner's own sampling under its own rules
    (_JA_PREAMBLE + "第8条（試料の採取）\n乙は、乙の所在国の法令及び乙の規則に従い、別紙2に定める試料を採取し、必要な前処理を行う。\n", "CMP-01",
     False, "ja-the-partners-own-sampling-under-its-own-rules"),
    # set 1272: onward transfer barred in a plain negative
    (_JA_PREAMBLE + "第12条（輸出管理）\n３　乙は、甲から提供を受けた技術情報を、甲の事前の書面による同意を得ることなく、第三者（乙の親会社及び"
     "関係会社を含む。）に再提供し、又は日本国及びドイツ連邦共和国以外の国に持ち出さない。\n", "EXP-05", False,
     "ja-onward-transfer-barred-in-a-plain-negative"),
]

_BLIND_1277_TO_1324 = [
    # set 1277: a second hold after the short patent delay, until the sponsor says its interest is safe
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 If the Reviewing Party notifies the Publishing Party within such "
     "thirty (30) day period that the proposed publication discloses a patentable Invention, the Publishing Party shall "
     "defer the publication for up to ninety (90) days from the date of the notice. Where Sponsor further notifies the "
     "University that the proposed publication would prejudice a pending product release of Sponsor, the University "
     "shall postpone such publication until Sponsor confirms in writing that such interest no longer requires "
     "protection.\n" + _EN_TERM, "PUB-02", True, "en-a-second-hold-until-the-sponsor-confirms"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 If the Reviewing Party notifies the Publishing Party within such "
     "thirty (30) day period that the proposed publication discloses a patentable Invention, the Publishing Party shall "
     "defer the publication for up to ninety (90) days from the date of the notice.\n" + _EN_TERM, "PUB-02", False,
     "en-only-the-short-patent-delay"),
    # set 1277: a student's consent to the terms on confidentiality keeps nothing secret
    (_EN_PREAMBLE + "Article 5 Personnel\n5.5 Where a student of the University participates in the Research, the "
     "University shall obtain the student's written consent to the terms of this Agreement relating to Intellectual "
     "Property, confidentiality and publication.\n" + _EN_TERM, "CON-01", False,
     "en-a-students-consent-to-the-terms-on-confidentiality"),
    # set 1277: a lender's use of test data for its own products; its own equipment's improvements
    (_EN_PREAMBLE + "Article 7 Test Data\n7.4 Sponsor may use the Test Data for any purpose, including the "
     "development, validation and certification of its products.\n" + _EN_TERM, "EXP-02", False,
     "en-test-data-used-for-the-lenders-own-products"),
    (_EN_PREAMBLE + "Article 11 Intellectual Property\n11.3 Any improvement to the Equipment or its firmware made by "
     "Sponsor, including improvements developed using the Test Data, shall belong to Sponsor.\n" + _EN_TERM, "IP-01",
     False, "en-the-lenders-improvements-to-its-own-equipment"),
    # set 1279: threatened species' sites kept back
    (_EN_PREAMBLE + "Article 7 Locality Data\n7.2 The University shall not publish, deposit in any public database or "
     "otherwise disclose Locality Data at a resolution finer than 0.1 degree of latitude and longitude without the "
     "prior written consent of Sponsor.\n" + _EN_TERM, "PUB-01", False, "en-threatened-species-sites-kept-back"),
    # set 1280: our own results deemed the sponsor's secret; exceptions taken back
    (_EN_PREAMBLE + "Article 11 Results\n11.5 Notwithstanding Article 12, all Results of Work Package 3 shall be "
     "deemed to be Confidential Information of Sponsor for the purposes of Article 14, irrespective of which Party "
     "generated them.\n" + _EN_TERM, "PUB-01", True, "en-our-results-deemed-the-sponsors-secret"),
    (_EN_PREAMBLE + "Article 13 General\n13.2 Recital (D) records the Parties' background understanding only and shall "
     "not limit the obligations of the Recipient under Clauses 2 to 6, which shall apply to all Confidential "
     "Information regardless of its source or of its availability from any other person.\n" + _EN_TERM, "CON-02",
     True, "en-secrecy-regardless-of-source-or-availability"),
    # set 1281: the partner's share of the plan only as far as it sees fit, beside our listed tasks
    (_JA_PREAMBLE + "第3条（研究分担）\n（甲の分担）\n（１）固体電解質の合成及び評価\n（２）試料の調製及び乙への提供\n（乙の分担）\n乙は、甲から"
     "提供を受けた試料及び研究データを用いて、乙が必要と認める範囲において解析を行い、その結果について適宜助言する。\n２　甲は、前項の分担に従い"
     "試料を乙に提供する。\n", "REC-01", True, "ja-the-partners-share-only-as-far-as-it-sees-fit"),
    # set 1284: German law and a German court; students' records exchanged as far as the programme needs
    (_JA_PREAMBLE + "第24条（準拠法及び管轄）\n２　本契約は、ドイツ連邦共和国の法令に準拠して解釈されるものとし、本契約に関して生じた一切の紛争に"
     "ついては、リンデナウ地方裁判所を第一審の専属的合意管轄裁判所とする。\n", "LAW-01", True, "ja-german-law-and-a-german-court"),
    (_JA_PREAMBLE + "第16条（個人情報の取扱い）\n１　甲及び乙は、本プログラムの実施に必要な範囲で、出願者及び本プログラム学生の個人情報（氏名、生年月日、"
     "国籍、学業成績等）を相互に提供する。\n", "DAT-03", False, "ja-students-records-exchanged-as-the-programme-needs"),
    # set 1285: results passed to bodies a sponsor designates; radar's civil uses; changes demanded for business
    (_EN_PREAMBLE + "Article 11 Results\n11.5 Article 11.3 shall not apply to the provision by Sponsor of Results, "
     "including Jointly Owned Results and associated Research Data, to the Programme Sponsor or to any agency, "
     "establishment or contractor designated by the Programme Sponsor for purposes of evaluation and further "
     "development.\n" + _EN_TERM, "EXP-05", True, "en-results-to-bodies-a-programme-sponsor-designates"),
    (_EN_PREAMBLE + "Article 2 Scope\n2.1 The Parties desire to strengthen graduate education in radar signal "
     "processing and its civil applications, including weather observation, air-traffic surveillance and earth "
     "observation.\n" + _EN_TERM, "EXP-02", False, "en-radar-for-civil-uses-named"),
    (_JA_PREAMBLE + "第11条（研究成果の公表）\n３　乙は、当該公表が乙の事業上の利益若しくは乙の顧客との契約上の義務に影響を及ぼすおそれがあると乙が判断する"
     "ときは、甲に対し、公表の延期又は公表内容の修正を求めることができ、甲はこれに従うものとする。\n", "PUB-01", True,
     "ja-delay-or-changes-the-partner-demands-for-its-business"),
    # set 1293: two articles kept alive without limit, with a second list before the verb
    (_JA_PREAMBLE + "第21条（存続条項）\n本契約が期間満了又は解除により終了した場合であっても、第10条及び第15条の規定は期間の定めなく、第7条第4項、"
     "第11条、第12条及び第22条の規定は当該条項の対象となる事項が消滅するまで、なお有効に存続する。\n", "TRM-04", True,
     "ja-articles-surviving-without-limit-before-a-second-list"),
    # set 1295: the partner not to go to the authorities over our samples, the decision to tell them ours
    (_EN_PREAMBLE + "Article 8 Findings\n8.1 If Sponsor's analyses indicate the presence of antibodies to a notifiable "
     "pathogen, Sponsor shall inform the University promptly, and the University shall decide whether and how to "
     "inform the competent Japanese authorities. Sponsor shall not itself report findings relating to the Samples to "
     "any authority in Japan or elsewhere, except where required by law.\n" + _EN_TERM, "CON-03", False,
     "en-the-partner-leaves-reporting-to-authorities-to-us"),
    # set 1296: administrator rights named among what is refused
    (_JA_PREAMBLE + "第6条（アクセスの範囲）\n２　提供機関が相手方機関の利用者に認めるアクセスは、利用課題の遂行に必要なログインノード、計算ノード及び"
     "ストレージ領域に限るものとし、提供機関の管理者権限、他の利用者の領域及び提供機関の学内ネットワークへのアクセスは認めない。\n", "DAT-01",
     False, "ja-administrator-rights-refused"),
    # set 1297 / 1298 / 1291: what the partner lets us use, reports or provides, as far and when it sees fit
    (_JA_PREAMBLE + "第5条（研究データ）\n甲は、甲の家計パネル調査の個票データを乙に提供する。\n第6条（乙の調査票情報の利用）\n乙は、乙の定める"
     "調査票情報利用規程に従い、乙が適当と認める範囲において、調査票情報を甲の研究担当者に利用させることができる。\n", "REC-01", True,
     "ja-the-partners-data-used-by-us-as-far-as-it-sees-fit"),
    (_JA_PREAMBLE + "第4条（研究分担）\n甲は、化合物ライブラリー及びその構造データを乙に提供する。\n２　乙が行う評価の対象とする化合物、評価の"
     "時期及び規模並びに甲への評価結果及び研究データの報告の範囲は、乙がその裁量により決定するものとする。\n", "REC-01", True, "ja-what-the-partner-reports-to-us-at-its-discretion"),
    (_JA_PREAMBLE + "第5条（データの提供）\n乙は、別紙に掲げる提供データのうち乙が本研究の遂行に支障がないと認める範囲のものを、乙が適当と認める時期"
     "及び方法により甲に提供する。\n", "REC-01", True, "ja-the-partners-data-when-and-how-it-sees-fit"),
    # set 1294: an affiliate definition that takes in the supervising authority and all it supervises; a data purpose
    # left to the partner
    (_EN_PREAMBLE + "Article 1 Definitions\n\"Affiliate\" means, in relation to a Party, any entity that directly or "
     "indirectly Controls, is Controlled by or is under common Control with that Party, and includes, where a Party is "
     "a public body, any authority exercising supervisory or budgetary competence over that Party and any other entity "
     "subject to the supervision of such authority;\n" + _EN_TERM, "TRA-01", True,
     "en-affiliates-take-in-the-supervising-authority-and-its-bodies"),
    (_EN_PREAMBLE + "Schedule 1 Permitted Purpose\nThe Permitted Purpose is the Study and, in addition, such further "
     "research, analytical, product-development and public-health purposes as Sponsor may determine from time to time "
     "to be consistent with its institutional mission.\n" + _EN_TERM, "DAT-01", True,
     "en-data-purposes-the-partner-determines"),
    # (set 222, found by the full comparison: applicants' files kept for the partner's purposes are DAT-03's subject)
    (_EN_PREAMBLE + "Article 15 Student Information\n15.2 The University shall provide Sponsor with transcripts, passport "
     "copies and any other information Sponsor considers necessary on applicants and participating students, and Sponsor "
     "may keep and use such information for student recruitment, alumni management and such other purposes as Sponsor "
     "may determine.\n" + _EN_TERM, "DAT-01", False, "en-students-files-kept-for-purposes-the-partner-determines"),
    (_EN_PREAMBLE + "Schedule 1 Permitted Purpose\nThe Permitted Purpose is the Study and such further research purposes "
     "as Sponsor may determine, with the prior written approval of the University.\n" + _EN_TERM, "DAT-01", False,
     "en-further-data-purposes-with-our-approval"),
    # set 1299 / 1301 / 1306: papers held until the partner's own paper, its data release or its certificate
    (_EN_PREAMBLE + "Annex C Publication\nC.4 Manuscripts reporting analyses of data from a Data Release shall not be "
     "submitted for publication until the Flagship Publication for that Data Release has been published.\n" + _EN_TERM,
     "PUB-02", True, "en-papers-held-until-the-flagship-publication"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.5 Manuscripts that make use of Raw Data recorded at the Station shall not "
     "be submitted for publication before the underlying data have been released on Sponsor's data portal, on a date to "
     "be determined by the Data Board in accordance with its release schedule.\n" + _EN_TERM, "PUB-02", True,
     "en-papers-held-until-a-data-release-the-board-dates"),
    (_EN_PREAMBLE + "Article 12 Publication\n12.4 The University shall not publish or present any Results relating to the "
     "certified values of the CRM Candidate before Sponsor has issued the corresponding Certificate, and the date of "
     "issue of the Certificate shall be determined by Sponsor in accordance with its certification procedures.\n"
     + _EN_TERM, "PUB-02", True, "en-papers-held-until-the-partners-certificate"),
    # set 1302: the partner's side of 「関係機関」 takes in its government's defence bodies and their designees; "practice"
    # defined to take in sublicensing; a residuals clause with the usual proviso on the source
    (_JA_PREAMBLE + "第2条（定義）\n八　「関係機関」とは、甲にあっては甲が設置する附置研究所をいい、乙にあっては乙の附属研究所並びに乙を所管し又は乙"
     "に研究開発を委託する政府機関（国防に係る研究開発を所掌する機関を含む。）及びこれらが指定する者をいう。\n", "EXP-05", True,
     "ja-related-bodies-defined-to-take-in-defence-bodies-and-designees"),
    (_JA_PREAMBLE + "第2条（定義）\n七　「実施」とは、特許法第2条第3項に定める行為及びノウハウの使用をいい、これらの行為を第三者に行わせること（再実施"
     "許諾を含む。）を含むものとする。\n", "IP-05", True, "ja-practice-defined-to-include-sublicensing"),
    (_EN_PREAMBLE + "Article 7 Residuals\n7.1 Notwithstanding anything to the contrary in this Agreement, each Party shall "
     "be free to use for any purpose the Residuals resulting from access to or work with the other Party's Confidential "
     "Information, provided that such Party shall not disclose the source of the Residuals.\n" + _EN_TERM, "IP-02",
     True, "en-residuals-free-with-only-the-source-kept-quiet"),
    # set 1303: results to an investor's overseeing authority; stock options to our PI
    (_EN_PREAMBLE + "Article 7 Reports\n7.4 Notwithstanding Article 13, Sponsor may disclose the Reports and the Research "
     "Results to its shareholders, including the Strategic Investor, and may furnish the same to any governmental or "
     "supervisory authority having oversight of the Strategic Investor upon the request of such authority, without any "
     "obligation to notify the University.\n" + _EN_TERM, "DAT-04", True,
     "en-results-to-the-authority-overseeing-an-investor"),
    (_JA_PREAMBLE + "第5条（研究担当者）\n４　乙は、本共同研究の遂行に対する研究代表者の貢献に鑑み、研究代表者に対し、乙の普通株式60,000株を取得することが"
     "できる新株予約権（ストックオプション）を付与するものとする。\n", "COI-03", True, "ja-stock-options-to-our-principal-investigator"),
    # set 1304: a warranty that no state money is in it; the last copy locked; old consents stretched; a community's
    # go-between paid
    (_JA_PREAMBLE + "第6条（研究経費）\n４　乙は、研究経費の原資が乙の自己資金であり、いずれの国の政府機関、軍事若しくは治安に関する機関又はこれらの関連団体"
     "からの資金提供又は委託に基づくものではないことを表明し、保証する。\n", "FUN-01", False,
     "ja-a-warranty-that-no-military-money-of-any-country-is-in-it"),
    (_EN_PREAMBLE + "Article II Donation\n2.3 Within ninety (90) days after the Delivery Date, the University shall delete "
     "all working copies of the Donated Recordings held on its servers, and may retain one preservation copy only, which "
     "shall not be accessed or used for research, teaching or publication without Sponsor's prior written permission.\n"
     + _EN_TERM, "DAT-05", True, "en-our-last-copy-locked-without-the-partners-permission"),
    (_EN_PREAMBLE + "Article III Consent\n3.2 The University shall not be required to contact Speakers or their heirs to "
     "obtain any further consent, and the Parties agree that the consents described in Annex B shall be treated as "
     "sufficient for Sponsor's storage, processing and public redistribution of the Donated Recordings from servers "
     "located in the United States or any other country.\n" + _EN_TERM, "DAT-03", True,
     "en-old-consents-treated-as-sufficient-for-public-release-abroad"),
    (_EN_PREAMBLE + "Article 7 Community\n7.1 The Parties shall jointly appoint a Community Liaison, who shall be a resident "
     "of the island. Sponsor shall pay the Community Liaison an honorarium of USD 150 per meeting attended.\n"
     + _EN_TERM, "FUN-04", False, "en-a-community-liaisons-meeting-honorarium"),
    # set 1305: the host named, by its role, as a mobile staff member's affiliation
    (_EN_PREAMBLE + "Article 12 Publications\n12.2 Scientific publications arising from work carried out by a staff member "
     "during the mobility period shall indicate the Receiving Institution as the institutional affiliation of the author "
     "or inventor.\n" + _EN_TERM, "IP-06", True, "en-the-receiving-institution-as-the-affiliation"),
    # set 1286: a bare bullet sends our data to the sending institution every month
    (_EN_PREAMBLE + "Article 8 Visiting Researchers\n8.1 During the Visit, each Visiting Researcher shall:\n* observe "
     "the rules of the Host Institution;\n* submit to the Sending Institution, at the end of each month, a written "
     "report on the work performed at the Host Institution, together with copies of the experimental data and "
     "laboratory records produced during that month;\n* sign the Host Institution's undertaking.\n" + _EN_TERM,
     "PER-04", True, "en-a-bulleted-monthly-report-with-data-to-the-sender"),
    # set 1289: a consortium committee clears each paper at its discretion
    (_EN_PREAMBLE + "Article 10 Publication\n10.2 No manuscript reporting analyses of Consortium Data shall be "
     "submitted until it has been cleared, and the Publications Committee may approve, require changes to or decline "
     "any such proposal at its discretion.\n" + _EN_TERM, "PUB-01", True,
     "en-a-publications-committee-declines-at-its-discretion"),
]


# sets 1307-1354 (stop 51)
_BLIND_1307_TO_1354 = [
    # set 1307: an island state's disaster-prevention grant is no defence money; the partner's own rooms under its rules
    (_JA_PREAMBLE + "第6条（経費）\n２ 甲の負担する経費は、一般財団法人環太平洋防災科学振興財団の「島嶼国防災研究国際協力助成」により措置する。\n",
     "FUN-01", False, "ja-an-island-states-disaster-prevention-grant"),
    (_JA_PREAMBLE + "第7条（施設の利用）\n３ 乙は、本研究の遂行に必要な範囲で、甲の研究担当者に対し、乙の観測データ処理室及びデータアーカイブシステムの"
     "利用を、乙の規則に従い認める。\n", "CMP-01", False, "ja-the-partners-rooms-opened-to-us-under-its-rules"),
    # set 1307: station data "if any, as it may in its sole discretion decide", beside our dated releases
    (_EN_PREAMBLE + "Article 4 Contributions\n4.1 The University shall deliver each release of the Model Code to Sponsor "
     "within thirty (30) days of its completion.\n4.2 Sponsor will make available to the University such Station Data, "
     "if any, as Sponsor may in its sole discretion decide to release from time to time.\n" + _EN_TERM, "REC-01", True,
     "en-station-data-if-any-as-the-partner-may-decide"),
    # set 1308: the partner's vetting letter deemed our screening; use "not limited to civilian use"
    (_JA_PREAMBLE + "第9条（研究員の受入れ）\n３ 甲は、乙派遣研究員の受入れに当たり、第17条第3項に定める確認手続を行う。ただし、乙が所在国の法令に"
     "基づく身元及び経歴の確認を了した旨の書面を甲に提出した乙派遣研究員については、当該書面の提出をもって同項の確認手続を了したものとみなす。\n",
     "EXP-04", True, "ja-the-partners-vetting-letter-deemed-our-screening"),
    (_JA_PREAMBLE + "第9条（研究員の受入れ）\n３ 甲は、乙派遣研究員の受入れに当たり、第17条第3項に定める確認手続を行う。\n", "EXP-04", False,
     "ja-our-own-screening-of-the-partners-researchers"),
    (_JA_PREAMBLE + "第16条（成果の実施）\n２ 乙による実施の用途は民生用途に限られないものとし、航空宇宙、防衛及び安全保障分野の顧客のための構造部材の"
     "設計及び製造を含むものとする。\n", "EXP-02", True, "ja-use-not-limited-to-civilian-purposes"),
    # set 1309: the partner "shall act as the counterpart institution" for our permits
    (_EN_PREAMBLE + "Article 4 Permits\n4.1 Sponsor shall act as the counterpart institution for University researchers "
     "applying for Research Permits and shall submit each application to the permit authority together with its letter "
     "of support.\n" + _EN_TERM, "LAW-02", False, "en-the-partner-acts-as-counterpart-for-our-permits"),
    # set 1310: a sponsor's commercial use under the licence article
    (_EN_PREAMBLE + "Article 6 Results\n6.2 The University shall own all Results. Sponsor may use the Results delivered "
     "to it for its internal research and evaluation, and for any commercial purpose subject to Article 7.\n" + _EN_TERM,
     "EXP-02", False, "en-commercial-use-subject-to-the-licence-article"),
    # set 1311: a secondee's inventions at the host, joint ones too, vest in the sending institution
    (_EN_PREAMBLE + "Article 12 Secondment\n12.1 All rights in inventions made and data generated by a Seconded Researcher "
     "at the Host Institution during the Secondment Period (including those made jointly with researchers of the Host "
     "Institution) shall vest in the Sending Institution.\n" + _EN_TERM, "PER-04", True,
     "en-a-secondees-inventions-at-the-host-vest-in-the-sender"),
    # set 1312: the plan refocused and our supervisor replaced on the funder's notice, in the passive
    (_EN_PREAMBLE + "Article 6 Research Plan\n6.4 Sponsor may at any time, after consulting its Board, require by written "
     "notice that the Research Plan be amended or refocused, or that the Host Supervisor be replaced by a person "
     "nominated by Sponsor.\n" + _EN_TERM, "FUN-06", True, "en-the-plan-refocused-on-the-funders-notice"),
    (_EN_PREAMBLE + "Article 6 Research Plan\n6.4 The Research Plan may be amended only by written agreement of the "
     "Parties.\n" + _EN_TERM, "FUN-06", False, "en-the-plan-amended-by-agreement"),
    # set 1312: a substitute visitor admitted on the first one's screening; a visitor's report of what was seen here
    (_JA_PREAMBLE + "第4条（研究員の交代）\n２ 甲は、前項の通知を受けたときは、当該研究者を受け入れるものとする。この場合において、第14条第2項に定める"
     "事前確認は、既に完了したものをもって足りるものとし、甲は、当該研究者について改めて審査を求めないものとする。\n", "PER-03", True,
     "ja-a-substitute-admitted-without-screening-again"),
    (_JA_PREAMBLE + "第9条（派遣元への報告）\n２ 前項の活動報告書には、乙の研究員が甲において参加した会議、閲覧した資料及び習得した実験手法の概要を"
     "含めるものとする。\n", "PER-04", True, "ja-a-report-home-of-the-meetings-and-materials-seen-here"),
    (_JA_PREAMBLE + "第9条（派遣元への報告）\n２ 前項の活動報告書には、乙の研究員が甲において閲覧した資料を含めてはならない。\n", "PER-04", False,
     "ja-a-report-home-without-what-was-seen-here"),
    # set 1313: our data to a named authority and whoever it designates, without notice; tools for law-enforcement
    (_EN_PREAMBLE + "Article 6 Vulnerability Information\n6.5 Notwithstanding paragraph 4, Sponsor, as a public institution "
     "of the State of Zafiran, may share Vulnerability Information, including proof-of-concept code, with the national "
     "cyber security authority of the State of Zafiran and with such other governmental entities as that authority may "
     "designate, at any time and without prior notice to the University.\n" + _EN_TERM, "DAT-04", True,
     "en-data-to-a-named-authority-without-notice"),
    (_EN_PREAMBLE + "Article 11 Use\n11.3 Subject only to Article 10.1, Sponsor may make proof-of-concept code and other "
     "tools developed in the Project available to authorised government users for use in their lawful operational "
     "activities, including law-enforcement, intelligence and national-defence missions.\n" + _EN_TERM, "EXP-02", True,
     "en-tools-for-law-enforcement-and-defence-missions"),
    (_EN_PREAMBLE + "Article 5 Feeds\n5.2 The University feed shall comprise e-mail addresses and authentication-log "
     "entries relating to its students and staff, delivered in unredacted form to Sponsor's platform abroad; the "
     "University shall not be required to pseudonymise it or to obtain the consent of, or give notice to, the "
     "individuals concerned.\n" + _EN_TERM, "DAT-03", True, "en-student-logs-abroad-without-consent-or-notice"),
    # set 1314: pseudonymised student data abroad with consent and notice of the country waived; an employer's honorarium
    (_EN_PREAMBLE + "Article 4 Transfer\n4.3 Accordingly, the Parties agree that the transfer of Shared Data to Sponsor "
     "in Arvenia may proceed without obtaining the individual consent of data subjects and without informing them of "
     "the destination country.\n" + _EN_TERM, "DAT-03", True, "en-a-transfer-abroad-without-consent-or-the-country"),
    (_EN_PREAMBLE + "Article 4 Transfer\n4.3 The transfer of anonymised data to Sponsor may proceed without obtaining "
     "the individual consent of data subjects.\n" + _EN_TERM, "DAT-03", False, "en-anonymised-data-without-consent"),
    (_EN_PREAMBLE + "Article 5 Staff\n5.4 Academic staff remain subject to the policies of their own institution. Any "
     "honorarium for course production shall be paid only by the employing Member under its own rules.\n" + _EN_TERM,
     "FUN-04", False, "en-an-honorarium-paid-only-by-the-employer"),
    # set 1316: a hold that ends when the holder says so; the partner's own visitor reporting home is no time at the partner
    (_EN_PREAMBLE + "Article 12 Publication\n12.4 Where a proposed publication discloses results of Work Packages 2 and "
     "3, Sponsor may by notice defer submission until it states in writing that the deferral is no longer required.\n"
     + _EN_TERM, "PUB-02", True, "en-deferred-until-the-holder-states-it-is-no-longer-required"),
    (_EN_PREAMBLE + "Article 7 Visiting Researchers\n7.6 Each Sponsor Researcher shall remain subject to the direction "
     "of Sponsor in respect of reporting and shall submit to Sponsor, at least monthly, a report on all work performed "
     "at the University.\n" + _EN_TERM, "PER-01", False, "en-the-partners-own-visitor-reports-monthly"),
    # set 1316: cooperation with no separate contract; a field taken in unless another objects
    (_JA_PREAMBLE + "第2条（協力の形態）\n３ 前項各号に掲げる協力は、本覚書に基づき実施するものとし、個別の契約又は協定の締結を要しない。\n",
     "TRA-03", True, "ja-cooperation-with-no-separate-contract-or-agreement"),
    # set 1317: papers held until a product is approved for marketing
    (_EN_PREAMBLE + "Article 12 Publication\n12.4 No manuscript or abstract reporting efficacy results of the Study "
     "shall be submitted until the earlier of the approval of the product for marketing by the U.S. Food and Drug "
     "Administration, or Sponsor's public announcement that it has discontinued that programme.\n" + _EN_TERM, "PUB-02",
     True, "en-papers-held-until-marketing-approval"),
    # set 1317: the statutory filings cut to what the partner allows
    (_JA_PREAMBLE + "第16条（秘密保持）\n４ 甲は、本契約の内容及び研究資金等の額を、実施計画、利益相反管理計画、jRCTへの登録事項その他の届出においても、乙が"
     "事前に書面により承諾した範囲を超えて記載し、又は開示してはならない。\n", "CON-03", True,
     "ja-statutory-filings-cut-to-what-the-partner-allows"),
    # set 1317: derived data to collaborators abroad, free of the limits; a state's genetic resources security law
    (_EN_PREAMBLE + "Article 6 Use\n6.3 Section 6.2 does not prevent Sponsor from making the Derived Data available to "
     "its affiliated institutions and to such collaborators in other countries as Sponsor may select, and such onward "
     "recipients shall not be bound by the restrictions of Section 6.1.\n" + _EN_TERM, "EXP-05", True,
     "en-derived-data-to-collaborators-abroad-free-of-the-limits"),
    (_EN_PREAMBLE + "Article 7 Applicable Rules\n7.3 The University acknowledges that the Materials shall be treated as "
     "national human genetic resources under the Varnian Human Genetic Resources Security Act, and agrees that the "
     "University shall observe the obligations which that Act places on foreign cooperating parties, including "
     "furnishing to the Varnian Genetic Resources Security Administration, upon its request, the source clinical "
     "records.\n" + _EN_TERM, "LAW-02", True, "en-a-states-genetic-resources-security-act"),
    # set 1318: the partner barred from our hospital systems
    (_JA_PREAMBLE + "第7条（研究の実施）\n３ 乙の研究担当者は、甲の病院情報システムその他の診療系ネットワークにアクセスしてはならない。\n", "DAT-01",
     False, "ja-the-partner-barred-from-our-hospital-systems"),
    # set 1318: the fields widened on the partner's proposal
    (_EN_PREAMBLE + "Schedule A Fields of Cooperation\n(e) such other activities in digital health, data science or "
     "artificial intelligence as Sponsor may propose in writing from time to time, unless the University objects in "
     "writing within fourteen (14) days of receipt of the proposal.\n" + _EN_TERM, "TRA-03", True,
     "en-fields-widened-on-the-partners-proposal"),
    # set 1319: our information to the partner's customers and end users in any jurisdiction
    (_EN_PREAMBLE + "Article 5 Use\n5.2 Sponsor may disclose the University's Confidential Information and the "
     "Evaluation Data to its Affiliates, and to such customers, integration partners and end users of Sponsor as "
     "Sponsor considers appropriate for the marketing of its products, in any jurisdiction.\n" + _EN_TERM, "EXP-05",
     True, "en-our-information-to-customers-and-end-users-anywhere"),
    # set 1320: our team barred from research for other feed makers
    (_EN_PREAMBLE + "Article 14 Exclusivity\n14.1 During the term of this Agreement and for three (3) years thereafter, "
     "the University shall procure that the Principal Investigator and the members of the research team do not "
     "perform any research on salmonid nutrition with or for any other manufacturer of aquaculture feeds.\n" + _EN_TERM,
     "PUB-04", True, "en-our-team-barred-from-research-for-other-makers"),
    # set 1322: our researchers credited to a host in the partner's country
    (_JA_PREAMBLE + "第10条（成果の公表）\n２ 甲の参加研究者を含む全ての著者の所属機関の表示を、当該採択課題の受入れを行った州内研究機関の名称による"
     "ものとする。\n", "IP-06", True, "ja-our-researchers-credited-to-a-host-abroad"),
    # set 1323: what the partner owns reaches into our results; our admission of its staff is no export waiver
    (_EN_PREAMBLE + "Article 6 Service Data\n6.1 Sponsor owns all right, title and interest in the Platform and in Service "
     "Data. Nothing in Section 5 limits Sponsor's rights in Service Data, even where Service Data reproduces or reveals "
     "the content of Results.\n" + _EN_TERM, "DAT-05", True, "en-service-data-owned-even-where-it-reveals-our-results"),
    (_EN_PREAMBLE + "Article 8 Access\n8.2 Sponsor may designate Sponsor Personnel by written notice to the University. "
     "The University shall admit Sponsor Personnel so designated to the Installation Site without further formality.\n"
     + _EN_TERM, "EXP-01", False, "en-staff-admitted-without-further-formality"),
    # set 1325: a gift's terms kept from ministries and funders
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.5 The University shall not disclose the Gift Terms to any ministry, "
     "research funding agency or other public body, including in any application for public research funding, without "
     "the prior written consent of Sponsor.\n" + _EN_TERM, "CON-01", True, "en-gift-terms-kept-from-ministries-and-funders"),
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.5 The University shall not disclose the Gift Terms to any ministry, "
     "research funding agency or other public body, including in any application for public research funding, without "
     "the prior written consent of Sponsor.\n" + _EN_TERM, "PUB-01", False, "en-gift-terms-kept-secret-are-no-papers"),
    # set 1325: results to a group defined to take in whoever the partner's ministry designates
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Sponsor Affiliates" means any body controlled by Sponsor, including the '
     "Ministry of Environment of the Kingdom of Al-Wahat and any authority, company or national programme designated by "
     "that Ministry from time to time.\nArticle 10 Use\n10.3 Sponsor may make Project Data and Results available to "
     "Sponsor Affiliates for any purpose within its mandate.\n" + _EN_TERM, "TRA-01", True,
     "en-results-to-affiliates-its-ministry-can-widen"),
    # set 1327: funds from a body a recital describes as under the ministry of defence
    ("JOINT RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University, a national university corporation "
     '(the "University"), and Karsvik Technical University ("Sponsor").\nRECITALS\nB. Sponsor runs a laboratory '
     "maintained jointly with the State Institute for Aerospace Research and Development of the Republic of Valdoria, a "
     "research institute subordinate to the Ministry of Defence of the Republic of Valdoria.\nArticle 1 Definitions\n"
     '1.1 "Affiliated Institute" means the State Institute for Aerospace Research and Development of the Republic of '
     "Valdoria (SIARD), including its regional test centres.\nArticle 4 Contributions\n4.3 The research support "
     "contribution is resourced by the Affiliated Institute under its Advanced Thermal Protection Programme, and Sponsor "
     "shall procure that the Affiliated Institute remits it directly to the University.\n" + _EN_TERM, "FUN-01", True,
     "en-money-from-a-body-a-recital-puts-under-defence"),
    # set 1329: activities agreed by e-mail without a contract or review; ninety days a year teaching at the partner
    (_JA_PREAMBLE + "第2条（交流の内容）\n２ 前項の交流のうち、共同研究その他の個別の活動については、甲乙の担当部局の長の間で書簡又は電子メールにより確認"
     "された実施計画をもって本協定の一部とみなし、別途の契約書又は覚書の締結及び甲乙の協定担当部署による審査を要しないものとする。\n", "TRA-03",
     True, "ja-activities-agreed-by-email-without-a-contract-or-review"),
    (_JA_PREAMBLE + "第5条（客員教授）\n２ 前項の称号を付与された甲の教員は、その任期中、乙の大学院課程における講義及び研究指導を担当するものとし、その従事"
     "期間は各学年度につき通算九十日を下回らないものとする。\n", "PER-01", True, "ja-ninety-days-a-year-teaching-at-the-partner"),
    # set 1330: a letter of intent's exclusivity over the whole field
    (_EN_PREAMBLE + "Article 5 Exclusivity\n5.1 Until 31 December 2026, the University shall ensure that neither the "
     "Morinaga Laboratory nor any other researcher of the University working in the Field enters into, continues or "
     "solicits any research collaboration, sponsored research or material transfer arrangement with any third party.\n"
     + _EN_TERM, "PUB-04", True, "en-no-researcher-in-the-field-may-work-with-others"),
    # set 1331: associated entities designated without each participant's consent; nominees admitted without our review
    (_EN_PREAMBLE + "Article 14 Associated Entities\n14.2 The Steering Board may, by a simple majority of the votes cast, "
     "designate one or more Associated Entities. From the date of its designation an Associated Entity shall enjoy the "
     "Access Rights granted to the Parties, and the consent of individual Parties shall not be required for any such "
     "designation.\n" + _EN_TERM, "TRA-01", True, "en-entities-designated-without-each-partys-consent"),
    (_JA_PREAMBLE + "第6条（研究員）\n３ 甲は、乙から書面による通知を受けたときは、乙が指名する者（以下「乙指名者」という。）に対し、甲の超伝導マグネット試験施設"
     "及びこれに関する技術資料への立入り及びアクセスを認めるものとする。この場合において、乙指名者について甲による個別の審査又は承認は要しないものとする。\n"
     "第17条（輸出管理）\n甲及び乙は、外国為替及び外国貿易法その他の輸出管理に関する法令を遵守する。\n", "EXP-04", True,
     "ja-nominees-admitted-without-our-review"),
    # set 1333: locked in for the initial period
    (_EN_PREAMBLE + "Article 15 Term\n15.3 Neither Party may terminate this Agreement during the Initial Period, except "
     "by the mutual written agreement of both Parties. After the Initial Period, either Party may terminate this "
     "Agreement by giving twelve (12) months' written notice.\n", "TRM-01", True, "en-locked-in-for-the-initial-period"),
    # set 1334: a partner's policy as amended governs over our rules; an old memorandum's limit switched off
    (_EN_PREAMBLE + "Article 9 Research Security\n9.3 The Parties agree that the Sponsor Research Security Policy (ref. "
     "KV-RS-100), as amended from time to time and notified by Sponsor, is incorporated into this Agreement by reference "
     "and shall bind each Party, and that where any provision of that policy differs from a Party's own rules or "
     "procedures the policy shall govern.\n" + _EN_TERM, "CMP-01", True, "en-the-partners-policy-as-amended-governs"),
    (_JA_PREAMBLE + "第21条（完全合意）\n２ 2022年覚書は、本契約締結後も引き続き効力を有する。ただし、2022年覚書第6条（研究成果等の第三者提供の制限）の"
     "規定は、本契約の発効日以降、研究成果については適用されず、その効力を失うものとする。\n", "EXP-05", True,
     "ja-an-old-memorandums-limit-on-passing-results-on-switched-off"),
    # set 1336: materials to affiliates and collaborating entities wherever located, without further consent
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Collaborating Entity" means any company, institute or agency of a '
     "foreign government with which Sponsor collaborates.\nArticle 5 Transfer\n5.3 Notwithstanding Sections 5.1 and 5.2, "
     "Sponsor may, without further consent of the University, make the Material and any data relating to it available "
     "to any Collaborating Entity, wherever located.\n" + _EN_TERM, "EXP-05", True,
     "en-materials-to-entities-wherever-located-without-further-consent"),
    # set 1337: interviewees' records to the partner's server, their consent deemed to cover it
    (_JA_PREAMBLE + "附属書（フィールドワーク）\n(3) 甲が取得した調査協力者の氏名、連絡先、音声の記録その他の個人に関する情報を含む一次資料については、乙の求めに"
     "応じ、その写しを乙の管理する研究データ基盤（ヴェストランド王国内に設置されたサーバをいう。）に登録するものとする。この場合において、当該登録は、"
     "調査協力者から得た調査への参加に係る同意の範囲内で行われるものとみなす。\n", "DAT-03", True,
     "ja-interviewees-records-abroad-deemed-within-their-consent"),
    # set 1338: a signed form taken for the athletes' consent to the transfer
    (_EN_PREAMBLE + "Article 7 Transfer\n7.3 The participation form in Schedule 2, once signed by an Athlete, shall be "
     "treated as sufficient authorisation for the transfer of that Athlete's data to Sponsor in Valdoria, and no further "
     "notice to or consent from Athletes shall be required for such transfer.\n" + _EN_TERM, "DAT-03", True,
     "en-a-signed-form-taken-for-consent-to-the-transfer"),
    # set 1339: our survey data for the partner government's naval and defence operations
    (_EN_PREAMBLE + "Article 9 Licence\n9.2 The University grants to Sponsor a perpetual, irrevocable and worldwide licence "
     "to use the University Survey Data for any purpose of the Government of Caledra, including nautical charting, "
     "maritime safety, and naval, submarine and other defence operations.\n" + _EN_TERM, "EXP-02", True,
     "en-our-survey-data-for-naval-and-defence-operations"),
    # set 1342: our filings kept clear of the agreement's particulars; our notice held to the end of the initial period
    (_EN_PREAMBLE + "Appendix 3 Programme Particulars\n2. Programme Particulars shall not be disclosed by either Party to "
     "any person other than the members of the Steering Board, including any funding body, ministry or auditor of either "
     "Party, and no Party or researcher shall include Programme Particulars in any report, declaration or application "
     "submitted to such a body.\n" + _EN_TERM, "CON-01", True, "en-particulars-kept-out-of-our-funder-filings"),
    (_EN_PREAMBLE + "Article 14 Withdrawal\n14.3 Notwithstanding Section 14.2, a Withdrawal Notice served by the "
     "University during the Initial Period shall take effect only upon the expiry of the Initial Period, and any "
     "termination by the University under Section 14.2 shall take effect only once confirmed by the Steering Board.\n",
     "TRM-01", True, "en-our-withdrawal-held-to-the-end-of-the-initial-period"),
    # set 1343: publication only after the partner notifies its authority's clearance; staff let in without screening
    (_JA_PREAMBLE + "第13条（研究成果の公表）\n３ 前二項の規定にかかわらず、観測データを用いた研究成果の公表は、乙が所管当局の公表審査を経た上で、公表を了承する旨を"
     "甲に書面で通知した後でなければ、これを行うことができないものとする。\n", "PUB-01", True,
     "ja-publication-only-after-the-partner-notifies-clearance"),
    (_EN_PREAMBLE + "Article 6 Station Technicians\n6.2 Sponsor may assign to the station up to four Station Technicians "
     "nominated by it. The University shall issue each Station Technician with a permanent access badge and a user "
     "account on the station network, upon Sponsor's written nomination and without University visitor screening or the "
     "appointment of a host supervisor.\n" + _EN_TERM, "PER-03", True,
     "en-technicians-let-in-without-screening-or-a-host-supervisor"),
    # set 1346: a data access committee's hold until the consortium's own papers are out
    (_EN_PREAMBLE + "Article 8 Publication\n8.3 Approved Users shall not submit for publication any Results relating to the "
     "Core Phenotypes until the Steering Board has published each Marker Paper concerning those phenotypes, the timing of "
     "which shall be determined by the Steering Board.\n" + _EN_TERM, "PUB-02", True,
     "en-held-until-the-consortiums-own-papers-are-out"),
    # set 1347: bred lines distributed to whatever institutions the partner's ministry designates, at home or abroad
    (_EN_PREAMBLE + "Article 6 Materials\n6.5 Breeding lines received by Sponsor may be accessioned into its national "
     "genebank and may then be multiplied and distributed by Sponsor to such research centres, seed agencies and other "
     "institutions, whether within or outside its country, as its Ministry of Agriculture may from time to time "
     "designate, without further reference to the University.\n" + _EN_TERM, "EXP-05", True,
     "en-lines-distributed-wherever-its-ministry-designates"),
    # set 1348: our investigator in residence at the partner's laboratories for months each year
    (_EN_PREAMBLE + "Article 5 Fellowship\n5.3 As Sponsor's Senior Fellow, the Principal Investigator shall be in "
     "residence at Sponsor's laboratories in Port Elsby for not less than four (4) months in each Programme Year and shall "
     "lead Sponsor's genomics unit during such residence.\n" + _EN_TERM, "PER-01", True,
     "en-our-investigator-in-residence-at-the-partner-for-months-each-year"),
    # set 1349: no publication before a regulatory milestone (approval or launch), unless the partner agrees
    (_EN_PREAMBLE + "Article 12 Publication\n12.4 Notwithstanding Articles 12.2 and 12.3, no Publication that discloses "
     "Validation Results or the performance of the Diagnostic Model shall be made before the Regulatory Milestone has "
     "been achieved, unless Sponsor otherwise agrees in writing.\n" + _EN_TERM, "PUB-02", True,
     "en-no-publication-before-the-regulatory-milestone"),
    # set 1349: pseudonymised images with the key that undoes the pseudonyms, consent or not
    (_JA_PREAMBLE + "第5条（提供データ）\n３ 乙が書面により要請した場合には、甲は、研究対象者の同意の有無を問わず、当該要請に係る医用画像データを"
     "仮名加工医用画像として乙に提供し、かつ、当該仮名加工医用画像に係る削除情報等を乙に提供するものとする。\n", "DAT-03", True,
     "ja-pseudonymised-images-with-their-key-consent-or-not"),
    # set 1349: an option the partner may extend without limit; a licence with no development duty at all
    (_EN_PREAMBLE + "Article 3 Option Period\n3.2 Sponsor may extend the Option Period for successive further periods of "
     "twelve (12) months each by giving written notice before the end of the then-current period and by paying the "
     "Extension Fee for each such period, and there shall be no limit on the number of such extensions.\n" + _EN_TERM,
     "TRM-04", True, "en-an-option-extended-without-limit"),
    (_EN_PREAMBLE + "Article 9 Licence Terms\n9.1 The licence shall be exclusive, worldwide and for the life of the "
     "Licensed Patents.\n9.2 Development: Sponsor shall determine in its sole discretion whether, when and how to develop "
     "and commercialise Licensed Products, and no minimum development, sales or royalty obligations shall apply.\n"
     + _EN_TERM, "IP-04", True, "en-an-exclusive-licence-with-no-development-duty"),
    # set 1349: our own warranty that we alone applied for the patents is no credit taken from us
    # set 1350: the partner's "Affiliates" defined to take in its state commission and every ministry under it
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 In this Agreement:\n"Affiliate" means, in relation to a Party, any entity '
     "which controls, is controlled by or is under common control with that Party; provided that, in relation to "
     'Sponsor, "Affiliate" also includes the State Commission for Strategic Industry and every ministry, agency or '
     "enterprise that is supervised by that Commission;\n" + _EN_TERM, "EXP-05", True,
     "en-the-partners-affiliates-defined-to-take-in-its-state"),
    # set 1350: a purpose defined, in a list of definitions, as all the partner's present and future business
    (_JA_PREAMBLE + "第1条（定義）\n本契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n　一　「本研究」　別紙1に定める共同研究をいう。\n"
     "　二　「本目的」　本研究の遂行並びに本研究の分野及びこれに関連する分野において乙又はその関係会社が現在又は将来行う研究、開発、製造、販売その他の"
     "事業活動をいう。\n", "IP-02", True, "ja-a-purpose-defined-as-all-the-partners-future-business"),
    # set 1350: a host bound to take every nominee, refusing only for want of space; a lock-in with no notice before the
    # end of the initial term
    (_EN_PREAMBLE + "Article 5 Exchange of Researchers\n5.2 The Receiving Party shall accept each Exchange Researcher so "
     "nominated, and may decline a nomination only where it lacks laboratory space or a supervising researcher in the "
     "relevant field.\n" + _EN_TERM, "PER-03", True, "en-a-host-bound-to-take-every-nominee"),
    # set 1351: a clearance period the partner may extend for as long as it likes
    (_EN_PREAMBLE + "Article 11 Publication\n11.2 A manuscript reporting results obtained on the Instrument shall not be "
     "submitted until clearance has been issued. Clearance is ordinarily given within nine (9) months of receipt, which "
     "period Sponsor may extend for so long as it considers the clearance review to be incomplete.\n" + _EN_TERM,
     "PUB-02", True, "en-a-clearance-period-the-partner-may-stretch-at-will"),
    # set 1351: defence equipment among the uses the partner may make of the results, our own results bracketed out
    (_JA_PREAMBLE + "第13条（研究成果の利用）\n乙は、研究成果（甲に単独で帰属するものを除く。）を、宇宙機器、防衛装備品その他乙が定める用途に係る製品の"
     "設計、開発、製造及び販売のために利用することができる。\n", "EXP-02", True,
     "ja-defence-equipment-among-the-partners-uses-our-own-results-bracketed-out"),
    # set 1351: a replacement's screening taken as done; a visitor's quarterly account of our facility sent home
    (_EN_PREAMBLE + "Article 9 Reporting\n9.3 The University acknowledges that the Visiting Researcher remains subject to "
     "Sponsor's rules on foreign assignments, under which he is to transmit to Sponsor, for onward submission to its "
     "State Committee for Nuclear Industry, a quarterly account of the work performed at the University, including copies "
     "of the raw data obtained.\n" + _EN_TERM, "PER-04", True, "en-a-visitors-quarterly-account-sent-home-for-the-state"),
    # set 1352: a thesis held back in full, only its summary out, until the partner's dean says so
    (_JA_PREAMBLE + "第11条（学位論文の公表）\n２ 学位論文の全文の公表については、乙の研究開発担当部局長が公表に支障がない旨を書面で通知するまでの間、"
     "論文の全文に代えてその内容を要約したものを公表するものとする。\n", "PUB-02", True,
     "ja-a-thesis-held-back-in-full-until-the-partners-dean-says-so"),
    # set 1352: rainfall data the partner receives from its state's bodies is no data handed to them
    (_JA_PREAMBLE + "別紙1 研究計画\n※ 使用するデータは公開衛星データ及び乙が所属州政府機関から研究目的で提供を受ける雨量観測データに限る。\n",
     "DAT-04", False, "ja-data-the-partner-receives-from-its-state-is-not-handed-to-it"),
    # set 1353: our lab director owes a share of working time to the partner; a deadlock settled by the partner's nominee
    (_EN_PREAMBLE + "Article 4 Steering Committee\n4.4 Where the members are unable to reach a unanimous decision on the "
     "annual research plan or on the selection or replacement of researchers assigned to the Laboratory, the matter shall "
     "be determined by the member nominated by Sponsor as Technical Lead, whose determination shall be final.\n" + _EN_TERM,
     "FUN-06", True, "en-a-deadlock-settled-by-the-partners-nominee"),
    # set 1347: each side owns the data it took alone, the joint data shared
    (_JA_PREAMBLE + "第8条（研究データ）\n２ 甲が単独で取得した研究データは甲に、乙が単独で取得した研究データは乙に帰属し、甲乙が共同で取得した"
     "研究データは甲乙の共有とする。\n", "IP-01", False, "ja-each-owns-the-data-it-took-alone"),
    (_JA_PREAMBLE + "第8条（研究データ）\n２ 甲が単独で取得した研究データは甲に、乙が単独で取得した研究データは乙に帰属し、甲乙が共同で取得した"
     "研究データは甲乙の共有とする。\n", "DAT-05", False, "ja-each-owns-the-data-it-took-alone-no-data-taken"),
    # set 1355: our screening clause switched off for the partner's navy-nominated specialists, who walk in alone
    (_EN_PREAMBLE + "Article 8 Embarkation\n8.3 Sponsor may embark up to three technical liaison specialists nominated by "
     "Sponsor or by its naval hydrographic service. Clause 9.2 shall not apply to such specialists, and they shall be "
     "granted unescorted access to the vessel's acoustic laboratory and data acquisition network.\n" + _EN_TERM, "PER-03",
     True, "en-our-screening-switched-off-for-the-partners-specialists"),
    # set 1357: identifiers taken out and samples sent abroad on the partner's word, without asking the patients again
    (_JA_PREAMBLE + "第7条（検体等の提供）\n３ 甲は、氏名、生年月日その他の直接の識別子を削除した上であれば、外国にある第三者への提供について研究対象者"
     "の同意を改めて得ることなく、乙の指示に従い検体及び臨床情報を送付するものとする。\n", "DAT-03", True,
     "ja-coded-samples-sent-abroad-without-asking-the-patients-again"),
    # set 1358: the partner's supervising ministry, and whoever it designates, in the list of those our secrets may go to;
    # a publication refused by silence
    (_JA_PREAMBLE + "第8条（秘密保持）\n２ 受領当事者は、秘密情報を次に掲げる者に限り開示することができる。\n(1) 自己の役員及び従業員\n"
     "(2) 自己の弁護士\n(3) 自己の資金配分機関\n(4) 乙にあっては、乙の業務を所管するレストリア共和国の行政機関及び当該行政機関が指定する者（これらの者から求めがあった場合に限る。）\n",
     "DAT-04", True, "ja-the-partners-ministry-and-its-designees-among-those-our-secrets-may-go-to"),
    (_JA_PREAMBLE + "第9条（研究成果の公表）\n４ 相手方が第2項の期間内に当該公表に同意する旨の書面による回答をしなかったときは、相手方は当該公表に同意"
     "しなかったものとみなし、公表当事者は、相手方の書面による同意を得るまで当該公表を行わないものとする。\n", "PUB-01", True,
     "ja-a-publication-refused-by-silence"),
    # set 1358: a programme in any field taken as agreed unless we object within sixty days, with no separate agreement
    (_EN_PREAMBLE + "Article III Programmes\n2. Either Party may propose specific programmes of cooperation in any field. "
     "Unless the receiving Party notifies the proposing Party of its objection in writing within sixty (60) days of "
     "receipt, the proposal shall be deemed to have been accepted and shall be implemented without the need for a "
     "separate agreement.\n" + _EN_TERM, "TRA-03", True, "en-a-programme-taken-as-agreed-unless-we-object"),
    # set 1359: our researchers sent to the partner keep its rules while there
    (_JA_PREAMBLE + "第6条（研究者の派遣）\n１ 甲から乙に派遣される研究者は、乙の定める規則を遵守し、乙の指定する教員の指導又は助言の下で研究に"
     "従事する。\n", "CMP-01", False, "ja-our-researchers-sent-there-keep-the-hosts-rules"),
    # set 1359: publication held for a secrets commission whose examination has no time limit
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 Any manuscript that includes primary data shall be referred by Sponsor "
     "to its commission on state secrets and shall not be submitted until the commission has issued a written clearance; "
     "the Parties acknowledge that the period required for the commission's examination is not limited by this "
     "Agreement.\n" + _EN_TERM, "PUB-02", True, "en-a-secrets-commissions-examination-without-time-limit"),
    # set 1360: our review of the partner's designees cut to a safety induction; an account reading every tool's records
    (_EN_PREAMBLE + "Article 3 Authorised Users\n3.3 Sponsor may designate additional Authorised Users by written notice. "
     "The University shall issue a facility access badge to each person so designated, and the University's review of any "
     "designation shall be confined to verifying that the person has completed the safety induction.\n" + _EN_TERM,
     "PER-03", True, "en-our-review-of-designees-cut-to-a-safety-induction"),
    (_EN_PREAMBLE + "Article 5 Data\n5.2 Each Authorised User of Sponsor shall be given an account with read access to the run "
     "records, tool logs and the recipe library for every tool in the Facility, irrespective of whether the relevant run "
     "was made by Sponsor, by the University or by any other Facility user.\n" + _EN_TERM, "DAT-01", True,
     "en-an-account-reading-every-tools-records"),
    # set 1360: barred from benchmarking other makers' tools for eighteen months after an evaluation
    (_EN_PREAMBLE + "Article 9 Evaluation\n9.3 The University shall not, during the Evaluation Period and for eighteen (18) "
     "months after its expiry, use any result of the Evaluation in the evaluation, qualification or benchmarking of etch "
     "equipment supplied by any third party, nor take part in any joint or consortium project in which such equipment is "
     "compared with the Evaluation Tool.\n" + _EN_TERM, "PUB-04", True, "en-barred-from-benchmarking-other-makers-tools"),
    # set 1361: every recording vests in the partner, our interviewers' too, narrators named only as those who sign; an
    # archive free to give the state our closed items, untold
    (_EN_PREAMBLE + "Article 7 Rights\n7.2 Copyright and all related rights in every Recording produced in the course of the "
     "Project, whether by Sponsor's interviewers or by the University's interviewers, shall vest in Sponsor upon deposit, "
     "and the University shall procure from its staff, students and narrators such assignments as are necessary.\n"
     + _EN_TERM, "IP-01", True, "en-every-recording-vests-in-the-partner-our-interviewers-too"),
    (_EN_PREAMBLE + "Article 9 Public Records\n9.3 Nothing in this Agreement restricts Sponsor from granting inspection of, or "
     "supplying copies of, any item of the Deposited Collection, including closed items and narrator information, to a "
     "state body authorised under its records act, and Sponsor shall not be required to inform the University of such "
     "inspection or supply.\n" + _EN_TERM, "DAT-04", True, "en-an-archive-free-to-give-the-state-our-closed-items"),
    (_JA_PREAMBLE + "第6条（研究者の派遣）\n１ 甲から乙に派遣される研究者は、乙の定める規則を遵守し、乙の指定する教員の指導又は助言の下で研究に"
     "従事する。\n", "PER-01", False, "ja-our-researchers-sent-there-under-a-host-supervisor"),
    # set 1363: our data, earlier projects' too, handed over on request; the partner's part as far as it sees fit
    (_JA_PREAMBLE + "別紙1 役割分担\n（2）甲は、甲が保有する耐久評価データ（本研究開始前に甲が他の研究プロジェクトにおいて取得したものを含む。）を、"
     "乙の求めに応じて遅滞なく乙に提供するものとし、乙は、乙が必要と認める範囲において、評価用部材の提供その他の協力を行う。\n", "REC-01",
     True, "ja-our-data-on-request-the-partners-part-as-it-sees-fit"),
    # set 1363: members the partner admits to a data pool on its own, our data opened to them, some unnamed
    (_EN_PREAMBLE + "Article 5 Data Pool\n5.2 Sponsor may, without further reference to the University, admit additional "
     "Programme Members from time to time and may extend access to the Data Pool, including University Contributed Data, "
     "to such Programme Members.\n" + _EN_TERM, "TRA-01", True, "en-members-the-partner-admits-to-our-data-untold"),
    # set 1365: participants a board admits, reaching our data with no consent of or notice to us
    (_EN_PREAMBLE + "Article V Participants\n5.5 The Steering Board may admit further organisations as Associate "
     "Participants, which may include governmental bodies. Upon admission, access by them to the Resource, including the "
     "Contributed Data, shall be granted by the Secretariat without any further consent of, or notification to, the "
     "University.\n" + _EN_TERM, "TRA-01", True, "en-admitted-participants-reach-our-data-untold"),
    # set 1364: either co-owner may pass joint results to its associated entities, the partner's being state bodies
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Associated Entity" means, in relation to Sponsor, any body that is owned, '
     "funded or supervised by the Government of the Republic of Estavia.\nArticle 9 Joint Foreground\n9.4.3 Either "
     "co-owner may license or transfer its rights in Joint Foreground to its Associated Entities without the consent of, "
     "or accounting to, the other co-owner.\n" + _EN_TERM, "IP-05", True,
     "en-joint-results-to-associated-entities-that-are-state-bodies"),
    # set 1364: payments to the other side's researchers that bypass their institution, forbidden
    (_JA_PREAMBLE + "第5条（研究担当者）\n３ 甲及び乙は、本研究に関し、相手方の研究担当者個人に対して、所属機関を経由しない報酬、謝金その他の経済的利益を"
     "提供してはならない。\n", "COI-01", False, "ja-payments-bypassing-the-institution-forbidden"),
    (_JA_PREAMBLE + "第5条（研究担当者）\n３ 甲及び乙は、本研究に関し、相手方の研究担当者個人に対して、所属機関を経由しない報酬、謝金その他の経済的利益を"
     "提供してはならない。\n", "COI-03", False, "ja-payments-bypassing-the-institution-forbidden-no-benefit"),
    # set 1365: our samples passed on again without our consent, to a consortium's present and future members
    (_JA_PREAMBLE + "第7条（再提供）\n２ 前項の規定にかかわらず、乙は、乙の関連施設及び乙が参画するコンソーシアムの構成機関（将来参画する機関を含む。）"
     "に対し、甲の承諾を得ることなく、提供試料の一部、派生物及び解析データを再提供することができる。\n", "EXP-05", True,
     "ja-our-samples-passed-on-again-without-consent"),
    # set 1366: our data and what the partner owes its state programme written out of "Confidential Information"
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 (c) "Confidential Information" means any non-public information disclosed '
     "by one Party to the other which is marked as confidential; provided, however, that the following shall not "
     "constitute Confidential Information of the University: (i) raw Project Data generated at University facilities; and "
     "(ii) any information which Sponsor is required to furnish to the CACI Programme Office under its designation;\n"
     + _EN_TERM, "DAT-04", True, "en-our-data-written-out-of-confidential-information-for-the-partners-state"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 (e) "Confidential Information" means any non-public information disclosed '
     "by one Party to the other under this Agreement and designated as confidential, but shall not include any "
     "information which the Receiving Party is requested or required to make available to a governmental authority of the "
     "Receiving Party's jurisdiction under any law concerning national security.\n" + _EN_TERM, "DAT-04", True,
     "en-whatever-a-government-requests-is-no-confidential-information"),
    # set 1366: a defence programme's institution paying us, the article naming a civilian ministry's budget as the source
    ("RESEARCH AGREEMENT\nThis Agreement is made between Kasumi University (the \"University\") and Meridian Polytechnic "
     "Institute (\"MPI\").\nRecitals\n(C) MPI is a designated performing institution of a programme established by the "
     "Ministry of Defence to develop undersea detection capabilities for the Navy.\nArticle 5 Costs\n5.2 MPI shall pay to "
     "the University a contribution of JPY 12,400,000 towards consumables.\n5.3 MPI represents that the contribution under "
     "Article 5.2 is paid from its general institutional research budget appropriated by the Ministry of Higher Education "
     "and Research.\n", "FUN-01", False, "en-a-defence-linked-partners-money-from-a-civilian-ministrys-budget"),
    # set 1366: a cohort's individual-level records handed over for good
    (_EN_PREAMBLE + "Article 2 Purpose\n(2) To that end, the University shall transfer to Sponsor the Individual-Level Cohort "
     "Data described in Schedule 1 for permanent incorporation into Sponsor's Reference Resource, where such data shall be "
     "retained and made available in accordance with the rules governing the Reference Resource from time to time.\n"
     + _EN_TERM, "DAT-03", True, "en-individual-level-records-handed-over-for-good"),
    # set 1367: results, ours too, for the programmes of authorities that work in non-civil domains, any field; results to
    # whatever public bodies a programme authority designates, no disclosure to a third party
    (_EN_PREAMBLE + "Article 10 Use of Results\n10.3 The Parties acknowledge that Sponsor carries out research for its "
     "supervising authorities in both civil and non-civil domains. Accordingly, the rights of Sponsor shall extend to the "
     "use of the Results, including Results owned solely by the University, in programmes conducted for its supervising "
     "authorities, without restriction as to field of application.\n" + _EN_TERM, "EXP-02", True,
     "en-results-for-non-civil-programmes-in-any-field"),
    (_EN_PREAMBLE + "Article 11 Confidentiality\n11.4 The communication by Sponsor of Confidential Information and Results "
     "to the Programme Authority, and to such other public bodies as the Programme Authority may designate, shall not "
     "constitute a disclosure to a third party for the purposes of this Article 11.\n" + _EN_TERM, "EXP-05", True,
     "en-results-to-bodies-an-authority-designates-no-disclosure"),
    # set 1368: elevated access across our whole system
    (_EN_PREAMBLE + "Article 5 Platform Engineers\n5.2 To enable performance tuning, the University shall grant each Platform "
     "Engineer of Sponsor the following elevated access, in each case across the system as a whole and not only in "
     "respect of the Allocated Resources:\n(a) root access to the compute nodes;\n" + _EN_TERM, "DAT-01", True,
     "en-elevated-access-across-our-whole-system"),
    # set 1369: the partner's papers taken for our export review; our consultant kept out of the company's press releases
    (_JA_PREAMBLE + "第9条（輸出管理）\n３ 前2項の規定にかかわらず、客員研究員への技術の提供に係る甲の該非判定及び取引審査は、乙が発行する研究従事者"
     "証明書を甲に提出したことをもって完了したものとみなし、甲は、受入期間中、客員研究員に提供する技術について個別の確認を行うことを要しない"
     "ものとする。\n", "EXP-04", True, "ja-the-partners-certificate-taken-for-our-export-review"),
    (_EN_PREAMBLE + "Article 8 Publicity\n8.3 Sponsor shall not name the University in press releases or investor materials "
     "without its prior written consent.\n" + _EN_TERM, "IP-06", False, "en-kept-out-of-the-partners-press-releases"),
    # set 1371: an item widening the fields to any other the coordinators identify
    (_EN_PREAMBLE + "Article II Fields of Cooperation\nThe Parties shall cooperate in the following fields:\n(a) climate "
     "modelling;\n(b) data assimilation;\n(c) any other field relating to the climate system, energy resources or natural "
     "resources that the Coordinators may from time to time identify in writing.\n" + _EN_TERM, "TRA-03", True,
     "en-any-other-field-the-coordinators-identify"),
    # set 1373: a non-compete after "Article V" read as a paper; consent over data use with publication left alone
    (_EN_PREAMBLE + "Article XI Exclusivity\n11.2 As a condition of the funding under Article V, the University shall procure "
     "that none of the Project Researchers undertakes any research, consultancy or collaboration in the field with or for "
     "any third party without the prior written approval of Sponsor.\n" + _EN_TERM, "PUB-01", False,
     "en-a-non-compete-citing-article-v-is-no-paper"),
    # set 1374: research personnel, ours included, barred from telling their own institution's offices and funders
    (_EN_PREAMBLE + "Article 6 Research Personnel\n6.2 Research Personnel shall not disclose the existence of this Task "
     "Order, the amount and source of the funding under Paragraph 4, or the provision of Task Order Data under Paragraph 5.2 "
     "to any person other than the Research Personnel of the Parties, including the administrative offices of their own "
     "employing organisation and any funding agency.\n" + _EN_TERM, "COI-01", True,
     "en-personnel-barred-from-telling-their-own-institutions-offices"),
    # set 1376: a test laboratory's agreement naming our university twice, "the Laboratory" and "the University"; the
    # customer's state's rules applied to us as if we were under its jurisdiction
    ("ENVIRONMENTAL TEST SERVICES AGREEMENT\nTHIS AGREEMENT is made between:\nNATIONAL UNIVERSITY CORPORATION KISOKOMA "
     "UNIVERSITY, a national university corporation, acting through its Space Systems Test Laboratory (the "
     "\"Laboratory\"), with its address at 1-1 Gakuen-cho, Komagane, Japan (the \"University\"); and\nTESSARACT ORBITAL "
     "INDUSTRIES LTD., a corporation organised under the laws of the Republic of Aldovia (\"Customer\").\nARTICLE VII "
     "COMPLIANCE\n7.3 The University shall comply with the CDAR as though it were a person subject to Aldovian "
     "jurisdiction, and shall permit officers of the Directorate to inspect the Test Facility.\n", "LAW-02", True,
     "en-the-customers-rules-applied-as-if-we-were-under-its-jurisdiction"),
    # set 1377: an emergency transfer without the subjects' consent; a notice the partner's law may withhold
    (_EN_PREAMBLE + "Article 5 Transfer\n5.4 The Parties agree that the transfer of Line-List Data under Clause 4.1(b) shall "
     "proceed without the University first obtaining the consent of the Data Subjects concerned.\n" + _EN_TERM, "DAT-03",
     True, "en-an-emergency-transfer-without-the-subjects-consent"),
    (_EN_PREAMBLE + "Article 8 Disclosure\n8.4 Sponsor may make Shared Data available to any government authority which "
     "requests it, and shall inform the University of such disclosure unless and to the extent that such information is "
     "restricted under the laws of the Republic of Calvera.\n" + _EN_TERM, "DAT-04", True,
     "en-a-notice-the-partners-law-may-withhold"),
    # set 1377: coded data moved abroad and reused by the partner's affiliates on consent deemed given
    (_JA_PREAMBLE + "第9条（国外移転）\n３ 甲及び乙は、参加者が第7条第2項の同意をしたときは、仮名化データを乙の所在国に移転し、乙及び乙の関係会社がこれを"
     "保険数理研究その他の目的に利用することについても同意があったものとみなし、甲は、乙の所在国における個人情報の保護に関する制度についての情報を"
     "参加者に個別に提供することを要しないものとする。\n", "DAT-03", True, "ja-coded-data-abroad-on-consent-deemed-given"),
    # set 1377: a committee's grants of our data to any user anywhere, untold
    (_EN_PREAMBLE + "Article VIII Access\n8.3 The Data Access Committee may in addition grant access to data held in the "
     "Central Registry, including Contributed Data, to any Approved User, whether academic, commercial or governmental and "
     "wherever located, for any secondary use it approves, and no such grant shall require the consent of, or notice to, "
     "the University.\n" + _EN_TERM, "TRA-01", True, "en-a-committees-grants-of-our-data-to-anyone-untold"),
    # set 1378: a coordinator's veto over the assembly's key decisions and a power to suspend the rest
    (_EN_PREAMBLE + "Section 7 Decisions\n7.4 Notwithstanding Sections 7.2 and 7.3, no decision of the General Assembly on "
     "the plan, the budget or the admission of members shall take effect unless Sponsor has voted in favour of it or has "
     "subsequently confirmed it in writing, and Sponsor may, by written notice to the members, suspend the implementation "
     "of any other decision of the General Assembly.\n" + _EN_TERM, "REC-03", True,
     "en-a-coordinators-veto-over-the-assembly"),
    (_EN_PREAMBLE + "Article VII Data\n7.3 The University shall not use or disclose the Analytical Data for any purpose "
     "without the prior written consent of Sponsor. Nothing in this Section 7.3 restricts publication of results approved "
     "under Article X.\n" + _EN_TERM, "PUB-01", False, "en-consent-over-data-use-publication-left-alone"),
]


# stop 53's blind rounds (sets 1379-1410); each row failed on the code before its fix
_BLIND_1379_TO_1410 = [
    # set 1379: flight hardware handed over before its classification and licence are done
    (_JA_PREAMBLE + "第四条（引渡し）\n３ 甲は、該非判定及び輸出許可申請の手続が完了していない場合においても、引渡期日までに本機器及び技術データを"
     "乙の指定する通関業者に引き渡すものとする。\n", "EXP-01", True, "ja-hardware-handed-over-before-the-licence"),
    # set 1380: an exit before expiry only by agreement or for an uncured breach, in both languages
    (_EN_PREAMBLE + "Article 14 Termination\n14.1 This Agreement may be terminated before the expiry of its term only by "
     "written agreement of the Parties or in the case provided for in the following paragraph.\n", "TRM-01", True,
     "en-an-exit-only-by-agreement-before-expiry"),
    (_JA_PREAMBLE + "第14条（協定の終了）\n１ 本契約は、甲及び乙の書面による合意による場合のほか、次項に定める場合に限り、その有効期間の満了前に"
     "終了させることができる。\n", "TRM-01", True, "ja-an-exit-only-by-agreement-or-the-listed-case"),
    # set 1381: the partner's own crew list received by us is no personal data sent to it; our state's conditions on
    # its consent to a cruise are no partner-state access
    (_JA_PREAMBLE + "第8条（乗船者）\n２ 乙が指名する乗船者については、甲は前項の乗船者名簿の受領をもって足りるものとする。\n",
     "DAT-03", False, "ja-the-partners-crew-list-received-by-us"),
    (_JA_PREAMBLE + "第11条（許可）\n３ 乙は、日本国政府が同意に付した条件（観測データ及び試料の写しの提供、航海報告書の提出を含む。）を"
     "遵守する。\n", "DAT-04", False, "ja-our-states-conditions-on-a-cruise"),
    # set 1382: the partner's policies over our rules; its state bodies among those who may see our information; the
    # plan changed by the partner's notice; a publication day the partner names; where data is kept changed by notice;
    # members admitted untold
    (_EN_PREAMBLE + "Article 17 Entire Agreement\n17.2 In the event of any inconsistency between the Sponsor Policies and "
     "this Agreement or any rule or regulation of the University, the Sponsor Policies shall prevail to the extent of that "
     "inconsistency.\n" + _EN_TERM, "CMP-01", True, "en-the-partners-policies-over-our-rules"),
    (_EN_PREAMBLE + 'Schedule 1 Definitions\n"Authorised Recipients" means: (a) in relation to the University, its '
     "officers and employees; and (b) in relation to Sponsor, its officers and employees and any ministry, agency or "
     "other public authority of the Republic of Castovia which exercises oversight functions in relation to Sponsor and "
     "which requests access to Confidential Information or Results.\n" + _EN_TERM, "DAT-04", True,
     "en-state-bodies-among-the-partners-recipients"),
    (_JA_PREAMBLE + "第20条（変更）\n２ 前項の規定にかかわらず、別紙2の内容（研究内容及び研究担当者の交代を含む。）は、乙が甲に対し書面で通知する"
     "ことにより変更することができるものとする。この場合、甲は、当該変更に異議を述べることができない。\n", "FUN-06", True,
     "ja-the-plan-changed-by-the-partners-notice"),
    (_JA_PREAMBLE + "別紙1（定義）\n(7)「公表可能日」とは、乙が、当該研究成果について乙の社内検討を終了した旨を甲に対し書面により通知した日をいう。"
     "なお、当該通知がなされるまでの間は公表可能日は到来しないものとする。\n", "PUB-02", True,
     "ja-a-publication-day-the-partner-names"),
    (_EN_PREAMBLE + "Article XVI Amendment\n2. Notwithstanding paragraph 1, Sponsor may revise Annex B (including the "
     "location of any facility at which Shared Data are stored) by giving written notice to the University.\n" + _EN_TERM,
     "DAT-02", True, "en-where-data-is-kept-changed-by-notice"),
    (_EN_PREAMBLE + 'Annex A Network Participants\n"Network Participants" means (a) the Parties; and (b) any other '
     "university, agency or other body which Sponsor may admit to the Programme from time to time, whether or not such "
     "admission has been notified to the University.\n" + _EN_TERM, "TRA-01", True, "en-members-admitted-untold"),
    # set 1383: a client and its money kept out of the files; publication after market launch; a personal payment to
    # the co-director's account; a doctoral student's results the partner's wherever made
    (_EN_PREAMBLE + "Article 3 Client\n3.2 The name of the Principal and the origin of the funds from which the Contract "
     "Price is paid are not stated in this Agreement; Sponsor shall communicate the identity of the Principal orally to "
     "the University's Project Leader.\n" + _EN_TERM, "FUN-03", True, "en-a-client-and-its-money-kept-out-of-the-files"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 Publication of Results by the University shall be permitted no earlier "
     "than the date on which the Principal has introduced the process to the market.\n" + _EN_TERM, "PUB-02", True,
     "en-publication-after-market-launch"),
    (_EN_PREAMBLE + "Article 7 Co-direction\n7.2 The co-director will receive a monthly allowance, which Sponsor will pay "
     "directly to the bank account that the co-director indicates.\n" + _EN_TERM, "COI-03", True,
     "en-a-monthly-allowance-to-the-co-directors-account"),
    (_EN_PREAMBLE + "Article 8 Results\n8.2 The results and inventions that the doctoral student generates in the thesis, "
     "independently of the place in which they are realized, will pertain in exclusivity to Sponsor.\n" + _EN_TERM,
     "PER-04", True, "en-a-students-results-the-partners-wherever-made"),
    # set 1386: results held until an undated release; our duty to keep the agreement for its term; our samples to the
    # partner's agencies
    (_EN_PREAMBLE + "Article 6 Open Data\n6.3 Until Release of the relevant version has taken place neither Party shall "
     "publish, present or otherwise disclose any results, figures or analyses derived from the Joint Dataset.\n"
     + _EN_TERM, "PUB-02", True, "en-results-held-until-an-undated-release"),
    (_JA_PREAMBLE + "第18条（解除）\n２ 甲は、本観測網が長期連続観測を本旨とすることにかんがみ、有効期間中は本契約を維持するものとし、戦争、"
     "内乱その他これらに準ずる極めて例外的な事態により観測の継続が物理的に不可能となった場合に限り、乙と協議の上、本契約を解除することができる。\n", "TRM-01", True, "ja-our-duty-to-keep-the-agreement-for-its-term"),
    (_EN_PREAMBLE + "Article VII Onward Transfer\n7.2 Sponsor may share the Materials, the Original Data and the Derived "
     "Data, including unrounded station coordinates, with any Cooperating Agency for purposes within the functions of "
     "that agency, without further reference to the University.\n" + _EN_TERM,
     "EXP-05", True, "en-our-samples-to-the-partners-agencies"),
    # set 1387: an early end's accounts are no duplicate funding; our secrecy until the partner lifts it
    (_EN_PREAMBLE + "Article 17 Termination\n17.4 In the event of early termination, Sponsor shall pay for work performed. "
     "Instalments already paid shall not be refunded except to the extent of unspent, uncommitted funds where the "
     "University terminates under Article 17.2.\n" + _EN_TERM, "COI-02", False, "en-instalments-already-paid-not-refunded"),
    (_JA_PREAMBLE + "第12条（ノウハウの指定）\n３ 前項により指定されたノウハウについては、第13条第4項及び第14条の規定にかかわらず、乙が書面により"
     "指定の解除を甲に通知するまでの間、甲はこれを秘匿し、公表しないものとする。\n", "CON-02", True,
     "ja-secret-until-the-partner-lifts-it"),
    # set 1390: a fellowship's continuing access is no duplicate funding; a fellow admitted without screening; a
    # visitor's work here reported out; we the receiving party for everything
    (_EN_PREAMBLE + "Section 5 Access\n5.4 After the end of a Fellowship period, remote read access to the data sets used "
     "by the Fellow during the Fellowship shall continue to be made available to that Fellow by the University.\n"
     + _EN_TERM, "COI-02", False, "en-access-continued-after-a-fellowship"),
    (_EN_PREAMBLE + "Section 5 Fellows\n5.2 Each Fellow nominated by Sponsor shall be afforded access to the laboratories "
     "and computing clusters of the University, and no additional approval, screening or supervision requirement shall "
     "be imposed upon any Fellow.\n" + _EN_TERM, "PER-03", True, "en-a-fellow-admitted-without-screening"),
    (_EN_PREAMBLE + "Section 15 General\n15.8 Reports on the work carried out by each Fellow at the University, including "
     "data, methods and software not yet in the public domain, shall be furnished to the Programme Office at such "
     "intervals as the Programme Office may specify.\n" + _EN_TERM, "PER-04", True, "en-a-visitors-work-here-reported-out"),
    (_EN_PREAMBLE + "Article V Confidentiality\n5.2 For the purposes of this Agreement, the University shall be deemed the "
     "Receiving Party and Sponsor the Disclosing Party in respect of all Confidential Information, irrespective of which "
     "Party generated or first communicated it.\n" + _EN_TERM, "CON-02", True, "en-we-are-always-the-receiving-party"),
    # set 1393: defence money kept out, said after the bodies
    (_EN_PREAMBLE + "Article 7 Funding\n7.3 Funding or in-kind support provided by any defence, military, police or "
     "intelligence body of any government shall not be used for activities under this Agreement.\n" + _EN_TERM,
     "FUN-01", False, "en-defence-money-kept-out"),
    # set 1394: sanctions that are no force majeure; results reported to the partner's state bodies; supporters kept out
    # of the reports; a submission held until the reviewer says so
    (_EN_PREAMBLE + "Article 13 Force Majeure\n13.4 The Parties have agreed that restrictive measures introduced by any "
     "state, union or group of states unilaterally, without a decision of the United Nations Security Council, as well "
     "as the inclusion of a Party or its employees in lists connected with such measures, shall not be regarded as "
     "circumstances of force majeure or acts of state bodies within the meaning of paragraph 13.1 and shall not "
     "constitute grounds for suspension of obligations under this Agreement.\n" + _EN_TERM, "TRM-03", True,
     "en-unilateral-sanctions-no-force-majeure"),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.4 Sponsor submits to its founder and to the authorised federal executive "
     "bodies reports on its activity, including Results and information received from the University, and such "
     "submission shall not require the consent or notification of the University.\n" + _EN_TERM, "DAT-04", True,
     "en-our-results-in-the-partners-reports-to-its-state"),
    (_EN_PREAMBLE + "Article 9 Funding\n9.4 Sponsor may finance its contributions through donations from other "
     "supporters. Information on the identity of such supporters and the amounts provided shall not form part of the "
     "reports or budgets exchanged under this Agreement.\n" + _EN_TERM, "FUN-03", True,
     "en-supporters-kept-out-of-the-reports"),
    (_EN_PREAMBLE + "Article 11 Publication\n11.3 Where the reviewing Party considers that the draft contains results "
     "suitable for protection, it may request that submission be postponed, and submission shall then be postponed until "
     "the reviewing Party has notified the other Party in writing that its evaluation has been completed.\n" + _EN_TERM,
     "PUB-02", True, "en-a-submission-held-until-the-reviewer-says-so"),
    # set 1398: our data handed over at the end; a ten-year lock-in; our data on a platform the partner hosts where it likes
    (_EN_PREAMBLE + "Article XVII Termination\n17.4 Upon expiry or termination of this Agreement for any reason, Section "
     "6.5 shall cease to have effect and the University shall, within sixty (60) days, deliver to Sponsor the Project "
     "Data held by the University.\n" + _EN_TERM, "DAT-05", True, "en-our-data-handed-over-at-the-end"),
    (_EN_PREAMBLE + "Section 16 Establishment Period\n16.2 Notwithstanding Section 15.2, no notice of withdrawal may be "
     "given under that Section so as to take effect before the expiry of the Establishment Period.\n" + _EN_TERM,
     "TRM-01", True, "en-no-withdrawal-before-the-establishment-period-ends"),
    (_EN_PREAMBLE + 'Section 1 Definitions\n1.1 (c) "Centre Data Platform" means the data storage infrastructure of the '
     "Centre, as configured from time to time by Sponsor's Office of Research Infrastructure, including any hosting "
     "arrangements that Sponsor may make with service providers of its choice;\nSection 7 Data\n7.2 Each Party shall "
     "deposit all Centre Data collected by its researchers, including raw data recorded by instruments of the University, "
     "on the Centre Data Platform.\n" + _EN_TERM, "DAT-02", True, "en-our-data-on-a-platform-the-partner-hosts"),
    # set 1399: exit barred whatever sanctions come
    (_JA_PREAMBLE + "第十四条（制裁）\n５ 甲及び乙は、国又は国際機関による制裁措置、輸出規制その他これらに類する措置が導入され、又は変更されたことを"
     "理由として、本協定を解約し、若しくは解除し、又は交流活動の全部若しくは一部を停止することはできないものとする。\n", "TRM-03", True,
     "ja-no-exit-whatever-sanctions-come"),
    # set 1400: the partner's certificate for our check, its users unescorted
    (_JA_PREAMBLE + "第4条（利用者）\n３ 乙が自国の法令に基づき当該者の適格性を確認した旨の証明書を甲に提出したときは、甲は、当該証明書をもって前項に定める"
     "第8条第3項の確認に代えるものとし、指定利用者は、甲の職員の立会いを要することなく、本施設に入構することができる。\n", "PER-03", True,
     "ja-the-partners-certificate-for-our-check"),
    # set 1401: each side's rules for its own duties and money; the partner's share of our professor raised at will;
    # overlap kept out
    (_JA_PREAMBLE + "第6条（服務）\n１ 対象教員は、甲業務に従事する間は甲の就業規則に、乙業務に従事する間は乙の規則及び英国の法令に従い勤務する。\n",
     "CMP-01", False, "ja-each-sides-rules-for-its-own-duties"),
    (_JA_PREAMBLE + "第7条（研究費）\n４ 乙が対象教員に対して研究費を措置する場合には、乙の規程に従い乙の会計において管理し、その内容を甲に報告する。\n",
     "CMP-01", False, "ja-the-partners-money-in-its-own-books"),
    (_JA_PREAMBLE + "第4条（従事比率）\n３ 前二項の規定にかかわらず、乙は、乙における研究計画の進捗に応じ必要と認めるときは、乙業務の従事比率を5割を上限"
     "として変更することができる。この場合において、甲は、正当な理由がある場合を除き、当該変更に応じるものとする。\n", "PER-01", True,
     "ja-the-partners-share-of-our-professor-raised-at-will"),
    (_JA_PREAMBLE + "第5条（研究費）\n３ 対象教員は、甲業務と乙業務とで同一の研究を同一の研究費により重複して実施することのないよう管理し、研究費の"
     "使用区分を明確にしなければならない。\n", "COI-02", False, "ja-overlap-kept-out"),
    # set 1403: pseudonyms taken for consent; pooled results held until a board that need never declare; products for
    # defence bodies written into the partner's exploitation; the partner's own check of its engineers is no time
    # commitment of ours
    (_EN_PREAMBLE + "Article 6 Data\n6.3 The Contributing Member shall nonetheless upload the Participant-Level Data to the "
     "Central Repository, and the pseudonymisation performed under Article 6.2 shall be treated for all purposes of this "
     "Agreement as satisfying any requirement for consent, notice or other legal basis for such transfer.\n" + _EN_TERM,
     "DAT-03", True, "en-pseudonyms-taken-for-consent"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.2 No member shall submit for publication any Consortium publication before "
     "the date on which the Steering Board declares that the Primary Analyses have been published (the \"Release Date\"). "
     "The Steering Board shall not be obliged to declare the Release Date by any particular date.\n" + _EN_TERM, "PUB-02",
     True, "en-held-until-a-board-that-need-never-declare"),
    (_JA_PREAMBLE + "第11条（成果の実施）\n２ 前項の「実施」には、乙が行う医療機器の事業のほか、各国の国防機関、治安機関その他の公的機関向けに供給"
     "される遠隔操作システムその他これらに類する製品の研究開発、製造及び販売を含むものとする。\n", "EXP-02", True,
     "ja-products-for-defence-bodies-in-the-partners-exploitation"),
    (_JA_PREAMBLE + "第6条（派遣技術者）\n３ 派遣技術者の人選は乙が行うものとし、乙が自らの社内規程に基づき実施した確認手続をもって、甲における派遣"
     "技術者の受入れに係る審査に代えるものとする。\n", "PER-01", False, "ja-the-partners-own-check-is-no-time-commitment"),
    # set 1405: carbon figures held until the ministry's own submission; maps drawn to the partner state's standard
    (_EN_PREAMBLE + "Article XI Publication\n(3) No carbon stock estimate derived from Project Data shall be published by the "
     "University until Sponsor has formally submitted the corresponding figures to the UNFCCC Secretariat, the timing of "
     "such submission being a matter for Sponsor alone.\n" + _EN_TERM, "PUB-02", True,
     "en-figures-held-until-the-partners-own-submission"),
    (_EN_PREAMBLE + "Section 11 Publication\n11.4 Where a publication of the University includes any map of the Republic, the "
     "University shall ensure that international boundaries and geographical names are depicted in conformity with the "
     "Standard Map of the Republic issued by its State Bureau of Surveying.\n" + _EN_TERM, "PUB-03", True,
     "en-maps-drawn-to-the-partner-states-standard"),
    # set 1406: a payer unnamed on the paperwork; pseudonymised genomes sent with their key and no consent procedure
    (_EN_PREAMBLE + "Annex B Payments\nNotes: 2 Instalments may be remitted to the University by a disbursing entity engaged "
     "by Sponsor for that purpose, and the name of the disbursing entity need not appear on the invoice or on the "
     "remittance advice.\n" + _EN_TERM, "FUN-03", True, "en-a-payer-unnamed-on-the-paperwork"),
    (_JA_PREAMBLE + "別紙2（データ管理）\n（注2）No.3のデータは、対象者の仮名ID及び甲の保有する対応表と併せて一括して乙に移転する。本区分については、"
     "研究対象者への情報提供及び同意取得の手続を要しないものとする。\n", "DAT-03", True,
     "ja-pseudonymised-genomes-sent-with-their-key"),
    # set 1410: publication held until the donor agrees
    (_JA_PREAMBLE + "第9条（公表）\n２ 乙は、前項の通知を受けた内容が乙の事業上の利益を害するおそれがあると認めるときは、その旨を甲に通知することが"
     "できる。この場合、甲は、当該内容の取扱いについて乙と合意するまでの間、当該公表を差し控えるものとする。\n", "PUB-01", True,
     "ja-publication-held-until-the-donor-agrees"),
    # found by stop 53's CI: the new gloss of 「秘密情報」 written inside the term's own definition hid the definition's
    # 「本契約の締結の事実及びその内容」 from the rule that reads it (set 1214)
    (_JA_PREAMBLE + "第10条（秘密保持）\n本契約において「秘密情報」とは、本共同研究に関し相手方から開示された技術上又は営業上の情報並びに本契約の締結の事実"
     "及びその内容をいう。\n２ 甲及び乙は、秘密情報を第三者に開示してはならない。\n", "CON-01", True,
     "ja-the-agreement-itself-in-the-definition-of-secrets"),
]

_BLIND_1411_TO_1418 = [
    # set 1411: our own equipment paid off and left behind on an early exit; our students under the host's rules while
    # there, and their emergency contacts given for its safety checks
    (_EN_PREAMBLE + "Article 7 Early Withdrawal\n7.1 If the University terminates this Agreement before the fifth anniversary "
     "of the Effective Date, the University shall pay Sponsor, within ninety (90) days, an amount equal to the unamortised "
     "purchase cost of all Shared Equipment.\n" + _EN_TERM, "TRM-04", True, "en-equipment-paid-off-on-an-early-exit"),
    (_JA_PREAMBLE + "第6条（学生の派遣）\n２ 参加学生は、派遣期間中、乙の学則、研究室の安全衛生規則その他の規則及び乙研究室の指示に従わなければ"
     "ならない。\n", "CMP-01", False, "ja-our-students-under-the-hosts-rules-while-there"),
    (_JA_PREAMBLE + "第13条（安全管理）\n２ 甲は、参加学生の安否確認のため、参加学生の緊急連絡先を乙に提供する。\n", "DAT-03", False,
     "ja-emergency-contacts-for-the-hosts-safety-checks"),
    # set 1412: samples shipped before the export check ends
    (_JA_PREAMBLE + "第5条（試料の送付）\n４ 前各項の規定にかかわらず、甲が乙に送付する提供試料については、第13条第2項に定める確認が完了して"
     "いない場合であっても、甲は第3条第1項に定める時期までに送付するものとし、当該確認は送付後遅滞なく行えば足りるものとする。\n",
     "EXP-01", True, "ja-samples-shipped-before-the-check-ends"),
    # set 1413: locked in save for a defined case, or by a paper both sign; visitors admitted by the partner's list; a
    # government body defined to take in defence bodies
    (_JA_PREAMBLE + "第18条（解除）\n１ 本契約は、特別事由が生じた場合を除き、有効期間の満了前に解除することができない。\n", "TRM-01", True,
     "ja-locked-in-save-for-a-defined-case"),
    (_EN_PREAMBLE + "Article 12 Term and Termination\n12.3 This Agreement may be terminated prior to the expiry of the "
     "then-current term only by an instrument in writing signed by the authorised representatives of both Parties.\n",
     "TRM-01", True, "en-an-exit-only-by-a-paper-both-sign"),
    (_JA_PREAMBLE + "別紙3（特則）\n２ 乙派遣研究者は、乙が作成する派遣者名簿を甲に提出することをもって甲における受入手続を了したものとみなされ、"
     "甲の研究担当者と同等の条件により、甲の実験施設及び研究用計算機システムを利用することができる。\n", "PER-03", True,
     "ja-visitors-admitted-by-the-partners-list"),
    (_EN_PREAMBLE + "Schedule 2 Definitions\n\u201cRelevant Authority\u201d means any ministry, department, agency or other body of "
     "the Government of the Republic of Veskaria, including any body having responsibility for defence, national "
     "security or strategic industries.\n" + _EN_TERM, "EXP-02", False, "en-a-government-body-defined-to-take-in-defence"),
    # set 1415: a field closed to us with anyone else; the partner's machine we only use
    (_EN_PREAMBLE + "Article 10 Focus of Research Effort\n10.2 During the term and for thirty-six (36) months thereafter, the "
     "University shall not take part in the pre-training of any Japanese-language foundation model exceeding seven "
     "billion parameters with or for any person other than Sponsor.\n" + _EN_TERM, "PUB-04", True,
     "en-a-field-closed-to-us-with-anyone-else"),
    (_EN_PREAMBLE + "Article 8 Ownership\n8.3 Sponsor owns the System telemetry and the software, documentation and "
     "configuration of the System. The University acquires no rights in them other than the right to use the System in "
     "accordance with this Agreement.\n" + _EN_TERM, "IP-01", False, "en-the-partners-machine-we-only-use"),
    # set 1416: no circumstance, a change in our own law included, lets us leave
    (_EN_PREAMBLE + "Article 15 Termination\n15.3 The Parties agree that no other circumstance, including any change in the "
     "laws or policies of Japan affecting either Party, shall entitle the University to terminate this Agreement or to "
     "suspend the performance of its obligations.\n", "TRM-01", True, "en-no-circumstance-lets-us-leave"),
    # set 1417: our screening of the partner's nominees cut down to papers
    (_EN_PREAMBLE + "Article 6 Visiting Fellows\n6.2 The University shall receive up to four visiting fellows nominated by "
     "Sponsor. The University's assessment of a nominee shall be limited to confirmation of identity, academic "
     "qualifications and eligibility for a Japanese residence status.\n" + _EN_TERM, "PER-03", True,
     "en-screening-of-nominees-cut-down-to-papers"),
    # set 1419: a field that reaches to targets for defence bodies
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 (e) \"Field\" means mid-infrared light sources and their application to "
     "trace-gas sensing and environmental monitoring, as well as to the standoff detection, identification and tracking of "
     "targets for the security and defence authorities of either Party's country;\n" + _EN_TERM, "EXP-02", True,
     "en-a-field-that-reaches-to-targets-for-defence"),
    # set 1421: recipients whose request need not bind; nothing out until the partner withdraws its word; our notice
    # right gone once paid
    (_EN_PREAMBLE + "Article 1 Definitions\n1.8 \"Permitted Recipients\" means (a) in relation to either Party, its officers "
     "and employees; and (b) in relation to Sponsor, in addition, any person that a Competent Authority nominates to "
     "receive information on its behalf, whether or not the request of that Competent Authority is legally binding on "
     "Sponsor.\n" + _EN_TERM, "DAT-04", True, "en-recipients-whose-request-need-not-bind"),
    (_EN_PREAMBLE + "Article 12 Publication\n12.4 Save that, notwithstanding Clause 12.3, where Sponsor certifies to the "
     "University that a proposed publication would disclose Strategic Know-How, the University shall not make that "
     "publication unless and until Sponsor withdraws its certification in writing.\n" + _EN_TERM, "PUB-01", True,
     "en-nothing-out-until-the-partner-withdraws-its-word"),
    (_EN_PREAMBLE + "Article 9 Funding\n9.6 Save as provided in Clause 17.3, the University shall not be entitled to give "
     "notice under Clause 17.1 at any time after receipt of the first milestone payment.\n" + _EN_TERM, "TRM-01", True,
     "en-our-notice-right-gone-once-paid"),
    # set 1422: personal data given abroad with consent and the law's procedure
    (_JA_PREAMBLE + "第9条（個人情報）\n２ 甲及び乙は、交換留学生、研究者及び研究協力者の個人情報を相手国に提供する場合には、本人の同意の取得その他"
     "法令の定める手続を行い、必要最小限の範囲で提供する。\n", "DAT-03", False, "ja-personal-data-abroad-with-consent"),
    # set 1423: held while the sponsor certifies; our share only thanks
    (_EN_PREAMBLE + "Article 11 Publication\n11.2 The University shall not publish results of the Study before the "
     "multi-centre publication, and this restriction shall continue for so long as Sponsor certifies in writing that the "
     "multi-centre publication remains in preparation.\n" + _EN_TERM, "PUB-02", True,
     "en-held-while-the-sponsor-certifies"),
    (_JA_PREAMBLE + "第八条（利益の配分）\n２ 乙は、派生物を製品として商業的に利用することができる。この場合において、甲に対する利益の配分は、"
     "謝辞の表示及び乙が適当と認める数量の研究用試薬の無償提供をもって足りるものとし、甲は、実施料その他の対価を請求しないものとする。\n",
     "REC-03", True, "ja-our-share-only-thanks-and-reagents"),
    # set 1424: affiliates that take in the state's administration; a defaulting party's results taken
    (_EN_PREAMBLE + "Section 1 Definitions\n1.2.1 \"Affiliated Entity\" means, in relation to a Party, any legal entity that "
     "controls or is controlled by that Party, it being understood that where a Party is a public body, the term shall "
     "include any ministry, agency or undertaking placed under the authority or supervision of the same public "
     "administration.\n" + _EN_TERM, "TRA-01", True, "en-affiliates-that-take-in-the-states-administration"),
    (_EN_PREAMBLE + "Article 4 Defaults\n4.2.3 Where the participation of a Defaulting Party is terminated, the Defaulting "
     "Party shall assign to the Beneficiary designated by the Steering Committee all right, title and interest in and to "
     "the Results generated by it; no compensation shall be payable for such assignment.\n" + _EN_TERM, "IP-01", True,
     "en-a-defaulting-partys-results-taken"),
    # set 1425: silence is no clearance; our conflict-of-interest procedure put off
    (_JA_PREAMBLE + "第5条（公表）\n２ 成果の論文は、公表予定日の60日前までに国防総省のプログラム担当官に提出し、同省の書面によるクリアランスが通知される"
     "までは、いかなる形態でも公表できない。60日を経過しても回答がない場合にクリアランスがあったものとはみなされない。\n", "PUB-01", True,
     "ja-silence-is-no-clearance"),
    (_JA_PREAMBLE + "第9条（利益相反）\n３ 研究担当者は、乙から客員教授の称号を付与し、年額15,000米ドルの謝金を支給する旨の申出を受けている。"
     "兼業許可申請及び利益相反自己申告については、本契約締結後に改めて手続を行うものとする。\n", "COI-03", True,
     "ja-our-conflict-procedure-put-off"),
    # set 1426: the sending state's certificate for our check
    (_JA_PREAMBLE + "第七条（事前確認）\n３ 前項の規定にかかわらず、乙が、乙の所在国の権限ある機関の発行する受入研究者の身元及び研究経歴に関する"
     "証明書を甲に提出した場合には、甲は、当該証明書をもって、受入研究者の装置の利用及び技術資料の閲覧に係る同項の事前確認に代えるものとする。\n",
     "EXP-04", True, "ja-the-sending-states-certificate-for-our-check"),
    # set 1427: a quota of papers crediting the partner, in a deliverables table; each side's use of all the data
    (_EN_PREAMBLE + "Article 4 Deliverables\n4.1 D7 Publication output: minimum six (6) peer-reviewed articles in which "
     "Sponsor is given as the first-listed affiliation of every co-author.\n" + _EN_TERM, "FUN-05", True,
     "en-a-quota-of-papers-crediting-the-partner-in-a-table"),
    (_JA_PREAMBLE + "第9条（データの利用）\n２ 甲及び乙は、相手方に帰属する観測データを含む全ての観測データを、研究及び教育の目的のため無償で"
     "利用することができる。\n", "DAT-01", False, "ja-each-sides-use-of-all-the-data"),
    # set 1428: the station's orders in place of our rules; a moratorium extended at will; an approval for sampling is no
    # lock-in
    (_EN_PREAMBLE + "Article 6 Station Rules\n6.3 The Station Standing Orders shall apply to Participants and to the "
     "University's conduct of the Programme in place of the corresponding rules and policies of the University, and where "
     "any of them conflicts with a law or internal policy applicable to the University, the Station Standing Orders shall "
     "prevail.\n" + _EN_TERM, "CMP-01", True, "en-the-stations-orders-in-place-of-our-rules"),
    (_EN_PREAMBLE + "Article 6 Moratorium\n6.2 Sponsor may extend the Moratorium Period, for all or any part of the "
     "Expedition Data, for such further period as it considers appropriate, and notice of any such extension shall be "
     "final.\n" + _EN_TERM, "PUB-02", True, "en-a-moratorium-extended-at-will"),
    (_EN_PREAMBLE + "Article 8 Samples\n8.4 The archive halves are not sampled except with the approval of the Curator for "
     "non-destructive measurements.\n" + _EN_TERM, "TRM-01", False, "en-an-approval-for-sampling-is-no-lock-in"),
    # set 1429: our notice waits on the partner's ministry; a duty to consult made a duty to obtain approval
    (_EN_PREAMBLE + "Article 14 Termination\n14.3 A notice of termination given by the University shall become effective "
     "only upon the completion of the deregistration of the Joint Laboratory by the Ministry of External Affairs.\n",
     "TRM-01", True, "en-our-notice-waits-on-the-partners-ministry"),
    (_EN_PREAMBLE + "Article 16 Interpretation\n16.2 Where this Agreement requires the University to consult Sponsor, "
     "\"consult\" means to obtain the prior written approval of Sponsor, which Sponsor may withhold at its discretion.\n"
     + _EN_TERM, "PUB-01", True, "en-a-duty-to-consult-made-a-duty-to-obtain-approval"),
    # set 1431: controlled items kept from re-export is no review waived
    (_EN_PREAMBLE + "Article 15 Export Control\n15.4 No Party shall re-transfer or re-export controlled items, software or "
     "technology received from the other Party to any third party without the prior written consent of the supplying "
     "Party and any licence required under the export control laws of the country of origin.\n" + _EN_TERM, "EXP-01",
     False, "en-controlled-items-kept-from-re-export"),
    # set 1432: shipped without classification; our lab head the partner's professor resident there; money on condition
    # we move there; fieldwork under permits; obligations funded by a grant
    (_EN_PREAMBLE + "Article 6 Equipment\n6.3 The University shall ship the Equipment within sixty (60) days without making "
     "delivery conditional on any item classification, licence determination or end-use undertaking.\n" + _EN_TERM,
     "EXP-01", True, "en-shipped-without-classification"),
    (_JA_PREAMBLE + "第六条（ラボ長）\n２ ラボ長は、乙の特任教授として任用され、各年度において通算六か月以上共同ラボに常駐してその運営及び研究指導に"
     "当たるものとする。\n", "PER-01", True, "ja-our-lab-head-the-partners-professor-resident-there"),
    (_JA_PREAMBLE + "第七条（経費）\n２ 前項の負担は、甲が別紙に掲げる研究設備を本覚書締結後一年以内に共同ラボに移設し、かつ、研究グループの主たる"
     "研究活動の拠点を共同ラボに置くことを条件とする。\n", "FUN-02", True, "ja-money-on-condition-we-move-there"),
    (_EN_PREAMBLE + "Article 8 Fieldwork\n8.2 University Personnel shall carry out Fieldwork only while a valid Fieldwork "
     "Permit is in force, shall be accompanied by Sponsor staff, and shall comply with the laws of Viet Nam and the "
     "conditions of the permits, including any restrictions on UAV flights notified by local authorities.\n" + _EN_TERM,
     "LAW-02", False, "en-fieldwork-under-permits"),
    (_EN_PREAMBLE + "Article 14 Funding\n14.1 The University's obligations under this Agreement are funded by the Grant and "
     "are subject to its continued availability.\n" + _EN_TERM, "COI-02", False, "en-obligations-funded-by-a-grant"),
    # set 1433: a field of use that takes in security operations for state customers
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 (e) \"Field of Use\" means the design and operation of legged ground robotic "
     "platforms for industrial inspection, logistics, disaster response and the protective, security and mission-support "
     "operations of public sector customers;\n" + _EN_TERM, "EXP-02", True,
     "en-security-operations-for-state-customers"),
    # set 1431 (stop 54, found by the switch to the retrained model): indefinite secrecy in a sentence of its own, and a
    # trade secret's carve-out after a term of years
    (_EN_PREAMBLE + "Article 7 Confidentiality\n7.4 The obligations of this Article shall continue for so long as the "
     "information in question remains confidential.\n" + _EN_TERM, "CON-02", True, "en-secrecy-for-as-long-as-it-lasts"),
    (_EN_PREAMBLE + "Article 7 Confidentiality\n7.4 The obligations in this Article 7 shall continue during the Term and for "
     "five (5) years thereafter, except that the obligations relating to the Source Code continue for so long as it "
     "remains confidential.\n" + _EN_TERM, "CON-02", False, "en-a-trade-secret-carve-out-after-five-years"),
    # set 1436: no right to know the end use of the missions we support
    (_EN_PREAMBLE + "Article 5 Missions\n5.2 In the case of missions of Government Customers, Sponsor may describe a mission "
     "only by its class, and the University shall have no right to require information regarding the payload, the end "
     "user or the purpose of any such mission.\n" + _EN_TERM, "EXP-02", True, "en-no-right-to-know-the-end-use"),
    # set 1438: a compelled disclosure kept to the minimum; our background licensed for their foreground
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.4 Notwithstanding the preceding paragraph, the Recipient may disclose "
     "Confidential Information to the minimum extent required when so required by a court or administrative authority "
     "under applicable law, after giving prior notice to the Discloser.\n" + _EN_TERM, "DAT-04", False,
     "en-a-compelled-disclosure-kept-to-the-minimum"),
    (_EN_PREAMBLE + "Article 9 Background\n9.4 Where any Background of the University is incorporated in, or is needed for the "
     "use of, Foreground owned by Sponsor under Article 8, the licence in respect of such Background shall survive the "
     "expiry of this Agreement.\n" + _EN_TERM, "IP-01", False, "en-our-background-licensed-for-their-foreground"),
    # set 1439: no fresh consent for access abroad; results let out unchecked; platforms a board designates
    (_EN_PREAMBLE + "Article 4 Data\n4.3 The transfer of the Shared Data to the Repository, and access to it by Approved Users "
     "in any country, shall not require any consent of, or information to, Data Subjects beyond that obtained under the "
     "Original Consent.\n" + _EN_TERM, "DAT-03", True, "en-no-fresh-consent-for-access-abroad"),
    (_EN_PREAMBLE + "Article 6 Results\n6.2 Exported results shall be released to Sponsor automatically upon completion of "
     "each run, and shall not be subject to output checking or other disclosure-control review by the University; such "
     "aggregate results shall be deemed not to constitute personal information.\n" + _EN_TERM, "DAT-03", True,
     "en-results-let-out-unchecked"),
    (_EN_PREAMBLE + "Article 5 Access\n5.4 The Committee may authorise the release of the Shared Data to any federated or "
     "affiliated data platform designated by the Steering Board from time to time.\n" + _EN_TERM, "TRA-01", True,
     "en-platforms-a-board-designates"),
    # set 1441: a gift repaid in full with interest, spent money included; a key person's continued involvement is no
    # duplicate funding; a fellow's relocation allowance is no lab moved
    (_JA_PREAMBLE + "第18条（講座の廃止）\n２ 本講座が設置期間の満了前に廃止されたときは、甲は、乙に対し、既に納付を受けた寄附金の全額（既に執行済みの"
     "額を含む。）に年3パーセントの割合で計算した金額を加算して返還しなければならない。\n", "TRM-04", True,
     "ja-a-gift-repaid-in-full-with-interest"),
    (_EN_PREAMBLE + "Article 6 Key Personnel\n6.3 Sponsor may by notice require the University to remove a member of the Key "
     "Personnel from grant-funded work where that person's continued involvement is inconsistent with the interests of "
     "the programme.\n" + _EN_TERM, "COI-02", False, "en-a-key-persons-continued-involvement"),
    (_EN_PREAMBLE + "Article 3 Payments\n3.2 The stipend is paid monthly into a bank account nominated by the Fellow. The "
     "relocation allowance is paid on arrival, and the research allowance is reimbursed against receipts.\n" + _EN_TERM,
     "FUN-02", False, "en-a-fellows-relocation-allowance"),
]
# an offer letter from a foreign institute to our professor, who is "you"
_EN_OFFER_LETTER = ("NORVALE INSTITUTE FOR APPLIED OPTICS\nRef.: NIAO/HR/2025-031\n2 June 2025\nProfessor Aiko Tachibana\n"
                    "Department of Physics, Graduate School of Science\nKisaragi National University\n3-1 Kita-machi, Sendai "
                    "980-0001\nJapan\nDear Professor Tachibana,\nRe: Offer of Appointment\nI am pleased to offer you "
                    "appointment as a Distinguished Scholar of the Norvale\nInstitute for Applied Optics (the "
                    "\"Institute\"), attached to the Laboratory of Ultrafast Spectroscopy (the \"Laboratory\"). The "
                    "terms are set out below.\n")
_BLIND_1442_TO_1450 = [
    # set 1442: what the professor gives for the package; the institute as the first affiliation of "your" papers
    (_EN_OFFER_LETTER + "Remuneration and Support\nThe Institute will provide you with USD 80,000 in each year of the term, funded "
     "from the Programme. In consideration of this support, you will make available to the Laboratory your expertise, know-how and unpublished "
     "research results in the field of ultrafast spectroscopy.\n", "FUN-04", True, "en-knowledge-given-for-the-support"),
    (_EN_OFFER_LETTER + "Performance Expectations\nDuring the term you are expected to contribute to at least three papers "
     "in each year, in each case listing the Institute as your first affiliation.\n", "IP-06", True,
     "en-the-institute-as-your-first-affiliation"),
    # set 1443: the agreement, its funders and its researchers made confidential by an item of the definition; results,
    # ours alone included, secret unmarked; a work plan's "final report" hands nothing to an authority
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.4 "Confidential Information" means (a) information disclosed by one Party to '
     "the other in writing and marked as confidential; and (b) the existence, terms and content of this Agreement, the "
     "names of participating researchers and the amount and source of any funding provided under it.\n" + _EN_TERM,
     "CON-01", True, "en-the-agreement-itself-an-item-of-confidential-information"),
    (_JA_PREAMBLE + "第1条（定義）\n（4）「秘密情報」とは、（a）一方の当事者が書面により開示した情報であって秘密である旨の表示があるもの及び"
     "（b）本契約及び個別契約の存在、条件及び内容並びに本契約に基づき提供される資金の額及び出所をいう。\n", "CON-01", True,
     "ja-the-agreement-itself-an-item-of-confidential-information"),
    (_JA_PREAMBLE + "第1条（定義）\n十 秘密情報 次に掲げる情報をいう。\nイ 甲又は乙が相手方に開示した技術上の情報であって、開示の際に秘密である旨が"
     "書面により明示されたもの\nロ 本研究成果（甲の研究担当者のみにより得られたものを含む。）及び本共同研究の進捗に関する一切の情報。この場合"
     "において、ロに掲げる情報については本号イに定める明示を要しないものとする。\n", "CON-02", True,
     "ja-results-ours-alone-included-secret-unmarked"),
    (_EN_PREAMBLE + "Schedule 1 Work Plan\nWP4 Field trials on the Narrows Bridge, Sponsor, months 20-33\nWP5 Data release, "
     "publications and final report, both, months 30-36\nNamed subcontractor: Narrows Bridge Authority maintenance "
     "services, for access to bridge structures during WP4 only.\n" + _EN_TERM, "DAT-04", False,
     "en-a-work-plans-final-report-beside-a-bridge-authority"),
    # set 1445: our intake fixed, theirs left to them; the host's own groups "whose work relates" to a visitor's plan
    (_JA_PREAMBLE + "第1条（目的）\n本覚書は、学生交流について定める。\n第2条（交流学生の人数）\n１ 甲は、乙から推薦された学生を、各学年度五名まで交流学生として受け入れるものとする。\n２ 乙が"
     "受け入れる甲の交流学生の人数は、乙の受入れ計画の範囲内で、乙がその都度定めるものとする。\n", "REC-01", True,
     "ja-our-intake-fixed-theirs-left-to-them"),
    (_JA_PREAMBLE + "第1条（目的）\n本覚書は、学生交流について定める。\n第2条（交流学生の人数）\n１ 甲が受け入れる乙の交流学生の人数は、甲がその都度定めるものとする。\n２ 乙が受け入れる甲の"
     "交流学生の人数は、乙がその都度定めるものとする。\n", "REC-01", False, "ja-each-side-sets-its-own-intake"),
    (_EN_PREAMBLE + "Article 5 Placement\n5.2 The Host Institution shall place each Visiting Scholar in the host laboratory "
     "and, on request, in any other laboratory of the Host Institution whose work relates to the Visiting Scholar's "
     "research plan, with access on the same terms as apply to its own full-time academic staff.\n" + _EN_TERM, "PER-01",
     False, "en-host-groups-whose-work-relates-to-a-visitors-plan"),
    # set 1446: onward provision to the recipients its items list, wherever they are; records linked person by person
    # with the partner's registers
    (_JA_PREAMBLE + "第8条（第三者提供）\n２ 前項の規定にかかわらず、乙は、次の各号に掲げる者に対しては、甲の承諾を得ることなく、本データ及び"
     "派生データを提供し、又はその利用を許諾することができる。\n一 乙の関係会社\n二 乙の顧客\n", "EXP-05", True,
     "ja-onward-provision-to-the-recipients-its-items-list"),
    (_EN_PREAMBLE + "Article 5 Use of the Data\n5.4 Notwithstanding Article 5.3, Sponsor may, in the exercise of its "
     "statutory functions, link the Data at record level with the National Health Registry and entry and travel "
     "records.\n" + _EN_TERM, "DAT-03", True, "en-records-linked-with-the-partners-registers"),
    (_JA_PREAMBLE + "第5条（データの利用）\n４ 乙は、本データを乙の国の国民健康登録及び出入国記録と個人単位で突合することができる。\n",
     "DAT-03", True, "ja-records-linked-with-the-partners-registers"),
    # set 1449: publication cleared by a state's national interest
    (_EN_PREAMBLE + "Article 12 Clearance\n12.1 Any manuscript or thesis derived from the Samples shall, before submission, "
     "be approved by the competent national authority through Sponsor; such approval shall be given or withheld in "
     "accordance with the national interest of the Republic as determined by that authority.\n" + _EN_TERM, "PUB-01",
     True, "en-papers-cleared-by-a-states-national-interest"),
    (_JA_PREAMBLE + "第12条（公表の確認）\n論文及び学会発表は、その提出前に乙を通じて国家所管当局の承認を得なければならない。当該承認は、同国の"
     "国益に従って付与又は留保されるものとする。\n", "PUB-01", True, "ja-papers-cleared-by-a-states-national-interest"),
    # set 1450: the waiver before the verb; the partner state's review taken for ours; a declaration emptied by a label
    (_EN_PREAMBLE + "Article 11 Use of Results\n11.2 Sponsor may also, without notice to or consent of the University, make "
     "the Results and the Research Data available to any member of its group and to any person it supplies under a "
     "state order.\n" + _EN_TERM, "EXP-05", True, "en-the-waiver-before-the-transfer"),
    (_EN_PREAMBLE + "Article 5 Admission\n5.2 The Parties acknowledge that the Visiting Researcher was nominated by Sponsor "
     "following a suitability review conducted by the competent state authorities. The University shall accept that "
     "review in lieu of its own vetting procedures for incoming visiting personnel.\n" + _EN_TERM, "PER-03", True,
     "en-the-partner-states-review-in-lieu-of-ours"),
    (_EN_PREAMBLE + "Article 8 Conflicts of Interest\n8.3 Appointments, assignments and memberships held by the Visiting "
     "Researcher with organisations of the Republic whose particulars are protected from disclosure under its laws shall "
     "be deemed sufficiently declared by the words \"other state assignments\" and need not be further identified in the "
     "declaration of interests or in any update.\n" + _EN_TERM, "COI-01", True,
     "en-a-declaration-emptied-by-a-label"),
    # set 1451: papers held until the partner consents in writing; no paper out until the partner confirms it conforms;
    # visitors checked for identity and nothing else
    (_JA_PREAMBLE + "第1条（目的）\n本契約は共同研究について定める。\n第2条（公表）\n２ 乙は、当該公表の延期を求めることができる。この場合、"
     "甲は、乙が書面により公表を承諾するまでの間、当該研究成果を公表しないものとする。\n", "PUB-01", True,
     "ja-papers-held-until-the-partner-consents-in-writing"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 In addition, no Results of a Joint Research Project in which Sponsor "
     "personnel have participated shall be submitted for publication until Sponsor has confirmed in writing that the "
     "manuscript conforms to its Guidelines on Academic Publication.\n" + _EN_TERM, "PUB-01", True,
     "en-no-paper-out-until-the-partner-confirms-it-conforms"),
    (_EN_PREAMBLE + "Appendix A Research Visits\nA.2 Researchers nominated by Sponsor shall be admitted by the University as "
     "visiting researchers, shall be given access to the laboratories on the same terms as the University's own academic "
     "staff, and shall not be subject to any further review, interview or approval by the University beyond verification "
     "of identity.\n" + _EN_TERM, "PER-03", True, "en-visitors-checked-for-identity-and-nothing-else"),
    # set 1453: the partner not bound to tell us who pays is no researcher kept from telling us
    (_EN_PREAMBLE + "Article 4 Research Funds\n4.3 Sponsor may cause all or part of the Research Funds to be paid to the "
     "University by a paying agent; in such case Sponsor shall not be required to notify the University of the name, "
     "location or source of funds of the paying agent.\n" + _EN_TERM, "COI-01", False,
     "en-the-partner-not-bound-to-tell-us-who-pays"),
    # set 1454: a field of use that ends in what the partner supplies to its state's defence
    (_EN_PREAMBLE + "Article 1 Definitions\n(d) \"Field\" means the storage of electrical energy in solid-state cells, for "
     "any application whatsoever, including electric mobility and the special-purpose applications supplied by "
     "Sponsor's Special Systems Division to the defence and public-security agencies of the Republic;\n" + _EN_TERM,
     "EXP-02", True, "en-a-field-that-ends-in-supplies-to-defence-agencies"),
    # set 1455: research begun on an exchange of forms, no separate contract needed
    (_JA_PREAMBLE + "第1条（目的）\n本協定は学術交流について定める。\n第4条（共同研究）\n２ 前項の規定にかかわらず、両大学の部局間において実施"
     "する共同研究については、当該部局の長が共同研究実施確認書を相互に交付することをもって開始することができるものとし、この場合において、別途の"
     "共同研究契約の締結を要しないものとする。\n", "TRA-03", True, "ja-research-begun-on-an-exchange-of-forms"),
    # set 1457: the waiver at the end of the sentence
    (_EN_PREAMBLE + "Article 4 Deployment\n4.2 Sponsor may supply Licensed Products, including fine-tuned derivatives in "
     "weight form, to its Affiliates and to any other customer, including ministries, agencies and other public-sector "
     "bodies of any State, in each case without further notice to or consent of the University.\n" + _EN_TERM,
     "EXP-05", True, "en-weights-to-any-states-ministries-without-our-consent"),
    # set 1459: a duty to replace staff in a double negative; papers held until the patent application is published; a
    # disclosure the law compels, told to us first and kept to the minimum
    (_EN_PREAMBLE + "Article 4 Personnel\n4.3 The University shall not be required to remove or replace any member of the "
     "Project Personnel, including the Principal Investigator, unless Sponsor so requests in writing, in which event the "
     "University shall assign a replacement acceptable to Sponsor.\n" + _EN_TERM, "FUN-06", True,
     "en-staff-replaced-in-a-double-negative"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.4 Where Sponsor identifies a Patentable Result, the University shall defer the "
     "proposed publication until the corresponding patent application has been published by the relevant patent "
     "office.\n" + _EN_TERM, "PUB-02", True, "en-papers-held-until-the-patent-application-is-published"),
    (_EN_PREAMBLE + "Article 10 Compelled Disclosure\n10.1 If Sponsor is required by law, by order of a court or by a demand "
     "of a public authority having jurisdiction over it to disclose any Shared Data, it shall (where lawful) notify the "
     "University before making the disclosure, shall seek to limit the disclosure to the minimum legally required, and "
     "shall cooperate with any reasonable step taken by the University to resist or narrow the demand.\n" + _EN_TERM,
     "LAW-02", False, "en-a-compelled-disclosure-told-to-us-first"),
    # set 1462: our results passed on, the waiver between the things and the recipients; a definition of the state's
    # bodies that names its defence ministry; a permission to publish without approval
    (_JA_PREAMBLE + "第1条（目的）\n本契約は共同研究について定める。\n第12条（研究成果の利用）\n３ 前項の規定にかかわらず、乙は、研究成果（設計情報"
     "及び試験データを含む。）を、甲の同意を要することなく、乙の関係機関に提供し、又は利用させることができる。\n", "EXP-05", True,
     "ja-results-to-its-related-bodies-without-our-consent"),
    (_EN_PREAMBLE + "Article 1 Definitions\n(h) \"Partner Government Entity\" means any ministry, department, agency or other "
     "public authority of the Republic, including the Ministry of Defence and National Security and the bodies under "
     "its authority;\n" + _EN_TERM, "EXP-02", False, "en-a-definition-of-state-bodies-naming-defence"),
    (_EN_PREAMBLE + "Article 7 Publication\n7.1 Authorised Users may publish the results of research using Licensed Data in "
     "scientific journals, and may include in such publications quick-look images at a resolution not finer than 10 "
     "metres, without the prior approval of Sponsor.\n" + _EN_TERM, "PUB-01", False,
     "en-a-permission-to-publish-without-approval"),
    # set 1463: our telemetry routed through the partner's coast guard gateway
    (_EN_PREAMBLE + "Article 7 Data\n7.3 All telemetry from the buoys located in the exclusive economic zone of the Republic "
     "shall, before onward transmission, be routed through the National Maritime Data Gateway operated by the Coast "
     "Guard of the Republic, which may copy, store and retain such telemetry.\n" + _EN_TERM, "DAT-02", True,
     "en-telemetry-through-a-coast-guard-gateway"),
    # set 1465: locked in for the initial period save what both confirm impossible
    (_EN_PREAMBLE + "Article 16 Term\n16.2 Neither Party may terminate this Agreement during the Initial Period, save where "
     "extraordinary circumstances beyond the reasonable control of the Parties render further performance of the Project "
     "permanently impossible and both Parties so confirm in writing.\n", "TRM-01", True,
     "en-locked-in-save-what-both-confirm-impossible"),
    # set 1466: a consortium's members held for five years; a paper held until any objecting member agrees; a majority
    # that rewrites our tasks
    (_JA_PREAMBLE + "第1条（目的）\n本規約はコンソーシアムについて定める。\n第7条（退会）\n２ 前項の規定にかかわらず、会員は、本コンソーシアムの設立の"
     "日から起算して5年を経過するまでの間は、総会が特に必要と認めて承認した場合を除き、退会することができない。\n", "TRM-01", True,
     "ja-members-held-for-five-years"),
    (_JA_PREAMBLE + "第1条（目的）\n本規約はコンソーシアムについて定める。\n第16条（公表）\n３ 前項の異議の申出があったときは、公表しようとする会員"
     "は、異議を申し出た会員と協議するものとし、当該会員の書面による同意が得られるまでの間、当該公表を行わないものとする。\n", "PUB-01",
     True, "ja-a-paper-held-until-an-objecting-member-agrees"),
    (_EN_PREAMBLE + "Article 6 Governance\n6.3.7 Decisions on the consortium plan shall be taken by a simple majority of the "
     "votes cast. The veto right under Section 6.3.6 shall not apply to such decisions, which shall be binding on every "
     "Party, including any Party whose tasks, budget share or personnel effort are thereby reduced, increased or "
     "reassigned.\n" + _EN_TERM, "FUN-06", True, "en-a-majority-that-rewrites-our-tasks"),
    # regression runs (sets 438 and 996): the partner nominating its own people; our papers free of its review
    (_EN_PREAMBLE + "Article 5 Personnel\n5.3 Sponsor shall nominate Partner Personnel for the Project in writing at least "
     "30 days before their first visit.\n" + _EN_TERM, "FUN-06", False, "en-the-partner-nominating-its-own-personnel"),
    (_EN_PREAMBLE + "Article 6 Publication\n(a) The University is free to publish the results of work undertaken during the "
     "fellowship, without review by or approval of Sponsor.\n" + _EN_TERM, "PER-03", False,
     "en-papers-free-of-the-partners-review"),
]


_BLIND_1467_TO_1506 = [
    # set 1471: our screening deemed done on the sender's certificate
    (_EN_PREAMBLE + "Article 8 Access\n8.3 Where the Fellow holds a valid Research Security Clearance Certificate issued by "
     "Sponsor, the University's pre-arrival screening under Article 3.3 shall be deemed to have been completed, and the "
     "University shall give the Fellow access to all laboratories from the first day.\n" + _EN_TERM, "EXP-04", True,
     "en-our-screening-deemed-to-have-been-completed"),
    # set 1472: know-how to government bodies the licensee names; a tranche paid once our laboratory is replicated abroad
    (_JA_PREAMBLE + "第7条（再実施許諾）\n３ 前二項の規定にかかわらず、乙は、乙の関係会社並びに乙又はその関係会社が指定する政府機関、公的研究機関及び"
     "その委託先に対しては、甲の承諾を要することなく、本ノウハウを開示し、又は再実施許諾することができる。\n", "EXP-05", True,
     "ja-know-how-to-government-bodies-the-licensee-names"),
    (_EN_PREAMBLE + "Article 4 Funding\n4.2 The Sponsor's obligation to pay the second tranche of the research funding "
     "is conditional on each of the following:\n(a) the Sponsor having established a subsidiary in Singapore (the \"Overseas Centre\");\n"
     "(b) the University having transferred to the Overseas Centre the laboratory's fabrication process and recipes, so "
     "that the laboratory's fabrication capability is replicated at the Overseas Centre.\n" + _EN_TERM, "FUN-02", True,
     "en-a-tranche-paid-once-our-laboratory-is-replicated-abroad"),
    # set 1474: our nights owed whatever the partner gives; our own export-control protections
    (_JA_PREAMBLE + "第3条（観測時間の配分）\n甲は、各観測期において、観測時間のうち20夜以上を乙の研究者のために確保する。\n２ 乙は、乙が適当と認める"
     "時間を、乙の裁量により甲の研究者に配分することができる。乙が当該観測期に配分を行わない場合であっても、前項に定める甲の義務は影響を"
     "受けないものとする。\n", "REC-01", True, "ja-our-nights-owed-whatever-the-partner-gives"),
    (_EN_PREAMBLE + "Article 12 Export Control\n12.3 Sponsor shall not require the University to provide technology to any "
     "person whom the University has not cleared under its security export control regulations.\n" + _EN_TERM, "EXP-01",
     False, "en-the-partner-may-not-require-technology-for-the-uncleared"),
    (_EN_PREAMBLE + "Article 11 Export Control\n11.2 The University shall not upload to the System, and its users shall "
     "not generate on it, any technology that requires an export licence for transfer to Australia, unless that licence "
     "has been obtained.\n" + _EN_TERM, "EXP-01", False, "en-nothing-uploaded-that-needs-a-licence-until-licensed"),
    # set 1468: a recital on what the sponsor makes; research data kept from authorities unless the law compels
    (_EN_PREAMBLE + "RECITALS\nA. The University operates a towing tank.\nB. Sponsor designs and integrates navigation, "
     "sensor and communication systems for commercial, scientific and naval vessels.\nC. Sponsor wishes to sponsor "
     "research by the University in that field.\nArticle 1 Research\n1.1 The University shall carry out the Research.\n"
     + _EN_TERM, "FUN-01", False, "en-a-recital-on-what-the-sponsor-makes"),
    (_EN_PREAMBLE + "Article 7 Data\n7.3 The University shall not disclose Research Data to any governmental authority "
     "except where it is legally compelled to do so, in which case it shall notify Sponsor in advance.\n" + _EN_TERM,
     "CON-03", False, "en-data-kept-from-authorities-unless-the-law-compels"),
    # set 1477: donors the recipient may not seek out, beside the consent that covers the lines' distribution abroad; the
    # material kept in our laboratory; data erased when the hospital asks is no access to ours
    (_EN_PREAMBLE + "Article 4\u2003Donor Protection\n4.1\xa0\xa0The University represents that the Original Material was "
     "derived from surgical specimens collected with the written informed consent of each donor, which covers their "
     "distribution to research institutions and companies in Japan and abroad.\n4.2\xa0\xa0The Characterisation Data do "
     "not contain names, addresses, medical record numbers or other information that directly identifies a donor. "
     "Sponsor shall not attempt to identify or contact any donor, link the Material to other information for that "
     "purpose, or perform analyses designed to re-identify a donor.\n" + _EN_TERM, "DAT-03", False,
     "en-donors-the-recipient-may-not-seek-out"),
    (_EN_PREAMBLE + "Article 6 Transfer to Others\n6.1 The University will not distribute the Material to any person "
     "outside the University Scientist's laboratory without the prior written consent of Sponsor. Requests from other "
     "researchers will be referred to Sponsor or to the public repository where Sponsor has deposited the Material.\n"
     + _EN_TERM, "PUB-01", False, "en-the-material-kept-in-our-laboratory"),
    (_JA_PREAMBLE + "第13条（研究データ）\n３ 前項の規定にかかわらず、乙が求めたときは、甲は、臨床情報及び研究データ（甲の研究者が作成した解析データ、"
     "図表及びそれらの複製物を含む。）を全て消去し、その後はこれを保有し、又は使用してはならない。\n", "DAT-01", False,
     "ja-data-erased-on-demand-is-no-access-to-ours"),
    # set 1478: joint results to defence-sector customers abroad, our consent not needed; set 1480: an MoU's results made
    # available to the authorities that supervise the partner
    (_EN_PREAMBLE + "Article 8 Joint Results\n8.4.2.1 Notwithstanding Section 8.4.1, Sponsor may disclose, sublicense or "
     "otherwise transfer the Joint Results and the Project Software, together with any University know-how embodied "
     "therein, to its affiliates and its public-sector and defence-sector customers, in any third country, without the "
     "consent of, or notice to, the University.\n" + _EN_TERM, "EXP-05", True,
     "en-joint-results-to-defence-sector-customers-abroad"),
    (_EN_PREAMBLE + "Results and Intellectual Property\nIntellectual property created jointly will be jointly owned. In "
     "addition, Sponsor may make such results, including jointly produced data and software, available to its "
     "affiliated entities and to the public authorities under whose supervision it operates, for further development, "
     "without further reference to the University.\n", "EXP-05", True,
     "en-results-made-available-to-the-partners-supervising-authorities"),
    # set 1482: a schedule's benefits kept from our ministries and auditors; personal data brought home with consent; our
    # staff's own entry; a licence to government-named bodies
    (_EN_PREAMBLE + "Article 5 Financial Arrangements\n5.6 Schedule 3 contains commercially sensitive information of "
     "Sponsor. Notwithstanding Articles 15.4 and 15.5, the University and the Office Director shall not disclose the "
     "contents of Schedule 3, including the benefits payable to the Office Director, to any third party, including any "
     "ministry, funding agency or auditor in Japan, without the prior written approval of Sponsor.\n" + _EN_TERM,
     "CON-01", True, "en-a-schedules-benefits-kept-from-our-ministries"),
    (_EN_PREAMBLE + "Article 10 Personal Data\n10.3 The University may transfer Personal Data to Japan where the data "
     "subject has given informed consent that identifies Japan as the destination and states the purposes of the "
     "transfer, such as admission processing and alumni relations.\n" + _EN_TERM, "DAT-03", False,
     "en-personal-data-brought-home-with-consent"),
    (_JA_PREAMBLE + "第5条（施設）\n５ 甲の教職員、学生及び甲が認めた者は、乙の安全管理規程に従い、本施設に常時立ち入ることができる。\n", "DAT-01",
     False, "ja-our-own-staffs-entry-to-the-facility"),
    (_JA_PREAMBLE + "第15条（共有知的財産権）\n３ 前項の規定にかかわらず、乙は、乙の関連機関並びに乙の国の政府及び乙の所管官庁が指定する機関に対しては、甲の"
     "同意を得ることなく、共有知的財産権の実施を許諾し、及び当該実施に必要な技術情報を提供することができる。\n", "DAT-04", False,
     "ja-a-licence-to-government-named-bodies-is-no-state-access"),
    # set 1485: a field defined to take in naval and defence uses; our notice barred for three years and our exit bought
    # back; recipients defined to take in any authority the partner chooses
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 In this Agreement the following words have the following meanings:\n"
     "\u201cAffiliate\u201d means any entity that controls a party;\n\u201cField\u201d means the design, testing and "
     "deployment of autonomous navigation and sensor-fusion systems for unmanned vehicles, for any civil, "
     "maritime-security, naval or other defence application;\n\u201cProject\u201d means the research project.\n"
     + _EN_TERM, "EXP-02", True, "en-a-field-defined-to-take-in-defence-applications"),
    (_EN_PREAMBLE + "Article 15 Term and Termination\n15.5 The University may not give notice under Clause 15.2 before the "
     "third anniversary of the Commencement Date, and any termination by the University shall take effect only upon the "
     "University repaying to Sponsor all sums received, whether or not they have been spent.\n", "TRM-01", True,
     "en-our-notice-barred-for-three-years-and-our-exit-bought-back"),
    (_EN_PREAMBLE + "Article 1 Definitions\n1.1 Capitalised terms have the following meanings:\n\"Affiliate\" means any "
     "entity controlling a party;\n\"Permitted Recipients\" means, in relation to Sponsor, its Affiliates, its data "
     "processors, its professional advisers, and any governmental, regulatory or law-enforcement authority to which "
     "Sponsor, in its sole discretion, considers disclosure appropriate, whether or not such disclosure is legally "
     "required;\n\"Study\" means the research study.\n" + _EN_TERM, "DAT-04", True,
     "en-recipients-defined-to-take-in-any-authority-the-partner-chooses"),
    # set 1487: the consent waived before the verb, results to any public body of any country that funds the partner
    (_EN_PREAMBLE + "Article 11 Results\n11.3 Notwithstanding Article 11.2, Sponsor shall be entitled, without the consent "
     "of the University, to communicate, license or otherwise make available the Results, including Joint Results, to "
     "its Affiliates and to any public body of any country which contributes to the funding of Sponsor's programmes.\n"
     + _EN_TERM, "EXP-05", True, "en-results-to-any-public-body-of-any-country-that-funds-the-partner"),
    # set 1489: our instruments forfeited when the memorandum ends early; permits the partner obtains with our papers
    (_JA_PREAMBLE + "第7条（観測機器）\n３ 前項の規定にかかわらず、甲が本覚書を終了させた場合その他本覚書が有効期間の満了前に終了した場合（乙の責めに帰す"
     "べき事由による場合を除く。）には、観測所に設置されている甲の観測機器一式の所有権は、当該終了の日をもって無償で乙に移転するものとする。\n", "TRM-04",
     True, "ja-our-instruments-forfeited-when-it-ends-early"),
    (_JA_PREAMBLE + "第4条（許認可）\n２ 乙は、観測所の設置に必要な法令に基づく許可、外国人研究者の研究許可その他の許認可の取得について所管官庁との調整を"
     "行い、甲は、これに必要な情報及び書類を乙に提供する。\n", "DAT-04", False, "ja-permits-the-partner-obtains-with-our-papers"),
    # set 1486: a duty to tell us first should defence money come in; set 1488: each side keeping its own laws; set 1486:
    # what the partner tells us of its visitor's ties to governments
    (_JA_PREAMBLE + "第5条（研究経費）\n２ 乙は、研究経費の原資が乙の自己資金であることを表明し、保証する。乙は、研究経費に外国政府、軍若しくは治安機関"
     "又はこれらの支配下にある組織からの資金が含まれることとなる場合には、あらかじめ甲に書面により通知しなければならない。\n", "FUN-01", False,
     "ja-a-duty-to-tell-us-first-should-defence-money-come-in"),
    (_JA_PREAMBLE + "第3条（法令遵守）\n２ 甲は個人情報の保護に関する法律を、乙はその所在国の個人データの保護に関する法令その他の関係法令を、それぞれ遵守"
     "して本研究を実施する。\n", "LAW-02", False, "ja-each-side-keeping-its-own-laws"),
    (_JA_PREAMBLE + "第6条（研究担当者の受入れ）\n２ 乙は、前項の受入れに先立ち、当該研究担当者の経歴、現在及び過去の所属、外国政府等との雇用その他の"
     "契約関係、資金の受領状況その他甲が求める情報を甲に提出しなければならない。\n", "DAT-04", False,
     "ja-the-visitors-ties-to-governments-told-to-us"),
    # set 1498: a schedule of allowances kept from funders; set 1497: the contract and its terms kept from our funders and
    # ministry
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.3 Notwithstanding Article 12.2, Schedule 2 and the names of Visiting "
     "Researchers receiving allowances under Article 6 shall not be disclosed to any funding agency, grant database or "
     "government body without the prior written consent of Sponsor.\n" + _EN_TERM, "CON-01", True,
     "en-a-schedule-of-allowances-kept-from-funders"),
    (_JA_PREAMBLE + "第12条（秘密保持）\n３ 前各項の規定にかかわらず、甲は、本契約の存在及び条件、関係会社の名称並びに研究成果の想定される用途を、甲内における"
     "契約の審査に必要な範囲を除き、研究資金配分機関、監督官庁その他の第三者に開示してはならない。\n", "CON-01", True,
     "ja-the-contract-kept-from-our-funders-and-ministry"),
    # set 1495: our results to the partner's founding members for any purpose of theirs, in both languages
    (_EN_PREAMBLE + "Article 10 Results\n10.3 Notwithstanding paragraph 10.2, Sponsor may make the Results, including "
     "Results generated by the University, available to its Founding Participants and to the entities controlled by "
     "them, for any purpose consistent with their institutional mission, without the need for the University's "
     "consent.\n" + _EN_TERM, "EXP-05", True, "en-our-results-to-the-partners-founders-for-any-purpose"),
    (_JA_PREAMBLE + "第10条（研究成果）\n３ 前項の規定にかかわらず、乙は、甲が生み出した研究成果を、その設立参加者及びその支配下にある団体に対し、これらの者の"
     "組織上の使命に合致するあらゆる目的のために、甲の同意を要することなく提供することができる。\n", "EXP-05", True,
     "ja-our-results-to-the-partners-founders-for-any-purpose"),
    # set 1498: our notice made subject to the partner's consent once it has paid; set 1497: an affiliate paying in the
    # sponsor's stead, unnamed; the subjects' consent waived for servers abroad
    (_JA_PREAMBLE + "第20条（解約）\n２ 甲は、3か月前までに書面で通知することにより本契約を解約することができる。ただし、乙が研究経費を甲に支払った後においては、"
     "甲は、乙の書面による同意を得た場合に限り、本項の規定による解約をすることができる。\n", "TRM-01", True,
     "ja-our-notice-subject-to-the-partners-consent-once-paid"),
    (_JA_PREAMBLE + "第7条（研究経費の納付）\n２ 研究経費の納付は、乙に代わり乙の関係会社が行うことができる。この場合において、乙は、当該関係会社の名称を甲に"
     "事前に通知することを要せず、当該関係会社による納付をもって乙による納付とみなす。\n", "FUN-03", True,
     "ja-an-unnamed-affiliate-paying-in-the-sponsors-stead"),
    (_JA_PREAMBLE + "第7条（被験者データ）\n２ 甲は、被験者データを仮名加工情報として乙に提供するものとし、乙は、当該被験者データを関係会社に提供し、英国その他"
     "の国に所在する関係会社のサーバにおいて保存及び解析させることができる。この提供については、被験者の個別の同意を要しないものとする。\n", "DAT-03",
     True, "ja-the-subjects-consent-waived-for-servers-abroad"),
    # set 1495: papers on national data held for a partner's officer's authorisation; set 1493: an allowance paid to the
    # professor direct in a 特約条項
    (_EN_PREAMBLE + "Article 14 Publications\n14.3 By way of exception to paragraph 14.2, any publication or communication "
     "by the University that uses geospatial data of the national territory shall be subject to the prior written "
     "authorisation of the Director General of Sponsor, who shall decide at his or her discretion.\n" + _EN_TERM,
     "PUB-01", True, "en-papers-held-for-the-partners-director-generals-authorisation"),
    (_JA_PREAMBLE + "特約条項\n２ 本契約第八条第二項の規定にかかわらず、乙は、指導担当者が乙の研究開発センターに滞在する期間について、滞在手当として月額"
     "四万五千スウェーデン・クローナを指導担当者に直接支給し、住居を無償で提供するものとする。\n", "FUN-04", True,
     "ja-an-allowance-paid-to-the-professor-direct"),
    # set 1500: a consultant's terms kept from us and our funders; her advice and research barred across the field for two
    # years after; set 1504: our PI's laboratory barred from a whole receptor family anywhere, with anyone
    (_EN_PREAMBLE + "Article 4 Terms\n4.5 The financial terms of this Agreement are Confidential Information of Sponsor. "
     "Advisor may inform the University of the fact of her membership of the SAB, but shall not disclose such terms or "
     "names to the University or to any agency funding her research.\n" + _EN_TERM, "CON-01", True,
     "en-a-consultants-terms-kept-from-us-and-our-funders"),
    (_EN_PREAMBLE + "Article 7 Restricted Engagements\n7.2 Notwithstanding Section 7.1, during the Term and for "
     "twenty-four (24) months after its expiry or termination, Advisor shall not provide consulting or advisory services "
     "to, act as principal investigator on any sponsored research or collaboration funded by, or provide materials to, "
     "any commercial entity active in the Field, including under agreements concluded between such entity and the "
     "University.\n" + _EN_TERM, "PUB-04", True, "en-no-advice-or-research-for-anyone-in-the-field-for-two-years"),
    (_EN_PREAMBLE + "Article 12 Exclusivity\n12.2 In addition, from the Effective Date until five (5) years after the end "
     "of the Research Term, the Principal Investigator and the members of his laboratory shall not conduct, at the "
     "University or elsewhere, any research directed to CB-204 or any other member of the CB receptor family, whether "
     "alone or with or funded by any third party.\n" + _EN_TERM, "PUB-04", True,
     "en-our-laboratory-barred-from-a-whole-receptor-family"),
    # set 1505: results, ours alone included, to the members and whoever they designate for any purpose
    (_EN_PREAMBLE + "Article 12 Results\n12.3 Notwithstanding Article 11.4, Sponsor may disclose, license and transfer the "
     "Results, including Foreground generated solely by the University, to the Members, their Domestic Agencies and such "
     "other entities as a Member may designate, for any purpose and without further consent of the University.\n"
     + _EN_TERM, "EXP-05", True, "en-results-ours-alone-included-to-the-members-for-any-purpose"),
    # set 1502: our crew's passport numbers for the ship's papers; set 1505: each side's safeguards reports; set 1501: an
    # account's registration details
    (_JA_PREAMBLE + "第7条（乗船）\n４ 乙は、乗船者名簿を作成し、ノルウェー王国の法令に従い所管官庁に提出する。甲は、乙の求めに応じ、甲の乗船研究者の氏名、"
     "国籍及び旅券番号を提供する。\n", "DAT-03", False, "ja-our-crews-passport-numbers-for-the-ships-papers"),
    (_JA_PREAMBLE + "第16条（核物質）\n３ 甲及び乙は、核物質等について関係法令に基づく計量管理及び防護措置を講じ、相手方が自国政府又は国際原子力機関に対する"
     "報告義務を履行するために必要な情報を、合理的な求めに応じて提供する。\n", "DAT-04", False, "ja-each-sides-safeguards-reports"),
    (_EN_PREAMBLE + "Article 3 Accounts\n3.1 The University will provide accurate and complete registration information, "
     "including the legal name of the institution and the names and e-mail addresses of its authorised users, to "
     "Sponsor.\n" + _EN_TERM, "DAT-03", False, "en-an-accounts-registration-details"),
    # set 1503: an e-mail's plain words for a veto on papers
    (_EN_PREAMBLE + "9. Papers, talks and theses\n   a) Totally fine in principle.\n   b) Just send us anything before it "
     "goes out (papers, posters, slides, thesis chapters) and hold it until we've given you the green light. Our product "
     "team can be slow, so it might take a while.\n" + _EN_TERM, "PUB-01", True, "en-papers-held-for-their-green-light"),
    # regression run (set 1122): a cross-appointment's salary, each side paying its own share direct
    (_JA_PREAMBLE + "第8条（給与）\n甲は甲業務に係る給与を甲の職員給与規程に基づき、乙は乙業務に係る給与を乙の規程に基づき、それぞれ対象教員に直接支払うものと"
     "する。\n", "FUN-04", False, "ja-each-side-paying-its-share-of-a-cross-appointees-salary"),
]


_BLIND_1507_ON = [
    # set 1507: a cross-appointment the memorandum sets up, approved under our rules; the partner moving the effort split
    (_EN_PREAMBLE + "Article 1 Purpose\nThe purpose of this Memorandum is to promote joint research by having a member of "
     "the University's faculty concurrently hold a research position at Sponsor.\nArticle 2 Appointee\n2.3 The University "
     "confirms that it has approved the Appointee's position at Sponsor under its regulations on concurrent employment.\n"
     + _EN_TERM, "PER-01", False, "en-a-cross-appointment-approved-under-our-rules"),
    (_EN_PREAMBLE + "Article 4 Effort\n4.3 Sponsor may, by written notice to the Appointee copied to the University, vary "
     "the Effort Allocation for any semester to meet its teaching needs, provided that Sponsor's share does not exceed "
     "sixty per cent (60%).\n" + _EN_TERM, "PER-01", True, "en-the-partner-varies-our-appointees-effort-by-notice"),
    # set 1508: the donor's consent as the pool of candidates; its comments written into the paper
    (_JA_PREAMBLE + "第4条（教員）\n３　前項の選考に当たり、甲は、候補者について乙と事前に協議するものとし、特任教授は、乙が同意した候補者の中から"
     "選任するものとする。\n", "FUN-06", True, "ja-professors-chosen-from-the-donors-approved-candidates"),
    (_EN_PREAMBLE + "Article 4 Staff\n4.3 The University shall consult Sponsor on the candidates, and the specially "
     "appointed professor shall be chosen from among candidates to whom Sponsor has agreed.\n" + _EN_TERM, "FUN-06", True,
     "en-professors-chosen-from-the-donors-approved-candidates"),
    (_JA_PREAMBLE + "第8条（成果の公表）\n２　乙の製品に関する研究成果を公表しようとするときは、公表予定日の60日前までにその原稿を乙に提出し、乙から提出"
     "された意見を適切に反映させた上で公表するものとする。\n", "PUB-03", True, "ja-the-sponsors-comments-reflected-before-publishing"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 Results relating to Sponsor's products shall be submitted to Sponsor sixty "
     "(60) days before publication, and shall be published after the comments submitted by Sponsor have been "
     "appropriately reflected.\n" + _EN_TERM, "PUB-03", True, "en-the-sponsors-comments-reflected-before-publishing"),
    # set 1509: the partner's network let onto our instrument by remote access
    (_JA_PREAMBLE + "第6条（遠隔利用）\n３　乙は、乙の連携機関及び乙が指定する共同研究者に対し、乙に配分された利用時間の範囲内で、本装置の遠隔利用を"
     "許可することができる。\n", "TRA-01", True, "ja-the-partners-network-let-onto-our-instrument"),
    # set 1510: a scholarship student's quarterly reports of our unpublished data to the scholarship body
    (_JA_PREAMBLE + "第6条（奨学金）\n３　政府奨学金を受給する委託学生は、その支給条件に従い、甲における研究の進捗状況、実験データ及び未公表の研究成果を"
     "記載した研究報告書を四半期ごとに政府奨学金の支給機関に提出するものとする。\n", "PER-04", True,
     "ja-our-unpublished-data-to-the-scholarship-body"),
    # set 1511: sequence fragments and sample ids sent to the licensor's servers
    (_JA_PREAMBLE + "第6条（利用状況情報）\n本ソフトウェアは、利用状況情報（入力データの一部（塩基配列断片及びサンプル識別子を含む。）を含む。）を、乙又は"
     "乙の委託先が管理するサーバに自動的に送信する。\n", "DAT-03", True, "ja-sequence-fragments-and-sample-ids-to-the-licensor"),
    # set 1512: a mutual consent to publish, refusal spelled out
    (_JA_PREAMBLE + "第10条（研究成果の公表）\n２　公表を行おうとする当事者は、公表内容を相手方に書面で通知し、相手方の書面による同意を得なければならない。"
     "相手方の同意が得られない場合には、当該成果を公表しないものとする。\n", "PUB-01", True, "ja-no-publication-without-the-others-consent"),
    # set 1514: our own compliance offices made outsiders to the secret; the host's screening with our employee's consent;
    # our own secondee's salary
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.3 For the purposes of this Article 9 the University, including its "
     "research administration, export-control and conflict-of-interest offices, shall be treated as a third party.\n"
     + _EN_TERM, "CON-03", True, "en-our-export-control-office-treated-as-a-third-party"),
    (_EN_PREAMBLE + "Article 11 Security\n11.4 Sponsor may carry out its standard pre-access security screening of the "
     "Secondee. With the Secondee's written consent, the University shall provide the identity and employment information "
     "reasonably required for that screening, under the Federal Act on Data Protection.\n" + _EN_TERM, "LAW-02", False,
     "en-the-hosts-screening-with-our-secondees-consent"),
    (_EN_PREAMBLE + "Article 6 Salary\n1. The University shall pay the Secondee's salary and bonuses and the employer's share "
     "of social insurance contributions.\n" + _EN_TERM, "FUN-04", False, "en-we-pay-our-own-secondees-salary"),
    # set 1517: the partner's own check of its visitor, reported to us, instead of our screening
    (_JA_PREAMBLE + "第8条（研究者の派遣）\n２　派遣研究員の受入れに当たっては、乙が当該研究員の身元、経歴及び所属を確認し、その結果を書面で甲に通知した"
     "ことをもって、甲の定める受入れ審査に代えることができるものとする。\n", "PER-03", True,
     "ja-the-partners-own-check-instead-of-our-screening"),
    # set 1519: results to affiliates wherever located, "without further reference to" us
    (_EN_PREAMBLE + "Article 7 Results\n7.4 Sponsor may make the Results, and any University Confidential Information "
     "contained in them, available to its Affiliates wherever located and to such contractors, customers and other third "
     "parties as Sponsor considers appropriate, without further reference to the University.\n" + _EN_TERM, "EXP-05",
     True, "en-affiliates-wherever-located-without-further-reference"),
    # set 1519: a Dutch foundation's own law and courts, the country told only by its legal form
    ("国際共同研究契約書\n北辰大学（以下「甲」という。）とStichting Noordzee Onderzoek（以下「乙」という。）は、次のとおり契約する。\n"
     "第19条（準拠法及び紛争解決）\n本契約はオランダ法に準拠し、本契約に関して生じた一切の紛争については、アムステルダム地方裁判所を第一審の専属的"
     "合意管轄裁判所とする。\n", "LAW-01", True, "ja-a-dutch-foundations-own-law-and-court"),
    # set 1520: our students under a company's rules on an internship, and its employee enrolled as our student
    (_JA_PREAMBLE + "第7条（実習）\n２　参加学生は、実習期間中、乙の就業規則のうち安全衛生、施設の利用及び情報セキュリティに関する定めに従うものと"
     "する。\n", "PER-01", False, "ja-interns-under-the-companys-safety-rules"),
    (_JA_PREAMBLE + "第4条（派遣学生の身分）\n派遣学生は、在学期間中、乙の従業員としての身分を保有する。\n２　派遣学生は、乙の就業規則に従い、自らの"
     "研究の進捗状況を乙に報告することができる。\n", "PER-01", False, "ja-a-company-employee-enrolled-as-our-student"),
    # set 1522: microbes' genomes are no personal data
    (_JA_PREAMBLE + "第9条の2（研究データ等の提供）\n甲は、本研究の実施により得られた微生物株、ゲノム配列データ及び酵素活性測定データを、取得後"
     "速やかに乙に提供するものとする。\n", "DAT-03", False, "ja-microbial-strains-and-their-genomes"),
    # set 1524: fresh consent for the transfer abroad waived, in three wordings; the recipient's safeguards and a minimum
    # exchanged are no transfer without consent
    (_JA_PREAMBLE + "第5条（卒業生データ）\n２　甲は、卒業生の個人データを乙に提供するに当たっては、前項の例により本人の同意を取得するものとする。"
     "ただし、本協定の締結日前に卒業した者に係る個人データについては、校友会会則への同意をもって前項の同意に代えることができるものとし、甲は、"
     "改めて本人の同意を取得し、又は前項に定める情報を提供することを要しない。\n", "DAT-03", True, "ja-alumni-data-abroad-on-old-bylaws"),
    (_JA_PREAMBLE + "第7条（試料・情報の提供）\n２　甲は、甲の附属病院において収集した研究対象者の診療情報及び生体試料を、氏名、住所及び電話番号を削除した上で"
     "乙に提供する。この場合において、当該提供に関し研究対象者から改めて同意を取得することは要しないものとする。\n", "DAT-03", True,
     "ja-clinical-data-abroad-with-names-struck-and-no-fresh-consent"),
    (_JA_PREAMBLE + "第6条（データ）\n３　甲は、提供データの登録については乙の方針のみが適用され、患者本人の同意の取得その他いずれの国の個人情報の保護に"
     "関する法令に基づく手続も要しないことを了承する。\n", "DAT-03", True, "ja-no-consent-and-no-data-law-procedure"),
    (_JA_PREAMBLE + "第6条（安全管理）\n乙は、甲から提供を受けた本件個人データについて、個人情報保護法の規定の趣旨に沿った措置（安全管理措置及び第三者提供の"
     "制限を含む。）を講ずるものとする。\n", "DAT-03", False, "ja-the-recipients-safeguards-for-our-data"),
    # set 1523: a trial drug supplied, and safety reports to the medicines regulators, are no data given away
    (_JA_PREAMBLE + "第18条（終了後の措置）\n３　本契約が本研究の終了前に終了した場合においても、乙は、既に登録された被験者が投与期間を終えるまでの間、"
     "研究用医薬品の提供を継続する。\n", "DAT-03", False, "ja-the-trial-drug-supplied-to-enrolled-subjects"),
    (_JA_PREAMBLE + "第12条（安全性情報）\n２　乙は、当該情報を研究用医薬品の安全性監視のために利用し、各国の医薬品規制当局に報告することができる。\n",
     "DAT-04", False, "ja-safety-reports-to-the-medicines-regulators"),
    (_EN_PREAMBLE + "Article 12 Safety\n12.2 Sponsor may use such information for pharmacovigilance of the Study Drug and may "
     "report it to the medicines regulatory authorities of each country.\n" + _EN_TERM, "DAT-04", False,
     "en-safety-reports-to-the-medicines-regulators"),
    # set 1529: the subcontractor investigating suspected misconduct under its own rules, and telling us
    (_JA_PREAMBLE + "第10条（研究公正）\n１　乙は、研究活動における不正行為の疑いが生じたときは、速やかに甲に報告し、乙の規程に従い調査を行うものとする。\n",
     "CMP-01", False, "ja-misconduct-investigated-under-the-partners-rules"),
    # set 1530: a visit under the host's rules; papers out only once a department of the partner agrees; no unilateral exit;
    # our data in the partner's reports to its state; the memorandum kept secret as "confidential documents"
    (_EN_PREAMBLE + "Article 6 Exchange of Personnel\n6.2 The visiting personnel shall abide by the laws of the host country "
     "and the rules and regulations of the host party, including those on laboratory safety and information security.\n"
     "6.3 The personnel of the University visiting Sponsor shall comply with the rules of Sponsor in the same manner.\n"
     + _EN_TERM, "LAW-02", False, "en-visitors-under-the-hosts-laws-and-rules"),
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 Before either party publishes papers, the materials to be disclosed shall be "
     "submitted to the Science and Technology Management Department of Sponsor for review, and may be disclosed only "
     "after the review opinion of agreeing to the disclosure has been issued in writing.\n" + _EN_TERM, "PUB-01", True,
     "en-papers-out-only-once-a-partners-department-agrees"),
    (_EN_PREAMBLE + "Article 10 Term\n10.3 The early termination of the present Agreement is allowed only by the mutual "
     "consent of the Parties, and the unilateral refusal of a Party from the execution of the present Agreement is not "
     "allowed.\n", "TRM-01", True, "en-early-termination-only-by-mutual-consent"),
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.4 The Parties take into account that Sponsor, being a federal state "
     "budgetary institution, provides to the authorized federal executive bodies the reports and the information, "
     "including the results of the joint works and the data and materials received from the University.\n" + _EN_TERM,
     "DAT-04", True, "en-our-data-in-the-partners-reports-to-its-state"),
    (_EN_PREAMBLE + "Article 9 Confidentiality\n2) The Two Parties undertake to treat this Memorandum and the Executive "
     "Programs concluded hereunder as confidential documents, which shall not be disclosed to any third party, and this "
     "obligation shall remain in force after the termination of this Memorandum.\n" + _EN_TERM, "CON-01", True,
     "en-the-memorandum-treated-as-confidential-documents"),
    # set 1524: the pooled data ours went into, reached only on the partner's platform
    (_EN_PREAMBLE + "Article 9 Pooled Data\n9.3 The University's Authorised Researchers may access the Harmonised Pooled "
     "Dataset solely through Sponsor's remote analysis platform, and the University shall not retain any extract.\n"
     + _EN_TERM, "DAT-05", True, "en-pooled-data-reached-only-on-the-partners-platform"),
    # set 1525: our screening set aside for remote nominees; our data onward to consortium members
    (_EN_PREAMBLE + "Article 7 Remote Access\n7.3 Persons whom the Principal Investigator nominates as remote participants "
     "shall be issued Remote Access accounts, and the registration and screening under Articles 5.1 and 5.2 shall not apply "
     "to them.\n" + _EN_TERM, "PER-03", True, "en-our-screening-not-applied-to-remote-nominees"),
    (_EN_PREAMBLE + "Article 7 Derived Data\n7.5 Sponsor may also provide individual-level Derived Data to researchers at "
     "other member institutions of that consortium where this is needed for pooled analyses.\n" + _EN_TERM, "TRA-01",
     True, "en-our-data-onward-to-consortium-members"),
    # set 1526: our funding filings kept from naming the deal; our exit paid for; a row of a term sheet drawn in text
    (_JA_PREAMBLE + "第7条（秘密保持）\n４　甲は、本件取引に関連して公的研究資金の申請、実績報告その他の報告を行う場合においても、乙の事前の書面による"
     "承諾なく、乙の名称並びに本件取引の内容及び条件を記載しないものとする。\n", "CON-03", True,
     "ja-our-funding-filings-kept-from-naming-the-deal"),
    (_EN_PREAMBLE + "Article 7 Costs\n7.3 If the University terminates this Letter, or declines to enter into the Definitive "
     "Agreements, the University shall reimburse Sponsor for the evaluation fee and for Sponsor's documented expenses, up "
     "to USD 300,000.\n" + _EN_TERM, "TRM-04", True, "en-our-exit-pays-the-partners-fee-and-costs"),
    # set 1527: our own data copied out of the partner's country only with its approval
    (_JA_PREAMBLE + "第11条（研究データ）\n３　甲又は派遣研究者が研究データ（派遣研究者が自ら取得し、又は生成したものを含む。）の全部又は一部を複製し、"
     "インドネシア共和国外に持ち出す場合には、その都度、乙の事前の書面による承認を得なければならない。\n", "DAT-05", True,
     "ja-our-own-data-kept-in-the-partners-country"),
    # set 1528: as much administrative access to our systems as the partner thinks fit; the cost of buying elsewhere; the
    # state named among those kept out
    (_EN_PREAMBLE + "Article 9 Security\n9.2 The University shall grant Sponsor's Computer Security Team such administrative "
     "access to the University's systems and networks as Sponsor considers necessary.\n" + _EN_TERM, "DAT-01", True,
     "en-administrative-access-as-the-partner-considers-necessary"),
    (_EN_PREAMBLE + "Article 13 Termination\n13.5 Should the University terminate this Agreement before it has delivered all "
     "the modules, it shall reimburse Sponsor for any additional costs incurred by Sponsor in procuring the undelivered "
     "modules elsewhere.\n", "TRM-04", True, "en-the-cost-of-buying-elsewhere-on-our-exit"),
    (_EN_PREAMBLE + "Article 8 Confidentiality\n8.3 The University shall not disclose Safeguards Confidential Information, nor "
     "any data on the performance of the prototype obtained on Sponsor samples, to any person or authority, including any "
     "governmental authority of the University's State, without the prior written authorization of Sponsor.\n" + _EN_TERM,
     "CON-03", True, "en-our-state-among-those-kept-out"),
    # set 1529: our report to the funder stripped of the partner's part, the funder's request refused
    (_JA_PREAMBLE + "第11条（秘密保持）\n４　甲は、丙に報告書を提出するに当たっては、乙の秘密情報に該当する部分を除いて提出するものとし、丙から当該部分"
     "の提出を求められた場合であっても、乙の書面による同意がない限り、これに応じないものとする。\n", "CON-03", True,
     "ja-the-funders-request-refused-without-the-partners-consent"),
]


_BLIND_1531_ON = [
    # set 1531: the funder agrees the syllabus of our own courses; a centre run on a foreign ministry's money; talks on the
    # partner's borders kept friendly; its seconded lecturers' pay is no payment to our people
    (_EN_PREAMBLE + "Article 7 Courses\n7.2 Where the language is taught in a credit-bearing course of the University "
     "with the participation of Sponsor's staff, the syllabus, the principal teaching materials and the assignment of "
     "teachers for that course shall be agreed in advance with Sponsor, and the University shall not replace teaching "
     "materials recommended by Sponsor without Sponsor's consent.\n" + _EN_TERM, "FUN-06", True,
     "en-the-funder-agrees-the-syllabus-of-our-own-courses"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n"Ministry" means the Ministry of Foreign Affairs of the Republic of Maravia.\n'
     "Article 9 Funding\n9.1 Sponsor shall bear the operating costs of the Centre from funds appropriated to it by the "
     "Ministry, in the amounts notified to the University for each fiscal year.\n" + _EN_TERM, "FUN-01", True,
     "en-the-centre-run-on-funds-a-foreign-ministry-appropriates"),
    (_JA_PREAMBLE + "第10条（経費）\n２　乙は、マラヴィア共和国外務省から交付される運営交付金をもって、別表３に掲げる経費142,000ユーロを甲に"
     "交付する。\n", "FUN-01", True, "ja-the-centre-run-on-a-foreign-ministrys-grant"),
    (_JA_PREAMBLE + "第10条（経費）\n２　乙は、別表３に掲げる経費を甲に交付するとともに、派遣講師の給与、手当及び住居費を直接負担する。\n",
     "FUN-04", False, "ja-the-partner-pays-its-own-seconded-lecturers"),
    (_JA_PREAMBLE + "第6条（講演会）\n３　講演会の講演者及び演題は、乙と協議し、その同意を得て決定する。この場合において、乙の国の国境画定及び"
     "少数民族に関する演題は、両国の友好関係の増進に資する内容のものに限るものとする。\n", "PUB-03", True,
     "ja-talks-on-the-partners-borders-kept-friendly"),
    # set 1532: our name kept out unless we agree; a red team's foothold kept for a year; captured mail sent abroad
    (_EN_PREAMBLE + "Article 9 Disclosure\n9.2 Details of such a vulnerability shall not be published before the vendor "
     "has released a fix. The University shall not be\nidentified as the affected site without its written consent.\n"
     + _EN_TERM, "IP-06", False, "en-our-name-kept-out-unless-we-agree"),
    (_EN_PREAMBLE + "Article 3 Access\n3.4 Sponsor may maintain any remote access it has established in the target "
     "environment, and may use it to access the University's systems, for up to twelve (12) months after the end of the "
     "exercise window without further notice.\n" + _EN_TERM, "DAT-01", True,
     "en-a-red-teams-foothold-kept-after-the-exercise"),
    (_EN_PREAMBLE + "Article 7 Artefacts\n7.3 All exercise artefacts, including captured credentials and copies of e-mail "
     "messages, shall be transferred to Sponsor's research data environment in the United Kingdom.\n" + _EN_TERM,
     "DAT-03", True, "en-captured-credentials-and-mail-sent-abroad"),
    # set 1533: our data's location moved at the partner's will
    (_JA_PREAMBLE + "第9条（研究データ）\n２　共有基盤の所在国及び複製先は、乙が事業化パートナーと協議の上、適宜変更できる。\n", "DAT-02",
     True, "ja-the-partner-moves-the-shared-platform-at-will"),
    # set 1534: our export screening of its visitors is no submission to a security law; occupants' lists sent abroad
    (_EN_PREAMBLE + "Article 11 Access\n11.1 The University shall permit the researchers of Sponsor notified in advance to "
     "enter the building during the test windows. Such entry shall be subject to the prior approval of the University "
     "after its security export control screening, and such researchers shall observe the safety rules of the University "
     "and act under the guidance of its staff.\n" + _EN_TERM, "LAW-02", False,
     "en-our-export-screening-of-its-visitors"),
    (_EN_PREAMBLE + "Article 9 Occupant data\n9.2 The University will transmit such occupant lists, together with the "
     "answers of the occupants to the post-earthquake questionnaire, to the server of Sponsor in Kaohsiung.\n" + _EN_TERM,
     "DAT-03", True, "en-building-occupants-lists-sent-abroad"),
    # set 1535: donors of an old consent form reached by a web notice; a fee paid to us
    (_JA_PREAMBLE + "第4条（提供）\n２　前項の規定にかかわらず、旧版の説明文書により同意を得た試料提供者に係る本試料等については、甲は、乙への"
     "提供について甲のウェブサイトにおいて公開し、試料提供者が提供を拒否できる機会を保障することにより、本契約に基づく提供の対象に含めることが"
     "できるものとする。\n", "DAT-03", True, "ja-old-consent-donors-reached-only-by-a-web-notice"),
    (_JA_PREAMBLE + "第8条（提供料）\n１　乙は、本試料等の提供の対価として、別表第3に定める提供料を甲に支払う。\n", "FUN-04", False,
     "ja-a-fee-paid-to-our-institution"),
    # set 1538: the partner's own students' particulars; a visiting student's results to the sender; sanctions as a reason
    # to stop
    (_JA_PREAMBLE + "第5条（個人情報）\n２　甲は、乙に所属する学生の選考及び事前指導に必要な範囲に限り、当該学生の個人情報を乙に提供する。\n",
     "DAT-03", False, "ja-the-partners-own-students-particulars-to-it"),
    (_JA_PREAMBLE + "第9条（研究成果）\n１　交流学生が研究インターンシップ期間中に受入大学において得た研究成果（発明、ソフトウェア及び研究データを"
     "含む。）に係る権利は、派遣大学に帰属するものとし、交流学生は、その複製物を派遣大学に持ち帰ることができる。\n", "PER-04", True,
     "ja-a-visiting-students-results-vest-in-the-sender"),
    (_EN_PREAMBLE + "Article 14 Termination\n14.3 Either party may terminate this Addendum with immediate effect if the "
     "research internships become unlawful or seriously impracticable because of a change in law or a government "
     "measure (including export restrictions or sanctions).\n" + _EN_TERM, "EXP-01", False,
     "en-export-restrictions-as-a-reason-to-stop"),
    # set 1539: a review waived for an upload; our method statements to anyone abroad
    (_JA_PREAMBLE + "第8条（共有環境）\n５　共有環境への格納は、本共同研究の遂行のための当事者間における内部的な作業資料の共有として取り扱うものとし、甲は、"
     "格納の都度、個別の技術提供に係る審査その他の手続を経ることを要しない。\n", "EXP-01", True,
     "ja-no-technology-transfer-review-for-each-upload"),
    (_EN_PREAMBLE + "Article 7 Reports\n7.4 Sponsor may make the Analytical Reports, Analytical Data and Method Statements "
     "available to other State entities and to any domestic or foreign laboratory, engineering contractor or prospective "
     "investor that Sponsor may engage.\n" + _EN_TERM, "EXP-05", True, "en-our-method-statements-to-anyone-abroad"),
    # set 1540: fieldwork under the host's rules; a party-level secret; a
    # provider's consent to our transfer
    (_JA_PREAMBLE + "第9条（現地調査）\n２　甲の研究担当者が乙の国において現地調査を行うときは、同国の法令及び乙の規程に従い、乙の職員の同行の下で"
     "行うものとする。\n", "CMP-01", False, "ja-fieldwork-under-the-hosts-rules"),
    (_JA_PREAMBLE + "第9条（秘密保持）\n２　本補足合意書の存在及び内容は、厳に秘密として保持されるものとする。いずれの当事者も、公的資金配分機関、"
     "省庁その他の政府機関を含むいかなる第三者にもこれらを開示してはならない。\n", "COI-01", False,
     "ja-a-secret-every-party-keeps-is-no-researchers-silence"),
    (_JA_PREAMBLE + "第3条（移転）\n１　丙は、甲が移転対象物及び研究成果を乙に移転することに同意する。\n", "IP-01", False,
     "ja-a-providers-consent-to-a-transfer-we-make"),
    # set 1542: unpublished data to an embassy; a scholar's particulars to its council
    (_JA_PREAMBLE + "第5条（報告）\n２　奨学生は、未発表の研究データを含む研究の進捗を、毎学期大使館教育部に報告する。\n", "PER-04", True,
     "ja-unpublished-data-reported-to-an-embassy"),
    (_JA_PREAMBLE + "第7条（個人情報）\n１　甲は、本合意書の実施に必要な範囲で、奨学生の個人情報を乙に提供する。\n", "DAT-03", False,
     "ja-a-scholars-particulars-to-its-council"),
    # set 1543: the rest of the period paid on leaving
    (_EN_PREAMBLE + "Article 12 Withdrawal\n12.3 The University may withdraw on six months' notice. If it withdraws with "
     "effect before the end of the Initial Period, it shall pay to Sponsor, within sixty (60) days after the withdrawal "
     "takes effect, the annual contributions that would have fallen due for the remainder of the Initial Period.\n"
     + _EN_TERM, "TRM-04", True, "en-the-rest-of-the-period-paid-on-leaving"),
    # set 1544: delivery not held for a permit; the crew's rules on board;
    # data to a state's military authorities is no military use
    (_EN_PREAMBLE + "Article 4 Delivery\n4.3 The University's obligation to deliver the Instrument by the Delivery Date is "
     "not suspended or excused by any internal review, classification or permit process on the part of the University.\n"
     + _EN_TERM, "EXP-01", True, "en-delivery-not-held-for-a-permit"),
    (_JA_PREAMBLE + "第12条（搭乗）\n３　本航空機に搭乗する甲の参加研究者は、乙の運航規程及び安全規則並びに乗員の指示に従わなければならない。\n",
     "CMP-01", False, "ja-the-crews-rules-on-board"),
    (_EN_PREAMBLE + "Article 7 Data\n7.5 Where a State whose airspace is entered requests copies of data, Sponsor may "
     "provide copies of any Campaign Data, including Scientific Data, to the civil or military authorities of that "
     "State.\n" + _EN_TERM, "EXP-02", False, "en-data-to-a-states-military-authorities-is-no-military-use"),
    # set 1545: our equipment to whoever the partner names; a payment through a trading house; sanctions not to be
    # invoked; a visitor on equal terms with our faculty
    (_EN_PREAMBLE + "Article 5 Equipment\n5.3 Upon expiry, the Project Equipment, together with its software and technical "
     "documentation, shall be handed over to Sponsor free of charge and may thereafter be used by Sponsor and by other "
     "research, educational and industrial organisations designated by Sponsor.\n" + _EN_TERM, "EXP-05", True,
     "en-our-equipment-to-whoever-the-partner-names"),
    (_EN_PREAMBLE + "Article 6 Contributions\n6.3 The contribution of Sponsor shall be paid to the bank account of the "
     "University through Pars Khalij General Trading L.L.C., Dubai, or through another intermediary company that Sponsor "
     "may nominate by written notice.\n" + _EN_TERM, "FUN-03", True, "en-paid-through-a-trading-house-abroad"),
    (_EN_PREAMBLE + "Article 8 Deliveries\n8.2 The Parties agree that unilateral restrictive measures of any State which "
     "have not been adopted by the Security Council of the United Nations shall not be invoked by either Party as a "
     "reason to delay, suspend or refuse the delivery of the project equipment and technical information.\n" + _EN_TERM,
     "EXP-01", True, "en-sanctions-not-to-be-invoked-against-delivery"),
    (_JA_PREAMBLE + "第5条（研究設備）\n２　甲は、乙の常勤教員である受入れ研究者に対し、受入れ部局の研究設備（多軸モーションシミュレータ及び慣性"
     "センサ評価装置を含む。）並びに関連する技術資料を、受入れ部局の教員と同等の条件で利用させるものとする。\n", "EXP-04", True,
     "ja-a-visitor-on-equal-terms-with-our-faculty"),
    # set 1546: our indicators in reports to governments
    (_EN_PREAMBLE + "Article 6 Reports\n6.2 Sponsor may include institution-level indicators concerning the University, "
     "including indicators derived from Customer Data and Usage Data, in reports that Sponsor prepares for its clients, "
     "including national governments, ministries and funding agencies.\n" + _EN_TERM, "DAT-04", True,
     "en-our-indicators-in-reports-to-governments"),
    # set 1547: a pathogen modified for host adaptation as the recipient sees fit; each side reporting to its own authorities
    (_EN_PREAMBLE + "Article 4 Use\n4.2 Sponsor may modify the Material by reverse genetics, reassortment or serial "
     "passage, including passage in mammalian cells or mammalian hosts, and may conduct such studies on the determinants "
     "of host adaptation, transmissibility and antigenic variation as Sponsor considers useful.\n" + _EN_TERM, "EXP-02",
     True, "en-a-pathogen-modified-for-host-adaptation"),
    (_JA_PREAMBLE + "第9条（届出）\n２　甲及び乙は、本研究の実施中に家畜伝染病の発生その他法令に基づき届出を要する事象を確認したときは、各自の所在国の"
     "法令に従い所管当局に届け出るものとする。\n", "LAW-02", False, "ja-each-side-reports-to-its-own-authorities"),
    # set 1548: results to bodies the partner's ministry designates; visiting engineers on our staff's terms; end use left
    # open; defence money kept out
    (_EN_PREAMBLE + "Article 9 Results\n9.2 Sponsor may furnish the Results, including the Combustion Data Package, to the "
     "national space agency, to enterprises participating in the national hypersonic flight demonstration programme and "
     "to such other bodies as its supervising ministry may designate, without the prior consent of the University.\n"
     + _EN_TERM, "EXP-05", True, "en-results-to-bodies-the-partners-ministry-designates"),
    (_JA_PREAMBLE + "第6条（設備の利用）\n２　派遣技術者は、本研究の実施期間中、甲の研究担当者と同一の条件で、甲の制御システム、甲の計測データサーバ"
     "及び甲の研究室が過去に取得した試験データを利用することができる。\n", "DAT-01", True,
     "ja-visiting-engineers-on-our-researchers-terms"),
    (_EN_PREAMBLE + "Article 6 Use of outcomes\n6.2 The outcomes of the cooperation may be used for the education and research "
     "of the University and Sponsor and also for research and development towards practical application by companies "
     "affiliated with Sponsor, without any particular limitation as to their end use.\n" + _EN_TERM, "EXP-02", True,
     "en-outcomes-used-without-limit-as-to-end-use"),
    (_JA_PREAMBLE + "第2条（資金）\n２　甲及び乙は、国防又は軍事に関連する機関から受けている研究資金を、本覚書に基づく活動に充当しないものとする。\n",
     "FUN-01", False, "ja-defence-money-kept-out"),
    # set 1549: app users' traces sent with no consent
    (_EN_PREAMBLE + "Article 4 Data\n4.3 The University confirms that the Japan Panel Dataset was collected under the "
     "application's standard terms of use, and the Parties agree that no further notice to, or consent from, the "
     "individual users is required for the transfer under clause 4.2.\n" + _EN_TERM, "DAT-03", True,
     "en-app-users-traces-sent-without-their-consent"),
    # set 1550: a translation conformed to the publisher's state policy; no other book on the subject; a licence passed on
    # without us; a press's acceptance after peer review and our grant to it
    (_JA_PREAMBLE + "第5条（翻訳）\n３　前項の規定にかかわらず、乙は、本翻訳書の内容を乙国の出版に関する法令及び国の出版方針に適合させるため必要と"
     "認めるときは、本翻訳書の記述の一部の削除、修正又は表現の変更を行うことができ、甲及び著作者は、当該変更について異議を述べないものとする。\n",
     "PUB-03", True, "ja-a-translation-conformed-to-the-publishers-state-policy"),
    (_EN_PREAMBLE + "Article 11 Competing works\n11.1 Until the fifth anniversary of the Publication Date, the University's "
     "author shall not, without the prior written consent of Sponsor, write, edit or contribute to any book, article or "
     "report on the subject of the Work or on a closely related subject, for any other publisher.\n" + _EN_TERM, "PUB-04",
     True, "en-no-other-book-on-the-subject"),
    (_JA_PREAMBLE + "第3条（許諾）\n３　乙は、甲の承諾を要することなく、前二項の権利を第三者に再許諾することができる。\n", "IP-02", True,
     "ja-our-licence-passed-on-without-us"),
    (_EN_PREAMBLE + "Article 4 Acceptance\n4.1 Acceptance of the Work for publication is subject to approval by Sponsor's "
     "Publications Committee following peer review.\n" + _EN_TERM, "PUB-01", False,
     "en-a-press-accepts-the-book-after-peer-review"),
    (_JA_PREAMBLE + "第2条（費用）\n２　ただし、甲は、甲の学術成果国際発信助成により、翻訳費用の一部として300万円を上限とする額を乙に助成することが"
     "できる。\n", "COI-02", False, "ja-our-grant-to-the-press"),
    # set 1551: our stock handed over on demand; safeguards reports; a party-level secret
    (_JA_PREAMBLE + "第5条（材料の引渡し）\n１　甲は、供給途絶が生じ又は生じるおそれがある場合において乙から要請があったときは、甲が保有する"
     "濃縮材料のうち乙が指定する数量を、乙が指定する期日までに乙に引き渡すものとする。\n", "REC-01", True,
     "ja-our-stock-handed-over-on-demand"),
    (_EN_PREAMBLE + "Article 7 Safeguards\n7.3 The University acknowledges that Sponsor must provide design information on "
     "the target and nuclear material accounting data to the national nuclear safety authority and the IAEA under the "
     "safeguards agreement.\n" + _EN_TERM, "DAT-04", False, "en-safeguards-reports-on-nuclear-material"),
    (_JA_PREAMBLE + "第10条（秘密保持）\n甲及び乙は、本覚書の存在及びその内容を、相手方の事前の書面による承諾なく、第三者（甲の研究資金の配分機関"
     "その他の公的機関を含む。）に開示してはならない。\n", "COI-01", False, "ja-a-memorandum-both-parties-keep-secret"),
    # set 1552: a company's business reasons to change our paper
    (_JA_PREAMBLE + "第15条（公表）\n２　乙は、前項の通知を受けた場合において、知的財産権の出願その他乙の事業上の理由により必要があると認めるときは、"
     "甲に対し、公表の延期又は公表内容の修正を求めることができるものとし、甲はこれに応じるものとする。\n", "PUB-03", True,
     "ja-a-companys-business-reasons-to-change-our-paper"),
    # set 1554: our data training the vendor's other models; derived data kept after deletion
    (_EN_PREAMBLE + "Article 6 Data use\n6.4 Sponsor may use De-identified Data, Annotations and Derived Data to train, "
     "re-train, validate and improve the Developed Model and its successor versions, as well as Sponsor's general-purpose "
     "imaging foundation models, and this right shall continue after the expiry of this Agreement.\n" + _EN_TERM,
     "IP-02", True, "en-our-data-trains-the-vendors-other-models"),
    (_JA_PREAMBLE + "第16条（消去）\n２　派生データ、学習済みモデル及びバックアップ媒体上の複製は、前項の消去の対象としない。乙は、これらを乙の文書管理"
     "規程に定める期間保持することができる。\n", "TRM-04", True, "ja-derived-data-kept-after-deletion"),
    # set 1555: a proviso handing the lines to the partner's state; both countries' export laws kept by both
    (_JA_PREAMBLE + "第8条（後代系統）\n３　後代系統又はその種苗を第三者に譲渡し、又は利用させる場合は、甲乙協議の上、別途の契約を締結するものとする。"
     "ただし、乙は、乙の国の国家養殖振興計画の実施のために必要と認めるときは、甲の同意を得ることなく、後代系統の親魚及び種苗並びにその育種価情報を"
     "同国の政府機関及び乙が認定する種苗生産事業者に譲渡し、又は利用させることができる。\n", "IP-05", True,
     "ja-a-proviso-hands-the-lines-to-the-partners-state"),
    (_JA_PREAMBLE + "第15条（輸出管理）\n甲及び乙は、提供親魚等、ゲノムデータその他の貨物及び技術の提供に当たり、外国為替及び外国貿易法その他の日本国"
     "及びチリ共和国の輸出入管理に関する法令を遵守する。\n", "LAW-02", False, "ja-both-countries-export-laws-kept-by-both"),
    # set 1557: our code relicensed as the agency chooses
    (_EN_PREAMBLE + "Article 5 Code\n5.3 Sponsor may distribute the model code and any version of it modified by Sponsor to "
     "national users and to the public under a licence of Sponsor's choosing, including an open-source licence.\n"
     + _EN_TERM, "IP-02", True, "en-our-code-relicensed-as-the-agency-chooses"),
    # set 1558: our photographs' commercial use
    (_JA_PREAMBLE + "第12条（写真）\n２　甲は、出土遺物を撮影した写真を商業目的（販売用書籍の表紙、有償の展示図録、広告等をいう。）で利用しようとする"
     "ときは、あらかじめ乙の書面による許可を得るものとする。学術論文、学会発表及び教育の目的での利用については、この限りでない。\n", "PUB-01",
     False, "ja-our-photographs-commercial-use"),
    # set 1559: no work for anyone else in the field; a client's own use of its results
    (_EN_PREAMBLE + "Article 11 Exclusivity\n11.1 During the Term and for thirty-six (36) months after it, the University shall "
     "not, and shall ensure that the Principal Investigator does not, perform for or on behalf of any third party, whether "
     "for a fee or under a research collaboration, any assay or study in the Field.\n" + _EN_TERM, "PUB-04", True,
     "en-no-work-for-anyone-else-in-the-field"),
    (_JA_PREAMBLE + "第9条（既存技術）\n２　甲の既存技術に関する権利は甲に帰属する。ただし、乙は、試験結果及び報告書を自己の医薬品開発のために自由に利用"
     "することができる。\n", "IP-02", False, "ja-a-clients-own-use-of-its-test-results"),
    # set 1561: a nomination conclusive of eligibility; consent of the examined waived; equipment paid by a foreign
    # ministry; no post at the partner; case material for teaching police trainees
    (_EN_PREAMBLE + "Article 5 Visiting officers\n5.2 Sponsor's letter of nomination shall be conclusive as to the eligibility "
     "of each Visiting Officer, and the University shall, within five (5) working days of its receipt, issue to each of "
     "them an access card to the Facilities and a user account on the Facilities' workstations.\n" + _EN_TERM, "PER-03",
     True, "en-a-nomination-conclusive-of-eligibility"),
    (_JA_PREAMBLE + "第8条（事例資料）\n２　甲事例資料の提供に当たっては、被鑑定者の氏名を記号に置き換えるものとし、第12条の規定にかかわらず、被鑑定者"
     "又はその遺族の同意を得ることを要しない。\n", "DAT-03", True, "ja-consent-of-the-examined-waived"),
    (_EN_PREAMBLE + "Article 3 Equipment\n3.1 The procurement, shipping and installation of the Equipment are financed by "
     "the Ministry of Interior of the Republic of Sarvosa under the Programme.\n" + _EN_TERM, "FUN-01", True,
     "en-equipment-paid-by-a-foreign-ministry"),
    (_EN_PREAMBLE + "Article 6 Staff\n6.3 No University faculty member shall be appointed to any position at Sponsor, or "
     "receive any salary, fee or other remuneration from Sponsor, in connection with this Agreement.\n" + _EN_TERM,
     "PER-01", False, "en-no-post-at-the-partner"),
    (_JA_PREAMBLE + "第8条（事例資料）\n３　乙は、甲事例資料を、乙における警察職員の教育訓練のために使用することができる。\n", "EXP-02", False,
     "ja-case-material-for-teaching-police-trainees"),
    # set 1562: installation costs paid on leaving early
    (_EN_PREAMBLE + "Article 17 Termination\n17.4 If this Agreement is terminated by the University under Article 17.1 "
     "before the end of the fifth Contract Year, the University shall pay Sponsor the unamortised portion of the "
     "Installation Costs shown in Annex 3.\n" + _EN_TERM, "TRM-04", True, "en-installation-costs-paid-on-leaving-early"),
]


_BLIND_1563_ON = [
    # set 1563: a navy's use of survey data for its ships
    (_JA_PREAMBLE + "第7条（データの利用）\n２　乙は、取得データを、艦艇の航行安全その他乙が必要と認める業務に利用することができる。\n",
     "EXP-02", True, "ja-survey-data-for-the-navys-ships"),
    # set 1565: a student's results assigned to the partner; a scholarship paid back if we end the programme
    (_EN_PREAMBLE + "Article 9 Intellectual Property\n9.2 Any invention, design, software or other result capable of "
     "protection that is made by a Programme Student in the course of Thesis research, including research performed at "
     "the University, shall be assigned to Sponsor.\n" + _EN_TERM, "IP-01", True,
     "en-a-students-results-assigned-to-the-partner"),
    (_EN_PREAMBLE + "Article 15 Termination\n15.4 If, as a result of the University terminating this Agreement under "
     "paragraph 1, a Scholarship Student is unable to obtain the University's degree, the University shall reimburse the "
     "Ministry, through Sponsor, an amount equal to the Scholarship paid by the Ministry to that Scholarship Student.\n"
     + _EN_TERM, "TRM-04", True, "en-a-scholarship-paid-back-if-we-end-the-programme"),
    # set 1566: nothing asked for a gift; the gift's amount free to report
    (_JA_PREAMBLE + "第3条（研究への不関与）\n乙は、フェローの研究について指示を行わない。また、乙は、本寄附の対価として物品又は役務の提供を"
     "受けない。\n", "FUN-04", False, "ja-nothing-received-in-return-for-a-gift"),
    (_JA_PREAMBLE + "第11条（秘密保持）\n４　本協定の締結の事実、寄附金の額及びセンターの概要は、秘密情報に該当しないものとし、甲及び乙は、"
     "これらを公表し、又は所管官庁その他の関係機関に報告することができる。\n", "DAT-04", False,
     "ja-a-gifts-amount-free-to-report"),
    # set 1567: our software to the partner's affiliates and its state's bodies
    (_EN_PREAMBLE + "Section 8 Licence\n(b) Notwithstanding paragraph (a), Sponsor may make the Flight-Control Software "
     "and any crop-stress models derived from it available to its Affiliates and to public bodies of the Sultanate with "
     "which it cooperates in national food-security programmes.\n" + _EN_TERM, "EXP-05", True,
     "en-our-software-to-the-partners-state-bodies"),
    # set 1568: participants' honoraria; a service order's paid deliverables
    (_EN_PREAMBLE + "Article 4 Participants\n4.5 The University will pay each Participant an honorarium of JPY 5,000 to "
     "JPY 8,000 per session in accordance with its rules, and Sponsor will reimburse the University for those "
     "honoraria.\n" + _EN_TERM, "FUN-04", False, "en-participants-honoraria-per-session"),
    (_EN_PREAMBLE + "Article 6 Deliverables\n6.1 Upon payment for each Delivery, the University assigns to Sponsor all "
     "right, title and interest, including copyright, in the Recordings and Transcripts delivered.\n6.4 Sponsor grants "
     "the University a licence to use the de-identified Transcripts for research.\n" + _EN_TERM, "IP-01", False,
     "en-a-service-orders-paid-deliverables"),
    # set 1571: the company's protocol changes; papers held for the programme's pooled paper; our instructions to a CRO
    (_EN_PREAMBLE + "Article 3 Protocol\n3.2 The University shall procure that the Investigator implements any amendment "
     "to the Protocol that Sponsor reasonably requests in order to align the Study with its evidence-generation plan, "
     "including changes to the endpoints.\n" + _EN_TERM, "FUN-06", True, "en-protocol-changes-the-company-requests"),
    (_EN_PREAMBLE + "Article 7 Publication\n7.3 The University agrees that no publication or presentation of the results "
     "of the Study shall be made before the first publication of the pooled results of that programme by the programme "
     "steering committee convened by Sponsor.\n" + _EN_TERM, "PUB-02", True,
     "en-papers-held-for-the-programmes-pooled-paper"),
    (_JA_PREAMBLE + "第5条（業務の実施）\n３　本研究の計画、実施及び結果の解釈に関する判断は研究代表者が行い、乙は本業務の遂行に当たり甲の指示に"
     "従う。\n", "CMP-01", False, "ja-the-cro-follows-our-instructions"),
    # set 1572: tool data to the maker's affiliates wherever located; measured figures held for its approval
    (_EN_PREAMBLE + "SCHEDULE 3 SERVICE LEVEL ANNEX\nS3-5 Tool Data Handling. Sponsor may make Tool Data, including "
     "recipe files and process logs uploaded from the Tool, available to its Affiliates, subcontracted service providers "
     "and application teams supporting other customers, wherever located, for the purpose of improving its products.\n",
     "EXP-05", True, "en-tool-data-to-the-makers-affiliates-wherever-located"),
    # set 1573: a provincial government's fund paid to us
    (_EN_PREAMBLE + "Article 3 Funding\n3.2 From the provincial special fund, Sponsor shall allocate RMB 600,000 to the "
     "University as cooperative research funds.\n" + _EN_TERM, "FUN-01", True,
     "en-a-provincial-special-fund-paid-to-us"),
    # set 1574: the coordinator keeps the marks' licence income; a contributor licence beyond what was contributed
    (_EN_PREAMBLE + "Article 9 Trademarks\n9.4 Sponsor may grant licences to use the Marks to commercial entities on such "
     "terms as it alone determines, and any fees or royalties received under such licences shall be retained by "
     "Sponsor.\n" + _EN_TERM, "REC-03", True, "en-the-marks-licence-income-kept-by-one-side"),
    (_EN_PREAMBLE + "Article 2 Licence\n2.3 The licenses granted in Articles 2.1 and 3.1 extend to all Related Works, "
     "whether or not such Related Works have been submitted to Sponsor.\n" + _EN_TERM, "IP-02", True,
     "en-a-licence-reaching-works-never-submitted"),
    # set 1575: data the partner owns and we delete; sub-samples for unnamed programme members; our data all, theirs as
    # possible; papers after its council's approval; our visitors' names for the station's plan
    (_EN_PREAMBLE + "Article 7 Data\n7.2. Primary data, including those obtained by the Personnel, belong to Sponsor; the "
     "University may use them free of charge for the purposes of the joint research during the term of the Agreement and "
     "deletes them from its information systems upon its expiry or termination.\n" + _EN_TERM, "DAT-05", True,
     "en-data-the-partner-owns-and-we-delete-at-the-end"),
    (_EN_PREAMBLE + "5. Samples\n5.4. Sub-samples of the core may also be allocated by Sponsor to other organisations "
     "taking part in the national programme of Antarctic research, and such organisations have access to the results of "
     "the joint analyses.\n" + _EN_TERM, "TRA-01", True, "en-sub-samples-for-unnamed-programme-members"),
    (_EN_PREAMBLE + "6. Data\n6.1. The University transfers to Sponsor all measurement data obtained from the "
     "sub-samples, including raw instrument files, within six months after each analytical series; Sponsor makes its own "
     "measurement data available to the University to the extent possible.\n" + _EN_TERM, "REC-01", True,
     "en-our-data-all-theirs-as-far-as-possible"),
    (_EN_PREAMBLE + "7. Publications\n7.2. Manuscripts prepared on the basis of the core materials, including manuscripts "
     "prepared by researchers of the University alone, are submitted to the Scientific Council of Sponsor and are sent "
     "to a journal after its approval.\n" + _EN_TERM, "PUB-01", True, "en-papers-after-the-partners-council-approves"),
    (_JA_PREAMBLE + "第5条（利用の申込み）\n1 甲は、利用を希望する期間の開始日の4か月前までに、利用者の氏名、所属、活動内容、滞在期間及び持込み物品を"
     "記載した利用計画を乙に提出する。\n", "DAT-03", False, "ja-our-visitors-names-for-the-stations-plan"),
    # set 1576: a public-order use left open; speakers' voices sent with no fresh consent
    (_EN_PREAMBLE + "Article 5 Use\n5.4 Nothing in Article 5.3 shall prevent Sponsor from applying Derivative Models in "
     "crowd-monitoring, public-order or border-management settings operated by or on behalf of governmental "
     "authorities.\n" + _EN_TERM, "EXP-02", True, "en-public-order-uses-left-open"),
    (_JA_PREAMBLE + "第4条（データの提供）\n２　甲提供データに含まれる話者の音声及び属性情報は、収録時に話者から取得した同意の範囲内で取り扱われるもの"
     "とし、乙への提供に当たり、話者から改めて同意を取得すること及び匿名化その他の加工を行うことを要しないものとする。\n", "DAT-03", True,
     "ja-speakers-voices-sent-with-no-fresh-consent"),
    # set 1577: a visitor's reports home carry our lab's data; an unpublished report to the partner state's ministries;
    # a draft's risky alternative beside the benign one; a drafting comment
    (_JA_PREAMBLE + "第8条（報告）\n２　派遣研究員は、毎四半期、研究の進捗状況、受入れ研究室で実施中の研究課題の概要及び実験により得られたデータの"
     "要旨を記載した報告書を乙に提出するものとし、甲は、これに協力するものとする。\n", "PER-04", True,
     "ja-a-visitors-quarterly-report-of-our-lab-data"),
    (_JA_PREAMBLE + "第9条（成果報告）\n３　乙は、当該報告書（未公表の研究成果に係る部分を含む。）をザルミア共和国の関係行政機関及び乙が指定する同国内"
     "の研究機関の利用に供することができる。\n", "EXP-05", True, "ja-an-unpublished-report-to-the-partner-states-bodies"),
    (_JA_PREAMBLE + "第5条（研究施設等の利用）\n〔A案（乙提案）：乙の派遣研究者は、受入れ期間中、甲の研究室、共用実験施設及び学内情報ネットワークを、"
     "時間帯を問わず甲の専任教員と同等の条件で利用することができる。〕\n〔B案（甲修正案）：乙の派遣研究者は、受入れ教員が指定する研究室に限り、"
     "利用することができる。〕\n", "DAT-01", True, "ja-a-drafts-risky-alternative-beside-the-benign-one"),
    (_JA_PREAMBLE + "第11条（成果の公表）\n３　論文には甲の所属を表示する。\n【研究協力課コメント：乙から所属表記を「乙のみ」としたい旨の要望があったが、"
     "甲所属の併記は譲れない旨回答済み。】\n", "IP-06", False, "ja-an-offices-drafting-comment"),
    # set 1578: our approval of personal benefits; the partner sends whom it needs
    (_EN_PREAMBLE + "Article 13 Conflicts\n13.3 Any consulting fee, honorarium or other personal benefit offered by "
     "Sponsor to a University researcher requires prior approval by the University under its conflict of interest and "
     "outside activity rules.\n" + _EN_TERM, "FUN-04", False, "en-personal-benefits-need-our-approval"),
    (_JA_PREAMBLE + "第五条（研究担当者）\n乙は、別表に記載する乙の研究担当者のほか、本研究の進捗に応じて乙が必要と認める者を、甲に書面で通知する"
     "ことにより、甲に派遣することができる。\n", "PER-03", True, "ja-the-partner-sends-whom-it-needs"),
    # set 1579: telemetry hosted where the vendor chooses
    (_EN_PREAMBLE + "Article 6 Data\n6.2 The Software includes a fleet-health function which transmits Telemetry to "
     "Sponsor's cloud analytics service; that service is hosted on infrastructure selected by Sponsor from time to time, "
     "which may be located outside Japan.\n" + _EN_TERM, "DAT-02", True, "en-telemetry-hosted-where-the-vendor-chooses"),
    # set 1580: our lab data kept in the host country; a park's house rules
    (_JA_PREAMBLE + "第9条（データ）\n３　甲が本ラボデータの複製物をホスト国外に持ち出し、又はホスト国外から本ラボデータを利用しようとする場合には、"
     "あらかじめ乙の書面による承認を得なければならない。\n", "DAT-05", True, "ja-our-lab-data-kept-in-the-host-country"),
    (_EN_PREAMBLE + "Article 12 Compliance\n12.1 Each Party shall comply with the laws of Viet Nam applicable to it in "
     "connection with the Premises. The University shall comply with the Park Regulations in so far as they concern the "
     "use of the Building, safety, security, waste, traffic and common areas.\n" + _EN_TERM, "LAW-02", False,
     "en-a-parks-house-rules"),
    # set 1581: a participant's identity kept out of a paper
    (_JA_PREAMBLE + "第9条（公表）\n２　甲は、公表予定日の30日前までにその内容を乙に通知する。乙は、当該内容に研究参加者を識別し得る情報が含まれると"
     "認めるときは、その削除を求めることができる。\n", "PUB-03", False, "ja-a-participants-identity-kept-out-of-a-paper"),
    # set 1582: the agreement itself classified
    (_EN_PREAMBLE + "Article 12 Confidentiality\n(3) The Launch Base Operations Plan, the security procedures of the Launch "
     "Base and this Agreement are classified as Sponsor Restricted and shall not be disclosed by the University to any "
     "person other than its campaign personnel without the prior written consent of Sponsor.\n" + _EN_TERM, "CON-01",
     True, "en-the-agreement-itself-classified"),
    # set 1583: the company's consent to every candidate; an exclusive licence on request, the gift as its price
    (_JA_PREAMBLE + "第6条（教員）\n２　前項の教員は、甲が選考し、任用する。ただし、甲は、選考に当たり候補者をあらかじめ乙に通知して乙の同意を得るものとし、"
     "乙が本部門の教員について乙の事業方針に照らし不適当と認めてその交代を求めたときは、甲はこれに応じるものとする。\n", "FUN-06", True,
     "ja-the-companys-consent-to-every-candidate"),
    (_JA_PREAMBLE + "第10条（研究成果）\n３　甲は、乙又は乙が指定する者から申出があったときは、第1項の知的財産権について、これらの者に対し独占的な実施を"
     "許諾するものとし、その対価は、乙による寄附金の拠出をもって既に支払われたものとみなす。\n", "IP-04", True,
     "ja-an-exclusive-licence-on-request-paid-by-the-gift"),
    # set 1584: no other course on the subject for three years after the end
    (_EN_PREAMBLE + "Article 10 Exclusivity\n10.2 The University shall not, and shall ensure that the lecturers appearing "
     "in the Licensed Course do not, develop, deliver or license to any other institution any online course on Japanese "
     "media or popular culture in French or English, during the term and for three (3) years after this Agreement "
     "ends.\n" + _EN_TERM, "PUB-04", True, "en-no-other-course-for-three-years-after-the-end"),
    # set 1586: pseudonymised records where the partner likes
    (_EN_PREAMBLE + "Article 5 Study data\n5.1 The University will upload the pseudonymised participant-level recordings, "
     "together with the visit records (age band, sex, height, falls history and medication count), to Sponsor's "
     "research environment within 30 days after each collection visit, where they will be stored and processed in the "
     "data centre regions used by Sponsor from time to time.\n" + _EN_TERM, "DAT-03", True,
     "en-pseudonymised-records-where-the-partner-likes"),
    # set 1588: our secondees barred from telling our own university
    (_JA_PREAMBLE + "第8条（秘密保持）\n２　前項の規定にかかわらず、甲派遣研究員は、乙研究所において見聞きした事項については、甲の所属部局その他の甲の"
     "役員又は職員に対するものであっても、乙の事前の書面による承諾を得ずにこれを報告し、又は開示してはならない。\n", "CON-03", True,
     "ja-our-secondees-may-not-tell-our-own-university"),
    # set 1590: results to the programme sponsor without the member's consent
    (_EN_PREAMBLE + "Article 10 Foreground\n10.6 In addition, Sponsor may make Foreground, and any Background made "
     "available to it, available to the Programme Funder and to any affiliated programme entity for any purpose "
     "connected with the national programme, and the consent of the Member concerned shall not be required for this "
     "purpose.\n" + _EN_TERM, "EXP-05", True, "en-results-to-the-programme-sponsor-without-consent"),
    # set 1591: the coastal state's observer reaching our systems; every nominee embarked
    (_EN_PREAMBLE + "Article 3 Observer\n(c) The Observer shall have unrestricted access at all times to all spaces, "
     "equipment and computer systems on board the vessel, including the vessel's data network, and may make copies of any "
     "records held on board.\n" + _EN_TERM, "DAT-01", True, "en-an-observer-reaching-all-our-systems"),
    (_EN_PREAMBLE + "Article 3 Participants\n3.2 The University shall embark every Participant so nominated by Sponsor "
     "and shall not refuse or withdraw the embarkation of a Participant other than on grounds of medical unfitness or "
     "failure to complete the safety induction.\n" + _EN_TERM, "PER-03", True, "en-every-nominee-embarked"),
    # set 1592: the fund repaid with what was spent; our data for the parent's answers to its government; our pay scale
    (_JA_PREAMBLE + "第16条（解約）\n３　甲の申出により第１項の規定に基づき本協定が解約された場合には、甲は、共創基金として受け入れた拠出金の全額"
     "（当該解約の時点までに既に支出された額を含む。）を、乙の請求に従い返還するものとする。\n", "TRM-04", True,
     "ja-the-fund-repaid-with-what-was-spent"),
    (_EN_PREAMBLE + "Article 17 Records\n17.3 At Sponsor's request, the University shall promptly make available to "
     "Sponsor such research data and other information (including personal information of project personnel) as Sponsor "
     "considers necessary to respond to any inquiry, subpoena or request of a governmental or regulatory authority of the "
     "United States, and Sponsor may furnish the same to such authority without further notice to the University.\n"
     + _EN_TERM, "DAT-04", True, "en-our-data-for-the-parents-government-inquiries"),
    (_EN_PREAMBLE + "Article 6 Talent\n6.3 Any honorarium shall be paid by the University under its standard rates, and "
     "each such appointment shall be disclosed to the University.\n" + _EN_TERM, "FUN-04", False,
     "en-honoraria-on-our-own-pay-scale"),
    # set 1593: an anti-terrorism certification
    (_EN_PREAMBLE + "Article 8 Certifications\n8.1 The University certifies that it does not and will not use Grant Funds, "
     "directly or indirectly, to engage in, support or promote violence, terrorist activity or related training, and "
     "that no Grant Funds will be provided to any army, police or security force.\n" + _EN_TERM, "FUN-01", False,
     "en-an-anti-terrorism-certification"),
    # set 1594: representatives that take in the company's group anywhere
    (_EN_PREAMBLE + 'Article 11 Interpretation\n11. In this Agreement: "Representatives" means, in relation to a party, its '
     "directors, officers and employees, and, in the case of Sponsor, also includes each member of Sponsor Group, wherever "
     "established, together with its and their employees, agents and contractors.\n" + _EN_TERM, "EXP-05", True,
     "en-representatives-that-take-in-its-group-anywhere"),
    # set 1595: a publication to count with the conformity of the partner's directorate; our exit held for six years;
    # its data passed on before it releases them
    (_EN_PREAMBLE + "Article 11 Publications\n11.2 Every publication, presentation in scientific events or diffusion in "
     "media that the University intends to carry out with the Data, including after the conclusion of the Embargo Period, "
     "shall count with the prior written conformity of the Directorate of Seismology of Sponsor, which shall evaluate its "
     "pertinence.\n" + _EN_TERM, "PUB-01", True, "en-a-paper-to-count-with-the-partners-conformity"),
    (_EN_PREAMBLE + "Article 18 Separation\n18.2 Sponsor may separate from the Agreement by means of a written "
     "communication with an anticipation of sixty (60) natural days.\n18.3 The University may only separate from the "
     "Agreement once the consolidation stage has concluded, which shall not be less than six (6) years counted from the "
     "installation of the last Station.\n" + _EN_TERM, "TRM-01", True, "en-our-separation-held-for-six-years"),
    (_JA_PREAMBLE + "第7条（観測データ）\n２　本観測データは、乙のオープンデータ方針に従い、取得日から12か月を経過した後に乙が一般に公開する。甲は、当該"
     "公開前に本観測データを第三者に提供する場合は、あらかじめ乙の書面による同意を得るものとする。\n", "PUB-01", False,
     "ja-the-partners-data-passed-on-before-it-releases-them"),
    # set 1597: the student's reports kept free of the company's secrecy; our own selection of the students
    (_EN_PREAMBLE + "Article 7 Confidentiality\n2. The undertaking under the preceding paragraph shall not prevent the "
     "Placement Student from making the reports under Article 5 or from responding to enquiries by the University's "
     "export control office.\n" + _EN_TERM, "COI-01", False, "en-the-students-reports-kept-free-of-its-secrecy"),
    (_JA_PREAMBLE + "第2条（派遣学生の選考）\n甲は、甲の定める手続により派遣学生の候補者を選考し、乙に推薦する。乙は、面接の上、受入れの可否を決定し、"
     "甲に書面で通知する。\n", "PER-02", False, "ja-our-students-chosen-by-our-own-procedure"),
    # set 1599: the rights vesting in us as they arise; a credit line that leaves us out
    (_JA_PREAMBLE + "第7条（デジタル資産の権利帰属）\n１　デジタル資産に係る著作権（著作権法第27条及び第28条に規定する権利を含む。）その他一切の"
     "権利は、その発生と同時に甲に帰属するものとし、乙は、乙に発生した当該権利を甲に譲渡する。\n", "IP-01", False,
     "ja-the-rights-vest-in-us-as-they-arise"),
    (_EN_PREAMBLE + "Article 11 Credits\n11.1 When Sponsor publishes, exhibits or provides any Deliverable to a third "
     'party, it shall display the following credit: "Vestergaard Museum of East Asian Art, Aarhavn / 3D: Parallax '
     'Heritage Systems".\n' + _EN_TERM, "IP-06", True, "en-a-credit-line-that-leaves-us-out"),
    (_EN_PREAMBLE + "Article 11 Credits\n11.1 When Sponsor publishes, exhibits or provides any Deliverable to a third "
     'party, it shall display the following credit: "Collection of the University Museum, Hokushin University / 3D: '
     'Parallax Heritage Systems".\n' + _EN_TERM, "IP-06", False, "en-a-credit-line-that-names-us"),
    # set 1600: our background licensed for the partner's production with no end; an end-use undertaking
    (_JA_PREAMBLE + "第16条（背景技術）\n２　甲は、乙及び乙の関係会社に対し、甲の背景技術のうち研究成果の実施に必要なものについて、乙の製造プロセスへの"
     "適用を目的として、期間の定めなく、無償で通常実施権を許諾するものとする。\n", "IP-02", True,
     "ja-our-background-for-its-production-with-no-end"),
    (_JA_PREAMBLE + "第17条（輸出管理）\n３　乙は、甲から提供を受けた技術及び研究成果を、大量破壊兵器等及び通常兵器の開発、製造、使用又は貯蔵の用途に"
     "用いず、またこれらの用途に用いられるおそれがあることを知りながら第三者に提供しないことを約する。\n", "EXP-03", False,
     "ja-an-end-use-undertaking"),
    # set 1601: only its secrets taken out of a student's talk; students' details for its recruiting abroad; a jury's
    # final word
    (_JA_PREAMBLE + "第11条（発表）\n３　本協定のいかなる規定も、参加者が自らの応募作品の内容を学会、論文等において発表することを妨げるものではない。"
     "ただし、発表内容に提供データの統計的特徴を詳細に示す情報が含まれる場合には、参加者は発表の10日前までに乙に通知し、乙は、乙又はその顧客の秘密に"
     "当たる部分の削除を求めることができる。\n", "PUB-03", False, "ja-only-its-secrets-taken-out-of-a-students-talk"),
    (_JA_PREAMBLE + "第8条（登録情報）\n１　甲は、登録情報を乙に提供するものとし、乙は、これを乙の本社及び乙が指定する国外のグループ会社のサーバに"
     "おいて保管し、本コンテストの運営のほか、乙グループにおける人材採用活動、マーケティングその他乙が必要と認める目的に利用することができる。\n",
     "DAT-03", True, "ja-students-details-for-its-recruiting-abroad"),
    (_EN_PREAMBLE + "Article 8 Judging\n8.3 The Judging Panel's decisions are final on all matters relating to the "
     "evaluation of Submissions. Sponsor will publish the final rankings on its website.\n" + _EN_TERM, "PUB-01", False,
     "en-a-jurys-final-word"),
    # set 1602: exchanged data to each side's state bodies untold; our loaned instruments moved on
    (_EN_PREAMBLE + "Article 6 Use of Data\n6.2 Each Participant may also make Exchanged Data and derived products "
     "available to the national space weather service and other competent public bodies of its own country, for "
     "operational or other public purposes determined by such bodies, without the need to notify the providing "
     "Participant.\n" + _EN_TERM, "DAT-04", True, "en-exchanged-data-to-each-sides-state-bodies-untold"),
    (_JA_PREAMBLE + "第8条（移設）\n３　前項の規定にかかわらず、乙は、観測網の維持のために必要と認める場合には、貸与機器の一部を覚書の参加機関又は乙と"
     "観測協力関係にある機関の観測点に移設し、その運用を当該機関に委ねることができる。この場合において、乙は、移設後速やかにその旨を甲に通知する。\n",
     "EXP-05", True, "ja-our-loaned-instruments-moved-on"),
    # set 1604: an affiliation prescribed word for word that is not ours; disclosures to the police
    (_EN_PREAMBLE + "Article 8 Publications\n8.3 Each Allocated User who is an author of a Publication shall give "
     '"Southern Meridian National Computing Laboratory, Port Kerrigan, South Australia" as his or her affiliation for '
     "that Publication.\n" + _EN_TERM, "IP-06", True, "en-an-affiliation-prescribed-that-is-not-ours"),
    (_EN_PREAMBLE + "Article 8 Publications\n8.3 Each Allocated User who is an author of a Publication shall give "
     '"Hokushin University, Department of Physics" as his or her affiliation for that Publication.\n' + _EN_TERM,
     "IP-06", False, "en-an-affiliation-prescribed-that-is-ours"),
    (_EN_PREAMBLE + "Article 5 Monitoring\n5.04 The Facility is a government computer system. Sponsor may disclose any "
     "such information, including User Data, to its funding agency, to law enforcement or to other agencies of the "
     "Government upon their request.\n" + _EN_TERM, "EXP-02", False, "en-disclosures-to-the-police-are-no-end-use"),
    # set 1605: licensees named before the waived consent; raw data and researchers' careers on demand; the partner's own
    # staff naming their employer
    (_JA_PREAMBLE + "第六条（知的財産）\n４　乙は、共有に係るセンター知的財産を自ら実施することができる。また、乙は、乙の関係会社及び乙が推薦する企業に"
     "対し、甲の同意を要することなく、共有に係るセンター知的財産の実施を許諾することができる。\n", "IP-05", True,
     "ja-licensees-named-before-the-waived-consent"),
    (_JA_PREAMBLE + "第八条（報告）\n３　乙は、本センターの運営状況を確認するため必要と認めるときは、年次報告書のほか、本センターにおいて得られた研究"
     "データ、実験記録及び本センターの業務に従事する研究者の経歴その他乙が指定する資料の提出を求めることができる。\n", "DAT-04", True,
     "ja-raw-data-and-researchers-careers-on-demand"),
    (_EN_PREAMBLE + "Article 6 Affiliation\n2. Researchers of the Centre employed by Sponsor shall state Sponsor or the "
     "Centre as their affiliation and shall not state the University as their own affiliation.\n" + _EN_TERM, "IP-06",
     False, "en-the-partners-own-staff-name-their-employer"),
    # set 1606: auditors inside the hospital's clinical systems
    (_EN_PREAMBLE + "Article 11 Audit\n11.3 Sponsor may on ten (10) business days' notice audit each Site's "
     "compliance. For this purpose the Site shall give Sponsor's auditors read-only access to the clinical data "
     "warehouse and other source systems from which Local Data is extracted.\n" + _EN_TERM, "DAT-01", True,
     "en-auditors-inside-our-clinical-systems"),
    # set 1607: naval customers in any country, notwithstanding the licence; a ship's safety rules; our staff not under
    # its command; the sponsor named with its consent; participants' particulars for security clearance
    (_EN_PREAMBLE + "Article 10 Exploitation\n10.2 Notwithstanding Articles 8.2, 8.3 and 9.1, Sponsor and its "
     "Affiliates may use, adapt and integrate the Results, including the University's software, in their products and "
     "services, and may supply them to their customers, including governmental, coast guard and naval customers in any "
     "country.\n" + _EN_TERM, "EXP-05", True, "en-naval-customers-in-any-country-notwithstanding-the-licence"),
    (_JA_PREAMBLE + "第5条（乗船）\n２　前項により派遣された研究担当者は、乗船中、乙の安全衛生規則及び船長の指示に従うものとする。\n", "CMP-01",
     False, "ja-a-ships-safety-rules-on-board"),
    (_JA_PREAMBLE + "第5条（乗船）\n４　第1項により派遣された研究担当者は、派遣期間中も甲の職員又は学生としての身分を保有し、乙の指揮命令の下で業務に"
     "従事するものではない。\n", "PER-01", False, "ja-our-staff-not-under-its-command"),
    (_JA_PREAMBLE + "第13条（公表）\n４　甲は、公表に当たり、乙の同意を得て、本研究が乙からの受託研究である旨を記載するものとする。\n", "PUB-01",
     False, "ja-the-sponsor-named-with-its-consent"),
    (_EN_PREAMBLE + "Article 5 Personnel\n(a) The University shall send Sponsor the full name, nationality, date of birth, "
     "passport number and role of each person from the University who will take part in the Trials. Sponsor will "
     "process this information for security clearance and access control purposes and will delete it twelve (12) "
     "months after the last range day.\n" + _EN_TERM, "DAT-03", False,
     "en-participants-particulars-for-security-clearance"),
    # ... and a navy's letter: the short name its first paragraph gives the letterhead; its test range, no body that pays
    ("NAVAL TEST AND EVALUATION CENTRE LYNGVAER\nRoyal Norwegian Navy\nDate: 22 April 2025\nProfessor Mao Kurihara\n"
     "Hokuyo Maritime University\nDear Professor Kurihara,\n1. Introduction\nWe are pleased to confirm that the Naval "
     'Test and Evaluation Centre Lyngvaer ("NTEC", "we") is prepared to grant Hokuyo Maritime University (the '
     '"University", "you") access to the Lyngvaer Naval Test Range (the "Range") for the trials.\n2. Fees\nThe range fee '
     "is NOK 84,000 per range day used. Range days cancelled by you less than ten (10) working days before the "
     "scheduled date will be charged at fifty per cent (50%) of the range fee.\n9. Publication\nThe University shall "
     "submit to NTEC any paper that contains Range Data at least forty-five (45) days before its submission. Nothing may "
     "be published until NTEC has given its written clearance, which NTEC may grant subject to amendments or refuse.\n",
     "PUB-01", True, "en-a-letters-short-name-given-in-its-first-paragraph"),
    ("NAVAL TEST AND EVALUATION CENTRE LYNGVAER\nRoyal Norwegian Navy\nDate: 22 April 2025\nProfessor Mao Kurihara\n"
     "Hokuyo Maritime University\nDear Professor Kurihara,\n1. Introduction\nWe are pleased to confirm that the Naval "
     'Test and Evaluation Centre Lyngvaer ("NTEC", "we") is prepared to grant Hokuyo Maritime University (the '
     '"University", "you") access to the Lyngvaer Naval Test Range (the "Range") for the trials.\n2. Fees\nThe range fee '
     "is NOK 84,000 per range day used. Range days cancelled by you less than ten (10) working days before the "
     "scheduled date will be charged at fifty per cent (50%) of the range fee.\n", "FUN-01", False,
     "en-a-navys-test-range-is-no-body-that-pays"),
    # set 1608: secrets we do not pass under the agreement; escorted here, unescorted there; the law on nuclear damage
    (_EN_PREAMBLE + "Article 5 Controlled Information\n5.3 The University shall not disclose specific nuclear material "
     "protection secrets under this Agreement, and Sponsor shall not disclose Unclassified Controlled Nuclear Information "
     "to University Assignees except as authorised by Sponsor.\n" + _EN_TERM, "CON-01", False,
     "en-secrets-we-do-not-pass-under-the-agreement"),
    (_EN_PREAMBLE + "Article 4 Site Access\n4.1 University Assignees at the Laboratory shall be escorted at all times "
     "within Limited Areas. University Assignees will not be issued Laboratory network credentials.\n4.2 The University "
     "shall issue each Laboratory Assignee an identification card permitting unescorted access at any hour to all "
     "University buildings, as Sponsor considers necessary for the Programme.\n" + _EN_TERM, "REC-02", True,
     "en-escorted-there-unescorted-here"),
    (_EN_PREAMBLE + "Article 11 Liability\n11.2 Liability for nuclear damage shall be governed by the laws of the "
     "country in which the nuclear installation concerned is located.\n" + _EN_TERM, "LAW-01", False,
     "en-the-law-on-nuclear-damage-where-the-installation-stands"),
    # set 1609: an option until the partner gives it up; the founders' contracts kept from us
    (_JA_PREAMBLE + "第11条（オプション）\n３　オプション権の存続期間は、乙が甲に対しオプション権を放棄する旨を書面により通知する日までとし、その間、甲は、"
     "対象知的財産権を第三者に実施許諾し、又は譲渡してはならない。\n", "IP-04", True, "ja-an-option-until-the-partner-gives-it-up"),
    (_JA_PREAMBLE + "第12条（個別契約）\n第8条の規定にかかわらず、甲の教員が乙又は投資家との間で締結する株主間契約、ストックオプション付与契約、雇用契約"
     "その他の個別契約の条件については、当該契約に定める秘密保持義務に従い、甲への提出及び開示を要しないものとする。\n", "COI-01", True,
     "ja-founders-contracts-need-not-be-shown-to-us"),
    # set 1610: a headquarters' charter over our regulations; a teacher's reports on our people; their teacher's materials
    # for our use
    (_EN_PREAMBLE + "Article 5 Governance\n2. The Institute shall carry out its activities in accordance with the "
     "Charter and the Implementing Guidelines issued by the Headquarters from time to time, and in matters concerning "
     "the Institute, the Charter and the Implementing Guidelines shall prevail over any inconsistent regulation or "
     "decision of the University.\n" + _EN_TERM, "CMP-01", True, "en-a-headquarters-charter-over-our-regulations"),
    (_EN_PREAMBLE + "Article 8 Teachers\n5. Each Dispatched Teacher shall submit to Sponsor a report for each semester "
     "on the teaching at the Institute, the learners, and the contacts between the Institute and University faculty "
     "members and students.\n" + _EN_TERM, "PER-04", True, "en-a-teachers-reports-on-our-people"),
    (_JA_PREAMBLE + "第12条（教材）\n２　派遣講師がセンターの講座のために作成した教材等の著作権は乙に帰属する。甲は、派遣講師が作成した教材等をセンターの"
     "事業のために無償で使用することができる。\n", "IP-02", False, "ja-their-teachers-materials-for-our-use"),
    # set 1613: each side reporting to its own authorities
    (_JA_PREAMBLE + "第9条（報告）\n３　家畜伝染病等の届出が必要な場合には、乙はベトナム国の所管当局に、甲は日本国の所管当局に、それぞれ法令に従い報告"
     "するものとし、本契約の規定はその報告を妨げない。\n", "LAW-02", False, "ja-each-side-reports-to-its-own-authorities-under-its-law"),
    # set 1615: a thesis deferral extended for the partners' interests; inventions to the partner wherever made; a chair
    # holder's approval, free to refuse; the partner's degree under its own rules
    (_EN_PREAMBLE + "Article 13 Confidentiality of the Thesis\n13.4 The period of deferral under paragraph 13.3 shall be "
     "fixed by the President of Sponsor and may be extended for as long as the protection of the interests of the "
     "laboratory and of its industrial partners so requires.\n" + _EN_TERM, "PUB-02", True,
     "en-a-thesis-deferral-extended-for-the-partners-interests"),
    (_JA_PREAMBLE + "第13条（知的財産）\n本論文研究の過程で候補者が単独で又は甲若しくは乙の教職員と共同して行った発明、考案その他の知的財産（以下「発明等」と"
     "いう。）に係る権利は、当該発明等が甲又は乙のいずれの施設において生じたかを問わず、乙に帰属するものとする。\n", "IP-01", True,
     "ja-inventions-to-the-partner-wherever-made"),
    (_EN_PREAMBLE + "Article 13 Publications\n(2) Publications and conference contributions of the Doctoral Candidate "
     "relating to the Thesis, including results obtained at the University, require the prior written approval of the "
     "chair holder, which may be withheld where publication would conflict with the chair's obligations to its project "
     "partners.\n" + _EN_TERM, "PUB-01", True, "en-a-chair-holders-approval-free-to-refuse"),
    (_JA_PREAMBLE + "第10条（学位）\n２　乙は、合同審査委員会の審査の結果に基づき、乙の規則に従い、博士の学位を授与する。\n４　候補者が乙において取得する研究"
     "データは、乙の規則に従い管理する。\n", "CMP-01", False, "ja-the-partners-degree-under-its-own-rules"),
    # set 1616: the remaining fees due on leaving
    (_EN_PREAMBLE + "Article 14 Withdrawal\n14.4 If the University withdraws with effect before the end of the Initial "
     "Term, for any reason other than a material breach by Sponsor, the Membership Fees for the remaining Membership "
     "Years of the Initial Term shall become due and payable on the date of withdrawal.\n" + _EN_TERM, "TRM-04", True,
     "en-the-remaining-fees-due-on-leaving"),
    # set 1617: a warranty that no defence money is in it; photographs on the partner's site by its leave
    (_JA_PREAMBLE + "第5条（研究経費）\n３　乙は、研究経費が乙自身の事業予算から支出されるものであり、いずれの国の国防、軍事、情報又は治安に関する機関から"
     "直接又は間接に拠出された資金も含まないことを表明し、保証する。\n", "FUN-01", False, "ja-a-warranty-that-no-defence-money-is-in-it"),
    (_JA_PREAMBLE + "第10条（公表）\n３　観測サイトにおける写真又は映像の撮影は、乙の保安責任者の事前の許可を得て行うものとし、乙の施設の配置を識別する"
     "ことができる写真は公表しない。\n", "PUB-01", False, "ja-photographs-on-the-partners-site-by-its-leave"),
    # set 1618: a cloud whose place the partner decides; a consultant's terms kept from all but his family and advisers
    (_JA_PREAMBLE + "第9条（データ）\n２　甲は、研究データのうち本研究の解析に必要なものについて、被験者の氏名等を削除し符号を付した上で、乙が指定するクラウド"
     "環境（その所在地及び運用方法は乙が適宜定める。）に、月1回を目途としてアップロードするものとする。\n", "DAT-02", True,
     "ja-a-cloud-whose-place-the-partner-decides"),
    ("CONSULTING AGREEMENT\nThis Agreement is made between Cortexa Neurosystems, Inc. (the \"Company\") and Seiichiro "
     "Higuchi, M.D., Ph.D. (\"Consultant\").\n4. Confidentiality\n4.6 Terms of Agreement. Consultant shall hold the terms of "
     "this Agreement, including the amount and form of any fees or equity granted hereunder, in strict confidence and "
     "shall not disclose them to any person other than Consultant's spouse, legal counsel and tax advisers.\n", "COI-01",
     True, "en-a-consultants-terms-kept-from-all-but-his-family"),
    # set 1619: release on the later of two years and the partner's leave; our working copies deleted, later use by
    # application; the navy's directorate served whenever it asks; loaned instruments handed to other agencies
    (_JA_PREAMBLE + "第12条（データの公開）\n２　甲及び乙は、海底圧力計により取得した観測データを、取得した日から2年を経過した日又は乙が"
     "公開を認めた日のいずれか遅い日以後に公開する。\n", "PUB-02", True, "ja-release-on-the-later-of-two-years-and-the-partners-leave"),
    (_EN_PREAMBLE + "3. Reference archive and working copies. The University may keep working copies of the Programme Data "
     "it needs for agreed analyses; at the end of the Programme such working copies shall be deleted or returned to the "
     "Sponsor, and any later use of the data will require an application under the Sponsor's data access procedure.\n"
     + _EN_TERM, "DAT-05", True, "en-our-working-copies-deleted-and-later-use-by-application"),
    (_EN_PREAMBLE + "6. Requests from national authorities. Programme Data acquired in waters under the Sponsor's "
     "jurisdiction, including data not yet released, will be provided to the Directorate of Hydrography and Naval "
     "Oceanography whenever that Directorate so requests.\n" + _EN_TERM, "DAT-04", True,
     "en-data-to-the-navys-directorate-whenever-it-asks"),
    (_EN_PREAMBLE + "Article 8 Loaned Instruments\n8.2 Sponsor may redeploy any Loaned Instrument to other sites and may "
     "make Loaned Instruments, together with their firmware and calibration software, available to other national "
     "agencies cooperating with Sponsor, provided that the University is informed in the annual report.\n" + _EN_TERM,
     "EXP-05", True, "en-loaned-instruments-handed-to-other-agencies"),
    # set 1621: source documents copied out for the partner's regulators; samples kept for other research whatever the
    # consent; an inspection at our site with our staff present; a payment made for another leaves the debt
    (_EN_PREAMBLE + "Article 5 Records\n5.4 In addition to inspections, the University shall, within fifteen (15) days of "
     "the Sponsor's written request, deliver to the Sponsor, for onward submission to any such authority, copies of "
     "such study records (including source documents) as the Sponsor states are required by that authority.\n"
     + _EN_TERM, "DAT-04", True, "en-source-documents-copied-out-for-the-partners-regulators"),
    (_EN_PREAMBLE + "6. Residual Samples\n6.2 Residual samples may be retained by the Sponsor for up to fifteen (15) years "
     "and used for other vaccine research conducted by or for the Sponsor, including genetic analysis, whether or not "
     "the relevant trial subject has consented to the optional future research described in the ICF.\n" + _EN_TERM,
     "DAT-03", True, "en-samples-used-whether-or-not-the-subject-consented"),
    (_JA_PREAMBLE + "第8条（調査）\n４　甲は、乙が本治験の成績を外国の規制当局に提出することに伴い、当該規制当局が甲の施設において調査を行う場合"
     "には、これに協力するものとする。ただし、当該調査は、甲の職員の立会いの下、甲の施設内において原資料等を閲覧に供する方法により行うものとし、"
     "甲は、被験者を特定することができる情報を含む記録の写しを交付する義務を負わない。\n", "DAT-04", False,
     "ja-a-regulators-inspection-at-our-site-with-our-staff-present"),
    # set 1622: each side's visitors under the host country's laws; reports passed up as the prime award requires; an
    # aircraft's registration filed with the aviation authority
    (_EN_PREAMBLE + "Article 8 Personnel\n1. Researchers and students of the University visiting the Republic of "
     "Suvarna, and officers of the Sponsor visiting Japan, shall comply with the laws of the host country and with the "
     "rules of the host institution, including its rules on safety, information security and export control.\n"
     + _EN_TERM, "LAW-02", False, "en-each-sides-visitors-under-the-host-countrys-laws"),
    (_JA_PREAMBLE + "第8条（人員）\n１　スヴァルナ共和国を訪問する甲の研究者及び学生並びに日本を訪問する乙の職員は、受入国の法令並びに安全、"
     "情報セキュリティ及び輸出管理に関する規則を含む受入機関の規則を遵守する。\n", "LAW-02", False,
     "ja-each-sides-visitors-under-the-host-countrys-laws"),
    (_EN_PREAMBLE + "Article 7 Reports\n7.3 Sponsor may forward reports received under this Article to the Ministry as "
     "required by the Prime Award.\n" + _EN_TERM, "EXP-05", False, "en-reports-passed-up-as-the-prime-award-requires"),
    (_JA_PREAMBLE + "第5条（運航）\n２　乙は、本機材の機体識別情報及び飛行計画を民間航空庁に届け出るものとし、甲は、当該届出に必要な情報を乙に"
     "提供する。\n", "DAT-03", False, "ja-an-aircrafts-registration-filed-with-the-aviation-authority"),
    # set 1623: the partner's waivers case by case beside ours in full; its discipline given effect at ours unexamined;
    # a notice period is no time commitment
    (_EN_PREAMBLE + "Article 6 Fees\n6.2 The University shall waive all tuition fees for Dual Degree Students of the "
     "Sponsor and shall provide them with free housing.\n6.3 The Sponsor will consider waiving tuition and hostel fees "
     "for University Dual Degree Students on a case-by-case basis in accordance with its fee regulations.\n" + _EN_TERM,
     "REC-01", True, "en-the-partners-waivers-case-by-case"),
    (_EN_PREAMBLE + "Article 10 Discipline\n10.3 Any disciplinary measure imposed by the Sponsor on a University Dual "
     "Degree Student, including suspension or expulsion, shall be recognised by the University and given the same effect "
     "in respect of the student's enrolment at the University without further inquiry by the University.\n" + _EN_TERM,
     "CMP-01", True, "en-the-partners-discipline-given-effect-at-ours-unexamined"),
    (_JA_PREAMBLE + "第6条（学位審査）\n２　甲及び乙は、審査の日程を、少なくとも3か月前までに相互に通知する。\n", "PER-01", False,
     "ja-a-notice-period-is-no-time-commitment"),
    # set 1624: an order form's existence and pricing kept secret
    (_EN_PREAMBLE + "10. Confidentiality. Each party shall keep confidential any non-public information it receives "
     "from another party under this Order Form. The existence of this Order Form, its pricing and the identity of the "
     "parties to it shall also be kept confidential and shall not be disclosed to any third party other than a party's "
     "legal and financial advisers.\n" + _EN_TERM, "CON-01", True, "en-an-order-forms-existence-and-pricing-kept-secret"),
    # set 1625: our seconded researcher may report nothing home; on call for years after coming back; work under the
    # host's direction, safety measures at its site and home leave are a secondment's own
    (_JA_PREAMBLE + "第6条（派遣研究者の義務）\n３　派遣研究者は、乙の業務に関して知り得た情報は、公表されたものを除き、乙の事前の書面による"
     "承認なく、甲を含むいかなる者にも報告し、又は提供してはならない。\n", "COI-01", True,
     "ja-our-seconded-researcher-may-report-nothing-home"),
    (_EN_PREAMBLE + "15. After your secondment. For three (3) years after the end of your secondment, you agree to remain "
     "available to the Sponsor as a part-time Associate Expert for up to sixty (60) working days a year, at its site or "
     "remotely as it may request.\n" + _EN_TERM, "PER-01", True, "en-on-call-for-years-after-coming-back"),
    (_JA_PREAMBLE + "第5条（服務）\n２　派遣研究者は、派遣期間中、乙の規則に従い、乙の指揮監督の下で職務を行う。\n", "PER-01", False,
     "ja-a-secondee-works-under-the-hosts-direction"),
    (_JA_PREAMBLE + "第7条（安全）\n２　乙は、派遣先施設における派遣研究者の安全衛生及び放射線防護について、乙の規則及び所在国の法令に従い必要な"
     "措置を講ずる。\n", "CMP-01", False, "ja-the-hosts-safety-measures-for-our-secondee"),
    (_EN_PREAMBLE + "5. Working hours, leave and travel. You will be entitled to annual leave. If your secondment lasts for "
     "24 months or more, the Sponsor will pay for one home-leave journey to Japan for you and your family members.\n"
     + _EN_TERM, "FUN-04", False, "en-home-leave-for-a-secondee-and-family"),
    # set 1626: our share given up though ours are among the inventors
    (_JA_PREAMBLE + "第12条（知的財産権の帰属）\n２　ただし、本ロボットの機構に関する発明等については、甲の研究担当者が発明者に含まれる場合で"
     "あっても乙に単独で帰属するものとし、甲は、当該発明等に係る持分を乙に無償で譲渡するものとする。\n", "IP-01", True,
     "ja-our-share-given-up-though-ours-are-among-the-inventors"),
    (_JA_PREAMBLE + "第12条（知的財産権の帰属）\n２　ただし、本ロボットの機構に関する発明等については、甲の研究担当者が発明者に含まれる場合で"
     "あっても乙に単独で帰属するものとする。\n", "IP-06", False, "ja-who-owns-whatever-the-inventors-is-no-credit"),
    # the same mechanisms in the other language, and a contribution at the partner's discretion after all of ours
    (_EN_PREAMBLE + "Article 12 Data Release\n12.2 Seabed data shall be released on the later of two years after "
     "acquisition and the date on which the Sponsor approves their release.\n" + _EN_TERM, "PUB-02", True,
     "en-release-on-the-later-of-two-years-and-the-partners-leave"),
    (_JA_PREAMBLE + "第11条（データの複製）\n２　甲は、解析に必要な複製物を保持することができる。ただし、事業終了時に当該複製物を消去し、"
     "その後の利用には乙の承認を要する。\n", "DAT-05", True, "ja-our-copies-erased-and-later-use-by-the-partners-leave"),
    (_JA_PREAMBLE + "第10条（データの提供）\n３　本事業で取得した観測データは、未公開のものを含め、乙の国の海軍水路局から求めがあるときはいつでも"
     "同局に提供する。\n", "DAT-04", True, "ja-data-to-the-navys-office-whenever-it-asks"),
    (_JA_PREAMBLE + "第9条（残余検体）\n２　乙は、残余検体を、被験者が将来の研究への利用に同意しているか否かにかかわらず、遺伝子解析を含む"
     "他の研究に利用することができる。\n", "DAT-03", True, "ja-samples-used-whether-or-not-the-subject-consented"),
    (_JA_PREAMBLE + "第10条（懲戒）\n３　乙が対象学生に対して行った懲戒処分は、甲においても同一の効力を有するものとし、甲は独自の調査を"
     "行わない。\n", "CMP-01", True, "ja-the-partners-discipline-given-effect-at-ours-unexamined"),
    (_JA_PREAMBLE + "第15条（帰任後の協力）\n派遣研究者は、帰任後3年間、乙の求めに応じ、年間60日を上限として乙の業務に従事する。\n",
     "PER-01", True, "ja-on-call-for-years-after-coming-back"),
    (_EN_PREAMBLE + "Article 3 Contributions\n3.1 The University shall deliver to the Sponsor a copy of every annotation "
     "set and model checkpoint that it creates, and grants the Sponsor a perpetual, irrevocable licence to use and "
     "commercialise them. The Sponsor may, at its discretion, provide the University with compute credits.\n" + _EN_TERM,
     "REC-01", True, "en-compute-credits-at-the-partners-discretion-for-all-we-make"),
    # set 1622: a fee paid to each of our researchers in person
    (_JA_PREAMBLE + "第7条（謝金）\n２　乙は、派遣研究者が乙の職員に対して行う技術指導の対価として、派遣研究者各人に対し、１人１日当たり150米ドル"
     "の謝金を、乙の指定する方法により直接支払う。\n", "COI-03", True, "ja-a-fee-paid-to-each-of-our-researchers-in-person"),
    # set 1627: shipment not to wait for any classification; a plant's products and a manufacturer's platform improvements
    (_EN_PREAMBLE + "5. Starting Materials\n5.3 The University shall ship the Starting Materials to Sponsor's facility "
     "within ten (10) business days after Sponsor's written call-off. The Parties have agreed that the Starting Materials "
     "are non-pathogenic research materials, and shipment shall not be withheld or made conditional on any further "
     "internal classification, review or approval on the University's side.\n" + _EN_TERM, "EXP-01", True,
     "en-shipment-not-to-wait-for-any-classification"),
    (_EN_PREAMBLE + "Article 8 Intellectual Property\n8.3 All Platform Improvements shall be owned by Sponsor.\n" + _EN_TERM,
     "IP-01", False, "en-a-manufacturers-platform-improvements"),
    # set 1628: berths only if any are left after the partner's own needs; data collected on its vessel deemed its own
    (_EN_PREAMBLE + "Article 4 Logistics\n4.2 The University shall reserve for Sponsor Personnel not fewer than six (6) "
     "bunks at the Station during each Season.\n4.3 Sponsor will offer berths aboard the Vessel to University Personnel, "
     "to the extent that berths remain available after the requirements of Sponsor's national expedition have been met, "
     "the number and allocation of such berths being determined by Sponsor.\n" + _EN_TERM, "REC-01", True,
     "en-berths-only-if-any-are-left-after-the-partners-needs"),
    (_EN_PREAMBLE + "Article 2 Definitions\n(e) \"Originating Party\" means, in relation to any Observation Data, the Party "
     "whose personnel collected the data, provided that Observation Data collected aboard the Vessel or by means of "
     "instruments installed on the Vessel shall be treated as originating from Sponsor.\n" + _EN_TERM, "DAT-05", True,
     "en-data-collected-on-the-partners-vessel-deemed-its-own"),
    # set 1629: research tools to governmental customers in any country, our consent overridden
    (_EN_PREAMBLE + "Clause 8. Research Tools\n(c) Notwithstanding Clause 7(d), Sponsor may make the Research Tools, and "
     "any Foreground IP embodied in them, available to its Affiliates and to its customers, including governmental "
     "customers, in any country in connection with Sponsor's services.\n" + _EN_TERM, "EXP-05", True,
     "en-research-tools-to-governmental-customers-in-any-country"),
    # set 1632: a pilot plant and its products are the partner's property, no results
    (_EN_PREAMBLE + "Article 6 Pilot Plant\n6.1 Sponsor shall design, construct, own and operate the Pilot Plant. Title to "
     "the Pilot Plant and to all products of the Pilot Plant shall vest in Sponsor.\n" + _EN_TERM, "IP-01", False,
     "en-a-pilot-plant-and-its-products"),
    # set 1633: a provider keeping every right in its data; the partner's own ethics approval under its own law
    (_JA_PREAMBLE + "第5条（権利の帰属）\n本データに関する一切の権利は甲に帰属し、本契約に基づく本データの提供は、本契約に明示的に定める利用の許諾"
     "を除き、乙に対していかなる権利を譲渡し、又は許諾するものでもない。\n", "DAT-01", False,
     "ja-every-right-in-the-data-stays-with-us"),
    (_JA_PREAMBLE + "第6条（倫理審査）\n２　乙は、本データの受領に先立ち、本研究について乙の所在国の法令に基づき必要とされる倫理審査の承認を得て、"
     "その写しを甲に提出する。\n", "LAW-02", False, "ja-the-partners-own-ethics-approval-under-its-law"),
    # set 1634: nothing published until the funder says its committee accepted it; a team's business contacts; an
    # open-access heading
    (_EN_PREAMBLE + "Article 7 Publication\n7.3 The University shall not publish the Translation, or permit any "
     "publisher to publish it, until Sponsor has notified the University in writing that the final manuscript has been "
     "accepted following the Committee's examination.\n" + _EN_TERM, "PUB-01", True,
     "en-nothing-published-until-the-funder-accepts-it"),
    (_EN_PREAMBLE + "Article 13 Personnel\n13.1 The University shall provide Sponsor with the names, positions, "
     "institutional affiliations and business contact details of the members of the translation team, and such other "
     "information as is needed for the administration of the grant.\n" + _EN_TERM, "DAT-03", False,
     "en-a-teams-business-contacts-for-the-grant"),
    (_EN_PREAMBLE + "Article 8 (Open Access)\nThe Parties shall endeavour to make the results of their cooperation openly "
     "available, after any embargo period agreed with the publisher, in the University's institutional repository and "
     "in Sponsor's online library.\n" + _EN_TERM, "DAT-01", False, "en-an-open-access-heading"),
    # found by stop 61's regression run (set 495): a grant's term to the later of a date and the funder's approval of
    # the final report
    (_EN_PREAMBLE + "Article 3 Term\n3.1 This Agreement comes into force on signature and, unless terminated earlier, "
     "continues until the later of (a) 31 October 2028 and (b) the date on which Sponsor approves the Final Report and "
     "pays the final Instalment.\n", "PUB-02", False, "en-a-term-to-the-funders-approval-of-the-final-report"),
    # set 1635: a loaned test rig moved to the partner's group; our know-how for its group's production; a handover with
    # no review; the partner's employees sent to us with our consent
    (_JA_PREAMBLE + "第8条（試験装置の貸与）\n４　乙は、本試験装置を、前項の設置場所のほか、乙の関係会社が保有する試験施設に移設して使用する"
     "ことができる。\n", "EXP-05", True, "ja-a-loaned-rig-moved-to-the-partners-group"),
    (_JA_PREAMBLE + "第12条（知的財産権）\n２　前項の規定にかかわらず、甲は、乙及び乙の関係会社に対し、本研究の過程で甲が乙に開示した積層材の"
     "接着工程に関する甲のノウハウ（別表第2に掲げるものを含む。）を、乙及び乙の関係会社が製造するブレードの設計、製造及び品質管理のために"
     "無償で使用する非独占的な権利を許諾する。\n", "IP-02", True,
     "ja-our-know-how-for-the-partner-groups-production"),
    (_EN_PREAMBLE + "3. Software\n3.1 The University shall deliver the source code of the rig control software by 15 "
     "April 2026.\n3.2 The Parties agree that the delivery under paragraph 3.1 forms part of the loan of the Rig and that "
     "no further approval or review by either Party shall be required for it.\n" + _EN_TERM, "EXP-01", True,
     "en-a-handover-with-no-review"),
    (_JA_PREAMBLE + "第6条（研究担当者）\n２　乙は、甲の事前の書面による承諾を得て、乙の従業員を研究担当者として甲の研究実施場所に派遣すること"
     "ができる。\n", "PER-01", False, "ja-the-partners-employees-sent-to-us-with-our-consent"),
    # set 1637: technical data never withheld; our unlimited indemnity; a secrecy carve-out for the partner's ministries;
    # images published after the partner's review approves them; a student's form, the student ours; contacts' details
    (_EN_PREAMBLE + "Article 6 Safety Review\n6.3 The University shall not withhold or redact any part of the requested "
     "technical data, including data relating to components procured from third-party suppliers.\n" + _EN_TERM,
     "EXP-01", True, "en-technical-data-never-withheld"),
    (_EN_PREAMBLE + "Article 11 Liability\n11.3 The University shall indemnify Sponsor and its Government, without limit "
     "as to amount or time, against any claim for damage caused by the CubeSat.\n" + _EN_TERM, "REC-03", True,
     "en-our-unlimited-indemnity"),
    (_EN_PREAMBLE + "Article 13 Confidentiality\n13.4 Nothing in this Article shall restrict Sponsor from making "
     "Confidential Information received from the University, including technical data, available to other ministries "
     "and agencies of its Government and to foreign space agencies.\n" + _EN_TERM, "EXP-05", True,
     "en-a-secrecy-carve-out-for-the-partners-ministries"),
    (_JA_PREAMBLE + "第8条（画像の公表）\n甲は、取得画像を公表しようとするときは、公表予定日の30日前までに乙に申請し、乙の画像公開審査による"
     "承認を得るものとする。\n", "PUB-01", True, "ja-images-published-after-the-partners-review-approves"),
    (_JA_PREAMBLE + "第11条（個人情報の取扱い）\n甲及び乙は、運用上の連絡のために相互に提供する担当者の氏名、連絡先その他の個人情報を、本覚書の"
     "目的の範囲内でのみ取り扱う。\n", "DAT-03", False, "ja-contact-persons-details-for-running-the-project"),
    # set 1638: the ministry approves the research questions
    (_EN_PREAMBLE + "Article 3 Governance\n3.4 The research questions for each Work Package, and any replacement of Key "
     "Personnel, shall be subject to the prior approval of the Ministry Liaison Officer.\n" + _EN_TERM, "FUN-06", True,
     "en-the-ministry-approves-the-research-questions"),
    # set 1640: every nominee admitted; passports held by the agency
    (_EN_PREAMBLE + "Article 4 Admission\n4.3 The University shall admit to the Programme each Candidate named on the final "
     "nomination list.\n" + _EN_TERM, "PER-03", True, "en-every-nominee-admitted"),
    (_EN_PREAMBLE + "Article 7 Trainees\n7.3 Each Trainee's passport shall be held by the Sponsor's Japan liaison officer "
     "throughout the Programme in accordance with the Sponsor's Trainee Welfare Policy.\n" + _EN_TERM, "CMP-01", True,
     "en-passports-held-by-the-agency"),
    # set 1641: papers only after the committee approves; no research in the field for three years after
    (_EN_PREAMBLE + "Article 14 Publications\n14.3 A draft Publication may be submitted to a journal only after the "
     "Steering Committee has approved it, and the Steering Committee may approve it, approve it subject to the "
     "amendments it specifies, or withhold its approval.\n" + _EN_TERM, "PUB-01", True,
     "en-papers-only-after-the-committee-approves"),
    (_EN_PREAMBLE + "Article 12 Duration of Commitments\n12.3 During the Project Term and for three (3) years after its expiry or "
     "termination, no Research Party shall, alone or together with any third party, undertake research or development "
     "concerning the recovery of lithium from batteries, other than within the Project.\n" + _EN_TERM, "PUB-04", True,
     "en-no-research-in-the-field-for-three-years-after"),
    # set 1644: a foreign regime's nationality bans applied to our own users in Japan
    (_JA_PREAMBLE + "第7条（輸出管理）\n２　甲は、米国輸出管理規則に定める国グループE:1又はE:2に属する国の国籍を有する者（当該国以外の"
     "国籍を併せて有する者及び日本国内に居住する者を含む。）を利用者として登録してはならない。\n", "LAW-02", True,
     "ja-their-nationality-bans-on-our-users"),
    # set 1646: a visitor's reports to the company's group wherever located; a visitor's copies of our data taken home
    (_EN_PREAMBLE + "Article 9 Reports\n9.2 Sponsor may share those reports, and any results belonging to it under "
     "Article 7, with other companies in the Halvard group, wherever located, without further reference to the "
     "University.\n" + _EN_TERM, "EXP-05", True, "en-results-to-companies-of-its-group-wherever-located"),
    (_JA_PREAMBLE + "第7条（研究データ）\n私は、研究データを甲の指定するサーバに保存する。ただし、受入期間の終了時には、私が自ら取得した"
     "実験データの写しを、受入教員に届け出た上で、所属機関に持ち帰ることができるものとする。\n", "EXP-01", True,
     "ja-a-visitors-copies-of-our-data-taken-home-on-notice"),
    (_EN_PREAMBLE + "Article 7 Research Data\n7.1 However, at the end of my stay I may take copies of the experimental "
     "data that I have personally acquired back to my home institution, after notifying my host supervisor.\n"
     + _EN_TERM, "EXP-01", True, "en-a-visitors-copies-of-our-data-taken-home-on-notice"),
    # set 1647: the money paid only while our researchers staff a laboratory inside the partner's centre
    (_JA_PREAMBLE + "第4条（研究経費）\n乙は、研究経費を負担する。\n第5条（共同研究室）\n甲及び乙は、乙の研究開発センター内に共同研究室を設置する。\n２　甲は、甲の研究担当者が共同研究室に"
     "おいて継続的に研究に従事する体制を整えるものとする。\n３　乙は、前項の体制が整ったことを確認した後に、研究経費を甲に支払うものとし、"
     "甲が前項の体制を維持しなくなったときは、未払の研究経費の支払を停止することができる。\n", "FUN-02", True,
     "ja-paid-only-while-we-staff-their-lab"),
    # set 1648: the partner's users read our whole archive, other projects' data included
    (_JA_PREAMBLE + "第4条（アカウント）\n2 乙の利用者のアカウントには、甲の共有ストレージに保管される観測データアーカイブ（甲が他の研究"
     "プロジェクトのために取得し又は保管するデータを含む。）の全領域に対する読出し権限を付与するものとする。\n", "DAT-01", True,
     "ja-our-whole-archive-other-projects-included"),
    # set 1649: the payments the law makes public published by the sponsor alone; a device maker's vigilance reports;
    # a trial's records the sponsor's
    (_EN_PREAMBLE + "Article 12 Confidentiality\n12.3 The University shall not disclose the amounts payable under this "
     "Agreement to any third party, and any publication of payment information required under the Clinical Trials Act "
     "shall be made by Sponsor alone.\n" + _EN_TERM, "CON-03", True, "en-only-the-sponsor-publishes-what-the-law-requires"),
    (_JA_PREAMBLE + "第13条（研究データ）\n３　乙は、本研究データを、本機器の安全性及び有効性の評価並びに各国の規制当局に対する申請及び"
     "報告の目的で利用することができる。\n", "DAT-04", False, "ja-a-device-makers-reports-to-its-regulators"),
    (_EN_PREAMBLE + "Article 9 Safety\n9.3 Sponsor shall report to competent authorities in the European Union as "
     "required by the MDR, and shall promptly inform the University of any information that may affect the safety of "
     "Subjects, including serious incidents, wherever they occur.\n" + _EN_TERM, "DAT-04", False,
     "en-a-device-makers-reports-to-its-regulators"),
    (_EN_PREAMBLE + "Article 10 Investigation Data\n10.2 Investigation Data, and all eCRFs, reports and System log files "
     "generated in the course of the Investigation, shall be the property of Sponsor.\n" + _EN_TERM, "IP-01", False,
     "en-a-trials-records-the-sponsors"),
    # set 1650: the funder's own candidates admitted; the syllabus changed as the funder requires; a release only once
    # the partner approves; scholars' passports and family income abroad; everything refunded, the spent included;
    # a renewal for five more years, no lock-in
    (_EN_PREAMBLE + "Article 4 Selection of Scholars\n4.2 Sponsor will confirm the final list of Scholars and may, at "
     "its discretion, add up to four (4) candidates of its own choosing, whom the University agrees to admit to the "
     "Programme as Scholars.\n" + _EN_TERM, "FUN-06", True, "en-the-funders-own-candidates-admitted"),
    (_EN_PREAMBLE + "Article 5 Programme\n5.2 The Parties shall incorporate such changes to the syllabus, lecturers "
     "and materials as the Foundation may require for the Summer School to remain eligible for the Scholarships.\n"
     + _EN_TERM, "FUN-06", True, "en-the-syllabus-changed-as-the-funder-requires"),
    (_EN_PREAMBLE + "Article 9 Publications\n9.3 Any press release, article or other publication concerning the Programme "
     "shall be released only after it has been approved in writing by Sponsor.\n" + _EN_TERM, "PUB-01", True,
     "en-released-only-after-the-partner-approves"),
    (_EN_PREAMBLE + "Article 7 Reports\n7.2 The University will send Sponsor's office in Singapore a report for every "
     "Scholar, giving the Scholar's full name, date of birth, nationality, passport number, home address and "
     "household income band.\n" + _EN_TERM, "DAT-03", True, "en-scholars-passports-and-family-income-abroad"),
    (_EN_PREAMBLE + "Article 8 Withdrawal\nFunds unspent at the end of an edition may be carried forward.\nShould the "
     "University withdraw from the Programme for any reason, the University shall refund to Sponsor all sums paid "
     "under this Agreement, including sums already disbursed to Scholars, together with interest at eight per cent.\n"
     + _EN_TERM, "TRM-04", True, "en-everything-refunded-the-spent-included"),
    (_JA_PREAMBLE + "第12条（有効期間）\n２　有効期間の満了の6か月前までに、いずれの当事者からも書面による別段の申出がないときは、本契約は"
     "同一の条件をもって更に5年間継続するものとし、その後も同様とする。\n第13条（終了）\nいずれの当事者も、6か月前までに書面により通知する"
     "ことにより、本契約を終了させることができる。\n", "TRM-01", False, "ja-a-renewal-for-five-more-years-is-no-lock-in"),
    # set 1645: an addendum disclosable to regulators and funders, "otherwise confidential"
    (_EN_PREAMBLE + "Article 17 General\n17.3 Each Party may disclose this Addendum to a supervisory authority, to its "
     "ethics committees and funding bodies and to its auditors. The terms of this Addendum are otherwise confidential "
     "between the Parties.\n" + _EN_TERM, "CON-01", False, "en-an-addendum-disclosable-to-regulators-and-funders"),
    # set 1651: a web notice for the donors' consent to the transfer abroad; our data kept in the partner's models;
    # programmes added to the purpose by e-mail
    (_JA_PREAMBLE + "第3条（提供）\n甲は、対象患者の仮名加工情報を大韓民国にある乙の解析環境に提供する。\n２　前項の提供に当たっては、対象"
     "患者からの個別の同意は取得しないものとし、甲病院のウェブサイトに本研究の概要を掲載することをもって対象患者への周知に代えるものとする。\n",
     "DAT-03", True, "ja-a-web-notice-for-the-consent-to-a-transfer-abroad"),
    (_EN_PREAMBLE + "Article 12 Term\n12.5 Sponsor shall delete all Data on termination; provided, however, that Sponsor "
     "shall not be required to delete Data to the extent incorporated into Derived Data, trained analytical models or "
     "archival back-up systems, and Sponsor may continue to use such Derived Data and models without restriction "
     "following expiration or termination.\n" + _EN_TERM, "TRM-04", True, "en-our-data-kept-in-its-models-after-the-end"),
    (_EN_PREAMBLE + "Article 2 Purpose\n2.4 The Project Leads may from time to time designate, by written notice "
     "exchanged by e-mail, additional research programs, and each program so designated shall be deemed to be included "
     "in the Permitted Purpose without the need for any further amendment to the Agreement.\n" + _EN_TERM, "TRA-03",
     True, "en-programmes-added-to-the-purpose-by-e-mail"),
    # set 1652: installation costs repaid on an early return; the partner's vetted staff sent to us are no time we owe
    (_EN_PREAMBLE + "Article 13 Return\n13.5 If the Equipment is returned before the end of the Loan Period for any "
     "reason other than termination by the University under Section 13.2 or termination by either Party under Section "
     "13.3, the University shall reimburse Sponsor for the unamortised portion of the installation, facilitisation and "
     "de-installation costs stated in Schedule 2, calculated on a straight-line basis over thirty-six (36) months, "
     "together with the costs of crating and return shipment.\n" + _EN_TERM, "TRM-04", True,
     "en-installation-costs-repaid-on-an-early-return"),
    (_JA_PREAMBLE + "第4条（受入れ）\n３　乙が甲に派遣する研究者等のうち、乙の社内規程に基づく適格性審査を経た者については、乙がその旨を記載した"
     "証明書を甲に提出するものとする。\n", "PER-01", False, "ja-the-partners-vetted-staff-sent-to-us"),
    # set 1653: a payment letter kept out of the agreement and the reports to funders
    (_EN_PREAMBLE + "Article 10 Confidentiality of this Letter\nThe parties shall treat this letter as confidential, and "
     "this letter shall not be annexed to the Agreement or referred to in any report that a party makes to its funding "
     "bodies or supervising ministry.\n" + _EN_TERM, "CON-01", True, "en-a-letter-kept-out-of-the-reports-to-funders"),
    # set 1654: our data moved to sites abroad the partner names; a facility's acceptable-use policy
    (_JA_PREAMBLE + "第6条（データの保管）\n２　前項にかかわらず、乙は、運用上必要と認めるときは、学習用データ及びその複製物を、乙の"
     "指定する国内外の拠点又は乙の委託先の設備に移管し、保管することができる。この場合において、乙は、移管先を甲に通知することを要しない。\n",
     "DAT-02", True, "ja-our-data-moved-to-sites-abroad-it-names"),
    (_EN_PREAMBLE + "Article 7 Conduct\n(b) You will comply with Sponsor's acceptable-use policy for the facility. Where "
     "any of those rules conflicts with Japanese law or with University rules, you will inform the University and "
     "Sponsor, and the matter will be resolved between them.\n" + _EN_TERM, "CMP-01", False,
     "en-a-facilitys-acceptable-use-policy-clashes-settled-between-them"),
    # set 1655: a paper held until official statistics appear; released outputs and drafts deleted; data kept for as
    # long as the partner's rules say; a duty to hand over denied
    (_EN_PREAMBLE + "Article 10 Publication\n10.3 The Committee shall confirm each manuscript at its quarterly meetings; "
     "provided, however, that the Committee may withhold its confirmation until such statistics are released.\n"
     + _EN_TERM, "PUB-02", True, "en-a-paper-held-until-official-statistics-appear"),
    (_EN_PREAMBLE + "Article 14 Termination\n14.3 Within thirty (30) days after expiry, the University shall permanently "
     "delete all Approved Outputs, together with any tables, figures, draft manuscripts and other materials derived "
     "from them.\n" + _EN_TERM, "DAT-05", True, "en-our-released-outputs-and-drafts-deleted"),
    (_JA_PREAMBLE + "第8条（保存）\n２　乙は、本研究の終了後も、甲データ及び統合データを、乙の内部規程に定める期間、解析環境内に保存することが"
     "できる。\n", "DAT-02", True, "ja-kept-for-as-long-as-the-partners-rules-say"),
    (_JA_PREAMBLE + "第9条（検査）\n４　甲は、甲病院内に保存する情報を乙又は大韓民国の政府機関に提出する義務を負わない。\n", "DAT-04", False,
     "ja-a-duty-to-hand-over-denied"),
    # set 1657: course materials rewritten by the partner's political office
    (_EN_PREAMBLE + "Article 6 Courses\n6.4 Sponsor may revise, replace or withdraw any part of the Course Materials, "
     "reading lists or examination questions that its Office of Political and Student Affairs considers inappropriate "
     "to the orientation of higher education in its country, without the need for the University's consent.\n"
     + _EN_TERM, "PUB-03", True, "en-course-materials-rewritten-by-its-political-office"),
    # set 1658: standing access to all we hold; contributions for the rest of the period; researchers we may not
    # refuse; a consortium policy's onward transfer and its states' access; a quota given to us
    (_EN_PREAMBLE + "Annex 1 Consortium Rules\nSection 5 Data\n5.2 Each Full Member shall grant the Secretariat "
     "standing read access to all observational data it holds for the Consortium Area, including data not yet "
     "submitted to the Consortium Data Portal.\n" + _EN_TERM, "DAT-01", True, "en-standing-access-to-all-we-hold"),
    (_EN_PREAMBLE + "Article 11 Withdrawal\n11.2 The University, if its withdrawal takes effect before the end of its "
     "Commitment Period, shall remain liable for the annual contributions falling due for the remainder of that "
     "Commitment Period.\n" + _EN_TERM, "TRM-04", True, "en-contributions-for-the-rest-of-the-period"),
    (_JA_PREAMBLE + "第5条（配乗）\n２　甲は、運営委員会が選定した配乗研究者について、医学上又は航海の安全上の理由がある場合を除き、その乗船を"
     "拒むことができない。\n", "PER-03", True, "ja-researchers-we-may-not-refuse"),
    ("DATA POLICY\nRule 8 Onward Sharing\n8.1 A Full Member may make restricted data available to other institutions "
     "taking part in its national research programme, without seeking the consent of the Data Originator.\n"
     "Rule 13 Authorities\n13.1 Where a public authority of the State in which a Member is established requires access "
     "to Consortium Data, that Member may provide the data in accordance with the laws of that State.\n", "EXP-05",
     True, "en-a-policys-onward-sharing-without-the-originator"),
    ("DATA POLICY\nRule 8 Onward Sharing\n8.1 Members keep the data they receive.\n"
     "Rule 13 Authorities\n13.1 Where a public authority of the State in which a Member is established requires access "
     "to Consortium Data, that Member may provide the data in accordance with the laws of that State.\n", "DAT-04",
     True, "en-a-policys-states-access-to-the-data"),
    (_JA_PREAMBLE + "第7条（観測機会）\n乙は、甲に対し、観測基地における年間40人日以上の滞在及び年間4名の乗船枠を提供する。\n", "PER-01",
     False, "ja-a-quota-of-station-days-given-to-us"),
    # found by stop 62's regression run, once "the" on the line above a party's name is read with it: the gift's amount
    # kept out of announcements; our free use of everything, the partner's own included
    (_EN_PREAMBLE + "Article 12 Publicity\n12.1 The University shall not publicly announce the amount of the Gift without "
     "the prior consent of the\nSponsor.\n" + _EN_TERM, "PUB-01", False, "en-the-gifts-amount-kept-out-of-announcements"),
    (_EN_PREAMBLE + "Article 9 Intellectual Property\n9.6 The University may use all Project Results and Foreground IP, "
     "including Foreground IP owned by the\nSponsor, free of charge for the purposes of non-commercial research.\n"
     + _EN_TERM, "IP-01", False, "en-our-free-use-of-everything-theirs-included"),
    # set 1659: the licensee's state producers given our package; trainees in our labs for whatever the partner finds useful
    (_EN_PREAMBLE + "Article 3 Licence\n3.3 Where the Ministry designates other Public Producers, Sponsor may grant "
     "sub-licences to such Public Producers and may furnish them with the Technology Transfer Package, the Know-How and "
     "any University Improvements, by written notice to the University and without need of its further consent.\n"
     + _EN_TERM, "EXP-05", True, "en-our-package-to-the-producers-its-ministry-names"),
    (_EN_PREAMBLE + "Section 7 Facilities\n7.3 Trainees may use the University laboratories and instruments, and may "
     "consult the electronic laboratory notebook and process data archive, for such further activities as Sponsor's "
     "Programme Coordinator considers useful.\n" + _EN_TERM, "DAT-01", True, "en-our-labs-for-whatever-they-find-useful"),
    # set 1660: our technical data to the partner's related entities anywhere; an embargo extended at will; the partner
    # named creator of the datasets
    (_EN_PREAMBLE + "Article 8 Transfers\n8.3 Sponsor may furnish any Technical Data or goods received under this "
     "Arrangement to its Related Entities, in its own country or elsewhere, to the extent Sponsor considers useful, "
     "without further reference to the University.\n" + _EN_TERM, "EXP-05", True,
     "en-our-technical-data-to-its-related-entities-anywhere"),
    ("DATA MANAGEMENT PLAN\n5. Proprietary Period\n5.2 The Agency may extend the Proprietary Period for any data set for "
     "such further period as the Agency determines to be necessary in the interests of the Mission.\n", "PUB-02", True,
     "en-an-embargo-extended-at-will"),
    ("DATA MANAGEMENT PLAN\n7. Identification\n7.2 The archive records and DOI metadata shall name the Agency as the "
     "creator and publisher of each dataset; members of the Instrument Team may be listed as contributors at the "
     "discretion of the Science Office.\n", "IP-06", True, "en-the-partner-named-creator-of-our-data"),
    # set 1661: interviewees and questions from the partner's lists; the archive's terms deemed consent
    (_JA_PREAMBLE + "第6条（聞き取り）\n２　協力者の選定及び質問項目の設定に当たっては、乙が基金会と事前に協議し、その意見を踏まえて作成する"
     "候補者名簿及び質問票を基礎とするものとし、甲はこれに従って聞き取りを実施する。\n", "FUN-06", True,
     "ja-interviewees-and-questions-from-their-lists"),
    (_EN_PREAMBLE + "Article 3 Deposit\n3.4 The University may nonetheless deposit the complete Materials, and "
     "Sponsor's standard access conditions shall be treated as satisfying any further consent requirement.\n"
     + _EN_TERM, "DAT-03", True, "en-the-archives-terms-deemed-consent"),
    # set 1662: papers changed or withheld for the partner's product plans; originals without blurring; an amendment's
    # override of the transfer agreement; points near defence sites removed
    (_JA_PREAMBLE + "第14条（公表）\n３　乙は、公表内容が乙の製品開発計画に照らして適当でないと判断するときは、甲に対し、公表内容の修正又は"
     "公表の見合わせを求めることができ、甲は、これに従うものとする。\n", "PUB-01", True,
     "ja-papers-changed-for-the-partners-product-plans"),
    (_EN_PREAMBLE + "Clause 4 Blurring\n4.4 Where Sponsor shows that blurring impairs annotation, the University shall "
     "provide Sponsor with the corresponding original frames without blurring.\n" + _EN_TERM, "DAT-03", True,
     "en-original-frames-without-blurring"),
    (_EN_PREAMBLE + "Article 5 LiDAR\n5.2 Notwithstanding Clause 9 of the DTA, Sponsor may make Processed LiDAR Data, the "
     "point-cloud maps generated from it and any Model Results trained on it available to its Affiliates.\n"
     + _EN_TERM, "EXP-05", True, "en-an-amendments-override-of-the-transfer-terms"),
    (_EN_PREAMBLE + "Article 4 LiDAR\n4.1 Before any LiDAR Data is provided to Sponsor, the University shall remove all "
     "points located within the areas described in Appendix C, including areas surrounding Self-Defense Forces "
     "facilities.\n" + _EN_TERM, "EXP-02", False, "en-points-near-defence-sites-removed"),
    # set 1663: a paper held until the company withdraws its objection; the material passed to whoever the recipient
    # engages
    (_EN_PREAMBLE + "Article 11 Publication\n11.4 Sponsor may notify its objection, and the proposed Publication shall "
     "not be submitted for publication until Sponsor has withdrawn its objection.\n" + _EN_TERM, "PUB-01", True,
     "en-held-until-the-company-withdraws-its-objection"),
    (_EN_PREAMBLE + "Article 4 Use\n4.2 Sponsor may make the Material, and any Research Results relating to it, "
     "available to the operators of the pilot sites and to such other institutions and contractors as Sponsor may "
     "engage for the Field Programme.\n" + _EN_TERM, "EXP-05", True, "en-the-material-to-whoever-it-engages"),
    # set 1664: benchmarks kept unpublished; users' contact details; our results not passing to the provider
    (_EN_PREAMBLE + "Article 7 Benchmarks\n7.3 The University will not publish or otherwise disclose to any third party "
     "the results of any benchmark or performance comparison of the Service without Sponsor's prior written "
     "approval.\n" + _EN_TERM, "PUB-01", True, "en-benchmarks-we-will-not-publish-without-approval"),
    # found by the blind tests of set 1501 once "will not" reads as "shall not": comparisons kept out of advertising
    (_EN_PREAMBLE + "Article 8 Publicity\n8.2 The University will not publish, for advertising or marketing purposes, "
     "comparisons of the price or performance of the Services with those of other services without Sponsor's prior "
     "written approval.\n" + _EN_TERM, "PUB-01", False, "en-comparisons-kept-out-of-advertising"),
    (_JA_PREAMBLE + "第7条（利用者）\n２　乙は、利用資格の確認のため、甲に対し、利用者の氏名、所属及び電子メールアドレスの提供を求めることが"
     "できる。\n", "DAT-03", False, "ja-users-contact-details-for-the-account-check"),
    (_JA_PREAMBLE + "第8条（権利の帰属）\n回路データ及び研究成果に関する一切の権利は、甲又は利用者に帰属し、本覚書により乙に移転しない。\n",
     "IP-01", False, "ja-our-results-not-passing-to-the-provider"),
    # set 1665: a council's approval of changes; reports with unpublished results to the embassy; the fellow's IP the
    # council's even with our facilities; the fellow's terms kept from us; our own top-ups
    (_EN_PREAMBLE + "Article 4 Topics\n4.2 Any later change to the research topic, the Host Supervisor or the laboratory "
     "to which the Fellow is assigned shall take effect only after Sponsor has approved it in writing.\n" + _EN_TERM,
     "FUN-06", True, "en-changes-take-effect-only-after-the-council-approves"),
    (_JA_PREAMBLE + "第8条（報告）\n受入研究員は、四半期ごとに、研究の実施状況及び得られた研究成果（未発表のものを含む。）を乙及び乙の国の大使館"
     "に報告するものとする。\n", "PER-04", True, "ja-unpublished-results-reported-to-the-embassy"),
    (_JA_PREAMBLE + "第10条（知的財産）\n受入研究員が行った発明等に係る知的財産権は、甲の施設、設備又は資金を用いて行われたものを含め、乙に帰属"
     "するものとする。\n", "IP-01", True, "ja-the-fellows-ip-theirs-even-with-our-facilities"),
    (_EN_PREAMBLE + "Section 7 Confidentiality\n7.2 I shall keep the terms of this Undertaking, my stipend and any "
     "instructions from Sponsor strictly confidential and shall not disclose them to the Host Institution, any funding "
     "agency or any other third party.\n" + _EN_TERM, "COI-01", True, "en-a-fellows-terms-kept-from-the-host"),
    (_EN_PREAMBLE + "Section 8 Other Income\n8.2 I may accept a part-time appointment or a salary supplement offered by "
     "the Host Institution under its rules.\n" + _EN_TERM, "FUN-04", False, "en-a-supplement-from-the-host"),
    (_JA_PREAMBLE + "第5条（雇用）\n３　甲は、乙の奨学金の額が甲の定める給与水準を下回る場合、甲の規程に基づき、予算の範囲内で受入研究員を"
     "非常勤研究補助員として雇用し、給与を支給することができる。\n", "FUN-04", False, "ja-our-own-appointment-of-the-fellow"),
    # set 1666: fees paid by any nominee; the anchor members' veto over our leaders
    (_EN_PREAMBLE + "Section 4 Fees\n4.4 Membership Fees may be paid by the Member itself, by any of its Affiliated "
     "Entities, or by any other entity nominated by the Member, and payment by such nominee shall discharge the "
     "Member's obligation.\n" + _EN_TERM, "FUN-03", True, "en-fees-paid-by-any-nominee"),
    (_EN_PREAMBLE + "Section 8 Voting\n8.1 The appointment or replacement of a Work Package Leader (including a Work "
     "Package Leader from an Academic Member) shall require the affirmative vote of every Anchor Member.\n" + _EN_TERM,
     "FUN-06", True, "en-the-anchor-members-veto-our-leaders"),
    # set 1667: a cross-appointee's reports to our committees cut to what the company allows; samples sent unclassified
    (_JA_PREAMBLE + "第9条（秘密保持）\n３　前項の規定は、本件教員が甲の利益相反マネジメント委員会に対して必要な申告を行うことを妨げない。ただし、"
     "当該申告において乙の業務の具体的内容に触れる場合には、本件教員は、あらかじめ乙の書面による承諾を得るものとし、乙の承諾が得られない"
     "事項については申告の対象から除くものとする。\n", "CON-03", True, "ja-our-committees-told-only-what-the-partner-allows"),
    (_EN_PREAMBLE + "Article 4 Export Formalities\n4.1 The samples are research-grade formulations supplied for "
     "evaluation only, and the parties have agreed to treat them as non-controlled research samples, so that a separate "
     "classification by the University is not required before each dispatch.\n" + _EN_TERM, "EXP-01", True,
     "en-samples-sent-with-no-classification"),
    # set 1669: a laboratory holding a release until its review is done, and barring a visitor's exports until cleared;
    # our researchers on its facility under its rules
    (_EN_PREAMBLE + "Article 5 Export Control\n5.2 No technology subject to 10 CFR Part 810 will be released to the "
     "Visitor. If Sponsor considers that such release is necessary, the release shall not occur until its Export Control "
     "Office has completed a new review and any required authorization has been obtained.\n" + _EN_TERM, "EXP-01",
     False, "en-a-release-held-until-the-review-is-done"),
    (_EN_PREAMBLE + "Article 5 Export Control\n5.3 The Visitor shall not take or send outside the United States any "
     "item, software or technical data received at the Laboratory, other than published information, without "
     "confirmation from the Export Control Office.\n" + _EN_TERM, "EXP-01", False, "en-nothing-taken-out-until-cleared"),
    (_JA_PREAMBLE + "第7条（施設の利用）\n２　甲の研究者による照射施設及び乙の情報システムの利用は、乙の規程及び米国の関係法令に従い、乙が承認"
     "した範囲において行うものとする。\n", "CMP-01", False, "ja-our-researchers-on-the-partners-facility-under-its-rules"),
    # set 1670: the data handed to a shareholder "Pte. Ltd." and to any authority that asks
    (_EN_PREAMBLE + "Article 7 Sharing\n7.2 Sponsor may make the Transferred Dataset and Sponsor Models available to its "
     "Affiliates, to its principal shareholder Halcyon Ridge Ventures Pte. Ltd. and that shareholder's controlling entity, "
     "and to any public authority that requests access in the exercise of its official functions.\n" + _EN_TERM,
     "DAT-04", True, "en-data-to-a-shareholder-and-any-authority-that-asks"),
    # set 1671: our staff's courses fitted to the partner's ideology
    (_EN_PREAMBLE + "Article 6 Courses\n6.3 Syllabi and teaching materials for such courses shall be submitted to "
     "Sponsor's Office of Teaching Affairs four weeks before delivery and revised as it requests so that course content "
     "conforms to the ideological and political requirements applicable to courses taught at Sponsor.\n" + _EN_TERM,
     "CMP-01", True, "en-courses-fitted-to-the-partners-ideology"),
    # set 1672: a funding state passing our data to other states; papers held for its officer's concurrence
    (_EN_PREAMBLE + "Article 9 Data\n9.6 The Government may release the Project Data to the governments of other nations "
     "and to international organisations, and to the contractors of any of them, for use in training and exercises, "
     "without further notice to or consent of the University.\n" + _EN_TERM, "EXP-05", True,
     "en-our-data-to-other-states-without-our-consent"),
    (_EN_PREAMBLE + "Article 10 Publication\n10.4 The University shall not publish, present or otherwise release to the "
     "public any Designated Project Data until the Program Officer has given written concurrence.\n" + _EN_TERM,
     "PUB-01", True, "en-papers-held-for-the-program-officers-concurrence"),
    # set 1673: the agreement's existence kept secret, the consent set between "shall" and "disclose"
    (_EN_PREAMBLE + "Article 9 Publicity\n9.1 Neither Party shall, without the prior written consent of the other Party, "
     "disclose to any third party the existence or terms of this Agreement.\n" + _EN_TERM, "CON-01", True,
     "en-the-agreements-existence-kept-secret"),
    # set 1674: trainees with our staff's rights on our systems; equipment carried to the place a partner names
    (_JA_PREAMBLE + "第8条（研修）\n３　研修員は、研修期間中、甲の観測データ処理センターの計算機システムを、甲の職員と同等の権限で利用する"
     "ことができる。\n", "PER-03", True, "ja-trainees-with-our-staffs-rights-on-our-systems"),
    (_JA_PREAMBLE + "第6条（機器の輸送）\n甲は、貸与機器を乙の指定する場所まで輸送する。\n", "DAT-02", False,
     "ja-equipment-carried-to-the-place-the-partner-names"),
    # set 1668: the partner's own permit, with what we give for the application
    (_JA_PREAMBLE + "第5条（事前の同意）\n２　乙は、乙の国の権限ある国内当局からのPICの取得手続を自ら行い、甲は、当該手続に必要な情報を乙に"
     "提供する。\n", "DAT-04", False, "ja-information-for-the-partners-own-permit"),
    # set 1675: an embargo until the partner's own paper, listed after its lead-in; samples passed on to its network;
    # only what it picks of its own data
    (_EN_PREAMBLE + "Article 8 Publication\n8.2 Data and results derived from the Samples shall not be published or "
     "released by either Party until the later of:\n(a) twenty-four (24) months after the Delivery Date; and\n(b) the date "
     "on which Sponsor publishes the reference chronology of the core.\n" + _EN_TERM, "PUB-02", True,
     "en-held-for-the-later-of-a-date-and-the-partners-own-paper"),
    (_JA_PREAMBLE + "第5条（試料の再配分）\n２　乙は、乙に配分された本試料及び本データの一部を、乙が属する研究体制における国内の関係機関に対し、"
     "研究のために再配分することができる。\n", "TRA-01", True, "ja-samples-passed-on-to-its-network"),
    # set 1676: the client's own licence application built on the report it commissioned
    (_JA_PREAMBLE + "第10条（報告書の利用）\n２　乙は、報告書及び研究成果を、乙の鉱区に係るノルウェー王国の海底鉱物法に基づく申請、環境影響評価"
     "及び監督官庁への報告のために利用し、及び当該官庁に提出することができる。\n", "DAT-04", False,
     "ja-the-report-for-the-clients-own-licence-application"),
    # set 1677: a trial's inventions on the study drug; samples used beyond the consent and sent abroad
    (_EN_PREAMBLE + "Article 16 Intellectual Property\n16.1 All rights in inventions, discoveries and improvements that "
     "relate to the Study Drug, its formulation or its use, and that arise from the conduct of the Trial, shall belong to "
     "Sponsor.\n" + _EN_TERM, "IP-01", False, "en-inventions-on-the-study-drug-to-the-sponsor"),
    (_JA_PREAMBLE + "第12条（検体）\n５　乙は、検体の残余及び関連する臨床情報を、説明文書に記載された目的に加え、探索的研究（遺伝子解析を含む。）"
     "のため、インド共和国その他乙が指定する国の研究施設に移送し、保管し、利用することができる。\n", "DAT-03", True,
     "ja-samples-used-beyond-the-consent-and-sent-abroad"),
    # set 1678: our professor given the partner's title and fees directly; what our export office cleared; a visitor's
    # salary from home; staff-level drives; copies on her home servers; a pledge to wait for clearance
    (_JA_PREAMBLE + "第15条（招へい）\n１　乙は、受入教員を乙に招へいする場合には、受入教員に乙の名誉客員教授の称号を付与し、乙の規程に定める"
     "謝金並びに旅費及び滞在費を受入教員に直接支給することができる。\n", "COI-03", True,
     "ja-our-professor-given-the-partners-title-and-fees"),
    (_JA_PREAMBLE + "第10条（輸出管理）\n３　受入研究者は、公表済みの研究成果及び甲の安全保障輸出管理室が外為法上の許可を要しないことを確認した"
     "研究データに限り、受入教員の書面による承認を得て、その複製を持ち帰ることができる。\n", "EXP-01", False,
     "ja-only-what-our-export-office-cleared"),
    (_JA_PREAMBLE + "第6条（経費）\n２　受入研究者の受入期間中の給与は、乙が甲に提出した給与保証書に記載するところに従い、乙がその規程に基づき"
     "支給する。\n", "FUN-04", False, "ja-a-visitors-salary-from-her-home"),
    (_EN_PREAMBLE + "Article 7 Access\n7.1 Sponsor's visiting researcher will have the same access to the school's shared "
     "research drives as that of a member of the academic staff.\n" + _EN_TERM, "DAT-01", True,
     "en-a-visitor-with-a-staff-members-access"),
    (_EN_PREAMBLE + "Article 9 Research Data\n9.2 Sponsor may also keep working copies of the Research Data on the servers "
     "of Sponsor and make them available to its research group as that group considers necessary.\n" + _EN_TERM,
     "DAT-02", True, "en-copies-kept-on-the-partners-servers-and-shared-there"),
    (_EN_PREAMBLE + "Article 3 Export Control\n3.2 The Visitor will not ask for, access or receive any such technology unless "
     "the Export Control Office of the University has confirmed in writing that it may be provided.\n" + _EN_TERM,
     "EXP-01", False, "en-a-pledge-to-wait-for-our-clearance"),
    # set 1679: the funder's consent to our instructors
    (_JA_PREAMBLE + "第6条（担当講師）\n２　甲は、前項の担当講師を選任し、又は変更しようとするときは、あらかじめ乙の書面による同意を得るもの"
     "とする。\n", "FUN-06", True, "ja-the-funder-consents-to-our-instructors"),
    # set 1680: papers held until an agreement not yet made; the partner's past costs paid on the way out
    (_EN_PREAMBLE + "Article 5 Publication of joint results\n5.1 Any other manuscripts based on the jointly obtained data "
     "will be withheld by the University's researchers until the two institutions have concluded the agreement on the "
     "joint data archive.\n" + _EN_TERM, "PUB-02", True, "en-papers-held-until-an-agreement-not-yet-made"),
    (_JA_PREAMBLE + "第8条（経費の精算）\n１　原覚書第9条の規定にかかわらず、甲は、乙が2018年6月から2024年10月までの間に観測装置の設置場所の"
     "提供のために負担した費用の補填として、金4,200,000円を乙に支払うものとする。\n", "TRM-04", True,
     "ja-the-partners-past-costs-paid-on-the-way-out"),
    # set 1681: joint results the partner's alone, background kept by each; the professor's terms kept even from us
    (_JA_PREAMBLE + "第10条（知的財産）\n共同実験室での研究から生じた成果の知的財産権は、甲の教員との共同による成果も含め、乙に単独で帰属する。"
     "双方の既存の知的財産は各機関に留保される。\n", "IP-01", True, "ja-joint-results-the-partners-alone"),
    (_JA_PREAMBLE + "第7条（教員の処遇）\n主任の処遇については乙と主任との間で別途覚書を取り交わすこととし、その内容は甲の学内においても関係者限り"
     "とする。\n", "CON-01", True, "ja-the-directors-terms-kept-even-from-us"),
    # set 1682: a named subsidiary announced to us; a one-sided residuals clause
    (_JA_PREAMBLE + "第5条（開示先）\n３　乙は、乙の完全子会社の役員及び従業員のうち本検討に直接従事する者に限り、秘密情報を開示することができる。"
     "この場合、乙は、あらかじめ開示先の氏名及び所属を甲に書面で通知するものとする。\n", "EXP-05", False,
     "ja-a-named-subsidiary-announced-to-us"),
    (_JA_PREAMBLE + "第9条（残留情報）\n２　前項の規定にかかわらず、乙は、本検討の過程で乙の役員等が記憶として保持するに至った一般的な知識、経験"
     "及びノウハウを、甲の承諾を要することなく、乙の事業において自由に利用することができる。\n", "IP-02", True,
     "ja-a-one-sided-residuals-clause"),
    # set 1683: a facility's radiation rules on its own site; its rules over our policies; our samples left behind passed on
    (_JA_PREAMBLE + "第9条（施設内の遵守事項）\n２　利用者は、本施設内においては、乙の放射線防護に関する規則及び当直責任者の指示に従うものと"
     "する。\n", "CMP-01", False, "ja-a-facilitys-radiation-rules-on-its-site"),
    (_EN_PREAMBLE + "Article 2 Rules\n2.1 These Rules apply to all users and take precedence over any conflicting policy, "
     "procedure or instruction of a user's home institution, including in respect of the handling of data and samples.\n"
     + _EN_TERM, "CMP-01", True, "en-a-facilitys-rules-over-our-policies"),
    (_EN_PREAMBLE + "Article 6 Samples\n6.3 Samples not collected or returned within 90 days of the end of the experiment "
     "become the property of the Facility, which may keep them for its own programmes or make them available to other "
     "users and partner organisations.\n" + _EN_TERM, "EXP-05", True, "en-our-samples-left-behind-passed-on"),
    # set 1687: the instruments we bought left to the partner's group; a translated bar on our walking away
    (_JA_PREAMBLE + "第6条（観測機器）\n甲は、観測機器を甲の費用で設置する。\n２　観測機器の所有権は無償で乙に移転し、乙はこれを関係会社の操業にも使用"
     "できるものとする。\n", "REC-03", True, "ja-our-instruments-left-to-the-partners-group"),
    (_EN_PREAMBLE + "Article 13 Termination\n13.4. Unilateral refusal of the University to perform this Agreement shall not "
     "be permitted, except in the case provided for by Clause 12.2 of this Agreement.\n" + _EN_TERM, "TRM-01", True,
     "en-no-unilateral-refusal-to-perform"),
    # set 1688: a consortium's background licensed for exploitation beside results on fair terms; an exit only with
    # everyone's consent; contributed equipment moved on without consent; an accession form's terms kept to advisers
    (_EN_PREAMBLE + "Article 10 Access Rights\n10.3 Access Rights to Results of another Party needed for Exploitation shall "
     "be granted on fair and reasonable conditions to be agreed in writing. Access Rights to Background needed for "
     "Exploitation of a Party's own Results shall be granted on a royalty-free basis and shall be worldwide, irrevocable "
     "and perpetual.\n" + _EN_TERM, "IP-02", True, "en-background-for-exploitation-free-beside-results-on-fair-terms"),
    (_EN_PREAMBLE + "Article 3 Term\n3.3 A Party may withdraw before the end of the Project only with the unanimous consent "
     "of the other Parties, or where a case of force majeure has continued for more than six (6) months.\n" + _EN_TERM,
     "TRM-01", True, "en-an-exit-only-with-everyones-consent"),
    (_EN_PREAMBLE + "Article 13 Equipment\n13.2 Sponsor may relocate any item of shared equipment, with its documentation "
     "and control software, to the premises of another party. Such relocation shall not require the consent of the Party "
     "that contributed the item.\n" + _EN_TERM, "EXP-05", True, "en-our-equipment-moved-on-without-consent"),
    (_EN_PREAMBLE + "Article 7 Confidentiality\n7.1 The terms of this Accession Form and of the Consortium Agreement are "
     "Confidential Information of the Consortium and may be disclosed by the University only to its affiliated entities "
     "and to its professional advisers.\n" + _EN_TERM, "CON-01", True, "en-an-accession-forms-terms-kept-to-advisers"),
    # set 1689: sub-licences to the licensee's group without consent; our right to terminate waived
    (_JA_PREAMBLE + "第6条（再実施許諾）\n２　前項の規定にかかわらず、乙は、関係会社に対しては、甲の承諾を要することなく、本件実施権の範囲内で再実施"
     "許諾（当該関係会社による更なる再実施許諾及び本件技術情報の開示を含む。）をすることができる。\n", "EXP-05", True,
     "ja-sublicences-to-the-licensees-group-without-consent"),
    (_EN_PREAMBLE + "Article 5 Change of Control\n5.2 The University irrevocably waives any right it may have to terminate the "
     "Licence Agreement by reason of any such transfer or change.\n" + _EN_TERM, "TRM-01", True,
     "en-our-right-to-terminate-waived"),
    # set 1690: our exploit code sent abroad; no testing of other makers' devices for years; a model withheld until licensed
    (_JA_PREAMBLE + "第8条（検証用プログラム）\n甲は、乙から書面による請求があったときは、検証用プログラム及びその使用手順書を、乙の本社及び乙が"
     "指定する国外の開発拠点に送付するものとする。\n", "EXP-01", True, "ja-our-exploit-code-sent-abroad"),
    (_EN_PREAMBLE + "Article 12 Exclusivity\n12.1 For thirty-six (36) months after acceptance of D5, the University shall "
     "ensure that neither the University nor its key personnel performs security testing or vulnerability research on any "
     "infusion pump of another manufacturer.\n" + _EN_TERM, "PUB-04", True, "en-no-testing-of-other-makers-devices"),
    (_EN_PREAMBLE + "Article 11 Export\n11.3 Sponsor will not make available to the University any Research Model that "
     "requires an export licence for the University's country unless the licence has been obtained.\n" + _EN_TERM,
     "EXP-01", False, "en-a-model-withheld-until-licensed"),
    # set 1695: each side's share of the case data, and what the project needs passed both ways; each side keeping its own
    # country's data law
    (_JA_PREAMBLE + "第4条（役割分担）\n２　甲は日本国内の参加施設における症例データの収集及び統合解析を、乙はベトナム国内の参加施設における"
     "症例データの収集及び臨床的検証を主として担当し、甲及び乙は、本共同研究に必要な情報を相互に提供する。\n", "DAT-03", False,
     "ja-each-sides-share-of-the-case-data-and-information-passed-both-ways"),
    (_JA_PREAMBLE + "第4条（法令の遵守）\n甲は、個人情報の保護に関する法律、人を対象とする生命科学・医学系研究に関する倫理指針その他日本国の"
     "関係法令を遵守し、乙は、個人データ保護に関する政令（第13/2023/ND-CP号）その他ベトナム国の関係法令を遵守する。\n", "LAW-02", False,
     "ja-each-side-keeps-its-own-countrys-data-law"),
    # set 1697: data handed on to a government, used freely by those who receive it (not access to our systems); a
    # control plan and the partner's directives prevailing over the law of Japan
    (_JA_PREAMBLE + "第12条（技術データ）\n３　乙は、当該技術データ及びソフトウェアを、スポンサー、米国政府の他の機関及びそれらの支援契約者"
     "に提供することができ、これらの者は、いかなる目的のためにも制限なくこれを使用し、改変し、複製し、及び開示することができる。\n",
     "DAT-01", False, "ja-data-handed-on-used-freely-by-those-who-receive-it"),
    (_EN_PREAMBLE + "Article 17 Precedence\n17.1 In the event of any conflict between this Plan, or any security directive "
     "issued by the Sponsor, and the laws of Japan or the regulations of the University, this Plan and such directive shall "
     "prevail.\n" + _EN_TERM, "CMP-01", True, "en-the-partners-directives-prevail-over-the-law-of-japan"),
    # set 1700: a breach of personal data reported to the other side is no data sent; our institution's own secrecy that
    # names our auditor among the third parties is CON-01's, not a researcher's silence
    (_JA_PREAMBLE + "第11条（事故報告）\n甲及び乙は、提供試料等の取扱いに関し、倫理指針又は法令に対する重大な不適合、個人情報の漏えい等"
     "その他試料提供者の権利利益を害するおそれのある事態を知ったときは、72時間以内に相手方に通知し、対応について協議する。\n", "DAT-03", False,
     "ja-a-breach-reported-to-the-other-side"),
    (_JA_PREAMBLE + "第13条（本契約の秘匿）\n甲は、本契約の締結の事実、本契約の内容及び提供料の額を、乙の事前の書面による承諾なく第三者に"
     "開示してはならず、この第三者には文部科学省その他の行政機関、資金配分機関及び甲の会計監査人を含むものとする。\n", "COI-01", False,
     "ja-our-own-secrecy-naming-our-auditor-among-the-third-parties"),
    # set 1701: a doctoral candidate's time at the partner and on field work; our students using the partner's library
    # under its rules
    (_EN_PREAMBLE + "Article 5 Periods of Residence\n5.1 Each Candidate shall carry out the research alternately at the two "
     "Parties and shall spend not less than eighteen months in total at the University. The remaining period shall be "
     "spent at the Sponsor or on field work in Egypt.\n" + _EN_TERM, "PER-01", False,
     "en-a-candidates-time-at-the-partner-and-on-field-work"),
    (_JA_PREAMBLE + "第8条（施設の利用）\n２\u3000甲から派遣する交換学生は、乙の定める規則に従い、乙の図書館及び受入研究室の施設を利用すること"
     "ができる。\n", "CMP-01", False, "ja-our-students-use-the-partners-library-under-its-rules"),
    # set 1703: speakers' names shared only with their consent
    (_EN_PREAMBLE + "Article 12 Personal Data\n12.2 The University shall share with the Sponsor only the names and "
     "affiliations of speakers and committee members, and only with their consent. No other participant data shall be "
     "transferred outside Japan.\n" + _EN_TERM, "DAT-03", False, "en-speakers-names-shared-only-with-their-consent"),
    # set 1708: disclosure ordered by a court or a competent authority, with notice and only what is ordered
    (_EN_PREAMBLE + "Rule 5 Confidentiality\n5.3 The recipient may disclose Confidential Information where ordered to do "
     "so by a court or a competent authority, provided that it informs the disclosing party without delay, where legally "
     "permitted, and discloses only the part that it is obliged to disclose.\n" + _EN_TERM, "DAT-04", False,
     "en-disclosure-ordered-by-a-court-with-notice"),
]


_BLIND_345_TO_1164 = (_BLIND_345_TO_352 + _BLIND_353_TO_360 + _BLIND_361_TO_368 + _BLIND_369_TO_376
                     + _BLIND_377_TO_384 + _BLIND_385_TO_392 + _BLIND_393_TO_400 + _BLIND_401_TO_408
                     + _BLIND_409_TO_416 + _BLIND_417_TO_424 + _BLIND_425_TO_432 + _BLIND_433_TO_440
                     + _BLIND_445_TO_452 + _BLIND_453_TO_460 + _BLIND_461_TO_468 + _BLIND_469_TO_476
                     + _BLIND_477_TO_484 + _BLIND_485_TO_488 + _BLIND_489_TO_496 + _BLIND_497_TO_504
                     + _BLIND_505_TO_512 + _BLIND_513_TO_520 + _BLIND_521_TO_528 + _BLIND_529_TO_536
                     + _BLIND_537_TO_544 + _BLIND_545_TO_552 + _BLIND_553_TO_560
                     + _BLIND_561_TO_568 + _BLIND_569_TO_576 + _BLIND_577_TO_584
                     + _BLIND_585_TO_592 + _BLIND_593_TO_600
                     + _BLIND_601_TO_608 + _BLIND_609_TO_616
                     + _BLIND_617_TO_624 + _BLIND_625_TO_632
                     + _BLIND_633_TO_640 + _BLIND_641_TO_648 + _BLIND_649_TO_656
                     + _BLIND_657_TO_664 + _BLIND_665_TO_672 + _BLIND_673_TO_680
                     + _BLIND_681_TO_688 + _BLIND_689_TO_696 + _BLIND_697_TO_704
                     + _BLIND_705_TO_712 + _BLIND_713_TO_720 + _BLIND_721_TO_728
                     + _BLIND_729_TO_732 + _BLIND_733_TO_740 + _BLIND_741_TO_748
                     + _BLIND_749_TO_756 + _BLIND_757_TO_764 + _BLIND_765_TO_772
                     + _BLIND_773_TO_780 + _BLIND_781_TO_788 + _BLIND_789_TO_796
                     + _BLIND_797_TO_804 + _BLIND_805_TO_812 + _BLIND_813_TO_820 + _BLIND_821_TO_828
                     + _BLIND_829_TO_836 + _BLIND_837_TO_844
                     + _BLIND_845_TO_852 + _BLIND_853_TO_860 + _BLIND_861_TO_868
                     + _BLIND_869_TO_876 + _BLIND_877_TO_884 + _BLIND_885_TO_892
                     + _BLIND_893_TO_900 + _BLIND_901_TO_908
                     + _BLIND_909_TO_916 + _BLIND_917_TO_924
                     + _BLIND_925_TO_932 + _BLIND_933_TO_940 + _BLIND_941_TO_948
                     + _BLIND_949_TO_956 + _BLIND_957_TO_964 + _BLIND_965_TO_972
                     + _BLIND_973_TO_980 + _BLIND_981_TO_988 + _BLIND_989_TO_996
                     + _BLIND_1005_TO_1012 + _BLIND_1013_TO_1020 + _BLIND_1021_TO_1028
                     + _BLIND_1029_TO_1036 + _BLIND_1037_TO_1044
                     + _BLIND_1045_TO_1052 + _BLIND_1053_TO_1060 + _BLIND_1061_TO_1068
                     + _BLIND_1069_TO_1076 + _BLIND_1077_TO_1084
                     + _BLIND_1085_TO_1092 + _BLIND_1093_TO_1100
                     + _BLIND_1101_TO_1108 + _BLIND_1109_TO_1116 + _BLIND_1117_TO_1124
                     + _BLIND_1125_TO_1132 + _BLIND_1133_TO_1164 + _BLIND_1181_TO_1196
                     + _BLIND_1229_TO_1276 + _BLIND_1277_TO_1324 + _BLIND_1307_TO_1354
                     + _BLIND_1379_TO_1410 + _BLIND_1411_TO_1418 + _BLIND_1442_TO_1450
                     + _BLIND_1467_TO_1506 + _BLIND_1507_ON + _BLIND_1531_ON
                     + _BLIND_1563_ON)


@pytest.mark.parametrize(("document", "indicator"), [
    # set 1671: an exit only for a breach left uncured (the model alone had raised it)
    (_JA_PREAMBLE + "第10条（有効期間）\n本契約の有効期間は、締結の日から10年間とする。\n２　いずれの当事者も、有効期間中は、相手方に本契約の"
     "重大な違反があり、かつ、書面による是正の催告の後90日以内に是正されない場合を除き、本契約を解約することができない。\n", "TRM-01"),
    # set 1674: the partners' share of the costs left to each, beside our paying for the stations
    (_JA_PREAMBLE + "第10条（費用）\n甲は、観測点の設置及び維持に要する費用を負担する。\n２　乙が本契約の実施のために負担する費用の範囲は、"
     "乙が適当と認めるところによる。\n", "REC-01"),
    # set 1675: only what the partner picks of its own data comes back to us
    (_JA_PREAMBLE + "第6条（データ）\n甲は、甲が取得した全てのデータを乙に提供する。\n２　乙は、乙が実施する分析により得られた本データのうち、乙が"
     "適当と認めるものを甲に提供する。\n", "REC-01"),
    # set 1683: the facility's website rules, as it amends them, made part of the memorandum (TRA-02 is low)
    (_JA_PREAMBLE + "第4条（利用者規則）\n乙が別に定めて乙のウェブサイトに掲載する利用者規則その他の規程（乙が随時改定したものを含む。）は、本覚書の"
     "一部を構成するものとする。\n", "TRA-02"),
    # set 1685: terms updated by posting, the version in effect applying
    (_EN_PREAMBLE + "Article 5 Compute Credits\n5.3 Sponsor may update the Compute Credit Terms from time to time by posting "
     "a revised version at that URL, and the version in effect at the time the Compute Credits are used shall apply.\n"
     + _EN_TERM, "TRA-02"),
], ids=["ja-an-exit-only-for-a-breach-left-uncured", "ja-the-partners-costs-left-to-it",
        "ja-only-what-the-partner-picks-comes-back", "ja-website-rules-as-amended-made-part",
        "en-terms-updated-by-posting-the-version-in-effect-applying"])
def test_wording_of_blind_rounds_192_to_194_is_read_by_a_rule(engine: AnalyzerEngine, document: str, indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind192.txt")
    assert indicator in {f.indicator for f in result.findings if f.source in ("rule", "both")}


def test_wording_of_blind_round_196_is_read_by_a_rule(engine: AnalyzerEngine) -> None:
    # set 1702: administrator accounts for the provider's engineers, their scope and term not limited (the model alone
    # had raised it where the parties were known)
    document = (_JA_PREAMBLE + "第8条（システムへのアクセス）\n乙の技術担当者（海外拠点の所属者を含む。）に対し、甲の解析サーバ群、研究データ"
                "ストレージ及び学内VPNの管理者アカウントを発行し、アクセス範囲及び利用期間は特に限定しないものとする。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind1702.txt")
    assert "DAT-01" in {f.indicator for f in result.findings if f.source in ("rule", "both")}


@pytest.mark.parametrize(("document", "indicator"), [
    # set 1707: a delivery date not to be put back for our classification or licensing
    (_EN_PREAMBLE + "Schedule 2 Equipment\nThis date is fixed for the Campaign and shall not be deferred on account of "
     "classification or licensing steps that remain pending at the University; any such steps shall be completed after "
     "delivery.\n" + _EN_TERM, "EXP-01"),
    # set 1707: our researcher to be present at the partner's site for 120 days a year
    (_EN_PREAMBLE + "Schedule 2 Personnel\nDr Sato is appointed Adjunct Principal Researcher and shall be present at the "
     "Sponsor's Bandung site for not less than 120 days in each calendar year of the appointment.\n" + _EN_TERM, "PER-01"),
    # set 1708: the sponsor's code prevailing over the agreement
    (_EN_PREAMBLE + "Article 2 Code of Research Cooperation\n2.3 Save for Article 18, in the event of any conflict or "
     "inconsistency between this Agreement, including its Annexes, and the Code, the Code shall prevail.\n" + _EN_TERM,
     "CMP-01"),
    # set 1710: a secondee's own appointment with the partner, money into his own account, and his terms kept out of his
    # declarations; our classification replaced by the partner's statement
    (_EN_PREAMBLE + "4. Appointment\n4.3 During each Secondment Period the Secondee shall, in addition, hold an individual "
     "appointment as Senior Consulting Researcher of the Research Centre under a contract for technical services to be "
     "signed directly between the Secondee and the Sponsor.\n" + _EN_TERM, "PER-01"),
    (_EN_PREAMBLE + "6. Allowances\n6.1 (f) an individual research allocation of USD 90,000 per annum, credited to an "
     "account held in the name of the Secondee and applied by the Secondee to research of the Secondee's choosing.\n"
     + _EN_TERM, "FUN-04"),
    (_EN_PREAMBLE + "10. Confidentiality\n10.2 The terms of paragraphs 4.3 and 6.1 are personal to the Secondee and shall "
     "not be included in any report, return or declaration made by the Secondee in connection with the Project or with "
     "any other research funding.\n" + _EN_TERM, "COI-01"),
    (_JA_PREAMBLE + "第10条（輸出管理）\n２\u3000この場合において、成果物に係る貨物及び技術の該非判定については、乙が本契約の締結に際して"
     "甲に提出した該非判定書の記載をもってこれに代えるものとする。\n", "EXP-01"),
    # set 1711: our improvement inventions passed to the licensee when it asks
    (_JA_PREAMBLE + "第9条（改良発明）\n３\u3000甲がした改良発明（甲の研究者が乙の従業者と共同でしたものを含む。）に係る特許を受ける権利は、"
     "乙が第１項の通知を受けた日から六十日以内に書面で申し出たときは、乙又は乙の指定する者に移転されるものとする。\n", "IP-01"),
    # set 1712: papers held until the pass-through entity says its review is over
    (_EN_PREAMBLE + "FD-10 Publications\n(a) A Publication shall not be submitted for publication or otherwise released "
     "until the Sponsor has informed the University in writing that the programmatic review has been completed.\n"
     + _EN_TERM, "PUB-01"),
    # set 1714: remote accounts with no approval for each connection; publication held until the partner hands over its
    # evaluation
    (_JA_PREAMBLE + "第5条（研究設備の利用）\n２\u3000前項の規定にかかわらず、甲は、研究設備等への学外からの接続に用いるアカウントを乙の"
     "研究担当者ごとに発行するものとし、当該アカウントによる接続については、研究期間中、接続の都度の申請及び甲の承認を要しないものとする。\n",
     "DAT-01"),
    (_JA_PREAMBLE + "第13条（公表）\n３\u3000公表前評価の完了は、乙が評価結果を記載した書面を甲に交付した時に生じるものとし、公表前評価が"
     "完了するまでの間、当該研究成果は、学会発表、論文投稿及び学位論文の公開を含め、公表されないものとする。\n", "PUB-01"),
    # set 1707: our data open to users a definition fills with the partner state's bodies
    (_EN_PREAMBLE + "Article 1 Definitions\n(d) \"Designated Users\" means the ministries, agencies and other institutions of "
     "the Republic of Indonesia that are registered with the Sponsor as users of the Repository;\nArticle 2 Data\n2.3 "
     "Project Data deposited in the Repository may be accessed by Designated Users in accordance with the Repository's "
     "access policy.\n" + _EN_TERM, "DAT-04"),
    # set 1711: sublicences to affiliates that include ministries, with no consent needed
    (_EN_PREAMBLE + "1. Definitions\n\"Affiliate\" means any entity controlled by the Sponsor, together with any ministry, "
     "authority or agency by which the Sponsor's investors are owned.\n5. Sublicensing\n5.2 Notwithstanding Clause 5.1, no "
     "consent shall be required for a sublicence to an Affiliate, and such a sublicence may extend to the disclosure and "
     "use of the Licensor Know-How.\n" + _EN_TERM, "EXP-05"),
], ids=["en-a-delivery-not-put-back-for-our-classification", "en-present-at-the-partners-site-120-days-a-year",
        "en-the-sponsors-code-prevails-over-the-agreement", "en-a-secondees-own-appointment-under-a-direct-contract",
        "en-money-into-an-account-in-the-secondees-name", "en-terms-kept-out-of-the-secondees-declarations",
        "ja-our-classification-replaced-by-the-partners-statement", "ja-our-improvements-passed-on-request",
        "en-papers-held-until-the-review-is-said-to-be-over", "ja-remote-accounts-with-no-approval-per-connection",
        "ja-publication-held-until-the-partner-hands-over-its-evaluation",
        "en-our-data-open-to-users-defined-as-state-bodies", "en-sublicences-to-affiliates-that-include-ministries"])
def test_wording_of_blind_round_197_is_read_by_a_rule(engine: AnalyzerEngine, document: str, indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind197.txt")
    assert indicator in {f.indicator for f in result.findings if f.source in ("rule", "both")}


def test_a_renewal_ruled_out_is_no_automatic_renewal(engine: AnalyzerEngine) -> None:
    # set 1677: 「本契約が自動的に更新されることはない」 had been read as TRM-02 (low)
    document = (_JA_PREAMBLE + "第20条（有効期間）\n２　実施期間を延長する必要があるときは、甲及び乙が協議の上、書面による変更契約を締結するもの"
                "とし、本契約が自動的に更新されることはない。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind1677.txt")
    assert "TRM-02" not in {f.indicator for f in result.findings}


@pytest.mark.parametrize(("second", "by_rule"), [
    # set 642: "9.2 No such disclosure shall be made without the prior written approval of the Company": the paragraph
    # points back to the one before, which names the papers
    ("9.2 No such disclosure shall be made without the prior written approval of the Sponsor, which may be withheld "
     "at the Sponsor's sole discretion.", True),
    ("9.2 No such disclosure shall include the Sponsor's Confidential Information without the prior written approval "
     "of the Sponsor.", False),
])
def test_a_paragraph_that_points_back_is_read_with_the_paragraph_before(engine: AnalyzerEngine, second: str,
                                                                         by_rule: bool) -> None:
    document = (_EN_PREAMBLE + "Article 9 Publication\n9.1 The University may publish papers and theses that contain "
                "the Results after giving the Sponsor forty-five days' notice to identify any of its Confidential "
                "Information in them.\n" + second + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind642.txt")
    rules = {f.indicator for f in result.findings if f.source in ("rule", "both")}
    assert ("PUB-01" in rules) is by_rule


@pytest.mark.parametrize(("legend", "struck"), [
    # set 656: a mark-up whose first line says "Deleted text is shown in [square brackets]": the bracketed limit on the
    # sponsor's approval and the bracketed export-control paragraph are struck out
    ("DRAFT v4 - Sponsor mark-up. Deleted text is shown in [square brackets]; inserted text is underlined.\n", True),
    ("DRAFT v4 - Sponsor mark-up. Subject to contract.\n", False),
])
def test_bracketed_text_a_mark_up_says_is_deleted_is_read_as_struck_out(engine: AnalyzerEngine, legend: str,
                                                                         struck: bool) -> None:
    document = (legend + _EN_PREAMBLE + "Article 8 Publication\n8.2 No publication of the Results shall be made by the "
                "University without the prior written approval of the Sponsor[, such approval not to be unreasonably "
                "withheld].\nArticle 13 Compliance\n13.3 [Each Party shall comply with the export control laws of "
                "Japan and shall not transfer any controlled technology without the licences they require.]\n"
                "Article 14 Term\n14.1 This Agreement ends in 2028; either Party may terminate it on notice.\n")
    result = engine.analyze(document.encode("utf-8"), name="blind656.docx.txt")
    assert ("PUB-01" in {f.indicator for f in result.findings if f.source in ("rule", "both")}) is struck
    missing = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert ("EXPORT_CONTROL" in missing) is struck


def test_a_tracked_changes_export_keeps_its_inserted_text_and_drops_its_deleted_text(engine: AnalyzerEngine) -> None:
    # set 1657: "[Exported from tracked-changes version; deletions and insertions shown in brackets]", each bracket
    # labelled: the inserted lock-in is a term, the deleted exit on notice is not, the reviewer's comment neither
    document = ("OFFICE SERVICES AGREEMENT\n[Exported from tracked-changes version; deletions and insertions shown in "
                "brackets]\n" + _EN_PREAMBLE + "Article 8 IT Services\n8.3 [Deleted: Sponsor shall have no access to the "
                "computers of the University.] [Inserted: Sponsor shall have full administrator access to all computers, "
                "network devices, user accounts and file storage used in the Office, including remote access to the "
                "University's systems in Japan.] "
                "[Comment SLU1: Required under the campus rules.]\n" + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind1657.txt")
    assert "DAT-01" in {f.indicator for f in result.findings}


def test_our_researchers_helped_only_as_the_partner_thinks_possible_is_one_way_access(engine: AnalyzerEngine) -> None:
    # set 658: REC-02 is reported at low severity, as the taxonomy has it
    document = (_JA_PREAMBLE + "第5条（研究者の受入れ）\n２　甲は、乙から受け入れる研究者に対し、甲の研究室、実験施設及び学内情報ネットワーク"
                "を甲の研究者と同等の条件で利用させるものとする。乙は、甲から受け入れる研究者に対し、乙の判断により可能な範囲で便宜を供与する"
                "よう努めるものとする。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind658.txt")
    assert "REC-02" in {f.indicator for f in result.findings}


@pytest.mark.parametrize("second", [
    # set 665: "ILSUNS may, as its resources and priorities permit, assist with logistics" (REC-01 is low severity)
    "4.2 The Sponsor may, as its resources and priorities permit, assist with logistics and access permits.",
    # set 669: "CVMSU may share with SU such data ... as CVMSU may from time to time consider appropriate"
    "4.2 The Sponsor may share with the University such data from its programme as the Sponsor may from time to time "
    "consider appropriate.",
    # set 677: "The Centre will consider, as its resources and priorities may permit from time to time, facilitating visits"
    "4.2 The Sponsor will consider, as its resources and priorities may permit from time to time, facilitating visits "
    "by University researchers.",
])
def test_a_partner_that_gives_only_what_it_sees_fit_beside_our_duties_is_one_sided(engine: AnalyzerEngine,
                                                                                     second: str) -> None:
    document = (_EN_PREAMBLE + "Article 4 Contributions\n4.1 The University shall provide its complete monitoring "
                "records and the instruments described in Annex 1.\n" + second + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind665.txt")
    assert "REC-01" in {f.indicator for f in result.findings}


def test_the_alias_on_a_pdf_line_of_its_own_names_the_party_on_the_lines_above() -> None:
    # set 665: the title block names both universities, and the alias of the first stands alone at a line's start
    from analyzer.segment.parties import find_parties

    text = ("MEMORANDUM OF UNDERSTANDING\nbetween\nNational University Corporation Tateyama University (Japan)\nand\n"
            "Ile-Alatau State University (Republic of Kazakhstan)\non Cooperation in Glacier Monitoring\n"
            "National University Corporation Tateyama University, a national university corporation of Japan having "
            "its\nprincipal office at 5-21 Senjugahara, Toyama 930-1406, Japan\n(\u201cTateyama University\u201d), and "
            "Ile-Alatau State University, a state higher education\ninstitution of the Republic of Kazakhstan "
            "(\u201cILSUNS\u201d), hereinafter referred to individually as a \u201cParty\u201d.\n")
    names = {p.aliases[0]: p.name for p in find_parties(text)}
    assert names == {"Tateyama University": "National University Corporation Tateyama University",
                     "ILSUNS": "Ile-Alatau State University"}


@pytest.mark.parametrize(("document", "category", "missing"), [
    # set 395: a CRADA's "Proprietary Information ... bound by written obligations of confidence"
    ("COOPERATIVE RESEARCH AND DEVELOPMENT AGREEMENT\nThis Agreement is made between Hokushin University (the "
     "\"University\") and Halvard Laboratory (\"Sponsor\").\nARTICLE 5 PROPRIETARY INFORMATION\n5.1 A Party receiving "
     "Proprietary Information shall restrict its disclosure to employees bound by written obligations of confidence.\n"
     "5.2 Exceptions. Article 5.1 does not apply to information that is or becomes publicly available.\n",
     "CONFIDENTIALITY", False),
    # set 398: a model leaving a secure research environment is no export control
    ("DATA ACCESS AGREEMENT\nThis Agreement is made between Hokushin University (the \"University\") and Region "
     "Norrvik (\"Hospital\").\nClause 3 Outputs\n3.8 An Output consisting of a Trained Model shall, before export, "
     "undergo a privacy assessment. The Hospital shall not refuse export of a Trained Model that passes it.\n",
     "EXPORT_CONTROL", True),
    # set 420: an end use named only to waive it ("need not inform the University of the end use") is no export control
    ("RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University (the \"University\") and Halvard "
     "Therapeutics Inc. (\"Sponsor\").\nArticle 9 Use of Results\n9.1 Sponsor may use the Results in any product. "
     "Sponsor shall not be obliged to inform the University of the end use or end user of any product.\n",
     "EXPORT_CONTROL", True),
    # set 412: a confidentiality clause whose only exception is a disclosure the law compels lacks the standard ones
    ("共同研究契約書\n北辰大学（以下「甲」という。）とフォルケ研究所（以下「乙」という。）は、次のとおり契約する。\n第11条（秘密保持）\n"
     "甲及び乙は、相手方から開示された一切の情報を秘密情報として取り扱い、第三者に開示してはならない。\n３ 第1項の規定にかかわらず、甲又は乙は、"
     "法令の規定又は裁判所の命令により秘密情報の開示を求められたときは、必要最小限の範囲において開示することができる。\n",
     "CONFIDENTIALITY", True),
    # set 654: a dual appointment's "All papers ... shall name Party A as the sole affiliation" is its publication term
    (_EN_PREAMBLE + "Article 8 Academic Output and Attribution\n8.2 All papers, patents and research reports arising "
     "from work carried out under this Agreement shall name the Sponsor as the sole affiliation of the researcher.\n"
     "Article 9 Term\n9.1 This Agreement ends in 2028.\n", "PUBLICATION", False),
    # set 672: a renewal that keeps the memorandum's other terms is judged with it, not on its own
    ("AGREEMENT ON THE RENEWAL AND AMENDMENT OF THE\nMEMORANDUM OF UNDERSTANDING ON ACADEMIC COOPERATION\nbetween Hokushin "
     "University (the \"University\") and Qiantang University (\"QUST\")\nArticle 1 Renewal\n1.1 The Memorandum is "
     "renewed for five years.\nArticle 2 New Fields\n2.1 Robotics is added to the fields of cooperation.\n",
     "GOVERNING_LAW", False),
    # sets 674 and 679: a CITES export permit for wildlife samples, and outputs exported from a platform's research
    # environment, are no export control
    (_EN_PREAMBLE + "Article 3 Permits\n3.1 The Provider shall obtain all permits required for the collection and export "
     "of the Materials, including a CITES export permit and a veterinary export certificate.\n", "EXPORT_CONTROL", True),
    (_EN_PREAMBLE + "Article 5 Outputs\n5.3 Authorized Researchers may export Aggregate Output from the Research "
     "Environment after it has passed the export review.\n", "EXPORT_CONTROL", True),
    # set 647: talks that "may include non-binding mediation" choose no law and no forum
    (_EN_PREAMBLE + "Article 15 Disputes\n15.1 The Parties shall consult further in good faith on an appropriate means "
     "of resolving any dispute, which may include non-binding mediation by a mediator acceptable to both Parties.\n",
     "GOVERNING_LAW", True),
    # set 746: two public bodies that say they choose no law: "this Agreement does not designate a governing law or
    # forum"
    (_EN_PREAMBLE + "Article 13 Disputes\n13.1 The Parties acknowledge that each of them is a public institution whose "
     "capacity to submit to the laws or courts of another jurisdiction is limited by the laws under which it is "
     "established. Accordingly, this Agreement does not designate a governing law or forum.\n", "GOVERNING_LAW", True),
    # set 775: a 製造技術共同開発契約書 is research: it needs a publication clause
    ("製造技術共同開発契約書\n北辰大学（以下「甲」という。）とフォルケ社（以下「乙」という。）とは、医薬品原薬の連続生産技術の共同開発に関し、"
     "次のとおり契約を締結する。\n第1条（目的）\n甲及び乙は、連続生産プロセスを共同で開発する。\n第2条（秘密保持）\n甲及び乙は、相手方の"
     "秘密情報を第三者に開示しない。\n", "PUBLICATION", True),
    # set 771: a federal laboratory that may not accept a foreign law names none (「…準拠法とし、又は外国の裁判所の管轄に服する旨を
    # 合意する権限を有しないことを確認する」)
    (_JA_PREAMBLE + "第27条（紛争の解決）\n本契約に関して紛争が生じた場合には、甲及び乙は、誠意をもって協議する。\n３　甲及び乙は、乙が米国"
     "連邦政府の機関であり、外国の法令を本契約の準拠法とし、又は外国の裁判所の管轄に服する旨を合意する権限を有しないことを確認する。\n",
     "GOVERNING_LAW", True),
    # set 763: aggregated outputs a university "exports from the Secure Research Environment" are no export control
    (_EN_PREAMBLE + "Article 7 Data Security\n7.4 The University shall implement appropriate technical and organisational "
     "measures to protect any aggregated outputs that it exports from the Secure Research Environment.\n",
     "EXPORT_CONTROL", True),
    # set 751: a Brazilian preamble's "which shall be governed by the following clauses and conditions" chooses no law
    (_EN_PREAMBLE + "NOW, THEREFORE, the Parties RESOLVE to enter into this Research Collaboration Agreement, which shall "
     "be governed by the following clauses and conditions:\nCLAUSE SIXTEEN - DISPUTES\n16.1. The Parties shall settle "
     "any dispute amicably through consultation between the heads of the institutions.\n", "GOVERNING_LAW", True),
    # set 737: talks in which the parties "may by mutual agreement appoint an independent mediator" choose no forum
    (_EN_PREAMBLE + "Article 15 Dispute Resolution\n15.3 If the dispute is not settled within sixty (60) days, the Parties "
     "shall continue to consult in good faith, and may by mutual agreement appoint an independent mediator to assist "
     "them, with the costs of the mediator to be shared equally.\n", "GOVERNING_LAW", True),
    # set 799: a foundation's grant letter ("Re: Grant for the project ...") asks for no confidentiality clause
    ("THE NORTHSHORE FOUNDATION\nOur ref: NF/GR/2025/017\nProfessor Naoko Hirayama\nHokushin University\nOkayama, Japan\n"
     "Dear Professor Hirayama,\nRe: Grant for the project \"Stigma and Help-Seeking among Students\"\nOn behalf of the "
     "Board of The Northshore Foundation (the \"Foundation\"), I am delighted to inform you that the Board approved a "
     "grant of HK$600,000 to Hokushin University (the \"University\").\n1. The Grant\n1.1 The Foundation pays the grant "
     "in two instalments.\n", "CONFIDENTIALITY", False),
    # set 802: outputs "exported from the WIDM Secure Enclave" are no export control
    (_EN_PREAMBLE.replace("RESEARCH AGREEMENT", "DATA SHARING AGREEMENT") + "1.\tData\n1.1\tThe University provides "
     "the Data.\n2.\tTerm\n2.1\tEither Party may terminate this Agreement on 60 days' notice.\nSCHEDULE B \u2013 SECURITY "
     "MEASURES\n1.\tStorage location: the Sponsor's secure research computing environment (\u201cWIDM Secure "
     "Enclave\u201d).\n4.\tExport of outputs: only aggregate outputs with cell counts of ten (10) or more may be "
     "exported from the WIDM Secure Enclave, after review by the Sponsor's data steward.\n", "EXPORT_CONTROL", True),
    # set 785: a gift agreement asks for no confidentiality clause
    ("GIFT AGREEMENT\nbetween\nBAYT AL NAKHIL FOUNDATION\nand\nHOKUSHIN UNIVERSITY\nTHIS GIFT AGREEMENT is entered into "
     "between Bayt Al Nakhil Foundation (the \"Foundation\") and Hokushin University, a national university corporation "
     "(the \"University\").\nSection 1. The Gift\n1.1 The Foundation gives USD 3,000,000 to the University.\n",
     "CONFIDENTIALITY", False),
    # set 822: a survey "in waters under the jurisdiction of any State" names a state's sea, not a forum
    ("学術交流に関する覚書\n北辰大学（以下「甲」という。）と統営海洋大学校（以下「乙」という。）は、学術交流に関し、次のとおり覚書を"
     "締結する。\n第2条（共同調査）\n２　いずれかの国の管轄海域において調査を行う場合には、甲及び乙は、沿岸国の国内法令に基づき、必要な"
     "同意又は許可を事前に取得する。\n第20条（紛争の解決）\n本覚書に関して紛争が生じた場合には、甲及び乙は、誠意をもって協議し、友好的に"
     "解決を図るものとする。\n", "GOVERNING_LAW", True),
    ("MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between Hokushin University (\"HU\") and Tongyeong National "
     "University (\"TNU\").\nArticle 2 Joint Surveys\n2. Where a survey is to be conducted in waters under the "
     "jurisdiction of any State, HU and TNU shall obtain in advance the permits required under the domestic laws of the "
     "coastal State.\nArticle 20 Settlement of Disputes\nAny dispute concerning this MoU shall be settled amicably through "
     "consultation in good faith.\n", "GOVERNING_LAW", True),
    # set 833: a "Survey Data Collaboration Agreement" pools each side's survey data: a data agreement, no IP clause asked
    ("SURVEY DATA COLLABORATION AGREEMENT\nThis Agreement is made between Hokushin University (the \"University\") and "
     "the Meridian Centre for Public Opinion Research (the \"Institute\").\nClause 1 Data\n1.1 Each Party contributes the "
     "survey data it collects in its own country.\n", "IP", False),
    # set 844: talks in which the parties "may by agreement appoint a mediator" and share "the mediator's fees" choose no forum
    (_EN_PREAMBLE + "Article 14 Dispute Resolution\n14.3 If the disagreement remains unresolved, the Parties may by "
     "agreement appoint a mediator acceptable to both of them, preferably a person with experience of working with First "
     "Nations communities, and shall share the mediator's fees equally.\n", "GOVERNING_LAW", True),
    # set 841: "Subject: LETTER AGREEMENT - GRANT AWARD No. ..." is a grant, which asks for no confidentiality clause
    ("MINISTRY OF DEFENCE OF THE KINGDOM OF DENMARK\nDefence Research Outreach Office\nOur ref.: G/2025-031\nProfessor "
     "Keiko Moriyama\nOshika Marine University\nSubject: LETTER AGREEMENT - GRANT AWARD No. G-25-031\nDear Professor "
     "Moriyama,\nThis letter sets out the terms and conditions of the grant to Oshika Marine University (the "
     "\"University\").\n1. THE GRANT\n1.1 The Office pays EUR 92,000 to the University.\n", "CONFIDENTIALITY", False),
    # set 858: a data enclave's "Export of record-level data ... is disabled" is no export control
    (_EN_PREAMBLE.replace("RESEARCH AGREEMENT", "DATA SHARING AGREEMENT") + "Clause 1 Data\n(1) The University provides "
     "pseudonymised cohort data.\nClause 2 Term\n(1) Either Party may terminate this Agreement on 90 days' notice.\n"
     "SCHEDULE 2 - SECURITY\n1. Export of record-level data from the analysis environment is disabled.\n",
     "EXPORT_CONTROL", True),
    # set 863: a visiting researcher's agreement ends with the visit: 「受入れを取り消すことができる」
    ("客員研究員受入れ協定書\n北辰大学（以下「甲」という。）と紅河研究所（以下「乙」という。）は、乙の研究員の受入れに関し、次のとおり協定する。\n"
     "第3条（受入研究員）\n甲は、乙が推薦する者を客員研究員として受け入れる。\n第13条（受入れの取消し）\n甲は、受入研究員が甲の規程に違反したときは、"
     "乙に通知の上、受入れを取り消すことができる。\n", "TERM_TERMINATION", False),
    # set 867: what survives the agreement is no way out of it
    (_EN_PREAMBLE + "Article 9 Confidentiality\n9.4 This Article shall survive for three (3) years after the termination "
     "of this Agreement.\nArticle 15 Term\n15.1 This Agreement shall be effective from 1 April 2025 to 31 March 2027.\n15.2 "
     "The term may be extended only by written agreement.\n", "TERM_TERMINATION", True),
    # set 868: a memorandum's visitors bound by the confidentiality of the original agreement, exceptions and all
    ("「固体電解質の探索に関する共同研究契約」\nに関する覚書\n朝凪大学（以下「甲」という。）とメリディアン財団（以下「乙」という。）は、甲乙間で"
     "2024年4月1日付で締結した「固体電解質の探索に関する共同研究契約」（契約番号：朝凪共研第2024-031号。以下「原契約」という。）に関し、次のとおり"
     "覚書を締結する。\n（目的）\n第１条　本覚書は、乙の研究員の受入れその他原契約の補足として必要な事項を定める。\n（受入研究員の秘密保持）\n"
     "第５条　受入研究員は、受入れ開始前に甲所定の誓約書を甲に提出し、原契約第１０条に定める秘密保持義務と同等の義務を負うものとする。\n（有効期間）\n"
     "第７条　本覚書は、原契約の終了又は解除と同時に終了する。\n", "CONFIDENTIALITY", False),
    # set 876: a visitor keeps our secrets under the collaboration agreement's clause, exceptions and all
    ("研究員受入契約書\n汐見大学（以下「大学」という。）とケスラー研究所（以下「KIPOS」という。）は、KIPOSの研究員の受入れに関し、次のとおり契約する。\n"
     "第8条（秘密保持）\n受入研究員及びKIPOSは、受入期間中に知り得た大学の秘密情報を、共同研究契約Clause 9の規定に従って取り扱うものとする。\n"
     "第12条（解除）\n大学は、受入研究員が規程に違反したときは、本契約を解除することができる。\n", "CONFIDENTIALITY", False),
    ("VISITING RESEARCHER AGREEMENT\nThis Agreement is made between Shiomi University (the \"University\") and Kessler "
     "Institute (\"KIPOS\").\nArticle 8 (Confidentiality)\n1. The Guest Researcher and KIPOS shall treat Confidential "
     "Information of the University learned during the stay in accordance with Clause 9 of the CRA.\nArticle 12 "
     "(Termination)\n1. The University may terminate this Agreement on notice.\n", "CONFIDENTIALITY", False),
    # set 878: an agreement to host the partner's engineers under the original agreement is one of its own
    ("受入研究員に関する契約書\n瀬戸内医科大学（以下「甲」という。）とネリボ社（以下「乙」という。）とは、乙の従業員を甲の研究員として受け入れる"
     "ことに関し、次のとおり契約を締結する。\n第１条（目的）\n本契約は、甲乙間で締結された「Data Access Agreement」（以下「原契約」という。）"
     "に基づく共同開発を円滑に実施するため、乙の従業員の受入れに関し必要な事項を定める。\n第１０条（解除）\n甲は、受入研究員が甲の規程に違反したとき"
     "は、本契約を解除することができる。\n", "EXPORT_CONTROL", True),
    # set 880: a visitor's secrets kept under the joint research agreement's article, applied mutatis mutandis
    ("受入研究員に関する覚書\n信濃技術科学大学（以下「甲」という。）とモンカヨ社（以下「乙」という。）とは、乙の研究員の受入れに関し、次のとおり"
     "覚書を締結する。\n第７条（秘密保持）\n受入研究員が受入期間中に知り得た甲の秘密情報の取扱いについては、共同研究契約第７条の規定を準用する。\n"
     "第１２条（解除）\n甲は、本覚書を解除することができる。\n", "CONFIDENTIALITY", False),
    ("MEMORANDUM ON THE ACCEPTANCE OF VISITING ENGINEERS\nThis Memorandum is made between Shinano University (the "
     "\"University\") and Moncayo S.A. (\"CFM\").\nArticle 7 (Confidentiality)\n2. Article 7 of the Joint Research "
     "Agreement shall apply mutatis mutandis to confidential information of the University obtained by the Visiting "
     "Engineers.\nArticle 12 (Termination)\n1. The University may terminate this Memorandum on notice.\n",
     "CONFIDENTIALITY", False),
    # set 1706: a licence schedule's secrets defined and excepted by the consortium agreement's article
    ("BACKGROUND IP LICENCE\nThis Licence is made between Mizuho University (the \"University\") and Hefei Qianlang "
     "Quantum Technology Co., Ltd. (\"Qianlang\").\n11. CONFIDENTIALITY OF BACKGROUND\n11.1 Know-how and source code "
     "forming part of the Licensed Background are Confidential Information of the owning Party for the purposes of "
     "Article 14 of the Consortium Agreement.\n11.2 The exceptions in Article 14.3 and the legally required disclosure "
     "procedure in Article 14.4 of the Consortium Agreement apply to such information.\n12. TERM\n12.1 Either Party "
     "may terminate this Licence on notice.\n", "CONFIDENTIALITY", False),
    # set 881: a party's withdrawal from a three-party memorandum is its exit
    ("三者覚書\n瀬戸内薬科大学（以下「甲」という。）、雲嶺研究院（以下「乙」という。）及びブルンマット社（以下「丙」という。）は、次のとおり覚書を"
     "締結する。\n第４条（有効期間）\n本覚書の有効期間は３年間とする。\n３　各当事者は、他の当事者に対し６か月前までに書面で通知することにより、"
     "本覚書から離脱することができる。\n", "TERM_TERMINATION", False),
    # set 881: a CITES export permit for plant samples is no security export control
    (_JA_PREAMBLE + "第７条（法令の遵守）\n３ 提供試料の輸入に当たっては、甲は植物防疫法及び絶滅のおそれのある野生動植物の種の国際取引に関する条約"
     "（ワシントン条約）に基づく手続を行い、乙はこれに必要な輸出許可書、植物検疫証明書その他の書類を甲に提供するものとする。\n", "EXPORT_CONTROL",
     True),
    # set 882: announcing that the memorandum was signed publishes no research
    ("覚書\n葵陵大学（以下「甲」という。）とヴェストメール市（以下「乙」という。）は、次のとおり覚書を締結する。\n第11条（名称等の使用）\n甲及び乙は、"
     "相手方の事前の書面による同意なく、相手方の名称を広告に使用してはならない。ただし、本覚書を締結した事実及びその概要を公表することを妨げない。\n",
     "PUBLICATION", True),
    # set 443, caught by the regression run once survival is no exit: a data annex's exit is suspending the transfers
    ("DATA SHARING ANNEX\nto the RESEARCH COOPERATION AGREEMENT between Minamiura University (the \"University\") and the "
     "Marova Fisheries Research Agency (the \"Agency\")\n1. PURPOSE\n1.1 This Annex governs the survey data the Parties "
     "share.\n2. GENERAL\n2.1 If a Party materially breaches section 1, the other Party may by written notice suspend further "
     "transfers of Survey Data to it until the breach has been remedied.\n2.2 Section 1 survives the expiry or termination "
     "of the Agreement.\n", "TERM_TERMINATION", False),
    # set 885: an exchange of "academic materials and\npublications", the line broken, publishes nothing
    ("MEMORANDUM OF AGREEMENT ON ACADEMIC EXCHANGE\nThis Memorandum is made between Shinonome University (\"SU\") and "
     "Santo Nino University (\"SNAU\").\nArticle 2 Forms of Cooperation\n2. Cooperation shall take the following forms: "
     "(1) mutual dispatch of researchers; and (2) exchange of academic materials and\npublications.\nArticle 12 Term\n"
     "12.1 Either Party may terminate this Memorandum on six months' notice.\n", "PUBLICATION", True),
    # set 897: a term sheet's "may withdraw from the proposed arrangements" is its exit
    ("SUMMARY OF PRINCIPAL TERMS\nThis Summary of Principal Terms (this \"Term Sheet\") sets out the terms of a proposed "
     "investment by Ironbridge Fund (the \"Investor\") in a company founded by Hokuyo University (the \"University\").\n"
     "1. Investment\nThe Investor invests USD 2,000,000.\n2. Binding Provisions; Expiry\nThe Investor or the University may "
     "withdraw from the proposed arrangements at any time before execution of the Definitive Agreements by written "
     "notice.\n", "TERM_TERMINATION", False),
    # set 904: an exchange keeps the students' records confidential; a disclosure the law requires is the exception
    ("STUDENT EXCHANGE AGREEMENT\nThis Agreement is made between Ryunan University (\"Ryunan\") and Visayas Marine State "
     "University (\"VMSU\").\nArticle 3 Exchange\n3.1 Each University may nominate up to three students a year.\n"
     "Article 12 Confidentiality and Personal Information\n12.1 Each University shall keep the academic records and other "
     "personal information of Exchange Students confidential.\n12.2 Personal information shall be transferred only with "
     "the written consent of the student concerned, except where disclosure is required by law.\nArticle 15 Term\n15.1 "
     "Either University may terminate this Agreement on six months' notice.\n", "CONFIDENTIALITY", False),
    # set 906: samples and personal data sent abroad under the data-protection laws are no security export control
    ("MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between Kiso University (\"KU\") and the Rift Institute "
     "(\"RI\").\nArticle 7 Data and Samples\n7.1 Each Party keeps its own data.\n7.2 Any transfer of personal data "
     "abroad and any export of biological samples shall be carried out in accordance with the Data Protection Act, 2019 "
     "of the Republic of Kenya, the Act on the Protection of Personal Information of Japan and other applicable laws.\n"
     "Article 12 Term\n12.1 Either Party may terminate this Memorandum on six months' notice.\n", "EXPORT_CONTROL", True),
    # set 398, caught by the regression run once "D3." items are read: a trained model's export criteria from a data
    # environment are no export control
    ("DATA ACCESS AGREEMENT\nThis Agreement is made between Region Norrvik (the \"Hospital\") and Kisaragi University "
     "(the \"University\").\n1. ACCESS\n1.1 The Hospital gives the University access to the CT archive in its secure "
     "research environment.\n2. TERM\n2.1 Either Party may terminate this Agreement on thirty days' notice.\n3. LAW\n3.1 "
     "This Agreement is governed by Swedish law.\n4. CONFIDENTIALITY\n4.1 The University keeps the data confidential, "
     "except information that is or becomes public or that the law requires it to disclose.\nIN WITNESS WHEREOF the "
     "Parties have signed this Agreement.\nSCHEDULE D - OUTPUT CHECKS\nD1. Aggregate statistics: no cell below ten "
     "patients.\nD2. Figures: no identifiable images.\nD3. Trained Model export criteria: membership-inference advantage "
     "not exceeding 0.05 on the Hospital's standard test harness.\n", "EXPORT_CONTROL", True),
    # set 920: an earlier agreement named inside a defined term (「…共同研究契約（以下「原契約」という。）に基づき開発した…」) does not
    # make this three-party agreement its supplement: it is judged for publication like any other
    ("洋上風力試験サイトの利用に関する協定書\n北斗海洋工科大学（以下「甲」という。）、臺灣離岸能源技術研究院（以下「乙」という。）及び株式会社汐風マリンテック"
     "（以下「丙」という。）は、次のとおり協定を締結する。\n第１条（目的）\n本協定は、試験サイトの利用条件を定める。\n第２条（定義）\n本協定において、"
     "次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n一「試験体」とは、甲及び丙が令和５年４月１日付け共同研究契約（以下「原契約」という。）"
     "に基づき開発したセンサ試作機をいう。\n第３条（秘密保持）\n甲乙丙は、相手方の秘密情報を第三者に開示してはならない。ただし、公知の情報はこの限りでない。\n"
     "第４条（輸出管理）\n甲乙丙は、外国為替及び外国貿易法を遵守する。\n第５条（解除）\n甲乙丙は、３か月前の書面による通知により本協定を解約することができる。\n"
     "第６条（準拠法）\n本協定は日本法に準拠する。\n", "PUBLICATION", True),
    # set 922: a rights table headed "The ownership of the rights in, and the licences granted over, the items created"
    # is the IP clause, though it never says "intellectual property"
    ("DIGITISATION COLLABORATION AGREEMENT\nThis Agreement is made between the National Library (the \"Library\") and "
     "Setouchi University (the \"University\").\nArticle 3 Publication\n3.1 Either Party may publish the results.\n"
     "Article 7 Rights and Licences\n7.1 The ownership of the rights in, and the licences granted over, the items created "
     "or used under this Agreement are as set out in the following table.\nItem\nOwner\nLicence to the other Party\n"
     "Digital Masters\nLibrary\nNon-exclusive licence to the University for research and teaching\n", "IP", False),
    # set 939: mediation under rules named after a chambers' "Arbitration Institution" chooses no law, forum or binding
    # procedure
    ("FUNDING AGREEMENT\nThis Agreement is made between the Lindberg Foundation (the \"Foundation\") and Setouchi "
     "University (the \"Grantee\").\n§ 3 Publication\n(1) The Grantee may publish the results.\n§ 9 Confidentiality\n(1) "
     "Each Party keeps the other's confidential information secret, except what the law requires it to disclose.\n§ 12 "
     "Export Control\n(1) Each Party complies with the export control laws that apply to it.\n§ 14 Termination\n(1) "
     "Either Party may terminate this Agreement on three months' notice.\n§ 16 Dispute Resolution\n(1) The Parties "
     "shall endeavour to settle amicably any dispute arising out of this Agreement.\n(2) If a dispute cannot be settled "
     "within sixty (60) days, either Party may refer it to mediation in accordance with the Swiss Rules of Commercial "
     "Mediation of the Swiss Chambers' Arbitration Institution.\n", "GOVERNING_LAW", True),
    # set 941: the prime award's regulations are no law chosen for this agreement
    ("COOPERATION AGREEMENT\nThis Agreement is made between Keystone Polytechnic University (\"Keystone\") and Sengaku "
     "University (\"Sengaku\").\nArticle 8 Publication\n8.1 Either Party may publish the results.\nArticle 9 "
     "Confidentiality\n9.1 Each Party keeps the other's confidential information secret, except what the law requires it "
     "to disclose.\nArticle 11 Export Control\n11.1 Each Party complies with the export control laws that apply to it.\n"
     "Article 13 Termination\n13.1 Either Party may terminate this Agreement on thirty days' notice.\nATTACHMENT 1\nFD-1. "
     "Applicability. Sengaku acknowledges that the Prime Award is a cooperative agreement governed by the DoD Grant and "
     "Agreement Regulations and by 2 CFR Part 200.\n", "GOVERNING_LAW", True),
    # set 955: a form's governing-law options left unticked, the ticked one choosing none
    ("DATA USE AGREEMENT\nThis Agreement is made between Lakeshore State University (the \"Provider\") and Tsukushino "
     "University (the \"Recipient\").\n1. PUBLICATION\n1.1 The Recipient may publish its results.\n2. EXPORT CONTROL\n2.1 "
     "Each Party complies with the export control laws that apply to it.\n3. CONFIDENTIALITY\n3.1 The Recipient keeps "
     "the Data confidential, except what the law requires it to disclose.\n4. TERMINATION\n4.1 Either Party may "
     "terminate this Agreement on thirty days' notice.\n5. GOVERNING LAW AND DISPUTES\n☐\t(A) This Agreement is "
     "governed by the laws of the State of Michigan.\n☐\t(B) This Agreement is governed by the laws of Japan.\n☒\t(C) The "
     "Parties have not selected a governing law. Any dispute shall be referred to the signing officials.\n",
     "GOVERNING_LAW", True),
    # set 947: a letter's disclosure period, which either side may end early on notice
    ("Dear Professor Morishita,\nConfidentiality of information on the LiceWatch trial\n1. Nordvik AquaSense AS "
     "(\"Nordvik\") and Kuroshio University (the \"University\") may disclose Confidential Information to each other.\n"
     "2. Each of us will keep the other's Confidential Information secret and use it only to discuss the trial.\n"
     "3. This letter applies to Confidential Information disclosed during the period of eighteen (18) months from the "
     "date of this letter. Either of us may end that period earlier by giving thirty (30) days' written notice to the "
     "other.\n", "TERM_TERMINATION", False),
    # set 997: data "provided ... as exported files only" says nothing of export control
    (_EN_PREAMBLE + "1. Data\n1.1 Operational Data shall be provided by Sponsor as exported files only.\n2. Publication\n"
     "2.1 The University may publish the results.\n3. Term\n3.1 Either Party may terminate this Agreement on notice.\n",
     "EXPORT_CONTROL", True),
    # set 1026: talks, then mediation only if both agree to it, choose no law and no forum
    (_EN_PREAMBLE + "1. Publication\n1.1 The University may publish the results.\n2. Export control\n2.1 Each Party "
     "complies with the export control laws that apply to it.\n19. Dispute Resolution\n19.1 The Parties shall attempt "
     "in good faith to resolve any dispute by discussion.\n19.3 If the dispute is still not resolved, the Parties may "
     "agree to refer it to mediation by a mediator agreed between them. Each Party shall bear its own costs of the "
     "mediation and half of the mediator's fees.\n", "GOVERNING_LAW", True),
    # set 1027: an agreement that ends by itself when the applications lapse gives no way out
    (_JA_PREAMBLE + "第11条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、公知の情報を除く。\n第15条（有効期間）\n"
     "本契約の有効期間は、本契約締結の日から本件特許権の存続期間満了の日までとする。ただし、本件出願の全てが拒絶査定の確定、取下げ又は放棄に"
     "より消滅したときは、その時をもって本契約は終了する。\n", "TERM_TERMINATION", True),
    # set 1040: a Turkish university's "COOPERATION PROTOCOL" is asked for publication as a memorandum is
    ("COOPERATION PROTOCOL\nBETWEEN\nKOCAELI KORFEZ TECHNICAL UNIVERSITY\nAND\nMIKAWA UNIVERSITY OF TECHNOLOGY\n"
     "Kocaeli Korfez Technical University (\"KKTU\") and Mikawa University of Technology (\"MUT\") agree as follows.\n"
     "Article 1 - Purpose\n(1) The Parties cooperate in education and research.\nArticle 12 - Confidentiality\n(1) Each "
     "Party keeps the other's confidential information secret, except what is public or the law requires.\nArticle 13 "
     "- Export Control\n(1) Each Party complies with the export control laws that apply to it.\nArticle 20 - Term\n(1) "
     "Either Party may terminate this Protocol on six months' notice.\n", "PUBLICATION", True),
    # set 1043: a consultancy and research services agreement is asked for publication as research is
    ("CONSULTANCY AND RESEARCH SERVICES AGREEMENT\nThis Agreement is made between Vantrell Aerosystems Limited "
     "(the \"Company\") and Hoshimine University (the \"University\").\n7. Results\n7.1 The Company owns the Results.\n"
     "8. Confidentiality\n8.1 Each Party keeps the other's confidential information secret, except what is public or "
     "the law requires.\n9. Export control\n9.1 Each Party complies with the export control laws that apply to it.\n"
     "17. Termination\n17.1 Either Party may terminate this Agreement on notice.\n18. Governing law\n18.1 This "
     "Agreement is governed by the laws of Ireland.\n", "PUBLICATION", True),
    # set 1049: a one-page 覚書 is judged by its title, not by 「客員研究員として受け入れ」 in its second article
    ("覚書\n北辰大学（以下「甲」という。）とノルドハーヴェン海洋技術研究院（以下「乙」という。）は、学術交流に関し、次のとおり覚書を締結する。\n"
     "第１条（目的）\n甲及び乙は、学術交流を推進する。\n第２条（研究者の交流）\n甲は、乙が推薦する研究者を客員研究員として受け入れるものとする。\n"
     "第３条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、公知の情報を除く。\n第４条（輸出管理）\n甲及び乙は、"
     "外国為替及び外国貿易法を遵守する。\n第５条（有効期間）\n甲又は乙は、６か月前までに書面で通知することにより本覚書を終了させることができる。\n",
     "IP", False),
    # set 1047: aggregate outputs "exported" from a data platform are no export control
    (_EN_PREAMBLE + "2. Access\n2.4 Export of outputs. Individual-level Biobank Data may not be downloaded from the "
     "platform. Aggregate outputs may be exported after automated disclosure checks.\n3. Publication\n3.1 The University "
     "may publish the results.\n4. Term\n4.1 Either Party may terminate this Agreement on notice.\n", "EXPORT_CONTROL",
     True),
    # regression run (set 69): a 「研究者交流に関する申合せ」 is a memorandum, asked for publication, not a visitor's agreement
    ("研究者交流に関する申合せ\n北辰大学（以下「甲」という。）とフォルケ大学（以下「乙」という。）は、研究者の交流に関し、次のとおり申し合わせる。\n"
     "第一条（目的）\n甲及び乙は、研究者の交流を推進する。\n第三条（派遣研究者）\n２　甲の派遣研究者は、乙の客員教授の称号を受ける。\n"
     "第四条（輸出管理）\n甲及び乙は、外国為替及び外国貿易法を遵守する。\n第五条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。"
     "ただし、公知の情報を除く。\n第六条（終了）\n甲又は乙は、６か月前までに書面で通知することにより本申合せを終了させることができる。\n",
     "PUBLICATION", True),
    # regression run (set 806): "all right, title and interest in the Deliverables ... shall vest in" the client is an
    # IP clause
    ("RESEARCH SERVICES AGREEMENT\nThis Agreement is made between Beacon Hill Mobility Ltd (the \"Consultant\") and "
     "Hokushin University (the \"Institute\").\nArticle 11 Deliverables\n11.1 Upon payment in full of the applicable "
     "fees, all right, title and interest in the Deliverables shall vest in Consultant.\nArticle 12 Confidentiality\n12.1 "
     "Each Party keeps the other's confidential information secret, except what is public or the law requires.\n"
     "Article 13 Export Control\n13.1 Each Party complies with the export control laws that apply to it.\nArticle 14 "
     "Publication\n14.1 The Institute may publish the results.\nArticle 15 Term\n15.1 Either Party may terminate this "
     "Agreement on notice.\nArticle 16 Governing Law\n16.1 This Agreement is governed by the laws of Japan.\n", "IP",
     False),
    # set 754: a letter that ends on either side's written notice of termination
    (_EN_PREAMBLE + "1. Purpose\nThe Parties will negotiate a definitive agreement.\n15. Term\n15.1 This Letter expires on "
     "the earliest of (a) the signing of the Definitive Agreement; (b) 31 March 2026; and (c) the date specified in a "
     "written notice of termination given by either Party to the other for any reason.\n", "TERM_TERMINATION", False),
    # set 1458: a grant's conditions we may leave at any time (「いつでも助成金の受給を辞退することができる」)
    ("助成金交付条件\n北辰大学（以下「受給機関」という。）に対するフォルケ研究基金（以下「基金」という。）の助成金の交付条件を次のとおり定める。\n"
     "第1条（目的）\n本交付条件は、助成金の交付について定める。\n第16条（助成の停止）\n２ 受給機関は、60日前までに基金に書面で通知することに"
     "より、いつでも助成金の受給を辞退することができる。\n第18条（準拠法）\n本交付条件は、イングランド法に準拠する。\n",
     "TERM_TERMINATION", False),
    # set 1530: a dispute "considered in the competent court at the location of the defendant Party"
    (_EN_PREAMBLE + "Article 11 Settlement of Disputes\n11.2 If the dispute is not settled by negotiations within 60 days, it "
     "is considered in the competent court at the location of the defendant Party, in accordance with the legislation of "
     "the country of the defendant Party.\n", "GOVERNING_LAW", False),
    # set 1526: confidentiality by a separate CDA the letter applies, with its own exceptions
    (_EN_PREAMBLE + "Article 6 Confidentiality\n6.1 The Mutual Confidentiality Agreement between the Parties dated 14 January "
     "2025 (the \"CDA\") applies to all information exchanged under this Letter.\n", "CONFIDENTIALITY", False),
    # set 986: a French MoU in translation, "Each Party may denounce the present Memorandum at any moment"
    (_EN_PREAMBLE + "1. Purpose\nThe Parties cooperate in research.\n2. Duration\nThis Memorandum is concluded for five "
     "years.\n3. Each Party may denounce the present Memorandum at any moment by written notification addressed to the "
     "other Party, with a preavis of six (6) months.\n", "TERM_TERMINATION", False),
])
def test_protections_read_in_the_words_real_agreements_use(engine: AnalyzerEngine, document: str, category: str,
                                                            missing: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="agreement.txt")
    found = {d.category for d in result.document_findings if d.kind == "missing_protection"}
    assert (category in found) is missing


@pytest.mark.parametrize(("category", "sentence"), [
    # set 1076: a draft's blank law and the note on what each side proposed
    ("GOVERNING_LAW", "13.1 This Agreement shall be governed by and construed in accordance with the laws of [●]."),
    ("GOVERNING_LAW", "[Drafting Note (SPU Legal): SPU proposes Japanese law with arbitration under the JCAA Rules "
     "seated in Tokyo; Calder has proposed the laws of the State of Washington. Not agreed.]"),
    # set 1065: a seed shipment's plant-health certificate
    ("EXPORT_CONTROL", "7.2 Every shipment of seed shall be accompanied by a phytosanitary certificate issued by the "
     "national plant protection organisation of the exporting country."),
    # set 1089: outputs leaving a data platform
    ("EXPORT_CONTROL", "13.1 BPHR may monitor use of the RAP, including by reviewing RAP logs and outputs exported from "
     "the RAP."),
    # set 1056: files leaving a secure research environment
    ("EXPORT_CONTROL", "2. Network isolation: file import and export take place only through a controlled gateway."),
    # set 1068: publication among the matters left to each later contract
    ("PUBLICATION", "３　両大学が共同研究を実施する場合には、研究の内容、研究成果の公表その他必要な事項について、当該共同研究ごとに別途"
     "契約を締結するものとする。"),
    # sets 1095 and 1099: mediation one side may propose, or both may choose, decides nothing
    ("GOVERNING_LAW", "18.2 If a dispute is not resolved within sixty (60) days, either Party may propose that it be "
     "referred to mediation by a mediator agreed by the Parties, and the Parties shall share the costs of the mediator "
     "equally."),
    ("GOVERNING_LAW", "17.3 If the dispute is still not resolved within a further sixty (60) days, the Parties may refer "
     "it to mediation by a mediator agreed between them, each Party bearing its own costs and half of the mediator's "
     "fees."),
    # set 1125: mediation both sides may agree to
    ("GOVERNING_LAW", "18.3 If the dispute remains unresolved, the Parties may, by mutual written agreement, refer it to "
     "mediation by a mediator jointly selected by them, the costs of which shall be shared equally."),
    # set 1132: an end only both sides can agree, who signs the notices, and what termination leaves running
    ("TERM_TERMINATION", "16.1 This Memorandum may be terminated only by mutual written consent of the Parties, which "
     "shall specify the date on which the termination takes effect."),
    ("TERM_TERMINATION", "18.2 Notices concerning the amendment or termination of this Memorandum shall in addition be "
     "signed by the President or Rector of the Party concerned."),
    ("TERM_TERMINATION", "16.2 The termination of this Memorandum shall not affect the completion of any activity already "
     "under way at the date of termination."),
    # set 1123: a secure environment's outputs released after a check
    ("EXPORT_CONTROL", "Data Users shall not be permitted to download Restricted Access Data; only outputs that have "
     "passed Aurora's statistical disclosure control check may be exported."),
    # set 1114: a country's rules on taking its rock samples out
    ("EXPORT_CONTROL", "9.6. Samples taken out of Mexico or Japan shall be exported and imported in accordance with the "
     "applicable regulations on geological samples of the respective countries."),
    # set 1107: a tax duty in other jurisdictions
    ("GOVERNING_LAW", "6.3 The Appointee is responsible for any tax obligations in other jurisdictions."),
    # set 1105: an exit ruled out during the term, unless both agree
    ("TERM_TERMINATION", "３　甲及び乙は、第1項の有効期間中、本協定を解約することができない。ただし、甲及び乙が書面により合意した場合は、"
     "この限りでない。"),
    # set 1517: an institution's own regulations for a visitor's fees are no governing law
    ("GOVERNING_LAW", "3. Research fees, if any, shall be governed by the regulations of the Host Institution."),
    # set 1582: a forum ruled out, none chosen
    ("GOVERNING_LAW", "Such disagreements shall not be referred to any national or international tribunal or third party "
     "for settlement."),
])
def test_words_that_only_look_like_a_protection_do_not_count_as_one(category: str, sentence: str) -> None:
    from analyzer.findings.document_checks import NOT_PROTECTION_WORDING, PROTECTION_WORDING

    assert PROTECTION_WORDING[category].search(sentence)
    assert not PROTECTION_WORDING[category].search(NOT_PROTECTION_WORDING[category].sub(" ", sentence))


@pytest.mark.parametrize(("text", "present"), [
    # set 978: "15. General" ... "15.5 These Conditions are governed by the law of England and Wales", a paragraph the
    # category model files under OTHER
    ("15.5 These Conditions are governed by the law of England and Wales, and the parties submit to the non-exclusive "
     "jurisdiction of the courts of England and Wales.", True),
    ("本契約は、日本法に準拠し、日本法に従って解釈される。", True),
    # set 1670: a term sheet's law, with the agreements it leads to
    ("12 This Term Sheet and the Definitive Agreements are governed by the laws of Japan, and the Tokyo District Court "
     "shall have exclusive jurisdiction.", True),
    ("11.1 The Grant Holder shall carry out the Project in compliance with the laws of each country in which it is "
     "carried out.", False),
])
def test_a_law_chosen_for_the_instrument_is_a_governing_law_clause_whatever_the_model_says(text: str,
                                                                                         present: bool) -> None:
    from analyzer.findings.document_checks import has_protection
    from analyzer.types import Clause, Prediction

    clause = Clause("c1", None, 2, "paragraph", "", "", 0, len(text), text, "en")
    low = Prediction(category_scores={"OTHER": 0.65, "GOVERNING_LAW": 0.03})
    assert has_protection("GOVERNING_LAW", [clause], {"c1": low}) is present


def test_ending_the_collaboration_on_notice_is_a_termination_clause(engine: AnalyzerEngine) -> None:
    # set 388: an e-mail's terms: "Either PI may end the collaboration by e-mail with 60 days' notice"
    document = (_EN_PREAMBLE + "Article 1 Research\n1.1 The Parties study drought tolerance in wheat.\nArticle 2 Ending "
                "the collaboration\n2.1 Either PI may end the collaboration by e-mail with 60 days' notice, or at once if "
                "the other side seriously breaks these terms.\n")
    result = engine.analyze(document.encode("utf-8"), name="terms.txt")
    assert "TERM_TERMINATION" not in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_key_terms_left_to_a_memo_not_attached_to_the_contract_are_reported(engine: AnalyzerEngine) -> None:
    # set 391: TRA-02 is reported at low severity, as the taxonomy has it
    document = (_JA_PREAMBLE + "第24条（運用覚書）\n２ 共有知的財産権の持分の割合及び研究経費の追加負担については、甲及び乙の研究代表者の"
                "間で別途取り交わす運用覚書に定めるところによるものとし、当該運用覚書は本契約に添付しないものとする。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind391.txt")
    assert "TRA-02" in {f.indicator for f in result.findings}


def test_terms_the_partner_may_notify_later_bind_us_and_are_reported(engine: AnalyzerEngine) -> None:
    # set 916: a subaward's "further agrees to be bound by such other terms of the Prime Award ... as CCHN may notify ...
    # from time to time"; TRA-02 is reported at low severity, as the taxonomy has it
    document = (_EN_PREAMBLE + "Article 3 Prime Award Terms\n3.1 The terms of the Prime Award listed in Attachment B apply "
                "to the University.\n3.2 The University further agrees to be bound by such other terms of the Prime Award, "
                "and such amendments to the Flow-Down Terms, as Sponsor may notify to the University in writing from time "
                "to time, which shall take effect on the date of notification." + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind916.txt")
    assert "TRA-02" in {f.indicator for f in result.findings}


def test_policies_accepted_by_continued_use_bind_us_and_are_reported(engine: AnalyzerEngine) -> None:
    # set 945: an HPC facility's acceptable-use policy, amended on its website and accepted by using the facility; TRA-02
    # is reported at low severity, as the taxonomy has it
    document = (_EN_PREAMBLE + "Article 3 Acceptable Use\n3.1 The University shall comply with Sponsor's Acceptable Use "
                "Policy (the \"AUP\").\n3.2 Sponsor may amend the AUP at any time. Amendments take effect on publication "
                "on Sponsor's website, and continued use of the Facility after that date shall constitute acceptance of the "
                "amended AUP by the University." + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind945.txt")
    assert "TRA-02" in {f.indicator for f in result.findings}


def test_a_memorandum_under_an_original_agreement_is_not_judged_for_missing_protections(engine: AnalyzerEngine) -> None:
    # set 582: 「個人情報の取扱いに関する覚書」 for a joint research agreement it calls 原契約, which governs the rest
    document = ("個人情報の取扱いに関する覚書\n北辰大学（以下「甲」という。）とフォルケ社（以下「乙」という。）は、甲乙間で2025年4月1日付で"
                "締結した「共同研究契約書」（以下「原契約」という。）に基づく共同研究において取り扱われる個人情報の取扱いに関し、次のとおり"
                "覚書を締結する。\n第1条（目的）\n本覚書は、甲が乙に提供する個人データの取扱いについて定める。\n第2条（原契約との関係）\n"
                "本覚書に定めのない事項については原契約の定めるところによる。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind582.txt")
    assert [d for d in result.document_findings if d.kind == "missing_protection"] == []


@pytest.mark.parametrize(("document", "category", "missing"), [
    # set 591: an MoU's "(e) exchange of publicly available academic materials and publications" publishes nothing
    ("MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between Hokushin University (\"HU\") and Moreton Coast "
     "University (\"MCU\").\n1. PURPOSE\n1.1 The Parties wish to promote academic cooperation in marine robotics.\n"
     "3. FORMS OF COOPERATION\n3.1 Subject to the availability of funds, cooperation may include:\n(a) joint research "
     "projects;\n(b) exchange of academic and research staff;\n(e) exchange of publicly available academic materials "
     "and publications.\n10. TERM\n10.1 Either Party may terminate this MoU on six months' notice.\n", "PUBLICATION",
     True),
    # set 587: talks in good faith, then mediation by a third party both agree on, is a way to settle disputes
    ("学術交流協定書\n北辰大学（以下「甲」という。）と高屏大学（以下「乙」という。）は、次のとおり協定する。\n第1条（目的）\n甲及び乙は、学術"
     "交流を行う。\n第18条（協議及び紛争の解決）\n１ 本協定の解釈について疑義が生じた事項については、甲乙誠実に協議の上、解決するものとする。\n"
     "２ 前項の協議によっても解決しない紛争は、両大学が合意する第三者による調停によりその解決を図るものとする。\n", "GOVERNING_LAW", False),
    # set 1157: an invitation of a foreign researcher is a visiting researcher's agreement, asked for publication
    ("外国人研究者招へいに関する契約書\n北辰大学（以下「甲」という。）とダルマワン・スシロ（以下「乙」という。）は、次のとおり契約する。\n"
     "第1条（目的）\n甲は、乙を招へいする。\n第2条（秘密保持）\n乙は、甲の秘密情報を第三者に開示しない。ただし、公知の情報を除く。\n",
     "PUBLICATION", True),
    # set 1141: a 技術指導契約書 with no publication clause
    ("技術指導契約書\n北辰大学（以下「甲」という。）とヴァンター社（以下「乙」という。）は、次のとおり契約する。\n第1条（目的）\n甲は、乙に"
     "対し技術指導を行う。\n第2条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、公知の情報を除く。\n",
     "PUBLICATION", True),
    # set 1145: specimens exported under CITES and collection permits
    ("COLLABORATIVE RESEARCH AGREEMENT\nThis Agreement is made between Hokushin University (the \"University\") and "
     "the Institut Malgache (\"IMRBF\").\nArticle 4 Permits\n4.6 The export of Specimens and Samples from Madagascar "
     "shall be made only under export permits issued by the Competent Authorities and, for species listed under CITES, "
     "under CITES export permits.\nAnnex C Conditions for the export and loan of specimens\nC2. Specimens and Samples "
     "are exported on loan to the University.\n", "EXPORT_CONTROL", True),
])
def test_protections_read_in_the_words_of_blind_sets_585_to_592(engine: AnalyzerEngine, document: str, category: str,
                                                                  missing: bool) -> None:
    result = engine.analyze(document.encode("utf-8"), name="agreement.txt")
    assert (category in {d.category for d in result.document_findings if d.kind == "missing_protection"}) is missing


@pytest.mark.parametrize(("category", "text"), [
    # set 1142: optional mediation, and who pays the mediator
    ("GOVERNING_LAW", "16.3 Either Party may propose that the dispute be referred to mediation by a mediator agreed by "
     "both Parties. The costs of the mediator will be shared equally."),
    # set 1146: an end only both sides can agree before the term is out, and what follows any end
    ("TERM_TERMINATION", "19.1 This Agreement may be terminated before the end of the Term only by mutual written "
     "agreement of the Parties."),
    ("TERM_TERMINATION", "10.5 The obligations in this Clause continue for five (5) years after the expiry or "
     "termination of this Agreement."),
    ("TERM_TERMINATION", "19.3 On expiry or termination of this Agreement: (a) students already taking part shall be "
     "allowed to complete their studies."),
    # set 1145: specimens leaving the host country under its wildlife and collection permits
    ("EXPORT_CONTROL", "4.6 The export of Specimens and Samples from Madagascar shall be made only under export permits "
     "issued\nby the Competent Authorities and, for species listed in the Appendices to the Convention on\nInternational "
     "Trade in Endangered Species of Wild Fauna and Flora (CITES), under CITES export\npermits."),
    ("EXPORT_CONTROL", "(c) carry out in Japan the sequencing and analysis of Samples exported under the Permits;"),
    ("EXPORT_CONTROL", "ANNEX C - CONDITIONS FOR THE EXPORT AND LOAN OF SPECIMENS AND SAMPLES"),
    # set 1161: an MoU saying what it is not
    ("GOVERNING_LAW", "13.2 This MoU does not constitute an agreement governed by international law and does not bind "
     "the Governments of Japan or Canada."),
    # set 1152: each side's own laws, no forum
    ("GOVERNING_LAW", "2.3 Nothing in this Agreement requires either Party to act in a manner that would violate the "
     "laws of the\njurisdiction in which it is organized."),
    # set 1223: a plant-quarantine inspection of seed samples; set 1225: a museum loan's cultural-property permits
    ("EXPORT_CONTROL", "４　甲は、本試料の輸出に当たり、植物防疫法に基づく輸出検査を受け、植物検疫証明書を取得するものとする。"),
    ("EXPORT_CONTROL", "３　貸出資料の貸出しに当たり、乙の所在国の法令に基づく文化財の一時輸出許可その他必要な手続は乙が行い、日本国における"
     "輸入及び再輸出の手続は甲が行う。"),
    # set 1213: the agreement's own terms, no law; set 1217: our drone brought home; set 1215: trade measures studied
    ("GOVERNING_LAW", "2.3 Any additional supply shall be agreed in writing and shall be governed by this Agreement."),
    ("EXPORT_CONTROL", "9.3 The unmanned aircraft shall be re-exported to Japan or disposed of in accordance with the "
     "conditions of the flight permit."),
    ("EXPORT_CONTROL", "2. Recent episodes of export restrictions on critical minerals have drawn attention to supply "
     "chains."),
    ("EXPORT_CONTROL", "6   | Export permit and phytosanitary certificate for soil/plant material | Ministry of Agriculture"),
    # set 1237: a data table's source system; equipment under a project's own record, not a law
    ("EXPORT_CONTROL", "  Outbreak reports (summary)   | Ministry     | CSV (NADIS export)      | as determined"),
    ("GOVERNING_LAW", "14.2 Equipment provided under the Project shall be governed by the Record of Discussions between "
     "the Japan International Cooperation Agency and the Ministry."),
    # set 1253: a stop both sides agree on, what follows a stop, a visitor sent home
    ("TERM_TERMINATION", "第19条（研究の中止又は期間の延長）\n天災その他やむを得ない事由があるときは、甲乙協議の上、本共同研究を中止し、又は研究"
     "期間を延長することができる。\n２　前項の規定により本共同研究を中止した場合、中止までに得られた研究成果の取扱いについては本契約の定めるところ"
     "による。"),
    ("TERM_TERMINATION", "２　受入れ側当事者は、合理的な理由がある場合には、受入れを拒み、又は受入れを取り消すことができる。"),
    # set 1187: a forum refused, not chosen
    ("GOVERNING_LAW", "20.3 Nothing in this Agreement shall be construed as a submission by either Party to the "
     "jurisdiction of the courts of the country of the other Party, or as a waiver of any privilege or immunity."),
    # set 1277: files written out by a tool; set 1289: a platform's log; set 1283: a secure environment over two lines
    ("EXPORT_CONTROL", "2. Format. Test Logs are written in the Lender's BMSLOG v3 binary format and can be exported to "
     "CSV and HDF5 using the BMS LogView tool supplied with the Equipment."),
    ("EXPORT_CONTROL", "15.2 Before collection, the University shall be entitled to export from the Edge Controller, in "
     "the presence of the Lender's engineer, the configuration files of the Equipment."),
    ("EXPORT_CONTROL", "4. Local copy. The Edge Controller keeps a rolling local copy of the Test Logs, which the "
     "University may export through BMS LogView for the purposes of the Test Programme."),
    ("EXPORT_CONTROL", "B3. Logging of all access and export events; quarterly review of logs by the Coordinating "
     "Centre's information security officer."),
    ("EXPORT_CONTROL", "B.6 Output control. Only Derived Data that comply with Article 11.3 may be exported from the "
     "secure\nresearch environment."),
])
def test_wording_that_gives_no_protection_leaves_no_protective_word(category: str, text: str) -> None:
    from analyzer.findings.document_checks import NOT_PROTECTION_WORDING, PROTECTION_WORDING

    assert not PROTECTION_WORDING[category].search(NOT_PROTECTION_WORDING[category].sub(" ", text))


@pytest.mark.parametrize("text", [
    "Export of the Samples shall be made only after the export control review of the Samples by the University.",
    "The Parties shall comply with the Foreign Exchange and Foreign Trade Act before any export of samples.",
    "Items exported from Japan under this Agreement shall be subject to the export control review of the University.",
])
def test_export_control_over_samples_is_still_a_protection(text: str) -> None:
    from analyzer.findings.document_checks import NOT_PROTECTION_WORDING, PROTECTION_WORDING

    assert PROTECTION_WORDING["EXPORT_CONTROL"].search(NOT_PROTECTION_WORDING["EXPORT_CONTROL"].sub(" ", text))


@pytest.mark.parametrize(("head", "kind"), [
    # set 1212: an agreement restated in full is judged as the whole agreement it is
    ("AMENDED AND RESTATED SPONSORED RESEARCH AGREEMENT\n(Amending and restating in its entirety the Sponsored Research "
     "Agreement dated 1 April 2021, as modified by Amendment No. 1)\n", "research"),
    ("AMENDMENT No. 2\nto the Research Agreement\nArticle 1\nClause 3.2 is hereby amended and restated as follows:\n",
     "amendment"),
    # set 1210: a clinic's evaluation study is research
    ("CLINICAL EVALUATION STUDY AGREEMENT\nThis Agreement is made between the Clinic and the University.\n", "research"),
    # set 1277: robots lent for the test data they record
    ("EQUIPMENT LOAN AND DATA AGREEMENT\nThis Agreement is made between the Lender and the University.\n", "data"),
], ids=["en-amended-and-restated", "en-a-clause-amended-and-restated", "en-a-clinical-evaluation-study",
        "en-an-equipment-loan-and-data-agreement"])
def test_the_kind_of_agreement_follows_its_title(head: str, kind: str) -> None:
    from analyzer.findings.document_checks import agreement_type

    assert agreement_type(head) == kind


def test_a_confirmation_on_handling_research_data_is_judged_as_a_data_agreement() -> None:
    # set 1204: 「研究データ取扱い確認書」 under an existing joint research contract is asked for no IP clause
    from analyzer.findings.document_checks import agreement_type

    assert agreement_type("研究データ取扱い確認書\n甲と乙は、研究データの取扱いについて次のとおり確認する。\n第1条（目的）\n") == "data"


@pytest.mark.parametrize(("text", "asks"), [
    ("Q1.4 Is any shareholder of the Partner a military or defence organisation? No shareholder is.", True),
    ("Q4.5 Will any payment be offered to an individual researcher?", True),
    ("代表者は軍の研究機関の役職を兼ねていますか。", True),
    ("The Partner is funded by the Ministry of Defence.", False),
])
def test_a_rule_match_in_a_question_is_no_finding(text: str, asks: bool) -> None:
    # set 1219: a due-diligence questionnaire asks about military funding; the answer that follows is what binds
    from analyzer.findings.stage import _asks

    assert _asks(text, 5, 12) is asks


def test_a_waived_non_use_compensation_does_not_temper_an_exclusive_licence(engine: AnalyzerEngine) -> None:
    # set 832: 「不実施補償その他の対価を支払う義務を負わず」 in the next paragraph names the safeguard only to waive it
    document = (_JA_PREAMBLE + "第15条（共有知的財産権の実施）\n乙は、共有知的財産権を自ら実施することができる。甲は、乙に対し、共有知的財産権"
                "に係る甲の持分について、全世界を対象として、当該知的財産権の存続期間が満了するまでの間、独占的に実施する権利を許諾したもの"
                "とみなし、甲は、当該期間中、第三者に対し共有知的財産権の実施を許諾しないものとする。\n２　乙は、前項の独占的な実施について、甲"
                "に対し実施料、不実施補償その他の対価を支払う義務を負わないものとする。\n第16条（期間）\n本契約の期間は３年とする。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind832.txt")
    assert {f.severity for f in result.findings if f.indicator == "IP-04"} == {"medium"}


def test_unpublished_data_in_a_schedule_is_no_publication_clause() -> None:
    # set 1195: an option agreement's "Part 2: Unpublished Data" lists what is shared, and says nothing of publishing
    from analyzer.findings.document_checks import PROTECTION_WORDING

    assert not PROTECTION_WORDING["PUBLICATION"].search("Part 2: Unpublished Data (a) In vitro inhibition data")
    assert PROTECTION_WORDING["PUBLICATION"].search("The University may publish the results.")


@pytest.mark.parametrize("heading", ["オープンアクセス", "出版", "Open Access"])
def test_a_co_publication_agreements_open_access_article_is_its_publication_clause(engine: AnalyzerEngine,
                                                                                   heading: str) -> None:
    # set 1187: a press's agreement on a book has no 公表 article; its open-access and publishing articles are that
    document = (_JA_PREAMBLE + f"第7条（{heading}）\n乙は、英語版の初版発行と同時に、OA版を乙の運営する出版プラットフォームにおいて"
                "公開するものとする。\n第8条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、公知の情報は除く。\n")
    result = engine.analyze(document.encode("utf-8"), name="blind1187.txt")
    assert "PUBLICATION" not in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_an_accession_documents_law_by_reference_is_its_governing_law() -> None:
    # set 1147: the accession form takes the consortium agreement's law
    from analyzer.findings.document_checks import DECISIVE_WORDING

    assert DECISIVE_WORDING["GOVERNING_LAW"].search(
        "this Accession Document shall be governed by the law applicable to the Consortium Agreement under its Section "
        "11.7 (laws of Belgium)")


def test_secrecy_under_the_original_agreements_article_has_that_articles_exceptions() -> None:
    # set 1148: 「共有データは、原契約第12条に定める秘密情報として取り扱うものとする」
    from analyzer.findings.document_checks import _CONFIDENTIAL_BY_REFERENCE

    assert _CONFIDENTIAL_BY_REFERENCE.search("４　共有データは、原契約第12条に定める秘密情報として取り扱うものとする。")
    assert not _CONFIDENTIAL_BY_REFERENCE.search("４　共有データは、秘密情報として取り扱うものとする。")


def test_secrecy_by_the_host_agreements_article_applied_as_it_stands_is_there() -> None:
    # set 1531: a work plan's 第13条（秘密保持） applies the host agreement's article to what the parties disclose
    from analyzer.findings.document_checks import _CONFIDENTIAL_BY_REFERENCE

    assert _CONFIDENTIAL_BY_REFERENCE.search("基本協定第14条の規定は、本計画の実施に関して大学及び研究所が相互に開示する情報について準用する。")
    assert not _CONFIDENTIAL_BY_REFERENCE.search("基本協定第14条の規定は、本計画の実施に関する経費の支出について準用する。")


def test_a_letter_whose_subject_line_ends_in_side_letter_is_judged_as_an_amendment() -> None:
    # set 608: the subject line names the agreement first: "Re: Data Sharing Agreement dated ... - Side Letter"
    from analyzer.findings.document_checks import agreement_type

    letter = ("NANXI MEDICAL UNIVERSITY\nSchool of Public Health\nNo. 81 Meishan Road, Hefei, China\n\nOur ref.: NMU-IRC-"
              "2025-0417\nDate: 8 July 2025\nHokushin University\nGraduate School of Medicine\n1-1 Tsurumai-cho, Nagoya "
              "466-8550, Japan\nAttention: Professor Keiko Arakawa, Principal Investigator\n\nRe: Data Sharing Agreement "
              "dated 15 January 2025 between Hokushin University and Nanxi Medical University (Ref. HU-DSA-2024-112) - "
              "Side Letter\nDear Professor Arakawa,\nWe refer to the Data Sharing Agreement.\n")
    assert agreement_type(letter) == "amendment"


@pytest.mark.parametrize(("document", "indicator"), [
    # set 622: TRA-02 is reported at low severity, as the taxonomy has it
    (_EN_PREAMBLE + "Section 3 Platform Terms\n3.1 The Sponsor Terms of Service, the Creator Rules and the Backer Reward "
     "Policy, each as published on the Platform and as updated by Sponsor from time to time without notice to the "
     "University, are incorporated into this Agreement by reference and shall prevail over this Agreement in the event "
     "of any inconsistency." + _EN_TERM, "TRA-02"),
    # set 621: our paying their visitors' travel and stay while they only "endeavour, where possible" (REC-01, low here)
    (_JA_PREAMBLE + "第6条（経費）\n甲は、本協定に基づき乙から受け入れる教員、研究者及び学生に対し、宿舎及び研究に必要な設備を提供するとともに、その"
     "往復渡航費及び滞在費を負担するものとする。\n２ 乙は、本協定に基づき甲から派遣される教員、研究者及び学生の受入れに当たり、可能な範囲で"
     "便宜を図るよう努めるものとする。\n", "REC-01"),
], ids=["en-terms-the-partner-changes-at-will-prevail", "ja-we-pay-their-visitors-they-endeavour"])
def test_low_severity_wording_from_blind_sets_617_to_624_is_reported(engine: AnalyzerEngine, document: str,
                                                                       indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind617.txt")
    assert indicator in {f.indicator for f in result.findings}


def test_an_article_of_exceptions_of_its_own_answers_for_the_confidentiality_exceptions(engine: AnalyzerEngine) -> None:
    # set 630: "Article 5. Exceptions" / "5.1 The restrictions in Article 4 shall not apply to information that ... is or
    # becomes generally available to the public", in a clean-team agreement whose Article 4 the model files elsewhere
    result = engine.analyze(Path(__file__).parent / "data" / "blind" / "set630"
                            / "CleanTeam_Agreement_Cardell-Shiosai_PROOC-RFP-2025-07_execution.pdf")
    assert [d for d in result.document_findings if d.kind == "missing_protection"] == []


def test_a_pathogen_supply_agreement_is_judged_as_a_material_transfer() -> None:
    # set 567: 「病原体等分与契約書」 needs a publication clause as an MTA does
    from analyzer.findings.document_checks import agreement_type

    assert agreement_type("病原体等分与契約書\n北辰大学（以下「甲」という。）と魯東研究所（以下「乙」という。）は、次のとおり契約する。\n") == "mta"


def test_an_unattached_letter_between_the_project_leaders_that_prevails_is_reported(engine: AnalyzerEngine) -> None:
    # set 543: TRA-02 is reported at low severity, as the taxonomy has it
    document = (_EN_PREAMBLE + "Article 5 Contributions\n5.4 The allocation of project personnel and the cost recovery "
                "rates for Sponsor technical services are set out in the letter exchanged between the Project Leaders "
                "dated 14 February 2025. That letter is not attached to this Agreement and prevails over this Agreement "
                "to the extent of any inconsistency." + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind543.txt")
    assert "TRA-02" in {f.indicator for f in result.findings}


def test_ethics_review_that_neither_party_will_seek_is_reported(engine: AnalyzerEngine) -> None:
    # set 552: an e-mail's agreed terms (CMP-02, low here: the terms are written with "will")
    document = (_EN_PREAMBLE + "Article 5 Volunteers\n5.3 Because the Pilot involves only adult staff volunteers and no "
                "patients or health records, neither party will submit the Pilot to its research ethics committee, and "
                "recording will begin at each site as soon as that site's volunteer list is complete." + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind552.txt")
    assert "CMP-02" in {f.indicator for f in result.findings}


@pytest.mark.parametrize(("funder", "raised"), [
    ("the Defence Science and Capability Agency of the Commonwealth of Australia", True),
    ("the National Health and Medical Research Council of the Commonwealth of Australia", False),
])
def test_a_funder_defined_as_a_defence_body_is_read_where_its_term_pays(engine: AnalyzerEngine, funder: str,
                                                                       raised: bool) -> None:
    # sets 1097 and 1020: the definitions name the body once; the article that pays names only the defined term
    document = (_EN_PREAMBLE + f"Article 1 Definitions\n1.1 In this Agreement:\n\"Program Sponsor\" means {funder};\n"
                "\"Project\" means the research described in Annex 1.\nArticle 2 Contributions\n2.1 Sponsor's "
                "contributions are provided from funds awarded to Sponsor by the Program Sponsor under its Countermeasures "
                "Program.\n" + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="funder.txt")
    numbers = {c.id: c.number for c in result.clauses}
    assert ("2.1" in {numbers[f.clause_id] for f in result.findings if f.indicator == "FUN-01"}) is raised


def test_a_defined_term_is_glossed_only_where_it_is_written_with_its_capital() -> None:
    # set 1020: "any Japanese governmental authority" is not the "Authority" the definitions make a defence directorate
    from analyzer.findings.definitions import Gloss, with_glosses
    from analyzer.findings.textmap import map_text

    source = "Reports go to the Authority and to any governmental authority that asks."
    glossed = with_glosses(map_text(source, None, "en"), [Gloss("Authority", " (a defence body)")], "en", source)
    assert glossed.text == "reports go to the authority (a defence body) and to any governmental authority that asks."
    start = glossed.text.index("(a defence")
    term = source.index("Authority")
    assert term <= glossed.span(start, start + 1)[0] < term + len("Authority")


@pytest.mark.parametrize(("document", "lang", "glossed"), [
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Affiliate" means any company which controls, or is controlled by, '
     "Sponsor, including any governmental agency that controls Sponsor.\n", "en", True),
    # set 1235: governments named only to be left out
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Affiliate" means any company which controls, or is controlled by, '
     'Sponsor; provided that "Affiliate" shall not include any government, governmental agency or instrumentality, or '
     "any entity owned or controlled by any of them.\n", "en", False),
    (_JA_PREAMBLE + "第1条（定義）\n（1）「関係会社」とは、乙を支配し、又は乙に支配される法人及び政府機関をいう。\n", "ja", True),
    (_JA_PREAMBLE + "第1条（定義）\n（1）「関係会社」とは、乙を支配し、又は乙に支配される法人をいい、政府機関及びその支配する法人を除く。\n",
     "ja", False),
    # set 1364: a body owned, funded or supervised by the partner's government
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Associated Entity" means, in relation to Sponsor, any body that is owned, '
     "funded or supervised by the Government of the Republic of Estavia.\n", "en", True),
], ids=["en-affiliates-including-an-agency", "en-affiliates-leaving-out-governments", "ja-affiliates-including-an-agency",
        "ja-affiliates-leaving-out-governments", "en-bodies-funded-or-supervised-by-the-government"])
def test_a_definition_that_names_governments_only_to_leave_them_out_lets_none_in(engine: AnalyzerEngine, document: str,
                                                                                 lang: str, glossed: bool) -> None:
    from analyzer.findings.definitions import definition_glosses

    result = engine.analyze(document.encode("utf-8"), name="definitions.txt")
    glosses = definition_glosses([c for c in result.clauses if c.language == lang], None, lang)
    assert any("政府" in g.text or "government" in g.text for g in glosses) is glossed


@pytest.mark.parametrize(("document", "lang", "gloss"), [
    # set 1398: funders and the ministry written into "third party" (the definition wrapped by a PDF line), the agreement's
    # terms into "confidential information", the supervising body into "Affiliate", a platform the partner hosts
    (_JA_PREAMBLE + "第1条（定義）\n六「第三者」とは、甲及び乙以外の者をいい、甲若しくは乙に研究資金を配分する機関、甲若\nしくは乙を所管する"
     "行政機関を含むものとする。\n", "ja", "資金配分機関・監督官庁を含む"),
    (_JA_PREAMBLE + "第1条（定義）\n五「秘密情報」とは、本研究に関して一方当事者が相手方に開示した技術上の情報であって、開示の際に秘密で\nある旨が"
     "明示されたもの及び本契約の内容をいう。\n", "ja", "定義により契約条項を含む"),
    (_EN_PREAMBLE + 'Article 1 Definitions\n1.1 "Affiliate" means, in relation to a Party, any entity that controls it; in '
     'relation to Sponsor, "Affiliate" also includes any body exercising supervisory or funding functions in respect of '
     "Sponsor.\n", "en", "including government authorities"),
    (_EN_PREAMBLE + 'Section 1 Definitions\n1.1 "Centre Data Platform" means the data storage infrastructure of the Centre, '
     "as configured from time to time by Sponsor's Office of Research Infrastructure, including any hosting arrangements "
     "that Sponsor may make with service providers of its choice.\n", "en", "hosted wherever it is configured"),
], ids=["ja-funders-written-into-third-party", "ja-the-agreements-terms-written-into-secrets",
        "en-a-supervising-body-written-into-affiliate", "en-a-platform-the-partner-hosts-where-it-likes"])
def test_a_definition_that_reaches_further_than_its_name_glosses_the_term(engine: AnalyzerEngine, document: str,
                                                                         lang: str, gloss: str) -> None:
    from analyzer.findings.definitions import definition_glosses

    result = engine.analyze(document.encode("utf-8"), name="definitions.txt")
    glosses = definition_glosses([c for c in result.clauses if c.language == lang], None, lang)
    assert any(gloss in g.text for g in glosses)


@pytest.mark.parametrize(("document", "indicator", "raised"), [row[:3] for row in _BLIND_345_TO_1164],
                         ids=[row[3] for row in _BLIND_345_TO_1164])
def test_wording_from_blind_sets_345_to_1164(engine: AnalyzerEngine, document: str, indicator: str,
                                            raised: bool) -> None:
    assert (indicator in _raised(engine, document, "blind345.txt")) is raised


def test_a_court_ordered_disclosure_or_the_law_on_nuclear_damage_chooses_no_law(engine: AnalyzerEngine) -> None:
    # set 1608: a memorandum whose disputes are only talked over, with a court's order in its confidentiality article and
    # the statutory regime for nuclear damage in its liability article
    document = ('MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between Hokushin University ("Hokushin") and the '
                'Kanata Nuclear Safety Technical Institute ("KNSTI").\nArticle 6 Information\n6.4 参加者は、法令又は裁判所'
                "若しくは権限ある当局の命令により保護情報の開示を求められた場合は、事前に提供した参加者に通知する。\nArticle 11 Liability\n"
                "11.2 Liability for nuclear damage shall be governed by the laws of the country in which the nuclear "
                "installation concerned is located.\nArticle 14 Term\nEither Participant may terminate this Memorandum by six "
                "months' written notice.\n")
    result = engine.analyze(document.encode("utf-8"), name="blind1608.txt")
    assert "GOVERNING_LAW" in {f.category for f in result.document_findings if f.kind == "missing_protection"}


@pytest.mark.parametrize(("document", "indicator"), [
    # set 1604: a paragraph that holds both versions of a Japanese-led agreement is read by the English rules too
    (_JA_PREAMBLE + "第1条（目的）\n甲及び乙は、海洋観測に関する共同研究を行う。\n第2条（費用）\n甲及び乙は、それぞれ自己の費用を負担する。研究に必要な"
     "機器は、甲が提供し、乙はこれを善良な管理者の注意をもって管理する。\n第3条（秘密保持）\n甲及び乙は、相手方から開示された秘密情報を第三者に開示して"
     "はならない。ただし、公知の情報はこの限りでない。\n第20条（準拠法）\nThis Agreement shall be governed by and construed in "
     "accordance with the laws of the State of New York, United States of America. 本契約の解釈について疑義が生じた場合は、甲乙協議の上"
     "解決する。\n", "LAW-01"),
    # set 1599: a Japanese sentence with an English name in it, in an English-led agreement, is read by the Japanese rules
    (_EN_PREAMBLE + "Article 1 Purpose\nThe parties will cooperate in marine research and will exchange data and "
     "researchers under the terms of this Agreement.\nArticle 9 Publication\n甲は、\"Collaborative Programme on Marine "
     "Observation of the Vestergaard Museum\" の成果を公表する場合には、あらかじめ乙の書面による同意を得なければならない。\n" + _EN_TERM,
     "PUB-01"),
], ids=["en-sentences-in-a-japanese-led-agreement", "a-japanese-sentence-naming-an-english-programme"])
def test_a_clause_in_both_languages_is_read_by_the_rules_of_the_language_it_is_written_in(
        engine: AnalyzerEngine, document: str, indicator: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="mixed.txt")
    assert indicator in {f.indicator for f in result.findings if f.source in ("rule", "both")}


@pytest.mark.parametrize(("document", "present"), [
    # set 500: an e-mail record's "Either institution may end or shorten the visit by e-mail notice"
    (_EN_PREAMBLE + "Article 13 Visit\n13.1 Dr. Sokolova will work at the University from October.\nArticle 14 Changes "
     "and early end\n14.1 Either institution may end or shorten the visit by e-mail notice to the other institution's "
     "coordinator, giving reasons.\n", "TERM_TERMINATION"),
    # set 533: a letter-memorandum's polite 「終了させることができます」, its PDF line broken inside the word
    (_JA_PREAMBLE + "第12条（研究）\n甲及び乙は、泥炭地の炭素動態を研究する。\n13. 終了\n(1) いずれの大学も、相手方に対し6か月前までに書面で"
     "通知することにより、本覚書を終了\nさせることができます。\n", "TERM_TERMINATION"),
    # set 1260: an e-mail memorandum's "Either of us can end it with one month's notice by email"
    ("From: Kenji Hamasaki\nSubject: MoA\n1. Who is involved\n1.1 Kaishu University (\"Kaishu\").\n1.2 Marlow Sound "
     "Maritime University (\"MSMU\").\n2. How long this runs\nThis arrangement runs until 31 March 2026. Either of us "
     "can end it with one month's notice by email.\n", "TERM_TERMINATION"),
    # set 1330: an e-mail's agreed terms, "Either party may end it" wrapped before the notice
    ("From: Ayaka Morinaga\nSubject: agreed terms\n1. Who is involved\n1.1 Kaishu University (\"Kaishu\").\n1.2 Carrow "
     "Bay University (\"CBU\").\n2. Data. Kaishu will share the Dataset with CBU for the pooled analysis, and CBU will "
     "keep it on its secure server. Either party may end it\n    at any time by giving sixty (60) days' notice by e-mail, "
     "and CBU will then delete the Dataset.\n", "TERM_TERMINATION"),
    # set 1352: a cotutelle agreement that ends on the events it lists, one of them a party's notice
    (_JA_PREAMBLE + "第15条（有効期間）\n本協定は、署名の日から効力を生じ、学位授与の手続が完了した日まで効力を有する。\n第16条（協定の終了）\n"
     "１ 本協定は、次の各号のいずれかに該当する場合には終了する。\n一 本学生が甲又は乙のいずれかを退学したとき\n"
     "二 甲又は乙が、共同指導の継続が困難であると判断し、３か月前までに書面で他方に通知したとき\n", "TERM_TERMINATION"),
    # set 1570: the host's export screening of a student's research, in the article on the student's status
    (_JA_PREAMBLE + "第7条（交換留学生の身分及び遵守事項）\n交換留学生は、受入れ大学の規則に従うものとする。\n２　受入れ大学は、交換留学生が"
     "研究室等において研究活動に従事する場合、自己の安全保障輸\n出管理に関する規程その他の関係規程に基づく確認を行い、その結果に応じて、当該交換留学生"
     "が従事できる研究の範囲を定めることができる。\n", "EXPORT_CONTROL"),
    # set 1595: a Peruvian convenio in translation, whose parties "separate from" it and which is "resolved"
    (_EN_PREAMBLE + "CLAUSE EIGHTEENTH: OF THE FREE ADHESION AND SEPARATION\n18.1 THE PARTIES declare that they subscribe "
     "the present Agreement freely.\n18.2 Sponsor may separate from the Agreement by means of a written communication "
     "with an anticipation of sixty (60) natural days.\nCLAUSE NINETEENTH: OF THE RESOLUTION\n19.1 The present Agreement "
     "may be resolved by the following causes:\na) By mutual agreement of THE PARTIES, expressed in writing.\n",
     "TERM_TERMINATION"),
    # set 1619: a data policy letter that lasts as long as the research agreement it serves
    (_EN_PREAMBLE + "Article 10 Duration and amendment\n10.1 This letter takes effect on the date of countersignature and remains in "
     "effect for as long as the JRA remains in force, including any extension. If the JRA is terminated, the two "
     "centres will agree within sixty days how data sets still awaiting release are to be handled.\n",
     "TERM_TERMINATION"),
    # set 1623: a memorandum that ends with the programme agreement it serves
    (_JA_PREAMBLE + "第14条（有効期間）\n本覚書は、甲乙双方が署名した日から効力を生じ、プログラム協定が効力を有する間、有効とする。\n２　"
     "プログラム協定が終了したときは、本覚書も同時に終了する。\n", "TERM_TERMINATION"),
    # set 1625: a secondment letter's early end
    (_EN_PREAMBLE + "Article 14 Early end of your secondment\n14.1 Your secondment may end early (a) on three (3) months' written "
     "notice given by you, by the University or by the Sponsor; or (b) immediately if the University recalls you.\n",
     "TERM_TERMINATION"),
    # found by stop 61's regression run (set 212): a duty to keep export-control law in a long article of notices and
    # general terms, beside an exit on sanctions that is no export-control clause of its own
    (_EN_PREAMBLE + "Article 11 Term and Termination\n11.3 Either Party may terminate this Memorandum on written notice "
     "if continuing becomes unlawful for it, including as a result of export control or sanctions measures.\n"
     "Article 12 Amendment and Notices\n12.1 This Memorandum may be amended only in writing signed by both Parties.\n"
     "12.2 Notices shall be sent to the coordinators named in Annex A by e-mail and by post.\n12.3 This Memorandum "
     "contains the whole of the understanding of the Parties. Each Party shall deal with personal data under the laws "
     "that apply to it. Export Control and Sanctions. Each Party shall comply with the export control and sanctions laws "
     "that apply to it. Nothing in this Memorandum obliges a Party to provide any item before it has completed its own "
     "export control review and obtained any licence required.\n", "EXPORT_CONTROL"),
], ids=["en-may-end-or-shorten-the-visit", "ja-polite-termination-broken-across-lines", "en-either-of-us-can-end-it",
        "en-either-party-may-end-it-wrapped-before-the-notice", "ja-a-cotutelle-that-ends-on-the-events-it-lists",
        "ja-a-hosts-export-screening-of-a-students-research", "en-a-convenio-resolved-or-separated-from",
        "en-a-letter-that-lasts-as-long-as-the-agreement-it-serves", "ja-a-memorandum-that-ends-with-its-agreement",
        "en-a-secondments-early-end", "en-export-control-law-kept-in-an-article-of-notices"])
def test_a_protection_in_other_words_counts_as_present(engine: AnalyzerEngine, document: str, present: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind500.txt")
    assert present not in {d.category for d in result.document_findings if d.kind == "missing_protection"}


@pytest.mark.parametrize("document", [
    # set 722: the only export wording binds us to ship 「…輸出に係る審査、許可その他の手続の有無にかかわらず」
    _JA_PREAMBLE + "第8条（利益配分）\n３　甲は、前項に定める機器及び技術の提供を、甲の所在国における輸出に係る審査、許可その他の手続の有無に"
    "かかわらず、乙の要請の日から60日以内に行うものとする。\n第9条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、"
    "公知の情報は除く。\n第10条（解除）\n甲は、乙に通知して本契約を解除することができる。\n",
    # set 732: a foundry's know-how schedule, "recipes ... as exported from the tool controllers"
    _EN_PREAMBLE + "Article 4 Transfer\n4.1 The Sponsor shall deliver the Equipment and the recipes as exported from the "
    "tool controllers on decommissioning.\nArticle 5 Confidentiality\n5.1 Each party shall keep the other's confidential "
    "information secret, except information that is public.\nArticle 6 Termination\n6.1 Either party may terminate on "
    "notice.\nArticle 7 Governing Law\n7.1 This Agreement is governed by the laws of Japan.\n",
    # set 1513: an export-control article kept as its heading, its text struck in the draft
    _JA_PREAMBLE + "第13条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示しない。ただし、公知の情報は除く。\n第14条（輸出管理）\u3000[deleted]\n"
    "【コメント：乙Ver.2.2において本条全文削除（各当事者は法令を遵守する旨\nの第15条で足りる）。】\n第15条（解除）\n甲は、乙に通知して本契約を解除する"
    "ことができる。\n",
    _EN_PREAMBLE + "Article 11 Confidentiality\n11.1 Each party shall keep the other's confidential information secret, "
    "except information that is public.\nArticle 12 Export Control [Intentionally omitted]\nArticle 13 Termination\n13.1 "
    "Either party may terminate on notice.\n",
    # set 1613: the provider's own permit to send its specimens out
    _EN_PREAMBLE + "Article 3 Shipment\n3.2 Sponsor shall obtain the veterinary health certificate and the authorisation "
    "for the export\n    of biological specimens required by Mongolian law. The University shall obtain, before shipment, "
    "the import permits required under the law of Japan.\nArticle 13 Termination\n13.1 Either party may terminate on "
    "notice.\n",
    # set 1630: a licensor's right to end the licence when sanctions or export restrictions strike is an exit
    _EN_PREAMBLE + "Article 12 Term and Termination\n12.3 The University may terminate this Agreement with immediate "
    "effect by written notice if Sponsor or any of its Affiliates becomes subject to sanctions or export restrictions "
    "imposed by Japan.\n",
    # set 1649: ... or the last of a list of grounds
    _EN_PREAMBLE + "Article 19 Termination\n19.3 Either Party may terminate this Agreement by written notice if (a) the "
    "other Party commits a material breach; (b) the other Party becomes insolvent; or (e) sanctions, an export or "
    "import restriction or any other governmental measure prevents a Party from performing its obligations.\n",
], ids=["ja-a-waiver-of-the-export-review", "en-recipes-exported-from-a-tool", "ja-an-export-article-struck-in-the-draft",
        "en-an-export-article-intentionally-omitted", "en-the-providers-permit-to-send-its-specimens-out",
        "en-an-exit-on-sanctions-or-export-restrictions", "en-an-exit-on-sanctions-last-of-a-list"])
def test_export_wording_that_protects_nothing_leaves_export_control_missing(engine: AnalyzerEngine,
                                                                            document: str) -> None:
    result = engine.analyze(document.encode("utf-8"), name="blind722.txt")
    assert "EXPORT_CONTROL" in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_confidentiality_of_unpublished_and_marked_information_needs_no_public_domain_exception(
        engine: AnalyzerEngine) -> None:
    # set 500: what is kept secret is only "the other's unpublished data and any information marked as confidential"
    document = (_EN_PREAMBLE + "Article 10 Data\n10.1 Each side keeps a copy of the data.\nArticle 11 Confidentiality\n"
                "11.1 Each institution will keep the other's unpublished data and any information marked as "
                "confidential in confidence until three years after the end of the visit.\n")
    result = engine.analyze(document.encode("utf-8"), name="blind500.txt")
    assert "CONFIDENTIALITY" not in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_an_unattached_side_letter_that_prevails_is_raised_whatever_the_paragraph_is_about(
        engine: AnalyzerEngine) -> None:
    # set 500: a letter of intent's "Commercial terms." paragraph, which the model files under funding (TRA-02 is low)
    document = (_EN_PREAMBLE + "Article 6 Commercial terms\n6.1 The milestone payments and royalty rates were agreed in "
                "principle. Those terms will be recorded in a separate side letter between Sponsor and Professor "
                "Hanazawa, which will not be annexed to this letter and will prevail over any inconsistent provision."
                + _EN_TERM)
    result = engine.analyze(document.encode("utf-8"), name="blind500.txt")
    assert "TRA-02" in {f.indicator for f in result.findings}


def test_a_data_processing_addendums_confidentiality_under_the_principal_agreement_needs_no_exceptions_of_its_own(
        engine: AnalyzerEngine) -> None:
    # set 507: "Security documentation ... marked as confidential is Confidential Information of the Provider under the
    # Principal Agreement", whose exceptions apply
    document = (_EN_PREAMBLE + "Article 16 Publicity\n16.1 Neither party shall issue a press release.\nArticle 17 "
                "Confidentiality\n17.1 Security documentation supplied by Sponsor and marked as confidential is "
                "Confidential Information of Sponsor under the Principal Agreement.\n")
    result = engine.analyze(document.encode("utf-8"), name="blind507.txt")
    assert "CONFIDENTIALITY" not in {d.category for d in result.document_findings if d.kind == "missing_protection"}


def test_a_term_sheet_drawn_in_text_is_read_row_by_row() -> None:
    # set 1526: an LOI's Annex A, each row opened by its number and its cells wrapped onto indented lines
    from analyzer.findings.stage import _numbered_rows

    table = ("No.  Binding  Item                  Indicative terms\n"
             "1    No       Parties               The University and Halvorsen.\n\n"
             "2    No       Research Funding      JPY 180,000,000 in total,\n"
             "                                    payable in eight instalments.\n\n"
             "3    No       Project Data          All Project Data will be uploaded to Halvorsen's cloud.\n"
             "10   No       Publication           free to publish\n")
    rows = _numbered_rows(table)
    assert [text.split()[0] for _, text in rows] == ["1", "2", "3"]
    assert "payable in eight instalments." in rows[1][1]
    assert all(table[start:start + len(text)] == text for start, text in rows)
