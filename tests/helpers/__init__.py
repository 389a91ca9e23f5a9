"""Helpers shared by the test suites (no test imports another test module)."""
