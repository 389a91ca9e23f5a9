"""The API token grid's columns (issue 15): the seed's ID and Action columns, every column on
screen at the main window's default size (texts elided, tooltips carrying them whole),
header tooltips, a column the user resized keeping its width, and the column chooser on the
header's context menu, remembered across runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from compliance_client.profile.paths import config_dir
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.grid.tokens import COLUMN_KEYS, Column
from compliance_client.ui.pages.tokens_page import TokensPage
from compliance_client.ui.testing import open_main_window

from ..helpers.ui import open_tokens_page, search_tokens, unique

DEFAULT_SIZE = QSize(1100, 680)  # MainWindow's preferred size


@pytest.fixture
def wide_tokens(ui_server: Any) -> str:
    """Three tokens whose every text is long: the grid cannot show them whole at 1100×680."""
    tag = unique("Columns")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        for n in range(3):
            issued = c.create_token(
                organization_name=f"{tag} Worldwide Holdings and Subsidiaries {n}",
                organization_id=f"worldwide-holdings-subsidiary-{n}",
                allowed_endpoints=["tokens.self", "devices.*", "endpoints.list"],
                blocked_endpoints=["devices.disable", "devices.enable"],
                allowed_ips=[f"10.{n}.0.0/16", "192.0.2.0/24", "198.51.100.0/24",
                             "2001:db8::/32", "127.0.0.0/8"],  # the last: used from here
                blocked_ips=[f"10.{n}.0.1", f"10.{n}.0.2", f"10.{n}.0.3"],
                expires_at=datetime.now(UTC) + timedelta(days=3))
            from tests.secrets_plugin import record_key

            record_key(issued.key)
        if issued is not None:
            with TokenServerClient(ui_server.url, issued.key) as used:
                used.verify()  # "Last used <when> from 127.0.0.1"
    return tag


def open_window(qtbot: Any, admin: Any) -> tuple[Any, TokensPage]:
    w = open_main_window(admin.context, session=admin, load=False)
    qtbot.addWidget(w)
    w.resize(DEFAULT_SIZE)  # the default, whatever the test screen's size
    qtbot.waitExposed(w)
    w.show_page("tokens")
    page: TokensPage = w.pages["tokens"].page
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY, timeout=8000)
    return w, page


def on_screen(page: TokensPage) -> list[int]:
    """The columns shown whole in the viewport."""
    header = page.table.horizontalHeader()
    width = page.table.viewport().width()
    return [c for c in range(Column.COUNT) if not header.isSectionHidden(c)
            and header.sectionViewportPosition(c) >= 0 and header.sectionSize(c) > 0
            and header.sectionViewportPosition(c) + header.sectionSize(c) <= width]


def test_the_seed_columns_id_first_action_last(qtbot: Any, admin: Any) -> None:
    page = open_tokens_page(qtbot, admin)
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(Column.COUNT)]
    assert titles[0] == "ID" and titles[-1] == "Action"
    token = page.model.token(0)
    assert page.model.data(page.model.index(0, Column.ID)) == str(token.id)
    assert page.model.data(page.model.index(0, Column.ACTIONS)) == ""  # painted buttons


def test_sorting_by_id_is_the_servers(qtbot: Any, admin: Any, wide_tokens: str) -> None:
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, wide_tokens)
    page.table.horizontalHeader().setSortIndicator(Column.ID, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.sort_key == "-id"
                    and page.model.state == LoadState.READY, timeout=8000)
    ids = [t.id for t in page.model.items]
    assert ids == sorted(ids, reverse=True) and len(ids) == 3


def test_every_column_is_on_screen_at_the_default_window_size(qtbot: Any, admin: Any,
                                                               wide_tokens: str) -> None:
    w, page = open_window(qtbot, admin)
    search_tokens(qtbot, page, wide_tokens)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    QCoreApplication.processEvents()
    assert w.size() == DEFAULT_SIZE
    assert on_screen(page) == list(range(Column.COUNT))
    assert page.table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    header = page.table.horizontalHeader()
    assert header.sectionSize(Column.ACTIONS) >= page.row_buttons.width()  # buttons whole
    # The texts do not all fit: the cut ones are elided, and their tooltips carry them.
    metrics = page.table.fontMetrics()
    cut = 0
    for row in range(3):
        for column in range(Column.ACTIONS):
            index = page.model.index(row, column)
            text = index.data()
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if metrics.horizontalAdvance(text) > header.sectionSize(column):
                cut += 1
            token = page.model.token(row)
            if column in (Column.ALLOWED_IPS, Column.BLOCKED_IPS):
                entries = token.allowed_ips if column == Column.ALLOWED_IPS else \
                    token.blocked_ips
                assert all(e in tip for e in entries)
            elif column in (Column.ALLOWED_ENDPOINTS, Column.BLOCKED_ENDPOINTS):
                entries = (token.allowed_endpoints if column == Column.ALLOWED_ENDPOINTS
                           else token.blocked_endpoints)
                assert all(e in tip for e in entries)
            else:
                assert text in tip, (column, text, tip)
    assert cut > 0  # the case this test is about
    # After a window resize the columns fit again.
    w.resize(QSize(1300, 680))
    qtbot.waitUntil(lambda: page.table.viewport().width() > 900)
    QCoreApplication.processEvents()
    assert on_screen(page) == list(range(Column.COUNT))
    right = header.sectionViewportPosition(Column.ACTIONS) + header.sectionSize(Column.ACTIONS)
    assert right == page.table.viewport().width()  # the row ends at the right edge


def test_a_short_name_is_shown_whole_when_other_columns_are_cut(qtbot: Any, admin: Any,
                                                                client: Any) -> None:
    slug = unique("short").replace(" ", "-")
    client.create_token(organization_name="Acme", organization_id=slug,
                        allowed_ips=[f"10.0.{n}.0/24" for n in range(30)],
                        blocked_endpoints=["devices.disable", "devices.enable", "audit.read"])
    _w, page = open_window(qtbot, admin)
    search_tokens(qtbot, page, slug)
    assert page.model.rowCount() == 1
    QCoreApplication.processEvents()
    header = page.table.horizontalHeader()
    font = page.table.font()
    assert page.grid.delegate.text_width("Acme", font) <= header.sectionSize(Column.ORG_NAME)
    ips = page.model.index(0, Column.ALLOWED_IPS).data()
    assert page.grid.delegate.text_width(ips, font) > header.sectionSize(Column.ALLOWED_IPS)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise(), grabs
def test_header_tooltips_carry_the_whole_title(qtbot: Any, admin: Any) -> None:
    _w, page = open_window(qtbot, admin)
    header = page.table.horizontalHeader()
    for column in range(Column.COUNT):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert page.model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.ToolTipRole) == title
    # What the user sees when hovering a cut title.
    column = Column.ALLOWED_ENDPOINTS
    pos = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, header.viewport().mapToGlobal(pos))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "Allowed endpoints"
    QToolTip.hideText()


def test_a_column_the_user_resized_keeps_its_width(qtbot: Any, admin: Any) -> None:
    w, page = open_window(qtbot, admin)
    header = page.table.horizontalHeader()
    column = Column.ORG_ID
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    before = header.sectionSize(column)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 40, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 40, y))
    dragged = header.sectionSize(column)
    assert dragged > before
    w.resize(QSize(1250, 700))
    qtbot.waitUntil(lambda: page.table.viewport().width() > 900)
    QCoreApplication.processEvents()
    assert header.sectionSize(column) == dragged
    assert on_screen(page) == list(range(Column.COUNT))


# -- the column chooser --------------------------------------------------------------------


def right_click_header(qtbot: Any, page: TokensPage, column: int,
                       act: Any) -> None:
    """Open the header's context menu over ``column`` and run ``act(menu)`` on it."""
    header = page.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    seen: list[QMenu] = []

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append(menu)
            act(menu)
            menu.close()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                              header.viewport().mapToGlobal(pos))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))


def entry(menu: QMenu, title: str) -> Any:
    (action,) = [a for a in menu.actions() if a.text() == title]
    return action


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise(), grabs
def test_the_column_chooser_hides_and_shows_columns_and_remembers(
        qtbot: Any, admin: Any) -> None:
    _w, page = open_window(qtbot, admin)
    header = page.table.horizontalHeader()
    titles: list[str] = []

    def hide_org_id(menu: QMenu) -> None:
        titles.extend(a.text() for a in menu.actions())
        action = entry(menu, "Organization ID")
        assert action.isCheckable() and action.isChecked()
        action.trigger()

    right_click_header(qtbot, page, Column.ORG_NAME, hide_org_id)
    assert titles == [page.model.headerData(c, Qt.Orientation.Horizontal)
                      for c in range(Column.COUNT)]
    assert header.isSectionHidden(Column.ORG_ID)
    QCoreApplication.processEvents()
    shown = [c for c in range(Column.COUNT) if c != Column.ORG_ID]
    assert on_screen(page) == shown  # the others take its room
    right = header.sectionViewportPosition(Column.ACTIONS) + header.sectionSize(Column.ACTIONS)
    assert right == page.table.viewport().width()

    # The next run (a new page reads the view settings) starts without it.
    again = TokensPage(admin)
    qtbot.addWidget(again)
    again.resize(1000, 500)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.model.state == LoadState.READY, timeout=8000)
    assert again.table.horizontalHeader().isSectionHidden(Column.ORG_ID)
    assert again.grid.hidden_columns() == [Column.ORG_ID]
    ini = config_dir() / "view.ini"  # in the test's own config folder (tests/conftest.py)
    assert "organization_id" in ini.read_text()

    def show_org_id(menu: QMenu) -> None:
        action = entry(menu, "Organization ID")
        assert not action.isChecked()
        action.trigger()

    right_click_header(qtbot, again, Column.ID, show_org_id)
    assert not again.table.horizontalHeader().isSectionHidden(Column.ORG_ID)
    third = TokensPage(admin)
    qtbot.addWidget(third)
    assert third.grid.hidden_columns() == []
    assert not third.model.started and not third.model.is_fetching()  # never shown


def test_the_last_column_shown_cannot_be_hidden(qtbot: Any, admin: Any) -> None:
    page = open_tokens_page(qtbot, admin)
    for column in range(Column.COUNT - 1):
        assert page.grid.set_column_hidden(column, True)
    assert not page.grid.set_column_hidden(Column.ACTIONS, True)
    assert page.grid.hidden_columns() == list(range(Column.COUNT - 1))
    menu = page.grid.column_menu()
    assert not entry(menu, "Action").isEnabled()
    assert entry(menu, "ID").isEnabled()
    menu.deleteLater()


def test_a_saved_view_hiding_everything_still_shows_a_column(qtbot: Any, admin: Any) -> None:
    from compliance_client.ui.grid.view import view_settings
    from compliance_client.ui.pages.tokens_page import SETTINGS_GROUP

    settings: QSettings = view_settings()
    settings.setValue(f"{SETTINGS_GROUP}/hiddenColumns", ",".join(COLUMN_KEYS))
    settings.sync()
    page = TokensPage(admin)
    qtbot.addWidget(page)
    assert len(page.grid.hidden_columns()) == Column.COUNT - 1
