"""Device keys and device-bound tokens (DESIGN §9).

- ``devices.public_key``: the device's public JWK as JSON text (only ``kty``, ``crv``, ``x``),
  null for a device registered without a key; ``devices.key_thumbprint``: its RFC 7638
  thumbprint, indexed because every signed request looks its devices up by it.
- ``devices.registered_by``: the token that first registered the device, the one (besides an
  administrator) allowed to give a keyless device its key. Filled from the audit log's first
  ``devices.register`` entry for the device in its organization; null where none is left.
- ``tokens.bound_devices``: the device IDs whose proof the token needs (empty: unbound).

Plain ADD COLUMN throughout (SQLite has it): a batch copy of ``tokens`` would have to reflect,
and could drop, the expression index on lower(organization_name) and the search triggers.

Revision ID: 0004_device_keys
Revises: 0003_tenants_and_throttle
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0004_device_keys"
down_revision = "0003_tenants_and_throttle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("public_key", sa.Text, nullable=True))
    op.add_column("devices", sa.Column("key_thumbprint", sa.String(43), nullable=True))
    op.add_column("devices", sa.Column("registered_by", sa.Integer, nullable=True))
    op.create_index("ix_devices_key_thumbprint", "devices", ["key_thumbprint"])
    op.execute(
        "UPDATE devices SET registered_by = (SELECT a.token_id FROM audit a"
        " WHERE a.action = 'devices.register'"
        " AND a.target = 'device:' || devices.device_id"
        " AND a.target_org = devices.organization_id"
        " ORDER BY a.id LIMIT 1)")
    op.add_column("tokens", sa.Column(
        "bound_devices", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=False,
        server_default=sa.text("'[]'")))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above: no table copy.
    op.drop_index("ix_devices_key_thumbprint", "devices")
    for table, column in (("tokens", "bound_devices"), ("devices", "registered_by"),
                          ("devices", "key_thumbprint"), ("devices", "public_key")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
