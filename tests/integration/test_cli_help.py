"""Every help text of the command line (issue 15): each command says what it does, each
option and argument has a help line, and the English holds up ("an blocked endpoint" did
not). The parser is walked in this process; one subprocess shows what a person sees."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance_client.cli import build_parser
from compliance_client.domain.languages import LANGUAGES

from ..helpers.cli import Cli

# "an" before a consonant sound, "a" before a vowel sound: lowercase words only, since an
# initialism is read by its letters ("an IP", "an ID", "a URL").
_A_AN = re.compile(r"\b(?:[Aa]n (?=[bcdfgjklmnpqrstvwxyz][a-z])|[Aa] (?=[aeio][a-z]))")
_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def _commands(parser: argparse.ArgumentParser, listed: str | None = None
              ) -> Iterator[tuple[argparse.ArgumentParser, str | None]]:
    """``parser`` and every command under it, each with the help line its parent lists it
    with (None for the top)."""
    yield parser, listed
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            lines = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield from _commands(sub, lines.get(name))


COMMANDS = list(_commands(build_parser()))


def _texts() -> Iterator[tuple[str, str]]:
    for parser, listed in COMMANDS:
        for text in (parser.description, parser.epilog, listed):
            if text:
                yield parser.prog, text
        for action in parser._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                where = "/".join(action.option_strings) or action.dest
                yield f"{parser.prog} {where}", action.help


@pytest.mark.parametrize(("parser", "listed"), COMMANDS, ids=[p.prog for p, _ in COMMANDS])
def test_every_command_option_and_argument_is_explained(parser: argparse.ArgumentParser,
                                                        listed: str | None) -> None:
    prog = parser.prog
    assert parser.description, f"{prog} has no description"
    if prog != "compliance-client":
        assert listed, f"{prog} is listed without a help line"
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            assert action.help, f"{prog} {action.option_strings or action.dest} has no help"


@pytest.mark.parametrize(("where", "text"), list(_texts()), ids=lambda v: str(v)[:40])
def test_help_english(where: str, text: str) -> None:
    assert not _A_AN.search(text), f"{where}: {text!r}"
    assert not _DOUBLED.search(text), f"{where}: {text!r}"
    assert "  " not in text and text == text.strip(), f"{where}: {text!r}"


def test_help_as_printed(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    text = " ".join(cli.ok("tokens", "add", "--help").split())
    assert "an blocked" not in text
    languages = " ".join(cli.ok("profile", "set", "--help").split())
    assert all(code in languages for code in LANGUAGES)  # the languages really shipped
    top = " ".join(cli.ok("--help").split())
    assert "Exit status: 0 done, 1 refused or bad input, 2 usage" in top


def test_device_keys_in_help(tmp_path: Path) -> None:
    """What a person finds about device keys and binding (DESIGN §9) without the docs."""
    cli = Cli(tmp_path)
    device = " ".join(cli.ok("device", "--help").split())
    assert "delete" in device and "every request is signed" in device
    register = " ".join(cli.ok("device", "register", "--help").split())
    assert "Without a usable keyring the device is registered without a key" in register
    delete = " ".join(cli.ok("device", "delete", "--help").split())
    assert "--yes" in delete and "--org ID" in delete
    assert "A device that a token is bound to cannot be deleted" in delete
    edit = " ".join(cli.ok("tokens", "edit", "--help").split())
    assert "--bind-device ID" in edit and "--clear-bound-devices" in edit
    assert "one without bound devices any PC" in edit
    assert cli.keyring() == {}  # help reads no keyring


def test_enrollment_in_help(tmp_path: Path) -> None:
    """What a person finds about enrollment codes (DESIGN §13) without the docs."""
    cli = Cli(tmp_path)
    top = " ".join(cli.ok("--help").split())
    assert "enrollments" in top
    create = " ".join(cli.ok("enrollments", "create", "--help").split())
    assert "--uses N" in create and "--expires-in DURATION" in create
    assert "--org-name NAME" in create and "--bind-device" not in create
    enroll = " ".join(cli.ok("profile", "enroll", "--help").split())
    assert "--code-stdin" in enroll and "--code CODE" not in enroll  # the refused option
    assert "straight into the system keyring" in enroll
    assert cli.keyring() == {}
