"""One connection state, owned by the session (issue 15): every page and the status bar tell
the same truth from the last request; a lost server is retried with backoff (and a Retry
button) and the app recovers by itself when the server is back; pages never vanish because
the server is down.

The server is a real ``compliance-client serve`` subprocess on a fixed port, stopped and
started again on the same database.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from compliance_client.ui.main_window import MainWindow
from compliance_client.ui.session import ConnectionState, Session
from compliance_client.ui.testing import make_session, open_main_window

from ..helpers.serve import ServeProcess, start_serve
from ..helpers.ui import connect

# Short delays so a test sees two or three retries within seconds.
FAST_RETRIES = (0.3, 0.6, 1.0)


class Server:
    """A serve subprocess that can be stopped and started again on the same port and data."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = f"sqlite:///{tmp_path / 'server.db'}"
        self.home = tmp_path / "home"
        self.proc: ServeProcess | None = start_serve(self.db, self.home)
        self.url = self.proc.url
        self.port = int(self.url.rsplit(":", 1)[1])
        self.admin_key = self.proc.admin_key

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop(signal.SIGKILL)
            self.proc = None

    def start(self) -> None:
        self.proc = start_serve(self.db, self.home, port=self.port)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(tmp_path)
    yield s
    s.stop()


@pytest.fixture
def fast_session(context: Any) -> Iterator[Session]:
    s = make_session(context, retry_delays=FAST_RETRIES)
    yield s
    s.close()  # it would go on retrying the stopped server into the next tests


def _window(qtbot: Any, context: Any, session: Session) -> MainWindow:
    w = open_main_window(context, session=session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: session.state not in (ConnectionState.CONNECTING,
                                                  ConnectionState.NO_PROFILE), timeout=10000)
    return w


def _listed(w: MainWindow, key: str) -> bool:
    return not w._items[key].isHidden()


def test_a_failed_request_is_the_whole_apps_truth(qtbot: Any, context: Any,
                                                  fast_session: Session, make_profile: Any,
                                                  server: Server) -> None:
    connect(qtbot, fast_session, lambda **kw: make_profile(url=server.url, **kw),
            server.admin_key)
    w = _window(qtbot, context, fast_session)
    assert w.state_label.text() == "Connected"
    w.show_page("tokens")
    tokens = w.pages["tokens"]
    qtbot.waitUntil(lambda: tokens.model.rowCount() > 0, timeout=10000)

    server.stop()
    tokens.refresh()
    # The grid's failure is the status bar's too: no "Connected" beside "refused".
    qtbot.waitUntil(lambda: fast_session.state == ConnectionState.FAILED, timeout=10000)
    assert w.state_label.text().startswith("Not connected")
    assert w.retry_button.isVisible()
    profile_page = w.pages["profile"]
    assert profile_page.state_value.text() == "Not connected"
    # Pages stay listed: they say why instead of vanishing.
    assert _listed(w, "tokens") and _listed(w, "audit")
    # The device page shows the session's error, the same words as the profile page.
    w.show_page("device")
    device = w.pages["device"]
    qtbot.waitUntil(lambda: device.error_label.isVisible(), timeout=10000)
    assert device.error_label.text() == profile_page.error_label.text()


def test_the_app_reconnects_by_itself_when_the_server_returns(
        qtbot: Any, context: Any, fast_session: Session, make_profile: Any,
        server: Server) -> None:
    connect(qtbot, fast_session, lambda **kw: make_profile(url=server.url, **kw),
            server.admin_key)
    server.stop()
    # Start with the server down.
    fast_session.reload()
    w = _window(qtbot, context, fast_session)
    qtbot.waitUntil(lambda: fast_session.state == ConnectionState.FAILED, timeout=10000)
    assert _listed(w, "tokens") and _listed(w, "audit")
    w.show_page("tokens")
    tokens = w.pages["tokens"]
    qtbot.waitUntil(lambda: tokens.grid.overlay.isVisible(), timeout=10000)

    server.start()
    # Nobody clicks anything: the backoff retry finds the server and the grid fills.
    qtbot.waitUntil(lambda: fast_session.state == ConnectionState.CONNECTED, timeout=20000)
    assert w.state_label.text() == "Connected"
    assert not w.retry_button.isVisible()
    qtbot.waitUntil(lambda: tokens.model.rowCount() > 0, timeout=10000)


def test_retry_button_tries_at_once(qtbot: Any, context: Any, make_profile: Any,
                                    server: Server) -> None:
    # Long delays: only the button can bring the app back within the test.
    session = make_session(context, retry_delays=(600.0,))
    connect(qtbot, session, lambda **kw: make_profile(url=server.url, **kw), server.admin_key)
    server.stop()
    session.verify()
    w = _window(qtbot, context, session)
    qtbot.waitUntil(lambda: session.state == ConnectionState.FAILED, timeout=10000)
    assert "retrying" in w.state_label.text().lower()
    server.start()
    qtbot.mouseClick(w.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    session.close()


def test_a_token_that_may_not_list_keeps_the_pages_hidden(
        qtbot: Any, context: Any, fast_session: Session, make_profile: Any,
        issue_token: Any, ui_server: Any) -> None:
    # Known from the server: this token may not list tokens, so the page is not offered.
    key = issue_token("Contoso", allowed_endpoints=["tokens.self", "devices.*"])
    connect(qtbot, fast_session, make_profile, key)
    w = _window(qtbot, context, fast_session)
    assert not _listed(w, "tokens") and not _listed(w, "audit")
