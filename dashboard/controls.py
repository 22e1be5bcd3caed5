"""Options of the controls the pages share: the search box, kinds, bases, municipalities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dash import dcc

from tadori.graph.protocol import GraphStore
from tadori.ingest.records import BASES, KINDS
from tadori.queries.search import search

from .messages import t

__all__ = ["basis_options", "dropdown", "dropdown_labels", "grid_texts", "kind_options", "municipality_options",
           "search_options"]

_SEARCH_TYPES = ("DataItem", "Business", "Department")


def search_options(store: GraphStore, text: str | None, lang: str = "ja", *, keep: str | None = None,
                   types: Iterable[str] = _SEARCH_TYPES, limit: int = 15,
                   municipalities: bool = False) -> list[dict[str, Any]]:
    """Autocomplete options for ``text``: the name is the value, the label says what it is.

    ``keep`` (the current value) stays among the options so the dropdown can still show it.
    """
    options: list[dict[str, Any]] = []
    seen: set[str] = set()
    if municipalities and text:  # a whole city is a target of exposure, though not a search type
        for option in municipality_options(store):
            if text in option["value"] or option["value"] in text:
                seen.add(option["value"])
                options.append({"label": f"{option['value']}（{t('type.Municipality', lang)}）",
                                "value": option["value"]})
    cities: dict[str, list[str]] = {}
    hits = search(store, text, limit=limit, types=list(types)) if text else []
    for hit in hits:  # one option per name: a trace by name starts from that name in every city
        cities.setdefault(hit.name, [])
        if hit.municipality and hit.municipality not in cities[hit.name]:
            cities[hit.name].append(hit.municipality)
    for hit in hits:
        if hit.name in seen:
            continue
        seen.add(hit.name)
        where = f" — {'、'.join(cities[hit.name])}" if cities[hit.name] else ""
        options.append({"label": f"{hit.name}（{t(f'type.{hit.type}', lang)}）{where}", "value": hit.name})
    if keep and keep not in seen:
        options.insert(0, {"label": keep, "value": keep})
    if text:
        # The dropdown filters its options again by what was typed: a match the server found by reading
        # (hiragana, half-width kana, a typo) would show "no options". Each option answers the text it was
        # found for, so the browser keeps exactly what the server matched.
        for option in options:
            option["search"] = text
    return options


_DROPDOWN_LABELS = ("select_all", "deselect_all", "selected_count", "search", "clear_search", "clear_selection",
                    "no_options_found")


def dropdown_labels(lang: str = "ja") -> dict[str, str]:
    """The texts a dropdown shows of its own ("No options found" …), in the page's language."""
    return {key: t(f"dropdown.{key}", lang) for key in _DROPDOWN_LABELS}


def dropdown(lang: str = "ja", **props: Any) -> dcc.Dropdown:
    """A ``dcc.Dropdown`` whose own texts ("No options found" …) are in the page's language."""
    return dcc.Dropdown(labels=dropdown_labels(lang), **props)


# AG Grid's own texts (menus, empty grid, screen-reader labels) in Japanese; English is the grid's default.
_GRID_TEXT_JA = {
    "noRowsToShow": "表示する行はありません", "loadingOoo": "読み込み中…", "page": "ページ", "of": "/", "to": "〜",
    "ariaRowDeselect": "スペースキーでこの行の選択を外します", "ariaRowSelect": "スペースキーでこの行を選びます",
    "ariaRowToggleSelection": "スペースキーで行の選択を切り替えます",
    "ariaRowSelectAll": "スペースキーですべての行を選びます",
    "ariaChecked": "選択済", "ariaUnchecked": "未選択", "ariaIndeterminate": "一部選択", "ariaColumn": "列",
    "ariaFilterInput": "絞り込みの入力", "ariaFilterValue": "絞り込みの値", "ariaFilteringOperator": "条件",
    "ariaSearch": "検索", "ariaSearchFilterValues": "値を検索", "ariaMenuColumn": "列のメニューを開く",
    "ariaFilterColumn": "列の絞り込みを開く", "ariaHidden": "非表示", "ariaVisible": "表示",
    "ariaSortableColumn": "Enter キーで並べ替えます", "ariaLabelColumnMenu": "列のメニュー",
    "ariaLabelColumnFilter": "列の絞り込み", "ariaLabelDialog": "ダイアログ", "ariaLabelSelectField": "選択欄",
    "ariaLabelRichSelectField": "選択欄", "ariaLabelLoadingContextMenu": "メニューを読み込み中",
    "ariaLabelCellEditor": "セルの編集", "ariaRowSelectionDisabled": "この行は選べません",
    "ariaSkeletonCellLoadingFailed": "読み込めませんでした", "ariaSkeletonCellLoading": "読み込み中",
    "filterOoo": "絞り込み…", "equals": "等しい", "notEqual": "等しくない", "blank": "空", "notBlank": "空でない",
    "empty": "選んでください", "lessThan": "より小さい", "greaterThan": "より大きい",
    "lessThanOrEqual": "以下", "greaterThanOrEqual": "以上", "inRange": "範囲内", "inRangeStart": "から",
    "inRangeEnd": "まで", "contains": "含む", "notContains": "含まない", "startsWith": "で始まる",
    "endsWith": "で終わる", "andCondition": "かつ", "orCondition": "または", "applyFilter": "適用",
    "resetFilter": "リセット", "clearFilter": "クリア", "cancelFilter": "取消", "selectAll": "すべて選ぶ",
    "searchOoo": "検索…", "blanks": "(空)", "noMatches": "一致なし", "dateFormatOoo": "yyyy-mm-dd",
}


def grid_texts(lang: str = "ja") -> dict[str, str]:
    """``localeText`` for an AG Grid in the page's language (empty: the grid's English)."""
    return dict(_GRID_TEXT_JA) if lang == "ja" else {}


def kind_options(lang: str = "ja") -> list[dict[str, str]]:
    return [{"label": t(f"kind.{k}", lang), "value": k} for k in KINDS]


def basis_options(lang: str = "ja") -> list[dict[str, str]]:
    return [{"label": t(f"basis.{b}", lang), "value": b} for b in BASES]


def municipality_options(store: GraphStore) -> list[dict[str, str]]:
    names = sorted({n.municipality for n in store.nodes("Business") if n.municipality})
    return [{"label": name, "value": name} for name in names]
