"""ui/token_dialog/access_summary.py: what a token may do, worked out and worded without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from compliance_client.domain.catalogue import ENDPOINT_IDS
from compliance_client.domain.policy import Policy
from compliance_client.domain.tokens import SCOPE_GLOBAL, SCOPE_ORGANIZATION
from compliance_client.ui.token_dialog.access_summary import (
    AccessSummary,
    Caution,
    SummaryTexts,
    preview,
    sentence,
    summarize,
    warning_lines,
)

TOTAL = len(ENDPOINT_IDS)
ENGLISH = SummaryTexts(
    unrestricted="This token may call every endpoint from any address.",
    any_address="any address",
    every_endpoint="May call every endpoint from %1.",
    every_endpoint_except="May call every endpoint from %1 except %2.",
    some_endpoints="May call %1 of %2 endpoints from %3.",
    some_endpoints_except="May call %1 of %2 endpoints from %3 except %4.",
    self_included="This includes %1, which every token may call.",
    never_expires="Never expires.",
    expires="Expires %1.",
    more="%1 and %2 more",
    cautions={
        Caution.ENDPOINT_IN_BOTH: "%1 is in both endpoint lists.",
        Caution.IP_IN_BOTH: "%1 is in both IP lists.",
        Caution.NOWHERE: "Usable from nowhere.",
        Caution.SELF_ONLY: "Only itself.",
        Caution.UNRESTRICTED: "Unrestricted.",
        Caution.GLOBAL: "Global.",
        Caution.BEYOND_CALLER: "Beyond yours.",
    },
)
WHEN = datetime(2031, 1, 31, 22, 59, 59, tzinfo=UTC)


def day(instant: datetime) -> str:
    return instant.date().isoformat()


def say(summary: AccessSummary) -> str:
    return sentence(summary, ENGLISH, day)


def test_importing_it_loads_no_qt() -> None:
    code = ("import sys, compliance_client.ui.token_dialog.access_summary; "
            "sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_an_unrestricted_token() -> None:
    summary = summarize()
    assert (summary.endpoints, summary.total) == (TOTAL, TOTAL)
    assert summary.every_endpoint and summary.from_anywhere
    assert say(summary) == "This token may call every endpoint from any address. Never expires."
    assert warning_lines(summary, ENGLISH) == ["Unrestricted."]


def test_endpoints_and_addresses_and_expiry() -> None:
    # tokens.self is always allowed, so four picked ids make five endpoints: it says why
    summary = summarize(
        allowed_endpoints=["tokens.list", "tokens.read", "tokens.update", "audit.read"],
        allowed_ips=["10.0.0.0/8"], blocked_ips=["10.0.0.5/32"], expires_at=WHEN)
    assert summary.self_included
    assert say(summary) == (
        f"May call 5 of {TOTAL} endpoints from 10.0.0.0/8 except 10.0.0.5/32. "
        "This includes tokens.self, which every token may call. Expires 2031-01-31.")
    assert warning_lines(summary, ENGLISH) == []


def test_the_count_says_why_only_when_tokens_self_is_added_by_the_rule() -> None:
    two = summarize(allowed_endpoints=["tokens.read", "audit.read"])
    assert (two.endpoints, two.self_included) == (3, True)
    assert say(two) == (f"May call 3 of {TOTAL} endpoints from any address. This includes "
                        "tokens.self, which every token may call. Never expires.")
    # picked (by id or by its group), or nothing restricted: the lists allow it themselves
    for allowed in (["tokens.self", "audit.read"], ["tokens.*"], []):
        assert not summarize(allowed_endpoints=allowed).self_included, allowed
    assert "tokens.self" not in say(summarize(allowed_endpoints=["tokens.*"]))
    # blocked, it is still callable: said too
    blocked = summarize(blocked_endpoints=["tokens.*"])
    assert blocked.self_included and "This includes tokens.self" in say(blocked)


def test_an_expiry_that_cannot_be_read_is_left_out() -> None:
    summary = summarize(expiry_known=False)
    assert say(summary) == "This token may call every endpoint from any address."


def test_every_endpoint_from_some_addresses() -> None:
    assert say(summarize(allowed_ips=["10.0.0.0/8"])) == (
        "May call every endpoint from 10.0.0.0/8. Never expires.")
    assert say(summarize(blocked_ips=["192.0.2.1/32"])) == (
        "May call every endpoint from any address except 192.0.2.1/32. Never expires.")
    some = len(Policy(blocked_endpoints=["tokens.*"]).effective_endpoints())
    assert say(summarize(blocked_endpoints=["tokens.*"], allowed_ips=["10.0.0.0/8"])) == (
        f"May call {some} of {TOTAL} endpoints from 10.0.0.0/8. This includes tokens.self, "
        "which every token may call. Never expires.")


def test_long_lists_are_cut_short() -> None:
    ips = [f"10.0.{n}.0/24" for n in range(5)]
    assert say(summarize(allowed_ips=ips)) == (
        "May call every endpoint from 10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/24 and 2 more. "
        "Never expires.")
    assert preview(ips, ENGLISH.more, 8) == ", ".join(ips)
    assert preview([], ENGLISH.more) == ""


def test_cautions_come_in_order_with_their_entries() -> None:
    summary = summarize(
        allowed_endpoints=["tokens.read", "audit.read"], blocked_endpoints=["audit.read"],
        allowed_ips=["10.0.0.5/32"], blocked_ips=["10.0.0.5/32"], scope=SCOPE_GLOBAL)
    assert summary.cautions == (
        (Caution.ENDPOINT_IN_BOTH, "audit.read"),
        (Caution.IP_IN_BOTH, "10.0.0.5/32"),
        (Caution.NOWHERE, ""),
        (Caution.GLOBAL, ""),
    )
    assert warning_lines(summary, ENGLISH) == [
        "audit.read is in both endpoint lists.", "10.0.0.5/32 is in both IP lists.",
        "Usable from nowhere.", "Global."]


def test_a_token_that_may_only_check_itself() -> None:
    summary = summarize(allowed_endpoints=["tokens.self"], scope=SCOPE_ORGANIZATION)
    assert summary.endpoints == 1
    assert summary.cautions == ((Caution.SELF_ONLY, ""),)


def test_reaching_further_than_the_caller() -> None:
    caller = Policy(allowed_endpoints=["tokens.*"], allowed_ips=["127.0.0.0/8"])
    assert (Caution.BEYOND_CALLER, "") in summarize(caller=caller).cautions
    within = summarize(allowed_endpoints=["tokens.read"], allowed_ips=["127.0.0.1/32"],
                       caller=caller)
    assert within.cautions == ()
    assert summarize().cautions == ((Caution.UNRESTRICTED, ""),)  # no caller: no reach check


def test_translated_templates_are_used_as_given() -> None:
    german = SummaryTexts(**{**ENGLISH.__dict__, "unrestricted": "Darf alles von überall.",
                             "never_expires": "Läuft nie ab."})
    assert sentence(summarize(), german, day) == "Darf alles von überall. Läuft nie ab."
    # a value holding a placeholder is not filled again
    odd = AccessSummary(endpoints=1, total=2, allowed_ips=("%2",), blocked_ips=("%3",),
                        expires_at=None, self_included=False)
    assert say(odd) == "May call 1 of 2 endpoints from %2 except %3. Never expires."
