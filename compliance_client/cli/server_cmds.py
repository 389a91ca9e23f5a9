"""`serve` and `admin-token`: run the reference token server, issue an admin key.

FastAPI, SQLAlchemy and uvicorn are imported inside the handlers, never at module level: the
parser is built on every command line run, and the desktop app must start fast.
"""

from __future__ import annotations

import argparse
import errno
from typing import Any

from .common import CliError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve", help="run the token server",
        description="Run the reference token server. On an empty database it creates one "
                    "unrestricted admin token and prints 'admin token: <key>' once.")
    serve.add_argument("--host", metavar="ADDRESS", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"TCP port (default {DEFAULT_PORT}; 0 picks a free one)")
    serve.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: "
                       "$COMPLIANCE_DB, else SQLite under the user data directory)")
    serve.add_argument("--trusted-proxy", metavar="CIDR", action="append", default=[],
                       help="the address or network of a reverse proxy whose "
                            "X-Forwarded-For header is trusted (repeat for more)")
    serve.set_defaults(func=run_serve)

    admin = subparsers.add_parser(
        "admin-token", help="issue a new unrestricted admin token and print its key",
        description="Issue a new unrestricted admin token directly in the database and "
                    "print only its key. --scope organization makes it an administrator "
                    "of --org-id only.")
    admin.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: "
                       "$COMPLIANCE_DB, else SQLite under the user data directory)")
    admin.add_argument("--org-name", metavar="NAME", default="Administrators",
                       help="organization name (default: %(default)s)")
    admin.add_argument("--org-id", metavar="ID", default="admin",
                       help="organization ID (default: %(default)s)")
    # Literal names (ARCHITECTURE §7), not domain.tokens' constants: the parser is built on every
    # command line run and imports nothing heavy.
    admin.add_argument("--scope", choices=("global", "organization"), default="global",
                       help="global: acts on every organization (default); organization: "
                            "only inside --org-id")
    admin.set_defaults(func=run_admin_token)


def _db_url(args: argparse.Namespace) -> str:
    from ..server.db import default_db_url

    return args.db or default_db_url()


def _database_error(url: str, exc: Exception) -> CliError:
    """One line naming the database (without its password) and the first line of the cause."""
    from ..server.db import redact_url

    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return CliError(f"cannot use database {redact_url(url)}: "
                    f"{reason[0] if reason else type(exc).__name__}")


def run_serve(args: argparse.Namespace) -> int:
    from ..domain.ipset import IPEntryError
    from ..server.app import create_app
    from ..server.bootstrap import ensure_admin_token
    from ..server.embedded import bind_socket, url_for, uvicorn_config
    from ..server.logging_setup import configure_serve_logging

    url = _db_url(args)
    if not 0 <= args.port <= 65535:
        raise CliError(f"--port {args.port} is not a TCP port (0-65535)", 2)
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise CliError(f"port {args.port} on {args.host} is already in use") from None
        raise CliError(f"cannot listen on {args.host}:{args.port}: "
                       f"{exc.strerror or exc}") from None
    try:
        # Before the app exists, so that everything the server logs from here on (refusals
        # at WARNING, the access log) is written to stderr with time and level, redacted.
        configure_serve_logging()
        try:
            app = create_app(url, trusted_proxies=args.trusted_proxy)
            key = ensure_admin_token(url)
        except IPEntryError as exc:
            raise CliError(f"--trusted-proxy: {exc}") from None
        except CliError:
            raise
        except Exception as exc:  # bad URL, missing driver, unreachable server...
            raise _database_error(url, exc) from None
        if key is not None:
            print(f"admin token: {key}", flush=True)
        port = sock.getsockname()[1]
        print(f"serving on {url_for(args.host, port)}", flush=True)
        import uvicorn

        # log_config=None: uvicorn would otherwise install its own, unfiltered, logging
        # over ours (and write the access log, keys in queries and all, to stdout).
        uvicorn.Server(uvicorn_config(app, trusted_proxies=args.trusted_proxy,
                                      log_config=None)).run(sockets=[sock])
    finally:
        sock.close()
    return 0


def run_admin_token(args: argparse.Namespace) -> int:
    from ..domain.errors import ValidationError
    from ..server.bootstrap import issue_admin_token

    url = _db_url(args)
    try:
        key = issue_admin_token(url, args.org_name, args.org_id, scope=args.scope)
    except ValidationError as exc:
        raise CliError(exc.message) from None
    except Exception as exc:
        raise _database_error(url, exc) from None
    print(key, flush=True)
    return 0
