"""Every top-level window and dialog of the app, opened from one place (ARCHITECTURE §9), for the
tests, the screenshot script and outside checks alike, so none of them depends on a private
constructor.

Each ``open_*`` builds the window the way the app does and shows it (non-modal), then returns
it. They start from an :class:`~compliance_client.ui.context.AppContext`; the app's own comes
from ``compliance_client.cli.app_cmds.build_context()``, which also takes a test's store,
vault, client factory or device identity::

    context = build_context(store=ProfileStore(tmp / "profiles.json"), vault=Vault())
    window = open_main_window(context)           # window.session: the shared Session
    wait_for_tasks()                             # the profile read and verified
    dialog = open_profile_dialog(context)
    editor = open_token_dialog(window.session)   # add; pass a Token to edit it
    enroll = open_enroll_dialog(context, url="https://tokens.example.com")

Message boxes are not here: they go through ``ui/messages.py`` and are answered where they
appear (``QApplication.activeModalWidget()``).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer

from .tasks import pending_tasks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..domain.records import EnrollmentCode
    from ..domain.tokens import Token
    from ..profile.managed import ManagedSettings
    from .about_dialog import AboutDialog, Environment
    from .context import AppContext
    from .enroll_dialog import EnrollDialog
    from .key_dialog import EnrollmentCodeDialog, KeyDialog
    from .main_window import MainWindow
    from .profile_dialog import ProfileDialog
    from .session import Session
    from .token_dialog import TokenDialog
    from .token_dialog.enrollment import EnrollmentDialog

__all__ = [
    "close_sessions",
    "make_session",
    "open_about_dialog",
    "open_enroll_dialog",
    "open_enrollment_code_dialog",
    "open_enrollment_dialog",
    "open_key_dialog",
    "open_main_window",
    "open_profile_dialog",
    "open_token_dialog",
    "wait_for_tasks",
]


def make_session(context: AppContext, *, register_device: bool = False,
                 parent: QObject | None = None,
                 retry_delays: Sequence[float] | None = None) -> Session:
    """The session every page and dialog of one main window shares (the app registers this
    PC with ``register_device=True``); ``retry_delays`` shortens the backoff for tests."""
    from .session import DEFAULT_RETRY_DELAYS, Session

    session = Session(context, parent, register_device=register_device,
                      retry_delays=retry_delays or DEFAULT_RETRY_DELAYS)
    _sessions.add(session)
    return session


#: Every session :func:`make_session` made that is still alive.
_sessions: weakref.WeakSet[Session] = weakref.WeakSet()


def close_sessions() -> None:
    """Close every live session made here: a test's session whose server is gone must not
    retry (and start a task) in the middle of the next test."""
    for session in list(_sessions):
        session.close()
    _sessions.clear()


def open_main_window(context: AppContext, *, session: Session | None = None,
                     pages: Iterable[str] | None = None, load: bool = True) -> MainWindow:
    """The main window on ``session`` (default: a new one on ``context``) with ``pages``
    (keys of ``MainWindow.PAGES``; default all this build has). With ``load`` the session
    reads the active profile and verifies it in the background, as the app does at start."""
    from .main_window import MainWindow
    from .pages import page_factories

    if session is None:
        session = make_session(context)
    elif session.context is not context:
        raise ValueError("the session belongs to another context")
    factories = page_factories()
    if pages is not None:
        wanted = set(pages)
        factories = {key: factory for key, factory in factories.items() if key in wanted}
    window = MainWindow(session, factories)
    window.show()
    if load:
        session.reload()
    return window


def open_profile_dialog(context: AppContext, *, select: str | None = None,
                        parent: QWidget | None = None) -> ProfileDialog:
    """Profile settings on ``context``'s profile file and keyring, showing ``select`` (default:
    the active profile). The profiles are read in the background: ``dialog.ready`` (or the
    ``loaded`` signal) says when they are shown."""
    from .profile_dialog import ProfileDialog

    dialog = ProfileDialog(context, parent, select=select)
    dialog.show()
    return dialog


def open_token_dialog(session: Session, token: Token | None = None, *,
                      parent: QWidget | None = None, **options: Any) -> TokenDialog:
    """The API token dialog: add a token (``token`` None) or edit ``token``. ``options`` go to
    the dialog as they are (``tz``, ``clear_after_ms``)."""
    from .token_dialog import TokenDialog

    dialog = TokenDialog(session, token, parent=parent, **options)
    dialog.show()
    return dialog


def open_key_dialog(key: str, organization_name: str, *, regenerated: bool = False,
                    parent: QWidget | None = None, **options: Any) -> KeyDialog:
    """The show-once dialog of a new (or regenerated) key."""
    from .key_dialog import KeyDialog

    dialog = KeyDialog(key, organization_name, regenerated=regenerated, parent=parent,
                       **options)
    dialog.show()
    return dialog


def open_enroll_dialog(context: AppContext, *, url: str = "", profile_name: str | None = None,
                       managed: ManagedSettings | None = None, ca_bundle: str | None = None,
                       parent: QWidget | None = None) -> EnrollDialog:
    """The end user's "Enroll with a code" (DESIGN §13), as the profile dialog opens it."""
    from .enroll_dialog import EnrollDialog

    dialog = EnrollDialog(context, parent, url=url, profile_name=profile_name,
                          managed=managed, ca_bundle=ca_bundle)
    dialog.show()
    return dialog


def open_enrollment_dialog(session: Session, *, parent: QWidget | None = None,
                           **options: Any) -> EnrollmentDialog:
    """The administrator's "Create enrollment code": the token dialog in template mode."""
    from .token_dialog.enrollment import EnrollmentDialog

    dialog = EnrollmentDialog(session, parent=parent, **options)
    dialog.show()
    return dialog


def open_enrollment_code_dialog(enrollment: EnrollmentCode, *, parent: QWidget | None = None,
                                **options: Any) -> EnrollmentCodeDialog:
    """The show-once dialog of a new enrollment code, with its QR code."""
    from .key_dialog import EnrollmentCodeDialog

    dialog = EnrollmentCodeDialog(enrollment, parent=parent, **options)
    dialog.show()
    return dialog


def open_about_dialog(env: Environment | None = None, *,
                      parent: QWidget | None = None) -> AboutDialog:
    """Help → About for ``env`` (default: this machine's, found here and now; the app finds
    it on a worker, see ``MainWindow``)."""
    from .about_dialog import AboutDialog, Environment

    dialog = AboutDialog(env if env is not None else Environment.current(), parent)
    dialog.show()
    return dialog


def wait_for_tasks(timeout_ms: int = 10000) -> bool:
    """Run the event loop until no background task is pending (or ``timeout_ms`` passed);
    True when none is."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    while pending_tasks() and not deadline.hasExpired():
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return pending_tasks() == 0
