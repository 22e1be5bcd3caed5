"""The ``tadori`` command: ingest documents, extract, trace, serve the dashboard.

Every user mistake (a missing file, a table without its columns, an unknown name) prints
one line ``error: …`` and exits with status 2; no traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from .cli_common import (
    json_option,
    limit_options,
    one_line,
    store_option,
    tadori_command,
    trace_options,
    wide_option,
)
from .output import console, print_json, print_table

__all__ = ["cli", "main"]

# Modules that contribute more commands: COMMANDS are top-level commands, EXPORT_COMMANDS are
# subcommands of the `export` group (tadori.cli_neo4j defines the group).
_COMMAND_MODULES = ("tadori.cli_queries", "tadori.cli_neo4j", "tadori.cli_exports", "tadori.cli_synth",
                    "tadori.cli_review", "tadori.cli_store")

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tadori")
@click.option("--debug", is_flag=True, help="Print the traceback of an error (for a bug report).")
def cli(debug: bool) -> None:
    """Tadori (辿り): trace personal-data flows in Japanese local governments."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@store_option
@tadori_command
def ingest(files: tuple[str, ...], store: str | None) -> None:
    """Read FILES (canonical template CSV/XLSX or published documents) into the record store."""
    from rich.progress import Progress

    from tadori.ingest.loader import ingest_files

    from .wiring import open_record_store, refresh_index

    records = open_record_store(store)
    with Progress(console=console, transient=True, disable=len(files) < 3) as progress:
        task = progress.add_task("reading", total=len(files))
        report = ingest_files(records, files, on_progress=lambda _: progress.advance(task))
    for extraction in report.added:
        e = extraction
        click.echo(f"{e.document.name}: {len(e.flows)} flows, {len(e.registrations)} registrations, "
                   f"{len(e.council_cases)} council cases, {len(e.statistics)} statistics, "
                   f"{len(e.diagnostics)} diagnostics" + (f", {len(e.files)} files (ファイル簿)" if e.files else ""))
        if e.document.name in records.reattached:  # a new version of a document already stored
            placed, orphaned = records.reattached[e.document.name]
            click.echo(f"{e.document.name}: new version, the older one kept as history; reviews re-attached: "
                       f"{placed}, could not be placed: {orphaned}" + (" (tadori review orphans)" if orphaned else ""))
    for extraction in report.skipped:
        click.echo(f"{extraction.document.name}: already in the store, skipped")
    if len(report.added) > 1:  # the dashboard's 記載 count; a flow stated in two documents is one flow there
        click.echo(f"{sum(len(e.flows) for e in report.added)} flow statements in {len(report.added)} documents")
    if report.added:
        refresh_index(records)
    click.echo(f"store: {records.path}")


@cli.command()
@click.argument("file")
@json_option
@wide_option
@tadori_command
def extract(file: str, as_json: bool) -> None:
    """Parse one FILE and print its records; writes nothing to the store."""
    from tadori.ingest.loader import extract_file

    extraction = extract_file(file)
    if as_json:
        print_json(extraction.to_json())
        return
    doc = extraction.document
    e = extraction
    click.echo(f"{doc.name}  {doc.municipality or '(municipality unknown)'}  {doc.title or ''}")
    click.echo(f"{len(e.flows)} flows, {len(e.registrations)} registrations, {len(e.council_cases)} council cases, "
               f"{len(e.statistics)} statistics, {len(e.diagnostics)} diagnostics")
    tables = [
        ("flows", ["line", "source", "→ recipient", "kind", "basis", "start", "items"], [
            (f.line, " ".join(x for x in (f.source_department, f.source_business, f.source_external) if x),
             " ".join(x for x in (f.recipient_department, f.recipient_business, f.recipient_external) if x),
             f.kind, f.basis, f.start_date, "、".join(f.items)) for f in e.flows]),
        ("registrations", ["line", "department", "business", "action", "date"], [
            (r.line, r.department, r.business, r.action, r.date) for r in e.registrations]),
        ("council cases", ["line", "date", "decision", "title"], [
            (c.line, c.date, c.decision, c.title) for c in e.council_cases]),
        ("statistics", ["line", "table", "organ or basis", "kind", "count"], [
            (s.line, s.table, s.organ_or_basis, s.kind, s.count) for s in e.statistics]),
        ("files (個人情報ファイル簿)", ["line", "page", "file", "organisation", "sensitive", "recipients"], [
            (f.line, f.page, f.name, f.organisation, {True: "yes", False: "no"}.get(f.sensitive, "?"),
             "、".join(f.recipients) or "none") for f in e.files]),
        ("diagnostics", ["line", "severity", "message"], [(d.line, d.severity, d.message) for d in e.diagnostics]),
    ]
    for title, columns, rows in tables:
        if rows:  # an empty table says nothing the count line above did not
            print_table(title, columns, rows)


@cli.command()
@click.argument("path", default="tadori-template.xlsx")
@tadori_command
def template(path: str) -> None:
    """Write an empty canonical template workbook to PATH."""
    from tadori.ingest.template import write_blank_xlsx

    write_blank_xlsx(path)
    click.echo(f"wrote {path}")


@cli.command("trace")
@click.argument("start")
@trace_options
@store_option
@json_option
@wide_option
@limit_options
@tadori_command
def trace_command(start: str, upstream: bool, mode: str, item: str | None, max_depth: int | None,
                  as_of: str | None, kinds: tuple[str, ...], bases: tuple[str, ...],
                  municipality: str | None, store: str | None, as_json: bool, limit: int, show_all: bool) -> None:
    """Print the hops by which START (an item, business or department) flows."""
    from tadori.queries.trace import trace

    from .cli_queries import print_trace
    from .wiring import open_graph_store

    graph = open_graph_store(store, municipality=municipality)
    result = trace(graph, start, direction="upstream" if upstream else "downstream", mode=mode, item=item,
                   as_of=as_of, max_depth=max_depth, kinds=kinds or None, bases=bases or None,
                   municipality=municipality)
    if as_json:
        print_json(result.to_json())
        return
    print_trace(result, limit=None if show_all else limit)


@cli.command()
@store_option
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1, this machine only).")
@click.option("--port", default=None, type=click.IntRange(1, 65535), help="Port (default 8050).")
@tadori_command
def serve(store: str | None, host: str | None, port: int | None) -> None:
    """Serve the dashboard (waitress; see README, Data safety, for authentication and allowed hosts)."""
    from .serving import serve_dashboard

    serve_dashboard(store, host, port)


def _register_commands() -> None:
    modules = [importlib.import_module(name) for name in _COMMAND_MODULES]
    for module in modules:
        for command in module.COMMANDS:
            cli.add_command(command)
    export_group = cli.commands["export"]
    assert isinstance(export_group, click.Group)
    for module in modules:
        for command in getattr(module, "EXPORT_COMMANDS", []):
            export_group.add_command(command)


_register_commands()


def main() -> None:
    # The Neo4j driver logs its own warnings (an unreachable server); the CLI reports them once, as
    # a Tadori error. A handler on its logger keeps Python's last-resort handler from printing them.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    try:
        code = cli.main(prog_name="tadori", standalone_mode=False)
    except click.ClickException as error:  # a usage mistake (--port 99999, an unknown option): one line too
        click.echo(f"error: {one_line(error.format_message())}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("error: aborted", err=True)
        sys.exit(1)
    except Exception as error:  # the last resort, outside any command: still one line unless --debug
        if "--debug" in sys.argv[1:]:
            raise
        click.echo(f"error: internal error (please report; `tadori --debug …` shows the traceback): "
                   f"{type(error).__name__}: {one_line(str(error))[:300]}", err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
