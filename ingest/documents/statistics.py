"""Published counts: registrations, 目的外利用 / 外部提供 per organ, basis or year, disclosure requests.

Count tables are found by their header words (登録 / 変更 / 廃止, 目的外利用 / 外部提供, 請求件数 /
承諾 / 一部承諾 / 不存在 / 拒否 / 取下げ …), one record per count cell. A two-line header whose
upper cell says 内訳 marks breakdown columns, which are read on the total row only (the rows
above it break down the request count, not the outcomes). Rows of zeros only are skipped: they
state that an organ did nothing, not a count about the system.
Counts in prose (「目的外利用 11 件の内訳は、…によるものが 3 件、…に基づくものが 2 件」) are read
segment by segment; one that repeats a table cell (same kind and count) is the same fact and dropped.

>>> stat_kind("一部承諾"), stat_kind("外部提供"), stat_kind("廃止")
('disclosure_partial', 'external_provision', 'registration_abolish')
"""

from __future__ import annotations

import re

from ..records import Statistic
from .items import compact
from .lines import Line, section_title

__all__ = ["prose_statistics", "stat_kind", "table_statistics"]

_KIND_WORDS = (
    ("disclosure_partial", ("一部承諾", "部分開示", "一部開示")),
    ("disclosure_refused", ("拒否", "非開示", "不承諾", "不開示")),
    ("disclosure_nonexistent", ("不存在",)),
    ("disclosure_withdrawn", ("取下げ", "取り下げ", "取下")),
    ("disclosure_granted", ("全部承諾", "承諾", "全部開示", "開示決定")),
    ("review_request", ("審査請求", "不服申立")),
    ("correction_request", ("訂正",)),
    ("suspension_request", ("利用停止", "利用の停止", "提供の停止", "消去")),
    ("disclosure_request", ("請求件数", "開示請求", "閲覧", "写しの交付", "視聴")),
    ("purpose_outside_use", ("目的外利用",)),
    ("external_provision", ("外部提供",)),
    ("registration_abolish", ("廃止",)),
    ("registration_modify", ("変更", "修正")),
    ("registration_new", ("新規", "登録", "開始")),
    ("complaint", ("苦情",)),
)
_NUMBER = re.compile(r"^\d[\d,]*$")
_PROSE_COUNT = re.compile(r"(\d[\d,]*)\s*件")
_TOTAL = re.compile(r"^(?:合計|計|総計|総数|全体)$")
_BASIS_PHRASE = re.compile(
    r"(?:条例|法)第\d+条[^、。が]*?号(?:\([^)]*\))?|[^、。をにがはで]*?(?:による|に基づく|を得た)もの"
)
_HEADING = re.compile(r"^(?:\d{1,2}|[(（]\d{1,2}[)）])[\s.．]")


def stat_kind(text: str | None) -> str | None:
    """The statistic kind a header word or prose label names, or ``None``."""
    if not text:
        return None
    for kind, words in _KIND_WORDS:
        if any(word in text for word in words):
            return kind
    return None


def _count(cell: str) -> int | None:
    cell = cell.replace(" ", "")
    return int(cell.replace(",", "")) if _NUMBER.match(cell) else None


def _label(lines: list[Line], index: int) -> str:
    """The heading a table sits under: the nearest numbered heading, else the nearest short line."""
    fallback = ""
    for back in range(index - 1, max(-1, index - 15), -1):
        text = lines[back].text
        if not text or lines[back].cells:
            continue
        if _HEADING.match(text):
            return section_title(text)
        if not fallback and len(text) <= 40:
            fallback = text
    return fallback


def _is_data_row(cells: list[str]) -> bool:
    counts = [c for c in cells if c and _count(c) is not None]
    labels = [c for c in cells if c and _count(c) is None]
    return bool(counts) and bool(labels) and len(counts) >= len(labels)


def table_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """One statistic per count cell of every count table."""
    out: list[Statistic] = []
    index = 0
    while index < len(lines):
        header = lines[index]
        if not header.cells or header.no in skip or _is_data_row(header.cells):
            index += 1
            continue
        columns = [stat_kind(cell) for cell in header.cells]
        body = index + 1
        breakdown: set[int] = set()
        second = lines[body] if body < len(lines) else None
        if second is not None and second.cells and not _is_data_row(second.cells):
            group = ""
            for col, cell in enumerate(second.cells):
                upper = header.cells[col] if col < len(header.cells) else ""
                group = upper or group
                if cell and stat_kind(cell):
                    while len(columns) <= col:
                        columns.append(None)
                    columns[col] = stat_kind(cell)
                    if "内訳" in group:
                        breakdown.add(col)
            body += 1
        if not any(columns) or body >= len(lines) or not lines[body].cells or not _is_data_row(lines[body].cells):
            index += 1
            continue
        table = _label(lines, index)
        group_label = ""
        while body < len(lines) and lines[body].cells and _is_data_row(lines[body].cells):
            row = lines[body]
            labels = [(col, cell) for col, cell in enumerate(row.cells) if cell and _count(cell) is None]
            first_count = min(col for col, cell in enumerate(row.cells) if cell and _count(cell) is not None)
            labels = [cell for col, cell in labels if col < first_count]
            if row.cells[0] and labels:
                group_label = labels[0]
            label = labels[-1] if labels else ""
            counts = [(col, _count(cell)) for col, cell in enumerate(row.cells) if col < len(columns) and columns[col]]
            if any(value for _, value in counts):
                total = bool(_TOTAL.match(label))
                for col, value in counts:
                    if value is None or (col in breakdown and not total):
                        continue
                    kind = columns[col]
                    if kind == "disclosure_request":
                        kind = stat_kind(label if not total else "") or stat_kind(group_label) or kind
                        if kind not in ("correction_request", "suspension_request"):
                            kind = "disclosure_request"
                    out.append(Statistic(table=table, organ_or_basis=label, kind=kind, count=value,
                                         line=row.no, quote=row.quote))
            body += 1
        index = body
    return out


def prose_statistics(lines: list[Line], skip: set[int], known: set[tuple[str, int]]) -> list[Statistic]:
    """Counts stated in sentences, minus those that repeat a table cell."""
    out: list[Statistic] = []
    for line in lines:
        if line.cells or line.no in skip or "件" not in line.text:
            continue
        text = compact(line.text)
        context: str | None = None
        table = ""
        for segment in re.split(r"[、。]|及び", text):
            match = _PROSE_COUNT.search(segment)
            if not match:
                context = context or None
                continue
            head = segment[: match.start()].rstrip("がはで:：(（ ")
            kind = stat_kind(head)
            if kind is None:
                kind = context
            if kind is None:
                continue
            if "内訳" in segment or "の内" in segment or "のうち" in segment:
                context, table = kind, segment
            count = int(match.group(1).replace(",", ""))
            if (kind, count) in known:
                continue
            phrase = _BASIS_PHRASE.search(head)
            label = phrase.group(0) if phrase else head
            out.append(Statistic(table=table or section_title(text)[:30], organ_or_basis=label, kind=kind,
                                 count=count, line=line.no, quote=line.quote))
    return out
