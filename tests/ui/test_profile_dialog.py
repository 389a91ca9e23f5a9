"""The Profile settings dialog against a real token server on loopback, a real profile file
under tmp_path and an in-memory keyring."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from compliance_client.domain.catalogue import ENDPOINT_IDS
from compliance_client.domain.keys import generate_key
from compliance_client.ui.profile_dialog import ProfileDialog
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.testing import open_profile_dialog

from ..helpers.cli import dead_port_url
from ..helpers.keyring_fakes import BrokenStoreKeyring
from ..helpers.ui import answer_next_box, type_into

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok


@pytest.fixture
def dialog(qtbot, context):
    def make(**kw) -> ProfileDialog:
        dlg = open_profile_dialog(context, **kw)
        qtbot.addWidget(dlg)
        qtbot.waitExposed(dlg)
        # The profiles are read, and "is a token stored?" asked of the keyring, in the
        # background.
        qtbot.waitUntil(lambda: dlg.ready and not dlg.token_checking)
        return dlg

    return make


def fill(qtbot, dlg: ProfileDialog, *, name: str = "Work", url: str = "", token: str = "",
         language: str | None = None) -> None:
    dlg.name_edit.clear()
    qtbot.keyClicks(dlg.name_edit, name)
    dlg.url_edit.clear()
    qtbot.keyClicks(dlg.url_edit, url)
    dlg.token_field.clear()
    if token:
        qtbot.keyClicks(dlg.token_field.edit, token)
    if language is not None:
        dlg.language_combo.setCurrentIndex(dlg.language_combo.findData(language))


def test_save_new_profile_keeps_token_out_of_the_file(qtbot, dialog, store, memory_keyring,
                                                      ui_server, issue_token):
    key = issue_token()
    dlg = dialog()
    assert dlg.selector.count() == 1 and dlg.name_edit.text() == ""
    fill(qtbot, dlg, url=ui_server.url, token=key)

    box = answer_next_box(Ok)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.texts))
    assert box.titles == ["Profile saved"]
    assert box.texts == ["Your profile is saved."]
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert dlg.result() == QDialog.DialogCode.Accepted

    text = store.path.read_text(encoding="utf-8")
    assert key not in text and "cct_" not in text
    data = json.loads(text)
    assert data["active"] == "Work"
    assert data["profiles"][0]["url"] == ui_server.url
    assert list(memory_keyring.passwords.values()) == [key]


def test_reopen_finds_every_value_and_the_token_in_the_keyring(qtbot, dialog, vault,
                                                              ui_server, issue_token):
    key = issue_token()
    first = dialog()
    fill(qtbot, first, name="Field office", url=ui_server.url, token=key, language="fr")
    box = answer_next_box(Ok)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.texts) and not first.isVisible())

    again = dialog()
    assert again.name_edit.text() == "Field office"
    assert again.url_edit.text() == ui_server.url
    assert again.language_combo.currentData() == "fr"
    assert again.token_stored is True and again.token_field.text() == ""
    assert vault.get_token("Field office") == key


def test_pasted_token_loses_its_whitespace(qtbot, dialog):
    key = generate_key()
    dlg = dialog()
    QApplication.clipboard().setText(f"  {key[:20]}\n{key[20:]}  \n")
    dlg.token_field.edit.setFocus()
    dlg.token_field.edit.paste()
    assert dlg.token_field.text() == key
    assert not dlg.token_field.is_revealed()
    qtbot.mouseClick(dlg.token_field.toggle, Qt.MouseButton.LeftButton)
    assert dlg.token_field.is_revealed()


def test_show_is_offered_only_when_there_is_something_to_show(qtbot, dialog, make_profile,
                                                             issue_token):
    # A stored token is never brought back into the field: "Show" beside the empty field did
    # nothing visible (issue 15). It is off until a token is typed, and says why.
    make_profile("Work", issue_token())
    dlg = dialog(select="Work")
    qtbot.waitUntil(lambda: dlg.token_stored is True)
    toggle = dlg.token_field.toggle
    assert not toggle.isEnabled()
    assert "keyring" in toggle.toolTip()
    type_into(qtbot, dlg.token_field.edit, generate_key())
    assert toggle.isEnabled()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert dlg.token_field.is_revealed()
    dlg.token_field.edit.clear()
    assert not toggle.isEnabled() and not dlg.token_field.is_revealed()


@pytest.mark.parametrize(("url", "expected"), [
    ("ftp://example.com", "must start with https://"),
    ("http://compliance.example.com", "Use https:// for a server on another computer"),
    ("https://example.com:99999", "port in the server URL"),
    ("https://", "needs a host name"),
])
def test_bad_url_is_explained_in_place_and_nothing_is_saved(qtbot, dialog, store,
                                                            memory_keyring, url, expected):
    dlg = dialog()
    fill(qtbot, dlg, url=url, token=generate_key())
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert expected in dlg.url_error.text()
    assert dlg.url_error.isVisible()
    assert dlg.url_edit.property("invalid") is True
    assert dlg.focusWidget() is dlg.url_edit
    assert "Fix the marked field" in dlg.summary.text()
    assert pending_tasks() == 0  # nothing went to the background, so nothing was sent
    assert not store.path.exists() and not memory_keyring.passwords
    assert dlg.isVisible()

    # Fixing it clears the mark as the person types.
    dlg.url_edit.clear()
    qtbot.keyClicks(dlg.url_edit, "https://compliance.example.com")
    assert not dlg.url_error.isVisible()
    assert not dlg.url_edit.property("invalid")


def test_mistyped_key_is_rejected_offline(qtbot, dialog, store, memory_keyring, ui_server):
    key = generate_key()
    typo = key[:-1] + ("A" if key[-1] != "A" else "B")
    dlg = dialog()
    fill(qtbot, dlg, url=ui_server.url, token=typo)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert "checksum does not match" in dlg.token_error.text()
    assert not dlg.testing and pending_tasks() == 0
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.focusWidget() is dlg.token_field.edit
    assert not store.path.exists() and not memory_keyring.passwords

    dlg.token_field.clear()
    qtbot.keyClicks(dlg.token_field.edit, "abc")
    qtbot.keyClick(dlg.token_field.edit, Qt.Key.Key_Tab)  # leaving the field checks it
    assert "starts with \u201ccct_\u201d" in dlg.token_error.text()


def test_enter_saves_and_marks_every_bad_field(qtbot, dialog, store):
    dlg = dialog()
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Return)  # Enter = Save (the default button)
    assert dlg.name_error.text() == "Enter a profile name."
    assert "Enter the server URL" in dlg.url_error.text()
    assert dlg.token_error.text() == "Enter an API token."
    assert dlg.focusWidget() is dlg.name_edit
    assert "Fix the marked fields" in dlg.summary.text()
    assert dlg.isVisible() and not store.path.exists()


def test_escape_asks_before_throwing_typed_input_away(qtbot, dialog, store, ui_server):
    dlg = dialog()
    qtbot.waitUntil(lambda: dlg.ready)
    fill(qtbot, dlg, url=ui_server.url, token=generate_key())
    # No: the dialog stays, with everything typed.
    box = answer_next_box(No)
    qtbot.keyClick(dlg.url_edit, Qt.Key.Key_Escape)
    assert box.texts == ["Discard your changes to the profile “Work”?"]
    assert dlg.isVisible() and dlg.url_edit.text() == ui_server.url
    # Yes: closed, nothing saved.
    answer_next_box(Yes)
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert not store.path.exists()


def test_escape_without_changes_closes_at_once(qtbot, dialog):
    dlg = dialog()
    qtbot.waitUntil(lambda: dlg.ready)
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_test_connection_shows_organization_expiry_and_reach(qtbot, dialog, ui_server,
                                                             issue_token):
    key = issue_token("Contoso Compliance", organization_id="contoso",
                      allowed_endpoints=["devices.*"])
    dlg = dialog()
    fill(qtbot, dlg, url=ui_server.url, token=key)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert dlg.testing and not dlg.test_button.isEnabled()
    qtbot.waitUntil(lambda: dlg.test_result.isVisible())
    text = dlg.test_result.text()
    assert "Organization: Contoso Compliance (contoso)" in text
    assert "never expires" in text
    # devices.* (6, devices.delete included) and tokens.self, which every valid token may call.
    assert f"It may call 7 of {len(ENDPOINT_IDS)} endpoints" in text
    assert "devices.disable" in text and "tokens.self" in text and "tokens.list" not in text
    assert not dlg.test_error.isVisible() and dlg.test_button.isEnabled()


def test_test_connection_uses_the_stored_token_without_showing_it(qtbot, dialog, make_profile,
                                                                  issue_token):
    key = issue_token("Stored Org")
    make_profile("Work", key)
    dlg = dialog()
    assert dlg.name_edit.text() == "Work"
    assert dlg.token_stored is True
    assert dlg.token_field.text() == ""
    assert dlg.token_field.placeholderText() == "A token is stored"
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.test_result.isVisible())
    assert "Stored Org" in dlg.test_result.text()
    assert dlg.token_field.text() == ""


def test_dead_port_shows_refusal_and_gui_stays_usable(qtbot, dialog):
    dlg = dialog()
    fill(qtbot, dlg, url=dead_port_url(), token=generate_key())
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert dlg.testing and dlg.test_busy.isVisible()
    # The rest of the dialog stays usable while the test runs.
    assert dlg.name_edit.isEnabled() and dlg.save_button.isEnabled()
    qtbot.keyClicks(dlg.name_edit, " 2")
    assert dlg.name_edit.text() == "Work 2"
    qtbot.waitUntil(lambda: dlg.test_error.isVisible(), timeout=15000)
    assert "refused the connection" in dlg.test_error.text()
    assert dlg.url_edit.text() in dlg.test_error.text()  # says which server
    assert not dlg.testing and not dlg.test_busy.isVisible()
    assert not dlg.test_result.isVisible()


def test_expired_token_message(qtbot, dialog, ui_server, issue_token, expire_token):
    key = issue_token()
    expire_token(key)
    dlg = dialog()
    fill(qtbot, dlg, url=ui_server.url, token=key)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.test_error.isVisible())
    assert dlg.test_error.text().startswith("This token expired on ")
    assert "Ask your administrator" in dlg.test_error.text()


def test_blocked_address_message(qtbot, dialog, ui_server, issue_token):
    key = issue_token(blocked_ips=["127.0.0.0/8"])
    dlg = dialog()
    fill(qtbot, dlg, url=ui_server.url, token=key)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.test_error.isVisible())
    assert dlg.test_error.text() == "This token is blocked for your address 127.0.0.1."


def test_vault_failure_saves_the_profile_and_says_so(qtbot, dialog, store, install_keyring,
                                                     ui_server):
    install_keyring(BrokenStoreKeyring())
    key = generate_key()
    dlg = dialog()
    fill(qtbot, dlg, url=ui_server.url, token=key)
    box = answer_next_box(Ok)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.texts))
    assert box.titles == ["Profile saved without its token"]
    assert "Your profile is saved, but its API token could not be stored" in box.texts[0]
    assert "fix the keyring, then press Save again" in box.texts[0]
    # The profile itself is on disk; the dialog stays open with the token for a retry.
    assert store.load().active.name == "Work"
    assert key not in store.path.read_text(encoding="utf-8")
    assert dlg.isVisible() and dlg.token_field.text() == key
    assert dlg.token_error.isVisible() and "keyring" in dlg.token_error.text()
    assert dlg.changed


def test_edit_existing_profile_keeps_the_stored_token(qtbot, dialog, store, make_profile,
                                                      memory_keyring, ui_server):
    key = generate_key()
    make_profile("Work", key)
    dlg = dialog()
    dlg.name_edit.clear()
    qtbot.keyClicks(dlg.name_edit, "Office")
    box = answer_next_box(Ok)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.texts))
    qtbot.waitUntil(lambda: not dlg.isVisible())
    profiles = store.load()
    assert profiles.names == ("Office",) and profiles.active_name == "Office"
    # The renamed profile took its token along.
    assert list(memory_keyring.passwords.items()) == [(("compliance-client", "office"), key)]


def test_add_and_delete_profiles(qtbot, dialog, store, make_profile, memory_keyring):
    make_profile("Work", generate_key())
    make_profile("Home", generate_key())
    dlg = dialog()
    assert [dlg.selector.itemText(i) for i in range(dlg.selector.count())] == ["Work", "Home"]

    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.name_edit.text() == "" and dlg.name_edit.hasFocus()
    assert dlg.selector.currentText() == "(new profile)"
    qtbot.keyClicks(dlg.name_edit, "work")  # names are unique regardless of case
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Return)
    assert "already exists" in dlg.name_error.text()

    # Back to an existing profile: the unsaved new one is discarded after asking.
    box = answer_next_box(Yes)
    dlg.selector.setCurrentIndex(1)
    dlg.selector.activated.emit(1)
    assert box.texts and "Discard your changes" in box.texts[0]
    assert dlg.name_edit.text() == "Home"

    box = answer_next_box(No)
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert box.texts == ["Delete the profile \u201cHome\u201d?\nIts settings and its stored API "
                         "token are removed from this PC. The token itself stays valid on "
                         "the server."]
    assert store.load().names == ("Work", "Home")

    box = answer_next_box(Yes)
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    done = answer_next_box(Ok)
    qtbot.waitUntil(lambda: bool(done.texts))
    assert done.texts == ["The profile \u201cHome\u201d is deleted."]
    assert store.load().names == ("Work",)
    assert [u for (_s, u) in memory_keyring.passwords] == ["work"]
    assert dlg.selector.count() == 1 and dlg.name_edit.text() == "Work"


def test_every_field_has_an_accessible_name_and_tab_order_is_visual(qtbot, dialog):
    dlg = dialog()
    for w in (dlg.selector, dlg.name_edit, dlg.language_combo, dlg.url_edit,
              dlg.token_field.edit, dlg.test_button, dlg.add_button, dlg.rename_button,
              dlg.delete_button):
        assert w.accessibleName(), w
    assert [dlg.language_combo.itemText(i) for i in range(dlg.language_combo.count())] == [
        "English", "Deutsch", "Français", "বাংলা", "العربية"]
    order = [dlg.name_edit]
    while len(order) < 5:
        order.append(order[-1].nextInFocusChain())
    assert order[1:4] == [dlg.language_combo, dlg.url_edit, dlg.token_field.edit]
    assert dlg.save_button.isDefault()


def test_rename_button_renames_on_save(qtbot, dialog, store, make_profile, memory_keyring):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    key = generate_key()
    make_profile("Work", key)
    dlg = dialog()
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.labelText())
        box.setTextValue("Head office")
        box.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dlg.rename_button, Qt.MouseButton.LeftButton)
    assert asked == ["New name for the profile \u201cWork\u201d:"]
    assert dlg.name_edit.text() == "Head office"
    assert store.load().names == ("Work",)  # nothing changes before Save

    box = answer_next_box(Ok)
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(box.texts))
    assert store.load().names == ("Head office",)
    assert memory_keyring.passwords == {("compliance-client", "head office"): key}


def test_corrupt_profile_file_is_reported_not_lost(qtbot, dialog, store):
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json", encoding="utf-8")
    dlg = dialog()
    assert dlg.banner.isVisible()
    assert "could not be read" in dlg.banner.text()
    assert ".corrupt-" in dlg.banner.text()
    assert dlg.selector.currentText() == "(new profile)"
    assert any(p.name.startswith("profiles.json.corrupt-") for p in store.path.parent.iterdir())


def test_a_language_switch_keeps_the_buttons_mnemonics(qtbot, dialog):
    # QDialogButtonBox puts Qt's own texts (no mnemonic) back on a language change; the
    # app's texts must win (issue 15: Save lost its Alt key after a live switch).
    from compliance_client.ui import i18n

    dlg = dialog()
    try:
        i18n.set_language("de")
        QApplication.processEvents()
        assert dlg.save_button.text() == "&Speichern"
        assert dlg.cancel_button.text() == "Abbrechen"
    finally:
        i18n.set_language("en")
    QApplication.processEvents()
    assert dlg.save_button.text() == "&Save"
