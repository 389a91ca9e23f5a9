"""Admin hygiene on the command line (issue 18, DESIGN §11, ARCHITECTURE §12), run as
subprocesses against the real server on loopback: the filters of ``tokens list``, a token's
usage, the inventory and the audit log as CSV files, and ``audit list``.

Tokens are made through the API (faster than one subprocess each); what a test asserts is
what the commands print.
"""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from compliance_client.domain.csv_export import AUDIT_COLUMNS, BOM, TOKEN_COLUMNS, read_csv
from compliance_client.domain.keys import key_prefix

from ..helpers.cli import Cli


@pytest.fixture
def cli(live_server, tmp_path: Path) -> Cli:
    """The administrator, with the server's bootstrap token in the environment."""
    return Cli(tmp_path / "admin", live_server.url, live_server.admin_key)


def _in_days(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat().replace("+00:00", "Z")


def _ids(listing: Any) -> set[int]:
    return {t["id"] for t in listing["items"]}


def _flush_usage(live_server) -> None:
    """Write the server's batched usage counters now, as its 10-second timer would."""
    live_server.server.app.state.usage.flush()


@pytest.fixture
def inventory(live_server) -> dict[str, int]:
    """Tokens that each filter picks out, by name -> id. All but "open" are restricted to
    an endpoint or an address; the bootstrap admin token is unrestricted as well."""
    restricted = {"allowed_endpoints": ["tokens.read"]}
    made: dict[str, int] = {}

    def make(name: str, **fields: Any) -> dict[str, Any]:
        token = live_server.create_token(name=name, **{**restricted, **fields})
        made[name] = token["id"]
        return token

    make("expiring", expires_at=_in_days(3))
    make("later", expires_at=_in_days(200), allowed_endpoints=[], allowed_ips=["127.0.0.1"])
    make("expired", expires_at=_in_days(10))
    live_server.set_expiry(made["expired"], datetime.now(UTC) - timedelta(days=1))
    make("suspended")
    assert live_server.call("POST", f"/tokens/{made['suspended']}/suspend").status_code == 200
    make("stale")
    live_server.set_last_used(made["stale"], datetime.now(UTC) - timedelta(days=100),
                              "192.0.2.7")
    make("fresh")
    live_server.set_last_used(made["fresh"], datetime.now(UTC) - timedelta(days=2),
                              "192.0.2.8")
    make("open", allowed_endpoints=[])
    make("globex", organization_id="globex", organization_name="Globex")
    # A device of acme, registered by an acme token, and a token bound to it.
    acme = live_server.create_token(name="registrar", organization_id="acme")
    made["registrar"] = acme["id"]
    registered = live_server.call("POST", "/devices", key=acme["key"], json={
        "device_id": "pc-hygiene-1", "hostname": "pc1", "profile_name": "Work"})
    assert registered.status_code == 201, registered.text
    make("bound", bound_devices=["pc-hygiene-1"])
    return made


# -- tokens list filters -----------------------------------------------------------------------


def test_each_list_filter_picks_its_tokens(cli: Cli, inventory: dict[str, int]) -> None:
    ours = set(inventory.values())

    def picked(*args: str) -> set[str]:
        listing = cli.json("tokens", "list", *args)
        assert listing["total"] == len(listing["items"])  # every row, no --limit
        by_id = {v: k for k, v in inventory.items()}
        return {by_id[i] for i in _ids(listing) & ours}

    assert picked("--status", "expiring") == {"expiring"}  # the policy's 14 days
    assert picked("--expiring-within", "365") == {"expiring", "later"}
    assert picked("--expiring-within", "2") == set()
    assert picked("--status", "expired") == {"expired"}
    assert picked("--status", "suspended") == {"suspended"}
    assert picked("--status", "active") == set(inventory) - {"expired", "suspended"}
    # Never used, or not for 30 days: all but the one used two days ago (and the registrar,
    # whose key registered the device just now: its last use may or may not be written yet).
    assert picked("--unused-days", "30") - {"registrar"} == set(inventory) - {
        "fresh", "registrar"}
    assert picked("--unused-days", "1") - {"registrar"} == set(inventory) - {"registrar"}
    assert picked("--unrestricted") == {"open", "registrar"}
    assert picked("--no-unrestricted") == set(inventory) - {"open", "registrar"}
    assert picked("--org", "globex") == {"globex"}
    assert picked("--bound-device", "pc-hygiene-1") == {"bound"}
    # Together, every filter given must hold.
    assert picked("--org", "acme", "--status", "active", "--unrestricted") == {
        "open", "registrar"}
    assert picked("--search", "expir", "--status", "expired") == {"expired"}
    # The bootstrap admin token reaches everything too: --unrestricted lists it.
    assert _ids(cli.json("tokens", "list", "--unrestricted")) - ours


def test_list_table_says_when_it_shows_fewer_than_match(cli: Cli,
                                                        inventory: dict[str, int]) -> None:
    table = cli.ok("tokens", "list", "--status", "active", "--limit", "2")
    rows = table.split("\n\n")[0].splitlines()[2:]  # below the header and its rule
    total = cli.json("tokens", "list", "--status", "active")["total"]
    assert len(rows) == 2 and total > 2
    assert table.endswith(f"\n2 of {total} tokens shown; without --limit every one is "
                          "listed.\n")
    limited = cli.json("tokens", "list", "--status", "active", "--limit", "2")
    assert len(limited["items"]) == 2 and limited["total"] == total

    table = cli.ok("tokens", "list", "--status", "expired")
    assert "expired" in table and "shown" not in table  # everything that matches
    assert cli.ok("tokens", "list", "--org", "nobody") == "No token matches these filters.\n"


@pytest.mark.parametrize(("args", "said"), [
    (("--status", "stale"), "argument --status: invalid choice: 'stale'"),
    (("--unused-days", "0"), "argument --unused-days: a whole number of days from 1 to "
                             "36500, not 0"),
    (("--expiring-within", "soon"), "argument --expiring-within: a whole number of days"),
    (("--expiring-within", "7", "--status", "active"),
     "--expiring-within lists expiring tokens; it cannot be combined with --status active"),
    (("--limit", "0"), "argument --limit: a whole number from 1 up, not 0"),
])
def test_bad_list_options_are_usage_errors(cli: Cli, args: tuple[str, ...], said: str) -> None:
    assert said in cli.fails(2, "tokens", "list", *args)
    error = cli.fails_json(2, "tokens", "list", *args)
    assert error["code"] == "usage" and said in error["message"]


# -- usage -------------------------------------------------------------------------------------


def test_usage_after_some_requests(cli: Cli, live_server) -> None:
    worker = live_server.create_token(name="worker", allowed_endpoints=["tokens.read"])
    for _ in range(3):
        assert live_server.call("GET", f"/tokens/{worker['id']}",
                                key=worker["key"]).status_code == 200
    for _ in range(2):  # the key is known, the operation is not allowed: denied
        assert live_server.call("GET", "/tokens", key=worker["key"]).status_code == 403
    _flush_usage(live_server)

    usage = cli.json("tokens", "usage", str(worker["id"]), "--days", "7")
    assert len(usage["days"]) == 7
    assert usage["days"][-1]["date"] == datetime.now(UTC).date().isoformat()
    assert sum(d["allowed"] for d in usage["days"]) == 3
    assert sum(d["denied"] for d in usage["days"]) == 2
    assert [(a["address"], a["requests"]) for a in usage["addresses"]] == [("127.0.0.1", 5)]
    assert {e["id"]: e["requests"] for e in usage["endpoints"]}["tokens.read"] == 3

    out = cli.ok("tokens", "usage", str(worker["id"]), "--days", "7")
    assert out.startswith(f"API token {worker['id']}: 3 requests allowed and 2 denied in the "
                          "last 7 days.\n")
    today = next(ln for ln in out.splitlines()
                 if ln.startswith(datetime.now(UTC).date().isoformat()))
    assert today.split() == [datetime.now(UTC).date().isoformat(), "3", "2", "###xx"]
    assert "# allowed, x denied; each mark is one request." in out
    assert "127.0.0.1" in out and "tokens.read" in out


def test_usage_of_an_unused_or_missing_token(cli: Cli, live_server) -> None:
    idle = live_server.create_token(name="idle")
    out = cli.ok("tokens", "usage", str(idle["id"]))
    assert out.startswith(f"API token {idle['id']}: 0 requests allowed and 0 denied in the "
                          "last 30 days.\n")
    assert "No address has used this token in that time." in out
    assert "#" not in out
    assert cli.fails_json(1, "tokens", "usage", "9999")["code"] == "not_found"
    assert "argument --days: a whole number of days from 1 to 90, not 91" in cli.fails(
        2, "tokens", "usage", str(idle["id"]), "--days", "91")


# -- export ------------------------------------------------------------------------------------


AWKWARD = {
    "=HYPERLINK(\"http://evil.example\",\"click\")": "formula",
    "Zoë, \"the\" Ünïcödé 東京": "unicode",
    "+1 line\nsecond line": "plus",
    "@SUM(A1)": "at",
}


def test_export_round_trip(cli: Cli, live_server, tmp_path: Path) -> None:
    made = []
    for name, org in AWKWARD.items():
        made.append(live_server.create_token(
            name=name.replace("\n", " "), organization_id="csv-org",
            organization_name=f"{org}, Ltd", description=f"{name}\nwith a\ttab",
            owner="-5" if org == "plus" else "ops@example.com"))
    out = tmp_path / "inventory.csv"
    result = cli("tokens", "export", "--csv", str(out), "--org", "csv-org")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == f"Exported 4 tokens to {out}\n"

    raw = out.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))
    with out.open(encoding="utf-8", newline="") as stream:
        rows = read_csv(stream)
    assert list(rows[0]) == list(TOKEN_COLUMNS)
    listed = {t["id"]: t for t in cli.json("tokens", "list", "--org", "csv-org")["items"]}
    assert {int(r["id"]) for r in rows} == set(listed) == {t["id"] for t in made}
    for row in rows:
        token = listed[int(row["id"])]
        name = token["name"]
        # A spreadsheet would run these as formulas: they get an apostrophe, nothing else.
        expected = "'" + name if name[0] in "=+-@" else name
        assert row["name"] == expected
        assert row["description"].removeprefix("'") == token["description"]
        assert "\n" in row["description"] and "\t" in row["description"]
        assert row["organization_name"] == token["organization_name"]
        assert row["key_prefix"] == token["key_prefix"]
        assert row["owner"] == token["owner"]  # -5 is a number, no formula
        assert row["allowed_endpoints"] == "; ".join(token["allowed_endpoints"])
    assert not any(k["key"] in raw.decode("utf-8") for k in made)


def test_export_every_page_and_to_standard_output(cli: Cli, live_server) -> None:
    for n in range(105):  # more than one page (100) of tokens.list
        live_server.create_token(name=f"bulk {n}", organization_id="bulk")
    result = cli("tokens", "export", "--csv", "-", "--org", "bulk")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "Exported 105 tokens to standard output\n"
    assert result.stdout.startswith(BOM)
    rows = read_csv(io.StringIO(result.stdout, newline=""))
    assert sorted(r["name"] for r in rows) == sorted(f"bulk {n}" for n in range(105))

    everything = cli("tokens", "export", "--csv", "-")
    total = cli.json("tokens", "list")["total"]
    assert everything.stderr == f"Exported {total} tokens to standard output\n"


def _unwritable_directory(tmp_path: Path) -> Path:
    """A directory this process may not create files in."""
    if sys.platform == "win32":
        pytest.skip("a directory's mode does not stop writing on Windows")
    if os.geteuid() == 0:  # root writes anywhere it has a mode for; sysfs refuses it too
        if not Path("/sys/kernel").is_dir():
            pytest.skip("running as root without sysfs")
        return Path("/sys/kernel")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked


def test_export_that_cannot_be_written_leaves_no_file(cli: Cli, live_server,
                                                      tmp_path: Path) -> None:
    locked = _unwritable_directory(tmp_path)
    before = set(os.listdir(locked))
    target = locked / "inventory.csv"
    line = cli.fails(1, "tokens", "export", "--csv", str(target))
    assert line == (f"compliance-client: --csv: cannot write {target}: permission denied; "
                    "nothing was written. Give a file in a directory you may write to, or - "
                    "for standard output")
    assert set(os.listdir(locked)) == before
    assert cli.fails_json(1, "tokens", "export", "--csv", str(target))["code"] == "cannot_write"

    missing = tmp_path / "no such dir" / "inventory.csv"
    assert f"there is no directory {missing.parent}" in cli.fails(
        1, "tokens", "export", "--csv", str(missing))
    assert not missing.parent.exists()
    assert "it is a directory" in cli.fails(1, "tokens", "export", "--csv", str(tmp_path))


def test_export_refused_halfway_keeps_the_old_file(cli: Cli, live_server,
                                                   tmp_path: Path) -> None:
    """The server refuses after the temp file was made: the file there stays as it was."""
    reader = live_server.create_token(name="reader", allowed_endpoints=["tokens.read"])
    cli.secrets.append(reader["key"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "inventory.csv").write_text("last week's inventory\n", encoding="utf-8")
    line = cli.fails(1, "tokens", "export", "--csv", str(out / "inventory.csv"),
                     COMPLIANCE_TOKEN=reader["key"])
    assert "tokens.list" in line
    assert os.listdir(out) == ["inventory.csv"]
    assert (out / "inventory.csv").read_text(encoding="utf-8") == "last week's inventory\n"


def test_export_refuses_a_whole_key_in_search(cli: Cli, live_server, tmp_path: Path) -> None:
    key = live_server.create_token()["key"]
    cli.secrets.append(key)
    line = cli.fails(1, "tokens", "export", "--csv", "-", "--search", key)
    assert line.endswith(f"Search by its prefix instead: --search {key_prefix(key)}")
    out = tmp_path / "out.csv"
    error = cli.fails_json(1, "tokens", "export", "--csv", str(out), "--search", key)
    assert error["code"] == "search_holds_key" and not out.exists()


def test_export_json(cli: Cli, live_server, tmp_path: Path) -> None:
    live_server.create_token(name="one", organization_id="json-org")
    out = tmp_path / "one.csv"
    result = cli("tokens", "export", "--csv", str(out), "--org", "json-org", "--json")
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout) == {"exported": 1, "file": str(out)}
    with out.open(encoding="utf-8", newline="") as stream:
        assert [r["name"] for r in read_csv(stream)] == ["one"]
    error = cli.fails_json(2, "tokens", "export", "--csv", "-")
    assert error["message"] == ("--json prints to standard output, where --csv - writes the "
                                "CSV: give --csv a file name")


# -- audit -------------------------------------------------------------------------------------


def _audited(cli: Cli, live_server) -> tuple[int, int]:
    """Token A created, renamed and suspended; token B created: their audit entries."""
    a = live_server.create_token(name="alpha")
    version = live_server.call("GET", f"/tokens/{a['id']}").headers["ETag"]
    renamed = live_server.call("PATCH", f"/tokens/{a['id']}", json={"name": "alpha 2"},
                               headers={"If-Match": version})
    assert renamed.status_code == 200, renamed.text
    assert live_server.call("POST", f"/tokens/{a['id']}/suspend").status_code == 200
    b = live_server.create_token(name="beta")
    return a["id"], b["id"]


def test_audit_list_filters(cli: Cli, live_server) -> None:
    a, b = _audited(cli, live_server)
    entries = cli.json("audit", "list", "--token-id", str(a))
    assert [e["action"] for e in entries["items"]] == [
        "tokens.suspend", "tokens.update", "tokens.create"]  # newest first
    assert entries["total"] == 3
    assert {e["target"] for e in entries["items"]} == {f"token:{a}"}
    renamed = entries["items"][1]
    assert renamed["changes"]["name"] == ["alpha", "alpha 2"]

    created = cli.json("audit", "list", "--action", "tokens.create")
    assert {f"token:{a}", f"token:{b}"} <= {e["target"] for e in created["items"]}
    assert {e["action"] for e in created["items"]} == {"tokens.create"}
    assert cli.json("audit", "list", "--action", "tokens.delete")["items"] == []

    table = cli.ok("audit", "list", "--token-id", str(a))
    rows = table.splitlines()
    assert rows[0].split() == ["when", "(local", "time)", "who", "from", "action", "target",
                               "changes"]
    assert "tokens.update" in rows[3] and "name: alpha -> alpha 2" in rows[3]
    prefix = key_prefix(live_server.admin_key)
    assert all(prefix in row and "127.0.0.1" in row for row in rows[2:])

    # What the server did itself, at its first start: "server", from "local".
    bootstrap = cli.ok("audit", "list", "--action", "tokens.create", "--limit", "500")
    assert any(row.split()[2:4] == ["server", "local"] for row in bootstrap.splitlines())

    limited = cli.ok("audit", "list", "--limit", "2")
    total = cli.json("audit", "list")["total"]
    assert limited.endswith(f"\n2 of {total} entries shown, newest first; --limit N shows "
                            "more, --csv FILE writes every one.\n")
    assert cli.ok("audit", "list", "--action", "devices.delete") == (
        "No audit entry matches these filters.\n")


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_audit_dates_are_local_days(cli: Cli, live_server, zone: str) -> None:
    """A day means that day where the user is (TZ): UTC+14 and UTC-11 are a day apart, so
    one of them differs from the UTC date at any hour."""
    a, _ = _audited(cli, live_server)
    today = datetime.now(ZoneInfo(zone)).date()

    def count(*args: str) -> int:
        listing = cli.json("audit", "list", "--token-id", str(a), *args, TZ=zone)
        return int(listing["total"])

    assert count("--since", today.isoformat()) == 3
    assert count("--until", today.isoformat()) == 3
    assert count("--since", today.isoformat(), "--until", today.isoformat()) == 3
    assert count("--until", (today - timedelta(days=1)).isoformat()) == 0
    assert count("--since", (today + timedelta(days=1)).isoformat()) == 0
    # A time with a zone is that instant; one without is local time.
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    assert count("--since", an_hour_ago.isoformat()) == 3
    assert count("--until", an_hour_ago.isoformat()) == 0
    local = an_hour_ago.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    assert count("--since", local.isoformat(timespec="minutes")) == 3


def test_audit_csv(cli: Cli, live_server, tmp_path: Path) -> None:
    a, _ = _audited(cli, live_server)
    out = tmp_path / "audit.csv"
    result = cli("audit", "list", "--token-id", str(a), "--csv", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == f"Exported 3 audit entries to {out}\n"
    with out.open(encoding="utf-8", newline="") as stream:
        rows = read_csv(stream)
    listed = cli.json("audit", "list", "--token-id", str(a))["items"]
    assert list(rows[0]) == list(AUDIT_COLUMNS)
    assert [int(r["id"]) for r in rows] == [e["id"] for e in listed]
    assert [r["action"] for r in rows] == [e["action"] for e in listed]
    assert json.loads(rows[1]["changes"])["name"] == ["alpha", "alpha 2"]
    assert rows[0]["at"] == listed[0]["at"] and rows[0]["key_prefix"] == listed[0]["key_prefix"]

    # Every entry, past one page; --limit caps it.
    everything = cli("audit", "list", "--csv", "-")
    total = cli.json("audit", "list")["total"]
    assert everything.stderr == f"Exported {total} audit entries to standard output\n"
    assert len(read_csv(io.StringIO(everything.stdout, newline=""))) == total
    one = cli("audit", "list", "--csv", "-", "--limit", "1")
    assert one.stderr == "Exported 1 audit entry to standard output\n"


def test_audit_of_a_leaked_key_report(cli: Cli, live_server, tmp_path: Path) -> None:
    leaked = live_server.create_token(name="leaky")
    cli.secrets.append(leaked["key"])
    reporter = Cli(tmp_path / "reporter", live_server.url)
    reporter.secrets.append(leaked["key"])
    reporter.ok("tokens", "revoke-leaked", "--key-stdin", stdin=leaked["key"])
    entries = cli.json("audit", "list", "--action", "tokens.revoke_leaked")["items"]
    assert [(e["target"], e["token_id"]) for e in entries] == [(f"token:{leaked['id']}", None)]
    row = cli.ok("audit", "list", "--action", "tokens.revoke_leaked").splitlines()[2]
    assert row.split()[2:6] == ["no", "token", "127.0.0.1", "tokens.revoke_leaked"]


def test_audit_of_a_refused_escalation(cli: Cli, live_server) -> None:
    acme = live_server.create_token(name="acme admin")
    cli.secrets.append(acme["key"])
    refused = live_server.call("POST", "/tokens", key=acme["key"], json={
        "organization_name": "Acme Corp", "organization_id": "acme", "scope": "global"})
    assert refused.status_code == 403
    table = cli.ok("audit", "list", "--token-id", str(acme["id"]), "--action", "tokens.create")
    row = table.splitlines()[2]
    assert key_prefix(acme["key"]) in row and row.endswith("refused: privilege_escalation")


@pytest.mark.parametrize(("args", "said"), [
    (("--since", "yesterday"), "argument --since: a date as YYYY-MM-DD or a time as "
                               "YYYY-MM-DDTHH:MM[:SS] with an optional zone, not 'yesterday'"),
    (("--until", "2026-02-30"), "argument --until: a date as YYYY-MM-DD"),
    (("--action", "tokens.delet"), "argument --action: 'tokens.delet' is no operation ID (did "
                                   "you mean tokens.delete"),
    (("--action", "launch"), "argument --action: 'launch' is no operation ID; an action is "
                             "an operation ID such as tokens.update"),
    (("--token-id", "abc"), "argument --token-id: a token ID is a number, not 'abc'"),
    (("--since", "2026-02-02", "--until", "2026-02-01"), "is not before --until"),
    (("--limit", "-3"), "argument --limit: a whole number from 1 up, not -3"),
])
def test_bad_audit_options_are_usage_errors(cli: Cli, args: tuple[str, ...], said: str) -> None:
    assert said in cli.fails(2, "audit", "list", *args)
    error = cli.fails_json(2, "audit", "list", *args)
    assert error["code"] == "usage" and said in error["message"]


def test_audit_json_and_csv_exclude_each_other(cli: Cli, tmp_path: Path) -> None:
    error = cli.fails_json(2, "audit", "list", "--csv", str(tmp_path / "a.csv"))
    assert error["message"] == "argument --json: not allowed with argument --csv"
    assert not (tmp_path / "a.csv").exists()


def test_audit_refused_to_a_token_without_audit_read(cli: Cli, live_server) -> None:
    reader = live_server.create_token(allowed_endpoints=["tokens.read"])
    cli.secrets.append(reader["key"])
    error = cli.fails_json(1, "audit", "list", COMPLIANCE_TOKEN=reader["key"])
    assert error["code"] == "endpoint_not_allowed" and error["http_status"] == 403
