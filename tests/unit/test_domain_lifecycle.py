"""The pure lifecycle code (DESIGN §10): grace periods, the token policy and its validation,
and when clients warn about expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from compliance_client.domain.errors import Code, PolicyViolation, ValidationError
from compliance_client.domain.lifecycle import (
    MAX_GRACE_SECONDS,
    TokenPolicy,
    days_left,
    in_warning_window,
    parse_duration,
    validate_grace,
    validate_policy,
)

NOW = datetime(2030, 6, 1, 12, tzinfo=UTC)
DEFAULTS = {"max_lifetime_days": None, "require_expiry": False,
            "require_ip_restriction": False, "default_lifetime_days": 90,
            "warn_before_days": 14}


@pytest.mark.parametrize("value", [0, 1, 3600, MAX_GRACE_SECONDS])
def test_grace_in_range_is_kept(value: int) -> None:
    assert validate_grace(value) == value


@pytest.mark.parametrize("value", [-1, MAX_GRACE_SECONDS + 1, True, "60", 1.5, None])
def test_grace_out_of_range_names_the_field(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_grace(value)
    assert set(caught.value.fields) == {"grace_seconds"}
    assert str(MAX_GRACE_SECONDS) in caught.value.fields["grace_seconds"]


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("30m", 1800), ("1h", 3600),
                                               ("7d", 604800), ("120", 120), (" 2H ", 7200)])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "h", "1.5h", "-1h", "1w"])
def test_bad_durations_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match="90s, 30m, 1h or 7d"):
        parse_duration(text)


def test_default_policy_allows_everything() -> None:
    policy = TokenPolicy()
    assert policy.to_json() == DEFAULTS
    assert policy.allows_never and policy.latest_expiry(NOW) is None
    policy.check(expires_at=None, allowed_ips=[], now=NOW)


def test_policy_rules_name_their_fields() -> None:
    policy = TokenPolicy(max_lifetime_days=30, require_expiry=True,
                         require_ip_restriction=True, default_lifetime_days=30)
    assert not policy.allows_never
    assert policy.preset_days() == (7, 30)
    with pytest.raises(PolicyViolation) as caught:
        policy.check(expires_at=NOW + timedelta(days=31), allowed_ips=[], now=NOW)
    assert caught.value.code == Code.POLICY_VIOLATION
    assert set(caught.value.fields) == {"expires_at", "allowed_ips"}
    policy.check(expires_at=NOW + timedelta(days=30), allowed_ips=["10.0.0.0/8"], now=NOW)
    # An update checks only the rules of what it sets.
    policy.check(expires_at=None, allowed_ips=[], now=NOW, check_expiry=False,
                 check_ips=False)
    with pytest.raises(PolicyViolation) as caught:
        policy.check(expires_at=None, allowed_ips=[], now=NOW, check_ips=False)
    assert set(caught.value.fields) == {"expires_at"}


def test_policy_json_round_trip() -> None:
    policy = TokenPolicy(60, True, False, 30, 7)
    assert TokenPolicy.from_json(policy.to_json()) == policy
    assert validate_policy(policy.to_json()) == policy


@pytest.mark.parametrize(("changes", "field"), [
    ({"max_lifetime_days": 0}, "max_lifetime_days"),
    ({"max_lifetime_days": 36501}, "max_lifetime_days"),
    ({"require_expiry": 1}, "require_expiry"),
    ({"require_ip_restriction": "true"}, "require_ip_restriction"),
    ({"default_lifetime_days": 0}, "default_lifetime_days"),
    ({"warn_before_days": 366}, "warn_before_days"),
    ({"warn_before_days": False}, "warn_before_days"),
    ({"max_lifetime_days": 10, "default_lifetime_days": 11}, "default_lifetime_days"),
    ({"unknown": 1}, "unknown"),
])
def test_bad_policies_name_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_policy({**DEFAULTS, **changes})
    assert field in caught.value.fields


def test_a_policy_must_be_whole() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_policy({"warn_before_days": 3})
    assert set(caught.value.fields) == set(DEFAULTS) - {"warn_before_days"}


def test_days_left_rounds_up() -> None:
    assert days_left(NOW + timedelta(days=4, hours=2), NOW) == 5
    assert days_left(NOW + timedelta(days=5), NOW) == 5
    assert days_left(NOW - timedelta(days=1), NOW) == 0


def test_warning_window() -> None:
    assert in_warning_window(NOW + timedelta(days=14), 14, NOW)
    assert not in_warning_window(NOW + timedelta(days=14, seconds=1), 14, NOW)
    assert not in_warning_window(NOW - timedelta(seconds=1), 14, NOW)  # expired: no warning
    assert not in_warning_window(None, 14, NOW)
    assert not in_warning_window(NOW + timedelta(days=1), 0, NOW)  # 0: never warn


def test_a_bad_maximum_does_not_blame_the_default() -> None:
    from compliance_client.domain.errors import ValidationError
    from compliance_client.domain.lifecycle import validate_policy

    values = {"max_lifetime_days": 0, "require_expiry": False, "require_ip_restriction": False,
              "default_lifetime_days": 90, "warn_before_days": 14}
    try:
        validate_policy(values)
    except ValidationError as exc:
        assert set(exc.fields) == {"max_lifetime_days"}
    else:
        raise AssertionError("a maximum of 0 days was accepted")
