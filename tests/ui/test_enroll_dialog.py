"""Enrolling this PC with a code (DESIGN §13) against the real server on loopback: "Enroll with a
code…" in the profile dialog, its offline check, the server's refusal, and the app enrolling
itself at start with IT's code (``COMPLIANCE_POLICY_FILE``). The key the server issues must
reach the keyring and nothing else: no widget, no log record."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from compliance_client.cli.app_cmds import _connect, build_context
from compliance_client.domain.dpop import DeviceKey
from compliance_client.domain.keys import generate_enrollment_code
from compliance_client.profile.device import device_id
from compliance_client.profile.managed import POLICY_FILE_ENV
from compliance_client.service.client import TokenServerClient, new_token_body
from compliance_client.ui.enroll_dialog import EnrollDialog
from compliance_client.ui.errors import describe
from compliance_client.ui.profile_dialog import ProfileDialog
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.testing import make_session, open_main_window, open_profile_dialog

from ..helpers.keyring_fakes import InMemoryKeyring

INVALID = ("The server does not accept this enrollment code: it is unknown, used up or "
           "expired. Ask your administrator for a new one.")

_orgs = itertools.count(1)


@pytest.fixture
def make_code(ui_server: Any) -> Callable[..., str]:
    """``make_code(uses=1)``: an admin's enrollment code for a new organization of its own
    (this PC's device ID is the same in every test; each test's key is new)."""

    def make(uses: int = 1) -> str:
        n = next(_orgs)
        with TokenServerClient(ui_server.url, ui_server.admin_key) as admin:
            created = admin.create_enrollment(
                new_token_body(organization_name=f"Enrolled Org {n}",
                               organization_id=f"enrolled-{n}-{id(make)}"),
                expires_in_seconds=3600, uses=uses)
        return created.code

    return make


def redeem_elsewhere(url: str, code: str) -> None:
    """Use the code up from another PC."""
    key = DeviceKey.generate()
    with TokenServerClient(url) as anonymous:
        anonymous.redeem_enrollment(code, device_id="another-pc-0001", hostname="other",
                                    profile_name="Other", public_key=key.public_jwk)


def when_enroll_dialog_opens(act: Callable[[EnrollDialog], None]) -> list[EnrollDialog]:
    """Run ``act`` on the EnrollDialog once it is shown modally (exec() blocks)."""
    seen: list[EnrollDialog] = []
    tries = [500]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EnrollDialog):
            seen.append(dialog)
            act(dialog)
            return
        tries[0] -= 1
        if tries[0] > 0:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def texts_of_every_widget() -> str:
    """Every text any widget of the app holds now (fields, labels, buttons, tooltips)."""
    parts: list[str] = []
    for w in QApplication.allWidgets():
        parts += [w.toolTip(), w.accessibleName(), w.accessibleDescription(),
                  w.windowTitle()]
        if isinstance(w, QLineEdit):
            parts += [w.text(), w.placeholderText()]
        elif isinstance(w, QLabel | QAbstractButton):
            parts.append(w.text())
    return "\n".join(parts)


def stored_keys(keyring: InMemoryKeyring) -> list[str]:
    return [v for v in keyring.passwords.values() if v.startswith("cct_")]


@pytest.fixture
def dialog(qtbot: Any, context: Any) -> Callable[[], ProfileDialog]:
    def make() -> ProfileDialog:
        dlg = open_profile_dialog(context)
        qtbot.addWidget(dlg)
        qtbot.waitExposed(dlg)
        qtbot.waitUntil(lambda: dlg.ready and not dlg.token_checking)
        return dlg

    return make


def enroll_in_dialog(qtbot: Any, dlg: ProfileDialog, url: str, code: str,
                     *, then: Callable[[EnrollDialog], None] | None = None
                     ) -> list[EnrollDialog]:
    """Click "Enroll with a code…", fill in URL and code, click Enroll; ``then(dialog)`` once
    it has answered (default: nothing), after which the dialog is closed if still open."""
    outcome: list[EnrollDialog] = []

    def act(enroll: EnrollDialog) -> None:
        enroll.url_edit.setText(url)
        enroll.code_field.edit.setFocus()
        qtbot.keyClicks(enroll.code_field.edit, code)
        qtbot.mouseClick(enroll.enroll_button, Qt.MouseButton.LeftButton)

        def answered() -> None:
            alive = isValid(enroll)  # accepted after enrolling: deleted soon after
            if alive and enroll.enrolling:
                QTimer.singleShot(20, answered)
                return
            outcome.append(enroll)
            if then is not None:
                then(enroll)
            if alive and enroll.isVisible():
                enroll.close()

        QTimer.singleShot(20, answered)

    when_enroll_dialog_opens(act)
    qtbot.mouseClick(dlg.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=15000)
    return outcome


def test_enrolling_in_the_dialog_stores_the_key_and_shows_it_nowhere(
        qtbot: Any, dialog: Any, make_code: Any, ui_server: Any, store: Any,
        memory_keyring: InMemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    code = make_code()
    dlg = dialog()
    seen: list[str] = []
    enroll_in_dialog(qtbot, dlg, ui_server.url, code,
                     then=lambda e: seen.append(texts_of_every_widget()))
    qtbot.waitUntil(lambda: dlg.token_stored is True)

    profiles = store.load()
    assert profiles.active is not None and profiles.active.url == ui_server.url
    assert profiles.active.device_registered
    assert dlg.changed and dlg.selector.currentData() == profiles.active.name
    assert dlg.form.enrolled_note.isVisible()
    assert dlg.form.enrolled_note.text() == f"This PC is enrolled with {ui_server.url}."
    assert dlg.token_field.placeholderText() == "A token is stored"
    keys = stored_keys(memory_keyring)
    assert len(keys) == 1
    key = keys[0]
    from tests.secrets_plugin import record_key

    record_key(key)
    assert ("compliance-client", f"device-key:{device_id()}") in memory_keyring.passwords
    # The key is in the keyring and nowhere else: no widget (while the enroll dialog was
    # still up and now), no log record, not the profile file.
    assert key not in seen[0] and key not in texts_of_every_widget()
    assert code not in texts_of_every_widget()  # the code is gone with its dialog
    assert not [r for r in caplog.records if key in r.getMessage() or code in r.getMessage()]
    assert key not in store.path.read_text(encoding="utf-8")
    # The token works, from this PC.
    with TokenServerClient(ui_server.url, key,
                           device_key=DeviceKey.from_secret(memory_keyring.passwords[
                               ("compliance-client", f"device-key:{device_id()}")])) as me:
        assert me.verify().device is not None


def test_a_used_code_is_refused_and_nothing_is_saved(qtbot: Any, dialog: Any, make_code: Any,
                                                     ui_server: Any, store: Any,
                                                     memory_keyring: InMemoryKeyring) -> None:
    code = make_code()
    redeem_elsewhere(ui_server.url, code)
    dlg = dialog()
    errors: list[tuple[str, str, bool]] = []
    enroll_in_dialog(qtbot, dlg, ui_server.url, code, then=lambda e: errors.append(
        (e.error.text(), e.code_field.text(), e.isVisible())))
    # The translated sentence, in the dialog; the code kept to fix a typo.
    assert errors == [(INVALID, code, True)]
    assert not len(store.load()) and not stored_keys(memory_keyring)
    assert not dlg.changed and dlg.token_stored is False


def test_a_mistyped_code_is_refused_offline(qtbot: Any, dialog: Any, store: Any,
                                            vault: Any, ui_server: Any) -> None:
    connects: list[str] = []

    def recording(url: str, token: str, **kw: Any) -> Any:
        connects.append(url)
        return _connect(url, token, **kw)

    dlg = open_profile_dialog(build_context(store=store, vault=vault, connect=recording))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.ready and not dlg.token_checking)
    good = generate_enrollment_code()
    typo = good[:-1] + ("A" if good[-1] != "A" else "B")
    found: list[tuple[str, bool, str]] = []
    enroll_in_dialog(qtbot, dlg, ui_server.url, typo, then=lambda e: found.append(
        (e.code_error.text(), e.code_error.isVisible(), e.error.text())))
    assert found == [("This enrollment code is mistyped: its checksum does not match.", True,
                      "")]
    found.clear()
    enroll_in_dialog(qtbot, dlg, ui_server.url, "cct_" + good[4:], then=lambda e: found.append(
        (e.code_error.text(), e.code_error.isVisible(), e.error.text())))
    assert found == [("An enrollment code starts with \u201ccce_\u201d.", True, "")]
    assert connects == []  # nothing was sent


def test_a_locked_url_is_read_only_in_the_enroll_dialog(qtbot: Any, context: Any,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"ServerUrl": "https://compliance.example.com",
                                  "LockServerUrl": True}), encoding="utf-8")
    monkeypatch.setenv(POLICY_FILE_ENV, str(policy))
    dlg = open_profile_dialog(context)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.ready and not dlg.token_checking)
    found: list[tuple[str, bool, bool]] = []

    def look(enroll: EnrollDialog) -> None:
        found.append((enroll.url_edit.text(), enroll.url_edit.isReadOnly(),
                      enroll.url_lock.isVisible()))
        enroll.reject()

    when_enroll_dialog_opens(look)
    qtbot.mouseClick(dlg.enroll_button, Qt.MouseButton.LeftButton)
    assert found == [("https://compliance.example.com", True, True)]


# -- the app enrolls itself at start -----------------------------------------------------------


@pytest.fixture
def it_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    def write(**keys: Any) -> None:
        path = tmp_path / "policy.json"
        path.write_text(json.dumps(keys), encoding="utf-8")
        monkeypatch.setenv(POLICY_FILE_ENV, str(path))

    return write


def start_app(qtbot: Any, context: Any) -> Any:
    """The main window on a session that registers and enrolls this PC, as the app's does."""
    session = make_session(context, register_device=True)
    window = open_main_window(context, session=session, pages=("profile", "device"),
                              load=False)
    qtbot.addWidget(window)
    return window


def test_the_app_enrolls_itself_with_it_s_code(qtbot: Any, context: Any, it_policy: Any,
                                               make_code: Any, ui_server: Any, store: Any,
                                               memory_keyring: InMemoryKeyring,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    code = make_code()
    it_policy(ServerUrl=ui_server.url, EnrollmentCode=code, ProfileName="Acme laptop")
    window = start_app(qtbot, context)
    session = window.session
    with qtbot.waitSignal(session.enrolled, timeout=15000):
        session.reload()
    message = f"Your organization enrolled this PC with {ui_server.url}."
    assert window.statusBar().currentMessage() == message
    page = window.pages["profile"]
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    assert page.enrollment_note.isVisible() and page.enrollment_text.text() == message
    # Authenticated, and signed: the server names this PC's device from its proof.
    assert session.access is not None and session.access.device is not None
    assert session.access.device.device_id == device_id()
    assert store.load().active.name == "Acme laptop"
    key = stored_keys(memory_keyring)[0]
    from tests.secrets_plugin import record_key

    record_key(key)
    assert key not in texts_of_every_widget()
    assert not [r for r in caplog.records if key in r.getMessage() or code in r.getMessage()]

    # Once per run: reloading (a profile change) does not enroll again.
    session.reload()
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    assert len(stored_keys(memory_keyring)) == 1 and not session.enrolling


def test_a_failed_enrollment_at_start_is_told_once_without_a_box(
        qtbot: Any, context: Any, it_policy: Any, ui_server: Any, store: Any) -> None:
    it_policy(ServerUrl=ui_server.url, EnrollmentCode=generate_enrollment_code())
    window = start_app(qtbot, context)
    session = window.session
    boxes: list[QWidget] = []
    with qtbot.waitSignal(session.enrollment_failed, timeout=15000):
        session.reload()
        QTimer.singleShot(0, lambda: boxes.append(QApplication.activeModalWidget()))
    assert QApplication.activeModalWidget() is None and boxes in ([], [None])
    assert window.statusBar().currentMessage() == (
        "This PC could not be enrolled with your organization's code; the Profile page says "
        "why.")
    page = window.pages["profile"]
    assert page.enrollment_note.isVisible() and INVALID in page.enrollment_text.text()
    assert page.setup_button.isVisible()  # the app stays usable: set it up by hand
    assert session.state == ConnectionState.NO_PROFILE and not len(store.load())
    assert describe(session.enrollment_error) == INVALID


def test_no_enrollment_without_a_server_url(qtbot: Any, context: Any, it_policy: Any,
                                            caplog: pytest.LogCaptureFixture) -> None:
    it_policy(EnrollmentCode=generate_enrollment_code())
    window = start_app(qtbot, context)
    session = window.session
    session.reload()
    qtbot.waitUntil(lambda: session.state == ConnectionState.NO_PROFILE and not
                    session.loading, timeout=10000)
    assert not session.enrolling and session.enrollment_error is None
    assert any("no valid ServerUrl" in r.getMessage() for r in caplog.records)
