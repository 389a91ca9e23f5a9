"""Running ``compliance-client`` as a subprocess the way a person or script would, with its
own home, XDG dirs and a test keyring file instead of the real ones.

Each :class:`Cli` is one PC: its own home, keyring file and (with ``own_device``) device ID.
A real second PC would read another OS machine ID; here every process reads this machine's,
so ``own_device`` makes the CLI skip the OS sources and use its fallback ID file, kept in the
PC's own data dir (what a PC without a readable machine ID does)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

#: The members of every JSON error (ARCHITECTURE §5), whatever went wrong.
JSON_ERROR_MEMBERS = {"code", "message", "params", "field_problems", "http_status",
                      "request_id"}

REPO = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from compliance_client.cli import main; sys.exit(main())"
# Before ENTRY: this PC's device ID from its own fallback file, not from /etc/machine-id.
OWN_DEVICE = "import compliance_client.profile.device as d; d.DEFAULT_SOURCES = (); "
# Before ENTRY: this PC's clock runs {0} seconds ahead (a fault a real server cannot cause).
SKEWED_CLOCK = "import time; _now = time.time; time.time = lambda: _now() + {0}; "
#: The environment of a PC without a usable keyring (servers, CI, a minimal container).
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
#: A keyring that keeps this PC's device key but fails to store an API token (the daemon
#: went away between the two): tests/helpers/cli.py's :class:`TokenlessKeyring`.
TOKENLESS_KEYRING = {"PYTHON_KEYRING_BACKEND": "tests.helpers.cli.TokenlessKeyring"}
KEYRING_SERVICE = "compliance-client"
#: Set (CI does) when a Secret Service runs on this D-Bus session: tests/integration/
#: test_real_keyring.py and the PCs made with ``Cli(real_keyring=True)`` use it.
REAL_KEYRING = os.environ.get("COMPLIANCE_REAL_KEYRING") == "1"


def _tokenless_keyring() -> type:
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringError

    from .keyring_fakes import JsonFileKeyring

    class TokenlessKeyring(JsonFileKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            if not username.startswith("device-key:"):
                raise KeyringError("the keyring daemon went away")
            super().set_password(service, username, password)

    KeyringBackend._classes.discard(TokenlessKeyring)  # type: ignore[attr-defined]
    return TokenlessKeyring


def __getattr__(name: str) -> Any:
    # Made on first use, so that importing this module does not import keyring.
    if name == "TokenlessKeyring":
        value = _tokenless_keyring()
        globals()[name] = value
        return value
    raise AttributeError(name)


def real_keyring_entries() -> dict[str, str]:
    """What the real Secret Service holds for compliance-client (user name -> secret)."""
    from contextlib import closing

    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            collection.unlock()
        return {item.get_attributes().get("username", ""): item.get_secret().decode()
                for item in collection.search_items({"service": KEYRING_SERVICE})}


def forget_real_keyring_entries(users: list[str]) -> None:
    """Remove these entries of compliance-client from the real Secret Service."""
    from keyring.backends import SecretService
    from keyring.errors import PasswordDeleteError

    backend = SecretService.Keyring()
    for user in users:
        with contextlib.suppress(PasswordDeleteError):
            backend.delete_password(KEYRING_SERVICE, user)


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """This process's environment without our settings, with every user dir in ``tmp_path``
    and the keyring backed by ``tmp_path/keyring.json`` (tests/helpers/keyring_fakes.py)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "COMPLIANCE_", "PYTHON_KEYRING", "KEYRING_"))}
    env.update({
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_fakes.JsonFileKeyring",
        "COMPLIANCE_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    })
    return env


class Cli:
    """Runs ``compliance-client`` with its own home, keyring file and server settings."""

    def __init__(self, tmp_path: Path, url: str = "", token: str = "", *,
                 own_device: bool = False, real_keyring: bool = False) -> None:
        self.secrets: list[str] = [token] if token else []
        self.env = isolated_env(tmp_path)
        self.keyring_file = Path(self.env["COMPLIANCE_TEST_KEYRING_FILE"])
        #: This PC keeps its secrets in the real Secret Service (COMPLIANCE_REAL_KEYRING=1):
        #: shared by every such PC of the test, so give each its own profile name.
        self.real_keyring = real_keyring
        if real_keyring:
            self.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
            del self.env["COMPLIANCE_TEST_KEYRING_FILE"]
        self.entry = (OWN_DEVICE if own_device else "") + ENTRY
        #: Seconds this PC's clock is ahead of the real one.
        self.clock_skew = 0.0
        if url:
            self.env["COMPLIANCE_URL"] = url
        if token:
            self.env["COMPLIANCE_TOKEN"] = token

    def keyring(self) -> dict[str, str]:
        """What this PC's keyring holds for compliance-client (user name -> secret)."""
        if self.real_keyring:
            return real_keyring_entries()
        try:
            data = json.loads(self.keyring_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        entries: dict[str, str] = data.get(KEYRING_SERVICE, {})
        return entries

    def device_secret(self, device_id: str) -> str | None:
        """This PC's device key as its keyring keeps it (also added to :attr:`secrets`, so no
        later output may show it)."""
        secret = self.keyring().get(f"device-key:{device_id}")
        if secret and secret not in self.secrets:
            self.secrets.append(secret)
        return secret

    def forget_device_key(self, device_id: str) -> None:
        """Remove the device key from this PC's keyring (a keyring reset, a new user profile)."""
        data = json.loads(self.keyring_file.read_text(encoding="utf-8"))
        del data[KEYRING_SERVICE][f"device-key:{device_id}"]
        self.keyring_file.write_text(json.dumps(data), encoding="utf-8")

    def __call__(self, *args: str, stdin: str | None = None,
                 **env: str) -> subprocess.CompletedProcess[str]:
        entry = (SKEWED_CLOCK.format(self.clock_skew) if self.clock_skew else "") + self.entry
        result = subprocess.run([sys.executable, "-c", entry, *args], input=stdin,
                                stdin=None if stdin is not None else subprocess.DEVNULL,
                                capture_output=True, text=True, env={**self.env, **env},
                                timeout=60, check=False)
        # Whatever happened, no key ever reaches standard error, and no traceback either.
        for secret in self.secrets:
            assert secret not in result.stderr
        for user, secret in self.keyring().items():  # nor this PC's device key anywhere
            if user.startswith("device-key:"):
                assert secret not in result.stderr and secret not in result.stdout
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def ok(self, *args: str, **env: str) -> str:
        result = self(*args, **env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def json(self, *args: str, **env: str) -> object:
        return json.loads(self.ok(*args, "--json", **env))

    def fails(self, status: int, *args: str, **env: str) -> str:
        """Run expecting exit ``status``; return stderr's one line (status 1) or its text."""
        result = self(*args, **env)
        assert result.returncode == status, (result.stdout, result.stderr)
        if status == 1:
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1, result.stderr
            assert lines[0].startswith("compliance-client: ")
            return lines[0]
        return result.stderr


    def fails_json(self, status: int, *args: str, **env: str) -> dict[str, Any]:
        """Run with ``--json`` expecting exit ``status``: one JSON object on standard output,
        nothing on standard error, no key anywhere; return its ``error`` member."""
        result = self(*args, "--json", **env)
        assert result.returncode == status, (result.stdout, result.stderr)
        assert result.stderr == ""
        for secret in self.secrets:
            assert secret not in result.stdout
        data = json.loads(result.stdout)
        assert list(data) == ["error"], data
        error: dict[str, Any] = data["error"]
        assert set(error) == JSON_ERROR_MEMBERS, error
        assert isinstance(error["code"], str) and error["code"]
        assert isinstance(error["message"], str) and "\n" not in error["message"]
        return error


def closed_port() -> int:
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def dead_port_url() -> str:
    """A loopback URL nobody listens on: bind a free port, then let it go."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
