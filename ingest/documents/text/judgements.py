"""An answer's judgement of each item of the consultation, by the item's number.

A 答申 sets out the consultation as numbered items (「(1) A課は、…を、Bに提供しようとするものである。」) and judges
each below by its number: 「(2)については、…条例第10条第1項第5号に該当すると認められる。」. The flow the item states
rests on that judgement: basis ``council``, the article as its text. A judgement that refuses (認めない, 認められない)
gives no ground.

>>> from ..layout.page import page_of
>>> from ...records import Flow
>>> page = page_of("1 諮問の内容\\n(1) A課は、X事務において保有する氏名を、B会に提供しようとする。\\n"
...                "2 判断\\n(1)については、条例第9条第1項第4号に該当すると認められる。")
>>> flow = Flow(line=2)
>>> judged_by_number(page, [flow]); flow.basis, flow.basis_text
('council', '条例第9条第1項第4号')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...records import Flow
    from ..layout.page import Page

__all__ = ["judged_by_number"]

_ITEM_NO = re.compile(r"^\s*[(（](\d{1,2})[)）]")
_JUDGED = re.compile(r"^[(（](?P<no>\d{1,2})[)）]については、(?P<said>[^。]*?(?P<article>(?:条例|法)第\d+条(?:第\d+項)?"
                     r"(?:第\d+号)?)[^。]*?(?:該当する|認められる|妥当である|適当である))")
_REFUSED = re.compile(r"認めない|認められない|該当しない")


def judged_by_number(page: Page, flows: list[Flow]) -> None:
    """Give each flow stated by a numbered item above the first judgement the article its judgement names."""
    judged: dict[str, str] = {}
    first = 0  # the consultation's items stand above the first judgement
    for line in page.lines_with("については"):
        found = _JUDGED.match(line.text.replace(" ", ""))
        if found and not _REFUSED.search(found.group("said")):
            judged.setdefault(found.group("no"), found.group("article"))
            first = first or line.no
    for flow in flows if judged else ():
        number = _ITEM_NO.match(page.lines[flow.line - 1].text) if flow.line and flow.line < first else None
        if number and number.group(1) in judged and flow.basis == "unknown":
            flow.basis, flow.basis_text = "council", judged[number.group(1)]
