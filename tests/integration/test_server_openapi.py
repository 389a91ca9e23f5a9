"""/openapi.json describes every operation of the contract, its errors, and FastAPI's own
404/405 answers use the contract's error shape."""

from __future__ import annotations

from compliance_client.domain.catalogue import ENDPOINTS

from ..helpers.live_server import LiveServer, assert_error


def test_openapi_lists_every_operation(live_server: LiveServer) -> None:
    doc = live_server.http.get(f"{live_server.url}/openapi.json", timeout=10).json()
    operations = {op["operationId"]: (method.upper(), path)
                  for path, item in doc["paths"].items() for method, op in item.items()}
    for ep in ENDPOINTS:
        assert operations.get(ep.id) == (ep.method, ep.path), ep.id
    assert operations["health"] == ("GET", "/api/v1/health")
    assert operations["tokens.revoke_leaked"] == ("POST", "/api/v1/tokens/revoke")
    assert operations["enrollments.redeem"] == ("POST", "/api/v1/enrollments/redeem")
    assert "HTTPBearer" in doc["components"]["securitySchemes"]


def _op(doc: dict, endpoint_id: str) -> dict:
    ep = next(e for e in ENDPOINTS if e.id == endpoint_id)
    return doc["paths"][ep.path][ep.method.lower()]


def test_openapi_documents_errors_with_the_error_schema(live_server: LiveServer) -> None:
    doc = live_server.http.get(f"{live_server.url}/openapi.json", timeout=10).json()
    error = doc["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"error", "detail", "fields", "params"}
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    expected = {
        "tokens.update": {"401", "403", "404", "412", "422", "428", "429"},
        "tokens.create": {"401", "403", "422", "429"},
        "tokens.read": {"401", "403", "404", "429"},
        "devices.read": {"401", "403", "404", "429"},
        "audit.read": {"401", "403", "422", "429"},
    }
    for endpoint_id, statuses in expected.items():
        responses = _op(doc, endpoint_id)["responses"]
        assert statuses <= set(responses), endpoint_id
        for status in statuses:
            ref = responses[status]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/Error")
    assert "Retry-After" in _op(doc, "tokens.list")["responses"]["429"]["headers"]
    assert "ETag" in _op(doc, "tokens.read")["responses"]["200"]["headers"]
    assert "If-Match" in {p["name"] for p in _op(doc, "tokens.update")["parameters"]}
    assert "privilege_escalation" in _op(doc, "tokens.create")["responses"]["403"]["description"]
    assert "204" in _op(doc, "tokens.delete")["responses"]
    created = _op(doc, "tokens.create")["responses"]["201"]["content"]["application/json"]
    assert created["schema"]["$ref"].endswith("/IssuedTokenOut")


def test_unknown_path_and_wrong_method_use_the_error_shape(live_server: LiveServer) -> None:
    assert_error(live_server.call("GET", "/nothing-here"), 404, "not_found")
    assert_error(live_server.call("PUT", "/tokens"), 405, "method_not_allowed")


def test_openapi_documents_device_proofs_and_keys(live_server: LiveServer) -> None:
    """DESIGN §9 in the document: the optional DPoP header on every authenticated operation,
    the device error codes where they can be answered, devices.delete, and the new fields."""
    doc = live_server.http.get(f"{live_server.url}/openapi.json", timeout=10).json()
    for ep in ENDPOINTS:
        op = _op(doc, ep.id)
        dpop = [p for p in op.get("parameters", []) if p["name"] == "DPoP"]
        assert len(dpop) == 1 and dpop[0]["in"] == "header", ep.id
        assert dpop[0]["required"] is False
        assert "invalid_device_proof" in op["responses"]["401"]["description"], ep.id
        assert "device_proof_required" in op["responses"]["401"]["description"], ep.id
        assert "device_disabled" in op["responses"]["403"]["description"], ep.id
        assert "device_not_bound" in op["responses"]["403"]["description"], ep.id
    health = doc["paths"]["/api/v1/health"]["get"]
    assert "DPoP" not in {p["name"] for p in health.get("parameters", [])}
    delete = _op(doc, "devices.delete")["responses"]
    assert {"204", "404", "409"} <= set(delete)
    assert "device_in_use" in delete["409"]["description"]
    register = _op(doc, "devices.register")["responses"]
    assert "device_key_mismatch" in register["409"]["description"]
    schemas = doc["components"]["schemas"]
    jwk = schemas["DeviceRegisterIn"]["properties"]["public_key"]["anyOf"][0]
    assert jwk["required"] == ["kty", "crv", "x"]
    assert "key_thumbprint" in schemas["DeviceOut"]["required"]
    for name in ("TokenOut", "TokenCreateIn", "TokenUpdateIn"):
        assert "bound_devices" in schemas[name]["properties"], name
    access = schemas["TokenAccessOut"]["properties"]
    assert {"device", "warn_before_days"} <= set(access)


def test_openapi_documents_the_token_lifecycle(live_server: LiveServer) -> None:
    """DESIGN §10 in the document: the new operations under their ids, token_suspended on
    every authenticated one, policy_violation where the policy is enforced, revoke_leaked
    without security (and outside endpoints.list), and the token's new fields."""
    doc = live_server.http.get(f"{live_server.url}/openapi.json", timeout=10).json()
    for ep in ENDPOINTS:
        assert "token_suspended" in _op(doc, ep.id)["responses"]["401"]["description"], ep.id
    for endpoint_id in ("tokens.create", "tokens.update"):
        assert "policy_violation" in _op(doc, endpoint_id)["responses"]["422"]["description"]
    assert "policy_violation" not in _op(doc, "tokens.read")["responses"].get(
        "422", {}).get("description", "")
    assert "409" in _op(doc, "tokens.suspend")["responses"]
    assert "privilege_escalation" in _op(doc, "policy.update")["responses"]["403"][
        "description"]
    for endpoint_id in ("tokens.regenerate", "tokens.rotate_self"):
        body = _op(doc, endpoint_id)["requestBody"]
        assert body.get("required") is not True, endpoint_id  # the body is optional
        issued = _op(doc, endpoint_id)["responses"]["200"]["content"]["application/json"]
        assert issued["schema"]["$ref"].endswith("/IssuedTokenOut")
    grace = doc["components"]["schemas"]["RegenerateIn"]["properties"]["grace_seconds"]
    assert (grace["type"], grace["minimum"], grace["maximum"]) == ("integer", 0, 604800)

    revoke = doc["paths"]["/api/v1/tokens/revoke"]["post"]
    assert revoke["operationId"] == "tokens.revoke_leaked"
    assert not revoke.get("security")
    assert "DPoP" not in {p["name"] for p in revoke.get("parameters", [])}
    assert {"202", "422", "429"} <= set(revoke["responses"])
    listed = {e["id"] for e in live_server.call("GET", "/endpoints").json()}
    assert "tokens.revoke_leaked" not in listed
    assert {"tokens.suspend", "tokens.resume", "tokens.rotate_self", "policy.read",
            "policy.update"} <= listed

    schemas = doc["components"]["schemas"]
    token = schemas["TokenOut"]
    for name in ("name", "description", "owner", "status", "suspended_reason", "created_by",
                 "previous_key_expires_at"):
        assert name in token["required"], name
    for name in ("name", "description", "owner"):
        assert name in schemas["TokenCreateIn"]["properties"], name
        assert name in schemas["TokenUpdateIn"]["properties"], name
    policy = schemas["PolicyIn"]
    assert set(policy["required"]) == {"max_lifetime_days", "require_expiry",
                                       "require_ip_restriction", "default_lifetime_days",
                                       "warn_before_days"}


def _schema(param: dict) -> dict:
    """A parameter's schema without the null of an optional one."""
    schema = param["schema"]
    return next((s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"), schema)


def test_openapi_documents_filters_and_usage(live_server: LiveServer) -> None:
    """DESIGN §11 in the document: tokens.list's filters, audit.read's, and tokens.usage with
    its window and answer."""
    from compliance_client.domain.filters import MAX_FILTER_DAYS, STATUS_FILTERS

    doc = live_server.http.get(f"{live_server.url}/openapi.json", timeout=10).json()
    listed = {p["name"]: p for p in _op(doc, "tokens.list")["parameters"]}
    assert {"offset", "limit", "q", "sort", "status", "expiring_within_days", "unused_days",
            "unrestricted", "organization_id", "bound_device"} <= set(listed)
    assert set(_schema(listed["status"])["enum"]) == set(STATUS_FILTERS)
    for name in ("expiring_within_days", "unused_days"):
        assert (_schema(listed[name])["minimum"], _schema(listed[name])["maximum"]) == (
            0, MAX_FILTER_DAYS)
    assert _schema(listed["unrestricted"])["type"] == "boolean"
    assert "name" in listed["q"]["description"] and "owner" in listed["q"]["description"]

    audit = {p["name"]: p for p in _op(doc, "audit.read")["parameters"]}
    assert {"token_id", "action", "since", "until"} <= set(audit)
    assert audit["since"]["schema"]["format"] == audit["until"]["schema"]["format"] == "date-time"

    usage = _op(doc, "tokens.usage")
    days = next(p for p in usage["parameters"] if p["name"] == "days")
    assert (days["schema"]["minimum"], days["schema"]["maximum"], days["schema"]["default"]) \
        == (1, 90, 30)
    assert {"200", "401", "403", "404", "422", "429"} <= set(usage["responses"])
    ref = usage["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    out = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert set(out["properties"]) == {"days", "addresses", "endpoints"}
    assert "10 s" in usage["description"]
    day = doc["components"]["schemas"]["UsageDayOut"]
    assert set(day["properties"]) == {"date", "allowed", "denied"}


def test_openapi_documents_enrollment(live_server: LiveServer) -> None:
    """DESIGN §13 in the document: enrollments.create like tokens.create (reach, policy), with
    its body and answer; enrollments.redeem without security, outside endpoints.list, with
    invalid_enrollment, the device's refusals and the throttle."""
    doc = live_server.http.get(f"{live_server.url}/openapi.json", timeout=10).json()
    schemas = doc["components"]["schemas"]
    create = _op(doc, "enrollments.create")
    assert {"201", "401", "403", "413", "422", "429"} <= set(create["responses"])
    assert "privilege_escalation" in create["responses"]["403"]["description"]
    assert "policy_violation" in create["responses"]["422"]["description"]
    assert "template." in create["responses"]["422"]["description"]
    ref = create["responses"]["201"]["content"]["application/json"]["schema"]["$ref"]
    assert set(schemas[ref.rsplit("/", 1)[1]]["required"]) == {"id", "code", "expires_at",
                                                               "uses_left"}
    body = schemas["EnrollmentCreateIn"]
    assert body["additionalProperties"] is False
    seconds, uses = body["properties"]["expires_in_seconds"], body["properties"]["uses"]
    assert (seconds["minimum"], seconds["maximum"]) == (60, 604800)
    assert (uses["minimum"], uses["maximum"]) == (1, 1000)
    template = schemas["EnrollmentTemplateIn"]
    assert set(schemas["TokenCreateIn"]["properties"]) == set(template["properties"])
    assert template["properties"]["bound_devices"]["maxItems"] == 0
    assert template["additionalProperties"] is False

    redeem = doc["paths"]["/api/v1/enrollments/redeem"]["post"]
    assert redeem["operationId"] == "enrollments.redeem"
    assert not redeem.get("security")
    assert "DPoP" not in {p["name"] for p in redeem.get("parameters", [])}
    responses = redeem["responses"]
    assert {"201", "401", "403", "409", "413", "422", "429"} <= set(responses)
    assert "invalid_enrollment" in responses["401"]["description"]
    assert "device_disabled" in responses["403"]["description"]
    assert "device_key_mismatch" in responses["409"]["description"]
    assert "Retry-After" in responses["429"]["headers"]
    for status in ("401", "403", "409", "422", "429"):
        assert responses[status]["content"]["application/json"]["schema"]["$ref"].endswith(
            "/Error")
    ref = responses["201"]["content"]["application/json"]["schema"]["$ref"]
    answer = schemas[ref.rsplit("/", 1)[1]]
    assert set(answer["required"]) == {"key", "token", "device"}
    assert set(schemas["EnrollmentRedeemIn"]["required"]) == {"code", "device_id",
                                                             "public_key"}
    listed = {e["id"] for e in live_server.call("GET", "/endpoints").json()}
    assert "enrollments.create" in listed and "enrollments.redeem" not in listed
