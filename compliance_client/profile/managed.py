"""Managed settings: what IT sets for this PC, read from the operating system (DESIGN §13).

One reader, one source per OS:

* Windows: the registry key ``SOFTWARE\\Policies\\Compliance Client`` under HKLM, then HKCU
  (a value under HKLM wins: machine policy over user policy, as Group Policy itself ranks
  them). Strings are REG_SZ, switches REG_DWORD 0/1 (the ADMX template in
  ``installer/policy/`` writes exactly these).
* Linux (and other POSIX systems): ``/etc/compliance-client/policy.json``.
* macOS: the managed preferences of ``com.compliance-client``
  (``/Library/Managed Preferences/com.compliance-client.plist``, which a configuration
  profile writes; the machine-wide file wins over the user's own managed file).
* ``COMPLIANCE_POLICY_FILE`` names a JSON file that replaces all of these (tests, and IT
  staff trying a policy out on one PC).

The values are merged over the user's profile (:meth:`ManagedSettings.apply`): a locked
value (``LockServerUrl``, ``LockLanguage``) always wins and the dialog shows it read-only
with "Set by your organization"; an unlocked ``ServerUrl`` or ``Language`` is the default
for a profile that has none; ``CaBundle`` always applies (it is IT's trust decision);
``ProfileName`` names the first profile; ``EnrollmentCode`` makes the app enroll itself on
its first start. A value that does not validate is ignored, and why is kept in
:attr:`ManagedSettings.problems` (the app logs it; ``profile show`` prints it): a broken
policy must never stop the app, and must never half-apply.
"""

from __future__ import annotations

import json
import logging
import os
import plistlib
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..domain.keys import ENROLLMENT_CODE_PROBLEM_TEXT, enrollment_code_problem, redact
from .languages import language_problem
from .urls import normalize_server_url, validate_server_url

if TYPE_CHECKING:
    from .profiles import Profile

LOG = logging.getLogger("compliance_client.profile")

#: Every key of the managed settings (DESIGN §13), as the registry, JSON and plist name them.
MANAGED_KEYS = ("ServerUrl", "Language", "ProfileName", "LockServerUrl", "LockLanguage",
                "EnrollmentCode", "CaBundle", "DisableDemo", "Autostart")
POLICY_FILE_ENV = "COMPLIANCE_POLICY_FILE"
POSIX_POLICY_FILE = Path("/etc/compliance-client/policy.json")
REGISTRY_KEY = r"SOFTWARE\Policies\Compliance Client"
MACOS_DOMAIN = "com.compliance-client"
MACOS_MANAGED_DIR = Path("/Library/Managed Preferences")

#: What a locked field says in the dialog, ``profile set`` and ``profile show``.
SET_BY_ORGANIZATION = "Set by your organization"

#: Where an effective value comes from (``profile show --json``'s ``sources``).
MANAGED, PROFILE, DEFAULT = "managed", "profile", "default"

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


@dataclass(frozen=True, slots=True)
class ManagedSettings:
    """The managed settings in force (every field None/False when IT set nothing)."""

    server_url: str | None = None
    language: str | None = None
    profile_name: str | None = None
    lock_server_url: bool = False
    lock_language: bool = False
    #: A secret: never shown, logged or written anywhere but the server's redeem call.
    enrollment_code: str | None = field(default=None, repr=False)
    ca_bundle: str | None = None
    disable_demo: bool = False
    #: True: start at sign-in; False: never; None: the user chooses.
    autostart: bool | None = None
    #: Where they were read, for a person ("registry HKLM\\SOFTWARE\\Policies\\...").
    origin: str = ""
    #: Values that were ignored, and why (never holding a secret).
    problems: tuple[str, ...] = ()

    @property
    def present(self) -> bool:
        """True when any managed value is in force."""
        return any((self.server_url, self.language, self.profile_name, self.enrollment_code,
                    self.ca_bundle, self.disable_demo, self.autostart is not None))

    def locked(self, name: str) -> bool:
        """Whether the profile field ``name`` ("url", "language") is set by IT and read-only.
        A lock with no value to lock is no lock (it is reported as a problem)."""
        if name == "url":
            return self.lock_server_url and self.server_url is not None
        if name == "language":
            return self.lock_language and self.language is not None
        if name == "ca_bundle":
            return self.ca_bundle is not None
        return False

    def apply(self, profile: Profile) -> Profile:
        """The profile as it takes effect: locked values and the CA bundle over the user's,
        unlocked values only where the user set none."""
        changes: dict[str, Any] = {}
        if self.server_url is not None and (self.locked("url") or not profile.url):
            changes["url"] = self.server_url
        if self.language is not None and self.locked("language"):
            changes["language"] = self.language
        if self.ca_bundle is not None:
            changes["ca_bundle"] = self.ca_bundle
        changes = {k: v for k, v in changes.items() if getattr(profile, k) != v}
        return replace(profile, **changes) if changes else profile

    def new_profile_fields(self) -> dict[str, Any]:
        """What a first profile starts with: IT's name, URL, language and CA bundle."""
        fields: dict[str, Any] = {}
        if self.profile_name is not None:
            fields["name"] = self.profile_name
        if self.server_url is not None:
            fields["url"] = self.server_url
        if self.language is not None:
            fields["language"] = self.language
        if self.ca_bundle is not None:
            fields["ca_bundle"] = self.ca_bundle
        return fields

    def sources(self, profile: Profile | None) -> dict[str, str]:
        """For ``name``, ``url``, ``language`` and ``ca_bundle``: ``"managed"``,
        ``"profile"`` or ``"default"``, as :meth:`apply` makes the effective profile (or,
        with no profile yet, as :meth:`new_profile_fields` would start one)."""
        if profile is None:
            return {"name": MANAGED if self.profile_name else DEFAULT,
                    "url": MANAGED if self.server_url else DEFAULT,
                    "language": MANAGED if self.language else DEFAULT,
                    "ca_bundle": MANAGED if self.ca_bundle else DEFAULT}
        if self.locked("url"):
            url = MANAGED
        else:
            url = PROFILE if profile.url else MANAGED if self.server_url else DEFAULT
        # A saved profile always has a language of its own: only a lock overrides it.
        language = MANAGED if self.locked("language") else PROFILE
        ca_bundle = (MANAGED if self.ca_bundle else PROFILE if profile.ca_bundle
                     else DEFAULT)
        return {"name": PROFILE, "url": url, "language": language, "ca_bundle": ca_bundle}


# ---- reading ---------------------------------------------------------------------------------


def read_managed(*, platform: str | None = None, winreg: ModuleType | None = None,
                 environ: Mapping[str, str] | None = None, log: bool = True
                 ) -> ManagedSettings:
    """The managed settings in force on this PC; cheap (a few registry values or one small
    file), so callers read them when they need them rather than caching a stale copy.

    ``platform``, ``winreg`` and ``environ`` are for tests (a fake registry on Linux).
    ``log=False`` leaves the problems unlogged, for a caller that reports them itself (the
    command line prints them once on stderr; a log record would print them a second time
    there, through logging's last-resort handler).
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    override = env.get(POLICY_FILE_ENV)
    if override:
        raw, origin, problems = _read_json_file(Path(override))
    elif platform == "win32":
        raw, origin, problems = _read_registry(winreg)
    elif platform == "darwin":
        raw, origin, problems = _read_macos(env)
    else:
        raw, origin, problems = _read_json_file(POSIX_POLICY_FILE)
    settings = parse_settings(raw, origin=origin, problems=problems)
    for problem in settings.problems if log else ():
        LOG.warning("managed settings (%s): %s", settings.origin, problem)
    return settings


def _read_json_file(path: Path) -> tuple[dict[str, Any], str, list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}, "", []
    except OSError as exc:
        return {}, str(path), [f"{path} cannot be read ({exc.strerror or exc}); ignored"]
    try:
        data = json.loads(text)
    except ValueError as exc:
        return {}, str(path), [f"{path} is not valid JSON ({exc}); ignored"]
    if not isinstance(data, dict):
        return {}, str(path), [f"{path} does not hold a JSON object; ignored"]
    return data, str(path), []


def _read_registry(winreg: ModuleType | None) -> tuple[dict[str, Any], str, list[str]]:
    if winreg is None:
        import winreg as real_winreg  # type: ignore[import-not-found,unused-ignore]

        winreg = real_winreg
    merged: dict[str, Any] = {}
    origins: list[str] = []
    # HKCU first, HKLM over it: machine policy wins.
    for hive_name, short in (("HKEY_CURRENT_USER", "HKCU"), ("HKEY_LOCAL_MACHINE", "HKLM")):
        values = _registry_values(winreg, getattr(winreg, hive_name))
        if values:
            origins.append(f"{short}\\{REGISTRY_KEY}")
            merged.update(values)
    return merged, " + ".join(reversed(origins)), []


def _registry_values(winreg: ModuleType, hive: Any) -> dict[str, Any]:
    try:
        key = winreg.OpenKey(hive, REGISTRY_KEY)
    except OSError:
        return {}
    values: dict[str, Any] = {}
    try:
        for name in MANAGED_KEYS:
            try:
                value, _kind = winreg.QueryValueEx(key, name)
            except OSError:
                continue
            values[name] = value
    finally:
        winreg.CloseKey(key)
    return values


def _read_macos(env: Mapping[str, str]) -> tuple[dict[str, Any], str, list[str]]:
    merged: dict[str, Any] = {}
    origins: list[str] = []
    problems: list[str] = []
    user = env.get("USER", "")
    candidates = [MACOS_MANAGED_DIR / user / f"{MACOS_DOMAIN}.plist"] if user else []
    candidates.append(MACOS_MANAGED_DIR / f"{MACOS_DOMAIN}.plist")  # the machine's wins
    for path in candidates:
        try:
            with path.open("rb") as handle:
                data = plistlib.load(handle)
        except FileNotFoundError:
            continue
        except (OSError, plistlib.InvalidFileException, ValueError) as exc:
            problems.append(f"{path} cannot be read ({exc}); ignored")
            continue
        if isinstance(data, dict):
            merged.update(data)
            origins.append(str(path))
    return merged, " + ".join(reversed(origins)), problems


# ---- checking ----------------------------------------------------------------------------------


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    return None


def parse_settings(raw: Mapping[str, Any], *, origin: str = "",
                   problems: list[str] | None = None) -> ManagedSettings:
    """Managed settings from their raw key/value form, each value checked on its own: a bad
    value is dropped with a problem, the others still apply."""
    found: dict[str, Any] = {}
    notes = list(problems or ())

    def text(name: str, check: Callable[[str], str | None]) -> str | None:
        value = raw.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            notes.append(f"{name} must be a non-empty text; ignored")
            return None
        problem = check(value.strip())
        if problem is not None:
            notes.append(f"{name}: {problem.rstrip('.')}; ignored")
            return None
        return value.strip()

    def url_problem(value: str) -> str | None:
        problem = validate_server_url(value)
        return problem.message if problem is not None else None

    def language_check(value: str) -> str | None:
        problem = language_problem(value)
        return problem.message if problem is not None else None

    def name_check(value: str) -> str | None:
        from .profiles import name_problem

        problem = name_problem(value)
        return problem.message if problem is not None else None

    def code_check(value: str) -> str | None:
        problem = enrollment_code_problem(value)
        return ENROLLMENT_CODE_PROBLEM_TEXT[problem] if problem is not None else None

    url = text("ServerUrl", url_problem)
    found["server_url"] = normalize_server_url(url) if url is not None else None
    found["language"] = text("Language", language_check)
    found["profile_name"] = text("ProfileName", name_check)
    found["enrollment_code"] = text("EnrollmentCode", code_check)
    found["ca_bundle"] = text("CaBundle", lambda value: None)
    for name, attribute in (("LockServerUrl", "lock_server_url"),
                            ("LockLanguage", "lock_language"),
                            ("DisableDemo", "disable_demo"), ("Autostart", "autostart")):
        if name not in raw:
            continue
        flag = _flag(raw[name])
        if flag is None:
            notes.append(f"{name} must be true or false (1 or 0); ignored")
            continue
        found[attribute] = flag
    unknown = sorted(k for k in raw if k not in MANAGED_KEYS)
    if unknown:
        notes.append(f"unknown keys ignored: {', '.join(map(str, unknown))}")
    if found.get("lock_server_url") and found["server_url"] is None:
        notes.append("LockServerUrl is set but there is no valid ServerUrl to lock")
    if found.get("lock_language") and found["language"] is None:
        notes.append("LockLanguage is set but there is no valid Language to lock")
    # Redacted, in case a key or code landed where IT typed something else (a key's name).
    return ManagedSettings(**found, origin=origin, problems=tuple(redact(n) for n in notes))
