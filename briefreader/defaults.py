"""Defaults in one place, in a module that imports nothing (the reader's start-up reads it)."""

from __future__ import annotations

#: Largest input accepted by default (bytes). Override with ``--max-size``.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Seconds to wait for a server when reading a URL. Override with ``--timeout``.
DEFAULT_TIMEOUT = 20
