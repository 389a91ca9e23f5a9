"""Organizations as tenants (ARCHITECTURE §7) and an atomic failed-authentication throttle (§12).

- ``tokens.scope``: "global" or "organization". Existing tokens become "organization",
  except those issued on the server's own machine (``serve``'s first token and
  ``admin-token``: their creation is audited with no actor), which become "global".
- ``audit.actor_org`` / ``audit.target_org``: the organizations an entry belongs to, so that
  an organization-scoped caller reads only its own. Filled from the tokens that still exist;
  a device's organization is its registering token's.
- ``auth_throttle`` replaces ``auth_failures`` and ``auth_blocks``: one row per address (or
  IPv6 /64) holding its failure count in the current window and its block, changed with one
  ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` so that parallel failures are counted
  exactly, on SQLite and PostgreSQL, across processes.

Revision ID: 0003_tenants_and_throttle
Revises: 0002_token_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_tenants_and_throttle"
down_revision = "0002_token_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): a batch copy of the table would have to reflect, and
    # could drop, the expression index on lower(organization_name).
    op.add_column("tokens", sa.Column("scope", sa.String(16), nullable=False,
                                      server_default="organization"))
    op.execute(
        "UPDATE tokens SET scope = 'global' WHERE id IN ("
        " SELECT t.id FROM tokens t JOIN audit a ON a.target = 'token:' || t.id"
        " WHERE a.action = 'tokens.create' AND a.token_id IS NULL)")

    op.add_column("audit", sa.Column("actor_org", sa.String(64), nullable=True))
    op.add_column("audit", sa.Column("target_org", sa.String(64), nullable=True))
    op.execute(
        "UPDATE audit SET actor_org = (SELECT t.organization_id FROM tokens t"
        " WHERE t.id = audit.token_id AND t.scope = 'organization')")
    op.execute(
        "UPDATE audit SET target_org = (SELECT t.organization_id FROM tokens t"
        " WHERE 'token:' || t.id = audit.target AND t.scope = 'organization')"
        " WHERE target LIKE 'token:%'")
    op.execute(
        "UPDATE audit SET target_org = (SELECT t.organization_id FROM tokens t"
        " WHERE t.id = audit.token_id) WHERE target LIKE 'device:%'")
    op.create_index("ix_audit_actor_org", "audit", ["actor_org", "id"])
    op.create_index("ix_audit_target_org", "audit", ["target_org", "id"])

    op.create_table(
        "auth_throttle",
        sa.Column("address", sa.String(64), primary_key=True),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("blocked_until", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_auth_throttle_window_start", "auth_throttle", ["window_start"])
    op.drop_table("auth_failures")
    op.drop_table("auth_blocks")


def downgrade() -> None:
    op.create_table(
        "auth_blocks",
        sa.Column("address", sa.String(45), primary_key=True),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "auth_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("address", sa.String(45), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_auth_failures_address_at", "auth_failures", ["address", "at"])
    op.create_index("ix_auth_failures_at", "auth_failures", ["at"])
    op.drop_table("auth_throttle")
    op.drop_index("ix_audit_target_org", "audit")
    op.drop_index("ix_audit_actor_org", "audit")
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("target_org")
        batch.drop_column("actor_org")
    with op.batch_alter_table("tokens") as batch:
        batch.drop_column("scope")
