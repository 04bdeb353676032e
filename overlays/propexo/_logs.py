"""Logging: the `propexo` logger tree and the `PROPEXO_LOG` switch.

Every module logs to its own child of `propexo` (`propexo.charges._submit`, ...): retries, 429
pauses and long pacing waits (`_transport`, `_pacing`), chunk outcomes and plans (`charges`),
job status changes and retries (`jobs`), journal transitions (`journal`). The library adds no
handler of its own unless asked: `PROPEXO_LOG=info` or `PROPEXO_LOG=debug` in the environment
(read at import, as openai-python reads `OPENAI_LOG`) sends `propexo` records of that level,
and httpx's request lines, to stderr. `setup_logging(level)` does the same from code.

The bearer token is never logged; as a second line of defence the stderr handler masks
anything that looks like an Authorization value (`Bearer ...`) in every line it writes.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from ._sanitize import redact_bearer

ENV_VAR = "PROPEXO_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"

logger = logging.getLogger("propexo")


class RedactingFilter(logging.Filter):
    """Masks `Bearer <token>` in the formatted message (args included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_bearer(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler that `PROPEXO_LOG` installs (one, however often it is set up)."""


def setup_logging(level: str | int | None = None, *, env: Mapping[str, str] | None = None) -> None:
    """Send `propexo` (and httpx) records of `level` ("debug", "info") to stderr.

    With no `level`, `PROPEXO_LOG` decides; an unset or unknown value changes nothing."""
    if level is None:
        level = (os.environ if env is None else env).get(ENV_VAR, "").strip().lower()
    if isinstance(level, str):
        if level not in LEVELS:
            return
        level = LEVELS[level]
    handler = next((h for h in logger.handlers if isinstance(h, _Handler)), None)
    if handler is None:
        handler = _Handler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT, datefmt="%Y-%m-%d %H:%M:%S"))
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
    else:
        handler.setStream(sys.stderr)
    logger.setLevel(level)
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(h, _Handler) for h in httpx_logger.handlers):
        httpx_logger.addHandler(handler)
    httpx_logger.setLevel(level)
