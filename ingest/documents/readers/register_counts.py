"""Counts of a register told in everyday words: 「ファイルが3つ増えて2つ消え、全部で載っているのは52ファイル」.

The genre: a news item or a residents' page about the 個人情報ファイル簿 (or the 登録簿 of 取扱事務) counts files,
not 件: 「2つ」「38ファイル」. The verb right after a count names its kind (増えた / 追加 → registration_new,
消えた / 削除 → registration_abolish, 変わった → registration_modify); a count after 「全部で」「合わせて」 is the
register's stock (registration_total). The subject before the count labels it, else the verb after it. A count that
sums up the names just quoted (「「X」と「Y」の2つが追加」) restates the registrations, it is no statistic. Counts in
件 are the prose count reader's.

>>> from ..layout.page import page_of
>>> page = page_of("ファイル簿の更新\\n今回は新しいファイルが3つ増えて、全部で公表されているのは41ファイルです。")
>>> [(s.kind, s.count, s.organ_or_basis) for s in read(page, Readings()).statistics]
[('registration_new', 3, '新しいファイル'), ('registration_total', 41, '全部で公表されているの')]
"""

from __future__ import annotations

import re

from ...records import Statistic
from ..layout.page import Page
from ..reading import Reader, Reading, Readings

__all__ = ["READER"]

_COUNT = re.compile(r"(?P<n>\d[\d,]*)\s*(?:つ|ファイル)(?!簿|の名称|名)")
_VERBS = (
    ("registration_new", re.compile(r"(?:が|は)?(?:新たに|新しく)?(?:増え|追加|加わ)")),
    ("registration_abolish", re.compile(r"(?:が|は)?(?:消え|減|削除|廃止|なくな)")),
    ("registration_modify", re.compile(r"(?:が|は)?(?:変わ|変更)")),
)
# 「全部で…38ファイルになった」「合わせて27ファイルです」: the stock ends the clause (not 「全部で2つの課が」)
_STOCK_END = re.compile(r"(?:に|と|です|でした|で|ある|あり|$)")
_IN_ALL = re.compile(r"全部で|合わせて|あわせて|合計で?|総数")
_VERB_LABEL = re.compile(r"(?:が|は)?(?P<verb>[^、。\d]{1,10})")
_REASON_AFTER = re.compile(r"(?:ので|から|けど|けれど|ため).*$")  # 「消えたので」: the verb without its "so"


_INFLECTION = re.compile(r"[^、。\d「」]{0,4}?(?:て|た|で|し|り)")


def _kind(clause: str, match: re.Match) -> tuple[str | None, int]:
    """The count's kind and where the verb naming it ends (the count's own end when no verb names it)."""
    for kind, verb in _VERBS:
        named = verb.match(clause, match.end())
        if named:
            inflected = _INFLECTION.match(clause, named.end())
            return kind, inflected.end() if inflected else named.end()
    stock = _IN_ALL.search(clause, 0, match.start()) and _STOCK_END.match(clause, match.end())
    return ("registration_total" if stock else None), match.end()


def _label(before: str, after: str) -> str:
    """The subject before the count (past the sentence's topic 「今回は」), else the verb after it."""
    subject = before.rsplit("は", 1)[-1] if not _IN_ALL.search(before) else before[_IN_ALL.search(before).start():]
    subject = subject.strip().rstrip("がはも")
    if subject:
        return subject
    verb = _VERB_LABEL.match(after)
    return _REASON_AFTER.sub("", verb.group("verb")) if verb else ""


def read(page: Page, readings: Readings) -> Reading:
    if not (page.has("ファイル簿") or page.has("登録簿") or page.has("取扱事務")):
        return Reading()
    counted = {statistic.line for statistic in readings.statistics}
    out: list[Statistic] = []
    for line in page.lines:
        if line.blank or line.cells or line.no in counted or not _COUNT.search(line.text):
            continue
        for sentence in line.text.split("。"):
            for clause in sentence.split("、"):
                start = 0
                for match in _COUNT.finditer(clause):
                    if clause[: match.start()].endswith("」の"):
                        continue  # 「「X」と「Y」の2つが追加」: the names just quoted, summed up
                    kind, verb_end = _kind(clause, match)
                    if kind is None:
                        continue
                    label = _label(clause[start: match.start()], clause[match.end():])
                    out.append(Statistic(table=sentence[:30], organ_or_basis=label, kind=kind,
                                         count=int(match.group("n").replace(",", "")), line=line.no,
                                         quote=line.quote))
                    start = verb_end
    return Reading(statistics=out)


READER = Reader("register_counts", read)
