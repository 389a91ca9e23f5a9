"""Logging of the token server: what `serve` writes, and redaction for the embedded server.

ARCHITECTURE §7: the server's logs, access log included, never hold a key (key-shaped text is cut
to its 12-character prefix by :class:`~compliance_client.domain.keys.RedactKeysFilter`), and
refusals are logged at WARNING. `serve` owns its process, so it installs
:func:`serve_logging_config`: one stderr handler with time and level, carrying the filter,
for our loggers, uvicorn's (access log included) and the root. The embedded server (`demo`,
tests) lives in a host process whose logging is the host's: :func:`redact_server_loggers`
only adds the filter to the loggers the server writes through, so whatever handlers the
host has, a server record reaches them redacted.
"""

from __future__ import annotations

import logging
import logging.config
from typing import IO, Any

from ..domain.keys import RedactKeysFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# uvicorn's own loggers: startup and errors, and the access log (one INFO line a request,
# holding the path *with* its query string, so e.g. a search for a pasted key).
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")
SERVER_LOGGER = "compliance_client.server"


def serve_logging_config(stream: IO[str] | None = None, level: str = "INFO") -> dict[str, Any]:
    """The dictConfig of `serve`: everything to ``stream`` (default stderr), redacted.

    uvicorn's AccessFormatter is not used: it re-reads the record's arguments, which the
    filter has already folded (redacted) into the message.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact_keys": {"()": RedactKeysFilter}},
        "formatters": {"plain": {"format": FORMAT}},
        "handlers": {"stderr": {
            "class": "logging.StreamHandler",
            "stream": stream if stream is not None else "ext://sys.stderr",
            "formatter": "plain",
            "filters": ["redact_keys"],
        }},
        "loggers": {
            # propagate False: each record is written once, by this one handler.
            "compliance_client": {"level": level, "handlers": ["stderr"], "propagate": False},
            "uvicorn": {"level": level, "handlers": ["stderr"], "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"level": level},
        },
        # Libraries' warnings (SQLAlchemy, asyncio) too, through the same filter.
        "root": {"level": "WARNING", "handlers": ["stderr"]},
    }


def configure_serve_logging(stream: IO[str] | None = None, level: str = "INFO") -> None:
    """Install :func:`serve_logging_config` (pass uvicorn ``log_config=None`` afterwards,
    or uvicorn installs its own, unfiltered, configuration over it)."""
    logging.config.dictConfig(serve_logging_config(stream, level))


def redact_server_loggers() -> None:
    """Add RedactKeysFilter to every logger the server writes through (idempotent).

    A filter on a logger sees the records created on that logger, before any handler (the
    host's included) does, so the host's logging configuration stays as it was. Our own
    loggers are per module: the ones under ``compliance_client.server`` that exist now (the
    app's modules are imported by then) get it, and the package logger for good measure.
    """
    names = set(UVICORN_LOGGERS) | {SERVER_LOGGER}
    names |= {name for name in logging.root.manager.loggerDict
              if name.startswith(SERVER_LOGGER + ".")}
    for name in sorted(names):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactKeysFilter) for f in logger.filters):
            logger.addFilter(RedactKeysFilter())
