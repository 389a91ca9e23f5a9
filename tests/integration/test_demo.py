"""`compliance-client demo` reuses the Demo profile's stored key while the demo server still
accepts it, instead of adding an admin token to the demo database on every start."""

from __future__ import annotations

from compliance_client.cli.app_cmds import DEMO_PROFILE, _reusable_demo_key, build_context

from ..helpers.live_server import LiveServer


def test_demo_key_is_reused_only_while_valid(live_server: LiveServer, user_dirs,
                                             memory_keyring) -> None:
    context = build_context()  # the user's store and keyring: here the test's
    assert _reusable_demo_key(context, live_server.url) is None  # nothing stored yet

    created = live_server.create_token(organization_name="Demo organization",
                                       organization_id="demo")
    context.vault.set_token(DEMO_PROFILE, created["key"])
    assert _reusable_demo_key(context, live_server.url) == created["key"]

    assert live_server.call("DELETE", f"/tokens/{created['id']}").status_code == 204
    # Deleted: a new one will be issued.
    assert _reusable_demo_key(context, live_server.url) is None
