"""The 個人情報ファイル簿 (個人情報保護法75条): one entry per personal-information file, and its regular recipients.

Two layouts are published: a key–value sheet per file (単票: 「個人情報ファイルの名称」「記録項目」
「記録情報の経常的提供先」 …, in a table of two columns or as 「見出し：値」 lines), bundled one after
another; and a wide table with one row per file. Headings differ between bodies, so they are matched by
role words. Each file becomes a :class:`~tadori.ingest.records.File`; each listed 経常的提供先 one
``external_provision`` flow from the file (its name as the source business, its organisation as the
source department), carrying the file's 記録項目 (what the file holds is what it hands over); each outside
party the 収集方法 names (not the person, not the body's own systems) one ``collection_from_others`` flow
into the file.
「なし」「－」「該当なし」 or a blank give none.

>>> from ..layout.lines import split_lines
>>> text = ("個人情報ファイルの名称\\t架空市税ファイル\\n事務をつかさどる組織の名称\\t税務課\\n"
...         "記録項目\\t1氏名、2住所、3税額\\n要配慮個人情報の有無\\t無\\n記録情報の経常的提供先\\t架空県、国税庁")
>>> files, flows, _ = read_files(split_lines(text))
>>> files[0].name, files[0].items, files[0].sensitive, [f.recipient_external for f in flows]
('架空市税ファイル', ['氏名', '住所', '税額'], False, ['架空県', '国税庁'])
"""

from __future__ import annotations

import re

from ...records import Extraction, File, Flow
from ..layout.lines import Line, split_lines

__all__ = ["read_files", "split_numbered", "suppliers", "with_files"]

# Role of a heading, tried in this order (the first that matches wins); None: a heading of the register that
# carries nothing read here (開示請求等を受理する組織 …), so its value is not taken for another role.
_ROLES: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    (None, re.compile(r"開示請求|訂正|利用停止|備考|他の法令|匿名加工|提案|政令第\d+条|規則第\d+条|所在地|"
                      r"記録される個人の数|本人の数")),
    ("organisation", re.compile(r"事務をつかさどる|組織の名称|担当(?:課|部署|所属)|所管(?:課|部署)|^課名$|^所属$")),
    ("body", re.compile(r"行政機関等の名称|実施機関|機関の名称|^機関名$")),
    ("name", re.compile(r"ファイルの?名称|ファイル名")),
    ("purpose", re.compile(r"利用目的|利用の目的")),
    ("items", re.compile(r"記録項目")),
    ("scope", re.compile(r"記録範囲|記録の範囲")),
    ("collection", re.compile(r"収集方法|収集の方法")),
    ("sensitive", re.compile(r"要配慮個人情報")),
    ("recipients", re.compile(r"経常的(?:な)?提供先|経常的提供")),
    ("kind", re.compile(r"ファイルの種[別類]|^種[別類]$")),
)
_NUMBERING = re.compile(r"^(?:[(（]?\d{1,2}[)）.．、]?|[①-⑳]|[ア-ン][.．、)）])\s*")
_KEY_VALUE = re.compile(r"^(.{2,40}?)\s*[:：]\s*(.+)$")
_NONE = re.compile(r"^(?:な\s*し|無し?|該当(?:なし|無し?)|特に(?:なし|無し)|[－―ー\-−‐‑–—]+|/|／|×)(?:\W|$)")
_CHECKED = re.compile(r"[■☑✓✔●◉☒◆レ]\s*(?:法第?\d+条第?\d+項第?\d+号)?\s*[（(]?\s*(電算|電子計算機|マニュアル)")
_LIST_SPLIT = re.compile(r"[、,，;；・/／\s]+")


def _role(heading: str) -> str | None | bool:
    """The role of a heading; False when the text is no heading of the register at all."""
    text = _NUMBERING.sub("", heading.strip()).strip()
    if not text or len(text) > 45:
        return False
    for role, pattern in _ROLES:
        if pattern.search(text):
            return role
    return False


def split_numbered(text: str) -> list[str]:
    """Items of a 記録項目 value: a run-together numbered list 「1氏名、2生年月日3性別」, or items separated
    by 、 or spaces.

    >>> split_numbered("1氏名、2生年月日3性別 4第1号被保険者番号")
    ['氏名', '生年月日', '性別', '第1号被保険者番号']
    >>> split_numbered("氏名、住所、電話番号")
    ['氏名', '住所', '電話番号']
    """
    text = text.strip()
    starts: list[tuple[int, int]] = []
    position, number = 0, 1
    while True:
        pattern = re.compile(rf"(?<![\d第])[(（]?{number}[)）.．:：]?(?![\d年月日号条項歳か回])")
        match = pattern.search(text, position)
        if match is None or (number == 1 and match.start() > 2):
            break
        starts.append((match.start(), match.end()))
        position, number = match.end(), number + 1
    if len(starts) >= 2:
        pieces = [text[end: starts[i + 1][0] if i + 1 < len(starts) else len(text)]
                  for i, (_, end) in enumerate(starts)]
    else:
        pieces = [text]
    items: list[str] = []
    for piece in pieces:
        for part in _LIST_SPLIT.split(piece):
            part = part.strip("、,，。 　")
            if part and part not in items:
                items.append(part)
    return items


def _recipients(value: str | None) -> list[str]:
    if not value or _NONE.match(value.strip()):
        return []
    out = []
    for part in re.split(r"[、,，;；\s]+|(?<=[^\d])・", value):
        part = _NUMBERING.sub("", part.strip()).strip("。 ")
        if part and not _NONE.match(part) and part not in out:
            out.append(part)
    return out


_FROM_SUPPLIER = re.compile(r"^(?P<who>.+?)(?:から|より)(?:の)?(?P<what>.*?)$")
_SELF = re.compile(r"^(?:本人|申請者|届出者|請求者)")
_OWN_SYSTEM = re.compile(r"システム|台帳|庁内|課|係$|担当$")
_HOW = re.compile(r"(?:の)?(?:通知|提供|提出|連携|届出|報告|送付|照会|回答|取得|申請|受領)$")


def suppliers(value: str) -> list[tuple[str, list[str]]]:
    """Outside parties a 記録情報の収集方法 names, each with what it supplies: 「本人からの届出、X機構からの
    年金情報の通知」 → X機構 (年金情報); the person and the body's own systems are no supplier.

    >>> suppliers("本人からの届出、住基システムからの連携、架空年金機構からの受給情報の通知")
    [('架空年金機構', ['受給情報'])]
    >>> suppliers("本人、委託医療機関")
    [('委託医療機関', [])]
    """
    out: list[tuple[str, list[str]]] = []
    for part in re.split(r"[、,，;；]|及び|並びに", value):
        part = _NUMBERING.sub("", part.strip()).strip("。 ")
        if not part or _NONE.match(part) or _SELF.match(part):
            continue
        found = _FROM_SUPPLIER.match(part)
        who, what = (found.group("who"), _HOW.sub("", found.group("what"))) if found else (part, "")
        if _SELF.match(who) or _OWN_SYSTEM.search(who) or len(who) > 30 or not re.search(r"[一-龥ァ-ヶ]", who):
            continue
        out.append((who, [what] if what else []))
    return out


def _sensitive(value: str | None) -> bool | None:
    if not value:
        return None
    text = value.strip()
    if _NONE.match(text) or re.search(r"含ま(?:ない|れない)|含まず|該当しない", text):
        return False
    if re.match(r"^(?:有り?|あり)(?:\W|$)", text) or re.search(r"含む|含まれる|含みます|含まれます", text):
        return True
    return None


def _kind(value: str | None) -> str | None:
    if not value:
        return None
    checked = _CHECKED.search(value)
    if checked:
        return "マニュアル" if checked.group(1) == "マニュアル" else "電算"
    has_computer, has_manual = bool(re.search(r"電算|電子計算機", value)), "マニュアル" in value
    if has_computer != has_manual:
        return "電算" if has_computer else "マニュアル"
    return None


def _value(cells: list[str]) -> str:
    """The value cells of a key–value row as one text (an expanded colspan repeats the same value)."""
    seen: list[str] = []
    for cell in cells:
        if cell and cell not in seen:
            seen.append(cell)
    return " ".join(seen)


class _Entry:
    def __init__(self, line: Line) -> None:
        self.first = line
        self.values: dict[str, tuple[str, Line]] = {}

    def set(self, role: str, value: str, line: Line) -> None:
        if value and role not in self.values:
            self.values[role] = (value, line)

    @property
    def recipients_line(self) -> Line | None:
        found = self.values.get("recipients")
        return found[1] if found else None

    @property
    def collection_line(self) -> Line | None:
        found = self.values.get("collection")
        return found[1] if found else None

    def file(self) -> File | None:
        get = {role: value for role, (value, _) in self.values.items()}
        if not get.get("name") or len(self.values) < 2:
            return None
        return File(name=get["name"], organisation=get.get("organisation") or get.get("body"), body=get.get("body"),
                    purpose=get.get("purpose"), items=split_numbered(get.get("items") or ""), scope=get.get("scope"),
                    collection=get.get("collection"), sensitive=_sensitive(get.get("sensitive")),
                    recipients=_recipients(get.get("recipients")), kind=_kind(get.get("kind")),
                    line=self.first.no, quote=self.first.quote)


def _key_values(lines: list[Line]) -> list[tuple[Line, str, str | None, set[int]]]:
    """(line, role, value, lines used) for each key–value statement: a two-column row, 「見出し：値」, or a heading
    line whose value stands on the next line (a <dl>)."""
    found = []
    for index, line in enumerate(lines):
        if line.cells and len(line.cells) >= 2:
            role = _role(line.cells[0])
            if role is False and len(line.cells) >= 3 and not line.cells[0]:
                role = _role(line.cells[1])  # a group column left of the heading
                cells = line.cells[2:]
            else:
                cells = line.cells[1:]
            if role is not False:
                found.append((line, role, _value(cells), {line.no}))
            continue
        if line.cells or not line.text:
            continue
        inline = _inline_pairs(line.text)
        if inline:
            found.extend((line, role, value, {line.no}) for role, value in inline)
            continue
        match = _KEY_VALUE.match(line.text)
        if match and _role(match.group(1)) is not False:
            found.append((line, _role(match.group(1)), match.group(2).strip(), {line.no}))
            continue
        role = _role(line.text)
        if role is False:
            continue
        value_lines = _value_lines(lines, index + 1)
        found.append((line, role, " ".join(v.text for v in value_lines), {line.no} | {v.no for v in value_lines}))
    return found


_INLINE_LABEL = re.compile(r"(?:^|(?<=\s))([^\s:：]{2,20})[:：]")
_NAMED_FILE = re.compile(r"^[・•●◆■\-－]?\s*(?P<name>[^()（）]{2,40}?)\s*"
                         r"[(（](?P<organisation>[^()（）]{2,20})[)）]\s*$")


def _inline_pairs(text: str) -> list[tuple[str | None, str]]:
    """(role, value) pairs of a file stated on one line: 「・Xファイル(A課) 記録項目:… 収集方法:… 経常的提供先:…」,
    the pairs parted by spaces, the file's name and its department in brackets before the first label.

    >>> _inline_pairs("・架空台帳ファイル(市民課) 記録項目:氏名、住所 経常的提供先:架空機構")
    [('name', '架空台帳ファイル'), ('organisation', '市民課'), ('items', '氏名、住所'), ('recipients', '架空機構')]
    """
    labels = [match for match in _INLINE_LABEL.finditer(text) if _role(match.group(1)) not in (False,)]
    if len(labels) < 2:
        return []
    pairs: list[tuple[str | None, str]] = []
    head = _NAMED_FILE.match(text[:labels[0].start()])
    if head:
        pairs += [("name", head.group("name")), ("organisation", head.group("organisation"))]
    elif text[:labels[0].start()].strip():
        return []  # prose before the labels: not a file's line
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        pairs.append((_role(label.group(1)), text[label.end():end].strip()))  # type: ignore[arg-type]
    return pairs


def _is_value_line(line: Line) -> bool:
    return bool(line.text) and not line.cells and _role(line.text) is False and not _KEY_VALUE.match(line.text)


def _value_lines(lines: list[Line], start: int) -> list[Line]:
    """The value under a heading that stands on its own line: the next line, and the short lines after it (a
    value broken by <br>, one recipient per line) up to the next heading."""
    taken: list[Line] = []
    for line in lines[start:start + 8]:
        if not _is_value_line(line) or (taken and len(line.text) > 40):
            break
        taken.append(line)
    return taken


def _sheets(lines: list[Line]) -> tuple[list[tuple[File, _Entry | None]], set[int]]:
    """Files of the key–value layout (each with its 経常的提供先 line): an entry opens at each
    「個人情報ファイルの名称」."""
    entries: list[_Entry] = []
    used: set[int] = set()
    for line, role, value, numbers in _key_values(lines):
        if role == "name":
            entries.append(_Entry(line))
        if not entries or role is None:
            continue
        entries[-1].set(role, value or "", line)
        used |= numbers
    files = [(file, entry) for entry in entries if (file := entry.file())]
    return files, used if files else set()


def _wide(lines: list[Line]) -> tuple[list[File], set[int]]:
    """Files of the wide layout: a header row naming a file's name and at least two more roles, one row per file."""
    files: list[File] = []
    used: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        roles = [(_role(cell) if cell else False) for cell in line.cells]
        named = {role for role in roles if role}
        if "name" not in named or len(named & {"purpose", "items", "recipients", "scope", "collection", "kind",
                                                   "sensitive"}) < 1 or len(named) < 3:
            index += 1
            continue
        used.add(line.no)
        index += 1
        while index < len(lines) and lines[index].cells:
            row = lines[index]
            values = {role: cell for role, cell in zip(roles, row.cells, strict=False) if role and cell}
            if values.get("name") and _role(values["name"]) is False:
                files.append(File(
                    name=values["name"], organisation=values.get("organisation") or values.get("body"),
                    body=values.get("body"), purpose=values.get("purpose"),
                    items=split_numbered(values.get("items") or ""), scope=values.get("scope"),
                    collection=values.get("collection"), sensitive=_sensitive(values.get("sensitive")),
                    recipients=_recipients(values.get("recipients")), kind=_kind(values.get("kind")),
                    line=row.no, quote=row.quote))
                used.add(row.no)
            index += 1
    return files, used


def read_files(lines: list[Line]) -> tuple[list[File], list[Flow], set[int]]:
    """Files of a 個人情報ファイル簿 in either layout, the flows to their regular recipients, and the lines read."""
    wide, wide_lines = _wide(lines)
    rest = [line for line in lines if line.no not in wide_lines]
    sheets, sheet_lines = _sheets(rest)
    placed = sorted([(file, None) for file in wide] + sheets, key=lambda pair: pair[0].line or 0)
    files = [file for file, _ in placed]
    flows = []
    for file, entry in placed:
        line_no, quote = file.line, file.quote
        if entry is not None and entry.recipients_line is not None:  # a sheet's flows point at its 経常的提供先 row
            line_no, quote = entry.recipients_line.no, entry.recipients_line.quote
        for recipient in file.recipients:
            flows.append(Flow(source_business=file.name, source_department=file.organisation,
                              recipient_external=recipient, kind="external_provision", basis="unknown",
                              items=list(file.items), reason="記録情報の経常的提供先", line=line_no, quote=quote))
        collected_at = entry.collection_line if entry is not None else None
        for supplier, items in suppliers(file.collection or ""):
            flows.append(Flow(source_external=supplier, recipient_department=file.organisation,
                              recipient_business=file.name, kind="collection_from_others", basis="unknown",
                              items=items, reason="記録情報の収集方法",
                              line=collected_at.no if collected_at else file.line,
                              quote=collected_at.quote if collected_at else file.quote))
    return files, flows, wide_lines | sheet_lines


def with_files(extraction: Extraction) -> Extraction:
    """Add the files of a ファイル簿 to an extraction: their flows replace anything other readers took from the
    same lines (a register's rows state files, not flows of another kind), numbered after the others. The lines
    are read as written: a heading and its value on the next line are not one wrapped sentence."""
    files, flows, used = read_files(split_lines(extraction.document.text))
    if not files:
        return extraction
    kept = [flow for flow in extraction.flows if flow.line not in used]
    dropped = {flow.id for flow in extraction.flows if flow.line in used}
    for case in extraction.council_cases:
        case.flow_ids = [token for token in case.flow_ids if token not in dropped]
    numbers = [int(flow.id[1:]) for flow in kept if flow.id[1:].isdigit()]
    for offset, flow in enumerate(flows, start=max(numbers, default=0) + 1):
        flow.id = f"f{offset}"
    extraction.flows = kept + flows
    extraction.files = files
    return extraction
