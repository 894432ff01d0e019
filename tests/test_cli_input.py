"""Hostile input on the command line: bad bytes, huge questions, control and bidi characters."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import input_lines
from bot.core.echo import printable
from bot.core.engine import facade

ROOT = Path(__file__).resolve().parents[1]
LINES = [
    b"how many contractors did openai hire",
    b"how many contractors\xff did openai hire",
    b"\xc3\x28 an invalid two-byte sequence",
    b"\xed\xa0\x80 an encoded surrogate",
    b"\x00\x1b[31m red \xe2\x80\xae override\r",
    b"",
    b"qui est grace matelich \xe9t\xe9",
]


@pytest.mark.parametrize(
    "environment",
    [
        {"LC_ALL": "C", "PYTHONUTF8": "0"},
        {"LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"},
        {"PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "0"},
        {"PYTHONIOENCODING": "ascii", "LC_ALL": "C"},
    ],
    ids=["c-locale", "utf8-mode", "strict-utf8", "ascii"],
)
def test_ask_json_from_stdin_gives_one_utf8_json_line_per_input_line(environment: dict[str, str]) -> None:
    stdin = b"\n".join(LINES * 20) + b"\n"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT), **environment}
    if "XDG_CACHE_HOME" in os.environ:  # the session's cache directory (conftest), not the user's
        env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"], input=stdin, capture_output=True, cwd=ROOT, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    text = done.stdout.decode("utf-8")  # strict: every byte written is UTF-8
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == len(LINES) * 20
    questions = [row["question"] for row in rows[: len(LINES)]]
    assert "\ufffd" in questions[1] and "\ufffd" in questions[2] and "\ufffd" in questions[3]
    assert not any(c in questions[4] for c in "\x00\x1b\u202e\r")
    assert rows[0]["answer"] and rows[0]["answer"]["fact_id"] == "hiring-scale"


def test_input_lines_from_text_and_bytes() -> None:
    assert list(input_lines(io.StringIO("a\r\nb\udcff\n"))) == ["a", "b\ufffd"]
    assert list(input_lines([b"x\xff\n", b"y"])) == ["x\ufffd", "y"]


def test_printable_strips_controls_and_bidi_overrides() -> None:
    assert printable("a\x00b\x1b[31mc\u202ed\u2066e\u200ff\tg\nh") == "a b c d e f g h"  # an escape sequence goes whole
    assert printable("caf\u00e9 \U0001f44d\u200d\U0001f3fd") == "caf\u00e9 \U0001f44d\u200d\U0001f3fd"  # emoji joiners stay


def test_a_huge_question_is_cut_before_it_is_cleaned(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = facade.clean
    monkeypatch.setattr(facade, "clean", lambda text: (calls.append(len(text)), real(text))[1])
    answer = engine.ask("how many contractors did openai hire " + "x" * 5_000_000)
    assert calls and max(calls) <= 1000
    assert answer.truncated


def test_an_echoed_question_loses_its_controls_in_the_embed() -> None:
    from bot.chat.embeds import escape_user_text

    echoed = escape_user_text("who is \u202egrace\x00 matelich\x1b[2J")
    assert not any(c in echoed for c in "\u202e\x00\x1b") and "grace" in echoed
