"""Lists of hand-overs written with arrows: 「住民基本台帳事務 → 地方公共団体情報システム機構」.

Web pages and summaries list online connections (and sometimes provisions) one per line as
``業務名 → 接続先`` (→, ⇒, ->), under a heading that says which hand-over the list is about
(「オンライン結合の状況」, 「外部提供の状況」, 「目的外利用の状況」). The business may carry its department in
brackets (「市県民税賦課事務（市民税課）」), or the department heads the group (【市民課】, 「市民課：」).
A list under no such heading gives no flow but a diagnostic: the kind cannot be told, unless both ends are the
body's own departments (「A課 → B課 項目」): that is a use outside the purpose. A line whose
left side is neither a business nor a department (a legend: 「1 ⇒ 個人に関する情報」) is not a hand-over.

>>> from ..layout.lines import split_lines
>>> doc = split_lines("オンライン結合の一覧\\n【市民課】\\n・住基事務 → 情報機構\\n・戸籍事務（戸籍係）⇒ 法務省"
...                   "\\n凡例\\n1 ⇒ 第1号")
>>> flows, problems = arrow_flows(doc, set())
>>> [(f.source_department, f.source_business, f.recipient_external, f.line) for f in flows]
[('市民課', '住基事務', '情報機構', 3), ('戸籍係', '戸籍事務', '法務省', 4)]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis, classify_kind
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.arrows import ARROW, has_arrow
from ..text.dates import safe_date
from ..text.items import clean_items
from ..text.names import is_business, is_department, is_external_body, split_business_department

__all__ = ["READER", "arrow_flows"]

_LEGEND = re.compile(r"業務名|事務名|接続先|提供先|結合先")
_NOTE = re.compile(r"\s*[(（](?:根拠|提供根拠|法的根拠)\s*[:：]?\s*"
                   r"(?P<note>[^()（）]+(?:[(（][^()（）]*[)）][^()（）]*)*)[)）]$")
_ITEMS = re.compile(r"\s*[(（](?:項目|提供項目|利用項目|対象項目)\s*[:：]\s*(?P<items>[^()（）]+)[)）]$")
_BASIS_HEADING = re.compile(r"(?:条例|法)第[0-9０-９一二三四五六七八九十]+条[^。]*?に基づ")
_SINCE = re.compile(r"^(?P<date>.+?日)(?:から|より|以降)$")
# 「東雲市」 alone between the heading and the list: whose list it is, not a heading of its own
_BODY_NAME = re.compile(r"^[^\s、。()（）【】]{1,10}[都道府県市区町村]$")
# 「【1】住民課 住民基本台帳事務」: the entry's number, which a ※ note below may cite
_ENTRY_NUMBER = re.compile(r"^【(?P<number>[0-9０-９]{1,2})】\s*")
# 「(住民基本台帳ネットワークシステム)」: the system of the body the target names, not a party
_SYSTEM_BRACKET = re.compile(r"\s*[(（][^()（）]*(?:システム|クラウド|サーバ)[^()（）]*[)）]")
# 「※ 【1】から【3】までは法令に基づく結合、【4】は審議会の答申による結合です。」: the grounds by entry number
_NOTED_GROUND = re.compile(r"【(?P<first>[0-9０-９]{1,2})】(?:から【(?P<last>[0-9０-９]{1,2})】(?:まで)?)?は、?"
                           r"(?P<ground>[^、。]+?(?:に基づく)?)(?:による)?(?:結合|接続|提供|利用)?(?:です|である)?$")
_GROUP = re.compile(r"^(?:【(?P<bracketed>[^】]+)】|(?P<named>[^\s:：、。]{2,20})[:：])$")


def _heading_kind(text: str) -> str | None:
    """The kind a heading names; 「接続」 / 「結合」 mean an online connection."""
    kind = classify_kind(text)
    if kind is None and ("接続" in text or "結合" in text):
        return "online_connection"
    return kind


def _context(lines: list[Line], index: int) -> tuple[str | None, str | None]:
    """(kind, department) of the list an arrow line belongs to: its heading and its 【group】, looking up."""
    kind, group, _heading = _context_heading(lines, index)
    return kind, group


def _context_heading(lines: list[Line], index: int) -> tuple[str | None, str | None, str | None]:
    """(kind, department, heading text) of the list an arrow line belongs to."""
    group = None
    for back in range(index - 1, max(-1, index - 80), -1):
        text = lines[back].text
        if not text or lines[back].cells or (has_arrow(text) and not _LEGEND.search(text)):
            continue  # another item of the list
        if _BODY_NAME.match(text):
            continue
        grouped = _GROUP.match(text)
        if grouped and is_department(grouped.group("bracketed") or grouped.group("named")):
            group = group or grouped.group("bracketed") or grouped.group("named")
            continue
        if len(text) <= 40 and not text.endswith("。"):
            return _heading_kind(text), group, text  # the list's heading (or another section's: no kind)
        if _heading_kind(text):
            return _heading_kind(text), group, text  # the sentence introducing the list
    return None, group, None


def arrow_flows(lines: list[Line], skip: set[int]) -> tuple[list[Flow], list[Diagnostic]]:
    """One flow per ``A → B`` line; ``skip``: lines other readers consumed."""
    flows: list[Flow] = []
    problems: list[Diagnostic] = []
    for index, line in enumerate(lines):
        text = line.text
        if not text or not has_arrow(text) or line.cells or line.no in skip:
            continue
        arrow = ARROW.match(text)
        if arrow is None:
            continue
        source, target = arrow.group("source").strip(), arrow.group("target").strip()
        items_match = _ITEMS.search(target)
        items = clean_items(items_match.group("items"))[0] if items_match else []
        target = target[: items_match.start()].strip() if items_match else target
        basis_text, start = _note(target, line.no, problems)
        note = _NOTE.search(target)
        target = target[: note.start()].strip() if note else target
        if _LEGEND.search(text):
            continue  # the legend 「（業務名 → 接続先）」
        numbered = _ENTRY_NUMBER.match(source)
        source = source[numbered.end():] if numbered else source
        business, department = split_business_department(source)
        if is_department(business) and not department:
            business, department = None, business
        if not (business and is_business(business)) and not department:
            continue  # 「1 ⇒ 個人に関する情報」: a legend, not a hand-over
        kind, group, heading = _context_heading(lines, index)
        if basis_text is None and heading:
            cited = _BASIS_HEADING.search(heading)  # the heading names the basis of the whole list
            basis_text = re.sub(r"に基づ$", "", heading[: cited.end()]).strip() if cited else None
            basis_text = re.sub(r"^[0-9０-９]+\s+", "", basis_text) if basis_text else None
        head, _, rest = target.partition(" ")
        body = _SYSTEM_BRACKET.sub("", head)
        if rest and not items and kind == "online_connection" and is_external_body(body, set()):
            # 「B機構(Sシステム) 項目」: the body, its system in brackets, then the items after a space
            target, items = body, clean_items(rest)[0]
        if basis_text is None and numbered:
            basis_text = _noted_ground(lines, index, int(numbered.group("number")))
        if kind is None and department and not business and _between_departments(department, head):
            # 「A課 → B課 健診結果（…のため）」: from one department to another is a use outside the purpose
            kind, target = "purpose_outside_use", head
            items, reason = clean_items(rest) if rest else (items, None)
        if kind is None:
            problems.append(Diagnostic(line.no, "warning", f"an arrow list under no heading that names a hand-over: "
                                                            f"{text[:60]}"))
            continue
        internal = kind == "purpose_outside_use" and is_department(target)
        to_business = kind == "purpose_outside_use" and not internal and is_business(target)
        outside = not internal and not to_business and is_external_body(target, set())
        flows.append(Flow(source_department=department or group, source_business=business,
                          recipient_department=None if outside or to_business else target,
                          recipient_business=target if to_business else None,
                          recipient_external=target if outside else None,
                          kind=kind, basis=classify_basis(basis_text) if basis_text else "unknown",
                          basis_text=basis_text, start_date=start, items=items, line=line.no, quote=line.quote))
    return flows, problems


def _noted_ground(lines: list[Line], index: int, number: int) -> str | None:
    """The ground a ※ note under the list gives entry 【number】: 「【1】から【3】までは法令に基づく結合」."""
    for line in lines[index + 1:index + 30]:
        text = line.text.strip()
        if not text.startswith(("※", "注")):
            continue
        for part in re.split(r"[、。]", re.sub(r"^(?:※|注)\s*[0-9]*\s*[:：]?\s*", "", text)):
            noted = _NOTED_GROUND.search(part.strip())
            if noted is None:
                continue
            first = int(noted.group("first"))
            last = int(noted.group("last") or first)
            if first <= number <= last:
                ground = noted.group("ground")
                return ground if classify_basis(ground) != "unknown" else None
    return None


def _between_departments(source: str, target: str) -> bool:
    return (source != target and is_department(target) and not is_external_body(target, set())
            and not is_external_body(source, set()))


def _note(target: str, line: int, problems: list[Diagnostic]) -> tuple[str | None, str | None]:
    """(basis, start date) of a trailing 「（根拠：条例第N条、令和N年M月D日から）」 on an arrow's target."""
    note = _NOTE.search(target)
    if not note:
        return None, None
    basis, start = [], None
    for part in note.group("note").split("、"):
        since = _SINCE.match(part.strip())
        if since and safe_date(since.group("date"), line, problems):
            start = safe_date(since.group("date"), line, [])
        elif part.strip():
            basis.append(part.strip())
    return "、".join(basis) or None, start


def read(page: Page, readings: Readings) -> Reading:
    flows, problems = arrow_flows(page.lines, readings.claimed("records", "council", "statements"))
    return Reading(flows=flows, diagnostics=problems)


READER = Reader("arrow_list", read, claims="statements")
