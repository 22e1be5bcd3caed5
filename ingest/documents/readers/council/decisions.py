"""Decisions a council records: 承認 / 意見を付して承認 / 否決, in minutes, summaries and answers.

One grammar shared by every reader that meets a decision (the council reader, the agenda reader, the
minutes reader), so the same sentence gives the same decision wherever it stands.

>>> decision_of("この件に関しては要望を意見として付した上で承認される。"), decision_of("原案のとおり承認された。")
('approved_with_opinion', 'approved')
>>> decision_of("昨年4月に同様の案件を承認している。") is None
True
>>> decision_of("審議の結果、承認することとした。"), decision_of("保管期間を定めることを条件として承認した。")
('approved', 'approved_with_opinion')
>>> decision_of("差し支えないものと認めた。"), decision_of("これを認めないこととした。")
('approved', 'rejected')
>>> decision_of("議題(3)は諮問のとおり認めることとします。"), decision_of("範囲を限ることを付して認めることとします。")
('approved', 'approved_with_opinion')
>>> decision_of("諮問第2号は、適当と認める旨の答申をします。"), decision_of("周知することを付して、適当と答申します。")
('approved', 'approved_with_opinion')
>>> decision_of("条件付承認"), decision_of("審議の結果、適当と認める旨の答申を行うこととなった。")
('approved_with_opinion', 'approved')
>>> decision_of("•承認(意見付き) •「記録を残すこと」"), decision_of("意見付きで承認された。")
('approved_with_opinion', 'approved_with_opinion')
>>> decision_of("諮問のとおり承認することといたします。"), decision_of("原案どおり承認することに御異議ございませんか。")
('approved', 'approved')
>>> decision_of("それでは1件目は了承ということでよろしいですか。(異議なし)"), decision_of("2件目も了承といたします。")
('approved', 'approved')
>>> decision_of("適当である旨を答申した。"), decision_of("不適当と答申した。"), decision_of("認めることとした。")
('approved', 'rejected', 'approved')
>>> decision_of("差し支えないとの答申を行った。"), decision_of("意見を付したうえで適当と認める答申を行った。")
('approved', 'approved_with_opinion')
>>> decision_of("諮問のとおり答申することでよろしいですか。(異議なし)"), decision_of("承認することが妥当である。")
('approved', 'approved')
>>> decision_of("案内に限ることを意見として付したうえで、諮問のとおり答申することとします。")
'approved_with_opinion'
>>> decision_of("・認めることが適当(条例第3条) ・ただし、通知文に目的を書くこと(附帯意見)")
'approved_with_opinion'
>>> decision_of("適当との答申でしたが、記録を残すこととの意見が付されています。")
'approved_with_opinion'
>>> decision_of("名簿を返還させることを条件として、適当と認める旨を答申した。")
'approved_with_opinion'
>>> decision_of("審議の結果、いずれも適当と認める。"), decision_of("適当と認めるか。"), decision_of("不適当と認める。")
('approved', None, 'rejected')
>>> decision_of("利用を認めることは妥当である。ただし、照会は確認の後に限ること。")
'approved_with_opinion'
>>> decision_of("諮問のとおり利用することを認める。"), decision_of("Bに限ることを条件として、提供することを認める。")
('approved', 'approved_with_opinion')
>>> decision_for_numbers("審議結果 諮問事項(1)(2)について、承認した。")
('approved', ['1', '2'])
"""

from __future__ import annotations

import re

__all__ = ["decision_of", "decision_for_numbers"]

_WITH_OPINION = re.compile(r"要望.{0,12}意見.{0,12}承認|意見を付(?:して|した上で)承認|[附付]帯意見.*承認"
                           r"|(?:意見|要望)[^。]{0,16}付(?:し|して|した上で|する)[^。]{0,30}承認"
                           r"|条件(?:として|とし|に|を付して)[、,]?[^。]{0,16}(?:承認|(?:適当|妥当)(?:である)?と(?:認め|の答申|答申))"
                           r"|[^。]{2,40}を付して認める(?:こと|もの)?"  # approved on a condition
                           # 「…については、…場合に限ることとして、適当であると認められた」: approved within a limit
                           r"|に限(?:る|定する)こととして[、,]?[^。]{0,12}(?:適当|妥当)(?:である)?と認め"
                           r"|条件と(?:し)?て[、,]?[^。]{0,30}?ことを認める(?:。|$)"
                           r"|[^。]{2,40}を付して、?(?:適当|妥当)(?:である)?と(?:の)?答申"
                           r"|^(?:(?:審議)?結果\s*[:：]?\s*)?条件付き?承認$|条件付き?(?:で)?承認(?:され|する|した|とする)"
                           r"|承認\s*[(（](?:附帯)?(?:意見|条件)付き?[)）]|意見付き?(?:で)?承認"  # 「承認(意見付き)」
                           # 「意見を付したうえで適当と認める答申」: an opinion or condition, then any approving word
                           r"|(?:意見|条件|要望)[^。]{0,30}?付(?:し|して|した上で|したうえで)[、,]?[^。]{0,20}?"
                           r"(?:承認|了承|適当|妥当|差し支えない|認め(?!ない|られない)|(?:諮問|原案)(?:の)?[とど]おり答申)"
                           # 「認めることが適当 ・ただし、…を明記すること(附帯意見)」: the opinion after the approval
                           r"|(?:適当|妥当)(?!で(?:は)?ない)[^。]*?[(（][附付]帯意見[)）]"
                           # 「…を認めることは妥当である。ただし、…に限ること。」: a condition after the approval
                           r"|認めること[がは](?:適当|妥当)である。ただし、[^。]+こと"
                           # 「適当であるとの答申でしたが、…することとの意見が付されております」
                           r"|(?<!不)(?:適当|妥当)(?!で(?:は)?ない)[^。]*?(?:との|という)(?:意見|要望|条件)が付(?:され|けられ)")
_REJECTED = re.compile(r"否決|不承認|承認しない|承認されなかった|認められない|認めない(?:こととした|ものとした|と決定)"
                       r"|不適当|不適切|(?:適当|妥当|適切)で(?:は)?ない")
_APPROVED = re.compile(r"承認(?:され|する。|するもの|とする|とした|とします|といたします|した。|と決定)"
                       r"|(?:原案|諮問)(?:の)?[とど]おり(?:承認|了承)|^承認$|了承(?:され|した|とする|とします|といたします)"
                       r"|(?:承認|了承)(?:ということ|すること)?で(?:よろしい|ご?異議)[^。]{0,12}。?\s*[(（]「?異議なし"
                       r"|(?:承認|了承)すること(?:と(?:した|しました|する|なった|なりました|(?:いた)?します)|に決定)|承認する旨"
                       r"|(?:差し支えない|妥当である|適当である)(?:もの)?と(?:認め|判断|し)"
                       r"|(?:妥当|適当|適切)と認める旨|^(?:審議)?結果\s*[:：]?\s*(?:承認|了承)$"
                       r"|(?:妥当|適当|適切)と認め(?:る|ます|ました|た)(?:。|$)"  # an answer's 「…、適当と認める。」
                       r"|(?:諮問|原案)(?:の)?[とど]おり認める(?:こと|もの)"
                       r"|(?:諮問|原案)(?:の)?[とど]おり[^、。]{2,20}?することを認める(?:。|$)"
                       r"|(?:適当|妥当)(?:である)?と(?:認める旨の|の)?答申"  # 「適当と認める旨の答申をする」
                       r"|(?:適当|妥当|適切)である旨|差し支えない(?:との|旨の?|と)(?:答申|判断|結論)"
                       r"|認めること(?:と(?:した|しました|する|なった|なりました|(?:いた)?します)|に決定)"
                       # 「諮問のとおり答申することとします」「…答申することでよろしいでしょうか。(異議なし)」
                       r"|(?:諮問|原案)(?:の)?[とど]おり答申すること(?:と(?:した|しました|する|なった|(?:いた)?します)"
                       r"|で(?:よろしい|ご?異議)[^。]{0,12}。?\s*[(（]「?異議なし)"
                       r"|承認することが(?:適当|妥当)(?:である|であると|と)"
                       # 「諮問のとおり提供を認めることとしてよろしいでしょうか。」 then 「(異議なし)」
                       r"|認めること(?:として|と|で)?(?:よろしい|よい|ご?異議)[^。]{0,12}。?\s*[(（]「?異議なし"
                       r"|認めること[がは](?:適当|妥当)(?!で(?:は)?ない)")
_DECISION_CUE = re.compile(r"承認|否決|了承|認め|答申")


def decision_of(text: str) -> str | None:
    """The decision a line records, if it records one."""
    if not _DECISION_CUE.search(text):
        return None  # most lines: one scan instead of three
    if _WITH_OPINION.search(text):
        return "approved_with_opinion"
    if _REJECTED.search(text):
        return "rejected"
    if _APPROVED.search(text):
        return "approved"
    return None


# 「諮問事項(1)(2)について」「(1)及び(2)について」「議題1及び議題2は」: a decision line naming several agenda items
_SEVERAL_REFS = re.compile(r"(?P<refs>(?:(?:議題|諮問事項|諮問|案件)?\s*[(（]?\d{1,2}[)）]?\s*(?:及び|、|,|と|・)?\s*)"
                           r"{2,})(?:について|は|とも)")


def decision_for_numbers(text: str) -> tuple[str, list[str]] | None:
    """The decision a line records for the agenda items it names by number, if it names two or more."""
    refs = _SEVERAL_REFS.search(text) if _DECISION_CUE.search(text) else None
    decision = decision_of(text) if refs else None
    numbers = re.findall(r"\d{1,2}", refs.group("refs")) if refs else []
    return (decision, numbers) if decision and len(numbers) >= 2 else None
