"""Figures of time and French "ne ... que": a span against the fact's dated span, a duration in another unit, an age.

- A span of time the claim gives for a deed or figure the fact settles ("over the past two years") is compared with the
  span the fact's date gives ("over the past six months"), in hours: a longer one is contradicted, the same one in other
  words agrees, a shorter one is left unsettled.
- A duration curated in one unit ("five hours") denies the same number in another ("five days").
- "pendant deux ans", "depuis 2 ans" say how long, not how old.
- French "ne ... que" is "only", not a denial: "Savreux, qui n'a que 22 ans" gives him an age the articles deny.

The claims are written for these tests from the articles, not taken from a claim set; the sealed sets are never read.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.claims.rewording import _paraphrased
from bot.core.models import KnowledgeBase
from tests.core.helpers import said


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI hired around 1,000 contractors over the past twelve months", "hiring-scale"),  # six months
        ("OpenAI a recruté un millier de sous-traitants en deux ans", "hiring-scale"),
        ("Kumar has done contract AI work for three years", "kumar-recent-graduate"),  # a year
        ("Kumar a travaillé comme formateur pendant deux ans", "kumar-recent-graduate"),
        ("Kumar has done AI contract work for six months", "kumar-recent-graduate"),  # a duration curated: a year
    ],
)
def test_a_span_the_facts_date_denies_is_contradicted(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("contradicted", fact_id)


def test_the_correction_gives_the_span_in_the_readers_words(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI a recruté un millier de sous-traitants en deux ans")
    assert "six derniers mois" in verdict.explanation and "2 ans" in verdict.explanation


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI hired about 1,000 contractors over the past six months", "hiring-scale"),
        ("OpenAI a embauché environ 1 000 contractuels au cours des six derniers mois", "hiring-scale"),
        ("Kumar travaille en IA sous contrat depuis un an", "kumar-recent-graduate"),
        ("Le test de code a duré cinq heures", "coding-test-five-hour-unpaid"),
    ],
)
def test_the_same_span_in_other_words_is_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "The coding test lasted five days",  # five hours
        "Le test de code a duré cinq jours",
        "the unpaid coding test took 5 days",
    ],
)
def test_a_duration_in_another_unit_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted" and verdict.fact is not None
    assert verdict.fact.id == "coding-test-five-hour-unpaid"
    assert "5" in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI recruited roughly 1,000 remote contractors within the last year",  # "within the last year" holds six months
        "OpenAI hired about 1,000 contractors over the past three months",  # a shorter span: the six months may hold it all
    ],
)
def test_a_span_within_the_facts_or_shorter_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "contradicted"


@pytest.mark.parametrize("claim", ["Kumar a fait du travail contractuel en IA pendant deux ans", "Kumar travaille depuis 2 ans"])
def test_years_after_pendant_or_depuis_are_no_age(base: KnowledgeBase, checker: ClaimChecker, claim: str) -> None:
    assert all("old" not in n.after for n in parse_claim(claim, base).numbers)
    assert said(checker, claim)[1] != "kumar-age-texas"  # not "22, not 2"
    assert parse_claim("Kumar a 22 ans", base).numbers[0].after >= {"old"}  # an age still is one


@pytest.mark.parametrize(
    ("text", "reworded"),
    [
        ("Savreux n'a que 22 ans", "Savreux a seulement 22 ans"),
        ("Codex ne sait écrire que du Python", "Codex sait écrire seulement du Python"),
        ("OpenAI n'a pas embauché que des étiqueteurs", "OpenAI n'a pas embauché que des étiqueteurs"),  # "not only"
        ("Kumar ne pense pas que le travail est ingrat", "Kumar ne pense pas que le travail est ingrat"),
    ],
)
def test_ne_que_is_only_not_a_denial(text: str, reworded: str) -> None:
    assert _paraphrased(text) == reworded


def test_a_false_age_in_a_premise_clause_is_corrected(checker: ClaimChecker) -> None:
    verdict = checker.assess("Pourquoi Savreux, qui n'a que 30 ans, travaille-t-il de chez lui ?")
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("contradicted", "savreux-age-kansas-city")
    assert "34" in verdict.explanation


def test_only_is_never_support_for_a_list(checker: ClaimChecker) -> None:
    # "ne ... que" read as "only" does not let "Codex writes only Python" be supported by its list of languages
    assert said(checker, "Codex ne sait écrire que du Python")[0] != "supported"
