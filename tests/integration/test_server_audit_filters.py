"""audit.read's filters (DESIGN §11) against the real server on SQLite and PostgreSQL:
token_id (actor or target), action, since and until, with paging, totals and the
organization view; bad values are 422 naming the parameter; refused privilege escalations and
leaked-key revocations are in the log, and a repeated refusal cannot flood it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from compliance_client.domain.filters import AuditFilter
from compliance_client.domain.tokens import format_instant
from compliance_client.server.schemas import AuditPageOut

from ..helpers.live_server import LiveServer, assert_error

REFUSED = {"refused": ["", "privilege_escalation"]}


def _audit(server: LiveServer, key: Any = None, **query: Any) -> dict[str, Any]:
    kwargs = {} if key is None else {"key": key}
    r = server.call("GET", "/audit", params={"limit": 500, **query}, **kwargs)
    assert r.status_code == 200, r.text
    AuditPageOut.model_validate(r.json())
    return r.json()


def _seen(page: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["action"], e["target"]) for e in page["items"]]


@pytest.fixture
def story(live_server: LiveServer) -> dict[str, dict[str, Any]]:
    """A creates C; the admin renames A, suspends B; B's key is reported as leaked."""
    s = live_server
    a = s.create_token(organization_id="acme", allowed_endpoints=["tokens.*"])
    b = s.create_token(organization_id="acme")
    c = s.create_token(key=a["key"], organization_id="acme", allowed_endpoints=["tokens.self"])
    r = s.call("PATCH", f"/tokens/{a['id']}", json={"name": "A"}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert s.call("POST", f"/tokens/{b['id']}/suspend").status_code == 200
    assert s.call("POST", "/tokens/revoke", key=None,
                  json={"keys": [b["key"]]}).status_code == 202
    ops = s.create_token(organization_id="ops", allowed_endpoints=["audit.read"])
    return {"a": a, "b": b, "c": c, "ops": ops}


def test_token_id_matches_actor_or_target(live_server: LiveServer,
                                          story: dict[str, dict[str, Any]]) -> None:
    a, b, c = story["a"], story["b"], story["c"]
    page = _audit(live_server, **AuditFilter(token_id=a["id"]).to_query())
    assert _seen(page) == [("tokens.update", f"token:{a['id']}"),
                           ("tokens.create", f"token:{c['id']}"),  # A acted
                           ("tokens.create", f"token:{a['id']}")]
    assert page["total"] == 3
    page = _audit(live_server, token_id=b["id"])
    assert _seen(page) == [("tokens.revoke_leaked", f"token:{b['id']}"),
                           ("tokens.suspend", f"token:{b['id']}"),
                           ("tokens.create", f"token:{b['id']}")]
    leak = page["items"][0]
    assert leak["token_id"] is None and leak["changes"]["suspended_reason"] == ["admin", "leaked"]
    # token:1 must not match token:10 and up.
    assert all(e["target"] == "token:1" or e["token_id"] == 1
               for e in _audit(live_server, token_id=1)["items"])


def test_action_and_time_range(live_server: LiveServer,
                               story: dict[str, dict[str, Any]]) -> None:
    every = _audit(live_server)["items"]
    creates = _audit(live_server, action="tokens.create")
    assert [e["id"] for e in creates["items"]] == [
        e["id"] for e in every if e["action"] == "tokens.create"]
    # The bootstrap admin, A, B, C (by A) and ops.
    assert creates["total"] == 5 and _audit(live_server, action="devices.delete")["total"] == 0
    # since is inclusive, until exclusive: a range split at an entry's instant loses none.
    middle = every[len(every) // 2]
    at = datetime.fromisoformat(middle["at"].replace("Z", "+00:00"))
    later = _audit(live_server, since=format_instant(at))["items"]
    earlier = _audit(live_server, until=format_instant(at))["items"]
    assert middle["id"] in {e["id"] for e in later}
    assert sorted(e["id"] for e in later + earlier) == sorted(e["id"] for e in every)
    # Another zone's offset names the same instant.
    plus_two = (at + timedelta(hours=2)).isoformat().replace("+00:00", "+02:00")
    assert _audit(live_server, since=plus_two)["items"] == later
    window = _audit(live_server, **AuditFilter(action="tokens.create", since=at,
                                               until=at + timedelta(days=1)).to_query())
    assert all(e["action"] == "tokens.create" for e in window["items"])
    assert window["total"] == len([e for e in later if e["action"] == "tokens.create"])


def test_filters_page_and_count(live_server: LiveServer,
                                story: dict[str, dict[str, Any]]) -> None:
    b = story["b"]
    whole = _audit(live_server, token_id=b["id"])["items"]
    pages = [_audit(live_server, token_id=b["id"], limit=1, offset=i) for i in range(4)]
    assert [p["total"] for p in pages] == [3, 3, 3, 3]
    assert [p["items"][0]["id"] for p in pages[:3]] == [e["id"] for e in whole]
    assert pages[3]["items"] == []


def test_organization_view_with_filters(live_server: LiveServer,
                                        story: dict[str, dict[str, Any]]) -> None:
    a, ops = story["a"], story["ops"]
    # ops sees nothing of acme's tokens, even when it names them.
    assert _audit(live_server, key=ops["key"], token_id=a["id"]) == {"items": [], "total": 0}
    mine = _audit(live_server, key=ops["key"], action="tokens.create")
    assert _seen(mine) == [("tokens.create", f"token:{ops['id']}")]
    # A's own lists do not reach audit.read at all.
    assert_error(live_server.call("GET", "/audit", key=a["key"]), 403, "endpoint_not_allowed")


@pytest.mark.parametrize(("query", "field"), [
    ({"since": "yesterday"}, "since"),
    ({"until": "2026-13-01T00:00:00Z"}, "until"),
    ({"since": "2026-01-01T00:00:00"}, "since"),  # no zone: not an instant
    ({"until": "0001-01-01T00:00:00+01:00"}, "until"),  # before year 1 in UTC
    ({"action": "tokens.update; DROP TABLE audit"}, "action"),
    ({"action": "x" * 41}, "action"),
    ({"token_id": 0}, "token_id"),
    ({"token_id": "me"}, "token_id"),
])
def test_bad_filter_values_are_422_naming_the_parameter(
        live_server: LiveServer, query: dict[str, Any], field: str) -> None:
    body = assert_error(live_server.call("GET", "/audit", params=query), 422, "invalid_input")
    assert list(body["fields"]) == [field]


def test_refused_escalations_are_audited_once_a_minute(live_server: LiveServer) -> None:
    s = live_server
    org = s.create_token(organization_id="acme", allowed_endpoints=["tokens.*", "audit.read"])
    wide = s.create_token(organization_id="acme")  # reaches every endpoint: further than org
    for _ in range(25):  # an attacker repeating the refused calls
        assert_error(s.call("POST", "/tokens", key=org["key"], json={
            "organization_name": "Acme", "organization_id": "acme", "scope": "global"}),
            403, "privilege_escalation")
        assert_error(s.call("POST", f"/tokens/{wide['id']}/suspend", key=org["key"]), 403,
                     "privilege_escalation")
    entries = _audit(s, token_id=org["id"])["items"]
    refused = [e for e in entries if e["changes"] == REFUSED]
    assert sorted((e["action"], e["target"]) for e in refused) == [
        ("tokens.create", ""), ("tokens.suspend", f"token:{wide['id']}")]
    assert all(e["token_id"] == org["id"] and e["key_prefix"] == org["key_prefix"]
               for e in refused)
    # The organization's own administrators see who tried: the entries are acme's.
    assert len([e for e in _audit(s, key=org["key"], action="tokens.suspend")["items"]
                if e["changes"] == REFUSED]) == 1
    # Nothing was changed by the refusals.
    assert s.call("GET", f"/tokens/{wide['id']}").json()["status"] == "active"
