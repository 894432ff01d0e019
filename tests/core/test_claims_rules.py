"""Claim checking rules found on blind-written development claims: each test names the rule and holds the checker to it.

The claims are development examples written from the articles; the sealed claim set is never read here.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine


@pytest.fixture(scope="module")
def checker(engine: Engine) -> ClaimChecker:
    return ClaimChecker(engine)


# -- who did it: only an actor answer settles the doer -------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Did OpenAI lay off the Invisible contractors?",  # Invisible did; a fact naming both without a doer must not support it
        "OpenAI laid off the Invisible contractors",
    ],
)
def test_a_doer_named_wrongly_is_never_supported_by_a_fact_that_records_no_doer(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert "Invisible, not OpenAI" in verdict.explanation
