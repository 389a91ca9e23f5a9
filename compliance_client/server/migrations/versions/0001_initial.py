"""Initial schema: tokens, devices, audit log, failed-authentication throttle.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def _ts(name: str, nullable: bool = True) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("organization_name", sa.String(200), nullable=False),
        sa.Column("organization_id", sa.String(64), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("key_prefix", sa.String(12), nullable=False),
        sa.Column("allowed_endpoints", _JSON, nullable=False),
        sa.Column("blocked_endpoints", _JSON, nullable=False),
        sa.Column("allowed_ips", _JSON, nullable=False),
        sa.Column("blocked_ips", _JSON, nullable=False),
        _ts("expires_at"),
        _ts("created_at", nullable=False),
        _ts("updated_at", nullable=False),
        _ts("last_used_at"),
        sa.Column("last_used_ip", sa.String(45)),
        sa.Column("version", sa.Integer, nullable=False),
    )
    # Sort orders of tokens.list, each ending in id; NULL dates sort last on both backends.
    op.create_index("ix_tokens_org_name", "tokens", [sa.text("lower(organization_name)"), "id"])
    op.create_index("ix_tokens_org_id", "tokens", ["organization_id", "id"])
    op.create_index("ix_tokens_key_prefix", "tokens", ["key_prefix", "id"])
    op.create_index("ix_tokens_expires_at", "tokens",
                    [sa.text("(expires_at IS NULL)"), "expires_at", "id"])
    op.create_index("ix_tokens_created_at", "tokens", ["created_at", "id"])
    op.create_index("ix_tokens_last_used_at", "tokens",
                    [sa.text("(last_used_at IS NULL)"), "last_used_at", "id"])

    op.create_table(
        "devices",
        sa.Column("organization_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(128), primary_key=True),
        sa.Column("hostname", sa.String(255), nullable=False),
        sa.Column("profile_name", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _ts("registered_at", nullable=False),
        _ts("disabled_at"),
        _ts("last_seen_at"),
    )

    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _ts("at", nullable=False),
        sa.Column("token_id", sa.Integer),
        sa.Column("key_prefix", sa.String(12), nullable=False),
        sa.Column("address", sa.String(45), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("changes", _JSON, nullable=False),
    )

    op.create_table(
        "auth_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("address", sa.String(45), nullable=False),
        _ts("at", nullable=False),
    )
    op.create_index("ix_auth_failures_address_at", "auth_failures", ["address", "at"])
    op.create_index("ix_auth_failures_at", "auth_failures", ["at"])

    op.create_table(
        "auth_blocks",
        sa.Column("address", sa.String(45), primary_key=True),
        _ts("until", nullable=False),
    )


def downgrade() -> None:
    for table in ("auth_blocks", "auth_failures", "audit", "devices", "tokens"):
        op.drop_table(table)
