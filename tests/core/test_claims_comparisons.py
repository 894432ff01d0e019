"""A comparison in the claim's words ("higher than") that the fact makes in its own ("above"), and a name taken up by a
pronoun before its role ("Grace Matelich, elle est associée"): supported, in the fact's direction and order only."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from tests.core.helpers import said


@pytest.mark.parametrize(
    "claim",
    [
        "Is Savreux's hourly pay higher than the Missouri minimum wage?",
        "Savreux's pay exceeds the Missouri minimum wage",
    ],
)
def test_a_comparison_the_fact_makes_in_other_words_is_supported(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim) == ("supported", "missouri-minimum-wage")


@pytest.mark.parametrize(
    "claim",
    [
        "Is the Missouri minimum wage higher than Savreux's hourly pay?",  # the other way round
        "Is Savreux's hourly pay lower than the Missouri minimum wage?",  # the other direction
        "Le salaire minimum du Missouri est supérieur au salaire horaire de Savreux",
        "Is Kumar's hourly pay higher than the Missouri minimum wage?",  # someone else
    ],
)
def test_a_comparison_the_other_way_or_of_another_is_not_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Grace Matelich, elle est associée chez Invisible ?", "supported"),
        ("Satya Nadella, he is the CEO of Microsoft", "supported"),
        ("Grace Matelich, elle est PDG chez Invisible ?", "contradicted"),
        ("Satya Nadella, he is the CEO of OpenAI", "contradicted"),
    ],
)
def test_a_role_given_to_a_name_taken_up_by_a_pronoun_is_checked(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert checker.assess(claim).verdict == verdict
