"""Personal-data items: from a table cell, a prose object (「Xを収集する」) or a 「…」を追加 clause.

Cells and clauses wrap the items in qualifiers that are not items themselves: who the data is
about (「…のうち、」, 「…にある」, 「市が管理する」, a date range of births), why
(a trailing 「（…のため）」) or which part (「（…に限る。）」). Those are removed; what is left
is split on 、・ and 及び (see :func:`~tadori.ingest.normalize.split_items`).

>>> clean_items("受給者情報のうち、受給者氏名、住所、生年月日 等")
(['受給者氏名', '住所', '生年月日等'], None)
>>> clean_items("記録にある氏名、電話番号（通知の再送のため）")
(['氏名', '電話番号'], '通知の再送のため')
>>> clean_items("予約者の氏名、電話番号")[0]
['氏名', '電話番号']
>>> clean_items("生徒の氏名、保護者の氏名、住所")[0]
['生徒の氏名', '保護者の氏名', '住所']
>>> object_items("世帯員の課税状況を収集し審査するため。")
['課税状況']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...normalize import split_items

__all__ = ["added_items", "clean_items", "compact", "object_items", "is_vague_item"]

_ANY_SPACE = re.compile(r"\s")
_SPACE_BETWEEN = re.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
_TRAILING_PAREN = re.compile(r"[(（]([^()（）]*)[)）]$")
_LIMIT_PAREN = re.compile(r"[(（][^()（）]*(?:に限る|を除く)[^()（）]*[)）]")
_PREFIXES = (
    re.compile(r"^.*?のうち、?"),
    re.compile(r"^[^、]*?にある"),
    re.compile(r"^(?:市|町|村|区|本市|当市)が(?:管理|保有)する"),
    re.compile(r"^当該"),
    re.compile(r"^.*?に必要な(?!情報$)"),
    re.compile(r"^[^、]*?が(?:保有|管理|指定|所有|記録)する"),
    # 「…方を抜き出し、その氏名」: whom the data was taken for, then a pointer back to them
    re.compile(r"^(?:[^、]*?を)?(?:抜き出|抽出|取り出|選び出)し(?:て)?、(?:その|これらの)?"),
)
_WHOLE_ITEM = re.compile(r"(?:に関する|に係る|にかかる)(?:情報|データ|記録)$")
_DATED = re.compile(r"\d+年|\d+月\d+日")
_QUALIFIED_PERSON = re.compile(r"^.{2,}(?:になる|である|となる|該当する|属する|いる)"
                               r"(?:方|者|人|住民|世帯|[市町村区]民)の(.+)$")
_AGED_PERSON = re.compile(r"^満?\d+歳(?:以上|未満|以下)?(?:の|に達した|になった)?(?:方|人|者)の(.+)$")
_PERSON_PREFIX = re.compile(r"^[^()（）の、]{0,6}(?:員|者|民|主|児童|生徒)の(.+)$")
_OTHER_OWNER = re.compile(
    r"^(?:[^()（）の、]{0,6}(?:者|員|民|主|親|児童|生徒|家族)の|(?:保護者|親|配偶者|扶養者|家族)[^の]{1,6}$)"
)
_OBJECT = re.compile(
    r"([^、。をにはがで「」]+?)(?:など|等)?を(?:[^、。を]{0,15}?に)?(?:収集|確認|入力|照会|取得|目的外利用)"
)
_ADDED = re.compile(r"項目[^「」。]{0,20}?に((?:「[^」]+」(?:及び|並びに|、|・)?)+)を追加")
_QUOTED = re.compile(r"「([^」]+)」")
_NOT_ITEMS = re.compile(r"(?:業務|事務|事業|システム|課|室)$")


@lru_cache(maxsize=4096)  # readers compact the same lines and cells again and again
def compact(text: str) -> str:
    """Drop spaces between Japanese characters (PDF conversions scatter them), keep them in ASCII."""
    if not _ANY_SPACE.search(text):
        return text  # most strings: nothing to drop, and one plain scan instead of the lookarounds
    return _SPACE_BETWEEN.sub("", text).strip()


def is_vague_item(item: str) -> bool:
    """An item that says nothing about which data moves: 「…に必要な情報」, 「個人情報」 alone."""
    return item in ("情報", "個人情報", "データ") or "必要な" in item or _NOT_ITEMS.search(item) is not None


_COUNTED_TAIL = re.compile(r"(?<=[一-龥ァ-ヶー々])の[\d一二三四五六七八九十]+(?:つの)?(?:情報|項目|事項)$")


def clean_items(text: str | None) -> tuple[list[str], str | None]:
    """Items named in ``text`` and a trailing 「（…のため）」 reason, if any."""
    if not text:
        return [], None
    value = _LIMIT_PAREN.sub("", compact(text))
    reason = None
    match = _TRAILING_PAREN.search(value)
    if match and "ため" in match.group(1):
        reason = match.group(1)
        value = value[: match.start()]
    for prefix in _PREFIXES:
        value = prefix.sub("", value, count=1)
    value = re.sub(r"等の(?:個人)?情報$", "等", value)
    value = _COUNTED_TAIL.sub("", value)  # 「…及び性別の4項目」: how many, not one more item
    # 「A、B及びCの児童に関する情報」 is one item (the list qualifies its head noun), but in
    # 「住所、氏名、給与に係る情報」 only the last part is wrapped.
    last = re.split(r"[、,]", value)[-1]
    if not value or (_WHOLE_ITEM.search(value) and ("の" in last or last == value)):
        items = [value] if value else []
    else:
        items = split_items(value)
    if items and _DATED.search(items[0]) and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]  # 「…日までに生まれた住民の氏名」: the dates qualify whose
    if len(items) >= 2:
        qualified = _QUALIFIED_PERSON.match(items[0])
        if qualified:
            items[0] = qualified.group(1)  # 「18歳になる方の氏名」: who, not what
    if len(items) >= 2:
        person = _PERSON_PREFIX.match(items[0]) or _AGED_PERSON.match(items[0])
        owner = items[0][: -len(person.group(1)) - 1] if person else ""
        if person and not _owner_kept(person.group(1), items[1:]) and not _names_its_own(owner, items[1:]):
            items[0] = person.group(1)  # 「職員の住所、氏名、…」: the owner qualifies the whole list
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        item = item.strip("「」 ")
        key = item.removesuffix("等")
        if item and key not in seen:  # 「生年月日」 and 「生年月日 等」 are one item
            seen.add(key)
            out.append(item)
    return out, reason


def _owner_kept(bare: str, others: list[str]) -> bool:
    """Whether the first item keeps its owner: stripping it would merge it with another item or lose whose it is.

    In 「児童の氏名・保護者の氏名・住所」 or 「児童の氏名、学年、保護者連絡先」 another person is named, so the
    owner does not qualify the whole list.
    """
    return any(item.removesuffix("等") == bare.removesuffix("等") or _OTHER_OWNER.match(item) for item in others)


def _names_its_own(owner: str, others: list[str]) -> bool:
    """「転出者の氏名及び転出先住所」: the other of two items, starting with the owner's stem, names its own."""
    stem = owner.removesuffix("者")
    return len(stem) >= 2 and len(others) == 1 and others[0].startswith(stem) and not others[0].startswith(owner)


def object_items(sentence: str | None) -> list[str]:
    """Items that a reason says it collects, checks or enters: 「…の課税状況を収集し」 → 課税状況."""
    if not sentence:
        return []
    return list(_object_items(sentence))


_OBJECT_VERBS = ("収集", "確認", "入力", "照会", "取得", "目的外利用")


@lru_cache(maxsize=1024)  # a list gives the same reason on many rows
def _object_items(sentence: str) -> tuple[str, ...]:
    if not any(verb in sentence for verb in _OBJECT_VERBS):
        return ()  # every object is told before one of these verbs
    out: list[str] = []
    for match in _OBJECT.finditer(sentence):
        item = match.group(1).rsplit("の", 1)[-1].strip("」「 ")
        if item and not is_vague_item(item) and item not in out and len(item) <= 20:
            out.append(item)
    return tuple(out)


def added_items(text: str | None) -> list[str]:
    """Items a registry change adds: 「…個人情報の項目に「A・B」を追加」 → ['A', 'B'] (also 「A」及び「B」)."""
    if not text or "追加" not in text:
        return []
    return list(_added_items(text))


@lru_cache(maxsize=1024)  # a registry row's change is read by the registration and again by its flows
def _added_items(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for match in _ADDED.finditer(text):
        for item in (item for quoted in _QUOTED.findall(match.group(1)) for item in split_items(quoted)):
            if item not in out:
                out.append(item)
    return tuple(out)
