"""Every package of the source tree is named in pyproject.toml (the list is explicit, because
resources/ is mapped into the package): a package left out would be missing from a wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "compliance_client").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
