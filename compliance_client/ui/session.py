"""The app's connection to its token server: the active profile, a client for it, what its
token may do (``tokens.self``), and the one connection state every page and the status bar
show. Qt-side only as far as signals and timers go; the profile file, the keyring and the
network are reached through the :class:`AppContext`, on worker threads only (:func:`run_task`).

The state is the truth of the last request, whoever made it: every request a page runs
through :meth:`Session.run` reports to the session, so a grid that finds the server gone puts
the whole app in FAILED, and any later success brings it back. A lost server is tried again
with backoff (``retry_delays``); :meth:`Session.retry_now` is the Retry button.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from .i18n import translate
from .tasks import Task, run_task

if TYPE_CHECKING:
    from ..domain.tokens import TokenAccess
    from ..profile.profiles import Profile
    from ..service.client import TokenServerClient
    from .context import AppContext

log = logging.getLogger(__name__)

#: Seconds before each retry of a lost server; the last one repeats.
DEFAULT_RETRY_DELAYS = (2.0, 5.0, 10.0, 30.0, 60.0)


class ConnectionState(StrEnum):
    """How the session stands with its server."""

    NO_PROFILE = "no_profile"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


def loses_the_server(error: BaseException) -> bool:
    """Whether ``error`` means the server cannot be used at all now, not just that this one
    request was refused: it could not be reached, failed, or no longer takes the token."""
    from ..service.errors import (
        AuthenticationFailed,
        ServerError,
        ServiceUnavailable,
        TransportError,
    )

    return isinstance(error, TransportError | ServerError | ServiceUnavailable
                      | AuthenticationFailed)


def worth_retrying(error: BaseException) -> bool:
    """Whether trying again later may succeed by itself (the server down or overloaded);
    a wrong URL, a TLS failure or a refused token need the user."""
    from ..service.errors import (
        BadResponse,
        CannotConnect,
        ServerError,
        ServiceUnavailable,
        TimedOut,
        TooManyAttempts,
        UnexpectedStatus,
    )

    return isinstance(error, CannotConnect | TimedOut | ServerError | ServiceUnavailable
                      | BadResponse | UnexpectedStatus | TooManyAttempts)


class Session(QObject):
    """Shared by every page of the main window; ``context`` is how it reaches the world.

    With ``register_device`` the session registers this PC with the server once per profile
    and server, after the first verification (the app does; tests and tools mostly do not).
    """

    profile_changed = Signal()
    state_changed = Signal()
    #: CONNECTED again after FAILED: pages that could not load try again.
    reconnected = Signal()
    device_registered = Signal()
    registration_failed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 register_device: bool = False,
                 retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS) -> None:
        super().__init__(parent)
        self.context = context
        self._register_device = register_device
        self._lock = threading.Lock()
        self._client: TokenServerClient | None = None
        self._token_override: str | None = None
        self.profile: Profile | None = None
        self.access: TokenAccess | None = None
        #: What the token could do when last connected (kept while FAILED; None until the
        #: server first answered for this profile): which pages to offer while offline.
        self.known_access: TokenAccess | None = None
        self.error: BaseException | None = None
        self.state = ConnectionState.NO_PROFILE
        self._retry_delays = tuple(retry_delays) or DEFAULT_RETRY_DELAYS
        self._attempt = 0
        self._retry_at: float | None = None  # time.monotonic() of the next retry
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.verify)
        self._generation = 0  # which profile a request was made for
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
        self._generation += 1
        self._stop_retrying()
        self.known_access = None
        if profile is not None:
            from . import i18n

            if not i18n.is_applied(profile.language):
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

    def close(self) -> None:
        """Stop retrying and drop the client: the window this session served is gone."""
        self._stop_retrying()
        if self._verify_task is not None:
            self._verify_task.cancel()
            self._verify_task = None
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = None

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
        if :meth:`reload` is under way). Its outcome also tells the session how the server
        stands (module docstring)."""
        generation = self._generation

        def succeeded(result: Any) -> None:
            if generation == self._generation:
                self._request_succeeded()
            if on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._request_failed(error)
            if on_failure is not None:
                on_failure(error)
            elif not loses_the_server(error):
                log.error("background request failed: %s", type(error).__name__)

        return self._queue(Task(owner, lambda: fn(self.client()), succeeded, failed))

    def _queue(self, task: Task) -> Task:
        if self._load_task is None:
            return task.start()
        self._waiting.append(task)
        return task

    # -- verification ----------------------------------------------------------------------

    def verify(self) -> None:
        """Ask the server what the token may do (``tokens.self``): CONNECTED or FAILED."""
        self._retry_timer.stop()
        self._retry_at = None
        if self._verify_task is not None:
            self._verify_task.cancel()
        if self.profile is None or not self.profile.url:
            self._set_state(ConnectionState.NO_PROFILE)
            return
        if self.state != ConnectionState.FAILED:
            self._set_state(ConnectionState.CONNECTING)
        else:  # a retry: the last error stays the truth until the server answers
            self.state_changed.emit()
        self._verify_task = self._queue(Task(self, lambda: self.client().verify(),
                                             self._verified, self._failed))

    @property
    def retrying(self) -> bool:
        """FAILED, and a retry is asking the server right now."""
        return self.state == ConnectionState.FAILED and self._verify_task is not None

    def retry_now(self) -> None:
        """The Retry button: try the server at once instead of at the next backoff step."""
        self.verify()

    def retry_in(self) -> float | None:
        """Seconds until the next automatic retry, or None when none is planned."""
        if self._retry_at is None:
            return None
        return max(0.0, self._retry_at - time.monotonic())

    def state_text(self) -> str:
        """The state in a few words, the same on every page and in the status bar."""
        return {
            ConnectionState.NO_PROFILE: translate("Session", "Not set up"),
            ConnectionState.CONNECTING: translate("Session", "Connecting…"),
            ConnectionState.CONNECTED: translate("Session", "Connected"),
            ConnectionState.FAILED: translate("Session", "Not connected"),
        }[self.state]

    def _request_succeeded(self) -> None:
        if self.state == ConnectionState.FAILED:
            self.verify()  # the server is back: learn again what the token may do

    def _request_failed(self, error: BaseException) -> None:
        # While tokens.self is being asked, its answer decides.
        if loses_the_server(error) and self._verify_task is None:
            self._failed(error)

    def may(self, endpoint_id: str) -> bool:
        return self.access is not None and self.access.may(endpoint_id)

    def _verified(self, access: TokenAccess) -> None:
        self._verify_task = None
        recovered = self._attempt > 0
        self._stop_retrying()
        self.access = access
        self.known_access = access
        self.error = None
        self._set_state(ConnectionState.CONNECTED)
        if recovered:
            self.reconnected.emit()
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
        self._verify_task = None
        self.access = None
        self.error = error
        self._attempt += 1
        if worth_retrying(error) and self.profile is not None:
            delay = self._retry_delays[min(self._attempt, len(self._retry_delays)) - 1]
            retry_after = getattr(error, "retry_after", None)
            if retry_after:
                delay = max(delay, float(retry_after))
            self._retry_at = time.monotonic() + delay
            self._retry_timer.start(int(delay * 1000))
        else:
            self._retry_timer.stop()
            self._retry_at = None
        self._set_state(ConnectionState.FAILED)

    def _stop_retrying(self) -> None:
        self._attempt = 0
        self._retry_at = None
        self._retry_timer.stop()

    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        self.state_changed.emit()
