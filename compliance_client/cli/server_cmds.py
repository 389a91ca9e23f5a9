"""`serve` and `admin-token`: run the reference token server, issue an admin key.

FastAPI, SQLAlchemy and uvicorn are imported inside the handlers, never at module level: the
parser is built on every command line run, and the desktop app must start fast.

`serve --workers N` (N > 1) runs N server processes on the one listening socket
(server/workers.py). Each has its own database pool, usage-counter thread and replay cache of
device proofs (DESIGN §9: replay protection is per server process); the throttle and the
usage counters live in the database and count across them. With the default, 1, the server
runs in this process, as it always did.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
from typing import Any

from .common import CliError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
WORKERS_PER_CPU = 4  # more only adds memory and database connections, no throughput
MAX_WORKERS = 64  # a ceiling whatever the machine: 30 PostgreSQL connections a worker


def usable_cpus() -> int:
    """CPUs this process may run on (a container's or taskset's share, not the machine's)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def max_workers() -> int:
    return max(1, min(MAX_WORKERS, WORKERS_PER_CPU * usable_cpus()))


def _workers(text: str) -> int:
    """argparse type of --workers: its usage error names the option and the range."""
    most = max_workers()
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"give a whole number of processes from 1 to {most}, not {text!r} (1, the "
            f"default, serves in this process; one per CPU is the usual choice)") from None
    if not 1 <= value <= most:
        raise argparse.ArgumentTypeError(
            f"{value} is out of range: give 1 to {most} (at most {WORKERS_PER_CPU} per CPU "
            f"this process may use, {MAX_WORKERS} in all; one per CPU is the usual choice)")
    return value


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve", help="run the token server",
        description="Run the reference token server. On an empty database it creates one "
                    "unrestricted admin token and prints 'admin token: <key>' once. "
                    "SIGINT (Ctrl+C) or SIGTERM stops it gracefully; the usage counters not "
                    "yet written are written first.")
    serve.add_argument("--host", metavar="ADDRESS", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"TCP port (default {DEFAULT_PORT}; 0 picks a free one)")
    serve.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: "
                       "$COMPLIANCE_DB, else SQLite under the user data directory)")
    serve.add_argument("--trusted-proxy", metavar="CIDR", action="append", default=[],
                       help="the address or network of a reverse proxy whose "
                            "X-Forwarded-For header is trusted (repeat for more)")
    serve.add_argument("--workers", metavar="N", type=_workers, default=1,
                       help="server processes sharing the port (default 1: this process "
                            f"serves; at most {WORKERS_PER_CPU} per CPU, {MAX_WORKERS} in "
                            "all; one per CPU is the usual choice). The failed-authentication "
                            "throttle and the usage counters count across workers (they live "
                            "in the database); each worker has its own database connections "
                            "and its own replay cache of device proofs, so a proof could be "
                            "replayed once to another worker within its 120 s window. A "
                            "worker that dies is replaced")
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
    from ..server.workers import database_problem

    return CliError(database_problem(url, exc))


def run_serve(args: argparse.Namespace) -> int:
    from ..server.embedded import bind_socket
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
        if args.workers > 1:
            return _serve_with_workers(args, url, sock)
        return _serve_here(args, url, sock)
    finally:
        sock.close()


def _serve_here(args: argparse.Namespace, url: str, sock: Any) -> int:
    """One process: the app and uvicorn in this one (the default)."""
    from ..domain.ipset import IPEntryError
    from ..server.app import create_app
    from ..server.bootstrap import ensure_admin_token
    from ..server.embedded import url_for, uvicorn_config
    from ..server.workers import Terminated, exit_by_signal, write_counters_on_sigterm

    app: Any = None
    write_counters_on_sigterm()
    try:
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
    except Terminated as exc:
        # uvicorn has shut down gracefully and raised SIGTERM again: write the counters
        # (atexit would not run under SIGTERM's default action), then die of it as before.
        if app is not None:
            app.state.usage.close()
        exit_by_signal(exc.signum)
    return 0


def _serve_with_workers(args: argparse.Namespace, url: str, sock: Any) -> int:
    """``args.workers`` processes on ``sock``: the database is migrated and the first admin
    token issued here, once, before any worker starts; each worker builds its own app."""
    from ..domain.ipset import IPEntryError
    from ..server.auth import AddressResolver
    from ..server.bootstrap import ensure_admin_token
    from ..server.embedded import url_for
    from ..server.workers import Supervisor, WorkerOptions, WorkerStartError, exit_by_signal

    try:
        AddressResolver(args.trusted_proxy)  # each worker would refuse it: say so once
    except IPEntryError as exc:
        raise CliError(f"--trusted-proxy: {exc}") from None
    try:
        key = ensure_admin_token(url)  # migrates first
    except Exception as exc:  # bad URL, missing driver, unreachable server...
        raise _database_error(url, exc) from None
    if key is not None:
        print(f"admin token: {key}", flush=True)
    address = url_for(args.host, sock.getsockname()[1])
    supervisor = Supervisor(WorkerOptions(url, tuple(args.trusted_proxy)), sock, args.workers)
    try:
        stopped_by = supervisor.run(
            on_ready=lambda: print(f"serving on {address}", flush=True))
    except WorkerStartError as exc:
        raise CliError(f"{exc}; its error is logged above") from None
    if stopped_by == signal.SIGINT:
        raise KeyboardInterrupt  # reported as one process reports it: "Interrupted."
    if stopped_by:
        exit_by_signal(stopped_by)
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
