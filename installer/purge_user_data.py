"""Remove this user's Compliance Client data: run by the uninstaller only when the user asks.

The Windows uninstaller (``compliance-client.iss``) keeps profiles and stored API tokens by
default, so that uninstalling and installing again (or an upgrade gone wrong) loses nothing.
When the user ticks "also remove my profiles ..." it runs the frozen form of this script,
hidden, before it deletes the program files:

    compliance-client-purge.exe --yes

What it removes, and nothing else:

1. the API token of every profile named in ``profiles.json`` (and in any
   ``profiles.json.corrupt-*`` file the app moved aside), plus the demo profile's, from the
   system keyring, through the app's own :class:`~compliance_client.profile.Vault`, so the
   keyring names match exactly what the app wrote (on Windows: Credential Manager, generic
   credentials of the service ``compliance-client``);
2. the app's config, data, log, state and cache directories (``platformdirs``; on Windows
   all are ``%LOCALAPPDATA%\\compliance-client``): profiles, the demo and local server
   databases, the device-ID fallback file and the app's log.

Exit status: 0 all removed; 3 some keyring entries could not be removed (e.g. the keyring is
locked); 4 some files could not be removed (e.g. open in another program); 2 usage. The
uninstaller tells the user what remained. Keys are never printed: only profile names.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from compliance_client.profile.paths import APP_NAME, config_dir, data_dir
from compliance_client.profile.store import FILE_NAME

DEMO_PROFILE = "Demo"  # compliance_client.cli.app_cmds.DEMO_PROFILE; not imported: no CLI here

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_KEYRING_LEFT = 3
EXIT_FILES_LEFT = 4


@dataclass
class PurgeResult:
    """What was removed and what could not be."""

    tokens_removed: list[str] = field(default_factory=list)
    tokens_left: list[tuple[str, str]] = field(default_factory=list)  # (profile, why)
    dirs_removed: list[Path] = field(default_factory=list)
    dirs_left: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        if self.tokens_left:
            return EXIT_KEYRING_LEFT
        if self.dirs_left:
            return EXIT_FILES_LEFT
        return EXIT_OK


def _names_in(path: Path) -> list[str]:
    """Profile names in one profile file, read leniently: a file the app found corrupt may
    still name profiles whose tokens sit in the keyring."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return []
    items = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [item["name"] for item in items
            if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"]]


def profile_names(directory: Path) -> list[str]:
    """Every profile name this user's files mention, plus the demo's, without duplicates
    (compared case-folded, as the vault does)."""
    files = [directory / FILE_NAME, *sorted(directory.glob(f"{FILE_NAME}.corrupt-*"))]
    seen: dict[str, str] = {}
    for name in [n for path in files for n in _names_in(path)] + [DEMO_PROFILE]:
        seen.setdefault(name.strip().casefold(), name)
    return list(seen.values())


def _app_dirs() -> list[Path]:
    """The app's own directories: config and data (profiles, databases, device-ID
    fallback), plus the log, state and cache dirs (``compliance_client.logs`` writes its
    rotating log under ``user_log_dir``).

    Each is taken up to its nearest ancestor-or-self named ``APP_NAME`` (the log dir is
    ``.../compliance-client/Logs`` on Windows, ``.../compliance-client/log`` on Linux) and
    skipped when there is none, so a strange platformdirs answer can never make this delete
    anything but a folder of ours. On Windows all of them are one folder,
    ``%LOCALAPPDATA%\\compliance-client``.
    """
    import platformdirs

    candidates = [config_dir(), data_dir()] + [
        Path(getter(APP_NAME, appauthor=False)) for getter in (
            platformdirs.user_log_dir, platformdirs.user_state_dir, platformdirs.user_cache_dir)]
    dirs: list[Path] = []
    for candidate in candidates:
        own = next((p for p in (candidate, *candidate.parents) if p.name == APP_NAME), None)
        if own is not None and own not in dirs:
            dirs.append(own)
    # A folder inside another one on the list goes with it.
    return [d for d in dirs if not any(o != d and o in d.parents for o in dirs)]


def _remove_tree(directory: Path) -> list[str]:
    """``shutil.rmtree`` that carries on past a file it cannot delete (one held open by
    another program, which Windows refuses) and returns what failed."""
    failures: list[str] = []

    def record(_func: object, path: str, error: object) -> None:
        exc = error[1] if isinstance(error, tuple) else error  # onerror gets exc_info
        failures.append(f"{path}: {exc}")

    if sys.version_info >= (3, 12):
        shutil.rmtree(directory, onexc=record)
    else:  # onexc is new in 3.12; onerror is deprecated there
        shutil.rmtree(directory, onerror=record)
    return failures


def purge(names: Iterable[str] | None = None) -> PurgeResult:
    """Remove the tokens of ``names`` (default: :func:`profile_names`) and the app's dirs.

    Tokens go first: if the keyring refuses, the profile files that name them are still
    removed (the user asked for that), and the result lists what stayed in the keyring.
    """
    from compliance_client.profile.vault import Vault, VaultError

    result = PurgeResult()
    vault = Vault()
    for name in profile_names(config_dir()) if names is None else names:
        try:
            vault.delete_token(name)
        except VaultError as exc:
            result.tokens_left.append((name, exc.message))
        else:
            result.tokens_removed.append(name)
    for directory in _app_dirs():
        if not directory.exists():
            continue
        failures = _remove_tree(directory)
        if failures or directory.exists():
            result.dirs_left.append((directory, failures[0] if failures else "still there"))
        else:
            result.dirs_removed.append(directory)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="compliance-client-purge",
        description="Remove this user's Compliance Client profiles, their API tokens in the "
                    "system keyring, and the local demo/server databases. Used by the "
                    "uninstaller when the user asks for it.")
    parser.add_argument("--yes", action="store_true", help="really remove (required)")
    args = parser.parse_args(argv)
    if not args.yes:
        parser.print_usage(sys.stderr)
        print("compliance-client-purge: nothing removed; give --yes", file=sys.stderr)
        return EXIT_USAGE
    result = purge()
    # Printed for a person running it by hand; the uninstaller runs it hidden and reads only
    # the exit status. sys.stdout is None in a windowed build, hence the guard.
    if sys.stdout is not None:
        for name in result.tokens_removed:
            print(f"removed keyring entry of profile {name!r}")
        for name, why in result.tokens_left:
            print(f"could not remove the keyring entry (if any) of profile {name!r}: {why}")
        for directory in result.dirs_removed:
            print(f"removed {directory}")
        for directory, why in result.dirs_left:
            print(f"could not remove {directory}: {why}")
    return result.exit_status


if __name__ == "__main__":
    sys.exit(main())
