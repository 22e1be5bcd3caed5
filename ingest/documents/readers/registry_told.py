"""Changes of a register told in plain sentences: 「A課が保有する「Xファイル」と、B課が保有する「Yファイル」の2つが
新たに追加されました(いずれも令和7年10月1日付け)」.

The genre: a news item or a residents' page retells what changed in the 個人情報ファイル簿 (or the 登録簿 of
取扱事務). Each file or business is quoted after its holder (「A課が保有する「X」」「A課の「X」」), and the
sentence's verb says what happened to all it names: 削除 / 廃止 / 消え → abolished; something added to a
field (「記録項目に…が加わりました」) or 変更 → changed; 追加 / 新たに / 登録 → new. The date is the one the
sentence states (「いずれも…付け」 applies to every name). Aggregator pages repeat whole paragraphs: a change
already read on the page is not read again.

>>> from ..layout.page import page_of
>>> page = page_of("ファイル簿の更新\\n市民課が保有する「窓口予約ファイル」と、税務課が保有する「納税相談ファイル」"
...                "が新たに追加されました(いずれも令和7年4月1日付け)。環境課の「旧ごみ袋配布ファイル」は、"
...                "令和7年3月31日付けでファイル簿から削除されました。")
>>> [(r.action, r.department, r.business, r.date) for r in read(page, Readings()).registrations]
[('new', '市民課', '窓口予約ファイル', '2025-04-01'), ('new', '税務課', '納税相談ファイル', '2025-04-01'), \
('abolish', '環境課', '旧ごみ袋配布ファイル', '2025-03-31')]
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.names import without_organ
from ..text.registry_words import change_details

__all__ = ["READER"]

_HOLDER = r"[^\s、。,「」『』()（）がはをにでのと及]{1,20}?(?:課|室|係|センター|局|部|館|所|委員会)"
# 「A課が保有する「X」」「A課の「X」」: the holder, then the quoted file or business; 「A課から「X」の開始の届出」:
# the department that notified it
_MENTION = re.compile(rf"(?P<holder>{_HOLDER})(?:が保有する|が保有している|が所管する|が管理する|の"
                      r"|から(?=「[^「」]{1,60}」の[^、。]{0,8}届))"
                      r"「(?P<name>[^「」]{1,60}?(?:ファイル|事務|業務|事業))」")
_ABOLISHED = re.compile(r"削除|廃止|抹消|消え|なくな")
# 「記録項目に「a」と「b」が加わりました」「利用目的を変更」: a field of the entry changed
_CHANGED = re.compile(r"(?:記録項目|利用目的|収集(?:の)?方法|収集先|記録範囲|提供先)(?:に|を|が)|変更|修正")
_NEW = re.compile(r"追加|新たに|新規|新しく|加わ|登録|開始の届")
_DATE = re.compile(r"(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_SAME_DAY = re.compile(r"同日")
_FLOW_WORDS = re.compile(r"目的外|提供し|提供する|提供して|結合")


def _action(sentence: str) -> str | None:
    """What the sentence's verb did to every name it quotes (an abolition first: 「…の廃止に伴い削除」)."""
    if _ABOLISHED.search(sentence):
        return "abolish"
    if _CHANGED.search(sentence):
        return "modify"
    return "new" if _NEW.search(sentence) else None


def read(page: Page, readings: Readings) -> Reading:
    if not (page.has("ファイル簿") or page.has("登録簿") or page.has("取扱事務")):
        return Reading()
    used = readings.claimed("records", "council", "statements") | {record.line for record in readings.registrations}
    seen = {(record.action, record.business, record.date) for record in readings.registrations}
    out: list[Registration] = []
    problems: list[Diagnostic] = []
    last_day: str | None = None  # the day the last sentence read stated
    for line in page.lines:
        if line.blank or line.cells or line.no in used or "「" not in line.text:
            continue
        for sentence in line.text.split("。"):
            if (stated := _DATE.search(sentence)) and not _SAME_DAY.search(sentence):
                last_day = safe_date(stated.group(0), line.no, [])
            mentions = list(_MENTION.finditer(sentence))
            if not mentions or _FLOW_WORDS.search(sentence) or sentence.rstrip("」 ").endswith("か"):
                continue
            # each name's verb is in the words up to the next name; 「「X」と、…「Y」の2つが追加」: X takes Y's
            ends = [following.start() for following in mentions[1:]] + [len(sentence)]
            stretches = [sentence[mention.end(): end] for mention, end in zip(mentions, ends, strict=True)]
            actions = [_action(stretch) for stretch in stretches]
            for position in range(len(actions) - 2, -1, -1):
                actions[position] = actions[position] or actions[position + 1]
            written = _DATE.search(sentence, mentions[-1].end()) or _DATE.search(sentence)
            day = safe_date(written.group(0), line.no, problems) if written else None
            if day is None and _SAME_DAY.search(sentence):
                day = last_day  # 「同日付けで、…廃止」: the day the sentence before stated
            for mention, stretch, action in zip(mentions, stretches, actions, strict=True):
                if action is None or (action, mention.group("name"), day) in seen:
                    continue  # no verb, or the same change told again further down the page
                seen.add((action, mention.group("name"), day))
                details = change_details(stretch, action) if action == "modify" else None
                out.append(Registration(department=without_organ(mention.group("holder")),
                                        business=mention.group("name"),
                                        action=action, date=day,
                                        items_added=list(details.items_added) if details else [],
                                        line=line.no, quote=line.quote))
    return Reading(registrations=out, diagnostics=problems, claimed={record.line for record in out})


READER = Reader("registry_told", read, claims="records")
