"""The profile's UI language: which codes a profile may hold.

The list itself is a domain rule (``domain.languages``), shared with the GUI's translator
set-up; this module only adds the name the profile layer's callers use and the check.
"""

from __future__ import annotations

from ..domain.errors import FieldProblem
from ..domain.languages import DEFAULT_LANGUAGE, LANGUAGES

SUPPORTED_LANGUAGES: dict[str, str] = LANGUAGES

__all__ = ["DEFAULT_LANGUAGE", "SUPPORTED_LANGUAGES", "language_problem"]


def language_problem(code: str) -> FieldProblem | None:
    """None when ``code`` is a language we ship, else a problem naming the choices."""
    if code in SUPPORTED_LANGUAGES:
        return None
    choices = ", ".join(f"{c} ({name})" for c, name in SUPPORTED_LANGUAGES.items())
    return FieldProblem("language", "language_unknown",
                        f"Choose one of the languages: {choices}.",
                        choices=tuple(SUPPORTED_LANGUAGES))
