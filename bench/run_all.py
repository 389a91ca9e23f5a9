"""Run every benchmark (each in its own process) and end with one line per figure:
name, figure, goal, met or not met. Exit status 0 when all ran (met or not), 1 when one
failed to run. Usage: ``python bench/run_all.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import RESULT_PREFIX, machine

HERE = Path(__file__).resolve().parent

# (script, arguments, time limit in seconds); about 15 minutes here in all.
BENCHES: tuple[tuple[str, list[str], int], ...] = (
    ("startup.py", [], 120),
    ("server.py", [], 200),
    ("workers.py", [], 150),
    ("grid.py", [], 330),
    ("responsive.py", [], 150),
    ("hostile_input.py", [], 150),
    ("filters.py", [], 420),
    ("scale.py", [], 300),
)
QUICK = {"startup.py": ["--runs", "10"], "server.py": ["--runs", "10", "--seconds", "1"],
         "grid.py": ["--tokens", "20000", "--runs", "10"],
         "responsive.py": ["--delay", "1", "--tokens", "2000"],
         "hostile_input.py": ["--runs", "5"],
         "filters.py": ["--tokens", "20000", "--runs", "3", "--seconds", "1"],
         "workers.py": ["--runs", "3", "--seconds", "1"],
         "scale.py": ["--tokens", "200000", "--small", "20000", "--runs", "3",
                      "--grid-runs", "3"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="smaller sizes, for trying the benches out (not the goals' sizes)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    results: list[dict[str, object]] = []
    failed = False
    started = time.monotonic()
    for script, extra, limit in BENCHES:
        argv = [sys.executable, str(HERE / script), *(QUICK[script] if args.quick else extra)]
        print(f"== {script}", flush=True)
        try:
            proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=limit,
                                  check=False)
        except subprocess.TimeoutExpired:
            print(f"{script}: did not finish within {limit} s", flush=True)
            results.append({"name": script, "figure": "timed out", "goal": "-", "met": False})
            failed = True
            continue
        for line in proc.stdout.splitlines():
            if line.startswith(RESULT_PREFIX):
                results.append(json.loads(line[len(RESULT_PREFIX):]))
            else:
                print("   " + line, flush=True)
        if proc.returncode != 0:
            failed = True
            print(f"{script}: exit status {proc.returncode}\n{proc.stderr[-2000:]}", flush=True)
            results.append({"name": script, "figure": "failed", "goal": "-", "met": False})
    m = machine()
    print(f"\nmachine: {m['nproc']} CPUs, {m['cpu']}, Python {m['python']}, "
          f"PySide6 {m['pyside6']}; {time.monotonic() - started:.0f} s in all"
          + (" (--quick sizes)" if args.quick else ""))
    width = max(len(str(r["name"])) for r in results)
    for r in results:
        print(f"{r['name']!s:{width}}  {r['figure']}  goal {r['goal']}  "
              f"{'met' if r['met'] else 'NOT MET'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
