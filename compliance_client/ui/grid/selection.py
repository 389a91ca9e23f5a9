"""Selecting a grid row from code, the one way that works in both layout directions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the current, only selected row. Not QTableView.selectRow(): in a
    right-to-left window it looks for the column at the viewport's far edge, finds none,
    and selects nothing (a row button pressed, the row after a delete, in Arabic)."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
