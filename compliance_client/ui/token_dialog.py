"""Add / Edit an API token.

Every field is checked in place by the domain's rules (the same code the server runs):
IP lines as they are typed, everything else with ``validate_token_fields`` before anything
is sent. A live line under the form says what the token will be able to do. The server's
own 422 field messages land on the same fields.

Editing uses the token's ETag. When someone else changed the token meanwhile (412), the
dialog keeps what the user typed and offers Reload: the server's current values then show
under each field that differs, and only a second, deliberate Save replaces them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.catalogue import ENDPOINT_IDS, ENDPOINTS, Endpoint
from ..domain.errors import FieldProblem, ValidationError
from ..domain.ipset import AddressSpace, IPEntryError, normalize_entry
from ..domain.policy import Policy, check_reach
from ..domain.tokens import (
    LIST_FIELDS,
    SCOPE_GLOBAL,
    SCOPE_ORGANIZATION,
    Token,
    end_of_day,
    validate_token_fields,
)
from .errors import describe
from .i18n import translate
from .key_dialog import CLIPBOARD_CLEAR_MS, KeyDialog, confirm_regenerate
from .messages import inform
from .text import datetime_text, fill, local_date, user_zone
from .widgets import BusyIndicator, FieldError, mark_invalid, plain_button

if TYPE_CHECKING:
    from ..domain.tokens import IssuedToken
    from ..service.client import VersionedToken
    from .session import Session
    from .tasks import Task

DEFAULT_VALID_DAYS = 90
MAX_LISTED_PROBLEMS = 6
WARNING_COLOUR = QColor("#8a5300")
OWN_NOTE_BACKGROUND = QColor("#dff6dd")  # the signed-in token's note (the grid's badge green)
OWN_NOTE_TEXT = QColor("#0b3d0b")
INVALID_LINE_COLOUR = QColor(255, 225, 222)


# ---- time zone ---------------------------------------------------------------------------


def local_end_of_day(day: date, tz: tzinfo | None = None) -> datetime:
    """What a picked date means: the last second of that day in the user's zone (DESIGN §5).

    The system's IANA zone is used when zoneinfo knows it (so a date beyond a DST change
    gets that day's offset); otherwise the OS's own offset for that very day.
    """
    return end_of_day(day, tz or user_zone(day))


# ---- translated problem texts ------------------------------------------------------------


def ip_problem_text(exc: IPEntryError) -> str:
    """One IP entry's problem, translated by its code (the domain's English is a fallback)."""
    entry = exc.entry.strip()
    if exc.code == "ip_empty":
        return translate("TokenDialog", "The entry is empty.")
    if exc.code == "ip_host_bits":
        fixed = ipaddress.ip_network(entry, strict=False)
        return fill(
            translate("TokenDialog", "%1 has host bits set; did you mean %2?"), entry, fixed
        )
    if exc.code == "ip_invalid" and "%" in entry:
        return fill(
            translate(
                "TokenDialog", "%1 holds an interface zone (%…); enter the address without it."
            ),
            entry,
        )
    if exc.code == "ip_invalid":
        return fill(
            translate(
                "TokenDialog",
                "%1 is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).",
            ),
            entry,
        )
    return str(exc)


def problem_text(p: FieldProblem) -> str:
    """A field problem from ``validate_token_fields`` in the user's language."""
    entry = str(p.params.get("entry", ""))
    texts = {
        "required": {
            "organization_name": translate("TokenDialog", "Enter the organization name."),
            "organization_id": translate("TokenDialog", "Enter the organization ID."),
        }.get(p.field),
        "too_long": fill(
            translate("TokenDialog", "This is longer than %1 characters."), p.params.get("max", "")
        ),
        "not_text": translate("TokenDialog", "This must be text."),
        "bad_org_id": translate(
            "TokenDialog",
            "An organization ID holds letters, digits, '.', '_' and '-', and "
            "starts with a letter or digit.",
        ),
        "too_many": fill(
            translate("TokenDialog", "At most %1 entries are allowed."), p.params.get("max", "")
        ),
        "unknown_endpoint": fill(
            translate(
                "TokenDialog",
                "%1 matches no endpoint; use an id such as tokens.read, "
                "a group such as tokens.*, or *.",
            ),
            entry or "?",
        ),
        "duplicate": fill(translate("TokenDialog", "%1 is listed twice."), entry),
        "in_both_lists": fill(
            translate(
                "TokenDialog", "%1 is in both the allowed and the blocked list; remove it from one."
            ),
            entry,
        ),
        "expiry_past": translate("TokenDialog", "The expire date must be in the future."),
        "expiry_far": translate("TokenDialog", "The expire date is more than 100 years away."),
        "bad_instant": translate("TokenDialog", "The expire date is not valid."),
    }
    if p.code.startswith("ip_") and entry:
        return ip_problem_text(IPEntryError(entry, p.code, p.message))
    return texts.get(p.code) or p.message


# ---- endpoint picker ---------------------------------------------------------------------


class _CheckList(QListWidget):
    """A click anywhere on a row toggles it (not only on the tiny box)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.window().close()  # the popup: Enter and Esc both just close it
            return
        super().keyPressEvent(event)


class EndpointPicker(QComboBox):
    """A drop-down with a checkable list of endpoint patterns (``*``, ``group.*``, ids).

    It looks and tabs like a combo box; its popup is a list with check boxes that stays
    open while the user ticks several entries.
    """

    changed = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.list = _CheckList(self.popup)
        self.list.setObjectName("endpointChoices")
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._item_changed)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(1, 1, 1, 1)
        popup_layout.addWidget(self.list)
        self._updating = False
        self.set_catalogue(ENDPOINTS)

    # -- choices ---------------------------------------------------------------------------

    def set_catalogue(self, endpoints: Sequence[Endpoint]) -> None:
        """Offer ``*``, each ``group.*`` and each id of ``endpoints``; keep what is ticked."""
        keep = self.selected()
        groups = list(dict.fromkeys(e.group for e in endpoints))
        choices: list[tuple[str, str]] = [("*", translate("TokenDialog", "every endpoint"))]
        choices += [
            (f"{g}.*", fill(translate("TokenDialog", "all endpoints of the %1 group"), g))
            for g in groups
        ]
        choices += [(e.id, e.description) for e in endpoints]
        self._updating = True
        self.list.clear()
        for pattern, description in choices:
            self._add_item(pattern, description)
        self._updating = False
        self.set_selected(keep)

    def _add_item(self, pattern: str, description: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{pattern}  —  {description}" if description else pattern)
        item.setData(Qt.ItemDataRole.UserRole, pattern)
        item.setToolTip(description)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def patterns(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def selected(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_selected(self, patterns: Sequence[str]) -> None:
        wanted = list(dict.fromkeys(patterns))
        self._updating = True
        known = set(self.patterns())
        for pattern in wanted:
            if pattern not in known:  # e.g. an id this server no longer lists: keep it
                self._add_item(pattern, "")
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
        self._updating = False
        self._refresh()

    def set_checked(self, pattern: str, checked: bool) -> None:
        """Tick or untick one pattern (what a click in the popup does)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == pattern:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(pattern)

    def summary(self) -> str:
        chosen = self.selected()
        return ", ".join(chosen) if chosen else self.empty_text

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self._refresh()
            self.changed.emit()

    def _refresh(self) -> None:
        self.setToolTip("\n".join(self.selected()) or self.empty_text)
        self.setAccessibleDescription(self.summary())
        self.update()

    # -- combo box look --------------------------------------------------------------------

    def showPopup(self) -> None:
        rows = min(self.list.count(), 14)
        height = rows * max(self.list.sizeHintForRow(0), 18) + 6
        width = max(self.width(), self.list.sizeHintForColumn(0) + 40)
        self.popup.resize(QSize(width, height))
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.move(below)
        self.popup.show()
        self.list.setFocus()
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def hidePopup(self) -> None:
        self.popup.hide()
        super().hidePopup()

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        chosen = bool(self.selected())
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            self.summary(), Qt.TextElideMode.ElideRight, max(20, field.width() - 4)
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not chosen:
            # Only the text is greyed, like a placeholder; the frame and arrow stay enabled.
            palette = option.palette
            palette.setColor(
                palette.ColorRole.ButtonText, palette.color(palette.ColorRole.PlaceholderText)
            )
            palette.setColor(
                palette.ColorRole.Text, palette.color(palette.ColorRole.PlaceholderText)
            )
            option.palette = palette
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


# ---- IP list editor ----------------------------------------------------------------------


class IpListEdit(QPlainTextEdit):
    """One IP entry per line; invalid lines are tinted in place and listed under the field."""

    checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = 4
        self.setFixedHeight(
            self.fontMetrics().lineSpacing() * lines + 2 * int(self.document().documentMargin()) + 6
        )
        self.problems: list[tuple[int, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # 5,000 lines parse in a few ms; still, not per key
        self._timer.timeout.connect(self.check)
        self.textChanged.connect(self._timer.start)

    def set_entries(self, entries: Sequence[str]) -> None:
        self.setPlainText("\n".join(entries))
        self.check()

    def raw_entries(self) -> list[str]:
        """The non-blank lines as typed (the domain validation normalizes them)."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def valid_entries(self) -> list[str]:
        """The lines that parse, normalized, without repeats (for the live summary)."""
        out: list[str] = []
        for line in self.raw_entries():
            try:
                norm = normalize_entry(line)
            except IPEntryError:
                continue
            if norm not in out:
                out.append(norm)
        return out

    def check(self) -> None:
        """Check every line now; tint the bad ones; ``problems`` lists (line, sentence)."""
        self._timer.stop()
        problems: list[tuple[int, str]] = []
        seen: dict[str, int] = {}
        selections: list[QTextEdit.ExtraSelection] = []
        block = self.document().firstBlock()
        while block.isValid():
            text = block.text().strip()
            number = block.blockNumber() + 1
            problem = None
            if text:
                try:
                    norm = normalize_entry(text)
                except IPEntryError as exc:
                    problem = ip_problem_text(exc)
                else:
                    if norm in seen:
                        problem = fill(
                            translate("TokenDialog", "%1 is listed twice (line %2)."),
                            norm,
                            seen[norm],
                        )
                    else:
                        seen[norm] = number
            if problem is not None:
                problems.append((number, problem))
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(INVALID_LINE_COLOUR)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.format = fmt
                cursor = self.textCursor()
                cursor.setPosition(block.position())
                selection.cursor = cursor
                selections.append(selection)
            block = block.next()
        self.setExtraSelections(selections)
        self.problems = problems
        self.checked.emit()

    def problem_summary(self) -> str:
        lines = [
            fill(translate("TokenDialog", "Line %1: %2"), n, text)
            for n, text in self.problems[:MAX_LISTED_PROBLEMS]
        ]
        rest = len(self.problems) - MAX_LISTED_PROBLEMS
        if rest > 0:
            lines.append(fill(translate("TokenDialog", "… and %1 more lines to fix."), rest))
        return "\n".join(lines)


# ---- the dialog --------------------------------------------------------------------------


# Word-wrapped labels normally negotiate height-for-width with their layout, but a top-level
# dialog does not honour it: its minimum size counts each such label as one line, so a
# three-line error was squeezed into one line's room and overlapped the field above. These
# labels opt out of height-for-width and set their wrapped height as a plain minimum height
# whenever their text or width changes, which every layout honours.


def _fit(label: QLabel) -> None:
    height = 0
    if label.text():
        margins = label.contentsMargins()
        # A hidden label's width is stale; it will take its parent's width when shown.
        parent = label.parentWidget()
        outer = (
            label.width() if label.isVisible() or parent is None else parent.contentsRect().width()
        )
        width = max(1, outer - margins.left() - margins.right() - 2 * label.margin())
        bounds = label.fontMetrics().boundingRect(
            0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), label.text()
        )
        height = bounds.height() + margins.top() + margins.bottom() + 2 * label.margin()
    if height != label.minimumHeight():
        label.setMinimumHeight(max(0, height))


class _ReservesWrappedHeight:
    """Mixin for a word-wrapped QLabel that reserves its wrapped height (see above)."""

    def hasHeightForWidth(self) -> bool:
        return False

    def setText(self, text: str) -> None:
        super().setText(text)  # type: ignore[misc]
        _fit(self)  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        _fit(self)  # type: ignore[arg-type]


class WrapLabel(_ReservesWrappedHeight, QLabel):
    """A word-wrapped label that reserves its wrapped height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)


class WrapError(_ReservesWrappedHeight, FieldError):
    """The shared inline field error, reserving its wrapped height."""


class _Field(QWidget):
    """A field with its inline error and (after a conflict) the server's value under it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error = WrapError(self)
        self.hint = WrapLabel(self)
        self.hint.setObjectName("serverValue")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.hint.palette()
        palette.setColor(self.hint.foregroundRole(), WARNING_COLOUR)
        self.hint.setPalette(palette)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

    def show_error(self, text: str | None) -> None:
        self.error.show_error(text)
        mark_invalid(self.widget, bool(text))

    def show_hint(self, text: str | None) -> None:
        self.hint.setText(text or "")
        self.hint.setVisible(bool(text))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return list(a) == list(b)
    return bool(a == b)


class TokenDialog(QDialog):
    """Add a token (``token`` None) or edit one. ``token_saved(Token)`` after every change.

    ``tz`` is the user's zone for the expire date (the system's by default);
    ``clear_after_ms`` goes to the key dialog's clipboard timer.
    """

    token_saved = Signal(object)

    def __init__(
        self,
        session: Session,
        token: Token | None = None,
        *,
        tz: tzinfo | None = None,
        clear_after_ms: int = CLIPBOARD_CLEAR_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tokenDialog")
        self.session = session
        self.token_id: int | None = token.id if token is not None else None
        self.saved_token: Token | None = None
        self._original: Token | None = token  # the server's values the edit started from
        self._etag: str | None = None
        self._tz = tz
        self._clear_after_ms = clear_after_ms
        self._task: Task | None = None
        self._loaded = token is None

        # fields
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("organizationName")
        self.org_id_edit = QLineEdit(self)
        self.org_id_edit.setObjectName("organizationId")
        self.key_label = QLabel(self)
        self.key_label.setObjectName("keyPrefix")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regenerate_button = plain_button("", self)
        self.regenerate_button.setObjectName("regenerateKey")
        self.regenerate_button.clicked.connect(self.regenerate)
        self.allowed_endpoints = EndpointPicker("", self)
        self.allowed_endpoints.setObjectName("allowedEndpoints")
        self.blocked_endpoints = EndpointPicker("", self)
        self.blocked_endpoints.setObjectName("blockedEndpoints")
        self.allowed_ips = IpListEdit(self)
        self.allowed_ips.setObjectName("allowedIps")
        self.blocked_ips = IpListEdit(self)
        self.blocked_ips.setObjectName("blockedIps")
        self.expires_edit = QDateEdit(self)
        self.expires_edit.setObjectName("expiresAt")
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setDisplayFormat(
            self.locale().dateFormat(self.locale().FormatType.ShortFormat)
        )
        self.never_check = QCheckBox(self)
        self.never_check.setObjectName("neverExpires")
        self.never_warning = WrapLabel(self)
        self.never_warning.setObjectName("neverWarning")
        palette = self.never_warning.palette()
        palette.setColor(self.never_warning.foregroundRole(), WARNING_COLOUR)
        self.never_warning.setPalette(palette)
        self.never_warning.hide()
        # DESIGN §8: only a global caller may choose the scope; everyone else's tokens are
        # organization tokens, and the choice is not shown to them at all.
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scopeChoice")
        self.scope_combo.addItem("", SCOPE_ORGANIZATION)
        self.scope_combo.addItem("", SCOPE_GLOBAL)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        # the note on the token this app is signed in with
        self.own_note = QFrame(self)
        self.own_note.setObjectName("ownTokenNote")
        self.own_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.own_note.setAutoFillBackground(True)
        own_palette = self.own_note.palette()
        own_palette.setColor(self.own_note.backgroundRole(), OWN_NOTE_BACKGROUND)
        own_palette.setColor(self.own_note.foregroundRole(), OWN_NOTE_TEXT)
        self.own_note.setPalette(own_palette)
        self.own_note_label = WrapLabel(self.own_note)
        self.own_note_label.setObjectName("ownTokenText")
        self.own_note_label.setTextFormat(Qt.TextFormat.PlainText)
        own_layout = QVBoxLayout(self.own_note)
        own_layout.setContentsMargins(10, 6, 10, 6)
        own_layout.addWidget(self.own_note_label)
        self.own_note.setVisible(self.is_own_token())

        self.fields: dict[str, _Field] = {
            "organization_name": _Field(self.name_edit),
            "organization_id": _Field(self.org_id_edit),
            "scope": _Field(self.scope_combo),
            "allowed_endpoints": _Field(self.allowed_endpoints),
            "blocked_endpoints": _Field(self.blocked_endpoints),
            "allowed_ips": _Field(self.allowed_ips),
            "blocked_ips": _Field(self.blocked_ips),
        }
        expiry_row = QWidget(self)
        expiry_layout = QHBoxLayout(expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.expires_edit)
        expiry_layout.addSpacing(12)
        expiry_layout.addWidget(self.never_check)
        expiry_layout.addStretch(1)
        expiry_field = _Field(expiry_row)
        expiry_field.layout().addWidget(self.never_warning)
        self.fields["expires_at"] = expiry_field
        key_row = QWidget(self)
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_label, 1)
        key_layout.addWidget(self.regenerate_button)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        order = [
            "organization_name",
            "organization_id",
            "scope",
            "key",
            "allowed_endpoints",
            "blocked_endpoints",
            "allowed_ips",
            "blocked_ips",
            "expires_at",
        ]
        for name in order:
            if name == "key" and self.token_id is None:
                key_row.hide()  # a new token has no key until it is saved
                continue
            label = QLabel(self)
            self.labels[name] = label
            if name == "key":
                label.setBuddy(self.regenerate_button)
                self.form.addRow(label, key_row)
                continue
            field = self.fields[name]
            label.setBuddy(field.widget if name != "expires_at" else self.expires_edit)
            self.form.addRow(label, field)

        # banner for a conflicting edit
        self.banner = QFrame(self)
        self.banner.setObjectName("conflictBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        banner_palette = self.banner.palette()
        banner_palette.setColor(self.banner.backgroundRole(), QColor("#fff4ce"))
        banner_palette.setColor(self.banner.foregroundRole(), QColor("#3b2f00"))
        self.banner.setPalette(banner_palette)
        self.banner_label = WrapLabel(self.banner)
        self.banner_label.setObjectName("conflictText")
        self.reload_button = plain_button("", self.banner)
        self.reload_button.setObjectName("reloadToken")
        self.reload_button.clicked.connect(self.reload_from_server)
        self.use_server_button = plain_button("", self.banner)
        self.use_server_button.setObjectName("useServerValues")
        self.use_server_button.clicked.connect(self.use_server_values)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.use_server_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        # the live summary of what the token may do
        self.summary_box = QFrame(self)
        self.summary_box.setObjectName("accessSummary")
        self.summary_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_label = WrapLabel(self.summary_box)
        self.summary_label.setObjectName("accessSummaryText")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_warnings = WrapLabel(self.summary_box)
        self.summary_warnings.setObjectName("accessWarnings")
        self.summary_warnings.setTextFormat(Qt.TextFormat.PlainText)
        warn_palette = self.summary_warnings.palette()
        warn_palette.setColor(self.summary_warnings.foregroundRole(), WARNING_COLOUR)
        self.summary_warnings.setPalette(warn_palette)
        summary_layout = QVBoxLayout(self.summary_box)
        summary_layout.setContentsMargins(10, 8, 10, 8)
        summary_layout.addWidget(self.summary_label)
        summary_layout.addWidget(self.summary_warnings)

        self.general_error = WrapError(self)
        self.general_error.setObjectName("generalError")
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        # Grow the window when error lines or server values appear, rather than squeeze them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.own_note)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)

        # live updates
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(120)
        self._summary_timer.timeout.connect(self.update_summary)
        for picker in (self.allowed_endpoints, self.blocked_endpoints):
            picker.changed.connect(self._summary_timer.start)
        for edit in (self.allowed_ips, self.blocked_ips):
            edit.checked.connect(self._ips_checked)
        self.expires_edit.dateChanged.connect(self._summary_timer.start)
        self.scope_combo.currentIndexChanged.connect(self._summary_timer.start)
        self.scope_combo.currentIndexChanged.connect(
            lambda _i: self.fields["scope"].show_error(None)
        )
        self.session.state_changed.connect(self._show_scope_choice)
        self.never_check.toggled.connect(self._never_toggled)
        self.name_edit.textEdited.connect(
            lambda _t: self.fields["organization_name"].show_error(None)
        )
        self.org_id_edit.textEdited.connect(
            lambda _t: self.fields["organization_id"].show_error(None)
        )

        self.retranslate()
        self._fill(token)
        self._show_scope_choice()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)
        self.session.run(
            self, lambda c: c.endpoints(), self._catalogue_arrived, lambda _e: None
        )  # the built-in catalogue stays if this fails
        if token is not None:
            self._set_loading(True)
            self._task = self.session.run(
                self, lambda c: c.get_token(token.id), self._loaded_from_server, self._load_failed
            )

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        editing = self.token_id is not None
        self.setWindowTitle(self.tr("Edit API token") if editing else self.tr("Add API token"))
        texts = {
            "organization_name": self.tr("Organization &name:"),
            "organization_id": self.tr("Organization &ID:"),
            "scope": self.tr("Sc&ope:"),
            "key": self.tr("Key:"),
            "allowed_endpoints": self.tr("&Allowed endpoints:"),
            "blocked_endpoints": self.tr("&Blocked endpoints:"),
            "allowed_ips": self.tr("Allowed I&Ps:"),
            "blocked_ips": self.tr("Blocked IPs:"),
            "expires_at": self.tr("E&xpires on:"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.name_edit.setPlaceholderText(self.tr("e.g. Acme Corporation"))
        self.org_id_edit.setPlaceholderText(self.tr("e.g. acme-corp"))
        self.allowed_endpoints.empty_text = self.tr("All endpoints (no allowed list)")
        self.blocked_endpoints.empty_text = self.tr("None blocked")
        self.allowed_endpoints._refresh()
        self.blocked_endpoints._refresh()
        self.allowed_ips.setPlaceholderText(
            self.tr("Any address. One address or network per line, e.g. 10.0.0.0/8")
        )
        self.blocked_ips.setPlaceholderText(self.tr("None blocked. One entry per line"))
        self.never_check.setText(self.tr("Never expires"))
        self.scope_combo.setItemText(0, self.tr("Organization"))
        self.scope_combo.setItemText(1, self.tr("Global (all organizations)"))
        self.scope_combo.setToolTip(
            self.tr(
                "An organization token acts only inside its own organization ID. A global "
                "token acts on every organization: give it only to the service's "
                "administrators."
            )
        )
        self.own_note_label.setText(
            self.tr(
                "This is the token you are signed in with. Restricting it or regenerating "
                "its key affects this app too."
            )
        )
        self.never_warning.setText(
            self.tr(
                "A token that never expires keeps working until "
                "someone deletes it. Prefer an expire date."
            )
        )
        self.regenerate_button.setText(self.tr("&Regenerate key…"))
        self.reload_button.setText(self.tr("Re&load"))
        self.use_server_button.setText(self.tr("Use the server's values"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.expires_edit.setToolTip(
            self.tr("The token stops working at the end of this day, in your time zone.")
        )
        if self._original is not None:
            self._show_key(self._original)
        if not self.banner.isHidden():
            self._show_conflict(reloaded=self.use_server_button.isVisible())
        self.update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.tidy_height)

    def tidy_height(self) -> None:
        """Drop the room texts measured before the first layout asked for (once shown)."""
        layout = self.layout()
        layout.activate()
        self.resize(self.width(), layout.minimumSize().height())

    # -- scope and the signed-in token -------------------------------------------------------

    def is_own_token(self) -> bool:
        """Whether the token being edited is the one this app is signed in with."""
        access = self.session.access
        return (self.token_id is not None and access is not None
                and access.token.id == self.token_id)

    def scope_choice_shown(self) -> bool:
        """Only a caller whose own token is global may choose a token's scope (DESIGN §8)."""
        access = self.session.access
        return access is not None and access.token.is_global

    def _show_scope_choice(self) -> None:
        shown = self.scope_choice_shown()
        self.form.setRowVisible(self.fields["scope"], shown)
        self.own_note.setVisible(self.is_own_token())
        if self.isVisible():
            QTimer.singleShot(0, self.tidy_height)

    def scope_value(self) -> str:
        """The scope the form means: the choice when shown, else the token's own (an edit
        never changes it), else "organization" (a new token)."""
        if self.scope_choice_shown():
            return str(self.scope_combo.currentData())
        original = self._original
        return original.scope if original is not None else SCOPE_ORGANIZATION

    def _set_scope(self, scope: str) -> None:
        index = self.scope_combo.findData(scope)
        self.scope_combo.setCurrentIndex(max(0, index))

    # -- filling and reading the form ------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self._tz).date() if self._tz else date.today()

    def _fill(self, token: Token | None) -> None:
        today = self._today()
        if token is None:
            self._set_scope(SCOPE_ORGANIZATION)
            self.expires_edit.setMinimumDate(QDate(today))
            self.expires_edit.setDate(QDate(today + timedelta(days=DEFAULT_VALID_DAYS)))
            self.never_check.setChecked(False)
            self.allowed_ips.check()
            self.blocked_ips.check()
            self.update_summary()
            return
        self.name_edit.setText(token.organization_name)
        self.org_id_edit.setText(token.organization_id)
        self._set_scope(token.scope)
        self.allowed_endpoints.set_selected(token.allowed_endpoints)
        self.blocked_endpoints.set_selected(token.blocked_endpoints)
        self.allowed_ips.set_entries(token.allowed_ips)
        self.blocked_ips.set_entries(token.blocked_ips)
        if token.expires_at is None:
            self.expires_edit.setMinimumDate(QDate(today))
            self.expires_edit.setDate(QDate(today + timedelta(days=DEFAULT_VALID_DAYS)))
            self.never_check.setChecked(True)
        else:
            day = local_date(token.expires_at, self._tz)
            self.expires_edit.setMinimumDate(QDate(min(day, today)))
            self.expires_edit.setDate(QDate(day))
            self.never_check.setChecked(False)
        self._never_toggled(self.never_check.isChecked())
        self._show_key(token)
        self.update_summary()

    def _show_key(self, token: Token) -> None:
        self.key_label.setText(token.key_prefix + "…")
        self.key_label.setToolTip(
            self.tr(
                "Only the start of the key is kept; the whole key "
                "was shown once, when it was issued."
            )
        )

    def expiry_value(self) -> datetime | None:
        """The instant the form means; an untouched date keeps the stored instant exactly."""
        if self.never_check.isChecked():
            return None
        day: date = self.expires_edit.date().toPython()  # type: ignore[assignment]
        original = self._original
        if (
            original is not None
            and original.expires_at is not None
            and local_date(original.expires_at, self._tz) == day
        ):
            return original.expires_at
        return local_end_of_day(day, self._tz)

    def values(self) -> dict[str, Any]:
        """The form as the domain's editable fields (not yet validated)."""
        return {
            "organization_name": self.name_edit.text(),
            "organization_id": self.org_id_edit.text(),
            "allowed_endpoints": self.allowed_endpoints.selected(),
            "blocked_endpoints": self.blocked_endpoints.selected(),
            "allowed_ips": self.allowed_ips.raw_entries(),
            "blocked_ips": self.blocked_ips.raw_entries(),
            "expires_at": self.expiry_value(),
            "scope": self.scope_value(),
        }

    # -- live feedback ---------------------------------------------------------------------

    def _never_toggled(self, never: bool) -> None:
        self.expires_edit.setEnabled(not never)
        self.never_warning.setVisible(never)
        self.fields["expires_at"].show_error(None)
        self._summary_timer.start()

    def _ips_checked(self) -> None:
        for name, edit in (("allowed_ips", self.allowed_ips), ("blocked_ips", self.blocked_ips)):
            self.fields[name].show_error(edit.problem_summary() or None)
        self._summary_timer.start()

    def update_summary(self) -> None:
        """The effective-access line and its warnings, from what the form holds now."""
        self._summary_timer.stop()
        allowed_ep = self.allowed_endpoints.selected()
        blocked_ep = self.blocked_endpoints.selected()
        allowed_ip = self.allowed_ips.valid_entries()
        blocked_ip = self.blocked_ips.valid_entries()
        policy = Policy(
            allowed_endpoints=allowed_ep,
            blocked_endpoints=blocked_ep,
            allowed_ips=allowed_ip,
            blocked_ips=blocked_ip,
        )
        count, total = len(policy.effective_endpoints()), len(ENDPOINT_IDS)
        every = count == total
        anywhere = not allowed_ip and not blocked_ip
        if every and anywhere:
            text = self.tr("This token may call every endpoint from any address.")
        else:
            where = _preview(allowed_ip) if allowed_ip else self.tr("any address")
            if every and blocked_ip:
                text = fill(
                    self.tr("May call every endpoint from %1 except %2."),
                    where,
                    _preview(blocked_ip),
                )
            elif every:
                text = fill(self.tr("May call every endpoint from %1."), where)
            elif blocked_ip:
                text = fill(
                    self.tr("May call %1 of %2 endpoints from %3 except %4."),
                    count,
                    total,
                    where,
                    _preview(blocked_ip),
                )
            else:
                text = fill(self.tr("May call %1 of %2 endpoints from %3."), count, total, where)
        expires = self.expiry_value()
        if expires is None:
            text += " " + self.tr("Never expires.")
        else:
            text += " " + fill(self.tr("Expires %1."), datetime_text(expires))
        self.summary_label.setText(text)

        warnings: list[str] = []
        for entry in allowed_ep:
            if entry in blocked_ep:
                warnings.append(
                    fill(
                        self.tr(
                            "%1 is in both the allowed and the blocked "
                            "endpoints; remove it from one."
                        ),
                        entry,
                    )
                )
        for entry in allowed_ip:
            if entry in blocked_ip:
                warnings.append(
                    fill(
                        self.tr(
                            "%1 is in both the allowed and the blocked IPs; remove it from one."
                        ),
                        entry,
                    )
                )
        if allowed_ip and AddressSpace.reach(allowed_ip, blocked_ip).is_empty():
            warnings.append(
                self.tr(
                    "The blocked IPs cover every allowed address, so this "
                    "token cannot be used from anywhere."
                )
            )
        if count == 1:
            warnings.append(self.tr("This token may call no endpoint except checking itself."))
        if every and anywhere:
            warnings.append(
                self.tr("It is unrestricted: consider limiting its endpoints or addresses.")
            )
        if self.scope_value() == SCOPE_GLOBAL:
            warnings.append(
                self.tr("It is global: it acts on the tokens and devices of every organization.")
            )
        access = self.session.access
        if access is not None:
            decision = check_reach(Policy.of(access.token), policy)
            if not decision.allowed:
                warnings.append(
                    self.tr("This reaches further than your own token; the server will refuse it.")
                )
        self.summary_warnings.setText("\n".join(warnings))
        self.summary_warnings.setVisible(bool(warnings))

    # -- loading (edit) --------------------------------------------------------------------

    def _set_loading(self, loading: bool) -> None:
        for field in self.fields.values():
            field.setEnabled(not loading)
        self.regenerate_button.setEnabled(not loading)
        self.save_button.setEnabled(not loading)
        self.busy.set_busy(loading)

    def _loaded_from_server(self, versioned: VersionedToken) -> None:
        self._task = None
        self._etag = versioned.etag
        self._original = versioned.token
        self._loaded = True
        self._fill(versioned.token)
        self._set_loading(False)
        self.name_edit.setFocus()

    def _load_failed(self, error: BaseException) -> None:
        self._task = None
        self.busy.set_busy(False)
        self.general_error.show_error(describe(error))

    def _catalogue_arrived(self, endpoints: Sequence[Endpoint]) -> None:
        if endpoints:
            self.allowed_endpoints.set_catalogue(endpoints)
            self.blocked_endpoints.set_catalogue(endpoints)

    # -- saving ----------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for name, field in self.fields.items():
            if name.endswith("_ips"):
                edit = self.allowed_ips if name == "allowed_ips" else self.blocked_ips
                field.show_error(edit.problem_summary() or None)
            else:
                field.show_error(None)
        self.general_error.clear_error()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Put each message on its field; messages for unknown fields go under the form."""
        stray: list[str] = []
        first: QWidget | None = None
        for name, text in problems.items():
            field = self.fields.get(name)
            if field is None:
                stray.append(text)
                continue
            field.show_error(text)
            if first is None:
                first = field.widget
        if stray:
            self.general_error.show_error("\n".join(stray))
        if first is not None:
            first.setFocus()

    def validate(self) -> dict[str, Any] | None:
        """The cleaned fields, or None with every problem shown on its field."""
        self.allowed_ips.check()
        self.blocked_ips.check()
        self.clear_problems()
        original = self._original if self.token_id is not None else None
        expiry_is_new = original is None or not _same(self.expiry_value(), original.expires_at)
        try:
            return validate_token_fields(
                self.values(), now=datetime.now(UTC), check_expiry=expiry_is_new
            )
        except ValidationError as exc:
            texts: dict[str, str] = {}
            for problem in exc.problems:
                if problem.field.endswith("_ips") and problem.code.startswith("ip_"):
                    # the IP editors list their own bad lines, with line numbers
                    edit = self.allowed_ips if problem.field == "allowed_ips" else self.blocked_ips
                    texts.setdefault(problem.field, edit.problem_summary() or problem_text(problem))
                else:
                    texts.setdefault(problem.field, problem_text(problem))
            self.show_problems(texts)
            return None

    def changes(self, cleaned: dict[str, Any]) -> dict[str, Any]:
        """The fields that differ from the server's values the edit is based on."""
        original = self._original
        if original is None:
            return dict(cleaned)
        return {k: v for k, v in cleaned.items() if not _same(v, getattr(original, k))}

    def save(self) -> None:
        if self._task is not None or not self._loaded:
            return
        cleaned = self.validate()
        if cleaned is None:
            return
        if self.token_id is None:
            fields = dict(cleaned)
            if not self.scope_choice_shown():
                fields.pop("scope", None)  # the server makes it an organization token
            self._start(lambda c: c.create_token(**fields), self._created)
            return
        changes = self.changes(cleaned)
        if not changes:
            self.accept()  # nothing to send
            return
        token_id, etag = self.token_id, self._etag
        self._start(lambda c: c.update_token(token_id, if_match=etag, **changes), self._updated)

    def _start(self, work: Any, done: Any) -> None:
        self.save_button.setEnabled(False)
        self.busy.set_busy(True)
        self._task = self.session.run(self, work, done, self._save_failed)

    def _finished(self) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        self.busy.set_busy(False)

    def _created(self, issued: IssuedToken) -> None:
        self._finished()
        self.saved_token = issued.token
        self.token_saved.emit(issued.token)
        inform(self, self.windowTitle(), self.tr("API token added successfully"))
        KeyDialog(
            issued.key,
            issued.token.organization_name,
            clear_after_ms=self._clear_after_ms,
            parent=self,
        ).exec()
        self.accept()

    def _updated(self, token: Token) -> None:
        self._finished()
        self.saved_token = token
        self.token_saved.emit(token)
        inform(
            self,
            self.windowTitle(),
            fill(self.tr("API key with id %1 is updated successfully"), token.id),
        )
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._finished()
        code = getattr(error, "code", None)
        if code == "version_mismatch":
            self._show_conflict(reloaded=False)
            return
        fields = getattr(error, "fields", None)
        if code == "invalid_input" and fields:
            self.show_problems(dict(fields))
            return
        self.general_error.show_error(describe(error))

    # -- conflicts -------------------------------------------------------------------------

    def _show_conflict(self, *, reloaded: bool) -> None:
        if reloaded:
            text = self.tr(
                "This token was changed by someone else. The server's current "
                "values are shown under each field that differs from yours. Save "
                "again to replace them with yours, or use the server's values."
            )
        else:
            text = self.tr(
                "This token was changed by someone else. Nothing was saved; what "
                "you typed is kept. Reload to see the current values."
            )
        self.banner_label.setText(text)
        self.reload_button.setVisible(not reloaded)
        self.use_server_button.setVisible(reloaded)
        self.banner.show()

    def reload_from_server(self) -> None:
        """After a conflict: fetch the current values and ETag, keep what the user typed."""
        if self._task is not None or self.token_id is None:
            return
        token_id = self.token_id
        self.reload_button.setEnabled(False)
        self.busy.set_busy(True)
        self._task = self.session.run(
            self, lambda c: c.get_token(token_id), self._reloaded, self._reload_failed
        )

    def _reloaded(self, versioned: VersionedToken) -> None:
        self._task = None
        self.busy.set_busy(False)
        self.reload_button.setEnabled(True)
        self._etag = versioned.etag
        self._original = server = versioned.token
        self._show_key(server)
        typed = self.values()
        for name in self.fields:
            mine, theirs = typed[name], getattr(server, name)
            if name.endswith("_ips"):
                mine = [normalize_or_keep(e) for e in mine]
            differs = not _same(mine, theirs)
            self.fields[name].show_hint(
                fill(self.tr("On the server: %1"), self._value_text(name, theirs))
                if differs
                else None
            )
        self._show_conflict(reloaded=True)

    def _reload_failed(self, error: BaseException) -> None:
        self._task = None
        self.busy.set_busy(False)
        self.reload_button.setEnabled(True)
        self.general_error.show_error(describe(error))

    def use_server_values(self) -> None:
        """Drop what was typed and take the server's current values."""
        self._fill(self._original)
        for field in self.fields.values():
            field.show_hint(None)
        self.banner.hide()
        self.clear_problems()

    def _value_text(self, name: str, value: Any) -> str:
        if name == "scope":
            index = self.scope_combo.findData(value)
            return self.scope_combo.itemText(index) if index >= 0 else str(value)
        if name == "expires_at":
            return datetime_text(value) if value is not None else self.tr("never expires")
        if isinstance(value, list | tuple):
            return _preview(value, 8) if value else self.tr("(empty)")
        return str(value)

    # -- regenerate ------------------------------------------------------------------------

    def regenerate(self) -> None:
        token = self._original
        if token is None or self._task is not None:
            return
        if not confirm_regenerate(self, token):
            return
        token_id = token.id
        self.regenerate_button.setEnabled(False)
        self.busy.set_busy(True)
        self._task = self.session.run(
            self, lambda c: c.regenerate_token(token_id), self._regenerated, self._regenerate_failed
        )

    def _regenerated(self, issued: IssuedToken) -> None:
        self._task = None
        self.busy.set_busy(False)
        self.regenerate_button.setEnabled(True)
        fresh, before = issued.token, self._original
        if before is not None and all(
            _same(getattr(fresh, f), getattr(before, f))
            for f in ("organization_name", "organization_id", "expires_at", *LIST_FIELDS)
        ):
            # Only the key changed since we loaded: follow its new version so the next save
            # is not refused. Had anything else changed, the old ETag stays and a save will
            # report the conflict instead of overwriting it.
            self._original = fresh
            self._etag = f'"{fresh.version}"'
        self._show_key(fresh)
        self.token_saved.emit(fresh)
        KeyDialog(
            issued.key,
            fresh.organization_name,
            regenerated=True,
            clear_after_ms=self._clear_after_ms,
            parent=self,
        ).exec()

    def _regenerate_failed(self, error: BaseException) -> None:
        self._task = None
        self.busy.set_busy(False)
        self.regenerate_button.setEnabled(True)
        self.general_error.show_error(describe(error))

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().done(result)


def normalize_or_keep(entry: str) -> str:
    try:
        return normalize_entry(entry)
    except IPEntryError:
        return entry


def _preview(entries: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(entries[:limit])
    rest = len(entries) - limit
    return fill(translate("TokenDialog", "%1 and %2 more"), shown, rest) if rest > 0 else shown
