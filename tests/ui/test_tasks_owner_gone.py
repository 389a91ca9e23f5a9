"""A window closed while its background work finishes must not crash the app.

CI once died with a segmentation fault in ``Task.run``: the pool thread emitted on a
QObject that the GUI thread was deleting with its owner (the window the user closed). The
race is narrow, so it is run thousands of times, in a child process, since a segmentation
fault would otherwise take the whole test run with it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
    from compliance_client.ui.tasks import pending_tasks, run_task

    app = QCoreApplication([])
    QThreadPool.globalInstance().setMaxThreadCount(4)
    delivered = []
    for i in range(5000):
        owner = QObject()
        for _ in range(4):
            run_task(owner, lambda: i, delivered.append)
        app.processEvents()
        del owner  # the window closed while its work may still be finishing
        app.processEvents()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    print(pending_tasks(), len(delivered) > 0)
""")


def test_closing_the_owner_while_its_work_finishes_does_not_crash() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    # Nothing is left pending, and the work whose owner lived was delivered.
    assert done.stdout.split() == ["0", "True"]
