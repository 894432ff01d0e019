"""The local console: the Discord reply path, printed as text, so the bot can be tried with no token.

Each line read is handled exactly as a Discord message would be (`answer_question`), and a press on a
button or menu goes through the same `handle_component` as a click in Discord. Reads until EOF or "quit";
works with no terminal (input piped in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from bot.chat import replies
from bot.chat.delivery import Reply
from bot.chat.embeds import embed_text, plain
from bot.chat.sessions import LastAnswers
from bot.chat.views import describe, handle_component
from bot.core.engine import Engine
from bot.settings import Settings

QUIT = {"quit", "exit", "q", ":q"}
#: The console is one conversation: "tell me more" follows up its last answer.
CONSOLE = "console"

INTRO = """\
Reporting bot: local console (no Discord token set, so nothing is sent to Discord).
Ask a question about the reporting on OpenAI's contract workers, in English or French.
Under an answer, type a button's name (sources, related, next, previous) to press it, or a number to pick
from a menu; slash commands work too (/who, /topics, /compare, /help...). "quit" or end of input leaves.
"""

CONNECT = """\
To run this bot on Discord:
  1. Create an application at https://discord.com/developers/applications, open "Bot", and copy its token.
  2. Invite it to a server with the scopes "bot applications.commands" (the README has the full link and
     the permissions: View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History).
  3. Start it with the token in the environment (never in a file you commit):
       DISCORD_TOKEN=your-token python -m bot
     Copy config.example.yaml to config.yaml to set a development guild, owners, cooldowns and more.
"""

_COMMANDS: dict[str, Callable[[Engine, str], Reply]] = {
    "who": lambda engine, arg: replies.who_reply(arg, engine),
    "sources": lambda engine, arg: replies.sources_reply(engine),
    "source": lambda engine, arg: replies.source_reply(arg, engine),
    "topics": lambda engine, arg: replies.topics_reply(engine),
    "topic": lambda engine, arg: replies.topic_reply(arg, engine),
    "compare": lambda engine, arg: replies.compare_reply(arg or None, engine),
    "fact": lambda engine, arg: replies.fact_id_reply(arg, engine),
    "random": lambda engine, arg: replies.random_reply(engine),
    "help": lambda engine, arg: replies.help_reply(),
    "about": lambda engine, arg: replies.about_reply(engine),
}


def reply_text(reply: Reply) -> str:
    """A Reply as a terminal shows it: text, embeds, then its buttons and menus."""
    blocks: list[str] = []
    if reply.content:
        blocks.append(plain(reply.content))
    blocks.extend(embed_text(embed) for embed in reply.embeds)
    buttons: list[str] = []
    for label, _custom_id, options in describe(reply.view):
        if options:
            menu = [f"{plain(label)}"]
            menu.extend(f"  {number}. {plain(option)}" for number, (option, _value) in enumerate(options, 1))
            blocks.append("\n".join(menu))
        else:
            buttons.append(f"[{label}]")
    if buttons:
        blocks.append(" ".join(buttons))
    return "\n\n".join(blocks)


def _press(line: str, components: list[tuple[str, str, list[tuple[str, str]]]]) -> tuple[str, list[str]] | None:
    """The (custom_id, values) a typed line presses among the last reply's components, if it names one."""
    typed = line.strip().casefold()
    for label, custom_id, options in components:
        if options and typed.isdigit() and 1 <= int(typed) <= len(options):
            return custom_id, [options[int(typed) - 1][1]]
        words = {w for w in label.casefold().replace("◀", " ").replace("▶", " ").split()}
        if not options and (typed in words or (typed == "prev" and "previous" in words)):
            return custom_id, []
    return None


def handle_line(
    line: str,
    engine: Engine,
    settings: Settings,
    components: list[tuple[str, str, list[tuple[str, str]]]],
    last_answers: LastAnswers | None = None,
) -> Reply:
    """The reply to one console line: a button press, a slash command, or (most often) a question."""
    pressed = _press(line, components)
    if pressed is not None:
        reply, _edit = handle_component(pressed[0], pressed[1], engine)
        return reply
    if line.startswith("/"):
        name, _, arg = line[1:].partition(" ")
        if name == "ask":
            line = arg
        elif name in _COMMANDS:
            return _COMMANDS[name](engine, arg.strip())
    return replies.answer_question(
        line, engine, max_length=settings.max_question_length, last_answers=last_answers, place=CONSOLE
    )


def run_console(engine: Engine, settings: Settings, *, stdin: TextIO, stdout: TextIO) -> int:
    """Chat with the bot on standard input and output until EOF or "quit"."""
    interactive = stdin.isatty()
    stdout.write(INTRO + "\n")
    components: list[tuple[str, str, list[tuple[str, str]]]] = []
    last_answers = LastAnswers(size=1)
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        raw = stdin.readline()
        if not raw:
            break
        line = raw.strip()
        if not line:
            continue
        if line.casefold() in QUIT:
            break
        reply = handle_line(line, engine, settings, components, last_answers)
        stdout.write(reply_text(reply) + "\n\n" + "-" * 60 + "\n")
        stdout.flush()
        if reply.view is not None:
            components = describe(reply.view)
    stdout.write("\n" + CONNECT)
    stdout.flush()
    return 0
