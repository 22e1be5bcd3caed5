"""The line model: a document as numbered, NFKC-normalised lines split into table cells.

Published reports reach us as plain-text conversions of PDFs: tables are tab-separated
(or ``a | b | c`` pipe-separated in Markdown-like conversions), rows break across lines and
page breaks repeat the header. Everything downstream works on :class:`Line` objects so that
every record can point back to the 1-based line it was read from.

>>> lines = split_lines("見出し\\n1\\t市民課\\t住民基本台帳業務\\n| 2 | 防災課 | 防災業務 |")
>>> [line.cells for line in lines]
[(), ('1', '市民課', '住民基本台帳業務'), ('2', '防災課', '防災業務')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from unicodedata import is_normalized

from ...normalize import nfkc_fast
from .house_style import HouseStyle

__all__ = ["Line", "box_rows", "despace", "is_row_number", "lines_above", "section_title", "split_cells", "split_lines"]

_PIPE = re.compile(r"\s*\|\s*")
_RULE_CELL = re.compile(r"^:?-{2,}:?$")
_ROW_NUMBER = re.compile(r"^(?:No\.?\s*|第\s*)?\(?\d{1,4}\)?(?:\s*回)?\.?$")
_HEADING_NUMBER = re.compile(
    r"^(?:[-*・]\s*)?(?:第?\d{1,2}(?:[.．]\d{1,2})*[.．、章節]?|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]+、)\s*"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its 1-based number, the raw text, the NFKC text and its table cells.

    ``cells`` is empty for a line that is not a table row (no tab, no pipes). A line never changes once laid
    out: a stage that sees more in it (fixed-width columns, a joined paragraph) makes a new one.
    """

    no: int
    raw: str
    text: str
    cells: tuple[str, ...] = ()
    more_rows: tuple[tuple[str, ...], ...] = ()  # further rows of a box-drawn table run into this one line

    @property
    def quote(self) -> str:
        """The line as written, stripped: what a record quotes as its provenance."""
        return self.raw.strip()

    @property
    def blank(self) -> bool:
        return not self.text


def lines_above(lines: Sequence[Line], index: int, count: int) -> list[Line]:
    """The last ``count`` lines with text or cells above ``lines[index]``, in page order.

    Readers look a few lines up for a title, a speaker or the body a sentence points back to. Counted in printed
    lines, such a window shrinks wherever a page puts a blank line after every line or a paragraph was joined
    (its continuation lines are blanked): counted in lines that say something, it does not.

    >>> lines = split_lines("A課の通知\\n\\n\\nB課へ\\n\\n提供する")
    >>> [line.text for line in lines_above(lines, 5, 2)]
    ['A課の通知', 'B課へ']
    """
    found: list[Line] = []
    for back in range(index - 1, -1, -1):
        if len(found) == count:
            break
        line = lines[back]
        if line.text or line.cells:
            found.append(line)
    return found[::-1]


# Every line of every document is made once by split_lines: built field by field through the slots, a Line costs a
# third of the frozen dataclass's __init__ (which goes through object.__setattr__ for each field).
_SET_FIELDS = (Line.no.__set__, Line.raw.__set__, Line.text.__set__, Line.cells.__set__, Line.more_rows.__set__)


def _new_line(no: int, raw: str, text: str, cells: tuple[str, ...], more_rows: tuple[tuple[str, ...], ...]) -> Line:
    """``Line(no, raw, text, cells, more_rows)``, the same object, made faster.

    >>> _new_line(3, " a", "a", ("a",), ()) == Line(3, " a", "a", ("a",))
    True
    """
    line = object.__new__(Line)
    set_no, set_raw, set_text, set_cells, set_more_rows = _SET_FIELDS
    set_no(line, no)
    set_raw(line, raw)
    set_text(line, text)
    set_cells(line, cells)
    set_more_rows(line, more_rows)
    return line


def split_cells(text: str) -> list[str]:
    """Cells of a tab- or pipe-separated row (already NFKC); ``[]`` for prose.

    Empty cells are kept: their position says which column a value belongs to.

    >>> split_cells("\\t担当課\\t業務の名称")
    ['', '担当課', '業務の名称']
    >>> split_cells("| 担当課 | 業務 |")
    ['担当課', '業務']
    >>> split_cells("|---|---|")
    []
    """
    if "\t" in text:
        return list(map(str.strip, text.rstrip("\n").split("\t")))
    if "|" in text and (text.lstrip().startswith("|") or " | " in text):
        body = text.strip()
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
        cells = [cell.strip() for cell in _PIPE.split(body)]
        if all(_RULE_CELL.match(cell) or not cell for cell in cells):
            return []  # a Markdown rule line between header and body
        return cells
    return []


_BOX_VERTICAL = "│┃║"
_BOX_CELL_BORDER = re.compile(f"[{_BOX_VERTICAL}]")
# a run of box-drawing characters other than the vertical borders: a rule between rows, or a corner
_BOX_RULE = re.compile("[\u2500\u2501\u2504-\u2550\u2552-\u257f]{2,}")


def box_rows(text: str) -> list[list[str]]:
    """The rows of a table drawn with box characters (│ ┃ between cells, ├─┼─┤ rules): one list of cells a row.

    A rule line gives no row; a line that runs a header, rules and rows together (a page flattened into one
    line) gives each of them; prose around the table is left out.

    >>> box_rows("│区分 │保有課 │根拠 │")
    [['区分', '保有課', '根拠']]
    >>> box_rows("├───┼────┤"), box_rows("┃  │事務 │  ┃")
    ([], [['', '事務', '']])
    >>> box_rows("表1 ┏━┯━┓ ┃番号│区分┃ ┣━┿━┫ ┃ 1│利用┃ ┗━┷━┛")
    [['番号', '区分'], ['1', '利用']]
    """
    rows = []
    for segment in _BOX_RULE.split(text):
        if len(_BOX_CELL_BORDER.findall(segment)) < 2:
            continue  # prose before or after the table, or a lone border
        body = segment.strip()
        start = next(index for index, char in enumerate(body) if char in _BOX_VERTICAL)
        if start and body[:start].strip():
            body = body[start:]  # prose glued before the row's left border
        cells = [cell.strip() for cell in _BOX_CELL_BORDER.split(body)]
        if body[0] in _BOX_VERTICAL:
            cells = cells[1:]
        if body[-1] in _BOX_VERTICAL:
            cells = cells[:-1]
        if len(cells) >= 2:
            rows.append(cells)
    return rows


# 「氏名,住所」: a comma between Japanese words (「，」 once NFKC'd) is the enumeration comma 「、」; 「1,234」 stays
_JAPANESE_COMMA = re.compile(r"(?<=[^\x00-\x7f]),|,(?=[^\x00-\x7f])")


_NUMBER_TOKEN = re.compile(r"^\d[\d,.]*%?$")
_UNIT = frozenset("年月日度号条回階")
# column words of count tables: a spaced-out header made only of them keeps them apart
_COLUMN_WORD = re.compile(r"目的外利用|外部提供|実施機関|開示請求|訂正請求|利用停止請求|審査請求"
                          r"|部分開示|一部開示|全部開示|不開示|非開示|不存在|取下げ|新規|変更|廃止|区分|年度|件数|合計|総計|計")


def _spaced_out(text: str) -> bool:
    """A line of a PDF conversion that put a space after every character: 「市 長 18 9 27」."""
    tokens = [token for token in text.split() if token != "|"]  # a pipe table's bars are no spaced-out letters
    return len(tokens) >= 5 and sum(len(token) == 1 for token in tokens) >= 0.6 * len(tokens)


def despace(text: str) -> str:
    """The words of a spaced-out line joined again; counts stay apart from the words and from each other.

    >>> despace("教 育 委 員 会 3 2 5")
    '教育委員会 3 2 5'
    >>> despace("令 和 3 年 度 の 状 況")
    '令和3年度の状況'
    >>> despace("区 分 新 規 変 更 廃 止")
    '区分 新規 変更 廃止'
    """
    tokens = text.split()
    out = tokens[:1]
    for position in range(1, len(tokens)):
        previous, current = tokens[position - 1], tokens[position]
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        before, now = bool(_NUMBER_TOKEN.match(previous)), bool(_NUMBER_TOKEN.match(current))
        apart = ((before and now) or (now and not before and following not in _UNIT)
                 or (before and not now and current not in _UNIT))
        out.append((" " if apart else "") + current)
    joined = "".join(out)
    words = _COLUMN_WORD.findall(joined)
    if len(words) >= 3 and "".join(words) == joined:
        return " ".join(words)  # 「実 施 機 関 目 的 外 利 用 外 部 提 供 計」: a table's header
    return joined


_EXCERPT_HEADER = re.compile(r"#\s*(?:source|shape)\s*:")


def _normal_line(raw: str) -> str:
    """:func:`~tadori.ingest.normalize.nfkc_fast` of a line that is not NFKC-normal, the same result.

    Most such lines are so only for full-width brackets and colons (「（…）」, 「委員：」): three plain replacements
    make them normal far faster than a translation table walks every character; any other line takes the full way.
    """
    mapped = raw.replace("（", "(").replace("）", ")").replace("：", ":")
    return mapped if is_normalized("NFKC", mapped) else nfkc_fast(raw)


def split_lines(text: str) -> list[Line]:
    """Number the document's lines, NFKC-normalise them and split table rows into cells.

    Lines are normalised one by one (:func:`~tadori.ingest.normalize.nfkc_fast`): NFKC's quick check
    passes every line that is already normal, where one call over the whole text would rewrite all of it.
    """
    out: list[Line] = []
    append = out.append
    raws = text.split("\n")
    # a conversion that spaced out every character does it on many lines, never on one
    spaced = sum(1 for raw in raws[:200] if " " in raw and _spaced_out(raw)) >= 3
    # the item marks and dates the page writes another way than the readers read them
    style = HouseStyle.of(text, raws, header=_EXCERPT_HEADER.match(raws[0]) is not None)
    for index, raw in enumerate(raws, start=1):
        printed = style.printed(raw, spaced_out=spaced and _spaced_out(raw)) if style.circled_alone else raw
        norm = printed if is_normalized("NFKC", printed) else _normal_line(printed)
        if index == 1 and _EXCERPT_HEADER.match(norm):
            norm = ""  # an excerpt's provenance (「# source: …」), not the page; numbering keeps it as line 1
        if spaced and _spaced_out(norm):
            norm = despace(norm)
        if "," in norm:
            norm = _JAPANESE_COMMA.sub("、", norm)
        norm = style.respelled(norm, index)
        cells: list[str] = []
        more: tuple[tuple[str, ...], ...] = ()
        if "\t" in norm or "|" in norm:
            cells = split_cells(norm)
            if cells and not any(cells):
                cells = []
        elif "│" in norm or "┃" in norm or "║" in norm:
            rows = box_rows(norm)
            if rows:
                cells, more = rows[0], tuple(tuple(row) for row in rows[1:])
        append(_new_line(index, raw, norm.strip(), tuple(cells), more))
    return out


def is_row_number(cell: str) -> bool:
    """True for a row number cell such as ``12``, ``(3)`` or ``No.4``."""
    return bool(_ROW_NUMBER.match(cell.strip()))


def section_title(text: str) -> str:
    """A heading without its numbering: ``2 目的外利用・外部提供の届出状況`` → the words.

    >>> section_title("3 自己情報の開示等請求の状況")
    '自己情報の開示等請求の状況'
    """
    return _HEADING_NUMBER.sub("", text.strip(), count=1).strip()
