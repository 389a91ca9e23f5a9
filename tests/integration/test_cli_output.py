"""What the CLI prints for people (ARCHITECTURE §7): text from the server never reaches the terminal
raw. Control characters (Unicode Cc), lone surrogates and bidirectional controls in an
organization name, a host name or an error are shown escaped in every human table."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from compliance_client.cli.common import fail, print_table, shown
from compliance_client.cli.device_cmds import _print_device
from compliance_client.cli.tokens_cmds import _print_token, print_token_list
from compliance_client.domain.records import Device
from compliance_client.domain.tokens import Token

from ..helpers.cli import ENTRY, isolated_env

HOSTILE = "Evil\x1b[2J\x1b]0;pwned\x07Corp\r\nid  forged line\t\x00\x7f\x9b\u202eevil\ud800"


@pytest.mark.parametrize(("raw", "escaped"), [
    ("plain Acme", "plain Acme"),
    ("Ünïcødé 日本 প্রতিষ্ঠান\u200d", "Ünïcødé 日本 প্রতিষ্ঠান\u200d"),  # ZWJ (Cf) is kept
    ("a\x1b[31mred", "a\\x1b[31mred"),
    ("two\nlines\r", "two\\nlines\\r"),
    ("tab\there", "tab\\there"),
    ("nul\x00 del\x7f csi\x9b", "nul\\x00 del\\x7f csi\\x9b"),
    ("bidi \u202eevil\u2066", "bidi \\u202eevil\\u2066"),
    ("lone \ud800", "lone \\ud800"),
    ("back\\slash", "back\\slash"),
    (None, ""),
    (42, "42"),
])
def test_shown_escapes_every_control_character(raw: object, escaped: str) -> None:
    assert shown(raw) == escaped


def _assert_safe(text: str) -> None:
    for char in text:
        assert char == "\n" or (char.isprintable() or char == " "), repr(char)


def test_every_table_escapes_server_text(capsys: pytest.CaptureFixture[str]) -> None:
    token = Token(id=7, organization_name=HOSTILE, organization_id="evil\x1bid",
                  key_prefix="cct_abcdefgh", allowed_ips=("10.0.0.0/8",),
                  last_used_ip="10.0.0.1\x1b[0m", scope="organization",
                  name="\x1b[2Jname", owner="own\ner", description="two\nlines\x1b[0m")
    print_token_list([token])
    listing = capsys.readouterr().out
    _print_token(token)
    shown_token = capsys.readouterr().out
    _print_device(Device(device_id="dev\x1b[1m", organization_id="org\n2", hostname=HOSTILE,
                         status="active", registered_at=datetime.now(UTC)))
    device = capsys.readouterr().out
    for out in (listing, shown_token, device):
        _assert_safe(out)
        assert "\\x1b[2J" in out
    for out in (shown_token, device):
        assert "\\r\\nid  forged line\\t\\x00\\x7f\\x9b\\u202e" in out
        assert "\\ud800" in out
    # The list cuts long text (escaped first, so an escape is never cut into a raw byte).
    assert len(listing.splitlines()) == 3  # header, rule, one row: no forged line
    assert "Evil\\x1b[2J\\x1b\u2026" in listing and "own\\ner" in listing
    assert "\\x1b[2Jname" in listing
    assert "10.0.0.1\\x1b[0m" in shown_token and "evil\\x1bid" in shown_token
    assert "two\\nlines\\x1b[0m" in shown_token
    assert "dev\\x1b[1m" in device and "org\\n2" in device


def test_columns_line_up_with_escaped_text(capsys: pytest.CaptureFixture[str]) -> None:
    print_table(("a", "b"), [("x\x1by", "1"), ("long text", "2")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == "x\\x1by     1"
    assert lines[3] == "long text  2"


def test_an_error_line_stays_one_escaped_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert fail("the server said: bad\x1b[31m\nsecond line") == 1
    err = capsys.readouterr().err
    assert err == "compliance-client: the server said: bad\\x1b[31m\\nsecond line\n"


def test_tokens_list_escapes_a_hostile_name_from_the_server(live_server, tmp_path: Path
                                                            ) -> None:
    """End to end: a name holding escape sequences sits in the server's database (the API
    refuses such names now, but older rows or another writer may hold them); ``tokens
    list`` and ``tokens show`` print it escaped, ``--json`` passes it through as JSON."""
    from sqlalchemy import update

    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    made = live_server.create_token(organization_name="Placeholder", organization_id="hostile")
    # What the database can hold: no lone surrogate anywhere, no NUL on PostgreSQL.
    stored = HOSTILE.replace("\ud800", "")
    if live_server.db_path is None:
        stored = stored.replace("\x00", "")
    db = Database(live_server.db_url)
    try:
        with db.write() as session:
            session.execute(update(TokenRow).where(TokenRow.id == made["id"])
                            .values(organization_name=stored))
    finally:
        db.dispose()

    env = {**isolated_env(tmp_path), "COMPLIANCE_URL": live_server.url,
           "COMPLIANCE_TOKEN": live_server.admin_key}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        result = subprocess.run([sys.executable, "-c", ENTRY, *args], env=env,
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
                                check=False)
        assert result.returncode == 0, result.stderr
        return result

    for args in (("tokens", "list"), ("tokens", "show", str(made["id"]))):
        out = run(*args).stdout
        assert b"\x1b" not in out and b"\r" not in out and b"\x00" not in out
        assert b"\x07" not in out and "\u202e".encode() not in out
        text = out.decode("utf-8")
        # The list cuts the name to its column; show has it whole.
        whole = "Evil\\x1b[2J\\x1b]0;pwned\\x07Corp\\r\\nid  forged line"
        assert (whole if args[1] == "show" else "Evil\\x1b[2J\\x1b\u2026") in text
        assert "forged line" not in "".join(ln for ln in text.splitlines()
                                            if not ln.lstrip().startswith(("organization",
                                                                           str(made["id"]))))
    data = json.loads(run("tokens", "list", "--json").stdout)
    names = [t["organization_name"] for t in data["items"] if t["id"] == made["id"]]
    assert names == [stored]  # --json is the contract's JSON, as is
