"""Minutes' summaries (会議録要旨) that report a hand-over as one sentence after the speaker.

The genre: 「事務局から、…について説明があった。」 — the speaker prefix (「事務局から、」) is not a party.
Two sentence shapes follow it:

- 「A課が保有するXをB課、C課及びD課が（E事務に）目的外利用する／利用する」: one flow per receiving
  department (kind 外部提供 when the receiver is an outside body); the items are X, or the list a
  sentence on the same line states (「利用する項目は氏名、住所である」);
- 「A課のB業務において、XをC（のサーバ）とオンライン結合する」: an online connection from B to C.

An agenda title above the sentence that only names the business (「E事務における…の目的外利用について」)
is the same hand-over: :func:`attach_to_cases` gives its business and basis to the sentence's flows, links
them to the case and drops the title's endless flow.

>>> flows = held_flows("係から、税務課が保有する所得情報を福祉課及び保育課が目的外利用する。", 3, "q")
>>> [(f.source_department, f.recipient_department, f.items) for f in flows]
[('税務課', '福祉課', ['所得情報']), ('税務課', '保育課', ['所得情報'])]
>>> flows = held_flows("係から、広報課の配信業務において、登録者の氏名、住所を委託業者のサーバとオンライン結合する。",
...                    5, "q")
>>> [(f.source_department, f.source_business, f.recipient_external, f.kind, f.items) for f in flows]
[('広報課', '配信業務', '委託業者', 'online_connection', ['氏名', '住所'])]
"""

from __future__ import annotations

import re

from ....normalize import DATE_SINCE, classify_basis, split_items
from ....records import CouncilCase, Diagnostic, Flow
from ...model import claim_id, claim_ids
from ...text.dates import safe_date
from ...text.items import clean_items, compact
from ...text.names import is_department, is_external_body

__all__ = ["attach_to_cases", "follow_up", "held_flows"]

_SPEAKER = re.compile(r"^[^、。「」]{1,12}?(?:から|より)、")
_UNIT = r"[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所)"
_HELD = re.compile(r"(?P<src>" + _UNIT + r")が保有する(?P<obj>[^。]+?)を、?(?P<recips>[^。を]+?)が"
                   r"(?:(?P<biz>[^、。をが]+?(?:事務|業務|事業))に)?(?P<verb>目的外利用|外部提供|利用)(?:する|し)")
_CONNECTED = re.compile(r"(?P<dept>" + _UNIT + r")の(?P<biz>[^、。をが]+?(?:業務|事務|事業|システム))において、"
                        r"(?P<items>[^。]+?)を(?P<target>[^、。を]+?)と(?:オンライン結合|オンラインで接続)")
_BIZ = r"[^、。をがでの「」]+?(?:事務|業務|事業|システム)"
_RECEIVER = r"[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所|委員会)"
_HELD_BY_BUSINESS = re.compile(r"(?P<src>" + _UNIT + r")が(?P<sbiz>" + _BIZ + r")で保有する(?P<obj>[^。]+?)を、?"
                               r"(?P<rdept>" + _RECEIVER + r")の(?P<rbiz>" + _BIZ + r")(?:で|において)(?:目的外)?利用")
# 「A課がX事務で保有する甲及び乙を、B会に提供(本人の同意があるもの)」: a report's case of outside provision
_GIVEN_BY_BUSINESS = re.compile(r"(?P<src>" + _UNIT + r")が(?P<sbiz>" + _BIZ + r")で保有する(?P<obj>[^。]+?)を、?"
                                r"(?P<to>[^、。をにへ]{2,30}?)(?:に対し|へ|に)(?:外部)?提供")
# 「…において利用(法令に基づくもの)」: the ground a report gives in brackets after the case
_GROUND = re.compile(r"[(（](?P<ground>[^()（）]*(?:に基づく|同意がある|同意を得た)もの)[)）]")
_CASE_NUMBER = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）]|[①-⑳])\s*")
_WHY = re.compile(r"(?:^|、)(?P<why>[^、。]+?ため)、")
_THIS_USE = re.compile(r"^(?:これは|この(?:利用|提供|目的外利用|外部提供)は)、?(?P<basis>[^。]*?)に基づ(?:く|き|いて)")
_LISTED = re.compile(r"(?:利用|提供|結合)する(?:項目|個人情報)は、?(?P<items>[^。]+?)(?:である|です|とする)")
_DEVICE = re.compile(r"の(?:サーバ|サーバー|クラウド|システム|端末)$")
_OWNER = re.compile(r"^[^、。]{1,8}?(?:者|人)の")
_PUPILS_OF = re.compile(r"^(?:児童|生徒|園児|学生)の")  # 「児童の氏名及び学年」: whose data, not an item


def _recipients(text: str) -> list[str]:
    parts = [part.strip() for part in re.split(r"、|及び|並びに|および", text) if part.strip()]
    return parts if parts and all(is_department(part) or len(part) <= 30 for part in parts) else []


def held_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flows one summary sentence of this genre states (see the module docstring)."""
    flat = compact(text)
    flows: list[Flow] = []
    listed = _LISTED.search(flat)
    for sentence in flat.split("。"):
        body = _CASE_NUMBER.sub("", _SPEAKER.sub("", sentence, count=1))
        ground = _GROUND.search(body)
        basis_text = ground.group("ground") if ground else None
        basis = classify_basis(basis_text) if basis_text else "unknown"
        given = _GIVEN_BY_BUSINESS.search(body) if "で保有する" in body and "提供" in body else None
        if given:
            flows.append(Flow(source_department=given.group("src"), source_business=given.group("sbiz"),
                              recipient_external=given.group("to"), kind="external_provision",
                              basis=basis, basis_text=basis_text,
                              items=split_items(_PUPILS_OF.sub("", given.group("obj"))), line=line, quote=quote))
            continue
        by_business = _HELD_BY_BUSINESS.search(body) if "で保有する" in body else None
        if by_business:
            # 「A課がX事務で保有する甲、乙を、B課のY事務で利用しています」: both ends named with their businesses
            why = _WHY.search(body[:by_business.start()] + "、")
            flows.append(Flow(source_department=by_business.group("src"), source_business=by_business.group("sbiz"),
                              recipient_department=by_business.group("rdept"),
                              recipient_business=by_business.group("rbiz"), kind="purpose_outside_use",
                              basis=basis, basis_text=basis_text,
                              items=split_items(by_business.group("obj")), reason=why.group("why") if why else None,
                              line=line, quote=quote))
            continue
        held = _HELD.search(body) if "が保有する" in body else None
        if held:
            items = clean_items(listed.group("items"))[0] if listed else clean_items(held.group("obj"))[0]
            for recipient in _recipients(held.group("recips")):
                outside = not is_department(recipient) and is_external_body(recipient, set())
                kind = "external_provision" if outside or held.group("verb") == "外部提供" else "purpose_outside_use"
                flows.append(Flow(source_department=held.group("src"),
                                  recipient_department=None if outside else recipient,
                                  recipient_business=held.group("biz"),
                                  recipient_external=recipient if outside else None,
                                  kind=kind, items=list(items), line=line, quote=quote))
            continue
        connected = _CONNECTED.search(body) if "結合" in body or "接続" in body else None
        if connected:
            items = clean_items(_OWNER.sub("", connected.group("items")))[0]
            flows.append(Flow(source_department=connected.group("dept"), source_business=connected.group("biz"),
                              recipient_external=_DEVICE.sub("", connected.group("target")),
                              kind="online_connection", items=items, line=line, quote=quote))
    return flows


def follow_up(text: str, flows: list[Flow], line: int | None = None,
              problems: list[Diagnostic] | None = None) -> bool:
    """The next line's 「この利用は、…条例第N条…に基づくもので、令和X年Y月Z日から行っています」: basis and start.

    >>> flow = Flow(kind="purpose_outside_use")
    >>> follow_up("この利用は、条例第8条（生命の保護）に基づくもので、令和5年1月10日から行っています。", [flow])
    True
    >>> flow.basis, flow.start_date
    ('vital_interest', '2023-01-10')
    """
    flat = compact(text)
    cited = _THIS_USE.match(flat)
    if not cited or not flows:
        return False
    since = DATE_SINCE.search(flat[cited.end():])
    for flow in flows:
        if flow.basis == "unknown" and cited.group("basis"):
            flow.basis_text = cited.group("basis").strip("、")
            flow.basis = classify_basis(flow.basis_text)
        if since and not flow.start_date:
            flow.start_date = safe_date(since.group(1), line, problems if problems is not None else [])
    return True


def _endless(flow: Flow) -> bool:
    """A title's flow that names a business but no party on either end."""
    return not (flow.source_department or flow.recipient_department or flow.recipient_external)


def attach_to_cases(cases: list[CouncilCase], case_flows: list[Flow], flows: list[Flow]) -> tuple[
        set[str], dict[int, list[str]]]:
    """The summary sentences' ``flows`` under a case whose own flow has no ends take the title's business and
    basis; returns the title flows they replace (claim ids) and, by the case's position in ``cases``, the claim
    ids the case now states. The cases themselves are left as they are: the fold applies the restatement."""
    by_token = {claim_id(flow, "council"): flow for flow in case_flows}
    starts = sorted(case.line for case in cases if case.line)
    dropped: set[str] = set()
    restated: dict[int, list[str]] = {}
    for position, case in enumerate(cases):
        titles = [by_token[token] for token in case.flow_ids if token in by_token]
        if not titles or not all(_endless(flow) for flow in titles) or not case.line:
            continue
        end = next((start for start in starts if start > case.line), case.line + 12)
        below = [flow for flow in flows if flow.line and case.line < flow.line < min(end, case.line + 12)
                 and flow.kind == titles[0].kind]
        if not below:
            continue
        for flow in below:
            flow.recipient_business = flow.recipient_business or titles[0].recipient_business
            flow.source_business = flow.source_business or titles[0].source_business
            if flow.basis == "unknown":
                flow.basis, flow.basis_text = titles[0].basis, titles[0].basis_text
        dropped.update(flow.id for flow in titles)
        restated[position] = claim_ids(below, "held")
    return dropped, restated
