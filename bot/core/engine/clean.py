"""Cleaning a question before it is matched: what is not part of the question goes."""

from __future__ import annotations

import re

#: Questions longer than this are cut before matching: nobody's question needs more, and it bounds the work.
MAX_MATCHED_CHARS = 500

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")


def clean(text: str) -> str:
    """Drop control and bidi characters and Discord mentions (they are not part of a question), collapse white space."""
    return " ".join(_MENTION.sub(" ", _CONTROL.sub(" ", text or "")).split())
