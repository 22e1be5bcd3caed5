"""``tadori synth``: write a synthetic national record store for benchmarks and demonstrations."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import store_option, tadori_command
from .errors import TadoriError
from .output import console

__all__ = ["COMMANDS"]


@click.command("synth")
@click.option("--municipalities", type=click.IntRange(1, 5000), default=100, show_default=True,
              help="How many cities.")
@click.option("--flows-per-city", type=click.IntRange(1, 100_000), default=1000, show_default=True)
@click.option("--businesses", type=click.IntRange(40, 100_000), default=400, show_default=True,
              help="Businesses per city (the named catalogue, then numbered ones).")
@click.option("--seed", type=int, default=7, show_default=True, help="The same seed writes the same store.")
@click.option("--documents", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write each city's flows as a text report in this folder (for `tadori ingest`).")
@store_option
@tadori_command
def synth(municipalities: int, flows_per_city: int, businesses: int, seed: int, documents: Path | None,
          store: str | None) -> None:
    """Write MUNICIPALITIES × FLOWS-PER-CITY synthetic flows into a new record store."""
    from rich.progress import Progress

    from tadori.ingest.synthetic import write_record_store

    from .wiring import open_record_store, uses_index

    records = open_record_store(store)
    if records.exists():
        raise TadoriError(f"{records.path}: a store is already there; synth writes a new one (choose --store)")
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("writing cities", total=municipalities)
        write_record_store(records.path, municipalities=municipalities, flows_per_city=flows_per_city,
                           businesses=businesses, seed=seed, documents=documents,
                           on_city=lambda: progress.advance(task))
        if uses_index(records):  # a national store: its graph index now, not at the first question
            from tadori.graph.compact_index import build_index

            indexing = progress.add_task("indexing the graph", total=municipalities)
            build_index(records, on_part=lambda: progress.advance(indexing))
    click.echo(f"{municipalities * flows_per_city} flows in {municipalities} cities: {records.path}")


COMMANDS = [synth]
