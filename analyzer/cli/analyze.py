"""``kyotei analyze``: the clause outline (and, with the models, findings) of one or more agreements."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from analyzer.cli import EXIT_FAILED, EXIT_FINDINGS, EXIT_OK


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: an outline per file; json: the kyotei.analysis/1 object (JSON Lines for several files).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one result file per input into this folder instead of printing it.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--ocr", type=click.Choice(["auto", "never", "force"]), default="auto", show_default=True,
              help="auto: OCR pages without text when OCR is installed; force: re-OCR every page.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=100 * 1024 * 1024, show_default=True,
              help="Refuse files larger than this.")
@click.option("--max-pages", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Refuse PDFs with more pages than this.")
@click.option("--level", "max_level", type=click.IntRange(min=0, max=9), default=3, show_default=True,
              help="Deepest clause level shown in the text outline.")
@click.option("--segment-only", is_flag=True, help="Only ingest and segment (no models, no findings).")
@click.option("--outline", "show_outline", is_flag=True, help="Text format: print the clause outline too.")
@click.option("--fail-on", type=click.Choice(["high", "medium", "low"]),
              help="Exit 1 when a finding reaches this severity (for scripts).")
@click.option("--playbook", type=click.Path(exists=True, path_type=Path), envvar="KYOTEI_PLAYBOOK",
              help="Use this playbook (YAML file or folder) instead of the shipped one.")
@click.option("--screening-list", "screening_lists", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="CSV/XLSX list of entities of concern (e.g. METI 外国ユーザーリスト); may be repeated.")
@click.option("--home", "home_names", multiple=True,
              help="A name of our institution as agreements write it (e.g. 北斗大学, Hokuto University); repeatable.")
@click.option("--lang", "explanation_language", type=click.Choice(["auto", "ja", "en"]), default="auto",
              show_default=True, help="Language of explanations and recommendations (auto: the document's).")
def analyze(files: tuple[Path, ...], fmt: str, out_dir: Path | None, password: str | None, ocr: str,
            max_bytes: int, max_pages: int, max_level: int, segment_only: bool, show_outline: bool,
            fail_on: str | None, playbook: Path | None, screening_lists: tuple[Path, ...],
            home_names: tuple[str, ...], explanation_language: str) -> None:
    """Analyse agreements (PDF, DOCX, TXT, Markdown; scanned PDFs with OCR): clauses, findings, overall risk.

    Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 usage error, 3 some files could not be analysed
    (their results still say why; 3 wins over 1).
    """
    from dataclasses import replace

    from analyzer.config import Settings
    from analyzer.engine import AnalyzerEngine
    from analyzer.ingest import IngestOptions
    from analyzer.render import render_json, render_outline, render_report

    options = IngestOptions(password=password, max_bytes=max_bytes, max_pages=max_pages, ocr=ocr)  # type: ignore[arg-type]
    settings = Settings()
    settings = replace(settings, playbook=playbook or settings.playbook,
                       screening_lists=tuple(screening_lists) or settings.screening_lists,
                       home_names=tuple(home_names) or settings.home_names,
                       explanation_language=explanation_language)
    engine = AnalyzerEngine(options=options, stages=[] if segment_only else None, settings=settings)
    failed = 0
    reached = False
    rank = {"low": 1, "medium": 2, "high": 3}
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for path in files:
        result = engine.analyze(path)
        if not result.document.ok:
            failed += 1
            click.echo(f"{path}: {result.document.status}: {result.document.error}", err=True)
        if fail_on and any(rank[f.severity] >= rank[fail_on] for f in (*result.findings, *result.document_findings)):
            reached = True
        if fmt == "json":
            rendered = render_json(result)
        elif segment_only or show_outline or not result.document.ok:
            rendered = render_outline(result, max_level)
            if show_outline and not segment_only and result.document.ok:
                rendered += "\n" + "\n".join(render_report(result, _report_lang(result, settings)).split("\n")[1:])
        else:
            rendered = render_report(result, _report_lang(result, settings))
        if out_dir is not None:
            suffix = ".kyotei.json" if fmt == "json" else ".kyotei.txt"
            target = out_dir / (path.name + suffix)
            target.write_text(rendered + "\n", encoding="utf-8")
            click.echo(f"{path} -> {target} [{result.document.status}]")
        else:
            click.echo(rendered)
            if fmt == "text" and len(files) > 1:
                click.echo("")
    sys.exit(EXIT_FAILED if failed else EXIT_FINDINGS if reached else EXIT_OK)


def _report_lang(result, settings) -> str:
    if settings.explanation_language in ("ja", "en"):
        return settings.explanation_language
    return "ja" if result.document.language in ("ja", "mixed") else "en"
