"""The ``kyotei`` command line: ``analyze`` agreements, ``train`` / ``evaluate`` / ``classify`` clause models.

Results go to stdout (text or JSON), messages to stderr. Exit codes: 0 ok, 1 findings at or above ``--fail-on``,
2 usage error, 3 some files failed (each failed file still gets its result with a status and an error).
"""

from __future__ import annotations

import logging
import sys

import click

from analyzer import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


class UsageError(click.UsageError):
    exit_code = EXIT_USAGE


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kyotei")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Kyotei (協定): find the research-security risks in international research agreements.

    \b
    Examples:
      kyotei analyze agreement.pdf
      kyotei analyze --format json contracts/*.pdf > results.jsonl
      kyotei analyze --fail-on high mou.docx && echo "no high-risk findings"
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    from analyzer.cli.analyze import analyze

    cli.add_command(analyze)
    try:
        from analyzer.cli.models import classify, evaluate, train
    except ImportError:
        return
    cli.add_command(train)
    cli.add_command(evaluate)
    cli.add_command(classify)


_register()


def main() -> None:
    cli(prog_name="kyotei")
