"""The framed summary under the token form: what the token may do, then its warnings.

The sentences come from :mod:`.access_summary`; this module holds their translated templates
(context ``TokenDialog``) and the labels that show them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..i18n import translate
from ..text import datetime_text
from ..theme import Tone
from ..widgets import WrappedLabel, colour_text
from .access_summary import AccessSummary, Caution, SummaryTexts, sentence, warning_lines


def summary_texts() -> SummaryTexts:
    """The summary's templates in the user's language."""
    return SummaryTexts(
        unrestricted=translate(
            "TokenDialog", "This token may call every endpoint from any address."
        ),
        any_address=translate("TokenDialog", "any address"),
        every_endpoint=translate("TokenDialog", "May call every endpoint from %1."),
        every_endpoint_except=translate(
            "TokenDialog", "May call every endpoint from %1 except %2."
        ),
        some_endpoints=translate("TokenDialog", "May call %1 of %2 endpoints from %3."),
        some_endpoints_except=translate(
            "TokenDialog", "May call %1 of %2 endpoints from %3 except %4."
        ),
        self_included=translate("TokenDialog", "This includes %1, which every token may call."),
        never_expires=translate("TokenDialog", "Never expires."),
        expires=translate("TokenDialog", "Expires %1."),
        more=translate("TokenDialog", "%1 and %2 more"),
        bound=translate("TokenDialog", "Only from the devices it is bound to: %1."),
        cautions={
            Caution.ENDPOINT_IN_BOTH: translate(
                "TokenDialog",
                "%1 is in both the allowed and the blocked endpoints; remove it from one.",
            ),
            Caution.IP_IN_BOTH: translate(
                "TokenDialog", "%1 is in both the allowed and the blocked IPs; remove it from one."
            ),
            Caution.NOWHERE: translate(
                "TokenDialog",
                "The blocked IPs cover every allowed address, so this "
                "token cannot be used from anywhere.",
            ),
            Caution.SELF_ONLY: translate(
                "TokenDialog", "This token may call no endpoint except checking itself."
            ),
            Caution.UNRESTRICTED: translate(
                "TokenDialog", "It is unrestricted: consider limiting its endpoints or addresses."
            ),
            Caution.GLOBAL: translate(
                "TokenDialog",
                "It is global: it acts on the tokens and devices of every organization.",
            ),
            Caution.BEYOND_CALLER: translate(
                "TokenDialog",
                "This reaches further than your own token; the server will refuse it.",
            ),
            Caution.DEVICE_UNKNOWN: translate(
                "TokenDialog",
                "%1 is not a registered device of this organization; the server will refuse "
                "it.",
            ),
            Caution.DEVICE_DISABLED: translate(
                "TokenDialog", "%1 is disabled: this token cannot be used from it while it is."
            ),
            Caution.DEVICE_CANNOT_SIGN: translate(
                "TokenDialog",
                "%1 has no device key, so it cannot sign requests: this token cannot be used "
                "from it until it registers again with a key.",
            ),
            Caution.DEVICES_BEYOND_CALLER: translate(
                "TokenDialog",
                "Your own token is bound to devices: bind this one to some of yours, or the "
                "server will refuse it.",
            ),
        },
    )


class AccessSummaryBox(QFrame):
    """The summary sentence and, in the warning colour, one line per warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = WrappedLabel(self)
        self.label.setObjectName("accessSummaryText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = WrappedLabel(self)
        self.warnings.setObjectName("accessWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        colour_text(self.warnings, Tone.WARNING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        layout.addWidget(self.warnings)

    def show_summary(self, summary: AccessSummary) -> None:
        texts = summary_texts()
        self.label.setText(sentence(summary, texts, datetime_text))
        self.warnings.show_text("\n".join(warning_lines(summary, texts)))
