"""``tadori export trace ITEM --format graphml|csv|xlsx|mermaid|json -o FILE``: trace exports from the shell.

The ``export`` group lives in :mod:`tadori.cli_neo4j`; the commands here are its subcommands,
listed in ``EXPORT_COMMANDS`` for the group to add (``export.add_command(command)``). ``COMMANDS``
(top-level commands, the convention of ``tadori.cli``) is empty: a top-level ``trace`` exists.
"""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import store_option, tadori_command, trace_options

__all__ = ["COMMANDS", "EXPORT_COMMANDS", "export_trace"]

FORMATS = ("graphml", "csv", "xlsx", "mermaid", "json")


@click.command("trace")
@click.argument("start")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="File format (default: from the output file's suffix; .mmd is mermaid).")
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write the file.")
@trace_options
@store_option
@tadori_command
def export_trace(start: str, fmt: str | None, output: str, upstream: bool, mode: str, item: str | None,
                 max_depth: int | None, as_of: str | None, kinds: tuple[str, ...], bases: tuple[str, ...],
                 municipality: str | None, store: str | None) -> None:
    """Write the trace of START as GraphML (Gephi, yEd), CSV, XLSX, Mermaid or JSON, with the query inside.

    START is an item, a business or a department; the options are those of ``tadori trace``. A CSV is a
    plain table (pandas.read_csv and Excel open it as it is); its query goes to FILE.query.csv beside it.
    """
    from tadori.queries import exports
    from tadori.queries.trace import trace

    from .wiring import open_graph_store

    path = Path(output)
    fmt = fmt or {".graphml": "graphml", ".csv": "csv", ".xlsx": "xlsx", ".mmd": "mermaid", ".mermaid": "mermaid",
                  ".json": "json"}.get(path.suffix.lower())
    if fmt is None:
        raise click.UsageError(f"cannot tell the format from {output!r}; pass --format")
    direction = "upstream" if upstream else "downstream"
    graph = open_graph_store(store, municipality=municipality)
    result = trace(graph, start, direction=direction, mode=mode, item=item, as_of=as_of,
                   max_depth=max_depth, kinds=kinds or None, bases=bases or None, municipality=municipality)
    meta = exports.query_metadata({"item": start, "direction": direction, "mode": mode, "as_of": as_of,
                                   "kind": list(kinds), "basis": list(bases), "municipality": municipality,
                                   **({"follow": item} if item else {}),
                                   **({"max_depth": max_depth} if max_depth is not None else {})})
    writers = {"graphml": exports.to_graphml, "xlsx": exports.to_xlsx, "csv": exports.to_csv,
               "mermaid": exports.to_mermaid, "json": exports.to_json}
    content = writers[fmt](result, meta)
    if fmt == "csv":  # a plain table for pandas.read_csv and Excel; the query beside it
        query_path = path.with_suffix(".query.csv")
        query_path.write_text(exports.query_csv(meta), encoding="utf-8", newline="")
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    click.echo(f"wrote {path} ({fmt}, {len(result.hops)} hops)" + (f" and {query_path}" if fmt == "csv" else ""))


EXPORT_COMMANDS: list[click.Command] = [export_trace]
COMMANDS: list[click.Command] = []
