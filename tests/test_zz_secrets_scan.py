"""After the suite: no key issued during the run is anywhere in clear (issue 9, item 5).

tests/secrets_plugin.py records every key minted in this process and in subprocesses
(``generate_key`` wrapped; ``serve``/CLI subprocesses via a test-only sitecustomize), keeps
every test's captured output and logs, and moves this file to the end of the run. Scanned:
the whole pytest temp tree, which holds every test's XDG config, data and state (log)
directories, the SQLite database files (and their WAL), and the outputs tests saved there
(e.g. Schemathesis's report); and all captured stdout, stderr and log records. PostgreSQL
databases are dropped when their test ends; their tables hold SHA-256 hashes only, which
test_server_secrets.py checks on SQLite's files for the same schema and code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compliance_client.domain.keys as keys_module
from tests.secrets_plugin import (
    captured_texts,
    issued_keys,
    scan_files,
    scan_texts,
)


def _unrecorded_key() -> str:
    """A key the plugin does not record (the unwrapped generator), for planting."""
    generate = getattr(keys_module.generate_key, "__wrapped__", keys_module.generate_key)
    return generate()


def test_the_scanner_finds_a_planted_key(tmp_path: Path) -> None:
    key = _unrecorded_key()
    other = _unrecorded_key()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "profiles.json").write_text(f'{{"token": "{key}"}}')
    (tmp_path / "server.db-wal").write_bytes(b"\x00garbage" + key[12:].encode() + b"\x01")
    (tmp_path / "keyring.json").write_text(f'{{"work": "{other}"}}')  # the stand-in keyring
    (tmp_path / "clean.log").write_text(f"token {key[:12]} used")  # the public prefix only
    found = {p.name for p, _ in scan_files(tmp_path, [key, other])}
    assert found == {"profiles.json", "server.db-wal"}
    texts = [("a log", f"Bearer {key}"), ("b log", f"prefix {other[:12]} only")]
    assert [w for w, _ in scan_texts(texts, [key, other])] == ["a log"]
    for path in tmp_path.rglob("*"):  # leave nothing behind for the real scan below
        if path.is_file():
            path.unlink()


def test_a_policy_file_may_hold_an_enrollment_code_but_no_key(tmp_path: Path) -> None:
    """IT puts an enrollment code into the managed settings (DESIGN §13): a test's policy.json
    holding one is IT's input, not a leak. A key there, or a code anywhere else, still is."""
    generate = getattr(keys_module.generate_key, "__wrapped__", keys_module.generate_key)
    code, key = generate(keys_module.ENROLLMENT_PREFIX), _unrecorded_key()
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "policy.json").write_text(f'{{"EnrollmentCode": "{code}"}}')
    (tmp_path / "pc").mkdir()
    (tmp_path / "pc" / "policy.json").write_text(f'{{"EnrollmentCode": "{key}"}}')
    (tmp_path / "app.log").write_text(f"enrolling with {code}")
    found = {f"{p.parent.name}/{p.name}" for p, _ in scan_files(tmp_path, [code, key])}
    assert found == {f"{tmp_path.name}/app.log", "pc/policy.json"}
    for path in tmp_path.rglob("*"):
        if path.is_file():
            path.unlink()


def test_no_issued_key_in_clear_after_the_suite(tmp_path_factory: pytest.TempPathFactory
                                                ) -> None:
    keys = issued_keys()
    if not keys:
        pytest.skip("no key was issued in this run (run with the rest of the suite)")
    root = tmp_path_factory.getbasetemp()
    files = [f"{path.relative_to(root)} holds {prefix}…"
             for path, prefix in scan_files(root, keys)]
    texts = [f"{where} holds {prefix}…" for where, prefix in scan_texts(captured_texts(), keys)]
    print(f"secrets scan: {len(keys)} keys issued, "
          f"{sum(1 for p in root.rglob('*') if p.is_file())} files and "
          f"{len(captured_texts())} captured texts scanned")
    assert not files, "keys in clear in files:\n" + "\n".join(files[:30])
    assert not texts, "keys in clear in captured output/logs:\n" + "\n".join(texts[:30])
