"""``python -m analyzer`` runs the ``kyotei`` command line."""

from analyzer.cli import main

main()
