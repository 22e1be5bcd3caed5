"""The kind of count a header word or a prose label names: 一部承諾 → disclosure_partial, 外部提供 →
external_provision, 廃止 → registration_abolish. Every count reader asks here, so a word is learnt once.

>>> stat_kind("一部承諾"), stat_kind("外部提供"), stat_kind("廃止"), stat_kind("備考")
('disclosure_partial', 'external_provision', 'registration_abolish', None)
>>> stat_kind("文書不存在による不開示")
'disclosure_nonexistent'
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["KIND_WORDS", "NO_KIND", "OUTCOMES", "PERIOD", "column_kind", "header_kinds", "stat_kind", "total_kind"]

# The first kind whose word the text contains wins: longer and more specific words come first.
_KIND_WORDS = (
    ("disclosure_partial", ("一部承諾", "部分開示", "一部開示")),
    # 「文書不存在による不開示」: a refusal because the record does not exist is a non-existence
    ("disclosure_nonexistent", ("不存在による", "不存在のため", "不存在を理由", "存在しないため")),
    ("disclosure_refused", ("拒否", "非開示", "不承諾", "不開示")),
    ("disclosure_nonexistent", ("不存在",)),
    ("disclosure_withdrawn", ("取下げ", "取り下げ", "取下")),
    ("disclosure_granted", ("全部承諾", "承諾", "全部開示", "開示決定")),
    # 「個人情報保護審査会への諮問件数」: the review board is consulted on the appeals, one consultation an appeal
    ("review_request", ("審査請求", "不服申立", "異議申立", "異議の申立", "審査会への諮問", "審査会に諮問")),
    ("correction_request", ("訂正",)),
    ("suspension_request", ("利用停止", "利用の停止", "提供の停止", "消去")),
    ("disclosure_request", ("請求件数", "請求数", "開示請求", "開示等請求", "閲覧", "写しの交付", "視聴", "請求内容",
                            "請求先", "開示申出", "開示の申出")),
    ("purpose_outside_use", ("目的外利用", "目的外に利用", "目的外の利用", "目的外に使用")),
    ("external_provision", ("外部提供", "へ提供され", "に提供され", "以外に提供", "以外へ提供した", "以外の者へ提供",
                            "以外の者に提供", "外部に提供",
                            "提供した件数")),
    ("registration_total", ("現在の登録", "現在登録", "登録総数", "登録事務の総数", "登録事務数", "事務の登録件数",
                            "業務の登録件数", "現在累計", "現在の届出", "届出事務の総数", "届出事務数",
                            "年度末の登録", "年度末の届出", "時点の登録", "時点での登録",
                            "登録されている", "届出されている", "届け出られている")),
    ("registration_abolish", ("廃止", "抹消", "削除")),
    ("registration_modify", ("変更", "修正")),
    ("registration_new", ("新規", "登録", "開始", "新たに届", "新たに登録", "新たに作成")),
    ("complaint", ("苦情",)),
)
KIND_WORDS = frozenset(word for _, words in _KIND_WORDS for word in words)


def stat_kind(text: str | None) -> str | None:
    """The statistic kind a header word or prose label names, or ``None``."""
    if not text:
        return None
    return _stat_kind(text)


@lru_cache(maxsize=4096)
def _stat_kind(text: str) -> str | None:
    # Cached: header words and row labels repeat on every page.
    for kind, words in _KIND_WORDS:
        if any(word in text for word in words):
            return kind
    if _FILE_REGISTER.search(text):
        return "registration_total"  # 「…公表している個人情報ファイル簿は87件」: the register's size
    if (outside := _OUTSIDE_PURPOSE.search(text)) is not None:
        return "purpose_outside_use" if outside.group("verb") == "利用" else "external_provision"
    return None


# 「個人情報ファイル簿」「…ファイル簿の件数は、」: the register itself, or its count as a sentence's topic
_FILE_REGISTER = re.compile(r"ファイル簿(?:の(?:件数|総数|数))?は?$")
# 「利用目的以外の目的のために保有個人情報を利用した件数」: the statute's own words for a use or a provision
# 「利用目的以外の目的で利用したもの」: the same, with で for ために
_OUTSIDE_PURPOSE = re.compile(r"目的以外の目的(?:の?ため[にの]?|で)[^、。]{0,20}?(?P<verb>利用|提供)")


def column_kind(cell: str) -> str | None:
    """A header cell's kind; a bare 開示 column (beside 部分開示, 非開示 …) holds full disclosures.

    >>> column_kind("開示"), column_kind("届出件数"), column_kind("新規届出件数")
    ('disclosure_granted', 'registration_total', 'registration_new')
    """
    if cell.replace(" ", "") in ("開示", "全部開示", "全部"):
        return "disclosure_granted"
    if cell.replace(" ", "") == "提供":
        return "external_provision"  # a bare 提供 column (beside 目的外利用) holds the provisions outside
    if _NOTIFIED.fullmatch(cell.replace(" ", "")):
        return "registration_total"  # a column of the businesses notified, naming no change: the register's size
    return stat_kind(cell)


_NOTIFIED = re.compile(r"(?:取扱)?(?:事務の?)?届出(?:件数|数)")


_CHANGE_WORD = re.compile(r"新規|新た|追加|増")


def header_kinds(cells: list[str]) -> list[str | None]:
    """Each header cell's kind; a count of registrations that names no change (「登録件数」) beside the columns of
    the new, changed and abolished ones counts the registry's stock, not its new entries.

    >>> header_kinds(["登録件数", "新規", "変更", "廃止"])
    ['registration_total', 'registration_new', 'registration_modify', 'registration_abolish']
    >>> header_kinds(["新規登録件数", "廃止"])
    ['registration_new', 'registration_abolish']
    """
    kinds = [column_kind(cell) for cell in cells]
    changes = {"registration_modify", "registration_abolish"} & set(kinds) and any(
        kind == "registration_new" and _CHANGE_WORD.search(cell) for cell, kind in zip(cells, kinds, strict=True))
    if not changes:
        return kinds
    return ["registration_total" if kind == "registration_new" and not _CHANGE_WORD.search(cell) else kind
            for cell, kind in zip(cells, kinds, strict=True)]


# A fiscal year or a part of one: 令和5年度, 平成30年度, 2023年度, 令和元年度上半期, 令和6年度第2四半期.
PERIOD = re.compile(r"(?:(?:令和|平成|昭和)(?:\d{1,2}|元)年度|(?:19|20)\d\d年度)"
                    r"(?:[上下]半期|第[1-4一二三四]四半期)?")
# Outcomes that are no kind of count here (pending, rejected as such, neither confirmed nor denied).
NO_KIND = re.compile(r"却下|処理中|継続中|審査中|存否応答拒否|答申")  # 「審査請求1件答申1件」: answers given

OUTCOMES = _OUTCOMES = frozenset(("disclosure_granted", "disclosure_partial", "disclosure_refused",
                                  "disclosure_nonexistent", "disclosure_withdrawn"))
_CHANGES = frozenset(("registration_new", "registration_modify", "registration_abolish"))


def total_kind(kinds: list[str | None]) -> str | None:
    """What a sum over counts of these kinds counts: the decisions on the requests are the requests decided,
    the businesses registered, changed and abolished are the businesses notified; a sum over unlike kinds
    (目的外利用 and 外部提供) is no kind of count.

    >>> total_kind(["disclosure_granted", "disclosure_partial"])
    'disclosure_request'
    >>> total_kind(["registration_new", "registration_abolish"])
    'registration_total'
    >>> total_kind(["purpose_outside_use", "external_provision"]) is None
    True
    """
    chosen = set(kinds)
    if len(kinds) < 2 or None in chosen:
        return None
    if chosen <= _OUTCOMES:
        return "disclosure_request"
    if chosen <= _CHANGES:
        return "registration_total"
    return None
