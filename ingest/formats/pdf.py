"""PDFs with a text layer, through pdfplumber: words with positions → lines in reading order.

- ruled tables (pdfplumber's table finder, lines strategy) → one tab-separated line per row; text wrapped
  inside a narrow cell, or set vertically in it, stays one cell;
- a table continued on the next page with its header repeated reads as one table (the repeated header
  dropped, a row broken by the page joined again);
- page headers and footers (the same text at the same place on most pages) and bare page numbers dropped;
- characters spaced out for justification (「個 人 情 報」) joined; a paragraph wrapped at the column's
  width joined into one line; two columns read left column first;
- a page without a text layer (a scan) gets a diagnostic naming the page; nothing is guessed from it.

Every line's locator holds its 1-based ``page`` and its ``bbox`` (x0, top, x1, bottom, in PDF points from
the page's top-left corner) with the page's ``size``.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from tadori.errors import IngestError

from ..records import Diagnostic
from .cells import row_line
from .model import Converted

__all__ = ["convert_pdf", "join_spaced", "join_wrapped_cell"]

_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                   "intersection_tolerance": 3}
_PAGE_NUMBER = re.compile(r"^(?:[-－—–‐(（\[]\s*)?(?:p\.?\s*|page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?"
                          r"(?:\s*(?:ページ|頁))?(?:\s*[-－—–‐)）\]])?$", re.IGNORECASE)
_COLUMN_GAP = 1.6  # a gap this many character widths wide separates the columns of an unruled table
_UNRULED_GAP = "    "
_MARGIN = 0.06  # headers and footers sit in the top and bottom 6 % of the page
_LIST_START = re.compile(r"^(?:[・●○◆◇■□※\-*]|\d{1,3}[.．)）]|[(（]\d{1,3}[)）]|[①-⑳]|[ア-ン][.．、)）]|第\d)")


def _cjk(char: str) -> bool:
    return bool(char) and (unicodedata.east_asian_width(char) in ("W", "F"))


def _glue(left: str, right: str) -> str:
    """How two pieces of text broken by layout join: nothing between two East Asian characters, else a space."""
    if not left or not right:
        return ""
    return "" if _cjk(left[-1]) or _cjk(right[0]) else " "


def join_wrapped_cell(text: str) -> str:
    """A cell's lines as one line: wrapped Japanese joins without a space, other words with one.

    >>> join_wrapped_cell("目\\n的\\n外")
    '目的外'
    >>> join_wrapped_cell("Data\\nitems")
    'Data items'
    """
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    out = ""
    for part in parts:
        out += _glue(out, part) + part
    return join_spaced(out)


_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\x00-\x7f\s] ){2,}[^\x00-\x7f\s](?!\S)")


def join_spaced(text: str) -> str:
    """Characters spaced out for justification joined again: 「個 人 情 報」 → 「個人情報」; a whole line of
    two spaced characters too (「氏 名」).

    >>> join_spaced("個 人 情 報 の 保護")
    '個人情報の 保護'
    >>> join_spaced("氏 名")
    '氏名'
    """
    text = _SPACED_RUN.sub(lambda m: m.group(0).replace(" ", ""), text)
    parts = text.split(" ")
    if len(parts) == 2 and all(len(p) == 1 and _cjk(p) for p in parts):
        return "".join(parts)
    return text


@dataclass
class _Item:
    """A line before emission: text or a table row, where it stands, and the table it belongs to."""

    page: int
    top: float
    bbox: tuple[float, float, float, float]
    text: str = ""
    cells: list[str] | None = None
    table: int | None = None  # running number of the table on the whole document
    size: float = 10.0
    column_left: float = 0.0
    column_right: float = 0.0
    header_row: bool = False
    columns: tuple[float, ...] = ()  # left edges of a table row's cells
    dropped: bool = False
    margin: bool = False

    @property
    def line(self) -> str:
        return row_line(self.cells, keep_trailing=True) if self.cells is not None else self.text


@dataclass
class _Page:
    number: int
    width: float
    height: float
    items: list[_Item] = field(default_factory=list)


def _stack_vertical(words: list[dict]) -> list[dict]:
    """Text set vertically outside a table — single characters stacked in one narrow column — as one word."""
    singles = sorted((i for i, w in enumerate(words) if len(w["text"]) == 1 and _cjk(w["text"])),
                     key=lambda i: (words[i]["x0"], words[i]["top"]))
    merged: dict[int, dict] = {}
    absorbed: set[int] = set()
    stack: list[int] = []

    def close() -> None:
        if len(stack) >= 2:
            first, last = words[stack[0]], words[stack[-1]]
            merged[stack[0]] = dict(first, text="".join(words[i]["text"] for i in stack), bottom=last["bottom"],
                                    x1=max(words[i]["x1"] for i in stack))
            absorbed.update(stack[1:])
        stack.clear()

    for index in singles:
        word = words[index]
        size = max(word.get("size", 10), 1)
        previous = words[stack[-1]] if stack else None
        if previous is not None and abs(word["x0"] - previous["x0"]) < 0.5 and \
                -0.1 * size <= word["top"] - previous["bottom"] < 0.5 * size:
            stack.append(index)
        else:
            close()
            stack.append(index)
    close()
    return [merged.get(i, w) for i, w in enumerate(words) if i not in absorbed]


def _words_to_rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped into visual rows: a word joins the row whose vertical band holds its middle."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        for row in rows[-3:]:
            top, bottom = row[0]["top"], row[0]["bottom"]  # the band of the row's first word, never widened
            if top <= middle <= bottom:
                row.append(word)
                break
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    rows.sort(key=lambda r: min(w["top"] for w in r))
    return rows


# PDF fonts map the wave dash of Japanese text to U+301C where the text had U+FF5E (as CP932 has it).
_WAVE_DASH = str.maketrans({"\u301c": "\uff5e"})


def _row_text(words: list[dict]) -> str:
    out = ""
    previous = None
    for word in words:
        if previous is None:
            out = word["text"]
        else:
            size = max(previous.get("size", 10), 1)
            gap = word["x0"] - previous["x1"]
            if gap >= _COLUMN_GAP * size:  # a table drawn without rules: the readers split on runs of spaces
                out += _UNRULED_GAP + word["text"]
            else:
                out += ("" if gap < 0.12 * size and _glue(out, word["text"]) == "" else " ") + word["text"]
        previous = word
    return join_spaced(out).translate(_WAVE_DASH)


def _gutter(rows: list[list[dict]], width: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns, when the page's text is set in two."""
    if len(rows) < 2:
        return None
    step = 2.0
    bins = int(width / step) + 1
    covered = [0] * bins
    for row in rows:
        for word in row:
            for b in range(int(word["x0"] / step + 0.5), min(bins, int(word["x1"] / step - 0.5) + 1)):
                covered[b] += 1
    low, high = int(0.3 * width / step), int(0.7 * width / step)
    best: tuple[int, int] | None = None
    start = None
    for b in range(low, high + 1):
        if covered[b] <= max(1, len(rows) // 10):
            start = b if start is None else start
            if best is None or b - start > best[1] - best[0]:
                best = (start, b)
        else:
            start = None
    if best is None or (best[1] - best[0] + 1) * step < 6:
        return None
    left, right = best[0] * step, (best[1] + 1) * step
    on_left = sum(1 for row in rows if any(w["x1"] <= left + 1 for w in row))
    on_right = sum(1 for row in rows if any(w["x0"] >= right - 1 for w in row))
    return (left, right) if on_left >= 2 and on_right >= 2 else None


def _text_items(page_number: int, rows: list[list[dict]], width: float, height: float) -> list[_Item]:
    """Rows in reading order: in a two-column band the whole left column, then the right. Rows in the page's
    top and bottom margins (running headers and footers) are never split into columns."""

    def in_margin(row: list[dict]) -> bool:
        return max(w["bottom"] for w in row) < _MARGIN * height or min(w["top"] for w in row) > (1 - _MARGIN) * height

    gutter = _gutter([row for row in rows if not in_margin(row)], width)
    items: list[_Item] = []

    def item(words: list[dict], left: float, right: float) -> _Item:
        bbox = (min(w["x0"] for w in words), min(w["top"] for w in words), max(w["x1"] for w in words),
                max(w["bottom"] for w in words))
        size = max((w.get("size", 10) for w in words), default=10)
        return _Item(page=page_number, top=bbox[1], bbox=bbox, text=_row_text(words), size=size,
                     column_left=left, column_right=right)

    band_left: list[list[dict]] = []
    band_right: list[list[dict]] = []

    def flush() -> None:
        items.extend(item(r, *_extent(band_left)) for r in band_left)
        items.extend(item(r, *_extent(band_right)) for r in band_right)
        band_left.clear()
        band_right.clear()

    for row in rows:
        if gutter is None or in_margin(row):
            flush()
            items.append(item(row, 0, 0))
            continue
        left = [w for w in row if w["x1"] <= gutter[0] + 1]
        right = [w for w in row if w["x0"] >= gutter[1] - 1]
        if len(left) + len(right) < len(row):  # a word crosses the gutter: a full-width line
            flush()
            items.append(item(row, 0, 0))
            continue
        if left:
            band_left.append(left)
        if right:
            band_right.append(right)
    flush()
    if gutter is None:
        left, right = _extent([row for row in rows if not in_margin(row)])
        for it in items:
            it.column_left, it.column_right = left, right
    return items


def _extent(rows: list[list[dict]]) -> tuple[float, float]:
    if not rows:
        return 0.0, 0.0
    return min(w["x0"] for r in rows for w in r), max(w["x1"] for r in rows for w in r)


def _cell_value(page, bbox: tuple | None, text: str | None) -> str:
    """A cell's text on one line. A line that stops well short of the cell's widest line was broken on purpose
    (a <br>, a new entry): it joins with a space; a line wrapped at the cell's edge joins without one."""
    text = text or ""
    if "\n" not in text or bbox is None:
        return join_wrapped_cell(text).translate(_WAVE_DASH)
    lines = [line for line in page.crop(bbox).extract_text_lines(x_tolerance=1.5, strip=True) if line["text"]]
    if len(lines) < 2:
        return join_wrapped_cell(text).translate(_WAVE_DASH)
    widest = max(line["x1"] for line in lines)
    out = ""
    for previous, line in zip([None, *lines], lines, strict=False):
        piece = line["text"]
        if previous is not None:
            first = line["chars"][0]
            hard = previous["x1"] + 2 * (first["x1"] - first["x0"]) < widest - 1
            out += " " if hard else _glue(out, piece)
        out += piece
    return join_spaced(out).translate(_WAVE_DASH)


def _table_items(page, page_number: int, tables: list, first_number: int) -> list[_Item]:
    items = []
    for offset, table in enumerate(tables):
        number = first_number + offset
        texts = table.extract(x_tolerance=1.5)
        for index, (row, cells) in enumerate(zip(table.rows, texts, strict=False)):
            values = [_cell_value(page, bbox, cell) for bbox, cell in zip(row.cells, cells, strict=False)]
            if not any(values):
                continue
            bbox = tuple(row.bbox)
            columns = tuple(round(cell[0], 1) for cell in row.cells if cell is not None)
            items.append(_Item(page=page_number, top=bbox[1], bbox=bbox, cells=values, table=number,
                               header_row=index == 0, columns=columns))
    return items


def _table_settings(page) -> dict:
    """The lines strategy, with the page's ends of vertical rules added as horizontal ones: a table row broken by
    the page has no rule below it (or above it on the next page), and would otherwise be lost to the text."""
    settings = dict(_TABLE_SETTINGS)
    verticals = [edge for edge in page.edges if edge["orientation"] == "v" and edge["height"] > 4]
    if verticals:
        settings["explicit_horizontal_lines"] = sorted({round(min(e["top"] for e in verticals), 1),
                                                        round(max(e["bottom"] for e in verticals), 1)})
    return settings


def _inside(word: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 - 1 <= middle_x <= x1 + 1 and top - 1 <= middle_y <= bottom + 1 for x0, top, x1, bottom in boxes)


def _drop_headers_and_footers(pages: list[_Page]) -> None:
    """Text repeated at the same place in the top or bottom margin of most pages, and bare page numbers."""
    seen: dict[tuple[str, int], set[int]] = {}
    for page in pages:
        for item in page.items:
            if item.cells is not None:
                continue
            if item.bbox[1] < _MARGIN * page.height or item.bbox[3] > (1 - _MARGIN) * page.height:
                item.margin = True
                key = (re.sub(r"\d+", "#", item.text), round(item.bbox[1] / 6))
                seen.setdefault(key, set()).add(page.number)
    pages_with_text = sum(1 for page in pages if page.items)
    for page in pages:
        for item in page.items:
            if not item.margin:
                continue
            key = (re.sub(r"\d+", "#", item.text), round(item.bbox[1] / 6))
            repeated = pages_with_text >= 2 and len(seen.get(key, ())) >= max(2, 0.5 * pages_with_text)
            if repeated or _PAGE_NUMBER.match(item.text.strip()):
                item.dropped = True


def _join_continued_tables(items: list[_Item]) -> None:
    """A table whose page ended and whose header row opens the next page again: one table."""
    previous: _Item | None = None
    header_of: dict[int, list[str]] = {}
    for item in items:
        if item.dropped:
            continue
        if item.table is not None and item.header_row:
            header_of[item.table] = item.cells or []
            if previous is not None and previous.table is not None and previous.page < item.page and \
                    header_of.get(previous.table) == item.cells:
                item.dropped = True
                continued = item.table
                _mark_fragment(items, item, previous)
                for later in items:  # the rows of the continued table are rows of the first one
                    if later.table == continued:
                        later.table = previous.table
                continue
            if previous is not None and previous.table is not None and previous.page < item.page and \
                    item.columns and _same_columns(item.columns, previous.columns):
                continued = item.table  # no header repeated, but the same columns go on at the top of the page
                for later in items:
                    if later.table == continued:
                        later.table = previous.table
                        later.header_row = False
        previous = item


def _same_columns(these: tuple[float, ...], those: tuple[float, ...]) -> bool:
    return len(these) == len(those) and all(abs(a - b) <= 2.0 for a, b in zip(these, those, strict=True))


def _mark_fragment(items: list[_Item], header: _Item, last_row: _Item) -> None:
    """The first row after a repeated header that only finishes the row the page broke: joined into it."""
    after = items.index(header) + 1
    if after >= len(items):
        return
    row = items[after]
    if row.table != header.table or row.cells is None or last_row.cells is None:
        return
    filled = [cell for cell in row.cells if cell]
    if row.cells[0] or len(filled) * 2 > len(row.cells) or len(row.cells) != len(last_row.cells):
        return
    last_row.cells = [a + _glue(a, b) + b for a, b in zip(last_row.cells, row.cells, strict=True)]
    row.dropped = True


def _reaches_edge(item: _Item) -> bool:
    return bool(item.column_right) and item.bbox[2] >= item.column_right - 1.5 * item.size


def _wrap_gap(items: list[_Item]) -> float:
    """The usual gap below a line that reaches its column's edge: most such lines wrap inside a paragraph,
    so a clearly wider gap (a paragraph's own spacing) after a full line starts a new paragraph."""
    gaps = sorted(b.bbox[1] - a.bbox[3] for a, b in zip(items, items[1:], strict=False)
                  if a.cells is None and b.cells is None and a.page == b.page and not a.dropped
                  and not b.dropped and _reaches_edge(a) and 0 < b.bbox[1] - a.bbox[3] < 1.2 * b.size)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _join_paragraphs(items: list[_Item]) -> list[_Item]:
    """A line that reaches its column's right edge continues on the next line of the same column."""
    out: list[_Item] = []
    usual = _wrap_gap(items)
    for item in items:
        if item.dropped:
            continue
        last = out[-1] if out else None
        if (last is not None and last.cells is None and item.cells is None and last.page == item.page
                and last.column_right and item.column_right == last.column_right
                and _reaches_edge(last)
                and abs(item.size - last.size) < 0.5
                and 0 < item.bbox[1] - last.bbox[3] < min(1.2 * item.size, usual + 1.0)
                and item.bbox[0] <= last.bbox[0] + 0.5 and not _LIST_START.match(item.text)
                and _UNRULED_GAP not in last.text and _UNRULED_GAP not in item.text):
            last.text += _glue(last.text, item.text) + item.text
            last.bbox = (min(last.bbox[0], item.bbox[0]), last.bbox[1], max(last.bbox[2], item.bbox[2]), item.bbox[3])
            continue
        out.append(item)
    return out


def _blank_between(previous: _Item | None, item: _Item) -> bool:
    """A blank line where the text leaves a gap, and between a table and what follows it."""
    if previous is None:
        return False
    if (previous.table is None) != (item.table is None) or previous.table != item.table:
        return True
    if previous.page != item.page or item.cells is not None:
        return False
    return item.bbox[1] - previous.bbox[3] > 1.2 * max(item.size, previous.size)


def _read_page(page, number: int, tables_seen: int) -> tuple[_Page, int, bool]:
    """One page's text and table rows in reading order; True when the page is an image without text."""
    current = _Page(number, float(page.width), float(page.height))
    if not page.chars:
        return current, tables_seen, bool(page.images or page.rects or page.curves)
    tables = page.find_tables(_table_settings(page))
    tables = [t for t in tables if len(t.rows) >= 1 and len(t.rows[0].cells) >= 2]
    boxes = [tuple(t.bbox) for t in tables]
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, extra_attrs=["size"])
    words = [w for w in words if not _inside(w, boxes)]
    items = _text_items(number, _words_to_rows(_stack_vertical(words)), current.width, current.height)
    items += _table_items(page, number, tables, tables_seen + 1)
    current.items = _order(items)
    return current, tables_seen + len(tables), False


def convert_pdf(data: bytes, source: str) -> Converted:
    """Lines of a PDF in reading order, each with its page and box."""
    import pdfplumber  # imported here: only PDFs need it
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of every Chromium PDF
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        page_objects = pdf.pages
    except (PDFSyntaxError, Exception) as error:  # pdfminer raises many unrelated types on a broken file
        raise IngestError(source, f"not a readable PDF ({type(error).__name__})") from None
    converted = Converted(keep_original=True)
    pages: list[_Page] = []
    scans: list[int] = []
    tables_seen = 0
    with pdf:
        for number, page in enumerate(page_objects, start=1):
            try:
                current, tables_seen, scanned = _read_page(page, number, tables_seen)
            except IngestError:
                raise
            except Exception as error:  # pdfminer's errors on a damaged or encrypted page have no common base
                raise IngestError(source, f"cannot read page {number} of the PDF ({type(error).__name__})") from None
            pages.append(current)
            if scanned:
                scans.append(number)
    _drop_headers_and_footers(pages)
    everything = [item for page in pages for item in page.items]
    _join_continued_tables(everything)
    previous = None
    for item in _join_paragraphs(everything):
        if _blank_between(previous, item):
            converted.add("", page=item.page)
        size = [pages[item.page - 1].width, pages[item.page - 1].height]
        converted.add(item.line, page=item.page, bbox=[round(v, 1) for v in item.bbox], size=size)
        previous = item
    for number in scans:
        converted.diagnostics.append(Diagnostic(
            line=None, page=number, severity="warning",
            message=f"page {number} has no text layer (a scanned image?): nothing was read from it; "
                    "make it searchable with OCR first, e.g. `ocrmypdf --language jpn in.pdf out.pdf`"))
    return converted


def _order(items: list[_Item]) -> list[_Item]:
    """Keep the reading order of text (columns) but put each table where its top stands among the text."""
    text = [it for it in items if it.table is None]
    tables: dict[int, list[_Item]] = {}
    for it in items:
        if it.table is not None:
            tables.setdefault(it.table, []).append(it)
    out: list[_Item] = []
    pending = sorted(tables.values(), key=lambda rows: rows[0].top)
    for it in text:
        while pending and pending[0][0].top < it.top:
            out.extend(pending.pop(0))
        out.append(it)
    for rows in pending:
        out.extend(rows)
    return out
