"""True claims a check used to contradict on a point they do not get wrong, and the false lookalikes it must still catch.

A contradiction needs a checkable point the claim really gets wrong: whose place it gives, a deed it asserts (not one it
takes for granted in a clause of time), the date a bound ("until 2022") gives."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker

# -- whose place: the location verb's subject, and an event's place only for a claim about that event -------------


@pytest.mark.parametrize(
    "claim",
    [
        "The Seattle company invested in OpenAI",  # Microsoft's place: nothing of the coding test's developer
        "The outsourcing agency that posted OpenAI's Spanish job listing is based in Mexico",  # the agency's, not OpenAI's
        "L'agence qui a publié l'offre en espagnol pour OpenAI est basée au Mexique",
        "The contractors working on coding data for OpenAI are mostly from Brazil",
    ],
)
def test_a_place_of_someone_else_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI is based in Seattle", "chatgpt-released-in-november"),
        ("The contracting firm Sama is based in Nairobi", "sama-based-in-san-francisco"),  # a description before the name
        ("Sama, which is based in Nairobi, ended its deal with OpenAI", "sama-based-in-san-francisco"),
        ("La société Sama est basée à Nairobi", "sama-based-in-san-francisco"),
        ("Savreux is from Chicago", "savreux-age-kansas-city"),
        ("The developer who took the coding test lives in Kenya", "coding-test-five-hour-unpaid"),  # the event's place
        ("The union vote took place in Uganda", "nairobi-ai-workers-union-vote"),
        ("OpenAI hired 1000 contractors in Kenya", "hiring-scale"),
    ],
)
def test_a_wrong_place_of_the_subject_or_the_event_is_still_contradicted(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "place"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id


# -- "kept working with X until 2022": when the partnership ended, not a denial that it did ------------------------


@pytest.mark.parametrize(
    "claim", ["Sama kept working with OpenAI until 2022", "Sama continued to work with OpenAI until February 2022"]
)
def test_working_together_until_the_end_date_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "sama-ends-openai-partnership"


@pytest.mark.parametrize(
    ("claim", "point"),
    [
        ("Sama kept working with OpenAI until 2023", "date"),  # another end date
        ("Sama continued to work with OpenAI until May 2022", "date"),
        ("Sama kept working with OpenAI", None),  # no end at all: the ending contradicts it
        ("Sama still works with OpenAI", None),
    ],
)
def test_working_together_past_the_end_is_contradicted(checker: ClaimChecker, claim: str, point: str | None) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "sama-ends-openai-partnership"
    if point is not None:
        assert verdict.point == point


# -- a deed in a clause of time is taken for granted: no denial of it contradicts the claim ------------------------


def test_a_deed_in_a_clause_of_time_is_not_contradicted_by_its_denial(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI gave a coding test to the developer before hiring him")
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize("claim", ["OpenAI hired the developer", "Has OpenAI hired the South American developer?"])
def test_the_same_deed_asserted_is_still_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "coding-developer-anonymity-and-status"
