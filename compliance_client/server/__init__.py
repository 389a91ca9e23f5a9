"""The reference token server (ARCHITECTURE §6/§5): FastAPI over SQLAlchemy, migrated by Alembic.

Nothing is imported here on purpose: the command line imports the pieces it needs lazily,
so the desktop app never pays for FastAPI or SQLAlchemy at startup.
"""
