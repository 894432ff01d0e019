"""Contradictions found by what a claim would say with one change: another name in one place, or its denial taken out.

- A name in another's place: a claim the fact would support with the name it gives (a speaker, an outlet, a doer) is
  contradicted on that name, naming the one the articles give.
- A denial is checked by what it denies: a fact supporting the assertion contradicts the denial; nothing else about the
  assertion (contradicted, not reported) says anything of the denial.
- Two denials of different things are no agreement: "never tested" is not supported by an "unpaid" test.

The claims are written for these tests from the articles, not taken from a claim set; the sealed sets are never read.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.claims.denials import _asserted
from tests.core.helpers import said

# -- a name in another's place --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id", "instead", "claimed"),
    [
        ("Sonam Jindal told CNN the discourse around AI is self-congratulatory", "jindal-congratulatory-discourse",
         "NBC News", "CNN"),  # an outlet the articles never name, for the one she spoke to
        ("Jindal a déclaré à CNN que le discours sur l'IA est autocongratulatoire", "jindal-congratulatory-discourse",
         "NBC News", "CNN"),
        ("Two OpenAI contractors told Wired they do grunt work", "two-contractors-grunt-work", "NBC News", "Wired"),
        ("A Sama spokesperson told Time that classifying and filtering text and images was a necessary step",
         "openai-spokesperson-time-statement", "OpenAI", "Sama"),  # whose spokesperson said it
    ],
)  # fmt: skip
def test_a_name_in_the_place_of_the_one_the_fact_gives_is_contradicted(
    checker: ClaimChecker, claim: str, fact_id: str, instead: str, claimed: str
) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("contradicted", fact_id)
    assert instead in verdict.explanation and claimed in verdict.explanation
    assert verdict.citations  # the quote that says whom


def test_the_correction_is_in_the_readers_language(checker: ClaimChecker) -> None:
    verdict = checker.check("Jindal a déclaré à CNN que le discours sur l'IA est autocongratulatoire")
    assert verdict.language == "fr" and "NBC News" in verdict.explanation and "CNN" in verdict.explanation
    assert "The articles" not in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Kumar gagne 15 dollars de l'heure",  # a figure Savreux has, another may have too
        "Kumar earns $15 an hour",
        "Microsoft put money into OpenAI two months before the Invisible layoffs",  # the fact's own words name Invisible
        "Kumar said the work is grunt work",  # another fact gives the words to him as well
        "Jatin Kumar told NBC News that the work is grunt work",
    ],
)
def test_a_name_the_articles_may_give_as_well_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "contradicted"


# -- a denial, checked by what it denies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("j'ai lu que Savreux n'a jamais été sans-abri", "savreux-escaped-homelessness"),  # a hedge, then the denial
        ("Savreux n'a jamais été sans-abri, paraît-il", "savreux-escaped-homelessness"),
        ("Sama hasn't ended any partnership with OpenAI yet", "sama-ends-openai-partnership"),
        ("OpenAI never tested applicants with a coding test", "coding-test-five-hour-unpaid"),
    ],
)
def test_a_denial_of_what_a_fact_says_is_contradicted(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("contradicted", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI did not hire 2,000 contractors",  # the assertion is contradicted: that says nothing of the denial
        "OpenAI didn't hire just data labelers",  # a denial of a limit
        "Invisible did not lay off all of its trainers",
        "OpenAI n'a pas embauché que des étiqueteurs",
        "The trainers who did not meet the bar were laid off",  # a denial inside a clause of its own
    ],
)
def test_a_denial_is_never_contradicted_by_another_figure_or_a_limit(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "contradicted"


@pytest.mark.parametrize(
    ("claim", "asserted"),
    [
        ("Savreux was never homeless", "savreux was homeless"),
        ("OpenAI didn't use GitHub code", "openai use github code"),
        ("Microsoft hasn't announced any investment yet", "microsoft has announced investment"),
        ("Jatin Kumar ne travaille pas pour OpenAI", "jatin kumar travaille pour openai"),
        ("Savreux n'a jamais été sans-abri", "savreux a ete sans-abri"),
        ("Invisible n'a viré personne", None),  # a quantity of none, not a denial of the verb
        ("Codex ne sait écrire que du Python", None),  # "ne ... que" is "only"
        ("OpenAI did not decline to comment", "openai decline to comment"),  # what a denial of a denial asserts
        ("the workers who were not kept were laid off", None),
        ("OpenAI hired 1,000 contractors", None),
    ],
)
def test_what_a_denial_asserts(claim: str, asserted: str | None) -> None:
    assert _asserted(claim) == asserted


# -- two denials of different things ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI never tested applicants with a coding test",  # "unpaid" denies pay, not the test
        "OpenAI n'a jamais fait passer de test de code aux candidats",
    ],
)
def test_a_denial_of_another_thing_than_the_facts_is_never_supported(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "supported"


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("The unpaid coding test took five hours", "coding-test-five-hour-unpaid"),
        ("OpenAI didn't pay for the coding test", "coding-test-five-hour-unpaid"),
        ("OpenAI n'a pas voulu commenter ses pratiques de recrutement", "openai-declined-comment-hiring"),
    ],
)
def test_a_denial_of_the_facts_own_denial_is_still_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


# -- who said it, in French verbs of saying as in English ones -------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id", "speaker"),
    [
        ("Grace Matelich a raconté que les projets des licenciés n'étaient pas assez rentables pour OpenAI",
         "invisible-layoffs-roi", "Palizban"),  # "a raconté", "a précisé", "a expliqué" say as "a dit" does
        ("C'est Matelich qui a précisé que beaucoup de projets n'offraient pas assez de retour sur investissement",
         "invisible-layoffs-roi", "Palizban"),
        ("Satya Nadella a expliqué qu'OpenAI compte 375 employés", "openai-headcount-375", "Sam Altman"),
        ("Nadella admitted OpenAI has 375 employees", "openai-headcount-375", "Sam Altman"),
    ],
)  # fmt: skip
def test_a_wrong_speaker_is_contradicted_whatever_the_verb_of_saying(
    checker: ClaimChecker, claim: str, fact_id: str, speaker: str
) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("contradicted", fact_id)
    assert speaker in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    ["Sam Altman a expliqué qu'OpenAI compte 375 employés", "Altman admitted OpenAI has 375 employees"],
)
def test_the_right_speaker_is_never_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "the developer was not hired by OpenAI",  # one person: the developer had not yet been hired
        "le développeur n'a pas été embauché par OpenAI",
    ],
)
def test_a_denial_of_one_person_is_not_contradicted_by_what_is_said_of_a_group(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "contradicted"  # "OpenAI is hiring software developers" is said of a group


@pytest.mark.parametrize("claim", ["OpenAI did not hire contractors", "Invisible didn't lay off any trainers"])
def test_a_denial_of_a_groups_deed_is_still_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] == "contradicted"
