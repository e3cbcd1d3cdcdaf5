"""``kyotei analyze``: the clause outline (and, with the models, findings) of one or more agreements."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from analyzer.cli import EXIT_FAILED, EXIT_OK


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
def analyze(files: tuple[Path, ...], fmt: str, out_dir: Path | None, password: str | None, ocr: str,
            max_bytes: int, max_pages: int, max_level: int, segment_only: bool) -> None:
    """Analyse agreements (PDF, DOCX, TXT, Markdown; scanned PDFs with OCR).

    Exit code 3 when some files could not be analysed; their results still say why.
    """
    from analyzer.engine import AnalyzerEngine
    from analyzer.ingest import IngestOptions
    from analyzer.render import render_json, render_outline

    options = IngestOptions(password=password, max_bytes=max_bytes, max_pages=max_pages, ocr=ocr)  # type: ignore[arg-type]
    engine = AnalyzerEngine(options=options, stages=[] if segment_only else None)
    failed = 0
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for path in files:
        result = engine.analyze(path)
        if not result.document.ok:
            failed += 1
            click.echo(f"{path}: {result.document.status}: {result.document.error}", err=True)
        rendered = render_json(result) if fmt == "json" else render_outline(result, max_level)
        if out_dir is not None:
            suffix = ".kyotei.json" if fmt == "json" else ".kyotei.txt"
            target = out_dir / (path.name + suffix)
            target.write_text(rendered + "\n", encoding="utf-8")
            click.echo(f"{path} -> {target} [{result.document.status}]")
        else:
            click.echo(rendered)
            if fmt == "text" and len(files) > 1:
                click.echo("")
    sys.exit(EXIT_FAILED if failed else EXIT_OK)
