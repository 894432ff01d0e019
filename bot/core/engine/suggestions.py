"""Which near facts an abstention may offer as "did you mean": those that share a subject with the question.

A suggestion is not an answer, but it still tells the asker "this is what you may have meant". Offered for
a single everyday word a fact happens to share ("quel temps fait-il à Lyon": the hiring fact says "temps"
and "fait"; "what's a good name for a cat": a fact says "good"), it looks like a bot that did not listen.
So each word the question shares with the fact earns a point for being the base's own (a name, a topic's
or a one-word keyword's word: what the base is about) and a point for being uncommon in everyday language
(Zipf frequency at most EVERYDAY_ZIPF: "python", "contractors", "credit"; not "good", "time", "hour",
"fait"); a fact is offered only with two points. One telling word suffices ("invisible", "Kumar"); an
everyday word needs an uncommon one beside it ("pay" with "lowest wage"); two everyday ones never do.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from bot.core.lexicon import zipf

#: A word used more often than this in everyday English or French (log10 of uses per billion words) says little
#: of what a question is about: "capital" and "credit" are at 5.0, "learn" 5.2, "hour" 5.4, "good" 6.1, "fait" 6.4.
EVERYDAY_ZIPF = 5.0
#: A reading of a word at least this trusted counts as the word (a typo's reading, 0.35, does not).
READING_TRUST = 0.7
POINTS_NEEDED = 2


def grounded(
    tokens: Iterable[str],
    fact_tokens: Collection[str],
    lookup: Callable[[str], tuple[tuple[str, float], ...]],
    own_words: Collection[str],
) -> bool:
    """Whether a fact shares enough of a question's subject to be offered for it: see the module's docstring.

    `lookup` gives the indexed words a question word stands for, with their trust; `own_words` are the base's own
    (names, topics, one-word keywords). A misspelt word earns the points of what it is read as ("invisble")."""
    points = 0
    for token in dict.fromkeys(tokens):
        readings = [(indexed, trust) for indexed, trust in lookup(token) if trust >= READING_TRUST and indexed in fact_tokens]
        if not readings:
            continue
        points += token in own_words or any(indexed in own_words for indexed, _trust in readings)
        points += any(zipf(indexed) <= EVERYDAY_ZIPF for indexed, _trust in readings)
        if points >= POINTS_NEEDED:
            return True
    return False
