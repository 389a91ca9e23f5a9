"""Compliance Client: desktop compliance profile and API token manager."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up on first use: importlib.metadata costs ~50 ms, too much for every start.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("compliance-client")
        except PackageNotFoundError:  # a source tree that was never installed
            value = "0.0.0"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
