"""A profile and the set of them: what ``profiles.json`` holds, checked as it is built.

A profile names a server and a UI language; it has no token field (the token lives in the
keyring, see :mod:`.vault`). The set keeps names unique (case-insensitively) and knows which
profile is active. Reading and writing the file is :mod:`.store`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..domain.errors import FieldProblem, ValidationError
from ..domain.keys import key_format_problem
from .languages import DEFAULT_LANGUAGE, language_problem
from .urls import normalize_server_url, validate_server_url

FILE_VERSION = 1


MAX_NAME_LENGTH = 100


def _name_key(name: str) -> str:
    """Profile names are compared case-insensitively (Work and work are one profile)."""
    return name.casefold()


def name_problem(name: object) -> FieldProblem | None:
    """None for a usable profile name (already stripped), else what to fix."""
    if not isinstance(name, str) or not name:
        return FieldProblem("name", "name_empty", "Enter a profile name.")
    if len(name) > MAX_NAME_LENGTH:
        return FieldProblem("name", "name_too_long",
                            f"A profile name is at most {MAX_NAME_LENGTH} characters.",
                            max_length=MAX_NAME_LENGTH)
    if any(not c.isprintable() for c in name):
        return FieldProblem("name", "name_characters",
                            "A profile name cannot contain line breaks or control characters.")
    if key_format_problem(name) is None:
        # The name lands in a plain file and in the keyring's visible labels.
        return FieldProblem("name", "name_holds_key",
                            "This looks like an API token. Put the token in the token field "
                            "and give the profile a name.")
    return None


@dataclass(frozen=True, slots=True)
class Profile:
    """One compliance profile. Validated on construction: name and URL are stripped, the URL
    normalized; every problem is raised at once as one ValidationError (field per problem).

    ``url == ""`` means "not set up yet"; ``device_registered`` records that this PC's
    device ID was registered with the server at ``url``. ``allow_insecure_http`` is the
    user's explicit "yes, plain http:// to another computer" (ARCHITECTURE §9); off by default.
    """

    name: str
    language: str = DEFAULT_LANGUAGE
    url: str = ""
    ca_bundle: str | None = None
    device_registered: bool = False
    allow_insecure_http: bool = False

    def __post_init__(self) -> None:
        problems: list[FieldProblem] = []
        name = self.name.strip() if isinstance(self.name, str) else self.name
        p = name_problem(name)
        if p is not None:
            problems.append(p)
        p = language_problem(self.language)
        if p is not None:
            problems.append(p)
        url = self.url.strip() if isinstance(self.url, str) else ""
        if not isinstance(self.allow_insecure_http, bool):
            problems.append(FieldProblem("allow_insecure_http", "allow_insecure_http_type",
                                         "allow_insecure_http must be true or false."))
        if url:
            p = validate_server_url(url, allow_insecure_http=self.allow_insecure_http is True)
            if p is not None:
                problems.append(p)
            else:
                url = normalize_server_url(url)
        elif not isinstance(self.url, str):
            problems.append(FieldProblem("url", "url_type", "The server URL must be text."))
        ca_bundle = self.ca_bundle.strip() if isinstance(self.ca_bundle, str) else self.ca_bundle
        if ca_bundle is not None and not isinstance(ca_bundle, str):
            problems.append(FieldProblem("ca_bundle", "ca_bundle_type",
                                         "The CA bundle must be a file path."))
        if not isinstance(self.device_registered, bool):
            problems.append(FieldProblem("device_registered", "device_registered_type",
                                         "device_registered must be true or false."))
        if problems:
            raise ValidationError(problems)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "ca_bundle", ca_bundle or None)

    def edited(self, **changes: Any) -> Profile:
        """A copy with ``changes``; a new server URL clears ``device_registered`` (the device
        was registered with the old server) unless the caller sets it explicitly."""
        new = replace(self, **changes)
        if (new.url != self.url and "device_registered" not in changes
                and new.device_registered):
            new = replace(new, device_registered=False)
        return new

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name, "language": self.language, "url": self.url,
            "ca_bundle": self.ca_bundle, "device_registered": self.device_registered}
        if self.allow_insecure_http:  # written only when set, so the usual file stays small
            data["allow_insecure_http"] = True
        return data


def _unknown(name: str) -> ValidationError:
    return ValidationError([FieldProblem("name", "name_unknown",
                                         f"There is no profile named \u201c{name}\u201d.",
                                         name=name)])


def _taken(name: str) -> ValidationError:
    return ValidationError([FieldProblem("name", "name_taken",
                                         f"A profile named \u201c{name}\u201d already exists. "
                                         f"Choose another name.", name=name)])


@dataclass(frozen=True, slots=True)
class ProfileSet:
    """All profiles and which one is active; immutable, every change returns a new set.

    Names are unique case-insensitively; ``active_name`` is None or one of the names (in the
    stored spelling). Bad input raises ValidationError with a ``name`` FieldProblem.
    """

    profiles: tuple[Profile, ...] = ()
    active_name: str | None = None
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        profiles = tuple(self.profiles)
        index: dict[str, int] = {}
        for i, profile in enumerate(profiles):
            if not isinstance(profile, Profile):
                raise TypeError(f"ProfileSet holds Profile objects, not {type(profile).__name__}")
            key = _name_key(profile.name)
            if key in index:
                raise _taken(profile.name)
            index[key] = i
        active = self.active_name
        if active is not None:
            found = index.get(_name_key(active)) if isinstance(active, str) else None
            if found is None:
                raise _unknown(str(active))
            active = profiles[found].name
        object.__setattr__(self, "profiles", profiles)
        object.__setattr__(self, "active_name", active)
        object.__setattr__(self, "_index", index)

    # -- reading --

    @property
    def active(self) -> Profile | None:
        return None if self.active_name is None else self.get(self.active_name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.profiles)

    def get(self, name: str) -> Profile | None:
        """The profile called ``name`` (any case), or None."""
        i = self._index.get(_name_key(name.strip()))
        return None if i is None else self.profiles[i]

    def __len__(self) -> int:
        return len(self.profiles)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    # -- changing (each returns a new set) --

    def with_profile(self, profile: Profile, *, activate: bool = False) -> ProfileSet:
        """Add ``profile``, or replace the one with the same name (any case) in place.

        It becomes active when ``activate`` is set or when no profile is active yet (the
        first profile someone sets up is the one the app uses).
        """
        i = self._index.get(_name_key(profile.name))
        if i is None:
            profiles = (*self.profiles, profile)
        else:
            profiles = (*self.profiles[:i], profile, *self.profiles[i + 1:])
        active = self.active_name
        if activate or active is None or _name_key(active) == _name_key(profile.name):
            active = profile.name  # (replacing the active one: follow its new spelling)
        return ProfileSet(profiles, active)

    def renamed(self, old: str, new: str) -> ProfileSet:
        """Rename ``old`` to ``new`` (a change of case alone is allowed); the active profile
        stays active under its new name."""
        current = self.get(old)
        if current is None:
            raise _unknown(old)
        renamed = replace(current, name=new)  # validates the new name
        other = self.get(renamed.name)
        if other is not None and other is not current:
            raise _taken(renamed.name)
        i = self._index[_name_key(current.name)]
        profiles = (*self.profiles[:i], renamed, *self.profiles[i + 1:])
        active = self.active_name
        if active is not None and _name_key(active) == _name_key(current.name):
            active = renamed.name
        return ProfileSet(profiles, active)

    def without(self, name: str) -> ProfileSet:
        """Remove ``name``; if it was active, the first remaining profile becomes active."""
        current = self.get(name)
        if current is None:
            raise _unknown(name)
        profiles = tuple(p for p in self.profiles if p is not current)
        active = self.active_name
        if active is not None and _name_key(active) == _name_key(current.name):
            active = profiles[0].name if profiles else None
        return ProfileSet(profiles, active)

    def switched(self, name: str) -> ProfileSet:
        """Make ``name`` the active profile."""
        current = self.get(name)
        if current is None:
            raise _unknown(name)
        return ProfileSet(self.profiles, current.name)

    # -- the file format --

    def to_json(self) -> dict[str, Any]:
        return {"version": FILE_VERSION, "active": self.active_name,
                "profiles": [p.to_json() for p in self.profiles]}

    @classmethod
    def from_json(cls, data: Any) -> ProfileSet:
        """Parse the file's object; ValueError (or ValidationError) says what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("it does not hold a JSON object")
        version = data.get("version")
        if version != FILE_VERSION:
            raise ValueError(f"it has file version {version!r}; this app reads version "
                             f"{FILE_VERSION}")
        items = data.get("profiles", [])
        if not isinstance(items, list):
            raise ValueError("its \u201cprofiles\u201d is not a list")
        return cls(tuple(_profile_from_json(item) for item in items), data.get("active"))


_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,), "language": (str,), "url": (str,), "ca_bundle": (str, type(None)),
    "device_registered": (bool,), "allow_insecure_http": (bool,),
}


def _profile_from_json(item: Any) -> Profile:
    if not isinstance(item, dict):
        raise ValueError("a profile entry is not a JSON object")
    if "name" not in item:
        raise ValueError("a profile entry has no name")
    for key, types in _TYPES.items():
        if key in item and not isinstance(item[key], types):
            raise ValueError(f"a profile's \u201c{key}\u201d has the wrong type")
    # Unknown keys (a newer app's, or a hand-added "token") are ignored and not written back.
    return Profile(**{key: item[key] for key in _TYPES if key in item})
