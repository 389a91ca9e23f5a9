"""The command line (ARCHITECTURE §5): the one place that wires the layers together.

Each group of subcommands lives in its own module exposing ``register(subparsers)``, which
adds its parsers with ``set_defaults(func=handler)``; a handler takes the parsed namespace
and returns the exit status (0 done, 1 refused or bad input, 2 usage).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

# Subcommand modules, imported lazily by name so `--smoke` and the GUI start fast.
_GROUPS = ("demo_cmds", "server_cmds", "tokens_cmds", "device_cmds", "profile_cmds",
           "policy_cmds", "audit_cmds", "enrollment_cmds")


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: the GUI path (no arguments, --smoke) never parses.
    import importlib

    from .. import __version__
    from .common import Parser

    parser = Parser(
        prog="compliance-client",
        description="Compliance profile and API token manager. Without a command, it opens "
                    "the desktop app on the saved profile.",
        epilog="Exit status: 0 done, 1 refused or bad input, 2 usage. Run "
               "compliance-client COMMAND --help for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"compliance-client {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, run the event loop once and exit 0")
    parser.add_argument("--autostart", action="store_true",
                        help="started at sign-in: open the app minimized (or in the tray)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _GROUPS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0].startswith("--smoke") or args_list == ["--autostart"]:
        # The GUI path: skip building every subparser (and importing their modules).
        from .app_cmds import run_app

        return run_app(smoke="--smoke" in args_list, autostart="--autostart" in args_list)
    from ..domain.errors import ComplianceError
    from .common import CliError, report

    # Before parsing succeeds only the words tell whether JSON was asked for.
    as_json = "--json" in args_list
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            from .app_cmds import run_app

            return run_app(smoke=args.smoke, autostart=args.autostart)
        as_json = bool(getattr(args, "json", False))
        return int(args.func(args) or 0)
    except CliError as exc:
        return report(exc, as_json=as_json)
    except ComplianceError as exc:  # one a handler did not expect: still one clear line
        return report(CliError.from_error(exc), as_json=as_json)
    except KeyboardInterrupt:
        return report(CliError("Interrupted.", code="interrupted"), as_json=as_json)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
