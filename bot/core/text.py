"""Text normalisation shared by the loader (quote checks) and the engine (index and queries)."""

from __future__ import annotations

import re
import unicodedata

_SINGLE_QUOTES = dict.fromkeys(map(ord, "‘’‚‛′`´"), "'")
_DOUBLE_QUOTES = dict.fromkeys(map(ord, "“”„‟″"), '"')
_QUOTE_TABLE = {**_SINGLE_QUOTES, **_DOUBLE_QUOTES}
_SPACES = re.compile(r"[^\S\n]+")
_ALL_SPACE = re.compile(r"\s+")


def normalise_quote(text: str, *, keep_lines: bool = False) -> str:
    """Straighten typographic quotes and collapse white space: the only liberties a quote may take.

    With keep_lines, line breaks survive (as single newlines) so a quote cannot span two paragraphs.
    """
    text = text.translate(_QUOTE_TABLE)
    if keep_lines:
        lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
        return "\n".join(lines)
    return _ALL_SPACE.sub(" ", text).strip()
