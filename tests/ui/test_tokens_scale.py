"""A 5,000-token grid: scrolling to the end fetches every page from the real server while
the event loop keeps ticking (the window never freezes). Speed itself is measured in bench/;
the bound here only catches a frozen window."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.pages.tokens_page import TokensPage

COUNT = 5000
FROZEN_MS = 500  # far above a repaint; only a blocked GUI thread gets here


@pytest.fixture(scope="module")
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A server of its own with 5,000 tokens inserted in bulk (the API would take minutes)."""
    from sqlalchemy import insert

    from compliance_client.server.bootstrap import issue_admin_token
    from compliance_client.server.db import Database
    from compliance_client.server.embedded import EmbeddedServer
    from compliance_client.server.models import TokenRow

    db_url = f"sqlite:///{tmp_path_factory.mktemp('big') / 'tokens.db'}"
    with EmbeddedServer(db_url) as server:
        url = server.start()
        admin_key = issue_admin_token(db_url, "Scale admins", "scale-admin")
        now = datetime.now(UTC)
        rows = [{
            "organization_name": f"Scale {n:05}", "organization_id": f"scale-{n:05}",
            "key_hash": hashlib.sha256(secrets.token_bytes(16)).hexdigest(),
            "key_prefix": "cct_" + secrets.token_hex(4), "allowed_endpoints": [],
            "blocked_endpoints": [], "allowed_ips": [], "blocked_ips": ["10.0.0.0/8"],
            "expires_at": None, "created_at": now, "updated_at": now, "version": 1,
        } for n in range(COUNT)]
        db = Database(db_url)
        try:
            with db.write() as session:
                session.execute(insert(TokenRow), rows)
        finally:
            db.dispose()
        yield url, admin_key


def test_scrolling_5000_tokens_fetches_every_page_without_freezing(
        qtbot: Any, session: Any, make_profile: Any, big_server: tuple[str, str]) -> None:
    url, admin_key = big_server
    make_profile("Scale", admin_key, url=url)
    session.reload()
    qtbot.waitUntil(lambda: session.may("tokens.list"), timeout=10000)

    page = TokensPage(session, page_size=200)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY, timeout=10000)
    assert page.model.total == COUNT + 1  # and the admin's own token

    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()

    def scrolled_to_end() -> bool:
        page.table.scrollToBottom()  # what a user holding End does: each page asks for more
        return page.model.rowCount() == COUNT + 1 and not page.model.is_fetching()

    qtbot.waitUntil(scrolled_to_end, timeout=60000)
    ticker.stop()

    names = [t.organization_name for t in page.model.items if t.organization_id != "scale-admin"]
    assert names == sorted(names) and len(names) == COUNT  # every page, once, in order
    assert max(gaps) < FROZEN_MS, f"the GUI stalled for {max(gaps)} ms"
    print(f"5,000 tokens scrolled: {len(gaps)} ticks, largest gap {max(gaps)} ms")
