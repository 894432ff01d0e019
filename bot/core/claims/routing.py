"""Routing: which texts are claims or yes/no questions, and the verdict for those typed to /ask."""

from __future__ import annotations

import re

from bot.core.claims.checker import checker_for
from bot.core.claims.premise import _WH
from bot.core.claims.reading import _norm, parse_claim
from bot.core.claims.rewording import _paraphrased, _unhedged
from bot.core.claims.verdict import Verdict
from bot.core.engine import Engine
from bot.core.engine.clean import clean
from bot.core.models import KnowledgeBase

_YES_NO = re.compile(
    r"^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|est-ce que|est-ce qu'|is it true|"
    r"est-il vrai|est-ce vrai|c'est vrai)\b"
)


_FRENCH_INVERSION = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles)\b")


_EXPLICIT = re.compile(
    r"^(?:is it true that|est-il vrai que|est-ce vrai que|c'est vrai que|true or false|vrai ou faux|fact check|check|claim)\b"
)


#: A question that does not start with its question word: asked as a request ("tell me who...", "dis-moi..."), with
#: the question word after "c'est" ("c'est qui la boîte au Kenya"), left at the end as people type in French ("ils
#: sont payés combien", "Sama c'est où"), asking for an amount wherever it stands ("the trainers get how much"), or
#: with a question word and its inverted "did" after a word in front ("||spoiler|| when did Invisible lay off": a claim
#: never inverts "when did").
_QUESTION_IN_DISGUISE = re.compile(
    r"^(?:tell me|show me|explain|describe|remind me|dis-moi|dites-moi|explique|expliquez|raconte|racontez|montre-moi)\b"
    r"|\bc'(?:est|etait)\s+(?:qui|quoi|ou|quand|combien|comment)\b"
    r"|\b(?:qui|quoi|ou|quand|combien|comment|pourquoi)\s*\??$"
    r"|\b(?:combien|how much|how many)\b"
    r"|\b(?:when|where|why|how)\s+(?:did|does|do)\b"
)


_STATE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|makes?|made|earns?|earned|pays?|paid|gets?|got|lives?|lived|works?|worked|"
    r"est|sont|etait|a|ont|gagne|gagnent|vit|travaille|travaillent|touche|touchent)\b"
)


def claim_kind(text: str, base: KnowledgeBase) -> str | None:
    """'yes_no' for a yes/no question, 'claim' for a statement to check, None for an ordinary question.

    Conservative: an ordinary question ("how many contractors did OpenAI hire?", "savreux pay") is never
    taken for a claim, so it is still answered as before.
    """
    stripped = clean(text).strip()  # mentions, emoji, links and markup are not part of what is asked
    norm = _norm(stripped)
    if not norm or len(norm.split()) < 3:
        return None
    if _EXPLICIT.match(norm):
        return "claim"
    # "so, did Sama end ...?", "apparently ...", "paraît que ...", "est ce que ...": read without the hedge.
    stripped = _unhedged(stripped) + ("?" if norm.endswith("?") else "")
    norm = _norm(stripped)
    if not norm or len(norm.split()) < 3:
        return None
    if _YES_NO.match(norm) or (norm.endswith("?") and _FRENCH_INVERSION.search(norm.split("?")[0]) and not _WH.match(norm)):
        return "yes_no"
    if norm.endswith("?") or _WH.match(norm) or _QUESTION_IN_DISGUISE.search(norm):
        return None
    claim = parse_claim(_paraphrased(stripped), base)
    has_point = bool(claim.numbers or claim.dates or claim.roles or claim.other_places) or any(
        base.entities[e].type == "place" for e in claim.entity_ids
    )
    if claim.actions and claim.entities:
        return "claim"
    sum_or_share = any(n.kind in ("money", "percent") for n in claim.numbers)
    if _STATE_VERB.search(norm) and (claim.entities or sum_or_share) and has_point:
        return "claim"
    return None


def routed_verdict(text: str, engine: Engine, *, language: str | None = None) -> Verdict | None:
    """What every face (Discord's /ask, DMs and mentions, the console, `ask`) gives in place of an answer: the
    verdict on a claim, or on a yes/no question something settles; None for any other question, which is
    answered as a question (so is a yes/no question nothing settles)."""
    said = clean(text)  # Discord markup is neither routed on nor echoed back ("Not reported: ||spoiler|| ...")
    kind = claim_kind(said, engine.base)
    if kind is None:
        return None
    verdict = checker_for(engine).check(said, language=language)
    if kind == "yes_no" and verdict.verdict == "not_reported":
        return None
    return verdict
