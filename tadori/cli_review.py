"""Review and document commands: correct what the readers read; list and remove documents.

``tadori review export FILE`` writes the review sheet, ``tadori review import FILE --reviewer
NAME`` stores what a person changed in it (all or nothing), ``tadori review orphans`` lists
reviews a new version of their document could not place, ``tadori review list`` every review.
``tadori documents list`` shows every document with its older versions; ``tadori documents
remove NAME`` deletes one (every version) in one transaction.
"""

from __future__ import annotations

from typing import Any

import click

from .cli_common import json_option, store_option, tadori_command
from .output import print_json, print_table

__all__ = ["COMMANDS"]


def _records(store: str | None, *, must_exist: bool = True) -> Any:
    from .errors import StoreUnavailable
    from .wiring import open_record_store

    records = open_record_store(store)
    if must_exist and not records.exists():
        raise StoreUnavailable(f"{records.path}: no record store here yet; run `tadori ingest FILE` first")
    return records


@click.group("review")
def review_group() -> None:
    """Confirm, reject, correct or add records: through a CSV/XLSX sheet, with who and when."""


@review_group.command("export")
@click.argument("file")
@click.option("--document", default=None, help="Only this document (its file name).")
@store_option
@tadori_command
def review_export(file: str, document: str | None, store: str | None) -> None:
    """Write the records to FILE (.csv or .xlsx) in the template's columns plus record_id, status, reviewer, note."""
    from tadori.ingest.review_sheet import export_sheet

    counts = export_sheet(_records(store), file, document)
    click.echo(f"wrote {file}: " + ", ".join(f"{n} {t}s" for t, n in counts.items()))


@review_group.command("import")
@click.argument("file")
@click.option("--reviewer", required=True, help="Who reviewed (stored with each review).")
@store_option
@json_option
@tadori_command
def review_import(file: str, reviewer: str, store: str | None, as_json: bool) -> None:
    """Store a review for each row of FILE whose status or fields changed, and each row with status added."""
    from tadori.ingest.review_sheet import import_sheet

    summary = import_sheet(_records(store), file, reviewer)
    if as_json:
        print_json(summary.to_json())
        return
    done = ", ".join(f"{n} {action}" for action, n in sorted(summary.actions.items())) or "nothing changed"
    click.echo(f"{file}: {summary.rows} rows read; reviews stored: {done}")


def _review_rows(reviews: list[Any]) -> list[tuple[Any, ...]]:
    return [(r.at, r.reviewer, r.action, r.record_type, r.record_id, f"{r.document_name}:{r.line}",
             (r.quote or "")[:40], r.note or "") for r in reviews]


_REVIEW_COLUMNS = ["at", "reviewer", "action", "type", "record", "line", "quote", "note"]


@review_group.command("orphans")
@store_option
@json_option
@tadori_command
def review_orphans(store: str | None, as_json: bool) -> None:
    """Reviews a new version of their document could not place (kept, not applied)."""
    from tadori.ingest.reviews import ReviewStore

    orphans = ReviewStore(_records(store)).orphans()
    if as_json:
        print_json([r.to_dict() for r in orphans])
        return
    print_table("reviews that could not be placed", _REVIEW_COLUMNS, _review_rows(orphans))
    click.echo(f"{len(orphans)} orphaned reviews")


@review_group.command("list")
@click.option("--document", default=None, help="Only reviews of this document.")
@click.option("--rejected", is_flag=True, help="The flows a person rejected (not in the graph).")
@store_option
@json_option
@tadori_command
def review_list(document: str | None, rejected: bool, store: str | None, as_json: bool) -> None:
    """Every review, oldest first; or with --rejected the rejected flows."""
    from tadori.ingest.reviews import ReviewStore, rejected_flows

    records = _records(store)
    if rejected:
        names = {d.id: d.name for d in records.documents()}
        rows = [(f, names.get(d), r) for f, d, r in rejected_flows(records)
                if document is None or names.get(d) == document]
        if as_json:
            print_json([{"flow": f.to_dict(), "document": name, "review": r} for f, name, r in rows])
            return
        print_table("rejected flows", ["source", "→ recipient", "kind", "line", "reviewer", "at", "note"], [
            (f.source_business or f.source_department,
             f.recipient_external or f.recipient_business or f.recipient_department, f.kind, f"{name}:{f.line}",
             r["reviewer"], r["at"], r["note"] or "") for f, name, r in rows])
        return
    reviews = ReviewStore(records).reviews(document_name=document)
    if as_json:
        print_json([r.to_dict() for r in reviews])
        return
    print_table("reviews", [*_REVIEW_COLUMNS, "orphaned"],
                [(*row, "yes" if r.orphaned else "") for row, r in zip(_review_rows(reviews), reviews, strict=True)])


@click.group("documents")
def documents_group() -> None:
    """The documents in the record store, with their older versions."""


@documents_group.command("list")
@click.option("--current", is_flag=True, help="Only the current version of each document.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD[THH:MM:SS]",
              help="The versions that were current then (a version is current from its ingest time, UTC).")
@store_option
@json_option
@tadori_command
def documents_list(current: bool, as_of: str | None, store: str | None, as_json: bool) -> None:
    """Every ingested document; an older version shows when and by which version it was replaced."""
    records = _records(store)
    documents = records.documents(history=not current)
    if as_of:
        moment = _moment(as_of)
        documents = [d for d in documents if d.ingested_at <= moment
                     and (d.superseded_at is None or d.superseded_at > moment)]
    if as_json:
        print_json([{**d.to_dict(), "current": d.current} for d in documents])
        return
    print_table("documents", ["name", "version", "municipality", "title", "ingested", "replaced"], [
        (d.name, d.id, d.municipality, d.title, d.ingested_at,
         f"{d.superseded_at} by {d.superseded_by}" if d.superseded_at else "current") for d in documents])
    click.echo(f"{sum(d.current for d in documents)} documents, {sum(not d.current for d in documents)} older versions")


@documents_group.command("remove")
@click.argument("name")
@store_option
@tadori_command
def documents_remove(name: str, store: str | None) -> None:
    """Delete the document NAME (every version) and its records; its reviews are kept as orphans."""
    from .wiring import refresh_index

    records = _records(store)
    removed = records.remove_document(name)
    click.echo(f"removed {name}: " + ", ".join(f"{n} {table}" for table, n in removed.items()))
    refresh_index(records)


def _moment(text: str) -> str:
    """An ISO date or time as the UTC timestamp the store writes; a date means the end of that day."""
    from datetime import UTC, datetime

    from .errors import TadoriError

    try:
        value = datetime.fromisoformat(text + ("T23:59:59.999999" if len(text) == 10 else ""))
    except ValueError:
        raise TadoriError(f"--as-of {text!r} is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM:SS)") from None
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")  # as the store writes ingest times


COMMANDS: list[click.Command] = [review_group, documents_group]
