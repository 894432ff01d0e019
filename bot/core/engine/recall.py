"""Recall by meaning: a fact worded nothing like the question ("which TV network did the two hired hands open up to")
shares no word with it, so the lexical index never makes it a candidate. The re-ranker's index (semantic.py,
`NearestIndex`) finds the facts nearest the question in meaning, whatever their words.

What that finds is offered, never answered: the sentence encoder places a question near the facts of its subject, not
near the one that answers it. On the development sets, a question on the subject that no fact answers ("what is the
minimum wage in Kenya", "how many people voted against the union") came as near its nearest fact, and as far ahead of
the next one, as a paraphrase of a fact did; requiring the fact to hold the kind of answer asked (`Fact.answer_kinds`)
did not separate them either (README, "Recall by meaning"). So a fact found by meaning alone is a "did you mean"
suggestion, offered when the words found nothing to offer, and only when it is near enough in meaning that no far
off-topic question of the development sets came as near.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.core.answers import Match
from bot.core.models import Fact

#: The least cosine between a question and a fact offered by meaning alone. Far off-topic questions of the development
#: sets came at most 0.58 from their nearest fact ("what is australia's capital city"), apart from requests and the
#: asker's own case, which are offered nothing by meaning; paraphrases whose fact was nearest, 0.41 to 0.87.
OFFER_COSINE = 0.6


def offered(nearest: Sequence[tuple[str, float]], facts: Mapping[str, Fact]) -> tuple[Match, ...]:
    """The suggestion by meaning for a question the words offered nothing for: its nearest fact, when near enough.
    Its confidence is 0: no word of the question vouches for it."""
    for fact_id, cosine in nearest[:1]:
        fact = facts.get(fact_id)
        if fact is not None and cosine >= OFFER_COSINE:
            return (Match(fact, 0.0),)
    return ()
