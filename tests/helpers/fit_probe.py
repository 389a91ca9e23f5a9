"""Run as ``python -m tests.helpers.fit_probe LANGUAGE`` in a fresh process (the scale factor
is fixed when Qt starts): opens every window on the screen Qt was given, and prints one JSON
line per window with its frame, its minimum size and the screen's available geometry."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import mkdtemp

from PySide6.QtWidgets import QApplication, QWidget

from compliance_client.domain.catalogue import ENDPOINT_IDS
from compliance_client.domain.tokens import Token
from compliance_client.ui import i18n
from compliance_client.ui.app import create_application
from compliance_client.ui.testing import (
    make_session,
    open_about_dialog,
    open_key_dialog,
    open_main_window,
    open_profile_dialog,
    open_token_dialog,
)

from .keyring_fakes import InMemoryKeyring
from .windows import ABOUT, KEY, MAIN_PAGES


def _token() -> Token:
    now = datetime.now(UTC)
    return Token(id=7, organization_name="Fabrikam Holdings International", organization_id="fab",
                 key_prefix=KEY[:12], allowed_endpoints=tuple(ENDPOINT_IDS[:5]),
                 blocked_endpoints=tuple(ENDPOINT_IDS[5:7]),
                 allowed_ips=("10.0.0.0/8", "192.168.1.0/24"), blocked_ips=("10.9.9.9",),
                 expires_at=now + timedelta(days=30), created_at=now, updated_at=now,
                 last_used_at=None, version=1)


def _measure(name: str, window: QWidget) -> dict[str, object]:
    QApplication.processEvents()
    frame = window.frameGeometry()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    screen = window.screen().availableGeometry()
    return {"window": name,
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "minimum": [minimum.width(), minimum.height()],
            "screen": [screen.x(), screen.y(), screen.width(), screen.height()]}


def main(language: str) -> None:
    home = Path(mkdtemp())
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    import keyring

    keyring.set_keyring(InMemoryKeyring())
    create_application()
    i18n.set_language(language)
    from compliance_client.cli.app_cmds import build_context

    context = build_context()
    session = make_session(context)
    main_window = open_main_window(context, session=session, load=False)
    for key in MAIN_PAGES:
        main_window.show_page(key)
        main_window.pages[key].show()  # pages the token may not use are built all the same
        print(json.dumps(_measure(f"main window ({key})", main_window)))
    token = _token()
    for name, window in (
            ("profile dialog", open_profile_dialog(context)),
            ("add token dialog", open_token_dialog(session)),
            ("edit token dialog", open_token_dialog(session, token)),
            ("key dialog", open_key_dialog(KEY, token.organization_name)),
            ("about dialog", open_about_dialog(ABOUT))):
        print(json.dumps(_measure(name, window)))
        window.close()
    sys.stdout.flush()
    # Leave without tearing Qt down under threads still warming up pages: nothing is left
    # to save, and a crash at exit would fail the test for the wrong reason.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
