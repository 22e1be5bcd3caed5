"""Pieces every ``tadori`` command shares: options and the error wrapper."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from .errors import TadoriError

__all__ = ["json_option", "store_option", "tadori_command"]

store_option = click.option("--store", "store", metavar="PATH", default=None,
                            help="Record store (default: $TADORI_STORE or tadori-data/tadori.db).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def tadori_command(function: Callable[..., Any]) -> Callable[..., Any]:
    """Turn Tadori's own errors into one line on stderr and exit status 2."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except TadoriError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(2)

    return wrapper
