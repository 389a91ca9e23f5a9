"""The API tokens page fits a small screen (issue 15): at 200 % on a 1400×900 screen only
700×450 logical pixels are free, and nothing of the page (the search box, the toolbar, the
grid, a long message in the footer) may ask for more. Sizes here are logical pixels, which
is what a scale factor leaves unchanged; tests/ui/test_fit_small_screen.py runs whole
windows at QT_SCALE_FACTOR=2 in a fresh process."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize

from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.testing import open_main_window

from ..helpers.ui import open_tokens_page

SCREEN = QSize(700, 450)  # 1400×900 at 200 %
TITLE_BAR = 32  # what a window manager adds above a window
NAVIGATION = 190  # the main window's page list (fixed width)


def test_the_page_asks_for_no_more_than_a_small_screen_has(qtbot: Any, admin: Any) -> None:
    page = open_tokens_page(qtbot, admin)
    page.search_edit.setText("a search much longer than the box is wide " * 3)
    page.grid.footer_label.setText(  # a long error under the grid wraps, never widens
        "Could not load more: the server did not answer in time; check the network "
        "connection and the server's address in the profile, then try again. " * 2)
    QCoreApplication.processEvents()
    needed = page.minimumSizeHint()
    assert needed.width() <= SCREEN.width() - NAVIGATION - 20, needed
    assert needed.height() <= SCREEN.height() - TITLE_BAR - 60, needed  # menu + status bars


def test_the_main_window_on_the_tokens_page_fits_700_by_450(qtbot: Any, admin: Any) -> None:
    w = open_main_window(admin.context, session=admin, pages=("tokens",), load=False)
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    w.show_page("tokens")
    page = w.pages["tokens"].page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=8000)
    needed = w.minimumSizeHint()
    assert needed.width() <= SCREEN.width() and needed.height() + TITLE_BAR <= SCREEN.height()
    w.resize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
    qtbot.waitUntil(lambda: w.size() == QSize(SCREEN.width(), SCREEN.height() - TITLE_BAR))
    QCoreApplication.processEvents()
    # Everything usable: the search box keeps room to type, the Action buttons stay whole
    # (the grid scrolls sideways rather than squeeze them).
    assert page.search_edit.isVisible()
    assert page.search_edit.width() >= page.search_edit.fontMetrics().averageCharWidth() * 12
    header = page.table.horizontalHeader()
    assert header.sectionSize(Column.ACTIONS) >= page.row_buttons.width()
    rows = page.table.verticalHeader().defaultSectionSize()
    assert page.table.viewport().height() >= 3 * rows  # a few rows at least
