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


# -- a limit taken back ("not just code but the explanations") denies nothing --------------------------------------


def test_not_just_but_is_no_denial(checker: ClaimChecker) -> None:
    claim = "OpenAI seems to be building a dataset with not just code but the human explanations behind it in natural language"
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted", verdict.explanation


def test_a_denial_beside_it_still_is(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI is building a dataset of code, not human explanations")
    assert verdict.verdict == "contradicted", verdict.explanation


# -- "a few weeks later" counts weeks, not the people laid off ----------------------------------------------------


def test_an_order_of_magnitude_of_time_is_no_count(checker: ClaimChecker) -> None:
    verdict = checker.check("Some of the Invisible contractors laid off in March were rehired a few weeks later")
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize(
    "claim", ["Invisible laid off a few OpenAI trainers in March", "Invisible laid off hundreds of OpenAI trainers"]
)
def test_an_order_of_magnitude_of_people_is_still_checked(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "count"), verdict.explanation


# -- a sum compared with another is not of what it is compared with ----------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Savreux earned $15 an hour, more than Missouri's minimum wage",
        "Savreux gagnait 15 $ de l'heure, soit plus que le salaire minimum du Missouri",
    ],
)
def test_a_sum_compared_with_the_minimum_wage_is_his_pay(
    checker: ClaimChecker, meaning_checker: ClaimChecker, claim: str
) -> None:
    assert checker.check(claim).verdict != "contradicted"
    verdict = meaning_checker.check(claim)  # "soit" is no word of the fact's: a rewording, read on meaning
    assert verdict.verdict == "supported", verdict.explanation


def test_another_sum_compared_with_the_minimum_wage_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("Savreux earned $12 an hour, more than Missouri's minimum wage")
    assert (verdict.verdict, verdict.point) == ("contradicted", "money"), verdict.explanation
    assert "$15" in verdict.explanation


# -- a share of a part: the whole's word in common does not make it another part's share ---------------------------


@pytest.mark.parametrize(
    "claim", ["around 40% of OpenAI's new contractors are programmers", "Les 40 % restants sont des programmeurs"]
)
def test_the_programmers_share_is_not_the_labellers(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("80% of OpenAI's new contractors are programmers", "hiring-programmers-share"),
        ("40% of the contractors do data labeling", "hiring-data-labeling-share"),
        ("Microsoft owns 51% of OpenAI", "microsoft-49-percent-stake"),
    ],
)
def test_another_share_of_the_same_part_is_contradicted(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "percent"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id


# -- everyday wordings of what the facts settle: fiscal years and quarters, half a year, "d'après", hedges -----------


@pytest.mark.parametrize(
    "claim",
    [
        "On January 18 Satya Nadella said Microsoft would cut 10,000 jobs by Q3 of fiscal 2023",
        "OpenAI brought on about a thousand remote contractors in roughly half a year",
        "two OpenAI contractors told NBC News that training LLMs is basically grunt work",
        "Invisible's Grace Matelich said contractors were let go based on metrics like quality and throughput",
    ],
)
def test_everyday_wordings_of_settled_points_are_supported(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("claim", "point"),
    [
        ("On January 18 Satya Nadella said Microsoft would cut 10,000 jobs by Q3 of fiscal 2024", "date"),
        ("Microsoft will cut 10,000 jobs by the end of FY24", "date"),
        ("On January 18 Satya Nadella said Microsoft would cut 10,000 jobs by Q4 of fiscal 2023", "date"),
        ("OpenAI hired 1,000 contractors in a year and a half", "date"),
        ("two OpenAI contractors told NBC News that training LLMs is basically fun work", None),
        ("OpenAI's Grace Matelich said contractors were let go based on metrics like quality and throughput", "quote"),
    ],
)
def test_their_one_point_variants_are_not_supported(checker: ClaimChecker, claim: str, point: str | None) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict != "supported", verdict.explanation
    if point is not None:
        assert (verdict.verdict, verdict.point) == ("contradicted", point), verdict.explanation


# -- what one person was not given says nothing of a claim about no one in particular ----------------------------


@pytest.mark.parametrize("claim", ["Is OpenAI still hiring?", "OpenAI is still recruiting"])
def test_one_developer_not_hired_does_not_deny_hiring(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "hiring-ramped-up-worldwide"


@pytest.mark.parametrize(
    "claim", ["Is the developer hired?", "OpenAI a embauché le candidat", "OpenAI a-t-il embauché le développeur ?"]
)
def test_the_one_developer_hired_is_still_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "coding-developer-anonymity-and-status"


# -- "not supposed to": the claim's and the fact's say the same; "supposed to" is what the fact denies ---------------


def test_not_supposed_to_agrees_with_the_facts(meaning_checker: ClaimChecker) -> None:
    claim = "Altman tweeted about OpenAI's \"talent density\" while admitting he's not supposed to brag"
    assert meaning_checker.check(claim).verdict == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Altman said he is supposed to brag about OpenAI",
        "Altman tweeted that he is supposed to brag about OpenAI's talent density",
    ],
)
def test_supposed_to_is_what_the_fact_denies(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "altman-talent-density-tweet"


# -- a place before the location verb is not where it says someone is --------------------------------------------


def test_a_place_in_a_clause_before_the_location_verb_is_not_checked_as_the_base(checker: ClaimChecker) -> None:
    verdict = checker.check("Sama, le sous-traitant qui bossait au Kenya, est basé à San Francisco")
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI is a Seattle-based company",
        "Partnership on AI is a New York based nonprofit",
        "Sama, the contractor that worked in Kenya, is based in Nairobi",
    ],
)
def test_the_place_the_location_verb_gives_is_still_checked(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "place"), verdict.explanation


# -- the doer after "by" is the name owned, not its owner; a phrase beside a name is tied to it -------------------


def test_powered_by_the_owners_product(checker: ClaimChecker) -> None:
    verdict = checker.check("GitHub Copilot is powered by OpenAI's Codex")
    assert verdict.verdict == "supported", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "codex-powers-copilot"


def test_powered_by_another_product_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("GitHub Copilot is powered by OpenAI's GPT-3")
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation


def test_a_tool_set_beside_its_name(meaning_checker: ClaimChecker) -> None:
    verdict = meaning_checker.check("Codex, OpenAI's tool that turns plain language into code, came out in August 2021")
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Codex, Microsoft's tool that turns plain language into code, came out in August 2021",
        "Copilot, OpenAI's tool that turns plain language into code, came out in August 2021",
        "Codex, OpenAI's tool that turns plain language into code, came out in August 2022",
    ],
)
def test_a_tool_set_beside_another_name_is_not_supported(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.check(claim).verdict != "supported"


# -- two sums: the one no name owns is the fact's other sum --------------------------------------------------------


def test_his_pay_beside_the_minimum_wage(meaning_checker: ClaimChecker) -> None:
    verdict = meaning_checker.check("Savreux's $15 an hour is above Missouri's $12 minimum wage")
    assert verdict.verdict == "supported", verdict.explanation
    # "His" with no one named for it: whose pay it is, is unclear (tests/core/test_claims_basis.py)
    verdict = meaning_checker.check("His $15 an hour is above Missouri's $12 minimum wage")
    assert verdict.verdict == "not_reported" and "“his”" in verdict.explanation, verdict.explanation


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Savreux's $20 an hour is above Missouri's $12 minimum wage", "$15"),
        ("Savreux's $15 an hour is above Missouri's $10 minimum wage", "$12"),
    ],
)
def test_another_sum_beside_the_minimum_wage_is_contradicted(checker: ClaimChecker, claim: str, said: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "money"), verdict.explanation
    assert said in verdict.explanation


# -- "low-paid" is how well, not that a sum was paid; English "plus" is "and"; "ever" asks no more ------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Tech has leaned on low-paid workers for a long time, going back to punch-card operators in the 1950s",
        "Codex is built on GPT-3, which was trained on natural language plus billions of lines of public source code",
        "Have OpenAI researchers ever thanked contractors in a paper?",
    ],
)
def test_everyday_words_that_add_nothing(meaning_checker: ClaimChecker, claim: str) -> None:
    verdict = meaning_checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Tech has leaned on well-paid workers since the 1990s",
        "Codex is built on GPT-4, which was trained on natural language plus billions of lines of public source code",
        "Have Microsoft researchers ever thanked contractors in a paper?",
    ],
)
def test_their_variants_are_not_supported(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.check(claim).verdict != "supported"


# -- a job before: the curated deed and its `before` answer settle a claim in the past, never in the present --------


@pytest.mark.parametrize(
    "claim",
    ["Savreux used to work at Jimmy John's", "Savreux worked at Jimmy John's", "Savreux a déjà bossé chez Jimmy John's ?"],
)
def test_a_previous_job_said_in_the_past_is_supported(meaning_checker: ClaimChecker, claim: str) -> None:
    verdict = meaning_checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "savreux-escaped-homelessness"


@pytest.mark.parametrize(
    "claim",
    [
        "Savreux works at Jimmy John's",  # now: the articles say before
        "Savreux travaille chez Jimmy John's",
        "Savreux is still working at Jimmy John's",
        "Kumar worked at Jimmy John's",
        "Savreux worked at McDonald's",
    ],
)
def test_the_job_now_or_someone_elses_is_not_supported(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.check(claim).verdict != "supported"
