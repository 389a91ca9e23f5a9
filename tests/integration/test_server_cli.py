"""`compliance-client serve` and `admin-token`, run as a user would: as subprocesses."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from compliance_client.domain.keys import key_format_problem

from ..helpers.live_server import LiveServer

KEY_RE = re.compile(r"cct_[0-9A-Za-z]{49}")
RUN = [sys.executable, "-c",
       "import sys; from compliance_client.cli import main; sys.exit(main())"]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COMPLIANCE_DB"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return env


@dataclass
class Serving:
    """A running `serve`: its URL and stdout lines so far; ``out``/``err`` once stopped."""

    url: str
    lines: list[str]
    out: str = ""
    err: str = ""


@contextmanager
def serving(args: list[str], env: dict[str, str]) -> Iterator[Serving]:
    """Start `serve` on a free port, wait for it to answer; stop it with SIGINT on exit."""
    proc = subprocess.Popen([*RUN, "serve", "--port", "0", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines: list[str] = []
    running: Serving | None = None
    try:
        deadline = time.monotonic() + 30
        url = None
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            lines.append(line.rstrip("\n"))
            if line.startswith("serving on "):
                url = line.split()[-1]
        assert url, f"serve did not start: {lines} {proc.stderr.read()}"  # type: ignore[union-attr]
        assert requests.get(f"{url}/api/v1/health", timeout=10).status_code == 200
        running = Serving(url, lines)
        yield running
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        if running is not None:
            running.out, running.err = out, err
            running.lines += out.splitlines()


def serve_once(args: list[str], env: dict[str, str]) -> tuple[list[str], str]:
    """Start `serve`, wait for it to answer, stop it with SIGINT; return stdout lines, stderr."""
    with serving(args, env) as server:
        key = next((ln.split(": ", 1)[1] for ln in server.lines
                    if ln.startswith("admin token:")), None)
        if key:
            r = requests.get(f"{server.url}/api/v1/tokens/self", timeout=10,
                             headers={"Authorization": f"Bearer {key}"})
            assert r.status_code == 200
    return server.lines, server.err


def test_serve_prints_the_admin_token_once(tmp_path: Path, cli_env: dict[str, str]) -> None:
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    lines, err = serve_once(["--db", db], cli_env)
    admin = [ln for ln in lines if ln.startswith("admin token: ")]
    assert len(admin) == 1
    key = admin[0].removeprefix("admin token: ")
    assert KEY_RE.fullmatch(key) and key_format_problem(key) is None
    assert key not in err  # the server's own logs never show it
    lines, err = serve_once(["--db", db], cli_env)
    assert not [ln for ln in lines if "admin token" in ln]
    assert key not in err and not KEY_RE.search(err)


def test_serve_uses_compliance_db_by_default(tmp_path: Path, cli_env: dict[str, str]) -> None:
    cli_env["COMPLIANCE_DB"] = f"sqlite:///{tmp_path / 'env.db'}"
    lines, _ = serve_once([], cli_env)
    assert any(ln.startswith("admin token: ") for ln in lines)
    assert (tmp_path / "env.db").exists()


def test_serve_refuses_a_taken_port(cli_env: dict[str, str], tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = subprocess.run([*RUN, "serve", "--port", str(port), "--db",
                            f"sqlite:///{tmp_path / 'x.db'}"],
                           env=cli_env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0
    assert "already in use" in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize("url", ["nosuchdb://x/y", "postgresql+psycopg://u:s3cret@127.0.0.1:1/db"])
def test_serve_refuses_a_bad_database_url(cli_env: dict[str, str], url: str) -> None:
    r = subprocess.run([*RUN, "serve", "--port", "0", "--db", url], env=cli_env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.startswith("compliance-client: cannot use database")
    assert r.stderr.strip().count("\n") == 0
    assert "s3cret" not in r.stderr
    assert r.stdout == ""


def test_admin_token_prints_only_a_usable_key(live_server: LiveServer,
                                              cli_env: dict[str, str]) -> None:
    r = subprocess.run([*RUN, "admin-token", "--db", live_server.db_url, "--org-name", "Ops",
                        "--org-id", "ops"], env=cli_env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    key = r.stdout.removesuffix("\n")
    assert KEY_RE.fullmatch(key) and key_format_problem(key) is None
    me = live_server.call("GET", "/tokens/self", key=key).json()
    assert me["token"]["organization_name"] == "Ops"
    assert me["token"]["organization_id"] == "ops"
    assert len(me["effective_endpoints"]) == len(live_server.call(
        "GET", "/endpoints").json())  # unrestricted


def test_admin_token_bad_input_is_one_line(cli_env: dict[str, str], tmp_path: Path) -> None:
    r = subprocess.run([*RUN, "admin-token", "--db", f"sqlite:///{tmp_path / 'a.db'}",
                        "--org-id", "bad id"], env=cli_env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 1
    assert r.stdout == ""
    assert "organization_id" in r.stderr and r.stderr.strip().count("\n") == 0


# ---- logging (ARCHITECTURE §7) -----------------------------------------------------------------

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (?P<level>[A-Z]+) "
                      r"(?P<logger>[\w.]+): (?P<message>.*)$")


def test_serve_logs_refusals_and_the_access_log_without_keys(
        tmp_path: Path, cli_env: dict[str, str]) -> None:
    """Refusals at WARNING and the access log reach stderr with time and level, and the
    admin key searched for in a query (`tokens list --search <key>`) is cut to its prefix."""
    db = f"sqlite:///{tmp_path / 'logs.db'}"
    with serving(["--db", db], cli_env) as server:
        key = next(ln.split(": ", 1)[1] for ln in server.lines
                   if ln.startswith("admin token:"))
        auth = {"Authorization": f"Bearer {key}"}
        api = f"{server.url}/api/v1"
        assert requests.get(f"{api}/tokens", params={"q": key}, headers=auth,
                            timeout=10).status_code == 200
        assert requests.get(f"{api}/tokens", timeout=10).status_code == 401
        assert requests.get(f"{api}/tokens", headers={"Authorization": f"Bearer {key[:-1]}x"},
                            timeout=10).status_code == 401
        assert requests.post(f"{api}/devices", data=b"x" * (2 * 1024 * 1024),
                             timeout=10).status_code == 413
    assert key not in server.out + server.err
    assert not KEY_RE.search(server.out + server.err)
    assert not [ln for ln in server.lines if ln.startswith("INFO") or "uvicorn" in ln]
    records = [m.groupdict() for m in map(LOG_LINE.match, server.err.splitlines()) if m]
    warnings = [r["message"] for r in records if r["level"] == "WARNING"
                and r["logger"].startswith("compliance_client.server")]
    assert any(w.startswith("refused tokens.list") and "invalid_token" in w
               for w in warnings), server.err
    assert any(w.startswith("refused POST /api/v1/devices") and "payload_too_large" in w
               for w in warnings), server.err
    access = [r["message"] for r in records if r["logger"] == "uvicorn.access"]
    assert any(f"GET /api/v1/tokens?q={key[:12]}\u2026[redacted] HTTP/1.1\" 200" in a
               for a in access), server.err


# ---- admin-token --scope (ARCHITECTURE §7) -------------------------------------------------------


@pytest.mark.parametrize("scope", ["global", "organization", None])
def test_admin_token_scope(live_server: LiveServer, cli_env: dict[str, str],
                           scope: str | None) -> None:
    args = ["admin-token", "--db", live_server.db_url, "--org-name", "Ops", "--org-id", "ops"]
    r = subprocess.run([*RUN, *args, *(["--scope", scope] if scope else [])], env=cli_env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    me = live_server.call("GET", "/tokens/self", key=r.stdout.strip()).json()
    assert me["token"]["scope"] == (scope or "global")
    assert me["token"]["organization_id"] == "ops"


def test_admin_token_refuses_an_unknown_scope(cli_env: dict[str, str], tmp_path: Path) -> None:
    r = subprocess.run([*RUN, "admin-token", "--db", f"sqlite:///{tmp_path / 's.db'}",
                        "--scope", "everything"], env=cli_env, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2
    assert r.stdout == "" and "--scope" in r.stderr
