"""Every TokenServerClient operation against the real token server on loopback."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from compliance_client.domain.catalogue import ENDPOINT_IDS
from compliance_client.domain.keys import generate_key, is_well_formed
from compliance_client.domain.tokens import IssuedToken, Token, end_of_day
from compliance_client.service import (
    EndpointBlocked,
    EndpointNotAllowed,
    IfMatchRequired,
    InvalidInput,
    InvalidToken,
    IpBlocked,
    IpNotAllowed,
    NotFound,
    PrivilegeEscalation,
    ServiceError,
    TokenExpired,
    TokenServerClient,
    TooManyAttempts,
    VersionedToken,
    VersionMismatch,
)


def unique(prefix: str = "org") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def admin(live_server):
    with TokenServerClient(live_server.url, live_server.admin_key) as client:
        yield client


def issue(admin: TokenServerClient, **fields) -> IssuedToken:
    fields.setdefault("organization_name", "Test org")
    fields.setdefault("organization_id", unique())
    return admin.create_token(**fields)


def test_health_endpoints_and_verify(live_server, admin) -> None:
    assert admin.health().ok
    assert TokenServerClient(live_server.url).health().ok  # no token needed
    assert tuple(e.id for e in admin.endpoints()) == ENDPOINT_IDS
    access = admin.verify()
    assert access.token.key_prefix == live_server.admin_key[:12]
    assert access.client_address == "127.0.0.1"
    assert set(access.effective_endpoints) == set(ENDPOINT_IDS)
    assert access.may("tokens.create")


def test_token_lifecycle(live_server, admin) -> None:
    expiry = end_of_day(date.today() + timedelta(days=30), timezone(timedelta(hours=-5)))
    org = unique()
    issued = admin.create_token(
        organization_name="Acme Ltd", organization_id=org,
        allowed_endpoints=["tokens.self", "devices.*"], blocked_endpoints=["devices.enable"],
        allowed_ips=["127.0.0.0/8", "::1"], blocked_ips=["127.0.0.9"], expires_at=expiry)
    token = issued.token
    assert is_well_formed(issued.key) and token.key_prefix == issued.key[:12]
    assert issued.key not in repr(issued)
    assert token.expires_at == expiry and token.expires_at.tzinfo == UTC
    assert token.allowed_endpoints == ("tokens.self", "devices.*")
    assert token.blocked_ips == ("127.0.0.9",)

    got = admin.get_token(token.id)
    assert isinstance(got, VersionedToken)
    assert got.token == token and got.etag == '"1"'

    changed = admin.update_token(token.id, if_match=got, organization_name="Acme Group",
                                 allowed_ips=[], expires_at=None)
    assert changed.organization_name == "Acme Group" and changed.allowed_ips == ()
    assert changed.expires_at is None and changed.version == 2
    with pytest.raises(VersionMismatch) as stale:
        admin.update_token(token.id, if_match=got, organization_name="Lost update")
    assert stale.value.status == 412
    assert str(stale.value) == (f"API token {token.id} was changed by someone else meanwhile. "
                                "Reload it and make your change again.")
    assert admin.update_token(token.id, if_match=changed, organization_id=org + "x").version == 3

    with TokenServerClient(live_server.url, issued.key) as own:
        assert own.verify().token.id == token.id
        renewed = admin.regenerate_token(token.id)
        assert renewed.key != issued.key and is_well_formed(renewed.key)
        assert renewed.token.key_prefix == renewed.key[:12]
        with pytest.raises(InvalidToken) as old_key:
            own.verify()
        assert old_key.value.status == 401 and old_key.value.request_id
    with TokenServerClient(live_server.url, renewed.key) as own:
        assert own.verify().token.id == token.id

    admin.delete_token(token.id)
    with pytest.raises(NotFound) as gone:
        admin.get_token(token.id)
    assert str(gone.value).startswith(f"API token {token.id} was not found")
    with pytest.raises(NotFound):
        admin.delete_token(token.id)


def test_list_search_sort_and_iterate_pages(admin) -> None:
    tag = unique("page")
    ids = [issue(admin, organization_name=f"{tag} {n}").token.id for n in range(5)]
    page = admin.list_tokens(offset=0, limit=2, q=tag, sort="-id")
    assert page.total == 5
    assert [t.id for t in page.items] == sorted(ids, reverse=True)[:2]
    assert all(isinstance(t, Token) for t in page.items)
    everything = list(admin.iter_tokens(q=tag, sort="id", page_size=2))
    assert [t.id for t in everything] == sorted(ids)
    assert admin.list_tokens(q=unique("nothing")).items == ()


def test_invalid_input_has_fields(admin) -> None:
    with pytest.raises(InvalidInput) as info:
        admin.create_token(organization_name="X", organization_id=unique(),
                           allowed_ips=["10.0.0.1/8"], allowed_endpoints=["nope.read"])
    err = info.value
    assert err.status == 422 and err.code == "invalid_input"
    assert "allowed_ips" in err.fields and "10.0.0.0/8" in err.fields["allowed_ips"]
    assert "allowed_endpoints" in err.fields
    assert str(err).startswith("Invalid input: ")


def test_if_match_required(admin) -> None:
    token = issue(admin).token
    with pytest.raises(IfMatchRequired) as info:
        admin._transport.request("PATCH", f"/tokens/{token.id}", operation="tokens.update",
                                 json={"organization_name": "Y"})
    assert info.value.status == 428


def test_policy_refusals_carry_params(live_server, admin) -> None:
    url = live_server.url
    blocked = issue(admin, blocked_ips=["127.0.0.0/8"])
    with TokenServerClient(url, blocked.key) as c, pytest.raises(IpBlocked) as info:
        c.verify()
    assert info.value.params["address"] == "127.0.0.1"
    assert info.value.params["entry"] == "127.0.0.0/8"
    assert "127.0.0.1" in str(info.value)

    elsewhere = issue(admin, allowed_ips=["10.0.0.0/8"])
    with TokenServerClient(url, elsewhere.key) as c, pytest.raises(IpNotAllowed) as info2:
        c.verify()
    assert info2.value.params["address"] == "127.0.0.1"

    limited = issue(admin, allowed_endpoints=["tokens.*", "devices.*"],
                    blocked_endpoints=["tokens.delete"])
    with TokenServerClient(url, limited.key) as c:
        with pytest.raises(EndpointNotAllowed) as info3:
            c.audit()
        assert info3.value.params["endpoint"] == "audit.read"
        assert str(info3.value).startswith("This API token is not allowed to use audit.read.")
        with pytest.raises(EndpointBlocked) as info4:
            c.delete_token(limited.token.id)
        assert info4.value.params["endpoint"] == "tokens.delete"
        assert info4.value.params["entry"] == "tokens.delete"
        with pytest.raises(PrivilegeEscalation) as info5:
            c.create_token(organization_name="Wider",
                           organization_id=limited.token.organization_id)
        assert info5.value.status == 403
        assert info5.value.params.get("endpoint") in ENDPOINT_IDS


def test_expired_token(live_server, admin) -> None:
    issued = issue(admin)
    live_server.set_expiry(issued.token.id, datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    with TokenServerClient(live_server.url, issued.key) as c, pytest.raises(TokenExpired) as info:
        c.verify()
    assert info.value.status == 401
    assert info.value.params["expires_at"].startswith("2024-05-01T")
    assert str(info.value) == ("This API token expired on 2024-05-01. "
                               "Ask your administrator for a new one.")


def test_too_many_failed_attempts(live_server) -> None:
    with TokenServerClient(live_server.url, generate_key()) as c:
        for _ in range(20):
            with pytest.raises(InvalidToken):
                c.verify()
        with pytest.raises(TooManyAttempts) as info:
            c.verify()
    assert info.value.status == 429
    assert info.value.retry_after is not None and 0 < info.value.retry_after <= 60
    assert f"try again in {info.value.params['retry_after']} seconds" in str(info.value)


def test_unknown_key_is_invalid_token(live_server) -> None:
    with TokenServerClient(live_server.url, generate_key()) as c, \
            pytest.raises(InvalidToken) as info:
        c.list_tokens()
    assert info.value.code == "invalid_token"
    assert "does not accept this API token" in str(info.value)


def test_devices(live_server, admin) -> None:
    device = str(uuid.uuid4())
    org_token = issue(admin, allowed_endpoints=["devices.*", "tokens.self"])
    with TokenServerClient(live_server.url, org_token.key) as org:
        registered = org.register_device(device, "pc-1", "Main")
        assert registered.device_id == device and registered.status == "active"
        assert registered.organization_id == org_token.token.organization_id
        again = org.register_device(device, "pc-1-renamed", "Main")
        assert again.hostname == "pc-1-renamed" and again.registered_at == \
            registered.registered_at
        assert [d.device_id for d in org.list_devices()] == [device]
        assert [d.device_id for d in org.list_devices(page_size=1)] == [device]
        assert org.get_device(device).hostname == "pc-1-renamed"
        disabled = org.disable_device(device)
        assert disabled.disabled and disabled.disabled_at is not None
        assert org.disable_device(device).disabled  # idempotent
        assert org.enable_device(device).status == "active"
        with pytest.raises(NotFound) as info:
            org.get_device(str(uuid.uuid4()))
        assert str(info.value).startswith("Device ")
    # Another organization's device is not found.
    with pytest.raises(NotFound):
        admin.get_device(device)


def test_audit(admin) -> None:
    token = issue(admin).token
    page = admin.audit(offset=0, limit=5)
    assert 1 <= len(page.items) <= 5 and page.total >= len(page.items)
    assert any(e.action == "tokens.create" and e.target == f"token:{token.id}"
               for e in page.items)


def test_debug_log_of_a_session_never_holds_a_key(live_server, admin, caplog) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, urllib3's, the server's
    keys = [live_server.admin_key]
    errors: list[ServiceError] = []
    with TokenServerClient(live_server.url, live_server.admin_key) as c:
        c.verify()
        issued = c.create_token(organization_name="Log", organization_id=unique())
        keys.append(issued.key)
        current = c.get_token(issued.token.id)
        c.update_token(issued.token.id, if_match=current, organization_name="Log 2")
        try:
            c.update_token(issued.token.id, if_match=current, organization_name="stale")
        except ServiceError as exc:
            errors.append(exc)
        keys.append(c.regenerate_token(issued.token.id).key)
        list(c.iter_tokens(q="Log"))
        c.delete_token(issued.token.id)
    with TokenServerClient(live_server.url, keys[-1]) as deleted:
        try:
            deleted.verify()
        except ServiceError as exc:
            errors.append(exc)
    ours = [r for r in caplog.records if r.name == "compliance_client.service"]
    assert any("GET /tokens/self -> 200 in" in r.getMessage() for r in ours)
    assert any("PATCH /tokens/" in r.getMessage() and "-> 412" in r.getMessage() for r in ours)
    assert all("(request id " in r.getMessage() and "(request id -)" not in r.getMessage()
               for r in ours)
    texts = [caplog.text, *(r.getMessage() for r in caplog.records),
             *(str(e) for e in errors), *(repr(e) for e in errors)]
    for key in keys:
        assert not any(key in t for t in texts)
    assert [type(e) for e in errors] == [VersionMismatch, InvalidToken]


# -- issue 13: scope on create, no key in a search -------------------------------------------


def test_create_token_sends_scope_only_when_given(live_server, admin) -> None:
    assert issue(admin).token.scope == "organization"  # the server's default
    made = issue(admin, scope="global")
    assert made.token.scope == "global"
    assert admin.get_token(made.token.id).token.scope == "global"
    assert issue(admin, scope="organization").token.scope == "organization"


def test_a_search_holding_a_whole_key_is_never_sent(live_server, admin, caplog) -> None:
    from compliance_client.service.errors import SearchHoldsKey

    key = issue(admin).key
    with caplog.at_level(logging.DEBUG), pytest.raises(SearchHoldsKey) as err:
        admin.list_tokens(q=key)
    assert err.value.params["prefix"] == key[:12] and key not in str(err.value)
    assert key not in caplog.text
    with pytest.raises(SearchHoldsKey):
        list(admin.iter_tokens(q=f"owner {key}"))
    # Its prefix finds the token.
    assert [t.key_prefix for t in admin.list_tokens(q=key[:12]).items] == [key[:12]]


# -- device keys and signed requests (DESIGN §9) -----------------------------------------------


def test_signed_client_device_keys_binding_and_disable(live_server, admin,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance_client.domain.dpop import DeviceKey
    from compliance_client.service import transport
    from compliance_client.service.errors import (
        DeviceDisabled,
        DeviceInUse,
        DeviceKeyMismatch,
        DeviceNotBound,
        DeviceProofRequired,
        InvalidDeviceProof,
    )

    device, key, other_key = str(uuid.uuid4()), DeviceKey.generate(), DeviceKey.generate()
    org_token = issue(admin, allowed_endpoints=["devices.*", "tokens.*"])
    org_id = org_token.token.organization_id
    url = live_server.url
    with TokenServerClient(url, org_token.key, device_key=key) as pc, \
            TokenServerClient(url, org_token.key) as unsigned, \
            TokenServerClient(url, org_token.key, device_key=other_key) as elsewhere:
        registered = pc.register_device(device, "pc-1", "Main", key.public_jwk)
        assert registered.key_thumbprint == key.thumbprint
        assert pc.register_device(device, "pc-1", "Main", key.public_jwk).key_thumbprint == \
            key.thumbprint  # the same key again: nothing changes
        with pytest.raises(DeviceKeyMismatch) as mismatch:
            elsewhere.register_device(device, "pc-1", "Main", other_key.public_jwk)
        assert mismatch.value.status == 409
        # tokens.self names the device that signed; an unsigned call names none.
        signed_access = pc.verify()
        assert signed_access.device is not None
        assert signed_access.device.device_id == device
        assert unsigned.verify().device is None

        # A token bound to the device works only with its proof.
        bound = issue(admin, organization_id=org_id, bound_devices=[device])
        assert bound.token.bound_devices == (device,)
        with TokenServerClient(url, bound.key, device_key=key) as on_pc:
            assert on_pc.verify().token.id == bound.token.id
        with TokenServerClient(url, bound.key) as copied, pytest.raises(DeviceProofRequired):
            copied.verify()
        with TokenServerClient(url, bound.key, device_key=other_key) as copied, \
                pytest.raises(DeviceNotBound):
            copied.verify()
        with pytest.raises(DeviceInUse):
            admin.delete_device(device, organization_id=org_id)

        # A PC whose clock is ten minutes ahead: its proofs are refused (the one fault here
        # the real server cannot be made to produce, so the client's clock is moved).
        real_time = transport.time

        class Ahead:
            def __getattr__(self, name: str):
                return getattr(real_time, name)

            def time(self) -> float:
                return real_time.time() + 600

        monkeypatch.setattr(transport, "time", Ahead())
        with pytest.raises(InvalidDeviceProof) as bad_proof:
            pc.verify()
        assert "clock" in str(bad_proof.value)
        monkeypatch.setattr(transport, "time", real_time)

        # Disabled: every request this PC signs is refused, tokens.self included.
        assert pc.disable_device(device).disabled
        for call in (pc.verify, lambda: pc.get_device(device), pc.list_devices):
            with pytest.raises(DeviceDisabled) as disabled:
                call()
            assert disabled.value.status == 403
        assert unsigned.enable_device(device).status == "active"  # someone else enables it
        assert pc.verify().device is not None

        admin.update_token(bound.token.id, if_match=admin.get_token(bound.token.id),
                           bound_devices=[])
        assert admin.get_device(device, organization_id=org_id).key_thumbprint == \
            key.thumbprint
        admin.delete_device(device, organization_id=org_id)
        with pytest.raises(NotFound):
            unsigned.get_device(device)
        # Forgotten with its key: the PC registers anew (even with another key).
        assert elsewhere.register_device(device, "pc-1", "Main",
                                         other_key.public_jwk).key_thumbprint == \
            other_key.thumbprint
