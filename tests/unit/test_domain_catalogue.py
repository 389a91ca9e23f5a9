"""The endpoint catalogue (ARCHITECTURE §6) and its patterns (§5 rule 4)."""

from __future__ import annotations

import pytest

from compliance_client.domain.catalogue import (
    API_PREFIX,
    BY_ID,
    ENDPOINT_IDS,
    ENDPOINTS,
    GROUPS,
    SELF_ID,
    expand_pattern,
    pattern_choices,
)

# The ids and routes of the REST contract table, exactly.
CONTRACT = {
    "endpoints.list": ("GET", "/api/v1/endpoints"),
    "tokens.self": ("GET", "/api/v1/tokens/self"),
    "tokens.list": ("GET", "/api/v1/tokens"),
    "tokens.read": ("GET", "/api/v1/tokens/{id}"),
    "tokens.create": ("POST", "/api/v1/tokens"),
    "tokens.update": ("PATCH", "/api/v1/tokens/{id}"),
    "tokens.regenerate": ("POST", "/api/v1/tokens/{id}/regenerate"),
    "tokens.delete": ("DELETE", "/api/v1/tokens/{id}"),
    "devices.register": ("POST", "/api/v1/devices"),
    "devices.list": ("GET", "/api/v1/devices"),
    "devices.read": ("GET", "/api/v1/devices/{device_id}"),
    "devices.disable": ("POST", "/api/v1/devices/{device_id}/disable"),
    "devices.enable": ("POST", "/api/v1/devices/{device_id}/enable"),
    "devices.delete": ("DELETE", "/api/v1/devices/{device_id}"),  # DESIGN §9
    "audit.read": ("GET", "/api/v1/audit"),
    # DESIGN §10 (revoke_leaked has no authentication, so no id a token's lists could name)
    "tokens.suspend": ("POST", "/api/v1/tokens/{id}/suspend"),
    "tokens.resume": ("POST", "/api/v1/tokens/{id}/resume"),
    "tokens.rotate_self": ("POST", "/api/v1/tokens/self/rotate"),
    "policy.read": ("GET", "/api/v1/policy"),
    "tokens.usage": ("GET", "/api/v1/tokens/{id}/usage"),  # DESIGN §11
    "policy.update": ("PUT", "/api/v1/policy"),
    # DESIGN §13 (enrollments.redeem has no authentication: not in the catalogue)
    "enrollments.create": ("POST", "/api/v1/enrollments"),
}


def test_catalogue_is_the_contract() -> None:
    assert {e.id: (e.method, e.path) for e in ENDPOINTS} == CONTRACT
    assert len(ENDPOINT_IDS) == len(set(ENDPOINT_IDS))
    assert all(e.path.startswith(API_PREFIX + "/") and e.description for e in ENDPOINTS)
    assert SELF_ID in BY_ID
    assert GROUPS == ("endpoints", "tokens", "devices", "audit", "policy",
                      "enrollments")


def test_star_is_everything() -> None:
    assert expand_pattern("*") == frozenset(ENDPOINT_IDS)


@pytest.mark.parametrize("group", ["endpoints", "tokens", "devices", "audit"])
def test_group_pattern_is_that_group(group: str) -> None:
    assert expand_pattern(f"{group}.*") == {i for i in ENDPOINT_IDS if i.startswith(group + ".")}
    assert BY_ID[next(iter(expand_pattern(f"{group}.*")))].group == group


@pytest.mark.parametrize("endpoint_id", ENDPOINT_IDS)
def test_an_id_is_itself(endpoint_id: str) -> None:
    assert expand_pattern(endpoint_id) == {endpoint_id}


@pytest.mark.parametrize("pattern", [
    "", " ", "tokens", "tokens.", "tokens.nope", "nope.*", ".*", "*.*", "**", "tokens.**",
    "Tokens.read", "tokens.read ", "tokens.self.*", "tok*", "token.*",
])
def test_anything_else_matches_nothing(pattern: str) -> None:
    assert expand_pattern(pattern) == frozenset()


def test_every_choice_offered_matches_something() -> None:
    choices = pattern_choices()
    assert choices[0] == "*"
    assert len(choices) == len(set(choices)) == 1 + len(GROUPS) + len(ENDPOINT_IDS)
    assert all(expand_pattern(c) for c in choices)
