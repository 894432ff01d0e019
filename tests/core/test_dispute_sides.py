"""A discrepancy's curated `sides:` block: what tells its sides apart in a claim. A claim saying one side's words on the
point is disputed, with each side shown, never supported by the fact of the side it agrees with; a claim saying none of
them stays what it was. Examples written from the articles, not from a claim set."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.claims import ClaimChecker
from bot.core.claims.disputes import sides_said, takes_a_side
from bot.core.claims.reading import _norm
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import DisputeSides, KnowledgeBase

DISCREPANCY = """\
facts:
  - id: test-hired-or-planned
    kind: discrepancy
    subject: Whether OpenAI has hired about 1,000 contractors or plans to
    statement: Semafor says OpenAI brought on roughly 1,000 contractors; another article calls it a plan.
    questions:
      - hired or planned
      - has openai already hired them
      - is the hiring only a plan
    topics: [hiring]
    entities: [openai]
SIDES
    citations:
      - source: semafor-army-of-contractors
        quote: bringing on roughly 1,000 remote contractors over the past six months
        attribution: anonymous
        who: people familiar with the matter
        position: has already brought on roughly 1,000
      - source: contractors-think-like-developers
        quote: The report claims OpenAI has plans to hire over 1,000 developers for this project.
        attribution: outlet
        position: plans to hire over 1,000
"""

GOOD_SIDES = """\
    sides:
      about: ["1,000", thousand]
      says:
        - [already, so far, déjà]
        - [plans to, only a plan, prévoit]
"""


def write(root: Path, sides: str) -> None:
    (root / "facts" / "test.yaml").write_text(DISCREPANCY.replace("SIDES\n", sides), encoding="utf-8")


def problems_of(root: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return str(info.value)


def test_curated_sides_load_as_a_frozen_value(knowledge_copy: Path) -> None:
    write(knowledge_copy, GOOD_SIDES)
    fact = load_knowledge(knowledge_copy).facts["test-hired-or-planned"]
    assert fact.sides == DisputeSides(
        says=(("already", "so far", "déjà"), ("plans to", "only a plan", "prévoit")), about=("1,000", "thousand")
    )


@pytest.mark.parametrize(
    ("sides", "problem"),
    [
        # YAML 1.1 reads a bare `on:` key as the boolean true: the loader says so rather than ignoring it
        (
            "    sides:\n      on: [told]\n      says:\n        - [a]\n        - [b]\n",
            "sides: unknown key 'True' (a bare 'on' reads as true in YAML",
        ),
        ("    sides:\n      says:\n        - [already]\n", "sides.says must list two sides or more"),
        ("    sides:\n      says:\n        - [already]\n        - [plans]\n        - [maybe]\n", "3 sides for 2 citations"),
        ("    sides:\n      says:\n        - [already, plans]\n        - [Plans]\n", "'Plans' is on two sides"),
        ("    sides:\n      says:\n        - [already]\n        - []\n", "sides.says[2] is empty"),
        ("    sides:\n      says:\n        - [already]\n        - [plans]\n      about: 1000\n", "sides.about must be a list"),
        ("    sides: [already, plans]\n", "sides must be a mapping"),
    ],
)
def test_a_bad_sides_block_is_a_problem_with_its_line(knowledge_copy: Path, sides: str, problem: str) -> None:
    write(knowledge_copy, sides)
    message = problems_of(knowledge_copy)
    assert problem in message
    assert "test.yaml:" in message and "test-hired-or-planned" in message


def test_sides_are_for_discrepancies_only(knowledge_copy: Path) -> None:
    write(knowledge_copy, GOOD_SIDES)
    text = (knowledge_copy / "facts" / "test.yaml").read_text(encoding="utf-8").replace("    kind: discrepancy\n", "")
    text = text.replace("    subject: Whether OpenAI has hired about 1,000 contractors or plans to\n", "")
    (knowledge_copy / "facts" / "test.yaml").write_text(text, encoding="utf-8")
    assert "'sides' is for discrepancies only" in problems_of(knowledge_copy)


# -- what a claim says of the sides -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact_id", "claim", "said"),
    [
        # off the point: the sides' words without the roughly 1,000 hires or the hiring
        ("disc-hiring-count-hired-vs-planned", "OpenAI already uses contractors", set()),
        ("disc-hiring-count-hired-vs-planned", "OpenAI already used contractors to label data before", set()),
        ("disc-hiring-count-hired-vs-planned", "OpenAI a déjà embauché un millier de sous-traitants", {0}),
        ("disc-hiring-count-hired-vs-planned", "OpenAI is only PLANNING to hire the 1,000", {1}),
        # a bound only the plan gives is its side; "over the past six months" is no bound
        ("disc-hiring-count-hired-vs-planned", "The contractors in OpenAI's hiring push number above 1,000", {1}),
        ("disc-hiring-count-hired-vs-planned", "OpenAI hired roughly 1,000 contractors over the past six months", set()),
        ("disc-contractors-vs-developers", "OpenAI hired 1,000 coders", {1}),
        # a phrase inside a longer one of another side counts for the longer: "not everyone" is the split's, not "all"'s
        ("disc-what-the-contractors-do", "Not everyone of the 1,000 is a labeler", {0}),
        ("disc-what-the-contractors-do", "the 1,000 contractors are all data labelers", {1}),
        # a figure word of who told Semafor, only when the claim says who told it
        ("disc-coding-test-sources", "several applicants told Semafor about the coding test", {1}),
        ("disc-coding-test-sources", "several applicants took the coding test", set()),
    ],
)
def test_the_sides_a_claim_says(base: KnowledgeBase, fact_id: str, claim: str, said: set[int]) -> None:
    assert sides_said(_norm(claim), base.facts[fact_id]) == said


def test_a_name_spelt_one_way_is_no_side_taken_unless_the_claim_is_about_its_spelling(base: KnowledgeBase) -> None:
    dispute = base.facts["palizban-name-spelling"]
    assert sides_said(_norm("Palizban said at the meeting that OpenAI lacked clarity"), dispute) == set()
    assert sides_said(_norm("The name is spelt Palziban"), dispute) == {0}


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        # a side denied is not the side taken; of two sides, denying one says the other
        ("Le rapport évoque un projet d'embauche de plus de 1 000 développeurs, pas des embauches déjà réalisées", {1}),
        ("OpenAI has not already hired the 1,000", {1}),
        ("les 1000 embauches ne sont pas déjà faites", {1}),
        # a denial inside the phrase is the phrase's own ("not yet": a plan)
        ("OpenAI has not yet hired the 1,000", {1}),
    ],
)
def test_a_side_denied_is_not_taken(base: KnowledgeBase, claim: str, said: set[int]) -> None:
    assert sides_said(_norm(claim), base.facts["disc-hiring-count-hired-vs-planned"]) == said


def test_a_claim_giving_every_side_takes_none(base: KnowledgeBase) -> None:
    dispute = base.facts["disc-hiring-count-hired-vs-planned"]
    claim = _norm("Has OpenAI already hired the 1,000 contractors, or does it only plan to?")
    assert sides_said(claim, dispute) == {0, 1}
    assert not takes_a_side(claim, dispute)


# -- verdicts -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # a figure word for who told Semafor: Semafor names one developer, the other article "some of the programmers"
        (
            "A number of applicants told Semafor they had to explain their approach in written English in the coding test",
            "disc-coding-test-sources",
        ),
        ("Only one developer told Semafor about OpenAI's coding test", "disc-coding-test-sources"),
        ("Plusieurs candidats ont raconté à Semafor le test de codage d'OpenAI", "disc-coding-test-sources"),
        # already, or a plan
        ("OpenAI has so far hired roughly 1,000 remote contractors", "disc-hiring-count-hired-vs-planned"),
        ("OpenAI prévoit d'embaucher un millier de sous-traitants", "disc-hiring-count-hired-vs-planned"),
        # paid, or plans and an unspecified multi-billion sum
        ("Microsoft a versé 10 milliards de dollars à OpenAI", "disc-microsoft-investment-amount"),
        ("The $10 billion from Microsoft is only a plan", "disc-microsoft-investment-amount"),
        ("Semafor's story about the coding test comes from a single developer", "disc-coding-test-sources"),
        ("Microsoft handed OpenAI $10 billion", "disc-microsoft-investment-amount"),
        ("OpenAI intends to bring on more than a thousand developers", "disc-hiring-count-hired-vs-planned"),
        # the hiring named by its deed rather than its count; a side denied ("none have been hired") is the other taken
        (
            "OpenAI is only planning to hire these remote contractors, none have been hired yet",
            "disc-hiring-count-hired-vs-planned",
        ),
        (
            "OpenAI n'a encore embauché personne, ce n'est qu'un projet d'embauche de développeurs",
            "disc-hiring-count-hired-vs-planned",
        ),
        # one article spells the same speaker two ways: a claim about the spelling takes one
        ("The speaker at Invisible's meeting was named Palziban", "palizban-name-spelling"),
        ("Le nom de l'intervenant d'Invisible s'écrit Palizban", "palizban-name-spelling"),
        # the firm's name: "is called" names, it is no speech ("... Invisible Systems" was contradicted as said by Jindal)
        ("The contracting firm is called Invisible Systems", "invisible-company-name"),
        ("Le prestataire s'appelle Invisible Systems", "invisible-company-name"),
        # yes/no questions on a side
        ("Did Microsoft pay OpenAI $10 billion?", "disc-microsoft-investment-amount"),
        ("OpenAI a-t-il déjà recruté ses 1 000 sous-traitants ?", "disc-hiring-count-hired-vs-planned"),
        # who the roughly 1,000 are: developers, a 60/40 split, or all data labellers
        ("OpenAI's 1,000 contractors are developers", "disc-contractors-vs-developers"),
        ("The roughly 1,000 contractors are a mix of data labelers and programmers", "disc-what-the-contractors-do"),
        ("Sur le millier de sous-traitants, 60 % étiquettent des données et 40 % programment", "disc-what-the-contractors-do"),
    ],
)
def test_a_claim_saying_one_sides_words_is_disputed_with_each_side(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id
    sides = [c.position_in(verdict.language) for c in verdict.fact.citations if c.position_in(verdict.language)]
    assert len(sides) >= 2 and all(side in verdict.explanation for side in sides)


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # what the developer said, without a figure word for how many said it
        (
            "The developer told Semafor he had to explain in written English how he would approach the coding problem",
            "coding-test-explain-then-solve",
        ),
        # no word on whether the hiring is done: what every article gives
        ("OpenAI brought on roughly 1,000 remote contractors over the past six months", "hiring-scale"),
        # "investment plans" is whom Semafor's scoop was about, not the claim's word that the money is only planned
        (
            "Semafor was first to report Microsoft's $10 billion investment plans for OpenAI",
            "microsoft-investment-first-reported-by-semafor",
        ),
        # a share of "the contractors", not of the roughly 1,000 the articles describe differently
        ("About 60% of the contractors do data labeling", "hiring-data-labeling-share"),
    ],
)
def test_a_claim_saying_no_sides_words_stays_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI has already hired about 3,000 contractors",  # another count than every side's
        "Several applicants told The Verge about OpenAI's coding test",  # not the outlet told
        "OpenAI has already hired about 1,000 contractors in Africa",  # another place than the hiring's
    ],
)
def test_a_side_taken_on_a_wrong_point_is_still_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)


def test_a_figure_no_side_gives_is_not_taken_for_a_side(checker: ClaimChecker) -> None:
    # "the rest" is a split's word, but 30% is no side's split
    verdict = checker.assess("Only 30% of OpenAI's roughly 1,000 contractors are programmers, the rest label data")
    assert verdict.verdict != "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)


def test_a_deed_the_supporting_fact_does_not_record_is_unsettled_by_a_farther_fact_denying_it(checker: ClaimChecker) -> None:
    # the test's fact records OpenAI testing the developer, not hiring him; the fact that he "had not yet been hired" is
    # farther off, but it is the one on that deed: never "supported" by the test's fact
    verdict = checker.assess("Has OpenAI hired the developer who completed the coding test?")
    assert verdict.verdict != "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    # what the supporting fact itself records still stands
    assert checker.assess("The developer who took the coding test was not paid for it").verdict == "supported"
