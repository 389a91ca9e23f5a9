"""A key never lands in the database file (or its WAL) nor in any log line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from compliance_client.domain.keys import generate_key

from ..helpers.live_server import LiveServer


def _exercise(server: LiveServer) -> list[str]:
    """Issue keys every way there is, use them, fail with an unknown one; return all keys."""
    token = server.create_token(allowed_ips=["127.0.0.0/8"])
    server.call("GET", "/tokens/self", key=token["key"])
    server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                json={"organization_name": "Renamed"})
    regenerated = server.call("POST", f"/tokens/{token['id']}/regenerate").json()["key"]
    server.call("GET", "/tokens", key=regenerated)
    stranger = generate_key()
    assert server.call("GET", "/tokens", key=stranger).status_code == 401
    server.call("POST", "/devices", key=regenerated, json={"device_id": "dev-1"})
    server.call("GET", "/audit")
    return [*server.issued_keys, token["key"], regenerated, stranger]


def _files(db_path: Path) -> list[Path]:
    return [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]


def test_keys_absent_from_database_files(live_server: LiveServer) -> None:
    if live_server.db_path is None:
        pytest.skip("scans SQLite files")
    keys = _exercise(live_server)
    files = _files(live_server.db_path)
    assert any(p.name.endswith("-wal") for p in files)  # the WAL is scanned too
    blobs = {p.name: p.read_bytes() for p in files}
    assert any(live_server.admin_key[:12].encode() in b for b in blobs.values())  # scan works
    for key in keys:
        for name, blob in blobs.items():
            assert key.encode() not in blob, f"a key is stored in clear in {name}"
            assert key[12:].encode() not in blob, f"key material is stored in {name}"
    live_server.server.stop()  # checkpoints the WAL into the main file
    for p in _files(live_server.db_path):
        for key in keys:
            assert key.encode() not in p.read_bytes()


def test_keys_absent_from_logs(live_server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    keys = _exercise(live_server)
    live_server.call("GET", "/tokens/self", key="cct_" + "x" * 49)  # a malformed one too
    records = caplog.records
    assert any(r.name == "uvicorn.access" for r in records)  # uvicorn's lines were captured
    assert any("invalid_token" in r.getMessage() and r.levelname == "WARNING" for r in records)
    text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in records)
    for key in [*keys, "cct_" + "x" * 49]:
        assert key not in text
        assert key[12:] not in text
