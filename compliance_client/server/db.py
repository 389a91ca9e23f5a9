"""Database access: engine set-up, short read/write transactions, migrations.

SQLite (the default) is made safe for the server's worker threads: WAL so readers never wait
for the writer, a busy timeout so writers queue instead of failing at once, and write
transactions that start with ``BEGIN IMMEDIATE`` so a read-then-write transaction never dies
on a stale snapshot (SQLite cannot upgrade such a reader to a writer; it answers "database is
locked" without waiting). PostgreSQL (``postgresql+psycopg://``) needs none of that: its row
locks make ``UPDATE ... WHERE version = ?`` atomic.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Engine, Result, create_engine, event, func, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

DB_ENV = "COMPLIANCE_DB"
SQLITE_TIMEOUT_S = 5.0  # how long a writer waits for the lock before the request gets 503
_MIGRATION_LOCK_ID = 0x434C4944  # pg_advisory_xact_lock key: one migrator at a time


def default_db_url() -> str:
    """``COMPLIANCE_DB`` if set, else SQLite under the user data directory (ARCHITECTURE §5)."""
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return env
    import platformdirs

    path = Path(platformdirs.user_data_dir("compliance-client", appauthor=False)) / "server.db"
    return f"sqlite:///{path}"


def redact_url(url: str | URL) -> str:
    """The URL as it may be shown to a person or logged: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # a malformed URL: show only its scheme
        return str(url).split(":", 1)[0] + ":..."


class Database:
    """One engine plus the two kinds of transaction the server uses."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        self.engine = _create_engine(self.url)
        # Same pool and listeners; the option tells the "begin" listener to take the write
        # lock up front on SQLite.
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only transaction (rolled back at the end)."""
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed when the block ends without an exception."""
        with self._write_sessions() as session, session.begin():
            yield session

    @functools.cached_property
    def has_fts_search(self) -> bool:
        """Whether the SQLite trigram index of token searches exists (migration 0002 makes
        it where SQLite has FTS5). Read once, after migrating."""
        if not self.is_sqlite:
            return False
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                     "AND name = 'tokens_search'")).first() is not None

    def lower_function(self) -> Any:
        """SQL lower() that folds all of Unicode (SQLite's own folds only ASCII)."""
        return func.py_lower if self.is_sqlite else func.lower

    def migrate(self) -> None:
        """Bring the schema to the newest revision (idempotent; safe with several processes)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        with self._write_engine.begin() as conn:
            if self.is_postgres:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_ID})")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def dispose(self) -> None:
        self.engine.dispose()


def affected_rows(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed (a DML statement's result is a cursor's)."""
    assert isinstance(result, CursorResult)
    return result.rowcount


def _create_engine(url: URL) -> Engine:
    kwargs: dict[str, Any] = {"hide_parameters": True}  # no bound values in error texts
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database in ("", ":memory:") or "mode=memory" in str(url):
            raise ValueError("an in-memory SQLite database cannot be shared by the server's "
                             "threads; give a file, e.g. sqlite:///server.db")
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        connect_args: dict[str, Any] = {"check_same_thread": False}
        if "timeout" not in url.query:  # ?timeout=SECONDS in the URL wins (tests use it)
            connect_args["timeout"] = SQLITE_TIMEOUT_S
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        _make_sqlite_transactional(engine)
        return engine
    if url.get_backend_name() == "postgresql":
        kwargs.update(pool_pre_ping=True, pool_size=10, max_overflow=20)
    return create_engine(url, **kwargs)


def _make_sqlite_transactional(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, emit BEGIN (the documented pysqlite recipe)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver never begins on its own
        dbapi_conn.create_function("py_lower", 1, _py_lower, deterministic=True)
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _py_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value
