"""Soak test: 8 concurrent clients of mixed reads and writes against a real token server.

    python tools/soak.py [--seconds 120] [--clients 8] [--db URL]

Starts ``compliance-client serve`` as a subprocess (SQLite in a temp directory by default;
``--db postgresql+psycopg://...`` for PostgreSQL: a throw-away database, the tool adds
tokens and devices to it; an admin key is issued with ``admin-token``), then runs the
clients for the given time. Each client owns one token it edits (PATCH with If-Match,
retried on 412), shares one token with every other client (so 412s really happen), and
mixes list, read, self, create, device register and disable. It prints requests, p50/p99
latency, the 5xx count and lost updates, and exits 1 on any 5xx, lost update or unexpected
status.

Lost updates: each client remembers the last value it wrote to its own token and every
entry it added to the shared token; at the end each must be visible on the server.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

RUN = [sys.executable, "-c",
       "import sys; from compliance_client.cli import main; sys.exit(main())"]
TIMEOUT = 30


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    conflicts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, status: int) -> None:
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] += 1


class Client:
    def __init__(self, n: int, url: str, key: str, stats: Stats, shared_id: int) -> None:
        self.n = n
        self.url = url + "/api/v1"
        self.stats = stats
        self.shared_id = shared_id
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {key}"
        self.rng = random.Random(n)
        self.own_id = 0
        self.own_name = ""
        self.shared_added: list[str] = []
        self.devices: set[str] = set()
        self.writes = 0

    def call(self, method: str, path: str, expected: tuple[int, ...], **kw: Any) -> Any:
        started = time.perf_counter()
        r = self.http.request(method, self.url + path, timeout=TIMEOUT, **kw)
        self.stats.add(time.perf_counter() - started, r.status_code)
        if r.status_code not in expected:
            with self.stats.lock:
                self.stats.unexpected.append(f"{method} {path}: {r.status_code} {r.text[:200]}")
        return r

    def setup(self) -> None:
        r = self.call("POST", "/tokens", (201,), json={
            "organization_name": f"Soak {self.n}", "organization_id": f"soak{self.n}"})
        self.own_id = r.json()["id"]
        self.own_name = f"Soak {self.n}"

    def patch_with_retry(self, token_id: int, change: Any) -> dict[str, Any]:
        """Read, change, PATCH with If-Match; on 412 read again and redo (no lost update)."""
        while True:
            got = self.call("GET", f"/tokens/{token_id}", (200,))
            body = change(got.json())
            r = self.call("PATCH", f"/tokens/{token_id}", (200, 412),
                          headers={"If-Match": got.headers["ETag"]}, json=body)
            if r.status_code == 200:
                self.writes += 1
                return r.json()
            with self.stats.lock:
                self.stats.conflicts += 1

    def step(self, i: int) -> None:
        op = self.rng.choices(
            ["list", "read", "self", "create", "patch_own", "patch_shared", "device"],
            weights=[20, 20, 10, 5, 20, 15, 10])[0]
        if op == "list":
            self.call("GET", "/tokens", (200,), params={
                "limit": 50, "q": self.rng.choice(["", "soak", "shared"]),
                "sort": self.rng.choice(["id", "-organization_name", "created_at"])})
        elif op == "read":
            self.call("GET", f"/tokens/{self.rng.choice([self.own_id, self.shared_id])}",
                      (200,))
        elif op == "self":
            self.call("GET", "/tokens/self", (200,))
        elif op == "create":
            self.call("POST", "/tokens", (201,), json={
                "organization_name": f"Extra {self.n}.{i}", "organization_id": "extra",
                "blocked_endpoints": ["audit.read"]})
        elif op == "patch_own":
            name = f"Soak {self.n} rev {i}"
            self.patch_with_retry(self.own_id, lambda _t: {"organization_name": name})
            self.own_name = name
        elif op == "patch_shared":
            entry = f"10.{self.n}.{(i >> 8) & 255}.{i & 255}"

            def add(token: dict[str, Any]) -> dict[str, Any]:
                ips = token["blocked_ips"]
                # Keep the list bounded: drop only this client's own oldest entries.
                mine = [e for e in ips if e.startswith(f"10.{self.n}.")]
                keep = set(mine[-4:])
                kept = [e for e in ips if not e.startswith(f"10.{self.n}.") or e in keep]
                return {"blocked_ips": [*kept, entry]}

            self.patch_with_retry(self.shared_id, add)
            self.shared_added = [*self.shared_added[-4:], entry]
        else:
            device = f"soak-{self.n}-{self.rng.randrange(5)}"
            self.call("POST", "/devices", (200, 201), json={
                "device_id": device, "hostname": f"host{self.n}", "profile_name": "soak"})
            self.devices.add(device)
            if self.rng.random() < 0.5:
                self.call("POST", f"/devices/{device}/disable", (200,))

    def run(self, until: float) -> None:
        i = 0
        while time.monotonic() < until:
            try:
                self.step(i)
            except requests.RequestException as exc:
                with self.stats.lock:
                    self.stats.unexpected.append(f"transport: {type(exc).__name__}: {exc}")
            i += 1

    def lost(self) -> list[str]:
        """What this client wrote last that the server no longer shows."""
        problems = []
        own = self.http.get(f"{self.url}/tokens/{self.own_id}", timeout=TIMEOUT).json()
        if own["organization_name"] != self.own_name:
            problems.append(f"client {self.n}: own token shows {own['organization_name']!r}, "
                            f"last written {self.own_name!r}")
        shared = self.http.get(f"{self.url}/tokens/{self.shared_id}", timeout=TIMEOUT).json()
        missing = [e for e in self.shared_added if e not in shared["blocked_ips"]]
        if missing:
            problems.append(f"client {self.n}: shared token lost {missing}")
        for device in self.devices:
            r = self.http.get(f"{self.url}/devices/{device}", timeout=TIMEOUT)
            if r.status_code != 200:
                problems.append(f"client {self.n}: device {device} is {r.status_code}")
        return problems


def start_server(db_url: str, home: Path) -> tuple[subprocess.Popen[str], str, str]:
    """Issue an admin key with `admin-token` (works on any database, empty or not), then
    start `serve` on a free port; return the process, its URL and the key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "COMPLIANCE_"))}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    issued = subprocess.run([*RUN, "admin-token", "--db", db_url, "--org-name", "Soak",
                             "--org-id", "soak-admin"], env=env, capture_output=True,
                            text=True, timeout=120)
    if issued.returncode != 0:
        raise SystemExit(f"soak: {issued.stderr.strip()}")
    key = issued.stdout.strip()
    proc = subprocess.Popen([*RUN, "serve", "--port", "0", "--db", db_url], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    url = None
    deadline = time.monotonic() + 60
    while url is None and time.monotonic() < deadline:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            break
        if line.startswith("serving on "):
            url = line.split()[-1]
    # Keep reading its output (uvicorn's access log goes to stdout): a full pipe would stall
    # the server's event loop mid-write and look exactly like a hang.
    threading.Thread(target=_drain, args=(proc.stdout,), daemon=True).start()
    if url is None:
        proc.kill()
        raise SystemExit("soak: the server did not start")
    return proc, url, key


def _drain(stream: Any) -> None:
    for _line in stream:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--db", metavar="URL", help="database URL (default: SQLite in a temp "
                        "directory); a throw-away one: tokens and devices are added to it")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        home = Path(tmp)
        db_url = args.db or f"sqlite:///{home / 'soak.db'}"
        proc, url, key = start_server(db_url, home)
        try:
            stats = Stats()
            setup = Client(-1, url, key, stats, 0)
            shared = setup.call("POST", "/tokens", (201,), json={
                "organization_name": "Shared", "organization_id": "shared"}).json()["id"]
            clients = [Client(n, url, key, stats, shared) for n in range(args.clients)]
            for c in clients:
                c.setup()
            started = time.monotonic()
            until = started + args.seconds
            threads = [threading.Thread(target=c.run, args=(until,)) for c in clients]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - started
            lost = [p for c in clients for p in c.lost()]
        finally:
            proc.send_signal(signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=20)
            if proc.poll() is None:
                proc.kill()

    lat = sorted(stats.latencies)
    p50 = statistics.median(lat) * 1000 if lat else 0.0
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0.0
    errors5xx = sum(n for s, n in stats.statuses.items() if s >= 500)
    backend = db_url.split(":", 1)[0]
    print(f"soak {backend}: {args.clients} clients, {elapsed:.0f} s, {len(lat)} requests "
          f"({len(lat) / elapsed:.0f}/s), p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"5xx {errors5xx}, 412 retries {stats.conflicts}, "
          f"writes {sum(c.writes for c in clients)}, lost updates {len(lost)}, "
          f"unexpected {len(stats.unexpected)}")
    print("statuses: " + ", ".join(f"{s}: {n}" for s, n in sorted(stats.statuses.items())))
    for line in [*lost, *stats.unexpected][:20]:
        print("  " + line)
    return 1 if errors5xx or lost or stats.unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
