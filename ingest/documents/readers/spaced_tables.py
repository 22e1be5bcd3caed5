"""Count tables whose cells are separated by single spaces and whose empty cells were dropped (web pages
copied as text): only what the layout still proves is read, the rest is said.

A header line of words (「年度 開示請求 決定の状況」), maybe a second one under a spanning group
(「開示 部分開示 不開示 取下げ」), then rows 「4 30 18 12」 or 「町長 33 20 13」. When a row has as many counts as the
header has count columns, each count is read under its column. When it has fewer, the empty cells were dropped
and the columns can no longer be told apart: the first count still belongs to the first count column
(「開示請求」) and is read; the others become a diagnostic carrying the row, for a reviewer, unless the page's
own prose states the same counts for the row's period (「平成15年度の…全部開示が21件,…不開示が19件」): then they
are placed under the columns of those kinds, and a row of as many counts under the same columns is placed the
same way (said in a diagnostic: an inference). A header word spaced out one character at a time (「開 示」) is
joined again. Digits glued together
(「7 32」 under four columns) are parted only when exactly one way makes the row add up (one count the sum of the
others). A row whose own label names a kind (「文書不存在 7 9」) counts that kind in every cell, labelled by the
column's period when every column is one (「区分 令和5年度 令和6年度」), else by the row. A ditto mark (〃) in a
label cell repeats the cell above. A table drawn with box-drawing characters (「│開示請求│ 25│」, rules
「├──┼──┤」 between rows) is read the same way, its cells parted at the bars. A row of a
table one cell a line kept whole on its line (「教育委員会 37 15」) is read as that row.

>>> from ..layout.lines import split_lines
>>> page = split_lines("年度 開示請求 決定の状況\\n全部開示 不開示 取下げ\\n4 9 6 3\\n5 8 7\\n6 9 6 2 1")
>>> problems = []
>>> [(s.kind, s.count, s.organ_or_basis) for s in spaced_statistics(page, set(), problems)]
[('disclosure_request', 9, '4'), ('disclosure_request', 8, '5'), ('disclosure_request', 9, '6'),
 ('disclosure_granted', 6, '6'), ('disclosure_refused', 2, '6'), ('disclosure_withdrawn', 1, '6')]
>>> [(d.line, d.candidate["counts"]) for d in problems]
[(3, [6, 3]), (4, [7])]
"""

from __future__ import annotations

import re

from ...normalize import nfkc
from ...records import Diagnostic, Statistic
from ..layout.lines import Line
from ..layout.page import Page
from ..layout.sections import Sections
from ..reading import Reader, Reading, Readings
from ..text.count_kinds import OUTCOMES as _OUTCOMES
from ..text.count_kinds import PERIOD, column_kind, header_kinds, stat_kind, total_kind
from ..text.ditto import ditto
from ..text.prose_counts import prose_statistics

__all__ = ["READER", "glued_splits", "labelled_rows_statistics", "spaced_statistics", "stacked_statistics",
           "unboxed"]

_NUMBER = re.compile(r"^\d[\d,]*$")
_COUNT_CELL = re.compile(r"^(\d[\d,]*)\s*件?$")  # a count alone on its line under its label: 「25」「25件」
_TOTAL = re.compile(r"^(?:計|合計|総数|総計)$")
_DASH_CELL = re.compile(r"^[-－―ー—‐]$")  # a cell with nothing to count
# 「(5)」「(うち5件)」: a share of the count above, in brackets
_INNER_COUNT = re.compile(r"^[(（]\s*(?:うち|内)?\s*\d[\d,]*\s*件?\s*[)）]$")
_NUMBERED_HEAD = re.compile(r"^(?:\d{1,2}|[(（]\d{1,2}[)）])\s+\S")  # 「3 開示請求」: a numbered head, no cell
_OTHER = re.compile(r"^その他$")  # the catch-all column beside the named outcomes
_COUNT_ONLY = re.compile(r"^(?:件数|数|件数\(件\)|件数（件）)$")
_PERIOD_LABEL = re.compile(r"年度|年|期間|区分")
_REQUEST_KINDS = frozenset(("disclosure_request", "correction_request", "suspension_request", "review_request"))
_PERIOD_HEAD = re.compile(r"年度|\d年|半期|四半期")  # a column of a period: 「令和5年度」「2023年」


# a row of a cell-a-line table kept whole on one line: its label, then its counts split by spaces
_ROW_ON_ONE_LINE = re.compile(r"^(?P<label>[^\s\d、。]{1,12})\s+(?P<counts>\d[\d,]*(?:\s+\d[\d,]*)*)$")
_BOX_BAR = re.compile(r"[│┃|]")
_BOX_CHARS = ("│", "┃", "─", "━")
_BOX_RULE = re.compile(r"^[\s─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋┠┨┯┷┿╂│┃\-+=]+$")


def _tokens(line: Line) -> list[str]:
    return line.text.split()


def unboxed(lines: list[Line]) -> list[Line]:
    """The lines with a box-drawn table made plain: each row's cells parted by single spaces (the spaces inside
    a cell dropped), the rule lines between rows left out.

    >>> from ..layout.lines import split_lines
    >>> [line.text for line in unboxed(split_lines("┌──┬──┐\\n│区 分│件数│\\n├──┼──┤\\n│開示請求│ 25│"))]
    ['区分 件数', '開示請求 25']
    """
    out: list[Line] = []
    for line in lines:
        boxed = any(bar in line.raw or bar in line.text for bar in _BOX_CHARS)
        if not boxed:
            out.append(line)
            continue
        if line.cells:  # the layout parted the box's cells (and rows run into this line): made plain the same way
            for row in (line.cells, *line.more_rows):
                out.append(Line(line.no, line.raw, " ".join("".join(cell.split()) for cell in row if cell)))
            continue
        text = nfkc(line.raw).strip()  # from the line as written: the page width may have joined box lines as prose
        if not text or _BOX_RULE.match(text):
            continue  # 「├──┼──┤」: a rule between rows
        cells = ["".join(cell.split()) for cell in _BOX_BAR.split(text)] if _BOX_BAR.search(text) else [text]
        out.append(Line(line.no, line.raw, " ".join(cell for cell in cells if cell)))
    return out


def _header_tokens(line: Line) -> list[str]:
    """A header's words, a word spaced out one character at a time joined again (「開 示」 → 開示)."""
    out: list[str] = []
    run = ""
    for token in line.text.split():
        if len(token) == 1 and not token.isdigit():
            run += token
            continue
        if run:
            out.append(run)
            run = ""
        out.append(token)
    return [*out, run] if run else out


_ACT_COUNT = re.compile(r"^(?:届出|登録|請求|申出)件数$")
_SHARE_AFTER = re.compile(r"^(\d[\d,]*)[(（]\d[\d,]*[)）]$")  # 「19(3)」: a count, its share in brackets


def _row_cells(line: Line) -> list[str]:
    """A row's cells, a count's bracketed share dropped (「新規 19(3)」 → 新規, 19): the share is no column."""
    return [_SHARE_AFTER.sub(r"\1", token) for token in _tokens(line)]


def _is_row(tokens: list[str]) -> bool:
    counts = [token for token in tokens if _NUMBER.match(token)]
    return len(counts) >= 1 and len(tokens) >= 2 and all(_NUMBER.match(token) for token in tokens[1:])


def _is_header(tokens: list[str]) -> bool:
    if len(tokens) == 2 and (_COUNT_ONLY.match(tokens[1]) or _ACT_COUNT.match(tokens[1])):
        return True  # 「区分 件数」「区分 届出件数」: the rows' own labels name their kinds
    if len(tokens) == 2 and not any(_NUMBER.match(token) or len(token) > 12 for token in tokens) \
            and stat_kind(tokens[1]) and not stat_kind(tokens[0]):
        return True  # 「実施機関 請求件数」: one count column, a row per organ under it
    return len(tokens) >= 3 and not any(_NUMBER.match(token) for token in tokens) and all(
        len(token) <= 12 for token in tokens)


_BARE_DISCLOSURE = {"請求": "disclosure_request", "請求件数": "disclosure_request", "開示": "disclosure_granted",
                     "全部開示": "disclosure_granted"}


def _sub_kind(cell: str) -> str | None:
    """A column under a spanning group; a bare 開示 beside 部分開示 and 不開示 holds the full disclosures, a bare
    提供 beside 目的外利用 the provisions outside."""
    return column_kind(cell) if cell in ("開示", "全部開示", "提供") else stat_kind(cell)


def glued_splits(cells: list[str], width: int, total_at: int = 0) -> list[list[int]]:
    """The ways to part digits glued together (「732」 for 7, 3, 2) into ``width`` counts such that the total
    column (``total_at``: the first, a request count over its outcomes, or -1 for a last 計 column) is the sum of
    all the others: the table's own arithmetic decides, or nothing does. Only a run of three digits or more is
    parted; a shorter number lost its neighbours, it was not glued to them.

    >>> glued_splits(["12", "732"], 4)
    [[12, 7, 3, 2]]
    >>> glued_splits(["1111"], 3), glued_splits(["30", "21", "6"], 5)
    ([], [])
    """
    if (any(not cell.isdigit() for cell in cells) or sum(map(len, cells)) < width or sum(map(len, cells)) > 14
            or not any(len(cell) >= 3 for cell in cells)):
        return []  # a short row of short numbers lost empty cells; only a long run of digits may be glued
    found: list[list[int]] = []

    def parts(digits: str, most: int) -> list[list[int]]:
        if not digits:
            return [[]]
        if most == 1:
            return [[int(digits)]] if len(digits) == 1 or digits[0] != "0" else []
        out = []
        for cut in range(1, min(len(digits), 6) + 1):
            piece = digits[:cut]
            if len(piece) > 1 and piece[0] == "0":
                break
            if most > 1 or cut == len(digits):
                out.extend([int(piece), *rest] for rest in parts(digits[cut:], most - 1) if len(rest) < most)
        return out

    def walk(index: int, taken: list[int]) -> None:
        if index == len(cells):
            if len(taken) == width and sum(taken) and 2 * taken[total_at] == sum(taken):
                found.append(taken)
            return
        room = width - len(taken) - (len(cells) - index - 1)
        token = cells[index]
        # a number of one or two digits is one count (「12」, never 1 and 2): only a longer run was glued
        for split in parts(token, room) if len(token) >= 3 else [[int(token)]]:
            if 1 <= len(split) <= room:
                walk(index + 1, taken + split)

    walk(0, [])
    return found


def _title(sections: Sections, index: int) -> str:
    """The words of the section heading the table at ``index`` sits under, or ``""``."""
    section = sections.above(index)
    return section.text if section is not None else ""


def spaced_statistics(lines: list[Line], skip: set[int], diagnostics: list[Diagnostic],
                      sections: Sections | None = None) -> list[Statistic]:
    """One statistic per count the layout still places; a diagnostic for the counts it no longer does.
    ``sections``: those of ``lines``, when the caller has them."""
    sections = sections if sections is not None else Sections(lines)
    out: list[Statistic] = []
    said: list[Statistic] | None = None  # the page's prose counts, read when a short row needs them
    learnt: dict[tuple[str, ...], dict[int, tuple[int, ...]]] = {}  # columns → placement by number of counts
    index = 0
    while index < len(lines):
        header = lines[index]
        if header.cells or " " not in header.text or len(header.text) > 80 or header.no in skip:
            index += 1
            continue
        tokens = _tokens(header)
        if not _is_header(tokens):
            index += 1
            continue
        body = index + 1
        sub: list[str] = []
        if body < len(lines) and _is_header(_header_tokens(lines[body])) and not lines[body].cells:
            sub = _header_tokens(lines[body])
            body += 1
        columns = [stat_kind(token) for token in tokens[1:]]  # the first header cell labels the rows
        stock = header_kinds([*tokens[1:], *sub])[: len(columns)]  # 「登録件数」 beside 新規 / 変更 / 廃止
        columns = [told if told == "registration_total" else kind for kind, told in zip(columns, stock, strict=True)]
        if any(kind and kind.startswith("disclosure_") for kind in columns):
            # 「区分 請求 開示 部分開示 不開示」: beside the outcomes, a bare 請求 counts requests, 開示 full ones
            columns = [kind or _BARE_DISCLOSURE.get(token) for kind, token in zip(columns, tokens[1:], strict=True)]
        if not any(columns) and sub and sum(1 for token in sub[1:] if stat_kind(token)) >= 2:
            index += 1  # 「運用状況 令和6年度分」 over the real header: a title with spaces, not a spanning header
            continue
        if not any(columns) and not sub:
            columns = []
        # Count columns: the upper cells, a spanning group replaced by the cells under it.
        spanning = [position for position, kind in enumerate(columns) if kind is None]
        width = len(columns) - len(spanning[-1:]) + len(sub) if sub and spanning else len(columns)
        numbered_labels = bool(_PERIOD_LABEL.search(tokens[0]))
        above = next((line.text for line in reversed(lines[max(0, index - 3):index]) if line.text), "")
        # 「外部提供の状況」 over 「根拠 件数」: a bare count column counts the kind the line above names
        titled_kind = stat_kind(above) if len(tokens) == 2 and _COUNT_ONLY.match(tokens[1]) else None
        title = _title(sections, index)
        read_any = False
        previous_label = ""
        kinds_above: list[str] = []  # the kinds the rows above named themselves
        rows_read: list[list[int]] = []  # the counts of the table's labelled rows, as written
        lost_row = False  # a label stood alone: its row lost its counts
        if sub and spanning == [len(columns) - 1] and len(columns) == 2 and numbered_labels:
            # learn from every row the prose confirms first: a row above it is placed the same way
            for row in lines[body:]:
                cells = _tokens(row)
                if row.blank or (not _is_row(cells) and (_is_header(cells) or len(cells) > 4)):
                    break
                if _is_row(cells) and len(cells) - 1 < width and len(cells) > 2:
                    said = said if said is not None else prose_statistics(lines, set(), set())
                    _placed(cells[0], [int(cell.replace(",", "")) for cell in cells[2:]],
                            [_sub_kind(cell) for cell in sub], said, learnt, tuple(sub), numbered_labels)
        while body < len(lines) and not lines[body].blank and lines[body].no not in skip:
            row = lines[body]
            cells = _row_cells(row)
            if not _is_row(cells) or "。" in row.text:
                if _is_header(cells) or len(cells) > 4:
                    break
                lost_row = lost_row or (len(cells) == 1 and not _NUMBER.match(cells[0]))
                body += 1
                continue  # a label on its own line (「教育委員会」), a continuation of the label column
            label, counts = cells[0], [int(cell.replace(",", "")) for cell in cells[1:]]
            label = ditto(label, previous_label)  # 「〃 3 1」「〃6年度 …」: the label of the row above
            previous_label = label
            everything = [int(cell.replace(",", "")) for cell in cells] if _NUMBER.match(label) else []
            if everything and not numbered_labels and _is_total(everything, rows_read, lost_row):
                label, counts = "合計", everything
                diagnostics.append(Diagnostic(row.no, "warning", "a row of counts without a label under the rows it "
                                                                 "adds up: read as their total (合計, an inference)",
                                              {"table": title, "counts": everything}))
            elif (everything and not sub and not rows_read and len(everything) == len(tokens)
                  and all(_sub_kind(token) for token in tokens)):
                # 「請求件数 全部開示 部分開示 不開示」 over 「25 10 12 3」: every column a kind, one row, no label
                period = PERIOD.search(above)
                out.extend(Statistic(table=title, organ_or_basis=f"{period.group(0)} {token}" if period else token,
                                     kind=_sub_kind(token) or "", count=count, line=row.no, quote=row.quote)
                           for token, count in zip(tokens, everything, strict=True))
                read_any = True
                body += 1
                rows_read.append(everything)
                continue
            elif _NUMBER.match(label) and not numbered_labels:
                diagnostics.append(Diagnostic(row.no, "warning", "a row of counts without a label: not read",
                                              {"table": title, "counts": [int(c) for c in cells]}))
                body += 1
                continue
            own_kind = stat_kind(label) or (titled_kind if len(counts) == 1 else None)
            if _TOTAL.match(label) and kinds_above and all(kind.startswith("registration_") for kind in kinds_above):
                own_kind = "registration_total"  # 「計」 under 新規 / 変更 / 廃止: the businesses notified, all told
            elif stat_kind(label):
                kinds_above.append(stat_kind(label) or "")
            if not own_kind and columns and len(counts) < width:
                splits = glued_splits(cells[1:], width, -1 if _TOTAL.match(tokens[-1]) else 0)
                if len(splits) == 1:  # glued cells, and only one way to part them adds up
                    counts = splits[0]
                    diagnostics.append(Diagnostic(row.no, "warning", "cells glued together were split by the column "
                                                                     "count and the row's own sum",
                                                  {"table": title, "label": label, "counts": counts}))
                elif len(splits) > 1:
                    diagnostics.append(Diagnostic(row.no, "warning", f"cells glued together can be split "
                                                                     f"{len(splits)} ways that add up: not split",
                                                  {"table": title, "label": label, "splits": splits[:5]}))
            outcome_columns = [kind for kind in columns[1:] if kind in _OUTCOMES]
            # 「請求件数」「件数」「受付件数」 first among outcome columns: what the row's requests number
            request_column = bool(columns) and (columns[0] in _REQUEST_KINDS or (
                columns[0] is None and (tokens[1].endswith("件数") or bool(_COUNT_ONLY.match(tokens[1])))))
            if (own_kind in _REQUEST_KINDS and request_column and outcome_columns
                    and len(counts) == width == len(columns)):
                # 「区分 請求件数 開示 部分開示 不開示」 over 「開示請求 27 11 12 2」: the row names the request, the
                # columns its outcomes; no kind counts the outcomes of a correction or a suspension request
                kinds = [own_kind, *(columns[1:] if own_kind == "disclosure_request" else [None] * (width - 1))]
                out.extend(Statistic(table=title, organ_or_basis=label, kind=kind, count=count, line=row.no,
                                     quote=row.quote) for kind, count in zip(kinds, counts, strict=True) if kind)
            elif own_kind:
                # 「区分 令和5年度 令和6年度」 over 「開示請求 25 31」: each count labelled by its column
                by_period = len(counts) == len(tokens) - 1 and all(_PERIOD_HEAD.search(head) for head in tokens[1:])
                heads = tokens[1:] if by_period else [label] * len(counts)
                out.extend(Statistic(table=title, organ_or_basis=head, kind=own_kind, count=count, line=row.no,
                                     quote=row.quote) for head, count in zip(heads, counts, strict=True))
            elif columns and len(counts) == width:
                kinds = columns
                if sub and spanning:  # the spanning group's place taken by the cells under it
                    group = spanning[-1]
                    kinds = [*columns[:group], *(_sub_kind(cell) for cell in sub), *columns[group + 1:]]
                out.extend(Statistic(table=title, organ_or_basis=label, kind=kind, count=count, line=row.no,
                                     quote=row.quote) for kind, count in zip(kinds, counts, strict=False) if kind)
            elif columns and columns[0]:
                out.append(Statistic(table=title, organ_or_basis=label, kind=columns[0], count=counts[0],
                                     line=row.no, quote=row.quote))
                placed = None
                if len(counts) > 1 and sub and spanning == [len(columns) - 1] and len(columns) == 2:
                    if said is None:
                        said = prose_statistics(lines, set(), set())
                    placed = _placed(label, counts[1:], [_sub_kind(cell) for cell in sub], said, learnt,
                                     tuple(sub), numbered_labels)
                if placed:
                    kinds, how = placed
                    out.extend(Statistic(table=title, organ_or_basis=label, kind=kind, count=count, line=row.no,
                                         quote=row.quote) for kind, count in zip(kinds, counts[1:], strict=True))
                    diagnostics.append(Diagnostic(row.no, "warning", f"{len(counts)} counts for {width} columns "
                                                                     f"(empty cells dropped): placed {how}",
                                                  {"table": title, "label": label, "counts": counts[1:],
                                                   "kinds": list(kinds)}))
                elif len(counts) > 1:
                    diagnostics.append(Diagnostic(
                        row.no, "warning", f"{len(counts)} counts for {width} columns (empty cells dropped): "
                                           "only the first is read",
                        {"table": title, "label": label, "counts": counts[1:],
                         "columns": [*tokens[1:], *sub]}))
            rows_read.append(counts)
            read_any = True
            body += 1
        index = body if read_any else index + 1
    return out


def _is_total(counts: list[int], rows: list[list[int]], lost_row: bool) -> bool:
    """A label-less row is the total of the rows above it when its counts are their column sums, or, when a row
    above lost its counts (its label alone on a line), when they are at least every row's count.

    >>> _is_total([42, 21, 19], [[40, 19, 19]], True), _is_total([42, 21, 19], [[40, 19, 19]], False)
    (True, False)
    >>> _is_total([5, 3], [[2, 1], [3, 2]], False)
    True
    """
    same = [row for row in rows if len(row) == len(counts)]
    if not same or len(same) != len(rows):
        return False
    if [sum(column) for column in zip(*same, strict=True)] == counts:
        return True
    return lost_row and all(total >= count for row in same for total, count in zip(counts, row, strict=True))


def _placed(label: str, counts: list[int], kinds: list[str | None], said: list[Statistic],
            learnt: dict[tuple[str, ...], dict[int, tuple[int, ...]]], columns: tuple[str, ...],
            by_period: bool) -> tuple[tuple[str, ...], str] | None:
    """Kinds for the outcome counts of a row that lost its empty cells: the columns whose kinds the page's prose
    states with the same counts for the same period (the earliest such column, in order), learnt for the
    table's columns; a row of as many counts under the same columns, with no prose of its own, is placed the
    same way."""
    period = f"{label}年度" if by_period else None
    stated = [(stat.kind, stat.count) for stat in said if period and period in (stat.organ_or_basis or "")]
    if stated:
        positions: list[int] = []
        start = 0
        for count in counts:
            column = next((col for col in range(start, len(kinds))
                           if kinds[col] and (kinds[col], count) in stated), None)
            if column is None:
                break
            positions.append(column)
            start = column + 1
        if len(positions) == len(counts):
            learnt.setdefault(columns, {})[len(counts)] = tuple(positions)
            return tuple(kinds[col] or "" for col in positions), "by the counts the page states for the period"
    positions_learnt = learnt.get(columns, {}).get(len(counts))
    if positions_learnt and all(kinds[col] for col in positions_learnt):
        return (tuple(kinds[col] or "" for col in positions_learnt),
                "as a row of the same columns the page's prose confirmed (an inference)")
    return None


def _cell_lines(lines: list[Line], skip: set[int]) -> list[Line]:
    """The lines a cell-a-line table is read on: a page that puts one blank line after every short cell
    (「開示」, blank, 「部分開示」, blank, …) loses those blank lines; a bracketed count on its own line right
    after a count (「18」 then 「(5)」, the branch offices' share of it) is part of that cell and is left out;
    every other line stays where it is."""
    def short(line: Line) -> bool:
        return not line.blank and not line.cells and line.no not in skip and len(line.text.strip()) <= 12

    out: list[Line] = []
    for index, line in enumerate(lines):
        if line.blank and out and short(out[-1]) and index + 1 < len(lines) and short(lines[index + 1]):
            continue
        if out and short(line) and _INNER_COUNT.match(line.text.strip()) and short(out[-1]) \
                and _COUNT_CELL.match(out[-1].text.strip()):
            continue
        out.append(line)
    return out


def stacked_statistics(lines: list[Line], skip: set[int], diagnostics: list[Diagnostic] | None = None,
                       ) -> list[Statistic]:
    """Tables whose cells came out one per line (PDF transcripts, web pages), read when the shape is unmistakable:

    - pairs: a line naming a kind, then a line with its count (「開示請求」「15」「全部開示」「10件」 …), three or more;
    - a block: two or more lines naming kinds, then maybe a row label (「令和4年度」), then as many counts; one
      count more, when it is the sum of the others, is the row's total under a column the header left unlabelled
      (what it counts follows from the kinds it adds up); counts that fit neither way are said in a diagnostic.

    A blank line after every cell is no break in the table.

    >>> from ..layout.lines import split_lines
    >>> [(s.kind, s.count, s.organ_or_basis) for s in stacked_statistics(split_lines(
    ...     "区分\\n開示請求\\n全部開示\\n不開示\\n令和4年度\\n9\\n8\\n1"), set())]
    [('disclosure_request', 9, '令和4年度'), ('disclosure_granted', 8, '令和4年度'),
     ('disclosure_refused', 1, '令和4年度')]
    >>> [(s.kind, s.count) for s in stacked_statistics(split_lines(
    ...     "開示\\n\\n不開示\\n\\n本人情報\\n\\n4件\\n\\n1件\\n\\n5件"), set())]
    [('disclosure_granted', 4), ('disclosure_refused', 1), ('disclosure_request', 5)]
    """
    out: list[Statistic] = []
    lines = _cell_lines(lines, skip)
    sections = Sections(lines)  # over the cells' own lines: the blank lines between cells dropped
    texts = [line.text.strip() if not line.cells and line.no not in skip else "" for line in lines]
    noted = noted_kinds(lines)
    short = [bool(text) and len(text) <= 12 for text in texts]
    index = 0
    while index < len(lines):
        if not short[index] or index + 1 >= len(lines) or not short[index + 1]:
            index += 1  # a cell a line is short, and so is the next one
            continue
        kinds: list[tuple[int, str]] = []
        cursor = index
        while cursor < len(lines) and texts[cursor] and len(texts[cursor]) <= 12 and _kind_cell(texts[cursor]) \
                and not (cursor == index and _NUMBERED_HEAD.match(texts[cursor])):
            kinds.append((cursor, texts[cursor]))
            cursor += 1
        if len(kinds) >= 2 and cursor + len(kinds) + 1 <= len(lines) and _OTHER.match(texts[cursor]) \
                and all(_kind_cell(label) in _OUTCOMES for _, label in kinds) \
                and all(_COUNT_CELL.match(text) for text in texts[cursor + 1:cursor + len(kinds) + 2]):
            kinds.append((cursor, texts[cursor]))  # 「その他」 after the named outcomes: a column, not a row
            cursor += 1
        pairs = _pairs(texts, index, noted)
        # 「区分」「件数」 header cells one a line above: two pairs are already a table
        headed = index >= 2 and bool(_COUNT_ONLY.match(texts[index - 1])) and _PERIOD_LABEL.search(texts[index - 2])
        if len(pairs) >= 3 or (len(pairs) == 2 and headed):
            title = _title(sections, index)
            kinds = [_kind_cell(label) or noted.get(label, "") for _, label, _ in pairs]
            for (at, label, count), kind in zip(pairs, kinds, strict=True):
                out.append(Statistic(table=title, organ_or_basis=label, kind=kind,
                                     count=count, line=lines[at].no, quote=lines[at].quote))
            index = pairs[-1][0] + 1
            closing = _pairs_total(texts, index, kinds, [count for _, _, count in pairs])
            if closing is not None:  # the bare count under the pairs adds them up: their total
                at, label = closing
                out.append(Statistic(table=title, organ_or_basis=label, kind=total_kind(kinds) or "",
                                     count=int(_COUNT_CELL.match(texts[at]).group(1).replace(",", "")),
                                     line=lines[at].no, quote=lines[at].quote))
                index = at + 1
            continue
        if len(kinds) >= 2:
            columns = [*_upper_cells(texts, index), *(label for _, label in kinds)]
            index = _stacked_rows(lines, sections, texts, index, cursor, columns, out, diagnostics)
            continue
        index += 1
    return out


def _upper_cells(texts: list[str], start: int) -> list[str]:
    """The upper header cells of a two-level header flattened one cell a line, when the sub-columns at ``start``
    follow a group header (「年度中の異動」, a short cell naming no kind) that follows cells naming kinds
    (「登録件数」) after the row labels' header (「実施機関」): those cells are columns before the sub-columns.

    >>> _upper_cells(["実施機関", "登録件数", "年度中の異動", "新規", "廃止"], 3)
    ['登録件数']
    >>> _upper_cells(["区分", "新規", "廃止"], 1)
    []
    """
    group = start - 1
    if group < 1 or not texts[group] or len(texts[group]) > 12 or _COUNT_CELL.match(texts[group]) \
            or _kind_cell(texts[group]):
        return []
    at = group
    while at > 0 and texts[at - 1] and len(texts[at - 1]) <= 12 and " " not in texts[at - 1] \
            and _kind_cell(texts[at - 1]):
        at -= 1
    label = texts[at - 1] if at > 0 else ""  # the row labels' own header (「実施機関」) opens the header
    if at == group or not label or len(label) > 12 or _kind_cell(label) or _COUNT_CELL.match(label):
        return []
    return texts[at:group]


def _stacked_rows(lines: list[Line], sections: Sections, texts: list[str], start: int, cursor: int,
                  columns: list[str], out: list[Statistic], diagnostics: list[Diagnostic] | None) -> int:
    """The rows under a header of kind lines (``columns``, the first at ``start``): each maybe a row label, then
    a count per column. The header may close with a total's label (「計」); without one, a last count that is the
    sum of the others is the total of an unlabelled column. Returns where reading stopped."""
    total = total_kind([_kind_cell(label) for label in columns])
    kinds = dict(zip(columns, header_kinds(columns), strict=True))
    if any(_OTHER.match(label) for label in columns) and all(
            kind in _OUTCOMES for label, kind in kinds.items() if not _OTHER.match(label)):
        # the outcomes not named beside 開示, 部分開示 and 不開示: requests withdrawn, mostly
        kinds.update({label: "disclosure_withdrawn" for label in columns if _OTHER.match(label)})
        total = "disclosure_request"
    labelled_total = cursor < len(lines) and bool(_TOTAL.match(texts[cursor]))
    if labelled_total:
        columns, cursor = [*columns, texts[cursor]], cursor + 1
    title = _title(sections, start)
    rows = 0
    column_sums = [0] * len(columns)  # the counts of the rows read so far, by column
    while cursor < len(lines):
        if rows and not texts[cursor] and (ends := _total_row(texts, cursor + 1, column_sums)):
            # a total row whose head cell is empty: counts that add up every column above
            for offset, (label, count) in enumerate(zip(columns, column_sums, strict=True)):
                kind = kinds.get(label, _kind_cell(label))
                if kind:
                    cell = lines[cursor + 1 + offset]
                    out.append(Statistic(table=title, organ_or_basis="計", kind=kind, count=count,
                                         line=cell.no, quote=cell.quote))
            return ends
        kept = _ROW_ON_ONE_LINE.match(texts[cursor])
        if kept and not _kind_cell(kept.group("label")) \
                and len(counts := kept.group("counts").split()) == len(columns):
            # 「教育委員会 37 15」: one row kept on its line among rows of one cell a line
            for label, count in zip(columns, counts, strict=True):
                kind = kinds.get(label, _kind_cell(label))
                if kind:
                    out.append(Statistic(table=title, organ_or_basis=kept.group("label"), kind=kind,
                                         count=int(count.replace(",", "")), line=lines[cursor].no,
                                         quote=lines[cursor].quote))
            rows += 1
            cursor += 1
            continue
        organ, at = "", cursor
        if texts[at] and not _COUNT_CELL.match(texts[at]) and not _DASH_CELL.match(texts[at]) \
                and len(texts[at]) <= 12 and not _kind_cell(texts[at]):
            organ, at = texts[at], at + 1
        run = at
        while run < len(lines) and (_COUNT_CELL.match(texts[run]) or (organ and _DASH_CELL.match(texts[run]))) \
                and run - at <= len(columns):
            run += 1
        # 「-」 in a cell: nothing to count there, the cell still holds its column's place
        values: list[int | None] = [int(found.group(1).replace(",", "")) if (found := _COUNT_CELL.match(text))
                                    else None for text in texts[at:run]]
        if not any(value is not None for value in values) or (rows and not organ):
            break
        if organ and len(values) > len(columns) and not labelled_total \
                and _total_row(texts, at + len(columns), [a + (b or 0) for a, b in zip(
                    column_sums, values[:len(columns)], strict=True)]):
            # the blank head cell of a total row was lost: that row follows this one's counts
            values, run = values[:len(columns)], at + len(columns)
        if organ and _TOTAL.match(organ) and rows >= 2 and len(values) == len(columns) + 1 \
                and values[:len(columns)] == column_sums:
            # 「合計」 over the column sums and one number more: the next section's number (「3」), not a cell
            values, run = values[:len(columns)], at + len(columns)
        labels = list(columns)
        added = sum(value or 0 for value in values[:-1])
        if not labelled_total and len(values) == len(columns) + 1 and total and values[-1] == added:
            labels.append("計")  # the unlabelled last column: the row's total, as its own sum shows
        sums = len(labels) > len(columns) or labelled_total
        if len(values) != len(labels) or (sums and (values[-1] or 0) != added):
            if diagnostics is not None and (organ or rows or any("件" in text for text in texts[at:run])):
                diagnostics.append(Diagnostic(lines[at].no, "warning",
                                              f"count table one cell a line: {len(values)} counts under "
                                              f"{len(labels)} columns ({'、'.join(labels)}); not placed",
                                              {"kind": "statistics", "columns": labels, "row": organ,
                                               "counts": values, "line": lines[at].no}))
            return run
        for offset, (label, count) in enumerate(zip(labels, values, strict=True)):
            kind = total if sums and offset == len(labels) - 1 else kinds.get(label, _kind_cell(label))
            if kind and count is not None:
                cell = lines[at + offset]
                out.append(Statistic(table=title, organ_or_basis=organ or label, kind=kind, count=count,
                                     line=cell.no, quote=cell.quote))
        if len(values) == len(columns):
            column_sums = [so_far + (value or 0) for so_far, value in zip(column_sums, values, strict=True)]
        rows += 1
        cursor = run
        if rows and cursor < len(lines) and (ends := _total_row(texts, cursor, column_sums)) \
                and len(columns) >= 2 and rows >= 2:
            for offset, (label, count) in enumerate(zip(columns, column_sums, strict=True)):
                kind = kinds.get(label, _kind_cell(label))
                if kind:
                    cell = lines[cursor + offset]
                    out.append(Statistic(table=title, organ_or_basis="計", kind=kind, count=count,
                                         line=cell.no, quote=cell.quote))
            return ends
    return cursor if rows else start + 1


def _total_row(texts: list[str], at: int, sums: list[int]) -> int:
    """Where a row of counts equal to ``sums`` (one per column) starting at ``at`` ends, or 0 when there is none:
    the total row of a table whose head cell (「計」) is empty."""
    if not any(sums) or at + len(sums) > len(texts):
        return 0
    for offset, expected in enumerate(sums):
        found = _COUNT_CELL.match(texts[at + offset])
        if not found or int(found.group(1).replace(",", "")) != expected:
            return 0
    return at + len(sums)


def labelled_rows_statistics(lines: list[Line], skip: set[int], sections: Sections | None = None,
                             ) -> list[Statistic]:
    """Tables of two or more label columns before the counts (「区分 実施機関 件数」 over 「目的外利用 市長 12」),
    a ditto mark (〃) repeating the cell above: the kind is the count column's or a label cell's, the organ the
    label cells that name no kind.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("区分 実施機関 件数\\n目的外利用 市長 12\\n〃 教育委員会 3")
    >>> [(s.kind, s.organ_or_basis, s.count) for s in labelled_rows_statistics(page, set())]
    [('purpose_outside_use', '市長', 12), ('purpose_outside_use', '教育委員会', 3)]
    """
    sections = sections if sections is not None else Sections(lines)
    out: list[Statistic] = []
    index = 0
    while index < len(lines):
        header = lines[index]
        tokens = _tokens(header) if not header.cells and header.no not in skip and len(header.text) <= 80 else []
        if not (3 <= len(tokens) <= 8 and _is_header(tokens)):
            index += 1  # the cheap test first: most lines are no header of words
            continue
        counted = 0  # the count columns at the header's end
        while counted < len(tokens) and (_COUNT_ONLY.match(tokens[-1 - counted]) or stat_kind(tokens[-1 - counted])
                                         or _TOTAL.match(tokens[-1 - counted])):
            counted += 1
        width = len(tokens) - counted
        if not (3 <= len(tokens) <= 8 and counted and width >= 2 and _is_header(tokens)):
            index += 1
            continue
        above: list[str] = [""] * width
        body = index + 1
        while body < len(lines) and body - index <= 60:
            row = lines[body]
            cells = _tokens(row)
            if row.cells or row.no in skip or len(cells) != len(tokens) or not all(
                    _COUNT_CELL.match(cell) for cell in cells[width:]) or any(
                    _NUMBER.match(cell) for cell in cells[:width]):
                break
            labels = [ditto(cell, above[at]) for at, cell in enumerate(cells[:width])]
            above = labels
            named = next((stat_kind(cell) for cell in labels if stat_kind(cell)), None)
            organ = " ".join(cell for cell in labels if not stat_kind(cell))
            for column, cell in zip(tokens[width:], cells[width:], strict=True):
                kind = stat_kind(column) or named
                if kind and not _TOTAL.match(column):
                    out.append(Statistic(table=_title(sections, index), organ_or_basis=organ or column, kind=kind,
                                         count=int(_COUNT_CELL.match(cell).group(1).replace(",", "")),
                                         line=row.no, quote=row.quote))
            body += 1
        index = body if body > index + 1 else index + 1
    return out


def _kind_cell(text: str) -> str | None:
    return None if _NUMBER.match(text) else _sub_kind(text)


def _pairs(texts: list[str], start: int, noted: dict[str, str] | None = None) -> list[tuple[int, str, int]]:
    """(line index of the count, label, count) for a run of kind line / count line pairs from ``start``; a label
    naming no kind (「その他」) is read when a note of the page says what it counts (``noted``)."""
    noted = noted or {}
    found: list[tuple[int, str, int]] = []
    at = start
    while at + 1 < len(texts) and texts[at] and len(texts[at]) <= 12 and (
            _kind_cell(texts[at]) or (found and texts[at] in noted)) and _COUNT_CELL.match(texts[at + 1]):
        found.append((at + 1, texts[at], int(_COUNT_CELL.match(texts[at + 1]).group(1).replace(",", ""))))
        at += 2
    return found


_NOTE = re.compile(r"^(?:注|※)\s*\d*\s*[)）:：]?\s*(?P<label>[^、,，。はが\s]{1,10})は[、,，]?\s*"
                   r"(?P<what>[^。]{1,30}?)(?:である|です|をいう|を指す)")


def noted_kinds(lines: list[Line]) -> dict[str, str]:
    """The kinds the page's notes give to labels that name none: 「注)その他は,請求の取下げである。」.

    >>> from ..layout.lines import split_lines
    >>> noted_kinds(split_lines("その他\\n3\\n注)その他は、請求の取下げです。"))
    {'その他': 'disclosure_withdrawn'}
    """
    out: dict[str, str] = {}
    for line in lines:
        found = _NOTE.match(line.text.strip()) if line.text and len(line.text) <= 80 else None
        if found and not _sub_kind(found.group("label")) and (kind := _sub_kind(found.group("what"))):
            out[found.group("label")] = kind
    return out


def _pairs_total(texts: list[str], after: int, kinds: list[str], counts: list[int]) -> tuple[int, str] | None:
    """The total closing a run of pairs: a bare count equal to their sum, maybe under 「計」 (its label lost)."""
    at = after
    label = "計"
    if at < len(texts) and _TOTAL.match(texts[at]):
        label, at = texts[at], at + 1
    found = _COUNT_CELL.match(texts[at]) if at < len(texts) and texts[at] else None
    total = total_kind(kinds)
    if found and total and int(found.group(1).replace(",", "")) == sum(counts):
        return at, label
    return None


def read(page: Page, readings: Readings) -> Reading:
    """Tables whose cells are split by spaces, then tables of one cell a line."""
    reading = Reading()
    used = readings.claimed("records")
    lines = unboxed(page.lines) if page.has("│") or page.has("┃") else page.lines
    sections = page.sections if lines is page.lines else Sections(lines)
    spaced = spaced_statistics(lines, used, reading.diagnostics, sections)
    spaced += labelled_rows_statistics(lines, used | {stat.line for stat in spaced if stat.line}, sections)
    spaced += stacked_statistics(lines, used | {stat.line for stat in spaced if stat.line}, reading.diagnostics)
    reading.statistics = spaced
    reading.claimed = {stat.line for stat in spaced if stat.line}
    return reading


READER = Reader("counts_spaced", read, claims="counts")
