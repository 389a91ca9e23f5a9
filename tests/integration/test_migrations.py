"""Migration 0003 on a database that holds data from before it (ARCHITECTURE §7): tokens
issued on the server's own machine become global, the rest organization-scoped, and audit
entries learn their organizations."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def test_device_keys_migration_keeps_data_and_learns_who_registered(tmp_path: Path) -> None:
    """0004 (DESIGN §9): existing tokens are unbound, existing devices keyless, and each
    device's registering token is read from the audit log (the first registration in the
    device's own organization, not a same-named device of another), so that token can still
    give its device a key."""
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        _to(db, "0003_tenants_and_throttle")
        with db.engine.begin() as conn:
            for token_id, org in ((1, "admin"), (2, "acme"), (3, "ops"), (4, "acme")):
                conn.execute(text(
                    "INSERT INTO tokens (id, organization_name, organization_id, key_hash, "
                    "key_prefix, allowed_endpoints, blocked_endpoints, allowed_ips, "
                    "blocked_ips, created_at, updated_at, version, scope) VALUES (:id, :org, "
                    ":org, :hash, 'cct_x', '[]', '[]', '[]', '[]', '2026-01-01', '2026-01-01',"
                    " 1, 'organization')"),
                    {"id": token_id, "org": org, "hash": f"{token_id:064x}"})
            for org, device in (("acme", "pc1"), ("ops", "pc1"), ("acme", "pc2")):
                conn.execute(text(
                    "INSERT INTO devices (organization_id, device_id, hostname, profile_name,"
                    " status, registered_at) VALUES (:org, :dev, 'PC', 'Default', 'active',"
                    " '2026-01-01')"), {"org": org, "dev": device})
            # ops' pc1 first (token 3), then acme's pc1 by token 2 and again by token 4;
            # acme's pc2 has no entry left (an audit log pruned by hand).
            conn.execute(text(
                "INSERT INTO audit (at, token_id, key_prefix, address, action, target, changes,"
                " actor_org, target_org) VALUES"
                " ('2026-01-01', 3, 'cct_x', '10.0.0.3', 'devices.register', 'device:pc1',"
                " '{}', 'ops', 'ops'),"
                " ('2026-01-02', 2, 'cct_x', '10.0.0.2', 'devices.register', 'device:pc1',"
                " '{}', 'acme', 'acme'),"
                " ('2026-01-03', 4, 'cct_x', '10.0.0.4', 'devices.register', 'device:pc1',"
                " '{}', 'acme', 'acme'),"
                " ('2026-01-03', 4, 'cct_x', '10.0.0.4', 'devices.disable', 'device:pc2',"
                " '{}', 'acme', 'acme')"))
        _to(db, "head")
        with db.engine.connect() as conn:
            bound = dict(conn.execute(text("SELECT id, bound_devices FROM tokens")).all())
            devices = {(o, d): (who, key, tp) for o, d, who, key, tp in conn.execute(text(
                "SELECT organization_id, device_id, registered_by, public_key, key_thumbprint"
                " FROM devices")).all()}
            indexes = {name for (name,) in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"))}
        assert bound == {1: "[]", 2: "[]", 3: "[]", 4: "[]"}
        assert devices == {("acme", "pc1"): (2, None, None), ("ops", "pc1"): (3, None, None),
                           ("acme", "pc2"): (None, None, None)}
        assert {"ix_devices_key_thumbprint", "ix_tokens_org_name", "tokens_search_insert",
                "tokens_search_update"} <= indexes
        # The ORM reads the migrated rows as the server will.
        from compliance_client.server.models import DeviceRow, TokenRow

        with db.read() as session:
            token, device = session.get(TokenRow, 2), session.get(DeviceRow, ("acme", "pc1"))
            assert token is not None and device is not None
            assert token.to_domain().bound_devices == ()
            assert device.to_domain().key_thumbprint is None
        _to(db, "0003_tenants_and_throttle", down=True)
        with db.engine.connect() as conn:
            columns = {row[1] for row in conn.execute(text("PRAGMA table_info(devices)"))}
            kept = {name for (name,) in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"))}
            devices_left = conn.execute(text("SELECT count(*) FROM devices")).scalar()
        assert "key_thumbprint" not in columns and "device_id" in columns
        assert {"ix_tokens_org_name", "tokens_search_insert"} <= kept
        assert devices_left == 3
    finally:
        db.dispose()


def test_token_lifecycle_migration_on_an_existing_database(db_url: str) -> None:
    """0005 (DESIGN §10), on SQLite and PostgreSQL: existing tokens get empty name,
    description and owner, are active, were created by no known token and have no previous
    key; the policy has the contract's defaults; and the downgrade takes it all away again
    without touching the tokens."""
    from sqlalchemy import inspect

    from compliance_client.domain.lifecycle import TokenPolicy
    from compliance_client.server.models import TokenRow
    from compliance_client.server.routes_policy import load_policy

    db = Database(db_url)
    try:
        _to(db, "0004_device_keys")
        with db.engine.begin() as conn:
            for token_id, org in ((1, "admin"), (2, "acme")):
                conn.execute(text(
                    "INSERT INTO tokens (id, organization_name, organization_id, key_hash, "
                    "key_prefix, allowed_endpoints, blocked_endpoints, allowed_ips, "
                    "blocked_ips, created_at, updated_at, version, scope) VALUES (:id, :org, "
                    ":org, :hash, 'cct_x', '[]', '[]', '[]', '[]', '2026-01-01', '2026-01-01',"
                    " 3, 'organization')"),
                    {"id": token_id, "org": org, "hash": f"{token_id:064x}"})
        _to(db, "head")
        with db.read() as session:
            tokens = [session.get(TokenRow, i) for i in (1, 2)]
            assert all(t is not None for t in tokens)
            migrated = [t.to_domain() for t in tokens if t is not None]
            assert load_policy(session) == TokenPolicy(None, False, False, 90, 14)
        for token in migrated:
            assert (token.name, token.description, token.owner) == ("", "", "")
            assert (token.status, token.suspended_reason) == ("active", None)
            assert (token.created_by, token.previous_key_expires_at) == (None, None)
            assert token.version == 3  # a migration is no change of the token
        # Read from the catalogue: SQLAlchemy does not reflect SQLite's expression indexes.
        catalogue = ("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                     "'tokens'" if db.is_sqlite else
                     "SELECT indexname FROM pg_indexes WHERE tablename = 'tokens'")
        with db.engine.connect() as conn:
            indexes = set(conn.execute(text(catalogue)).scalars())
        assert {"ix_tokens_previous_key_hash", "ix_tokens_org_name"} <= indexes

        _to(db, "0004_device_keys", down=True)
        inspector = inspect(db.engine)
        columns = {c["name"] for c in inspector.get_columns("tokens")}
        assert not {"name", "status", "previous_key_hash"} & columns
        assert "token_policy" not in inspector.get_table_names()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tokens")).scalar() == 2
        _to(db, "head")  # and up again
    finally:
        db.dispose()


def test_admin_hygiene_migration_on_an_existing_database(db_url: str) -> None:
    """0006 (DESIGN §11), on SQLite and PostgreSQL: existing tokens get their unrestricted
    flag from their lists (and it follows later changes), the search finds existing names
    and owners, the usage tables exist; the downgrade takes it all away, keeping the tokens
    and 0002's search."""
    from sqlalchemy import inspect, select, update

    from compliance_client.server.models import TokenRow
    from compliance_client.server.token_search import search_term as _search

    db = Database(db_url)
    try:
        _to(db, "0005_token_lifecycle")
        with db.engine.begin() as conn:
            for token_id, endpoints, ips in ((1, "[]", "[]"), (2, '["tokens.self"]', "[]"),
                                             (3, "[]", '["10.0.0.0/8"]')):
                conn.execute(text(
                    "INSERT INTO tokens (id, organization_name, organization_id, key_hash, "
                    "key_prefix, allowed_endpoints, blocked_endpoints, allowed_ips, "
                    "blocked_ips, created_at, updated_at, version, scope, name, owner) VALUES "
                    "(:id, 'Acme', 'acme', :hash, 'cct_x', :ep, '[]', :ips, '[]', "
                    "'2026-01-01', '2026-01-01', 1, 'organization', :name, :owner)"),
                    {"id": token_id, "hash": f"{token_id:064x}", "ep": endpoints, "ips": ips,
                     "name": f"Nightly job {token_id}", "owner": f"owner{token_id}@example.com"})
        _to(db, "head")
        with db.write() as session:
            flags = dict(session.execute(select(TokenRow.id, TokenRow.unrestricted)).all())
            assert flags == {1: True, 2: False, 3: False}
            session.execute(update(TokenRow).where(TokenRow.id == 2)
                            .values(allowed_endpoints=[]))
        with db.read() as session:
            assert session.scalar(select(TokenRow.unrestricted).where(TokenRow.id == 2)) is True
            for needle, found in (("nightly job 3", [3]), ("owner2@", [2]), ("acme", [1, 2, 3])):
                assert list(session.scalars(select(TokenRow.id).where(_search(db, needle))
                                            .order_by(TokenRow.id))) == found
        assert {"usage_days", "usage_addresses", "usage_endpoints"} <= set(
            inspect(db.engine).get_table_names())

        _to(db, "0005_token_lifecycle", down=True)
        inspector = inspect(db.engine)
        assert "unrestricted" not in {c["name"] for c in inspector.get_columns("tokens")}
        assert "usage_days" not in inspector.get_table_names()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tokens")).scalar() == 3
        _to(db, "head")  # and up again
    finally:
        db.dispose()


def test_enrollments_migration_on_an_existing_database(db_url: str) -> None:
    """0007 (DESIGN §13), on SQLite and PostgreSQL: the enrollments table arrives next to the
    existing tokens, devices and audit entries (untouched), takes codes by hash with the
    hash unique; the downgrade takes it away and keeps the rest."""
    from sqlalchemy import exc as sa_exc
    from sqlalchemy import inspect

    from compliance_client.domain.keys import generate_enrollment_code, hash_key
    from compliance_client.server.auth import now_utc
    from compliance_client.server.models import EnrollmentRow, TokenRow

    db = Database(db_url)
    try:
        _to(db, "0006_admin_hygiene")
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO tokens (id, organization_name, organization_id, key_hash, "
                "key_prefix, allowed_endpoints, blocked_endpoints, allowed_ips, blocked_ips, "
                "created_at, updated_at, version, scope, name) VALUES (1, 'Acme', 'acme', "
                ":hash, 'cct_x', '[]', '[]', '[]', '[]', '2026-01-01', '2026-01-01', 2, "
                "'organization', 'Build agent')"), {"hash": "1" * 64})
            conn.execute(text(
                "INSERT INTO devices (organization_id, device_id, hostname, profile_name, "
                "status, registered_at) VALUES ('acme', 'pc-1', 'pc-1', '', 'active', "
                "'2026-01-01')"))
        assert "enrollments" not in inspect(db.engine).get_table_names()
        _to(db, "head")
        code = generate_enrollment_code()
        now = now_utc()
        row = {"organization_id": "acme", "code_prefix": code[:12], "template": "{}",
               "expires_at": now, "uses_left": 3, "uses": 3, "created_by": 1,
               "created_at": now}
        with db.write() as session:
            session.add(EnrollmentRow(code_hash=hash_key(code), **row))
        with db.read() as session:
            token = session.get(TokenRow, 1)
            assert token is not None and (token.name, token.version) == ("Build agent", 2)
            stored = session.query(EnrollmentRow).one()
            assert (stored.code_hash, stored.uses_left) == (hash_key(code), 3)
            assert stored.expires_at == now
        with pytest.raises(sa_exc.IntegrityError), db.write() as session:
            session.add(EnrollmentRow(code_hash=hash_key(code), **row))

        _to(db, "0006_admin_hygiene", down=True)
        inspector = inspect(db.engine)
        assert "enrollments" not in inspector.get_table_names()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tokens")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM devices")).scalar() == 1
        _to(db, "head")  # and up again
    finally:
        db.dispose()


def test_counts_at_scale_migration_on_an_existing_database(db_url: str) -> None:
    """0008 (issue 20), on PostgreSQL: existing tokens are counted by organization, scope,
    status and unrestricted, and the triggers keep the counts equal to the table's through
    bulk inserts, deletes, changes of each counted column (the generated one too), other
    updates, a rollback and TRUNCATE; its indexes exist; the downgrade takes it all away and
    keeps the tokens. On SQLite it changes nothing, up or down."""
    db = Database(db_url)
    insert = text(
        "INSERT INTO tokens (organization_name, organization_id, key_hash, key_prefix, "
        "allowed_endpoints, blocked_endpoints, allowed_ips, blocked_ips, created_at, "
        "updated_at, version, scope, name) VALUES ('Acme', :org, :hash, 'cct_x', '[]', '[]', "
        "'[]', '[]', '2026-01-01', '2026-01-01', 1, 'organization', 'n')")

    def rows(orgs: list[str], start: int) -> list[dict[str, str]]:
        return [{"org": org, "hash": f"{start + n:064x}"} for n, org in enumerate(orgs)]

    def counted() -> tuple[dict[str, int], dict[str, int]]:
        """(per organization, the table's and token_counts') after checking that the two
        agree on every counted group."""
        groups = "organization_id, scope, status, unrestricted"
        with db.engine.connect() as conn:
            real = {tuple(r[:4]): r[4] for r in conn.execute(text(
                f"SELECT {groups}, count(*) FROM tokens GROUP BY 1, 2, 3, 4"))}
            kept = {tuple(r[:4]): r[4] for r in conn.execute(text(
                f"SELECT {groups}, tokens FROM token_counts WHERE tokens <> 0"))}
        assert real == kept
        orgs: dict[str, int] = {}
        for (org, *_rest), n in real.items():
            orgs[org] = orgs.get(org, 0) + n
        return orgs, orgs

    def schema() -> set[str]:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                return set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            return {*conn.execute(text("SELECT indexname FROM pg_indexes")).scalars(),
                    *conn.execute(text("SELECT tablename FROM pg_tables")).scalars(),
                    *conn.execute(text("SELECT tgname FROM pg_trigger")).scalars(),
                    *conn.execute(text("SELECT proname FROM pg_proc")).scalars()}

    made = {"ix_tokens_bound_devices", "ix_tokens_status_expiry", "token_counts",
            "token_counts_pkey", "token_counts_insert", "token_counts_delete",
            "token_counts_change", "token_counts_truncate", "token_counts_inserted",
            "token_counts_deleted", "token_counts_changed", "token_counts_truncated"}
    try:
        _to(db, "0007_enrollments")
        with db.engine.begin() as conn:
            conn.execute(insert, rows(["acme", "acme", "ops"], 1))
        before = schema()
        _to(db, "head")
        if not db.is_postgres:
            assert schema() == before
            _to(db, "0007_enrollments", down=True)
            assert schema() == before
            return
        assert schema() - before == made
        real, kept = counted()
        assert real == kept == {"acme": 2, "ops": 1}
        with db.engine.begin() as conn:
            conn.execute(insert, rows(["acme", "ops", "new", "new"], 10))  # one statement
            conn.execute(text("DELETE FROM tokens WHERE organization_id = 'ops'"))
            conn.execute(text("UPDATE tokens SET organization_id = 'moved' WHERE id = 1"))
            conn.execute(text("UPDATE tokens SET name = 'renamed'"))  # nothing counted changes
            conn.execute(text("UPDATE tokens SET status = 'suspended' WHERE id = 2"))
            conn.execute(text("UPDATE tokens SET scope = 'global' WHERE id = 10"))
            conn.execute(text("UPDATE tokens SET allowed_ips = '[\"10.0.0.0/8\"]' "
                              "WHERE organization_id = 'new'"))
        real, kept = counted()
        assert real == kept == {"acme": 2, "new": 2, "moved": 1}
        with db.engine.begin() as conn:  # a rolled-back write leaves the counts as they were
            conn.execute(insert, rows(["acme"], 20))
            conn.rollback()
        assert counted()[1] == real
        with db.engine.begin() as conn:
            conn.execute(text("TRUNCATE tokens"))
            conn.execute(insert, rows(["ops"], 30))
        real, kept = counted()
        assert real == kept == {"ops": 1}

        _to(db, "0007_enrollments", down=True)
        assert schema() == before
        with db.engine.begin() as conn:
            conn.execute(insert, rows(["acme"], 40))  # no trigger left to fail
        _to(db, "head")  # and up again, counting what is there
        real, kept = counted()
        assert real == kept == {"ops": 1, "acme": 1}
    finally:
        db.dispose()
