"""Stage 3, the resolver: what the readers proposed becomes the document's records.

In this order: every flow gets a claim id (:mod:`.model`); statements of one fact are merged
(:mod:`.merge`), a list row's flow taking the items its business's registry change added; a flow-list row's
理由 names the items when nothing better does; one spelling per business; a status page's 「提供先は…」
completes its flows (:func:`.kv_blocks.complete_from_status`); a bare article takes the meaning the document's
own legend gives it; each item and basis is cited on a line that says it (:mod:`.cited_fields`); a flow without a
recipient becomes a diagnostic; a council title's holderless flow gives the work it names to the flow its record
states (:mod:`.case_work`); the flows are numbered and each council
case points at the numbers its claims became. Last, the lines that look like a flow or a count but were read
by nobody are reported (:mod:`.diagnose`), and each diagnostic is said once.
"""

from __future__ import annotations

from ...normalize import business_key, canonical_name
from ...records import Diagnostic, Document, Extraction, Flow, Registration
from ..layout.page import Page
from ..model import claim_id
from ..readers.filebo import with_files
from ..readers.kv_blocks import complete_from_status
from ..reading import Readings
from ..text.items import object_items
from .case_work import with_case_work
from .cited_fields import cite_cases, cite_fields
from .cut_names import restore_cut_names
from .diagnose import unread_count_statements, unread_flow_statements
from .line_ends import mend_line_ends
from .merge import merge_flows, number_flows, same_department, unify_businesses
from .misplaced_business import business_from_items

__all__ = ["extraction"]


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


def _once(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Two readers may trip over the same written date, or read the same half flow: one diagnostic per line
    and message, and one per line and candidate (the first reader's words are kept), in line order."""
    diagnostics = list({(d.line, d.severity, d.message): d for d in diagnostics}.values())
    diagnostics = list({(d.line, repr(sorted(d.candidate.items())) if d.candidate else d.message): d
                        for d in reversed(diagnostics)}.values())[::-1]
    diagnostics.sort(key=lambda d: d.line or 0)
    return diagnostics


def extraction(document: Document, page: Page, readings: Readings) -> Extraction:
    """The document's records from what its readers read."""
    flows, cases, registrations = readings.flows, readings.cases, readings.registrations
    diagnostics = list(readings.diagnostics)
    read_as_record = readings.claimed("records", "council")
    for flow in flows:
        claim_id(flow, "document")  # readers name the flows others point at; the rest are named here
    claims = {flow.id: flow for flow in flows}
    absorbed: dict[str, Flow] = {}
    stated_by = {token: index for index, case in enumerate(cases) for token in case.flow_ids}
    restore_cut_names(flows, registrations)  # 「ん検診事務」: a name cut at the が inside it
    business_from_items(flows)  # 「X事務において」 read as an item
    mend_line_ends(flows, [line.text for line in page.lines])  # each end completed and trimmed from its own line
    merged = merge_flows(flows, table_lines=readings.row_lines, into=absorbed, cases=stated_by)
    _enrich_with_added_items(merged, registrations, readings.row_lines)
    for flow in merged:
        if not flow.items and readings.item_hints.get(flow.id):
            flow.items = object_items(readings.item_hints[flow.id])
    unify_businesses(merged, registrations)
    # 「(1)…国等の名称・・・B」「提供先はB」: a status page names the recipient apart from the flow
    stated, problems = complete_from_status(merged, page.lines, read_as_record)
    merged.extend(stated)
    diagnostics.extend(problems)
    _apply_legend(merged, page.legend)
    cite_fields(merged, page.lines)
    cite_cases(cases, page.lines)
    became = {token: absorbed.get(token, flow) for token, flow in claims.items()}  # the flow each claim ended in
    merged = _without_half_flows(merged, diagnostics)
    for case in cases:  # each case's claims, as the flows they ended in
        case.flow_ids = list(dict.fromkeys(became[token].id for token in case.flow_ids if token in became))
    merged = with_case_work(merged, cases, diagnostics)  # a title's holderless flow gives its work to the one stated
    numbered = number_flows(merged)
    numbered_ids = {flow.id for flow in numbered}  # a case never points at a flow dropped as half
    for case in cases:
        case.flow_ids = list(dict.fromkeys(became[token].id for token in case.flow_ids
                                           if token in became and became[token].id in numbered_ids))
    for index, case in enumerate(cases, start=1):
        case.id = f"c{index}"
    read = read_as_record | {stat.line for stat in readings.statistics if stat.line}
    said = {diagnostic.line for diagnostic in diagnostics if diagnostic.candidate}  # a reader's candidate says more
    diagnostics.extend(unread_flow_statements(page.lines, numbered, read | said))
    diagnostics.extend(unread_count_statements(page.lines, read | readings.claimed("judged")))
    found = Extraction(document=document, flows=numbered, registrations=registrations, council_cases=cases,
                       statistics=readings.statistics, diagnostics=_once(diagnostics))
    if not page.has("ファイル"):
        return found
    with_register = with_files(found)
    cite_fields(with_register.flows, page.lines)  # the register's flows; the others are cited already
    return with_register
