"""Contradictions on a slot a fact fills: a place its examples do not hold, a month its date does not give.

Each mechanism has a contradiction it finds and a lookalike it must leave alone (a claim that only adds a detail the
articles lack is not reported, and a true claim is never contradicted)."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.models import KnowledgeBase

# -- places given as examples: the whole (or the bulk) placed where none of them is ------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI a recruté environ 1 000 contractuels à distance en Asie du Sud-Est",  # the very figure, elsewhere
        "OpenAI mostly hired its ~1,000 contractors in Asia and Africa",
        "OpenAI's contractor hiring spree focused on places like Southeast Asia and Africa",  # the bulk, no figure
    ],
)
def test_the_whole_placed_where_no_example_is_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "place"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "hiring-scale"
    assert "Latin America" in verdict.explanation and "Eastern Europe" in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI hired some contractors in Kenya",  # a part, somewhere the examples do not exclude
        "OpenAI hired contractors in Africa too",
        "OpenAI hired 1,000 contractors mostly in Latin America and Africa",  # one of the examples is the claim's
        "OpenAI hired 1,000 contractors in Brazil",  # within an example
    ],
)
def test_a_place_beside_the_examples_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- months: a deed's month told by the name before the word ("the Invisible layoffs"), and "en mai" --------------


@pytest.mark.parametrize(
    ("claim", "month"),
    [
        ("The Invisible layoffs of OpenAI trainers happened in January", "January"),
        ("Les licenciements des formateurs OpenAI chez Invisible ont eu lieu en mai", "mai"),
    ],
)
def test_another_month_for_the_layoffs_is_contradicted(checker: ClaimChecker, claim: str, month: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "date"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert month in verdict.explanation


def test_the_month_the_articles_give_is_not_contradicted(checker: ClaimChecker) -> None:
    assert checker.check("Invisible laid off OpenAI trainers in March").verdict == "supported"


def test_may_as_a_verb_is_no_month(base: KnowledgeBase) -> None:
    assert parse_claim("OpenAI may hire more contractors", base).dates == ()
    assert parse_claim("OpenAI hired contractors in May", base).dates[0].month == 5
    assert parse_claim("Invisible a licencié des formateurs en mai", base).dates[0].month == 5


# -- a role given after an aside between commas -----------------------------------------------------------------


def test_a_role_after_an_aside_is_read(base: KnowledgeBase, checker: ClaimChecker) -> None:
    claim = "Sonam Jindal, quoted on how much AI leans on human labor, is a program lead at OpenAI"
    assert parse_claim(claim, base).roles == ("program lead",)
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "role"), verdict.explanation
    assert "Partnership on AI" in verdict.explanation


def test_a_role_after_an_aside_at_the_right_place_is_not_contradicted(checker: ClaimChecker) -> None:
    claim = "Sonam Jindal, who spoke to NBC News, is a program lead at the Partnership on AI"
    assert checker.check(claim).verdict != "contradicted"
