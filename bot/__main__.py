"""Command line: `python -m bot [ask|check|console|run]`. Nothing happens at import time."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _add_knowledge(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--knowledge", type=Path, default=None, metavar="DIR", help="fact base directory (default: the shipped knowledge/)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Ask the reporting bot, check its fact base, or run it on Discord.")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="validate the fact base and report its coverage")
    _add_knowledge(check)
    check.add_argument("--quiet", action="store_true", help="only the summary, not the uncited sentences")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from bot.cli import run_check

        return run_check(args.knowledge, quiet=args.quiet)
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
