"""How common words are in English and French at large (words.txt, made by generate.py from wordfreq).

The engine asks it about a word of a question that no fact contains: is it a real word of either
language? Then it is more likely meant as written ("founder", "next") than a typo of an indexed word
("found", "text"), and is only trusted a little as one.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

from bot.core.text import SUFFIXES, SYNONYMS, stem

WORDS = Path(__file__).with_name("words.txt")


@functools.cache
def _words() -> dict[str, str]:
    # Frequencies stay text until asked for: converting all 80,000 up front adds half again to the load.
    lines = WORDS.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if not line.startswith("#"))


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
    return max((float(words.get(form, 0.0)) for form in forms if stem(form) == token), default=0.0)
