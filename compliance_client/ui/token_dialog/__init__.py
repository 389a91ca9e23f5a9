"""The Add / Edit API token dialog, split by job:

- ``dialog``: :class:`TokenDialog` itself: loading, saving, conflicts, regenerating;
- ``enrollment``: :class:`EnrollmentDialog`, the dialog as an enrollment code's template;
- ``form``: the fields with their labels, errors and server values;
- ``expiry_field``: the expiry presets, a date or "Never", as the token policy allows;
- ``endpoint_picker``, ``ip_list_editor``: the two list fields;
- ``device_picker``: the devices the token is bound to (DESIGN §9), with what their list is
  waiting for; it and ``endpoint_picker`` are ``check_picker``'s drop-down check list;
- ``fields``: the pieces a form row is made of;
- ``problem_texts``: the fields' problems in the user's language;
- ``access_summary`` (pure, no Qt) and ``summary_box``: what the token may do;
- ``conflict``: the banner and the server's values after a conflicting edit.

``TokenDialog`` and ``EnrollmentDialog`` are imported on first use, so that importing the pure
``access_summary`` loads no Qt and the tokens page keeps the dialog off the start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dialog import TokenDialog
    from .enrollment import EnrollmentDialog

__all__ = ["EnrollmentDialog", "TokenDialog"]


def __getattr__(name: str) -> object:
    if name == "TokenDialog":
        from .dialog import TokenDialog

        return TokenDialog
    if name == "EnrollmentDialog":
        from .enrollment import EnrollmentDialog

        return EnrollmentDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
