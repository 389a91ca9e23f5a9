"""The token grid's model on its own: paging against the real server (one fetch at a time,
stale answers dropped, offsets kept right after a local removal) and the cell texts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from compliance_client.domain.tokens import Token
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.grid.tokens import (
    TOOLTIP_ENTRIES,
    Column,
    TokenModel,
    list_preview,
)
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.text import fill

from ..helpers.ui import unique

SEEDED = 130
PAGE = 50


@pytest.fixture(scope="module")
def seeded(ui_server: Any) -> str:
    tag = unique("Model Org")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        for n in range(SEEDED):
            c.create_token(organization_name=f"{tag} {n:03}", organization_id=f"model-{n}")
    return tag


def ready(qtbot: Any, model: TokenModel) -> None:
    qtbot.waitUntil(lambda: model.state == LoadState.READY, timeout=8000)


def test_one_fetch_at_a_time_and_no_row_skipped_after_a_removal(qtbot, admin, client, seeded,
                                                                 monkeypatch):
    model = TokenModel(admin, page_size=PAGE)
    model.set_query(seeded)
    ready(qtbot, model)
    assert (model.rowCount(), model.total) == (PAGE, SEEDED)
    assert model.canFetchMore()

    # Counted on the model itself: pending_tasks() counts every task of the process, and
    # the session may have one of its own on the way.
    asked: list[int] = []
    real = TokenModel.fetch_page

    def counted(self, client, offset, limit, query, sort):
        asked.append(offset)
        return real(self, client, offset, limit, query, sort)

    monkeypatch.setattr(TokenModel, "fetch_page", counted)
    model.fetchMore()
    model.fetchMore()  # the view may ask again while a page is on its way: ignored
    assert model.is_fetching()
    assert not model.canFetchMore()
    ready(qtbot, model)
    assert asked == [PAGE]  # one page asked for, once
    assert model.rowCount() == 2 * PAGE

    # What the grid paints for a row follows the rows it holds: after the second page was
    # appended, and after a row above is removed.
    def painted_name(row: int) -> str:
        return model.painted_row(row)[0][Column.ORG_NAME]

    assert [painted_name(r) for r in (0, 1, PAGE)] == \
        [model.token(r).organization_name for r in (0, 1, PAGE)]

    # a token already shown is deleted: the next page must start one row earlier
    gone = model.token(0)
    client.delete_token(gone.id)
    assert model.remove_key(gone.id)
    assert (model.rowCount(), model.total) == (2 * PAGE - 1, SEEDED - 1)
    assert [painted_name(r) for r in (0, PAGE - 1)] == \
        [model.token(r).organization_name for r in (0, PAGE - 1)]

    while model.canFetchMore():
        model.fetchMore()
        ready(qtbot, model)
    on_server = [t.id for t in client.iter_tokens(q=seeded, sort="organization_name")]
    assert [t.id for t in model.items] == on_server
    assert len(set(on_server)) == SEEDED - 1


def test_an_answer_for_an_old_search_never_lands(qtbot, admin, client, seeded):
    model = TokenModel(admin, page_size=PAGE)
    model.set_query(seeded)
    assert model.is_fetching()
    model.set_query(f"{seeded} 00")  # cancels the first while it is in flight
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=8000)  # both have answered
    assert model.state == LoadState.READY
    expected = [t.organization_name for t in client.iter_tokens(q=f"{seeded} 00",
                                                                 sort="organization_name")]
    assert len(expected) >= 9  # 000-009, one of which another test may have deleted
    assert [t.organization_name for t in model.items] == expected
    assert model.total == len(expected)


def test_sort_goes_to_the_server(qtbot, admin, seeded):
    model = TokenModel(admin, page_size=PAGE)
    model.set_query(seeded)
    ready(qtbot, model)
    model.sort(Column.ORG_NAME, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "-organization_name"
    ready(qtbot, model)
    assert model.token(0).organization_name.startswith(f"{seeded} 1")
    model.sort(Column.ALLOWED_IPS, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert model.sort_key == "-organization_name" and not model.is_fetching()


def test_a_failed_page_keeps_the_rows_and_can_be_retried(qtbot, admin, seeded, monkeypatch):
    model = TokenModel(admin, page_size=PAGE)
    model.set_query(seeded)
    ready(qtbot, model)
    # A connection that drops in the middle of paging cannot be made on demand with a real
    # server that must keep serving the other tests, so the second page fails here.
    calls = {"n": 0}
    real = TokenModel.fetch_page

    def flaky(self, client, offset, limit, query, sort):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionError("dropped")
        return real(self, client, offset, limit, query, sort)

    monkeypatch.setattr(TokenModel, "fetch_page", flaky)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.state == LoadState.FAILED, timeout=8000)
    assert model.rowCount() == PAGE and not model.canFetchMore()
    model.retry()
    ready(qtbot, model)
    assert model.rowCount() == 2 * PAGE


# -- cell texts ------------------------------------------------------------------------------


def test_expiry_texts(session):
    expiry_text = TokenModel(session).expiry_text
    now = datetime.now(UTC)
    assert expiry_text(None, now) == "Never"
    assert expiry_text(now - timedelta(seconds=1), now).startswith("Expired ")
    assert expiry_text(now, now).startswith("Expired ")  # at the instant itself: expired
    assert expiry_text(now + timedelta(days=3), now).endswith("(expires in 3 days)")
    far = expiry_text(now + timedelta(days=60), now)
    assert "expire" not in far.lower() and far


def test_long_lists_are_cut_before_the_view_elides_them():
    entries = [f"10.0.{n}.0/24" for n in range(5000)]
    text = list_preview(entries)
    assert text.startswith("10.0.0.0/24, 10.0.1.0/24")
    assert text.endswith("+4994 more")
    assert list_preview(["a", "b"]) == "a, b"


def test_placeholders_fill_in_one_pass():
    assert fill("%1 and %2", "50%2 off", "x") == "50%2 off and x"


def test_empty_lists_say_what_they_mean(qapp):
    model = TokenModel.__new__(TokenModel)  # only the pure cell code, no session needed
    TokenModel.__init__(model, session=None)  # type: ignore[arg-type]
    token = Token(id=1, organization_name="Acme", organization_id="acme",
                  key_prefix="cct_abcdefgh")
    assert model.cell(token, Column.ALLOWED_ENDPOINTS, Qt.ItemDataRole.DisplayRole) == "All"
    assert model.cell(token, Column.ALLOWED_IPS, Qt.ItemDataRole.DisplayRole) == "Any address"
    assert model.cell(token, Column.BLOCKED_IPS, Qt.ItemDataRole.DisplayRole) == "None"
    assert model.cell(token, Column.KEY, Qt.ItemDataRole.DisplayRole) == "cct_abcdefgh…"
    assert model.cell(token, Column.EXPIRES, Qt.ItemDataRole.DisplayRole) == "Never"
    assert model.cell(token, Column.LAST_USED, Qt.ItemDataRole.DisplayRole) == "Never"
    assert model.headerData(Column.LAST_USED, Qt.Orientation.Horizontal) == "Last used"


def bare_model() -> TokenModel:
    model = TokenModel.__new__(TokenModel)  # only the pure cell code, no session needed
    TokenModel.__init__(model, session=None)  # type: ignore[arg-type]
    return model


def test_the_id_column_shows_the_id_and_sorts_on_the_server(qapp):
    model = bare_model()
    token = Token(id=4711, organization_name="Acme", organization_id="acme",
                  key_prefix="cct_abcdefgh")
    assert model.cell(token, Column.ID, Qt.ItemDataRole.DisplayRole) == "4711"
    assert model.SORT_KEYS[Column.ID] == "id"  # the server's tokens.list sorts by id
    model.sort(Column.ID, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "-id"
    assert model.headerData(Column.ID, Qt.Orientation.Horizontal) == "ID"
    assert model.headerData(Column.ACTIONS, Qt.Orientation.Horizontal) == "Action"
    assert Column.ACTIONS not in model.SORT_KEYS
    assert len(model.column_keys()) == Column.COUNT == model.columnCount()


def test_every_tooltip_carries_the_whole_text(qapp):
    model = bare_model()
    now = datetime.now(UTC)
    token = Token(id=7, organization_name="Acme Worldwide Holdings",
                  organization_id="acme-worldwide", key_prefix="cct_abcdefgh",
                  allowed_ips=tuple(f"10.0.{n}.0/24" for n in range(10)),
                  expires_at=now + timedelta(days=3), last_used_at=now,
                  last_used_ip="192.0.2.7")
    for column in range(Column.ACTIONS):
        text = model.cell(token, column, Qt.ItemDataRole.DisplayRole)
        tip = model.cell(token, column, Qt.ItemDataRole.ToolTipRole)
        if column == Column.ALLOWED_IPS:
            assert all(ip in tip for ip in token.allowed_ips)
        else:
            assert text in tip, (column, text, tip)
    expires = model.cell(token, Column.EXPIRES, Qt.ItemDataRole.ToolTipRole)
    assert "(expires in 3 days)" in expires and "\n" in expires  # the date and the instant
    assert "192.0.2.7" in model.cell(token, Column.LAST_USED, Qt.ItemDataRole.ToolTipRole)


def test_accessible_texts_say_which_column_a_cell_is(qapp):
    model = bare_model()
    token = Token(id=7, organization_name="Acme", organization_id="acme",
                  key_prefix="cct_abcdefgh", blocked_ips=("10.0.0.1", "10.0.0.2"))

    def spoken(column: int) -> str:
        return str(model.cell(token, column, Qt.ItemDataRole.AccessibleTextRole))

    assert spoken(Column.ID) == "ID: 7"
    assert spoken(Column.KEY) == "Key: cct_abcdefgh…"
    assert spoken(Column.BLOCKED_IPS) == "Blocked IPs: 10.0.0.1, 10.0.0.2"
    assert spoken(Column.EXPIRES) == "Expires: Never"
    assert spoken(Column.ACTIONS) == ("Action: Edit (Enter), Suspend, Delete (Del), "
                                      "Regenerate key (in the context menu)")
    assert model.cell(token, Column.ACTIONS, Qt.ItemDataRole.DisplayRole) == ""


def test_a_model_never_started_does_not_fetch(session):
    """The view asks canFetchMore() as soon as it is laid out, shown or not: a page that was
    never shown must not call the server."""
    model = TokenModel(session)
    assert not model.canFetchMore()
    model.fetchMore()
    assert not model.is_fetching() and pending_tasks() == 0


def test_the_devices_column_counts_the_bound_devices(qapp):
    model = bare_model()
    free = Token(id=1, organization_name="Acme", organization_id="acme",
                 key_prefix="cct_abcdefgh")
    many = Token(id=2, organization_name="Acme", organization_id="acme",
                 key_prefix="cct_abcdefgh",
                 bound_devices=tuple(f"pc-{n:02}" for n in range(TOOLTIP_ENTRIES + 10)))

    def cell(token: Token, role: Qt.ItemDataRole) -> Any:
        return model.cell(token, Column.DEVICES, role)

    assert model.headerData(Column.DEVICES, Qt.Orientation.Horizontal) == "Devices"
    assert cell(free, Qt.ItemDataRole.DisplayRole) == "Any"
    assert cell(free, Qt.ItemDataRole.ForegroundRole) is not None  # dimmed: nothing restricts
    assert cell(many, Qt.ItemDataRole.DisplayRole) == f"{TOOLTIP_ENTRIES + 10} devices"
    assert cell(many, Qt.ItemDataRole.ForegroundRole) is None
    tip = cell(many, Qt.ItemDataRole.ToolTipRole)
    assert "pc-00" in tip and f"pc-{TOOLTIP_ENTRIES - 1:02}" in tip
    assert f"pc-{TOOLTIP_ENTRIES:02}" not in tip and tip.endswith("… and 10 more")
    one = Token(id=3, organization_name="Acme", organization_id="acme",
                key_prefix="cct_abcdefgh", bound_devices=("pc-01",))
    assert cell(one, Qt.ItemDataRole.DisplayRole) == "1 device"
    model.sort(Column.DEVICES, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert model.sort_key == "organization_name"
    assert model.column_keys()[Column.DEVICES] == "devices"  # what view.ini names it by


def test_name_owner_and_status_columns(qapp):
    model = bare_model()
    active = Token(id=1, organization_name="Acme", organization_id="acme",
                   key_prefix="cct_abcdefgh", name="Backup job",
                   description="Nightly backup\nof the file server", owner="ops@acme.example")
    suspended = Token(id=2, organization_name="Acme", organization_id="acme",
                      key_prefix="cct_bcdefghi", status="suspended", suspended_reason="admin")
    leaked = Token(id=3, organization_name="Acme", organization_id="acme",
                   key_prefix="cct_cdefghij", status="suspended", suspended_reason="leaked")

    def cell(token: Token, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
             ) -> Any:
        return model.cell(token, column, role)

    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(Column.COUNT)]
    assert titles[Column.NAME] == "Name" and titles[Column.OWNER] == "Owner"
    assert titles[Column.STATUS] == "Status"
    assert cell(active, Column.NAME) == "Backup job"
    assert cell(active, Column.NAME, Qt.ItemDataRole.ToolTipRole) == (
        "Backup job\nNightly backup\nof the file server")  # the description with the name
    assert cell(active, Column.OWNER) == "ops@acme.example"
    # In words, not colour alone; the two kinds of suspension apart from each other.
    assert [cell(t, Column.STATUS) for t in (active, suspended, leaked)] == [
        "Active", "Suspended", "Leaked"]
    assert "reported as leaked" in cell(leaked, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert "administrator" in cell(suspended, Column.STATUS,
                                   Qt.ItemDataRole.AccessibleTextRole)
    assert cell(suspended, Column.ACTIONS, Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Action: Edit (Enter), Resume,")
    # A suspended row is dimmed throughout, an active one not.
    assert cell(active, Column.ORG_NAME, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(suspended, Column.ORG_NAME, Qt.ItemDataRole.ForegroundRole) is not None
    unnamed = Token(id=4, organization_name="Acme", organization_id="acme",
                    key_prefix="cct_defghijk")
    assert cell(unnamed, Column.NAME) == ""
    assert cell(unnamed, Column.NAME, Qt.ItemDataRole.AccessibleTextRole) == "Name: No name"
    # The server sorts by none of them: a click on their headers sends nothing.
    assert not {Column.NAME, Column.OWNER, Column.STATUS} & set(model.SORT_KEYS)
    assert model.column_keys()[Column.NAME] == "name"


def test_rows_kept_compactly_read_back_as_the_same_tokens():
    """TokenRows (issue 20) keeps every field of a token, so a row read back equals the token
    stored: the edit dialog, bulk actions and the usage panel get the whole token."""
    import dataclasses
    from datetime import timezone

    from compliance_client.ui.grid import token_rows
    from compliance_client.ui.grid.token_rows import TokenRows

    kept = (token_rows._INTEGERS + token_rows._INSTANTS + token_rows._JOINED
            + token_rows._OBJECTS)
    assert sorted(kept) == sorted(f.name for f in dataclasses.fields(Token))

    now = datetime(2026, 12, 3, 4, 5, 6, 789012, tzinfo=UTC)
    full = Token(id=2**40, organization_name="Ölfirma “Nord” 北", organization_id="nord-1",
                 key_prefix="cct_abcdefgh", allowed_endpoints=("devices.*",),
                 blocked_endpoints=("tokens.*",), allowed_ips=("10.0.0.0/8",),
                 blocked_ips=("192.168.0.0/16",), expires_at=now + timedelta(days=3),
                 created_at=datetime(1, 1, 1, tzinfo=UTC),
                 updated_at=datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                 last_used_at=now, last_used_ip="::1", version=7, scope="global",
                 bound_devices=("pc-1", "pc-2"), name="Backup", description="Two\nlines",
                 owner="ops", status="suspended", suspended_reason="leaked", created_by=1,
                 previous_key_expires_at=now)
    bare = Token(id=1, organization_name="", organization_id="a", key_prefix="cct_x")
    # An instant in another zone comes back in UTC: the same instant, so an equal token.
    elsewhere = Token(id=3, organization_name="B", organization_id="b", key_prefix="cct_y",
                      expires_at=now.astimezone(timezone(timedelta(hours=-5))))
    rows = TokenRows([full, bare])
    rows.append(elsewhere)
    assert list(rows) == [full, bare, elsewhere] and len(rows) == 3
    assert rows[2].expires_at is not None and rows[2].expires_at.tzinfo is UTC
    assert rows[0:2] == [full, bare]
    assert [rows.id_at(r) for r in range(3)] == [2**40, 1, 3]
    assert (rows.row_of_id(3), rows.row_of_id(99)) == (2, -1)

    # Changed in place, removed, inserted: every column moves together.
    rows[1] = dataclasses.replace(bare, name="Renamed", version=2)
    assert rows[1].name == "Renamed" and rows[1].version == 2 and rows[0] == full
    del rows[0]
    assert list(rows) == [dataclasses.replace(bare, name="Renamed", version=2), elsewhere]
    rows.insert(0, full)
    assert rows[0] == full and rows.row_of_id(3) == 2

    # A value many tokens share is kept once.
    more = TokenRows(dataclasses.replace(bare, id=n, allowed_ips=tuple(f"10.0.0.{i}"
                                                                       for i in range(2)))
                     for n in range(3))
    assert more[0].allowed_ips == ("10.0.0.0", "10.0.0.1")
    assert more[0].allowed_ips is more[2].allowed_ips
