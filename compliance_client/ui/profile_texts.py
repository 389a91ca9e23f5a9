"""What a person reads about a problem with a profile field: the profile layer's and the
domain's problem codes (``name_problem``, ``validate_server_url``, ``key_format_problem``,
``enrollment_code_problem``) turned into translated sentences.

The texts belong to the Profile settings dialog, so their translation context stays
``ProfileDialog``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.errors import FieldProblem
from ..domain.keys import KEY_LENGTH, KeyFormatProblem
from .i18n import translate
from .text import fill


def problem_text(problem: FieldProblem) -> str:
    """The translated sentence for a field problem; an unknown code falls back to the
    problem's own English sentence."""
    p = problem.params
    texts: dict[str, Callable[[], str]] = {
        "name_empty": lambda: translate("ProfileDialog", "Enter a profile name."),
        "name_too_long": lambda: fill(
            translate("ProfileDialog", "A profile name is at most %1 characters."),
            p.get("max_length", 100)),
        "name_characters": lambda: translate(
            "ProfileDialog", "A profile name cannot contain line breaks or control characters."),
        "name_holds_key": lambda: translate(
            "ProfileDialog",
            "This looks like an API token. Put the token in the token field and give "
            "the profile a name."),
        "name_taken": lambda: fill(translate(
            "ProfileDialog",
            "A profile named \u201c%1\u201d already exists. Choose another name."),
            p.get("name", "")),
        "url_empty": lambda: translate(
            "ProfileDialog",
            "Enter the server URL, for example https://compliance.example.com."),
        "url_too_long": lambda: translate("ProfileDialog", "This server URL is too long."),
        "url_holds_key": lambda: translate(
            "ProfileDialog",
            "This looks like an API token. Put the token in the token field, not in "
            "the server URL."),
        "url_spaces": lambda: translate("ProfileDialog", "A server URL cannot contain spaces."),
        "url_scheme": lambda: translate(
            "ProfileDialog",
            "The server URL must start with https:// (or http:// for a server on this "
            "computer)."),
        "url_credentials": lambda: translate(
            "ProfileDialog",
            "Leave the user name and password out of the server URL; the API token is "
            "entered separately."),
        "url_host": lambda: translate(
            "ProfileDialog",
            "The server URL needs a host name, for example "
            "https://compliance.example.com."),
        "url_port": lambda: translate(
            "ProfileDialog", "The port in the server URL must be a number from 1 to 65535."),
        "url_query": lambda: translate(
            "ProfileDialog", "The server URL cannot hold a query (?…) or a fragment (#…)."),
        "url_insecure": lambda: translate(
            "ProfileDialog",
            "Use https:// for a server on another computer: plain http:// would send "
            "the API token in clear. http:// is allowed only for this computer "
            "(localhost, 127.0.0.1, ::1)."),
        KeyFormatProblem.EMPTY: lambda: translate("ProfileDialog", "Enter an API token."),
        KeyFormatProblem.PREFIX: lambda: translate(
            "ProfileDialog", "An API token starts with \u201ccct_\u201d."),
        KeyFormatProblem.LENGTH: lambda: fill(translate(
            "ProfileDialog",
            "An API token is %1 characters long; check that you copied all of it."),
            KEY_LENGTH),
        KeyFormatProblem.CHARACTERS: lambda: translate(
            "ProfileDialog",
            "An API token holds only letters and digits after \u201ccct_\u201d."),
        KeyFormatProblem.CHECKSUM: lambda: translate(
            "ProfileDialog",
            "This API token is mistyped: its checksum does not match. Copy it again."),
    }
    text = texts.get(problem.code)
    return text() if text is not None else problem.message


def code_problem_text(code: str) -> str:
    """The translated sentence for an enrollment code that is not well formed
    (``enrollment_code_problem``: the domain's check and, in English, its words)."""
    from ..domain.keys import ENROLLMENT_CODE_PROBLEM_TEXT

    texts: dict[str, Callable[[], str]] = {
        KeyFormatProblem.EMPTY: lambda: translate("ProfileDialog", "Enter an enrollment code."),
        KeyFormatProblem.PREFIX: lambda: translate(
            "ProfileDialog", "An enrollment code starts with \u201ccce_\u201d."),
        KeyFormatProblem.LENGTH: lambda: fill(translate(
            "ProfileDialog", "An enrollment code is %1 characters long."), KEY_LENGTH),
        KeyFormatProblem.CHARACTERS: lambda: translate(
            "ProfileDialog",
            "An enrollment code holds only letters and digits after \u201ccce_\u201d."),
        KeyFormatProblem.CHECKSUM: lambda: translate(
            "ProfileDialog",
            "This enrollment code is mistyped: its checksum does not match."),
    }
    text = texts.get(code)
    return text() if text is not None else ENROLLMENT_CODE_PROBLEM_TEXT.get(code, code)
