"""Saving a profile registers this PC in the background; a failure is reported and tried
again at the next verification, never blocking the save."""

from __future__ import annotations

from typing import Any

from compliance_client.cli.app_cmds import build_context
from compliance_client.profile import ProfileSaveError, ProfileSet, ProfileStore, Vault
from compliance_client.profile.device import device_id
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.session import Session
from compliance_client.ui.testing import make_session

from ..helpers.cli import dead_port_url


def _session(store: ProfileStore, vault: Vault) -> Session:
    """A session that registers this PC, as the app's does."""
    return make_session(build_context(store=store, vault=vault), register_device=True)


class FullDisk(ProfileStore):
    """The profile file cannot be written (a full disk): a real one cannot be made to."""

    def __init__(self, store: ProfileStore, marks: list[int]) -> None:
        super().__init__(store.path)
        self.marks = marks

    def save(self, profile_set: ProfileSet) -> None:
        self.marks.append(1)
        raise ProfileSaveError(self.path, OSError(28, "No space left on device"))


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
    flaky = _session(FullDisk(store, failures), vault)
    with qtbot.waitSignal(flaky.registration_failed, timeout=10000) as blocker:
        flaky.reload()
    assert isinstance(blocker.args[0], ProfileSaveError) and failures == [1]
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
