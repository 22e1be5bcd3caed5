"""Query commands: exposure, dv-gap, paths, search, reconcile, cases, citations.

Each prints a readable table, or with ``--json`` the query result's ``to_json()``. An
unknown name is a user error: one line with suggestions, exit status 2.
"""

from __future__ import annotations

from typing import Any

import click

from .cli_common import (
    as_of_option,
    basis_option,
    filter_options,
    json_option,
    kind_option,
    municipality_option,
    store_option,
    tadori_command,
    wide_option,
)
from .output import print_json, print_table

__all__ = ["COMMANDS", "print_trace"]


def _store(store: str | None, municipality: str | None = None) -> Any:
    from .wiring import open_graph_store

    return open_graph_store(store, municipality=municipality)


def _end(endpoint: dict[str, Any]) -> str:
    parts = [endpoint.get("department"), endpoint.get("business"), endpoint.get("external")]
    return " ".join(p for p in parts if p) or endpoint.get("name") or ""


def _line(provenance: dict[str, Any]) -> str:
    return f"{provenance.get('document')}:{provenance.get('line')}" if provenance else ""


def _lines(hop: Any) -> str:
    """Every line that states a hop (a flow stated twice cites both), first the one shown."""
    cited = [_line(hop.provenance)] + [_line(s) for s in hop.sources]
    cited += [_line(c) for lines in getattr(hop, "field_lines", {}).values() for c in lines]
    return " ".join(dict.fromkeys(c for c in cited if c))


def _review_text(review: dict[str, Any]) -> str:
    """machine, or the status and the reviewer: ``added (佐藤)``."""
    status = review.get("status") or "machine"
    return f"{status} ({review['reviewer']})" if review.get("reviewer") else status


def _city_title(title: str, city: str | None, count: int, noun: str, several: bool) -> str:
    return f"{title} — {city or '(municipality unknown)'}: {count} {noun}" if several else title


def print_trace(result: Any, limit: int | None = None) -> None:
    """The hops of a trace as tables: one per municipality when the start names businesses in several.

    An answer longer than ``limit`` hops is summarised first (by municipality, depth and kind), then its
    first ``limit`` hops in breadth-first order, and a last line says what was left out and how to get it.
    """
    from tadori.queries.summary import first_page, summarise

    title = f"{result.direction} of {result.start}" + (f" as of {result.as_of}" if result.as_of else "")
    if result.matched_items:
        title += f"  (matched: {'、'.join(result.matched_items)})"
    shown, left_out = first_page(result.hops, limit)
    if left_out:
        summary = summarise(result.hops)
        print_table(f"{title}: {summary.total} hops by municipality", ["municipality", "hops"],
                    summary.by_municipality[:limit])
        print_table("by depth", ["depth", "hops"], summary.by_depth)
        print_table("by kind", ["kind", "hops"], summary.by_kind)
    groups: dict[Any, list[Any]] = {}
    for hop in shown:
        groups.setdefault(hop.municipality, []).append(hop)
    several = len(result.by_municipality()) > 1
    for city, hops in (groups or {None: []}).items():
        if not hops:
            continue
        print_table(_city_title(title, city, len(hops), "hops", several),
                    ["depth", "status", "review", "source", "→ recipient", "kind", "basis", "start", "items",
                     "source line"], [
            (h.depth, h.status, _review_text(h.review), _end(h.source), _end(h.recipient), h.kind, h.basis,
             h.start_date or "undated", "、".join(h.items), _lines(h)) for h in hops])
    if result.note:
        click.echo(result.note)
    if several:
        every = list(result.by_municipality().items())
        named = ", ".join(f"{city} {len(hops)}" for city, hops in every[:10])
        click.echo(f"{len(result.hops)} hops in {len(every)} municipalities: {named}"
                   + (f" and {len(every) - 10} more" if len(every) > 10 else ""))
    else:
        click.echo(f"{len(result.hops)} hops")
    if left_out:
        click.echo(f"showing the first {len(shown)} of {len(result.hops)} hops (nearest first): {left_out} left out; "
                   "--all or --limit N prints more, --json or `tadori export trace` gives every hop")


@click.command("exposure")
@click.argument("target")
@filter_options
@click.option("--mode", type=click.Choice(["confirmed", "both"]), default="confirmed", show_default=True,
              help="For an item: also count hops that state no items (both).")
@click.option("--all", "show_all", is_flag=True,
              help="A name found in many cities: answer every city, however many (each apart).")
@store_option
@json_option
@wide_option
@tadori_command
def exposure_command(target: str, as_of: str | None, kinds: tuple[str, ...], bases: tuple[str, ...],
                     municipality: str | None, mode: str, store: str | None, as_json: bool, show_all: bool) -> None:
    """How far the data of TARGET (a business, department, item or city) has spread.

    A name found in several cities is answered for each city apart; in more than 20, the first 20 are
    (--all: every one), and --json gives the whole country's answer.
    """
    from tadori.queries.country import MANY_CITIES
    from tadori.queries.exposure import exposure

    graph = _store(store, municipality)
    cities = [] if as_json or municipality else _cities_of(graph, target)
    if len(cities) > MANY_CITIES:  # each city alone: the whole country's curve re-traces it once a year
        answered = cities if show_all else cities[:MANY_CITIES]
        for city in answered:
            _print_exposure(exposure(graph, target, as_of=as_of, kinds=kinds or None, bases=bases or None,
                                     municipality=city, mode=mode), city)
        click.echo(f"{target} is found in {len(cities)} municipalities; "
                   + ("each is answered apart above" if show_all else
                      f"the first {len(answered)} are answered apart above ({len(cities) - len(answered)} left out: "
                      "--all answers every one, --municipality M one)")
                   + "; --json gives the whole country's answer at once")
        return
    result = exposure(graph, target, as_of=as_of, kinds=kinds or None, bases=bases or None,
                      municipality=municipality, mode=mode)
    if as_json:
        print_json(result.to_json())
        return
    answers = result.by_municipality or {result.municipality: result}
    for city, answer in answers.items():
        _print_exposure(answer, city if result.by_municipality else None)
    if result.by_municipality:
        click.echo(f"{target} names businesses in {len(answers)} municipalities, answered apart: "
                   + ", ".join(f"{city} {len(a.hops)} flows" for city, a in answers.items()))


def _cities_of(graph: Any, target: str) -> list[str]:
    """The cities where the target is found ([] for a city itself, or a name found nowhere: answered as usual)."""
    from tadori.errors import NotFound
    from tadori.queries.country import start_cities
    from tadori.queries.resolve import municipality_names

    if target in municipality_names(graph):
        return []
    try:
        return start_cities(graph, target)
    except NotFound:
        return []


def _print_exposure(result: Any, city: str | None) -> None:
    groups = ("businesses", "departments", "external_parties", "contractors")
    where = f" — {city}" if city else ""
    print_table(f"exposure of {result.target} ({result.target_kind}){where}"
                + (f" as of {result.as_of}" if result.as_of else ""), ["reach", *groups], [
                    ("direct", *(result.direct.counts()[g] for g in groups)),
                    ("transitive", *(result.transitive.counts()[g] for g in groups))])
    print_table(f"cumulative by fiscal year{where} (undated: counted from their report's year)",
                ["fiscal year", *groups, "flows", "undated"],
                [(r["fiscal_year"], *(r[g] for g in groups), r["flows"], r.get("undated", 0))
                 for r in result.by_fiscal_year])
    print_table(f"flows by kind{where}", ["kind", "flows"], list(result.by_kind.items()))
    print_table(f"flows by basis (weakest first){where}", ["basis", "flows"], list(result.by_basis.items()))
    print_table(f"weakest basis{where}: {result.weakest_basis}",
                ["source", "→ recipient", "kind", "start", "source line"], [
        (_end(h.source), _end(h.recipient), h.kind, h.start_date or "undated", _lines(h))
        for h in result.weakest_hops])
    if result.sensitivity:
        print_table(f"sensitive items{where}", ["tag", "items reached"],
                    [(tag, "、".join(items)) for tag, items in result.sensitivity.items()])
    if result.note:
        click.echo(result.note)
    click.echo(f"{city + ': ' if city else ''}{len(result.hops)} flows, {result.undated_flows} undated")


@click.command("dv-gap")
@municipality_option
@store_option
@json_option
@wide_option
@tadori_command
def dv_gap_command(municipality: str | None, store: str | None, as_json: bool) -> None:
    """Businesses that receive addresses from a DV-flag holder without the flag."""
    from tadori.queries.dv_gap import dv_gap

    result = dv_gap(_store(store, municipality), municipality=municipality)
    if as_json:
        print_json(result.to_json())
        return
    # Several cities in one answer: each row names its city, and so does the count.
    cities = sorted({h.get("municipality") or "" for h in result.holders})
    city_column = ["municipality"] if len(cities) > 1 else []

    def city(endpoint: dict[str, Any]) -> tuple[str, ...]:
        return (endpoint.get("municipality") or "",) if city_column else ()

    print_table("receive addresses without the DV flag", [*city_column, "recipient", "from", "addresses", "proof"], [
        (*city(g.recipient), " ".join(p for p in (g.recipient.get("department"), g.recipient["name"]) if p),
         "、".join(h["name"] for h in g.holders),
         "whole data" if g.whole_data and not g.address_items else "、".join(g.address_items)
         + ("、whole data" if g.whole_data else ""),
         " ".join(_line(line) for line in g.lines)) for g in result.gaps])
    print_table("where flag holders' address data goes next", [*city_column, "holder", "→ recipient", "addresses",
                                                                "has flag", "source line"], [
        (*city(o.holder), o.holder["name"], f["recipient"]["name"], "、".join(f["address_items"]) or "whole data",
         "yes" if f["recipient_has_flag"] else "NO", _line(f["hop"]["provenance"]))
        for o in result.onward for f in o.flows])
    where = f" in {result.municipality}" if result.municipality else ""
    if not result.holders:
        click.echo(f"no business{where} holds the DV flag ({'、'.join(result.dv_items) or 'no DV item in the store'})")
    elif not result.onward:
        click.echo(f"no flag holder{where} passes on addresses")
    click.echo(f"{len(result.holders)} flag holders, {len(result.gaps)} recipients without the flag"
               + (": " + ", ".join(f"{c} {sum(1 for g in result.gaps if g.recipient.get('municipality') == c)}"
                                   for c in cities) if city_column else ""))


@click.command("paths")
@click.argument("source")
@click.argument("target")
@click.option("--max-depth", type=int, default=6, show_default=True)
@as_of_option
@municipality_option
@store_option
@json_option
@wide_option
@tadori_command
def paths_command(source: str, target: str, max_depth: int, as_of: str | None, municipality: str | None,
                  store: str | None, as_json: bool) -> None:
    """Every simple path of flows from SOURCE to TARGET (businesses or departments)."""
    from tadori.queries.paths import paths

    result = paths(_store(store, municipality), source, target, max_depth=max_depth, as_of=as_of,
                   municipality=municipality)
    if as_json:
        print_json(result.to_json())
        return
    print_table(f"paths from {source} to {target}", ["#", "path", "bases", "source lines"], [
        (n, " → ".join(p.to_json()["nodes"]), " / ".join(p.bases), " ".join(_lines(h) for h in p.hops))
        for n, p in enumerate(result.paths, 1)])
    click.echo(f"{len(result.paths)} paths" + (" (stopped at the limit)" if result.truncated else ""))


@click.command("search")
@click.argument("text")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--type", "types", multiple=True,
              type=click.Choice(["DataItem", "Business", "Department", "ExternalParty", "CouncilCase"]),
              help="Only this entity type (repeatable).")
@store_option
@json_option
@wide_option
@tadori_command
def search_command(text: str, limit: int, types: tuple[str, ...], store: str | None, as_json: bool) -> None:
    """Find items, businesses, departments, outside parties and council cases by name."""
    from tadori.queries.search import search

    hits = search(_store(store), text, limit=limit, types=types or None)
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    print_table(f"search: {text}", ["score", "type", "name", "municipality"],
                [(f"{h.score:.0f}", h.type, h.name, h.municipality) for h in hits])


@click.command("reconcile")
@municipality_option
@click.option("--year", type=int, default=None, help="Only reports about this fiscal year.")
@click.option("--scope", type=click.Choice(["document", "year"]), default="document", show_default=True,
              help="Compare with the report's own records, or with every document of its city and year.")
@store_option
@json_option
@wide_option
@tadori_command
def reconcile_command(municipality: str | None, year: int | None, scope: str, store: str | None,
                      as_json: bool) -> None:
    """Compare published counts with the records each report itemises."""
    from tadori.queries.reconcile import reconcile

    result = reconcile(_store(store, municipality), municipality=municipality, year=year, scope=scope)
    if as_json:
        print_json(result.to_json())
        return
    print_table("published counts against itemised records",
                ["municipality", "year", "kind", "row", "published", "itemised", "difference", "status", "line"], [
                    (r.municipality, r.year, r.statistic["kind"], r.statistic["organ_or_basis"], r.statistic["count"],
                     r.itemised, r.difference, r.status, _line(r.provenance)) for r in result.rows])
    if not result.rows:
        reports = sorted({(r.municipality or "?", r.year or 0) for r in reconcile(_store(store)).rows})
        click.echo(f"no published count{' of ' + str(year) if year else ''}"
                   f"{' in ' + result.municipality if result.municipality else ''}; counts exist for: "
                   + (", ".join(f"{city} {y or 'year unknown'}" for city, y in reports) or "no report"))
    else:
        click.echo("not_itemised: the report gives the count but lists no record of that kind")

@click.command("cases")
@click.option("--year", type=int, default=None, help="Only cases of this fiscal year (April–March).")
@click.option("--article", default=None, help="Only cases citing this article (9-3-4 or 条例第9条第3項第4号).")
@municipality_option
@store_option
@json_option
@wide_option
@tadori_command
def cases_command(year: int | None, article: str | None, municipality: str | None, store: str | None,
                  as_json: bool) -> None:
    """Council cases with decision, date, articles and the flows they approved."""
    from tadori.queries.council import cases

    rows = cases(_store(store, municipality), year=year, article=article, municipality=municipality)
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    print_table("council cases", ["date", "decision", "articles", "flows", "title", "line"], [
        (r.date, r.decision, "、".join(r.articles), len(r.flows), _short(r.title), _line(r.provenance)) for r in rows])
    if not rows:
        click.echo("no council case" + (f" of fiscal year {year}" if year else "")
                   + (f" citing {article}" if article else "") + (f" in {municipality}" if municipality else ""))

@click.command("citations")
@municipality_option
@kind_option
@basis_option
@click.option("--flagged", is_flag=True, help="Only flows with a flag (no 69条 home, recurring on 69条2項).")
@store_option
@json_option
@wide_option
@tadori_command
def citations_command(municipality: str | None, kinds: tuple[str, ...], bases: tuple[str, ...], flagged: bool,
                      store: str | None, as_json: bool) -> None:
    """Every flow's basis as a citation and its place under 個人情報保護法 第69条."""
    from tadori.queries.citation import citations
    from tadori.queries.filters import why_empty

    result = citations(_store(store, municipality), municipality=municipality)

    def chosen(kinds: Any = None, bases: Any = None, flagged: bool = False, municipality: Any = None) -> list[Any]:
        return [r for r in result.rows if (r.flags or not flagged) and (not kinds or r.kind in kinds)
                and (not bases or r.basis in bases)]

    rows = chosen(kinds, bases, flagged)
    if as_json:
        print_json({**result.to_json(), "rows": [r.to_json() for r in rows]})
        return
    print_table("bases as citations", ["source", "→ recipient", "basis", "cites", "69条", "flags", "line"], [
        (r.source["name"], r.recipient["name"], r.basis, " ".join(str(c) for c in r.citations),
         r.article_69 or "—", " ".join(r.flags), _line(r.provenance)) for r in rows])
    if not rows:
        what = "flagged flow" if flagged else "flow"
        click.echo(why_empty(what, lambda **f: len(chosen(flagged=flagged, **f)), kinds=kinds, bases=bases,
                             municipality=result.municipality))


COMMANDS: list[click.Command] = [exposure_command, dv_gap_command, paths_command, search_command,
                                 reconcile_command, cases_command, citations_command]


def _short(title: str, width: int = 32) -> str:
    """A case title cut for a table row; ``--json`` has it whole."""
    return title if len(title) <= width else title[: width - 1] + "…"

