"""The endpoint catalogue: every operation of the REST contract under its stable id.

The ids are what a token's allowed/blocked endpoint lists hold. A pattern is an id,
``group.*`` (every id of that group) or ``*`` (every id).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Endpoint:
    id: str
    method: str
    path: str
    description: str

    @property
    def group(self) -> str:
        return self.id.split(".", 1)[0]


API_PREFIX = "/api/v1"

ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("endpoints.list", "GET", "/api/v1/endpoints", "List the endpoint catalogue"),
    Endpoint("tokens.self", "GET", "/api/v1/tokens/self",
             "Show the calling token and its effective access"),
    Endpoint("tokens.list", "GET", "/api/v1/tokens", "List and search API tokens"),
    Endpoint("tokens.read", "GET", "/api/v1/tokens/{id}", "Read one API token"),
    Endpoint("tokens.create", "POST", "/api/v1/tokens", "Create an API token"),
    Endpoint("tokens.update", "PATCH", "/api/v1/tokens/{id}", "Change an API token"),
    Endpoint("tokens.regenerate", "POST", "/api/v1/tokens/{id}/regenerate",
             "Issue a new key for an API token"),
    Endpoint("tokens.delete", "DELETE", "/api/v1/tokens/{id}", "Delete an API token"),
    Endpoint("tokens.suspend", "POST", "/api/v1/tokens/{id}/suspend",
             "Switch an API token off without deleting it"),
    Endpoint("tokens.resume", "POST", "/api/v1/tokens/{id}/resume",
             "Switch a suspended API token on again"),
    Endpoint("tokens.usage", "GET", "/api/v1/tokens/{id}/usage",
             "Show how an API token was used: requests per day, addresses, endpoints"),
    Endpoint("tokens.rotate_self", "POST", "/api/v1/tokens/self/rotate",
             "Issue a new key for the calling token"),
    Endpoint("devices.register", "POST", "/api/v1/devices", "Register a device"),
    Endpoint("devices.list", "GET", "/api/v1/devices", "List the organization's devices"),
    Endpoint("devices.read", "GET", "/api/v1/devices/{device_id}", "Read one device"),
    Endpoint("devices.disable", "POST", "/api/v1/devices/{device_id}/disable",
             "Disable a device ID"),
    Endpoint("devices.enable", "POST", "/api/v1/devices/{device_id}/enable",
             "Enable a device ID again"),
    Endpoint("devices.delete", "DELETE", "/api/v1/devices/{device_id}",
             "Forget a device and its key"),
    Endpoint("audit.read", "GET", "/api/v1/audit", "Read the audit log"),
    Endpoint("policy.read", "GET", "/api/v1/policy", "Read the token policy"),
    Endpoint("policy.update", "PUT", "/api/v1/policy", "Change the token policy"),
    Endpoint("enrollments.create", "POST", "/api/v1/enrollments",
             "Create an enrollment code from a token template"),
)

ENDPOINT_IDS: tuple[str, ...] = tuple(e.id for e in ENDPOINTS)
BY_ID: dict[str, Endpoint] = {e.id: e for e in ENDPOINTS}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(e.group for e in ENDPOINTS))

# Always allowed once the token and address pass (ARCHITECTURE §7 rule 3).
SELF_ID = "tokens.self"


def expand_pattern(pattern: str) -> frozenset[str]:
    """The catalogue ids a pattern matches; empty when it matches none."""
    if pattern == "*":
        return frozenset(ENDPOINT_IDS)
    if pattern.endswith(".*"):
        group = pattern[:-2]
        return frozenset(i for i in ENDPOINT_IDS if BY_ID[i].group == group)
    return frozenset((pattern,)) if pattern in BY_ID else frozenset()


def pattern_choices() -> list[str]:
    """Every pattern worth offering in a picker: ``*``, each ``group.*`` and each id."""
    return ["*", *(f"{g}.*" for g in GROUPS), *ENDPOINT_IDS]
