"""Help → About and "Copy diagnostics": versions, OS, paths and the newest log lines, with
every key that was logged (on purpose, here) redacted before it reaches the clipboard."""

from __future__ import annotations

import logging
import logging.handlers
import platform
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from compliance_client import __version__
from compliance_client.domain.keys import generate_key
from compliance_client.profile import logs
from compliance_client.ui.about_dialog import AboutDialog, Environment, diagnostics_text
from compliance_client.ui.testing import open_about_dialog, open_main_window

log = logging.getLogger("tests.about")


@pytest.fixture
def app_log(user_dirs: Path) -> Iterator[Path]:
    """The app's rotating log file under the test's XDG_STATE_HOME, as the app sets it up."""
    path = logs.setup_logging(logging.INFO)
    yield path
    logs.remove_logging()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_about_shows_versions_and_the_test_dirs(qtbot, user_dirs: Path, app_log: Path) -> None:
    dialog = open_about_dialog()
    qtbot.addWidget(dialog)
    assert dialog.value_text("version") == __version__
    assert dialog.value_text("python") == platform.python_version()
    assert dialog.value_text("qt") == qVersion()
    assert dialog.value_text("pyside") == pyside_version
    assert platform.system() in dialog.value_text("os")
    for key in ("config", "data", "log"):
        assert dialog.value_text(key).startswith(str(user_dirs)), key
    assert Path(dialog.value_text("log")) == app_log.parent
    assert app_log.is_relative_to(user_dirs / "xdg_state_home")


def test_copy_diagnostics_never_contains_a_key(qtbot, app_log: Path) -> None:
    key = generate_key()
    log.warning("a key pasted where it should not be: %s", key)
    log.error("and once in the message itself: Bearer " + key)
    try:
        raise RuntimeError(f"failure quoting {key}")
    except RuntimeError:
        log.exception("with a traceback")
    log.info("harmless line %d", 42)
    _flush()
    on_disk = app_log.read_text(encoding="utf-8")
    assert "harmless line 42" in on_disk
    assert key not in on_disk and key[12:] not in on_disk  # redacted before it was written
    assert key[:12] + logs.REDACTED in on_disk  # the public prefix stays, to identify it

    dialog = open_about_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.copied) as done:  # the log is read on a worker
        dialog.copy_diagnostics()
    copied = done.args[0]
    assert QGuiApplication.clipboard().text() == copied
    assert dialog.copied_label.text()
    assert key not in copied and key[12:] not in copied
    for expected in (f"Compliance Client {__version__}", f"Qt {qVersion()}",
                     f"PySide6 {pyside_version}", f"Python {platform.python_version()}",
                     "OS ", str(dialog.env.config_dir), str(dialog.env.data_dir),
                     str(dialog.env.log_dir), "harmless line 42", "with a traceback",
                     "RuntimeError: failure quoting cct_"):
        assert expected in copied, expected


def test_diagnostics_keep_only_the_last_200_lines_across_rotation(qtbot, user_dirs: Path,
                                                                  tmp_path: Path) -> None:
    directory = tmp_path / "logs"
    directory.mkdir()
    key = generate_key()
    # A rotated file written by something that did not redact (an older version, say).
    (directory / f"{logs.LOG_FILE_NAME}.1").write_text(
        "".join(f"old {i} {key}\n" for i in range(150)), encoding="utf-8")
    (directory / logs.LOG_FILE_NAME).write_text(
        "".join(f"new {i}\n" for i in range(120)), encoding="utf-8")
    env = Environment.current()
    env = Environment(**{**env.__dict__, "log_dir": directory})
    text = diagnostics_text(env)
    lines = text.splitlines()
    start = lines.index("Last 200 log lines:")
    tail = lines[start + 1:]
    assert len(tail) == 200
    assert tail[0].startswith("old 70 ") and tail[79].startswith("old 149 ")
    assert tail[80] == "new 0" and tail[-1] == "new 119"
    assert key not in text and key[12:] not in text
    # This file holds a key in clear on purpose; the suite's secrets scan
    # (tests/test_zz_secrets_scan.py) must not find it after the test.
    (directory / f"{logs.LOG_FILE_NAME}.1").unlink()


def test_log_file_opens_at_the_first_record_and_rotates(app_log: Path) -> None:
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, logs.LogFileHandler) and h.path == app_log]
    assert len(handlers) == 1
    assert logs.setup_logging() == app_log  # a second call adds no second handler
    assert sum(1 for h in logging.getLogger().handlers
               if isinstance(h, logs.LogFileHandler)) == 1
    log.warning("first record")
    _flush()
    assert "first record" in app_log.read_text(encoding="utf-8")
    file = handlers[0].file
    assert isinstance(file, logging.handlers.RotatingFileHandler)
    assert file.maxBytes == 1_000_000 and file.backupCount == 5


def test_an_unwritable_log_directory_is_reported_once_and_not_fatal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the log directory should be", encoding="utf-8")
    handler = logs.LogFileHandler(blocker / "logs" / logs.LOG_FILE_NAME, logging.INFO)
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "lost", None, None)
    handler.handle(record)
    handler.handle(record)
    assert handler.file is None
    assert capsys.readouterr().err.count("no log file") == 1
    handler.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_help_about_opens_the_dialog_once(qtbot, context, session, app_log: Path) -> None:
    window = open_main_window(context, session=session, pages=("profile",))
    qtbot.addWidget(window)
    assert window.help_menu.actions() == [window.about_action]
    window.about_action.trigger()  # the facts are found on a worker, then the dialog opens
    qtbot.waitUntil(lambda: window.about_dialog is not None)
    first = window.about_dialog
    assert isinstance(first, AboutDialog) and first.isVisible()
    assert first.windowTitle() == "About Compliance Client"
    first.close()
    window.about_action.trigger()
    assert window.about_dialog is first and first.isVisible()
