"""Running ``compliance-client`` as a subprocess the way a person or script would, with its
own home, XDG dirs and a test keyring file instead of the real ones."""

from __future__ import annotations

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

    def __init__(self, tmp_path: Path, url: str = "", token: str = "") -> None:
        self.secrets: list[str] = [token] if token else []
        self.env = isolated_env(tmp_path)
        if url:
            self.env["COMPLIANCE_URL"] = url
        if token:
            self.env["COMPLIANCE_TOKEN"] = token

    def __call__(self, *args: str, stdin: str | None = None,
                 **env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-c", ENTRY, *args], input=stdin,
                                stdin=None if stdin is not None else subprocess.DEVNULL,
                                capture_output=True, text=True, env={**self.env, **env},
                                timeout=60, check=False)
        # Whatever happened, no key ever reaches standard error, and no traceback either.
        for secret in self.secrets:
            assert secret not in result.stderr
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
