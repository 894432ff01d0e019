"""How common words are in English and French at large (words.txt, made by generate.py from wordfreq).

The engine asks it about a word of a question that no fact contains: is it a real word of either
language? Then it is more likely meant as written ("founder", "next") than a typo of an indexed word
("found", "text"), and is only trusted a little as one.
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections import defaultdict
from pathlib import Path

from bot.core.text import SUFFIXES, SYNONYMS, stem

WORDS = Path(__file__).with_name("words.txt")


class _Words:
    """The list as read: the file's UTF-8 bytes kept whole, cut into chunks of about CHUNK bytes at line starts.

    A dict of its 80,000 words held 8.5 MiB (a key and a value string a line, and the table), and building it
    (the file's lines split) peaked at about 16 MiB more, all at a process's first question; the bytes are 1 MiB (as a
    string, 2 MiB: a few Greek and Cyrillic letters make every character two bytes), and the chunks' first words and
    starts some 100 KB. The file is sorted by word (generate.py writes it so, in code-point order, which UTF-8's byte
    order keeps): a look-up bisects the chunks' first words, then finds the word's line in its chunk, both in C (a few
    microseconds; `zipf` keeps what it found)."""

    __slots__ = ("_keys", "_starts", "_text")

    #: Bytes a chunk spans (some fifty lines).
    CHUNK = 1024

    def __init__(self, text: bytes) -> None:
        self._text = text
        at = 0
        while text.startswith(b"#", at):  # the header's comment lines
            at = text.find(b"\n", at) + 1 or len(text)
        keys: list[bytes] = []
        starts = array("I")
        while at < len(text):
            keys.append(text[at : text.find(b"\t", at)])
            starts.append(at)
            at = text.find(b"\n", at + self.CHUNK) + 1 or len(text)
        starts.append(len(text))
        self._keys, self._starts = keys, starts

    def get(self, word: str, default: float = 0.0) -> float:
        """The Zipf frequency of `word`, `default` when it is not listed."""
        if "\n" in word or "\t" in word:
            return default
        key = word.encode("utf-8", "surrogatepass")  # (a lone surrogate is listed nowhere)
        chunk = bisect.bisect_right(self._keys, key) - 1
        if chunk < 0:
            return default
        text, start, end = self._text, self._starts[chunk], self._starts[chunk + 1]
        line = key + b"\t"
        if text.startswith(line, start):
            at = start
        else:
            at = text.find(b"\n" + line, start, end)
            if at < 0:
                return default
            at += 1
        close = text.find(b"\n", at)
        return float(text[at + len(line) : close if close >= 0 else len(text)])


@functools.cache
def _words() -> _Words:
    return _Words(WORDS.read_bytes())


@functools.cache
def _synonyms_of() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for word, token in SYNONYMS.items():
        found[token].append(word)
    return {token: tuple(words) for token, words in found.items()}


@functools.lru_cache(maxsize=50_000)
def zipf(token: str) -> float:
    """How common a search token is: the Zipf frequency (log10 of uses per billion words) of the most
    common word that reduces to it, 0 when none is listed (listed words are 2.5 to about 7.7)."""
    words = _words()
    forms = [token, *(token + suffix for suffix in SUFFIXES), *_synonyms_of().get(token, ())]
    # Only listed forms are stemmed: stemming every made-up one ("kumaries") filled the stemmer's caches with some twenty
    # strings a token, never asked for again (9 MiB at 10k facts, when the engine's build reads its names' tokens).
    found = [(form, frequency) for form in forms if (frequency := words.get(form))]
    return max((frequency for form, frequency in found if stem(form) == token), default=0.0)


def frequency(word: str) -> float:
    """The Zipf frequency of a word as written (folded, not stemmed), 0 when it is not listed."""
    return _words().get(word)
