"""Startup: whole-process wall time of ``compliance-client --smoke`` (offscreen, with a saved
profile) against a bare PySide6 script that shows an empty QMainWindow and quits.

Goal: ratio of the medians <= 1.25. Usage: ``python bench/startup.py [--runs N]``.

Each run's CPU time (user + system, from ``wait4``) is printed beside its wall time: on a
machine shared with other work the wall time also counts the waits for a core, and the CPU
ratio tells whether a change of the wall ratio is the app's or the machine's.

The package is byte-compiled first: an installed app (wheel or frozen) runs from bytecode,
and with PYTHONDONTWRITEBYTECODE set (as on the CI machines) every run would otherwise
compile our modules from source again, a cost no user pays.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, alternate, cli_path, median, result, spread, user_dirs

GOAL = 1.25
TIMEOUT_S = 30.0

BARE = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str], cpu: list[float]) -> float:
    """The wall time of one run of ``command``; its CPU time is appended to ``cpu``."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            raise
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4, not by Popen
        if proc.returncode != 0:
            errors.seek(0)
            text = errors.read().decode(errors="replace")
            raise RuntimeError(f"{command[-1]} exited {proc.returncode}: {text[-500:]}")
    cpu.append(usage.ru_utime + usage.ru_stime)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "compliance_client", quiet=1)
    with user_dirs() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        # A saved profile, the way a user makes one (no token: --smoke never reads it).
        subprocess.run([*cli_path(), "profile", "set", "--name", "Work", "--url",
                        "http://127.0.0.1:8765"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=TIMEOUT_S)
        bare_script = home / "bare_window.py"
        bare_script.write_text(BARE, encoding="utf-8")
        bare_cmd = [sys.executable, str(bare_script)]
        smoke_cmd = [*cli_path(), "--smoke"]
        base_cpu: list[float] = []
        smoke_cpu: list[float] = []
        base, smoke = alternate(lambda: timed(bare_cmd, env, base_cpu),
                                lambda: timed(smoke_cmd, env, smoke_cpu), args.runs)
        # The warm-up pair is not recorded: its CPU times are the first of each list.
        base_cpu, smoke_cpu = base_cpu[-len(base):], smoke_cpu[-len(smoke):]
    ratio = median(smoke) / median(base)
    print(f"bare QMainWindow:           {spread(base)}")
    print(f"compliance-client --smoke:  {spread(smoke)}")
    print(f"CPU time, bare:             {spread(base_cpu)}")
    print(f"CPU time, --smoke:          {spread(smoke_cpu)}")
    print(f"CPU ratio (median/median):  {median(smoke_cpu) / median(base_cpu):.2f}")
    print(f"ratio (median/median):      {ratio:.2f}  (goal <= {GOAL})")
    result("startup", f"{ratio:.2f}x ({median(smoke) * 1000:.0f} vs "
           f"{median(base) * 1000:.0f} ms)", f"<= {GOAL}x", ratio <= GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
