"""Shapes of names: departments, businesses, outside parties, and a prose "party" phrase.

Documents name the holder of data as a department (市民課), a business (住民基本台帳業務),
both (市民課「住民基本台帳業務」, 固定資産税課の固定資産税賦課業務, 子育て支援課より児童手当業務
及び…業務), or an outside body (社会福祉協議会). The suffix tells which.

>>> parse_party("既に利用している市民課、各支所「住民基本台帳業務」")
('市民課、各支所', ['住民基本台帳業務'])
>>> parse_party("子育て支援課より児童手当業務及び医療費支給業務")
('子育て支援課', ['児童手当業務', '医療費支給業務'])
>>> parse_party("旧住所")
(None, [])
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "DEPARTMENT_END",
    "BUSINESS_END",
    "is_business",
    "is_department",
    "is_external_body",
    "parse_party",
    "same_business",
    "split_business_department",
    "trim_phrase",
    "without_organ",
]

DEPARTMENT_END = re.compile(r"(?:課|室|係|支所|出張所|センター|コーナー|窓口|局|部|館|事務所|委員会|本部|総務|担当)$")
BUSINESS_END = re.compile(r"(?:業務|事務|事業|システム|制度|台帳|手続|贈呈|交付|支給|給付|助成)」?$")
_EXTERNAL_WORDS = re.compile(
    r"協議会|法人|会社|機構|組合|事業者|業者|受託|委託先|金融機関|銀行|国立|県|国|連合|研究|大学|病院|職業安定所|"
    r"警察|税務署|法務局|入国管理|年金|サーバ|クラウド|協会|団体"
)
_FILLER_END = re.compile(r"^.*(?:ている|ていた|する|した|ため|ついて|において|は|を)")
_FILLER_START = re.compile(r"^(?:なお|また|さらに|新たに|既に|現在)、?")
_PAREN_DEPT = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")
_BRACKETED = re.compile(r"^(.*?)「([^」]+)」$")


def is_department(name: str | None) -> bool:
    """True for a department-shaped name: 市民課, 防犯対策室, 保健センター, 消防局 指令課."""
    return bool(name) and DEPARTMENT_END.search(name.replace(" ", "")) is not None


def is_business(name: str | None) -> bool:
    """True for a business-shaped name: …業務, …事務, …事業, …システム, …制度."""
    return bool(name) and BUSINESS_END.search(name.replace(" ", "")) is not None


# 「教育委員会学校教育課」「警察本部運転免許課」: the organ or headquarters named before its department
_ORGAN_FIRST = re.compile(r"^(?:(?:教育委員会|選挙管理委員会|農業委員会)(?:事務局)?(?=\S{2,}(?:課|室|係|センター)$)"
                          r"|[^、。]{1,10}?(?:本部|局|部)(?=[^、。本局部]{2,12}課$))")


def without_organ(department: str) -> str:
    """The department without the organ or headquarters written before it.

    >>> without_organ("教育委員会学校教育課"), without_organ("県警察本部運転免許課"), without_organ("市民課")
    ('学校教育課', '運転免許課', '市民課')
    """
    return _ORGAN_FIRST.sub("", department.strip())


_WORK_WORD = re.compile(r"(?:業務|事務|事業)$")


def same_business(first: str | None, second: str | None) -> bool:
    """Whether two names are one business, told once as a 事業 and once as a 事務 (a title names the project,
    the department its own work): equal once their last word is left out.

    >>> same_business("子育て応援金支給事業", "子育て応援金支給事務"), same_business("健診事業", "健診システム")
    (True, False)
    """
    if not first or not second or not _WORK_WORD.search(first) or not _WORK_WORD.search(second):
        return False
    stem = _WORK_WORD.sub("", first)
    return len(stem) >= 4 and stem == _WORK_WORD.sub("", second)


def is_external_body(name: str, known_departments: set[str]) -> bool:
    """Whether a recipient is an outside body rather than one of the city's departments.

    A name the document itself uses as a department (a 担当課 cell) is a department; so is a
    name ending in 課. Anything else that reads like an organisation is outside.
    """
    key = name.replace(" ", "")
    if key in known_departments or key.endswith("課"):
        return False
    return _EXTERNAL_WORDS.search(key) is not None or not is_department(key)


def split_business_department(cell: str) -> tuple[str, str | None]:
    """「児童手当支給業務 (人事厚生課)」 → ('児童手当支給業務', '人事厚生課'); so 「人事厚生課 児童手当支給業務」,
    「人事厚生課/児童手当支給業務」 and 「人事厚生課(児童手当支給業務)」.

    >>> split_business_department("税務課/固定資産税事務"), split_business_department("保育課(入所事務)")
    (('固定資産税事務', '税務課'), ('入所事務', '保育課'))
    """
    match = _PAREN_DEPT.match(cell.strip())
    if match and is_department(match.group(2)):
        return match.group(1).strip(), match.group(2).strip()
    if match and is_department(match.group(1)) and is_business(match.group(2)):
        return match.group(2).strip(), match.group(1).strip()  # the department, its business in brackets
    parts = _DEPARTMENT_THEN_BUSINESS.split(cell.strip())
    if len(parts) == 2 and is_department(parts[0]) and is_business(parts[1]):
        return parts[1], parts[0]  # 「福祉課　手当事務」「福祉課/手当事務」: the department, then its business
    return cell.strip(), None


_DEPARTMENT_THEN_BUSINESS = re.compile(r"\s+|\s*[/／]\s*")


def trim_phrase(text: str) -> str:
    """A prose phrase without the clause before it (「既に利用している市民課」 → 市民課)."""
    text = text.strip(" 、")
    match = _FILLER_END.match(text)
    if match and match.end() < len(text):
        text = text[match.end():]
    return _FILLER_START.sub("", text.strip(" 、の")).strip(" 、")


def parse_party(text: str) -> tuple[str | None, list[str]]:
    """The department and businesses named by a prose phrase that ends where the verb starts."""
    department, businesses = _party(text)
    return department, list(businesses)


@lru_cache(maxsize=4096)  # the same phrases come back row after row and reader after reader
def _party(text: str) -> tuple[str | None, tuple[str, ...]]:
    department, businesses = _parsed_party(text)
    return department, tuple(businesses)


def _parsed_party(text: str) -> tuple[str | None, list[str]]:
    text = trim_phrase(text)
    if not text:
        return None, []
    if "より" in text:
        head, _, tail = text.rpartition("より")
        dept, businesses = parse_party(tail)
        head = trim_phrase(head)
        if is_department(head):
            return head, businesses
        return dept, businesses
    match = _BRACKETED.match(text)
    if match:
        dept = trim_phrase(match.group(1)) or None
        return (dept if dept and is_department(dept.split("、")[-1]) else None), [match.group(2)]
    if is_business(text):
        if "の" in text:
            head, _, tail = text.partition("の")
            if is_department(head) and is_business(tail):
                return head, [tail]
        parts = [part for part in re.split(r"及び|並びに", text) if part]
        if len(parts) > 1 and all(is_business(part) for part in parts):
            return None, parts
        return None, [text]
    if is_department(text):
        return text, []
    return None, []
