"""The API token grid's model: tokens fetched page by page, kept column by column
(:class:`~.token_rows.TokenRows`, about 400 bytes a token).

Everything a cell shows is computed from the token when the view asks (``data()``); a
``Token`` is built again from the columns for a row being painted (its texts are then kept)
or acted on, never for the whole list. Long lists are
cut to their first few entries before the view elides them, so a token with 5,000 blocked
addresses paints as fast as one with none.

The columns are the seed's: the token's ID first (the id the success messages name), its
name (its description in the tooltip) and status, its fields (the devices a token is bound
to as a count, DESIGN §9, the IDs in its tooltip), and an Action column last whose cells the
grid paints as buttons (Edit, Suspend or Resume, Delete, "…"); its text is only for screen
readers. Every cell's tooltip carries its whole text (a column fitted to the window's width
elides it) and its accessible text says which column it is.

A suspended token (ARCHITECTURE §11) stands out at a glance, in words as well as colour:
its Status cell is a badge, "Suspended" (an administrator switched it off) or "Leaked" (its
key was reported as leaked), each in its own tone, and the rest of its row is dimmed, as an
expired token's is: neither works.
"""

from __future__ import annotations

from collections.abc import Hashable, MutableSequence, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from ...domain.filters import StatusFilter, TokenFilter
from ...domain.tokens import Token
from .. import theme
from ..i18n import translate
from ..text import date_text, datetime_text, fill
from .model import DEFAULT_PAGE_SIZE, PagedTableModel, colour_of
from .token_rows import TokenRows

if TYPE_CHECKING:
    from ...service.client import TokenServerClient
    from ..session import Session

#: The "Unused" filter chip's number of days (DESIGN §11: "Unused 90 days").
UNUSED_DAYS = 90

#: Role under which ``data()`` hands out the row's ``Token`` itself.
TOKEN_ROLE = Qt.ItemDataRole.UserRole + 1

# As ints: looking a member up on a Python enum class costs more than the comparison.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FONT = int(Qt.ItemDataRole.FontRole)

SOON_DAYS = 14  # "expires in N days" within this many days
LIST_PREVIEW = 6  # entries shown in a list cell before "+N more"
TOOLTIP_ENTRIES = 40  # entries listed in a list cell's tooltip



class Column:
    ID = 0
    NAME = 1
    STATUS = 2
    ORG_NAME = 3
    ORG_ID = 4
    OWNER = 5
    KEY = 6
    ALLOWED_ENDPOINTS = 7
    BLOCKED_ENDPOINTS = 8
    ALLOWED_IPS = 9
    BLOCKED_IPS = 10
    DEVICES = 11
    EXPIRES = 12
    LAST_USED = 13
    ACTIONS = 14
    COUNT = 15


#: Each column's stable name (saved views refer to these; never translated).
COLUMN_KEYS = ("id", "name", "status", "organization_name", "organization_id", "owner", "key",
               "allowed_endpoints", "blocked_endpoints", "allowed_ips", "blocked_ips",
               "devices", "expires", "last_used", "actions")


_LIST_ATTR = {
    Column.ALLOWED_ENDPOINTS: "allowed_endpoints",
    Column.BLOCKED_ENDPOINTS: "blocked_endpoints",
    Column.ALLOWED_IPS: "allowed_ips",
    Column.BLOCKED_IPS: "blocked_ips",
}


def days_until(expires_at: datetime, now: datetime) -> int:
    """Calendar days from today to the expiry day, both in the user's zone."""
    return (expires_at.astimezone().date() - now.astimezone().date()).days


def list_preview(entries: Sequence[str]) -> str:
    """The first few entries, then "+N more": the view elides the rest anyway."""
    shown = ", ".join(entries[:LIST_PREVIEW])
    rest = len(entries) - LIST_PREVIEW
    return fill(translate("TokenModel", "%1 +%2 more"), shown, rest) if rest > 0 else shown


class TokenModel(PagedTableModel[Token]):
    """The API tokens, searched and sorted by the server (``tokens.list``)."""

    COLUMN_COUNT = Column.COUNT
    ROLES = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole, TOKEN_ROLE, Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole))

    MARK_COLUMN = Column.ORG_NAME  # the "You" badge stands before the organization name
    BADGE_COLUMN = Column.STATUS  # a suspended token's status is a badge

    SORT_KEYS = {
        Column.ID: "id",
        Column.ORG_NAME: "organization_name",
        Column.ORG_ID: "organization_id",
        Column.KEY: "key_prefix",
        Column.EXPIRES: "expires_at",
        Column.LAST_USED: "last_used_at",
    }

    def __init__(
        self, session: Session, *, page_size: int = DEFAULT_PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(session, page_size=page_size, parent=parent)
        self.sort_key = "organization_name"
        #: The chips' filter (its ``q`` unused: the search box's text is ``query``).
        self.filters = TokenFilter()
        self._read_colours()
        self._empty_list_texts: dict[int, str] = {}
        self._any_device = ""
        self._any_device_short = ""
        self._titles: list[str] = []
        self._actions_texts: tuple[str, str] = ("", "")
        self._status_texts: dict[str | None, str] = {}
        self._status_tips: dict[str | None, str] = {}
        self._no_name = ""
        self._own_text = ""
        self._own_mark = ""
        self._own_id = self._signed_in_id()
        self._bold = QFont(QGuiApplication.font())
        self._bold.setBold(True)
        self._read_texts()
        if session is not None:  # None: a bare model for tests of the cell texts
            session.state_changed.connect(self._signed_in_changed)

    def _read_colours(self) -> None:
        """Brushes of expired, expiring and dimmed cells, for the palette in force."""
        self._dim = QBrush(
            QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        self._expired = QBrush(theme.text_colour(theme.Tone.ERROR))
        self._soon = QBrush(theme.text_colour(theme.Tone.WARNING))

    def refresh_colours(self) -> None:
        self._read_colours()
        super().refresh_colours()

    def _read_texts(self) -> None:
        """Texts shown in many cells, translated once per language, not once per paint."""
        self._own_text = self.tr("This is the token you are signed in with")
        #: The badge before the signed-in token's organization name (keep it short).
        self._own_mark = self.tr("You")
        self._empty_list_texts = {
            Column.ALLOWED_ENDPOINTS: self.tr("All"),
            Column.BLOCKED_ENDPOINTS: self.tr("None"),
            Column.ALLOWED_IPS: self.tr("Any address"),
            Column.BLOCKED_IPS: self.tr("None"),
        }
        #: A token bound to no device, in the Devices column (short, as "All" and "None"
        #: are in the list columns: the column is narrow).
        self._any_device_short = self.tr("Any", "devices")
        self._any_device = self.tr("Any device")
        self._titles = self.column_titles()
        #: What the Action column's buttons do, for screen readers (the buttons are painted):
        #: an active token's row, then a suspended one's.
        self._actions_texts = (
            self.tr("Edit (Enter), Suspend, Delete (Del), Regenerate key (in the context "
                    "menu)"),
            self.tr("Edit (Enter), Resume, Delete (Del), Regenerate key (in the context "
                    "menu)"))
        # Keyed by the token's suspended_reason (None: active). Short: the column is narrow.
        self._status_texts = {None: self.tr("Active"), "admin": self.tr("Suspended"),
                              "leaked": self.tr("Leaked")}
        self._status_tips = {
            None: self.tr("Active: the key works (its expiry and lists permitting)."),
            "admin": self.tr("Suspended by an administrator: the key does not work until "
                             "the token is resumed."),
            "leaked": self.tr("Suspended because its key was reported as leaked: regenerate "
                              "the key before resuming the token."),
        }
        #: A token made before tokens had names.
        self._no_name = self.tr("No name")

    def retranslate(self) -> None:
        self._read_texts()
        super().retranslate()

    # -- the signed-in token ----------------------------------------------------------------

    def _signed_in_id(self) -> int | None:
        access = getattr(self.session, "access", None)
        return access.token.id if access is not None else None

    @property
    def own_token_id(self) -> int | None:
        """The id of the token the session is signed in with (``tokens.self``), if known."""
        return self._own_id

    def is_own(self, token: Token) -> bool:
        return self._own_id is not None and token.id == self._own_id

    def _signed_in_changed(self) -> None:
        """The session verified another token (or none): mark the right row again."""
        own = self._signed_in_id()
        if own == self._own_id:
            return
        self._own_id = own
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, Column.COUNT - 1))

    def row_mark(self, row: int) -> str | None:
        own = self._own_id
        if own is None or not 0 <= row < self.rowCount():
            return None
        # The id alone: asked for every painted cell, too often to build the row's token.
        return self._own_mark if self._token_rows.id_at(row) == own else None

    def badge(self, row: int) -> theme.Tone | None:
        """The tone of ``row``'s status badge: a suspended token's (None: active, plain
        text). Asked once per painted Status cell."""
        item = self.item(row)
        if item is None or not item.is_suspended:
            return None
        return theme.Tone.ERROR if item.is_leaked else theme.Tone.WARNING

    # -- PagedTableModel -------------------------------------------------------------------

    def fetch_page(
        self, client: TokenServerClient, offset: int, limit: int, query: str, sort: str | None
    ) -> tuple[Sequence[Token], int]:
        # ``filters`` is read here, on the worker: a frozen object, and a change of it
        # reloads (a new generation), so the answer of a page asked with older filters is
        # dropped whichever filters it read.
        page = client.list_tokens(offset=offset, limit=limit, q=query or None, sort=sort,
                                  filters=self.filters)
        return page.items, page.total

    # -- filters ---------------------------------------------------------------------------

    def set_search(self, query: str, filters: TokenFilter) -> None:
        """Search for ``query`` with ``filters`` (the chips); one reload when either
        changed."""
        query = query.strip()
        filters = filters.with_query(None)
        if query != self.query or filters != self.filters:
            self.query, self.filters = query, filters
            self.reload()

    def current_filter(self) -> TokenFilter:
        """The search and the chips as one filter: what the grid shows (an export's rows)."""
        return self.filters.with_query(self.query)

    def is_filtered(self) -> bool:
        return bool(self.query) or not self.filters.is_empty

    def filter_names(self) -> list[str]:
        """The chips in force, named as their buttons are (without the mnemonic)."""
        f = self.filters
        names = {StatusFilter.EXPIRING: self.tr("Expiring"),
                 StatusFilter.EXPIRED: self.tr("Expired"),
                 StatusFilter.SUSPENDED: self.tr("Suspended"),
                 StatusFilter.ACTIVE: self.tr("Active")}
        out = [names[StatusFilter(f.status)]] if f.status else []
        days = f.unused_days
        if days is not None:
            out.append(self.tr("Unused %n days", "", days))
        if f.unrestricted:
            out.append(self.tr("Unrestricted"))
        return out

    def item_key(self, item: Token) -> Hashable:
        return item.id

    def new_rows(self) -> MutableSequence[Token]:
        return TokenRows()

    @property
    def _token_rows(self) -> TokenRows:
        return cast("TokenRows", self._rows)

    def row_of(self, key: Hashable) -> int:
        # By the id column: the base class's scan would build every row's token.
        if key not in self._keys or not isinstance(key, int):
            return -1
        return self._token_rows.row_of_id(key)

    def column_keys(self) -> list[str]:
        return list(COLUMN_KEYS)

    def column_titles(self) -> list[str]:
        return [
            self.tr("ID"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Organization name"),
            self.tr("Organization ID"),
            self.tr("Owner"),
            self.tr("Key"),
            self.tr("Allowed endpoints"),
            self.tr("Blocked endpoints"),
            self.tr("Allowed IPs"),
            self.tr("Blocked IPs"),
            self.tr("Devices"),
            self.tr("Expires"),
            self.tr("Last used"),
            self.tr("Action"),
        ]

    def empty_text(self) -> str:
        names = ", ".join(self.filter_names())
        if self.query and names:
            return fill(self.tr("No tokens match “%1” with the filters %2."), self.query,
                        names)
        if names:
            return fill(self.tr("No tokens match the filters %1."), names)
        if self.query:
            return fill(self.tr("No tokens match “%1”."), self.query)
        return self.tr("No tokens yet — click Add token.")

    def count_text(self) -> str:
        total, loaded = self.total, len(self.items)
        # With chips on, the count says how many match; a search alone keeps the plain count.
        if not self.filters.is_empty:
            if loaded < total:
                return fill(self.tr("Showing %1 of %2 matching tokens"), loaded, total)
            if total == 1:
                return self.tr("1 token matches")
            return self.tr("%n tokens match", "", total)
        if loaded < total:
            return fill(self.tr("Showing %1 of %2 tokens"), loaded, total)
        if total == 1:
            return self.tr("1 token")
        return self.tr("%n tokens", "", total)

    # -- cells -----------------------------------------------------------------------------

    def token(self, row: int) -> Token | None:
        return self.item(row)

    def cell(self, item: Token, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._display(item, column, datetime.now(UTC))
        if role == _TOOLTIP:
            return self._tooltip(item, column)
        if role == _FOREGROUND:
            return self._foreground(item, column, datetime.now(UTC))
        if role == TOKEN_ROLE:
            return item
        if role == _ACCESSIBLE:
            return self._accessible(item, column)
        if role == _FONT:
            return self._bold if self.is_own(item) else None
        return None

    def paint_cells(self, item: Token) -> tuple[tuple[str, ...], tuple[QColor | None, ...]]:
        now = datetime.now(UTC)  # once per row, not once per cell and role
        columns = range(Column.COUNT)
        return (tuple(self._display(item, c, now) for c in columns),
                tuple(colour_of(self._foreground(item, c, now)) for c in columns))

    def expiry_text(self, expires_at: datetime | None, now: datetime) -> str:
        """ "Never", "Expired <date>", "<date> (expires in 3 days)" or just the date.

        A method, for ``self.tr``: pyside6-lupdate 6.11 reads a plural (``%n``) only there."""
        if expires_at is None:
            return self.tr("Never")
        day = date_text(expires_at)
        if expires_at <= now:
            return fill(self.tr("Expired %1"), day)
        days = days_until(expires_at, now)
        if days <= 0:
            return fill(self.tr("%1 (expires today)"), day)
        if days == 1:
            return fill(self.tr("%1 (expires tomorrow)"), day)
        if days <= SOON_DAYS:
            return fill(self.tr("%1 (expires in %n days)", "", days), day)
        return day

    def devices_text(self, count: int) -> str:
        """ "Any device" for a token bound to none, else how many it is bound to.

        A method, for ``self.tr``: pyside6-lupdate reads a plural (``%n``) only there."""
        if not count:
            return self._any_device
        if count == 1:
            return self.tr("1 device")
        return self.tr("%n devices", "", count)

    def status_text(self, t: Token) -> str:
        """ "Active", "Suspended" or "Leaked" (a reason this client does not know: as
        suspended by an administrator, the cautious reading)."""
        if not t.is_suspended:
            return self._status_texts[None]
        return self._status_texts.get(t.suspended_reason, self._status_texts["admin"])

    def _status_tip(self, t: Token) -> str:
        if not t.is_suspended:
            return self._status_tips[None]
        return self._status_tips.get(t.suspended_reason, self._status_tips["admin"])

    def _actions_text(self, t: Token) -> str:
        return self._actions_texts[1 if t.is_suspended else 0]

    def _accessible(self, t: Token, column: int) -> str:
        """ "<column>: <its whole text>", so a screen reader says what a cell is."""
        if column == Column.ACTIONS:
            text = self._actions_text(t)
        elif column == Column.NAME and not t.name:
            text = self._no_name
        elif column == Column.STATUS:
            text = self._status_tip(t)
        elif column in _LIST_ATTR:
            entries: tuple[str, ...] = getattr(t, _LIST_ATTR[column])
            text = ", ".join(entries) if entries else self._empty_list_texts[column]
        elif column == Column.DEVICES:
            text = self.devices_text(len(t.bound_devices))
            if t.bound_devices:
                text = fill(self.tr("%1: %2"), text, ", ".join(t.bound_devices))
        else:
            text = self._display(t, column, datetime.now(UTC))
        if column == Column.ORG_NAME and self.is_own(t):
            text = f"{text} ({self._own_text})"
        return fill(self.tr("%1: %2"), self._titles[column], text)

    def _display(self, t: Token, column: int, now: datetime) -> str:
        if column == Column.ID:
            return str(t.id)
        if column == Column.NAME:
            return t.name
        if column == Column.STATUS:
            return self.status_text(t)
        if column == Column.OWNER:
            return t.owner
        if column == Column.ORG_NAME:
            return t.organization_name
        if column == Column.ORG_ID:
            return t.organization_id
        if column == Column.KEY:
            return t.key_prefix + "…"
        attr = _LIST_ATTR.get(column)
        if attr is not None:
            entries: tuple[str, ...] = getattr(t, attr)
            if entries:
                return list_preview(entries)
            return self._empty_list_texts[column]
        if column == Column.DEVICES:
            count = len(t.bound_devices)
            return self.devices_text(count) if count else self._any_device_short
        if column == Column.EXPIRES:
            return self.expiry_text(t.expires_at, now)
        if column == Column.LAST_USED:
            if t.last_used_at is None:
                return self.tr("Never")
            when = datetime_text(t.last_used_at)
            return fill(self.tr("%1 from %2"), when, t.last_used_ip) if t.last_used_ip else when
        return ""

    def _tooltip(self, t: Token, column: int) -> str | None:
        tip = self._cell_tooltip(t, column)
        if self.is_own(t):
            return f"{self._own_text}\n{tip}" if tip else self._own_text
        return tip

    def _cell_tooltip(self, t: Token, column: int) -> str | None:
        attr = _LIST_ATTR.get(column)
        if attr is not None:
            entries: tuple[str, ...] = getattr(t, attr)
            if not entries:
                meaning = {
                    Column.ALLOWED_ENDPOINTS: self.tr(
                        "No allowed list: every endpoint not blocked may be called."
                    ),
                    Column.ALLOWED_IPS: self.tr(
                        "No allowed list: every address not blocked may use this token."
                    ),
                }.get(column, self.tr("Nothing is blocked."))
                return f"{self._empty_list_texts[column]}\n{meaning}"
            lines = list(entries[:TOOLTIP_ENTRIES])
            if len(entries) > TOOLTIP_ENTRIES:
                lines.append(fill(self.tr("… and %1 more"), len(entries) - TOOLTIP_ENTRIES))
            return "\n".join(lines)
        if column == Column.ACTIONS:
            return self._actions_text(t)
        if column == Column.DEVICES:
            return self._devices_tooltip(t.bound_devices)
        if column == Column.STATUS:
            return self._status_tip(t)
        if column == Column.NAME:
            # What the token is for: its name, then its description (which may hold lines).
            parts = [t.name or self._no_name, t.description]
            return "\n".join(p for p in parts if p)
        text = self._display(t, column, datetime.now(UTC))  # whole, where the cell elides it
        if column == Column.KEY:
            return text + "\n" + self.tr(
                "Only the start of the key is kept; the whole key was shown once.")
        if column == Column.EXPIRES and t.expires_at is not None:
            when = datetime_text(t.expires_at)
            return when if text == date_text(t.expires_at) else f"{text}\n{when}"
        return text

    def _devices_tooltip(self, devices: Sequence[str]) -> str:
        if not devices:
            return self._any_device + "\n" + self.tr(
                "Not bound: the token works from any device (its IP lists permitting).")
        lines = [self.tr("Works only in requests signed by these devices:"),
                 *devices[:TOOLTIP_ENTRIES]]
        if len(devices) > TOOLTIP_ENTRIES:
            lines.append(fill(self.tr("… and %1 more"), len(devices) - TOOLTIP_ENTRIES))
        return "\n".join(lines)

    def _foreground(self, t: Token, column: int, now: datetime) -> QBrush | None:
        expired = t.is_expired(now)
        if column == Column.EXPIRES and t.expires_at is not None:
            if expired:
                return self._expired
            if days_until(t.expires_at, now) <= SOON_DAYS:
                return self._soon
        if expired or t.is_suspended:
            return self._dim  # the whole row greys out: the token does not work
        attr = _LIST_ATTR.get(column)
        if attr is not None and not getattr(t, attr):
            return self._dim
        if column == Column.DEVICES and not t.bound_devices:
            return self._dim  # like an empty list: nothing restricts it
        return None
