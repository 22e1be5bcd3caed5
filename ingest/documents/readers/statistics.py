"""Published counts: registrations, 目的外利用 / 外部提供 per organ, basis or year, disclosure requests.

Count tables are found by their header words (登録 / 変更 / 廃止, 目的外利用 / 外部提供, 請求件数 /
承諾 / 一部承諾 / 不存在 / 拒否 / 取下げ …), one record per count cell. A two-line header whose
upper cell says 内訳 marks breakdown columns, which are read on the total row only (the rows
above it break down the request count, not the outcomes). Rows of zeros only are skipped: they
state that an organ did nothing, not a count about the system. A ditto mark (〃) repeats the label above; a
label cell that names a kind (「目的外利用 | 市長 | 12」 under 「区分 | 実施機関 | 件数」) gives its row's kind. A
table flattened one cell a line, each cell closed by a bar and the header by a rule, is read as its rows.
Counts in prose are read by the second reader here, :data:`PROSE_READER`, with the grammar of
:mod:`..text.prose_counts`, after the other count readers: a count a table above already gave is not repeated.

>>> from ..layout.lines import split_lines
>>> page = split_lines("実施機関\\t目的外利用\\n市長\\t12")
>>> [(s.organ_or_basis, s.kind, s.count) for s in table_statistics(page, set())]
[('市長', 'purpose_outside_use', 12)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import Statistic
from ..layout.lines import Line, section_title
from ..layout.page import Page
from ..layout.sections import Sections
from ..reading import Reader, Reading, Readings
from ..text.count_kinds import NO_KIND, PERIOD, header_kinds, stat_kind
from ..text.ditto import DITTO_MARKS, ditto
from ..text.piped_cells import piped_tables
from ..text.prose_counts import prose_statistics

__all__ = ["PROSE_READER", "READER", "piped_statistics", "table_statistics"]

_NUMBER = re.compile(r"^(?P<n>\d[\d,]*)(?P<first>件|人)?(?:[(（](?P<within>\d[\d,]*)(?:件|人)?[)）])?(?P<unit>件|人)?$")
_TOTAL = re.compile(r"^(?:合計|計|総計|総数|全体)$")
_RULE_LINE = re.compile(r"^[|:\-\s+]+$")
_GENERIC_COUNT = re.compile(r"^(?:件数|数|回数|人数)$")


@lru_cache(maxsize=4096)
def _count(cell: str) -> int | None:
    """A count cell's number: 「12」「1,204」「22件」, and 「3(2)件」「3件(2件)」 (the bracket is read by ``_within``).

    >>> _count("1,204"), _count("22件"), _count("3(2)件"), _count("3件(2件)"), _count("3(2)")
    (1204, 22, 3, 3, None)
    """
    match = _NUMBER.match(cell.replace(" ", ""))
    if not match or (match.group("within") and not (match.group("unit") or match.group("first"))):
        return None
    return int(match.group("n").replace(",", ""))


def _within(cell: str) -> int | None:
    """The bracketed 'of which' count of a cell 「3(2)件」, under a header 「不開示(うち不存在)」."""
    match = _NUMBER.match(cell.replace(" ", ""))
    return int(match.group("within").replace(",", "")) if match and match.group("within") else None


_WITHIN_HEADER = re.compile(r"[(（]うち(?P<word>[^)）]+)[)）]")


def _within_kind(header: str) -> str | None:
    """The kind a header's 「(うち…)」 names: the bracketed count of the cells below is of that kind."""
    match = _WITHIN_HEADER.search(header)
    return stat_kind(match.group("word")) if match else None


# the sentence just above a table that introduces it: 「…、実施機関別の届出件数は次のとおりです。」
_INTRODUCED = re.compile(r"(?:^|[、。])(?P<what>[^、。]{2,30}?)(?:は|を)(?:次|以下)の(?:とおり|通り)[^、。]{0,8}。?$")


def _label(sections: Sections, lines: list[Line], index: int) -> str:
    """The heading a table sits under: its section's, else the nearest short line (a caption) just above; a
    sentence found there (「ここから本文です。」) gives way to the one introducing the table, when there is one."""
    section = sections.above(index)
    if section is not None:
        return section.text
    caption = next((lines[back].text for back in range(index - 1, max(-1, index - 15), -1)
                    if lines[back].text and not lines[back].cells and len(lines[back].text) <= 40), "")
    if caption and not caption.endswith("。"):
        return caption
    above = next((line for line in reversed(lines[max(0, index - 3):index]) if line.text), None)
    introduced = _INTRODUCED.search(above.text) if above is not None and not above.cells else None
    return introduced.group("what") if introduced else caption  # 「…、実施機関別の届出件数は次のとおりです。」


_NOT_APPLICABLE = re.compile(r"^[-－―ー—‐*＊/／]+$")  # a dash cell: no count applies, not a label either


def _is_data_row(cells: list[str]) -> bool:
    counts = [c for c in cells if c and _count(c) is not None]
    labels = [c for c in cells if c and _count(c) is None and not _NOT_APPLICABLE.match(c.replace(" ", ""))]
    if len(counts) == 1 and len(labels) == 2 and stat_kind(labels[-1]):
        return True  # 「市長 目的外利用 12」: an organ, then the kind its count is of (organ named once per group)
    if len(counts) == 1 and len(labels) == 2 and (stat_kind(labels[0]) or labels[0] in DITTO_MARKS):
        return True  # 「目的外利用 市長 12」「〃 教育委員会 3」: the kind, then the organ counted
    return bool(counts) and bool(labels) and len(counts) >= len(labels)


def _ungrouped(cells: tuple[str, ...], counted: set[int]) -> tuple[str, ...] | None:
    """A row that names its group once before its own label, the cells shifted right by it (「市長 | 総務部 | 64 |」
    under 「実施機関 | 件数 | |」, its other rows 「企画部 | 31 | |」): the row's cells without the group, their counts
    under the header's counted columns (``counted``); else ``None``.

    >>> _ungrouped(("市長", "総務部", "64"), {1})
    ('総務部', '64', '')
    >>> _ungrouped(("目的外利用", "市長", "12"), {2}) is None
    True
    """
    if len(cells) < 3 or not counted or any(not cell or _count(cell) is not None for cell in cells[:2]):
        return None
    shifted = (*cells[1:], "")
    if _counted(cells) <= counted or not _counted(shifted) or not _counted(shifted) <= counted:
        return None
    return shifted if _is_data_row(list(shifted)) else None


def _counted(cells: tuple[str, ...]) -> set[int]:
    return {col for col, cell in enumerate(cells) if cell and _count(cell) is not None}


def _data_cells(lines: list[Line], position: int, counted: set[int]) -> tuple[str, ...] | None:
    """The cells of the count row at ``position`` (a row naming its group once, without the group), else ``None``."""
    if position >= len(lines) or not lines[position].cells:
        return None
    cells = lines[position].cells
    shifted = _ungrouped(cells, counted)
    if shifted is not None:
        return shifted
    return cells if _is_data_row(list(cells)) else None


def _after_rules(lines: list[Line], index: int) -> int:
    """Skip the ``|---|`` rule lines of a Markdown table."""
    while index < len(lines) and not lines[index].cells and _RULE_LINE.match(lines[index].text or "-"):
        if not lines[index].text:
            break
        index += 1
    return index


def _row_label(cells: list[str]) -> str:
    labels = [cell for cell in cells if cell and _count(cell) is None]
    return labels[-1] if labels else ""


def _transposed(sections: Sections, lines: list[Line], at: int, body: int) -> tuple[list[Statistic], int]:
    """A table whose rows name the kinds (新規登録 / 変更 / 廃止, 開示請求 / 訂正請求 …) and whose
    columns name organs, or only say 件数: one statistic per count cell, labelled by the column
    (by the row when the column is a bare 件数); ``at`` is the header's position in ``lines``."""
    header = lines[at]
    rows: list[Line] = []
    while body < len(lines) and lines[body].cells and _is_data_row(lines[body].cells):
        rows.append(lines[body])
        body += 1
    if not rows or not all(stat_kind(_row_label(row.cells)) or _TOTAL.match(_row_label(row.cells)) for row in rows):
        return [], body
    table = _label(sections, lines, at)
    out: list[Statistic] = []
    group = ""  # the organ a group of rows is named under once: 「市長 目的外利用 12」 then 「 外部提供 30」
    named: list[str] = []  # the kinds of the rows above
    for row in rows:
        label = _row_label(row.cells)
        kind = stat_kind(label)
        labels = [cell for cell in row.cells if cell and _count(cell) is None]
        if len(labels) == 2:
            group = labels[0]
        elif row.cells and row.cells[0]:
            group = ""
        values = [(col, _count(cell)) for col, cell in enumerate(row.cells) if cell and _count(cell) is not None]
        if kind is None and _TOTAL.match(label) and named and all(word.startswith("registration_") for word in named):
            kind = "registration_total"  # 「計」 under 新規 / 変更 / 廃止: the businesses notified, all told
        if kind and not _TOTAL.match(label):
            named.append(kind)
        if kind is None or not any(value for _, value in values):
            continue
        for col, value in values:
            column = header.cells[col] if col < len(header.cells) else ""
            organ = (group or label) if not column or _GENERIC_COUNT.match(column) else column
            out.append(Statistic(table=table, organ_or_basis=organ, kind=kind, count=value, line=row.no,
                                 quote=row.quote))
    return out, body


_ROW_HEAD = re.compile(r"^(?:年度|区分|年月|年)$")  # two characters at most: longer lines are not tried
_STACKED_COUNT = re.compile(r"^(?P<n>\d[\d,]*)\s*(?:件|人)?$")


def stacked_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """Count tables flattened one cell per line: 「年度」, the column words, then each period and its counts.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("訂正請求の件数\\n年度\\n訂正請求\\n利用停止請求\\n令和4年度\\n2\\n0\\n令和5年度\\n1\\n3")
    >>> [(s.organ_or_basis, s.kind, s.count, s.line) for s in stacked_statistics(page, set())][:2]
    [('令和4年度', 'correction_request', 2, 6), ('令和4年度', 'suspension_request', 0, 7)]
    """
    out: list[Statistic] = []
    texts = [line.text for line in lines]
    for index, line in enumerate(lines):
        if len(line.text) > 2 or not _ROW_HEAD.match(line.text) or line.cells or line.no in skip:
            continue
        columns: list[str] = []
        position = index + 1
        while position < len(lines) and not PERIOD.fullmatch(texts[position]):
            text = texts[position]
            if not text and position + 1 < len(lines) and texts[position + 1]:
                position += 1  # a page that puts a blank line after every cell
                continue
            if not text or "。" in text or len(text) > 20 or _STACKED_COUNT.match(text) or lines[position].cells:
                columns = []
                break
            if text[:1] in "(（" and columns:
                columns[-1] += text  # 「(旧条例の是正請求を含む)」: a note under the word above
            else:
                columns.append(text)
            position += 1
        if len(columns) < 2:
            continue
        titles = [text for text in reversed(texts[max(0, index - 3):index]) if text and "。" not in text]
        table = section_title(titles[0])[:30] if titles else ""  # the heading above, past a sentence on it
        while position < len(lines) and PERIOD.fullmatch(texts[position]):
            period, values, position = texts[position], [], position + 1
            while position < len(lines) and (_VALUES.match(texts[position]) or (
                    not texts[position] and position + 1 < len(lines) and _VALUES.match(texts[position + 1]))):
                values.extend((int(token.replace(",", "")), lines[position]) for token in texts[position].split()
                              if _STACKED_COUNT.match(token))  # a rate (99%) or a note (参考) is no count
                position += 1
            names = columns if len(values) == len(columns) else _column_words("".join(columns))
            if len(values) != len(names):
                break
            for name, (count, cell) in zip(names, values, strict=True):
                kind = None if NO_KIND.fullmatch(name) else stat_kind(name) or (
                    "disclosure_granted" if name == "開示" else None)
                if kind:
                    out.append(Statistic(table=table, organ_or_basis=period, kind=kind, count=count, line=cell.no,
                                         quote=cell.quote))
            while (position + 1 < len(lines) and not texts[position]
                   and (not texts[position + 1] or PERIOD.fullmatch(texts[position + 1]))):
                position += 1  # blank lines before the next period
    return out


_ORGAN_HEAD = re.compile(r"^(?:実施機関|実施機関名|機関名|区分)$")  # five characters at most


def _short_cell(text: str) -> bool:
    return bool(text) and len(text) <= 14 and "。" not in text and not _STACKED_COUNT.match(text)


def first_column_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """A table flattened one cell a line whose first count column names a kind (「事務登録総数」) and whose other
    columns, under group cells, name none: each organ's first count is read, the row's width taken from the first
    row (the header's cells cannot tell it); a label with no counts under it (「知事-内訳-」) heads a group.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("実施機関\\n登録総数\\n区分\\n共通\\n固有\\n市長\\n40\\n10\\n30\\n議長\\n5\\n1\\n4")
    >>> [(s.organ_or_basis, s.kind, s.count, s.line) for s in first_column_statistics(page, set())]
    [('市長', 'registration_total', 40, 7), ('議長', 'registration_total', 5, 11)]
    """
    out: list[Statistic] = []
    texts = [line.text.strip() if not line.cells and line.no not in skip else "" for line in lines]
    for index, text in enumerate(texts):
        if len(text) > 5 or not _ORGAN_HEAD.match(text) or index + 1 >= len(texts):
            continue
        kind = stat_kind(texts[index + 1]) if _short_cell(texts[index + 1]) else None
        if kind is None:
            continue
        position = index + 2
        while position + 1 < len(texts) and _short_cell(texts[position]) and not stat_kind(texts[position]) \
                and not _STACKED_COUNT.match(texts[position + 1]):
            position += 1  # the other header cells: groups and sub-columns naming no kind
        if position == index + 2 or position + 1 >= len(texts) or not _short_cell(texts[position]):
            continue
        width = 0
        while position + 1 + width < len(texts) and _STACKED_COUNT.match(texts[position + 1 + width]):
            width += 1
        if width < 2:
            continue
        titles = [above for above in reversed(texts[max(0, index - 3):index]) if above and above[:1] not in "(（"]
        table = section_title(titles[0])[:30] if titles else ""
        while position < len(texts):
            if not texts[position]:
                position += 1
                continue
            if not _short_cell(texts[position]):
                break
            counts = 0
            while position + 1 + counts < len(texts) and _STACKED_COUNT.match(texts[position + 1 + counts]):
                counts += 1
            ends = not any(texts[position + 1 + counts:])  # a page cut inside its last row
            if counts == width or (counts and ends):
                cell = lines[position + 1]
                out.append(Statistic(table=table, organ_or_basis=texts[position], kind=kind,
                                     count=int(_STACKED_COUNT.match(texts[position + 1]).group("n").replace(",", "")),
                                     line=cell.no, quote=cell.quote))
                position += 1 + counts
            elif counts == 0:
                position += 1  # a group's heading
            else:
                break
    return out


# the words of a header broken into pieces (「請求」「件数」「一部」「開示」): counted columns only
_HEADER_WORD = re.compile(r"(?:存否応答拒否|請求件数|処理件数|決定件数|処理内容|決定内容|開示率"
                          r"|一部開示|部分開示|全部開示|不開示|非開示|不存在|取下げ|取り下げ|却下|処理中|開示)(?:[(（][^)）]*[)）])?")
_VALUES = re.compile(r"^(?:\d[\d,]*%?|[(（][^)）]{1,8}[)）])(?:\s+\d[\d,]*%?)*$")


def _column_words(flat: str) -> list[str]:
    words = [match.group(0) for match in _HEADER_WORD.finditer(flat)]
    if "".join(words) != flat:
        return []
    return [word for word in words if not word.endswith(("内容", "率"))]  # a group heading, a rate


def table_statistics(lines: list[Line], skip: set[int], sections: Sections | None = None) -> list[Statistic]:
    """One statistic per count cell of every count table (and of those flattened one cell per line);
    ``sections``: the page's, when ``lines`` are the page's lines."""
    sections = sections if sections is not None else Sections(lines)
    out: list[Statistic] = stacked_statistics(lines, skip) + first_column_statistics(lines, skip)
    rows = [position for position, line in enumerate(lines) if line.cells]  # only table rows can hold a header
    index = 0
    for start in rows:
        if start < index:
            continue  # read as the body of the table above
        index = start
        header = lines[index]
        if header.no in skip or _is_data_row(header.cells):
            index += 1
            continue
        columns = header_kinds(list(header.cells))  # 「登録件数」 beside 新規 / 変更 / 廃止 counts the stock
        # A bare 件数 column beside named ones counts what the row names (開示請求 9, 訂正請求 1).
        by_row = {col for col, cell in enumerate(header.cells) if _GENERIC_COUNT.match(cell.replace(" ", ""))}
        body = _after_rules(lines, index + 1)
        counted = {col for col, kind in enumerate(columns) if kind} | by_row
        breakdown: set[int] = set()
        second = lines[body] if body < len(lines) else None
        second_cells = list(second.cells) if second is not None else []
        third = lines[body + 1] if second is not None and body + 1 < len(lines) else None
        if (second_cells and not _is_data_row(second_cells) and third is not None and third.cells
                and not _is_data_row(third.cells) and body + 2 < len(lines) and _is_data_row(lines[body + 2].cells)):
            # A header over three lines: 「全部」 over 「開示」 is one column word, 全部開示.
            second_cells = [(upper + (third.cells[col] if col < len(third.cells) else "")).strip()
                            for col, upper in enumerate(second_cells)]
            body += 1
        if second is not None and second_cells and _data_cells(lines, body, counted) is None:
            group = ""
            for col, cell in enumerate(second_cells):
                upper = header.cells[col] if col < len(header.cells) else ""
                group = upper or group
                while len(columns) <= col:
                    columns.append(None)
                if cell and stat_kind(cell):
                    columns[col] = stat_kind(cell)
                    if "内訳" in group:
                        breakdown.add(col)
                elif cell and columns[col] is None and stat_kind(group):
                    columns[col] = stat_kind(group)  # under a kind spanning several columns (目的外利用: 法令等 …)
            body = _after_rules(lines, body + 1)
        counted = {col for col, kind in enumerate(columns) if kind} | by_row  # a second header line named more
        if _data_cells(lines, body, counted) is None:
            index += 1
            continue
        table = _label(sections, lines, index)
        # 「目的外利用の状況（根拠別）」 over 「根拠 | 件数」: the title names the kind its bases are counted for
        title_kind = stat_kind(table) if by_row and not any(columns) and len(header.cells) == 2 else None
        # 「区分 | 実施機関 | 件数」 over 「目的外利用 | 市長 | 12」: a label cell names each row's kind
        first_labels = [cell for cell in _data_cells(lines, body, counted) or () if cell and _count(cell) is None]
        row_kinds = (bool(by_row) and len(first_labels) >= 2 and bool(stat_kind(first_labels[0]))
                     and not stat_kind(first_labels[-1]))
        if not any(columns) and not title_kind and not row_kinds:
            found, end = _transposed(sections, lines, index, body)
            out.extend(found)
            index = end if found else index + 1
            continue
        group_label = ""
        kinds_above: list[str] = []  # the kinds the rows above named, when each row names its own
        above: list[str] = []  # the label cells of the row above, for ditto marks
        while (row_cells := _data_cells(lines, body, counted)) is not None:
            row = lines[body]
            cells = [ditto(cell, above[col] if col < len(above) else "") for col, cell in enumerate(row_cells)]
            above = cells
            labels = [(col, cell) for col, cell in enumerate(cells) if cell and _count(cell) is None]
            first_count = min(col for col, cell in enumerate(cells) if cell and _count(cell) is not None)
            labels = [cell for col, cell in labels if col < first_count]
            if row_cells is not row.cells:
                group_label = row.cells[0]  # the group named once, before the row's own label
            elif cells[0] and labels:
                group_label = labels[0]
            label = labels[-1] if labels else ""
            row_kind = (stat_kind(label) or stat_kind(group_label) or title_kind) if by_row else None
            if by_row and _TOTAL.match(label) and kinds_above and all(
                    kind.startswith("registration_") for kind in kinds_above):
                row_kind = "registration_total"  # 「計」 under 新規 / 変更 / 廃止: the businesses notified, all told
            if by_row and row_kind and not _TOTAL.match(label):
                kinds_above.append(row_kind)
            counts = [(col, _count(cell)) for col, cell in enumerate(row_cells)
                      if col < len(columns) and (columns[col] or (col in by_row and row_kind))]
            if any(value for _, value in counts):
                total = bool(_TOTAL.match(label))
                for col, value in counts:
                    if value is None or (col in breakdown and not total):
                        continue
                    kind = columns[col] or row_kind
                    if kind == "disclosure_request":
                        kind = stat_kind(label if not total else "") or stat_kind(group_label) or kind
                        if kind not in ("correction_request", "suspension_request"):
                            kind = "disclosure_request"
                    out.append(Statistic(table=table, organ_or_basis=label, kind=kind, count=value,
                                         line=row.no, quote=row.quote))
                    within = _within(row_cells[col])
                    within_kind = _within_kind(header.cells[col]) if col < len(header.cells) else None
                    if within is not None and within_kind:
                        out.append(Statistic(table=table, organ_or_basis=label, kind=within_kind, count=within,
                                             line=row.no, quote=row.quote))
            body += 1
        index = body
    return out


def piped_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """Count tables flattened one cell a line, each cell closed by a bar (「開示請求 |」), read as the rows they were:
    each row at the line of its first cell.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("実施機関 |\\n目的外利用 |\\n---|---|\\n町長 |\\n7 |\\n教育委員会 |\\n2 |")
    >>> [(s.organ_or_basis, s.kind, s.count, s.line) for s in piped_statistics(page, set())]
    [('町長', 'purpose_outside_use', 7, 4), ('教育委員会', 'purpose_outside_use', 2, 6)]
    """
    out: list[Statistic] = []
    for table in piped_tables(lines):
        if any(cell.no in skip for row in table.rows for cell in row):
            continue
        rebuilt = [Line(cells[0].no, cells[0].raw, " | ".join(cell.text for cell in cells),
                        tuple(cell.text for cell in cells)) for cells in (table.header, *table.rows)]
        above = [line for line in lines[:table.header[0].no - 1] if not line.cells]
        out.extend(table_statistics([*above[-15:], *rebuilt], skip))
    return out


def _rows_together(lines: list[Line]) -> list[Line] | None:
    """The lines without a blank line that parts two rows of a table (a conversion that puts a blank line after
    every line does it between rows too); ``None`` when no blank line does.

    >>> from ..layout.lines import split_lines
    >>> [line.no for line in _rows_together(split_lines("表\\n| A | 1 |\\n\\n| B | 2 |\\n\\n本文"))]
    [1, 2, 4, 5, 6]
    """
    def of_table(line: Line) -> bool:  # a row, or the |---| rule under a Markdown header
        return bool(line.cells) or bool(line.text and _RULE_LINE.match(line.text))

    parted = [position for position in range(1, len(lines) - 1)
              if lines[position].blank and of_table(lines[position - 1]) and of_table(lines[position + 1])]
    if not parted:
        return None
    gone = set(parted)
    return [line for position, line in enumerate(lines) if position not in gone]


def read(page: Page, readings: Readings) -> Reading:
    """Count tables: kinds by column or by row, organs by row (rows a blank line parts read as one table)."""
    together = _rows_together(page.lines)
    found = (table_statistics(together, readings.claimed("records")) if together is not None
             else table_statistics(page.lines, readings.claimed("records"), page.sections))
    if page.has("---|"):
        found += piped_statistics(page.lines, readings.claimed("records"))
    return Reading(statistics=found)


def read_prose(page: Page, readings: Readings) -> Reading:
    """Counts in running prose; claims (as ``judged``) the lines whose counts are of another system."""
    judged: set[int] = set()
    known = {(stat.kind, stat.count) for stat in readings.statistics}
    found = prose_statistics(page.lines, readings.claimed("records", "counts"), known, judged,
                             listed=bool(readings.registrations))
    return Reading(statistics=found, claimed=judged)


READER = Reader("count_tables", read, claims="count_tables")
PROSE_READER = Reader("count_prose", read_prose, claims="judged")
