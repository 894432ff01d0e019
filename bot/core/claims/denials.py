"""A denial is checked by what it denies: "Savreux was never homeless" is contradicted by the fact that supports "Savreux
was homeless".

The claim's one denial of its verb ("not", "never", "didn't", "n'a jamais", "ne ... pas") is taken out and the assertion
left is checked; only its support says anything of the denial, which it contradicts, with the fact's quote. An assertion
contradicted or not reported says nothing ("OpenAI did not hire 2,000 contractors" is not settled by its 1,000), so a
denial is never supported this way. Left alone: a denial of a limit ("not just", "ne ... que", "not all"), a quantity of
none ("nobody", "personne", "aucun"), and a denial inside a clause of its own ("who did not ...").
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _norm
from bot.core.claims.rewording import _paraphrased, _strip_question
from bot.core.claims.verdict import Verdict, _phrase
from bot.core.engine.clean import clean

#: An English auxiliary's denial and the auxiliary it denies ("hasn't" -> "has"; "didn't go" -> "go").
_ENGLISH = {
    "didn't": "", "didnt": "", "did not": "", "doesn't": "", "doesnt": "", "does not": "", "don't": "", "dont": "",
    "do not": "", "isn't": "is", "isnt": "is", "wasn't": "was", "wasnt": "was", "weren't": "were", "werent": "were",
    "aren't": "are", "arent": "are", "hasn't": "has", "hasnt": "has", "haven't": "have", "havent": "have",
    "hadn't": "had", "hadnt": "had", "won't": "will", "wont": "will", "can't": "can", "cant": "can", "cannot": "can",
    "never": "", "not": "",
}  # fmt: skip

_ENGLISH_DENIAL = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _ENGLISH), key=len, reverse=True)) + r")\b")

#: French "ne ... pas", "n'a jamais", "ne ... plus": the "ne" and the word that closes the denial.
_FRENCH_DENIAL = re.compile(r"\b(?:ne\s+|n')(?P<verb>(?:[\w-]+\s+){0,2}?)(?:pas|jamais|plus|point)\b")

#: Any denial word at all, to count them (a claim of two denials is left alone).
_ANY_DENIAL = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|ne|n'|pas|jamais|aucun|aucune|personne|rien|sans(?!-)|ni)\b|n't\b|"
    r"\b(?:didnt|doesnt|dont|isnt|wasnt|werent|arent|hasnt|havent|hadnt|wont|cant|cannot)\b"
)

#: What a denial of a limit or of a whole looks like: "not just", "not all", "never only", "pas tous", "pas seulement".
_LIMIT = re.compile(r"^\s*(?:just|only|all|every|always|merely|simply|the only|the first|tous|toutes|tout|seulement|que|qu')\b")

#: A clause of its own before the denial: "the trainers who did not ...", "ceux qui n'ont pas ...".
_CLAUSE = re.compile(
    r"\b(?:who|which|that|whose|whom|where|when|because|if|unless|although|qui|que|qu'|dont|ou|quand|si|car|parce)\b"
)


def _asserted(text: str) -> str | None:
    """The claim with its one denial of its verb taken out ("OpenAI never trained ..." -> "OpenAI trained ..."), or None
    when it has none, or more than one, or one of a limit, of a quantity or inside a clause of its own."""
    norm = " ".join(_norm(text).split())
    if len(_ANY_DENIAL.findall(norm)) > 2:
        return None
    french = _FRENCH_DENIAL.search(norm)
    english = _ENGLISH_DENIAL.search(norm)
    found = french or english
    if found is None or (french and english):
        return None
    if _CLAUSE.search(norm[: found.start()]) or _LIMIT.match(norm[found.end() :]):
        return None
    if french:
        said = norm[: found.start()] + found.group("verb") + norm[found.end() :]
    else:
        said = norm[: found.start()] + _ENGLISH[found.group(0)] + norm[found.end() :]
        said = re.sub(r"\b(?:any|yet)\b", " ", said)  # "hasn't announced any investment yet"
    said = " ".join(said.split())
    if len(_ANY_DENIAL.findall(said)) != len(_ANY_DENIAL.findall(norm)) - (2 if french else 1):
        return None  # another denial is left ("personne", "aucun", "without"): not a plain assertion
    return said


class _DenialChecks(CheckerBase):
    """A denial that the articles contradict: what it denies is what a fact says."""

    def _denied_fact(self, claim_text: str, language: str) -> Verdict | None:
        """The contradiction of a claim denying what a fact supports; None when there is none."""
        said = _asserted(_paraphrased(_strip_question(clean(claim_text))))
        if said is None:
            return None
        verdict = self._check(said, language=language, rivals=False, by_meaning=False)
        if verdict.verdict != "supported" or verdict.fact is None:
            return None
        fact = verdict.fact
        explanation = _phrase("contradicted_plain", language, statement=fact.statement_in(language))
        return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point=verdict.point)
