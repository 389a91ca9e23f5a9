"""With ``--json``, a failure is one JSON object on standard output (issue 15):

    {"error": {"code", "message", "params", "field_problems", "http_status", "request_id"}}

with the same exit status as without ``--json``, whose output stays as it was: one line on
standard error (the JSON's ``message``), or argparse's usage text for exit status 2. Every
command that takes ``--json`` is run here against the real server on loopback, and no key
ever appears in what it prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from compliance_client.domain.keys import generate_key

from ..helpers.cli import Cli, closed_port


@pytest.fixture
def cli(live_server, tmp_path: Path) -> Cli:
    return Cli(tmp_path, live_server.url, live_server.admin_key)


def both_ways(cli: Cli, status: int, *args: str, **env: str) -> dict[str, Any]:
    """The JSON error of ``args --json``, after checking that without --json the same
    failure prints what it always did, with the JSON's message."""
    error = cli.fails_json(status, *args, **env)
    plain = cli(*args, **env)
    assert plain.returncode == status and plain.stdout == ""
    last = plain.stderr.rstrip("\n").splitlines()[-1]
    if status == 1 or last.startswith("compliance-client: "):
        assert plain.stderr == f"compliance-client: {error['message']}\n"
    else:  # argparse's own report: its usage, then "PROG: error: MESSAGE"
        assert plain.stderr.startswith("usage: ")
        assert last.endswith(f": error: {error['message']}")
    return error


def test_a_refusal_of_the_server_carries_its_code_status_and_params(cli: Cli) -> None:
    error = both_ways(cli, 1, "tokens", "show", "9999")
    assert error["code"] == "not_found" and error["http_status"] == 404
    assert error["message"] == ("API token 9999 was not found on the server at "
                                f"{cli.env['COMPLIANCE_URL']}; it may have been deleted.")
    assert error["params"]["what"] == "API token 9999"
    assert error["request_id"] and error["params"]["request_id"] == error["request_id"]
    assert error["field_problems"] == []


def test_invalid_input_names_each_field_and_its_option(cli: Cli) -> None:
    error = both_ways(cli, 1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                      "--allow-ip", "10.0.0.1/8", "--allow-endpoint", "tokens.fly")
    assert error["code"] == "invalid_input" and error["http_status"] == 422
    problems = {p["field"]: p for p in error["field_problems"]}
    assert set(problems) == {"allowed_ips", "allowed_endpoints"}
    assert problems["allowed_ips"]["option"] == "--allow-ip"
    assert "10.0.0.0/8" in problems["allowed_ips"]["message"]
    assert problems["allowed_endpoints"]["option"] == "--allow-endpoint"
    assert set(problems["allowed_ips"]) == {"field", "option", "code", "message", "params"}
    assert "fields" not in error["params"]  # they are the field problems

    error = both_ways(cli, 1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                      "--expires", "tomorrow")
    assert error["code"] == "invalid_input" and error["http_status"] is None
    assert [(p["field"], p["option"]) for p in error["field_problems"]] == [
        ("expires_at", "--expires")]


def test_no_usable_answer_and_a_refused_key(cli: Cli) -> None:
    dead = f"http://127.0.0.1:{closed_port()}"
    error = both_ways(cli, 1, "tokens", "list", COMPLIANCE_URL=dead)
    assert error["code"] == "cannot_connect" and error["http_status"] is None

    wrong = generate_key()
    cli.secrets.append(wrong)
    error = both_ways(cli, 1, "tokens", "list", COMPLIANCE_TOKEN=wrong)
    assert error["code"] == "invalid_token" and error["http_status"] == 401
    mistyped = wrong[:-1] + ("A" if wrong[-1] != "A" else "B")
    cli.secrets.append(mistyped)
    error = both_ways(cli, 1, "tokens", "list", COMPLIANCE_TOKEN=mistyped)
    assert error["code"] == "key_checksum"

    error = both_ways(cli, 1, "tokens", "list", "--search", wrong)
    assert error["code"] == "search_holds_key"
    assert error["params"] == {"prefix": wrong[:12]}


def test_usage_errors_keep_exit_status_2(cli: Cli) -> None:
    error = both_ways(cli, 2, "tokens", "show", "abc")
    assert error["code"] == "usage"
    assert error["message"] == "argument ID: a token ID is a number, not 'abc'"
    assert both_ways(cli, 2, "tokens", "edit", "1")["code"] == "usage"  # nothing to change
    error = both_ways(cli, 2, "tokens", "add", "--org-name", "X")
    assert error["code"] == "usage" and "--org-id" in error["message"]


def test_confirmation_and_device_errors(cli: Cli) -> None:
    made = cli.json("tokens", "add", "--org-name", "Conf", "--org-id", "conf")
    cli.secrets.append(made["key"])
    error = both_ways(cli, 1, "tokens", "regenerate", str(made["id"]))
    assert error["code"] == "confirmation_required"

    error = both_ways(cli, 1, "device", "status")
    assert error["code"] == "not_found" and error["http_status"] == 404
    assert "compliance-client device register" in error["message"]
    assert both_ways(cli, 1, "device", "disable")["code"] == "confirmation_required"

    limited = cli.json("tokens", "add", "--org-name", "Dev", "--org-id", "dev",
                       "--allow-endpoint", "tokens.self")["key"]
    cli.secrets.append(limited)
    error = both_ways(cli, 1, "device", "register", COMPLIANCE_TOKEN=limited)
    assert error["code"] == "endpoint_not_allowed" and error["http_status"] == 403
    assert error["params"]["endpoint"] == "devices.register"


def test_commands_without_a_server(tmp_path: Path) -> None:
    bare = Cli(tmp_path)
    assert both_ways(bare, 1, "tokens", "list")["code"] == "no_server"
    assert both_ways(bare, 1, "profile", "show")["code"] == "no_profile"
    bare("profile", "set", "--name", "Work", "--url", "http://127.0.0.1:9/")
    assert both_ways(bare, 1, "device", "status")["code"] == "no_token"


def test_a_key_in_what_the_user_typed_is_not_printed_back(cli: Cli) -> None:
    key = generate_key()
    cli.secrets.append(key)
    error = both_ways(cli, 1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                      "--expires", key)
    assert key[:12] in error["message"]  # the public prefix says what was meant
