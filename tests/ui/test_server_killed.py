"""The desktop app when its server is killed mid-request (issue 9): the edit dialog says so
plainly and keeps what the user typed, nothing is half-saved, and saving again works once
the server is back on the same address."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from compliance_client.service.client import TokenServerClient
from compliance_client.ui.testing import open_token_dialog

from ..helpers.serve import start_serve
from ..helpers.ui import answer_next_box, connect, type_into


def _name(db: Path, token_id: int) -> tuple[str, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT organization_name, version FROM tokens WHERE id = ?",
                            (token_id,)).fetchone()


def test_edit_while_the_server_is_killed(qtbot: Any, session: Any, make_profile: Any,
                                         tmp_path: Path) -> None:
    db = tmp_path / "server.db"
    server = start_serve(f"sqlite:///{db}", tmp_path / "home")
    try:
        assert server.admin_key
        connect(qtbot, session, lambda **kw: make_profile(url=server.url, **kw), server.admin_key)
        with TokenServerClient(server.url, server.admin_key) as client:
            issued = client.create_token(organization_name="Before", organization_id="before")
        from tests.secrets_plugin import record_key

        record_key(issued.key)
        before = _name(db, issued.token.id)

        dialog = open_token_dialog(session, issued.token)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
        type_into(qtbot, dialog.name_edit, "After")

        # Hold SQLite's write lock so the PATCH is certainly in flight when the server dies.
        locker = sqlite3.connect(db, isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")
        try:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            qtbot.wait(300)  # the request reaches the server and waits for the lock
            server.proc.send_signal(signal.SIGKILL)
            qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=20000)
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        server.stop()

        text = dialog.general_error.text()
        assert server.url in text  # plain words naming the server, no traceback
        assert "Traceback" not in text and server.admin_key not in text
        assert dialog.isVisible() and dialog.name_edit.text() == "After"  # nothing typed lost
        assert dialog.save_button.isEnabled()
        assert _name(db, issued.token.id) == before  # nothing half-saved

        port = int(server.url.rsplit(":", 1)[1])
        server = start_serve(f"sqlite:///{db}", tmp_path / "home", port=port)
        box = answer_next_box(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(box.texts), timeout=15000)
        assert box.texts == [f"API Key with id {issued.token.id} is updated successfully"]
        assert _name(db, issued.token.id) == ("After", before[1] + 1)
    finally:
        server.stop()
