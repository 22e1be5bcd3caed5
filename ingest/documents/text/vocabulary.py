"""Words that tell a hand-over of personal data, shared by the readers that look for one.

Pages rarely say 提供 alone: a list is 共有 with bodies, data 渡す/お渡し, 送付 to, 利用させる by another organ,
連携 between systems, given in answer to an enquiry (照会に回答), or an agreement on handling it is signed with a
body (「…情報の取扱いに関する協定」を締結). ``HANDOVER_VERBS`` finds those; ``PERSONAL_DATA`` finds the object a
hand-over of personal data names, so that a form sent to an office is not taken for one.

>>> bool(HANDOVER_VERBS.search("名簿を自治会と共有します")), bool(HANDOVER_VERBS.search("申請書を提出する"))
(True, False)
>>> bool(PERSONAL_DATA.search("「氏名」「住所」の情報")), bool(PERSONAL_DATA.search("通知書の写し"))
(True, False)

``HEARSAY`` finds a hand-over a questioner has only heard of (「…名簿を提供していると聞いております」): asked
about, not told as done; the answer that follows tells it.

>>> bool(HEARSAY.search("名簿を提供していると聞いております")), bool(HEARSAY.search("名簿を提供しております"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["HANDOVER_VERBS", "HEARSAY", "PERSONAL_DATA"]

HANDOVER_VERBS = re.compile(
    r"提供|配布|配付|共有|お?渡し|渡す|送付|照会に(?:対し(?:て)?)?回答|利用させ|連携|"
    r"(?:情報|名簿|データ)[^。]{0,20}?取扱いに関する協定|協定を(?:締結|結)"
)
PERSONAL_DATA = re.compile(r"個人情報|情報(?!公開)|名簿|データ|台帳|氏名|名前|住所|生年月日|連絡先|電話番号")
HEARSAY = re.compile(r"(?:している|した|する)と(?:聞いて|伺って|聞き及)")
