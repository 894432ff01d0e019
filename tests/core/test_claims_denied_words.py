"""A word a claim asserts that the fact only ever denies settles nothing: "there is still ChatGPT" against "without
labelers, you have no ChatGPT", while the claim that denies it as the fact does stays supported."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker


@pytest.mark.parametrize(
    "claim",
    [
        "Savreux: without labelers, there is still ChatGPT",
        "Savreux says that without labelers there would still be ChatGPT",
        "Savreux : sans étiqueteurs, il y a quand même ChatGPT",
    ],
)
def test_a_word_the_fact_only_denies_is_not_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "supported"


@pytest.mark.parametrize(
    "claim",
    ["Savreux says without labelers there is no ChatGPT", "Savreux said there would be no ChatGPT without labelers"],
)
def test_the_same_denial_is_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "supported"
