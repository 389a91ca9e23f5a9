"""Integration fixtures: the REAL token server (uvicorn on a free loopback port).

``live_server`` runs once per database backend: SQLite in a temp directory always, and
PostgreSQL when COMPLIANCE_TEST_PG_URL names a server where the test may create databases
(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres); each test gets a fresh database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from compliance_client.server.bootstrap import ensure_admin_token
from compliance_client.server.embedded import EmbeddedServer

from ..helpers.live_server import PG_ENV, LiveServer, ServerFactory, create_pg_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for each backend under test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV, "").strip()
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    url, drop = create_pg_database(base)
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
