"""The WHERE terms and the page query of ``tokens.list``: the server-side search, the §11
filters, and one page of rows with the filtered total.

Kept apart from the route (routes_tokens.list_tokens) so that what makes a search fast over
many tokens (the indexes of migrations 0002 and 0006, and the planner hints below) lives in
one place, beside the SQL it serves.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BinaryExpression,
    BindParameter,
    Boolean,
    False_,
    LargeBinary,
    Null,
    String,
    and_,
    cast,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BooleanClauseList, True_

from ..domain.filters import StatusFilter, TokenFilter
from ..domain.tokens import STATUS_ACTIVE, STATUS_SUSPENDED
from .db import Database
from .models import TokenRow, bound_to

_SEARCHED = (TokenRow.organization_name, TokenRow.organization_id, TokenRow.key_prefix,
             TokenRow.name, TokenRow.owner)


_FTS = table("tokens_search", column("rowid"))
# PostgreSQL's token counts by organization, scope, status and unrestricted, kept by the
# triggers of migration 0008.
_COUNTED = ("organization_id", "scope", "status", "unrestricted")
_COUNTS = table("token_counts", *(column(name) for name in _COUNTED[:3]),
                column("unrestricted", Boolean), column("tokens"))
# Exactly the expression of PostgreSQL's search index (migration 0006's SEARCH_TEXT), so that
# the planner matches the two.
_PG_SEARCH_TEXT = literal_column(
    "lower(tokens.organization_name || chr(1) || tokens.organization_id || chr(1) || "
    "tokens.key_prefix || chr(1) || tokens.name || chr(1) || tokens.owner)", String)


def search_term(db: Database, text: str) -> Any:
    """Case-insensitive substring match on the searched columns (organization name and ID,
    key prefix, name, owner), folding all of Unicode.

    On SQLite a needle of three characters or more is looked up in the trigram index
    (migrations 0002 and 0006): a phrase of its trigrams matches exactly the rows holding it. A
    shorter needle has no trigram, so it scans: SQLite's own LIKE folds ASCII case, which
    gives the same answer wherever a value is pure ASCII; only values holding other
    characters (their length in characters differs from their length in bytes, a native
    test much cheaper than a GLOB class) go through Python's ``lower`` as ``py_lower``.
    On PostgreSQL one ``LIKE`` on the five columns joined by chr(1) is what the pg_trgm index
    of migration 0006 serves (a needle holds no control character, so it never matches
    across two columns).
    """
    lower = db.lower_function()
    needle = text.lower()
    if not db.is_sqlite:
        return _PG_SEARCH_TEXT.contains(needle, autoescape=True)
    if len(text) >= 3 and db.has_fts_search:
        phrase = '"' + text.replace('"', '""') + '"'
        return TokenRow.id.in_(select(_FTS.c.rowid)
                               .where(literal_column("tokens_search").op("MATCH")(phrase)))
    return or_(*(
        or_(col.contains(needle, autoescape=True),
            and_(func.length(col) != func.length(cast(col, LargeBinary)),
                 lower(col).contains(needle, autoescape=True)))
        for col in _SEARCHED))


def filter_terms(db: Database, f: TokenFilter, now: datetime, warn_before_days: int
                 ) -> list[Any]:
    """WHERE terms of tokens.list's filters (DESIGN §11), all but ``q``: the SQL of
    domain.filters.token_matches (tests hold the two together). Each is served by an index
    of migration 0006 (ARCHITECTURE §12): ``status`` by (status, id, expires_at), the expiry
    ones by expires_at, ``unused_days`` by last_used_at (its IS NULL half too), and
    ``unrestricted`` by the generated column's (unrestricted, id)."""
    terms: list[Any] = []
    if f.status == StatusFilter.ACTIVE:
        terms += [TokenRow.status == STATUS_ACTIVE,
                  or_(TokenRow.expires_at.is_(None), TokenRow.expires_at > now)]
    elif f.status == StatusFilter.SUSPENDED:
        terms.append(TokenRow.status == STATUS_SUSPENDED)
    elif f.status == StatusFilter.EXPIRED:
        terms.append(_few(db, TokenRow.expires_at <= now))
    elif f.status == StatusFilter.EXPIRING:
        days = warn_before_days if f.expiring_within_days is None else f.expiring_within_days
        terms.append(_few(db, and_(TokenRow.expires_at > now,
                                   TokenRow.expires_at <= now + timedelta(days=days))))
    if f.unused_days is not None:
        # "Never, or before": the shape page_of_tokens counts in two ranges on PostgreSQL.
        terms.append(_few(db, or_(TokenRow.last_used_at.is_(None),
                                  TokenRow.last_used_at <= now - timedelta(days=f.unused_days))))
    if f.unrestricted is not None:
        terms.append(TokenRow.unrestricted == f.unrestricted)
    if f.organization_id:
        terms.append(TokenRow.organization_id == f.organization_id)
    if f.bound_device:
        terms.append(bound_to(f.bound_device, postgres=db.is_postgres))
    return terms


def _few(db: Database, term: Any) -> Any:
    """SQLite plans without statistics and takes a range for unselective: to serve ORDER BY
    id LIMIT it would walk the whole table in id order, filtering. These filters pick few
    tokens of many (that is what the chips are for), so say so: likelihood() is a planner
    hint that costs nothing at run time, and the range's index is used."""
    return func.likelihood(term, literal_column("0.001")) if db.is_sqlite else term


def page_of_tokens(session: Session, where: Sequence[Any], order: Sequence[Any], offset: int,
                   limit: int) -> tuple[Sequence[TokenRow], int]:
    """One page of the tokens matching ``where`` in ``order``, and how many match in all
    (exactly: DESIGN §4's ``total``)."""
    rows = session.scalars(select(TokenRow).where(*where).order_by(*order)
                           .offset(offset).limit(limit)).all()
    if 0 < len(rows) < limit or (not rows and offset == 0):
        # The page holds the end of the list, so it tells the total: a search is then not
        # run a second time to count.
        return rows, offset + len(rows)
    # int(): PostgreSQL's sum of bigints is a numeric (a Decimal here).
    postgres = session.get_bind().dialect.name == "postgresql"
    return rows, int(session.scalar(_count(where, postgres=postgres)) or 0)


def _count(where: Sequence[Any], *, postgres: bool) -> Any:
    """The statement counting the tokens that match ``where``.

    On PostgreSQL (ARCHITECTURE §12, bench/scale.py at 1,000,000 tokens):
    - terms that all compare organization, scope, status or unrestricted with a value (the
      unfiltered list, the grid's first question; an organization's view; ``status=suspended``,
      ``unrestricted``, ``organization_id``): the sum of the matching rows of migration 0008's
      ``token_counts``, kept by triggers, instead of counting up to every token;
    - those and one "``col`` IS NULL OR ``col`` after a value" (``status=active``: never
      expires, or later): that sum less the count of "``col`` at or before the value" (the
      expired ones: a range of ix_tokens_status_expiry), instead of counting the many that
      remain;
    - a term "``col`` IS NULL OR ``col`` before a value" (``unused_days``): the sum of one
      count per half. The NULLs sit at the far end of ``col``'s index from the early values,
      so one scan reads every entry between them (the whole index, 130 ms); two range scans
      read only the matches (40 ms).
    """
    counted = select(func.count()).select_from(TokenRow)
    if not postgres:
        return counted.where(*where)
    known = [_counted_column(term) for term in where]
    if all(k is not None for k in known):
        return select(func.coalesce(func.sum(_COUNTS.c.tokens), 0)).where(
            *(_COUNTS.c[name] == value for name, value in filter(None, known)))
    others = [term for term, k in zip(where, known, strict=True) if k is None]
    if len(others) == 1 and (after := _never_or_after(others[0])) is not None:
        by_counts = select(func.coalesce(func.sum(_COUNTS.c.tokens), 0)).where(
            *(_COUNTS.c[name] == value for name, value in filter(None, known)))
        not_after = counted.where(*(t for t in where if t is not others[0]), after)
        return select(by_counts.scalar_subquery() - not_after.scalar_subquery())
    branches: list[list[Any]] = [[]]
    for term in where:
        halves = _never_or_before(term)
        if halves is None:
            for branch in branches:
                branch.append(term)
        else:
            # Disjoint halves (a comparison is never true of NULL): their counts add up.
            branches = [[*branch, half] for branch in branches for half in halves]
    if len(branches) == 1:
        return counted.where(*where)
    total: Any = None
    for branch in branches:
        count = counted.where(*branch).scalar_subquery()
        total = count if total is None else total + count
    return select(total)


def _counted_column(term: Any) -> tuple[str, Any] | None:
    """(column, value) of a term ``tokens.<column> = value`` on a column token_counts counts
    by, else None."""
    if not (isinstance(term, BinaryExpression) and term.operator is operators.eq
            and getattr(term.left, "table", None) is TokenRow.__table__
            and getattr(term.left, "name", None) in _COUNTED):
        return None
    value = term.right
    if isinstance(value, BindParameter):
        return term.left.name, value.effective_value
    if isinstance(value, (True_, False_)):
        return term.left.name, isinstance(value, True_)
    return None


def _never_or_after(term: Any) -> Any:
    """``col <= v`` (or ``< v``) for a term ``col IS NULL OR col > v`` (or ``>= v``): the rows
    it leaves out; else None."""
    halves = _never_or(term)
    if halves is None:
        return None
    _never, after = halves
    if after.operator is operators.gt:
        return after.left <= after.right
    if after.operator is operators.ge:
        return after.left < after.right
    return None


def _never_or_before(term: Any) -> tuple[Any, Any] | None:
    """(``col IS NULL``, ``col < v``) of a term ``col IS NULL OR col < v`` (or ``<=``), else
    None."""
    halves = _never_or(term)
    if halves is None or halves[1].operator not in (operators.lt, operators.le):
        return None
    return halves


def _never_or(term: Any) -> tuple[Any, Any] | None:
    """(``col IS NULL``, the comparison) of a term ``col IS NULL OR col <op> v``, else None."""
    if not (isinstance(term, BooleanClauseList) and term.operator is operators.or_
            and len(term.clauses) == 2):
        return None
    never, other = term.clauses
    if not (isinstance(never, BinaryExpression) and never.operator is operators.is_
            and isinstance(never.right, Null) and isinstance(other, BinaryExpression)
            and other.left.compare(never.left)):
        return None
    return never, other
