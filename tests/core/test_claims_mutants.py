"""False claims the mutation benchmark (benchmarks/claims_mutations.py) found supported: one word of a true claim
changed, each point of the supporting fact still agreeing. Each rule holds its false variants and the true claims."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker


@pytest.mark.parametrize(
    ("false", "true"),
    [
        # a deed said to come that the articles tell as done
        ("Invisible will lay off dozens of contractors in March", "Invisible laid off dozens of contractors in March"),
        ("Sama will end its partnership with OpenAI in February 2022", "Sama ended its partnership with OpenAI in February 2022"),
        ("Sama va mettre fin à son partenariat avec OpenAI", "Sama a mis fin à son partenariat avec OpenAI"),
        # words to be said (the articles report what was said), a deed said done that the fact tells as to come
        ("Savreux will say trainers are grunt workers", "Savreux said trainers are grunt workers"),
        ("Satya Nadella said Microsoft did cut 10,000 jobs", "Satya Nadella said Microsoft will cut 10,000 jobs"),
        # "only" where the fact says no such thing of it
        ("Only DeepMind is owned by Google", "DeepMind is owned by Google"),
        ("Only Sam Altman said OpenAI has 375 employees", "Sam Altman said OpenAI has 375 employees"),
        # a denial of something else than what the fact denies
        ("The developer who took the coding test is not in South America", "The developer who took the coding test is in South America"),
    ],
)  # fmt: skip
def test_a_one_word_change_the_fact_does_not_say_is_not_supported(checker: ClaimChecker, false: str, true: str) -> None:
    assert checker.check(true).verdict == "supported"
    assert checker.check(false).verdict != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Microsoft will cut 10,000 jobs",  # the fact speaks of what is to come
        "DeepMind is the only company to publicly commit to the Partnership on AI's guidelines",  # the fact's own "only"
        "OpenAI has only 375 employees",  # "only" before a figure is the figure's
        "OpenAI n'a pas voulu commenter ses pratiques de recrutement",  # the same denial in other words
        "The developer was not paid for the coding test",
    ],
)
def test_what_the_fact_does_say_is_still_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "claimed"), [("Savreux makes €15 an hour", "€15"), ("Savreux gagne 15 euros de l'heure", "15")]
)
def test_a_sum_in_another_currency_is_contradicted(checker: ClaimChecker, claim: str, claimed: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted" and verdict.point == "money"
    assert "$15" in verdict.explanation or "15 $" in verdict.explanation or "15 dollars" in verdict.explanation
    assert checker.check(claim.replace("€15", "$15").replace("euros", "dollars")).verdict == "supported"
