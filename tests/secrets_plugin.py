"""Record every key issued during the test run; scan for them in clear after the suite.

Registered from tests/conftest.py. What it does:

* wraps ``compliance_client.domain.keys.generate_key`` in this process (and in every module
  that imported it by name), so each key the server, the bootstrap or a test mints is
  recorded; enrollment codes (``cce_``, DESIGN §13) too: ``generate_enrollment_code`` calls
  the module's ``generate_key``, the wrapped one (tests/integration/test_server_enrollment.py
  checks that an issued code is recorded);
* subprocesses (``serve``, the CLI) get the same wrapper through a ``sitecustomize`` on
  PYTHONPATH that is active only while ``CC_TEST_ISSUED_KEYS`` names the record file: the
  production code knows nothing of it. Tests may also call ``record_key`` directly;
* keeps every test report's captured output and logs;
* moves tests/test_zz_secrets_scan.py to the very end of the run, where it scans the pytest
  temp tree (every test's config, data, state/log and database files and saved outputs) and
  the captured texts for each recorded key (and its secret part, after the 12-character
  public prefix).

The record file lives outside the pytest temp tree, so the scan does not find the list it
scans for. One file is exempt on purpose: the test keyring file (``keyring.json``, see
tests/helpers/keyring_fakes.py) stands in for the OS keyring, the one place a key belongs.
And a managed-settings file (``policy.json``, written by the tests as IT would) may hold an
enrollment code: that is where IT puts one (DESIGN §13). It is scanned for every other key.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

#: IT's managed settings, as tests write them: an enrollment code belongs there.
POLICY_FILES = frozenset({"policy.json"})
ENROLLMENT_PREFIX = "cce_"
ENV = "CC_TEST_ISSUED_KEYS"
KEYRING_FILES = frozenset({"keyring.json"})
PREFIX = 12

_SITECUSTOMIZE = '''\
"""Test-only (tests/secrets_plugin.py): record keys generated in this subprocess."""
import os as _os

if _os.environ.get("CC_TEST_ISSUED_KEYS"):
    try:
        import functools as _functools

        import compliance_client.domain.keys as _keys

        _original = _keys.generate_key

        @_functools.wraps(_original)
        def generate_key(*args, **kwargs):
            key = _original(*args, **kwargs)
            with open(_os.environ["CC_TEST_ISSUED_KEYS"], "a", encoding="ascii") as _f:
                _f.write(key + "\\n")
            return key

        _keys.generate_key = generate_key
    except Exception:  # never break a subprocess over test bookkeeping
        pass
'''

_state: dict[str, Any] = {"keys": set(), "texts": [], "dir": None, "file": None}


def record_key(key: str) -> None:
    """Remember ``key`` (issued somewhere this plugin cannot see) for the final scan."""
    if key:
        _state["keys"].add(key)


def issued_keys() -> set[str]:
    """Every key recorded so far, in this process and in subprocesses."""
    keys = set(_state["keys"])
    path = _state["file"]
    if path is not None and path.exists():
        keys.update(ln.strip() for ln in path.read_text(encoding="ascii").splitlines()
                    if ln.strip())
    return keys


def captured_texts() -> list[tuple[str, str]]:
    """(where, text) for every captured section and failure text of the run so far."""
    return list(_state["texts"])


def _wrap(original: Callable[..., str]) -> Callable[..., str]:
    @functools.wraps(original)
    def generate_key(*args: Any, **kwargs: Any) -> str:
        key = original(*args, **kwargs)
        _state["keys"].add(key)
        return key

    generate_key.__wrapped_for_secrets_scan__ = True  # type: ignore[attr-defined]
    return generate_key


def _install_wrapper() -> None:
    import compliance_client.domain.keys as keys

    original = keys.generate_key
    if getattr(original, "__wrapped_for_secrets_scan__", False):
        return
    wrapped = _wrap(original)
    keys.generate_key = wrapped  # type: ignore[assignment]
    # Modules imported before this point hold the original by name.
    for name, module in list(sys.modules.items()):
        if name.startswith(("compliance_client", "tests")) and \
                getattr(module, "generate_key", None) is original:
            module.generate_key = wrapped


def pytest_configure(config: pytest.Config) -> None:
    directory = Path(tempfile.mkdtemp(prefix="cc-issued-keys-"))
    (directory / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    _state["dir"] = directory
    _state["file"] = directory / "keys.txt"
    os.environ[ENV] = str(_state["file"])
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(directory), os.environ.get("PYTHONPATH")]))
    _install_wrapper()


def pytest_unconfigure(config: pytest.Config) -> None:
    directory = _state["dir"]
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    """The scan runs after everything else, wherever pytest collected it."""
    last = [i for i in items if i.path.name == "test_zz_secrets_scan.py"]
    if last:
        rest = [i for i in items if i.path.name != "test_zz_secrets_scan.py"]
        items[:] = rest + last


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "test_zz_secrets_scan.py" in report.nodeid:
        return
    for title, text in report.sections:
        _state["texts"].append((f"{report.nodeid} {title}", text))
    if report.longrepr is not None:
        _state["texts"].append((f"{report.nodeid} {report.when} failure", str(report.longrepr)))


def _needles(keys: Iterable[str]) -> list[tuple[str, bytes]]:
    """What must not appear: each key, and its secret part after the public prefix."""
    out = []
    for key in keys:
        out.append((key, key.encode()))
        out.append((key, key[PREFIX:].encode()))
    return out


#: Every needle (a key or its secret part) holds the secret's first WINDOW characters, so a
#: text is scanned once for runs of key characters and each window looked up in a set: linear
#: in the text, whatever the number of keys (thousands by the end of the suite; testing each
#: needle against each text took minutes).
WINDOW = 16
_RUN = re.compile(rb"[0-9A-Za-z]{%d,}" % WINDOW)


def _find(blob: bytes, windows: dict[bytes, str]) -> str | None:
    """The first key whose key or secret part ``blob`` holds, or None."""
    for run in _RUN.finditer(blob):
        text = run.group()
        for i in range(len(text) - WINDOW + 1):
            key = windows.get(text[i:i + WINDOW])
            if key is not None and any(needle in blob for _k, needle in _needles([key])):
                return key
    return None


def _windows(keys: Iterable[str]) -> dict[bytes, str]:
    return {key[PREFIX:PREFIX + WINDOW].encode(): key for key in keys}


def scan_files(root: Path, keys: Iterable[str]) -> Iterator[tuple[Path, str]]:
    """(file, key prefix) for each file under ``root`` holding a key or its secret part."""
    keys = list(keys)
    windows = _windows(keys)
    if not windows:
        return
    no_codes = _windows(k for k in keys if not k.startswith(ENROLLMENT_PREFIX))
    for path in sorted(root.rglob("*")):
        if path.name in KEYRING_FILES or path.is_symlink() or not path.is_file():
            continue
        try:
            blob = path.read_bytes()
        except OSError:
            continue
        key = _find(blob, no_codes if path.name in POLICY_FILES else windows)
        if key is not None:
            yield path, key[:PREFIX]


def scan_texts(texts: Iterable[tuple[str, str]], keys: Iterable[str]
               ) -> Iterator[tuple[str, str]]:
    """(where, key prefix) for each captured text holding a key or its secret part."""
    windows = _windows(keys)
    for where, text in texts:
        key = _find(text.encode("utf-8", "surrogatepass"), windows)
        if key is not None:
            yield where, key[:PREFIX]
