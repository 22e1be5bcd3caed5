"""A council's answer reported in running prose: 「〈審議会〉は、〈日付〉、〈市〉の諮問（〈番号〉）に対して…答申」.

The genre: petitions, newsletters and members' reports quote an answer without its letter. The sentence names
the council, the date of the answer, and the consultation by its reference (「市の諮問（令和2年1月31日付け…号）」);
that reference is the case's title and the answer's date its date. The decision is read only when the sentence
states it (「認める」, 「妥当」, 「不可」).

>>> text = ("請願の要旨\\n次の答申が出ている。\\n"
...         "桜川市個人情報保護審議会は、令和3年5月10日、桜川市の諮問(令和3年4月1日付け桜総第12号)に対して、答申した。")
>>> reading = read(split_lines(text), set())
>>> [(c.title, c.date, c.decision, c.line) for c in reading.cases], reading.claimed
([('桜川市の諮問(令和3年4月1日付け桜総第12号)', '2021-05-10', 'unknown', 3)], {3})
"""

from __future__ import annotations

import re

from ....normalize import to_iso_date
from ....records import CouncilCase, Diagnostic
from ...layout.lines import Line, split_lines  # noqa: F401 - the doctest uses split_lines
from ...reading import Reading
from ...text.items import compact
from ...text.meetings import met_on
from .amend import CaseAt, Decide
from .consult import articles_of
from .decisions import decision_of

__all__ = ["decide", "read"]

_ANSWERED = re.compile(
    r"(?:審議会|審査会)は、\s*(?P<date>(?:(?:平成|令和|昭和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)、\s*"
    r"(?P<title>[^、。]{1,20}?の諮問\s*[(（][^()（）]{1,60}[)）])\s*に対して[^。]*?答申")
_DECISION = (("rejected", re.compile(r"認めない|認められない|不可|妥当でない|適当でない")),
             ("approved", re.compile(r"認める|認めること|妥当である|適当である|差し支えない")))
_OPINION = re.compile(r"^[-・]?\s*[(（【]?[附付]帯意見")


def read(lines: list[Line], consumed: set[int]) -> Reading:
    """Cases stated by reported answers, what could not be read, and their lines."""
    reading = Reading()
    for line in lines:
        text = line.text
        if not text or line.no in consumed or "答申" not in text or "諮問" not in text:
            continue
        match = _ANSWERED.search(text)
        if not match:
            continue
        try:
            date = to_iso_date(match.group("date"))
        except ValueError:
            reading.diagnostics.append(Diagnostic(line.no, "warning", f"impossible date {match.group('date')!r}"))
            date = None
        rest = text[match.end():]
        decision = next((name for name, pattern in _DECISION if pattern.search(rest)), None)
        decision = decision or _conditions_quoted(lines, line.no) or "unknown"
        reading.cases.append(CouncilCase(date=date, title=match.group("title"), decision=decision, line=line.no,
                                         quote=line.quote))
        reading.claimed.add(line.no)
    _read_by_order(lines, consumed, reading)
    _read_summaries(lines, consumed, reading)
    _read_counted(lines, consumed, reading)
    _read_bulletined(lines, consumed, reading)
    return reading


# 「十一月十二日、…審議会の…会長から村長に「Xについて」が答申されました。」: a bulletin article telling an answer by
# its subject in 「」; the chair's words that follow decide it
_BULLETINED = re.compile(r"(?:審議会|審査会)[^。「」]*?「(?P<title>[^「」]{6,}?)」\s*(?:が|について)\s*"
                         r"答申(?:され|を受け)")
_ERA_DATE = re.compile(r"(?:(?:平成|令和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_RIDER = re.compile(r"ただし、[^。]{4,}")


def _read_bulletined(lines: list[Line], consumed: set[int], reading: Reading) -> None:
    """Cases an article tells as 「「X」が答申されました」, dated only by a full date before the subject (a day with no
    year dates nothing), decided by the first of the next few lines that states a decision; a 「ただし、…」 after the
    approval is its opinion."""
    told = {case.line for case in reading.cases}
    for index, line in enumerate(lines):
        text = line.text
        if not text or line.no in consumed or line.no in told or "答申" not in text:
            continue
        found = _BULLETINED.search(text)
        if found is None:
            continue
        dated = _ERA_DATE.search(text[:found.start("title")])
        try:
            date = to_iso_date(dated.group()) if dated else None
        except ValueError:
            date = None
        decision = "unknown"
        for said in [text[found.end():], *(later.text for later in lines[index + 1:index + 4] if later.text)]:
            decided = decision_of(said)
            if decided is None:
                continue
            decision = ("approved_with_opinion" if decided == "approved" and _RIDER.search(said) else decided)
            break
        reading.cases.append(CouncilCase(date=date, title=compact(found.group("title")), decision=decision,
                                         line=line.no, quote=line.quote))  # the flows are the flow readers'


# 「○諮問第7号(Xについて) (内容) ・… (答申)令和6年7月18日 ・認めることが適当(条例第9条第2項)」: a summary
# of answers, several on one line in a slide transcript
_SUMMARISED = re.compile(r"諮問第\s*\d{1,3}\s*号\s*[(（](?P<title>[^()（）]{6,}?について)[)）]"
                         r"(?P<body>.*?)(?=[○◯]?\s*諮問第\s*\d{1,3}\s*号\s*[(（][^()（）]{6,}?について[)）]|$)")
_ANSWERED_ON = re.compile(r"[(（]答申[)）]\s*"
                          r"(?P<date>(?:(?:平成|令和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?P<rest>.*)$")


def _read_summaries(lines: list[Line], consumed: set[int], reading: Reading) -> None:
    """Cases of a summary of answers: each consultation by its number and bracketed title, dated and decided by the
    text after its 「(答申)」 label."""
    for line in lines:
        text = line.text
        if not text or line.no in consumed or "答申" not in text or "諮問第" not in text:
            continue
        for found in _SUMMARISED.finditer(text):
            answered = _ANSWERED_ON.search(found.group("body"))
            if answered is None:
                continue
            try:
                date = to_iso_date(answered.group("date"))
            except ValueError:
                date = None
            decision = decision_of(answered.group("rest")) or "unknown"
            articles = articles_of(answered.group("rest")) if decision != "rejected" else []
            case = CouncilCase(date=date, title=compact(found.group("title")), articles=articles, decision=decision,
                               line=line.no, quote=line.quote)
            reading.cases.append(case)  # its 「・」 statements are the flow readers'


# 「1件目は、A課のX事業において、…を収集するもので、…適当との答申でございました。」: answers told by their order
_BY_ORDER = re.compile(r"(?:^|[。\s])(?:\d{1,2}|[一二三四五六七八九])件目(?:は|として)、\s*"
                       r"(?:[^、。の]{2,15}?(?:課|室|局|部|委員会)の)?(?P<title>[^。]{8,}?もの)"
                       r"(?:で(?:あり|して)?、(?P<rest>[^。]*?答申)|。|$)")
# 「…の3件を審議し、いずれも承認する答申をまとめた。」: a report's lead decides every case it then tells by its order
_LEAD = re.compile(r"諮問[^。]*?(?:\d{1,2}|[一二三四五六七八九十])件[^。]*?いずれも[^。]{0,12}?"
                   r"(?:承認|認め(?!ない|られない)|了承)[^。]*?答申")
_LEAD_DAY = re.compile(r"(?<![\d月年])(?P<d>\d{1,2})日")
_DATELINE = re.compile(r"(?P<y>\d{4})年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日")
# 「…との意見があり、この点を答申に付すことにした」: an opinion attached to that one answer
_OPINION_ATTACHED = re.compile(r"(?:意見|要望|条件)[^。]{0,30}?(?:答申)?に?付(?:す|し|け|した)")
def _read_by_order(lines: list[Line], consumed: set[int], reading: Reading) -> None:
    """Cases of the answers a speaker reports one by one (「1件目は、…もので、…適当との答申」), or of the items
    a lead answered together (「…3件を審議し、いずれも承認する答申をまとめた。」, then 「1件目は、…もの。」)."""
    for line in lines:
        text = line.text
        if not text or line.no in consumed or "件目" not in text:
            continue
        found = _BY_ORDER.search(text)
        if found is None:
            continue
        lead = _lead(lines, line.no)
        if found.group("rest") is None and lead is None:
            continue
        decision = decision_of(found.group("rest") or "") or (lead[1] if lead else None) or "unknown"
        if decision == "approved" and _OPINION_ATTACHED.search(text[found.end("title"):]):
            decision = "approved_with_opinion"
        date = met_on(lines, line.no) or (lead[0] if lead else None)
        reading.cases.append(CouncilCase(date=date, title=compact(found.group("title")), decision=decision,
                                         line=line.no, quote=line.quote))  # the line is left to the flow readers


def _lead(lines: list[Line], before: int) -> tuple[str | None, str] | None:
    """The date and decision of a lead sentence (a few lines above) that answers every case told after it.

    >>> lines = split_lines("2030年5月9日(木)\\n架空審議会が8日開かれ、諮問の2件を審議し、いずれも承認する答申をした。")
    >>> _lead(lines, 3)
    ('2030-05-08', 'approved')
    """
    above = [line for line in lines if line.no < before and line.text][-6:]
    for index in range(len(above) - 1, -1, -1):
        said = _LEAD.search(above[index].text)
        if said is None:
            continue
        return _day_of(above[:index + 1], above[index].text[:said.start()]), "approved"
    return None


def _day_of(above: list[Line], sentence: str) -> str | None:
    """「…が14日、…」 completed by the year and month of the dateline above (the day before it, if later)."""
    day = _LEAD_DAY.search(sentence)
    dated = next((found for line in reversed(above) for found in [_DATELINE.search(line.text)] if found), None)
    if day is None or dated is None:
        return None
    year, month = int(dated.group("y")), int(dated.group("m"))
    if int(day.group("d")) > int(dated.group("d")):  # the month before the dateline's
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return to_iso_date(f"{year}年{month}月{int(day.group('d'))}日")
    except ValueError:
        return None


# 「諮問されたのは、…に提供する件と、…が利用する件の二件です。」: the consultations of an answer, one sentence
_COUNTED = re.compile(r"諮問[^。]*?は、(?P<all>[^。]+?件(?:と、[^。]+?件)+)の(?:\d{1,2}|[二三四五六七八九十])件"
                      r"(?:です|である|で)")
# 「二件とも条例第十条第一項第五号の…に当たるものと判断」: the answer to all of them; 「ただし、…を条件と」 adds one
_BOTH_ALLOWED = re.compile(r"(?:[二三四五六七八九十両\d]件とも|いずれも)[^。]{0,80}?"
                           r"(?:当たる|該当する|認め(?!ない|られない)|適当|妥当|差し支えない)")
_PROVISO_TOLD = re.compile(r"ただし、[^。]{4,}(?:条件|こと)")
_KANJI_ARTICLE = re.compile(r"(?:[^、。「」]{0,12}?条例)?第[一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+項)?"
                            r"(?:第[一二三四五六七八九十]+号)?")


def _read_counted(lines: list[Line], consumed: set[int], reading: Reading) -> None:
    """Cases of the consultations one sentence lists and counts (「…する件と、…する件の二件です」), decided by
    the answer told in the lines below (「二件とも…に当たると判断…ただし、…を条件と」)."""
    for index, line in enumerate(lines):
        text = line.text
        if not text or line.no in consumed or "諮問" not in text:
            continue
        said = _COUNTED.search(text)
        nearby = " ".join(other.text for other in lines[max(0, index - 3):index + 4])
        if said is None or "答申" not in nearby:
            continue
        below = " ".join(other.text for other in lines[index + 1:index + 4])
        allowed = _BOTH_ALLOWED.search(below)
        decision = "unknown"
        articles: list[str] = []
        if allowed:
            decision = "approved_with_opinion" if _PROVISO_TOLD.search(below[allowed.end():]) else "approved"
            cited = _KANJI_ARTICLE.finditer(below[allowed.start():])
            articles = ["条例" + found.group().split("条例")[-1] if "条例" in found.group() else found.group()
                        for found in cited]
        for title in re.split(r"と、", said.group("all")):
            reading.cases.append(CouncilCase(title=title.rsplit("、", 1)[-1], articles=articles, decision=decision,
                                             line=line.no, quote=line.quote))


# the answer quoted below the sentence: a heading over the point (「【諮問①について】」), then 「(2)…を講じること。」
_QUOTED_HEADING = re.compile(r"^[【\[(（][^】\]()（）]{1,20}[】\])）]$")
_CONDITION = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）])\s*[^。]{8,}(?:こと|されたい)。$")
_REFUSED = re.compile(r"認められない|認めない|行わない|しない")


def _conditions_quoted(lines: list[Line], after: int) -> str | None:
    """An answer quoted by its numbered conditions (「(2)…厳格な措置を講じること。」) approves with an opinion."""
    below = [line.text.strip() for line in lines if line.no > after and line.text][:3]
    for text in below:
        if _QUOTED_HEADING.match(text):
            continue
        return "approved_with_opinion" if _CONDITION.match(text) and not _REFUSED.search(text) else None
    return None


def decide(lines: list[Line], cases: list[CouncilCase]) -> list[Decide]:
    """The decision of each answer sentence that names an undecided case's title (an approved case's, the opinion),
    in the order stated.

    「…（title）について審査した結果、…これを認めることとしたので答申します。」 approves; a 附帯意見 right
    after it adds an opinion.

    >>> lines = split_lines("A事業に係る外部提供について審査した結果、これを認めることとしたので答申します。")
    >>> decide(lines, [CouncilCase(title="A事業に係る外部提供について", line=9)])
    [Decide(case=0, decision='approved')]
    """
    open_cases = [CaseAt(at) for at, case in enumerate(cases)
                  if case.decision in ("unknown", "approved") and len(compact(case.title)) >= 12]
    if not open_cases:
        return []
    if len(cases) == 1 and cases[open_cases[0]].decision == "unknown":
        concluded = _concluded(lines, cases[open_cases[0]])
        if concluded is not None:
            return [Decide(open_cases[0], concluded)]
    together = _all_below(lines)
    if together:  # 「…諮問のありました下記の件について…いずれもこれを認める…答申します。」
        return [Decide(at, together) for at in open_cases if cases[at].decision == "unknown"]
    decided: list[Decide] = []
    now = {at: cases[at].decision for at in open_cases}  # each case's decision as the answers are read
    texts = [line.text for line in lines]
    for index, text in enumerate(texts):
        if "答申" not in text:
            continue
        flat = compact(text)
        for at in open_cases:
            title = compact(cases[at].title)
            if now[at] == "approved_with_opinion" or title not in flat:
                continue
            rest = flat[flat.find(title) + len(title):]
            decision = next((name for name, pattern in _DECISION if pattern.search(rest)), None)
            if decision == "approved" and any(_OPINION.match(below) for below in texts[index + 1:index + 3] if below):
                decision = "approved_with_opinion"
            if decision and (now[at] == "unknown" or decision == "approved_with_opinion"):
                now[at] = decision  # an approval read elsewhere gains the 附帯意見 that follows the answer
                decided.append(Decide(at, decision))
    return decided


# 「…諮問のありました下記の件について審査した結果、いずれもこれを認めることとしましたので答申します。」
_ALL_BELOW = re.compile(r"諮問[^。]*?(?:下記|次|以下)の(?:件|事項|諮問)[^。]*?答申")


def _all_below(lines: list[Line]) -> str | None:
    """The decision one answer sentence states for every matter it lists below (「記」), when it states one."""
    for line in lines:
        said = _ALL_BELOW.search(line.text) if line.text and "答申" in line.text else None
        if said is None:
            continue
        decided = next((name for name, pattern in _DECISION if pattern.search(said.group())), None)
        if decided:
            return decided
    return None


# 「本件の結合及び外部提供は、いずれも妥当である。ただし、…を明記されたい。」: an answer's conclusion on its one case
_THIS_MATTER = re.compile(r"本件(?:の[^、。]{0,30})?は、?[^。]{0,20}?(?:妥当|適当|適切)(?:である|と認められる)")
_PROVISO = re.compile(r"^ただし、?[^。]{4,}(?:されたい|すること|求める|望む|必要がある)")


def _concluded(lines: list[Line], case: CouncilCase) -> str | None:
    """The one case of an answer approved by its conclusion on 「本件」, with an opinion when a proviso follows."""
    if not any("答申" in line.text for line in lines):
        return None
    flat = "".join(compact(line.text) for line in lines if line.no > (case.line or 0))
    said = _THIS_MATTER.search(flat)
    if not said:
        return None
    rest = flat[said.end():].lstrip("。")
    return "approved_with_opinion" if _PROVISO.match(rest) else "approved"
