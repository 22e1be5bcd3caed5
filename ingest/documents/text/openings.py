"""A prose line's statement without what only frames it: the mark a conversion left where a circled number stood,
and the question a premise leads to.

Converted pages lose ①②③: NFKC makes them 「1」「2」, an older encoding 「@」「A」「B」, glued to the sentence
(「@保育課は、…」). A councillor's question states a fact as its premise and asks after it (「…に提供しているが、
…を確認しているのか」): the premise is the statement.

>>> plain_statement("@保育課は、X事務のため、税務課が保有する課税情報を目的外に利用しているが、知らせているか")
'保育課は、X事務のため、税務課が保有する課税情報を目的外に利用している。'
>>> plain_statement("2高齢課の介護システムと、架空法人とを結合している。"), plain_statement("5年度の件数は3件")
('高齢課の介護システムと、架空法人とを結合している。', '5年度の件数は3件')
"""

from __future__ import annotations

import re

__all__ = ["plain_statement", "without_office_label"]

# a lost circled number glued before a subject that is a body's section (「@保育課は」「A高齢課の」「1市民課が」)
_LOST_MARK = re.compile(r"^(?:[@A-I]|\d{1,2})"
                        r"(?=[一-龥ぁ-んァ-ヶ](?<!つ)[^、。\d]{0,20}?(?:課|室|係|局|部|センター|委員会)[はがの、])")
# 「・税務課:Xを市町村へ提供(…のため)」: an itemised provision led by its office as a label
_OFFICE_LABEL = re.compile(r"^\s*(?:[・●○◆*•-]\s*)?(?P<office>[^\s:：、。・]{1,15}?(?:課|室|局|部|所|センター|委員会))"
                           r"(?:\s*[:：]\s*|\s+)(?=[^。:：]*(?:提供|利用|収集|結合))")  # 「・A課 Xを…提供」 too
# 「…しているが、…か」: a premise, then the question
_PREMISE = re.compile(r"^(?P<premise>.{12,}?(?:ている|ておる|てきた|ていた))"
                      r"(?:とのことだ|と聞く|と聞いている|ところだ)?が、"
                      r"(?P<question>.*?)(?:か|のか|か。|のか。|か\?)$")


def without_office_label(text: str) -> str:
    """「・A課:Xを市町村へ提供」 → 「A課は、Xを市町村へ提供」: the office labelling an item is its subject.

    >>> without_office_label("・こども課:受給者の氏名を市町村へ提供(認定のため)")
    'こども課は、受給者の氏名を市町村へ提供(認定のため)'
    """
    if ":" not in text and "：" not in text and " " not in text:
        return text  # no label: most lines, and one substring test instead of the pattern
    return _OFFICE_LABEL.sub(r"\g<office>は、", text, count=1)


def plain_statement(text: str) -> str:
    """The line's statement: without a lost circled number's mark or an office's label, and a question's premise
    as a sentence."""
    text = without_office_label(_LOST_MARK.sub("", text, count=1))
    premise = _PREMISE.match(text) if "が、" in text else None
    if premise:
        return premise.group("premise") + "。"
    return text
