"""Compliance Client: desktop compliance profile and API token manager."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("compliance-client")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
