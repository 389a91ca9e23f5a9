"""The main window with the Profile and This device pages: what the Profile page shows,
the first start, and a language switch that retranslates the open window at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from compliance_client.domain.keys import generate_key
from compliance_client.ui import i18n
from compliance_client.ui.main_window import MainWindow
from compliance_client.ui.pages.profile_page import ProfilePage
from compliance_client.ui.profile_dialog import ProfileDialog
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.testing import open_main_window

from ..helpers.ui import answer_next_box

Ok = QMessageBox.StandardButton.Ok


class LanguageChangeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def when_dialog_opens(act: Callable[[ProfileDialog], None]) -> list[ProfileDialog]:
    """Run ``act`` on the ProfileDialog as soon as it is shown modally (exec() blocks)."""
    seen: list[ProfileDialog] = []
    tries = [500]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if (isinstance(dialog, ProfileDialog) and dialog.ready
                and not dialog.token_checking):
            seen.append(dialog)
            act(dialog)
            return
        tries[0] -= 1
        if tries[0] > 0:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def window(qtbot, context, session):
    def make() -> MainWindow:
        w = open_main_window(context, session=session, pages=("profile", "device"))
        qtbot.addWidget(w)
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: session.state != ConnectionState.CONNECTING)
        return w

    return make


def test_profile_page_shows_the_active_profile(qtbot, window, make_profile, issue_token,
                                               ui_server):
    make_profile("Work", issue_token("Fabrikam", organization_id="fabrikam"))
    w = window()
    page: ProfilePage = w.pages["profile"]
    assert w.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.token_value.text() == "Stored in the system keyring")
    assert page.details_panel.isVisible() and not page.empty_panel.isVisible()
    assert page.name_value.text() == "Work"
    assert page.server_value.text() == ui_server.url
    assert page.language_value.text() == "English"
    assert page.state_value.text() == "Connected"
    assert page.org_value.text() == "Fabrikam (fabrikam)" and page.org_value.isVisible()
    assert not page.error_label.isVisible()
    assert w.org_label.text() == "Organization: Fabrikam"


def test_profile_page_explains_a_failed_connection(qtbot, window, make_profile, issue_token,
                                                   expire_token):
    key = issue_token()
    expire_token(key)
    make_profile("Work", key)
    w = window()
    page: ProfilePage = w.pages["profile"]
    assert page.state_value.text() == "Not connected"
    assert page.error_label.text().startswith("This token expired on ")
    assert not page.org_value.isVisible()


def test_first_run_opens_the_dialog_and_saving_reloads(qtbot, window, issue_token, ui_server,
                                                       session):
    w = window()
    page: ProfilePage = w.pages["profile"]
    assert session.profile is None
    assert page.empty_panel.isVisible() and not page.details_panel.isVisible()
    assert page.setup_button.text() == "&Set up profile…"
    key = issue_token("Northwind")

    def fill_and_save(dialog: ProfileDialog) -> None:
        dialog.name_edit.setText("Work")
        dialog.url_edit.setText(ui_server.url)
        dialog.token_field.setText(key)
        dialog.save()

    box = answer_next_box(Ok)
    opened = when_dialog_opens(fill_and_save)
    assert page.first_run() is True
    assert opened and box.texts == ["Your profile is saved."]
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED)  # read, then verified
    assert session.profile is not None and session.profile.name == "Work"
    assert page.details_panel.isVisible() and page.org_value.text().startswith("Northwind")
    # With a profile, first_run does nothing.
    assert page.first_run() is False


def test_cancelled_first_run_leaves_things_as_they_were(qtbot, window, session, store):
    w = window()
    page: ProfilePage = w.pages["profile"]
    opened = when_dialog_opens(lambda d: qtbot.keyClick(d.name_edit, Qt.Key.Key_Escape))
    assert page.first_run() is False
    assert opened and session.profile is None and not store.path.exists()
    assert page.empty_panel.isVisible()


def test_switching_to_deutsch_retranslates_the_open_window(qtbot, window, make_profile,
                                                           store):
    make_profile("Work", generate_key())
    w = window()
    page: ProfilePage = w.pages["profile"]
    counters = {name: LanguageChangeCounter() for name in ("window", "profile", "device")}
    w.installEventFilter(counters["window"])
    page.installEventFilter(counters["profile"])
    w.pages["device"].installEventFilter(counters["device"])
    retranslated: list[str] = []
    original = w.retranslate

    def spy() -> None:
        retranslated.append(w.windowTitle())
        original()

    w.retranslate = spy  # instance attribute: changeEvent calls self.retranslate()

    def choose_deutsch(dialog: ProfileDialog) -> None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    box = answer_next_box(Ok)
    when_dialog_opens(choose_deutsch)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert box.texts  # "Your profile is saved." (in German once translations exist)

    assert store.load().active.language == "de"
    assert i18n.current_language() == "de"
    assert QLocale().language() == QLocale.Language.German
    # Every open window got LanguageChange and re-read its texts at once, without restart.
    assert all(c.count >= 1 for c in counters.values()), {k: c.count for k, c in
                                                          counters.items()}
    assert retranslated
    qtbot.waitUntil(lambda: page.language_value.text() == "Deutsch")


def test_profile_page_explains_an_unreadable_keyring(qtbot, window, make_profile,
                                                     install_keyring):
    from keyring.errors import KeyringLocked

    from ..helpers.keyring_fakes import InMemoryKeyring

    class LockedKeyring(InMemoryKeyring):
        """A keyring whose unlock prompt was dismissed: a real one cannot do it on demand."""

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("the collection is locked")

    make_profile("Work", generate_key())
    install_keyring(LockedKeyring())
    w = window()
    page: ProfilePage = w.pages["profile"]
    qtbot.waitUntil(lambda: page.token_value.text()
                    == "Could not be read from the system keyring")
    assert "keyring is locked" in page.error_label.text()
    assert page.state_value.text() == "Not connected"


def test_saved_language_applies_at_start(qtbot, context, session, make_profile,
                                         issue_token) -> None:
    """A profile saved in Deutsch opens the app in German, without a restart."""
    make_profile("Arbeit", issue_token(), language="de")
    window = open_main_window(context, session=session)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not session.loading)
        assert i18n.current_language() == "de"
        assert window.page_title("device") == "Dieses Gerät"
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Datei", timeout=3000)
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=3000)


def test_start_prepares_unopened_pages_without_building_them(qtbot, context, session,
                                                              make_profile,
                                                              issue_token) -> None:
    from compliance_client.ui.pages import LazyPage
    from compliance_client.ui.tasks import pending_tasks

    make_profile(name="Warm", token=issue_token(organization_name="Warm"))
    w = open_main_window(context, session=session, load=False)
    qtbot.addWidget(w)
    w.start()
    session.reload()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED)
    # The warm-up's idle-time timer finishes and hands the imports to a worker.
    qtbot.waitUntil(lambda: not [t for t in w.findChildren(QTimer) if t.isActive()
                                 and t.interval() == 0] and pending_tasks() == 0, timeout=5000)
    tokens = w.pages["tokens"]
    assert isinstance(tokens, LazyPage) and not tokens.built
    w.show_page("tokens")
    assert tokens.built and tokens.page.isVisible()


def test_an_english_profile_shows_english_dates_whatever_the_system_locale(
        qtbot, context, session, make_profile, issue_token) -> None:
    """A fresh start (no language applied yet) on a German system with an English profile:
    the profile's language decides the dates' format too, not the system's locale."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))  # what Qt takes from a German system at start
    try:
        make_profile("Work", issue_token(), language="en")
        window = open_main_window(context, session=session)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not session.loading)
        assert QLocale().language() == QLocale.Language.English
    finally:
        i18n.set_language("en")
