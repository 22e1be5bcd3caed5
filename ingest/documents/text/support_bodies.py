"""The bodies a name list is handed to, known by what they are rather than by how a page says it.

Every city's evacuation-support list (避難行動要支援者名簿) goes to the same kinds of body — the ones 災害対策基本法
calls 避難支援等関係者: fire services, police, welfare commissioners, the social welfare council, voluntary
disaster-prevention groups, neighbourhood associations, the community support centre. Pages name them in every
shape there is (bullets, a footnote, one run-on line, 「・」 between them); a reader of shapes only knows those it
has seen, so this grammar finds the bodies by their kind: two or more of them listed in one line, or one a bullet
in a run of two or more such bullets.

>>> from ..layout.lines import split_lines
>>> lines = split_lines("*1 関係者:北市消防本部、北警察署、民生委員・児童委員、自治会\\n名簿は消防や警察が使います。")
>>> [(body, line.no) for body, line in listed_support_bodies(lines, set())]
[('北市消防本部', 1), ('北警察署', 1), ('民生委員・児童委員', 1), ('自治会', 1)]
"""

from __future__ import annotations

import re

from ..layout.lines import Line

__all__ = ["bodies_named", "listed_support_bodies", "same_body"]

# The kinds of body, each as its name ends; a place or an office may stand before it (「芦ノ瀬市消防本部」).
_KIND = (r"(?:消防(?:本部|署|団|局|組合|機関)?|警察(?:署)?|駐在所|交番"
         r"|民生(?:委員)?・?児童委員(?:協議会)?|民生委員(?:協議会)?|児童委員"
         r"|社会福祉協議会|自主防災(?:組織|会)?|防災会|(?:自治|町内|町)会長?|区長会|区長|行政区|自治区"
         r"|地域包括支援センター|(?:まちづくり|自治|地区|コミュニティ)協議会|地区連絡会|福祉委員)")
# A body: a short name (a place, an office) ending in one kind, an explanation in brackets after it.
_BODY = re.compile(rf"^[一-龥ァ-ヶー々ぁ-ん]{{0,10}}?{_KIND}(?:等|など)?"
                   r"(?:[(（][^()（）]{1,30}(?:[(（][^()（）]*[)）][^()（）]*)?[)）])?$")
_BULLET = re.compile(r"^\s*(?:[-・●○◆◇■□*•※]|\d{1,2}[.．)）]|\d{1,2}[ \u3000]+|[(（]\d{1,2}[)）]|[①-⑳]"
                     r"|[ア-ン][.．)）])\s*")  # 「1 東原町内会」: a number and a space mark one too
_LABEL = re.compile(r"^[^:：。]{1,20}[:：]")
# What stands before the first body of a sentence (「名簿情報は、本人の同意があれば、消防…」).
_CLAUSE = re.compile(r"^.*(?:では|には|は|を|が|で|て|から|とは|より|として|あれば|場合)、?")
# What follows the last one: 「…などの関係者へ配布され」「…と名簿の共有に関する協定」.
_HANDED = re.compile(r"(?:など|等)?(?:の[^、。]{0,12}?)?(?:(?:に|へ)(?:対し(?:て)?)?、?[^、。]{0,12}?"
                     r"(?:提供|配布|配付|お?渡|共有)|と[^、。]{0,12}?(?:共有|協定)).*$")
# 「避難の支援にあたる民生委員」: a clause ending in a verb describes the body, it is not its name
_RELATIVE = re.compile(r"^[^、]*?[ぁ-ん](?:る|た|いる|ている)(?:[一-龥]{1,4}の)?(?=[一-龥ァ-ヶー々・]{2,}$)")
# 「…などの関係者に」, 「…の避難支援等関係者に」: the group the bodies make, named after the last
_TAIL = re.compile(r"(?:など|等)?(?:の[一-龥ァ-ヶー々]{0,10}?(?:関係者|関係機関|団体|機関))?(?:に|へ|と)?$")
_SEPARATOR = re.compile(r"[、,，]|及び|および|並びに|又は|または|(?<=[一-龥ァ-ヶー々)）])や(?=[一-龥ァ-ヶー々])")
# 「市内区長会 そ」: a page cut off inside 「その他」 leaves a word's first kana after the last body
_CUT_WORD = re.compile(r"[ \u3000]+[ぁ-ん]{1,3}$")
_BRACKET = re.compile(r"[(（](?P<inner>[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)[)）]")


def _body(piece: str) -> str | None:
    """「北市消防本部」 is a body; 「消防や警察が駆けつけ」 is not, once its clause is cut off."""
    piece = _CLAUSE.sub("", _HANDED.sub("", _CUT_WORD.sub("", piece.strip()).rstrip("。"))).strip()
    piece = _RELATIVE.sub("", _TAIL.sub("", piece))
    return piece if _BODY.match(piece) else None


def _pieces(text: str) -> list[str]:
    """The text parted at its separators outside brackets (「町会(町会長や班長)、消防団」 → two pieces)."""
    pieces, depth, start = [], 0, 0
    position = 0
    while position < len(text):
        char = text[position]
        depth += char in "(（"
        depth -= char in ")）" and depth > 0
        separator = _SEPARATOR.match(text, position) if depth == 0 else None
        if separator and separator.end() > position:
            pieces.append(text[start:position])
            start = position = separator.end()
            continue
        position += 1
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]


def bodies_named(text: str) -> list[str]:
    """The bodies of the support kinds a line lists. A bracket listing two or more (「関係者(消防署・警察署)」)
    gives those; 「・」 parts bodies only when three or more stand so (「町内会・自治会」 is one)."""
    text = _LABEL.sub("", _BULLET.sub("", text, count=1))
    out: list[str] = []
    for piece in _pieces(text):
        listed = next((inner for found in _BRACKET.finditer(piece)
                       if len(inner := bodies_named(_dotted(found.group("inner")))) >= 2), None)
        if listed:
            out.extend(listed)
            continue
        dotted = piece.split("・")
        if len(dotted) >= 3 and all(_body(part) for part in dotted):
            out.extend(body for part in dotted if (body := _body(part)))
        elif len(dotted) == 2 and all(bodies := [_body(part) for part in dotted]):
            out.append("・".join(bodies))  # 「町内会・自治会」: one body of two names
        elif body := _body(piece):
            out.append(body)
    return out


def _dotted(names: str) -> str:
    """Bodies parted by 「・」 alone are parted by 「、」 when three or more stand so."""
    parts = names.split("・")
    return "、".join(parts) if len(parts) >= 3 and "、" not in names else names


def same_body(one: str, other: str) -> bool:
    """Whether two names are the same body as far as a list tells (one holds the other).

    >>> same_body("芦ノ瀬警察署", "警察署"), same_body("消防団", "消防本部")
    (True, False)
    """
    one, other = (re.sub(r"[\s・()（）]|など$|等$", "", name) for name in (one, other))
    return bool(one and other) and (one in other or other in one)


def listed_support_bodies(lines: list[Line], consumed: set[int]) -> list[tuple[str, Line]]:
    """Bodies of the support kinds listed two or more on a line, or one a bullet in a run of such bullets."""
    found: list[tuple[str, Line]] = []
    run: list[tuple[str, Line]] = []
    for line in lines:
        if line.blank:
            continue
        bodies = [] if line.cells or line.no in consumed else bodies_named(line.text)
        if len(bodies) >= 2:
            found.extend((body, line) for body in bodies)
        if len(bodies) == 1 and _BULLET.match(line.text) and len(line.text) <= 40:
            run.append((bodies[0], line))
            continue
        if len(run) >= 2:
            found.extend(run)
        run = []
    if len(run) >= 2:
        found.extend(run)
    return found
