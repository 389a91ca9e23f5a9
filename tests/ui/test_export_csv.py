"""Export to CSV from the token grid (issue 18, ARCHITECTURE §12), against the real server:
what the grid shows is what the file holds (Unicode, commas, quotes and line breaks
included), every matching row even beyond the first page, the chips honoured, and a Cancel
leaves no file (nor a half-written one) behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton

from compliance_client.domain.csv_export import TOKEN_COLUMNS, read_csv
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.pages import tokens_page
from compliance_client.ui.pages.tokens_page import TokensPage

from ..helpers.ui import answer_boxes, open_tokens_page, search_tokens, unique

Ok = QMessageBox.StandardButton.Ok


def make_set(client: TokenServerClient, tag: str, count: int) -> list[Any]:
    tokens = []
    for i in range(count):
        tokens.append(client.create_token(
            organization_name=f"{tag} {i:02d} Zürich, “Ost” \"B\"", organization_id="csv",
            name=f"Dienst {i}: café, =SUM(A1)", owner="Zoë \"Ops\", Team",
            description=f"Line one of {i}\nLine two, with a comma\nand \"quotes\"").token)
    return tokens


def load_everything(qtbot: Any, page: TokensPage) -> None:
    # Waited for first: the shown grid may have asked for a page itself, and while one is
    # on its way canFetchMore() is False although rows are still missing.
    qtbot.waitUntil(lambda: not page.model.is_fetching(), timeout=8000)
    while page.model.canFetchMore():
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model.is_fetching(), timeout=8000)
    assert page.model.rowCount() == page.model.total


def test_the_file_holds_what_the_grid_shows_beyond_the_first_page(
        qtbot: Any, admin: Any, client: TokenServerClient, tmp_path: Path,
        monkeypatch: Any) -> None:
    monkeypatch.setattr(tokens_page, "EXPORT_PAGE_SIZE", 4)  # three requests for 11 rows
    tag = unique("Export")
    tokens = make_set(client, tag, 11)
    page = open_tokens_page(qtbot, admin, page_size=5)
    search_tokens(qtbot, page, tag)
    assert page.model.total == 11
    out = tmp_path / "out"
    out.mkdir()
    target = out / "tokens.csv"

    boxes = answer_boxes(Ok)
    export = page.export_csv(target)
    assert export is not None and not page.export_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: len(boxes.texts) == 1, timeout=10000)
    assert boxes.texts[0] == f"Exported 11 API tokens to the file below.\n{target}"
    assert page.export_action.isEnabled()

    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())  # opens as UTF-8 in a spreadsheet
    with target.open(encoding="utf-8", newline="") as stream:
        rows = read_csv(stream)
    load_everything(qtbot, page)
    grid_ids = [str(page.model.index(r, Column.ID).data()) for r in range(11)]
    assert [row["id"] for row in rows] == grid_ids  # the grid's rows, in its order
    by_id = {t.id: t for t in tokens}
    for row in rows:
        token = by_id[int(row["id"])]
        assert row["organization_name"] == token.organization_name
        assert row["description"] == token.description  # line breaks kept
        assert row["owner"] == token.owner
        assert row["name"] == "'" + token.name if token.name.startswith("=") else token.name
        assert row["key_prefix"] == token.key_prefix
    assert list(rows[0]) == list(TOKEN_COLUMNS)
    assert [p.name for p in out.iterdir()] == ["tokens.csv"]  # no temporary file left


def test_the_export_follows_the_chips(qtbot: Any, admin: Any, client: TokenServerClient,
                                      tmp_path: Path) -> None:
    tag = unique("Export chips")
    tokens = make_set(client, tag, 3)
    client.suspend_token(tokens[1].id)
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tag)
    qtbot.mouseClick(page.chip_button(page.suspended_chip), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY
                    and page.model.rowCount() == 1, timeout=8000)
    target = tmp_path / "suspended.csv"
    boxes = answer_boxes(Ok)
    page.export_csv(target)
    qtbot.waitUntil(lambda: len(boxes.texts) == 1, timeout=10000)
    with target.open(encoding="utf-8", newline="") as stream:
        rows = read_csv(stream)
    assert [int(r["id"]) for r in rows] == [tokens[1].id]
    assert rows[0]["status"] == "suspended"


def test_cancel_leaves_no_file(qtbot: Any, admin: Any, client: TokenServerClient,
                               tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(tokens_page, "EXPORT_PAGE_SIZE", 1)  # one request per row
    tag = unique("Export cancel")
    make_set(client, tag, 12)
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tag)
    out = tmp_path / "out"
    out.mkdir()
    new = out / "new.csv"
    old = out / "old.csv"
    old.write_text("kept as it was\n", encoding="utf-8")

    for target in (new, old):
        export = page.export_csv(target)
        assert export is not None
        bar = export.dialog.findChild(QProgressBar)
        cancel = export.dialog.findChild(QPushButton)
        assert bar is not None and cancel is not None and cancel.text() == "Cancel"
        ended: list[str] = []
        export.cancelled.connect(lambda ended=ended: ended.append("cancelled"))
        export.finished.connect(lambda _r, ended=ended: ended.append("finished"))
        # Cancel once the first rows have come: the user's click, midway.
        bar.valueChanged.connect(lambda value, c=cancel: value > 0 and c.click())
        qtbot.waitUntil(lambda ended=ended: bool(ended), timeout=10000)
        assert ended == ["cancelled"]
        assert page.export is None and page.export_action.isEnabled()
    assert not new.exists()
    assert old.read_text(encoding="utf-8") == "kept as it was\n"
    assert [p.name for p in out.iterdir()] == ["old.csv"]  # and no temporary file
