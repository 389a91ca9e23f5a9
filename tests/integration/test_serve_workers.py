"""`compliance-client serve --workers 2` as a user runs it: a subprocess on a free loopback
port, on SQLite (a file, WAL) and on PostgreSQL when COMPLIANCE_TEST_PG_URL is set.

What must hold (issue 20, DESIGN §10 and §11):

* both worker processes really serve: the server's connections are held by two different
  child processes of `serve` (read from /proc: which process owns which socket), and the
  requests made on those connections get answers;
* the failed-authentication throttle counts across workers: 200 parallel bad keys from one
  address, sent on connections of both workers, get exactly ``throttle.LIMIT`` 401s and
  429s after that, and the address is then blocked on both workers;
* the usage counters add up across workers: every request made, allowed or denied, shows
  up exactly once in ``tokens.usage`` after the server stops, whether it is stopped by
  Ctrl+C (SIGINT to the whole process group), by SIGTERM to `serve` alone (``kill``,
  a container stop) or by SIGTERM to every process (systemd's default); one process (the
  default, ``--workers 1``) writes its counters on SIGTERM too;
* ``--workers`` refuses 0, a word and too many, naming the option and the range.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from compliance_client.domain.keys import generate_key
from compliance_client.server import throttle
from compliance_client.server.embedded import EmbeddedServer

from ..helpers.live_server import TIMEOUT
from ..helpers.serve import RUN, START_TIMEOUT_S, ServeProcess, serve_env, start_serve

HAS_PROC = Path("/proc/net/tcp").exists()
needs_proc = pytest.mark.skipif(not HAS_PROC, reason="reads sockets' owners from /proc")


# ---- a serve process with workers, and who holds its connections ---------------------------


def start_workers(db_url: str, home: Path, workers: int = 2) -> ServeProcess:
    """`serve --workers N` in its own process group; returns once it answers ("serving on"
    comes only once every worker serves)."""
    return start_serve(db_url, home, options=("--workers", str(workers)), own_group=True,
                       timeout=START_TIMEOUT_S * 2)  # N interpreters start


def stop(server: ServeProcess, sig: int, *, group: bool) -> tuple[int, str]:
    """Send ``sig`` to `serve` (or its whole process group); return exit status, stderr."""
    server.http.close()
    if group:
        os.killpg(server.proc.pid, sig)
    else:
        server.proc.send_signal(sig)
    try:
        status = server.proc.wait(timeout=60)
    finally:
        if server.proc.poll() is None:
            os.killpg(server.proc.pid, signal.SIGKILL)
            server.proc.wait(timeout=10)
    for thread in server._drains:
        thread.join(timeout=10)
    return status, "".join(server.err)


@contextmanager
def serving(db_url: str, home: Path, workers: int = 2) -> Iterator[ServeProcess]:
    """A server stopped (SIGKILL to the group) at the end if the test did not stop it."""
    server = start_workers(db_url, home, workers)
    try:
        yield server
    finally:
        if server.proc.poll() is None:
            os.killpg(server.proc.pid, signal.SIGKILL)
            server.proc.wait(timeout=10)


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended meanwhile
            # pid (comm) state ppid ...: comm may hold spaces and parentheses.
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _socket_inodes(pid: int) -> set[int]:
    inodes = set()
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return inodes
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    return inodes


def _server_side(port: int) -> dict[int, int]:
    """Established TCP connections whose local end is ``port``: inode -> remote port."""
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, state, inode = fields[1], fields[2], fields[3], int(fields[9])
            if state == "01" and int(local.rsplit(":", 1)[1], 16) == port:
                found[inode] = int(remote.rsplit(":", 1)[1], 16)
    return found


def owner_by_client_port(server: ServeProcess) -> dict[int, int]:
    """For each open connection to the server: the client's port -> the worker's pid."""
    port = int(server.url.rsplit(":", 1)[1])
    connections = _server_side(port)
    owners = {}
    for child in children(server.proc.pid):
        for inode in _socket_inodes(child) & connections.keys():
            owners[connections[inode]] = child
    return owners


class Connection:
    """One keep-alive connection to the server (http.client: its socket, hence its local
    port, is the one every request goes over; a pooled requests session hides it)."""

    def __init__(self, url: str) -> None:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        self.conn = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)

    def get(self, path: str, key: str | None = None) -> tuple[int, dict[str, Any], str]:
        """GET /api/v1 + ``path``: status, JSON body, Retry-After (or "")."""
        headers = {} if key is None else {"Authorization": f"Bearer {key}"}
        self.conn.request("GET", f"/api/v1{path}", headers=headers)
        reply = self.conn.getresponse()
        body = json.loads(reply.read() or b"{}")
        return reply.status, body, reply.getheader("Retry-After") or ""

    @property
    def local_port(self) -> int:
        assert self.conn.sock is not None, "no request made yet"
        return int(self.conn.sock.getsockname()[1])

    def close(self) -> None:
        self.conn.close()


def connections_on_both_workers(server: ServeProcess, at_least: int,
                                ) -> tuple[list[Connection], list[int]]:
    """Open keep-alive connections (one /health each: no key, counted nowhere) until both
    workers hold some and there are ``at_least``; return them and the worker holding each."""
    opened: list[Connection] = []
    owners: list[int] = []
    while len(opened) < 200:
        conn = Connection(server.url)
        assert conn.get("/health")[0] == 200
        opened.append(conn)
        owners.append(owner_by_client_port(server)[conn.local_port])
        if len(opened) >= at_least and len(set(owners)) >= 2:
            return opened, owners
    raise AssertionError(f"200 connections, all held by {set(owners)}")


def _create(server: ServeProcess, admin: str, **fields: Any) -> dict[str, Any]:
    from tests.secrets_plugin import record_key

    r = server.call("POST", "/tokens", admin, json={"organization_name": "Acme",
                                                    "organization_id": "acme", **fields})
    assert r.status_code == 201, r.text
    record_key(r.json()["key"])
    return r.json()


def stored_usage(db_url: str, token_id: int, admin: str) -> dict[str, Any]:
    """tokens.usage as an administrator sees it, from a fresh server on the same database
    (which has counted nothing itself: every number comes from the stopped workers)."""
    with EmbeddedServer(db_url) as fresh:
        r = requests.get(f"{fresh.url}/api/v1/tokens/{token_id}/usage?days=1",
                         headers={"Authorization": f"Bearer {admin}"}, timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    return dict(r.json())


# ---- tests ---------------------------------------------------------------------------------

STOPS = {
    "ctrl-c": (signal.SIGINT, True, 1),  # a terminal sends SIGINT to the whole group
    "kill": (signal.SIGTERM, False, -signal.SIGTERM),  # `kill PID`, a container stop
    "systemd": (signal.SIGTERM, True, -signal.SIGTERM),  # KillMode=control-group
}


@needs_proc
@pytest.mark.parametrize("how", list(STOPS))
def test_requests_over_both_workers_are_counted_exactly_once(
        db_url: str, tmp_path: Path, how: str) -> None:
    sig, group, expected_status = STOPS[how]
    with serving(db_url, tmp_path) as server:
        admin = server.admin_key
        assert admin is not None
        token = _create(server, admin, allowed_endpoints=["tokens.self"])
        key = token["key"]
        conns, owners = connections_on_both_workers(server, at_least=6)
        workers = set(owners)
        assert len(workers) == 2 and server.proc.pid not in workers
        assert workers <= children(server.proc.pid)

        def use(conn: Connection) -> tuple[int, int]:
            ok = sum(conn.get("/tokens/self", key)[0] == 200 for _ in range(10))
            no = sum(conn.get("/tokens", key)[0] == 403 for _ in range(3))
            return ok, no

        with ThreadPoolExecutor(len(conns)) as pool:
            done = list(pool.map(use, conns))
        allowed, denied = sum(d[0] for d in done), sum(d[1] for d in done)
        assert (allowed, denied) == (10 * len(conns), 3 * len(conns))
        # Every request went over a connection that stayed with its worker all along.
        still = owner_by_client_port(server)
        assert [still[c.local_port] for c in conns] == owners
        for conn in conns:
            conn.close()
        status, err = stop(server, sig, group=group)
    assert status == expected_status, err
    assert "Traceback" not in err, err
    assert admin not in err and key not in err
    usage = stored_usage(db_url, token["id"], admin)
    assert [(d["allowed"], d["denied"]) for d in usage["days"]] == [(allowed, denied)]
    assert {e["id"]: e["requests"] for e in usage["endpoints"]} == {
        "tokens.self": allowed, "tokens.list": denied}
    assert [(a["address"], a["requests"]) for a in usage["addresses"]] == [
        ("127.0.0.1", allowed + denied)]


def test_one_process_writes_its_counters_on_sigterm(db_url: str, tmp_path: Path) -> None:
    """The default, one process: uvicorn stops gracefully on SIGTERM, then the counters not
    written yet are (they used to be lost: SIGTERM's default action skips atexit)."""
    with serving(db_url, tmp_path, workers=1) as server:
        admin = server.admin_key
        assert admin is not None
        token = _create(server, admin)
        for _ in range(7):
            assert server.call("GET", "/tokens/self", token["key"]).status_code == 200
        assert not HAS_PROC or not children(server.proc.pid)  # it serves itself
        status, err = stop(server, signal.SIGTERM, group=False)
    assert status == -signal.SIGTERM and "Traceback" not in err, err
    usage = stored_usage(db_url, token["id"], admin)
    assert [(d["allowed"], d["denied"]) for d in usage["days"]] == [(7, 0)]


@needs_proc
def test_throttle_is_exact_across_workers(db_url: str, tmp_path: Path) -> None:
    with serving(db_url, tmp_path) as server:
        admin = server.admin_key
        assert admin is not None
        # 40 connections held by both workers (the last one opened is the first the second
        # worker took, if it took none of the first 40).
        opened, held_by = connections_on_both_workers(server, at_least=40)
        for conn in opened[:-40]:
            conn.close()
        conns, owners = opened[-40:], held_by[-40:]
        assert len(set(owners)) == 2, owners
        barrier = threading.Barrier(40)

        def attempt(conn: Connection) -> list[tuple[int, dict[str, Any], str]]:
            barrier.wait()
            return [conn.get("/tokens/self", generate_key()) for _ in range(5)]

        with ThreadPoolExecutor(40) as pool:
            answers = [a for batch in pool.map(attempt, conns) for a in batch]
        statuses = [status for status, _body, _retry in answers]
        assert statuses.count(401) == throttle.LIMIT, statuses
        assert statuses.count(429) == 200 - throttle.LIMIT, statuses
        for status, body, retry_after in answers:
            assert body["error"] == ("invalid_token" if status == 401 else "too_many_attempts")
            if status == 429:
                assert 1 <= int(retry_after) <= throttle.BLOCK.total_seconds()
        # The address is blocked on both workers, even with a good key.
        for pid in set(owners):
            status, body, _retry = conns[owners.index(pid)].get("/tokens/self", admin)
            assert (status, body["error"]) == (429, "too_many_attempts")
        for conn in conns:
            conn.close()
        status, err = stop(server, signal.SIGINT, group=True)
    assert status == 1 and "Traceback" not in err, err


@pytest.mark.parametrize("value", ["0", "two", "100000", "-1"])
def test_workers_must_be_a_sane_number(tmp_path: Path, value: str) -> None:
    result = subprocess.run([*RUN, "serve", "--port", "0", "--workers", value,
                             "--db", f"sqlite:///{tmp_path / 'never.db'}"],
                            env=serve_env(tmp_path), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("compliance-client serve: error: argument --workers: "), last
    assert "give 1 to" in last or "from 1 to" in last, last
    assert not (tmp_path / "never.db").exists()  # refused before anything was opened


@needs_proc
def test_a_worker_that_dies_is_replaced(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    with serving(db_url, tmp_path) as server:
        first = connections_on_both_workers(server, at_least=2)
        workers = set(first[1])
        for conn in first[0]:
            conn.close()
        victim = min(workers)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            # It still answers meanwhile (the other worker), and then on two workers again.
            assert requests.get(f"{server.url}/api/v1/health", timeout=TIMEOUT).ok
            try:
                conns, owners = connections_on_both_workers(server, at_least=2)
                break
            except AssertionError:
                assert time.monotonic() < deadline, "no second worker again"
        for conn in conns:
            conn.close()
        assert victim not in owners and len(set(owners) - workers) == 1
        status, err = stop(server, signal.SIGTERM, group=False)
    assert status == -signal.SIGTERM, err
    assert f"worker 1 (process {victim})" in err or f"worker 2 (process {victim})" in err
    assert "starting another" in err and "Traceback" not in err


@needs_proc
def test_workers_stop_and_write_their_counters_when_serve_is_killed(tmp_path: Path) -> None:
    """`serve` killed outright (SIGKILL: no handler runs): its workers see their pipe
    close, stop gracefully and write their counters; none goes on serving unsupervised."""
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    with serving(db_url, tmp_path) as server:
        admin = server.admin_key
        assert admin is not None
        token = _create(server, admin)
        conns, owners = connections_on_both_workers(server, at_least=2)
        for conn in conns:
            assert conn.get("/tokens/self", token["key"])[0] == 200
            conn.close()
        workers = set(owners)
        os.kill(server.proc.pid, signal.SIGKILL)
        server.proc.wait(timeout=10)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() for pid in workers):
            assert time.monotonic() < deadline, "workers outlived serve"
            time.sleep(0.1)
    usage = stored_usage(db_url, token["id"], admin)
    assert [(d["allowed"], d["denied"]) for d in usage["days"]] == [(len(conns), 0)]


def test_a_worker_accepts_one_connection_per_turn() -> None:
    """What spreads a burst of connections over the workers (workers.TakeTurnsSocket): after
    each connection it takes, a worker's socket says "no more" once, so its event loop goes
    back to waiting, where the other workers have their turn."""
    import socket

    from compliance_client.server.workers import TakeTurnsSocket

    listening = socket.create_server(("127.0.0.1", 0))
    sock = TakeTurnsSocket.take_over(listening)
    sock.setblocking(False)
    clients = [socket.create_connection(sock.getsockname()[:2]) for _ in range(3)]
    try:
        time.sleep(0.1)  # all three wait in the accept queue
        taken = []
        for _turn in range(3):
            conn, _address = sock.accept()
            taken.append(conn)
            with pytest.raises(BlockingIOError):
                sock.accept()  # the end of this turn, though two more are waiting
        assert len(taken) == 3
        for conn in taken:
            conn.close()
    finally:
        for client in clients:
            client.close()
        sock.close()


def test_retry_after_never_announces_more_than_the_block() -> None:
    """A request that read the clock before the one that set the block (it then waited for
    the write lock, or ran in another worker) is told at most the block's length."""
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    block_s = int(throttle.BLOCK.total_seconds())
    assert throttle.wait_seconds(now + throttle.BLOCK + timedelta(seconds=0.4), now) == block_s
    assert throttle.wait_seconds(now + timedelta(seconds=0.2), now) == 1
    assert throttle.wait_seconds(now, now) is None


def test_a_worker_that_cannot_start_stops_them_all() -> None:
    """The parent checks the database before it starts workers; should a worker still fail
    (here: a database no worker can share), the server stops, naming the worker and why,
    rather than run on fewer workers or restart it forever."""
    from compliance_client.server.embedded import bind_socket
    from compliance_client.server.workers import Supervisor, WorkerOptions, WorkerStartError

    sock = bind_socket("127.0.0.1", 0)
    started = time.monotonic()
    try:
        with pytest.raises(WorkerStartError, match=r"worker \d stopped before it served"):
            Supervisor(WorkerOptions("sqlite:///:memory:"), sock, 2).run(
                on_ready=lambda: pytest.fail("no worker can serve"))
    finally:
        sock.close()
    assert time.monotonic() - started < 30
