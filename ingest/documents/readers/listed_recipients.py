"""Provisions to the bodies a bullet list names under the sentence that announces them.

An explainer says what it provides and to whom in one sentence, then lists the receivers: 「県は、X法別表に定める
事務を行う次の機関に、Yを提供しています。」 over 「・B機構(…に関する事務)」 bullets. Each bullet is one provision
of the data the sentence names, on the statute it cites; the bracket says what the body receives it for. The holder
is the office the page says keeps and provides the data (「A課がXサーバを管理し、…の提供を行っています」), its
system the source. A bullet the page's excerpt cut (「・B県の」) names no body: it is reported, not read.

>>> from ..layout.page import page_of
>>> page = page_of("仕組み\\n県では、情報課が県サーバを管理し、情報の提供を行っています。\\n"
...                "県は、住民基本台帳法別表に定める事務を行う次の機関に、本人確認情報を提供しています。\\n"
...                "・地方職員共済組合(年金の支給に関する事務)")
>>> [(f.source_department, f.source_business, f.recipient_external, f.basis, f.reason, f.line)
...  for f in read(page, Readings()).flows]
[('情報課', '県サーバ', '地方職員共済組合', 'law', '年金の支給に関する事務', 4)]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis, split_items
from ...records import Diagnostic, Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings

__all__ = ["READER", "read"]

_ANNOUNCED = re.compile(r"(?:^|、)(?:(?P<law>[^、。はが]{2,30}?(?:法|条例|政令)(?:別表|第[\d条項号の]+)?)"
                        r"(?:に定める|に規定する|で定める)[^、。]{0,20}?)?(?:次|以下)の(?:機関|団体|法人|者|ところ)に、?"
                        r"(?:[^、。を]{0,30}?(?:を通じて|により|によって)、?)?(?P<items>[^、。を]{2,30}?)を"
                        r"(?:提供|送付|通知)(?:して|し|する)")
_BULLET = re.compile(r"^\s*[・•●○◆◇■□\-]\s*(?P<body>[^()（）、。]{2,40}?)\s*"
                     r"(?:[(（](?P<why>[^()（）]{2,60})[)）])?\s*$")
_A_LIST = re.compile(r"名簿|台帳|リスト|一覧")
_CUT = re.compile(r"(?:の|が|を|は|、|及び|並びに)$")
_KEEPS = re.compile(r"(?P<office>[^、。をがは\s]{1,20}?(?:課|室|係|センター))が(?P<system>[^、。をが]{2,20}?)を管理し"
                    r"[^。]*?提供")


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed()
    lines = page.lines
    for index, line in enumerate(lines):
        announced = (_ANNOUNCED.search(line.text) if line.no not in skip and not line.cells
                     and ("次の" in line.text or "以下の" in line.text) else None)  # 「次の機関に」: the list announced
        if announced is None or _A_LIST.search(announced.group("items")) or "名簿" in line.text:
            continue  # 「名簿を次の団体に提供」: a name list's receivers, the name lists' reader reads them
        keeper = next((found for found in map(_KEEPS.search, (other.text for other in reversed(lines[:index])))
                       if found), None)
        bullets = []
        for other in lines[index + 1:]:
            if not other.text.strip():
                continue
            if not re.match(r"^\s*[・•●○◆◇■□\-]", other.text):
                break
            bullets.append(other)
        if not bullets:
            continue
        reading.claimed.add(line.no)
        for bullet in bullets:
            reading.claimed.add(bullet.no)
            named = _BULLET.match(bullet.text)
            if named is None or (not named.group("why") and _CUT.search(named.group("body"))):
                reading.diagnostics.append(Diagnostic(bullet.no, "warning", "a listed receiver cut short: "
                                                      f"{bullet.text.strip()}",
                                                      {"kind": "external_provision", "line": bullet.no}))
                continue
            law = announced.group("law")
            basis = "law" if law else classify_basis(line.text)
            reading.flows.append(Flow(
                kind="external_provision", source_department=keeper.group("office") if keeper else None,
                source_business=keeper.group("system") if keeper else None,
                recipient_external=named.group("body").strip(), items=split_items(announced.group("items")),
                basis=basis, basis_text=law, reason=named.group("why"),
                line=bullet.no, quote=bullet.quote))
    return reading


READER = Reader("listed_recipients", read)
