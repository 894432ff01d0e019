"""False claims reworded in a reader's own words: a changed figure, doer, place or date is contradicted on a curated slot.

The claims are written for these tests from the articles (English and French); no sealed claim is read here.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker

# -- a sum the claim's deed says what it is of ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Microsoft put $1 billion into OpenAI", "$10 billion, not $1 billion"),
        ("Microsoft invested $2 billion in OpenAI", "$10 billion, not $2 billion"),
        ("microsoft a mis 1 milliard de dollars dans openai", "10 milliards de dollars, et non 1 milliard"),
    ],
)
def test_a_sum_is_checked_against_the_sum_of_the_deed_the_claim_names(checker: ClaimChecker, claim: str, said: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.point == "money"
    assert said in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Microsoft put $10 billion into OpenAI",  # one side of what the articles differ on: never contradicted
        "Microsoft a versé 10 milliards de dollars à OpenAI",
    ],
)
def test_the_sum_the_articles_give_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "disputed"


def test_a_sum_the_deed_names_is_not_checked_for_someone_else(checker: ClaimChecker) -> None:
    # Google invested nothing the articles report: the $10 billion is Microsoft's, no figure of Google's
    verdict = checker.check("Google invested $1 billion in OpenAI")
    assert verdict.point != "money", verdict.explanation


# -- "suppressions de postes" are job cuts ---------------------------------------------------------------------------


def test_job_cuts_in_french_are_the_layoff_count(checker: ClaimChecker) -> None:
    verdict = checker.check("Nadella a annoncé 100 000 suppressions de postes chez Microsoft")
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "nadella-microsoft-layoffs"
    assert "10 000, et non 100 000" in verdict.explanation


# -- a majority is a share of more than half ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Microsoft holds a majority stake in OpenAI",
        "Microsoft is the majority owner of OpenAI",
        "Microsoft est l'actionnaire majoritaire d'OpenAI",
        "Microsoft a pris une participation majoritaire dans OpenAI",
    ],
)
def test_a_majority_stake_is_contradicted_by_the_curated_share(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.point == "percent" and verdict.fact is not None and verdict.fact.id == "microsoft-49-percent-stake"


def test_a_false_premise_of_a_majority_stake_is_corrected_first(checker: ClaimChecker) -> None:
    verdict = checker.assess("Why did Microsoft take a majority stake in OpenAI?")
    assert verdict.verdict == "contradicted"
    assert "49%" in verdict.explanation


def test_a_majority_of_the_contractors_is_never_supported_on_one_side_of_a_disagreement(checker: ClaimChecker) -> None:
    # 60% labelling and 40% programmers is Semafor's split, which another article words otherwise
    assert checker.check("The majority of OpenAI's new contractors are programmers").verdict != "supported"


def test_who_decided_to_become_the_largest_investor_is_checked(checker: ClaimChecker) -> None:
    verdict = checker.assess("Why did Google decide to become OpenAI's largest investor?")
    assert verdict.verdict == "contradicted"
    assert "Microsoft, not Google" in verdict.explanation


# -- a duration in minutes or half hours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("OpenAI's coding test took half an hour", "not 30 minutes"),
        ("the unpaid coding test lasted 30 minutes", "not 30 minutes"),
        ("Le test de code non payé d'OpenAI durait une demi-heure", "5 heures, et non 30 minutes"),
        ("the coding test took an hour and a half", "not 90 minutes"),
    ],
)
def test_a_duration_in_minutes_is_checked_against_one_curated_in_hours(checker: ClaimChecker, claim: str, said: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.fact is not None and verdict.fact.id == "coding-test-five-hour-unpaid"
    assert said in verdict.explanation


@pytest.mark.parametrize("claim", ["The coding test took 300 minutes", "Savreux spends 30 minutes a day on tasks"])
def test_minutes_the_articles_do_not_contradict_are_left_alone(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- a platform worked at is a workplace ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim", ["Sonam Jindal works at Amazon Mechanical Turk", "Sonam Jindal bosse chez Amazon Mechanical Turk"]
)
def test_a_platform_given_as_a_titled_persons_workplace_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.fact is not None and verdict.fact.id == "jindal-partnership-on-ai"


def test_a_platform_worked_with_is_no_workplace(checker: ClaimChecker) -> None:
    assert checker.check("Jindal works with Amazon Mechanical Turk").verdict == "not_reported"


# -- "without exception" stresses an "all": no denial ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Pourquoi Invisible a-t-il viré tous ses formateurs OpenAI sans exception ?", "Les articles disent des dizaines"),
        ("Why did Invisible fire all of its OpenAI trainers without exception?", "The articles say dozens"),
    ],
)
def test_all_without_exception_is_corrected_by_the_part_the_articles_give(
    checker: ClaimChecker, question: str, said: str
) -> None:
    verdict = checker.assess(question)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert verdict.explanation.startswith(said)


def test_without_anything_else_is_still_a_denial(checker: ClaimChecker) -> None:
    assert checker.check("Invisible laid off OpenAI trainers without warning").verdict != "supported"


# -- a firm in another's place as the owner of people or things ---------------------------------------------------------


def test_a_firm_named_as_owner_in_another_firms_place_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("The result is sent to OpenAI and to Sama's quality checkers")
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.fact is not None and verdict.fact.id == "trainer-output-quality-check"
    assert "Invisible, not Sama" in verdict.explanation


def test_the_firm_the_fact_names_as_owner_is_still_supported(checker: ClaimChecker) -> None:
    assert checker.check("The result is sent to OpenAI and to Invisible's quality checkers").verdict == "supported"


# -- a comparison the other way round -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Savreux earns less than Missouri's minimum wage",
        "Savreux gagne moins que le salaire minimum du Missouri",
        "Pourquoi Savreux était-il payé moins que le salaire minimum du Missouri ?",
        "since savreux earns less than missouri's minimum wage, is that even legal?",
    ],
)
def test_a_comparison_a_fact_makes_the_other_way_round_is_contradicted(checker: ClaimChecker, text: str) -> None:
    verdict = checker.assess(text)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.explanation)
    assert verdict.point == "comparison" and verdict.fact is not None and verdict.fact.id == "missouri-minimum-wage"


@pytest.mark.parametrize(
    "claim",
    [
        "Savreux earns more than Missouri's minimum wage",  # what the fact says
        "Savreux earns at least the Missouri minimum wage",  # a bound, not the other way round
        "Savreux does not earn less than Missouri's minimum wage",  # a denial agrees
    ],
)
def test_a_comparison_the_same_way_or_denied_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


def test_walking_away_from_a_job_the_articles_say_he_stays_in_is_corrected(checker: ClaimChecker) -> None:
    verdict = checker.assess("Why did Jatin Kumar walk away from his OpenAI trainer job?")
    assert verdict.verdict == "contradicted"
    assert verdict.fact is not None and verdict.fact.id == "kumar-staying-in-role"


# -- "the number of X that Y did is N" is "Y did N X" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    ["The number of contractors OpenAI hired is a bit under 1,000", "The number of contractors OpenAI hired is about 1,000"],
)
def test_a_count_given_as_the_number_of_a_deed_is_read_as_the_deed(checker: ClaimChecker, claim: str) -> None:
    # one side of what the articles differ on (hired, or planning to hire): never supported by the side's fact
    assert checker.check(claim).verdict == "disputed"


def test_a_wrong_count_given_as_the_number_of_a_deed_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("The number of remote contractors OpenAI hired is 5,000")
    assert verdict.verdict == "contradicted" and "not 5,000" in verdict.explanation


@pytest.mark.parametrize(
    ("claim", "verdict_expected"),
    [
        # the articles give 10,000 workers Microsoft will let go: a deed announced, not one done
        ("Did Microsoft lay off 10000 workers?", "not_reported"),
        ("Microsoft laid off 10,000 workers", "not_reported"),
        ("Microsoft a licencié 10 000 employés", "not_reported"),
        ("Microsoft will let go of 10,000 workers", "supported"),
        ("Nadella said Microsoft would cut 10,000 jobs", "supported"),
        ("Microsoft va licencier 10 000 salariés", "supported"),
    ],
)
def test_a_figure_of_a_deed_to_come_does_not_support_it_as_done(checker, claim: str, verdict_expected: str) -> None:
    assert checker.check(claim).verdict == verdict_expected
