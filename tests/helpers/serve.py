"""`compliance-client serve` as a real subprocess: started on a free port, its first admin key
read from its output, stopped at the end (two-server and server-killed tests)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from .live_server import TIMEOUT

RUN = [sys.executable, "-c",
       "import sys; from compliance_client.cli import main; sys.exit(main())"]


START_TIMEOUT_S = 30


@dataclass
class ServeProcess:
    """A `compliance-client serve` subprocess; ``admin_key`` is set only on the first one."""

    proc: subprocess.Popen[str]
    url: str
    admin_key: str | None = field(repr=False)  # no key in a failing test's report
    lines: list[str] = field(default_factory=list, repr=False)  # 'admin token: <key>'
    http: requests.Session = field(default_factory=requests.Session)
    out: list[str] = field(default_factory=list, repr=False)
    err: list[str] = field(default_factory=list, repr=False)
    _drains: list[threading.Thread] = field(default_factory=list)

    def call(self, method: str, path: str, key: str | None, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if key is not None:
            headers["Authorization"] = f"Bearer {key}"
        return self.http.request(method, f"{self.url}/api/v1{path}", headers=headers,
                                 timeout=TIMEOUT, **kwargs)

    def start_draining(self) -> None:
        """Read its stdout and stderr from now on: uvicorn's access log goes to stdout, and a
        full pipe would stall the server mid-write (it would look like a hang)."""
        def drain(stream: Any, sink: list[str]) -> None:
            for line in stream:
                sink.append(line)

        for stream, sink in ((self.proc.stdout, self.out), (self.proc.stderr, self.err)):
            thread = threading.Thread(target=drain, args=(stream, sink), daemon=True)
            thread.start()
            self._drains.append(thread)

    def stop(self, sig: int = signal.SIGINT) -> str:
        """Stop it (SIGINT: uvicorn's graceful shutdown) and return its stderr."""
        self.http.close()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for thread in self._drains:
            thread.join(timeout=10)
        return "".join(self.err)


def serve_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "COMPLIANCE_"))}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    return env


def start_serve(db_url: str, home: Path, port: int = 0, *, options: Sequence[str] = (),
                own_group: bool = False, timeout: float = START_TIMEOUT_S) -> ServeProcess:
    """Start `serve --db db_url [options]` and wait until it prints its URL and answers
    /health. ``own_group``: in a process group of its own, so that a test can signal the
    group the way a terminal's Ctrl+C or systemd does."""
    from tests.secrets_plugin import record_key

    proc = subprocess.Popen([*RUN, "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--db", db_url, *options], env=serve_env(home), text=True,
                            start_new_session=own_group,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines: list[str] = []
    url = key = None
    deadline = time.monotonic() + timeout
    while url is None and time.monotonic() < deadline:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            break
        line = line.rstrip("\n")
        lines.append(line)
        if line.startswith("admin token: "):
            key = line.removeprefix("admin token: ")
            record_key(key)  # issued in another process: the secrets scan must know it
        elif line.startswith("serving on "):
            url = line.split()[-1]
    if url is None:
        if own_group:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"serve {' '.join(options)} did not start: {lines} {err}")
    server = ServeProcess(proc, url, key, lines)
    server.start_draining()
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return server
        except requests.ConnectionError:
            pass
        time.sleep(0.05)
    server.stop(signal.SIGKILL)
    raise AssertionError("serve printed its URL but never answered /health")
