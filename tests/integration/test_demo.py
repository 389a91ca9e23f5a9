"""``compliance-client demo`` keeps one admin token and one URL across runs (issue 15).

Each test runs the real command (``main(["demo"])``: the embedded server on loopback, the
user's profile file and keyring, here the test's) with only the window replaced: the
stand-in app looks at what the demo left ready (the Demo profile's URL and key) while the
server still runs, as the real window would.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from compliance_client.cli import main
from compliance_client.cli.app_cmds import DEMO_PROFILE
from compliance_client.domain.keys import is_well_formed
from compliance_client.domain.tokens import Token
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import InvalidToken

from ..helpers.keyring_fakes import InMemoryKeyring, RaisingKeyring


@dataclass(frozen=True)
class Seen:
    """What the app found when the demo opened it."""

    url: str
    key: str = field(repr=False)
    token: Token
    tokens: tuple[Token, ...]
    refused: tuple[bool, ...]  # for each key asked about: does the server refuse it?


@pytest.fixture
def demo(user_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Seen]:
    """``demo(*keys)`` runs ``compliance-client demo`` once and returns what its app saw,
    and whether the server refused each of ``keys``."""
    import compliance_client.cli.app_cmds as app_cmds

    seen: list[Seen] = []
    probes: list[str] = []

    def fake_app(*, token_override: str | None = None, context: Any = None,
                 smoke: bool = False) -> int:
        profile = context.store.load().active
        assert profile is not None and profile.name == DEMO_PROFILE
        key = token_override or context.vault.get_token(DEMO_PROFILE)
        with TokenServerClient(profile.url, key) as client:
            token = client.verify().token
            tokens = tuple(client.iter_tokens())
        seen.append(Seen(profile.url, key, token, tokens,
                         tuple(refused(profile.url, k) for k in probes)))
        return 0

    monkeypatch.setattr(app_cmds, "run_app", fake_app)

    def run(*probe_keys: str) -> Seen:
        probes[:] = probe_keys
        assert main(["demo"]) == 0
        return seen[-1]

    return run


def state_file(user_dirs: Path) -> Path:
    return user_dirs / "xdg_data_home" / "compliance-client" / "demo.json"


def refused(url: str, key: str) -> bool:
    try:
        with TokenServerClient(url, key) as client:
            client.verify()
    except InvalidToken:
        return True
    return False


@pytest.fixture
def port_in_use() -> Iterator[Callable[[int], None]]:
    """``port_in_use(port)``: someone else listens on ``port`` until the test ends."""
    held: list[socket.socket] = []

    def take(port: int) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", port))
        sock.listen(1)
        held.append(sock)

    yield take
    for sock in held:
        sock.close()


def test_demo_reuses_its_port_and_its_admin_token(demo: Callable[..., Seen], user_dirs: Path,
                                                  memory_keyring: InMemoryKeyring) -> None:
    first = demo()
    assert is_well_formed(first.key) and first.token.scope == "global"
    assert [t.id for t in first.tokens] == [first.token.id]

    second = demo()
    assert second.url == first.url  # profiles from the last run still reach it
    assert second.key == first.key
    assert [t.id for t in second.tokens] == [first.token.id]  # no second admin token

    # The state beside the demo database names the port and the token, never the key.
    state = json.loads(state_file(user_dirs).read_text(encoding="utf-8"))
    assert state == {"port": int(first.url.rsplit(":", 1)[1]), "token_id": first.token.id}


def test_a_lost_key_is_regenerated_not_minted_again(demo: Callable[..., Seen],
                                                    memory_keyring: InMemoryKeyring) -> None:
    first = demo()
    memory_keyring.passwords.clear()  # the keyring lost the Demo profile's key

    second = demo()
    assert second.token.id == first.token.id
    assert [t.id for t in second.tokens] == [first.token.id]
    assert second.key != first.key
    assert second.token.key_prefix == second.key[:12]
    third = demo(first.key)  # the new key was stored: reused as it is
    assert third.key == second.key and len(third.tokens) == 1
    assert third.refused == (True,)  # the lost key no longer works


def test_without_a_keyring_the_same_token_gets_a_new_key_each_run(
        demo: Callable[..., Seen], install_keyring: Callable[[Any], Any],
        capsys: pytest.CaptureFixture[str]) -> None:
    install_keyring(RaisingKeyring(lambda _password: RuntimeError("no keyring here")))
    first = demo()
    second = demo()
    assert second.token.id == first.token.id and len(second.tokens) == 1
    assert second.key != first.key
    err = capsys.readouterr().err
    assert "kept in memory for this run only" in err
    assert first.key not in err and second.key not in err


def test_a_deleted_demo_token_is_replaced_by_one_new_token(
        demo: Callable[..., Seen], memory_keyring: InMemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = demo()
    # The admin deletes the demo's token in the app (after adding another admin token, as
    # the server refuses to delete its last administrator).
    import compliance_client.cli.app_cmds as app_cmds

    stand_in = app_cmds.run_app

    def delete_own_token(**kwargs: Any) -> int:
        stand_in(**kwargs)
        context = kwargs["context"]
        url = context.store.load().active.url
        with TokenServerClient(url, context.vault.get_token(DEMO_PROFILE)) as client:
            spare = client.create_token(organization_name="Spare", organization_id="spare",
                                        scope="global")
        with TokenServerClient(url, spare.key) as client:
            client.delete_token(first.token.id)
        return 0

    monkeypatch.setattr(app_cmds, "run_app", delete_own_token)
    demo()
    monkeypatch.setattr(app_cmds, "run_app", stand_in)

    again = demo()
    assert again.token.id != first.token.id
    assert sorted(t.organization_id for t in again.tokens) == ["demo", "spare"]
    assert demo().token.id == again.token.id


def test_a_taken_port_moves_the_demo_and_its_profile(
        demo: Callable[..., Seen], user_dirs: Path, memory_keyring: InMemoryKeyring,
        port_in_use: Callable[[int], None], capsys: pytest.CaptureFixture[str]) -> None:
    first = demo()
    old_port = int(first.url.rsplit(":", 1)[1])
    port_in_use(old_port)
    capsys.readouterr()

    moved = demo()  # the stand-in app reached the server through the Demo profile's URL
    new_port = int(moved.url.rsplit(":", 1)[1])
    assert new_port != old_port
    assert moved.token.id == first.token.id and len(moved.tokens) == 1
    assert f"port {old_port} is in use" in capsys.readouterr().err
    state = json.loads(state_file(user_dirs).read_text(encoding="utf-8"))
    assert state["port"] == new_port
    assert demo().url == moved.url  # and stays there


def test_a_damaged_state_file_is_ignored_and_rewritten(demo: Callable[..., Seen], user_dirs: Path,
                                           memory_keyring: InMemoryKeyring) -> None:
    first = demo()
    state_file(user_dirs).write_text("{not json", encoding="utf-8")
    second = demo()  # the key in the keyring still names the token
    assert second.token.id == first.token.id and len(second.tokens) == 1
    state = json.loads(state_file(user_dirs).read_text(encoding="utf-8"))
    assert state["token_id"] == first.token.id


def test_demo_without_gui_serves_on_the_remembered_port(tmp_path: Path) -> None:
    """The real command line in a process of its own: ``demo --no-gui`` twice, same URL."""
    import subprocess
    import sys

    from ..helpers.cli import ENTRY, isolated_env

    env = isolated_env(tmp_path)

    def served_url() -> str:
        proc = subprocess.Popen([sys.executable, "-c", ENTRY, "demo", "--no-gui"], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
        finally:
            proc.terminate()
            proc.communicate(timeout=30)
        assert line.startswith("Demo token server listening on http://127.0.0.1:"), line
        return line.split()[5]

    assert served_url() == served_url()
