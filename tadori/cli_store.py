"""``tadori store check`` and ``tadori store backup PATH``: look after the record store itself."""

from __future__ import annotations

import click

from .cli_common import json_option, store_option, tadori_command
from .output import print_json

__all__ = ["COMMANDS", "store_group"]


@click.group("store")
def store_group() -> None:
    """Check or back up the record store."""


@store_group.command("check")
@store_option
@json_option
@tadori_command
def check(store: str | None, as_json: bool) -> None:
    """SQLite's integrity and foreign-key checks and the row counts; exit status 1 when a check fails."""
    from .wiring import open_record_store

    records = open_record_store(store)
    report = records.check()
    if as_json:
        print_json({"store": str(records.path), **report})
    else:
        counts = ", ".join(f"{count} {table}" for table, count in report["counts"].items())
        click.echo(f"{records.path}: schema {report['schema_version']}, journal {report['journal_mode']}, {counts}")
        for problem in report["integrity"]:
            click.echo(f"integrity: {problem}")
        for problem in report["foreign_keys"]:
            click.echo(f"foreign key: {problem}")
        click.echo("ok" if report["ok"] else "NOT OK: restore a backup (`tadori store backup` makes one)")
    if not report["ok"]:
        raise SystemExit(1)


@store_group.command("backup")
@click.argument("path")
@store_option
@tadori_command
def backup(path: str, store: str | None) -> None:
    """Copy the record store to PATH, consistently, even while the dashboard serves or an ingest runs."""
    from .wiring import open_record_store

    target = open_record_store(store).backup(path)
    click.echo(f"wrote {target}")


COMMANDS: list[click.Command] = [store_group]
