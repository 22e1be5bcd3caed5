"""Council minutes (会議録): agenda titles the case reader left, and what the discussion under a title adds.

The genre: an agenda lists 「（N）諮問第N号 …について」 and 「（N）報告第N号 …について」; the record of the
meeting repeats each title as a heading and the department that brought it explains it, one speaker a
line (「介護保険課（課長）　…」). A title names the hand-over; the explanation under it often names what the
title leaves out:

- the department that holds the data (the first speaker that is a department) and the system it comes
  from (「Xシステムと受託事業者の端末とを接続し」), for an online connection or a provision;
- the items, as a list before the verb (「A、B、Cの3項目を提供いたします」, 「…に、A、B、Cを送信しております」);
- the ordinance article the case is put under (「条例第N条第M項の規定により…諮問するもの」).

An agenda title 「報告第N号 …について」 that names a hand-over is a flow reported to the council: its basis
is unknown unless the title cites one.

>>> _SPEAKER.match("福祉課(課長) 制度の概要を説明します。").group("who")
'福祉課'
>>> _listed_items("委託に当たり、台帳と端末とを接続し、番号、氏名、住所の3項目を提供いたします")
['番号', '氏名', '住所']
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items, compact
from .amend import CaseAt, Fill
from .consult import articles_of, consultation_flows, flow_kind

__all__ = ["discussed_flows"]

_NUMBER = r"(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)]|[①-⑳])"
_AGENDA = re.compile(r"^" + _NUMBER + r"?\s*(?P<kind>諮問|報告)第\s*\d+\s*号\s*(?P<title>.+について)$")
_HEADING = re.compile(r"^" + _NUMBER + r"\s*\S")
_SPEAKER = re.compile(r"^(?P<who>[^\s()（）、。]{2,30}?(?:課|室|センター|局|所))\s*"
                      r"[(（][^()（）]{1,20}[)）]\s*(?P<said>.*)$")
_SYSTEM = re.compile(r"(?:^|[、。をにはで])(?P<sys>[^、。をとのはにで]{2,30}?システム)(?:と|から|より)")
_LIST = re.compile(r"(?P<items>[^。]+?)(?:の\d+項目|など|等)?を[^、。を]{0,10}?(?:提供|送信|送付|連携)")
_NOT_AN_ITEM = re.compile(r"[をにはがでと]|[しりてい]$")


def _listed_items(text: str) -> list[str]:
    """The run of short noun segments just before 「を提供」 (at least two: one noun alone is too vague)."""
    for sentence in text.split("。"):
        match = _LIST.search(sentence) if "を" in sentence else None
        if not match:
            continue
        run: list[str] = []
        for segment in reversed(match.group("items").split("、")):
            if not segment or len(segment) > 15 or _NOT_AN_ITEM.search(segment):
                break
            run.insert(0, segment)
        if len(run) >= 2:
            return clean_items("、".join(run))[0]
    return []


def _explanation(lines: list[Line], titled: list[tuple[int, str]], title: str, start: int) -> list[Line]:
    """The lines under each later line that repeats ``title``, up to the next heading or blank line.

    ``titled``: (index, compact text) of the lines that can repeat a title (those with 「について」).
    """
    key = compact(title)
    out: list[Line] = []
    for index, flat in titled:
        if index < start or key not in flat:
            continue
        for below in lines[index + 1:index + 60]:
            if below.blank or _HEADING.match(below.text) or _AGENDA.match(below.text):
                break
            out.append(below)
    return out


def _enrich(flows: list[Flow], explained: list[Line]) -> list[str]:
    """Complete ``flows`` (the step's own: new ones, or its copies of a case's title flows) from the explanation
    under their title; the ordinance articles it cites, for the case."""
    speakers = [match for match in (_SPEAKER.match(line.text) for line in explained)
                if match and not match.group("who").startswith("事務局")]
    said = "。".join(match.group("said") for match in speakers)
    articles = articles_of(said) if "第" in said else []
    for flow in flows:
        if flow.basis == "council" and not flow.basis_text and articles:
            flow.basis_text = articles[0]
        if flow.kind not in ("online_connection", "external_provision"):
            continue
        if not flow.source_department and not flow.recipient_department and speakers:
            flow.source_department = speakers[0].group("who")
        if not flow.source_business:
            system = _SYSTEM.search(said)
            if system and system.group("sys") not in (flow.recipient_external or ""):
                flow.source_business = system.group("sys")
        if not flow.items:
            flow.items = _listed_items(said)
    return articles


_ENRICHED = ("basis_text", "source_department", "source_business", "items")  # what _enrich may complete


def _wants_more(flows: list[Flow], cited: bool) -> bool:
    """Whether the explanation can add anything: an article, a holder, a system or items a title left out."""
    return not cited or any(
        flow.kind in ("online_connection", "external_provision")
        and not (flow.source_department and flow.source_business and flow.items) for flow in flows)


def discussed_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[int], list[Fill]]:
    """Flows of agenda titles no case was read from, the lines they were read on, and what the explanations add to
    the cases' title flows and articles."""
    if not cases and not any("号" in line.text and "第" in line.text for line in lines):
        return [], set(), []  # no council case and no numbered agenda item: nothing to read
    titled = [(index, compact(line.text)) for index, line in enumerate(lines) if "について" in line.text]
    by_token = {claim_id(flow, "council"): flow for flow in case_flows}
    index_of = {line.no: index for index, line in enumerate(lines)}
    # the title flows as the explanations complete them (copies: a flow of two cases is completed once)
    copies = {token: replace(flow, items=list(flow.items), evidence=list(flow.evidence))
              for token, flow in by_token.items()}
    cited = [bool(case.articles) for case in cases]
    fills: list[Fill] = []
    for at, case in enumerate(cases):
        flows = [copies[token] for token in case.flow_ids if token in copies]
        if flows and case.line in index_of and _wants_more(flows, cited[at]):
            articles = _enrich(flows, _explanation(lines, titled, case.title, index_of[case.line]))
            if not cited[at] and articles:
                cited[at] = True
                fills.append(Fill(CaseAt(at), "articles", tuple(articles)))
    for token, copy in copies.items():
        fills.extend(Fill(token, field, tuple(value) if isinstance(value, list) else value)
                     for field in _ENRICHED if (value := getattr(copy, field)) != getattr(by_token[token], field))
    out: list[Flow] = []
    read: set[int] = set()
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if "号" not in line.text or "について" not in line.text or line.no in consumed or line.cells:
            continue
        agenda = _AGENDA.match(line.text)
        if not agenda or flow_kind(compact(agenda.group("title"))) is None:
            continue
        title = compact(agenda.group("title"))
        read.add(line.no)
        if title in seen:
            continue
        seen.add(title)
        reported = agenda.group("kind") == "報告"
        basis = "unknown" if reported and not articles_of(title) else "council"
        flows = consultation_flows(title, line.no, line.quote, basis=basis)
        _enrich(flows, _explanation(lines, titled, title, index))
        out.extend(flows)
    return out, read, fills
