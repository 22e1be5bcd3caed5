"""Counts stated in running prose: 「目的外利用 11 件の内訳は、…によるものが 3 件、…に基づくものが 2 件」.

Read segment by segment; each count is its own record, even when a table cell repeats it (the gold
conventions). When the kind itself is the subject (「令和2年度の件数は、登録が6件」) the period the sentence
names labels the count. The prose count reader (:mod:`..readers.statistics`) reads with it, and so does the
reader of spaced tables, which places a row that lost its empty cells by the counts the prose states.

>>> from ..layout.lines import split_lines
>>> [(s.kind, s.count) for s in prose_statistics(split_lines("目的外利用は20件、外部提供は3件でした。"), set(), set())]
[('purpose_outside_use', 20), ('external_provision', 3)]
"""

from __future__ import annotations

import re

from ...normalize import kanji_value
from ...records import Statistic
from ..layout.lines import Line, section_title
from .count_kinds import KIND_WORDS, NO_KIND, PERIOD, column_kind, stat_kind
from .items import compact

__all__ = ["prose_statistics"]

_PROSE_COUNT = re.compile(r"(?:(?P<man>\d+)万(?P<rest>\d{1,4})?|(?P<n>\d[\d,]*))\s*件(?!目)")  # 「1件目」 is an ordinal
# 「法令に基づく目的外利用」: a basis before a kind word, which the kinds counted after it in the sentence share
_BASIS_LEAD = re.compile(r"^(?P<basis>[^、。はがを]{2,20}?(?:に基づく|による))(?P<kind>[^、。はがを]{2,8})$")
_BASIS_PHRASE = re.compile(
    r"(?:条例|法)第\d+条[^、。が]*?号(?:\([^)]*\))?|[^、。をにがはで(（]*?(?:による|に基づく|を得た)もの"
)


def prose_statistics(lines: list[Line], skip: set[int], known: set[tuple[str, int]],
                     judged: set[int] | None = None, listed: bool = True) -> list[Statistic]:
    """Counts stated in sentences, each its own record even when a table repeats it (``known`` is kept for
    callers; the conventions now record a prose count at its own line).

    Sentences about the public-records system (情報公開, 公文書) are not about personal data: their counts,
    and those of the sentences that follow them until personal data is named again, are not read. A count
    whose kind follows it (「8件が開示」) takes the subject of the sentence's first count as its label; a
    difference (「13件増」) is no count. ``judged`` receives the lines whose counts were so set aside: they
    were read, not missed. An agenda title's bracketed counts (「…の登録について(新規2件、廃止1件)」) only
    repeat the registrations the page lists, unless it lists none (``listed`` False): then they are its counts.
    """
    lines = _rewrapped(lines, skip)
    out: list[Statistic] = []
    public = False  # the sentences read last were about the public-records system
    current: str | None = None  # the year the page last named: a count set against the year before is of it
    recent: list[str] = []  # the kinds of the count lines just above: 「新規 3件」「廃止 2件」 then 「合計 5件」
    carried: str | None = None  # the period a report's count line stated, for the count lines that follow it
    asked: tuple[str, int] | None = None  # 「外部提供の17件のうち、…は何件か」: the kind a question asked, its line
    last_counted: tuple[str, int] | None = None  # the kind of the last count read, and its line
    for line in lines:
        if line.cells or line.no in skip:
            carried = None  # a table or a line read otherwise parts the report's count lines
            continue
        named = _periods(line.text)
        if "件" not in line.text:
            recent = recent if line.blank else []
            carried = carried if line.blank else None
            public = _system(line.text, public)
            current = named[-1] if named else current
            continue
        if not _PROSE_COUNT.search(_kanji_counts(line.text)) or (listed and _titles_counts(line.text)):
            # 「1件目は…」 counts nothing; 「(1)…の届出について(新規2件、廃止1件)」 titles what the items list
            if judged is not None:
                judged.add(line.no)
            if _HOW_MANY.search(line.text):
                # 「目的外利用のうち、…は何件か」: no count stated; 「うち、…は何件か」: of the count just stated
                of_last = last_counted if last_counted and _OF_THOSE.search(line.text) else None
                kind_asked = stat_kind(line.text) or (
                    of_last[0] if of_last and line.no - of_last[1] <= _ANSWER_REACH else None)
                asked = (kind_asked, line.no) if kind_asked else None
            continue
        spaced = _spaced_raw(line.raw)
        text = _rejoined(compact(_SECTION_NUMBER.sub("", line.text))) if spaced else compact(
            _KIND_THEN_SPACE.sub(r"\1、", _COUNT_THEN_SPACE.sub(r"\1、", _kanji_counts(
                _LEADING_NUMBER.sub("", _ITEM_NUMBER.sub("", _TURN.sub("", line.text)))))))
        if _titles_counts(line.text) and (bracket := _LAST_BRACKET.search(text)):
            text = bracket.group(1)  # 「…の登録について(新規2件、変更1件)」: the counts are the bracket's
        period: str | None = None  # named by an earlier segment: 「令和2年度の件数は、登録が6件」
        told: str | None = None  # the period a segment without a count stated: 「令和5年度中の届出は、」
        # 「…に回答したものが6件でございます」 answering a member's 「…は何件か」: a count of the kind asked about
        context: str | None = asked[0] if asked and line.no - asked[1] <= _ANSWER_REACH else None
        asked = None
        table = ""
        previous: str | None = None  # the kind of the count just read: 「12件(うちAによるもの8件、Bによるもの4件)」
        within = False
        owner: str | None = None  # 「A宛に14件(全部開示9件、…)」: the organ whose count the bracket breaks down
        last_organ: str | None = None  # the organ that labelled the line's last count
        subject: str | None = None  # the label of the line's first count: 「…開示請求は10件あり、8件が開示」
        kinds_read: list[str] = []  # the kinds of the line's counts so far
        topic: str | None = None  # a segment that names a kind and ends in は, with its count after the comma
        for sentence in _corrected(text).split("。"):
            public = _system(sentence, public)
            if _BOTH_SYSTEMS.search(sentence):
                if judged is not None:
                    judged.add(line.no)
                continue  # 「両制度の請求件数を合わせると、…件」: a sum over both systems is none of personal data's
            if _QUESTION.search(sentence):
                if judged is not None:
                    judged.add(line.no)
                continue  # 「外部提供17件の内訳を教えてください」: a question about a count, not one stated
            absent = _ABSENT_NOTE.match(sentence) if not public else None
            if absent:  # 「※ 不開示の1件は、…が存在しなかったものです」: that many refusals were of no record
                out.append(Statistic(table=section_title(text)[:30], organ_or_basis=absent.group("label"),
                                     kind="disclosure_nonexistent", count=int(absent.group("count")),
                                     line=line.no, quote=line.quote))
                continue
            note = (_COUNTING_NOTE.match(sentence) and not _STOCK_NOTE.search(sentence)
                    and not _BREAKDOWN_NOTE.search(sentence))
            if public or note or _DEFINITION.match(sentence) or "旨の決定" in sentence:
                # a note, a definition (「処理件数とは、…1件の請求に対し」) or what was decided on the requests
                if judged is not None:
                    judged.add(line.no)
                stated = _period(sentence)  # 「2018年度の情報公開請求は…。一方、個人情報の開示請求は92件」
                period = period or (stated.group(0) if stated and not _COUNTING_NOTE.match(sentence) else None)
                continue
            breakdown = False  # after 「うち」 the counts break a total down: each keeps its own word
            shared_basis: str | None = None  # 「法令に基づく」 before the sentence's first kind, shared by the next
            lead: str | None = None  # 「廃止が、」: the kind a list of quoted names then counted is of
            for segment in _SEGMENTS.split(sentence):
                if segment[:1] in "(（" and segment[1:3] == "うち":
                    within, segment = True, segment[1:]
                elif segment[:1] in "(（" and last_organ and _PROSE_COUNT.search(segment):
                    owner = last_organ  # 「市長部局宛に14件(全部開示9件」: the outcomes of that organ's requests
                owned = owner
                if owner is not None and _CLOSING.search(segment):
                    owner = None  # the bracket closes in this segment: the next count is the sentence's again
                breakdown = breakdown or segment.startswith(("うち", "このうち", "その内"))
                closes = segment.endswith((")", "）"))
                segment = segment.rstrip(")）")
                match = _PROSE_COUNT.search(segment)
                if match and _DIFFERENCE.match(segment, match.end()):
                    match = None  # 「前年度比13件増の46件」: the difference is no count
                    later = _PROSE_COUNT.search(segment, segment.find("件") + 1)
                    match = later if later and not _DIFFERENCE.match(segment, later.end()) else None
                qualifier = _QUALIFIER.match(segment, match.end()) if match else None
                # 「登録簿の変更12件について報告します」: no count follows, the count is of what it names
                alone = qualifier and not _PROSE_COUNT.search(segment, qualifier.end()) and not _PROSE_COUNT.search(
                    sentence, max(sentence.find(segment), 0) + len(segment))
                if qualifier and not alone:
                    # 「部分開示決定1件について審査請求が1件」: the first count names what the second is about
                    segment = segment[qualifier.end():]
                    match = _PROSE_COUNT.search(segment)
                if match and segment[: match.start()].endswith(("ほか", "他", "外", "以上")):
                    match = None  # 「…審査請求事案ほか2件」「以上2件を審議」: the items of a list, not a count
                if match and _PENDING_TAIL.match(segment, match.end()):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「(1件は処理中)」: requests still pending, an outcome the vocabulary has no kind for
                if match and _ITEM_COUNT.search(segment[: match.start()]):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「AをBへ提供したもの(9件)」: how often one listed hand-over happened, no total
                if match and (_CASES_DECIDED.match(segment, match.end())
                              or _DECIDED_CASES_OF.match(segment, match.end())):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「外部提供2件を承認」「3件の目的外利用など承認」: cases a meeting decided, no statistic
                if match and _count_of(match) == 1 and _EXAMPLE.match(segment, match.end()):
                    match = None  # 「1件の請求で複数の課が決定する」: how counting works, not a count
                if not match:
                    # 「…の登録件数は、市長548件、教育委員会64件」: the kind named before the counts applies to them.
                    context = stat_kind(segment) or context
                    if stat_kind(segment) and segment.endswith(("が", "は")) and "「" not in segment:
                        lead = _LEAD_CUT.sub("", segment[:-1])
                    elif (opened := _LEAD_BEFORE_NAMES.match(segment)) and stat_kind(opened.group("lead")):
                        lead = _LEAD_CUT.sub("", opened.group("lead"))  # 「新規登録は「X事務」(A課)」: its word
                    if stat_kind(segment) and segment.endswith("は"):
                        topic = segment.lstrip("※* ")[:-1]  # 「…の登録事務数は、286件」: the topic labels the count
                    stated_period = _period(segment)
                    if stated_period and _WHEN_NOTIFIED.match(segment, stated_period.end()):
                        stated_period = None  # 「令和6年度に届出のあった事務は、新規3件」: the year dates the notices
                    period = stated_period.group(0) if stated_period else period
                    told = period if stated_period else told
                    continue
                if period is None and _period(segment[: match.start()]):
                    period = _period(segment[: match.start()]).group(0)  # 「平成15年度の請求は42件」
                raw_head = _SPEAKER_TAG.sub("", segment[: match.start()].rstrip(":：(（ .…‥/／,"))
                raw_head = raw_head.lstrip("「『(（※* ・•●○◯■□◆◇/／【[〔")
                if raw_head.endswith((")", "）", "】", "]", "〕")) and not _OPENING.search(raw_head):
                    raw_head = raw_head[:-1]  # 「(開示請求) 25件」「【開示請求】25件」: the label in brackets
                opened = _LEAD_BEFORE_NAMES.match(raw_head)
                if opened and stat_kind(opened.group("lead")) and _LISTED.search(raw_head):
                    lead = _LEAD_CUT.sub("", opened.group("lead"))  # 「変更は「X事務」(A課)の1件」: a new word
                listed = lead if lead and _LISTED.search(raw_head) else None
                if "「" in raw_head:
                    raw_head = raw_head.rsplit("「", 1)[1]  # 「…のうち「年度末現在登録件数 512件」」: the quoted label
                head = _COUNT_TOPIC.sub("", _HEAD_CUT.sub("", _TAG.sub("", raw_head))).rstrip("がはでも")
                head = _SEE_TABLE.sub("", head)  # 「…開示請求は、表Cのとおり37件」: the topic labels it, not the table
                head = _ABOUT_TAIL.sub("", head) or head  # 「目的外利用につきましては12件」: the kind labels it
                topical = _TOPIC_THEN_KIND.match(head)
                if topical and stat_kind(topical.group("kind")) and stat_kind(head) == stat_kind(topical.group("kind")):
                    head = raw_head = topical.group("kind")  # 「…の登録等は新規5件」: the kind word after the topic
                if _DECISION_COUNT.search(head):
                    if judged is not None:
                        judged.add(line.no)  # read, and set aside
                    continue  # 「開示請求に対する決定件数は33件」: decisions made, a count no kind names
                tail = _tail_kind(segment[match.end():])
                if tail is None and head.endswith("のうち"):
                    # 「(部分開示のうち1件、不開示のうち19件は文書不存在によるもの)」: the predicate is shared
                    shared = _SHARED_TAIL.search(sentence, max(sentence.find(segment), 0) + len(segment))
                    tail = stat_kind(shared.group("what")) if shared else None
                if _PUBLIC_LABEL.search(head) and not _PERSONAL_DATA.search(head):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「審査請求は、情報公開制度で2件、個人情報保護制度で1件」: the other system's count
                if NO_KIND.fullmatch(head):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「却下0件」「処理中2件」「存否応答拒否0件」: outcomes the vocabulary has no kind for
                if _TOTAL.fullmatch(head) and not kinds_read and len(set(recent)) > 1 and all(
                        kind.startswith("registration_") for kind in recent):
                    kinds_read = list(recent)  # 「合計 6件」 on its own line under the counts of each kind
                if _TOTAL.fullmatch(head) and len(set(kinds_read)) > 1:
                    if all(kind.startswith("registration_") for kind in kinds_read):
                        # 「新規2件、変更1件、廃止1件の計4件」: the businesses notified, all told; 「…現在の登録事務は、
                        # 合計408件」: the stock the sentence names as its topic labels it
                        stock = topic if topic and stat_kind(topic) == "registration_total" else None
                        out.append(Statistic(table=table or section_title(text)[:30], organ_or_basis=stock or head,
                                             kind="registration_total", count=_count_of(match), line=line.no,
                                             quote=line.quote))
                        continue
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「目的外利用4件、外部提供3件、合計7件」: a sum over kinds is a count of no kind
                if listed:
                    # 「廃止が、A課の「X事務」の1件」: the names counted do not name the kind, the word before them does
                    head = raw_head = listed
                # 「一部開示決定に対する審査請求が2件」: what the count is about does not name its kind
                within_total = _WITHIN_TOTAL.match(head)
                if within_total and head[within_total.end():] == "開示":
                    # 「…21件で、そのうち開示が13件」: the bare outcome word, full disclosures, not more requests
                    head = raw_head = head[within_total.end():]
                kind = stat_kind(_ABOUT.split(head)[-1]) or ("disclosure_granted" if head == "開示" else None)
                if kind is None and not tail and _of_both_kinds(sentence[: max(sentence.find(segment), 0)]):
                    if judged is not None:
                        judged.add(line.no)  # read, and set aside
                    continue  # 「目的外利用及び外部提供の状況について、…届出のあったものは3件」: of both kinds at once
                as_of = None
                if kind is None and (_AS_OF.search(head) or ("現在" in sentence and _STOCK.search(head))):
                    kind = "registration_total"  # 「3月31日現在で2937件」: a stock of the system as of a day
                    as_of = None if _AS_OF.search(head) else _AS_OF_PHRASE.search(sentence)
                elif kind is None and _NOTIFIED.search(head):
                    kind = "registration_total"  # 「7月末までに届出のあった個人情報取扱事務は2件」
                if kind and not within and owned is None:
                    context = kind  # 「提供された個人情報は8万件で、…市民税課が4万件」: it goes on counting the same
                if tail and (kind is None or "うち" in head):
                    kind = tail  # 「8件が開示」「不開示のうち19件は文書不存在によるもの」
                    if _REMAINDER.fullmatch(head):
                        head = raw_head = _tail_word(segment[match.end():])  # 「残る3件は取下げ」: labelled 取下げ
                if kind is None:
                    kind = previous if within else context
                within = within and not closes
                if kind is None:
                    continue
                previous = previous if within else kind
                kinds_read.append(kind)
                if "内訳" in segment or "の内" in segment or "のうち" in segment:
                    context, table = kind, segment
                count = _count_of(match)
                phrase = _BASIS_PHRASE.search(head)
                label = as_of.group(0) if as_of else phrase.group(0) if phrase else head
                organ = _ORGAN_AFTER_TOPIC.match(label) if label == head else None
                if organ and stat_kind(label[:organ.start("organ")]) and not stat_kind(organ.group("organ")):
                    label = organ.group("organ")  # 「…件数(目的外利用)は市長部局で37件」: the topic is the kind
                whose = _WHOSE.match(segment, match.end()) if not label and not tail else None
                if whose:
                    label = whose.group("who")  # 「92件の全件が市長」: the organ the count belongs to
                elif not label and subject:
                    label = subject
                elif not label and topic:
                    label = topic
                elif (not phrase and period and raw_head.endswith("が")
                      and _is_kind_word(_KIND_NOUN.sub("", _TOPIC.sub("", head))) and not breakdown):
                    # 「令和2年度の件数は、登録が6件」: the kind is the subject of a count of the period the line names
                    label = f"{period} {_KIND_NOUN.sub('', _TOPIC.sub('', head))}"
                day = _AS_OF_PHRASE.match(label) if kind == "registration_total" and label else None
                if day and _FILE_REGISTER_TOPIC.match(label, day.end()):
                    label = day.group(0)  # 「令和5年度末現在の個人情報ファイル簿の件数は、」: the size that day
                clause = _COUNTED_OBJECT.match(segment, match.end()) if tail and kind == tail else None
                noun = _COUNTED_KIND.match(segment, match.end()) if tail and kind == tail and not head else None
                if clause:
                    # 「新たに2件の事務を登録し」: what the verb naming its kind acts on; the clause labels it
                    label = segment[: clause.end()].lstrip("「『(（※* ・•●○◯■□◆◇")
                elif noun:
                    label = noun.group("kind")  # 「1件の訂正請求がありました」: the kind the count is of labels it
                basis_lead = _BASIS_LEAD.match(head)
                grounds = _GROUNDS_LEAD.search(head) if not basis_lead and not phrase else None
                if basis_lead and _is_kind_word(basis_lead.group("kind")):
                    shared_basis = basis_lead.group("basis")
                elif grounds and _is_kind_word(grounds.group("kind")) and label == head:
                    # 「相当の理由があるとして行った目的外利用は37件、外部提供は15件」: the grounds, shared by the next
                    shared_basis = grounds.group("basis")
                    label = f"{shared_basis}{grounds.group('kind')}"
                elif shared_basis and _is_kind_word(head) and label == head:
                    label = f"{shared_basis}{head}"  # 「法令に基づく目的外利用は212件、外部提供は64件」
                earlier = _PREVIOUS_YEAR.match(segment, match.end())
                # 「全部開示が76件(同60件)」: this year's count; a line of a report stating no period of its own
                # counts the period the count line just above it stated (「令和5年度中の届出は…。」 then 「…は42件」)
                year = period or carried or (current if earlier else None)
                if year and f"{year}中" in text and year not in label and _DONE_THING.search(label):
                    year = f"{year}中"  # 「令和5年度中に…変更したものは14件」: the period as the page writes it
                stock_day = _AS_OF_PHRASE.search(sentence) if kind == "registration_total" and not as_of else None
                if stock_day and label == head and head.endswith(_REGISTER_NAMES) and stock_day.group(0) not in label:
                    label = f"{stock_day.group(0)} {label}"  # 「3月31日現在、…ファイル簿は312件」: that day's size
                kind_label = not label or stat_kind(label) or _is_kind_word(label)
                if year and not clause and kind_label and year not in label:
                    label = f"{year} {label}".strip()  # 「令和6年度は、…開示42件」: the year the line counts
                if _REFERENCE.match(segment, match.end()) and any(
                        (stat.kind, stat.count) == (kind, count) and stat.line < line.no for stat in out):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「廃止となった2件は…」: the count stated above, taken up again as a topic
                if owned is not None:
                    label = _ADDRESSED.sub("", owned) or owned  # the organ the bracket breaks a count of down
                else:
                    label = _ADDRESSED.sub("", label) or label  # 「市長部局宛に14件」: the organ, as a table heads it
                    last_organ = label if label and not stat_kind(label) and not _is_kind_word(label) else None
                subject = subject or label
                out.append(Statistic(table=table or section_title(text)[:30], organ_or_basis=label, kind=kind,
                                     count=count, line=line.no, quote=line.quote))
                if earlier:  # 「全部開示が76件(同60件)」: the same count of the year before, its own record
                    out.append(Statistic(table=table or section_title(text)[:30],
                                         organ_or_basis=_earlier_label(earlier), kind=kind,
                                         count=int(earlier.group("n").replace(",", "")), line=line.no,
                                         quote=line.quote))
        current = named[-1] if named else current
        recent = [*recent, *kinds_read] if kinds_read else []
        # a period stated as a topic carries on; one inside a count's label (「令和6年度の外部提供は5件」) does not
        carried = (told if period else carried) if kinds_read else None
        if _HOW_MANY.search(text) and (kinds_read or stat_kind(text)):
            asked = (kinds_read[-1] if kinds_read else stat_kind(text), line.no)
        last_counted = (kinds_read[-1], line.no) if kinds_read else last_counted
    return out


_BOTH_KINDS = re.compile(r"目的外(?:の)?利用(?:及び|並びに|又は|と|・|や)(?:外部)?提供"
                         r"|外部提供(?:及び|並びに|又は|と|・|や)目的外")


def _of_both_kinds(before: str) -> bool:
    """Whether the last kinds named before a count are use and provision together (「目的外利用及び外部提供の
    状況について、」), not one kind named after them (「…の件数、目的外利用、市長41件」).

    >>> _of_both_kinds("目的外利用及び外部提供の状況について、")
    True
    >>> _of_both_kinds("目的外利用及び外部提供の件数、目的外利用、")
    False
    """
    joints = list(_BOTH_KINDS.finditer(before))
    return bool(joints) and stat_kind(before[joints[-1].end():]) is None


_HOW_MANY = re.compile(r"何件(?:か|です|でした|でしょう|あり|あった|になり|くらい|ぐらい|程度|ほど)")
_OF_THOSE = re.compile(r"(?:^|\s|、)(?:その)?うち")  # 「うち、福祉関係は何件か」: a part of the count just stated
_ANSWER_REACH = 6  # the question's line to its answer's: a blank, the answering speaker, a blank
# 「表Cのとおり」「別表2のとおり」「次のとおり」: where the page shows the count, not what it counts
_SEE_TABLE = re.compile(r"^(?:(?:別表|次表|下表|上表|表|資料|別紙)\s*第?\s*[A-Za-z\d]{0,3}|次|以下|下記|上記)"
                        r"\s*の?(?:とおり|通り)$")
_REGISTER_NAMES = ("ファイル簿", "登録簿", "届出簿")  # a count of the register itself is its size on a day
_DONE_THING = re.compile(r"(?:した|された)もの$")
# 「…新たに作成したものは」 at a line's end: a clause the page's wrap parted from its count on the next line
_OPEN_TOPIC = re.compile(r"(?:^|。)(?P<tail>[^。]{2,40}?[はが])$")
_COUNT_FIRST = re.compile(r"^\d[\d,]*\s*件")


def _rewrapped(lines: list[Line], skip: set[int]) -> list[Line]:
    """The lines with a sentence's opening clause moved onto the line of its count when the page wrapped the
    sentence just before the count (「…新たに作成したものは」 / blank / 「9件、変更したものは14件…」).

    >>> from ..layout.lines import split_lines
    >>> [line.text for line in _rewrapped(split_lines("総数は40件です。新規のものは\\n\\n5件でした。"), set())]
    ['総数は40件です。', '', '新規のものは5件でした。']
    """
    out = list(lines)
    for at, line in enumerate(out):
        found = (_OPEN_TOPIC.search(line.text) if line.text.endswith(("は", "が")) and not line.cells
                 and line.no not in skip else None)
        if not found or _PROSE_COUNT.search(found.group("tail")):
            continue
        after = next((index for index in range(at + 1, min(at + 3, len(out))) if not out[index].blank), None)
        if after is None or out[after].cells or out[after].no in skip or not _COUNT_FIRST.match(out[after].text):
            continue
        tail = found.group("tail")
        out[at] = Line(line.no, line.raw, line.text[: len(line.text) - len(tail)])
        out[after] = Line(out[after].no, out[after].raw, tail + out[after].text)
    return out


# 「…の「X事務」の2件」「「X事務」ほかの2件」「…は、A課のB事務の1件」: a count of the businesses just named
# 「「X事務」(A課)の1件」: the holder in a bracket after the quoted name
_LISTED = re.compile(r"(?:」(?:[(（][^()（）「」]{1,20}[)）])?|(?:課|室|係)の[^、。「」]{2,40}?(?:事務|業務|事業))"
                     r"(?:など|等)?の?$")
# 「新規登録は「X事務」…」: the kind word the names after it are counted under
_LEAD_BEFORE_NAMES = re.compile(r"^(?P<lead>[^、。「」]{1,12}?)(?:は|が)、?「")
_LEAD_CUT = re.compile(r"^.*?(?:では|には|は)、?(?=.)")  # 「今回は新規登録が」: the kind word alone labels the list


# 「外部提供17件の内訳を教えてください」「…は何件ですか」: a member's question names a count it does not state
_QUESTION = re.compile(r"(?:教えて(?:ください|下さい|いただけますか|もらえますか)|でしょうか|ですか)[?？]?$")
_TOPIC_THEN_KIND = re.compile(r"^[^、。]{2,40}?(?:は|では)(?P<kind>[^、。はの]{1,6})$")
_DEFINITION = re.compile(r"^[^、。]{1,15}とは(?![別異違])")  # 「…とは別の目的で」 defines nothing
_CASES_DECIDED = re.compile(r"(?:の案件)?(?:を|が|とも|は)?(?:いずれも|継続)?(?:承認|可決|否決|審議|諮問|答申|了承)")
_DECIDED_CASES_OF = re.compile(r"の[^、。をがは\d]{1,16}?(?:など|等)?(?:を|が|とも|は)?(?:いずれも)?"
                               r"(?:承認|可決|否決|了承)")
# 「2件の事務の登録内容を変更し」「1件の業務を廃止しました」: the count is what the verb of its kind acts on
_COUNTED_OBJECT = re.compile(r"の[^、。をがは]{1,16}?を(?:新たに|新規に)?(?:登録|変更|廃止|追加|削除|抹消|届け?出)")
# 「1件の訂正請求がありました」: the noun after the count names its kind
_COUNTED_KIND = re.compile(r"の(?P<kind>[^、。をがはの]{2,12}?)(?:が|は|を|も|と|や|$)")
_ABOUT = re.compile(r"に対する|についての|に係る")


# 「…の計4件」: the total its own segment; 「31件(開示14件、…)」: the bracket's counts their own (not 「(同19件)」);
# 「2件の訂正請求と1件の…」: a count after と or や opens its own segment
_SEGMENTS = re.compile(r"[、]|,(?!\d{3})|及び|(?:と|や)(?=\d[\d,]*\s*件)|(?=[(（]うち)"
                       r"|(?<=件)の(?=(?:合計|総計|計)\s*\d)"
                       r"|(?<=件)(?=[(（](?!うち|同|前年|前回|昨年))|(?<=件)(?=[【\[〔])"
                       # 「開示請求126件開示58件部分開示49件」: a table flattened into one line, a label per count
                       # (not 「10件増の92件」)
                       r"|(?<=\d件)(?![増減多少余超未以])(?=[一-龥ァ-ヶ][^、。]{0,15}?\d[\d,]*件)")
_OPENING = re.compile(r"[(（【\[〔]")
_CLOSING = re.compile(r"[)）]")
# 「…件数(目的外利用)は市長部局」: the topic names the kind, what follows は the organ (not 「…は全部」)
_ORGAN_AFTER_TOPIC = re.compile(r"^.*[)）]?は(?P<organ>[^、。はがの()（）]{1,10}"
                                r"(?:部局|委員会|長|課|局|(?<!全)部|室|事務局|機関))$")
_ADDRESSED = re.compile(r"(?:宛て?に?|あてに?|に対する(?:もの)?)$")  # 「市長部局宛に」: the organ asked
_SPEAKER_TAG = re.compile(r"^[【\[〔][^】\]〕]{1,12}[】\]〕](?=.)")  # 「【事務局】令和3年度の…」: who speaks
# 「(同60件)」「(前年度29件)」「(前回告示時 1,202件)」: the same count at the time before, its own record
_PREVIOUS_YEAR = re.compile(r"\s*[(（](?P<when>前年度は|前年は|前年度|同|前回[^\d()（）、。件]{0,8}?)"
                            r"\s*(?P<n>\d[\d,]*)\s*件[)）]?")
_WHOSE = re.compile(r"(?:の全件|の全て|のすべて)?が(?P<who>[^、。(（]{2,12}?)(?:[(（]|だ|で|$)")
_AS_OF_PHRASE = re.compile(r"(?:(?:令和|平成)(?:\d{1,2}|元)年)?\d{1,2}月\d{1,2}日現在"
                           r"|(?:令和|平成)(?:\d{1,2}|元)年度末現在")
_STOCK = re.compile(r"(?:個人情報ファイル簿?|届出事務|登録事務|取扱事務)(?:の(?:総数|件数|数))?$"
                    r"|(?:届出|登録)の?(?:総数|件数)$")
_EXAMPLE = re.compile(r"の[^、。\d]{0,8}?(?:で|に対し|について|につき|に複数)")
_FILE_REGISTER_TOPIC = re.compile(r"の(?:個人情報)?ファイル簿の(?:件数|総数|数)$")  # the day alone tells it
_AS_OF = re.compile(r"(?:\d+月\d+日|年度末|月末)現在$")
_COUNTING_NOTE = re.compile(r"^[※*]")  # 「※1件の請求に複数の決定を行う場合があります」: how counts are made
# 「※3月31日現在の登録事務数は、286件です」: a note stating the registry's stock is a count, not how counts are made
_ABSENT_NOTE = re.compile(r"^[※*]\s*(?P<label>[^、。\d]{1,10}の(?P<count>\d+)件)は、?[^。]{0,40}?"
                          r"(?:存在しなかった|存在しない|不存在)")
_BREAKDOWN_NOTE = re.compile(r"\d件のうち、")  # 「※開示請求27件のうち、開示は15件」: a note breaking a count down
_TOTAL = re.compile(r"合計|計|総計|総数|合わせて|あわせて")
_STOCK_NOTE = re.compile(r"現在の?(?:登録|届出|取扱)(?:事務|業務)?(?:の)?(?:総数|件数|数)は")
_SHARED_TAIL = re.compile(r"件(?:は|が)(?P<what>[^、,。)）]+?)(?:による|に係る|の)もの")
_DECISION_COUNT = re.compile(r"(?:に対する|に係る|についての|の)決定(?:の)?(?:件数|数)$")
_KIND_NOUN = re.compile(r"の(?:届出|件数|請求|申出)$")  # 「変更の届出が6件」: the kind word is 変更
# 「…登録件数 962件」とありますが、正しくは「978件」: the speaker corrects a printed figure; the correction wins
_CORRECTION = re.compile(
    r"\d[\d,]*\s*件(?P<mid>」?と(?:あります|ありました|記載しております|記載しました|なっております|なっています)が、?"
    r"(?:正しくは|正しい数字は|これは)「?)(?P<new>\d[\d,]*\s*件)"
)


_SPACED_DIGITS = re.compile(r"(?<![\d,])\d(?: \d)+(?=件)")  # 「2 7件」: one number the conversion spaced out
# 「令和6年度に届出のあった」「令和5年度の届出件数は」「令和6年度に…登録簿へ登録し」: the year dates the notices
_WHEN_NOTIFIED = re.compile(r"(?:中)?に(?:届出|届け出|登録|変更|廃止)|の(?:届出|登録)(?:の)?(?:件数|数)"
                            r"|に[^、。]{0,20}?(?:登録簿|届出書)")
_SECTION_NUMBER = re.compile(r"^\d{1,2}\s+(?=\D)")  # 「① 開 示 …」: the section's number, read as 「1」
_SECTION_HEAD = re.compile(r"^[^、。\d]{2,30}?の件数(?=[^、。\d])")  # 「開示請求等の件数開示請求27件」
_KIND_THEN_ORGAN = re.compile(r"(?:目的外利用|外部提供)(?=[^、。\d及並のにがはでを等]{2,12}?\d+件)")
_COUNT_THEN_WORD = re.compile(r"(\d件)(?=[^、。,()（）のにがはでをとにもま\s])")  # 「2件訂正請求0件」: counts in a row


# 「令和6年度第3回…審議会」: the year of a meeting's title, not the period its counts are of
_MEETING_AFTER = re.compile(r"\s*第\s*[\d一二三四五六七八九十]+\s*回")
# 「1. 新規の登録は2件」「- 3 . 令和5年度の…」: an item's number (after a bullet) is no part of the label
_ITEM_NUMBER = re.compile(r"^\s*(?:[-－‐*・•]\s*)?\d{1,2}\s*[.．]\s*(?=[^\d\s])")


def _period(text: str) -> re.Match | None:
    """The first period the text names that is not the year of a meeting's title.

    >>> _period("令和6年度第3回審議会 令和5年度の請求は").group(0), _period("令和6年度第3回審議会") is None
    ('令和5年度', True)
    """
    if "年度" not in text:
        return None
    return next((found for found in PERIOD.finditer(text) if not _MEETING_AFTER.match(text, found.end())), None)


def _periods(text: str) -> list[str]:
    if "年度" not in text:
        return []
    return [found.group(0) for found in PERIOD.finditer(text) if not _MEETING_AFTER.match(text, found.end())]


def _earlier_label(earlier: re.Match) -> str:
    """「(同60件)」「(前年度29件)」 are the year before; 「(前回告示時 1,202件)」 the time the page names."""
    when = earlier.group("when")
    return when if when.startswith("前回") else "前年度"


def _spaced_raw(raw: str) -> bool:
    """A line written with a space after every character: 「開 示 請 求 2 7 件」."""
    tokens = raw.split()
    return len(tokens) >= 8 and sum(len(token) == 1 for token in tokens) >= 0.8 * len(tokens)


def _rejoined(text: str) -> str:
    """A spaced-out line read again: its spaced numbers joined, a comma after each count a word follows.

    The section's heading (「…の件数」) and a kind word the organ counted follows (「目的外利用市長41件」) ran into
    the counts when the line lost its layout: a comma sets each apart.

    >>> _rejoined("開示請求2 7件訂正請求2件")
    '開示請求27件、訂正請求2件'
    >>> _rejoined("利用等の件数目的外利用市長41件教育委員会6件")
    '利用等の件数、目的外利用、市長41件、教育委員会6件'
    """
    text = _SPACED_DIGITS.sub(lambda match: match.group(0).replace(" ", ""), text)
    text = _SECTION_HEAD.sub(r"\g<0>、", text, count=1)
    text = _KIND_THEN_ORGAN.sub(r"\g<0>、", text)
    return _COUNT_THEN_WORD.sub(r"\1、", text)


def _corrected(text: str) -> str:
    """The text with each corrected figure replaced by its correction (the words between dropped)."""
    return _CORRECTION.sub(lambda match: match.group("new"), text)


# 「○事務局 …」「◎総務課長(山田君) …」: a speaker's turn opens the line, it labels no count
_TURN = re.compile(r"^[○◯◎〇●][^\s、。]{1,20}?(?:[(（][^)）]{1,12}[)）])?\s+"
                   r"|^(?:質問|回答|問|答)(?:\s*[:：]\s*|\s+)")  # 「回答 福祉関係は8件です」: a Q&A turn's tag
_ABOUT_TAIL = re.compile(r"(?:につきまして|について|に関して|に係りまして)$")
# 「1 開示請求 25件」: the item's number is no part of the label
_LEADING_NUMBER = re.compile(r"^(?:\d{1,2}|[(（]\d{1,2}[)）])\s+(?=[^\d件\s])")
_LAST_BRACKET = re.compile(r"[(（]([^()（）]*\d\s*件[^()（）]*)[)）]$")
_TITLE_COUNTS = re.compile(r"^[^、。]{2,60}?について\s*[(（][^()（）]*\d\s*件[^()（）]*[)）]$")


def _titles_counts(text: str) -> bool:
    """「(1)…の届出について(新規2件、廃止1件)」: a title whose bracket gives the counts of the items below it."""
    return "について" in text and _TITLE_COUNTS.match(text) is not None


_COUNT_THEN_SPACE = re.compile(r"(\d\s*件)\s+(?=[^\s\d、。,()（）のにがはでをともま])")  # 「目的外利用3件 外部提供3件」
_TAG = re.compile(r"^[(（]?[^()（）\s]{1,8}[)）]\s*(?=\S)")  # 「(件数) 目的外利用」: a bracketed tag before the kind
# 「件数は新規登録3件」「内訳 全部開示10件」: the kind word after the topic labels the count
# 「決定内容は開示が11件」: the decisions' topic before the outcome word labels nothing
_COUNT_TOPIC = re.compile(r"^(?:件数|その内訳|内訳|内容|決定内容|決定の内容|決定結果|決定の結果|処理結果|処理の結果)"
                          r"(?:は|[:：])?、?(?=\S)(?![をのがに])")
# 「目的外利用件数 市長 12件」: the kind named, then the organs counted: a comma sets the kind apart
_KIND_THEN_SPACE = re.compile(r"((?:目的外利用|外部提供|開示請求|訂正請求|利用停止請求|審査請求)(?:の)?(?:件数|状況)?)"
                              r"\s+(?=[^\s\d、。]{2,12}?\s*\d[\d,]*\s*件)")
_KANJI_COUNT = re.compile(r"(?<![〇一二三四五六七八九十百千万第])[〇一二三四五六七八九十百千]+(?=件(?!目))")


def _kanji_counts(text: str) -> str:
    """Counts written in kanji numerals (「新規三件」) in digits.

    >>> _kanji_counts("新規三件、変更十二件、廃止一件")
    '新規3件、変更12件、廃止1件'
    """
    return _KANJI_COUNT.sub(lambda match: str(kanji_value(match.group(0))), text) if "件" in text else text
_NOTIFIED = re.compile(r"(?:届出|届け出|登録)(?:が|の)?(?:あった|ありました|された|されました|した|を受けた)"
                       r"(?:[^、。]{0,20}?(?:事務|業務)|もの|の)?$|(?:取扱)?事務の(?:届出|届け出)$")
# 「相当の理由があるとして行った目的外利用」: the grounds the uses were made on, before the kind word
_GROUNDS_LEAD = re.compile(r"(?P<basis>[^、。はがをにで]{2,12}?があるとして(?:行った|実施した|行われた)?)"
                           r"(?P<kind>[^、。はがを]{2,8})$")
_WITHIN_TOTAL = re.compile(r"(?:その|この)?(?:うち|内)、?")
_PENDING_TAIL = re.compile(rf"\s*(?:は|が)(?:{NO_KIND.pattern})")
_ITEM_COUNT = re.compile(r"を[^、。]*?(?:提供|利用)(?:した|する)もの\s*[(（]$")
_REMAINDER = re.compile(r"残る|残り|残りの|その他|他")


def _tail_word(tail: str) -> str:
    """The kind word a count is followed by: 「は取下げでした」 → 取下げ."""
    words = tail.lstrip("がはのでと ").split("、")[0]
    found = [word for word in _KIND_WORD_SET if words.startswith(word)]
    return max(found, key=len) if found else words


_QUALIFIER = re.compile(r"\s*(?:について|に対して|に対する|に係る)")
_DIFFERENCE = re.compile(r"\s*(?:増|減|の増|の減|多い|少ない)")
_HEAD_CUT = re.compile(r"(?:前年度?比)?\d[\d,]*件(?:増|減)の?$|前年度?比$")  # 「…は前年度比5件増の」31件
_TOPIC = re.compile(r"^[^、]*?は")
_REFERENCE = re.compile(r"は")  # 「2件は」: the count is the topic of the sentence
_PUBLIC_RECORDS = re.compile(r"情報公開|公文書|公開請求")
_PERSONAL_DATA = re.compile(r"個人情報|自己情報|本人情報")
# the count's own label names the public-records system (not an office named after it, 「情報公開課」)
_PUBLIC_LABEL = re.compile(r"情報公開(?:制度|請求|条例)|公文書|公開請求")
# 「両制度の…を合わせると」「情報公開制度と個人情報保護制度の請求件数の合計」: both systems summed
_BOTH_SYSTEMS = re.compile(r"両制度|(?:情報公開|公文書)[^。]{0,12}?(?:と|及び|並びに)[^。]{0,12}?個人情報[^。]{0,30}?"
                           r"(?:合わせ|あわせ|合計|総計)")
_KIND_WORD_SET = KIND_WORDS | {"開示"}


def _system(sentence: str, public: bool) -> bool:
    """Whether the text now speaks of the public-records system: personal data named wins, else it carries on."""
    if "情報" in sentence and _PERSONAL_DATA.search(sentence):
        return False
    return True if "公" in sentence and _PUBLIC_RECORDS.search(sentence) else public


def _is_kind_word(text: str) -> bool:
    return text in _KIND_WORD_SET


def _tail_kind(tail: str) -> str | None:
    """The kind named right after a count: 「が開示」「が一部開示」「は請求者が取り下げた」."""
    words = tail.lstrip("がはのでと ").split("、")[0]
    if not words:
        return None
    return column_kind(words) or stat_kind(words)


def _count_of(match: re.Match) -> int:
    if match.group("man"):
        return int(match.group("man")) * 10000 + int(match.group("rest") or 0)
    return int(match.group("n").replace(",", ""))
