"""How this PC's device ID is derived from the OS's machine identifier.

The raw OS identifier (Windows MachineGuid, Linux /etc/machine-id, macOS IOPlatformUUID)
never leaves the PC: the device ID is an HMAC-SHA-256 of it under an application-specific
salt, so it is stable per PC yet useless for finding the machine in other products' data.
"""

from __future__ import annotations

import hashlib
import hmac
import re

_SALT = b"compliance-client/device-id/v1"
DEVICE_ID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def derive_device_id(raw_machine_id: str) -> str:
    """A UUID-shaped device ID from the raw OS identifier (case and surrounding spaces ignored).

    Raises ValueError for a blank identifier: every PC whose identifier could not be read
    would otherwise share one device ID, and disabling one would disable them all.
    """
    normalized = raw_machine_id.strip().lower().encode("utf-8")
    if not normalized:
        raise ValueError("the machine identifier is empty")
    digest = hmac.new(_SALT, normalized, hashlib.sha256).hexdigest()[:32]
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def is_device_id(text: str) -> bool:
    return bool(DEVICE_ID_RE.fullmatch(text))
