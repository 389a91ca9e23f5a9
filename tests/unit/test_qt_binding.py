"""The Qt binding itself: a known-bad PySide6 must not slip back in through a dependency
update (see the pin in pyproject.toml)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_nones_reference_count() -> None:
    # PySide6 6.12.0 returned None from void methods without a reference of its own: each
    # call took one of None's, and the app died with "deallocating None" once they ran out.
    obj, timer = QObject(), QTimer()
    calls = (lambda: obj.setObjectName("x"), timer.stop, lambda: timer.setInterval(5))
    for call in calls:
        call()
        before = sys.getrefcount(None)
        for _ in range(200):
            call()
        assert sys.getrefcount(None) - before > -100, call
