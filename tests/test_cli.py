"""The kyotei command line: outline and JSON output, exit codes, --out, --version."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from analyzer import __version__
from analyzer.cli import cli
from tests.builders import EN_AGREEMENT, JA_AGREEMENT, docx_bytes, encrypted_pdf_bytes, pdf_bytes


@pytest.fixture
def files(tmp_path):
    ja = tmp_path / "ja.pdf"
    ja.write_bytes(pdf_bytes([JA_AGREEMENT]))
    en = tmp_path / "en.docx"
    en.write_bytes(docx_bytes(EN_AGREEMENT))
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf_bytes("pw"))
    return {"ja": ja, "en": en, "locked": locked, "dir": tmp_path}


def run(*args: str):
    return CliRunner().invoke(cli, ["analyze", "--segment-only", *args])


def test_text_output_is_an_indented_outline_with_numbers_headings_and_pages(files) -> None:
    result = run(str(files["ja"]))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(files["ja"]))
    assert "[pdf, ja, 1 pages, ok]" in lines[0]
    assert "    第1条（目的）  (p.1)" in lines
    assert "      ２ 公表しようとする者は、公表予定日の30日前までに相手方に通知する。  (p.1)" in lines
    assert "        （１） 秘密情報が含まれるとき  (p.1)" in lines


def test_json_output_for_one_file_is_one_contract_object(files) -> None:
    result = run("--format", "json", str(files["en"]))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "kyotei.analysis/1"
    assert [c["number"] for c in data["clauses"] if c["kind"] in ("article", "definitions")] == [
        "Article 1", "Article 2", "Article 3", "Article 4"]


def test_several_files_give_json_lines_and_exit_3_when_one_fails(files) -> None:
    result = run("--format", "json", str(files["ja"]), str(files["locked"]), str(files["en"]))
    assert result.exit_code == 3
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["status"] for o in objects] == ["ok", "encrypted", "ok"]
    assert "--password" in objects[1]["error"]
    assert "locked.pdf: encrypted" in result.stderr


def test_password_option_opens_an_encrypted_pdf(files) -> None:
    result = run("--password", "pw", str(files["locked"]))
    assert result.exit_code == 0
    assert "Article 1 Purpose" in result.stdout


def test_out_writes_one_file_per_input(files) -> None:
    out = files["dir"] / "results"
    result = run("--format", "json", "--out", str(out), str(files["ja"]), str(files["en"]))
    assert result.exit_code == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["en.docx.kyotei.json", "ja.pdf.kyotei.json"]
    assert json.loads((out / "ja.pdf.kyotei.json").read_text(encoding="utf-8"))["status"] == "ok"


@pytest.mark.parametrize("args", [[], ["--format", "xml", "x.pdf"], ["--no-such-option", "x.pdf"]])
def test_usage_errors_exit_2(args) -> None:
    result = CliRunner().invoke(cli, ["analyze", *args])
    assert result.exit_code == 2


def test_missing_file_is_reported_not_raised(files) -> None:
    result = run(str(files["dir"] / "nope.pdf"))
    assert result.exit_code == 3
    assert "not_found" in result.stdout


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout
