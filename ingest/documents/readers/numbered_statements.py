"""Numbered statements of one hand-over each, as council answers and reports list them.

「（3）健康課が保有する「がん検診事務」の受診結果を、保険課が「保健事業実施事務」で目的外に利用する。
（相当な理由あり／令和6年4月1日から）」 names the holder (department and bracketed business), the items, the
receiver (department and bracketed business) and the kind; a bracket after the sentence adds the basis and the
start date. Variants: 「A課の「X事務」で保有するYを」, 「…に目的外利用する」, 「…を、B（外部）に提供する」.

Lines that match no numbered statement go to :func:`~.told_handovers.told_flows` (plain sentences of one
hand-over each).

>>> flows = numbered_statement_flows(split_lines("(1) 税務課が保有する「課税事務」の所得額を、保育課が「入所事務」"
...     "で目的外に利用する。(本人同意／令和6年4月1日から)"), set())[0]
>>> [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.basis,
...   f.start_date, f.items) for f in flows]
[('税務課', '課税事務', '保育課', '入所事務', 'consent', '2024-04-01', ['所得額'])]
"""

from __future__ import annotations

import re

from ...normalize import DATE_SINCE, classify_basis
from ...records import Diagnostic, Flow
from ..layout.lines import Line, split_lines
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.items import clean_items, compact
from ..text.judgements import judged_by_number
from ..text.names import is_department, is_external_body
from ..text.openings import plain_statement
from .told_handovers import told_flows

__all__ = ["READER", "numbered_statement_flows", "split_lines"]

_STATEMENT = re.compile(
    r"^\s*(?:[(（]?\d{1,2}[)）.．]?|[①-⑳]|[・●○])?\s*"
    r"(?P<holder>[^、。「」]+?)(?:が保有する|の)「(?P<source>[^」]+)」(?:で保有する|が保有する|において保有する)?の?"
    r"(?P<items>[^、。「」]*?)を、?(?P<receiver>[^、。「」]+?)(?:が「(?P<target>[^」]+)」(?:で|に|において))?(?:に|へ)?、?"
    r"(?P<verb>目的外に利用|目的外利用|外部に提供|外部提供|提供)(?:する|します|している|しています)"
)
_CUE = re.compile(r"「|保有する|利用|共有|送付|渡し|渡す|回答|伝え|提供|送信|結合|接続|収集|取得|照会")
_NOTE = re.compile(r"[。]?\s*[(（](?P<note>[^()（）]+)[)）]\s*$")


def numbered_statement_flows(lines: list[Line], consumed: set[int],
                             diagnostics: list[Diagnostic] | None = None) -> tuple[list[Flow], set[int]]:
    """One flow per numbered statement line, and the lines read."""
    flows: list[Flow] = []
    for line in lines:
        if line.no in consumed or line.cells or not _CUE.search(line.text):
            continue
        text = compact(plain_statement(line.text))
        match = _STATEMENT.match(text)
        if not match:
            flows.extend(told_flows(text, line))
            continue
        receiver = match.group("receiver").strip()
        outside = not match.group("target") and not is_department(receiver) and is_external_body(receiver, set())
        if not (is_department(receiver) or outside):
            continue
        kind = "purpose_outside_use" if "目的外" in match.group("verb") else "external_provision"
        note = _NOTE.search(text[match.end():])
        basis, basis_text, start = "unknown", None, None
        if note:
            for part in re.split(r"[／/、,]", note.group("note")):
                since = DATE_SINCE.search(part)
                if since:
                    start = safe_date(since.group(1), line.no, diagnostics if diagnostics is not None else [])
                elif classify_basis(part) != "unknown":
                    basis, basis_text = classify_basis(part), part.strip()
        items, _ = clean_items(match.group("items"))
        holder = match.group("holder").strip()
        flows.append(Flow(source_department=holder if is_department(holder) else None,
                          source_business=match.group("source"),
                          recipient_department=None if outside else receiver,
                          recipient_business=match.group("target"), recipient_external=receiver if outside else None,
                          kind=kind, basis=basis, basis_text=basis_text, start_date=start, items=items,
                          line=line.no, quote=line.quote))
    return flows, {flow.line for flow in flows if flow.line}


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    reading.flows, reading.claimed = numbered_statement_flows(
        page.lines, readings.claimed("records", "council", "statements"), reading.diagnostics)
    if readings.cases:
        judged_by_number(page, reading.flows)  # 「(1)については、…条例第N条…に該当する」 in an answer
    return reading


READER = Reader("numbered_statements", read, claims="statements")
