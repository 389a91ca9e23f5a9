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
