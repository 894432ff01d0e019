"""Contradictions: a claim is called contradicted only on the same point of the same thing, and a wrong doer, number,
place or date is. Each test names the rule; the claims are development examples written from the articles
(tests/core/data/claims_dev_con.yaml holds more), never the sealed claim sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.models import KnowledgeBase

DEV = Path(__file__).resolve().parent / "data" / "claims_dev_con.yaml"


def _why(verdict) -> tuple:
    return verdict.verdict, verdict.fact.id if verdict.fact else None, verdict.explanation


# -- the development set of this work, by totals ---------------------------------------------------------------


@pytest.fixture(scope="module")
def results(checker: ClaimChecker) -> list[tuple[dict, str]]:
    entries = yaml.safe_load(DEV.read_text(encoding="utf-8"))["claims"]
    return [(entry, checker.assess(entry["claim"]).verdict) for entry in entries]


def test_no_false_claim_is_called_supported(results: list[tuple[dict, str]]) -> None:
    assert [e["claim"] for e, given in results if given == "supported" and e["verdict"] != "supported"] == []


def test_no_true_or_unreported_claim_is_called_contradicted(results: list[tuple[dict, str]]) -> None:
    wrong = [e["claim"] for e, given in results if given == "contradicted" and e["verdict"] in ("supported", "not_reported")]
    assert wrong == []


# -- a figure is contradicted only by a figure of the same thing -----------------------------------------------


@pytest.mark.parametrize("claim", ["Savreux earned more than $12 an hour", "Savreux gagnait plus de 12 dollars de l'heure"])
def test_someones_pay_is_not_contradicted_by_a_minimum_wage_named_beside_it(checker: ClaimChecker, claim: str) -> None:
    # The fact on Missouri's $12 minimum wage names Savreux (his $15 is above it), but the $12 is Missouri's.
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted", _why(verdict)


def test_someones_own_pay_still_contradicts_a_wrong_figure(checker: ClaimChecker) -> None:
    verdict = checker.check("Savreux earns $12 an hour")
    assert verdict.verdict == "contradicted", _why(verdict)
    assert verdict.fact is not None and verdict.fact.id == "savreux-pay-15-an-hour"


# -- a day of the month is part of a date, not a figure ---------------------------------------------------------


def test_a_day_of_the_month_is_read_with_its_month(base: KnowledgeBase) -> None:
    for text, day in [("Nadella announced the layoffs on January 18", 18), ("Nadella a parlé le 18 janvier", 18),
                      ("Codex launched on Aug. 10th, 2021", 10), ("Invisible laid off 40 trainers in March", None)]:  # fmt: skip
        claim = parse_claim(text, base)
        assert [d.day for d in claim.dates] == [day], text
        assert all(n.value not in (10, 18) for n in claim.numbers), text


@pytest.mark.parametrize(
    "claim", ["Nadella announced the layoffs on January 18", "Nadella a annoncé les licenciements le 18 janvier"]
)
def test_the_right_day_is_supported_not_contradicted_as_a_count(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", _why(verdict)


def test_another_day_of_the_same_month_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("Nadella announced the layoffs on January 20")
    assert verdict.verdict == "contradicted" and verdict.point == "date", _why(verdict)
    assert "January 18" in verdict.explanation


def test_a_day_the_fact_does_not_give_is_not_confirmed(checker: ClaimChecker) -> None:
    # Codex: August 2021, no day given.
    verdict = checker.check("Codex launched on August 10, 2021")
    assert verdict.verdict == "not_reported", _why(verdict)


# -- two sums in one claim: each is of what the words beside it say ----------------------------------------------


def test_two_sums_are_each_checked_against_their_own_figure(checker: ClaimChecker) -> None:
    verdict = checker.check("Savreux's $15 an hour is more than Missouri's $12 minimum wage")
    assert verdict.verdict == "supported", _why(verdict)
    verdict = checker.check("Savreux's $15 an hour is more than Missouri's $10 minimum wage")
    assert verdict.verdict == "contradicted" and "$12 an hour, not $10" in verdict.explanation, _why(verdict)


@pytest.mark.parametrize("claim", ["The minimum wage in Texas is $12", "Kumar earns $12 an hour"])
def test_a_sum_is_not_confirmed_for_another_than_the_one_it_is_of(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", _why(verdict)


# -- two shares of one fact: the claim's is the one whose words it says --------------------------------------------


def test_a_share_is_checked_against_the_share_of_what_it_names(checker: ClaimChecker) -> None:
    verdict = checker.check("About 40% of the contractors do data labeling")
    assert verdict.verdict == "contradicted" and "60%" in verdict.explanation, _why(verdict)
    verdict = checker.check("60% of the contractors are programmers")
    assert verdict.verdict == "contradicted" and "40%" in verdict.explanation, _why(verdict)
    assert checker.check("40% of the contractors are computer programmers").verdict == "supported"


# -- who said it: the fact's citations name the speaker ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "speaker"),
    [
        ("Sam Altman a annoncé que Microsoft supprimerait 10 000 emplois", "Satya Nadella"),
        ("Savreux said he can't see himself stepping away from this role", "Jatin Kumar"),
    ],
)
def test_words_given_to_another_speaker_are_contradicted(checker: ClaimChecker, claim: str, speaker: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted" and verdict.point == "quote", _why(verdict)
    assert speaker in verdict.explanation or verdict.language == "fr", _why(verdict)


def test_the_right_speaker_is_not_contradicted(checker: ClaimChecker) -> None:
    for claim in (
        "Kumar said he can't see himself stepping away from this role",
        "Nadella announced Microsoft would cut 10,000 jobs",
    ):
        assert checker.check(claim).verdict != "contradicted", claim


# -- who did it: a layoff of a firm's own people, the largest investor -----------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Microsoft laid off Invisible's trainers",
        "C'est Microsoft qui a viré les formateurs d'Invisible",
        "Why did Microsoft lay off Invisible's trainers?",
    ],
)
def test_a_layoff_of_a_firms_people_given_to_another_firm_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted" and verdict.point == "actor", _why(verdict)
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Google is OpenAI's largest investor", "contradicted"),
        ("Google est le plus gros investisseur d'OpenAI", "contradicted"),
        ("Microsoft is OpenAI's largest investor", "supported"),
    ],
)
def test_the_largest_investor_is_a_doer(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


# -- places ---------------------------------------------------------------------------------------------------------


def test_a_fact_agreeing_on_one_place_still_denies_another(checker: ClaimChecker) -> None:
    verdict = checker.check("The Nairobi union vote happened in Uganda")
    assert verdict.verdict == "contradicted" and verdict.point == "place", _why(verdict)


def test_a_gazetteer_name_inside_a_named_place_is_that_place(base: KnowledgeBase) -> None:
    assert parse_claim("OpenAI hired people in Eastern Europe", base).other_places == ()


def test_someone_unnamed_is_placed_by_what_the_place_answer_is_of(checker: ClaimChecker) -> None:
    verdict = checker.check("The developer who took the coding test lives in Eastern Europe")
    assert verdict.verdict == "contradicted" and verdict.point == "place", _why(verdict)
    assert checker.check("The developer who took the coding test is from South America").verdict == "supported"


def test_vient_de_says_where_someone_is_from(checker: ClaimChecker) -> None:
    verdict = checker.check("Savreux vient de Chicago")
    assert verdict.verdict == "contradicted" and verdict.point == "place", _why(verdict)
    assert checker.check("Savreux vient de Kansas City").verdict == "supported"


# -- what a figure counts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "les 10 milliards de microsoft c'etait juste un projet d'investissement",  # not a count of Microsoft's workers
        "openai contractors are required to work 40 hours a week",  # a rate, and not the coding test's hours
        "OpenAI trainers work 8 hours a day",
    ],
)
def test_a_figure_is_not_compared_with_a_count_of_something_else(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted", _why(verdict)


def test_a_count_of_hours_still_meets_the_hours_of_the_same_thing(checker: ClaimChecker) -> None:
    for claim in ("The coding test took 3 hours", "Le test de code durait trois heures"):
        verdict = checker.check(claim)
        assert verdict.verdict == "contradicted" and verdict.point == "count", _why(verdict)


def test_a_disagreement_one_side_of_which_gives_the_claims_figure_does_not_contradict_it(checker: ClaimChecker) -> None:
    # The French article calls all of the contractors data labellers; Semafor says about 60%.
    verdict = checker.check("only about 60% of the 1000 openai contractors do labeling, the rest are coders")
    assert verdict.verdict != "contradicted", _why(verdict)


# -- who did it ---------------------------------------------------------------------------------------------------------


def test_a_name_right_before_the_verb_of_a_clause_is_its_doer(base: KnowledgeBase, checker: ClaimChecker) -> None:
    claim = parse_claim("did openai rehire the trainers invisible laid off", base)
    assert claim.subject(base) == "invisible"
    assert parse_claim("OpenAI and Invisible laid off trainers", base).subject(base) == "openai"
    verdict = checker.check("did openai rehire the trainers invisible laid off?")
    assert verdict.verdict != "contradicted", _why(verdict)  # not "Sama, not OpenAI"


def test_working_with_someone_has_no_wrong_way_round(checker: ClaimChecker) -> None:
    for claim in ("I heard openai's contract with invisible is worth tens of millions", "OpenAI works with Invisible"):
        verdict = checker.check(claim)
        assert verdict.verdict != "contradicted", _why(verdict)
    assert checker.check("OpenAI works for Invisible").verdict == "contradicted"


# -- a place in other words is the same place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim", ["The developer who took the coding test lives in Brazil", "Le développeur du test de code vit au Brésil"]
)
def test_a_place_inside_one_the_fact_names_by_an_alias_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    # The quote says "South America" (an alias of Latin America); Brazil is in it, and the fact names no other place there.
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", _why(verdict)


def test_a_city_the_quote_gives_within_its_place_still_denies_another_city(checker: ClaimChecker) -> None:
    verdict = checker.check("Kumar lives in Houston")  # "Austin, Texas"
    assert verdict.verdict == "contradicted" and "Austin" in verdict.explanation, _why(verdict)


# -- a share held runs one way ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Microsoft owns 49% of OpenAI", "supported"),
        ("Microsoft détient 49% d'OpenAI", "supported"),
        ("Does Microsoft own 49 percent of OpenAI?", "supported"),
        ("OpenAI owns 49% of Microsoft", "contradicted"),
        ("OpenAI détient 49 % de Microsoft", "contradicted"),
        ("Microsoft owns 51% of OpenAI", "contradicted"),
        ("Google owns 49% of OpenAI", "not_reported"),
        ("Microsoft owns 49% of GitHub", "not_reported"),
    ],
)
def test_a_share_is_supported_only_the_way_the_articles_give_it(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


# -- who said it: someone the articles never name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "speaker"),
    [
        ("greg brockman tweeted that openai has 375 people", "Sam Altman"),
        ("Sundar Pichai said Microsoft would cut 10,000 jobs", "Satya Nadella"),
        ("c'est tim cook qui a annoncé les 10 000 licenciements chez microsoft", "Satya Nadella"),
    ],
)
def test_words_given_to_someone_the_articles_never_name_are_contradicted(checker: ClaimChecker, claim: str, speaker: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted" and verdict.point == "quote", _why(verdict)
    assert speaker in verdict.explanation


def test_someone_the_articles_never_name_saying_what_they_do_not_report_is_not_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("Elon Musk said AI is dangerous")
    assert verdict.verdict == "not_reported", _why(verdict)


# -- recall: a union rejected, a subsidiary in lower case, the parts of the test --------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "why did the kenyan ai workers reject the union?",
        "The Nairobi workers rejected the union",
        "Les travailleurs de Nairobi ont rejeté le syndicat",
    ],
)
def test_rejecting_a_union_is_not_voting_to_form_one(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted", _why(verdict)
    assert verdict.fact is not None and verdict.fact.id == "nairobi-ai-workers-union-vote"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("deepmind is a microsoft subsidiary", "contradicted"), ("deepmind is a google ai subsidiary", "supported")],
)
def test_a_subsidiary_typed_in_lower_case_is_owned(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("the test had three-part assignments", "contradicted"),
        ("Le test comportait des exercices en trois parties", "contradicted"),
        ("The coding test was made up of two-part assignments", "supported"),
        ("The coding test took 2 hours", "contradicted"),
    ],
)
def test_the_parts_of_the_coding_tests_assignments_are_a_count_of_their_own(
    checker: ClaimChecker, claim: str, verdict: str
) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


# -- all of them, and no longer --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "invisible fired everyone on the openai account",
        "why did invisible fire everyone on the openai account, even the good performers?",
    ],
)
def test_everyone_laid_off_is_contradicted_by_dozens(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted" and "dozens" in verdict.explanation, _why(verdict)


def test_stopping_hiring_is_contradicted_by_still_recruiting(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI a arrêté d'embaucher")
    assert verdict.verdict == "contradicted", _why(verdict)
    assert verdict.fact is not None and verdict.fact.id == "hiring-ramped-up-worldwide"


# -- second batch: a figure one person has, a layoff count, two figures, a comparison --------------------------------


@pytest.mark.parametrize("claim", ["Kumar gagne 15 dollars de l'heure", "Kumar earns $15 an hour"])
def test_a_figure_of_one_person_denies_no_one_else_the_same(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)  # Savreux's $15; The Internet Patrol says trainers earn $15 or more
    assert verdict.verdict == "not_reported", _why(verdict)


@pytest.mark.parametrize("claim", ["Microsoft has 10,000 employees", "Microsoft a 10 000 salariés"])
def test_the_number_laid_off_is_no_headcount(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", _why(verdict)


def test_the_number_laid_off_still_settles_a_layoff(checker: ClaimChecker) -> None:
    assert checker.check("Microsoft's 10,000 layoffs were announced by its CEO").verdict == "supported"
    verdict = checker.check("Microsoft will let go of 5,000 workers")
    assert verdict.verdict == "contradicted" and "not 5,000" in verdict.explanation, _why(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Savreux is 34 and Kumar is 22", "supported"),
        ("Savreux a 34 ans et Kumar a 22 ans", "supported"),
        ("Savreux is 34 and Kumar is 25", "contradicted"),
    ],
)
def test_each_figure_is_of_the_one_named_before_it(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


def test_a_count_of_months_is_not_a_count_of_workers(checker: ClaimChecker) -> None:
    claim = "Microsoft a investi 10 milliards de dollars dans OpenAI deux mois avant les licenciements d'Invisible"
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted", _why(verdict)


def test_a_name_after_before_is_no_object_of_the_verb(checker: ClaimChecker) -> None:
    verdict = checker.check("Codex came out in August 2021, more than a year before ChatGPT")
    assert verdict.verdict != "contradicted", _why(verdict)  # not "OpenAI, not Codex" (OpenAI released ChatGPT)
    assert checker.check("Codex came out in 2022").verdict == "contradicted"


def test_words_another_fact_gives_the_speaker_are_not_contradicted_by_one_quoting_another(checker: ClaimChecker) -> None:
    verdict = checker.check("Kumar said the work is grunt work")  # two contractors, Savreux and Kumar, said so
    assert verdict.verdict == "supported", _why(verdict)


# -- a question resting on a clause of its own -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("since savreux earns $30 an hour, is he rich?", "savreux-pay-15-an-hour"),
        ("comme OpenAI a viré les travailleurs kenyans, pourquoi personne n'en parle ?", "sama-ends-openai-partnership"),
        ("given that Microsoft laid off Invisible's trainers, why did OpenAI stay quiet?", "invisible-layoffs-march"),
    ],
)
def test_a_false_premise_in_a_clause_of_its_own_is_corrected(checker: ClaimChecker, question: str, fact_id: str) -> None:
    correction = checker.premise(question)
    assert correction is not None and correction.verdict == "contradicted", question
    assert correction.fact is not None and correction.fact.id == fact_id
    assert checker.assess(question).verdict == "contradicted"


def test_a_true_premise_in_a_clause_of_its_own_gets_no_correction(checker: ClaimChecker) -> None:
    assert checker.premise("since Savreux earns $15 an hour, is he rich?") is None


def test_a_date_of_one_firms_deed_does_not_date_anothers(checker: ClaimChecker) -> None:
    # The January 18 date is Nadella's announcement of Microsoft's layoffs, not of Invisible's.
    verdict = checker.check("Invisible's layoffs happened in March, two months after Microsoft's investment")
    assert verdict.verdict != "contradicted", _why(verdict)
    for claim in ("Microsoft's layoffs were announced in March", "Les licenciements chez Invisible ont eu lieu en février"):
        verdict = checker.check(claim)
        assert verdict.verdict == "contradicted" and verdict.point == "date", _why(verdict)


@pytest.mark.parametrize(
    "claim", ["Microsoft a mis 10 milliards dans OpenAI", "the contractors are mostly in Latin America and Eastern Europe"]
)
def test_a_figure_sharing_only_a_firms_name_with_a_count_is_not_that_count(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)  # not OpenAI's 375 staff, nor Microsoft's 10,000 laid off
    assert verdict.verdict != "contradicted", _why(verdict)


def test_a_persons_bare_figure_is_still_their_own(checker: ClaimChecker) -> None:
    assert checker.check("Is Kumar 22?").verdict == "supported"
    assert checker.check("Kumar isn't 22").verdict == "contradicted"


def test_putting_a_figure_at_is_saying_it(checker: ClaimChecker) -> None:
    verdict = checker.check("Nadella put OpenAI's headcount at 375")
    assert verdict.verdict == "contradicted" and verdict.point == "quote" and "Sam Altman" in verdict.explanation, _why(verdict)
    assert checker.check("Altman put OpenAI's headcount at 375").verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("OpenAI commented on its hiring practices", "contradicted"),
        ("OpenAI a commenté ses pratiques d'embauche", "contradicted"),
        ("OpenAI never commented on its hiring practices", "not_reported"),  # true: never contradicted
        ("OpenAI has not commented on its hiring practices", "not_reported"),
        ("OpenAI n'a pas commenté ses pratiques d'embauche", "not_reported"),
    ],
)
def test_commenting_is_not_declining_to_comment(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


# -- a floor ("more than 150") neither says nor denies a figure a little above it ------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Fewer than 200 workers in Nairobi voted to unionize", "not_reported"),  # 150 < n < 200 may be so
        ("More than 200 Nairobi workers voted to unionize", "not_reported"),
        ("More than 100 AI workers in Nairobi voted to form a union", "supported"),
        ("Fewer than 100 workers in Nairobi voted to unionize", "contradicted"),
        ("Over 1,500 people in Nairobi voted to form a union", "contradicted"),
    ],
)
def test_a_floor_is_compared_as_a_range(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, _why(given)


def test_at_least_holds_the_figure_itself(checker: ClaimChecker) -> None:
    verdict = checker.check("Savreux earns at least $15 an hour")
    assert verdict.verdict != "contradicted", _why(verdict)


# -- what one person was not given, and part of a firm ---------------------------------------------------------------


@pytest.mark.parametrize(
    "claim", ["OpenAI hired programmers", "Did OpenAI hire programmers?", "OpenAI a embauché des développeurs"]
)
def test_one_applicant_not_yet_hired_does_not_deny_hiring_programmers(checker: ClaimChecker, claim: str) -> None:
    # "The developer ... had not yet been hired or rejected by OpenAI" is said of one applicant: a group may have been.
    verdict = checker.assess(claim)
    assert verdict.verdict != "contradicted", _why(verdict)


@pytest.mark.parametrize("claim", ["The developer was hired by OpenAI", "Has the developer been hired by OpenAI?"])
def test_the_applicant_himself_is_still_not_yet_hired(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert _why(verdict)[:2] == ("contradicted", "coding-developer-anonymity-and-status"), _why(verdict)


@pytest.mark.parametrize(
    "claim", ["Microsoft owns half of OpenAI", "Microsoft détient la moitié d'OpenAI", "Microsoft owns a stake in OpenAI"]
)
def test_owning_part_of_a_firm_is_not_contradicted_by_an_investment(checker: ClaimChecker, claim: str) -> None:
    # The articles give a 49% stake: "invested in, not owns" answers a claim of the whole firm, not of part of it.
    verdict = checker.assess(claim)
    assert verdict.verdict != "contradicted", _why(verdict)
    assert checker.assess("Microsoft owns OpenAI").verdict == "contradicted"


# -- found by the blind false-claims probe (benchmarks/claims_false5.yaml) -------------------------------------------


@pytest.mark.parametrize("claim", ['It was Jatin Kumar who said "We are grunt workers"', 'Kumar said "We are grunt workers"'])
def test_words_the_articles_give_someone_else_are_not_supported(checker: ClaimChecker, claim: str) -> None:
    # Savreux's words ("We are grunt workers"); the two contractors' "grunt work" fact does not settle whose they are.
    verdict = checker.assess(claim)
    assert verdict.verdict != "supported", _why(verdict)
    assert checker.assess('Savreux said "We are grunt workers"').verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Is this the first time OpenAI has used contractors to train its models?", "contradicted"),
        ("C'est la première fois qu'OpenAI recourt à des sous-traitants", "contradicted"),
        ("This isn't the first time OpenAI has used contractors to train its models", "supported"),
        ("Ce n'est pas la première fois qu'OpenAI recourt à des sous-traitants", "supported"),
    ],
)
def test_not_the_first_time_denies_a_first(checker: ClaimChecker, claim: str, expected: str) -> None:
    verdict = checker.assess(claim)
    assert _why(verdict)[:2] == (expected, "openai-research-credits-contractors"), _why(verdict)
