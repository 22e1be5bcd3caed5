"""``python -m tadori`` runs the CLI."""

from tadori.cli import main

main()
