"""One flow per fact: a flow stated in a registry change and again in a table row is merged.

Rules (the same for every document):

- Two statements are one flow when their kinds agree and both ends agree. An end agrees when
  the businesses are the same business (:func:`same_business`), or, where one side names only
  a department, the departments are the same (:func:`same_department`), or the outside parties
  are the same. An end that names nothing (「…の目的外利用を受けている」) agrees only with another
  end that names nothing.
- Two rows of a flow list are never merged with each other: a list states each flow once.
- The merged flow keeps the earliest line (the first line naming both ends), the union of
  the items, and the first stated basis, kind and date, preferring a table row's (a table has
  the column for it; prose usually leaves the basis unstated).
- Every line merged is kept in ``evidence`` with the fields it gave (the basis from the row, the
  line from the prose), so each shown fact can cite its own line.
- Within one document, business names that differ only by 事務/業務, spacing or width are
  one business; every record is rewritten to the spelling first seen (:func:`unify_businesses`).

>>> a = Flow(source_business="住民業務", recipient_business="介護認定事務", line=9)
>>> b = Flow(source_department="市民課", source_business="住民業務", recipient_business="介護認定業務",
...          basis="consent", line=30)
>>> [(f.line, f.basis, f.source_department) for f in merge_flows([a, b], table_lines={30})]
[(9, 'consent', '市民課')]
>>> [(e["line"], e["fields"]) for e in a.evidence]
[(9, ['kind']), (30, ['basis'])]
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from heapq import merge

from rapidfuzz import fuzz

from ...normalize import business_key, canonical_name
from ...records import Flow, Registration

__all__ = ["EVIDENCE_FIELDS", "merge_flows", "number_flows", "same_business", "same_department", "stated_fields",
           "unify_businesses"]


def same_business(a: str | None, b: str | None) -> bool:
    """Same business: equal :func:`~tadori.ingest.normalize.business_key`, or a rapidfuzz ratio ≥ 95."""
    if not a or not b:
        return False
    if a == b:
        return True
    return _same_business(a, b)


@lru_cache(maxsize=65536)
def _same_business(a: str, b: str) -> bool:
    # Cached: a document pairs the same few hundred names over and over while merging.
    key_a, key_b = business_key(a), business_key(b)
    return key_a == key_b or fuzz.ratio(key_a, key_b, score_cutoff=95) >= 95


def same_department(a: str | None, b: str | None) -> bool:
    """Same department: equal without spaces, or one names the other with its 部 (総務部人事課 / 人事課)."""
    if not a or not b:
        return False
    if a == b:
        return True
    return _same_department(a, b)


@lru_cache(maxsize=65536)
def _same_department(a: str, b: str) -> bool:
    key_a, key_b = canonical_name(a), canonical_name(b)
    return key_a == key_b or key_a.endswith(key_b) or key_b.endswith(key_a) or key_a.startswith(key_b + "、")


def _same_party(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    key_a, key_b = canonical_name(a), canonical_name(b)
    return key_a in key_b or key_b in key_a


@lru_cache(maxsize=65536)  # a pure test of six names: a list pairs the same ends over and over
def _ends_agree(dept_a, biz_a, ext_a, dept_b, biz_b, ext_b) -> bool:
    named_a, named_b = bool(dept_a or biz_a or ext_a), bool(dept_b or biz_b or ext_b)
    if not named_a or not named_b:
        return not named_a and not named_b
    if ext_a or ext_b:
        if ext_a and ext_b:
            return _same_party(ext_a, ext_b) and (not (biz_a and biz_b) or same_business(biz_a, biz_b))
        return False
    if biz_a and biz_b:
        return same_business(biz_a, biz_b) and (not (dept_a and dept_b) or same_department(dept_a, dept_b))
    return same_department(dept_a, dept_b)


def _agree(a: Flow, b: Flow) -> bool:
    if not _ends_agree(a.source_department, a.source_business, a.source_external,
                       b.source_department, b.source_business, b.source_external):
        return False  # most candidates part at the source: the recipient need not be compared
    if not _ends_agree(a.recipient_department, a.recipient_business, a.recipient_external,
                       b.recipient_department, b.recipient_business, b.recipient_external):
        return False
    if (a.line and a.line == b.line and a.recipient_external and b.recipient_external
            and canonical_name(a.recipient_external) != canonical_name(b.recipient_external)):
        return False  # 「消防、警察、消防団」: two names one line lists side by side are two bodies
    if a.kind == b.kind:
        return True
    # Prose guesses the kind of an exchange; a row naming both businesses settles it.
    return bool(a.source_business and b.source_business and a.recipient_business and b.recipient_business)


# The fields a statement can give a flow; each merged flow's evidence says which line gave which.
EVIDENCE_FIELDS = ("kind", "basis", "start_date", "end_date", "items", "reason")


def _fields(flow: Flow) -> dict[str, object]:
    return {"kind": flow.kind, "basis": (flow.basis, flow.basis_text), "start_date": flow.start_date,
            "end_date": flow.end_date, "items": list(flow.items), "reason": flow.reason}


def stated_fields(flow: Flow) -> list[str]:
    """The fields a statement gives its flow (a field left at its default is not stated).

    >>> stated_fields(Flow(basis="consent", start_date="2014-01-14"))
    ['kind', 'basis', 'start_date']
    """
    return _stated(flow)


def _stated(flow: Flow) -> list[str]:
    values = _fields(flow)
    unstated = {"basis": ("unknown", None), "items": []}
    return [name for name in EVIDENCE_FIELDS if values[name] not in (None, unstated.get(name))]


def _absorb(keep: Flow, other: Flow, other_is_table: bool, fuller_names: bool = False) -> None:
    """Merge ``other`` into ``keep``; ``keep.evidence`` records every line and the fields it gave."""
    if not keep.evidence:
        keep.evidence.append({"fields": _stated(keep), "line": keep.line, "quote": keep.quote,
                              **({"items": list(keep.items)} if keep.items else {})})
    before = _fields(keep)
    _take(keep, other, other_is_table, fuller_names)
    after = _fields(keep)
    taken = [name for name in EVIDENCE_FIELDS if before[name] != after[name]]
    replaced = set(taken) - {"items"}  # items add up; the other fields are replaced
    for entry in keep.evidence if replaced else ():  # a flow stated on many lines: most absorb replace nothing
        entry["fields"] = [name for name in entry["fields"] if name not in replaced]
    added = [item for item in after["items"] if item not in before["items"]]  # type: ignore[union-attr]
    same_line = next((e for e in keep.evidence if e["line"] == other.line), None)
    if same_line is None:
        keep.evidence.append({"fields": taken, "line": other.line, "quote": other.quote,
                              **({"items": added} if added else {})})
    else:  # the same line read twice (a row and a phrase of it): one line of evidence
        same_line["fields"] += [name for name in taken if name not in same_line["fields"]]
        if added:
            same_line["items"] = same_line.get("items", []) + added


def _take(keep: Flow, other: Flow, other_is_table: bool, fuller_names: bool = False) -> None:
    """Fill ``keep`` from ``other``; ``fuller_names``: a council title's party takes the name the discussion gives."""
    for name in ("source_department", "source_business", "source_external", "recipient_department",
                 "recipient_business",
                 "recipient_external", "basis_text", "start_date", "end_date", "reason"):
        if getattr(keep, name) is None and getattr(other, name) is not None:
            setattr(keep, name, getattr(other, name))
    for name in ("source_external", "recipient_external") if fuller_names else ():
        kept, stated = getattr(keep, name), getattr(other, name)
        if kept and stated and len(stated) > len(kept) and stated.endswith(kept):
            setattr(keep, name, stated)  # 「クラウド」, then 「受託事業者が用意するクラウド」: the fuller name
    if other_is_table or keep.basis == "unknown":
        if other.basis != "unknown" or other_is_table:
            keep.basis, keep.basis_text = other.basis, other.basis_text or keep.basis_text
        if other_is_table:
            keep.kind = other.kind
            keep.start_date = other.start_date or keep.start_date
    for item in other.items:
        if item not in keep.items:
            keep.items.append(item)
    if other.line is not None and (keep.line is None or other.line < keep.line):
        keep.line, keep.quote = other.line, other.quote


def merge_flows(flows: list[Flow], *, table_lines: set[int] | None = None,
                into: dict[str, Flow] | None = None, cases: dict[str, int] | None = None) -> list[Flow]:
    """Merge statements of one flow; ``table_lines`` marks flows read from table rows.

    ``into``, when given, receives ``claim id of the statement → kept flow`` for every statement
    absorbed, so that council cases can point at the flow their statement became. ``cases`` maps a
    statement's claim id to the council case that states it: statements of two different cases are
    two consultations, never one flow, however alike their ends.
    """
    cases = cases or {}
    table_lines = table_lines or set()
    ordered = sorted(flows, key=lambda f: f.line or 0)
    merged: list[Flow] = []
    from_table: list[bool] = []
    # Candidates are found through the recipient's names, so merging stays linear in practice.
    index_by: dict[str, list[int]] = {}
    unsorted: set[str] = set()  # the "t" buckets a row's joining appended to out of line order
    for flow in ordered:
        is_table = flow.line in table_lines
        keys = _keys(flow)
        # Two rows of a list are two flows, however alike: a row looks only among prose statements
        # that no row has joined yet ("p" buckets; a statement a row joins moves to the "t" ones).
        if is_table:
            buckets = [_live(index_by, "p" + key, from_table) for key in keys]
            ordered_buckets = True  # a "p" bucket only grows at its end
        else:
            buckets = [index_by.get(prefix + key, ()) for key in keys for prefix in ("p", "t")]
            ordered_buckets = not any("t" + key in unsorted for key in keys)
        buckets = [bucket for bucket in buckets if bucket]
        candidates = (buckets[0] if len(buckets) == 1 else _in_order(buckets) if ordered_buckets
                      else sorted(set().union(*buckets)))
        case = cases.get(flow.id)
        for index in candidates:
            kept = merged[index]
            other = cases.get(kept.id)
            if case is not None and other is not None and case != other:
                continue
            if _agree(kept, flow):
                if is_table and not from_table[index]:
                    # The row's basis and kind win; the prose keeps its earlier line.
                    _absorb(kept, flow, True)
                    from_table[index] = True
                    for key in _keys(kept):
                        bucket = index_by.setdefault("t" + key, [])
                        if bucket and bucket[-1] > index:
                            unsorted.add(key)
                        bucket.append(index)
                else:
                    _absorb(kept, flow, False, fuller_names=other is not None)
                if into is not None:
                    into[flow.id] = kept
                break
        else:
            merged.append(flow)
            from_table.append(is_table)
            for key in keys:
                index_by.setdefault(("t" if is_table else "p") + key, []).append(len(merged) - 1)
    return merged


def _in_order(buckets: list[list[int]]) -> Iterator[int]:
    """The statements of several ordered buckets in order, each once: merged lazily, as the first that agrees
    ends the search (a list's bucket holds hundreds of rows)."""
    last = -1
    for index in merge(*buckets):
        if index != last:
            yield index
            last = index


def _live(index_by: dict[str, list[int]], key: str, from_table: list[bool]) -> list[int]:
    """The bucket's statements that no row has joined, pruning the others for good."""
    bucket = index_by.get(key)
    if not bucket:
        return []
    live = [index for index in bucket if not from_table[index]]
    if len(live) != len(bucket):
        index_by[key] = live
    return live


@lru_cache(maxsize=4096)  # a list repeats the same ends row after row
def _end_keys(department: str | None, business: str | None, external: str | None = None) -> tuple[str, ...]:
    keys = []
    if business:
        keys.append("b:" + business_key(business))
    if department:
        keys.append("d:" + canonical_name(department).split("、")[0])
    if external:
        keys.append("x")  # outside parties match by containment: one bucket
    return tuple(keys) or ("-",)


def _keys(flow: Flow) -> list[str]:
    """Index keys over both ends: two statements of one flow share at least one."""
    sources = _end_keys(flow.source_department, flow.source_business, flow.source_external)
    targets = _end_keys(flow.recipient_department, flow.recipient_business, flow.recipient_external)
    return [source + ">" + target for source in sources for target in targets]


def unify_businesses(flows: list[Flow], registrations: list[Registration]) -> None:
    """Rewrite every business name to the first spelling of its :func:`business_key` (in line order)."""
    spelling: dict[str, str] = {}
    records = sorted([*flows, *registrations], key=lambda r: r.line or 0)
    for record in records:
        for name in ("source_business", "recipient_business", "business"):
            value = getattr(record, name, None)
            if value:
                setattr(record, name, spelling.setdefault(business_key(value), value))


def number_flows(flows: list[Flow]) -> list[Flow]:
    """Sort flows by line (stable) and number them f1, f2, …"""
    ordered = sorted(flows, key=lambda f: f.line or 0)
    for index, flow in enumerate(ordered, start=1):
        flow.id = f"f{index}"
    return ordered
