"""CSV exports (ARCHITECTURE §12) and the token filter as plain Python (§12)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from compliance_client.domain.csv_export import (
    BOM,
    TOKEN_COLUMNS,
    cell,
    read_csv,
    token_row,
    write_csv,
)
from compliance_client.domain.filters import TokenFilter, token_matches
from compliance_client.domain.tokens import Token

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def token(**fields: object) -> Token:
    base: dict[str, object] = {"id": 1, "organization_name": "Acme", "organization_id": "acme",
                               "key_prefix": "cct_Ab12Cd34"}
    return Token(**{**base, **fields})  # type: ignore[arg-type]


def test_a_round_trip_keeps_unicode_commas_quotes_and_line_breaks() -> None:
    tricky = token(organization_name='Müller, "Söhne" & Co — 東京',
                   description="first line\nsecond, with comma", allowed_ips=("10.0.0.0/8",
                                                                                "::1"))
    stream = io.StringIO(newline="")
    assert write_csv(stream, TOKEN_COLUMNS, [token_row(tricky)]) == 1
    text = stream.getvalue()
    assert text.startswith(BOM)  # Excel reads UTF-8 only with it
    (row,) = read_csv(io.StringIO(text, newline=""))
    assert row["organization_name"] == 'Müller, "Söhne" & Co — 東京'
    assert row["description"] == "first line\nsecond, with comma"
    assert row["allowed_ips"] == "10.0.0.0/8; ::1"
    assert row["expires_at"] == "" and row["status"] == "active"


def test_a_cell_a_spreadsheet_would_run_is_defused() -> None:
    assert cell('=HYPERLINK("http://evil","x")') == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert cell("+1+1") == "'+1+1" and cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell("-5") == "-5"  # a negative number stays a number
    assert cell(None) == "" and cell(["a", "b"]) == "a; b" and cell(True) == "true"


def test_token_matches_each_filter() -> None:
    soon = token(expires_at=NOW + timedelta(days=3))
    later = token(expires_at=NOW + timedelta(days=60))
    expired = token(expires_at=NOW - timedelta(seconds=1))
    suspended = token(status="suspended", suspended_reason="admin")
    used = token(last_used_at=NOW - timedelta(days=10), allowed_ips=("10.0.0.0/8",))
    assert token_matches(soon, TokenFilter(status="expiring"), NOW)
    assert not token_matches(later, TokenFilter(status="expiring"), NOW)
    assert token_matches(later, TokenFilter(status="expiring", expiring_within_days=90), NOW)
    assert token_matches(expired, TokenFilter(status="expired"), NOW)
    assert not token_matches(expired, TokenFilter(status="active"), NOW)
    assert token_matches(suspended, TokenFilter(status="suspended"), NOW)
    assert not token_matches(suspended, TokenFilter(status="active"), NOW)
    assert token_matches(soon, TokenFilter(unused_days=90), NOW)  # never used
    assert not token_matches(used, TokenFilter(unused_days=30), NOW)
    assert token_matches(used, TokenFilter(unused_days=10), NOW)
    assert token_matches(soon, TokenFilter(unrestricted=True), NOW)
    assert not token_matches(used, TokenFilter(unrestricted=True), NOW)
    assert TokenFilter(status="expiring", unrestricted=True, q="x").to_query() == {
        "q": "x", "status": "expiring", "unrestricted": "true"}
