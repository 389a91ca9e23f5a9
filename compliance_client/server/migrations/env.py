"""Alembic environment: always run by the server with a connection already in a transaction.

There is no alembic.ini at runtime: ``Database.migrate`` builds the Config in code and hands
over its connection (``config.attributes["connection"]``), so the migration runs inside the
caller's transaction (and, on PostgreSQL, under its advisory lock).
"""

from __future__ import annotations

from alembic import context

from compliance_client.server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through compliance_client.server.db.Database.migrate()")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
