"""Teema's core: the project store, the domain API, importers and the command line.

Nothing in this package imports Qt; the window lives in ``ui``.
"""

from __future__ import annotations

__version__ = "0.1.0"
