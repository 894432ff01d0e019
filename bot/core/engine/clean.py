"""Cleaning a question before it is matched: what is not part of the question goes.

Discord messages carry markup around the words people ask: custom and animated emoji (`<:name:id>`,
whose id would be read as a number the fact must contain), timestamps, channel, role, user and
slash-command mentions, links, and markdown (bold, italics, code, quotes, spoilers, headings). The
words inside markdown stay (a question in bold is still the question); the markup, ids and links go.
What is left is plain text, and it is what the bot echoes back.
"""

from __future__ import annotations

import re

from bot.core.echo import ESCAPE_SEQUENCE

#: Questions longer than this are cut before matching: nobody's question needs more, and it bounds the work.
MAX_MATCHED_CHARS = 500

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# <:name:id> and <a:name:id>, <t:1700000000:R>, <@id> <@!id> <@&id> <#id>, </command sub:id>, <id:browse>.
_DISCORD_TOKENS = re.compile(
    r"<a?:\w{1,40}:\d{1,25}>"
    r"|<t:-?\d{1,20}(?::[tTdDfFR])?>"
    r"|<(?:@[!&]?|#)\d{1,25}>"
    r"|</[\w\- ]{1,100}:\d{1,25}>"
    r"|<id:\w{1,20}>"
    r"|@(?:everyone|here)\b"
)
#: Emoji typed by name (":thumbsup:"), which Discord clients send as text when they do not render them.
_EMOJI_NAME = re.compile(r"(?<![\w:]):[a-z0-9_+\-]{2,40}:(?![\w:])")
#: [text](link): the text stays.
_MASKED_LINK = re.compile(r"\[([^\[\]]{0,200})\]\(\s*<?[a-z][a-z0-9+.\-]{0,20}://[^)\s]{0,2000}>?\s*\)", re.IGNORECASE)
_URL = re.compile(r"<?\b(?:https?|ftp|discord)://[^\s<>]{0,2000}>?|\bwww\.[^\s<>]{1,2000}", re.IGNORECASE)
#: Code fences with their optional language name: the code inside is kept (a question may be pasted as code).
_CODE_FENCE = re.compile(r"```(?:[a-z0-9+\-]{1,15}(?=\n))?")
#: Quote, heading, subtext and list markers at the start of a line, one in another ("> - ", "> 1. "); an ordered
#: list's number ("1. who is Kumar") is no number the fact must contain.
_LINE_MARKS = re.compile(
    r"^(?:[ \t]*(?:>>> ?|> ?|#{1,3}[ \t]+|-#[ \t]+|[-*+][ \t]+|\d{1,2}[.)][ \t]+(?=[^\W\d_])))+", re.MULTILINE
)
#: "data_labeling": underscores between letters join words, they are not italics.
_JOINING_UNDERSCORES = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")
#: Inline marks: bold, italics, underline, strike-through, spoilers, inline code; and Discord's backslash escapes.
_INLINE_MARKS = re.compile(r"\*{1,3}|_{1,3}(?=\S)|(?<=\S)_{1,3}|~~|\|\||`+|\\(?=[\\*_~`|>#\-\[\]()])")


def clean(text: str) -> str:
    """Plain question text: Discord markup, ids, links, control and bidi characters out, white space collapsed."""
    text = text or ""
    if "\x1b" in text:
        text = ESCAPE_SEQUENCE.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    if "<" in text or "@" in text:
        text = _DISCORD_TOKENS.sub(" ", text)
    if "://" in text or "www." in text:
        text = _MASKED_LINK.sub(r" \1 ", text)
        text = _URL.sub(" ", text)
    if ":" in text:
        text = _EMOJI_NAME.sub(" ", text)
    if "```" in text:
        text = _CODE_FENCE.sub(" ", text)
    text = _LINE_MARKS.sub("", text)
    text = _JOINING_UNDERSCORES.sub(" ", text)
    text = _INLINE_MARKS.sub("", text)
    return " ".join(text.split())
