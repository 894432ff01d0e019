"""What a claim says in passing is said too: "GitHub, which is owned by Google, ..." asserts that Google owns GitHub.

A name followed by a clause set off by commas (a relative clause whose subject it is, "which is owned by Google", "qui
est ...", or an apposition, "a Google subsidiary", "une filiale de Microsoft") says something of that name; the rest of
the sentence, without the aside, says the claim's main thing. Each is checked as a claim of its own, and only a
contradiction of one on a checkable point (a doer, an owner, a role, a figure, a place, a date, a speaker) carries over
to the whole claim, with its quote: what an aside agrees with never supports the claim.
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.verdict import Verdict
from bot.core.engine.clean import clean

#: A name (capitalised, or a word of letters and digits), a clause set off by commas, then the rest of the sentence.
_ASIDE = re.compile(r"^(?P<name>(?:[\w.'-]+\s+){0,2}?[\w.'-]+),\s+(?P<aside>[^,;]{4,}?),\s*(?P<rest>\S.*)$")

#: A sentence ending on a relative clause set off by a comma after a name.
_TRAILING = re.compile(r"^(?P<main>.*?(?P<name>[\w.'-]+)),\s+(?P<aside>(?:which|who|qui)\s+[^,;]{4,}?)[.!?]?$")

#: A relative clause whose subject is the name before it: "which is owned by", "who was", "qui est", "qui appartient".
_RELATIVE_SUBJECT = re.compile(
    r"^(?:which|who|that|qui)\s+(?=(?:is|was|are|were|has|had|owns|owned|belongs|est|etait|sont|a|appartient|possede)\b)",
    re.IGNORECASE,
)

#: An apposition: "a Google subsidiary", "the company behind ChatGPT", "une filiale de Microsoft".
_APPOSITION = re.compile(r"^(?:a|an|the|un|une|le|la|l')\b", re.IGNORECASE)

#: The points on which an aside's contradiction carries over.
_ASIDE_POINTS = frozenset({"actor", "role", "count", "money", "percent", "place", "date", "quote"})


def _asides(text: str) -> list[str]:
    """The claims a text makes in passing: what its aside says of the name before it, and the sentence without the
    aside; [] when it has none."""
    text = " ".join(clean(text).split())
    found = _ASIDE.match(text)
    if found is None:
        # A relative clause at the end: "OpenAI trained on code from GitHub, which is owned by Google".
        trailing = _TRAILING.match(text)
        if trailing is None or not _RELATIVE_SUBJECT.match(trailing.group("aside")):
            return []
        said = f"{trailing.group('name')} {_RELATIVE_SUBJECT.sub('', trailing.group('aside'))}"
        return [said, trailing.group("main")]
    name, aside, rest = found.group("name"), found.group("aside"), found.group("rest")
    french = bool(re.search(r"\b(?:qui|une?|est|de|la|le|les|des)\b", f"{aside} {rest}", re.IGNORECASE))
    if _RELATIVE_SUBJECT.match(aside):
        said = f"{name} {_RELATIVE_SUBJECT.sub('', aside)}"
    elif _APPOSITION.match(aside):
        said = f"{name} {'est' if french else 'is'} {aside}"
    elif re.match(r"(?:d'ou|d'où|where|whose|dont|from which)\b", aside, re.IGNORECASE):
        said = ""  # "GitHub, d'où OpenAI a tiré son code, appartient à Google": only the rest is about the name
    else:
        return []
    return [t for t in (said, f"{name} {rest}") if t]


class _AsideChecks(CheckerBase):
    """A claim whose aside, or whose sentence without it, the articles contradict."""

    def _aside_contradiction(self, claim_text: str, language: str) -> Verdict | None:
        """The contradiction of what a claim says in passing (or of its main clause without the aside); None otherwise."""
        for part in _asides(claim_text):
            verdict = self._check(part, language=language, rivals=False)
            if verdict.verdict == "contradicted" and verdict.point in _ASIDE_POINTS and verdict.fact is not None:
                return Verdict(claim_text, language, "contradicted", verdict.explanation, verdict.fact, verdict.citations,
                               point=verdict.point)  # fmt: skip
        return None
