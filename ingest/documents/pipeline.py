"""The extraction pipeline: lines → tables → records → merged, numbered flows with provenance."""

from __future__ import annotations

import re

from ..normalize import business_key, canonical_name, classify_basis, nfkc
from ..records import Diagnostic, Document, Extraction, Flow, Registration
from . import agenda, listed_bodies, reported_answers
from .annexes import annexed
from .arrows import arrow_flows
from .collection_exceptions import exception_flows
from .council import council_cases, whole_flows
from .diagnose import unread_count_statements, unread_flow_statements
from .discussion import discussed_flows
from .explained import decided_in_minutes, explained_flows
from .filebo import with_files
from .fixed_width import align_fixed_width
from .flows_table import is_flow_table, table_flows
from .glued_tables import glued_statistics
from .holdings import attach_to_cases, follow_up, held_flows
from .items import object_items
from .kv_blocks import block_flows as card_flows_of
from .kv_blocks import complete_from_status
from .labelled_counts import labelled_statistics
from .lines import split_lines
from .merge import merge_flows, number_flows, same_department, unify_businesses
from .meta import municipality_of, title_of
from .model import claim_id
from .name_lists import name_list_flows
from .notices import mutual_flows, notice_flows
from .numbered_statements import numbered_statement_flows
from .paragraphs import join_wrapped
from .prose import FLOW_WORDS, modification_flows
from .registry import is_registry_table, list_registrations, prose_registrations, table_registrations
from .registry_agenda import agenda_registrations
from .registry_blocks import block_changes
from .spaced_tables import spaced_statistics, stacked_statistics
from .spoken_reports import spoken_report_flows
from .statements import statement_flows
from .statistics import prose_statistics, table_statistics
from .supplied import supplied_flows
from .tables import find_tables

__all__ = ["run"]


def _enrich_with_added_items(flows: list[Flow], registrations: list[Registration], table_lines: set[int]) -> None:
    """A table row's flow into a business gets the items that business's change added on that date."""
    changes: dict[tuple[str, str | None], list[Registration]] = {}
    for reg in registrations:
        if reg.action == "modify" and reg.items_added and reg.business:
            changes.setdefault((business_key(reg.business), reg.date), []).append(reg)
    for flow in flows:
        if flow.line not in table_lines or not flow.recipient_business:
            continue
        key = business_key(flow.recipient_business)
        if flow.start_date:
            found = [*changes.get((key, flow.start_date), ()), *changes.get((key, None), ())]
        else:
            found = [reg for (name, _), regs in changes.items() if name == key for reg in regs]
        seen = set(flow.items)
        for reg in found:
            if not reg.department or not flow.recipient_department or same_department(
                    reg.department, flow.recipient_department):
                for item in reg.items_added:
                    if item not in seen:
                        seen.add(item)
                        flow.items.append(item)


_LEGEND = re.compile(r"^\s*((?:[^\s第]{0,12})?第\d+条(?:第\d+項)?(?:第\d+号)?)\s*[:：\s]\s*(\S.{1,60})$")


def document_legend(texts: list[str]) -> dict[str, str]:
    """The document's own key to bare article citations: a line 「第9条第2項第1号 本人の同意があるとき」 → its basis.

    >>> document_legend(["第9条第2項第1号 本人の同意があるとき", "第9条第2項第3号 その他"])
    {'第9条第2項第1号': 'consent'}
    """
    legend: dict[str, str] = {}
    for text in texts:
        match = _LEGEND.match(nfkc(text))
        if not match:
            continue
        basis = classify_basis(match.group(2))
        if basis != "unknown":
            legend.setdefault(canonical_name(match.group(1)), basis)
    return legend


def _apply_legend(flows: list[Flow], legend: dict[str, str]) -> None:
    """A flow whose basis is only a bare citation takes the meaning the document's legend gives it."""
    for flow in flows:
        if flow.basis != "unknown" or not flow.basis_text:
            continue
        cited = canonical_name(flow.basis_text)
        for key, basis in legend.items():
            if cited == key or (cited.endswith(key) and len(key) >= 6):
                flow.basis = basis
                break


def _without_half_flows(flows: list[Flow], diagnostics: list[Diagnostic]) -> list[Flow]:
    """A flow with no recipient is no flow: it becomes a diagnostic whose candidate is what was read."""
    kept = []
    for flow in flows:
        if flow.recipient_department or flow.recipient_business or flow.recipient_external:
            kept.append(flow)
            continue
        candidate = {key: value for key, value in flow.to_dict().items() if value not in (None, [], "") and key != "id"}
        diagnostics.append(Diagnostic(flow.line, "warning", "a flow was read without its recipient: "
                                                            f"{(flow.quote or '')[:40]}", candidate))
    return kept


def run(document: Document) -> Extraction:
    lines = split_lines(document.text)
    align_fixed_width(lines)
    texts = [line.text for line in lines]
    document.municipality = municipality_of(texts)
    document.title = title_of(texts)
    tables = find_tables(lines)
    in_tables = {row_line for table in tables for row in table.rows for row_line in row.lines}
    in_tables.update(table.header.no for table in tables)
    lines = join_wrapped(lines, in_tables)
    known = {canonical_name(row.get("department")) for t in tables for row in t.rows if row.get("department")}
    flows: list[Flow] = []
    registrations: list[Registration] = []
    diagnostics: list[Diagnostic] = []
    table_lines: set[int] = set()
    used: set[int] = set()
    hints: dict[str, str] = {}  # a row's 理由 cell by claim id, for items nothing better names
    for table in tables:
        used.add(table.header.no)
        for row in table.rows:
            used.update(row.lines)
        if is_flow_table(table):
            found, problems = table_flows(table, lines, known, hints)
            flows.extend(found)
            diagnostics.extend(problems)
            table_lines.update(flow.line for flow in found if flow.line)
        elif is_registry_table(table, lines):
            found_regs, problems = table_registrations(table, lines)
            registrations.extend(found_regs)
            diagnostics.extend(problems)
            for row, reg in zip(table.rows, found_regs, strict=False):
                if reg.action != "modify":
                    continue
                flows.extend(modification_flows(
                    row.get("department"), row.get("business"), row.get("mod_reason") or "",
                    row.get("mod_content") or "", row.line.no, row.line.quote, date=reg.date, known_departments=known))
    card_flows, problems, card_lines = card_flows_of(lines, used, known)
    flows.extend(card_flows)
    diagnostics.extend(problems)
    table_lines.update(flow.line for flow in card_flows if flow.line)
    used.update(card_lines)
    registrations.extend(list_registrations(lines, used))
    registrations.extend(prose_registrations(lines, used, diagnostics))
    registrations.extend(agenda_registrations(lines, used))  # 「報告1 A事務について【変更】」
    block_regs, block_flows, problems, block_lines = block_changes(lines, used, known)
    registrations.extend(block_regs)
    flows.extend(block_flows)
    diagnostics.extend(problems)
    used.update(block_lines)
    list_flows, list_lines = name_list_flows(lines, used, diagnostics)  # before council: a 名簿 page's bodies, by line
    flows.extend(list_flows)
    used.update(list_lines)
    supplied, supplied_lines = supplied_flows(lines, used)  # 評価書: data collected from named outside parties
    flows.extend(supplied)
    used.update(supplied_lines)
    excepted, excepted_lines = exception_flows(lines, used, table_lines)  # 本人以外からの収集: per row and supplier
    flows.extend(excepted)
    used.update(excepted_lines)
    cases, case_flows, problems, case_lines = council_cases(lines, tables, used)
    listed = agenda.read(lines, used)  # every item of an agenda list, reconciled with the council reader's
    cases, case_flows, problems = agenda.combine(listed, cases, case_flows, problems)
    case_lines |= listed.claimed
    diagnostics.extend(listed.diagnostics)
    registrations.extend(listed.registrations)
    answered = reported_answers.read(lines, used | case_lines)  # answers reported in prose
    cases = sorted(cases + answered.cases, key=lambda case: case.line or 0)
    diagnostics.extend(answered.diagnostics)
    case_lines |= answered.claimed
    agenda_flows, agenda_lines = discussed_flows(lines, cases, case_flows, used | case_lines)
    flows.extend(agenda_flows)
    case_lines |= agenda_lines
    stated, replaced, stated_lines = explained_flows(lines, cases, case_flows + agenda_flows, used | case_lines)
    flows = [flow for flow in flows if flow.id not in replaced] + stated
    case_flows = [flow for flow in case_flows if flow.id not in replaced] + stated
    case_lines |= stated_lines
    decided_in_minutes(lines, cases)
    reported_answers.decide(lines, cases)  # 「…について審査した結果、これを認める…答申」
    annexed(lines, cases, case_flows + agenda_flows, diagnostics)
    diagnostics.extend(problems)
    case_flows, problems = whole_flows(cases, case_flows)
    diagnostics.extend(problems)
    flows.extend(flow for flow in case_flows if flow not in stated)
    diagnostics.extend(listed_bodies.read(lines, cases, flows).diagnostics)  # bodies under a provision, unread
    consumed = used | case_lines
    spoken, spoken_lines = spoken_report_flows(lines, used)  # 「目的外利用の報告です。A課が保有する…」, in a transcript
    flows.extend(spoken)
    consumed |= spoken_lines
    stated_once, stated_lines = numbered_statement_flows(lines, consumed, diagnostics)  # 「(3)A課が保有する「X」の…」
    flows.extend(stated_once)
    consumed |= stated_lines
    summary_flows: list[Flow] = []
    found, problems = arrow_flows(lines, consumed)
    flows.extend(found)
    diagnostics.extend(problems)
    previous_held: list[Flow] = []
    for position, line in enumerate(lines):
        text = line.text
        if not text or line.cells or line.no in consumed:
            continue
        if previous_held and follow_up(text, previous_held, line.no, diagnostics):
            previous_held = []
            continue
        if "提" in text or "閲覧" in text or "通知され" in text or "請求でき" in text:
            before = [other.text for other in lines[max(0, position - 5):position]]
            after = [other.text for other in lines[position + 1:position + 13]]
            flows.extend(notice_flows(text, line.no, line.quote, before, after))
        if "相互に" in text:
            flows.extend(mutual_flows(text, line.no, line.quote))
        held = held_flows(text, line.no, line.quote) if ("保有" in text or "結合" in text) else []
        summary_flows.extend(held)
        previous_held = held
        if held:
            flows.extend(held)
        elif FLOW_WORDS.search(text):
            flows.extend(statement_flows(text, line.no, line.quote))
    if summary_flows:
        dropped = attach_to_cases(cases, case_flows, summary_flows)
        flows = [flow for flow in flows if flow.id not in dropped]
    statistics = table_statistics(lines, used)
    flattened = labelled_statistics(lines, used)  # 「[承諾]15 [一部承諾]2」: a table flattened into one line
    statistics.extend(flattened)
    spaced = spaced_statistics(lines, used, diagnostics)  # cells split by spaces, the empty ones dropped
    spaced += stacked_statistics(lines, used | {stat.line for stat in spaced if stat.line})  # one cell a line
    statistics.extend(spaced)
    known_counts = {(stat.kind, stat.count) for stat in statistics}
    tabled = {stat.line for stat in flattened + spaced if stat.line}
    judged: set[int] = set()  # lines whose counts are of the public-records system, or notes on counting
    statistics.extend(prose_statistics(lines, used | tabled, known_counts, judged))
    statistics.extend(glued_statistics(lines, used | {stat.line for stat in statistics if stat.line},
                                       {(stat.kind, stat.count) for stat in statistics}, diagnostics))

    for flow in flows:
        claim_id(flow, "document")  # readers name the flows others point at; the rest are named here
    claims = {flow.id: flow for flow in flows}
    absorbed: dict[str, Flow] = {}
    stated_by = {token: index for index, case in enumerate(cases) for token in case.flow_ids}
    merged = merge_flows(flows, table_lines=table_lines, into=absorbed, cases=stated_by)
    _enrich_with_added_items(merged, registrations, table_lines)
    for flow in merged:
        if not flow.items and hints.get(flow.id):
            flow.items = object_items(hints[flow.id])
    unify_businesses(merged, registrations)
    stated, problems = complete_from_status(merged, lines, used | case_lines)  # 「(1)…国等の名称・・・B」「提供先はB」
    merged.extend(stated)
    diagnostics.extend(problems)
    _apply_legend(merged, document_legend(texts))
    became = {token: absorbed.get(token, flow) for token, flow in claims.items()}  # the flow each claim ended in
    merged = _without_half_flows(merged, diagnostics)
    numbered = number_flows(merged)
    numbered_ids = {flow.id for flow in numbered}  # a case never points at a flow dropped as half
    for case in cases:
        case.flow_ids = list(dict.fromkeys(became[token].id for token in case.flow_ids
                                           if token in became and became[token].id in numbered_ids))
    for index, case in enumerate(cases, start=1):
        case.id = f"c{index}"
    read = used | case_lines | {stat.line for stat in statistics if stat.line}
    diagnostics.extend(unread_flow_statements(lines, numbered, read))
    diagnostics.extend(unread_count_statements(lines, read | case_lines | judged))
    # Two readers may trip over the same written date, or read the same half flow: one diagnostic per line
    # and message, and one per line and candidate (the first reader's words are kept).
    diagnostics = list({(d.line, d.severity, d.message): d for d in diagnostics}.values())
    diagnostics = list({(d.line, repr(sorted(d.candidate.items())) if d.candidate else d.message): d
                        for d in reversed(diagnostics)}.values())[::-1]
    diagnostics.sort(key=lambda d: d.line or 0)
    return with_files(Extraction(document=document, flows=numbered, registrations=registrations,
                                 council_cases=cases, statistics=statistics, diagnostics=diagnostics))
