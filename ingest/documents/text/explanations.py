"""A department's explanation of its case, as minutes and reports retell it: the work, then what it takes.

Two shapes, both opened by the work the case is for (「<課>より、<事業>において、」, 「<課>の<事業>において、」):

- 「…において、<課>が保有する<data>を(目的外)利用…」: a purpose-outside use of what the holder keeps, by the
  department that explains (its work the recipient's); 「<台帳>の情報(氏名、住所)」 names the record and its items;
- 「…において、<supplier>から<items>を収集…」: a collection from others into that work.

>>> said = "1件目は、保育課の一時預かり事業において、利用施設から利用者の利用時間を収集するもの"
>>> [(f.kind, f.source_department or f.source_external, f.source_business, f.recipient_department, f.items)
...  for f in explained_at_work(said, 3)]
[('collection_from_others', '利用施設', None, '保育課', ['利用者の利用時間'])]
>>> [(f.source_department, f.source_business, f.recipient_business, f.items) for f in explained_at_work(
...  "市民課より、見守り事業において、税務課が保有する課税台帳の情報(氏名、住所)を利用して、案内を送る", 5)]
[('税務課', '課税台帳', '見守り事業', ['氏名', '住所'])]
"""

from __future__ import annotations

import re

from ...records import Flow
from .items import clean_items

__all__ = ["explained_at_work"]

_UNIT = r"(?:課|室|局|部|委員会|センター|事務所)"
_AT_WORK = (rf"(?:^|[、。]|は、)\s*(?P<dept>[^、。はを]{{2,20}}?{_UNIT})(?:より|から|の)、?"
            r"(?P<biz>[^、。]{2,30}?(?:事業|事務|業務))において、")
_USED = re.compile(_AT_WORK + rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<data>[^。]+?)を"
                   r"(?:目的外)?利用")
_COLLECTED = re.compile(_AT_WORK + r"(?P<supplier>[^、。を]{2,30}?)から(?P<items>[^。]+?)を(?:収集|取得)")
_RECORD_ITEMS = re.compile(r"^(?P<record>[^()（）]{2,20}?)(?:の情報|の記録)?[(（](?P<items>[^()（）]+)[)）]$")


def explained_at_work(text: str, line: int, quote: str | None = None) -> list[Flow]:
    """The flows one explanation sentence states (see the module's shapes); none when it states neither."""
    used = _USED.search(text)
    if used:
        data = used.group("data").strip()
        listed = _RECORD_ITEMS.match(data)
        items = clean_items(listed.group("items") if listed else data)[0]
        return [Flow(source_department=used.group("holder"), source_business=listed.group("record") if listed else None,
                     recipient_department=used.group("dept"), recipient_business=used.group("biz"),
                     kind="purpose_outside_use", basis="council", items=items, line=line, quote=quote)]
    collected = _COLLECTED.search(text)
    if collected and "本人" not in collected.group("supplier"):
        return [Flow(source_external=collected.group("supplier"), recipient_department=collected.group("dept"),
                     recipient_business=collected.group("biz"), kind="collection_from_others", basis="council",
                     items=clean_items(collected.group("items"))[0], line=line, quote=quote)]
    return []
