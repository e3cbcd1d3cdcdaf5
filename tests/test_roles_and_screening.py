"""Party roles (which party is ours) and counterparty screening against lists in their published formats."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.config import Settings
from analyzer.engine import AnalyzerEngine
from analyzer.findings.roles import assign_roles
from analyzer.findings.screening import load_screening_list, screen
from analyzer.segment.parties import _rejoined, find_parties, parties_in_first_sections, with_defined_aliases
from analyzer.types import Party

# fmt: off
ROLE_CASES = [
    ("国立大学法人北辰大学（以下「甲」という。）と株式会社サンライズ製薬（以下「乙」という。）は", (), "国立大学法人北辰大学"),
    ("ノースブリッジ財団（以下「甲」という。）と国立大学法人北辰大学（以下「乙」という。）は", (), "国立大学法人北辰大学"),
    ("北辰大学（以下「甲」という。）とケストレル工科大学（以下「乙」という。）は", (), "北辰大学"),
    ("北辰大学（以下「甲」という。）とケストレル工科大学（以下「乙」という。）は", ("ケストレル工科大学",), "ケストレル工科大学"),
    ('This Agreement is made between Halden BioSystems Ltd. (the "Sponsor") and Hokuto University (the "University").',
     (), "Hokuto University"),
    ('This Agreement is made between Kestrel Polytechnic University (the "Partner") and Hokuto University '
     '(the "University").', (), "Hokuto University"),
    # a translated agreement with a foreign university: ours has the Japanese corporate form
    ("東江理工大学（以下「甲方」という。）及び国立大学法人瀬戸内大学（以下「乙方」という。）は", (), "国立大学法人瀬戸内大学"),
    # a Japanese university sponsoring research at a US one, which the agreement calls "the University"
    ('This Agreement is made by and between National University Corporation Asahigawa University ("Sponsor") and '
     'Whitmore Institute of Technology (the "University").', (), "National University Corporation Asahigawa University"),
    # a translated Chinese form with 甲方 the Chinese university: the addresses under the names tell
    ("共同研究協議書\n甲方：華嶺理工大学\n住所：中華人民共和国衡嶺省東湾市学府路1号\n\n乙方：星嶺大学\n住所：日本国星嶺市北原町三丁目5番1号"
     "\n\n甲方及び乙方は、次のとおり合意する。", (), "星嶺大学"),
    # the US university calls itself "the University"; the Japanese one is known from where it is incorporated
    ('entered into by and between THE BOARD OF TRUSTEES OF WESTMARCH UNIVERSITY, a non-profit educational corporation '
     'organized under the laws of the State of New Carrick (the "University"), and KAZAHAYA INSTITUTE OF TECHNOLOGY, '
     'a university incorporated in Japan (the "Institute").', (), "KAZAHAYA INSTITUTE OF TECHNOLOGY"),
    ('by and between Lindqvist University, a public university of Sweden (the "University"), and Hoshimi College of '
     'Medicine, an educational corporation established in Japan (the "College").', (), "Hoshimi College of Medicine"),
    # an address in Japan alone does not outweigh the alias
    ('between Ardent University, a Delaware non-profit corporation (the "University"), and Kestrel Labs K.K., having '
     'its office at 1-2 Minato, Tokyo, Japan (the "Company").', (), "Ardent University"),
    # set 711: the cover rows of a subaward ("Prime Recipient ... Subrecipient ..., a national university corporation of
    # Japan"): the subrecipient is ours
    ('Prime Recipient Chesapeake Polytechnic University ("CPU"), a public institution of higher\neducation of Virginia\n'
     'Subrecipient Setonaikai University of Marine Technology, a national university corporation of\nJapan ("SUMT")\n'
     'This Subaward is entered into by and between Chesapeake Polytechnic University (the "Prime Recipient") and\n'
     'Setonaikai University of Marine Technology (the "Subrecipient").\n', (), "Setonaikai University of Marine Technology"),
    # set 782: formed under a named Act of Japan outweighs the other side's alias "the University"
    ('PARTIES\n(1) THE UNIVERSITY OF ASHCOMBE, a body corporate incorporated by Royal Charter, whose principal office is at '
     'Castle Hill, Ashcombe, United Kingdom (the "University"); and\n(2) MINATOGAWA UNIVERSITY OF FOREIGN STUDIES, an '
     'educational corporation (gakko hojin) established under the Private Schools Act of Japan, whose principal office '
     'is at 2-14 Minato-machi, Handa-shi, Japan (the "Licensee").\n', (), "MINATOGAWA UNIVERSITY OF FOREIGN STUDIES"),
    # set 971: a subaward's numbered boxes name both parties by their role, the subrecipient with no short name at all
    ("RESEARCH SUBAWARD AGREEMENT\nBox Item Entry\n1. Subrecipient (legal name and address) Seiran University (national "
     "university corporation), Graduate School of Science,\nMiyagi 981-3299, Japan\n2. Subrecipient Principal "
     "Investigator Dr. Haruka Tomioka, Associate Professor\n3. Pass-through Entity (PTE) Arizona Board of Regents for and "
     "on behalf of Sonoran Plateau University (\u201cSPU\u201d),\nOffice of Sponsored Projects, Prescott Valley, AZ, USA\n"
     "4. PTE Principal Investigator Dr. Marcus Delgado-Whitfield\n", (), "Seiran University"),
    # set 998: a grant contract's cover rows in translation, each designation with its role before the name (甲 the
    # funder)
    ("四川省国際科学技術協力専項資金\nプロジェクト助成契約書\n甲（資助方）四川省国際科技合作基金管理センター\n乙（受資助方）国立大学法人越後"
     "理工大学（日本国新潟県上越市）\n実施期間2025年10月1日～2027年9月30日\n甲及び乙は、次のとおり本契約を締結する。\n", (),
     "国立大学法人越後理工大学"),
]
# fmt: on


# Preambles as drafters write them (after a blind set of agreements written for us): each gives its parties' names.
# fmt: off
NAME_CASES = [
    # the labelled parties of a Chinese contract form
    ("TECHNOLOGY DEVELOPMENT (ENTRUSTED) CONTRACT\nEntrusting Party (Party A): Institute of Advanced Materials, Hezhou "
     "Academy of Sciences\nAddress: No. 77 Kexue Road\nResearch and Development Party (Party B): Tsukishiro University\n",
     [("Institute of Advanced Materials, Hezhou Academy of Sciences", "Party A"), ("Tsukishiro University", "Party B")]),
    ("技術開発（委託）契約書\n委託方（甲方）：華州省科学院\n受託方（乙方）：国立大学法人月城大学\n",
     [("華州省科学院", "甲方"), ("国立大学法人月城大学", "乙方")]),
    # the alias that closes a labelled party's block names the party, not its representative on the line above
    ('AGREEMENT ON ACCEPTANCE OF VISITING RESEARCHER\n\nParty A: Kiyotaki University, Graduate School of Engineering\n'
     'Address: 4-2-8 Nishi-Kiyotaki, Kiyotaki City, Japan\nLegal representative: Prof. Atsushi NAKAHARA, Dean\n'
     '(hereinafter "Host")\n\nParty B: Qingshan Institute of Photonics\nAddress: No. 156 Kexue Avenue, Hexi City\n'
     'Legal representative: Prof. LIU Weiguo, Director\n(hereinafter "QIP")\n\n',
     [("Kiyotaki University, Graduate School of Engineering", "Host"), ("Qingshan Institute of Photonics", "QIP")]),
    # a side letter names the parties once and gives them no short names
    ('Side Letter No. 1 to the Research Collaboration Agreement dated 14 March 2024 between Sanrei University and '
     'Tallis Polytechnic University (the "Agreement")\nDear President Okumura,\n',
     [("Sanrei University", "Sanrei University"), ("Tallis Polytechnic University", "Tallis Polytechnic University")]),
    # a cover sheet's table before the 約款: the role on one line, the party on the next
    ("受託研究契約書\n契約件名\n高耐熱セラミック複合材料の研究\n委託者\nノルトハーフェン先端材料財団（エルデン王国ノルトハーフェン市）\n受託者\n"
     "学校法人青葉台学園（青葉台工科大学）\n契約金額\n金五百万円\n",
     [("ノルトハーフェン先端材料財団", "委託者"), ("学校法人青葉台学園", "受託者")]),
    # 受領者 / 開示者 name a party when an organisation stands right before them
    ("アルヴェン分子医学研究所（以下「提供者」という。）と国立大学法人霧島野大学（以下「受領者」という。）とは、次のとおり契約する。",
     [("アルヴェン分子医学研究所", "提供者"), ("国立大学法人霧島野大学", "受領者")]),
    ("国立大学法人南関東大学（以下「甲」という。）とラインハルト研究所（Reinhardt-Institut für Informatik）（以下「乙」という。）は",
     [("国立大学法人南関東大学", "甲"), ("ラインハルト研究所", "乙")]),
    ("国立大学法人北陸大学（以下「甲」という。）とケストレル・マテリアルズ（Kestrel Materials Pte. Ltd.、シンガポール共和国法に基づき"
     "設立された法人。以下「乙」という。）とは", [("国立大学法人北陸大学", "甲"), ("ケストレル・マテリアルズ", "乙")]),
    ("国立大学法人瀬戸内大学（日本国）（以下「瀬戸内大学」という。）とヴァルモント大学（以下「ヴァルモント大学」という。）"
     "（以下、両者を併せて「両大学」という。）は", [("国立大学法人瀬戸内大学", "瀬戸内大学"), ("ヴァルモント大学", "ヴァルモント大学")]),
    ('This Agreement is made by and between:\n\nNational University Corporation Kansai Institute of Science and '
     'Technology, a national university corporation established under the laws of Japan, having its principal office '
     'at 1-5 Yamadaoka, Suita, Osaka 565-0871, Japan (the "University"); and\n\nMeridian Quantum Technologies '
     'Limited, a company incorporated under the laws of Ireland ("Sponsor").',
     [("National University Corporation Kansai Institute of Science and Technology", "University"),
      ("Meridian Quantum Technologies Limited", "Sponsor")]),
    ('BETWEEN\n\n(1) TOKAI NATIONAL UNIVERSITY OF MEDICINE AND ENGINEERING, a national university corporation '
     '("TNUME"); and\n\n(2) SORENSEN ROBOTICS A/S, a company incorporated in Denmark ("Sorensen"),',
     [("TOKAI NATIONAL UNIVERSITY OF MEDICINE AND ENGINEERING", "TNUME"), ("SORENSEN ROBOTICS A/S", "Sorensen")]),
    ('entered into as of June 2, 2025 (the "Effective\nDate") by and between:\n\nAldmere Institute for Cell Biology, '
     'a non-profit research foundation ("Provider"); and\n\nKita-Kanto University, a national university '
     'corporation, having its principal office at 1-1 Gakuen-cho, Maebashi, Gunma 371-8510,\nJapan ("Recipient").',
     [("Aldmere Institute for Cell Biology", "Provider"), ("Kita-Kanto University", "Recipient")]),
    ('Kinugawa University (hereinafter referred to as "the University") and the Meridian Institute of Applied Sciences '
     '(hereinafter referred to as "the Institute"), hereinafter referred to individually as a "Party"',
     [("Kinugawa University", "University"), ("Meridian Institute of Applied Sciences", "Institute")]),
    ('Kiromic, Inc, a Delaware corporation (the "Company"), is pleased to offer this Consulting Agreement to retain '
     'Gianluca Rotino ("Consultant") to perform certain consulting activities.',
     [("Kiromic, Inc", "Company"), ("Consultant", "Consultant")]),
    ('This Agreement (the "Agreement\'") is entered into by and among:\nHoshigaoka University, a national university '
     'corporation (the "Host");\nZarnovia Institute of Photonics (the "Sending Institution"); and',
     [("Hoshigaoka University", "Host"), ("Zarnovia Institute of Photonics", "Sending Institution")]),
    # "limited by guarantee" holds a "by" that opens no name
    ('between:\n(1) Kita-Riku University, a national university corporation (the "Provider"); and\n(2) Meridale Genomics '
     'Institute Ltd., a company limited by guarantee registered in England and Wales under company number 11111111, '
     'whose registered office is at 4 Quay Court, Cambridge, United Kingdom (the "Recipient"),',
     [("Kita-Riku University", "Provider"), ("Meridale Genomics Institute Ltd.", "Recipient")]),
    # the alias closes a parenthesis that holds the address
    ('Hokurei University, a national university corporation (7-1-1 Kamui-cho, Asahikawa, Japan; hereinafter "Hokurei '
     'University"), and Universidad Tecnica de San Aurelio (Avenida Los Carrera 1450, Concepcion, Chile; hereinafter '
     '"San Aurelio"), (hereinafter together the "Universities"), hereby enter into this Memorandum.',
     [("Hokurei University", "Hokurei University"), ("Universidad Tecnica de San Aurelio", "San Aurelio")]),
    # numbered parties, each on its own line after the previous party's "; "
    ('by and between:\n(1) VELTRANE BIOPHARMA GMBH, a company organised under the laws of Germany (the "Sponsor");\n'
     '(2) AOKAWA UNIVERSITY, a national university corporation established under the laws of Japan, acting\nthrough '
     'its hospital, Aokawa University Hospital, 1-1 Sakuragi-cho, Aokawa City, Japan (the "Institution"); and',
     [("VELTRANE BIOPHARMA GMBH", "Sponsor"), ("AOKAWA UNIVERSITY", "Institution")]),
    # the blind sets 297-304: a name wrapped by a PDF line inside Japanese prose
    ("データ利用許諾契約書\n国立大学法人北嶺大学（以下「甲」という。）とカルドリス・オービタル・イメージング・\nジャパン株式会社（以下「乙」と"
     "いう。）は、次のとおり契約を締結する。",
     [("国立大学法人北嶺大学", "甲"), ("カルドリス・オービタル・イメージング・ジャパン株式会社", "乙")]),
    # a reference line under the cover block, ending in a digit, is no wrap of the party's paragraph
    ('IMPLEMENTING ARRANGEMENT\nbetween\nTHE VELMARIAN SPACE AGENCY\nand\nHOKUREI UNIVERSITY\nfor the Reception of '
     'Data at the Kitamizu Receiving Station\nAgency reference: VSA/IR/IA/2026-02    University reference: HU-26-003\n'
     'The Velmarian Space Agency, a public agency of the Republic of Velmaria (hereinafter referred to as "the '
     'Agency"), and\nHokurei University, a national university corporation (hereinafter referred to as "the '
     'University"),',
     [("The Velmarian Space Agency", "Agency"), ("Hokurei University", "University")]),
    # "established under the National University Corporation Act": the description starts at "established"
    ('THE UNDERSIGNED:\n1.\tNational University Corporation Akitsu University, established under the National '
     'University Corporation Act of Japan, acting through its Graduate School of Science, hereinafter "Akitsu";\n2.\t'
     'Maasdelta University of Technology, a public university, hereinafter "TU Maasdelta";',
     [("National University Corporation Akitsu University", "Akitsu"), ("Maasdelta University of Technology",
                                                                           "TU Maasdelta")]),
    # a letter's first paragraph names us and a term; the writer names itself in the next
    ('Dear Professor Manabe,\n\nWe are pleased to open discussions on the participation of Hokuryo University (the '
     '"University") in one of the multi-project wafer ("MPW") shuttle runs on our platform.\n\nBefore we release the '
     'design kit, we ask the University to countersign this letter. In this letter, Kaelen Photonics & Microsystems '
     'Centre vzw ("KPMC") and the University are each a "party".',
     [("Hokuryo University", "University"), ("Kaelen Photonics & Microsystems Centre vzw", "KPMC")]),
    # the fellow's employer is no name of hers, and a project's short name is no party
    ('AGREEMENT FOR THE STUDY OF THE JAPANESE COLLECTIONS ("Valmont Collections Project")\nAMONG:\n(1) SEIRAN '
     'UNIVERSITY, a national university corporation (the "Host");\n(2) TAN BINH HEART INSTITUTE, a public hospital '
     '(the "Sending Institution"); and\n(3) DR. NGUYEN THI LAN ANH, born 3 November 1990, currently employed by the '
     'Sending Institution as a staff physician (the "Fellow"),',
     [("SEIRAN UNIVERSITY", "Host"), ("TAN BINH HEART INSTITUTE", "Sending Institution"),
      ("DR. NGUYEN THI LAN ANH", "Fellow")]),
    # the name in the party's own language before its alias
    ('The Oyashio Institute of Marine Science ("OIMS") and the Nordhav Institute for Marine Observation '
     '(Nordhav-instituttet, "Nordhav") of the Kingdom of Norway (each a "Party" and together the "Parties"),',
     [("The Oyashio Institute of Marine Science", "OIMS"), ("Nordhav Institute for Marine Observation", "Nordhav")]),
    # a description wrapped after its "and" ("... of the Ministry of Agriculture and\nFood Security ...") opens no name
    ('BETWEEN\nKISOGAWA UNIVERSITY, a national university corporation of Japan (the "University")\nAND\nTHE LOWLAND '
     'CROPS RESEARCH INSTITUTE, a research institute of the Ministry of Agriculture and\nFood Security of the Republic '
     'of Tarvania, whose head office is at Mesolo (the "Institute")\n',
     [("KISOGAWA UNIVERSITY", "University"), ("THE LOWLAND CROPS RESEARCH INSTITUTE", "Institute")]),
    # a label in capitals opens the name, whose "AND" opens nothing
    ('Today, on the date of the last signature below, we, the undersigned, are:\nPARTY A: VIET NAM ACADEMY OF DELTA AND '
     'COASTAL SCIENCES (the "Academy")\nAddress: No. 57 Nguyen Van Huyen Street, Ha Noi\n\nPARTY B: KISOGAWA '
     'UNIVERSITY (the "University")\nAddress: 3-8 Ryusen-cho, Gifu, Japan\n',
     [("VIET NAM ACADEMY OF DELTA AND COASTAL SCIENCES", "Academy"), ("KISOGAWA UNIVERSITY", "University")]),
    # an annex lists the parties of its master agreement by short names, a role in parentheses
    ('ATTACHMENT 4 TO THE CONSORTIUM AGREEMENT\nParties to the Consortium Agreement (short names as used below):\n'
     '  UEF      Universität Eschenfeld, Germany (Coordinator)\n  TVS      Thermovault Systems B.V., the Netherlands\n'
     '  HKU      National University Corporation Hokuryo University, Japan (Associated Partner)\n',
     [("Universität Eschenfeld", "UEF"), ("Thermovault Systems B.V.", "TVS"),
      ("National University Corporation Hokuryo University", "HKU")]),
    # a Brazilian preamble: unquoted acronyms after "hereinafter referred to as"
    ('MEMORANDUM OF UNDERSTANDING No. 07/2025 ENTERED INTO BY THE FEDERAL UNIVERSITY OF SERRA AZUL AND IBUKI UNIVERSITY '
     '(JAPAN), FOR THE PURPOSES SET FORTH BELOW.\nThe FEDERAL UNIVERSITY OF SERRA AZUL, hereinafter referred to as UFSA, '
     'a federal public institution of higher education, with headquarters at Serra Azul, Brazil; and IBUKI UNIVERSITY, '
     'hereinafter referred to as IBUKI, a national university corporation established under the laws of Japan;\n',
     [("FEDERAL UNIVERSITY OF SERRA AZUL", "UFSA"), ("IBUKI UNIVERSITY", "IBUKI")]),
    # a foundation's letter names both sides in its prose, with "between" further down
    ('Dear President Arimura:\nOn behalf of the Board of Directors of The Cordelia Hayward Foundation (the "Foundation"), '
     'I am pleased to inform you that the Foundation has approved a grant of up to US$750,000 to National University '
     'Corporation Ariake University (the "Grantee") for the project.\nThe relationship between the Foundation and the '
     'Grantee is set out below.\n',
     [("The Cordelia Hayward Foundation", "Foundation"), ("National University Corporation Ariake University", "Grantee")]),
    # the name in capitals on the line under "entered into by and between", its description below it
    ('GENERAL COOPERATION FRAMEWORK AGREEMENT\nentered into by and between\n\nTHE MINERAL AND WATER SCIENCES RESEARCH '
     'COUNCIL\na national research council established in terms of section 2 of the Mineral and Water Sciences Research '
     'Act, 1997, and listed as a national public entity\n(hereinafter referred to as "the Council")\n\nand\n\nNATIONAL '
     'INSTITUTE OF GEO-RESOURCE SCIENCES\na National Research and Development Agency established under the laws of '
     'Japan\n(hereinafter referred to as "the Institute")\n',
     [("THE MINERAL AND WATER SCIENCES RESEARCH COUNCIL", "Council"),
      ("NATIONAL INSTITUTE OF GEO-RESOURCE SCIENCES", "Institute")]),
    # the cover's "and" line names the other party, whose own numbered paragraph follows
    ('SPONSORED RESEARCH AGREEMENT\nbetween\nLANTAU CREST THERAPEUTICS LIMITED\nand\nSEIRAN MEDICAL UNIVERSITY\n'
     'THIS AGREEMENT is made BETWEEN:\n(1) LANTAU CREST THERAPEUTICS LIMITED, a company incorporated in Hong Kong, '
     'whose registered office is at Lantau Island, Hong Kong (the "Sponsor"); and\n(2) SEIRAN MEDICAL UNIVERSITY, an '
     'educational corporation established under the Private School Act of Japan (the "University").\n',
     [("LANTAU CREST THERAPEUTICS LIMITED", "Sponsor"), ("SEIRAN MEDICAL UNIVERSITY", "University")]),
    # a person who is a party keeps the name, not the institution where they work
    ('This Agreement is made among:\n(1) Asahigaoka University, a national university corporation (the "Host");\n'
     '(2) Dr. Anara Dzholdasova, Associate Professor at the Vesk Polytechnic Institute (the "Scholar").\n',
     [("Asahigaoka University", "Host"), ("Dr. Anara Dzholdasova", "Scholar")]),
    # an English agreement's bold short names, without quotes
    ('THIS AGREEMENT is dated 2025\nPARTIES\n(1)\tTHE UNIVERSITY OF WEXMOOR, a body incorporated by Royal Charter in '
     'England whose principal office is at Calder House, Wexmoor (Wexmoor); and\n(2)\tNATIONAL UNIVERSITY CORPORATION '
     'HOKURIKU KAISEI UNIVERSITY, a national university corporation established under the laws of Japan (HKU).\n',
     [("THE UNIVERSITY OF WEXMOOR", "Wexmoor"), ("NATIONAL UNIVERSITY CORPORATION HOKURIKU KAISEI UNIVERSITY", "HKU")]),
    # a second alias of the same party in the same sentence
    ('THE PARTIES\nThe CENTRO DE OBSERVACIÓN ESPACIAL AUSTRAL ("COEA"), a public agency of Chile\nand\nSAKURAGAWA '
     'UNIVERSITY, a national university corporation established under the laws of Japan, acting through its Center for '
     'Ocean Remote Sensing ("CORS") and represented by its President (the "University"),\n',
     [("CENTRO DE OBSERVACIÓN ESPACIAL AUSTRAL", "COEA"), ("SAKURAGAWA UNIVERSITY", "CORS")]),
    # a cover block, then a reference line without a colon, then the party's own paragraph
    ('AGREEMENT\nbetween\nTHE SHIRAKAMI INSTITUTE OF CLIMATE AND CRYOSPHERE SCIENCE\nand\nTHE KESTLAND METEOROLOGICAL '
     'AND HYDROLOGICAL AGENCY\non the Operation of a Joint Observation Network\nAgreement Ref. SICCS-IA-2025-0417 / '
     'KMHA-INT-25/112\nThe Shirakami Institute of Climate and Cryosphere Science, a national research and development '
     'agency established under the laws of Japan (hereinafter referred to as "the Institute"),\nand\nthe Kestland '
     'Meteorological and Hydrological Agency, the national meteorological service of Kestland (hereinafter referred '
     'to as "the Agency"),\n',
     [("The Shirakami Institute of Climate and Cryosphere Science", "Institute"),
      ("Kestland Meteorological and Hydrological Agency", "Agency")]),
    # a letter setting out "the terms on which" its sender and the addressee's university will work: not the dean
    # the letter is addressed to
    ('TECHNISCHE HOCHSCHULE LINDENAU\n\nProfessor Shuichi Hanamaki\nDean, Graduate School of Science\nChihaya '
     'University\n\nDear Professor Hanamaki,\n\nI am pleased to set out below the terms on which Technische Hochschule '
     'Lindenau, acting through the Lindenau Centre for Quantum Engineering ("Lindenau"), and Chihaya University, a '
     'national university corporation of Japan ("Chihaya"), will exchange researchers.\n',
     [("Technische Hochschule Lindenau", "Lindenau"), ("Chihaya University", "Chihaya")]),
    # where the partner is seated describes it; a Latin name wrapped by a PDF line keeps its space
    ('共同研究契約書\n国立大学法人瀬戸内先端科学技術大学（以下「甲」という。）と、米国デラウェア州法に基\nづき設立され、米国カリフォルニア州'
     'サンタクララ市に主たる事業所を有するQuorvane\nDesign Systems, Inc.（以下「乙」という。）とは、次のとおり契約する。\n',
     [("国立大学法人瀬戸内先端科学技術大学", "甲"), ("Quorvane Design Systems, Inc.", "乙")]),
    # the English paragraph of a bilingual preamble indented with an ideographic space, as the Japanese one is
    ('学術交流に関する覚書\n\n\u3000Aobadai University of Science and Technology, a national university corporation '
     'established under the laws of Japan ("Aobadai"), and Universidade Estadual de Serra Clara, a state public '
     'university ("UESC"), hereby enter into this Memorandum.\n',
     [("Aobadai University of Science and Technology", "Aobadai"), ("Universidade Estadual de Serra Clara", "UESC")]),
    # a grant's particulars table: the role on one line, the party on the next; the next row's acronym is another's
    ('GRANT AGREEMENT\nGRANT DETAILS\nItem\nParticulars\nAgency\nVestmark Research and Innovation Agency ("VRIA"), a '
     'statutory body of the Republic of Vestmark\nGrantee\nHarima University of Marine Science, a national university '
     'corporation established under the laws of Japan\nPartner Organisation (Vestmark)\nBrennholm Institute of Ocean '
     'Technology ("BIOT"), 3 Sjoveien, Brennholm\nProject title\nPassive acoustic arrays ("PALOMA")\n',
     [("Vestmark Research and Innovation Agency", "Agency"), ("Harima University of Marine Science", "Grantee")]),
    # a project's short name under the title, above "This Agreement ... is made ... BETWEEN"
    ('COLLABORATIVE RESEARCH AGREEMENT\nSelf-Healing Sol-Gel Coatings for Offshore Wind Foundations ("SEACOAT")\nThis '
     'Collaborative Research Agreement is made on the date of the last signature below\nBETWEEN\n(1) TATSUNAMI '
     'UNIVERSITY, a national university corporation (the "University"); and\n(2) HALVORSEN COATINGS TECHNOLOGY AS, a '
     'private limited company incorporated in Norway (the "Partner"),\n',
     [("TATSUNAMI UNIVERSITY", "University"), ("HALVORSEN COATINGS TECHNOLOGY AS", "Partner")]),
    # a letter's subject line names the grant and its project, no party
    ('VESTMARK RESEARCH AND INNOVATION AGENCY\n\nDear Professor Kurosaki,\n\nRe: Grant Agreement No. VRIA-ICRP-2024-0318 '
     '("PALOMA") - Amendment No. 1\n\nWe refer to the Grant Agreement between the Vestmark Research and Innovation '
     'Agency (the "Agency") and Harima University of Marine Science (the "Grantee").\n',
     [("Vestmark Research and Innovation Agency", "Agency"), ("Harima University of Marine Science", "Grantee")]),
    # Markdown's bold around the names and the aliases
    ('# RESEARCH COLLABORATION AGREEMENT\n\nThis Agreement (the **"Agreement"**) is made\n\n**BETWEEN**\n\n1. **Kazahaya '
     'Institute for Environmental Research**, a general incorporated foundation established under the laws of Japan '
     '(**"KIER"**); and\n\n2. **Centre for Delta Resilience Studies**, a public research unit of Viet Nam (**"CDRS"** '
     'or the **"Partner"**).\n',
     [("Kazahaya Institute for Environmental Research", "KIER"), ("Centre for Delta Resilience Studies", "CDRS")]),
    # a consortium's parties given only in a table, one cell a line
    ('CONSORTIUM AGREEMENT\nTHIS CONSORTIUM AGREEMENT is made between the entities listed in Table 1.\nTable 1 - List of '
     'Parties\nNo.\nLegal name\nShort name\nCountry\n1\nUniversity of Carrick Haven\nUCH\nUnited Kingdom\n2\nNordwerft '
     'Ocean Systems GmbH\nNOS\nGermany\n3\nShiomi University\nSHU\nJapan\n',
     [("University of Carrick Haven", "UCH"), ("Nordwerft Ocean Systems GmbH", "NOS"), ("Shiomi University", "SHU")]),
    # "First Party:" over the party's paragraph, whose signatory stands right before the alias
    ('RESEARCH COLLABORATION AGREEMENT\nThis Agreement is made by and between:\nFirst Party:\nAL MURJAN UNIVERSITY OF '
     'SCIENCE AND TECHNOLOGY, a public university, represented for the purposes of signing this Agreement by Dr. Hamad '
     'Al-Mansoori, Vice President for Research and Innovation (hereinafter referred to as "MUST" or the "First '
     'Party");\nSecond Party:\nHOKURYO UNIVERSITY, a national university corporation, represented by Prof. Kenji '
     'Otsuki, Executive Vice President (hereinafter referred to as "HU" or the "Second Party").\n',
     [("AL MURJAN UNIVERSITY OF SCIENCE AND TECHNOLOGY", "MUST"), ("HOKURYO UNIVERSITY", "HU")]),
    # a study or a project named in the title block is no party
    ('CLINICAL TRIAL AGREEMENT\nA Phase 2b Study of ALD-2217 in Adults with Idiopathic Pulmonary Fibrosis (the '
     '"FIBRA-2 Study")\nSite No. 104\nThis Clinical Trial Agreement is made by and between:\n(1) ALDERMOOR '
     'THERAPEUTICS LTD., a private limited company ("Sponsor"); and\n(2) MINASE UNIVERSITY, a national university '
     'corporation (the "Institution").\n',
     [("ALDERMOOR THERAPEUTICS LTD.", "Sponsor"), ("MINASE UNIVERSITY", "Institution")]),
    ('JOINT DEVELOPMENT AGREEMENT\nrelating to the development of a bilingual foundation model ("Project KAGEROU")\n\n'
     'THIS JOINT DEVELOPMENT AGREEMENT is made on 7 April 2025\nBETWEEN:\n(1) NATIONAL INSTITUTE FOR LANGUAGE AND '
     'INTELLIGENCE RESEARCH, a national research and development agency (the "Institute"); and\n(2) HALCYON '
     'MINDWORKS, INC., a Delaware corporation (the "Company"),\n',
     [("NATIONAL INSTITUTE FOR LANGUAGE AND INTELLIGENCE RESEARCH", "Institute"), ("HALCYON MINDWORKS, INC.", "Company")]),
    # a term sheet's "Parties" row
    ('INDICATIVE TERM SHEET\nTerm\nProposed position\nParties\nHokuryo University, a national university corporation, '
     '5-2 Kita-Asahi, Asahino City, Japan (the "University").\nNordvik Aquatech AS, a private limited company registered '
     'in Norway (the "Sponsor").\nProject\nMachine vision (the "Project").\n',
     [("Hokuryo University", "University"), ("Nordvik Aquatech AS", "Sponsor")]),
    # a cover block names the parties, the preamble again with the address between name and alias
    ('COOPERATIVE RESEARCH AND DEVELOPMENT AGREEMENT\nbetween\nBRIGHTWATER RESEARCH OPERATIONS COMPANY LTD.\n(the '
     '"Contractor")\nand\nJAPAN INSTITUTE FOR ENERGY MATERIALS RESEARCH\n(the "Participant")\nThis Agreement is '
     'entered into by Brightwater Research Operations Company Ltd., 14 Ferrier Causeway, Republic of Aldovia (the '
     '"Contractor"), and the Japan Institute for Energy Materials Research, a National Research and Development Agency '
     'established under the laws of Japan, 2-8-1 Sengen, Tsukuba, Japan (the "Participant").\n',
     [("BRIGHTWATER RESEARCH OPERATIONS COMPANY LTD.", "Contractor"),
      ("JAPAN INSTITUTE FOR ENERGY MATERIALS RESEARCH", "Participant")]),
    # a purchase order's two address blocks side by side
    ('PURCHASE ORDER PO Number: 4500271836\nSUPPLIER (Vendor No. 1047752) BUYER / INVOICE TO\nAmagiri University '
     '(National University Corporation)\nFaculty of Fibre Science and Engineering\n1-8-2 Kitamachi, Amagiri City\nAttn: '
     'Research Contracts Office\nAshgrove Textiles Europe B.V.\nAccounts Payable\nP.O. Box 1150, Enschede\n',
     [("Amagiri University (National University Corporation)", "Supplier"), ("Ashgrove Textiles Europe B.V.", "Buyer")]),
    # a translated cover block ("and / ... University (Party B)") above the first party's own paragraph
    ('AGREEMENT ON JOINT RESEARCH\n\n   between\n\n   Korea Institute of Coastal Bioresources (Party A)\n\n   and\n\n'
     '   National University Corporation Nishi-Seto University (Party B)\n\n=====\n\nKorea Institute of Coastal '
     'Bioresources (hereinafter referred to as "Party A"), a government-funded research institute, and National '
     'University Corporation Nishi-Seto University (hereinafter referred to as "Party B"), a national university '
     'corporation, agree as follows.\n',
     [("Korea Institute of Coastal Bioresources", "Party A"),
      ("National University Corporation Nishi-Seto University", "Party B")]),
    # an Australian form's numbered parties with their short names unquoted
    ('Parties\n\t1.\tDerwent University, a body corporate established under the Derwent University Act 1957 (Tas), of '
     'Sandy Bay, Tasmania 7005, Australia (Derwent)\n\t2.\tNational University Corporation Tokiwadai University, a '
     'national university corporation, of Sendai, Japan (Tokiwadai)\nBackground\n',
     [("Derwent University", "Derwent"), ("National University Corporation Tokiwadai University", "Tokiwadai")]),
    # the master agreement an acronym stands for, and a project's title above a cover block's "between"
    ('DATA PROCESSING AGREEMENT\nThis Data Processing Agreement forms part of the Master Services Agreement dated 3 '
     'February 2025 between the parties named below (the "MSA").\nPARTIES\n(1) KANSAI INSTITUTE FOR MEDICAL DATA '
     'SCIENCE, a general incorporated foundation established under the laws of Japan ("KIMDS"); and\n(2) TESSALINE '
     'LABS PTE. LTD., a company incorporated in Singapore ("Tessaline").\n',
     [("KANSAI INSTITUTE FOR MEDICAL DATA SCIENCE", "KIMDS"), ("TESSALINE LABS PTE. LTD.", "Tessaline")]),
    ('          DATA SHARING AGREEMENT\n\n   Coastal Inundation and Evacuation Behaviour Data Exchange\n   ("CIEB Data '
     'Exchange")\n\n                 between\n\n   HAMANAKO INSTITUTE FOR DISASTER RESILIENCE\n   and\n   UNIVERSITY OF '
     'CORRIGAN BAY\n\nTHIS DATA SHARING AGREEMENT is made on 14 April 2025\n\nBETWEEN:\n\n(1) HAMANAKO INSTITUTE FOR '
     'DISASTER RESILIENCE, a public interest incorporated foundation established under the laws of Japan ("HIDR"); '
     'and\n\n(2) UNIVERSITY OF CORRIGAN BAY, a university of New Zealand ("UCB"),\n',
     [("HAMANAKO INSTITUTE FOR DISASTER RESILIENCE", "HIDR"), ("UNIVERSITY OF CORRIGAN BAY", "UCB")]),
    # French drafting ("BETWEEN THE UNDERSIGNED:"), a long description and the name in the party's own language
    ('RESEARCH AGREEMENT\n\nBETWEEN THE UNDERSIGNED:\n\nThe Sahelian Institute for Research in Hydrology and '
     'Environment (Institut Sahélien de Recherche en Hydrologie et Environnement), a public scientific and '
     'technological establishment governed by the laws of Burkina Faso, placed under the technical supervision of the '
     'Ministry in charge of Scientific Research and Innovation, whose registered office is at 1204 Avenue de '
     'l\'Indépendance, 01 BP 4425 Ouagadougou 01, Burkina Faso, represented by its Director General, Professor '
     'Adama Ouedraogo, duly authorised for the purposes hereof,\n\nhereinafter referred to as "ISRHE",\n\nof the one '
     'part,\n\nAND\n\nSetouchi University of Technology, a national university corporation established under the '
     'laws of Japan,\n\nhereinafter referred to as "UTS",\n\nof the other part,\n',
     [("The Sahelian Institute for Research in Hydrology and Environment", "ISRHE"),
      ("Setouchi University of Technology", "UTS")]),
    # a name in capitals after "BETWEEN:" that ends the line before it; "and" inside the name opens nothing
    ('MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made on the date of the last signature below BETWEEN:\n'
     'MINAMI-KYUSHU UNIVERSITY OF AGRICULTURE AND LIFE SCIENCES, a university corporation established under the laws '
     'of Japan (hereinafter referred to as "MKULS"); and\nKWARA PLAINS UNIVERSITY OF AGRICULTURE AND TECHNOLOGY, a Federal '
     'university of Nigeria (hereinafter referred to as "KPUAT"),\n',
     [("MINAMI-KYUSHU UNIVERSITY OF AGRICULTURE AND LIFE SCIENCES", "MKULS"),
      ("KWARA PLAINS UNIVERSITY OF AGRICULTURE AND TECHNOLOGY", "KPUAT")]),
    # a purpose defined in the preamble is no party
    ('秘密保持契約書\n学校法人葵学院（以下「甲」という。）とVeltrane Aerospace Materials Limited（以下「乙」という。）は、'
     'セラミックス基複合材料の高温耐酸化コーティングに関する共同研究の実施の可否を検討する目的（以下「本目的」という。）のために、次のとおり'
     '契約する。\n',
     [("学校法人葵学院", "甲"), ("Veltrane Aerospace Materials Limited", "乙")]),
    # a letter's sentence before the name, and the arrangement it defines
    ('STRATOFORM CLOUD, INC.\n\nDear Professor Hirasawa,\n\nWe are pleased to confirm that Okuyama University (the '
     '"University") has been selected for an award. This letter sets out the terms on which Stratoform Cloud, Inc. '
     '("Stratoform") will make credits available, and together with your countersignature forms an agreement between '
     'Stratoform and the University (the "Arrangement").\n',
     [("Okuyama University", "University"), ("Stratoform Cloud, Inc.", "Stratoform")]),
    # a Colombian agreement in translation: each signatory, the body he acts for, and an unquoted acronym, in one long
    # paragraph
    ("SPECIFIC AGREEMENT No. CE-047-2025 ENTERED INTO BETWEEN THE UNIVERSIDAD TECNOLÓGICA DEL MAGDALENA MEDIO AND "
     "SEIRYO UNIVERSITY\nBetween the undersigned, HERNÁN QUINTERO OSPINA, of legal age, domiciled in the city of "
     "Barrancabermeja, identified with citizenship card No. 91.438.206, acting in his capacity as Rector and legal "
     "representative of the UNIVERSIDAD TECNOLÓGICA DEL MAGDALENA MEDIO, a public higher education institution of the "
     "departmental order with its own legal personality and academic, administrative and financial autonomy, "
     "appointed by Agreement No. 011 of 2023 of the Superior Council and duly authorised to sign this Agreement by "
     "Agreement No. 004 of 2025 of the same Council, who for the purposes of this document shall be referred to as "
     "UTMM; and KENJI ARAMAKI, of legal age, holder of Japanese passport No. TR4418902, acting in his capacity as "
     "President of the NATIONAL UNIVERSITY CORPORATION SEIRYO UNIVERSITY, a national university corporation "
     "established under the National University Corporation Act of Japan (Act No. 112 of 2003), with principal office "
     "at 1-1 Gakuen-cho, Joetsu City, Niigata Prefecture, Japan, who for the purposes of this document shall be "
     "referred to as SEIRYO; UTMM and SEIRYO being jointly referred to as THE PARTIES, we have agreed as follows:\n",
     [("UNIVERSIDAD TECNOLÓGICA DEL MAGDALENA MEDIO", "UTMM"),
      ("NATIONAL UNIVERSITY CORPORATION SEIRYO UNIVERSITY", "SEIRYO")]),
    # set 1122: an appointment letter with no letterhead, its sender named in its first sentence and then called "the
    # University"
    ("Ref.: JUST-TA [2025] No. 047\nDate: 8 April 2025\nPERSONAL\nProfessor Shigeru Amakawa\nDepartment of Applied "
     "Chemistry, Faculty of Engineering\nHinokuni University\n5-14-3 Shirakawa-Dai, Kumamoto 861-8555\nJapan\nLetter of "
     "Appointment: Honorary Professor\nDear Professor Amakawa,\nOn behalf of Jinhai University of Science and "
     "Technology, I am pleased to inform you that you have been appointed Honorary Professor of the University.\n",
     [("Hinokuni University", "you"), ("Jinhai University of Science and Technology", "University")]),
    # set 1114: a Spanish convenio in translation, each body named after its president's office, the alias in brackets
    # without quotes
    ("AGREEMENT BETWEEN THE STATE AGENCY CONSEJO ESTATAL DE INVESTIGACIONES AND SETOUCHI UNIVERSITY\nMEETING\n"
     "On the one part, Ms. Inmaculada Berenguer Soler, President of the State Agency Consejo Estatal de "
     "Investigaciones Científicas y Técnicas, M.P. (hereinafter, CEICT), with registered office at Calle de Cristóbal "
     "Bordiú 98, 28003 Madrid.\nOn the other part, Prof. Dr. Masanori Kuwabara, President of Setouchi University of "
     "Health Sciences\n(hereinafter, the UNIVERSITY), a school corporation incorporated under the Private School Act "
     "of Japan.\n",
     [("State Agency Consejo Estatal de Investigaciones Científicas y Técnicas", "CEICT"),
      ("Setouchi University of Health Sciences", "UNIVERSITY")]),
    # a German agreement in translation: German quotes, a name over its street address, and the German original named
    # in the header
    ("Non-binding convenience translation – only the German original („Kooperationsvertrag“) is legally binding\n"
     "KOOPERATIONSVERTRAG\nbetween\nForschungsinstitut für Kreislaufwerkstoffe Halbrunn e.V.\nAm Schlackenberg 7, "
     "09387 Halbrunn, Germany,\nrepresented by the Executive Board\n– hereinafter referred to as „FKH“ –\nand\n"
     "National University Corporation Hokuryo University\n4-1 Hokuryodai, Tsukigase-shi, Niigata 959-2287, Japan,\n"
     "represented by its President\n– hereinafter referred to as „Hokuryo University“ –\n",
     [("Forschungsinstitut für Kreislaufwerkstoffe Halbrunn e.V.", "FKH"),
      ("National University Corporation Hokuryo University", "Hokuryo University")]),
    # a visiting researcher's undertaking: the visit it defines is no party
    ('I, the undersigned, have been accepted by Hakurei University (the "University") as a Visiting Researcher for the '
     'period stated in Schedule 1 (the "Visit").\n', [("Hakurei University", "University")]),
    # the joint research an NDA is about, defined in the preamble, is no party
    ("秘密保持契約書\n国立大学法人北陵大学（以下「甲」という。）とヴァーランリンナ工科大学（以下「乙」という。）は、甲乙間で実施を検討している"
     "正極材料の直接再生プロセスに関する共同研究（以下「本検討」という。）に関し、次のとおり契約する。\n",
     [("国立大学法人北陵大学", "甲"), ("ヴァーランリンナ工科大学", "乙")]),
    # a second alias of the same party after "and where the context refers to ..."
    ('THIS AGREEMENT is made BETWEEN:\n(1) NATIONAL UNIVERSITY CORPORATION HAKUSAN UNIVERSITY, a national university '
     'corporation, acting through its Biobank (the “University”, and where the context refers to the biobank '
     'operation, the “Biobank”); and\n(2) LAKEMONT PRESBYTERIAN HOSPITAL, a Minnesota nonprofit corporation (the '
     '“Hospital”).\n', [("NATIONAL UNIVERSITY CORPORATION HAKUSAN UNIVERSITY", "University"),
                        ("LAKEMONT PRESBYTERIAN HOSPITAL", "Hospital")]),
    # a PDF line that breaks inside 以下
    ("国立大学法人東雲大学（以下「甲」という。）とヴェルダント・バイオプロセス社（\nVerdant Bioprocess AG。スイス連邦法に基づき設立された"
     "法人。以\n下「乙」という。）とは、次のとおり契約する。\n",
     [("国立大学法人東雲大学", "甲"), ("ヴェルダント・バイオプロセス社", "乙")]),
    # a form's generic signer ("a legal entity") is no party; the parties are listed below
    ('This version of the agreement allows a legal entity (the "Corporation" or "Contributor") to submit Contributions.'
     '\nPARTIES\n(1) STIFTUNG ASTER OPEN SCIENCE, a foundation established under Swiss law (the "Foundation"); and\n'
     '(2) YAMABIKO INSTITUTE FOR COMPUTATIONAL SCIENCE, a National Research and Development Agency established under '
     'the laws of Japan, with its head office in Ibaraki, Japan ("You" or the "Contributor").\n',
     [("STIFTUNG ASTER OPEN SCIENCE", "Foundation"), ("YAMABIKO INSTITUTE FOR COMPUTATIONAL SCIENCE", "You")]),
    # a name in kanji with its English gloss, in an English agreement
    ('THIS AGREEMENT is made BETWEEN:\n(1) CARDELL PHOTONICS LIMITED, a company incorporated in England (the '
     '"Sponsor"); and\n(2) 学校法人晴海学園 (Harumi Gakuen Educational Foundation), a school juridical person established '
     'under the Private School Act of Japan, which operates 晴海理工大学 (Harumi University of Science and Technology), '
     'having its principal office in Tokyo, Japan (the "University").\n',
     [("CARDELL PHOTONICS LIMITED", "Sponsor"), ("学校法人晴海学園", "University")]),
    # an Italian agreement in translation: the university and the department it acts through, two aliases of one party
    ('RESEARCH AGREEMENT\n\nBETWEEN\n\nthe UNIVERSITÀ DEGLI STUDI DI VALMARINA, with registered office at Piazza San '
     'Leucio 3, Valmarina, Italy, acting through its Department of Earth Sciences (hereinafter "DiSTAR"), represented by '
     'the Rector pro tempore, Prof. Ernesto Castaldi, born in Salerno on 4 June 1964, authorised to sign this deed by '
     'resolution of the Academic Senate of 18 February 2025 (hereinafter "UNIVAL");\n\nAND\n\nNISHIKAIGAN UNIVERSITY, '
     'a national university corporation established under the laws of Japan (hereinafter "NKU");\n',
     [("UNIVERSITÀ DEGLI STUDI DI VALMARINA", "DiSTAR"), ("NISHIKAIGAN UNIVERSITY", "NKU")]),
    # the parties of a two-column table read row by row
    ('SPONSORED RESEARCH AGREEMENT\nTHIS AGREEMENT is made\nBETWEEN\nKUROBE UNIVERSITY OF TECHNOLOGY\nVELTRANE '
     'BIOSYSTEMS, INC.\nA national university corporation of Japan\nA corporation of Delaware\n(the “University”)\n(the '
     '“Sponsor”)\n', [("KUROBE UNIVERSITY OF TECHNOLOGY", "University"), ("VELTRANE BIOSYSTEMS, INC.", "Sponsor")]),
    # a consortium's coordinator acting "under the authority conferred on it by the General Assembly"; the title's
    # consortium acronym no party
    ('ACCESSION AGREEMENT\nto the Consortium Agreement of the PERMAFROST CARBON CONSORTIUM ("CryoCarb")\nTHIS '
     'ACCESSION AGREEMENT is made\nBETWEEN:\n(1)\tUNIVERSITY OF NORDVIK, a state university of Norway, acting as '
     'Coordinator for and on behalf of the Existing Parties under the authority conferred on it by the General Assembly '
     '(the "Coordinator"); and\n(2)\tSHINONOME UNIVERSITY, a national university corporation of Japan (the "Acceding '
     'Party").\n', [("UNIVERSITY OF NORDVIK", "Coordinator"), ("SHINONOME UNIVERSITY", "Acceding Party")]),
    # a regulation defined in the preamble is no party
    ("寄附講座設置に関する覚書\n国立大学法人葵ヶ丘大学（以下「甲」という。）とクオーヴェイン社（以下「乙」という。）は、次のとおり覚書を締結する。"
     "乙は、甲の国立大学法人葵ヶ丘大学寄附講座規程（以下「寄附講座規程」という。）に基づき、甲に寄附を申し出た。\n",
     [("国立大学法人葵ヶ丘大学", "甲"), ("クオーヴェイン社", "乙")]),
    # a project's short name in the title block, a reference line below it, then the agreement's own opening
    ('RESEARCH COLLABORATION AGREEMENT\n\nSodium-Ion Electrolytes for Stationary Storage ("COLDSALT")\n\nAgreement '
     'reference: IIEM-INT-2025-031\n\nTHIS AGREEMENT is dated 2 June 2025\n\nBETWEEN:\n\n(1) IZUMIGAOKA INSTITUTE OF '
     'ENERGY MATERIALS, a foundation of Japan (the "Institute"); and\n\n(2) NORTHMERE ENERGY RESEARCH LIMITED, a company '
     'incorporated in England ("Northmere").\n', [("IZUMIGAOKA INSTITUTE OF ENERGY MATERIALS", "Institute"),
                                                  ("NORTHMERE ENERGY RESEARCH LIMITED", "Northmere")]),
    # an annex defining itself, and a name followed by its street address
    ('This Data Sharing Annex (the "Annex") is entered into by Minamiura University of Marine Science, 3-14 '
     'Shiosai-cho, Minamiura-shi, Japan (the "University") and the Marova Fisheries Research Agency, a government agency '
     '(the "Agency").\n', [("Minamiura University of Marine Science", "University"),
                           ("Marova Fisheries Research Agency", "Agency")]),
    # a translation from Russian: guillemets round the aliases and round the body's name after its legal form, and the
    # first party's signatory ("represented by the Director General") before the second party's paragraph
    ("Translation from the Russian language\nAGREEMENT No. 27-MS/2025\nThe Republican State Enterprise on the Right of "
     "Economic Management «Sary-Arka Institute of Hydrogeology and Geoecology», subordinate to the authorised body in "
     "the field of science of the Republic of Kazakhstan, hereinafter referred to as the «Institute», represented by "
     "the Director General, Professor Zhaksylykov Bauyrzhan Temirkhanovich, acting on the basis of the Charter, on the "
     "one hand, and\nNational University Corporation Hidaka University of Technology (Japan), hereinafter referred to "
     "as the «University», represented by the President, on the other hand,\nhereinafter jointly referred to as the "
     "«Parties» and individually as a «Party»,\n",
     [("Sary-Arka Institute of Hydrogeology and Geoecology", "Institute"),
      ("National University Corporation Hidaka University of Technology (Japan)", "University")]),
    # a Chinese contract form's party lines, each with its address and contact fields on the same line
    ("Cooperation Agreement\n\nParty A: Gulou Interactive Technologies Co., Ltd. Address: 4F, Mansion, 268 Zhong Road, "
     "Nanjing Zip code: 210001 Contact person: Chen Xi Tel:\n\nParty B: Shenzhen Skyline Technology Co., Ltd. Address: "
     "7F, Technology Building, No. 31 Gaoxin Central 4th Road, Nanshan District, Shenzhen Zip code: 518057 Contact "
     "person: Chen Zhiyu Contact Tel:\n\n",
     [("Gulou Interactive Technologies Co., Ltd.", "Party A"), ("Shenzhen Skyline Technology Co., Ltd.", "Party B")]),
    # a bilingual MoU whose only English names are in its title, wrapped, the first with an "and" inside it
    ("国立大学法人信濃川科学技術大学とハルストランド工科大学との間の覚書\nMemorandum of Understanding on Academic Exchange\n"
     "between Shinanogawa University of Science and Technology and Hallstrand\nUniversity of Technology\n前文\n"
     "国立大学法人信濃川科学技術大学及びハルストランド工科大学は、次のとおり覚書を締結する。\n",
     [("Shinanogawa University of Science and Technology", "Shinanogawa University of Science and Technology"),
      ("Hallstrand University of Technology", "Hallstrand University of Technology")]),
    # the second party joined by "and" right after the first one's alias, its name holding an "and" of its own
    ('Hokurei University, a national university corporation established under the laws of Japan ("Hokurei"), and '
     'Hanbit Institute of Science and Technology, a non-profit research institute incorporated in the Republic of '
     'Korea ("HIST"), hereby enter into this Joint Research Agreement (this "Agreement").\n',
     [("Hokurei University", "Hokurei"), ("Hanbit Institute of Science and Technology", "HIST")]),
    # a university described by the ministry that recognises it, its address pushing the name 600 characters back
    ('This Data Sharing Agreement (the "Agreement") is entered into by and between:\n\nKUROSE INSTITUTE FOR OCEAN '
     'OBSERVATION, a public interest incorporated foundation organised under the laws of Japan ("KIOO"); and\n\n'
     'UNIVERSIDAD DEL MAR AUSTRAL, a private non-profit university recognised by the Ministry of Education of the '
     'Republic of Chile, acting through its Centro de Oceanografia del Pacifico Sur-Oriental (COPSO), with its '
     'principal office at Avenida Los Fiordos 1450, Puerto Celeste, Chile ("UMA").\n',
     [("KUROSE INSTITUTE FOR OCEAN OBSERVATION", "KIOO"), ("UNIVERSIDAD DEL MAR AUSTRAL", "UMA")]),
    # a letter: the writer acting for its government, "and" the addressee acting through its institute, then a term
    # defined in the next paragraph
    ('Dear Professor Kirishima,\n\nI am pleased to set out below the terms on which the Australian Defence '
     'Experimental Sciences Group ("ADESG"), acting on behalf of the Commonwealth of Australia as represented by the '
     'Department of Defence, and Minase University, acting through its Research Institute for Upper Atmosphere '
     'Physics ("RIUAP"), propose to cooperate. In this letter ADESG and Minase University are each a "Participant" '
     'and together the "Participants".\n\nBACKGROUND. Irregularities in the ionosphere degrade global navigation '
     'satellite system ("GNSS") positioning.\n',
     [("Australian Defence Experimental Sciences Group", "ADESG"), ("Minase University", "RIUAP")]),
    # a treaty given a short name in the preamble is no party
    ("遺伝資源共同研究契約書\n国立大学法人東雲大学（以下「甲」という。）とイサーン高原大学（以下「乙」という。）は、生物の多様性に関する条約"
     "及び遺伝資源の取得の機会及びその利用から生ずる利益の公正かつ衡平な配分に関する名古屋議定書（以下「名古屋議定書」という。）に従い、"
     "次のとおり契約を締結する。\n",
     [("国立大学法人東雲大学", "甲"), ("イサーン高原大学", "乙")]),
    # a faculty writing for its university, the faculty's own name holding an "and"
    ("Dear Professor Kuwabara,\nIt is my great pleasure to write to you, on behalf of the Faculty Council of the Faculty\n"
     "of Civil Engineering and Architecture of Transdanubian University of Technology\n(“TDUT”), to invite you to join "
     "us as a Visiting Professor.\n",
     [("Transdanubian University of Technology", "TDUT")]),
    # a Mexican convenio's opening in capitals, each party "on the one hand" / "on the other hand"
    ('MEMORANDUM OF UNDERSTANDING FOR ACADEMIC COOPERATION ENTERED INTO BY, ON THE ONE HAND, UNIVERSIDAD POLITÉCNICA '
     'DEL BAJÍO OCCIDENTAL, HEREINAFTER "UPBO", REPRESENTED BY ITS RECTOR, DR. MARISOL ECHEVERRÍA TAPIA, AND, ON THE '
     'OTHER HAND, SETOUCHI UNIVERSITY OF SCIENCE AND TECHNOLOGY, HEREINAFTER "SUST", REPRESENTED BY ITS PRESIDENT; '
     'JOINTLY REFERRED TO AS "THE PARTIES", IN ACCORDANCE WITH THE FOLLOWING CLAUSES:\n',
     [("UNIVERSIDAD POLITÉCNICA DEL BAJÍO OCCIDENTAL", "UPBO"), ("SETOUCHI UNIVERSITY OF SCIENCE AND TECHNOLOGY", "SUST")]),
    # a German society's name, its street and house number on the next line, acting through one of its institutes
    ('COLLABORATIVE RESEARCH AGREEMENT\nbetween\nKessler-Gesellschaft zur Förderung der angewandten Forschung e.V.,\n'
     'Karolinenring 14, 80333 München, Germany,\nacting through its Kessler Institute for Production Automation and '
     'Robotics KIPR,\nLechfeldallee 22, 86159 Augsburg, Germany,\n- hereinafter referred to as "KESSLER" -\nand\n'
     'Setouchi University of Science and Technology,\na national university corporation,\n- hereinafter referred to as '
     '"SUST" -\n',
     [("Kessler-Gesellschaft zur Förderung der angewandten Forschung e.V.", "KESSLER"),
      ("Setouchi University of Science and Technology", "SUST")]),
    # what the commissioning body is, written before its name
    ("受託研究契約書\n国立大学法人北稜大学（以下「甲」という。）とアラブ首長国連邦ドバイ首長国の政府機関であるドバイ・モビリティ・フューチャーズ庁"
     "（以下「乙」という。）は、次のとおり契約を締結する。\n",
     [("国立大学法人北稜大学", "甲"), ("ドバイ・モビリティ・フューチャーズ庁", "乙")]),
    # a side letter naming the agreement it amends by its initials, after the parties and the investigator
    ('Dear Professor Igarashi,\n\nWe refer to the clinical trial agreement dated 9 September 2024 between Hokuriku Kinen '
     'University (the "Institution") and Tamsin Clinical Development Limited (the "Sponsor"), under which the '
     'Institution is conducting the above study with Professor Shunsuke Igarashi of the Department of Dermatology as '
     'principal investigator (the "CTA").\n',
     [("Hokuriku Kinen University", "Institution"), ("Tamsin Clinical Development Limited", "Sponsor")]),
    # a company's registration number after its name, and a footnote's mark glued to a name by a PDF's text layer
    ('THIS MEMORANDUM is made BETWEEN\n\nSETA NEUROSCIENCE INSTITUTE, a public interest incorporated foundation of Japan '
     '(hereinafter "SNI");\n\nAND\n\nUNIVERSITI BESTARI NUSANTARA SDN. BHD. (Company Registration No. 200901038877 '
     '(871204-X)), a company incorporated in Malaysia (hereinafter "UBN").\n',
     [("SETA NEUROSCIENCE INSTITUTE", "SNI"), ("UNIVERSITI BESTARI NUSANTARA SDN. BHD.", "UBN")]),
    ('This Agreement is made between Seta Neuroscience Institute, a foundation of Japan ("SNI"), and YARDEN UNIVERSITY1, '
     'a public university of Israel ("Yarden").\n', [("Seta Neuroscience Institute", "SNI"), ("YARDEN UNIVERSITY", "Yarden")]),
    # a Brazilian public company whose paragraph runs 800 characters to its alias, past the ordinance that appointed its
    # signatory, with no blank line before it
    ("RESEARCH AGREEMENT ENTERED INTO BY COBRAPAS AND SAKURAGAWA UNIVERSITY, FOR THE EXECUTION OF THE PROJECT “BRADY-DRY”."
     "\nCORPORAÇÃO BRASILEIRA DE PESQUISA AGROSSILVIPASTORIL – COBRAPAS, a federal public company linked to the Ministry "
     "of Agriculture and Livestock of the Federative Republic of Brazil, created under Law No. 7.318 and governed by its "
     "By-laws, enrolled with the National Register of Legal Entities (CNPJ) under No. 04.718.293/0001-56, with "
     "headquarters at Parque Estação Biológica, Avenida W3 Norte Final, Brasília, Federal District, acting through its "
     "decentralised unit COBRAPAS Solos do Cerrado, CNPJ No. 04.718.293/0014-70, located at Rodovia BR-020, km 21, "
     "Planaltina, Federal District, CEP 73310-970, Brazil, herein represented by its Head-General, Dr. Marcelo Augusto "
     "Tavares Quintela, appointed by Ordinance No. 1.142 published in the Official Gazette of the Union (DOU) of 3 June "
     "2023, hereinafter referred to as “COBRAPAS”; and\nNATIONAL UNIVERSITY CORPORATION SAKURAGAWA UNIVERSITY, a national "
     "university corporation, hereinafter referred to as the “UNIVERSITY”;\n",
     [("CORPORAÇÃO BRASILEIRA DE PESQUISA AGROSSILVIPASTORIL – COBRAPAS", "COBRAPAS"),
      ("NATIONAL UNIVERSITY CORPORATION SAKURAGAWA UNIVERSITY", "UNIVERSITY")]),
    # a 念書: our laboratory named right after our university is us, and the instrument lent is no party
    ("念書\nヴァントール・サイエンティフィック社（以下「当社」という。）は、国立大学法人汐見台大学（以下「貴学」という。）大学院工学研究科環境計測学"
     "研究室（責任者准教授佐伯亮。以下「貴研究室」という。）が実施する研究（以下「本研究」という。）に関し、当社が開発中の装置の試作機及びその"
     "付属品（以下「本機器」という。）を貴学に無償で貸与する。\n",
     [("ヴァントール・サイエンティフィック社", "当社"), ("国立大学法人汐見台大学", "貴学")]),
    # a record agreed by e-mail that says in its own words who the parties are
    ("Dear Dr. Ngoc,\n\nThe parties and their people\n\nThe parties are Shiomidai University, a national university "
     "corporation in Yokosuka, Japan, acting through the Laboratory of Aquatic Animal Genetics (principal investigator "
     "Professor Arakawa), and MIAB, Can Tho City, Viet Nam (principal investigator Dr. Le Van Phuc). No other "
     "organisation is a party.\n",
     [("Shiomidai University", "Shiomidai University"), ("MIAB", "MIAB")]),
    # a US national laboratory's contractor as 乙, the department and the laboratory it runs named in its description
    ("受託研究契約書\n公益財団法人くろしお大気科学研究所（以下「甲」という。）と、米国エネルギー省（以下「DOE」という。）との間の管理運営契約"
     "（以下「主契約」という。）に基づき、DOE科学局が所管する連邦研究所であるハーラン・ベイスン国立研究所（以下「HBNL」という。）を管理・運営する"
     "Harlan Basin Research Alliance, LLC（以下「乙」という。）とは、次のとおり契約を締結する。\n",
     [("公益財団法人くろしお大気科学研究所", "甲"), ("Harlan Basin Research Alliance, LLC", "乙")]),
    # a Polish agreement: "with its registered office in" without a comma, the signatory on a line after "represented by:"
    ("AGREEMENT No. PW/CTT/0147/2025\nON RESEARCH COLLABORATION\nconcluded in Olsztyn on 3 June 2025 (hereinafter referred "
     "to as the “Agreement”) between:\nWarmian University of Technology (Politechnika Warmińska) with its registered "
     "office in Olsztyn, ul. Inżynierska 12, 10-719 Olsztyn, Poland, a public university, represented by:\nprof. dr hab. "
     "inż. Tomasz Wierzbicki – Vice-Rector for Science,\nhereinafter referred to as “PW”,\nand\nMikawa University of "
     "Technology, a national university corporation established under the National University Corporation Act of "
     "Japan, represented by:\nProf. Dr. Kenji Sawamura – Executive Vice-President for Research,\nhereinafter referred "
     "to as “MUT”,\n",
     [("Warmian University of Technology (Politechnika Warmińska)", "PW"), ("Mikawa University of Technology", "MUT")]),
    # an Australian university's business number after its name
    ('THIS AGREEMENT is made BETWEEN\n\nUNIVERSITY OF KESTREL BAY ABN 41 903 226 518, a body corporate established under '
     'the laws of Queensland ("UKB"); and\n\nSETOUCHI KAIYO UNIVERSITY, a national university corporation of Japan '
     '("Setouchi").\n', [("UNIVERSITY OF KESTREL BAY", "UKB"), ("SETOUCHI KAIYO UNIVERSITY", "Setouchi")]),
    # set 711: a subaward's cover rows put the role before the name, then the preamble names both again
    ('RESEARCH SUBAWARD AGREEMENT\nSubaward No. CPU-SUB-25-0417\nPrime Recipient Chesapeake Polytechnic University ("CPU"), '
     'a public institution of higher\neducation of the Commonwealth of Virginia\nSubrecipient Setonaikai University of '
     'Marine Technology, a national university corporation of\nJapan ("SUMT"), 3-8-1 Minato-Shinmachi, Onomichi, '
     'Japan\nThis Subaward is entered into by and between Chesapeake Polytechnic University (the "Prime Recipient") and\n'
     'Setonaikai University of Marine Technology (the "Subrecipient").\n',
     [("Chesapeake Polytechnic University", "CPU"), ("Setonaikai University of Marine Technology", "SUMT")]),
    # set 1133: a letter's sender named in "the arrangements under which", after the addressee's block
    ("18 April 2025\n\nDr. Eleanor Whitcombe\nDirector, Centre for Space Operations\nUniversity of Westmarch\n\n"
     "Dear Dr. Whitcombe,\n\nThank you for the video conference of 27 March 2025 between our Space Systems Laboratory and "
     "your Centre for Space Operations. As discussed, I am writing to set out the arrangements under which Minase "
     "University (\"Minase\", \"we\") "
     "will support the mission.\n", [("University of Westmarch", "you"), ("Minase University", "Minase")]),
    # set 1376: a laboratory's alias, then the address and the university's own alias, all one party
    ('THIS AGREEMENT is entered into by and between:\nNATIONAL UNIVERSITY CORPORATION KISOKOMA UNIVERSITY, a national '
     'university corporation, acting through its Space Systems Environmental Test Laboratory (the "Laboratory"), with its '
     'address at 1-1 Gakuen-cho, Komagane, Nagano\n399-4192, Japan (the "University"); and\nTESSARACT ORBITAL INDUSTRIES '
     'LTD., a corporation organised under the laws of the Republic of Aldovia ("Customer").\n',
     [("NATIONAL UNIVERSITY CORPORATION KISOKOMA UNIVERSITY", "Laboratory"), ("TESSARACT ORBITAL INDUSTRIES LTD.",
                                                                           "Customer")]),
    # ... but an address that runs on into ", and" the next party leaves that party its own
    ('This Agreement is entered into by and between Kestrel Diagnostics Corporation (hereinafter "Kestrel"), having its '
     'principal place of business at 100 Harbor Road, Fremont, California 94538, and Orvane Inc. (hereinafter '
     '"Orvane"), having a place of business at 7 Shore Road, Brisbane, California.\n',
     [("Kestrel Diagnostics Corporation", "Kestrel"), ("Orvane Inc.", "Orvane")]),
    # set 1383: a Spanish convenio in translation, each body named by the rector who speaks "in name and representation
    # of the same", its alias "in advance" (en adelante)
    ('TOGETHER\n\nOn one part, Dr. IGNACIO FUENZALIDA BARROS, in his quality of Rector of the UNIVERSIDAD TECNOLÓGICA DE '
     'VALDEVERDE, in name and representation of the same, according to the faculties conferred to him by the Decree N° '
     '112 of 1987, with domicile in Avenida Los Aromos 1450, Valdeverde, Chile (in advance, "the UTV").\n\nOn the other '
     'part, Prof. Dr. MASANORI OIKAWA, in his quality of President of KAMINOSE UNIVERSITY, national university '
     'corporation of Japan, in name and representation of the same, with domicile in 1-1 Aobadai, Kaminose City, Japan '
     '(in advance, "KAMINOSE").\n',
     [("UNIVERSIDAD TECNOLÓGICA DE VALDEVERDE", "UTV"), ("KAMINOSE UNIVERSITY", "KAMINOSE")]),
    # set 1468: a name in capitals wrapped before its "AND", indented as plain text is
    ('This Agreement is entered into by and between:\n\n    NATIONAL UNIVERSITY CORPORATION TSURUGAOKA UNIVERSITY OF '
     'MARINE SCIENCE\n    AND TECHNOLOGY, a national university corporation organised under the laws\n    of Japan '
     '(the "University"); and\n\n    HALYARD NAVAL SYSTEMS INTEGRATION LIMITED, a company incorporated in\n    '
     'England and Wales (the "Sponsor").\n',
     [("NATIONAL UNIVERSITY CORPORATION TSURUGAOKA UNIVERSITY OF MARINE SCIENCE AND TECHNOLOGY", "University"),
      ("HALYARD NAVAL SYSTEMS INTEGRATION LIMITED", "Sponsor")]),
    # set 1477: a UBMTA implementing letter's sections per party, a gloss after the heading and the name in a field
    ('UNIFORM BIOLOGICAL MATERIAL TRANSFER AGREEMENT\nIMPLEMENTING LETTER\n\nThis Implementing Letter records the '
     'transfer of the material under the Uniform Biological Material Transfer Agreement published by\nthe U.S. National '
     'Institutes of Health (the "UBMTA").\n\n1. PROVIDER (提供機関)\n\n1.1 Organization: Calloway Research Institute, a '
     'nonprofit research organization\n1.2 Address: 2200 Lakeshore Drive, Madison\n\n2. RECIPIENT (受領機関)\n\n2.1 '
     'Organization: National University Corporation Shinonome University (国立大学法人東雲大学)\n2.2 Address: Kanazawa\n',
     [("Calloway Research Institute", "Provider"), ("National University Corporation Shinonome University",
                                                    "Recipient")]),
    # set 1478: a table of the parties, one column each: legal names in one row, short names in the next
    ('AGREEMENT\nThis Agreement is made between the parties identified in the table below.\n\nUniversity\nCompany\n'
     'Legal name\nAkashinada Institute of Technology (national university corporation)\nCarmel Wave Optics Ltd.\n'
     'Short name\n"AIT" or the "University"\n"CWO" or the "Company"\nRegistered address\nAkashi, Japan\nRehovot, '
     'Israel\n\nClause 1 - Definitions\n',
     [("Akashinada Institute of Technology", "AIT"), ("Carmel Wave Optics Ltd.", "CWO")]),
    # set 1487: an OCR layer's stray mark before the quoted alias
    ('This Agreement is made BY AND BETWEEN\n\nKisogawa University, a national university corporation of Japan '
     '(hereinafter the "University"),\n\nAND\n\nInstitut Vauclair de Recherche sur les Materiaux, a non-profit research '
     'association (hereinafter \u2019\n"IVRM"),\n\neach a "Party".\n',
     [("Kisogawa University", "University"), ("Institut Vauclair de Recherche sur les Materiaux", "IVRM")]),
    # set 1519: the table of terms the agreement opens with, defined as 「表」, is no party
    ("国際共同研究契約書\n国立大学法人北嶺大学（以下「甲」という。）とStichting Noordzee Aquacultuur Onderzoek（北海養殖研究財団。以下「乙」"
     "という。）は、次の契約条件一覧表（以下「表」という。）に記載する共同研究の実施に関し、表及び表に続く一般条項に定めるところにより、"
     "国際共同研究契約（以下「本契約」という。）を締結する。\n",
     [("国立大学法人北嶺大学", "甲"), ("Stichting Noordzee Aquacultuur Onderzoek", "乙")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAME_CASES, ids=[f"preamble-{i}" for i in range(len(NAME_CASES))])
def test_each_party_is_named_once_with_its_alias(text: str, expected: list) -> None:
    assert [(p.name, p.aliases[0]) for p in find_parties(text)] == expected


def test_a_defined_role_that_means_a_partys_short_name_is_that_partys_alias() -> None:
    # set 1125: '"Managing Party" means HNU Foundation, or any successor appointed under Article 3.4'
    from analyzer.segment.parties import with_defined_aliases

    text = ('This Agreement is made between National University Corporation Kitakami University ("Kitakami") and '
            'Industry-Academic Cooperation Foundation of Hangang National University ("HNU Foundation").\n'
            '1.4 "Managing Party" means HNU Foundation, or any successor appointed under Article 3.4.\n')
    parties = with_defined_aliases(text, find_parties(text))
    assert [p.aliases for p in parties] == [("Kitakami",), ("HNU Foundation", "Managing Party")]


@pytest.mark.parametrize(("text", "home_names", "home"), ROLE_CASES)
def test_the_home_party_is_found_from_settings_or_defaults(text: str, home_names: tuple, home: str) -> None:
    language = "ja" if "甲" in text else "en"
    parties = assign_roles(find_parties(text), home_names, language, text)
    roles = {p.name: p.role for p in parties}
    assert roles[home] == "HOME"
    assert list(roles.values()).count("PARTNER") == 1


def test_a_party_is_also_known_by_the_initials_the_text_uses_for_it() -> None:
    text = ('Side Letter No. 1 to the Agreement between Sanrei University and Tallis Polytechnic University\n'
            "2. Publication shall be deferred until TPU has confirmed that its patent applications have been filed.\n")
    parties = {p.name: p.aliases for p in find_parties(text)}
    assert "TPU" in parties["Tallis Polytechnic University"]
    assert parties["Sanrei University"] == ("Sanrei University",), "two words make no initials worth reading"


def test_a_university_that_is_japanese_too_stays_ours_beside_its_tlo() -> None:
    text = ('among MK INNOVATION PARTNERS CO., LTD., a kabushiki kaisha organized under the laws of Japan ("MKIP"); '
            'MINAMI-KANTO UNIVERSITY, an educational corporation organized under the Private Schools Act of Japan (the '
            '"University"); and BRIGHTWATER SENSING LTD., a private limited company incorporated in England and Wales '
            '("Brightwater").')
    roles = {p.name: p.role for p in assign_roles(find_parties(text), (), "en", text)}
    assert roles["MINAMI-KANTO UNIVERSITY"] == "HOME"


# after the seventh blind set: two aliases in one parenthesis, a description of 350 characters before the alias,
# a recital that defines a term of its own, and a Japanese agency known only from its description
_DTA_PREAMBLE = (
    'THIS DATA TRANSFER AGREEMENT is made on 1 October 2025\n\nBETWEEN\n\nSHIRANAMI INSTITUTE FOR CLINICAL DATA, a '
    'national research and development agency established under the laws of Japan, with its principal office at '
    '2-3-4 Hamacho, Kochi 780-0000, Japan, acting through its Department of Informatics (the "Provider" or "SICD");'
    '\n\nAND\n\nVARDEN HOSPITAL NETWORK AISBL, an international non-profit association registered under the laws of '
    'Belgium under enterprise number 0123.456.789, with its registered office at Bosweg 12, 2000 Antwerpen, Belgium, '
    'acting on its own behalf and as coordinator of the network hospitals listed in Annex I (the "Recipient");\n\n'
    'WHEREAS\n\n(A) The Network has developed a model that predicts heart failure (the "VARDEN Model");\n')


def test_a_long_preamble_gives_both_aliases_and_stops_at_the_recitals() -> None:
    parties = find_parties(_DTA_PREAMBLE)
    assert [(p.name, p.aliases) for p in parties] == [
        ("SHIRANAMI INSTITUTE FOR CLINICAL DATA", ("Provider", "SICD")),
        ("VARDEN HOSPITAL NETWORK AISBL", ("Recipient",)),
    ]


def test_a_japanese_agency_known_from_its_description_is_ours() -> None:
    roles = {p.name: p.role for p in assign_roles(find_parties(_DTA_PREAMBLE), (), "en", _DTA_PREAMBLE)}
    assert roles == {"SHIRANAMI INSTITUTE FOR CLINICAL DATA": "HOME", "VARDEN HOSPITAL NETWORK AISBL": "PARTNER"}


@pytest.mark.parametrize(("text", "role"), [
    ('This Non-Disclosure Agreement is entered into by Vapotherm, Inc. ("Vapotherm") and the undersigned Receiving '
     "Party.", "PARTNER"),
    ('This Non-Disclosure Agreement is entered into by Hokuto University ("University") and the undersigned Receiving '
     "Party.", "HOME"),
], ids=["a-lone-company-is-the-partner", "a-lone-university-is-ours"])
def test_a_lone_named_party_is_ours_only_if_it_looks_like_us(text: str, role: str) -> None:
    parties = assign_roles(find_parties(text), (), "en", text)
    assert [p.role for p in parties] == [role]


@pytest.fixture
def screening_csv(tmp_path: Path) -> Path:
    path = tmp_path / "end_user_list.csv"
    with path.open("w", encoding="cp932", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["No.", "国名", "企業名", "別名"])
        writer.writerow(["1", "エストマーク", "Ministry of Defence Technology of Estmark", "MDTE; Estmark Defence Ministry"])
        writer.writerow(["2", "ヴェルドリア", "Orvane Advanced Materials Co., Ltd.", ""])
    return path


@pytest.fixture
def screening_xlsx(tmp_path: Path) -> Path:
    import openpyxl

    path = tmp_path / "consolidated.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Consolidated Screening List (test)"])
    sheet.append(["source", "name", "alt_names", "addresses"])
    sheet.append(["Entity List", "HALDEN DUAL-USE SYSTEMS LIMITED", "Halden DUS", "Tarvik"])
    workbook.save(path)
    return path


@pytest.mark.parametrize(("name", "expected"), [
    ("ORVANE ADVANCED MATERIALS CO LTD", "Orvane Advanced Materials Co., Ltd."),
    ("Orvane  Advanced Materials", "Orvane Advanced Materials Co., Ltd."),
    ("ｏｒｖａｎｅ ａｄｖａｎｃｅｄ ｍａｔｅｒｉａｌｓ", "Orvane Advanced Materials Co., Ltd."),
    ("the Ministry of Defence Technology of Estmark", "Ministry of Defence Technology of Estmark"),
    ("Estmark Defence Ministry", "Ministry of Defence Technology of Estmark"),
    ("Orvane University", None),
    ("Estmark Institute of Technology", None),
])
def test_names_match_list_entries_despite_case_width_punctuation_and_suffixes(screening_csv: Path, name: str,
                                                                              expected: str | None) -> None:
    matches = screen([name], load_screening_list(screening_csv))
    assert (matches[0].entry.name if matches else None) == expected


def test_an_xlsx_list_with_a_title_row_is_read(screening_xlsx: Path) -> None:
    entries = load_screening_list(screening_xlsx)
    assert [e.name for e in entries] == ["HALDEN DUAL-USE SYSTEMS LIMITED"]
    assert screen(["Halden Dual-Use Systems Ltd."], entries)[0].score >= 90


AGREEMENT = (
    "共同研究契約書\n国立大学法人北辰大学（以下「甲」という。）とOrvane Advanced Materials Co., Ltd.（以下「乙」という。）は、"
    "次のとおり契約を締結する。\n第1条（目的）\n甲及び乙は、新材料の共同研究を行う。\n"
)


def test_a_listed_counterparty_raises_a_high_document_finding_and_the_overall_risk(screening_csv: Path) -> None:
    engine = AnalyzerEngine(settings=replace(Settings(), screening_lists=(screening_csv,)))
    result = engine.analyze(AGREEMENT.encode(), name="agreement.txt")
    matches = [d for d in result.document_findings if d.kind == "counterparty"]
    assert len(matches) == 1
    details = matches[0].details
    assert details["list"] == "end_user_list.csv"
    assert details["entry"] == "Orvane Advanced Materials Co., Ltd."
    assert details["score"] >= 90
    assert matches[0].severity == "high"
    assert result.summary.risk_level == "high"


def test_the_cli_screens_with_lists_given_on_the_command_line(tmp_path: Path, screening_csv: Path) -> None:
    document = tmp_path / "agreement.txt"
    document.write_text(AGREEMENT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "--screening-list", str(screening_csv), "--fail-on", "high",
                                      str(document)])
    assert result.exit_code == 1
    assert "counterparty" in result.stdout
    assert "Orvane" in result.stdout


# Parties of blind sets 89-96: a Japanese letter, a researcher's own contract, a form whose parties stand in Items
@pytest.mark.parametrize(("text", "roles"), [
    ("国立大学法人瑞穂台大学\n大学院理学研究院　准教授\n森本　彩　殿\nノルデンシュタット工科大学\n学長　ヘンドリク・ファルケンラート\n客員教授委嘱状\n"
     "本学は、貴殿を本学材料科学部客員教授に委嘱します。\n",
     {"国立大学法人瑞穂台大学": "HOME", "ノルデンシュタット工科大学": "PARTNER"}),
    ("ヴェルスタ先端科学振興財団\n理事長　アウグスト・レンベルク　殿\n念　書\n　私は、貴財団の支援プログラムの支援対象者に採択されたことに伴い、"
     "下記の事項を確約いたします。\n", {"ヴェルスタ先端科学振興財団": "PARTNER", "私": "HOME"}),
    # set 533: a memorandum written as a letter to the partner's president, 「…様」, and signed by our dean
    ("東雲大農研発第218号\n令和7年5月12日\nボルネオ北部工科大学\n学長アイシャ・ビンティ・ラーマン様\n国立大学法人東雲大学\n"
     "大学院農学研究科長森川孝之\n共同研究についての覚書\n拝啓　本学と貴学との間で確認いたしました事項を下記のとおり取りまとめました。\n",
     {"ボルネオ北部工科大学": "PARTNER", "国立大学法人東雲大学": "HOME"}),
    ("技術顧問契約書\nカレドン・フォトニクス社（以下「会社」という。）と高槻誠一（以下「顧問」という。）は、次のとおり契約する。\n",
     {"カレドン・フォトニクス社": "PARTNER", "高槻誠一": "HOME"}),
    ("COLLABORATIVE RESEARCH AGREEMENT\nREFERENCE SCHEDULE\nItem 1 - The Institute\nMarina Institute for Advanced "
     "Computing Ltd (UEN 201918837K), a company limited by guarantee incorporated in Singapore.\nItem 2 - Kurosio\n"
     "Kurosio University, a national university corporation established under the laws of Japan.\nItem 3 - Project "
     "Leaders\nThe Institute: Dr Lim Wei Ling.\nPARTIES\n(1) The party described in Item 1 (the \"Institute\"); and\n"
     "(2) The party described in Item 2 (\"Kurosio\").\n",
     {"Marina Institute for Advanced Computing Ltd": "PARTNER", "Kurosio University": "HOME"}),
    # set 95: the one party named is the sender on its letterhead (the university its council acts for); the
    # addressee's university is ours
    ("ALDERMOOR UNIVERSITY\nOffice of the Provost\n\nProfessor Yuriko Tachibana\nFaculty of Science, Kasumigaoka "
     "University\nNishikawa City, Japan\n\nDear Professor Tachibana,\n\nOn behalf of the Council of Aldermoor "
     "University (\"Aldermoor\"), I am delighted to offer you an appointment as Honorary Chair Professor.\n",
     {"Aldermoor University": "PARTNER", "Faculty of Science, Kasumigaoka University": "HOME"}),
    # set 313: "Party A (Employer)" and "Party B (Expert)" in table cells, the expert a professor of a Japanese university
    ("EXPERT WORK AGREEMENT\nContract No.: YL-CL-2025-0147\nParty A (Employer)\nYunlan University of Technology\n"
     "Address\nNo. 88 Cuiping Road, Qingshan City, People's Republic of China\nParty B (Expert)\nHARADA Kenji\n"
     "Present position\nProfessor, Graduate School of Engineering, Hokurei University, Japan\n\nParty A engages "
     "Party B as a Distinguished Foreign Expert.\n",
     {"Yunlan University of Technology": "PARTNER", "HARADA Kenji": "HOME"}),
    # set 350: our professor's own contract with a foreign university, his post and employer in the same line
    ("DISTINGUISHED SCHOLAR AGREEMENT\nBETWEEN\nKESTREL BAY UNIVERSITY, a public university established under the "
     "Kestrel Bay University Act 1987 (the \u201cUniversity\u201d);\nAND\nPROFESSOR MASAHIRO TSUKIOKA, Professor, "
     "Department of Applied Chemistry, Graduate School of Engineering, Hokuryo University of Science and Technology, "
     "Japan, residing at 5-12-3 Sakuragawa, Hokuryo City, Japan (the \u201cScholar\u201d).\n",
     {"KESTREL BAY UNIVERSITY": "PARTNER", "PROFESSOR MASAHIRO TSUKIOKA": "HOME"}),
    # set 357: an English invitation letter, its sender on the letterhead and our professor's university above "Dear"
    ("NORRVIK INSTITUTE FOR POLAR AND OCEAN RESEARCH (NIPOR)\nOffice of the Director\nHamnvagen 14, Norrvik, Sweden\n\n"
     "Norrvik, 12 June 2025\n\nProfessor Haruka Tsujimoto\nDepartment of Earth and Environmental Sciences\n"
     "Shiranami University\nJapan\n\nSent by e-mail; original by post\n\nDear Professor Tsujimoto,\n\nWe invite you "
     "to visit NIPOR this autumn.\n",
     {"NORRVIK INSTITUTE FOR POLAR AND OCEAN RESEARCH": "PARTNER", "Shiranami University": "HOME"}),
    # set 372: an offer letter that names only its sender in its prose; the fellowship it offers is no party
    ("NATIONAL RESEARCH AGENCY OF KESTRIA\nPort Aurel, Republic of Kestria\n\nDr Ayaka Nakazono\nDepartment of "
     "Bioinformatics\nKanmon University\nJapan\n\nDear Dr Nakazono,\n\nI am pleased to offer you a Horizon Talent "
     "Fellowship (the \"Fellowship\") of the Kestria Research Agency (the \"Agency\").\n",
     {"Kestria Research Agency": "PARTNER", "Kanmon University": "HOME"}),
    # set 719: a request letter written on behalf of the sender's school to ask for the addressee's assistance, the
    # addressee's address block in Japan
    ("NORTHWEST HUAYUAN UNIVERSITY OF TECHNOLOGY\nSchool of Materials Science and Engineering\n\nTo:\nDr. Takeshi "
     "Hanazono\nChubu Institute for Materials Research\n2-14 Atsuta-Nishimachi, Atsuta-ku, Nagoya 456-0031, Japan\n\n"
     "Dear Dr. Hanazono,\n\nFurther to the exchange of e-mails between Professor Liang Weimin and Dr. Mariko Tsujita of "
     "your Division, I am pleased to write on behalf of the School of Materials Science and Engineering of Northwest "
     "Huayuan University of Technology (\"NHUT\") to request the technical assistance of the Chubu Institute for "
     "Materials Research (\"CIMR\") in the testing of coating specimens.\n",
     {"Northwest Huayuan University of Technology": "PARTNER", "Chubu Institute for Materials Research": "HOME"}),
    # set 870: a foreign company's side letter to our president, its name in katakana ending in 「インク」
    ("２０２５年６月２７日\n\n国立大学法人奥羽外国語大学\n学長　真壁　敏郎　殿\n\n　　米国ワシントン州シアトル市アラスカン・ウェイ２２００\n"
     "　　スイート４１０\n　　ラークスパー・ボイス・テクノロジーズ・インク\n　　データ・パートナーシップ担当副社長\n\n"
     "「Ｃｏｒｐｕｓ　Ｌｉｃｅｎｃｅ　Ａｇｒｅｅｍｅｎｔ」に関する覚書\n\n拝啓　貴学ますますご清栄のこととお慶び申し上げます。平素は弊社の研究開発に"
     "格別のご理解を賜り、厚く御礼申し上げます。\n",
     {"国立大学法人奥羽外国語大学": "HOME", "ラークスパー・ボイス・テクノロジーズ・インク": "PARTNER"}),
    # set 1442: the addressee block over "Dear Professor ...", the sender named with the post it offers, and a unit of
    # the sender's that goes by its own name
    ("NORVALE INSTITUTE FOR APPLIED OPTICS\nRef.: NIAO/HR/2025-031\n2 June 2025\nProfessor Aiko Tachibana\nDepartment of "
     "Physics, Graduate School of Science\nKisaragi National University\n3-1 Kita-machi, Sendai 980-0001\nJapan\nDear "
     "Professor Tachibana,\nRe: Offer of Appointment as Visiting Chair\nI am pleased to offer you appointment as a "
     "Distinguished Scholar of the Norvale\nInstitute for Applied Optics (the \"Institute\"), attached to the Laboratory of "
     "Ultrafast Spectroscopy (the \"Laboratory\"). The terms are set out below.\n",
     {"Kisaragi National University": "HOME", "Norvale Institute for Applied Optics": "PARTNER",
      "Laboratory of Ultrafast Spectroscopy": "PARTNER"}),
    # set 1457: a platform's click-through terms, accepted "on behalf of the institution or organisation you represent"
    ('Corvane Systems Ltd. ("Corvane", "we" or "us") is a company organised under the laws of the Republic of Vostria.\n'
     'BY CLICKING "I ACCEPT", YOU AGREE TO THIS CUSTOMER AGREEMENT ON BEHALF OF THE INSTITUTION OR ORGANISATION YOU '
     'REPRESENT ("CUSTOMER" or "you").\n',
     {"Corvane Systems Ltd.": "PARTNER", "INSTITUTION OR ORGANISATION YOU REPRESENT": "HOME"}),
], ids=["ja-a-foreign-universitys-letter-to-our-professor", "ja-our-professors-undertaking-to-a-foundation",
        "ja-our-memorandum-written-as-a-letter-to-their-president", "ja-our-professors-consulting-contract", "en-parties-described-in-items",
        "en-a-foreign-universitys-letter-to-our-professor", "en-a-talent-programmes-contract-with-our-professor",
        "en-a-foreign-universitys-contract-with-our-professor-and-his-long-post",
        "en-an-invitation-letter-from-a-letterhead-to-an-address-block",
        "en-an-offer-letter-naming-only-its-sender", "en-a-request-for-the-assistance-of-our-institute",
        "ja-a-foreign-companys-side-letter-signed-in-katakana", "en-an-offer-letters-address-block-above-the-greeting",
        "en-click-through-terms-accepted-for-the-organisation-you-represent"])
def test_parties_of_letters_researchers_contracts_and_item_forms(text: str, roles: dict) -> None:
    language = "en" if text.isascii() else "ja"
    parties = assign_roles(find_parties(text), Settings().home_names, language, text)
    assert {p.name: p.role for p in parties} == roles


def test_parties_named_in_the_preamble_take_the_short_names_the_first_article_gives_them() -> None:
    # set 1451: "Minase University, ..., and Istrava Polytechnic University, ... agree as follows", then Article 1's
    # "between Minase University ("Minase") and Istrava Polytechnic University ("IPU")"
    text = ("AGREEMENT ON ACADEMIC EXCHANGE\nMinase University, a national university corporation established under the "
            "laws of Japan, and Istrava Polytechnic University, a public university of the Republic of Istrava, agree as "
            "follows.\nArticle 1  Purpose\nThe purpose of this Agreement is to promote exchange between Minase University "
            "(\"Minase\") and Istrava Polytechnic University (\"IPU\") (each a \"Party\").\nArticle 2  Publication\n"
            "Each Party may publish the Results.\n")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="agreement.txt")
    parties = assign_roles(result.parties, Settings().home_names, "en", result.document.text)
    assert {p.aliases[0]: p.role for p in parties} == {"Minase": "HOME", "IPU": "PARTNER"}


def test_a_term_defined_by_a_description_ending_in_namely_a_party_is_that_partys_alias() -> None:
    # set 1461: '"Principal Institution" means the Institution at which the Candidate was first enrolled in a doctoral
    # programme, namely VUT, and "Co-Institution" means Minatogawa' (a PDF line breaks inside the first)
    text = ('AGREEMENT FOR A JOINTLY SUPERVISED DOCTORAL THESIS\nBETWEEN\nMINATOGAWA UNIVERSITY, a national university '
            'corporation of Japan ("Minatogawa")\nAND\nVALDORIA UNIVERSITY OF TECHNOLOGY, a public university ("VUT")\n'
            'ARTICLE I DEFINITIONS\n(a) "Doctoral Project" means the research project described in Schedule 1;\n'
            '(b) "Principal Institution" means the Institution at which the Candidate was first enrolled in a doctoral\n'
            'programme, namely VUT, and "Co-Institution" means Minatogawa;\n')
    parties = with_defined_aliases(text, find_parties(text))
    assert {p.aliases[0]: p.aliases[1:] for p in parties} == {"Minatogawa": ("Co-Institution",),
                                                               "VUT": ("Principal Institution",)}


def test_the_treaty_that_established_an_international_organisation_is_not_its_alias() -> None:
    # set 794: '(1) the ... BANK, an international organization established by the Agreement Establishing the ... Bank done
    # at Bangkok on 14 June 1998 (the "Charter"), ... (the "Bank")': the bank is the party, known as the Bank
    text = ('THIS CONTRACT (the "Contract") is made on 18 March 2025 between:\n(1) the MEKONG AGRIFOOD DEVELOPMENT BANK, an '
            'international organization established by the Agreement Establishing the Mekong Agrifood Development Bank '
            'done at Bangkok on 14 June 1998 (the "Charter"), having its headquarters at 88 Ratchadamri Road, Bangkok, '
            'Thailand (the "Bank"); and\n(2) HOKUSHIN UNIVERSITY, a national university corporation established under '
            'the National University Corporation Act of Japan, having its principal office at 1-8-12 Kita, Ushiku-shi, '
            'Japan (the "Consultant").\n')
    parties = assign_roles(find_parties(text), (), "en", text)
    assert [(p.name, p.aliases, p.role) for p in parties] == [
        ("MEKONG AGRIFOOD DEVELOPMENT BANK", ("Bank",), "PARTNER"), ("HOKUSHIN UNIVERSITY", ("Consultant",), "HOME")]


def test_a_funding_agency_commissioning_a_national_university_leaves_the_university_ours() -> None:
    text = ("委託研究契約書\n国立研究開発法人先進科学技術推進機構（以下「機構」という。）と国立大学法人東雲大学（以下「大学」という。）は、"
            "次のとおり委託研究契約を締結する。\n")
    roles = {p.name: p.role for p in assign_roles(find_parties(text), Settings().home_names, "ja", text)}
    assert roles == {"国立研究開発法人先進科学技術推進機構": "PARTNER", "国立大学法人東雲大学": "HOME"}


def test_an_amendments_reference_line_and_a_royal_charter_are_no_party_names() -> None:
    # set 274: 'Ref. ... ("CoastCast")' under the title names the project, and "incorporated by Royal Charter in
    # England" says how the university was made
    text = ("AMENDMENT NO. 2\nTO THE RESEARCH COLLABORATION AGREEMENT\nRef. HSM/KFD/RCA/2022-007 (\"CoastCast\")\n\n"
            "This Amendment No. 2 is entered into BY AND AMONG\n\n(1) NATIONAL UNIVERSITY CORPORATION HOSHIMI UNIVERSITY, "
            "a national university corporation incorporated under the laws of Japan (\"Hoshimi\");\n\n(2) THE "
            "UNIVERSITY OF KESTRELFORD, a university incorporated by Royal Charter in England, whose administrative "
            "offices are at Wrenhall, Kestrelford, United Kingdom (\"Kestrelford\"); and\n\n(3) INSTITUT RODANNE DE "
            "RECHERCHE NUMERIQUE, a research foundation registered in France (\"Institut Rodanne\").\n")
    roles = {p.name: p.role for p in assign_roles(find_parties(text), Settings().home_names, "en", text)}
    assert roles == {"NATIONAL UNIVERSITY CORPORATION HOSHIMI UNIVERSITY": "HOME",
                     "THE UNIVERSITY OF KESTRELFORD": "PARTNER", "INSTITUT RODANNE DE RECHERCHE NUMERIQUE": "PARTNER"}


def test_a_bilingual_preamble_with_one_partys_japanese_alias_gives_one_home() -> None:
    # set 1318: the company's Japanese alias is read with its English name, our university's Japanese line is not read
    # as a party: the two are one agreement's two parties, not two versions with one party each
    text = ("MEMORANDUM OF UNDERSTANDING\nbetween / 締結当事者\nNanryo University, a national university corporation "
            "established under the National University Corporation Act of Japan (the \"University\")\n"
            "国立大学法人南陵大学（大学院医学研究科）（鹿児島県鹿児島市鴨島1番1号）（以下「大学」という。）\nand / と\nKestrel-Nord Medical Intelligence AB, a company "
            "registered in Sweden (\"Kestrel\")\nKestrel-Nord Medical Intelligence AB（スウェーデン法人）（以下「ケストレル」という。）\n")
    roles = {p.name: p.role for p in assign_roles(find_parties(text), Settings().home_names, "en", text)}
    assert sorted(roles.values()) == ["HOME", "PARTNER"]
    assert roles["Kestrel-Nord Medical Intelligence AB"] == "PARTNER"


def test_the_convention_that_made_a_party_and_its_signatory_are_not_its_name() -> None:
    # set 296: "(the "Convention")" names the treaty that established the organisation, and "represented for the
    # purposes of this Agreement by its Director-General, Dr. ..." names the person who signs for it
    text = ("COLLABORATION AGREEMENT\n\nThis Collaboration Agreement is made between:\nTHE ALDERMERE SPALLATION "
            "ORGANIZATION, an international intergovernmental organization established by the Convention on the "
            "Establishment of the Aldermere Spallation Organization done at Porto on 3 May 2009 (the \u201cConvention\u201d), "
            "having its seat at 12 Rue des Ormes, Lyon, France, represented for the purposes of this Agreement by its "
            "Director-General, Dr.\nIngrid Solberg (hereinafter the \u201cOrganization\u201d),\nand\nNATIONAL UNIVERSITY "
            "CORPORATION KIRISAWA UNIVERSITY, a national university corporation established under the laws of Japan, "
            "represented by its President (hereinafter the \u201cUniversity\u201d).\n")
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: (p.role, "Organization" in p.aliases, "Convention" in p.aliases) for p in parties} == {
        "THE ALDERMERE SPALLATION ORGANIZATION": ("PARTNER", True, False),
        "NATIONAL UNIVERSITY CORPORATION KIRISAWA UNIVERSITY": ("HOME", False, False)}


def test_our_professor_named_in_a_recital_is_no_counterparty() -> None:
    # blind set 115: 「甲の大学院…研究科の須賀原雄一教授」 was read as a second partner
    text = ("スタートアップ支援契約書\n国立大学法人碧浜大学（以下「甲」という。）、株式会社ミナモバイオ（以下「乙」という。）及び"
            "ノルドハウン投資事業組合（以下「丙」という。）は、次のとおり契約する。\n前文\n甲の大学院海洋生命科学研究科の須賀原雄一教授"
            "（以下「須賀原教授」という。）は、海藻由来多糖の研究を行っている。\n")
    roles = {p.name: p.role for p in assign_roles(find_parties(text), Settings().home_names, "ja", text)}
    assert roles["国立大学法人碧浜大学"] == "HOME"
    assert roles["株式会社ミナモバイオ"] == "PARTNER"
    assert roles.get("甲の大学院海洋生命科学研究科の須賀原雄一教授", "THIRD") != "PARTNER"


@pytest.mark.parametrize(("text", "roles"), [
    ("データ利用契約書\n公益財団法人汐見ライフサイエンス研究所（以下「当研究所」といいます。）とノルデンシュタット大学（以下「貴学」と"
     "いいます。）は、次のとおり契約します。\n", {"公益財団法人汐見ライフサイエンス研究所": "HOME", "ノルデンシュタット大学": "PARTNER"}),
    ("共同研究契約書\n大学共同利用機関法人放射光計測科学研究機構（以下「甲」という。）、株式会社ミナセ精機（以下「乙」という。）及び"
     "アルヴェリン・フォトニクス社（以下「丙」という。）は、次のとおり契約する。\n",
     {"大学共同利用機関法人放射光計測科学研究機構": "HOME", "株式会社ミナセ精機": "PARTNER", "アルヴェリン・フォトニクス社": "PARTNER"}),
    ("From: Tomoko Izumida <izumida@seiran.example.ac.jp>\nSubject: Confirmation of terms\n\nDear Tomoko,\n\nThank you "
     "for the call on Friday. As agreed, I am writing to confirm the terms on which the Marisol Institute for Ocean "
     "Sciences (the \"Institute\") and Seiran University of Marine Science (\"Seiran\") will work together on the "
     "study (the \"Project\").\n",
     {"Marisol Institute for Ocean Sciences": "PARTNER", "Seiran University of Marine Science": "HOME"}),
    ("共同研究契約書\nラウリッツ・メディテック・ゲーエムベーハー（ドイツ連邦共和国法に基づき設立された法人。本契約に関しては同社日本支店（東京都港区芝浦四丁目）"
     "を通じて行為する。以下「甲」という。）と国立大学法人瑞穂台大学（以下「乙」という。）とは、次のとおり契約を締結する。\n",
     {"ラウリッツ・メディテック・ゲーエムベーハー": "PARTNER", "国立大学法人瑞穂台大学": "HOME"}),
    ("VISITING RESEARCHER AGREEMENT\nThis Agreement is made between:\n(1) Horai University, a national university "
     "corporation of Japan (\"甲\" or the \"Host\"); and\n(2) the Darvon State Institute of Applied Photonics, a public "
     "research institute (\"乙\" or the \"Sending Institution\").\n",
     {"Horai University": "HOME", "Darvon State Institute of Applied Photonics": "PARTNER"}),
    ("２０２６年１月２０日\n\n白嶺科学大学\n大学院工学研究科長　殿\n\nメリディアン先端材料研究所（シンガポール）\n主任研究員\n\n試料提供依頼書\n\n"
     "　当研究所では、窒化ガリウム結晶の評価に関する研究を進めております。つきましては、貴学大学院工学研究科において作製された試料をご提供いただきたく、"
     "ご依頼申し上げます。\n", {"白嶺科学大学": "HOME", "メリディアン先端材料研究所（シンガポール）": "PARTNER"}),
    ("AGREEMENT ON SCIENTIFIC AND TECHNOLOGICAL COOPERATION\nParty A: Weiqiao Ocean University, a public institution of "
     "higher education established under the laws of the People's Republic of China, with its address at No. 1 Haiyun "
     "Avenue, Weiqiao, People's Republic of China.\nParty B: Kawasemi Institute of Technology, a school corporation "
     "established under the laws of Japan, with its address at 5-3-8 Minato-Shinden, Kawasemi City, Japan.\n",
     {"Weiqiao Ocean University": "PARTNER", "Kawasemi Institute of Technology": "HOME"}),
    # set 159: a translation that lists the parties with a description before each alias, and a recital that
    # defines a term of its own (the alias wrapped by a PDF line)
    ("共同研究契約書\n当事者\n（1）ノースミア大学（The University of Northmere）。英国王室勅許により設立された法人であり、その主たる事務所を"
     "英国ノースミア市ハーバーロード12番地（郵便番号NM2 7QA）に置く（以下「ノースミ\nア」という。）。\n（2）国立大学法人葵陵大学。日本国の国立大学"
     "法人法に基づき設立された国立大学法人であり、その主たる事務所を新潟県葵陵市に置く（以下「葵陵」という。）。\n前文\n（A）葵陵は、セルロース"
     "ナノファイバー（以下「CNF」という。）の製造に関する技術を有している。\n",
     {"ノースミア大学": "PARTNER", "国立大学法人葵陵大学": "HOME"}),
    # set 165: a letter of intent names both parties in its first paragraph, the second past its 800th character
    ("HELVAR BIOCATALYSIS CORPORATION\nResearch Partnerships Division, 41 Orrin Quay, Port Ellery 77120\n"
     "STRICTLY PRIVATE AND CONFIDENTIAL - SUBJECT TO CONTRACT\n12 June 2025\nShirakaba Institute of Science and "
     "Technology\nAttn: Professor Michiru Oyamada, Department of Applied Biochemistry\n2-15 Kazamidai, Asakiri City, "
     "Japan\nCopy: Office of Research Administration, Shirakaba Institute of Science and Technology\nLETTER OF INTENT - "
     "PROPOSED SPONSORED RESEARCH PROGRAMME ON ENZYMATIC DEPOLYMERISATION OF POLYESTERS\nDear Professor Oyamada,\n"
     "Further to our meetings in Asakiri on 8 and 9 May 2025, Helvar Biocatalysis Corporation (the \"Sponsor\") is "
     "pleased to set out below the basis on which it proposes to fund a research programme at Shirakaba Institute of "
     "Science and Technology (the \"Institute\"). The Sponsor and the Institute are together referred to as the "
     "\"parties\".\n1. Background\n",
     {"Helvar Biocatalysis Corporation": "PARTNER", "Shirakaba Institute of Science and Technology": "HOME"}),
    # set 168: the university's own licensing company licenses beside the university as confirming party
    ("EXCLUSIVE LICENCE AGREEMENT\nThis Agreement is made by and among:\n(1) HAKUSEN TECHNOLOGY LICENSING CO., LTD., a "
     "company incorporated in Japan (the \"Licensor\");\n(2) NATIONAL UNIVERSITY CORPORATION HAKUSEN UNIVERSITY, a "
     "national university corporation established under the laws of Japan (the \"University\"), as confirming party; "
     "and\n(3) ORVANTIS DIAGNOSTICS, INC., a Delaware corporation (the \"Licensee\").\n",
     {"HAKUSEN TECHNOLOGY LICENSING CO., LTD.": "HOME", "NATIONAL UNIVERSITY CORPORATION HAKUSEN UNIVERSITY": "HOME",
      "ORVANTIS DIAGNOSTICS, INC.": "PARTNER"}),
    # set 174: a Swiss partner's drafting names the people who sign for each party before its alias
    ("RESEARCH AND DEVELOPMENT AGREEMENT\nbetween\nSeewald University of Applied Sciences (Hochschule Seewald), an "
     "autonomous public-law institution, Gletscherweg 9, 6412 Seewald, Switzerland, represented by Prof. Dr. Beat "
     "Imhof, Rector, and Dr. Corinne Aebischer, Head of Research Administration (\"HSW\"),\nand\nHokuyo "
     "University, a national university corporation, 3-8 Minami-Odori, Kitahama City, 060-8702 Japan, represented by "
     "Prof. Dr. Kenji Sakuraba, President (\"Hokuyo\"),\n",
     {"Seewald University of Applied Sciences (Hochschule Seewald)": "PARTNER", "Hokuyo University": "HOME"}),
    # set 192: Indonesian drafting names the person who signs, the institute he acts for, and an unquoted ordinal
    ("RESEARCH COOPERATION AGREEMENT\nOn this day, the undersigned:\nI. Prof. Dr. Andi Rahmat, Rector of the Sulawesi "
     "Institute of Ocean Technology, in this matter acting for and on behalf of the Sulawesi Institute of Ocean\n"
     "Technology, a state institute of technology having its address at Makassar, Indonesia, hereinafter referred to "
     "as the\nFIRST PARTY;\nII. Dr. Takeshi Yamabe, President of the Muroto Institute for Ocean-Earth Research, in this"
     "\nmatter acting for and on behalf of the Muroto Institute for Ocean-Earth Research, a national research\nand "
     "development agency of Japan having its address at Muroto-shi, Japan, hereinafter referred to as the SECOND "
     "PARTY.\n",
     {"Sulawesi Institute of Ocean Technology": "PARTNER", "Muroto Institute for Ocean-Earth Research": "HOME"}),
    # set 186: a consortium's numbered members, each with its acronym unquoted, every one a counterparty
    ("CONSORTIUM AGREEMENT\nTHIS CONSORTIUM AGREEMENT is made on 14 March 2025 BETWEEN:\n1. Fundación Centro "
     "Tecnológico de Energía Avanzada (CETEAC), a private non-profit foundation with its seat in Santander, Spain;\n"
     "2. Université de Valcourt (UVAL), a public establishment, Valcourt, France;\n3. NordKjemi Batteries AS (NKB), a "
     "limited company, Fjellvik, Norway;\n4. Kasumigaura University of Technology (KUT), a national university "
     "corporation established under the laws of Japan, Ibaraki, Japan, participating as Associated Partner;\n"
     "hereinafter jointly or individually referred to as \"Parties\" or \"Party\".\n",
     {"Fundación Centro Tecnológico de Energía Avanzada": "PARTNER", "Université de Valcourt": "PARTNER",
      "NordKjemi Batteries AS": "PARTNER", "Kasumigaura University of Technology": "HOME"}),
    # set 191: a cover page and a table of contents say "between" long before the parties' own block
    ("DATA SHARING AGREEMENT\nbetween Kamiyama Medical University and Straitsbridge Institute\nCONTENTS\n"
     + "".join(f"{n}. Clause heading number {n} " + "." * 60 + f" {n}\n" for n in range(1, 20))
     + "THIS DATA SHARING AGREEMENT is made on the date of the last signature\nBETWEEN:\n(1) KAMIYAMA GAKUEN "
     "EDUCATIONAL CORPORATION, a school juridical person established under the Private Schools Act of Japan, which "
     "operates Kamiyama Medical University, whose registered office is in Kamiyama City, Japan (\"KMU\"); and\n(2) "
     "STRAITSBRIDGE INSTITUTE FOR HEALTH DATA SCIENCE LTD., a public company limited by guarantee incorporated in the "
     "Republic of Singapore (\"SIHDS\" or the \"Analysis Centre\"),\neach a \"Party\".\n",
     {"KAMIYAMA GAKUEN EDUCATIONAL CORPORATION": "HOME", "STRAITSBRIDGE INSTITUTE FOR HEALTH DATA SCIENCE LTD.": "PARTNER"}),
    # set 187: a letter's 「本合意」 is the agreement, not a party
    ("令和７年１０月１日\nハルヴォルセン・バイオロジクス社　御中\n桜ヶ丘理科大学\n拝啓　時下ますますご清祥のこととお喜び申し上げます。\n"
     "当大学は、貴社との共同研究について、下記のとおりご提案いたします。本書記載の条件は当大学と貴社との間の合意（以下「本合意」という。）を"
     "構成するものといたします。\n記\n", {}),
    # set 194: the European Commission's form names the grant's host "on the other part", its alias after its signatory
    ("GRANT AGREEMENT\nThis Agreement (\"the Agreement\") is concluded between the following parties:\non the one part, "
     "the European Council for Frontier Research Executive Agency (\"ECFREA\" or \"the Council\"), with its seat in "
     "Brussels, Belgium,\nand\non the other part, Yamabuki University, a national university corporation established "
     "under the National University Corporation Act of Japan, with its principal office in Kamiyashiro City, Japan, "
     "represented for the purposes of signature of this Agreement by its President, Professor Haruki Somemiya (\"the "
     "Host Institution\").\n",
     {"European Council for Frontier Research Executive Agency": "PARTNER", "Yamabuki University": "HOME"}),
], ids=["ja-an-institute-that-calls-itself-tou-kenkyujo", "ja-a-company-named-sha-is-a-third-signatory",
        "en-parties-named-in-an-emails-prose",
        "ja-the-partner-first-with-a-description-holding-an-address", "en-japanese-designations-in-an-english-text",
        "ja-a-foreign-institutes-request-letter-to-us", "en-party-a-and-b-labelled-with-long-descriptions",
        "ja-numbered-parties-with-descriptions-and-a-recitals-term", "en-a-letters-second-party-past-800-characters",
        "en-the-universitys-licensing-company-is-ours", "en-the-signatories-named-before-each-alias",
        "en-ordinal-parties-named-after-their-signatories", "en-a-consortiums-numbered-members",
        "en-the-parties-block-after-a-table-of-contents", "ja-a-letters-agreement-is-no-party",
        "en-a-grants-host-named-on-the-other-part"])
def test_parties_of_the_blind_sets_129_to_200(text: str, roles: dict) -> None:
    language = "ja" if any("\u3040" <= ch <= "\u9fff" for ch in text) else "en"
    parties = assign_roles(find_parties(text), Settings().home_names, language, text)
    assert {p.name: p.role for p in parties} == roles


def test_a_second_name_after_hereinafter_is_an_alias_too() -> None:
    # blind set 192: the body says "the Thai Party" as often as "MKUT"
    text = ('COLLABORATIVE RESEARCH AGREEMENT\nby and between:\nMAE KLONG UNIVERSITY OF TECHNOLOGY, a public university '
            'of Thailand, hereinafter referred to as "MKUT" or the "Thai Party", of the one part; and\nHANAMAKI '
            'UNIVERSITY, a national university corporation of Japan, hereinafter referred to as "HU" or the "Japanese '
            'Party", of the other part.\n')
    aliases = {p.name: set(p.aliases) for p in find_parties(text)}
    assert aliases == {"MAE KLONG UNIVERSITY OF TECHNOLOGY": {"MKUT", "Thai Party"},
                       "HANAMAKI UNIVERSITY": {"HU", "Japanese Party"}}


@pytest.mark.parametrize(("text", "roles"), [
    # set 200: the alias names the university that acts through its graduate school, not the school's "Engineering"
    ('MEMORANDUM OF UNDERSTANDING\nThis Memorandum of Understanding ("Memorandum") is entered into by The Halvorsen '
     'Institute for Applied Photonics, a Massachusetts nonprofit corporation ("Halvorsen"), and Kasumigaoka University, '
     'a national university corporation organized under the laws of Japan, acting through its Graduate School of '
     'Science and Engineering ("KU").\n',
     {"Halvorsen Institute for Applied Photonics": "PARTNER", "Kasumigaoka University": "HOME"}),
    # set 201: a letter's parties "(together, ...)", then called the "parties"; later parentheses define other terms
    ('Dear Professor Aramaki,\nI am writing to set out the shared understanding of Asagiri University, acting through its '
     'Graduate School of Medicine and Asagiri University Hospital (together, "Asagiri"), and the Lumen Quay Institute '
     'for Population Health Analytics, a company limited by guarantee incorporated in Singapore (the "Institute"). '
     'Asagiri and the Institute are referred to below individually as a "party" and together as the "parties". This '
     'letter is to guide the negotiation of a definitive Collaboration and Data Sharing Agreement (the "Definitive '
     'Agreement").\n',
     {"Asagiri University": "HOME", "Lumen Quay Institute for Population Health Analytics": "PARTNER"}),
    # set 203: the foundation and the university it runs, named together in both languages, are one party
    ("受託研究契約書\n学校法人桜川学園（以下「学園」という。）が設置する桜川工業大学（以下、学園と併せて「大学」という。）と"
     "Lumeris Diagnostics, Inc.（以下「委託者」という。）とは、次のとおり契約を締結する。\n",
     {"学校法人桜川学園": "HOME", "Lumeris Diagnostics, Inc.": "PARTNER"}),
    ('Sakuragawa Gakuen Educational Foundation (the "Foundation"), which establishes and operates Sakuragawa Institute '
     'of Technology (together with the Foundation, the "University"), and Lumeris Diagnostics, Inc., a Delaware '
     'corporation (the "Sponsor"), hereby enter into this agreement.\n',
     {"Sakuragawa Gakuen Educational Foundation": "HOME", "Lumeris Diagnostics, Inc.": "PARTNER"}),
    # set 206: 「甲が設置する清瀧工科大学（以下「本学」という。）」 is 甲 itself
    ("秘密保持契約書\n学校法人清瀧学園（以下「甲」という。）、株式会社花房農機（以下「乙」という。）及びアルダークレスト・フォトニクス社"
     "（以下「丙」という。）は、甲が設置する清瀧工科大学（以下「本学」という。）における検討に関し、次のとおり契約を締結する。\n",
     {"学校法人清瀧学園": "HOME", "株式会社花房農機": "PARTNER", "アルダークレスト・フォトニクス社": "PARTNER"}),
    # set 208: a form letter names its parties in its first numbered paragraphs, after the master agreement's alias
    ('Re: Implementing Letter under the Uniform Biological Material Transfer Agreement\nThis letter is issued under the '
     'Uniform Biological Material Transfer Agreement published by the National Institutes of Health (the "UBMTA" or '
     '"Master Agreement").\n1. Provider\nKita-Kanto Institute of Comparative Medicine (KICM), a public interest '
     'incorporated foundation organized under\nthe laws of Japan, Maebashi, Gunma, Japan.\n2. Recipient\nPemberton '
     'University, a nonprofit educational institution organized under the laws of the Commonwealth of\nMassachusetts, '
     'Worcester, Massachusetts, United States of America.\n3. ORIGINAL MATERIAL\nThe ORIGINAL MATERIAL consists of '
     'cryopreserved embryos.\n',
     {"Kita-Kanto Institute of Comparative Medicine": "HOME", "Pemberton University": "PARTNER"}),
], ids=["en-a-university-acting-through-its-graduate-school", "en-a-letters-parties-then-the-parties-called-so",
        "ja-a-foundation-and-its-university-named-together", "en-a-foundation-and-its-university-named-together",
        "ja-the-university-that-kou-runs-is-kou", "en-a-form-letters-numbered-provider-and-recipient"])
def test_parties_of_the_blind_sets_201_to_208(text: str, roles: dict) -> None:
    language = "ja" if any("\u3040" <= ch <= "\u9fff" for ch in text) else "en"
    parties = assign_roles(find_parties(text), Settings().home_names, language, text)
    assert {p.name: p.role for p in parties} == roles

@pytest.mark.parametrize(("text", "roles"), [
    # set 223: the translator's note names the German original 'this Agreement ("Kooperationsvertrag")', and each party
    # stands on the line after "between" / "and", its alias paragraphs below its address
    ('CONVENIENCE TRANSLATION - NOT BINDING\nOnly the German-language version of this Agreement ("Kooperationsvertrag") '
     'signed by the Parties is legally binding.\n\nCOOPERATION AGREEMENT\n\nbetween\n\nInstitut für Dünnschichttechnik '
     'Steinwalden e.V.\nAuenstraße 14, 67491 Steinwalden, Germany\n\n- hereinafter referred to as "IDOS" -\n\nand\n\n'
     'National University Corporation Kisogawa University\n3-7 Kawabe-dori, Kisogawa-shi, Japan\n\n- hereinafter referred '
     'to as "KU" -\n',
     {"Institut für Dünnschichttechnik Steinwalden e.V.": "PARTNER",
      "National University Corporation Kisogawa University": "HOME"}),
    # set 220: Markdown bold around each party's name in a numbered list
    ('This Programme Agreement (the "Agreement") is entered into between:\n\n1. **Nimbara Cloud Japan G.K.**, a godo '
     'kaisha incorporated under the laws of Japan ("Nimbara", "we" or "us"); and\n2. **Japan Institute for Coastal '
     'Environment Research**, a National Research and Development Agency of Japan ("JICER" or the "Recipient").\n',
     {"Nimbara Cloud Japan G.K.": "PARTNER", "Japan Institute for Coastal Environment Research": "HOME"}),
], ids=["en-a-translations-note-and-parties-after-between-lines", "en-markdown-bold-party-names"])
def test_parties_of_the_blind_sets_217_to_224(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 232: a convenio's preamble in capitals, each party "HEREINAFTER REFERRED TO AS" its acronym
    ('SPECIFIC COLLABORATION AGREEMENT ENTERED INTO, ON THE ONE PART, BY THE UNIVERSIDAD AUTÓNOMA DE VALLE ALTO, '
     'HEREINAFTER REFERRED TO AS "UAVA", REPRESENTED BY ITS RECTOR; AND, ON THE OTHER PART, BY THE NATIONAL UNIVERSITY '
     'CORPORATION SHIN-IZUMO UNIVERSITY, HEREINAFTER REFERRED TO AS "SIU", REPRESENTED BY ITS PRESIDENT, IN ACCORDANCE '
     'WITH THE FOLLOWING DECLARATIONS AND CLAUSES:\n',
     {"UNIVERSIDAD AUTÓNOMA DE VALLE ALTO": "PARTNER", "NATIONAL UNIVERSITY CORPORATION SHIN-IZUMO UNIVERSITY": "HOME"}),
    # set 231: a platform's terms define their two sides among the defined terms; the user is ours
    ('# Research Cloud - Terms of Service\nIf you are accepting these Terms on behalf of an organisation, "you" and '
     '"Customer" refer to that organisation.\n## 1. Definitions\n1.1 "Affiliate" means any entity under common '
     'control.\n1.2 "Arbordale", "we", "us" and "our" mean the Arbordale Contracting Entity identified in Section 21.\n',
     {"Customer": "HOME", "Arbordale": "PARTNER"}),
    # set 231: a company's licence names the company and leaves its licensee a role
    ('END USER LICENSE AGREEMENT\nThis End User License Agreement ("EULA") is a legal agreement between Halvorsen '
     'Analytics, Inc., a Delaware corporation with its principal office in Ann Arbor, Michigan ("Halvorsen"), and the '
     'organization identified as the licensee in the License Certificate ("Licensee").\n',
     {"Halvorsen Analytics, Inc.": "PARTNER", "Licensee": "HOME"}),
], ids=["en-a-spanish-style-preamble-in-capitals", "en-the-we-and-you-of-a-platforms-terms",
        "en-a-licensee-named-only-by-its-role"])
def test_parties_of_the_blind_sets_225_to_232(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "language", "roles"), [
    # set 233: our funder named inside our own sentence of the preamble signs nothing
    ("再委託契約書\n国立大学法人北辰大学（以下「甲」という。）とフォルケ大学（以下「乙」という。）は、甲が国立研究開発法人先端科学技術推進機構"
     "（以下「機構」という。）から受託した研究開発の一部を乙に再委託することについて、次のとおり契約する。\n", "ja",
     {"国立大学法人北辰大学": "HOME", "フォルケ大学": "PARTNER"}),
    # set 234: a collaboration's host laboratory, and the institutes listed in an annex, ours among them
    ('MEMORANDUM OF UNDERSTANDING\nbetween\nthe Consorcio Nacional para la Física Subterránea (CNFS), acting for and on '
     'behalf of the Peña Alta Underground Laboratory (hereinafter the "Host Laboratory"),\nand\nthe universities, '
     'laboratories and research institutes listed in Annex 1 (hereinafter the "Institutes"),\n', "en",
     {"Institutes": "HOME", "Consorcio Nacional para la Física Subterránea (CNFS)": "PARTNER"}),
    # set 240: a company's request letter to our laboratory, 貴研究室 and 貴学 in its text, 弊社 for itself
    ("ACS-JP-2024-052\n2024年10月7日\n東雲工業大学\n材料強度学研究室　教授　北村 恵理子 殿\n（写）東雲工業大学 産学連携推進本部 御中\n"
     "アルトマルク・コンポジット・システムズ社\n（Altmark Composite Systems GmbH）\n依頼書\n拝啓\n　弊社では、炭素繊維強化プラスチック"
     "（以下「CFRP」といいます。）の開発を進めており、貴研究室に試験をお願いしたく存じます。\n記\n8.　弊社は、試験結果を貴学の承諾を要する"
     "ことなく提供することができるものとさせていただきます。\n", "ja",
     {"東雲工業大学": "HOME", "Altmark Composite Systems GmbH": "PARTNER"}),
], ids=["ja-a-funder-named-in-our-sentence", "en-the-institutes-listed-in-an-annex", "ja-a-companys-request-letter"])
def test_parties_of_the_blind_sets_233_to_240(text: str, language: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, language, text)
    assert {p.name: p.role for p in parties if p.role in ("HOME", "PARTNER")} == roles


def test_a_term_sheets_parties_are_the_names_its_first_sections_define() -> None:
    # set 250: the preamble lists "the Lead Investor, the Company and the University"; sections 1-3 define them
    text = ("SUMMARY OF PRINCIPAL TERMS\nIt is entered into among the Lead Investor, the Company and the University.\n"
            "A.  OFFERING TERMS\n1.  Issuer\nKaede Sensing K.K., a kabushiki kaisha (the \"Company\").\n2.  Investors\n"
            "Northgate Deep Tech Fund II, L.P., a Cayman Islands limited partnership (the \"Lead Investor\").\n"
            "3.  University\nNational University Corporation Kaede University (the \"University\").\n"
            "4.  Founder\nProfessor Aiko Mori (the \"Founder\").\nB.  OTHER TERMS\n5.  Law\nJapanese law governs.\n"
            "6.  Expiry\nThis Term Sheet expires on 30 June.\n")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="term_sheet.txt")
    parties = assign_roles(list(result.parties), Settings().home_names, "en", result.document.text)
    names = {p.name: p.role for p in parties}
    assert names["National University Corporation Kaede University"] == "HOME"
    assert {"Kaede Sensing K.K.", "Northgate Deep Tech Fund II, L.P."} <= set(names)
    assert "Professor Aiko Mori" not in names
    for party in result.parties:
        assert result.document.text[party.start:party.end].startswith(party.name)


def test_a_long_name_of_the_agreement_itself_is_no_party() -> None:
    # set 256: 'This Cooperative Research and Development Agreement ("CRADA")' names the document
    text = ('This Cooperative Research and Development Agreement ("CRADA") is entered into by and between Ashcombe '
            'Research Alliance, LLC, a Delaware limited liability company (the "Contractor"), and Amagase University, a '
            'national university corporation (the "Participant").\n')
    assert [p.aliases for p in find_parties(text)] == [("Contractor",), ("Participant",)]


def test_our_professor_named_in_the_preamble_stands_on_our_side() -> None:
    # set 249: a cross-appointment names our professor; the arrangement itself, defined as an act, is no party
    text = ("クロスアポイントメント協定書\n国立大学法人湊川大学（以下「甲」という。）とノルトハーフェン工科大学（以下「乙」という。）は、"
            "甲の大学院工学研究科教授である北條真理子（以下「対象教員」という。）が、甲及び乙の双方と雇用契約を締結し、それぞれの機関の"
            "業務に従事すること（以下「本クロスアポイントメント」という。）に関し、次のとおり協定を締結する。\n")
    parties = assign_roles(find_parties(text), Settings().home_names, "ja", text)
    assert {p.aliases[0]: p.role for p in parties} == {"甲": "HOME", "乙": "PARTNER", "対象教員": "HOME"}


def test_the_pronouns_of_a_platforms_terms_read_as_its_two_sides() -> None:
    text = ('# Terms of Service\n"you" and "Customer" refer to the organisation that accepts these Terms.\n'
            '1.2 "Arbordale", "we", "us" and "our" mean the Arbordale Contracting Entity.\n')
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    aliases = {p.role: set(p.aliases) for p in parties}
    assert {"you", "your"} <= aliases["HOME"]
    assert {"we", "us", "our"} <= aliases["PARTNER"]



@pytest.mark.parametrize(("text", "roles"), [
    # set 388: an e-mail confirming terms; no preamble, the parties are point 1
    ("From: Keiko Hanazono\nSubject: SpectraWheat collaboration - summary of agreed terms\n\nDear Lukas,\n"
     "I have written up the terms we agreed.\nAgreed terms\n1. Parties and project. The collaboration is between "
     "the Laboratory of Crop Stress Physiology, Minase University, Japan (\"Minase\", PI: Keiko Hanazono) and the "
     "Rheinfeld Institute for Plant Imaging, Germany (\"RIP\", PI: Lukas Brenner).\n2. Duration. Two years.\n"
     "3. Data. Minase will provide its archive to RIP.\n", {"Minase": "HOME", "RIP": "PARTNER"}),
    # set 1260: "1. Who is involved" with each side's laboratory and its short name
    ("From: Kenji Hamasaki\nSubject: MoA - joint deployment\n\nDear Isaac,\nAs promised, here is what we agreed.\n"
     "1. Who is involved\n1.1 Kaishu University, Graduate School of Marine Science, Ocean Observation Systems "
     "Laboratory (\"Kaishu\"). Lead: me.\n1.2 Marlow Sound Maritime University, School of Engineering, Coastal "
     "Systems Laboratory (\"MSMU\"). Lead: you.\n2. What we are doing\n2.1 A joint deployment.\n3. Data\n"
     "3.1 Both of us may use all records.\n", {"Kaishu": "HOME", "MSMU": "PARTNER"}),
], ids=["parties-and-project", "who-is-involved"])
def test_an_e_mails_numbered_terms_that_open_with_the_parties_name_them(text: str, roles: dict[str, str]) -> None:
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="terms.txt")
    parties = assign_roles(list(result.parties), Settings().home_names, "en", text)
    assert {alias: p.role for p in parties for alias in p.aliases} == roles


def test_a_letter_to_every_member_of_a_consortium_is_addressed_to_us_among_them() -> None:
    # set 390: an accession letter's address block lists the members; the subject line is no addressee
    text = ("BAY OF TARROW TIDAL RESEARCH CENTRE INC.\n1180 Wharf Street, Port Delisle, Canada\n\nTo:   University of "
            "Carrick Haven\n      in its capacity as Coordinator\nand to each of the other Parties:\n      Nordwerft Ocean "
            "Systems GmbH (NOS)\n      Shiomi University (National University Corporation) (SHU)\n      Hafnarvik Ocean "
            "Research Institute (HORI)\n\nRe:  ACCESSION LETTER - Accession of Bay of Tarrow Tidal Research Centre Inc.\n"
            "     to the Consortium Agreement for the project TIDEWEAVE\n\nDear Colleagues,\n\nWe refer to the "
            "Consortium Agreement.\n")
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties if p.role == "HOME"} == {
        "Shiomi University (National University Corporation) (SHU)": "HOME"}


@pytest.mark.parametrize(("text", "home"), [
    # set 396: a foreign institute's letter of intent to a Japanese institute, neither a university nor in a Japanese
    # corporate form: the side whose address block is in Japan is ours
    ("TARANAKI INSTITUTE OF APPLIED MARINE SCIENCES\n14 Breakwater Road, Port Ahuriri, New Zealand\n\nDr Keiko "
     "Nagasawa\nDirector-General\nSetouchi Marine Science Institute\n2-11-4 Shiomi, Hamanami City\nHiroshima "
     "Prefecture 722-0391, Japan\n\nDear Dr Nagasawa,\n\nI am pleased to set out the shared intention of the "
     "Taranaki Institute of Applied Marine Sciences (\"TIAMS\") and the Setouchi Marine Science Institute (\"SMSI\").\n",
     "Setouchi Marine Science Institute"),
    # set 399: a foreign university's offer to our professor names only its own side ("University", "Institute")
    ("THALASSA BAY UNIVERSITY OF SCIENCE AND TECHNOLOGY\nOffice of the President\n\nProfessor Kenji Aramaki\nGraduate "
     "School of Engineering\nHokuryo University\n1-1 Kitaoka, Hokuryo City\nJapan\n\nDear Professor Aramaki,\n\nOn "
     "behalf of Thalassa Bay University of Science and Technology (the \"University\"), I am delighted to offer you "
     "appointment in the Institute for Frontier Energy Materials (the \"Institute\").\n", "Hokuryo University"),
])
def test_the_side_a_letter_addresses_in_japan_is_ours(text: str, home: str) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert [p.name for p in parties if p.role == "HOME"] == [home]


def test_the_parties_listed_in_an_article_of_their_own_are_read() -> None:
    # set 437: 「次条に定める甲、乙、丙及び丁は」 over 「第１条（当事者）…（１）甲国立大学法人…（所在地：…）」
    from analyzer.engine import AnalyzerEngine

    text = ("四者間共同研究契約書\n次条に定める甲、乙、丙及び丁は、次のとおり契約を締結する。\n（当事者）\n第１条 本契約の当事者は、次の各号に掲げる"
            "四者とする。\n（１）甲国立大学法人北斗科学技術大学（所在地：北海道函館市）\n（２）乙株式会社汐凪テクノロジーズ（所在地：横浜市）\n"
            "（３）丙ケレンベルク応用科学大学（所在地：ドイツ連邦共和国）\n（４）丁バルデモーラ沿岸科学研究所（所在地：スペイン王国）\n"
            "（目的）\n第２条 本契約は共同研究について定める。\n")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="yonsha.txt")
    assert [(p.name, p.aliases[0]) for p in result.parties] == [
        ("国立大学法人北斗科学技術大学", "甲"), ("株式会社汐凪テクノロジーズ", "乙"), ("ケレンベルク応用科学大学", "丙"),
        ("バルデモーラ沿岸科学研究所", "丁")]


@pytest.mark.parametrize(("text", "roles"), [
    # set 450: a grant's particulars table, each party's name and address under its label; the grantee's Japanese
    # agency form and address are its own, not the grantor's
    ("GRANT AGREEMENT No. CVF-G-2025-0087\nANNEX 2\nGrantor\nCalder-Voss Foundation for Frontier Research, 41 Harbourgate "
     "Terrace, Port Elsmere PE3 7QN, Commonwealth of Ostrelia\nGrantee\nYamabuki Research Institute for Photonic "
     "Materials (National Research and Development Agency), 3-8 Sengen-dai, Tsukuba, Ibaraki 305-0047, Japan\n"
     "Principal Investigator\nDr. Takumi Oyanagi, Group Leader\n",
     {"Calder-Voss Foundation for Frontier Research": "PARTNER",
      "Yamabuki Research Institute for Photonic Materials": "HOME"}),
    # set 452: a defence group's letter to our institute; its signatory's government and the "and" before us
    ('Dear Professor Kirishima,\n\nI am pleased to set out below the terms on which the Australian Defence Experimental '
     'Sciences Group ("ADESG"), acting on behalf of the Commonwealth of Australia as represented by the Department of '
     'Defence, and Minase University, acting through its Research Institute for Upper Atmosphere Physics ("RIUAP"), '
     'propose to cooperate.\n',
     {"Australian Defence Experimental Sciences Group": "PARTNER", "Minase University": "HOME"}),
    # set 449: a consortium's numbered members without quotes, ours described under the laws of Japan on its line,
    # and the only quoted alias a recital's "Funding Contracts"
    ("THIS CONSORTIUM AGREEMENT is made between the following parties:\n1.\tAGRARFORSCHUNGSINSTITUT NORDHEIDE e.V. "
     "(ANF), a registered non-profit association under German law, Heidweg 27, Lüneburg, Germany, represented by its "
     "Scientific Director, the Coordinator;\n2.\tUNIVERSIDAD AGRARIA DE CASTILLA NORTE (UACN), a public university "
     "under Spanish law, Palencia, Spain, represented by its Rector;\n3.\tMUSASHINO INSTITUTE OF PLANT GENETIC RESOURCES "
     "(MIPGR), a general incorporated foundation under the laws of Japan, Kodaira, Tokyo, Japan, represented by its "
     "President,\nhereinafter jointly or individually referred to as the \"Parties\" or a \"Party\".\nWHEREAS:\n(A)\tThe "
     "European Parties have each concluded a funding contract with their national funding agency (the \"Funding "
     "Contracts\").\n",
     {"AGRARFORSCHUNGSINSTITUT NORDHEIDE e.V.": "PARTNER", "UNIVERSIDAD AGRARIA DE CASTILLA NORTE": "PARTNER",
      "MUSASHINO INSTITUTE OF PLANT GENETIC RESOURCES": "HOME"}),
    # set 463: an invitation letter whose letterhead prints the sender's name in Chinese first; the addressee's
    # university is ours
    ("东湖数学科学研究院\nDONGHU INSTITUTE FOR MATHEMATICAL SCIENCES\nNo. 17 Qingling Road, Wuhan, People's Republic of "
     "China\nOur ref.: DIMS/VS/2025/117\nDr. Kenji Morisawa\nAssociate Professor\nGraduate School of Mathematical "
     "Sciences\nAsakaze University\nFukuoka 812-8570, Japan\nDear Professor Morisawa,\nOn behalf of the Donghu Institute "
     "for Mathematical Sciences (the “Institute”), it is my great pleasure to invite you to spend the spring term of 2026 "
     "at the Institute as a Visiting Scholar under our Visiting Scholars Programme (the “Programme”). We look forward to "
     "working with you on the arithmetic of Shimura curves during the visit.\n",
     {"Asakaze University": "HOME", "Donghu Institute for Mathematical Sciences": "PARTNER"}),
], ids=["en-a-grants-particulars-table", "en-a-defence-groups-letter-to-our-institute",
        "en-a-consortiums-numbered-members-and-a-recitals-alias", "en-a-letterhead-in-chinese-first"])
def test_parties_of_the_blind_sets_445_to_468(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 496: a form letter's numbered particulars, each heading in capitals over a blank line
    ("IMPLEMENTING LETTER\nDear Ms Furtado,\nThis letter records the transfer.\n\n1. PROVIDER\n\nShirakawa Institute of "
     "Experimental Medicine (a public interest incorporated foundation under the laws of Japan), Tsukuba, Japan (\"SIEM\" "
     "or the \"Provider\").\n\n2. PROVIDER SCIENTIST\n\nDr Haruka Tsujimoto, SIEM.\n\n3. RECIPIENT\n\nInstituto de "
     "Biociências Translacionais de Minas, a private non-profit scientific foundation organised under the laws of Brazil "
     "(\"IBTM\" or the \"Recipient\").\n",
     {"Shirakawa Institute of Experimental Medicine": "HOME", "Instituto de Biociências Translacionais de Minas": "PARTNER"}),
    # set 496: the addressee's organisation above its technology transfer office
    ("SHIRAKAWA INSTITUTE OF EXPERIMENTAL MEDICINE\nOffice of Research Partnerships\nTsukuba, Ibaraki 305-0871, Japan\n\n"
     "To:\nInstituto de Biociências Translacionais de Minas (IBTM)\nNúcleo de Inovação Tecnológica (Technology Transfer "
     "Office)\nBelo Horizonte - MG, Brazil\n\nDear Ms Furtado,\nWe are glad to send you the material.\n",
     {"SHIRAKAWA INSTITUTE OF EXPERIMENTAL MEDICINE": "HOME", "Instituto de Biociências Translacionais de Minas": "PARTNER"}),
    # set 491: a term sheet's bullets, the first party's address ending in "USA"
    ("SUMMARY OF PRINCIPAL TERMS\n\n1. PARTIES\n\n  - Quillfield Biosciences, Inc., a Delaware corporation with its "
     "principal place of business at 41 Linden Wharf\n    Road, Suite 300, Boston, MA 02210, USA (\"Quillfield\" or "
     "\"Company\").\n  - Amagiri Institute for Biomolecular Research, a public interest incorporated foundation "
     "established under the laws of Japan, Kobe, Japan (\"Institute\").\n",
     {"Quillfield Biosciences, Inc.": "PARTNER", "Amagiri Institute for Biomolecular Research": "HOME"}),
    # set 492: the project's short name under the title, then a reference and a programme line before "between"
    ("RESEARCH COLLABORATION AGREEMENT\nAdditively Manufactured Superalloy Components with Advanced Thermal Barrier\n"
     "Coatings for Industrial Gas Turbines (\"AMTBC-Power\")\nAgreement Ref. KIEM-ILC-2025-004\nJSPS-DST Bilateral Joint "
     "Research Programme\nbetween\nKANSAI INSTITUTE FOR ENERGY MATERIALS (Japan)\nand\nINDIAN INSTITUTE OF TECHNOLOGY "
     "NARMADAPURAM (India)\nTHIS AGREEMENT is made BETWEEN\n(1) KANSAI INSTITUTE FOR ENERGY MATERIALS, a National "
     "Research and Development Agency of Japan (\"KIEM\");\n(2) INDIAN INSTITUTE OF TECHNOLOGY NARMADAPURAM, an "
     "Institute of National Importance (\"IITN\").\n",
     {"KANSAI INSTITUTE FOR ENERGY MATERIALS": "HOME", "INDIAN INSTITUTE OF TECHNOLOGY NARMADAPURAM": "PARTNER"}),
    # set 494: a two-column PDF hyphenates the name at its line end
    ("RESEARCH COLLABORATION AGREEMENT\nTHIS AGREEMENT is made on 9 June 2025\nBETWEEN\n(1) HOKURIKU INSTITUTE OF "
     "SCIENCE AND TECH-\nNOLOGY, a research institute incorporated under the laws of\nJapan (\"HIST\"); and\n(2) CORAL "
     "COAST UNIVERSITY OF TECHNOLOGY, a\nbody corporate, Queensland, Australia\n(\"CCUT\"),\n",
     {"HOKURIKU INSTITUTE OF SCIENCE AND TECHNOLOGY": "HOME", "CORAL COAST UNIVERSITY OF TECHNOLOGY": "PARTNER"}),
], ids=["en-a-form-letters-particulars-in-capitals", "en-an-addressee-above-its-office",
        "en-a-term-sheets-bullets-and-an-address-in-the-usa", "en-a-project-name-over-reference-lines",
        "en-a-name-hyphenated-at-a-line-end"])
def test_parties_of_the_blind_sets_489_to_496(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


def test_a_unit_of_a_party_named_by_its_designation_is_that_party() -> None:
    # set 496: 「甲の医学部附属病院バイオリソースセンター（以下「本バイオバンク」という。）」
    text = ("試料提供契約書\n国立大学法人北稜大学（以下「甲」という。）とルメノラ社（以下「乙」という。）は、甲の医学部附属病院"
            "バイオリソースセンター（以下「本バイオバンク」という。）が保管する試料の提供について、次のとおり契約する。\n")
    parties = {p.name: p.aliases for p in find_parties(text)}
    assert parties == {"国立大学法人北稜大学": ("甲", "本バイオバンク"), "ルメノラ社": ("乙",)}


@pytest.mark.parametrize(("name", "joined"), [
    ("HOKURIKU INSTITUTE OF SCIENCE AND TECH- NOLOGY", "HOKURIKU INSTITUTE OF SCIENCE AND TECHNOLOGY"),
    ("Tokyo Uni-\nversity", "Tokyo University"),
    ("LANDESINSTITUT BADEN- WÜRTTEMBERG", "LANDESINSTITUT BADEN-WÜRTTEMBERG"),
    ("Max-Planck-Institut", "Max-Planck-Institut"),
], ids=["a-word-split-at-a-line-end", "a-split-over-a-line-break", "a-compound-keeps-its-hyphen", "hyphens-inside-a-name"])
def test_a_name_split_by_a_line_end_hyphen_is_joined(name: str, joined: str) -> None:
    assert _rejoined(name) == joined


@pytest.mark.parametrize(("text", "roles"), [
    # set 504: a Mexican convenio calls the Mexican university "THE UNIVERSITY"; ours is the one whose name says Japan
    ("SPECIFIC AGREEMENT FOR RESEARCH COLLABORATION ENTERED INTO, ON THE ONE PART, BY THE UNIVERSIDAD POLITÉCNICA DEL "
     "ALTIPLANO VOLCÁNICO, HEREINAFTER REFERRED TO AS \"THE UNIVERSITY\", REPRESENTED IN THIS ACT BY ITS RECTOR; AND, ON "
     "THE OTHER PART, BY THE NATIONAL INSTITUTE FOR VOLCANOLOGICAL AND GEOTHERMAL SCIENCES OF JAPAN, HEREINAFTER "
     "REFERRED TO AS \"NIVGS\", REPRESENTED IN THIS ACT BY ITS PRESIDENT.\n",
     {"UNIVERSIDAD POLITÉCNICA DEL ALTIPLANO VOLCÁNICO": "PARTNER",
      "NATIONAL INSTITUTE FOR VOLCANOLOGICAL AND GEOTHERMAL SCIENCES OF JAPAN": "HOME"}),
    # set 502: the coordinator's second alias after its description, and a Finnish "OY" among the members
    ("CONSORTIUM AGREEMENT\nIt is made BETWEEN:\n    (1) TECHNISCHE UNIVERSITAET OBERRHEIN, a public-law university, "
     "Germany (\"TUO\"), the coordinator of the Project (the\n        \"Coordinator\");\n    (2) NORRVIK BATTERY RECYCLING "
     "OY, a limited liability company incorporated in Finland (\"NBR\"); and\n    (3) JAPAN INSTITUTE FOR BATTERY AND "
     "ENERGY MATERIALS, a National Research and Development Agency of Japan (\"JIBEM\"),\nhereinafter jointly referred to "
     "as \"Parties\".\n",
     {"TECHNISCHE UNIVERSITAET OBERRHEIN": "PARTNER", "NORRVIK BATTERY RECYCLING OY": "PARTNER",
      "JAPAN INSTITUTE FOR BATTERY AND ENERGY MATERIALS": "HOME"}),
], ids=["en-a-convenios-university-is-theirs-and-the-name-with-japan-ours", "en-a-coordinators-second-alias-and-an-oy"])
def test_parties_of_the_blind_sets_497_to_504(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 507: a second alias right after the first, ("CFTI") ("Sponsor")
    ("THIS SPONSORED RESEARCH AGREEMENT is made by and between:\n\n(1)   CHEONGUN ELECTRONICS CO., LTD., a corporation "
     "organised under the laws of the Republic of Korea, acting through its corporate research centre, the Cheongun "
     "Future\n      Technology Institute (\"CFTI\") (\"Sponsor\"); and\n\n(2)   NATIONAL UNIVERSITY CORPORATION MINASE "
     "UNIVERSITY, a national university corporation of Japan (\"University\").\n",
     {"CHEONGUN ELECTRONICS CO., LTD.": "PARTNER", "NATIONAL UNIVERSITY CORPORATION MINASE UNIVERSITY": "HOME"}),
    # set 507: a data processing agreement's parties table, roles over names, "between the Provider and the Customer
    # named above"
    ("DATA PROCESSING AGREEMENT\nProvider\nCustomer\nLUMACREST CLOUD PTE. LTD.\nUEN 201634518W\nLumacrest Tower, 6 Keppel "
     "Bay Drive, Singapore\nNATIONAL UNIVERSITY CORPORATION HIZAKURA UNIVERSITY\n1-1 Sakurazaka, Hizakura City, Japan\n"
     "Contact for this DPA: Privacy Office\nTHIS DATA PROCESSING AGREEMENT is entered into between the Provider and the "
     "Customer named above.\n",
     {"LUMACREST CLOUD PTE. LTD.": "PARTNER", "NATIONAL UNIVERSITY CORPORATION HIZAKURA UNIVERSITY": "HOME"}),
    # set 508: a cotutelle's student, party only "for the provisions that concern him"; his degree "awarded by URC"
    ("AGREEMENT FOR THE JOINT SUPERVISION OF A DOCTORAL THESIS\nBETWEEN\nKISOGAWA UNIVERSITY, a national university "
     "corporation of Japan (\"KU\"),\nAND\nUNIVERSITÉ RHÔNE-CÉVENNES, a public institution under French law (\"URC\"),\n"
     "hereinafter referred to individually as an \"Institution\" and together as the \"Institutions\",\nAND, for the "
     "provisions that concern him,\nMr Julien MARCHAND-TOURNIER, born on 12 March 1999, holder of the Master's degree "
     "awarded by URC in 2024 (hereinafter the \"Doctoral Candidate\").\n",
     {"KISOGAWA UNIVERSITY": "HOME", "UNIVERSITÉ RHÔNE-CÉVENNES": "PARTNER", "Mr Julien MARCHAND-TOURNIER": "THIRD"}),
    # set 511: the partner's name line with its description on the same line
    ("DATA SHARING AGREEMENT\nBETWEEN:\n\n    KOYODAI UNIVERSITY, a national university corporation of Japan "
     "(\"Koyodai\");\n\nAND:\n\n    THE GOVERNORS OF THE UNIVERSITY OF LAKEHAVEN, a university continued under The\n    "
     "University of Lakehaven Act (Manitoba), Canada, acting through its Centre for\n    Population Ageing Research "
     "(\"Lakehaven\");\n",
     {"KOYODAI UNIVERSITY": "HOME", "THE GOVERNORS OF THE UNIVERSITY OF LAKEHAVEN": "PARTNER"}),
    # set 512: the defence organisation a laboratory belongs to, named with its own alias inside the description
    ("RESEARCH COLLABORATION AGREEMENT\nBETWEEN\nSANUKI INSTITUTE OF TECHNOLOGY, a national university corporation of "
     "Japan (hereinafter \"SIT\")\nAND\nAERONAUTICAL MATERIALS RESEARCH LABORATORY, a laboratory of the Defence "
     "Technology Development Organisation (“DTDO”), Department of Defence Research and Technology, Ministry of Defence, "
     "Government of India (hereinafter \"AMRL\")\n",
     {"SANUKI INSTITUTE OF TECHNOLOGY": "HOME", "AERONAUTICAL MATERIALS RESEARCH LABORATORY": "PARTNER"}),
], ids=["en-a-second-alias-right-after-the-first", "en-a-parties-table-of-roles-over-names",
        "en-a-cotutelles-student-and-the-university-that-awarded-his-degree", "en-a-name-line-with-its-description",
        "en-the-body-a-laboratory-belongs-to-named-in-its-description"])
def test_parties_of_the_blind_sets_505_to_512(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 508: named in the Japanese text with a Latin alias, the partner is no second "home" of an English version
    ("学生交流に関する覚書\n信濃川大学（日本国新潟県信越市。以下「信濃川大学」という。）及びテルック・ビンタン大学（インドネシア共和国。以下「UTB」"
     "という。）は、次のとおり覚書を締結する。\n", {"信濃川大学": "HOME", "テルック・ビンタン大学": "PARTNER"}),
    # set 506: 「主たる事務所を…に置く白波大学」, the seat before the place
    ("覚書\n主たる事務所を日本国三重県海ケ根市磯波町1番7号に置く白波大学（以下「白波大学」という。）と、本部キャンパスをマレーシア国ジョホール州に置く"
     "クンバラ工科大学（以下「ＫＵＴ」という。）は、次のとおり合意する。\n", {"白波大学": "HOME", "クンバラ工科大学": "PARTNER"}),
], ids=["ja-a-japanese-name-with-a-latin-alias", "ja-the-seat-before-its-place"])
def test_japanese_parties_of_the_blind_sets_505_to_512(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "ja", text)
    assert {p.name: p.role for p in parties} == roles


def test_terms_of_use_whose_first_section_names_both_sides() -> None:
    # set 1143: '1.1 These Terms of Use (the "Terms") are a legal agreement between Polaris ... and the university ...'
    text = ("POLARIS RESEARCH COMMONS\nTerms of Use for Institutional Accounts\n1. ABOUT THESE TERMS\n1.1 These Terms of "
            "Use (the \"Terms\") are a legal agreement between Polaris Commons, PBC, a Delaware public benefit "
            "corporation (\"Polaris\", \"we\", \"us\" or \"our\"), and the university, research institute or other "
            "organization identified in the applicable Order Form (the \"Institution\", \"You\" or \"Your\").\n"
            "2. DEFINITIONS\n\"Dataset\" means any collection of data.\n")
    start = text.index("1. ABOUT")
    sections = [(start, text.index("2. DEFINITIONS")), (text.index("2. DEFINITIONS"), len(text))]
    parties = parties_in_first_sections(text, start, sections)
    assert [(p.name, p.aliases[0]) for p in parties] == [("Polaris Commons, PBC", "Polaris"), ("Institution", "Institution")]


@pytest.mark.parametrize(("text", "first", "second", "roles"), [
    # set 510: "1. Background / (a) Shiokaze Biomaterials K.K. (the "Company") ... (b) Tai Hang Frontier Capital Fund
    # II, L.P., ... and acting by its general partner, Tai Hang Frontier Capital GP Limited (the "Investor")"
    ("Dear Sir or Madam,\nThis letter sets out certain additional rights.\n1.\tBackground\n(a)\tShiokaze "
     "Biomaterials K.K. (the \"Company\") was established to commercialise research carried out at National "
     "University Corporation Tokiwano University (the \"University\") on polyester blends.\n(b)\tTai Hang "
     "Frontier Capital Fund II, L.P., a limited partnership fund registered in Hong Kong and acting by its "
     "general partner, Tai Hang Frontier Capital GP Limited (the \"Investor\"), has agreed to subscribe.\n"
     "2.\tDefinitions\nIn this letter, terms have the meanings given.\n", "1.\tBackground", "2.\tDefinitions",
     {"Shiokaze Biomaterials K.K.": "PARTNER", "National University Corporation Tokiwano University": "HOME",
      "Tai Hang Frontier Capital Fund II, L.P.": "PARTNER"}),
    # set 1394: a Turkish cooperation protocol names both sides in "ARTICLE 1 – PARTIES"; the title block alone had
    # named none, so no clause read as the partner's
    ("COOPERATION PROTOCOL\nBETWEEN\nBOZKIR TECHNICAL UNIVERSITY (REPUBLIC OF TÜRKİYE)\nAND\nSHIRAKAWA UNIVERSITY "
     "(JAPAN)\nARTICLE 1 – PARTIES\n1.1. This Protocol is concluded between Bozkir Technical University, a state "
     "university established under the laws of the Republic of Türkiye (hereinafter referred to as \"BTU\"), and "
     "Shirakawa University, a national university corporation established under the National University "
     "Corporation Act of Japan (hereinafter referred to as \"SUAT\").\nARTICLE 2 – PURPOSE\n2.1. The purpose is "
     "cooperation.\n", "ARTICLE 1", "ARTICLE 2",
     {"Bozkir Technical University": "PARTNER", "Shirakawa University": "HOME"}),
], ids=["en-a-side-letters-background-section", "en-a-protocols-article-headed-parties-in-capitals"])
def test_parties_defined_in_a_first_section_of_their_own(text: str, first: str, second: str, roles: dict) -> None:
    start = text.index(first)
    sections = [(start, text.index(second)), (text.index(second), len(text))]
    parties = assign_roles(parties_in_first_sections(text, start, sections), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 516: an Australian form's Details page, each alias unquoted in brackets at the end of the party's paragraph
    ("GROUND STATION HOSTING AGREEMENT\nDETAILS\nDate: 2 June 2025\n\nParties:\n\nWirrinup University, ABN 41 187 352 906, "
     "a body corporate established under\n  the Wirrinup University Act 1987 (WA), of 1 Banksia Drive, Karrabin WA 6577, "
     "Australia (University)\n\nHakuryo Institute of Space and Earth Sciences, a public interest incorporated\n  foundation "
     "established under the laws of Japan, of Hakuryo City, Ibaraki, Japan (Institute)\n\nBackground\n\nA. The Institute "
     "operates small satellites.\n",
     {"Wirrinup University": "PARTNER", "Hakuryo Institute of Space and Earth Sciences": "HOME"}),
    # set 518: the Internal Revenue Code's alias inside a fund's description is no party
    ("This Gift Agreement is made by and between:\n\nNORTHBRIDGE CHARITABLE GIVING FOUNDATION, INC., a Massachusetts "
     "nonprofit corporation described in Section 501(c)(3) of the U.S. Internal Revenue Code of 1986, as amended (the "
     "\"Code\"), with its principal office in Boston (the \"Sponsor\"); and\n\nSEIRAN UNIVERSITY, a national university "
     "corporation of Japan (the \"University\").\n",
     {"NORTHBRIDGE CHARITABLE GIVING FOUNDATION, INC.": "PARTNER", "SEIRAN UNIVERSITY": "HOME"}),
    # set 519: a translated talent contract's "Party A (Employing Unit):" and "Party B (Recruited Talent):"
    ("EMPLOYMENT CONTRACT\n\nParty A (Employing Unit): Nanling University of Science and Technology\nAddress: No. 1 Kexue "
     "Avenue, Jinhe City, People's Republic of China\n\nParty B (Recruited Talent): Dr. OBINATA Kazuya\nNationality: "
     "Japan\nCurrent position: Associate Professor, Mikage Institute of Technology, Japan\n",
     {"Nanling University of Science and Technology": "PARTNER", "Dr. OBINATA Kazuya": "HOME"}),
    # set 520: a Brazilian agreement, its description after the alias ("SHU", a national university corporation ... of
    # Japan), and its support foundation "as INTERVENING PARTY"
    ("The FEDERAL UNIVERSITY OF VALE DOURADO, hereinafter referred to as \"UFVD\", a federal autarchy of the Federative "
     "Republic of Brazil;\nSHINANO HIGHLANDS UNIVERSITY, hereinafter referred to as \"SHU\", a national university "
     "corporation established under the National University Corporation Act of Japan;\nand, as INTERVENING PARTY, the "
     "ARANDU FOUNDATION FOR UNIVERSITY RESEARCH SUPPORT, hereinafter referred to as the \"FOUNDATION\", a private "
     "non-profit foundation.\n",
     {"FEDERAL UNIVERSITY OF VALE DOURADO": "PARTNER", "SHINANO HIGHLANDS UNIVERSITY": "HOME",
      "ARANDU FOUNDATION FOR UNIVERSITY RESEARCH SUPPORT": "PARTNER"}),
    # set 515: our university named in the address block and again in the letter's text, one party (since set 539)
    ("ARVEL INSTITUTE FOR ADVANCED STUDY\nRue du Prieuré 9, Montreval, Switzerland\n\nDr Kaori Nishizawa\nAssociate "
     "Professor\nHibarino University (National University Corporation)\nNiigata 950-9921, Japan\n\nDear Dr Nishizawa,\n\n"
     "I am delighted to offer you a Visiting Fellowship at the Arvel Institute for Advanced Study (the \"Institute\"). "
     "You will remain a member of the academic staff of Hibarino University (the \"Home Institution\").\n",
     {"Arvel Institute for Advanced Study": "PARTNER", "Hibarino University": "HOME"}),
], ids=["en-an-australian-details-page", "en-the-codes-alias-in-a-description", "en-party-a-and-b-with-their-roles",
        "en-a-brazilian-agreements-description-after-the-alias-and-its-intervening-party",
        "en-our-university-named-twice-in-a-letter"])
def test_parties_of_the_blind_sets_513_to_520(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


def test_a_scheme_defined_in_the_preamble_is_no_party() -> None:
    # set 519: 「…甲及び乙の業務に従事する制度（以下「クロスアポイントメント」という。）」
    text = ("クロスアポイントメント協定書\n国立大学法人東雲大学（以下「甲」という。）とワーディ・ハニーファ科学技術大学（以下「乙」という。）は、甲の"
            "教員が甲乙間で合意した業務の従事割合に従って甲及び乙の業務に従事する制度（以下「クロスアポイントメント」という。）について、次の"
            "とおり協定を締結する。\n")
    assert [p.aliases for p in find_parties(text)] == [("甲",), ("乙",)]


@pytest.mark.parametrize(("text", "roles"), [
    # set 521: an Indonesian agreement's signatories "acting ... for and on behalf of" their bodies, "pursuant to" a decree
    # and "under a delegation of authority", the bodies then called FIRST and SECOND PARTY
    ("PATHOGEN SAMPLE SHARING AGREEMENT\nthe undersigned:\nI.\tDr. Ratna Kusumawardhani, Director of the Center, acting in "
     "that capacity for and on behalf of the Center for Pathogen and Zoonosis Research pursuant to the Decree of the "
     "Minister of Health, hereinafter referred to as the FIRST PARTY;\nII.\tProf. Kenji Morisawa, Director of the "
     "Institute, a national university corporation of Japan, acting in that capacity for and on behalf of Hamanaka "
     "National University under a delegation of authority from its President, hereinafter referred to as the SECOND "
     "PARTY.\n",
     {"Center for Pathogen and Zoonosis Research": "PARTNER", "Hamanaka National University": "HOME"}),
    # set 525: a German association represented by two signatories, the second after an "and"
    ("CODE SHARING AGREEMENT\nbetween\nAmakusa Institute of Earth System Science, a public interest incorporated foundation "
     "under the laws of Japan (hereinafter \"AIESS\"),\nand\nOberrhein-Institut für Klimadynamik e.V., a registered "
     "non-profit association under German law, represented by its Executive Board, Prof. Dr. Katrin Weiler (Scientific "
     "Director) and Jens Oltmanns (Administrative Director) (hereinafter \"OIKD\"),\n",
     {"Amakusa Institute of Earth System Science": "HOME", "Oberrhein-Institut für Klimadynamik e.V.": "PARTNER"}),
], ids=["en-indonesian-signatories-acting-for-their-bodies", "en-a-second-signatory-with-a-post"])
def test_parties_of_the_blind_sets_521_to_528(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 539: a renewal letter to our professor at "National University Corporation Hidaka University", whose prose
    # names the agreement "concluded between the Institute and Hidaka University (the "University")"
    ("INSTITUTE OF ARCTIC SOIL AND CRYOSPHERE STUDIES\nYakutsk, Russian Federation\n\nRef. No. IASCS/IC-25/047\n14 March "
     "2025\n\nProfessor Haruki Onishi\nDirector, Center for Northern Environmental Research\nNational University "
     "Corporation Hidaka University\nHokkaido 056-0005, Japan\n\nDear Professor Onishi,\n\nI am pleased to set out the "
     "terms on which the Institute of Arctic Soil and Cryosphere Studies (the \"Institute\") proposes that the Agreement "
     "on Scientific Cooperation concluded between the Institute and Hidaka University (the \"University\") on 2 April "
     "2022 be renewed.\n",
     {"Institute of Arctic Soil and Cryosphere Studies": "PARTNER", "Hidaka University": "HOME"}),
    # set 543: an Australian form's "Parties" list, numbered, each alias unquoted in brackets after a wrapped line
    ("RESEARCH COLLABORATION AGREEMENT\nParties\n1. Tsukuba Institute for Crop and Soil Sciences, a National Research "
     "and Development Agency established\nunder the laws of Japan, of 3-1-7 Kannondai, Tsukuba, Japan (TICSS); and\n2. "
     "Banksia Coast University, a body corporate established under the Banksia Coast University Act 1989 (Qld),\nABN 41 "
     "672 905 318, of 100 University Drive, Queensland 4558, Australia (BCU).\nBackground\nA. TICSS conducts research.\n",
     {"Tsukuba Institute for Crop and Soil Sciences": "HOME", "Banksia Coast University": "PARTNER"}),
    # set 565: title lines naming both parties with no full stop, then each party's own paragraph with its description
    ("IMPLEMENTING ARRANGEMENT\nbetween\nTHE JAPAN INSTITUTE FOR COLD REGIONS SCIENCE\nand\nTHE NORTHERN CRYOSPHERE "
     "RESEARCH INSTITUTE\nunder the Agreement between the Government of Japan and the Government of the Russian "
     "Federation on Cooperation in Science and Technology\nThe Japan Institute for Cold Regions Science, a national "
     "research and development agency established under the laws of Japan, having its principal office in Sapporo, "
     "Japan (hereinafter referred to as \"JICRS\"), and\nthe Northern Cryosphere Research Institute, a federal state "
     "budgetary institution of the Russian Federation, having its principal office in Yakutsk (hereinafter referred "
     "to as \"NCRI\"),\n",
     {"The Japan Institute for Cold Regions Science": "HOME", "Northern Cryosphere Research Institute": "PARTNER"}),
], ids=["en-a-renewal-letter-naming-our-university-twice", "en-a-numbered-parties-list-with-bracketed-aliases",
        "en-a-party-paragraph-under-title-lines"])
def test_parties_of_the_blind_sets_537_to_544(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: p.role for p in parties} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # set 589: a Korean company's adviser contract with our professor, the company written with 株式会社 and called 甲
    ("技術顧問委嘱契約書\nハンビット先端素材株式会社（以下「甲」という。）と宮坂直樹（以下「乙」という。）とは、甲が乙に対し技術顧問業務を委嘱する"
     "ことに関し、次のとおり契約を締結する。\n第1条（委嘱）\n甲は、乙を甲の技術顧問に委嘱する。\n",
     {"ハンビット先端素材株式会社": "PARTNER", "宮坂直樹": "HOME"}),
    # ... and a company whose name has no 株式会社 in katakana is no person
    ("覚書\nソヨン先端素材（以下「甲」という。）とハヌル精機株式会社（以下「乙」という。）は、次のとおり合意する。\n第1条（目的）\n"
     "甲及び乙は、装置を共用する。\n", {"ソヨン先端素材": "HOME", "ハヌル精機株式会社": "PARTNER"}),
], ids=["ja-a-professor-and-a-company-that-calls-itself-ko", "ja-two-companies-no-person"])
def test_parties_of_the_blind_sets_585_to_592(text: str, roles: dict) -> None:
    parties = assign_roles(find_parties(text), Settings().home_names, "ja", text)
    assert {p.name: p.role for p in parties} == roles


def test_a_letter_to_a_director_general_has_both_sides_and_the_short_names_its_definitions_give() -> None:
    # set 552: "Dear Director-General Zhou," under the Bureau's address, and '"Bureau" means the Shenlan Municipal
    # Bureau of Science and Technology' in the letter's definitions
    from analyzer.segment.parties import with_defined_aliases

    text = ("SEIRAN UNIVERSITY\nOffice of the Executive Vice President for Research\nSeiran City 930-8711, Japan\nOur ref.: "
            "SU-IRO/2025/LOI-014\n16 June 2025\nMr. ZHOU Jianmin\nDirector-General\nShenlan Municipal Bureau of Science "
            "and Technology\n88 Guanlan Road, Xinhu District\nShenlan, People's Republic of China\nRe: Letter of Intent "
            "concerning the Joint Research Programme\nDear Director-General Zhou,\nWe are pleased to set out our common "
            "understanding.\n1. DEFINITIONS\n1.1 In this Letter:\n(a) \"Bureau\" means the Shenlan Municipal Bureau of "
            "Science and Technology;\n(b) \"University\" means Seiran University;\n(c) \"Programme Results\" means the "
            "results of the Joint Programme.\n")
    parties = assign_roles(with_defined_aliases(text, find_parties(text, text.find("1. DEFINITIONS"))),
                           Settings().home_names, "en", text)
    aliases = {p.role: set(p.aliases) for p in parties}
    assert "Bureau" in aliases["PARTNER"]
    assert "University" in aliases["HOME"]
    assert all("Programme Results" not in a for a in aliases.values())


def test_an_alias_that_closes_a_partys_paragraph_names_that_party_not_the_terms_defined_before_it() -> None:
    # set 735: a national laboratory's operator, its prime contract with the government defined in its description,
    # then ("Contractor") right before ", and" the second party
    text = ("MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is entered into by and between Prairie Sciences Alliance, "
            "LLC, a Delaware limited liability company, which manages and operates Cottonwood National Laboratory (the "
            "\"Laboratory\") for the United States Department of Energy (\"DOE\") under Prime Contract No. DE-AC02-19CH11847 "
            "(the \"Prime Contract\") (\"Contractor\"), and Harima Institute for Quantum Science and Technology, a public "
            "interest incorporated foundation organized under the laws of Japan (\"HIQST\").\n1. DEFINITIONS\n")
    parties = {p.name: p for p in assign_roles(find_parties(text), Settings().home_names, "en", text)}
    assert "Contractor" in parties["Prairie Sciences Alliance, LLC"].aliases
    assert parties["Prairie Sciences Alliance, LLC"].role == "PARTNER"
    assert parties["Harima Institute for Quantum Science and Technology"].role == "HOME"
    assert "Contractor" not in parties


def test_a_transfer_forms_cover_labels_name_the_provider_and_the_recipient() -> None:
    # set 910: "PROVIDER: The Trustees of ..." and "RECIPIENT: National University Corporation ...", the label before the
    # name on one line, and "Provider" and "Recipient" the only names the terms use
    text = ('MATERIAL TRANSFER AGREEMENT\nAgreement No. ECMS-MTA-2024-0317\nPROVIDER: The Trustees of Ellsworth University, '
            'a Maryland non-profit corporation, acting through\nits Ellsworth Center for Molecular Screening ("ECMS"), '
            'Baltimore, Maryland, U.S.A.\nPROVIDER\nSCIENTIST:\nMiriam K. Hollis, Ph.D., Director, ECMS\nRECIPIENT: '
            'National University Corporation Kurose University, Graduate School of Pharmaceutical\nSciences, Sendai, '
            'Japan\nRECIPIENT\nSCIENTIST:\nDaisuke Amemiya, Ph.D., Professor\nRECITALS\nWHEREAS, Provider maintains '
            'collections of compounds;\nNOW, THEREFORE, the Parties agree as follows:\nARTICLE 1 — DEFINITIONS\n')
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: (p.role, p.aliases[:1]) for p in parties} == {
        "The Trustees of Ellsworth University": ("PARTNER", ("Provider",)),
        "National University Corporation Kurose University": ("HOME", ("Recipient",))}


def test_the_contract_a_laboratorys_operator_works_under_is_no_part_of_its_name() -> None:
    # set 1021: a CRADA's cover block, the operator's prime contract on the line between its name and its alias
    text = ('COOPERATIVE RESEARCH AND DEVELOPMENT AGREEMENT\n(hereinafter "CRADA")\nbetween\nGRANITE RIDGE RESEARCH '
            'ALLIANCE, LLC\nunder its U.S. Department of Energy Contract No. DE-AC07-19ID14582\n(hereinafter '
            '"Contractor")\nand\nNATIONAL UNIVERSITY CORPORATION ASAKURA UNIVERSITY\n(hereinafter "Participant")\n'
            '(individually referred to as a "Party" and collectively as the "Parties")\nARTICLE I. DEFINITIONS\n')
    parties = assign_roles(find_parties(text), Settings().home_names, "en", text)
    assert {p.name: (p.role, p.aliases) for p in parties} == {
        "GRANITE RIDGE RESEARCH ALLIANCE, LLC": ("PARTNER", ("Contractor",)),
        "NATIONAL UNIVERSITY CORPORATION ASAKURA UNIVERSITY": ("HOME", ("Participant",))}


def test_a_centre_of_our_graduate_school_named_beside_our_university_is_ours() -> None:
    # set 1023: a visiting researcher's letter names the host centre with an alias of its own
    text = ('Dear Dr Zhou,\nThank you for the supporting letter from the Director of the Office of Scientific Research of '
            'Xijiang First People\'s Hospital (the "Hospital"). I am very pleased to confirm that Omiwa University (the '
            '"University") has approved your appointment as a Visiting Researcher in the Centre for Medical Genome '
            'Informatics (the "Centre") of the Graduate School of Medicine.\n1. Appointment\n')
    roles = {alias: p.role for p in assign_roles(find_parties(text), Settings().home_names, "en", text)
             for alias in p.aliases}
    assert roles == {"Hospital": "PARTNER", "University": "HOME", "Centre": "HOME"}


def test_a_preamble_that_names_the_parties_by_their_labels_in_a_particulars_table_reads_each_row() -> None:
    # set 1035: "between the Foundation, the Fellow and the Host Institution named in the Award Particulars", each row a
    # label and then the name on the same line
    text = ("FELLOWSHIP FUNDING AGREEMENT\nAward Particulars\nAward Reference IPFP-2025-0417\nFoundation Veloria National "
            "Foundation for Science and Talent, a public foundation established\nunder the Science and Talent Development "
            "Act 2011 of the Republic of Veloria\nFellow Dr Ana Kovel, PhD (University of Marenna, 2024)\nHost Institution "
            "Setouchi University of Science and Technology, a national university corporation\nestablished under the "
            "National University Corporation Act of Japan\nThis Fellowship Funding Agreement (the \"Agreement\") is made "
            "between the Foundation, the Fellow and the Host Institution named in the Award Particulars (each a \"Party\" "
            "and together the \"Parties\").\nTERMS AND CONDITIONS\n1. Definitions\n")
    parties = assign_roles(find_parties(text, text.find("TERMS AND CONDITIONS")), Settings().home_names, "en", text)
    roles = {p.name: (p.role, p.aliases) for p in parties}
    assert roles["Veloria National Foundation for Science and Talent"] == ("PARTNER", ("Foundation",))
    assert roles["Setouchi University of Science and Technology"] == ("HOME", ("Host Institution",))


def test_the_parties_named_in_an_article_after_a_preamble_of_recitals_are_read() -> None:
    # set 1038: a germplasm transfer agreement's "Article 1 - Preamble" of WHEREAS recitals, then "Article 2 - Parties to
    # the Agreement"
    text = ("GERMPLASM TRANSFER AGREEMENT\n\nArticle 1 - Preamble\n\n1.1 WHEREAS the Provider maintains collections of "
            "barley;\n\n1.2 NOW, THEREFORE, the Parties have agreed as follows.\n\n\nArticle 2 - Parties to the Agreement\n\n"
            "2.1 The present Agreement is entered into between:\n\nTsukushino University, a national university "
            "corporation established under the National University Corporation Act of Japan (hereinafter referred to as "
            "\"the Provider\"),\n\nand\n\nthe Tashkent Institute of Crop Genetics and Seed Science, a state scientific "
            "research institution (hereinafter referred to as \"the Recipient\").\n\n\nArticle 3 - Definitions\n\n3.1 "
            "\"Material\" means the seeds listed in Annex 1.\n")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="gta.txt")
    roles = {alias: p.role for p in assign_roles(result.parties, Settings().home_names, "en", text)
             for alias in p.aliases}
    assert roles == {"Provider": "HOME", "Recipient": "PARTNER"}



def test_a_japanese_agency_read_twice_in_a_bilingual_preamble_stays_ours() -> None:
    # set 1429: the English party block was read twice, once with "the Organization" and once more with the initials the
    # text uses after it ("HIAER"); two readings of one Japanese agency are one body, not two candidates, so "the
    # University" (the foreign side) had been taken for ours
    text = ("This Agreement is made between:\nKITAKAZE INSTITUTE FOR OCEAN RESEARCH, a National Research and Development "
            "Agency of Japan, having its head office at 1-2 Minato, Sendai, Japan (the \"Organization\"); and\nVALDORA "
            "STATE UNIVERSITY, a state university established under the laws of the Republic of Valdora (the "
            "\"University\"),\n")
    ours, theirs = "KITAKAZE INSTITUTE FOR OCEAN RESEARCH", "VALDORA STATE UNIVERSITY"
    first, second = text.index(ours), text.index(theirs)
    parties = [Party(ours, ("Organization",), start=first, end=first + 160),
               Party(theirs, ("University",), start=second, end=second + 110),
               Party(ours, ("Organization", "KIOR"), start=first, end=first + 160),
               Party(theirs, ("University", "VSU"), start=second, end=second + 110)]
    roles = {(p.name, p.role) for p in assign_roles(parties, (), "en", text)}
    assert roles == {(ours, "HOME"), (theirs, "PARTNER")}


def test_a_bilingual_agreement_naming_party_a_and_party_b_in_english_finds_our_university_and_their_letters() -> None:
    # set 1530: "Party A: Xiyuan Institute ..., China" / "Party B: Kamishiro University (National University
    # Corporation) ..., Japan", then 甲 and 乙 throughout the Japanese text
    from analyzer.classify.stage import party_roles
    from analyzer.findings.roles import assign_roles

    text = ("COOPERATION AGREEMENT\n協力協定書\n\nParty A: Xiyuan Institute of Intelligent Infrastructure Technology\n"
            "Address: No. 88 Kexue Avenue, Xiyuan City, People's Republic of China\n甲：西苑智能インフラ技術研究院\n\n"
            "Party B: Kamishiro University (National University Corporation)\nAddress: 1-1 Gakuen-cho, Kamishiro City, "
            "Gifu 509-3390, Japan\n乙：国立大学法人神代大学\n\nParty A and Party B reach this Agreement as follows.\n"
            "甲及び乙は、次のとおり本協定を締結する。\n")
    parties = assign_roles(find_parties(text), (), "mixed", text)
    roles = {p.name: p.role for p in parties}
    assert roles.get("Kamishiro University") == "HOME"
    mapped = party_roles(tuple(parties))
    assert mapped["甲"] == mapped["Party A"] == "PARTNER"
    assert mapped["乙"] == "HOME"


@pytest.mark.parametrize(("name", "country"), [
    ("Stichting Noordzee Aquacultuur Onderzoek", "NL"),
    ("Lumetra Photonics Pte. Ltd.", "SG"),
    ("Aravali Quantum Materials Pvt Ltd", None),
    ("Halvard Therapeutics GmbH", None),
])
def test_a_legal_form_only_one_country_knows_tells_the_partners_country(name: str, country: str | None) -> None:
    from analyzer.findings.jurisdiction import legal_form_country

    assert legal_form_country(name) == country


@pytest.mark.parametrize(("text", "language", "expected"), [
    # set 1533: an Australian agreement lists the parties unnumbered under "Parties", each short name in brackets unquoted
    ("RESEARCH COLLABORATION AGREEMENT\nDate\nThis Agreement is dated 2025.\nParties\nBrolga Energy Corporation Limited "
     "ACN 612 408 337, a company whose shares are held by the Shareholding Ministers on behalf of the State of Queensland, "
     "of Level 11, 40 Quay Street, Gladstone, Queensland 4680, Australia (Corporation)\nNational University Corporation "
     "Kitaura Institute of Technology, a national university corporation established under the National University "
     "Corporation Act of Japan, of 1-8-1 Minami-Ebisu, Kitaura-shi, Shizuoka 436-0094, Japan (University)\nKanemori "
     "Hydrogen Australia Pty Ltd ACN 655 017 902, of Level 27, 9 Eagle Terrace, Brisbane, Queensland 4000, Australia "
     "(KHA)\nBackground\nA. The Corporation owns and operates the Wattle Creek Hydrogen Demonstration Facility.\n", "en",
     {"Corporation": "PARTNER", "University": "HOME", "KHA": "PARTNER"}),
    # set 1534: the centre a party acts through is that party; a facility a recital names is no party
    ("COOPERATION AGREEMENT\nParty A: Japan Institute for Structural Resilience (JISR), a National Research and "
     "Development Agency of Japan. Address: 2-7 Shinden-machi, Kagahama City, Ishikawa Prefecture 923-1295, Japan.\n"
     "Party B: Hai-Feng University of Science and Technology (HFUST). Address: No. 168, Haifeng Road, Kaohsiung City 811, "
     "Taiwan.\nWhereas Party A operates the Kaga Large-Scale\nThree-Dimensional Shake Table (hereinafter the \"Shake\n"
     "Table\") and has accumulated experience in full-scale testing\nof buildings, and Party B, through its Center for "
     "Seismic\nIsolation and Damping Technology (hereinafter \"CSIDT\"),\nhas long been engaged in the research of "
     "isolators;\nArticle 1 (Purpose)\n", "en", {"Party A": "HOME", "Party B": "PARTNER", "CSIDT": "PARTNER"}),
    # set 1531: a centre named after our university is ours, not a third body the partner's money runs
    ("事業実施計画書\n国立大学法人静浜大学（以下「大学」という。）及びマラヴィア言語文化研究所（以下「研究所」という。）は、令和7年11月20日に"
     "締結した協定（以下「基本協定」という。）に基づき、静浜大学マラヴィア言語文化センター（以下「センター」という。）の事業の実施計画を次のとおり"
     "定める。\n第1条（趣旨）\n", "ja", {"大学": "HOME", "研究所": "PARTNER", "センター": "HOME"}),
    # set 1543: the role a party's own description gives it ("... acting in its own name and as Managing Institution of
    # the Consortium ... (the "Managing Institution")") is that party, not a third body
    ("THIS MEMORANDUM OF AGREEMENT (the \"MoA\") is made between:\n\n(1) INSTITUTO DE ASTROFISICA ATLANTICA (\"IAAt\"), a "
     "public research body established under the laws of Spain, represented by its Director, acting in its own name and "
     "as Managing\n    Institution of the Tagora Robotic Telescope Consortium on behalf of the Full Members listed in "
     "Annex 4 (the \"Managing Institution\"); and\n\n(2) NATIONAL UNIVERSITY CORPORATION TSUKIMINO UNIVERSITY, a national "
     "university corporation under the laws of Japan (the \"University\").\n\nWHEREAS:\n", "en",
     {"IAAt": "PARTNER", "Managing Institution": "PARTNER", "University": "HOME"}),
    # set 1540: 「以下「CHIER」又は「提供者」という。」 names the party twice
    ("本補足合意書は、次の当事者の間で締結される。\n(1) ケニア共和国タイタ・タベタ郡ウンダニ所在のコースタル・ハイランズ民族植物学研究所（以下「CHIER」又は"
     "「提供者」という。）\n(2) 和歌山県新宮市西浦2-7-1 国立大学法人紀勢大学（以下「紀勢大学」という。）\n第1条（目的）\n", "ja",
     {"提供者": "PARTNER", "紀勢大学": "HOME"}),
], ids=["an-australian-parties-block", "a-centre-a-party-acts-through", "a-centre-named-after-our-university",
        "a-role-the-partys-description-gives-it", "a-second-name-after-mata-wa"])
def test_parties_of_the_blind_sets_1531_to_1546(text: str, language: str, expected: dict[str, str]) -> None:
    from analyzer.classify.stage import party_roles

    mapped = party_roles(tuple(assign_roles(find_parties(text), (), language, text)))
    assert {alias: mapped.get(alias) for alias in expected} == expected
    assert "Shake Table" not in mapped


@pytest.mark.parametrize(("text", "language", "expected", "names"), [
    # set 1563: what the parties agree on after "hereby enter into" names no party; a description cut after its "of"
    ('MEMORANDUM OF UNDERSTANDING\nShiomi University, a national university corporation of Japan (the "University"), and '
     "the Naval Ocean Science Office, Pacific, of the Department of the Navy of the United States of America "
     '("NOSO-PAC"), hereby enter into this Memorandum of Understanding (this "MOU") concerning support by the research '
     'vessel Shiokaze Maru (the "Vessel") for the deployment of observation instruments, as follows.\nArticle 1 '
     "(Purpose)\n", "en", {"University": "HOME", "NOSO-PAC": "PARTNER", "Vessel": None},
     {"Naval Ocean Science Office, Pacific"}),
    # set 1568: a purchase order's header, each role's label on a line of its own over the party's name
    ("PURCHASE ORDER / 発注書\n\nBuyer / 発注者:\n  Cobaltline Technologies, Inc.\n  2100 Westlake Avenue North, "
     "Seattle, WA 98109, U.S.A.\n\nSupplier / 受注者:\n  Kiso Gakuin University (学校法人木曽学院 木曽学院大学)\n  3-11-2 "
     "Daimon, Shiojiri, Nagano 399-0737, Japan\n\n1. Scope\n", "en", {"Buyer": "PARTNER", "Supplier": "HOME"},
     {"Kiso Gakuin University"}),
    # set 1566: a letter's board and a centre's director speak for the bodies they name
    ("Dear President Miyasaka,\nFollowing our conversations with Professor Yuriko Tanabe, Director of the Centre for "
     'Boreal Forest and Climate Research (the "Centre"), the Board of Directors of The Kestrel Hollow Foundation (the '
     '"Foundation") resolved on 27 February 2025 to make a donation to National University Corporation Hokushin '
     'University (the "University") on the terms described in this letter.\n1. Donation\n', "en",
     {"Foundation": "PARTNER", "University": "HOME"},
     {"The Kestrel Hollow Foundation", "Centre for Boreal Forest and Climate Research"}),
    # ... and its translation names our university after what the foundation does
    ("ケストレル・ホロウ財団（以下「財団」という。）理事会は、2025年2月27日、本書に記載する内容により国立大学法人北辰大学（以下「大学」という。）に寄附を"
     "行うことを決議いたしました。\n1. 寄附の内容\n", "ja", {"財団": "PARTNER", "大学": "HOME"}, {"国立大学法人北辰大学"}),
    # set 1569: the department a laboratory's operator contracts with, named in the operator's description, is no party;
    # the operator's second name after a semicolon is its own
    ("This Agreement is entered into as of the Effective Date by and between:\nSable Creek Nuclear Science Alliance, "
     "LLC, a Delaware limited liability company acting as the management and operating contractor of Sable Creek "
     'National Laboratory under Prime Contract No. DE-AC07-19ID14682 (the "Prime Contract") with the United States '
     'Department of Energy ("DOE"), having its principal place of business at 2150 Foundry Road, Harlow Falls, Idaho '
     '83460, United States of America ("Contractor"; Contractor, when acting through Sable Creek National Laboratory, '
     'is referred to as the "Laboratory"); and\nNational University Corporation Abukuma Institute of Technology, a '
     "national university corporation established under the National University Corporation Act of Japan, having its "
     'principal office at 1-1 Gakuen-cho, Abukuma-shi, Fukushima 963-0211, Japan ("Sponsor"),\neach a "Party" and '
     'together the "Parties".\nRECITALS\n', "en",
     {"Contractor": "PARTNER", "Laboratory": "PARTNER", "Sponsor": "HOME", "DOE": None},
     {"Sable Creek Nuclear Science Alliance, LLC"}),
    # set 954, read since: a third party's own name before one for two of them, its company number cut from its name
    ("JOINT RESEARCH AGREEMENT\nBY AND BETWEEN:\n(1) NATIONAL UNIVERSITY CORPORATION HOKURIKU INSTITUTE OF TECHNOLOGY, a "
     'national university corporation of Japan ("HIT");\n(2) YARDEN UNIVERSITY OF SCIENCE AND TECHNOLOGY, an institution '
     'of higher education of Israel ("Yarden University"); and\n(3) YARDEN INNOVATION LTD., company number 51-4470921, a '
     'company wholly owned by Yarden University, of the same address ("YIL"; Yarden University and YIL together, '
     '"Yarden").\nWHEREAS:\n', "en", {"HIT": "HOME", "Yarden University": "PARTNER", "YIL": "PARTNER"},
     {"YARDEN INNOVATION LTD."}),
    # set 1575: a meeting protocol's joint commission is the parties' own body, not one of them
    ('PROTOCOL\nThe Fourth Meeting of the Joint Commission on Cooperation in Glaciological and Polar Research '
     '(hereinafter "the Commission"), established under Article 6 of the Agreement on Scientific Cooperation between '
     'Hokurei University (hereinafter "the Japanese Party") and the Federal State Budgetary Scientific Institution '
     '"Northern Institute of Glaciology and Polar Research" (hereinafter "the Russian Party") of 14 October 2020, was '
     "held on 18-19 March 2025.\nParticipants:\n", "en",
     {"Japanese Party": "HOME", "Russian Party": "PARTNER", "Commission": None}, {"Hokurei University"}),
    # set 1571: a statute the preamble names is no party (its 「法」 would otherwise be read inside 法令, 方法 ...)
    ("研究資金等提供契約書\n国立大学法人蒼嶺大学（以下「甲」という。）とHelvara Pharma AG（以下「乙」という。）は、臨床研究法（平成29年法律第16号。"
     "以下「法」という。）第32条の規定に基づき、次のとおり契約を締結する。\n第1条（目的）\n", "ja",
     {"甲": "HOME", "乙": "PARTNER", "法": None}, {"国立大学法人蒼嶺大学"}),
    # set 1594: a Japanese order form's 「（受注者）」 and 「（発注者）」 over the parties' names
    ("注　文　書（研究役務）\n注文番号：PO-JP-24-0871\n（受注者）\n国立大学法人北稜大学　御中\n大学院理工学研究科附属先端微細構造解析センター\n"
     "（発注者）\nCalloway Materials Analytics, Inc.\n（米国デラウェア州法人）日本支店\n下記のとおり注文いたします。\n", "ja",
     {"受注者": "HOME", "発注者": "PARTNER"}, {"国立大学法人北稜大学"}),
    # set 1595: a Peruvian convenio in translation, "of one part, by ..., to whom hereinafter shall be denominated"
    ("SPECIFIC AGREEMENT OF INTERINSTITUTIONAL COOPERATION\nBe it recorded by the present document the Specific Agreement "
     '(hereinafter, "the Agreement") that is celebrated, of one part, by the NATIONAL UNIVERSITY CORPORATION SANRIKU '
     "RINKAI UNIVERSITY, a national university corporation constituted under the laws of Japan, duly represented by its "
     'President, Dr. Kenjiro TAKAHAGI, to whom hereinafter shall be denominated "THE UNIVERSITY"; and of the other '
     "part, the INSTITUTO NACIONAL DE SISMOLOGÍA Y GEODINÁMICA DEL PACÍFICO, public organism attached to the Ministry of "
     "the Environment of the Republic of Peru, duly represented by its Executive President, Dr. Rosa Elvira QUISPE "
     'HUAMANÍ, designated by Supreme Resolution N° 047-2023-MINAM, to whom hereinafter shall be denominated "THE '
     'INSTITUTE"; both jointly denominated "THE PARTIES", in the terms and conditions following:\nCLAUSE FIRST: OF THE '
     "PARTIES\n", "en", {"UNIVERSITY": "HOME", "INSTITUTE": "PARTNER"},
     {"NATIONAL UNIVERSITY CORPORATION SANRIKU RINKAI UNIVERSITY", "INSTITUTO NACIONAL DE SISMOLOGÍA Y GEODINÁMICA DEL "
      "PACÍFICO"}),
    # set 1624: an order form's parties block, its third party an "Academic Partner", a company's name read without its
    # "Inc."
    ("CONTENT LICENCE ORDER FORM\nThis Order Form is made among the Licensor, the Licensee and the Academic Partner named "
     "below.\nPARTIES\n-----\nLicensor:                 The Setouchi Nippo Co., Ltd., 2-14-7 Shiokaze-dori, Takamatsu, "
     "Kagawa\n                          760-0023, Japan.\nLicensee:                 Larkspur Cognition, Inc., 1180 Harrison "
     "Street, Suite 400, San\n                          Francisco, CA 94103, USA.\nAcademic Partner:         Kyokuryo "
     "University (National University Corporation), 3-5-1\n                          Kyokuryodai, Kita-ku, Okayama "
     "701-1299, Japan.\n\nORDER DETAILS\n", "en",
     {"Licensor": "PARTNER", "Licensee": "PARTNER", "Academic Partner": "HOME"}, {"Kyokuryo University"}),
    # set 1637: a programme's form each of our students signs with the partner's agency
    ("STUDENT PARTICIPATION AND ACKNOWLEDGEMENT FORM\nThis Form is made between the Solvaran Space Agency (\"SSA\") and "
     "the student identified below (the\n\"Participant\"), who is enrolled at the Participating Institution identified "
     "below.\n", "en", {"SSA": "PARTNER", "Participant": "HOME"}, {"Solvaran Space Agency"}),
    # set 1646: a visitor's pledge, each line in Japanese and then in English: our university named in both
    ("誓　約　書\nPLEDGE\n　私は、国立大学法人北稜大学（以下「本学」という。）大学院工学研究科の客員研究員として受け入れられるに当たり、次の事項を"
     "遵守することを誓約します。\nIn being accepted as a Visiting Researcher of the Graduate School of Engineering, "
     'Hokuryo University (the "University"), I pledge to observe the following.\n', "mixed",
     {"本学": "HOME", "University": "HOME"}, {"国立大学法人北稜大学"}),
    # set 1669: a laboratory's access form names itself first ("This request and acknowledgment (the
    # "Acknowledgment")"), then the operator under its prime contract with no article before "Prime Contract"
    ('FOREIGN NATIONAL ACCESS REQUEST\nThis request and acknowledgment (the "Acknowledgment") is made among Pine Hollow '
     "Science Alliance, LLC, Management and Operating Contractor of Pine Hollow National Laboratory under Prime "
     'Contract No. DE-AC07-19PH41206 with the U.S. Department of Energy (the "Contractor" or the "Laboratory"); the '
     'Hokushin Institute for Fusion Materials, Tsukuba, Japan (the "Employer"); and the individual named in Section 1 '
     '(the "Assignee").\n', "en", {"Contractor": "PARTNER", "Laboratory": "PARTNER", "Employer": "HOME",
                                  "Acknowledgment": None}, set()),
    # set 1672: an amendment's cover rows, the grantor a state acting through its department
    ("AMENDMENT No. 1\nTO GRANT AGREEMENT No. FSRO-G-25-1-0417\n\nGrantor:      The United States of America, acting "
     "through the Department of the Navy,\n              Fleet Science Office Global\nGrantee:      National University "
     "Corporation Hokushin Institute of Technology\nProject:      Drone swarms\n", "en",
     {"Grantor": "PARTNER", "Grantee": "HOME"}, {"The United States of America"}),
], ids=["nothing-after-hereby-enter-into", "a-purchase-orders-role-labels", "a-letters-board-and-director",
        "a-university-named-after-what-is-done", "a-department-the-operator-contracts-with",
        "a-third-partys-name-before-one-for-two", "a-joint-commission-is-no-party", "a-statute-is-no-party",
        "a-japanese-order-forms-role-labels", "a-convenio-of-one-part-and-of-the-other",
        "an-order-forms-academic-partner", "a-form-each-of-our-students-signs", "a-pledge-in-two-languages",
        "a-laboratorys-access-form-and-its-operator", "an-amendments-grantor-acting-through-its-department"])
def test_parties_of_the_blind_sets_1563_to_1578(text: str, language: str, expected: dict[str, str | None],
                                                names: set[str]) -> None:
    from analyzer.classify.stage import party_roles

    parties = tuple(assign_roles(find_parties(text), (), language, text))
    mapped = party_roles(parties)
    assert {alias: mapped.get(alias) for alias in expected} == expected
    assert names <= {party.name for party in parties}


def test_a_partys_institution_named_after_its_faculty_is_that_party_not_ours() -> None:
    # set 1678: a letter to "the Faculty of Engineering, Dena University of Technology" ("you") from Shinonome University
    # (the "University"): "Dena University of Technology" in its text had been read as "the University", ours
    from analyzer.classify.features import normalize_roles
    from analyzer.classify.stage import party_roles
    from analyzer.types import Party

    parties = (Party("Faculty of Engineering, Dena University of Technology", ("you",), "PARTNER", 0, 50),
               Party("Shinonome University", ("University",), "HOME", 60, 90))
    text = normalize_roles("keep copies on the servers of Dena University of Technology and on the University's drives",
                           party_roles(parties), "en")
    assert "〈P〉Dena University of Technology" in text
    assert "the 〈H〉" in text or "〈H〉's" in text


def test_an_internal_memo_takes_the_counterpart_its_first_section_defines() -> None:
    # set 1681: a board paper names no party above its first section, which defines the Chinese institute
    memo = ("役員会資料３\n国際連携推進本部\n\n共同実験室の設置について（学内説明資料）\n\n1. 趣旨\n\u3000大学院工学研究科は、2022年度から"
            "中華人民共和国深圳市の深圳市溪林智能基礎設施研究院（以下「研究院」という。）と共同研究を行ってきた。\n\n2. 協定の主な内容\n"
            "\u3000共同研究の成果の知的財産権は研究院に帰属する。\n\n3. 今後の予定\n\u3000締結は7月を予定する。\n")
    result = AnalyzerEngine().analyze(memo.encode("utf-8"), name="memo.txt")
    assert [(p.role, p.aliases) for p in result.parties] == [("PARTNER", ("研究院",))]


def test_a_consortiums_numbered_parties_are_known_by_the_acronyms_after_their_names() -> None:
    # set 1688: "by and between the following parties: 1. ... (IPQA), ..., hereinafter the "Coordinator"; ... 6. National
    # Institute ... (NIPQM), a national research and development agency established under the laws of Japan"; the funding
    # agency named above the list had been taken for us
    text = ('THIS CONSORTIUM AGREEMENT is based upon the Funding Decision No. AIQ-0471 issued by the Agence pour '
            'l\'Innovation Quantique (hereinafter the "Funding Agency"), and is made by and between the following parties:\n'
            "1. Institut de Physique Quantique Appliquée (IPQA), a public scientific and technological establishment, "
            'having its registered office at Grenoble, France, hereinafter the "Coordinator";\n'
            "2. Cryonord SAS, a simplified joint-stock company, having its registered office at Annecy, France;\n"
            "3. National Institute for Photonic and Quantum Metrology (NIPQM), a national research and development agency "
            "established under the laws of Japan, having its principal office at Tsukuba, Japan.\n"
            "Section 1 Definitions\n")
    parties = assign_roles(find_parties(text), (), "en", text)
    roles = {alias: p.role for p in parties for alias in p.aliases}
    assert roles["NIPQM"] == "HOME"
    assert roles["IPQA"] == roles["Coordinator"] == "PARTNER"


def test_an_approval_paper_takes_the_counterpart_from_its_own_section_and_its_short_name_with_sha() -> None:
    # set 1702: a 稟議 memo names no party above its sections; 「３．契約の相手方」 gives 「名称：Cirrolux Cloud, Inc.」 and the
    # paper calls it 「Cirrolux社」, a Latin name that runs straight into the kana after it
    from analyzer.classify.features import normalize_roles
    from analyzer.classify.stage import party_roles

    memo = ("研究担当理事\u3000殿\nCirrolux社研究クレジットプログラムへの参加について\n記\n１．件名\nCirrolux Cloud, Inc.の研究クレジットへの"
            "参加申込み\n２．目的\nクラウドの計算資源を研究に活用する。\n３．契約の相手方\n（１）名称：Cirrolux Cloud, Inc.（米国デラウェア州"
            "法人）\n（２）所在地：Bellevue, Washington, USA\n４．システムへのアクセス\nCirrolux社の技術担当者に対し、管理者アカウントを"
            "発行する。\n")
    result = AnalyzerEngine().analyze(memo.encode("utf-8"), name="ringi.txt")
    assert [(p.role, p.aliases) for p in result.parties] == [("PARTNER", ("Cirrolux Cloud, Inc.", "Cirrolux社"))]
    assert "〈P〉の技術担当者" in normalize_roles("Cirrolux社の技術担当者", party_roles(result.parties), "ja")


def test_a_company_known_by_the_short_name_that_ends_its_name_is_one_party() -> None:
    # set 1710: "MERIDIONAL PETRÓLEO S.A. – MERIPETRO, ... acting through its ... Centre ("CEPEG"), ... hereinafter referred
    # to as MERIPETRO": the short name had been read as a third party, and the company's assignment to it went unseen
    from analyzer.segment.parties import with_acronyms_joined
    from analyzer.types import Party

    parties = [Party("MERIDIONAL PETRÓLEO S.A. \u2013 MERIPETRO", ("CEPEG",)), Party("MERIPETRO", ("MERIPETRO",)),
               Party("HOKURIKU MARINE INSTITUTE OF TECHNOLOGY", ("UNIVERSITY",))]
    joined = with_acronyms_joined(parties)
    assert [(p.name, p.aliases) for p in joined] == [("MERIDIONAL PETRÓLEO S.A. \u2013 MERIPETRO", ("CEPEG", "MERIPETRO")),
                                                     ("HOKURIKU MARINE INSTITUTE OF TECHNOLOGY", ("UNIVERSITY",))]


def test_the_preamble_sentence_naming_the_parties_leaves_out_the_bodies_it_only_describes() -> None:
    # set 1722: 「本共同研究開発契約（以下「本CRADA」という。）は、元契約に基づき米国エネルギー省（以下「DOE」という。）のために
    # …を管理運営する…LLC（以下「コントラクター」という。）と、…湊川大学（以下「参加者」という。）との間で締結される。コントラクター
    # 及び参加者を個別に「当事者」…という。」: the agreement and the department the contractor acts for are no parties
    text = ("本共同研究開発契約（以下「本CRADA」という。）は、元契約に基づき米国エネルギー省（以下「DOE」という。）のために"
            "カンバーランド・リッジ国立研究所（以下「本研究所」という。）を管理運営するカンバーランド・リッジ・リサーチ・アライアンスLLC"
            "（以下「コントラクター」という。）と、国立大学法人湊川大学（以下「参加者」という。）との間で締結される。コントラクター及び"
            "参加者を個別に「当事者」、総称して「両当事者」という。\n第I条（定義）\n")
    parties = assign_roles(find_parties(text), (), "ja", text)
    assert {(p.role, p.aliases) for p in parties} == {("PARTNER", ("コントラクター",)), ("HOME", ("参加者",))}


def test_a_numbered_party_whose_description_wraps_over_lines_keeps_its_short_name() -> None:
    # set 1721: "1. LEEUWIN COAST UNIVERSITY (ABN ...), a body corporate established under the Leeuwin Coast\nUniversity
    # Act 1987 (WA), of ..., Western Australia 6230 (LCU); and": a PDF wrapped each party over two lines, and no party had
    # been read
    text = ("RESEARCH PROJECT AGREEMENT\nPARTIES\n1. LEEUWIN COAST UNIVERSITY (ABN 41 087 553 219), a body corporate "
            "established under the Leeuwin Coast\nUniversity Act 1987 (WA), of 35 Flinders Parade, Bunbury, Western "
            "Australia 6230 (LCU); and\n2. NATIONAL UNIVERSITY CORPORATION KII UNIVERSITY OF MARINE SCIENCES, a national "
            "university\ncorporation established under the laws of Japan, of Kushimoto, Wakayama, Japan (Kii).\nBACKGROUND\n"
            "A. The Parties signed the MoU.\n")
    parties = assign_roles(find_parties(text), (), "en", text)
    roles = {alias: p.role for p in parties for alias in p.aliases}
    assert roles == {"LCU": "PARTNER", "Kii": "HOME"}


def test_a_treaty_a_party_was_founded_under_leaves_that_partys_name_before_it() -> None:
    # set 1726: "The Sevan Institute ... Foundation, ..., established pursuant to the Agreement between the Government of
    # the Republic of Armenia and the Government of the Russian Federation ... (hereinafter the "Founding Agreement"),
    # having its seat at ... (hereinafter the "Institute")": the treaty's "between" and its own alias had cut the name
    # off, and "Institute" had been read as the university's
    text = ("THE PARTIES\n\nNational University Corporation Seiran University, a national university corporation established "
            "under the laws of Japan, acting through its Institute for Laser Science (hereinafter the \"University\"); and\n\n"
            "The Sevan Institute of Laser Physics Foundation, a non-commercial foundation registered in the Republic of "
            "Armenia, established pursuant to the Agreement\nbetween the Government of the Republic of Armenia and the "
            "Government of the\nRussian Federation on the Establishment of the Institute (hereinafter the \"Founding\n"
            "Agreement\"), having its seat at 25 Hrachya Kochar Street, Yerevan 0033,\nRepublic of Armenia (hereinafter the "
            "\"Institute\"),\n\neach hereinafter referred to as a \"Party\".\n\nPURPOSE\n")
    parties = assign_roles(find_parties(text), (), "en", text)
    roles = {alias: (p.role, p.name) for p in parties for alias in p.aliases}
    assert roles["University"][0] == "HOME"
    assert roles["Institute"] == ("PARTNER", "The Sevan Institute of Laser Physics Foundation")


@pytest.mark.parametrize("sentence", ["要請を受けた場合には、HUHKは、共同実験室が保有するデータを提供する。", "データはHUHKの管理下に置く。"])
def test_a_latin_short_name_beside_kana_is_read_as_its_party(sentence: str) -> None:
    # set 928: 「HUHKは」, a Latin short name straight before kana, had not been read as the partner (kana are word
    # characters, so "HUHK" ended no word there), and the data it may hand to an authority went unseen
    from analyzer.classify.features import normalize_roles

    assert "〈P〉" in normalize_roles(sentence, {"HUHK": "PARTNER", "瑞穂技科大": "HOME"}, "ja")


def test_a_parties_table_without_a_number_column_names_the_parties_by_their_short_names() -> None:
    # set 1741: a statement of work's "Party" / "Short name" / "Project Manager" table (a DOCX table, one cell a line)
    # had left the document with no parties, and the partner's engineers given accounts on our network went unseen
    text = ("STATEMENT OF WORK No. 1\nHybrid Bonding Process Window\nParty\nShort name\nProject Manager\n"
            "Setouchi University of Science and Technology, Graduate School of Engineering, 2-11-1 Minato-Kita, "
            "Kurashiki-shi, Okayama 712-8501, Japan\nthe \"University\"\nProf. Keisuke Morishita\n"
            "JH Advanced Integration Research Co., Ltd., No. 18, Keji 6th Road, Hsinchu 300091, Taiwan\n\"JHAIR\"\n"
            "Mr. Huang Kuan-Yu\n\n1. Background and Scope\n1.1 This Statement of Work is issued under the Agreement.\n")
    parties = assign_roles(find_parties(text), (), "en", text)
    roles = {alias: (p.role, p.name) for p in parties for alias in p.aliases}
    assert roles == {"University": ("HOME", "Setouchi University of Science and Technology"),
                     "JHAIR": ("PARTNER", "JH Advanced Integration Research Co., Ltd.")}


def test_a_role_given_after_a_partys_signatory_is_that_partys_short_name() -> None:
    # set 1745: '(1) INSTITUTO ... ("INREGAP"), ..., represented by its Director General, Dr. Ernesto Villaseñor Paredes
    # (the "PROVIDER"); and': "PROVIDER" had been read as a third party of its own, so the provider's transfers to its
    # affiliates were a stranger's
    text = ("MATERIAL TRANSFER AGREEMENT\nTHIS AGREEMENT is made BETWEEN:\n(1) INSTITUTO NACIONAL DE RECURSOS GENETICOS "
            "(\"INREGAP\"), a decentralised public body of the United Mexican States, represented by its Director General, "
            "Dr. Ernesto Villasenor Paredes (the \"PROVIDER\"); and\n(2) NATIONAL UNIVERSITY CORPORATION KISOGAWA "
            "UNIVERSITY, a national university corporation, represented by its President, Prof. Takanori Ishizuka (the "
            "\"RECIPIENT\"),\neach a \"Party\".\nWHEREAS:\nA. The PROVIDER keeps the collection.\n")
    parties = assign_roles(find_parties(text), (), "en", text)
    roles = {alias: p.role for p in parties for alias in p.aliases}
    assert roles == {"INREGAP": "PARTNER", "PROVIDER": "PARTNER", "RECIPIENT": "HOME"}


def test_a_summary_with_no_parties_block_takes_its_parties_from_the_definitions() -> None:
    # set 1745: a permit summary names the provider and the user only in its definitions, and the accounts the user must
    # keep open for the provider's people were nobody's
    text = ("SUMMARY OF ACCESS AND BENEFIT-SHARING PERMIT\nIssued by\nOficina de Acceso, Instituto Nacional de Recursos\n"
            "Section 1 - Definitions\n1.1 In this Summary, the following terms have the meanings below:\n"
            "\u201cProvider\u201d means the Instituto Nacional de Recursos Geneticos Agricolas y Pecuarios (INREGAP).\n"
            "\u201cUser\u201d means National University Corporation Kisogawa University, acting through its Graduate "
            "School of Bioagricultural Sciences.\nSection 2 - Permit\n2.1 The Permit was issued.\n")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="summary.txt")
    parties = assign_roles(result.parties, (), "en", text)
    roles = {alias: p.role for p in parties for alias in p.aliases}
    assert roles == {"Provider": "PARTNER", "INREGAP": "PARTNER", "User": "HOME"}


def test_the_act_that_set_a_party_up_is_no_short_name_of_that_party() -> None:
    # set 1746: '"Act" means the Maritime Defence Research Agency Act 2003' began with the partner's name, and every "the
    # Act" had been read as the partner
    text = ("COLLABORATIVE RESEARCH AGREEMENT\nBETWEEN:\n(1) MARITIME DEFENCE RESEARCH AGENCY, a statutory board of Singapore "
            "(the \"Agency\"); and\n(2) NATIONAL UNIVERSITY CORPORATION SANRIKU UNIVERSITY, a national university "
            "corporation (the \"University\").\nClause 1 Definitions\n1.1 \"Act\" means the Maritime Defence Research "
            "Agency Act 2003.\n")
    parties = with_defined_aliases(text, find_parties(text))
    assert not any("Act" in p.aliases for p in parties)


def test_a_horizon_actions_name_is_no_party() -> None:
    # set 1751: 'relating to the Action entitled PLASTRACE, hereinafter referred to as the "Action"' had been read as the
    # partner, and every "the Action" in the text as the partner's
    text = ("CONSORTIUM AGREEMENT\nTHIS CONSORTIUM AGREEMENT is made BETWEEN:\nStichting Noordzee Kennisinstituut (NZKI), "
            "the Coordinator; AND\nHokuriku University of Marine Science, a national university corporation established "
            "under the laws of Japan (\"HUMS\" or the \"Associated Partner\"),\nhereinafter referred to as \"Parties\", "
            "relating to the Action entitled PLASTRACE, hereinafter referred to as the \"Action\".\nWHEREAS:\n")
    assert "Action" not in {alias for p in find_parties(text) for alias in p.aliases}


def test_a_purchase_orders_terms_make_the_buyer_the_partner_and_the_unnamed_supplier_us() -> None:
    # set 1750: an order's printed terms name the buyer and leave the supplier "the person ... to which the Order is
    # addressed"; the document had had no parties, so the buyer's approval over publishing went unread
    text = ("PURCHASE ORDER\nPO Number 4500187263\nTERMS AND CONDITIONS OF PURCHASE\n1. Definitions\n"
            "\u201cBuyer\u201d means Seongwol Electronics Co., Ltd., including the research center named on the face of the "
            "Order;\n\u201cSupplier\u201d means the person, firm or institution to which the Order is addressed;\n"
            "2. Precedence\n2.1 These Terms apply to the Order.\n")
    result = AnalyzerEngine(stages=[]).analyze(text.encode("utf-8"), name="po.txt")
    parties = assign_roles(result.parties, (), "en", text)
    assert {(p.name, p.role) for p in parties} == {("Seongwol Electronics Co., Ltd.", "PARTNER"), ("Supplier", "HOME")}


def test_parties_each_named_with_a_signatory_before_the_short_name_stay_apart() -> None:
    # set 1760: "..., represented by its President and Chief Executive Officer, Ms Hélène Marchetti-Roux, hereinafter
    # "CNSTA";\nThe Université de Loire-Océan, ..., represented by its President, Mr Olivier Kerbrat, hereinafter "ULO"": a
    # short name after the signatory belongs to the party only inside that party's own passage
    text = ("AGREEMENT ON THE INTERNATIONAL RESEARCH LABORATORY\nBETWEEN\nThe Centre national des sciences et technologies "
            "avancées, a French public establishment, having its registered office at 14 rue Biot, 75016 Paris, France, "
            "represented by its President, Ms Hélène Marchetti-Roux, hereinafter \u201cCNSTA\u201d;\nThe Université de "
            "Loire-Océan, a public establishment, having its registered office at 2 quai de la Fosse, 44000 Nantes, "
            "France, represented by its President, Mr Olivier Kerbrat, hereinafter \u201cULO\u201d;\nAND\nKitakami "
            "University, a National University Corporation established under the National University Corporation Act of "
            "Japan, represented by its President, Professor Takeshi Onodera, hereinafter \u201cKitakami University\u201d;"
            "\nindividually a \u201cParty\u201d.\nPREAMBLE\n")
    parties = assign_roles(find_parties(text), (), "en", text)
    roles = {alias: p.role for p in parties for alias in p.aliases}
    assert roles["Kitakami University"] == "HOME"
    assert roles["CNSTA"] == "PARTNER"
    assert len(parties) == 3


@pytest.mark.parametrize(("text", "language", "home"), [
    # set 1774: a prefecture's own research centre beside a foreign state university, in Japanese and in English
    ("共同研究契約書\n沖縄県海洋気象防災研究センター（以下「甲」という。）とヴィサヤス海洋州立大学（以下「乙」という。）とは、次のとおり"
     "契約する。\n", "ja", "沖縄県海洋気象防災研究センター"),
    ("JOINT RESEARCH AGREEMENT\nThis Agreement is made by and between:\nVISAYAS MARITIME STATE UNIVERSITY, a state "
     'university organised under the laws of the Republic of the Philippines (hereinafter "VMSU");\n– and –\nOKINAWA '
     "PREFECTURAL RESEARCH CENTER FOR MARITIME METEOROLOGY, a public research institute established by Okinawa "
     'Prefecture, Japan, with principal office in Uruma City (hereinafter "OPRC");\n', "en", "OKINAWA PREFECTURAL RESEARCH CENTER FOR MARITIME METEOROLOGY"),
], ids=["ja-a-prefectures-centre-beside-a-foreign-university", "en-a-prefectural-centre-beside-a-foreign-university"])
def test_a_prefectures_own_institute_is_ours_beside_a_foreign_university(text: str, language: str, home: str) -> None:
    parties = assign_roles(find_parties(text), (), language, text)
    assert [p.name for p in parties if p.role == "HOME"] == [home]
