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

__all__ = ["plain_statement"]

# a lost circled number glued before a subject that is a body's section (「@保育課は」「A高齢課の」「1市民課が」)
_LOST_MARK = re.compile(r"^(?:[@A-I]|\d{1,2})"
                        r"(?=[一-龥ぁ-んァ-ヶ](?<!つ)[^、。\d]{0,20}?(?:課|室|係|局|部|センター|委員会)[はがの、])")
# 「…しているが、…か」: a premise, then the question
_PREMISE = re.compile(r"^(?P<premise>.{12,}?(?:ている|ておる|てきた|ていた))"
                      r"(?:とのことだ|と聞く|と聞いている|ところだ)?が、"
                      r"(?P<question>.*?)(?:か|のか|か。|のか。|か\?)$")


def plain_statement(text: str) -> str:
    """The line's statement: without a lost circled number's mark, and a question's premise as a sentence."""
    text = _LOST_MARK.sub("", text, count=1)
    premise = _PREMISE.match(text)
    if premise:
        return premise.group("premise") + "。"
    return text
