"""Pieces every ``tadori`` command shares: options, their checks and the error wrapper.

The filters (``--kind``, ``--basis``, ``--municipality``, ``--as-of``) are defined once here, so
every command reads 目的外利用 and purpose_outside_use alike and refuses an unknown value the
same way: one ``error:`` line with the accepted values, exit status 2.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from .errors import TadoriError

__all__ = ["UserError", "as_of_option", "basis_option", "debugging", "filter_options", "json_option", "kind_option",
           "limit_options", "municipality_option", "one_line", "store_option", "tadori_command", "trace_options",
           "wide_option"]

store_option = click.option("--store", "store", metavar="PATH", default=None,
                            help="Record store (default: $TADORI_STORE or tadori-data/tadori.db).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def debugging() -> bool:
    """True when ``tadori --debug`` asked for tracebacks."""
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("debug"))


def one_line(text: str) -> str:
    """An error message on one line, whatever the exception held."""
    return " ".join(str(text).split())


def _set_wide(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    from .output import set_wide

    set_wide(value)


def limit_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--limit N`` rows (a longer answer is summarised first) and ``--all`` for every row."""
    from tadori.queries.summary import DEFAULT_LIMIT

    function = click.option("--all", "show_all", is_flag=True, help="Print every row, however many.")(function)
    return click.option("--limit", type=click.IntRange(1, None), default=DEFAULT_LIMIT, show_default=True,
                        help="Rows to print; a longer answer is summarised first.")(function)


wide_option = click.option("--wide", is_flag=True, expose_value=False, callback=_set_wide,
                           help="Print every column whole, however wide the table.")


class UserError(click.ClickException):
    """A value the user typed that names nothing: one ``error:`` line, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def _checked(check: Callable[[Any], Any]) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        try:
            return check(value)
        except TadoriError as error:
            raise UserError(str(error)) from None

    return callback


def _kinds(value: tuple[str, ...]) -> tuple[str, ...]:
    from tadori.queries.filters import resolve_kinds

    return resolve_kinds(value) or ()


def _bases(value: tuple[str, ...]) -> tuple[str, ...]:
    from tadori.queries.filters import resolve_bases

    return resolve_bases(value) or ()


def _date(value: str | None) -> str | None:
    from .validation import check_date

    return check_date(value)


kind_option = click.option(
    "--kind", "kinds", multiple=True, callback=_checked(_kinds), metavar="KIND",
    help="Only flows of this kind (repeatable): 目的外利用, 外部提供, オンライン結合, 本人以外からの収集 "
         "or purpose_outside_use, external_provision, online_connection, collection_from_others.")
basis_option = click.option(
    "--basis", "bases", multiple=True, callback=_checked(_bases), metavar="BASIS",
    help="Only flows on this basis (repeatable): 本人同意, 法令等, 生命等の保護, 相当の理由, 審議会, 根拠不明 "
         "or consent, law, vital_interest, reasonable_grounds, council, unknown.")
municipality_option = click.option(
    "--municipality", default=None, metavar="CITY",
    help="Only this city; a prefix only it starts with is enough (川口 for 川口市).")
as_of_option = click.option(
    "--as-of", "as_of", default=None, callback=_checked(_date), metavar="DATE",
    help="Only flows in force on this date: 2014-01-01 or 平成26年1月1日.")


def filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--as-of``, ``--kind``, ``--basis`` and ``--municipality``, in that order."""
    for option in (municipality_option, basis_option, kind_option, as_of_option):
        function = option(function)
    return function


def trace_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The options of a trace, shared by ``trace`` and ``export trace``."""
    options = (
        click.option("--upstream", is_flag=True, help="Where the data came from, instead of where it goes."),
        click.option("--mode", type=click.Choice(["confirmed", "possible", "both"]), default="both",
                     show_default=True,
                     help="confirmed: only hops that state the item; possible/both: also hops that state no items."),
        click.option("--item", default=None, help="Follow this item from a business or department."),
        click.option("--max-depth", type=int, default=None, help="Stop after this many hops."),
    )
    function = filter_options(function)
    for option in reversed(options):
        function = option(function)
    return function


def tadori_command(function: Callable[..., Any]) -> Callable[..., Any]:
    """Turn every error into one line on stderr and exit status 2; the traceback only with ``--debug``.

    Tadori's own errors say what was wrong; anything else is a bug, reported as an internal error.
    """

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except TadoriError as error:
            if debugging():
                traceback.print_exc()
            click.echo(f"error: {one_line(str(error))}", err=True)
            sys.exit(2)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as error:
            if debugging():
                raise
            click.echo(f"error: internal error (please report; `tadori --debug …` shows the traceback): "
                       f"{type(error).__name__}: {one_line(str(error))[:300]}", err=True)
            sys.exit(2)

    return wrapper
