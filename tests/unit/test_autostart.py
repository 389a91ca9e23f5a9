"""Starting at sign-in (profile/autostart.py): the Windows Run value against a fake registry
(the real one exists only on Windows), the XDG autostart entry in a temporary config folder,
and macOS saying it is not supported."""

from __future__ import annotations

import configparser
import types
from pathlib import Path
from typing import Any

import pytest

from compliance_client.profile import autostart

EXE = r"C:\Program Files\Compliance Client\compliance-client.exe"


class FakeRegistry:
    """The part of ``winreg`` autostart.py uses, over a dict: {(hive, key): {name: value}}."""

    HKEY_CURRENT_USER = "HKCU"
    HKEY_LOCAL_MACHINE = "HKLM"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[Any, int]]] = {}

    def module(self) -> types.ModuleType:
        module = types.ModuleType("winreg")
        for name in ("HKEY_CURRENT_USER", "HKEY_LOCAL_MACHINE", "KEY_SET_VALUE", "REG_SZ"):
            setattr(module, name, getattr(self, name))
        for name in ("OpenKey", "CreateKeyEx", "QueryValueEx", "SetValueEx", "DeleteValue",
                     "CloseKey"):
            setattr(module, name, getattr(self, name))
        return module

    def OpenKey(self, hive: str, key: str, reserved: int = 0, access: int = 0
                ) -> tuple[str, str]:
        if (hive, key) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return (hive, key)

    def CreateKeyEx(self, hive: str, key: str, reserved: int = 0, access: int = 0
                    ) -> tuple[str, str]:
        self.keys.setdefault((hive, key), {})
        return (hive, key)

    def QueryValueEx(self, handle: tuple[str, str], name: str) -> tuple[Any, int]:
        try:
            return self.keys[handle][name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def SetValueEx(self, handle: tuple[str, str], name: str, reserved: int, kind: int,
                   value: Any) -> None:
        self.keys[handle][name] = (value, kind)

    def DeleteValue(self, handle: tuple[str, str], name: str) -> None:
        try:
            del self.keys[handle][name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def CloseKey(self, handle: tuple[str, str]) -> None:
        pass


RUN = r"Software\Microsoft\Windows\CurrentVersion\Run"


def test_windows_writes_and_removes_the_run_value_under_hkcu() -> None:
    fake = FakeRegistry()
    reg = fake.module()
    argv = autostart.command(platform="win32", frozen=True, executable=EXE)
    assert argv == [EXE, "--autostart"]
    assert not autostart.is_enabled(platform="win32", winreg=reg)

    assert autostart.set_enabled(True, platform="win32", winreg=reg, argv=argv) is True
    # The installer's value: same name, same data (installer/compliance-client.iss).
    assert fake.keys[("HKCU", RUN)] == {
        "Compliance Client": (f'"{EXE}" --autostart', FakeRegistry.REG_SZ)}
    assert autostart.status(platform="win32", winreg=reg) == autostart.Status(True, True)

    assert autostart.set_enabled(False, platform="win32", winreg=reg, argv=argv) is False
    assert fake.keys[("HKCU", RUN)] == {}
    # Off twice, or with no Run key at all: nothing to do, no error.
    assert autostart.set_enabled(False, platform="win32", winreg=reg, argv=argv) is False
    assert autostart.set_enabled(False, platform="win32", winreg=FakeRegistry().module(),
                                 argv=argv) is False


def test_a_per_machine_run_value_is_enabled_and_not_the_users() -> None:
    fake = FakeRegistry()
    fake.keys[("HKLM", RUN)] = {"Compliance Client": (f'"{EXE}" --autostart', 1)}
    reg = fake.module()
    state = autostart.status(platform="win32", winreg=reg)
    assert state == autostart.Status(supported=True, enabled=True, machine=True)
    # Turning it off for this user cannot remove the machine's value: still enabled.
    assert autostart.set_enabled(False, platform="win32", winreg=reg, argv=[EXE]) is True
    assert fake.keys[("HKLM", RUN)]


def test_windows_command_of_a_python_install(tmp_path: Path) -> None:
    python = tmp_path / "Scripts" / "python.exe"
    python.parent.mkdir()
    python.write_text("")
    (tmp_path / "Scripts" / "pythonw.exe").write_text("")
    argv = autostart.command(platform="win32", frozen=False, executable=str(python))
    # No console window at every sign-in.
    assert argv == [str(tmp_path / "Scripts" / "pythonw.exe"), "-m", "compliance_client.cli",
                    "--autostart"]
    (tmp_path / "Scripts" / "compliance-client.exe").write_text("")
    argv = autostart.command(platform="win32", frozen=False, executable=str(python))
    assert argv == [str(tmp_path / "Scripts" / "compliance-client.exe"), "--autostart"]
    assert autostart.windows_command_line(argv) == f'"{argv[0]}" --autostart'


def test_xdg_entry_written_and_removed(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    exe = tmp_path / "my apps" / "compliance-client"
    argv = [str(exe), "--autostart"]
    assert not autostart.is_enabled(platform="linux", environ=env)

    assert autostart.set_enabled(True, platform="linux", environ=env, argv=argv) is True
    path = tmp_path / "config" / "autostart" / "compliance-client.desktop"
    assert path.is_file() and autostart.is_enabled(platform="linux", environ=env)
    assert not list(path.parent.glob("*.tmp"))
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read_string(path.read_text(encoding="utf-8"))
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Compliance Client"
    # A path with a space is quoted as the Desktop Entry spec says.
    assert desktop["Exec"] == f'"{exe}" --autostart'
    assert desktop["Terminal"] == "false"

    assert autostart.set_enabled(False, platform="linux", environ=env, argv=argv) is False
    assert not path.exists()
    assert autostart.set_enabled(False, platform="linux", environ=env, argv=argv) is False


def test_xdg_default_folder_and_exec_of_a_frozen_app(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.desktop_file({}) == tmp_path / ".config" / "autostart" / \
        "compliance-client.desktop"
    assert autostart.desktop_file({"XDG_CONFIG_HOME": "relative"}).is_relative_to(tmp_path)
    argv = autostart.command(platform="linux", frozen=True, executable="/opt/cc/app")
    assert argv == ["/opt/cc/app", "--autostart"]
    assert "Exec=/opt/cc/app --autostart\n" in autostart.desktop_entry(argv)
    assert "Exec=\"/a/100%% \\$x\" --autostart" in autostart.desktop_entry(
        ["/a/100% $x", "--autostart"])


def test_linux_command_of_a_python_install(tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_text("")
    (tmp_path / "bin" / "compliance-client").write_text("")
    assert autostart.command(platform="linux", frozen=False, executable=str(python)) == [
        str(tmp_path / "bin" / "compliance-client"), "--autostart"]


def test_macos_is_not_supported(tmp_path: Path) -> None:
    assert autostart.status(platform="darwin") == autostart.Status(False, False)
    assert autostart.set_enabled(True, platform="darwin") is False
    assert autostart.is_enabled(platform="darwin") is False
