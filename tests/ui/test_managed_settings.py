"""IT's managed settings in the app (DESIGN §13), given as a JSON file through
``COMPLIANCE_POLICY_FILE``: locked fields read-only with "Set by your organization", a first
profile started from IT's values, Save never writing another value for a locked field, the
session connecting with the effective profile (IT's URL and CA bundle), and the "Start when
I sign in" option, locked when IT decides it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from compliance_client.cli.app_cmds import build_context
from compliance_client.profile import Profile, ProfileStore, Vault, save_profile
from compliance_client.profile.managed import POLICY_FILE_ENV
from compliance_client.ui.main_window import MainWindow
from compliance_client.ui.profile_dialog import ProfileDialog
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.testing import make_session, open_main_window, open_profile_dialog

from ..helpers.cli import dead_port_url
from ..helpers.ui import answer_next_box

Ok = QMessageBox.StandardButton.Ok
SET_BY = "Set by your organization"


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """``policy(**keys)`` writes IT's settings where the app reads them for this test."""

    def write(**keys: Any) -> Path:
        path = tmp_path / "policy.json"
        path.write_text(json.dumps(keys), encoding="utf-8")
        monkeypatch.setenv(POLICY_FILE_ENV, str(path))
        return path

    return write


@pytest.fixture
def dialog(qtbot: Any, context: Any) -> Callable[..., ProfileDialog]:
    def make(**kw: Any) -> ProfileDialog:
        dlg = open_profile_dialog(context, **kw)
        qtbot.addWidget(dlg)
        qtbot.waitExposed(dlg)
        qtbot.waitUntil(lambda: dlg.ready and not dlg.token_checking)
        return dlg

    return make


def test_locked_url_and_language_are_read_only_and_say_so(qtbot: Any, policy: Any,
                                                          dialog: Any, make_profile: Any,
                                                          issue_token: Any) -> None:
    policy(ServerUrl="https://compliance.example.com", LockServerUrl=True, Language="de",
           LockLanguage=True)
    make_profile("Work", issue_token(), url="http://127.0.0.1:9", language="en")
    dlg = dialog()
    form = dlg.form
    # IT's values, whatever the saved profile says.
    assert dlg.url_edit.text() == "https://compliance.example.com"
    assert dlg.url_edit.isReadOnly()
    assert dlg.language_combo.currentData() == "de" and not dlg.language_combo.isEnabled()
    for hint in (form.url_lock, form.language_lock):
        assert hint.isVisible() and hint.text.text() == SET_BY
        assert hint.toolTip()
    assert dlg.url_edit.toolTip() and dlg.url_edit.accessibleDescription() == SET_BY
    # Still readable: the disabled language shows the enabled text colour.
    palette = dlg.language_combo.palette()
    assert palette.color(palette.ColorGroup.Disabled, palette.ColorRole.ButtonText) == \
        palette.color(palette.ColorGroup.Active, palette.ColorRole.ButtonText)
    # Typing into the locked URL changes nothing.
    dlg.url_edit.setFocus()
    qtbot.keyClicks(dlg.url_edit, "x")
    assert dlg.url_edit.text() == "https://compliance.example.com"


def test_unlocked_fields_stay_editable_without_the_sentence(qtbot: Any, policy: Any,
                                                            dialog: Any) -> None:
    policy(ServerUrl="https://compliance.example.com", Language="fr")
    dlg = dialog()
    assert not dlg.url_edit.isReadOnly() and dlg.language_combo.isEnabled()
    assert not dlg.form.url_lock.isVisible() and not dlg.form.language_lock.isVisible()


def test_a_first_profile_starts_from_it_s_values(qtbot: Any, policy: Any, dialog: Any) -> None:
    policy(ServerUrl="https://compliance.example.com/", Language="fr", ProfileName="Acme")
    dlg = dialog()
    assert dlg.name_edit.text() == "Acme"
    assert dlg.url_edit.text() == "https://compliance.example.com"
    assert dlg.language_combo.currentData() == "fr"


def test_saving_writes_it_s_locked_values(qtbot: Any, policy: Any, dialog: Any, store: Any,
                                          make_profile: Any, issue_token: Any,
                                          ui_server: Any) -> None:
    # profiles.json holds another URL and language (saved before IT locked them).
    make_profile("Work", issue_token(), url=dead_port_url(), language="en")
    policy(ServerUrl=ui_server.url, LockServerUrl=True, Language="de", LockLanguage=True)
    dlg = dialog()
    # Whatever reaches the widgets, Save writes IT's values.
    dlg.url_edit.setText("http://127.0.0.1:1")
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("fr"))
    box = answer_next_box(Ok)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.texts), timeout=10000)
    saved = store.load().get("Work")
    assert saved.url == ui_server.url and saved.language == "de"


def test_the_session_connects_to_the_locked_url_with_it_s_ca_bundle(
        qtbot: Any, policy: Any, store: ProfileStore, vault: Vault, issue_token: Any,
        ui_server: Any, tmp_path: Path) -> None:
    bundle = tmp_path / "it-ca.pem"
    import certifi

    bundle.write_bytes(Path(certifi.where()).read_bytes())
    # The file says a dead server; IT says the real one.
    key = issue_token()
    dead = dead_port_url()
    save_profile(store, vault, store.load(), Profile(name="Work", url=dead), key,
                 activate=True)
    policy(ServerUrl=ui_server.url, LockServerUrl=True, CaBundle=str(bundle))
    made: list[tuple[str, str | None]] = []
    from compliance_client.cli.app_cmds import _connect

    def recording(url: str, token: str, **kw: Any) -> Any:
        made.append((url, kw.get("ca_bundle")))
        return _connect(url, token, **kw)

    session = make_session(build_context(store=store, vault=vault, connect=recording))
    session.reload()
    qtbot.waitUntil(lambda: session.state in (ConnectionState.CONNECTED,
                                              ConnectionState.FAILED), timeout=10000)
    assert session.state == ConnectionState.CONNECTED, session.error
    assert session.profile is not None and session.profile.url == ui_server.url
    assert session.profile.ca_bundle == str(bundle)
    assert made == [(ui_server.url, str(bundle))]
    assert store.load().active.url == dead  # the file is the user's: untouched


def test_test_connection_uses_it_s_ca_bundle(qtbot: Any, policy: Any, store: ProfileStore,
                                             vault: Vault, make_profile: Any,
                                             issue_token: Any, tmp_path: Path) -> None:
    import certifi

    bundle = tmp_path / "it-ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    make_profile("Work", issue_token())
    policy(CaBundle=str(bundle))
    made: list[str | None] = []
    from compliance_client.cli.app_cmds import _connect

    def recording(url: str, token: str, **kw: Any) -> Any:
        made.append(kw.get("ca_bundle"))
        return _connect(url, token, **kw)

    dlg = open_profile_dialog(build_context(store=store, vault=vault, connect=recording))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.ready and not dlg.token_checking)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.test_result.isVisible(), timeout=10000)
    assert made == [str(bundle)]


# -- File → Start when I sign in ---------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any, context: Any, session: Any) -> Iterator[Callable[[], MainWindow]]:
    def make() -> MainWindow:
        w = open_main_window(context, session=session, pages=("profile",))
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: w.autostart is not None, timeout=10000)
        return w

    yield make


def desktop_entry(user_dirs: Path) -> Path:
    return user_dirs / "xdg_config_home" / "autostart" / "compliance-client.desktop"


def test_the_option_follows_the_entry_and_writes_it(qtbot: Any, window: Any,
                                                    user_dirs: Path) -> None:
    w = window()
    action = w.autostart_action
    assert action.isVisible() and action.isEnabled() and not action.isChecked()
    assert action.text() == "&Start when I sign in"
    action.trigger()  # as a click in the menu does
    qtbot.waitUntil(lambda: desktop_entry(user_dirs).is_file() and action.isEnabled())
    assert action.isChecked() and w.autostart is not None and w.autostart.enabled
    action.trigger()
    qtbot.waitUntil(lambda: not desktop_entry(user_dirs).exists() and action.isEnabled())
    assert not action.isChecked()


def test_the_option_is_locked_when_it_decides(qtbot: Any, policy: Any, window: Any,
                                              user_dirs: Path) -> None:
    policy(Autostart=True)
    w = window()
    action = w.autostart_action
    assert not action.isEnabled() and action.toolTip() == SET_BY
    assert not action.isChecked()  # the app's start applies it, not merely opening a window
    w.apply_managed_autostart()  # what run_app does at start
    qtbot.waitUntil(lambda: action.isChecked(), timeout=10000)
    assert desktop_entry(user_dirs).is_file() and not action.isEnabled()

    # IT turns it off: the next start removes the entry.
    policy(Autostart=False)
    again = open_main_window(build_context(store=w.session.context.store,
                                           vault=w.session.context.vault),
                             pages=("profile",))
    qtbot.addWidget(again)
    again.apply_managed_autostart()
    qtbot.waitUntil(lambda: again.autostart is not None and not again.autostart.enabled,
                    timeout=10000)
    assert not desktop_entry(user_dirs).exists()
    assert not again.autostart_action.isChecked() and not again.autostart_action.isEnabled()


def test_autostart_starts_the_window_minimized(qtbot: Any, context: Any, session: Any) -> None:
    from compliance_client.ui.pages import page_factories

    w = MainWindow(session, page_factories())
    qtbot.addWidget(w)
    w.start(minimized=True)
    assert w.isMinimized()
    hidden = MainWindow(make_session(context), page_factories())
    qtbot.addWidget(hidden)
    hidden.start(hidden=True)  # a tray icon opens it
    assert not hidden.isVisible()
