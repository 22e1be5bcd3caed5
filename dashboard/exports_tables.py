"""Moved to :mod:`tadori.queries.exports_tables` (the CLI must not import the UI); kept so older imports still work."""

from tadori.queries.exports_tables import *  # noqa: F403
from tadori.queries.exports_tables import __all__  # noqa: F401
