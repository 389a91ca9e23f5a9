"""A token's life after creation (ARCHITECTURE §11): the token policy, grace periods for
replaced keys, expiry presets and when to warn about expiry. Pure code, shared by the server
(which enforces the policy), the desktop app and the command line (which offer its choices).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from .errors import FieldProblem, PolicyViolation, ValidationError

#: The longest grace period of a replaced key: seven days.
MAX_GRACE_SECONDS = 7 * 24 * 3600
#: What the GUI offers when regenerating (none, 1 hour, 1 day, 7 days).
GRACE_CHOICES: tuple[int, ...] = (0, 3600, 24 * 3600, MAX_GRACE_SECONDS)
#: An end user's own rotation keeps the old key an hour: the PC has its new key by then.
SELF_ROTATION_GRACE_SECONDS = 3600
#: The expiry presets of the token dialog and ``--expires-in``, in days.
EXPIRY_PRESET_DAYS: tuple[int, ...] = (7, 30, 60, 90)

MAX_POLICY_DAYS = 36500  # 100 years: the longest expiry a token may have at all
MAX_WARN_DAYS = 365


def validate_grace(value: Any) -> int:
    """``grace_seconds`` as the contract takes it: an integer from 0 to 604800."""
    if isinstance(value, bool) or not isinstance(value, int) or not (
            0 <= value <= MAX_GRACE_SECONDS):
        raise ValidationError([FieldProblem(
            "grace_seconds", "bad_grace",
            f"The grace period is a whole number of seconds from 0 to {MAX_GRACE_SECONDS}.",
            max=MAX_GRACE_SECONDS)])
    return value


def parse_duration(text: str) -> int:
    """``30m``, ``1h``, ``1d``, ``7d``, ``90s`` or plain seconds, as seconds (CLI ``--grace``).

    Raises ValueError with a sentence naming the accepted forms."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    raw = text.strip().lower()
    number, unit = (raw[:-1], raw[-1]) if raw and raw[-1] in units else (raw, "s")
    if not (number.isascii() and number.isdigit()):
        raise ValueError(f"{text!r} is not a duration; write it as 90s, 30m, 1h or 7d.")
    return int(number) * units[unit]


@dataclass(frozen=True, slots=True)
class TokenPolicy:
    """The service's token policy (``policy.read``/``policy.update``).

    ``default_lifetime_days`` is the clients' preset for a new token; the server never fills
    it in. ``warn_before_days`` is how long ahead of expiry clients warn the end user.
    """

    max_lifetime_days: int | None = None
    require_expiry: bool = False
    require_ip_restriction: bool = False
    default_lifetime_days: int = 90
    warn_before_days: int = 14

    @property
    def allows_never(self) -> bool:
        """Whether a token may be made never to expire."""
        return not self.require_expiry and self.max_lifetime_days is None

    def latest_expiry(self, now: datetime) -> datetime | None:
        """The latest expiry a token created or changed now may have; None: no limit."""
        if self.max_lifetime_days is None:
            return None
        return now + timedelta(days=self.max_lifetime_days)

    def preset_days(self) -> tuple[int, ...]:
        """The expiry presets this policy allows (days from today)."""
        limit = self.max_lifetime_days
        return tuple(d for d in EXPIRY_PRESET_DAYS if limit is None or d <= limit)

    def problems(self, *, expires_at: datetime | None, allowed_ips: Sequence[str],
                 now: datetime) -> list[FieldProblem]:
        """What in a token's fields this policy forbids (empty: nothing).

        Checks every rule; :meth:`check` says which apply to an update.
        """
        found: list[FieldProblem] = []
        if expires_at is None and self.require_expiry:
            found.append(FieldProblem(
                "expires_at", "expiry_required",
                "An expire date is required."))
        latest = self.latest_expiry(now)
        if latest is not None and (expires_at is None or expires_at > latest):
            found.append(FieldProblem(
                "expires_at", "expiry_too_late",
                f"The expire date may be at most {self.max_lifetime_days} days from now.",
                days=self.max_lifetime_days))
        if self.require_ip_restriction and not allowed_ips:
            found.append(FieldProblem(
                "allowed_ips", "ip_restriction_required",
                "At least one allowed IP address or network is required."))
        return found

    def check(self, *, expires_at: datetime | None, allowed_ips: Sequence[str],
              now: datetime, check_expiry: bool = True, check_ips: bool = True) -> None:
        """Raise PolicyViolation for what :meth:`problems` finds.

        A create checks everything; an update checks the expiry only when it sets
        ``expires_at`` and the IP rule only when it sets ``allowed_ips``, so that a policy
        made stricter later does not block the older tokens' unrelated edits."""
        skipped = {name for name, check in (("expires_at", check_expiry),
                                            ("allowed_ips", check_ips)) if not check}
        found = [p for p in self.problems(expires_at=expires_at, allowed_ips=allowed_ips,
                                          now=now)
                 if p.field not in skipped]
        if found:
            raise PolicyViolation(found)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenPolicy:
        """The policy a server answered (trusted shape; see :func:`validate_policy`)."""
        limit = data.get("max_lifetime_days")
        return cls(max_lifetime_days=None if limit is None else int(limit),
                   require_expiry=bool(data.get("require_expiry", False)),
                   require_ip_restriction=bool(data.get("require_ip_restriction", False)),
                   default_lifetime_days=int(data.get("default_lifetime_days", 90)),
                   warn_before_days=int(data.get("warn_before_days", 14)))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


POLICY_FIELDS = tuple(TokenPolicy.__dataclass_fields__)


def _whole_number(problems: list[FieldProblem], name: str, value: Any, low: int,
                  high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        problems.append(FieldProblem(name, "out_of_range",
                                     f"{name} is a whole number from {low} to {high}.",
                                     min=low, max=high))
        return low
    return value


def validate_policy(values: Mapping[str, Any]) -> TokenPolicy:
    """The whole policy object a ``policy.update`` sends, checked; else ValidationError."""
    problems: list[FieldProblem] = []
    for name in sorted(str(k) for k in set(values) - set(POLICY_FIELDS)):
        problems.append(FieldProblem(name, "unknown_field", f"{name} is not a policy field."))
    for name in POLICY_FIELDS:
        if name not in values:
            problems.append(FieldProblem(name, "required", f"{name} is missing."))
    limit_value = values.get("max_lifetime_days")
    limit = None if limit_value is None else _whole_number(
        problems, "max_lifetime_days", limit_value, 1, MAX_POLICY_DAYS)
    flags = {}
    for name in ("require_expiry", "require_ip_restriction"):
        flag = values.get(name, False)
        if not isinstance(flag, bool):
            problems.append(FieldProblem(name, "not_bool", f"{name} is true or false."))
            flag = False
        flags[name] = flag
    limit_ok = not any(p.field == "max_lifetime_days" for p in problems)
    default = _whole_number(problems, "default_lifetime_days",
                            values.get("default_lifetime_days", 90), 1, MAX_POLICY_DAYS)
    # Compared only with a valid limit: a bad one stands in as 1 and would blame the default.
    if limit is not None and limit_ok and default > limit:
        problems.append(FieldProblem(
            "default_lifetime_days", "default_too_long",
            f"The default lifetime may not be longer than the maximum lifetime ({limit} "
            "days): lower the default too."))
    warn = _whole_number(problems, "warn_before_days", values.get("warn_before_days", 14),
                         0, MAX_WARN_DAYS)
    if problems:
        raise ValidationError(problems)
    return TokenPolicy(limit, flags["require_expiry"], flags["require_ip_restriction"],
                       default, warn)


# ---- warning the end user ---------------------------------------------------------------------


def days_left(expires_at: datetime, now: datetime) -> int:
    """Whole days until ``expires_at``, rounded up (expiring in 4 days 2 hours: 5)."""
    return max(0, math.ceil((expires_at - now).total_seconds() / 86400))


def in_warning_window(expires_at: datetime | None, warn_before_days: int | None,
                      now: datetime) -> bool:
    """Whether an unexpired token is close enough to its expiry to warn about it."""
    if expires_at is None or expires_at <= now or not warn_before_days:
        return False
    return expires_at - now <= timedelta(days=warn_before_days)
