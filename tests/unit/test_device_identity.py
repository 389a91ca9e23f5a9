"""This PC's device ID: derived from the OS identifier, stable, with a kept fallback."""

from __future__ import annotations

import socket
import sys
import threading
import uuid
from pathlib import Path

import pytest

from compliance_client.domain.device_identity import derive_device_id, is_device_id
from compliance_client.profile.device import (
    DeviceIdError,
    device_id,
    fallback_machine_id,
    hostname,
    read_linux_machine_id,
    read_macos_platform_uuid,
    read_windows_machine_guid,
)

RAW = "4c4c4544-0042-3510-8051-b4c04f4d4e32"


def test_derived_from_the_first_usable_source() -> None:
    first = device_id([lambda: RAW])
    assert first == derive_device_id(RAW) and is_device_id(first)
    assert first != RAW and RAW.replace("-", "") not in first
    assert device_id([lambda: RAW]) == first  # stable
    assert device_id([lambda: f"  {RAW.upper()}\n"]) == first
    assert device_id([lambda: "another-machine"]) != first


def test_unusable_sources_are_skipped(tmp_path: Path) -> None:
    def broken() -> str:
        raise OSError("registry says no")

    sources = [lambda: None, lambda: "", lambda: "uninitialized\n", broken,
               lambda: "00000000-0000-0000-0000-000000000000", lambda: RAW]
    assert device_id(sources, fallback=tmp_path / "device-id") == derive_device_id(RAW)
    assert not (tmp_path / "device-id").exists()


def test_fallback_file_created_once_and_reused(user_dirs: Path) -> None:
    path = user_dirs / "xdg_data_home" / "compliance-client" / "device-id"
    first = device_id([])
    assert path.is_file()
    stored = path.read_text(encoding="ascii").strip()
    assert str(uuid.UUID(stored)) == stored
    assert first == derive_device_id(stored) and first != stored
    stat = path.stat()
    assert device_id([lambda: None]) == first
    assert path.stat().st_ino == stat.st_ino and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert [p.name for p in path.parent.iterdir()] == ["device-id"]  # no temp left


def test_a_damaged_fallback_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "device-id"
    path.write_text("not a uuid")
    value = fallback_machine_id(path)
    assert str(uuid.UUID(value)) == value
    assert fallback_machine_id(path) == value


def test_racing_first_runs_agree(tmp_path: Path) -> None:
    path = tmp_path / "device-id"
    barrier = threading.Barrier(8)
    results: list[str] = []

    def run() -> None:
        barrier.wait()
        results.append(fallback_machine_id(path))

    threads = [threading.Thread(target=run) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and len(set(results)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["device-id"]


def test_fallback_that_cannot_be_kept_says_so(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(DeviceIdError) as info:
        device_id([], fallback=tmp_path / "file" / "device-id")
    assert "could not be kept" in str(info.value) and info.value.code == "device_id_unavailable"


def test_linux_reader_takes_the_first_usable_file(tmp_path: Path) -> None:
    empty, good, other = tmp_path / "empty", tmp_path / "good", tmp_path / "other"
    empty.write_text("\n")
    good.write_text(RAW + "\n")
    other.write_text("something else\n")
    assert read_linux_machine_id([tmp_path / "missing", empty, good, other]).strip() == RAW
    assert read_linux_machine_id([tmp_path / "missing", empty]) is None


def test_readers_off_their_platform_return_none() -> None:
    if sys.platform != "win32":
        assert read_windows_machine_guid() is None
    if sys.platform != "darwin":
        assert read_macos_platform_uuid() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux machine-id")
def test_real_linux_id_is_stable(user_dirs: Path) -> None:
    raw = read_linux_machine_id()
    first = device_id()
    assert first == device_id() and is_device_id(first)
    if raw is not None:
        assert first == derive_device_id(raw)
        assert raw.strip() not in first


@pytest.mark.skipif(sys.platform != "win32", reason="Windows registry")
def test_real_windows_machine_guid() -> None:  # pragma: no cover - runs on Windows CI
    raw = read_windows_machine_guid()
    assert raw is not None and str(uuid.UUID(raw)) == raw.lower()
    assert device_id() == derive_device_id(raw)


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS ioreg")
def test_real_macos_platform_uuid() -> None:  # pragma: no cover - runs on macOS CI
    raw = read_macos_platform_uuid()
    assert raw is not None and device_id() == derive_device_id(raw)


def test_hostname(monkeypatch: pytest.MonkeyPatch) -> None:
    assert hostname() == socket.gethostname().strip() != ""
    monkeypatch.setattr(socket, "gethostname", lambda: "")
    assert hostname() != ""  # falls back to platform.node(), else "unknown"
