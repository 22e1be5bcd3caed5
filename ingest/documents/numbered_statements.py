"""Numbered statements of one hand-over each, as council answers and reports list them.

「（3）健康課が保有する「がん検診事務」の受診結果を、保険課が「保健事業実施事務」で目的外に利用する。
（相当な理由あり／令和6年4月1日から）」 names the holder (department and bracketed business), the items, the
receiver (department and bracketed business) and the kind; a bracket after the sentence adds the basis and the
start date. Variants: 「A課の「X事務」で保有するYを」, 「…に目的外利用する」, 「…を、B（外部）に提供する」, and
unquoted inside a sentence of a council answer: 「…のうち、A課が保有するYを、B課がZに利用することについては」
(a purpose-outside use whose receiving business is Z).

Plain sentences that tell one hand-over with a verb of the shared vocabulary are read here too, when both ends
are named and the object is personal data: 「A課のYをB課がZ事務で目的外利用します」, 「A課が保有するYを、Bと共有
しています」, 「A課は、…Yを抽出し、B会に送付しています」, 「市は、Bに対し、Yを渡しています」 (the municipality itself
holds: no source is named), 「B署からの照会に対し、Yを回答しました」, 「X台帳の情報を、B委員会がZに利用しています」.

>>> told = split_lines("税務課の課税情報を福祉課が児童手当の支給事務で目的外利用します。\\n"
...                    "北浜警察署からの照会に対し、対象者の氏名及び住所を回答しました。")
>>> [(f.source_department, f.recipient_department or f.recipient_external, f.recipient_business, f.kind)
...  for f in numbered_statement_flows(told, set())[0]]
[('税務課', '福祉課', '児童手当の支給事務', 'purpose_outside_use'), (None, '北浜警察署', None, 'external_provision')]

>>> flows = numbered_statement_flows(split_lines("(1) 税務課が保有する「課税事務」の所得額を、保育課が「入所事務」"
...     "で目的外に利用する。(本人同意／令和6年4月1日から)"), set())[0]
>>> [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.basis,
...   f.start_date, f.items) for f in flows]
[('税務課', '課税事務', '保育課', '入所事務', 'consent', '2024-04-01', ['所得額'])]
"""

from __future__ import annotations

import re

from ..normalize import DATE_SINCE, classify_basis
from ..records import Diagnostic, Flow
from .dates import safe_date
from .items import clean_items, compact
from .lines import Line, split_lines
from .names import is_department, is_external_body
from .vocabulary import PERSONAL_DATA

__all__ = ["numbered_statement_flows", "split_lines"]

_STATEMENT = re.compile(
    r"^\s*(?:[(（]?\d{1,2}[)）.．]?|[①-⑳]|[・●○])?\s*"
    r"(?P<holder>[^、。「」]+?)(?:が保有する|の)「(?P<source>[^」]+)」(?:で保有する|が保有する|において保有する)?の?"
    r"(?P<items>[^、。「」]*?)を、?(?P<receiver>[^、。「」]+?)(?:が「(?P<target>[^」]+)」(?:で|に|において))?(?:に|へ)?、?"
    r"(?P<verb>目的外に利用|目的外利用|外部に提供|外部提供|提供)(?:する|します|している|しています)"
)
# 「A課が保有するYを、B課がZに利用することについては」: no quotes, no number, inside a longer sentence
_CUE = re.compile(r"「|保有する|利用|共有|送付|渡し|渡す|回答|伝え|提供|送信")
_NAME = r"[一-龥ァ-ヶー々・]{2,20}"
_KANA_IN_NAME = "".join(chr(code) for code in range(0x3041, 0x3094) if chr(code) not in "のはをがにでとへもやか")
# 「子育て支援課」「こども家庭課」: a department's name may hold kana, never a particle
_DEPT = (rf"(?:(?:[{_KANA_IN_NAME}]{{1,4}}|[一-龥ァ-ヶー々]{{1,8}}[{_KANA_IN_NAME}]{{1,3}})[一-龥ァ-ヶー々]{{0,12}}"
         r"|[一-龥ァ-ヶー々]{1,12})(?:課|室|センター)")
_VERB = r"(?P<verb>送付|提供|お?渡し|渡す|回答|送信|伝え|共有)"
# 「A課が保有するYを、B課がZに利用する(ことについては)」: no quotes, no number, maybe inside a longer sentence
_PLAIN = re.compile(rf"(?:^|[、。])(?P<holder>{_DEPT})が保有する(?P<items>[^、。「」]{{2,30}}?)を、?"
                    rf"(?P<receiver>{_DEPT})が(?P<target>[^、。「」]{{2,30}}?)(?:のため)?に(?:目的外に)?利用(?:する|して|し)")
# 「A課が保有するYを、B課に提供します」
_HELD_GIVEN = re.compile(rf"(?:^|[、。])(?P<holder>{_DEPT})が保有する(?P<items>[^、。「」]{{2,30}}?)を、?"
                         rf"(?P<receiver>{_DEPT}|{_NAME})(?:に|へ)(?:対し(?:て)?)?、?(?:目的外)?(?:提供|送付|利用させ)")
# 「…機構に本人確認情報を送信しています」: no holder named (the municipality itself)
_ITEM_WORDS = r"(?:氏名|名前|住所|生年月日|連絡先|電話番号|本人確認情報)"
_GIVEN_TO = re.compile(rf"(?:^|[、。]|ため)(?:(?P<items>[^。]{{0,30}}?{_ITEM_WORDS}[^。をに]{{0,20}}?)を、?"
                       rf"(?P<dst>{_NAME})(?:に|へ)(?:対し(?:て)?)?、?"
                       rf"|(?P<dst2>{_NAME})(?:に|へ)(?:対し(?:て)?)?、?(?P<items2>[^。]{{0,30}}?{_ITEM_WORDS}[^。をに]{{0,20}}?)を)"
                       r"(?:送付|送信)(?:して|し|する|します)")  # 提供 so told is the notice readers' to read
# 「A課のYをB課がZ事務で目的外利用します」: another department's use
_USED_BY = re.compile(rf"(?:^|[、。])(?P<src>{_DEPT})(?:が保有する|の)(?P<items>[^、。をが]{{2,25}}?)を、?"
                      rf"(?P<dst>{_DEPT})が(?P<target>[^、。]{{2,30}}?)(?:で|に|において)、?目的外に?利用")
# 「X台帳の情報を、B委員会がZに利用しています」: a register used by another organ
_REGISTER_USED = re.compile(rf"(?:^|[、。])(?P<src>{_NAME}(?:台帳|システム))の(?P<items>[^、。をが]{{1,15}}?)を、?"
                            rf"(?P<dst>{_NAME}(?:委員会|課|室))が(?P<target>[^、。]{{2,30}}?)(?:で|に|において)"
                            r"、?(?:目的外に?)?利用")
# 「A課が保有するYを、Bと共有しています」
_SHARED = re.compile(rf"(?:^|[、。])(?P<src>{_DEPT})(?:が保有する|の|は、)(?P<items>[^、。をが]{{2,25}}?)を、?"
                     rf"(?P<dst>{_NAME})と(?:の間で)?共有")
# 「A課は、…Yを(抽出し、)B会に送付しています」「市は、Bに対し、Yを渡しています」
_SENT = re.compile(rf"(?:^|[、。])(?P<src>{_DEPT}|{_NAME}(?:本部|委員会)|市|町|村|区)は、(?:[^、。]{{0,30}}?、)?"
                   rf"(?:(?P<items>[^、。]{{2,40}}?)を、?(?:[^、。]{{0,10}}し、)?(?P<dst>{_NAME})(?:に|へ)(?:対し(?:て)?)?、?"
                   rf"|(?P<dst2>{_NAME})(?:に対し(?:て)?|に|へ)、?(?P<items2>[^。]{{2,40}}?)を){_VERB}")
# 「B署からの照会に対し、Yを回答しました」
_ANSWERED = re.compile(rf"(?:^|[、。])(?P<dst>{_NAME})(?:から|より)の(?:照会|依頼|求め)に(?:対し(?:て)?|応じ(?:て)?)、?"
                       r"(?P<items>[^。]{2,40}?)を(?P<verb>回答|提供|送付)")
_FROM_SYSTEM = re.compile(rf"(?P<system>{_NAME}(?:システム|台帳))から")
_NOTE = re.compile(r"[。]?\s*[(（](?P<note>[^()（）]+)[)）]\s*$")


def numbered_statement_flows(lines: list[Line], consumed: set[int],
                             diagnostics: list[Diagnostic] | None = None) -> tuple[list[Flow], set[int]]:
    """One flow per numbered statement line, and the lines read."""
    flows: list[Flow] = []
    for line in lines:
        if line.no in consumed or line.cells or not _CUE.search(line.text):
            continue
        text = compact(line.text)
        match = _STATEMENT.match(text)
        if not match:
            plain = _PLAIN.search(text) if "保有する" in text else None
            if plain:
                flows.append(_plain_flow(plain, text, line))
            else:
                flows.extend(_told_flows(text, line))
            continue
        receiver = match.group("receiver").strip()
        outside = not match.group("target") and not is_department(receiver) and is_external_body(receiver, set())
        if not (is_department(receiver) or outside):
            continue
        kind = "purpose_outside_use" if "目的外" in match.group("verb") else "external_provision"
        note = _NOTE.search(text[match.end():])
        basis, basis_text, start = "unknown", None, None
        if note:
            for part in re.split(r"[／/、,]", note.group("note")):
                since = DATE_SINCE.search(part)
                if since:
                    start = safe_date(since.group(1), line.no, diagnostics if diagnostics is not None else [])
                elif classify_basis(part) != "unknown":
                    basis, basis_text = classify_basis(part), part.strip()
        items, _ = clean_items(match.group("items"))
        holder = match.group("holder").strip()
        flows.append(Flow(source_department=holder if is_department(holder) else None,
                          source_business=match.group("source"),
                          recipient_department=None if outside else receiver,
                          recipient_business=match.group("target"), recipient_external=receiver if outside else None,
                          kind=kind, basis=basis, basis_text=basis_text, start_date=start, items=items,
                          line=line.no, quote=line.quote))
    return flows, {flow.line for flow in flows if flow.line}


def _plain_flow(match: re.Match[str], text: str, line: Line) -> Flow:
    """「A課が保有するYを、B課がZに利用する」: council when the sentence answers a consultation (諮問)."""
    rest = text[match.end():].split("。")[0]
    basis = "council" if "諮問" in text else classify_basis(rest)
    items, _ = clean_items(match.group("items"))
    return Flow(source_department=match.group("holder"), recipient_department=match.group("receiver"),
                recipient_business=match.group("target"), kind="purpose_outside_use", basis=basis,
                basis_text=None if basis in ("council", "unknown") else rest.strip("、 ") or None, items=items,
                line=line.no, quote=line.quote)


def _told_flows(text: str, line: Line) -> list[Flow]:
    """One flow per plain sentence that tells a hand-over of personal data between two named ends."""
    out: list[Flow] = []
    for sentence in text.split("。"):
        if not PERSONAL_DATA.search(sentence):
            continue
        flow = _told_flow(sentence)
        if flow is not None:
            flow.line, flow.quote = line.no, line.quote
            out.append(flow)
    return out


def _told_flow(sentence: str) -> Flow | None:
    given = _HELD_GIVEN.search(sentence)
    if given:
        return _handed(given.group("holder"), given.group("receiver"), given.group("items"), sentence)
    used = _USED_BY.search(sentence) or _REGISTER_USED.search(sentence)
    if used and used.group("src") != used.group("dst"):
        items, _ = clean_items(used.group("items"))
        holder = used.group("src")
        return Flow(source_department=holder if is_department(holder) else None,
                    source_business=None if is_department(holder) else holder,
                    recipient_department=used.group("dst"), recipient_business=used.group("target"),
                    kind="purpose_outside_use", basis=classify_basis(sentence), items=items)
    shared = _SHARED.search(sentence)
    if shared:
        return _handed(shared.group("src"), shared.group("dst"), shared.group("items"), sentence)
    sent = _SENT.search(sentence)
    if sent:
        holder = sent.group("src")
        return _handed(holder if is_department(holder) else None, sent.group("dst") or sent.group("dst2"),
                       sent.group("items") or sent.group("items2"), sentence)
    answered = _ANSWERED.search(sentence)
    if answered:
        return _handed(None, answered.group("dst"), answered.group("items"), sentence)
    anonymous = _GIVEN_TO.search(sentence)
    receiver = (anonymous.group("dst") or anonymous.group("dst2")) if anonymous else ""
    if anonymous and not is_department(receiver):
        return _handed(None, receiver, anonymous.group("items") or anonymous.group("items2"), sentence)
    return None


def _handed(holder: str | None, receiver: str, object_text: str, sentence: str) -> Flow | None:
    """A hand-over from ``holder`` (None: the municipality itself) to ``receiver``: inside the body when the
    receiver is a department, else to an outside body; a system the data are drawn from is the source business."""
    receiver = re.sub(r"^(?:各|全)", "", receiver) if len(receiver) > 3 else receiver
    if not PERSONAL_DATA.search(object_text) or receiver == holder:
        return None
    system = _FROM_SYSTEM.search(object_text)
    object_text = object_text[system.end():] if system else object_text
    system = system or _FROM_SYSTEM.search(sentence)  # 「住民基本台帳から抽出した、…一覧表を」
    items, _ = clean_items(re.sub(r"^.*?(?:から|より)", "", object_text))
    inside = is_department(receiver) and not is_external_body(receiver, set())
    return Flow(source_department=holder, source_business=system.group("system") if system else None,
                recipient_department=receiver if inside else None, recipient_external=None if inside else receiver,
                kind="purpose_outside_use" if inside else "external_provision", basis=classify_basis(sentence),
                items=items)
