"""Support on meaning: a true claim reworded in a stranger's words is supported when the engine has its sentence
encoder, and a near miss (another figure, another name, a denial, "only") is not."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from tests.core.helpers import BLIND_CLAIM_SETS, false_claims, said

#: True claims in words the facts do not use ("heads" for "leads", "called" for "go by the title", "enseigner" for
#: "apprendre"), with the fact each rests on.
REWORDED = [
    ("Sonam Jindal heads the AI, labor and economy program at the Partnership on AI", "jindal-partnership-on-ai"),
    ('The contractors of Invisible working on OpenAI projects are called "advanced AI data trainers"',
     "invisible-advanced-ai-data-trainers"),
    ("Environ 40 % des contractuels sont des programmeurs qui créent des données pour enseigner aux modèles "
     "l'ingénierie logicielle", "hiring-programmers-share"),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "fact_id"), REWORDED)
def test_a_reworded_true_claim_is_supported_on_meaning(meaning_checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(meaning_checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(("claim", "fact_id"), REWORDED)
def test_without_the_encoder_the_check_stays_lexical(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    # The shipped engine of the tests has no re-ranker: every word must be the fact's, as before.
    assert said(checker, claim)[0] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # another figure
        "Environ 60 % des contractuels sont des programmeurs qui créent des données pour enseigner aux modèles l'ingénierie logicielle",
        # another name, in either place
        "Sam Altman heads the AI, labor and economy program at the Partnership on AI",
        "Sonam Jindal heads the AI, labor and economy program at OpenAI",
        'The contractors of Sama working on OpenAI projects are called "advanced AI data trainers"',
        # denied
        "Sonam Jindal does not head the AI, labor and economy program at the Partnership on AI",
        "Sonam Jindal never headed the AI, labor and economy program at the Partnership on AI",
        "Environ 40 % des contractuels ne sont pas des programmeurs qui créent des données pour enseigner aux modèles "
        "l'ingénierie logicielle",
        # "only", "alone", "seuls": what the fact does not say
        "Only Sonam Jindal heads the AI, labor and economy program at the Partnership on AI",
        "Sonam Jindal alone heads the AI, labor and economy program at the Partnership on AI",
        "Seuls 40 % des contractuels sont des programmeurs qui créent des données pour enseigner aux modèles "
        "l'ingénierie logicielle",
        'Only the contractors of Invisible working on OpenAI projects are called "advanced AI data trainers"',
        # stopping, a date the fact does not give
        "Sonam Jindal stopped heading the AI, labor and economy program at the Partnership on AI",
        "Sonam Jindal heads the AI, labor and economy program at the Partnership on AI since 2015",
    ],
)
def test_a_near_miss_rewording_is_not_supported(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.assess(claim).verdict != "supported"


def test_a_support_on_meaning_settles_no_denial(meaning_checker: ClaimChecker) -> None:
    # "shouldn't boast" against "not supposed to brag": the encoder cannot tell a sentence from its denial, so a claim
    # close in meaning whose denial the fact's words do not match is neither supported nor contradicted.
    claim = "Altman tweeted that he knows he shouldn't boast about OpenAI, while praising its talent density"
    assert meaning_checker.assess(claim).verdict == "not_reported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bloomberg was first to report Microsoft's $10 billion investment plans for OpenAI",
        "Reuters was first to report Microsoft's $10 billion investment plans for OpenAI",
        "bloomberg was first to report microsoft's $10 billion investment plans for openai",  # a name in lower case
    ],
)
def test_a_name_the_fact_lacks_is_never_a_rewording_even_opening_the_claim(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.assess(claim).verdict == "contradicted"  # Semafor first reported it


def test_a_wh_question_premise_is_not_supported_on_meaning(meaning_checker: ClaimChecker) -> None:
    # What a why-question takes for granted is no assertion: its premise is checked on the fact's words alone.
    claim = "Sonam Jindal heads the AI, labor and economy program at the Partnership on AI"
    assert meaning_checker.check(claim, by_meaning=False).verdict != "supported"
    assert meaning_checker.assess(f"Why does {claim[0].lower()}{claim[1:]}?").verdict != "supported"


class _FailingEncoder:
    version = "failing"

    def encode(self, texts):
        raise RuntimeError("no encoder today")


class _Reranker:
    encoder = _FailingEncoder()

    def rerank(self, question, pool):
        return list(pool)


def test_an_encoder_that_fails_leaves_the_lexical_verdict(base: KnowledgeBase, checker: ClaimChecker) -> None:
    failing = ClaimChecker(Engine(base, reranker=_Reranker()))
    for claim, _ in REWORDED:
        assert failing.assess(claim).verdict == checker.assess(claim).verdict


@pytest.mark.parametrize("name", BLIND_CLAIM_SETS)
def test_no_false_claim_of_a_blind_development_set_is_supported_on_meaning(meaning_checker: ClaimChecker, name: str) -> None:
    assert [c for c in false_claims(name) if meaning_checker.assess(c).verdict == "supported"] == []


class _CountingReranker:
    """Re-ranks nothing, counting the questions it is given, with the real encoder for the checker to use."""

    def __init__(self, encoder) -> None:
        self.encoder = encoder
        self.asked = 0

    def rerank(self, question, pool):
        self.asked += 1
        return list(pool)


def test_the_candidates_are_asked_without_the_re_ranker(base: KnowledgeBase, meaning_checker: ClaimChecker) -> None:
    # Every candidate is read, so the re-ranker's order adds nothing to a check; it would cost an encoding a question.
    reranker = _CountingReranker(meaning_checker.engine.reranker.encoder)
    engine = Engine(base, reranker=reranker)
    checker = ClaimChecker(engine)
    claim, fact_id = REWORDED[0]
    assert said(checker, claim) == ("supported", fact_id)
    assert reranker.asked == 0
    assert engine.reranker is reranker  # the bot's engine keeps its re-ranker for questions


#: True claims every word of which the fact has, spread over its sentences and curated words ("janitor" is a keyword
#: of the fact whose statement says "custodian"), closer in meaning to one of its sentences than 0.6 but not 0.7.
#: Supported at 0.6 for a while; that threshold also let a false claim of a sealed set through, so they wait for 0.7.
COVERED = [
    ("Before AI training, Savreux was a janitor and a sound technician for live theater", "savreux-previous-jobs"),
    ("Savreux travaille de chez lui et a trouvé ce boulot grâce à une annonce en ligne", "savreux-works-from-home"),
]


@pytest.mark.parametrize(("claim", "fact_id"), COVERED)
def test_a_claim_in_the_fact_s_words_but_not_close_enough_in_meaning_is_left_unreported(
    meaning_checker: ClaimChecker, claim: str, fact_id: str
) -> None:
    verdict = meaning_checker.assess(claim)
    assert verdict.verdict == "not_reported", verdict.explanation  # never contradicted: every word is the fact's
    assert fact_id in [f.id for f in verdict.nearest]


@pytest.mark.parametrize(
    "claim",
    [
        # the fact's words in another order: the encoder reads a reversal as the original
        "Codex turns code into natural language",
        # a farther fact, when the closest one (OpenAI trained on GitHub's code) does not say it
        "OpenAI used to train its models on OpenAI code",
        # today, where the fact says in the past (0.56 from its statement)
        "Savreux is a janitor and does sound tech for live theatre",
        # another word the fact lacks
        "Before AI training, Savreux was a lawyer and a sound technician for live theater",
    ],
)
def test_a_lookalike_in_the_fact_s_words_is_not_supported(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.assess(claim).verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Health insurance is rare in AI contract work", "contract-work-no-benefits"),
        ("applicants had to explain their thinking in English as well as solve the problem", "coding-test-explain-then-solve"),
    ],
)
def test_a_claim_naming_no_one_and_not_close_enough_in_meaning_is_left_unreported(
    meaning_checker: ClaimChecker, claim: str, fact_id: str
) -> None:
    # No name, figure or date to check, every word of the claim in the engine's surest fact, in order, but under 0.7 in
    # meaning: neither supported nor contradicted.
    verdict = meaning_checker.assess(claim)
    assert verdict.verdict == "not_reported", verdict.explanation
    assert fact_id in [f.id for f in verdict.nearest]


@pytest.mark.parametrize(
    "claim",
    [
        # the fact says it is rare: a claim without the "rarely" says more
        "AI contract workers get health insurance",
        "Les sous-traitants en IA ont une assurance maladie",
        # the fact denies it ("there is no definitive count")
        "there is an official count of contractors working for AI companies",
        "Is there an official count of how many contractors work for AI companies?",
        # a word the fact lacks, a denial the fact lacks
        "applicants had to explain their thinking in French as well as solve the problem",
        "applicants did not have to explain their thinking in English as well as solve the problem",
    ],
)
def test_a_claim_naming_no_one_is_not_supported_by_a_fact_saying_less_or_otherwise(
    meaning_checker: ClaimChecker, claim: str
) -> None:
    assert meaning_checker.assess(claim).verdict != "supported"


def test_a_claim_naming_no_one_is_never_supported_without_the_encoder(checker: ClaimChecker) -> None:
    assert checker.assess("Health insurance is rare in AI contract work").verdict == "not_reported"
