"""Admin hygiene (DESIGN §11, ARCHITECTURE §12): what tokens.list's filters, tokens.usage and
audit.read's filters need.

- ``tokens.unrestricted``: a generated column, true when the token's allowed endpoints and
  allowed IPs are both empty (it reaches everything, from anywhere). The database computes it
  from the two lists on every write, whoever writes (the API, ``admin-token``, a bulk insert),
  so nothing can let it drift; SQLite has it VIRTUAL (what ADD COLUMN allows; the index
  stores it), PostgreSQL STORED (12+). Indexed with id, so ``unrestricted=true`` walks an
  index in the default order.
- Indexes for the other filters: ``status`` with id (and ``expires_at``, so counting the
  active tokens reads the index alone), ``expires_at`` (expired, expiring) and
  ``last_used_at`` (unused for N days: "never" is an IS NULL range of the same index). The
  indexes of 0001 lead with ``expires_at IS NULL`` for the sort orders; a range condition on
  the column itself cannot use them.
- ``q`` also searches ``name`` and ``owner``: SQLite's FTS5 table of 0002 is made again with
  the five columns (an FTS5 table cannot gain columns) and its triggers with it. PostgreSQL,
  where 0002 could create pg_trgm, gets one trigram index over the five columns joined by
  chr(1) (``SEARCH_TEXT``) in place of 0002's three: with one index per column, the OR of five
  LIKEs was planned as a sequential scan (90 ms over 100,000 tokens, bench/filters.py), the
  one expression as an index scan (1 ms). A search can never match across two columns: ``q``
  may not hold control characters (routes_tokens refuses them).
- ``usage_days``, ``usage_addresses``, ``usage_endpoints``: the request counters per token
  and UTC day, written in batches by server/usage.py. No foreign key: tokens.delete removes
  a token's rows itself, and a batch never writes for a token that no longer exists. Each has
  an index on ``day`` for the daily prune of rows older than 90 days.
- ``audit``: indexes for its filters: ``token_id`` (the actor) and ``target`` (a token as
  target), ``action``, and ``at`` (since/until), each with id, the list's order.

Plain ADD COLUMN, as in 0003 to 0005: a batch copy of ``tokens`` could drop the expression
indexes and the search triggers.

Revision ID: 0006_admin_hygiene
Revises: 0005_token_lifecycle
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0006_admin_hygiene"
down_revision = "0005_token_lifecycle"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

FTS_TABLE = "tokens_search"
SEARCHED_BEFORE = ("organization_name", "organization_id", "key_prefix")
SEARCHED = (*SEARCHED_BEFORE, "name", "owner")
_UNRESTRICTED = {
    "sqlite": "json_array_length(allowed_endpoints) = 0 AND json_array_length(allowed_ips) = 0",
    "postgresql": "jsonb_array_length(allowed_endpoints) = 0 "
                  "AND jsonb_array_length(allowed_ips) = 0",
}
# What PostgreSQL's search index covers; token_search.search_term matches it word for word.
SEARCH_TEXT = ("lower(organization_name || chr(1) || organization_id || chr(1) || key_prefix "
               "|| chr(1) || name || chr(1) || owner)")
_TOKEN_INDEXES = (("ix_tokens_status", ["status", "id", "expires_at"]),
                  ("ix_tokens_expiry", ["expires_at"]),
                  ("ix_tokens_last_used", ["last_used_at"]),
                  ("ix_tokens_unrestricted", ["unrestricted", "id"]))
_AUDIT_INDEXES = (("ix_audit_token_id", ["token_id", "id"]),
                  ("ix_audit_target", ["target", "id"]),
                  ("ix_audit_action", ["action", "id"]),
                  ("ix_audit_at", ["at", "id"]))
_USAGE_TABLES = ("usage_days", "usage_addresses", "usage_endpoints")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    kind = "VIRTUAL" if dialect == "sqlite" else "STORED"
    op.execute(f"ALTER TABLE tokens ADD COLUMN unrestricted BOOLEAN GENERATED ALWAYS AS "
               f"({_UNRESTRICTED.get(dialect, _UNRESTRICTED['postgresql'])}) {kind}")
    for name, columns in _TOKEN_INDEXES:
        op.create_index(name, "tokens", columns)
    for name, columns in _AUDIT_INDEXES:
        op.create_index(name, "audit", columns)
    if dialect == "sqlite":
        _sqlite_search(SEARCHED)
    elif dialect == "postgresql":
        _postgres_trigram_indexes(create=True)

    day = sa.Column("day", sa.Date, primary_key=True)
    op.create_table("usage_days",
                    sa.Column("token_id", sa.Integer, primary_key=True), day,
                    sa.Column("allowed", sa.Integer, nullable=False),
                    sa.Column("denied", sa.Integer, nullable=False))
    op.create_table("usage_addresses",
                    sa.Column("token_id", sa.Integer, primary_key=True),
                    sa.Column("day", sa.Date, primary_key=True),
                    sa.Column("address", sa.String(64), primary_key=True),
                    sa.Column("requests", sa.Integer, nullable=False),
                    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False))
    op.create_table("usage_endpoints",
                    sa.Column("token_id", sa.Integer, primary_key=True),
                    sa.Column("day", sa.Date, primary_key=True),
                    sa.Column("endpoint", sa.String(40), primary_key=True),
                    sa.Column("requests", sa.Integer, nullable=False))
    for table in _USAGE_TABLES:
        op.create_index(f"ix_{table}_day", table, ["day"])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in _USAGE_TABLES:
        op.drop_table(table)
    if dialect == "sqlite":
        _sqlite_search(SEARCHED_BEFORE)
    elif dialect == "postgresql":
        _postgres_trigram_indexes(create=False)
    for name, _columns in _AUDIT_INDEXES:
        op.drop_index(name, "audit")
    # The indexes first: SQLite refuses to drop an indexed column.
    for name, _columns in _TOKEN_INDEXES:
        op.drop_index(name, "tokens")
    op.execute("ALTER TABLE tokens DROP COLUMN unrestricted")


def _sqlite_search(columns: tuple[str, ...]) -> None:
    """(Re)make 0002's FTS5 trigram table and triggers over ``columns``; nothing where it was
    never made (SQLite without FTS5: searches scan)."""
    bind = op.get_bind()
    exists = bind.execute(sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                  f"name = '{FTS_TABLE}'")).first()
    if exists is None:
        log.warning("SQLite without FTS5: token searches will scan the table")
        return
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{event}")
    op.execute(f"DROP TABLE {FTS_TABLE}")
    listed = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete_old = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {listed}) "
                  f"VALUES ('delete', old.id, {old});")
    insert_new = f"INSERT INTO {FTS_TABLE}(rowid, {listed}) VALUES (new.id, {new});"
    op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({listed}, content='tokens', "
               "content_rowid='id', tokenize='trigram')")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON tokens BEGIN "
               f"{insert_new} END")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON tokens BEGIN "
               f"{delete_old} END")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF {listed} ON tokens "
               f"BEGIN {delete_old} {insert_new} END")
    op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def _postgres_trigram_indexes(*, create: bool) -> None:
    """The search index over the five columns instead of 0002's three (or back), where 0002
    could create the extension."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first() \
            is None:
        if create:
            log.warning("pg_trgm is not available; token searches will scan the table")
        return
    if create:
        for column in SEARCHED_BEFORE:
            op.execute(f"DROP INDEX IF EXISTS ix_tokens_{column}_trgm")
        op.execute(f"CREATE INDEX ix_tokens_search_trgm ON tokens "
                   f"USING gin ({SEARCH_TEXT} gin_trgm_ops)")
    else:
        op.execute("DROP INDEX IF EXISTS ix_tokens_search_trgm")
        for column in SEARCHED_BEFORE:
            op.execute(f"CREATE INDEX ix_tokens_{column}_trgm ON tokens "
                       f"USING gin (lower({column}) gin_trgm_ops)")
