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

from ...normalize import kanji_value, nfkc_fast

__all__ = ["Line", "box_rows", "despace", "is_row_number", "lines_above", "section_title", "split_cells", "split_lines",
           "dates_as_read"]

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


# an item's number written another way: 「1)」 for 「(1)」, the spelling the readers know
_HALF_BRACKETED = re.compile(r"^(\s*)(\d{1,2})\)(?!\))")
_KANA_BRACKETED = re.compile(r"^(\s*)\(([ア-ン])\)\s*")
_CIRCLED_MARK = re.compile(r"^(\s*)([①-⑳])")
_OPENING_BRACKETED_NUMBER = re.compile(r"[(（][0-9０-９]{1,2}[)）]")
_OPENING_KANA_BRACKETED = re.compile(r"[(（][ア-ン][)）]")
_OPENING_KANJI_BRACKETED = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
_KANJI_OR_OPENING = re.compile(r"[一-龥「(（]")


@dataclass(slots=True)
class _Marks:
    """How the page's lines open: the item marks it uses, which decide how a mark written another way is read."""

    bracketed_number: bool = False  # 「(1)」
    circled: bool = False  # 「①」…
    circled_items: int = 0  # prose lines opening with 「①」… (a table's row number is no item mark)
    kana_bracketed: bool = False  # 「(ア)」
    bare_kana: bool = False  # 「ア 」
    kanji_bracketed: bool = False  # 「(一)」
    first_kana_glued: bool = False  # 「ア特定…」 and 「イ子ども…」: the marks glued to their items
    second_kana_glued: bool = False


_SPEAKER_OR_TITLE = re.compile(r"^○\s*[^\s、。]{1,20}?(?:委員長?|会長|議長|市長|町長|村長|区長|課長|部長|局長|室長"
                               r"|事務局|係長|主幹|参事|理事)(?:[\s　(（]|$)|(?:条例|規則|要綱|要領|規程|訓令|告示)$")
_SHORT_ITEM = 60


def _circle_bullets(raws: list[str]) -> set[int]:
    """The lines (0-based) of runs of two or more short lines opening with ○ that are items of a list: no speaker of
    minutes (「○山辺会長 それでは…」) nor the title of a rule (「○…要綱」) among them.

    >>> sorted(_circle_bullets(["提供先", "○北浜警察署", "", "○北浜消防本部", "○山辺会長 それでは", "○A要綱"]))
    [1, 3]
    """
    out: set[int] = set()
    run: list[int] = []
    for index, raw in enumerate([*raws, "end"]):
        opening = raw.lstrip(" \t\u3000")
        if not opening:
            continue  # a blank line goes on with the run
        if opening[0] == "○" and len(opening) <= _SHORT_ITEM and not _SPEAKER_OR_TITLE.search(opening):
            run.append(index)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def _marks_of(raws: list[str]) -> _Marks:
    """The item marks the lines open with, in one pass (a search of the whole text per mark costs many times more).

    >>> marks = _marks_of(["(1) A", "① B", "② C", "ア D", "(イ) E", "(二) F", "ア特定", "イ子ども"])
    >>> (marks.bracketed_number, marks.circled_items, marks.bare_kana, marks.kana_bracketed, marks.kanji_bracketed,
    ...  marks.first_kana_glued, marks.second_kana_glued)
    (True, 2, True, True, True, True, True)
    """
    marks = _Marks()
    for raw in raws:
        opening = raw.lstrip(" \t\u3000")
        if not opening:
            continue
        first = opening[0]
        if first in "(（":
            head = opening[:5]
            marks.bracketed_number = marks.bracketed_number or _OPENING_BRACKETED_NUMBER.match(head) is not None
            marks.kana_bracketed = marks.kana_bracketed or _OPENING_KANA_BRACKETED.match(head) is not None
            marks.kanji_bracketed = marks.kanji_bracketed or _OPENING_KANJI_BRACKETED.match(head) is not None
        elif "①" <= first <= "⑳":
            marks.circled = True
            if "\t" not in raw and "|" not in raw:
                marks.circled_items += 1
        elif "ア" <= first <= "ン":
            after = opening[1:2]
            if after and after in " 　.．、":
                marks.bare_kana = True
            elif first in "アイ" and after and _KANJI_OR_OPENING.match(after):
                marks.first_kana_glued = marks.first_kana_glued or first == "ア"
                marks.second_kana_glued = marks.second_kana_glued or first == "イ"
    return marks


def _canonical_mark(text: str) -> str:
    """``text`` with its leading item number in the spelling the readers know (used only where the page does not
    also number with 「(1)」).

    >>> _canonical_mark("1) 諮問第5号 …について"), _canonical_mark("(1) 報告"), _canonical_mark("12) 13")
    ('(1) 諮問第5号 …について', '(1) 報告', '(12) 13')
    """
    return _HALF_BRACKETED.sub(r"\1(\2)", text)


# 「令和6年5月20日(月)」「…日(月曜日)」: the day of the week after a date says nothing the readers need, and most of
# them expect the date to run on into its verb (「…日登録」「…日付けで」) or to end its line
_WEEKDAY = re.compile(r"(?<=\d日)\s*\((?:[月火水木金土日](?:曜日?)?|祝|休)(?:・(?:祝|休)日?)?\)")
# 「R6.4.1」「H30.12.3」「令和6.4.1」: an era date abbreviated, which most readers know only written out
_ERA_ABBREVIATED = re.compile(r"(?<![A-Za-z0-9.])(?P<era>令和|平成|[RH])\s*(?P<y>元|\d{1,2})\s*[.．]"
                              r"\s*(?P<m>\d{1,2})\s*[.．]\s*(?P<d>\d{1,2})(?![\d.])")
# as printed, before NFKC
_ERAS_ABBREVIATED_PRINTED = tuple(re.compile(era + r"\s*(?:元|[0-9０-９]{1,2})\s*[.．]")
                                  for era in ("令和", "平成", "R", "H", "Ｒ", "Ｈ"))
_ERA_NAMES = {"R": "令和", "H": "平成", "令和": "令和", "平成": "平成"}
# 「令和六年四月一日」: an era date in kanji numerals, as a notice or an answer letter may be written
_KANJI_NUMBER = "[〇一二三四五六七八九十]{1,3}"
# what such a date must hold: most lines are passed at one scan; the page is scanned era by era (a literal opening
# makes a search many times faster than a class)
_KANJI_ERA = re.compile("[和成][元〇一二三四五六七八九十]")
_KANJI_ERAS = tuple(re.compile(f"{era}[元〇一二三四五六七八九十]") for era in ("令和", "平成", "昭和"))
_KANJI_DAY = re.compile(rf"(?P<era>令和|平成|昭和)(?P<y>元|{_KANJI_NUMBER})年(?:(?P<m>{_KANJI_NUMBER})月"
                        rf"(?:(?P<d>{_KANJI_NUMBER})日)?|(?P<fy>度))")
# a case's number written in kanji (「諮問第五号」, 「報告第十二号」): the readers know it in digits
_KANJI_CASE_NUMBER = re.compile(r"(?<=(?:諮問|答申|報告|議案)第)[〇一二三四五六七八九十百]+(?=号)")


def _case_numbers_in_digits(text: str) -> str:
    """``text`` with its case numbers in digits.

    >>> _case_numbers_in_digits("諮問第五号及び諮問第十二号について(条例第七条第三号)")
    '諮問第5号及び諮問第12号について(条例第七条第三号)'
    """
    return _KANJI_CASE_NUMBER.sub(lambda numeral: str(kanji_value(numeral.group(0))), text)


# 「(一)」: an item numbered in kanji in brackets, 「(1)」 written another way on a page that does not use both
_KANJI_BRACKETED = re.compile(r"^(\s*)[(（]([一二三四五六七八九十]{1,3})[)）]")


def _bracketed_digits(text: str) -> str:
    """``text`` with a leading 「(一)」 written 「(1)」.

    >>> _bracketed_digits("(一) 諮問第5号について"), _bracketed_digits("(十二)X"), _bracketed_digits("(一部)")
    ('(1) 諮問第5号について', '(12)X', '(一部)')
    """
    return _KANJI_BRACKETED.sub(lambda mark: f"{mark.group(1)}({kanji_value(mark.group(2))})", text, count=1)


# 「ア特定健康診査の…」: a katakana item mark glued to the kanji of its item (a conversion dropped the space)
_GLUED_KANA = re.compile(r"^(\s*)([ア-ン])(?=[一-龥「(（])")


def _era_written_out(text: str) -> str:
    """``text`` with its abbreviated era dates written out.

    >>> _era_written_out("届出日 R6.4.10、H30.12.3から、令和元.5.1 (ver 1.2.3、R2.0)")
    '届出日 令和6年4月10日、平成30年12月3日から、令和元年5月1日 (ver 1.2.3、R2.0)'
    """
    return _ERA_ABBREVIATED.sub(lambda day: f"{_ERA_NAMES[day.group('era')]}{day.group('y')}年{int(day.group('m'))}月"
                                            f"{int(day.group('d'))}日", text)


def _kanji_day_in_digits(day: re.Match[str]) -> str:
    year = day.group("y") if day.group("y") == "元" else str(kanji_value(day.group("y")))
    if day.group("fy"):
        return f"{day.group('era')}{year}年度"
    month = f"{kanji_value(day.group('m'))}月"
    return f"{day.group('era')}{year}年{month}" + (f"{kanji_value(day.group('d'))}日" if day.group("d") else "")


def dates_as_read(text: str) -> str:
    """``text`` (NFKC) with its dates as the readers know them: abbreviated era dates written out, without the day
    of the week written after a date.

    >>> dates_as_read("令和6年5月20日(月)午後2時、令和6年5月21日(火曜日)まで、6月1日(土・祝)")
    '令和6年5月20日午後2時、令和6年5月21日まで、6月1日'
    >>> dates_as_read("R6.4.10(水)届出"), dates_as_read("令和六年四月十日、平成三十一年度、令和元年十二月")
    ('令和6年4月10日届出', '令和6年4月10日、平成31年度、令和元年12月')
    """
    if _KANJI_ERA.search(text) and _KANJI_DAY.search(text):
        text = _KANJI_DAY.sub(_kanji_day_in_digits, text)
    if "." in text and _ERA_ABBREVIATED.search(text):
        text = _era_written_out(text)
    return _WEEKDAY.sub("", text) if "日(" in text else text


def _bracketed_circle(raw: str) -> str:
    """``raw`` with a leading circled number written 「(n)」: NFKC would make ① a bare 1, glued to the item.

    >>> _bracketed_circle("② 税務課が保有する…"), _bracketed_circle("⑫X")
    ('(2) 税務課が保有する…', '(12)X')
    """
    return _CIRCLED_MARK.sub(lambda mark: f"{mark.group(1)}({ord(mark.group(2)) - ord('①') + 1})", raw, count=1)


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
    marks = _marks_of(raws)
    bulleted = _circle_bullets(raws) if "○" in text else set()  # ○ as a list's bullet: the readers know ・
    # 「1)」 is 「(1)」 written another way only on a page that does not use both (「(1)」 over 「1)」 is two levels)
    half_brackets_alone = ")" in text and not marks.bracketed_number and not marks.circled
    # 「(ア)」 is 「ア」 written another way only on a page that does not use both
    kana_brackets_alone = marks.kana_bracketed and not marks.bare_kana
    # 「①」 is 「(1)」 written another way only on a page that numbers two items or more so and none (1), (2)…
    circled_alone = marks.circled_items >= 2 and not marks.bracketed_number
    # 「(一)」 is 「(1)」 written another way only on a page that does not use both
    kanji_brackets_alone = marks.kanji_bracketed and not marks.bracketed_number
    # 「ア」 glued to its item is a mark only on a page that glues 「ア」 and 「イ」 to theirs
    kana_glued = marks.first_kana_glued and marks.second_kana_glued
    # dates some line writes another way (a weekday after it, 「R6.4.1」, kanji numerals): most pages need no look
    kanji_days = any(era.search(text) for era in _KANJI_ERAS)
    dates_rewritten = (kanji_days or "日(" in text or "日（" in text
                       or any(era.search(text) for era in _ERAS_ABBREVIATED_PRINTED))
    # 『…』 quotes what 「…」 does on a page that never writes 「 (an excerpt's provenance line is no page)
    page_text = text.split("\n", 1)[-1] if _EXCERPT_HEADER.match(raws[0]) else text
    double_quotes_alone = "『" in page_text and "「" not in page_text
    for index, raw in enumerate(raws, start=1):
        printed = (_bracketed_circle(raw) if circled_alone and "\t" not in raw and "|" not in raw
                   and not (spaced and _spaced_out(raw)) else raw)
        norm = printed if is_normalized("NFKC", printed) else _normal_line(printed)
        if index == 1 and _EXCERPT_HEADER.match(norm):
            norm = ""  # an excerpt's provenance (「# source: …」), not the page; numbering keeps it as line 1
        if spaced and _spaced_out(norm):
            norm = despace(norm)
        if "," in norm:
            norm = _JAPANESE_COMMA.sub("、", norm)
        if index - 1 in bulleted:
            norm = norm.replace("○", "・", 1)
        if kana_glued and "ア" <= norm.lstrip()[:1] <= "ン":
            norm = _GLUED_KANA.sub(r"\1\2 ", norm, count=1)
        if kanji_brackets_alone and norm.lstrip()[:1] == "(":
            norm = _bracketed_digits(norm)
        if half_brackets_alone and ")" in norm[:4]:
            norm = _canonical_mark(norm)
        elif kana_brackets_alone and norm.lstrip()[:1] == "(":
            norm = _KANA_BRACKETED.sub(r"\1\2 ", norm)
        if dates_rewritten and ("." in norm or "日(" in norm or kanji_days and _KANJI_ERA.search(norm)):
            norm = dates_as_read(norm)
        if "第" in norm and "号" in norm:
            norm = _case_numbers_in_digits(norm)
        if double_quotes_alone and "『" in norm:
            norm = norm.replace("『", "「").replace("』", "」")
        if "〔" in norm:
            norm = norm.replace("〔", "【").replace("〕", "】")  # a department in 〔…〕 is one in 【…】
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
