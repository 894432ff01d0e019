"""The local console: the Discord reply path, printed as text, so the bot can be tried with no token.

Each line read is handled exactly as a Discord message would be (`answer_question`), and a press on a
button or menu goes through the same `handle_component` as a click in Discord. Reads until EOF or "quit";
works with no terminal (input piped in).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TextIO

from bot.chat import replies
from bot.chat.checks import check_reply, no_timeline
from bot.chat.delivery import Reply
from bot.chat.embeds import embed_text, plain
from bot.chat.sessions import LastAnswers
from bot.chat.views import PREFIX, describe, handle_component, page_reply
from bot.core.answers import Answer
from bot.core.engine import Engine
from bot.core.i18n import COMMAND_NAMES_FR, choose_language, label, terminal_language
from bot.core.recorder import Recorder, record_answer
from bot.settings import Settings

QUIT = {"quit", "exit", "q", ":q"}
#: The console is one conversation: "tell me more" follows up its last answer.
CONSOLE = "console"
#: A "Did you mean" menu's custom_id starts so (views.py).
PICK_PREFIX = f"{PREFIX}:fact:"

INTRO = label("console.intro", "en")
CONNECT = label("console.connect", "en")

_COMMANDS: dict[str, Callable[[Engine, str, str], Reply]] = {
    "who": lambda engine, arg, language: replies.who_reply(arg, engine, language),
    "sources": lambda engine, arg, language: replies.sources_reply(engine, language),
    "source": lambda engine, arg, language: replies.source_reply(arg, engine, language),
    "topics": lambda engine, arg, language: replies.topics_reply(engine, language),
    "topic": lambda engine, arg, language: replies.topic_reply(arg, engine, language),
    "compare": lambda engine, arg, language: replies.compare_reply(arg or None, engine, language),
    "fact": lambda engine, arg, language: replies.fact_id_reply(arg, engine, language),
    "random": lambda engine, arg, language: replies.random_reply(engine, language=language),
    "help": lambda engine, arg, language: replies.help_reply(language),
    "about": lambda engine, arg, language: replies.about_reply(engine, language),
}
#: French command names (as French Discord clients show them) -> the command.
_FRENCH_NAMES = {french: english for english, french in COMMAND_NAMES_FR.items()}


def _check_or_timeline(name: str, arg: str, engine: Engine, settings: Settings, locale: str | None) -> Reply:
    """/check CLAIM (/vérifier) and /timeline [SUBJECT] (/chronologie), as the Discord commands answer them."""
    language = choose_language(arg, locale=locale)
    if name == "check":
        return check_reply(arg, engine, max_length=settings.max_question_length, language=language)
    key = " ".join(arg.split())[:80]
    return page_reply("tl", key, 0, engine, language) or no_timeline(key, language, engine)


def reply_text(reply: Reply) -> str:
    """A Reply as a terminal shows it: text, embeds, then its buttons and menus."""
    blocks: list[str] = []
    if reply.content:
        blocks.append(plain(reply.content))
    blocks.extend(embed_text(embed) for embed in reply.embeds)
    buttons: list[str] = []
    for name, _custom_id, options in describe(reply.view):
        if options:
            menu = [f"{plain(name)}"]
            menu.extend(f"  {number}. {plain(option)}" for number, (option, _value) in enumerate(options, 1))
            blocks.append("\n".join(menu))
        else:
            buttons.append(f"[{name}]")
    if buttons:
        blocks.append(" ".join(buttons))
    return "\n\n".join(blocks)


def _press(line: str, components: list[tuple[str, str, list[tuple[str, str]]]]) -> tuple[str, list[str]] | None:
    """The (custom_id, values) a typed line presses among the last reply's components, if it names one."""
    typed = line.strip().casefold()
    for name, custom_id, options in components:
        if options and typed.isdigit() and 1 <= int(typed) <= len(options):
            return custom_id, [options[int(typed) - 1][1]]
        words = {w for w in name.casefold().replace("◀", " ").replace("▶", " ").split()}
        if not options and (typed in words or (typed in ("prev", "prec") and words & {"previous", "précédent"})):
            return custom_id, []
    return None


def handle_line(
    line: str,
    engine: Engine,
    settings: Settings,
    components: list[tuple[str, str, list[tuple[str, str]]]],
    last_answers: LastAnswers | None = None,
    language: str | None = None,
    recorder: Recorder | None = None,
    answered: Answer | None = None,
) -> Reply:
    """The reply to one console line: a button press, a slash command, or (most often) a question.

    `language` is the terminal's: it names the pages of commands, and answers a question whose own
    language cannot be told. Questions, and picks in the "Did you mean" menu under the last answer
    (`answered`), go to the recorder.
    """
    pressed = _press(line, components)
    if pressed is not None:
        custom_id, values = pressed
        if recorder is not None and answered is not None and values and custom_id.startswith(PICK_PREFIX):
            recorder.pick(user_id=None, question=answered.question, fact_id=values[0], language=answered.language)
        reply, _edit = handle_component(custom_id, values, engine)
        return reply
    if line.startswith("/"):
        typed, _, arg = line[1:].partition(" ")
        name = _FRENCH_NAMES.get(typed, typed)
        if name == "ask":
            line = arg
        elif name in _COMMANDS:
            # a command typed by its French name is answered in French when the terminal does not say
            return _COMMANDS[name](engine, arg.strip(), language or ("fr" if typed != name else "en"))
        elif name in ("check", "timeline"):
            # as in Discord: the claim's (or subject's) language, then the terminal's (a French name says French)
            locale = language or ("fr" if typed != name else None)
            reply = _check_or_timeline(name, arg.strip(), engine, settings, locale)
            if name == "check" and last_answers is not None:
                last_answers.follow(CONSOLE, reply.fact_id)
            return reply
    reply = replies.answer_question(
        line, engine, max_length=settings.max_question_length, last_answers=last_answers, place=CONSOLE, locale=language
    )
    record_answer(recorder, reply.answer, "console")
    return reply


def run_console(
    engine: Engine,
    settings: Settings,
    *,
    stdin: TextIO,
    stdout: TextIO,
    environ: Mapping[str, str] | None = None,
    recorder: Recorder | None = None,
) -> int:
    """Chat with the bot on standard input and output until EOF or "quit", in the terminal's language;
    questions go to `recorder`."""
    interactive = stdin.isatty()
    language = terminal_language(os.environ if environ is None else environ)
    stdout.write(label("console.intro", language or "en") + "\n")
    components: list[tuple[str, str, list[tuple[str, str]]]] = []
    last_answers = LastAnswers(size=1)
    answered: Answer | None = None
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
        reply = handle_line(line, engine, settings, components, last_answers, language, recorder, answered)
        stdout.write(reply_text(reply) + "\n\n" + "-" * 60 + "\n")
        stdout.flush()
        if reply.view is not None:
            components = describe(reply.view)
            answered = reply.answer
    stdout.write("\n" + label("console.connect", language or "en"))
    stdout.flush()
    return 0
