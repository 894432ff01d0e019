"""A figure contradicts only a figure of its own kind and unit; French claims get the same verdicts, in French.

The claims are development examples written from the articles; the sealed claim set is never read here.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.language import guess_language
from bot.core.models import KnowledgeBase

# -- a rate per hour is not a count of hours ----------------------------------------------------------------------


@pytest.mark.parametrize("claim", ["openai pays 0 an hour", "OpenAI pays 3 per hour"])
def test_a_pay_rate_is_never_contradicted_by_a_count_of_hours(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted" or "hours the unpaid coding test took" not in verdict.explanation, (
        verdict.explanation
    )
    assert verdict.verdict != "supported", verdict.explanation


def test_a_figure_per_unit_of_time_is_read_as_a_rate(base: KnowledgeBase) -> None:
    paid = parse_claim("openai pays 0 an hour", base).numbers
    assert [(n.kind, n.per) for n in paid] == [("money", "hour")]
    done = parse_claim("the workers labelled 70 a day", base).numbers
    assert [n.kind for n in done] == ["rate"]
    took = parse_claim("the coding test took 3 hours", base).numbers
    assert [n.kind for n in took] == ["count"]


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("the coding test took 3 hours", "5 (hours the unpaid coding test took), not 3"),
        ("the trainers make $30 an hour", "$15 an hour, not $30"),
        ("Savreux earns 30 an hour", "$15 an hour, not 30"),  # a pay rate without a currency sign is still a sum
    ],
)
def test_a_figure_of_the_same_kind_still_contradicts(checker: ClaimChecker, claim: str, says: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert says in verdict.explanation


# -- French -------------------------------------------------------------------------------------------------------


def test_a_french_contradiction_says_the_unit(checker: ClaimChecker) -> None:
    verdict = checker.check("le test de code a duré 3 heures")
    assert verdict.verdict == "contradicted"
    assert "Les articles disent 5 heures, et non 3 heures." in verdict.explanation


def test_a_french_headcount_claim_gets_the_english_verdict(checker: ClaimChecker) -> None:
    english = checker.check("OpenAI has 500 employees")
    french = checker.check("OpenAI a 500 employés")
    assert english.verdict == french.verdict == "contradicted"
    assert french.fact is not None and english.fact is not None and french.fact.id == english.fact.id
    assert "375, et non 500" in french.explanation


@pytest.mark.parametrize(
    "text",
    ["Savreux gagne 30 dollars de l heure", "Savreux a 30 ans", "OpenAI a 500 employes", "le test a dure 3 heures"],
)
def test_french_without_accents_or_apostrophes_is_french(text: str) -> None:
    assert guess_language(text) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Le Monde says the trainers earn less",
        "Did Charles de Gaulle found OpenAI?",
        "The trainers of La Presse earn $15 an hour",
        "Is Jean de la Fontaine the CEO?",
        "Savreux earns 30 dollars an hour",
        "Who'd OpenAI hire?",  # an English contraction's "d" is no French "d'"
    ],
)
def test_an_english_text_naming_a_french_name_stays_english(text: str) -> None:
    assert guess_language(text) == "en"


def test_an_unaccented_french_claim_is_answered_in_french(checker: ClaimChecker) -> None:
    verdict = checker.check("Savreux gagne 30 dollars de l heure")
    assert verdict.language == "fr"
    assert verdict.verdict == "contradicted"
    assert "15 dollars de l'heure" in verdict.explanation


# -- a sum is compared with a sum over the same span of time ------------------------------------------------------


@pytest.mark.parametrize("claim", ["Savreux earns $120 a day", "Savreux earns $30"])
def test_a_sum_over_another_span_of_time_is_not_contradicted_by_an_hourly_rate(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", verdict.explanation


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("Savreux earns $15 a day", "The articles say $15 an hour, not $15 a day."),  # the same sum, the wrong span
        ("Savreux gagne 15 dollars par jour", "15 dollars de l'heure, et non 15 dollars par jour."),
        ("Missouri's minimum wage is $15", "$12 an hour, not $15"),  # the claim names the hourly wage itself
    ],
)
def test_the_same_sum_over_the_wrong_span_or_a_named_rate_is_contradicted(checker: ClaimChecker, claim: str, says: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert says in verdict.explanation


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("OpenAI has 500 employees", "OpenAI emploie 500 personnes"),
        ("OpenAI hired 2000 contractors", "OpenAI a embauche 2000 sous traitants"),  # no accent, no hyphen
    ],
)
def test_an_unaccented_french_claim_gets_the_english_verdict_in_french(checker: ClaimChecker, english: str, french: str) -> None:
    said, dit = checker.check(english), checker.check(french)
    assert said.verdict == dit.verdict == "contradicted", dit.explanation
    assert dit.language == "fr" and dit.explanation.startswith("Les articles disent")


@pytest.mark.parametrize("french", ["OpenAI a embauché 1000 sous-traitants", "OpenAI a embauche 1000 sous traitants"])
def test_sous_traitants_without_a_hyphen_reach_the_same_disputed_verdict(checker: ClaimChecker, french: str) -> None:
    assert checker.check("OpenAI hired 1000 contractors").verdict == "disputed"
    assert checker.check(french).verdict == "disputed"  # never supported: hired or planned is where the articles differ
