"""The playbook: validated at load with clear errors; an office adds a rule without touching code."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.config import Settings
from analyzer.engine import AnalyzerEngine
from analyzer.errors import ConfigError
from analyzer.findings.playbook import load_playbook
from analyzer.findings.rules import apply_rules
from analyzer.findings.textmap import map_text

CLAUSE = "第9条（寄附講座）\n甲は、乙の指定する企業から寄附講座の設置費用を受け入れ、講座の名称に当該企業名を冠する。\n"

OFFICE_RULE = """
version: 1
rules:
  - id: OFFICE.ja.named-chair
    indicator: COI-03
    lang: ja
    any: ["{P}の指定する企業から[^。]{0,20}寄附講座"]
    score: 0.9
    explanation: {ja: 相手方指定企業の寄附講座です。, en: An endowed chair funded by a company the partner names.}
"""


def test_an_office_adds_a_rule_in_yaml_and_it_raises_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "office.yaml"
    path.write_text(OFFICE_RULE, encoding="utf-8")
    default = AnalyzerEngine().analyze(CLAUSE.encode(), name="chair.txt")
    assert "COI-03" not in {f.indicator for f in default.findings}
    playbook = load_playbook(extra=[path])
    assert "OFFICE.ja.named-chair" in {r.id for r in playbook.rules}
    engine = AnalyzerEngine(settings=replace(Settings(), playbook=None))
    engine.stages[1]._playbook = playbook  # the stage the CLI builds from --playbook
    result = engine.analyze(CLAUSE.encode(), name="chair.txt")
    finding = next(f for f in result.findings if f.indicator == "COI-03")
    assert finding.rule == "OFFICE.ja.named-chair"
    assert finding.source in ("rule", "both")
    assert finding.evidence == result.document.text[finding.start:finding.end]
    assert "寄附講座" in finding.evidence


def test_the_cli_takes_a_playbook_folder_that_replaces_the_shipped_one(tmp_path: Path) -> None:
    folder = tmp_path / "playbook"
    folder.mkdir()
    (folder / "office.yaml").write_text(OFFICE_RULE, encoding="utf-8")
    document = tmp_path / "chair.txt"
    document.write_text(CLAUSE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "--format", "json", "--playbook", str(folder), str(document)])
    assert result.exit_code == 0, result.output
    assert '"rule": "OFFICE.ja.named-chair"' in result.stdout


# fmt: off
BAD = [
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: NOPE-01\n    any: [a]\n", "NOPE-01", id="unknown-indicator"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: ['(unclosed']\n", "invalid regular",
                 id="bad-regex"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: [a]\n    colour: red\n", "unknown field",
                 id="unknown-field"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n", "at least one pattern", id="no-pattern"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: [a]\n    score: 3\n", "score",
                 id="score-out-of-range"),
    pytest.param("version: 1\nrules:\n  - {id: x, indicator: PUB-01, any: [a]}\n  - {id: x, indicator: PUB-02, any: [b]}\n",
                 "used twice", id="duplicate-id"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: [a]\n    safeguards: ['(unclosed']\n",
                 "invalid regular", id="bad-safeguard-regex"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: [a]\n    also: [PUB-03]\n",
                 "only a rule with effect: suppress", id="also-on-a-raising-rule"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    effect: suppress\n    any: [a]\n"
                 "    also: [PUB-99]\n", "PUB-99", id="also-names-an-unknown-indicator"),
    # a role token starts and ends with a non-word character: a \b beside it never matches
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: ['(?:{P}|the sponsor)\\b may']\n",
                 "word boundary", id="boundary-after-a-group-ending-in-a-role"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: ['approval of {H}\\b']\n",
                 "word boundary", id="boundary-after-a-role"),
    pytest.param("version: 1\nrules:\n  - id: x\n    indicator: PUB-01\n    any: ['to \\b(?:{P}|the partner)']\n",
                 "word boundary", id="boundary-before-a-group-opening-with-a-role"),
    pytest.param("version: 2\nrules: []\n", "version", id="unsupported-version"),
    pytest.param("rules: [\n", "not valid YAML", id="broken-yaml"),
]
# fmt: on


@pytest.mark.parametrize(("text", "message"), BAD)
def test_an_invalid_playbook_is_refused_with_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_playbook(path)


def _engine_with_playbook(tmp_path: Path, rules: str) -> AnalyzerEngine:
    """An engine whose findings stage reads only the playbook written here."""
    path = tmp_path / "office.yaml"
    path.write_text(rules, encoding="utf-8")
    engine = AnalyzerEngine()
    engine.stages[1]._playbook = load_playbook(path)
    return engine


def test_a_suppress_rule_removes_the_model_finding(tmp_path: Path) -> None:
    text = "第8条（研究成果の公表）\n甲は、研究成果を公表しようとするときは、事前に乙の書面による承認を得なければならない。\n"
    before = AnalyzerEngine().analyze(text.encode(), name="pub.txt")
    assert "PUB-01" in {f.indicator for f in before.findings}
    engine = _engine_with_playbook(tmp_path, "version: 1\nrules:\n  - id: S\n    indicator: PUB-01\n    lang: ja\n"
                                             "    effect: suppress\n    any: ['公表']\n")
    after = engine.analyze(text.encode(), name="pub.txt")
    assert "PUB-01" not in {f.indicator for f in after.findings}


def test_a_suppress_rule_can_silence_the_models_findings_for_other_indicators_too(tmp_path: Path) -> None:
    text = "第9条（施設の利用）\n乙の研究員は、本研究の期間中、甲の実験施設及び情報システムを利用することができる。\n"
    before = AnalyzerEngine().analyze(text.encode(), name="data.txt")
    model_only = {f.indicator for f in before.findings if f.source == "model"}
    assert model_only
    engine = _engine_with_playbook(tmp_path, "version: 1\nrules:\n  - id: S\n    indicator: PUB-01\n    lang: ja\n"
                                             "    effect: suppress\n    also: ['*']\n    any: ['情報システム']\n")
    after = engine.analyze(text.encode(), name="data.txt")
    assert not {f.indicator for f in after.findings if f.source == "model"}


def test_an_office_names_a_safeguard_that_tempers_the_finding_from_another_paragraph(tmp_path: Path) -> None:
    text = ("共同研究契約書\n第1条（目的）\n甲及び乙は、共同研究を行う。\n第2条（公表）\n甲は、研究成果を公表しようとするときは、事前に乙の書面による"
            "承認を得なければならない。\n２　公表の可否は研究科長会議に報告する。\n")
    rule = ("version: 1\nrules:\n  - id: OFFICE.pub\n    indicator: PUB-01\n    lang: ja\n    any: ['{P}の書面による承認']\n"
            "    safeguards: ['研究科長会議に報告']\n    score: 0.9\n")
    engine = _engine_with_playbook(tmp_path, rule)
    finding = next(f for f in engine.analyze(text.encode(), name="pub.txt").findings if f.indicator == "PUB-01")
    assert finding.severity == "medium"
    assert "同じ条の他の項" in finding.explanation


# wording a blind set showed a shipped rule misreading, read rule by rule: where the engine's other stages (the model's
# categories of a short test document) would hide the difference, the rule itself is asked
@pytest.mark.parametrize(("rule_id", "text", "parties", "fires"), [
    # set 901: a party's own security policy as a ground to refuse a data user is no military or security end use
    ("EXP-02.en.military-use-allowed", "2. The Providing Party may object to a proposed Authorised User within fourteen "
     "(14) days of notification on reasonable grounds, including grounds arising from its internal security rules.",
     {"NIBZ": "PARTNER", "NIEM": "HOME"}, False),
    ("EXP-02.en.military-use-allowed", "2. NIBZ may use the Results for any purpose, including law enforcement and "
     "internal security.", {"NIBZ": "PARTNER", "NIEM": "HOME"}, True),
    # set 905: no notice to us of a delivery to a government department is the data's question (DAT-04), not a secret
    # arrangement kept from our institution (the laboratory's operator, "the Contractor", is not read as the partner)
    ("COI-01.en.no-disclosure-to-home", "B. The Contractor shall deliver to DOE upon its request any Generated "
     "Information. The Contractor shall not be required to notify the Participant of any such request or delivery.",
     {"Participant": "HOME", "Laboratory": "PARTNER"}, False),
    ("COI-01.en.no-disclosure-to-home", "B. The Consultant shall not inform the Participant of this arrangement or of the "
     "fees paid under it.", {"Participant": "HOME", "Consultant": "PARTNER"}, True),
    # set 910: our own use of the data we own, for teaching and non-commercial research, is no open end use
    ("EXP-02.en.end-use-open", "3.3 Recipient owns the Screening Data. Subject to Article 6, Recipient may use the "
     "Screening Data for any teaching or non-commercial research purpose.", {"Recipient": "HOME", "Provider": "PARTNER"},
     False),
    ("EXP-02.en.end-use-open", "3.3 Provider may use the Screening Data for any purpose without restriction.",
     {"Recipient": "HOME", "Provider": "PARTNER"}, True),
    # set 918: a gift letter's fellowship fee paid to our professor personally (the model files the paragraph under
    # funding, so the rule is asked under no topic)
    ("COI-03.en.honorarium-paid-directly", "Faculty Fellowship. The Fellowship carries a personal honorarium of "
     "US$25,000, which Quillon will pay directly to Professor Nishizono in two equal installments.",
     {"Kitakami University": "HOME", "Quillon": "PARTNER"}, True),
    ("COI-03.en.honorarium-paid-directly", "Faculty Fellowship. The honorarium of US$25,000, which Quillon will pay "
     "directly to Professor Nishizono, is subject to approval under Kitakami University's conflict-of-interest policy.",
     {"Kitakami University": "HOME", "Quillon": "PARTNER"}, False),
    # set 922: a rights table's row, owner then licence, beside rows whose licences are for the project only
    ("IP-02.en.licence-row-to-partner", "Catalogue records\nLibrary\nNon-exclusive, royalty-free licence to the University "
     "to use them for the Project during the term of this Agreement\nUniversity Tools\nUniversity\nPerpetual, "
     "irrevocable, worldwide, royalty-free licence to the Library, with the right to grant sublicences to any third "
     "party, to use, modify and commercially exploit the University Tools for any purpose",
     {"University": "HOME", "Library": "PARTNER"}, True),
    ("IP-02.en.licence-row-to-partner", "University Tools\nUniversity\nNon-exclusive, royalty-free licence to the Library "
     "to use the University Tools for the Project during the term of this Agreement",
     {"University": "HOME", "Library": "PARTNER"}, False),
    # set 935: an exclusive licence in an exhibit whose milestones and diligence are waived in a longer list, and whose
    # development is left to the licensee's discretion
    ("IP-04.en.no-diligence", "2. Scope. The Licensee shall have sole discretion over whether, when and how to develop "
     "and commercialise Licensed Products, and the licence shall not be subject to milestone, minimum royalty or other "
     "diligence obligations.", {"University": "HOME", "Aravah": "PARTNER"}, True),
    ("IP-04.en.no-diligence", "2. Scope. The Licensee shall have sole discretion over the design of Licensed Products "
     "and shall use diligent efforts to develop and commercialise them.", {"University": "HOME", "Aravah": "PARTNER"},
     False),
    # set 938: a data breach remedied as the controller directs is no say over our papers
    ("PUB-03.en.partner-edits-content", "9.3 The University shall co-operate with the Trust and take such reasonable "
     "steps as the Trust directs to assist in the investigation, mitigation and remediation of the breach.",
     {"University": "HOME", "Trust": "PARTNER"}, False),
    ("PUB-03.en.partner-edits-content", "9.3 The University shall revise the manuscript as the Trust directs.",
     {"University": "HOME", "Trust": "PARTNER"}, True),
    # set 946: the partner's data to its authorities without notice to us is DAT-04's question, no interest hidden by our
    # researcher
    ("COI-01.en.no-disclosure-to-home", "9.4 Notwithstanding Article 9.3, Sponsor may furnish Results, Project Data "
     "and University Confidential Information to any Governmental Authority that requests them, and the University "
     "acknowledges that Sponsor may be obliged under the laws of the People's Republic of China to do so without "
     "notifying the University.", {"University": "HOME", "Sponsor": "PARTNER"}, False),
    ("COI-01.en.no-disclosure-to-home", "9.4 The Researcher may accept the Sponsor's honorarium without informing the "
     "University.", {"University": "HOME", "Sponsor": "PARTNER"}, True),
    # set 948: both universities' rules together are no partner's rules overriding ours
    ("CMP-01.ja.partner-rules-override", "３　在籍期間を延長する場合は、甲及び乙の規程に従い、書面により合意するものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    ("CMP-01.ja.partner-rules-override", "３　在籍期間を延長する場合は、乙の規程に従うものとする。", {"甲": "HOME", "乙": "PARTNER"},
     True),
    # set 951: the agreement's own existence kept secret is CON-01's subject, no veto over our papers
    ("PUB-01.en.partner-consent-required", "(a) Notwithstanding §5, University shall not disclose to any third party, "
     "including any governmental, funding or regulatory body, the existence or terms of this Agreement, the fact that "
     "the Talk took place, or the identity of any Company program discussed, without the prior written consent of "
     "Company.", {"University": "HOME", "Company": "PARTNER"}, False),
    ("PUB-01.en.partner-consent-required", "(a) University shall not publish any paper on the results without the prior "
     "written consent of Company.", {"University": "HOME", "Company": "PARTNER"}, True),
    # set 955: passages the partner finds against its state's interest, revised at its request (a long judgement between
    # the partner and its request)
    ("PUB-03.ja.partner-edits-content", "３　甲は、研究成果を公表しようとするときは、あらかじめ原稿を乙に提出するものとし、乙が、当該原稿中の"
     "記述が中国の国家利益若しくは社会の安定を損なうおそれがあり、又は本調査の趣旨に沿わないと判断した箇所の修正又は削除を求めたときは、これに従う"
     "ものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    ("PUB-03.ja.partner-edits-content", "３　乙は、甲の論文の記述について修正を求めることはできない。", {"甲": "HOME", "乙": "PARTNER"},
     False),
    # set 953: the surveillance of diseases is no watching of people
    ("EXP-02.en.military-use-allowed", "(A) the mandate of the Organisation includes the coordination of international "
     "surveillance of epidemic-prone diseases and the strengthening of laboratory capacity;",
     {"University": "HOME", "Organisation": "PARTNER"}, False),
    ("EXP-02.en.military-use-allowed", "(A) the Organisation may use the results in any application, including "
     "surveillance of protesters;", {"University": "HOME", "Organisation": "PARTNER"}, True),
    # set 954: our confidential information kept from the company protects us
    ("COI-01.en.no-disclosure-to-home", "2.4 The Company shall not request the Consultant to disclose any confidential "
     "information of the University or of any third party with which the University has a research agreement.",
     {"University": "HOME", "Company": "PARTNER"}, False),
    # set 390 (caught by the regression run): a third party's clients are owed that confidentiality, not our employer
    ("COI-01.en.no-disclosure-to-home", "B1 All results of the Company's contract testing services for turbine "
     "developers, which are subject to obligations of confidentiality towards those clients.",
     {"University": "HOME", "Company": "PARTNER"}, False),
    # set 978: our visitors to the partner follow the host's rules, as its visitors to us follow ours
    ("CMP-01.ja.partner-rules-override", "３　甲の研究者及び学生が乙を訪問する場合は、乙の規則に従い、訪問の30日前までに乙の承認を得る"
     "ものとする。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 983: our own notice of termination given up while exchanges are suspended
    ("TRM-01.ja.no-exit", "甲は、停止期間中、原契約第15条第1項の規定にかかわらず、同項に基づく解約の申入れを行わないものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 986: the French tacite reconduction in translation
    ("TRM-02.en.auto-renewal", "2. It is concluded for a duration of five (5) years and is renewed by tacit reconduction "
     "for successive periods of equal duration.", {"University": "HOME", "Sponsor": "PARTNER"}, True),
    # set 988: a press's link from its open-access book
    ("DAT-01.en.unrestricted-scope", "a) The University shall host the Companion Website at its own expense on servers "
     "operated by or for the University. The Sponsor may link to the Companion Website from its own website and from "
     "the Open Access Edition.", {"University": "HOME", "Sponsor": "PARTNER"}, False),
    # set 993: a warranty that the money is no military or security body's
    ("FUN-01.ja.military-security-funder", "３　甲は、研究経費の原資が甲の自己資金であり、いかなる国の政府機関、軍若しくは治安機関又はこれらの"
     "者が指定する第三者から本受託研究のために交付された資金ではないことを表明し、保証する。", {"乙": "HOME", "甲": "PARTNER"}, False),
    # set 991: a defence prime's contracting officer must approve every release
    ("PUB-01.en.partner-consent-required", "Accordingly, the University shall not publish or otherwise release outside "
     "its organization any information pertaining to the work, including in student theses, without the prior written "
     "approval of the Contracting Officer.", {"University": "HOME", "Contractor": "PARTNER"}, True),
    # set 1000: our researchers staying at the partner follow its rules there
    ("CMP-01.ja.partner-rules-override", "３　甲の研究担当者が乙に滞在して本共同研究に従事するときは、乙の定める規則に従うものとし、乙の"
     "施設の利用については、あらかじめ乙の承認を得るものとする。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1001: a visiting student's work with our staff and facilities vests in the sending university
    ("PER-04.en.results-vest-in-sender", "10.2 Notwithstanding any rule or policy of the Host to the contrary, all Student "
     "IP, including Intellectual Property made jointly with Host staff or using Host Background or facilities, shall "
     "vest in and be owned absolutely by the Home University.", {"Host": "HOME", "Home University": "PARTNER"}, True),
    # CUAD (caught by the regression run): "whether or not used" of a uniform, not of money refunded
    ("TRM-04.en.exit-penalty", "(A) Upon termination of this Agreement, Sponsor shall not use Logan's uniform in "
     "connection with racing, whether or not used in product advertising or promotion.",
     {"University": "HOME", "Sponsor": "PARTNER"}, False),
    # set 1019: a co-supervised candidate's affiliation given solely as the partner's
    ("IP-06.en.partner-sole-affiliation", "11.3 The author affiliation of the Candidate on all publications arising from "
     "the doctoral project shall be given solely as \"School of Chemistry, University of Kilkenny\", and the sponsor "
     "shall be acknowledged as funder.", {"University": "HOME", "University of Kilkenny": "PARTNER"}, True),
    # set 1022: to its group companies, abroad included, 「甲の承諾を要することなく」
    ("EXP-05.ja.to-partner-network", "２　乙は、研究成果を自ら利用するほか、関係会社（日本国外に所在するものを含む。）及びこれらの者が研究開発を委託"
     "する第三者に対し、甲の承諾を要することなく開示し、又は利用させることができるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1025: a visitor's reports home with copies of the data, only the documents we marked kept out
    ("PER-04.en.report-to-sender", "7.2 The Visiting Researcher shall submit to the Sending Institution a quarterly "
     "progress report on the Research together with copies of the experimental data, test records and technical notes "
     "produced by the Visiting Researcher during the Visit Period, provided that the Visiting Researcher shall not "
     "include in such reports any document that the Host has marked as confidential.",
     {"Host": "HOME", "Sending Institution": "PARTNER"}, True),
    # set 1021: a laboratory's invention list and final report to the government that funds it
    ("DAT-04.en.government-access", "B. Participant acknowledges that Contractor has an obligation to provide the "
     "Government with a list of Subject Inventions and the final report, and that the Government may make the final "
     "report publicly available after the removal of proprietary information.", {"Participant": "HOME", "Contractor": "PARTNER"},
     False),
    # set 1035: a student intern at the partner keeps its calendar and its rules for trainees
    ("PER-01.ja.partner-time-control", "2 丙の活動時間は、原則として月曜日から金曜日までの午前9時から午後6時までとし、乙の就業規則に定める休日を"
     "休日とする。", {"甲": "HOME", "乙": "PARTNER", "丙": "THIRD"}, False),
    ("PER-01.ja.partner-time-control", "1 丙は、実施期間中、乙の就業規則のうち研修生に適用される部分その他乙が丙に適用することをあらかじめ書面で"
     "通知した規則を遵守するとともに、甲の学則を遵守する。", {"甲": "HOME", "乙": "PARTNER", "丙": "THIRD"}, False),
    # CUAD (caught by the regression run): a service's reports to its client are no visitor reporting home
    ("PER-04.en.report-to-sender", "d) Excite will provide Client with monthly reports substantiating the number of "
     "impressions of Client's advertising banners displayed on the Excite Network. At the time that Excite makes audited "
     "impression reports available to its advertisers, Client will receive audited impression reports.",
     {"Excite": "HOME", "Client": "PARTNER"}, False),
    # set 1041: a side letter's milestones replaced by the partner's plan, not attached, that it may update
    ("TRA-02.en.unattached-side-letter-prevails", "3. Development Milestones. The Development Milestones in Schedule 3 "
     "shall be replaced by the revised development milestones set out in the development plan presented by the Company to "
     "the University's Licensing Committee on 12 March 2025, as such plan may be updated by the Company from time to "
     "time after consultation with Professor Hanazawa.", {"University": "HOME", "Company": "PARTNER"}, True),
    # set 1042: a processor's promise to disclose nothing to public authorities of its own accord (the model had read a
    # disclosure)
    ("DAT-04.en.no-voluntary-disclosure", "(c) The Processor shall not make any voluntary disclosure of Personal Data to "
     "a Public Authority and shall keep a record of every request received.", {"Controller": "HOME", "Processor": "PARTNER"},
     True),
    # set 1042: the processor's internal policy, not attached, that it may revise and that prevails (TRA-02 is low)
    ("TRA-02.en.side-terms", "6. The detailed controls applied by the Processor are set out in the Ostara Information "
     "Security Policy Framework, an internal document of the Processor that is not attached to this Annex and that the "
     "Processor may revise from time to time at its discretion.", {"Controller": "HOME", "Processor": "PARTNER"}, True),
    # set 1037: terms set out in a letter agreement exchanged between the IP heads, prevailing over the clauses
    ("TRA-02.en.unattached-side-letter-prevails", "15.6 The allocation of Net Licensing Income from licensees in China "
     "and Korea shall be as set out in the letter agreement exchanged between the Parties' respective heads of "
     "intellectual property on or about the Effective Date, which shall prevail over Clauses 7.1 and 7.2.",
     {"University": "HOME", "Company": "PARTNER"}, True),
    # regression runs (sets 43, 759, 340): a ban on passing data to the partner's group; a government's request with
    # words between the body and 「から要請」, DAT-04's question; a licence's ordinary sublicensing on conditions
    ("EXP-05.ja.to-partner-network", "第9条 乙は、乙の親会社（日本国外に所在するものを含む。）その他の関係会社に対し、本件データを提供し、又は"
     "本件データにアクセスさせてはならない。", {"甲": "HOME", "乙": "PARTNER"}, False),
    ("EXP-05.ja.free-retransfer", "３ 前二項の規定にかかわらず、乙は、乙の所在国の法令に基づき同国の政府機関又は規制当局から要請を受けた場合には、"
     "甲への通知又は甲の同意を要することなく、研究データを当該機関に提供することができるものとする。", {"甲": "HOME", "乙": "PARTNER"}, False),
    ("TRA-01.en.unnamed-third-parties", "5.1 The Company may grant sublicenses under the license granted in Section 3.1 to "
     "its Affiliates and to third parties, provided that each sublicense is in writing and is consistent with this "
     "Agreement.", {"University": "HOME", "Company": "PARTNER"}, False),
    # set 1046: the partner's terms of use, changed at will, part of the contract as changed (TRA-02 is low)
    ("TRA-02.ja.partner-terms-become-part", "２　本件データの利用条件の細目については、乙がデータポータル上に随時掲示する学術利用規約の定めるところ"
     "によるものとし、乙が当該利用規約を変更したときは、変更後の利用規約が掲示の時から本契約の一部を構成するものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # sets 1045, 1051: the partner's own employees, defined or answered for, hold no post of ours
    ("PER-01.ja.partner-post", "三　「派遣技術者」とは、乙の従業員のうち、本技術指導を受ける者として第5条の規定により乙が指名し、甲が受入れを承認"
     "した者をいう。", {"甲": "HOME", "乙": "PARTNER"}, False),
    ("PER-01.ja.partner-post", "４　甲は、共同研究員が乙の施設内において行った行為について、甲の従業員が行った行為として責任を負う。",
     {"甲": "PARTNER", "乙": "HOME"}, False),
    # regression run (sets 29, 74): reports to funders and 「その他の関係機関」 are no unnamed recipients; the partner's own
    # 関係機関 are (set 1049)
    ("TRA-01.ja.unnamed-third-parties", "4 甲及び乙は、本協定の内容を研究資金配分機関その他の関係機関に開示することを妨げない。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    ("TRA-01.ja.unnamed-third-parties", "本覚書に基づく活動により得られた研究資料及び成果は、甲及び乙が共同で利用することができるものとし、乙は、"
     "これを乙の関係機関に提供することができる。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1036: a facility's duty not to publish its user's own data and results from proprietary use
    ("PUB-01.ja.partners-own-results", "２　甲は、乙の書面による同意を得ないで、測定データ及び乙の利用の成果を公表してはならない。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    ("PUB-01.en.partners-own-results", "12.2 The Facility shall not publish the User's measurement data or the results of "
     "its experiments without the User's written consent.", {"Facility": "HOME", "User": "PARTNER"}, True),
    # set 1054: models derived from our data kept by the partner after the end, in a clause the model reads as data
    ("TRM-04.ja.partner-keeps-data-without-end", "３　前2項の規定にかかわらず、乙は、本研究の成果の検証のため、派生データ（学習済みの"
     "予測モデルを含む。）及び解析結果を、本契約の終了後も期間の定めなく保持し、乙の研究に利用することができる。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    ("TRM-04.ja.partner-keeps-data-without-end", "３　甲は、派生データを、本契約の終了後も期間の定めなく保持し、甲の研究に利用すること"
     "ができる。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1055: visitors keep the rules and regulations of whichever party receives them
    ("CMP-01.en.partner-rules-override", "3. Visiting researchers shall remain employees of the sending Party during the "
     "visit, shall observe the laws of the host country and the rules and regulations of the receiving Party, and shall "
     "use the facilities of the receiving Party only to the extent authorised by the receiving Party.",
     {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1058: a court's or regulator's order, told to the other side first
    ("DAT-04.ja.government-access", "２　前項の規定にかかわらず、甲及び乙は、法令又は裁判所若しくは行政機関の命令により開示を求められた場合には、"
     "あらかじめ相手方に通知した上で、求められた範囲に限り秘密情報を開示することができる。", {"甲": "HOME", "乙": "PARTNER"},
     False),
    # set 1058: either side may tell its funders, in confidence
    ("COI-01.en.no-disclosure-to-home", "12.2 Neither Party shall disclose the other Party's Confidential Information "
     "received under this Agreement except: (c) by either Party, to the extent reasonably necessary and on a confidential basis, to its funding bodies, "
     "auditors and regulators.", {"University": "HOME", "Company": "PARTNER"}, False),
    # set 1059: nominees given our facilities "on the same terms as Tenryu's own research staff"
    ("PER-03.en.unscreened-admission", "6.3 The Institute may nominate up to four Visiting Researchers in each Project "
     "Year, and the University shall grant them access to the Biofoundry on the same terms as the University's own "
     "research staff.", {"University": "HOME", "Institute": "PARTNER"}, True),
    # set 1060: a consultant who may serve no one but the partner in the field
    ("PUB-04.en.our-researcher-serves-no-one-else", "6.1 During the Term and for eighteen (18) months after its expiry, "
     "the Consultant shall not, directly or indirectly, provide consulting, advisory, research or development services "
     "in the Field to or for the benefit of any person or entity other than the Company.",
     {"Consultant": "HOME", "Company": "PARTNER"}, True),
    # set 1059: each side under the biosafety laws that apply to it, ours named for us
    ("LAW-02.en.partner-security-law", "8.1 Each Party shall carry out its part of the Project in accordance with the "
     "biosafety laws applicable to it. The University shall comply with the Act on the Conservation and Sustainable Use "
     "of Biological Diversity. The Institute shall comply with the Biosecurity Law of the People's Republic of China.",
     {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1053: our data uploaded with accounts the partner issues us on its enclave
    ("DAT-01.en.unrestricted-scope", "Part D. Data Management Plan. Raw data are uploaded to the Institute's Materials "
     "Data Enclave using institutional single sign-on accounts issued by the Institute.",
     {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1064: a ban on attempting to identify or re-identify participants
    ("DAT-03.en.identifiable-data-to-partner", "(a) attempt to identify, re-identify or contact any Participant, or link "
     "the Biobank Data with any other data relating to a Participant;", {"University": "HOME", "Biobank": "PARTNER"},
     False),
    # set 1067: the agreement kept secret, named before the ban
    ("PUB-01.en.partner-consent-required", "6.6 The existence and terms of this Agreement shall be treated as "
     "Confidential Information of Sponsor, and University shall not disclose the same to any Third Party, including "
     "any governmental or public funding agency, without the prior written consent of Sponsor.",
     {"University": "HOME", "Sponsor": "PARTNER"}, False),
    # set 1067: the partner's materials handled under its safety information and the law (authorities in its definition)
    ("LAW-02.en.partner-security-law", "4.3 University shall handle the Sponsor Materials in accordance with the safety "
     "information provided by Sponsor and with applicable law (including government authorities).",
     {"University": "HOME", "Sponsor": "PARTNER"}, False),
    # set 1063: an open-source contributor licence in what we contribute
    ("IP-02.en.contributor-licence", "5.2 The University grants to the Foundation and to recipients of software "
     "distributed by the Foundation a perpetual, worldwide, non-exclusive, royalty-free, irrevocable copyright licence "
     "to reproduce, prepare derivative works of and distribute its Contributions.",
     {"University": "HOME", "Foundation": "PARTNER"}, True),
    # set 1070: a grantee handbook the funder amends, which controls over the conditions (said in the next sentence)
    ("TRA-02.en.terms-it-changes-prevail", "19. This Grant Agreement and the Foundation's Grantee Policies Handbook, as "
     "published on the Foundation's website and amended by the Foundation from time to time, together constitute the "
     "entire agreement. In the event of any inconsistency between the Grantee Policies Handbook and these Grant "
     "Conditions, the Grantee Policies Handbook shall control.", {"Grantee": "HOME", "Foundation": "PARTNER"}, True),
    # set 1074: a press's policies applied as if written into the agreement
    ("TRA-02.en.terms-it-changes-prevail", "6.5 The fees for bulk-download access shall be those set out in the Press's "
     "Digital Publishing Policies, as amended by the Press from time to time, which shall apply to the Digital Edition "
     "as if set out in this Agreement.", {"University": "HOME", "Press": "PARTNER"}, True),
    # set 1070: open access to publications, not to our systems
    ("DAT-01.en.unrestricted-scope", "11. Open Access to Publications and Data. The Foundation expects the results to "
     "be disseminated widely, and the Grantee shall deposit the principal data sets in a recognized public repository.",
     {"Grantee": "HOME", "Foundation": "PARTNER"}, False),
    # set 1071: a bacterial strain's genome
    ("DAT-03.ja.identifiable-data-to-partner", "④選抜株（２４株）のゲノムＤＮＡの抽出及び乙への送付",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1072: each side names the chief scientist of its own cruise and the other's deputy
    ("PER-01.en.partner-post", "3.3 The Chief Scientist of the Institute Cruise shall be appointed by the Institute and "
     "a Co-Chief Scientist by the University. The Chief Scientist of the University Cruise shall be appointed by the "
     "University and a Co-Chief Scientist by the Institute.", {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1073: data held back until our ethics committee approves
    ("CON-03.en.withheld-from-authorities", "5.1 The University shall not provide any Imaging Data unless the Project "
     "has been approved by the ethics review committee of the University Hospital.",
     {"University": "HOME", "Company": "PARTNER"}, False),
    # set 1078: missed development dates that are no breach of an exclusive licence
    ("IP-04.en.no-diligence", "7.3 The target dates set forth in the Development Plan are estimates only, and Company's "
     "failure to achieve any such target date shall not constitute a breach of this Agreement and shall not entitle "
     "University to terminate this Agreement or to convert the License to a non-exclusive license.",
     {"University": "HOME", "Company": "PARTNER"}, True),
    # set 1079: a cross-appointee's funds for the partner's duties kept under the partner's rules
    ("CMP-01.ja.partner-rules-override", "対象者が乙業務に関して受け入れる研究資金は、乙の規則に従い乙が管理する。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1079: a promise not to ask for an assignment
    ("IP-01.en.assign-all-rights", "9.2 Inventions made jointly will be dealt with under a separate agreement, and you "
     "will not be asked to assign to Fraserview any rights that belong to the University.",
     {"University": "HOME", "Fraserview": "PARTNER"}, False),
    # set 1080: a paper's review that names the partner's own results
    ("IP-01.en.partner-owns-all-results", "10.2 The University shall provide the Company with a copy of any proposed "
     "publication that refers to Foreground IP owned by the Company at least thirty (30) days before submission.",
     {"University": "HOME", "Company": "PARTNER"}, False),
    # set 1086: a provider's coded samples and sequences kept for its own reference databases
    ("DAT-03.en.samples-kept-for-its-own-databases", "4. Notwithstanding paragraph 3, the Provider may retain Residual "
     "Samples and a copy of the Sequencing Data in coded form for up to ten (10) years and may use them for assay "
     "development and the construction of its population reference databases.",
     {"Customer": "HOME", "Provider": "PARTNER"}, True),
    # CUAD regression: payment rights assigned to an affiliate are money, not results
    ("TRA-01.en.unnamed-third-parties", "Service Provider may, without the consent of Owner, assign or transfer all or "
     "any part of Service Provider's payment rights under this Agreement to any affiliate of Service Provider.",
     {"Owner": "HOME", "Service Provider": "PARTNER"}, False),
    # regression run (set 932): a sample owned under a foreign country's law is no law chosen for the agreement
    ("LAW-01.ja.foreign-law", "第3条（所有権）本試料の所有権は、メキシコ合衆国の法令に従い、引き続き提供者に属するものとし、本契約のいかなる"
     "規定も、本試料に関する権利を受領者に移転するものと解釈してはならない。", {"甲": "HOME", "乙": "PARTNER"}, False),
    ("LAW-01.ja.foreign-law", "第21条（準拠法）本契約は、中華人民共和国の法律に準拠し、同法に従って解釈されるものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1091: nine months' residence at the partner, the periods agreed with its own head of division
    ("PER-01.en.partner-time-control", "3.2 You will be expected to be in residence at the Host Institution for not less "
     "than nine (9) months in each Programme Year, which may be arranged in one or more periods agreed with the Head of "
     "Division.", {"You": "HOME", "Host Institution": "PARTNER"}, True),
    # set 1089: both sides' full access to the data of both archives
    ("DAT-01.en.unrestricted-scope", "12.2 Each Party shall have full access to the Observational Data held in both "
     "archives, and the Institute's visiting researchers may use the site's computing cluster.",
     {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1093: a press release that names the partner (the use of its name, no veto on papers)
    ("PUB-01.en.partner-consent-required", "9.3 The Recipient shall not issue a press release referring to Cascadia "
     "without Cascadia's prior written approval, other than factual statements of the award in the Recipient's own "
     "reports.", {"Recipient": "HOME", "Cascadia": "PARTNER"}, False),
    # set 1094: a library's conservators' instructions on turning the pages
    ("CMP-01.ja.partner-rules-override", "３　対象資料の頁の開閉は、乙の保存修復担当職員の指示に従い、原則として120度以内の開角で行い、"
     "必要に応じて乙が貸与するブックサポート及びへらを用いる。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1099: whoever the partner names for the research admitted, with our laboratories and network
    ("PER-03.ja.unscreened-admission", "甲は、乙が本共同研究に従事させるため指名した研究担当者を受け入れ、当該研究担当者に甲の実験施設、"
     "設備及び学内情報ネットワークを利用させるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1102: results to the partner's supervising authority and the bodies it designates
    ("EXP-05.en.to-public-bodies-it-designates", "9.6 Notwithstanding Article 9.5, the Institute shall be free to make "
     "the Results, including the Joint Results, available to its Affiliates, to the Directorate (including government "
     "authorities) and to such other public bodies as the Directorate (including government authorities) may "
     "designate, for any purpose and without the consent of the University.",
     {"University": "HOME", "Institute": "PARTNER"}, True),
    # set 1108: results to whoever collaborates with the partner from time to time
    ("TRA-01.en.recipients-engaged-from-time-to-time", "XIV.2 The Company may, without the necessity of obtaining any "
     "further consent of the University, furnish the Research Results to its Affiliates and to such other persons or "
     "entities as may from time to time collaborate with the Company in the development of the Research Results.",
     {"University": "HOME", "Company": "PARTNER"}, True),
    # set 1109: the security measures of the coordinator's own repository
    ("DAT-01.en.unrestricted-scope", "Role-based access control to the repository reviewed every six (6) months by the "
     "Coordinating Site data steward.\nStaff of the Coordinating Site with administrator rights are bound by written confidentiality "
     "obligations.", {"University": "HOME", "Coordinating Site": "PARTNER"}, False),
    # set 1112: participatory surveillance of diseases
    ("EXP-02.en.military-use-allowed", "(c) epidemiology of diseases at the human-animal-environment interface, "
     "including community-based participatory surveillance and risk communication;",
     {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1114: field staff kept out of restricted zones unless the civil protection authority allows
    ("CON-03.en.withheld-from-authorities", "7.5. Participants in Field Campaigns shall follow the instructions of the "
     "field leader and shall not enter restricted zones around the active vents unless authorised by the competent "
     "civil protection authority.", {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1123: no fee for the openly published data
    ("DAT-01.en.unrestricted-scope", "14.3 Aurora shall not charge Data Users any fee for access to the Open Access Data "
     "held in its repository.", {"University": "HOME", "Aurora": "PARTNER"}, False),
    # set 1121: recipients the partner or its parent designates from time to time
    ("TRA-01.en.recipients-engaged-from-time-to-time", "7.4 Sponsor may disclose the Research Results to any member of "
     "the Sponsor Group and to such contract manufacturers, design partners and other collaborators as Sponsor or "
     "Parent may designate from time to time.", {"University": "HOME", "Sponsor": "PARTNER", "Parent": "THIRD"}, True),
    # set 1125: economic terms changed by letters kept outside the agreement
    ("TRA-02.en.unattached-side-letter-prevails", "6.6 The royalty rates and other economic terms may be adjusted from "
     "time to time by letter agreement signed by the directors of the Parties' technology transfer offices, and such "
     "letter agreements need not be attached to this Agreement.", {"University": "HOME", "HBSU": "PARTNER"}, True),
    # a CUAD definition of public authority in general, police among its functions
    ("FUN-01.en.military-security-funder", '"Governmental Authority" means any federal, state or local governmental '
     "authority (including any agency, bureau, commission, court or other tribunal exercising executive, judicial, "
     "legislative, police, regulatory, administrative or taxing authority or functions), and any funding it provides.",
     {"SIGA": "HOME", "MMT": "PARTNER"}, False),
    # set 1131: the agreement kept from government departments and funders
    ("CON-01.en.existence-terms-secret", "2. Neither Party shall disclose to government departments, funding bodies or "
     "any other third party the existence or contents of this Agreement or the arrangements made under Article 7.",
     {"Party A": "HOME", "Party B": "PARTNER"}, True),
    # set 1133: accounts and access rights settled between managers, with no record (a low flag)
    ("TRA-02.en.oral-variation", "6.2 Operational matters, including the number of user accounts and the access rights "
     "attached to them, will be settled directly between the Station Managers from time to time and need not be "
     "recorded in writing.", {"Minase": "HOME", "Westmarch": "PARTNER"}, True),
    # set 1140: the results to bodies and programme participants the partner itself designates
    ("TRA-01.en.results-to-bodies-it-designates", "15.2 KIEME may make the Research Results, including Project Data, "
     "available to the research institutes under the National Research Council and to such other public research "
     "bodies and national R&D programme participants as KIEME may designate.", {"University": "HOME", "KIEME": "PARTNER"},
     True),
    ("TRA-01.en.results-to-bodies-it-designates", "15.2 KIEME may make the Research Results available to such other "
     "public research bodies as KIEME may designate with the prior written consent of the University.",
     {"University": "HOME", "KIEME": "PARTNER"}, False),
    # set 1141: a visitor paying its own way
    ("FUN-04.en.personal-compensation", "3.5 You are responsible for your travel to and from Japan, for your "
     "accommodation and for the costs of any family members accompanying you.", {"you": "PARTNER", "You": "PARTNER",
                                                                                 "your": "PARTNER", "University": "HOME"},
     False),
    # set 1141: a research scope that takes in explosives
    ("EXP-02.en.military-use-allowed", "2.2 The Research shall include the evaluation of the Catalysts in the synthesis "
     "of intermediates for agrochemicals, flame retardants and energetic materials.",
     {"University": "HOME", "Institute": "PARTNER"}, True),
    # set 1144: the visitor using the partner's facilities under its rules
    ("CMP-01.ja.partner-rules-override", "丙は、本研究の遂行に必要な範囲において、乙の施設及び設備を乙の規則に従い利用することができる。",
     {"甲": "HOME", "乙": "PARTNER", "丙": "HOME"}, False),
    # set 1144: nine months a year at the host, the year named first
    ("PER-01.en.months-on-site-each-year", "5.1 During each Programme Year of the Term, the Fellow shall be physically "
     "present and working at the Host Institution for a period of not less than nine (9) months.",
     {"Fellow": "HOME", "Host Institution": "PARTNER"}, True),
    # set 1156: the funder's policies as it amends them, made part of the grant (a low flag)
    ("TRA-02.en.bound-by-terms-notified-later", "6.1 The Grantee shall administer the Grant in accordance with the "
     "Foundation's Grant Management Policies, in each case as issued and amended by the Foundation from time to time "
     "and made available to grantees through the Foundation's online grants portal, which are incorporated into this "
     "Agreement by reference.", {"Grantee": "HOME", "Foundation": "PARTNER"}, True),
    # set 1164: both affiliations named, the model's IP-06 silenced
    ("IP-06.en.support-acknowledged", "7.3 In all publications and presentations arising from the Visit I shall state "
     "my affiliation with the University together with my affiliation with the Sending Institution.",
     {"University": "HOME", "Sending Institution": "PARTNER"}, True),
    # set 1170: a disclosure letter that forms part of the annex without being attached (a low flag)
    ("TRA-02.en.unattached-side-letter-prevails", "13.3 A Party may make that disclosure by a confidential letter "
     "addressed to the other Party's Disclosure Officer, and that letter shall form part of this Annex without being "
     "attached to it or to the Agreement.", {"University": "HOME", "KBU": "PARTNER"}, True),
    # set 1168: staff assigned or removed only with the partner's approval
    ("FUN-06.en.funder-controls-staff", "4.3 For the purpose of ensuring continuity, the University shall not assign any "
     "developer to the Supported Work, or remove any developer from it, without the prior written approval of the "
     "Company.", {"University": "HOME", "Company": "PARTNER"}, True),
    # set 1170: a prescribed misdescription to our office and funders
    ("COI-01.en.no-disclosure-to-home", "10.2 Any notification or report by the Researcher to the Home Institution or "
     "to a funding agency concerning the Concurrent Appointment shall describe it as an honorary visiting appointment "
     "connected with the Joint Project.", {"Researcher": "HOME", "Institute": "PARTNER"}, True),
    # set 1171: three months a year at the partner
    ("PER-01.ja.partner-post", "当該教員は、在任期間中、毎年度通算して三か月以上乙の研究施設に滞在して乙の研究計画に従事するものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1165: a national programme's manuals, its funder read as a party
    ("CMP-01.ja.partner-rules-override", "３　甲及び乙は、本共同研究の実施に当たり、本プログラムの実施方針、機構が定める委託研究開発事務処理説明書"
     "その他機構の定める規程等のうち本共同研究に適用されるものを遵守するものとする。", {"甲": "HOME", "乙": "PARTNER", "機構": "PARTNER"},
     False),
    # set 1183: our own use of the data we keep, said after what we keep
    ("EXP-02.en.end-use-open", "5.3 The Recipient shall retain all Screening Data and all other data generated in the "
     "Research Purpose and may use them without restriction for research and teaching purposes.",
     {"Recipient": "HOME", "Provider": "PARTNER"}, False),
    # set 1188: the partner decides filing after merely hearing us
    ("IP-03.ja.partner-decides-filing", "出願の要否、出願国の選定、出願の時期及び出願内容の決定は、乙が甲の意見を聴いた上でこれを行う。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1184: a recital on the value of open data is no access to our systems
    ("DAT-01.en.unrestricted-scope", "E. The Parties recognise the value of free and open access to Earth observation "
     "data for climate research, and the Agency's archive and network of ground stations.",
     {"Agency": "PARTNER", "University": "HOME"}, False),
    # set 1187: a journal's open-access model is no access to our systems
    ("DAT-01.en.unrestricted-scope", "ARTICLE 6 - OPEN ACCESS MODEL AND LICENSING OF ARTICLES 6.3 The Publisher "
     "shall migrate the Archive to the Platform and keep access to it free.", {"Publisher": "PARTNER",
                                                                               "University": "HOME"}, False),
    # set 1200: our own freedom to tell our bodies and funders
    ("LAW-02.en.partner-security-law", "10.4 The Student may disclose Confidential Information of the Company to the "
     "members of the Student's doctoral thesis committee at SIST, who shall be informed of its confidential nature and "
     "shall be bound by the obligations in this Article. Nothing in this Agreement prevents SIST from disclosing the "
     "existence and terms of this Agreement to SIST's governing bodies, auditors and public funding bodies, or to any "
     "authority as required by law.", {"SIST": "HOME", "Company": "PARTNER"}, False),
    # set 1202: the partner's compelled disclosure with notice to us first
    ("LAW-02.en.partner-security-law", "12.3 If the Foundation is required by law, court order or an order of a "
     "competent authority to disclose confidential information of the Contributor, it shall, where legally permitted, "
     "notify the Contributor promptly before disclosure, cooperate with any lawful attempt by the Contributor to limit "
     "the disclosure, and disclose only the minimum information legally required.",
     {"Contributor": "HOME", "Foundation": "PARTNER"}, False),
    # set 1203: publication only after the foundation's confirmation
    ("PUB-01.ja.partner-consent-required", "２　研究従事者は、研究成果を公表しようとするときは、公表しようとする内容を書面により乙に提出し、乙の確認を"
     "得た上で公表するものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1201: results used under state contracts for national defence
    ("EXP-02.en.military-use-allowed", "13.2 Each Party may also use the Project Results for its other activities, "
     "including for research and development works under state contracts in the interests of national defence and "
     "security.", {"Institute": "PARTNER", "University": "HOME"}, True),
    # set 1201: the partner's rector on a security council, in a table of particulars
    ("EXP-03.ja.defence-linked-party", "代表者の主な兼職\n該当なし\nヴェラヴィア共和国国家安全保障会議 国防産業・科学技術評議会委員",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1212: the partner's own share passed to its affiliate in a novation
    ("IP-01.en.partner-side-transfer", "7.1 With effect from the Effective Date, the Transferor assigns to the\n     "
     "Transferee all of its right, title and interest in and to its share of the Joint Foreground IP.",
     {"Transferor": "PARTNER", "Transferee": "PARTNER", "Institute": "HOME"}, True),
    # set 1220: procedures adopted later bind the new party whether or not it was given them
    ("TRA-02.en.bound-by-terms-notified-later", "9.1 From the Accession Date the New Party shall comply with the Internal "
     "Procedures, including any guidelines adopted by the Steering Committee from time to time, whether or not such "
     "documents are annexed to this Accession Form or have been provided to the New Party.",
     {"New Party": "HOME", "Coordinator": "PARTNER"}, True),
    # set 1227: a letter the contractor issues later forms part of the agreement and prevails
    ("TRA-02.en.bound-by-terms-notified-later", "4.4 Flight plans and data handling arrangements shall be as set out in "
     "the Contractor's Operations Letter, to be issued by the Contractor following the site reconnaissance, which shall "
     "form part of this Agreement and shall prevail over these terms.", {"Contractor": "PARTNER", "University": "HOME"},
     True),
    # set 1240: a trial sponsor's use of its own study data
    ("EXP-02.en.end-use-open", "10.2 Study Data shall be the property of Sponsor, and Sponsor may use Study Data for any "
     "lawful purpose, including regulatory submissions in any country.", {"Sponsor": "PARTNER", "Institution": "HOME"},
     False),
    # set 1243: a provider excused from services an export licence would be needed for
    ("DAT-04.en.government-access", "10.3 Provider shall not be obliged to provide any part of the Services or any "
     "technical data where doing so would require an export licence or other governmental authorisation, until such "
     "licence or authorisation has been obtained.", {"Provider": "PARTNER", "University": "HOME"}, False),
    # set 1239: a grant's open-science duty named in a recital
    ("DAT-01.en.unrestricted-scope", "(B) The Grant Agreement requires the beneficiaries, the Coordinator among them, to "
     "manage the digital research data generated in the Project in a trusted research environment, in line with the FAIR principles and the data management plan, and to "
     "provide open access to research data \"as open as possible and as closed as necessary\".", {"Coordinator": "PARTNER", "University": "HOME"}, False),
    # set 1242: an intern's results at the company's laboratory
    ("IP-01.en.partner-owns-all-results", "9.1 All rights in the Internship Results shall belong to the Company.",
     {"Company": "PARTNER", "University": "HOME"}, False),
    # set 1245: the partner's consent only for the data it marked
    ("PUB-01.ja.partner-consent-required", "３　前項の規定にかかわらず、坑井の位置座標その他乙が別紙2において公表制限情報として指定した提供"
     "データを公表に含める場合には、甲は、あらかじめ乙の書面による同意を得るものとする。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1247: a consultant's deliverables
    ("IP-01.en.partner-owns-all-results", "7.1 All intellectual property rights in the Work Product shall vest in the "
     "Company upon creation.", {"Company": "PARTNER", "Consultant": "HOME"}, False),
    # set 1245: matters settled between coordinators, in writing or not, binding
    ("TRA-02.en.oral-variation", "6.3 Matters not set out in this Agreement, including additions to the Sample List, "
     "shall be settled between the Coordinators from time to time, whether in writing or otherwise, and shall be "
     "binding on the Parties.", {"University": "HOME", "Partner": "PARTNER"}, True),
    # set 1258: terms left to a separate letter that need not be annexed
    ("TRA-02.en.oral-variation", "9.6 The allocation of tunnel occupancy charges and any exchange of test data shall be "
     "as arranged between the Technical Leads by separate letter, which need not be annexed to this Agreement.",
     {"Lender": "HOME", "Borrower": "PARTNER"}, True),
    # set 1255: a funder's licence to the partner's own IP is no ownership of ours
    ("IP-01.en.partner-owns-all-results", "11.2 The University acknowledges that the Programme Sponsor is entitled to a "
     "non-exclusive, royalty-free licence to use, for governmental purposes, any intellectual property of the Institute "
     "arising from the Project.", {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1259: a survey plan's table, 「国益の優先度」 among its questions
    ("LAW-02.ja.partner-security-law", "比較調査\n乙がノルデン共和国で実施する市民外交意識パネル調査\n共通設問\n国際機関への信頼、対外援助への態度、"
     "国際協調と国益の優先度\n日程\n2025年8月 甲の研究倫理審査\n2026年1月末 個票データの相互提供", {"甲": "HOME", "乙": "PARTNER"},
     False),
    # set 1261: access to our systems refused, in the words the model reads as access
    ("DAT-01.en.no-access-given", "6.3 The Company's Authorised Personnel shall not be granted access to any University "
     "network, hospital information system or database other than the secure transfer folder designated for the "
     "Project.", {"Company": "PARTNER", "University": "HOME"}, True),
    # set 1266: the gaps filled by the partner's own rules
    ("TRA-02.ja.partner-terms-become-part", "第24条　本契約に定めのない事項については、乙が定める「委託研究業務取扱要領（Richtlinie für "
     "Auftragsforschung）」によるものとし、同要領にも定めのない事項については、甲乙誠実に協議の上、解決するものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 364 (found by the full comparison): data kept in one named country
    ("DAT-02.en.storage-kept-in-one-country", "9.1 The Cohort Data will not be stored or processed outside New Zealand, "
     "including by any cloud provider, without the prior written consent of the University.",
     {"University": "HOME", "Institute": "PARTNER"}, True),
    # set 1272: onward transfer barred in a plain negative
    ("EXP-05.ja.free-retransfer", "３　乙は、甲から提供を受けた技術情報を、甲の事前の書面による同意を得ることなく、第三者（乙の親会社及び関係会社を含む。）に"
     "再提供し、又は日本国及びドイツ連邦共和国以外の国に持ち出さない。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1290: berths on the partner's ship only at its discretion (the model files the paragraph under the term)
    ("REC-01.en.partner-contribution-discretionary", "4.1 Seiryo shall provide at least twenty-five (25) Ship Days "
     "each season.\n4.2 IPA may, at its discretion and subject to the requirements of "
     "its national programme, offer berths or Ship Days on R/V Estrella Austral to Embarked Scientists of Seiryo when "
     "space and schedules permit.", {"IPA": "PARTNER", "Seiryo": "HOME"}, True),
    # set 1290: a data protocol the partner issues and updates, made part of the agreement (a low finding)
    ("TRA-02.en.bound-by-terms-notified-later", "6.4 The categories of Acoustic Data to be made available to each Party "
     "together with the access conditions applicable to them shall be as specified in the HSOI Acoustic Data Handling "
     "Protocol, as issued and updated by HSOI from time to time, which shall form part of this Agreement and bind both "
     "Parties.", {"HSOI": "PARTNER", "Isonami": "HOME"}, True),
    # set 1286: a bare bullet of a visitor's duties sends our data to the sending institution every month
    ("PER-04.en.visitor-sends-reports-home", "* submit to the Sending Institution, at the end of each month, a written "
     "report on the work performed at the Host Institution, together with copies of the experimental data and "
     "laboratory records produced during that month;", {"KPU": "HOME", "IAPLT": "PARTNER"}, True),
    # set 1277: a lender's test data used for its own products is no open end use
    ("EXP-02.en.end-use-open", "7.4 The Lender may use the Test Data for any purpose, including the development, "
     "validation and certification of its products.", {"Lender": "PARTNER", "University": "HOME"}, False),
    # set 1294: silence taken for consent to each extension (a low finding)
    ("TRM-02.ja.auto-renewal", "３　研究期間の延長の申入れを受けた当事者が、当該申入れの到達した日から14日以内に書面により異議を述べないときは、当該当事者は、"
     "申入れに係る延長に同意したものとみなし、同条第2項の合意が成立したものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1295: the partner not to go to the authorities over our samples, the decision to tell them ours
    ("CON-03.en.withheld-from-authorities", "8.1 The Recipient shall inform the Provider Scientist promptly, and the "
     "Provider shall decide whether and how to inform the competent Japanese authorities. The Recipient shall not itself "
     "report findings relating to the Samples to any authority in Japan or elsewhere.",
     {"Recipient": "PARTNER", "Provider": "HOME"}, False),
    # set 1298: what the partner reports back to us left to its discretion
    ("REC-01.ja.partner-shares-at-discretion", "２　評価の対象とする化合物、評価の時期及び規模並びに甲への結果の報告の範囲は、乙がその裁量により決定する"
     "ものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1301: a network's data policy its steering committee amends prevails (a low finding)
    ("TRA-02.en.terms-it-changes-prevail", "3.2 The conditions of use of Network data are determined by the Network Data "
     "Policy, as published on the Network website and amended from time to time by the Steering Committee, which shall "
     "prevail over this Agreement in the event of any inconsistency.", {"Coordinator": "PARTNER", "University": "HOME"},
     True),
    # set 1306: the gaps filled by the partner's purchasing terms, handed over separately (a low finding)
    ("TRA-02.ja.partner-terms-become-part", "第25条　本契約に定めのない事項については、乙が別途甲に交付する乙の購買基本条件（General Terms "
     "and Conditions of Purchase）の定めるところによるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # (CUAD, found by the full comparison: inventions made jointly, owned jointly)
    ("IP-01.en.partner-owns-all-results", "(c) Title to all inventions made jointly by personnel of Arden (or of any "
     "Affiliate) and Hokushin (or of any Affiliate) in connection with this Agreement shall be jointly owned by Arden (or "
     "its respective Affiliate) and Hokushin.",
     {"Arden": "PARTNER", "Hokushin": "HOME"}, False),
    # set 547 (left open in stop 49): providers listed in an exhibit are named, not unnamed
    ("TRA-01.en.unnamed-third-parties", "10.3 Sponsor may transfer Coded Data to its clinical database and to the service "
     "providers listed in Exhibit C, to the extent covered by the Subjects' consent.",
     {"Sponsor": "PARTNER", "Institution": "HOME"}, False),
    # set 1307: the partner's own rooms opened to us under its rules
    ("CMP-01.ja.partner-rules-override", "３　乙は、本研究の遂行に必要な範囲で、甲及び丙の研究担当者に対し、乙の観測データ処理室及びデータアーカイブ"
     "システムの利用を、乙の規則に従い認める。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1309: "shall act as the counterpart institution" is no act of a legislature
    ("LAW-02.en.partner-security-law", "1. SIFE shall act as the counterpart institution for KIBR researchers applying "
     "for Research Permits and shall submit each application to the permit authority together with its letter of "
     "support.", {"SIFE": "PARTNER", "KIBR": "HOME"}, False),
    # set 1314: an honorarium paid by the person's own employer
    ("FUN-04.en.personal-compensation", "5.4 Academic staff of each Member remain subject to the employment terms and "
     "policies of their own institution. Any honorarium for course production shall be paid only by the employing "
     "Member under its own rules.", {"Coordinator": "PARTNER", "University": "HOME"}, False),
    # set 1317: derived data to collaborators abroad, the onward recipients free of the limits
    ("EXP-05.en.nothing-restricts-onward-transfer", "6.3 Section 6.2 does not prevent the Recipient from making the "
     "Derived Data available to its affiliated institutions and to such collaborators in other countries as the Recipient "
     "may select, and such onward recipients shall not be bound by the restrictions of Section 6.1.",
     {"Recipient": "PARTNER", "Provider": "HOME"}, True),
    # set 1320: the partner shares germplasm only as far as it considers appropriate
    ("REC-01.en.partner-contribution-discretionary", "5.1 ICFAG shall supply germplasm on request.\n5.2 KOFRI will, to the "
     "extent it considers appropriate in light of its national priorities and available resources, endeavour to share "
     "germplasm of Pacific species held in its collections with ICFAG.", {"KOFRI": "PARTNER", "ICFAG": "HOME"}, True),
    # set 1330: our buoys open to the partner's researchers, its facilities to ours only as far as it can manage
    ("REC-02.ja.one-way-access-across-paragraphs", "第3条（施設及びデータの利用）\n甲は、乙の研究者が甲の所有する観測ブイ網及び観測データベースを、本協力の"
     "実施に必要と乙が判断する範囲で随時利用することを認めるものとする。\n２ 乙は、甲の研究者による乙の施設の利用について、乙の規程及び業務上の支障の有無を勘案し、"
     "可能な範囲で便宜を図るよう努めるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1328: members the partner admits with no word to us
    ("TRA-01.en.unnamed-third-parties", '(b) "Park Community Member" means any tenant, incubatee or contractor admitted '
     "to the Park by the Authority from time to time. The admission of a Park Community Member shall not require notice "
     "to or the consent of the Institute.", {"Authority": "PARTNER", "Institute": "HOME"}, True),
    # set 1331: kinds of information kept out of the exchange, not the agreement kept secret
    ("CON-01.en.not-disclosed-or-listed", "2.3 Neither party shall disclose personal data to the other under this "
     "Agreement other than the business contact details of its representatives.", {"Supplier": "PARTNER",
                                                                                   "University": "HOME"}, False),
    # set 1333: our use of the partner's station subject to its director's approval and charges, beside free access
    # for its staff to our laboratories
    ("REC-02.en.one-way-access-across-paragraphs", "ARTICLE V ACCESS TO FACILITIES\n1. Researchers and students of "
     "Hoshigaoka University may use the laboratory of the Field Station, subject to the prior approval of each visit by "
     "the Station Director and payment of the user charges.\n2. Hoshigaoka University shall afford to the academic staff "
     "of Kaleni University access free of charge to the laboratories of its Graduate School.",
     {"Kaleni University": "PARTNER", "Hoshigaoka University": "HOME"}, True),
    # set 1337: an approval over sacred material only, the findings left free
    ("PUB-01.en.partner-consent-required", "9.3 No Party shall publish any Culturally Restricted Material without the "
     "prior written approval of the Council. This clause 9.3 applies only to Culturally Restricted Material and does not "
     "extend to the analysis, findings or conclusions of the Project.", {"Council": "PARTNER", "University": "HOME"},
     False),
    # set 920 (found by the full comparison): a contact list's postgraduate office is no recruitment programme
    ("PER-02.en.recruit-for-partner", "(2) Four originals are signed and a copy shall be given to the candidate.\nContact "
     "points: Dunmarsh: Postgraduate Research Office, School of Engineering.", {"Dunmarsh": "PARTNER", "HUMT": "HOME"},
     False),
    # set 460 (found by the full comparison): a filing clause in a secondment agreement is no visitor's results vesting
    ("PER-04.en.results-vest-in-sender", "8.4 Each Party may, if the other Party declines to file, file at its own cost in "
     "its own name in its own country.\n8.5 This Article applies to inventions made during the Secondment.",
     {"Institute": "PARTNER", "University": "HOME"}, False),
    # set 1336: a bracketed gloss between the recipients and "wherever located"
    ("EXP-05.en.affiliates-wherever-located", "5.3 Notwithstanding Sections 5.1 and 5.2, Recipient may, without further "
     "consent of Provider, make the Material available to its Affiliates and to any Collaborating Entity (including "
     "government agencies), wherever located.", {"Recipient": "PARTNER", "Provider": "HOME"}, True),
    # set 1343: the standard exceptions to confidentiality keep nothing secret
    ("CON-01.en.not-disclosed-or-listed", "11.2 Confidential Information shall not include information that is or "
     "becomes public without breach of this MoU, or that was known to the receiving Participant before disclosure.",
     {"OOA": "PARTNER", "NIEOCS": "HOME"}, False),
    # set 1344: an adjunct's support schedule: an acknowledgement line and a flat in a residence are no time at the partner
    ("PER-01.en.partner-time-control", "Part B - Accommodation: one furnished apartment in Aurelian Rovanne Residence, "
     "reserved for the Appointee throughout the Term.\nPart E - Acknowledgement wording: \"This work was supported by the "
     "Aurelian Polytechnic University Distinguished Adjunct Programme.\"", {"Aurelian Polytechnic University": "PARTNER",
                                                                                "Appointee": "HOME"}, False),
    # set 1344: a cross-appointment's share of our salary paid to us
    ("FUN-04.ja.personal-compensation", "２　乙は、甲が本件教員に支給する給与及び甲が負担する社会保険料等の事業主負担分のうち、乙業務のエフォートに相当する額"
     "（以下「負担金」という。）を、甲の発行する請求書に基づき、四半期ごとに甲に支払う。", {"甲": "HOME", "乙": "PARTNER",
                                                                       "本件教員": "HOME"}, False),
    # set 1346: a repository's metadata, and a depositor's request to withdraw a data set
    ("IP-06.en.partner-sole-affiliation", "5.2 During the Embargo Period the Repository shall publish only the title, "
     "creators, abstract and persistent identifier of the data set.", {"Repository": "PARTNER", "Depositor": "HOME"},
     False),
    ("TRM-01.en.no-exit", "16.1 The Depositor may request withdrawal of a data set where it has discovered a legal "
     "impediment, a serious error or a breach of third-party rights.", {"Repository": "PARTNER", "Depositor": "HOME"},
     False),
    # set 1343: publication only after the partner tells us its authority has cleared it
    ("PUB-01.ja.partner-decides", "３　研究成果の公表は、乙が自国の法令に基づき所管当局の公表審査を経た上で、公表を了承する旨を甲に書面で通知した後でなければ、"
     "これを行うことができないものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1349: our own warranty that we alone applied for the patents
    ("IP-06.en.partner-sole-affiliation", "11.1 The University warrants that it is the sole applicant of the Licensed "
     "Patents and has not granted any right inconsistent with this Agreement.", {"University": "HOME",
                                                                                "Optionee": "PARTNER"}, False),
    # set 1350: no notice of termination before the initial term ends
    ("TRM-01.en.locked-in-for-the-initial-period", "4. Notwithstanding paragraph 3, no notice of termination under that "
     "paragraph may be given before the expiry of the initial term, except with the written agreement of both Parties.",
     {"NICD": "HOME", "TSUT": "PARTNER"}, True),
    # set 1351: a replacement's screening taken as done by the first nomination
    ("EXP-04.en.screening-deemed-done", "3.4 A replacement so designated shall be received on the terms of this "
     "Agreement, the Host's review under Section 3.2 and the screening under Section 10 being treated as having been "
     "completed by virtue of the original nomination.", {"Host": "HOME", "Institute": "PARTNER"}, True),
    # set 1353: a share of our lab director's working time owed to the company
    ("PER-01.en.share-of-time-to-the-partner", "7.5 The Laboratory Director shall also hold the title of Principal "
     "Robotics Advisor of the Company and shall devote not less than forty per cent (40%) of his or her working time to "
     "the Company's product development programme.", {"University": "HOME", "Company": "PARTNER"}, True),
    # set 1362: an endowed chair filled only from the donor's candidates; military work ruled out by a ministry whose
    # definition carries the government gloss
    ("FUN-06.ja.nominee-veto", "３ 寄附講座の責任者となる特任教授の選考は、乙があらかじめ書面により推薦した候補者の中から行うものとし、甲は、乙が書面"
     "により異議を述べた者を寄附講座教員に任用しないものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    ("EXP-02.en.military-use-allowed", "11.2 The work plan concerns civilian flood forecasting. The Ministry (including "
     "government authorities) will not ask you to undertake work with a military application under the Award.",
     {"Ministry": "PARTNER", "Institute": "HOME"}, False),
    # set 1369: a fellow's quarterly memoranda on our laboratory to the sending state's embassy
    ("PER-04.en.visitor-reports-home", "7.2 The Fellow shall deliver to the Science and Technology Counsellor of the "
     "Embassy of the Republic of Valdoria in Tokyo, every three months, a technical memorandum describing the experimental "
     "methods, unpublished data and work in progress of the host laboratory.", {"Council": "PARTNER",
                                                                                "University": "HOME"}, True),
    # set 1365: a cohort's samples from patients and family members, no pay to anyone's family
    ("FUN-04.en.personal-compensation", "A. NIIBR conducts a registry study funded by AMED, in which DNA samples have been "
     "collected from consenting patients and family members.", {"NIIBR": "HOME", "Corvagen": "PARTNER"}, False),
    # set 1366: our results, our own too, reported to the partner's authority for a state plan, our consent in advance
    ("DAT-04.ja.reported-to-its-authority-with-our-consent", "２ 甲及び乙は、本共同研究が国家計画の一環として実施されることを確認し、乙が"
     "研究成果（甲が単独で得たものを含む。）を乙の所管当局に対し随時報告し、当該所管当局が当該研究成果を国家計画の目的のために利用することに、甲は"
     "あらかじめ同意するものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1368: a licensee's own products and services, nothing said of who buys them
    ("EXP-02.en.research-title", "(2) The Licensee may use Derived Models in its products and services, including after "
     "the end of the Term, subject to Article V.", {"Licensee": "PARTNER", "Licensor": "HOME"}, True),
    # set 1373: our analytical data made the partner's, our reuse barred
    ("DAT-05.en.our-data-made-theirs", "7.3 All Analytical Data shall be the exclusive property of Meridane upon its "
     "generation. The University may retain one archival copy of the Analytical Data solely for the purpose of "
     "demonstrating compliance with its research-integrity rules, and shall not otherwise use the Analytical Data for "
     "any purpose, including further research or teaching.", {"Meridane": "PARTNER", "University": "HOME"}, True),
    # set 1375: both names used on a joint laboratory
    ("IP-06.en.partner-sole-affiliation", "2.3 The Joint Laboratory may use the names and logos of TNU and SGUT only in "
     "connection with activities under this Agreement.", {"TNU": "HOME", "SGUT": "PARTNER"}, False),
    # set 1371: an item opening the fields to any other the coordinators identify; set 17: each added field under its own
    # reviewed agreement
    ("TRA-03.en.any-other-field-picked-later", "(f) any other field relating to the climate system, energy resources or "
     "natural resources that the Coordinators may from time to time identify in writing.", {"NICES": "HOME",
                                                                                           "Valhydromet": "PARTNER"}, True),
    ("TRA-03.en.any-other-field-picked-later", "(2) The Parties may extend their cooperation to any other field of "
     "research that they may agree, provided that each additional project shall be set out in a separate written "
     "agreement and shall be reviewed and approved by each Party.", {"University": "HOME", "Institute": "PARTNER"}, False),
    # set 1409: our students' particulars to the host state on request; set 1410: the agreement kept secret is no
    # publication veto
    ("DAT-04.en.students-particulars-on-the-host-states-request", "4. The Receiving Institution may provide the "
     "information listed in Annex B, together with such further particulars of an Exchange Student's course of study, "
     "research group, supervisors and academic contacts as the competent public authorities of the host country may "
     "request from time to time, to those authorities or to any body designated by them.",
     {"KGU": "HOME", "NUA": "PARTNER"}, True),
    ("PUB-01.en.partner-veto", "(1) IMES shall treat the existence of this Agreement, the identity of the Foundation, "
     "the amount of the Grant and the terms of this Agreement as confidential and shall not disclose them to any third "
     "party, including any ministry, funding agency or other public body, without the prior written consent of the "
     "Foundation, which the "
     "Foundation may give or withhold at its discretion.", {"IMES": "HOME", "Foundation": "PARTNER"}, False),
    # set 1386: the partner's help at its own judgment, the help named first (a finding kept low: its wording is hortatory)
    ("REC-01.ja.partner-cooperates-at-will", "２ 乙は、観測サイトへの立入り、現地の関係機関との調整その他本観測網の運用に必要と乙が"
     "認める協力を、乙の判断により可能な範囲で行うよう努めるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1397: a non-compete on our people, whatever the software's licence
    ("PUB-04.en.no-other-partners", "13.3 The University shall procure that, during the term and for thirty-six (36) "
     "months after its expiry, none of the Key Personnel will develop, contribute to or advise on any other "
     "motion-planning software, whether open source or proprietary, for or with any person other than Lumereth.",
     {"University": "HOME", "Lumereth": "PARTNER"}, True),
    # set 1398: joint IP licensed to Affiliates, read with the gloss a definition that takes in the supervising body gives
    ("IP-05.en.joint-ip-onward-transfer", "11.04 For the avoidance of doubt, each Party may grant licences under the Joint "
     "Foreground IP, including the right to grant further sublicences, to any of its Affiliates (including government "
     "authorities) without the consent of, and without accounting to, the other Party.", {"University": "HOME",
                                                                                         "AERI": "PARTNER"}, True),
    # set 1398: the agreement's terms kept from funders through the glosses two definitions give the terms
    ("CON-01.ja.terms-kept-from-funders-by-definition", "１ 甲及び乙は、秘密情報（定義により契約条項を含む）を、相手方の事前の書面による"
     "承諾を得ることなく、第三者（政府機関を含む）（資金配分機関・監督官庁を含む）に開示し、又は漏洩してはならない。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1398: the partner nominating its own people to our node
    ("PER-01.en.partner-time-control", "9.2 KBU shall nominate researchers to serve as Centre Fellows at the Minamiura node "
     "for periods of residence in each year of the Centre.", {"NICMER": "HOME", "KBU": "PARTNER"}, False),
    # set 1389: regulators named among those who may see it; our samples to the partner's ministry without consent
    ("CON-03.en.withheld-from-authorities", "2. The receiving Party shall use Confidential Information only for the "
     "purposes of this Agreement and shall not disclose it to any third party without the prior written consent of the "
     "disclosing Party, save to its personnel, ethics committees and regulators who need to know it.",
     {"MoH": "PARTNER", "University": "HOME"}, False),
    ("EXP-05.ja.passed-on-again-without-consent", "２ 前項の規定にかかわらず、乙は、ラヴェンタ共和国保健省及び同省が指定する国内の機関に"
     "対しては、甲の承諾を要することなく、甲提供試料及びその派生物並びに関連情報を提供することができるものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1390: an end for repeated breaches is no duplicate funding
    ("COI-02.en.duplicate-funded-work", "14.4 The Host may end an individual Fellowship at any time if the Fellow "
     "seriously or repeatedly breaches the Host's rules.", {"NISG": "HOME", "MOSC": "PARTNER"}, False),
    # set 1413: nothing out until a clearance the partner's officer issues (the schedule reads to the model as DATA)
    ("PUB-01.en.nothing-out-until-cleared", "ST6.2 No Disclosure Event shall take place in respect of any Results unless "
     "and until the Programme Director has issued a Clearance Notice in respect of those Results.",
     {"HIST": "HOME", "Carrow": "PARTNER"}, True),
    ("PUB-01.en.nothing-out-until-cleared", "ST6.2 No Disclosure Event shall take place in respect of any Results unless "
     "and until the Programme Director has issued a Clearance Notice, which shall not be unreasonably withheld.",
     {"HIST": "HOME", "Carrow": "PARTNER"}, False),
    # set 1421: a visitor's reports on the work done at the host to the sending state (the model raised PER-04 on the short
    # text already)
    ("PER-04.en.report-to-sender", "2. Each visiting researcher shall submit to the sending institution, and to any "
     "authority of the sending state to which the sending institution is accountable, such reports on the research "
     "conducted at the host institution, including the research data obtained, as that authority may request.",
     {"HSU": "HOME", "KPU": "PARTNER"}, True),
    # set 1423: isolates shipped at once, the export check left for after
    ("EXP-01.ja.shipped-before-the-check", "３ 甲は、乙の要請を受けた日から七十二時間以内に要請された分離株を乙に発送するものとし、第十一条第二項に定める確認"
     "及び手続は、発送後遅滞なく行えば足りるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1424: a fellowship's terms settled between the partner and our researcher, with no word to us
    ("COI-01.en.no-disclosure-to-home", "9.3 The conditions of each Fellowship shall be settled directly between Lindeveld "
     "and the Fellow by individual letter and shall not require the approval of, or any notification to, Kio.",
     {"Kio": "HOME", "Lindeveld": "PARTNER"}, True),
    # set 1428: dispatch not held for an unfinished determination; samples passed on without our consent, the things named
    # before the recipients (the short texts raised both already)
    ("EXP-01.en.not-held-for-an-unfinished-determination", "8.3 NIPR shall complete within that period any internal "
     "classification, licensing or compliance determination it may require for a shipment; the dispatch of approved "
     "Samples shall not be suspended or withheld on the ground that such a determination has not been completed.",
     {"NIPR": "HOME", "Operator": "PARTNER"}, True),
    ("EXP-05.ja.passed-on-again-without-consent", "３ 前二項の規定にかかわらず、乙は、分割試料及び研究成果を、乙関係機関その他乙が適当と認める"
     "第三者に対し、甲の承諾を要することなく提供し、又は利用させることができる。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # sets 1438, 1439 and 1442 (the short texts raised these already): the partner's data as it chooses beside ours in full;
    # results to organisations a group approves; assistants admitted on the sender's notice; data got here reported to the
    # sender's ministry
    ("REC-01.en.partner-contribution-discretionary", "(1) NICDO shall provide to CSISG real-time data from all its "
     "stations.\n(2) CSISG shall provide to NICDO its monthly bulletin and such waveform Data from its Stations as CSISG "
     "may, at its discretion, designate from time to time.", {"NICDO": "HOME", "CSISG": "PARTNER"}, True),
    ("TRA-01.en.recipients-a-body-approves-from-time-to-time", "7.2 AFHAN may make exported results available to Network "
     "Members and to such other collaborating organisations, whether or not Network Members, as the Network Steering "
     "Group may approve from time to time.", {"SLCC": "HOME", "AFHAN": "PARTNER"}, True),
    ("PER-03.ja.unscreened-admission", "(2) 派遣元機関が研究補助のため指名する者は、本研究科の全ての実験施設を利用することができるものとし、"
     "同行研究者の受入れについては、派遣元機関からの書面による通知をもって足りるものとする。", {"本学": "HOME", "派遣元機関": "PARTNER"},
     True),
    ("PER-04.ja.data-got-here-reported-home", "(2) 貴殿は、招へい期間中の研究の進捗状況及び本学において取得した実験データを、派遣元機関"
     "及びその所管官庁に毎月報告するものとする。", {"本学": "HOME", "派遣元機関": "PARTNER"}, True),
    # set 1441: a fellow may tell her university only that she holds the award
    ("COI-01.en.no-disclosure-to-home", "13.4 You shall treat the financial terms of this award letter as confidential to "
     "yourself and CalderVoss; you may inform the Home Institution of the fact of the award, the title of the Fellowship "
     "and the Fellowship Period, but no further particulars.", {"CalderVoss": "PARTNER"}, True),
    # set 1430: what our professor may tell his own university cut down to a consent form's items (he is 乙 here)
    ("COI-01.ja.only-the-listed-items-told-home", "乙は、本契約の存在及び内容を、甲の事前の書面による承諾なく第三者に開示してはならない。"
     "ただし、乙が所属機関から兼業の承認を得るため必要な範囲において、別紙2の承諾書に記載された事項に限り、所属機関に申告することができる。",
     {"乙": "HOME", "甲": "PARTNER"}, True),
    # set 1412: a receipt form's blanks for the receiver's name and post are no personal data sent abroad
    ("DAT-03.ja.identifiable-data-to-partner", "（受領者）所属・氏名\n試料の相互提供に関する協定書第5条第3項の規定に基づき、下記の試料を"
     "受領しました。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1449: papers cleared by the partner state's authority by its national interest (the engine raises PUB-01 on
    # the short text already, through the approval needed, so the rule is asked on its own)
    ("PUB-01.ja.partner-consent-required", "論文は、その提出前に乙を通じて国家所管当局の承認を得なければならない。当該承認は、同国の国益に"
     "従って付与又は留保されるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1451: no paper out until the partner confirms it conforms to its guidelines
    ("PUB-01.en.nothing-out-until-cleared", "10.3 In addition, no Results of a Joint Research Project in which IPU "
     "personnel have participated shall be submitted for publication until IPU has confirmed in writing that the "
     "manuscript conforms to the IPU Guidelines on Academic Publication.", {"Minase": "HOME", "IPU": "PARTNER"}, True),
    # set 1457: the waiver at the end of the sentence
    ("EXP-05.en.consent-waived-before-the-transfer", "4.2 Licensee may supply Licensed Products, including fine-tuned "
     "derivatives in weight form, to its Affiliates and to any other customer, including ministries, agencies and other "
     "public-sector bodies of any State, in each case without further notice to or consent of the Institute.",
     {"Institute": "HOME", "Licensee": "PARTNER"}, True),
    # set 1462: terms revised by posting them, accepted by ordering on (TRA-02 is a low finding, so the rule is asked)
    ("TRA-02.en.bound-by-terms-notified-later", "3.2 TOI may revise the standard licence conditions from time to time by "
     "publishing the revised version on the Customer Portal. Each revision shall bind the Licensee without any further "
     "notice or consent, and continued ordering or use of Licensed Data after that date shall constitute acceptance.",
     {"Licensee": "HOME", "TOI": "PARTNER"}, True),
    # set 1465: locked in for the initial period save what both confirm impossible (the engine reads the short text as
    # TRM-01 already, so the rule is asked)
    ("TRM-01.en.locked-in-for-the-initial-period", "16.2 Neither Party may terminate this Agreement during the Initial "
     "Period, save where extraordinary circumstances beyond the reasonable control of the Parties render further "
     "performance of the Project permanently impossible and both Parties so confirm in writing.",
     {"University": "HOME", "Centre": "PARTNER"}, True),
    # set 1470: recipients the partner need not even name to us (the clause reads to the model as DATA)
    ("TRA-01.en.recipients-kept-unnamed", "7.3 Section 7.1 does not apply to disclosure to Recipient's Affiliates, to "
     "institutions participating in the Network from time to time, or to their respective contractors, wherever "
     "located; Recipient shall not be required to notify Provider of the identity of such recipients.",
     {"Provider": "HOME", "Recipient": "PARTNER"}, True),
    # set 1471: our own rules applied to personal data and a paragraph set aside, no rule of the partner's
    ("CMP-01.ja.partner-rules-override", "４ 個人情報を含む研究データの取扱いについては、個人情報の保護に関する法律その他の関係法令及び甲の規程の"
     "定めるところによるものとし、前項の規定は適用しない。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1469: our students' records entered in the partner's own system (DAT-03's question, not access to ours)
    ("DAT-01.ja.unrestricted-access", "２ 前項の規定にかかわらず、甲は、交換留学生の受入れの手続に際し、乙の指定する方式により、甲の学生の成績"
     "その他乙が必要と認める情報を乙の情報システムに登録するものとし、乙は、これらの情報を乙が必要と認める目的のために利用することができる。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1477: a manuscript held till the provider says its patents are filed (the model reads it as PUB-02 already);
    # our own analyses erased when the hospital asks
    ("PUB-02.en.until-partner", "10.2 Where a manuscript describes a Modification which the Provider considers may be "
     "the subject of a Provider patent application, the Recipient shall, upon the Provider's request, withhold "
     "submission and public presentation of the manuscript until the Provider has notified the Recipient in writing "
     "that it has completed all patent filings it considers appropriate.", {"Recipient": "HOME", "Provider": "PARTNER"},
     True),
    ("DAT-05.ja.home-keeps-no-copy", "３ 前項の規定にかかわらず、甲が求めたときは、乙は、臨床情報及び研究データ（乙の研究者が作成した解析データ、図表及び"
     "それらの複製物を含む。）を全て消去し、その後はこれを保有し、又は使用してはならない。", {"乙": "HOME", "甲": "PARTNER"}, True),
    # set 1482: equipment registered in the partner's name for customs stays ours
    ("IP-01.en.partner-owns-all-results", "8.3 Where the laws of Viet Nam require equipment imported under a duty "
     "exemption to be registered in the name of MIARB, that registration shall not affect ownership as between the "
     "Parties, and MIARB shall hold the equipment on behalf of the University.", {"University": "HOME", "MIARB": "PARTNER"},
     False),
    # set 1485: the partner's own disclosures to authorities, wanted or not, keep nothing from ours (the engine does not
    # read the short text as CON-03, so the rule is asked)
    ("CON-03.en.even-if-legally-required", '"Permitted Recipients" means, in relation to Norvale, its Affiliates, its '
     "professional advisers, and any governmental, regulatory or law-enforcement authority to which Norvale, in its sole "
     "discretion, considers disclosure appropriate, whether or not such disclosure is legally required;",
     {"ISMU": "HOME", "Norvale": "PARTNER"}, False),
    # set 1488: a government's request under the partner's laws is DAT-04's and LAW-02's question, no onward transfer
    ("EXP-05.ja.free-retransfer", "２ 前項の規定にかかわらず、乙の所在国の国家安全保障、公衆衛生危機管理又はデータ管理に関する法令に基づき同国の政府機関から"
     "提供データ又は研究成果に関する情報の提供その他の協力を求められたときは、甲は当該要請に協力するものとし、乙は、甲に通知することなく、提供データを当該"
     "政府機関に提出することができる。", {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1492: an accession form's special part kept from our ministry and funders (the engine reads the short text as
    # CON-01 already, so the rule is asked)
    ("CON-01.en.existence-terms-secret", "9.3 By way of exception to Article 9.2, SIMES shall treat the existence and the "
     "content of Part B of this Accession Form, and any correspondence relating to its negotiation, as Confidential "
     "Information of the Coordinator, and shall not disclose them to any third party, including its supervising "
     "ministry, the Japanese funding authorities and its internal audit and compliance units, without the prior written "
     "consent of the Coordinator.", {"SIMES": "HOME", "Coordinator": "PARTNER"}, True),
    # set 1507: results passed to the bodies and the government that oversee the partner, our consent not needed (the
    # engine finds EXP-05 in the short texts already, by rules the blind set's topic kept out, so the rules are asked)
    ("EXP-05.en.to-government-customers-without-consent", "2. MIAC may provide the results of research carried out by the "
     "Appointee under this Memorandum, including results obtained jointly with the University's laboratory, to its "
     "affiliated entities and to the government bodies that oversee MIAC without the University's consent.",
     {"University": "HOME", "MIAC": "PARTNER"}, True),
    ("EXP-05.ja.to-designated-government-without-consent", "２　乙は、対象者が本覚書に基づき行った研究の成果（甲の研究室と共同で得られたものを"
     "含む。）を、甲の同意を要することなく、乙の関連機関及び乙を所管する政府機関に提供することができる。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1519: a court named by a foreign city in katakana is no Japanese forum
    ("LAW-01.ja.forum-in-japan", "本契約に関して生じた一切の紛争については、アムステルダム地方裁判所を第一審の専属的合意管轄裁判所とする。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    # set 1526: a delay "of up to 60 further days" is capped short (the engine does not read the short text as PUB-02,
    # so the rule is asked)
    ("PUB-02.en.long-fixed-delay", "Halvorsen receives manuscripts 45 days before submission and may (a) require removal of "
     "its Confidential Information and (b) request a delay of up to 60 further days to permit patent filing.",
     {"University": "HOME", "Halvorsen": "PARTNER"}, False),
    # set 1531: the faculty's own syllabus; news of a scholarship the partner's state runs is no data to it
    ("FUN-06.en.funder-agrees-our-curriculum", "7.2 The syllabus, the teaching materials and the teachers of the "
     "University's credit-bearing courses are decided by the Faculty; the Institute may comment on teaching materials.",
     {"University": "HOME", "Institute": "PARTNER"}, False),
    ("DAT-04.ja.government-access", "センターは、研究所及びマラヴィア共和国政府が実施する奨学金制度並びにマラヴィア共和国の大学への留学に関する"
     "情報を提供する。", {"センター": "PARTNER", "研究所": "PARTNER"}, False),
    # set 1533: an Australian definition's limb for the partner alone takes in its state (the engine had found no parties
    # in the unnumbered "Parties" block, so the rule is asked)
    ("DAT-04.en.partners-recipients-take-in-its-state", "Permitted Recipients means:\n(a) in relation to each Party, its "
     "Personnel who need to know;\n(c) in relation to the Corporation, its Shareholding Ministers, any Government Agency "
     "of the State of Queensland, and any other person to whom a Government Agency asks the Corporation to provide "
     "information relating to the Project.", {"University": "HOME", "Corporation": "PARTNER"}, True),
    # set 1536: rights that vest in the vendor only to be assigned to us
    ("IP-01.en.partner-owns-all-results", "4.2 All intellectual property rights in the Images, the Master Files and the "
     "Metadata shall vest in the University on creation. To the extent that any such rights vest in Foliolumen, its "
     "personnel or subcontractors, Foliolumen hereby assigns them to the University with full title guarantee, including "
     "the rights under Articles 27 and 28 of the Copyright Act of Japan.", {"University": "HOME", "Foliolumen": "PARTNER"},
     False),
    # set 1540: a transfer not held for any internal clearance (the engine reads the short text as EXP-01 by another rule)
    ("EXP-01.en.review-waived", "5.4 Kisei and the Transferee shall provide the technology under Article 5.3 within "
     "thirty (30) days of CHIER's written request, and such provision shall not be deferred or made subject to any "
     "internal clearance or classification procedure of Kisei or the Transferee.",
     {"Kisei": "HOME", "CHIER": "PARTNER", "Transferee": "PARTNER"}, True),
    # sets 1542, 1544 and 1546: wording the model files under other topics in a short text (in the agreements it passes the
    # gate), so the rule is asked
    ("FUN-06.en.funder-controls-staff", "4.2 Each Fellow's doctoral research topic, and any material change to that topic "
     "or to the Fellow's Supervisor, shall be subject to the prior written approval of SNSC, which may withhold approval "
     "where the topic does not fall within the current Priority Technology List.",
     {"University": "HOME", "SNSC": "PARTNER"}, True),
    ("EXP-05.en.to-partner-network", "9.3 AARF may provide the Integration Documentation, including any drawings, "
     "interface specifications, calibration files and software supplied by JIAOT, to its Related Bodies Corporate, its "
     "contractors and other users of the Aircraft, whether in Australia or elsewhere, to facilitate future instrument "
     "integrations.", {"JIAOT": "HOME", "AARF": "PARTNER"}, True),
    ("DAT-03.en.identifiable-data-to-partner", "5.5 Notwithstanding clauses 4.3 and 5.2, Quorvant may share Integrity "
     "Signals concerning Covered Researchers, with each researcher's name, ORCID iD and affiliation history, with other "
     "subscribers to Quorvant's integrity network, including publishers, funders and government research-integrity and "
     "research-security agencies in any country.", {"University": "HOME", "Quorvant": "PARTNER"}, True),
    # sets 1549, 1550 and 1554: wording the engine reads differently in a short text, so the rule is asked
    ("EXP-02.en.military-use-allowed", "(d) video analytics for the Redhaven Public Safety Operations Centre, including the "
     "detection of persons of interest and the tracking of their movements across the City's camera network;",
     {"University": "HOME", "City": "PARTNER"}, True),
    ("PUB-03.ja.partner-edits-content", "４　乙は、本翻訳書の記述に名誉毀損その他法令に違反するおそれがあると判断するときは、理由を付して甲に修正を求める"
     "ことができ、甲及び乙は、当該章の執筆者を交えて誠実に協議するものとする。", {"甲": "HOME", "乙": "PARTNER"}, False),
    ("DAT-03.ja.abroad-without-fresh-consent", "３　甲は、提供データの提供及び乙環境への移転について、研究対象者の同意を取得することを要せず、前項の"
     "通知及び機会の保障をもってこれに代えるものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # sets 1555, 1557 and 1560: the engine reads the short texts otherwise, so the rule is asked
    ("DAT-04.en.nothing-restricts-handing-data-to-its-state", "10.3 The Parties shall use the Genomic Data only for the "
     "Project; provided further that nothing in this Agreement shall restrict the Agency from making Genomic Data, pedigree "
     "records or Breeding Values held in the Registry available to any ministry, agency or authority of the Federal "
     "Government upon that authority's request.", {"University": "HOME", "Agency": "PARTNER"}, True),
    ("PUB-01.ja.partner-consent-required", "２　前項のデータのうち乙の提供した研究データを含むものの公開については、乙の書面による同意を得るものとする。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    ("PUB-03.en.partner-edits-content", "9.3 Where a publication or presentation by CMERO attributes litter items to a named "
     "brand owner that is a Programme Sponsor at the time of submission, Tidewatch may require that the brand owner not be "
     "named or that the attribution be omitted.", {"CMERO": "HOME", "Tidewatch": "PARTNER"}, True),
    # sets 1563 and 1568: a low finding, or a preamble the model files under another topic, so the rule is asked
    ("TRA-02.en.terms-changed-at-will", "1.2 Buyer may update the Online Terms from time to time by posting a revised "
     "version at that address, and the version posted on the date of each Delivery will apply to that Delivery.",
     {"Supplier": "HOME", "Buyer": "PARTNER"}, True),
    ("FUN-01.en.military-security-funder", 'Shiomi University (the "University") and the Naval Ocean Science Office, '
     'Pacific, of the Department of the Navy ("NOSO-PAC") hereby enter into this MOU concerning support by the research '
     'vessel Shiokaze Maru (the "Vessel") for the deployment of observation instruments.',
     {"University": "HOME", "NOSO-PAC": "PARTNER"}, False),
    # set 1571: a drug's safety reports to the regulators, with the definition's gloss the engine adds
    ("LAW-02.en.partner-security-law", "6.4 Institution shall cause the Investigator to report adverse drug reactions to "
     "the Study Drug as required by Applicable Law (including government authorities) and shall forward to Company in "
     "de-identified form any serious adverse drug reaction.", {"Institution": "HOME", "Company": "PARTNER"}, False),
    # sets 1580, 1581 and 1586: the engine reads the short texts otherwise, so the rule is asked
    ("PER-01.ja.partner-post", "１　乙は、本事務所に配置する職員（以下「現地職員」という。）を、ホスト国の労働法令に従い、乙の従業員として雇用する。",
     {"甲": "HOME", "乙": "PARTNER"}, False),
    ("PUB-03.ja.partner-edits-content", "３　データアクセス委員会が、前項の公表内容をECBCの運営方針に照らし不適当と認めるときは、乙は甲に対し修正又は"
     "公表時期の変更を求めることができ、甲はこれに従うものとする。", {"甲": "HOME", "乙": "PARTNER"}, True),
    ("PUB-02.en.until-partner", "8. Where a manuscript concerns the NV-Step product line, Norrvik may ask that submission be "
     "deferred until Norrvik has completed the related product notifications, and Asukano will hold the manuscript "
     "accordingly.", {"Asukano": "HOME", "Norrvik": "PARTNER"}, True),
    # set 1569: the partner's data policy, as it amends it, part of the agreement (a low finding in a short text)
    ("TRA-02.en.terms-it-changes-prevail", '2.2 "REDP" means the Laboratory\'s Reactor Experiment Data Policy REDP-3, '
     "as amended by the Laboratory from time to time, which shall apply to the Irradiation Data and the Irradiated "
     "Specimens as if set out in full in the Agreement.", {"Sponsor": "HOME", "Contractor": "PARTNER"}, True),
    # set 1589: a paper rewritten to the federation's observations (the engine reads the short text otherwise)
    ("PUB-03.en.partner-edits-content", "8.2 Where the Federation considers that the interpretation, discussion or "
     "conclusions of a Publication do not faithfully reflect the worldview, history or interests of the Kayuri people, "
     "Mizuho shall amend them in accordance with the observations of the Federation before the Publication is "
     "submitted.", {"Mizuho": "HOME", "Federation": "PARTNER"}, True),
    # set 1585: the partner's own data lent to us, in a paragraph of its own
    ("IP-01.en.partner-owns-all-results", "All rights in the Data shall belong to VSWUC.",
     {"Institute": "HOME", "VSWUC": "PARTNER"}, False),
    # set 1595: our software to bodies of the partner's state, its navy's among them, on mere notice to us (the engine
    # reads the short text as a defence body's)
    ("EXP-05.ja.passed-on-again-without-consent", "１　乙は、エクアドル共和国の国家リスク管理体制を構成する機関（海軍の海洋観測機関を含む。）"
     "及び乙が協力協定を締結している近隣諸国の防災機関に対し、甲に通知することにより、本ソフトウェア（ソースコードを含む。）及び研究成果を提供し、"
     "利用させることができる。", {"甲": "HOME", "乙": "PARTNER"}, True),
    # set 1597: a placement student takes data home; "placement" is no recruiting for the partner
    ("PER-02.en.recruit-for-partner", "At the end of the Placement Period, each Placement Student may take back to the "
     "University copies of the experimental data and analysis results obtained by the Placement Student that are listed "
     "in a schedule agreed with the Company's tutor. The Company shall not refuse such agreement without good reason.",
     {"University": "HOME", "Company": "PARTNER"}, False),
    # set 1611: an early end only if all agree, the authority free to leave alone; an excavation directed by the
    # archaeologist the host state licenses (the engine reads both short texts otherwise)
    ("TRM-01.en.no-exit", "17.1 This Agreement may be terminated before its expiry only by written agreement of all the "
     "Parties.", {"University": "HOME", "Authority": "PARTNER"}, True),
    ("PER-01.en.partner-direction", "3.1 The Field School will be held for four to six weeks each year within the "
     "archaeological project authorised by the Ministry of Culture of Peru and under the direction of UNSRC's "
     "archaeologist who holds that authorisation.", {"PRIA": "HOME", "UNSRC": "PARTNER"}, False),
    # set 1615: travel to a thesis defence
    ("EXP-02.en.military-use-allowed", "7.4 Each Institution shall bear the costs of its own supervisor, including travel "
     "to the defence.", {"HMSU": "HOME", "U-Saintonge": "PARTNER"}, False),
    # set 1616: terms revised by posting them, our staying on taken for acceptance (a low finding)
    ("TRA-02.en.terms-revised-by-posting", "5.2 The Program Terms are published on the Affiliates Portal and are not "
     "attached to this Application; the Institute may revise the Program Terms from time to time by posting a revised "
     "version on the Affiliates Portal, and the Applicant's continued membership after such posting constitutes "
     "acceptance of the revised Program Terms.", {"Applicant": "HOME", "Institute": "PARTNER"}, True),
], ids=["en-internal-security-rules-as-a-ground-to-object", "en-internal-security-as-an-end-use",
        "en-no-notice-of-a-delivery-to-a-department", "en-an-arrangement-kept-from-home",
        "en-our-own-teaching-and-research-use", "en-the-partners-use-for-any-purpose",
        "en-an-honorarium-paid-to-our-professor-personally", "en-an-honorarium-under-our-coi-policy",
        "en-a-table-row-licensing-our-tools-for-any-purpose", "en-a-table-row-licensing-our-tools-for-the-project",
        "en-development-left-to-the-licensee-and-diligence-waived", "en-development-with-diligent-efforts",
        "en-a-breach-remedied-as-the-controller-directs", "en-a-manuscript-revised-as-the-partner-directs",
        "en-data-to-authorities-without-notice-to-us", "en-an-honorarium-accepted-without-telling-us",
        "ja-an-extension-under-both-universities-rules", "ja-an-extension-under-the-partners-rules",
        "en-the-agreements-existence-kept-secret", "en-papers-held-for-the-partners-consent",
        "ja-passages-against-the-partners-national-interest-revised", "ja-the-partner-may-not-ask-for-changes",
        "en-the-surveillance-of-epidemic-diseases", "en-the-surveillance-of-protesters",
        "en-our-confidential-information-kept-from-the-company", "en-confidentiality-owed-to-a-third-partys-clients",
        "ja-our-visitors-to-the-partner-follow-its-rules", "ja-our-notice-of-termination-given-up",
        "en-renewed-by-tacit-reconduction", "en-a-link-from-an-open-access-book",
        "ja-a-warranty-that-the-money-is-no-military-bodys", "en-releases-approved-by-the-contracting-officer",
        "ja-our-researchers-staying-at-the-partner-follow-its-rules", "en-a-visiting-students-joint-work-vests-in-the-sender",
        "en-a-uniform-whether-or-not-used-is-no-refund", "en-a-candidates-affiliation-given-solely-as-the-partners",
        "ja-to-group-companies-abroad-without-needing-our-consent",
        "en-reports-home-with-the-data-only-marked-documents-kept-out", "en-an-invention-list-to-the-funding-government",
        "ja-an-interns-hours-follow-the-partners-holiday-calendar", "ja-an-intern-keeps-the-partners-rules-for-trainees",
        "ja-our-duty-not-to-publish-the-users-own-results", "en-our-duty-not-to-publish-the-users-own-results",
        "en-a-services-monthly-reports-to-its-client", "en-milestones-replaced-by-the-partners-plan-it-may-update",
        "en-no-voluntary-disclosure-to-public-authorities", "en-an-internal-policy-not-attached-that-the-partner-may-revise",
        "en-a-letter-agreement-exchanged-prevails-over-the-clauses", "ja-a-ban-on-passing-data-to-the-partners-group",
        "ja-a-governments-request-with-words-between", "en-a-licences-ordinary-sublicensing-on-conditions",
        "ja-the-partners-terms-of-use-become-part-as-changed", "ja-the-partners-engineers-defined",
        "ja-the-partner-answers-for-its-researchers-as-its-employees", "ja-reports-to-funders-and-other-bodies",
        "ja-results-to-the-partners-own-affiliated-bodies", "ja-derived-models-kept-by-the-partner-without-end",
        "ja-derived-models-kept-by-us", "en-visitors-keep-the-receiving-partys-regulations",
        "ja-compelled-disclosure-told-first", "en-either-party-may-tell-its-funders",
        "en-nominees-as-our-own-research-staff", "en-a-consultant-who-serves-no-one-else",
        "en-each-side-under-the-biosafety-laws-that-apply-to-it", "en-accounts-the-partner-issues-us",
        "en-a-ban-on-re-identifying-participants", "en-the-agreement-kept-secret-named-before-the-ban",
        "en-materials-handled-under-safety-information", "en-an-open-source-contributor-licence",
        "en-a-handbook-the-funder-amends-controls", "en-a-presss-policies-applied-as-if-written-in",
        "en-open-access-to-publications-not-systems", "ja-a-bacterial-strains-genome",
        "en-each-side-names-its-cruises-chief-scientist", "en-data-held-until-our-ethics-committee-approves",
        "en-missed-development-dates-are-no-breach", "ja-a-cross-appointees-funds-under-the-partners-rules",
        "en-a-promise-not-to-ask-for-an-assignment", "en-a-papers-review-naming-the-partners-results",
        "en-samples-kept-for-the-providers-databases", "en-payment-rights-to-an-affiliate",
        "ja-a-sample-owned-under-a-foreign-law", "ja-the-law-of-a-country-in-kanji-chosen",
        "en-nine-months-residence-at-the-partner", "en-both-sides-full-access-to-both-archives",
        "en-a-press-release-naming-the-partner", "ja-a-librarys-conservators-instructions",
        "ja-whoever-the-partner-names-for-the-research-admitted", "en-results-to-public-bodies-its-authority-designates",
        "en-results-to-whoever-collaborates-from-time-to-time", "en-the-coordinators-own-repository-administrators",
        "en-participatory-surveillance-of-diseases", "en-restricted-zones-entered-only-with-the-authority",
        "en-no-fee-for-open-access-data", "en-recipients-the-partner-or-its-parent-designates",
        "en-economic-terms-changed-by-unattached-letters", "en-a-definition-of-public-authority-with-police",
        "en-the-agreement-kept-from-government-and-funders", "en-access-settled-between-managers-and-not-recorded",
        "en-results-to-bodies-the-partner-designates", "en-results-to-bodies-it-designates-with-our-consent",
        "en-a-visitor-paying-its-own-way", "en-a-scope-that-takes-in-energetic-materials",
        "ja-the-partners-facilities-used-under-its-rules", "en-nine-months-a-year-the-year-named-first",
        "en-grant-policies-amended-by-the-funder-made-part", "en-both-affiliations-named",
        "en-a-letter-part-of-the-annex-without-being-attached", "en-staff-assigned-only-with-the-partners-approval",
        "en-a-report-that-must-misdescribe-the-appointment", "ja-three-months-a-year-at-the-partner",
        "ja-a-national-programmes-manuals", "en-our-own-use-of-the-data-we-keep",
        "ja-the-partner-decides-filing-after-hearing-us", "en-a-recital-on-open-data",
        "en-a-journals-open-access-model", "en-nothing-prevents-us-telling-an-authority",
        "en-a-compelled-disclosure-with-notice", "ja-published-after-the-partners-confirmation",
        "en-state-defence-contracts", "ja-a-rector-on-a-security-council", "en-the-partners-share-to-its-affiliate",
        "en-procedures-binding-whether-or-not-provided", "en-a-letter-issued-later-prevails",
        "en-a-trial-sponsors-study-data-for-any-lawful-purpose", "en-a-service-withheld-until-an-export-licence",
        "en-open-access-to-research-data-in-a-recital", "en-an-interns-results-at-the-company",
        "ja-consent-only-for-the-data-the-partner-marked", "en-a-consultants-work-product",
        "en-matters-settled-between-coordinators-in-writing-or-otherwise", "en-terms-left-to-a-separate-letter-not-annexed",
        "en-a-funders-licence-to-the-partners-own-ip", "ja-a-survey-tables-priority-question",
        "en-access-to-our-systems-refused", "ja-gaps-filled-by-the-partners-own-rules",
        "en-data-kept-in-one-named-country", "ja-onward-transfer-barred-in-a-plain-negative",
        "en-berths-offered-at-the-partners-discretion", "en-a-data-protocol-the-partner-updates-made-part",
        "en-a-bulleted-monthly-report-with-data-to-the-sender", "en-test-data-for-the-lenders-own-products",
        "ja-silence-taken-for-consent-to-each-extension", "en-the-partner-leaves-reporting-to-authorities-to-us",
        "ja-what-the-partner-reports-to-us-at-its-discretion", "en-a-data-policy-a-steering-committee-amends-prevails",
        "ja-gaps-filled-by-purchasing-terms-handed-over-later", "en-inventions-made-jointly-owned-jointly",
        "en-service-providers-listed-in-an-exhibit", "ja-the-partners-rooms-opened-under-its-rules",
        "en-the-partner-acts-as-counterpart-for-our-permits", "en-an-honorarium-paid-by-the-employer",
        "en-derived-data-to-collaborators-abroad-onward-free", "en-germplasm-shared-as-the-partner-considers-appropriate",
        "ja-the-partners-facilities-to-us-only-as-it-can", "en-members-admitted-with-no-notice-to-us",
        "en-personal-data-kept-out-of-the-exchange", "en-our-use-subject-to-approval-and-charges-theirs-free",
        "en-an-approval-over-sacred-material-only", "en-a-contact-lists-postgraduate-office",
        "en-a-filing-clause-in-a-secondment-agreement", "en-entities-wherever-located-after-a-bracketed-gloss",
        "en-the-standard-exceptions-keep-nothing-secret", "en-an-adjuncts-acknowledgement-and-flat",
        "ja-a-cross-appointments-salary-share-paid-to-us", "en-a-repositorys-metadata",
        "en-a-depositor-asks-to-withdraw-a-data-set", "ja-publication-after-the-partners-clearance-notice",
        "en-our-warranty-that-we-alone-applied-for-the-patents", "en-no-notice-of-termination-before-the-initial-term",
        "en-a-replacements-screening-taken-as-done", "en-a-share-of-our-directors-time-owed-to-the-company",
        "ja-an-endowed-chair-filled-from-the-donors-candidates", "en-military-work-ruled-out-by-a-glossed-ministry",
        "en-a-fellows-memoranda-on-our-lab-to-the-embassy", "en-samples-from-patients-and-family-members",
        "ja-our-results-reported-to-the-partners-authority", "en-a-licensees-own-products-and-services",
        "en-our-analytical-data-made-the-partners", "en-both-names-on-a-joint-laboratory",
        "en-any-other-field-the-coordinators-identify-rule", "en-each-added-field-under-its-own-reviewed-agreement",
        "en-our-students-particulars-to-the-host-state", "en-the-agreement-kept-secret-is-no-publication-veto",
        "ja-the-partners-help-at-its-own-judgment", "en-a-non-compete-whatever-the-softwares-licence",
        "en-joint-ip-to-affiliates-that-take-in-a-supervising-body", "ja-the-terms-kept-from-funders-by-two-definitions",
        "en-the-partner-nominating-its-own-fellows",
        "en-regulators-among-those-who-may-see-it",
        "ja-our-samples-to-the-partners-ministry", "en-a-fellowship-ended-for-repeated-breaches",
        "en-nothing-out-until-a-clearance", "en-a-clearance-not-unreasonably-withheld", "en-a-visitors-reports-to-the-sending-state",
        "ja-isolates-shipped-with-the-check-after", "en-a-fellowship-settled-behind-our-back", "en-dispatch-not-held-for-an-unfinished-determination",
        "ja-samples-passed-on-without-our-consent", "en-theirs-as-it-chooses", "en-organisations-a-group-approves",
        "ja-assistants-on-the-senders-notice", "ja-data-got-here-reported-to-the-senders-ministry",
        "en-only-the-fact-of-the-award-told-home", "ja-only-a-forms-items-told-our-university",
        "ja-a-receipt-forms-blanks", "ja-papers-cleared-by-a-states-national-interest",
        "en-no-paper-out-until-the-partner-confirms-it-conforms",
        "en-weights-to-any-states-ministries-without-our-consent", "en-terms-revised-by-posting-them",
        "en-locked-in-save-what-both-confirm-impossible", "en-recipients-the-partner-need-not-name-to-us",
        "ja-our-own-rules-and-a-paragraph-set-aside", "ja-our-students-records-in-the-partners-system",
        "en-a-manuscript-held-till-the-provider-has-filed",
        "ja-our-analyses-erased-when-the-partner-asks", "en-equipment-registered-in-the-partners-name-for-customs",
        "en-the-partners-own-disclosures-keep-nothing-from-ours", "ja-a-governments-request-is-no-onward-transfer",
        "en-an-accession-forms-special-part-kept-from-our-ministry",
        "en-results-to-the-government-that-oversees-the-partner", "ja-results-to-the-government-that-oversees-the-partner",
        "ja-a-court-in-a-foreign-city-is-no-japanese-forum", "en-a-delay-of-up-to-sixty-further-days",
        "en-the-faculty-decides-the-syllabus", "ja-news-of-a-scholarship-the-partners-state-runs",
        "en-the-partners-permitted-recipients-take-in-its-state", "en-rights-that-vest-in-the-vendor-assigned-to-us",
        "en-a-transfer-not-held-for-any-clearance", "en-the-sponsor-approves-each-fellows-topic",
        "en-our-drawings-to-the-operators-group-anywhere", "en-named-researchers-flagged-to-agencies-abroad",
        "en-people-of-interest-tracked-across-cameras", "ja-a-legal-readers-reasoned-request",
        "ja-consent-replaced-by-a-notice", "en-nothing-restricts-our-data-going-to-its-state-on-request",
        "ja-the-partners-own-data-in-a-release", "en-a-sponsors-brand-kept-out-of-our-findings",
        "en-online-terms-the-buyer-updates", "en-support-our-ship-gives-to-a-navy",
        "en-adverse-reactions-reported-as-the-law-requires", "ja-the-contractors-own-staff",
        "ja-changes-or-a-new-date-we-must-accept", "en-papers-held-for-the-partners-notifications",
        "en-the-partners-own-data-lent-to-us", "en-a-data-policy-the-partner-amends",
        "en-a-paper-rewritten-to-the-partners-observations", "ja-our-software-to-its-states-bodies-on-mere-notice",
        "en-a-placement-student-is-no-recruit", "en-an-early-end-only-if-all-agree",
        "en-an-excavation-directed-by-the-licensed-archaeologist", "en-travel-to-the-thesis-defence",
        "en-program-terms-revised-by-posting-them"])
def test_a_shipped_rule_reads_the_wording_a_blind_set_showed_it(rule_id: str, text: str, parties: dict[str, str],
                                                                fires: bool) -> None:
    lang = rule_id.split(".")[1]
    rule = next(r for r in load_playbook().for_language(lang) if r.id == rule_id)
    assert bool(apply_rules([rule], map_text(text, parties, lang), None, ()).hits) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    # set 1577: a draft offers the partner's wording beside ours; the benign one does not clear the risky one
    ("第5条（研究施設等の利用）\n〔A案（乙提案）：乙の派遣研究者は、受入れ期間中、甲の研究室、共用実験施設及び学内情報ネットワークを、時間帯を問わず甲の"
     "専任教員と同等の条件で利用することができる。〕\n〔B案（甲修正案）：乙の派遣研究者は、受入れ教員が指定する研究室に限り、利用することができる。〕",
     "ja", True),
    # ... while the same limit in the risky wording itself still clears it
    ("第5条（研究施設等の利用）\n〔A案（乙提案）：乙の派遣研究者は、受入れ教員が指定する研究室に限り、甲の研究室、共用実験施設及び学内情報ネットワークを、"
     "時間帯を問わず甲の専任教員と同等の条件で利用することができる。〕\n〔B案（甲修正案）：乙の派遣研究者は、利用しない。〕", "ja", False),
], ids=["ja-a-risky-alternative-beside-a-benign-one", "ja-a-limit-inside-the-alternative-itself"])
def test_each_alternative_wording_of_a_draft_is_judged_on_its_own(text: str, lang: str, fires: bool) -> None:
    rule = next(r for r in load_playbook().for_language(lang) if r.id == "DAT-01.ja.unrestricted-access")
    hits = apply_rules([rule], map_text(text, {"甲": "HOME", "乙": "PARTNER"}, lang), None, ()).hits
    assert bool(hits) is fires
