"""Migration 0003 on a database that holds data from before it (ARCHITECTURE §7): tokens
issued on the server's own machine become global, the rest organization-scoped, and audit
entries learn their organizations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

import compliance_client.server.db as server_db
from compliance_client.server.db import Database


def _to(db: Database, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(Path(server_db.__file__).with_name(
        "migrations")))
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def test_existing_tokens_get_their_scope_and_audit_its_organizations(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        _to(db, "0002_token_search")
        with db.engine.begin() as conn:
            for token_id, org in ((1, "admin"), (2, "acme"), (3, "ops")):
                conn.execute(text(
                    "INSERT INTO tokens (id, organization_name, organization_id, key_hash, "
                    "key_prefix, allowed_endpoints, blocked_endpoints, allowed_ips, "
                    "blocked_ips, created_at, updated_at, version) VALUES (:id, :org, :org, "
                    ":hash, 'cct_x', '[]', '[]', '[]', '[]', '2026-01-01', '2026-01-01', 1)"),
                    {"id": token_id, "org": org, "hash": f"{token_id:064x}"})
            # 1 and 3 were issued locally (no actor); 2 by token 1 over the API; then token 2
            # registered a device.
            conn.execute(text(
                "INSERT INTO audit (at, token_id, key_prefix, address, action, target, changes)"
                " VALUES ('2026-01-01', NULL, '', 'local', 'tokens.create', 'token:1', '{}'),"
                " ('2026-01-01', 1, 'cct_x', '127.0.0.1', 'tokens.create', 'token:2', '{}'),"
                " ('2026-01-01', NULL, '', 'local', 'tokens.create', 'token:3', '{}'),"
                " ('2026-01-01', 2, 'cct_x', '127.0.0.1', 'devices.register', 'device:pc1',"
                " '{}')"))
        _to(db, "head")
        with db.engine.connect() as conn:
            scopes = dict(conn.execute(text("SELECT id, scope FROM tokens")).all())
            audit = conn.execute(text(
                "SELECT target, actor_org, target_org FROM audit ORDER BY id")).all()
        assert scopes == {1: "global", 2: "organization", 3: "global"}
        with db.engine.connect() as conn:  # adding the column kept the indexes and triggers
            kept = {name for (name,) in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'tokens' "
                "AND type IN ('index', 'trigger')"))}
        assert {"ix_tokens_org_name", "tokens_search_insert", "tokens_search_update"} <= kept
        assert [tuple(row) for row in audit] == [
            ("token:1", None, None), ("token:2", None, "acme"), ("token:3", None, None),
            ("device:pc1", "acme", "acme")]
    finally:
        db.dispose()
