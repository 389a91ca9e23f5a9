"""Enrollment codes (DESIGN §13): ``enrollments``.

One row per code made by ``enrollments.create``. The code itself is never stored: only its
SHA-256 (``code_hash``, hashed like a key's ``key_hash``; unique, the redeem looks it up) and
its first 12 characters (``code_prefix``, ``cce_`` and 8 more, public like a key's prefix: what
logs and the audit log name a code by). ``template`` is the JSON text of the validated fields
of the token each use creates (the ``tokens.create`` fields, without ``bound_devices``: a
redeemed token is bound to the device that redeemed it). ``uses`` is how many uses the code
was made with, ``uses_left`` how many remain; ``created_by`` the creating token's id (no FK:
the record outlives the token, which the redeem checks is still there and active).

Revision ID: 0007_enrollments
Revises: 0006_admin_hygiene
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_enrollments"
down_revision = "0006_admin_hygiene"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrollments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("organization_id", sa.String(64), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("code_prefix", sa.String(12), nullable=False),
        sa.Column("template", sa.Text, nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uses_left", sa.Integer, nullable=False),
        sa.Column("uses", sa.Integer, nullable=False),
        sa.Column("created_by", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("code_hash", name="uq_enrollments_code_hash"),
    )
    op.create_index("ix_enrollments_organization_id", "enrollments", ["organization_id", "id"])


def downgrade() -> None:
    op.drop_table("enrollments")
