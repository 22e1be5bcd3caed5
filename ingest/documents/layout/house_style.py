"""A page's house style: the item marks and dates it writes another way than the readers read them.

Cities number their items 「(1)」, 「1)」, 「①」 or 「(一)」, mark them 「ア」 or 「(ア)」, bullet them ・
or ○, quote with 「」 or 『』, and write a date 「令和6年4月1日」, 「R6.4.1」, 「令和六年四月一日」 or
「令和6年4月1日(月)」. The readers know one spelling of each; the layout reads every line of a page in that
spelling, each rewrite only where the page does not also use the readers' spelling (a page numbering 「(1)」 over
「1)」 uses two levels, not two spellings). What a record quotes stays as printed: only the text the readers read
is respelled.

>>> printed = ["① 市民課が…", "② 税務課が…", "諮問第五号 令和6年4月1日(月)"]
>>> style = HouseStyle.of("\\n".join(printed), printed)
>>> style.printed(printed[1], spaced_out=False), style.respelled("諮問第五号 令和6年4月1日(月)", 3)
('(2) 税務課が…', '諮問第5号 令和6年4月1日')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...normalize import kanji_value

__all__ = ["HouseStyle", "dates_as_read"]

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
# 「令和3年(2021年)6月14日」: the western year in brackets beside the era's
_WESTERN_BESIDE = re.compile(r"(?P<era>(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年)\s*[(（]\s*(?:19|20)\d{2}\s*年?\s*[)）]"
                             r"(?=\s*\d{1,2}\s*月)")
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
    >>> dates_as_read("令和3年(2021年)6月14日(月)14時")
    '令和3年6月14日14時'
    """
    if _KANJI_ERA.search(text) and _KANJI_DAY.search(text):
        text = _KANJI_DAY.sub(_kanji_day_in_digits, text)
    if "." in text and _ERA_ABBREVIATED.search(text):
        text = _era_written_out(text)
    if "年(" in text:
        text = _WESTERN_BESIDE.sub(r"\g<era>", text)  # 「令和3年(2021年)6月14日」: the era's year alone
    return _WEEKDAY.sub("", text) if "日(" in text else text


def _bracketed_circle(raw: str) -> str:
    """``raw`` with a leading circled number written 「(n)」: NFKC would make ① a bare 1, glued to the item.

    >>> _bracketed_circle("② 税務課が保有する…"), _bracketed_circle("⑫X")
    ('(2) 税務課が保有する…', '(12)X')
    """
    return _CIRCLED_MARK.sub(lambda mark: f"{mark.group(1)}({ord(mark.group(2)) - ord('①') + 1})", raw, count=1)


@dataclass(slots=True)
class HouseStyle:
    """What a page writes another way, found once per page (:meth:`of`), applied line by line."""

    bulleted: set[int] = field(default_factory=set)  # 0-based lines of a list bulleted ○
    half_brackets_alone: bool = False
    kana_brackets_alone: bool = False
    circled_alone: bool = False
    kanji_brackets_alone: bool = False
    kana_glued: bool = False
    kanji_days: bool = False
    dates_rewritten: bool = False
    double_quotes_alone: bool = False

    @classmethod
    def of(cls, text: str, raws: list[str], *, header: bool = False) -> HouseStyle:
        """The page's style, from its text and its printed lines (``header``: line 1 is an excerpt's provenance)."""
        marks = _marks_of(raws)
        kanji_days = any(era.search(text) for era in _KANJI_ERAS)
        return cls(
            bulleted=_circle_bullets(raws) if "○" in text else set(),  # ○ as a list's bullet: the readers know ・
            # 「1)」 for 「(1)」 only on a page that does not use both (「(1)」 over 「1)」: two levels)
            half_brackets_alone=")" in text and not marks.bracketed_number and not marks.circled,
            kana_brackets_alone=marks.kana_bracketed and not marks.bare_kana,  # 「(ア)」 for 「ア」
            # 「①」 for 「(1)」 on a page that numbers two items or more so and none (1), (2)…
            circled_alone=marks.circled_items >= 2 and not marks.bracketed_number,
            kanji_brackets_alone=marks.kanji_bracketed and not marks.bracketed_number,  # 「(一)」 for 「(1)」
            # 「ア」 glued to its item is a mark only on a page that glues 「ア」 and 「イ」 to theirs
            kana_glued=marks.first_kana_glued and marks.second_kana_glued,
            kanji_days=kanji_days,
            # dates some line writes another way (a weekday after it, 「R6.4.1」, kanji numerals): most pages have none
            dates_rewritten=(kanji_days or "日(" in text or "日（" in text or bool(_WESTERN_BESIDE.search(text))
                             or any(era.search(text) for era in _ERAS_ABBREVIATED_PRINTED)),
            # 『…』 quotes what 「…」 does on a page that never writes 「 (an excerpt's provenance line is no page)
            double_quotes_alone="『" in text and not any("「" in raw for raw in raws[1 if header else 0:]),
        )

    def printed(self, raw: str, *, spaced_out: bool) -> str:
        """The printed line to normalise: a leading circled number is written 「(n)」 before NFKC makes it a bare
        digit glued to its item (not in a table's row nor on a line spaced out character by character)."""
        if self.circled_alone and not spaced_out and "\t" not in raw and "|" not in raw:
            return _bracketed_circle(raw)
        return raw

    def respelled(self, norm: str, no: int) -> str:
        """Line ``no`` (1-based; its NFKC text ``norm``) in the readers' spelling."""
        if no - 1 in self.bulleted:
            norm = norm.replace("○", "・", 1)
        if self.kana_glued and "ア" <= norm.lstrip()[:1] <= "ン":
            norm = _GLUED_KANA.sub(r"\1\2 ", norm, count=1)
        if self.kanji_brackets_alone and norm.lstrip()[:1] == "(":
            norm = _bracketed_digits(norm)
        if self.half_brackets_alone and ")" in norm[:4]:
            norm = _canonical_mark(norm)
        elif self.kana_brackets_alone and norm.lstrip()[:1] == "(":
            norm = _KANA_BRACKETED.sub(r"\1\2 ", norm)
        if self.dates_rewritten and ("." in norm or "日(" in norm or "年(" in norm
                                     or self.kanji_days and _KANJI_ERA.search(norm)):
            norm = dates_as_read(norm)
        if "第" in norm and "号" in norm:
            norm = _case_numbers_in_digits(norm)
        if self.double_quotes_alone and "『" in norm:
            norm = norm.replace("『", "「").replace("』", "」")
        if "〔" in norm:
            norm = norm.replace("〔", "【").replace("〕", "】")  # a department in 〔…〕 is one in 【…】
        return norm
