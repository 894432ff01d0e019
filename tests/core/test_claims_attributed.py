"""A claim attributed to an outlet the articles name ("According to Semafor, ..."): settled by the outlet's own
reporting, never by another article's side or by words the outlet does not give (bot/core/claims/attributed.py)."""

from __future__ import annotations

import pytest

from benchmarks.claims_disputes import generate
from bot.core.claims import ClaimChecker


@pytest.mark.parametrize(
    ("claim", "article"),
    [
        ("According to Semafor, OpenAI has already hired roughly 1,000 contractors", "semafor-army-of-contractors"),
        ("OpenAI has already hired roughly 1,000 contractors, according to Semafor", "semafor-army-of-contractors"),
        ("Selon Semafor, OpenAI a déjà recruté environ 1 000 sous-traitants", "semafor-army-of-contractors"),
        ("The Internet Patrol says OpenAI has hired around 1,000 remote contractors", "unseen-workforce-internet-patrol"),
        ("Semafor reports that only 40% of the roughly 1,000 contractors OpenAI hired are programmers",
         "semafor-army-of-contractors"),
    ],
)  # fmt: skip
def test_the_side_an_outlet_takes_attributed_to_it_is_supported(checker: ClaimChecker, claim: str, article: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "supported"
    assert verdict.citations[0].source_id == article  # the outlet's own passage is quoted first


def test_the_explanation_says_whose_side_it_is_in_the_claims_language(checker: ClaimChecker) -> None:
    verdict = checker.assess("Selon Semafor, OpenAI a déjà recruté environ 1 000 sous-traitants")
    assert verdict.explanation.startswith("Semafor le dit : ")
    assert "divergent" in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        # the other side: Semafor's own article says they were hired; the article relaying it is not Semafor
        "According to Semafor, OpenAI plans to hire over 1,000 developers",
        "According to The Internet Patrol, OpenAI plans to hire over 1,000 developers",
        # a month only the French article gives
        "According to Semafor, OpenAI had hired nearly 1,000 contractors by January",
        # words the outlet's passage does not give: The Internet Patrol repeats the figure, not the six months
        "According to The Internet Patrol, OpenAI hired its roughly 1,000 contractors over the past six months",
        # an outlet that does not report it
        "According to Semafor, Savreux earns $15 an hour",
        "According to Semafor, Jatin Kumar lives in Austin, Texas",
        # a figure no side gives
        "According to Semafor, OpenAI has already hired roughly 5,000 contractors",
    ],
)
def test_what_an_outlet_does_not_say_attributed_to_it_is_not_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict != "supported"


def test_an_outlets_name_is_not_read_as_part_of_what_is_said(checker: ClaimChecker) -> None:
    # Was contradicted by a fact about Kumar: the outlet's name was read as part of what is said.
    verdict = checker.assess("Selon The Internet Patrol, Savreux a travaillé avec des start-up comme OpenAI")
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("supported", "savreux-works-with-openai")


def test_most_generated_attributions_are_supported(checker: ClaimChecker) -> None:
    attributed = [g for g in generate() if g.form == "attributed"]
    right = sum(g.right(checker.assess(g.claim).verdict) for g in attributed)
    assert right >= 0.6 * len(attributed), f"{right}/{len(attributed)}"
