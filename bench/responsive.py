"""Responsive: the app's main window against a token server that takes 3 s to answer every
request, while it connects (tokens.self), opens the API tokens page and loads 5,000 rows by
scrolling to the end. Measured: the largest gap between ticks of a 10 ms QTimer on the GUI
thread, against the same timer in the 2 s between the window showing and the connecting
(which include the app's one-time warm-up: PySide6's set-up of the Qt namespace alone holds
the GUI thread some 45 ms, once, right after the first frame). Goal: <= 50 ms.

The slow server is a small HTTP server of this file's own (``--serve PORT``), run in a
subprocess on 127.0.0.1 so that its work never shares the app's GIL; it answers
``tokens.self`` and ``tokens.list`` (sorted, paged) from 5,000 synthetic tokens.

Usage: ``python bench/responsive.py [--delay S] [--tokens N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import app_session, free_port, quiet_offscreen_platform, result, user_dirs

GOAL_MS = 50
LIMIT_S = 400.0
ALL_IDS = ["endpoints.list", "tokens.self", "tokens.list", "tokens.read", "tokens.create",
           "tokens.update", "tokens.regenerate", "tokens.delete", "devices.register",
           "devices.list", "devices.read", "devices.disable", "devices.enable", "audit.read"]


# ---- the slow server (subprocess) --------------------------------------------------------


def _token(n: int) -> dict[str, Any]:
    return {"id": n, "organization_name": f"Slow {n:05}", "organization_id": f"slow-{n:05}",
            "key_prefix": f"cct_{n:08x}", "allowed_endpoints": ["devices.*"] if n % 3 else [],
            "blocked_endpoints": [], "allowed_ips": [],
            "blocked_ips": ["10.0.0.0/8"] if n % 2 else [],
            "expires_at": None, "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z", "last_used_at": None,
            "last_used_ip": None, "version": 1}


def serve(port: int, delay: float, count: int) -> None:
    tokens = [_token(n) for n in range(1, count + 1)]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            time.sleep(delay)
            url = urlsplit(self.path)
            if url.path == "/api/v1/tokens/self":
                body: Any = {"token": tokens[0], "effective_endpoints": ALL_IDS,
                             "client_address": "127.0.0.1"}
            elif url.path == "/api/v1/tokens":
                query = parse_qs(url.query)
                offset = int(query.get("offset", ["0"])[0])
                limit = int(query.get("limit", ["50"])[0])
                body = {"items": tokens[offset:offset + limit], "total": len(tokens)}
            elif url.path == "/api/v1/health":
                body = {"status": "ok"}
            else:
                self._send(404, {"error": "not_found", "detail": "Not in this bench."})
                return
            self._send(200, body)

        def _send(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", '"1"')
            self.end_headers()
            self.wfile.write(data)

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


# ---- the app side ------------------------------------------------------------------------


def run_app(url: str, count: int) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from compliance_client.ui.app import create_application
    from compliance_client.ui.main_window import MainWindow
    from compliance_client.ui.pages import page_factories

    app = create_application()
    quiet_offscreen_platform()
    session = app_session(url, "cct_not-checked", "Slow")
    window = MainWindow(session, page_factories())
    window.resize(1200, 720)
    window.start()  # as the app does: the window up, its pages prepared in idle time

    clock = QElapsedTimer()
    clock.start()
    gaps: list[tuple[int, str]] = []
    phase = ["idle"]
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append((now - last[0], phase[0]))
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    loop = QEventLoop()
    deadline = time.monotonic() + LIMIT_S
    state: dict[str, Any] = {}

    def step() -> None:
        """A small state machine, polled every 20 ms: connect, open the page, scroll."""
        if time.monotonic() > deadline:
            state["timeout"] = phase[0]
            loop.quit()
            return
        if phase[0] == "idle" and clock.elapsed() > 2000:
            phase[0] = "connecting"
            state["connect_start"] = time.perf_counter()
            session.reload()
        elif phase[0] == "connecting" and session.may("tokens.list"):
            state["connected"] = time.perf_counter() - state["connect_start"]
            phase[0] = "loading"
            window.show_page("tokens")
        elif phase[0] == "loading":
            page = window.pages["tokens"]
            page.table.scrollToBottom()
            if page.model.rowCount() >= count and not page.model.is_fetching():
                state["loaded"] = time.perf_counter() - state["connect_start"]
                loop.quit()

    poller = QTimer()
    poller.setInterval(20)
    poller.timeout.connect(step)
    poller.start()
    loop.exec()
    poller.stop()
    ticker.stop()
    rows = window.pages["tokens"].model.rowCount() if "loaded" in state else 0
    window.close()
    app.processEvents()
    if "timeout" in state:
        raise TimeoutError(f"gave up after {LIMIT_S:.0f} s while {state['timeout']}")
    idle = [g for g, p in gaps[1:] if p == "idle"]
    busy = [g for g, p in gaps if p != "idle"]
    return {"idle_max": max(idle), "max": max(busy), "ticks": len(busy), "rows": rows,
            "over": sum(g > GOAL_MS for g in busy), **state}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=3.0)
    parser.add_argument("--tokens", type=int, default=5000)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.delay, args.tokens)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port), "--delay",
                               str(args.delay), "--tokens", str(args.tokens)])
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_listening(port)
        with user_dirs():
            out = run_app(url, args.tokens)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"server answers after {args.delay:.1f} s; connected in {out['connected']:.1f} s, "
          f"{out['rows']:,} rows loaded {out['loaded']:.1f} s after start")
    print(f"largest gap between 10 ms ticks: {out['max']} ms over {out['ticks']} ticks "
          f"({out['over']} over {GOAL_MS} ms); the 2 s after the window showed (its one-time "
          f"warm-up included): {out['idle_max']} ms")
    result("responsive", f"{out['max']} ms (idle {out['idle_max']} ms)", f"<= {GOAL_MS} ms",
           out["max"] <= GOAL_MS)
    return 0


def _wait_listening(port: int) -> None:
    import socket

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("the slow server did not start")


if __name__ == "__main__":
    sys.exit(main())
