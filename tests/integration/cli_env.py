"""Running ``compliance-client`` as a subprocess the way a person or script would, with its
own home, XDG dirs and a test keyring file instead of the real ones."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from compliance_client.cli import main; sys.exit(main())"


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """This process's environment without our settings, with every user dir in ``tmp_path``
    and the keyring backed by ``tmp_path/keyring.json`` (tests/unit/_keyring_fakes.py)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "COMPLIANCE_", "PYTHON_KEYRING", "KEYRING_"))}
    env.update({
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "PYTHON_KEYRING_BACKEND": "tests.unit._keyring_fakes.JsonFileKeyring",
        "COMPLIANCE_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    })
    return env
