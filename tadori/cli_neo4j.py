"""Commands contributed by another layer; registered by tadori.cli."""

from __future__ import annotations

import click

__all__ = ["COMMANDS"]

COMMANDS: list[click.Command] = []
