"""Claim checking: "do the articles say X?" gets a verdict with the quote that settles it, or "not reported".

A claim (or a yes/no question) is read for its checkable points: numbers, sums of money, percentages,
dates, places, who did what to whom, a name's role, who said something. The engine proposes candidate
facts; each candidate's curated `answers` values, `when` date and entities then settle each point:

- `supported`: one fact settles every point the claim makes, agrees on all of them, and its words cover
  the claim's words (so nothing the claim adds goes unchecked);
- `contradicted`: a fact about the same thing gives another value on a checkable point;
- `disputed`: the point is one on which the articles disagree (a discrepancy fact matches it);
- `not_reported`: nothing settles it, and the reply says so, offering the nearest facts.

Word overlap alone never gives a verdict: a verdict other than `not_reported` needs a value, a date or an
entity that the fact's curated fields hold. When in doubt the answer is `not_reported`: a false claim called
supported is the worst failure this bot can have.

The package, in the order a claim goes through it (names with a leading underscore are the package's own):

- rewording.py     the claim's text before it is read: everyday wordings, hedges, question forms, clauses
- reading.py       parse_claim: numbers, sums, dates, places, names, actions, roles, speech -> ParsedClaim
- matching.py      the candidate facts (the engine's ranking) and what each fact's words say and deny
- figures.py       counts, sums of money, percentages, stakes against a fact's curated figures
- dates_places.py  dates and places against a fact's `when` and curated places
- actors.py        who did what to whom, roles, who said it
- support.py       the support test: every point agreed and the claim's words said of whom it says them
- meaning.py       with the sentence encoder: a claim's words the fact lacks taken for a rewording of its own sentence
- disputes.py      discrepancies, sides taken, a fact that denies the claim
- outlets.py       an outlet the articles never name, where a close fact names its own
- reversals.py     a deed the other way round from a close fact's curated actor answer, or one it denies outright
- premise.py       false premises of wh-questions (`assess`, `premise`)
- checker.py       ClaimChecker: weighs each candidate's reading and decides; checker_for
- routing.py       which texts are claims or yes/no questions (claim_kind, routed_verdict)
- output.py        render_verdict (text) and verdict_json (the `verify --json` object)
- verdict.py       Verdict, one fact's reading, verdict labels, figures worded for readers
- words.py, thresholds.py  shared word lists and the closeness thresholds
- base.py          the state the groups of checks share
"""

from bot.core.claims.checker import ClaimChecker, checker_for
from bot.core.claims.output import entity_name, render_verdict, verdict_json
from bot.core.claims.reading import ParsedClaim, parse_claim
from bot.core.claims.routing import claim_kind, routed_verdict
from bot.core.claims.verdict import VERDICTS, Verdict, french_figure, verdict_label

__all__ = [
    "VERDICTS",
    "ClaimChecker",
    "ParsedClaim",
    "Verdict",
    "checker_for",
    "claim_kind",
    "entity_name",
    "french_figure",
    "parse_claim",
    "render_verdict",
    "routed_verdict",
    "verdict_json",
    "verdict_label",
]
