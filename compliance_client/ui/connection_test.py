"""The Profile settings dialog's "Test connection": verify a server URL and an API token
against the server (``tokens.self``) in the background, and say what the token may do.

The token is the one typed into the dialog or, when the field is empty, the profile's stored
one, read by the worker from the keyring: it never reaches the GUI thread. A newer test (or
an edit of the URL or the token) makes a running one stale: :meth:`ConnectionTest.cancel`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..domain.catalogue import ENDPOINT_IDS
from ..domain.errors import ComplianceError
from .i18n import translate
from .tasks import Busy
from .text import date_text, fill

if TYPE_CHECKING:
    from ..domain.tokens import TokenAccess
    from .context import AppContext


def check_connection(context: AppContext, url: str, token: str | None,
                     profile_name: str | None, ca_bundle: str | None) -> TokenAccess:
    """Ask the server what ``token`` (or ``profile_name``'s stored token) may do.

    Network and keyring: worker threads only. Raises ``ComplianceError`` (code
    ``no_token``) when there is no token to test.
    """
    key = token
    if key is None and profile_name is not None:
        key = context.vault.get_token(profile_name)
    if not key:
        raise ComplianceError("This profile has no API token.", code="no_token")
    from .session import device_key_of

    # Signed like the app's own requests: a token bound to this PC passes only so.
    with context.connect(url, key, ca_bundle=ca_bundle,
                         device_key=device_key_of(context)) as client:
        return client.verify()


def access_text(access: TokenAccess) -> str:
    """Organization, expiry and what the token may call, as shown after a test."""
    token = access.token
    lines = [fill(translate("ProfileDialog", "Connected. Organization: %1 (%2)."),
                  token.organization_name, token.organization_id)]
    if token.expires_at is None:
        lines.append(translate("ProfileDialog", "The token never expires."))
    else:
        lines.append(fill(translate("ProfileDialog", "The token expires on %1."),
                          date_text(token.expires_at, long=True)))
    known = [e for e in ENDPOINT_IDS if e in access.effective_endpoints]
    lines.append(fill(translate("ProfileDialog", "It may call %1 of %2 endpoints: %3."),
                      len(known), len(ENDPOINT_IDS),
                      ", ".join(known) if known else translate("ProfileDialog", "none")))
    return "\n".join(lines)


class ConnectionTest:
    """One connection test at a time for ``owner``.

    ``show_busy(busy)`` switches the owner's testing look; ``tested(access)`` and
    ``failed(error)`` receive the outcome on the GUI thread (never a stale one).
    """

    def __init__(self, owner: QObject, context: AppContext, *,
                 show_busy: Callable[[bool], None],
                 tested: Callable[[TokenAccess], None],
                 failed: Callable[[BaseException], None]) -> None:
        self._context = context
        self._tested = tested
        self._busy = Busy(owner, show_busy, failed)

    @property
    def running(self) -> bool:
        return self._busy.running

    def start(self, url: str, token: str | None, profile_name: str | None,
              ca_bundle: str | None) -> None:
        """Test ``url`` with ``token`` (None: the stored token of ``profile_name``)."""
        context = self._context
        self._busy.run(lambda: check_connection(context, url, token, profile_name, ca_bundle),
                       self._tested)

    def cancel(self) -> None:
        self._busy.cancel()
