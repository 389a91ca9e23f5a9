"""The token server inside this process: uvicorn in a daemon thread (for `demo` and tests)."""

from __future__ import annotations

import http.client
import socket
import sys
import threading
import time
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .limits import ConnectionLimits

START_TIMEOUT_S = 20.0


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket; port 0 picks a free one. Raises OSError (e.g. port in use)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only when the
    # socket says it is TCP; without it every keep-alive response waits ~40 ms (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if sys.platform == "win32":
            # Windows' SO_REUSEADDR would let us bind a port another program listens on
            # (both then get connections); exclusive use fails with "in use" instead.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:
            # Rebind a port whose last connections linger in TIME_WAIT (a restart).
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.set_inheritable(True)
    except BaseException:
        sock.close()
        raise
    return sock


def url_for(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def uvicorn_config(app: Any, *, limits: ConnectionLimits | None = None,
                   trusted_proxies: Sequence[str] = (), **kwargs: Any) -> Any:
    """The uvicorn settings every way of serving shares.

    proxy_headers=False: uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1
    itself; the app decides that, from --trusted-proxy only. The access log shows method,
    path with query and status, never headers (so never the Authorization key); a key in a
    query is cut to its prefix by the loggers' filter (logging_setup). http: uvicorn's h11
    protocol with a header-read timeout and connection caps (``limits``, ARCHITECTURE §7;
    limits.py says why this way); ``trusted_proxies`` are held to the total cap only.
    """
    import uvicorn

    from .limits import ConnectionLimits, protocol_class

    limits = limits or ConnectionLimits()
    return uvicorn.Config(app, http=protocol_class(limits, tuple(trusted_proxies)),
                          backlog=limits.backlog, proxy_headers=False, server_header=False,
                          date_header=True, lifespan="off", **kwargs)


class EmbeddedServer:
    """``with EmbeddedServer("sqlite:///x.db") as server: requests.get(server.url + ...)``.

    ``limits``: connection timeouts and caps (default: ARCHITECTURE §7's); tests pass short ones.
    """

    def __init__(self, db_url: str, host: str = "127.0.0.1", port: int = 0,
                 trusted_proxies: Sequence[str] = (),
                 limits: ConnectionLimits | None = None) -> None:
        self.db_url = db_url
        self.host = host
        self.port = port
        self.trusted_proxies = tuple(trusted_proxies)
        self.limits = limits
        self.url = ""
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.app: Any = None

    def start(self) -> str:
        """Migrate the database, serve, wait until /api/v1/health answers; return the URL."""
        import uvicorn

        from .app import create_app
        from .logging_setup import redact_server_loggers

        if self._thread is not None:
            return self.url
        self.app = create_app(self.db_url, trusted_proxies=self.trusted_proxies)
        self._socket = bind_socket(self.host, self.port)
        port = self._socket.getsockname()[1]
        self.url = url_for(self.host, port)
        # log_config=None: keep the host application's logging as it is; only make sure no
        # record of the server (access log included) reaches the host's handlers with a key.
        redact_server_loggers()
        self._server = uvicorn.Server(uvicorn_config(
            self.app, limits=self.limits, trusted_proxies=self.trusted_proxies,
            log_config=None))
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._socket]},
                                        name=f"token-server-{port}", daemon=True)
        self._thread.start()
        try:
            self._wait_healthy(port)
        except BaseException:
            self.stop()
            raise
        return self.url

    def _wait_healthy(self, port: int) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._thread is None or not self._thread.is_alive():
                raise RuntimeError("the embedded token server stopped while starting")
            if self._server.started:
                try:
                    conn = http.client.HTTPConnection(self.host, port, timeout=2)
                    conn.request("GET", "/api/v1/health")
                    if conn.getresponse().status == 200:
                        return
                except OSError:
                    pass
                finally:
                    conn.close()
            time.sleep(0.02)
        raise TimeoutError(f"the embedded token server did not answer within "
                           f"{START_TIMEOUT_S:.0f} s")

    def reissue_key(self, token_id: int) -> str | None:
        """A new key for token ``token_id``, written straight into the served database, or
        None when there is no such token. Its old key stops working at once.

        For the process that embeds the server and lost the key of its own admin token (the
        demo, when the keyring forgot it): like ``admin-token``, it needs no key, only the
        database; unlike it, it adds no token. Audited as a regenerate by this machine.
        """
        from sqlalchemy import update

        from ..domain.keys import generate_key, hash_key, key_prefix
        from ..domain.tokens import SCOPE_ORGANIZATION
        from .audit import write_audit
        from .auth import now_utc
        from .models import TokenRow

        if self.app is None:
            raise RuntimeError("the embedded token server is not running")
        key = generate_key()
        now = now_utc()
        with self.app.state.db.write() as session:
            # Locked on PostgreSQL (SQLite's write transaction holds the database already),
            # so an edit meanwhile cannot slip between this read and the write.
            row = session.get(TokenRow, token_id, with_for_update=True)
            if row is None:
                return None
            old_prefix = row.key_prefix
            session.execute(update(TokenRow).where(TokenRow.id == token_id).values(
                key_hash=hash_key(key), key_prefix=key_prefix(key), updated_at=now,
                version=row.version + 1))
            write_audit(session, None, "tokens.regenerate", f"token:{token_id}",
                        {"key_prefix": [old_prefix, key_prefix(key)]}, now,
                        target_org=(row.organization_id if row.scope == SCOPE_ORGANIZATION
                                    else None))
        return key

    def stop(self) -> None:
        """Stop serving and release the port and the database (idempotent)."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        if self.app is not None:
            # The usage counters not yet written go in before the database closes.
            self.app.state.usage.close()
            if self.app.state.loop_reader is not None:
                self.app.state.loop_reader.close()
            self.app.state.db.dispose()
        self._server = self._thread = self._socket = self.app = None

    def __enter__(self) -> EmbeddedServer:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
