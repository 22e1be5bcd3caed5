"""Graph stores by name: a name → (module, class) table, imported only when asked for.

The networkx path never imports the Neo4j driver.

>>> store_class("networkx").__name__
'NetworkXStore'
"""

from __future__ import annotations

import importlib

from tadori.errors import StoreError

__all__ = ["BACKENDS", "store_class"]

BACKENDS: dict[str, tuple[str, str]] = {
    "networkx": ("tadori.graph.networkx_store", "NetworkXStore"),
    "neo4j": ("tadori.graph.neo4j_store", "Neo4jStore"),
}


def store_class(name: str) -> type:
    """The store class registered under ``name``."""
    try:
        module_name, class_name = BACKENDS[name]
    except KeyError:
        raise StoreError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}") from None
    return getattr(importlib.import_module(module_name), class_name)
