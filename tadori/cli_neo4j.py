"""Commands contributed by the Neo4j backend; registered by tadori.cli.

``tadori sync neo4j`` loads the record store's graph into a Neo4j server;
``tadori export neo4j-csv DIR`` writes files for ``neo4j-admin database import full``.
``sync`` and ``export`` are click groups, so other backends and formats can add subcommands.
"""

from __future__ import annotations

import click

from .cli_common import store_option, tadori_command

__all__ = ["COMMANDS", "export", "sync"]


@click.group()
def sync() -> None:
    """Copy the record store's graph into a graph server."""


@sync.command("neo4j")
@store_option
@click.option("--uri", default=None, help="Bolt URI (default: $TADORI_NEO4J_URI).")
@click.option("--user", default=None, help="User (default: $TADORI_NEO4J_USER or neo4j).")
@click.option("--database", default=None, help="Database (default: $TADORI_NEO4J_DATABASE or neo4j).")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Rows per transaction.")
@tadori_command
def sync_neo4j(store: str | None, uri: str | None, user: str | None, database: str | None, batch_size: int) -> None:
    """Load the graph into Neo4j: idempotent, batched, checked by counting afterwards.

    The password is read from $TADORI_NEO4J_PASSWORD only, never from the command line.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tadori.errors import StoreUnavailable
    from tadori.graph.build import build_graph_data
    from tadori.graph.neo4j_store import Neo4jStore, sync_plan

    from .output import console, print_table
    from .wiring import open_record_store

    records = open_record_store(store)
    if not records.exists():
        raise StoreUnavailable(f"{records.path}: no record store here yet; run `tadori ingest FILE` first")
    data = build_graph_data(records)
    documents = [d.to_dict() for d in records.documents()]
    total = sum(step.size for step in sync_plan(data, documents))
    with Neo4jStore.from_settings(records, uri=uri, user=user, database=database) as neo4j_store:
        columns = (TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("schema", total=total)

            def advance(description: str, rows: int) -> None:
                progress.update(task, advance=rows, description=description)

            counts = neo4j_store.sync(data, documents, batch_size=batch_size, on_progress=advance)
    print_table(f"Neo4j ({neo4j_store.database})", ["label or type", "count"], sorted(counts.items()))
    click.echo(f"synced {records.path} into {neo4j_store.where}: counts match the record store's graph")


@click.group()
def export() -> None:
    """Write the graph in a format another tool reads."""


@export.command("neo4j-csv")
@click.argument("directory")
@store_option
@click.option("--database", default="neo4j", show_default=True, help="Database named in the import command.")
@tadori_command
def export_neo4j_csv_command(directory: str, store: str | None, database: str) -> None:
    """Write node and relationship CSVs for `neo4j-admin database import full` into DIRECTORY."""
    from tadori.errors import StoreUnavailable
    from tadori.graph.build import build_graph_data
    from tadori.graph.neo4j_export import export_neo4j_csv, import_command

    from .wiring import open_record_store

    records = open_record_store(store)
    if not records.exists():
        raise StoreUnavailable(f"{records.path}: no record store here yet; run `tadori ingest FILE` first")
    documents = [d.to_dict() for d in records.documents()]
    files = export_neo4j_csv(build_graph_data(records), directory, documents, database=database)
    for file in files:
        click.echo(f"{file.path}: {file.rows} {file.kind}")
    click.echo(f"load with (from {directory}): {import_command(files, database)}")


COMMANDS: list[click.Command] = [sync, export]
