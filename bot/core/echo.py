"""Text a user typed, made safe to show back: no control characters, no bidirectional overrides.

A NUL, an escape sequence or a right-to-left override echoed into an embed, a log line or a terminal can
hide or reorder what surrounds it ("‮txt.exe" reads as "exe.txt"). Everything the bot echoes of what
someone typed goes through `printable` first.
"""

from __future__ import annotations

import re

#: Terminal escape sequences (colours, cursor moves, window titles) pasted from a terminal or piped to `ask -`: the
#: whole sequence goes, or "\x1b[31m" would leave "[31m", whose 31 is then read as a number the question asks about.
ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
#: C0 and C1 controls (tabs and line breaks included: an echo is one line), bidirectional embeddings,
#: overrides, isolates and marks, the Arabic letter mark, lone surrogates, and the BOM / zero-width no-break space.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every control and bidi-override character replaced by a space, and white space collapsed."""
    if "\x1b" in text:
        text = ESCAPE_SEQUENCE.sub(" ", text)
    return " ".join(_UNSAFE.sub(" ", text).split())
