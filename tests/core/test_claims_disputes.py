"""Where the articles disagree: a claim on the point a discrepancy fact covers is disputed, with each side shown, and is
never supported by the fact of one side. Development examples written from the articles; no sealed set is read here."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # one article: developers hired on contract, for data labeling too; Semafor: 60% labellers, 40% programmers
        ("OpenAI is recruiting software developers on contract to do data labeling as well", "disc-contractors-vs-developers"),
        # the French article: all of the nearly 1,000 label data; Semafor: about 60% of them
        ("The roughly 1,000 people OpenAI hired were data-labelling contractors", "disc-what-the-contractors-do"),
        # already hired, or a plan to hire over 1,000: the places are agreed, the status is the point
        (
            "OpenAI hired about 1,000 remote contractors in Latin America and Eastern Europe, that's already done",
            "disc-hiring-count-hired-vs-planned",
        ),
        (
            "OpenAI a déjà embauché environ 1 000 sous-traitants en Amérique latine et en Europe de l'Est",
            "disc-hiring-count-hired-vs-planned",
        ),
    ],
)
def test_a_claim_taking_one_side_is_disputed_never_supported_by_that_side(
    checker: ClaimChecker, claim: str, fact_id: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id
    # each side is shown, with its article
    sides = [c.position_in(verdict.language) for c in verdict.fact.citations if c.position_in(verdict.language)]
    assert len(sides) >= 2 and all(side in verdict.explanation for side in sides)


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # no word on whether it is done: the places and the figure are what every article gives
        ("OpenAI hired about 1,000 remote contractors in Latin America and Eastern Europe", "hiring-scale"),
        # one side is only more precise (Austin, Texas against Texas): not a disagreement
        ("Kumar lives in Austin, Texas", "kumar-age-texas"),
        # the articles differ on who described the test, not on how long it took
        ("The coding test took five hours", "coding-test-five-hour-unpaid"),
    ],
)
def test_a_point_no_side_differs_on_stays_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


def test_a_count_curated_on_a_disagreement_about_hiring_does_not_contradict_a_layoff(checker: ClaimChecker) -> None:
    # the roughly 1,000 hires are OpenAI's; how many Invisible laid off is another count, which the articles do not give
    assert checker.check("Invisible laid off exactly 43 OpenAI contractors").verdict == "not_reported"


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI has hired about 1,000 contractors, it's done",
        "Les 1 000 embauches d'OpenAI sont déjà faites",
        "OpenAI's hiring of over 1,000 developers is only a plan",
    ],
)
def test_saying_outright_that_the_hiring_is_done_or_planned_takes_a_side(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)


def test_of_two_disagreements_on_a_passage_the_one_giving_the_claims_bound_is_shown(checker: ClaimChecker) -> None:
    # "more than 1,000": a side gives "over 1,000" (the plan to hire); what work the roughly 1,000 do is another point
    verdict = checker.check("OpenAI has more than 1,000 contractors")
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "disc-hiring-count-hired-vs-planned"


# -- a firm that declined to comment did not comment ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Did OpenAI comment to Semafor about its hiring practices?", "openai-declined-comment-hiring"),
        ("Did Invisible respond when asked about the layoffs?", "openai-invisible-no-comment"),
        ("Did OpenAI answer questions about the Invisible layoffs?", "openai-invisible-no-comment"),
    ],
)
def test_a_yes_no_question_on_commenting_gets_no_where_the_firm_declined(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


def test_the_outlet_a_firm_declined_to_comment_to_is_the_facts_own(checker: ClaimChecker) -> None:
    # Semafor is who reports it: naming it as the one told does not unsettle the fact (it is no object of the deed)
    verdict = checker.check("OpenAI declined to comment to Semafor on its hiring practices")
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "openai-declined-comment-hiring"


def test_a_firm_the_articles_never_asked_is_not_said_to_have_declined(checker: ClaimChecker) -> None:
    assert checker.assess("Did Microsoft comment on the layoffs?").verdict == "not_reported"


# -- words the articles quote from one person, claimed of another -----------------------------------------------------


@pytest.mark.parametrize("claim", ['Kumar told NBC News "we are grunt workers"', "Kumar a dit « we are grunt workers »"])
def test_quoted_words_given_to_another_speaker_are_contradicted(checker: ClaimChecker, claim: str) -> None:
    # Savreux's words; the fact that the two contractors (Kumar among them) called it grunt work does not give them to Kumar
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "savreux-grunt-workers"
    assert "Savreux" in verdict.explanation


def test_what_the_two_contractors_said_is_still_kumars(checker: ClaimChecker) -> None:
    assert checker.assess("Kumar said the work is grunt work").verdict == "supported"


# -- false premises and "no" answers on what a fact denies -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the test's pay is curated as none: one applicant's test, but the pay is the test's, not a person's
        ("Why did OpenAI pay the applicants for the five-hour coding test?", "coding-test-five-hour-unpaid"),
        # the 375 is curated on the fact saying it did not appear to include contractors
        ("Why did Altman count the contractors in his 375 headcount?", "altman-headcount-excludes-contractors"),
        ("Altman a-t-il compté les sous-traitants dans ses 375 employés ?", "altman-headcount-excludes-contractors"),
    ],
)
def test_a_premise_or_question_asserting_what_a_fact_denies_is_corrected(
    checker: ClaimChecker, question: str, fact_id: str
) -> None:
    verdict = checker.assess(question)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


def test_the_headcount_still_supports_what_altman_said(checker: ClaimChecker) -> None:
    verdict = checker.assess("Altman said OpenAI has 375 employees")
    assert verdict.verdict == "supported" and verdict.fact is not None and verdict.fact.id == "openai-headcount-375"


# -- a claim on a point the articles differ on is never contradicted by one side's figure ------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "40% of the contractors are programmers and the other 60% do data labeling",  # each figure its own group
        "Seuls 40 % des contractuels sont des programmeurs ; les 60 % restants font de l'étiquetage de données",
        "OpenAI is bringing in more than 1,000 people",  # its hiring (over 1,000 planned), not its headcount of 375
    ],
)
def test_a_split_or_a_hiring_figure_is_not_contradicted_by_another_groups_figure(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    # the articles differ on the split's tense and on how many were hired: one side's figure settles neither
    assert verdict.verdict in ("disputed", "not_reported"), (verdict.verdict, verdict.fact.id if verdict.fact else None)


def test_a_wrong_share_is_still_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.assess("70% of the contractors are programmers")
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)


# -- "not A but B": what it says of B is checked, and only to correct it ------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "It wasn't a contractor but OpenAI itself that laid off the dozens of data trainers",
        "Ce n'était pas un sous-traitant mais OpenAI elle-même qui a licencié les formateurs de données",
    ],
)
def test_not_a_but_b_is_contradicted_by_what_the_articles_say_of_b(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert "Invisible" in verdict.explanation


def test_not_a_but_b_is_never_supported_by_b_alone(checker: ClaimChecker) -> None:
    # B is so (Invisible laid them off), but the denial of A is not checked: never supported on B's strength
    assert checker.assess("It wasn't the trainers' agency but Invisible that laid off the trainers").verdict != "supported"


@pytest.mark.parametrize(
    ("question", "verdict_expected"),
    [("Did the test pay any money?", "contradicted"), ("Does the AI training gig pay anything?", "supported")],
)
def test_whether_a_task_pays_anything_is_whether_it_was_paid(checker: ClaimChecker, question: str, verdict_expected: str) -> None:
    # the coding test is curated as unpaid; Savreux's gig paid $15 an hour
    assert checker.assess(question).verdict == verdict_expected


@pytest.mark.parametrize(
    ("claim", "fact_ids"),
    [
        # a bound only one side gives: the plan to hire "over 1,000" against the "roughly 1,000" hired
        ("OpenAI is bringing in more than 1,000 people for this project", {"disc-hiring-count-hired-vs-planned"}),
        ("OpenAI va recruter plus de 1 000 personnes pour ce projet", {"disc-hiring-count-hired-vs-planned"}),
        # Semafor's split, which the curated "all of them label data" conflicts with: a side, not a contradiction
        ("Only 40% of the contractors are programmers; the remaining 60% do data labeling", {"disc-what-the-contractors-do"}),
        (
            "Seulement 40 % des sous-traitants sont des programmeurs, les autres 60 % font de l'étiquetage de données",
            {"disc-what-the-contractors-do"},
        ),
        # all developers, even for the labelling: one article's side, in the claim's own emphasis
        (
            "All of OpenAI's contract hires are software developers, even those doing data labeling",
            {"disc-contractors-vs-developers", "disc-what-the-contractors-do"},
        ),
        (
            "Tous les sous-traitants recrutés par OpenAI sont des développeurs, même ceux qui font de l'étiquetage de données",
            {"disc-contractors-vs-developers", "disc-what-the-contractors-do"},
        ),
    ],
)
def test_a_claim_giving_what_tells_the_sides_apart_in_its_own_words_is_disputed(
    checker: ClaimChecker, claim: str, fact_ids: set[str]
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id in fact_ids


@pytest.mark.parametrize(
    ("claim", "verdict_expected"),
    [
        # an approximate figure most sides give is no side taken on the bound: the plain fact supports it
        ("About a thousand remote contractors were brought on by OpenAI in roughly six months", "supported"),
        # a figure no side gives stays contradicted
        ("80% of the contractors do data labeling", "contradicted"),
        ("OpenAI hired more than 5,000 contractors", "contradicted"),
        ("OpenAI a embauché plus de 5 000 sous-traitants", "contradicted"),
    ],
)
def test_a_figure_no_side_gives_alone_is_not_disputed(checker: ClaimChecker, claim: str, verdict_expected: str) -> None:
    assert checker.check(claim).verdict == verdict_expected


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # a side's French words: "en janvier", "d'Amérique du Sud" (its English position says "January", "South America")
        ("En janvier, OpenAI avait déjà embauché près de 1 000 personnes", "disc-hiring-count-hired-vs-planned"),
        ("By January OpenAI had hired nearly 1,000 people", "disc-hiring-count-hired-vs-planned"),
        ("Un seul développeur, en Amérique du Sud, a parlé à Semafor du test de code d'OpenAI", "disc-coding-test-sources"),
        ("Only one developer, in South America, told Semafor about OpenAI's coding test", "disc-coding-test-sources"),
    ],
)
def test_a_side_is_taken_in_either_language_of_its_position(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


def test_a_month_no_side_gives_is_not_a_side_taken(checker: ClaimChecker) -> None:
    assert checker.check("OpenAI hired nearly 1,000 people in March").verdict != "disputed"


@pytest.mark.parametrize(
    ("claim", "verdict_expected"),
    [
        # a share in words is a percentage, not two head counts the roughly 1,000 hires would contradict
        ("4 out of 10 contractors are programmers", "supported"),
        ("Six out of ten contractors do data labeling", "supported"),
        ("Quatre sur dix des sous-traitants sont des programmeurs", "supported"),
        ("8 out of 10 contractors do data labeling", "contradicted"),
        ("Huit sur dix des sous-traitants font de l'étiquetage de données", "contradicted"),
    ],
)
def test_a_share_said_as_n_out_of_m_is_a_percentage(checker: ClaimChecker, claim: str, verdict_expected: str) -> None:
    assert checker.check(claim).verdict == verdict_expected


@pytest.mark.parametrize(
    "claim",
    [
        "Not all of OpenAI's new contractors label data: 40% are programmers",
        "Les recrues d'OpenAI ne sont pas toutes des étiqueteurs : 40 % sont des programmeurs",
    ],
)
def test_denying_a_whole_takes_the_side_of_a_split(checker: ClaimChecker, claim: str) -> None:
    # "not all label data" is Semafor's 60/40 split against the French article's all of them
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "disc-what-the-contractors-do"


def test_a_denial_of_a_whole_with_a_figure_no_side_gives_is_not_disputed(checker: ClaimChecker) -> None:
    assert checker.check("Not all of the contractors label data: 80% are programmers").verdict != "disputed"


@pytest.mark.parametrize(
    "claim",
    [
        "Semafor's report speaks of a plan to hire over 1,000 developers",
        "Le rapport de Semafor évoque un projet d'embauche de plus de 1 000 développeurs",
        # the outlet told is no more the doer: several programmers is one article's side, one developer Semafor's
        "Several programmers who applied told Semafor about the coding tests",
    ],
)
def test_the_outlet_whose_report_it_is_is_not_the_doer(checker: ClaimChecker, claim: str) -> None:
    # the plan to hire over 1,000 is one side of the hiring disagreement; Semafor tells of it, OpenAI would hire
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.explanation)


@pytest.mark.parametrize(
    "claim",
    [
        "Semafor hired 1,000 contractors",
        "Semafor gave applicants a coding test",
        "the sama story came out of a wall street journal investigation",
    ],
)
def test_an_outlet_or_firm_named_as_doer_is_still_checked(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "verdict_expected"),
    [
        # "B, not A": what it asserts of B is checked, and only ever to correct or dispute it
        ("Semafor's report speaks of a plan to hire over 1,000 developers, not hires already made", "disputed"),
        ("Le rapport de Semafor évoque un projet d'embauche de plus de 1 000 développeurs, pas des embauches faites", "disputed"),
        ("OpenAI ramped up its contractor hiring over the past two years, not just recently", "contradicted"),
        ("OpenAI a embauché 2 000 sous-traitants, pas 1 000", "contradicted"),
    ],
)
def test_b_not_a_is_checked_on_what_it_says_of_b(checker: ClaimChecker, claim: str, verdict_expected: str) -> None:
    assert checker.check(claim).verdict == verdict_expected


def test_b_not_a_is_never_supported_by_b_alone(checker: ClaimChecker) -> None:
    # B is what the articles say, A what they do not deny either: the denial of A is left unchecked
    assert checker.check("OpenAI hired about 1,000 contractors, not interns").verdict != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # the count itself is a point the articles differ on: nearly 1,000 hired (the French article) or over 1,000 planned
        "the number of contractors openai hired is a bit under 1,000",
        "OpenAI hired just under 1,000 contractors",
        "OpenAI a embauché un peu moins de 1 000 sous-traitants",
    ],
)
def test_a_count_under_the_thousand_takes_a_side(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "disputed"
