"""The server-URL rule lives in ``domain.urls`` (shared with the dialog); re-exported here
for the profile layer's callers."""

from ..domain.urls import (
    FIELD,
    MAX_URL_LENGTH,
    is_loopback_host,
    normalize_server_url,
    validate_server_url,
)

__all__ = ["FIELD", "MAX_URL_LENGTH", "is_loopback_host", "normalize_server_url",
           "validate_server_url"]
