"""Which of the two systems a report's section speaks of: personal data, or the public-records system.

Yearly reports cover both: a heading 「情報公開制度の運用状況」 opens the public-records part, whose tables
count requests for public records (公文書), not for personal data; 「個人情報保護制度の運用状況」 opens the
other. A heading naming personal data wins over one naming both.

>>> from ..layout.lines import split_lines
>>> page = split_lines("情報公開制度の状況\\n表1 請求の状況\\n個人情報保護制度の状況\\n表2 請求の状況")
>>> under_public_records(page, 1), under_public_records(page, 3)
(True, False)
"""

from __future__ import annotations

import re

from ..layout.lines import Line

__all__ = ["under_public_records"]

# the system, not an office named after it (「情報公開課」 in a breadcrumb)
_PUBLIC_RECORDS = re.compile(r"情報公開(?:制度|請求|条例|の(?:状況|実施|運用))|公文書|公開請求")
_PERSONAL_DATA = re.compile(r"個人情報|自己情報|本人情報")
_HEADING_LENGTH = 40


def under_public_records(lines: list[Line], index: int) -> bool:
    """Whether the nearest heading above line ``index`` naming either system names the public-records one."""
    for back in range(index - 1, -1, -1):
        text = lines[back].text.strip()
        if not text or len(text) > _HEADING_LENGTH or text.endswith(("。", "す")):
            continue  # only short heading lines say which part of the report this is
        if _PERSONAL_DATA.search(text):
            return False
        if _PUBLIC_RECORDS.search(text):
            return True
    return False
