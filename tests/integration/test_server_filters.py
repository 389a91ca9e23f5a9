"""tokens.list's filters (DESIGN §11) against the real server on SQLite and PostgreSQL: each
filter agrees with domain.filters.token_matches (the meaning the clients show), combines with
q, sort, paging and the organization view, counts its total, and refuses bad values naming
the parameter; q finds name and owner; the filters use indexes, not a scan of the table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from compliance_client.domain.filters import TokenFilter, token_matches
from compliance_client.domain.tokens import Token
from compliance_client.server.schemas import TokenPageOut

from ..helpers.live_server import LiveServer, assert_error

NOW = datetime.now(UTC)


def _iso(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _list(server: LiveServer, key: Any = None, **query: Any) -> dict[str, Any]:
    kwargs = {} if key is None else {"key": key}
    r = server.call("GET", "/tokens", params={"limit": 500, **query}, **kwargs)
    assert r.status_code == 200, r.text
    TokenPageOut.model_validate(r.json())
    return r.json()


def _ids(page: dict[str, Any]) -> list[int]:
    return [t["id"] for t in page["items"]]


@pytest.fixture
def fleet(live_server: LiveServer) -> dict[str, dict[str, Any]]:
    """Tokens of two organizations that between them meet every filter: by name."""
    s = live_server
    acme = s.create_token(organization_id="acme", name="Acme reporter",
                          allowed_endpoints=["tokens.*", "devices.*", "audit.read"])
    r = s.call("POST", "/devices", key=acme["key"],
               json={"device_id": "pc-7", "hostname": "pc7", "profile_name": "p"})
    assert r.status_code == 201, r.text
    made = {
        "acme": acme,
        "open": s.create_token(organization_id="acme", name="Nightly backup", owner="Alice"),
        "soon": s.create_token(organization_id="acme", name="Soon", owner="Bob",
                               allowed_ips=["10.0.0.0/8"],
                               expires_at=_iso(NOW + timedelta(days=5))),
        "month": s.create_token(organization_id="acme", name="Month", owner="Carol",
                                allowed_endpoints=["tokens.self"],
                                expires_at=_iso(NOW + timedelta(days=25))),
        "far": s.create_token(organization_id="ops", organization_name="Ops", name="Far",
                              owner="Ålice Ünicode", expires_at=_iso(NOW + timedelta(days=400))),
        "gone": s.create_token(organization_id="ops", organization_name="Ops", name="Expired",
                               allowed_endpoints=["tokens.self"]),
        "paused": s.create_token(organization_id="acme", name="Paused", owner="Dave"),
        "bound": s.create_token(organization_id="acme", name="Bound", bound_devices=["pc-7"],
                                allowed_endpoints=["tokens.self"]),
        "old_use": s.create_token(organization_id="ops", organization_name="Ops",
                                  name="Old use", allowed_ips=["127.0.0.1"]),
    }
    s.set_expiry(made["gone"]["id"], NOW - timedelta(days=2))
    assert s.call("POST", f"/tokens/{made['paused']['id']}/suspend").status_code == 200
    s.set_last_used(made["old_use"]["id"], NOW - timedelta(days=100), "10.1.1.1")
    s.set_last_used(made["month"]["id"], NOW - timedelta(days=3), "10.1.1.2")
    return made


def _all(server: LiveServer) -> list[Token]:
    return [Token.from_json(t) for t in _list(server)["items"]]


CASES = [
    TokenFilter(status="active"),
    TokenFilter(status="suspended"),
    TokenFilter(status="expired"),
    TokenFilter(status="expiring"),
    TokenFilter(status="expiring", expiring_within_days=30),
    TokenFilter(status="expiring", expiring_within_days=0),
    TokenFilter(unused_days=90),
    TokenFilter(unused_days=1),
    TokenFilter(unrestricted=True),
    TokenFilter(unrestricted=False),
    TokenFilter(organization_id="ops"),
    TokenFilter(bound_device="pc-7"),
    TokenFilter(status="active", unrestricted=True, organization_id="acme"),
    TokenFilter(status="expiring", expiring_within_days=30, unused_days=90),
]


def test_each_filter_agrees_with_the_domain_meaning(
        live_server: LiveServer, fleet: dict[str, dict[str, Any]]) -> None:
    tokens = _all(live_server)
    assert len(tokens) == len(fleet) + 1  # and the bootstrap admin
    for f in CASES:
        page = _list(live_server, **f.to_query())
        expected = [t.id for t in tokens if token_matches(t, f, NOW)]
        assert _ids(page) == expected, f
        assert page["total"] == len(expected), f
    # The cases are not vacuous: each picks some tokens and leaves others out.
    by_id = {t["id"]: name for name, t in fleet.items()}
    named = {f: {by_id.get(i, "admin") for i in _ids(_list(live_server, **f.to_query()))}
             for f in CASES[:12]}
    assert named[TokenFilter(status="suspended")] == {"paused"}
    assert named[TokenFilter(status="expired")] == {"gone"}
    assert named[TokenFilter(status="expiring")] == {"soon"}  # the policy's 14 days
    assert named[TokenFilter(status="expiring", expiring_within_days=30)] == {"soon", "month"}
    assert named[TokenFilter(unrestricted=True)] == {"admin", "open", "far", "paused"}
    assert named[TokenFilter(bound_device="pc-7")] == {"bound"}
    assert {"old_use", "open"} <= named[TokenFilter(unused_days=90)]
    assert "month" not in named[TokenFilter(unused_days=90)]  # used 3 days ago
    assert "month" in named[TokenFilter(unused_days=1)]
    assert "acme" not in named[TokenFilter(unused_days=1)]  # used just now


def test_totals_are_counted_exactly_past_the_first_page(
        live_server: LiveServer, fleet: dict[str, dict[str, Any]]) -> None:
    """A page shorter than the list makes the server count: each filter's total, and the
    unfiltered one (on PostgreSQL the sum of migration 0008's per-organization counts, kept
    by triggers), still equal the matching tokens after creating, moving and deleting."""
    tokens = _all(live_server)
    for f in CASES:
        expected = [t.id for t in tokens if token_matches(t, f, NOW)]
        page = _list(live_server, **f.to_query(), limit=1)
        assert page["total"] == len(expected), f
        assert _ids(page) == expected[:1], f
    assert _list(live_server, limit=1)["total"] == len(tokens)
    acme_key = fleet["acme"]["key"]
    acme = [t for t in tokens if t.organization_id == "acme" and t.scope == "organization"]
    assert _list(live_server, key=acme_key, limit=1)["total"] == len(acme)
    assert _list(live_server, key=acme_key, limit=1, status="active")["total"] == len(
        [t for t in acme if token_matches(t, TokenFilter(status="active"), NOW)])
    extra = [live_server.create_token(organization_id=org, name="Extra")
             for org in ("acme", "ops", "new-org")]
    assert _list(live_server, limit=1)["total"] == len(tokens) + 3
    r = live_server.call("PATCH", f"/tokens/{extra[0]['id']}", headers={"If-Match": '"1"'},
                         json={"organization_id": "elsewhere"})
    assert r.status_code == 200, r.text
    assert _list(live_server, limit=1, organization_id="elsewhere")["total"] == 1
    # Suspend, resume and an edit of the allowed lists move tokens between counted groups.
    paused = fleet["paused"]["id"]
    assert live_server.call("POST", f"/tokens/{paused}/resume").status_code == 200
    assert _list(live_server, limit=1, status="suspended")["total"] == 0
    r = live_server.call("PATCH", f"/tokens/{extra[1]['id']}", headers={"If-Match": '"1"'},
                         json={"allowed_endpoints": ["tokens.self"]})
    assert r.status_code == 200, r.text
    restricted = [t for t in tokens if not token_matches(t, TokenFilter(unrestricted=True),
                                                         NOW)]
    assert _list(live_server, limit=1, unrestricted="false")["total"] == len(restricted) + 1
    assert live_server.call("POST", f"/tokens/{paused}/suspend").status_code == 200
    assert _list(live_server, limit=1, status="suspended")["total"] == 1
    for token in extra:
        assert live_server.call("DELETE", f"/tokens/{token['id']}").status_code == 204
    assert _list(live_server, limit=1)["total"] == len(tokens)
    assert _list(live_server, limit=1, organization_id="elsewhere")["total"] == 0


def test_postgresql_counts_by_token_counts_where_it_can() -> None:
    """How PostgreSQL counts (token_search._count): the list's equality terms from
    token_counts alone, "active" as those less the expired ones, "never used, or not for N
    days" as two range counts; anything else counts the tokens; SQLite always does."""
    from sqlalchemy import literal_column
    from sqlalchemy.dialects import postgresql, sqlite

    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow
    from compliance_client.server.token_search import _count, filter_terms, search_term

    pg = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")  # never connected

    def sql(f: TokenFilter, *extra: Any, postgres: bool = True) -> str:
        terms = [*extra, *filter_terms(pg, f, NOW, 14)]
        return str(_count(terms, postgres=postgres).compile(
            dialect=postgresql.dialect() if postgres else sqlite.dialect()))

    org_view = (TokenRow.organization_id == "acme", TokenRow.scope == "organization")
    try:
        for f, extra in ((TokenFilter(), ()), (TokenFilter(), org_view),
                         (TokenFilter(status="suspended", unrestricted=False), ()),
                         (TokenFilter(organization_id="ops", unrestricted=True), org_view)):
            text = sql(f, *extra)
            assert "FROM token_counts" in text and "count(*)" not in text, text
        active = sql(TokenFilter(status="active"), *org_view)
        assert "FROM token_counts" in active and active.count("count(*)") == 1, active
        assert "expires_at <=" in active and "IS NULL" not in active, active
        split = sql(TokenFilter(unused_days=90, status="active"))
        assert "token_counts" not in split and split.count("count(*)") == 2, split
        assert "last_used_at IS NULL OR" not in split and "expires_at IS NULL OR" in split
        for f, extra in ((TokenFilter(status="expired"), ()),
                         (TokenFilter(bound_device="pc-7"), ()),
                         (TokenFilter(), (search_term(pg, "acme"),)),
                         (TokenFilter(), (literal_column("1") == 1,))):
            text = sql(f, *extra)
            assert "token_counts" not in text and text.count("count(*)") == 1, text
        assert sql(TokenFilter(unused_days=90, status="active"), postgres=False).count(
            "count(*)") == 1
    finally:
        pg.dispose()


def test_expiring_follows_the_policy_warn_days(live_server: LiveServer,
                                               fleet: dict[str, dict[str, Any]]) -> None:
    policy = live_server.call("GET", "/policy").json()
    r = live_server.call("PUT", "/policy", json={**policy, "warn_before_days": 30})
    assert r.status_code == 200, r.text
    names = {t["name"] for t in _list(live_server, status="expiring")["items"]}
    assert names == {"Soon", "Month"}


def test_filters_combine_with_search_sort_and_paging(
        live_server: LiveServer, fleet: dict[str, dict[str, Any]]) -> None:
    tokens = _all(live_server)
    f = TokenFilter(status="active")
    active = [t for t in tokens if token_matches(t, f, NOW)]
    by_expiry = sorted(active, key=lambda t: (t.expires_at is None, t.expires_at or NOW, t.id),
                       reverse=True)
    page = _list(live_server, status="active", sort="-expires_at", limit=2, offset=1)
    assert _ids(page) == [t.id for t in by_expiry[1:3]]
    assert page["total"] == len(active)
    # q narrows the filtered set; the total is the intersection's.
    page = _list(live_server, status="active", q="acme", limit=1)
    matching = [t for t in active if "acme" in (t.organization_id + t.organization_name).lower()]
    assert page["total"] == len(matching) > 1
    assert _ids(page) == [matching[0].id]
    assert _list(live_server, status="suspended", q="nobody")["total"] == 0


def test_organization_caller_sees_only_its_own_filtered(
        live_server: LiveServer, fleet: dict[str, dict[str, Any]]) -> None:
    acme_key = fleet["acme"]["key"]
    page = _list(live_server, key=acme_key, unrestricted="true")
    assert {t["name"] for t in page["items"]} == {"Nightly backup", "Paused"}
    assert page["total"] == 2
    # Another organization's filter from inside acme finds nothing, not ops' tokens.
    assert _list(live_server, key=acme_key, organization_id="ops") == {"items": [], "total": 0}
    # A global caller filters by organization.
    ops = _list(live_server, organization_id="ops")
    assert {t["name"] for t in ops["items"]} == {"Far", "Expired", "Old use"}


def test_search_finds_name_and_owner(live_server: LiveServer,
                                     fleet: dict[str, dict[str, Any]]) -> None:
    def names(q: str) -> set[str]:
        return {t["name"] for t in _list(live_server, q=q)["items"]}

    assert names("backup") == {"Nightly backup"}  # name, 3+ characters: the index
    assert names("NIGHTLY B") == {"Nightly backup"}
    assert names("carol") == {"Month"}  # owner
    assert names("ålice") == {"Far"}  # owner, folded beyond ASCII
    assert names("alice") == {"Nightly backup"}
    # 2 characters: every token is read, as before (a needle no key prefix can hold).
    assert names("ün") == {"Far"}
    assert names("bob") == {"Soon"}
    # A renamed token is found by its new name only (the index follows updates).
    token = fleet["soon"]
    r = live_server.call("PATCH", f"/tokens/{token['id']}", json={"name": "Renamed"},
                         headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert names("Renamed") == {"Renamed"} and names("soon") == set()


@pytest.mark.parametrize(("query", "field"), [
    ({"status": "paused"}, "status"),
    ({"expiring_within_days": -1}, "expiring_within_days"),
    ({"expiring_within_days": 36501}, "expiring_within_days"),
    ({"unused_days": "many"}, "unused_days"),
    ({"unrestricted": "perhaps"}, "unrestricted"),
    ({"organization_id": "x" * 65}, "organization_id"),
    ({"bound_device": "pc\x01"}, "bound_device"),
    ({"q": "a\x00b"}, "q"),
])
def test_bad_filter_values_are_422_naming_the_parameter(
        live_server: LiveServer, query: dict[str, Any], field: str) -> None:
    body = assert_error(live_server.call("GET", "/tokens", params=query), 422, "invalid_input")
    assert list(body["fields"]) == [field]


def test_filter_queries_use_indexes(live_server: LiveServer,
                                    fleet: dict[str, dict[str, Any]]) -> None:
    """The SQL of each indexed filter, planned by SQLite: no full scan of tokens (PostgreSQL
    plans by statistics: bench/filters.py shows its plans on 100,000 tokens)."""
    if live_server.db_path is None:
        pytest.skip("SQLite's rule-based plan; PostgreSQL's depends on the table's size")
    from sqlalchemy import func, select

    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow
    from compliance_client.server.token_search import filter_terms

    db = Database(live_server.db_url)
    try:
        for f in (TokenFilter(status="active"), TokenFilter(status="suspended"),
                  TokenFilter(status="expired"), TokenFilter(status="expiring"),
                  TokenFilter(unused_days=90), TokenFilter(unrestricted=True)):
            terms = filter_terms(db, f, NOW, 14)
            for stmt in (select(TokenRow).where(*terms).order_by(TokenRow.id).limit(50),
                         select(func.count()).select_from(TokenRow).where(*terms)):
                compiled = stmt.compile(db.engine)
                params = tuple(v.replace(tzinfo=None).isoformat(sep=" ")
                               if isinstance(v, datetime) else v
                               for v in (compiled.params[k] for k in compiled.positiontup or ()))
                with db.engine.connect() as conn:
                    plan = [row[-1] for row in conn.exec_driver_sql(
                        f"EXPLAIN QUERY PLAN {compiled}", params)]
                assert not any(p.startswith("SCAN tokens") and "INDEX" not in p
                               for p in plan), (f, plan)
                assert any("INDEX ix_tokens_" in p for p in plan), (f, plan)
    finally:
        db.dispose()
