"""Words a true claim may use that the fact need not hold, because a check already settled them or they say nothing.

Each rule is held with true claims it must support (from the right fact) and false ones it must still not support.
The claims are written for these tests from the articles, not taken from a claim set; the sealed sets are never read.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from tests.core.helpers import said

# -- the words of a figure the figure's check settled ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI has fewer than 500 employees", "openai-headcount-375"),  # the bound is the figure's: 375 < 500
        ("OpenAI has less than 400 staff", "openai-headcount-375"),
        ("The applicant spent five hours on the coding test", "coding-test-five-hour-unpaid"),  # a duration's verb
        ("Savreux earned $15 an hour", "savreux-pay-15-an-hour"),  # "earned" is pay, as "earns" is
    ],
)
def test_a_figure_settles_its_own_words(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI has fewer than 300 employees",
        "OpenAI has more than 400 employees",
        "Savreux earned $20 an hour",
        "Savreux earned less than $12 an hour",
        "The applicant spent five hours on the coding test and was paid for it",
    ],
)
def test_a_figure_the_articles_deny_is_contradicted_whatever_its_words(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "The applicant spent five days on the coding test",  # another unit: not the figure the fact gives
        "The applicant spent five hours on the coding test with a friend",  # a word no check settled
    ],
)
def test_words_beside_a_figure_that_no_check_settled_are_not_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict != "supported"


# -- hedges and the verbs of talking say nothing the names do not ------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI seems to have about 375 employees", "openai-headcount-375"),
        ("Sama appears to have ended its partnership with OpenAI", "sama-ends-openai-partnership"),
        ("Two OpenAI contractors talked to NBC News about the grunt work", "two-contractors-grunt-work"),
    ],
)
def test_a_hedge_or_a_verb_of_talking_needs_no_word_of_the_fact(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "Two OpenAI contractors talked to Semafor about the grunt work",  # another outlet
        "Three OpenAI contractors talked to NBC News about the grunt work",
        "OpenAI seems to have fired the Kenyan workers",  # Sama ended the work
        "Two OpenAI contractors refused to talk to NBC News",
    ],
)
def test_what_is_said_to_whom_is_still_checked(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict != "supported"


# -- French denials of one word, chat contractions, a name and a colon, everyday verbs of deeds --------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # "non rémunéré" denies being paid as "unpaid" does: it agrees with the unpaid test, not against it
        ("Un candidat a passé un test de code non rémunéré de cinq heures", "coding-test-five-hour-unpaid"),
        ("Savreux: we're grunt workers", "savreux-grunt-workers"),  # "we're" is "we are"; a person and a colon: said
        ("OpenAI n'a pas voulu commenter ses pratiques d'embauche", "openai-declined-comment-hiring"),
        ("Microsoft is cutting jobs", "nadella-microsoft-layoffs"),
        ("Savreux says people tend to downplay these jobs", "savreux-entry-level-machine-learning"),
    ],
)
def test_everyday_wordings_of_what_a_fact_says_are_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "Un candidat a passé un test de code rémunéré de cinq heures",
        "Savreux: I earn $20 an hour",
        "Microsoft is cutting 20,000 jobs",
        "Kumar says people tend to downplay these jobs",  # Savreux's words
    ],
)
def test_their_false_variants_are_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "Sama n'a pas voulu commenter ses pratiques d'embauche",
        "Google is cutting jobs at OpenAI",
        "Est-ce que Jatin Kumar travaille depuis chez lui ?",  # "chez lui" is at home, a point no fact gives him
    ],
)
def test_their_unsettled_variants_are_not_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict != "supported"


# -- a denial the fact's "un-" word makes, and the doer a possessive names -----------------------------------------


def test_a_denial_agrees_with_the_un_word_that_says_it(checker: ClaimChecker) -> None:
    # "without insurance" is what "uninsured" says; "with insurance", or a denial of something else, is not
    claim = "Jindal says low-wage contract work without insurance is a staple of machine learning"
    assert said(checker, claim) == ("supported", "low-wage-contract-work-staple")
    assert checker.assess(claim.replace("without insurance", "with insurance")).verdict != "supported"
    assert checker.assess(claim.replace("without insurance", "without pay")).verdict != "supported"


def test_the_doer_of_a_possessive_is_the_name_possessed(checker: ClaimChecker) -> None:
    # Google owns DeepMind; DeepMind committed. Google itself, or another's subsidiary, did not.
    assert said(checker, "Did Google's DeepMind commit to the Partnership on AI's guidelines?") == (
        "supported",
        "pai-guidelines-deepmind",
    )
    assert checker.assess("Google's DeepMind did not commit to the Partnership on AI guidelines").verdict == "contradicted"
    assert checker.assess("Did Microsoft's GitHub publicly commit to the Partnership on AI guidelines?").verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("DeepMind signed on to the Partnership on AI's guidelines", "pai-guidelines-deepmind"),  # signing on commits
        ("Codex fait tourner Copilot", "codex-powers-copilot"),  # "faire tourner" a product powers it
    ],
)
def test_idioms_of_a_curated_deed_are_that_deed(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize("claim", ["Google signed on to the Partnership on AI's guidelines", "GPT-3 fait tourner Copilot"])
def test_the_idiom_given_to_another_doer_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict == "contradicted"


# -- a figure set aside after the one claimed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI has 375 employees, not 1,000", "openai-headcount-375"),
        ("Savreux earns $15 an hour, not $12", "savreux-pay-15-an-hour"),
        ("Le test de code durait cinq heures, pas trois", "coding-test-five-hour-unpaid"),
    ],
)
def test_a_figure_set_aside_says_nothing_the_claimed_one_does_not(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    ["Savreux earns $12 an hour, not $15", "The coding test lasted three hours, not five", "OpenAI has 1,000 employees, not 375"],
)
def test_the_figure_claimed_is_still_the_one_checked(checker: ClaimChecker, claim: str) -> None:
    assert checker.assess(claim).verdict == "contradicted"


def test_a_decade_is_a_span_of_years_not_a_count(checker: ClaimChecker) -> None:
    # "the 1950s" was read as a count of 1,950; as a decade it holds the fact's 1950s and misses the 1970s
    assert checker.assess("tech has relied on low paid workers since the punch-card operators of the 1970s").verdict == (
        "contradicted"
    )
    for text in ("punch-card operators in the 1950s", "les opérateurs de cartes perforées des années 1950"):
        claim = parse_claim(text, checker.base)
        assert [(d.year, d.last_year) for d in claim.dates] == [(1950, 1959)]
        assert not claim.numbers
