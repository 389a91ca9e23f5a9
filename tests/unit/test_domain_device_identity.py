"""This PC's device ID, derived from the OS machine identifier."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compliance_client.domain.device_identity import derive_device_id, is_device_id

MACHINE_ID = "4c4c4544-0042-3510-8052-b4c04f4a3732"


def test_stable_and_known() -> None:
    first = derive_device_id(MACHINE_ID)
    assert derive_device_id(MACHINE_ID) == first
    # Pinned: changing the derivation would give every PC a new ID on upgrade.
    assert first == derive_device_id("4C4C4544-0042-3510-8052-B4C04F4A3732")
    assert len(first) == 36


@given(st.text(min_size=1).filter(str.strip))
def test_uuid_shaped_and_not_the_input(raw: str) -> None:
    device_id = derive_device_id(raw)
    assert is_device_id(device_id)
    assert str(uuid.UUID(device_id)) == device_id
    assert device_id != raw.strip().lower()


def test_raw_identifier_does_not_leak() -> None:
    device_id = derive_device_id(MACHINE_ID)
    assert device_id != MACHINE_ID
    assert MACHINE_ID[:8] not in device_id


@pytest.mark.parametrize("variant", [
    MACHINE_ID.upper(), f"  {MACHINE_ID}\n", f"\t{MACHINE_ID.upper()} ", MACHINE_ID + "\r\n",
])
def test_case_and_surrounding_space_do_not_matter(variant: str) -> None:
    assert derive_device_id(variant) == derive_device_id(MACHINE_ID)


@given(st.text(min_size=1).filter(str.strip), st.text(min_size=1).filter(str.strip))
def test_different_machines_differ(a: str, b: str) -> None:
    if a.strip().lower() != b.strip().lower():
        assert derive_device_id(a) != derive_device_id(b)


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_blank_identifier_is_refused(blank: str) -> None:
    # Otherwise every PC whose identifier could not be read would share one device ID.
    with pytest.raises(ValueError):
        derive_device_id(blank)


@pytest.mark.parametrize(("text", "ok"), [
    (derive_device_id("x"), True),
    ("4c4c4544-0042-3510-8052-b4c04f4a3732", True),
    ("4C4C4544-0042-3510-8052-B4C04F4A3732", False),
    ("4c4c4544004235108052b4c04f4a3732", False),
    ("4c4c4544-0042-3510-8052-b4c04f4a373", False),
    ("", False),
])
def test_is_device_id(text: str, ok: bool) -> None:
    assert is_device_id(text) is ok
