"""Lists of the inspections of a register, one a line: each inspection gives the register's items to the one
who asked.

A city publishes who inspected its resident register (閲覧状況): a header line naming the fields
(「閲覧年月日 申出者 利用目的の概要 閲覧に係る住民の範囲」), then one inspection a line, its fields parted by
spaces. Each line is one ``external_provision`` from the register the page names to the 申出者 (a bracketed
「(委託元:…)」 left out), dated by its day, for the purpose its column gives; the items are those the page says
may be inspected (「閲覧できる項目」 over 「住所、氏名…の4項目です」), the basis the statute the page cites. A line
under the header that cannot be split into the fields is reported with what was read.

>>> from ..layout.page import page_of
>>> page = page_of("住民基本台帳の閲覧(住民基本台帳法)\\n閲覧できる項目\\n住所、氏名の2項目です。\\n"
...                "閲覧日 申出者 利用目的\\n令和6年6月3日 南浦大学(委託元:県) 学術調査")
>>> [(f.source_business, f.recipient_external, f.start_date, f.items, f.reason, f.basis)
...  for f in read(page, Readings()).flows]
[('住民基本台帳', '南浦大学', '2024-06-03', ['住所', '氏名'], '学術調査', 'law')]
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.items import clean_items

__all__ = ["READER", "read"]

_ASKER = re.compile(r"^(?:申出者|閲覧者|申請者|請求者|申出人|閲覧申出者)(?:[(（][^()（）]*[)）])?(?:名)?$")
_DAY = re.compile(r"^(?:閲覧)?(?:年月日|月日|日付|閲覧日|実施日)$")
_PURPOSE = re.compile(r"目的")
_DATE = re.compile(r"^(?:(?:令和|平成)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日|\d{4}[年/.]\d{1,2}[月/.]\d{1,2}日?)")
_REGISTER = re.compile(r"[一-龥ァ-ヶー々]{2,}台帳(?!法)")
_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
_ITEMS_HEADING = re.compile(r"(?:閲覧|提供)(?:できる|させる|する)(?:項目|事項|情報)$")
_ITEMS_COUNTED = re.compile(r"(?:の\d+項目)?(?:です|となります|とします)?。?$")
_STATUTE = re.compile(r"[一-龥ァ-ヶー々]{2,}法(?=第|[(（、。)）\s]|$|の(?:規定|定め))")  # 「…法の規定により」


def _header(line: Line) -> tuple[int, int | None, int | None] | None:
    """(asker, day, purpose) column positions of a header line of an inspection list, if it is one."""
    fields = line.text.split()
    if len(fields) < 3 or "閲覧" not in line.text:
        return None
    asker = next((index for index, name in enumerate(fields) if _ASKER.match(name)), None)
    if asker is None:
        return None
    day = next((index for index, name in enumerate(fields) if _DAY.match(name)), None)
    purpose = next((index for index, name in enumerate(fields) if _PURPOSE.search(name)), None)
    return asker, day, purpose


def _items(page: Page, before: int) -> list[str]:
    """The items the page says may be inspected: the line under 「閲覧できる項目」, above the list."""
    lines = [line for line in page.lines[:before] if line.text.strip()]
    for position, line in enumerate(lines):
        if _ITEMS_HEADING.search(line.text.strip()) and position + 1 < len(lines):
            below = lines[position + 1].text.strip()
            if "、" in below:
                return clean_items(_ITEMS_COUNTED.sub("", below))[0]
    return []


def _register(page: Page, before: int) -> str | None:
    """The register the page names most above the list."""
    counts: dict[str, int] = {}
    for line in page.lines[:before]:
        for name in _REGISTER.findall(line.text):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _statute(page: Page, before: int) -> str | None:
    found = next((match for line in page.lines[:before] for match in [_STATUTE.search(line.text)] if match), None)
    return found.group(0) if found else None


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed()
    for header_line in page.lines_with("閲覧"):
        columns = _header(header_line) if header_line.no not in skip and not header_line.cells else None
        if columns is None:
            continue
        asker, day, purpose = columns
        width = len(header_line.text.split())
        index = header_line.no  # page.lines is one line per number: the next line's position
        register, items = _register(page, index), _items(page, index - 1)
        statute = _statute(page, index)
        for line in page.lines[index:]:
            if not line.text.strip():
                continue
            fields = line.text.split()
            # 「申出者 目的 閲覧年月日 範囲」: a row led by its asker is one when the day stands in the day's column
            dated_in_column = day is not None and day < len(fields) and _DATE.match(fields[day])
            if not _DATE.match(fields[0]) and (day is None or not _DATE.match(line.text.strip())) \
                    and not dated_in_column:
                break
            reading.claimed.add(line.no)
            # the columns up to the day part one to one though a last column (the residents' range) holds spaces
            aligned = len(fields) == width or (
                dated_in_column and len(fields) > width and max(asker, purpose or 0) < day)
            if not aligned or not register:
                reading.diagnostics.append(Diagnostic(line.no, "warning", f"an inspection of the register whose "
                                                      f"fields do not part as the header's {width}: {line.text[:40]}",
                                                      {"kind": "external_provision", "source_business": register,
                                                       "items": list(items), "line": line.no}))
                continue
            recipient = _NOTE.sub("", fields[asker]).strip()
            reading.flows.append(Flow(
                source_business=register, recipient_external=recipient, kind="external_provision",
                basis="law" if statute else "unknown", basis_text=statute,
                start_date=safe_date(fields[day], line.no, reading.diagnostics) if day is not None else None,
                items=list(items), reason=fields[purpose] if purpose is not None else None,
                line=line.no, quote=line.quote))
    return reading


READER = Reader("inspection_lists", read)
