"""tokens.list over a million tokens on PostgreSQL (issue 20): what makes its exact ``total``
and its filters cheap there (bench/scale.py; ARCHITECTURE §12).

- ``token_counts``: how many tokens there are of each organization, scope, status and
  ``unrestricted``, kept by triggers on ``tokens`` (statement-level ones with transition
  tables for INSERT and DELETE, so a bulk insert is one grouped upsert; a row-level one for an
  UPDATE that changes one of the four; TRUNCATE empties it), so every writer keeps it right.
  A list whose terms all compare those columns (the unfiltered list, what the grid asks
  first; ``status``, ``unrestricted``, ``organization_id``, an organization's own view) sums
  a few of its rows instead of counting up to a million (45 to 200 ms on a busy 2-core
  machine; at 45 ms the grid's first rows took twice as long at 1,000,000 as at 100,000).
  Writers of one organization wait for each other at its counter rows until commit; tokens
  are written one at a time by people, so that is never a queue.
- ``ix_tokens_bound_devices``: GIN (``jsonb_path_ops``) on ``bound_devices``, which the
  ``bound_device`` filter's ``@>`` uses (without it: a sequential scan, 220 ms).
- ``ix_tokens_status_expiry`` (status, expires_at): ``status=active`` (active and not expired)
  is counted as the active ones of ``token_counts`` less the active expired ones, one range
  of this index (0006's (status, id, expires_at), kept for the page in id order, has to
  filter each of its entries: 280 ms to count the 855,000 active ones directly).

SQLite gets none of it: it plans without statistics, by rules that these indexes could only
lead astray, and bench/filters.py shows it within the goal at 100,000 tokens as it is.

The indexes are made with plain CREATE INDEX inside the migration's transaction (CREATE INDEX
CONCURRENTLY cannot run in one), and the triggers and the first count in the same one: writes
to ``tokens`` wait (reads do not) until the upgrade commits, 6 s over a million tokens here,
longer on a bigger or busier database. Upgrade at a quiet time, or create the indexes
CONCURRENTLY by hand beforehand under the same names: the upgrade then skips them (IF NOT
EXISTS) and holds writes only for the count.

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
)
# What token_counts counts by: every column a list's visibility (organization, scope) or a
# filter (status, unrestricted) compares for equality.
_DIMENSIONS = "organization_id, scope, status, unrestricted"
_ADD = (f"INSERT INTO token_counts ({_DIMENSIONS}, tokens) {{rows}} "
        f"ON CONFLICT ({_DIMENSIONS}) DO UPDATE SET tokens = token_counts.tokens + "
        "EXCLUDED.tokens")
_FUNCTIONS = {
    # In key order, so that two writers take the counter rows they share in the same order
    # instead of each waiting for the other.
    "token_counts_inserted": _ADD.format(
        rows=f"SELECT {_DIMENSIONS}, count(*) FROM new_tokens GROUP BY 1, 2, 3, 4 "
             "ORDER BY 1, 2, 3, 4") + ";",
    "token_counts_deleted": _ADD.format(
        rows=f"SELECT {_DIMENSIONS}, -count(*) FROM old_tokens GROUP BY 1, 2, 3, 4 "
             "ORDER BY 1, 2, 3, 4") + ";",
    "token_counts_changed": _ADD.format(
        rows="SELECT * FROM (VALUES (OLD.organization_id, OLD.scope, OLD.status, "
             "OLD.unrestricted, -1), (NEW.organization_id, NEW.scope, NEW.status, "
             "NEW.unrestricted, 1)) AS change ORDER BY 1, 2, 3, 4") + ";",
    "token_counts_truncated": "DELETE FROM token_counts;",
}
_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in _DIMENSIONS.split(", "))
_TRIGGERS = (
    ("token_counts_insert", "AFTER INSERT ON tokens REFERENCING NEW TABLE AS new_tokens "
                            "FOR EACH STATEMENT", "token_counts_inserted"),
    ("token_counts_delete", "AFTER DELETE ON tokens REFERENCING OLD TABLE AS old_tokens "
                            "FOR EACH STATEMENT", "token_counts_deleted"),
    # Per row, but only for the rows whose counted columns change (suspend, resume, a move,
    # an edit of the allowed lists): the WHEN is all the last_used_at updates ever cost.
    ("token_counts_change", f"AFTER UPDATE ON tokens FOR EACH ROW WHEN ({_CHANGED})",
     "token_counts_changed"),
    ("token_counts_truncate", "AFTER TRUNCATE ON tokens FOR EACH STATEMENT",
     "token_counts_truncated"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, how in _INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON tokens {how}")
    op.execute("CREATE TABLE token_counts (organization_id VARCHAR(64) NOT NULL, "
               "scope VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL, "
               "unrestricted BOOLEAN NOT NULL, tokens BIGINT NOT NULL, "
               f"PRIMARY KEY ({_DIMENSIONS}))")
    for function, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS "
                   f"$$ BEGIN {body} RETURN NULL; END $$")
    # The triggers before the first count: creating one locks out writers to tokens until
    # this transaction commits, so no token is written between the count and the triggers.
    for trigger, when, function in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {trigger} {when} EXECUTE FUNCTION {function}()")
    op.execute(f"INSERT INTO token_counts ({_DIMENSIONS}, tokens) "
               f"SELECT {_DIMENSIONS}, count(*) FROM tokens GROUP BY 1, 2, 3, 4")


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
