"""The same page as other conversions print it: wrapped at a PDF's line width, with a blank line after every line,
or numbered 「1)」 or 「①」 where it wrote 「(1)」, 「(ア)」 where it wrote 「ア」, 「第五号」 where it wrote 「第5号」
and 「2024年」 where it wrote 「令和6年」.

A reader that finds a flow on the page as published should find it on these too: a PDF transcript breaks each
paragraph where the printed line ended (avoiding a comma or a closing bracket at the start of a line, as Japanese
typesetting does), and an HTML-to-text conversion often leaves a blank line after every line. The line numbers
move; the flows do not. Tables (tab-separated rows) are left as they are: a PDF wraps a cell inside its column, not
a row across the page.

>>> [len(line) for line in pdf_wrapped("# source: x\\n" + "あ" * 45, columns=40).splitlines()[1:]]
[20, 20, 5]
>>> pdf_wrapped("# source: x\\n" + "あ" * 20 + "、い", columns=40).splitlines()[1:]  # no comma opens a line
['ああああああああああああああああああああ、', 'い']
>>> half_bracketed("# source: x\\n(1) 諮問\\n(2) 報告").splitlines()[1:]
['1) 諮問', '2) 報告']
>>> circled("# source: x\\n(1) 諮問\\n(２) 報告\\n(21) 以下").splitlines()[1:]
['① 諮問', '② 報告', '(21) 以下']
>>> western_dated("# source: x\\n令和6年4月1日、平成元年度").splitlines()[1:]
['2024年4月1日、1989年度']
>>> kana_bracketed("# source: x\\nア 諮問\\nイ 報告").splitlines()[1:]
['(ア) 諮問', '(イ) 報告']
>>> double_spaced("# source: x\\nA\\nB").splitlines()
['# source: x', 'A', '', 'B']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from unicodedata import east_asian_width

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document

_NO_LINE_START = frozenset("、。，．)）」』】")


def _columns(char: str) -> int:
    return 2 if east_asian_width(char) in "WFA" else 1


def _header_and_body(text: str) -> tuple[list[str], list[str]]:
    """An excerpt's line 1 is its provenance header (「# source: …」): it is not page text and stays as it is."""
    lines = text.split("\n")
    return (lines[:1], lines[1:]) if lines and lines[0].startswith("#") else ([], lines)


def pdf_wrapped(text: str, columns: int = 68) -> str:
    """``text`` as a PDF transcript prints it: every prose line broken at ``columns`` display columns."""
    header, body = _header_and_body(text)
    out: list[str] = []
    for line in body:
        if "\t" in line or sum(map(_columns, line)) <= columns:
            out.append(line)
            continue
        printed, width = "", 0
        for char in line:
            if width + _columns(char) > columns and char not in _NO_LINE_START:
                out.append(printed)
                printed, width = "", 0
            printed += char
            width += _columns(char)
        out.append(printed)
    return "\n".join(header + out)


_OPENERS, _CLOSERS = "(（「『", ")）」』"


def _sentences(line: str) -> list[str]:
    """A prose line's sentences: each up to a 。 outside brackets and quotes (「…という。)」 goes on), with the note
    in brackets after it (「…加えました。(令和6年6月3日変更)」)."""
    out, depth, start = [], 0, 0
    for position, char in enumerate(line):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char == "。" and depth == 0 and line[position + 1:position + 2] not in ("(", "（"):  # 「…。(…日変更)」
            out.append(line[start:position + 1])
            start = position + 1
    return [*out, line[start:]] if line[start:] or not out else out


def sentence_a_line(text: str) -> str:
    """``text`` with each sentence of a prose line on a line of its own, as pages that break after every 。 print it.

    >>> page = "# source: x\\nAを提供する。Bは「C。」と言う。\\n法(平成15年。以下「法」という。)第1条。D\\n表\\tD。E"
    >>> sentence_a_line(page).splitlines()[1:]
    ['Aを提供する。', 'Bは「C。」と言う。', '法(平成15年。以下「法」という。)第1条。', 'D', '表\\tD。E']
    """
    header, body = _header_and_body(text)
    return "\n".join(header + [printed for line in body
                                for printed in ([line] if "\t" in line or "|" in line else _sentences(line))])


def double_spaced(text: str) -> str:
    """``text`` with a blank line after every line, as many HTML-to-text conversions give it."""
    header, body = _header_and_body(text)
    return "\n".join(header + [printed for line in body for printed in (line, "")])


_BRACKETED_NUMBER = re.compile(r"^(\s*)[(（]([0-9０-９]{1,2})[)）]", re.MULTILINE)


def half_bracketed(text: str) -> str:
    """``text`` with its items numbered 「1)」 instead of 「(1)」, as many a page does."""
    header, body = _header_and_body(text)
    return "\n".join(header + [_BRACKETED_NUMBER.sub(r"\1\2)", "\n".join(body))])


def circled(text: str) -> str:
    """``text`` with its items numbered 「①」 instead of 「(1)」 (items 1 to 20)."""
    header, body = _header_and_body(text)

    def circle(mark: re.Match) -> str:
        number = int(unicodedata.normalize("NFKC", mark.group(2)))
        return mark.group(1) + chr(ord("①") + number - 1) if 1 <= number <= 20 else mark.group(0)

    return "\n".join(header + [_BRACKETED_NUMBER.sub(circle, "\n".join(body))])


_CASE_NUMBER = re.compile(r"第([1-9])号")
_KANJI_DIGITS = "一二三四五六七八九"


def kanji_numbered(text: str) -> str:
    """``text`` with its one-digit numbers 「第5号」 written 「第五号」 (case numbers, and an article's items too)."""
    header, body = _header_and_body(text)
    return "\n".join(header + [_CASE_NUMBER.sub(lambda number: f"第{_KANJI_DIGITS[int(number.group(1)) - 1]}号",
                                                "\n".join(body))])


_ERA_YEAR = re.compile(r"(令和|平成)(元|\d{1,2})年")
_ERA_START = {"令和": 2018, "平成": 1988}


def western_dated(text: str) -> str:
    """``text`` with its years in the western calendar (「2024年」 for 「令和6年」), as many a city writes them."""
    header, body = _header_and_body(text)

    def western(year: re.Match) -> str:
        return f"{_ERA_START[year.group(1)] + (1 if year.group(2) == '元' else int(year.group(2)))}年"

    return "\n".join(header + [_ERA_YEAR.sub(western, "\n".join(body))])


_BARE_KANA = re.compile(r"^(\s*)([ア-ン])[ 　]", re.MULTILINE)


def kana_bracketed(text: str) -> str:
    """``text`` with its items marked 「(ア)」 instead of 「ア」."""
    header, body = _header_and_body(text)
    return "\n".join(header + [_BARE_KANA.sub(r"\1(\2) ", "\n".join(body))])


def _body_rewritten(text: str, rewrite) -> str:
    header, body = _header_and_body(text)
    return "\n".join(header + [rewrite("\n".join(body))])


_KANJI_DIGIT = "〇一二三四五六七八九"


def _in_kanji(number: int) -> str:
    """「31」 → 「三十一」, as a date in kanji writes it (1 to 99)."""
    tens, ones = divmod(number, 10)
    written = "" if tens == 0 else "十" if tens == 1 else _KANJI_DIGIT[tens] + "十"
    return written + (_KANJI_DIGIT[ones] if ones else "")


_ERA_DAY = re.compile(r"(令和|平成)(\d{1,2})年(\d{1,2})月(\d{1,2})日")
_ERA_DAY_ALONE = re.compile(r"(令和\d{1,2}年\d{1,2}月\d{1,2}日)(?![(（])")
_BRACKETED_ONE_DIGIT = re.compile(r"^(\s*)[(（]([1-9])[)）]", re.MULTILINE)
_MARK_THEN_SPACE = re.compile(r"^(\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．]|[ア-ン]))[ 　]+", re.MULTILINE)


def kanji_dated(text: str) -> str:
    """``text`` with its era dates in kanji numerals (「令和六年四月一日」), as a notice or an answer may be written.

    >>> kanji_dated("# source: x\\n令和6年12月31日").splitlines()[1:]
    ['令和六年十二月三十一日']
    """
    return _body_rewritten(text, lambda body: _ERA_DAY.sub(
        lambda day: day.group(1) + "年".join([_in_kanji(int(day.group(2))), _in_kanji(int(day.group(3)))]) + "月"
        + _in_kanji(int(day.group(4))) + "日", body))


def era_abbreviated(text: str) -> str:
    """``text`` with its 令和 dates abbreviated (「R6.4.1」), as tables often write them."""
    return _body_rewritten(text, lambda body: re.sub(r"令和(\d{1,2})年(\d{1,2})月(\d{1,2})日", r"R\1.\2.\3", body))


def weekday_dated(text: str) -> str:
    """``text`` with a day of the week after each 令和 date (「令和6年4月1日(月)」; always Monday: no matter)."""
    return _body_rewritten(text, lambda body: _ERA_DAY_ALONE.sub(r"\1(月)", body))


def kanji_bracketed(text: str) -> str:
    """``text`` with its items numbered 「(一)」 for 「(1)」."""
    return _body_rewritten(text, lambda body: _BRACKETED_ONE_DIGIT.sub(
        lambda mark: f"{mark.group(1)}({_KANJI_DIGIT[int(mark.group(2))]})", body))


def unspaced_marks(text: str) -> str:
    """``text`` with no space between an item's mark and the item (「ア特定…」「(1)税務課が…」)."""
    return _body_rewritten(text, lambda body: _MARK_THEN_SPACE.sub(r"\1", body))


def double_quoted(text: str) -> str:
    """``text`` quoting with 『』 where it wrote 「」."""
    return _body_rewritten(text, lambda body: body.replace("「", "『").replace("」", "』"))


def circle_bulleted(text: str) -> str:
    """``text`` bulleted with ○ where it wrote ・."""
    return _body_rewritten(text, lambda body: re.sub(r"^(\s*)・", r"\1○", body, flags=re.MULTILINE))


def flow_ends(text: str) -> Counter:
    """The flows read from ``text`` as (kind, source, recipient), counted: what must survive a reprint."""
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    return Counter((flow.kind, flow.source_department or flow.source_business or flow.source_external,
                    flow.recipient_department or flow.recipient_business or flow.recipient_external)
                   for flow in extraction.flows)


def kept(text: str, reprint) -> tuple[int, int]:
    """How many of the flows read from ``text`` are read again from ``reprint(text)``, and how many there were."""
    before, after = flow_ends(text), flow_ends(reprint(text))
    return sum((before & after).values()), sum(before.values())
