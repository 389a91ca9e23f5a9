"""Token fields: validation at save time (ARCHITECTURE §7), the JSON form (§4), and expiry dates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import combinations
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_client.domain.catalogue import pattern_choices
from compliance_client.domain.errors import ComplianceError, ValidationError
from compliance_client.domain.tokens import (
    EDITABLE_FIELDS,
    LIST_FIELDS,
    MAX_ENDPOINT_PATTERNS,
    MAX_IP_ENTRIES,
    IssuedToken,
    Token,
    TokenAccess,
    end_of_day,
    format_instant,
    parse_instant,
    validate_token_fields,
)

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
KNOWN_CODES = {
    "required", "too_long", "bad_org_id", "not_a_list", "not_text", "ip_invalid",
    "ip_host_bits", "ip_empty", "duplicate", "unknown_endpoint", "in_both_lists", "too_many",
    "bad_instant", "expiry_past", "expiry_far", "unknown_field", "control_character",
    "lone_surrogate", "bad_scope",
}
BASE = {"organization_name": "Acme Ltd", "organization_id": "acme-1"}


def validate(check_expiry: bool = True, **values: Any) -> dict[str, Any]:
    return validate_token_fields({**BASE, **values}, now=NOW, check_expiry=check_expiry)


def problems_of(check_expiry: bool = True, **values: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        validate(check_expiry, **values)
    return [(p.field, p.code) for p in info.value.problems]


# ---- valid input -------------------------------------------------------------------------------


def test_minimal_token_is_valid_and_unrestricted() -> None:
    assert validate() == {
        "organization_name": "Acme Ltd", "organization_id": "acme-1",
        "allowed_endpoints": [], "blocked_endpoints": [], "allowed_ips": [], "blocked_ips": [],
        "expires_at": None, "scope": "organization", "bound_devices": [],
        "name": "", "description": "", "owner": "",
    }


@pytest.mark.parametrize("included", [
    combo for r in range(len(LIST_FIELDS) + 1) for combo in combinations(LIST_FIELDS, r)])
def test_any_combination_of_the_four_lists_is_valid(included: tuple[str, ...]) -> None:
    sample = {"allowed_endpoints": ["tokens.*"], "blocked_endpoints": ["tokens.delete"],
              "allowed_ips": ["10.0.0.0/8"], "blocked_ips": ["10.1.0.0/16"]}
    cleaned = validate(**{name: sample[name] for name in included})
    for name in LIST_FIELDS:
        assert cleaned[name] == (sample[name] if name in included else [])


def test_text_is_trimmed_and_entries_normalized() -> None:
    cleaned = validate(
        organization_name="  Acme Ltd  ", organization_id=" acme-1 ",
        allowed_ips=[" 2001:DB8::/32 ", "10.0.0.5/32", "::ffff:10.9.0.0/112"],
        allowed_endpoints=[" tokens.read ", "devices.*"],
        expires_at="2031-01-01T00:00:00+01:00")
    assert cleaned["organization_name"] == "Acme Ltd"
    assert cleaned["organization_id"] == "acme-1"
    assert cleaned["allowed_ips"] == ["2001:db8::/32", "10.0.0.5", "10.9.0.0/16"]
    assert cleaned["allowed_endpoints"] == ["tokens.read", "devices.*"]
    assert cleaned["expires_at"] == datetime(2030, 12, 31, 23, 0, tzinfo=UTC)


def test_limits_are_inclusive() -> None:
    validate(organization_name="n" * 200, organization_id="i" * 64)
    ips = [f"10.{i // 256}.{i % 256}.1" for i in range(MAX_IP_ENTRIES)]
    assert len(validate(blocked_ips=ips)["blocked_ips"]) == MAX_IP_ENTRIES
    validate(allowed_endpoints=pattern_choices()[:MAX_ENDPOINT_PATTERNS])


def test_tuples_count_as_lists_and_none_as_empty() -> None:
    cleaned = validate(allowed_ips=("10.0.0.1",), blocked_ips=None)
    assert cleaned["allowed_ips"] == ["10.0.0.1"]
    assert cleaned["blocked_ips"] == []


def test_overlapping_but_different_entries_are_allowed() -> None:
    # Blocked wins at decision time, so a blocked subnet of an allowed network is meaningful.
    cleaned = validate(allowed_ips=["10.0.0.0/8"], blocked_ips=["10.1.0.0/16"],
                       allowed_endpoints=["tokens.*"], blocked_endpoints=["tokens.delete"])
    assert (cleaned["allowed_ips"], cleaned["blocked_ips"]) == (["10.0.0.0/8"], ["10.1.0.0/16"])
    assert (cleaned["allowed_endpoints"], cleaned["blocked_endpoints"]) == (
        ["tokens.*"], ["tokens.delete"])


def test_past_expiry_is_accepted_when_not_being_set() -> None:
    past = "2020-01-01T00:00:00Z"
    assert validate(check_expiry=False, expires_at=past)["expires_at"] == \
        datetime(2020, 1, 1, tzinfo=UTC)


# ---- every problem code ------------------------------------------------------------------------


@pytest.mark.parametrize(("values", "expected"), [
    ({"organization_name": None}, ("organization_name", "required")),
    ({"organization_name": "   "}, ("organization_name", "required")),
    ({"organization_id": ""}, ("organization_id", "required")),
    ({"organization_name": "n" * 201}, ("organization_name", "too_long")),
    ({"organization_id": "i" * 65}, ("organization_id", "too_long")),
    ({"organization_id": "-acme"}, ("organization_id", "bad_org_id")),
    ({"organization_id": "ac me"}, ("organization_id", "bad_org_id")),
    ({"organization_id": "acmé"}, ("organization_id", "bad_org_id")),
    ({"organization_id": "acme/1"}, ("organization_id", "bad_org_id")),
    ({"organization_name": ["Acme"]}, ("organization_name", "not_text")),
    ({"organization_id": {"id": 1}}, ("organization_id", "not_text")),
    ({"organization_id": 42}, ("organization_id", "not_text")),
    ({"allowed_ips": "10.0.0.1"}, ("allowed_ips", "not_a_list")),
    ({"blocked_endpoints": {"tokens.read": True}}, ("blocked_endpoints", "not_a_list")),
    ({"blocked_ips": 7}, ("blocked_ips", "not_a_list")),
    ({"allowed_ips": ["10.0.0.256"]}, ("allowed_ips", "ip_invalid")),
    ({"allowed_ips": ["fe80::1%eth0"]}, ("allowed_ips", "ip_invalid")),
    ({"blocked_ips": ["10.0.0.1/24"]}, ("blocked_ips", "ip_host_bits")),
    ({"blocked_ips": ["  "]}, ("blocked_ips", "ip_empty")),
    ({"allowed_ips": ["10.0.0.1", "10.0.0.1/32"]}, ("allowed_ips", "duplicate")),
    ({"allowed_ips": ["2001:DB8::/32", "2001:db8::/32"]}, ("allowed_ips", "duplicate")),
    ({"allowed_endpoints": ["tokens.read", " tokens.read"]}, ("allowed_endpoints", "duplicate")),
    ({"allowed_endpoints": ["tokens.nope"]}, ("allowed_endpoints", "unknown_endpoint")),
    ({"blocked_endpoints": ["nope.*"]}, ("blocked_endpoints", "unknown_endpoint")),
    ({"blocked_endpoints": [""]}, ("blocked_endpoints", "unknown_endpoint")),
    ({"blocked_endpoints": ["tokens"]}, ("blocked_endpoints", "unknown_endpoint")),
    ({"allowed_endpoints": ["devices.list"], "blocked_endpoints": ["devices.list"]},
     ("blocked_endpoints", "in_both_lists")),
    ({"allowed_ips": ["2001:DB8::/32"], "blocked_ips": ["2001:db8::/32"]},
     ("blocked_ips", "in_both_lists")),
    ({"allowed_ips": ["10.0.0.1"] * (MAX_IP_ENTRIES + 1)}, ("allowed_ips", "too_many")),
    ({"blocked_endpoints": ["*"] * (MAX_ENDPOINT_PATTERNS + 1)},
     ("blocked_endpoints", "too_many")),
    ({"expires_at": "tomorrow"}, ("expires_at", "bad_instant")),
    ({"expires_at": "2031-01-01T00:00:00"}, ("expires_at", "bad_instant")),
    ({"expires_at": datetime(2031, 1, 1)}, ("expires_at", "bad_instant")),
    ({"expires_at": 1924992000}, ("expires_at", "bad_instant")),
    ({"expires_at": "0001-01-01T00:00:00+01:00"}, ("expires_at", "bad_instant")),
    ({"expires_at": "9999-12-31T23:59:59-01:00"}, ("expires_at", "bad_instant")),
    ({"expires_at": NOW}, ("expires_at", "expiry_past")),
    ({"expires_at": "2020-01-01T00:00:00Z"}, ("expires_at", "expiry_past")),
    ({"expires_at": NOW + timedelta(days=365 * 100, seconds=1)}, ("expires_at", "expiry_far")),
    ({"key": "cct_x"}, ("key", "unknown_field")),
    ({"id": 3}, ("id", "unknown_field")),
])
def test_each_problem(values: dict[str, Any], expected: tuple[str, str]) -> None:
    problems = problems_of(**values)
    assert expected in problems
    assert {code for _, code in problems} <= KNOWN_CODES


def test_expiry_just_after_now_is_accepted() -> None:
    assert validate(expires_at=NOW + timedelta(microseconds=1))["expires_at"] > NOW
    assert validate(expires_at=NOW + timedelta(days=365 * 100))["expires_at"]


def test_host_bits_problem_suggests_the_network() -> None:
    with pytest.raises(ValidationError) as info:
        validate(blocked_ips=["10.0.0.1/24"])
    assert info.value.fields["blocked_ips"] == "10.0.0.1/24 has host bits set; did you mean " \
        "10.0.0.0/24?"
    problem = info.value.problems[0]
    assert problem.params["entry"] == "10.0.0.1/24"


def test_all_problems_are_reported_at_once_and_fields_keep_the_first() -> None:
    with pytest.raises(ValidationError) as info:
        validate_token_fields(
            {"organization_name": "", "organization_id": "-x",
             "allowed_ips": ["bad", "10.0.0.1/8"], "expires_at": "2020-01-01T00:00:00Z"},
            now=NOW, check_expiry=True)
    err = info.value
    assert isinstance(err, ComplianceError)
    assert err.code == "invalid_input"
    assert set(err.fields) == {"organization_name", "organization_id", "allowed_ips",
                               "expires_at"}
    assert [p.code for p in err.problems if p.field == "allowed_ips"] == [
        "ip_invalid", "ip_host_bits"]
    assert err.fields["allowed_ips"].startswith("bad is not an IP address")
    assert "organization_name" in str(err)


def test_unknown_field_with_odd_keys_does_not_crash() -> None:
    with pytest.raises(ValidationError) as info:
        validate_token_fields({**BASE, 1: "x", None: 2, "zz": 3},  # type: ignore[dict-item]
                              now=NOW, check_expiry=True)
    assert {p.field for p in info.value.problems} == {"1", "None", "zz"}


# ---- garbage in: cleaned values or ValidationError, never anything else ------------------------

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                    st.sampled_from(["10.0.0.1", "10.0.0.0/8", "tokens.*", "*", "2030-01-01",
                                     "2031-01-01T00:00:00Z", "0001-01-01T00:00:00+05:00",
                                     "::ffff:1.2.3.4/120", "acme", ""]))
garbage = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner),
    st.dictionaries(st.sampled_from(["a", "id", "x"]), inner, max_size=2)), max_leaves=8)
# Instants of every kind, including the extremes whose UTC conversion overflows.
instant_texts = st.one_of(
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=5)),
                                            timezone(timedelta(hours=-5)), None]))
    .map(datetime.isoformat),
    st.datetimes(timezones=st.just(UTC)).map(format_instant),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=-1))])),
)
text_ips = st.one_of(st.ip_addresses().map(str), st.sampled_from(
    ["10.0.0.1/8", "fe80::1%eth0", "::ffff:1.2.3.4/120", " ", "10.0.0.0/8"]))
endpoint_texts = st.sampled_from([*pattern_choices(), "nope.*", "", " tokens.read"])
field_garbage = {
    "organization_name": st.one_of(garbage, st.text(max_size=210)),
    "organization_id": st.one_of(garbage, st.from_regex(r"[A-Za-z0-9._ -]{0,70}",
                                                        fullmatch=True)),
    "allowed_endpoints": st.one_of(garbage, st.lists(endpoint_texts, max_size=4)),
    "blocked_endpoints": st.one_of(garbage, st.lists(endpoint_texts, max_size=4)),
    "allowed_ips": st.one_of(garbage, st.lists(text_ips, max_size=4)),
    "blocked_ips": st.one_of(garbage, st.lists(text_ips, max_size=4)),
    "expires_at": st.one_of(garbage, instant_texts),
}
garbage_values = st.tuples(
    st.fixed_dictionaries({}, optional=field_garbage),
    # Keys that are no field, some not even text (a mapping built by careless code).
    st.dictionaries(st.one_of(st.text(max_size=10), st.integers(), st.none()), garbage,
                    max_size=2),
).map(lambda t: {**t[1], **t[0]})


@settings(max_examples=200)
@given(garbage_values, st.booleans())
def test_garbage_gives_clean_values_or_a_validation_error(values: dict[Any, Any],
                                                           check_expiry: bool) -> None:
    try:
        cleaned = validate_token_fields(values, now=NOW, check_expiry=check_expiry)
    except ValidationError as exc:
        assert exc.problems
        assert set(exc.fields) <= set(EDITABLE_FIELDS) | {str(k) for k in values}
        assert {p.code for p in exc.problems} <= KNOWN_CODES
        assert all(isinstance(v, str) and v for v in exc.fields.values())
        return
    assert set(cleaned) == set(EDITABLE_FIELDS)
    assert isinstance(cleaned["organization_name"], str)
    assert isinstance(cleaned["organization_id"], str)
    for name in LIST_FIELDS:
        assert all(isinstance(e, str) for e in cleaned[name])
    assert cleaned["expires_at"] is None or cleaned["expires_at"].tzinfo is not None


valid_ips = st.sampled_from(["10.0.0.0/8", "10.1.0.0/16", "10.0.0.5", "2001:DB8::/32",
                             "::ffff:192.0.2.0/120", "192.0.2.7/32", "::1", "0.0.0.0/0"])
valid_values = st.fixed_dictionaries(
    {"organization_name": st.text(min_size=1, max_size=200,
                                  alphabet=st.characters(exclude_categories=("Cc", "Cs")))
                          .filter(str.strip),
     "organization_id": st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True)},
    optional={"allowed_endpoints": st.lists(st.sampled_from(pattern_choices()), max_size=4),
              "blocked_endpoints": st.lists(st.sampled_from(pattern_choices()), max_size=4),
              "allowed_ips": st.lists(valid_ips, max_size=4),
              "blocked_ips": st.lists(valid_ips, max_size=4),
              "expires_at": st.one_of(st.none(), st.datetimes(
                  min_value=datetime(2030, 6, 2), max_value=datetime(2100, 1, 1),
                  timezones=st.sampled_from([UTC, ZoneInfo("Europe/Berlin")])))})


@settings(max_examples=100)
@given(valid_values)
def test_cleaning_is_idempotent(values: dict[str, Any]) -> None:
    try:
        cleaned = validate_token_fields(values, now=NOW, check_expiry=True)
    except ValidationError as exc:
        # Only the list-level clashes a random draw can make.
        assert {p.code for p in exc.problems} <= {"duplicate", "in_both_lists"}
        return
    again = validate_token_fields({**cleaned, "expires_at": format_instant(cleaned["expires_at"])},
                                  now=NOW, check_expiry=True)
    assert again == cleaned


# ---- JSON forms --------------------------------------------------------------------------------

instants = st.one_of(st.none(), st.datetimes(min_value=datetime(1970, 1, 2),
                                             max_value=datetime(9999, 1, 1),
                                             timezones=st.just(UTC)))
token_objects = st.builds(
    Token,
    id=st.integers(1, 2**53),
    organization_name=st.text(max_size=50),
    organization_id=st.text(max_size=20),
    key_prefix=st.just("cct_Ab12Cd34"),
    allowed_endpoints=st.lists(st.sampled_from(pattern_choices())).map(tuple),
    blocked_endpoints=st.lists(st.sampled_from(pattern_choices())).map(tuple),
    allowed_ips=st.lists(valid_ips).map(tuple),
    blocked_ips=st.lists(valid_ips).map(tuple),
    expires_at=instants, created_at=instants, updated_at=instants, last_used_at=instants,
    last_used_ip=st.one_of(st.none(), st.just("10.0.0.1")),
    version=st.integers(1, 10**6),
)


@given(token_objects)
def test_token_json_round_trip(token: Token) -> None:
    data = token.to_json()
    assert Token.from_json(json.loads(json.dumps(data))) == token
    for name in ("expires_at", "created_at", "updated_at", "last_used_at"):
        assert data[name] is None or data[name].endswith("Z")


def test_token_json_has_the_contract_fields_and_never_a_key() -> None:
    token = Token(id=7, organization_name="Acme", organization_id="acme", key_prefix="cct_Ab12Cd34",
                  expires_at=datetime(2031, 1, 1, tzinfo=UTC))
    data = token.to_json()
    assert set(data) == {"id", "organization_name", "organization_id", "key_prefix",
                         "allowed_endpoints", "blocked_endpoints", "allowed_ips", "blocked_ips",
                         "expires_at", "created_at", "updated_at", "last_used_at",
                         "last_used_ip", "version", "scope", "bound_devices",
                         # DESIGN §10
                         "name", "description", "owner", "status", "suspended_reason",
                         "created_by", "previous_key_expires_at"}
    assert data["expires_at"] == "2031-01-01T00:00:00Z"
    assert (data["status"], data["suspended_reason"]) == ("active", None)
    assert Token.from_json(data) == token
    assert "key" not in data


def test_issued_token_shows_the_key_in_json_but_not_in_repr() -> None:
    token = Token(id=1, organization_name="A", organization_id="a", key_prefix="cct_Ab12Cd34")
    key = "cct_" + "x" * 49
    issued = IssuedToken(token, key)
    assert issued.to_json()["key"] == key
    assert key not in repr(issued)


def test_token_from_json_accepts_minimal_and_offset_instants() -> None:
    token = Token.from_json({"id": "3", "organization_name": "A", "organization_id": "a",
                             "key_prefix": "cct_Ab12Cd34",
                             "expires_at": "2031-01-01T01:00:00+01:00"})
    assert token.id == 3
    assert token.expires_at == datetime(2031, 1, 1, tzinfo=UTC)
    assert token.allowed_ips == ()
    assert token.version == 1
    assert token.is_expired(datetime(2031, 1, 1, tzinfo=UTC))
    assert not token.is_expired(datetime(2030, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))
    assert not Token(id=1, organization_name="A", organization_id="a",
                     key_prefix="p").is_expired()


def test_token_access_from_json() -> None:
    access = TokenAccess.from_json({
        "token": {"id": 1, "organization_name": "A", "organization_id": "a",
                  "key_prefix": "cct_Ab12Cd34"},
        "effective_endpoints": ["tokens.self", "devices.list"], "client_address": "10.0.0.1"})
    assert access.may("devices.list")
    assert not access.may("tokens.delete")
    assert access.client_address == "10.0.0.1"


def test_parse_instant() -> None:
    assert parse_instant(None) is None
    assert parse_instant("2031-01-01T00:00:00Z") == datetime(2031, 1, 1, tzinfo=UTC)
    assert parse_instant("2031-01-01T02:00:00+02:00") == datetime(2031, 1, 1, tzinfo=UTC)
    assert parse_instant(datetime(2031, 1, 1, 1, tzinfo=ZoneInfo("Europe/Berlin"))) == \
        datetime(2031, 1, 1, tzinfo=UTC)
    assert parse_instant("2031-01-01T00:00:00Z").tzinfo is UTC
    for bad in ("2031-01-01", "2031-01-01T00:00:00", "soon", "0001-01-01T00:00:00+00:01"):
        with pytest.raises(ValueError):
            parse_instant(bad)
    assert format_instant(None) is None


# ---- the picked expire date --------------------------------------------------------------------


@pytest.mark.parametrize(("day", "zone", "expected"), [
    (date(2031, 1, 15), "UTC", datetime(2031, 1, 15, 23, 59, 59, tzinfo=UTC)),
    (date(2031, 1, 15), "Europe/Berlin", datetime(2031, 1, 15, 22, 59, 59, tzinfo=UTC)),
    (date(2031, 7, 15), "Europe/Berlin", datetime(2031, 7, 15, 21, 59, 59, tzinfo=UTC)),
    # DST changes on these days; the end of the day is in the new offset.
    (date(2024, 3, 31), "Europe/Berlin", datetime(2024, 3, 31, 21, 59, 59, tzinfo=UTC)),
    (date(2024, 10, 27), "Europe/Berlin", datetime(2024, 10, 27, 22, 59, 59, tzinfo=UTC)),
    (date(2024, 3, 10), "America/New_York", datetime(2024, 3, 11, 3, 59, 59, tzinfo=UTC)),
    (date(2024, 11, 3), "America/New_York", datetime(2024, 11, 4, 4, 59, 59, tzinfo=UTC)),
    (date(2024, 11, 2), "America/New_York", datetime(2024, 11, 3, 3, 59, 59, tzinfo=UTC)),
    # Chile falls back from 24:00 to 23:00: 23:59:59 happens twice; the day ends at the second.
    (date(2024, 4, 6), "America/Santiago", datetime(2024, 4, 7, 3, 59, 59, tzinfo=UTC)),
    (date(2024, 9, 7), "America/Santiago", datetime(2024, 9, 8, 3, 59, 59, tzinfo=UTC)),
])
def test_end_of_day(day: date, zone: str, expected: datetime) -> None:
    result = end_of_day(day, ZoneInfo(zone))
    assert result == expected
    assert result.tzinfo is UTC


ZONES = ["UTC", "Europe/Berlin", "America/New_York", "America/Santiago", "America/Asuncion",
         "Asia/Beirut", "America/Havana", "Australia/Lord_Howe", "Asia/Kolkata",
         "Pacific/Chatham", "America/St_Johns", "Africa/Casablanca"]


def _is_last_second_of(result: datetime, day: date, tz: ZoneInfo) -> bool:
    return (result.astimezone(tz).date() == day
            and (result + timedelta(seconds=1)).astimezone(tz).date() == day + timedelta(days=1))


@pytest.mark.parametrize("zone", ZONES)
def test_end_of_day_for_every_day_of_two_years(zone: str) -> None:
    # Exhaustive, because the days that break a naive version are a handful a year per zone.
    tz = ZoneInfo(zone)
    day = date(2024, 1, 1)
    while day < date(2026, 1, 1):
        assert _is_last_second_of(end_of_day(day, tz), day, tz), day
        day += timedelta(days=1)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(ZONES))
def test_end_of_day_is_the_last_second_of_that_local_day(day: date, zone: str) -> None:
    tz = ZoneInfo(zone)
    assert _is_last_second_of(end_of_day(day, tz), day, tz)


@pytest.mark.parametrize("name", ["Acme\x00Ltd", "Acme\x1b[31mLtd", "Acme\ud800", "Acme\x7f"])
def test_control_characters_nul_and_lone_surrogates_are_refused(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_token_fields({"organization_name": name, "organization_id": "acme"},
                              now=datetime.now(UTC), check_expiry=True)
    assert caught.value.problems[0].code in ("control_character", "lone_surrogate")
    assert "organization_name" in caught.value.fields
