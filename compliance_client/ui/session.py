"""The app's connection to its token server: the active profile, a client for it, and what
its token may do (``tokens.self``). Qt-side only as far as signals go; every network and
keyring call runs through :func:`run_task`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .tasks import Task, run_task

if TYPE_CHECKING:
    from ..domain.tokens import TokenAccess
    from ..profile.store import Profile
    from ..service.client import TokenServerClient


class ConnectionState:
    NO_PROFILE = "no_profile"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


class Session(QObject):
    """Shared by every page of the main window."""

    profile_changed = Signal()
    state_changed = Signal()
    device_registered = Signal()
    registration_failed = Signal(object)

    def __init__(self, load_profile: Callable[[], Profile | None],
                 load_token: Callable[[str], str | None],
                 parent: QObject | None = None, *,
                 mark_registered: Callable[[str, str], None] | None = None) -> None:
        """``mark_registered(profile_name, url)`` records a done device registration; without
        it the session does not register this PC."""
        super().__init__(parent)
        self._load_profile = load_profile
        self._load_token = load_token
        self._mark_registered = mark_registered
        self._lock = threading.Lock()
        self._client: TokenServerClient | None = None
        self._token_override: str | None = None
        self.profile: Profile | None = None
        self.access: TokenAccess | None = None
        self.error: BaseException | None = None
        self.state = ConnectionState.NO_PROFILE
        self._verify_task: Task | None = None

    # -- profile ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the active profile (a small local file) and verify it in the background."""
        self.profile = self._load_profile()
        if self.profile is not None:
            from . import i18n

            if self.profile.language != i18n.current_language():
                i18n.set_language(self.profile.language)  # retranslates every open window
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = None
        self.access = None
        self.profile_changed.emit()
        self.verify()

    def use_token_in_memory(self, token: str | None) -> None:
        """For the demo when no keyring is usable: keep the token for this run only."""
        self._token_override = token

    # -- the client (worker threads only) --------------------------------------------------

    def client(self) -> TokenServerClient:
        """The client for the active profile; called from worker threads, never the GUI's."""
        from ..domain.errors import ComplianceError
        from ..service.client import TokenServerClient

        with self._lock:
            if self._client is None:
                profile = self.profile
                if profile is None or not profile.url:
                    raise ComplianceError("No profile is set up yet.", code="no_profile")
                token = self._token_override or self._load_token(profile.name)
                if not token:
                    raise ComplianceError("This profile has no API token.", code="no_token")
                self._client = TokenServerClient(profile.url, token,
                                                 ca_bundle=profile.ca_bundle)
            return self._client

    def run(self, owner: QObject, fn: Callable[[TokenServerClient], Any],
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> Task:
        """Run ``fn(client)`` in the background for a page."""
        return run_task(owner, lambda: fn(self.client()), on_success, on_failure)

    # -- verification ----------------------------------------------------------------------

    def verify(self) -> None:
        if self._verify_task is not None:
            self._verify_task.cancel()
        if self.profile is None or not self.profile.url:
            self._set_state(ConnectionState.NO_PROFILE)
            return
        self._set_state(ConnectionState.CONNECTING)
        self._verify_task = self.run(self, lambda c: c.verify(), self._verified, self._failed)

    def may(self, endpoint_id: str) -> bool:
        return self.access is not None and self.access.may(endpoint_id)

    def _verified(self, access: TokenAccess) -> None:
        self.access = access
        self.error = None
        self._set_state(ConnectionState.CONNECTED)
        self._register_if_needed()

    # -- device registration ---------------------------------------------------------------

    def _register_if_needed(self) -> None:
        """Register this PC once per profile and server, in the background. A failure is
        reported and tried again at the next verification (next start or profile change);
        it never blocks saving the profile."""
        profile = self.profile
        mark = self._mark_registered
        if (mark is None or profile is None or profile.device_registered
                or not self.may("devices.register")):
            return

        def work(client: TokenServerClient) -> None:
            from ..profile.device import device_id, hostname

            client.register_device(device_id(), hostname(), profile.name)
            mark(profile.name, profile.url)

        def done(_result: object) -> None:
            if self.profile is profile:
                self.profile = profile.edited(device_registered=True)
            self.device_registered.emit()

        self.run(self, work, done, self.registration_failed.emit)

    def _failed(self, error: BaseException) -> None:
        self.access = None
        self.error = error
        self._set_state(ConnectionState.FAILED)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit()
