"""Settings, declared once: name, environment variable, default and help.

Precedence is explicit: a command-line argument, then the ``TADORI_*`` environment
variable, then the default. ``tests/test_docs.py`` fails when a setting is missing
from the README.

>>> resolve("store", None, environ={"TADORI_STORE": "x.db"})
'x.db'
>>> resolve("store", "y.db", environ={"TADORI_STORE": "x.db"})
'y.db'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import TadoriError

__all__ = ["SETTINGS", "Setting", "resolve", "resolve_number"]


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str | None
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("store", "TADORI_STORE", "tadori-data/tadori.db", "Path of the SQLite record store."),
        Setting("backend", "TADORI_BACKEND", "networkx", "Graph store: networkx (in process) or neo4j."),
        Setting("neo4j_uri", "TADORI_NEO4J_URI", None, "Bolt URI of the Neo4j server, e.g. neo4j://localhost:7687."),
        Setting("neo4j_user", "TADORI_NEO4J_USER", "neo4j", "Neo4j user name."),
        Setting("neo4j_password", "TADORI_NEO4J_PASSWORD", None, "Neo4j password."),
        Setting("neo4j_database", "TADORI_NEO4J_DATABASE", "neo4j", "Neo4j database name."),
        Setting("host", "TADORI_HOST", "127.0.0.1", "Address the dashboard listens on."),
        Setting("port", "TADORI_PORT", "8050", "Port the dashboard listens on."),
        Setting("allowed_hosts", "TADORI_ALLOWED_HOSTS", None,
                "Host names the dashboard answers to, comma-separated (`*`: any); default localhost, "
                "127.0.0.1 and the --host address."),
        Setting("auth_user", "TADORI_AUTH_USER", None,
                "With TADORI_AUTH_PASSWORD: every request needs HTTP basic authentication (use behind HTTPS)."),
        Setting("auth_password", "TADORI_AUTH_PASSWORD", None, "The basic-authentication password (never logged)."),
        Setting("max_request_bytes", "TADORI_MAX_REQUEST_BYTES", "20000000",
                "Largest request body the dashboard accepts, in bytes."),
        Setting("threads", "TADORI_THREADS", "8", "Worker threads of the dashboard's server (waitress)."),
        Setting("refresh_seconds", "TADORI_REFRESH_SECONDS", "2",
                "How often the dashboard looks whether the record store changed (then rebuilds its graph)."),
        Setting("busy_timeout", "TADORI_BUSY_TIMEOUT", "10",
                "Seconds a command waits for a record store another process is writing, then gives up."),
    )
}


def resolve_number(name: str, argument: str | float | None, low: float, high: float, *, whole: bool = True,
                   environ: Mapping[str, str] | None = None) -> float:
    """A numeric setting checked against its range; a bad value is one clear error naming the variable.

    >>> resolve_number("port", None, 1, 65535, environ={"TADORI_PORT": "8051"})
    8051
    >>> resolve_number("port", None, 1, 65535, environ={"TADORI_PORT": "abc"})
    Traceback (most recent call last):
    ...
    tadori.errors.TadoriError: TADORI_PORT='abc' is not a whole number from 1 to 65535
    """
    value = resolve(name, None if argument is None else str(argument), environ)
    where = SETTINGS[name].env if argument is None else f"--{name.replace('_', '-')}"
    kind = "whole number" if whole else "number"
    try:
        number = int(value) if whole else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise TadoriError(f"{where}={value!r} is not a {kind} from {low:g} to {high:g}") from None
    if not low <= number <= high:
        raise TadoriError(f"{where}={value!r} is not a {kind} from {low:g} to {high:g}")
    return number


def resolve(name: str, argument: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """Return the value of setting ``name``: the argument, else its environment variable, else the default."""
    if argument is not None:
        return argument
    env = os.environ if environ is None else environ
    setting = SETTINGS[name]
    value = env.get(setting.env)
    return value if value not in (None, "") else setting.default
