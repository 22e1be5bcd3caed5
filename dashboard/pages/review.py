"""The review page: ``/review?document=ID`` shows a document's text, every line marked, beside its flows.

A line is *read* (a record states it), *flagged* (a diagnostic names it) or *untouched*. The flows
sit in an editable grid (kind and basis as choices, names with the store's suggestions) and the
diagnostics below it as candidates. Keyboard first: the arrow keys move, ``c`` confirms, ``r``
rejects, ``m`` takes a review back (machine-read), Enter edits a cell, ``a`` opens "add a flow from
this line" prefilled with what the readers found on it (clicking a line of the text does too).
Reviews are stored through the writer the composition root hands in (review_writer.py).
"""

from __future__ import annotations

import json
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, dcc, html

from tadori.errors import TadoriError
from tadori.ingest.records import BASES, KINDS
from tadori.queries.review import STATUSES, DocumentReview, review_document, review_documents

from ..messages import t
from ..review_writer import get_review_writer
from ..state import get_store, set_store
from ..urls import with_lang

EDITABLE = ("source_department", "source_business", "kind", "recipient_department", "recipient_business",
            "recipient_external", "basis", "basis_text", "start_date", "end_date", "items", "reason")
NAME_LISTS = {"source_department": "department", "recipient_department": "department",
              "source_business": "business", "recipient_business": "business", "recipient_external": "external"}
FORM_FIELDS = ("source_department", "source_business", "kind", "recipient_department", "recipient_business",
               "recipient_external", "basis", "basis_text", "start_date", "items")
MAX_LINES = 20000


def _progress(view: DocumentReview, lang: str) -> str:
    return t("review.progress", lang).format(total=view.total, done=view.reviewed)


def _text(view: DocumentReview, lang: str) -> list:
    return [html.Div([html.Span(str(n), className="line-no"), html.Span(content or " ", className="line-text")],
                     id=f"review-line-{n}", className=f"doc-line review-{mark}", title=t(f"review.mark.{mark}", lang),
                     **{"data-line": str(n)})
            for n, content, mark in view.lines[:MAX_LINES]]


def _columns(lang: str) -> list[dict[str, Any]]:
    def column(name: str, **extra: Any) -> dict[str, Any]:
        return {"field": name, "headerName": t(f"review.col.{name}", lang), **extra}

    def labels(prefix: str, values: tuple[str, ...]) -> dict[str, Any]:
        # Shown in the page's language; the select editor lists the same labels, the data keeps the value.
        names = json.dumps({v: t(f"{prefix}.{v}", lang) for v in values}, ensure_ascii=False)
        return {"valueFormatter": {"function": f"({names})[params.value] || params.value"}}

    editable = {"editable": True}
    return [
        column("line", width=80, sort="asc"),
        column("status", width=110, cellClass="review-status", **labels("review.status", STATUSES)),
        column("source_department", **editable),
        column("source_business", **editable),
        column("kind", cellEditor="agSelectCellEditor", cellEditorParams={"values": list(KINDS)},
               **labels("kind", KINDS), **editable),
        column("recipient_department", **editable),
        column("recipient_business", **editable),
        column("recipient_external", **editable),
        column("basis", cellEditor="agSelectCellEditor", cellEditorParams={"values": list(BASES)},
               **labels("basis", BASES), **editable),
        column("basis_text", **editable),
        column("start_date", width=120, **editable),
        column("end_date", width=120, **editable),
        column("items", **editable),
        column("reason", **editable),
        column("reviewer", width=110),
        column("note", editable=True),
    ]


def _grid(view: DocumentReview, lang: str) -> dag.AgGrid:
    return dag.AgGrid(
        id="review-grid", rowData=view.records, columnDefs=_columns(lang), className="ag-theme-alpine",
        getRowId="params.data.record_id",
        # cellDataType off: dates stay text a person types as written (平成26年1月14日), not a date picker.
        defaultColDef={"resizable": True, "sortable": True, "filter": True, "width": 150, "cellDataType": False},
        rowClassRules={f"review-row-{s}": f"params.data.status === '{s}'"
                       for s in ("confirmed", "rejected", "corrected", "added")},
        dashGridOptions={"singleClickEdit": False, "stopEditingWhenCellsLoseFocus": True,
                         "enterNavigatesVerticallyAfterEdit": False},
        style={"height": "420px"})


def _candidates(view: DocumentReview, lang: str) -> dag.AgGrid | html.P:
    if not view.candidates:
        return html.P(t("review.no_candidates", lang), className="hint")
    rows = [{**c, "key": f"line-{c['line']}-{n}"} for n, c in enumerate(view.candidates)]
    columns = [{"field": "line", "headerName": t("review.col.line", lang), "width": 80},
               {"field": "severity", "headerName": t("quality.severity", lang), "width": 100},
               {"field": "message", "headerName": t("quality.message", lang), "flex": 1}]
    return dag.AgGrid(id="review-candidates", rowData=rows, columnDefs=columns, className="ag-theme-alpine",
                      getRowId="params.data.key", defaultColDef={"resizable": True, "wrapText": True,
                                                                 "autoHeight": True},
                      style={"height": "200px"})


def _form(view: DocumentReview, lang: str) -> html.Div:
    def field(name: str) -> html.Label:
        if name in ("kind", "basis"):
            values = KINDS if name == "kind" else BASES
            control: Any = dcc.Dropdown(id=f"review-add-{name}", options=[
                {"label": t(f"{name}.{v}", lang), "value": v} for v in values],
                value="purpose_outside_use" if name == "kind" else "unknown", clearable=False)
        else:
            lists = NAME_LISTS.get(name)
            control = dcc.Input(id=f"review-add-{name}", type="text", debounce=False,
                                list=f"review-names-{lists}" if lists else None, className="review-input")
        return html.Label([html.Span(t(f"review.col.{name}", lang)), control], className="review-field")

    datalists = [html.Datalist([html.Option(value=n) for n in names], id=f"review-names-{kind}")
                 for kind, names in view.names.items()]
    return html.Div([
        html.H3(t("review.add_title", lang)),
        html.P([t("review.add_line", lang), " ", html.Strong("—", id="review-add-line-no")], className="hint"),
        html.Blockquote("", id="review-add-quote", className="review-quote"),
        html.Div([field(name) for name in FORM_FIELDS], className="review-fields"),
        html.Label([html.Span(t("review.col.note", lang)),
                    dcc.Input(id="review-add-note", type="text", className="review-input")], className="review-field"),
        html.Button(t("review.add_button", lang), id="review-add-submit", className="button"),
        *datalists,
    ], id="review-add-form", className="review-add-form", hidden=True)


def _index(lang: str) -> html.Div:
    documents = review_documents(get_store())
    if not documents:
        return html.Div(html.P(t("documents.none", lang)), className="page")
    rows = [html.Tr([
        html.Td(dcc.Link(d["name"], href=with_lang(f"/review?document={d['id']}", lang), className="doc-link")),
        html.Td(d["municipality"] or ""), html.Td(d["title"] or ""),
        html.Td(t("review.progress", lang).format(total=d["total"], done=d["reviewed"])),
    ]) for d in documents]
    head = html.Tr([html.Th(t(f"documents.col.{c}", lang)) for c in ("name", "municipality", "title")]
                   + [html.Th(t("review.col.progress", lang))])
    return html.Div([html.P(t("review.intro", lang), className="intro"),
                     html.Table([html.Thead(head), html.Tbody(rows)], className="data-table",
                                id="review-documents")], className="page review-page")


def layout(document: str = "", lang: str = "ja", **_: Any) -> html.Div:
    if not document:
        return _index(lang)
    view = review_document(get_store(), str(document)[:64])
    if view is None:
        return html.Div(html.P(t("documents.missing", lang).format(id=str(document)[:64]), className="message"),
                        className="page")
    writable = get_review_writer() is not None
    return html.Div([
        dcc.Store(id="review-command"),
        dcc.Store(id="review-target", data={"document_id": view.id, "document_name": view.name, "lang": lang}),
        html.H2(view.name, id="review-document-name"),
        html.P(" / ".join(x for x in (view.municipality, view.title) if x), className="hint"),
        html.Div([
            html.Strong(_progress(view, lang), id="review-progress", className="review-progress"),
            html.Label([t("review.reviewer", lang), dcc.Input(
                id="review-reviewer", type="text", persistence=True, persistence_type="local",
                placeholder=t("review.reviewer_placeholder", lang), className="review-input")],
                className="review-field review-reviewer"),
            html.Span(t("review.keys", lang), className="hint review-keys"),
        ], className="review-bar"),
        html.P(t("review.read_only", lang), className="message") if not writable else None,
        html.Div("", id="review-message", className="review-message", role="status"),
        html.Div([
            html.Div(_text(view, lang), className="doc-text review-text", id="review-text"),
            html.Div([
                html.H3(t("review.records", lang)), _grid(view, lang),
                html.H3(t("review.candidates", lang)), _candidates(view, lang),
                _form(view, lang),
            ], className="review-side"),
        ], className="review-row"),
    ], className="page review-page")


dash.register_page(__name__, path="/review", name="review", title="Tadori — review", layout=layout, order=4.5)


# -- callbacks ------------------------------------------------------------------------------------
def _refresh(target: dict[str, Any], message: str) -> tuple:
    lang = target.get("lang", "ja")
    view = review_document(get_store(), target["document_id"])
    if view is None:
        return dash.no_update, dash.no_update, dash.no_update, message
    return view.records, _progress(view, lang), _text(view, lang), message


_REFRESH = [Output("review-grid", "rowData", allow_duplicate=True),
            Output("review-progress", "children", allow_duplicate=True),
            Output("review-text", "children", allow_duplicate=True),
            Output("review-message", "children", allow_duplicate=True)]


def _write(target: dict[str, Any], reviewer: str | None, requests: list[dict[str, Any]]) -> tuple:
    lang = target.get("lang", "ja")
    writer = get_review_writer()
    if writer is None:
        return (dash.no_update,) * 3 + (t("review.read_only", lang),)
    if not (reviewer or "").strip():
        return (dash.no_update,) * 3 + (t("review.need_reviewer", lang),)
    for request in requests:
        request.update(document_name=target["document_name"], reviewer=reviewer.strip())
    try:
        set_store(writer(requests))
    except TadoriError as error:  # a refused review (bad date, unknown record): say why, show the store again
        return _refresh(target, t("review.refused", lang).format(reason=str(error)))
    done = ", ".join(t(f"review.action.{r['action']}", lang) for r in requests)
    return _refresh(target, t("review.stored", lang).format(what=done))


_ACTIONS = {"c": "confirm", "r": "reject", "m": "reset"}


@dash.callback(*_REFRESH, Input("review-command", "data"), State("review-target", "data"),
               State("review-reviewer", "value"), prevent_initial_call=True)
def _command(command: dict[str, Any] | None, target: dict[str, Any], reviewer: str | None):
    if not command or command.get("key") not in _ACTIONS or command.get("grid") != "review-grid":
        raise dash.exceptions.PreventUpdate
    return _write(target, reviewer, [{"record_id": command.get("row"), "action": _ACTIONS[command["key"]]}])


@dash.callback(*_REFRESH, Input("review-grid", "cellValueChanged"), State("review-target", "data"),
               State("review-reviewer", "value"), prevent_initial_call=True)
def _edited(changes: Any, target: dict[str, Any], reviewer: str | None):
    changes = changes if isinstance(changes, list) else [changes] if changes else []
    requests = []
    for change in changes:
        column, row = change.get("colId"), change.get("data") or {}
        if column in EDITABLE and change.get("value") != change.get("oldValue"):
            requests.append({"record_id": row.get("record_id"), "action": "correct",
                             "fields": {column: change.get("value") or ""}, "note": row.get("note")})
        elif column == "note":
            requests.append({"record_id": row.get("record_id"), "action": "confirm", "note": change.get("value")})
    if not requests:
        raise dash.exceptions.PreventUpdate
    return _write(target, reviewer, requests)


@dash.callback(Output("review-add-form", "hidden"), Output("review-add-line-no", "children"),
               Output("review-add-quote", "children"),
               *[Output(f"review-add-{name}", "value") for name in FORM_FIELDS],
               Input("review-command", "data"), State("review-target", "data"), prevent_initial_call=True)
def _open_form(command: dict[str, Any] | None, target: dict[str, Any]):
    if not command or command.get("key") != "a" or not str(command.get("line") or "").isdigit():
        raise dash.exceptions.PreventUpdate
    view = review_document(get_store(), target["document_id"])
    line = int(command["line"])
    if view is None or not 1 <= line <= len(view.lines):
        raise dash.exceptions.PreventUpdate
    found = view.found_on(line)
    defaults = {"kind": "purpose_outside_use", "basis": "unknown"}
    values = [found.get(name) or defaults.get(name, "") for name in FORM_FIELDS]
    return (False, str(line), view.lines[line - 1][1], *values)


@dash.callback(*_REFRESH, Output("review-add-form", "hidden", allow_duplicate=True),
               Input("review-add-submit", "n_clicks"), State("review-add-line-no", "children"),
               State("review-add-note", "value"), *[State(f"review-add-{name}", "value") for name in FORM_FIELDS],
               State("review-target", "data"), State("review-reviewer", "value"), prevent_initial_call=True)
def _add(clicks: int | None, line: str, note: str | None, *rest: Any):
    *values, target, reviewer = rest
    if not clicks or not str(line).isdigit():
        raise dash.exceptions.PreventUpdate
    fields = {name: value for name, value in zip(FORM_FIELDS, values, strict=True) if value not in (None, "")}
    answer = _write(target, reviewer, [{"record_id": "", "action": "add", "line": int(line), "fields": fields,
                                        "note": note}])
    return (*answer, answer[0] is not dash.no_update)
