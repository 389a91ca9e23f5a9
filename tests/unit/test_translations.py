"""Every user-visible string is translated in every shipped language, and the .ts files are
current with the sources (a string added to the code without a translation fails here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from compliance_client.domain.languages import DEFAULT_LANGUAGE, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SHIPPED = sorted(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)


def _ts(code: str) -> Path:
    return TS_DIR / f"compliance_client_{code}.ts"


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated(code: str) -> None:
    path = _ts(code)
    assert path.exists(), f"{path.name} is missing"
    problems = []
    for context, source, message in _messages(path):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue
        plural = translation.findall("numerusform") if translation is not None else []
        forms = [f.text or "" for f in plural] or [
            "".join(translation.itertext()) if translation is not None else ""]
        if kind == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r}")
        # Placeholders must survive translation, or the user sees a raw {name} / %1.
        for text in forms:
            for token in ("%1", "%2", "%n", "{"):
                if source.count(token) != text.count(token):
                    problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
    assert not problems, f"{len(problems)} untranslated in {code}:\n" + "\n".join(problems[:20])


def _lupdate() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_ts_files_are_current(tmp_path: Path) -> None:
    """Re-scan the sources into a copy: no string may be new (run `make update-translations`)."""
    copy = tmp_path / "check.ts"
    shutil.copy(_ts(SHIPPED[0]), copy)
    sources = sorted(str(p) for p in (ROOT / "compliance_client").rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", str(copy)], check=True,
                   capture_output=True, cwd=ROOT)
    untranslated = [
        f"{ctx}: {src!r}" for ctx, src, msg in _messages(copy)
        if (msg.find("translation") is not None
            and msg.find("translation").get("type") == "unfinished")
    ]
    assert not untranslated, (
        "strings in the code without a translation (run `make update-translations` and "
        "translate them):\n" + "\n".join(untranslated[:20]))


@pytest.mark.parametrize("code", SHIPPED)
def test_qm_loads(code: str, qapp) -> None:
    """The built .qm loads and really translates (make builds it from the .ts)."""
    from PySide6.QtCore import QCoreApplication

    from compliance_client.ui import i18n

    try:
        assert i18n.set_language(code), f"compliance_client_{code}.qm did not load"
        assert QCoreApplication.translate("MainWindow", "API tokens") != "API tokens"
    finally:
        i18n.set_language(DEFAULT_LANGUAGE)


def _lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("code", SHIPPED)
def test_committed_qm_is_current(code: str, tmp_path: Path) -> None:
    """The .qm files are committed (so any install has them); they must match their .ts."""
    fresh = tmp_path / f"{code}.qm"
    subprocess.run([_lrelease(), "-silent", str(_ts(code)), "-qm", str(fresh)], check=True)
    committed = _ts(code).with_suffix(".qm")
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale: run `make translations` and commit it")


# English is the source language: its file holds only the plural forms, so that a count of
# one reads "1 day", not "1 days".


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_english_plurals_are_current_and_complete(tmp_path: Path) -> None:
    copy = tmp_path / "en.ts"
    shutil.copy(_ts(DEFAULT_LANGUAGE), copy)
    sources = sorted(str(p) for p in (ROOT / "compliance_client").rglob("*.py"))
    subprocess.run([_lupdate(), "-pluralonly", "-source-language", "en", "-target-language",
                    "en", *sources, "-ts", str(copy)], check=True, capture_output=True, cwd=ROOT)
    problems = []
    for context, source, message in _messages(copy):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all(forms):
            problems.append(f"{context}: {source!r} (run `make update-translations`)")
        elif forms[1] != source or not ("%n" in forms[0] or "%Ln" in forms[0]):
            problems.append(f"{context}: {source!r} has the forms {forms!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
def test_committed_english_qm_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "en.qm"
    subprocess.run([_lrelease(), "-silent", str(_ts(DEFAULT_LANGUAGE)), "-qm", str(fresh)],
                   check=True)
    committed = _ts(DEFAULT_LANGUAGE).with_suffix(".qm")
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes()


def test_english_says_one_day_not_one_days(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from compliance_client.ui import i18n

    i18n.set_language(DEFAULT_LANGUAGE)
    text = "Your API token expires in %n days."  # the tray's (context TrayController)
    said = [QCoreApplication.translate("TrayController", text, "", n) for n in (1, 5)]
    assert said == ["Your API token expires in 1 day.", "Your API token expires in 5 days."]
