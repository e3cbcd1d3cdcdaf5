"""``kyotei train`` / ``evaluate`` / ``classify``: the clause models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from analyzer.config import DEFAULT_MODELS_DIR, PROJECT_DIR, Settings
from analyzer.training.agreements import UNFLAGGED_SHARE

DEFAULT_CORPUS = PROJECT_DIR / "corpora" / "clauses"
DEFAULT_OUT = DEFAULT_MODELS_DIR / "clause-v1"
DEFAULT_AGREEMENTS = PROJECT_DIR / "tests" / "data" / "blind"


def _cores(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value == 0 or value < -1:
        raise click.BadParameter("give a number of cores, or -1 for all of them")
    return value


JOBS = click.option("--jobs", type=int, default=-1, show_default=True, callback=_cores,
                    help="Cores to train on (-1: all); the model does not depend on it.")


@click.command()
@click.option("--corpus", type=click.Path(exists=True, path_type=Path), default=DEFAULT_CORPUS, show_default=True,
              help="Folder of the labelled corpus (JSON Lines).")
@click.option("--extra-data", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The shared real data folder (e.g. ../shared/data): CUAD training contracts join the category head.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Model directory to write.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the grouped folds.")
@click.option("--agreements", "agreements_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of keyed agreements (tests/data/blind): their clauses join the indicator and risk heads.")
@click.option("--agreements-through", type=int, default=0, show_default=True,
              help="Read sets 1..N of --agreements; later sets stay unseen for evaluation.")
@click.option("--unflagged-share", type=click.FloatRange(0, 1), default=UNFLAGGED_SHARE, show_default=True,
              help="Of the agreements' clauses without a planted flag, the seeded share to train on.")
@JOBS
def train(corpus: Path, extra_data: Path | None, out_dir: Path, seed: int, agreements_dir: Path | None,
          agreements_through: int, unflagged_share: float, jobs: int) -> None:
    """Train the clause models (categories, indicators, risk) and save them with skops."""
    from analyzer.training.train import train_and_save

    if agreements_dir is not None and agreements_through <= 0:
        raise click.UsageError("--agreements needs --agreements-through N (the last set to train on)")
    metadata = train_and_save(corpus, out_dir, seed=seed, extra_data=extra_data, agreements_dir=agreements_dir,
                              agreements_through=agreements_through, unflagged_share=unflagged_share, n_jobs=jobs)
    report = metadata["training_report"]
    click.echo(f"saved {out_dir} in {report['seconds']} s; out-of-fold macro-F1: categories "
               f"{report['oof']['category_macro_f1']}, indicators {report['oof']['indicator_macro_f1']}")


@click.command()
@click.option("--corpus", type=click.Path(exists=True, path_type=Path), default=DEFAULT_CORPUS, show_default=True)
@click.option("--data", "data_root", type=click.Path(file_okay=False, path_type=Path),
              default=lambda: Settings().shared_data, show_default="../shared/data",
              help="The shared real data folder, for scores on real clauses.")
@click.option("--model", "model_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Model to score on the real data.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--extra-data/--no-extra-data", default=None,
              help="Train the CV folds with CUAD's training contracts too (default: as the model was trained).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("reports/evaluation.json"), show_default=True, help="Where to write the JSON report.")
@click.option("--card/--no-card", default=True, show_default=True, help="Rewrite the model's MODEL_CARD.md.")
@JOBS
def evaluate(corpus: Path, data_root: Path, model_dir: Path, folds: int, seed: int, extra_data: bool | None,
             report_path: Path, card: bool, jobs: int) -> None:
    """Grouped cross-validation on the corpus, and the model's scores on real data it did not train on."""
    from analyzer.classify.persistence import read_metadata
    from analyzer.training.card import write_model_card
    from analyzer.training.evaluate import evaluate as run

    metadata = read_metadata(model_dir) if (model_dir / "metadata.json").exists() else {}
    use_extra = metadata.get("extra_data", False) if extra_data is None else extra_data
    data = data_root if data_root.exists() else None
    # the folds are trained as the model was: with the keyed agreements it read, if any
    agreements = metadata.get("agreements") or {}
    through = int(agreements.get("through", 0))
    report = run(corpus, data, model_dir if metadata else None, folds=folds, seed=seed, extra_data=use_extra,
                 agreements_dir=DEFAULT_AGREEMENTS if through else None, agreements_through=through,
                 unflagged_share=float(agreements.get("unflagged_share", UNFLAGGED_SHARE)), n_jobs=jobs)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    cv = report["cross_validation"]
    for lang in ("ja", "en"):
        scores = cv["per_language"][lang]
        click.echo(f"{lang}: category macro-F1 {scores['categories']['macro_f1']}, indicator macro-F1 "
                   f"{scores['indicators']['macro_f1']}, risk-level accuracy {scores['risk_level_accuracy']}")
    twins = cv["twins"]
    click.echo(f"twins: risky ranked above benign in {twins['risk_score_higher_on_risky']:.1%} of "
               f"{twins['pairs']} pairs; indicator on the risky one only in {twins['indicator_on_risky_only']:.1%}")
    if "real_data" in report:
        click.echo(f"real data, mapped categories macro-F1: {report['real_data']['mapped_categories_macro_f1']}")
    click.echo(f"report written to {report_path}")
    if card and metadata:
        write_model_card(model_dir, report)
        click.echo(f"model card written to {model_dir / 'MODEL_CARD.md'}")


@click.command()
@click.argument("source", required=False, default="-", type=click.File("r", encoding="utf-8"))
@click.option("--model", "model_dir", type=click.Path(path_type=Path), default=None,
              help="Model directory (default: the shipped clause model).")
@click.option("--no-explain", is_flag=True, help="Leave out the contributing features.")
def classify(source, model_dir: Path | None, no_explain: bool) -> None:
    """Classify clauses given as JSON Lines {"id", "text", "heading"?, "lang"?} (a file or - for stdin).

    Writes one line per input: {"id", "categories", "indicators", "risk", "explanation"}.
    """
    from analyzer.classify.model import ClauseInput, prediction_to_dict
    from analyzer.classify.stage import DEFAULT_MODEL, load_classifier
    from analyzer.cli import UsageError

    classifier = load_classifier(str(model_dir or Settings().models_dir / DEFAULT_MODEL))
    batch: list[ClauseInput] = []

    def flush() -> None:
        for item, prediction in zip(batch, classifier.predict(batch, explain=not no_explain), strict=True):
            sys.stdout.write(json.dumps(prediction_to_dict(item.id, prediction), ensure_ascii=False) + "\n")
        batch.clear()

    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise UsageError(f"line {number}: expected a JSON object with at least \"text\" ({exc})") from None
        lang = record.get("lang")
        batch.append(ClauseInput(text=str(text), heading=str(record.get("heading") or ""),
                                 lang=lang if lang in ("ja", "en") else None,
                                 parties=record.get("parties"), id=str(record.get("id", number))))
        if len(batch) >= 256:
            flush()
    flush()
