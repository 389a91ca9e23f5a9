"""What every benchmark shares: alternating timed runs, medians, ratios, the result line,
throw-away user directories, a free loopback port and a token server in a subprocess.

The machines these run on are shared and noisy, so a figure is never an absolute time alone:
each benchmark measures a baseline in the same run, alternating baseline and subject so that
a burst of noise hits both, and prints the ratio of the medians with the absolute times
beside it. The last line a benchmark prints starts with ``RESULT`` and is what
``bench/run_all.py`` collects.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULT_PREFIX = "RESULT "


def median(values: list[float]) -> float:
    return statistics.median(values)


def alternate(baseline: Callable[[], float], subject: Callable[[], float], runs: int,
              *, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Run baseline and subject in turn ``runs`` times each (after ``warmup`` unrecorded
    pairs); each callable returns the time it measured, in seconds."""
    for _ in range(warmup):
        baseline()
        subject()
    base: list[float] = []
    subj: list[float] = []
    for i in range(runs):
        # Swap who goes first every other pair, so neither always runs on a warm cache.
        if i % 2:
            subj.append(subject())
            base.append(baseline())
        else:
            base.append(baseline())
            subj.append(subject())
    return base, subj


def rotate(subjects: dict[str, Callable[[], float]], runs: int, *, warmup: int = 1
           ) -> dict[str, list[float]]:
    """``alternate`` for more than two: every round measures each subject once, the order
    turned by one place each round, so that no subject always follows the same one (nor
    always runs first, on a cold cache) and a burst of noise is shared by a whole round.
    Returns each subject's figures in round order, so that round i of two subjects can be
    compared with each other."""
    names = list(subjects)
    for _ in range(warmup):
        for name in names:
            subjects[name]()
    figures: dict[str, list[float]] = {name: [] for name in names}
    for i in range(runs):
        turn = i % len(names)
        for name in names[turn:] + names[:turn]:
            figures[name].append(subjects[name]())
    return figures


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def spread(values: list[float], unit: Callable[[float], str] = ms) -> str:
    """Median with min and max, for the absolute figures printed beside a ratio."""
    return f"median {unit(median(values))} (min {unit(min(values))}, max {unit(max(values))}, "\
           f"n={len(values)})"


def result(name: str, figure: str, goal: str, met: bool, **extra: Any) -> dict[str, Any]:
    """Print the line run_all.py collects, and return it."""
    line = {"name": name, "figure": figure, "goal": goal, "met": met, **extra}
    print(RESULT_PREFIX + json.dumps(line), flush=True)
    return line


@contextmanager
def user_dirs() -> Iterator[Path]:
    """XDG config/data/state/cache under a temp dir, so nothing touches the real home."""
    saved = {k: os.environ.get(k) for k in
             ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        for name in saved:
            path = Path(tmp) / name.lower()
            path.mkdir()
            os.environ[name] = str(path)
        try:
            yield Path(tmp)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def quiet_offscreen_platform() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" warning, printed
    on every page of rows and not about anything the benchmarks measure; keep all others."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def app_session(url: str, key: str, name: str) -> Any:
    """A desktop session on a profile named ``name`` for ``url``, its token held in memory
    (the profile file lives in a temporary folder, removed at exit)."""
    import atexit

    from compliance_client.cli.app_cmds import build_context
    from compliance_client.profile.profiles import Profile, ProfileSet
    from compliance_client.profile.store import ProfileStore
    from compliance_client.ui.testing import make_session

    folder = tempfile.TemporaryDirectory(prefix="cc-bench-profile-")
    atexit.register(folder.cleanup)
    store = ProfileStore(Path(folder.name) / "profiles.json")
    store.save(ProfileSet().with_profile(Profile(name=name, url=url), activate=True))
    session = make_session(build_context(store=store))
    session.use_token_in_memory(key)
    return session


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli_path() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("compliance-client")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "compliance_client.cli"]


class ServerProcess:
    """``compliance-client serve`` on 127.0.0.1 in a subprocess (optionally pinned to CPUs).

    A subprocess, not a thread: a server in the app's own process would compete for its GIL
    and make the GUI look slower than it is for a user whose server is elsewhere.
    """

    def __init__(self, db_url: str, *, cpus: str | None = None, env: dict[str, str] | None = None,
                 command: list[str] | None = None, ready_path: str = "/api/v1/health"
                 ) -> None:
        """``command``: another server to run instead of ``serve`` (its port is appended
        as the last argument); ``ready_path``: what answers 200 once it serves."""
        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.ready_path = ready_path
        if command is not None:
            command = [*command, str(self.port)]
        else:
            command = [*cli_path(), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                       "--db", db_url]
        if cpus is not None:
            command = ["taskset", "-c", cpus, *command]
        # Output to nowhere: an unread pipe would fill with access-log lines and stall it.
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     text=True, env={**os.environ, **(env or {})})

    def wait_ready(self, timeout: float = 30.0) -> str:
        import http.client

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with status {self.proc.returncode}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", self.ready_path)
                if conn.getresponse().status == 200:
                    conn.close()
                    return self.url
                conn.close()
            except OSError:
                pass
            time.sleep(0.05)
        raise TimeoutError("the token server did not answer within 30 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def __enter__(self) -> ServerProcess:
        self.wait_ready()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def issue_admin(db_url: str, name: str = "Bench admins", org_id: str = "bench-admin") -> str:
    from compliance_client.server.bootstrap import issue_admin_token

    return issue_admin_token(db_url, name, org_id)


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:  # pragma: no cover
        pyside = "-"
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"nproc": str(cpus), "cpu": cpu,
            "python": sys.version.split()[0], "pyside6": pyside}
