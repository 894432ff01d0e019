"""Recall by meaning: a fact worded nothing like the question ("which TV network did the two hired hands open up to")
shares no word with it, so the lexical index never makes it a candidate. The re-ranker's index (semantic.py,
`NearestIndex`) finds the facts nearest the question in meaning, whatever their words.

What that finds is offered, never answered: the sentence encoder places a question near the facts of its subject, not
near the one that answers it. On the development sets, a question on the subject that no fact answers ("what is the
minimum wage in Kenya", "how many people voted against the union") came as near its nearest fact, and as far ahead of
the next one, as a paraphrase of a fact did; requiring the fact to hold the kind of answer asked (`Fact.answer_kinds`)
did not separate them either (README, "Recall by meaning"). So a fact found by meaning alone is a "did you mean"
suggestion: alone when the words found nothing to offer and it is nearer than any far off-topic question of the
development sets came to a fact; beside what the words found otherwise, first when it is clearly nearer in meaning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.core.answers import Match
from bot.core.models import Fact

#: The least cosine between a question and a fact offered by meaning alone. Far off-topic questions of the development
#: sets came at most 0.58 from their nearest fact ("what is australia's capital city"), apart from requests and the
#: asker's own case, which are offered nothing by meaning; paraphrases whose fact was nearest, 0.41 to 0.87.
OFFER_COSINE = 0.6
#: Beside suggestions found by words (the question shares a subject with the base), the nearest fact in meaning joins them
#: from this cosine, and goes first when it is nearer the question than the first of them by LEAD_COSINE.
JOIN_COSINE = 0.45
LEAD_COSINE = 0.15
MAX_SUGGESTIONS = 3


def offered(
    nearest: Sequence[tuple[str, float]],
    facts: Mapping[str, Fact],
    lexical: tuple[Match, ...] = (),
    lexical_cosine: float | None = None,
) -> tuple[Match, ...]:
    """The suggestions of an abstention with the fact nearest the question in meaning among them (`nearest`: the
    re-ranker's, best first; `lexical`: the suggestions found by words, `lexical_cosine` the first one's cosine).

    Alone, it is offered when at least OFFER_COSINE near; beside suggestions found by words, when at least JOIN_COSINE
    near: first if it is nearer than theirs by LEAD_COSINE, else last of the MAX_SUGGESTIONS. Its confidence is 0: no
    word of the question vouches for it."""
    if not nearest:
        return lexical
    fact_id, cosine = nearest[0]
    fact = facts.get(fact_id)
    if fact is None or any(m.fact.id == fact_id for m in lexical):
        return lexical
    match = Match(fact, 0.0)
    if not lexical:
        return (match,) if cosine >= OFFER_COSINE else ()
    if cosine < JOIN_COSINE:
        return lexical
    if lexical_cosine is not None and cosine >= lexical_cosine + LEAD_COSINE:
        return (match, *lexical)[:MAX_SUGGESTIONS]
    return (*lexical[: MAX_SUGGESTIONS - 1], match)
