"""The real token server for tests: a running server's handle, calls with a key, a fresh
PostgreSQL database per test, and the contract's error check. The fixtures that start servers
are in tests/integration/conftest.py."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from compliance_client.domain.dpop import DeviceKey
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
    admin_key: str = field(repr=False)  # a failing test's report must not print a key
    db_url: str
    db_path: Path | None
    server: EmbeddedServer
    issued_keys: list[str] = field(default_factory=list, repr=False)
    http: requests.Session = field(default_factory=requests.Session)

    def call(self, method: str, path: str, *, key: Any = ADMIN,
             session: requests.Session | None = None, device_key: DeviceKey | None = None,
             **kwargs: Any) -> requests.Response:
        """``method`` ``/api/v1`` + ``path`` with ``key`` (default admin; None: no header);
        with ``device_key``, signed with a fresh proof (DPoP header) as the client signs."""
        headers = dict(kwargs.pop("headers", None) or {})
        if key is ADMIN:
            key = self.admin_key
        if key is not None:
            headers["Authorization"] = f"Bearer {key}"
        url = f"{self.url}/api/v1{path}"
        if device_key is not None:
            headers["DPoP"] = device_key.proof(method, url, key or "", now=time.time())
        return (session or self.http).request(method, url, headers=headers, timeout=TIMEOUT,
                                              **kwargs)

    def create_token(self, *, key: Any = ADMIN, **fields: Any) -> dict[str, Any]:
        """Create a token (organization defaults filled in); return its JSON, key included."""
        body = {"organization_name": "Acme Corp", "organization_id": "acme", **fields}
        r = self.call("POST", "/tokens", key=key, json=body)
        assert r.status_code == 201, r.text
        data = r.json()
        self.issued_keys.append(data["key"])
        return data

    def set_last_used(self, token_id: int, when: datetime, address: str) -> None:
        """Write the token's last use straight into the database (a clock moved back)."""
        from sqlalchemy import update

        from compliance_client.server.db import Database
        from compliance_client.server.models import TokenRow

        db = Database(self.db_url)
        try:
            with db.write() as session:
                session.execute(update(TokenRow).where(TokenRow.id == token_id)
                                .values(last_used_at=when, last_used_ip=address))
        finally:
            db.dispose()

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


def create_pg_database(base_url: str) -> tuple[str, Callable[[], None]]:
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


ServerFactory = Callable[..., LiveServer]


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code
    assert body["detail"]
    assert response.headers["X-Request-ID"]
    return body
