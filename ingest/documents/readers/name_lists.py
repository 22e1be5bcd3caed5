"""Pages about a name list (名簿) and the bodies that receive it: one flow per receiving body.

A municipality keeps a list (避難行動要支援者名簿 and the like) and gives it to outside bodies. The page names
the list, what it holds (「名簿の内容」 followed by a bullet list, or 「名簿情報は、「氏名」、「住所」…です」) and
the bodies, either as bullets under a heading (「名簿の提供先」「避難支援等関係者とは」) or in one sentence
(「…関係者（消防、警察、民生委員など）に提供」, 「消防や警察など関係者に提供」,
「自治会、警察などの関係者へ配布」). Each body is one ``external_provision`` flow from the list, on the line
that names it first; consent or the ordinance the providing sentence names gives the basis.

>>> from ..layout.lines import split_lines
>>> page = split_lines("災害時連絡名簿について\\n名簿は、本人の同意があれば消防、警察などの関係者へ提供します。\\n"
...                    "名簿の提供先\\n・自治会")
>>> flows, _ = name_list_flows(page, set())
>>> flows[0].source_business, [(f.recipient_external, f.basis, f.line) for f in flows]
('災害時連絡名簿', [('消防', 'consent', 2), ('警察', 'consent', 2), ('自治会', 'consent', 4)])
"""

from __future__ import annotations

import re

from ...normalize import split_items
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.handover_clauses import clause_flows
from ..text.support_bodies import bodies_named, listed_support_bodies, same_body

__all__ = ["READER", "list_name", "name_list_flows"]

_LIST_NAME = re.compile(r"(?P<whose>[一-龥ァ-ヶー々]{3,})[)）]?(?P<of>の)?名簿")
_HANDS_OVER = re.compile(r"提供|配布|配付|共有|お渡し")
_RECIPIENT_HEADING = re.compile(r"提供先|配布先|配付先|関係者とは|関係者[(（]|名簿の提供を受ける")
_CONTENT_HEADING = re.compile(r"名簿(?:情報)?の(?:内容|記載事項|項目)|(?:記載|掲載)(?:される|する)(?:事項|内容|情報)"
                              r"|名簿に(?:載せる|載る|のせる|のる)(?:事項|内容|情報)"
                              r"|記載事項|^(?:事前に|あらかじめ|平常時に|前もって)?(?:提供する|提供される)(?:名簿の?)?(?:情報|項目|事項)"
                              r"|名簿に(?:は)?(?:どんな|どのような)(?:こと|事項|情報)"  # a Q&A's question
                              r"|(?:へ|に)提供(?:する|される)(?:名簿)?(?:情報|項目|事項|内容)$")  # 「Bへ提供する情報」
# 「A 氏名、住所…が書かれています。」: the answer line around the items
_ANSWER_WRAP = re.compile(r"^(?:A|Ａ|答)[\s:：.．]*"
                          r"|(?:など)?が(?:書かれて|記載されて|載って|掲載されて)(?:います|いる|おります)$")
# 「生命や身体を守るため特に必要があるときは…提供」: the disaster-time provision, in the condition's words
_VITAL = re.compile(r"(?:生命|身体)[^、。]{0,20}?必要(?:がある|な)(?:とき|場合)")
# 「…自治会等に提供しています」: one kind of body, named with 等, is a recipient (a bare 関係者 is not)
_KIND_OF_BODY = re.compile(r"[一-龥ァ-ヶー々]{2,}等$")
_NOT_AGREED = re.compile(r"同意を得ていない場合(?:であって|で)?も|同意(?:が|の)?ない場合(?:であって|で)?も"
                         r"|同意(?:が|の)?ない(?:方|者|人)[^、。]{0,10}?も"  # 「同意のない方の名簿情報も」
                         # 「同意をいただいていない方の名簿情報も」
                         r"|同意(?:書)?を(?:いただいて|頂いて|得て|得られて|されて|出して|提出して)(?:い|お)(?:ない|りません)"
                         r"(?:方|者|人)[^、。]{0,12}?も")  # 「同意書を出していない方の情報も含めて」
_DISASTER = re.compile(r"災害")
# 「提供先：A、B」 with its value on the line
_LABELLED = re.compile(r"^(?P<label>[^:：]{2,20})[:：]\s*(?P<value>\S.*)$")
# 「*1 避難支援等関係者 A、B、C」: the label set apart by a space, its value a list
_SPACE_LABELLED = re.compile(r"^(?P<label>\s*(?:[*＊※]|注)?\s*\d{0,2}[)）]?\s*[^:：、。\s]{2,14})"
                             r"\s+(?P<value>\S[^\s]*、.*)$")
# 「*1 避難支援等関係者:A、B、C」: a footnote defining the group the text hands the list to, by its bodies
_GROUP_LABEL = re.compile(r"^\s*(?:[*＊※]|注)?\s*\d{0,2}[)）]?\s*[^:：、。]{0,12}関係者$")
# 「本人の同意がなくても」: given without consent, so consent is no ground
# 「届出の有無にかかわらず」: on a page where a refusal notice opts out, given whether or not one was made
_WITHOUT_CONSENT = re.compile(r"同意(?:がなくても|が無くても|を得ずに|を得ないで|なしに|によらず|の有無にかかわらず)"
                              r"|(?:届出|申出)の有無にかかわらず")
_BULLET = re.compile(r"^\s*(?:[-・●○◆◇■□*•]|\d{1,2}[.．)）]|[(（]\d{1,2}[)）]|[①-⑳])\s*")
_GROUP_LIST = re.compile(r"関係者\s*[(（](?P<names>[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)[)）]\s*(?:に|へ|と)")
# 「名簿は、本人の同意を得て、消防署、警察署、民生委員に提供します」: the bodies listed right before the verb
_DIRECT_LIST = re.compile(r"(?P<names>[^。]+?)(?:(?:に|へ)(?:対し(?:て)?)?、?(?:名簿(?:情報)?を)?(?:提供|配布|配付)"
                          r"|と(?:の間で)?共有|(?<=[一-龥ァ-ヶー々])で共有)")
# 「救助機関(自衛隊、警察等)や避難支援等関係者へ渡し」: the bodies a group word's bracket lists, handed the list
_BRACKET_AFTER_GROUP = re.compile(r"(?:機関|関係者|団体)\s*[(（](?P<names>[^()（）]+[、・][^()（）]+)[)）]\s*"
                                  r"(?:や[^、。()（）]{1,20}?)?(?:に|へ)(?:対し(?:て)?)?、?[^、。]{0,10}?"
                                  r"(?:提供|配布|配付|お?渡し|共有)")
_ENUMERATION = re.compile(r"(?P<names>[^。]+?)など(?:の)?[^、。]{0,12}?(?:関係者|機関|団体)(?:に|へ)")
# 「町内会長と地区連絡会に、市から提供されている名簿を…」: the bodies that already hold the list
_HOLDERS = re.compile(r"(?P<names>[^、。「」]+?)に、?[^、。]{1,6}から(?:提供|配布|配付)されて(?:いる|きた|おります)"
                      r"[^、。]{0,6}?名簿")
# 「市内のA会(B会長)、C会(D会長)と名簿の共有に関する協定を結んだ」: bodies that signed an agreement on the list
# names follow each other after a 、 or ・ or a closed bracket: a separator left optional would let a run of kanji
# split every way and the search backtrack for minutes on a long list
_AGREED_NAME = r"[一-龥ァ-ヶー々]{2,}(?:[(（][^()（）]{1,20}[)）])?"
_AGREED_WITH = re.compile(rf"(?P<names>{_AGREED_NAME}(?:(?:[、・]|(?<=[)）])){_AGREED_NAME})*[、・]?)と"
                          r"(?:[^。、]{0,20}?(?:に関する|についての))?協定を(?:結|締結|交わ)")
# 「…方を載せた名簿で、住民福祉課が作成します」: the department that makes the list holds it
_MADE_BY = re.compile(r"名簿[^。]{0,20}?(?:で|は)、?(?P<dept>[一-龥ァ-ヶー々]{1,12}課)が(?:作成|管理|整備)")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_JOINED_BY_TO = re.compile(r"(?<=[一-龥ァ-ヶー々])と(?=[一-龥ァ-ヶー々])")
_GROUP_ONLY = re.compile(r"(?P<group>[一-龥ァ-ヶー々]{2,}関係者)(?:に|へ)[^。]{0,15}?(?:提供|配布|配付|お?渡し)")
_PARTICLE_CUT = re.compile(r"^.*(?:で|には|は|を|が|ば|に|から|含めて|、)(?=[^、]{2,}$)")
_CONSENT = re.compile(r"同意")
# 「Q2 名簿は誰に渡るのですか?」: the answer and its notes below are about the list though they do not name it
_QUESTION = re.compile(r"^\s*(?:Q|Ｑ|問)\s*\d*[\s.．:：]")
# 「災害が発生し、又は発生するおそれがあるときは、同意のない方の分も含めて…に提供」: the disaster-time condition
_DISASTER_WHEN = re.compile(r"災害[^。]*?(?:とき|場合)(?=は|に|、)")
_ORDINANCE = re.compile(r"(?P<law>[^、。]*?(?:条例|法律|法)(?:第[\d条項号の]+)*)(?:を定め|に基づ|の定めるところによ)")
_QUOTED = re.compile(r"「([^「」]{1,20})」")
# 「…情報は、次の団体が共有し…」「名簿の提供を受け、…協力していただく団体」: a sentence that hands the list
# over and announces the bodies listed below it
_LEAD_IN = re.compile(r"(?:次|下記|以下)の[^、。]{0,10}?(?:団体|機関|関係者|方々|組織|自治会|町内会|提供先|支援者)"
                      r"|(?:次|下記|以下)のとおり"
                      r"|(?:団体|機関|関係者)(?:です|となります)?[。:：]?$")
_LEAD_IN_HANDS_OVER = re.compile(r"提供|配布|配付|共有")
# 「関係者である次の団体等」 alone between a recipient heading and its bullets: it announces them
_GROUP_LEAD = re.compile(r"(?:次|下記|以下)の[^、。]{0,10}?(?:団体|機関|関係者|方々|組織)")
# 「名簿を支援者にお渡しするには、ご本人の同意が必要です」: handing over in plain words, for the consent ground
_HANDS_OVER_PLAIN = re.compile(r"提供|配布|配付|共有|お?渡[しす]|(?:情報|名簿)を[^。、]{0,10}?知らせ")
# 「同意された方だけが登録されます」「同意されない方は名簿に載りません」: the list holds only those who agreed
_ONLY_AGREED = re.compile(r"同意(?:され|し|いただい|をいただい)た方(?:だけ|のみ)"
                          r"|同意(?:されない|しない|いただけない)方は[^。]{0,10}?(?:載りません|載せません|登録されません)")
_NUMBERED_MARK = re.compile(r"[(（]\d{1,2}[)）]|[①-⑳]")
_DATA_IN_BRACKETS = re.compile(r"情報[(（](?P<items>[^()（）]{4,60})[)）]")
# 「この名簿は町内会など、…団体で保管・活用されます」: the bodies that keep and use the list
_KEPT_BY = re.compile(r"名簿(?:情報)?は、?(?P<names>[^。]+?)など、?[^。]{0,30}?(?:団体|機関|関係者)"
                      r"(?:で|が|において)(?:保管|活用|共有|管理)")
# each item a short name: 「名簿に登録された方ごとに作成する計画のことで、…」 is a clause, not an item
_RECORDED = re.compile(r"名簿(?:情報)?に(?:は)?、?(?P<items>[^。、]{1,16}?(?:[、・][^。、]{1,16}?)+?)(?:など)?を"
                       r"(?:(?:記載|掲載|登載|記録)(?:します|しています|されます|しております)|載せ(?:ます|ています))")
# 「同意いただいた方の氏名、住所、電話番号…を関係者にお渡しします」: the data the hand-over names
_HANDED_ITEMS = re.compile(r"(?:方|者|人)の(?P<items>[^。をの]+?、[^。を]+?)を[^。]{0,15}?(?:お渡し|提供|配布|配付)")
# 「…方の氏名、住所、電話番号などを記載した名簿です」: the list defined by what it holds
_DEFINED_BY_ITEMS = re.compile(r"(?:方|者|人)の(?P<items>[^。をの、]+?、[^。を]+?)(?:など|等)?を"
                               r"(?:記載|掲載|登載|記録)し(?:た|ている)名簿")
_CONTENTS_STATED = re.compile(r"(?:情報|事項|内容)は、(?P<items>[^。]+)")
_STATED_END = re.compile(r"(?:の\d+項目)?(?:です|となります|としています)$")
_NO_BODY = re.compile(r"^(?:その他|そのほか|ほか)|^(?:[*＊※]|注)\d{0,2}$")  # 「(*1)」: a note's mark, no body
# 「※ 氏名・住所・…の名簿情報を、関係者へ提供することへの同意が必要です。」: the items told in a note
_NOTE_ITEMS = re.compile(r"^[\s※*＊]*(?P<items>[^。をの、・]{1,10}・(?!・)[^。を]+?)を、?[^。]{0,20}?"
                         r"(?:提供|配布|配付|お?渡)")
_DATA_WORD = re.compile(r"などの(?:個人|名簿)?情報$")
_LEAD_IN_ITEMS = re.compile(r"次の(?:情報|事項|項目|内容)を[^。]*。$")
# 「要支援者が住んでいる地域の区長」: where the body is, a clause before it
_PLACE_OF = re.compile(r"^[^、]*?(?:いる|む|する|らす)(?:地域|地区|区域)の")
_CONTENT_SENTENCE = re.compile(r"^[^。]{0,30}?(?:情報|事項|内容)は、?(?P<items>[^。]+、[^。]+?)(?:など)?"
                               r"(?:です|となります|が記載されます)。?$")


def list_name(lines: list[Line]) -> str | None:
    """The name list the page is about: the 「…名簿」 it names most often (the first of equals).

    >>> from ..layout.lines import split_lines
    >>> list_name(split_lines("方々の名簿（災害時連絡名簿）を作る\\n災害時連絡名簿とは\\n旧来の援護者名簿"))
    '災害時連絡名簿'
    """
    counts: dict[str, int] = {}
    for line in lines:
        if "名簿" not in line.text:
            continue
        for found in _LIST_NAME.finditer(line.text):
            name = found.group("whose") + (found.group("of") or "") + "名簿"
            counts[name] = counts.get(name, 0) + 1
    # 「要支援者名簿」 in a headline is the same list as 「避難行動要支援者の名簿」: the shorter counts for the longer
    bare = {name: name.replace("の", "") for name in counts}
    totals = {name: sum(count for other, count in counts.items() if bare[name].endswith(bare[other]))
              for name in counts}
    return max(totals, key=lambda name: totals[name]) if totals else None


# 避難支援等関係者 are named by 災害対策基本法 as the receivers of one list alone: a page naming them speaks of it,
# however it calls it (「避難が難しい方の名簿」)
_STATUTORY_RECEIVERS = re.compile(r"避難支援等関係者|避難行動要支援者")
_STATUTORY_LIST = "避難行動要支援者名簿"


def _statutory_list(lines: list[Line]) -> str | None:
    """The statute's name of the list, on a page naming its receivers or its subjects by the statute's words."""
    named = any(_STATUTORY_RECEIVERS.search(line.text) for line in lines
                if "名簿" in line.text or "関係者" in line.text)
    return _STATUTORY_LIST if named else None


# 「…作成した避難行動要支援者登録台帳は、A、Bで共有します」: a page that calls the list a register names no 名簿
_SUPPORT_REGISTER = re.compile(r"(?P<list>[一-龥ァ-ヶー々]*(?:要支援者|要援護者)[一-龥ァ-ヶー々ぁ-ん]*?(?:台帳|リスト))"
                               r"(?:は、|を)[^。]*?(?:提供|配布|配付|共有)")


def _register_handed(lines: list[Line]) -> str | None:
    """The register of people needing help a sentence hands over, on a page that names no 名簿.

    >>> from ..layout.lines import split_lines
    >>> _register_handed(split_lines("このため、作成した要支援者登録台帳は、消防署で共有します。"))
    '要支援者登録台帳'
    """
    for line in lines:
        found = _SUPPORT_REGISTER.search(line.text) if "台帳" in line.text or "リスト" in line.text else None
        if found:
            return found.group("list")
    return None


def _is_heading(text: str) -> bool:
    return len(text) <= 30 and "。" not in text


def _strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


# 「あたる民生委員」: a verb's clause describing the body, cut at the particle before it
_DESCRIBED = re.compile(r"^[^、]*?[ぁ-ん](?:る|た|いる|ている)(?=[一-龥ァ-ヶー々・]{2,})")


def _bodies(names: str) -> list[str]:
    """「消防、警察、民生委員など」 → the bodies, each trimmed of the clause before it; 「など」 is no body."""
    out: list[str] = []
    parts = [part.strip() for part in re.split(r"[、,]|や|及び|および|並びに", names) if part.strip()]
    for position, part in enumerate(reversed(parts)):
        if part.endswith("を"):
            break  # 「…氏名、住所及び電話番号を、A及びBに」: what is given, before the bodies given it
        trimmed = _DESCRIBED.sub("", _PARTICLE_CUT.sub("", part).strip())  # 「支援にあたる民生委員」
        # 「Aなど(関係者)」「Aなどの各団体(関係者)」
        body = re.sub(r"(?:など|等)(?:の[^、()（）]{0,4}?(?:団体|機関|関係者|組織))?(?:[(（][^()（）]*[)）])?$", "",
                      trimmed).strip()
        if body and not re.search(r"[ぁ-ん]$", body):  # 「同意を得て」 is a clause, not a body
            out.append(body)
        if trimmed != part or (position and len(part) > 20):
            break  # the clause before the first body
    return list(reversed(out))


def _dotted(names: str) -> str:
    """「関係者(消防署・消防団・区長会)」: a bracket listing its bodies by 「・」 alone, each one body.

    >>> _dotted("消防署・消防団・区長会"), _dotted("消防署、民生委員・児童委員")
    ('消防署、消防団、区長会', '消防署、民生委員・児童委員')
    """
    return names if "、" in names or "," in names else names.replace("・", "、")


# 「1 自主防災会」: a number and a space alone mark the bodies a lead-in sentence announces
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}[ \u3000]+(?=[^\s年月日歳か時件人名])")


_WHOLLY_BRACKETED = re.compile(r"^\s*[(（](?P<inner>[^()（）]+[・、,][^()（）]+)[)）]\s*$")


def _bullets_after(lines: list[Line], index: int) -> list[tuple[str, Line]]:
    """The bullets right below a lead-in sentence (blank lines between them allowed), up to the first other line."""
    out: list[tuple[str, Line]] = []
    bare = None
    previous: Line | None = None
    for after in lines[index + 1:index + 25]:
        if after.blank:
            continue
        inner = _WHOLLY_BRACKETED.match(after.text)
        if inner and out and out[-1][1] is previous:  # 「• 市の関係機関」「(A課・B本部)」: the bodies it stands for
            out = [told for told in out if told[1] is not previous]
            out.extend((body.strip(), after) for body in re.split(r"[・、,]", inner.group("inner")) if body.strip())
            continue
        mark = _BULLET.match(after.text)
        if not mark and bare is not False:  # bare numbers run on from 1, never after marked bullets
            mark = _BARE_NUMBER.match(after.text)
            if mark and int(mark.group(0)) != (bare or 0) + 1:
                break
            bare = int(mark.group(0)) if mark else bare
        elif mark:
            if bare:
                break
            bare = False
        if not mark or len(after.text) > 40:
            break
        out.extend((body, after) for body in _bullet_bodies(after.text[mark.end():].strip()))
        previous = after
    return out


def _items(lines: list[Line]) -> list[str]:
    """What the list holds: the bullets (or the one line) under a contents heading, or quoted names in a line."""
    for line in lines:  # 「※名簿には、氏名・性別・住所…を記載します。」: the contents in a note
        recorded = _RECORDED.search(line.text)
        if recorded and re.search(r"[、・]", recorded.group("items")):  # 「…電話番号のほか、避難の理由」
            return split_items(_dotted(re.sub(r"のほか、", "、", recorded.group("items"))))
        defined = _DEFINED_BY_ITEMS.search(line.text)
        if defined:
            return split_items(defined.group("items"))
    for index, line in enumerate(lines):
        stated = _CONTENTS_STATED.search(line.text) if line.text.count("、") >= 2 else None
        if stated and _CONTENT_HEADING.search(line.text[:stated.start() + 4]):
            # 「名簿に記載する情報は、氏名、生年月日、…です。」: the contents in one sentence
            return split_items(_STATED_END.sub("", stated.group("items")))
        heading = _BARE_NUMBER.sub("", _strip_bullet(line.text), count=1)  # 「2.提供する情報」「4 提供する情報」
        if _CONTENT_HEADING.search(heading) and len(line.text) <= 30:
            labelled = _LABELLED.match(line.text)
            if labelled:  # 「提供する情報:「氏名」「住所」」: quoted names one after another are the items
                quoted = _QUOTED.findall(labelled.group("value"))
                return quoted if len(quoted) >= 2 else split_items(labelled.group("value").rstrip("。"))
            bullets: list[str] = []
            for after in lines[index + 1:index + 15]:
                if after.blank:
                    continue
                if not bullets and _LEAD_IN_ITEMS.search(after.text):
                    continue  # 「…をもとに、次の情報を名簿に載せます。」: the items follow
                if not bullets and len(_QUOTED.findall(after.text)) >= 3:
                    return _QUOTED.findall(after.text)  # 「…情報は、「氏名」「住所」「性別」です。」
                if _BULLET.match(after.text) and len(_NUMBERED_MARK.findall(after.text)) >= 2:
                    # 「(1)氏名 (2)生年月日 …」: every item numbered on one line, spaces between them
                    bullets.extend(item for item in (part.strip(" 、。") for part in
                                                     _NUMBERED_MARK.split(after.text)) if item
                                   and not _NO_BODY.match(item))
                elif _BULLET.match(after.text) and "、" in after.text:
                    # 「(1)氏名、(2)生年月日、…」: every item numbered on one line
                    bullets.extend(split_items(_NUMBERED_MARK.sub("", after.text).rstrip("。")))
                elif _BULLET.match(after.text):
                    bullets.append(_strip_bullet(after.text))
                elif bullets:
                    break
                else:
                    return split_items(_ANSWER_WRAP.sub("", after.text.rstrip("。")))
            if bullets:
                return bullets
        stated = _CONTENT_SENTENCE.search(line.text) if _CONTENT_HEADING.search(line.text) else None
        if stated:  # 「名簿に記載する情報は、氏名、住所…です。」: the contents in one sentence
            return split_items(stated.group("items"))
        if "名簿" in line.text and len(_QUOTED.findall(line.text)) >= 3:
            return _QUOTED.findall(line.text)
    for line in lines:
        handed = _HANDED_ITEMS.search(line.text) or _NOTE_ITEMS.search(line.text)
        if handed and re.search(r"同意|は、", handed.group("items")):
            continue  # 「…方の名簿は、本人の同意を得て…お渡し」: a clause, not the data
        if handed:  # 「氏名・住所・お体の状況などの個人情報を」: the data named, not the word for them
            return split_items(_dotted(_DATA_WORD.sub("", handed.group("items"))))
    return []


def _bullet_bodies(text: str) -> list[str]:
    """「…が住んでいる地域の区長や自主防災組織」: two bodies joined by や, the clause on the first cut.

    >>> _bullet_bodies("要支援者が暮らす地区の町内会長や防災会"), _bullet_bodies("民生委員・児童委員")
    (['町内会長', '防災会'], ['民生委員・児童委員'])
    >>> _bullet_bodies("消防署、地区社会福祉協議会")
    ['消防署', '地区社会福祉協議会']
    """
    parts = [part.strip() for part in text.split("、")]
    if len(parts) >= 2 and not re.search(r"[(（]", text) and not any(re.search(r"(?:^|[ぁ-ん])$", part)
                                                                       for part in parts):
        return [body for part in parts for body in _bullet_bodies(part)]  # 「警察署、消防本部」: several bodies
    parts = [part for part in text.split("や") if part]
    if len(parts) < 2 or re.search(r"[(（]", text) or any(len(part) < 2 for part in parts):
        return [text]
    return [_PLACE_OF.sub("", part) for part in parts]


_CONSENT_OF_PERSON = re.compile(r"(?:ご)?本人(?:の|が|から)?[^、。()（）]{0,6}?同意")
_CONSENT_PHRASE = re.compile(r"[^、。()（）]{0,8}同意")
_LEADING_PARTICLES = re.compile(r"^[にをがのとはでへも・]+")


def _consent_phrase(text: str) -> str:
    """The words that ask for consent: the person's (「ご本人の同意」), else the few words before 同意, not
    starting on a particle (「…を外部に提供することに同意」 → 「提供することに同意」).

    >>> _consent_phrase("対象となる方ご本人の同意を得て"), _consent_phrase("名簿情報を外部に提供することに同意された方")
    ('ご本人の同意', '提供することに同意')
    """
    person = _CONSENT_OF_PERSON.search(text)
    if person:
        return person.group(0)
    phrase = _CONSENT_PHRASE.search(text)
    return _LEADING_PARTICLES.sub("", phrase.group(0)) if phrase else "同意"


def _basis(lines: list[Line]) -> tuple[str, str | None]:
    """Consent when the page asks for it to give the list out; an ordinance or law the providing sentence names."""
    for line in lines:
        for sentence in line.text.split("。"):
            if not _HANDS_OVER_PLAIN.search(sentence):
                continue
            if _CONSENT.search(sentence) and not _WITHOUT_CONSENT.search(sentence):
                return "consent", _consent_phrase(sentence)
            law = _ORDINANCE.search(sentence) if _HANDS_OVER.search(sentence) else None
            if law and "名簿" in sentence:
                return "law", re.sub(r"^.*?(?:は|では|が)、", "", law.group("law"))
    for line in lines:
        agreed = _ONLY_AGREED.search(line.text)
        if agreed and ("名簿" in line.text or "登録" in line.text):
            return "consent", _consent_phrase(line.text[max(0, agreed.start() - 8):agreed.end()])
    for line in lines:  # 「…名簿に関する条例に基づき、…名簿を作成」: the ordinance the list itself rests on
        for sentence in line.text.split("。"):
            laws = _ORDINANCE.finditer(sentence) if "名簿" in sentence and "同意" not in sentence else ()
            law = next((found for found in laws if "名簿" in found.group("law")), None)
            if law:  # 「…法に基づき、…名簿に関する条例の定めるところにより」: the list's own ordinance
                return "law", re.sub(r"^.*?(?:は|では|が)、", "", law.group("law"))
    return "unknown", None


def _with_support_bodies(lines: list[Line], consumed: set[int],
                         found: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """The bodies read by shape, and those of the support kinds the page lists in a shape no pattern here knows;
    a name read as one that lists three or more (「消防署・消防団・駐在所」) gives way to them."""
    if not any(_HANDS_OVER_PLAIN.search(line.text) for line in lines if "名簿" in line.text or "関係者" in line.text):
        return found
    listed = listed_support_bodies(lines, consumed)
    kept = [(body, line) for body, line in found if len(bodies_named(body)) < 3]
    return kept + [(body, line) for body, line in listed if not any(same_body(body, other) for other, _ in kept)]


_OWN_BODIES = re.compile(r"^\s*(?:[-・●○◆◇■□*•]|\d{1,2}[.．)）])?\s*(?:市|町|村|区|県)(?:の|役所の|役場の)?"
                         r"(?:関係|庁内)")
_DEPARTMENT = re.compile(r"(?:課|室|部|局|本部|所)$")
_DISASTER_ACT = re.compile(r"災害対策基本法")


def _own_offices(lines: list[Line]) -> set[int]:
    """「• 市の関係機関」「(福祉課・消防本部・危機管理課)」: the bracket line naming the municipality's own offices."""
    out: set[int] = set()
    previous: Line | None = None
    for line in lines:
        if line.blank:
            continue
        if previous is not None and _OWN_BODIES.match(previous.text) and _WHOLLY_BRACKETED.match(line.text):
            out.add(line.no)
        previous = line
    return out


def _unnamed_group(name: str, group: str, line: Line, items: list[str]) -> Diagnostic:
    return Diagnostic(line.no, "warning", f"the list is handed to 「{group}」 but no body is named: {line.text[:40]}",
                      {"kind": "external_provision", "source_business": name, "recipient_external": group,
                       "items": list(items), "line": line.no})


# 「…作成した避難行動要支援者登録台帳は、A、Bで共有」「…同意者リストを作成し、Aに提供」: the list the sentence hands
_HANDED_LIST = re.compile(r"(?P<list>[一-龥ァ-ヶー々]{2,}(?:台帳|名簿|リスト))(?:は、|を)")
# 「市の関係部署」「町の関係課」: the municipality's own offices, named as one holder among the bodies
_OWN_OFFICES_NAMED = re.compile(r"^(?:本|当)?(?:市|町|村|区)(?:役所|役場)?の(?:関係|担当|各)(?:部署|部局|課|各課)$")


def _list_named_with(text: str, body: str) -> str | None:
    """The list the sentence naming ``body`` hands over, when it names one as its topic or object before the body
    (「…登録台帳は、A、B…で共有」: that register, not the page's list named most).

    >>> _list_named_with("名簿は作成済みです。本人が同意した支援台帳は、消防署、自治会で共有します。", "自治会")
    '支援台帳'
    >>> _list_named_with("消防署に提供します。", "消防署") is None
    True
    """
    for sentence in text.split("。"):
        at = sentence.find(body)
        if at < 0:
            continue
        named = [found.group("list") for found in _HANDED_LIST.finditer(sentence[:at])]
        return named[-1] if named else None
    return None


def name_list_flows(lines: list[Line], consumed: set[int],
                    diagnostics: list[Diagnostic] | None = None) -> tuple[list[Flow], set[int]]:
    """One flow per body the page says receives its name list, and the lines that named them.

    A sentence that hands the list to a group (「名簿情報が関係者に提供されます」) without naming any body
    is put in ``diagnostics`` with the flow read so far as its candidate.
    """
    name = list_name(lines) or _statutory_list(lines) or _register_handed(lines)
    if not name:
        return [], set()
    found: list[tuple[str, Line]] = []
    groups: list[tuple[str, Line]] = []
    announced_items: list[str] = []
    leads: dict[int, set[int]] = {}  # a lead-in sentence → the lines of the bodies it announces
    question = ""
    for index, line in enumerate(lines):
        if line.no in consumed or line.blank or line.cells:
            continue
        text = line.text
        if _QUESTION.match(text):
            question = text
        labelled = _LABELLED.match(text) or _SPACE_LABELLED.match(text)
        label = labelled.group("label") if labelled else ""
        if labelled and "。" not in text and (_RECIPIENT_HEADING.search(label)
                                              or (_GROUP_LABEL.match(label) and "、" in labelled.group("value"))):
            found.extend((body, line) for body in _bodies(labelled.group("value")))  # 「提供先：消防、警察」
            continue
        if (_RECIPIENT_HEADING.search(text) and len(text) <= 30 and "。" not in text
                and not _CONTENT_HEADING.search(text)):  # 「提供先へ提供する情報」 heads the data, not the receivers
            seen_bullet = False
            for offset, after in enumerate(lines[index + 1:index + 15], start=index + 1):
                if after.blank:
                    continue
                if not seen_bullet and _BARE_NUMBER.match(after.text) and len(after.text) <= 40:
                    found.extend(_bullets_after(lines, offset - 1))  # 「1 北谷消防署」 numbered bare from 1
                    break
                if _BULLET.match(after.text) and len(after.text) <= 40:
                    seen_bullet = True
                    found.extend((body, after) for body in _bullet_bodies(_strip_bullet(after.text)))
                elif not seen_bullet and "、" in after.text and "。" not in after.text and len(after.text) <= 80:
                    found.extend((body, after) for body in _bodies(after.text))  # 「消防、警察、民生委員」 on one line
                    break
                elif not seen_bullet and _GROUP_LEAD.search(after.text) and "。" not in after.text:
                    continue  # 「避難支援等関係者である次の団体等」: the group the bullets below belong to
                elif seen_bullet or _RECIPIENT_HEADING.search(after.text) or _is_heading(after.text):
                    break  # the list ended, or a new heading started before any bullet
            continue
        if _LEAD_IN.search(text) and _LEAD_IN_HANDS_OVER.search(text):
            listed = _bullets_after(lines, index)
            if listed:
                found.extend(listed)
                leads[line.no] = {after.no for _, after in listed}
                lead_items = _DATA_IN_BRACKETS.search(text)
                if lead_items and not announced_items:
                    announced_items.extend(split_items(re.sub(r"など$", "", lead_items.group("items"))))
                continue
        kept = _KEPT_BY.search(text)
        if kept:
            found.extend((body, line) for body in _bodies(kept.group("names")))
            continue
        agreed = _AGREED_WITH.search(text)
        if agreed and "名簿" in text:
            names = [name for name in re.split(r"[、・]", _BRACKETED.sub("", agreed.group("names"))) if name]
            found.extend((name, line) for name in names)
            continue
        hands_over = _HANDS_OVER.search(text) or _BRACKET_AFTER_GROUP.search(text)
        if not hands_over or ("名簿" not in text and "関係者" not in text and "名簿" not in question
                              and name not in text):  # the page's list called a register (「…登録台帳は、」)
            continue
        holders = _HOLDERS.search(text)
        if holders:
            names = _JOINED_BY_TO.sub("、", _strip_bullet(holders.group("names")))  # 「AとB」
            found.extend((body, line) for body in _bodies(names))
        for pattern in (_GROUP_LIST, _BRACKET_AFTER_GROUP, _ENUMERATION, _DIRECT_LIST):
            match = pattern.search(text)
            bodies = _bodies(_dotted(match.group("names")) if pattern in (_GROUP_LIST, _BRACKET_AFTER_GROUP)
                             else match.group("names")
                             ) if match else []
            if pattern is _DIRECT_LIST and len(bodies) < 2:
                # one name before the verb is a group (「関係者に提供」), not a list of bodies, unless 「自治会等」
                kind = _KIND_OF_BODY.search(match.group("names")) if match else None
                bodies = [kind.group(0)] if kind and "関係者" not in kind.group(0) else []
            if bodies:
                found.extend((body, line) for body in bodies)
                later = _GROUP_ONLY.search(text, match.end()) if match else None
                if later and "名簿" in text:  # 「…ただし、災害時は…関係者へ提供」: a second hand-over on the line
                    groups.append((later.group("group"), line))
                break
        else:
            group = _GROUP_ONLY.search(text)
            if group and "名簿" in text:
                groups.append((group.group("group"), line))
    found = _with_support_bodies(lines, consumed, found)
    flows: list[Flow] = []
    seen: set[str] = set()
    # no body named anywhere: the group the list is handed to (避難支援等関係者) is the receiver, the statute's term
    only_groups = not found and any(_STATUTORY_RECEIVERS.search(group) for group, _ in groups)
    if not found and not only_groups:  # 「…地域の支援関係者に提供します」 and no body anywhere: said, never silent
        for group, line in groups if diagnostics is not None else ():
            diagnostics.append(_unnamed_group(name, group, line, _items(lines)))
        return [], set()
    items = _items(lines) or announced_items
    basis, basis_text = _basis(lines)
    maker = next((found.group("dept") for line in lines for found in [_MADE_BY.search(line.text)] if found), None)
    emergency: list[tuple[str, Line, str]] = []
    for group, line in groups:
        without = _WITHOUT_CONSENT.search(line.text) or _NOT_AGREED.search(line.text)
        if without and _DISASTER.search(line.text):  # the disaster-time provision the law allows without consent
            emergency.append((group, line, _strip_bullet(re.split(r"[、。]", line.text[:without.end()])[-1])))
    groups = [(group, line) for group, line in groups if all(line is not other for _, other, _ in emergency)]
    if only_groups:  # each group once, on the line that tells the ground (「同意された方の名簿を」) if one does
        groups = sorted(groups, key=lambda told: not _CONSENT.search(told[1].text))
        found.extend(groups)
        groups = []
    found.extend((group, line) for group, line, _ in emergency)
    named_on = {line.no for _, line in found}
    for group, line in groups if diagnostics is not None else ():
        if line.no not in named_on:  # 「A、Bの避難支援等関係者に」: the group the bodies named on its line make
            diagnostics.append(_unnamed_group(name, group, line, items))
    urgent = {(re.sub(r"\s", "", group), line.no): phrase for group, line, phrase in emergency}
    own = _own_offices(lines)
    statute = next((found.group(0) for line in lines for found in [_DISASTER_ACT.search(line.text)] if found), None)
    for body, line in found:
        source = _list_named_with(line.text, body) or name
        phrase = urgent.get((re.sub(r"\s", "", body), line.no))
        # a group stands for all its bodies: given in ordinary times and in a disaster it is two provisions
        key = re.sub(r"\s", "", body) + ("!" if only_groups and phrase else "")
        if not key or key in seen or "名簿" in key or _NO_BODY.match(key):
            continue
        seen.add(key)
        vital = _VITAL.search(line.text) if _DISASTER.search(line.text) else None
        without = _NOT_AGREED.search(line.text) or _WITHOUT_CONSENT.search(line.text)
        if vital is None and without and line.text.find(body) > without.start():
            vital = _DISASTER_WHEN.search(line.text)  # the body named after 「同意のない方の分も」: given in a disaster
        phrase = phrase or (vital.group(0) if vital else None)
        if _OWN_OFFICES_NAMED.match(body):  # 「市の関係部署」 among the holders: the municipality's own use of it
            flows.append(Flow(source_department=maker, source_business=source, recipient_department=body,
                              kind="purpose_outside_use", basis=basis, basis_text=basis_text,
                              items=list(items), line=line.no, quote=line.quote))
            continue
        if line.no in own and _DEPARTMENT.search(body):  # the municipality's own offices use the list: by the statute
            flows.append(Flow(source_department=maker, source_business=source, recipient_department=body,
                              kind="purpose_outside_use", basis="law" if statute else "unknown", basis_text=statute,
                              items=list(items), line=line.no, quote=line.quote))
            continue
        flows.append(Flow(source_department=maker, source_business=source, recipient_external=body,
                          kind="external_provision",
                          basis="vital_interest" if phrase else basis, basis_text=phrase or basis_text,
                          items=list(items), line=line.no, quote=line.quote))
    read_lines = {flow.line for flow in flows if flow.line}
    return flows, read_lines | {lead for lead, listed in leads.items() if listed & read_lines}


def read(page: Page, readings: Readings) -> Reading:
    """A 名簿 page's receiving bodies, one flow each (before the council readers: it reads by line)."""
    reading = Reading()
    # 「A委員会が選挙人名簿事務で保有する甲を、B会に提供します」 names both ends itself: a clause, not a list's page
    clauses = {line.no for line in page.lines_with("保有する") if clause_flows(line.text, line.no, "")}
    reading.flows, reading.claimed = name_list_flows(page.lines, readings.claimed("records") | clauses,
                                                     reading.diagnostics)
    # 「平常時は…同意された方の名簿を…提供します」「災害時は…同意がなくても…提供することがあります」: the same
    # receivers on two grounds are two provisions, each on its line (rows the resolver keeps apart)
    grounds: dict[str | None, dict[str, int]] = {}
    for flow in reading.flows:
        grounds.setdefault(flow.recipient_external, {}).setdefault(flow.basis, flow.line or 0)
    reading.row_lines.update(line for told in grounds.values() if len(told) >= 2 for line in told.values() if line)
    return reading


READER = Reader("name_lists", read)
