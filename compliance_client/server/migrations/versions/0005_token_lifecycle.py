"""Token lifecycle (DESIGN §10).

- ``tokens.name``, ``description``, ``owner``: what a token is for and who to ask; empty for
  existing tokens.
- ``tokens.status`` ("active"/"suspended", existing tokens active) and
  ``tokens.suspended_reason`` (null, "admin" or "leaked").
- ``tokens.created_by``: the creating token's id; null for existing tokens (the audit log
  still says who made them) and for tokens issued on the server's own machine.
- ``tokens.previous_key_hash`` / ``previous_key_expires_at``: the key a regenerate replaced,
  hashed like ``key_hash``, and until when it still works. Indexed: a request whose key is
  not a current one is looked up there.
- ``token_policy``: one row (id 1) with the contract's defaults.

Plain ADD COLUMN throughout (SQLite has it), as in 0003 and 0004: a batch copy of ``tokens``
would have to reflect, and could drop, the expression index and the search triggers.

Revision ID: 0005_token_lifecycle
Revises: 0004_device_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_token_lifecycle"
down_revision = "0004_device_keys"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (("name", 100), ("description", 1000), ("owner", 200))


def upgrade() -> None:
    for name, length in _TEXT_COLUMNS:
        op.add_column("tokens", sa.Column(name, sa.String(length), nullable=False,
                                          server_default=""))
    op.add_column("tokens", sa.Column("status", sa.String(16), nullable=False,
                                      server_default="active"))
    op.add_column("tokens", sa.Column("suspended_reason", sa.String(16), nullable=True))
    op.add_column("tokens", sa.Column("created_by", sa.Integer, nullable=True))
    op.add_column("tokens", sa.Column("previous_key_hash", sa.String(64), nullable=True))
    op.add_column("tokens", sa.Column("previous_key_expires_at", sa.DateTime(timezone=True),
                                      nullable=True))
    op.create_index("ix_tokens_previous_key_hash", "tokens", ["previous_key_hash"])

    policy = op.create_table(
        "token_policy",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("max_lifetime_days", sa.Integer, nullable=True),
        sa.Column("require_expiry", sa.Boolean, nullable=False),
        sa.Column("require_ip_restriction", sa.Boolean, nullable=False),
        sa.Column("default_lifetime_days", sa.Integer, nullable=False),
        sa.Column("warn_before_days", sa.Integer, nullable=False),
        # One policy for the service: a second row would make "the" policy ambiguous.
        sa.CheckConstraint("id = 1", name="ck_token_policy_single_row"),
    )
    op.bulk_insert(policy, [{"id": 1, "max_lifetime_days": None, "require_expiry": False,
                             "require_ip_restriction": False, "default_lifetime_days": 90,
                             "warn_before_days": 14}])


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above: no table copy. The
    # index goes first: SQLite refuses to drop an indexed column.
    op.drop_table("token_policy")
    op.drop_index("ix_tokens_previous_key_hash", "tokens")
    for column in ("previous_key_expires_at", "previous_key_hash", "created_by",
                   "suspended_reason", "status", "owner", "description", "name"):
        op.execute(f"ALTER TABLE tokens DROP COLUMN {column}")
