"""Prose wrapped at the page width, joined back into one logical line per sentence or title.

PDF conversions often break a paragraph wherever the printed line ended: a council item's title,
a notice or a count sentence then spans two or three lines, and every reader, which works line by
line, would see only pieces. A document wraps this way when many of its prose lines have the same
(maximal) display width; when no such width dominates (each paragraph on one line, as most
conversions give), nothing is joined.

A line is continued by the next one when it is about as wide as the page (85%: digits and
kinsoku shift the break), does not end a unit
(「。」, 「について」 with or without its citation, a colon) and the next line does not open one
(a bullet, 【…】, a number, a speaker 「委員：」, a clause 「第5条 …」). Without a page width, a long
line is still continued by one that cannot start a sentence (a particle, a closing bracket, 「、」:
「…部分開示」 + 「が3件、…」). A line that ends in a closed bracket ends there unless a particle follows
(「■…の役割(やくわり)」, 「(PDF:120KB)」), and the next item of a list (ア → イ, (1) → (2)) always opens a line;
on a double-spaced page a line ending mid-phrase (「…のための」) is continued. The joined text goes on the
paragraph's first line, which keeps its number and quote; the continuation lines become blank.
Table rows (lines with cells) are never joined here: :mod:`.tables` mends those.

>>> from .lines import split_lines
>>> para = "北浜市は、住民基本台帳法に基づき、毎年、氏名、住所及び生年月日を自衛隊出張所へ提供しています。" * 2
>>> wrapped = [para[i:i + 20] for i in range(0, len(para), 20)]
>>> joined = join_wrapped(split_lines("見出し\\n" + "\\n".join(wrapped)), set())
>>> joined[1].text == para, [line.text for line in joined[2:]] == [""] * (len(wrapped) - 1)
(True, True)
>>> unwrapped = split_lines("市は、A課の事務から目的外利用する。\\n町は、B課へ提供しています。")
>>> [line.text for line in join_wrapped(unwrapped, set())] == [line.text for line in unwrapped]
True
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lines import Line

__all__ = ["join_wrapped", "page_width"]

_OPENS = re.compile(
    r"^(?:[・•○◯●◎■◆□◇▼▽▲△☆★【\[<＜※①-⑳\-*]|[(（]\s*\d|\d{1,2}(?:[\s.)．、]|$)|第\d+条[\s　]|[^\s:：。、]{1,12}[:：]"
    r"|以上$|(?:審議|報告|諮問)\s*\d|[ア-ン][\s.．、])"
)
# a unit ends: a full stop (or one closed by its ground: 「…提供します。(本人の同意)」), a colon, 「について」, a date
_ENDS = re.compile(r"(?:[。．:：】]|[。．]\s*[(（][^()（）]*[)）]|について(?:[(（][^()（）]*[)）])?"
                   r"|[(（][^()（）]*\d日[)）])$")  # …(令和6年9月30日): a dated item ends there
_CONTINUES = frozenset("がをにのとでへや、。)）」』ぁぃぅぇぉっゃゅょァィゥェォッャュョー")
_SENTENCE_END = frozenset("。．:：")
_CLOSING = frozenset(")）]］")
_LEFT_OPEN = frozenset("のをがへや、")  # a line ending in one of these stops mid-phrase: 「…把握のための」「…情報を」
_KATAKANA = re.compile(r"[ァ-ヺ]")
_KATAKANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
# an item's mark: 「ア」 not followed by katakana (「アンケート」 is a word), 「(1)」, 「1.」 (NFKC has made 「①」 a 1)
_ITEM_MARK = re.compile(r"^\s*(?:[(（](?P<paren>\d{1,2})[)）]|(?P<digit>\d{1,2})[.．、\s]"
                        r"|(?P<kana>[ア-ワ])(?![ァ-ヺー]))")
_MIN_WRAPPED = 4  # this many lines of one width make a page width
_SAMPLE = 600
_MIN_DOUBLE = 8  # this many printed lines, each followed by one blank line, make a double-spaced text


def _width(line: Line) -> int:
    """Display width of the line as printed: a wide (CJK) character counts 2, an ASCII one 1."""
    raw = line.raw.strip()
    return (len(raw.encode("utf-8")) + len(raw)) // 2


def page_width(lines: list[Line], skip: set[int]) -> int | None:
    """The width the long prose lines stop at, if the document wraps its prose; else ``None``.

    Wrapped prose piles up just under the page width (within 10%: digits, proportional fonts and
    line-breaking rules move the break) and nothing but a stray line or two goes beyond it.
    Prose written one paragraph per line has no such ceiling.
    """
    widths: list[int] = []
    for line in lines:
        if len(line.text) >= 15 and not line.cells and line.no not in skip:
            widths.append(_width(line))
            if len(widths) >= _SAMPLE:
                break  # a page width shows in the first pages: no need to measure every line
    widths.sort()
    for outliers in range(min(3, len(widths))):
        width = widths[-1 - outliers]
        count = len(widths) - outliers - bisect_left(widths, 0.9 * width)
        if count >= _MIN_WRAPPED and count >= 0.15 * len(widths):
            return width
    return None


def _continues(line: Line, following: Line, width: int | None, skip: set[int], spaced: bool = False) -> bool:
    """Whether ``following`` carries on the sentence or title ``line`` started (``spaced``: a double-spaced
    transcript, whose lines may break inside a word: 「…から受領したレセ」「プトデータに基づき…」)."""
    text, next_text = line.text, following.text
    if not next_text or following.cells or following.no in skip or text[-1] in _SENTENCE_END:
        return False
    if spaced and len(text) >= 12 and (_KATAKANA.match(text[-1]) or text[-1] == "ー") and _KATAKANA.match(next_text[0]):
        return not _OPENS.match(next_text)
    particle = ((next_text[0] in _CONTINUES and len(text) >= 20)
                or (spaced and text[-1] in _LEFT_OPEN and len(text) >= 12))
    if not particle and (width is None or not 0.85 * width <= _width(line) <= 1.1 * width):
        return False  # a line wider than the page was not broken by it: a stray long line
    if _next_item(text, next_text):
        return False  # 「ア …」 then 「イ …」: the next item of a list, however the first one ended
    if text[-1] in _CLOSING and not particle:
        return False  # 「■…の役割(やくわり)」「…(PDF:120KB)」: a title or a link ends at its closed bracket
    return not _ENDS.search(text) and not _OPENS.match(next_text)


def _next_item(text: str, next_text: str) -> bool:
    """Whether ``next_text`` opens the item after the one ``text`` opens: ア → イ, (1) → (2), 2. → 3.

    >>> _next_item("ア個人情報の取扱いについて(報告)", "イ登録簿の変更について"), _next_item("アンケートの", "イ")
    (True, False)
    """
    this, after = _ITEM_MARK.match(text), _ITEM_MARK.match(next_text)
    if not this or not after:
        return False
    style = this.lastgroup
    if style != after.lastgroup:
        return False
    first, second = this.group(style), after.group(style)
    if style in ("paren", "digit"):
        return int(second) == int(first) + 1
    at = _KATAKANA_ORDER.find(first)
    return at >= 0 and _KATAKANA_ORDER[at + 1:at + 2] == second


def _double_spaced(lines: list[Line]) -> bool:
    """Whether the text puts a blank line after every printed line (a PDF transcript's habit): then a single
    blank line is no paragraph break, and wraps are joined across it."""
    filled = [index for index, line in enumerate(lines) if line.text or line.cells]
    if len(filled) < _MIN_DOUBLE:
        return False
    spaced = sum(1 for index in filled[:-1] if index + 2 < len(lines) and not (lines[index + 1].text or
                 lines[index + 1].cells) and (lines[index + 2].text or lines[index + 2].cells))
    return spaced >= 0.7 * (len(filled) - 1)


def join_wrapped(lines: list[Line], skip: set[int]) -> list[Line]:
    """``lines`` with each wrapped paragraph joined onto its first line (``skip``: table lines)."""
    width = page_width(lines, skip)
    out = list(lines)
    spaced = _double_spaced(out)
    order = [index for index, line in enumerate(out) if line.text or line.cells] if spaced else list(range(len(out)))
    step = 0
    while step < len(order) - 1:
        line = out[order[step]]
        if (not line.text or line.cells or line.no in skip
                or not _continues(line, out[order[step + 1]], width, skip, spaced)):
            step += 1
            continue
        text, end = line.text, step
        while end + 1 < len(order) and _continues(out[order[end]], out[order[end + 1]], width, skip, spaced):
            text += out[order[end + 1]].text
            end += 1
        out[order[step]] = Line(line.no, line.raw, text)
        for blanked in order[step + 1:end + 1]:
            out[blanked] = Line(out[blanked].no, out[blanked].raw, "")
        step = end + 1
    return out
