"""An invented flow list whose names are hostile: a formula, a script tag, markup for Mermaid.

Written at test time in the canonical template's shape, so the whole path (ingest → graph →
query → export or page) sees the names a careless or hostile document could carry.
"""

from __future__ import annotations

import csv
from pathlib import Path

FORMULA = '=HYPERLINK("http://evil.example/","開く")'
SCRIPT = "<script>window.__pwned=1</script>検診業務"
MARKUP = 'a"]-->b{{x}}|y|#quot;`**z**`'
ITEM = "DV情報等"
HEADER = ["自治体", "提供元の課", "提供元の業務", "区分", "提供先の課", "提供先の業務", "外部提供先", "根拠区分",
          "根拠", "開始日", "項目", "理由", "出典"]
ROWS = [
    ["架空市", "市民課", FORMULA, "目的外利用", "健康課", SCRIPT, "", "", "", "2014-01-14", ITEM, "", "架空の資料 1"],
    ["架空市", "市民課", FORMULA, "外部提供", "", "", MARKUP, "", "", "2014-01-15", ITEM, "", "架空の資料 2"],
    ["架空市", "健康課", SCRIPT, "目的外利用", "税務課", "+SUM(A1:A9)", "", "", "", "2014-01-16", ITEM, "", "@架空 3"],
]


def write_hostile_flows(folder: Path) -> Path:
    """The flow list as a template CSV in ``folder``."""
    path = folder / "hostile-flows.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return path
