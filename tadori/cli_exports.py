"""``tadori export trace ITEM --format graphml|csv|xlsx|mermaid|json -o FILE``: trace exports from the shell.

The ``export`` group lives in :mod:`tadori.cli_neo4j`; the commands here are its subcommands,
listed in ``EXPORT_COMMANDS`` for the group to add (``export.add_command(command)``). ``COMMANDS``
(top-level commands, the convention of ``tadori.cli``) is empty: a top-level ``trace`` exists.
"""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import store_option, tadori_command

__all__ = ["COMMANDS", "EXPORT_COMMANDS", "export_trace"]

FORMATS = ("graphml", "csv", "xlsx", "mermaid", "json")


@click.command("trace")
@click.argument("item")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="File format (default: from the output file's suffix; .mmd is mermaid).")
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write the file.")
@click.option("--upstream", is_flag=True, help="Where the data came from, instead of where it goes.")
@click.option("--mode", type=click.Choice(["confirmed", "both"]), default="both", show_default=True)
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Only flows in force on this date.")
@click.option("--kind", "kinds", multiple=True, help="Only flows of this kind (repeatable).")
@click.option("--basis", "bases", multiple=True, help="Only flows on this basis (repeatable).")
@click.option("--municipality", default=None)
@store_option
@tadori_command
def export_trace(item: str, fmt: str | None, output: str, upstream: bool, mode: str, as_of: str | None,
                 kinds: tuple[str, ...], bases: tuple[str, ...], municipality: str | None, store: str | None) -> None:
    """Write the trace of ITEM as GraphML (Gephi, yEd), CSV, XLSX, Mermaid or JSON, with the query inside."""
    from tadori.dashboard import exports
    from tadori.queries.trace import trace

    from .validation import check_date
    from .wiring import open_graph_store

    path = Path(output)
    fmt = fmt or {".graphml": "graphml", ".csv": "csv", ".xlsx": "xlsx", ".mmd": "mermaid", ".mermaid": "mermaid",
                  ".json": "json"}.get(path.suffix.lower())
    if fmt is None:
        raise click.UsageError(f"cannot tell the format from {output!r}; pass --format")
    direction = "upstream" if upstream else "downstream"
    as_of = check_date(as_of)
    graph = open_graph_store(store, municipality=municipality)
    result = trace(graph, item, direction=direction, mode=mode, as_of=as_of, kinds=kinds or None,
                   bases=bases or None, municipality=municipality)
    meta = exports.query_metadata({"item": item, "direction": direction, "mode": mode, "as_of": as_of,
                                   "kind": list(kinds), "basis": list(bases), "municipality": municipality})
    writers = {"graphml": exports.to_graphml, "xlsx": exports.to_xlsx, "csv": exports.to_csv,
               "mermaid": exports.to_mermaid, "json": exports.to_json}
    content = writers[fmt](result, meta)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    click.echo(f"wrote {path} ({fmt}, {len(result.hops)} hops)")


EXPORT_COMMANDS: list[click.Command] = [export_trace]
COMMANDS: list[click.Command] = []
