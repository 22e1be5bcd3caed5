"""Moved to :mod:`tadori.queries.exports` (the CLI must not import the UI); kept so older imports still work."""

from tadori.queries.exports import *  # noqa: F403
from tadori.queries.exports import __all__  # noqa: F401
