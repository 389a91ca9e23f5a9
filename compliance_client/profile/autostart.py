"""Starting the app when the user signs in (DESIGN §13, ``Autostart``): the user's own "Start
when I sign in" option and IT's ``Autostart`` policy write the same entry the installer does.

* Windows: the value ``Compliance Client`` under
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` with the data
  ``"<exe>" --autostart``. The installer's "start at sign-in" task writes that very name under
  HKA: HKCU for a per-user install (so this module and the installer manage one value), HKLM
  for a per-machine install. A value under HKLM starts the app for every user and only an
  administrator may remove it: it counts as enabled, and not this user's to change
  (:attr:`Status.machine`).
* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/compliance-client.desktop``
  (default ``~/.config``), a desktop entry whose ``Exec`` starts the app with ``--autostart``.
* macOS: not supported (a login item needs a signed app bundle); :attr:`Status.supported` is
  False and the app hides the option.

Qt-free, and every OS seam is a parameter (``platform``, ``winreg``, ``environ``,
``frozen``, ``executable``) so that the Windows code runs on Linux against a fake registry.
All of it is registry or file I/O: the app calls it on worker threads only.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

#: The Run value's name: the installer's ``{#AppName}``, so both manage one entry.
RUN_VALUE = "Compliance Client"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
DESKTOP_FILE = "compliance-client.desktop"
#: The argument the app is started with at sign-in (it then starts minimized).
AUTOSTART_ARG = "--autostart"


@dataclass(frozen=True, slots=True)
class Status:
    """Whether this OS can start the app at sign-in, whether it does, and whether that is the
    machine's doing (a per-machine install's Run value: enabled, and no user's to change)."""

    supported: bool
    enabled: bool
    machine: bool = False


def _platform(platform: str | None) -> str:
    return sys.platform if platform is None else platform


def command(*, platform: str | None = None, frozen: bool | None = None,
            executable: str | None = None) -> list[str]:
    """The command line that starts the app at sign-in, as a list of arguments.

    Frozen (the installed app): the app's own executable. From a Python install: the
    ``compliance-client`` script beside the interpreter when there is one (a venv or a
    ``pip install``), else ``<python> -m compliance_client.cli``; on Windows with
    ``pythonw.exe`` so that no console window opens at every sign-in.
    """
    platform = _platform(platform)
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    if frozen:
        return [executable, AUTOSTART_ARG]
    here = Path(executable).parent
    if platform == "win32":
        script = here / "compliance-client.exe"
        if script.exists():
            return [str(script), AUTOSTART_ARG]
        windowless = here / "pythonw.exe"
        python = str(windowless) if windowless.exists() else executable
        return [python, "-m", "compliance_client.cli", AUTOSTART_ARG]
    script = here / "compliance-client"
    if not script.exists():
        found = shutil.which("compliance-client")
        script = Path(found) if found else script
    if script.exists():
        return [str(script), AUTOSTART_ARG]
    return [executable, "-m", "compliance_client.cli", AUTOSTART_ARG]


def windows_command_line(argv: Sequence[str]) -> str:
    """The Run value's data: every argument with a space or none at all in double quotes,
    the program always (``"<exe>" --autostart``, as the installer writes it)."""
    program, *rest = argv
    quoted = [f'"{program}"']
    quoted += [f'"{arg}"' if not arg or " " in arg else arg for arg in rest]
    return " ".join(quoted)


def _desktop_exec(argv: Sequence[str]) -> str:
    """``Exec=`` of a desktop entry: arguments quoted as the Desktop Entry spec asks (double
    quotes, with ``"``, `````, ``$`` and ``\\`` escaped inside) and ``%`` doubled."""
    def quote(arg: str) -> str:
        if arg and all(c.isalnum() or c in "-_./=:+," for c in arg):
            return arg.replace("%", "%%")
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'.replace("%", "%%")

    return " ".join(quote(arg) for arg in argv)


def desktop_entry(argv: Sequence[str]) -> str:
    """The XDG autostart entry that runs ``argv`` (freedesktop Desktop Entry 1.5)."""
    return "\n".join((
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Compliance Client",
        "Comment=Compliance profile and API token manager",
        f"Exec={_desktop_exec(argv)}",
        "Icon=compliance-client",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ))


def desktop_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the XDG autostart entry lives: ``$XDG_CONFIG_HOME/autostart`` (an unset or
    relative value means ``~/.config``, as the Base Directory spec says)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart" / DESKTOP_FILE


# ---- Windows -----------------------------------------------------------------------------------


def _winreg(winreg: ModuleType | None) -> ModuleType:
    if winreg is not None:
        return winreg
    import winreg as real_winreg  # type: ignore[import-not-found,unused-ignore]

    return real_winreg


def _run_value(winreg: ModuleType, hive: Any) -> str | None:
    try:
        key = winreg.OpenKey(hive, RUN_KEY)
    except OSError:
        return None
    try:
        value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
    except OSError:
        return None
    finally:
        winreg.CloseKey(key)
    return str(value) if value else None


def _windows_status(winreg: ModuleType) -> Status:
    if _run_value(winreg, winreg.HKEY_LOCAL_MACHINE) is not None:
        return Status(supported=True, enabled=True, machine=True)
    return Status(supported=True,
                  enabled=_run_value(winreg, winreg.HKEY_CURRENT_USER) is not None)


def _windows_set(winreg: ModuleType, enabled: bool, argv: Sequence[str]) -> None:
    if enabled:
        key = winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE)
        try:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, windows_command_line(argv))
        finally:
            winreg.CloseKey(key)
        return
    try:
        key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE)
    except OSError:
        return  # no Run key: nothing starts the app
    try:
        winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        pass  # already off
    finally:
        winreg.CloseKey(key)


# ---- the one interface -------------------------------------------------------------------------


def status(*, platform: str | None = None, winreg: ModuleType | None = None,
           environ: Mapping[str, str] | None = None) -> Status:
    """Whether the app starts at sign-in on this PC, for this user."""
    platform = _platform(platform)
    if platform == "darwin":
        return Status(supported=False, enabled=False)
    if platform == "win32":
        return _windows_status(_winreg(winreg))
    return Status(supported=True, enabled=desktop_file(environ).is_file())


def is_enabled(*, platform: str | None = None, winreg: ModuleType | None = None,
               environ: Mapping[str, str] | None = None) -> bool:
    """True when the app starts at sign-in (by the user's entry or the machine's)."""
    return status(platform=platform, winreg=winreg, environ=environ).enabled


def set_enabled(enabled: bool, *, platform: str | None = None,
                winreg: ModuleType | None = None, environ: Mapping[str, str] | None = None,
                argv: Sequence[str] | None = None) -> bool:
    """Write (``enabled``) or remove this user's sign-in entry; returns whether the app now
    starts at sign-in, which stays True while a per-machine Run value exists (only an
    administrator can remove that one). ``argv`` defaults to :func:`command`. Raises OSError
    when the registry or the file cannot be written; on macOS does nothing (False)."""
    platform = _platform(platform)
    if platform == "darwin":
        return False
    argv = list(argv) if argv is not None else command(platform=platform)
    if platform == "win32":
        registry = _winreg(winreg)
        _windows_set(registry, enabled, argv)
        return _windows_status(registry).enabled
    path = desktop_file(environ)
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(desktop_entry(argv), encoding="utf-8")
        os.replace(temporary, path)  # a half-written entry would never be run
        return True
    path.unlink(missing_ok=True)
    return False


def shell_command(argv: Sequence[str]) -> str:
    """``argv`` as one line a person can read (logs, About)."""
    return shlex.join(argv)
