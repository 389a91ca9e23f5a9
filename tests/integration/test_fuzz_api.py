"""Schemathesis against the live server's own /openapi.json, with an admin token (issue 9).

The checks: ``not_a_server_error``, ``status_code_conformance``, ``content_type_conformance``
and ``response_schema_conformance``: every answer is documented, typed and shaped as the
document says, and no input makes the server fail. Zero failures are accepted.

The CLI runs as a subprocess against the live_server fixture (uvicorn on loopback, SQLite
and PostgreSQL), bounded by ``--max-examples`` per operation and a hard timeout. The key
never appears on its command line: a schemathesis.toml expands it from the environment.
A hooks file keeps the fuzzer off the admin token's own id: a generated PATCH, regenerate
or delete of it would lock the fuzzer out, and every later answer would be a 401/429 that
tests nothing. For the same reason it sends no generated DPoP header: a random one is an
invalid proof, counted as a failed authentication until the throttle answers 429 to
everything (test_server_device_proof.py sends malformed proofs on purpose). Two operations
are left out for the same reason: tokens.rotate_self would replace the fuzzer's own key, and
every tokens.revoke_leaked call counts towards the throttle (test_server_lifecycle.py
tests both), and so does every enrollments.redeem with a code that is not a live one, which a
fuzzer's always are (test_server_enrollment.py tests it and checks its answers against the
documented schemas).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from compliance_client.domain.catalogue import ENDPOINTS

from ..helpers.live_server import LiveServer

pytest.importorskip("schemathesis")

CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_schema_conformance")
MAX_EXAMPLES = int(os.environ.get("COMPLIANCE_FUZZ_EXAMPLES", "25"))
RUN_TIMEOUT_S = 170  # the whole run, per backend; the brief allows < 3 min
# See the module docstring; the operations fuzzed are every other one, health included.
LEFT_OUT = ("tokens.rotate_self", "tokens.revoke_leaked", "enrollments.redeem")
# The catalogue's operations plus the three without authentication: health, revoke_leaked,
# enrollments.redeem.
FUZZED = len(ENDPOINTS) + 3 - len(LEFT_OUT)

HOOKS = '''\
"""Written by tests/integration/test_fuzz_api.py: keep the fuzzer's own admin token alive."""
import os

import schemathesis

_ADMIN_ID = int(os.environ["FUZZ_ADMIN_TOKEN_ID"])
_ELSEWHERE = 2_000_000_000  # an id no test creates: the request is answered 404


@schemathesis.hook
def before_call(context, case, kwargs):
    params = case.path_parameters or {}
    if "/tokens/" in case.path and str(params.get("id")) == str(_ADMIN_ID):
        params["id"] = _ELSEWHERE
    if case.headers:
        case.headers.pop("DPoP", None)
'''

CONFIG = '''\
headers = { Authorization = "Bearer ${FUZZ_ADMIN_KEY}" }
'''


def _schemathesis_cli() -> list[str]:
    exe = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if exe:
        return [exe]
    return [sys.executable, "-m", "schemathesis.cli"]


def test_openapi_conformance_under_fuzzing(live_server: LiveServer, tmp_path: Path) -> None:
    me = live_server.call("GET", "/tokens/self").json()
    work = tmp_path / "fuzz"
    work.mkdir()
    (work / "fuzz_hooks.py").write_text(HOOKS, encoding="utf-8")
    (work / "schemathesis.toml").write_text(CONFIG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMATHESIS_")}
    env.update({"FUZZ_ADMIN_KEY": live_server.admin_key,
                "FUZZ_ADMIN_TOKEN_ID": str(me["token"]["id"]),
                "SCHEMATHESIS_HOOKS": str(work / "fuzz_hooks.py"),
                "NO_COLOR": "1", "COLUMNS": "100"})
    env.pop("COMPLIANCE_TEST_PG_URL", None)
    cmd = [*_schemathesis_cli(), "--config-file", str(work / "schemathesis.toml"),
           "run", f"{live_server.url}/openapi.json",
           "--checks", ",".join(CHECKS),
           "--max-examples", str(MAX_EXAMPLES),
           # One worker: with two threads, hypothesis describing filters calls ast.parse
           # concurrently, which CPython 3.11.7 can fail ("AST constructor recursion depth
           # mismatch"): a flaky runtime error of the fuzzer, not an answer of ours.
           "--workers", "1",
           "--request-timeout", "10",
           "--seed", os.environ.get("COMPLIANCE_FUZZ_SEED", "20240909"),
           "--generation-database", "none",
           # Our Authorization header stays; generated ones would only be counted as failed
           # logins until the throttle answers 429 to everything.
           "--generation-with-security-parameters", "false",
           *(arg for op in LEFT_OUT for arg in ("--exclude-operation-id", op))]
    started = time.monotonic()
    run = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True,
                         timeout=RUN_TIMEOUT_S)
    elapsed = time.monotonic() - started
    out = run.stdout + run.stderr
    (tmp_path / "schemathesis.out").write_text(out, encoding="utf-8")  # for the secrets scan
    summary = [ln.strip(" =") for ln in out.splitlines()
               if re.fullmatch(r"=+ .* in [0-9.]+s =+", ln.strip())]
    cases = re.search(r"(\d+) generated, (\d+) passed", out)
    print(f"schemathesis ({elapsed:.0f} s): {cases.group(0) if cases else '?'}; "
          f"{summary[-1] if summary else '?'}")
    assert run.returncode == 0, out[-8000:]
    assert summary and not re.search(r"fail|error", summary[-1]), out[-4000:]
    assert f"Tested: {FUZZED}" in out, out[-4000:]  # every operation was reached
    assert cases and cases.group(1) == cases.group(2), out[-4000:]
    assert int(cases.group(1)) >= FUZZED * MAX_EXAMPLES // 2
    # The fuzzer was never locked out: its key still works.
    assert live_server.call("GET", "/tokens/self").status_code == 200
    assert live_server.admin_key not in out  # its reports filter the Authorization header
