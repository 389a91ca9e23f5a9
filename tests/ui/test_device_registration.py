"""Saving a profile registers this PC in the background; a failure is reported and tried
again at the next verification, never blocking the save."""

from __future__ import annotations

from typing import Any

from compliance_client.profile import ProfileStore, Vault, mark_device_registered
from compliance_client.profile.device import device_id
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.session import Session

from .conftest import dead_port_url


def _session(store: ProfileStore, vault: Vault) -> Session:
    return Session(lambda: store.load().active, vault.get_token,
                   mark_registered=lambda name, url: mark_device_registered(store, name, url))


def test_first_verification_registers_this_pc(qtbot: Any, store: ProfileStore, vault: Vault,
                                              make_profile: Any, issue_token: Any,
                                              ui_server: Any) -> None:
    key = issue_token("Registering Org", organization_id="reg-org")
    make_profile("Work", key)
    session = _session(store, vault)
    with qtbot.waitSignal(session.device_registered, timeout=10000):
        session.reload()

    with TokenServerClient(ui_server.url, key) as client:
        device = client.get_device(device_id())
    assert device.status == "active" and device.organization_id == "reg-org"
    assert store.load().active.device_registered is True
    assert session.profile.device_registered is True


def test_failed_registration_is_reported_and_retried(qtbot: Any, store: ProfileStore,
                                                     vault: Vault, make_profile: Any,
                                                     issue_token: Any, ui_server: Any) -> None:
    key = issue_token("Retry Org", organization_id="retry-org")
    make_profile("Work", key)
    failures: list[int] = []

    def mark(name: str, url: str) -> None:
        failures.append(1)
        raise OSError("disk full")

    flaky = Session(lambda: store.load().active, vault.get_token, mark_registered=mark)
    with qtbot.waitSignal(flaky.registration_failed, timeout=10000) as blocker:
        flaky.reload()
    assert isinstance(blocker.args[0], OSError)
    assert store.load().active.device_registered is False  # nothing recorded, nothing lost

    retry = _session(store, vault)  # the next start
    with qtbot.waitSignal(retry.device_registered, timeout=10000):
        retry.reload()
    assert store.load().active.device_registered is True


def test_no_registration_when_server_is_down(qtbot: Any, store: ProfileStore, vault: Vault,
                                             make_profile: Any, issue_token: Any) -> None:
    make_profile("Work", issue_token(), url=dead_port_url())
    session = _session(store, vault)
    with qtbot.waitSignal(session.state_changed, timeout=10000,
                          check_params_cb=lambda *a: session.state == "failed"):
        session.reload()
    assert store.load().active.device_registered is False
