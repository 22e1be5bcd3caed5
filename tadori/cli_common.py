"""Pieces every ``tadori`` command shares: options and the error wrapper."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from .errors import TadoriError

__all__ = ["debugging", "json_option", "one_line", "store_option", "tadori_command"]

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
