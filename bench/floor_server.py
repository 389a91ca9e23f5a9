"""The floor of bench/server.py: a bare FastAPI app answering ``{"ok": true}``, served the
way ``compliance-client serve`` serves the token server (cli/server_cmds.run_serve): its
logging (``configure_serve_logging``, access log included), its listening socket
(``embedded.bind_socket``) and its uvicorn settings (``embedded.uvicorn_config``: protocol
with header deadlines and connection caps, event loop, HTTP parser). Whatever those cost,
the floor pays too, so a ratio to it is what our own code costs on top.

Usage: ``python bench/floor_server.py PORT`` (serves on 127.0.0.1 until terminated).
"""

from __future__ import annotations

import sys


def main() -> int:
    import uvicorn
    from fastapi import FastAPI

    from compliance_client.server.embedded import bind_socket, uvicorn_config
    from compliance_client.server.logging_setup import configure_serve_logging

    port = int(sys.argv[1])
    app = FastAPI()

    @app.get("/")
    async def floor() -> dict[str, bool]:
        return {"ok": True}

    sock = bind_socket("127.0.0.1", port)
    try:
        configure_serve_logging()
        uvicorn.Server(uvicorn_config(app, log_config=None)).run(sockets=[sock])
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
