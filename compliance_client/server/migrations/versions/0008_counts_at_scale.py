"""tokens.list over a million tokens on PostgreSQL (issue 20): what makes its exact ``total``
and its filters cheap there (bench/scale.py; ARCHITECTURE §12).

- ``token_counts``: how many tokens each organization has, kept by triggers on ``tokens``
  (statement-level ones with transition tables for INSERT and DELETE, so a bulk insert is one
  grouped upsert; a row-level one for an UPDATE that moves a token to another organization;
  TRUNCATE empties it), so every writer keeps it right. The unfiltered list of a global
  caller (what the grid asks first) sums it instead of counting a million rows (45 ms, and
  the grid's first rows would take twice as long at 1,000,000 as at 100,000). Rows of
  concurrent writers of one organization wait for each other at the counter row until
  commit; tokens are written one at a time by people, so that is never a queue.
- ``ix_tokens_bound_devices``: GIN (``jsonb_path_ops``) on ``bound_devices``, which the
  ``bound_device`` filter's ``@>`` uses (without it: a sequential scan, 220 ms).
- ``ix_tokens_status_expiry`` (status, expires_at): ``status=active`` (active and not expired)
  is then one range of an index-only scan (0006's (status, id, expires_at), kept for the page
  in id order, has to filter each of its entries: 280 ms to count 855,000).
- ``ix_tokens_unrestricted_flag`` (unrestricted) alone: B-tree deduplication stores each value
  once with its list of rows, so counting ``unrestricted=false`` (90 % of the tokens) reads a
  few MB instead of 0006's (unrestricted, id), unique per row.

SQLite gets none of it: it plans without statistics, by rules that these indexes could only
lead astray, and bench/filters.py shows it within the goal at 100,000 tokens as it is.

The indexes are made with plain CREATE INDEX inside the migration's transaction (CREATE INDEX
CONCURRENTLY cannot run in one): on a large deployment, writes to ``tokens`` wait while they
are built (about a minute for the GIN index over a million tokens here), so upgrade at a
quiet time, or create them CONCURRENTLY by hand beforehand under the same names: the upgrade
then skips them (IF NOT EXISTS).

Revision ID: 0008_counts_at_scale
Revises: 0007_enrollments
"""

from __future__ import annotations

from alembic import op

revision = "0008_counts_at_scale"
down_revision = "0007_enrollments"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_tokens_bound_devices", "USING gin (bound_devices jsonb_path_ops)"),
    ("ix_tokens_status_expiry", "(status, expires_at)"),
    ("ix_tokens_unrestricted_flag", "(unrestricted)"),
)
_ADD = ("INSERT INTO token_counts (organization_id, tokens) {rows} "
        "ON CONFLICT (organization_id) DO UPDATE SET tokens = token_counts.tokens + "
        "EXCLUDED.tokens")
_FUNCTIONS = {
    # In organization order, so that two bulk writers take the counter rows they share in
    # the same order instead of each waiting for the other.
    "token_counts_inserted": _ADD.format(
        rows="SELECT organization_id, count(*) FROM new_tokens GROUP BY 1 ORDER BY 1") + ";",
    "token_counts_deleted": _ADD.format(
        rows="SELECT organization_id, -count(*) FROM old_tokens GROUP BY 1 ORDER BY 1") + ";",
    "token_counts_moved": (
        _ADD.format(rows="VALUES (OLD.organization_id, -1)") + "; "
        + _ADD.format(rows="VALUES (NEW.organization_id, 1)") + ";"),
    "token_counts_truncated": "DELETE FROM token_counts;",
}
_TRIGGERS = (
    ("token_counts_insert", "AFTER INSERT ON tokens REFERENCING NEW TABLE AS new_tokens "
                            "FOR EACH STATEMENT", "token_counts_inserted"),
    ("token_counts_delete", "AFTER DELETE ON tokens REFERENCING OLD TABLE AS old_tokens "
                            "FOR EACH STATEMENT", "token_counts_deleted"),
    ("token_counts_move", "AFTER UPDATE OF organization_id ON tokens FOR EACH ROW "
                          "WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id)",
     "token_counts_moved"),
    ("token_counts_truncate", "AFTER TRUNCATE ON tokens FOR EACH STATEMENT",
     "token_counts_truncated"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, how in _INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON tokens {how}")
    op.execute("CREATE TABLE token_counts (organization_id VARCHAR(64) PRIMARY KEY, "
               "tokens BIGINT NOT NULL)")
    for function, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS "
                   f"$$ BEGIN {body} RETURN NULL; END $$")
    # The triggers before the first count: creating one locks out writers to tokens until
    # this transaction commits, so no token is written between the count and the triggers.
    for trigger, when, function in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {trigger} {when} EXECUTE FUNCTION {function}()")
    op.execute("INSERT INTO token_counts (organization_id, tokens) "
               "SELECT organization_id, count(*) FROM tokens GROUP BY 1")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger, _when, _function in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON tokens")
    for function in _FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.execute("DROP TABLE IF EXISTS token_counts")
    for name, _how in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
