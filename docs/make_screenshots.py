"""Render every window of the app to docs/*.png, in English and the languages given.

    xvfb-run -a .venv/bin/python docs/make_screenshots.py en de fr bn ar
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1400x900x24" \
        .venv/bin/python docs/make_screenshots.py --out /tmp/shots-200 en ar

Runs the embedded token server on a temporary database with a few sample tokens, in a
temporary home (nothing touches your profiles or keyring). Every window is opened through
``compliance_client.ui.testing``, on the context the app itself builds. Look at the pictures
before a release: clipped text, alignment, untranslated strings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HOME = tempfile.mkdtemp(prefix="cc-shots-")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = str(Path(HOME) / var.lower())

OUT = Path(__file__).resolve().parent


def _memory_keyring() -> None:
    """A keyring in memory, so the pictures show the app as it is with a working keyring."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 5

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring has no type hints
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def main(languages: list[str], out: Path = OUT) -> None:
    _memory_keyring()
    out.mkdir(parents=True, exist_ok=True)
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QEventLoop, QSize, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from compliance_client.cli.app_cmds import build_context
    from compliance_client.profile.managed import parse_settings
    from compliance_client.profile.profiles import Profile
    from compliance_client.server.bootstrap import issue_admin_token
    from compliance_client.server.embedded import EmbeddedServer
    from compliance_client.service.client import TokenServerClient
    from compliance_client.ui import i18n, testing
    from compliance_client.ui.app import create_application
    from compliance_client.ui.widgets import fit_to_screen

    db_url = f"sqlite:///{Path(HOME) / 'shots.db'}"
    with EmbeddedServer(db_url) as server:
        url = server.start()
        key = issue_admin_token(db_url, "Contoso IT", "contoso")
        with TokenServerClient(url, key) as client:
            soon = datetime.now(UTC) + timedelta(days=5)
            client.create_token(organization_name="Fabrikam", organization_id="fabrikam",
                                allowed_endpoints=["devices.*"], allowed_ips=["10.0.0.0/8"],
                                blocked_ips=["10.0.0.5"], expires_at=soon,
                                name="Kiosk enrolment", owner="Ana Silva")
            northwind = client.create_token(organization_name="Northwind",
                                            organization_id="northwind",
                                            blocked_endpoints=["tokens.*", "audit.read"],
                                            name="Reporting", owner="IT service desk")
            sample = client.create_token(organization_name="Woodgrove Bank",
                                         organization_id="woodgrove", allowed_ips=["2001:db8::/32"],
                                         name="Branch PCs", owner="Lee Chen",
                                         description="Used by the branch office PCs.")
            # The lifecycle's looks (ARCHITECTURE §11): switched off by an admin, and leaked.
            client.suspend_token(northwind.token.id)
            leaked = client.create_token(organization_name="Tailspin Toys",
                                         organization_id="tailspin", name="CI pipeline")
            client.revoke_leaked([leaked.key])
            client.register_device("0f0e0d0c-0b0a-0908-0706-050403020100", "FRONT-DESK-01", "Demo")
            # A token that only that PC can use (ARCHITECTURE §10): the grid's Devices column.
            client.create_token(organization_name="Contoso IT", organization_id="contoso",
                                allowed_endpoints=["tokens.self"],
                                bound_devices=["0f0e0d0c-0b0a-0908-0706-050403020100"])
            # An enrollment code (DESIGN §13) for the show-once dialog; the template is a
            # kiosk token that may only check itself.
            enrollment = client.create_enrollment(
                {"organization_name": "Fabrikam", "organization_id": "fabrikam",
                 "allowed_endpoints": ["tokens.self"], "name": "Branch kiosks"},
                expires_in_seconds=7 * 86400, uses=25)
            # The profile's own token nears its expiry: the Profile page's warning. Last: a
            # caller that expires may not make tokens that outlive it (ARCHITECTURE §7).
            own = client.verify().token
            client.update_token(own.id, if_match=own, expires_at=soon)
            # The usage panel shows this token: the calls above, all allowed.
            server.app.state.usage.flush()
        context = build_context()  # the temporary home's profile file, the memory keyring
        # IT's policy with the server URL locked: the enroll dialog's "Set by your organization".
        locked_url = parse_settings({"ServerUrl": url, "LockServerUrl": True})
        store = context.store
        store.save(store.load().with_profile(Profile(name="Demo", url=url)).switched("Demo"))
        context.vault.set_token("Demo", key)
        create_application()
        # As the app's: this PC registers itself, so This device shows it active.
        session = testing.make_session(context, register_device=True)
        window = testing.open_main_window(context, session=session, load=False)
        fit_to_screen(window, QSize(1100, 640))

        def wait(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        for lang in languages:
            # The profile's language is what the app shows (applied by session.reload()).
            store.save(store.load().with_profile(Profile(name="Demo", url=url, language=lang)))
            session.reload()
            wait(1500)
            for page in ("profile", "device", "tokens", "audit", "policy"):
                window.show_page(page)
                wait(1200)
                if page == "tokens":  # its usage panel shows the current row's token
                    window.pages["tokens"].select_token(own.id)
                    wait(1200)
                window.grab().save(str(out / f"main-{page}-{lang}.png"))
            dialogs: dict[str, Callable[[], QDialog]] = {
                "profile-dialog": lambda: testing.open_profile_dialog(context, parent=window),
                "token-edit": lambda: testing.open_token_dialog(session, sample.token,
                                                                parent=window),
                "token-add": lambda: testing.open_token_dialog(session, parent=window),
                "key-dialog": lambda: testing.open_key_dialog(sample.key, "Woodgrove Bank",
                                                              parent=window),
                "about-dialog": lambda: testing.open_about_dialog(parent=window),
                "profile-dialog-locked": lambda lang=lang: testing.open_profile_dialog(
                    build_context(store=context.store, vault=context.vault,
                                  managed=parse_settings({"ServerUrl": url,
                                                          "LockServerUrl": True,
                                                          "Language": lang,
                                                          "LockLanguage": True})),
                    parent=window),
                "enroll-dialog": lambda: testing.open_enroll_dialog(
                    context, url=url, managed=locked_url, parent=window),
                "enrollment-template": lambda: testing.open_enrollment_dialog(
                    session, parent=window),
                "enrollment-code": lambda: testing.open_enrollment_code_dialog(
                    enrollment, parent=window),
            }
            for name, open_dialog in dialogs.items():
                dialog = open_dialog()
                wait(1200)
                dialog.grab().save(str(out / f"{name}-{lang}.png"))
                dialog.close()
            # A question box (Delete API token), answered No once pictured.
            window.show_page("tokens")
            wait(800)
            tokens = window.pages["tokens"]
            for _ in range(50):  # the list may still be loading after the language switch
                if tokens.select_token(sample.token.id):
                    break
                wait(100)

            def grab_box(picture: Path = out / f"delete-box-{lang}.png", tries: int = 50) -> None:
                box = QApplication.activeModalWidget()
                if isinstance(box, QMessageBox) and box.isVisible():
                    QTimer.singleShot(300, lambda: (box.grab().save(str(picture)),
                                                    box.button(QMessageBox.StandardButton.No)
                                                    .click()))
                elif tries:
                    QTimer.singleShot(100, lambda: grab_box(picture, tries - 1))

            QTimer.singleShot(100, grab_box)
            tokens.delete_selected()
            wait(500)
            # Regenerate asks how long the old key keeps working.
            regenerate_box = out / f"regenerate-box-{lang}.png"
            QTimer.singleShot(100, lambda picture=regenerate_box: grab_box(picture))
            tokens.regenerate_action.trigger()
            wait(500)
            # This PC disabled by an administrator elsewhere: the banner, then enabled again.
            this_pc = context.device.device_id()
            with TokenServerClient(url, key) as elsewhere:  # unsigned: another PC
                elsewhere.disable_device(this_pc, organization_id="contoso")
                window.show_page("device")
                session.verify()
                wait(1500)
                window.grab().save(str(out / f"main-device-disabled-{lang}.png"))
                elsewhere.enable_device(this_pc, organization_id="contoso")
            session.retry_now()
            wait(1000)
        i18n.set_language("en")
        window.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    target = OUT
    if args[:1] == ["--out"]:
        target, args = Path(args[1]), args[2:]
    main(args or ["en"], target)
