"""Every window in every language, walked as a keyboard and a screen-reader user meets it
(issue 15): no two mnemonics of one window share a letter; every control a user can Tab to
has an accessible name (as ``QAccessible`` hands it to a screen reader); Arabic lays every
window out right to left."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from compliance_client.domain.languages import LANGUAGES, RIGHT_TO_LEFT
from compliance_client.service.client import TokenServerClient
from compliance_client.ui import i18n

from ..helpers.windows import every_window, keyboard_controls, mnemonics, unreachable


@pytest.fixture
def language(request: Any, qapp: Any) -> Iterator[str]:
    code: str = request.param
    i18n.set_language(code)
    yield code
    i18n.set_language("en")


@pytest.fixture
def token(ui_server: Any) -> Any:
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        issued = c.create_token(organization_name="Walk & Co", organization_id="walk",
                                allowed_ips=["10.0.0.0/8"], blocked_endpoints=["audit.read"])
    from tests.secrets_plugin import record_key

    record_key(issued.key)
    return issued.token


@pytest.mark.parametrize("language", sorted(LANGUAGES), indirect=True)
def test_no_window_has_two_mnemonics_on_one_letter(qtbot: Any, admin: Any, token: Any,
                                                   language: str) -> None:
    clashes = []
    for name, window in every_window(qtbot, admin, token):
        by_letter: dict[str, list[str]] = defaultdict(list)
        for letter, text in mnemonics(window):
            by_letter[letter].append(text)
        clashes += [f"{name}: Alt+{letter} = {texts}" for letter, texts in by_letter.items()
                    if len(texts) > 1]
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("language", sorted(LANGUAGES), indirect=True)
def test_every_control_has_an_accessible_name(qtbot: Any, admin: Any, token: Any,
                                              language: str) -> None:
    unnamed = []
    for name, window in every_window(qtbot, admin, token):
        unnamed += [f"{name}: {type(w).__name__} {w.objectName()!r} not in the Tab chain"
                    for w in unreachable(window)]
        for w in keyboard_controls(window):
            face = QAccessible.queryAccessibleInterface(w)
            spoken = face.text(QAccessible.Text.Name) if face is not None else ""
            if not spoken.strip():
                unnamed.append(f"{name}: {type(w).__name__} {w.objectName()!r}")
    assert not unnamed, "\n".join(unnamed)


@pytest.mark.parametrize("language", sorted(RIGHT_TO_LEFT), indirect=True)
def test_a_right_to_left_language_mirrors_every_window(qtbot: Any, admin: Any, token: Any,
                                                       language: str) -> None:
    for name, window in every_window(qtbot, admin, token):
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, name
    i18n.set_language("en")
    assert admin is not None


def test_a_latin_value_stays_beside_its_label_in_arabic(qtbot: Any) -> None:
    from compliance_client.ui.widgets import ValueLabel

    value = ValueLabel("https://compliance.example.com")
    qtbot.addWidget(value)
    assert value.alignment() & Qt.AlignmentFlag.AlignLeft
    i18n.set_language("ar")
    try:
        assert value.alignment() & Qt.AlignmentFlag.AlignRight
        assert value.alignment() & Qt.AlignmentFlag.AlignAbsolute
    finally:
        i18n.set_language("en")
    assert value.alignment() & Qt.AlignmentFlag.AlignLeft



def _walk(name: str, window: Any) -> list[str]:
    """What the tests above find wrong in ``window``: clashing mnemonics, controls out of the
    Tab chain or without an accessible name, and a left-to-right window in Arabic."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text in mnemonics(window):
        by_letter[letter].append(text)
    problems = [f"{name}: Alt+{letter} = {texts}" for letter, texts in by_letter.items()
                if len(texts) > 1]
    problems += [f"{name}: {type(w).__name__} {w.objectName()!r} not in the Tab chain"
                 for w in unreachable(window)]
    for w in keyboard_controls(window):
        face = QAccessible.queryAccessibleInterface(w)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            problems.append(f"{name}: {type(w).__name__} {w.objectName()!r} unnamed")
    if (i18n.current_language() in RIGHT_TO_LEFT
            and window.layoutDirection() != Qt.LayoutDirection.RightToLeft):
        problems.append(f"{name}: not right to left")
    return problems


@pytest.mark.parametrize("language", sorted(LANGUAGES), indirect=True)
def test_the_policy_page_and_the_grace_question_in_every_language(
        qtbot: Any, admin: Any, token: Any, language: str) -> None:
    """New in issue 17 (tests/helpers/windows.py walks the older windows): the Token policy
    page in the main window, and the regenerate question with its grace choice."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from compliance_client.ui.key_dialog import confirm_regenerate
    from compliance_client.ui.tasks import pending_tasks
    from compliance_client.ui.testing import open_main_window

    main = open_main_window(admin.context, session=admin, load=False)
    qtbot.addWidget(main)
    qtbot.waitExposed(main)
    main.show_page("policy")
    page = main.pages["policy"].page
    qtbot.waitUntil(lambda: page.policy is not None and pending_tasks() == 0, timeout=8000)
    problems = _walk("main window, policy page", main)

    asked: list[str] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inspect)
            return
        asked.append(box.windowTitle())
        problems.extend(_walk("regenerate question", box))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, inspect)
    assert confirm_regenerate(main, token) is None
    assert asked  # the question was walked
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", sorted(LANGUAGES), indirect=True)
def test_the_enroll_dialog_in_every_language(qtbot: Any, context: Any, language: str) -> None:
    """New in issue 19: "Enroll with a code…" (the profile dialog's new button) and its
    dialog, with an offline problem shown."""
    from compliance_client.ui.enroll_dialog import EnrollDialog
    from compliance_client.ui.testing import open_profile_dialog

    profile = open_profile_dialog(context)
    qtbot.addWidget(profile)
    qtbot.waitUntil(lambda: profile.ready and not profile.token_checking)
    problems = _walk("profile dialog", profile)
    dialog = EnrollDialog(context, profile, url="https://compliance.example.com")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code_field.edit.setText("cce_short")
    dialog.check()
    problems += _walk("enroll dialog", dialog)
    dialog.close()
    assert not problems, "\n".join(problems)
