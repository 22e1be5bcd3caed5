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

__all__ = ["SETTINGS", "Setting", "resolve"]


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
    )
}


def resolve(name: str, argument: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """Return the value of setting ``name``: the argument, else its environment variable, else the default."""
    if argument is not None:
        return argument
    env = os.environ if environ is None else environ
    setting = SETTINGS[name]
    value = env.get(setting.env)
    return value if value not in (None, "") else setting.default
