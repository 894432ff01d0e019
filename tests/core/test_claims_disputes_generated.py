"""Claims generated from every disagreement of the articles (benchmarks/claims_disputes.py): one side said plainly as
fact is never supported, in either language, with or without the sentence encoder."""

from __future__ import annotations

import pytest

from benchmarks.claims_disputes import DISAGREEMENTS, Generated, generate
from bot.core.claims import ClaimChecker
from bot.core.models import KnowledgeBase


@pytest.fixture(scope="module")
def generated() -> list[Generated]:
    return generate()


def test_every_disagreement_of_the_base_has_its_claims(base: KnowledgeBase) -> None:
    # A discrepancy curated later fails here until the generator words its sides.
    disputes = {f.id for f in base.facts.values() if f.kind == "discrepancy"}
    assert {d.fact_id for d in DISAGREEMENTS} == disputes


def test_the_draw_is_seeded(generated: list[Generated]) -> None:
    assert [g.claim for g in generate()] == [g.claim for g in generated]
    assert [g.claim for g in generate(seed=1)] != [g.claim for g in generated]


def test_the_rule_a_careful_fact_checker_follows(generated: list[Generated]) -> None:
    forms = {g.form for g in generated}
    assert forms == {"plain", "question", "attributed", "misattributed", "both", "neither"}
    assert {g.lang for g in generated} == {"en", "fr"}
    for g in generated:
        if g.form in ("attributed",):
            assert g.verdict == "supported"
        elif g.form == "neither":
            assert (g.verdict, g.accept) == ("contradicted", frozenset())
        elif g.form == "misattributed":
            assert not g.right("supported")
        elif g.form == "both":
            assert g.verdict == "disputed"
    conflicting = [g for g in generated if g.form in ("plain", "question") and g.fact_id == "disc-hiring-count-hired-vs-planned"]
    assert conflicting and all(not g.right("supported") for g in conflicting)


def test_no_generated_claim_is_called_supported_wrongly(checker: ClaimChecker, generated: list[Generated]) -> None:
    wrong = [g.claim for g in generated if g.wrongly_supported(checker.assess(g.claim).verdict)]
    assert wrong == []


def test_nor_with_the_sentence_encoder(meaning_checker: ClaimChecker, generated: list[Generated]) -> None:
    # Only the claims for which supported is wrong: support on meaning must not reach a side said plainly either.
    risky = [g for g in generated if not g.right("supported")]
    assert len(risky) >= 300
    assert [g.claim for g in risky if meaning_checker.assess(g.claim).verdict == "supported"] == []


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # the French article's side in its own words: its "à distance", "dans le monde" are on the point as well
        ("OpenAI a embauché 1 000 sous-traitants dans le monde", "disc-hiring-count-hired-vs-planned"),
        ("OpenAI a embauché environ mille sous-traitants à distance", "disc-hiring-count-hired-vs-planned"),
        # the developers' side, supported by the disagreement itself on the passage of the fact that relays it
        ("OpenAI embauche des développeurs sous contrat pour étiqueter des données", "disc-contractors-vs-developers"),
    ],
)
def test_one_side_said_plainly_is_disputed(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.assess(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("disputed", fact_id)


def test_a_disagreement_settling_less_than_the_supporting_fact_leaves_it_supported(checker: ClaimChecker) -> None:
    # Who first reported the investment is settled; the sum the articles differ on is only how the claim names it.
    claim = "Semafor was first to report Microsoft's $10 billion investment plans for OpenAI"
    assert checker.assess(claim).verdict == "supported"
