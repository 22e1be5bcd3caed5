"""Computer links told as one line each: 「A課がX事務において Sを通じて Bへ Yを送信」.

Study guides and summaries give each link in force as an example line (「例)…」, 「・…」): the department and its
business, the system the data goes through (the channel, not a party), the outside body at the other end, and
the data sent (送信), exchanged (送受信, やり取り) — a link between computers, so an online connection. A start
in brackets (「(令和元年10月1日開始)」) and a ground after an arrow (「→法令に定める事務のため」) are the link's.

>>> from ..layout.page import page_of
>>> page = page_of("例)戸籍課が戸籍事務においてネットワークを通じて法務省へ戸籍副本を送信(令和2年4月1日開始)")
>>> [(f.kind, f.source_department, f.recipient_external, f.items, f.start_date) for f in read(page, Readings()).flows]
[('online_connection', '戸籍課', '法務省', ['戸籍副本'], '2020-04-01')]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis
from ...records import Diagnostic, Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.items import clean_items
from ..text.names import is_external_body

__all__ = ["READER", "read"]

_MARK = r"^\s*(?:例[)）]|[・\-*●■]|\d{1,2}[.．)）]|[(（]\d{1,2}[)）])?\s*"
_UNIT = r"[^、。をがの「」()（）]{1,30}?(?:課|室|センター|局|係|所)"
_BIZ = r"[^、。をがでの「」]+?(?:事務|業務|事業)"
_LINK = re.compile(_MARK + r"(?P<dept>" + _UNIT + r")が(?P<biz>" + _BIZ + r")(?:において|で)、?"
                   r"(?:[^、。]*?(?:を通じて|を経由して|システム(?:[(（][^()（）]*[)）])?で|により))?"
                   r"(?P<to>[^、。をへと]{2,30}?)(?:へ|と)、?(?P<items>[^。を]+?)を"
                   r"(?:送信|送受信|やり取り|やりとり|授受)(?P<rest>.*)$")
# 「(令和6年7月1日からは、)A課のX事務では、Sにより、Bとオンライン結合しています」: the office's business joined to
# an outside body, from a day when it is told first
_SINCE = r"(?:(?P<since>(?:(?:令和|平成)(?:元|\d{1,2})|(?:19|20)\d{2})年\d{1,2}月\d{1,2}日)から(?:は)?、)?"
_OWN_BIZ = r"(?P<dept>" + _UNIT + r")の(?P<biz>" + _BIZ + r")(?:では|で|において)、"
_JOINED = re.compile(_MARK + _SINCE + _OWN_BIZ + r"(?:[^。]*?(?:により|を通じて|を経由して)、)?"
                     r"(?:[^、。]{2,30}?(?:法|条例)(?:第[\d条項号の]+)?に基づ(?:き|いて)、)?"
                     r"(?:[^、。]{2,40}?(?:により|を通じて|を経由して)、?)?"
                     r"(?P<to>[^、。]{2,40}?)と、?(?:[^、。と]{0,20}?(?:により|を通じて|で)、?)?"
                     r"(?:オンライン|回線)?(?:結合|接続|結び|結んで)(?:して|し|します|する|させ|、|$)?")
# 「…と通信回線で結び、Y(甲、乙)を送っています」: what goes along the line, told after the join
_SENT = re.compile(r"^、?(?P<items>[^、。を()（）]+?)(?:[(（](?P<listed>[^()（）]+)[)）])?"
                   r"を(?:送って|送りま|送信|提供)")
_STATUTE = re.compile(r"(?P<law>[^、。]{2,30}?(?:法|条例))(?:第[\d条項号の]+)?に基づ(?:き|いて)")
# 「A課のX事務では、S(eLTAX)を通じて、Yを受け付けています」: data coming in through an outside system
_RECEIVED = re.compile(_MARK + _SINCE + _OWN_BIZ + r"(?P<via>[^、。]{2,40}?)を(?:通じて|経由して)、?"
                       r"(?P<items>[^、。を]+?)を(?:受け付け|受付|受信|受け取)")
_LEADING_CLAUSE = re.compile(r"^.*(?:では|において|で)、")
_AGENT_CLAUSE = re.compile(r"^.*(?:する|した|している)(?=[^、。]{2,}$)")  # 「調査を委託する事業者」 → 事業者
_STARTED = re.compile(r"[(（](?P<date>[^()（）]*?日)(?:から)?開始[)）]")
_GROUND = re.compile(r"[→⇒]\s*(?P<ground>[^、。→]+?)(?:のため|による|に基づく)")


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    for line in page.lines_with("送信", "送受信", "やり取り", "やりとり", "授受"):
        if line.cells or line.no in skip:
            continue
        link = _LINK.match(line.text)
        if link is None or not is_external_body(link.group("to"), set()):
            continue
        rest = link.group("rest")
        started = _STARTED.search(rest)
        ground = _GROUND.search(rest)
        diagnostics: list[Diagnostic] = []
        reading.flows.append(Flow(
            source_department=link.group("dept"), source_business=link.group("biz"),
            recipient_external=link.group("to").strip(), kind="online_connection",
            basis=classify_basis(ground.group("ground")) if ground else "unknown",
            basis_text=ground.group("ground") if ground else None,
            start_date=safe_date(started.group("date"), line.no, diagnostics) if started else None,
            items=clean_items(link.group("items"))[0], line=line.no, quote=line.quote))
        reading.diagnostics.extend(diagnostics)
        reading.claimed.add(line.no)
    for line in page.lines_with("結合", "接続", "結び", "結んで", "受け付け", "受付", "受信", "受け取"):
        if line.cells or line.no in skip or line.no in reading.claimed:
            continue
        flow = _joined_or_received(line.text.strip(), line.no, line.quote, reading.diagnostics)
        if flow:
            reading.flows.append(flow)
            reading.claimed.add(line.no)
    return reading


def _joined_or_received(text: str, line: int, quote: str, diagnostics: list[Diagnostic]) -> Flow | None:
    """A business joined to an outside body (「A課のX事務では、…Bとオンライン結合」), or receiving data through an
    outside system (「A課のX事務では、S(eLTAX)を通じて、Yを受け付け」)."""
    joined = _JOINED.match(text)
    if joined:
        other = _AGENT_CLAUSE.sub("", joined.group("to")).strip()
        if not is_external_body(other, set()):
            return None
        since = joined.group("since")
        sent = _SENT.match(text[joined.end():])
        items = clean_items(sent.group("listed") or sent.group("items"))[0] if sent else []
        statute = _STATUTE.search(text[:joined.end()])
        law = _LEADING_CLAUSE.sub("", statute.group("law")) if statute else None
        return Flow(source_department=joined.group("dept"), source_business=joined.group("biz"),
                    recipient_external=other, kind="online_connection", items=items,
                    basis=classify_basis(law) if law else "unknown", basis_text=law,
                    start_date=safe_date(since, line, diagnostics) if since else None, line=line, quote=quote)
    received = _RECEIVED.match(text)
    if received and ("システム" in received.group("via") or "ネットワーク" in received.group("via")
                     or re.search(r"[(（][A-Za-z]+[)）]$", received.group("via"))):
        since = received.group("since")
        return Flow(source_external=received.group("via").strip(), recipient_department=received.group("dept"),
                    recipient_business=received.group("biz"), kind="online_connection",
                    start_date=safe_date(since, line, diagnostics) if since else None,
                    items=clean_items(received.group("items"))[0], line=line, quote=quote)
    return None


READER = Reader("system_links", read, claims="statements")
