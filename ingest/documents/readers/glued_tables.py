"""Count tables flattened with their cells glued together, as HTML tables copied as plain text come out.

「 請求取下げ」 over 「開示請求31229」, 「訂正請求101」, 「32230」: the header's column words run into each other
and so do the digits of a row. The header is cut into the words of the genre's vocabulary (請求, 取下げ, 決定,
本人, 法定代理人 …, a bracket 「(件)」 staying with its word); a row is its label and the digits that follow.
The digits are split into one number per column, and the split chosen is the one the table's own arithmetic
supports: a column that is the difference of two others in most rows, a digits-only total row equal to the
column sums, a row whose count another table or sentence of the page already stated; when the arithmetic
cannot choose, the split with the largest first column is read and a diagnostic says so. A header may lack one
cell (an unlabelled net column): one column more than the header names is tried too, and a column count that
some row cannot fill is dropped. A row shorter than the columns (the page cut mid-table) is reported, not read.

A column that names a kind (取下げ) labels the count by its row; a column naming who asked (本人, 代理人)
labels the count itself, its kind being the row's. A bare 請求 column counts what the row names (開示請求,
訂正請求), or requests when the row names a month. A column counted in another unit (「写しの交付(面)」) and a
column no kind fits (決定, the unlabelled one) are not recorded.

>>> from ..layout.lines import split_lines
>>> page = split_lines(" 請求取下げ\\n開示請求18315\\n訂正請求202\\n20317")
>>> [(s.organ_or_basis, s.kind, s.count) for s in glued_statistics(page, set(), set(), [])]
[('開示請求', 'disclosure_request', 18), ('開示請求', 'disclosure_withdrawn', 3), ('訂正請求', 'correction_request', 2)]
"""

from __future__ import annotations

import re
from itertools import product

from ...records import Diagnostic, Statistic
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.count_kinds import PERIOD, column_kind, stat_kind
from ..text.records_system import under_public_records

__all__ = ["READER", "glued_statistics", "stacked_row_statistics"]

# Column words of disclosure-request tables, longest first so that 法定代理人 is not read as 代理人.
_WORDS = ("利用停止等請求", "利用停止請求", "処理件数", "決定件数", "請求件数", "法定代理人", "任意代理人",
          "写しの交付", "開示請求", "訂正請求", "審査請求", "利用停止", "部分開示", "一部開示", "全部開示",
          "不開示", "非開示", "不存在", "取下げ", "取り下げ", "代理人", "遺族等", "遺族", "相続人", "本人", "請求",
          "決定", "開示", "訂正", "却下", "件数", "合計", "その他", "年度", "区分", "種別", "項目", "実施機関",
          "目的外利用", "外部提供", "根拠")  # 「根拠目的外利用外部提供」: the basis rows of uses and provisions
_WORD = re.compile("(?:" + "|".join(_WORDS) + r")(?:[(（][^)）]*[)）])?")
_ROW = re.compile(r"^(?P<label>.*[^\d\s,])(?P<digits>\d+)$")
_TOTAL = re.compile(r"^\d+$")
_NONE_CELL = re.compile(r"(?<=\d)[―－—](?=[―－—]*$)")
_DIGIT = re.compile(r"\d")
_ROW_HEADER = re.compile(r"(?:月|年度|区分|種類|種別|項目|機関|根拠)$")
_UNIT = re.compile(r"[(（](?P<unit>[^)）]*)[)）]$")
_BARE_REQUEST = re.compile(r"^(?:請求|件数|処理件数|請求件数)$")
_TOTAL_LABEL = re.compile(r"^(?:合計|計|総計|総数)$")
_MAX_COMBINATIONS = 20000
_MAX_DIGITS = 16  # with at most 8 columns: a few thousand ways to split a row, no more
_MAX_COLUMNS = 8


def _header_words(text: str) -> list[str] | None:
    """The column words of a glued header, or ``None`` when the line is not all such words."""
    flat = text.replace(" ", "").replace("\u3000", "")
    if not flat or not _WORD.match(flat) or _DIGIT.search(flat):
        return None  # a header of this vocabulary opens with one of its words and holds no count
    words: list[str] = []
    position = 0
    for match in _WORD.finditer(flat):
        if match.start() > position:
            if not words:
                return None  # text before the first word: no header of this vocabulary
            if flat[position:match.start()] not in ("うち", "内"):  # 「請求うち取下げ」: 取下げ is of 請求
                words[-1] += flat[position:match.start()]  # 「請求月」: the leftover stays with the word before
        words.append(match.group(0))
        position = match.end()
    if position < len(flat):
        group = flat.endswith(("内容", "状況", "内訳")) and len(flat) - position <= 10  # 「決定・回答の内容」
        if not words or (len(flat) - position > 4 and not group):
            return None
        words[-1] += flat[position:]
    return words if len(words) >= 2 else None


def _splits(digits: str, parts: int) -> list[tuple[int, ...]]:
    """Every way to cut a run of digits into ``parts`` numbers (no number but 0 starts with 0)."""
    if parts == 1:
        return [(int(digits),)] if digits == "0" or not digits.startswith("0") else []
    out: list[tuple[int, ...]] = []
    for cut in range(1, len(digits) - parts + 2):
        head = digits[:cut]
        if head.startswith("0") and head != "0":
            break
        out.extend((int(head), *rest) for rest in _splits(digits[cut:], parts - 1))
    return out


def _best(rows: list[list[tuple[int, ...]]], total: list[tuple[int, ...]], known: list[set[int]],
          labelled_total: bool = False) -> tuple[int, list[tuple[int, ...]], tuple[int, ...] | None, bool] | None:
    """The combination of splits the table's arithmetic supports best: (score, rows, total, whether another
    combination fits as well)."""
    width = len(rows[0][0])
    size = 1
    for candidates in [*rows, total or [()]]:
        size *= len(candidates)
    relations = [(a, b, c) for a in range(width) for b in range(width) for c in range(width)
                 if len({a, b, c}) == 3 and b < c]
    if size > _MAX_COMBINATIONS:
        return _row_by_row(rows, known, relations)
    best: tuple[int, list[tuple[int, ...]], tuple[int, ...] | None] | None = None
    ties = best_lead = 0
    for combination in product(*rows, *([total] if total else [])):
        chosen = list(combination[:len(rows)])
        stated_total = combination[len(rows)] if total else None
        every = [*chosen, *([stated_total] if stated_total else [])]
        held = max((sum(1 for values in every if values[a] == values[b] + values[c]) for a, b, c in relations),
                   default=0)
        score = 2 * held
        # 「請求件数」 before its outcomes: the first column is the whole the others add up to
        score += sum(3 for values in every if width >= 3 and values[0] and values[0] == sum(values[1:]))
        if labelled_total and len(chosen) > 2 and all(sum(values[col] for values in chosen[:-1]) == chosen[-1][col]
                                                      for col in range(width)):
            score += 3 * len(chosen)  # the last row, labelled 合計, adds up the rows above it
        if stated_total is not None and all(sum(values[col] for values in chosen) == stated_total[col]
                                            for col in range(width)):
            score += 3 * len(chosen)
        score += sum(2 for values, counts in zip(chosen, known, strict=True) if counts & {values[0], sum(values)})
        # among splits the arithmetic ties, the largest first column: the whole (請求, 本人) leads its parts
        lead = sum(values[0] for values in chosen)
        if best is None or score > best[0]:
            best, best_lead, ties = (score, chosen, stated_total), lead, 0
        elif score == best[0]:
            ties += 1
            if lead > best_lead:
                best, best_lead = (score, chosen, stated_total), lead
    if best is not None and ties:
        return (best[0], best[1], best[2], True)
    return (best[0], best[1], best[2], False) if best is not None else None


def _row_by_row(rows: list[list[tuple[int, ...]]], known: list[set[int]], relations: list[tuple[int, int, int]]
                ) -> tuple[int, list[tuple[int, ...]], None, bool]:
    """A long table, too many combinations to weigh together: the relation most rows can satisfy is chosen,
    then each row's split on its own (a stated count, the relation, then the largest first column)."""
    def holds(values: tuple[int, ...], relation: tuple[int, int, int]) -> bool:
        a, b, c = relation
        return values[a] == values[b] + values[c]

    relation = max(relations, key=lambda r: sum(any(holds(v, r) for v in cands) for cands in rows), default=None)
    chosen: list[tuple[int, ...]] = []
    guessed = False
    for candidates, counts in zip(rows, known, strict=True):
        def weight(values: tuple[int, ...], counts: set[int] = counts) -> tuple[bool, bool, int]:
            return (bool(counts & {values[0], sum(values)}), relation is not None and holds(values, relation),
                    values[0])
        ranked = sorted(candidates, key=weight, reverse=True)
        guessed = guessed or (len(ranked) > 1 and weight(ranked[0])[:2] == weight(ranked[1])[:2])
        chosen.append(ranked[0])
    return 0, chosen, None, guessed


def _row_kind(label: str) -> str | None:
    kind = stat_kind(label)
    return kind if kind in ("disclosure_request", "correction_request", "suspension_request") else None


def _cell_kind(column: str, row_kind: str | None) -> tuple[str | None, bool]:
    """The kind of a cell and whether the column (not the row) labels it."""
    unit = _UNIT.search(column)
    if unit and len(unit.group("unit")) <= 2 and unit.group("unit") not in ("件", "人"):
        return None, False  # 「写しの交付(面)」: counted in pages, not requests
    word = _UNIT.sub("", column)
    if _BARE_REQUEST.match(word):
        return row_kind or "disclosure_request", False
    kind = stat_kind(word) if word != "開示" else "disclosure_granted"
    if kind is not None:
        if kind.startswith("disclosure_") and row_kind not in (None, "disclosure_request"):
            return None, False  # a withdrawal of a correction request has no kind of its own
        return kind, False
    if row_kind is not None and not _ROW_HEADER.search(word) and word != "決定":
        return row_kind, True  # 「本人」「法定代理人」: who asked; the row says what
    return None, False


def _table(lines: list[Line], start: int, words: list[str], known: set[tuple[str, int]],
           diagnostics: list[Diagnostic]) -> tuple[list[Statistic], int]:
    rows: list[tuple[Line, str, str]] = []
    total: tuple[Line, str] | None = None
    index = start + 1
    while index < len(lines):
        text = _NONE_CELL.sub("0", lines[index].text.strip().replace(",", ""))  # 「訂正請求1―」: ― is none
        if not text:
            if rows:
                break
            index += 1
            continue
        row = _ROW.match(text) if not lines[index].cells and len(text) <= 60 else None
        if row and len(row.group("digits")) > _MAX_DIGITS:
            break  # a long run of digits is an identifier or a phone number, not glued counts
        if row:
            rows.append((lines[index], row.group("label"), row.group("digits")))
        elif _TOTAL.match(text) and rows and len(text) <= _MAX_DIGITS:
            total = (lines[index], text)
            index += 1
            break
        else:
            break
        index += 1
    labelled = words[1:] if _ROW_HEADER.search(_UNIT.sub("", words[0])) else words
    if len(rows) == 1 and not total and len(labelled) <= _MAX_COLUMNS:
        # one row: read only when the first count is the sum of the others in exactly one split
        line, label, digits = rows[0]
        summing = [split for split in _splits(digits, len(labelled)) if split[0] == sum(split[1:]) and split[0]]
        if len(summing) != 1:
            return [], start + 1
        out = []
        for column, count in zip(labelled, summing[0], strict=True):
            kind, by_column = _cell_kind(column, _row_kind(label))
            if kind is not None:
                out.append(Statistic(table=_title(lines, start), organ_or_basis=column if by_column else label,
                                     kind=kind, count=count, line=line.no, quote=line.quote))
        return out, index
    if len(rows) < 2:
        return [], start + 1
    if len(labelled) > _MAX_COLUMNS:
        return [], start + 1
    chosen = None
    for width in (len(labelled), len(labelled) + 1):
        full = [row for row in rows if len(row[2]) >= width]
        cut = [row for row in rows if len(row[2]) < width]
        if cut and (len(cut) > 1 or cut[0] is not rows[-1]):
            continue  # only the last row may be cut by the end of the page
        candidates = [_splits(digits, width) for _, _, digits in full]
        totals = _splits(total[1], width) if total else []
        if not full or not all(candidates) or (total and not totals):
            continue
        known_of = [{count for kind, count in known if kind == _row_kind(label)} for _, label, _ in full]
        found = _best(candidates, totals, known_of, _TOTAL_LABEL.match(full[-1][1]) is not None)
        # a column count that leaves every row whole wins over one that must call a row cut
        if found and (chosen is None or (-len(cut), found[0]) > (-len(chosen[4]), chosen[0])):
            chosen = (found[0], width, full, found[1], cut, found[3], found[2])
    if chosen is None:
        return [], start + 1
    _, width, full, values, cut, ambiguous, total_split = chosen
    if ambiguous:
        diagnostics.append(Diagnostic(lines[start].no, "info", "a glued table's digits split more than one "
                                      "way that fits its arithmetic: the split with the largest first column is read"))
    columns = labelled + [""] * (width - len(labelled))
    out: list[Statistic] = []
    table = _title(lines, start)
    for (line, label, _), counts in zip(full, values, strict=True):
        row_kind = _row_kind(label)
        for column, count in zip(columns, counts, strict=True):
            if not column:
                continue  # the unlabelled column a header lacks: no kind to give its counts
            kind, by_column = _cell_kind(column, row_kind)
            if kind is None:
                continue
            out.append(Statistic(table=table, organ_or_basis=column if by_column else label,
                                 kind=kind, count=count, line=line.no, quote=line.quote))
    # a total over rows of different kinds (開示請求, 訂正請求 …) is of no one kind: only rows of organs add up
    summed = total_split is not None and total is not None and all(
        sum(counts[col] for counts in values) == total_split[col] for col in range(width)) and not any(
        _row_kind(label) for _, label, _ in full)
    sums = [(kind, count) for column, count in zip(columns, total_split or (), strict=False)
            if summed and total and (kind := _cell_kind(column, None)[0] if column else None) is not None]
    if total is not None and not all(pair in known for pair in sums):
        # the digits-only row under the others adds them up: their total (合計), unless every sum is a count
        # the page already stated (「目的外利用は142件、外部提供は57件」 over 「14257」): then it only repeats them
        out.extend(Statistic(table=table, organ_or_basis="合計", kind=kind, count=count, line=total[0].no,
                             quote=total[0].quote) for kind, count in sums)
    for line, _, _ in cut:
        diagnostics.append(Diagnostic(line.no, "warning", "a glued table row has fewer digits than columns "
                                                          "(the page cut mid-table?): not read"))
    return out, index


def _title(lines: list[Line], start: int) -> str:
    for back in range(start - 1, max(-1, start - 8), -1):
        text = lines[back].text.strip()
        if text and len(text) <= 30 and not text.endswith(("。", "す")):
            return text
    return ""


def glued_statistics(lines: list[Line], skip: set[int], known: set[tuple[str, int]],
                     diagnostics: list[Diagnostic]) -> list[Statistic]:
    """One statistic per count cell of every glued count table; ``known`` holds the (kind, count) pairs
    already read elsewhere on the page, which a row's split may repeat."""
    out: list[Statistic] = []
    index = 0
    seen = set(known)
    while index < len(lines):
        line = lines[index]
        words = (_header_words(line.text) if line.text and not line.cells and line.no not in skip
                 and len(line.text) <= 60 else None)
        if not words:
            index += 1
            continue
        lower = _next_header(lines, index)
        if lower is not None:  # 「区分処理件数決定の内容」 over 「全部開示部分開示…」: the group's words replace it
            words, index = [*words[:-1], *lower[0]], lower[1]
        public = under_public_records(lines, index)
        found, index = _table(lines, index, words, seen, [] if public else diagnostics)
        if public:
            continue  # a table of the public-records part counts requests for public records, not personal data
        out.extend(found)
        seen |= {(stat.kind, stat.count) for stat in found}
    return out


# 「年度公文書公開請求数個人情報開示等請求数」: a row header word, then column words each ending in 数 (件数, 請求数)
# (「…請求数合計」: a last column adding them up)
_RUN_HEADER = re.compile(r"^(?P<rows>年度|年|区分|項目)"
                         r"(?P<columns>(?:[^\d\s、。]{2,14}?(?:件数|数))+(?:合計|計|総数)?)$")
_RUN_COLUMN = re.compile(r"[^\d\s、。]{2,14}?(?:件数|数)|(?:合計|計|総数)$")
# 「令和4年度584」: the row's label glued to its first cell; the other cells follow, one a line
_LABEL_FIRST_CELL = re.compile(r"^(?P<label>" + PERIOD.pattern + r"|[^\d\s、。]{1,10}?)(?P<count>\d[\d,]*)$")
_LONE_COUNT = re.compile(r"^\d[\d,]*$")
_PUBLIC_COLUMN = re.compile(r"情報公開|公文書|公開請求")
_PERSONAL_COLUMN = re.compile(r"個人情報|自己情報|本人情報")


def stacked_row_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """Tables whose header ran together (「年度公文書公開請求数個人情報開示等請求数」) and whose rows fell apart, the
    row's label glued to its first cell and every other cell alone on a line (「令和4年度584」, blank, 「397」,
    blank, 「981」). Each cell goes under its column; one cell more than the columns, the sum of the others, is
    the total of a column the header left out. A column of the public-records system counts no personal data,
    and neither does a total over it: neither is read.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("年度公文書公開請求数個人情報開示等請求数\\n令和2年度30\\n\\n12\\n\\n42")
    >>> [(s.organ_or_basis, s.kind, s.count, s.line) for s in stacked_row_statistics(page, set())]
    [('令和2年度', 'disclosure_request', 12, 4)]
    """
    out: list[Statistic] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        header = (_RUN_HEADER.match(line.text.replace(" ", "")) if line.text and not line.cells
                  and line.no not in skip and len(line.text) <= 60 else None)
        columns = _RUN_COLUMN.findall(header.group("columns")) if header else []
        if len(columns) < 2:
            index += 1
            continue
        table = _title(lines, index)
        kinds = [None if _PUBLIC_COLUMN.search(column) and not _PERSONAL_COLUMN.search(column)
                 else column_kind(column) for column in columns]
        index += 1
        while index < len(lines):
            row = _LABEL_FIRST_CELL.match(lines[index].text.replace(" ", "")) if not lines[index].cells else None
            if row is None or lines[index].no in skip:
                break
            cells = [(lines[index], int(row.group("count").replace(",", "")))]
            index += 1
            while index < len(lines) and (lines[index].blank or _LONE_COUNT.match(lines[index].text.strip())):
                if not lines[index].blank:
                    cells.append((lines[index], int(lines[index].text.strip().replace(",", ""))))
                index += 1
            counts = [count for _, count in cells]
            if len(cells) == len(columns) + 1 and counts[-1] == sum(counts[:-1]):
                cells = cells[:-1]  # the total of a column the header left out: over every column, of no one kind
            if len(cells) != len(columns):
                continue
            for (cell, count), kind in zip(cells, kinds, strict=True):
                if kind is not None:
                    out.append(Statistic(table=table, organ_or_basis=row.group("label"), kind=kind, count=count,
                                         line=cell.no, quote=cell.quote))
    return out


def _next_header(lines: list[Line], index: int) -> tuple[list[str], int] | None:
    """The header line right under a header whose last word is a group (「決定の内容」), and its index."""
    following = index + 1
    if following >= len(lines) or not lines[following].text or not lines[index].text.rstrip().endswith(
            ("内容", "状況", "内訳")):
        return None
    words = _header_words(lines[following].text)
    return (words, following) if words else None


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    read_lines = readings.claimed("records") | {stat.line for stat in readings.statistics if stat.line}
    reading.statistics = glued_statistics(page.lines, read_lines, {(s.kind, s.count) for s in readings.statistics},
                                          reading.diagnostics)
    reading.statistics += stacked_row_statistics(page.lines, read_lines | {stat.line for stat in reading.statistics})
    return reading


READER = Reader("counts_glued", read, claims="counts")
