"""Silence is the worst failure for an auditor: lines that state a flow but gave no record.

A line that names a hand-over (目的外利用 / 外部提供 / オンライン結合 / 電子媒体 / 本人以外からの収集, or a
plain 提供 to a named body: 「…本部に…提供しています」) together with a department, business or body and a
direction (から / より / へ / に / を / と / が, or 「課の」) and that no reader turned into a flow, table row
or council case, is reported as a warning with its line. So is a row of a table no reader took whose cell joins
two parties with an arrow (「A課（B事務）→ C課」) or names a hand-over and a party.

>>> from ..layout.lines import split_lines
>>> [d.line for d in unread_flow_statements(split_lines("前文\\n税務課から福祉課へ目的外利用する。"), [], set())]
[2]
>>> [d.line for d in unread_flow_statements(split_lines("1\\t税務課（課税事務）→ 福祉課\\t氏名"), [], set())]
[1]
>>> mutual = "A町の甲事業とB町の乙事業との間で相互に目的外利用する。"
>>> [d.line for d in unread_flow_statements(split_lines(mutual), [], set())]
[1]
"""

from __future__ import annotations

import re

from ...normalize import classify_kind
from ...records import Diagnostic, Flow
from ..layout.lines import Line

__all__ = ["unread_count_statements", "unread_flow_statements"]

_HANDOVER = re.compile(r"目的外利用|外部提供|オンライン結合|電子媒体|本人以外|閲覧を認め|閲覧させ|第三者でも請求")
_ARROW = re.compile(r"(?:課|室|センター|業務|事務|事業|システム)[)）]?\s*(?:→|⇒|->|=>)\s*\S")
_CELL_CUE = re.compile(r"[→⇒>]|目的外|外部提供|結合|電子媒体|本人以外")
_PLAIN_PROVISION = re.compile(r"(?:へ|に)[^。]{0,40}?提供(?:して|し|する|します|いた)")
_PARTY = re.compile(r"(?:課|室|センター|業務|事務|事業|システム|協議会|事業者|業者|本部|機関|団体|学校|園|署|所|"
                    r"警察|消防|自衛隊|委員|第三者|市|町|村)(?:」)?"
                    r"(?:から|より|へ|に|を|と|が|でも)|(?:課|室|センター)の")


def _kind_of_words(text: str) -> str:
    if "本人以外" in text:
        return "collection_from_others"
    return "purpose_outside_use" if "目的外" in text else "external_provision"


def _restates(text: str, flows: list[Flow]) -> bool:
    """The line names the recipient of a flow already read and its source or one of its items."""
    for flow in flows:
        if flow.recipient_external and flow.recipient_external[:4] in text and len(flow.recipient_external) >= 4:
            return True  # a notice goes on about the outside body it provides to (「民生委員に対し書面により」)
        recipient = flow.recipient_business or flow.recipient_external or flow.recipient_department
        if recipient and recipient in text:
            others = [flow.source_business, flow.source_department, *flow.items]
            if any(other and other in text for other in others):
                return True
    return False


def _unread_row(cells: list[str]) -> bool:
    """A row of a table no reader took whose cell joins two parties by an arrow, or names a hand-over and a party."""
    joined = "".join(cells)
    if not _CELL_CUE.search(joined):
        return False  # most rows: one scan
    if any(_ARROW.search(cell) for cell in cells):
        return True
    return any(_HANDOVER.search(cell) and _PARTY.search(cell) for cell in cells)


def unread_flow_statements(lines: list[Line], flows: list[Flow], read: set[int]) -> list[Diagnostic]:
    """Warnings for flow-like lines that no record came from (``read``: lines some reader consumed)."""
    read = read | {flow.line for flow in flows if flow.line}
    out: list[Diagnostic] = []
    for line in lines:
        if line.no in read or line.blank:
            continue
        if line.cells:
            if _unread_row(line.cells):
                out.append(Diagnostic(line.no, "warning", f"a table row states a flow but no flow was read: "
                                                          f"{line.text[:60]}"))
            continue
        text = line.text
        handover = _HANDOVER.search(text) or ("提供" in text and _PLAIN_PROVISION.search(text))
        if (handover and _PARTY.search(text) and not text.endswith(("か。", "か"))
                and not _restates(text, flows)):
            out.append(Diagnostic(line.no, "warning", f"looks like a flow statement but no flow was read: {text[:60]}",
                                  {"kind": classify_kind(text) or _kind_of_words(text), "line": line.no}))
    return out


# A count of how the system operated: a kind word and 「N件」 in one sentence.
_COUNT_WORDS = re.compile(r"目的外利用|外部提供|開示請求|訂正請求|利用停止|登録|届出|全部開示|部分開示|不開示|審査請求")
_COUNT = re.compile(r"\d[\d,]*\s*件")
_NOT_PERSONAL = re.compile(r"情報公開|公文書|公開請求|ほか\d|増|減")


def unread_count_statements(lines: list[Line], read: set[int]) -> list[Diagnostic]:
    """Warnings for prose lines that state a count of the system (「目的外利用は12件」) and gave no statistic.

    >>> from ..layout.lines import split_lines
    >>> [d.line for d in unread_count_statements(split_lines("概要\\n目的外利用の届出は十二件、うち3件は…"), set())]
    [2]
    """
    out: list[Diagnostic] = []
    for line in lines:
        if line.no in read or line.blank or line.cells or "件" not in line.text:
            continue
        for sentence in line.text.split("。"):
            if _COUNT.search(sentence) and _COUNT_WORDS.search(sentence) and not _NOT_PERSONAL.search(sentence):
                out.append(Diagnostic(line.no, "warning", f"states a count but no statistic was read: "
                                                          f"{sentence[:60]}", {"line": line.no}))
                break
    return out
