"""What the windows need from outside Qt, wired once: the application context.

``compliance_client.cli.app_cmds.build_context()`` makes the app's (the user's profile file,
the system keyring, clients on ``requests``, this PC's identity from the OS); tests and the
screenshot script pass their own store, keyring, client factory or identity to it. It is
handed to the :class:`~compliance_client.ui.session.Session`, and through it to the main
window, its pages and dialogs; no widget makes a ``ProfileStore``, a ``Vault`` or a
``TokenServerClient`` of its own, and none reads IT's managed settings but through it.

Everything behind it does I/O (the profile file, the keyring, the network, the OS's machine
id), so it is used on worker threads only (``ui/tasks.py``), never on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..domain.dpop import DeviceKey
    from ..profile import ProfileStore, Vault
    from ..profile.managed import ManagedSettings
    from ..service.client import TokenServerClient


class ClientFactory(Protocol):
    """Makes the client for one server and token, signing with ``device_key`` when given
    (the caller closes it)."""

    def __call__(self, url: str, token: str, *, ca_bundle: str | None = None,
                 device_key: DeviceKey | None = None) -> TokenServerClient: ...


class DeviceIdentity(Protocol):
    """This PC as the server knows it; both may read files, so worker threads only."""

    def device_id(self) -> str: ...

    def hostname(self) -> str: ...


class AppContext(Protocol):
    """The profile file, the token vault, the way to reach a server, this PC, and what IT
    set for it."""

    @property
    def store(self) -> ProfileStore: ...

    @property
    def vault(self) -> Vault: ...

    @property
    def device(self) -> DeviceIdentity: ...

    @property
    def managed(self) -> ManagedSettings:
        """IT's managed settings (DESIGN §13), read on first use and kept for the run: the
        registry or a file, so worker threads only. Every window of one run sees the same
        values, and a broken policy never stops the app (its problems are logged)."""
        ...

    def connect(self, url: str, token: str, *, ca_bundle: str | None = None,
                device_key: DeviceKey | None = None) -> TokenServerClient:
        """A client for ``url`` with ``token``, signing with ``device_key`` when given (the
        caller closes it)."""
        ...
