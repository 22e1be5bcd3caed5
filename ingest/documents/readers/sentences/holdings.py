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
from ...text.names import is_department, is_external_body, same_business

__all__ = ["attach_to_cases", "complete_titles", "follow_up", "held_flows", "same_data", "spoken_flows"]

_SPEAKER = re.compile(r"^[^、。「」]{1,12}?(?:から|より)、")
_MARKED_SPEAKER = re.compile(r"^\s*[○◯〇]\S{1,20}[\s\u3000]+")  # 「○A課長 …」: who speaks, before a space
_HEADED_SPEAKER = re.compile(r"^\s*【[^】]{1,20}】")  # 「【保健センター】…」
_UNIT = r"[^、。をがの「」【】]{1,30}?(?:課|室|センター|局|係|所)"
_HELD = re.compile(r"(?P<src>" + _UNIT + r")が保有する(?P<obj>[^。]+?)を、?(?P<recips>[^。を]+?)が"
                   r"(?:(?P<biz>[^、。をが]+?(?:事務|業務|事業))に)?(?P<verb>目的外利用|外部提供|利用)(?:する|し)")
_CONNECTED = re.compile(r"(?P<dept>" + _UNIT + r")の(?P<biz>[^、。をが]+?(?:業務|事務|事業|システム))において、"
                        r"(?P<items>[^。]+?)を(?P<target>[^、。を]+?)と(?:オンライン結合|オンラインで接続)")
_BIZ = r"[^、。をがでの「」]+?(?:事務|業務|事業|システム)"
# 「A課がX事務において行うYとの結合(…法に基づくもの)」: a rule's list of the online connections in force
_CONNECTED_BY = re.compile(r"(?P<dept>" + _UNIT + r")(?:が|の)(?P<biz>" + _BIZ + r")(?:において|で)行う"
                           r"(?P<target>[^、。をが]{2,40}?)との(?:電子計算機の|オンライン)?結合")
# 「A課は、X事務において保有する甲を、…Yのサーバと電子計算機の結合により送信」: the holder as the subject
_SUBJECT_CONNECTS = re.compile(r"(?P<dept>" + _UNIT + r")は、(?P<biz>" + _BIZ + r")(?:において|で)保有する"
                               r"(?P<items>[^。]+?)を、(?P<target>[^。]{2,60}?)と(?:の)?(?:電子計算機の|オンライン)結合")
# 「A課は、(X事務において保有する)甲を、…のため、B会に提供しようとする」: the holder as the subject, giving
_SUBJECT_GIVES = re.compile(r"(?:^|、)(?P<dept>" + _UNIT + r")は、(?:(?P<biz>" + _BIZ + r")(?:において|で)保有する)?"
                            r"(?P<items>[^。]+?)を、(?:(?P<why>[^、。]+?ため)、)?"
                            r"(?P<entrusted>[^、。を]{2,30}?を委託する)?(?P<to>[^、。をにへ]{2,30}?)"
                            r"(?:に対し|へ|に)(?:外部)?提供(?!を受)")
_RECEIVER = r"[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所|委員会)"
_HELD_BY_BUSINESS = re.compile(r"(?P<src>" + _UNIT + r")が(?P<sbiz>" + _BIZ + r")で保有する(?P<obj>[^。]+?)を、?"
                               r"(?:(?P<cond>[^。]{2,30}?(?:うえで|上で))、)?"  # 「…を、同意を得たうえで、B課の…」
                               r"(?P<rdept>" + _RECEIVER + r")(?:の|が)(?P<rbiz>" + _BIZ + r")(?:で|において|に)"
                               r"(?:目的外)?利用")
# 「A課がX事務で保有する甲及び乙を、B会に提供(本人の同意があるもの)」: a report's case of outside provision
# 「…を、市と協定を結んだA、BなどのC事業者へ提供」: the class the examples belong to receives
# 「…を、Y業務を委託しているB会に提供」「Y業務の受託者であるB社に提供」: the entrusted business is the recipient's
_GIVEN_BY_BUSINESS = re.compile(r"(?P<src>" + _UNIT + r")(?:が|の)(?P<sbiz>" + _BIZ + r")で保有する(?P<obj>[^。]+?)"
                                r"を、?(?:(?:毎年度|毎年|毎月|定期的に|随時)、)?"  # 「…を、毎年度、B会に提供」
                                r"(?:(?P<entrusted>[^、。を]{2,30}?(?:業務|事務|事業))(?:を委託している|の受託者である))?"
                                r"(?:[^、。を]{0,12}?に)?(?:[^。を]{0,40}?(?:など|等)の)?"
                                # 「見守り活動を行う B会」「見守り協定を結んだ B会」: what B does or agreed, before B
                                r"(?:[^、。を]{1,20}?を(?:行う|結んだ|締結した|[一-龥]{2,4}する|[一-龥]{2,4}している))?"
                                r"(?P<to>[^、。をにへ]{2,30}?)"
                                r"(?:に対し|へ|に)(?:外部)?提供")
_BODY_BUSINESS = re.compile(r"^(?P<dept>[^、。をがの「」]{2,30}?)の(?P<biz>" + _BIZ + r")$")  # 「B会議のY事務」
_HELD_JOINED = re.compile(r"(?P<src>" + _UNIT + r")が(?P<sbiz>" + _BIZ + r")で保有する(?P<obj>[^。]+?)を、"
                          r"(?P<target>[^、。]{2,60}?)と(?:の)?(?:オンライン|電子計算機の)結合")
# 「B課は、(Y事務において、)(…ため、)A課がX事務で保有する甲、乙(と、C課がZ事務で保有する丙)を利用する」: the user first
_USER_FIRST = re.compile(r"(?:^|、)(?P<rdept>" + _UNIT + r")は、(?P<rest>[^。]+?)を(?:目的外)?利用(?:する|し)")
# (a holder starts the object or follows 「、」「と」; its name may hold a が: 障がい福祉課)
# 「•B課がY事業の対象者を確認するため、A課がX事務で保有する甲を利用する •同じくC課がZ事務で保有する乙を利用する
# •根拠 条例第9条…」: a slide's bullets run together, the user told once
_USER_FOR = re.compile(r"(?:^|(?<=[、•・\s]))(?P<rdept>[^、。をがの「」•・\s]{1,30}?(?:課|室|センター|局|係|所))が"
                       r"(?P<biz>[^、。をがでの「」•]+?(?:事務|業務|事業))の(?P<why>[^、。•]*?ため)、"
                       r"(?P<rest>[^。•]+?)を(?:目的外)?利用(?:する|し)")
_LIKEWISE = re.compile(r"•\s*同じく、?(?P<rest>[^。•]+?)を(?:目的外)?利用(?:する|し)")
_GROUND_BULLET = re.compile(r"•\s*根拠\s*[:：]?\s*(?P<ground>[^•。]+?)\s*\d*$"
                            r"|•\s*根拠\s*[:：]?\s*(?P<inner>[^•。]+?)\s*•")
# 「•…に伴い、A課がX事務において、Sを民間事業者のクラウドサーバとオンライン結合する •記録項目 甲、乙 •開始予定 …」
_CONNECTS_ON_SLIDE = re.compile(r"(?:^|、|•)\s*(?P<dept>" + _UNIT + r")が(?P<biz>" + _BIZ + r")において、"
                                r"(?P<what>[^、。•を]+?)を(?P<target>[^、。•を]{2,40}?)と(?:オンライン|電子計算機の)?結合")
_SLIDE_ITEMS = re.compile(r"•\s*(?:記録項目|提供項目|結合項目|項目)\s*[:：]?\s*(?P<items>[^•。]+)")
_SLIDE_START = re.compile(r"•\s*開始(?:予定|日|時期)?(?:日)?\s*[:：]?\s*(?P<date>[^•。]+?日)")
_HOLDER_IN = re.compile(r"(?:^|(?<=[、と]))(?P<src>[^、。をの「」]{1,30}?(?:課|室|センター|局|係|所))が"
                        r"(?P<sbiz>" + _BIZ + r")で保有する")
_USER_BUSINESS = re.compile(r"^(?P<biz>" + _BIZ + r")(?:において|で)、")
_SAME_DATA = re.compile(r"^(?:同じ情報|同情報|当該情報|これらの情報|前記の情報)")  # what the sentence before named
_SECTION_BUSINESS = re.compile(r"^(?P<dept>" + _UNIT + r")の(?P<biz>" + _BIZ + r")$")
_BODY_DOING = re.compile(r"^(?P<body>[^、。]{2,30}?)が(?:行う|実施する|営む)(?P<purpose>[^、。]{2,30}?)のため$")
_AND_HOLDER = re.compile(r"、?並びに(?P<src>" + _UNIT + r")(?:が|の)(?P<sbiz>" + _BIZ + r")で保有する(?P<obj>.+)$")
_OBJECT_CUT = re.compile(r"を、?.*$")  # what the lazy object took past its own 「を」
# 「75歳以上の…高齢者の氏名」: whose the items are, not an item
_WHOSE = re.compile(r"^[^、]*?(?:者|人|方|児|児童|生徒|学生)の(?=[^、]{1,8}(?:、|$))")
# 「…において利用(法令に基づくもの)」: the ground a report gives in brackets after the case
# 「(法令に基づく提供)」「(本人の同意による提供)」「(相当の理由があるもの)」: the same, worded as the act
_GROUND = re.compile(r"[(（](?P<ground>(?:[^()（）]*(?:に基づく|同意がある|同意を得た|同意による|意見を聴いた"
                     r"|理由がある)|本人の?同意|相当[のな]理由)(?:もの|提供|利用)?)[)）]")
# 「主な利用は、A課が…に利用したもの(法令に基づく)、B課が…に利用したもの(相当の理由)。」: one case per 「もの(…)、」
_LISTED_CASE_END = re.compile(r"(?<=もの)(?P<ground>[(（][^()（）]{1,30}[)）])、(?=[^、。]{1,30}?が)")
# 「…で利用したもので、介護保険法に定めがあるため」「審議会の意見を聴いたうえで」: the ground told in the sentence
_GROUND_SAID = re.compile(r"(?:^|、)(?:[^、。]*?もので、)?"
                          r"(?P<ground>[^、。()（）]{0,20}?(?:法|法令等?|条例)に定めがある|審議会の意見を聴いた)")
# 「…で利用いたしました。国土調査法に基づくもので、法令に基づく利用でございます。」: the ground as the next sentence
# (「これは…に基づく」 is :func:`follow_up`'s)
_GROUND_NEXT = re.compile(r"^(?!これ|この)(?P<ground>[^。が]{0,40}?(?:に基づく|理由がある|同意がある|同意を得た)"
                          r"(?:もの|利用|提供|収集))")
# 「A課のX事務では、…ため、B機構からYを収集しております」: a collection from an outside supplier
_COLLECTED_FROM = re.compile(r"(?P<dept>" + _UNIT + r")の(?P<biz>" + _BIZ + r")(?:では|において)、"
                             r"(?:(?P<why>[^、。]+?ため)、)?(?P<supplier>[^、。をがの]{2,30}?)から"
                             r"(?P<items>[^、。]+?)を収集")
# 「…を提供するもので、条例第9条第1項第6号による諮問だ」: put to the council under that article
_BY_CONSULTATION = re.compile(r"(?:^|、)(?P<ground>[^、。]{2,30}?)による諮問")
# 「A課長は、(B館の)X業務で扱う甲、乙を、(令和n年m月d日から、)C事業者の提供するDとオンライン結合して…」
_HEAD_CONNECTS = re.compile(r"(?:^|、)(?P<dept>" + _UNIT + r")長?は、(?:[^、。をがの]{1,20}?の)?(?P<biz>" + _BIZ
                            + r")で(?:扱う|保有する)(?P<items>[^。]+?)を、(?:(?P<since>[^、。]{6,20}?から)、)?"
                            r"(?:[^、。を]{0,30}?する)?(?P<target>[^、。をの]{2,20}?)と(?:オンライン|電子計算機の)?結合")
# 「A課のX事務では、甲、乙が、(令和n年m月から)B社のクラウドサーバとオンライン結合されています」
_PASSIVE_CONNECTED = re.compile(r"(?P<dept>" + _UNIT + r")の(?P<biz>" + _BIZ + r")では、(?P<items>[^。]+?)が、"
                                r"(?:[^、。]{2,20}?から)?(?P<target>[^、。をがの]{2,30}?)の(?:クラウド)?サーバー?と"
                                r"(?:オンライン|電子計算機の)?結合")
# 「A課がX事務をB社に委託するに当たり、甲、乙を委託先のサーバに置くことになり、令和n年m月d日からオンライン結合」
_ENTRUSTED_CONNECTED = re.compile(r"(?P<dept>" + _UNIT + r")が(?P<biz>" + _BIZ + r")を(?P<target>[^、。を]{2,30}?)に"
                                  r"委託するに(?:当たり|あたり|際し)、(?P<items>[^。]+?)を委託先のサーバー?[^。]*?"
                                  r"(?P<since>(?:平成|令和)[^、。]{2,14}?から)?(?:オンライン|電子計算機の)結合")
# 「Y業務は、Bセンターに委託しており、A課から甲を提供いたします」: a provision to the contractor of a business
_ENTRUSTED_GIVEN = re.compile(r"(?:^|、|\s)(?P<rbiz>[^、。をがでの「」\s]+?(?:事務|業務|事業))は、"
                              r"(?P<to>[^、。を]{2,30}?)に委託しており、"
                              r"(?P<dept>" + _UNIT + r")から(?P<items>[^。]+?)を(?:外部)?提供")
_SPEAKING_HEAD = re.compile(r"^.*?(?:課長|部長|室長|所長|局長|次長)")
# 「…を利用しました。(法令に基づくもの)」: the bracket stands after the sentence's full stop
_GROUND_ALONE = re.compile(r"^\s*[(（][^()（）]+[)）]\s*$")
# 「…を、地籍調査のため法務局へ提供」: why, glued before the recipient
_WHY_GLUED = re.compile(r"^(?P<why>[^、。]{2,20}?のため)(?P<to>[^、。]{2,30})$")
_CASE_NUMBER = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）]|[①-⑳]|[ア-ソ](?=[一-龥])|[・\-*■●])\s*")
_WHY = re.compile(r"(?:^|、)(?P<why>[^、。]+?ため)、")
_THIS_USE = re.compile(r"^(?:これは|この(?:利用|提供|目的外利用|外部提供)は)、?(?P<basis>[^。]*?)に基づ(?:く|き|いて)")
_LISTED = re.compile(r"(?:利用|提供|結合)する(?:項目|個人情報)は、?(?P<items>[^。]+?)(?:である|です|とする)")
_DEVICE = re.compile(r"の(?:サーバ|サーバー|クラウド|システム|端末)$")
_OWNER = re.compile(r"^[^、。]{1,8}?(?:者|人)の")
_RELATIVE = re.compile(r"^(?:[^、。]*?を)?(?:受託|委託|運営|実施|担当)(?:している|する|した)(?=[^、。]{2,})")
_PUPILS_OF = re.compile(r"^(?:児童|生徒|園児|学生)の")  # 「児童の氏名及び学年」: whose data, not an item


def _slide_connection(body: str, slide: re.Match, line: int, quote: str) -> Flow:
    """The connection :data:`_CONNECTS_ON_SLIDE` reads, with the items, start and ground of the bullets after it."""
    listed = _SLIDE_ITEMS.search(body, slide.end())
    start = _SLIDE_START.search(body, slide.end())
    grounded = _GROUND_BULLET.search(body, slide.end())
    ground = (grounded.group("ground") or grounded.group("inner")).strip() if grounded else None
    article = re.match(r"^[^()（）]+", ground) if ground else None
    items = clean_items(re.sub(r"\s*\d+$", "", listed.group("items").strip()))[0] if listed else []
    why = re.search(r"(?:^|•)\s*(?P<why>[^、。•]+?)に伴い、", body[:slide.end()])
    return Flow(source_department=slide.group("dept"), source_business=slide.group("biz"),
                recipient_external=slide.group("target"), kind="online_connection",
                basis=classify_basis(ground) if ground else "unknown",
                basis_text=article.group(0).strip() if article else None,
                start_date=safe_date(start.group("date"), line, []) if start else None,
                items=items, reason=why.group("why") if why else None, line=line, quote=quote)


def _bulleted_uses(body: str, user: re.Match, line: int, quote: str) -> list[Flow]:
    """The uses of :data:`_USER_FOR`: the first bullet's and each 「同じく」 bullet's, the 根拠 bullet's ground."""
    grounded = _GROUND_BULLET.search(body)
    ground = (grounded.group("ground") or grounded.group("inner")).strip() if grounded else None
    basis = classify_basis(ground) if ground else "unknown"
    article = re.match(r"^[^()（）]+", ground) if ground else None
    flows = []
    for rest in [user.group("rest"), *(found.group("rest") for found in _LIKEWISE.finditer(body, user.end()))]:
        holder = _HOLDER_IN.match(rest)
        if holder is None:
            continue
        flows.append(Flow(source_department=holder.group("src"), source_business=holder.group("sbiz"),
                          recipient_department=user.group("rdept"), recipient_business=user.group("biz"),
                          kind="purpose_outside_use", basis=basis,
                          basis_text=article.group(0).strip() if article else None,
                          items=split_items(_WHOSE.sub("", rest[holder.end():])),
                          reason=user.group("biz") + "の" + user.group("why"), line=line, quote=quote))
    return flows


def _uses_of(user: re.Match, basis: str, basis_text: str | None, line: int, quote: str) -> list[Flow]:
    """One use per holder the user names (:data:`_USER_FIRST`): 「…甲、乙と、C課がZ事務で保有する丙」."""
    rest = user.group("rest")
    first = _HOLDER_IN.search(rest)
    head = rest[:first.start()]
    business = _USER_BUSINESS.match(head)
    why = _WHY.search("、" + head)
    flows = []
    holders = list(_HOLDER_IN.finditer(rest))
    for holder, after in zip(holders, [*holders[1:], None], strict=True):
        obj = rest[holder.end():after.start() if after else len(rest)]
        obj = re.sub(r"(?:と|及び|並びに)、?$", "", obj.strip("、"))
        flows.append(Flow(source_department=holder.group("src"), source_business=holder.group("sbiz"),
                          recipient_department=user.group("rdept"),
                          recipient_business=business.group("biz") if business else None,
                          kind="purpose_outside_use", basis=basis, basis_text=basis_text,
                          items=split_items(_WHOSE.sub("", obj)), reason=why.group("why") if why else None,
                          line=line, quote=quote))
    return flows


# 「(内容) ・A課が…利用する ・B課が…提供する (答申)」: a slide's bullets run into one line, one statement each
# (after a sentence's end, a bracket or a date, and before a statement: 「氏名 ・ 住所」 spaced in a PDF is one list)
_INLINE_BULLET = re.compile(r"(?<=[るたす)）日])\s+・\s*(?=[^・\s]{8})")


def _listed_cases(sentence: str) -> list[str]:
    """The cases a sentence lists one after another, each ending 「…したもの(ground)」 before a 「、」."""
    return _LISTED_CASE_END.sub(lambda found: found.group("ground") + "\x00", sentence).split("\x00")


def _recipients(text: str) -> list[str]:
    parts = [part.strip() for part in re.split(r"、|及び|並びに|および", text) if part.strip()]
    return parts if parts and all(is_department(part) or len(part) <= 30 for part in parts) else []


def held_flows(text: str, line: int, quote: str, refused: list[Flow] | None = None) -> list[Flow]:
    """The flows one summary sentence of this genre states (see the module docstring); a statement its answer on
    the same line refuses (「…を認めることは適当でない」) is no flow: it goes to ``refused`` when given."""
    flat = compact(_INLINE_BULLET.sub("。", _MARKED_SPEAKER.sub("", text)))
    flows: list[Flow] = []
    listed = _LISTED.search(flat)
    sentences = [case for sentence in flat.split("。") for case in _listed_cases(sentence)]
    marks: list[int] = []  # flows read before each sentence
    for number, sentence in enumerate(sentences):
        marks.append(len(flows))
        body = _CASE_NUMBER.sub("", _SPEAKER.sub("", sentence, count=1))
        after = sentences[number + 1] if number + 1 < len(sentences) else ""
        ground = _GROUND.search(body) or (_GROUND.search(after) if _GROUND_ALONE.match(after) else None)
        said = None if ground else _GROUND_SAID.search(body)
        basis_text = ground.group("ground") if ground else said.group("ground") if said else None
        told_next = None if basis_text or "保有する" in after else _GROUND_NEXT.search(after.strip())
        if told_next:
            basis_text = told_next.group("ground")
        basis = classify_basis(basis_text) if basis_text else "unknown"
        if said and basis == "unknown" and said.group("ground").endswith("定めがある"):
            basis = "law"  # 「介護保険法に定めがある」: a law that provides for it, whichever law
        consulted = _BY_CONSULTATION.search(body) if basis == "unknown" and "諮問" in body else None
        if consulted:
            basis, basis_text = "council", consulted.group("ground")
        collected = _COLLECTED_FROM.search(body) if "収集" in body else None
        if collected and is_external_body(collected.group("supplier"), set()):
            flows.append(Flow(source_external=collected.group("supplier"), recipient_department=collected.group("dept"),
                              recipient_business=collected.group("biz"), kind="collection_from_others",
                              basis=basis, basis_text=basis_text, reason=collected.group("why"),
                              items=split_items(collected.group("items")), line=line, quote=quote))
            continue
        joined = _HELD_JOINED.search(body) if "で保有する" in body and "結合" in body else None
        if joined:  # 「A課がX事務で保有する甲を、B事業者のサーバとオンライン結合により提供」
            flows.append(Flow(source_department=joined.group("src"), source_business=joined.group("sbiz"),
                              recipient_external=joined.group("target"), kind="online_connection",
                              basis=basis, basis_text=basis_text, items=clean_items(joined.group("obj"))[0],
                              line=line, quote=quote))
            continue
        given = _GIVEN_BY_BUSINESS.search(body) if "で保有する" in body and "提供" in body else None
        if given:
            obj = _OBJECT_CUT.sub("", given.group("obj"))
            second = _AND_HOLDER.search(obj)  # 「A課が…で保有する甲、並びにB課が…で保有する乙を」: two holders
            if second:
                obj = obj[:second.start()]
            obj = _WHOSE.sub("", _PUPILS_OF.sub("", obj))
            glued = _WHY_GLUED.match(given.group("to"))
            to = glued.group("to") if glued else given.group("to")
            to = _RELATIVE.sub("", to) or to  # 「(…を)受託している B法人」: the clause says what B does, B receives
            doing = _BODY_DOING.match(to)  # 「B会が行うX活動のため」: B receives, for X
            inside = _SECTION_BUSINESS.match(to) or _BODY_BUSINESS.match(to)
            if inside and is_external_body(inside.group("dept"), set()):  # 「県土木事務所の用地取得事務に」
                flows.append(Flow(source_department=given.group("src"), source_business=given.group("sbiz"),
                                  recipient_business=inside.group("biz"), recipient_external=inside.group("dept"),
                                  kind="external_provision", basis=basis, basis_text=basis_text,
                                  items=split_items(obj), line=line, quote=quote))
                continue
            if inside or not is_external_body(to, set()):  # 「…を、B課のY事務に提供」: a use inside the body
                flows.append(Flow(source_department=given.group("src"), source_business=given.group("sbiz"),
                                  recipient_department=inside.group("dept") if inside else to,
                                  recipient_business=inside.group("biz") if inside else None,
                                  kind="purpose_outside_use", basis=basis, basis_text=basis_text,
                                  items=split_items(obj), line=line, quote=quote))
                continue
            holders = [(given.group("src"), given.group("sbiz"), obj)]
            if second:
                holders.append((second.group("src"), second.group("sbiz"),
                                _WHOSE.sub("", _PUPILS_OF.sub("", second.group("obj")))))
            for source, business, data in holders:
                flows.append(Flow(source_department=source, source_business=business,
                                  recipient_business=given.group("entrusted"),
                                  recipient_external=doing.group("body") if doing else to,
                                  kind="external_provision", basis=basis, basis_text=basis_text,
                                  reason=doing.group("purpose") if doing else glued.group("why") if glued else None,
                                  items=split_items(data), line=line, quote=quote))
            continue
        user_for = _USER_FOR.search(body) if "で保有する" in body and "•" in body else None
        if user_for and _HOLDER_IN.match(user_for.group("rest")):
            flows.extend(_bulleted_uses(body, user_for, line, quote))
            continue
        user = _USER_FIRST.search(body) if "で保有する" in body else None
        if user and _HOLDER_IN.search(user.group("rest")):
            flows.extend(_uses_of(user, basis, basis_text, line, quote))
            continue
        by_business = _HELD_BY_BUSINESS.search(body) if "で保有する" in body else None
        if by_business:
            # 「A課がX事務で保有する甲、乙を、B課のY事務で利用しています」: both ends named with their businesses
            why = _WHY.search(body[:by_business.start()] + "、")
            if by_business.group("cond") and basis == "unknown":  # 「…を、本人の同意を得たうえで、B課の…」
                basis_text = by_business.group("cond")
                basis = classify_basis(basis_text)
            flows.append(Flow(source_department=by_business.group("src"), source_business=by_business.group("sbiz"),
                              recipient_department=by_business.group("rdept"),
                              recipient_business=by_business.group("rbiz"), kind="purpose_outside_use",
                              basis=basis, basis_text=basis_text,
                              items=clean_items(listed.group("items"))[0] if listed
                              else split_items(by_business.group("obj")), reason=why.group("why") if why else None,
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
        handed = _ENTRUSTED_GIVEN.search(body) if "委託して" in body else None
        if handed:  # a business entrusted to a body: the body is outside, whatever its name
            business = _SPEAKING_HEAD.sub("", handed.group("rbiz"))  # 「A課長 Y業務は」 with the space compacted
            flows.append(Flow(source_department=handed.group("dept"), recipient_business=business,
                              recipient_external=handed.group("to"), kind="external_provision",
                              basis=basis, basis_text=basis_text, items=clean_items(handed.group("items"))[0],
                              line=line, quote=quote))
            continue
        passive = _PASSIVE_CONNECTED.search(body) if "結合" in body else None
        if passive:
            flows.append(Flow(source_department=passive.group("dept"), source_business=passive.group("biz"),
                              recipient_external=passive.group("target"), kind="online_connection",
                              basis=basis, basis_text=basis_text, items=clean_items(passive.group("items"))[0],
                              line=line, quote=quote))
            continue
        entrusted = _ENTRUSTED_CONNECTED.search(body) if "結合" in body else None
        if entrusted:  # the entrusted business is the contractor's work, as with 「Y業務の受託者であるB社」
            since = DATE_SINCE.search(entrusted.group("since") or "")
            flows.append(Flow(source_department=entrusted.group("dept"), recipient_business=entrusted.group("biz"),
                              recipient_external=entrusted.group("target"), kind="online_connection",
                              basis=basis, basis_text=basis_text, items=clean_items(entrusted.group("items"))[0],
                              start_date=safe_date(since.group(1), line, []) if since else None,
                              line=line, quote=quote))
            continue
        head = _HEAD_CONNECTS.search(body) if "結合" in body else None
        if head:
            since = DATE_SINCE.search(head.group("since") or "")
            flows.append(Flow(source_department=head.group("dept"), source_business=head.group("biz"),
                              recipient_external=head.group("target"), kind="online_connection",
                              basis=basis, basis_text=basis_text, items=clean_items(head.group("items"))[0],
                              start_date=safe_date(since.group(1), line, []) if since else None,
                              line=line, quote=quote))
            continue
        connected_by = (_CONNECTED_BY.search(body) or _SUBJECT_CONNECTS.search(body)) if "結合" in body else None
        if connected_by:
            items = connected_by.groupdict().get("items")
            flows.append(Flow(source_department=connected_by.group("dept"), source_business=connected_by.group("biz"),
                              recipient_external=connected_by.group("target"), kind="online_connection",
                              basis=basis, basis_text=basis_text,
                              items=clean_items(_OWNER.sub("", items))[0] if items else [], line=line, quote=quote))
            continue
        gives = _SUBJECT_GIVES.search(body) if "提供" in body and "は、" in body else None
        if gives and not is_department(gives.group("to")):
            flows.append(Flow(source_department=gives.group("dept"), source_business=gives.group("biz"),
                              recipient_external=gives.group("to"), kind="external_provision",
                              basis=basis, basis_text=basis_text,
                              reason=gives.group("why") or gives.group("entrusted"),
                              items=[] if _SAME_DATA.search(gives.group("items"))
                              else clean_items(_OWNER.sub("", gives.group("items")))[0], line=line, quote=quote))
            continue
        slide = _CONNECTS_ON_SLIDE.search(body) if "•" in body and "結合" in body else None
        if slide:
            flows.append(_slide_connection(body, slide, line, quote))
            continue
        connected = _CONNECTED.search(body) if "結合" in body or "接続" in body else None
        if connected:
            items = clean_items(_OWNER.sub("", connected.group("items")))[0]
            flows.append(Flow(source_department=connected.group("dept"), source_business=connected.group("biz"),
                              recipient_external=_DEVICE.sub("", connected.group("target")),
                              kind="online_connection", items=items, line=line, quote=quote))
    for position, (start, end) in enumerate(zip(marks, [*marks[1:], len(flows)], strict=True)):
        if start < end and position + 1 < len(sentences):
            _ground_said_next(sentences[position + 1], flows[start:end])
    starts = _STARTS.search(flat) if flows else None
    for flow in flows if starts else ():  # 「開始は令和5年1月1日を予定しております」: the start the speech gives
        flow.start_date = flow.start_date or safe_date(starts.group(1), line, [])
    if flows and len(sentences) > 1 and _ANSWER.search(flat) and _ANSWERS_HERE.search(flat):
        dropped = _answered(sentences, marks, flows)
        if refused is not None:
            refused.extend(dropped)
        flows = [flow for flow in flows if not any(flow is other for other in dropped)]
    return flows


# a case opens (「○諮問第7号(…)」), and what its answer says: approval, with the article, or refusal
_CASE_OPENS = re.compile(r"[○◯]|諮問第\d+号")
_ANSWER = re.compile(r"適当|認める|承認")
_ANSWERS_HERE = re.compile(r"答申|結論|審議結果")  # the line holds the council's answers, not a debate
_OPINION = re.compile(r"との(?:意見|発言|質問)|意見が(?:あ|出)")  # a member's view is no answer
_REFUSES = re.compile(r"適当でない|適当ではない|不適当|認めない|認められない|認めることはできない|承認しない")
_ANSWER_ARTICLE = re.compile(r"(?:条例|法)第\d+条(?:第\d+項)?(?:第\d+号)?")


def _answered(sentences: list[str], marks: list[int], flows: list[Flow]) -> list[Flow]:
    """Cases told one after another on a line, each its statements then its answer: an approving answer citing an
    article gives its statements that ground (basis ``council``); the statements a refusing one answers are
    returned."""
    refused: list[Flow] = []
    ends = [*marks[1:], len(flows)]
    stated: list[Flow] = []  # the flows of the case being told, since its opening
    for position, sentence in enumerate(sentences):
        own = flows[marks[position]:ends[position]]
        if own:
            stated.extend(own)
            continue
        opening = _CASE_OPENS.search(sentence)
        answer = sentence[:opening.start()] if opening else sentence  # the answer, then the next case on one line
        if stated and _ANSWER.search(answer) and not _OPINION.search(answer):
            if _REFUSES.search(answer):
                refused.extend(stated)
            else:
                article = _ANSWER_ARTICLE.search(answer)
                for flow in stated if article else ():
                    if flow.basis == "unknown":
                        flow.basis, flow.basis_text = "council", article.group(0)
            stated = []
        if opening:
            stated = []
    return refused


_AS_GROUND = re.compile(r"(?P<basis>[^、。]*?第\d+条[^、。]*?)を根拠と(?:して|する)")
_EXCEPTION_OF = re.compile(r"^.*?(?:の例外として|として|により)")


def _ground_said_next(sentence: str, flows: list[Flow]) -> None:
    """「…で利用しています。これは…法第N条に基づき行うもので」 or 「…法第69条第2項第3号を根拠としています」: the
    sentence after the flow names its ground."""
    cited = _THIS_USE.match(sentence)
    named = _EXCEPTION_OF.sub("", cited.group("basis")) if cited and cited.group("basis") else None
    if named is None:
        taken = _AS_GROUND.search(sentence)
        named = re.sub(r"^.*、", "", taken.group("basis")) if taken else None
    for flow in flows if named else ():
        if flow.basis == "unknown":
            flow.basis_text = named
            flow.basis = classify_basis(named)


def same_data(flows: list[Flow], earlier: list[Flow]) -> None:
    """A sentence giving 「同じ情報」 of its subject's (no business named) speaks of the data of the last earlier
    flow that department held: its business and items are this flow's.

    >>> before = Flow(source_department="A課", source_business="X事務", items=["氏名"])
    >>> now = Flow(source_department="A課")
    >>> same_data([now], [before]); now.source_business, now.items
    ('X事務', ['氏名'])
    """
    for flow in flows:
        if flow.source_business or not flow.source_department or flow.items:
            continue
        held = next((other for other in reversed(earlier) if other.source_department == flow.source_department
                     and other.source_business), None)
        if held is not None:
            flow.source_business, flow.items = held.source_business, list(held.items)


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
        if len({flow.kind for flow in titles}) > 1:
            continue  # a title of two kinds: each completed by its own flow (:func:`complete_titles`)
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


_END_FIELDS = ("source_department", "source_business", "source_external", "recipient_department",
               "recipient_business", "recipient_external")


def _bare(name: str) -> str:
    """A business name without its 事務/業務/事業 (a title says 「X調整に伴う…」 of X調整事務)."""
    return _BUSINESS_WORD.sub("", name)


def _fits(title: Flow, said: Flow) -> bool:
    """Whether a flow stated in the minutes is the one a title names in part: every end field both name agrees
    (equal, or one the end of the other: 受診勧奨業務 / 特定健診未受診者受診勧奨業務), and at least one does."""
    shared = 0
    for name in _END_FIELDS:
        a, b = getattr(title, name), getattr(said, name)
        if a and b:
            if not (a == b or a.endswith(b) or b.endswith(a) or same_business(a, b) or _bare(a) == _bare(b)):
                return False
            shared += 1
    return shared > 0


def _names_a_party(flow: Flow) -> bool:
    return bool(flow.source_department or flow.source_external or flow.recipient_department
                or flow.recipient_external)


def _placed_in(title: Flow, said: Flow) -> bool:
    """Whether the sentence stating a flow places it in the one business a title names and nothing else
    (「X事業において、A課がY事務で保有する…を、Bに提供し」 under 「X事業に伴う…の外部提供について」)."""
    named = title.recipient_business or title.source_business
    if not named or _names_a_party(title) or not said.quote:
        return False
    return re.search(re.escape(named) + r"(?:において|における|では)", compact(said.quote)) is not None


def _told_in_full(case: CouncilCase, title: Flow, flows: list[Flow], taken: set[str], end: int) -> Flow | None:
    """The flow of a title that names both ends, told in full in the case's own lines (before ``end``, the next
    case): the one flow of its kind said there, to the same recipient (one name the start or the end of the other:
    クラウド / クラウドサーバ), naming more than the title."""
    below = [flow for flow in flows if flow.line and case.line < flow.line < min(end, case.line + 12)
             and flow.kind == title.kind and claim_id(flow, "held") not in taken]
    if len(below) != 1:
        return None
    said = below[0]
    same_recipient = any(
        a and b and (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a))
        for a, b in ((getattr(title, name), getattr(said, name))
                     for name in ("recipient_department", "recipient_business", "recipient_external")))
    named = sum(bool(getattr(said, name)) for name in _END_FIELDS) > sum(bool(getattr(title, name))
                                                                           for name in _END_FIELDS)
    return said if same_recipient and named else None


def _complete_each(case: CouncilCase, titles: list[Flow], flows: list[Flow], taken: set[int]) -> list[Flow]:
    """The flows said below a case whose title names several half flows, one fitting each title flow; none
    unless every title flow has exactly one. The said flows keep their own lines (each is its own sentence)."""
    chosen: list[Flow] = []
    for title in titles:
        if (title.source_department or title.source_business or title.source_external) and (
                title.recipient_department or title.recipient_external):
            return []
        fitting = [flow for flow in flows if flow.line and flow.line > case.line and flow.kind == title.kind
                   and claim_id(flow, "held") not in taken and flow not in chosen and _fits_loosely(title, flow)]
        if len(fitting) != 1:
            return []
        chosen.append(fitting[0])
    for title, said in zip(titles, chosen, strict=True):
        taken.add(claim_id(said, "held"))
        if said.basis == "unknown":
            said.basis, said.basis_text = title.basis, said.basis_text or title.basis_text
    return chosen


def _fits_loosely(title: Flow, said: Flow) -> bool:
    """:func:`_fits`, or the business the title names is one of the said flow's, at either end (「X事務における
    保有個人情報の目的外利用及び外部提供」: X uses for the one, gives for the other)."""
    named = {title.source_business, title.recipient_business} - {None}
    return _fits(title, said) or bool(named & {said.source_business, said.recipient_business})


_CASE_NUMBER_NAMED = re.compile(r"(?:諮問|議案|報告|審議)第\d+号")


def _numbered(case: CouncilCase, title: Flow, flows: list[Flow], taken: set[int]) -> Flow | None:
    """The one flow of the title's kind whose line names the case's number (「諮問第5号についてご説明…」), if any."""
    number = _CASE_NUMBER_NAMED.search(case.quote or case.title or "")
    if number is None:
        return None
    named = [flow for flow in flows if flow.line and flow.line > (case.line or 0) and flow.kind == title.kind
             and claim_id(flow, "held") not in taken and number.group(0) in (flow.quote or "")]
    return named[0] if len(named) == 1 else None


def _take_title(title: Flow, said: Flow) -> None:
    """The said flow takes the ends the title names and it does not, and the title's ground when it has none."""
    for name in _END_FIELDS:
        if getattr(title, name) and not getattr(said, name):
            setattr(said, name, getattr(title, name))
    if said.basis == "unknown":
        said.basis, said.basis_text = title.basis, said.basis_text or title.basis_text


def complete_titles(cases: list[CouncilCase], case_flows: list[Flow], flows: list[Flow],
                    settled: set[int]) -> tuple[set[str], dict[int, list[str]]]:
    """A case whose one title flow lacks a party (the agenda of minutes, the discussion far below) is completed by
    the one flow of its kind stated below it that fits it (:func:`_fits`), or whose sentence is placed in the one
    business the title names (:func:`_placed_in`): that flow takes the longer name of each end it agrees on, and the
    title's line and quote when the title names a party; the title's flow is dropped. A title flow with both ends
    told again in full in the case's own lines (:func:`_told_in_full`) is dropped for that telling. ``settled`` are
    the positions of cases already restated. Returns the title flows dropped and the cases restated, as
    :func:`attach_to_cases`."""
    by_token = {claim_id(flow, "council"): flow for flow in case_flows}
    dropped: set[str] = set()
    restated: dict[int, list[str]] = {}
    taken: set[str] = set()
    starts = sorted(case.line for case in cases if case.line)
    for position, case in enumerate(cases):
        titles = [by_token[token] for token in case.flow_ids if token in by_token]
        if position in settled or not titles or not case.line:
            continue
        if len(titles) > 1:  # 「…の目的外利用及び外部提供について」: each kind completed by the one flow said of it
            completed = _complete_each(case, titles, flows, taken)
            if completed:
                dropped.update(title.id for title in titles)
                restated[position] = claim_ids(completed, "held")
            continue
        title = titles[0]
        whole = (title.source_department or title.source_business or title.source_external) and (
            title.recipient_department or title.recipient_external)
        if whole:
            end = next((at for at in starts if at > case.line), case.line + 12)
            said = _told_in_full(case, title, flows, taken, end)
            if said is not None:  # the title's flow told again in full under it: the full telling is the case's
                taken.add(claim_id(said, "held"))
                if said.basis == "unknown":
                    said.basis, said.basis_text = title.basis, said.basis_text or title.basis_text
                dropped.add(title.id)
                restated[position] = claim_ids([said], "held")
            continue
        fitting = [flow for flow in flows if flow.line and flow.line > case.line and flow.kind == title.kind
                   and claim_id(flow, "held") not in taken and (_fits(title, flow) or _placed_in(title, flow))]
        if not fitting:
            numbered = _numbered(case, title, flows, taken)
            if numbered is not None:  # 「諮問第5号についてご説明いたします。A課が…」: the speech names the case
                taken.add(claim_id(numbered, "held"))
                _take_title(title, numbered)
                dropped.add(title.id)
                restated[position] = claim_ids([numbered], "held")
                continue
        if len(fitting) > 1 and len({flow.line for flow in fitting}) == 1:
            # one statement of several holders (「A課が…、同じくB課が…を利用する」): the case states them all
            for said in fitting:
                taken.add(claim_id(said, "held"))
                if said.basis == "unknown":
                    said.basis, said.basis_text = title.basis, said.basis_text or title.basis_text
            dropped.add(title.id)
            restated[position] = claim_ids(fitting, "held")
            continue
        if len(fitting) != 1:
            continue
        said = fitting[0]
        taken.add(claim_id(said, "held"))
        agrees = _fits(title, said)  # else only placed in the title's business: the sentence's own ends stay
        for name in _END_FIELDS:
            mine, theirs = getattr(title, name), getattr(said, name)
            if mine and (not theirs or agrees and len(mine) > len(theirs)):
                setattr(said, name, mine)
        if said.basis == "unknown":
            said.basis, said.basis_text = title.basis, said.basis_text or title.basis_text
        if _names_a_party(title):  # the title names an end: the flow is first stated there
            said.line, said.quote = title.line, title.quote
        dropped.add(title.id)
        restated[position] = claim_ids([said], "held")
    return dropped, restated


# What a department says of its own case in minutes, in the words of a speech:
# 「(…のため、)Xから、…の氏名、…の提供を受け、A課のY事業で利用したい」: a collection from a named outside supplier;
_RECEIVED = re.compile(r"(?:^|、)(?P<src>[^、。をにへ]{2,30}?)(?:から|より)、?(?P<items>[^。]+?)の提供を受け、"
                       r"(?P<dept>" + _RECEIVER + r")の(?P<biz>" + _BIZ + r")(?:で|において|に)(?:利用|活用)")
# 「A課では、X事務で…を管理していますが、…このシステムを委託事業者の提供するクラウドサービスに移行し、…回線で結んで」:
# the business's data put on a contractor's service and linked to it, an online connection
_MOVED_ONLINE = re.compile(
    r"^(?P<dept>" + _UNIT + r")(?:では|が)、(?P<biz>" + _BIZ + r")で(?P<items>[^。]+?)を(?:管理|保有)して[^。]*?"
    r"を、?(?P<to>[^、。をに]{2,40}?(?:クラウドサービス|クラウド|サーバー?|データセンター))(?:に|へ)移行し[^。]*?"
    r"(?:回線で(?:結|接続)|オンライン(?:で|により)?(?:結合|接続)|結合)")
_TITLE_KINDS = (("online_connection", re.compile(r"結合|オンライン|回線")),
                ("collection_from_others", re.compile(r"本人以外[^。]*収集")),
                ("purpose_outside_use", re.compile(r"目的外")), ("external_provision", re.compile(r"提供")))
_STARTS = re.compile(r"開始(?:日|時期)?は、?((?:(?:令和|平成)\s*(?:元|\d{1,2})"
                     r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_OWN_UNIT = re.compile(r"(?:課|室|係)$")
_BUSINESS_WORD = re.compile(r"(?:事務|業務|事業|システム)$")


def spoken_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flow a department's speech in minutes states (see ``_RECEIVED`` and ``_MOVED_ONLINE``).

    >>> said = ("【福祉課】見守りのため、市内の薬局から、利用者の氏名、住所の提供を受け、"
    ...         "福祉課の見守り事業で利用したい。")
    >>> [(f.source_external, f.recipient_department, f.recipient_business, f.kind, f.items)
    ...  for f in spoken_flows(said, 4, "q")]
    [('市内の薬局', '福祉課', '見守り事業', 'collection_from_others', ['氏名', '住所'])]
    """
    flows: list[Flow] = []
    for sentence in compact(_HEADED_SPEAKER.sub("", _MARKED_SPEAKER.sub("", text))).split("。"):
        received = _RECEIVED.search(sentence) if "提供を受け" in sentence else None
        if received and not _OWN_UNIT.search(received.group("src")):  # 「市内の薬局」 is no 局 of the city
            why = _WHY.search(sentence[:received.start()] + "、")
            items = _WHOSE.sub("", received.group("items"))
            flows.append(Flow(source_external=received.group("src"), recipient_department=received.group("dept"),
                              recipient_business=received.group("biz"), kind="collection_from_others",
                              items=split_items(items), reason=why.group("why") if why else None,
                              line=line, quote=quote))
            continue
        moved = _MOVED_ONLINE.match(sentence) if "移行" in sentence else None
        if moved:
            flows.append(Flow(source_department=moved.group("dept"), source_business=moved.group("biz"),
                              recipient_external=moved.group("to"), kind="online_connection",
                              items=split_items(_WHOSE.sub("", moved.group("items"))), line=line, quote=quote))
    return flows


def _title_kind(title: str) -> str | None:
    return next((kind for kind, words in _TITLE_KINDS if words.search(title)), None)


def _named_in(title: str, flow: Flow) -> bool:
    """Whether a case title names one of the flow's businesses (「乳幼児健康診査における…」 / 乳幼児健康診査事業)."""
    flat = compact(title)
    for business in (flow.source_business, flow.recipient_business):
        stem = _BUSINESS_WORD.sub("", business or "")
        if len(stem) >= 4 and stem in flat:
            return True
    return False


def name_untitled(cases: list[CouncilCase], flows: list[Flow], settled: set[int]) -> dict[int, list[str]]:
    """A case its title gave no flow (the agenda names no party) states the one flow of its kind said below it
    whose business the title names: the flow takes the case's line (its first statement)."""
    restated: dict[int, list[str]] = {}
    taken: set[str] = set()
    for position, case in enumerate(cases):
        if position in settled or case.flow_ids or not case.line or not case.title:
            continue
        kind = _title_kind(case.title)
        fitting = [flow for flow in flows if flow.line and flow.line > case.line and flow.kind == kind
                   and claim_id(flow, "held") not in taken and _named_in(case.title, flow)]
        if len(fitting) != 1:
            continue
        said = fitting[0]
        taken.add(claim_id(said, "held"))
        said.line, said.quote = case.line, case.quote or said.quote
        if said.basis == "unknown":
            said.basis = "council"
        restated[position] = [claim_id(said, "held")]
    return restated
