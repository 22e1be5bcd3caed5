"""A が inside a name (がん検診, 障がい, 生きがい) is no particle: whichever reader reads the line, the name is whole.

Readers find names by the particles around them; the resolver gives back what a reader cut at such a が, from the
record's own line (``resolve/cut_names.py``). Invented pages, several readers' shapes.
"""

from __future__ import annotations

import pytest
from page_shapes import read

PAGES = [
    pytest.param("状況\n(2) 健康課のがん検診事務で保有する受診結果を、保険課の保健事業事務に利用しました。(相当の理由)",
                 ("健康課", "がん検診事務", "保険課", "保健事業事務"), id="numbered-use"),
    pytest.param("状況\n健康課が、がん検診事務で保有する受診結果を、保険課の保健事業事務に利用しています。",
                 ("健康課", "がん検診事務", "保険課", "保健事業事務"), id="holder-then-comma"),
    pytest.param("会議録\n【障がい福祉課長】障がい福祉課は、補装具給付事務において、受給者の氏名を、"
                 "補装具データベースとオンライン結合しております。",
                 ("障がい福祉課", "補装具給付事務", None, None), id="speaker-turn"),
    pytest.param("状況\n生きがい推進課は、老人クラブ助成事務において、会員の氏名を、市老人クラブ連合会に提供しています。",
                 ("生きがい推進課", "老人クラブ助成事務", None, None), id="gai-after-a-kana"),
]


@pytest.mark.parametrize(("text", "ends"), PAGES)
def test_a_name_with_ga_inside_is_read_whole(text: str, ends: tuple) -> None:
    [flow] = read(text).flows
    assert (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business) == ends
