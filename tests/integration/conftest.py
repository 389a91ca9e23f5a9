"""Integration fixtures: the REAL token server (uvicorn on a free loopback port).

``live_server`` runs once per database backend: SQLite in a temp directory always, and
PostgreSQL when COMPLIANCE_TEST_PG_URL names a server where the test may create databases
(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres); each test gets a fresh database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter

from compliance_client.server.bootstrap import ensure_admin_token
from compliance_client.server.embedded import EmbeddedServer

PG_ENV = "COMPLIANCE_TEST_PG_URL"
ADMIN = object()  # "use the admin key" (the default of LiveServer.call)
TIMEOUT = 10


class SourceAddressAdapter(HTTPAdapter):
    """Connect from a chosen loopback address, so the server sees a different peer."""

    def __init__(self, source: str, **kwargs: Any) -> None:
        self._source = (source, 0)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = self._source
        super().init_poolmanager(*args, **kwargs)


def session_from(source: str | None = None) -> requests.Session:
    """A requests session; with ``source``, its connections come from that address."""
    session = requests.Session()
    if source:
        adapter = SourceAddressAdapter(source)
        session.mount("http://", adapter)
    return session


@dataclass
class LiveServer:
    """A running server: ``url``, ``admin_key``, ``db_url``, ``db_path`` (None off SQLite)."""

    url: str
    admin_key: str
    db_url: str
    db_path: Path | None
    server: EmbeddedServer
    issued_keys: list[str] = field(default_factory=list)
    http: requests.Session = field(default_factory=requests.Session)

    def call(self, method: str, path: str, *, key: Any = ADMIN,
             session: requests.Session | None = None, **kwargs: Any) -> requests.Response:
        """``method`` ``/api/v1`` + ``path`` with ``key`` (default admin; None: no header)."""
        headers = dict(kwargs.pop("headers", None) or {})
        if key is ADMIN:
            key = self.admin_key
        if key is not None:
            headers["Authorization"] = f"Bearer {key}"
        return (session or self.http).request(method, f"{self.url}/api/v1{path}",
                                              headers=headers, timeout=TIMEOUT, **kwargs)

    def create_token(self, *, key: Any = ADMIN, **fields: Any) -> dict[str, Any]:
        """Create a token (organization defaults filled in); return its JSON, key included."""
        body = {"organization_name": "Acme Corp", "organization_id": "acme", **fields}
        r = self.call("POST", "/tokens", key=key, json=body)
        assert r.status_code == 201, r.text
        data = r.json()
        self.issued_keys.append(data["key"])
        return data

    def set_expiry(self, token_id: int, when: datetime) -> None:
        """Write ``expires_at`` straight into the database (bypassing the API's checks)."""
        from sqlalchemy import update

        from compliance_client.server.db import Database
        from compliance_client.server.models import TokenRow

        db = Database(self.db_url)
        try:
            with db.write() as session:
                session.execute(update(TokenRow).where(TokenRow.id == token_id)
                                .values(expires_at=when))
        finally:
            db.dispose()


def _create_pg_database(base_url: str) -> tuple[str, Callable[[], None]]:
    from sqlalchemy import create_engine, make_url

    name = f"cc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return url, drop


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for each backend under test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV, "").strip()
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    url, drop = _create_pg_database(base)
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platformdirs location at the test's temp dir."""
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.delenv("COMPLIANCE_DB", raising=False)
    return tmp_path


ServerFactory = Callable[..., LiveServer]


@pytest.fixture
def live_server_factory(db_url: str, isolated_home: Path) -> Iterator[ServerFactory]:
    """``start(trusted_proxies=(), db_url=None)`` -> LiveServer; all are stopped at teardown.

    Servers started without ``db_url`` share the test's database (like several server
    processes on one PostgreSQL).
    """
    servers: list[EmbeddedServer] = []
    admin_keys: dict[str, str] = {}  # database URL -> its bootstrap admin key

    def start(trusted_proxies: Sequence[str] = (), db_url_: str | None = None) -> LiveServer:
        url = db_url_ or db_url
        key = ensure_admin_token(url)
        if key is not None:
            admin_keys[url] = key
        server = EmbeddedServer(url, trusted_proxies=trusted_proxies)
        servers.append(server)
        base = server.start()
        path = url.removeprefix("sqlite:///").split("?", 1)[0] if url.startswith("sqlite") else ""
        return LiveServer(url=base, admin_key=admin_keys[url], db_url=url,
                          db_path=Path(path) if path else None, server=server,
                          issued_keys=[admin_keys[url]])

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def live_server(live_server_factory: ServerFactory) -> LiveServer:
    """The real server on a free 127.0.0.1 port, with a fresh database and an admin key."""
    return live_server_factory()
