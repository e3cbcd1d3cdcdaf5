"""The Streamlit app, driven by AppTest: upload a PDF and a DOCX and see their outlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import EN_AGREEMENT, JA_AGREEMENT, docx_bytes, encrypted_pdf_bytes, pdf_bytes

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def app():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _outline(at) -> list[str]:
    frame = at.dataframe[-1].value
    return [label.strip("\u3000") for label in frame["clause"].tolist()]


def test_uploading_a_japanese_pdf_shows_its_outline_with_pages(app) -> None:
    app.file_uploader(key="upload").upload("agreement.pdf", pdf_bytes([JA_AGREEMENT]), "application/pdf").run()
    assert not app.exception
    assert app.success[0].value.startswith("agreement.pdf")
    outline = _outline(app)
    assert outline[:5] == ["前文", "第1条（目的）", "第2条（定義）", "本契約において「研究成果」とは、本研究により得られた発明及びデータをいう。",
                           "２ 前項の規定にかかわらず、甲乙協議の上、別途定めることができる。"]
    assert "p.1" in app.dataframe[-1].value["pages"].tolist()


def test_uploading_an_english_docx_shows_its_outline(app) -> None:
    app.file_uploader(key="upload").upload("agreement.docx", docx_bytes(EN_AGREEMENT)).run()
    assert not app.exception
    outline = _outline(app)
    assert "Article 1 Purpose" in outline
    assert "Article 3 Publication" in outline
    assert "Schedule A Research Plan" in outline


def test_an_encrypted_pdf_shows_an_error_that_asks_for_the_password(app) -> None:
    data = encrypted_pdf_bytes("pw")
    app.file_uploader(key="upload").upload("locked.pdf", data, "application/pdf").run()
    assert "encrypted" in app.error[0].value
    app.text_input(key="password").input("pw").run()
    assert not app.error
    assert "Article 1 Purpose" in _outline(app)


def test_the_findings_of_a_risky_agreement_are_listed_with_the_overall_risk(app) -> None:
    text = ("共同研究契約書\n北辰大学（以下「甲」という。）とケストレル工科大学（以下「乙」という。）は次のとおり契約する。\n"
            "第1条（研究成果の公表）\n甲は、研究成果を公表しようとするときは、事前に乙の書面による承認を得なければならない。\n")
    app.file_uploader(key="upload").upload("risky.txt", text.encode("utf-8"), "text/plain").run()
    assert not app.exception
    assert any("Overall risk: HIGH" in h.value for h in app.subheader)
    findings = app.dataframe[0].value
    assert any(value.startswith("PUB-01") for value in findings["indicator"].tolist())
