"""Command line: `python -m bot [ask|check|verify|timeline|console|run]`. Nothing happens at import time.

`ask` and `check` never import discord.py, so they start fast and work without it configured.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=None, metavar="FILE", help="config YAML (default: config.yaml if present)")


def _add_knowledge(parser: argparse.ArgumentParser, *, links: bool = False) -> None:
    parser.add_argument(
        "--knowledge", type=Path, default=None, metavar="DIR", help="fact base directory (default: the shipped knowledge/)"
    )
    if links:
        parser.add_argument(
            "--follow-outside-links",
            action="store_true",
            help="load knowledge files that symbolic links put outside the directory (refused by default)",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Ask questions about the reporting on OpenAI's contract workers, check the fact base, or run the Discord bot.",
        epilog="With no command: run the Discord bot if DISCORD_TOKEN is set, else open the local console.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question (or, with '-', one per line from standard input)")
    ask.add_argument("question", nargs="+", help="the question, or '-' to read questions from standard input")
    ask.add_argument("--json", action="store_true", help="print JSON (JSON Lines when reading standard input)")
    ask.add_argument(
        "--threshold", type=float, default=None, help="confidence below which the bot abstains (default: the config's)"
    )
    ask.add_argument("--log", action="store_true", help="also write the questions to the question log (as the bot does)")
    ask.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=None,
        help="the reader's language (default: the question's, else the terminal's locale, else English)",
    )
    _add_config(ask)
    _add_knowledge(ask, links=True)

    check = sub.add_parser("check", help="validate the fact base and report its coverage")
    check.add_argument("--quiet", action="store_true", help="only the summary, not the uncited sentences")
    _add_config(check)
    _add_knowledge(check, links=True)

    verify = sub.add_parser("verify", help="check a claim against the articles (or, with '-', one per line from standard input)")
    verify.add_argument("claim", nargs="+", help="the claim or yes/no question, or '-' to read claims from standard input")
    verify.add_argument("--json", action="store_true", help="print JSON (JSON Lines when reading standard input)")
    verify.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=None,
        help="the reader's language (default: the claim's, else the terminal's locale, else English)",
    )
    _add_knowledge(verify, links=True)

    timeline = sub.add_parser("timeline", help="the dated events of the reporting in order (of a subject when given)")
    timeline.add_argument("subject", nargs="*", help="a person, organisation, topic or words (default: everything)")
    timeline.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=None,
        help="the reader's language (default: the subject's, else the terminal's locale, else English)",
    )
    timeline.add_argument("--json", action="store_true", help="print JSON")
    _add_knowledge(timeline, links=True)

    sync_help = "owner only: sync the slash commands with Discord (globally, or to --guild), or --clear them"
    misses = sub.add_parser("misses", help="what the bot missed, from the question log: the curators' to-do list")
    misses.add_argument("--format", choices=("text", "yaml"), default="text", help="yaml: phrasings to paste into the facts")
    misses.add_argument("--days", type=float, default=None, help="only the last DAYS days (default: the whole log)")
    misses.add_argument(
        "--below", type=float, default=None, help="answers under this confidence count as misses (default: threshold + 0.1)"
    )
    misses.add_argument("--similarity", type=float, default=None, help="how alike (0-100) wordings must be to group")
    misses.add_argument("--limit", type=int, default=30, help="groups shown in text (0: all)")
    misses.add_argument("--log", type=Path, default=None, metavar="FILE", help="the question log (default: the configured one)")
    _add_config(misses)
    _add_knowledge(misses, links=True)

    for name, help_text in (
        ("console", "chat with the bot locally, no Discord needed"),
        ("run", "run the Discord bot"),
        ("sync", sync_help),
    ):
        face = sub.add_parser(name, help=help_text)
        if name == "sync":
            face.add_argument(
                "--guild", type=int, action="append", default=[], metavar="ID", help="a server to sync to (repeatable)"
            )
            face.add_argument(
                "--clear", action="store_true", help="remove the commands (from --guild, or the global ones) instead"
            )
        _add_config(face)
        _add_knowledge(face)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot` and the `reporting-bot` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in ("check", "ask", "verify", "timeline", "misses"):
        # Read config.yaml (or --config) exactly as `run` does; the command line wins over it.
        from bot.settings import SettingsError, load_settings, question_log_path

        try:
            settings = load_settings(getattr(args, "config", None))
        except SettingsError as exc:
            print(f"Configuration error: {exc}", file=sys.stderr)
            return 2
        knowledge = args.knowledge if args.knowledge is not None else settings.knowledge
        follow_outside_links = args.follow_outside_links or settings.knowledge_follow_outside_links
    if args.command == "check":
        from bot.cli import run_check

        return run_check(
            knowledge,
            quiet=args.quiet,
            follow_outside_links=follow_outside_links,
            semantic=settings.semantic,
            embedding_cache=settings.embedding_cache,
        )
    if args.command == "ask":
        from bot.cli import run_ask

        recorder = None
        if args.log and settings.log_questions:
            from bot.core.question_log import QuestionLog

            recorder = QuestionLog(
                question_log_path(settings), retention_days=settings.question_log_retention_days, threshold=settings.threshold
            )
        try:
            return run_ask(
                " ".join(args.question),
                knowledge=knowledge,
                as_json=args.json,
                threshold=settings.threshold if args.threshold is None else args.threshold,
                follow_outside_links=follow_outside_links,
                recorder=recorder,
                language=args.lang,
                semantic=settings.semantic,
                embedding_cache=settings.embedding_cache,
                snapshot_dir=settings.snapshot_dir,
            )
        finally:
            if recorder is not None:
                recorder.close()
    if args.command == "misses":
        from bot.cli import run_misses

        return run_misses(
            args.log or question_log_path(settings),
            knowledge=knowledge,
            as_yaml=args.format == "yaml",
            days=args.days,
            below=args.below,
            similarity=args.similarity,
            limit=args.limit,
            threshold=settings.threshold,
            follow_outside_links=follow_outside_links,
        )
    if args.command == "verify":
        from bot.cli import run_verify

        return run_verify(
            " ".join(args.claim),
            knowledge=knowledge,
            as_json=args.json,
            threshold=settings.threshold,
            follow_outside_links=follow_outside_links,
            semantic=settings.semantic,
            embedding_cache=settings.embedding_cache,
            snapshot_dir=settings.snapshot_dir,
            language=args.lang,
        )
    if args.command == "timeline":
        from bot.cli import run_timeline

        return run_timeline(
            " ".join(args.subject),
            knowledge=knowledge,
            language=args.lang,
            as_json=args.json,
            follow_outside_links=follow_outside_links,
        )
    from bot.run import main as run_main

    return run_main(
        command=args.command,
        config_path=getattr(args, "config", None),
        knowledge=getattr(args, "knowledge", None),
        guild_ids=tuple(getattr(args, "guild", ())),
        clear=getattr(args, "clear", False),
    )


def _main_guarded() -> int:
    try:
        return main()
    except BrokenPipeError:
        # The reader went away (`python -m bot check | head`): not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(_main_guarded())
