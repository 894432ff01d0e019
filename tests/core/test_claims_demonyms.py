"""A demonym says where the one it describes is from or based ("Sama is a Kenyan company", "Kumar est texan"): read as
"Sama is based in Kenya" is, never as a place a fact about the name gives to something else (Sama's labellers in Kenya)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.models import KnowledgeBase

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import claims_places


@pytest.mark.parametrize(
    ("claim", "place", "holder"),
    [
        ("Sama is a Kenyan company", "kenya", "sama"),
        ("Is Sama Kenyan?", "kenya", "sama"),
        ("Sama est-elle kényane ?", "kenya", "sama"),
        ("Sama, une boîte kényane, a licencié ses employés", "kenya", "sama"),
        ("la boîte kényane Sama a licencié ses employés", "kenya", "sama"),
        ("The Kenyan company Sama ended its partnership with OpenAI", "kenya", "sama"),
        ("OpenAI hired Sama, which is a Kenyan company", "kenya", "sama"),
        ("Kumar is Indian", "india", "jatin-kumar"),
        ("the Texan graduate Kumar took a coding test", "texas", "jatin-kumar"),
        ("Savreux est américain", "united states", "alexej-savreux"),
    ],
)
def test_a_demonym_places_the_name_it_describes(base: KnowledgeBase, claim: str, place: str, holder: str) -> None:
    assert [(p, h) for p, h, _ in parse_claim(claim, base).placed] == [(place, holder)]


@pytest.mark.parametrize(
    "claim",
    [
        "Sama's Kenyan labellers reviewed harmful content",  # the labellers' place
        "Sama has Kenyan workers",
        "Sama is a firm with Kenyan workers",
        "OpenAI is paying Kenyan workers",
        "The labellers of Sama were Kenyan",  # Sama is inside the subject
        "Les étiqueteurs kényans de Sama",  # a plural describes no one name
        "Did the Spanish OpenAI job listing say how much it pays?",  # a name that modifies a noun, as the demonym does
    ],
)
def test_a_demonym_of_something_else_places_no_name(base: KnowledgeBase, claim: str) -> None:
    assert parse_claim(claim, base).placed == ()


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Sama is a Kenyan company", "sama-based-in-san-francisco"),
        ("Is Sama Kenyan?", "sama-based-in-san-francisco"),
        ("Sama est-elle kenyane ?", "sama-based-in-san-francisco"),
        ("Sama est une boîte kényane", "sama-based-in-san-francisco"),
        ("OpenAI is a Kenyan company", "chatgpt-released-in-november"),
        ("Is OpenAI an Eastern European company?", "chatgpt-released-in-november"),  # no curated description in its place
        ("Savreux is Texan", "savreux-age-kansas-city"),
    ],
)
def test_a_demonym_against_the_names_own_place_is_contradicted(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "place"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id
    assert "not Kenyan" not in verdict.explanation and "non Kenyan" not in verdict.explanation  # the place, by its name


@pytest.mark.parametrize(
    "claim",
    ["Invisible is a Kenyan firm", "Sama is not a Kenyan company", "The Kenyan company Sama ended its partnership with OpenAI"],
)
def test_a_demonym_no_place_of_the_name_settles_is_not_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "supported"


@pytest.mark.parametrize(
    "claim",
    ["Kumar is American", "Kumar is Indian", "Kumar est-il indien ?", "Savreux is Kenyan", "Savreux est américain"],
)
def test_a_persons_country_demonym_is_not_settled_by_where_they_live(checker: ClaimChecker, claim: str) -> None:
    """A nationality is neither given nor denied by where someone lives or is from: Kumar in Texas is not thereby
    American, nor not Indian; the verdict is not reported (a state's demonym, "Savreux is Texan", is still settled)."""
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Sama is an American company",  # San Francisco is in it
        "Sama is a Californian company",
        "Kumar is Texan",
        "Is Kumar Texan?",
        "Kumar est texan",
        "Savreux is Missourian",
        "Sama has workers in Kenya",  # its workers' place, said as theirs
        "Sama's Kenyan labellers reviewed harmful content",
    ],
)
def test_a_demonym_the_names_own_place_gives_is_supported(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation


def test_no_name_is_supported_in_a_place_the_articles_do_not_give_it(checker: ClaimChecker) -> None:
    """Every person and organisation said to be of every place the base names, by a demonym, in English and French, as a
    claim and as a yes/no question (benchmarks/claims_places.py makes them all, with the location verbs too)."""
    base = checker.base
    claims = claims_places.place_claims(base, kinds=("person", "organisation"), verbs=False)
    assert len(claims) >= 4 * 7 * len([e for e in base.entities.values() if e.type == "person"])
    false = [
        claim
        for claim, _, entity, place in claims
        if checker.check(claim).verdict == "supported" and not claims_places.placed_there(base, entity, place)
    ]
    assert false == []
