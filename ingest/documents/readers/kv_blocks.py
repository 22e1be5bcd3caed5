"""Numbered key-value blocks: one flow per 【No.n】 block of labelled lines.

The genre (annual reports listing their main 目的外利用・外部提供 as cards)::

    【No.2】
    事務の名称：課名 事務名
    提供先：課名 事務名（or an outside body）
    提供項目：氏名・住所
    根拠：法令に基づく
    開始日：令和4年4月1日

Each label is mapped to a column role by the same vocabulary as a table header
(:func:`~.tables.header_role`), so the block is read like one row of a flow list
(:func:`~.flows_table.table_flows`); the flow's line is the block's first labelled line, and a
block with hand-over labels (提供 / 利用 / 結合 / 根拠) that lacks an end becomes a diagnostic.

>>> from ..layout.lines import split_lines
>>> text = "【No.1】\\n業務の名称：保健課 検診業務\\n提供先：医師団体\\n根拠：本人同意\\n開始日：令和3年5月6日"
>>> flows, problems, used = block_flows(split_lines(text), set())
>>> (flows[0].source_department, flows[0].recipient_external, flows[0].start_date, flows[0].line)
('保健課', '医師団体', '2021-05-06', 2)
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ...normalize import classify_basis, nfkc
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..layout.tables import Row, Table, header_role, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows
from ..text.items import clean_items
from ..text.names import is_business, is_department, is_external_body

__all__ = ["READER", "block_flows", "complete_from_status"]

_OPENER = re.compile(r"^[【\[［]\s*(?:No\.?|NO\.?|番号|事例)?\s*\d{1,3}\s*[】\]］]")
_ENDS = {"business", "source_business", "department", "source_department", "recipient", "recipient_business"}
_HANDOVER_KEY = re.compile(r"提供|利用|結合|根拠")
_NUMBERED_FIELD = re.compile(r"^(?:(?P<no>\d{1,2})[.．、)]?|[(（](?P<pno>\d{1,2})[)）])\s*(?P<key>[^:：\s]{2,16})"
                             r"(?:\s{2,}|\s*[:：]\s*)(?P<value>\S.*)$")
_FIELD = re.compile(r"^[・○]?\s*(?P<key>[^:：\s]{2,16})\s*[:：]\s*(?P<value>.*)$")
# 「(1)保有課:税務課(X事務)」 then 「ア」「利用課:…」「イ」「項目:…」: a card opened by its numbered holder, each field
# after a lone item label (a PDF transcript puts the label and a blank line on lines of their own)
_HOLDER_OPENER = re.compile(r"^[(（]\d{1,2}[)）]\s*(?P<key>[^:：\s]{2,16})\s*[:：]\s*(?P<value>\S.*)$")
_LONE_LABEL = re.compile(r"^[(（]?[ア-ンｱ-ﾝ][)）.．]?$")
_BRACKETED_BUSINESS = re.compile(r"^(?P<body>[^(（\s]+)\s*[(（](?P<business>[^)）]+)[)）]$")  # 「保育課(入所事務)」
_SOURCE_ROLES = {"business", "source_business", "department", "source_department"}


def _split_recipient(fields: list[tuple[Line, str | None, str]]) -> list[tuple[Line, str | None, str]]:
    """A source or recipient written 「課名 事務名」 gives a department and a business."""
    out: list[tuple[Line, str | None, str]] = []
    for line, role, value in fields:
        parts = value.split()
        if role == "recipient" and len(parts) == 2 and is_department(parts[0]) and is_business(parts[1]):
            out += [(line, "recipient", parts[0]), (line, "recipient_business", parts[1])]
        elif role in ("business", "source_business") and len(parts) == 2 and is_department(parts[0]):
            out += [(line, role, parts[1]), (line, "department", parts[0])]
        else:
            out.append((line, role, value))
    return out


def _kind_word(fields: list[tuple[Line, str | None, str]], known: set[str]) -> str:
    """A card names no kind: a department receiving is 目的外利用, an outside body 外部提供 (or 結合)."""
    recipient = next((value for _, role, value in fields if role == "recipient"), "")
    if any("結合" in line.text for line, _, _ in fields):
        return "オンライン結合"
    if recipient and is_external_body(recipient, known):
        return "外部提供"
    return "目的外利用"


def _numbered_run(lines: list[Line], index: int) -> list[tuple[Line, str | None, str]]:
    """Fields of a run of numbered labelled lines starting at ``index`` with number 1 (「１　提供先　　A市」)."""
    fields: list[tuple[Line, str | None, str]] = []
    for line in lines[index:index + 12]:
        match = _NUMBERED_FIELD.match(line.text) if not line.cells else None
        if not match or int(match.group("no") or match.group("pno")) != len(fields) + 1:
            break
        role = header_role(match.group("key"))
        if role is None:
            break
        fields.append((line, role, match.group("value").strip()))
    return fields if len(fields) >= 3 else []


def _holder_card(lines: list[Line], index: int) -> list[tuple[Line, str | None, str]]:
    """Fields of a card opened by 「(n)保有課:…」 at ``index``, over blank lines and lone ア/イ/ウ labels."""
    opener = lines[index]
    match = _HOLDER_OPENER.match(opener.text)
    if not match or header_role(match.group("key")) not in _SOURCE_ROLES:
        return []
    fields = [(opener, header_role(match.group("key")), match.group("value").strip())]
    for line in lines[index + 1:index + 20]:
        if line.blank or _LONE_LABEL.match(line.text):
            continue
        field = _FIELD.match(line.text) if not line.cells and not _HOLDER_OPENER.match(line.text) else None
        if not field:
            break
        fields.append((line, header_role(field.group("key")), field.group("value").strip()))
    return _split_bracketed(fields) if len(fields) >= 2 else []


def _split_bracketed(fields: list[tuple[Line, str | None, str]]) -> list[tuple[Line, str | None, str]]:
    """A card's 「保育課(保育所入所事務)」 gives a department and its business."""
    out: list[tuple[Line, str | None, str]] = []
    for line, role, value in fields:
        bracketed = _BRACKETED_BUSINESS.match(value)
        if role in ("recipient", "department", "source_department") and bracketed \
                and is_department(bracketed.group("body")) and is_business(bracketed.group("business")):
            business_role = "recipient_business" if role == "recipient" else "business"
            out += [(line, role, bracketed.group("body")), (line, business_role, bracketed.group("business"))]
        else:
            out.append((line, role, value))
    return out


def block_flows(lines: list[Line], used: set[int],
                known_departments: set[str] | None = None) -> tuple[list[Flow], list[Diagnostic], set[int]]:
    """Flows of every 【No.n】 block of labelled lines; returns (flows, diagnostics, lines read)."""
    flows: list[Flow] = []
    problems: list[Diagnostic] = []
    read: set[int] = set()
    for index, opener in enumerate(lines):
        if opener.no in used or opener.cells:
            continue
        fields: list[tuple[Line, str | None, str]] = []
        if opener.text[:1] in "1(（" and opener.no not in read:
            fields = _numbered_run(lines, index)  # 「１　提供する事務　　X事務（A課）」, 「２　提供先　　B」…
            if fields and not _HANDOVER_KEY.search(" ".join(line.text for line, _, _ in fields)):
                fields = []
        card = not fields and opener.text[:1] in "(（" and opener.no not in read
        fields = fields or (_holder_card(lines, index) if card else [])
        card = card and bool(fields)
        if not fields and (not opener.text.startswith(("【", "[", "［")) or not _OPENER.match(opener.text)):
            continue
        for line in lines[index + 1:index + 16] if not fields else []:
            match = _FIELD.match(line.text) if not line.cells else None
            if not match:
                if line.blank and not fields:
                    continue
                break
            fields.append((line, header_role(match.group("key")), match.group("value").strip()))
        fields = _split_recipient(fields)
        roles = [role for _, role, _ in fields]
        if len(fields) < 2 or not any(roles):
            continue
        table = Table(header=opener, roles=roles)
        if not is_flow_table(table):
            if _ENDS & set(roles) and any(_HANDOVER_KEY.search(line.text.split("：")[0].split(":")[0])
                                          for line, _, _ in fields):
                problems.append(Diagnostic(fields[0][0].no, "warning", f"a numbered block lacks a source or a "
                                                                       f"recipient: {fields[0][0].text[:60]}"))
                read.update(line.no for line, _, _ in fields)
            continue
        if "kind" not in roles:
            fields.append((fields[0][0], "kind", _kind_word(fields, known_departments or set())))
            roles.append("kind")
        first = fields[0][0]
        if card:  # the holder opens the card: the flow stands where its recipient is named, both ends known
            first = next((line for line, role, _ in fields if role in ("recipient", "recipient_business")), first)
        table.rows.append(Row(first, [value for _, _, value in fields], roles, [line.no for line, _, _ in fields]))
        found, issues = table_flows(table, lines, known_departments or set())
        flows.extend(found)
        problems.extend(issues)
        read.add(opener.no)
        read.update(line.no for line, _, _ in fields)
    return flows, problems, read


# 「• (1)申請をした国等の名称・・・B本部」: a yearly status block of a standing provision, key and value joined
# by a leader of dots
_DOTTED = re.compile(r"^[\s•・●○◦*\-]*(?:[(（]?\d{1,2}[)）.．]?)?\s*(?P<key>[^・:：…]{2,24}?)\s*(?:・{2,}|…+|‥+|\.{3,})"
                     r"\s*(?P<value>\S.*)$")
# 「提供先は自衛隊B本部です。」「提供する情報は、氏名、住所の2情報です。」: the same facts stated in prose
_STATED = re.compile(r"(?<![^、。\s])(?P<key>提供先|提供(?:する|した)(?:情報|項目|事項)|提供の根拠)(?:は|[:：])、?\s*"
                     r"(?P<value>[^。]+?)(?:です|となります|である|でした)?(?:。|$)")
_STATUS_CUE = re.compile(r"・・|…|‥|\.\.\.|提供")  # every status line has a leader or 提供
_STATUS_ROLES = (("recipient", re.compile(r"提供先|(?:国|機関|団体)等?の名称|申請(?:者|をした)")),
                 ("basis", re.compile(r"根拠")),
                 ("items", re.compile(r"提供(?:した|する)?(?:情報|項目|事項)")))
_COUNTED_ITEMS = re.compile(r"の(?:\d|[一二三四五六七八九])+(?:情報|項目)$")
_REGISTER = re.compile(r"(?P<register>[^、。をのは「」()（）\s]{2,}台帳)(?!法)")
_SEVERAL = re.compile(r"[、,]|や|及び|および|並びに|など|等$")
_BODY_END = re.compile(r"(?:本部|隊|大臣|省|庁|署|警察|知事|協議会|連合会?|機構|機関|団体|法人|事務所|センター"
                       r"|委員会?)$")
_NEAR = 4  # statements this many lines apart describe one provision


def _statements(line: Line) -> list[tuple[str, str]]:
    """(role, value) of a status line 「key・・・value」 or of the statements of a prose line."""
    dotted = _DOTTED.match(line.text)
    stated = _STATED.finditer(line.text) if "提供" in line.text else ()  # every stated key names 提供
    pairs = [(dotted.group("key"), dotted.group("value"))] if dotted else [
        (found.group("key"), found.group("value")) for found in stated]
    out = []
    for key, value in pairs:
        role = next((name for name, pattern in _STATUS_ROLES if pattern.search(key)), None)
        if role and value.strip():
            out.append((role, value.strip()))
    return out


def _status_blocks(lines: list[Line], used: set[int]) -> list[dict[str, tuple[str, Line]]]:
    """Statements of one provision near each other (a run of 「key・・・value」 lines, or prose sentences a few
    lines apart), each block as role → (value, line)."""
    blocks: list[dict[str, tuple[str, Line]]] = []
    last = -_NEAR - 1
    for line in lines:
        if line.blank or line.cells or line.no in used or not _STATUS_CUE.search(line.text):
            continue
        found = _statements(line)
        if not found:
            continue
        if not blocks or line.no - last > _NEAR or any(role in blocks[-1] for role, _ in found):
            blocks.append({})
        for role, value in found:
            blocks[-1].setdefault(role, (value, line))
        last = line.no
    return [block for block in blocks if "recipient" in block]


def _same_body(stated: str, read: str) -> bool:
    """Whether a flow's recipient is the body a statement names: part of it (「自衛隊」 of 「自衛隊B本部」), or
    the same name but for a word (「自衛隊の地方協力本部」 and 「自衛隊B地方協力本部」)."""
    if len(read) < 2:
        return False
    return read in stated or SequenceMatcher(None, read.replace("の", ""), stated.replace("の", "")).ratio() >= 0.8


def complete_from_status(flows: list[Flow], lines: list[Line],
                         used: set[int] = frozenset()) -> tuple[list[Flow], list[Diagnostic]]:
    """A provision restated in status blocks (「(1)申請をした国等の名称・・・B地方協力本部」「(6)提供の根拠・・・
    …法施行令第120条」) or in prose (「提供先はB本部です。」): the flow of the page to that body takes the full
    name, the basis and the items from the statements. A statement no flow of the page matches is a flow of its
    own (the register the page names as its source); one naming several bodies, or none, a diagnostic.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("提供状況\\n(1)国等の名称・・・北自衛隊本部\\n(2)提供の根拠・・・自衛隊法施行令第120条")
    >>> flow = Flow(recipient_external="北自衛隊", kind="external_provision", line=1)
    >>> complete_from_status([flow], page), flow.recipient_external, flow.basis, flow.basis_text
    (([], []), '北自衛隊本部', 'law', '自衛隊法施行令第120条')
    >>> page = split_lines("住民基本台帳から抽出します。\\n"
    ...                    "提供先は南自衛隊本部です。提供する情報は、氏名、住所の2情報です。")
    >>> [(f.source_business, f.recipient_external, f.items, f.line) for f in complete_from_status([], page)[0]]
    [('住民基本台帳', '南自衛隊本部', ['氏名', '住所'], 2)]
    """
    added: list[Flow] = []
    problems: list[Diagnostic] = []
    blocks = _status_blocks(lines, set(used))
    register = next((found.group("register") for line in lines for found in [_REGISTER.search(line.text)] if found),
                    None) if blocks else None
    for block in blocks:
        named, named_line = block["recipient"]
        key = re.sub(r"\s", "", nfkc(named))
        items = clean_items(_COUNTED_ITEMS.sub("", block["items"][0]))[0] if "items" in block else []
        basis_text = block["basis"][0] if "basis" in block else None
        basis = classify_basis(basis_text) if basis_text else "unknown"
        basis = "law" if basis_text and basis == "unknown" else basis
        matched = False
        for flow in flows + added:
            recipient = re.sub(r"\s", "", nfkc(flow.recipient_external or ""))
            if flow.kind != "external_provision" or not _same_body(key, recipient):
                continue
            matched = True
            if len(key) >= len(recipient) and not _SEVERAL.search(key):
                flow.recipient_external = named
            if flow.basis == "unknown" and basis_text:
                flow.basis, flow.basis_text = basis, basis_text
            if not flow.items:
                flow.items = list(items)
        if matched:
            continue
        if _SEVERAL.search(key) or len(key) > 30 or not (_BODY_END.search(key) or is_external_body(key, set())):
            candidate = {"kind": "external_provision", "recipient_external": named, "line": named_line.no}
            problems.append(Diagnostic(named_line.no, "warning", f"a statement of a provision names a recipient "
                                                                 f"no flow was read for: {named_line.text[:40]}",
                                       candidate))
            continue
        added.append(Flow(source_business=register, recipient_external=named, kind="external_provision",
                          basis=basis, basis_text=basis_text, items=list(items), line=named_line.no,
                          quote=named_line.quote))
    return added, problems


def read(page: Page, readings: Readings) -> Reading:
    """Cards of labelled fields (【No.n】 blocks), each read as one flow-list row."""
    flows, problems, lines = block_flows(page.lines, readings.claimed("records"), page.known_departments)
    return Reading(flows=flows, diagnostics=problems, claimed=lines,
                   row_lines={flow.line for flow in flows if flow.line})


READER = Reader("flow_cards", read)
