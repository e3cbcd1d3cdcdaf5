"""Kyotei: offline document intelligence for international research agreements."""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kyotei")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

logging.getLogger("analyzer").addHandler(logging.NullHandler())

__all__ = ["__version__"]
