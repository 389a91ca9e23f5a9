"""The app's connection to its token server: the active profile, a client for it, what its
token may do (``tokens.self``), and the one connection state every page and the status bar
show. Qt-side only as far as signals and timers go; the profile file, the keyring and the
network are reached through the :class:`AppContext`, on worker threads only (:func:`run_task`).

The state is the truth of the last request, whoever made it: every request a page runs
through :meth:`Session.run` reports to the session, so a grid that finds the server gone puts
the whole app in FAILED, and any later success brings it back. A lost server is tried again
with backoff (``retry_delays``); :meth:`Session.retry_now` is the Retry button.

The profile in force is the *effective* one: IT's managed settings (DESIGN §13) laid over
the saved profile (``ManagedSettings.apply``), so a locked server URL or language and a
managed CA bundle win over whatever ``profiles.json`` says. With ``EnrollmentCode`` in the
managed settings, the app's session enrolls this PC by itself on its first start
(:meth:`Session.reload`), once per run.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from .i18n import translate
from .tasks import Task, run_task

if TYPE_CHECKING:
    from ..domain.dpop import DeviceKey
    from ..domain.records import Device
    from ..domain.tokens import IssuedToken, TokenAccess
    from ..profile.managed import ManagedSettings
    from ..profile.profiles import Profile
    from ..profile.saving import SaveResult
    from ..profile.vault import VaultError
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


def is_device_disabled(error: BaseException | None) -> bool:
    """Whether the server refused this PC because its device ID is disabled (ARCHITECTURE §10)."""
    return getattr(error, "code", None) == "device_disabled"


def is_token_suspended(error: BaseException | None) -> bool:
    """Whether the server refused the token as suspended (ARCHITECTURE §11)."""
    return getattr(error, "code", None) == "token_suspended"


def warn_before_days(access: TokenAccess) -> int:
    """How many days ahead of the token's expiry to warn the end user: the server's policy
    (``tokens.self`` carries it), or the policy's default from a server that does not say."""
    from ..domain.lifecycle import TokenPolicy

    if access.warn_before_days is not None:
        return access.warn_before_days
    return TokenPolicy().warn_before_days


@dataclass(frozen=True, slots=True)
class KeyRotation:
    """What "Rotate key" did: the server issued ``issued`` (its key, shown to nobody unless
    it could not be stored). ``store_error`` is None when the keyring holds the new key and
    the session uses it; else the keyring still holds the old key, which works until
    ``issued.token.previous_key_expires_at``."""

    issued: IssuedToken
    store_error: VaultError | None = None


def loses_the_server(error: BaseException) -> bool:
    """Whether ``error`` means the server cannot be used at all now, not just that this one
    request was refused: it could not be reached, failed, no longer takes the token, or does
    not take it from this PC (disabled, or the token is bound to other devices)."""
    from ..service.errors import (
        AuthenticationFailed,
        DeviceDisabled,
        DeviceNotBound,
        ServerError,
        ServiceUnavailable,
        TransportError,
    )

    return isinstance(error, TransportError | ServerError | ServiceUnavailable
                      | AuthenticationFailed | DeviceDisabled | DeviceNotBound)


def device_key_of(context: AppContext) -> DeviceKey | None:
    """This PC's device key if the keyring holds one, else None (requests then go unsigned).
    Keyring and disk: worker threads only. A keyring that cannot be read is logged, not
    raised: the request is still worth making, and the server says if it needs a proof."""
    from ..domain.errors import ComplianceError
    from ..profile import load_device_key

    try:
        return load_device_key(context.vault, context.device.device_id())
    except ComplianceError as exc:
        log.warning("this PC's device key could not be read: %s", exc.code)
        return None


def enroll_this_pc(context: AppContext, url: str, code: str, *,
                   profile_name: str | None = None,
                   ca_bundle: str | None = None) -> SaveResult:
    """Enroll this PC at ``url`` with ``code`` (worker threads only: keyring and network):
    the one enroll flow (``profile.enrollment.enroll``), its redeem call made through the
    context's client factory, without a token (``enrollments.redeem`` takes none).

    Raises what ``enroll`` raises: ValidationError (nothing sent), the vault's VaultError
    (nothing sent), the service's errors (nothing saved). The new key goes from the server
    straight into the keyring; it is never returned, and a failure to store it is
    ``result.token_error``."""
    from ..profile.enrollment import enroll

    managed = context.managed

    def redeem(code: str, device_id: str, hostname: str, name: str,
               public_jwk: Mapping[str, str]) -> str:
        client = context.connect(url, "", ca_bundle=managed.ca_bundle or ca_bundle)
        try:
            return client.redeem_enrollment(code, device_id=device_id, hostname=hostname,
                                            profile_name=name,
                                            public_key=public_jwk).issued.key
        finally:
            client.close()

    return enroll(context.store, context.vault, url=url, code=code, redeem=redeem,
                  profile_name=profile_name, managed=managed)


@dataclass(frozen=True, slots=True)
class _Read:
    """What :meth:`Session.reload` reads on its worker."""

    managed: ManagedSettings
    profile: Profile | None  # as saved; the session applies the managed settings over it
    error: BaseException | None = None
    enroll_at: str | None = None  # IT's ServerUrl, when this PC is to enroll itself now


def _needs_token(context: AppContext, profile: Profile | None) -> bool:
    """Whether ``profile`` (None: there is none) lacks a token in the keyring (worker)."""
    from ..profile.vault import VaultError

    if profile is None:
        return True
    try:
        return context.vault.get_token(profile.name) is None
    except VaultError:
        return True  # enrolling then says what is wrong with the keyring, once


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
    and server, after the first verification, with its device key (the app does; tests and
    tools mostly do not). Requests are signed whenever the keyring holds this PC's device key.
    When the server refuses this PC as disabled, the session stops calling it
    (:attr:`device_disabled`) until the user checks again (:meth:`retry_now`) or changes the
    profile.
    """

    profile_changed = Signal()
    state_changed = Signal()
    #: CONNECTED again after FAILED: pages that could not load try again.
    reconnected = Signal()
    device_registered = Signal()
    registration_failed = Signal(object)
    #: IT's enrollment code is being redeemed (the server's URL), then it was, or failed.
    enrollment_started = Signal(str)
    enrolled = Signal(str)
    enrollment_failed = Signal(object)
    # From a worker: the keyring holds a rotated key for the profile of this generation.
    _key_stored = Signal(int)

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 register_device: bool = False,
                 retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
                 auto_enroll: bool | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._register_device = register_device
        # The app's session (the one that registers this PC) also enrolls it with IT's code.
        self._auto_enroll = register_device if auto_enroll is None else auto_enroll
        self._enroll_tried = False  # once per run, whatever the outcome
        self._enroll_task: Task | None = None
        #: IT's managed settings, once the first reload read them (None until then).
        self.managed: ManagedSettings | None = None
        #: The server IT's code enrolled this PC with in this run, or None.
        self.enrolled_with: str | None = None
        #: Why enrolling with IT's code failed in this run, or None.
        self.enrollment_error: BaseException | None = None
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
        # This PC's device key as read for the current profile (worker threads, under _lock).
        self._device_key: DeviceKey | None = None
        self._device_key_read = False
        self._registration_tried = False  # at most one automatic registration per profile
        # Queued: emitted on the worker that stored the key, handled on the GUI thread.
        self._key_stored.connect(self._use_rotated_key)

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
        may_enroll = self._auto_enroll and not self._enroll_tried

        def load() -> _Read:
            managed = context.managed
            try:
                profile = context.store.load().active
            except Exception as exc:  # the managed settings still count
                return _Read(managed, None, exc)
            enroll_at = None
            if may_enroll and managed.enrollment_code and _needs_token(context, profile):
                if managed.server_url is None:
                    log.warning("managed settings: EnrollmentCode is set but there is no "
                                "valid ServerUrl to enroll with; not enrolling")
                else:
                    enroll_at = managed.server_url
            return _Read(managed, profile, None, enroll_at)

        self._set_state(ConnectionState.CONNECTING)
        self._load_task = run_task(self, load, lambda read: self._loaded(read, then),
                                   lambda error: self._loaded(None, then, error))

    def _loaded(self, read: _Read | None, then: Callable[[], None] | None,
                failure: BaseException | None = None) -> None:
        self._load_task = None
        error = read.error if read is not None else failure
        if read is not None:
            self.managed = read.managed
        profile = read.profile if read is not None else None
        if profile is not None and self.managed is not None:
            profile = self.managed.apply(profile)  # IT's locked values win
        self.profile = profile
        self._generation += 1
        self._stop_retrying()
        self.known_access = None
        self._registration_tried = False
        if profile is not None:
            from . import i18n

            if not i18n.is_applied(profile.language):
                i18n.set_language(profile.language)  # retranslates every open window
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = None
            self._device_key_read = False
        self.access = None
        self.profile_changed.emit()
        if read is not None and read.enroll_at is not None and not self._enroll_tried:
            self._enroll(read.enroll_at)
        elif error is None:
            self.verify()
        else:  # the profile file could not be read (ProfileFileCorrupt moved it aside)
            self._failed(error)
        waiting, self._waiting = self._waiting, []
        for task in waiting:  # a page may have cancelled its own on profile_changed
            task.start()
        if then is not None:
            then()

    # -- enrolling with IT's code (DESIGN §13) ----------------------------------------------

    @property
    def enrolling(self) -> bool:
        """True while this PC enrolls itself with IT's enrollment code."""
        return self._enroll_task is not None

    def _enroll(self, url: str) -> None:
        """Redeem IT's code in the background; then connect with the new token. Tried once
        per run: a code that failed (used up, a typo in the policy) must not be sent again
        at every profile change."""
        managed = self.managed
        code = managed.enrollment_code if managed is not None else None
        self._enroll_tried = True
        if not code:
            self.verify()
            return
        context = self.context
        self.enrollment_error = None
        self._set_state(ConnectionState.CONNECTING)
        self._enroll_task = run_task(self, lambda: enroll_this_pc(context, url, code),
                                     lambda result: self._enrolled(url, result),
                                     self._enroll_failed)
        self.enrollment_started.emit(url)
        self.state_changed.emit()

    def _enrolled(self, url: str, result: SaveResult) -> None:
        self._enroll_task = None
        if result.token_error is not None:  # enrolled, but the keyring lost the key
            self._enroll_failed(result.token_error)
            return
        log.info("this PC is enrolled with %s by its organization's enrollment code", url)
        self.enrolled_with = url
        self.enrolled.emit(url)
        self.reload()  # the profile enroll() saved and activated, with its token

    def _enroll_failed(self, error: BaseException) -> None:
        self._enroll_task = None
        # The code is a secret and the key never reached us: only the error's code is
        # logged. The error is told once, without a modal box (the window shows it).
        log.warning("enrolling this PC with the organization's code failed: %s",
                    getattr(error, "code", None) or type(error).__name__)
        self.enrollment_error = error
        self.enrollment_failed.emit(error)
        self.verify()  # no profile, or one without a token: says so, and the app is usable

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
        if self._enroll_task is not None:
            self._enroll_task.cancel()
            self._enroll_task = None
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
                if not self._device_key_read:
                    self._device_key = device_key_of(self.context)
                    self._device_key_read = True
                self._client = self.context.connect(profile.url, token,
                                                    ca_bundle=profile.ca_bundle,
                                                    device_key=self._device_key)
            return self._client

    def _sign_from_now_on(self) -> None:
        """The keyring has a (new) device key: the next client reads it and signs. The old
        client is dropped, not closed: a page's request may still be using it."""
        with self._lock:
            self._client = None
            self._device_key_read = False

    def run(self, owner: QObject, fn: Callable[[TokenServerClient], Any],
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> Task:
        """Run ``fn(client)`` in the background for a page (after the profile being read,
        if :meth:`reload` is under way). Its outcome also tells the session how the server
        stands (module docstring)."""
        generation = self._generation
        if self.device_disabled:
            # The server refuses this PC on every operation: do not ask it again until the
            # user does (retry_now); the page hears why at once.
            refusal = self.error
            assert refusal is not None

            def refused() -> Any:
                raise refusal

            return Task(owner, refused, on_success, on_failure).start()

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

    @property
    def device_disabled(self) -> bool:
        """The server refused this PC because its device ID is disabled: nothing more is sent
        until the user checks again (the main window's banner) or changes the profile."""
        return self.state == ConnectionState.FAILED and is_device_disabled(self.error)

    def state_text(self) -> str:
        """The state in a few words, the same on every page and in the status bar."""
        if self.device_disabled:
            return translate("Session", "Device ID disabled")
        if self.enrolling:
            return translate("Session", "Enrolling this PC…")
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

    # -- rotating the token's own key (ARCHITECTURE §11) ------------------------------------

    def key_rotation(self) -> Callable[[TokenServerClient], KeyRotation]:
        """The work of "Rotate key" for :meth:`run` (worker thread), on the profile active
        now: the keyring is proven writable by storing the current key again, then the
        server issues a new key (the old one keeps working for
        ``SELF_ROTATION_GRACE_SECONDS``), then the keyring stores the new key and the
        session uses it from the next request on.

        A keyring that fails before the server is asked raises (nothing changed); one that
        fails after it is not raised but returned (:class:`KeyRotation`): the server has
        rotated, and the new key must reach the user before the old one stops."""
        from ..domain.errors import ComplianceError

        profile = self.profile
        if profile is None:
            raise ComplianceError("No profile is set up yet.", code="no_profile")
        vault, name, generation = self.context.vault, profile.name, self._generation

        def rotate(client: TokenServerClient) -> KeyRotation:
            from ..domain.lifecycle import SELF_ROTATION_GRACE_SECONDS
            from ..profile.vault import VaultError

            current = vault.get_token(name)
            if current is None:
                raise ComplianceError("This profile has no API token.", code="no_token")
            vault.set_token(name, current)
            issued = client.rotate_self(SELF_ROTATION_GRACE_SECONDS)
            try:
                vault.set_token(name, issued.key)
            except VaultError as exc:
                log.warning("the rotated key could not be stored in the keyring: %s",
                            exc.code)
                return KeyRotation(issued, exc)
            self._key_stored.emit(generation)
            return KeyRotation(issued)

        return rotate

    @Slot(int)
    def _use_rotated_key(self, generation: int) -> None:
        if generation != self._generation:
            return  # another profile meanwhile: its client never held the rotated key
        # Dropped, not closed: a page's request may still be using the old key, which works.
        with self._lock:
            self._client = None
        self.verify()  # with the new key, and learn the token as rotated

    # -- device registration ---------------------------------------------------------------

    def register_this_device(self, owner: QObject,
                             on_success: Callable[[Device], None] | None = None,
                             on_failure: Callable[[BaseException], None] | None = None) -> Task:
        """Register this PC with the server in the background, with its device key (made and
        kept in the keyring the first time; ARCHITECTURE §10). With no usable keyring it is
        registered without a key, as a script would be: it then cannot sign. Once the server
        has the key, the session signs every request with it."""
        context = self.context
        profile = self.profile
        profile_name = profile.name if profile is not None else ""
        # profile.url is IT's when locked: the saved profile then takes it (saving.py).
        adopt_url = self.managed is not None and self.managed.locked("url")

        def work(client: TokenServerClient) -> tuple[Device, bool]:
            from ..profile import ensure_device_key, mark_device_registered
            from ..profile.vault import VaultUnavailable

            device_id = context.device.device_id()
            key: DeviceKey | None
            try:
                key = ensure_device_key(context.vault, device_id)
            except VaultUnavailable:
                key = None
            device = client.register_device(device_id, context.device.hostname(),
                                            profile_name,
                                            public_key=key.public_jwk if key else None)
            if profile is not None:
                mark_device_registered(context.store, profile.name, profile.url,
                                       adopt_url=adopt_url)
            return device, key is not None and client.device_key is None

        def done(result: tuple[Device, bool]) -> None:
            device, newly_signing = result
            if profile is not None and self.profile is profile:
                self.profile = profile.edited(device_registered=True)
            if newly_signing:
                self._sign_from_now_on()
                self.verify()  # signed now: learn which device the server knows this PC as
            self.device_registered.emit()
            if on_success is not None:
                on_success(device)

        return self.run(owner, work, done, on_failure)

    def _register_if_needed(self) -> None:
        """Register this PC in the background, once per profile: when it was never registered
        with this server, and when the server does not know it by its device key (a PC
        registered before device keys gets one this way, with nobody doing anything). A
        failure is reported (:attr:`registration_failed`) and tried again at the next start
        or profile change; it never blocks saving the profile."""
        profile, access = self.profile, self.access
        if (not self._register_device or profile is None or access is None
                or self._registration_tried or not self.may("devices.register")):
            return
        if profile.device_registered and access.device is not None:
            return  # the server knows this PC by its key
        self._registration_tried = True
        self.register_this_device(self, on_failure=self.registration_failed.emit)

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
