"""Indexes for tokens.list's search (``q``): a case-insensitive substring of the organization
name, organization ID or key prefix.

A substring match cannot use a B-tree, so without these a search reads every token: about
350 ms over 100,000 on SQLite, the same again to count them (the goal is 150 ms).

- SQLite: an FTS5 table with the trigram tokenizer over the three columns, kept by triggers
  (so every writer, the ORM or a bulk insert, keeps it current). A needle of three or more
  characters is then a phrase of trigrams: exactly the rows that contain it, case folded.
  Skipped where SQLite was built without FTS5; the search then scans, as before.
- PostgreSQL: pg_trgm GIN indexes on ``lower(column)``, which ``lower(column) LIKE '%x%'``
  uses as it is. Creating the extension needs the CREATE privilege on the database; where
  that is refused the indexes are skipped (searches still work, by scanning) and a warning
  says so.

Revision ID: 0002_token_search
Revises: 0001_initial
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0002_token_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

SEARCHED = ("organization_name", "organization_id", "key_prefix")
FTS_TABLE = "tokens_search"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_fts()
    elif dialect == "postgresql":
        _postgres_trigram()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{event}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif dialect == "postgresql":
        for column in SEARCHED:
            op.execute(f"DROP INDEX IF EXISTS ix_tokens_{column}_trgm")


def _sqlite_fts() -> None:
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).scalar():
        log.warning("SQLite without FTS5: token searches will scan the table")
        return
    columns = ", ".join(SEARCHED)
    new = ", ".join(f"new.{c}" for c in SEARCHED)
    old = ", ".join(f"old.{c}" for c in SEARCHED)
    delete_old = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
                  f"VALUES ('delete', old.id, {old});")
    insert_new = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new});"
    op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='tokens', "
               "content_rowid='id', tokenize='trigram')")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON tokens BEGIN "
               f"{insert_new} END")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON tokens BEGIN "
               f"{delete_old} END")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF {columns} ON tokens "
               f"BEGIN {delete_old} {insert_new} END")
    op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def _postgres_trigram() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():  # a refusal must not abort the whole migration
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm is not available (%s); token searches will scan the table",
                    type(exc.orig).__name__)
        return
    for column in SEARCHED:
        op.execute(f"CREATE INDEX ix_tokens_{column}_trgm ON tokens "
                   f"USING gin (lower({column}) gin_trgm_ops)")
