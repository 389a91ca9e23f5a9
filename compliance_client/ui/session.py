"""The app's connection to its token server: the active profile, a client for it, and what
its token may do (``tokens.self``). Qt-side only as far as signals go; the profile file, the
keyring and the network are reached through the :class:`AppContext`, on worker threads only
(:func:`run_task`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .tasks import Task, run_task

if TYPE_CHECKING:
    from ..domain.tokens import TokenAccess
    from ..profile.profiles import Profile
    from ..service.client import TokenServerClient
    from .context import AppContext


class ConnectionState(StrEnum):
    """How the session stands with its server."""

    NO_PROFILE = "no_profile"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


class Session(QObject):
    """Shared by every page of the main window; ``context`` is how it reaches the world.

    With ``register_device`` the session registers this PC with the server once per profile
    and server, after the first verification (the app does; tests and tools mostly do not).
    """

    profile_changed = Signal()
    state_changed = Signal()
    device_registered = Signal()
    registration_failed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 register_device: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self._register_device = register_device
        self._lock = threading.Lock()
        self._client: TokenServerClient | None = None
        self._token_override: str | None = None
        self.profile: Profile | None = None
        self.access: TokenAccess | None = None
        self.error: BaseException | None = None
        self.state = ConnectionState.NO_PROFILE
        self._verify_task: Task | None = None
        self._load_task: Task | None = None
        self._waiting: list[Task] = []  # asked for while the profile was being read

    # -- profile ---------------------------------------------------------------------------

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Re-read the active profile in the background, then apply it and verify it.

        Until the profile is read the state is CONNECTING, and work asked for meanwhile
        (:meth:`run`) waits for it. ``then()`` is called on the GUI thread once the profile
        is in place (also when it could not be read).
        """
        if self._load_task is not None:
            self._load_task.cancel()
        context = self.context

        def load() -> Profile | None:
            return context.store.load().active

        self._set_state(ConnectionState.CONNECTING)
        self._load_task = run_task(self, load,
                                   lambda profile: self._loaded(profile, None, then),
                                   lambda error: self._loaded(None, error, then))

    def _loaded(self, profile: Profile | None, error: BaseException | None,
                then: Callable[[], None] | None) -> None:
        self._load_task = None
        self.profile = profile
        if profile is not None:
            from . import i18n

            if profile.language != i18n.current_language():
                i18n.set_language(profile.language)  # retranslates every open window
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = None
        self.access = None
        self.profile_changed.emit()
        if error is None:
            self.verify()
        else:  # the profile file could not be read (ProfileFileCorrupt moved it aside)
            self._failed(error)
        waiting, self._waiting = self._waiting, []
        for task in waiting:  # a page may have cancelled its own on profile_changed
            task.start()
        if then is not None:
            then()

    @property
    def loading(self) -> bool:
        """True while the profile is being read (after :meth:`reload`)."""
        return self._load_task is not None

    def use_token_in_memory(self, token: str | None) -> None:
        """For the demo when no keyring is usable: keep the token for this run only."""
        self._token_override = token

    # -- the client (worker threads only) --------------------------------------------------

    def client(self) -> TokenServerClient:
        """The client for the active profile; called from worker threads, never the GUI's."""
        from ..domain.errors import ComplianceError

        with self._lock:
            if self._client is None:
                profile = self.profile
                if profile is None or not profile.url:
                    raise ComplianceError("No profile is set up yet.", code="no_profile")
                token = self._token_override or self.context.vault.get_token(profile.name)
                if not token:
                    raise ComplianceError("This profile has no API token.", code="no_token")
                self._client = self.context.connect(profile.url, token,
                                                    ca_bundle=profile.ca_bundle)
            return self._client

    def run(self, owner: QObject, fn: Callable[[TokenServerClient], Any],
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> Task:
        """Run ``fn(client)`` in the background for a page (after the profile being read,
        if :meth:`reload` is under way)."""
        task = Task(owner, lambda: fn(self.client()), on_success, on_failure)
        if self._load_task is None:
            return task.start()
        self._waiting.append(task)
        return task

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
        if (not self._register_device or profile is None or profile.device_registered
                or not self.may("devices.register")):
            return
        context = self.context

        def work(client: TokenServerClient) -> None:
            from ..profile import mark_device_registered

            client.register_device(context.device.device_id(), context.device.hostname(),
                                   profile.name)
            mark_device_registered(context.store, profile.name, profile.url)

        def done(_result: object) -> None:
            if self.profile is profile:
                self.profile = profile.edited(device_registered=True)
            self.device_registered.emit()

        self.run(self, work, done, self.registration_failed.emit)

    def _failed(self, error: BaseException) -> None:
        self.access = None
        self.error = error
        self._set_state(ConnectionState.FAILED)

    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        self.state_changed.emit()
