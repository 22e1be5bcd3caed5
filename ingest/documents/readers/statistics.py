"""Published counts: registrations, 目的外利用 / 外部提供 per organ, basis or year, disclosure requests.

Count tables are found by their header words (登録 / 変更 / 廃止, 目的外利用 / 外部提供, 請求件数 /
承諾 / 一部承諾 / 不存在 / 拒否 / 取下げ …), one record per count cell. A two-line header whose
upper cell says 内訳 marks breakdown columns, which are read on the total row only (the rows
above it break down the request count, not the outcomes). Rows of zeros only are skipped: they
state that an organ did nothing, not a count about the system.
Counts in prose (「目的外利用 11 件の内訳は、…によるものが 3 件、…に基づくものが 2 件」) are read
segment by segment; each is its own record, even when a table cell repeats it (the gold conventions). When the
kind itself is the subject (「令和2年度の件数は、登録が6件」) the period the sentence names labels the count.

>>> from ..layout.lines import split_lines
>>> page = split_lines("実施機関\\t目的外利用\\n市長\\t12")
>>> [(s.organ_or_basis, s.kind, s.count) for s in table_statistics(page, set())]
[('市長', 'purpose_outside_use', 12)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import Statistic
from ..layout.lines import Line, section_title
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.count_kinds import KIND_WORDS, stat_kind
from ..text.items import compact

__all__ = ["PROSE_READER", "READER", "prose_statistics", "table_statistics"]

_NUMBER = re.compile(r"^(?P<n>\d[\d,]*)(?P<first>件|人)?(?:[(（](?P<within>\d[\d,]*)(?:件|人)?[)）])?(?P<unit>件|人)?$")
_PROSE_COUNT = re.compile(r"(?:(?P<man>\d+)万(?P<rest>\d{1,4})?|(?P<n>\d[\d,]*))\s*件(?!目)")  # 「1件目」 is an ordinal
_TOTAL = re.compile(r"^(?:合計|計|総計|総数|全体)$")
_BASIS_PHRASE = re.compile(
    r"(?:条例|法)第\d+条[^、。が]*?号(?:\([^)]*\))?|[^、。をにがはで]*?(?:による|に基づく|を得た)もの"
)
_HEADING = re.compile(r"^(?:\d{1,2}|[(（]\d{1,2}[)）])[\s.．]")
_RULE_LINE = re.compile(r"^[|:\-\s+]+$")
_PERIOD = re.compile(r"(?:令和|平成|昭和)(?:\d{1,2}|元)年度|(?:19|20)\d\d年度")
_GENERIC_COUNT = re.compile(r"^(?:件数|数|回数|人数)$")


def _column_kind(cell: str) -> str | None:
    """A header cell's kind; a bare 開示 column (beside 部分開示, 非開示 …) holds full disclosures."""
    if cell.replace(" ", "") in ("開示", "全部開示", "全部"):
        return "disclosure_granted"
    return stat_kind(cell)


@lru_cache(maxsize=4096)
def _count(cell: str) -> int | None:
    """A count cell's number: 「12」「1,204」「22件」, and 「3(2)件」「3件(2件)」 (the bracket is read by ``_within``).

    >>> _count("1,204"), _count("22件"), _count("3(2)件"), _count("3件(2件)"), _count("3(2)")
    (1204, 22, 3, 3, None)
    """
    match = _NUMBER.match(cell.replace(" ", ""))
    if not match or (match.group("within") and not (match.group("unit") or match.group("first"))):
        return None
    return int(match.group("n").replace(",", ""))


def _within(cell: str) -> int | None:
    """The bracketed 'of which' count of a cell 「3(2)件」, under a header 「不開示(うち不存在)」."""
    match = _NUMBER.match(cell.replace(" ", ""))
    return int(match.group("within").replace(",", "")) if match and match.group("within") else None


_WITHIN_HEADER = re.compile(r"[(（]うち(?P<word>[^)）]+)[)）]")


def _within_kind(header: str) -> str | None:
    """The kind a header's 「(うち…)」 names: the bracketed count of the cells below is of that kind."""
    match = _WITHIN_HEADER.search(header)
    return stat_kind(match.group("word")) if match else None


def _label(lines: list[Line], index: int) -> str:
    """The heading a table sits under: the nearest numbered heading, else the nearest short line."""
    fallback = ""
    for back in range(index - 1, max(-1, index - 15), -1):
        text = lines[back].text
        if not text or lines[back].cells:
            continue
        if _HEADING.match(text):
            return section_title(text)
        if not fallback and len(text) <= 40:
            fallback = text
    return fallback


_NOT_APPLICABLE = re.compile(r"^[-－―ー—‐*＊/／]+$")  # a dash cell: no count applies, not a label either


def _is_data_row(cells: list[str]) -> bool:
    counts = [c for c in cells if c and _count(c) is not None]
    labels = [c for c in cells if c and _count(c) is None and not _NOT_APPLICABLE.match(c.replace(" ", ""))]
    if len(counts) == 1 and len(labels) == 2 and stat_kind(labels[-1]):
        return True  # 「市長 目的外利用 12」: an organ, then the kind its count is of (organ named once per group)
    return bool(counts) and bool(labels) and len(counts) >= len(labels)


def _after_rules(lines: list[Line], index: int) -> int:
    """Skip the ``|---|`` rule lines of a Markdown table."""
    while index < len(lines) and not lines[index].cells and _RULE_LINE.match(lines[index].text or "-"):
        if not lines[index].text:
            break
        index += 1
    return index


def _row_label(cells: list[str]) -> str:
    labels = [cell for cell in cells if cell and _count(cell) is None]
    return labels[-1] if labels else ""


def _transposed(lines: list[Line], header: Line, body: int) -> tuple[list[Statistic], int]:
    """A table whose rows name the kinds (新規登録 / 変更 / 廃止, 開示請求 / 訂正請求 …) and whose
    columns name organs, or only say 件数: one statistic per count cell, labelled by the column
    (by the row when the column is a bare 件数)."""
    rows: list[Line] = []
    while body < len(lines) and lines[body].cells and _is_data_row(lines[body].cells):
        rows.append(lines[body])
        body += 1
    if not rows or not all(stat_kind(_row_label(row.cells)) or _TOTAL.match(_row_label(row.cells)) for row in rows):
        return [], body
    table = _label(lines, header.no - 1)
    out: list[Statistic] = []
    group = ""  # the organ a group of rows is named under once: 「市長 目的外利用 12」 then 「 外部提供 30」
    for row in rows:
        label = _row_label(row.cells)
        kind = stat_kind(label)
        labels = [cell for cell in row.cells if cell and _count(cell) is None]
        if len(labels) == 2:
            group = labels[0]
        elif row.cells and row.cells[0]:
            group = ""
        values = [(col, _count(cell)) for col, cell in enumerate(row.cells) if cell and _count(cell) is not None]
        if kind is None or not any(value for _, value in values):
            continue
        for col, value in values:
            column = header.cells[col] if col < len(header.cells) else ""
            organ = (group or label) if not column or _GENERIC_COUNT.match(column) else column
            out.append(Statistic(table=table, organ_or_basis=organ, kind=kind, count=value, line=row.no,
                                 quote=row.quote))
    return out, body


_ROW_HEAD = re.compile(r"^(?:年度|区分|年月|年)$")
_STACKED_COUNT = re.compile(r"^(?P<n>\d[\d,]*)\s*(?:件|人)?$")


def stacked_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """Count tables flattened one cell per line: 「年度」, the column words, then each period and its counts.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("訂正請求の件数\\n年度\\n訂正請求\\n利用停止請求\\n令和4年度\\n2\\n0\\n令和5年度\\n1\\n3")
    >>> [(s.organ_or_basis, s.kind, s.count, s.line) for s in stacked_statistics(page, set())][:2]
    [('令和4年度', 'correction_request', 2, 6), ('令和4年度', 'suspension_request', 0, 7)]
    """
    out: list[Statistic] = []
    texts = [line.text for line in lines]
    for index, line in enumerate(lines):
        if not _ROW_HEAD.match(line.text) or line.cells or line.no in skip:
            continue
        columns: list[str] = []
        position = index + 1
        while position < len(lines) and not _PERIOD.fullmatch(texts[position]):
            text = texts[position]
            if not text and position + 1 < len(lines) and texts[position + 1]:
                position += 1  # a page that puts a blank line after every cell
                continue
            if not text or "。" in text or len(text) > 20 or _STACKED_COUNT.match(text) or lines[position].cells:
                columns = []
                break
            if text[:1] in "(（" and columns:
                columns[-1] += text  # 「(旧条例の是正請求を含む)」: a note under the word above
            else:
                columns.append(text)
            position += 1
        if len(columns) < 2:
            continue
        titles = [text for text in reversed(texts[max(0, index - 3):index]) if text and "。" not in text]
        table = section_title(titles[0])[:30] if titles else ""  # the heading above, past a sentence on it
        while position < len(lines) and _PERIOD.fullmatch(texts[position]):
            period, values, position = texts[position], [], position + 1
            while position < len(lines) and (_VALUES.match(texts[position]) or (
                    not texts[position] and position + 1 < len(lines) and _VALUES.match(texts[position + 1]))):
                values.extend((int(token.replace(",", "")), lines[position]) for token in texts[position].split()
                              if _STACKED_COUNT.match(token))  # a rate (99%) or a note (参考) is no count
                position += 1
            names = columns if len(values) == len(columns) else _column_words("".join(columns))
            if len(values) != len(names):
                break
            for name, (count, cell) in zip(names, values, strict=True):
                kind = None if _NO_KIND.fullmatch(name) else stat_kind(name) or (
                    "disclosure_granted" if name == "開示" else None)
                if kind:
                    out.append(Statistic(table=table, organ_or_basis=period, kind=kind, count=count, line=cell.no,
                                         quote=cell.quote))
            while (position + 1 < len(lines) and not texts[position]
                   and (not texts[position + 1] or _PERIOD.fullmatch(texts[position + 1]))):
                position += 1  # blank lines before the next period
    return out


# the words of a header broken into pieces (「請求」「件数」「一部」「開示」): counted columns only
_HEADER_WORD = re.compile(r"(?:存否応答拒否|請求件数|処理件数|決定件数|処理内容|決定内容|開示率"
                          r"|一部開示|部分開示|全部開示|不開示|非開示|不存在|取下げ|取り下げ|却下|処理中|開示)(?:[(（][^)）]*[)）])?")
_VALUES = re.compile(r"^(?:\d[\d,]*%?|[(（][^)）]{1,8}[)）])(?:\s+\d[\d,]*%?)*$")


def _column_words(flat: str) -> list[str]:
    words = [match.group(0) for match in _HEADER_WORD.finditer(flat)]
    if "".join(words) != flat:
        return []
    return [word for word in words if not word.endswith(("内容", "率"))]  # a group heading, a rate


def table_statistics(lines: list[Line], skip: set[int]) -> list[Statistic]:
    """One statistic per count cell of every count table (and of those flattened one cell per line)."""
    out: list[Statistic] = stacked_statistics(lines, skip)
    rows = [position for position, line in enumerate(lines) if line.cells]  # only table rows can hold a header
    index = 0
    for start in rows:
        if start < index:
            continue  # read as the body of the table above
        index = start
        header = lines[index]
        if header.no in skip or _is_data_row(header.cells):
            index += 1
            continue
        columns = [_column_kind(cell) for cell in header.cells]
        # A bare 件数 column beside named ones counts what the row names (開示請求 9, 訂正請求 1).
        by_row = {col for col, cell in enumerate(header.cells) if _GENERIC_COUNT.match(cell.replace(" ", ""))}
        body = _after_rules(lines, index + 1)
        breakdown: set[int] = set()
        second = lines[body] if body < len(lines) else None
        second_cells = list(second.cells) if second is not None else []
        third = lines[body + 1] if second is not None and body + 1 < len(lines) else None
        if (second_cells and not _is_data_row(second_cells) and third is not None and third.cells
                and not _is_data_row(third.cells) and body + 2 < len(lines) and _is_data_row(lines[body + 2].cells)):
            # A header over three lines: 「全部」 over 「開示」 is one column word, 全部開示.
            second_cells = [(upper + (third.cells[col] if col < len(third.cells) else "")).strip()
                            for col, upper in enumerate(second_cells)]
            body += 1
        if second is not None and second_cells and not _is_data_row(second_cells):
            group = ""
            for col, cell in enumerate(second_cells):
                upper = header.cells[col] if col < len(header.cells) else ""
                group = upper or group
                while len(columns) <= col:
                    columns.append(None)
                if cell and stat_kind(cell):
                    columns[col] = stat_kind(cell)
                    if "内訳" in group:
                        breakdown.add(col)
                elif cell and columns[col] is None and stat_kind(group):
                    columns[col] = stat_kind(group)  # under a kind spanning several columns (目的外利用: 法令等 …)
            body = _after_rules(lines, body + 1)
        if body >= len(lines) or not lines[body].cells or not _is_data_row(lines[body].cells):
            index += 1
            continue
        if not any(columns):
            found, end = _transposed(lines, header, body)
            out.extend(found)
            index = end if found else index + 1
            continue
        table = _label(lines, index)
        group_label = ""
        while body < len(lines) and lines[body].cells and _is_data_row(lines[body].cells):
            row = lines[body]
            labels = [(col, cell) for col, cell in enumerate(row.cells) if cell and _count(cell) is None]
            first_count = min(col for col, cell in enumerate(row.cells) if cell and _count(cell) is not None)
            labels = [cell for col, cell in labels if col < first_count]
            if row.cells[0] and labels:
                group_label = labels[0]
            label = labels[-1] if labels else ""
            row_kind = stat_kind(label) or stat_kind(group_label) if by_row else None
            counts = [(col, _count(cell)) for col, cell in enumerate(row.cells)
                      if col < len(columns) and (columns[col] or (col in by_row and row_kind))]
            if any(value for _, value in counts):
                total = bool(_TOTAL.match(label))
                for col, value in counts:
                    if value is None or (col in breakdown and not total):
                        continue
                    kind = columns[col] or row_kind
                    if kind == "disclosure_request":
                        kind = stat_kind(label if not total else "") or stat_kind(group_label) or kind
                        if kind not in ("correction_request", "suspension_request"):
                            kind = "disclosure_request"
                    out.append(Statistic(table=table, organ_or_basis=label, kind=kind, count=value,
                                         line=row.no, quote=row.quote))
                    within = _within(row.cells[col])
                    within_kind = _within_kind(header.cells[col]) if col < len(header.cells) else None
                    if within is not None and within_kind:
                        out.append(Statistic(table=table, organ_or_basis=label, kind=within_kind, count=within,
                                             line=row.no, quote=row.quote))
            body += 1
        index = body
    return out


def prose_statistics(lines: list[Line], skip: set[int], known: set[tuple[str, int]],
                     judged: set[int] | None = None) -> list[Statistic]:
    """Counts stated in sentences, each its own record even when a table repeats it (``known`` is kept for
    callers; the conventions now record a prose count at its own line).

    Sentences about the public-records system (情報公開, 公文書) are not about personal data: their counts,
    and those of the sentences that follow them until personal data is named again, are not read. A count
    whose kind follows it (「8件が開示」) takes the subject of the sentence's first count as its label; a
    difference (「13件増」) is no count. ``judged`` receives the lines whose counts were so set aside: they
    were read, not missed.
    """
    out: list[Statistic] = []
    public = False  # the sentences read last were about the public-records system
    current: str | None = None  # the year the page last named: a count set against the year before is of it
    for line in lines:
        if line.cells or line.no in skip:
            continue
        named = _PERIOD.findall(line.text)
        if "件" not in line.text:
            public = _system(line.text, public)
            current = named[-1] if named else current
            continue
        text = compact(line.text)
        period: str | None = None  # named by an earlier segment: 「令和2年度の件数は、登録が6件」
        context: str | None = None
        table = ""
        previous: str | None = None  # the kind of the count just read: 「12件(うちAによるもの8件、Bによるもの4件)」
        within = False
        subject: str | None = None  # the label of the line's first count: 「…開示請求は10件あり、8件が開示」
        for sentence in _corrected(text).split("。"):
            public = _system(sentence, public)
            if public or _COUNTING_NOTE.match(sentence) or _DEFINITION.match(sentence) or "旨の決定" in sentence:
                # a note, a definition (「処理件数とは、…1件の請求に対し」) or what was decided on the requests
                if judged is not None:
                    judged.add(line.no)
                stated = _PERIOD.search(sentence)  # 「2018年度の情報公開請求は…。一方、個人情報の開示請求は92件」
                period = period or (stated.group(0) if stated and not _COUNTING_NOTE.match(sentence) else None)
                continue
            breakdown = False  # after 「うち」 the counts break a total down: each keeps its own word
            for segment in _SEGMENTS.split(sentence):
                if segment[:1] in "(（" and segment[1:3] == "うち":
                    within, segment = True, segment[1:]
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
                if match and segment[: match.start()].endswith(("ほか", "他", "外")):
                    match = None  # 「…審査請求事案ほか2件」: the other items of a list, not a count of the system
                if match and _count_of(match) == 1 and _EXAMPLE.match(segment, match.end()):
                    match = None  # 「1件の請求で複数の課が決定する」: how counting works, not a count
                if not match:
                    # 「…の登録件数は、市長548件、教育委員会64件」: the kind named before the counts applies to them.
                    context = stat_kind(segment) or context
                    stated_period = _PERIOD.search(segment)
                    period = stated_period.group(0) if stated_period else period
                    continue
                if period is None and _PERIOD.search(segment[: match.start()]):
                    period = _PERIOD.search(segment[: match.start()]).group(0)  # 「平成15年度の請求は42件」
                raw_head = segment[: match.start()].rstrip(":：(（ ").lstrip("「『(（")
                if "「" in raw_head:
                    raw_head = raw_head.rsplit("「", 1)[1]  # 「…のうち「年度末現在登録件数 512件」」: the quoted label
                head = _HEAD_CUT.sub("", raw_head).rstrip("がはでも")
                if _DECISION_COUNT.search(head):
                    if judged is not None:
                        judged.add(line.no)  # read, and set aside
                    continue  # 「開示請求に対する決定件数は33件」: decisions made, a count no kind names
                tail = _tail_kind(segment[match.end():])
                if tail is None and head.endswith("のうち"):
                    # 「(部分開示のうち1件、不開示のうち19件は文書不存在によるもの)」: the predicate is shared
                    shared = _SHARED_TAIL.search(sentence, max(sentence.find(segment), 0) + len(segment))
                    tail = stat_kind(shared.group("what")) if shared else None
                if _NO_KIND.fullmatch(head):
                    if judged is not None:
                        judged.add(line.no)
                    continue  # 「却下0件」「処理中2件」「存否応答拒否0件」: outcomes the vocabulary has no kind for
                # 「一部開示決定に対する審査請求が2件」: what the count is about does not name its kind
                kind = stat_kind(_ABOUT.split(head)[-1]) or ("disclosure_granted" if head == "開示" else None)
                as_of = None
                if kind is None and (_AS_OF.search(head) or ("現在" in sentence and _STOCK.search(head))):
                    kind = "registration_total"  # 「3月31日現在で2937件」: a stock of the system as of a day
                    as_of = None if _AS_OF.search(head) else _AS_OF_PHRASE.search(sentence)
                if kind and not within:
                    context = kind  # 「提供された個人情報は8万件で、…市民税課が4万件」: it goes on counting the same
                if tail and (kind is None or "うち" in head):
                    kind = tail  # 「8件が開示」「不開示のうち19件は文書不存在によるもの」
                if kind is None:
                    kind = previous if within else context
                within = within and not closes
                if kind is None:
                    continue
                previous = previous if within else kind
                if "内訳" in segment or "の内" in segment or "のうち" in segment:
                    context, table = kind, segment
                count = _count_of(match)
                phrase = _BASIS_PHRASE.search(head)
                label = as_of.group(0) if as_of else phrase.group(0) if phrase else head
                whose = _WHOSE.match(segment, match.end()) if not label and not tail else None
                if whose:
                    label = whose.group("who")  # 「92件の全件が市長」: the organ the count belongs to
                elif not label and subject:
                    label = subject
                elif (not phrase and period and raw_head.endswith("が")
                      and _is_kind_word(_KIND_NOUN.sub("", _TOPIC.sub("", head))) and not breakdown):
                    # 「令和2年度の件数は、登録が6件」: the kind is the subject of a count of the period the line names
                    label = f"{period} {_KIND_NOUN.sub('', _TOPIC.sub('', head))}"
                earlier = _PREVIOUS_YEAR.match(segment, match.end())
                year = period or (current if earlier else None)  # 「全部開示が76件(同60件)」: this year's count
                if year and (not label or stat_kind(label) or _is_kind_word(label)) and year not in label:
                    label = f"{year} {label}".strip()  # 「令和6年度は、…開示42件」: the year the line counts
                subject = subject or label
                out.append(Statistic(table=table or section_title(text)[:30], organ_or_basis=label, kind=kind,
                                     count=count, line=line.no, quote=line.quote))
                if earlier:  # 「全部開示が76件(同60件)」: the same count of the year before, its own record
                    out.append(Statistic(table=table or section_title(text)[:30], organ_or_basis="前年度", kind=kind,
                                         count=int(earlier.group("n").replace(",", "")), line=line.no,
                                         quote=line.quote))
        current = named[-1] if named else current
    return out


_DEFINITION = re.compile(r"^[^、。]{1,15}とは")
_NO_KIND = re.compile(r"却下|処理中|継続中|審査中|存否応答拒否")
_ABOUT = re.compile(r"に対する|についての|に係る")


_SEGMENTS = re.compile(r"[、]|,(?!\d{3})|及び|(?=[(（]うち)")
_PREVIOUS_YEAR = re.compile(r"\s*[(（](?:前年度は|前年は|前年度|同)\s*(?P<n>\d[\d,]*)\s*件[)）]?")
_WHOSE = re.compile(r"(?:の全件|の全て|のすべて)?が(?P<who>[^、。(（]{2,12}?)(?:[(（]|だ|で|$)")
_AS_OF_PHRASE = re.compile(r"(?:(?:令和|平成)(?:\d{1,2}|元)年)?\d{1,2}月\d{1,2}日現在")
_STOCK = re.compile(r"(?:個人情報ファイル|届出事務|登録事務|取扱事務)(?:の(?:総数|件数|数))?$"
                    r"|(?:届出|登録)の?(?:総数|件数)$")
_EXAMPLE = re.compile(r"の[^、。\d]{0,8}?(?:で|に対し|について|につき|に複数)")
_AS_OF = re.compile(r"(?:\d+月\d+日|年度末|月末)現在$")
_COUNTING_NOTE = re.compile(r"^[※*]")  # 「※1件の請求に複数の決定を行う場合があります」: how counts are made
_SHARED_TAIL = re.compile(r"件(?:は|が)(?P<what>[^、,。)）]+?)(?:による|に係る|の)もの")
_DECISION_COUNT = re.compile(r"(?:に対する|に係る|についての|の)決定(?:の)?(?:件数|数)$")
_KIND_NOUN = re.compile(r"の(?:届出|件数|請求|申出)$")  # 「変更の届出が6件」: the kind word is 変更
# 「…登録件数 962件」とありますが、正しくは「978件」: the speaker corrects a printed figure; the correction wins
_CORRECTION = re.compile(
    r"\d[\d,]*\s*件(?P<mid>」?と(?:あります|ありました|記載しております|記載しました|なっております|なっています)が、?"
    r"(?:正しくは|正しい数字は|これは)「?)(?P<new>\d[\d,]*\s*件)"
)


def _corrected(text: str) -> str:
    """The text with each corrected figure replaced by its correction (the words between dropped)."""
    return _CORRECTION.sub(lambda match: match.group("new"), text)


_QUALIFIER = re.compile(r"\s*(?:について|に対して|に対する|に係る)")
_DIFFERENCE = re.compile(r"\s*(?:増|減|の増|の減|多い|少ない)")
_HEAD_CUT = re.compile(r"(?:前年度?比)?\d[\d,]*件(?:増|減)の?$|前年度?比$")  # 「…は前年度比5件増の」31件
_TOPIC = re.compile(r"^[^、]*?は")
_PUBLIC_RECORDS = re.compile(r"情報公開|公文書|公開請求")
_PERSONAL_DATA = re.compile(r"個人情報|自己情報|本人情報")
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
    return _column_kind(words) or stat_kind(words)


def _count_of(match: re.Match) -> int:
    if match.group("man"):
        return int(match.group("man")) * 10000 + int(match.group("rest") or 0)
    return int(match.group("n").replace(",", ""))


def read(page: Page, readings: Readings) -> Reading:
    """Count tables: kinds by column or by row, organs by row."""
    return Reading(statistics=table_statistics(page.lines, readings.claimed("records")))


def read_prose(page: Page, readings: Readings) -> Reading:
    """Counts in running prose; claims (as ``judged``) the lines whose counts are of another system."""
    judged: set[int] = set()
    known = {(stat.kind, stat.count) for stat in readings.statistics}
    found = prose_statistics(page.lines, readings.claimed("records", "counts"), known, judged)
    return Reading(statistics=found, claimed=judged)


READER = Reader("count_tables", read, claims="count_tables")
PROSE_READER = Reader("count_prose", read_prose, claims="judged")
