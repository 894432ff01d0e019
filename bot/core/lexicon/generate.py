"""Write words.txt: how common each English and French word is, for the engine's typo lookup.

The engine uses it to tell a real word it has never indexed ("founder", "nvidia") from a typo of one
it has ("invisble"). The list
comes from wordfreq (https://github.com/rspeer/wordfreq, data under CC BY-SA 4.0), which the bot does
not need at run time:

    python3 -m venv /tmp/lexicon && /tmp/lexicon/bin/pip install -q 'wordfreq==3.1.1'
    /tmp/lexicon/bin/python bot/core/lexicon/generate.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import wordfreq

#: Words per language, most common first, and the rarest Zipf frequency kept (2.5: once in 3 million words).
TOP_N = 50_000
MIN_ZIPF = 2.5
OUT = Path(__file__).with_name("words.txt")


def fold(word: str) -> str:
    """Lower case without accents, as the engine folds every text."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def main() -> None:
    zipf: dict[str, float] = {}
    for language in ("en", "fr"):
        for word in wordfreq.top_n_list(language, TOP_N):
            frequency = wordfreq.zipf_frequency(word, language)
            key = fold(word)
            if frequency >= MIN_ZIPF and key.replace("-", "").replace("'", "").isalnum():
                zipf[key] = max(zipf.get(key, 0.0), frequency)
    lines = [f"{word}\t{frequency:.1f}" for word, frequency in sorted(zipf.items())]
    header = "# word<TAB>Zipf frequency (log10 of uses per billion words), English and French, from wordfreq 3.1.1 (data: CC BY-SA 4.0).\n"
    OUT.write_text(
        header + "# Made by generate.py beside this file; do not edit by hand.\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    print(f"{len(lines)} words written to {OUT}")


if __name__ == "__main__":
    main()
