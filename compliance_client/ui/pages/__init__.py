"""The main window's pages. Each module exposes a ``QWidget`` subclass taking the Session
(and, through ``session.context``, the profile file, the keyring and this PC's identity);
``page_factories`` lists the ones this build has, keyed as ``MainWindow.PAGES``.

Only the first page (Profile, the one the window opens on) is built with the window. The
others are :class:`LazyPage` placeholders that import their module and build the real page
the first time they are shown: the API tokens page alone pulls in the token dialog, the
grid and their imports, which would otherwise cost every start (``--smoke`` included) about
a third of a bare Qt window's time, for a page many users never open.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ..session import Session

#: Builds a page for the session.
PageFactory = Callable[["Session"], QWidget]

_PAGES = {
    "profile": ("profile_page", "ProfilePage"),
    "device": ("device_page", "DevicePage"),
    "tokens": ("tokens_page", "TokensPage"),
    "audit": ("audit_page", "AuditPage"),
    "policy": ("policy_page", "PolicyPage"),
}

#: Built with the window (the page it shows first); the rest wait until shown.
EAGER = frozenset({"profile"})

#: The longest warm_up() holds the GUI thread in one turn of the event loop (one class may
#: take longer: QStyle's set-up alone is about 17 ms).
WARM_UP_SLICE_S = 0.004


def _page_class(module_name: str, class_name: str) -> PageFactory:
    module = importlib.import_module(f"{__name__}.{module_name}")
    return cast("PageFactory", getattr(module, class_name))


class LazyPage(QWidget):
    """Stands in the window's stack for a page until it is first shown or activated.

    ``page`` builds (once) and returns the real page; attributes the placeholder lacks are
    looked up on the real page, so ``window.pages["tokens"].model`` works as before.
    """

    def __init__(self, session: Session, module_name: str, class_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._where = (module_name, class_name)
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def page(self) -> QWidget:
        if self._page is None:
            page = _page_class(*self._where)(self._session)
            self._page = page
            self._layout.addWidget(page)
            if self.isVisible():
                page.show()  # a child added to a shown widget stays hidden until told
        return self._page

    @property
    def built(self) -> bool:
        return self._page is not None

    def activate(self) -> None:
        activate = getattr(self.page, "activate", None)
        if activate is not None:
            activate()

    def showEvent(self, event: Any) -> None:
        _ = self.page
        super().showEvent(event)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the placeholder itself does not have.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.page, name)


def warm_up(owner: QWidget, pages: list[QWidget]) -> None:
    """Make the first opening of a page (or dialog) cheap, without stalling the window now.

    Two costs would otherwise land on the GUI thread when the user first opens the API
    tokens page, about 140 ms together (the goal: no stall over 50 ms):

    1. PySide6 sets up a Qt class (building its Python enum classes) the first time Python
       meets it, and the first widget pointer whose exact type it must find sets up every
       QtWidgets class at once. Here each class is touched in idle time on the GUI thread,
       a few milliseconds per turn of the event loop.
    2. Importing the pages' modules (the token dialog, the grid, ...). That runs on a worker
       thread, started only when step 1 is over, so that the two threads never set up a Qt
       class at the same moment. If the user opens a page first, Python's import lock makes
       that wait for this import.
    """
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets
    from PySide6.QtCore import QTimer

    from ..tasks import run_task

    modules = [f"{__name__}.{p._where[0]}" for p in pages
               if isinstance(p, LazyPage) and not p.built]
    classes = iter([(module, name) for module in (PySide6.QtCore, PySide6.QtGui,
                                                  PySide6.QtWidgets)
                    for name in dir(module) if name.startswith("Q")])
    timer = QTimer(owner)
    timer.setInterval(0)  # whenever the event loop has nothing else to do

    def step() -> None:
        deadline = time.perf_counter() + WARM_UP_SLICE_S
        for module, name in classes:
            getattr(module, name)
            if time.perf_counter() > deadline:
                return
        timer.stop()
        timer.deleteLater()
        if modules:
            run_task(owner, lambda: [importlib.import_module(m) for m in modules])

    timer.timeout.connect(step)
    timer.start()


def _lazy_factory(module_name: str, class_name: str) -> PageFactory:
    def make(session: Session) -> QWidget:
        return LazyPage(session, module_name, class_name)

    return make


def page_factories() -> dict[str, PageFactory]:
    out: dict[str, PageFactory] = {}
    for key, (module_name, class_name) in _PAGES.items():
        if key in EAGER:
            try:
                out[key] = _page_class(module_name, class_name)
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{module_name}":
                    raise
            continue
        # Whether the module exists is known without importing it (a build may lack a page).
        if importlib.util.find_spec(f"{__name__}.{module_name}") is not None:
            out[key] = _lazy_factory(module_name, class_name)
    return out
