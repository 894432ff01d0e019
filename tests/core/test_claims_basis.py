"""A verdict rests on a fact about what the claim speaks of: issue 15's "claims checked on the wrong basis".

A fact about one person never settles a claim about another; a claim about someone it never names ("OpenAI hired him")
is settled by nothing; a greeting is no claim at all. Each is a plain *not reported* that says why.
"""

from __future__ import annotations

import json

import pytest

from bot.core.claims import ClaimChecker, verdict_json
from bot.core.models import KnowledgeBase

# -- a fact about one person settles nothing about another --------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Savreux has a computer science degree",  # Kumar's degree
        "Savreux graduated with a computer science degree",
        "Matelich has a computer science degree",
        "Kumar has worked as a custodian and a sandwich maker",  # Savreux's jobs
        "Savreux est diplômé en informatique",
    ],
)
def test_what_the_articles_say_of_one_person_settles_nothing_of_another(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", (verdict.verdict, verdict.explanation)


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("It was Savreux who graduated with a computer science degree", "kumar-recent-graduate"),
        ("Savreux is the one using his trainer gig as a stepping stone to build his own startup", "kumar-startup-ambition"),
    ],
)
def test_a_claim_giving_it_to_one_alone_is_denied_by_the_articles_giving_it_to_another(
    checker: ClaimChecker, claim: str, fact_id: str
) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("contradicted", fact_id)


def test_the_same_claim_of_the_right_person_is_still_supported(checker: ClaimChecker) -> None:
    assert checker.check("Savreux has worked as a custodian and a sandwich maker").verdict == "supported"


# -- a pronoun that stands for no one named ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "pronoun"),
    [
        ("OpenAI hired him", "him"),
        ("OpenAI hired them", "them"),
        ("Did OpenAI hire him?", "him"),
        ("He earns $15 an hour", "He"),
        ("They were laid off in March", "They"),
        ("Il a été licencié", "Il"),
        ("Elle travaille pour Invisible", "Elle"),
        ("Ils ont été licenciés en mars", "Ils"),
        ("OpenAI lui a versé 15 dollars de l'heure", "lui"),
    ],
)
def test_a_pronoun_with_no_one_to_stand_for_makes_a_claim_uncheckable(checker: ClaimChecker, claim: str, pronoun: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "not_reported" and verdict.fact is None, verdict.explanation
    assert (
        f"“{pronoun.casefold()}”" in verdict.explanation.casefold()
        or f"« {pronoun.casefold()} »" in verdict.explanation.casefold()
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Savreux said the gig brought him $15 per hour", "supported"),  # "him" is Savreux, named before
        ("Kumar says the job is helping him work towards building his own startup", "supported"),
        ("Savreux's AI training gig paid him $15 per hour", "supported"),  # an owner may be whom "him" stands for
        ("Savreux a-t-il été licencié ?", "not_reported"),  # the inverted "il" is Savreux: checked, and not reported
        ("Il paraît qu'OpenAI a 375 employés", "supported"),  # impersonal "il"
        ("Savreux travaille-t-il depuis chez lui ?", "supported"),
    ],
)
def test_a_pronoun_with_a_name_to_stand_for_is_checked(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.assess(claim)
    assert given.verdict == verdict, given.explanation
    assert "unclear" not in given.explanation and "On ne sait pas qui" not in given.explanation


# -- a greeting or a remark is no claim -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [("hello", "en"), ("thanks!", "en"), ("bonjour", "fr"), ("merci beaucoup", "fr")])
def test_a_greeting_is_no_claim_and_the_reply_says_so(
    checker: ClaimChecker, base: KnowledgeBase, text: str, language: str
) -> None:
    verdict = checker.assess(text)
    assert verdict.verdict == "not_reported" and verdict.language == language
    assert "not a claim" in verdict.explanation or "pas une affirmation" in verdict.explanation
    shaped = json.loads(json.dumps(verdict_json(verdict, base)))
    assert set(shaped) == {"claim", "verdict", "fact_id", "citations", "explanation"}
    assert (shaped["verdict"], shaped["fact_id"], shaped["citations"]) == ("not_reported", None, [])


def test_a_claim_after_a_greeting_is_still_checked(checker: ClaimChecker) -> None:
    assert checker.check("hello, OpenAI has 375 employees").verdict == "supported"


# -- a count of others than those the claim counts ---------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI's contractor push involves more than 1,000 people",  # Altman's 375 leaves contractors out
        "OpenAI's contractor push involves 2,000 people",
    ],
)
def test_a_count_of_contractors_is_never_checked_against_a_headcount_that_leaves_them_out(
    checker: ClaimChecker, claim: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict != "contradicted" or "375" not in verdict.explanation, verdict.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("OpenAI has 375 employees, not counting contractors", "supported"),  # kept: true claims on the 375 leaving them out
        ("OpenAI compte 375 salariés sans les sous-traitants", "supported"),
        ("Altman's 375 headcount includes the contractors", "contradicted"),
        ("OpenAI has 500 employees", "contradicted"),  # a headcount still checked against the headcount
        ("OpenAI has 400 employees, not counting contractors", "contradicted"),
    ],
)
def test_claims_on_the_headcount_itself_are_still_settled(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict == verdict


def test_the_loader_reads_whom_a_count_leaves_out(base: KnowledgeBase) -> None:
    (answer,) = base.facts["openai-headcount-375"].answers.count
    assert answer.value == 375 and answer.excludes is not None and "contractors" in answer.excludes


# -- the quotes shown are those that bear on the claim's point ---------------------------------------------------


def test_a_figure_is_contradicted_with_the_passages_that_give_the_figure(checker: ClaimChecker, base: KnowledgeBase) -> None:
    verdict = checker.check("OpenAI has 500 employees")
    assert verdict.verdict == "contradicted" and verdict.fact is not None
    quotes = [c.quote for c in verdict.citations]
    assert quotes and all("375" in q for q in quotes), quotes  # not "a tiny number compared to the thousands of staff"
    assert len(quotes) < len(verdict.fact.citations)
    assert [c["quote"] for c in verdict_json(verdict, base)["citations"]] == quotes


def test_a_sum_is_contradicted_with_the_passages_that_give_the_sum(checker: ClaimChecker) -> None:
    verdict = checker.check("Microsoft put $1 billion into OpenAI")
    assert verdict.verdict == "contradicted"
    assert all("10" in c.quote for c in verdict.citations), [c.quote for c in verdict.citations]


def test_a_disagreement_still_shows_every_side(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI has 1,000 contractors")
    assert verdict.verdict == "disputed" and verdict.fact is not None
    assert verdict.citations == verdict.fact.citations
