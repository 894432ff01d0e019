"""False claims and yes/no questions the generator (benchmarks/claims_yesno.py) found supported, fixed by cause: a
question asking of a deed to come, a name given what the fact gives another by a possessive, and a claimed speaker who
is not the one the fact quotes. Each false form is held beside the true one it was made from."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.claims.routing import claim_kind


@pytest.mark.parametrize(
    ("false", "true"),
    [
        # "Will ...?" asks of a deed to come: the articles tell it as done
        ("Will OpenAI release ChatGPT?", "Did OpenAI release ChatGPT?"),
        ("Will the unpaid coding test take five hours?", "Did the unpaid coding test take five hours?"),
        ("Will Savreux say people tend to downplay these necessary, laborious jobs?",
         "Did Savreux say people tend to downplay these necessary, laborious jobs?"),
    ],
)  # fmt: skip
def test_a_question_of_a_deed_to_come_is_not_answered_by_a_deed_done(checker: ClaimChecker, false: str, true: str) -> None:
    assert claim_kind(false, checker.base) == "yes_no"
    assert checker.assess(true).verdict == "supported"
    assert checker.assess(false).verdict != "supported"


def test_a_question_of_a_deed_to_come_on_a_disputed_point_shows_the_dispute(checker: ClaimChecker) -> None:
    # Semafor tells the 60/40 split as people hired, the other article as work to come
    assert checker.assess("Will 60% of the contractors work on data labeling?").verdict == "disputed"
    assert checker.assess("Will Microsoft lay off 10,000 workers?").verdict == "supported"  # the articles say it will


@pytest.mark.parametrize(
    ("false", "true"),
    [
        ("Kenya's data labellers were in Sama", "Sama's data labellers were in Kenya"),
        ("Were Kenya's data labellers in Sama?", "Were Sama's data labellers in Kenya?"),
        ("OpenAI's investment gave it a 49% stake in Microsoft", "Microsoft's investment gave it a 49% stake in OpenAI"),
        ("Is it true that OpenAI's multi-billion investment in Microsoft is for a 49% stake?",
         "Is it true that Microsoft's multi-billion investment in OpenAI is for a 49% stake?"),
    ],
)  # fmt: skip
def test_a_name_given_what_the_fact_gives_another_is_not_supported(checker: ClaimChecker, false: str, true: str) -> None:
    assert checker.assess(true).verdict == "supported"
    assert checker.assess(false).verdict != "supported"


@pytest.mark.parametrize(
    ("false", "true"),
    [
        ("Facebook said OpenAI has 375 employees", "Sam Altman said OpenAI has 375 employees"),
        ("OpenAI told the meeting that Palizban was about to get a lot more clarity on where it's headed",
         "Palizban told the meeting that OpenAI was about to get a lot more clarity on where it's headed"),
    ],
)  # fmt: skip
def test_words_given_to_a_speaker_the_fact_does_not_quote_are_not_supported(checker: ClaimChecker, false: str, true: str) -> None:
    assert checker.assess(true).verdict == "supported"
    assert checker.assess(false).verdict != "supported"


def test_an_organisation_speaks_through_the_one_who_holds_a_role_there(checker: ClaimChecker) -> None:
    # Nadella, Microsoft's CEO, announced the layoffs
    assert checker.assess("Microsoft said it would lay off 10,000 workers").verdict == "supported"


def test_a_possessive_is_read_against_what_the_curated_figures_are_of(checker: ClaimChecker) -> None:
    # the headcount answer is of "OpenAI's staff": Altman gave it, it is not his
    assert checker.assess("OpenAI's headcount is 375").verdict == "supported"
    assert checker.assess("Sam Altman's headcount is 375").verdict != "supported"
    assert checker.assess("OpenAI put Altman's headcount at 375").verdict != "supported"


@pytest.mark.parametrize(
    ("false", "true"),
    [
        ("Invisible is a partner at Grace Matelich", "Grace Matelich is a partner at Invisible"),
        ("Invisible est responsable des opérations chez Grace Matelich",
         "Grace Matelich est responsable des opérations chez Invisible"),
        ("OpenAI is the CEO of Sam Altman", "Sam Altman is the CEO of OpenAI"),
    ],
)  # fmt: skip
def test_a_role_with_the_person_where_the_workplace_stands_is_not_supported(checker: ClaimChecker, false: str, true: str) -> None:
    assert checker.assess(true).verdict == "supported"
    assert checker.assess(false).verdict != "supported"


@pytest.mark.parametrize(
    "false",
    [
        "Two OpenAI contractors spoke to Jatin Kumar",
        "Two OpenAI contractors talked to Alexej Savreux about the grunt work",
        "The two OpenAI contractors who talked to ChatGPT are actually pretty happy doing the grunt work",
    ],
)
def test_words_said_to_another_than_the_fact_says_are_not_supported(checker: ClaimChecker, false: str) -> None:
    assert checker.assess("Two OpenAI contractors talked to NBC News about the grunt work").verdict == "supported"
    assert checker.assess("Deux sous-traitants d'OpenAI ont parlé à NBC News").verdict == "supported"
    assert checker.assess(false).verdict != "supported"


@pytest.mark.parametrize(
    ("false", "true"),
    [
        ("OpenAI researchers sued their contractors in a paper for providing the data that was essential to train the models",
         "OpenAI researchers thanked their contractors in a paper for providing the data that was essential to train the models"),
        ("Before this, OpenAI interviewed its models on code scraped from GitHub",
         "Before this, OpenAI trained its models on code scraped from GitHub"),
    ],
)  # fmt: skip
def test_a_deed_the_articles_never_report_in_a_true_claims_place_is_not_supported_on_meaning(
    meaning_checker: ClaimChecker, false: str, true: str
) -> None:
    # the encoder reads the sentence with one word swapped as the same sentence; the word alone it tells apart
    assert meaning_checker.assess(true).verdict == "supported"
    assert meaning_checker.assess(false).verdict != "supported"
    assert meaning_checker.assess(f"Is it true that {false[0].lower()}{false[1:]}?").verdict != "supported"
