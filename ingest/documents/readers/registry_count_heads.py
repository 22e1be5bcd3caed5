"""Registrations listed under count heads: 「新規登録 2件」 over indented rows 「A課 B事務 (令和n年n月n日)」.

The genre: a council's minutes or result page retells the register report as a short outline. Each action is a
head alone on its line with its count (「新規登録 2件」「変更登録 1件」「廃止 1件」), and below it, indented
deeper, one row per business: its department, its name and the date in brackets; a change row says what it adds
between the name and the date (「記録項目に「…」を追加」). The rows are read only when as many stand under the
head as it counts; otherwise the head is reported with what was found, for a reviewer to complete. Each head's
count is read as well (its kind the action's), and the head claimed: the layout may have run a short head into the
long row above it, where the prose counts would take the row's tail for its label.

>>> from ..layout.page import page_of
>>> page = page_of(" 新規登録 1件\\n  港湾課 係留施設使用許可事務 (令和5年5月8日)\\n 廃止 1件\\n"
...                "  農林課 旧種苗配布事務 (令和5年3月31日)")
>>> reading = read(page, Readings())
>>> [(r.action, r.department, r.business, r.date, r.line) for r in reading.registrations]
[('new', '港湾課', '係留施設使用許可事務', '2023-05-08', 2), ('abolish', '農林課', '旧種苗配布事務', '2023-03-31', 4)]
>>> [(s.organ_or_basis, s.kind, s.count, s.line) for s in reading.statistics]
[('新規登録', 'registration_new', 1, 1), ('廃止', 'registration_abolish', 1, 3)]
"""

from __future__ import annotations

import re
import unicodedata

from ...records import Diagnostic, Registration, Statistic
from ..layout.house_style import dates_as_read
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import action_of, change_details

__all__ = ["READER"]

# 「新規登録 3件」: an action word (with 登録/届出 or not) and its count, alone on the line
_HEAD = re.compile(r"^[(（]?\d{0,2}[)）.]?\s*(?P<action>(?:新規|変更|廃止|削除)(?:登録|届出|分)?|登録|届出)"
                   r"\s*[:：]?\s*(?P<count>\d{1,3})\s*件$")
_ROW = re.compile(
    r"^(?P<dept>[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班))\s+"
    r"「?(?P<biz>[^\s()（）「」、。]{2,60}?(?:業務|事務|事業))」?"
    r"(?:\s+(?P<change>[^()（）]*?))?\s*[(（](?P<date>(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"[)）]$"
)


def _indent(line: Line) -> int:
    return len(line.raw) - len(line.raw.lstrip(" \u3000\t"))


def _written(line: Line) -> str:
    """The line as printed (NFKC): the layout may have run a short head below into a long row's text."""
    return dates_as_read(unicodedata.normalize("NFKC", line.raw).strip())


def _rows_under(lines: list[Line], index: int) -> list[tuple[Line, re.Match[str] | None]]:
    """The lines indented deeper than the head at ``index``, up to a line no deeper, or a blank line that no deeper
    line follows (a page with a blank line after every line parts its rows so)."""
    depth = _indent(lines[index])
    rows = []
    for line in lines[index + 1:]:
        if not _written(line):
            continue  # a blank line: the list goes on if a line below is still deeper
        if _indent(line) <= depth:
            break
        rows.append((line, _ROW.match(_written(line))))
    return rows


def read(page: Page, readings: Readings) -> Reading:
    used = readings.claimed("records") | {record.line for record in readings.registrations}
    out: list[Registration] = []
    counts: list[Statistic] = []
    problems: list[Diagnostic] = []
    claimed: set[int] = set()
    lines = page.lines
    for index, line in enumerate(lines):
        if line.cells or line.no in used or "件" not in line.raw:
            continue  # a head ends in 件, and no other character normalises to it: most lines need no NFKC
        head = _HEAD.match(_written(line))
        action = action_of(head.group("action")) if head else None
        if not head or not action:
            continue
        rows = _rows_under(lines, index)
        if not rows or any(row.no in used for row, _ in rows):
            continue
        counts.append(Statistic(table=_written(line), organ_or_basis=head.group("action"),
                                kind=f"registration_{action}", count=int(head.group("count")), line=line.no,
                                quote=line.quote))
        claimed.add(line.no)
        if len(rows) != int(head.group("count")) or not all(found for _, found in rows):
            problems.append(Diagnostic(line.no, "warning", "registrations under a count head not read row by row",
                                       {"kind": "registration", "action": action,
                                        "count": int(head.group("count")), "line": line.no}))
            continue
        for row, found in rows:
            assert found is not None
            record = Registration(department=found.group("dept"), business=found.group("biz"), action=action,
                                  line=row.no, quote=row.quote)
            record.date = safe_date(found.group("date"), row.no, problems)
            if found.group("change"):
                record.items_added = change_details(found.group("change"), action).items_added
            out.append(record)
            claimed.add(row.no)
    return Reading(registrations=out, statistics=counts, diagnostics=problems, claimed=claimed)


READER = Reader("registry_count_heads", read)
