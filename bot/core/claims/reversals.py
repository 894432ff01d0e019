"""A deed the other way round: a claim whose verb reverses what a fact's curated `actor` answer says its doer did.

"Why did OpenAI's 2022 research paper blame its contractors?": OpenAI thanked them (actor: openai, thank); "Pourquoi
Microsoft a vendu GitHub ?": Microsoft owns GitHub (actor: microsoft, own); "OpenAI froze all hiring": OpenAI has ramped
up its hiring (actor: openai, hire). The basis is the curated doer and deed: the claim's doer is the answer's `who`, what
it names the deed done to is the answer's or the fact's, and its verb is one that undoes or opposes that very deed
(`_REVERSALS`, one pattern per action). A claim that denies besides ("OpenAI did not blame its contractors") agrees, and
is left to the other checks; so is a deed dated or bounded ("Sama kept working with OpenAI until 2022").
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _ACTION_GROUP, _CLAIM_NEGATION, _COMPARED, _FRAMING, ParsedClaim, _norm, _surface, _tokens
from bot.core.claims.thresholds import DENIED_DEED_COVERAGE, DENIER_MARGIN, RELEVANT_CONFIDENCE, SURE_CONFIDENCE
from bot.core.claims.verdict import Verdict, _phrase, _Reading
from bot.core.claims.words import _ACTION_WORDS, _names_people

#: Verbs that undo or oppose each curated action (English and French, accents folded), as a claim words them.
_REVERSAL_PATTERNS: dict[str, str] = {
    "thank": r"\b(?:blam\w*|critici[sz]\w*|faulted|accus\w*|condemn\w*|reproch\w*|critiqu\w*)\b",
    "hire": r"\b(?:freez\w*|froze\w*|halt\w*|paus\w*|stopp?(?:ed|s|ing)?|suspend\w*|gel\w*|arret\w*|cess\w*)\s+"
            r"(?:(?:all|its|their|every|any|new|toute|toutes|tout|ses|leurs|les|son|sa|de|d'|des|l')\s*){0,3}"
            r"(?:hiring|recruit\w*|embauch\w*|recrut\w*)\b|\bhiring freeze\b|\bgel des (?:embauches|recrutements)\b",
    "end-partnership": r"\b(?:continu\w*|kept|keeps?|keeping|stay(?:ed|s)?|remain\w*|rest(?:e|ee|ait|er)|poursui\w*)\s+"
                       r"(?:(?:to|on|a|de|d')\s+)?(?:work\w*|travaill\w*|boss\w*|collabor\w*|its partnership|"
                       r"son partenariat|le partenariat)\b",
    "own": r"\b(?:sold|sells?|selling|vendu\w*|vend(?:re|u|ait|ent)?|a cede|ced(?:e|ait))\b",
    "commit": r"\b(?:reject\w*|rejet\w*|refus\w*|snubb?\w*|boycott\w*)\b(?!\s+(?:to|de|d')\s*(?:comment|s'exprimer|repondre))",
    "invest": r"\brefus\w* (?:to |de |d')(?:invest\w*|financ\w*|take (?:a|any) stake|prendre (?:des|une) (?:parts?|participation))|"
              r"\b(?:divest\w*|pulled out of|withdr\w* from)\b",
    "stay": r"\b(?:quit(?:s|ting)?|leav(?:e|es|ing)|left|(?:step|walk)(?:s|ed|ped|ing|ping)? (?:away|down|off)|g[ai]ve up|resign\w*|"
            r"lach\w*|quitt\w*|demission\w*|abandonn\w*)\b",
    "decline-comment": r"\b(?:respond(?:ed|s)?|replied|repl(?:y|ies)|answered|commented|repondu|commente)\b",
}  # fmt: skip


_REVERSALS = tuple((action, re.compile(pattern)) for action, pattern in _REVERSAL_PATTERNS.items())


#: A bound on the deed ("until 2022", "jusqu'en", "before"): what was done until then is no reversal of its end.
_BOUNDED = re.compile(r"\b(?:until|till|before|jusqu\w*|avant)\b")


#: Words before a verb that make it no deed the claim says was done: "to hire", "to get hired", "considering hiring".
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:to|considering|consider|before|after|about|while|for|of|in|on|without|pour|avant|apres|sans|de|d')\s+"
    r"(?:(?:get|be|being|getting|have|been|etre|avoir ete)\s+)?$"
)


#: What makes a verb's "-ing" form a deed done: "ended up hiring", "finit par embaucher".
_ENDED_UP = re.compile(r"\b(?:end(?:s|ed)? up|finally|fini\w* par)\s+$")


def _asserted_done(norm: str, verb_at: int) -> bool:
    """Whether the verb at `verb_at` says the deed was done ("hired", "was hired", "ended up hiring"), not one aimed at,
    weighed or named in passing ("to hire", "considering hiring", "before hiring")."""
    before = norm[:verb_at]
    if _NOT_DONE_BEFORE.search(before):
        return False
    word = (norm[verb_at:].split() or [""])[0]
    return not word.endswith("ing") or bool(_ENDED_UP.search(before))


#: How many of the closest facts are read for a reversed deed.
REVERSAL_FACTS = 3


class _ReversalChecks(CheckerBase):
    """A claim whose verb reverses the deed a close fact's actor answer records: contradicted by that fact."""

    def _reversed_deed(self, claim_text: str, claim: ParsedClaim, readings: list[_Reading], language: str) -> Verdict | None:
        """The contradiction of a claim that says its doer did the opposite of what a close fact says they did; None
        otherwise."""
        if claim.double_negation:
            return None
        norm = _norm(claim.text)
        for action, pattern in _REVERSALS:
            m = pattern.search(norm)
            if m is None:
                continue
            if _CLAIM_NEGATION.search(norm[: m.start()] + " " * (m.end() - m.start()) + norm[m.end() :]):
                return None  # "OpenAI did not blame its contractors": a denied reversal agrees with the fact
            if action == "end-partnership" and (claim.dates or _BOUNDED.search(norm)):
                return None  # "Sama kept working with OpenAI until 2022": the work the end closed
            verdict = self._reversal_against(claim_text, claim, readings, language, action, m)
            if verdict is not None:
                return verdict
        return None

    def _reversal_against(
        self, claim_text: str, claim: ParsedClaim, readings: list[_Reading], language: str, action: str, m: re.Match[str]
    ) -> Verdict | None:
        as_deed = replace(claim, actions=((action, m.start()),), passive=False)
        doer = as_deed.subject(self.base)
        if doer is None:
            return None
        norm = _norm(claim.text)
        done_to = {
            e
            for e, at in claim.entities
            if at > m.start()
            and e != doer
            and self.base.entities[e].type != "place"
            and not _COMPARED.search(norm[max(0, at - 25) : at])
        }
        close = sorted((r for r in readings if r.confidence >= RELEVANT_CONFIDENCE), key=lambda r: -r.confidence)
        group = _ACTION_GROUP.get(action, action)
        for reading in close[:REVERSAL_FACTS]:
            fact = reading.fact
            if reading.conflicts or fact.kind != "claim":
                continue
            deeds = [
                (answer.who, answer.whom) for answer in fact.answers.actor if _ACTION_GROUP.get(answer.did, answer.did) == group
            ]
            if action in ("invest", "own"):
                # a stake is a deed of investing: "Microsoft's stake in OpenAI" (49%) against "refused to take a stake"
                parties = (self._stake_parties(p.of) for p in fact.answers.percent)
                deeds += [((holder,), (held,)) for holder, held in filter(None, parties)]
            for who, whom in deeds:
                if doer not in who or not done_to <= set(whom) | set(fact.entities):
                    continue  # someone else did it, or it was done to someone the fact does not name
                claimed = _surface(claim.text, norm, m.start(), m.end())
                explanation = _phrase("contradicted_other", language, claimed=claimed, statement=fact.statement_in(language))
                return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point="actor")
        return None

    def _denied_deed(self, claim_text: str, claim: ParsedClaim, readings: list[_Reading], language: str) -> Verdict | None:
        """The contradiction of a claim that asserts a deed the closest fact denies in so many words: "has OpenAI hired the
        South American developer?" against "he had not yet been hired or rejected by OpenAI". The fact's denial must be of
        the claim's very verb, said of whom the claim speaks of (one person's denial says nothing of a group: "OpenAI
        hired programmers"), with every name of the claim the fact's and almost all its other words; None otherwise."""
        if claim.negated or claim.double_negation or not claim.actions:
            return None
        norm = _norm(claim.text)
        done = [action for action, at in claim.actions if _asserted_done(norm, at)]
        verbs = {t for action in done for t in _tokens(_ACTION_WORDS.get(action, ""))}
        content = {t for t in claim.tokens - _FRAMING if not t.isdigit()}
        top = max((r.confidence for r in readings), default=0.0)
        for reading in readings:
            fact = reading.fact
            if reading.confidence < max(SURE_CONFIDENCE, top - DENIER_MARGIN) or reading.conflicts or fact.kind != "claim":
                continue
            if not self._negative[fact.id] or not verbs & self._denied_head[fact.id] or "entity" in reading.unsettled:
                continue  # it must deny the very thing the claim says was done, of the ones the claim names
            if self._denies_one[fact.id] and _names_people(claim.text):
                continue  # what one person was not given ("the developer had not yet been hired") a group may have been
            if len(content & self._vocab[fact.id]) < DENIED_DEED_COVERAGE * len(content):
                continue
            explanation = _phrase("contradicted_plain", language, statement=fact.statement_in(language))
            return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point="actor")
        return None
