"""Help → About: versions and paths, and "Copy diagnostics" for a support request.

The diagnostics text holds the versions (app, Python, Qt, PySide6), the OS, the config,
data and log directories and the newest log lines. It never holds a key: the log lines are
redacted when written and again when read (``compliance_client.profile.logs``), and the whole text
passes through ``redact`` once more before it reaches the clipboard, because a support
request is pasted into places we do not control.

Finding the facts (``Environment.current``: ``platform`` may start a process) and reading the
log lines are I/O, so both run on a worker: the main window builds the dialog once the
environment is known, and "Copy diagnostics" reads the log in the background.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..profile.logs import log_dir, redact, tail_lines
from .tasks import Busy
from .text import fill

DIAGNOSTIC_LOG_LINES = 200


@dataclass(frozen=True)
class Environment:
    """What About shows and diagnostics copy (paths as found now; tests move them)."""

    app_version: str
    python_version: str
    qt_version: str
    pyside_version: str
    os_name: str
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def current(cls) -> Environment:
        import PySide6
        from PySide6.QtCore import qVersion

        from ..profile.paths import config_dir, data_dir

        return cls(app_version=__version__,
                   python_version=platform.python_version(),
                   qt_version=qVersion(),
                   pyside_version=PySide6.__version__,
                   os_name=f"{platform.platform()} ({sys.platform})",
                   config_dir=config_dir(), data_dir=data_dir(), log_dir=log_dir())


def diagnostics_text(env: Environment | None = None,
                     lines: int = DIAGNOSTIC_LOG_LINES) -> str:
    """The text "Copy diagnostics" puts on the clipboard. Plain English on purpose: it is
    read by whoever supports the app, not by the user who pastes it."""
    env = env or Environment.current()
    log_lines = tail_lines(lines, env.log_dir)
    text = "\n".join([
        f"Compliance Client {env.app_version}",
        f"Python {env.python_version}",
        f"Qt {env.qt_version}",
        f"PySide6 {env.pyside_version}",
        f"OS {env.os_name}",
        f"Config directory: {env.config_dir}",
        f"Data directory: {env.data_dir}",
        f"Log directory: {env.log_dir}",
        "",
        f"Last {len(log_lines)} log lines:",
        *log_lines,
    ])
    return redact(text) + "\n"


class AboutDialog(QDialog):
    """Versions and paths of ``env``; "Copy diagnostics" puts ``diagnostics_text()`` on the
    clipboard (read in the background; ``copied`` carries the text once it is there)."""

    copied = Signal(str)

    def __init__(self, env: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.env = env
        self.title_label = QLabel()
        self.title_label.setObjectName("aboutTitle")
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key, value in self._facts():
            name = QLabel()
            shown = QLabel(value)
            shown.setObjectName(f"about_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._labels[key] = name
            self._values[key] = shown
            self.form.addRow(name, shown)
        self.copied_label = QLabel()
        self.copied_label.setObjectName("copiedLabel")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self._copying = Busy(self, lambda busy: self.copy_button.setEnabled(not busy),
                             self._copy_failed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(self.form)
        layout.addWidget(self.copied_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _facts(self) -> list[tuple[str, str]]:
        e = self.env
        return [("version", e.app_version), ("python", e.python_version),
                ("qt", e.qt_version), ("pyside", e.pyside_version), ("os", e.os_name),
                ("config", str(e.config_dir)), ("data", str(e.data_dir)),
                ("log", str(e.log_dir))]

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Compliance Client"))
        self.title_label.setText(
            fill(self.tr("Compliance Client %1"), self.env.app_version))
        names = {
            "version": self.tr("Version"),
            "python": self.tr("Python"),
            "qt": self.tr("Qt"),
            "pyside": self.tr("PySide6"),
            "os": self.tr("Operating system"),
            "config": self.tr("Settings folder"),
            "data": self.tr("Data folder"),
            "log": self.tr("Log folder"),
        }
        for key, label in self._labels.items():
            label.setText(names[key])
        self.copy_button.setText(self.tr("Copy &diagnostics"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_diagnostics(self) -> None:
        """Read the diagnostics (log lines) in the background, then put them on the clipboard
        and say so."""
        env = self.env
        self._copying.run(lambda: diagnostics_text(env), self._copied)

    def _copied(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied_label.setText(self.tr("Diagnostics copied to the clipboard."))
        self.copied.emit(text)

    def _copy_failed(self, error: BaseException) -> None:
        from .errors import describe

        self.copied_label.setText(describe(error))
