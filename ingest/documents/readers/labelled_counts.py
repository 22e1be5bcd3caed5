"""Count tables flattened into 「[label]value」 pairs, as newsletters put online as plain text show them.

「●請求の状況 [請求の種類]開示 [件数]8 ○結果 [承諾]6 [一部承諾]2」 is a table whose
cells lost their grid: each ``[label]number`` is one count, its kind named by the label (the table-header
vocabulary of :mod:`.statistics`). A ``●`` starts a table (its title labels the records), a ``○`` a group of
columns; the count is labelled by the table's 「[請求の種類]」 value when it has one, else by the group, else
by its own label. A table about the public-records system (情報公開, 公文書) is not about personal data and
is skipped, and so is a label with no kind (「[却下]」).

>>> from ..layout.lines import split_lines
>>> page = split_lines("●請求の状況(表1) [請求の種類]開示 [請求件数]9 ○決定 [承諾]7 [却下]2")
>>> [(s.kind, s.count, s.organ_or_basis, s.table) for s in labelled_statistics(page, set())]
[('disclosure_request', 9, '開示', '請求の状況(表1)'), ('disclosure_granted', 7, '開示', '請求の状況(表1)')]
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Statistic
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.count_kinds import NO_KIND, PERIOD, column_kind, header_kinds, stat_kind, total_kind

__all__ = ["READER", "bullet_count_statistics", "captioned_pair_statistics", "headed_row_statistics",
           "labelled_statistics", "lone_count_statistics", "paired_count_statistics", "run_on_statistics"]

_PAIR = re.compile(r"[\[［](?P<label>[^\]］]{1,20})[\]］]\s*(?P<value>[^\s\[［●○■▼※]*)")
_SECTION = re.compile(r"[●■]\s*(?P<title>[^\[［●○■▼※]+)")
_GROUP = re.compile(r"○\s*(?P<group>[^\[［●○■▼※]+)")
_PUBLIC_RECORDS = re.compile(r"情報公開|公文書|公開請求")
_REQUEST_COUNT = re.compile(r"請求.*件数|件数.*請求")
_PERIOD = re.compile(r"年度|年末|月末")
_NUMBER = re.compile(r"^\d[\d,]*$")
_REQUEST_KINDS = {"開示": "disclosure_request", "訂正": "correction_request", "利用停止": "suspension_request",
                  "利用中止": "suspension_request", "消去": "suspension_request"}


def _kind(label: str, request: str | None) -> str | None:
    if _REQUEST_COUNT.search(label):
        return next((kind for word, kind in _REQUEST_KINDS.items() if request and word in request),
                     "disclosure_request")
    return stat_kind(label)


def labelled_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """One statistic per ``[label]count`` pair whose label names a kind."""
    out: list[Statistic] = []
    for line in lines:
        if (line.no in skip or line.cells or ("[" not in line.text and "［" not in line.text)
                or len(_PAIR.findall(line.text)) < 3):
            continue
        marks = sorted([(m.start(), "section", m.group("title").strip()) for m in _SECTION.finditer(line.text)]
                       + [(m.start(), "group", m.group("group").strip()) for m in _GROUP.finditer(line.text)]
                       + [(m.start(), "pair", m) for m in _PAIR.finditer(line.text)], key=lambda mark: mark[0])
        title, group, request, public = "", None, None, False
        for _, what, value in marks:
            if what == "section":
                title, group, request, public = value, None, None, bool(_PUBLIC_RECORDS.search(value))
            elif what == "group":
                group = value
            elif not public:
                label, written = value.group("label").strip(), value.group("value").strip()
                if not _NUMBER.match(written):
                    if "種類" in label or "種別" in label:
                        request = written  # 「[請求の種類]開示」 names what the table's rows count
                    continue
                kind = _kind(label, request)
                if kind is None:
                    continue
                organ = request or (label if _PERIOD.search(label) else None) or group or label
                out.append(Statistic(table=title, organ_or_basis=organ, kind=kind,
                                     count=int(written.replace(",", "")), line=line.no, quote=line.quote))
    return out


_CELL_COUNT = re.compile(r"^\d[\d,]*$")
_DIGIT = re.compile(r"\d")
_NO_COUNT = frozenset({"-", "－", "―", "ー", "—"})
_TITLE_WORD = re.compile(r"件数|状況|実績")


def _is_count(token: str) -> bool:
    return bool(_CELL_COUNT.match(token)) or token in _NO_COUNT


def _is_label(token: str) -> bool:
    return not _is_count(token) and column_kind(token) is None and not NO_KIND.search(token)


def run_on_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """A count table run into one line with its cells separated by spaces, as PDF transcripts give it:
    a row-label header, two or more kind columns, then rows of a label and one count per column. A bare 請求
    column before the outcome columns counts the requests.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("3-1 部局別の件数 部局 目的外利用 外部提供 市長部局 12 4 消防本部 - 1")
    >>> [(s.organ_or_basis, s.kind, s.count) for s in run_on_statistics(page, set())]
    [('市長部局', 'purpose_outside_use', 12), ('市長部局', 'external_provision', 4), \
('消防本部', 'external_provision', 1)]
    >>> {s.table for s in run_on_statistics(page, set())}
    {'部局別の件数'}
    """
    out: list[Statistic] = []
    for line in lines:
        if line.no in skip or line.cells or " " not in line.text:
            continue
        tokens = line.text.split()
        index = 1
        while index < len(tokens) - 3:
            kinds: list[str] = []
            while index + len(kinds) < len(tokens) and column_kind(tokens[index + len(kinds)]):
                kinds.append(column_kind(tokens[index + len(kinds)]) or "")
            if (index >= 2 and _BARE_REQUEST.match(tokens[index - 1]) and _is_label(tokens[index - 2])
                    and total_kind(kinds) == "disclosure_request"):
                index, kinds = index - 1, ["disclosure_request", *kinds]  # 「区分 請求 全部開示 …」: the requests
            width = len(kinds)
            if width < 2 or not _is_label(tokens[index - 1]) or len(set(kinds)) < width:
                index += max(width, 1)
                continue
            title = tokens[index - 2] if index >= 2 and _TITLE_WORD.search(tokens[index - 2]) else ""
            row, found = index + width, []
            while row + width < len(tokens) and _is_label(tokens[row]) and all(
                    _is_count(cell) for cell in tokens[row + 1:row + 1 + width]):
                for kind, cell in zip(kinds, tokens[row + 1:row + 1 + width], strict=True):
                    if cell not in _NO_COUNT:
                        found.append(Statistic(table=title, organ_or_basis=tokens[row], kind=kind,
                                               count=int(cell.replace(",", "")), line=line.no, quote=line.quote))
                row += width + 1
            out.extend(found)
            index = max(row, index + width)
    return out


# 「…の状況(件)請求」: the caption's unit glued to the bare request column that opens the header
_GLUED_REQUEST = re.compile(r"^(?P<caption>.*[)）])(?P<column>請求件数|請求数|請求|件数)$")
_BARE_REQUEST = re.compile(r"^(?:請求件数|請求数|請求|件数)$")
_CAPTION_START = re.compile(r".*(?:。|◎|●|■|☆)")


def _request_column(token: str) -> tuple[str, str] | None:
    """(caption, column) when the token is a bare request column, maybe glued after the caption's bracket."""
    if _BARE_REQUEST.match(token):
        return "", token
    glued = _GLUED_REQUEST.match(token)
    return (glued.group("caption"), glued.group("column")) if glued else None


def headed_row_statistics(lines: list[Line], skip: set[int], problems: list[Diagnostic] | None = None,
                          ) -> list[Statistic]:
    """A one-row table with no row label flattened into a line of prose: a header of three or more columns of
    distinct kinds, then exactly as many counts (「表2 …の状況(件)請求 全部開示 部分開示 不開示 取下げ
    31 19 8 2 2」). A bare 請求 column over the outcomes counts the requests. A table whose caption speaks of the
    public-records system (公文書, 情報公開) is not about personal data and is not read. Fewer or more counts
    than columns: a cell was lost or added, the counts are said in ``problems``, not placed.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("表3 自己情報の開示請求(件)請求 開示 不開示 12 10 2 ◎苦情")
    >>> [(s.organ_or_basis, s.kind, s.count) for s in headed_row_statistics(page, set())]
    [('請求', 'disclosure_request', 12), ('開示', 'disclosure_granted', 10), ('不開示', 'disclosure_refused', 2)]
    >>> headed_row_statistics(split_lines("表1 公文書の開示請求(件)請求 開示 不開示 9 8 1"), set())
    []
    """
    out: list[Statistic] = []
    for line in lines:
        if line.no in skip or line.cells or " " not in line.text or not _DIGIT.search(line.text):
            continue  # no digit, no count cell
        tokens = line.text.split()
        index = 0
        while index < len(tokens):
            opening = _request_column(tokens[index])
            start = index + 1 if opening else index
            columns = [opening[1]] if opening else []
            kinds: list[str | None] = ["disclosure_request"] if opening else []
            at = start
            while at < len(tokens) and len(tokens[at]) <= 10 and column_kind(tokens[at]):
                kinds.append(column_kind(tokens[at]))
                columns.append(tokens[at])
                at += 1
            kinds = [kinds[0], *header_kinds(columns[1:])] if opening else header_kinds(columns)
            if opening and total_kind(kinds[1:]) != "disclosure_request":
                kinds, columns = kinds[1:], columns[1:]  # a bare 請求 counts requests only over their outcomes
                index += 1
                continue
            cells_at = index + len(columns)
            counted = 0
            while cells_at + counted < len(tokens) and _CELL_COUNT.match(tokens[cells_at + counted]):
                counted += 1
            cells = tokens[cells_at:cells_at + counted]
            if len(columns) < 3 or len(set(kinds)) < len(kinds) or not counted:
                index += 1
                continue
            before = " ".join([*tokens[max(0, index - 6):index], opening[0] if opening else ""])
            caption = _CAPTION_START.sub("", before).strip()
            numbered = _TABLE_NUMBER.search(caption)  # 「◎開示請求 表2 …」: the heading before the table's number
            caption = caption[numbered.start():] if numbered else caption
            public = bool(_PUBLIC_RECORDS.search(caption)) and "個人情報" not in caption
            if counted != len(columns):
                if not public and problems is not None:  # a cell lost or one too many: which is which is unknown
                    problems.append(Diagnostic(line.no, "warning", f"table flattened into the line: {counted} "
                                                                   f"counts under {len(columns)} columns; not placed",
                                               {"kind": "statistics", "table": _UNIT_TAIL.sub("", caption),
                                                "columns": columns, "counts": [int(cell.replace(",", ""))
                                                                               for cell in cells]}))
            elif not public:
                out.extend(Statistic(table=_UNIT_TAIL.sub("", caption), organ_or_basis=column, kind=kind or "",
                                     count=int(cell.replace(",", "")), line=line.no, quote=line.quote)
                           for column, kind, cell in zip(columns, kinds, cells, strict=True))
            index = cells_at + counted
    return out


_UNIT_TAIL = re.compile(r"\s*[(（]件[)）]$")
_TABLE_NUMBER = re.compile(r"表\s*\d")
# 「表2」 opening a token, or closing a sentence's token it was run into (「…でした。表2」)
_CAPTION_NUMBER = re.compile(r"(?:^|(?<=[。．」)]))表\s*\d{1,2}(?P<rest>[^。]*)$")
_MIN_PAIRS = 3


def captioned_pair_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """A numbered table run into a line of prose as its header cells each followed by its count: 「表2 自己情報の
    開示請求 請求件数 21 開示 13 部分開示 6 不開示 2」. The caption is what follows 「表n」 up to the first cell
    a count follows; three or more such pairs of distinct kinds make the table. A caption of the public-records
    system (公文書, 情報公開) is not about personal data and is not read.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("…でした。表1 公文書の請求 請求件数 9 開示 9 表2 自己情報の請求 請求件数 7 開示 5 不開示 2")
    >>> [(s.table, s.organ_or_basis, s.kind, s.count) for s in captioned_pair_statistics(page, set())]
    [('自己情報の請求', '請求件数', 'disclosure_request', 7), ('自己情報の請求', '開示', 'disclosure_granted', 5), \
('自己情報の請求', '不開示', 'disclosure_refused', 2)]
    """
    out: list[Statistic] = []
    for line in lines:
        if line.no in skip or line.cells or "表" not in line.text or " " not in line.text:
            continue
        tokens = line.text.split()
        for index, token in enumerate(tokens):
            numbered = _CAPTION_NUMBER.search(token)
            if not numbered:
                continue
            caption, at = [numbered.group("rest")] if numbered.group("rest") else [], index + 1
            while at + 1 < len(tokens) and not _CELL_COUNT.match(tokens[at + 1]) \
                    and not _CAPTION_NUMBER.search(tokens[at]) and len(caption) < 3:
                caption.append(tokens[at])
                at += 1
            columns: list[str] = []
            counts: list[int] = []
            while at + 1 < len(tokens) and len(tokens[at]) <= 10 and column_kind(tokens[at]) \
                    and _CELL_COUNT.match(tokens[at + 1]):
                columns.append(tokens[at])
                counts.append(int(tokens[at + 1].replace(",", "")))
                at += 2
            title = _UNIT_TAIL.sub("", " ".join(caption))  # 「…の状況(件)」: the unit is no part of the title
            kinds = header_kinds(columns)
            if len(columns) < _MIN_PAIRS or len(set(kinds)) < len(kinds) or not title or (
                    _PUBLIC_RECORDS.search(title) and "個人情報" not in title):
                continue
            out.extend(Statistic(table=title, organ_or_basis=column, kind=kind or "", count=count, line=line.no,
                                 quote=line.quote) for column, kind, count in zip(columns, kinds, counts, strict=True))
    return out


_LONE_COUNT = re.compile(r"^(?P<n>\d[\d,]*)\s*件$")
_HEAD_NUMBER = re.compile(r"^(?:[(（]\d+[)）]|\d+[.．、)）]?|[①-⑳])\s*")
_HEADING_LENGTH = 40


def _neighbour(lines: list[Line], index: int, step: int) -> Line | None:
    at = index + step
    while 0 <= at < len(lines) and not lines[at].text.strip():
        at += step
    return lines[at] if 0 <= at < len(lines) else None


def _heading_period(lines: list[Line], index: int) -> str | None:
    """The period the nearest heading above line ``index`` that names one names (「令和4年度…の運用状況」)."""
    for back in range(index - 1, -1, -1):
        text = lines[back].text.strip()
        if text and len(text) <= _HEADING_LENGTH and not text.endswith(("。", "す")):
            found = PERIOD.search(text)
            if found:
                return found.group(0)
    return None


def lone_count_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """A count alone on its line (「214件」) under a heading that names what it counts (「(1)開示の請求件数」),
    no table around it: one count labelled by its heading, and by the period a heading above names (the
    report's year, as a table's row would be labelled).

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("(1)保有個人情報の訂正の請求件数\\n\\n6件\\n\\n(2)次の見出し")
    >>> [(s.kind, s.count, s.organ_or_basis, s.line) for s in lone_count_statistics(page, set())]
    [('correction_request', 6, '保有個人情報の訂正の請求件数', 3)]
    >>> page = split_lines("令和5年度の運用状況\\n(1)目的外利用の件数\\n31件")
    >>> [(s.kind, s.count, s.organ_or_basis) for s in lone_count_statistics(page, set())]
    [('purpose_outside_use', 31, '令和5年度 目的外利用の件数')]
    """
    out: list[Statistic] = []
    for index, line in enumerate(lines):
        found = _LONE_COUNT.match(line.text.strip()) if line.text and line.no not in skip else None
        if not found:
            continue
        above, below = _neighbour(lines, index, -1), _neighbour(lines, index, 1)
        raw = above.text.strip() if above is not None else ""
        heading = _HEAD_NUMBER.sub("", raw)
        if not heading or len(heading) > _HEADING_LENGTH or heading.endswith(("。", "す")) or _is_count(heading):
            continue
        if heading == raw and not heading.endswith(("件数", "数")):
            continue  # 「開示請求」 over 「17件」 is a cell of a table one cell a line, not a heading
        next_text = below.text.strip() if below is not None else ""
        if _LONE_COUNT.match(next_text) or _is_count(next_text) or (len(next_text) <= 12 and stat_kind(next_text)):
            continue  # counts one under another, or under labels, are a table's cells, not a count on its own
        kind = stat_kind(heading)
        if kind is not None:
            period = _heading_period(lines, index)
            label = heading if not period or period in heading else f"{period} {heading}"
            out.append(Statistic(table=heading, organ_or_basis=label, kind=kind,
                                 count=int(found.group("n").replace(",", "")), line=line.no, quote=line.quote))
    return out


_PAIR_LABEL = r"[^\s\d、。,【】\[\]()（）「」]{2,14}"  # a bare header word: a bracketed one is another shape's
_PAIRED_LINE = re.compile(rf"^(?:{_PAIR_LABEL}\s*\d[\d,]*\s*件\s*){{2,}}$")
_PAIRED = re.compile(rf"(?P<label>{_PAIR_LABEL})\s*(?P<n>\d[\d,]*)\s*件")


def _caption_above(lines: list[Line], index: int) -> str:
    above = _neighbour(lines, index, -1)
    text = above.text.strip() if above is not None else ""
    return text if len(text) <= _HEADING_LENGTH and not text.endswith("。") else ""


def paired_count_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """A line of nothing but two or more 「label n件」 pairs (「新規登録 4件 変更登録 6件 廃止 1件」): a count
    table's one row with its header words beside the counts. Every label must name a kind, each a distinct one.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("資料3 登録の状況\\n新規登録 4件 変更登録 6件 廃止 1件")
    >>> [(s.kind, s.count, s.organ_or_basis, s.line) for s in paired_count_statistics(page, set())]
    [('registration_new', 4, '新規登録', 2), ('registration_modify', 6, '変更登録', 2), \
('registration_abolish', 1, '廃止', 2)]
    >>> paired_count_statistics(split_lines("会議 3件 資料 2件"), set())
    []
    """
    out: list[Statistic] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if line.no in skip or line.cells or "件" not in text or not _PAIRED_LINE.match(text):
            continue
        pairs = [(match.group("label"), int(match.group("n").replace(",", ""))) for match in _PAIRED.finditer(text)]
        kinds = [None if NO_KIND.search(label) else stat_kind(label) for label, _ in pairs]
        if None in kinds or len(set(kinds)) < len(kinds):
            continue
        caption = _caption_above(lines, index)
        out.extend(Statistic(table=caption, organ_or_basis=label, kind=kind or "", count=count, line=line.no,
                             quote=line.quote) for (label, count), kind in zip(pairs, kinds, strict=True))
    return out


_BULLET = re.compile(r"^\s*(?:[-－・●○◆◇■□]|\(\d+\)|（\d+）|\d+[.．)）]|[①-⑳])\s*")
# 「…をB課のY事務に利用 12件(法令に基づくもの)」: the case told, its verb, then its count and maybe its ground
_TRAILING_COUNT = re.compile(r"(?P<body>.+?(?P<verb>利用|提供)(?:した|する|したもの|されたもの)?)\s*"
                             r"(?P<n>\d[\d,]*)\s*件\s*(?:[(（][^()（）]{1,30}[)）])?\s*$")
_OUTSIDE_HEADING = re.compile(r"目的外|外部提供|外部への提供|外部に提供")


def bullet_count_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """Bullets under a heading on uses and provisions beyond their purpose, each telling one case and ending in
    its count (「- A課のX情報を、B課のY事務に利用 12件(法令に基づくもの)」): one count each, its kind named
    by the bullet's verb (利用 → purpose_outside_use, 提供 → external_provision), labelled by the case told.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("目的外利用・外部提供の主なもの\\n- 市民課の住所情報を、健康課の検診事務に利用 8件(本人同意)"
    ...                    "\\n- 福祉課の名簿を、消防署に提供 3件")
    >>> [(s.kind, s.count, s.organ_or_basis) for s in bullet_count_statistics(page, set())]
    [('purpose_outside_use', 8, '市民課の住所情報を、健康課の検診事務に利用'), \
('external_provision', 3, '福祉課の名簿を、消防署に提供')]
    """
    out: list[Statistic] = []
    above: list[str] = []  # the heading and the lead sentence over the bullets (「主なものは次のとおり」)
    in_bullets = False
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        bullet = _BULLET.match(text)
        if not bullet:
            above = [*above[-1:], text] if not in_bullets else [text]
            in_bullets = False
            continue
        in_bullets = True
        heading = next((said for said in reversed(above) if _OUTSIDE_HEADING.search(said)), "")
        if line.no in skip or line.cells or not heading:
            continue
        told = _TRAILING_COUNT.match(text, bullet.end())
        if not told:
            continue
        kind = "purpose_outside_use" if told.group("verb") == "利用" else "external_provision"
        out.append(Statistic(table=heading[:_HEADING_LENGTH], organ_or_basis=told.group("body").strip(), kind=kind,
                             count=int(told.group("n").replace(",", "")), line=line.no, quote=line.quote))
    return out


def read(page: Page, readings: Readings) -> Reading:
    used = readings.claimed("records")
    found = labelled_statistics(page.lines, used)
    flattened = {stat.line for stat in found}
    found += [stat for stat in run_on_statistics(page.lines, used) if stat.line not in flattened]
    claimed = {stat.line for stat in found if stat.line}
    # a one-row table inside a line of prose leaves the line to the prose's own counts: not claimed
    problems: list[Diagnostic] = []
    found += headed_row_statistics(page.lines, used | claimed, problems)
    found += captioned_pair_statistics(page.lines, used | claimed)  # inside prose too: the line is not claimed
    lone = lone_count_statistics(page.lines, used | claimed | {stat.line for stat in found if stat.line})
    found += lone
    claimed |= {stat.line for stat in lone}
    # a line of nothing but counts, or a bullet ending in one, is a count even where a flow reader took the line
    taken = claimed | {stat.line for stat in [*found, *readings.statistics] if stat.line}
    told = paired_count_statistics(page.lines, taken) + bullet_count_statistics(page.lines, taken)
    found += told
    claimed |= {stat.line for stat in told}
    return Reading(statistics=found, diagnostics=problems, claimed=claimed)


READER = Reader("counts_labelled", read, claims="counts")
