"""Normalisation shared by every reader: text, Japanese dates, kinds, bases and item lists.

>>> to_iso_date("平成25年12月10日")
'2013-12-10'
>>> to_iso_date("令和元年5月7日")
'2019-05-07'
>>> classify_basis("相当の理由・権利利益を書しない")
'reasonable_grounds'
>>> split_items("住民登録地、続柄及びDV情報等")
['住民登録地', '続柄', 'DV情報等']
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

__all__ = [
    "DATE_SINCE",
    "ERA_OFFSETS",
    "business_key",
    "canonical_name",
    "classify_action",
    "classify_basis",
    "classify_kind",
    "dates_written",
    "kanji_value",
    "nfkc",
    "nfkc_fast",
    "split_items",
    "to_iso_date",
]

# First Gregorian year of each era, minus one: 平成N年 = 1988 + N.
ERA_OFFSETS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018, "H": 1988, "R": 2018, "S": 1925}

_SPACES = re.compile(r"\s+")
_ERA_DATE = re.compile(
    r"(?P<era>明治|大正|昭和|平成|令和|[HRS])\s*(?P<year>元|\d{1,2})\s*[年.．]\s*(?P<month>\d{1,2})\s*[月.．]\s*(?P<day>\d{1,2})\s*日?"
)
# A full date followed by から/より/以降 (「令和5年1月10日から」): group 1 is the date, for to_iso_date.
DATE_SINCE = re.compile(r"((?:平成|令和|[HR])\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                        r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:から|より|以降)")
_WESTERN_DATE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*[年/\-.]\s*(?P<month>\d{1,2})\s*[月/\-.]\s*(?P<day>\d{1,2})\s*日?"
)


# Full-width ASCII (！ … ～) and the ideographic space: the characters that make most Japanese lines
# not NFKC-normal. Each maps to its own NFKC form.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_is_normalized = unicodedata.is_normalized
_normalize = unicodedata.normalize


_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_POWERS = {"十": 10, "百": 100, "千": 1000}


def kanji_value(numeral: str) -> int:
    """The value of a number written in kanji, digit by digit or with 十 百 千.

    >>> kanji_value("三"), kanji_value("十二"), kanji_value("百五"), kanji_value("二〇"), kanji_value("二十一")
    (3, 12, 105, 20, 21)
    """
    if all(char in _KANJI_DIGITS for char in numeral):
        return int("".join(str(_KANJI_DIGITS[char]) for char in numeral))
    total, digit = 0, 0
    for char in numeral:
        if char in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[char]
        else:
            total += (digit or 1) * _KANJI_POWERS[char]
            digit = 0
    return total + digit


def nfkc_fast(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, the same result, in about half the time on Japanese text.

    A line that is already normal is returned as it is (NFKC's quick check); otherwise the full-width
    ASCII characters are mapped first, and only a line that is still not normal after that goes through
    NFKC proper. Mapping characters to their own compatibility forms never changes a string's NFKC, so
    the result is NFKC's whenever the mapped line is normal.

    >>> nfkc_fast("（条例第９条）　ＡＢＣ") == unicodedata.normalize("NFKC", "（条例第９条）　ＡＢＣ")
    True
    >>> nfkc_fast("ｶﾞ①") == unicodedata.normalize("NFKC", "ｶﾞ①")
    True
    """
    if _is_normalized("NFKC", text):
        return text
    mapped = text.translate(_FULL_WIDTH)
    return mapped if _is_normalized("NFKC", mapped) else _normalize("NFKC", text)


def nfkc(text: str | None) -> str:
    """NFKC-normalise and trim; ``None`` becomes the empty string."""
    if text is None:
        return ""
    return nfkc_fast(text).strip()


def canonical_name(name: str | None) -> str:
    """The key two spellings of one name share: NFKC, no spaces, no 「」 quotes.

    >>> canonical_name(" 住民基本台帳　業務 ")
    '住民基本台帳業務'
    """
    if not name:
        return ""
    return _canonical(name)


@lru_cache(maxsize=16384)
def _canonical(name: str) -> str:
    # Cached: a document names the same few hundred departments and businesses over and over.
    text = _SPACES.sub("", nfkc(name))
    return text.strip("「」『』\"'")


def to_iso_date(text: str | None) -> str | None:
    """Convert a 平成/令和/Western date to ISO; ``None`` when no full date is written.

    Spaces anywhere are ignored (PDF conversions space out 令 和 2 年 3 月 2 日).
    Raises ``ValueError`` for a date that cannot exist (平成25年2月30日), so callers can
    turn it into a diagnostic.

    >>> to_iso_date("令 和 2 年 3 月 2 日")
    '2020-03-02'
    >>> to_iso_date("R2.9.4")
    '2020-09-04'
    """
    if not text:
        return None
    return _iso_date(text)


@lru_cache(maxsize=4096)
def _iso_date(text: str) -> str | None:
    # Cached: reports repeat the same few dates on hundreds of rows.
    value = _SPACES.sub("", nfkc(text))
    match = _ERA_DATE.search(value)
    if match:
        year_text = match["year"]
        year = ERA_OFFSETS[match["era"]] + (1 if year_text == "元" else int(year_text))
    else:
        match = _WESTERN_DATE.search(value)
        if not match:
            return None
        year = int(match["year"])
    return date(year, int(match["month"]), int(match["day"])).isoformat()


def dates_written(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of every whole date an NFKC-normal ``text`` writes, in order (one that cannot exist is left
    out): one pass over a whole page.

    >>> dates_written("令和6年4月1日から2025年3月31日まで(令和5年2月30日は誤り)")
    [(0, '2024-04-01'), (10, '2025-03-31')]
    """
    found = []
    for pattern in (_ERA_DATE, _WESTERN_DATE):
        for match in pattern.finditer(text):
            try:
                iso = to_iso_date(match[0])
            except ValueError:
                continue
            if iso:
                found.append((match.start(), iso))
    return sorted(found)


_KIND_WORDS = (
    ("collection_from_others", ("本人以外からの収集", "本人以外収集", "collection_from_others")),
    ("online_connection", ("オンライン結合", "電子媒体", "online_connection")),
    ("external_provision", ("外部提供", "external_provision")),
    ("purpose_outside_use", ("目的外利用", "purpose_outside_use")),
)


# Abbreviations a 区分 cell uses on its own (never searched for inside a sentence).
_KIND_CELLS = {"目的外": "purpose_outside_use", "目的外使用": "purpose_outside_use", "提供": "external_provision",
               "外部": "external_provision", "結合": "online_connection"}


def classify_kind(text: str | None, default: str | None = None) -> str | None:
    """Map wording such as 目的外利用 / 外部提供 / オンライン結合 to the schema's ``kind``.

    >>> classify_kind("目的外"), classify_kind("提供"), classify_kind("提供する業務") is None
    ('purpose_outside_use', 'external_provision', True)
    """
    value = canonical_name(text)
    if value in _KIND_CELLS:
        return _KIND_CELLS[value]
    for kind, words in _KIND_WORDS:
        if any(word in value for word in words):
            return kind
    return default


# The registry's three actions, first match wins: 「登録の廃止」 abolishes, it registers nothing.
_ACTION_WORDS = (
    ("abolish", ("廃止", "削除", "抹消")),
    ("modify", ("修正", "変更")),
    ("new", ("新規", "開始", "追加登録", "登録", "新たに届", "新たに登録", "新しく届", "新しく登録")),
)


def classify_action(text: str | None) -> str | None:
    """The registry action (new / modify / abolish) that ``text`` names, or ``None``.

    >>> classify_action("個人情報取扱事務の廃止"), classify_action("新規"), classify_action("報告")
    ('abolish', 'new', None)
    """
    if not text:
        return None
    for action, words in _ACTION_WORDS:
        if any(word in text for word in words):
            return action
    return None


# Order matters: the first vocabulary that matches wins. Wording decides before article numbers,
# which differ between ordinances: 「条例第8条第2項第3号（生命等の保護）」 is vital_interest.
_BASIS_WORDS = (
    ("council", ("審議会", "公益上", "個人情報保護委員会", "council")),
    ("vital_interest", ("生命", "緊急", "やむを得ない", "vital_interest")),
    ("consent", ("本人同意", "本人の同意", "本人が同意", "同意", "consent")),
    ("law", ("法令", "法律", "法に基づ", "条例に基づ", "law")),
    ("reasonable_grounds", ("相当の理由", "相当な理由", "害しない", "書しない", "侵害しない", "reasonable_grounds")),
)


def classify_basis(text: str | None) -> str:
    """Map basis wording to a category; tolerant of known typos (書しない for 害しない).

    >>> classify_basis("本人同意")
    'consent'
    >>> classify_basis("条例第9条第3項第3号(生命等の保護)")
    'vital_interest'
    >>> classify_basis(None)
    'unknown'
    >>> classify_basis("個人情報保護法第69条第2項第3号"), classify_basis("法第69条第1項")
    ('reasonable_grounds', 'law')
    >>> classify_basis("住民基本台帳法第30条の6"), classify_basis("個人情報保護法第69条第2項第4号")
    ('law', 'unknown')
    >>> classify_basis("個人情報の保護に関する法律第69条第2項第3号")
    'reasonable_grounds'
    >>> classify_basis("児童扶養手当法"), classify_basis("個人情報保護法")
    ('law', 'unknown')
    """
    if not text:
        return "unknown"
    return _classify_basis(text)


@lru_cache(maxsize=4096)
def _classify_basis(text: str) -> str:
    value = canonical_name(text)
    if not value:
        return "unknown"
    if "法律第69条" in value:  # 「個人情報の保護に関する法律第69条第2項第3号」: the article decides, not the word 法律
        value = value.replace("法律第69条", "法第69条").replace("に関する法第69条", "法第69条")
        article = next((basis for basis, pattern in _BASIS_ARTICLES if pattern.search(value)), None)
        if article:
            return article
    for basis, words in _BASIS_WORDS:
        if any(word in value for word in words):
            return basis
    for basis, pattern in _BASIS_ARTICLES:
        if pattern.search(value):
            return basis
    if _STATUTE_ARTICLE.search(value) and "第69条" not in value:  # 第69条第2項第4号 stays unknown
        return "law"
    if _STATUTE_NAMED.fullmatch(value) and "個人情報" not in value:  # a 根拠 cell naming a statute alone
        return "law"
    return "unknown"


# Bare citations of the model ordinance's articles, read only when no wording says more.
# Since 2023 the Act on the Protection of Personal Information, 第69条: 1項 法令に基づく; 2項1号 本人同意;
# 2項2号・3号 相当の理由 (internal use, other public bodies). 2項4号 (statistics, the person's benefit, a
# special reason) has no category of its own and stays unknown unless worded.
_BASIS_ARTICLES = (
    ("council", re.compile(r"第9条第3項第4号(?!第)|第10条第1項第2号(?!第)|第8条第2項(?!第)")),
    ("vital_interest", re.compile(r"第9条第3項第3号(?!第)")),
    ("law", re.compile(r"法第69条第1項")),
    ("consent", re.compile(r"法第69条第2項第1号")),
    ("reasonable_grounds", re.compile(r"法第69条第2項第[23]号")),
)
# A statute (not the personal-information ordinance or act) cited by article, with no other wording:
# 住民基本台帳法第30条の6, 地方税法施行規則第1条 — a provision 法令に基づく.
_STATUTE_ARTICLE = re.compile(r"(?:法|法律|政令|省令|施行令|施行規則)第\d+条")
# A statute named alone, as a table's 根拠 cell writes it: 「住民基本台帳法」, 「地方税法施行令」.
_STATUTE_NAMED = re.compile(r"[一-龥ァ-ヶー]{2,30}(?:法|法律|法施行令|法施行規則)")
_ITEM_SEPARATORS = re.compile(r"[、,，・/／]")
_ITEM_CONJUNCTIONS = re.compile(r"及び|並びに|および")


def split_items(text: str | None) -> list[str]:
    """Split an item list on 、・ and 及び, keeping 等 where it is written.

    及び closes a list written with 、 (「A、B及びC」 is three items), but inside a list
    written with ・ alone it joins the parts of one item (「住所及び氏名・電話番号」 is two
    items), the way registers word compound items.

    >>> split_items("新住所・旧住所")
    ['新住所', '旧住所']
    >>> split_items("本人住所及び氏名・代理人住所及び氏名")
    ['本人住所及び氏名', '代理人住所及び氏名']
    >>> split_items("氏名及び住所")
    ['氏名', '住所']
    """
    value = nfkc(text)
    if not value:
        return []
    parts = _ITEM_SEPARATORS.split(value)
    split_conjunctions = "、" in value or "," in value or len(parts) == 1
    out: list[str] = []
    for part in parts:
        pieces = _ITEM_CONJUNCTIONS.split(part) if split_conjunctions else [part]
        for piece in pieces:
            piece = piece.strip(" 　「」")
            if piece and piece not in out:
                out.append(piece)
    return out


def business_key(name: str | None) -> str:
    """The key under which spellings of one business within a document are one business.

    Two names are the same business when they differ only by spacing, brackets of quotation,
    width (NFKC) or the interchangeable 事務 / 業務 ending: 「要介護(支援)認定事務」 and
    「要介護（支援）認定業務」 share a key. Near misses beyond that are left to
    :func:`tadori.ingest.documents.resolve.merge.same_business`, which also accepts a rapidfuzz ratio
    of 95 or more between keys.

    >>> business_key("要介護（支援）認定事務") == business_key("要介護(支援)認定 業務")
    True
    """
    if not name:
        return ""
    return _business_key(name)


@lru_cache(maxsize=16384)
def _business_key(name: str) -> str:
    key = canonical_name(name).replace("「", "").replace("」", "")
    return key.replace("事務", "業務")
