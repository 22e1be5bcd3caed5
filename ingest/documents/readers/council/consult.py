"""Flows named by the title of a council consultation (諮問案件 / 報告事項).

Title patterns, the same in every city's agendas, minutes and annual summaries:

- 「A課、B課及びC課が保有するX並びにD課が保有するYをE課が目的外利用すること…」: one flow per
  source department, each with its own items (「A課が保有するX及びB課が保有するY」 too: the 保有する
  repeated per department); 「…をE課がZ事務において目的外利用」: Z is the recipient business;
- 「X業務を（民間事業者に）委託するに当たり、…Zを、オンライン結合等により受託事業者へ提供すること」:
  X is the recipient business, the contractor the outside recipient; so in the noun form
  「Xの（一部）委託に伴う受託事業者とのオンライン結合」;
- 「X業務において（Xのクラウド化に伴い）、…ZをYサーバとオンライン結合等を行うこと」: X is the source;
  so in the noun form 「X事務におけるYシステムとのオンライン結合」;
- 「…Zを本人以外のものから収集すること」: collection into the listed departments;
- 「…Xに伴う／に係る…の目的外利用（外部提供）について」: X is the recipient business.

>>> flows = consultation_flows("市民課、税務課及び福祉課が保有する個人情報を防災課が目的外利用することの"
...                            "公益上の必要性（条例第9条第3項第4号）について", 7, "q")
>>> [(f.source_department, f.recipient_department, f.basis) for f in flows]
[('市民課', '防災課', 'council'), ('税務課', '防災課', 'council'), ('福祉課', '防災課', 'council')]
>>> articles_of("（条例第9条第3項第4号）並びに本人通知の省略の適否（同条第4項）")
['条例第9条第3項第4号', '条例第9条第4項']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ....records import Flow
from ...text.items import clean_items, compact, is_vague_item
from ...text.names import is_business, is_department

__all__ = ["articles_of", "case_business", "consultation_flows", "flow_kind", "is_report_topic", "is_rule_making",
           "run_on_title"]

_ARTICLE = re.compile(r"(同条|(?:[^\s()（）、。第]{0,12}?条例|法|規則)第\d+条|(?:(?<=及び)|(?<=並びに)|(?<=、))第\d+条)"
                      r"((?:第\d+項)?(?:第\d+号)?(?:第\d+項)?)")
_ON = r"(?:当たり|当り|あたり|当たって|当って|あたって|際し|際して)"  # 「委託するに当たり」 and its okurigana variants
_CLAUSE_CUT = re.compile(r"^.*(?:当たり|当り|あたり|当たって|当って|あたって|伴い|おいて|際し|ついて|ため)、")
_DELEGATE = re.compile(
    r"^(?P<biz>[^。を]+?(?:業務|事務|事業)等?)(?:を[^、。を]{0,12}?(?:外部)?委託するに" + _ON +
    r"|の(?:一部|全部)?(?:外部)?委託に(?:伴う|伴い|係る|" + _ON[3:] + r")"
)
_EXTERNAL = (
    re.compile(r"(?:に伴う|に係る|における|に当たっての|のための)(?P<ext>[^、。をにへ]+?)との?(?:[^、。を]{0,12}?)オンライン結合"),
    re.compile(r"(?P<ext>[^、。をにへと]+?)(?:へ|に)(?:オンライン結合|電子媒体)"),
    re.compile(r"により(?P<ext>[^、。をにへと]+?)(?:へ|に)提供"),
    re.compile(r"(?P<ext>[^、。をにへ]+?)と[^、。を]{0,12}?オンライン結合"),
    re.compile(r"(?P<ext>[^、。をにへと]+?)(?:へ|に)(?:外部)?提供"),
    re.compile(r"(?:に伴う|に係る|における|のための)(?P<ext>[^、。をにへと]+?)への(?:個人情報の)?(?:外部)?提供"),
    re.compile(r"^[^、。をにへとの]+?の(?P<ext>[^、。をにへとの]+?)への(?:オンライン結合|(?:外部)?提供)について"),
)
_OBJECT = (
    re.compile(r"により、?(?P<obj>[^。を]+?)を(?:提供|送付|送信)"),
    re.compile(r"(?P<obj>[^。を]+?)を、?[^、。を]{0,30}?(?:提供|オンライン結合|目的外利用|本人以外)"),
    re.compile(r"(?P<obj>[^。を]+?)について、"),
    re.compile(r"^(?P<obj>[^、。をにへとの]+?)の[^、。をにへとの]+?への(?:外部)?提供について"),
)
_SOURCE = re.compile(
    r"^(?P<biz>[^、。]+?(?:システム|業務|事務|事業))(?:のクラウド化|の更新|の移行|の再構築)?(?:に伴い|において)、"
    r"|^(?P<in>[^、。をの]+?(?:システム|業務|事務|事業))における[^、。を]+?との?(?:[^、。を]{0,12}?)オンライン結合"
)
_REGISTER = re.compile(r"台帳$")
_HELD_INFO = re.compile(r"(?:に伴う|における|のための)(?P<src>[^、。をのにへと]{2,20}?)情報の目的外利用について")
_HELD_SYSTEM = re.compile(r"^(?P<sys>[^の、]+システム)の(?P<rest>.+)$")
_OWNED_BY_CITY = re.compile(r"^(?:市|町|村|区|本市|当市)が(?:管理|保有)する")
_RECIPIENT = re.compile(r"を、?(?P<recip>[^、。を]+?)が(?:[^、。を]{0,30}?)(?:目的外利用|利用)"
                        r"|を、?(?P<recip2>[^、。を「]+?(?:課|室|センター|局))(?=「[^」]+」(?:において|で|に|のため)(?:目的外)?利用)")
_SOURCE_DEPARTMENT = re.compile(r"^(?P<dept>[^、。]+?(?:課|室|センター|局))において、")
_HELD = re.compile(r"^(?P<depts>.+?)が保有する(?P<items>.+)$")
# 「A課が「X事務」で保有するZ」 / 「X業務において保有するZ」: the holder's business named with the data
_HELD_IN = re.compile(r"^(?:(?P<dept>[^、。を「]+?(?:課|室|センター|局))が)?"
                      r"「?(?P<biz>[^、。を「」]+?(?:業務|事務|事業))」?(?:で|において)保有する(?P<items>.+)$")
_HELD_SEPARATOR = re.compile(r"並びに|及び|、")
_IN_BUSINESS = re.compile(
    r"^「?(?P<biz>[^、。を「」]+?(?:業務|事務|事業|システム))」?(?:において|で|のため|に(?=(?:目的外)?利用))")
_ORGAN = re.compile(
    r"^(?:教育委員会|選挙管理委員会|農業委員会|監査委員|水道局|病院|消防本部|議会)(?=.+(?:課|室|係|所|センター)$)")
_HELD_USE = re.compile(r"を、?[^、。を]+?(?:課|室|センター|局)が[^、。を]{0,30}?利用する")
_FOR_BUSINESS = re.compile(r"^(?P<x>.+?)(?:に伴う|に係る|における|のための)(?:[^、。]*?)の(?:目的外利用|外部提供)")
# 「…について及び」「…について、以上2件を審議いたします。」: a transcript runs the title into the chair's next words
_RUNS_ON = re.compile(r"^(?P<t>.+?について)(?=及び|並びに|[、,。]|以上)")


def run_on_title(text: str) -> str | None:
    """The title a chair's sentence runs on from, cut at its first 「について」; ``None`` when nothing runs on.

    >>> run_on_title("A事業に伴う保有個人情報の外部提供について、以上2件を審議します。")
    'A事業に伴う保有個人情報の外部提供について'
    >>> run_on_title("B事務についての保有個人情報の目的外利用について") is None
    True
    """
    found = _RUNS_ON.match(text)
    return found.group("t") if found else None


_NUMBERING = re.compile(r"^(?:[・\-*]|\d+[\s.)．]|[(（]\d+[)）])\s*")


_RULE_MAKING = re.compile(r"(?:改正|制定|改定|廃止)(?:等)?について$")


def is_rule_making(title: str) -> bool:
    """A consultation on a rule (「…条例の改正について」), not on a handling of personal data: no case.

    >>> is_rule_making("手数料条例の改正について"), is_rule_making("図書館システムの廃止に伴う提供について")
    (True, False)
    """
    return _RULE_MAKING.search(compact(title)) is not None


_REPORT_TOPIC = re.compile(r"(?:運用|実施|登録|届出)(?:の)?状況|(?:開始|変更|廃止)届")
# 「保有個人情報の目的外利用及び外部提供の状況について」: the period's hand-overs reported as a whole (a list below)
_STATUS_OF_HANDOVERS = re.compile(r"(?:目的外利用|外部提供|提供|オンライン結合|結合|収集)等?の(?:実施|運用)?状況等?"
                                  r"(?:について)?(?:の?報告)?$")


def is_report_topic(title: str) -> bool:
    """A report to the council (the year's operation, registration notices), never a consultation: no case,
    unless its title itself names a hand-over.

    >>> is_report_topic("令和4年度の制度の運用状況について"), is_report_topic("事務開始届等について")
    (True, True)
    >>> is_report_topic("個人情報取扱事務の登録状況について")
    True
    >>> is_report_topic("図書館システムの運用状況の外部提供について")
    False
    >>> is_report_topic("保有個人情報の目的外利用及び外部提供の状況について")  # how often, not one hand-over
    True
    """
    flat = compact(title)
    if _STATUS_OF_HANDOVERS.search(flat):
        return True
    return _REPORT_TOPIC.search(flat) is not None and flow_kind(flat) is None


# an ordinance's name with its own number (and how it is called below) in brackets before the article cited
_NUMBERED_AFTER_NAME = re.compile(r"条例[(（][^()（）]{0,60}?第\d+号[^()（）]{0,40}[)）](?=第\d+条)")


def articles_of(text: str) -> list[str]:
    """Ordinance articles cited, in order; 「同条第4項」 borrows the 条 cited before it.

    >>> articles_of("甲県個人情報保護条例(平成13年甲県条例第30号。以下「条例」という。)第8条第2項及び第10条の規定")
    ['条例第8条第2項', '条例第10条']
    """
    return list(_articles(text))


@lru_cache(maxsize=1024)
def _articles(text: str) -> tuple[str, ...]:
    # Cached: a case's title is read for its articles by the case and by each of its flows.
    out: list[str] = []
    last_law = last_article = ""
    flat = compact(text)
    if "条例" in flat and "第" in flat:
        flat = _NUMBERED_AFTER_NAME.sub("条例", flat)  # 「X条例（平成13年条例第30号。以下…）第8条」: the article of X
    for match in _ARTICLE.finditer(flat):
        head, tail = match.group(1), match.group(2)
        if head == "同条":
            if not last_article:
                continue
            article = last_law + last_article + tail
        elif head.startswith("第"):  # 「条例第9条及び第12条」: the second borrows the law of the first
            if not last_article:
                continue
            last_article = head
            article = last_law + head + tail
        else:
            law, _, number = head.rpartition("第")
            law = law or "条例"
            if law.endswith("条例") and len(law) > 2 and not law.startswith("個人情報"):
                law = "条例"  # 「久留米市個人情報保護条例」 and 「条例」 cite the same ordinance
            last_law, last_article = law, "第" + number
            article = law + last_article + tail
        if article not in out:
            out.append(article)
    return tuple(out)


_JOINED_BY_WIRE = re.compile(r"クラウド|サーバ")
_COMPUTER_LINK = re.compile(r"電子計算機(?:の|処理による|処理に係る)結合")


def flow_kind(text: str) -> str | None:
    """The kind of hand-over a consultation is about, or ``None`` when it names none."""
    if "オンライン結合" in text or "電子媒体" in text:
        return "online_connection"
    if "結合" in text and (_JOINED_BY_WIRE.search(text) or _COMPUTER_LINK.search(text)):
        return "online_connection"  # 「…のクラウド移行に伴う電子計算機の結合」: the ordinance's word for a link
    if "本人以外" in text and "収集" in text:
        return "collection_from_others"
    if "目的外利用" in text:
        return "purpose_outside_use"
    if "外部提供" in text or "提供" in text:
        return "external_provision"
    if re.search(r"(?:が|において|で)保有する", text) and _HELD_USE.search(text):
        return "purpose_outside_use"  # 「A課が保有するXをB課がY事務に利用すること」: another department's use
    return None


def case_business(title: str) -> str | None:
    """The business a multi-item case is about: 「…市が行うX事業について」 → X事業."""
    text = re.sub(r"について$", "", compact(title))
    text = re.sub(r"^.*?が(?:行う|実施する)", "", text)
    return text if is_business(text) and len(text) <= 60 else None


def _object(text: str) -> str | None:
    for pattern in _OBJECT:
        match = pattern.search(text)
        if match:
            return _CLAUSE_CUT.sub("", match.group("obj")).strip("、 ")
    return None


def _split_departments(text: str) -> list[str]:
    parts = [part.strip() for part in re.split(r"、|及び|並びに", text) if part.strip()]
    return parts if parts and all(is_department(part) for part in parts) else [text.strip()]


def consultation_flows(
    title: str,
    line: int,
    quote: str,
    *,
    departments: list[str] | None = None,
    business: str | None = None,
    basis: str = "council",
    items: list[str] | None = None,
) -> list[Flow]:
    """Flows a consultation title states; ``departments`` are the 【…課】 lines listed under it."""
    text = compact(_NUMBERING.sub("", title.strip())).lstrip("・")
    kind = flow_kind(text)
    if kind is None:
        return []
    articles = articles_of(text)
    basis_text = articles[0] if articles else None
    departments = departments or []

    def make(**fields) -> Flow:
        return Flow(kind=kind, basis=basis, basis_text=basis_text, line=line, quote=quote, **fields)

    if kind == "purpose_outside_use":
        recipient = _RECIPIENT.search(text)
        group = "recip" if recipient and recipient.group("recip") else "recip2"
        recipient_department = recipient.group(group) if recipient else None
        head = text[: recipient.start()] if recipient else ""
        held = [_HELD.match(part) for part in _held_parts(head)] if head else []
        after = text[recipient.end(group) + (group == "recip"):] if recipient else ""
        in_business = _IN_BUSINESS.match(after) if recipient else None
        business = business or (in_business.group("biz") if in_business else None)
        held_in = _HELD_IN.match(head)
        if held_in and not (held and all(held) and "「" not in head):
            found, _ = clean_items(held_in.group("items"))
            flow = make(source_department=held_in.group("dept") or (departments[0] if departments else None),
                        source_business=held_in.group("biz"), recipient_department=recipient_department,
                        recipient_business=business, items=list(items or [i for i in found if not is_vague_item(i)]))
            return [flow if "目的外利用" in text else _between_organs(flow)]
        if held and all(held):
            flows: list[Flow] = []
            for match in held:
                found, _ = clean_items(match.group("items"))
                found = [item for item in found if not is_vague_item(item)]
                for department in _split_departments(_CLAUSE_CUT.sub("", match.group("depts"))):
                    flows.append(make(source_department=department, recipient_department=recipient_department,
                                      recipient_business=business, items=list(items or found)))
            return flows if "目的外利用" in text else [_between_organs(flow) for flow in flows]
        found, _ = clean_items(_object(text))
        target = business or _for_business(text)
        held_info = _HELD_INFO.search(text)
        if held_info and target and departments and not recipient_department:
            # 「X事業の実施に伴うY情報の目的外利用」 brought by its 担当課: the 課 uses Y in X
            return [make(source_business=held_info.group("src"), recipient_department=department,
                         recipient_business=target, items=list(items or [])) for department in departments]
        sources = departments if recipient_department or not departments else departments
        return [make(source_department=department, recipient_department=recipient_department,
                     recipient_business=target, items=list(items or found)) for department in sources or [None]]

    found_object = _object(text)
    source_business = None
    found_object = _OWNED_BY_CITY.sub("", found_object or "")
    held_system = _HELD_SYSTEM.match(found_object)
    if held_system:
        source_business, found_object = held_system.group("sys"), held_system.group("rest")
    found, _ = clean_items(found_object)
    if kind == "collection_from_others":
        return [make(recipient_department=department, recipient_business=business, items=list(items or found))
                for department in departments or [None]]
    delegate = _DELEGATE.search(text)
    recipient_business = delegate.group("biz") if delegate else _for_business(text)
    external = None
    for pattern in _EXTERNAL:
        match = pattern.search(text)
        if match:
            external = _CLAUSE_CUT.sub("", match.group("ext"))
            external = re.sub(r"^当該[^の]*の", "", external).strip("、 ")
            break
    if external is None and delegate and kind == "external_provision" and "委託に伴う外部提供" in text:
        external = "委託事業者"  # 「…業務の委託に伴う外部提供」: to the contractor, whoever it is
    source = _SOURCE.match(text)
    source_business = source_business or (source.group("biz") or source.group("in") if source else None)
    held_by = _SOURCE_DEPARTMENT.match(text)
    if held_by and not departments:
        departments = [held_by.group("dept")]  # 「市民課において、…とオンライン結合」
    if kind == "online_connection" and source and source.group("in") and external and _REGISTER.search(external):
        # 「X事務におけるZ台帳とのオンライン結合」: a register the city holds, linked to be read for X (no server)
        return [make(source_business=external, recipient_department=department, recipient_business=source.group("in"),
                     items=list(items or found)) for department in departments or [None]]
    return [make(source_department=department, source_business=source_business,
                 recipient_business=recipient_business, recipient_external=external, items=list(items or found))
            for department in departments or [None]]


def _between_organs(flow: Flow) -> Flow:
    """A plain 「利用」 of what another organ holds (「教育委員会A課が保有するXをB課が利用」): its provision."""
    source, recipient = flow.source_department or "", flow.recipient_department or ""
    organ, other = _ORGAN.match(source), _ORGAN.match(recipient)
    if flow.kind != "purpose_outside_use" or not recipient or bool(organ) == bool(other):
        return flow
    flow.kind = "external_provision"
    if organ:
        flow.source_department = source[organ.end():]
    return flow


def _held_parts(head: str) -> list[str]:
    """「A課が保有するX及びB課、C課が保有するY」 → one part per 「…が保有する…」, split where the departments start."""
    marks = [match.start() for match in re.finditer("が保有する", head)]
    if len(marks) < 2:
        return re.split(r"並びに", head)
    parts: list[str] = []
    start = 0
    for previous, mark in zip(marks, marks[1:], strict=False):
        between = head[previous:mark]
        cut = None
        for separator in _HELD_SEPARATOR.finditer(between):
            if all(is_department(dept) for dept in re.split(r"、|及び|並びに", between[separator.end():])):
                cut = separator
                break  # the earliest separator after which only departments are named
        if cut is None:
            return re.split(r"並びに", head)
        parts.append(head[start:previous + cut.start()])
        start = previous + cut.end()
    parts.append(head[start:])
    return parts


def _for_business(text: str) -> str | None:
    match = _FOR_BUSINESS.match(text)
    if not match:
        return None
    business = re.sub(r"の(?:実施|運営|執行|推進)$", "", match.group("x"))  # 「X事業の実施に伴う」
    return business if is_business(business) else None
