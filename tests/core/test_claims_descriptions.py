"""Claims that describe an entity without its name ("the outsourcing firm in Nairobi", "the 22-year-old in Texas"): the
checker reads them through the engine's curated descriptions (Engine.described), as the question engine does."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        (
            "The outsourcing firm in Nairobi ended its deal with the chatbot company in February 2022",
            "sama-ends-openai-partnership",
        ),
        ("The ex-sandwich maker earns $15 an hour", "savreux-pay-15-an-hour"),
        ("The formerly homeless trainer lives in Kansas City", "savreux-age-kansas-city"),
        ("Le jeune diplômé vit au Texas", "kumar-age-texas"),
    ],
)
def test_a_described_claim_is_supported_as_the_named_one(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "The outsourcing firm in Nairobi ended its deal with the chatbot company in 2019",
        "The ex-sandwich maker earns $20 an hour",
        "The formerly homeless trainer is 22",
        "The 22-year-old in Texas lives in Kansas City",
        "The CS grad lives in Kansas City",
        # Said of someone, a description is what the claim says of them, not a name for the one it describes.
        "Alexej Savreux is a recent college graduate",
        "Savreux est un jeune diplômé",
        "Savreux, the 22-year-old in Texas, told NBC News the work is grunt work",
        "Savreux, qui n'a que 22 ans, parle de « grunt work »",
        "Savreux a 22 ans",
    ],
)
def test_a_described_false_claim_is_never_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict in ("contradicted", "not_reported")


def test_the_22_year_old_reaches_kumars_facts(checker: ClaimChecker) -> None:
    # The articles give Savreux's pay, not Kumar's: not reported, with Kumar's facts among the nearest once he is named.
    verdict = checker.check("The 22-year-old in Texas was born in Texas")
    assert verdict.verdict == "not_reported"
    assert any("jatin-kumar" in f.entities for f in verdict.nearest)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # "tech giant" is curated for Google, Facebook and Microsoft alike: it names none of them.
        ("The tech giant invested $10 billion in OpenAI", "The tech giant invested $10 billion in OpenAI"),
        ("Savreux is a recent college graduate", "Savreux is a recent college graduate"),
        ("Kumar, the 22-year-old in Texas, spoke to NBC", "Kumar, the 22-year-old in Texas, spoke to NBC"),
        ("The 22-year-old in Texas spoke to NBC", "Jatin Kumar in Texas spoke to NBC"),
        # Said of another of its kind the claim names: before it, or the one it is said to be.
        ("Savreux a 22 ans", "Savreux a 22 ans"),
        ("OpenAI's largest investor is Google", "OpenAI's largest investor is Google"),
        ("DeepMind c'est une filiale de Google", "DeepMind c'est une filiale de Google"),
    ],
)
def test_what_a_claims_descriptions_name(engine: Engine, claim: str, text: str) -> None:
    assert engine.described(claim, claim=True) == text


def test_a_description_fitting_two_entities_names_neither_in_a_claim(checker: ClaimChecker) -> None:
    verdict = checker.check("The tech giant invested $10 billion in OpenAI")
    assert verdict.verdict != "supported"
